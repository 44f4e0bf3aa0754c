/* cls-export.c: a contract's measurements and yearly evaluations as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The table is documented in docs/csv.md. It is meant both for analysis
 * (pandas, R, a spreadsheet's pivot table) and as the form coordinators
 * fill in: cls_contract_import_csv() reads it back, ignoring the columns it
 * does not need, so every measured field has its column.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-export.h"
#include "cls-csv-private.h"
#include "cls-enum-types.h"
#include "cls-error.h"
#include "cls-evaluation.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-node.h"
#include "cls-period-private.h"

const char * const _cls_csv_export_columns[] = {
  "contract_id", "node_id", "node_code", "node_title",
  "indicator_id", "indicator_title", "kind", "unit", "direction",
  "period", "period_start", "period_end",
  "value", "numerator", "denominator", "respondents", "level", "done", "date",
  "author", "text", "source", "recorded", "comment", "illustrative",
  "evaluated_value", "target", "target_source", "achievement", "status", "trend",
  NULL
};

/* One row: a measurement, or a contract year without one. */
/* Full copies of an indicator's measurements: the compact records inside
 * the indicator are for the library's hot paths; an export is not one. */
static GPtrArray *
dup_measurements (ClsIndicator *indicator)
{
  guint i, n = cls_indicator_get_n_measurements (indicator);
  GPtrArray *copies = g_ptr_array_new_full (n, (GDestroyNotify) cls_measurement_free);

  for (i = 0; i < n; i++)
    g_ptr_array_add (copies, cls_indicator_dup_measurement (indicator, i));
  return copies;
}

#define MS(j) ((const ClsMeasurement *) g_ptr_array_index (ms, (j)))

typedef struct {
  guint32 start;
  guint32 end;
  ClsPeriodKind kind;
  const ClsMeasurement *measurement;   /* NULL for a year without measurement */
} Row;

typedef struct {
  char *dimension;
  char *key;
} BreakdownColumn;

static void
breakdown_column_free (gpointer data)
{
  BreakdownColumn *column = data;

  g_free (column->dimension);
  g_free (column->key);
  g_free (column);
}

typedef struct {
  GPtrArray *response_keys;     /* char *, in order of first appearance */
  GHashTable *response_seen;
  GPtrArray *breakdowns;        /* BreakdownColumn * */
  GHashTable *breakdown_seen;   /* "dimension\x1fkey" */
} Columns;

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->response_keys, g_ptr_array_unref);
  g_clear_pointer (&columns->response_seen, g_hash_table_unref);
  g_clear_pointer (&columns->breakdowns, g_ptr_array_unref);
  g_clear_pointer (&columns->breakdown_seen, g_hash_table_unref);
}

static void
add_response_column (Columns    *columns,
                     const char *key)
{
  if (key == NULL || g_hash_table_contains (columns->response_seen, key))
    return;
  g_hash_table_add (columns->response_seen, g_strdup (key));
  g_ptr_array_add (columns->response_keys, g_strdup (key));
}

static void
add_breakdown_column (Columns    *columns,
                      const char *dimension,
                      const char *key)
{
  char *both = g_strconcat (dimension, "\x1f", key, NULL);
  BreakdownColumn *column;

  if (g_hash_table_contains (columns->breakdown_seen, both))
    {
      g_free (both);
      return;
    }
  g_hash_table_add (columns->breakdown_seen, both);
  column = g_new0 (BreakdownColumn, 1);
  column->dimension = g_strdup (dimension);
  column->key = g_strdup (key);
  g_ptr_array_add (columns->breakdowns, column);
}

/* The dynamic columns: a response count per level of the scales of the
 * ordinal indicators, and a breakdown value per commune for indicators
 * broken down by commune, so that a coordinator filling the table in finds
 * a cell for each; then whatever else the measurements use. In order of
 * first appearance in the plan, which is the order the import adds them
 * back in. */
