/* cls-model-private.h: helpers shared by the model classes (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cls-period.h"

G_BEGIN_DECLS

typedef struct _ClsContract ClsContract;
typedef struct _ClsIndicator ClsIndicator;

/* Every model object knows the contract it belongs to (unowned; cleared when
 * the contract is disposed), so that a change anywhere is reported by the
 * contract's ::changed signal.
 *
 * The pointer is the first field of every model class, right after the
 * GObject: GObject data would cost a 48-byte allocation for each of the
 * hundreds of thousands of objects of a national set, where the field
 * costs 8 bytes. Each class checks its layout with CLS_MODEL_HEADER_CHECK,
 * and only model objects are ever given to these functions. */
typedef struct {
  GObject parent_instance;
  ClsContract *contract;
} ClsModelHeader;

#define CLS_MODEL_HEADER_CHECK(Type) \
  G_STATIC_ASSERT (G_STRUCT_OFFSET (Type, contract) == G_STRUCT_OFFSET (ClsModelHeader, contract))

void         _cls_model_object_notify       (GObject    *object,
                                             GParamSpec *pspec);
ClsContract *_cls_model_get_contract        (gpointer    object);
void         _cls_model_set_contract        (gpointer    object,
                                             ClsContract *contract);
void         _cls_model_changed             (gpointer    object,
                                             const char *what);

gboolean     _cls_strv_equal                (const char * const *a,
                                             const char * const *b);
char       **_cls_strv_dup_or_null          (const char * const *strv);
gboolean     _cls_date_equal                (const GDate *a,
                                             const GDate *b);
gboolean     _cls_period_equal0             (const ClsPeriod *a,
                                             const ClsPeriod *b);

ClsIndicator *_cls_indicator_get_template_object (ClsIndicator *self);

typedef void (*ClsModelForeachFunc) (GObject *object, gpointer user_data);

/* The id of any model object that has one, else NULL. */
const char  *_cls_model_get_id              (gpointer object);
/* Calls func on every object directly owned by object (not recursively). */
void         _cls_model_foreach_child       (gpointer             object,
                                             ClsModelForeachFunc  func,
                                             gpointer             user_data);
/* Makes object and everything it owns part of contract (ids registered,
 * changes reported), or no longer part of it. */
void         _cls_model_attach              (gpointer     object,
                                             ClsContract *contract);
void         _cls_model_detach              (gpointer     object,
                                             ClsContract *contract);

/* g_strv_builder_end() then unref, for GLib 2.74. */
char       **_cls_strv_builder_finish       (GStrvBuilder *builder);

G_END_DECLS
