/* cls-csv-private.h: an RFC 4180 reader and writer (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Coordinators keep their figures in spreadsheets, and spreadsheets export
 * CSV in several dialects: Excel writes a UTF-8 byte order mark and, in a
 * French locale, “;” separators and decimal commas; LibreOffice asks; old
 * Macintosh tools end lines with CR alone. The reader accepts all of them
 * and keeps, for each record, the physical line where it starts, so that
 * an import can say which line of the file is wrong. The writer writes
 * strict RFC 4180: “,”, CRLF, quotes only where needed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  guint line;        /* physical line (1-based) where the record starts */
  guint n_fields;
  char **fields;     /* n_fields UTF-8 strings, NULL-terminated array */
  guint8 *quoted;    /* n_fields flags: the field was written in quotes */
} ClsCsvRecord;

typedef struct {
  char separator;    /* ',', ';' or '\t' */
  GPtrArray *records; /* ClsCsvRecord *; blank lines are left out */
} ClsCsvTable;

/* Reads data[0..length). separator 0 detects it from the first line: the
 * most frequent of ',', ';' and tab outside quotes (',' when there is
 * none). A UTF-8 byte order mark at the start is skipped. On error (the
 * data is not UTF-8, a quoted field is not closed, text follows a closing
 * quote) returns NULL, sets *error_line to the physical line of the
 * problem and error to CLS_CONTRACT_ERROR_MALFORMED with a message that
 * does not repeat the line. */
ClsCsvTable *_cls_csv_read            (const char   *data,
                                       gsize         length,
                                       char          separator,
                                       guint        *error_line,
                                       GError      **error);
void         _cls_csv_table_free      (ClsCsvTable  *table);

/* TRUE when every field of the record is empty or spaces. */
gboolean     _cls_csv_record_is_blank (const ClsCsvRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClsCsvTable, _cls_csv_table_free)

typedef struct {
  GString *out;
  char separator;
  gboolean in_record;
} ClsCsvWriter;

void _cls_csv_writer_init       (ClsCsvWriter *writer,
                                 GString      *out,
                                 char          separator);
/* Appends one field; NULL is an empty field. The field is quoted when it
 * holds the separator, a quote, a line break, or leading or trailing
 * spaces (which some readers trim). */
void _cls_csv_writer_field      (ClsCsvWriter *writer,
                                 const char   *text);
/* A number in the shortest form that reads back to the same double, with
 * a “.”; NaN is written as an empty field. */
void _cls_csv_writer_number     (ClsCsvWriter *writer,
                                 double        value);
/* Ends the record with CRLF, as RFC 4180 asks. */
void _cls_csv_writer_end_record (ClsCsvWriter *writer);

/* The fixed columns of cls_contract_export_csv(), in order, NULL-terminated;
 * the import ignores those it does not read, so that an export can be
 * filled in and imported back. */
extern const char * const _cls_csv_export_columns[];

G_END_DECLS
