/* cls-explain.c: one-line explanations of evaluation results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Section 7 of the method: every figure explains itself in one line a
 * person can check by hand, e.g.
 *
 *   FA 1.1 / Nombre de séances — 2026: 14 / 48 × 365/1461 days = 11.99
 *   → 117% (achieved)
 *
 * Numbers are rounded here, and only here: statuses were decided on the
 * unrounded values. Both languages are built from the same pieces so that
 * they always say the same thing; French is the contracts' language.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluation-private.h"

#define NBSP "\xc2\xa0"

/* Up to two decimals, trailing zeros dropped; French uses a decimal comma
 * and groups thousands with no-break spaces. */
char *
_cls_format_number (double   value,
                    gboolean french)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GString *out = g_string_new (NULL);
  double rounded = round (value * 100) / 100;
  const char *dot, *digits;
  gsize int_len, i;

  if (!isfinite (value))
    return g_string_free (out, FALSE);
  if (rounded == 0)
    rounded = 0;   /* no “-0” */
  g_ascii_formatd (buffer, sizeof buffer, "%.2f", rounded);
  /* drop trailing zeros of the decimals */
  if (strchr (buffer, '.') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  digits = buffer;
  if (*digits == '-')
    {
      g_string_append_c (out, '-');
      digits++;
    }
  dot = strchr (digits, '.');
  int_len = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, french ? NBSP : ",");
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append_c (out, french ? ',' : '.');
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

static void
append_number (GString  *out,
               double    value,
               gboolean  french)
{
  g_autofree char *text = _cls_format_number (value, french);
  g_string_append (out, text);
}

/* A ratio as a whole percentage: 1.168 → “117 %” */
static void
append_percent (GString  *out,
                double    ratio,
                gboolean  french)
{
  g_autofree char *text = _cls_format_number (round (ratio * 100), french);
  g_string_append_printf (out, french ? "%s" NBSP "%%" : "%s%%", text);
}

static void
append_julian (GString *out,
               guint32  julian)
{
  GDate date;
  char buffer[16];

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
  g_string_append (out, buffer);
}

static void
append_date (GString     *out,
             const GDate *date)
{
  append_julian (out, g_date_get_julian (date));
}

char *
_cls_explain_window (ClsEvaluation *evaluation,
                     gboolean       french)
{
  const ClsEvaluationSettings *s = &evaluation->settings;
  GString *out = g_string_new (NULL);

  switch (s->kind)
    {
    case CLS_EVALUATION_KIND_PERIOD:
      {
        g_autofree char *period = cls_period_to_string (evaluation->window);
        g_string_append (out, period);
      }
      break;
    case CLS_EVALUATION_KIND_TO_DATE:
      g_string_append (out, french ? "au " : "to ");
      append_julian (out, s->date);
      break;
    case CLS_EVALUATION_KIND_FINAL:
    default:
      g_string_append (out, french ? "évaluation finale (" : "final evaluation (");
      append_julian (out, s->window_start);
      g_string_append (out, " → ");
      append_julian (out, s->window_end);
      g_string_append_c (out, ')');
      break;
    }
  return g_string_free (out, FALSE);
}

static void
append_label (GString    *out,
              const char *code,
              const char *title,
              const char *id)
{
  if (code != NULL && title != NULL)
    g_string_append_printf (out, "%s / %s", code, title);
  else if (title != NULL || code != NULL)
    g_string_append (out, title != NULL ? title : code);
  else
    g_string_append (out, id != NULL ? id : "?");
}

static void
append_prefix (GString       *out,
               ClsEvaluation *evaluation,
               const char    *code,
               const char    *title,
               const char    *id,
               gboolean       french)
{
  g_autofree char *window = _cls_explain_window (evaluation, french);

  append_label (out, code, title, id);
  g_string_append_printf (out, " — %s%s ", window, french ? NBSP ":" : ":");
}

static void
append_quoted (GString    *out,
               const char *text,
               gboolean    french)
{
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *shown = NULL;

  /* one line: long assessments are cut, and line breaks become spaces */
  shown = length > 80 ? g_utf8_substring (text, 0, 77) : g_strdup (text);
  g_strdelimit (shown, "\r\n\t", ' ');
  g_string_append_printf (out, french ? "«" NBSP "%s%s" NBSP "»" : "“%s%s”",
                          shown, length > 80 ? "…" : "");
}

