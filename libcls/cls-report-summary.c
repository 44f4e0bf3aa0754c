/* cls-report-summary.c: the report's sections around the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cover (the contract and what was evaluated), the contents, the
 * summary, what changed since the previous evaluation, the data-quality
 * review, what is missing, and the legend.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-i18n-private.h"
#include "cls-report-private.h"

#define L(w, label) _cls_report_label (CLS_REPORT_LABEL_ ## label, (w)->french)

/* The contract and the evaluation ----------------------------------------- */

static void
identity_item (ClsReportWriter *w,
               const char      *term,
               const char      *value)
{
  if (value == NULL || *value == '\0')
    return;
  _cls_html_element (w->out, "dt", term, NULL);
  _cls_html_element (w->out, "dd", value, NULL);
}

static guint
count_illustrative (ClsReportWriter *w)
{
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (w->evaluation);
  guint n = g_list_model_get_n_items (indicators);
  guint count = 0;
  guint i, j;

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);
      ClsIndicator *indicator = cls_indicator_result_get_indicator (result);
      guint m = indicator != NULL ? cls_indicator_get_n_measurements (indicator) : 0;

      for (j = 0; j < m; j++)
        {
          g_autoptr(ClsMeasurement) measurement = cls_indicator_dup_measurement (indicator, j);

          if (measurement != NULL && cls_measurement_get_illustrative (measurement))
            count++;
        }
    }
  return count;
}

static const char *
kind_label (ClsReportWriter *w,
            ClsEvaluation   *evaluation)
{
  switch (cls_evaluation_get_kind (evaluation))
    {
    case CLS_EVALUATION_KIND_PERIOD:
      return L (w, KIND_PERIOD);
    case CLS_EVALUATION_KIND_FINAL:
      return L (w, KIND_FINAL);
    case CLS_EVALUATION_KIND_TO_DATE:
    default:
      return L (w, KIND_TO_DATE);
    }
}

