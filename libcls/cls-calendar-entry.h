/* cls-calendar-entry.h: ClsCalendarEntry
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

#define CLS_TYPE_CALENDAR_ENTRY (cls_calendar_entry_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsCalendarEntry, cls_calendar_entry, CLS, CALENDAR_ENTRY, GObject)

CLS_AVAILABLE_IN_1_0
ClsCalendarEntry *cls_calendar_entry_new (void);
CLS_AVAILABLE_IN_1_0
const ClsPeriod *cls_calendar_entry_get_period (ClsCalendarEntry *self);
CLS_AVAILABLE_IN_1_0
void cls_calendar_entry_set_period (ClsCalendarEntry *self, const ClsPeriod *period);
CLS_AVAILABLE_IN_1_0
const char *cls_calendar_entry_get_text (ClsCalendarEntry *self);
CLS_AVAILABLE_IN_1_0
void cls_calendar_entry_set_text (ClsCalendarEntry *self, const char *text);



G_END_DECLS
