/* cls-figure.h: ClsFigure
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

#define CLS_TYPE_FIGURE (cls_figure_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsFigure, cls_figure, CLS, FIGURE, GObject)

CLS_AVAILABLE_IN_1_0
ClsFigure *cls_figure_new (const char *id);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_id (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
double cls_figure_get_value (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_value (ClsFigure *self, double value);
CLS_AVAILABLE_IN_1_0
gboolean cls_figure_has_value (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_unset_value (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_unit (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_unit (ClsFigure *self, const char *unit);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_figure_get_period (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_period (ClsFigure *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_source (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_source (ClsFigure *self, const char *source);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_label (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_label (ClsFigure *self, const char *label);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_territory (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_territory (ClsFigure *self, const char *territory);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_comparison (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_comparison (ClsFigure *self, const char *comparison);
CLS_AVAILABLE_IN_1_0
const char *cls_figure_get_comment (ClsFigure *self);
CLS_AVAILABLE_IN_1_0
void cls_figure_set_comment (ClsFigure *self, const char *comment);



G_END_DECLS
