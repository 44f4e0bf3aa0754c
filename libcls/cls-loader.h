/* cls-loader.h: reads contracts from the libcls XML format
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
#include "cls-progress.h"

G_BEGIN_DECLS

/**
 * CLS_NAMESPACE:
 *
 * The XML namespace of the libcls contract format, version 1.
 *
 * Since: 1.0
 */
#define CLS_NAMESPACE "urn:libcls:contract:1"

/**
 * CLS_LOADER_DEFAULT_MAX_DEPTH:
 *
 * The default limit on element nesting, see [property@Cls.Loader:max-depth].
 *
 * Since: 1.0
 */
#define CLS_LOADER_DEFAULT_MAX_DEPTH 64

#define CLS_TYPE_LOADER (cls_loader_get_type ())

CLS_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (ClsLoader, cls_loader, CLS, LOADER, GObject)

CLS_AVAILABLE_IN_1_0
ClsLoader   *cls_loader_new                  (void);
CLS_AVAILABLE_IN_1_0
gboolean     cls_loader_get_trusted          (ClsLoader     *self);
CLS_AVAILABLE_IN_1_0
void         cls_loader_set_trusted          (ClsLoader     *self,
                                              gboolean       trusted);
CLS_AVAILABLE_IN_1_0
guint        cls_loader_get_max_depth        (ClsLoader     *self);
CLS_AVAILABLE_IN_1_0
void         cls_loader_set_max_depth        (ClsLoader     *self,
                                              guint          max_depth);
CLS_AVAILABLE_IN_1_0
GListModel  *cls_loader_get_warnings         (ClsLoader     *self);

CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_file       (ClsLoader     *self,
                                              GFile         *file,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_path       (ClsLoader     *self,
                                              const char    *path,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
void cls_loader_set_progress_func (ClsLoader       *self,
                                   ClsProgressFunc  func,
                                   gpointer         user_data,
                                   GDestroyNotify   destroy);

CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_bytes      (ClsLoader     *self,
                                              GBytes        *bytes,
                                              const char    *name,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_stream     (ClsLoader     *self,
                                              GInputStream  *stream,
                                              const char    *name,
                                              GCancellable  *cancellable,
                                              GError       **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
void         cls_loader_load_from_file_async (ClsLoader           *self,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_file_finish (ClsLoader    *self,
                                               GAsyncResult *result,
                                               GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CLS_AVAILABLE_IN_1_0
void         cls_loader_load_from_stream_async (ClsLoader           *self,
                                                GInputStream        *stream,
                                                const char          *name,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
CLS_AVAILABLE_IN_1_0
ClsContract *cls_loader_load_from_stream_finish (ClsLoader    *self,
                                                 GAsyncResult *result,
                                                 GError      **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
