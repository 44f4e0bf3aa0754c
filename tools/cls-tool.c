/* cls-tool.c: validate, format and summarise libcls contracts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Output is always written as UTF-8, whatever the locale: contracts are
 * UTF-8 and the output of `show` is meant to be compared by scripts, so it
 * must not depend on the charset of the terminal. This is why the tool
 * writes with stdio rather than g_print(), which converts to the locale’s
 * charset.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <libcls/cls.h>

#include "cls-tool-commands.h"

enum
{
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

typedef struct
{
  gboolean  trusted;
  char     *output;
  /* evaluate */
  char     *period;
  char     *at;
  gboolean  final;
  char     *targets;
  char     *format;
  char     *lang;
  /* lint */
  char     *date;
  /* import */
  gboolean  dry_run;
  gboolean  replace;
} ToolOptions;

static void
tool_options_clear (ToolOptions *options)
{
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->period, g_free);
  g_clear_pointer (&options->at, g_free);
  g_clear_pointer (&options->targets, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->lang, g_free);
  g_clear_pointer (&options->date, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ToolOptions, tool_options_clear)

typedef int (*CommandFunc) (const ToolOptions  *options,
                            char              **files,
                            int                 n_files);

/* Options of one command only, beyond the groups above */
typedef enum
{
  EXTRA_NONE,
  EXTRA_EXPORT,
  EXTRA_IMPORT,
} ExtraOptions;

typedef struct
{
  const char  *name;
  const char  *parameter_string;
  const char  *summary;
  const char  *description;
  gboolean     has_output;
  gboolean     has_evaluation;
  gboolean     has_date;
  int          min_files;
  int          max_files;    /* -1: no limit */
  CommandFunc  run;
  ExtraOptions extra;
} Command;

/* Counters filled while walking the plan tree for `show` */
typedef struct
{
  GPtrArray *level_names;    /* (element-type utf8) (transfer none) */
  GArray    *level_counts;   /* (element-type guint), parallel to level_names */
  guint      kind_counts[CLS_INDICATOR_KIND_NARRATIVE + 1];
  guint      n_nodes;
  guint      n_indicators;
  guint      n_targets;
  guint      n_measurements;
  guint      n_illustrative;
} PlanTotals;

#define NO_LEVEL_NAME N_("(no level)")

/* Output helpers */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Enum classes of static types are never finalised: the nick outlives the
   * reference. */
  return enum_value != NULL ? enum_value->value_nick : "unknown";
}

static char *
format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("?");

  return g_strdup_printf ("%04d-%02d-%02d",
                          (int) g_date_get_year (date),
                          (int) g_date_get_month (date),
                          (int) g_date_get_day (date));
}

/* Text kept “as written” may span lines; show needs one line per item. */
static char *
one_line (const char *text)
{
  char *line;

  if (text == NULL || *text == '\0')
    return g_strdup ("-");

  line = g_strstrip (g_strdup (text));
  return g_strdelimit (line, "\t\n\r", ' ');
}

static gboolean
flush_stdout (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      fprintf (stderr, _("cls-tool: cannot write to standard output: %s\n"),
               g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Loading */

static void
print_warnings (ClsLoader  *loader,
                const char *path)
{
  GListModel *warnings = cls_loader_get_warnings (loader);
  guint n_warnings = warnings != NULL ? g_list_model_get_n_items (warnings) : 0;
  guint i;

  for (i = 0; i < n_warnings; i++)
    {
      g_autoptr(ClsDiagnostic) diagnostic = g_list_model_get_item (warnings, i);
      const char *file = cls_diagnostic_get_file (diagnostic);
      const char *severity = cls_tool_severity_label (cls_diagnostic_get_severity (diagnostic));
      int line = cls_diagnostic_get_line (diagnostic);
      int column = cls_diagnostic_get_column (diagnostic);

      if (file == NULL)
        file = path;

      if (line > 0)
        fprintf (stderr, "%s:%d:%d: %s: %s\n", file, line, MAX (column, 0),
                 severity, cls_diagnostic_get_message (diagnostic));
      else
        fprintf (stderr, "%s: %s: %s\n", file, severity,
                 cls_diagnostic_get_message (diagnostic));
    }
}

static void
print_load_error (const GError *error,
                  const char   *path)
{
  /* Contract errors already start with FILE:LINE:COLUMN; others (a file
   * that cannot be read) do not. */
  if (error->domain == CLS_CONTRACT_ERROR)
    fprintf (stderr, "%s\n", error->message);
  else
    fprintf (stderr, "%s: %s\n", path, error->message);
}

/* Loads @path, printing its warnings, or its error; returns %NULL on error. */
static ClsContract *
load_contract (const char *path,
               gboolean    trusted)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GError) error = NULL;

  cls_loader_set_trusted (loader, trusted);
  cls_tool_progress_attach_loader (loader, N_("Loading"));
  contract = cls_loader_load_from_path (loader, path, &error);
  if (contract == NULL)
    {
      print_load_error (error, path);
      return NULL;
    }

  print_warnings (loader, path);
  return g_steal_pointer (&contract);
}

