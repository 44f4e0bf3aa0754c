/* cls-foreign.c: markup of other namespaces, kept for saving
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * National sets carry extensions on many objects (a commune's geo:lat and
 * geo:lon…), so an object's foreign markup is one small structure: its
 * items in one array, chained slot by slot, and its slots in another.
 * Prefixes, namespaces and attribute names are a small vocabulary, shared
 * through g_intern_string(); values and slots are owned.
 */
#include "config.h"

#include <string.h>

#include "cls-foreign-private.h"

typedef struct {
  char *name;             /* NULL for the object's own element */
  guint32 first;          /* index of the slot's first item */
  guint32 last;           /* index of its last */
} Slot;

struct _ClsForeign {
  ClsForeignItem *items;
  guint n_items;
  guint allocated_items;
  Slot *slots;
  guint n_slots;
  guint allocated_slots;
  /* slot name → 1 + index in slots, once there are too many slots for a
   * linear search (foreign markup on many measurements of an indicator) */
  GHashTable *index;
};

/* Beyond this many slots, they are found through a hash table. */
#define LINEAR_SLOTS 8

static void
foreign_free (gpointer data)
{
  ClsForeign *foreign = data;
  guint i;

  for (i = 0; i < foreign->n_items; i++)
    g_free (foreign->items[i].value);
  for (i = 0; i < foreign->n_slots; i++)
    g_free (foreign->slots[i].name);
  g_free (foreign->items);
  g_free (foreign->slots);
  g_clear_pointer (&foreign->index, g_hash_table_unref);
  g_free (foreign);
}

static GQuark
foreign_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("cls-foreign");
  return quark;
}

/* The index's key of a slot: the object's own element is "", never a
 * sub-element's name. The index never frees nor changes its keys. */
static gpointer
slot_key (const char *name)
{
  return (gpointer) (name != NULL ? name : "");
}

static Slot *
find_slot (const ClsForeign *foreign,
           const char       *slot)
{
  guint i;

  if (foreign->index != NULL)
    {
      i = GPOINTER_TO_UINT (g_hash_table_lookup (foreign->index, slot_key (slot)));
      return i != 0 ? &foreign->slots[i - 1] : NULL;
    }
  for (i = 0; i < foreign->n_slots; i++)
    if (g_strcmp0 (foreign->slots[i].name, slot) == 0)
      return &foreign->slots[i];
  return NULL;
}

static ClsForeignItem *
add_item (GObject    *owner,
          const char *slot)
{
  ClsForeign *foreign = g_object_get_qdata (owner, foreign_quark ());
  ClsForeignItem *item;
  Slot *s;
  guint i;

  if (foreign == NULL)
    {
      foreign = g_new0 (ClsForeign, 1);
      g_object_set_qdata_full (owner, foreign_quark (), foreign, foreign_free);
    }
  if (foreign->n_items == foreign->allocated_items)
    {
      foreign->allocated_items = MAX (2, foreign->allocated_items * 2);
      foreign->items = g_renew (ClsForeignItem, foreign->items, foreign->allocated_items);
    }
  s = find_slot (foreign, slot);
  if (s == NULL)
    {
      if (foreign->n_slots == foreign->allocated_slots)
        {
          foreign->allocated_slots = MAX (1, foreign->allocated_slots * 2);
          foreign->slots = g_renew (Slot, foreign->slots, foreign->allocated_slots);
        }
      s = &foreign->slots[foreign->n_slots++];
      s->name = g_strdup (slot);
      s->first = foreign->n_items;
      if (foreign->index == NULL && foreign->n_slots > LINEAR_SLOTS)
        {
          foreign->index = g_hash_table_new (g_str_hash, g_str_equal);
          for (i = 0; i + 1 < foreign->n_slots; i++)
            g_hash_table_insert (foreign->index, slot_key (foreign->slots[i].name), GUINT_TO_POINTER (i + 1));
        }
      if (foreign->index != NULL)
        g_hash_table_insert (foreign->index, slot_key (s->name), GUINT_TO_POINTER (foreign->n_slots));
    }
  else
    foreign->items[s->last].next = foreign->n_items + 1;
  s->last = foreign->n_items;
  item = &foreign->items[foreign->n_items++];
  memset (item, 0, sizeof *item);
  item->slot = s->name;
  return item;
}

void
_cls_foreign_add_attribute (GObject    *owner,
                            const char *slot,
                            const char *prefix,
                            const char *uri,
                            const char *name,
                            const char *value)
{
  ClsForeignItem *item = add_item (owner, slot);

  item->prefix = g_intern_string (prefix);
  item->uri = g_intern_string (uri);
  item->name = g_intern_string (name);
  item->value = g_strdup (value);
}

void
_cls_foreign_add_element (GObject    *owner,
                          const char *slot,
                          const char *xml)
{
  add_item (owner, slot)->value = g_strdup (xml);
}

const ClsForeign *
_cls_foreign_get (GObject *owner)
{
  return owner != NULL ? g_object_get_qdata (owner, foreign_quark ()) : NULL;
}

const ClsForeignItem *
_cls_foreign_first (const ClsForeign *foreign,
                    const char       *slot)
{
  const Slot *s;

  if (foreign == NULL || (s = find_slot (foreign, slot)) == NULL)
    return NULL;
  return &foreign->items[s->first];
}

const ClsForeignItem *
_cls_foreign_next (const ClsForeign     *foreign,
                   const ClsForeignItem *item)
{
  return item->next != 0 ? &foreign->items[item->next - 1] : NULL;
}
