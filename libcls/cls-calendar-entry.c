/* cls-calendar-entry.c: ClsCalendarEntry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-calendar-entry.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsCalendarEntry:
 *
 * One entry of an action’s calendar: the text as written and the period it means.
 *
 * Since: 1.0
 */

struct _ClsCalendarEntry
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  ClsPeriod *period;
  char *text;

};

G_DEFINE_FINAL_TYPE (ClsCalendarEntry, cls_calendar_entry, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsCalendarEntry);

enum {
  PROP_0,
  PROP_PERIOD,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_calendar_entry_finalize (GObject *object)
{
  ClsCalendarEntry *self = (ClsCalendarEntry *) object;

  g_clear_pointer (&self->period, cls_period_free);
  g_free (self->text);


  G_OBJECT_CLASS (cls_calendar_entry_parent_class)->finalize (object);
}

static void
cls_calendar_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ClsCalendarEntry *self = CLS_CALENDAR_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_boxed (value, cls_calendar_entry_get_period (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, cls_calendar_entry_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_calendar_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ClsCalendarEntry *self = CLS_CALENDAR_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      cls_calendar_entry_set_period (self, g_value_get_boxed (value));
      break;

    case PROP_TEXT:
      cls_calendar_entry_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_calendar_entry_class_init (ClsCalendarEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_calendar_entry_finalize;
  object_class->get_property = cls_calendar_entry_get_property;
  object_class->set_property = cls_calendar_entry_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsCalendarEntry:period: (attributes org.gtk.Property.get=cls_calendar_entry_get_period org.gtk.Property.set=cls_calendar_entry_set_period)
   *
   * The period the entry means, when it can be normalised. It is the `period` attribute of `<calendar>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_PERIOD] =
    g_param_spec_boxed ("period", NULL, NULL, CLS_TYPE_PERIOD, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsCalendarEntry:text: (attributes org.gtk.Property.get=cls_calendar_entry_get_text org.gtk.Property.set=cls_calendar_entry_set_text)
   *
   * The text as written in the contract. It is the text of `<calendar>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_calendar_entry_init (ClsCalendarEntry *self)
{
}

/**
 * cls_calendar_entry_new:
 *
 * Creates a new calendar entry.
 *
 * Returns: (transfer full): a new [class@Cls.CalendarEntry]
 *
 * Since: 1.0
 */
ClsCalendarEntry *
cls_calendar_entry_new (void)
{
  return g_object_new (CLS_TYPE_CALENDAR_ENTRY, NULL);
}

/**
 * cls_calendar_entry_get_period:
 * @self: a [class@Cls.CalendarEntry]
 *
 * Gets [property@Cls.CalendarEntry:period].
 *
 * Returns: (nullable) (transfer none): the period
 *
 * Since: 1.0
 */
const ClsPeriod *
cls_calendar_entry_get_period (ClsCalendarEntry *self)
{
  g_return_val_if_fail (CLS_IS_CALENDAR_ENTRY (self), NULL);

  return self->period;
}

/**
 * cls_calendar_entry_set_period:
 * @self: a [class@Cls.CalendarEntry]
 * @period: (nullable): the new value
 *
 * Sets [property@Cls.CalendarEntry:period].
 *
 * Since: 1.0
 */
void
cls_calendar_entry_set_period (ClsCalendarEntry *self,
                              const ClsPeriod *period)
{
  g_return_if_fail (CLS_IS_CALENDAR_ENTRY (self));

  if (_cls_period_equal0 (self->period, period))
    return;
  g_clear_pointer (&self->period, cls_period_free);
  if (period != NULL)
    self->period = cls_period_copy (period);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

/**
 * cls_calendar_entry_get_text:
 * @self: a [class@Cls.CalendarEntry]
 *
 * Gets [property@Cls.CalendarEntry:text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_calendar_entry_get_text (ClsCalendarEntry *self)
{
  g_return_val_if_fail (CLS_IS_CALENDAR_ENTRY (self), NULL);

  return self->text;
}

/**
 * cls_calendar_entry_set_text:
 * @self: a [class@Cls.CalendarEntry]
 * @text: (nullable): the new value
 *
 * Sets [property@Cls.CalendarEntry:text].
 *
 * Since: 1.0
 */
void
cls_calendar_entry_set_text (ClsCalendarEntry *self,
                            const char *text)
{
  g_return_if_fail (CLS_IS_CALENDAR_ENTRY (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}


