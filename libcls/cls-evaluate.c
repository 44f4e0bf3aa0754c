/* cls-evaluate.c: the evaluation engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * This file computes docs/evaluation.md (the method of
 * shared/design/evaluation-method.md) for one contract:
 *
 *  1. a snapshot: under the contract's list lock, the plan tree, the
 *     targets of each indicator, the scales, figures, communes and
 *     amendments are copied into plain arrays (GListStore is not safe to
 *     read from several threads at once); everything read afterwards is
 *     plain fields of live objects, which evaluation never writes;
 *  2. each indicator: its value over the window (section 1), its target
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

#include "cls-contract-private.h"
#include "cls-evaluation-private.h"
#include "cls-formula-private.h"
#include "cls-i18n-private.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-period-private.h"

/* Formulas referring to formulas: deeper than this is a cycle that slipped
 * past validation (a contract built in code), and gives no value. */
#define MAX_FORMULA_DEPTH 32

typedef struct
{
  const char *key;
  double value;
} LevelSnap;

typedef struct
{
  GArray *levels;            /* LevelSnap, in scale order */
  const char *bottom_key;
  double bottom;
  const char *top_key;
  double top;
} ScaleSnap;

typedef struct _PlanNode PlanNode;

typedef struct
{
  guint n;                   /* measurements in the window */
  gboolean has_value;
  double value;
  gboolean has_ratio;        /* value = factor × num / den */
  double num;
  double den;
  double factor;             /* a formula's: value = factor × num / den */
  ClsAggregation used;
  const char *level;         /* an ordinal's single level */
  gboolean has_done;         /* a milestone with a done flag */
  gboolean done;
  guint32 done_date;
  const char *text;          /* a narrative's assessment */
  gboolean has_last;         /* the latest measured period */
  guint32 last_start;
  guint32 last_end;
  ClsPeriodKind last_kind;
} Agg;

typedef struct
{
  ClsIndicator *indicator;
  PlanNode *node;
  GPtrArray *targets;        /* ClsTarget */
  ScaleSnap *scale;
  ClsIndicatorKind kind;
  ClsAggregation aggregation;
  ClsDirection direction;
  double factor;
  gboolean has_threshold;    /* an ordinal counting % at or above a level */
  double threshold;
  ClsFormula *formula;
  guint computing : 1;       /* formula recursion guard */
  /* The last windows computed: formulas referring to the same indicator
   * over the same window (directly or through other formulas) reuse it,
   * so that the cost stays linear however formulas are nested. */
  struct {
    gboolean valid;
    guint32 start;
    guint32 end;
    Agg agg;
  } cache[4];                /* slot 0: the main window */
  guint next_slot;
  ClsIndicatorResult *result;
} PlanIndicator;

struct _PlanNode
{
  ClsNode *node;             /* NULL for the contract */
  PlanNode *parent;
  GPtrArray *children;       /* PlanNode, not owned */
  GPtrArray *indicators;     /* PlanIndicator, not owned */
  guint depth;
  ClsNodeResult *result;
};

typedef struct
{
  ClsContract *contract;
  const ClsEvaluationSettings *s;
  ClsEvaluation *evaluation;
  guint32 cs;
  guint32 ce;
  guint contract_days;
  double contract_years;
  GPtrArray *nodes;          /* PlanNode, owned, document order */
  GPtrArray *indicators;     /* PlanIndicator, owned, document order */
  GPtrArray *objects;        /* references kept during the evaluation */
  GHashTable *by_id;         /* indicator id → PlanIndicator */
  GHashTable *figures;       /* figure id → double* */
  GArray *figure_values;
  GHashTable *scales;        /* scale id → ScaleSnap */
  GHashTable *amendments;    /* amendment id → rank, 1 for the first */
  GHashTable *amendment_days; /* amendment id → julian day it was signed */
  GPtrArray *communes;       /* commune ids */
  PlanNode *root;
} Ctx;

static gboolean
is_period (Ctx *ctx)
{
  return ctx->s->kind == CLS_EVALUATION_KIND_PERIOD;
}

/* ------------------------------------------------------------------ */
/* Snapshot                                                            */
/* ------------------------------------------------------------------ */

static void
scale_snap_free (gpointer data)
{
  ScaleSnap *snap = data;

  g_array_unref (snap->levels);
  g_free (snap);
}