void
_cls_report_write_header (ClsReportWriter *w)
{
  ClsContract *contract = w->contract;
  const char *title = cls_report_get_title (w->report);
  const char *contract_title = cls_contract_get_title (contract);
  g_autofree char *kicker = g_strdup_printf ("%s %s", L (w, REPORT), L (w, FOR_COPIL));
  g_autofree char *start = _cls_report_format_date (cls_contract_get_start_date (contract));
  g_autofree char *end = _cls_report_format_date (cls_contract_get_end_date (contract));
  g_autofree char *period = NULL;
  g_autofree char *signed_text = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *communes = NULL;
  g_autofree char *amendments = NULL;
  g_autofree char *window = NULL;
  g_autofree char *thresholds = NULL;
  g_autofree char *on_track = _cls_report_format_percent (cls_evaluation_get_on_track (w->evaluation), w->french);
  g_autofree char *at_risk = _cls_report_format_percent (cls_evaluation_get_at_risk (w->evaluation), w->french);
  GListModel *commune_list = cls_contract_get_communes (contract);
  guint n_communes = g_list_model_get_n_items (commune_list);
  guint n_parties = g_list_model_get_n_items (cls_contract_get_parties (contract));
  guint n_amendments = g_list_model_get_n_items (cls_contract_get_amendments (contract));
  guint n_illustrative = count_illustrative (w);
  gint64 population = 0;
  guint i;

  if (title == NULL)
    title = contract_title != NULL ? contract_title : cls_contract_get_id (contract);

  _cls_html_open (w->out, "header", "class", "cover", NULL);
  _cls_html_element (w->out, "p", kicker, "class", "kicker", NULL);
  _cls_html_element (w->out, "h1", title, NULL);
  window = g_strdup_printf ("%s — %s", w->window_label, kind_label (w, w->evaluation));
  _cls_html_element (w->out, "p", window, "class", "window", NULL);

  _cls_html_open (w->out, "dl", "class", "identity", NULL);
  if (cls_report_get_title (w->report) != NULL)
    identity_item (w, L (w, CONTRACT), contract_title);
  identity_item (w, L (w, ACRONYM), cls_contract_get_acronym (contract));
  identity_item (w, L (w, TERRITORY), cls_contract_get_territory_name (contract));
  if (start != NULL || end != NULL)
    period = g_strdup_printf ("%s → %s", start != NULL ? start : "?", end != NULL ? end : "?");
  identity_item (w, L (w, CONTRACT_PERIOD), period);
  if (cls_contract_get_signature_date (contract) != NULL || cls_contract_get_signature_place (contract) != NULL)
    {
      g_autofree char *date = _cls_report_format_date (cls_contract_get_signature_date (contract));
      const char *place = cls_contract_get_signature_place (contract);

      signed_text = g_strjoin (", ", date != NULL ? date : place, date != NULL ? place : NULL, NULL);
      identity_item (w, L (w, SIGNED), signed_text);
    }
  if (n_parties > 0)
    {
      parties = g_strdup_printf ("%u", n_parties);
      identity_item (w, L (w, PARTIES), parties);
    }
  for (i = 0; i < n_communes; i++)
    {
      g_autoptr(ClsCommune) commune = g_list_model_get_item (commune_list, i);

      if (cls_commune_get_population (commune) > 0)
        population += cls_commune_get_population (commune);
    }
  if (n_communes > 0)
    {
      if (population > 0)
        {
          g_autofree char *inhabitants = _cls_report_format_number ((double) population, w->french);

          communes = g_strdup_printf ("%u (%s %s)", n_communes, inhabitants, L (w, INHABITANTS));
        }
      else
        communes = g_strdup_printf ("%u", n_communes);
      identity_item (w, L (w, COMMUNES), communes);
    }
  if (n_amendments > 0)
    {
      amendments = g_strdup_printf ("%u", n_amendments);
      identity_item (w, L (w, AMENDMENTS), amendments);
    }
  identity_item (w, L (w, EVALUATION), window);
  identity_item (w, L (w, TARGETS),
                 cls_evaluation_get_target_version (w->evaluation) == CLS_TARGET_VERSION_INITIAL
                   ? L (w, TARGETS_INITIAL) : L (w, TARGETS_AMENDED));
  thresholds = g_strdup_printf ("%s ≥ %s, %s ≥ %s", cls_status_get_label (CLS_STATUS_ON_TRACK, w->lang), on_track,
                                cls_status_get_label (CLS_STATUS_AT_RISK, w->lang), at_risk);
  identity_item (w, L (w, THRESHOLDS), thresholds);
  identity_item (w, L (w, MISSING_DATA),
                 cls_evaluation_get_missing_data (w->evaluation) == CLS_MISSING_DATA_POLICY_ZERO
                   ? L (w, MISSING_ZERO) : L (w, MISSING_EXCLUDED));
  _cls_html_close (w->out, "dl");

  if (n_illustrative > 0)
    {
      g_autofree char *count = g_strdup_printf (" (%u %s)", n_illustrative, L (w, MEASUREMENTS));

      _cls_html_open (w->out, "p", "class", "notice", "role", "note", NULL);
      _cls_html_escape (w->out, L (w, ILLUSTRATIVE));
      _cls_html_escape (w->out, count);
      _cls_html_close (w->out, "p");
    }
  _cls_html_close (w->out, "header");
  g_string_append_c (w->out, '\n');
}

void
_cls_report_write_contents (ClsReportWriter *w)
{
  ClsNodeResult *root = cls_evaluation_get_root (w->evaluation);
  g_autoptr(GListModel) axes = cls_node_result_get_children (root);
  guint i, n = g_list_model_get_n_items (axes);

  _cls_html_open (w->out, "nav", "aria-labelledby", "contents-title", NULL);
  _cls_html_element (w->out, "h2", L (w, CONTENTS), "id", "contents-title", NULL);
  _cls_html_open (w->out, "ol", NULL);
  _cls_html_open (w->out, "li", NULL);
  _cls_html_element (w->out, "a", L (w, SUMMARY), "href", "#summary", NULL);
  _cls_html_close (w->out, "li");
  _cls_html_open (w->out, "li", NULL);
  _cls_html_element (w->out, "a", L (w, CHANGES), "href", "#changes", NULL);
  _cls_html_close (w->out, "li");
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNodeResult) axis = g_list_model_get_item (axes, i);
      g_autofree char *href = g_strdup_printf ("#axis-%u", i + 1);
      g_autofree char *label = _cls_report_node_result_label (axis);
      g_autofree char *short_label = _cls_html_truncate (label, 90);

      _cls_html_open (w->out, "li", NULL);
      _cls_html_element (w->out, "a", short_label, "href", href, NULL);
      _cls_html_close (w->out, "li");
    }
  _cls_html_open (w->out, "li", NULL);
  _cls_html_element (w->out, "a", L (w, REVIEW), "href", "#review", NULL);
  _cls_html_close (w->out, "li");
  _cls_html_open (w->out, "li", NULL);
  _cls_html_element (w->out, "a", L (w, MISSING), "href", "#missing", NULL);
  _cls_html_close (w->out, "li");
  _cls_html_close (w->out, "ol");
  _cls_html_close (w->out, "nav");
  g_string_append_c (w->out, '\n');
}

