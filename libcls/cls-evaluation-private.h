/* cls-evaluation-private.h: the layout of evaluation results (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The engine (cls-evaluate.c) fills these structures directly; the public
 * types only read them. Once an evaluation is returned nothing changes any
 * more, which is what makes results safe to read from several threads.
 */

#pragma once

#include "cls.h"

G_BEGIN_DECLS

/* The settings of one evaluation, resolved against the contract. */
typedef struct
{
  ClsEvaluationKind kind;
  guint32 window_start;          /* julian days, both included */
  guint32 window_end;
  ClsPeriodKind window_kind;
  guint32 date;                  /* to date and final: D; 0 for a period */
  ClsTargetVersion target_version;
  double on_track;
  double at_risk;
  double trend_tolerance;
  ClsMissingDataPolicy missing_data;
  ClsProgressFunc progress;      /* called from the evaluating thread */
  gpointer progress_data;
} ClsEvaluationSettings;

struct _ClsGap
{
  GObject parent_instance;

  ClsGapReason reason;
  char *object_id;
  char *node_id;
  char *label;
};

struct _ClsDimensionValue
{
  GObject parent_instance;

  char *dimension;
  char *key;
  gboolean has_value;
  double value;
  gboolean has_target;
  double target;
  gboolean met;
};

struct _ClsIndicatorResult
{
  GObject parent_instance;

  ClsIndicator *indicator;
  char *id;
  char *node_id;
  char *code;
  char *title;
  char *unit;
  ClsIndicatorKind kind;
  ClsAggregation aggregation;
  ClsDirection direction;
  ClsStatus status;
  ClsTrend trend;
  ClsTargetSource target_source;
  double weight;
  gboolean scorable;
  guint n_measurements;
  gboolean has_value;
  double value;
  gboolean has_target;
  double target;
  gboolean has_baseline;
  double baseline;
  gboolean has_achievement;
  double achievement;
  gboolean has_score;
  double score;
  gboolean has_expected;
  double expected;
  gboolean has_pace;
  double pace;
  gboolean has_numerator;
  double numerator;
  gboolean has_denominator;
  double denominator;
  double factor;
  gboolean has_previous;
  double previous;
  double latest;                 /* what the trend compared with previous */
  char *level;
  char *target_level;
  GDate done_date;  /* invalid when unset */
  GDate due_date;  /* invalid when unset */
  char *text;
  char *target_amendment;
  int recurring_met;
  int recurring_years;
  char *dimension;
  guint keys_met;
  guint keys_expected;
  GPtrArray *breakdown;          /* ClsDimensionValue */
  char *explanation[2];          /* English, French */

  /* How a derived target was computed, for the explanation */
  double final_target;           /* T, or the recurring target R */
  guint window_days;             /* days of P inside the contract (f), or
                                    days from the start to the end of P (g) */
  guint contract_days;
  double contract_years;         /* recurring: the contract's years */
};

struct _ClsNodeResult
{
  GObject parent_instance;

  ClsNode *node;
  char *id;
  char *code;
  char *title;
  guint depth;
  ClsStatus status;
  double weight;
  gboolean has_score;
  double score;
  gboolean has_coverage;
  double coverage;
  gboolean has_pace;
  double pace;
  guint n_indicators;
  guint counts[CLS_N_STATUSES];
  guint n_scored;                /* children with a score */
  guint n_scorable;              /* children that could have one */
  GPtrArray *children;           /* ClsNodeResult */
  GPtrArray *indicators;         /* ClsIndicatorResult */
  GPtrArray *gaps;               /* the evaluation's gaps, shared */
  guint first_gap;               /* this subtree's gaps are contiguous */
  guint n_gaps;
  char *explanation[2];          /* English, French */
};

struct _ClsEvaluation
{
  GObject parent_instance;

  ClsContract *contract;
  ClsEvaluationSettings settings;
  ClsPeriod *window;
  gboolean has_expected;
  double expected;               /* e, to date and final */
  ClsNodeResult *root;
  GPtrArray *nodes;              /* ClsNodeResult, document order, no root */
  GPtrArray *indicators;         /* ClsIndicatorResult, document order */
  GPtrArray *gaps;               /* ClsGap, document order */
  GHashTable *node_index;        /* id → ClsNodeResult */
  GHashTable *indicator_index;   /* id → ClsIndicatorResult */
};

ClsEvaluation *_cls_evaluate (ClsContract                 *contract,
                              const ClsEvaluationSettings *settings,
                              GCancellable                *cancellable,
                              GError                     **error);

/* Explanations, in English (french = FALSE) or French */
char *_cls_explain_indicator (ClsEvaluation      *evaluation,
                              ClsIndicatorResult *result,
                              gboolean            french);
char *_cls_explain_node      (ClsEvaluation      *evaluation,
                              ClsNodeResult      *result,
                              gboolean            french);
char *_cls_explain_window    (ClsEvaluation      *evaluation,
                              gboolean            french);
char *_cls_format_number     (double              value,
                              gboolean            french);

G_END_DECLS
