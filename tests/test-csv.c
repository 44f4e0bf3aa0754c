/* test-csv.c: the CSV reader and writer, the export and the import
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Linked with the static twin: the RFC 4180 reader and writer are private.
 * The export is checked on the tutorial; the import against each of its
 * documented problems, with the line it reports and the promise that a
 * failed import changes nothing (the contract's bytes are compared).
 */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <libcls/cls.h>

#include "cls-csv-private.h"
#include "cls-tool-commands.h"

/* Helpers -------------------------------------------------------------- */

static ClsCsvTable *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  guint line = 0;
  ClsCsvTable *table = _cls_csv_read (text, strlen (text), 0, &line, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static ClsCsvRecord *
record (ClsCsvTable *table,
        guint        index)
{
  g_assert_cmpuint (index, <, table->records->len);
  return table->records->pdata[index];
}

static void
assert_fields (ClsCsvRecord       *r,
               const char * const *expected)
{
  g_assert_cmpuint (r->n_fields, ==, g_strv_length ((char **) expected));
  g_assert_true (g_strv_equal ((const char * const *) r->fields, expected));
}

static void
read_fails (const char *text,
            gssize      length,
            guint       expected_line,
            const char *expected_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsCsvTable) table = NULL;
  guint line = 0;

  table = _cls_csv_read (text, length < 0 ? strlen (text) : (gsize) length, 0, &line, &error);
  g_assert_null (table);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
  g_assert_cmpuint (line, ==, expected_line);
  g_assert_nonnull (strstr (error->message, expected_text));
}

static char *
tutorial_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", "tutorial.cls.xml", NULL);
}

static ClsContract *
load_tutorial (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tutorial_path ();
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  ClsContract *contract;

  /* Trusted: the static twin does not link the schema's resource (nothing
   * refers to it), and the schema is test-io's business. */
  cls_loader_set_trusted (loader, TRUE);
  contract = cls_loader_load_from_path (loader, path, &error);

  g_assert_no_error (error);
  return contract;
}

