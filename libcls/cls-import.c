/* cls-import.c: measurements from a CSV table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are documented in docs/csv.md. Every row is checked against
 * the same rules the loader applies to <measurement> elements, so that an
 * import never leaves a contract that would not load; the contract is
 * validated once more after the change, and the change is undone if it
 * fails all the same.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cls-import.h"
#include "cls-checks-private.h"
#include "cls-csv-private.h"
#include "cls-diagnostic.h"
#include "cls-enum-types.h"
#include "cls-error.h"
#include "cls-i18n-private.h"
#include "cls-indicator.h"
#include "cls-measurement-private.h"
#include "cls-node.h"
#include "cls-period-private.h"
#include "cls-xml-fields.h"

/**
 * ClsImporter:
 *
 * Imports measurements into a contract from a CSV table, as coordinators
 * keep them in spreadsheets: one row per indicator and period, with the
 * indicator's id, the period, and its figures. Columns are found by their
 * header, in English or French; `;` separators and decimal commas, as a
 * French spreadsheet exports them, are read as well as RFC 4180 CSV. The
 * table written by [method@Cls.Contract.export_csv] can be filled in and
 * imported back.
 *
 * An import is all or nothing: every row is checked first, and one wrong
 * row — an unknown indicator, a period that does not read, a figure the
 * indicator's kind does not take, the same indicator and period twice, a
 * period the contract already has another measurement for — leaves the
 * contract unchanged. Every problem is listed with its line
 * ([method@Cls.Importer.get_problems]).
 *
 * ```c
 * g_autoptr(ClsImporter) importer = cls_importer_new (contract);
 *
 * cls_importer_set_name (importer, "mesures-2026.csv");
 * if (!cls_importer_import_bytes (importer, csv, &error))
 *   {
 *     GListModel *problems = cls_importer_get_problems (importer);
 *     … each is a ClsDiagnostic with a line and a message …
 *   }
 * else
 *   cls_contract_save_to_path (contract, "contrat.cls.xml", &error);
 * ```
 *
 * Since: 1.0
 */

struct _ClsImporter
{
  GObject parent_instance;

  ClsContract *contract;
  ClsImportFlags flags;
  char *name;
  GListStore *problems;
  guint n_added;
  guint n_replaced;
  guint n_unchanged;
  guint n_skipped;
};

G_DEFINE_FINAL_TYPE (ClsImporter, cls_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONTRACT,
  PROP_FLAGS,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Columns                                                             */

typedef enum {
  COLUMN_UNKNOWN,      /* not a column libcls reads: ignored, with a warning */
  COLUMN_IGNORED,      /* written by the export for people, not read back */
  COLUMN_CONTRACT,
  COLUMN_INDICATOR,
  COLUMN_PERIOD,
  COLUMN_VALUE,
  COLUMN_NUMERATOR,
  COLUMN_DENOMINATOR,
  COLUMN_RESPONDENTS,
  COLUMN_LEVEL,
  COLUMN_DONE,
  COLUMN_DATE,
  COLUMN_AUTHOR,
  COLUMN_TEXT,
  COLUMN_SOURCE,
  COLUMN_RECORDED,
  COLUMN_COMMENT,
  COLUMN_ILLUSTRATIVE,
  COLUMN_RESPONSE,     /* response:KEY */
  COLUMN_BREAKDOWN,    /* breakdown:DIMENSION:KEY or DIMENSION:KEY */
} ColumnRole;

/* Names after folding (lower case, no accents, spaces and dashes as “_”). */
static const struct {
  const char *name;
  ColumnRole role;
} column_names[] = {
  { "contract_id", COLUMN_CONTRACT },
  { "contract", COLUMN_CONTRACT },
  { "contrat", COLUMN_CONTRACT },
  { "indicator_id", COLUMN_INDICATOR },
  { "indicator", COLUMN_INDICATOR },
  { "indicateur", COLUMN_INDICATOR },
  { "indicateur_id", COLUMN_INDICATOR },
  { "id_indicateur", COLUMN_INDICATOR },
  { "period", COLUMN_PERIOD },
  { "periode", COLUMN_PERIOD },
  { "value", COLUMN_VALUE },
  { "valeur", COLUMN_VALUE },
  { "numerator", COLUMN_NUMERATOR },
  { "numerateur", COLUMN_NUMERATOR },
  { "denominator", COLUMN_DENOMINATOR },
  { "denominateur", COLUMN_DENOMINATOR },
  { "respondents", COLUMN_RESPONDENTS },
  { "repondants", COLUMN_RESPONDENTS },
  { "level", COLUMN_LEVEL },
  { "niveau", COLUMN_LEVEL },
  { "done", COLUMN_DONE },
  { "fait", COLUMN_DONE },
  { "realise", COLUMN_DONE },
  { "date", COLUMN_DATE },
  { "author", COLUMN_AUTHOR },
  { "auteur", COLUMN_AUTHOR },
  { "text", COLUMN_TEXT },
  { "texte", COLUMN_TEXT },
  { "source", COLUMN_SOURCE },
  { "recorded", COLUMN_RECORDED },
  { "date_de_saisie", COLUMN_RECORDED },
  { "saisie", COLUMN_RECORDED },
  { "comment", COLUMN_COMMENT },
  { "commentaire", COLUMN_COMMENT },
  { "illustrative", COLUMN_ILLUSTRATIVE },
  { "illustratif", COLUMN_ILLUSTRATIVE },
};

typedef struct {
  ColumnRole role;
  char *header;       /* as written, for messages */
  char *dimension;    /* COLUMN_BREAKDOWN */
  char *key;          /* COLUMN_RESPONSE, COLUMN_BREAKDOWN */
} Column;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->header);
  g_free (column->dimension);
  g_free (column->key);
}

/* “Période ”, “PERIODE” and “période” are one column; so are “Date de
 * saisie” and “date_de_saisie”. */
