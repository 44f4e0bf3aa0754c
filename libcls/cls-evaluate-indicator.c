/* cls-evaluate-indicator.c: one indicator: achievement, status, trend, breakdown
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Sections 3 to 5 of the method. Statuses are always decided on unrounded
 * values: rounding happens only in the explanations (cls-explain.c).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluate-private.h"

/* ------------------------------------------------------------------ */
/* Section 3: achievement                                              */
/* ------------------------------------------------------------------ */

static Want
want_of (PlanIndicator *pi,
         ClsTarget     *target)
{
  switch (target != NULL ? cls_target_get_comparator (target) : CLS_COMPARATOR_DEFAULT)
    {
    case CLS_COMPARATOR_AT_LEAST:
      return WANT_INCREASE;
    case CLS_COMPARATOR_AT_MOST:
      return WANT_DECREASE;
    case CLS_COMPARATOR_EXACTLY:
      return WANT_EXACTLY;
    case CLS_COMPARATOR_DEFAULT:
    default:
      return pi->direction == CLS_DIRECTION_DECREASE ? WANT_DECREASE : WANT_INCREASE;
    }
}

static gboolean
equal (double a,
       double b)
{
  return fabs (a - b) <= 1e-9 * MAX (1.0, MAX (fabs (a), fabs (b)));
}

static gboolean
meets (Want   want,
       double value,
       double target)
{
  switch (want)
    {
    case WANT_DECREASE:
      return value <= target || equal (value, target);
    case WANT_EXACTLY:
      return equal (value, target);
    case WANT_INCREASE:
    default:
      return value >= target || equal (value, target);
    }
}

/* The raw achievement r. FALSE when it cannot be computed (a target on the
 * wrong side of the baseline, a negative target): never a silent 0. */
static gboolean
achievement (Want    want,
             double  v,
             double  t,
             gboolean use_baseline,
             double  b,
             double *r)
{
  switch (want)
    {
    case WANT_EXACTLY:
      if (equal (v, t))
        *r = 1;
      else if (v < t)
        *r = t > 0 ? v / t : 0;
      else
        *r = v > 0 ? t / v : 0;
      return TRUE;

    case WANT_DECREASE:
      if (use_baseline && !equal (t, b))
        {
          if (t > b)
            return FALSE;
          *r = (b - v) / (b - t);
          return TRUE;
        }
      /* no baseline, or a target to keep the baseline: met at or below it */
      if (v <= t || equal (v, t))
        *r = 1;
      else
        *r = v > 0 ? t / v : 0;
      return TRUE;

    case WANT_INCREASE:
    default:
      if (use_baseline && !equal (t, b))
        {
          if (t < b)
            return FALSE;
          *r = (v - b) / (t - b);
          return TRUE;
        }
      if (t < 0)
        return FALSE;
      /* A target of 0 (or one equal to the baseline) is met by any value
       * that reaches it; below it, the plain ratio applies. */
      if (v >= t || equal (v, t))
        *r = t > 0 ? MAX (v / t, 1.0) : 1;
      else
        *r = t > 0 ? v / t : 0;
      return TRUE;
    }
}

ClsStatus
_cls_eval_status_of (Ctx    *ctx,
           double  r,
           double  measure)
{
  if (r >= 1)
    return CLS_STATUS_ACHIEVED;
  if (measure >= ctx->s->on_track)
    return CLS_STATUS_ON_TRACK;
  if (measure >= ctx->s->at_risk)
    return CLS_STATUS_AT_RISK;
  return CLS_STATUS_OFF_TRACK;
}

/* ------------------------------------------------------------------ */
/* Trend                                                               */
/* ------------------------------------------------------------------ */

/* The period just before [start, end] of the same kind: the previous
 * year, semester, quarter or month, or the same number of days before. */