/* Summary ------------------------------------------------------------------- */

static void
card (ClsReportWriter *w,
      const char      *label,
      const char      *figure,
      const char      *detail)
{
  _cls_html_open (w->out, "li", NULL);
  _cls_html_element (w->out, "span", figure, "class", "figure", NULL);
  _cls_html_escape (w->out, label);
  if (detail != NULL)
    {
      _cls_html_void (w->out, "br", NULL);
      _cls_html_element (w->out, "small", detail, NULL);
    }
  _cls_html_close (w->out, "li");
}

static guint
scored_count (ClsNodeResult *node)
{
  guint s, n = 0;

  for (s = 0; s < CLS_N_STATUSES; s++)
    if (cls_status_is_scored (s))
      n += cls_node_result_get_count (node, s);
  return n;
}

void
_cls_report_write_summary (ClsReportWriter *w)
{
  ClsNodeResult *root = cls_evaluation_get_root (w->evaluation);
  g_autoptr(GListModel) root_indicators = cls_node_result_get_indicators (root);
  g_autofree char *score = _cls_report_percent_or_dash (w, cls_node_result_has_score (root),
                                                        cls_node_result_get_score (root));
  g_autofree char *coverage = _cls_report_percent_or_dash (w, cls_node_result_has_coverage (root),
                                                           cls_node_result_get_coverage (root));
  g_autofree char *n_indicators = g_strdup_printf ("%u", cls_node_result_get_n_indicators (root));
  g_autofree char *n_scored = g_strdup_printf ("%u", scored_count (root));
  g_autofree char *status_id = _cls_report_next_chart_id (w);
  guint counts[CLS_N_STATUSES];
  guint deliverables[3] = { 0, 0, 0 };
  ClsStatus s;

  _cls_html_open (w->out, "section", "id", "summary", "class", "summary", NULL);
  _cls_html_element (w->out, "h2", L (w, SUMMARY), NULL);

  _cls_html_open (w->out, "ul", "class", "cards", NULL);
  _cls_html_open (w->out, "li", NULL);
  _cls_html_open (w->out, "span", "class", "figure", NULL);
  _cls_report_badge (w, cls_node_result_get_status (root));
  _cls_html_close (w->out, "span");
  _cls_html_escape (w->out, L (w, STATUS));
  _cls_html_close (w->out, "li");
  card (w, L (w, SCORE), score, NULL);
  card (w, L (w, COVERAGE), coverage, NULL);
  if (cls_evaluation_has_expected (w->evaluation))
    {
      g_autofree char *expected = _cls_report_format_percent (cls_evaluation_get_expected (w->evaluation),
                                                              w->french);

      card (w, L (w, EXPECTED), expected, NULL);
    }
  if (cls_node_result_has_pace (root))
    {
      g_autofree char *pace = _cls_report_format_percent (cls_node_result_get_pace (root), w->french);

      card (w, L (w, PACE), pace, NULL);
    }
  card (w, L (w, INDICATORS), n_indicators, NULL);
  card (w, L (w, SCORED_INDICATORS), n_scored, NULL);
  _cls_report_count_deliverables (w, root, deliverables);
  if (deliverables[0] + deliverables[1] + deliverables[2] > 0)
    {
      g_autofree char *met = g_strdup_printf ("%u / %u", deliverables[CLS_REPORT_DELIVERABLE_MET],
                                              deliverables[0] + deliverables[1] + deliverables[2]);
      g_autofree char *detail = g_strdup_printf ("%s %u · %s %u",
                                                 L (w, DELIVERABLE_NOT_MET),
                                                 deliverables[CLS_REPORT_DELIVERABLE_NOT_MET],
                                                 L (w, DELIVERABLE_UNKNOWN),
                                                 deliverables[CLS_REPORT_DELIVERABLE_UNKNOWN]);
      card (w, L (w, DELIVERABLES_MET), met, detail);
    }
  _cls_html_close (w->out, "ul");

  _cls_html_element (w->out, "p", cls_node_result_get_explanation (root, w->lang), "class", "explanation", NULL);

  /* Statuses: a chart and the same figures as a table */
  _cls_html_element (w->out, "h3", L (w, BY_STATUS), NULL);
  for (s = 0; s < CLS_N_STATUSES; s++)
    counts[s] = cls_node_result_get_count (root, s);
  _cls_html_open (w->out, "figure", "class", "distribution", NULL);
  _cls_report_svg_distribution (w->out, status_id, L (w, BY_STATUS), counts, w->french);
  _cls_html_close (w->out, "figure");
  _cls_html_open (w->out, "table", "class", "counts", NULL);
  _cls_html_element (w->out, "caption", L (w, BY_STATUS), NULL);
  _cls_html_open (w->out, "thead", NULL);
  _cls_html_open (w->out, "tr", NULL);
  _cls_html_element (w->out, "th", L (w, STATUS), "scope", "col", NULL);
  _cls_html_element (w->out, "th", L (w, COUNT), "scope", "col", "class", "num", NULL);
  _cls_html_close (w->out, "tr");
  _cls_html_close (w->out, "thead");
  _cls_html_open (w->out, "tbody", NULL);
  for (s = 0; s < CLS_N_STATUSES; s++)
    {
      g_autofree char *count = NULL;

      if (counts[s] == 0)
        continue;
      count = g_strdup_printf ("%u", counts[s]);
      _cls_html_open (w->out, "tr", "data-status", cls_status_to_string (s), NULL);
      _cls_html_open (w->out, "th", "scope", "row", NULL);
      _cls_report_badge (w, s);
      _cls_html_close (w->out, "th");
      _cls_html_element (w->out, "td", count, "class", "num", NULL);
      _cls_html_close (w->out, "tr");
    }
  _cls_html_close (w->out, "tbody");
  _cls_html_close (w->out, "table");

  _cls_report_children_bars (w, root, L (w, SCORE_BY_AXIS));

  /* Indicators on the contract itself, if any */
  if (g_list_model_get_n_items (root_indicators) > 0)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
      g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (nodes, root);
      _cls_report_indicator_table (w, nodes, L (w, INDICATORS), results);
      _cls_report_write_histories (w, results);
    }
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}

