/* cls-evaluate-targets.c: the target of a window (section 2 of the method)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Period targets, recurring targets, final targets prorated or
 * interpolated, defaults (a milestone's "done", an ordinal's top level),
 * as signed or as amended (from each avenant's date on).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluate-private.h"

/* ------------------------------------------------------------------ */
/* Section 2: targets                                                  */
/* ------------------------------------------------------------------ */

static ClsTarget *
pick_target (Ctx           *ctx,
             PlanIndicator *pi,
             Slot           slot,
             guint32        start,
             guint32        end,
             const char    *dimension)
{
  ClsTarget *best = NULL;
  guint best_rank = 0;
  guint i;

  for (i = 0; i < pi->targets->len; i++)
    {
      ClsTarget *target = g_ptr_array_index (pi->targets, i);
      const ClsPeriod *period = cls_target_get_period (target);
      gboolean recurring = cls_target_get_recurring (target) == CLS_RECURRENCE_ANNUAL;
      const char *amendment = cls_target_get_amendment (target);
      guint rank = 0;

      if (g_strcmp0 (dimension, cls_target_get_dimension (target)) != 0)
        continue;
      switch (slot)
        {
        case SLOT_FINAL:
          if (period != NULL || recurring)
            continue;
          break;
        case SLOT_PERIOD:
          if (period == NULL || recurring || cls_period_get_start_julian (period) != start ||
              cls_period_get_end_julian (period) != end)
            continue;
          break;
        case SLOT_RECURRING:
        default:
          if (!recurring)
            continue;
          break;
        }
      if (amendment != NULL)
        {
          guint signed_on = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->amendment_days, amendment));

          if (ctx->s->target_version == CLS_TARGET_VERSION_INITIAL)
            continue;
          /* an amended target applies from its avenant on: not to windows
           * that ended before the avenant was signed */
          if (signed_on != 0 && signed_on > ctx->s->window_end)
            continue;
          /* An amendment the contract does not list still replaces the
           * signed target; the listed ones apply in their order. */
          rank = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->amendments, amendment));
          rank = rank == 0 ? 1 : rank + 1;
        }
      if (best == NULL || rank > best_rank)
        {
          best = target;
          best_rank = rank;
        }
    }
  return best;
}

static gboolean
target_number (PlanIndicator *pi,
               ClsTarget     *target,
               double        *value)
{
  if (cls_target_has_value (target))
    {
      *value = cls_target_get_value (target);
      return TRUE;
    }
  /* a level can only be compared with a level: not with the percentage of
   * respondents at or above one */
  if (cls_target_get_level (target) != NULL)
    return !pi->has_threshold && _cls_eval_scale_value (pi->scale, cls_target_get_level (target), value);
  if (pi->kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      *value = 1;
      return TRUE;
    }
  return FALSE;
}

guint
_cls_eval_overlap_days (guint32 a_start,
              guint32 a_end,
              guint32 b_start,
              guint32 b_end)
{
  guint32 start = MAX (a_start, b_start), end = MIN (a_end, b_end);

  return end >= start ? end - start + 1 : 0;
}

/* “When P is a year” (§2): 2026, or 2026-01-01/2026-12-31 written out. */
static gboolean
window_is_year (Ctx *ctx)
{
  GDate first, last;

  if (ctx->s->window_kind == CLS_PERIOD_KIND_YEAR)
    return TRUE;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, ctx->s->window_start);
  g_date_set_julian (&last, ctx->s->window_end);
  return g_date_get_day_of_year (&first) == 1 && g_date_get_month (&last) == G_DATE_DECEMBER &&
         g_date_get_day (&last) == 31 && g_date_get_year (&first) == g_date_get_year (&last);
}

/* The final target T: the one written, or for an ordinal indicator
 * without one, the top level of its scale. */
static gboolean
final_target (Ctx           *ctx,
              PlanIndicator *pi,
              const char    *dimension,
              TargetInfo    *ti)
{
  ClsTarget *target = pick_target (ctx, pi, SLOT_FINAL, 0, 0, dimension);
  double value;

  if (target != NULL && target_number (pi, target, &value))
    {
      *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_FINAL, target, value, 0, 0, FALSE };
      return TRUE;
    }
  if (dimension == NULL && pi->kind == CLS_INDICATOR_KIND_ORDINAL && !pi->has_threshold &&
      pi->scale != NULL && pi->scale->levels->len > 0)
    {
      *ti = (TargetInfo) { TRUE, pi->scale->top, CLS_TARGET_SOURCE_SCALE_TOP, NULL, pi->scale->top, 0, 0, TRUE };
      return TRUE;
    }
  return FALSE;
}

/* The target of the window (section 2), for the whole indicator
 * (@dimension NULL) or per value of a dimension. */
