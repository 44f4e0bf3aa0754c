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

G_END_DECLS
