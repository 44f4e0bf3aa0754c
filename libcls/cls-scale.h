/* cls-scale.h: ClsScale
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
#include "cls-scale-level.h"

G_BEGIN_DECLS

#define CLS_TYPE_SCALE (cls_scale_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsScale, cls_scale, CLS, SCALE, GObject)

CLS_AVAILABLE_IN_1_0
ClsScale *cls_scale_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_scale_get_id (ClsScale *self);
CLS_AVAILABLE_IN_1_0
const char *cls_scale_get_name (ClsScale *self);
CLS_AVAILABLE_IN_1_0
void cls_scale_set_name (ClsScale *self, const char *name);

CLS_AVAILABLE_IN_1_0
GListModel *cls_scale_get_levels (ClsScale *self);
CLS_AVAILABLE_IN_1_0
void cls_scale_add_level (ClsScale *self, ClsScaleLevel *level);
CLS_AVAILABLE_IN_1_0
gboolean cls_scale_remove_level (ClsScale *self, ClsScaleLevel *level);

CLS_AVAILABLE_IN_1_0
ClsScaleLevel *cls_scale_lookup_level (ClsScale *self, const char *key);


G_END_DECLS
