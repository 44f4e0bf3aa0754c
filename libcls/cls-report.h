/* cls-report.h: ClsReport, the evaluation report for the comité de pilotage
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-evaluation.h"

G_BEGIN_DECLS

#define CLS_TYPE_REPORT (cls_report_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsReport, cls_report, CLS, REPORT, GObject)

CLS_AVAILABLE_IN_1_0
ClsReport *cls_report_new (ClsEvaluation *evaluation);

CLS_AVAILABLE_IN_1_0
ClsEvaluation *cls_report_get_evaluation (ClsReport *self);

CLS_AVAILABLE_IN_1_0
ClsEvaluation *cls_report_get_previous (ClsReport *self);
CLS_AVAILABLE_IN_1_0
void cls_report_set_previous (ClsReport     *self,
                              ClsEvaluation *previous);

CLS_AVAILABLE_IN_1_0
const char *cls_report_get_language (ClsReport *self);
CLS_AVAILABLE_IN_1_0
void cls_report_set_language (ClsReport  *self,
                              const char *language);

CLS_AVAILABLE_IN_1_0
const char *cls_report_get_title (ClsReport *self);
CLS_AVAILABLE_IN_1_0
void cls_report_set_title (ClsReport  *self,
                           const char *title);

CLS_AVAILABLE_IN_1_0
GBytes *cls_report_to_html (ClsReport *self);

CLS_AVAILABLE_IN_1_0
gboolean cls_report_save_to_file (ClsReport     *self,
                                  GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error);
CLS_AVAILABLE_IN_1_0
void cls_report_save_to_file_async (ClsReport           *self,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
CLS_AVAILABLE_IN_1_0
gboolean cls_report_save_to_file_finish (ClsReport     *self,
                                         GAsyncResult  *result,
                                         GError       **error);

G_END_DECLS
