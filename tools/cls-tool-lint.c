/* cls-tool-lint.c: the lint command of cls-tool, the data-quality review
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Written with stdio in UTF-8, like the other commands (see cls-tool.c):
 * the output is meant for scripts as much as for people.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <libcls/cls.h>

#include "cls-tool-commands.h"

enum
{
  LINT_OK = 0,
  LINT_ERRORS = 1,
  LINT_USAGE = 2,
};

static const char *
severity_nick (ClsSeverity severity)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CLS_TYPE_SEVERITY);
  GEnumValue *value = g_enum_get_value (klass, severity);

  /* Enum classes of static types are never finalised: the nick outlives
   * the reference. */
  return value != NULL ? value->value_nick : "unknown";
}

static const char *
node_code (ClsNode *node)
{
  const char *code = cls_node_get_code (node);

  return code != NULL && *code != '\0' ? code : cls_node_get_id (node);
}

/* The same label as the review's messages use: operations are numbered
 * inside their fiche, so below the top two levels the parent's code comes
 * first. */
static char *
node_label (ClsNode *node)
{
  ClsNode *parent = cls_node_get_parent (node);

  if (parent != NULL && cls_node_get_parent (parent) != NULL)
    return g_strdup_printf ("%s / %s", node_code (parent), node_code (node));
  return g_strdup (node_code (node));
}

/* Text kept as written may span lines; one finding is one line. */
static char *
one_line (const char *text)
{
  char *line = g_strdup (text != NULL ? text : "");

  return g_strdelimit (line, "\t\n\r", ' ');
}

static gboolean
parse_day (const char *text,
           GDate      *day)
{
  g_autoptr(ClsPeriod) period = cls_period_parse (text, NULL);
  g_autoptr(GDate) start = NULL;

  if (period == NULL || cls_period_get_kind (period) != CLS_PERIOD_KIND_DAY)
    return FALSE;
  start = cls_period_dup_start (period);
  *day = *start;
  return TRUE;
}

/* The loader's warnings that the review repeats (same check, same code)
 * are left to the review's output. */
static void
print_load_warnings (ClsLoader  *loader,
                     const char *path)
{
  GListModel *warnings = cls_loader_get_warnings (loader);
  guint i, n = warnings != NULL ? g_list_model_get_n_items (warnings) : 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) warning = g_list_model_get_item (warnings, i);
      const char *code = cls_diagnostic_get_code (warning);
      const char *file = cls_diagnostic_get_file (warning);

      if (g_strcmp0 (code, CLS_REVIEW_SHARES_NOT_100) == 0 ||
          g_strcmp0 (code, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL) == 0)
        continue;
      if (file == NULL)
        file = path;
      if (cls_diagnostic_get_line (warning) > 0)
        fprintf (stderr, "%s:%d:%d: %s: %s\n", file, cls_diagnostic_get_line (warning),
                 cls_diagnostic_get_column (warning),
                 cls_tool_severity_label (cls_diagnostic_get_severity (warning)),
                 cls_diagnostic_get_message (warning));
      else
        fprintf (stderr, "%s: %s: %s\n", file,
                 cls_tool_severity_label (cls_diagnostic_get_severity (warning)),
                 cls_diagnostic_get_message (warning));
    }
}

int
cls_tool_lint_run (const char *path,
                   gboolean    trusted,
                   const char *date_or_null)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;
  int status = LINT_OK;
  guint i, n;

  g_return_val_if_fail (path != NULL, LINT_USAGE);

  g_date_clear (&day, 1);
  if (date_or_null != NULL && !parse_day (date_or_null, &day))
    {
      fprintf (stderr, _("cls-tool: “%s” is not a date (YYYY-MM-DD)\n"), date_or_null);
      return LINT_USAGE;
    }

  cls_loader_set_trusted (loader, trusted);
  contract = cls_loader_load_from_path (loader, path, &error);
  if (contract == NULL)
    {
      /* Contract errors already start with FILE:LINE:COLUMN. */
      if (error->domain == CLS_CONTRACT_ERROR)
        fprintf (stderr, "%s\n", error->message);
      else
        fprintf (stderr, "%s: %s\n", path, error->message);
      return LINT_ERRORS;
    }
  print_load_warnings (loader, path);

  findings = cls_contract_review (contract, date_or_null != NULL ? &day : NULL);
  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);
      const char *node_id = cls_diagnostic_get_node_id (finding);
      ClsNode *node = node_id != NULL ? cls_contract_lookup_node (contract, node_id) : NULL;
      g_autofree char *message = one_line (cls_diagnostic_get_message (finding));
      const char *severity = severity_nick (cls_diagnostic_get_severity (finding));

      if (node != NULL)
        {
          g_autofree char *label = node_label (node);
          fprintf (stdout, "%s: %s %s [%s] %s\n", path, severity,
                   cls_diagnostic_get_code (finding), label, message);
        }
      else
        fprintf (stdout, "%s: %s %s %s\n", path, severity,
                 cls_diagnostic_get_code (finding), message);

      if (cls_diagnostic_get_severity (finding) == CLS_SEVERITY_ERROR)
        status = LINT_ERRORS;
    }

  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      fprintf (stderr, _("cls-tool: cannot write to standard output: %s\n"),
               g_strerror (saved_errno));
      return LINT_ERRORS;
    }
  return status;
}
