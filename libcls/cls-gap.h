/* cls-gap.h: ClsGap
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

/**
 * ClsGapReason:
 * @CLS_GAP_REASON_NO_DATA: an indicator with nothing measured in the window
 * @CLS_GAP_REASON_NO_TARGET: an indicator without a target for the window, or
 *   with one its value cannot be compared with (one indicator may be listed
 *   both without data and without target)
 * @CLS_GAP_REASON_PLACEHOLDER: an indicator still to be defined (state placeholder or draft)
 * @CLS_GAP_REASON_ABANDONED: an abandoned action, left out of its parent's score
 *
 * Why an indicator or a node is listed as missing from an evaluation.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_GAP_REASON_NO_DATA,
  CLS_GAP_REASON_NO_TARGET,
  CLS_GAP_REASON_PLACEHOLDER,
  CLS_GAP_REASON_ABANDONED,
} ClsGapReason;

#define CLS_TYPE_GAP (cls_gap_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsGap, cls_gap, CLS, GAP, GObject)

CLS_AVAILABLE_IN_1_0
ClsGapReason cls_gap_get_reason (ClsGap *self);
CLS_AVAILABLE_IN_1_0
const char *cls_gap_get_object_id (ClsGap *self);
CLS_AVAILABLE_IN_1_0
const char *cls_gap_get_node_id (ClsGap *self);
CLS_AVAILABLE_IN_1_0
const char *cls_gap_get_label (ClsGap *self);

G_END_DECLS
