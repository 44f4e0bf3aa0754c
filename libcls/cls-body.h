/* cls-body.h: ClsBody
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
 * ClsBodyKind:
 * @CLS_BODY_KIND_STEERING: the steering committee (comité de pilotage)
 * @CLS_BODY_KIND_TECHNICAL: the technical committee (comité technique)
 * @CLS_BODY_KIND_WORKING_GROUP: a working group
 * @CLS_BODY_KIND_OTHER: any other body
 *
 * The kind of a governance body.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_BODY_KIND_STEERING,
  CLS_BODY_KIND_TECHNICAL,
  CLS_BODY_KIND_WORKING_GROUP,
  CLS_BODY_KIND_OTHER,
} ClsBodyKind;

#define CLS_TYPE_BODY (cls_body_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsBody, cls_body, CLS, BODY, GObject)

CLS_AVAILABLE_IN_1_0
ClsBody *cls_body_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_body_get_id (ClsBody *self);
CLS_AVAILABLE_IN_1_0
ClsBodyKind cls_body_get_kind (ClsBody *self);
CLS_AVAILABLE_IN_1_0
void cls_body_set_kind (ClsBody *self, ClsBodyKind kind);
CLS_AVAILABLE_IN_1_0
const char * const *cls_body_get_chairs (ClsBody *self);
CLS_AVAILABLE_IN_1_0
void cls_body_set_chairs (ClsBody *self, const char * const *chairs);
CLS_AVAILABLE_IN_1_0
const char *cls_body_get_name (ClsBody *self);
CLS_AVAILABLE_IN_1_0
void cls_body_set_name (ClsBody *self, const char *name);
CLS_AVAILABLE_IN_1_0
const char *cls_body_get_frequency (ClsBody *self);
CLS_AVAILABLE_IN_1_0
void cls_body_set_frequency (ClsBody *self, const char *frequency);
CLS_AVAILABLE_IN_1_0
const char *cls_body_get_description (ClsBody *self);
CLS_AVAILABLE_IN_1_0
void cls_body_set_description (ClsBody *self, const char *description);



G_END_DECLS
