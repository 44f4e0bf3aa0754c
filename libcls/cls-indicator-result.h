/* cls-indicator-result.h: ClsIndicatorResult
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-indicator.h"
#include "cls-status.h"

G_BEGIN_DECLS

/**
 * ClsTargetSource:
 * @CLS_TARGET_SOURCE_NONE: no target
 * @CLS_TARGET_SOURCE_PERIOD: the period target for exactly the window (“prévu”)
 * @CLS_TARGET_SOURCE_RECURRING: the recurring annual target (multiplied by
 *   the contract's years for a sum evaluated to date or at the end)
 * @CLS_TARGET_SOURCE_FINAL: the final target, as is
 * @CLS_TARGET_SOURCE_PRORATED: the final target spread over the contract:
 *   `T × f(P)`, for a sum
 * @CLS_TARGET_SOURCE_INTERPOLATED: interpolated between baseline and final
 *   target: `b + (T − b) × g(P)`
 * @CLS_TARGET_SOURCE_SCALE_TOP: an ordinal indicator without target: the top
 *   level of its scale
 * @CLS_TARGET_SOURCE_MILESTONE: a milestone: done by its due date
 *
 * Where the target of an evaluated indicator comes from (section 2 of the
 * evaluation method).
 *
 * Since: 1.0
 */
typedef enum {
  CLS_TARGET_SOURCE_NONE,
  CLS_TARGET_SOURCE_PERIOD,
  CLS_TARGET_SOURCE_RECURRING,
  CLS_TARGET_SOURCE_FINAL,
  CLS_TARGET_SOURCE_PRORATED,
  CLS_TARGET_SOURCE_INTERPOLATED,
  CLS_TARGET_SOURCE_SCALE_TOP,
  CLS_TARGET_SOURCE_MILESTONE,
} ClsTargetSource;

#define CLS_TYPE_INDICATOR_RESULT (cls_indicator_result_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsIndicatorResult, cls_indicator_result, CLS, INDICATOR_RESULT, GObject)

CLS_AVAILABLE_IN_1_0
ClsIndicator *cls_indicator_result_get_indicator (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_id (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_node_id (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_code (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_title (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_unit (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsIndicatorKind cls_indicator_result_get_kind (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsAggregation cls_indicator_result_get_aggregation (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsDirection cls_indicator_result_get_direction (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsStatus cls_indicator_result_get_status (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsTrend cls_indicator_result_get_trend (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
ClsTargetSource cls_indicator_result_get_target_source (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_weight (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_get_scorable (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_indicator_result_get_n_measurements (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_value (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_value (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_target (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_target (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_baseline (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_baseline (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_achievement (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_achievement (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_score (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_score (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_expected (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_expected (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_pace (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_pace (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_numerator (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_numerator (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_denominator (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_denominator (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_factor (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_previous (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_result_has_previous (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
double cls_indicator_result_get_latest (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_level (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_target_level (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const GDate *cls_indicator_result_get_done_date (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const GDate *cls_indicator_result_get_due_date (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_text (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_target_amendment (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
int cls_indicator_result_get_recurring_met (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
int cls_indicator_result_get_recurring_years (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_dimension (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_indicator_result_get_keys_met (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_indicator_result_get_keys_expected (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_indicator_result_get_breakdown (ClsIndicatorResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_result_get_explanation (ClsIndicatorResult *self,
                                                  const char         *language);

G_END_DECLS
