/* cls-node-result.c: ClsNodeResult
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-evaluation-private.h"
#include "cls-enum-types.h"
#include "cls-results-private.h"

/**
 * ClsNodeResult:
 *
 * The evaluation of one node of the plan (or of the whole contract): its
 * score, coverage, pace and status, how many of its indicators have each
 * status, and what is missing below it.
 *
 * Results are immutable snapshots: they do not change when the contract does.
 *
 * Since: 1.0
 */

enum {
  PROP_0,
  PROP_NODE,
  PROP_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_DEPTH,
  PROP_STATUS,
  PROP_WEIGHT,
  PROP_SCORE,
  PROP_HAS_SCORE,
  PROP_COVERAGE,
  PROP_HAS_COVERAGE,
  PROP_PACE,
  PROP_HAS_PACE,
  PROP_N_INDICATORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsNodeResult, cls_node_result, G_TYPE_OBJECT)

static void
cls_node_result_finalize (GObject *object)
{
  ClsNodeResult *self = CLS_NODE_RESULT (object);

  g_clear_object (&self->node);
  g_free (self->id);
  g_free (self->code);
  g_free (self->title);
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_free (self->explanation[0]);
  g_free (self->explanation[1]);
  G_OBJECT_CLASS (cls_node_result_parent_class)->finalize (object);
}

