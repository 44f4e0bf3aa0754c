/* cls-tool-commands.h: commands of cls-tool that live in their own files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib/gi18n.h>
#include <libcls/cls.h>

G_BEGIN_DECLS

/* The severity of a diagnostic as the tool writes it on standard error,
 * in the user's language (FILE:LINE:COLUMN: warning: message). The lint
 * findings on standard output keep the stable names (info, warning,
 * error) that docs/review.md documents. */
static inline const char *
cls_tool_severity_label (ClsSeverity severity)
{
  switch (severity)
    {
    case CLS_SEVERITY_INFO:
      return C_("severity", "info");
    case CLS_SEVERITY_WARNING:
      return C_("severity", "warning");
    case CLS_SEVERITY_ERROR:
    default:
      return C_("severity", "error");
    }
}

typedef struct
{
  const char *period;    /* --period */
  const char *at;        /* --at */
  gboolean final;        /* --final */
  const char *targets;   /* --targets initial|amended */
  const char *format;    /* --format text|json */
  const char *lang;      /* --lang, NULL: the locale's */
} ClsToolEvaluate;

int cls_tool_evaluate_run (const char            *path,
                           ClsContract           *contract,
                           const ClsToolEvaluate *options);

/* The evaluator that --period, --at, --final and --targets ask for (format
 * and lang are not looked at); NULL after printing a usage error, as
 * “cls-tool COMMAND: …”, on standard error. */
ClsEvaluator *cls_tool_evaluator_new (const char            *command,
                                      const ClsToolEvaluate *options);

/* cls-tool export FILE [--format csv|json] [-o OUT] [--targets …]
 *
 * csv (the default): cls_contract_export_csv(), the measurements and yearly
 * evaluations, one row per indicator and period; --period, --at and --final
 * do not apply. json: the evaluation that --period, --at or --final ask for
 * (to date today by default), as `evaluate --format json` writes it.
 * Written to standard output, or atomically to OUT.
 *
 * Returns 0 on success, 1 when the evaluation or the writing fails, 2 on a
 * usage error. */
typedef struct
{
  ClsToolEvaluate evaluation;   /* format: csv|json */
  const char *output;           /* -o, NULL: standard output */
} ClsToolExport;

int cls_tool_export_run (const char          *path,
                         ClsContract         *contract,
                         const ClsToolExport *options);

/* cls-tool import FILE CSV [--dry-run] [--replace]
 *
 * Imports the measurements of the CSV table into the contract loaded from
 * path (see cls_importer_import_bytes()). Every problem is printed on
 * standard error as CSV:LINE: message (warnings as CSV:LINE: warning:
 * message). When no row is wrong, saves the contract atomically to path
 * (unless dry_run, or nothing changes) and prints what was added, replaced
 * and left unchanged.
 *
 * Returns 0 on success, 1 when a row is wrong or a file cannot be read or
 * written. */
int cls_tool_import_run (const char  *path,
                         ClsContract *contract,
                         const char  *csv_path,
                         gboolean     dry_run,
                         gboolean     replace);

/* The first lines of `evaluate`: the contract, the settings, the
 * contract's explanation and the count of each status. */
void cls_tool_evaluate_print_summary (ClsEvaluation *evaluation,
                                      const char    *lang);

/* cls-tool report FILE -o OUT [--period P | --at DATE | --final]
 *                 [--targets initial|amended] [--lang fr|en]
 *
 * Evaluates the contract like `evaluate`, and the same kind of evaluation
 * one year earlier (the period shifted back a year; to date at D minus a
 * year; for the final evaluation, to date a year before the end), then
 * writes the HTML report (ClsReport) atomically to output, in French
 * unless lang says otherwise, and prints the summary lines of `evaluate`
 * in the same language. With output "-", the HTML goes to standard output
 * and nothing else is printed there.
 *
 * Returns 0 when the report was written, 1 when the contract cannot be
 * evaluated or the file cannot be written, 2 on a usage error. */
int cls_tool_report_run (const char            *path,
                         ClsContract           *contract,
                         const ClsToolEvaluate *options,
                         const char            *output);

/* cls-tool lint FILE [--trusted] [--date=YYYY-MM-DD]
 *
 * Loads the contract at path (RelaxNG validation skipped when trusted) and
 * prints the findings of cls_contract_review() on standard output, in UTF-8,
 * one per line:
 *
 *   FILE: SEVERITY CODE [NODE] MESSAGE
 *
 * SEVERITY is info, warning or error; CODE a review code (no-target…); NODE
 * the node's code, after its parent's for operations (“FA 1.3 / Op. 2”); the
 * bracket is left out for findings about the contract as a whole. The
 * loader's own warnings that the review does not repeat go to standard
 * error, as for the other commands.
 *
 * date_or_null is “today” for the time-dependent checks (YYYY-MM-DD); NULL
 * means the current local date.
 *
 * Returns 0 when no finding is an error, 1 when one is or when the file
 * cannot be loaded, 2 when the date does not read. */
int cls_tool_lint_run (const char *path,
                       gboolean    trusted,
                       const char *date_or_null);

/* A progress bar on standard error when it is a terminal; label must be a
 * static string marked with N_(), translated when drawn. */
void cls_tool_progress_attach_loader    (ClsLoader    *loader,
                                         const char   *label);
void cls_tool_progress_attach_evaluator (ClsEvaluator *evaluator,
                                         const char   *label);

G_END_DECLS
