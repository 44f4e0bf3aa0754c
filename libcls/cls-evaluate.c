/* cls-evaluate.c: the evaluation engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * This file computes docs/evaluation.md (the method of
 * shared/design/evaluation-method.md) for one contract:
 *
 *  1. a snapshot (cls-evaluate-snapshot.c): under the contract's list lock, the plan tree, the
 *     targets of each indicator, the scales, figures, communes and
 *     amendments are copied into plain arrays, read through the peek
 *     functions (the lists' own arrays: never the GListStores applications
 *     get, which are not safe to read from several threads at once, and
 *     never creating a list that does not exist yet); everything read
 *     afterwards is plain fields of live objects, which evaluation never
 *     writes;
 *  2. each indicator (cls-evaluate-values.c, -targets.c, -indicator.c): its value over the window (section 1), its target
 *     (section 2), achievement, score, pace and status (sections 3 to 5),
 *     its trend and breakdown;
 *  3. each node, bottom-up: score, coverage and status (section 6);
 *  4. explanations (section 7, cls-explain.c).
 *
 * Every measurement of an indicator is visited a bounded number of times
 * (the window, the trend's two periods, the recurring years — each a scan
 * of one sorted array), so the cost is linear in the number of
 * measurements. Statuses are always decided on unrounded values: rounding
 * happens only in the explanations.
 */


#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluate-private.h"
#include "cls-i18n-private.h"

/* ------------------------------------------------------------------ */
/* Section 6: up the tree                                              */
/* ------------------------------------------------------------------ */

static void
add_gap (Ctx          *ctx,
         ClsGapReason  reason,
         const char   *object_id,
         const char   *node_id,
         const char   *code,
         const char   *title)
{
  ClsGap *gap = g_object_new (CLS_TYPE_GAP, NULL);

  gap->reason = reason;
  gap->object_id = g_strdup (object_id);
  gap->node_id = g_strdup (node_id);
  if (code != NULL && title != NULL)
    gap->label = g_strdup_printf ("%s / %s", code, title);
  else
    gap->label = g_strdup (code != NULL ? code : title != NULL ? title : object_id);
  g_ptr_array_add (ctx->evaluation->gaps, gap);
}

static void
indicator_gaps (Ctx                *ctx,
                PlanIndicator      *pi,
                ClsIndicatorResult *result)
{
  ClsIndicatorState state = cls_indicator_get_state (pi->indicator);

  if (result->status == CLS_STATUS_ABANDONED || result->status == CLS_STATUS_NOT_APPLICABLE)
    return;
  if (state == CLS_INDICATOR_STATE_PLACEHOLDER || state == CLS_INDICATOR_STATE_DRAFT)
    {
      add_gap (ctx, CLS_GAP_REASON_PLACEHOLDER, result->id, result->node_id, result->code, result->title);
      return;
    }
  if (result->status == CLS_STATUS_NO_DATA)
    add_gap (ctx, CLS_GAP_REASON_NO_DATA, result->id, result->node_id, result->code, result->title);
  /* a target that cannot be compared with the value is no target either */
  if ((!result->has_target || result->status == CLS_STATUS_NO_TARGET) &&
      pi->kind != CLS_INDICATOR_KIND_NARRATIVE)
    add_gap (ctx, CLS_GAP_REASON_NO_TARGET, result->id, result->node_id, result->code, result->title);
}

/* Section 6. A child node counts as scored in proportion to its own
 * coverage: with the method's formula taken child by child, every node
 * above the fiches would show a coverage of 100 % as soon as each child
 * has one score, hiding the indicators nobody measured. For indicators
 * (covered 1 or 0) this is exactly Σ w (scored) ÷ Σ w (scorable). */
typedef struct
{
  double score_weight;       /* Σ w of children with a score */
  double zero_weight;        /* Σ w counted as 0 (missing-data = zero) */
  double sum;                /* Σ w·p */
  double scorable_weight;    /* Σ w of children that could have a score */
  double covered_weight;     /* Σ w·coverage */
} Tally;

static void
tally (Ctx      *ctx,
       Tally    *t,
       double    weight,
       gboolean  scorable,
       gboolean  has_score,
       double    score,
       double    coverage)
{
  if (!scorable)
    return;
  t->scorable_weight += weight;
  t->covered_weight += weight * coverage;
  if (has_score)
    {
      t->score_weight += weight;
      t->sum += weight * CLAMP (score, 0.0, 1.0);
    }
  else if (ctx->s->missing_data == CLS_MISSING_DATA_POLICY_ZERO)
    t->zero_weight += weight;
}

