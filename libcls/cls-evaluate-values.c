/* cls-evaluate-values.c: the value of an indicator over a window (section 1 of the method)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One measurement gives a number by kind; a window's measurements are
 * aggregated by the indicator's aggregation. Each indicator's value over a
 * window is computed once per evaluation and cached, so formulas nested in
 * formulas cost no more than their references.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluate-private.h"

/* ------------------------------------------------------------------ */
/* Section 1: the value of one measurement, and over a window          */
/* ------------------------------------------------------------------ */

typedef struct
{
  double value;
  gboolean has_ratio;
  double num;
  double den;
  /* an ordinal survey: counts to pool */
  gboolean distribution;
  double total;
  double weighted;
  double above;
} Reading;

static gboolean
read_distribution (PlanIndicator        *pi,
                   const ClsRecordExtra *extra,
                   Reading              *out)
{
  guint i;

  out->distribution = TRUE;
  for (i = 0; i < extra->n_responses; i++)
    {
      const ClsRecordResponse *response = &_cls_record_extra_responses (extra)[i];
      double level;

      if (!_cls_eval_scale_value (pi->scale, _cls_record_set_string (pi->measurements, response->level), &level))
        continue;
      out->total += response->count;
      out->weighted += response->count * level;
      if (pi->has_threshold && level >= pi->threshold)
        out->above += response->count;
    }
  if (out->total <= 0)
    return FALSE;
  if (pi->has_threshold)
    {
      out->has_ratio = TRUE;
      out->num = out->above;
      out->den = out->total;
      out->value = 100 * out->above / out->total;
    }
  else
    out->value = out->weighted / out->total;
  return TRUE;
}

/* The number one measurement gives, by kind. FALSE when it gives none (a
 * zero denominator gives no value, never 0). */
static gboolean
read_measurement (PlanIndicator   *pi,
                  const ClsRecord *m,
                  Reading         *out)
{
  memset (out, 0, sizeof *out);
  switch (pi->kind)
    {
    case CLS_INDICATOR_KIND_RATIO:
      if (m->flags & CLS_MEASUREMENT_HAS_RATIO)
        {
          double numerator = _cls_record_numerator (m), denominator = _cls_record_denominator (m);

          if (denominator == 0)
            return FALSE;
          out->has_ratio = TRUE;
          out->num = numerator;
          out->den = denominator;
          out->value = pi->factor * numerator / denominator;
          return isfinite (out->value);
        }
      break;
    case CLS_INDICATOR_KIND_ORDINAL:
      {
        const ClsRecordExtra *extra = _cls_record_extra (pi->measurements, m);

        if (extra != NULL && extra->n_responses > 0)
          return read_distribution (pi, extra, out);
        if (extra != NULL && extra->level != 0)
          {
            double level;

            if (!_cls_eval_scale_value (pi->scale, _cls_record_set_string (pi->measurements, extra->level), &level))
              return FALSE;
            out->value = pi->has_threshold ? (level >= pi->threshold ? 100 : 0) : level;
            return TRUE;
          }
      }
      break;
    case CLS_INDICATOR_KIND_MILESTONE:
      if (m->flags & CLS_MEASUREMENT_HAS_DONE)
        {
          out->value = (m->flags & CLS_MEASUREMENT_DONE) ? 1 : 0;
          return TRUE;
        }
      return FALSE;
    case CLS_INDICATOR_KIND_NARRATIVE:
      return FALSE;
    case CLS_INDICATOR_KIND_COUNT:
    case CLS_INDICATOR_KIND_AMOUNT:
    case CLS_INDICATOR_KIND_FORMULA:
    default:
      break;
    }
  if (m->flags & CLS_MEASUREMENT_HAS_VALUE)
    {
      out->value = _cls_record_value (pi->measurements, m);
      return TRUE;
    }
  return FALSE;
}

/* The first measurement starting on or after @start (they are sorted by
 * start), so that scanning a window costs what the window holds. */
