/* cls-role.h: ClsRole
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

/**
 * ClsRoleKind:
 * @CLS_ROLE_KIND_SIGNATORY: signs the contract
 * @CLS_ROLE_KIND_LEAD: porteur: leads the action
 * @CLS_ROLE_KIND_PILOT: pilote: steers the action
 * @CLS_ROLE_KIND_ASSOCIATE: works with the lead (“en lien avec”)
 * @CLS_ROLE_KIND_PARTNER: a partner mobilised
 * @CLS_ROLE_KIND_FUNDER: funds the action
 *
 * The role of an organisation in a contract or an action.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_ROLE_KIND_SIGNATORY,
  CLS_ROLE_KIND_LEAD,
  CLS_ROLE_KIND_PILOT,
  CLS_ROLE_KIND_ASSOCIATE,
  CLS_ROLE_KIND_PARTNER,
  CLS_ROLE_KIND_FUNDER,
} ClsRoleKind;

#define CLS_TYPE_ROLE (cls_role_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsRole, cls_role, CLS, ROLE, GObject)

CLS_AVAILABLE_IN_1_0
ClsRole *cls_role_new (void);
CLS_AVAILABLE_IN_1_0
const char *cls_role_get_organisation (ClsRole *self);
CLS_AVAILABLE_IN_1_0
void cls_role_set_organisation (ClsRole *self, const char *organisation);
CLS_AVAILABLE_IN_1_0
ClsRoleKind cls_role_get_kind (ClsRole *self);
CLS_AVAILABLE_IN_1_0
void cls_role_set_kind (ClsRole *self, ClsRoleKind kind);
CLS_AVAILABLE_IN_1_0
const char *cls_role_get_amendment (ClsRole *self);
CLS_AVAILABLE_IN_1_0
void cls_role_set_amendment (ClsRole *self, const char *amendment);
CLS_AVAILABLE_IN_1_0
const char *cls_role_get_text (ClsRole *self);
CLS_AVAILABLE_IN_1_0
void cls_role_set_text (ClsRole *self, const char *text);



G_END_DECLS
