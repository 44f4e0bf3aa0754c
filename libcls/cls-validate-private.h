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

/* Where a <response> or <breakdown> of a measurement is, for the semantic
 * checks. Kept while loading only, one per such child: measurements
 * without children, and the measurements themselves, cost nothing more. */
typedef struct {
  guint32 measurement;    /* the measurement's index in its indicator */
  guint32 line;
  guint32 column : 31;
  guint32 breakdown : 1;  /* a <breakdown>, else a <response> */
} ClsChildLocation;

/* Where each object came from in its file, so that semantic errors found
 * after loading still point at a line. */
typedef struct {
  char *file;
  GHashTable *objects;       /* GObject* → ClsLocation* */
  GHashTable *slots;         /* "%p/slot" → ClsLocation* (sub-elements) */
  GHashTable *measurements;  /* ClsIndicator* → GArray of ClsLocation, parallel to its measurements */
  GHashTable *children;      /* ClsIndicator* → GArray of ClsChildLocation, by measurement
                              * index, each measurement's children in file order */
} ClsLocator;

void     _cls_locator_init          (ClsLocator  *locator,
                                     const char  *file);
void     _cls_locator_clear         (ClsLocator  *locator);
void     _cls_locator_set           (ClsLocator  *locator,
                                     gpointer     object,
                                     const char  *slot,
                                     guint32      line,
                                     guint32      column);
void     _cls_locator_set_children  (ClsLocator  *locator,
                                     gpointer     indicator,
                                     GArray      *children);

/* Runs every semantic check; the first error stops it, warnings are
 * appended to `warnings` (ClsDiagnostic). locator may be NULL. */
gboolean _cls_contract_check        (ClsContract *contract,
                                     ClsLocator  *locator,
                                     GListStore  *warnings,
                                     GError     **error);

G_END_DECLS