static char *
fold_name (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *decomposed = g_utf8_normalize (trimmed, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == ' ' || c == '-' || c == 0xA0 || c == '_')
        {
          if (out->len > 0 && out->str[out->len - 1] != '_')
            g_string_append_c (out, '_');
          continue;
        }
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_space (const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

static void
classify_column (Column     *column,
                 const char *header)
{
  g_autofree char *folded = NULL;
  const char *colon = strchr (header, ':');
  guint i;

  column->header = g_strdup (header);
  column->role = COLUMN_UNKNOWN;

  if (colon != NULL)
    {
      g_autofree char *prefix = g_strndup (header, (gsize) (colon - header));
      g_autofree char *folded_prefix = fold_name (prefix);
      g_autofree char *rest = g_strstrip (g_strdup (colon + 1));

      if (*rest == '\0' || has_space (rest))
        return;
      if (g_str_equal (folded_prefix, "response") || g_str_equal (folded_prefix, "reponse"))
        {
          column->role = COLUMN_RESPONSE;
          column->key = g_steal_pointer (&rest);
        }
      else if (g_str_equal (folded_prefix, "breakdown") || g_str_equal (folded_prefix, "ventilation"))
        {
          const char *second = strchr (rest, ':');

          if (second == NULL || second == rest || second[1] == '\0')
            return;
          column->role = COLUMN_BREAKDOWN;
          column->dimension = g_strndup (rest, (gsize) (second - rest));
          column->key = g_strdup (second + 1);
        }
      else
        {
          g_autofree char *dimension = g_strstrip (g_strdup (prefix));

          if (*dimension == '\0' || has_space (dimension) || strchr (rest, ':') != NULL)
            return;
          column->role = COLUMN_BREAKDOWN;
          column->dimension = g_steal_pointer (&dimension);
          column->key = g_steal_pointer (&rest);
        }
      return;
    }

  folded = fold_name (header);
  for (i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (g_str_equal (folded, column_names[i].name))
      {
        column->role = column_names[i].role;
        return;
      }
  for (i = 0; _cls_csv_export_columns[i] != NULL; i++)
    if (g_str_equal (folded, _cls_csv_export_columns[i]))
      {
        column->role = COLUMN_IGNORED;
        return;
      }
}

/* ------------------------------------------------------------------ */
/* Cells                                                               */

static gboolean
is_space_char (gunichar c)
{
  /* Spreadsheets in French group thousands with a no-break space (U+00A0)
   * or a narrow one (U+202F); some with a thin space. */
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

/* The cell without surrounding spaces, in a new string. */
static char *
trim_cell (const char *cell)
{
  const char *start = cell, *end = cell + strlen (cell);

  while (start < end && is_space_char (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);
      if (!is_space_char (g_utf8_get_char (previous)))
        break;
      end = previous;
    }
  return g_strndup (start, (gsize) (end - start));
}

static gboolean
cell_is_empty (const char *cell)
{
  g_autofree char *trimmed = trim_cell (cell);

  return *trimmed == '\0';
}

/* A number as people type it in a spreadsheet: “12.5”; with comma_ok
 * (a “;” or tab separator, or a quoted cell) also “12,5”; thousands
 * grouped by spaces (“15 000”, “15 000,50”) in the integer part, three
 * digits a group. A number with both a comma and a point is refused: it is
 * “1,234.5” or “1.234,5”, and guessing which would be wrong half the
 * time. */
static gboolean
parse_number (const char *cell,
              gboolean    comma_ok,
              double     *out)
{
  g_autofree char *trimmed = trim_cell (cell);
  g_autoptr(GString) ascii = g_string_new (NULL);
  gboolean seen_comma = FALSE, seen_point = FALSE, in_integer = TRUE;
  const char *p;

  for (p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c))
        {
          const char *q = g_utf8_next_char (p);
          int digits = 0;

          if (!in_integer || ascii->len == 0 || !g_ascii_isdigit (ascii->str[ascii->len - 1]))
            return FALSE;
          while (digits < 4 && g_ascii_isdigit (q[digits]))
            digits++;
          if (digits != 3)
            return FALSE;
          continue;
        }
      if (c == ',')
        {
          if (!comma_ok || seen_comma)
            return FALSE;
          seen_comma = TRUE;
          in_integer = FALSE;
          g_string_append_c (ascii, '.');
          continue;
        }
      if (c == '.')
        {
          seen_point = TRUE;
          in_integer = FALSE;
        }
      else if (c == 'e' || c == 'E')
        in_integer = FALSE;
      else if (!g_ascii_isdigit (c) && c != '-' && c != '+')
        return FALSE;
      g_string_append_c (ascii, (char) c);
    }
  if (seen_comma && seen_point)
    return FALSE;
  return _cls_xml_parse_double (ascii->str, out);
}

static gboolean
parse_whole (const char *cell,
             gboolean    comma_ok,
             gint32     *out)
{
  double value;

  if (!parse_number (cell, comma_ok, &value) || value < 0 || value > G_MAXINT32 || value != floor (value))
    return FALSE;
  *out = (gint32) value;
  return TRUE;
}

static gboolean
parse_boolean (const char *cell,
               gboolean   *out)
{
  static const char * const yes[] = { "true", "vrai", "oui", "yes", "1", NULL };
  static const char * const no[] = { "false", "faux", "non", "no", "0", NULL };
  g_autofree char *trimmed = trim_cell (cell);
  g_autofree char *lower = g_utf8_strdown (trimmed, -1);

  if (g_strv_contains (yes, lower))
    *out = TRUE;
  else if (g_strv_contains (no, lower))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* YYYY-MM-DD, as the format writes dates, or DD/MM/YYYY, as a French
 * spreadsheet shows a date cell and exports it. */
static gboolean
parse_date (const char *cell,
            guint32    *julian)
{
  g_autofree char *trimmed = trim_cell (cell);
  gsize length = strlen (trimmed);

  if (length == 10 && trimmed[2] == '/' && trimmed[5] == '/')
    {
      int day, month, year;
      guint i;

      for (i = 0; i < length; i++)
        if (i != 2 && i != 5 && !g_ascii_isdigit (trimmed[i]))
          return FALSE;
      day = atoi (trimmed);
      month = atoi (trimmed + 3);
      year = atoi (trimmed + 6);
      if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        return FALSE;
      {
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
        *julian = g_date_get_julian (&date);
      }
      return TRUE;
    }
  return _cls_date_parse_julian (trimmed, length, julian);
}

/* ------------------------------------------------------------------ */
/* Problems                                                            */

typedef struct {
  ClsImporter *self;
  const char *name;
  const ClsCsvRecord *record;
  GArray *columns;          /* Column */
  char separator;
  gboolean comma_separator;
  guint n_errors;           /* in this row */
  ClsContractError first_code;
  gboolean has_first_code;
} Context;

static ClsDiagnostic *
add_problem (Context      *ctx,
             ClsSeverity   severity,
             guint         line,
             int           column,
             const char   *code,
             ClsIndicator *indicator,
             const char   *format,
             ...) G_GNUC_PRINTF (7, 8);

static ClsDiagnostic *
add_problem (Context      *ctx,
             ClsSeverity   severity,
             guint         line,
             int           column,
             const char   *code,
             ClsIndicator *indicator,
             const char   *format,
             ...)
{
  g_autoptr(ClsDiagnostic) diagnostic = cls_diagnostic_new ();
  g_autofree char *message = NULL;
  ClsNode *node = indicator != NULL ? cls_indicator_get_node (indicator) : NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  cls_diagnostic_set_severity (diagnostic, severity);
  cls_diagnostic_set_code (diagnostic, code);
  cls_diagnostic_set_message (diagnostic, message);
  cls_diagnostic_set_file (diagnostic, ctx->name);
  cls_diagnostic_set_line (diagnostic, (int) line);
  cls_diagnostic_set_column (diagnostic, column);
  if (indicator != NULL)
    cls_diagnostic_set_object_id (diagnostic, cls_indicator_get_id (indicator));
  if (node != NULL)
    cls_diagnostic_set_node_id (diagnostic, cls_node_get_id (node));
  g_list_store_append (ctx->self->problems, diagnostic);
  return diagnostic;
}

/* An error in the current row, at the column index (0-based; -1: the row). */
static void
row_error (Context          *ctx,
           int               index,
           ClsContractError  code,
           const char       *diagnostic_code,
           ClsIndicator     *indicator,
           const char       *format,
           ...) G_GNUC_PRINTF (6, 7);

static void
row_error (Context          *ctx,
           int               index,
           ClsContractError  code,
           const char       *diagnostic_code,
           ClsIndicator     *indicator,
           const char       *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (ctx, CLS_SEVERITY_ERROR, ctx->record->line, index + 1, diagnostic_code, indicator, "%s", message);
  ctx->n_errors++;
  if (!ctx->has_first_code)
    {
      ctx->first_code = code;
      ctx->has_first_code = TRUE;
    }
}

/* ------------------------------------------------------------------ */
/* Rows                                                                */

typedef enum {
  ACTION_ADD,
  ACTION_REPLACE,
  ACTION_UNCHANGED,
} Action;

typedef struct {
  ClsIndicator *indicator;
  ClsMeasurement *measurement;
  ClsMeasurement *previous;   /* what it replaces, to undo */
  ClsPeriod *period;
  Action action;
} Pending;

static void
pending_clear (gpointer data)
{
  Pending *pending = data;

  g_clear_object (&pending->indicator);
  g_clear_pointer (&pending->measurement, cls_measurement_free);
  g_clear_pointer (&pending->previous, cls_measurement_free);
  g_clear_pointer (&pending->period, cls_period_free);
}

static const char *
cell_at (const ClsCsvRecord *record,
         guint               index)
{
  return index < record->n_fields ? record->fields[index] : "";
}

static gboolean
cell_comma_ok (Context *ctx,
               guint    index)
{
  return !ctx->comma_separator || (index < ctx->record->n_fields && ctx->record->quoted[index]);
}

static const char *
kind_name (ClsIndicatorKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CLS_TYPE_INDICATOR_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  /* Static enum classes are never finalised: the nick outlives the ref. */
  return value != NULL ? value->value_nick : "?";
}

static const char *
kind_takes (ClsIndicatorKind kind)
{
  switch (kind)
    {
    case CLS_INDICATOR_KIND_COUNT:
    case CLS_INDICATOR_KIND_AMOUNT:
      return _("a value");
    case CLS_INDICATOR_KIND_RATIO:
      return _("a value, or a numerator and a denominator");
    case CLS_INDICATOR_KIND_MILESTONE:
      return _("done (true or false)");
    case CLS_INDICATOR_KIND_ORDINAL:
      return _("a level, or response counts");
    case CLS_INDICATOR_KIND_NARRATIVE:
      return _("a text");
    case CLS_INDICATOR_KIND_FORMULA:
    default:
      return _("nothing");
    }
}

/* What a figure column gives, in a message. */
static const char *
role_gives (ColumnRole role)
{
  switch (role)
    {
    case COLUMN_VALUE: return _("a value");
    case COLUMN_NUMERATOR: return _("a numerator");
    case COLUMN_DENOMINATOR: return _("a denominator");
    case COLUMN_LEVEL: return _("a level");
    case COLUMN_RESPONSE: return _("response counts");
    case COLUMN_DONE: /* TRANSLATORS: what a column gives: whether a milestone is done */
      return _("done");
    case COLUMN_TEXT: return _("a text");
    default: return _("a figure");
    }
}

/* Whether the kind takes what the column gives. */
static gboolean
kind_accepts (ClsIndicatorKind kind,
              ColumnRole       role)
{
  switch (role)
    {
    case COLUMN_VALUE:
      return kind == CLS_INDICATOR_KIND_COUNT || kind == CLS_INDICATOR_KIND_AMOUNT ||
             kind == CLS_INDICATOR_KIND_RATIO;
    case COLUMN_NUMERATOR:
    case COLUMN_DENOMINATOR:
      return kind == CLS_INDICATOR_KIND_RATIO;
    case COLUMN_LEVEL:
    case COLUMN_RESPONSE:
      return kind == CLS_INDICATOR_KIND_ORDINAL;
    case COLUMN_DONE:
      return kind == CLS_INDICATOR_KIND_MILESTONE;
    case COLUMN_TEXT:
      return kind == CLS_INDICATOR_KIND_NARRATIVE;
    default:
      return TRUE;
    }
}

static gboolean
is_figure_role (ColumnRole role)
{
  return role == COLUMN_VALUE || role == COLUMN_NUMERATOR || role == COLUMN_DENOMINATOR ||
         role == COLUMN_LEVEL || role == COLUMN_RESPONSE || role == COLUMN_DONE || role == COLUMN_TEXT;
}

/* The cells a measurement is made of: anything but the row's identity and
 * the columns the import does not read. `illustrative` alone is not a
 * measurement either: the export writes it on measured rows only, but a
 * form may have it filled in on every row. */
static gboolean
row_has_measurement (Context *ctx)
{
  guint i;

  for (i = 0; i < ctx->columns->len; i++)
    {
      Column *column = &g_array_index (ctx->columns, Column, i);

      switch (column->role)
        {
        case COLUMN_UNKNOWN:
        case COLUMN_IGNORED:
        case COLUMN_CONTRACT:
        case COLUMN_INDICATOR:
        case COLUMN_PERIOD:
        case COLUMN_ILLUSTRATIVE:
          break;
        default:
          if (!cell_is_empty (cell_at (ctx->record, i)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
same_string (const char *a,
             const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* Whether two measurements say the same; the row of an export imported
 * back is then not a conflict. */
static gboolean
same_measurement (const ClsMeasurement *a,
                  const ClsMeasurement *b)
{
  guint i, n;

  if (a->start != b->start || a->end != b->end || a->kind != b->kind ||
      cls_measurement_has_value (a) != cls_measurement_has_value (b) ||
      (cls_measurement_has_value (a) && cls_measurement_get_value (a) != cls_measurement_get_value (b)) ||
      cls_measurement_has_ratio (a) != cls_measurement_has_ratio (b) ||
      (cls_measurement_has_ratio (a) &&
       (cls_measurement_get_numerator (a) != cls_measurement_get_numerator (b) ||
        cls_measurement_get_denominator (a) != cls_measurement_get_denominator (b))) ||
      cls_measurement_has_done (a) != cls_measurement_has_done (b) ||
      cls_measurement_get_done (a) != cls_measurement_get_done (b) ||
      a->date != b->date || a->recorded != b->recorded ||
      cls_measurement_get_respondents (a) != cls_measurement_get_respondents (b) ||
      cls_measurement_get_illustrative (a) != cls_measurement_get_illustrative (b) ||
      !same_string (cls_measurement_get_level (a), cls_measurement_get_level (b)) ||
      !same_string (cls_measurement_get_source (a), cls_measurement_get_source (b)) ||
      !same_string (cls_measurement_get_author (a), cls_measurement_get_author (b)) ||
      !same_string (cls_measurement_get_comment (a), cls_measurement_get_comment (b)) ||
      !same_string (cls_measurement_get_text (a), cls_measurement_get_text (b)))
    return FALSE;

  /* Responses and breakdowns are compared as sets: the import adds them
   * in the order of the columns, which need not be the contract's. */
  n = cls_measurement_get_n_responses (a);
  if (n != cls_measurement_get_n_responses (b))
    return FALSE;
  for (i = 0; i < n; i++)
    {
      guint ca, cb, j;
      const char *la = cls_measurement_get_response (a, i, &ca);

      for (j = 0; j < n; j++)
        if (same_string (la, cls_measurement_get_response (b, j, &cb)) && ca == cb)
          break;
      if (j == n)
        return FALSE;
    }

  n = cls_measurement_get_n_breakdowns (a);
  if (n != cls_measurement_get_n_breakdowns (b))
    return FALSE;
  for (i = 0; i < n; i++)
    {
      const char *key;
      double va, vb;
      const char *dimension = cls_measurement_get_breakdown (a, i, &key, &va);

      if (!cls_measurement_lookup_breakdown (b, dimension, key, &vb) || va != vb)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  Context *ctx;
  ClsIndicator *indicator;
  const char *period;
} BreakdownWarning;

static void
warn_breakdown (const char *dimension,
                double      sum,
                double      total,
                gpointer    user_data)
{
  BreakdownWarning *w = user_data;

  add_problem (w->ctx, CLS_SEVERITY_WARNING, w->ctx->record->line, 0, "breakdown-above-total", w->indicator,
               _("the values by %s sum to %g, above the total %g (%s)"), dimension, sum, total, w->period);
}

/* The text of a text cell: as written, unless it is only spaces. */
static const char *
text_cell (const char *cell)
{
  return cell_is_empty (cell) ? NULL : cell;
}

/* Checks one row; on success appends what it asks to pending. seen maps
 * "indicator\x1fperiod" to the line that first gave it. */
static void
check_row (Context    *ctx,
           GHashTable *seen,
           GArray     *pending)
{
  ClsImporter *self = ctx->self;
  const ClsCsvRecord *record = ctx->record;
  GArray *columns = ctx->columns;
  ClsIndicator *indicator = NULL;
  g_autoptr(ClsPeriod) period = NULL;
  g_autoptr(ClsMeasurement) m = NULL;
  g_autoptr(ClsMeasurement) existing = NULL;
  g_autofree char *period_text = NULL;
  ClsIndicatorKind kind = CLS_INDICATOR_KIND_COUNT;
  int indicator_index = -1, period_index = -1, first_figure = -1;
  int value_index = -1, numerator_index = -1, denominator_index = -1;
  int done_index = -1, text_index = -1, date_index = -1;
  gboolean has_numerator = FALSE, has_denominator = FALSE, has_level = FALSE;
  gboolean has_response = FALSE, illustrative = FALSE;
  double numerator = 0, denominator = 0;
  guint i;

  ctx->n_errors = 0;

  /* Too many cells: a separator in an unquoted text, most often. Empty
   * extra cells are what some spreadsheets leave after the last column. */
  for (i = columns->len; i < record->n_fields; i++)
    if (!cell_is_empty (record->fields[i]))
      {
        row_error (ctx, (int) i, CLS_CONTRACT_ERROR_MALFORMED, "malformed", NULL,
                   _("the row has %u cells but the header only %u: is a text with a “%c” not in quotes?"),
                   record->n_fields, columns->len, ctx->separator == '\t' ? ' ' : ctx->separator);
        return;
      }

  for (i = 0; i < columns->len; i++)
    {
      Column *column = &g_array_index (columns, Column, i);
      const char *cell = cell_at (record, i);

      if (column->role == COLUMN_INDICATOR)
        indicator_index = (int) i;
      else if (column->role == COLUMN_PERIOD)
        period_index = (int) i;
      else if (column->role == COLUMN_CONTRACT && !cell_is_empty (cell))
        {
          g_autofree char *id = trim_cell (cell);

          if (g_strcmp0 (id, cls_contract_get_id (self->contract)) != 0)
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, "wrong-contract", NULL,
                       _("the row is for the contract “%s”, not “%s”"), id,
                       cls_contract_get_id (self->contract) ? cls_contract_get_id (self->contract) : "");
        }
    }

  if (!row_has_measurement (ctx))
    {
      if (ctx->n_errors == 0)
        self->n_skipped++;
      return;
    }

  /* The row's identity. */
  {
    g_autofree char *id = trim_cell (cell_at (record, (guint) indicator_index));

    if (*id == '\0')
      row_error (ctx, indicator_index, CLS_CONTRACT_ERROR_MISSING, "missing", NULL,
                 _("the row gives figures but no indicator id"));
    else
      {
        indicator = cls_contract_lookup_indicator (self->contract, id);
        if (indicator == NULL || cls_indicator_is_template (indicator))
          {
            row_error (ctx, indicator_index, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, "unknown-indicator", NULL,
                       _("the contract has no indicator “%s”"), id);
            indicator = NULL;
          }
        else
          kind = cls_indicator_get_kind (indicator);
      }
  }
  {
    g_autofree char *text = trim_cell (cell_at (record, (guint) period_index));
    g_autoptr(GError) error = NULL;

    if (*text == '\0')
      row_error (ctx, period_index, CLS_CONTRACT_ERROR_MISSING, "missing", indicator,
                 _("the row gives figures but no period"));
    else if ((period = cls_period_parse (text, &error)) == NULL)
      row_error (ctx, period_index, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-period", indicator,
                 _("column “%s”: %s"), g_array_index (columns, Column, period_index).header,
                 error->message);
    else
      period_text = cls_period_to_string (period);
  }

  /* The same indicator and period twice in the file. */
  if (indicator != NULL && period != NULL)
    {
      char *key = g_strdup_printf ("%s\x1f%s", cls_indicator_get_id (indicator), period_text);
      gpointer first_line = g_hash_table_lookup (seen, key);

      if (first_line != NULL)
        {
          row_error (ctx, period_index, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD, "duplicate-row", indicator,
                     _("“%s” for %s is already given on line %u"), cls_indicator_get_id (indicator),
                     period_text, GPOINTER_TO_UINT (first_line));
          g_free (key);
        }
      else
        g_hash_table_insert (seen, key, GUINT_TO_POINTER (record->line));
    }

  /* The cells, each on its own: all their problems are reported, even when
   * the period does not read (the measurement then gets a stand-in period;
   * it is not kept). */
  if (period != NULL)
    m = cls_measurement_new (period);
  else
    {
      g_autoptr(ClsPeriod) stand_in = cls_period_new_year (2000);
      m = cls_measurement_new (stand_in);
    }
  for (i = 0; i < columns->len; i++)
    {
      Column *column = &g_array_index (columns, Column, i);
      const char *cell = cell_at (record, i);
      gboolean comma_ok = cell_comma_ok (ctx, i);
      double number;
      gint32 whole;
      guint32 julian;
      gboolean flag;

      if (cell_is_empty (cell))
        continue;
      if (is_figure_role (column->role) && first_figure < 0)
        first_figure = (int) i;

      switch (column->role)
        {
        case COLUMN_VALUE:
        case COLUMN_NUMERATOR:
        case COLUMN_DENOMINATOR:
          if (!parse_number (cell, comma_ok, &number))
            {
              row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-number", indicator,
                         _("column “%s”: “%s” is not a number"), column->header, cell);
              break;
            }
          if (column->role == COLUMN_VALUE)
            {
              value_index = (int) i;
              cls_measurement_set_value (m, number);
            }
          else if (column->role == COLUMN_NUMERATOR)
            {
              numerator_index = (int) i;
              has_numerator = TRUE;
              numerator = number;
            }
          else
            {
              denominator_index = (int) i;
              has_denominator = TRUE;
              denominator = number;
            }
          break;
        case COLUMN_RESPONDENTS:
          if (!parse_whole (cell, comma_ok, &whole))
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-number", indicator,
                       _("column “%s”: “%s” is not a whole number ≥ 0"), column->header, cell);
          else
            cls_measurement_set_respondents (m, whole);
          break;
        case COLUMN_LEVEL:
          {
            g_autofree char *level = trim_cell (cell);

            has_level = TRUE;
            cls_measurement_set_level (m, level);
          }
          break;
        case COLUMN_DONE:
          done_index = (int) i;
          if (!parse_boolean (cell, &flag))
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-boolean", indicator,
                       _("column “%s”: “%s” is neither true nor false"), column->header, cell);
          else
            cls_measurement_set_done (m, flag);
          break;
        case COLUMN_ILLUSTRATIVE:
          if (!parse_boolean (cell, &illustrative))
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-boolean", indicator,
                       _("column “%s”: “%s” is neither true nor false"), column->header, cell);
          break;
        case COLUMN_DATE:
        case COLUMN_RECORDED:
          if (!parse_date (cell, &julian))
            {
              row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-date", indicator,
                         _("column “%s”: “%s” is not a date (YYYY-MM-DD or DD/MM/YYYY)"), column->header, cell);
              break;
            }
          {
            GDate date;

            g_date_clear (&date, 1);
            g_date_set_julian (&date, julian);
            if (column->role == COLUMN_DATE)
              {
                date_index = (int) i;
                cls_measurement_set_date (m, &date);
              }
            else
              cls_measurement_set_recorded (m, &date);
          }
          break;
        case COLUMN_AUTHOR:
          cls_measurement_set_author (m, text_cell (cell));
          break;
        case COLUMN_TEXT:
          text_index = (int) i;
          cls_measurement_set_text (m, text_cell (cell));
          break;
        case COLUMN_SOURCE:
          cls_measurement_set_source (m, text_cell (cell));
          break;
        case COLUMN_COMMENT:
          cls_measurement_set_comment (m, text_cell (cell));
          break;
        case COLUMN_RESPONSE:
          if (!parse_whole (cell, comma_ok, &whole))
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-number", indicator,
                       _("column “%s”: “%s” is not a whole number ≥ 0"), column->header, cell);
          else
            {
              has_response = TRUE;
              cls_measurement_add_response (m, column->key, (guint) whole);
            }
          break;
        case COLUMN_BREAKDOWN:
          /* Added below, once the dimension is matched with the
           * indicator's. */
          if (!parse_number (cell, comma_ok, &number))
            row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "invalid-number", indicator,
                       _("column “%s”: “%s” is not a number"), column->header, cell);
          break;
        case COLUMN_UNKNOWN:
        case COLUMN_IGNORED:
        case COLUMN_CONTRACT:
        case COLUMN_INDICATOR:
        case COLUMN_PERIOD:
        default:
          break;
        }
    }
  if (has_numerator && has_denominator)
    cls_measurement_set_ratio (m, numerator, denominator);
  cls_measurement_set_illustrative (m, illustrative);

  /* What the indicator's kind takes: checked once every cell reads, so
   * that the message is about the figures, not their spelling. */
  if (ctx->n_errors > 0 || indicator == NULL || period == NULL)
    return;

  if (kind == CLS_INDICATOR_KIND_FORMULA)
    {
      row_error (ctx, first_figure, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
                 _("“%s” is a formula: it is computed, not measured"), cls_indicator_get_id (indicator));
      return;
    }
  for (i = 0; i < columns->len; i++)
    {
      Column *column = &g_array_index (columns, Column, i);

      if (is_figure_role (column->role) && !cell_is_empty (cell_at (record, i)) &&
          !kind_accepts (kind, column->role))
        row_error (ctx, (int) i, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
                   _("“%s” is a %s indicator: it takes %s, not %s (column “%s”)"),
                   cls_indicator_get_id (indicator), kind_name (kind), kind_takes (kind),
                   role_gives (column->role), column->header);
    }
  if (ctx->n_errors > 0)
    return;

  if (has_numerator != has_denominator)
    {
      row_error (ctx, has_numerator ? numerator_index : denominator_index, CLS_CONTRACT_ERROR_INVALID_VALUE,
                 "incomplete-ratio", indicator,
                 has_numerator ? _("a numerator needs a denominator") : _("a denominator needs a numerator"));
      return;
    }
  if ((kind == CLS_INDICATOR_KIND_COUNT || kind == CLS_INDICATOR_KIND_AMOUNT) && value_index < 0)
    row_error (ctx, -1, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
               _("“%s” is a %s indicator: it takes %s, and the row gives none"),
               cls_indicator_get_id (indicator), kind_name (kind), kind_takes (kind));
  else if (kind == CLS_INDICATOR_KIND_RATIO && value_index < 0 && !has_numerator)
    row_error (ctx, -1, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
               _("“%s” is a ratio indicator: it takes %s, and the row gives none"),
               cls_indicator_get_id (indicator), kind_takes (kind));
  else if (kind == CLS_INDICATOR_KIND_MILESTONE && done_index < 0)
    row_error (ctx, -1, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
               _("“%s” is a milestone: it takes %s, and the row gives none"),
               cls_indicator_get_id (indicator), kind_takes (kind));
  else if (kind == CLS_INDICATOR_KIND_ORDINAL && !has_level && !has_response)
    row_error (ctx, -1, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
               _("“%s” is an ordinal indicator: it takes %s, and the row gives none"),
               cls_indicator_get_id (indicator), kind_takes (kind));
  else if (kind == CLS_INDICATOR_KIND_NARRATIVE && text_index < 0)
    row_error (ctx, -1, CLS_CONTRACT_ERROR_INVALID_VALUE, "wrong-kind", indicator,
               _("“%s” is a narrative indicator: it takes %s, and the row gives none"),
               cls_indicator_get_id (indicator), kind_takes (kind));
  if (ctx->n_errors > 0)
    return;

  /* Values that cannot be, as the loader sees them. */
  if (value_index >= 0 && cls_measurement_get_value (m) < 0)
    row_error (ctx, value_index, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
               _("“%s” cannot be negative (%g)"), cls_indicator_get_id (indicator), cls_measurement_get_value (m));
  if (has_numerator && numerator < 0)
    row_error (ctx, numerator_index, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
               _("a numerator cannot be negative (%g)"), numerator);
  if (has_denominator && denominator < 0)
    row_error (ctx, denominator_index, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
               _("a denominator cannot be negative (%g)"), denominator);
  else if (has_denominator && denominator == 0 && numerator != 0)
    row_error (ctx, denominator_index, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
               _("%g out of a denominator of 0 is impossible"), numerator);
  if (kind == CLS_INDICATOR_KIND_MILESTONE && date_index >= 0 &&
      (m->date < cls_period_get_start_julian (period) || m->date > cls_period_get_end_julian (period)))
    row_error (ctx, date_index, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
               _("the milestone is said done on a day outside its period %s"), period_text);

  if (kind == CLS_INDICATOR_KIND_ORDINAL)
    {
      const char *scale_id = cls_indicator_get_scale (indicator);
      ClsScale *scale = scale_id != NULL ? cls_contract_lookup_scale (self->contract, scale_id) : NULL;

      if (scale == NULL)
        row_error (ctx, -1, CLS_CONTRACT_ERROR_MISSING, "unknown-level", indicator,
                   _("the ordinal indicator “%s” has no scale"), cls_indicator_get_id (indicator));
      else
        for (i = 0; i < columns->len; i++)
          {
            Column *column = &g_array_index (columns, Column, i);
            const char *cell = cell_at (record, i);
            g_autofree char *key = NULL;

            if (cell_is_empty (cell) || (column->role != COLUMN_LEVEL && column->role != COLUMN_RESPONSE))
              continue;
            key = column->role == COLUMN_LEVEL ? trim_cell (cell) : g_strdup (column->key);
            if (cls_scale_lookup_level (scale, key) == NULL)
              row_error (ctx, (int) i, CLS_CONTRACT_ERROR_UNKNOWN_LEVEL, "unknown-level", indicator,
                         _("the scale “%s” has no level “%s”"), scale_id, key);
          }
    }

  for (i = 0; i < columns->len; i++)
    {
      Column *column = &g_array_index (columns, Column, i);
      const char * const *dimensions = cls_indicator_get_dimensions (indicator);
      const char *cell = cell_at (record, i);
      const char *dimension = NULL;
      double number = 0;
      guint j;

      if (column->role != COLUMN_BREAKDOWN || cell_is_empty (cell))
        continue;
      /* “Commune:c-fourmies” is the indicator's “commune”: headers are
       * matched without case, as the other columns are. Keys are ids and
       * keep theirs. */
      for (j = 0; dimensions != NULL && dimensions[j] != NULL; j++)
        if (g_ascii_strcasecmp (dimensions[j], column->dimension) == 0)
          dimension = dimensions[j];
      parse_number (cell, cell_comma_ok (ctx, i), &number);
      /* A figure for a dimension the indicator is not broken down by is
       * most often a figure typed on the wrong row. */
      if (dimension == NULL)
        row_error (ctx, (int) i, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, "unknown-dimension", indicator,
                   _("“%s” is not broken down by “%s” (column “%s”)"), cls_indicator_get_id (indicator),
                   column->dimension, column->header);
      else if (g_str_equal (dimension, "commune") &&
               !CLS_IS_COMMUNE (cls_contract_lookup (self->contract, column->key)))
        row_error (ctx, (int) i, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, "unknown-commune", indicator,
                   _("the commune “%s” does not exist in this contract (column “%s”)"), column->key, column->header);
      else if ((kind == CLS_INDICATOR_KIND_COUNT || kind == CLS_INDICATOR_KIND_AMOUNT) && number < 0)
        row_error (ctx, (int) i, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, "impossible-value", indicator,
                   _("“%s” cannot be negative (%g for %s)"), cls_indicator_get_id (indicator), number, column->key);
      else
        cls_measurement_add_breakdown (m, dimension, column->key, number);
    }
  if (ctx->n_errors > 0)
    return;

  /* A period the contract already has: the same measurement is left as it
   * is, so that an export filled in and imported back only adds. */
  existing = cls_indicator_lookup_measurement (indicator, period);
  if (existing != NULL && !same_measurement (existing, m) && !(self->flags & CLS_IMPORT_FLAGS_REPLACE))
    {
      row_error (ctx, period_index, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD, "already-measured", indicator,
                 _("“%s” already has another measurement for %s (import with replace to overwrite it)"),
                 cls_indicator_get_id (indicator), period_text);
      return;
    }

  /* The loader's warnings, so that they are seen before the import. */
  if (cls_measurement_get_n_responses (m) > 0 && cls_measurement_get_respondents (m) >= 0)
    {
      guint total = 0, count, j;

      for (j = 0; j < cls_measurement_get_n_responses (m); j++)
        {
          cls_measurement_get_response (m, j, &count);
          total += count;
        }
      if (total > (guint) cls_measurement_get_respondents (m))
        add_problem (ctx, CLS_SEVERITY_WARNING, record->line, 0, "responses-above-respondents", indicator,
                     _("%u responses are counted for %d respondents (%s)"), total,
                     cls_measurement_get_respondents (m), period_text);
    }
  if (cls_measurement_has_value (m) && cls_measurement_get_n_breakdowns (m) > 0)
    {
      BreakdownWarning warning = { ctx, indicator, period_text };
      _cls_check_measurement_breakdowns (m, warn_breakdown, &warning);
    }
  {
    g_autoptr(ClsPeriod) contract_period = cls_contract_dup_period (self->contract);

    if (contract_period != NULL && cls_period_overlaps (contract_period, period) &&
        !cls_period_contains (contract_period, period))
      add_problem (ctx, CLS_SEVERITY_WARNING, record->line, period_index + 1, "period-crosses-contract", indicator,
                   _("the period %s crosses the contract's start or end"), period_text);
  }

  {
    Pending item = { 0, };

    item.indicator = g_object_ref (indicator);
    item.period = g_steal_pointer (&period);
    item.measurement = g_steal_pointer (&m);
    if (existing == NULL)
      item.action = ACTION_ADD;
    else if (same_measurement (existing, item.measurement))
      item.action = ACTION_UNCHANGED;
    else
      {
        item.action = ACTION_REPLACE;
        item.previous = g_steal_pointer (&existing);
      }
    g_array_append_val (pending, item);
  }
}

/* ------------------------------------------------------------------ */
/* The import                                                          */

static void
reset (ClsImporter *self)
{
  g_list_store_remove_all (self->problems);
  self->n_added = self->n_replaced = self->n_unchanged = self->n_skipped = 0;
}

static const char *
display_name (ClsImporter *self)
{
  return self->name != NULL ? self->name : "<data>";
}

/* A problem of the table as a whole: it stops the import at once. */
static gboolean
fail_table (ClsImporter       *self,
            Context           *ctx,
            guint              line,
            int                column,
            ClsContractError   code,
            const char        *diagnostic_code,
            const char        *message,
            GError           **error)
{
  add_problem (ctx, CLS_SEVERITY_ERROR, line, column, diagnostic_code, NULL, "%s", message);
  /* TRANSLATORS: FILE:LINE: message; keep “%s:%u:” as it is, tools read it */
  g_set_error (error, CLS_CONTRACT_ERROR, code, _("%s:%u: %s; nothing was imported"),
               display_name (self), line, message);
  return FALSE;
}

/* Reads the header; FALSE (and error) when it lacks a needed column or has
 * one twice. */
static gboolean
read_header (ClsImporter         *self,
             Context             *ctx,
             const ClsCsvRecord  *header,
             GError             **error)
{
  gboolean has_indicator = FALSE, has_period = FALSE;
  guint i, j;

  for (i = 0; i < header->n_fields; i++)
    {
      Column column = { 0, };

      classify_column (&column, header->fields[i]);
      g_array_append_val (ctx->columns, column);
    }

  for (i = 0; i < ctx->columns->len; i++)
    {
      Column *column = &g_array_index (ctx->columns, Column, i);

      if (column->role == COLUMN_UNKNOWN)
        {
          if (!cell_is_empty (column->header))
            add_problem (ctx, CLS_SEVERITY_WARNING, header->line, (int) i + 1, "unknown-column", NULL,
                         _("the column “%s” is not one libcls reads: it is ignored"), column->header);
          continue;
        }
      if (column->role == COLUMN_IGNORED)
        continue;
      has_indicator |= column->role == COLUMN_INDICATOR;
      has_period |= column->role == COLUMN_PERIOD;
      for (j = 0; j < i; j++)
        {
          Column *other = &g_array_index (ctx->columns, Column, j);

          if (other->role == column->role && same_string (other->dimension, column->dimension) &&
              same_string (other->key, column->key))
            {
              g_autofree char *message = g_strdup_printf (_("the columns “%s” and “%s” give the same figure"),
                                                          other->header, column->header);
              return fail_table (self, ctx, header->line, (int) i + 1, CLS_CONTRACT_ERROR_MALFORMED,
                                 "duplicate-column", message, error);
            }
        }
    }

  if (!has_indicator)
    return fail_table (self, ctx, header->line, 0, CLS_CONTRACT_ERROR_MISSING, "missing-column",
                       _("no column gives the indicator id (indicator_id, or indicateur)"), error);
  if (!has_period)
    return fail_table (self, ctx, header->line, 0, CLS_CONTRACT_ERROR_MISSING, "missing-column",
                       _("no column gives the period (period, or période)"), error);
  return TRUE;
}

static void
undo (GArray *pending,
      guint   n_applied)
{
  guint i;

  for (i = n_applied; i > 0; i--)
    {
      Pending *item = &g_array_index (pending, Pending, i - 1);

      if (item->action == ACTION_ADD)
        cls_indicator_remove_measurement (item->indicator, item->period);
      else if (item->action == ACTION_REPLACE)
        cls_indicator_set_measurement (item->indicator, item->previous);
    }
}

/**
 * cls_importer_import_bytes:
 * @self: a [class@Cls.Importer]
 * @csv: the CSV text (UTF-8, with or without byte order mark)
 * @error: return location for an error
 *
 * Imports the measurements of a CSV table into the importer's contract,
 * all or nothing.
 *
 * **The table.** The first line that is not blank is the header; the
 * separator is the one it uses most among `,`, `;` and tab. Fields follow
 * RFC 4180 (quotes around fields with separators, quotes or line breaks;
 * a quote written twice inside them); lines end with CRLF, LF or CR.
 * Columns are found by name, whatever their order, case, accents or
 * spaces:
 *
 * | column | also | meaning |
 * |---|---|---|
 * | `indicator_id` | `indicator`, `indicateur` | the indicator's id (required) |
 * | `period` | `période` | `2026`, `2026-S1`, `2026-Q2`, `2026-05`, a day or a range (required) |
 * | `value` | `valeur` | the value (counts, amounts, ratios) |
 * | `numerator`, `denominator` | `numérateur`, `dénominateur` | a ratio's parts, both or neither |
 * | `respondents` | `répondants` | survey respondents, a whole number |
 * | `level` | `niveau` | an ordinal's level key |
 * | `response:KEY` | `réponse:KEY` | the respondents at the level KEY |
 * | `done` | `fait`, `réalisé` | a milestone: true or false (also vrai/faux, oui/non, 1/0) |
 * | `date` | | the day a milestone was done or a narrative written |
 * | `author`, `text` | `auteur`, `texte` | a narrative assessment |
 * | `source`, `comment` | `commentaire` | where the figure comes from; a note |
 * | `recorded` | `date de saisie` | the day the figure was recorded |
 * | `illustrative` | `illustratif` | true for invented figures |
 * | `breakdown:DIMENSION:KEY` | `DIMENSION:KEY` | the figure for one value of a dimension: `commune:c-fourmies` |
 * | `contract_id` | `contrat` | when given, must be the contract's id |
 *
 * The other columns that [method@Cls.Contract.export_csv] writes are
 * ignored; any other column is ignored with an `unknown-column` warning.
 * Numbers may have a decimal comma when the separator is not a comma, or
 * when the cell is quoted, and thousands grouped by spaces (`15 000,5`);
 * dates are `YYYY-MM-DD` or `DD/MM/YYYY`. A row whose cells are empty but
 * for the indicator, the period and `illustrative` is skipped: such are the
 * rows an export writes for years without measurement.
 *
 * **The checks.** Each row is one measurement, checked as the loader
 * checks a `<measurement>`, and all its problems are listed, each a
 * [class@Cls.Diagnostic] with the row's line, the column's number (from 1),
 * a code, a message, and the indicator's id and node:
 *
 * | code | error | problem |
 * |---|---|---|
 * | `malformed` | `MALFORMED` | the text is not UTF-8 or not CSV (a quote not closed, text after a closing quote), or a row has more cells than the header |
 * | `missing-column`, `duplicate-column` | `MISSING`, `MALFORMED` | no indicator or period column; two columns for one figure |
 * | `missing` | `MISSING` | a row with figures but no indicator id or no period |
 * | `wrong-contract` | `UNKNOWN_REFERENCE` | `contract_id` names another contract |
 * | `unknown-indicator` | `UNKNOWN_REFERENCE` | no indicator of the contract has that id |
 * | `invalid-period`, `invalid-number`, `invalid-boolean`, `invalid-date` | `INVALID_VALUE` | a cell that does not read |
 * | `wrong-kind` | `INVALID_VALUE` | a figure the indicator's kind does not take (a value for a narrative, anything for a formula), or none of those it needs |
 * | `incomplete-ratio` | `INVALID_VALUE` | a numerator without denominator, or the reverse |
 * | `impossible-value` | `IMPOSSIBLE_VALUE` | a negative value, count or part, a numerator over a denominator of 0, a milestone done outside its period |
 * | `unknown-level` | `UNKNOWN_LEVEL` | a level or response key the indicator's scale lacks |
 * | `unknown-dimension`, `unknown-commune` | `UNKNOWN_REFERENCE` | a breakdown by a dimension the indicator does not list, or for a commune the territory lacks |
 * | `duplicate-row` | `DUPLICATE_PERIOD` | the same indicator and period on two rows |
 * | `already-measured` | `DUPLICATE_PERIOD` | the contract has another measurement for that indicator and period, without %CLS_IMPORT_FLAGS_REPLACE |
 *
 * and, as warnings that do not stop the import, `unknown-column`,
 * `breakdown-above-total`, `responses-above-respondents` and
 * `period-crosses-contract`. A row giving exactly the measurement the
 * contract has is left as it is.
 *
 * **The result.** When a row is wrong, nothing changes and @error, in the
 * [error@Cls.ContractError] domain with the code of the first problem,
 * says how many rows are wrong and quotes the first as `NAME:LINE: message`
 * (NAME is [property@Cls.Importer:name]). Otherwise, unless
 * %CLS_IMPORT_FLAGS_DRY_RUN is set, every row's measurement is set
 * ([method@Cls.Indicator.set_measurement]), replacing the whole
 * measurement of that period with %CLS_IMPORT_FLAGS_REPLACE, and the
 * contract is validated ([method@Cls.Contract.validate]); should that fail,
 * the change is undone and the validation's error returned. The counts
 * ([method@Cls.Importer.get_n_added]…) say what was done, or with a dry
 * run what would be.
 *
 * Returns: %TRUE if every row is right (and, unless a dry run, imported)
 *
 * Since: 1.0
 */
gboolean
cls_importer_import_bytes (ClsImporter  *self,
                           GBytes       *csv,
                           GError      **error)
{
  g_autoptr(ClsCsvTable) table = NULL;
  g_autoptr(GArray) columns = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GError) local_error = NULL;
  const ClsCsvRecord *header = NULL;
  Context ctx = { 0, };
  const char *data;
  gsize size;
  guint i, first_row = 0, n_wrong = 0, n_applied;
  ClsDiagnostic *first_problem = NULL;
  ClsContractError first_code = CLS_CONTRACT_ERROR_INVALID_VALUE;
  guint error_line = 0;

  g_return_val_if_fail (CLS_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reset (self);
  ctx.self = self;
  ctx.name = display_name (self);

  data = g_bytes_get_data (csv, &size);
  table = _cls_csv_read (data, size, 0, &error_line, &local_error);
  if (table == NULL)
    return fail_table (self, &ctx, error_line, 0, CLS_CONTRACT_ERROR_MALFORMED, "malformed",
                       local_error->message, error);

  for (i = 0; i < table->records->len; i++)
    if (!_cls_csv_record_is_blank (table->records->pdata[i]))
      {
        header = table->records->pdata[i];
        first_row = i + 1;
        break;
      }
  if (header == NULL)
    return fail_table (self, &ctx, 1, 0, CLS_CONTRACT_ERROR_MISSING, "missing-column",
                       _("the table is empty: it has no header"), error);

  columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (columns, column_clear);
  ctx.columns = columns;
  ctx.separator = table->separator;
  ctx.comma_separator = table->separator == ',';
  ctx.record = header;
  if (!read_header (self, &ctx, header, error))
    return FALSE;

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (pending, pending_clear);

  for (i = first_row; i < table->records->len; i++)
    {
      const ClsCsvRecord *record = table->records->pdata[i];
      guint n_before = g_list_model_get_n_items (G_LIST_MODEL (self->problems));

      if (_cls_csv_record_is_blank (record))
        continue;
      ctx.record = record;
      check_row (&ctx, seen, pending);
      if (ctx.n_errors > 0)
        {
          guint j;

          n_wrong++;
          for (j = n_before; first_problem == NULL && j < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); j++)
            {
              g_autoptr(ClsDiagnostic) problem = g_list_model_get_item (G_LIST_MODEL (self->problems), j);

              if (cls_diagnostic_get_severity (problem) == CLS_SEVERITY_ERROR)
                first_problem = problem;
            }
        }
    }
  first_code = ctx.has_first_code ? ctx.first_code : CLS_CONTRACT_ERROR_INVALID_VALUE;

  if (n_wrong > 0)
    {
      if (n_wrong == 1)
        g_set_error (error, CLS_CONTRACT_ERROR, first_code,
                     /* TRANSLATORS: the end is FILE:LINE: message; keep “%s:%d:” as it is */
                     _("1 row is wrong, nothing was imported: %s:%d: %s"), display_name (self),
                     cls_diagnostic_get_line (first_problem), cls_diagnostic_get_message (first_problem));
      else
        g_set_error (error, CLS_CONTRACT_ERROR, first_code,
                     /* TRANSLATORS: the end is FILE:LINE: message; keep “%s:%d:” as it is */
                     NG_("%u row is wrong, nothing was imported; the first: %s:%d: %s",
                         "%u rows are wrong, nothing was imported; the first: %s:%d: %s", n_wrong), n_wrong,
                     display_name (self), cls_diagnostic_get_line (first_problem),
                     cls_diagnostic_get_message (first_problem));
      return FALSE;
    }

  for (i = 0; i < pending->len; i++)
    {
      Pending *item = &g_array_index (pending, Pending, i);

      if (item->action == ACTION_ADD)
        self->n_added++;
      else if (item->action == ACTION_REPLACE)
        self->n_replaced++;
      else
        self->n_unchanged++;
    }
  if (self->flags & CLS_IMPORT_FLAGS_DRY_RUN)
    return TRUE;

  for (n_applied = 0; n_applied < pending->len; n_applied++)
    {
      Pending *item = &g_array_index (pending, Pending, n_applied);

      if (item->action != ACTION_UNCHANGED)
        cls_indicator_set_measurement (item->indicator, item->measurement);
    }
  if (!cls_contract_validate (self->contract, NULL, &local_error))
    {
      undo (pending, n_applied);
      self->n_added = self->n_replaced = self->n_unchanged = 0;
      add_problem (&ctx, CLS_SEVERITY_ERROR, 0, 0, "invalid-contract", NULL, "%s", local_error->message);
      g_set_error (error, CLS_CONTRACT_ERROR, local_error->code,
                   _("%s: the contract would not be valid, nothing was imported: %s"),
                   display_name (self), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The object                                                          */

static void
cls_importer_finalize (GObject *object)
{
  ClsImporter *self = (ClsImporter *) object;

  g_clear_object (&self->contract);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (cls_importer_parent_class)->finalize (object);
}

static void
cls_importer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ClsImporter *self = CLS_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_value_set_object (value, self->contract);
      break;
    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_importer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ClsImporter *self = CLS_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_set_object (&self->contract, g_value_get_object (value));
      break;
    case PROP_FLAGS:
      cls_importer_set_flags (self, g_value_get_flags (value));
      break;
    case PROP_NAME:
      cls_importer_set_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_importer_class_init (ClsImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_importer_finalize;
  object_class->get_property = cls_importer_get_property;
  object_class->set_property = cls_importer_set_property;

  /**
   * ClsImporter:contract: (attributes org.gtk.Property.get=cls_importer_get_contract)
   *
   * The contract measurements are imported into.
   *
   * Since: 1.0
   */
  properties[PROP_CONTRACT] =
    g_param_spec_object ("contract", NULL, NULL, CLS_TYPE_CONTRACT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsImporter:flags: (attributes org.gtk.Property.get=cls_importer_get_flags org.gtk.Property.set=cls_importer_set_flags)
   *
   * How to import: a dry run, replacing measurements or not.
   *
   * Since: 1.0
   */
  properties[PROP_FLAGS] =
    g_param_spec_flags ("flags", NULL, NULL, CLS_TYPE_IMPORT_FLAGS, CLS_IMPORT_FLAGS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsImporter:name: (attributes org.gtk.Property.get=cls_importer_get_name org.gtk.Property.set=cls_importer_set_name)
   *
   * The table's name in problems and messages, such as its file name;
   * %NULL writes `<data>`.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_importer_init (ClsImporter *self)
{
  self->problems = g_list_store_new (CLS_TYPE_DIAGNOSTIC);
}

/**
 * cls_importer_new:
 * @contract: the contract to import into
 *
 * Creates an importer of measurements into @contract.
 *
 * Returns: (transfer full): a new [class@Cls.Importer]
 *
 * Since: 1.0
 */
ClsImporter *
cls_importer_new (ClsContract *contract)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (contract), NULL);

  return g_object_new (CLS_TYPE_IMPORTER, "contract", contract, NULL);
}

/**
 * cls_importer_get_contract:
 * @self: a [class@Cls.Importer]
 *
 * Gets [property@Cls.Importer:contract].
 *
 * Returns: (transfer none): the contract
 *
 * Since: 1.0
 */
ClsContract *
cls_importer_get_contract (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), NULL);

  return self->contract;
}

/**
 * cls_importer_get_flags:
 * @self: a [class@Cls.Importer]
 *
 * Gets [property@Cls.Importer:flags].
 *
 * Returns: the flags
 *
 * Since: 1.0
 */
ClsImportFlags
cls_importer_get_flags (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), CLS_IMPORT_FLAGS_NONE);

  return self->flags;
}

/**
 * cls_importer_set_flags:
 * @self: a [class@Cls.Importer]
 * @flags: the new flags
 *
 * Sets [property@Cls.Importer:flags].
 *
 * Since: 1.0
 */
void
cls_importer_set_flags (ClsImporter    *self,
                        ClsImportFlags  flags)
{
  g_return_if_fail (CLS_IS_IMPORTER (self));

  if (self->flags == flags)
    return;
  self->flags = flags;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGS]);
}

