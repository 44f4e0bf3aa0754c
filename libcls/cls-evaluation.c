/* cls-evaluation.c: ClsEvaluation, the results of one evaluation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-results-private.h"
#include "cls-evaluation-private.h"
#include "cls-period-private.h"

/**
 * ClsEvaluation:
 *
 * The results of one evaluation of a contract, computed by
 * [method@Cls.Evaluator.evaluate]: what was asked (kind, window, date,
 * targets, settings), the expected progress `e`, and a
 * [class@Cls.NodeResult] for the contract and each node of its plan and a
 * [class@Cls.IndicatorResult] for each indicator.
 *
 * An evaluation is an immutable snapshot: it does not follow later changes
 * of the contract, and it may be read from several threads at once.
 *
 * [method@Cls.Evaluation.to_json] writes it in the documented JSON format
 * (`docs/evaluation-json.md`, schema `cls-evaluation-1.schema.json`).
 *
 * Since: 1.0
 */

enum {
  PROP_0,
  PROP_CONTRACT,
  PROP_KIND,
  PROP_WINDOW,
  PROP_TARGET_VERSION,
  PROP_EXPECTED,
  PROP_HAS_EXPECTED,
  PROP_ROOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsEvaluation, cls_evaluation, G_TYPE_OBJECT)

static void
cls_evaluation_finalize (GObject *object)
{
  ClsEvaluation *self = CLS_EVALUATION (object);

  g_clear_object (&self->contract);
  g_clear_pointer (&self->window, cls_period_free);
  g_clear_object (&self->root);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->node_index, g_hash_table_unref);
  g_clear_pointer (&self->indicator_index, g_hash_table_unref);
  G_OBJECT_CLASS (cls_evaluation_parent_class)->finalize (object);
}

static void
cls_evaluation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ClsEvaluation *self = CLS_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_value_set_object (value, self->contract);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->settings.kind);
      break;
    case PROP_WINDOW:
      g_value_set_boxed (value, self->window);
      break;
    case PROP_TARGET_VERSION:
      g_value_set_enum (value, self->settings.target_version);
      break;
    case PROP_EXPECTED:
      g_value_set_double (value, self->expected);
      break;
    case PROP_HAS_EXPECTED:
      g_value_set_boolean (value, self->has_expected);
      break;
    case PROP_ROOT:
      g_value_set_object (value, self->root);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_evaluation_class_init (ClsEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cls_evaluation_finalize;
  object_class->get_property = cls_evaluation_get_property;

  /**
   * ClsEvaluation:contract:
   *
   * The contract evaluated.
   *
   * Since: 1.0
   */
  properties[PROP_CONTRACT] =
    g_param_spec_object ("contract", NULL, NULL, CLS_TYPE_CONTRACT, flags);

  /**
   * ClsEvaluation:kind:
   *
   * The kind of evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_EVALUATION_KIND,
                       CLS_EVALUATION_KIND_PERIOD, flags);

  /**
   * ClsEvaluation:window:
   *
   * The window: the period evaluated, or contract start → D.
   *
   * Since: 1.0
   */
  properties[PROP_WINDOW] =
    g_param_spec_boxed ("window", NULL, NULL, CLS_TYPE_PERIOD, flags);

  /**
   * ClsEvaluation:target-version:
   *
   * The targets measured against.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET_VERSION] =
    g_param_spec_enum ("target-version", NULL, NULL, CLS_TYPE_TARGET_VERSION,
                       CLS_TARGET_VERSION_AMENDED, flags);

  /**
   * ClsEvaluation:expected:
   *
   * The expected progress `e` = days from the contract's start to D ÷ days
   * of the contract, clamped to [0, 1]; 1 for the final evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_EXPECTED] =
    g_param_spec_double ("expected", NULL, NULL, 0, 1, 0, flags);

  /**
   * ClsEvaluation:has-expected:
   *
   * Whether [property@Cls.Evaluation:expected] applies (not for a period
   * evaluation).
   *
   * Since: 1.0
   */
  properties[PROP_HAS_EXPECTED] =
    g_param_spec_boolean ("has-expected", NULL, NULL, FALSE, flags);

  /**
   * ClsEvaluation:root:
   *
   * The result of the whole contract.
   *
   * Since: 1.0
   */
  properties[PROP_ROOT] =
    g_param_spec_object ("root", NULL, NULL, CLS_TYPE_NODE_RESULT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_evaluation_init (ClsEvaluation *self)
{
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
  self->gaps = g_ptr_array_new_with_free_func (g_object_unref);
  self->node_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->indicator_index = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * cls_evaluation_get_contract:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:contract].
 *
 * Returns: (transfer none): the contract
 *
 * Since: 1.0
 */
ClsContract *
cls_evaluation_get_contract (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return self->contract;
}

/**
 * cls_evaluation_get_kind:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsEvaluationKind
cls_evaluation_get_kind (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.kind;
}

/**
 * cls_evaluation_get_window:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:window].
 *
 * Returns: (transfer none): the window
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_evaluation_get_window (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return self->window;
}

/**
 * cls_evaluation_dup_date:
 * @self: a [class@Cls.Evaluation]
 *
 * The day D of an evaluation to date or final.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL for a period
 *   evaluation
 *
 * Since: 1.0
 */
GDate *
cls_evaluation_dup_date (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  if (self->settings.date == 0)
    return NULL;
  return g_date_new_julian (self->settings.date);
}

/**
 * cls_evaluation_get_target_version:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:target-version].
 *
 * Returns: the targets measured against
 *
 * Since: 1.0
 */
ClsTargetVersion
cls_evaluation_get_target_version (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.target_version;
}

/**
 * cls_evaluation_has_expected:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:has-expected].
 *
 * Returns: %TRUE for an evaluation to date or final
 *
 * Since: 1.0
 */
gboolean
cls_evaluation_has_expected (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), FALSE);
  return self->has_expected;
}

