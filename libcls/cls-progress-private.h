/* cls-progress-private.h: progress reports across threads (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "cls-progress.h"

#include <glib-object.h>

G_BEGIN_DECLS

/* Carries the reports of a worker thread to the thread-default main
 * context of the thread that creates it (see ClsProgressFunc). `owner`
 * keeps func and user_data alive until the last report is delivered. */
typedef struct _ClsProgressRelay ClsProgressRelay;

ClsProgressRelay *_cls_progress_relay_new    (ClsProgressFunc   func,
                                              gpointer          user_data,
                                              GObject          *owner);
void              _cls_progress_relay_unref  (ClsProgressRelay *relay);
/* A ClsProgressFunc whose user data is the relay: call it from the worker */
void              _cls_progress_relay_report (double            fraction,
                                              gpointer          relay);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClsProgressRelay, _cls_progress_relay_unref)

G_END_DECLS
