/* cls-baseline.c: ClsBaseline
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "cls-baseline.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsBaseline:
 *
 * The baseline of an indicator: its value before the contract.
 *
 * Since: 1.0
 */

struct _ClsBaseline
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  double value;
  guint has_value : 1;
  double numerator;
  guint has_numerator : 1;
  double denominator;
  guint has_denominator : 1;
  char *level;
  ClsPeriod *period;
  char *source;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsBaseline, cls_baseline, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsBaseline);

enum {
  PROP_0,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_NUMERATOR,
  PROP_HAS_NUMERATOR,
  PROP_DENOMINATOR,
  PROP_HAS_DENOMINATOR,
  PROP_LEVEL,
  PROP_PERIOD,
  PROP_SOURCE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_baseline_finalize (GObject *object)
{
  ClsBaseline *self = (ClsBaseline *) object;

  g_free (self->level);
  g_clear_pointer (&self->period, cls_period_free);
  g_free (self->source);
  g_free (self->text);


  G_OBJECT_CLASS (cls_baseline_parent_class)->finalize (object);
}

static void
cls_baseline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ClsBaseline *self = CLS_BASELINE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, cls_baseline_get_value (self));
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, cls_baseline_has_value (self));
      break;

    case PROP_NUMERATOR:
      g_value_set_double (value, cls_baseline_get_numerator (self));
      break;

    case PROP_HAS_NUMERATOR:
      g_value_set_boolean (value, cls_baseline_has_numerator (self));
      break;

    case PROP_DENOMINATOR:
      g_value_set_double (value, cls_baseline_get_denominator (self));
      break;

    case PROP_HAS_DENOMINATOR:
      g_value_set_boolean (value, cls_baseline_has_denominator (self));
      break;

    case PROP_LEVEL:
      g_value_set_string (value, cls_baseline_get_level (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, cls_baseline_get_period (self));
      break;

    case PROP_SOURCE:
      g_value_set_string (value, cls_baseline_get_source (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_baseline_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_baseline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ClsBaseline *self = CLS_BASELINE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      cls_baseline_set_value (self, g_value_get_double (value));
      break;

    case PROP_NUMERATOR:
      cls_baseline_set_numerator (self, g_value_get_double (value));
      break;

    case PROP_DENOMINATOR:
      cls_baseline_set_denominator (self, g_value_get_double (value));
      break;

    case PROP_LEVEL:
      cls_baseline_set_level (self, g_value_get_string (value));
      break;

    case PROP_PERIOD:
      cls_baseline_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCE:
      cls_baseline_set_source (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      cls_baseline_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_baseline_class_init (ClsBaselineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_baseline_finalize;
  object_class->get_property = cls_baseline_get_property;
  object_class->set_property = cls_baseline_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsBaseline:value: (attributes org.gtk.Property.get=cls_baseline_get_value org.gtk.Property.set=cls_baseline_set_value)
   *
   * The baseline value. It is the `value` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:has-value: (attributes org.gtk.Property.get=cls_baseline_has_value)
   *
   * Whether [property@Cls.Baseline:value] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:numerator: (attributes org.gtk.Property.get=cls_baseline_get_numerator org.gtk.Property.set=cls_baseline_set_numerator)
   *
   * The numerator of a ratio. It is the `numerator` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NUMERATOR] =
    g_param_spec_double ("numerator", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:has-numerator: (attributes org.gtk.Property.get=cls_baseline_has_numerator)
   *
   * Whether [property@Cls.Baseline:numerator] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_NUMERATOR] =
    g_param_spec_boolean ("has-numerator", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:denominator: (attributes org.gtk.Property.get=cls_baseline_get_denominator org.gtk.Property.set=cls_baseline_set_denominator)
   *
   * The denominator of a ratio. It is the `denominator` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DENOMINATOR] =
    g_param_spec_double ("denominator", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:has-denominator: (attributes org.gtk.Property.get=cls_baseline_has_denominator)
   *
   * Whether [property@Cls.Baseline:denominator] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_DENOMINATOR] =
    g_param_spec_boolean ("has-denominator", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:level: (attributes org.gtk.Property.get=cls_baseline_get_level org.gtk.Property.set=cls_baseline_set_level)
   *
   * For an ordinal indicator, the key of the baseline level. It is the `level` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:period: (attributes org.gtk.Property.get=cls_baseline_get_period org.gtk.Property.set=cls_baseline_set_period)
   *
   * When the baseline was observed. It is the `period` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, CLS_TYPE_PERIOD, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:source: (attributes org.gtk.Property.get=cls_baseline_get_source org.gtk.Property.set=cls_baseline_set_source)
   *
   * Where the figure comes from (“Insee RP 2021”). It is the `source` attribute of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBaseline:text: (attributes org.gtk.Property.get=cls_baseline_get_text org.gtk.Property.set=cls_baseline_set_text)
   *
   * The text as written in the contract. It is the text of `<baseline>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_baseline_init (ClsBaseline *self)
{
}

/**
 * cls_baseline_new:
 *
 * Creates a new baseline.
 *
 * Returns: (transfer full): a new [class@Cls.Baseline]
 *
 * Since: 1.0
 */
ClsBaseline *
cls_baseline_new (void)
{
  return g_object_new (CLS_TYPE_BASELINE, NULL);
}

/**
 * cls_baseline_get_value:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:value]. It is only meaningful when [method@Cls.Baseline.has_value] returns %TRUE.
 *
 * Returns: the value, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_baseline_get_value (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), 0);

  return self->value;
}

/**
 * cls_baseline_has_value:
 * @self: a [class@Cls.Baseline]
 *
 * Whether [property@Cls.Baseline:value] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_baseline_has_value (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), FALSE);

  return self->has_value;
}

/**
 * cls_baseline_set_value:
 * @self: a [class@Cls.Baseline]
 * @value: the new value
 *
 * Sets [property@Cls.Baseline:value]; it is then set ([property@Cls.Baseline:has-value]).
 *
 * Since: 1.0
 */
void
cls_baseline_set_value (ClsBaseline *self,
                       double value)
{
  g_return_if_fail (CLS_IS_BASELINE (self));
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
 * cls_baseline_unset_value:
 * @self: a [class@Cls.Baseline]
 *
 * Unsets [property@Cls.Baseline:value].
 *
 * Since: 1.0
 */
void
cls_baseline_unset_value (ClsBaseline *self)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

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
 * cls_baseline_get_numerator:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:numerator]. It is only meaningful when [method@Cls.Baseline.has_numerator] returns %TRUE.
 *
 * Returns: the numerator, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_baseline_get_numerator (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), 0);

  return self->numerator;
}

/**
 * cls_baseline_has_numerator:
 * @self: a [class@Cls.Baseline]
 *
 * Whether [property@Cls.Baseline:numerator] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_baseline_has_numerator (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), FALSE);

  return self->has_numerator;
}

/**
 * cls_baseline_set_numerator:
 * @self: a [class@Cls.Baseline]
 * @numerator: the new value
 *
 * Sets [property@Cls.Baseline:numerator]; it is then set ([property@Cls.Baseline:has-numerator]).
 *
 * Since: 1.0
 */
void
cls_baseline_set_numerator (ClsBaseline *self,
                           double numerator)
{
  g_return_if_fail (CLS_IS_BASELINE (self));
  g_return_if_fail (isfinite (numerator));

  if (self->has_numerator && self->numerator == numerator)
    return;
  self->numerator = numerator;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_numerator)
    {
      self->has_numerator = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NUMERATOR]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMERATOR]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_baseline_unset_numerator:
 * @self: a [class@Cls.Baseline]
 *
 * Unsets [property@Cls.Baseline:numerator].
 *
 * Since: 1.0
 */
void
cls_baseline_unset_numerator (ClsBaseline *self)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (!self->has_numerator)
    return;
  self->has_numerator = FALSE;
  self->numerator = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_NUMERATOR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMERATOR]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_baseline_get_denominator:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:denominator]. It is only meaningful when [method@Cls.Baseline.has_denominator] returns %TRUE.
 *
 * Returns: the denominator, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_baseline_get_denominator (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), 0);

  return self->denominator;
}

/**
 * cls_baseline_has_denominator:
 * @self: a [class@Cls.Baseline]
 *
 * Whether [property@Cls.Baseline:denominator] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_baseline_has_denominator (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), FALSE);

  return self->has_denominator;
}

/**
 * cls_baseline_set_denominator:
 * @self: a [class@Cls.Baseline]
 * @denominator: the new value
 *
 * Sets [property@Cls.Baseline:denominator]; it is then set ([property@Cls.Baseline:has-denominator]).
 *
 * Since: 1.0
 */
void
cls_baseline_set_denominator (ClsBaseline *self,
                             double denominator)
{
  g_return_if_fail (CLS_IS_BASELINE (self));
  g_return_if_fail (isfinite (denominator));

  if (self->has_denominator && self->denominator == denominator)
    return;
  self->denominator = denominator;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_denominator)
    {
      self->has_denominator = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DENOMINATOR]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DENOMINATOR]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_baseline_unset_denominator:
 * @self: a [class@Cls.Baseline]
 *
 * Unsets [property@Cls.Baseline:denominator].
 *
 * Since: 1.0
 */
void
cls_baseline_unset_denominator (ClsBaseline *self)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (!self->has_denominator)
    return;
  self->has_denominator = FALSE;
  self->denominator = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DENOMINATOR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DENOMINATOR]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_baseline_get_level:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:level].
 *
 * Returns: (nullable): the level
 *
 * Since: 1.0
 */
const char *
cls_baseline_get_level (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), NULL);

  return self->level;
}

/**
 * cls_baseline_set_level:
 * @self: a [class@Cls.Baseline]
 * @level: (nullable): the new value
 *
 * Sets [property@Cls.Baseline:level].
 *
 * Since: 1.0
 */
void
cls_baseline_set_level (ClsBaseline *self,
                       const char *level)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;
  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * cls_baseline_get_period:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:period].
 *
 * Returns: (nullable) (transfer none): the period
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_baseline_get_period (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), NULL);

  return self->period;
}

/**
 * cls_baseline_set_period:
 * @self: a [class@Cls.Baseline]
 * @period: (nullable): the new value
 *
 * Sets [property@Cls.Baseline:period].
 *
 * Since: 1.0
 */
void
cls_baseline_set_period (ClsBaseline *self,
                        const ClsPeriod *period)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (_cls_period_equal0 (self->period, period))
    return;
  g_clear_pointer (&self->period, cls_period_free);
  if (period != NULL)
    self->period = cls_period_copy (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * cls_baseline_get_source:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:source].
 *
 * Returns: (nullable): the source
 *
 * Since: 1.0
 */
const char *
cls_baseline_get_source (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), NULL);

  return self->source;
}

/**
 * cls_baseline_set_source:
 * @self: a [class@Cls.Baseline]
 * @source: (nullable): the new value
 *
 * Sets [property@Cls.Baseline:source].
 *
 * Since: 1.0
 */
void
cls_baseline_set_source (ClsBaseline *self,
                        const char *source)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (g_strcmp0 (self->source, source) == 0)
    return;
  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * cls_baseline_get_text:
 * @self: a [class@Cls.Baseline]
 *
 * Gets [property@Cls.Baseline:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_baseline_get_text (ClsBaseline *self)
{
  g_return_val_if_fail (CLS_IS_BASELINE (self), NULL);

  return self->text;
}

/**
 * cls_baseline_set_text:
 * @self: a [class@Cls.Baseline]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.Baseline:text].
 *
 * Since: 1.0
 */
void
cls_baseline_set_text (ClsBaseline *self,
                      const char *text)
{
  g_return_if_fail (CLS_IS_BASELINE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


