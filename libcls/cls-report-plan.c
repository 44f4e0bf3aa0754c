/* cls-report-plan.c: the plan in the HTML report, axis by axis
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One section per axis (the plan's first level), each starting a printed
 * page: its score and the bars of its actions, then for each action (a
 * fiche and the actions below it) the table of its indicators, its
 * deliverables and the chart of each indicator year by year.
 */

#include "config.h"

#include <string.h>

#include "cls-report-private.h"

#define NBSP "\xc2\xa0"
#define L(w, label) _cls_report_label (CLS_REPORT_LABEL_ ## label, (w)->french)

/* The figures of a node on one line: score, coverage, pace */
static void
node_figures (ClsReportWriter *w,
              ClsNodeResult   *node)
{
  g_autofree char *score = _cls_report_percent_or_dash (w, cls_node_result_has_score (node),
                                                        cls_node_result_get_score (node));
  g_autofree char *coverage = _cls_report_percent_or_dash (w, cls_node_result_has_coverage (node),
                                                           cls_node_result_get_coverage (node));

  _cls_html_open (w->out, "p", "class", "figures", NULL);
  _cls_report_badge (w, cls_node_result_get_status (node));
  g_string_append (w->out, " · ");
  _cls_html_escape (w->out, L (w, SCORE));
  _cls_html_escape (w->out, _cls_report_colon (w));
  _cls_html_element (w->out, "strong", score, NULL);
  g_string_append (w->out, " · ");
  _cls_html_escape (w->out, L (w, COVERAGE));
  _cls_html_escape (w->out, _cls_report_colon (w));
  _cls_html_escape (w->out, coverage);
  if (cls_node_result_has_pace (node))
    {
      g_autofree char *pace = _cls_report_format_percent (cls_node_result_get_pace (node), w->french);

      g_string_append (w->out, " · ");
      _cls_html_escape (w->out, L (w, PACE));
      _cls_html_escape (w->out, _cls_report_colon (w));
      _cls_html_escape (w->out, pace);
    }
  _cls_html_close (w->out, "p");
}

/* Deliverables -------------------------------------------------------------- */

void
_cls_report_index_deliverables (ClsReportWriter *w)
{
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (w->evaluation);
  guint i, n = g_list_model_get_n_items (indicators);

  w->measuring = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);
      ClsIndicator *indicator = cls_indicator_result_get_indicator (result);
      const char * const *ids = indicator != NULL ? cls_indicator_get_deliverables (indicator) : NULL;

      for (; ids != NULL && *ids != NULL; ids++)
        {
          GPtrArray *list = g_hash_table_lookup (w->measuring, *ids);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (w->measuring, g_strdup (*ids), list);
            }
          g_ptr_array_add (list, g_object_ref (result));
        }
    }
}

static ClsReportDeliverable
deliverable_state (ClsReportWriter *w,
                   const char      *id)
{
  GPtrArray *list = id != NULL ? g_hash_table_lookup (w->measuring, id) : NULL;
  gboolean scored = FALSE;
  guint i;

  for (i = 0; list != NULL && i < list->len; i++)
    {
      ClsStatus status = cls_indicator_result_get_status (g_ptr_array_index (list, i));

      if (status == CLS_STATUS_ACHIEVED)
        return CLS_REPORT_DELIVERABLE_MET;
      if (cls_status_is_scored (status))
        scored = TRUE;
    }
  return scored ? CLS_REPORT_DELIVERABLE_NOT_MET : CLS_REPORT_DELIVERABLE_UNKNOWN;
}

void
_cls_report_count_deliverables (ClsReportWriter *w,
                                ClsNodeResult   *node,
                                guint           *counts)
{
  ClsNode *model = cls_node_result_get_node (node);
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  guint i;

  if (model != NULL && cls_node_get_deliverables_state (model) == CLS_DELIVERABLES_STATE_LISTED)
    {
      GListModel *deliverables = cls_node_get_deliverables (model);

      for (i = 0; i < g_list_model_get_n_items (deliverables); i++)
        {
          g_autoptr(ClsDeliverable) deliverable = g_list_model_get_item (deliverables, i);

          counts[deliverable_state (w, cls_deliverable_get_id (deliverable))]++;
        }
    }
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);

      _cls_report_count_deliverables (w, child, counts);
    }
}

