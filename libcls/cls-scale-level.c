/* cls-scale-level.c: ClsScaleLevel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-scale-level.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsScaleLevel:
 *
 * One level of an ordinal scale.
 *
 * Since: 1.0
 */

struct _ClsScaleLevel
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *key;
  double value;
  char *label;

};

G_DEFINE_FINAL_TYPE (ClsScaleLevel, cls_scale_level, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsScaleLevel);

enum {
  PROP_0,
  PROP_KEY,
  PROP_VALUE,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_scale_level_finalize (GObject *object)
{
  ClsScaleLevel *self = (ClsScaleLevel *) object;

  g_free (self->key);
  g_free (self->label);


  G_OBJECT_CLASS (cls_scale_level_parent_class)->finalize (object);
}

static void
cls_scale_level_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ClsScaleLevel *self = CLS_SCALE_LEVEL (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, cls_scale_level_get_key (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, cls_scale_level_get_value (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, cls_scale_level_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_scale_level_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ClsScaleLevel *self = CLS_SCALE_LEVEL (object);

  switch (prop_id)
    {
    case PROP_KEY:
      self->key = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      cls_scale_level_set_value (self, g_value_get_double (value));
      break;

    case PROP_LABEL:
      cls_scale_level_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_scale_level_class_init (ClsScaleLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_scale_level_finalize;
  object_class->get_property = cls_scale_level_get_property;
  object_class->set_property = cls_scale_level_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsScaleLevel:key: (attributes org.gtk.Property.get=cls_scale_level_get_key)
   *
   * The key of the level, unique in its scale. It cannot change after construction. It is the `key` attribute of `<level>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsScaleLevel:value: (attributes org.gtk.Property.get=cls_scale_level_get_value org.gtk.Property.set=cls_scale_level_set_value)
   *
   * The numeric value of the level, used to compute means and achievements. It is the `value` attribute of `<level>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsScaleLevel:label: (attributes org.gtk.Property.get=cls_scale_level_get_label org.gtk.Property.set=cls_scale_level_set_label)
   *
   * The label, as written. It is the text of `<level>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_scale_level_init (ClsScaleLevel *self)
{
  self->value = 0;
}

/**
 * cls_scale_level_new:
 * @key: the scale level’s key, unique in its contract
 *
 * Creates a new scale level.
 *
 * Returns: (transfer full): a new [class@Cls.ScaleLevel]
 *
 * Since: 1.0
 */
ClsScaleLevel *
cls_scale_level_new (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  return g_object_new (CLS_TYPE_SCALE_LEVEL, "key", key, NULL);
}

/**
 * cls_scale_level_get_key:
 * @self: a [class@Cls.ScaleLevel]
 *
 * Gets [property@Cls.ScaleLevel:key].
 *
 * Returns: (nullable): the key
 *
 * Since: 1.0
 */
const char *
cls_scale_level_get_key (ClsScaleLevel *self)
{
  g_return_val_if_fail (CLS_IS_SCALE_LEVEL (self), NULL);

  return self->key;
}

/**
 * cls_scale_level_get_value:
 * @self: a [class@Cls.ScaleLevel]
 *
 * Gets [property@Cls.ScaleLevel:value].
 *
 * Returns: the value
 *
 * Since: 1.0
 */
double
cls_scale_level_get_value (ClsScaleLevel *self)
{
  g_return_val_if_fail (CLS_IS_SCALE_LEVEL (self), 0);

  return self->value;
}

/**
 * cls_scale_level_set_value:
 * @self: a [class@Cls.ScaleLevel]
 * @value: the new value
 *
 * Sets [property@Cls.ScaleLevel:value].
 *
 * Since: 1.0
 */
void
cls_scale_level_set_value (ClsScaleLevel *self,
                          double value)
{
  g_return_if_fail (CLS_IS_SCALE_LEVEL (self));
  g_return_if_fail (value >= -G_MAXDOUBLE && value <= G_MAXDOUBLE);

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * cls_scale_level_get_label:
 * @self: a [class@Cls.ScaleLevel]
 *
 * Gets [property@Cls.ScaleLevel:label].
 *
 * Returns: (nullable): the label
 *
 * Since: 1.0
 */
const char *
cls_scale_level_get_label (ClsScaleLevel *self)
{
  g_return_val_if_fail (CLS_IS_SCALE_LEVEL (self), NULL);

  return self->label;
}

/**
 * cls_scale_level_set_label:
 * @self: a [class@Cls.ScaleLevel]
 * @label: (nullable): the new value
 *
 * Sets [property@Cls.ScaleLevel:label].
 *
 * Since: 1.0
 */
void
cls_scale_level_set_label (ClsScaleLevel *self,
                          const char *label)
{
  g_return_if_fail (CLS_IS_SCALE_LEVEL (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}


