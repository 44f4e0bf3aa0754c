/* cls-indicator.c: ClsIndicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-indicator.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"
#include "cls-object-list-private.h"
#include "cls-indicator-private.h"
#include "cls-formula-private.h"
#include "cls-measurement-private.h"
#include "cls-contract.h"
#include "cls-baseline.h"
#include "cls-target.h"

/**
 * ClsIndicator:
 *
 * An indicator of a node, or an indicator template.
 *
 * Since: 1.0
 */

struct _ClsIndicator
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */
  /* the enumerations together, so that they leave no holes */
  ClsIndicatorKind kind;
  ClsIndicatorLevel level;
  ClsDirection direction;
  ClsAggregation aggregation;
  ClsIndicatorState state;
  ClsConditionState condition_met;
  guint is_template : 1;

  char *id;
  char *template;
  char *category;
  double weight;
  char *unit;
  double factor;
  char *scale;
  char *at_or_above;
  char **dimensions;
  char **deliverables;
  GDate *due;
  char *title;
  char *description;
  char *condition;
  char *formula;
  /* formula, parsed when set so that evaluations never parse; NULL when
   * the text does not parse (validation says why) */
  ClsFormula *parsed_formula;
  guint64 own_mask; /* which inheritable properties this indicator sets itself */
  ClsObjectList *targets;    /* created on first use, see targets_store() */
  ClsNode *node;            /* unowned: the node that holds it */
  ClsBaseline *baseline;
  ClsRecordSet measurements; /* sorted by period, no duplicates */
};

G_DEFINE_FINAL_TYPE (ClsIndicator, cls_indicator, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsIndicator);

