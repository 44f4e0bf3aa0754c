/* cls-measurement.h: one measurement of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib-object.h>

#include "cls-version-macros.h"
#include "cls-period.h"

G_BEGIN_DECLS

#define CLS_TYPE_MEASUREMENT (cls_measurement_get_type ())

typedef struct _ClsMeasurement ClsMeasurement;

CLS_AVAILABLE_IN_1_0
GType            cls_measurement_get_type        (void) G_GNUC_CONST;
CLS_AVAILABLE_IN_1_0
ClsMeasurement  *cls_measurement_new             (const ClsPeriod      *period);
CLS_AVAILABLE_IN_1_0
ClsMeasurement  *cls_measurement_copy            (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_free            (ClsMeasurement       *self);

CLS_AVAILABLE_IN_1_0
ClsPeriod       *cls_measurement_dup_period      (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_period      (ClsMeasurement       *self,
                                                  const ClsPeriod      *period);

CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_has_value       (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
double           cls_measurement_get_value       (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_value       (ClsMeasurement       *self,
                                                  double                value);
CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_has_ratio       (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
double           cls_measurement_get_numerator   (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
double           cls_measurement_get_denominator (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_ratio       (ClsMeasurement       *self,
                                                  double                numerator,
                                                  double                denominator);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_level       (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_level       (ClsMeasurement       *self,
                                                  const char           *level);
CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_has_done        (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_get_done        (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_done        (ClsMeasurement       *self,
                                                  gboolean              done);
CLS_AVAILABLE_IN_1_0
int              cls_measurement_get_respondents (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_respondents (ClsMeasurement       *self,
                                                  int                   respondents);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_author      (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_author      (ClsMeasurement       *self,
                                                  const char           *author);
CLS_AVAILABLE_IN_1_0
GDate           *cls_measurement_dup_date        (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_date        (ClsMeasurement       *self,
                                                  const GDate          *date);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_source      (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_source      (ClsMeasurement       *self,
                                                  const char           *source);
CLS_AVAILABLE_IN_1_0
GDate           *cls_measurement_dup_recorded    (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_recorded    (ClsMeasurement       *self,
                                                  const GDate          *recorded);
CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_get_illustrative (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_illustrative (ClsMeasurement      *self,
                                                  gboolean              illustrative);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_comment     (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_comment     (ClsMeasurement       *self,
                                                  const char           *comment);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_text        (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_set_text        (ClsMeasurement       *self,
                                                  const char           *text);

CLS_AVAILABLE_IN_1_0
guint            cls_measurement_get_n_responses (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_response    (const ClsMeasurement *self,
                                                  guint                 index,
                                                  guint                *count);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_add_response    (ClsMeasurement       *self,
                                                  const char           *level,
                                                  guint                 count);
CLS_AVAILABLE_IN_1_0
guint            cls_measurement_get_n_breakdowns (const ClsMeasurement *self);
CLS_AVAILABLE_IN_1_0
const char      *cls_measurement_get_breakdown   (const ClsMeasurement *self,
                                                  guint                 index,
                                                  const char          **key,
                                                  double               *value);
CLS_AVAILABLE_IN_1_0
void             cls_measurement_add_breakdown   (ClsMeasurement       *self,
                                                  const char           *dimension,
                                                  const char           *key,
                                                  double                value);
CLS_AVAILABLE_IN_1_0
gboolean         cls_measurement_lookup_breakdown (const ClsMeasurement *self,
                                                  const char           *dimension,
                                                  const char           *key,
                                                  double               *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClsMeasurement, cls_measurement_free)

G_END_DECLS
