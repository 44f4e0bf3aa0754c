/* cls-measurement-private.h: the compact layout of measurements (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-measurement.h"

G_BEGIN_DECLS

enum {
  CLS_MEASUREMENT_HAS_VALUE    = 1 << 0,
  CLS_MEASUREMENT_HAS_RATIO    = 1 << 1,
  CLS_MEASUREMENT_HAS_DONE     = 1 << 2,
  CLS_MEASUREMENT_DONE         = 1 << 3,
  CLS_MEASUREMENT_ILLUSTRATIVE = 1 << 4,
  /* Set on boxed copies handed to callers: `level` and `source` are then
   * owned. Inside an indicator they point into the indicator's string pool,
   * so that a million measurements do not each carry a copy of "Tableau de
   * bord". */
  CLS_MEASUREMENT_OWNS_STRINGS = 1 << 5,
};

typedef struct {
  char *dimension;
  char *key;
  double value;
} ClsBreakdown;

typedef struct {
  char *level;
  guint count;
} ClsResponse;

/* Rarely used fields live out of line so that the common measurement stays
 * small (see benchmarks/). */
typedef struct {
  char *author;
  char *comment;
  char *text;
  GArray *responses;   /* ClsResponse */
  GArray *breakdowns;  /* ClsBreakdown */
} ClsMeasurementExtra;

struct _ClsMeasurement {
  guint32 start;        /* julian day of the period's first day */
  guint32 end;          /* julian day of the period's last day */
  guint32 date;         /* julian day, 0 when unset */
  guint32 recorded;     /* julian day, 0 when unset */
  gint32 respondents;   /* -1 when unset */
  guint8 kind;          /* ClsPeriodKind */
  guint8 flags;
  double value;
  double numerator;
  double denominator;
  const char *level;
  const char *source;
  ClsMeasurementExtra *extra;
};

void        _cls_measurement_init           (ClsMeasurement       *self);
void        _cls_measurement_clear          (ClsMeasurement       *self);
void        _cls_measurement_copy_into      (ClsMeasurement       *dst,
                                             const ClsMeasurement *src,
                                             GHashTable           *pool);
ClsMeasurementExtra *_cls_measurement_ensure_extra (ClsMeasurement *self);
int         _cls_measurement_compare_period (gconstpointer a,
                                             gconstpointer b);
gboolean    _cls_measurement_same_period    (const ClsMeasurement *a,
                                             const ClsMeasurement *b);

GHashTable *_cls_string_pool_new            (void);
const char *_cls_string_pool_intern         (GHashTable *pool,
                                             const char *string);

G_END_DECLS