enum {
  PROP_0,
  PROP_ID,
  PROP_TEMPLATE,
  PROP_KIND,
  PROP_CATEGORY,
  PROP_LEVEL,
  PROP_DIRECTION,
  PROP_AGGREGATION,
  PROP_WEIGHT,
  PROP_UNIT,
  PROP_FACTOR,
  PROP_SCALE,
  PROP_AT_OR_ABOVE,
  PROP_DIMENSIONS,
  PROP_STATE,
  PROP_DELIVERABLES,
  PROP_DUE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CONDITION,
  PROP_CONDITION_MET,
  PROP_FORMULA,
  PROP_BASELINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define OWN_KIND (G_GUINT64_CONSTANT (1) << 0)
#define OWN_CATEGORY (G_GUINT64_CONSTANT (1) << 1)
#define OWN_LEVEL (G_GUINT64_CONSTANT (1) << 2)
#define OWN_DIRECTION (G_GUINT64_CONSTANT (1) << 3)
#define OWN_AGGREGATION (G_GUINT64_CONSTANT (1) << 4)
#define OWN_WEIGHT (G_GUINT64_CONSTANT (1) << 5)
#define OWN_UNIT (G_GUINT64_CONSTANT (1) << 6)
#define OWN_FACTOR (G_GUINT64_CONSTANT (1) << 7)
#define OWN_SCALE (G_GUINT64_CONSTANT (1) << 8)
#define OWN_AT_OR_ABOVE (G_GUINT64_CONSTANT (1) << 9)
#define OWN_DIMENSIONS (G_GUINT64_CONSTANT (1) << 10)
#define OWN_STATE (G_GUINT64_CONSTANT (1) << 11)
#define OWN_DUE (G_GUINT64_CONSTANT (1) << 12)
#define OWN_TITLE (G_GUINT64_CONSTANT (1) << 13)
#define OWN_DESCRIPTION (G_GUINT64_CONSTANT (1) << 14)
#define OWN_FORMULA (G_GUINT64_CONSTANT (1) << 15)

static void
cls_indicator_finalize (GObject *object)
{
  ClsIndicator *self = (ClsIndicator *) object;

  g_free (self->id);
  g_free (self->template);
  g_free (self->category);
  g_free (self->unit);
  g_free (self->scale);
  g_free (self->at_or_above);
  g_strfreev (self->dimensions);
  g_strfreev (self->deliverables);
  g_clear_pointer (&self->due, g_date_free);
  g_free (self->title);
  g_free (self->description);
  g_free (self->condition);
  g_free (self->formula);
  g_clear_pointer (&self->parsed_formula, _cls_formula_free);
  g_clear_object (&self->targets);
  g_clear_object (&self->baseline);
  _cls_record_set_clear (&self->measurements);

  G_OBJECT_CLASS (cls_indicator_parent_class)->finalize (object);
}

static void
cls_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ClsIndicator *self = CLS_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_indicator_get_id (self));
      break;

    case PROP_TEMPLATE:
      g_value_set_string (value, cls_indicator_get_template (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, cls_indicator_get_kind (self));
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, cls_indicator_get_category (self));
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, cls_indicator_get_level (self));
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, cls_indicator_get_direction (self));
      break;

    case PROP_AGGREGATION:
      g_value_set_enum (value, cls_indicator_get_aggregation (self));
      break;

    case PROP_WEIGHT:
      g_value_set_double (value, cls_indicator_get_weight (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, cls_indicator_get_unit (self));
      break;

    case PROP_FACTOR:
      g_value_set_double (value, cls_indicator_get_factor (self));
      break;

    case PROP_SCALE:
      g_value_set_string (value, cls_indicator_get_scale (self));
      break;

    case PROP_AT_OR_ABOVE:
      g_value_set_string (value, cls_indicator_get_at_or_above (self));
      break;

    case PROP_DIMENSIONS:
      g_value_set_boxed (value, cls_indicator_get_dimensions (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, cls_indicator_get_state (self));
      break;

    case PROP_DELIVERABLES:
      g_value_set_boxed (value, cls_indicator_get_deliverables (self));
      break;

    case PROP_DUE:
      g_value_set_boxed (value, cls_indicator_get_due (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, cls_indicator_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, cls_indicator_get_description (self));
      break;

    case PROP_CONDITION:
      g_value_set_string (value, cls_indicator_get_condition (self));
      break;

    case PROP_CONDITION_MET:
      g_value_set_enum (value, cls_indicator_get_condition_met (self));
      break;

    case PROP_FORMULA:
      g_value_set_string (value, cls_indicator_get_formula (self));
      break;

    case PROP_BASELINE:
      g_value_set_object (value, self->baseline);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ClsIndicator *self = CLS_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TEMPLATE:
      cls_indicator_set_template (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      cls_indicator_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CATEGORY:
      cls_indicator_set_category (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      cls_indicator_set_level (self, g_value_get_enum (value));
      break;

    case PROP_DIRECTION:
      cls_indicator_set_direction (self, g_value_get_enum (value));
      break;

    case PROP_AGGREGATION:
      cls_indicator_set_aggregation (self, g_value_get_enum (value));
      break;

    case PROP_WEIGHT:
      cls_indicator_set_weight (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      cls_indicator_set_unit (self, g_value_get_string (value));
      break;

    case PROP_FACTOR:
      cls_indicator_set_factor (self, g_value_get_double (value));
      break;

    case PROP_SCALE:
      cls_indicator_set_scale (self, g_value_get_string (value));
      break;

    case PROP_AT_OR_ABOVE:
      cls_indicator_set_at_or_above (self, g_value_get_string (value));
      break;

    case PROP_DIMENSIONS:
      cls_indicator_set_dimensions (self, g_value_get_boxed (value));
      break;

    case PROP_STATE:
      cls_indicator_set_state (self, g_value_get_enum (value));
      break;

    case PROP_DELIVERABLES:
      cls_indicator_set_deliverables (self, g_value_get_boxed (value));
      break;

    case PROP_DUE:
      cls_indicator_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
      cls_indicator_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cls_indicator_set_description (self, g_value_get_string (value));
      break;

    case PROP_CONDITION:
      cls_indicator_set_condition (self, g_value_get_string (value));
      break;

    case PROP_CONDITION_MET:
      cls_indicator_set_condition_met (self, g_value_get_enum (value));
      break;

    case PROP_FORMULA:
      cls_indicator_set_formula (self, g_value_get_string (value));
      break;

    case PROP_BASELINE:
      cls_indicator_set_baseline (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_indicator_class_init (ClsIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_indicator_finalize;
  object_class->get_property = cls_indicator_get_property;
  object_class->set_property = cls_indicator_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsIndicator:id: (attributes org.gtk.Property.get=cls_indicator_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:template: (attributes org.gtk.Property.get=cls_indicator_get_template org.gtk.Property.set=cls_indicator_set_template)
   *
   * The id of the template this indicator is an instance of. It is the `template` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:kind: (attributes org.gtk.Property.get=cls_indicator_get_kind org.gtk.Property.set=cls_indicator_set_kind)
   *
   * The kind of value measured. When the indicator does not set it, it comes from its template. It is the `kind` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_INDICATOR_KIND, CLS_INDICATOR_KIND_COUNT, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:category: (attributes org.gtk.Property.get=cls_indicator_get_category org.gtk.Property.set=cls_indicator_set_category)
   *
   * The category as filed by the contract, verbatim (“quantitatif”, “processus”). When the indicator does not set it, it comes from its template. It is the `category` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:level: (attributes org.gtk.Property.get=cls_indicator_get_level org.gtk.Property.set=cls_indicator_set_level)
   *
   * The level in the results chain. When the indicator does not set it, it comes from its template. It is the `level` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, CLS_TYPE_INDICATOR_LEVEL, CLS_INDICATOR_LEVEL_UNSPECIFIED, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:direction: (attributes org.gtk.Property.get=cls_indicator_get_direction org.gtk.Property.set=cls_indicator_set_direction)
   *
   * Which way the indicator should go. When the indicator does not set it, it comes from its template. It is the `direction` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, CLS_TYPE_DIRECTION, CLS_DIRECTION_INCREASE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:aggregation: (attributes org.gtk.Property.get=cls_indicator_get_aggregation org.gtk.Property.set=cls_indicator_set_aggregation)
   *
   * How measurements over a window are combined. When the indicator does not set it, it comes from its template. It is the `aggregation` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AGGREGATION] =
    g_param_spec_enum ("aggregation", NULL, NULL, CLS_TYPE_AGGREGATION, CLS_AGGREGATION_DEFAULT, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:weight: (attributes org.gtk.Property.get=cls_indicator_get_weight org.gtk.Property.set=cls_indicator_set_weight)
   *
   * The weight of the indicator in its node’s score. When the indicator does not set it, it comes from its template. It is the `weight` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, G_MINDOUBLE, G_MAXDOUBLE, 1, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:unit: (attributes org.gtk.Property.get=cls_indicator_get_unit org.gtk.Property.set=cls_indicator_set_unit)
   *
   * The unit (“habitants”, “%”, “€”). When the indicator does not set it, it comes from its template. It is the `unit` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:factor: (attributes org.gtk.Property.get=cls_indicator_get_factor org.gtk.Property.set=cls_indicator_set_factor)
   *
   * For a ratio, the factor (100 for a percentage). When the indicator does not set it, it comes from its template. It is the `factor` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_FACTOR] =
    g_param_spec_double ("factor", NULL, NULL, G_MINDOUBLE, G_MAXDOUBLE, 100, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:scale: (attributes org.gtk.Property.get=cls_indicator_get_scale org.gtk.Property.set=cls_indicator_set_scale)
   *
   * For an ordinal indicator, the id of its scale. When the indicator does not set it, it comes from its template. It is the `scale` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE] =
    g_param_spec_string ("scale", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:at-or-above: (attributes org.gtk.Property.get=cls_indicator_get_at_or_above org.gtk.Property.set=cls_indicator_set_at_or_above)
   *
   * For an ordinal indicator, a level key: the value is then the percentage of respondents at or above it. When the indicator does not set it, it comes from its template. It is the `at-or-above` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AT_OR_ABOVE] =
    g_param_spec_string ("at-or-above", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:dimensions: (attributes org.gtk.Property.get=cls_indicator_get_dimensions org.gtk.Property.set=cls_indicator_set_dimensions)
   *
   * The breakdown dimensions (“commune”, “public”). When the indicator does not set it, it comes from its template. It is the `dimensions` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSIONS] =
    g_param_spec_boxed ("dimensions", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:state: (attributes org.gtk.Property.get=cls_indicator_get_state org.gtk.Property.set=cls_indicator_set_state)
   *
   * The editorial state. When the indicator does not set it, it comes from its template. It is the `state` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CLS_TYPE_INDICATOR_STATE, CLS_INDICATOR_STATE_ACTIVE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:deliverables: (attributes org.gtk.Property.get=cls_indicator_get_deliverables org.gtk.Property.set=cls_indicator_set_deliverables)
   *
   * The ids of the deliverables this indicator measures. It is the `deliverables` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DELIVERABLES] =
    g_param_spec_boxed ("deliverables", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:due: (attributes org.gtk.Property.get=cls_indicator_get_due org.gtk.Property.set=cls_indicator_set_due)
   *
   * For a milestone, the date by which it is due. When the indicator does not set it, it comes from its template. It is the `due` attribute of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:title: (attributes org.gtk.Property.get=cls_indicator_get_title org.gtk.Property.set=cls_indicator_set_title)
   *
   * The title, as written. When the indicator does not set it, it comes from its template. It is the text of the `<title>` child of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:description: (attributes org.gtk.Property.get=cls_indicator_get_description org.gtk.Property.set=cls_indicator_set_description)
   *
   * A description, as written. When the indicator does not set it, it comes from its template. It is the text of the `<description>` child of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:condition: (attributes org.gtk.Property.get=cls_indicator_get_condition org.gtk.Property.set=cls_indicator_set_condition)
   *
   * The condition under which the indicator applies (“le cas échéant”), as written. It is the text of the `<condition>` child of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CONDITION] =
    g_param_spec_string ("condition", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:condition-met: (attributes org.gtk.Property.get=cls_indicator_get_condition_met org.gtk.Property.set=cls_indicator_set_condition_met)
   *
   * Whether the condition is met. It is the `met` attribute of the `<condition>` child of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CONDITION_MET] =
    g_param_spec_enum ("condition-met", NULL, NULL, CLS_TYPE_CONDITION_STATE, CLS_CONDITION_STATE_UNKNOWN, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:formula: (attributes org.gtk.Property.get=cls_indicator_get_formula org.gtk.Property.set=cls_indicator_set_formula)
   *
   * For a formula indicator, the expression. When the indicator does not set it, it comes from its template. It is the text of the `<formula>` child of `<indicator>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_FORMULA] =
    g_param_spec_string ("formula", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsIndicator:baseline: (attributes org.gtk.Property.get=cls_indicator_get_baseline org.gtk.Property.set=cls_indicator_set_baseline)
   *
   * The baseline: the indicator's value before the contract, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_BASELINE] =
    g_param_spec_object ("baseline", NULL, NULL, CLS_TYPE_BASELINE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_indicator_init (ClsIndicator *self)
{
  self->kind = CLS_INDICATOR_KIND_COUNT;
  self->level = CLS_INDICATOR_LEVEL_UNSPECIFIED;
  self->direction = CLS_DIRECTION_INCREASE;
  self->aggregation = CLS_AGGREGATION_DEFAULT;
  self->weight = 1;
  self->factor = 100;
  self->state = CLS_INDICATOR_STATE_ACTIVE;
  self->condition_met = CLS_CONDITION_STATE_UNKNOWN;
}

/**
 * cls_indicator_new:
 * @id: the indicator’s id, unique in its contract
 *
 * Creates a new indicator.
 *
 * Returns: (transfer full): a new [class@Cls.Indicator]
 *
 * Since: 1.0
 */
ClsIndicator *
cls_indicator_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_INDICATOR, "id", id, NULL);
}

/**
 * cls_indicator_get_id:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_id (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  return self->id;
}

/**
 * cls_indicator_get_template:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:template].
 *
 * Returns: (nullable): the template
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_template (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  return self->template;
}

/**
 * cls_indicator_set_template:
 * @self: a [class@Cls.Indicator]
 * @template: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:template].
 *
 * Since: 1.0
 */
void
cls_indicator_set_template (ClsIndicator *self,
                           const char *template)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  if (g_strcmp0 (self->template, template) == 0)
    return;
  g_free (self->template);
  self->template = g_strdup (template);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

/**
 * cls_indicator_get_kind:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsIndicatorKind
cls_indicator_get_kind (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_KIND))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_kind (template);
    }
  return self->kind;
}

/**
 * cls_indicator_set_kind:
 * @self: a [class@Cls.Indicator]
 * @kind: the new value
 *
 * Sets [property@Cls.Indicator:kind].
 *
 * Since: 1.0
 */
void
cls_indicator_set_kind (ClsIndicator *self,
                       ClsIndicatorKind kind)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_KIND;
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_indicator_get_category:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:category].
 *
 * Returns: (nullable): the category
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_category (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_CATEGORY))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_category (template);
    }
  return self->category;
}

/**
 * cls_indicator_set_category:
 * @self: a [class@Cls.Indicator]
 * @category: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:category].
 *
 * Since: 1.0
 */
void
cls_indicator_set_category (ClsIndicator *self,
                           const char *category)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_CATEGORY;
  if (g_strcmp0 (self->category, category) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

/**
 * cls_indicator_get_level:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:level].
 *
 * Returns: the level
 *
 * Since: 1.0
 */
ClsIndicatorLevel
cls_indicator_get_level (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_LEVEL))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_level (template);
    }
  return self->level;
}

/**
 * cls_indicator_set_level:
 * @self: a [class@Cls.Indicator]
 * @level: the new value
 *
 * Sets [property@Cls.Indicator:level].
 *
 * Since: 1.0
 */
void
cls_indicator_set_level (ClsIndicator *self,
                        ClsIndicatorLevel level)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_LEVEL;
  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * cls_indicator_get_direction:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:direction].
 *
 * Returns: the direction
 *
 * Since: 1.0
 */
ClsDirection
cls_indicator_get_direction (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_DIRECTION))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_direction (template);
    }
  return self->direction;
}

/**
 * cls_indicator_set_direction:
 * @self: a [class@Cls.Indicator]
 * @direction: the new value
 *
 * Sets [property@Cls.Indicator:direction].
 *
 * Since: 1.0
 */
void
cls_indicator_set_direction (ClsIndicator *self,
                            ClsDirection direction)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_DIRECTION;
  if (self->direction == direction)
    return;
  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

/**
 * cls_indicator_get_aggregation:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:aggregation].
 *
 * Returns: the aggregation
 *
 * Since: 1.0
 */
ClsAggregation
cls_indicator_get_aggregation (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_AGGREGATION))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_aggregation (template);
    }
  return self->aggregation;
}

/**
 * cls_indicator_set_aggregation:
 * @self: a [class@Cls.Indicator]
 * @aggregation: the new value
 *
 * Sets [property@Cls.Indicator:aggregation].
 *
 * Since: 1.0
 */
void
cls_indicator_set_aggregation (ClsIndicator *self,
                              ClsAggregation aggregation)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_AGGREGATION;
  if (self->aggregation == aggregation)
    return;
  self->aggregation = aggregation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGGREGATION]);
}

/**
 * cls_indicator_get_weight:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:weight].
 *
 * Returns: the weight
 *
 * Since: 1.0
 */
double
cls_indicator_get_weight (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_WEIGHT))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_weight (template);
    }
  return self->weight;
}

/**
 * cls_indicator_set_weight:
 * @self: a [class@Cls.Indicator]
 * @weight: the new value
 *
 * Sets [property@Cls.Indicator:weight].
 *
 * Since: 1.0
 */
void
cls_indicator_set_weight (ClsIndicator *self,
                         double weight)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));
  g_return_if_fail (weight >= G_MINDOUBLE && weight <= G_MAXDOUBLE);

  self->own_mask |= OWN_WEIGHT;
  if (self->weight == weight)
    return;
  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/**
 * cls_indicator_get_unit:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:unit].
 *
 * Returns: (nullable): the unit
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_unit (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_UNIT))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_unit (template);
    }
  return self->unit;
}

/**
 * cls_indicator_set_unit:
 * @self: a [class@Cls.Indicator]
 * @unit: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:unit].
 *
 * Since: 1.0
 */
void
cls_indicator_set_unit (ClsIndicator *self,
                       const char *unit)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_UNIT;
  if (g_strcmp0 (self->unit, unit) == 0)
    return;
  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

/**
 * cls_indicator_get_factor:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:factor].
 *
 * Returns: the factor
 *
 * Since: 1.0
 */
double
cls_indicator_get_factor (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_FACTOR))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_factor (template);
    }
  return self->factor;
}

/**
 * cls_indicator_set_factor:
 * @self: a [class@Cls.Indicator]
 * @factor: the new value
 *
 * Sets [property@Cls.Indicator:factor].
 *
 * Since: 1.0
 */
void
cls_indicator_set_factor (ClsIndicator *self,
                         double factor)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));
  g_return_if_fail (factor >= G_MINDOUBLE && factor <= G_MAXDOUBLE);

  self->own_mask |= OWN_FACTOR;
  if (self->factor == factor)
    return;
  self->factor = factor;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACTOR]);
}

/**
 * cls_indicator_get_scale:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:scale].
 *
 * Returns: (nullable): the scale
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_scale (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_SCALE))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_scale (template);
    }
  return self->scale;
}

/**
 * cls_indicator_set_scale:
 * @self: a [class@Cls.Indicator]
 * @scale: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:scale].
 *
 * Since: 1.0
 */
void
cls_indicator_set_scale (ClsIndicator *self,
                        const char *scale)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_SCALE;
  if (g_strcmp0 (self->scale, scale) == 0)
    return;
  g_free (self->scale);
  self->scale = g_strdup (scale);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/**
 * cls_indicator_get_at_or_above:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:at-or-above].
 *
 * Returns: (nullable): the at or above
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_at_or_above (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_AT_OR_ABOVE))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_at_or_above (template);
    }
  return self->at_or_above;
}

/**
 * cls_indicator_set_at_or_above:
 * @self: a [class@Cls.Indicator]
 * @at_or_above: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:at-or-above].
 *
 * Since: 1.0
 */
void
cls_indicator_set_at_or_above (ClsIndicator *self,
                              const char *at_or_above)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_AT_OR_ABOVE;
  if (g_strcmp0 (self->at_or_above, at_or_above) == 0)
    return;
  g_free (self->at_or_above);
  self->at_or_above = g_strdup (at_or_above);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_OR_ABOVE]);
}

/**
 * cls_indicator_get_dimensions:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:dimensions].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the dimensions, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_indicator_get_dimensions (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_DIMENSIONS))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_dimensions (template);
    }
  return (const char * const *) self->dimensions;
}

/**
 * cls_indicator_set_dimensions:
 * @self: a [class@Cls.Indicator]
 * @dimensions: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Indicator:dimensions]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_indicator_set_dimensions (ClsIndicator *self,
                             const char * const *dimensions)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_DIMENSIONS;
  if (_cls_strv_equal ((const char * const *) self->dimensions, dimensions))
    return;
  g_strfreev (self->dimensions);
  self->dimensions = _cls_strv_dup_or_null (dimensions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMENSIONS]);
}

/**
 * cls_indicator_get_state:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:state].
 *
 * Returns: the state
 *
 * Since: 1.0
 */
ClsIndicatorState
cls_indicator_get_state (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  if (!(self->own_mask & OWN_STATE))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_state (template);
    }
  return self->state;
}

/**
 * cls_indicator_set_state:
 * @self: a [class@Cls.Indicator]
 * @state: the new value
 *
 * Sets [property@Cls.Indicator:state].
 *
 * Since: 1.0
 */
void
cls_indicator_set_state (ClsIndicator *self,
                        ClsIndicatorState state)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_STATE;
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * cls_indicator_get_deliverables:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:deliverables].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the deliverables, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_indicator_get_deliverables (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  return (const char * const *) self->deliverables;
}

/**
 * cls_indicator_set_deliverables:
 * @self: a [class@Cls.Indicator]
 * @deliverables: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Indicator:deliverables]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_indicator_set_deliverables (ClsIndicator *self,
                               const char * const *deliverables)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  if (_cls_strv_equal ((const char * const *) self->deliverables, deliverables))
    return;
  g_strfreev (self->deliverables);
  self->deliverables = _cls_strv_dup_or_null (deliverables);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERABLES]);
}

/**
 * cls_indicator_get_due:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:due].
 *
 * Returns: (nullable) (transfer none): the due
 *
 * Since: 1.0
 */
const GDate *
cls_indicator_get_due (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_DUE))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_due (template);
    }
  return self->due;
}

/**
 * cls_indicator_set_due:
 * @self: a [class@Cls.Indicator]
 * @due: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:due].
 *
 * Since: 1.0
 */
void
cls_indicator_set_due (ClsIndicator *self,
                      const GDate *due)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));
  g_return_if_fail (due == NULL || g_date_valid (due));

  self->own_mask |= OWN_DUE;
  if (_cls_date_equal (self->due, due))
    return;
  g_clear_pointer (&self->due, g_date_free);
  if (due != NULL)
    self->due = g_date_copy (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

/**
 * cls_indicator_get_title:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_title (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_TITLE))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_title (template);
    }
  return self->title;
}

/**
 * cls_indicator_set_title:
 * @self: a [class@Cls.Indicator]
 * @title: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:title].
 *
 * Since: 1.0
 */
void
cls_indicator_set_title (ClsIndicator *self,
                        const char *title)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_TITLE;
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * cls_indicator_get_description:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_description (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_DESCRIPTION))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_description (template);
    }
  return self->description;
}

/**
 * cls_indicator_set_description:
 * @self: a [class@Cls.Indicator]
 * @description: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:description].
 *
 * Since: 1.0
 */
void
cls_indicator_set_description (ClsIndicator *self,
                              const char *description)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_DESCRIPTION;
  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * cls_indicator_get_condition:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:condition].
 *
 * Returns: (nullable): the condition
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_condition (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  return self->condition;
}

/**
 * cls_indicator_set_condition:
 * @self: a [class@Cls.Indicator]
 * @condition: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:condition].
 *
 * Since: 1.0
 */
void
cls_indicator_set_condition (ClsIndicator *self,
                            const char *condition)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  if (g_strcmp0 (self->condition, condition) == 0)
    return;
  g_free (self->condition);
  self->condition = g_strdup (condition);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION]);
}

/**
 * cls_indicator_get_condition_met:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:condition-met].
 *
 * Returns: the condition met
 *
 * Since: 1.0
 */
ClsConditionState
cls_indicator_get_condition_met (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);

  return self->condition_met;
}

/**
 * cls_indicator_set_condition_met:
 * @self: a [class@Cls.Indicator]
 * @condition_met: the new value
 *
 * Sets [property@Cls.Indicator:condition-met].
 *
 * Since: 1.0
 */
void
cls_indicator_set_condition_met (ClsIndicator *self,
                                ClsConditionState condition_met)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  if (self->condition_met == condition_met)
    return;
  self->condition_met = condition_met;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONDITION_MET]);
}

/**
 * cls_indicator_get_formula:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:formula].
 *
 * Returns: (nullable): the formula
 *
 * Since: 1.0
 */
const char *
cls_indicator_get_formula (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_FORMULA))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return cls_indicator_get_formula (template);
    }
  return self->formula;
}

/**
 * cls_indicator_set_formula:
 * @self: a [class@Cls.Indicator]
 * @formula: (nullable): the new value
 *
 * Sets [property@Cls.Indicator:formula].
 *
 * Since: 1.0
 */
void
cls_indicator_set_formula (ClsIndicator *self,
                          const char *formula)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));

  self->own_mask |= OWN_FORMULA;
  if (g_strcmp0 (self->formula, formula) == 0)
    return;
  g_free (self->formula);
  self->formula = g_strdup (formula);
  g_clear_pointer (&self->parsed_formula, _cls_formula_free);
  if (formula != NULL)
    self->parsed_formula = _cls_formula_parse (formula, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMULA]);
}

/* The effective formula, inherited from the template like the text is: the
 * two always agree, as both change only in cls_indicator_set_formula(). */
ClsFormula *
_cls_indicator_get_parsed_formula (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  if (!(self->own_mask & OWN_FORMULA))
    {
      ClsIndicator *template = _cls_indicator_get_template_object (self);
      if (template != NULL)
        return _cls_indicator_get_parsed_formula (template);
    }
  return self->parsed_formula;
}

static void
_cls_indicator_adopt (ClsIndicator *self,
                      GObject      *item)
{
  _cls_model_attach (item, _cls_model_get_contract (self));
}

static void
_cls_indicator_disown (ClsIndicator *self,
                       GObject      *item)
{
  _cls_model_detach (item, _cls_model_get_contract (self));
}

/* Created the first time it is asked for, as a node's lists are (see
 * node_list() in cls-node.c): templates and many indicators have no
 * targets. */
static ClsObjectList *
targets_store (ClsIndicator *self)
{
  ClsObjectList *store = g_atomic_pointer_get (&self->targets);

  if (G_LIKELY (store != NULL))
    return store;
  store = _cls_object_list_new (CLS_TYPE_TARGET);
  if (!g_atomic_pointer_compare_and_exchange (&self->targets, NULL, store))
    {
      g_object_unref (store);
      store = g_atomic_pointer_get (&self->targets);
    }
  return store;
}

GListModel *
_cls_indicator_peek_targets (ClsIndicator *self)
{
  ClsObjectList *list = g_atomic_pointer_get (&self->targets);

  return list != NULL ? G_LIST_MODEL (list) : _cls_empty_model ();
}

/**
 * cls_indicator_get_targets:
 * @self: a [class@Cls.Indicator]
 *
 * Gets the targets, as signed and as amended, as a list model of [class@Cls.Target] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Target]
 *
 * Since: 1.0
 */
GListModel *
cls_indicator_get_targets (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);

  return _cls_object_list_get_model (targets_store (self));
}

/**
 * cls_indicator_add_target:
 * @self: a [class@Cls.Indicator]
 * @target: the item to append to the targets, as signed and as amended
 *
 * Appends @target to [method@Cls.Indicator.get_targets]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_indicator_add_target (ClsIndicator *self,
                         ClsTarget *target)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));
  g_return_if_fail (CLS_IS_TARGET (target));

  _cls_indicator_adopt (self, G_OBJECT (target));
  _cls_object_list_append (targets_store (self), target);
  _cls_model_changed (self, "targets");
}

/**
 * cls_indicator_remove_target:
 * @self: a [class@Cls.Indicator]
 * @target: the item to remove
 *
 * Removes @target from [method@Cls.Indicator.get_targets].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_indicator_remove_target (ClsIndicator *self,
                            ClsTarget *target)
{
  guint position;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (CLS_IS_TARGET (target), FALSE);

  if (self->targets == NULL || !_cls_object_list_find (self->targets, target, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_indicator_disown (self, G_OBJECT (target));
  _cls_object_list_remove (self->targets, position);
  _cls_model_changed (self, "targets");
  return TRUE;
}

ClsIndicator *
_cls_indicator_get_template_object (ClsIndicator *self)
{
  ClsContract *contract;
  ClsIndicator *template;

  if (self->is_template || self->template == NULL)
    return NULL;
  contract = _cls_model_get_contract (self);
  if (contract == NULL)
    return NULL;
  template = cls_contract_lookup_indicator (contract, self->template);
  return template != NULL && template->is_template ? template : NULL;
}

void
_cls_indicator_set_is_template (ClsIndicator *self,
                                gboolean      is_template)
{
  self->is_template = !!is_template;
}

void
_cls_indicator_set_node (ClsIndicator *self,
                         ClsNode      *node)
{
  self->node = node;
}

static const struct {
  const char *name;
  guint64 bit;
} inheritable[] = {
  { "kind", OWN_KIND }, { "category", OWN_CATEGORY }, { "level", OWN_LEVEL },
  { "direction", OWN_DIRECTION }, { "aggregation", OWN_AGGREGATION },
  { "weight", OWN_WEIGHT }, { "unit", OWN_UNIT }, { "factor", OWN_FACTOR },
  { "scale", OWN_SCALE }, { "at-or-above", OWN_AT_OR_ABOVE },
  { "dimensions", OWN_DIMENSIONS }, { "state", OWN_STATE }, { "due", OWN_DUE },
  { "title", OWN_TITLE }, { "description", OWN_DESCRIPTION }, { "formula", OWN_FORMULA },
};

gboolean
_cls_indicator_is_inheritable (const char *property)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (inheritable); i++)
    if (g_str_equal (inheritable[i].name, property))
      return TRUE;
  return FALSE;
}

/**
 * cls_indicator_is_own:
 * @self: a [class@Cls.Indicator]
 * @property: the name of a property
 *
 * Whether the indicator sets @property itself, rather than taking it from
 * its template (or its default). Properties that templates cannot give are
 * always the indicator's own.
 *
 * Returns: %TRUE if the value is the indicator's own
 *
 * Since: 1.0
 */
gboolean
cls_indicator_is_own (ClsIndicator *self,
                      const char   *property)
{
  guint i;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  for (i = 0; i < G_N_ELEMENTS (inheritable); i++)
    if (g_str_equal (inheritable[i].name, property))
      return (self->own_mask & inheritable[i].bit) != 0;
  return TRUE;
}

/**
 * cls_indicator_is_template:
 * @self: a [class@Cls.Indicator]
 *
 * Whether this indicator is a template, in [method@Cls.Contract.get_templates].
 *
 * Returns: %TRUE for a template
 *
 * Since: 1.0
 */
gboolean
cls_indicator_is_template (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), FALSE);
  return self->is_template;
}

/**
 * cls_indicator_get_node:
 * @self: a [class@Cls.Indicator]
 *
 * Gets the node that holds the indicator.
 *
 * Returns: (transfer none) (nullable): the node, or %NULL for a template or
 *   an indicator not yet added to a node
 *
 * Since: 1.0
 */
ClsNode *
cls_indicator_get_node (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);
  return self->node;
}

/**
 * cls_indicator_get_effective_aggregation:
 * @self: a [class@Cls.Indicator]
 *
 * Gets the aggregation actually used: [property@Cls.Indicator:aggregation],
 * or when it is %CLS_AGGREGATION_DEFAULT, the kind's default (sum for
 * counts, pooled for ratios, last otherwise).
 *
 * Returns: the aggregation, never %CLS_AGGREGATION_DEFAULT
 *
 * Since: 1.0
 */
ClsAggregation
cls_indicator_get_effective_aggregation (ClsIndicator *self)
{
  ClsAggregation aggregation;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), CLS_AGGREGATION_LAST);

  aggregation = cls_indicator_get_aggregation (self);
  if (aggregation != CLS_AGGREGATION_DEFAULT)
    return aggregation;
  return _cls_indicator_kind_default_aggregation (cls_indicator_get_kind (self));
}

ClsAggregation
_cls_indicator_kind_default_aggregation (ClsIndicatorKind kind)
{
  switch (kind)
    {
    case CLS_INDICATOR_KIND_COUNT:
      return CLS_AGGREGATION_SUM;
    case CLS_INDICATOR_KIND_RATIO:
      return CLS_AGGREGATION_POOLED;
    case CLS_INDICATOR_KIND_AMOUNT:
    case CLS_INDICATOR_KIND_MILESTONE:
    case CLS_INDICATOR_KIND_ORDINAL:
    case CLS_INDICATOR_KIND_FORMULA:
    case CLS_INDICATOR_KIND_NARRATIVE:
    default:
      return CLS_AGGREGATION_LAST;
    }
}

/**
 * cls_indicator_get_baseline:
 * @self: a [class@Cls.Indicator]
 *
 * Gets [property@Cls.Indicator:baseline].
 *
 * Returns: (transfer none) (nullable): the baseline
 *
 * Since: 1.0
 */
ClsBaseline *
cls_indicator_get_baseline (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);
  return self->baseline;
}

/**
 * cls_indicator_set_baseline:
 * @self: a [class@Cls.Indicator]
 * @baseline: (nullable): the baseline
 *
 * Sets [property@Cls.Indicator:baseline].
 *
 * Since: 1.0
 */
void
cls_indicator_set_baseline (ClsIndicator *self,
                            ClsBaseline  *baseline)
{
  g_return_if_fail (CLS_IS_INDICATOR (self));
  g_return_if_fail (baseline == NULL || CLS_IS_BASELINE (baseline));

  if (self->baseline == baseline)
    return;
  if (self->baseline != NULL)
    _cls_model_detach (self->baseline, _cls_model_get_contract (self));
  g_set_object (&self->baseline, baseline);
  if (baseline != NULL)
    _cls_model_attach (baseline, _cls_model_get_contract (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE]);
}

/**
 * cls_indicator_get_n_measurements:
 * @self: a [class@Cls.Indicator]
 *
 * Gets the number of measurements.
 *
 * Returns: the number of measurements
 *
 * Since: 1.0
 */
guint
cls_indicator_get_n_measurements (ClsIndicator *self)
{
  g_return_val_if_fail (CLS_IS_INDICATOR (self), 0);
  return self->measurements.n;
}

/**
 * cls_indicator_dup_measurement:
 * @self: a [class@Cls.Indicator]
 * @index: an index below [method@Cls.Indicator.get_n_measurements]
 *
 * Gets a copy of a measurement. Measurements are ordered by period.
 *
 * Returns: (transfer full): the measurement
 *
 * Since: 1.0
 */
ClsMeasurement *
cls_indicator_dup_measurement (ClsIndicator *self,
                               guint         index)
{
  ClsMeasurement *copy;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (index < self->measurements.n, NULL);

  copy = g_new (ClsMeasurement, 1);
  _cls_measurement_init (copy);
  _cls_record_set_get (&self->measurements, index, copy);
  return copy;
}

/**
 * cls_indicator_lookup_measurement:
 * @self: a [class@Cls.Indicator]
 * @period: a period
 *
 * Looks up the measurement of exactly @period (same days and same way of
 * writing it), in logarithmic time.
 *
 * Returns: (transfer full) (nullable): a copy of the measurement, or %NULL
 *
 * Since: 1.0
 */
ClsMeasurement *
cls_indicator_lookup_measurement (ClsIndicator    *self,
                                  const ClsPeriod *period)
{
  guint index;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (!_cls_record_set_find (&self->measurements, cls_period_get_start_julian (period),
                             cls_period_get_end_julian (period), cls_period_get_kind (period), &index))
    return NULL;
  return cls_indicator_dup_measurement (self, index);
}

/**
 * cls_indicator_set_measurement:
 * @self: a [class@Cls.Indicator]
 * @measurement: a measurement
 *
 * Stores a copy of @measurement, replacing the measurement of the same
 * period if there is one.
 *
 * Returns: %TRUE if a measurement was replaced, %FALSE if it was added
 *
 * Since: 1.0
 */
gboolean
cls_indicator_set_measurement (ClsIndicator         *self,
                               const ClsMeasurement *measurement)
{
  guint index;
  gboolean replaced;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (measurement != NULL, FALSE);

  replaced = _cls_record_set_find (&self->measurements, measurement->start, measurement->end,
                                   measurement->kind, &index);
  _cls_record_set_store (&self->measurements, index, replaced, measurement, NULL);
  _cls_model_changed (self, "measurements");
  return replaced;
}

/**
 * cls_indicator_remove_measurement:
 * @self: a [class@Cls.Indicator]
 * @period: a period
 *
 * Removes the measurement of exactly @period.
 *
 * Returns: %TRUE if there was one
 *
 * Since: 1.0
 */
gboolean
cls_indicator_remove_measurement (ClsIndicator    *self,
                                  const ClsPeriod *period)
{
  guint index;

  g_return_val_if_fail (CLS_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (!_cls_record_set_find (&self->measurements, cls_period_get_start_julian (period),
                             cls_period_get_end_julian (period), cls_period_get_kind (period), &index))
    return FALSE;
  _cls_record_set_remove (&self->measurements, index);
  _cls_model_changed (self, "measurements");
  return TRUE;
}

const ClsRecordSet *
_cls_indicator_peek_measurements (ClsIndicator *self)
{
  return &self->measurements;
}

ClsRecordSet *
_cls_indicator_get_measurements (ClsIndicator *self)
{
  return &self->measurements;
}