static char *
contract_text (ClsContract *contract)
{
  g_autoptr(GBytes) bytes = cls_contract_to_bytes (contract);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

/* The index of a header name in the table's first record. */
static guint
column_of (ClsCsvTable *table,
           const char  *name)
{
  ClsCsvRecord *header = record (table, 0);
  guint i;

  for (i = 0; i < header->n_fields; i++)
    if (g_str_equal (header->fields[i], name))
      return i;
  g_error ("no column %s", name);
  return 0;
}

/* The record of an indicator and a period, or NULL. */
static ClsCsvRecord *
find_row (ClsCsvTable *table,
          const char  *indicator,
          const char  *period)
{
  guint id = column_of (table, "indicator_id"), p = column_of (table, "period");
  guint i;

  for (i = 1; i < table->records->len; i++)
    {
      ClsCsvRecord *r = record (table, i);
      if (g_str_equal (r->fields[id], indicator) && g_str_equal (r->fields[p], period))
        return r;
    }
  return NULL;
}

static const char *
cell (ClsCsvTable  *table,
      ClsCsvRecord *r,
      const char   *name)
{
  return r->fields[column_of (table, name)];
}

/* Reader --------------------------------------------------------------- */

static void
test_read_rfc4180 (void)
{
  g_autoptr(ClsCsvTable) table =
    read_ok ("a,b,c\r\n"
             "\"x, y\",\"he said \"\"hi\"\"\",\"two\r\nlines\"\r\n"
             "1,,\r\n"
             "last,row,here");
  const char * const header[] = { "a", "b", "c", NULL };
  const char * const quoted[] = { "x, y", "he said \"hi\"", "two\nlines", NULL };
  const char * const empty[] = { "1", "", "", NULL };
  const char * const last[] = { "last", "row", "here", NULL };

  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpuint (table->records->len, ==, 4);
  assert_fields (record (table, 0), header);
  assert_fields (record (table, 1), quoted);
  assert_fields (record (table, 2), empty);
  assert_fields (record (table, 3), last);
  /* A record's line is where it starts: the quoted line break moves the
   * next record one line down. */
  g_assert_cmpuint (record (table, 0)->line, ==, 1);
  g_assert_cmpuint (record (table, 1)->line, ==, 2);
  g_assert_cmpuint (record (table, 2)->line, ==, 4);
  g_assert_cmpuint (record (table, 3)->line, ==, 5);
  g_assert_true (record (table, 1)->quoted[0]);
  g_assert_false (record (table, 2)->quoted[0]);
}

static void
test_read_dialects (void)
{
  const char * const fr_header[] = { "indicateur", "période", "valeur", NULL };
  const char * const fr_row[] = { "fa11-seances", "2027", "12,5", NULL };
  const char * const trailing[] = { "a", "b", "", "", NULL };
  g_autoptr(ClsCsvTable) excel = NULL;
  g_autoptr(ClsCsvTable) tabs = NULL;
  g_autoptr(ClsCsvTable) mac = NULL;
  g_autoptr(ClsCsvTable) blank = NULL;
  g_autoptr(ClsCsvTable) tie = NULL;

  /* Excel, French locale: BOM, “;”, decimal comma, CRLF. */
  excel = read_ok ("\xEF\xBB\xBFindicateur;période;valeur\r\nfa11-seances;2027;12,5\r\n");
  g_assert_cmpint (excel->separator, ==, ';');
  assert_fields (record (excel, 0), fr_header);
  assert_fields (record (excel, 1), fr_row);
  g_assert_cmpuint (record (excel, 1)->line, ==, 2);

  tabs = read_ok ("a\tb\t\t\nc\td\t\t\n");
  g_assert_cmpint (tabs->separator, ==, '\t');
  assert_fields (record (tabs, 0), trailing);

  /* Old Macintosh line ends; empty lines are left out but counted. */
  mac = read_ok ("a,b\r\r1,2\r");
  g_assert_cmpuint (mac->records->len, ==, 2);
  g_assert_cmpuint (record (mac, 1)->line, ==, 3);

  /* Blank lines before the header do not decide the separator. */
  blank = read_ok ("\n\nx;y\n1;2\n");
  g_assert_cmpint (blank->separator, ==, ';');
  g_assert_cmpuint (record (blank, 0)->line, ==, 3);

  /* Quoted separators do not count. */
  tie = read_ok ("\"a;b;c\",d\n");
  g_assert_cmpint (tie->separator, ==, ',');
  g_assert_cmpuint (record (tie, 0)->n_fields, ==, 2);
}

static void
test_read_errors (void)
{
  read_fails ("a,b\n1,\"open\n\nstill open", -1, 2, "not closed");
  read_fails ("a,b\n1,\"x\"y\n", -1, 2, "follows a closing quote");
  read_fails ("a,b\n1,2\n\"multi\nline\",\xC3(\n", -1, 4, "not valid UTF-8");
  read_fails ("a,b\n1,\0002\n", 9, 2, "NUL");
  read_fails ("\xFF\xFE" "a\0,\0", 6, 1, "UTF-16");
}

/* Writer --------------------------------------------------------------- */

static void
test_write (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  ClsCsvWriter writer;

  _cls_csv_writer_init (&writer, out, ',');
  _cls_csv_writer_field (&writer, "plain");
  _cls_csv_writer_field (&writer, NULL);
  _cls_csv_writer_field (&writer, "a, b");
  _cls_csv_writer_field (&writer, "say \"hi\"");
  _cls_csv_writer_field (&writer, "two\nlines");
  _cls_csv_writer_field (&writer, " padded");
  _cls_csv_writer_end_record (&writer);
  _cls_csv_writer_number (&writer, 12);
  _cls_csv_writer_number (&writer, 0.1);
  _cls_csv_writer_number (&writer, 1e-7);
  _cls_csv_writer_number (&writer, -0.0);
  _cls_csv_writer_number (&writer, 11.991786447638603);
  _cls_csv_writer_number (&writer, NAN);
  _cls_csv_writer_end_record (&writer);

  g_assert_cmpstr (out->str, ==,
                   "plain,,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\"\r\n"
                   "12,0.1,1e-07,0,11.991786447638603,\r\n");

  /* What the writer writes, the reader reads back. */
  {
    g_autoptr(ClsCsvTable) table = read_ok (out->str);
    const char * const first[] = { "plain", "", "a, b", "say \"hi\"", "two\nlines", " padded", NULL };

    assert_fields (record (table, 0), first);
    g_assert_cmpuint (record (table, 1)->line, ==, 3);
  }
}

/* Export --------------------------------------------------------------- */

static const char * const fixed_columns[] = {
  "contract_id", "node_id", "node_code", "node_title", "indicator_id", "indicator_title", "kind", "unit",
  "direction", "period", "period_start", "period_end", "value", "numerator", "denominator", "respondents",
  "level", "done", "date", "author", "text", "source", "recorded", "comment", "illustrative",
  "evaluated_value", "target", "target_source", "achievement", "status", "trend",
  NULL
};

static void
test_export_tutorial (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cls_contract_export_csv (contract, CLS_TARGET_VERSION_AMENDED, &error);
  g_autoptr(ClsCsvTable) table = NULL;
  g_autoptr(GListModel) indicators = cls_contract_dup_all_indicators (contract);
  const char * const dynamic[] = {
    "response:pas-du-tout", "response:peu", "response:satisfait", "response:tres",
    "breakdown:commune:c-exempleville", "breakdown:commune:c-modele-sur-rive", "breakdown:commune:c-saint-fictif",
  };
  ClsCsvRecord *header, *r;
  const char *data;
  gsize size;
  guint i, expected_rows = 0;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  /* No byte order mark; every record ends with CRLF. */
  g_assert_true (g_str_has_prefix (data, "contract_id,node_id,"));
  g_assert_true (size > 2 && data[size - 2] == '\r' && data[size - 1] == '\n');
  {
    g_autofree char *text = g_strndup (data, size);
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    /* The tutorial has no line break inside a text but in the narrative. */
    for (i = 0; lines[i + 1] != NULL; i++)
      if (strstr (lines[i], "fa21-dynamique,") == NULL)
        g_assert_null (strchr (lines[i], '\n'));
  }

  table = _cls_csv_read (data, size, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, ',');
  header = record (table, 0);
  g_assert_cmpuint (header->n_fields, ==, g_strv_length ((char **) fixed_columns) + G_N_ELEMENTS (dynamic));
  for (i = 0; fixed_columns[i] != NULL; i++)
    g_assert_cmpstr (header->fields[i], ==, fixed_columns[i]);
  for (i = 0; i < G_N_ELEMENTS (dynamic); i++)
    g_assert_cmpstr (header->fields[g_strv_length ((char **) fixed_columns) + i], ==, dynamic[i]);

  /* One row per measurement, and one per contract year (2025–2028) an
   * indicator has no measurement of that year for. */
  for (i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      int year;

      expected_rows += cls_indicator_get_n_measurements (indicator);
      for (year = 2025; year <= 2028; year++)
        {
          g_autoptr(ClsPeriod) period = cls_period_new_year (year);
          g_autoptr(ClsMeasurement) m = cls_indicator_lookup_measurement (indicator, period);
          if (m == NULL)
            expected_rows++;
        }
    }
  g_assert_cmpuint (expected_rows, ==, 56);
  g_assert_cmpuint (table->records->len, ==, 1 + expected_rows);
  for (i = 0; i < table->records->len; i++)
    g_assert_cmpuint (record (table, i)->n_fields, ==, header->n_fields);

  /* The method's worked example: 14 séances in 2026 against 48 × 365/1461. */
  r = find_row (table, "fa11-seances", "2026");
  g_assert_nonnull (r);
  g_assert_cmpstr (cell (table, r, "contract_id"), ==, "cls-val-exemple");
  g_assert_cmpstr (cell (table, r, "node_id"), ==, "fa-1-1");
  g_assert_cmpstr (cell (table, r, "node_code"), ==, "FA 1.1");
  g_assert_cmpstr (cell (table, r, "indicator_title"), ==, "Nombre de séances");
  g_assert_cmpstr (cell (table, r, "kind"), ==, "count");
  g_assert_cmpstr (cell (table, r, "unit"), ==, "séances");
  g_assert_cmpstr (cell (table, r, "direction"), ==, "increase");
  g_assert_cmpstr (cell (table, r, "period_start"), ==, "2026-01-01");
  g_assert_cmpstr (cell (table, r, "period_end"), ==, "2026-12-31");
  g_assert_cmpstr (cell (table, r, "value"), ==, "14");
  g_assert_cmpstr (cell (table, r, "numerator"), ==, "");
  g_assert_cmpstr (cell (table, r, "illustrative"), ==, "true");
  g_assert_cmpstr (cell (table, r, "evaluated_value"), ==, "14");
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell (table, r, "target"), NULL), 48.0 * 365 / 1461, 1e-12);
  g_assert_cmpstr (cell (table, r, "target_source"), ==, "prorated");
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cell (table, r, "achievement"), NULL), 14 / (48.0 * 365 / 1461), 1e-12);
  g_assert_cmpstr (cell (table, r, "status"), ==, "achieved");
  g_assert_cmpstr (cell (table, r, "trend"), ==, "improving");

  /* A year without measurement: the gap, with the year's evaluation. */
  r = find_row (table, "fa11-seances", "2027");
  g_assert_nonnull (r);
  g_assert_cmpstr (cell (table, r, "value"), ==, "");
  g_assert_cmpstr (cell (table, r, "illustrative"), ==, "");
  g_assert_cmpstr (cell (table, r, "evaluated_value"), ==, "");
  g_assert_cmpstr (cell (table, r, "status"), ==, "no-data");

  /* A ratio's parts, a survey's counts, a breakdown, a milestone. */
  r = find_row (table, "fa11-satisfaction", "2025");
  g_assert_cmpstr (cell (table, r, "value"), ==, "");
  g_assert_cmpstr (cell (table, r, "numerator"), ==, "81");
  g_assert_cmpstr (cell (table, r, "denominator"), ==, "100");
  g_assert_cmpstr (cell (table, r, "evaluated_value"), ==, "81");
  r = find_row (table, "op211-satisfaction", "2026");
  g_assert_cmpstr (cell (table, r, "respondents"), ==, "18");
  g_assert_cmpstr (cell (table, r, "response:pas-du-tout"), ==, "");
  g_assert_cmpstr (cell (table, r, "response:tres"), ==, "7");
  r = find_row (table, "op211-formes", "2026");
  g_assert_cmpstr (cell (table, r, "breakdown:commune:c-saint-fictif"), ==, "1");
  r = find_row (table, "fa12-msp", "2026");
  g_assert_cmpstr (cell (table, r, "done"), ==, "true");
  g_assert_cmpstr (cell (table, r, "date"), ==, "2026-11-16");
  r = find_row (table, "fa12-aides", "2025");
  g_assert_cmpstr (cell (table, r, "source"), ==, "Comptes de la CCVE");
  g_assert_cmpstr (cell (table, r, "recorded"), ==, "2026-01-20");
  /* A formula has no measurement: its rows show the computed value. */
  r = find_row (table, "op211-par-session", "2026");
  g_assert_cmpstr (cell (table, r, "evaluated_value"), ==, "4");
}

