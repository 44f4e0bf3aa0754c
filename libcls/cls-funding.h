/* cls-funding.h: ClsFunding
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
 * ClsFundingStatus:
 * @CLS_FUNDING_STATUS_CONFIRMED: the funding is granted
 * @CLS_FUNDING_STATUS_POTENTIAL: the funding is possible (“potentiel”)
 * @CLS_FUNDING_STATUS_TO_DEFINE: the funding is still to be defined (“à définir”)
 * @CLS_FUNDING_STATUS_UNKNOWN: the contract does not say
 *
 * How certain a funding line is.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_FUNDING_STATUS_CONFIRMED,
  CLS_FUNDING_STATUS_POTENTIAL,
  CLS_FUNDING_STATUS_TO_DEFINE,
  CLS_FUNDING_STATUS_UNKNOWN,
} ClsFundingStatus;

#define CLS_TYPE_FUNDING (cls_funding_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsFunding, cls_funding, CLS, FUNDING, GObject)

CLS_AVAILABLE_IN_1_0
ClsFunding *cls_funding_new (void);
CLS_AVAILABLE_IN_1_0
const char *cls_funding_get_funder (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_funder (ClsFunding *self, const char *funder);
CLS_AVAILABLE_IN_1_0
double cls_funding_get_amount (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_amount (ClsFunding *self, double amount);
CLS_AVAILABLE_IN_1_0
gboolean cls_funding_has_amount (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_unset_amount (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
double cls_funding_get_min (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_min (ClsFunding *self, double min);
CLS_AVAILABLE_IN_1_0
gboolean cls_funding_has_min (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_unset_min (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
double cls_funding_get_max (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_max (ClsFunding *self, double max);
CLS_AVAILABLE_IN_1_0
gboolean cls_funding_has_max (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_unset_max (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
double cls_funding_get_share (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_share (ClsFunding *self, double share);
CLS_AVAILABLE_IN_1_0
gboolean cls_funding_has_share (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_unset_share (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
const char *cls_funding_get_basis (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_basis (ClsFunding *self, const char *basis);
CLS_AVAILABLE_IN_1_0
ClsFundingStatus cls_funding_get_status (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_status (ClsFunding *self, ClsFundingStatus status);
CLS_AVAILABLE_IN_1_0
const char *cls_funding_get_text (ClsFunding *self);
CLS_AVAILABLE_IN_1_0
void cls_funding_set_text (ClsFunding *self, const char *text);



G_END_DECLS
