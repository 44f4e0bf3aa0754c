/* cls-level.h: ClsLevel
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

#define CLS_TYPE_LEVEL (cls_level_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsLevel, cls_level, CLS, LEVEL, GObject)

CLS_AVAILABLE_IN_1_0
ClsLevel *cls_level_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_level_get_id (ClsLevel *self);
CLS_AVAILABLE_IN_1_0
const char *cls_level_get_name (ClsLevel *self);
CLS_AVAILABLE_IN_1_0
void cls_level_set_name (ClsLevel *self, const char *name);



G_END_DECLS