static void
deliverable_badge (ClsReportWriter      *w,
                   ClsReportDeliverable  state)
{
  g_autofree char *css_class = g_strdup_printf ("dbadge d-%s", _cls_report_deliverable_nick (state));

  _cls_html_open (w->out, "span", "class", css_class, NULL);
  _cls_html_element (w->out, "span", _cls_report_deliverable_symbol (state), "aria-hidden", "true", NULL);
  g_string_append_c (w->out, ' ');
  _cls_html_escape (w->out, _cls_report_deliverable_label (state, w->french));
  _cls_html_close (w->out, "span");
}

static void
collect_nodes (ClsNodeResult *node,
               GPtrArray     *nodes)
{
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  guint i;

  g_ptr_array_add (nodes, g_object_ref (node));
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);

      collect_nodes (child, nodes);
    }
}

static void
append_node_codes (ClsReportWriter *w,
                   GPtrArray       *nodes,
                   const char      *label)
{
  GString *out = w->out;
  guint i;

  if (nodes->len == 0)
    return;
  _cls_html_open (out, "p", "class", "muted", NULL);
  _cls_html_escape (out, label);
  _cls_html_escape (out, _cls_report_colon (w));
  for (i = 0; i < nodes->len; i++)
    {
      ClsNodeResult *node = g_ptr_array_index (nodes, i);
      const char *code = cls_node_result_get_code (node);

      if (i > 0)
        g_string_append (out, ", ");
      _cls_html_escape (out, code != NULL ? code : cls_node_result_get_title (node));
    }
  _cls_html_close (out, "p");
}

/* The deliverables of @nodes (a fiche and the actions below it) */
static void
write_deliverables (ClsReportWriter *w,
                    GPtrArray       *nodes)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) unstated = g_ptr_array_new ();
  gboolean heading = FALSE;
  guint i, j;

  for (i = 0; i < nodes->len; i++)
    {
      ClsNodeResult *node = g_ptr_array_index (nodes, i);
      ClsNode *model = cls_node_result_get_node (node);
      GListModel *deliverables = model != NULL ? cls_node_get_deliverables (model) : NULL;
      guint n = deliverables != NULL ? g_list_model_get_n_items (deliverables) : 0;
      g_autofree char *label = NULL;

      if (model == NULL)
        continue;
      if (cls_node_get_deliverables_state (model) == CLS_DELIVERABLES_STATE_NONE)
        {
          g_ptr_array_add (none, node);
          continue;
        }
      if (cls_node_get_deliverables_state (model) != CLS_DELIVERABLES_STATE_LISTED || n == 0)
        {
          g_ptr_array_add (unstated, node);
          continue;
        }
      if (!heading)
        {
          _cls_html_open (w->out, "div", "class", "deliverables", NULL);
          _cls_html_element (w->out, "h4", L (w, DELIVERABLES), NULL);
          heading = TRUE;
        }
      label = _cls_report_node_label (cls_node_result_get_code (node), NULL, cls_node_result_get_id (node));
      _cls_html_open (w->out, "p", NULL);
      _cls_html_element (w->out, "strong", label, NULL);
      _cls_html_close (w->out, "p");
      _cls_html_open (w->out, "ul", "class", "deliverables", NULL);
      for (j = 0; j < n; j++)
        {
          g_autoptr(ClsDeliverable) deliverable = g_list_model_get_item (deliverables, j);
          const char *id = cls_deliverable_get_id (deliverable);
          ClsReportDeliverable state = deliverable_state (w, id);
          GPtrArray *list = id != NULL ? g_hash_table_lookup (w->measuring, id) : NULL;
          guint k;

          _cls_html_open (w->out, "li", "data-deliverable-id", id,
                          "data-state", _cls_report_deliverable_nick (state), NULL);
          deliverable_badge (w, state);
          g_string_append_c (w->out, ' ');
          _cls_html_escape (w->out, cls_deliverable_get_text (deliverable) != NULL
                                      ? cls_deliverable_get_text (deliverable) : id);
          g_string_append_c (w->out, ' ');
          _cls_html_open (w->out, "small", NULL);
          g_string_append (w->out, "(");
          if (list == NULL || list->len == 0)
            _cls_html_escape (w->out, L (w, NOT_MEASURED));
          else
            {
              _cls_html_escape (w->out, L (w, MEASURED_BY));
              _cls_html_escape (w->out, _cls_report_colon (w));
              for (k = 0; k < list->len; k++)
                {
                  ClsIndicatorResult *result = g_ptr_array_index (list, k);
                  const char *anchor = g_hash_table_lookup (w->rows, cls_indicator_result_get_id (result));
                  g_autofree char *href = anchor != NULL ? g_strconcat ("#", anchor, NULL) : NULL;

                  if (k > 0)
                    g_string_append (w->out, " ; ");
                  _cls_html_element (w->out, "a", cls_indicator_result_get_title (result), "href", href, NULL);
                  g_string_append (w->out, " — ");
                  _cls_html_escape (w->out, cls_status_get_label (cls_indicator_result_get_status (result), w->lang));
                }
            }
          g_string_append (w->out, ")");
          _cls_html_close (w->out, "small");
          _cls_html_close (w->out, "li");
        }
      _cls_html_close (w->out, "ul");
    }

  if (!heading && none->len + unstated->len > 0)
    {
      _cls_html_open (w->out, "div", "class", "deliverables", NULL);
      heading = TRUE;
    }
  append_node_codes (w, none, L (w, DELIVERABLES_NONE));
  append_node_codes (w, unstated, L (w, DELIVERABLES_UNSTATED));
  if (heading)
    _cls_html_close (w->out, "div");
}

