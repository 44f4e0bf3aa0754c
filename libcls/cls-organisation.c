/* cls-organisation.c: ClsOrganisation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-organisation.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsOrganisation:
 *
 * An organisation of the contract’s registry: a signatory, a porteur, a partner or a funder.
 *
 * Since: 1.0
 */

struct _ClsOrganisation
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  ClsOrganisationKind kind;
  char *name;
  char *short_name;
  char **aliases;
  char *address;
  char *representative;
  char *representative_title;
  char *deliberation;
  char *deliberation_number;
  GDate *deliberation_date;

};

G_DEFINE_FINAL_TYPE (ClsOrganisation, cls_organisation, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsOrganisation);

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_ALIASES,
  PROP_ADDRESS,
  PROP_REPRESENTATIVE,
  PROP_REPRESENTATIVE_TITLE,
  PROP_DELIBERATION,
  PROP_DELIBERATION_NUMBER,
  PROP_DELIBERATION_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_organisation_finalize (GObject *object)
{
  ClsOrganisation *self = (ClsOrganisation *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->short_name);
  g_strfreev (self->aliases);
  g_free (self->address);
  g_free (self->representative);
  g_free (self->representative_title);
  g_free (self->deliberation);
  g_free (self->deliberation_number);
  g_clear_pointer (&self->deliberation_date, g_date_free);


  G_OBJECT_CLASS (cls_organisation_parent_class)->finalize (object);
}

