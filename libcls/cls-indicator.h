/* cls-indicator.h: ClsIndicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-period.h"
#include "cls-baseline.h"
#include "cls-measurement.h"
#include "cls-target.h"

G_BEGIN_DECLS

/**
 * ClsIndicatorKind:
 * @CLS_INDICATOR_KIND_COUNT: a count (sessions held, people reached)
 * @CLS_INDICATOR_KIND_RATIO: a ratio of a numerator to a denominator, times a factor (100 for a percentage)
 * @CLS_INDICATOR_KIND_AMOUNT: an amount with a unit (€, hours, FTE)
 * @CLS_INDICATOR_KIND_MILESTONE: done or not done
 * @CLS_INDICATOR_KIND_ORDINAL: a level of an ordered scale, or a survey’s distribution over the levels
 * @CLS_INDICATOR_KIND_FORMULA: computed from other indicators and context figures
 * @CLS_INDICATOR_KIND_NARRATIVE: a free-text assessment
 *
 * The kind of value an indicator measures.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_INDICATOR_KIND_COUNT,
  CLS_INDICATOR_KIND_RATIO,
  CLS_INDICATOR_KIND_AMOUNT,
  CLS_INDICATOR_KIND_MILESTONE,
  CLS_INDICATOR_KIND_ORDINAL,
  CLS_INDICATOR_KIND_FORMULA,
  CLS_INDICATOR_KIND_NARRATIVE,
} ClsIndicatorKind;

/**
 * ClsIndicatorLevel:
 * @CLS_INDICATOR_LEVEL_UNSPECIFIED: not said
 * @CLS_INDICATOR_LEVEL_PROCESS: process: what was done
 * @CLS_INDICATOR_LEVEL_OUTPUT: output: what was produced or reached
 * @CLS_INDICATOR_LEVEL_OUTCOME: outcome: a change for the people reached
 * @CLS_INDICATOR_LEVEL_IMPACT: impact: a change in the population’s health
 *
 * The level of an indicator in the results chain.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_INDICATOR_LEVEL_UNSPECIFIED,
  CLS_INDICATOR_LEVEL_PROCESS,
  CLS_INDICATOR_LEVEL_OUTPUT,
  CLS_INDICATOR_LEVEL_OUTCOME,
  CLS_INDICATOR_LEVEL_IMPACT,
} ClsIndicatorLevel;

/**
 * ClsDirection:
 * @CLS_DIRECTION_INCREASE: higher is better
 * @CLS_DIRECTION_DECREASE: lower is better (prevalence, waiting time)
 *
 * Which way an indicator should go.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_DIRECTION_INCREASE,
  CLS_DIRECTION_DECREASE,
} ClsDirection;

/**
 * ClsAggregation:
 * @CLS_AGGREGATION_DEFAULT: the kind’s default (sum for counts, pooled for ratios, last otherwise)
 * @CLS_AGGREGATION_SUM: the sum
 * @CLS_AGGREGATION_LAST: the latest value
 * @CLS_AGGREGATION_MEAN: the mean
 * @CLS_AGGREGATION_MIN: the minimum
 * @CLS_AGGREGATION_MAX: the maximum
 * @CLS_AGGREGATION_POOLED: factor × Σ numerators ÷ Σ denominators
 *
 * How the measurements of a window are combined.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_AGGREGATION_DEFAULT,
  CLS_AGGREGATION_SUM,
  CLS_AGGREGATION_LAST,
  CLS_AGGREGATION_MEAN,
  CLS_AGGREGATION_MIN,
  CLS_AGGREGATION_MAX,
  CLS_AGGREGATION_POOLED,
} ClsAggregation;

/**
 * ClsIndicatorState:
 * @CLS_INDICATOR_STATE_ACTIVE: a real indicator
 * @CLS_INDICATOR_STATE_DRAFT: still being defined
 * @CLS_INDICATOR_STATE_PLACEHOLDER: a placeholder (“tout autre indicateur pertinent”)
 *
 * The editorial state of an indicator.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_INDICATOR_STATE_ACTIVE,
  CLS_INDICATOR_STATE_DRAFT,
  CLS_INDICATOR_STATE_PLACEHOLDER,
} ClsIndicatorState;

/**
 * ClsConditionState:
 * @CLS_CONDITION_STATE_UNKNOWN: not known yet
 * @CLS_CONDITION_STATE_YES: met: the indicator applies
 * @CLS_CONDITION_STATE_NO: not met: the indicator does not apply
 *
 * Whether the condition of a conditional indicator (“le cas échéant”) is met.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_CONDITION_STATE_UNKNOWN,
  CLS_CONDITION_STATE_YES,
  CLS_CONDITION_STATE_NO,
} ClsConditionState;

#define CLS_TYPE_INDICATOR (cls_indicator_get_type ())

typedef struct _ClsNode ClsNode;

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsIndicator, cls_indicator, CLS, INDICATOR, GObject)

CLS_AVAILABLE_IN_1_0
ClsIndicator *cls_indicator_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_id (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_template (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_template (ClsIndicator *self, const char *template);
CLS_AVAILABLE_IN_1_0
ClsIndicatorKind cls_indicator_get_kind (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_kind (ClsIndicator *self, ClsIndicatorKind kind);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_category (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_category (ClsIndicator *self, const char *category);
CLS_AVAILABLE_IN_1_0
ClsIndicatorLevel cls_indicator_get_level (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_level (ClsIndicator *self, ClsIndicatorLevel level);
CLS_AVAILABLE_IN_1_0
ClsDirection cls_indicator_get_direction (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_direction (ClsIndicator *self, ClsDirection direction);
CLS_AVAILABLE_IN_1_0
ClsAggregation cls_indicator_get_aggregation (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_aggregation (ClsIndicator *self, ClsAggregation aggregation);
CLS_AVAILABLE_IN_1_0
double cls_indicator_get_weight (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_weight (ClsIndicator *self, double weight);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_unit (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_unit (ClsIndicator *self, const char *unit);
CLS_AVAILABLE_IN_1_0
double cls_indicator_get_factor (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_factor (ClsIndicator *self, double factor);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_scale (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_scale (ClsIndicator *self, const char *scale);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_at_or_above (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_at_or_above (ClsIndicator *self, const char *at_or_above);
CLS_AVAILABLE_IN_1_0
const char * const *cls_indicator_get_dimensions (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_dimensions (ClsIndicator *self, const char * const *dimensions);
CLS_AVAILABLE_IN_1_0
ClsIndicatorState cls_indicator_get_state (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_state (ClsIndicator *self, ClsIndicatorState state);
CLS_AVAILABLE_IN_1_0
const char * const *cls_indicator_get_deliverables (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_deliverables (ClsIndicator *self, const char * const *deliverables);
CLS_AVAILABLE_IN_1_0
const GDate *cls_indicator_get_due (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_due (ClsIndicator *self, const GDate *due);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_title (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_title (ClsIndicator *self, const char *title);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_description (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_description (ClsIndicator *self, const char *description);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_condition (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_condition (ClsIndicator *self, const char *condition);
CLS_AVAILABLE_IN_1_0
ClsConditionState cls_indicator_get_condition_met (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_condition_met (ClsIndicator *self, ClsConditionState condition_met);
CLS_AVAILABLE_IN_1_0
const char *cls_indicator_get_formula (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_formula (ClsIndicator *self, const char *formula);

CLS_AVAILABLE_IN_1_0
GListModel *cls_indicator_get_targets (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_add_target (ClsIndicator *self, ClsTarget *target);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_remove_target (ClsIndicator *self, ClsTarget *target);

CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_is_own (ClsIndicator *self, const char *property);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_is_template (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
ClsNode *cls_indicator_get_node (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
ClsAggregation cls_indicator_get_effective_aggregation (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
ClsBaseline *cls_indicator_get_baseline (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
void cls_indicator_set_baseline (ClsIndicator *self, ClsBaseline *baseline);
CLS_AVAILABLE_IN_1_0
guint cls_indicator_get_n_measurements (ClsIndicator *self);
CLS_AVAILABLE_IN_1_0
ClsMeasurement *cls_indicator_dup_measurement (ClsIndicator *self, guint index);
CLS_AVAILABLE_IN_1_0
ClsMeasurement *cls_indicator_lookup_measurement (ClsIndicator *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_set_measurement (ClsIndicator *self, const ClsMeasurement *measurement);
CLS_AVAILABLE_IN_1_0
gboolean cls_indicator_remove_measurement (ClsIndicator *self, const ClsPeriod *period);


G_END_DECLS
