/* cls-formula.c: the formula language of formula indicators
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Syntax (docs/format.md, “Formulas”):
 *
 *   formula    := comparison
 *   comparison := sum [ ( "<" | "<=" | ">" | ">=" | "==" | "!=" ) sum ]
 *   sum        := product { ( "+" | "-" | "−" ) product }
 *   product    := operand { ( "*" | "/" | "×" | "÷" ) operand }
 *   operand    := ( "-" | "−" | "+" ) operand
 *               | number | "[" id "]" | "(" comparison ")"
 *               | "if" "(" comparison "," comparison "," comparison ")"
 *               | "isNull" "(" comparison ")"
 *               | ( "min" | "max" ) "(" comparison { "," comparison } ")"
 *   number     := digits [ "." digits ] [ exponent ] | "." digits [ exponent ]
 *
 * A sign applies to the operand right after it, so -2 * 3 is (-2) × 3 and
 * 2 * -3 is allowed. A comparison cannot be chained (a < b < c) without
 * parentheses. Spaces, tabs, line breaks and the non-breaking spaces of
 * French typography (U+00A0, U+202F) may appear between tokens.
 *
 * Semantics. A value is a finite double or null (no value), as in DHIS2:
 * - a reference whose resolver returns FALSE, or a non-finite number, is null;
 * - + - × ÷ and the sign give null when an operand is null;
 * - a division by zero gives null, never 0, an infinity or NaN;
 * - any operation whose result is not finite (an overflow) gives null;
 * - comparisons give 1 or 0, or null when an operand is null; == and != compare
 *   exactly;
 * - isNull(x) gives 1 when x is null, else 0: it is never null;
 * - if(c, a, b) gives a when c is a value other than 0, b when c is 0, and
 *   null when c is null;
 * - min and max ignore null arguments and are null only when all are (like
 *   DHIS2's least and greatest).
 *
 * Representation. The parser emits the formula in postfix order into one
 * array of instructions, allocated with the ClsFormula itself. Evaluating is
 * then one loop over that array with a value stack on the caller's stack (or
 * on the heap for huge formulas): no recursion, so a formula of a million
 * terms cannot overflow the C stack, and nothing in the ClsFormula is ever
 * written after parsing, so threads can share it. Only the parser recurses,
 * and it stops at CLS_FORMULA_MAX_DEPTH levels of nesting. Inside the
 * evaluator null is NaN: arithmetic propagates it for free, and the places
 * where NaN would be wrong (comparisons, min, max, isNull, if) test for it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-error.h"
#include "cls-i18n-private.h"
#include "cls-formula-private.h"

typedef enum {
  OP_NUMBER,
  OP_REFERENCE,
  OP_NEGATE,
  OP_ADD,
  OP_SUBTRACT,
  OP_MULTIPLY,
  OP_DIVIDE,
  OP_LESS,
  OP_LESS_EQUAL,
  OP_GREATER,
  OP_GREATER_EQUAL,
  OP_EQUAL,
  OP_NOT_EQUAL,
  OP_IF,
  OP_IS_NULL,
  OP_MIN,
  OP_MAX,
} OpCode;

typedef struct {
  OpCode code;
  /* OP_REFERENCE: index in references; OP_MIN, OP_MAX: number of arguments */
  guint32 arg;
  /* Binary operators: the index of the instruction that computes the left
   * operand (the right one is computed by the instruction just before). */
  guint32 left;
  double number; /* OP_NUMBER */
} Op;

#define NO_OP G_MAXUINT32

struct _ClsFormula {
  char *text;
  char **references;
  guint n_references;
  guint max_stack;
  /* The ratio shape (see ClsFormulaTrace), found once at parse time. */
  guint32 numerator_op;
  guint32 denominator_op;
  double factor;
  guint n_ops;
  Op ops[];
};

/* ------------------------------------------------------------------ */
/* Parsing.                                                             */

typedef struct {
  const char *text;
  const char *p;
  GArray *ops;            /* Op */
  GPtrArray *references;  /* distinct ids, owned */
  GHashTable *index;      /* id (in references) → index + 1 */
  guint depth;
  GError **error;
  gboolean failed;
} Parser;

