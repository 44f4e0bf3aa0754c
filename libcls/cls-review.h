/* cls-review.h: the data-quality review of a contract
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

G_BEGIN_DECLS

/**
 * CLS_REVIEW_NO_TARGET:
 *
 * The code of a review finding: an indicator has no target.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_NO_TARGET "no-target"

/**
 * CLS_REVIEW_NO_BASELINE:
 *
 * The code of a review finding: an indicator has no baseline value.
 * Severity: info. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_NO_BASELINE "no-baseline"

/**
 * CLS_REVIEW_NO_SOURCE:
 *
 * The code of a review finding: neither the baseline nor any measurement
 * of an indicator says where its figures come from.
 * Severity: info. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_NO_SOURCE "no-source"

/**
 * CLS_REVIEW_NO_INDICATOR:
 *
 * The code of a review finding: an action has no indicator to show what
 * it achieved.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_NO_INDICATOR "no-indicator"

/**
 * CLS_REVIEW_DELIVERABLE_UNMEASURED:
 *
 * The code of a review finding: no indicator measures an expected result.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_DELIVERABLE_UNMEASURED "deliverable-unmeasured"

/**
 * CLS_REVIEW_DUPLICATE_OPERATION:
 *
 * The code of a review finding: two actions of different parents have the
 * same title.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_DUPLICATE_OPERATION "duplicate-operation"

/**
 * CLS_REVIEW_DUPLICATE_INDICATOR_SET:
 *
 * The code of a review finding: two actions of different parents have the
 * same indicators.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_DUPLICATE_INDICATOR_SET "duplicate-indicator-set"

/**
 * CLS_REVIEW_TARGET_DIRECTION:
 *
 * The code of a review finding: a target goes the wrong way from the
 * baseline.
 * Severity: error. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_TARGET_DIRECTION "target-direction"

/**
 * CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL:
 *
 * The code of a review finding (and of a loading warning): the values of a
 * breakdown add up to more than their measurement's total.
 * Severity: error. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL "breakdown-above-total"

/**
 * CLS_REVIEW_SHARES_NOT_100:
 *
 * The code of a review finding (and of a loading warning): the funding
 * shares of one cost do not add up to 100 %.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_SHARES_NOT_100 "shares-not-100"

/**
 * CLS_REVIEW_CALENDAR_PAST_NO_DATA:
 *
 * The code of a review finding: an action's calendar is over and none of
 * its indicators has been measured.
 * Severity: warning. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_CALENDAR_PAST_NO_DATA "calendar-past-no-data"

/**
 * CLS_REVIEW_PLACEHOLDER_OPEN:
 *
 * The code of a review finding: an indicator is still a placeholder or a
 * draft.
 * Severity: info. See [method@Cls.Contract.review].
 *
 * Since: 1.0
 */
#define CLS_REVIEW_PLACEHOLDER_OPEN "placeholder-open"

CLS_AVAILABLE_IN_1_0
GListModel *cls_contract_review (ClsContract *self,
                                 const GDate *date);

G_END_DECLS
