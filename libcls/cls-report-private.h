/* cls-report-private.h: the pieces of the HTML report (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * cls-report.c holds the object and assembles the report; its sections are
 * written by cls-report-summary.c (cover, summary, changes, review, gaps)
 * and cls-report-plan.c (the axes, their tables, deliverables and charts),
 * with three helpers:
 *
 * - cls-report-html.c writes HTML: every text and attribute value goes
 *   through _cls_html_escape(), so that nothing a contract says (quotes,
 *   ampersands, angle brackets) can become markup. The output is HTML5
 *   written in XML syntax (every element closed, only the five XML
 *   entities), so that it also parses as XML;
 * - cls-report-svg.c draws the charts as inline SVG, with coordinates
 *   written by g_ascii_formatd() whatever the locale;
 * - cls-report-labels.c holds every word of the report in English and
 *   French, and the colour and symbol of each status.
 */

#pragma once

#include "cls.h"

G_BEGIN_DECLS

/* HTML ---------------------------------------------------------------- */

void  _cls_html_escape       (GString    *out,
                              const char *text);
void  _cls_html_open         (GString    *out,
                              const char *tag,
                              ...) G_GNUC_NULL_TERMINATED;
void  _cls_html_close        (GString    *out,
                              const char *tag);
void  _cls_html_element      (GString    *out,
                              const char *tag,
                              const char *text,
                              ...) G_GNUC_NULL_TERMINATED;
void  _cls_html_void         (GString    *out,
                              const char *tag,
                              ...) G_GNUC_NULL_TERMINATED;
void  _cls_html_number       (GString    *out,
                              double      value);
char *_cls_html_truncate     (const char *text,
                              guint       max_chars);

/* Labels -------------------------------------------------------------- */

