/* cls-foreign-private.h: markup of other namespaces, kept for saving (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct {
  char *prefix;
  char *uri;
  char *name;
  char *value;
} ClsForeignAttribute;

/* Extensions found on one element: `slot` is NULL for the element of the
 * object itself, or names a sub-element ("representative", "organisations"). */
typedef struct {
  GPtrArray *attributes;  /* ClsForeignAttribute */
  GPtrArray *elements;    /* serialized XML, as found */
} ClsForeignSet;

void                 _cls_foreign_add_attribute (GObject    *owner,
                                                 const char *slot,
                                                 const char *prefix,
                                                 const char *uri,
                                                 const char *name,
                                                 const char *value);
void                 _cls_foreign_add_element   (GObject    *owner,
                                                 const char *slot,
                                                 const char *xml);
const ClsForeignSet *_cls_foreign_lookup        (GObject    *owner,
                                                 const char *slot);

G_END_DECLS
