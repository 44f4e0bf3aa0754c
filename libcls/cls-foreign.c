/* cls-foreign.c: markup of other namespaces, kept for saving
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "cls-foreign-private.h"

static void
attribute_free (gpointer data)
{
  ClsForeignAttribute *attribute = data;

  g_free (attribute->prefix);
  g_free (attribute->uri);
  g_free (attribute->name);
  g_free (attribute->value);
  g_free (attribute);
}

static void
set_free (gpointer data)
{
  ClsForeignSet *set = data;

  g_clear_pointer (&set->attributes, g_ptr_array_unref);
  g_clear_pointer (&set->elements, g_ptr_array_unref);
  g_free (set);
}

static GQuark
foreign_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("cls-foreign");
  return quark;
}

static ClsForeignSet *
ensure_set (GObject    *owner,
            const char *slot)
{
  GHashTable *sets = g_object_get_qdata (owner, foreign_quark ());
  ClsForeignSet *set;

  if (sets == NULL)
    {
      sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, set_free);
      g_object_set_qdata_full (owner, foreign_quark (), sets, (GDestroyNotify) g_hash_table_unref);
    }
  set = g_hash_table_lookup (sets, slot ? slot : "");
  if (set == NULL)
    {
      set = g_new0 (ClsForeignSet, 1);
      set->attributes = g_ptr_array_new_with_free_func (attribute_free);
      set->elements = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (sets, g_strdup (slot ? slot : ""), set);
    }
  return set;
}

void
_cls_foreign_add_attribute (GObject    *owner,
                            const char *slot,
                            const char *prefix,
                            const char *uri,
                            const char *name,
                            const char *value)
{
  ClsForeignAttribute *attribute = g_new0 (ClsForeignAttribute, 1);

  attribute->prefix = g_strdup (prefix);
  attribute->uri = g_strdup (uri);
  attribute->name = g_strdup (name);
  attribute->value = g_strdup (value);
  g_ptr_array_add (ensure_set (owner, slot)->attributes, attribute);
}

void
_cls_foreign_add_element (GObject    *owner,
                          const char *slot,
                          const char *xml)
{
  g_ptr_array_add (ensure_set (owner, slot)->elements, g_strdup (xml));
}

const ClsForeignSet *
_cls_foreign_lookup (GObject    *owner,
                     const char *slot)
{
  GHashTable *sets = g_object_get_qdata (owner, foreign_quark ());

  return sets != NULL ? g_hash_table_lookup (sets, slot ? slot : "") : NULL;
}