/* What changed ---------------------------------------------------------------- */

static void
delta_cell (ClsReportWriter *w,
            gboolean         has_before,
            double           before,
            gboolean         has_after,
            double           after,
            gboolean         points)
{
  g_autofree char *text = NULL;
  const char *css_class = "num";
  double delta;

  if (!has_before || !has_after)
    {
      _cls_html_element (w->out, "td", "—", "class", "num", NULL);
      return;
    }
  delta = points ? round ((after - before) * 100) : after - before;
  if (points)
    {
      g_autofree char *number = _cls_report_format_number (fabs (delta), w->french);

      text = g_strdup_printf ("%s%s %s", delta > 0 ? "+" : delta < 0 ? "−" : "±", number, L (w, POINTS));
    }
  else
    text = g_strdup_printf ("%s%.0f", delta > 0 ? "+" : delta < 0 ? "−" : "±", fabs (delta));
  /* Colour only what is better or worse: a score, not a count */
  if (points && delta > 0)
    css_class = "num delta-up";
  else if (points && delta < 0)
    css_class = "num delta-down";
  _cls_html_element (w->out, "td", text, "class", css_class, NULL);
}

static void
percent_cell (ClsReportWriter *w,
              gboolean         has,
              double           ratio)
{
  g_autofree char *text = _cls_report_percent_or_dash (w, has, ratio);

  _cls_html_element (w->out, "td", text, "class", "num", NULL);
}

