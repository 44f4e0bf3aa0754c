/* cls-report.c: ClsReport, the evaluation report for the comité de pilotage
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-file-private.h"

#include <math.h>
#include <string.h>

#include "cls-report.h"
#include "cls-report-private.h"

/**
 * ClsReport:
 *
 * The report of an evaluation for the comité de pilotage: one
 * self-contained HTML file, with its styles and charts inline, that reads
 * without JavaScript or network, and prints on A4 with one axis per page.
 *
 * ```c
 * g_autoptr(ClsReport) report = cls_report_new (evaluation);
 *
 * cls_report_set_previous (report, evaluation_of_last_year);   // optional
 * cls_report_set_language (report, "fr");                      // the default
 * if (!cls_report_save_to_file (report, file, NULL, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * The report holds, in this order:
 *
 * - the contract's identity and period, and what was evaluated (the
 *   window, the targets as signed or as amended, the thresholds, the
 *   missing-data policy); a notice when measurements are illustrative;
 * - a summary: the contract's score, coverage and status (and pace to
 *   date), the number of indicators per status as a chart and a table, the
 *   score of each axis as bars, the deliverables met;
 * - what changed since [property@Cls.Report:previous]: scores, coverage,
 *   counts per status, the score of each axis, and the indicators whose
 *   status changed; or a sentence saying there is no previous evaluation;
 * - one section per axis (the plan's first level), starting on a new page
 *   when printed: its score, the bars of its actions, and for each action a
 *   table of its indicators (and of the actions below it) with value,
 *   target, achievement, status, trend and the explanation of the
 *   computation; its deliverables, met, not met or unknown; and a chart
 *   per indicator of its value and target for each calendar year of the
 *   contract;
 * - the data-quality review ([method@Cls.Contract.review]) as of the end
 *   of the window;
 * - what is missing: the evaluation's gaps, by reason.
 *
 * Each indicator's row carries `data-indicator-id` and `data-status` (the
 * names of [func@Cls.status_to_string]) attributes, and each status is
 * shown with a symbol and its words as well as a colour (✓ achieved,
 * ● on track, ▲ at risk, ✖ off track, ○ no data, – no target…), so that
 * the report reads in black and white.
 *
 * A deliverable is met when an indicator that measures it (see
 * [method@Cls.Indicator.get_deliverables]) is achieved, not met when such
 * an indicator has a score below its target, and unknown otherwise.
 *
 * The charts per year come from a period evaluation of each calendar year
 * of the contract, computed when the report is written with the settings
 * and target version of [property@Cls.Report:evaluation]; years after the
 * end of the window show their target only. An indicator gets a chart
 * when it has a value in at least two years (milestones and narratives
 * get none).
 *
 * The HTML is HTML5 written in XML syntax: it also parses as XML. Every
 * text of the contract is escaped.
 *
 * Since: 1.0
 */

struct _ClsReport
{
  GObject parent_instance;

  ClsEvaluation *evaluation;
  ClsEvaluation *previous;
  char *language;
  char *title;
};

enum {
  PROP_0,
  PROP_EVALUATION,
  PROP_PREVIOUS,
  PROP_LANGUAGE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsReport, cls_report, G_TYPE_OBJECT)

#define NBSP "\xc2\xa0"
#define DEFAULT_LANGUAGE "fr"

static gboolean
is_french (const char *language)
{
  return language != NULL && g_ascii_strncasecmp (language, "fr", 2) == 0;
}

static void
cls_report_finalize (GObject *object)
{
  ClsReport *self = CLS_REPORT (object);

  g_clear_object (&self->evaluation);
  g_clear_object (&self->previous);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  G_OBJECT_CLASS (cls_report_parent_class)->finalize (object);
}

