/* cls-deliverable.h: ClsDeliverable
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

#define CLS_TYPE_DELIVERABLE (cls_deliverable_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsDeliverable, cls_deliverable, CLS, DELIVERABLE, GObject)

CLS_AVAILABLE_IN_1_0
ClsDeliverable *cls_deliverable_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_deliverable_get_id (ClsDeliverable *self);
CLS_AVAILABLE_IN_1_0
const char *cls_deliverable_get_text (ClsDeliverable *self);
CLS_AVAILABLE_IN_1_0
void cls_deliverable_set_text (ClsDeliverable *self, const char *text);



G_END_DECLS