static void
cls_organisation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ClsOrganisation *self = CLS_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_organisation_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, cls_organisation_get_kind (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, cls_organisation_get_name (self));
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, cls_organisation_get_short_name (self));
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, cls_organisation_get_aliases (self));
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, cls_organisation_get_address (self));
      break;

    case PROP_REPRESENTATIVE:
      g_value_set_string (value, cls_organisation_get_representative (self));
      break;

    case PROP_REPRESENTATIVE_TITLE:
      g_value_set_string (value, cls_organisation_get_representative_title (self));
      break;

    case PROP_DELIBERATION:
      g_value_set_string (value, cls_organisation_get_deliberation (self));
      break;

    case PROP_DELIBERATION_NUMBER:
      g_value_set_string (value, cls_organisation_get_deliberation_number (self));
      break;

    case PROP_DELIBERATION_DATE:
      g_value_set_boxed (value, cls_organisation_get_deliberation_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_organisation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ClsOrganisation *self = CLS_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      cls_organisation_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      cls_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      cls_organisation_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_ALIASES:
      cls_organisation_set_aliases (self, g_value_get_boxed (value));
      break;

    case PROP_ADDRESS:
      cls_organisation_set_address (self, g_value_get_string (value));
      break;

    case PROP_REPRESENTATIVE:
      cls_organisation_set_representative (self, g_value_get_string (value));
      break;

    case PROP_REPRESENTATIVE_TITLE:
      cls_organisation_set_representative_title (self, g_value_get_string (value));
      break;

    case PROP_DELIBERATION:
      cls_organisation_set_deliberation (self, g_value_get_string (value));
      break;

    case PROP_DELIBERATION_NUMBER:
      cls_organisation_set_deliberation_number (self, g_value_get_string (value));
      break;

    case PROP_DELIBERATION_DATE:
      cls_organisation_set_deliberation_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_organisation_class_init (ClsOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_organisation_finalize;
  object_class->get_property = cls_organisation_get_property;
  object_class->set_property = cls_organisation_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsOrganisation:id: (attributes org.gtk.Property.get=cls_organisation_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:kind: (attributes org.gtk.Property.get=cls_organisation_get_kind org.gtk.Property.set=cls_organisation_set_kind)
   *
   * What kind of organisation this is. It is the `kind` attribute of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CLS_TYPE_ORGANISATION_KIND, CLS_ORGANISATION_KIND_OTHER, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:name: (attributes org.gtk.Property.get=cls_organisation_get_name org.gtk.Property.set=cls_organisation_set_name)
   *
   * The legal name, as written in the contract. It is the text of the `<name>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:short-name: (attributes org.gtk.Property.get=cls_organisation_get_short_name org.gtk.Property.set=cls_organisation_set_short_name)
   *
   * The short name the contract uses (“la 3CA”). It is the text of the `<short-name>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:aliases: (attributes org.gtk.Property.get=cls_organisation_get_aliases org.gtk.Property.set=cls_organisation_set_aliases)
   *
   * Other spellings of the name found in the contract (“CCCA”). They are the `<alias>` children of `<organisation>` in the file format, in order.
   *
   * Since: 1.0
   */
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:address: (attributes org.gtk.Property.get=cls_organisation_get_address org.gtk.Property.set=cls_organisation_set_address)
   *
   * The postal address. It is the text of the `<address>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:representative: (attributes org.gtk.Property.get=cls_organisation_get_representative org.gtk.Property.set=cls_organisation_set_representative)
   *
   * The person who represents the organisation. It is the text of the `<representative>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_REPRESENTATIVE] =
    g_param_spec_string ("representative", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:representative-title: (attributes org.gtk.Property.get=cls_organisation_get_representative_title org.gtk.Property.set=cls_organisation_set_representative_title)
   *
   * The representative’s title (“Président”). It is the `title` attribute of the `<representative>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_REPRESENTATIVE_TITLE] =
    g_param_spec_string ("representative-title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:deliberation: (attributes org.gtk.Property.get=cls_organisation_get_deliberation org.gtk.Property.set=cls_organisation_set_deliberation)
   *
   * The deliberation that authorised signing, as written (may be a placeholder). It is the text of the `<deliberation>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DELIBERATION] =
    g_param_spec_string ("deliberation", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:deliberation-number: (attributes org.gtk.Property.get=cls_organisation_get_deliberation_number org.gtk.Property.set=cls_organisation_set_deliberation_number)
   *
   * The deliberation’s number. It is the `number` attribute of the `<deliberation>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DELIBERATION_NUMBER] =
    g_param_spec_string ("deliberation-number", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsOrganisation:deliberation-date: (attributes org.gtk.Property.get=cls_organisation_get_deliberation_date org.gtk.Property.set=cls_organisation_set_deliberation_date)
   *
   * The deliberation’s date. It is the `date` attribute of the `<deliberation>` child of `<organisation>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DELIBERATION_DATE] =
    g_param_spec_boxed ("deliberation-date", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_organisation_init (ClsOrganisation *self)
{
  self->kind = CLS_ORGANISATION_KIND_OTHER;
}

/**
 * cls_organisation_new:
 * @id: the organisation’s id, unique in its contract
 *
 * Creates a new organisation.
 *
 * Returns: (transfer full): a new [class@Cls.Organisation]
 *
 * Since: 1.0
 */
ClsOrganisation *
cls_organisation_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_ORGANISATION, "id", id, NULL);
}

/**
 * cls_organisation_get_id:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_id (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->id;
}

/**
 * cls_organisation_get_kind:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
ClsOrganisationKind
cls_organisation_get_kind (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), 0);

  return self->kind;
}

/**
 * cls_organisation_set_kind:
 * @self: a [class@Cls.Organisation]
 * @kind: the new value
 *
 * Sets [property@Cls.Organisation:kind].
 *
 * Since: 1.0
 */
void
cls_organisation_set_kind (ClsOrganisation *self,
                          ClsOrganisationKind kind)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * cls_organisation_get_name:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_name (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->name;
}

/**
 * cls_organisation_set_name:
 * @self: a [class@Cls.Organisation]
 * @name: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:name].
 *
 * Since: 1.0
 */
void
cls_organisation_set_name (ClsOrganisation *self,
                          const char *name)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * cls_organisation_get_short_name:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:short-name].
 *
 * Returns: (nullable): the short name
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_short_name (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->short_name;
}

/**
 * cls_organisation_set_short_name:
 * @self: a [class@Cls.Organisation]
 * @short_name: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:short-name].
 *
 * Since: 1.0
 */
void
cls_organisation_set_short_name (ClsOrganisation *self,
                                const char *short_name)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->short_name, short_name) == 0)
    return;
  g_free (self->short_name);
  self->short_name = g_strdup (short_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
}

/**
 * cls_organisation_get_aliases:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:aliases].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the aliases, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_organisation_get_aliases (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return (const char * const *) self->aliases;
}

/**
 * cls_organisation_set_aliases:
 * @self: a [class@Cls.Organisation]
 * @aliases: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Organisation:aliases]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_organisation_set_aliases (ClsOrganisation *self,
                             const char * const *aliases)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (_cls_strv_equal ((const char * const *) self->aliases, aliases))
    return;
  g_strfreev (self->aliases);
  self->aliases = _cls_strv_dup_or_null (aliases);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIASES]);
}

/**
 * cls_organisation_get_address:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:address].
 *
 * Returns: (nullable): the address
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_address (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->address;
}

/**
 * cls_organisation_set_address:
 * @self: a [class@Cls.Organisation]
 * @address: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:address].
 *
 * Since: 1.0
 */
