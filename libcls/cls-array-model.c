/* cls-array-model.c: an immutable GListModel over an array
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Evaluation results are snapshots that several threads may read at once.
 * GListStore is not safe for that: even g_list_model_get_item() writes to
 * the store (it caches the last position it looked up). This model never
 * changes after construction, so concurrent reads are safe, and a slice
 * shares its parent's array instead of copying the items.
 */

#include "config.h"

#include "cls-array-model-private.h"

struct _ClsArrayModel
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;   /* shared, never modified */
  guint first;
  guint n;
};

static GType
cls_array_model_get_item_type (GListModel *model)
{
  return CLS_ARRAY_MODEL (model)->item_type;
}

static guint
cls_array_model_get_n_items (GListModel *model)
{
  return CLS_ARRAY_MODEL (model)->n;
}

static gpointer
cls_array_model_get_item (GListModel *model,
                          guint       position)
{
  ClsArrayModel *self = CLS_ARRAY_MODEL (model);

  if (position >= self->n)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, self->first + position));
}

static void
cls_array_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cls_array_model_get_item_type;
  iface->get_n_items = cls_array_model_get_n_items;
  iface->get_item = cls_array_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ClsArrayModel, _cls_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cls_array_model_list_model_init))

static void
cls_array_model_finalize (GObject *object)
{
  ClsArrayModel *self = CLS_ARRAY_MODEL (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (_cls_array_model_parent_class)->finalize (object);
}

static void
_cls_array_model_class_init (ClsArrayModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cls_array_model_finalize;
}

static void
_cls_array_model_init (ClsArrayModel *self)
{
}

/* Takes a reference on @items, which must hold objects of @item_type (the
 * array's free function should unref them) and must not change afterwards. */
GListModel *
_cls_array_model_new_slice (GType      item_type,
                            GPtrArray *items,
                            guint      first,
                            guint      n)
{
  ClsArrayModel *self = g_object_new (CLS_TYPE_ARRAY_MODEL, NULL);

  g_return_val_if_fail (first + n <= items->len, NULL);

  self->item_type = item_type;
  self->items = g_ptr_array_ref (items);
  self->first = first;
  self->n = n;
  return G_LIST_MODEL (self);
}

GListModel *
_cls_array_model_new (GType      item_type,
                      GPtrArray *items)
{
  return _cls_array_model_new_slice (item_type, items, 0, items->len);
}

GListModel *
_cls_empty_model (void)
{
  static GListModel *empty;

  if (g_once_init_enter (&empty))
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      g_once_init_leave (&empty, _cls_array_model_new (G_TYPE_OBJECT, none));
    }
  return empty;
}
