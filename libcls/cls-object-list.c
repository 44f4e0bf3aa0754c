/* cls-object-list.c: the lists of the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The lists of contracts, nodes, indicators and scales. A national set has
 * hundreds of thousands of items in such lists: a GListStore costs about
 * 180 bytes, and 48 more per item (a GSequence node), where this array
 * costs 64, and 8 per item. Readers inside libcls read it as a GListModel;
 * reading never writes (GListStore caches the last position looked up), so
 * threads may read a list nobody modifies.
 *
 * Applications get a GListStore (bindings make it iterable), the list's
 * mirror: created the first time it is asked for, filled with the items,
 * then kept in step by every append and removal, and emitting
 * ::items-changed. The list itself never emits it: nothing outside libcls
 * ever sees the list.
 */

#include "config.h"

#include <string.h>

#include "cls-object-list-private.h"

struct _ClsObjectList
{
  GObject parent_instance;

  GType item_type;
  gpointer *items;       /* owned references */
  guint n;
  guint allocated;
  GListStore *mirror;    /* what applications get; NULL until they ask */
};

static GType
cls_object_list_get_item_type (GListModel *model)
{
  return CLS_OBJECT_LIST (model)->item_type;
}

static guint
cls_object_list_get_n_items (GListModel *model)
{
  return CLS_OBJECT_LIST (model)->n;
}

static gpointer
cls_object_list_get_item (GListModel *model,
                          guint       position)
{
  ClsObjectList *self = CLS_OBJECT_LIST (model);

  if (position >= self->n)
    return NULL;
  return g_object_ref (self->items[position]);
}

static void
cls_object_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cls_object_list_get_item_type;
  iface->get_n_items = cls_object_list_get_n_items;
  iface->get_item = cls_object_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (ClsObjectList, _cls_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cls_object_list_list_model_init))

static void
cls_object_list_finalize (GObject *object)
{
  ClsObjectList *self = CLS_OBJECT_LIST (object);
  guint i;

  for (i = 0; i < self->n; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);
  g_clear_object (&self->mirror);
  G_OBJECT_CLASS (_cls_object_list_parent_class)->finalize (object);
}

static void
_cls_object_list_class_init (ClsObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cls_object_list_finalize;
}

static void
_cls_object_list_init (ClsObjectList *self)
{
}

ClsObjectList *
_cls_object_list_new (GType item_type)
{
  ClsObjectList *self = g_object_new (CLS_TYPE_OBJECT_LIST, NULL);

  self->item_type = item_type;
  return self;
}

void
_cls_object_list_append (ClsObjectList *self,
                         gpointer       item)
{
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  if (self->n == self->allocated)
    {
      /* Lists are short (the children of a node, its roles…): grow gently,
       * so that a loaded list wastes little. */
      self->allocated = self->allocated < 4 ? self->allocated + 1 : self->allocated + self->allocated / 2;
      self->items = g_renew (gpointer, self->items, self->allocated);
    }
  self->items[self->n++] = g_object_ref (item);
  if (self->mirror != NULL)
    g_list_store_append (self->mirror, item);
}

gboolean
_cls_object_list_find (ClsObjectList *self,
                       gpointer       item,
                       guint         *position)
{
  guint i;

  for (i = 0; i < self->n; i++)
    if (self->items[i] == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }
  return FALSE;
}

void
_cls_object_list_remove (ClsObjectList *self,
                         guint          position)
{
  gpointer item;

  g_return_if_fail (position < self->n);

  item = self->items[position];
  memmove (&self->items[position], &self->items[position + 1], (self->n - position - 1) * sizeof (gpointer));
  self->n--;
  if (self->mirror != NULL)
    g_list_store_remove (self->mirror, position);
  g_object_unref (item);
}

/* Getters only read the model, and several threads may call them at once
 * (an evaluation, a view): the mirror is published with a compare-and-swap,
 * and a thread that loses the race drops its own and uses the winner's. */
GListModel *
_cls_object_list_get_model (ClsObjectList *self)
{
  GListStore *mirror = g_atomic_pointer_get (&self->mirror);

  if (G_LIKELY (mirror != NULL))
    return G_LIST_MODEL (mirror);
  mirror = g_list_store_new (self->item_type);
  g_list_store_splice (mirror, 0, 0, self->items, self->n);
  if (!g_atomic_pointer_compare_and_exchange (&self->mirror, NULL, mirror))
    {
      g_object_unref (mirror);
      mirror = g_atomic_pointer_get (&self->mirror);
    }
  return G_LIST_MODEL (mirror);
}

GListModel *
_cls_empty_model (void)
{
  static ClsObjectList *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, _cls_object_list_new (G_TYPE_OBJECT));
  return G_LIST_MODEL (empty);
}
