/* cls-error.c: the error domain of contract loading and validation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "cls-error.h"

/**
 * cls_contract_error_quark:
 *
 * The error domain of contract loading and validation; use
 * %CLS_CONTRACT_ERROR.
 *
 * Returns: the quark of the domain
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (cls-contract-error-quark, cls_contract_error)

/**
 * cls_evaluation_error_quark:
 *
 * The error domain of evaluations; use %CLS_EVALUATION_ERROR.
 *
 * Returns: the quark of the domain
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (cls-evaluation-error-quark, cls_evaluation_error)
