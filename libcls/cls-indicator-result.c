/* cls-indicator-result.c: ClsIndicatorResult
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-evaluation-private.h"
#include "cls-enum-types.h"
#include "cls-results-private.h"

/**
 * ClsIndicatorResult:
 *
 * The evaluation of one indicator: its value over the window, its target,
 * raw achievement `r`, score `p`, pace, status and trend, with what was used to
 * compute them and a one-line explanation a person can check by hand.
 *
 * Results are immutable snapshots: they do not change when the contract does.
 *
 * Since: 1.0
 */

enum {
  PROP_0,
  PROP_INDICATOR,
  PROP_ID,
  PROP_NODE_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_UNIT,
  PROP_KIND,
  PROP_AGGREGATION,
  PROP_DIRECTION,
  PROP_STATUS,
  PROP_TREND,
  PROP_TARGET_SOURCE,
  PROP_WEIGHT,
  PROP_SCORABLE,
  PROP_N_MEASUREMENTS,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_TARGET,
  PROP_HAS_TARGET,
  PROP_BASELINE,
  PROP_HAS_BASELINE,
  PROP_ACHIEVEMENT,
  PROP_HAS_ACHIEVEMENT,
  PROP_SCORE,
  PROP_HAS_SCORE,
  PROP_EXPECTED,
  PROP_HAS_EXPECTED,
  PROP_PACE,
  PROP_HAS_PACE,
  PROP_NUMERATOR,
  PROP_HAS_NUMERATOR,
  PROP_DENOMINATOR,
  PROP_HAS_DENOMINATOR,
  PROP_FACTOR,
  PROP_PREVIOUS,
  PROP_LATEST,
  PROP_HAS_PREVIOUS,
  PROP_LEVEL,
  PROP_TARGET_LEVEL,
  PROP_DONE_DATE,
  PROP_DUE_DATE,
  PROP_TEXT,
  PROP_TARGET_AMENDMENT,
  PROP_RECURRING_MET,
  PROP_RECURRING_YEARS,
  PROP_DIMENSION,
  PROP_KEYS_MET,
  PROP_KEYS_EXPECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsIndicatorResult, cls_indicator_result, G_TYPE_OBJECT)

static void
cls_indicator_result_finalize (GObject *object)
{
  ClsIndicatorResult *self = CLS_INDICATOR_RESULT (object);

  g_clear_object (&self->indicator);
  g_free (self->id);
  g_free (self->node_id);
  g_free (self->code);
  g_free (self->title);
  g_free (self->unit);
  g_free (self->level);
  g_free (self->target_level);
  g_free (self->text);
  g_free (self->target_amendment);
  g_free (self->dimension);
  g_clear_pointer (&self->breakdown, g_ptr_array_unref);
  g_free (self->explanation[0]);
  g_free (self->explanation[1]);
  G_OBJECT_CLASS (cls_indicator_result_parent_class)->finalize (object);
}

