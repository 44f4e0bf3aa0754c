/* cls-funding.c: ClsFunding
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "cls-funding.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsFunding:
 *
 * A funding line, as the contract writes it, with the amount or range when it gives one.
 *
 * Since: 1.0
 */

struct _ClsFunding
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *funder;
  double amount;
  guint has_amount : 1;
  double min;
  guint has_min : 1;
  double max;
  guint has_max : 1;
  double share;
  guint has_share : 1;
  char *basis;
  ClsFundingStatus status;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsFunding, cls_funding, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsFunding);

enum {
  PROP_0,
  PROP_FUNDER,
  PROP_AMOUNT,
  PROP_HAS_AMOUNT,
  PROP_MIN,
  PROP_HAS_MIN,
  PROP_MAX,
  PROP_HAS_MAX,
  PROP_SHARE,
  PROP_HAS_SHARE,
  PROP_BASIS,
  PROP_STATUS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_funding_finalize (GObject *object)
{
  ClsFunding *self = (ClsFunding *) object;

  g_free (self->funder);
  g_free (self->basis);
  g_free (self->text);


  G_OBJECT_CLASS (cls_funding_parent_class)->finalize (object);
}

static void
cls_funding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ClsFunding *self = CLS_FUNDING (object);

  switch (prop_id)
    {
    case PROP_FUNDER:
      g_value_set_string (value, cls_funding_get_funder (self));
      break;

    case PROP_AMOUNT:
      g_value_set_double (value, cls_funding_get_amount (self));
      break;

    case PROP_HAS_AMOUNT:
      g_value_set_boolean (value, cls_funding_has_amount (self));
      break;

    case PROP_MIN:
      g_value_set_double (value, cls_funding_get_min (self));
      break;

    case PROP_HAS_MIN:
      g_value_set_boolean (value, cls_funding_has_min (self));
      break;

    case PROP_MAX:
      g_value_set_double (value, cls_funding_get_max (self));
      break;

    case PROP_HAS_MAX:
      g_value_set_boolean (value, cls_funding_has_max (self));
      break;

    case PROP_SHARE:
      g_value_set_double (value, cls_funding_get_share (self));
      break;

    case PROP_HAS_SHARE:
      g_value_set_boolean (value, cls_funding_has_share (self));
      break;

    case PROP_BASIS:
      g_value_set_string (value, cls_funding_get_basis (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, cls_funding_get_status (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_funding_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_funding_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ClsFunding *self = CLS_FUNDING (object);

  switch (prop_id)
    {
    case PROP_FUNDER:
      cls_funding_set_funder (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      cls_funding_set_amount (self, g_value_get_double (value));
      break;

    case PROP_MIN:
      cls_funding_set_min (self, g_value_get_double (value));
      break;

    case PROP_MAX:
      cls_funding_set_max (self, g_value_get_double (value));
      break;

    case PROP_SHARE:
      cls_funding_set_share (self, g_value_get_double (value));
      break;

    case PROP_BASIS:
      cls_funding_set_basis (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cls_funding_set_status (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      cls_funding_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_funding_class_init (ClsFundingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_funding_finalize;
  object_class->get_property = cls_funding_get_property;
  object_class->set_property = cls_funding_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsFunding:funder: (attributes org.gtk.Property.get=cls_funding_get_funder org.gtk.Property.set=cls_funding_set_funder)
   *
   * The id of the funding organisation. It is the `funder` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_FUNDER] =
    g_param_spec_string ("funder", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:amount: (attributes org.gtk.Property.get=cls_funding_get_amount org.gtk.Property.set=cls_funding_set_amount)
   *
   * The amount in euros. It is the `amount` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AMOUNT] =
    g_param_spec_double ("amount", NULL, NULL, 0, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:has-amount: (attributes org.gtk.Property.get=cls_funding_has_amount)
   *
   * Whether [property@Cls.Funding:amount] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_AMOUNT] =
    g_param_spec_boolean ("has-amount", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:min: (attributes org.gtk.Property.get=cls_funding_get_min org.gtk.Property.set=cls_funding_set_min)
   *
   * The lower end of an amount range (“entre 8000 et 10000 €”). It is the `min` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_MIN] =
    g_param_spec_double ("min", NULL, NULL, 0, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:has-min: (attributes org.gtk.Property.get=cls_funding_has_min)
   *
   * Whether [property@Cls.Funding:min] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_MIN] =
    g_param_spec_boolean ("has-min", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:max: (attributes org.gtk.Property.get=cls_funding_get_max org.gtk.Property.set=cls_funding_set_max)
   *
   * The upper end of an amount range. It is the `max` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_MAX] =
    g_param_spec_double ("max", NULL, NULL, 0, G_MAXDOUBLE, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:has-max: (attributes org.gtk.Property.get=cls_funding_has_max)
   *
   * Whether [property@Cls.Funding:max] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_MAX] =
    g_param_spec_boolean ("has-max", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:share: (attributes org.gtk.Property.get=cls_funding_get_share org.gtk.Property.set=cls_funding_set_share)
   *
   * A percentage share of a cost shared between funders. It is the `share` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL, 0, 100, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:has-share: (attributes org.gtk.Property.get=cls_funding_has_share)
   *
   * Whether [property@Cls.Funding:share] is set.
   *
   * Since: 1.0
   */
  properties[PROP_HAS_SHARE] =
    g_param_spec_boolean ("has-share", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:basis: (attributes org.gtk.Property.get=cls_funding_get_basis org.gtk.Property.set=cls_funding_set_basis)
   *
   * What the amount is per (“/ an / poste”, “/classe”). It is the `basis` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_BASIS] =
    g_param_spec_string ("basis", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:status: (attributes org.gtk.Property.get=cls_funding_get_status org.gtk.Property.set=cls_funding_set_status)
   *
   * How certain the funding is. It is the `status` attribute of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CLS_TYPE_FUNDING_STATUS, CLS_FUNDING_STATUS_UNKNOWN, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsFunding:text: (attributes org.gtk.Property.get=cls_funding_get_text org.gtk.Property.set=cls_funding_set_text)
   *
   * The text as written in the contract. It is the text of `<funding>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_funding_init (ClsFunding *self)
{
  self->status = CLS_FUNDING_STATUS_UNKNOWN;
}

/**
 * cls_funding_new:
 *
 * Creates a new funding.
 *
 * Returns: (transfer full): a new [class@Cls.Funding]
 *
 * Since: 1.0
 */
ClsFunding *
cls_funding_new (void)
{
  return g_object_new (CLS_TYPE_FUNDING, NULL);
}

/**
 * cls_funding_get_funder:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:funder].
 *
 * Returns: (nullable): the funder
 *
 * Since: 1.0
 */
const char *
cls_funding_get_funder (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), NULL);

  return self->funder;
}

/**
 * cls_funding_set_funder:
 * @self: a [class@Cls.Funding]
 * @funder: (nullable): the new value
 *
 * Sets [property@Cls.Funding:funder].
 *
 * Since: 1.0
 */
void
cls_funding_set_funder (ClsFunding *self,
                       const char *funder)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (g_strcmp0 (self->funder, funder) == 0)
    return;
  g_free (self->funder);
  self->funder = g_strdup (funder);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDER]);
}

/**
 * cls_funding_get_amount:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:amount]. It is only meaningful when [method@Cls.Funding.has_amount] returns %TRUE.
 *
 * Returns: the amount, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_funding_get_amount (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), 0);

  return self->amount;
}

/**
 * cls_funding_has_amount:
 * @self: a [class@Cls.Funding]
 *
 * Whether [property@Cls.Funding:amount] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_funding_has_amount (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), FALSE);

  return self->has_amount;
}

/**
 * cls_funding_set_amount:
 * @self: a [class@Cls.Funding]
 * @amount: the new value
 *
 * Sets [property@Cls.Funding:amount]; it is then set ([property@Cls.Funding:has-amount]).
 *
 * Since: 1.0
 */
void
cls_funding_set_amount (ClsFunding *self,
                       double amount)
{
  g_return_if_fail (CLS_IS_FUNDING (self));
  g_return_if_fail (isfinite (amount));

  if (self->has_amount && self->amount == amount)
    return;
  self->amount = amount;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_amount)
    {
      self->has_amount = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_AMOUNT]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_unset_amount:
 * @self: a [class@Cls.Funding]
 *
 * Unsets [property@Cls.Funding:amount].
 *
 * Since: 1.0
 */
void
cls_funding_unset_amount (ClsFunding *self)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (!self->has_amount)
    return;
  self->has_amount = FALSE;
  self->amount = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_AMOUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_get_min:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:min]. It is only meaningful when [method@Cls.Funding.has_min] returns %TRUE.
 *
 * Returns: the min, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_funding_get_min (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), 0);

  return self->min;
}

/**
 * cls_funding_has_min:
 * @self: a [class@Cls.Funding]
 *
 * Whether [property@Cls.Funding:min] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_funding_has_min (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), FALSE);

  return self->has_min;
}

/**
 * cls_funding_set_min:
 * @self: a [class@Cls.Funding]
 * @min: the new value
 *
 * Sets [property@Cls.Funding:min]; it is then set ([property@Cls.Funding:has-min]).
 *
 * Since: 1.0
 */
void
cls_funding_set_min (ClsFunding *self,
                    double min)
{
  g_return_if_fail (CLS_IS_FUNDING (self));
  g_return_if_fail (isfinite (min));

  if (self->has_min && self->min == min)
    return;
  self->min = min;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_min)
    {
      self->has_min = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MIN]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_unset_min:
 * @self: a [class@Cls.Funding]
 *
 * Unsets [property@Cls.Funding:min].
 *
 * Since: 1.0
 */
void
cls_funding_unset_min (ClsFunding *self)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (!self->has_min)
    return;
  self->has_min = FALSE;
  self->min = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MIN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_get_max:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:max]. It is only meaningful when [method@Cls.Funding.has_max] returns %TRUE.
 *
 * Returns: the max, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_funding_get_max (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), 0);

  return self->max;
}

/**
 * cls_funding_has_max:
 * @self: a [class@Cls.Funding]
 *
 * Whether [property@Cls.Funding:max] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_funding_has_max (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), FALSE);

  return self->has_max;
}

/**
 * cls_funding_set_max:
 * @self: a [class@Cls.Funding]
 * @max: the new value
 *
 * Sets [property@Cls.Funding:max]; it is then set ([property@Cls.Funding:has-max]).
 *
 * Since: 1.0
 */
void
cls_funding_set_max (ClsFunding *self,
                    double max)
{
  g_return_if_fail (CLS_IS_FUNDING (self));
  g_return_if_fail (isfinite (max));

  if (self->has_max && self->max == max)
    return;
  self->max = max;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_max)
    {
      self->has_max = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MAX]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_unset_max:
 * @self: a [class@Cls.Funding]
 *
 * Unsets [property@Cls.Funding:max].
 *
 * Since: 1.0
 */
void
cls_funding_unset_max (ClsFunding *self)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (!self->has_max)
    return;
  self->has_max = FALSE;
  self->max = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MAX]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_get_share:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:share]. It is only meaningful when [method@Cls.Funding.has_share] returns %TRUE.
 *
 * Returns: the share, or 0 when it is not set
 *
 * Since: 1.0
 */
double
cls_funding_get_share (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), 0);

  return self->share;
}

/**
 * cls_funding_has_share:
 * @self: a [class@Cls.Funding]
 *
 * Whether [property@Cls.Funding:share] is set.
 *
 * Returns: %TRUE if it is set
 *
 * Since: 1.0
 */
gboolean
cls_funding_has_share (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), FALSE);

  return self->has_share;
}

/**
 * cls_funding_set_share:
 * @self: a [class@Cls.Funding]
 * @share: the new value
 *
 * Sets [property@Cls.Funding:share]; it is then set ([property@Cls.Funding:has-share]).
 *
 * Since: 1.0
 */
void
cls_funding_set_share (ClsFunding *self,
                      double share)
{
  g_return_if_fail (CLS_IS_FUNDING (self));
  g_return_if_fail (isfinite (share));

  if (self->has_share && self->share == share)
    return;
  self->share = share;
  g_object_freeze_notify (G_OBJECT (self));
  if (!self->has_share)
    {
      self->has_share = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SHARE]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_unset_share:
 * @self: a [class@Cls.Funding]
 *
 * Unsets [property@Cls.Funding:share].
 *
 * Since: 1.0
 */
void
cls_funding_unset_share (ClsFunding *self)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (!self->has_share)
    return;
  self->has_share = FALSE;
  self->share = 0;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SHARE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cls_funding_get_basis:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:basis].
 *
 * Returns: (nullable): the basis
 *
 * Since: 1.0
 */
const char *
cls_funding_get_basis (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), NULL);

  return self->basis;
}

/**
 * cls_funding_set_basis:
 * @self: a [class@Cls.Funding]
 * @basis: (nullable): the new value
 *
 * Sets [property@Cls.Funding:basis].
 *
 * Since: 1.0
 */
void
cls_funding_set_basis (ClsFunding *self,
                      const char *basis)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (g_strcmp0 (self->basis, basis) == 0)
    return;
  g_free (self->basis);
  self->basis = g_strdup (basis);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASIS]);
}

/**
 * cls_funding_get_status:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:status].
 *
 * Returns: the status
 *
 * Since: 1.0
 */
ClsFundingStatus
cls_funding_get_status (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), 0);

  return self->status;
}

/**
 * cls_funding_set_status:
 * @self: a [class@Cls.Funding]
 * @status: the new value
 *
 * Sets [property@Cls.Funding:status].
 *
 * Since: 1.0
 */
void
cls_funding_set_status (ClsFunding *self,
                       ClsFundingStatus status)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * cls_funding_get_text:
 * @self: a [class@Cls.Funding]
 *
 * Gets [property@Cls.Funding:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_funding_get_text (ClsFunding *self)
{
  g_return_val_if_fail (CLS_IS_FUNDING (self), NULL);

  return self->text;
}

/**
 * cls_funding_set_text:
 * @self: a [class@Cls.Funding]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.Funding:text].
 *
 * Since: 1.0
 */
void
cls_funding_set_text (ClsFunding *self,
                     const char *text)
{
  g_return_if_fail (CLS_IS_FUNDING (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


