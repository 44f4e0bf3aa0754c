/* cls-tool-report.c: `cls-tool report`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Evaluates a contract, and the same evaluation one year earlier for the
 * “what changed” section, then writes the HTML report of ClsReport. The
 * summary lines go to standard output, in UTF-8, like `evaluate`'s.
 */

#include <stdio.h>

#include <libcls/cls.h>

#include "cls-tool-commands.h"

/* @period one year earlier; NULL when it cannot be (a range across a
 * 29 February is moved to the 28th) */
static ClsPeriod *
period_a_year_earlier (const ClsPeriod *period)
{
  g_autoptr(GDate) start = cls_period_dup_start (period);
  g_autoptr(GDate) end = cls_period_dup_end (period);
  int year = cls_period_get_year (period);
  int month = g_date_get_month (start);

  switch (cls_period_get_kind (period))
    {
    case CLS_PERIOD_KIND_YEAR:
      return cls_period_new_year (year - 1);
    case CLS_PERIOD_KIND_SEMESTER:
      return cls_period_new_semester (year - 1, (month - 1) / 6 + 1);
    case CLS_PERIOD_KIND_QUARTER:
      return cls_period_new_quarter (year - 1, (month - 1) / 3 + 1);
    case CLS_PERIOD_KIND_MONTH:
      return cls_period_new_month (year - 1, month);
    case CLS_PERIOD_KIND_DAY:
      g_date_subtract_years (start, 1);
      return cls_period_new_day (start);
    case CLS_PERIOD_KIND_RANGE:
    default:
      g_date_subtract_years (start, 1);
      g_date_subtract_years (end, 1);
      return cls_period_new_range (start, end);
    }
}

/* The same kind of evaluation one year earlier, or NULL when there is
 * none: a window that ends before the contract starts, or a day before
 * it. */
static ClsEvaluation *
previous_evaluation (ClsEvaluation *evaluation)
{
  ClsContract *contract = cls_evaluation_get_contract (evaluation);
  const GDate *contract_start = cls_contract_get_start_date (contract);
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) date = NULL;
  ClsEvaluation *previous;

  if (contract_start == NULL || !g_date_valid (contract_start))
    return NULL;
  cls_evaluator_set_target_version (evaluator, cls_evaluation_get_target_version (evaluation));

  switch (cls_evaluation_get_kind (evaluation))
    {
    case CLS_EVALUATION_KIND_PERIOD:
      {
        g_autoptr(ClsPeriod) period = period_a_year_earlier (cls_evaluation_get_window (evaluation));

        if (period == NULL || cls_period_get_end_julian (period) < g_date_get_julian (contract_start))
          return NULL;
        cls_evaluator_set_period (evaluator, period);
      }
      break;
    case CLS_EVALUATION_KIND_TO_DATE:
    case CLS_EVALUATION_KIND_FINAL:
    default:
      /* The final evaluation's date is the contract's end */
      date = cls_evaluation_dup_date (evaluation);
      if (date == NULL || !g_date_valid (date))
        return NULL;
      g_date_subtract_years (date, 1);
      if (g_date_compare (date, contract_start) < 0)
        return NULL;
      cls_evaluator_set_date (evaluator, date);
      break;
    }

  previous = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  if (previous == NULL)
    g_debug ("No previous evaluation: %s", error->message);
  return previous;
}

static gboolean
write_to_stdout (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size == 0 || fwrite (data, 1, size, stdout) == size;
}

int
cls_tool_report_run (const char            *path,
                     ClsContract           *contract,
                     const ClsToolEvaluate *options,
                     const char            *output)
{
  g_autoptr(ClsEvaluator) evaluator = NULL;
  g_autoptr(ClsEvaluation) evaluation = NULL;
  g_autoptr(ClsEvaluation) previous = NULL;
  g_autoptr(ClsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *lang = options->lang != NULL ? options->lang : "fr";
  gboolean to_stdout = g_strcmp0 (output, "-") == 0;

  if (options->format != NULL && !g_str_equal (options->format, "html"))
    {
      fprintf (stderr, "%s\n", _("cls-tool report: the report is written as HTML only (--format html)"));
      return 2;
    }
  evaluator = cls_tool_evaluator_new ("report", options);
  if (evaluator == NULL)
    return 2;

  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  if (evaluation == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      return 1;
    }
  previous = previous_evaluation (evaluation);

  report = cls_report_new (evaluation);
  cls_report_set_previous (report, previous);
  cls_report_set_language (report, lang);

  if (to_stdout)
    {
      g_autoptr(GBytes) html = cls_report_to_html (report);

      if (!write_to_stdout (html))
        {
          fprintf (stderr, "%s\n", _("cls-tool: cannot write to standard output"));
          return 1;
        }
      return 0;
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!cls_report_save_to_file (report, file, NULL, &error))
        {
          fprintf (stderr, _("cls-tool report: cannot write %s: %s\n"), output, error->message);
          return 1;
        }
    }

  cls_tool_evaluate_print_summary (evaluation, lang);
  return 0;
}
