/* cls-amendment.h: ClsAmendment
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

#define CLS_TYPE_AMENDMENT (cls_amendment_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsAmendment, cls_amendment, CLS, AMENDMENT, GObject)

CLS_AVAILABLE_IN_1_0
ClsAmendment *cls_amendment_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_amendment_get_id (ClsAmendment *self);
CLS_AVAILABLE_IN_1_0
int cls_amendment_get_number (ClsAmendment *self);
CLS_AVAILABLE_IN_1_0
void cls_amendment_set_number (ClsAmendment *self, int number);
CLS_AVAILABLE_IN_1_0
const GDate *cls_amendment_get_date (ClsAmendment *self);
CLS_AVAILABLE_IN_1_0
void cls_amendment_set_date (ClsAmendment *self, const GDate *date);
CLS_AVAILABLE_IN_1_0
const char *cls_amendment_get_title (ClsAmendment *self);
CLS_AVAILABLE_IN_1_0
void cls_amendment_set_title (ClsAmendment *self, const char *title);
CLS_AVAILABLE_IN_1_0
const char *cls_amendment_get_description (ClsAmendment *self);
CLS_AVAILABLE_IN_1_0
void cls_amendment_set_description (ClsAmendment *self, const char *description);



G_END_DECLS
