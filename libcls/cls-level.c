/* cls-level.c: ClsLevel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-level.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsLevel:
 *
 * The name of one level of the plan tree (Orientation, Fiche action, Opération).
 *
 * Since: 1.0
 */

struct _ClsLevel
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  char *name;

};

G_DEFINE_FINAL_TYPE (ClsLevel, cls_level, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsLevel);

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_level_finalize (GObject *object)
{
  ClsLevel *self = (ClsLevel *) object;

  g_free (self->id);
  g_free (self->name);


  G_OBJECT_CLASS (cls_level_parent_class)->finalize (object);
}

static void
cls_level_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ClsLevel *self = CLS_LEVEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_level_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_level_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_level_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ClsLevel *self = CLS_LEVEL (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      cls_level_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_level_class_init (ClsLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_level_finalize;
  object_class->get_property = cls_level_get_property;
  object_class->set_property = cls_level_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsLevel:id: (attributes org.gtk.Property.get=cls_level_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<level>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsLevel:name: (attributes org.gtk.Property.get=cls_level_get_name org.gtk.Property.set=cls_level_set_name)
   *
   * The name of the level (“Fiche action”). It is the text of `<level>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_level_init (ClsLevel *self)
{
}

/**
 * cls_level_new:
 * @id: the level’s id, unique in its contract
 *
 * Creates a new level.
 *
 * Returns: (transfer full): a new [class@Cls.Level]
 *
 * Since: 1.0
 */
ClsLevel *
cls_level_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_LEVEL, "id", id, NULL);
}

/**
 * cls_level_get_id:
 * @self: a [class@Cls.Level]
 *
 * Gets [property@Cls.Level:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_level_get_id (ClsLevel *self)
{
  g_return_val_if_fail (CLS_IS_LEVEL (self), NULL);

  return self->id;
}

/**
 * cls_level_get_name:
 * @self: a [class@Cls.Level]
 *
 * Gets [property@Cls.Level:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_level_get_name (ClsLevel *self)
{
  g_return_val_if_fail (CLS_IS_LEVEL (self), NULL);

  return self->name;
}

/**
 * cls_level_set_name:
 * @self: a [class@Cls.Level]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Level:name].
 *
 * Since: 1.0
 */
void
cls_level_set_name (ClsLevel *self,
                   const char *name)
{
  g_return_if_fail (CLS_IS_LEVEL (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}