static void
comparison_head (ClsReportWriter *w,
                 const char      *caption,
                 const char      *first_column)
{
  _cls_html_open (w->out, "table", "class", "changes", NULL);
  _cls_html_element (w->out, "caption", caption, NULL);
  _cls_html_open (w->out, "thead", NULL);
  _cls_html_open (w->out, "tr", NULL);
  _cls_html_element (w->out, "th", first_column, "scope", "col", NULL);
  _cls_html_element (w->out, "th", L (w, PREVIOUS), "scope", "col", "class", "num", NULL);
  _cls_html_element (w->out, "th", L (w, NOW), "scope", "col", "class", "num", NULL);
  _cls_html_element (w->out, "th", L (w, CHANGE), "scope", "col", "class", "num", NULL);
  _cls_html_close (w->out, "tr");
  _cls_html_close (w->out, "thead");
  _cls_html_open (w->out, "tbody", NULL);
}

static void
comparison_row (ClsReportWriter *w,
                const char      *label,
                ClsNodeResult   *before,
                ClsNodeResult   *after,
                gboolean         coverage)
{
  gboolean has_before, has_after;
  double x, y;

  if (coverage)
    {
      has_before = before != NULL && cls_node_result_has_coverage (before);
      has_after = cls_node_result_has_coverage (after);
      x = before != NULL ? cls_node_result_get_coverage (before) : 0;
      y = cls_node_result_get_coverage (after);
    }
  else
    {
      has_before = before != NULL && cls_node_result_has_score (before);
      has_after = cls_node_result_has_score (after);
      x = before != NULL ? cls_node_result_get_score (before) : 0;
      y = cls_node_result_get_score (after);
    }
  _cls_html_open (w->out, "tr", NULL);
  _cls_html_element (w->out, "th", label, "scope", "row", NULL);
  percent_cell (w, has_before, x);
  percent_cell (w, has_after, y);
  delta_cell (w, has_before, x, has_after, y, TRUE);
  _cls_html_close (w->out, "tr");
}

static void
count_row (ClsReportWriter *w,
           const char      *label,
           ClsStatus        status,
           guint            before,
           guint            after)
{
  g_autofree char *before_text = g_strdup_printf ("%u", before);
  g_autofree char *after_text = g_strdup_printf ("%u", after);

  _cls_html_open (w->out, "tr", NULL);
  _cls_html_open (w->out, "th", "scope", "row", NULL);
  if ((guint) status < CLS_N_STATUSES)
    _cls_report_badge (w, status);
  else
    _cls_html_escape (w->out, label);
  _cls_html_close (w->out, "th");
  _cls_html_element (w->out, "td", before_text, "class", "num", NULL);
  _cls_html_element (w->out, "td", after_text, "class", "num", NULL);
  delta_cell (w, TRUE, before, TRUE, after, FALSE);
  _cls_html_close (w->out, "tr");
}