static gboolean
previous_period (guint32        start,
                 guint32        end,
                 ClsPeriodKind  kind,
                 guint32       *prev_start,
                 guint32       *prev_end)
{
  GDate date;
  guint months;

  switch (kind)
    {
    case CLS_PERIOD_KIND_YEAR:
      months = 12;
      break;
    case CLS_PERIOD_KIND_SEMESTER:
      months = 6;
      break;
    case CLS_PERIOD_KIND_QUARTER:
      months = 3;
      break;
    case CLS_PERIOD_KIND_MONTH:
      months = 1;
      break;
    case CLS_PERIOD_KIND_DAY:
    case CLS_PERIOD_KIND_RANGE:
    default:
      if (start <= end - start + 1)
        return FALSE;
      *prev_end = start - 1;
      *prev_start = start - (end - start + 1);
      return TRUE;
    }
  if (start <= 366)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  g_date_subtract_months (&date, months);
  *prev_start = g_date_get_julian (&date);
  *prev_end = start - 1;
  return TRUE;
}

static ClsTrend
trend (Ctx                *ctx,
       PlanIndicator      *pi,
       const Agg          *main,
       gboolean            has_baseline,
       double              baseline,
       ClsIndicatorResult *result)
{
  guint32 start, end, prev_start, prev_end;
  ClsPeriodKind kind;
  Agg current, previous;
  double change;

  if (pi->kind == CLS_INDICATOR_KIND_MILESTONE || pi->kind == CLS_INDICATOR_KIND_NARRATIVE)
    return CLS_TREND_UNKNOWN;

  /* A period evaluation compares the period with the one before; to date,
   * the latest measured period with the one before it. */
  if (is_period (ctx))
    {
      start = ctx->s->window_start;
      end = ctx->s->window_end;
      kind = ctx->s->window_kind;
      current = *main;
    }
  else
    {
      if (!main->has_last)
        return CLS_TREND_UNKNOWN;
      start = main->last_start;
      end = main->last_end;
      kind = main->last_kind;
      _cls_eval_aggregate (ctx, pi, start, end, 0, &current);
    }
  if (!current.has_value)
    return CLS_TREND_UNKNOWN;

  memset (&previous, 0, sizeof previous);
  if (previous_period (start, end, kind, &prev_start, &prev_end))
    _cls_eval_aggregate (ctx, pi, prev_start, prev_end, 0, &previous);
  if (!previous.has_value)
    {
      if (!has_baseline)
        return CLS_TREND_UNKNOWN;
      previous.value = baseline;
    }
  result->has_previous = TRUE;
  result->previous = previous.value;
  result->latest = current.value;

  if (previous.value == 0)
    change = current.value == 0 ? 0 : (current.value > 0 ? G_MAXDOUBLE : -G_MAXDOUBLE);
  else
    change = (current.value - previous.value) / fabs (previous.value);
  if (fabs (change) <= ctx->s->trend_tolerance)
    return CLS_TREND_STABLE;
  if ((change > 0) == (pi->direction == CLS_DIRECTION_INCREASE))
    return CLS_TREND_IMPROVING;
  return CLS_TREND_WORSENING;
}

/* ------------------------------------------------------------------ */
/* Breakdowns and per-dimension targets                                */
/* ------------------------------------------------------------------ */

static ClsDimensionValue *
dimension_value (GPtrArray  *breakdown,
                 GHashTable *index,
                 const char *dimension,
                 const char *key)
{
  g_autofree char *joined = g_strconcat (dimension, "\x1f", key, NULL);
  ClsDimensionValue *item = g_hash_table_lookup (index, joined);

  if (item == NULL)
    {
      item = g_object_new (CLS_TYPE_DIMENSION_VALUE, NULL);
      item->dimension = g_strdup (dimension);
      item->key = g_strdup (key);
      g_ptr_array_add (breakdown, item);
      g_hash_table_insert (index, g_steal_pointer (&joined), item);
    }
  return item;
}

