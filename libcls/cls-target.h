/* cls-target.h: ClsTarget
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-period.h"

G_BEGIN_DECLS

/**
 * ClsRecurrence:
 * @CLS_RECURRENCE_NONE: it does not recur
 * @CLS_RECURRENCE_ANNUAL: the same target every year
 *
 * How a target recurs.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_RECURRENCE_NONE,
  CLS_RECURRENCE_ANNUAL,
} ClsRecurrence;

/**
 * ClsComparator:
 * @CLS_COMPARATOR_DEFAULT: follows the direction: at least for an increasing indicator, at most for a decreasing one
 * @CLS_COMPARATOR_AT_LEAST: the value must be at least the target
 * @CLS_COMPARATOR_AT_MOST: the value must be at most the target
 * @CLS_COMPARATOR_EXACTLY: the value must equal the target
 *
 * How a value is compared with its target.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_COMPARATOR_DEFAULT,
  CLS_COMPARATOR_AT_LEAST,
  CLS_COMPARATOR_AT_MOST,
  CLS_COMPARATOR_EXACTLY,
} ClsComparator;

#define CLS_TYPE_TARGET (cls_target_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsTarget, cls_target, CLS, TARGET, GObject)

CLS_AVAILABLE_IN_1_0
ClsTarget *cls_target_new (void);
CLS_AVAILABLE_IN_1_0
double cls_target_get_value (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_value (ClsTarget *self, double value);
CLS_AVAILABLE_IN_1_0
gboolean cls_target_has_value (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_unset_value (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
const char *cls_target_get_level (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_level (ClsTarget *self, const char *level);
CLS_AVAILABLE_IN_1_0
gboolean cls_target_get_done (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_done (ClsTarget *self, gboolean done);
CLS_AVAILABLE_IN_1_0
const GDate *cls_target_get_due (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_due (ClsTarget *self, const GDate *due);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_target_get_period (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_period (ClsTarget *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
ClsRecurrence cls_target_get_recurring (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_recurring (ClsTarget *self, ClsRecurrence recurring);
CLS_AVAILABLE_IN_1_0
const char *cls_target_get_dimension (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_dimension (ClsTarget *self, const char *dimension);
CLS_AVAILABLE_IN_1_0
const char * const *cls_target_get_keys (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_keys (ClsTarget *self, const char * const *keys);
CLS_AVAILABLE_IN_1_0
ClsComparator cls_target_get_comparator (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_comparator (ClsTarget *self, ClsComparator comparator);
CLS_AVAILABLE_IN_1_0
const char *cls_target_get_amendment (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_amendment (ClsTarget *self, const char *amendment);
CLS_AVAILABLE_IN_1_0
const char *cls_target_get_text (ClsTarget *self);
CLS_AVAILABLE_IN_1_0
void cls_target_set_text (ClsTarget *self, const char *text);



G_END_DECLS
