/* cls-node-private.h: internals of ClsNode (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-node.h"

G_BEGIN_DECLS

typedef enum {
  CLS_NODE_LIST_ROLES,
  CLS_NODE_LIST_FUNDINGS,
  CLS_NODE_LIST_DELIVERABLES,
  CLS_NODE_LIST_CALENDAR,
  CLS_NODE_LIST_CROSS_REFERENCES,
  CLS_NODE_LIST_INDICATORS,
  CLS_NODE_LIST_CHILDREN,
  CLS_NODE_N_LISTS
} ClsNodeList;

/* A node's list for readers inside libcls (saving, checks, evaluation): the
 * node's store if it has one, else an empty model shared by every node.
 * Unlike the public getters it never creates the store, so walking a
 * loaded plan costs no memory. Read only, never connect to it. */
GListModel *_cls_node_peek_list           (ClsNode     *self,
                                           ClsNodeList  which);
/* The same for the node's list, or its nearest ancestor's that has items
 * (cls_node_get_effective_roles()…). */
GListModel *_cls_node_peek_effective_list (ClsNode     *self,
                                           ClsNodeList  which);

G_END_DECLS
