/* cls-object-list-private.h: the lists of the model (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CLS_TYPE_OBJECT_LIST (_cls_object_list_get_type ())

G_DECLARE_FINAL_TYPE (ClsObjectList, _cls_object_list, CLS, OBJECT_LIST, GObject)

ClsObjectList *_cls_object_list_new    (GType          item_type);
void           _cls_object_list_append (ClsObjectList *self,
                                        gpointer       item);
gboolean       _cls_object_list_find   (ClsObjectList *self,
                                        gpointer       item,
                                        guint         *position);
void           _cls_object_list_remove (ClsObjectList *self,
                                        guint          position);
/* The GListStore applications get, created on first use and kept in step
 * with the list (see cls-object-list.c). */
GListModel    *_cls_object_list_get_model (ClsObjectList *self);

/* An empty list shared by the whole process, never freed: what internal
 * readers walk in place of a list that was never created. Read only. */
GListModel    *_cls_empty_model (void);

G_END_DECLS