static ClsNodeResult *
evaluate_node (Ctx      *ctx,
               PlanNode *pn)
{
  ClsNodeResult *result = g_object_new (CLS_TYPE_NODE_RESULT, NULL);
  /* like its indicators, a node takes the state of an abandoned,
   * postponed or not started ancestor */
  ClsNodeState state = _cls_eval_effective_state (pn);
  Tally t = { 0 };
  guint i;

  pn->result = result;
  if (pn->node != NULL)
    {
      result->node = g_object_ref (pn->node);
      result->id = g_strdup (cls_node_get_id (pn->node));
      result->code = g_strdup (cls_node_get_code (pn->node));
      result->title = g_strdup (cls_node_get_title (pn->node));
      result->weight = cls_node_get_weight (pn->node);
      g_ptr_array_add (ctx->evaluation->nodes, g_object_ref (result));
      if (result->id != NULL)
        g_hash_table_insert (ctx->evaluation->node_index, result->id, result);
    }
  else
    {
      result->id = g_strdup (cls_contract_get_id (ctx->contract));
      result->code = g_strdup (cls_contract_get_acronym (ctx->contract));
      result->title = g_strdup (cls_contract_get_title (ctx->contract));
      result->weight = 1;
    }
  result->depth = pn->depth;
  result->gaps = g_ptr_array_ref (ctx->evaluation->gaps);
  result->first_gap = ctx->evaluation->gaps->len;
  if (pn->node != NULL && cls_node_get_state (pn->node) == CLS_NODE_STATE_ABANDONED &&
      _cls_eval_effective_state (pn->parent) != CLS_NODE_STATE_ABANDONED)
    add_gap (ctx, CLS_GAP_REASON_ABANDONED, result->id, result->id, result->code, result->title);

  for (i = 0; i < pn->indicators->len; i++)
    {
      PlanIndicator *pi = g_ptr_array_index (pn->indicators, i);
      ClsIndicatorResult *ir = pi->result;

      g_ptr_array_add (result->indicators, g_object_ref (ir));
      result->counts[ir->status]++;
      result->n_indicators++;
      indicator_gaps (ctx, pi, ir);
      if (ir->status == CLS_STATUS_ABANDONED)
        continue;   /* left out of the score, listed as such */
      tally (ctx, &t, ir->weight, ir->scorable, ir->has_score, ir->score, ir->has_score ? 1 : 0);
      result->n_scorable += ir->scorable;
      result->n_scored += ir->scorable && ir->has_score;
    }

  for (i = 0; i < pn->children->len; i++)
    {
      ClsNodeResult *child = evaluate_node (ctx, g_ptr_array_index (pn->children, i));
      gboolean scorable = child->n_scorable > 0;
      guint s;

      g_ptr_array_add (result->children, child);
      for (s = 0; s < CLS_N_STATUSES; s++)
        result->counts[s] += child->counts[s];
      result->n_indicators += child->n_indicators;
      if (child->status == CLS_STATUS_ABANDONED)
        continue;
      tally (ctx, &t, child->weight, scorable, child->has_score, child->score,
             child->has_coverage ? child->coverage : 0);
      result->n_scorable += scorable;
      result->n_scored += scorable && child->has_score;
    }
  result->n_gaps = ctx->evaluation->gaps->len - result->first_gap;

  if (t.score_weight > 0)
    {
      result->has_score = TRUE;
      result->score = t.sum / (t.score_weight + t.zero_weight);
    }
  if (t.scorable_weight > 0)
    {
      result->has_coverage = TRUE;
      result->coverage = CLAMP (t.covered_weight / t.scorable_weight, 0.0, 1.0);
    }

  if (state == CLS_NODE_STATE_ABANDONED)
    result->status = CLS_STATUS_ABANDONED;
  else if (state == CLS_NODE_STATE_POSTPONED)
    result->status = CLS_STATUS_POSTPONED;
  else if (state == CLS_NODE_STATE_NOT_STARTED)
    result->status = CLS_STATUS_NOT_STARTED;
  else if (!result->has_score)
    result->status = CLS_STATUS_NO_DATA;
  else
    {
      double measure = result->score;

      if (!is_period (ctx) && ctx->evaluation->expected > 0)
        {
          result->has_pace = TRUE;
          result->pace = result->score / ctx->evaluation->expected;
          measure = result->pace;
        }
      result->status = _cls_eval_status_of (ctx, result->score, measure);
    }
  return result;
}

/* ------------------------------------------------------------------ */
/* Entry point                                                         */
/* ------------------------------------------------------------------ */

static double
years_of (guint32 start,
          guint32 end)
{
  GDate date;
  double years = 0;
  int year, first, last;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  first = g_date_get_year (&date);
  g_date_set_julian (&date, end);
  last = g_date_get_year (&date);
  for (year = first; year <= last; year++)
    {
      guint32 ys, ye;

      g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
      ys = g_date_get_julian (&date);
      ye = ys + (g_date_is_leap_year (year) ? 366 : 365) - 1;
      years += (double) _cls_eval_overlap_days (ys, ye, start, end) / (ye - ys + 1);
    }
  return years;
}

