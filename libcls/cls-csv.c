/* cls-csv.c: an RFC 4180 reader and writer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-csv-private.h"
#include "cls-error.h"
#include "cls-i18n-private.h"
#include "cls-xml-fields.h"

static void
record_free (gpointer data)
{
  ClsCsvRecord *record = data;

  g_strfreev (record->fields);
  g_free (record->quoted);
  g_free (record);
}

void
_cls_csv_table_free (ClsCsvTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->records);
  g_free (table);
}

gboolean
_cls_csv_record_is_blank (const ClsCsvRecord *record)
{
  guint i;

  for (i = 0; i < record->n_fields; i++)
    {
      const char *p;

      for (p = record->fields[i]; *p != '\0'; p++)
        if (*p != ' ' && *p != '\t')
          return FALSE;
    }
  return TRUE;
}

/* The line of data[offset]: one more than the line breaks before it, a CRLF
 * counting once. */
static guint
line_at (const char *data,
         gsize       offset)
{
  guint line = 1;
  gsize i;

  for (i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;
  return line;
}

/* The separator of the first line: the most frequent candidate outside
 * quotes. A French header (“indicateur;période;valeur”) has no comma, an
 * English one no semicolon; on a tie the semicolon wins, since a comma is
 * more likely to appear inside a French column name than the reverse. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean in_quotes = FALSE;
  gsize i;

  for (i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (in_quotes)
        continue;
      else if (c == '\n' || c == '\r')
        {
          /* Blank lines before the header do not count as the first line. */
          if (commas + semicolons + tabs > 0)
            break;
        }
      else if (c == ',')
        commas++;
      else if (c == ';')
        semicolons++;
      else if (c == '\t')
        tabs++;
    }

  if (semicolons > 0 && semicolons >= commas && semicolons >= tabs)
    return ';';
  if (tabs > 0 && tabs >= commas)
    return '\t';
  return ',';
}

static gboolean
fail (GError     **error,
      guint       *error_line,
      guint        line,
      const char  *message)
{
  if (error_line != NULL)
    *error_line = line;
  g_set_error_literal (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED, message);
  return FALSE;
}

