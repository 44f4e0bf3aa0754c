/* cls-tool-import.c: `cls-tool import`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Imports the figures coordinators collect in spreadsheets. The library
 * checks every row before it changes anything; the tool prints each
 * problem where an editor or a terminal can jump to it (CSV:LINE:), and
 * writes the contract back only when the whole table was right.
 */

#include <stdio.h>

#include <libcls/cls.h>

#include "cls-tool-commands.h"

static void
print_problems (GListModel *problems,
                const char *csv_path)
{
  guint i, n = g_list_model_get_n_items (problems);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) problem = g_list_model_get_item (problems, i);
      gboolean is_error = cls_diagnostic_get_severity (problem) == CLS_SEVERITY_ERROR;
      const char *message = cls_diagnostic_get_message (problem);
      int line = cls_diagnostic_get_line (problem);

      /* Errors are the rule here: only warnings say what they are. */
      if (line > 0 && is_error)
        fprintf (stderr, "%s:%d: %s\n", csv_path, line, message);
      else if (line > 0)
        fprintf (stderr, "%s:%d: %s: %s\n", csv_path, line, cls_tool_severity_label (CLS_SEVERITY_WARNING), message);
      else if (is_error)
        fprintf (stderr, "%s: %s\n", csv_path, message);
      else
        fprintf (stderr, "%s: %s: %s\n", csv_path, cls_tool_severity_label (CLS_SEVERITY_WARNING), message);
    }
}

int
cls_tool_import_run (const char  *path,
                     ClsContract *contract,
                     const char  *csv_path,
                     gboolean     dry_run,
                     gboolean     replace)
{
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *data = NULL;
  gsize size;
  guint n_added, n_replaced, n_unchanged, n_skipped;

  if (!g_file_get_contents (csv_path, &data, &size, &error))
    {
      fprintf (stderr, _("cls-tool import: %s\n"), error->message);
      return 1;
    }
  csv = g_bytes_new_take (g_steal_pointer (&data), size);

  cls_importer_set_name (importer, csv_path);
  cls_importer_set_flags (importer, (dry_run ? CLS_IMPORT_FLAGS_DRY_RUN : 0) |
                                    (replace ? CLS_IMPORT_FLAGS_REPLACE : 0));
  if (!cls_importer_import_bytes (importer, csv, &error))
    {
      print_problems (cls_importer_get_problems (importer), csv_path);
      fprintf (stderr, _("cls-tool import: %s not changed\n"), path);
      return 1;
    }
  print_problems (cls_importer_get_problems (importer), csv_path);

  n_added = cls_importer_get_n_added (importer);
  n_replaced = cls_importer_get_n_replaced (importer);
  n_unchanged = cls_importer_get_n_unchanged (importer);
  n_skipped = cls_importer_get_n_skipped (importer);
  if (dry_run)
    {
      printf (_("%s: %u to add, %u to replace, %u unchanged, %u skipped (no figures); dry run: %s not changed\n"),
              csv_path, n_added, n_replaced, n_unchanged, n_skipped, path);
      return 0;
    }
  /* Saving rewrites the file in the canonical form: not worth it when
   * nothing changed. */
  if (n_added + n_replaced > 0 && !cls_contract_save_to_path (contract, path, &error))
    {
      fprintf (stderr, _("cls-tool import: cannot write %s: %s\n"), path, error->message);
      return 1;
    }
  printf (_("%s: %u added, %u replaced, %u unchanged, %u skipped (no figures)\n"),
          path, n_added, n_replaced, n_unchanged, n_skipped);
  return 0;
}