/**
 * cls_importer_get_name:
 * @self: a [class@Cls.Importer]
 *
 * Gets [property@Cls.Importer:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
cls_importer_get_name (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), NULL);

  return self->name;
}

/**
 * cls_importer_set_name:
 * @self: a [class@Cls.Importer]
 * @name: (nullable): the table's name, such as its file name
 *
 * Sets [property@Cls.Importer:name].
 *
 * Since: 1.0
 */
void
cls_importer_set_name (ClsImporter *self,
                       const char  *name)
{
  g_return_if_fail (CLS_IS_IMPORTER (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * cls_importer_get_problems:
 * @self: a [class@Cls.Importer]
 *
 * Gets the problems found by the last import: its errors, and warnings
 * that did not stop it, in the order of the table.
 *
 * Returns: (transfer none): a list model of [class@Cls.Diagnostic]
 *
 * Since: 1.0
 */
GListModel *
cls_importer_get_problems (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * cls_importer_get_n_added:
 * @self: a [class@Cls.Importer]
 *
 * Gets how many measurements the last import added (or, for a dry run,
 * would add): rows for periods the contract had no measurement of.
 *
 * Returns: the number of measurements added
 *
 * Since: 1.0
 */
guint
cls_importer_get_n_added (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), 0);

  return self->n_added;
}

/**
 * cls_importer_get_n_replaced:
 * @self: a [class@Cls.Importer]
 *
 * Gets how many measurements the last import replaced (or would replace),
 * with %CLS_IMPORT_FLAGS_REPLACE.
 *
 * Returns: the number of measurements replaced
 *
 * Since: 1.0
 */
guint
cls_importer_get_n_replaced (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), 0);

  return self->n_replaced;
}