static void
append_value (GString            *out,
              ClsIndicatorResult *r,
              gboolean            french)
{
  if (r->kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      if (g_date_valid (&r->done_date))
        {
          g_string_append (out, french ? "fait le " : "done on ");
          append_date (out, &r->done_date);
        }
      else
        g_string_append (out, french ? "pas fait" : "not done");
      return;
    }

  if (r->has_numerator && r->has_denominator)
    {
      if (r->aggregation == CLS_AGGREGATION_POOLED && r->n_measurements > 1)
        g_string_append (out, french ? "cumulé" NBSP ": " : "pooled: ");
      if ((r->kind == CLS_INDICATOR_KIND_RATIO || r->kind == CLS_INDICATOR_KIND_FORMULA) && r->factor != 1)
        {
          append_number (out, r->factor, french);
          g_string_append (out, " × ");
        }
      else if (r->kind == CLS_INDICATOR_KIND_ORDINAL)
        g_string_append (out, "100 × ");
      append_number (out, r->numerator, french);
      g_string_append (out, " / ");
      append_number (out, r->denominator, french);
      g_string_append (out, " = ");
    }
  else if (r->level != NULL)
    g_string_append_printf (out, french ? "niveau «" NBSP "%s" NBSP "» = " : "level “%s” = ", r->level);

  append_number (out, r->value, french);
  if (r->unit != NULL && r->unit[0] != '\0')
    g_string_append_printf (out, r->unit[0] == '%' && !french ? "%s" : " %s", r->unit);

  if (r->n_measurements > 1 && !r->has_numerator &&
      (r->aggregation == CLS_AGGREGATION_SUM || r->aggregation == CLS_AGGREGATION_MEAN ||
       r->aggregation == CLS_AGGREGATION_MIN || r->aggregation == CLS_AGGREGATION_MAX))
    {
      static const char *en[] = { [CLS_AGGREGATION_SUM] = "sum", [CLS_AGGREGATION_MEAN] = "mean",
                                  [CLS_AGGREGATION_MIN] = "minimum", [CLS_AGGREGATION_MAX] = "maximum" };
      static const char *fr[] = { [CLS_AGGREGATION_SUM] = "somme", [CLS_AGGREGATION_MEAN] = "moyenne",
                                  [CLS_AGGREGATION_MIN] = "minimum", [CLS_AGGREGATION_MAX] = "maximum" };
      g_string_append_printf (out, french ? " (%s de %u mesures)" : " (%s of %u measurements)",
                              french ? fr[r->aggregation] : en[r->aggregation], r->n_measurements);
    }
}