static gboolean parse_comparison (Parser *parser);

/* A long formula is quoted only around the place of the problem: the caller
 * puts the message in front of a person, and a whole page of formula would
 * hide the point. */
#define QUOTE_WHOLE_UP_TO 120
#define QUOTE_AROUND 30

static char *
quote_near (const char *text,
            const char *where)
{
  glong length = g_utf8_strlen (text, -1);
  glong offset = g_utf8_pointer_to_offset (text, where);
  const char *from, *to;

  if (length <= QUOTE_WHOLE_UP_TO)
    /* TRANSLATORS: ends “… at character 4 of “[a] +”” */
    return g_strdup_printf (_("of “%s”"), text);
  from = g_utf8_offset_to_pointer (text, MAX (offset - QUOTE_AROUND, 0));
  to = g_utf8_offset_to_pointer (text, MIN (offset + QUOTE_AROUND, length));
  /* TRANSLATORS: ends “… at character 40 of the formula, near “…[a] + …”” */
  return g_strdup_printf (_("of the formula, near “%s%.*s%s”"),
                          from > text ? "…" : "", (int) (to - from), from, *to ? "…" : "");
}

static gboolean
fail (Parser     *parser,
      const char *where,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Parser     *parser,
      const char *where,
      const char *format,
      ...)
{
  g_autofree char *what = NULL;
  g_autofree char *quote = NULL;
  va_list args;

  if (parser->failed)
    return FALSE;
  parser->failed = TRUE;
  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  quote = quote_near (parser->text, where);
  /* Characters, not bytes, counted from 1: what an editor shows. */
  g_set_error (parser->error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_FORMULA,
               /* TRANSLATORS: what is wrong, the position, then “of “[a] +”” */
               _("%s at character %ld %s"), what, g_utf8_pointer_to_offset (parser->text, where) + 1, quote);
  return FALSE;
}

/* The UTF-8 spellings accepted besides the ASCII ones. */
#define TIMES "\xC3\x97"        /* × U+00D7 */
#define DIVIDED_BY "\xC3\xB7"   /* ÷ U+00F7 */
#define MINUS "\xE2\x88\x92"    /* − U+2212 */
#define NBSP "\xC2\xA0"         /* U+00A0 */
#define NNBSP "\xE2\x80\xAF"    /* U+202F */

static void
skip_spaces (Parser *parser)
{
  for (;;)
    {
      if (g_ascii_isspace (*parser->p))
        parser->p++;
      else if (g_str_has_prefix (parser->p, NBSP))
        parser->p += strlen (NBSP);
      else if (g_str_has_prefix (parser->p, NNBSP))
        parser->p += strlen (NNBSP);
      else
        return;
    }
}

/* If an operator of the given family starts at p, returns its length in
 * bytes and sets *code. */
static gsize
peek_product_operator (const char *p,
                       OpCode     *code)
{
  if (*p == '*' || *p == '/')
    {
      *code = *p == '*' ? OP_MULTIPLY : OP_DIVIDE;
      return 1;
    }
  if (g_str_has_prefix (p, TIMES))
    {
      *code = OP_MULTIPLY;
      return strlen (TIMES);
    }
  if (g_str_has_prefix (p, DIVIDED_BY))
    {
      *code = OP_DIVIDE;
      return strlen (DIVIDED_BY);
    }
  return 0;
}

static gsize
peek_minus (const char *p)
{
  if (*p == '-')
    return 1;
  if (g_str_has_prefix (p, MINUS))
    return strlen (MINUS);
  return 0;
}

static gsize
peek_sum_operator (const char *p,
                   OpCode     *code)
{
  gsize length = peek_minus (p);

  if (length > 0)
    {
      *code = OP_SUBTRACT;
      return length;
    }
  if (*p == '+')
    {
      *code = OP_ADD;
      return 1;
    }
  return 0;
}

