/* cls-scale.c: ClsScale
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-scale.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"
#include "cls-scale-private.h"
#include "cls-object-list-private.h"
#include "cls-scale-level.h"

/**
 * ClsScale:
 *
 * An ordered scale of levels for ordinal indicators (a satisfaction scale, “non atteint / partiellement / atteint”).
 *
 * Since: 1.0
 */

struct _ClsScale
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  char *name;
  ClsObjectList *levels;

};

G_DEFINE_FINAL_TYPE (ClsScale, cls_scale, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsScale);

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_scale_finalize (GObject *object)
{
  ClsScale *self = (ClsScale *) object;

  g_free (self->id);
  g_free (self->name);
  g_clear_object (&self->levels);


  G_OBJECT_CLASS (cls_scale_parent_class)->finalize (object);
}

static void
cls_scale_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ClsScale *self = CLS_SCALE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_scale_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_scale_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_scale_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ClsScale *self = CLS_SCALE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      cls_scale_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_scale_class_init (ClsScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_scale_finalize;
  object_class->get_property = cls_scale_get_property;
  object_class->set_property = cls_scale_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsScale:id: (attributes org.gtk.Property.get=cls_scale_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<scale>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsScale:name: (attributes org.gtk.Property.get=cls_scale_get_name org.gtk.Property.set=cls_scale_set_name)
   *
   * The name. It is the text of the `<name>` child of `<scale>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_scale_init (ClsScale *self)
{
  self->levels = _cls_object_list_new (CLS_TYPE_SCALE_LEVEL);
}

/**
 * cls_scale_new:
 * @id: the scale’s id, unique in its contract
 *
 * Creates a new scale.
 *
 * Returns: (transfer full): a new [class@Cls.Scale]
 *
 * Since: 1.0
 */
ClsScale *
cls_scale_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_SCALE, "id", id, NULL);
}

/**
 * cls_scale_get_id:
 * @self: a [class@Cls.Scale]
 *
 * Gets [property@Cls.Scale:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_scale_get_id (ClsScale *self)
{
  g_return_val_if_fail (CLS_IS_SCALE (self), NULL);

  return self->id;
}

/**
 * cls_scale_get_name:
 * @self: a [class@Cls.Scale]
 *
 * Gets [property@Cls.Scale:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_scale_get_name (ClsScale *self)
{
  g_return_val_if_fail (CLS_IS_SCALE (self), NULL);

  return self->name;
}

/**
 * cls_scale_set_name:
 * @self: a [class@Cls.Scale]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Scale:name].
 *
 * Since: 1.0
 */
void
cls_scale_set_name (ClsScale *self,
                   const char *name)
{
  g_return_if_fail (CLS_IS_SCALE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static void
_cls_scale_adopt (ClsScale *self,
                  GObject  *item)
{
  _cls_model_attach (item, _cls_model_get_contract (self));
}

static void
_cls_scale_disown (ClsScale *self,
                   GObject  *item)
{
  _cls_model_detach (item, _cls_model_get_contract (self));
}

/**
 * cls_scale_get_levels:
 * @self: a [class@Cls.Scale]
 *
 * Gets the levels, from the lowest to the highest, as a list model of [class@Cls.ScaleLevel] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.ScaleLevel]
 *
 * Since: 1.0
 */
GListModel *
cls_scale_get_levels (ClsScale *self)
{
  g_return_val_if_fail (CLS_IS_SCALE (self), NULL);

  return _cls_object_list_get_model (self->levels);
}

/**
 * cls_scale_add_level:
 * @self: a [class@Cls.Scale]
 * @level: the item to append to the levels, from the lowest to the highest
 *
 * Appends @level to [method@Cls.Scale.get_levels]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_scale_add_level (ClsScale *self,
                    ClsScaleLevel *level)
{
  g_return_if_fail (CLS_IS_SCALE (self));
  g_return_if_fail (CLS_IS_SCALE_LEVEL (level));

  _cls_scale_adopt (self, G_OBJECT (level));
  _cls_object_list_append (self->levels, level);
  _cls_model_changed (self, "levels");
}

/**
 * cls_scale_remove_level:
 * @self: a [class@Cls.Scale]
 * @level: the item to remove
 *
 * Removes @level from [method@Cls.Scale.get_levels].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_scale_remove_level (ClsScale *self,
                       ClsScaleLevel *level)
{
  guint position;

  g_return_val_if_fail (CLS_IS_SCALE (self), FALSE);
  g_return_val_if_fail (CLS_IS_SCALE_LEVEL (level), FALSE);

  if (!_cls_object_list_find (self->levels, level, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_scale_disown (self, G_OBJECT (level));
  _cls_object_list_remove (self->levels, position);
  _cls_model_changed (self, "levels");
  return TRUE;
}

/**
 * cls_scale_lookup_level:
 * @self: a [class@Cls.Scale]
 * @key: a level key
 *
 * Looks up a level by its key.
 *
 * Returns: (transfer none) (nullable): the level, or %NULL
 *
 * Since: 1.0
 */
ClsScaleLevel *
cls_scale_lookup_level (ClsScale   *self,
                        const char *key)
{
  guint i, n;

  g_return_val_if_fail (CLS_IS_SCALE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  /* Scales have a handful of levels: a linear scan is the fastest lookup. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->levels));
  for (i = 0; i < n; i++)
    {
      ClsScaleLevel *level = g_list_model_get_item (G_LIST_MODEL (self->levels), i);
      gboolean found = g_strcmp0 (cls_scale_level_get_key (level), key) == 0;

      g_object_unref (level);
      if (found)
        return level;
    }
  return NULL;
}


GListModel *
_cls_scale_peek_levels (ClsScale *self)
{
  return G_LIST_MODEL (self->levels);
}
