/* cls-tool-evaluate.c: `cls-tool evaluate`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Prints an evaluation as text (one explanation per node and indicator,
 * indented like the plan) or as JSON (the documented format). Output is
 * UTF-8 through stdio, like the rest of the tool.
 */

#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <libcls/cls.h>

#include "cls-tool-commands.h"

static gboolean
is_french (const char *lang)
{
  return lang != NULL && g_ascii_strncasecmp (lang, "fr", 2) == 0;
}

/* The language of explanations when --lang is not given: the language of
 * the tool's messages, as gettext chose it from LANGUAGE, LC_ALL,
 * LC_MESSAGES and LANG, so that a French user reads both in French. */
static const char *
default_language (void)
{
  /* TRANSLATORS: the language of the explanations of `cls-tool evaluate`:
   * “fr” in the French translation; libcls explains in French and English
   * only, so leave “en” for any other language. */
  const char *language = C_("explanations", "en");

  return is_french (language) ? "fr" : "en";
}

/* 0.75, or 0,75 in French */
static char *
format_threshold (double   value,
                  gboolean french)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%g", value);
  if (french)
    g_strdelimit (buffer, ".", ',');
  return g_strdup (buffer);
}

static void
print_statuses (ClsNodeResult *root,
                const char    *lang)
{
  gboolean first = TRUE;
  guint s;

  fputs (is_french (lang) ? "Statuts :" : "Statuses:", stdout);
  for (s = 0; s < CLS_N_STATUSES; s++)
    {
      guint count = cls_node_result_get_count (root, s);
      if (count == 0)
        continue;
      printf ("%s %s %u", first ? "" : ",", cls_status_get_label (s, lang), count);
      first = FALSE;
    }
  printf (is_french (lang) ? " — %u indicateurs\n" : " — %u indicators\n",
          cls_node_result_get_n_indicators (root));
}

static void
print_node (ClsNodeResult *node,
            const char    *lang)
{
  g_autoptr(GListModel) indicators = cls_node_result_get_indicators (node);
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  guint depth = cls_node_result_get_depth (node);
  guint i;

  printf ("%*s%s\n", (int) (2 * (depth - 1)), "", cls_node_result_get_explanation (node, lang));
  for (i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(ClsIndicatorResult) indicator = g_list_model_get_item (indicators, i);
      printf ("%*s- %s\n", (int) (2 * depth), "", cls_indicator_result_get_explanation (indicator, lang));
    }
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);
      print_node (child, lang);
    }
}

void
cls_tool_evaluate_print_summary (ClsEvaluation *evaluation,
                                 const char    *lang)
{
  ClsContract *contract = cls_evaluation_get_contract (evaluation);
  ClsNodeResult *root = cls_evaluation_get_root (evaluation);
  gboolean fr = is_french (lang);
  g_autofree char *on_track = format_threshold (cls_evaluation_get_on_track (evaluation), fr);
  g_autofree char *at_risk = format_threshold (cls_evaluation_get_at_risk (evaluation), fr);

  printf ("%s (%s)\n", cls_contract_get_title (contract) != NULL ? cls_contract_get_title (contract) : "?",
          cls_contract_get_id (contract));
  printf (fr ? "Cibles : %s · seuils : en bonne voie ≥ %s, à surveiller ≥ %s · données manquantes : %s\n"
             : "Targets: %s · thresholds: on track ≥ %s, at risk ≥ %s · missing data: %s\n",
          cls_evaluation_get_target_version (evaluation) == CLS_TARGET_VERSION_INITIAL
            ? (fr ? "initiales" : "as signed") : (fr ? "avenants compris" : "as amended"),
          on_track, at_risk,
          cls_evaluation_get_missing_data (evaluation) == CLS_MISSING_DATA_POLICY_ZERO
            ? (fr ? "comptées 0" : "count as 0") : (fr ? "exclues" : "excluded"));
  printf ("%s\n", cls_node_result_get_explanation (root, lang));
  print_statuses (root, lang);
}

