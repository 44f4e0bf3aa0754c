/* cls-cross-reference.c: ClsCrossReference
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-cross-reference.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsCrossReference:
 *
 * A cross-reference from one node to another (“cf FA 3.1”).
 *
 * Since: 1.0
 */

struct _ClsCrossReference
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *node;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsCrossReference, cls_cross_reference, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsCrossReference);

enum {
  PROP_0,
  PROP_NODE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_cross_reference_finalize (GObject *object)
{
  ClsCrossReference *self = (ClsCrossReference *) object;

  g_free (self->node);
  g_free (self->text);


  G_OBJECT_CLASS (cls_cross_reference_parent_class)->finalize (object);
}

static void
cls_cross_reference_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ClsCrossReference *self = CLS_CROSS_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_string (value, cls_cross_reference_get_node (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_cross_reference_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_cross_reference_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ClsCrossReference *self = CLS_CROSS_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_NODE:
      cls_cross_reference_set_node (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      cls_cross_reference_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_cross_reference_class_init (ClsCrossReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_cross_reference_finalize;
  object_class->get_property = cls_cross_reference_get_property;
  object_class->set_property = cls_cross_reference_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsCrossReference:node: (attributes org.gtk.Property.get=cls_cross_reference_get_node org.gtk.Property.set=cls_cross_reference_set_node)
   *
   * The id of the node referred to. It is the `node` attribute of `<see>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NODE] =
    g_param_spec_string ("node", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCrossReference:text: (attributes org.gtk.Property.get=cls_cross_reference_get_text org.gtk.Property.set=cls_cross_reference_set_text)
   *
   * The text as written in the contract. It is the text of `<see>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_cross_reference_init (ClsCrossReference *self)
{
}

/**
 * cls_cross_reference_new:
 *
 * Creates a new cross reference.
 *
 * Returns: (transfer full): a new [class@Cls.CrossReference]
 *
 * Since: 1.0
 */
ClsCrossReference *
cls_cross_reference_new (void)
{
  return g_object_new (CLS_TYPE_CROSS_REFERENCE, NULL);
}

/**
 * cls_cross_reference_get_node:
 * @self: a [class@Cls.CrossReference]
 *
 * Gets [property@Cls.CrossReference:node].
 *
 * Returns: (nullable): the node
 *
 * Since: 1.0
 */
const char *
cls_cross_reference_get_node (ClsCrossReference *self)
{
  g_return_val_if_fail (CLS_IS_CROSS_REFERENCE (self), NULL);

  return self->node;
}

/**
 * cls_cross_reference_set_node:
 * @self: a [class@Cls.CrossReference]
 * @node: (nullable): the new value
 *
 * Sets [property@Cls.CrossReference:node].
 *
 * Since: 1.0
 */
void
cls_cross_reference_set_node (ClsCrossReference *self,
                             const char *node)
{
  g_return_if_fail (CLS_IS_CROSS_REFERENCE (self));

  if (g_strcmp0 (self->node, node) == 0)
    return;
  g_free (self->node);
  self->node = g_strdup (node);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
}

/**
 * cls_cross_reference_get_text:
 * @self: a [class@Cls.CrossReference]
 *
 * Gets [property@Cls.CrossReference:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_cross_reference_get_text (ClsCrossReference *self)
{
  g_return_val_if_fail (CLS_IS_CROSS_REFERENCE (self), NULL);

  return self->text;
}

/**
 * cls_cross_reference_set_text:
 * @self: a [class@Cls.CrossReference]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.CrossReference:text].
 *
 * Since: 1.0
 */
void
cls_cross_reference_set_text (ClsCrossReference *self,
                             const char *text)
{
  g_return_if_fail (CLS_IS_CROSS_REFERENCE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