void
_cls_report_write_changes (ClsReportWriter *w)
{
  ClsEvaluation *previous = cls_report_get_previous (w->report);
  ClsNodeResult *root = cls_evaluation_get_root (w->evaluation);
  ClsNodeResult *before_root;
  g_autoptr(GListModel) axes = cls_node_result_get_children (root);
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (w->evaluation);
  g_autofree char *previous_label = NULL;
  g_autofree char *compared = NULL;
  guint changed = 0, minor = 0;
  guint i;
  ClsStatus s;

  _cls_html_open (w->out, "section", "id", "changes", "class", "changes", NULL);
  _cls_html_element (w->out, "h2", L (w, CHANGES), NULL);
  if (previous == NULL)
    {
      _cls_html_element (w->out, "p", L (w, NO_PREVIOUS), "class", "no-previous", NULL);
      _cls_html_close (w->out, "section");
      return;
    }

  before_root = cls_evaluation_get_root (previous);
  previous_label = cls_evaluation_get_window_label (previous, w->lang);
  compared = g_strdup_printf ("%s%s%s → %s", L (w, PREVIOUS), _cls_report_colon (w), previous_label,
                              w->window_label);
  _cls_html_element (w->out, "p", compared, NULL);

  comparison_head (w, L (w, SUMMARY), "");
  comparison_row (w, L (w, SCORE), before_root, root, FALSE);
  comparison_row (w, L (w, COVERAGE), before_root, root, TRUE);
  count_row (w, L (w, SCORED_INDICATORS), CLS_N_STATUSES, scored_count (before_root), scored_count (root));
  _cls_html_close (w->out, "tbody");
  _cls_html_close (w->out, "table");

  comparison_head (w, L (w, BY_STATUS), L (w, STATUS));
  for (s = 0; s < CLS_N_STATUSES; s++)
    {
      guint before = cls_node_result_get_count (before_root, s);
      guint after = cls_node_result_get_count (root, s);

      if (before > 0 || after > 0)
        count_row (w, NULL, s, before, after);
    }
  _cls_html_close (w->out, "tbody");
  _cls_html_close (w->out, "table");

  comparison_head (w, L (w, SCORE_BY_AXIS), L (w, SCORE));
  for (i = 0; i < g_list_model_get_n_items (axes); i++)
    {
      g_autoptr(ClsNodeResult) axis = g_list_model_get_item (axes, i);
      const char *id = cls_node_result_get_id (axis);
      g_autofree char *label = _cls_report_node_result_label (axis);
      g_autofree char *short_label = _cls_html_truncate (label, 80);

      comparison_row (w, short_label, id != NULL ? cls_evaluation_lookup_node (previous, id) : NULL, axis, FALSE);
    }
  _cls_html_close (w->out, "tbody");
  _cls_html_close (w->out, "table");

  /* Indicators whose status changed */
  for (i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);
      const char *id = cls_indicator_result_get_id (result);
      ClsIndicatorResult *before = id != NULL ? cls_evaluation_lookup_indicator (previous, id) : NULL;
      g_autofree char *label = NULL;

      ClsStatus was, is;

      if (before == NULL || cls_indicator_result_get_status (before) == cls_indicator_result_get_status (result))
        continue;
      was = cls_indicator_result_get_status (before);
      is = cls_indicator_result_get_status (result);
      /* Measured for the first time but still without target, or the
       * other way round: counted, not listed */
      if ((was == CLS_STATUS_NO_DATA || was == CLS_STATUS_NO_TARGET) &&
          (is == CLS_STATUS_NO_DATA || is == CLS_STATUS_NO_TARGET))
        {
          minor++;
          continue;
        }
      if (changed++ == 0)
        {
          _cls_html_open (w->out, "table", "class", "status-changes", NULL);
          _cls_html_element (w->out, "caption", L (w, STATUS_CHANGES), NULL);
          _cls_html_open (w->out, "thead", NULL);
          _cls_html_open (w->out, "tr", NULL);
          _cls_html_element (w->out, "th", L (w, INDICATOR), "scope", "col", NULL);
          _cls_html_element (w->out, "th", L (w, PREVIOUS), "scope", "col", NULL);
          _cls_html_element (w->out, "th", L (w, NOW), "scope", "col", NULL);
          _cls_html_close (w->out, "tr");
          _cls_html_close (w->out, "thead");
          _cls_html_open (w->out, "tbody", NULL);
        }
      label = _cls_report_indicator_label (w, result);
      _cls_html_open (w->out, "tr", "data-indicator-change", id, NULL);
      _cls_html_element (w->out, "th", label, "scope", "row", NULL);
      _cls_html_open (w->out, "td", NULL);
      _cls_report_badge (w, cls_indicator_result_get_status (before));
      _cls_html_close (w->out, "td");
      _cls_html_open (w->out, "td", NULL);
      _cls_report_badge (w, cls_indicator_result_get_status (result));
      _cls_html_close (w->out, "td");
      _cls_html_close (w->out, "tr");
    }
  if (changed > 0)
    {
      _cls_html_close (w->out, "tbody");
      _cls_html_close (w->out, "table");
    }
  else if (minor == 0)
    _cls_html_element (w->out, "p", L (w, NO_STATUS_CHANGE), NULL);
  if (minor > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u %s %s ↔ %s.", minor, L (w, MINOR_CHANGES),
                                               cls_status_get_label (CLS_STATUS_NO_DATA, w->lang),
                                               cls_status_get_label (CLS_STATUS_NO_TARGET, w->lang));

      _cls_html_element (w->out, "p", text, "class", "muted", NULL);
    }
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}