static void
print_text (ClsEvaluation *evaluation,
            const char    *lang)
{
  ClsNodeResult *root = cls_evaluation_get_root (evaluation);
  g_autoptr(GListModel) children = cls_node_result_get_children (root);
  g_autoptr(GListModel) gaps = cls_node_result_get_gaps (root);
  gboolean fr = is_french (lang);
  guint i;

  cls_tool_evaluate_print_summary (evaluation, lang);
  fputc ('\n', stdout);
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);
      print_node (child, lang);
    }
  if (g_list_model_get_n_items (gaps) > 0)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (CLS_TYPE_GAP_REASON);

      printf (fr ? "\nManques (%u) :\n" : "\nMissing (%u):\n", g_list_model_get_n_items (gaps));
      for (i = 0; i < g_list_model_get_n_items (gaps); i++)
        {
          g_autoptr(ClsGap) gap = g_list_model_get_item (gaps, i);
          GEnumValue *reason = g_enum_get_value (klass, cls_gap_get_reason (gap));
          printf ("  %s: %s\n", reason != NULL ? reason->value_nick : "?", cls_gap_get_label (gap));
        }
    }
}

ClsEvaluator *
cls_tool_evaluator_new (const char            *command,
                        const ClsToolEvaluate *options)
{
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GError) error = NULL;
  int n_kinds = (options->period != NULL) + (options->at != NULL) + (options->final != FALSE);

  if (n_kinds > 1)
    {
      fprintf (stderr, _("cls-tool %s: give only one of --period, --at and --final\n"), command);
      return NULL;
    }
  if (options->period != NULL)
    {
      g_autoptr(ClsPeriod) period = cls_period_parse (options->period, &error);
      if (period == NULL)
        {
          fprintf (stderr, _("cls-tool %s: --period: %s\n"), command, error->message);
          return NULL;
        }
      cls_evaluator_set_period (evaluator, period);
    }
  else if (options->at != NULL)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_parse (&date, options->at);
      if (strlen (options->at) != 10 || options->at[4] != '-' || !g_date_valid (&date))
        {
          fprintf (stderr, _("cls-tool %s: --at: “%s” is not a date written YYYY-MM-DD\n"), command, options->at);
          return NULL;
        }
      g_date_set_dmy (&date, (GDateDay) atoi (options->at + 8), (GDateMonth) atoi (options->at + 5),
                      (GDateYear) atoi (options->at));
      cls_evaluator_set_date (evaluator, &date);
    }
  else if (options->final)
    cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);

  if (options->targets == NULL || g_str_equal (options->targets, "amended"))
    cls_evaluator_set_target_version (evaluator, CLS_TARGET_VERSION_AMENDED);
  else if (g_str_equal (options->targets, "initial"))
    cls_evaluator_set_target_version (evaluator, CLS_TARGET_VERSION_INITIAL);
  else
    {
      fprintf (stderr, _("cls-tool %s: --targets must be “initial” or “amended”\n"), command);
      return NULL;
    }
  return g_steal_pointer (&evaluator);
}

int
cls_tool_evaluate_run (const char           *path,
                       ClsContract          *contract,
                       const ClsToolEvaluate *options)
{
  g_autoptr(ClsEvaluator) evaluator = cls_tool_evaluator_new ("evaluate", options);
  g_autoptr(ClsEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  const char *lang = options->lang != NULL ? options->lang : default_language ();

  if (evaluator == NULL)
    return 2;
  if (options->format != NULL && !g_str_equal (options->format, "text") && !g_str_equal (options->format, "json"))
    {
      fprintf (stderr, _("cls-tool evaluate: --format must be “text” or “json”\n"));
      return 2;
    }

  cls_tool_progress_attach_evaluator (evaluator, N_("Evaluating"));
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  if (evaluation == NULL)
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      return 1;
    }
  if (options->format != NULL && g_str_equal (options->format, "json"))
    {
      g_autofree char *json = cls_evaluation_to_json (evaluation, TRUE);
      fputs (json, stdout);
      fputc ('\n', stdout);
    }
  else
    print_text (evaluation, lang);
  return 0;
}