void
_cls_eval_window_target (Ctx           *ctx,
               PlanIndicator *pi,
               const char    *dimension,
               gboolean       has_baseline,
               double         baseline,
               TargetInfo    *ti)
{
  guint32 ws = ctx->s->window_start, we = ctx->s->window_end;
  ClsTarget *target;
  double value;

  memset (ti, 0, sizeof *ti);
  if (dimension == NULL && pi->kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      /* done by its due date, whatever the window */
      if (!final_target (ctx, pi, NULL, ti))
        *ti = (TargetInfo) { TRUE, 1, CLS_TARGET_SOURCE_MILESTONE, NULL, 1, 0, 0, FALSE };
      if (is_period (ctx) && (target = pick_target (ctx, pi, SLOT_PERIOD, ws, we, NULL)) != NULL &&
          target_number (pi, target, &value))
        *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_PERIOD, target, value, 0, 0, FALSE };
      return;
    }

  if (is_period (ctx))
    {
      target = pick_target (ctx, pi, SLOT_PERIOD, ws, we, dimension);
      if (target != NULL && target_number (pi, target, &value))
        {
          *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_PERIOD, target, value, 0, 0, FALSE };
          return;
        }
      target = window_is_year (ctx) ? pick_target (ctx, pi, SLOT_RECURRING, 0, 0, dimension) : NULL;
      if (target != NULL && target_number (pi, target, &value))
        {
          *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_RECURRING, target, value, 0, 1, FALSE };
          return;
        }
      /* a period outside the contract has no share of its final target */
      if (_cls_eval_overlap_days (ws, we, ctx->cs, ctx->ce) == 0 || !final_target (ctx, pi, dimension, ti))
        {
          memset (ti, 0, sizeof *ti);
          return;
        }
      value = ti->value;
      if (pi->aggregation == CLS_AGGREGATION_SUM)
        {
          /* a flow is spread evenly over the contract: T × f(P) */
          ti->days = _cls_eval_overlap_days (ws, we, ctx->cs, ctx->ce);
          ti->value = value * ti->days / ctx->contract_days;
          ti->source = CLS_TARGET_SOURCE_PRORATED;
        }
      else if (has_baseline)
        {
          /* b + (T − b) × g(P), g = days from the start to the end of P */
          ti->days = we < ctx->cs ? 0 : MIN (we - ctx->cs + 1, ctx->contract_days);
          ti->value = baseline + (value - baseline) * ti->days / ctx->contract_days;
          ti->source = CLS_TARGET_SOURCE_INTERPOLATED;
        }
      return;
    }

  target = pick_target (ctx, pi, SLOT_FINAL, 0, 0, dimension);
  if (target != NULL && target_number (pi, target, &value))
    {
      *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_FINAL, target, value, 0, 0, FALSE };
      return;
    }
  target = pick_target (ctx, pi, SLOT_RECURRING, 0, 0, dimension);
  if (target != NULL && target_number (pi, target, &value))
    {
      /* The recurring target stands for a final one: R for each year of
       * the contract when it is a flow, R itself otherwise; the pace then
       * applies as to any final target. */
      *ti = (TargetInfo) { TRUE, value, CLS_TARGET_SOURCE_RECURRING, target, value, 0, 1, FALSE };
      if (pi->aggregation == CLS_AGGREGATION_SUM)
        {
          ti->years = ctx->contract_years;
          ti->value = value * ctx->contract_years;
        }
      return;
    }
  final_target (ctx, pi, dimension, ti);
}

gboolean
_cls_eval_has_dimension_targets (PlanIndicator *pi,
                       const char   **dimension)
{
  guint i;

  for (i = 0; i < pi->targets->len; i++)
    {
      ClsTarget *target = g_ptr_array_index (pi->targets, i);
      if (cls_target_get_dimension (target) != NULL)
        {
          *dimension = cls_target_get_dimension (target);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
_cls_eval_baseline_number (PlanIndicator *pi,
                 double        *value)
{
  ClsBaseline *baseline = cls_indicator_get_baseline (pi->indicator);

  if (baseline != NULL)
    {
      if (cls_baseline_has_value (baseline))
        {
          *value = cls_baseline_get_value (baseline);
          return TRUE;
        }
      if (cls_baseline_has_numerator (baseline) && cls_baseline_has_denominator (baseline) &&
          cls_baseline_get_denominator (baseline) != 0)
        {
          *value = pi->factor * cls_baseline_get_numerator (baseline) / cls_baseline_get_denominator (baseline);
          return TRUE;
        }
      if (!pi->has_threshold && _cls_eval_scale_value (pi->scale, cls_baseline_get_level (baseline), value))
        return TRUE;
    }
  /* an ordinal's baseline defaults to the bottom of its scale */
  if (pi->kind == CLS_INDICATOR_KIND_ORDINAL && !pi->has_threshold &&
      pi->scale != NULL && pi->scale->levels->len > 0)
    {
      *value = pi->scale->bottom;
      return TRUE;
    }
  return FALSE;
}