static void
breakdown (Ctx                *ctx,
           PlanIndicator      *pi,
           ClsIndicatorResult *result,
           const char         *target_dimension,
           gboolean            period_is_flow)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint32 ws = ctx->s->window_start, we = ctx->s->window_end;
  const ClsRecordSet *ms = pi->measurements;
  const ClsRecord *m;
  guint i, j;

  for (i = _cls_eval_first_from (ms, ws); i < ms->n && (m = _cls_record_set_at (ms, i))->start <= we; i++)
    {
      const ClsRecordExtra *extra;

      if (!_cls_eval_inside (m, _cls_record_end (ms, m), ws, we) || (extra = _cls_record_extra (pi->measurements, m)) == NULL)
        continue;
      for (j = 0; j < extra->n_breakdowns; j++)
        {
          const ClsRecordBreakdown *b = &_cls_record_extra_breakdowns (extra)[j];
          ClsDimensionValue *item = dimension_value (result->breakdown, index,
                                                     _cls_record_set_string (ms, b->dimension),
                                                     _cls_record_set_string (ms, b->key));

          /* a flow adds up over the window; anything else keeps the latest
           * value (measurements are in period order) */
          if (period_is_flow && item->has_value)
            item->value += b->value;
          else
            item->value = b->value;
          item->has_value = TRUE;
        }
    }

  if (target_dimension == NULL)
    return;

  /* every expected value is listed, measured or not */
  {
    ClsTarget *target = NULL;
    const char * const *keys;
    TargetInfo ti;
    Want want;

    _cls_eval_window_target (ctx, pi, target_dimension, FALSE, 0, &ti);
    if (!ti.has)
      return;
    target = ti.target;
    want = want_of (pi, target);
    result->has_target = TRUE;
    result->target = ti.value;
    result->target_source = ti.source;
    result->final_target = ti.total;
    result->window_days = ti.days;
    result->contract_years = ti.years;
    result->target_amendment = g_strdup (target != NULL ? cls_target_get_amendment (target) : NULL);
    result->dimension = g_strdup (target_dimension);

    keys = target != NULL ? cls_target_get_keys (target) : NULL;
    if (keys != NULL && keys[0] != NULL)
      for (i = 0; keys[i] != NULL; i++)
        dimension_value (result->breakdown, index, target_dimension, keys[i]);
    else if (g_str_equal (target_dimension, "commune"))
      for (i = 0; i < ctx->communes->len; i++)
        dimension_value (result->breakdown, index, target_dimension, g_ptr_array_index (ctx->communes, i));

    for (i = 0; i < result->breakdown->len; i++)
      {
        ClsDimensionValue *item = g_ptr_array_index (result->breakdown, i);
        gboolean expected;

        if (!g_str_equal (item->dimension, target_dimension))
          continue;
        expected = keys == NULL || keys[0] == NULL || g_strv_contains (keys, item->key);
        if (!expected)
          continue;
        item->has_target = TRUE;
        item->target = ti.value;
        item->met = item->has_value && meets (want, item->value, ti.value);
        result->keys_expected++;
        if (item->met)
          result->keys_met++;
      }
    if (result->keys_expected == 0)
      {
        /* nothing expected, nothing to compare with: no target */
        result->has_target = FALSE;
        result->target = 0;
        result->target_source = CLS_TARGET_SOURCE_NONE;
        g_clear_pointer (&result->target_amendment, g_free);
        g_clear_pointer (&result->dimension, g_free);
      }
  }
}

/* ------------------------------------------------------------------ */
/* Sections 3–5 for one indicator                                      */
/* ------------------------------------------------------------------ */

ClsNodeState
_cls_eval_effective_state (PlanNode *pn)
{
  for (; pn != NULL && pn->node != NULL; pn = pn->parent)
    {
      ClsNodeState state = cls_node_get_state (pn->node);
      if (state == CLS_NODE_STATE_ABANDONED || state == CLS_NODE_STATE_POSTPONED ||
          state == CLS_NODE_STATE_NOT_STARTED)
        return state;
    }
  return CLS_NODE_STATE_PLANNED;
}

