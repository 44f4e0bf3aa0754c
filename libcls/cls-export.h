/* cls-export.h: a contract's measurements and yearly evaluations as CSV
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
#include "cls-evaluator.h"

G_BEGIN_DECLS

CLS_AVAILABLE_IN_1_0
GBytes *cls_contract_export_csv (ClsContract       *self,
                                 ClsTargetVersion   targets,
                                 GError           **error);

G_END_DECLS
