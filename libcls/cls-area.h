/* cls-area.h: ClsArea
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
 * ClsAreaKind:
 * @CLS_AREA_KIND_QPV: a priority neighbourhood of city policy (quartier prioritaire)
 * @CLS_AREA_KIND_CAMPUS: a university campus
 * @CLS_AREA_KIND_EPCI: the territory of an intercommunality
 * @CLS_AREA_KIND_CANTON: a canton
 * @CLS_AREA_KIND_DISTRICT: a district or arrondissement
 * @CLS_AREA_KIND_OTHER: any other area
 *
 * The kind of a named sub-territory.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_AREA_KIND_QPV,
  CLS_AREA_KIND_CAMPUS,
  CLS_AREA_KIND_EPCI,
  CLS_AREA_KIND_CANTON,
  CLS_AREA_KIND_DISTRICT,
  CLS_AREA_KIND_OTHER,
} ClsAreaKind;

#define CLS_TYPE_AREA (cls_area_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsArea, cls_area, CLS, AREA, GObject)

CLS_AVAILABLE_IN_1_0
ClsArea *cls_area_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_area_get_id (ClsArea *self);
CLS_AVAILABLE_IN_1_0
ClsAreaKind cls_area_get_kind (ClsArea *self);
CLS_AVAILABLE_IN_1_0
void cls_area_set_kind (ClsArea *self, ClsAreaKind kind);
CLS_AVAILABLE_IN_1_0
const char * const *cls_area_get_communes (ClsArea *self);
CLS_AVAILABLE_IN_1_0
void cls_area_set_communes (ClsArea *self, const char * const *communes);
CLS_AVAILABLE_IN_1_0
const char *cls_area_get_name (ClsArea *self);
CLS_AVAILABLE_IN_1_0
void cls_area_set_name (ClsArea *self, const char *name);



G_END_DECLS
