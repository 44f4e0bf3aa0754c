/* cls-evaluate-private.h: the evaluation engine's shared state (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The engine is split by the method's sections: cls-evaluate-snapshot.c
 * (copying what the contract holds), cls-evaluate-values.c (section 1),
 * cls-evaluate-targets.c (section 2), cls-evaluate-indicator.c (sections 3
 * to 5 and trends), cls-evaluate.c (section 6 and the entry point).
 */

#pragma once

#include "cls-contract-private.h"
#include "cls-evaluation-private.h"
#include "cls-formula-private.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-node-private.h"
#include "cls-period-private.h"
#include "cls-scale-private.h"

G_BEGIN_DECLS

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
  const ClsRecordSet *measurements; /* the indicator's, read in place */
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

static inline gboolean
is_period (Ctx *ctx)
{
  return ctx->s->kind == CLS_EVALUATION_KIND_PERIOD;
}

typedef enum { SLOT_FINAL, SLOT_PERIOD, SLOT_RECURRING } Slot;

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

typedef enum { WANT_INCREASE, WANT_DECREASE, WANT_EXACTLY } Want;

void _cls_eval_plan_indicator_free (gpointer data);
void _cls_eval_plan_node_free (gpointer data);
void _cls_eval_scale_snap_free (gpointer data);
gboolean _cls_eval_scale_value (const ScaleSnap *scale, const char *key, double *value);
void _cls_eval_snapshot (Ctx *ctx);
void _cls_eval_aggregate (Ctx *ctx, PlanIndicator *pi, guint32 start, guint32 end, int depth, Agg *agg);
guint _cls_eval_first_from (const ClsRecordSet *ms, guint32 start);
gboolean _cls_eval_inside (const ClsRecord *m, guint32 m_end, guint32 start, guint32 end);
gboolean _cls_eval_baseline_number (PlanIndicator *pi, double *value);
gboolean _cls_eval_has_dimension_targets (PlanIndicator *pi, const char **dimension);
guint _cls_eval_overlap_days (guint32 a_start, guint32 a_end, guint32 b_start, guint32 b_end);
void _cls_eval_window_target (Ctx *ctx, PlanIndicator *pi, const char *dimension, gboolean has_baseline, double baseline, TargetInfo *ti);
ClsNodeState _cls_eval_effective_state (PlanNode *pn);
ClsIndicatorResult * _cls_eval_evaluate_indicator (Ctx *ctx, PlanIndicator *pi);
ClsStatus _cls_eval_status_of (Ctx *ctx, double r, double measure);

G_END_DECLS
