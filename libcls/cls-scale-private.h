/* cls-scale-private.h: internals of ClsScale (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-scale.h"

G_BEGIN_DECLS

/* The levels for readers inside libcls: never creates the GListStore
 * applications get (see cls-object-list.c). Read only. */
GListModel *_cls_scale_peek_levels (ClsScale *self);

G_END_DECLS