static gsize
peek_comparison_operator (const char *p,
                          OpCode     *code)
{
  static const struct {
    const char *text;
    OpCode code;
  } operators[] = {
    /* Two-character operators before their one-character prefixes. */
    { "<=", OP_LESS_EQUAL },
    { ">=", OP_GREATER_EQUAL },
    { "==", OP_EQUAL },
    { "!=", OP_NOT_EQUAL },
    { "<", OP_LESS },
    { ">", OP_GREATER },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (operators); i++)
    if (g_str_has_prefix (p, operators[i].text))
      {
        *code = operators[i].code;
        return strlen (operators[i].text);
      }
  return 0;
}

static guint32
last_op (Parser *parser)
{
  return parser->ops->len - 1;
}

static void
emit (Parser  *parser,
      OpCode   code,
      guint32  arg,
      guint32  left,
      double   number)
{
  Op op = { code, arg, left, number };

  g_array_append_val (parser->ops, op);
}

static gboolean
enter (Parser     *parser,
       const char *where)
{
  if (++parser->depth > CLS_FORMULA_MAX_DEPTH)
    return fail (parser, where, _("the formula nests more than %d levels deep (parentheses, functions and signs)"),
                 CLS_FORMULA_MAX_DEPTH);
  return TRUE;
}

static void
leave (Parser *parser)
{
  parser->depth--;
}

static gboolean
parse_number (Parser *parser)
{
  const char *start = parser->p, *q = parser->p;
  gboolean digits = FALSE;
  char *end = NULL;
  double value;

  while (g_ascii_isdigit (*q))
    q++, digits = TRUE;
  if (*q == '.')
    {
      q++;
      while (g_ascii_isdigit (*q))
        q++, digits = TRUE;
    }
  if (digits && (*q == 'e' || *q == 'E'))
    {
      const char *exponent = q + 1;

      if (*exponent == '+' || *exponent == '-')
        exponent++;
      if (g_ascii_isdigit (*exponent))
        {
          q = exponent;
          while (g_ascii_isdigit (*q))
            q++;
        }
      else
        digits = FALSE;
    }
  /* “12abc”, “1.2.3”, “0x1F”, “1e”: refuse the whole token rather than read
   * its start and complain about the rest. */
  if (!digits || g_ascii_isalnum (*q) || *q == '.' || *q == '_')
    return fail (parser, start, _("a number is malformed"));
  value = g_ascii_strtod (start, &end);
  g_assert (end == q);
  if (!isfinite (value))
    return fail (parser, start, _("a number is too large"));
  parser->p = q;
  emit (parser, OP_NUMBER, 0, NO_OP, value);
  return TRUE;
}

static gboolean
parse_reference (Parser *parser)
{
  const char *open = parser->p, *start = parser->p + 1, *q = start;
  char *id;
  guint index;

  while (*q != '\0' && *q != ']' && *q != '[')
    q++;
  if (*q != ']')
    return fail (parser, open, _("a reference is not closed with “]”"));
  if (q == start)
    return fail (parser, open, _("a reference is empty: write an indicator or figure id between “[” and “]”"));
  id = g_strndup (start, q - start);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (parser->index, id));
  if (index == 0)
    {
      g_ptr_array_add (parser->references, id);
      index = parser->references->len;
      g_hash_table_insert (parser->index, id, GUINT_TO_POINTER (index));
    }
  else
    g_free (id);
  parser->p = q + 1;
  emit (parser, OP_REFERENCE, index - 1, NO_OP, 0);
  return TRUE;
}

typedef struct {
  const char *name;
  OpCode code;
  guint min_args;
  guint max_args;
  const char *usage;
} Function;

static const Function functions[] = {
  { "if", OP_IF, 3, 3, N_("“if” takes 3 (condition, value if true, value if false)") },
  { "isNull", OP_IS_NULL, 1, 1, N_("“isNull” takes 1") },
  { "min", OP_MIN, 1, G_MAXUINT32, N_("“min” takes at least 1") },
  { "max", OP_MAX, 1, G_MAXUINT32, N_("“max” takes at least 1") },
};