/* validate */

static int
command_validate (const ToolOptions  *options,
                  char              **files,
                  int                 n_files)
{
  int status = EXIT_OK;
  int i;

  for (i = 0; i < n_files; i++)
    {
      g_autoptr(ClsContract) contract = load_contract (files[i], options->trusted);

      if (contract == NULL)
        status = EXIT_INVALID;
    }

  return status;
}

/* format */

static int
write_bytes_to_stdout (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size > 0 && fwrite (data, 1, size, stdout) != size)
    {
      int saved_errno = errno;

      fprintf (stderr, _("cls-tool: cannot write to standard output: %s\n"),
               g_strerror (saved_errno));
      return EXIT_INVALID;
    }

  return flush_stdout () ? EXIT_OK : EXIT_INVALID;
}

static int
command_format (const ToolOptions  *options,
                char              **files,
                int                 n_files)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  contract = load_contract (files[0], options->trusted);
  if (contract == NULL)
    return EXIT_INVALID;

  if (options->output == NULL)
    {
      bytes = cls_contract_to_bytes (contract);
      return write_bytes_to_stdout (bytes);
    }

  if (!cls_contract_save_to_path (contract, options->output, &error))
    {
      fprintf (stderr, _("cls-tool: cannot write %s: %s\n"),
               options->output, error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}

/* show */

static void
plan_totals_init (PlanTotals  *totals,
                  ClsContract *contract)
{
  GListModel *levels = cls_contract_get_levels (contract);
  guint n_levels = g_list_model_get_n_items (levels);
  guint zero = 0;
  guint i;

  memset (totals, 0, sizeof *totals);
  totals->level_names = g_ptr_array_new ();
  totals->level_counts = g_array_new (FALSE, TRUE, sizeof (guint));

  /* Declared levels first, in order, so the totals read from the top. */
  for (i = 0; i < n_levels; i++)
    {
      g_autoptr(ClsLevel) level = g_list_model_get_item (levels, i);
      const char *name = cls_level_get_name (level);

      if (name == NULL)
        name = cls_level_get_id (level);
      g_ptr_array_add (totals->level_names, (gpointer) name);
      g_array_append_val (totals->level_counts, zero);
    }
}

static void
plan_totals_clear (PlanTotals *totals)
{
  g_clear_pointer (&totals->level_names, g_ptr_array_unref);
  g_clear_pointer (&totals->level_counts, g_array_unref);
}

static void
plan_totals_count_level (PlanTotals *totals,
                         const char *name)
{
  guint zero = 0;
  guint i;

  for (i = 0; i < totals->level_names->len; i++)
    if (g_str_equal (g_ptr_array_index (totals->level_names, i), name))
      break;

  if (i == totals->level_names->len)
    {
      g_ptr_array_add (totals->level_names, (gpointer) name);
      g_array_append_val (totals->level_counts, zero);
    }

  g_array_index (totals->level_counts, guint, i)++;
}

static void
plan_totals_count_indicator (PlanTotals   *totals,
                             ClsIndicator *indicator)
{
  ClsIndicatorKind kind = cls_indicator_get_kind (indicator);
  guint n_measurements = cls_indicator_get_n_measurements (indicator);
  guint i;

  totals->n_indicators++;
  if ((guint) kind < G_N_ELEMENTS (totals->kind_counts))
    totals->kind_counts[kind]++;
  totals->n_targets += g_list_model_get_n_items (cls_indicator_get_targets (indicator));
  totals->n_measurements += n_measurements;

  for (i = 0; i < n_measurements; i++)
    {
      g_autoptr(ClsMeasurement) measurement = cls_indicator_dup_measurement (indicator, i);

      if (measurement != NULL && cls_measurement_get_illustrative (measurement))
        totals->n_illustrative++;
    }
}

static void show_nodes (GListModel *nodes,
                        guint       depth,
                        PlanTotals *totals);

static void
show_node (ClsNode    *node,
           guint       depth,
           PlanTotals *totals)
{
  GListModel *indicators = cls_node_get_indicators (node);
  guint n_indicators = g_list_model_get_n_items (indicators);
  const char *code = cls_node_get_code (node);
  const char *level_name = cls_node_get_level_name (node);
  g_autofree char *title = one_line (cls_node_get_title (node));
  guint i;

  if (code == NULL)
    code = cls_node_get_id (node);
  if (level_name == NULL)
    level_name = _(NO_LEVEL_NAME);

  /* TRANSLATORS: indentation, the node's code, its title, [its level],
   * and how many indicators it has */
  printf (ngettext ("%*s%s  %s  [%s]  %u indicator\n", "%*s%s  %s  [%s]  %u indicators\n", n_indicators),
          (int) (2 * (depth + 1)), "", code, title, level_name, n_indicators);

  totals->n_nodes++;
  plan_totals_count_level (totals, level_name);
  for (i = 0; i < n_indicators; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);

      plan_totals_count_indicator (totals, indicator);
    }

  show_nodes (cls_node_get_children (node), depth + 1, totals);
}