static void
cls_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ClsReport *self = CLS_REPORT (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;
    case PROP_PREVIOUS:
      g_value_set_object (value, self->previous);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, cls_report_get_language (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_report_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ClsReport *self = CLS_REPORT (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_assert (self->evaluation == NULL);
      self->evaluation = g_value_dup_object (value);
      break;
    case PROP_PREVIOUS:
      cls_report_set_previous (self, g_value_get_object (value));
      break;
    case PROP_LANGUAGE:
      cls_report_set_language (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      cls_report_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_report_constructed (GObject *object)
{
  ClsReport *self = CLS_REPORT (object);

  G_OBJECT_CLASS (cls_report_parent_class)->constructed (object);
  if (self->evaluation == NULL)
    g_critical ("A ClsReport needs an evaluation: use cls_report_new()");
}

static void
cls_report_class_init (ClsReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cls_report_finalize;
  object_class->get_property = cls_report_get_property;
  object_class->set_property = cls_report_set_property;
  object_class->constructed = cls_report_constructed;

  /**
   * ClsReport:evaluation: (attributes org.gtk.Property.get=cls_report_get_evaluation)
   *
   * The evaluation the report presents.
   *
   * Since: 1.0
   */
  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL, CLS_TYPE_EVALUATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsReport:previous: (attributes org.gtk.Property.get=cls_report_get_previous org.gtk.Property.set=cls_report_set_previous)
   *
   * The same kind of evaluation one year earlier, for the section of the
   * report that says what changed: for the period evaluation of 2026, the
   * one of 2025; to date at a day D, to date at D minus one year. %NULL
   * (the default): the report says there is no previous evaluation.
   *
   * Since: 1.0
   */
  properties[PROP_PREVIOUS] =
    g_param_spec_object ("previous", NULL, NULL, CLS_TYPE_EVALUATION, flags);

  /**
   * ClsReport:language: (attributes org.gtk.Property.get=cls_report_get_language org.gtk.Property.set=cls_report_set_language)
   *
   * The language of the report: `fr` (the default) for French; any other
   * language gives English.
   *
   * Since: 1.0
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, DEFAULT_LANGUAGE, flags);

  /**
   * ClsReport:title: (attributes org.gtk.Property.get=cls_report_get_title org.gtk.Property.set=cls_report_set_title)
   *
   * The title of the report, in place of the contract's title; %NULL (the
   * default) for the contract's.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_report_init (ClsReport *self)
{
  self->language = g_strdup (DEFAULT_LANGUAGE);
}

/**
 * cls_report_new:
 * @evaluation: the evaluation to report on
 *
 * Creates the report of @evaluation, in French, without a previous
 * evaluation.
 *
 * Returns: (transfer full): a new [class@Cls.Report]
 *
 * Since: 1.0
 */
ClsReport *
cls_report_new (ClsEvaluation *evaluation)
{
  g_return_val_if_fail (CLS_IS_EVALUATION (evaluation), NULL);
  return g_object_new (CLS_TYPE_REPORT, "evaluation", evaluation, NULL);
}

/**
 * cls_report_get_evaluation:
 * @self: a [class@Cls.Report]
 *
 * The evaluation the report presents.
 *
 * Returns: (transfer none): the evaluation
 *
 * Since: 1.0
 */
ClsEvaluation *
cls_report_get_evaluation (ClsReport *self)
{
  g_return_val_if_fail (CLS_IS_REPORT (self), NULL);
  return self->evaluation;
}

/**
 * cls_report_get_previous:
 * @self: a [class@Cls.Report]
 *
 * The evaluation the report compares with; see
 * [property@Cls.Report:previous].
 *
 * Returns: (transfer none) (nullable): the previous evaluation
 *
 * Since: 1.0
 */
ClsEvaluation *
cls_report_get_previous (ClsReport *self)
{
  g_return_val_if_fail (CLS_IS_REPORT (self), NULL);
  return self->previous;
}

/**
 * cls_report_set_previous:
 * @self: a [class@Cls.Report]
 * @previous: (nullable): the same kind of evaluation one year earlier, or
 *   %NULL
 *
 * Sets the evaluation the report compares with; see
 * [property@Cls.Report:previous].
 *
 * Since: 1.0
 */
void
cls_report_set_previous (ClsReport     *self,
                         ClsEvaluation *previous)
{
  g_return_if_fail (CLS_IS_REPORT (self));
  g_return_if_fail (previous == NULL || CLS_IS_EVALUATION (previous));

  if (g_set_object (&self->previous, previous))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS]);
}

/**
 * cls_report_get_language:
 * @self: a [class@Cls.Report]
 *
 * The language of the report.
 *
 * Returns: (transfer none): the language code, `fr` by default
 *
 * Since: 1.0
 */
const char *
cls_report_get_language (ClsReport *self)
{
  g_return_val_if_fail (CLS_IS_REPORT (self), NULL);
  return self->language;
}

/**
 * cls_report_set_language:
 * @self: a [class@Cls.Report]
 * @language: (nullable): a language code such as `fr` or `en`; %NULL for
 *   the default, French
 *
 * Sets the language of the report: French for `fr` (and `fr_FR`…),
 * English for any other.
 *
 * Since: 1.0
 */
void
cls_report_set_language (ClsReport  *self,
                         const char *language)
{
  g_return_if_fail (CLS_IS_REPORT (self));

  if (language == NULL)
    language = DEFAULT_LANGUAGE;
  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * cls_report_get_title:
 * @self: a [class@Cls.Report]
 *
 * The title set with [method@Cls.Report.set_title].
 *
 * Returns: (transfer none) (nullable): the title, or %NULL when the report
 *   uses the contract's
 *
 * Since: 1.0
 */
const char *
cls_report_get_title (ClsReport *self)
{
  g_return_val_if_fail (CLS_IS_REPORT (self), NULL);
  return self->title;
}

/**
 * cls_report_set_title:
 * @self: a [class@Cls.Report]
 * @title: (nullable): the title of the report, or %NULL for the
 *   contract's
 *
 * Sets the title of the report.
 *
 * Since: 1.0
 */
void
cls_report_set_title (ClsReport  *self,
                      const char *title)
{
  g_return_if_fail (CLS_IS_REPORT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Writing: the pieces the sections share -------------------------------------- */
#define L(w, label) _cls_report_label (CLS_REPORT_LABEL_ ## label, (w)->french)



static char *
format_julian (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

char *
_cls_report_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return format_julian (g_date_get_julian (date));
}

char *
_cls_report_node_label (const char *code,
                        const char *title,
                        const char *id)
{
  if (code != NULL && title != NULL)
    return g_strdup_printf ("%s / %s", code, title);
  if (code != NULL || title != NULL)
    return g_strdup (code != NULL ? code : title);
  return g_strdup (id != NULL ? id : "?");
}

/* “FA 1.1 / Title” for a node */
char *
_cls_report_node_result_label (ClsNodeResult *node)
{
  return _cls_report_node_label (cls_node_result_get_code (node), cls_node_result_get_title (node),
                                 cls_node_result_get_id (node));
}

char *
_cls_report_next_chart_id (ClsReportWriter *w)
{
  return g_strdup_printf ("chart-%u", ++w->next_chart);
}

/* Codes repeat from one fiche to the next (“Op. 1”): below the second
 * level, a node is named by its parent's code and its own, as the review
 * does (“FA 1.3 / Op. 2”). */
static void
index_codes (ClsReportWriter *w,
             ClsNodeResult   *node,
             const char      *parent_code)
{
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  const char *code = cls_node_result_get_code (node);
  const char *id = cls_node_result_get_id (node);
  guint i;

  if (id != NULL && code != NULL && cls_node_result_get_depth (node) > 0)
    {
      if (cls_node_result_get_depth (node) >= 3 && parent_code != NULL)
        g_hash_table_insert (w->codes, (gpointer) id, g_strdup_printf ("%s / %s", parent_code, code));
      else
        g_hash_table_insert (w->codes, (gpointer) id, g_strdup (code));
    }
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);

      index_codes (w, child, cls_node_result_get_depth (node) > 0 ? code : NULL);
    }
}

/* “FA 1.3 / Op. 2 / Title” for an indicator */
char *
_cls_report_indicator_label (ClsReportWriter    *w,
                             ClsIndicatorResult *result)
{
  const char *node_id = cls_indicator_result_get_node_id (result);
  const char *code = node_id != NULL ? g_hash_table_lookup (w->codes, node_id) : NULL;

  return _cls_report_node_label (code != NULL ? code : cls_indicator_result_get_code (result),
                                 cls_indicator_result_get_title (result), cls_indicator_result_get_id (result));
}

/* “: ” in English, “ : ” (no-break space) in French */
const char *
_cls_report_colon (ClsReportWriter *w)
{
  return w->french ? NBSP ": " : ": ";
}

/* An explanation without its “LABEL — WINDOW: ” start, which the report
 * already shows around it. */
const char *
_cls_report_strip_explanation (ClsReportWriter *w,
                               const char      *explanation,
                               const char      *code,
                               const char      *title,
                               const char      *id)
{
  g_autofree char *label = _cls_report_node_label (code, title, id);
  g_autofree char *prefix = g_strdup_printf ("%s — %s%s", label, w->window_label,
                                             w->french ? NBSP ": " : ": ");

  if (explanation == NULL)
    return "";
  if (g_str_has_prefix (explanation, prefix))
    return explanation + strlen (prefix);
  return explanation;
}

void
_cls_report_badge (ClsReportWriter *w,
                   ClsStatus        status)
{
  g_autofree char *css_class = g_strdup_printf ("badge s-%s", cls_status_to_string (status));

  _cls_html_open (w->out, "span", "class", css_class, NULL);
  _cls_html_element (w->out, "span", _cls_report_status_symbol (status),
                     "class", "sym", "aria-hidden", "true", NULL);
  g_string_append_c (w->out, ' ');
  _cls_html_escape (w->out, cls_status_get_label (status, w->lang));
  _cls_html_close (w->out, "span");
}

char *
_cls_report_percent_or_dash (ClsReportWriter *w,
                             gboolean         has,
                             double           ratio)
{
  return has ? _cls_report_format_percent (ratio, w->french) : g_strdup ("—");
}


/* The style sheet ---------------------------------------------------------- */

static const char style_sheet[] =
  ":root { color-scheme: light; }\n"
  "body { font-family: 'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif; font-size: 10.5pt;"
  " line-height: 1.4; color: #1d1d1f; background: #ffffff; margin: 0 auto; max-width: 62rem;"
  " padding: 1.5rem; }\n"
  "h1 { font-size: 1.7rem; margin: 0.2rem 0 0.4rem; }\n"
  "h2 { font-size: 1.3rem; margin: 1.6rem 0 0.4rem; border-bottom: 2px solid #1f5f99;"
  " padding-bottom: 0.2rem; }\n"
  "h3 { font-size: 1.1rem; margin: 1.4rem 0 0.3rem; }\n"
  "h4 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }\n"
  ".kicker { text-transform: uppercase; letter-spacing: 0.06em; color: #1f5f99; margin: 0;"
  " font-weight: bold; }\n"
  ".window { font-size: 1.2rem; margin: 0 0 1rem; }\n"
  "dl.identity { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem;"
  " margin: 0.6rem 0; }\n"
  "dl.identity dt { font-weight: bold; }\n"
  "dl.identity dd { margin: 0; }\n"
  ".notice { border-left: 4px solid #9a5b00; background: #fdf0d9; padding: 0.4rem 0.8rem; }\n"
  "nav ol { columns: 2; }\n"
  ".cards { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 0.6rem 0; padding: 0;"
  " list-style: none; }\n"
  ".cards li { border: 1px solid #c8ccd4; border-radius: 6px; padding: 0.4rem 0.8rem;"
  " min-width: 8rem; }\n"
  ".cards .figure { display: block; font-size: 1.4rem; font-weight: bold; }\n"
  "table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }\n"
  "caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }\n"
  "th, td { border-bottom: 1px solid #d5d8de; padding: 0.25rem 0.4rem; text-align: left;"
  " vertical-align: top; }\n"
  "thead th { background: #eef1f5; border-bottom: 2px solid #9aa3b0; font-size: 0.85em; }\n"
  "td.num, th.num { text-align: right; white-space: nowrap; }\n"
  "table.indicators { table-layout: fixed; }\n"
  "table.indicators th[scope=row] { font-weight: normal; }\n"
  "table.indicators thead th:nth-child(1) { width: 31%; }\n"
  "table.indicators thead th:nth-child(2), table.indicators thead th:nth-child(3) { width: 13%; }\n"
  "table.indicators thead th:nth-child(4) { width: 12%; }\n"
  "table.indicators thead th:nth-child(5) { width: 18%; }\n"
  "table.indicators thead th:nth-child(6) { width: 13%; }\n"
  "table.indicators .badge { font-size: 0.8em; }\n"
  "table.indicators td.num { white-space: normal; overflow-wrap: anywhere; }\n"
  "table.indicators tr.indicator td, table.indicators tr.indicator th { border-bottom: none; }\n"
  "tr.calc td { font-size: 0.85em; color: #44464d; white-space: normal; padding-top: 0; }\n"
  "tr.calc td.text { font-style: italic; }\n"
  "th.group { background: #f6f7f9; font-weight: bold; }\n"
  ".depth-2 th.group { padding-left: 1.2rem; }\n"
  ".depth-3 th.group { padding-left: 2rem; }\n"
  "small, .muted { color: #555a63; }\n"
  ".badge { display: inline-block; border: 1px solid currentColor; border-radius: 0.8em;"
  " padding: 0 0.45em; font-size: 0.88em; white-space: nowrap; font-weight: bold; }\n"
  ".badge .sym { font-weight: normal; }\n"
  ".trend { white-space: nowrap; }\n"
  ".dbadge { display: inline-block; border: 1px solid currentColor; border-radius: 0.3em;"
  " padding: 0 0.4em; font-size: 0.88em; white-space: nowrap; font-weight: bold; }\n"
  ".d-met { color: #1a7336; background: #e3f4e8; }\n"
  ".d-not-met { color: #b3261e; background: #fbe4e2; }\n"
  ".d-unknown { color: #5c5c66; background: #eeeef1; }\n"
  "ul.deliverables { padding-left: 1.2rem; }\n"
  "ul.deliverables li { margin: 0.15rem 0; }\n"
  ".histories { display: flex; flex-wrap: wrap; gap: 0.6rem; }\n"
  "figure { margin: 0.4rem 0; }\n"
  ".history-block { break-inside: avoid; }\n"
  "figure.history { width: calc(33.3% - 0.6rem); box-sizing: border-box; border: 1px solid #e0e3e8;"
  " border-radius: 4px; padding: 0.3rem; break-inside: avoid; }\n"
  "figure.history figcaption { font-size: 0.8em; line-height: 1.25; }\n"
  "figcaption.chart-title { font-weight: bold; margin: 0.8rem 0 0.2rem; }\n"
  "svg.chart { max-width: 100%; height: auto; display: block; }\n"
  "ul.compact { columns: 2; column-gap: 2rem; padding-left: 1.2rem; font-size: 0.9em; }\n"
  "ul.compact li { break-inside: avoid; }\n"
  "details { margin: 0.3rem 0; }\n"
  "summary { font-weight: bold; cursor: pointer; }\n"
  ".delta-up { color: #1a7336; }\n"
  ".delta-down { color: #b3261e; }\n"
  "footer { margin-top: 2rem; border-top: 1px solid #c8ccd4; padding-top: 0.5rem;"
  " font-size: 0.9em; }\n"
  "ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }\n"
  "a { color: #1f5f99; }\n"
  "@page { size: A4; margin: 14mm 12mm 16mm; }\n"
  "@media print {\n"
  "  body { max-width: none; padding: 0; font-size: 9pt; }\n"
  "  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "  nav { display: none; }\n"
  "  section.axis, section.review { break-before: page; }\n"
  "  h2, h3, h4, p.figures, figcaption.chart-title { break-after: avoid; }\n"
  "  tr { break-inside: avoid; }\n"
  "  tr.indicator { break-after: avoid; }\n"
  "  thead { display: table-header-group; }\n"
  "  svg.chart, figure { break-inside: avoid; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "}\n";

static void
write_style (ClsReportWriter *w)
{
  ClsStatus s;

  _cls_html_open (w->out, "style", NULL);
  g_string_append_c (w->out, '\n');
  g_string_append (w->out, style_sheet);
  /* One rule per status, from the same table as the charts' colours */
  for (s = 0; s < CLS_N_STATUSES; s++)
    g_string_append_printf (w->out, ".s-%s { color: %s; background: %s; }\n",
                            cls_status_to_string (s), _cls_report_status_colour (s),
                            _cls_report_status_background (s));
  _cls_html_close (w->out, "style");
  g_string_append_c (w->out, '\n');
}

static void
writer_clear (ClsReportWriter *w)
{
  g_clear_pointer (&w->window_label, g_free);
  g_clear_pointer (&w->rows, g_hash_table_unref);
  g_clear_pointer (&w->measuring, g_hash_table_unref);
  g_clear_pointer (&w->codes, g_hash_table_unref);
  g_clear_pointer (&w->years, g_ptr_array_unref);
}

/**
 * cls_report_to_html:
 * @self: a [class@Cls.Report]
 *
 * Writes the report as one self-contained HTML document, in UTF-8: styles
 * and charts are inline, nothing is fetched from the network, and no
 * script is needed to read it. See [class@Cls.Report] for what it holds.
 *
 * Returns: (transfer full): the HTML document
 *
 * Since: 1.0
 */
GBytes *
cls_report_to_html (ClsReport *self)
{
  ClsReportWriter w = { 0, };
  ClsNodeResult *root;
  g_autoptr(GListModel) axes = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autofree char *page_title = NULL;
  const char *name;
  guint i, n;

  g_return_val_if_fail (CLS_IS_REPORT (self), NULL);
  g_return_val_if_fail (self->evaluation != NULL, NULL);

  w.report = self;
  w.evaluation = self->evaluation;
  w.contract = cls_evaluation_get_contract (self->evaluation);
  w.french = is_french (self->language);
  w.lang = w.french ? "fr" : "en";
  w.window_label = cls_evaluation_get_window_label (self->evaluation, w.lang);
  w.out = g_string_sized_new (256 * 1024);
  root = cls_evaluation_get_root (self->evaluation);
  axes = cls_node_result_get_children (root);

  /* Anchors of the indicators' rows, for links from the deliverables and
   * the gaps */
  w.rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  indicators = cls_evaluation_get_indicators (self->evaluation);
  n = g_list_model_get_n_items (indicators);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);
      const char *id = cls_indicator_result_get_id (result);

      /* The id belongs to the result, which the evaluation keeps alive */
      if (id != NULL && !g_hash_table_contains (w.rows, id))
        g_hash_table_insert (w.rows, (gpointer) id, g_strdup_printf ("i-%u", i + 1));
    }
  w.codes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  index_codes (&w, root, NULL);
  _cls_report_index_deliverables (&w);
  _cls_report_compute_years (&w);

  name = self->title;
  if (name == NULL)
    name = cls_contract_get_acronym (w.contract);
  if (name == NULL)
    name = cls_contract_get_title (w.contract);
  if (name == NULL)
    name = cls_contract_get_id (w.contract);
  page_title = g_strdup_printf ("%s — %s — %s", L (&w, REPORT), name != NULL ? name : "?", w.window_label);

  g_string_append (w.out, "<!DOCTYPE html>\n");
  _cls_html_open (w.out, "html", "lang", w.lang, NULL);
  g_string_append_c (w.out, '\n');
  _cls_html_open (w.out, "head", NULL);
  _cls_html_void (w.out, "meta", "charset", "utf-8", NULL);
  _cls_html_void (w.out, "meta", "name", "viewport", "content", "width=device-width, initial-scale=1", NULL);
  _cls_html_void (w.out, "meta", "name", "generator", "content", "libcls " PACKAGE_VERSION, NULL);
  g_string_append_c (w.out, '\n');
  _cls_html_element (w.out, "title", page_title, NULL);
  g_string_append_c (w.out, '\n');
  write_style (&w);
  _cls_html_close (w.out, "head");
  g_string_append_c (w.out, '\n');
  _cls_html_open (w.out, "body", NULL);
  g_string_append_c (w.out, '\n');

  _cls_report_write_header (&w);
  _cls_report_write_contents (&w);
  _cls_html_open (w.out, "main", NULL);
  _cls_report_write_summary (&w);
  _cls_report_write_changes (&w);
  for (i = 0; i < g_list_model_get_n_items (axes); i++)
    {
      g_autoptr(ClsNodeResult) axis = g_list_model_get_item (axes, i);

      _cls_report_write_axis (&w, axis, i);
    }
  _cls_report_write_review (&w);
  _cls_report_write_missing (&w);
  _cls_html_close (w.out, "main");
  g_string_append_c (w.out, '\n');
  _cls_report_write_footer (&w);
  _cls_html_close (w.out, "body");
  g_string_append_c (w.out, '\n');
  _cls_html_close (w.out, "html");
  g_string_append_c (w.out, '\n');

  writer_clear (&w);
  return g_string_free_to_bytes (w.out);
}

/**
 * cls_report_save_to_file:
 * @self: a [class@Cls.Report]
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes the report ([method@Cls.Report.to_html]) to @file, atomically:
 * the file is written under another name, then renamed, so that a reader
 * never sees half a report.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_report_save_to_file (ClsReport     *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CLS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  bytes = cls_report_to_html (self);
  return _cls_file_replace (file, bytes, cancellable, error);
}

/**
 * cls_report_save_to_file_async:
 * @self: a [class@Cls.Report]
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the file is written
 * @user_data: data for @callback
 *
 * Writes the report to @file asynchronously and atomically (see
 * [method@Cls.Report.save_to_file]). The HTML is produced before this
 * function returns; only the writing happens in the background.
 *
 * Since: 1.0
 */
void
cls_report_save_to_file_async (ClsReport           *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (CLS_IS_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cls_report_save_to_file_async);
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  bytes = cls_report_to_html (self);
  _cls_file_replace_async (file, bytes, task);
}

/**
 * cls_report_save_to_file_finish:
 * @self: a [class@Cls.Report]
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Cls.Report.save_to_file_async].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_report_save_to_file_finish (ClsReport     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (CLS_IS_REPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
