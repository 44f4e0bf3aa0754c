/* cls-evaluator.h: ClsEvaluator
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
#include "cls-period.h"
#include "cls-progress.h"

G_BEGIN_DECLS

/**
 * ClsEvaluationKind:
 * @CLS_EVALUATION_KIND_PERIOD: the evaluation of one period (the annual
 *   evaluation of year N): window = the period, target = the target for it
 * @CLS_EVALUATION_KIND_TO_DATE: the evaluation at a date D: window =
 *   contract start → D, target = the final target, status from the pace
 * @CLS_EVALUATION_KIND_FINAL: the final evaluation: to date at the
 *   contract's end
 *
 * The three evaluations of the method.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_EVALUATION_KIND_PERIOD,
  CLS_EVALUATION_KIND_TO_DATE,
  CLS_EVALUATION_KIND_FINAL,
} ClsEvaluationKind;

/**
 * ClsTargetVersion:
 * @CLS_TARGET_VERSION_AMENDED: the targets as amended by the latest
 *   amendment that changed each of them among those signed by the end of
 *   the window (an amendment without a date always applies)
 * @CLS_TARGET_VERSION_INITIAL: the targets as signed (“fixés
 *   initialement”); targets added by amendments are ignored
 *
 * Which targets an evaluation measures against.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_TARGET_VERSION_AMENDED,
  CLS_TARGET_VERSION_INITIAL,
} ClsTargetVersion;

#define CLS_TYPE_EVALUATOR (cls_evaluator_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsEvaluator, cls_evaluator, CLS, EVALUATOR, GObject)

typedef struct _ClsEvaluation ClsEvaluation;

CLS_AVAILABLE_IN_1_0
ClsEvaluator *cls_evaluator_new (void);

CLS_AVAILABLE_IN_1_0
ClsEvaluationKind cls_evaluator_get_kind (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_kind (ClsEvaluator *self, ClsEvaluationKind kind);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_evaluator_get_period (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_period (ClsEvaluator *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
const GDate *cls_evaluator_get_date (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_date (ClsEvaluator *self, const GDate *date);
CLS_AVAILABLE_IN_1_0
ClsTargetVersion cls_evaluator_get_target_version (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_target_version (ClsEvaluator *self, ClsTargetVersion version);

CLS_AVAILABLE_IN_1_0
double cls_evaluator_get_on_track (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_on_track (ClsEvaluator *self, double threshold);
CLS_AVAILABLE_IN_1_0
double cls_evaluator_get_at_risk (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_at_risk (ClsEvaluator *self, double threshold);
CLS_AVAILABLE_IN_1_0
double cls_evaluator_get_trend_tolerance (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_trend_tolerance (ClsEvaluator *self, double tolerance);
CLS_AVAILABLE_IN_1_0
ClsMissingDataPolicy cls_evaluator_get_missing_data (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_missing_data (ClsEvaluator *self, ClsMissingDataPolicy policy);
CLS_AVAILABLE_IN_1_0
gboolean cls_evaluator_get_use_contract_settings (ClsEvaluator *self);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_use_contract_settings (ClsEvaluator *self);

CLS_AVAILABLE_IN_1_0
void cls_evaluator_set_progress_func (ClsEvaluator    *self,
                                      ClsProgressFunc  func,
                                      gpointer         user_data,
                                      GDestroyNotify   destroy);

CLS_AVAILABLE_IN_1_0
ClsEvaluation *cls_evaluator_evaluate (ClsEvaluator  *self,
                                       ClsContract   *contract,
                                       GCancellable  *cancellable,
                                       GError       **error);
CLS_AVAILABLE_IN_1_0
void cls_evaluator_evaluate_async (ClsEvaluator        *self,
                                   ClsContract         *contract,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
CLS_AVAILABLE_IN_1_0
ClsEvaluation *cls_evaluator_evaluate_finish (ClsEvaluator  *self,
                                              GAsyncResult  *result,
                                              GError       **error);

G_END_DECLS
