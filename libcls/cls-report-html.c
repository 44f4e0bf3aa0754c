/* cls-report-html.c: writing HTML safely, for the report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report is HTML5 written in XML syntax: elements are always closed,
 * void elements are written <meta/>, and the only entities used are the
 * five of XML, so that the same bytes read as HTML in a browser and as XML
 * in libxml2. Tags and attribute names are the report's own constants;
 * everything else — titles, codes, messages, ids — goes through
 * _cls_html_escape().
 */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "cls-evaluation-private.h"
#include "cls-report-private.h"

/* Escapes @text for a text node or a quoted attribute value. Invalid UTF-8
 * is repaired and control characters that neither XML nor HTML allow are
 * dropped, so that a contract built in code cannot break the document. */
void
_cls_html_escape (GString    *out,
                  const char *text)
{
  g_autofree char *valid = NULL;
  const char *p;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }
}

static void
append_attributes (GString *out,
                   va_list  args)
{
  const char *name;

  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);

      /* A NULL value leaves the attribute out. */
      if (value == NULL)
        continue;
      g_string_append_printf (out, " %s=\"", name);
      _cls_html_escape (out, value);
      g_string_append_c (out, '"');
    }
}

/* <tag name="value"…>: the attributes are NULL-terminated name, value pairs */
void
_cls_html_open (GString    *out,
                const char *tag,
                ...)
{
  va_list args;

  g_string_append_printf (out, "<%s", tag);
  va_start (args, tag);
  append_attributes (out, args);
  va_end (args);
  g_string_append_c (out, '>');
}

void
_cls_html_close (GString    *out,
                 const char *tag)
{
  g_string_append_printf (out, "</%s>", tag);
}

/* <tag …>text</tag> */
void
_cls_html_element (GString    *out,
                   const char *tag,
                   const char *text,
                   ...)
{
  va_list args;

  g_string_append_printf (out, "<%s", tag);
  va_start (args, text);
  append_attributes (out, args);
  va_end (args);
  g_string_append_c (out, '>');
  _cls_html_escape (out, text);
  g_string_append_printf (out, "</%s>", tag);
}

/* <tag …/>: void HTML elements (meta, br) and childless SVG elements */
void
_cls_html_void (GString    *out,
                const char *tag,
                ...)
{
  va_list args;

  g_string_append_printf (out, "<%s", tag);
  va_start (args, tag);
  append_attributes (out, args);
  va_end (args);
  g_string_append (out, "/>");
}

/* A coordinate: at most two decimals, a dot whatever the locale */
void
_cls_html_number (GString *out,
                  double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (!isfinite (value))
    value = 0;
  value = round (value * 100) / 100;
  if (value == 0)
    value = 0;   /* no “-0” */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  g_string_append (out, buffer);
}

/* At most @max_chars characters of @text, on one line, “…” when cut */
char *
_cls_html_truncate (const char *text,
                    guint       max_chars)
{
  g_autofree char *valid = NULL;
  GString *line;
  const char *p;
  guint n = 0;

  if (text == NULL)
    return g_strdup ("");
  valid = g_utf8_make_valid (text, -1);
  line = g_string_new (NULL);
  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          /* cut at the last space when there is one not too far back */
          const char *space = strrchr (line->str, ' ');

          if (space != NULL && (gsize) (space - line->str) > line->len / 2)
            g_string_truncate (line, space - line->str);
          g_string_append (line, "…");
          break;
        }
      if (g_unichar_isspace (c))
        {
          if (line->len > 0 && line->str[line->len - 1] != ' ')
            g_string_append_c (line, ' ');
        }
      else
        g_string_append_unichar (line, c);
      n++;
    }
  return g_string_free (line, FALSE);
}

#define NBSP "\xc2\xa0"

char *
_cls_report_format_number (double   value,
                           gboolean french)
{
  return _cls_format_number (value, french);
}

/* A ratio as a whole percentage: 1.168 → “117 %” (“117%” in English) */
char *
_cls_report_format_percent (double   ratio,
                            gboolean french)
{
  g_autofree char *number = _cls_format_number (round (ratio * 100), french);

  return g_strconcat (number, french ? NBSP "%" : "%", NULL);
}
