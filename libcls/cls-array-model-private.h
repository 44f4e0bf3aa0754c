/* cls-array-model-private.h: an immutable GListModel over an array (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CLS_TYPE_ARRAY_MODEL (_cls_array_model_get_type ())

G_DECLARE_FINAL_TYPE (ClsArrayModel, _cls_array_model, CLS, ARRAY_MODEL, GObject)

GListModel *_cls_array_model_new (GType      item_type,
                                  GPtrArray *items);
GListModel *_cls_array_model_new_slice (GType      item_type,
                                        GPtrArray *items,
                                        guint      first,
                                        guint      n);

/* An empty model shared by the whole process, never freed: what internal
 * readers walk in place of a list that was never created. Read only. */
GListModel *_cls_empty_model (void);

G_END_DECLS
