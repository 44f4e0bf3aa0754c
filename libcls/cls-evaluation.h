/* cls-evaluation.h: ClsEvaluation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-contract.h"
#include "cls-evaluator.h"
#include "cls-indicator-result.h"
#include "cls-node-result.h"
#include "cls-period.h"

G_BEGIN_DECLS

#define CLS_TYPE_EVALUATION (cls_evaluation_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsEvaluation, cls_evaluation, CLS, EVALUATION, GObject)

CLS_AVAILABLE_IN_1_0
ClsContract *cls_evaluation_get_contract (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
ClsEvaluationKind cls_evaluation_get_kind (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_evaluation_get_window (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
GDate *cls_evaluation_dup_date (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
ClsTargetVersion cls_evaluation_get_target_version (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_evaluation_has_expected (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
double cls_evaluation_get_expected (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
double cls_evaluation_get_on_track (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
double cls_evaluation_get_at_risk (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
double cls_evaluation_get_trend_tolerance (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
ClsMissingDataPolicy cls_evaluation_get_missing_data (ClsEvaluation *self);

CLS_AVAILABLE_IN_1_0
ClsNodeResult *cls_evaluation_get_root (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_evaluation_get_nodes (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_evaluation_get_indicators (ClsEvaluation *self);
CLS_AVAILABLE_IN_1_0
ClsNodeResult *cls_evaluation_lookup_node (ClsEvaluation *self,
                                           const char    *id);
CLS_AVAILABLE_IN_1_0
ClsIndicatorResult *cls_evaluation_lookup_indicator (ClsEvaluation *self,
                                                     const char    *id);
CLS_AVAILABLE_IN_1_0
char *cls_evaluation_get_window_label (ClsEvaluation *self,
                                       const char    *language);

CLS_AVAILABLE_IN_1_0
char *cls_evaluation_to_json (ClsEvaluation *self,
                              gboolean       pretty);
CLS_AVAILABLE_IN_1_0
GBytes *cls_evaluation_to_json_bytes (ClsEvaluation *self,
                                      gboolean       pretty);

G_END_DECLS
