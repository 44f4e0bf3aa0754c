/* cls-dimension-value.h: ClsDimensionValue
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"

G_BEGIN_DECLS

#define CLS_TYPE_DIMENSION_VALUE (cls_dimension_value_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsDimensionValue, cls_dimension_value, CLS, DIMENSION_VALUE, GObject)

CLS_AVAILABLE_IN_1_0
const char *cls_dimension_value_get_dimension (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
const char *cls_dimension_value_get_key (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
double cls_dimension_value_get_value (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_dimension_value_has_value (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
double cls_dimension_value_get_target (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_dimension_value_has_target (ClsDimensionValue *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_dimension_value_get_met (ClsDimensionValue *self);

G_END_DECLS