static void
cls_indicator_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ClsIndicatorResult *self = CLS_INDICATOR_RESULT (object);

  switch (prop_id)
    {
    case PROP_INDICATOR:
      g_value_set_object (value, self->indicator);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NODE_ID:
      g_value_set_string (value, self->node_id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_AGGREGATION:
      g_value_set_enum (value, self->aggregation);
      break;
    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_TREND:
      g_value_set_enum (value, self->trend);
      break;
    case PROP_TARGET_SOURCE:
      g_value_set_enum (value, self->target_source);
      break;
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_SCORABLE:
      g_value_set_boolean (value, self->scorable);
      break;
    case PROP_N_MEASUREMENTS:
      g_value_set_uint (value, self->n_measurements);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;
    case PROP_HAS_TARGET:
      g_value_set_boolean (value, self->has_target);
      break;
    case PROP_BASELINE:
      g_value_set_double (value, self->baseline);
      break;
    case PROP_HAS_BASELINE:
      g_value_set_boolean (value, self->has_baseline);
      break;
    case PROP_ACHIEVEMENT:
      g_value_set_double (value, self->achievement);
      break;
    case PROP_HAS_ACHIEVEMENT:
      g_value_set_boolean (value, self->has_achievement);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_HAS_SCORE:
      g_value_set_boolean (value, self->has_score);
      break;
    case PROP_EXPECTED:
      g_value_set_double (value, self->expected);
      break;
    case PROP_HAS_EXPECTED:
      g_value_set_boolean (value, self->has_expected);
      break;
    case PROP_PACE:
      g_value_set_double (value, self->pace);
      break;
    case PROP_HAS_PACE:
      g_value_set_boolean (value, self->has_pace);
      break;
    case PROP_NUMERATOR:
      g_value_set_double (value, self->numerator);
      break;
    case PROP_HAS_NUMERATOR:
      g_value_set_boolean (value, self->has_numerator);
      break;
    case PROP_DENOMINATOR:
      g_value_set_double (value, self->denominator);
      break;
    case PROP_HAS_DENOMINATOR:
      g_value_set_boolean (value, self->has_denominator);
      break;
    case PROP_FACTOR:
      g_value_set_double (value, self->factor);
      break;
    case PROP_PREVIOUS:
      g_value_set_double (value, self->previous);
      break;
    case PROP_HAS_PREVIOUS:
      g_value_set_boolean (value, self->has_previous);
      break;
    case PROP_LATEST:
      g_value_set_double (value, self->latest);
      break;
    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;
    case PROP_TARGET_LEVEL:
      g_value_set_string (value, self->target_level);
      break;
    case PROP_DONE_DATE:
      g_value_set_boxed (value, g_date_valid (&self->done_date) ? &self->done_date : NULL);
      break;
    case PROP_DUE_DATE:
      g_value_set_boxed (value, g_date_valid (&self->due_date) ? &self->due_date : NULL);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TARGET_AMENDMENT:
      g_value_set_string (value, self->target_amendment);
      break;
    case PROP_RECURRING_MET:
      g_value_set_int (value, self->recurring_met);
      break;
    case PROP_RECURRING_YEARS:
      g_value_set_int (value, self->recurring_years);
      break;
    case PROP_DIMENSION:
      g_value_set_string (value, self->dimension);
      break;
    case PROP_KEYS_MET:
      g_value_set_uint (value, self->keys_met);
      break;
    case PROP_KEYS_EXPECTED:
      g_value_set_uint (value, self->keys_expected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_indicator_result_class_init (ClsIndicatorResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_indicator_result_finalize;
  object_class->get_property = cls_indicator_result_get_property;

  /**
   * ClsIndicatorResult:indicator:
   *
   * The indicator evaluated (a live object: it may have changed since).
   *
   * Since: 1.0
   */
  properties[PROP_INDICATOR] =
    g_param_spec_object ("indicator", NULL, NULL, CLS_TYPE_INDICATOR, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:id:
   *
   * The indicator’s id.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:node-id:
   *
   * The id of the node the indicator hangs on.
   *
   * Since: 1.0
   */
  properties[PROP_NODE_ID] =
    g_param_spec_string ("node-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:code:
   *
   * The code of that node, e.g. “FA 1.1”.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:title:
   *
   * The indicator’s title, as written in the contract.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:unit:
   *
   * The unit of the value.
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:kind:
   *
   * The kind of the indicator.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_INDICATOR_KIND, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:aggregation:
   *
   * The aggregation used over the window (never `default`; for a ratio
   * whose measurements do not all give numerator and denominator,
   * `last`).
   *
   * Since: 1.0
   */
  properties[PROP_AGGREGATION] =
    g_param_spec_enum ("aggregation", NULL, NULL, CLS_TYPE_AGGREGATION, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:direction:
   *
   * The direction of improvement.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, CLS_TYPE_DIRECTION, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:status:
   *
   * The status.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CLS_TYPE_STATUS, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:trend:
   *
   * The trend of the latest value against the previous period’s (or the
   * baseline).
   *
   * Since: 1.0
   */
  properties[PROP_TREND] =
    g_param_spec_enum ("trend", NULL, NULL, CLS_TYPE_TREND, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:target-source:
   *
   * Where the target comes from.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET_SOURCE] =
    g_param_spec_enum ("target-source", NULL, NULL, CLS_TYPE_TARGET_SOURCE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:weight:
   *
   * The weight of the indicator in its node’s score.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:scorable:
   *
   * Whether the indicator counts in its node’s coverage (it has a
   * target and applies).
   *
   * Since: 1.0
   */
  properties[PROP_SCORABLE] =
    g_param_spec_boolean ("scorable", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:n-measurements:
   *
   * How many measurements lie in the window.
   *
   * Since: 1.0
   */
  properties[PROP_N_MEASUREMENTS] =
    g_param_spec_uint ("n-measurements", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:value:
   *
   * The value over the window (a milestone: 1 done, 0 not done; an
   * ordinal: a level value, a mean level value or a percentage).
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-value:
   *
   * Whether [property@Cls.IndicatorResult:value] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:target:
   *
   * The target for the window.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-target:
   *
   * Whether [property@Cls.IndicatorResult:target] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:baseline:
   *
   * The baseline used (an ordinal’s defaults to its bottom level).
   *
   * Since: 1.0
   */
  properties[PROP_BASELINE] =
    g_param_spec_double ("baseline", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-baseline:
   *
   * Whether [property@Cls.IndicatorResult:baseline] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_BASELINE] =
    g_param_spec_boolean ("has-baseline", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:achievement:
   *
   * The raw achievement `r`, not capped: 1.3 is 130 %.
   *
   * Since: 1.0
   */
  properties[PROP_ACHIEVEMENT] =
    g_param_spec_double ("achievement", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-achievement:
   *
   * Whether [property@Cls.IndicatorResult:achievement] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_ACHIEVEMENT] =
    g_param_spec_boolean ("has-achievement", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:score:
   *
   * The score `p`: the achievement clamped to [0, 1].
   *
   * Since: 1.0
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-score:
   *
   * Whether [property@Cls.IndicatorResult:score] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_SCORE] =
    g_param_spec_boolean ("has-score", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:expected:
   *
   * The expected progress `e` of a to-date or final evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_EXPECTED] =
    g_param_spec_double ("expected", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-expected:
   *
   * Whether [property@Cls.IndicatorResult:expected] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_EXPECTED] =
    g_param_spec_boolean ("has-expected", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:pace:
   *
   * The pace `r / e` of a to-date or final evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_PACE] =
    g_param_spec_double ("pace", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-pace:
   *
   * Whether [property@Cls.IndicatorResult:pace] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_PACE] =
    g_param_spec_boolean ("has-pace", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:numerator:
   *
   * The numerator used (Σ numerators when pooled; respondents at or
   * above the level of a survey).
   *
   * Since: 1.0
   */
  properties[PROP_NUMERATOR] =
    g_param_spec_double ("numerator", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-numerator:
   *
   * Whether [property@Cls.IndicatorResult:numerator] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_NUMERATOR] =
    g_param_spec_boolean ("has-numerator", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:denominator:
   *
   * The denominator used.
   *
   * Since: 1.0
   */
  properties[PROP_DENOMINATOR] =
    g_param_spec_double ("denominator", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-denominator:
   *
   * Whether [property@Cls.IndicatorResult:denominator] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_DENOMINATOR] =
    g_param_spec_boolean ("has-denominator", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:factor:
   *
   * The factor of a ratio (100 for a percentage).
   *
   * Since: 1.0
   */
  properties[PROP_FACTOR] =
    g_param_spec_double ("factor", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:previous:
   *
   * The value the trend compares with.
   *
   * Since: 1.0
   */
  properties[PROP_PREVIOUS] =
    g_param_spec_double ("previous", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:has-previous:
   *
   * Whether [property@Cls.IndicatorResult:previous] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_PREVIOUS] =
    g_param_spec_boolean ("has-previous", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:latest:
   *
   * The value the trend judges: the window's in a period evaluation; to
   * date, the latest measured period's (which, for a sum, is not the
   * window's total). Meaningful when
   * [property@Cls.IndicatorResult:has-previous] is %TRUE.
   *
   * Since: 1.0
   */
  properties[PROP_LATEST] =
    g_param_spec_double ("latest", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:level:
   *
   * An ordinal indicator’s level key, when its value is one level.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:target-level:
   *
   * An ordinal indicator’s target level key.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET_LEVEL] =
    g_param_spec_string ("target-level", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:done-date:
   *
   * The date a milestone was done.
   *
   * Since: 1.0
   */
  properties[PROP_DONE_DATE] =
    g_param_spec_boxed ("done-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:due-date:
   *
   * The date a milestone is due.
   *
   * Since: 1.0
   */
  properties[PROP_DUE_DATE] =
    g_param_spec_boxed ("due-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:text:
   *
   * A narrative indicator’s assessment in the window.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:target-amendment:
   *
   * The id of the amendment the target comes from, or %NULL for the
   * target as signed.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET_AMENDMENT] =
    g_param_spec_string ("target-amendment", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:recurring-met:
   *
   * For a recurring annual target evaluated to date or at the end: in
   * how many contract years it was met; -1 otherwise.
   *
   * Since: 1.0
   */
  properties[PROP_RECURRING_MET] =
    g_param_spec_int ("recurring-met", NULL, NULL, -1, G_MAXINT, -1, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:recurring-years:
   *
   * For a recurring annual target evaluated to date or at the end: how
   * many contract years were complete; -1 otherwise.
   *
   * Since: 1.0
   */
  properties[PROP_RECURRING_YEARS] =
    g_param_spec_int ("recurring-years", NULL, NULL, -1, G_MAXINT, -1, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:dimension:
   *
   * The dimension of a per-dimension target that gave the achievement.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] =
    g_param_spec_string ("dimension", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:keys-met:
   *
   * With a per-dimension target: how many expected values meet it.
   *
   * Since: 1.0
   */
  properties[PROP_KEYS_MET] =
    g_param_spec_uint ("keys-met", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicatorResult:keys-expected:
   *
   * With a per-dimension target: how many values are expected.
   *
   * Since: 1.0
   */
  properties[PROP_KEYS_EXPECTED] =
    g_param_spec_uint ("keys-expected", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_indicator_result_init (ClsIndicatorResult *self)
{
  self->recurring_met = -1;
  self->recurring_years = -1;
  self->breakdown = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * cls_indicator_result_get_indicator:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The indicator evaluated (a live object: it may have changed since).
 *
 * Returns: (transfer none) (nullable): the object
 *
 * Since: 1.0
 */
ClsIndicator *
cls_indicator_result_get_indicator (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->indicator;
}

/**
 * cls_indicator_result_get_id:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The indicator’s id.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_id (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->id;
}

/**
 * cls_indicator_result_get_node_id:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The id of the node the indicator hangs on.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_node_id (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->node_id;
}

/**
 * cls_indicator_result_get_code:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The code of that node, e.g. “FA 1.1”.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_code (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->code;
}

/**
 * cls_indicator_result_get_title:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The indicator’s title, as written in the contract.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_title (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->title;
}

/**
 * cls_indicator_result_get_unit:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The unit of the value.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_unit (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->unit;
}

/**
 * cls_indicator_result_get_kind:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The kind of the indicator.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsIndicatorKind
cls_indicator_result_get_kind (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->kind;
}

/**
 * cls_indicator_result_get_aggregation:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The aggregation used over the window (never `default`; for a ratio whose
 * measurements do not all give numerator and denominator, `last`).
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsAggregation
cls_indicator_result_get_aggregation (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->aggregation;
}

/**
 * cls_indicator_result_get_direction:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The direction of improvement.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsDirection
cls_indicator_result_get_direction (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->direction;
}

/**
 * cls_indicator_result_get_status:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The status.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsStatus
cls_indicator_result_get_status (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->status;
}

/**
 * cls_indicator_result_get_trend:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The trend of the latest value against the previous period’s (or the
 * baseline).
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsTrend
cls_indicator_result_get_trend (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->trend;
}

/**
 * cls_indicator_result_get_target_source:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Where the target comes from.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsTargetSource
cls_indicator_result_get_target_source (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->target_source;
}

/**
 * cls_indicator_result_get_weight:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The weight of the indicator in its node’s score.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_weight (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->weight;
}

/**
 * cls_indicator_result_get_scorable:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether the indicator counts in its node’s coverage (it has a target and
 * applies).
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_get_scorable (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->scorable;
}

/**
 * cls_indicator_result_get_n_measurements:
 * @self: a [class@Cls.IndicatorResult]
 *
 * How many measurements lie in the window.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
cls_indicator_result_get_n_measurements (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->n_measurements;
}

/**
 * cls_indicator_result_get_value:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The value over the window (a milestone: 1 done, 0 not done; an ordinal: a
 * level value, a mean level value or a percentage).
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_value] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_value (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_value ? self->value : 0;
}

/**
 * cls_indicator_result_has_value:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:value] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_value (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_value;
}

/**
 * cls_indicator_result_get_target:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The target for the window.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_target] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_target (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_target ? self->target : 0;
}

/**
 * cls_indicator_result_has_target:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:target] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_target (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_target;
}

/**
 * cls_indicator_result_get_baseline:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The baseline used (an ordinal’s defaults to its bottom level).
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_baseline] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_baseline (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_baseline ? self->baseline : 0;
}

/**
 * cls_indicator_result_has_baseline:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:baseline] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_baseline (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_baseline;
}

/**
 * cls_indicator_result_get_achievement:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The raw achievement `r`, not capped: 1.3 is 130 %.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_achievement] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_achievement (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_achievement ? self->achievement : 0;
}

/**
 * cls_indicator_result_has_achievement:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:achievement] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_achievement (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_achievement;
}

/**
 * cls_indicator_result_get_score:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The score `p`: the achievement clamped to [0, 1].
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_score] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_score (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_score ? self->score : 0;
}

/**
 * cls_indicator_result_has_score:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:score] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_score (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_score;
}

/**
 * cls_indicator_result_get_expected:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The expected progress `e` of a to-date or final evaluation.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_expected] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_expected (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_expected ? self->expected : 0;
}

/**
 * cls_indicator_result_has_expected:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:expected] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_expected (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_expected;
}

/**
 * cls_indicator_result_get_pace:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The pace `r / e` of a to-date or final evaluation.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_pace] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_pace (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_pace ? self->pace : 0;
}

/**
 * cls_indicator_result_has_pace:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:pace] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_pace (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_pace;
}

/**
 * cls_indicator_result_get_numerator:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The numerator used (Σ numerators when pooled; respondents at or above the
 * level of a survey).
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_numerator] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_numerator (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_numerator ? self->numerator : 0;
}

/**
 * cls_indicator_result_has_numerator:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:numerator] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_numerator (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_numerator;
}

/**
 * cls_indicator_result_get_denominator:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The denominator used.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_denominator] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_denominator (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_denominator ? self->denominator : 0;
}

/**
 * cls_indicator_result_has_denominator:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:denominator] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_denominator (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_denominator;
}

/**
 * cls_indicator_result_get_factor:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The factor of a ratio (100 for a percentage).
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_factor (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->factor;
}

/**
 * cls_indicator_result_get_previous:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The value the trend compares with.
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_previous] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_previous (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_previous ? self->previous : 0;
}

/**
 * cls_indicator_result_get_latest:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The value the trend judges, compared with
 * [method@Cls.IndicatorResult.get_previous].
 *
 * Returns: the value, or 0 when [method@Cls.IndicatorResult.has_previous] is %FALSE
 *
 * Since: 1.0
 */
double
cls_indicator_result_get_latest (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->has_previous ? self->latest : 0;
}

/**
 * cls_indicator_result_has_previous:
 * @self: a [class@Cls.IndicatorResult]
 *
 * Whether [property@Cls.IndicatorResult:previous] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_indicator_result_has_previous (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), FALSE);
  return self->has_previous;
}

/**
 * cls_indicator_result_get_level:
 * @self: a [class@Cls.IndicatorResult]
 *
 * An ordinal indicator’s level key, when its value is one level.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_level (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->level;
}

/**
 * cls_indicator_result_get_target_level:
 * @self: a [class@Cls.IndicatorResult]
 *
 * An ordinal indicator’s target level key.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_target_level (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->target_level;
}

/**
 * cls_indicator_result_get_done_date:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The date a milestone was done.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
const GDate *
cls_indicator_result_get_done_date (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return g_date_valid (&self->done_date) ? &self->done_date : NULL;
}

/**
 * cls_indicator_result_get_due_date:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The date a milestone is due.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
const GDate *
cls_indicator_result_get_due_date (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return g_date_valid (&self->due_date) ? &self->due_date : NULL;
}

/**
 * cls_indicator_result_get_text:
 * @self: a [class@Cls.IndicatorResult]
 *
 * A narrative indicator’s assessment in the window.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_text (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->text;
}

/**
 * cls_indicator_result_get_target_amendment:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The id of the amendment the target comes from, or %NULL for the target as
 * signed.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_target_amendment (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->target_amendment;
}

/**
 * cls_indicator_result_get_recurring_met:
 * @self: a [class@Cls.IndicatorResult]
 *
 * For a recurring annual target evaluated to date or at the end: in how
 * many contract years it was met; -1 otherwise.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
int
cls_indicator_result_get_recurring_met (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->recurring_met;
}

/**
 * cls_indicator_result_get_recurring_years:
 * @self: a [class@Cls.IndicatorResult]
 *
 * For a recurring annual target evaluated to date or at the end: how many
 * contract years were complete; -1 otherwise.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
int
cls_indicator_result_get_recurring_years (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->recurring_years;
}

/**
 * cls_indicator_result_get_dimension:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The dimension of a per-dimension target that gave the achievement.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_dimension (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->dimension;
}

/**
 * cls_indicator_result_get_keys_met:
 * @self: a [class@Cls.IndicatorResult]
 *
 * With a per-dimension target: how many expected values meet it.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
cls_indicator_result_get_keys_met (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->keys_met;
}

/**
 * cls_indicator_result_get_keys_expected:
 * @self: a [class@Cls.IndicatorResult]
 *
 * With a per-dimension target: how many values are expected.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
cls_indicator_result_get_keys_expected (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), 0);
  return self->keys_expected;
}

/**
 * cls_indicator_result_get_breakdown:
 * @self: a [class@Cls.IndicatorResult]
 *
 * The value of the indicator for each value of its breakdown dimensions
 * (each commune, each public…) over the window, in the order they were
 * first measured; with a per-dimension target, every expected value is
 * listed, measured or not.
 *
 * Returns: (transfer full): a list of [class@Cls.DimensionValue]
 *
 * Since: 1.0
 */
GListModel *
cls_indicator_result_get_breakdown (ClsIndicatorResult *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return _cls_results_list (CLS_TYPE_DIMENSION_VALUE, self->breakdown, 0, self->breakdown->len);
}

/**
 * cls_indicator_result_get_explanation:
 * @self: a [class@Cls.IndicatorResult]
 * @language: (nullable): `fr` for French; any other language, or %NULL,
 *   gives English
 *
 * One line a person can check by hand, e.g.
 * `FA 1.1 / Nombre de séances — 2026: 14 / 48 × 365/1461 days = 11.99
 * → 117 % (achieved)`.
 *
 * Returns: the explanation
 *
 * Since: 1.0
 */
const char *
cls_indicator_result_get_explanation (ClsIndicatorResult *self,
                                      const char         *language)
{
  g_return_val_if_fail (CLS_IS_INDICATOR_RESULT (self), NULL);
  return self->explanation[language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0];
}