static void
append_target (GString            *out,
               ClsEvaluation      *evaluation,
               ClsIndicatorResult *r,
               gboolean            french)
{
  const char *days = french ? NBSP "j" : " days";
  guint contract_days = 0;

  if (cls_contract_get_start_date (evaluation->contract) != NULL &&
      cls_contract_get_end_date (evaluation->contract) != NULL)
    contract_days = g_date_get_julian (cls_contract_get_end_date (evaluation->contract)) -
                    g_date_get_julian (cls_contract_get_start_date (evaluation->contract)) + 1;

  if (r->dimension != NULL)
    {
      /* then how the target of each value was derived, as for a whole
       * indicator */
      g_string_append_printf (out, french ? "%u/%u valeurs de «" NBSP "%s" NBSP "» atteignent "
                                          : "%u/%u values of “%s” reach ",
                              r->keys_met, r->keys_expected, r->dimension);
    }

  switch (r->target_source)
    {
    case CLS_TARGET_SOURCE_PERIOD:
      append_number (out, r->target, french);
      g_string_append (out, french ? " prévus" : " planned");
      break;
    case CLS_TARGET_SOURCE_RECURRING:
      append_number (out, r->final_target, french);
      g_string_append (out, french ? " par an" : " per year");
      if (r->contract_years > 0 && r->target != r->final_target)
        {
          g_string_append (out, " × ");
          append_number (out, r->contract_years, french);
          g_string_append (out, french ? " ans = " : " years = ");
          append_number (out, r->target, french);
        }
      if (r->recurring_years >= 0)
        g_string_append_printf (out, french ? ", atteint %d/%d années" : ", met in %d/%d years",
                                r->recurring_met, r->recurring_years);
      break;
    case CLS_TARGET_SOURCE_PRORATED:
      append_number (out, r->final_target, french);
      g_string_append_printf (out, " × %u/%u%s = ", r->window_days, contract_days, days);
      append_number (out, r->target, french);
      break;
    case CLS_TARGET_SOURCE_INTERPOLATED:
      append_number (out, r->baseline, french);
      g_string_append (out, " + (");
      append_number (out, r->final_target, french);
      g_string_append (out, " − ");
      append_number (out, r->baseline, french);
      g_string_append_printf (out, ") × %u/%u%s = ", r->window_days, contract_days, days);
      append_number (out, r->target, french);
      break;
    case CLS_TARGET_SOURCE_SCALE_TOP:
      g_string_append_printf (out, french ? "niveau «" NBSP "%s" NBSP "» = " : "level “%s” = ",
                              r->target_level != NULL ? r->target_level : "?");
      append_number (out, r->target, french);
      break;
    case CLS_TARGET_SOURCE_MILESTONE:
      g_string_append (out, french ? "à faire" : "to be done");
      break;
    case CLS_TARGET_SOURCE_FINAL:
    case CLS_TARGET_SOURCE_NONE:
    default:
      if (r->kind == CLS_INDICATOR_KIND_MILESTONE)
        g_string_append (out, french ? "à faire" : "to be done");
      else
        {
          if (r->dimension == NULL)
            g_string_append (out, french ? "cible " : "target ");
          if (r->target_level != NULL)
            g_string_append_printf (out, french ? "«" NBSP "%s" NBSP "» = " : "“%s” = ", r->target_level);
          append_number (out, r->target, french);
        }
      break;
    }
  if (r->kind == CLS_INDICATOR_KIND_MILESTONE && g_date_valid (&r->due_date))
    {
      g_string_append (out, french ? " avant le " : " by ");
      append_date (out, &r->due_date);
    }
  if (r->has_baseline && r->target_source != CLS_TARGET_SOURCE_INTERPOLATED &&
      r->aggregation != CLS_AGGREGATION_SUM && r->kind != CLS_INDICATOR_KIND_MILESTONE)
    {
      g_string_append (out, french ? " (base " : " (baseline ");
      append_number (out, r->baseline, french);
      g_string_append_c (out, ')');
    }
  if (r->target_amendment != NULL)
    g_string_append_printf (out, french ? " [avenant %s]" : " [amendment %s]", r->target_amendment);
}

static void
append_status (GString   *out,
               ClsStatus  status,
               gboolean   french)
{
  g_string_append_printf (out, " (%s)", cls_status_get_label (status, french ? "fr" : "en"));
}

static void
append_trend (GString            *out,
              ClsIndicatorResult *r,
              gboolean            french)
{
  if (r->trend == CLS_TREND_UNKNOWN || !r->has_previous)
    return;
  g_string_append_printf (out, french ? "\xc2\xa0; tendance" NBSP ": %s (" : "; trend: %s (",
                          cls_trend_get_label (r->trend, french ? "fr" : "en"));
  append_number (out, r->previous, french);
  g_string_append (out, " → ");
  append_number (out, r->latest, french);
  g_string_append_c (out, ')');
}

/* The statuses taken from the action's own state, for indicators and
 * nodes alike. FALSE for any other status. */
static gboolean
append_action_state (GString   *out,
                     ClsStatus  status,
                     gboolean   french)
{
  switch (status)
    {
    case CLS_STATUS_ABANDONED:
      g_string_append (out, french ? "action abandonnée, hors du score" : "action abandoned, left out of the score");
      return TRUE;
    case CLS_STATUS_POSTPONED:
      g_string_append (out, french ? "action reportée" : "action postponed");
      return TRUE;
    case CLS_STATUS_NOT_STARTED:
      g_string_append (out, french ? "action non démarrée" : "action not started");
      return TRUE;
    default:
      return FALSE;
    }
}