static void
show_nodes (GListModel *nodes,
            guint       depth,
            PlanTotals *totals)
{
  guint n_nodes = g_list_model_get_n_items (nodes);
  guint i;

  for (i = 0; i < n_nodes; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);

      show_node (node, depth, totals);
    }
}

static void
show_header (ClsContract *contract)
{
  g_autofree char *title = one_line (cls_contract_get_title (contract));
  g_autofree char *acronym = one_line (cls_contract_get_acronym (contract));
  g_autofree char *start = format_date (cls_contract_get_start_date (contract));
  g_autofree char *end = format_date (cls_contract_get_end_date (contract));

  printf (_("Title: %s\n"), title);
  printf (_("Acronym: %s\n"), acronym);
  printf (_("Period: %s to %s\n"), start, end);
  printf (_("State: %s\n"),
          enum_nick (CLS_TYPE_CONTRACT_STATE, cls_contract_get_state (contract)));
  printf (_("Organisations: %u\n"),
          g_list_model_get_n_items (cls_contract_get_organisations (contract)));
  printf (_("Parties: %u\n"),
          g_list_model_get_n_items (cls_contract_get_parties (contract)));
  printf (_("Communes: %u\n"),
          g_list_model_get_n_items (cls_contract_get_communes (contract)));
  printf (_("Figures: %u\n"),
          g_list_model_get_n_items (cls_contract_get_figures (contract)));
}

