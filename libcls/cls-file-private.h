/* cls-file-private.h: atomic writes (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean _cls_file_replace       (GFile         *file,
                                  GBytes        *bytes,
                                  GCancellable  *cancellable,
                                  GError       **error);
void     _cls_file_replace_async (GFile         *file,
                                  GBytes        *bytes,
                                  GTask         *task);

G_END_DECLS