static void
plan_node_free (gpointer data)
{
  PlanNode *pn = data;

  g_ptr_array_unref (pn->children);
  g_ptr_array_unref (pn->indicators);
  g_free (pn);
}

static void
plan_indicator_free (gpointer data)
{
  PlanIndicator *pi = data;

  g_ptr_array_unref (pi->targets);
  g_free (pi);
}

static gpointer
keep (Ctx     *ctx,
      gpointer object)
{
  g_ptr_array_add (ctx->objects, object);   /* takes the reference */
  return object;
}

static ScaleSnap *
snapshot_scale (Ctx      *ctx,
                ClsScale *scale)
{
  GListModel *levels = cls_scale_get_levels (scale);
  guint i, n = g_list_model_get_n_items (levels);
  ScaleSnap *snap = g_new0 (ScaleSnap, 1);

  snap->levels = g_array_sized_new (FALSE, FALSE, sizeof (LevelSnap), n);
  for (i = 0; i < n; i++)
    {
      ClsScaleLevel *level = keep (ctx, g_list_model_get_item (levels, i));
      LevelSnap ls = { cls_scale_level_get_key (level), cls_scale_level_get_value (level) };

      if (ls.key == NULL)
        continue;
      if (snap->levels->len == 0 || ls.value < snap->bottom)
        snap->bottom = ls.value, snap->bottom_key = ls.key;
      if (snap->levels->len == 0 || ls.value > snap->top)
        snap->top = ls.value, snap->top_key = ls.key;
      g_array_append_val (snap->levels, ls);
    }
  return snap;
}

static gboolean
scale_value (const ScaleSnap *scale,
             const char      *key,
             double          *value)
{
  guint i;

  if (scale == NULL || key == NULL)
    return FALSE;
  /* Scales have a handful of levels: a linear scan is the fastest lookup. */
  for (i = 0; i < scale->levels->len; i++)
    {
      const LevelSnap *ls = &g_array_index (scale->levels, LevelSnap, i);
      if (strcmp (ls->key, key) == 0)
        {
          *value = ls->value;
          return TRUE;
        }
    }
  return FALSE;
}

static void snapshot_node (Ctx *ctx, PlanNode *parent, ClsNode *node);

static void
snapshot_indicator (Ctx          *ctx,
                    PlanNode     *pn,
                    ClsIndicator *indicator)
{
  PlanIndicator *pi = g_new0 (PlanIndicator, 1);
  GListModel *targets = cls_indicator_get_targets (indicator);
  guint i, n = g_list_model_get_n_items (targets);
  const char *scale_id;

  pi->indicator = indicator;
  pi->node = pn;
  pi->targets = g_ptr_array_new_full (n, g_object_unref);
  for (i = 0; i < n; i++)
    g_ptr_array_add (pi->targets, g_list_model_get_item (targets, i));

  pi->kind = cls_indicator_get_kind (indicator);
  pi->aggregation = cls_indicator_get_effective_aggregation (indicator);
  pi->direction = cls_indicator_get_direction (indicator);
  pi->factor = cls_indicator_get_factor (indicator);
  scale_id = cls_indicator_get_scale (indicator);
  if (scale_id != NULL)
    {
      pi->scale = g_hash_table_lookup (ctx->scales, scale_id);
      if (pi->scale == NULL)
        {
          ClsScale *scale = cls_contract_lookup_scale (ctx->contract, scale_id);
          if (scale != NULL)
            {
              pi->scale = snapshot_scale (ctx, scale);
              g_hash_table_insert (ctx->scales, (gpointer) cls_scale_get_id (scale), pi->scale);
            }
        }
    }
  if (pi->kind == CLS_INDICATOR_KIND_ORDINAL)
    pi->has_threshold = scale_value (pi->scale, cls_indicator_get_at_or_above (indicator), &pi->threshold);
  pi->formula = _cls_indicator_get_parsed_formula (indicator);

  g_ptr_array_add (pn->indicators, pi);
  g_ptr_array_add (ctx->indicators, pi);
  if (cls_indicator_get_id (indicator) != NULL)
    g_hash_table_insert (ctx->by_id, (gpointer) cls_indicator_get_id (indicator), pi);
}

static void
snapshot_children (Ctx        *ctx,
                   PlanNode   *pn,
                   GListModel *indicators,
                   GListModel *children)
{
  guint i, n;

  n = indicators != NULL ? g_list_model_get_n_items (indicators) : 0;
  for (i = 0; i < n; i++)
    snapshot_indicator (ctx, pn, keep (ctx, g_list_model_get_item (indicators, i)));
  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    snapshot_node (ctx, pn, keep (ctx, g_list_model_get_item (children, i)));
}

