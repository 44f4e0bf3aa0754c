/* cls-area.c: ClsArea
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-area.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsArea:
 *
 * A named sub-territory: a QPV, a campus, an intercommunality.
 *
 * Since: 1.0
 */

struct _ClsArea
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  ClsAreaKind kind;
  char **communes;
  char *name;

};

G_DEFINE_FINAL_TYPE (ClsArea, cls_area, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsArea);

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_COMMUNES,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_area_finalize (GObject *object)
{
  ClsArea *self = (ClsArea *) object;

  g_free (self->id);
  g_strfreev (self->communes);
  g_free (self->name);


  G_OBJECT_CLASS (cls_area_parent_class)->finalize (object);
}

static void
cls_area_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ClsArea *self = CLS_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_area_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, cls_area_get_kind (self));
      break;

    case PROP_COMMUNES:
      g_value_set_boxed (value, cls_area_get_communes (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_area_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_area_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ClsArea *self = CLS_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      cls_area_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_COMMUNES:
      cls_area_set_communes (self, g_value_get_boxed (value));
      break;

    case PROP_NAME:
      cls_area_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_area_class_init (ClsAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_area_finalize;
  object_class->get_property = cls_area_get_property;
  object_class->set_property = cls_area_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsArea:id: (attributes org.gtk.Property.get=cls_area_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<area>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsArea:kind: (attributes org.gtk.Property.get=cls_area_get_kind org.gtk.Property.set=cls_area_set_kind)
   *
   * What kind of area this is. It is the `kind` attribute of `<area>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_AREA_KIND, CLS_AREA_KIND_OTHER, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsArea:communes: (attributes org.gtk.Property.get=cls_area_get_communes org.gtk.Property.set=cls_area_set_communes)
   *
   * The ids of the communes the area covers, when known. It is the `communes` attribute of `<area>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_COMMUNES] =
    g_param_spec_boxed ("communes", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsArea:name: (attributes org.gtk.Property.get=cls_area_get_name org.gtk.Property.set=cls_area_set_name)
   *
   * The name of the area. It is the text of `<area>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_area_init (ClsArea *self)
{
  self->kind = CLS_AREA_KIND_OTHER;
}

/**
 * cls_area_new:
 * @id: the area’s id, unique in its contract
 *
 * Creates a new area.
 *
 * Returns: (transfer full): a new [class@Cls.Area]
 *
 * Since: 1.0
 */
ClsArea *
cls_area_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_AREA, "id", id, NULL);
}

/**
 * cls_area_get_id:
 * @self: a [class@Cls.Area]
 *
 * Gets [property@Cls.Area:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_area_get_id (ClsArea *self)
{
  g_return_val_if_fail (CLS_IS_AREA (self), NULL);

  return self->id;
}

/**
 * cls_area_get_kind:
 * @self: a [class@Cls.Area]
 *
 * Gets [property@Cls.Area:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsAreaKind
cls_area_get_kind (ClsArea *self)
{
  g_return_val_if_fail (CLS_IS_AREA (self), 0);

  return self->kind;
}

/**
 * cls_area_set_kind:
 * @self: a [class@Cls.Area]
 * @kind: the new value
 *
 * Sets [property@Cls.Area:kind].
 *
 * Since: 1.0
 */
void
cls_area_set_kind (ClsArea *self,
                  ClsAreaKind kind)
{
  g_return_if_fail (CLS_IS_AREA (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_area_get_communes:
 * @self: a [class@Cls.Area]
 *
 * Gets [property@Cls.Area:communes].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the communes, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_area_get_communes (ClsArea *self)
{
  g_return_val_if_fail (CLS_IS_AREA (self), NULL);

  return (const char * const *) self->communes;
}

/**
 * cls_area_set_communes:
 * @self: a [class@Cls.Area]
 * @communes: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Area:communes]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_area_set_communes (ClsArea *self,
                      const char * const *communes)
{
  g_return_if_fail (CLS_IS_AREA (self));

  if (_cls_strv_equal ((const char * const *) self->communes, communes))
    return;
  g_strfreev (self->communes);
  self->communes = _cls_strv_dup_or_null (communes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNES]);
}

/**
 * cls_area_get_name:
 * @self: a [class@Cls.Area]
 *
 * Gets [property@Cls.Area:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_area_get_name (ClsArea *self)
{
  g_return_val_if_fail (CLS_IS_AREA (self), NULL);

  return self->name;
}

/**
 * cls_area_set_name:
 * @self: a [class@Cls.Area]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Area:name].
 *
 * Since: 1.0
 */
void
cls_area_set_name (ClsArea *self,
                  const char *name)
{
  g_return_if_fail (CLS_IS_AREA (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}


