/* cls-formula-private.h: the formula language, parsed once, evaluated many times (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The deepest nesting a formula may have (parentheses, function calls and
 * unary signs each count one level): the parser is recursive, and a hostile
 * file must not be able to exhaust the stack. */
#define CLS_FORMULA_MAX_DEPTH 64

/* A parsed formula. Immutable once built: several threads may evaluate the
 * same one at once without locking. */
typedef struct _ClsFormula ClsFormula;

/* Gives the value of the indicator or context figure `id` for the
 * evaluation at hand. Returns FALSE when it has no value (null); a
 * non-finite value counts as null as well. */
typedef gboolean (*ClsFormulaResolver) (const char *id,
                                        gpointer    user_data,
                                        double     *out);

/* How a formula shaped as a ratio got its value, so that an explanation can
 * read “100 × 171 / 190”. The shapes recognised are N / D, K × N / D,
 * N × K / D, K × (N / D) and N / D × K, where K is a number written in the
 * formula: then value = factor × numerator / denominator.
 *
 * has_numerator is TRUE when the formula has one of these shapes and both N
 * and D had a value, even when D is 0 (the result is then null: the
 * explanation can say why). Otherwise numerator and denominator are 0 and
 * factor is 1. */
typedef struct {
  gboolean has_numerator;
  double numerator;
  double denominator;
  double factor;
} ClsFormulaTrace;

ClsFormula         *_cls_formula_parse          (const char         *text,
                                                 GError            **error) G_GNUC_WARN_UNUSED_RESULT;
void                _cls_formula_free           (ClsFormula         *formula);
/* The text the formula was parsed from. */
const char         *_cls_formula_get_text       (ClsFormula         *formula);
/* The distinct ids referenced, in order of first appearance; NULL-terminated,
 * owned by the formula. */
const char * const *_cls_formula_get_references (ClsFormula         *formula);
/* Evaluates the formula; the resolver is called once per distinct reference.
 * Returns TRUE and sets *out_value when the result has a value, FALSE when
 * it is null (*out_value is then left untouched). trace may be NULL. */
gboolean            _cls_formula_evaluate       (ClsFormula         *formula,
                                                 ClsFormulaResolver  resolve,
                                                 gpointer            user_data,
                                                 double             *out_value,
                                                 ClsFormulaTrace    *trace);
/* The canonical text: single spaces around binary operators, ASCII
 * operators, the parentheses the structure needs and no others, numbers in
 * their shortest exact form. Parsing it gives the same formula. */
char               *_cls_formula_to_string      (ClsFormula         *formula) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClsFormula, _cls_formula_free)

G_END_DECLS
