/* cls-node.h: ClsNode
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
#include "cls-calendar-entry.h"
#include "cls-cross-reference.h"
#include "cls-deliverable.h"
#include "cls-funding.h"
#include "cls-indicator.h"
#include "cls-role.h"

G_BEGIN_DECLS

/**
 * ClsNodeState:
 * @CLS_NODE_STATE_PLANNED: planned, not started yet
 * @CLS_NODE_STATE_IN_PROGRESS: under way
 * @CLS_NODE_STATE_DONE: completed
 * @CLS_NODE_STATE_NOT_STARTED: should have started and has not
 * @CLS_NODE_STATE_POSTPONED: postponed
 * @CLS_NODE_STATE_ABANDONED: abandoned; left out of its parent’s score
 *
 * The state of an action of the plan.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_NODE_STATE_PLANNED,
  CLS_NODE_STATE_IN_PROGRESS,
  CLS_NODE_STATE_DONE,
  CLS_NODE_STATE_NOT_STARTED,
  CLS_NODE_STATE_POSTPONED,
  CLS_NODE_STATE_ABANDONED,
} ClsNodeState;

/**
 * ClsDeliverablesState:
 * @CLS_DELIVERABLES_STATE_UNKNOWN: the contract says nothing
 * @CLS_DELIVERABLES_STATE_NONE: the contract says there are none (“/”)
 * @CLS_DELIVERABLES_STATE_LISTED: the deliverables are listed
 *
 * What a node says about its expected deliverables.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_DELIVERABLES_STATE_UNKNOWN,
  CLS_DELIVERABLES_STATE_NONE,
  CLS_DELIVERABLES_STATE_LISTED,
} ClsDeliverablesState;

#define CLS_TYPE_NODE (cls_node_get_type ())

typedef struct _ClsContract ClsContract;

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsNode, cls_node, CLS, NODE, GObject)

CLS_AVAILABLE_IN_1_0
ClsNode *cls_node_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_id (ClsNode *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_code (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_code (ClsNode *self, const char *code);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_level (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_level (ClsNode *self, const char *level);
CLS_AVAILABLE_IN_1_0
ClsNodeState cls_node_get_state (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_state (ClsNode *self, ClsNodeState state);
CLS_AVAILABLE_IN_1_0
double cls_node_get_weight (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_weight (ClsNode *self, double weight);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_amendment (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_amendment (ClsNode *self, const char *amendment);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_title (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_title (ClsNode *self, const char *title);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_description (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_description (ClsNode *self, const char *description);
CLS_AVAILABLE_IN_1_0
const char * const *cls_node_get_objectives (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_objectives (ClsNode *self, const char * const *objectives);
CLS_AVAILABLE_IN_1_0
const char * const *cls_node_get_publics (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_publics (ClsNode *self, const char * const *publics);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_sector (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_sector (ClsNode *self, const char *sector);
CLS_AVAILABLE_IN_1_0
const char * const *cls_node_get_sector_communes (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_sector_communes (ClsNode *self, const char * const *sector_communes);
CLS_AVAILABLE_IN_1_0
const char * const *cls_node_get_sector_areas (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_sector_areas (ClsNode *self, const char * const *sector_areas);

CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_roles (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_role (ClsNode *self, ClsRole *role);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_role (ClsNode *self, ClsRole *role);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_fundings (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_funding (ClsNode *self, ClsFunding *funding);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_funding (ClsNode *self, ClsFunding *funding);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_deliverables (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_deliverable (ClsNode *self, ClsDeliverable *deliverable);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_deliverable (ClsNode *self, ClsDeliverable *deliverable);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_calendar (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_calendar_entry (ClsNode *self, ClsCalendarEntry *calendar_entry);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_calendar_entry (ClsNode *self, ClsCalendarEntry *calendar_entry);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_cross_references (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_cross_reference (ClsNode *self, ClsCrossReference *cross_reference);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_cross_reference (ClsNode *self, ClsCrossReference *cross_reference);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_indicators (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_indicator (ClsNode *self, ClsIndicator *indicator);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_indicator (ClsNode *self, ClsIndicator *indicator);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_children (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_add_child (ClsNode *self, ClsNode *child);
CLS_AVAILABLE_IN_1_0
gboolean cls_node_remove_child (ClsNode *self, ClsNode *child);

CLS_AVAILABLE_IN_1_0
ClsDeliverablesState cls_node_get_deliverables_state (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_deliverables_state (ClsNode *self, ClsDeliverablesState state);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_deliverables_text (ClsNode *self);
CLS_AVAILABLE_IN_1_0
void cls_node_set_deliverables_text (ClsNode *self, const char *text);
CLS_AVAILABLE_IN_1_0
ClsNode *cls_node_get_parent (ClsNode *self);
CLS_AVAILABLE_IN_1_0
ClsContract *cls_node_get_contract (ClsNode *self);
CLS_AVAILABLE_IN_1_0
guint cls_node_get_depth (ClsNode *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_level_name (ClsNode *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_variant_title (ClsNode *self, const char *variant);
CLS_AVAILABLE_IN_1_0
void cls_node_set_variant_title (ClsNode *self, const char *variant, const char *title);
CLS_AVAILABLE_IN_1_0
char **cls_node_dup_title_variants (ClsNode *self);
CLS_AVAILABLE_IN_1_0
const char * const *cls_node_get_effective_publics (ClsNode *self);
CLS_AVAILABLE_IN_1_0
const char *cls_node_get_effective_sector (ClsNode *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_effective_roles (ClsNode *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_effective_fundings (ClsNode *self);
CLS_AVAILABLE_IN_1_0
GListModel *cls_node_get_effective_calendar (ClsNode *self);


G_END_DECLS
