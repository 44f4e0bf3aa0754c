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

/* Where each object came from in its file, so that semantic errors found
 * after loading still point at a line. */
typedef struct {
  char *file;
  GHashTable *objects;       /* GObject* → ClsLocation* */
  GHashTable *slots;         /* "%p/slot" → ClsLocation* (sub-elements) */
  GHashTable *measurements;  /* ClsIndicator* → GArray of ClsLocation, parallel to its measurements */
} ClsLocator;

void     _cls_locator_init          (ClsLocator  *locator,
                                     const char  *file);
void     _cls_locator_clear         (ClsLocator  *locator);
void     _cls_locator_set           (ClsLocator  *locator,
                                     gpointer     object,
                                     const char  *slot,
                                     guint32      line,
                                     guint32      column);

/* Runs every semantic check; the first error stops it, warnings are
 * appended to `warnings` (ClsDiagnostic). locator may be NULL. */
gboolean _cls_contract_check        (ClsContract *contract,
                                     ClsLocator  *locator,
                                     GListStore  *warnings,
                                     GError     **error);

G_END_DECLS
