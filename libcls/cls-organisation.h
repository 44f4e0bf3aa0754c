/* cls-organisation.h: ClsOrganisation
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
 * ClsOrganisationKind:
 * @CLS_ORGANISATION_KIND_ARS: the regional health agency
 * @CLS_ORGANISATION_KIND_STATE: a State service (DSDEN, PJJ…)
 * @CLS_ORGANISATION_KIND_PREFECTURE: a prefecture or sub-prefecture
 * @CLS_ORGANISATION_KIND_REGION: a regional council
 * @CLS_ORGANISATION_KIND_DEPARTEMENT: a departmental council
 * @CLS_ORGANISATION_KIND_EPCI: an intercommunality (communauté de communes, d’agglomération…)
 * @CLS_ORGANISATION_KIND_COMMUNE: a commune
 * @CLS_ORGANISATION_KIND_HEALTH_INSURANCE: a health insurance fund (CPAM)
 * @CLS_ORGANISATION_KIND_MSA: the agricultural social security (MSA)
 * @CLS_ORGANISATION_KIND_CAF: a family allowance fund (CAF)
 * @CLS_ORGANISATION_KIND_URPS: a regional union of health professionals
 * @CLS_ORGANISATION_KIND_CPTS: a territorial professional health community
 * @CLS_ORGANISATION_KIND_HOSPITAL: a hospital or clinic
 * @CLS_ORGANISATION_KIND_HEALTH_DEMOCRACY: a health democracy body (CTS, CISM…)
 * @CLS_ORGANISATION_KIND_ASSOCIATION: an association
 * @CLS_ORGANISATION_KIND_COMPANY: a company
 * @CLS_ORGANISATION_KIND_UNIVERSITY: a university or school
 * @CLS_ORGANISATION_KIND_COORDINATION: the contract’s own coordination
 * @CLS_ORGANISATION_KIND_OTHER: any other organisation
 *
 * The kind of an organisation.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_ORGANISATION_KIND_ARS,
  CLS_ORGANISATION_KIND_STATE,
  CLS_ORGANISATION_KIND_PREFECTURE,
  CLS_ORGANISATION_KIND_REGION,
  CLS_ORGANISATION_KIND_DEPARTEMENT,
  CLS_ORGANISATION_KIND_EPCI,
  CLS_ORGANISATION_KIND_COMMUNE,
  CLS_ORGANISATION_KIND_HEALTH_INSURANCE,
  CLS_ORGANISATION_KIND_MSA,
  CLS_ORGANISATION_KIND_CAF,
  CLS_ORGANISATION_KIND_URPS,
  CLS_ORGANISATION_KIND_CPTS,
  CLS_ORGANISATION_KIND_HOSPITAL,
  CLS_ORGANISATION_KIND_HEALTH_DEMOCRACY,
  CLS_ORGANISATION_KIND_ASSOCIATION,
  CLS_ORGANISATION_KIND_COMPANY,
  CLS_ORGANISATION_KIND_UNIVERSITY,
  CLS_ORGANISATION_KIND_COORDINATION,
  CLS_ORGANISATION_KIND_OTHER,
} ClsOrganisationKind;

#define CLS_TYPE_ORGANISATION (cls_organisation_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsOrganisation, cls_organisation, CLS, ORGANISATION, GObject)

CLS_AVAILABLE_IN_1_0
ClsOrganisation *cls_organisation_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_id (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
ClsOrganisationKind cls_organisation_get_kind (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_kind (ClsOrganisation *self, ClsOrganisationKind kind);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_name (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_name (ClsOrganisation *self, const char *name);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_short_name (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_short_name (ClsOrganisation *self, const char *short_name);
CLS_AVAILABLE_IN_1_0
const char * const *cls_organisation_get_aliases (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_aliases (ClsOrganisation *self, const char * const *aliases);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_address (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_address (ClsOrganisation *self, const char *address);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_representative (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_representative (ClsOrganisation *self, const char *representative);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_representative_title (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_representative_title (ClsOrganisation *self, const char *representative_title);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_deliberation (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_deliberation (ClsOrganisation *self, const char *deliberation);
CLS_AVAILABLE_IN_1_0
const char *cls_organisation_get_deliberation_number (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_deliberation_number (ClsOrganisation *self, const char *deliberation_number);
CLS_AVAILABLE_IN_1_0
const GDate *cls_organisation_get_deliberation_date (ClsOrganisation *self);
CLS_AVAILABLE_IN_1_0
void cls_organisation_set_deliberation_date (ClsOrganisation *self, const GDate *deliberation_date);



G_END_DECLS