typedef enum {
  CLS_REPORT_LABEL_REPORT,
  CLS_REPORT_LABEL_FOR_COPIL,
  CLS_REPORT_LABEL_CONTENTS,
  CLS_REPORT_LABEL_CONTRACT,
  CLS_REPORT_LABEL_ACRONYM,
  CLS_REPORT_LABEL_TERRITORY,
  CLS_REPORT_LABEL_CONTRACT_PERIOD,
  CLS_REPORT_LABEL_SIGNED,
  CLS_REPORT_LABEL_PARTIES,
  CLS_REPORT_LABEL_COMMUNES,
  CLS_REPORT_LABEL_INHABITANTS,
  CLS_REPORT_LABEL_AMENDMENTS,
  CLS_REPORT_LABEL_EVALUATION,
  CLS_REPORT_LABEL_KIND_PERIOD,
  CLS_REPORT_LABEL_KIND_TO_DATE,
  CLS_REPORT_LABEL_KIND_FINAL,
  CLS_REPORT_LABEL_TARGETS,
  CLS_REPORT_LABEL_TARGETS_AMENDED,
  CLS_REPORT_LABEL_TARGETS_INITIAL,
  CLS_REPORT_LABEL_THRESHOLDS,
  CLS_REPORT_LABEL_MISSING_DATA,
  CLS_REPORT_LABEL_MISSING_EXCLUDED,
  CLS_REPORT_LABEL_MISSING_ZERO,
  CLS_REPORT_LABEL_ILLUSTRATIVE,
  CLS_REPORT_LABEL_MEASUREMENTS,
  CLS_REPORT_LABEL_SUMMARY,
  CLS_REPORT_LABEL_SCORE,
  CLS_REPORT_LABEL_COVERAGE,
  CLS_REPORT_LABEL_EXPECTED,
  CLS_REPORT_LABEL_PACE,
  CLS_REPORT_LABEL_STATUS,
  CLS_REPORT_LABEL_INDICATORS,
  CLS_REPORT_LABEL_SCORED_INDICATORS,
  CLS_REPORT_LABEL_BY_STATUS,
  CLS_REPORT_LABEL_COUNT,
  CLS_REPORT_LABEL_SCORE_BY_AXIS,
  CLS_REPORT_LABEL_SCORE_BY_ACTION,
  CLS_REPORT_LABEL_NO_SCORE,
  CLS_REPORT_LABEL_CHANGES,
  CLS_REPORT_LABEL_NO_PREVIOUS,
  CLS_REPORT_LABEL_PREVIOUS,
  CLS_REPORT_LABEL_NOW,
  CLS_REPORT_LABEL_CHANGE,
  CLS_REPORT_LABEL_POINTS,
  CLS_REPORT_LABEL_STATUS_CHANGES,
  CLS_REPORT_LABEL_NO_STATUS_CHANGE,
  CLS_REPORT_LABEL_MINOR_CHANGES,
  CLS_REPORT_LABEL_INDICATOR,
  CLS_REPORT_LABEL_VALUE,
  CLS_REPORT_LABEL_TARGET,
  CLS_REPORT_LABEL_ACHIEVEMENT,
  CLS_REPORT_LABEL_TREND,
  CLS_REPORT_LABEL_NO_INDICATOR,
  CLS_REPORT_LABEL_DONE_ON,
  CLS_REPORT_LABEL_NOT_DONE,
  CLS_REPORT_LABEL_DUE_BY,
  CLS_REPORT_LABEL_AMENDMENT,
  CLS_REPORT_LABEL_HISTORY,
  CLS_REPORT_LABEL_HISTORY_OF,
  CLS_REPORT_LABEL_LEGEND_VALUE,
  CLS_REPORT_LABEL_LEGEND_TARGET,
  CLS_REPORT_LABEL_DELIVERABLES,
  CLS_REPORT_LABEL_DELIVERABLES_MET,
  CLS_REPORT_LABEL_DELIVERABLE_MET,
  CLS_REPORT_LABEL_DELIVERABLE_NOT_MET,
  CLS_REPORT_LABEL_DELIVERABLE_UNKNOWN,
  CLS_REPORT_LABEL_DELIVERABLES_NONE,
  CLS_REPORT_LABEL_DELIVERABLES_UNSTATED,
  CLS_REPORT_LABEL_MEASURED_BY,
  CLS_REPORT_LABEL_NOT_MEASURED,
  CLS_REPORT_LABEL_REVIEW,
  CLS_REPORT_LABEL_REVIEW_AS_OF,
  CLS_REPORT_LABEL_NO_FINDINGS,
  CLS_REPORT_LABEL_SEVERITY_ERROR,
  CLS_REPORT_LABEL_SEVERITY_WARNING,
  CLS_REPORT_LABEL_SEVERITY_INFO,
  CLS_REPORT_LABEL_FINDINGS_IN_ENGLISH,
  CLS_REPORT_LABEL_MISSING,
  CLS_REPORT_LABEL_NOTHING_MISSING,
  CLS_REPORT_LABEL_GAP_NO_DATA,
  CLS_REPORT_LABEL_GAP_NO_TARGET,
  CLS_REPORT_LABEL_GAP_PLACEHOLDER,
  CLS_REPORT_LABEL_GAP_ABANDONED,
  CLS_REPORT_LABEL_LEGEND,
  CLS_REPORT_LABEL_GENERATED_BY,
  CLS_N_REPORT_LABELS
} ClsReportLabel;

typedef enum {
  CLS_REPORT_DELIVERABLE_MET,
  CLS_REPORT_DELIVERABLE_NOT_MET,
  CLS_REPORT_DELIVERABLE_UNKNOWN,
} ClsReportDeliverable;

const char *_cls_report_label              (ClsReportLabel  label,
                                            gboolean        french);
const char *_cls_report_review_code_label  (const char     *code,
                                            gboolean        french);
const char *_cls_report_status_symbol      (ClsStatus       status);
const char *_cls_report_status_colour      (ClsStatus       status);
const char *_cls_report_status_background  (ClsStatus       status);
const char *_cls_report_trend_symbol       (ClsTrend        trend);
const char *_cls_report_deliverable_symbol (ClsReportDeliverable state);
const char *_cls_report_deliverable_nick   (ClsReportDeliverable state);
const char *_cls_report_deliverable_label  (ClsReportDeliverable state,
                                            gboolean             french);

/* SVG ----------------------------------------------------------------- */

/* One horizontal bar: a node's score */
typedef struct
{
  const char *label;             /* “FA 1.1 / Title” */
  gboolean has_score;
  double score;                  /* 0 to 1 */
  ClsStatus status;
} ClsReportBar;