/* Targets as signed: Op. 1's internes have 20, not 24, over the contract;
 * the 2026 row keeps its prévu of 12 either way. */
static void
test_export_targets (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GBytes) amended = cls_contract_export_csv (contract, CLS_TARGET_VERSION_AMENDED, NULL);
  g_autoptr(GBytes) initial = cls_contract_export_csv (contract, CLS_TARGET_VERSION_INITIAL, NULL);
  g_autoptr(ClsCsvTable) a = NULL;
  g_autoptr(ClsCsvTable) b = NULL;
  gsize size;
  const char *data;

  data = g_bytes_get_data (amended, &size);
  a = _cls_csv_read (data, size, 0, NULL, NULL);
  data = g_bytes_get_data (initial, &size);
  b = _cls_csv_read (data, size, 0, NULL, NULL);
  g_assert_cmpstr (cell (a, find_row (a, "op121-internes", "2026"), "target"), ==, "12");
  g_assert_cmpstr (cell (b, find_row (b, "op121-internes", "2026"), "target"), ==, "12");
  g_assert_cmpstr (cell (a, find_row (a, "op121-internes", "2028"), "target"), !=,
                   cell (b, find_row (b, "op121-internes", "2028"), "target"));
}

/* Import ---------------------------------------------------------------- */

