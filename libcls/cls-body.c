/* cls-body.c: ClsBody
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-body.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsBody:
 *
 * A governance body: the comité de pilotage, the comité technique, a working group.
 *
 * Since: 1.0
 */

struct _ClsBody
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  ClsBodyKind kind;
  char **chairs;
  char *name;
  char *frequency;
  char *description;

};

G_DEFINE_FINAL_TYPE (ClsBody, cls_body, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsBody);

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_CHAIRS,
  PROP_NAME,
  PROP_FREQUENCY,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_body_finalize (GObject *object)
{
  ClsBody *self = (ClsBody *) object;

  g_free (self->id);
  g_strfreev (self->chairs);
  g_free (self->name);
  g_free (self->frequency);
  g_free (self->description);


  G_OBJECT_CLASS (cls_body_parent_class)->finalize (object);
}

static void
cls_body_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ClsBody *self = CLS_BODY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_body_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, cls_body_get_kind (self));
      break;

    case PROP_CHAIRS:
      g_value_set_boxed (value, cls_body_get_chairs (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_body_get_name (self));
      break;

    case PROP_FREQUENCY:
      g_value_set_string (value, cls_body_get_frequency (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, cls_body_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_body_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ClsBody *self = CLS_BODY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      cls_body_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CHAIRS:
      cls_body_set_chairs (self, g_value_get_boxed (value));
      break;

    case PROP_NAME:
      cls_body_set_name (self, g_value_get_string (value));
      break;

    case PROP_FREQUENCY:
      cls_body_set_frequency (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cls_body_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_body_class_init (ClsBodyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_body_finalize;
  object_class->get_property = cls_body_get_property;
  object_class->set_property = cls_body_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsBody:id: (attributes org.gtk.Property.get=cls_body_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBody:kind: (attributes org.gtk.Property.get=cls_body_get_kind org.gtk.Property.set=cls_body_set_kind)
   *
   * What kind of body this is. It is the `kind` attribute of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_BODY_KIND, CLS_BODY_KIND_OTHER, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBody:chairs: (attributes org.gtk.Property.get=cls_body_get_chairs org.gtk.Property.set=cls_body_set_chairs)
   *
   * The ids of the organisations that chair the body. It is the `chairs` attribute of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CHAIRS] =
    g_param_spec_boxed ("chairs", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBody:name: (attributes org.gtk.Property.get=cls_body_get_name org.gtk.Property.set=cls_body_set_name)
   *
   * The name of the body. It is the text of the `<name>` child of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBody:frequency: (attributes org.gtk.Property.get=cls_body_get_frequency org.gtk.Property.set=cls_body_set_frequency)
   *
   * How often the body meets, as written (“au minimum une fois par an”). It is the text of the `<frequency>` child of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_FREQUENCY] =
    g_param_spec_string ("frequency", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsBody:description: (attributes org.gtk.Property.get=cls_body_get_description org.gtk.Property.set=cls_body_set_description)
   *
   * A description, as written. It is the text of the `<description>` child of `<body>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_body_init (ClsBody *self)
{
  self->kind = CLS_BODY_KIND_OTHER;
}

/**
 * cls_body_new:
 * @id: the body’s id, unique in its contract
 *
 * Creates a new body.
 *
 * Returns: (transfer full): a new [class@Cls.Body]
 *
 * Since: 1.0
 */
ClsBody *
cls_body_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_BODY, "id", id, NULL);
}

/**
 * cls_body_get_id:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_body_get_id (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), NULL);

  return self->id;
}

/**
 * cls_body_get_kind:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsBodyKind
cls_body_get_kind (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), 0);

  return self->kind;
}

/**
 * cls_body_set_kind:
 * @self: a [class@Cls.Body]
 * @kind: the new value
 *
 * Sets [property@Cls.Body:kind].
 *
 * Since: 1.0
 */
void
cls_body_set_kind (ClsBody *self,
                  ClsBodyKind kind)
{
  g_return_if_fail (CLS_IS_BODY (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_body_get_chairs:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:chairs].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the chairs, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_body_get_chairs (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), NULL);

  return (const char * const *) self->chairs;
}

/**
 * cls_body_set_chairs:
 * @self: a [class@Cls.Body]
 * @chairs: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Body:chairs]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_body_set_chairs (ClsBody *self,
                    const char * const *chairs)
{
  g_return_if_fail (CLS_IS_BODY (self));

  if (_cls_strv_equal ((const char * const *) self->chairs, chairs))
    return;
  g_strfreev (self->chairs);
  self->chairs = _cls_strv_dup_or_null (chairs);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHAIRS]);
}

/**
 * cls_body_get_name:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_body_get_name (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), NULL);

  return self->name;
}

/**
 * cls_body_set_name:
 * @self: a [class@Cls.Body]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Body:name].
 *
 * Since: 1.0
 */
void
cls_body_set_name (ClsBody *self,
                  const char *name)
{
  g_return_if_fail (CLS_IS_BODY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * cls_body_get_frequency:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:frequency].
 *
 * Returns: (nullable): the frequency
 *
 * Since: 1.0
 */
const char *
cls_body_get_frequency (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), NULL);

  return self->frequency;
}

/**
 * cls_body_set_frequency:
 * @self: a [class@Cls.Body]
 * @frequency: (nullable): the new value
 *
 * Sets [property@Cls.Body:frequency].
 *
 * Since: 1.0
 */
void
cls_body_set_frequency (ClsBody *self,
                       const char *frequency)
{
  g_return_if_fail (CLS_IS_BODY (self));

  if (g_strcmp0 (self->frequency, frequency) == 0)
    return;
  g_free (self->frequency);
  self->frequency = g_strdup (frequency);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREQUENCY]);
}

/**
 * cls_body_get_description:
 * @self: a [class@Cls.Body]
 *
 * Gets [property@Cls.Body:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
cls_body_get_description (ClsBody *self)
{
  g_return_val_if_fail (CLS_IS_BODY (self), NULL);

  return self->description;
}

/**
 * cls_body_set_description:
 * @self: a [class@Cls.Body]
 * @description: (nullable): the new value
 *
 * Sets [property@Cls.Body:description].
 *
 * Since: 1.0
 */
void
cls_body_set_description (ClsBody *self,
                         const char *description)
{
  g_return_if_fail (CLS_IS_BODY (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}


