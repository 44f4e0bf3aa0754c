/* cls-xml-values.c: conversions between XML text and property values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "cls-i18n-private.h"
#include "cls-model-private.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cls-xml-fields.h"
#include "cls-period.h"
#include "cls-period-private.h"

gboolean
_cls_xml_parse_double (const char *text,
                       double     *out)
{
  char *end = NULL;
  double value;
  const char *p;

  if (text == NULL || *text == '\0')
    return FALSE;
  /* Only plain decimal numbers: no hex, no "inf"/"nan", no spaces, no
   * thousands separators — what a spreadsheet user would not mistake. */
  for (p = text; *p; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '+' && *p != 'e' && *p != 'E')
      return FALSE;
  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (value))
    return FALSE;
  *out = value;
  return TRUE;
}

void
_cls_xml_append_double (GString *out,
                        double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  int precision;

  if (value == 0)
    value = 0; /* no "-0" */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }
  /* The shortest form that reads back to the same double. */
  for (precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (out, buffer);
}

static gboolean
parse_int (const char *text,
           gint64     *out)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoll (text, &end, 10);
  if (errno != 0 || *end != '\0')
    return FALSE;
  *out = value;
  return TRUE;
}

gboolean
_cls_xml_value_parse (GParamSpec  *pspec,
                      const char  *text,
                      GValue      *value,
                      GError     **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    {
      g_value_set_string (value, text);
      return TRUE;
    }
  if (type == G_TYPE_STRV)
    {
      g_auto(GStrv) parts = g_strsplit (text, " ", -1);
      GStrvBuilder *builder = g_strv_builder_new ();
      guint i;

      for (i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          g_strv_builder_add (builder, parts[i]);
      g_value_take_boxed (value, _cls_strv_builder_finish (builder));
      return TRUE;
    }
  if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (pspec);
      gint64 v;

      if (!parse_int (text, &v))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("“%s” is not a whole number"), text);
          return FALSE;
        }
      if (v < MAX (ispec->minimum, 0) || v > ispec->maximum)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s is out of range"), text);
          return FALSE;
        }
      g_value_set_int (value, (int) v);
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
      double v;

      if (!_cls_xml_parse_double (text, &v))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("“%s” is not a number (write digits with a “.” for decimals)"), text);
          return FALSE;
        }
      if (v < dspec->minimum || v > dspec->maximum)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s is out of range"), text);
          return FALSE;
        }
      g_value_set_double (value, v);
      return TRUE;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (g_str_equal (text, "true"))
        g_value_set_boolean (value, TRUE);
      else if (g_str_equal (text, "false"))
        g_value_set_boolean (value, FALSE);
      else
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("“%s” is neither “true” nor “false”"), text);
          return FALSE;
        }
      return TRUE;
    }
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, text);

      if (ev == NULL)
        {
          g_autoptr(GString) allowed = g_string_new (NULL);
          guint i;

          for (i = 0; i < klass->n_values; i++)
            {
              if (i > 0)
                g_string_append (allowed, ", ");
              /* TRANSLATORS: a value quoted in a list of allowed values */
              g_string_append_printf (allowed, _("“%s”"), klass->values[i].value_nick);
            }
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("“%s” is not one of %s"), text, allowed->str);
          g_type_class_unref (klass);
          return FALSE;
        }
      g_value_set_enum (value, ev->value);
      g_type_class_unref (klass);
      return TRUE;
    }
  if (type == G_TYPE_DATE)
    {
      guint32 julian;

      if (!_cls_date_parse_julian (text, strlen (text), &julian))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("“%s” is not a date (write YYYY-MM-DD)"), text);
          return FALSE;
        }
      g_value_take_boxed (value, g_date_new_julian (julian));
      return TRUE;
    }
  if (type == CLS_TYPE_PERIOD)
    {
      ClsPeriod *period = cls_period_parse (text, error);

      if (period == NULL)
        return FALSE;
      g_value_take_boxed (value, period);
      return TRUE;
    }
  g_assert_not_reached ();
}

char *
_cls_xml_value_format (GParamSpec   *pspec,
                       const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (g_param_value_defaults (pspec, (GValue *) value))
    return NULL;

  if (type == G_TYPE_STRING)
    return g_value_dup_string (value);
  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      return strv != NULL && strv[0] != NULL ? g_strjoinv (" ", (char **) strv) : NULL;
    }
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_DOUBLE)
    {
      GString *out = g_string_new (NULL);
      _cls_xml_append_double (out, g_value_get_double (value));
      return g_string_free (out, FALSE);
    }
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));
      char *nick = ev != NULL ? g_strdup (ev->value_nick) : NULL;

      g_type_class_unref (klass);
      return nick;
    }
  if (type == G_TYPE_DATE)
    {
      const GDate *date = g_value_get_boxed (value);
      GString *out;

      if (date == NULL)
        return NULL;
      out = g_string_new (NULL);
      _cls_date_append_julian (out, g_date_get_julian (date));
      return g_string_free (out, FALSE);
    }
  if (type == CLS_TYPE_PERIOD)
    {
      const ClsPeriod *period = g_value_get_boxed (value);
      return period != NULL ? cls_period_to_string (period) : NULL;
    }
  g_assert_not_reached ();
}