static void
remove_all_measurements (ClsContract *contract)
{
  g_autoptr(GListModel) indicators = cls_contract_dup_all_indicators (contract);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);

      while (cls_indicator_get_n_measurements (indicator) > 0)
        {
          g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 0);
          g_autoptr(ClsPeriod) period = cls_measurement_dup_period (m);
          g_assert_true (cls_indicator_remove_measurement (indicator, period));
        }
    }
}

static void
test_import_round_trip (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autofree char *before = contract_text (contract);
  g_autofree char *emptied = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GBytes) csv = cls_contract_export_csv (contract, CLS_TARGET_VERSION_AMENDED, NULL);
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GError) error = NULL;

  remove_all_measurements (contract);
  emptied = contract_text (contract);
  g_assert_cmpstr (emptied, !=, before);

  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cls_importer_get_n_added (importer), ==, 21);
  g_assert_cmpuint (cls_importer_get_n_replaced (importer), ==, 0);
  g_assert_cmpuint (cls_importer_get_n_unchanged (importer), ==, 0);
  g_assert_cmpuint (cls_importer_get_n_skipped (importer), ==, 35);
  g_assert_cmpuint (g_list_model_get_n_items (cls_importer_get_problems (importer)), ==, 0);
  after = contract_text (contract);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (cls_contract_validate (contract, NULL, &error));

  /* The same table again: every row is what the contract has. */
  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_cmpuint (cls_importer_get_n_added (importer), ==, 0);
  g_assert_cmpuint (cls_importer_get_n_unchanged (importer), ==, 21);
}

typedef struct {
  guint line;
  int column;
  const char *code;
  const char *object_id;
} Expected;

/* Imports text into the tutorial, expecting it to fail with exactly the
 * errors listed (warnings aside), and the contract to stay as it was. */
