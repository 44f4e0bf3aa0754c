/* cls-error.h: the error domain of contract loading and validation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib.h>

#include "cls-version-macros.h"

G_BEGIN_DECLS

/**
 * CLS_CONTRACT_ERROR:
 *
 * Error domain for problems in a contract's content, whether it was loaded
 * from a file or built in code. Errors in this domain are from the
 * [error@Cls.ContractError] enumeration. Loading errors have messages that
 * start with `FILE:LINE:COLUMN: ` (`<data>` for memory buffers).
 *
 * Since: 1.0
 */
#define CLS_CONTRACT_ERROR (cls_contract_error_quark ())

/**
 * ClsContractError:
 * @CLS_CONTRACT_ERROR_MALFORMED: the file is not well-formed XML
 * @CLS_CONTRACT_ERROR_FORBIDDEN: the file has a DTD, an entity or an
 *   external resource, which libcls refuses
 * @CLS_CONTRACT_ERROR_NESTING: elements are nested deeper than the limit
 * @CLS_CONTRACT_ERROR_UNSUPPORTED_FORMAT: not a libcls contract, or a
 *   format version this libcls does not read
 * @CLS_CONTRACT_ERROR_SCHEMA: the file does not follow the format's schema
 * @CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT: an element or attribute in the libcls
 *   namespace that the format does not define
 * @CLS_CONTRACT_ERROR_MISSING: a required element or attribute is missing
 * @CLS_CONTRACT_ERROR_INVALID_VALUE: a value of the wrong type, or a
 *   measurement that does not fit its indicator's kind
 * @CLS_CONTRACT_ERROR_DUPLICATE_ID: an id is used twice
 * @CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE: a reference to an id that does not exist
 * @CLS_CONTRACT_ERROR_DUPLICATE_PERIOD: two measurements of one indicator for
 *   one period, or two targets for one slot
 * @CLS_CONTRACT_ERROR_TARGET_DIRECTION: a target contradicts its
 *   indicator's direction
 * @CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE: a value that cannot be (a negative
 *   count, a zero denominator with a numerator, a contract ending before it
 *   starts…)
 * @CLS_CONTRACT_ERROR_UNKNOWN_LEVEL: a level key its scale does not have
 * @CLS_CONTRACT_ERROR_FORMULA: a formula that does not parse, or formulas
 *   whose references form a cycle
 *
 * Errors about a contract's content. This enumeration can be extended in
 * later versions.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_CONTRACT_ERROR_MALFORMED,
  CLS_CONTRACT_ERROR_FORBIDDEN,
  CLS_CONTRACT_ERROR_NESTING,
  CLS_CONTRACT_ERROR_UNSUPPORTED_FORMAT,
  CLS_CONTRACT_ERROR_SCHEMA,
  CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
  CLS_CONTRACT_ERROR_MISSING,
  CLS_CONTRACT_ERROR_INVALID_VALUE,
  CLS_CONTRACT_ERROR_DUPLICATE_ID,
  CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE,
  CLS_CONTRACT_ERROR_DUPLICATE_PERIOD,
  CLS_CONTRACT_ERROR_TARGET_DIRECTION,
  CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
  CLS_CONTRACT_ERROR_UNKNOWN_LEVEL,
  CLS_CONTRACT_ERROR_FORMULA,
} ClsContractError;

CLS_AVAILABLE_IN_1_0
GQuark cls_contract_error_quark (void);

/**
 * CLS_EVALUATION_ERROR:
 *
 * Error domain for evaluations that cannot be computed. Errors in this
 * domain are from the [error@Cls.EvaluationError] enumeration.
 *
 * Since: 1.0
 */
#define CLS_EVALUATION_ERROR (cls_evaluation_error_quark ())

/**
 * ClsEvaluationError:
 * @CLS_EVALUATION_ERROR_NO_DATES: the contract has no start or no end date,
 *   so nothing can be spread over it
 * @CLS_EVALUATION_ERROR_NO_PERIOD: a period evaluation was asked without
 *   a period
 * @CLS_EVALUATION_ERROR_INVALID_SETTINGS: thresholds or tolerance out of
 *   range (thresholds in [0, 1], on-track at least at-risk, tolerance ≥ 0),
 *   or an evaluation to date before the contract starts
 *
 * Why an evaluation could not be computed. This enumeration can be extended
 * in later versions.
 *
 * Since: 1.0
 */
typedef enum {
  CLS_EVALUATION_ERROR_NO_DATES,
  CLS_EVALUATION_ERROR_NO_PERIOD,
  CLS_EVALUATION_ERROR_INVALID_SETTINGS,
} ClsEvaluationError;

CLS_AVAILABLE_IN_1_0
GQuark cls_evaluation_error_quark (void);

G_END_DECLS
