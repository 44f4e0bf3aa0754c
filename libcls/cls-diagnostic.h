/* cls-diagnostic.h: ClsDiagnostic
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
 * ClsSeverity:
 * @CLS_SEVERITY_INFO: for information
 * @CLS_SEVERITY_WARNING: a problem that does not stop loading
 * @CLS_SEVERITY_ERROR: an error
 *
 * How serious a diagnostic is.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_SEVERITY_INFO,
  CLS_SEVERITY_WARNING,
  CLS_SEVERITY_ERROR,
} ClsSeverity;

#define CLS_TYPE_DIAGNOSTIC (cls_diagnostic_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsDiagnostic, cls_diagnostic, CLS, DIAGNOSTIC, GObject)

CLS_AVAILABLE_IN_1_0
ClsDiagnostic *cls_diagnostic_new (void);
CLS_AVAILABLE_IN_1_0
ClsSeverity cls_diagnostic_get_severity (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_severity (ClsDiagnostic *self, ClsSeverity severity);
CLS_AVAILABLE_IN_1_0
const char *cls_diagnostic_get_code (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_code (ClsDiagnostic *self, const char *code);
CLS_AVAILABLE_IN_1_0
const char *cls_diagnostic_get_message (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_message (ClsDiagnostic *self, const char *message);
CLS_AVAILABLE_IN_1_0
const char *cls_diagnostic_get_file (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_file (ClsDiagnostic *self, const char *file);
CLS_AVAILABLE_IN_1_0
int cls_diagnostic_get_line (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_line (ClsDiagnostic *self, int line);
CLS_AVAILABLE_IN_1_0
int cls_diagnostic_get_column (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_column (ClsDiagnostic *self, int column);
CLS_AVAILABLE_IN_1_0
const char *cls_diagnostic_get_object_id (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_object_id (ClsDiagnostic *self, const char *object_id);
CLS_AVAILABLE_IN_1_0
const char *cls_diagnostic_get_node_id (ClsDiagnostic *self);
CLS_AVAILABLE_IN_1_0
void cls_diagnostic_set_node_id (ClsDiagnostic *self, const char *node_id);



G_END_DECLS
