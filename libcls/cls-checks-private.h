/* cls-checks-private.h: checks shared by the loader and the review (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The loader reports some soft problems as warnings, and
 * cls_contract_review() reports the same problems as findings. Both call
 * these helpers, so that a contract never passes one and fails the other
 * for the same data.
 */
#pragma once

#include <gio/gio.h>

#include "cls-indicator.h"
#include "cls-measurement-private.h"
#include "cls-scale.h"
#include "cls-target.h"

G_BEGIN_DECLS

/* TRUE when at least one of the funding lines of one cost gives a share and
 * the shares do not add up to 100 %; *sum is set to their sum. */
gboolean _cls_check_funding_shares   (GListModel           *fundings,
                                      double               *sum);

typedef void (*ClsBreakdownExcessFunc) (const char *dimension,
                                        double      sum,
                                        double      total,
                                        gpointer    user_data);

/* Calls func for each dimension of the stored measurement m (of set) whose
 * breakdown values add up above the measurement's value, in the order the
 * dimensions first appear. */
void     _cls_check_breakdowns       (const ClsRecordSet   *set,
                                      const ClsRecord      *m,
                                      ClsBreakdownExcessFunc func,
                                      gpointer              user_data);

/* The same for a measurement outside an indicator (a full ClsMeasurement). */
void     _cls_check_measurement_breakdowns (const ClsMeasurement   *m,
                                            ClsBreakdownExcessFunc  func,
                                            gpointer                user_data);

/* The indicator's baseline as a number comparable with its targets (a
 * value, factor × numerator ÷ denominator, or a level's value on scale).
 * FALSE when it has none. */
gboolean _cls_check_baseline_number  (ClsIndicator         *indicator,
                                      ClsScale             *scale,
                                      double               *base);

/* TRUE when target goes the wrong way from the baseline base: below it for
 * an increasing indicator, above it for a decreasing one. Per-dimension and
 * “exactly” targets, and targets of flows (sums), are never contradicting.
 * *value is set to the target's number. */
gboolean _cls_check_target_direction (ClsIndicator         *indicator,
                                      ClsScale             *scale,
                                      double                base,
                                      ClsTarget            *target,
                                      double               *value);

/* TRUE when the target's comparator contradicts the indicator's direction:
 * “at most” for an increasing indicator, “at least” for a decreasing one. */
gboolean _cls_check_comparator_conflict (ClsIndicator         *indicator,
                                         ClsTarget            *target);

G_END_DECLS