/* Review and gaps --------------------------------------------------------------- */

static const char *
severity_label (ClsReportWriter *w,
                ClsSeverity      severity)
{
  switch (severity)
    {
    case CLS_SEVERITY_ERROR:
      return L (w, SEVERITY_ERROR);
    case CLS_SEVERITY_WARNING:
      return L (w, SEVERITY_WARNING);
    case CLS_SEVERITY_INFO:
    default:
      return L (w, SEVERITY_INFO);
    }
}

void
_cls_report_write_review (ClsReportWriter *w)
{
  const ClsPeriod *window = cls_evaluation_get_window (w->evaluation);
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();   /* first-seen order */
  const char *findings_lang;
  GDate day;
  guint i, n, c;
  int severity;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, cls_period_get_end_julian (window));
  findings = cls_contract_review (w->contract, &day);
  n = g_list_model_get_n_items (findings);
  date = _cls_report_format_date (&day);

  _cls_html_open (w->out, "section", "id", "review", "class", "review", NULL);
  _cls_html_element (w->out, "h2", L (w, REVIEW), NULL);
  as_of = g_strdup_printf ("%s %s.", L (w, REVIEW_AS_OF), date);
  /* The findings are sentences of the library, in the language of the
   * process (gettext), which may not be the report's: say so, and mark
   * them with their own language. */
  findings_lang = g_strcmp0 (_("Data quality"), "Qualité des données") == 0 ? "fr" : "en";
  _cls_html_open (w->out, "p", NULL);
  _cls_html_escape (w->out, as_of);
  if (w->french && n > 0 && g_str_equal (findings_lang, "en"))
    {
      g_string_append_c (w->out, ' ');
      _cls_html_escape (w->out, L (w, FINDINGS_IN_ENGLISH));
    }
  _cls_html_close (w->out, "p");
  if (n == 0)
    {
      _cls_html_element (w->out, "p", L (w, NO_FINDINGS), NULL);
      _cls_html_close (w->out, "section");
      return;
    }

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);
      const char *code = cls_diagnostic_get_code (finding);
      guint j;

      for (j = 0; j < codes->len; j++)
        if (g_strcmp0 (g_ptr_array_index (codes, j), code) == 0)
          break;
      if (j == codes->len)
        g_ptr_array_add (codes, (gpointer) g_intern_string (code != NULL ? code : "?"));
    }

  /* Errors first, then warnings, then suggestions (closed: they are many) */
  for (severity = CLS_SEVERITY_ERROR; severity >= CLS_SEVERITY_INFO; severity--)
    for (c = 0; c < codes->len; c++)
      {
        const char *code = g_ptr_array_index (codes, c);
        guint count = 0;
        g_autofree char *summary = NULL;
        g_autofree char *css_class = NULL;

        for (i = 0; i < n; i++)
          {
            g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

            if ((int) cls_diagnostic_get_severity (finding) == severity &&
                g_strcmp0 (cls_diagnostic_get_code (finding), code) == 0)
              count++;
          }
        if (count == 0)
          continue;

        summary = g_strdup_printf ("%s (%s) — %u", _cls_report_review_code_label (code, w->french),
                                   severity_label (w, severity), count);
        css_class = g_strdup_printf ("finding severity-%d", severity);
        if (severity == CLS_SEVERITY_INFO)
          _cls_html_open (w->out, "details", "class", css_class, "data-code", code, NULL);
        else
          _cls_html_open (w->out, "details", "class", css_class, "data-code", code, "open", "open", NULL);
        _cls_html_element (w->out, "summary", summary, NULL);
        _cls_html_open (w->out, "ul", "class", "compact", "lang", findings_lang, NULL);
        for (i = 0; i < n; i++)
          {
            g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

            if ((int) cls_diagnostic_get_severity (finding) == severity &&
                g_strcmp0 (cls_diagnostic_get_code (finding), code) == 0)
              _cls_html_element (w->out, "li", cls_diagnostic_get_message (finding), NULL);
          }
        _cls_html_close (w->out, "ul");
        _cls_html_close (w->out, "details");
        g_string_append_c (w->out, '\n');
      }
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}