static guint32
milestone_due (Ctx           *ctx,
               PlanIndicator *pi,
               ClsTarget     *target)
{
  const GDate *due = target != NULL ? cls_target_get_due (target) : NULL;

  if (due == NULL || !g_date_valid (due))
    due = cls_indicator_get_due (pi->indicator);
  if (due != NULL && g_date_valid (due))
    return g_date_get_julian (due);
  return ctx->ce;
}

/* Recurring annual targets evaluated to date or at the end: in how many
 * contract years, over by the end of the window, the target was met. A year
 * is judged on the measurements of its calendar year. */
static void
count_recurring_years (Ctx                *ctx,
                       PlanIndicator      *pi,
                       ClsIndicatorResult *result,
                       double              per_year,
                       Want                want)
{
  GDate date;
  int year, first, last;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, ctx->cs);
  first = g_date_get_year (&date);
  g_date_set_julian (&date, ctx->ce);
  last = g_date_get_year (&date);
  result->recurring_met = 0;
  result->recurring_years = 0;
  for (year = first; year <= last; year++)
    {
      guint32 year_start, year_end;
      Agg agg;

      g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
      year_start = g_date_get_julian (&date);
      year_end = year_start + (g_date_is_leap_year (year) ? 366 : 365) - 1;
      if (MIN (year_end, ctx->ce) > ctx->s->window_end)
        break;   /* this contract year is not over yet */
      result->recurring_years++;
      _cls_eval_aggregate (ctx, pi, year_start, year_end, 0, &agg);
      if (agg.has_value && meets (want, agg.value, per_year))
        result->recurring_met++;
    }
}