static PlanNode *
plan_node_new (Ctx      *ctx,
               PlanNode *parent,
               ClsNode  *node)
{
  PlanNode *pn = g_new0 (PlanNode, 1);

  pn->node = node;
  pn->parent = parent;
  pn->depth = parent != NULL ? parent->depth + 1 : 0;
  pn->children = g_ptr_array_new ();
  pn->indicators = g_ptr_array_new ();
  if (parent != NULL)
    g_ptr_array_add (parent->children, pn);
  g_ptr_array_add (ctx->nodes, pn);
  return pn;
}

static void
snapshot_node (Ctx      *ctx,
               PlanNode *parent,
               ClsNode  *node)
{
  PlanNode *pn = plan_node_new (ctx, parent, node);

  snapshot_children (ctx, pn, cls_node_get_indicators (node), cls_node_get_children (node));
}

static void
snapshot (Ctx *ctx)
{
  GListModel *list;
  guint i, n;

  _cls_contract_lock_lists (ctx->contract);

  list = cls_contract_get_figures (ctx->contract);
  n = g_list_model_get_n_items (list);
  ctx->figure_values = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (i = 0; i < n; i++)
    {
      ClsFigure *figure = keep (ctx, g_list_model_get_item (list, i));
      double value = cls_figure_get_value (figure);

      if (cls_figure_get_id (figure) == NULL || !cls_figure_has_value (figure))
        continue;
      g_array_append_val (ctx->figure_values, value);
      g_hash_table_insert (ctx->figures, (gpointer) cls_figure_get_id (figure),
                           GUINT_TO_POINTER (ctx->figure_values->len));
    }

  list = cls_contract_get_amendments (ctx->contract);
  n = g_list_model_get_n_items (list);
  for (i = 0; i < n; i++)
    {
      ClsAmendment *amendment = keep (ctx, g_list_model_get_item (list, i));
      const GDate *date = cls_amendment_get_date (amendment);

      if (cls_amendment_get_id (amendment) == NULL)
        continue;
      g_hash_table_insert (ctx->amendments, (gpointer) cls_amendment_get_id (amendment),
                           GUINT_TO_POINTER (i + 1));
      if (date != NULL && g_date_valid (date))
        g_hash_table_insert (ctx->amendment_days, (gpointer) cls_amendment_get_id (amendment),
                             GUINT_TO_POINTER (g_date_get_julian (date)));
    }

  list = cls_contract_get_communes (ctx->contract);
  n = g_list_model_get_n_items (list);
  for (i = 0; i < n; i++)
    {
      ClsCommune *commune = keep (ctx, g_list_model_get_item (list, i));
      if (cls_commune_get_id (commune) != NULL)
        g_ptr_array_add (ctx->communes, (gpointer) cls_commune_get_id (commune));
    }

  ctx->root = plan_node_new (ctx, NULL, NULL);
  snapshot_children (ctx, ctx->root, NULL, cls_contract_get_nodes (ctx->contract));

  _cls_contract_unlock_lists (ctx->contract);
}

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
                   const ClsMeasurement *m,
                   Reading              *out)
{
  GArray *responses = m->extra->responses;
  guint i;

  out->distribution = TRUE;
  for (i = 0; i < responses->len; i++)
    {
      const ClsResponse *response = &g_array_index (responses, ClsResponse, i);
      double level;

      if (!scale_value (pi->scale, response->level, &level))
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
read_measurement (PlanIndicator        *pi,
                  const ClsMeasurement *m,
                  Reading              *out)
{
  memset (out, 0, sizeof *out);
  switch (pi->kind)
    {
    case CLS_INDICATOR_KIND_RATIO:
      if (m->flags & CLS_MEASUREMENT_HAS_RATIO)
        {
          if (m->denominator == 0)
            return FALSE;
          out->has_ratio = TRUE;
          out->num = m->numerator;
          out->den = m->denominator;
          out->value = pi->factor * m->numerator / m->denominator;
          return isfinite (out->value);
        }
      break;
    case CLS_INDICATOR_KIND_ORDINAL:
      if (m->extra != NULL && m->extra->responses != NULL && m->extra->responses->len > 0)
        return read_distribution (pi, m, out);
      if (m->level != NULL)
        {
          double level;

          if (!scale_value (pi->scale, m->level, &level))
            return FALSE;
          out->value = pi->has_threshold ? (level >= pi->threshold ? 100 : 0) : level;
          return TRUE;
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
      out->value = m->value;
      return TRUE;
    }
  return FALSE;
}

/* The first measurement starting on or after @start (they are sorted by
 * start), so that scanning a window costs what the window holds. */
static guint
first_from (const ClsMeasurement *ms,
            guint                 n,
            guint32               start)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (ms[middle].start < start)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

static gboolean
inside (const ClsMeasurement *m,
        guint32               start,
        guint32               end)
{
  return m->start >= start && m->end <= end;
}

/* Later period first: the latest end, then the latest start. */
static gboolean
is_later (const ClsMeasurement *m,
          const Agg            *agg)
{
  return !agg->has_last || m->end > agg->last_end ||
         (m->end == agg->last_end && m->start >= agg->last_start);
}

static void
note_last (Agg                  *agg,
           const ClsMeasurement *m)
{
  agg->has_last = TRUE;
  agg->last_start = m->start;
  agg->last_end = m->end;
  agg->last_kind = m->kind;
}

static void
aggregate_milestone (PlanIndicator *pi,
                     guint32        start,
                     guint32        end,
                     Agg           *agg)
{
  const ClsMeasurement *ms;
  guint i, n;

  /* A milestone once done stays done: every measurement up to the end of
   * the window counts, not only those inside it. */
  ms = _cls_indicator_peek_measurements (pi->indicator, &n);
  for (i = 0; i < n && ms[i].start <= end; i++)
    {
      const ClsMeasurement *m = &ms[i];

      if (m->end > end || !(m->flags & CLS_MEASUREMENT_HAS_DONE))
        continue;
      if (inside (m, start, end))
        agg->n++;
      if (is_later (m, agg))
        note_last (agg, m);
      agg->has_done = TRUE;
      if (m->flags & CLS_MEASUREMENT_DONE)
        {
          guint32 when = m->date != 0 ? m->date : m->end;
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
  const ClsMeasurement *ms;
  guint i, n;

  ms = _cls_indicator_peek_measurements (pi->indicator, &n);
  for (i = first_from (ms, n, start); i < n && ms[i].start <= end; i++)
    {
      const ClsMeasurement *m = &ms[i];

      if (!inside (m, start, end))
        continue;
      agg->n++;
      if (m->extra != NULL && m->extra->text != NULL && is_later (m, agg))
        {
          note_last (agg, m);
          agg->text = m->extra->text;
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
  const ClsMeasurement *ms, *last = NULL;
  Reading last_reading = { 0 };
  double sum = 0, min = 0, max = 0, sum_num = 0, sum_den = 0;
  double total = 0, weighted = 0, above = 0;
  gboolean all_ratio = TRUE;
  guint i, n, n_values = 0, n_distributions = 0;

  ms = _cls_indicator_peek_measurements (pi->indicator, &n);
  /* Measurements are sorted by start: only those starting in the window
   * can lie inside it. */
  for (i = first_from (ms, n, start); i < n && ms[i].start <= end; i++)
    {
      const ClsMeasurement *m = &ms[i];
      Reading r;

      if (!inside (m, start, end))
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
      if (last == NULL || is_later (m, agg))
        {
          last = m;
          last_reading = r;
          note_last (agg, m);
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
      if (pi->kind == CLS_INDICATOR_KIND_ORDINAL && last->level != NULL)
        agg->level = last->level;
      break;
    }
}

static void aggregate (Ctx *ctx, PlanIndicator *pi, guint32 start, guint32 end, int depth, Agg *agg);

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
  aggregate (ctx, ref, scope->start, scope->end, scope->depth + 1, &sub);
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
static void
aggregate (Ctx           *ctx,
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

/* ------------------------------------------------------------------ */
/* Section 2: targets                                                  */
/* ------------------------------------------------------------------ */

typedef enum { SLOT_FINAL, SLOT_PERIOD, SLOT_RECURRING } Slot;

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
    return !pi->has_threshold && scale_value (pi->scale, cls_target_get_level (target), value);
  if (pi->kind == CLS_INDICATOR_KIND_MILESTONE)
    {
      *value = 1;
      return TRUE;
    }
  return FALSE;
}

typedef struct
{
  gboolean has;
  double value;
  ClsTargetSource source;
  ClsTarget *target;
  double total;              /* T or R before derivation */
  guint days;
  double years;
  gboolean scale_top;        /* T is the top level of the scale */
} TargetInfo;

static guint
overlap_days (guint32 a_start,
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
static void
window_target (Ctx           *ctx,
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
      if (overlap_days (ws, we, ctx->cs, ctx->ce) == 0 || !final_target (ctx, pi, dimension, ti))
        {
          memset (ti, 0, sizeof *ti);
          return;
        }
      value = ti->value;
      if (pi->aggregation == CLS_AGGREGATION_SUM)
        {
          /* a flow is spread evenly over the contract: T × f(P) */
          ti->days = overlap_days (ws, we, ctx->cs, ctx->ce);
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

static gboolean
has_dimension_targets (PlanIndicator *pi,
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

static gboolean
baseline_number (PlanIndicator *pi,
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
      if (!pi->has_threshold && scale_value (pi->scale, cls_baseline_get_level (baseline), value))
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

/* ------------------------------------------------------------------ */
/* Section 3: achievement                                              */
/* ------------------------------------------------------------------ */

typedef enum { WANT_INCREASE, WANT_DECREASE, WANT_EXACTLY } Want;

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

static ClsStatus
status_of (Ctx    *ctx,
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
      aggregate (ctx, pi, start, end, 0, &current);
    }
  if (!current.has_value)
    return CLS_TREND_UNKNOWN;

  memset (&previous, 0, sizeof previous);
  if (previous_period (start, end, kind, &prev_start, &prev_end))
    aggregate (ctx, pi, prev_start, prev_end, 0, &previous);
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
  const ClsMeasurement *ms;
  guint i, j, n;

  ms = _cls_indicator_peek_measurements (pi->indicator, &n);
  for (i = first_from (ms, n, ws); i < n && ms[i].start <= we; i++)
    {
      const ClsMeasurement *m = &ms[i];

      if (!inside (m, ws, we) || m->extra == NULL || m->extra->breakdowns == NULL)
        continue;
      for (j = 0; j < m->extra->breakdowns->len; j++)
        {
          const ClsBreakdown *b = &g_array_index (m->extra->breakdowns, ClsBreakdown, j);
          ClsDimensionValue *item = dimension_value (result->breakdown, index, b->dimension, b->key);

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

    window_target (ctx, pi, target_dimension, FALSE, 0, &ti);
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

static ClsNodeState
effective_state (PlanNode *pn)
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
      aggregate (ctx, pi, year_start, year_end, 0, &agg);
      if (agg.has_value && meets (want, agg.value, per_year))
        result->recurring_met++;
    }
}

static ClsIndicatorResult *
evaluate_indicator (Ctx           *ctx,
                    PlanIndicator *pi)
{
  ClsIndicatorResult *result = g_object_new (CLS_TYPE_INDICATOR_RESULT, NULL);
  ClsIndicator *indicator = pi->indicator;
  ClsNodeState state = effective_state (pi->node);
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

  aggregate (ctx, pi, ctx->s->window_start, ctx->s->window_end, 0, &agg);
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

  has_baseline = pi->kind != CLS_INDICATOR_KIND_NARRATIVE && baseline_number (pi, &baseline);
  result->has_baseline = has_baseline;
  result->baseline = baseline;

  if (pi->kind != CLS_INDICATOR_KIND_NARRATIVE)
    window_target (ctx, pi, NULL, has_baseline, baseline, &ti);
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
  else if (has_dimension_targets (pi, &dimension))
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
          result->status = status_of (ctx, r, measure);
        }
    }

  result->trend = trend (ctx, pi, &agg, has_baseline, baseline, result);
  return result;
}

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
  ClsNodeState state = effective_state (pn);
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
      effective_state (pn->parent) != CLS_NODE_STATE_ABANDONED)
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
      result->status = status_of (ctx, result->score, measure);
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
      years += (double) overlap_days (ys, ye, start, end) / (ye - ys + 1);
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

  ctx.nodes = g_ptr_array_new_with_free_func (plan_node_free);
  ctx.indicators = g_ptr_array_new_with_free_func (plan_indicator_free);
  ctx.objects = g_ptr_array_new_with_free_func (g_object_unref);
  ctx.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.figures = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.scales = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, scale_snap_free);
  ctx.amendments = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.amendment_days = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.communes = g_ptr_array_new ();

  snapshot (&ctx);
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
          pi->result = evaluate_indicator (&ctx, pi);
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
