/* cls-scale-level.h: ClsScaleLevel
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

#define CLS_TYPE_SCALE_LEVEL (cls_scale_level_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsScaleLevel, cls_scale_level, CLS, SCALE_LEVEL, GObject)

CLS_AVAILABLE_IN_1_0
ClsScaleLevel *cls_scale_level_new (const char *key);
CLS_AVAILABLE_IN_1_0
const char *cls_scale_level_get_key (ClsScaleLevel *self);
CLS_AVAILABLE_IN_1_0
double cls_scale_level_get_value (ClsScaleLevel *self);
CLS_AVAILABLE_IN_1_0
void cls_scale_level_set_value (ClsScaleLevel *self, double value);
CLS_AVAILABLE_IN_1_0
const char *cls_scale_level_get_label (ClsScaleLevel *self);
CLS_AVAILABLE_IN_1_0
void cls_scale_level_set_label (ClsScaleLevel *self, const char *label);



G_END_DECLS
