/* cls-foreign-private.h: markup of other namespaces, kept for saving (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One foreign attribute, or one foreign element (name NULL). Extensions are
 * found on one element: `slot` is NULL for the element of the object
 * itself, or names a sub-element ("representative", "organisations",
 * "measurement:2026"). */
typedef struct {
  const char *slot;
  const char *prefix;     /* an attribute's, interned */
  const char *uri;        /* an attribute's, interned */
  const char *name;       /* an attribute's, interned; NULL for an element */
  char *value;            /* the attribute's value, or the element's XML as found */
  guint32 next;           /* 1 + index of the slot's next item, 0 for the last */
} ClsForeignItem;

typedef struct _ClsForeign ClsForeign;

void                  _cls_foreign_add_attribute (GObject    *owner,
                                                  const char *slot,
                                                  const char *prefix,
                                                  const char *uri,
                                                  const char *name,
                                                  const char *value);
void                  _cls_foreign_add_element   (GObject    *owner,
                                                  const char *slot,
                                                  const char *xml);
/* The foreign markup of owner, NULL when it has none. */
const ClsForeign     *_cls_foreign_get           (GObject    *owner);
/* The items of slot, attributes and elements in the order they were
 * added: for (i = _cls_foreign_first (f, slot); i; i = _cls_foreign_next (f, i)). */
const ClsForeignItem *_cls_foreign_first         (const ClsForeign     *foreign,
                                                  const char           *slot);
const ClsForeignItem *_cls_foreign_next          (const ClsForeign     *foreign,
                                                  const ClsForeignItem *item);

G_END_DECLS
