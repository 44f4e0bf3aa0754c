/* cls-commune.h: ClsCommune
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

#define CLS_TYPE_COMMUNE (cls_commune_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsCommune, cls_commune, CLS, COMMUNE, GObject)

CLS_AVAILABLE_IN_1_0
ClsCommune *cls_commune_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_commune_get_id (ClsCommune *self);
CLS_AVAILABLE_IN_1_0
const char *cls_commune_get_insee (ClsCommune *self);
CLS_AVAILABLE_IN_1_0
void cls_commune_set_insee (ClsCommune *self, const char *insee);
CLS_AVAILABLE_IN_1_0
int cls_commune_get_population (ClsCommune *self);
CLS_AVAILABLE_IN_1_0
void cls_commune_set_population (ClsCommune *self, int population);
CLS_AVAILABLE_IN_1_0
int cls_commune_get_census_year (ClsCommune *self);
CLS_AVAILABLE_IN_1_0
void cls_commune_set_census_year (ClsCommune *self, int census_year);
CLS_AVAILABLE_IN_1_0
const char *cls_commune_get_name (ClsCommune *self);
CLS_AVAILABLE_IN_1_0
void cls_commune_set_name (ClsCommune *self, const char *name);



G_END_DECLS
