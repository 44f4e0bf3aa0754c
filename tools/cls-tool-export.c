/* cls-tool-export.c: `cls-tool export`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Writes a contract's measurements and yearly evaluations as CSV, or an
 * evaluation as JSON, for tools other than cls-tool: spreadsheets, pandas,
 * dashboards. A file given with -o is replaced atomically, so that a
 * dashboard reading it never sees half a table.
 */

#include <errno.h>
#include <stdio.h>

#include <libcls/cls.h>

#include "cls-tool-commands.h"

static int
write_output (GBytes     *bytes,
              const char *output)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (output != NULL)
    {
      /* g_file_set_contents writes a temporary file and renames it. */
      if (!g_file_set_contents (output, data, (gssize) size, &error))
        {
          fprintf (stderr, _("cls-tool export: cannot write %s: %s\n"), output, error->message);
          return 1;
        }
      return 0;
    }
  if (size > 0 && fwrite (data, 1, size, stdout) != size)
    {
      int saved_errno = errno;

      fprintf (stderr, _("cls-tool export: cannot write to standard output: %s\n"), g_strerror (saved_errno));
      return 1;
    }
  return 0;
}

int
cls_tool_export_run (const char          *path,
                     ClsContract         *contract,
                     const ClsToolExport *options)
{
  const ClsToolEvaluate *evaluation_options = &options->evaluation;
  const char *format = evaluation_options->format != NULL ? evaluation_options->format : "csv";
  g_autoptr(ClsEvaluator) evaluator = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (format, "csv") && !g_str_equal (format, "json"))
    {
      fprintf (stderr, _("cls-tool export: --format must be “csv” or “json”\n"));
      return 2;
    }
  /* The table holds every year's evaluation: a window would not change it. */
  if (g_str_equal (format, "csv") &&
      (evaluation_options->period != NULL || evaluation_options->at != NULL || evaluation_options->final))
    {
      fprintf (stderr, _("cls-tool export: --period, --at and --final apply to --format json only\n"));
      return 2;
    }
  evaluator = cls_tool_evaluator_new ("export", evaluation_options);
  if (evaluator == NULL)
    return 2;

  if (g_str_equal (format, "csv"))
    bytes = cls_contract_export_csv (contract, cls_evaluator_get_target_version (evaluator), &error);
  else
    {
      g_autoptr(ClsEvaluation) evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);

      if (evaluation != NULL)
        bytes = cls_evaluation_to_json_bytes (evaluation, TRUE);
    }
  if (bytes == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      return 1;
    }
  return write_output (bytes, options->output);
}
