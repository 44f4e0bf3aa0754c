/* cls-evaluate-snapshot.c: copying what a contract holds before evaluating it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Under the contract's list lock, the plan tree, the targets of each
 * indicator, the scales, figures, communes and amendments are copied into
 * plain arrays, read through the peek functions (the lists' own arrays:
 * never the GListStores applications get, and never creating a list that
 * does not exist yet). Everything read afterwards is plain fields of live
 * objects, which evaluation never writes.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-evaluate-private.h"

/* ------------------------------------------------------------------ */
/* Snapshot                                                            */
/* ------------------------------------------------------------------ */

void
_cls_eval_scale_snap_free (gpointer data)
{
  ScaleSnap *snap = data;

  g_array_unref (snap->levels);
  g_free (snap);
}

void
_cls_eval_plan_node_free (gpointer data)
{
  PlanNode *pn = data;

  g_ptr_array_unref (pn->children);
  g_ptr_array_unref (pn->indicators);
  g_free (pn);
}

void
_cls_eval_plan_indicator_free (gpointer data)
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
  GListModel *levels = _cls_scale_peek_levels (scale);
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

gboolean
_cls_eval_scale_value (const ScaleSnap *scale,
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
  GListModel *targets = _cls_indicator_peek_targets (indicator);
  guint i, n = g_list_model_get_n_items (targets);
  const char *scale_id;

  pi->indicator = indicator;
  pi->measurements = _cls_indicator_peek_measurements (indicator);
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
    pi->has_threshold = _cls_eval_scale_value (pi->scale, cls_indicator_get_at_or_above (indicator), &pi->threshold);
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

  snapshot_children (ctx, pn, _cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS), _cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN));
}

void
_cls_eval_snapshot (Ctx *ctx)
{
  GListModel *list;
  guint i, n;

  _cls_contract_lock_lists (ctx->contract);

  list = _cls_contract_peek_list (ctx->contract, CLS_CONTRACT_LIST_FIGURES);
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

  list = _cls_contract_peek_list (ctx->contract, CLS_CONTRACT_LIST_AMENDMENTS);
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

  list = _cls_contract_peek_list (ctx->contract, CLS_CONTRACT_LIST_COMMUNES);
  n = g_list_model_get_n_items (list);
  for (i = 0; i < n; i++)
    {
      ClsCommune *commune = keep (ctx, g_list_model_get_item (list, i));
      if (cls_commune_get_id (commune) != NULL)
        g_ptr_array_add (ctx->communes, (gpointer) cls_commune_get_id (commune));
    }

  ctx->root = plan_node_new (ctx, NULL, NULL);
  snapshot_children (ctx, ctx->root, NULL, _cls_contract_peek_list (ctx->contract, CLS_CONTRACT_LIST_NODES));

  _cls_contract_unlock_lists (ctx->contract);
}
