/* cls-cross-reference.h: ClsCrossReference
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

#define CLS_TYPE_CROSS_REFERENCE (cls_cross_reference_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsCrossReference, cls_cross_reference, CLS, CROSS_REFERENCE, GObject)

CLS_AVAILABLE_IN_1_0
ClsCrossReference *cls_cross_reference_new (void);
CLS_AVAILABLE_IN_1_0
const char *cls_cross_reference_get_node (ClsCrossReference *self);
CLS_AVAILABLE_IN_1_0
void cls_cross_reference_set_node (ClsCrossReference *self, const char *node);
CLS_AVAILABLE_IN_1_0
const char *cls_cross_reference_get_text (ClsCrossReference *self);
CLS_AVAILABLE_IN_1_0
void cls_cross_reference_set_text (ClsCrossReference *self, const char *text);



G_END_DECLS