ClsIndicatorResult *
_cls_eval_evaluate_indicator (Ctx           *ctx,
                    PlanIndicator *pi)
{
  ClsIndicatorResult *result = g_object_new (CLS_TYPE_INDICATOR_RESULT, NULL);
  ClsIndicator *indicator = pi->indicator;
  ClsNodeState state = _cls_eval_effective_state (pi->node);
  const char *dimension = NULL;
  gboolean has_baseline, use_dimension = FALSE;
  double baseline = 0;
  TargetInfo ti;
  Want want;
  Agg agg;

  result->indicator = g_object_ref (indicator);
  result->id = g_strdup (cls_indicator_get_id (indicator));
  if (pi->node->node != NULL)
    {
      result->node_id = g_strdup (cls_node_get_id (pi->node->node));
      result->code = g_strdup (cls_node_get_code (pi->node->node));
    }
  result->title = g_strdup (cls_indicator_get_title (indicator));
  result->unit = g_strdup (cls_indicator_get_unit (indicator));
  result->kind = pi->kind;
  result->direction = pi->direction;
  result->weight = cls_indicator_get_weight (indicator);
  result->factor = pi->kind == CLS_INDICATOR_KIND_FORMULA ? 1 : pi->factor;

  _cls_eval_aggregate (ctx, pi, ctx->s->window_start, ctx->s->window_end, 0, &agg);
  result->aggregation = agg.used != CLS_AGGREGATION_DEFAULT ? agg.used : pi->aggregation;
  result->n_measurements = agg.n;
  result->has_value = agg.has_value;
  result->value = agg.value;
  result->has_numerator = result->has_denominator = agg.has_ratio;
  result->numerator = agg.num;
  result->denominator = agg.den;
  if (pi->kind == CLS_INDICATOR_KIND_FORMULA && agg.has_ratio)
    result->factor = agg.factor;
  result->level = g_strdup (agg.level);
  result->text = g_strdup (agg.text);
  if (agg.done)
    g_date_set_julian (&result->done_date, agg.done_date);

  has_baseline = pi->kind != CLS_INDICATOR_KIND_NARRATIVE && _cls_eval_baseline_number (pi, &baseline);
  result->has_baseline = has_baseline;
  result->baseline = baseline;

  if (pi->kind != CLS_INDICATOR_KIND_NARRATIVE)
    _cls_eval_window_target (ctx, pi, NULL, has_baseline, baseline, &ti);
  else
    memset (&ti, 0, sizeof ti);
  want = want_of (pi, ti.target);
  if (ti.has)
    {
      result->has_target = TRUE;
      result->target = ti.value;
      result->target_source = ti.source;
      result->final_target = ti.total;
      result->window_days = ti.days;
      result->contract_years = ti.years;
      result->target_amendment = g_strdup (ti.target != NULL ? cls_target_get_amendment (ti.target) : NULL);
      if (ti.scale_top)
        result->target_level = g_strdup (pi->scale->top_key);
      else if (ti.target != NULL)
        result->target_level = g_strdup (cls_target_get_level (ti.target));
    }
  else if (_cls_eval_has_dimension_targets (pi, &dimension))
    use_dimension = TRUE;

  /* the breakdown may also set the per-dimension target */
  breakdown (ctx, pi, result, use_dimension ? dimension : NULL,
             pi->aggregation == CLS_AGGREGATION_SUM);
  if (use_dimension && !result->has_target)
    use_dimension = FALSE;

  if (pi->kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      g_date_set_julian (&result->due_date, milestone_due (ctx, pi, ti.target));
    }

  if (result->has_target && ti.source == CLS_TARGET_SOURCE_RECURRING && !is_period (ctx))
    count_recurring_years (ctx, pi, result, ti.total, want);

  /* Section 5: the status. The action's own state comes first. */
  if (state == CLS_NODE_STATE_ABANDONED)
    result->status = CLS_STATUS_ABANDONED;
  else if (cls_indicator_get_condition_met (indicator) == CLS_CONDITION_STATE_NO)
    result->status = CLS_STATUS_NOT_APPLICABLE;
  else if (pi->kind == CLS_INDICATOR_KIND_NARRATIVE)
    result->status = agg.text != NULL ? CLS_STATUS_ASSESSED : CLS_STATUS_NO_DATA;
  else if (state == CLS_NODE_STATE_POSTPONED)
    result->status = CLS_STATUS_POSTPONED, result->scorable = result->has_target;
  else if (state == CLS_NODE_STATE_NOT_STARTED)
    result->status = CLS_STATUS_NOT_STARTED, result->scorable = result->has_target;
  else if (pi->kind == CLS_INDICATOR_KIND_MILESTONE && !agg.done &&
           g_date_get_julian (&result->due_date) > ctx->s->window_end)
    result->status = CLS_STATUS_PENDING;
  else if (!agg.has_value)
    result->status = CLS_STATUS_NO_DATA, result->scorable = result->has_target;
  else if (!result->has_target)
    result->status = CLS_STATUS_NO_TARGET;
  else
    {
      double r;
      gboolean ok;

      if (use_dimension)
        {
          ok = result->keys_expected > 0;
          r = ok ? (double) result->keys_met / result->keys_expected : 0;
        }
      else if (pi->kind == CLS_INDICATOR_KIND_MILESTONE)
        {
          ok = TRUE;
          r = agg.done ? 1 : 0;
        }
      else
        /* a flow is counted from zero: the baseline only feeds the trend */
        ok = achievement (want, agg.value, ti.value,
                          has_baseline && pi->aggregation != CLS_AGGREGATION_SUM, baseline, &r);

      if (!ok || !isfinite (r))
        result->status = CLS_STATUS_NO_TARGET;
      else
        {
          double measure = r;

          result->has_achievement = TRUE;
          result->achievement = r;
          result->has_score = TRUE;
          result->score = CLAMP (r, 0.0, 1.0);
          result->scorable = TRUE;
          if (!is_period (ctx) && pi->kind != CLS_INDICATOR_KIND_MILESTONE)
            {
              result->has_expected = TRUE;
              result->expected = ctx->evaluation->expected;
              if (ctx->evaluation->expected > 0)
                {
                  result->has_pace = TRUE;
                  result->pace = r / ctx->evaluation->expected;
                  measure = result->pace;
                }
            }
          result->status = _cls_eval_status_of (ctx, r, measure);
        }
    }

  result->trend = trend (ctx, pi, &agg, has_baseline, baseline, result);
  return result;
}