static void
cls_node_result_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ClsNodeResult *self = CLS_NODE_RESULT (object);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_HAS_SCORE:
      g_value_set_boolean (value, self->has_score);
      break;
    case PROP_COVERAGE:
      g_value_set_double (value, self->coverage);
      break;
    case PROP_HAS_COVERAGE:
      g_value_set_boolean (value, self->has_coverage);
      break;
    case PROP_PACE:
      g_value_set_double (value, self->pace);
      break;
    case PROP_HAS_PACE:
      g_value_set_boolean (value, self->has_pace);
      break;
    case PROP_N_INDICATORS:
      g_value_set_uint (value, self->n_indicators);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_node_result_class_init (ClsNodeResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_node_result_finalize;
  object_class->get_property = cls_node_result_get_property;

  /**
   * ClsNodeResult:node:
   *
   * The node evaluated, or %NULL for the contract itself.
   *
   * Since: 1.0
   */
  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, CLS_TYPE_NODE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:id:
   *
   * The node’s id (the contract’s id for the contract).
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:code:
   *
   * The node’s code, e.g. “FA 1.1”.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:title:
   *
   * The node’s title.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:depth:
   *
   * The depth in the plan tree: 0 for the contract, 1 for its top-level
   * nodes.
   *
   * Since: 1.0
   */
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:status:
   *
   * The status.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CLS_TYPE_STATUS, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:weight:
   *
   * The node’s weight in its parent’s score.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:score:
   *
   * The weighted mean of the scores of its children.
   *
   * Since: 1.0
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:has-score:
   *
   * Whether [property@Cls.NodeResult:score] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_SCORE] =
    g_param_spec_boolean ("has-score", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:coverage:
   *
   * The weight of the scored children over that of the scorable ones.
   *
   * Since: 1.0
   */
  properties[PROP_COVERAGE] =
    g_param_spec_double ("coverage", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:has-coverage:
   *
   * Whether [property@Cls.NodeResult:coverage] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_COVERAGE] =
    g_param_spec_boolean ("has-coverage", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:pace:
   *
   * The pace `score / e` of a to-date or final evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_PACE] =
    g_param_spec_double ("pace", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:has-pace:
   *
   * Whether [property@Cls.NodeResult:pace] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_PACE] =
    g_param_spec_boolean ("has-pace", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNodeResult:n-indicators:
   *
   * The number of indicators in the subtree.
   *
   * Since: 1.0
   */
  properties[PROP_N_INDICATORS] =
    g_param_spec_uint ("n-indicators", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_node_result_init (ClsNodeResult *self)
{
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  self->indicators = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * cls_node_result_get_node:
 * @self: a [class@Cls.NodeResult]
 *
 * The node evaluated, or %NULL for the contract itself.
 *
 * Returns: (transfer none) (nullable): the object
 *
 * Since: 1.0
 */
ClsNode *
cls_node_result_get_node (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return self->node;
}

/**
 * cls_node_result_get_id:
 * @self: a [class@Cls.NodeResult]
 *
 * The node’s id (the contract’s id for the contract).
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_node_result_get_id (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return self->id;
}

/**
 * cls_node_result_get_code:
 * @self: a [class@Cls.NodeResult]
 *
 * The node’s code, e.g. “FA 1.1”.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_node_result_get_code (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return self->code;
}

/**
 * cls_node_result_get_title:
 * @self: a [class@Cls.NodeResult]
 *
 * The node’s title.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_node_result_get_title (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return self->title;
}

/**
 * cls_node_result_get_depth:
 * @self: a [class@Cls.NodeResult]
 *
 * The depth in the plan tree: 0 for the contract, 1 for its top-level
 * nodes.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
cls_node_result_get_depth (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->depth;
}

/**
 * cls_node_result_get_status:
 * @self: a [class@Cls.NodeResult]
 *
 * The status.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsStatus
cls_node_result_get_status (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->status;
}

/**
 * cls_node_result_get_weight:
 * @self: a [class@Cls.NodeResult]
 *
 * The node’s weight in its parent’s score.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
cls_node_result_get_weight (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->weight;
}

/**
 * cls_node_result_get_score:
 * @self: a [class@Cls.NodeResult]
 *
 * The weighted mean of the scores of its children.
 *
 * Returns: the value, or 0 when [method@Cls.NodeResult.has_score] is %FALSE
 *
 * Since: 1.0
 */
double
cls_node_result_get_score (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->has_score ? self->score : 0;
}

/**
 * cls_node_result_has_score:
 * @self: a [class@Cls.NodeResult]
 *
 * Whether [property@Cls.NodeResult:score] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_node_result_has_score (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), FALSE);
  return self->has_score;
}

/**
 * cls_node_result_get_coverage:
 * @self: a [class@Cls.NodeResult]
 *
 * The weight of the scored children over that of the scorable ones.
 *
 * Returns: the value, or 0 when [method@Cls.NodeResult.has_coverage] is %FALSE
 *
 * Since: 1.0
 */
double
cls_node_result_get_coverage (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->has_coverage ? self->coverage : 0;
}

/**
 * cls_node_result_has_coverage:
 * @self: a [class@Cls.NodeResult]
 *
 * Whether [property@Cls.NodeResult:coverage] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_node_result_has_coverage (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), FALSE);
  return self->has_coverage;
}

/**
 * cls_node_result_get_pace:
 * @self: a [class@Cls.NodeResult]
 *
 * The pace `score / e` of a to-date or final evaluation.
 *
 * Returns: the value, or 0 when [method@Cls.NodeResult.has_pace] is %FALSE
 *
 * Since: 1.0
 */
double
cls_node_result_get_pace (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->has_pace ? self->pace : 0;
}

/**
 * cls_node_result_has_pace:
 * @self: a [class@Cls.NodeResult]
 *
 * Whether [property@Cls.NodeResult:pace] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_node_result_has_pace (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), FALSE);
  return self->has_pace;
}

/**
 * cls_node_result_get_n_indicators:
 * @self: a [class@Cls.NodeResult]
 *
 * The number of indicators in the subtree.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
guint
cls_node_result_get_n_indicators (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  return self->n_indicators;
}

/**
 * cls_node_result_get_count:
 * @self: a [class@Cls.NodeResult]
 * @status: a status
 *
 * How many indicators of the subtree have @status. The counts of all
 * statuses add up to [property@Cls.NodeResult:n-indicators].
 *
 * Returns: the count
 *
 * Since: 1.0
 */
guint
cls_node_result_get_count (ClsNodeResult *self,
                           ClsStatus      status)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), 0);
  g_return_val_if_fail ((guint) status < CLS_N_STATUSES, 0);
  return self->counts[status];
}

/**
 * cls_node_result_get_children:
 * @self: a [class@Cls.NodeResult]
 *
 * The results of the child nodes, in plan order.
 *
 * Returns: (transfer full): a list of [class@Cls.NodeResult]
 *
 * Since: 1.0
 */
GListModel *
cls_node_result_get_children (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return _cls_results_list (CLS_TYPE_NODE_RESULT, self->children, 0, self->children->len);
}

/**
 * cls_node_result_get_indicators:
 * @self: a [class@Cls.NodeResult]
 *
 * The results of the indicators hanging directly on the node.
 *
 * Returns: (transfer full): a list of [class@Cls.IndicatorResult]
 *
 * Since: 1.0
 */
GListModel *
cls_node_result_get_indicators (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return _cls_results_list (CLS_TYPE_INDICATOR_RESULT, self->indicators, 0, self->indicators->len);
}

/**
 * cls_node_result_get_gaps:
 * @self: a [class@Cls.NodeResult]
 *
 * What is missing in the subtree: indicators without data or without
 * target, placeholders still open, abandoned actions — in plan order.
 *
 * Returns: (transfer full): a list of [class@Cls.Gap]
 *
 * Since: 1.0
 */
GListModel *
cls_node_result_get_gaps (ClsNodeResult *self)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  if (self->gaps == NULL)
    return G_LIST_MODEL (g_list_store_new (CLS_TYPE_GAP));
  return _cls_results_list (CLS_TYPE_GAP, self->gaps, self->first_gap, self->n_gaps);
}

/**
 * cls_node_result_get_explanation:
 * @self: a [class@Cls.NodeResult]
 * @language: (nullable): `fr` for French; any other language, or %NULL,
 *   gives English
 *
 * One line a person can check by hand: the score, over how many scorable
 * children, the coverage, the pace and the status.
 *
 * Returns: the explanation
 *
 * Since: 1.0
 */
const char *
cls_node_result_get_explanation (ClsNodeResult *self,
                                 const char    *language)
{
  g_return_val_if_fail (CLS_IS_NODE_RESULT (self), NULL);
  return self->explanation[language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0];
}