char *
_cls_explain_indicator (ClsEvaluation      *evaluation,
                        ClsIndicatorResult *r,
                        gboolean            french)
{
  GString *out = g_string_new (NULL);

  append_prefix (out, evaluation, r->code, r->title, r->id, french);

  switch (append_action_state (out, r->status, french) ? CLS_N_STATUSES : r->status)
    {
    case CLS_N_STATUSES:
      break;
    case CLS_STATUS_NOT_APPLICABLE:
      g_string_append (out, french ? "condition non remplie" : "condition not met");
      break;
    case CLS_STATUS_ASSESSED:
      g_string_append (out, french ? "évalué" NBSP ": " : "assessed: ");
      append_quoted (out, r->text != NULL ? r->text : "", french);
      break;
    case CLS_STATUS_PENDING:
      g_string_append (out, french ? "pas encore fait, échéance " : "not done yet, due ");
      append_date (out, &r->due_date);
      break;
    case CLS_STATUS_NO_DATA:
      if (r->has_numerator && r->has_denominator && r->denominator == 0)
        {
          if (r->factor != 1)
            {
              append_number (out, r->factor, french);
              g_string_append (out, " × ");
            }
          append_number (out, r->numerator, french);
          g_string_append (out, " / 0");
          g_string_append (out, french ? " : pas de valeur (dénominateur nul)" : ": no value (zero denominator)");
        }
      else if (r->n_measurements > 0 && r->kind != CLS_INDICATOR_KIND_NARRATIVE)
        g_string_append_printf (out, french ? "%u mesure(s) sans valeur utilisable (dénominateur nul ?)"
                                            : "%u measurement(s) without a usable value (zero denominator?)",
                                r->n_measurements);
      else
        g_string_append (out, french ? "aucune mesure sur la période" : "nothing measured in the window");
      if (r->has_target)
        {
          g_string_append (out, " (");
          append_target (out, evaluation, r, french);
          g_string_append_c (out, ')');
        }
      break;
    case CLS_STATUS_NO_TARGET:
      append_value (out, r, french);
      if (r->has_target)
        {
          /* a target the value cannot be compared with */
          g_string_append (out, " / ");
          append_target (out, evaluation, r, french);
          g_string_append (out, french ? ", cible contraire au sens de l’indicateur"
                                       : ", a target against the indicator’s direction");
        }
      else
        g_string_append (out, french ? ", sans cible" : ", no target");
      break;
    case CLS_STATUS_ACHIEVED:
    case CLS_STATUS_ON_TRACK:
    case CLS_STATUS_AT_RISK:
    case CLS_STATUS_OFF_TRACK:
    default:
      append_value (out, r, french);
      g_string_append (out, " / ");
      append_target (out, evaluation, r, french);
      g_string_append (out, " → ");
      append_percent (out, r->achievement, french);
      if (r->has_pace)
        {
          g_string_append (out, french ? ", attendu " : ", expected ");
          g_string_append (out, "");
          {
            g_autofree char *e = _cls_format_number (r->expected * 100, french);
            g_string_append_printf (out, french ? "%s" NBSP "%%" : "%s%%", e);
          }
          g_string_append (out, french ? " → rythme " : " → pace ");
          append_percent (out, r->pace, french);
        }
      break;
    }
  append_status (out, r->status, french);
  append_trend (out, r, french);
  return g_string_free (out, FALSE);
}

char *
_cls_explain_node (ClsEvaluation *evaluation,
                   ClsNodeResult *r,
                   gboolean       french)
{
  GString *out = g_string_new (NULL);

  append_prefix (out, evaluation, r->code, r->title, r->id, french);

  if (append_action_state (out, r->status, french))
    {
      /* the action's state says it all */
    }
  else if (!r->has_score)
    g_string_append_printf (out, french ? "aucun élément noté sur %u évaluables" : "nothing scored of %u scorable",
                            r->n_scorable);
  else
    {
      g_string_append (out, "score ");
      append_percent (out, r->score, french);
      g_string_append_printf (out, french ? " sur %u/%u éléments notés" : " over %u/%u scored items",
                              r->n_scored, r->n_scorable);
      if (r->has_coverage)
        {
          g_string_append (out, french ? " (couverture " : " (coverage ");
          append_percent (out, r->coverage, french);
          g_string_append_c (out, ')');
        }
      if (r->has_pace)
        {
          g_autofree char *e = _cls_format_number (evaluation->expected * 100, french);
          g_string_append_printf (out, french ? ", attendu %s" NBSP "%% → rythme " : ", expected %s%% → pace ", e);
          append_percent (out, r->pace, french);
        }
    }
  append_status (out, r->status, french);
  return g_string_free (out, FALSE);
}
