/* cls-node-result.h: ClsNodeResult
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-node.h"
#include "cls-status.h"

G_BEGIN_DECLS

#define CLS_TYPE_NODE_RESULT (cls_node_result_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsNodeResult, cls_node_result, CLS, NODE_RESULT, GObject)

CLS_AVAILABLE_IN_1_0
ClsNode *cls_node_result_get_node (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_result_get_id (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_result_get_code (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_result_get_title (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_node_result_get_depth (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
ClsStatus cls_node_result_get_status (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
double cls_node_result_get_weight (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
double cls_node_result_get_score (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_result_has_score (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
double cls_node_result_get_coverage (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_result_has_coverage (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
double cls_node_result_get_pace (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_result_has_pace (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_node_result_get_n_indicators (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
guint cls_node_result_get_count (ClsNodeResult *self,
                                 ClsStatus      status);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_result_get_children (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_result_get_indicators (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_result_get_gaps (ClsNodeResult *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_result_get_explanation (ClsNodeResult *self,
                                             const char    *language);

G_END_DECLS
