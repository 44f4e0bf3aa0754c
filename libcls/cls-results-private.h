/* cls-results-private.h: lists handed out by evaluation results (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GListModel *_cls_results_list (GType      item_type,
                               GPtrArray *items,
                               guint      first,
                               guint      n);

G_END_DECLS
