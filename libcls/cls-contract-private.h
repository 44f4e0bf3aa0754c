/* cls-contract-private.h: internals of ClsContract (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-contract.h"

G_BEGIN_DECLS

void     _cls_contract_emit_changed   (ClsContract *self,
                                       GObject     *object,
                                       const char  *what);
void     _cls_contract_register       (ClsContract *self,
                                       const char  *id,
                                       gpointer     object);
void     _cls_contract_unregister     (ClsContract *self,
                                       const char  *id,
                                       gpointer     object);
void     _cls_contract_adopt          (ClsContract *self,
                                       GObject     *item);
void     _cls_contract_disown         (ClsContract *self,
                                       GObject     *item);

/* Namespace declarations (prefix, uri) of foreign markup, kept so that saving
 * declares them on the root as the file did. */
GPtrArray *_cls_contract_get_foreign_namespaces (ClsContract *self);
void     _cls_contract_add_foreign_namespace (ClsContract *self,
                                              const char  *prefix,
                                              const char  *uri);

/* Serialises readers of the contract's lists (see cls-evaluate.c) */
void     _cls_contract_lock_lists     (ClsContract *self);
void     _cls_contract_unlock_lists   (ClsContract *self);

/* A contract's lists for readers inside libcls: unlike the public getters
 * they never create the GListStore applications get (see
 * cls-object-list.c). Read only, never connect to them. */
typedef enum {
  CLS_CONTRACT_LIST_ORGANISATIONS,
  CLS_CONTRACT_LIST_PARTIES,
  CLS_CONTRACT_LIST_COMMUNES,
  CLS_CONTRACT_LIST_AREAS,
  CLS_CONTRACT_LIST_BODIES,
  CLS_CONTRACT_LIST_FUNDINGS,
  CLS_CONTRACT_LIST_LEVELS,
  CLS_CONTRACT_LIST_SCALES,
  CLS_CONTRACT_LIST_FIGURES,
  CLS_CONTRACT_LIST_AMENDMENTS,
  CLS_CONTRACT_LIST_TEMPLATES,
  CLS_CONTRACT_LIST_NODES,
  CLS_CONTRACT_N_LISTS
} ClsContractList;

GListModel *_cls_contract_peek_list   (ClsContract     *self,
                                       ClsContractList  which);

G_END_DECLS
