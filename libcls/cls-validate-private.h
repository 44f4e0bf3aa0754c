/* cls-validate-private.h: semantic checks of a contract (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cls-contract.h"

G_BEGIN_DECLS

typedef struct {
  guint32 line;
  guint32 column;
} ClsLocation;

/* Where the <response> and <breakdown> children of an indicator's
 * measurements are, for the semantic checks. Kept while loading only, and
 * only for indicators whose measurements have such children: the
 * measurements themselves stay compact. */
typedef struct {
  guint32 line;
  guint32 column : 31;
  guint32 breakdown : 1;  /* a <breakdown>, else a <response> */
} ClsChildLocation;

typedef struct {
  GArray *children;  /* ClsChildLocation: measurement by measurement, each one's
                      * children in file order */
  GArray *first;     /* guint32 by measurement index: 1 + the index in `children`
                      * of the measurement's first child, 0 if it has none */
} ClsChildLocations;

void     _cls_child_locations_free  (ClsChildLocations *locations);

/* Where each object came from in its file, so that semantic errors found
 * after loading still point at a line. */
typedef struct {
  char *file;
  GHashTable *objects;       /* GObject* → ClsLocation* */
  GHashTable *slots;         /* "%p/slot" → ClsLocation* (sub-elements) */
  GHashTable *measurements;  /* ClsIndicator* → GArray of ClsLocation, parallel to its measurements */
  GHashTable *children;      /* ClsIndicator* → ClsChildLocations* */
} ClsLocator;

void     _cls_locator_init          (ClsLocator  *locator,
                                     const char  *file);
void     _cls_locator_clear         (ClsLocator  *locator);
void     _cls_locator_set           (ClsLocator  *locator,
                                     gpointer     object,
                                     const char  *slot,
                                     guint32      line,
                                     guint32      column);
void     _cls_locator_set_children  (ClsLocator        *locator,
                                     gpointer           indicator,
                                     ClsChildLocations *locations);

/* Runs every semantic check; the first error stops it, warnings are
 * appended to `warnings` (ClsDiagnostic). locator may be NULL. */
gboolean _cls_contract_check        (ClsContract *contract,
                                     ClsLocator  *locator,
                                     GListStore  *warnings,
                                     GError     **error);

G_END_DECLS
