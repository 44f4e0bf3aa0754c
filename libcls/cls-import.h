/* cls-import.h: measurements from a CSV table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <gio/gio.h>

#include "cls-version-macros.h"
#include "cls-contract.h"

G_BEGIN_DECLS

/**
 * ClsImportFlags:
 * @CLS_IMPORT_FLAGS_NONE: import, refusing rows for periods the contract
 *   already has a different measurement of
 * @CLS_IMPORT_FLAGS_DRY_RUN: check every row, change nothing
 * @CLS_IMPORT_FLAGS_REPLACE: a row for a period the contract already has a
 *   measurement of replaces that measurement
 *
 * How [method@Cls.Importer.import_bytes] imports a table.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_IMPORT_FLAGS_NONE    = 0,
  CLS_IMPORT_FLAGS_DRY_RUN = 1 << 0,
  CLS_IMPORT_FLAGS_REPLACE = 1 << 1,
} ClsImportFlags;

#define CLS_TYPE_IMPORTER (cls_importer_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsImporter, cls_importer, CLS, IMPORTER, GObject)

CLS_AVAILABLE_IN_1_0
ClsImporter *cls_importer_new (ClsContract *contract);
CLS_AVAILABLE_IN_1_0
ClsContract *cls_importer_get_contract (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
ClsImportFlags cls_importer_get_flags (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
void cls_importer_set_flags (ClsImporter *self, ClsImportFlags flags);
CLS_AVAILABLE_IN_1_0
const char *cls_importer_get_name (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
void cls_importer_set_name (ClsImporter *self, const char *name);

CLS_AVAILABLE_IN_1_0
gboolean cls_importer_import_bytes (ClsImporter  *self,
                                    GBytes       *csv,
                                    GError      **error);

CLS_AVAILABLE_IN_1_0
GListModel *cls_importer_get_problems (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
guint cls_importer_get_n_added (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
guint cls_importer_get_n_replaced (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
guint cls_importer_get_n_unchanged (ClsImporter *self);
CLS_AVAILABLE_IN_1_0
guint cls_importer_get_n_skipped (ClsImporter *self);

CLS_AVAILABLE_IN_1_0
gboolean cls_contract_import_csv (ClsContract     *self,
                                  GBytes          *csv,
                                  ClsImportFlags   flags,
                                  GListModel     **problems,
                                  GError         **error);

G_END_DECLS