guint
_cls_eval_first_from (const ClsRecordSet *ms,
            guint32             start)
{
  guint low = 0, high = ms->n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (_cls_record_set_at (ms, middle)->start < start)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* These take the period's end as computed once by the caller: a record
 * keeps a span, not its end. */
gboolean
_cls_eval_inside (const ClsRecord *m,
        guint32          m_end,
        guint32          start,
        guint32          end)
{
  return m->start >= start && m_end <= end;
}

/* Later period first: the latest end, then the latest start. */
static gboolean
is_later (const ClsRecord *m,
          guint32          m_end,
          const Agg       *agg)
{
  return !agg->has_last || m_end > agg->last_end ||
         (m_end == agg->last_end && m->start >= agg->last_start);
}

static void
note_last (Agg             *agg,
           const ClsRecord *m,
           guint32          m_end)
{
  agg->has_last = TRUE;
  agg->last_start = m->start;
  agg->last_end = m_end;
  agg->last_kind = m->kind;
}

static void
aggregate_milestone (PlanIndicator *pi,
                     guint32        start,
                     guint32        end,
                     Agg           *agg)
{
  const ClsRecordSet *ms = pi->measurements;
  const ClsRecord *m;
  guint i;

  /* A milestone once done stays done: every measurement up to the end of
   * the window counts, not only those inside it. */
  for (i = 0; i < ms->n && (m = _cls_record_set_at (ms, i))->start <= end; i++)
    {

      guint32 m_end = _cls_record_end (ms, m);

      if (m_end > end || !(m->flags & CLS_MEASUREMENT_HAS_DONE))
        continue;
      if (_cls_eval_inside (m, m_end, start, end))
        agg->n++;
      if (is_later (m, m_end, agg))
        note_last (agg, m, m_end);
      agg->has_done = TRUE;
      if (m->flags & CLS_MEASUREMENT_DONE)
        {
          guint32 date = _cls_record_date (pi->measurements, m);
          guint32 when = date != 0 ? date : m_end;
          if (!agg->done || when < agg->done_date)
            agg->done_date = when;
          agg->done = TRUE;
        }
    }
  agg->used = CLS_AGGREGATION_LAST;
  agg->has_value = agg->has_done;
  agg->value = agg->done ? 1 : 0;
}

static void
aggregate_narrative (PlanIndicator *pi,
                     guint32        start,
                     guint32        end,
                     Agg           *agg)
{
  const ClsRecordSet *ms = pi->measurements;
  const ClsRecord *m;
  guint i;

  for (i = _cls_eval_first_from (ms, start); i < ms->n && (m = _cls_record_set_at (ms, i))->start <= end; i++)
    {
      guint32 m_end = _cls_record_end (ms, m);
      const char *text;

      if (!_cls_eval_inside (m, m_end, start, end))
        continue;
      agg->n++;
      text = _cls_record_text (pi->measurements, m);
      if (text != NULL && is_later (m, m_end, agg))
        {
          note_last (agg, m, m_end);
          agg->text = text;
        }
    }
  agg->used = CLS_AGGREGATION_LAST;
}

static void
aggregate_numbers (PlanIndicator *pi,
                   guint32        start,
                   guint32        end,
                   Agg           *agg)
{
  const ClsRecordSet *ms = pi->measurements;
  const ClsRecord *m, *last = NULL;
  Reading last_reading = { 0 };
  double sum = 0, min = 0, max = 0, sum_num = 0, sum_den = 0;
  double total = 0, weighted = 0, above = 0;
  gboolean all_ratio = TRUE;
  guint i, n_values = 0, n_distributions = 0;

  /* Measurements are sorted by start: only those starting in the window
   * can lie inside it. */
  for (i = _cls_eval_first_from (ms, start); i < ms->n && (m = _cls_record_set_at (ms, i))->start <= end; i++)
    {
      guint32 m_end = _cls_record_end (ms, m);
      Reading r;

      if (!_cls_eval_inside (m, m_end, start, end))
        continue;
      agg->n++;
      if (!read_measurement (pi, m, &r))
        continue;
      if (n_values == 0 || r.value < min)
        min = r.value;
      if (n_values == 0 || r.value > max)
        max = r.value;
      n_values++;
      sum += r.value;
      if (r.has_ratio)
        sum_num += r.num, sum_den += r.den;
      else
        all_ratio = FALSE;
      if (r.distribution)
        {
          n_distributions++;
          total += r.total;
          weighted += r.weighted;
          above += r.above;
        }
      if (last == NULL || is_later (m, m_end, agg))
        {
          last = m;
          last_reading = r;
          note_last (agg, m, m_end);
        }
    }
  if (n_values == 0)
    return;

  agg->has_value = TRUE;
  agg->used = pi->aggregation;
  switch (pi->aggregation)
    {
    case CLS_AGGREGATION_SUM:
      agg->value = sum;
      break;
    case CLS_AGGREGATION_MEAN:
      agg->value = sum / n_values;
      break;
    case CLS_AGGREGATION_MIN:
      agg->value = min;
      break;
    case CLS_AGGREGATION_MAX:
      agg->value = max;
      break;
    case CLS_AGGREGATION_POOLED:
      if (all_ratio)
        {
          agg->has_ratio = TRUE;
          agg->num = sum_num;
          agg->den = sum_den;
          agg->has_value = sum_den != 0;
          agg->value = sum_den != 0 ? pi->factor * sum_num / sum_den : 0;
          break;
        }
      agg->used = CLS_AGGREGATION_LAST;
      G_GNUC_FALLTHROUGH;
    case CLS_AGGREGATION_LAST:
    case CLS_AGGREGATION_DEFAULT:
    default:
      agg->used = CLS_AGGREGATION_LAST;
      if (n_distributions > 0 && total > 0)
        {
          /* Surveys in one window are pooled: their counts are added. */
          if (pi->has_threshold)
            {
              agg->has_ratio = TRUE;
              agg->num = above;
              agg->den = total;
              agg->value = 100 * above / total;
            }
          else
            agg->value = weighted / total;
          break;
        }
      agg->value = last_reading.value;
      agg->has_ratio = last_reading.has_ratio;
      agg->num = last_reading.num;
      agg->den = last_reading.den;
      if (pi->kind == CLS_INDICATOR_KIND_ORDINAL && _cls_record_level (pi->measurements, last) != NULL)
        agg->level = _cls_record_level (pi->measurements, last);
      break;
    }
}

typedef struct
{
  Ctx *ctx;
  guint32 start;
  guint32 end;
  int depth;
  Agg *agg;
} FormulaScope;

static gboolean
resolve_reference (const char *id,
                   gpointer    user_data,
                   double     *value)
{
  FormulaScope *scope = user_data;
  Ctx *ctx = scope->ctx;
  PlanIndicator *ref = g_hash_table_lookup (ctx->by_id, id);
  gpointer figure;
  Agg sub;

  if (ref == NULL)
    {
      figure = g_hash_table_lookup (ctx->figures, id);
      if (figure == NULL)
        return FALSE;
      *value = g_array_index (ctx->figure_values, double, GPOINTER_TO_UINT (figure) - 1);
      return TRUE;
    }
  if (ref->computing || scope->depth >= MAX_FORMULA_DEPTH)
    return FALSE;
  _cls_eval_aggregate (ctx, ref, scope->start, scope->end, scope->depth + 1, &sub);
  scope->agg->n += sub.n;
  if (sub.has_last && (!scope->agg->has_last || sub.last_end > scope->agg->last_end))
    {
      scope->agg->has_last = TRUE;
      scope->agg->last_start = sub.last_start;
      scope->agg->last_end = sub.last_end;
      scope->agg->last_kind = sub.last_kind;
    }
  *value = sub.value;
  return sub.has_value;
}

static void
aggregate_formula (Ctx           *ctx,
                   PlanIndicator *pi,
                   guint32        start,
                   guint32        end,
                   int            depth,
                   Agg           *agg)
{
  FormulaScope scope = { ctx, start, end, depth, agg };
  ClsFormulaTrace trace = { 0 };
  double value;

  agg->used = CLS_AGGREGATION_DEFAULT;
  if (pi->formula == NULL)
    return;
  pi->computing = TRUE;
  agg->has_value = _cls_formula_evaluate (pi->formula, resolve_reference, &scope, &value, &trace);
  pi->computing = FALSE;
  agg->value = agg->has_value ? value : 0;
  /* kept without a value too: “171 / 0” says why there is none */
  if (trace.has_numerator)
    {
      agg->has_ratio = TRUE;
      agg->num = trace.numerator;
      agg->den = trace.denominator;
      agg->factor = trace.factor;
    }
}

/* The value of @pi over [start, end], computed once per window. */
void
_cls_eval_aggregate (Ctx           *ctx,
           PlanIndicator *pi,
           guint32        start,
           guint32        end,
           int            depth,
           Agg           *agg)
{
  gboolean main_window = start == ctx->s->window_start && end == ctx->s->window_end;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (pi->cache); i++)
    if (pi->cache[i].valid && pi->cache[i].start == start && pi->cache[i].end == end)
      {
        *agg = pi->cache[i].agg;
        return;
      }

  memset (agg, 0, sizeof *agg);
  switch (pi->kind)
    {
    case CLS_INDICATOR_KIND_MILESTONE:
      aggregate_milestone (pi, start, end, agg);
      break;
    case CLS_INDICATOR_KIND_NARRATIVE:
      aggregate_narrative (pi, start, end, agg);
      break;
    case CLS_INDICATOR_KIND_FORMULA:
      aggregate_formula (ctx, pi, start, end, depth, agg);
      break;
    default:
      aggregate_numbers (pi, start, end, agg);
      break;
    }

  /* the main window keeps slot 0; the others take turns */
  i = main_window ? 0 : 1 + pi->next_slot++ % (G_N_ELEMENTS (pi->cache) - 1);
  pi->cache[i].valid = TRUE;
  pi->cache[i].start = start;
  pi->cache[i].end = end;
  pi->cache[i].agg = *agg;
}
