/* cls-figure.c: ClsFigure
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "cls-figure.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsFigure:
 *
 * A context figure of the diagnostic: a population, a rate, a comparison.
 *
 * Since: 1.0
 */

struct _ClsFigure
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  double value;
  guint has_value : 1;
  char *unit;
  ClsPeriod *period;
  char *source;
  char *label;
  char *territory;
  char *comparison;
  char *comment;

};

G_DEFINE_FINAL_TYPE (ClsFigure, cls_figure, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsFigure);

enum {
  PROP_0,
  PROP_ID,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_UNIT,
  PROP_PERIOD,
  PROP_SOURCE,
  PROP_LABEL,
  PROP_TERRITORY,
  PROP_COMPARISON,
  PROP_COMMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_figure_finalize (GObject *object)
{
  ClsFigure *self = (ClsFigure *) object;

  g_free (self->id);
  g_free (self->unit);
  g_clear_pointer (&self->period, cls_period_free);
  g_free (self->source);
  g_free (self->label);
  g_free (self->territory);
  g_free (self->comparison);
  g_free (self->comment);


  G_OBJECT_CLASS (cls_figure_parent_class)->finalize (object);
}

static void
cls_figure_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ClsFigure *self = CLS_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_figure_get_id (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, cls_figure_get_value (self));
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, cls_figure_has_value (self));
      break;

    case PROP_UNIT:
      g_value_set_string (value, cls_figure_get_unit (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, cls_figure_get_period (self));
      break;

    case PROP_SOURCE:
      g_value_set_string (value, cls_figure_get_source (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, cls_figure_get_label (self));
      break;

    case PROP_TERRITORY:
      g_value_set_string (value, cls_figure_get_territory (self));
      break;

    case PROP_COMPARISON:
      g_value_set_string (value, cls_figure_get_comparison (self));
      break;

    case PROP_COMMENT:
      g_value_set_string (value, cls_figure_get_comment (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_figure_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ClsFigure *self = CLS_FIGURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      cls_figure_set_value (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      cls_figure_set_unit (self, g_value_get_string (value));
      break;

    case PROP_PERIOD:
      cls_figure_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCE:
      cls_figure_set_source (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      cls_figure_set_label (self, g_value_get_string (value));
      break;

    case PROP_TERRITORY:
      cls_figure_set_territory (self, g_value_get_string (value));
      break;

    case PROP_COMPARISON:
      cls_figure_set_comparison (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      cls_figure_set_comment (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_figure_class_init (ClsFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_figure_finalize;
  object_class->get_property = cls_figure_get_property;
  object_class->set_property = cls_figure_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsFigure:id: (attributes org.gtk.Property.get=cls_figure_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:value: (attributes org.gtk.Property.get=cls_figure_get_value org.gtk.Property.set=cls_figure_set_value)
   *
   * The figure’s value. It is the `value` attribute of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:has-value: (attributes org.gtk.Property.get=cls_figure_has_value)
   *
   * Whether [property@Cls.Figure:value] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:unit: (attributes org.gtk.Property.get=cls_figure_get_unit org.gtk.Property.set=cls_figure_set_unit)
   *
   * The unit (“habitants”, “%”, “€”). It is the `unit` attribute of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:period: (attributes org.gtk.Property.get=cls_figure_get_period org.gtk.Property.set=cls_figure_set_period)
   *
   * The period the figure describes. It is the `period` attribute of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, CLS_TYPE_PERIOD, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:source: (attributes org.gtk.Property.get=cls_figure_get_source org.gtk.Property.set=cls_figure_set_source)
   *
   * Where the figure comes from (“Insee RP 2021”). It is the `source` attribute of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:label: (attributes org.gtk.Property.get=cls_figure_get_label org.gtk.Property.set=cls_figure_set_label)
   *
   * The label, as written. It is the text of the `<label>` child of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:territory: (attributes org.gtk.Property.get=cls_figure_get_territory org.gtk.Property.set=cls_figure_set_territory)
   *
   * The territory the figure describes, when it is not the contract’s. It is the text of the `<territory>` child of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TERRITORY] =
    g_param_spec_string ("territory", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:comparison: (attributes org.gtk.Property.get=cls_figure_get_comparison org.gtk.Property.set=cls_figure_set_comparison)
   *
   * A comparison, as written (“+ 30,2 % vs France hexagonale”). It is the text of the `<comparison>` child of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_COMPARISON] =
    g_param_spec_string ("comparison", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFigure:comment: (attributes org.gtk.Property.get=cls_figure_get_comment org.gtk.Property.set=cls_figure_set_comment)
   *
   * A comment. It is the text of the `<comment>` child of `<figure>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_figure_init (ClsFigure *self)
{
}

/**
 * cls_figure_new:
 * @id: the figure’s id, unique in its contract
 *
 * Creates a new figure.
 *
 * Returns: (transfer full): a new [class@Cls.Figure]
 *
 * Since: 1.0
 */
ClsFigure *
cls_figure_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_FIGURE, "id", id, NULL);
}

/**
 * cls_figure_get_id:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_figure_get_id (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->id;
}

/**
 * cls_figure_get_value:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:value]. It is only meaningful when [method@Cls.Figure.has_value] returns %TRUE.
 *
 * Returns: the value, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_figure_get_value (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), 0);

  return self->value;
}

/**
 * cls_figure_has_value:
 * @self: a [class@Cls.Figure]
 *
 * Whether [property@Cls.Figure:value] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_figure_has_value (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), FALSE);

  return self->has_value;
}

/**
 * cls_figure_set_value:
 * @self: a [class@Cls.Figure]
 * @value: the new value
 *
 * Sets [property@Cls.Figure:value]; it is then set ([property@Cls.Figure:has-value]).
 *
 * Since: 1.0
 */
void
cls_figure_set_value (ClsFigure *self,
                     double value)
{
  g_return_if_fail (CLS_IS_FIGURE (self));
  g_return_if_fail (isfinite (value));

  if (self->has_value && self->value == value)
    return;
  self->value = value;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_value)
    {
      self->has_value = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALUE]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_figure_unset_value:
 * @self: a [class@Cls.Figure]
 *
 * Unsets [property@Cls.Figure:value].
 *
 * Since: 1.0
 */
void
cls_figure_unset_value (ClsFigure *self)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (!self->has_value)
    return;
  self->has_value = FALSE;
  self->value = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VALUE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_figure_get_unit:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:unit].
 *
 * Returns: (nullable): the unit
 *
 * Since: 1.0
 */
const char *
cls_figure_get_unit (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->unit;
}

/**
 * cls_figure_set_unit:
 * @self: a [class@Cls.Figure]
 * @unit: (nullable): the new value
 *
 * Sets [property@Cls.Figure:unit].
 *
 * Since: 1.0
 */
void
cls_figure_set_unit (ClsFigure *self,
                    const char *unit)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->unit, unit) == 0)
    return;
  g_free (self->unit);
  self->unit = g_strdup (unit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

/**
 * cls_figure_get_period:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:period].
 *
 * Returns: (nullable) (transfer none): the period
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_figure_get_period (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->period;
}

/**
 * cls_figure_set_period:
 * @self: a [class@Cls.Figure]
 * @period: (nullable): the new value
 *
 * Sets [property@Cls.Figure:period].
 *
 * Since: 1.0
 */
void
cls_figure_set_period (ClsFigure *self,
                      const ClsPeriod *period)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (_cls_period_equal0 (self->period, period))
    return;
  g_clear_pointer (&self->period, cls_period_free);
  if (period != NULL)
    self->period = cls_period_copy (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * cls_figure_get_source:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:source].
 *
 * Returns: (nullable): the source
 *
 * Since: 1.0
 */
const char *
cls_figure_get_source (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->source;
}

/**
 * cls_figure_set_source:
 * @self: a [class@Cls.Figure]
 * @source: (nullable): the new value
 *
 * Sets [property@Cls.Figure:source].
 *
 * Since: 1.0
 */
void
cls_figure_set_source (ClsFigure *self,
                      const char *source)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->source, source) == 0)
    return;
  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * cls_figure_get_label:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:label].
 *
 * Returns: (nullable): the label
 *
 * Since: 1.0
 */
const char *
cls_figure_get_label (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->label;
}

/**
 * cls_figure_set_label:
 * @self: a [class@Cls.Figure]
 * @label: (nullable): the new value
 *
 * Sets [property@Cls.Figure:label].
 *
 * Since: 1.0
 */
void
cls_figure_set_label (ClsFigure *self,
                     const char *label)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * cls_figure_get_territory:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:territory].
 *
 * Returns: (nullable): the territory
 *
 * Since: 1.0
 */
const char *
cls_figure_get_territory (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->territory;
}

/**
 * cls_figure_set_territory:
 * @self: a [class@Cls.Figure]
 * @territory: (nullable): the new value
 *
 * Sets [property@Cls.Figure:territory].
 *
 * Since: 1.0
 */
void
cls_figure_set_territory (ClsFigure *self,
                         const char *territory)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->territory, territory) == 0)
    return;
  g_free (self->territory);
  self->territory = g_strdup (territory);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERRITORY]);
}

/**
 * cls_figure_get_comparison:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:comparison].
 *
 * Returns: (nullable): the comparison
 *
 * Since: 1.0
 */
const char *
cls_figure_get_comparison (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->comparison;
}

/**
 * cls_figure_set_comparison:
 * @self: a [class@Cls.Figure]
 * @comparison: (nullable): the new value
 *
 * Sets [property@Cls.Figure:comparison].
 *
 * Since: 1.0
 */
void
cls_figure_set_comparison (ClsFigure *self,
                          const char *comparison)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->comparison, comparison) == 0)
    return;
  g_free (self->comparison);
  self->comparison = g_strdup (comparison);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * cls_figure_get_comment:
 * @self: a [class@Cls.Figure]
 *
 * Gets [property@Cls.Figure:comment].
 *
 * Returns: (nullable): the comment
 *
 * Since: 1.0
 */
const char *
cls_figure_get_comment (ClsFigure *self)
{
  g_return_val_if_fail (CLS_IS_FIGURE (self), NULL);

  return self->comment;
}

/**
 * cls_figure_set_comment:
 * @self: a [class@Cls.Figure]
 * @comment: (nullable): the new value
 *
 * Sets [property@Cls.Figure:comment].
 *
 * Since: 1.0
 */
void
cls_figure_set_comment (ClsFigure *self,
                       const char *comment)
{
  g_return_if_fail (CLS_IS_FIGURE (self));

  if (g_strcmp0 (self->comment, comment) == 0)
    return;
  g_free (self->comment);
  self->comment = g_strdup (comment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENT]);
}