/* History ----------------------------------------------------------------- */

/* A period evaluation of each calendar year of the contract, with the
 * settings of the report's evaluation. */
void
_cls_report_compute_years (ClsReportWriter *w)
{
  const GDate *start = cls_contract_get_start_date (w->contract);
  const GDate *end = cls_contract_get_end_date (w->contract);
  const ClsPeriod *window = cls_evaluation_get_window (w->evaluation);
  g_autoptr(ClsEvaluator) evaluator = NULL;
  GDate window_end;
  int year, last_year;

  if (start == NULL || end == NULL || !g_date_valid (start) || !g_date_valid (end) ||
      g_date_compare (start, end) > 0 || window == NULL)
    return;

  g_date_clear (&window_end, 1);
  g_date_set_julian (&window_end, cls_period_get_end_julian (window));
  w->first_year = g_date_get_year (start);
  last_year = g_date_get_year (end);
  if (last_year - w->first_year > 50)
    return;   /* not a contract people report on year by year */
  w->last_year_with_values = g_date_get_year (&window_end);
  if (cls_evaluation_get_kind (w->evaluation) == CLS_EVALUATION_KIND_PERIOD)
    w->highlight_year = cls_period_get_kind (window) == CLS_PERIOD_KIND_YEAR ? cls_period_get_year (window) : 0;
  else if (cls_evaluation_get_kind (w->evaluation) == CLS_EVALUATION_KIND_TO_DATE)
    w->highlight_year = w->last_year_with_values;

  evaluator = cls_evaluator_new ();
  cls_evaluator_set_target_version (evaluator, cls_evaluation_get_target_version (w->evaluation));
  cls_evaluator_set_on_track (evaluator, cls_evaluation_get_on_track (w->evaluation));
  cls_evaluator_set_at_risk (evaluator, cls_evaluation_get_at_risk (w->evaluation));
  cls_evaluator_set_trend_tolerance (evaluator, cls_evaluation_get_trend_tolerance (w->evaluation));
  cls_evaluator_set_missing_data (evaluator, cls_evaluation_get_missing_data (w->evaluation));

  w->years = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  for (year = w->first_year; year <= last_year; year++)
    {
      g_autoptr(ClsPeriod) period = cls_period_new_year (year);
      g_autoptr(GError) error = NULL;
      ClsEvaluation *evaluation;

      cls_evaluator_set_period (evaluator, period);
      evaluation = cls_evaluator_evaluate (evaluator, w->contract, NULL, &error);
      if (evaluation == NULL)
        {
          /* The report's evaluation worked with the same settings: give up
           * the charts rather than the report. */
          g_debug ("No history for the report: %s", error->message);
          g_clear_pointer (&w->years, g_ptr_array_unref);
          return;
        }
      g_ptr_array_add (w->years, evaluation);
    }
}

