/* cls-progress.h: progress of long operations
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib.h>

#include "cls-version-macros.h"

G_BEGIN_DECLS

/**
 * ClsProgressFunc:
 * @fraction: how much of the work is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Reports the progress of a long operation (loading or evaluating a large
 * contract). It is called with 0 when the work starts and 1 when it ends,
 * and in between at most about a hundred times, each time with a larger
 * fraction.
 *
 * A synchronous call reports from the thread doing the work. An `_async`
 * call reports in the thread-default main context of the thread that
 * started it, like g_file_copy_async() does, so a user interface may update
 * a progress bar directly.
 *
 * Since: 1.0
 */
typedef void (*ClsProgressFunc) (double   fraction,
                                 gpointer user_data);

G_END_DECLS