static void
explain_all (Ctx *ctx)
{
  guint i;

  for (i = 0; i < ctx->evaluation->indicators->len; i++)
    {
      ClsIndicatorResult *ir = g_ptr_array_index (ctx->evaluation->indicators, i);
      ir->explanation[0] = _cls_explain_indicator (ctx->evaluation, ir, FALSE);
      ir->explanation[1] = _cls_explain_indicator (ctx->evaluation, ir, TRUE);
    }
  for (i = 0; i < ctx->nodes->len; i++)
    {
      PlanNode *pn = g_ptr_array_index (ctx->nodes, i);
      pn->result->explanation[0] = _cls_explain_node (ctx->evaluation, pn->result, FALSE);
      pn->result->explanation[1] = _cls_explain_node (ctx->evaluation, pn->result, TRUE);
    }
}

ClsEvaluation *
_cls_evaluate (ClsContract                 *contract,
               const ClsEvaluationSettings *settings,
               GCancellable                *cancellable,
               GError                     **error)
{
  g_autoptr(ClsEvaluation) evaluation = g_object_new (CLS_TYPE_EVALUATION, NULL);
  Ctx ctx = { 0 };
  gboolean ok = TRUE;
  guint i;

  ctx.contract = contract;
  ctx.s = settings;
  ctx.evaluation = evaluation;
  ctx.cs = g_date_get_julian (cls_contract_get_start_date (contract));
  ctx.ce = g_date_get_julian (cls_contract_get_end_date (contract));
  if (ctx.ce < ctx.cs)
    {
      g_set_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES,
                   _("contract “%s” ends before it starts"), cls_contract_get_id (contract));
      return NULL;
    }
  ctx.contract_days = ctx.ce - ctx.cs + 1;
  ctx.contract_years = years_of (ctx.cs, ctx.ce);

  evaluation->contract = g_object_ref (contract);
  evaluation->settings = *settings;
  evaluation->window = cls_period_new_julian_range (settings->window_start, settings->window_end);
  if (settings->kind == CLS_EVALUATION_KIND_PERIOD)
    {
      g_autoptr(ClsPeriod) window = NULL;
      GString *text = g_string_new (NULL);

      /* keep the period's own kind (2026, not 2026-01-01/2026-12-31) */
      _cls_period_append_julian (text, settings->window_start, settings->window_end, settings->window_kind);
      window = cls_period_parse (text->str, NULL);
      g_string_free (text, TRUE);
      if (window != NULL)
        {
          cls_period_free (evaluation->window);
          evaluation->window = g_steal_pointer (&window);
        }
    }
  else
    {
      /* e = days(start → D) ÷ days(contract), clamped to [0, 1] */
      double days = settings->date >= ctx.cs ? (double) (settings->date - ctx.cs + 1) : 0;

      evaluation->has_expected = TRUE;
      evaluation->expected = settings->kind == CLS_EVALUATION_KIND_FINAL
                             ? 1 : CLAMP (days / ctx.contract_days, 0.0, 1.0);
    }

  ctx.nodes = g_ptr_array_new_with_free_func (_cls_eval_plan_node_free);
  ctx.indicators = g_ptr_array_new_with_free_func (_cls_eval_plan_indicator_free);
  ctx.objects = g_ptr_array_new_with_free_func (g_object_unref);
  ctx.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.figures = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.scales = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _cls_eval_scale_snap_free);
  ctx.amendments = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.amendment_days = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.communes = g_ptr_array_new ();

  _cls_eval_snapshot (&ctx);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;

  if (ok && settings->progress != NULL)
    settings->progress (0, settings->progress_data);
  for (i = 0; i < ctx.indicators->len && ok; i++)
    {
      PlanIndicator *pi = g_ptr_array_index (ctx.indicators, i);

      if (i % 256 == 255 && g_cancellable_set_error_if_cancelled (cancellable, error))
        ok = FALSE;
      else
        {
          /* indicators are most of the work: report about every 1 % */
          if (settings->progress != NULL && ctx.indicators->len >= 100 &&
              i % (ctx.indicators->len / 100) == 0 && i > 0)
            settings->progress (0.99 * i / ctx.indicators->len, settings->progress_data);
          pi->result = _cls_eval_evaluate_indicator (&ctx, pi);
          g_ptr_array_add (evaluation->indicators, pi->result);
          if (pi->result->id != NULL)
            g_hash_table_insert (evaluation->indicator_index, pi->result->id, pi->result);
        }
    }
  if (ok)
    {
      evaluation->root = evaluate_node (&ctx, ctx.root);
      explain_all (&ctx);
      if (settings->progress != NULL)
        settings->progress (1, settings->progress_data);
    }

  g_ptr_array_unref (ctx.communes);
  g_hash_table_unref (ctx.amendments);
  g_hash_table_unref (ctx.amendment_days);
  g_hash_table_unref (ctx.scales);
  g_hash_table_unref (ctx.figures);
  g_array_unref (ctx.figure_values);
  g_hash_table_unref (ctx.by_id);
  g_ptr_array_unref (ctx.indicators);
  g_ptr_array_unref (ctx.nodes);
  g_ptr_array_unref (ctx.objects);

  return ok ? g_steal_pointer (&evaluation) : NULL;
}
