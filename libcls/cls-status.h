/* cls-status.h: statuses and trends of evaluated indicators and nodes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib.h>

#include "cls-version-macros.h"

G_BEGIN_DECLS

/**
 * ClsStatus:
 * @CLS_STATUS_ACHIEVED: the target is reached (`r ≥ 1`)
 * @CLS_STATUS_ON_TRACK: not reached yet, but at or above the contract's
 *   “on track” threshold (0.75 by default) — of `r` in a period evaluation,
 *   of the pace `r / e` to date
 * @CLS_STATUS_AT_RISK: at or above the “at risk” threshold (0.5 by default)
 * @CLS_STATUS_OFF_TRACK: below the “at risk” threshold
 * @CLS_STATUS_NO_DATA: nothing was measured in the window
 * @CLS_STATUS_NO_TARGET: a value but no target: reported, not scored
 * @CLS_STATUS_PENDING: a milestone not done whose due date is still ahead
 * @CLS_STATUS_NOT_APPLICABLE: a conditional indicator (“le cas échéant”)
 *   whose condition is marked unmet
 * @CLS_STATUS_NOT_STARTED: the action is marked as not started
 * @CLS_STATUS_ABANDONED: the action is marked as abandoned
 * @CLS_STATUS_POSTPONED: the action is marked as postponed
 * @CLS_STATUS_ASSESSED: a narrative indicator with an assessment in the window
 *
 * The traffic light of an evaluated indicator or node. The first four come
 * from a score; the others say why there is none.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_STATUS_ACHIEVED,
  CLS_STATUS_ON_TRACK,
  CLS_STATUS_AT_RISK,
  CLS_STATUS_OFF_TRACK,
  CLS_STATUS_NO_DATA,
  CLS_STATUS_NO_TARGET,
  CLS_STATUS_PENDING,
  CLS_STATUS_NOT_APPLICABLE,
  CLS_STATUS_NOT_STARTED,
  CLS_STATUS_ABANDONED,
  CLS_STATUS_POSTPONED,
  CLS_STATUS_ASSESSED,
} ClsStatus;

/**
 * CLS_N_STATUSES:
 *
 * The number of values of [enum@Cls.Status].
 *
 * Since: 1.0
 */
#define CLS_N_STATUSES (CLS_STATUS_ASSESSED + 1)

/**
 * ClsTrend:
 * @CLS_TREND_UNKNOWN: fewer than two values to compare, or no number
 * @CLS_TREND_IMPROVING: the latest value moved in the indicator's direction
 * @CLS_TREND_STABLE: the latest value is within the trend tolerance of the
 *   previous one
 * @CLS_TREND_WORSENING: the latest value moved against the indicator's
 *   direction
 *
 * How the latest value of an indicator compares with the previous period's
 * (or with its baseline).
 *
 * Since: 1.0
 */
typedef enum {
  CLS_TREND_UNKNOWN,
  CLS_TREND_IMPROVING,
  CLS_TREND_STABLE,
  CLS_TREND_WORSENING,
} ClsTrend;

CLS_AVAILABLE_IN_1_0
const char *cls_status_to_string  (ClsStatus   status);
CLS_AVAILABLE_IN_1_0
const char *cls_status_get_label  (ClsStatus   status,
                                   const char *language);
CLS_AVAILABLE_IN_1_0
const char *cls_status_get_localized_label (ClsStatus status);
CLS_AVAILABLE_IN_1_0
gboolean    cls_status_is_scored  (ClsStatus   status);
CLS_AVAILABLE_IN_1_0
const char *cls_trend_to_string   (ClsTrend    trend);
CLS_AVAILABLE_IN_1_0
const char *cls_trend_get_label   (ClsTrend    trend,
                                   const char *language);
CLS_AVAILABLE_IN_1_0
const char *cls_trend_get_localized_label (ClsTrend trend);

G_END_DECLS