/* The years of @result's indicator; %NULL when fewer than two have a value */
static GArray *
indicator_history (ClsReportWriter    *w,
                   ClsIndicatorResult *result)
{
  g_autoptr(GArray) years = NULL;
  ClsIndicatorKind kind = cls_indicator_result_get_kind (result);
  guint n_values = 0;
  guint i;

  if (w->years == NULL || kind == CLS_INDICATOR_KIND_MILESTONE || kind == CLS_INDICATOR_KIND_NARRATIVE)
    return NULL;

  years = g_array_sized_new (FALSE, TRUE, sizeof (ClsReportYear), w->years->len);
  for (i = 0; i < w->years->len; i++)
    {
      ClsIndicatorResult *year_result =
        cls_evaluation_lookup_indicator (g_ptr_array_index (w->years, i), cls_indicator_result_get_id (result));
      ClsReportYear year = { (int) (w->first_year + i), FALSE, 0, FALSE, 0 };

      if (year_result != NULL)
        {
          year.has_value = cls_indicator_result_has_value (year_result) && year.year <= w->last_year_with_values;
          year.value = cls_indicator_result_get_value (year_result);
          year.has_target = cls_indicator_result_has_target (year_result);
          year.target = cls_indicator_result_get_target (year_result);
        }
      if (year.has_value)
        n_values++;
      g_array_append_val (years, year);
    }
  return n_values >= 2 ? g_steal_pointer (&years) : NULL;
}

void
_cls_report_write_histories (ClsReportWriter *w,
                             GPtrArray       *results)
{
  gboolean open = FALSE;
  guint i;

  for (i = 0; i < results->len; i++)
    {
      ClsIndicatorResult *result = g_ptr_array_index (results, i);
      g_autoptr(GArray) years = indicator_history (w, result);
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;
      g_autofree char *title = NULL;

      if (years == NULL)
        continue;
      if (!open)
        {
          _cls_html_open (w->out, "div", "class", "history-block", NULL);
          _cls_html_element (w->out, "h4", L (w, HISTORY), NULL);
          _cls_html_open (w->out, "div", "class", "histories", NULL);
          open = TRUE;
        }
      id = _cls_report_next_chart_id (w);
      label = _cls_report_node_label (cls_indicator_result_get_code (result), cls_indicator_result_get_title (result),
                                      cls_indicator_result_get_id (result));
      title = g_strdup_printf ("%s — %s", label, L (w, HISTORY_OF));
      _cls_html_open (w->out, "figure", "class", "history",
                      "data-history-of", cls_indicator_result_get_id (result), NULL);
      _cls_report_svg_history (w->out, id, title, (const ClsReportYear *) (gpointer) years->data, years->len,
                               w->highlight_year, cls_indicator_result_get_unit (result), w->french);
      _cls_html_element (w->out, "figcaption", label, NULL);
      _cls_html_close (w->out, "figure");
    }
  if (open)
    {
      _cls_html_close (w->out, "div");
      _cls_html_close (w->out, "div");
    }
}

/* Indicator tables ----------------------------------------------------------- */

static char *
with_unit (ClsReportWriter *w,
           const char      *number,
           const char      *unit)
{
  if (unit == NULL || *unit == '\0')
    return g_strdup (number);
  if (g_str_equal (unit, "%"))
    return g_strconcat (number, w->french ? NBSP "%" : "%", NULL);
  return g_strconcat (number, NBSP, unit, NULL);
}

static char *
value_text (ClsReportWriter    *w,
            ClsIndicatorResult *result)
{
  ClsIndicatorKind kind = cls_indicator_result_get_kind (result);
  g_autofree char *number = NULL;

  if (kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      const GDate *done = cls_indicator_result_get_done_date (result);
      g_autofree char *date = _cls_report_format_date (done);

      if (date != NULL)
        return g_strdup_printf ("%s %s", L (w, DONE_ON), date);
      return g_strdup (cls_indicator_result_has_value (result) ? L (w, NOT_DONE) : "—");
    }
  if (kind == CLS_INDICATOR_KIND_NARRATIVE || !cls_indicator_result_has_value (result))
    return g_strdup ("—");

  number = _cls_report_format_number (cls_indicator_result_get_value (result), w->french);
  if (cls_indicator_result_get_level (result) != NULL)
    return g_strdup_printf ("%s (%s)", number, cls_indicator_result_get_level (result));
  return with_unit (w, number, cls_indicator_result_get_unit (result));
}