static void
collect_columns (ClsContract *contract,
                 GListModel  *indicators,
                 Columns     *columns)
{
  guint i, n = g_list_model_get_n_items (indicators);

  columns->response_keys = g_ptr_array_new_with_free_func (g_free);
  columns->response_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  columns->breakdowns = g_ptr_array_new_with_free_func (breakdown_column_free);
  columns->breakdown_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      const char * const *dimensions = cls_indicator_get_dimensions (indicator);
      g_autoptr(GPtrArray) ms = NULL;
      guint j, k, n_ms;

      if (cls_indicator_get_kind (indicator) == CLS_INDICATOR_KIND_ORDINAL &&
          cls_indicator_get_scale (indicator) != NULL)
        {
          ClsScale *scale = cls_contract_lookup_scale (contract, cls_indicator_get_scale (indicator));
          GListModel *levels = scale != NULL ? cls_scale_get_levels (scale) : NULL;

          for (j = 0; levels != NULL && j < g_list_model_get_n_items (levels); j++)
            {
              g_autoptr(ClsScaleLevel) level = g_list_model_get_item (levels, j);
              add_response_column (columns, cls_scale_level_get_key (level));
            }
        }
      if (dimensions != NULL && g_strv_contains (dimensions, "commune"))
        {
          GListModel *communes = cls_contract_get_communes (contract);

          for (j = 0; j < g_list_model_get_n_items (communes); j++)
            {
              g_autoptr(ClsCommune) commune = g_list_model_get_item (communes, j);
              if (cls_commune_get_id (commune) != NULL)
                add_breakdown_column (columns, "commune", cls_commune_get_id (commune));
            }
        }

      ms = dup_measurements (indicator);
      n_ms = ms->len;
      for (j = 0; j < n_ms; j++)
        {
          for (k = 0; k < cls_measurement_get_n_responses (MS (j)); k++)
            add_response_column (columns, cls_measurement_get_response (MS (j), k, NULL));
          for (k = 0; k < cls_measurement_get_n_breakdowns (MS (j)); k++)
            {
              const char *key;
              const char *dimension = cls_measurement_get_breakdown (MS (j), k, &key, NULL);
              add_breakdown_column (columns, dimension, key);
            }
        }
    }
}

static int
year_of_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date);
}

static const char *
nick (GType type,
      int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Static enum classes are never finalised: the nick stays valid. */
  g_type_class_unref (klass);
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static void
write_julian (ClsCsvWriter *writer,
              guint32       julian)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (julian != 0)
    _cls_date_append_julian (text, julian);
  _cls_csv_writer_field (writer, text->str);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const Row *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  if (ra->end != rb->end)
    return ra->end < rb->end ? -1 : 1;
  return (int) ra->kind - (int) rb->kind;
}

/* Evaluates the year once for the whole table. Returns FALSE on an error
 * other than a contract without dates (then there is no evaluation). */
static gboolean
ensure_year (ClsContract       *contract,
             ClsTargetVersion   targets,
             GHashTable        *evaluations,
             int                year,
             GError           **error)
{
  g_autoptr(ClsEvaluator) evaluator = NULL;
  g_autoptr(ClsPeriod) period = NULL;
  ClsEvaluation *evaluation;

  if (g_hash_table_contains (evaluations, GINT_TO_POINTER (year)))
    return TRUE;
  evaluator = cls_evaluator_new ();
  period = cls_period_new_year (year);
  cls_evaluator_set_period (evaluator, period);
  cls_evaluator_set_target_version (evaluator, targets);
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, error);
  if (evaluation == NULL)
    return FALSE;
  g_hash_table_insert (evaluations, GINT_TO_POINTER (year), evaluation);
  return TRUE;
}

static void
write_header (ClsCsvWriter  *writer,
              const Columns *columns)
{
  guint i;

  for (i = 0; _cls_csv_export_columns[i] != NULL; i++)
    _cls_csv_writer_field (writer, _cls_csv_export_columns[i]);
  for (i = 0; i < columns->response_keys->len; i++)
    {
      g_autofree char *name = g_strconcat ("response:", (char *) columns->response_keys->pdata[i], NULL);
      _cls_csv_writer_field (writer, name);
    }
  for (i = 0; i < columns->breakdowns->len; i++)
    {
      BreakdownColumn *column = columns->breakdowns->pdata[i];
      g_autofree char *name = g_strconcat ("breakdown:", column->dimension, ":", column->key, NULL);
      _cls_csv_writer_field (writer, name);
    }
  _cls_csv_writer_end_record (writer);
}