void
cls_organisation_set_address (ClsOrganisation *self,
                             const char *address)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->address, address) == 0)
    return;
  g_free (self->address);
  self->address = g_strdup (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

/**
 * cls_organisation_get_representative:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:representative].
 *
 * Returns: (nullable): the representative
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_representative (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->representative;
}

/**
 * cls_organisation_set_representative:
 * @self: a [class@Cls.Organisation]
 * @representative: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:representative].
 *
 * Since: 1.0
 */
void
cls_organisation_set_representative (ClsOrganisation *self,
                                    const char *representative)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->representative, representative) == 0)
    return;
  g_free (self->representative);
  self->representative = g_strdup (representative);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE]);
}

/**
 * cls_organisation_get_representative_title:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:representative-title].
 *
 * Returns: (nullable): the representative title
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_representative_title (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->representative_title;
}

/**
 * cls_organisation_set_representative_title:
 * @self: a [class@Cls.Organisation]
 * @representative_title: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:representative-title].
 *
 * Since: 1.0
 */
void
cls_organisation_set_representative_title (ClsOrganisation *self,
                                          const char *representative_title)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->representative_title, representative_title) == 0)
    return;
  g_free (self->representative_title);
  self->representative_title = g_strdup (representative_title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE_TITLE]);
}

/**
 * cls_organisation_get_deliberation:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:deliberation].
 *
 * Returns: (nullable): the deliberation
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_deliberation (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->deliberation;
}

/**
 * cls_organisation_set_deliberation:
 * @self: a [class@Cls.Organisation]
 * @deliberation: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:deliberation].
 *
 * Since: 1.0
 */
void
cls_organisation_set_deliberation (ClsOrganisation *self,
                                  const char *deliberation)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->deliberation, deliberation) == 0)
    return;
  g_free (self->deliberation);
  self->deliberation = g_strdup (deliberation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIBERATION]);
}

/**
 * cls_organisation_get_deliberation_number:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:deliberation-number].
 *
 * Returns: (nullable): the deliberation number
 *
 * Since: 1.0
 */
const char *
cls_organisation_get_deliberation_number (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->deliberation_number;
}

/**
 * cls_organisation_set_deliberation_number:
 * @self: a [class@Cls.Organisation]
 * @deliberation_number: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:deliberation-number].
 *
 * Since: 1.0
 */
void
cls_organisation_set_deliberation_number (ClsOrganisation *self,
                                         const char *deliberation_number)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));

  if (g_strcmp0 (self->deliberation_number, deliberation_number) == 0)
    return;
  g_free (self->deliberation_number);
  self->deliberation_number = g_strdup (deliberation_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIBERATION_NUMBER]);
}

/**
 * cls_organisation_get_deliberation_date:
 * @self: a [class@Cls.Organisation]
 *
 * Gets [property@Cls.Organisation:deliberation-date].
 *
 * Returns: (nullable) (transfer none): the deliberation date
 *
 * Since: 1.0
 */
const GDate *
cls_organisation_get_deliberation_date (ClsOrganisation *self)
{
  g_return_val_if_fail (CLS_IS_ORGANISATION (self), NULL);

  return self->deliberation_date;
}

/**
 * cls_organisation_set_deliberation_date:
 * @self: a [class@Cls.Organisation]
 * @deliberation_date: (nullable): the new value
 *
 * Sets [property@Cls.Organisation:deliberation-date].
 *
 * Since: 1.0
 */
void
cls_organisation_set_deliberation_date (ClsOrganisation *self,
                                       const GDate *deliberation_date)
{
  g_return_if_fail (CLS_IS_ORGANISATION (self));
  g_return_if_fail (deliberation_date == NULL || g_date_valid (deliberation_date));

  if (_cls_date_equal (self->deliberation_date, deliberation_date))
    return;
  g_clear_pointer (&self->deliberation_date, g_date_free);
  if (deliberation_date != NULL)
    self->deliberation_date = g_date_copy (deliberation_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIBERATION_DATE]);
}


