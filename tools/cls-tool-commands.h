/* cls-tool-commands.h: commands of cls-tool that live in their own files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libcls/cls.h>

G_BEGIN_DECLS

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

/* The evaluator that --period, --at, --final and --targets ask for; NULL
 * after printing “cls-tool COMMAND: …” on standard error when they do not
 * read (a usage error). */
ClsEvaluator *cls_tool_evaluator_new (const char            *command,
                                      const ClsToolEvaluate *options);

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

G_END_DECLS