static gboolean
parse_call (Parser *parser)
{
  const char *start = parser->p;
  const Function *function = NULL;
  guint i, n_args = 0;
  gsize length;

  while (g_ascii_isalnum (*parser->p))
    parser->p++;
  length = parser->p - start;
  for (i = 0; i < G_N_ELEMENTS (functions); i++)
    if (strlen (functions[i].name) == length && strncmp (functions[i].name, start, length) == 0)
      function = &functions[i];
  skip_spaces (parser);
  if (function == NULL)
    {
      if (*parser->p == '(')
        return fail (parser, start, _("unknown function “%.*s” (use if, isNull, min, max)"), (int) length, start);
      return fail (parser, start, _("unknown name “%.*s”: write references in brackets, like “[%.*s]”"),
                   (int) length, start, (int) length, start);
    }
  if (*parser->p != '(')
    return fail (parser, parser->p, _("a “(” is missing after the function name"));
  if (!enter (parser, start))
    return FALSE;
  parser->p++;
  skip_spaces (parser);
  if (*parser->p != ')')
    for (;;)
      {
        if (!parse_comparison (parser))
          return FALSE;
        n_args++;
        skip_spaces (parser);
        if (*parser->p != ',')
          break;
        parser->p++;
      }
  if (*parser->p != ')')
    return fail (parser, parser->p, *parser->p ? _("a “)” is missing") : _("the formula ends too early"));
  parser->p++;
  leave (parser);
  if (n_args < function->min_args || n_args > function->max_args)
    return fail (parser, start, _("wrong number of arguments: %s, not %u"), _(function->usage), n_args);
  emit (parser, function->code, n_args, NO_OP, 0);
  return TRUE;
}

static gboolean
parse_operand (Parser *parser)
{
  const char *start;
  gsize sign;

  skip_spaces (parser);
  start = parser->p;
  sign = peek_minus (parser->p);
  if (sign > 0 || *parser->p == '+')
    {
      guint32 operand;

      if (!enter (parser, start))
        return FALSE;
      parser->p += sign > 0 ? sign : 1;
      operand = parser->ops->len;
      if (!parse_operand (parser))
        return FALSE;
      leave (parser);
      if (sign == 0)
        return TRUE;
      /* -2 is the number −2, not an operation on 2: factors such as
       * -1 × x are then plain numbers (ClsFormulaTrace). */
      if (last_op (parser) == operand && g_array_index (parser->ops, Op, operand).code == OP_NUMBER)
        g_array_index (parser->ops, Op, operand).number = -g_array_index (parser->ops, Op, operand).number;
      else
        emit (parser, OP_NEGATE, 0, NO_OP, 0);
      return TRUE;
    }
  if (*parser->p == '(')
    {
      if (!enter (parser, start))
        return FALSE;
      parser->p++;
      if (!parse_comparison (parser))
        return FALSE;
      skip_spaces (parser);
      if (*parser->p != ')')
        return fail (parser, parser->p, *parser->p ? _("a “)” is missing") : _("the formula ends too early"));
      parser->p++;
      leave (parser);
      return TRUE;
    }
  if (*parser->p == '[')
    return parse_reference (parser);
  if (g_ascii_isdigit (*parser->p) || *parser->p == '.')
    return parse_number (parser);
  if (g_ascii_isalpha (*parser->p))
    return parse_call (parser);
  if (*parser->p == '\0')
    return fail (parser, parser->p, _("the formula ends too early"));
  if (*parser->p == ')' || *parser->p == ',')
    return fail (parser, parser->p, _("a value is missing before “%c”"), *parser->p);
  return fail (parser, parser->p, _("unexpected character “%.*s”"),
               (int) (g_utf8_next_char (parser->p) - parser->p), parser->p);
}

static gboolean
parse_product (Parser *parser)
{
  if (!parse_operand (parser))
    return FALSE;
  for (;;)
    {
      guint32 left = last_op (parser);
      OpCode code;
      gsize length;

      skip_spaces (parser);
      length = peek_product_operator (parser->p, &code);
      if (length == 0)
        return TRUE;
      parser->p += length;
      if (!parse_operand (parser))
        return FALSE;
      emit (parser, code, 0, left, 0);
    }
}