static void
import_fails (const char     *text,
              ClsContractError code,
              const Expected *expected,
              guint           n_expected,
              const char     *message_start)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autofree char *before = contract_text (contract);
  g_autofree char *after = NULL;
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GBytes) csv = bytes_of (text);
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  guint i, n_errors = 0;

  cls_importer_set_name (importer, "mesures.csv");
  g_assert_false (cls_importer_import_bytes (importer, csv, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, (int) code);
  if (message_start != NULL && !g_str_has_prefix (error->message, message_start))
    g_error ("“%s” does not start with “%s”", error->message, message_start);

  problems = cls_importer_get_problems (importer);
  for (i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(ClsDiagnostic) problem = g_list_model_get_item (problems, i);

      if (cls_diagnostic_get_severity (problem) != CLS_SEVERITY_ERROR)
        continue;
      if (g_test_verbose ())
        g_test_message ("%d:%d %s %s", cls_diagnostic_get_line (problem), cls_diagnostic_get_column (problem),
                        cls_diagnostic_get_code (problem), cls_diagnostic_get_message (problem));
      g_assert_cmpuint (n_errors, <, n_expected);
      g_assert_cmpint (cls_diagnostic_get_line (problem), ==, expected[n_errors].line);
      g_assert_cmpint (cls_diagnostic_get_column (problem), ==, expected[n_errors].column);
      g_assert_cmpstr (cls_diagnostic_get_code (problem), ==, expected[n_errors].code);
      g_assert_cmpstr (cls_diagnostic_get_object_id (problem), ==, expected[n_errors].object_id);
      g_assert_cmpstr (cls_diagnostic_get_file (problem), ==, "mesures.csv");
      n_errors++;
    }
  g_assert_cmpuint (n_errors, ==, n_expected);

  after = contract_text (contract);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_row_errors (void)
{
  /* Line 3 holds a quoted line break: the rows after it are one line down. */
  static const char text[] =
    "indicator_id,period,value,numerator,denominator,level,done,date,comment,contract_id,"
    "response:satisfait,breakdown:commune:c-exempleville,commune:c-nowhere,sexe:f\r\n"
    "fa11-seances,2027,12,,,,,,,,,,,\r\n"                                       /* 2: fine */
    "fa11-seances,2028,3,,,,,,\"two\r\nlines\",,,,,\r\n"                          /* 3: fine */
    "nope,2027,3,,,,,,,,,,,\r\n"                                                /* 5 */
    "fa11-seances,2027-S3,3,,,,,,,,,,,\r\n"                                     /* 6 */
    "fa11-seances,2027,x3,,,,,,,,,,,\r\n"                                       /* 7: number, duplicate */
    "fa21-dynamique,2027,3,,,,,,,,,,,\r\n"                                      /* 8 */
    "op211-par-session,2027,3,,,,,,,,,,,\r\n"                                   /* 9 */
    "fa11-satisfaction,2027,,45,,,,,,,,,,\r\n"                                  /* 10 */
    "fa11-satisfaction,2028,,5,0,,,,,,,,,\r\n"                                  /* 11 */
    "fa12-aides,2027,-5,,,,,,,,,,,\r\n"                                         /* 12 */
    "fa12-msp,2027,,,,,maybe,,,,,,,\r\n"                                        /* 13 */
    "fa12-msp,2028,,,,,true,2029-01-01,,,,,,\r\n"                               /* 14 */
    "op212-partenaires,2027,,,,ravi,,,,,,,,\r\n"                                /* 15 */
    "op211-satisfaction,2027,,,,,,,,,2.5,,,\r\n"                                /* 16 */
    "op211-formes,2027,3,,,,,,,,,,1,\r\n"                                       /* 17 */
    "op211-formes,2028,3,,,,,,,,,,,1\r\n"                                       /* 18 */
    "fa11-seances,2026,15,,,,,,,,,,,\r\n"                                       /* 19 */
    "fa11-seances,2029,1,,,,,,,autre-cls,,,,\r\n"                               /* 20 */
    ",2029,1,,,,,,,,,,,\r\n"                                                    /* 21 */
    "fa12-aides,2029,1,,,,,32/13/2029,,,,,,\r\n"                                /* 22 */
    "op121-internes,2029,,,,,,,just a note,,,,,\r\n"                            /* 23 */
    "fa11-seances,2030,1,,,,,,,,,,,,extra\r\n";                                 /* 24 */
  static const Expected expected[] = {
    { 5, 1, "unknown-indicator", NULL },
    { 6, 2, "invalid-period", "fa11-seances" },
    { 7, 2, "duplicate-row", "fa11-seances" },
    { 7, 3, "invalid-number", "fa11-seances" },
    { 8, 3, "wrong-kind", "fa21-dynamique" },
    { 9, 3, "wrong-kind", "op211-par-session" },
    { 10, 4, "incomplete-ratio", "fa11-satisfaction" },
    { 11, 5, "impossible-value", "fa11-satisfaction" },
    { 12, 3, "impossible-value", "fa12-aides" },
    { 13, 7, "invalid-boolean", "fa12-msp" },
    { 14, 8, "impossible-value", "fa12-msp" },
    { 15, 6, "unknown-level", "op212-partenaires" },
    { 16, 11, "invalid-number", "op211-satisfaction" },
    { 17, 13, "unknown-commune", "op211-formes" },
    { 18, 14, "unknown-dimension", "op211-formes" },
    { 19, 2, "already-measured", "fa11-seances" },
    { 20, 10, "wrong-contract", NULL },
    { 21, 1, "missing", NULL },
    { 22, 8, "invalid-date", "fa12-aides" },
    { 23, 0, "wrong-kind", "op121-internes" },
    { 24, 15, "malformed", NULL },
  };

  import_fails (text, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, expected, G_N_ELEMENTS (expected),
                "20 rows are wrong, nothing was imported; the first: mesures.csv:5: the contract has no indicator “nope”");
}

static void
test_import_table_errors (void)
{
  static const Expected missing_period[] = { { 1, 0, "missing-column", NULL } };
  static const Expected duplicate[] = { { 1, 4, "duplicate-column", NULL } };
  static const Expected unclosed[] = { { 3, 0, "malformed", NULL } };
  static const Expected not_utf8[] = { { 2, 0, "malformed", NULL } };
  static const Expected one_row[] = { { 2, 2, "invalid-period", "fa11-seances" } };

  import_fails ("indicator_id,value\nfa11-seances,3\n", CLS_CONTRACT_ERROR_MISSING,
                missing_period, 1, "mesures.csv:1: no column gives the period");
  import_fails ("indicateur;période;Valeur;value\nfa11-seances;2027;3;3\n", CLS_CONTRACT_ERROR_MALFORMED,
                duplicate, 1, "mesures.csv:1: the columns “Valeur” and “value”");
  import_fails ("indicator_id,period,comment\nfa11-seances,2027,ok\nfa11-seances,2028,\"open\n", CLS_CONTRACT_ERROR_MALFORMED,
                unclosed, 1, "mesures.csv:3: a quoted field is not closed");
  import_fails ("indicator_id,period,comment\nfa11-seances,2027,caf\xE9\n", CLS_CONTRACT_ERROR_MALFORMED,
                not_utf8, 1, "mesures.csv:2: the text is not valid UTF-8");
  import_fails ("indicator_id,period,value\nfa11-seances,2027-13,3\n", CLS_CONTRACT_ERROR_INVALID_VALUE,
                one_row, 1, "1 row is wrong, nothing was imported: mesures.csv:2: column “period”");
}

/* The dialect of a French spreadsheet: BOM, “;”, CRLF, decimal commas,
 * thousands grouped by no-break spaces, dates as DD/MM/YYYY, accents and
 * capitals in the header; the columns in any order. */
static void
test_import_french (void)
{
  static const char text[] =
    "\xEF\xBB\xBF" "Période;Indicateur;Valeur;Numérateur;Dénominateur;Fait;Date;Répondants;"
    "Réponse:satisfait;Réponse:tres;Commune:c-exempleville;Commentaire;Illustratif;Notes\r\n"
    "2027;fa12-aides;15\xC2\xA0" "000,50;;;;;;;;;\"Versées; en deux fois\";non;à revoir\r\n"
    "2027;fa11-satisfaction;;45;50;;;;;;;;;\r\n"
    "2027;fa12-msp;;;;Oui;15/03/2027;;;;;;;\r\n"
    "2027;op211-satisfaction;;;;;;10;6;4;;;;\r\n"
    "2027;op211-formes;3;;;;;;;;4;;;\r\n"
    ";;;;;;;;;;;;;\r\n"
    "2028;fa11-seances;;;;;;;;;;;;\r\n";
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GBytes) csv = bytes_of (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) year = cls_period_new_year (2027);
  g_autoptr(ClsMeasurement) aides = NULL;
  g_autoptr(ClsMeasurement) satisfaction = NULL;
  g_autoptr(ClsMeasurement) msp = NULL;
  g_autoptr(ClsMeasurement) survey = NULL;
  g_autoptr(ClsMeasurement) formes = NULL;
  g_autoptr(GDate) date = NULL;
  GListModel *problems;
  guint count;
  double value;

  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cls_importer_get_n_added (importer), ==, 5);
  g_assert_cmpuint (cls_importer_get_n_skipped (importer), ==, 1);

  /* Warnings: the unknown column, and a breakdown above its total. */
  problems = cls_importer_get_problems (importer);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 2);
  {
    g_autoptr(ClsDiagnostic) first = g_list_model_get_item (problems, 0);
    g_autoptr(ClsDiagnostic) second = g_list_model_get_item (problems, 1);

    g_assert_cmpint (cls_diagnostic_get_severity (first), ==, CLS_SEVERITY_WARNING);
    g_assert_cmpstr (cls_diagnostic_get_code (first), ==, "unknown-column");
    g_assert_cmpint (cls_diagnostic_get_column (first), ==, 14);
    g_assert_cmpstr (cls_diagnostic_get_code (second), ==, "breakdown-above-total");
    g_assert_cmpint (cls_diagnostic_get_line (second), ==, 6);
  }

  aides = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "fa12-aides"), year);
  g_assert_cmpfloat (cls_measurement_get_value (aides), ==, 15000.5);
  g_assert_cmpstr (cls_measurement_get_comment (aides), ==, "Versées; en deux fois");
  g_assert_false (cls_measurement_get_illustrative (aides));
  satisfaction = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "fa11-satisfaction"), year);
  g_assert_true (cls_measurement_has_ratio (satisfaction));
  g_assert_cmpfloat (cls_measurement_get_numerator (satisfaction), ==, 45);
  g_assert_false (cls_measurement_has_value (satisfaction));
  msp = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "fa12-msp"), year);
  g_assert_true (cls_measurement_get_done (msp));
  date = cls_measurement_dup_date (msp);
  g_assert_cmpint (g_date_get_day (date), ==, 15);
  g_assert_cmpint (g_date_get_month (date), ==, 3);
  survey = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "op211-satisfaction"), year);
  g_assert_cmpint (cls_measurement_get_respondents (survey), ==, 10);
  g_assert_cmpuint (cls_measurement_get_n_responses (survey), ==, 2);
  g_assert_cmpstr (cls_measurement_get_response (survey, 1, &count), ==, "tres");
  g_assert_cmpuint (count, ==, 4);
  formes = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "op211-formes"), year);
  g_assert_true (cls_measurement_lookup_breakdown (formes, "commune", "c-exempleville", &value));
  g_assert_cmpfloat (value, ==, 4);
  g_assert_true (cls_contract_validate (contract, NULL, &error));
}

