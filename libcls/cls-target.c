/* cls-target.c: ClsTarget
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "cls-target.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsTarget:
 *
 * A target of an indicator: final, for a period, recurring, or per dimension value.
 *
 * Since: 1.0
 */

struct _ClsTarget
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  /* the small fields together, so that they leave no holes */
  guint has_value : 1;
  gboolean done;
  ClsRecurrence recurring;
  ClsComparator comparator;
  double value;
  char *level;
  GDate *due;
  ClsPeriod *period;
  char *dimension;
  char **keys;
  char *amendment;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsTarget, cls_target, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsTarget);

enum {
  PROP_0,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_LEVEL,
  PROP_DONE,
  PROP_DUE,
  PROP_PERIOD,
  PROP_RECURRING,
  PROP_DIMENSION,
  PROP_KEYS,
  PROP_COMPARATOR,
  PROP_AMENDMENT,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_target_finalize (GObject *object)
{
  ClsTarget *self = (ClsTarget *) object;

  g_free (self->level);
  g_clear_pointer (&self->due, g_date_free);
  g_clear_pointer (&self->period, cls_period_free);
  g_free (self->dimension);
  g_strfreev (self->keys);
  g_free (self->amendment);
  g_free (self->text);


  G_OBJECT_CLASS (cls_target_parent_class)->finalize (object);
}

static void
cls_target_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ClsTarget *self = CLS_TARGET (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, cls_target_get_value (self));
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, cls_target_has_value (self));
      break;

    case PROP_LEVEL:
      g_value_set_string (value, cls_target_get_level (self));
      break;

    case PROP_DONE:
      g_value_set_boolean (value, cls_target_get_done (self));
      break;

    case PROP_DUE:
      g_value_set_boxed (value, cls_target_get_due (self));
      break;

    case PROP_PERIOD:
      g_value_set_boxed (value, cls_target_get_period (self));
      break;

    case PROP_RECURRING:
      g_value_set_enum (value, cls_target_get_recurring (self));
      break;

    case PROP_DIMENSION:
      g_value_set_string (value, cls_target_get_dimension (self));
      break;

    case PROP_KEYS:
      g_value_set_boxed (value, cls_target_get_keys (self));
      break;

    case PROP_COMPARATOR:
      g_value_set_enum (value, cls_target_get_comparator (self));
      break;

    case PROP_AMENDMENT:
      g_value_set_string (value, cls_target_get_amendment (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_target_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_target_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ClsTarget *self = CLS_TARGET (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      cls_target_set_value (self, g_value_get_double (value));
      break;

    case PROP_LEVEL:
      cls_target_set_level (self, g_value_get_string (value));
      break;

    case PROP_DONE:
      cls_target_set_done (self, g_value_get_boolean (value));
      break;

    case PROP_DUE:
      cls_target_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_PERIOD:
      cls_target_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_RECURRING:
      cls_target_set_recurring (self, g_value_get_enum (value));
      break;

    case PROP_DIMENSION:
      cls_target_set_dimension (self, g_value_get_string (value));
      break;

    case PROP_KEYS:
      cls_target_set_keys (self, g_value_get_boxed (value));
      break;

    case PROP_COMPARATOR:
      cls_target_set_comparator (self, g_value_get_enum (value));
      break;

    case PROP_AMENDMENT:
      cls_target_set_amendment (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      cls_target_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_target_class_init (ClsTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_target_finalize;
  object_class->get_property = cls_target_get_property;
  object_class->set_property = cls_target_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsTarget:value: (attributes org.gtk.Property.get=cls_target_get_value org.gtk.Property.set=cls_target_set_value)
   *
   * The target value (for a ratio, in factor units: 85 means 85 %). It is the `value` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:has-value: (attributes org.gtk.Property.get=cls_target_has_value)
   *
   * Whether [property@Cls.Target:value] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:level: (attributes org.gtk.Property.get=cls_target_get_level org.gtk.Property.set=cls_target_set_level)
   *
   * For an ordinal indicator, the key of the target level. It is the `level` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:done: (attributes org.gtk.Property.get=cls_target_get_done org.gtk.Property.set=cls_target_set_done)
   *
   * For a milestone, whether the target is to have it done. It is the `done` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:due: (attributes org.gtk.Property.get=cls_target_get_due org.gtk.Property.set=cls_target_set_due)
   *
   * For a milestone, the date by which it is due. It is the `due` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:period: (attributes org.gtk.Property.get=cls_target_get_period org.gtk.Property.set=cls_target_set_period)
   *
   * For a period target, the period; %NULL for a final or recurring target. It is the `period` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, CLS_TYPE_PERIOD, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:recurring: (attributes org.gtk.Property.get=cls_target_get_recurring org.gtk.Property.set=cls_target_set_recurring)
   *
   * Whether the target recurs every year. It is the `recurring` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_RECURRING] =
    g_param_spec_enum ("recurring", NULL, NULL, CLS_TYPE_RECURRENCE, CLS_RECURRENCE_NONE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:dimension: (attributes org.gtk.Property.get=cls_target_get_dimension org.gtk.Property.set=cls_target_set_dimension)
   *
   * For a per-dimension target, the dimension (“commune”). It is the `dimension` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] =
    g_param_spec_string ("dimension", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:keys: (attributes org.gtk.Property.get=cls_target_get_keys org.gtk.Property.set=cls_target_set_keys)
   *
   * For a per-dimension target, the dimension values expected; %NULL means every commune for the `commune` dimension. It is the `keys` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KEYS] =
    g_param_spec_boxed ("keys", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:comparator: (attributes org.gtk.Property.get=cls_target_get_comparator org.gtk.Property.set=cls_target_set_comparator)
   *
   * How the value is compared with the target. It is the `comparator` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_COMPARATOR] =
    g_param_spec_enum ("comparator", NULL, NULL, CLS_TYPE_COMPARATOR, CLS_COMPARATOR_DEFAULT, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:amendment: (attributes org.gtk.Property.get=cls_target_get_amendment org.gtk.Property.set=cls_target_set_amendment)
   *
   * The id of the amendment (avenant) that added this, or %NULL when it was there at signature. It is the `amendment` attribute of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AMENDMENT] =
    g_param_spec_string ("amendment", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsTarget:text: (attributes org.gtk.Property.get=cls_target_get_text org.gtk.Property.set=cls_target_set_text)
   *
   * The text as written in the contract. It is the text of `<target>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_target_init (ClsTarget *self)
{
  self->done = FALSE;
  self->recurring = CLS_RECURRENCE_NONE;
  self->comparator = CLS_COMPARATOR_DEFAULT;
}

/**
 * cls_target_new:
 *
 * Creates a new target.
 *
 * Returns: (transfer full): a new [class@Cls.Target]
 *
 * Since: 1.0
 */
ClsTarget *
cls_target_new (void)
{
  return g_object_new (CLS_TYPE_TARGET, NULL);
}

/**
 * cls_target_get_value:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:value]. It is only meaningful when [method@Cls.Target.has_value] returns %TRUE.
 *
 * Returns: the value, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_target_get_value (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), 0);

  return self->value;
}

/**
 * cls_target_has_value:
 * @self: a [class@Cls.Target]
 *
 * Whether [property@Cls.Target:value] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_target_has_value (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), FALSE);

  return self->has_value;
}

/**
 * cls_target_set_value:
 * @self: a [class@Cls.Target]
 * @value: the new value
 *
 * Sets [property@Cls.Target:value]; it is then set ([property@Cls.Target:has-value]).
 *
 * Since: 1.0
 */
void
cls_target_set_value (ClsTarget *self,
                     double value)
{
  g_return_if_fail (CLS_IS_TARGET (self));
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
 * cls_target_unset_value:
 * @self: a [class@Cls.Target]
 *
 * Unsets [property@Cls.Target:value].
 *
 * Since: 1.0
 */
void
cls_target_unset_value (ClsTarget *self)
{
  g_return_if_fail (CLS_IS_TARGET (self));

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
 * cls_target_get_level:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:level].
 *
 * Returns: (nullable): the level
 *
 * Since: 1.0
 */
const char *
cls_target_get_level (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->level;
}

/**
 * cls_target_set_level:
 * @self: a [class@Cls.Target]
 * @level: (nullable): the new value
 *
 * Sets [property@Cls.Target:level].
 *
 * Since: 1.0
 */
void
cls_target_set_level (ClsTarget *self,
                     const char *level)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;
  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * cls_target_get_done:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:done].
 *
 * Returns: the done
 *
 * Since: 1.0
 */
gboolean
cls_target_get_done (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), 0);

  return self->done;
}

/**
 * cls_target_set_done:
 * @self: a [class@Cls.Target]
 * @done: the new value
 *
 * Sets [property@Cls.Target:done].
 *
 * Since: 1.0
 */
void
cls_target_set_done (ClsTarget *self,
                    gboolean done)
{
  g_return_if_fail (CLS_IS_TARGET (self));
  done = !!done;

  if (self->done == done)
    return;
  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

/**
 * cls_target_get_due:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:due].
 *
 * Returns: (nullable) (transfer none): the due
 *
 * Since: 1.0
 */
const GDate *
cls_target_get_due (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->due;
}

/**
 * cls_target_set_due:
 * @self: a [class@Cls.Target]
 * @due: (nullable): the new value
 *
 * Sets [property@Cls.Target:due].
 *
 * Since: 1.0
 */
void
cls_target_set_due (ClsTarget *self,
                   const GDate *due)
{
  g_return_if_fail (CLS_IS_TARGET (self));
  g_return_if_fail (due == NULL || g_date_valid (due));

  if (_cls_date_equal (self->due, due))
    return;
  g_clear_pointer (&self->due, g_date_free);
  if (due != NULL)
    self->due = g_date_copy (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

/**
 * cls_target_get_period:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:period].
 *
 * Returns: (nullable) (transfer none): the period
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_target_get_period (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->period;
}

/**
 * cls_target_set_period:
 * @self: a [class@Cls.Target]
 * @period: (nullable): the new value
 *
 * Sets [property@Cls.Target:period].
 *
 * Since: 1.0
 */
void
cls_target_set_period (ClsTarget *self,
                      const ClsPeriod *period)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (_cls_period_equal0 (self->period, period))
    return;
  g_clear_pointer (&self->period, cls_period_free);
  if (period != NULL)
    self->period = cls_period_copy (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * cls_target_get_recurring:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:recurring].
 *
 * Returns: the recurring
 *
 * Since: 1.0
 */
ClsRecurrence
cls_target_get_recurring (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), 0);

  return self->recurring;
}

/**
 * cls_target_set_recurring:
 * @self: a [class@Cls.Target]
 * @recurring: the new value
 *
 * Sets [property@Cls.Target:recurring].
 *
 * Since: 1.0
 */
void
cls_target_set_recurring (ClsTarget *self,
                         ClsRecurrence recurring)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (self->recurring == recurring)
    return;
  self->recurring = recurring;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRING]);
}

/**
 * cls_target_get_dimension:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:dimension].
 *
 * Returns: (nullable): the dimension
 *
 * Since: 1.0
 */
const char *
cls_target_get_dimension (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->dimension;
}

/**
 * cls_target_set_dimension:
 * @self: a [class@Cls.Target]
 * @dimension: (nullable): the new value
 *
 * Sets [property@Cls.Target:dimension].
 *
 * Since: 1.0
 */
void
cls_target_set_dimension (ClsTarget *self,
                         const char *dimension)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (g_strcmp0 (self->dimension, dimension) == 0)
    return;
  g_free (self->dimension);
  self->dimension = g_strdup (dimension);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMENSION]);
}

/**
 * cls_target_get_keys:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:keys].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the keys, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_target_get_keys (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return (const char * const *) self->keys;
}

/**
 * cls_target_set_keys:
 * @self: a [class@Cls.Target]
 * @keys: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Target:keys]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_target_set_keys (ClsTarget *self,
                    const char * const *keys)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (_cls_strv_equal ((const char * const *) self->keys, keys))
    return;
  g_strfreev (self->keys);
  self->keys = _cls_strv_dup_or_null (keys);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYS]);
}

/**
 * cls_target_get_comparator:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:comparator].
 *
 * Returns: the comparator
 *
 * Since: 1.0
 */
ClsComparator
cls_target_get_comparator (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), 0);

  return self->comparator;
}

/**
 * cls_target_set_comparator:
 * @self: a [class@Cls.Target]
 * @comparator: the new value
 *
 * Sets [property@Cls.Target:comparator].
 *
 * Since: 1.0
 */
void
cls_target_set_comparator (ClsTarget *self,
                          ClsComparator comparator)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (self->comparator == comparator)
    return;
  self->comparator = comparator;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARATOR]);
}

/**
 * cls_target_get_amendment:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:amendment].
 *
 * Returns: (nullable): the amendment
 *
 * Since: 1.0
 */
const char *
cls_target_get_amendment (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->amendment;
}

/**
 * cls_target_set_amendment:
 * @self: a [class@Cls.Target]
 * @amendment: (nullable): the new value
 *
 * Sets [property@Cls.Target:amendment].
 *
 * Since: 1.0
 */
void
cls_target_set_amendment (ClsTarget *self,
                         const char *amendment)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (g_strcmp0 (self->amendment, amendment) == 0)
    return;
  g_free (self->amendment);
  self->amendment = g_strdup (amendment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDMENT]);
}

/**
 * cls_target_get_text:
 * @self: a [class@Cls.Target]
 *
 * Gets [property@Cls.Target:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_target_get_text (ClsTarget *self)
{
  g_return_val_if_fail (CLS_IS_TARGET (self), NULL);

  return self->text;
}

/**
 * cls_target_set_text:
 * @self: a [class@Cls.Target]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.Target:text].
 *
 * Since: 1.0
 */
void
cls_target_set_text (ClsTarget *self,
                    const char *text)
{
  g_return_if_fail (CLS_IS_TARGET (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