static gboolean
parse_sum (Parser *parser)
{
  if (!parse_product (parser))
    return FALSE;
  for (;;)
    {
      guint32 left = last_op (parser);
      OpCode code;
      gsize length;

      skip_spaces (parser);
      length = peek_sum_operator (parser->p, &code);
      if (length == 0)
        return TRUE;
      parser->p += length;
      if (!parse_product (parser))
        return FALSE;
      emit (parser, code, 0, left, 0);
    }
}

static gboolean
parse_comparison (Parser *parser)
{
  guint32 left;
  OpCode code;
  gsize length;

  if (!parse_sum (parser))
    return FALSE;
  left = last_op (parser);
  skip_spaces (parser);
  length = peek_comparison_operator (parser->p, &code);
  if (length == 0)
    return TRUE;
  parser->p += length;
  if (!parse_sum (parser))
    return FALSE;
  emit (parser, code, 0, left, 0);
  skip_spaces (parser);
  if (peek_comparison_operator (parser->p, &code) > 0)
    return fail (parser, parser->p, _("comparisons cannot be chained: put one of them in parentheses"));
  return TRUE;
}

/* How many values an instruction takes from the stack. */
static guint
n_operands (const Op *op)
{
  switch (op->code)
    {
    case OP_NUMBER:
    case OP_REFERENCE:
      return 0;
    case OP_NEGATE:
    case OP_IS_NULL:
      return 1;
    case OP_IF:
      return 3;
    case OP_MIN:
    case OP_MAX:
      return op->arg;
    case OP_ADD:
    case OP_SUBTRACT:
    case OP_MULTIPLY:
    case OP_DIVIDE:
    case OP_LESS:
    case OP_LESS_EQUAL:
    case OP_GREATER:
    case OP_GREATER_EQUAL:
    case OP_EQUAL:
    case OP_NOT_EQUAL:
    default:
      return 2;
    }
}

static gboolean
is_number (ClsFormula *formula,
           guint32     i)
{
  return formula->ops[i].code == OP_NUMBER;
}

/* Splits a product with one number side: K × X or X × K. */
static gboolean
split_factor (ClsFormula *formula,
              guint32     product,
              guint32    *other,
              double     *factor)
{
  guint32 left = formula->ops[product].left, right = product - 1;

  if (formula->ops[product].code != OP_MULTIPLY)
    return FALSE;
  if (is_number (formula, left))
    {
      *factor = formula->ops[left].number;
      *other = right;
      return TRUE;
    }
  if (is_number (formula, right))
    {
      *factor = formula->ops[right].number;
      *other = left;
      return TRUE;
    }
  return FALSE;
}

static void
find_ratio (ClsFormula *formula)
{
  guint32 root = formula->n_ops - 1, ratio = root, numerator;
  double factor = 1;

  formula->numerator_op = formula->denominator_op = NO_OP;
  formula->factor = 1;
  if (formula->ops[root].code == OP_MULTIPLY)
    {
      /* K × (N / D) or N / D × K */
      if (!split_factor (formula, root, &ratio, &factor) || formula->ops[ratio].code != OP_DIVIDE)
        return;
    }
  if (formula->ops[ratio].code != OP_DIVIDE)
    return;
  numerator = formula->ops[ratio].left;
  /* K × N / D or N × K / D, unless the factor was already taken above */
  if (ratio == root)
    split_factor (formula, numerator, &numerator, &factor);
  formula->numerator_op = numerator;
  formula->denominator_op = ratio - 1;
  formula->factor = factor;
}