static void
write_row (ClsCsvWriter       *writer,
           ClsContract        *contract,
           ClsIndicator       *indicator,
           const Row          *row,
           ClsIndicatorResult *result,
           const Columns      *columns)
{
  const ClsMeasurement *m = row->measurement;
  ClsNode *node = cls_indicator_get_node (indicator);
  g_autoptr(GString) period = g_string_new (NULL);
  guint i;

  _cls_period_append_julian (period, row->start, row->end, row->kind);

  _cls_csv_writer_field (writer, cls_contract_get_id (contract));
  _cls_csv_writer_field (writer, node != NULL ? cls_node_get_id (node) : NULL);
  _cls_csv_writer_field (writer, node != NULL ? cls_node_get_code (node) : NULL);
  _cls_csv_writer_field (writer, node != NULL ? cls_node_get_title (node) : NULL);
  _cls_csv_writer_field (writer, cls_indicator_get_id (indicator));
  _cls_csv_writer_field (writer, cls_indicator_get_title (indicator));
  _cls_csv_writer_field (writer, nick (CLS_TYPE_INDICATOR_KIND, cls_indicator_get_kind (indicator)));
  _cls_csv_writer_field (writer, cls_indicator_get_unit (indicator));
  _cls_csv_writer_field (writer, nick (CLS_TYPE_DIRECTION, cls_indicator_get_direction (indicator)));
  _cls_csv_writer_field (writer, period->str);
  write_julian (writer, row->start);
  write_julian (writer, row->end);

  if (m != NULL)
    {
      _cls_csv_writer_number (writer, cls_measurement_has_value (m) ? cls_measurement_get_value (m) : NAN);
      _cls_csv_writer_number (writer, cls_measurement_has_ratio (m) ? cls_measurement_get_numerator (m) : NAN);
      _cls_csv_writer_number (writer, cls_measurement_has_ratio (m) ? cls_measurement_get_denominator (m) : NAN);
      _cls_csv_writer_number (writer, m->respondents >= 0 ? m->respondents : NAN);
      _cls_csv_writer_field (writer, cls_measurement_get_level (m));
      _cls_csv_writer_field (writer, cls_measurement_has_done (m) ? (cls_measurement_get_done (m) ? "true" : "false") : NULL);
      write_julian (writer, m->date);
      _cls_csv_writer_field (writer, cls_measurement_get_author (m));
      _cls_csv_writer_field (writer, cls_measurement_get_text (m));
      _cls_csv_writer_field (writer, cls_measurement_get_source (m));
      write_julian (writer, m->recorded);
      _cls_csv_writer_field (writer, cls_measurement_get_comment (m));
      _cls_csv_writer_field (writer, cls_measurement_get_illustrative (m) ? "true" : "false");
    }
  else
    for (i = 0; i < 13; i++)
      _cls_csv_writer_field (writer, NULL);

  if (result != NULL)
    {
      _cls_csv_writer_number (writer, cls_indicator_result_has_value (result) ? cls_indicator_result_get_value (result) : NAN);
      _cls_csv_writer_number (writer, cls_indicator_result_has_target (result) ? cls_indicator_result_get_target (result) : NAN);
      _cls_csv_writer_field (writer, nick (CLS_TYPE_TARGET_SOURCE, cls_indicator_result_get_target_source (result)));
      _cls_csv_writer_number (writer, cls_indicator_result_has_achievement (result) ? cls_indicator_result_get_achievement (result) : NAN);
      _cls_csv_writer_field (writer, nick (CLS_TYPE_STATUS, cls_indicator_result_get_status (result)));
      _cls_csv_writer_field (writer, nick (CLS_TYPE_TREND, cls_indicator_result_get_trend (result)));
    }
  else
    for (i = 0; i < 6; i++)
      _cls_csv_writer_field (writer, NULL);

  for (i = 0; i < columns->response_keys->len; i++)
    {
      const char *key = columns->response_keys->pdata[i];
      double count = NAN;
      guint j, c;

      for (j = 0; m != NULL && j < cls_measurement_get_n_responses (m); j++)
        if (g_str_equal (cls_measurement_get_response (m, j, &c), key))
          {
            count = c;
            break;
          }
      _cls_csv_writer_number (writer, count);
    }
  for (i = 0; i < columns->breakdowns->len; i++)
    {
      BreakdownColumn *column = columns->breakdowns->pdata[i];
      double value = NAN;

      if (m != NULL)
        cls_measurement_lookup_breakdown (m, column->dimension, column->key, &value);
      _cls_csv_writer_number (writer, value);
    }
  _cls_csv_writer_end_record (writer);
}