void
_cls_report_write_missing (ClsReportWriter *w)
{
  static const struct
  {
    ClsGapReason reason;
    ClsReportLabel label;
  } reasons[] = {
    { CLS_GAP_REASON_PLACEHOLDER, CLS_REPORT_LABEL_GAP_PLACEHOLDER },
    { CLS_GAP_REASON_NO_DATA, CLS_REPORT_LABEL_GAP_NO_DATA },
    { CLS_GAP_REASON_NO_TARGET, CLS_REPORT_LABEL_GAP_NO_TARGET },
    { CLS_GAP_REASON_ABANDONED, CLS_REPORT_LABEL_GAP_ABANDONED },
  };
  g_autoptr(GListModel) gaps = cls_node_result_get_gaps (cls_evaluation_get_root (w->evaluation));
  guint n = g_list_model_get_n_items (gaps);
  guint r, i;

  _cls_html_open (w->out, "section", "id", "missing", "class", "missing", NULL);
  _cls_html_element (w->out, "h2", L (w, MISSING), NULL);
  if (n == 0)
    _cls_html_element (w->out, "p", L (w, NOTHING_MISSING), NULL);
  for (r = 0; r < G_N_ELEMENTS (reasons); r++)
    {
      guint count = 0;
      g_autofree char *heading = NULL;

      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsGap) gap = g_list_model_get_item (gaps, i);

          if (cls_gap_get_reason (gap) == reasons[r].reason)
            count++;
        }
      if (count == 0)
        continue;
      heading = g_strdup_printf ("%s (%u)", _cls_report_label (reasons[r].label, w->french), count);
      _cls_html_element (w->out, "h3", heading, NULL);
      _cls_html_open (w->out, "ul", "class", "compact", NULL);
      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsGap) gap = g_list_model_get_item (gaps, i);
          const char *object_id = cls_gap_get_object_id (gap);
          const char *anchor = object_id != NULL ? g_hash_table_lookup (w->rows, object_id) : NULL;
          g_autofree char *href = NULL;

          if (cls_gap_get_reason (gap) != reasons[r].reason)
            continue;
          _cls_html_open (w->out, "li", "data-gap", object_id, NULL);
          if (anchor != NULL && cls_gap_get_reason (gap) != CLS_GAP_REASON_ABANDONED)
            {
              ClsIndicatorResult *result = cls_evaluation_lookup_indicator (w->evaluation, object_id);
              g_autofree char *label = result != NULL ? _cls_report_indicator_label (w, result)
                                                      : g_strdup (cls_gap_get_label (gap));

              href = g_strconcat ("#", anchor, NULL);
              _cls_html_element (w->out, "a", label, "href", href, NULL);
            }
          else
            _cls_html_escape (w->out, cls_gap_get_label (gap));
          _cls_html_close (w->out, "li");
        }
      _cls_html_close (w->out, "ul");
    }
  _cls_html_close (w->out, "section");
  g_string_append_c (w->out, '\n');
}

void
_cls_report_write_footer (ClsReportWriter *w)
{
  g_autofree char *generator = g_strdup_printf ("%s libcls %s.", L (w, GENERATED_BY), PACKAGE_VERSION);
  ClsStatus s;

  _cls_html_open (w->out, "footer", NULL);
  _cls_html_element (w->out, "h2", L (w, LEGEND), NULL);
  _cls_html_open (w->out, "ul", "class", "legend", NULL);
  for (s = 0; s < CLS_N_STATUSES; s++)
    {
      _cls_html_open (w->out, "li", NULL);
      _cls_report_badge (w, s);
      _cls_html_close (w->out, "li");
    }
  _cls_html_close (w->out, "ul");
  _cls_html_element (w->out, "p", generator, NULL);
  _cls_html_close (w->out, "footer");
  g_string_append_c (w->out, '\n');
}