static char *
target_text (ClsReportWriter    *w,
             ClsIndicatorResult *result)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;

  if (!cls_indicator_result_has_target (result))
    return g_strdup ("—");
  if (cls_indicator_result_get_kind (result) == CLS_INDICATOR_KIND_MILESTONE)
    {
      g_autofree char *due = _cls_report_format_date (cls_indicator_result_get_due_date (result));

      return due != NULL ? g_strdup_printf ("%s %s", L (w, DUE_BY), due) : g_strdup ("✓");
    }
  number = _cls_report_format_number (cls_indicator_result_get_target (result), w->french);
  if (cls_indicator_result_get_dimension (result) != NULL)
    text = g_strdup_printf ("%s × %u %s", number, cls_indicator_result_get_keys_expected (result),
                            cls_indicator_result_get_dimension (result));
  else if (cls_indicator_result_get_target_level (result) != NULL)
    text = g_strdup_printf ("%s (%s)", number, cls_indicator_result_get_target_level (result));
  else
    text = with_unit (w, number, cls_indicator_result_get_unit (result));
  return g_steal_pointer (&text);
}

static void
indicator_row (ClsReportWriter    *w,
               ClsIndicatorResult *result)
{
  GString *out = w->out;
  ClsStatus status = cls_indicator_result_get_status (result);
  ClsTrend trend = cls_indicator_result_get_trend (result);
  const char *id = cls_indicator_result_get_id (result);
  const char *anchor = id != NULL ? g_hash_table_lookup (w->rows, id) : NULL;
  const char *text = cls_indicator_result_get_text (result);
  g_autofree char *value = value_text (w, result);
  g_autofree char *target = target_text (w, result);
  g_autofree char *trend_class = g_strdup_printf ("trend t-%s", cls_trend_to_string (trend));

  _cls_html_open (out, "tr", "class", "indicator", "id", anchor, "data-indicator-id", id,
                  "data-status", cls_status_to_string (status), NULL);
  _cls_html_element (out, "th", cls_indicator_result_get_title (result), "scope", "row", NULL);
  _cls_html_element (out, "td", value, "class", "num", NULL);
  _cls_html_open (out, "td", "class", "num", NULL);
  _cls_html_escape (out, target);
  if (cls_indicator_result_get_target_amendment (result) != NULL)
    {
      g_autofree char *amendment = g_strdup_printf ("%s %s", L (w, AMENDMENT),
                                                    cls_indicator_result_get_target_amendment (result));

      _cls_html_void (out, "br", NULL);
      _cls_html_element (out, "small", amendment, NULL);
    }
  _cls_html_close (out, "td");

  _cls_html_open (out, "td", "class", "num", NULL);
  if (cls_indicator_result_has_achievement (result))
    {
      g_autofree char *achievement = _cls_report_format_percent (cls_indicator_result_get_achievement (result),
                                                                 w->french);
      _cls_html_escape (out, achievement);
    }
  else
    g_string_append (out, "—");
  if (cls_indicator_result_has_pace (result))
    {
      g_autofree char *pace = _cls_report_format_percent (cls_indicator_result_get_pace (result), w->french);
      g_autofree char *line = g_strdup_printf ("%s %s", L (w, PACE), pace);

      _cls_html_void (out, "br", NULL);
      _cls_html_element (out, "small", line, NULL);
    }
  _cls_html_close (out, "td");

  _cls_html_open (out, "td", "class", "status", NULL);
  _cls_report_badge (w, status);
  _cls_html_close (out, "td");

  _cls_html_open (out, "td", NULL);
  if (trend != CLS_TREND_UNKNOWN)
    {
      _cls_html_open (out, "span", "class", trend_class, NULL);
      _cls_html_element (out, "span", _cls_report_trend_symbol (trend), "aria-hidden", "true", NULL);
      g_string_append_c (out, ' ');
      _cls_html_escape (out, cls_trend_get_label (trend, w->lang));
      _cls_html_close (out, "span");
      if (cls_indicator_result_has_previous (result))
        {
          g_autofree char *previous = _cls_report_format_number (cls_indicator_result_get_previous (result),
                                                                 w->french);
          g_autofree char *latest = _cls_report_format_number (cls_indicator_result_get_latest (result), w->french);
          g_autofree char *change = g_strdup_printf ("%s → %s", previous, latest);

          _cls_html_void (out, "br", NULL);
          _cls_html_element (out, "small", change, NULL);
        }
    }
  else
    g_string_append (out, "—");
  _cls_html_close (out, "td");
  _cls_html_close (out, "tr");

  /* The computation, or the whole assessment of a narrative */
  _cls_html_open (out, "tr", "class", "calc", NULL);
  if (cls_indicator_result_get_kind (result) == CLS_INDICATOR_KIND_NARRATIVE && text != NULL)
    _cls_html_element (out, "td", text, "colspan", "6", "class", "text", NULL);
  else
    _cls_html_element (out, "td",
                       _cls_report_strip_explanation (w, cls_indicator_result_get_explanation (result, w->lang),
                                                      cls_indicator_result_get_code (result),
                                                      cls_indicator_result_get_title (result), id),
                       "colspan", "6", NULL);
  _cls_html_close (out, "tr");
  g_string_append_c (out, '\n');
}