/* With “,” separators a decimal comma must be quoted: unquoted, it splits
 * the cell in two. */
static void
test_import_decimal_comma (void)
{
  static const Expected split[] = { { 2, 4, "malformed", NULL } };
  static const char quoted[] = "indicator_id,period,value\r\nfa12-aides,2027,\"12,5\"\r\n";
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GBytes) csv = bytes_of (quoted);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) year = cls_period_new_year (2027);
  g_autoptr(ClsMeasurement) m = NULL;

  import_fails ("indicator_id,period,value\r\nfa12-aides,2027,12,5\r\n", CLS_CONTRACT_ERROR_MALFORMED,
                split, 1, NULL);
  g_assert_true (cls_contract_import_csv (contract, csv, CLS_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  m = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "fa12-aides"), year);
  g_assert_cmpfloat (cls_measurement_get_value (m), ==, 12.5);
}

static void
test_import_dry_run (void)
{
  /* 2026 is the tutorial's own measurement (illustrative, as all its
   * figures): left as it is. */
  static const char text[] =
    "indicator_id,period,value,illustrative\nfa11-seances,2027,12,\nfa11-seances,2026,14,true\n";
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autofree char *before = contract_text (contract);
  g_autofree char *after = NULL;
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GBytes) csv = bytes_of (text);
  g_autoptr(GError) error = NULL;

  cls_importer_set_flags (importer, CLS_IMPORT_FLAGS_DRY_RUN);
  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cls_importer_get_n_added (importer), ==, 1);
  g_assert_cmpuint (cls_importer_get_n_replaced (importer), ==, 0);
  g_assert_cmpuint (cls_importer_get_n_unchanged (importer), ==, 1);
  after = contract_text (contract);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_replace (void)
{
  static const char text[] = "indicator_id,period,value,illustrative\nfa11-seances,2026,15,true\nfa11-seances,2025,10,true\n";
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autofree char *before = contract_text (contract);
  g_autofree char *after = NULL;
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GBytes) csv = bytes_of (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) year = cls_period_new_year (2026);
  g_autoptr(ClsMeasurement) m = NULL;
  g_autoptr(GListModel) problems = NULL;

  /* Without the flag: an error, and nothing changed. */
  g_assert_false (cls_contract_import_csv (contract, csv, CLS_IMPORT_FLAGS_NONE, &problems, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  after = contract_text (contract);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  /* A dry run with the flag says what would be done. */
  cls_importer_set_flags (importer, CLS_IMPORT_FLAGS_REPLACE | CLS_IMPORT_FLAGS_DRY_RUN);
  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_cmpuint (cls_importer_get_n_replaced (importer), ==, 1);
  g_assert_cmpuint (cls_importer_get_n_unchanged (importer), ==, 1);

  cls_importer_set_flags (importer, CLS_IMPORT_FLAGS_REPLACE);
  g_assert_true (cls_importer_import_bytes (importer, csv, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cls_importer_get_n_added (importer), ==, 0);
  g_assert_cmpuint (cls_importer_get_n_replaced (importer), ==, 1);
  g_assert_cmpuint (cls_importer_get_n_unchanged (importer), ==, 1);
  m = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (contract, "fa11-seances"), year);
  g_assert_cmpfloat (cls_measurement_get_value (m), ==, 15);
}

/* A contract made invalid in code: the import is undone when the
 * validation after it fails, whatever the reason. */
static void
test_import_undone (void)
{
  static const char text[] = "indicator_id,period,value\nfa11-seances,2027,12\nfa11-seances,2026,20\n";
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsTarget) target = cls_target_new ();
  g_autoptr(ClsPeriod) period = cls_period_new_year (2027);
  g_autoptr(GBytes) csv = bytes_of (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Below the baseline of 70 %: a target against the direction. */
  cls_target_set_value (target, 10);
  cls_target_set_period (target, period);
  cls_indicator_add_target (cls_contract_lookup_indicator (contract, "fa11-satisfaction"), target);
  before = contract_text (contract);

  g_assert_false (cls_contract_import_csv (contract, csv, CLS_IMPORT_FLAGS_REPLACE, &problems, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_TARGET_DIRECTION);
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
  after = contract_text (contract);
  g_assert_cmpstr (after, ==, before);
}

/* cls-tool import ------------------------------------------------------ */

/* A copy of the tutorial in the build directory, which the test process
 * and its subprocesses both find. */
static char *
scratch_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "test-csv-contract.cls.xml", NULL);
}

