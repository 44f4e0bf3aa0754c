/* cls-period.h: calendar periods (years, semesters, quarters, months, days, ranges)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib-object.h>

#include "cls-version-macros.h"

G_BEGIN_DECLS

/**
 * ClsPeriodKind:
 * @CLS_PERIOD_KIND_YEAR: a calendar year, written `2026`
 * @CLS_PERIOD_KIND_SEMESTER: a half year, written `2026-S1` or `2026-S2`
 * @CLS_PERIOD_KIND_QUARTER: a quarter, written `2026-Q1` … `2026-Q4`
 * @CLS_PERIOD_KIND_MONTH: a month, written `2026-05`
 * @CLS_PERIOD_KIND_DAY: a single day, written `2026-05-14`
 * @CLS_PERIOD_KIND_RANGE: an explicit range of days, both ends included,
 *   written `2025-10-01/2026-03-31`
 *
 * How a period was written. Two periods covering the same days but of
 * different kinds (`2026` and `2026-01-01/2026-12-31`) are different
 * periods: the kind is kept so that a file reads back as it was written.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_PERIOD_KIND_YEAR,
  CLS_PERIOD_KIND_SEMESTER,
  CLS_PERIOD_KIND_QUARTER,
  CLS_PERIOD_KIND_MONTH,
  CLS_PERIOD_KIND_DAY,
  CLS_PERIOD_KIND_RANGE,
} ClsPeriodKind;

/**
 * CLS_PERIOD_ERROR:
 *
 * Error domain for period parsing. Errors in this domain are from the
 * [error@Cls.PeriodError] enumeration.
 *
 * Since: 1.0
 */
#define CLS_PERIOD_ERROR (cls_period_error_quark ())

/**
 * ClsPeriodError:
 * @CLS_PERIOD_ERROR_INVALID: the text is not a period libcls can read
 *
 * Errors returned by [func@Cls.Period.parse]. This enumeration can be
 * extended in later versions.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_PERIOD_ERROR_INVALID,
} ClsPeriodError;

#define CLS_TYPE_PERIOD (cls_period_get_type ())

typedef struct _ClsPeriod ClsPeriod;

CLS_AVAILABLE_IN_1_0
GQuark         cls_period_error_quark      (void);
CLS_AVAILABLE_IN_1_0
GType          cls_period_get_type         (void) G_GNUC_CONST;

CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_parse            (const char      *text,
                                            GError         **error);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_year         (int              year);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_semester     (int              year,
                                            int              semester);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_quarter      (int              year,
                                            int              quarter);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_month        (int              year,
                                            int              month);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_day          (const GDate     *day);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_range        (const GDate     *start,
                                            const GDate     *end);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_new_julian_range (guint32          start_julian,
                                            guint32          end_julian);

CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_copy             (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
void           cls_period_free             (ClsPeriod       *self);

CLS_AVAILABLE_IN_1_0
ClsPeriodKind  cls_period_get_kind         (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
GDate         *cls_period_dup_start        (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
GDate         *cls_period_dup_end          (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
guint32        cls_period_get_start_julian (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
guint32        cls_period_get_end_julian   (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
int            cls_period_get_year         (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
guint          cls_period_get_days         (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
char          *cls_period_to_string        (const ClsPeriod *self);

CLS_AVAILABLE_IN_1_0
gboolean       cls_period_contains_date    (const ClsPeriod *self,
                                            const GDate     *date);
CLS_AVAILABLE_IN_1_0
gboolean       cls_period_contains         (const ClsPeriod *self,
                                            const ClsPeriod *other);
CLS_AVAILABLE_IN_1_0
gboolean       cls_period_overlaps         (const ClsPeriod *self,
                                            const ClsPeriod *other);
CLS_AVAILABLE_IN_1_0
guint          cls_period_get_overlap_days (const ClsPeriod *self,
                                            const ClsPeriod *other);
CLS_AVAILABLE_IN_1_0
ClsPeriod     *cls_period_intersect        (const ClsPeriod *self,
                                            const ClsPeriod *other);
CLS_AVAILABLE_IN_1_0
gboolean       cls_period_equal            (const ClsPeriod *a,
                                            const ClsPeriod *b);
CLS_AVAILABLE_IN_1_0
guint          cls_period_hash             (const ClsPeriod *self);
CLS_AVAILABLE_IN_1_0
int            cls_period_compare          (const ClsPeriod *a,
                                            const ClsPeriod *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClsPeriod, cls_period_free)

G_END_DECLS