ClsCsvTable *
_cls_csv_read (const char  *data,
               gsize        length,
               char         separator,
               guint       *error_line,
               GError     **error)
{
  g_autoptr(ClsCsvTable) table = NULL;
  g_autoptr(GString) field = g_string_new (NULL);
  const char *invalid = NULL;
  gsize pos = 0;
  guint line = 1;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      fail (error, error_line, 1, _("the file is UTF-16 text: save it as “CSV UTF-8”"));
      return NULL;
    }
  /* Excel's “CSV UTF-8” starts with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  /* Validating the whole text first keeps the field loop byte-oriented:
   * every byte it looks for is ASCII, which never occurs inside a UTF-8
   * sequence. A NUL byte is invalid too. */
  if (length > 0 && !g_utf8_validate_len (data, length, &invalid))
    {
      fail (error, error_line, line_at (data, (gsize) (invalid - data)),
            *invalid == '\0' ? _("a NUL byte: the file is not UTF-8 text (save it as “CSV UTF-8”)")
                             : _("the text is not valid UTF-8 (save the file as “CSV UTF-8”)"));
      return NULL;
    }

  table = g_new0 (ClsCsvTable, 1);
  table->separator = separator != 0 ? separator : detect_separator (data, length);
  table->records = g_ptr_array_new_with_free_func (record_free);

  while (pos < length)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GByteArray) quoted = g_byte_array_new ();
      guint record_line = line;
      gboolean end_of_record = FALSE;
      ClsCsvRecord *record;

      while (!end_of_record)
        {
          guint8 was_quoted = FALSE;

          g_string_truncate (field, 0);
          if (pos < length && data[pos] == '"')
            {
              guint field_line = line;

              was_quoted = TRUE;
              pos++;
              for (;;)
                {
                  if (pos >= length)
                    {
                      fail (error, error_line, field_line,
                            _("a quoted field is not closed: a quote (\") is missing"));
                      return NULL;
                    }
                  if (data[pos] == '"')
                    {
                      if (pos + 1 < length && data[pos + 1] == '"')
                        {
                          g_string_append_c (field, '"');
                          pos += 2;
                          continue;
                        }
                      pos++;
                      break;
                    }
                  if (data[pos] == '\r' || data[pos] == '\n')
                    {
                      /* XML reads line ends as LF; so does the import, so
                       * that a comment typed on Windows is kept the same. */
                      if (data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n')
                        pos++;
                      pos++;
                      line++;
                      g_string_append_c (field, '\n');
                      continue;
                    }
                  g_string_append_c (field, data[pos]);
                  pos++;
                }
              if (pos < length && data[pos] != table->separator && data[pos] != '\r' && data[pos] != '\n')
                {
                  fail (error, error_line, line,
                        _("text follows a closing quote: inside a quoted field, write a quote twice (\"\")"));
                  return NULL;
                }
            }
          else
            {
              /* A quote inside an unquoted field is kept as it is, as most
               * spreadsheets read it. */
              gsize start = pos;

              while (pos < length && data[pos] != table->separator && data[pos] != '\r' && data[pos] != '\n')
                pos++;
              g_string_append_len (field, data + start, (gssize) (pos - start));
            }

          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_byte_array_append (quoted, &was_quoted, 1);

          if (pos >= length)
            end_of_record = TRUE;
          else if (data[pos] == table->separator)
            pos++;
          else
            {
              if (data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n')
                pos++;
              pos++;
              line++;
              end_of_record = TRUE;
            }
        }

      /* An empty line: RFC 4180 has none, but files often end with one. */
      if (fields->len == 1 && quoted->data[0] == FALSE && *(char *) fields->pdata[0] == '\0')
        continue;

      record = g_new0 (ClsCsvRecord, 1);
      record->line = record_line;
      record->n_fields = fields->len;
      g_ptr_array_add (fields, NULL);
      record->fields = (char **) g_ptr_array_steal (fields, NULL);
      record->quoted = g_byte_array_steal (quoted, NULL);
      g_ptr_array_add (table->records, record);
    }

  return g_steal_pointer (&table);
}

void
_cls_csv_writer_init (ClsCsvWriter *writer,
                      GString      *out,
                      char          separator)
{
  writer->out = out;
  writer->separator = separator;
  writer->in_record = FALSE;
}

void
_cls_csv_writer_field (ClsCsvWriter *writer,
                       const char   *text)
{
  gsize length = text != NULL ? strlen (text) : 0;
  gboolean quote = FALSE;
  const char *p;

  if (writer->in_record)
    g_string_append_c (writer->out, writer->separator);
  writer->in_record = TRUE;
  if (length == 0)
    return;

  if (text[0] == ' ' || text[0] == '\t' || text[length - 1] == ' ' || text[length - 1] == '\t')
    quote = TRUE;
  for (p = text; *p != '\0' && !quote; p++)
    if (*p == writer->separator || *p == '"' || *p == '\r' || *p == '\n')
      quote = TRUE;

  if (!quote)
    {
      g_string_append_len (writer->out, text, (gssize) length);
      return;
    }
  g_string_append_c (writer->out, '"');
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (writer->out, '"');
      g_string_append_c (writer->out, *p);
    }
  g_string_append_c (writer->out, '"');
}

void
_cls_csv_writer_number (ClsCsvWriter *writer,
                        double        value)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (isfinite (value))
    _cls_xml_append_double (text, value);
  _cls_csv_writer_field (writer, text->str);
}

void
_cls_csv_writer_end_record (ClsCsvWriter *writer)
{
  g_string_append (writer->out, "\r\n");
  writer->in_record = FALSE;
}