/**
 * cls_contract_export_csv:
 * @self: a [class@Cls.Contract]
 * @targets: the targets the yearly evaluations measure against
 * @error: return location for an error
 *
 * Writes the contract's measurements, with the evaluation of each calendar
 * year, as a CSV table for a spreadsheet, pandas or R: one row per
 * indicator and measured period, and for each indicator one more row for
 * every calendar year of the contract it has no measurement of that year
 * for, so that the table shows the gaps and can be filled in and read back
 * with [method@Cls.Contract.import_csv].
 *
 * The table is UTF-8 without byte order mark, RFC 4180: fields separated
 * by commas and quoted when needed, records ending with CRLF (line breaks
 * inside a text stay LF), a header row. Dates and periods are written as
 * in the contract format (`2026-01-15`, `2026-S1`); numbers with a `.` and
 * no thousands separator, in the shortest form that reads back to the same
 * value; a missing figure is an empty cell, never 0. Rows come in plan
 * order (depth first), then by period.
 *
 * The columns: `contract_id`, `node_id`, `node_code`, `node_title`,
 * `indicator_id`, `indicator_title`, `kind`, `unit`, `direction`,
 * `period`, `period_start`, `period_end`; the measurement's `value`,
 * `numerator`, `denominator`, `respondents`, `level`, `done` (`true` or
 * `false`), `date`, `author`, `text`, `source`, `recorded`, `comment`,
 * `illustrative`; for a row whose period is a calendar year, that year's
 * period evaluation ([method@Cls.Evaluator.set_period]) of the indicator:
 * `evaluated_value`, `target`, `target_source`, `achievement`, `status`,
 * `trend` (the names of [enum@Cls.TargetSource], [enum@Cls.Status] and
 * [enum@Cls.Trend]); then one `response:KEY` column per level key of the
 * scales of ordinal indicators, and one `breakdown:DIMENSION:KEY` column
 * per commune for indicators broken down by commune and per other
 * dimension value measured. docs/csv.md describes them in full.
 *
 * Each year is evaluated once for the whole table, with the contract's
 * settings. A contract without start or end date has no contract years:
 * it gets its measurements only, without evaluation.
 *
 * Returns: (transfer full): the CSV text, or %NULL when an evaluation
 *   fails (settings out of range)
 *
 * Since: 1.0
 */
GBytes *
cls_contract_export_csv (ClsContract       *self,
                         ClsTargetVersion   targets,
                         GError           **error)
{
  g_autoptr(GListModel) indicators = NULL;
  g_autoptr(GHashTable) evaluations = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(ClsPeriod) contract_period = NULL;
  Columns columns = { 0, };
  ClsCsvWriter writer;
  int first_year = 0, last_year = -1, year;
  guint i, n;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  indicators = cls_contract_dup_all_indicators (self);
  n = g_list_model_get_n_items (indicators);
  evaluations = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);

  contract_period = cls_contract_dup_period (self);
  if (contract_period != NULL)
    {
      first_year = year_of_julian (cls_period_get_start_julian (contract_period));
      last_year = year_of_julian (cls_period_get_end_julian (contract_period));
      for (year = first_year; year <= last_year; year++)
        if (!ensure_year (self, targets, evaluations, year, error))
          return NULL;
      /* Years measured outside the contract get their evaluation too. */
      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
          g_autoptr(GPtrArray) ms = NULL;
          guint j, n_ms;

          ms = dup_measurements (indicator);
      n_ms = ms->len;
          for (j = 0; j < n_ms; j++)
            if (MS (j)->kind == CLS_PERIOD_KIND_YEAR &&
                !ensure_year (self, targets, evaluations, year_of_julian (MS (j)->start), error))
              return NULL;
        }
    }

  collect_columns (self, indicators, &columns);
  _cls_csv_writer_init (&writer, out, ',');
  write_header (&writer, &columns);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      const char *id = cls_indicator_get_id (indicator);
      g_autoptr(GPtrArray) ms = NULL;
      guint j, n_ms;

      g_array_set_size (rows, 0);
      ms = dup_measurements (indicator);
      n_ms = ms->len;
      for (j = 0; j < n_ms; j++)
        {
          Row row = { MS (j)->start, MS (j)->end, MS (j)->kind, MS (j) };
          g_array_append_val (rows, row);
        }
      for (year = first_year; year <= last_year; year++)
        {
          g_autoptr(ClsPeriod) period = cls_period_new_year (year);
          Row row = { cls_period_get_start_julian (period), cls_period_get_end_julian (period),
                      CLS_PERIOD_KIND_YEAR, NULL };

          for (j = 0; j < n_ms; j++)
            if (MS (j)->start == row.start && MS (j)->end == row.end && MS (j)->kind == CLS_PERIOD_KIND_YEAR)
              break;
          if (j == n_ms)
            g_array_append_val (rows, row);
        }
      g_array_sort (rows, compare_rows);

      for (j = 0; j < rows->len; j++)
        {
          const Row *row = &g_array_index (rows, Row, j);
          ClsIndicatorResult *result = NULL;

          if (row->kind == CLS_PERIOD_KIND_YEAR && id != NULL)
            {
              ClsEvaluation *evaluation = g_hash_table_lookup (evaluations,
                                                               GINT_TO_POINTER (year_of_julian (row->start)));
              if (evaluation != NULL)
                result = cls_evaluation_lookup_indicator (evaluation, id);
            }
          write_row (&writer, self, indicator, row, result, &columns);
        }
    }

  columns_clear (&columns);
  return g_string_free_to_bytes (g_steal_pointer (&out));
}
