/* cls-error.c: the error domain of contract loading and validation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "cls-error.h"

G_DEFINE_QUARK (cls-contract-error-quark, cls_contract_error)
G_DEFINE_QUARK (cls-evaluation-error-quark, cls_evaluation_error)