ClsFormula *
_cls_formula_parse (const char  *text,
                    GError     **error)
{
  Parser parser = { text, text, NULL, NULL, NULL, 0, error, FALSE };
  ClsFormula *formula = NULL;
  const char *end;
  guint i, depth = 0;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_FORMULA,
                   _("the formula is not valid UTF-8 at character %ld"),
                   g_utf8_pointer_to_offset (text, end) + 1);
      return NULL;
    }
  skip_spaces (&parser);
  if (*parser.p == '\0')
    {
      fail (&parser, parser.p, _("the formula is empty"));
      return NULL;
    }

  parser.ops = g_array_new (FALSE, FALSE, sizeof (Op));
  parser.references = g_ptr_array_new_with_free_func (g_free);
  parser.index = g_hash_table_new (g_str_hash, g_str_equal);
  if (parse_comparison (&parser))
    {
      skip_spaces (&parser);
      if (*parser.p == ')')
        fail (&parser, parser.p, _("a “)” has no matching “(”"));
      else if (*parser.p != '\0')
        fail (&parser, parser.p, _("unexpected text after the formula"));
    }
  if (!parser.failed)
    {
      formula = g_malloc (sizeof (ClsFormula) + parser.ops->len * sizeof (Op));
      formula->text = g_strdup (text);
      formula->n_references = parser.references->len;
      g_ptr_array_add (parser.references, NULL);
      formula->references = (char **) g_ptr_array_free (g_steal_pointer (&parser.references), FALSE);
      formula->n_ops = parser.ops->len;
      memcpy (formula->ops, parser.ops->data, parser.ops->len * sizeof (Op));
      /* The deepest the value stack gets, so that evaluating never grows it. */
      formula->max_stack = 0;
      for (i = 0; i < formula->n_ops; i++)
        {
          depth = depth - n_operands (&formula->ops[i]) + 1;
          formula->max_stack = MAX (formula->max_stack, depth);
        }
      g_assert (depth == 1);
      find_ratio (formula);
    }
  g_array_unref (parser.ops);
  g_clear_pointer (&parser.references, g_ptr_array_unref);
  g_hash_table_unref (parser.index);
  return formula;
}

void
_cls_formula_free (ClsFormula *formula)
{
  if (formula == NULL)
    return;
  g_free (formula->text);
  g_strfreev (formula->references);
  g_free (formula);
}

const char *
_cls_formula_get_text (ClsFormula *formula)
{
  g_return_val_if_fail (formula != NULL, NULL);
  return formula->text;
}

const char * const *
_cls_formula_get_references (ClsFormula *formula)
{
  g_return_val_if_fail (formula != NULL, NULL);
  return (const char * const *) formula->references;
}

/* ------------------------------------------------------------------ */
/* Evaluation.                                                          */

static inline double
finite_or_null (double value)
{
  return isfinite (value) ? value : NAN;
}

static inline double
truth (gboolean condition)
{
  return condition ? 1 : 0;
}

/* Enough for every formula a person writes; longer ones use the heap. */
#define SMALL_FRAME 64

