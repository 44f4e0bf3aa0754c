/* cls-role.c: ClsRole
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-role.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsRole:
 *
 * The role of an organisation: in the contract (a party) or in an action (porteur, pilote, partner…).
 *
 * Since: 1.0
 */

struct _ClsRole
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *organisation;
  ClsRoleKind kind;
  char *amendment;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsRole, cls_role, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsRole);

enum {
  PROP_0,
  PROP_ORGANISATION,
  PROP_KIND,
  PROP_AMENDMENT,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_role_finalize (GObject *object)
{
  ClsRole *self = (ClsRole *) object;

  g_free (self->organisation);
  g_free (self->amendment);
  g_free (self->text);


  G_OBJECT_CLASS (cls_role_parent_class)->finalize (object);
}

static void
cls_role_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ClsRole *self = CLS_ROLE (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      g_value_set_string (value, cls_role_get_organisation (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, cls_role_get_kind (self));
      break;

    case PROP_AMENDMENT:
      g_value_set_string (value, cls_role_get_amendment (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_role_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_role_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ClsRole *self = CLS_ROLE (object);

  switch (prop_id)
    {
    case PROP_ORGANISATION:
      cls_role_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      cls_role_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_AMENDMENT:
      cls_role_set_amendment (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      cls_role_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_role_class_init (ClsRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_role_finalize;
  object_class->get_property = cls_role_get_property;
  object_class->set_property = cls_role_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsRole:organisation: (attributes org.gtk.Property.get=cls_role_get_organisation org.gtk.Property.set=cls_role_set_organisation)
   *
   * The id of the organisation that holds this role. It is the `organisation` attribute of `<role>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsRole:kind: (attributes org.gtk.Property.get=cls_role_get_kind org.gtk.Property.set=cls_role_set_kind)
   *
   * The role. It is the `kind` attribute of `<role>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_ROLE_KIND, CLS_ROLE_KIND_SIGNATORY, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsRole:amendment: (attributes org.gtk.Property.get=cls_role_get_amendment org.gtk.Property.set=cls_role_set_amendment)
   *
   * The id of the amendment (avenant) that added this, or %NULL when it was there at signature. It is the `amendment` attribute of `<role>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AMENDMENT] =
    g_param_spec_string ("amendment", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsRole:text: (attributes org.gtk.Property.get=cls_role_get_text org.gtk.Property.set=cls_role_set_text)
   *
   * The text as written in the contract. It is the text of `<role>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_role_init (ClsRole *self)
{
  self->kind = CLS_ROLE_KIND_SIGNATORY;
}

/**
 * cls_role_new:
 *
 * Creates a new role.
 *
 * Returns: (transfer full): a new [class@Cls.Role]
 *
 * Since: 1.0
 */
ClsRole *
cls_role_new (void)
{
  return g_object_new (CLS_TYPE_ROLE, NULL);
}

/**
 * cls_role_get_organisation:
 * @self: a [class@Cls.Role]
 *
 * Gets [property@Cls.Role:organisation].
 *
 * Returns: (nullable): the organisation
 *
 * Since: 1.0
 */
const char *
cls_role_get_organisation (ClsRole *self)
{
  g_return_val_if_fail (CLS_IS_ROLE (self), NULL);

  return self->organisation;
}

/**
 * cls_role_set_organisation:
 * @self: a [class@Cls.Role]
 * @organisation: (nullable): the new value
 *
 * Sets [property@Cls.Role:organisation].
 *
 * Since: 1.0
 */
void
cls_role_set_organisation (ClsRole *self,
                          const char *organisation)
{
  g_return_if_fail (CLS_IS_ROLE (self));

  if (g_strcmp0 (self->organisation, organisation) == 0)
    return;
  g_free (self->organisation);
  self->organisation = g_strdup (organisation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

/**
 * cls_role_get_kind:
 * @self: a [class@Cls.Role]
 *
 * Gets [property@Cls.Role:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsRoleKind
cls_role_get_kind (ClsRole *self)
{
  g_return_val_if_fail (CLS_IS_ROLE (self), 0);

  return self->kind;
}

/**
 * cls_role_set_kind:
 * @self: a [class@Cls.Role]
 * @kind: the new value
 *
 * Sets [property@Cls.Role:kind].
 *
 * Since: 1.0
 */
void
cls_role_set_kind (ClsRole *self,
                  ClsRoleKind kind)
{
  g_return_if_fail (CLS_IS_ROLE (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_role_get_amendment:
 * @self: a [class@Cls.Role]
 *
 * Gets [property@Cls.Role:amendment].
 *
 * Returns: (nullable): the amendment
 *
 * Since: 1.0
 */
const char *
cls_role_get_amendment (ClsRole *self)
{
  g_return_val_if_fail (CLS_IS_ROLE (self), NULL);

  return self->amendment;
}

/**
 * cls_role_set_amendment:
 * @self: a [class@Cls.Role]
 * @amendment: (nullable): the new value
 *
 * Sets [property@Cls.Role:amendment].
 *
 * Since: 1.0
 */
void
cls_role_set_amendment (ClsRole *self,
                       const char *amendment)
{
  g_return_if_fail (CLS_IS_ROLE (self));

  if (g_strcmp0 (self->amendment, amendment) == 0)
    return;
  g_free (self->amendment);
  self->amendment = g_strdup (amendment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDMENT]);
}

/**
 * cls_role_get_text:
 * @self: a [class@Cls.Role]
 *
 * Gets [property@Cls.Role:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_role_get_text (ClsRole *self)
{
  g_return_val_if_fail (CLS_IS_ROLE (self), NULL);

  return self->text;
}

/**
 * cls_role_set_text:
 * @self: a [class@Cls.Role]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.Role:text].
 *
 * Since: 1.0
 */
void
cls_role_set_text (ClsRole *self,
                  const char *text)
{
  g_return_if_fail (CLS_IS_ROLE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


