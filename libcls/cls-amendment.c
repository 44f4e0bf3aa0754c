/* cls-amendment.c: ClsAmendment
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-amendment.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsAmendment:
 *
 * An amendment (avenant) to the contract.
 *
 * Since: 1.0
 */

struct _ClsAmendment
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  int number;
  GDate *date;
  char *title;
  char *description;

};

G_DEFINE_FINAL_TYPE (ClsAmendment, cls_amendment, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsAmendment);

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_DATE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_amendment_finalize (GObject *object)
{
  ClsAmendment *self = (ClsAmendment *) object;

  g_free (self->id);
  g_clear_pointer (&self->date, g_date_free);
  g_free (self->title);
  g_free (self->description);


  G_OBJECT_CLASS (cls_amendment_parent_class)->finalize (object);
}

static void
cls_amendment_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ClsAmendment *self = CLS_AMENDMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_amendment_get_id (self));
      break;

    case PROP_NUMBER:
      g_value_set_int (value, cls_amendment_get_number (self));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cls_amendment_get_date (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, cls_amendment_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, cls_amendment_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_amendment_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ClsAmendment *self = CLS_AMENDMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NUMBER:
      cls_amendment_set_number (self, g_value_get_int (value));
      break;

    case PROP_DATE:
      cls_amendment_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
      cls_amendment_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cls_amendment_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_amendment_class_init (ClsAmendmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_amendment_finalize;
  object_class->get_property = cls_amendment_get_property;
  object_class->set_property = cls_amendment_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsAmendment:id: (attributes org.gtk.Property.get=cls_amendment_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<amendment>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsAmendment:number: (attributes org.gtk.Property.get=cls_amendment_get_number org.gtk.Property.set=cls_amendment_set_number)
   *
   * The amendment’s number, or -1. It is the `number` attribute of `<amendment>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL, -1, G_MAXINT, -1, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsAmendment:date: (attributes org.gtk.Property.get=cls_amendment_get_date org.gtk.Property.set=cls_amendment_set_date)
   *
   * The date the amendment was signed. It is the `date` attribute of `<amendment>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsAmendment:title: (attributes org.gtk.Property.get=cls_amendment_get_title org.gtk.Property.set=cls_amendment_set_title)
   *
   * The title, as written. It is the text of the `<title>` child of `<amendment>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsAmendment:description: (attributes org.gtk.Property.get=cls_amendment_get_description org.gtk.Property.set=cls_amendment_set_description)
   *
   * A description, as written. It is the text of the `<description>` child of `<amendment>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_amendment_init (ClsAmendment *self)
{
  self->number = -1;
}

/**
 * cls_amendment_new:
 * @id: the amendment’s id, unique in its contract
 *
 * Creates a new amendment.
 *
 * Returns: (transfer full): a new [class@Cls.Amendment]
 *
 * Since: 1.0
 */
ClsAmendment *
cls_amendment_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_AMENDMENT, "id", id, NULL);
}

/**
 * cls_amendment_get_id:
 * @self: a [class@Cls.Amendment]
 *
 * Gets [property@Cls.Amendment:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_amendment_get_id (ClsAmendment *self)
{
  g_return_val_if_fail (CLS_IS_AMENDMENT (self), NULL);

  return self->id;
}

/**
 * cls_amendment_get_number:
 * @self: a [class@Cls.Amendment]
 *
 * Gets [property@Cls.Amendment:number].
 *
 * Returns: the number
 *
 * Since: 1.0
 */
int
cls_amendment_get_number (ClsAmendment *self)
{
  g_return_val_if_fail (CLS_IS_AMENDMENT (self), 0);

  return self->number;
}

/**
 * cls_amendment_set_number:
 * @self: a [class@Cls.Amendment]
 * @number: the new value
 *
 * Sets [property@Cls.Amendment:number].
 *
 * Since: 1.0
 */
void
cls_amendment_set_number (ClsAmendment *self,
                         int number)
{
  g_return_if_fail (CLS_IS_AMENDMENT (self));
  g_return_if_fail (number >= -1 && number <= G_MAXINT);

  if (self->number == number)
    return;
  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

/**
 * cls_amendment_get_date:
 * @self: a [class@Cls.Amendment]
 *
 * Gets [property@Cls.Amendment:date].
 *
 * Returns: (nullable) (transfer none): the date
 *
 * Since: 1.0
 */
const GDate *
cls_amendment_get_date (ClsAmendment *self)
{
  g_return_val_if_fail (CLS_IS_AMENDMENT (self), NULL);

  return self->date;
}

/**
 * cls_amendment_set_date:
 * @self: a [class@Cls.Amendment]
 * @date: (nullable): the new value
 *
 * Sets [property@Cls.Amendment:date].
 *
 * Since: 1.0
 */
void
cls_amendment_set_date (ClsAmendment *self,
                       const GDate *date)
{
  g_return_if_fail (CLS_IS_AMENDMENT (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (_cls_date_equal (self->date, date))
    return;
  g_clear_pointer (&self->date, g_date_free);
  if (date != NULL)
    self->date = g_date_copy (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * cls_amendment_get_title:
 * @self: a [class@Cls.Amendment]
 *
 * Gets [property@Cls.Amendment:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
cls_amendment_get_title (ClsAmendment *self)
{
  g_return_val_if_fail (CLS_IS_AMENDMENT (self), NULL);

  return self->title;
}

/**
 * cls_amendment_set_title:
 * @self: a [class@Cls.Amendment]
 * @title: (nullable): the new value
 *
 * Sets [property@Cls.Amendment:title].
 *
 * Since: 1.0
 */
void
cls_amendment_set_title (ClsAmendment *self,
                        const char *title)
{
  g_return_if_fail (CLS_IS_AMENDMENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * cls_amendment_get_description:
 * @self: a [class@Cls.Amendment]
 *
 * Gets [property@Cls.Amendment:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
cls_amendment_get_description (ClsAmendment *self)
{
  g_return_val_if_fail (CLS_IS_AMENDMENT (self), NULL);

  return self->description;
}

/**
 * cls_amendment_set_description:
 * @self: a [class@Cls.Amendment]
 * @description: (nullable): the new value
 *
 * Sets [property@Cls.Amendment:description].
 *
 * Since: 1.0
 */
void
cls_amendment_set_description (ClsAmendment *self,
                              const char *description)
{
  g_return_if_fail (CLS_IS_AMENDMENT (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}


