/* cls-dimension-value.c: ClsDimensionValue
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-evaluation-private.h"
#include "cls-enum-types.h"

/**
 * ClsDimensionValue:
 *
 * The value of an indicator for one value of a breakdown dimension (one
 * commune, one public…) over the evaluation window, and, when the indicator
 * has a per-dimension target, whether that value meets it.
 *
 * Since: 1.0
 */

enum {
  PROP_0,
  PROP_DIMENSION,
  PROP_KEY,
  PROP_VALUE,
  PROP_HAS_VALUE,
  PROP_TARGET,
  PROP_HAS_TARGET,
  PROP_MET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsDimensionValue, cls_dimension_value, G_TYPE_OBJECT)

static void
cls_dimension_value_finalize (GObject *object)
{
  ClsDimensionValue *self = CLS_DIMENSION_VALUE (object);

  g_free (self->dimension);
  g_free (self->key);
  G_OBJECT_CLASS (cls_dimension_value_parent_class)->finalize (object);
}

static void
cls_dimension_value_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ClsDimensionValue *self = CLS_DIMENSION_VALUE (object);

  switch (prop_id)
    {
    case PROP_DIMENSION:
      g_value_set_string (value, self->dimension);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
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
    case PROP_MET:
      g_value_set_boolean (value, self->met);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_dimension_value_class_init (ClsDimensionValueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_dimension_value_finalize;
  object_class->get_property = cls_dimension_value_get_property;

  /**
   * ClsDimensionValue:dimension:
   *
   * The breakdown dimension, e.g. `commune`.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] =
    g_param_spec_string ("dimension", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:key:
   *
   * The value of the dimension, e.g. a commune id.
   *
   * Since: 1.0
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:value:
   *
   * The aggregated value for this key; absent when nothing was measured
   * for an expected key.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:has-value:
   *
   * Whether [property@Cls.DimensionValue:value] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:target:
   *
   * The per-dimension target for this key.
   *
   * Since: 1.0
   */
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:has-target:
   *
   * Whether [property@Cls.DimensionValue:target] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDimensionValue:met:
   *
   * Whether the value meets the per-dimension target.
   *
   * Since: 1.0
   */
  properties[PROP_MET] =
    g_param_spec_boolean ("met", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_dimension_value_init (ClsDimensionValue *self)
{
}

/**
 * cls_dimension_value_get_dimension:
 * @self: a [class@Cls.DimensionValue]
 *
 * The breakdown dimension, e.g. `commune`.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_dimension_value_get_dimension (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), NULL);
  return self->dimension;
}

/**
 * cls_dimension_value_get_key:
 * @self: a [class@Cls.DimensionValue]
 *
 * The value of the dimension, e.g. a commune id.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_dimension_value_get_key (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), NULL);
  return self->key;
}

/**
 * cls_dimension_value_get_value:
 * @self: a [class@Cls.DimensionValue]
 *
 * The aggregated value for this key; absent when nothing was measured for
 * an expected key.
 *
 * Returns: the value, or 0 when [method@Cls.DimensionValue.has_value] is %FALSE
 *
 * Since: 1.0
 */
double
cls_dimension_value_get_value (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), 0);
  return self->has_value ? self->value : 0;
}

/**
 * cls_dimension_value_has_value:
 * @self: a [class@Cls.DimensionValue]
 *
 * Whether [property@Cls.DimensionValue:value] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_dimension_value_has_value (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), FALSE);
  return self->has_value;
}

/**
 * cls_dimension_value_get_target:
 * @self: a [class@Cls.DimensionValue]
 *
 * The per-dimension target for this key.
 *
 * Returns: the value, or 0 when [method@Cls.DimensionValue.has_target] is %FALSE
 *
 * Since: 1.0
 */
double
cls_dimension_value_get_target (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), 0);
  return self->has_target ? self->target : 0;
}

/**
 * cls_dimension_value_has_target:
 * @self: a [class@Cls.DimensionValue]
 *
 * Whether [property@Cls.DimensionValue:target] is set.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
cls_dimension_value_has_target (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), FALSE);
  return self->has_target;
}

/**
 * cls_dimension_value_get_met:
 * @self: a [class@Cls.DimensionValue]
 *
 * Whether the value meets the per-dimension target.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
gboolean
cls_dimension_value_get_met (ClsDimensionValue *self)
{
  g_return_val_if_fail (CLS_IS_DIMENSION_VALUE (self), 0);
  return self->met;
}