/* One year of an indicator's history */
typedef struct
{
  int year;
  gboolean has_value;
  double value;
  gboolean has_target;
  double target;
} ClsReportYear;

void _cls_report_svg_bars         (GString             *out,
                                   const char          *id,
                                   const char          *title,
                                   const ClsReportBar  *bars,
                                   guint                n_bars,
                                   double               on_track,
                                   double               at_risk,
                                   gboolean             french);
void _cls_report_svg_distribution (GString             *out,
                                   const char          *id,
                                   const char          *title,
                                   const guint         *counts,
                                   gboolean             french);
void _cls_report_svg_history      (GString             *out,
                                   const char          *id,
                                   const char          *title,
                                   const ClsReportYear *years,
                                   guint                n_years,
                                   int                  highlight_year,
                                   const char          *unit,
                                   gboolean             french);

/* Writing the report ------------------------------------------------------- */

/* What the sections share while the report is written (cls-report.c) */
typedef struct
{
  ClsReport *report;
  ClsEvaluation *evaluation;
  ClsContract *contract;
  gboolean french;
  const char *lang;              /* "fr" or "en" */
  char *window_label;
  GString *out;
  guint next_chart;
  GHashTable *rows;              /* indicator id → "i-N", the row's anchor */
  GHashTable *measuring;         /* deliverable id → GPtrArray of ClsIndicatorResult */
  GHashTable *codes;             /* node id → its code, after its fiche's below a fiche */
  GPtrArray *years;              /* ClsEvaluation of each calendar year, or NULL */
  int first_year;
  int last_year_with_values;
  int highlight_year;            /* 0: none */
} ClsReportWriter;

/* cls-report.c: pieces the sections share */
char       *_cls_report_format_date        (const GDate        *date);
char       *_cls_report_node_label         (const char         *code,
                                            const char         *title,
                                            const char         *id);
char       *_cls_report_node_result_label  (ClsNodeResult      *node);
char       *_cls_report_indicator_label    (ClsReportWriter    *w,
                                            ClsIndicatorResult *result);
char       *_cls_report_next_chart_id      (ClsReportWriter    *w);
const char *_cls_report_colon              (ClsReportWriter    *w);
const char *_cls_report_strip_explanation  (ClsReportWriter    *w,
                                            const char         *explanation,
                                            const char         *code,
                                            const char         *title,
                                            const char         *id);
void        _cls_report_badge              (ClsReportWriter    *w,
                                            ClsStatus           status);
char       *_cls_report_percent_or_dash    (ClsReportWriter    *w,
                                            gboolean            has,
                                            double              ratio);

/* cls-report-plan.c: the plan, axis by axis */
void _cls_report_index_deliverables (ClsReportWriter *w);
void _cls_report_compute_years      (ClsReportWriter *w);
void _cls_report_count_deliverables (ClsReportWriter *w,
                                     ClsNodeResult   *node,
                                     guint           *counts);
void _cls_report_children_bars      (ClsReportWriter *w,
                                     ClsNodeResult   *node,
                                     const char      *title);
void _cls_report_indicator_table    (ClsReportWriter *w,
                                     GPtrArray       *nodes,
                                     const char      *caption,
                                     GPtrArray       *all_results);
void _cls_report_write_histories    (ClsReportWriter *w,
                                     GPtrArray       *results);
void _cls_report_write_axis         (ClsReportWriter *w,
                                     ClsNodeResult   *axis,
                                     guint            index);

/* cls-report-summary.c: the sections around the plan */
void _cls_report_write_header   (ClsReportWriter *w);
void _cls_report_write_contents (ClsReportWriter *w);
void _cls_report_write_summary  (ClsReportWriter *w);
void _cls_report_write_changes  (ClsReportWriter *w);
void _cls_report_write_review   (ClsReportWriter *w);
void _cls_report_write_missing  (ClsReportWriter *w);
void _cls_report_write_footer   (ClsReportWriter *w);

/* Numbers as people read them (the explanations' rounding) */
char *_cls_report_format_number  (double   value,
                                  gboolean french);
char *_cls_report_format_percent (double   ratio,
                                  gboolean french);

G_END_DECLS