static void
table_head (ClsReportWriter *w,
            const char      *caption)
{
  const ClsReportLabel columns[] = {
    CLS_REPORT_LABEL_INDICATOR, CLS_REPORT_LABEL_VALUE, CLS_REPORT_LABEL_TARGET,
    CLS_REPORT_LABEL_ACHIEVEMENT, CLS_REPORT_LABEL_STATUS, CLS_REPORT_LABEL_TREND,
  };
  guint i;

  _cls_html_open (w->out, "table", "class", "indicators", NULL);
  _cls_html_element (w->out, "caption", caption, NULL);
  _cls_html_open (w->out, "thead", NULL);
  _cls_html_open (w->out, "tr", NULL);
  for (i = 0; i < G_N_ELEMENTS (columns); i++)
    _cls_html_element (w->out, "th", _cls_report_label (columns[i], w->french), "scope", "col",
                       "class", i == 1 || i == 2 || i == 3 ? "num" : NULL, NULL);
  _cls_html_close (w->out, "tr");
  _cls_html_close (w->out, "thead");
  g_string_append_c (w->out, '\n');
}

/* A <tbody> for @node's own indicators; with a heading row when @node is
 * below the table's top node. */
static void
table_group (ClsReportWriter *w,
             ClsNodeResult   *node,
             guint            top_depth,
             GPtrArray       *all_results)
{
  g_autoptr(GListModel) indicators = cls_node_result_get_indicators (node);
  guint depth = cls_node_result_get_depth (node);
  guint i, n = g_list_model_get_n_items (indicators);
  g_autofree char *group_class = g_strdup_printf ("depth-%u", MIN (depth - top_depth, 3));

  if (depth == top_depth && n == 0)
    return;

  _cls_html_open (w->out, "tbody", "class", group_class, NULL);
  if (depth > top_depth)
    {
      g_autofree char *label = _cls_report_node_result_label (node);
      g_autofree char *score = _cls_report_percent_or_dash (w, cls_node_result_has_score (node),
                                                            cls_node_result_get_score (node));

      _cls_html_open (w->out, "tr", "class", "group", NULL);
      _cls_html_open (w->out, "th", "colspan", "6", "scope", "rowgroup", "class", "group", NULL);
      _cls_html_escape (w->out, label);
      g_string_append (w->out, " — ");
      _cls_report_badge (w, cls_node_result_get_status (node));
      if (cls_node_result_has_score (node))
        {
          g_string_append_c (w->out, ' ');
          _cls_html_escape (w->out, score);
        }
      if (n == 0)
        {
          g_string_append (w->out, " · ");
          _cls_html_element (w->out, "span", L (w, NO_INDICATOR), "class", "muted", NULL);
        }
      _cls_html_close (w->out, "th");
      _cls_html_close (w->out, "tr");
    }
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);

      indicator_row (w, result);
      g_ptr_array_add (all_results, g_object_ref (result));
    }
  _cls_html_close (w->out, "tbody");
}

void
_cls_report_indicator_table (ClsReportWriter *w,
                             GPtrArray       *nodes,
                             const char      *caption,
                             GPtrArray       *all_results)
{
  ClsNodeResult *top = g_ptr_array_index (nodes, 0);
  guint i;

  table_head (w, caption);
  for (i = 0; i < nodes->len; i++)
    table_group (w, g_ptr_array_index (nodes, i), cls_node_result_get_depth (top), all_results);
  _cls_html_close (w->out, "table");
  g_string_append_c (w->out, '\n');
}

static guint
count_indicators (GPtrArray *nodes)
{
  guint i, n = 0;

  for (i = 0; i < nodes->len; i++)
    {
      g_autoptr(GListModel) indicators = cls_node_result_get_indicators (g_ptr_array_index (nodes, i));

      n += g_list_model_get_n_items (indicators);
    }
  return n;
}

