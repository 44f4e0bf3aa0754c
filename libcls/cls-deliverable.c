/* cls-deliverable.c: ClsDeliverable
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-deliverable.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsDeliverable:
 *
 * An expected deliverable or result of an action (“résultats attendus”).
 *
 * Since: 1.0
 */

struct _ClsDeliverable
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsDeliverable, cls_deliverable, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsDeliverable);

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_deliverable_finalize (GObject *object)
{
  ClsDeliverable *self = (ClsDeliverable *) object;

  g_free (self->id);
  g_free (self->text);


  G_OBJECT_CLASS (cls_deliverable_parent_class)->finalize (object);
}

static void
cls_deliverable_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ClsDeliverable *self = CLS_DELIVERABLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_deliverable_get_id (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_deliverable_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_deliverable_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ClsDeliverable *self = CLS_DELIVERABLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      cls_deliverable_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_deliverable_class_init (ClsDeliverableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_deliverable_finalize;
  object_class->get_property = cls_deliverable_get_property;
  object_class->set_property = cls_deliverable_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsDeliverable:id: (attributes org.gtk.Property.get=cls_deliverable_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<deliverable>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDeliverable:text: (attributes org.gtk.Property.get=cls_deliverable_get_text org.gtk.Property.set=cls_deliverable_set_text)
   *
   * The text as written in the contract. It is the text of `<deliverable>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_deliverable_init (ClsDeliverable *self)
{
}

/**
 * cls_deliverable_new:
 * @id: the deliverable’s id, unique in its contract
 *
 * Creates a new deliverable.
 *
 * Returns: (transfer full): a new [class@Cls.Deliverable]
 *
 * Since: 1.0
 */
ClsDeliverable *
cls_deliverable_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_DELIVERABLE, "id", id, NULL);
}

/**
 * cls_deliverable_get_id:
 * @self: a [class@Cls.Deliverable]
 *
 * Gets [property@Cls.Deliverable:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_deliverable_get_id (ClsDeliverable *self)
{
  g_return_val_if_fail (CLS_IS_DELIVERABLE (self), NULL);

  return self->id;
}

/**
 * cls_deliverable_get_text:
 * @self: a [class@Cls.Deliverable]
 *
 * Gets [property@Cls.Deliverable:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_deliverable_get_text (ClsDeliverable *self)
{
  g_return_val_if_fail (CLS_IS_DELIVERABLE (self), NULL);

  return self->text;
}

/**
 * cls_deliverable_set_text:
 * @self: a [class@Cls.Deliverable]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.Deliverable:text].
 *
 * Since: 1.0
 */
void
cls_deliverable_set_text (ClsDeliverable *self,
                         const char *text)
{
  g_return_if_fail (CLS_IS_DELIVERABLE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