/**
 * cls_importer_get_n_unchanged:
 * @self: a [class@Cls.Importer]
 *
 * Gets how many rows of the last import gave exactly a measurement the
 * contract already had.
 *
 * Returns: the number of measurements left as they were
 *
 * Since: 1.0
 */
guint
cls_importer_get_n_unchanged (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), 0);

  return self->n_unchanged;
}

/**
 * cls_importer_get_n_skipped:
 * @self: a [class@Cls.Importer]
 *
 * Gets how many rows of the last import gave no figure (such as the rows
 * an export writes for years without measurement) and were skipped.
 *
 * Returns: the number of rows skipped
 *
 * Since: 1.0
 */
guint
cls_importer_get_n_skipped (ClsImporter *self)
{
  g_return_val_if_fail (CLS_IS_IMPORTER (self), 0);

  return self->n_skipped;
}

/**
 * cls_contract_import_csv:
 * @self: a [class@Cls.Contract]
 * @csv: the CSV text
 * @flags: how to import
 * @problems: (out) (optional) (transfer full): a list model of
 *   [class@Cls.Diagnostic]: the problems found, warnings included
 * @error: return location for an error
 *
 * Imports measurements from a CSV table, all or nothing, with a new
 * [class@Cls.Importer]: see [method@Cls.Importer.import_bytes] for the
 * table and the checks. Messages name the table `<data>`.
 *
 * Returns: %TRUE if every row is right (and, unless a dry run, imported)
 *
 * Since: 1.0
 */
gboolean
cls_contract_import_csv (ClsContract     *self,
                         GBytes          *csv,
                         ClsImportFlags   flags,
                         GListModel     **problems,
                         GError         **error)
{
  g_autoptr(ClsImporter) importer = NULL;
  gboolean ok;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  importer = cls_importer_new (self);
  cls_importer_set_flags (importer, flags);
  ok = cls_importer_import_bytes (importer, csv, error);
  if (problems != NULL)
    *problems = g_object_ref (cls_importer_get_problems (importer));
  return ok;
}