static char *
format_level_totals (const PlanTotals *totals)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint i;

  for (i = 0; i < totals->level_names->len; i++)
    {
      guint count = g_array_index (totals->level_counts, guint, i);

      if (count == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: a level of the plan and how many nodes it has */
      g_string_append_printf (text, _("%s: %u"),
                              (const char *) g_ptr_array_index (totals->level_names, i),
                              count);
    }

  if (text->len == 0)
    g_string_append (text, C_("totals", "none"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_kind_totals (const PlanTotals *totals)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint kind;

  for (kind = 0; kind < G_N_ELEMENTS (totals->kind_counts); kind++)
    {
      if (totals->kind_counts[kind] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* TRANSLATORS: a kind of indicator and how many there are */
      g_string_append_printf (text, _("%s: %u"),
                              enum_nick (CLS_TYPE_INDICATOR_KIND, (int) kind),
                              totals->kind_counts[kind]);
    }

  if (text->len == 0)
    g_string_append (text, C_("totals", "none"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_totals (ClsContract      *contract,
             const PlanTotals *totals)
{
  g_autofree char *levels = format_level_totals (totals);
  g_autofree char *kinds = format_kind_totals (totals);

  printf (_("Totals:\n"));
  printf (_("  Nodes: %u\n"), totals->n_nodes);
  printf (_("  Nodes per level: %s\n"), levels);
  printf (_("  Indicators: %u\n"), totals->n_indicators);
  printf (_("  Indicators per kind: %s\n"), kinds);
  printf (_("  Templates: %u\n"),
          g_list_model_get_n_items (cls_contract_get_templates (contract)));
  printf (_("  Targets: %u\n"), totals->n_targets);
  printf (_("  Measurements: %u\n"), totals->n_measurements);
  printf (_("  Illustrative measurements: %u\n"), totals->n_illustrative);
}

static int
command_show (const ToolOptions  *options,
              char              **files,
              int                 n_files)
{
  g_autoptr(ClsContract) contract = NULL;
  PlanTotals totals;

  contract = load_contract (files[0], options->trusted);
  if (contract == NULL)
    return EXIT_INVALID;

  plan_totals_init (&totals, contract);

  show_header (contract);
  printf ("\n%s\n", _("Plan:"));
  show_nodes (cls_contract_get_nodes (contract), 0, &totals);
  printf ("\n");
  show_totals (contract, &totals);

  plan_totals_clear (&totals);

  return flush_stdout () ? EXIT_OK : EXIT_INVALID;
}

/* Command line */

/* evaluate */

static int
command_evaluate (const ToolOptions  *options,
                  char              **files,
                  int                 n_files)
{
  g_autoptr(ClsContract) contract = load_contract (files[0], options->trusted);
  ClsToolEvaluate evaluate = {
    options->period, options->at, options->final, options->targets, options->format, options->lang,
  };
  int status;

  if (contract == NULL)
    return EXIT_INVALID;
  status = cls_tool_evaluate_run (files[0], contract, &evaluate);
  if (!flush_stdout ())
    return EXIT_INVALID;
  return status;
}

/* report */

static int
command_report (const ToolOptions  *options,
                char              **files,
                int                 n_files)
{
  g_autoptr(ClsContract) contract = NULL;
  ClsToolEvaluate evaluate = {
    options->period, options->at, options->final, options->targets, options->format, options->lang,
  };
  int status;

  if (options->output == NULL)
    {
      fprintf (stderr, "cls-tool report: give the file to write with -o\nTry 'cls-tool report --help'.\n");
      return EXIT_USAGE;
    }
  contract = load_contract (files[0], options->trusted);
  if (contract == NULL)
    return EXIT_INVALID;
  status = cls_tool_report_run (files[0], contract, &evaluate, options->output);
  if (!flush_stdout ())
    return EXIT_INVALID;
  return status;
}

/* lint */

static int
command_lint (const ToolOptions  *options,
              char              **files,
              int                 n_files)
{
  int status = cls_tool_lint_run (files[0], options->trusted, options->date);

  if (!flush_stdout ())
    return EXIT_INVALID;
  return status;
}

/* export */

static int
command_export (const ToolOptions  *options,
                char              **files,
                int                 n_files)
{
  g_autoptr(ClsContract) contract = load_contract (files[0], options->trusted);
  ClsToolExport export = {
    { options->period, options->at, options->final, options->targets, options->format, NULL },
    options->output,
  };
  int status;

  if (contract == NULL)
    return EXIT_INVALID;
  status = cls_tool_export_run (files[0], contract, &export);
  if (!flush_stdout ())
    return EXIT_INVALID;
  return status;
}

/* import */

static int
command_import (const ToolOptions  *options,
                char              **files,
                int                 n_files)
{
  g_autoptr(ClsContract) contract = load_contract (files[0], options->trusted);
  int status;

  if (contract == NULL)
    return EXIT_INVALID;
  status = cls_tool_import_run (files[0], contract, files[1], options->dry_run, options->replace);
  if (!flush_stdout ())
    return EXIT_INVALID;
  return status;
}

static const Command commands[] = {
  {
    "validate", N_("FILE..."),
    N_("Check that contracts follow the libcls format."),
    N_("Prints nothing for a valid contract but its warnings, and the first\n"
       "error of an invalid one, as FILE:LINE:COLUMN: message.\n"
       "Exit status: 0 when every file is valid, 1 otherwise, 2 on usage errors."),
    FALSE, FALSE, FALSE, 1, -1, command_validate,
  },
  {
    "format", N_("FILE"),
    N_("Write a contract in the canonical form."),
    N_("Writes to standard output, or atomically to the file given with -o.\n"
       "A canonical file formatted again is byte-for-byte identical."),
    TRUE, FALSE, FALSE, 1, 1, command_format,
  },
  {
    "show", N_("FILE"),
    N_("Summarise a contract: its header, its plan tree and totals."),
    NULL,
    FALSE, FALSE, FALSE, 1, 1, command_show,
  },
  {
    "evaluate", N_("FILE"),
    N_("Evaluate a contract: the annual, to-date or final evaluation."),
    N_("Without --period, --at or --final, evaluates to date today.\n"
       "Prints one explanation per node and indicator, or the documented JSON\n"
       "with --format json. Explanations are in French with --lang fr."),
    FALSE, TRUE, FALSE, 1, 1, command_evaluate,
  },
  {
    "report", N_("FILE -o OUT"),
    N_("Write the evaluation report for the comité de pilotage (HTML)."),
    N_("Evaluates like evaluate (--period, --at, --final, --targets) and writes\n"
       "one self-contained HTML file to OUT (-o is required; - for standard\n"
       "output), in French unless --lang en, printable on A4. Prints the first\n"
       "lines of evaluate."),
    TRUE, TRUE, FALSE, 1, 1, command_report,
  },
  {
    "lint", N_("FILE"),
    N_("Review a contract's data quality."),
    N_("Prints one finding per line: FILE: SEVERITY CODE [NODE] message.\n"
       "The codes are documented in docs/review.md. Exit status: 0 when no\n"
       "finding is an error, 1 otherwise, 2 on usage errors."),
    FALSE, FALSE, TRUE, 1, 1, command_lint,
  },
  {
    "export", N_("FILE"),
    N_("Export measurements and yearly evaluations (CSV), or an evaluation (JSON)."),
    N_("CSV (the default): one row per indicator and period, with each calendar\n"
       "year's evaluation, as docs/csv.md describes. JSON: the evaluation asked\n"
       "with --period, --at or --final (to date today by default), in the\n"
       "documented format. Writes to standard output, or atomically to OUT."),
    TRUE, FALSE, FALSE, 1, 1, command_export, EXTRA_EXPORT,
  },
  {
    "import", N_("FILE CSV"),
    N_("Import measurements from a CSV table into a contract."),
    N_("Checks every row first: any wrong row is printed as CSV:LINE: message\n"
       "and nothing is written (exit status 1). Otherwise FILE is saved\n"
       "atomically. Accepts ',' ';' or tab separators and decimal commas."),
    FALSE, FALSE, FALSE, 2, 2, command_import, EXTRA_IMPORT,
  },
};

/* Messages: the domain of libcls, whose catalogues hold the tool's
 * messages too; $CLS_LOCALEDIR overrides where they are, as for the
 * library (the tests run the tool uninstalled). */
static void
cls_tool_init_i18n (void)
{
  const char *localedir = g_getenv ("CLS_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  /* Output is UTF-8 whatever the locale (see the top of this file). */
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static const Command *
lookup_command (const char *name)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static GOptionContext *
command_context_new (const Command *command,
                     ToolOptions   *options)
{
  const GOptionEntry common_entries[] = {
    { "trusted", 0, 0, G_OPTION_ARG_NONE, &options->trusted,
      N_("Skip the schema pass (for files from a trusted source)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry output_entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options->output,
      N_("Write to OUT instead of standard output"), N_("OUT") },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry evaluation_entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &options->period,
      N_("Evaluate one period: 2026, 2026-S1, 2026-Q2, 2026-05…"), N_("PERIOD") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &options->at,
      N_("Evaluate to date at DATE (YYYY-MM-DD)"), N_("DATE") },
    { "final", 0, 0, G_OPTION_ARG_NONE, &options->final,
      N_("The final evaluation, at the contract's end"), NULL },
    { "targets", 0, 0, G_OPTION_ARG_STRING, &options->targets,
      N_("Measure against the targets as signed or as amended (default)"), "initial|amended" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format (default: text)"), "text|json" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options->lang,
      N_("Language of the explanations (default: the locale's)"), "fr|en" },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry export_entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format,
      N_("Output format (default: csv)"), "csv|json" },
    { "targets", 0, 0, G_OPTION_ARG_STRING, &options->targets,
      N_("Measure against the targets as signed or as amended (default)"), "initial|amended" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &options->period,
      N_("JSON: evaluate one period: 2026, 2026-S1, 2026-Q2, 2026-05…"), N_("PERIOD") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &options->at,
      N_("JSON: evaluate to date at DATE (YYYY-MM-DD)"), N_("DATE") },
    { "final", 0, 0, G_OPTION_ARG_NONE, &options->final,
      N_("JSON: the final evaluation, at the contract's end"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry import_entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options->dry_run,
      N_("Check the table only; write nothing"), NULL },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &options->replace,
      N_("Replace measurements the contract already has for a row's period"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry date_entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &options->date,
      N_("Review as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  GOptionContext *context;

  /* The parameter string, the summary, the description and the options'
   * texts are translated by GOption, in the domain of libcls. */
  context = g_option_context_new (command->parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, command->summary);
  if (command->description != NULL)
    g_option_context_set_description (context, command->description);
  g_option_context_add_main_entries (context, common_entries, NULL);
  if (command->has_output)
    g_option_context_add_main_entries (context, output_entries, NULL);
  if (command->has_evaluation)
    g_option_context_add_main_entries (context, evaluation_entries, NULL);
  if (command->has_date)
    g_option_context_add_main_entries (context, date_entries, NULL);
  if (command->extra == EXTRA_EXPORT)
    g_option_context_add_main_entries (context, export_entries, NULL);
  else if (command->extra == EXTRA_IMPORT)
    g_option_context_add_main_entries (context, import_entries, NULL);

  return context;
}

static void
print_usage (FILE *stream)
{
  gsize i;

  fputs (_("Usage:\n"
           "  cls-tool COMMAND [OPTION...] FILE...\n"
           "\n"
           "Work with Contrats Locaux de Santé in the libcls XML format.\n"
           "\n"
           "Commands:\n"), stream);
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "  %-10s %s\n", "help", _("Show this help, or the help of a command."));
  fputs (_("\n"
           "Options:\n"
           "  -h, --help     Show this help\n"
           "  --version      Show the version of cls-tool\n"
           "\n"
           "Run 'cls-tool COMMAND --help' or 'cls-tool help COMMAND' for the options\n"
           "of a command.\n"), stream);
}

static int
usage_error (const char *command_name,
             const char *message)
{
  if (command_name != NULL)
    fprintf (stderr, _("cls-tool %s: %s\nTry 'cls-tool %s --help'.\n"),
             command_name, message, command_name);
  else
    fprintf (stderr, _("cls-tool: %s\nTry 'cls-tool --help'.\n"), message);
  return EXIT_USAGE;
}

static int
command_help (int    argc,
              char **argv)
{
  const Command *command;
  g_auto(ToolOptions) options = { 0, };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *help = NULL;
  g_autofree char *prgname = NULL;

  if (argc < 2)
    {
      print_usage (stdout);
      return flush_stdout () ? EXIT_OK : EXIT_INVALID;
    }
  if (argc > 2)
    return usage_error ("help", _("too many arguments"));

  command = lookup_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command '%s'"), argv[1]);

      return usage_error (NULL, message);
    }

  prgname = g_strdup_printf ("cls-tool %s", command->name);
  g_set_prgname (prgname);
  context = command_context_new (command, &options);
  help = g_option_context_get_help (context, TRUE, NULL);
  fputs (help, stdout);
  return flush_stdout () ? EXIT_OK : EXIT_INVALID;
}

static int
run_command (const Command  *command,
             int             argc,
             char          **argv)
{
  g_auto(ToolOptions) options = { 0, };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree char *prgname = g_strdup_printf ("cls-tool %s", command->name);
  gboolean seen_separator = FALSE;
  int i;

  /* So that the usage line of --help reads “cls-tool COMMAND [OPTION…]” */
  g_set_prgname (prgname);
  context = command_context_new (command, &options);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (command->name, error->message);

  /* argv[0] is the command; the parser leaves a “--” that comes before
   * names starting with “-”. */
  for (i = 1; i < argc; i++)
    {
      if (!seen_separator && g_str_equal (argv[i], "--"))
        seen_separator = TRUE;
      else
        g_ptr_array_add (files, argv[i]);
    }

  if ((int) files->len < command->min_files)
    return usage_error (command->name, command->min_files > 1 ? _("missing file") : _("no file given"));
  if (command->max_files >= 0 && (int) files->len > command->max_files)
    return usage_error (command->name, _("too many files"));

  return command->run (&options, (char **) files->pdata, (int) files->len);
}

int
main (int    argc,
      char **argv)
{
  const Command *command;

  setlocale (LC_ALL, "");
  cls_tool_init_i18n ();
  g_set_prgname ("cls-tool");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    return command_help (1, argv + 1);
  if (g_str_equal (argv[1], "help"))
    return command_help (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("cls-tool %s\n", CLS_VERSION);
      return flush_stdout () ? EXIT_OK : EXIT_INVALID;
    }

  command = lookup_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command '%s'"), argv[1]);

      return usage_error (NULL, message);
    }

  return run_command (command, argc - 1, argv + 1);
}