static void
test_tool_import_refused (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ClsContract) contract = load_tutorial ();
      g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "measurements-bad.csv", NULL);
      g_autofree char *path = scratch_path ();

      exit (cls_tool_import_run (path, contract, csv, FALSE, FALSE));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("*measurements-bad.csv:3: the contract has no indicator “nope”\n"
                             "*measurements-bad.csv:4: “fa21-dynamique” is a narrative indicator: "
                             "it takes a text, not a value (column “value”)\n"
                             "cls-tool import: *test-csv-contract.cls.xml not changed\n");
}

static void
import_scratch (void)
{
  g_autofree char *path = scratch_path ();
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "data", "measurements-fr.csv", NULL);

  cls_loader_set_trusted (loader, TRUE);
  contract = cls_loader_load_from_path (loader, path, NULL);
  g_assert_nonnull (contract);
  exit (cls_tool_import_run (path, contract, csv, FALSE, FALSE));
}

static void
test_tool_import_saves (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsContract) imported = NULL;
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsPeriod) year = cls_period_new_year (2027);
  g_autoptr(ClsMeasurement) aides = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = scratch_path ();

  if (g_test_subprocess ())
    {
      import_scratch ();
      return;
    }

  contract = load_tutorial ();
  g_assert_true (cls_contract_save_to_path (contract, path, &error));

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*test-csv-contract.cls.xml: 4 added, 0 replaced, 0 unchanged, 1 skipped (no figures)\n");
  g_test_trap_assert_stderr ("");

  cls_loader_set_trusted (loader, TRUE);
  imported = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  aides = cls_indicator_lookup_measurement (cls_contract_lookup_indicator (imported, "fa12-aides"), year);
  g_assert_nonnull (aides);
  g_assert_cmpfloat (cls_measurement_get_value (aides), ==, 12500.5);
  g_assert_cmpstr (cls_measurement_get_source (aides), ==, "Comptes de la CCVE");

  /* Again: the rows are now what the contract has. */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*: 0 added, 0 replaced, 4 unchanged, 1 skipped (no figures)\n");

  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/read/rfc4180", test_read_rfc4180);
  g_test_add_func ("/csv/read/dialects", test_read_dialects);
  g_test_add_func ("/csv/read/errors", test_read_errors);
  g_test_add_func ("/csv/write", test_write);
  g_test_add_func ("/csv/export/tutorial", test_export_tutorial);
  g_test_add_func ("/csv/export/targets", test_export_targets);
  g_test_add_func ("/csv/import/round-trip", test_import_round_trip);
  g_test_add_func ("/csv/import/row-errors", test_import_row_errors);
  g_test_add_func ("/csv/import/table-errors", test_import_table_errors);
  g_test_add_func ("/csv/import/french", test_import_french);
  g_test_add_func ("/csv/import/decimal-comma", test_import_decimal_comma);
  g_test_add_func ("/csv/import/dry-run", test_import_dry_run);
  g_test_add_func ("/csv/import/replace", test_import_replace);
  g_test_add_func ("/csv/import/undone", test_import_undone);
  g_test_add_func ("/csv/tool/import-refused", test_tool_import_refused);
  g_test_add_func ("/csv/tool/import-saves", test_tool_import_saves);

  return g_test_run ();
}