/* Bars for the children of @node; for @node itself when it has none */
void
_cls_report_children_bars (ClsReportWriter *w,
                           ClsNodeResult   *node,
                           const char      *title)
{
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  guint i, n = g_list_model_get_n_items (children);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree ClsReportBar *bars = NULL;
  g_autofree char *id = NULL;

  if (n == 0 && cls_node_result_get_depth (node) == 0)
    return;
  bars = g_new0 (ClsReportBar, MAX (n, 1));
  for (i = 0; i < MAX (n, 1); i++)
    {
      g_autoptr(ClsNodeResult) child = n > 0 ? g_list_model_get_item (children, i) : g_object_ref (node);
      char *label = _cls_report_node_result_label (child);

      g_ptr_array_add (labels, label);
      bars[i].label = label;
      bars[i].has_score = cls_node_result_has_score (child);
      bars[i].score = cls_node_result_get_score (child);
      bars[i].status = cls_node_result_get_status (child);
    }
  if (n == 0)
    title = L (w, SCORE);
  id = _cls_report_next_chart_id (w);
  _cls_html_open (w->out, "figure", "class", "bars", NULL);
  _cls_html_element (w->out, "figcaption", title, "class", "chart-title", NULL);
  _cls_report_svg_bars (w->out, id, title, bars, MAX (n, 1), cls_evaluation_get_on_track (w->evaluation),
                        cls_evaluation_get_at_risk (w->evaluation), w->french);
  _cls_html_close (w->out, "figure");
}

/* One fiche (a node below an axis), the actions below it in its table */
static void
write_fiche (ClsReportWriter *w,
             ClsNodeResult   *fiche)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *label = _cls_report_node_result_label (fiche);
  g_autofree char *caption = g_strdup_printf ("%s — %s", L (w, INDICATORS),
                                              cls_node_result_get_code (fiche) != NULL
                                                ? cls_node_result_get_code (fiche) : label);

  collect_nodes (fiche, nodes);
  _cls_html_open (w->out, "section", "class", "fiche", "data-node-id", cls_node_result_get_id (fiche), NULL);
  _cls_html_element (w->out, "h3", label, NULL);
  node_figures (w, fiche);
  if (count_indicators (nodes) > 0)
    _cls_report_indicator_table (w, nodes, caption, results);
  else
    _cls_html_element (w->out, "p", L (w, NO_INDICATOR), "class", "muted", NULL);
  write_deliverables (w, nodes);
  _cls_report_write_histories (w, results);
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}

void
_cls_report_write_axis (ClsReportWriter *w,
                        ClsNodeResult   *axis,
                        guint            index)
{
  g_autoptr(GListModel) children = cls_node_result_get_children (axis);
  g_autoptr(GListModel) indicators = cls_node_result_get_indicators (axis);
  g_autofree char *anchor = g_strdup_printf ("axis-%u", index + 1);
  g_autofree char *label = _cls_report_node_result_label (axis);
  guint i;

  _cls_html_open (w->out, "section", "class", "axis", "id", anchor,
                  "data-node-id", cls_node_result_get_id (axis), NULL);
  _cls_html_element (w->out, "h2", label, NULL);
  node_figures (w, axis);
  _cls_html_element (w->out, "p", _cls_report_strip_explanation (w, cls_node_result_get_explanation (axis, w->lang),
                                                                 cls_node_result_get_code (axis),
                                                                 cls_node_result_get_title (axis),
                                                                 cls_node_result_get_id (axis)),
                     "class", "muted", NULL);
  _cls_report_children_bars (w, axis, L (w, SCORE_BY_ACTION));

  /* The axis's own indicators, then its fiches */
  if (g_list_model_get_n_items (indicators) > 0)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
      g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *caption = g_strdup_printf ("%s — %s", L (w, INDICATORS),
                                                  cls_node_result_get_code (axis) != NULL
                                                    ? cls_node_result_get_code (axis) : label);

      g_ptr_array_add (nodes, axis);
      _cls_report_indicator_table (w, nodes, caption, results);
      _cls_report_write_histories (w, results);
    }
  if (cls_node_result_get_node (axis) != NULL &&
      cls_node_get_deliverables_state (cls_node_result_get_node (axis)) == CLS_DELIVERABLES_STATE_LISTED)
    {
      g_autoptr(GPtrArray) self_only = g_ptr_array_new ();

      g_ptr_array_add (self_only, axis);
      write_deliverables (w, self_only);
    }
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) fiche = g_list_model_get_item (children, i);

      write_fiche (w, fiche);
    }
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}