/**
 * cls_evaluation_get_expected:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:expected].
 *
 * Returns: `e`, or 0 for a period evaluation
 *
 * Since: 1.0
 */
double
cls_evaluation_get_expected (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->expected;
}

/**
 * cls_evaluation_get_on_track:
 * @self: a [class@Cls.Evaluation]
 *
 * The “on track” threshold used.
 *
 * Returns: the threshold
 *
 * Since: 1.0
 */
double
cls_evaluation_get_on_track (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.on_track;
}

/**
 * cls_evaluation_get_at_risk:
 * @self: a [class@Cls.Evaluation]
 *
 * The “at risk” threshold used.
 *
 * Returns: the threshold
 *
 * Since: 1.0
 */
double
cls_evaluation_get_at_risk (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.at_risk;
}

/**
 * cls_evaluation_get_trend_tolerance:
 * @self: a [class@Cls.Evaluation]
 *
 * The trend tolerance used.
 *
 * Returns: the tolerance
 *
 * Since: 1.0
 */
double
cls_evaluation_get_trend_tolerance (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.trend_tolerance;
}

/**
 * cls_evaluation_get_missing_data:
 * @self: a [class@Cls.Evaluation]
 *
 * The missing-data policy used.
 *
 * Returns: the policy
 *
 * Since: 1.0
 */
ClsMissingDataPolicy
cls_evaluation_get_missing_data (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), 0);
  return self->settings.missing_data;
}

/**
 * cls_evaluation_get_root:
 * @self: a [class@Cls.Evaluation]
 *
 * Gets [property@Cls.Evaluation:root]: the result of the contract as a
 * whole, whose children are the top-level nodes.
 *
 * Returns: (transfer none): the contract's result
 *
 * Since: 1.0
 */
ClsNodeResult *
cls_evaluation_get_root (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return self->root;
}

/**
 * cls_evaluation_get_nodes:
 * @self: a [class@Cls.Evaluation]
 *
 * The results of every node of the plan, in document order (a node before
 * its children), without the contract's own.
 *
 * Returns: (transfer full): a list of [class@Cls.NodeResult]
 *
 * Since: 1.0
 */
GListModel *
cls_evaluation_get_nodes (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return _cls_results_list (CLS_TYPE_NODE_RESULT, self->nodes, 0, self->nodes->len);
}

/**
 * cls_evaluation_get_indicators:
 * @self: a [class@Cls.Evaluation]
 *
 * The results of every indicator of the plan, in document order.
 * Templates are not evaluated: the indicators that use them are.
 *
 * Returns: (transfer full): a list of [class@Cls.IndicatorResult]
 *
 * Since: 1.0
 */
GListModel *
cls_evaluation_get_indicators (ClsEvaluation *self)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return _cls_results_list (CLS_TYPE_INDICATOR_RESULT, self->indicators, 0, self->indicators->len);
}

/**
 * cls_evaluation_lookup_node:
 * @self: a [class@Cls.Evaluation]
 * @id: a node id
 *
 * Finds the result of a node in constant time.
 *
 * Returns: (transfer none) (nullable): the result, or %NULL
 *
 * Since: 1.0
 */
ClsNodeResult *
cls_evaluation_lookup_node (ClsEvaluation *self,
                            const char    *id)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->node_index, id);
}

/**
 * cls_evaluation_lookup_indicator:
 * @self: a [class@Cls.Evaluation]
 * @id: an indicator id
 *
 * Finds the result of an indicator in constant time.
 *
 * Returns: (transfer none) (nullable): the result, or %NULL
 *
 * Since: 1.0
 */
ClsIndicatorResult *
cls_evaluation_lookup_indicator (ClsEvaluation *self,
                                 const char    *id)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->indicator_index, id);
}

/**
 * cls_evaluation_get_window_label:
 * @self: a [class@Cls.Evaluation]
 * @language: (nullable): `fr` for French, otherwise English
 *
 * How the window is named in explanations: `2026`, `to 2026-12-31`,
 * `final (2025-01-01 → 2028-12-31)`.
 *
 * Returns: (transfer full): the label
 *
 * Since: 1.0
 */
char *
cls_evaluation_get_window_label (ClsEvaluation *self,
                                 const char    *language)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (self), NULL);
  return _cls_explain_window (self, language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0);
}
