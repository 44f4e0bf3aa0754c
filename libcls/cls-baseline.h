/* cls-baseline.h: ClsBaseline
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

#define CLS_TYPE_BASELINE (cls_baseline_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsBaseline, cls_baseline, CLS, BASELINE, GObject)

CLS_AVAILABLE_IN_1_0
ClsBaseline *cls_baseline_new (void);
CLS_AVAILABLE_IN_1_0
double cls_baseline_get_value (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_value (ClsBaseline *self, double value);
CLS_AVAILABLE_IN_1_0
gboolean cls_baseline_has_value (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_unset_value (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
double cls_baseline_get_numerator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_numerator (ClsBaseline *self, double numerator);
CLS_AVAILABLE_IN_1_0
gboolean cls_baseline_has_numerator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_unset_numerator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
double cls_baseline_get_denominator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_denominator (ClsBaseline *self, double denominator);
CLS_AVAILABLE_IN_1_0
gboolean cls_baseline_has_denominator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_unset_denominator (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
const char *cls_baseline_get_level (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_level (ClsBaseline *self, const char *level);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_baseline_get_period (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_period (ClsBaseline *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
const char *cls_baseline_get_source (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_source (ClsBaseline *self, const char *source);
CLS_AVAILABLE_IN_1_0
const char *cls_baseline_get_text (ClsBaseline *self);
CLS_AVAILABLE_IN_1_0
void cls_baseline_set_text (ClsBaseline *self, const char *text);



G_END_DECLS