gboolean
_cls_formula_evaluate (ClsFormula         *formula,
                       ClsFormulaResolver  resolve,
                       gpointer            user_data,
                       double             *out_value,
                       ClsFormulaTrace    *trace)
{
  double small[SMALL_FRAME];
  g_autofree double *large = NULL;
  double *values, *stack, result;
  guint i, j, sp = 0;

  g_return_val_if_fail (formula != NULL, FALSE);
  g_return_val_if_fail (resolve != NULL || formula->n_references == 0, FALSE);

  if (formula->n_references + formula->max_stack <= SMALL_FRAME)
    values = small;
  else
    values = large = g_new (double, formula->n_references + formula->max_stack);
  stack = values + formula->n_references;

  /* Each distinct reference once: resolving may mean aggregating
   * measurements, or evaluating another formula. */
  for (i = 0; i < formula->n_references; i++)
    {
      double value = 0;

      values[i] = resolve (formula->references[i], user_data, &value) ? finite_or_null (value) : NAN;
    }

  if (trace != NULL)
    *trace = (ClsFormulaTrace) { FALSE, 0, 0, 1 };

  for (i = 0; i < formula->n_ops; i++)
    {
      const Op *op = &formula->ops[i];
      double a, b;

      switch (op->code)
        {
        case OP_NUMBER:
          stack[sp++] = op->number;
          break;
        case OP_REFERENCE:
          stack[sp++] = values[op->arg];
          break;
        case OP_NEGATE:
          stack[sp - 1] = -stack[sp - 1];
          break;
        case OP_IS_NULL:
          stack[sp - 1] = truth (isnan (stack[sp - 1]));
          break;
        case OP_IF:
          sp -= 2;
          a = stack[sp - 1];
          stack[sp - 1] = isnan (a) ? NAN : a != 0 ? stack[sp] : stack[sp + 1];
          break;
        case OP_MIN:
        case OP_MAX:
          sp -= op->arg;
          result = NAN;
          for (j = 0; j < op->arg; j++)
            {
              double value = stack[sp + j];

              if (isnan (value))
                continue;
              if (isnan (result) || (op->code == OP_MIN ? value < result : value > result))
                result = value;
            }
          stack[sp++] = result;
          break;
        case OP_ADD:
        case OP_SUBTRACT:
        case OP_MULTIPLY:
        case OP_DIVIDE:
        case OP_LESS:
        case OP_LESS_EQUAL:
        case OP_GREATER:
        case OP_GREATER_EQUAL:
        case OP_EQUAL:
        case OP_NOT_EQUAL:
        default:
          b = stack[--sp];
          a = stack[sp - 1];
          if (isnan (a) || isnan (b))
            result = NAN;
          else
            switch (op->code)
              {
              case OP_ADD: result = finite_or_null (a + b); break;
              case OP_SUBTRACT: result = finite_or_null (a - b); break;
              case OP_MULTIPLY: result = finite_or_null (a * b); break;
              case OP_DIVIDE: result = b == 0 ? NAN : finite_or_null (a / b); break;
              case OP_LESS: result = truth (a < b); break;
              case OP_LESS_EQUAL: result = truth (a <= b); break;
              case OP_GREATER: result = truth (a > b); break;
              case OP_GREATER_EQUAL: result = truth (a >= b); break;
              case OP_EQUAL: result = truth (a == b); break;
              case OP_NOT_EQUAL: result = truth (a != b); break;
              case OP_NUMBER:
              case OP_REFERENCE:
              case OP_NEGATE:
              case OP_IF:
              case OP_IS_NULL:
              case OP_MIN:
              case OP_MAX:
              default:
                g_assert_not_reached ();
              }
          stack[sp - 1] = result;
          break;
        }

      if (trace != NULL)
        {
          if (i == formula->numerator_op)
            trace->numerator = stack[sp - 1];
          else if (i == formula->denominator_op)
            trace->denominator = stack[sp - 1];
        }
    }
  g_assert (sp == 1);

  if (trace != NULL)
    {
      if (formula->numerator_op != NO_OP && !isnan (trace->numerator) && !isnan (trace->denominator))
        {
          trace->has_numerator = TRUE;
          trace->factor = formula->factor;
        }
      else
        *trace = (ClsFormulaTrace) { FALSE, 0, 0, 1 };
    }

  if (isnan (stack[0]))
    return FALSE;
  *out_value = stack[0];
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Canonical text.                                                      */

/* Binding strength of what a piece of text is, to decide on parentheses. */
enum {
  PREC_COMPARISON = 1,
  PREC_SUM,
  PREC_PRODUCT,
  PREC_SIGNED,   /* -x, and negative numbers */
  PREC_ATOM,     /* numbers, references, calls, parenthesised text */
};

typedef struct {
  GString *text;
  int prec;
} Piece;

static void
append_number (GString *string,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  static const char *formats[] = { "%.15g", "%.16g", "%.17g" };
  guint i;

  /* The shortest of these that reads back exactly: 0.1, not
   * 0.10000000000000001. %.17g always does. */
  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  g_string_append (string, buffer);
}

/* Appends piece to string and frees it. */
static void
append_piece (GString *string,
              Piece   *piece,
              gboolean parenthesise)
{
  if (parenthesise)
    g_string_append_c (string, '(');
  g_string_append_len (string, piece->text->str, piece->text->len);
  if (parenthesise)
    g_string_append_c (string, ')');
  g_string_free (piece->text, TRUE);
  piece->text = NULL;
}

/* Puts prefix in front of the piece, with parentheses around the piece if
 * asked. The piece's text is reused rather than copied: the leftmost operand
 * of a chain such as 1 + 1 + … is extended in place, so that writing a long
 * formula takes linear time. Prepending moves the text, but only where the
 * formula nests, which the parser bounds. */
static void
prefix_piece (Piece      *piece,
              const char *prefix,
              gboolean    parenthesise)
{
  if (parenthesise)
    {
      g_string_prepend_c (piece->text, '(');
      g_string_append_c (piece->text, ')');
    }
  g_string_prepend (piece->text, prefix);
}

static const char *
operator_text (OpCode code,
               int   *prec)
{
  switch (code)
    {
    case OP_ADD: *prec = PREC_SUM; return " + ";
    case OP_SUBTRACT: *prec = PREC_SUM; return " - ";
    case OP_MULTIPLY: *prec = PREC_PRODUCT; return " * ";
    case OP_DIVIDE: *prec = PREC_PRODUCT; return " / ";
    case OP_LESS: *prec = PREC_COMPARISON; return " < ";
    case OP_LESS_EQUAL: *prec = PREC_COMPARISON; return " <= ";
    case OP_GREATER: *prec = PREC_COMPARISON; return " > ";
    case OP_GREATER_EQUAL: *prec = PREC_COMPARISON; return " >= ";
    case OP_EQUAL: *prec = PREC_COMPARISON; return " == ";
    case OP_NOT_EQUAL: *prec = PREC_COMPARISON; return " != ";
    case OP_NUMBER:
    case OP_REFERENCE:
    case OP_NEGATE:
    case OP_IF:
    case OP_IS_NULL:
    case OP_MIN:
    case OP_MAX:
    default:
      g_assert_not_reached ();
    }
}

char *
_cls_formula_to_string (ClsFormula *formula)
{
  g_autofree Piece *stack = NULL;
  guint i, j, sp = 0;

  g_return_val_if_fail (formula != NULL, NULL);

  /* The same stack discipline as the evaluator, with text for values. */
  stack = g_new (Piece, formula->max_stack);
  for (i = 0; i < formula->n_ops; i++)
    {
      const Op *op = &formula->ops[i];
      guint n = n_operands (op);
      Piece *top;

      sp -= n;
      top = &stack[sp];
      switch (op->code)
        {
        case OP_NUMBER:
          top->text = g_string_new (NULL);
          append_number (top->text, op->number);
          top->prec = signbit (op->number) ? PREC_SIGNED : PREC_ATOM;
          break;
        case OP_REFERENCE:
          top->text = g_string_new (NULL);
          g_string_append_printf (top->text, "[%s]", formula->references[op->arg]);
          top->prec = PREC_ATOM;
          break;
        case OP_NEGATE:
          prefix_piece (top, "-", top->prec < PREC_ATOM);
          top->prec = PREC_SIGNED;
          break;
        case OP_IF:
        case OP_IS_NULL:
        case OP_MIN:
        case OP_MAX:
          prefix_piece (top, op->code == OP_IF ? "if(" : op->code == OP_IS_NULL ? "isNull(" :
                             op->code == OP_MIN ? "min(" : "max(", FALSE);
          for (j = 1; j < n; j++)
            {
              g_string_append (top->text, ", ");
              append_piece (top->text, &stack[sp + j], FALSE);
            }
          g_string_append_c (top->text, ')');
          top->prec = PREC_ATOM;
          break;
        case OP_ADD:
        case OP_SUBTRACT:
        case OP_MULTIPLY:
        case OP_DIVIDE:
        case OP_LESS:
        case OP_LESS_EQUAL:
        case OP_GREATER:
        case OP_GREATER_EQUAL:
        case OP_EQUAL:
        case OP_NOT_EQUAL:
        default:
          {
            int prec;
            const char *symbol = operator_text (op->code, &prec);

            /* Left-associative: a - b - c needs no parentheses, a - (b - c)
             * does; a comparison cannot take a comparison unparenthesised. */
            prefix_piece (top, "", prec == PREC_COMPARISON ? top->prec <= prec : top->prec < prec);
            g_string_append (top->text, symbol);
            append_piece (top->text, &stack[sp + 1], stack[sp + 1].prec <= prec);
            top->prec = prec;
          }
          break;
        }
      sp++;
    }
  g_assert (sp == 1);
  return g_string_free (stack[0].text, FALSE);
}
