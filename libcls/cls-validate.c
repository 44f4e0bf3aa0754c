/* cls-validate.c: semantic checks of a contract
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "cls-checks-private.h"
#include "cls-scale-private.h"
#include "cls-node-private.h"
#include "cls-contract-private.h"
#include "cls-contract.h"
#include "cls-diagnostic.h"
#include "cls-error.h"
#include "cls-i18n-private.h"
#include "cls-enum-types.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-model-private.h"
#include "cls-period-private.h"
#include "cls-review.h"
#include "cls-validate-private.h"

/* ------------------------------------------------------------------ */
/* Locations.                                                           */

void
_cls_locator_init (ClsLocator *locator,
                   const char *file)
{
  locator->file = g_strdup (file);
  locator->objects = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  locator->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  locator->measurements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  locator->children = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
}

/* Takes `children` (see ClsLocator). */
void
_cls_locator_set_children (ClsLocator *locator,
                           gpointer    indicator,
                           GArray     *children)
{
  g_hash_table_insert (locator->children, indicator, children);
}

void
_cls_locator_clear (ClsLocator *locator)
{
  g_clear_pointer (&locator->file, g_free);
  g_clear_pointer (&locator->objects, g_hash_table_unref);
  g_clear_pointer (&locator->slots, g_hash_table_unref);
  g_clear_pointer (&locator->measurements, g_hash_table_unref);
  g_clear_pointer (&locator->children, g_hash_table_unref);
}

void
_cls_locator_set (ClsLocator *locator,
                  gpointer    object,
                  const char *slot,
                  guint32     line,
                  guint32     column)
{
  ClsLocation *where = g_new (ClsLocation, 1);

  where->line = line;
  where->column = column;
  if (slot == NULL)
    g_hash_table_insert (locator->objects, object, where);
  else
    g_hash_table_insert (locator->slots, g_strdup_printf ("%p/%s", object, slot), where);
}

typedef struct {
  ClsContract *contract;
  ClsLocator *locator;
  GListStore *warnings;
  GError **error;
  GHashTable *ids;         /* id → object, all ids seen in document order */
  ClsPeriod *period;       /* the contract's, or NULL */
} Check;

static const ClsLocation *
find_location (Check      *c,
               gpointer    object,
               const char *slot)
{
  const ClsLocation *where = NULL;

  if (c->locator == NULL || object == NULL)
    return NULL;
  if (slot != NULL)
    {
      g_autofree char *key = g_strdup_printf ("%p/%s", object, slot);
      where = g_hash_table_lookup (c->locator->slots, key);
    }
  if (where == NULL)
    where = g_hash_table_lookup (c->locator->objects, object);
  return where;
}

static char *
describe (Check       *c,
          gpointer     object,
          const char  *slot,
          const ClsLocation *override)
{
  const ClsLocation *where = override != NULL ? override : find_location (c, object, slot);
  const char *id;

  if (where != NULL)
    return g_strdup_printf ("%s:%u:%u: ", c->locator->file, where->line, where->column);
  if (c->locator != NULL)
    return g_strdup_printf ("%s:0:0: ", c->locator->file);
  id = object ? _cls_model_get_id (object) : NULL;
  /* TRANSLATORS: the id of the object an error is about, before the
   * message, for a contract that was not loaded from a file */
  return id ? g_strdup_printf (_("“%s”: "), id) : g_strdup ("");
}

static gboolean
error_at (Check             *c,
          gpointer           object,
          const char        *slot,
          const ClsLocation *where,
          ClsContractError   code,
          const char        *format,
          ...) G_GNUC_PRINTF (6, 7);

static gboolean
error_at (Check             *c,
          gpointer           object,
          const char        *slot,
          const ClsLocation *where,
          ClsContractError   code,
          const char        *format,
          ...)
{
  g_autofree char *prefix = describe (c, object, slot, where);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (c->error, CLS_CONTRACT_ERROR, code, "%s%s", prefix, message);
  return FALSE;
}

#define ERROR(c, object, slot, code, ...) error_at ((c), (object), (slot), NULL, (code), __VA_ARGS__)

static void
warn_at (Check             *c,
         gpointer           object,
         const ClsLocation *override,
         const char        *code,
         const char        *format,
         ...) G_GNUC_PRINTF (5, 6);

static void
warn_at (Check             *c,
         gpointer           object,
         const ClsLocation *override,
         const char        *code,
         const char        *format,
         ...)
{
  g_autoptr(ClsDiagnostic) diagnostic = cls_diagnostic_new ();
  const ClsLocation *where = override != NULL ? override : find_location (c, object, NULL);
  g_autofree char *message = NULL;
  va_list args;

  if (c->warnings == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  cls_diagnostic_set_severity (diagnostic, CLS_SEVERITY_WARNING);
  cls_diagnostic_set_code (diagnostic, code);
  cls_diagnostic_set_message (diagnostic, message);
  if (c->locator != NULL)
    cls_diagnostic_set_file (diagnostic, c->locator->file);
  if (where != NULL)
    {
      cls_diagnostic_set_line (diagnostic, where->line);
      cls_diagnostic_set_column (diagnostic, where->column);
    }
  if (CLS_IS_CONTRACT (object))
    cls_diagnostic_set_object_id (diagnostic, cls_contract_get_id (object));
  else if (object != NULL)
    cls_diagnostic_set_object_id (diagnostic, _cls_model_get_id (object));
  /* The node too, so that loading warnings group by action like the
   * review's findings. */
  if (CLS_IS_NODE (object))
    cls_diagnostic_set_node_id (diagnostic, cls_node_get_id (object));
  else if (CLS_IS_INDICATOR (object) && cls_indicator_get_node (object) != NULL)
    cls_diagnostic_set_node_id (diagnostic, cls_node_get_id (cls_indicator_get_node (object)));
  g_list_store_append (c->warnings, diagnostic);
}

/* ------------------------------------------------------------------ */
/* Ids and references.                                                  */

static gboolean check_ids_in (Check *c, gpointer object);

static gboolean
check_ids_in_model (Check      *c,
                    GListModel *model)
{
  guint i, n = g_list_model_get_n_items (model);

  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      if (!check_ids_in (c, item))
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  Check *c;
  gboolean ok;
} IdWalk;

static void
id_walk_one (GObject  *object,
             gpointer  user_data)
{
  IdWalk *walk = user_data;

  if (walk->ok)
    walk->ok = check_ids_in (walk->c, object);
}

static gboolean
check_ids_in (Check    *c,
              gpointer  object)
{
  const char *id = _cls_model_get_id (object);
  IdWalk walk = { c, TRUE };

  if (id != NULL)
    {
      GObject *first = g_hash_table_lookup (c->ids, id);

      if (first != NULL)
        {
          const ClsLocation *where = find_location (c, first, NULL);
          if (where != NULL)
            return ERROR (c, object, NULL, CLS_CONTRACT_ERROR_DUPLICATE_ID,
                          _("the id “%s” is already used on line %u"), id, where->line);
          return ERROR (c, object, NULL, CLS_CONTRACT_ERROR_DUPLICATE_ID, _("the id “%s” is used twice"), id);
        }
      g_hash_table_insert (c->ids, (gpointer) id, object);
    }
  if (CLS_IS_SCALE (object))
    {
      GListModel *levels = _cls_scale_peek_levels (object);
      g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
      guint i, n = g_list_model_get_n_items (levels);
      double previous = -G_MAXDOUBLE;

      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsScaleLevel) level = g_list_model_get_item (levels, i);
          const char *key = cls_scale_level_get_key (level);

          if (!g_hash_table_add (keys, (gpointer) key))
            return ERROR (c, level, NULL, CLS_CONTRACT_ERROR_DUPLICATE_ID,
                          _("the scale “%s” has two levels with the key “%s”"), id, key);
          if (i > 0 && cls_scale_level_get_value (level) <= previous)
            return ERROR (c, level, NULL, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                          _("the levels of scale “%s” must go up: “%s” is not above the level before it"),
                          id, key);
          previous = cls_scale_level_get_value (level);
        }
    }
  _cls_model_foreach_child (object, id_walk_one, &walk);
  return walk.ok;
}

static gboolean
check_reference (Check      *c,
                 gpointer    from,
                 const char *slot,
                 const char *what,
                 const char *id,
                 GType       type)
{
  GObject *target;

  if (id == NULL)
    return TRUE;
  target = g_hash_table_lookup (c->ids, id);
  if (target == NULL || !g_type_is_a (G_OBJECT_TYPE (target), type))
    return ERROR (c, from, slot, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE,
                  /* TRANSLATORS: the first %s is what is referred to:
                   * “the organisation”, “the amendment”… */
                  _("%s “%s” does not exist in this contract"), _(what), id);
  return TRUE;
}

static gboolean
check_references (Check              *c,
                  gpointer            from,
                  const char         *slot,
                  const char         *what,
                  const char * const *ids,
                  GType               type)
{
  guint i;

  for (i = 0; ids != NULL && ids[i] != NULL; i++)
    if (!check_reference (c, from, slot, what, ids[i], type))
      return FALSE;
  return TRUE;
}

static gboolean
check_roles (Check      *c,
             GListModel *roles)
{
  guint i, n = g_list_model_get_n_items (roles);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsRole) role = g_list_model_get_item (roles, i);

      if (cls_role_get_organisation (role) == NULL)
        return ERROR (c, role, NULL, CLS_CONTRACT_ERROR_MISSING, _("a role needs an organisation"));
      if (!check_reference (c, role, NULL, N_("the organisation"), cls_role_get_organisation (role), CLS_TYPE_ORGANISATION) ||
          !check_reference (c, role, NULL, N_("the amendment"), cls_role_get_amendment (role), CLS_TYPE_AMENDMENT))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_fundings (Check      *c,
                gpointer    owner,
                GListModel *fundings)
{
  guint i, n = g_list_model_get_n_items (fundings);
  double shares;

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsFunding) funding = g_list_model_get_item (fundings, i);

      if (!check_reference (c, funding, NULL, N_("the funder"), cls_funding_get_funder (funding), CLS_TYPE_ORGANISATION))
        return FALSE;
      if (cls_funding_has_min (funding) && cls_funding_has_max (funding) &&
          cls_funding_get_min (funding) > cls_funding_get_max (funding))
        return ERROR (c, funding, NULL, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                      _("the funding range goes from %g down to %g"), cls_funding_get_min (funding),
                      cls_funding_get_max (funding));
    }
  if (_cls_check_funding_shares (fundings, &shares))
    {
      g_autoptr(ClsFunding) first = g_list_model_get_item (fundings, 0);
      /* Located at the first line, but about the owner (node or contract). */
      warn_at (c, owner, find_location (c, first, NULL), CLS_REVIEW_SHARES_NOT_100,
               _("the funding shares sum to %.4g %%, not 100 %%"), shares);
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Formulas: references and cycles (the syntax is cls-formula.c's).   */

typedef enum { WHITE, GREY, BLACK } Colour;

static gboolean
visit_formula (Check        *c,
               ClsIndicator *indicator,
               GHashTable   *colours,
               GHashTable   *edges)
{
  const char * const *refs = g_hash_table_lookup (edges, indicator);
  guint i;

  g_hash_table_insert (colours, indicator, GINT_TO_POINTER (GREY));
  for (i = 0; refs != NULL && refs[i] != NULL; i++)
    {
      GObject *target = g_hash_table_lookup (c->ids, refs[i]);
      Colour colour;

      if (!CLS_IS_INDICATOR (target))
        continue;
      colour = GPOINTER_TO_INT (g_hash_table_lookup (colours, target));
      if (colour == GREY)
        return ERROR (c, indicator, "formula", CLS_CONTRACT_ERROR_FORMULA,
                      _("the formula of “%s” depends on itself through “%s”"),
                      cls_indicator_get_id (indicator), cls_indicator_get_id (CLS_INDICATOR (target)));
      if (colour == WHITE && !visit_formula (c, CLS_INDICATOR (target), colours, edges))
        return FALSE;
    }
  g_hash_table_insert (colours, indicator, GINT_TO_POINTER (BLACK));
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Indicators.                                                          */

static gboolean
level_exists (ClsScale   *scale,
              const char *key)
{
  return scale != NULL && cls_scale_lookup_level (scale, key) != NULL;
}

static gboolean
check_level (Check        *c,
             gpointer      object,
             const ClsLocation *where,
             ClsScale     *scale,
             const char   *key,
             const char   *what)
{
  if (key == NULL || scale == NULL)
    return TRUE;
  if (!level_exists (scale, key))
    return error_at (c, object, NULL, where, CLS_CONTRACT_ERROR_UNKNOWN_LEVEL,
                     /* TRANSLATORS: the first %s is “the level”, “the target level”… */
                     _("%s “%s” is not a level of the scale “%s”"), _(what), key, cls_scale_get_id (scale));
  return TRUE;
}

static char *
target_slot (ClsTarget *target)
{
  const ClsPeriod *period = cls_target_get_period (target);
  g_autofree char *period_text = period ? cls_period_to_string (period) : NULL;

  return g_strdup_printf ("%s|%s|%s|%s",
                          period_text ? period_text : (cls_target_get_recurring (target) == CLS_RECURRENCE_ANNUAL ? "annual" : "final"),
                          cls_target_get_dimension (target) ? cls_target_get_dimension (target) : "",
                          cls_target_get_amendment (target) ? cls_target_get_amendment (target) : "",
                          "");
}

static const char *
slot_name (ClsTarget *target)
{
  if (cls_target_get_period (target) != NULL)
    /* TRANSLATORS: “indicator “%s” has two targets for this period” */
    return _("this period");
  if (cls_target_get_recurring (target) == CLS_RECURRENCE_ANNUAL)
    return _("every year");
  return _("the end of the contract");
}

static gboolean
check_targets (Check        *c,
               ClsIndicator *indicator,
               ClsScale     *scale)
{
  GListModel *targets = _cls_indicator_peek_targets (indicator);
  g_autoptr(GHashTable) slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
  ClsIndicatorKind kind = cls_indicator_get_kind (indicator);
  ClsDirection direction = cls_indicator_get_direction (indicator);
  double base = 0;
  gboolean has_base = FALSE;
  guint i, n = g_list_model_get_n_items (targets);

  if (baseline != NULL)
    {
      if (!check_level (c, baseline, NULL, scale, cls_baseline_get_level (baseline), N_("the baseline level")))
        return FALSE;
      if (cls_baseline_has_denominator (baseline) && cls_baseline_get_denominator (baseline) == 0 &&
          cls_baseline_has_numerator (baseline) && cls_baseline_get_numerator (baseline) != 0)
        return ERROR (c, baseline, NULL, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                      _("the baseline divides %g by zero"), cls_baseline_get_numerator (baseline));
      has_base = _cls_check_baseline_number (indicator, scale, &base);
    }

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsTarget) target = g_list_model_get_item (targets, i);
      g_autofree char *slot = target_slot (target);
      double value;

      if (!g_hash_table_add (slots, g_steal_pointer (&slot)))
        return ERROR (c, target, NULL, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD,
                      cls_target_get_amendment (target) != NULL
                      ? _("indicator “%s” has two targets for %s in the same amendment")
                      : _("indicator “%s” has two targets for %s"),
                      cls_indicator_get_id (indicator), slot_name (target));
      if (!check_reference (c, target, NULL, N_("the amendment"), cls_target_get_amendment (target), CLS_TYPE_AMENDMENT))
        return FALSE;
      if (!check_level (c, target, NULL, scale, cls_target_get_level (target), N_("the target level")))
        return FALSE;
      if (g_strcmp0 (cls_target_get_dimension (target), "commune") == 0 &&
          !check_references (c, target, NULL, N_("the commune"), cls_target_get_keys (target), CLS_TYPE_COMMUNE))
        return FALSE;
      if ((kind == CLS_INDICATOR_KIND_COUNT || kind == CLS_INDICATOR_KIND_AMOUNT || kind == CLS_INDICATOR_KIND_RATIO) &&
          cls_target_has_value (target) && cls_target_get_value (target) < 0)
        return ERROR (c, target, NULL, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                      _("a target of %g cannot be reached by a count, an amount or a ratio"), cls_target_get_value (target));
      if (_cls_check_comparator_conflict (indicator, target))
        return ERROR (c, target, NULL, CLS_CONTRACT_ERROR_TARGET_DIRECTION,
                      direction == CLS_DIRECTION_INCREASE
                      ? _("indicator “%s” should increase, but its target says “at most”")
                      : _("indicator “%s” should decrease, but its target says “at least”"),
                      cls_indicator_get_id (indicator));
      if (has_base && _cls_check_target_direction (indicator, scale, base, target, &value))
        {
          if (direction == CLS_DIRECTION_INCREASE)
            return ERROR (c, target, NULL, CLS_CONTRACT_ERROR_TARGET_DIRECTION,
                          _("indicator “%s” should increase, but its target %g is below its baseline %g"),
                          cls_indicator_get_id (indicator), value, base);
          return ERROR (c, target, NULL, CLS_CONTRACT_ERROR_TARGET_DIRECTION,
                        _("indicator “%s” should decrease, but its target %g is above its baseline %g"),
                        cls_indicator_get_id (indicator), value, base);
        }
    }
  return TRUE;
}

static const char *
kind_nick (ClsIndicatorKind kind)
{
  GEnumClass *klass = g_type_class_peek (CLS_TYPE_INDICATOR_KIND);
  GEnumValue *value = klass ? g_enum_get_value (klass, kind) : NULL;

  return value ? value->value_nick : "?";
}

/* The location of the `j`th response (or breakdown) of the measurement at
 * `index`, or `fallback` (the measurement's) when unknown. */
static const ClsLocation *
child_location (Check             *c,
                ClsIndicator      *indicator,
                guint              index,
                gboolean           breakdown,
                guint              j,
                ClsLocation       *out,
                const ClsLocation *fallback)
{
  GArray *children = c->locator ? g_hash_table_lookup (c->locator->children, indicator) : NULL;
  guint low = 0, high, k;

  if (children == NULL)
    return fallback;
  /* The first child of the measurement: they are sorted by measurement. */
  high = children->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (children, ClsChildLocation, middle).measurement < index)
        low = middle + 1;
      else
        high = middle;
    }
  for (k = low; k < children->len; k++)
    {
      const ClsChildLocation *child = &g_array_index (children, ClsChildLocation, k);

      if (child->measurement != index)
        break;
      if ((gboolean) child->breakdown == breakdown && j-- == 0)
        {
          out->line = child->line;
          out->column = child->column;
          return out;
        }
    }
  return fallback;
}

typedef struct {
  Check *c;
  ClsIndicator *indicator;
  const ClsLocation *where;
  const char *period;
} BreakdownWarning;

static void
warn_breakdown (const char *dimension,
                double      sum,
                double      total,
                gpointer    user_data)
{
  BreakdownWarning *w = user_data;

  warn_at (w->c, w->indicator, w->where, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL,
           _("the values by %s sum to %g, above the total %g (%s)"), dimension, sum, total, w->period);
}

static gboolean
check_measurements (Check        *c,
                    ClsIndicator *indicator,
                    ClsScale     *scale)
{
  ClsIndicatorKind kind = cls_indicator_get_kind (indicator);
  GArray *where_array = c->locator ? g_hash_table_lookup (c->locator->measurements, indicator) : NULL;
  const ClsRecordSet *set = _cls_indicator_peek_measurements (indicator);
  guint i, n = set->n;

  for (i = 0; i < n; i++)
    {
      const ClsRecord *m = _cls_record_set_at (set, i);
      const ClsRecordExtra *extra = _cls_record_extra (set, m);
      guint32 end = _cls_record_end (set, m);
      guint n_responses = extra != NULL ? extra->n_responses : 0;
      guint n_breakdowns = extra != NULL ? extra->n_breakdowns : 0;
      const ClsLocation *where = where_array && i < where_array->len
                                 ? &g_array_index (where_array, ClsLocation, i) : find_location (c, indicator, NULL);
      g_autoptr(GString) period = g_string_new (NULL);
      gboolean has_value = (m->flags & CLS_MEASUREMENT_HAS_VALUE) != 0;
      gboolean has_ratio = (m->flags & CLS_MEASUREMENT_HAS_RATIO) != 0;
      gboolean has_done = (m->flags & CLS_MEASUREMENT_HAS_DONE) != 0;
      gboolean has_level = (extra != NULL && extra->level != 0) || n_responses > 0;
      gboolean has_text = extra != NULL && extra->rare != NULL && extra->rare->text != NULL;
      gboolean fits;
      ClsLocation child_where;
      guint j;

      _cls_period_append_julian (period, m->start, end, m->kind);
      if (i > 0 && _cls_record_same_period (set, _cls_record_set_at (set, i - 1), m))
        return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD,
                         _("indicator “%s” is measured twice for %s"), cls_indicator_get_id (indicator), period->str);

      switch (kind)
        {
        case CLS_INDICATOR_KIND_COUNT:
        case CLS_INDICATOR_KIND_AMOUNT:
          fits = has_value && !has_ratio && !has_done && !has_level;
          break;
        case CLS_INDICATOR_KIND_RATIO:
          fits = (has_value || has_ratio) && !has_done && !has_level;
          break;
        case CLS_INDICATOR_KIND_MILESTONE:
          fits = has_done && !has_value && !has_ratio && !has_level;
          break;
        case CLS_INDICATOR_KIND_ORDINAL:
          fits = has_level && !has_value && !has_ratio && !has_done;
          break;
        case CLS_INDICATOR_KIND_NARRATIVE:
          fits = has_text && !has_value && !has_ratio && !has_done && !has_level;
          break;
        case CLS_INDICATOR_KIND_FORMULA:
        default:
          fits = FALSE;
          break;
        }
      if (!fits)
        return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_INVALID_VALUE,
                         kind == CLS_INDICATOR_KIND_FORMULA
                         ? _("indicator “%s” is a formula: it is computed, not measured (%s)")
                         : _("the measurement of “%s” for %s does not fit a %s indicator "
                             "(counts and amounts take a value, ratios a value or a numerator and "
                             "denominator, milestones done, ordinals a level or responses, narratives a text)"),
                         cls_indicator_get_id (indicator), period->str, kind_nick (kind));

      if ((kind == CLS_INDICATOR_KIND_COUNT || kind == CLS_INDICATOR_KIND_AMOUNT || kind == CLS_INDICATOR_KIND_RATIO) &&
          has_value && _cls_record_value (set, m) < 0)
        return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                         _("“%s” cannot be negative (%g for %s)"), cls_indicator_get_id (indicator),
                         _cls_record_value (set, m), period->str);
      if (has_ratio)
        {
          double numerator = _cls_record_numerator (m), denominator = _cls_record_denominator (m);

          if (numerator < 0 || denominator < 0)
            return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                             _("a numerator or denominator cannot be negative (%s)"), period->str);
          if (denominator == 0 && numerator != 0)
            return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                             _("%g out of a denominator of 0 is impossible (%s)"), numerator, period->str);
        }
      if (kind == CLS_INDICATOR_KIND_MILESTONE && extra != NULL && extra->date != 0 &&
          (extra->date < m->start || extra->date > end))
        return error_at (c, indicator, NULL, where, CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
                         _("the milestone is said done on a day outside its period %s"), period->str);
      if (kind == CLS_INDICATOR_KIND_ORDINAL)
        {
          if (scale == NULL)
            return error_at (c, indicator, NULL, NULL, CLS_CONTRACT_ERROR_MISSING,
                             _("the ordinal indicator “%s” needs a scale"), cls_indicator_get_id (indicator));
          if (!check_level (c, indicator, where, scale,
                            extra != NULL ? _cls_record_set_string (set, extra->level) : NULL, N_("the level")))
            return FALSE;
          for (j = 0; j < n_responses; j++)
            if (!check_level (c, indicator, child_location (c, indicator, i, FALSE, j, &child_where, where), scale,
                              _cls_record_set_string (set, _cls_record_extra_responses (extra)[j].level),
                              N_("the response level")))
              return FALSE;
        }

      /* Softer problems. */
      if (n_responses > 0 && extra->respondents >= 0)
        {
          guint total = 0;
          for (j = 0; j < n_responses; j++)
            total += _cls_record_extra_responses (extra)[j].count;
          if (total > (guint) extra->respondents)
            warn_at (c, indicator, where, "responses-above-respondents",
                     _("%u responses are counted for %d respondents (%s)"), total, extra->respondents, period->str);
        }
      if (n_breakdowns > 0 && has_value)
        {
          BreakdownWarning warning = { c, indicator, where, period->str };

          for (j = 0; j < n_breakdowns; j++)
            {
              const ClsRecordBreakdown *b = &_cls_record_extra_breakdowns (extra)[j];
              const char *bkey = _cls_record_set_string (set, b->key);
              const char *dimension = _cls_record_set_string (set, b->dimension);

              if (g_str_equal (dimension, "commune") &&
                  !CLS_IS_COMMUNE (g_hash_table_lookup (c->ids, bkey)))
                return error_at (c, indicator, NULL, child_location (c, indicator, i, TRUE, j, &child_where, where),
                                 CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE,
                                 _("the commune “%s” does not exist in this contract"), bkey);
            }
          _cls_check_breakdowns (set, m, warn_breakdown, &warning);
        }
      if (c->period != NULL)
        {
          guint32 cs = cls_period_get_start_julian (c->period), ce = cls_period_get_end_julian (c->period);
          if ((m->start < cs || end > ce) && end >= cs && m->start <= ce)
            warn_at (c, indicator, where, "period-crosses-contract",
                     _("the period %s crosses the contract's start or end"), period->str);
        }
    }
  return TRUE;
}

static gboolean
check_indicator (Check        *c,
                 ClsIndicator *indicator,
                 GHashTable   *edges)
{
  const char *template_id = cls_indicator_get_template (indicator);
  ClsScale *scale = NULL;
  const char *formula;

  if (template_id != NULL)
    {
      GObject *template = g_hash_table_lookup (c->ids, template_id);

      if (!CLS_IS_INDICATOR (template) || !cls_indicator_is_template (CLS_INDICATOR (template)))
        return ERROR (c, indicator, NULL, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE,
                      _("the indicator template “%s” does not exist in this contract"), template_id);
    }
  if (cls_indicator_get_title (indicator) == NULL && !cls_indicator_is_template (indicator))
    return ERROR (c, indicator, NULL, CLS_CONTRACT_ERROR_MISSING,
                  _("indicator “%s” has no title, and no template gives it one"), cls_indicator_get_id (indicator));
  if (!check_reference (c, indicator, NULL, N_("the scale"), cls_indicator_get_scale (indicator), CLS_TYPE_SCALE))
    return FALSE;
  if (cls_indicator_get_scale (indicator) != NULL)
    scale = CLS_SCALE (g_hash_table_lookup (c->ids, cls_indicator_get_scale (indicator)));
  if (!check_level (c, indicator, NULL, scale, cls_indicator_get_at_or_above (indicator), N_("the level")))
    return FALSE;
  if (!check_references (c, indicator, NULL, N_("the deliverable"), cls_indicator_get_deliverables (indicator), CLS_TYPE_DELIVERABLE))
    return FALSE;

  formula = cls_indicator_get_formula (indicator);
  if (cls_indicator_get_kind (indicator) == CLS_INDICATOR_KIND_FORMULA && formula == NULL &&
      !cls_indicator_is_template (indicator))
    return ERROR (c, indicator, NULL, CLS_CONTRACT_ERROR_MISSING,
                  _("the formula indicator “%s” has no <formula>"), cls_indicator_get_id (indicator));
  if (formula != NULL)
    {
      ClsFormula *parsed = _cls_indicator_get_parsed_formula (indicator);
      const char * const *refs;
      guint i;

      if (parsed == NULL)
        {
          /* The indicator keeps only the parsed formula, not why a text did
           * not parse: the same text fails the same way again, with the message. */
          g_autoptr(GError) problem = NULL;
          g_autoptr(ClsFormula) again = _cls_formula_parse (formula, &problem);

          return ERROR (c, indicator, "formula", CLS_CONTRACT_ERROR_FORMULA, _("the formula does not read: %s"),
                        problem != NULL ? problem->message : _("unknown error"));
        }
      /* Owned by the indicator or its template, which outlive the check. */
      refs = _cls_formula_get_references (parsed);
      g_hash_table_insert (edges, indicator, (gpointer) refs);
      for (i = 0; refs[i] != NULL; i++)
        {
          GObject *target = g_hash_table_lookup (c->ids, refs[i]);
          if (!CLS_IS_INDICATOR (target) && !CLS_IS_FIGURE (target))
            return ERROR (c, indicator, "formula", CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE,
                          _("the formula refers to “%s”, which is neither an indicator nor a context figure"),
                          refs[i]);
        }
    }

  if (cls_indicator_is_template (indicator))
    return TRUE;
  if (!check_targets (c, indicator, scale))
    return FALSE;
  return check_measurements (c, indicator, scale);
}

/* ------------------------------------------------------------------ */
/* Nodes and contract.                                                  */

static gboolean
check_indicators (Check      *c,
                  GListModel *indicators,
                  GHashTable *edges,
                  GPtrArray  *formulas)
{
  guint i, n = g_list_model_get_n_items (indicators);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);

      if (!check_indicator (c, indicator, edges))
        return FALSE;
      if (g_hash_table_contains (edges, indicator))
        g_ptr_array_add (formulas, indicator);
    }
  return TRUE;
}

static gboolean
check_node (Check      *c,
            ClsNode    *node,
            GHashTable *edges,
            GPtrArray  *formulas)
{
  GListModel *children, *see;
  guint i, n;

  if (cls_node_get_title (node) == NULL)
    return ERROR (c, node, NULL, CLS_CONTRACT_ERROR_MISSING, _("node “%s” has no title"), cls_node_get_id (node));
  if (!check_reference (c, node, NULL, N_("the level"), cls_node_get_level (node), CLS_TYPE_LEVEL) ||
      !check_reference (c, node, NULL, N_("the amendment"), cls_node_get_amendment (node), CLS_TYPE_AMENDMENT) ||
      !check_references (c, node, "sector", N_("the commune"), cls_node_get_sector_communes (node), CLS_TYPE_COMMUNE) ||
      !check_references (c, node, "sector", N_("the area"), cls_node_get_sector_areas (node), CLS_TYPE_AREA) ||
      !check_roles (c, _cls_node_peek_list (node, CLS_NODE_LIST_ROLES)) ||
      !check_fundings (c, node, _cls_node_peek_list (node, CLS_NODE_LIST_FUNDINGS)))
    return FALSE;
  see = _cls_node_peek_list (node, CLS_NODE_LIST_CROSS_REFERENCES);
  n = g_list_model_get_n_items (see);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsCrossReference) ref = g_list_model_get_item (see, i);
      if (cls_cross_reference_get_node (ref) == NULL)
        return ERROR (c, ref, NULL, CLS_CONTRACT_ERROR_MISSING, _("<see> needs a “node” attribute"));
      if (!check_reference (c, ref, NULL, N_("the node"), cls_cross_reference_get_node (ref), CLS_TYPE_NODE))
        return FALSE;
    }
  if (!check_indicators (c, _cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS), edges, formulas))
    return FALSE;
  children = _cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN);
  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) child = g_list_model_get_item (children, i);
      if (!check_node (c, child, edges, formulas))
        return FALSE;
    }
  return TRUE;
}

gboolean
_cls_contract_check (ClsContract *contract,
                     ClsLocator  *locator,
                     GListStore  *warnings,
                     GError     **error)
{
  Check c = { contract, locator, warnings, error, NULL, NULL };
  g_autoptr(GHashTable) edges = g_hash_table_new (NULL, NULL); /* ClsIndicator → its formula's references */
  g_autoptr(GPtrArray) formulas = g_ptr_array_new ();
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  GListModel *lists[12];
  gboolean ok = FALSE;
  guint i, n;

  c.ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (cls_contract_get_title (contract) == NULL)
    {
      ERROR (&c, contract, NULL, CLS_CONTRACT_ERROR_MISSING, _("the contract has no title"));
      goto out;
    }
  if (cls_contract_get_start_date (contract) == NULL || cls_contract_get_end_date (contract) == NULL)
    {
      ERROR (&c, contract, "period", CLS_CONTRACT_ERROR_MISSING,
             _("the contract's <period> needs a start and an end date"));
      goto out;
    }
  if (g_date_compare (cls_contract_get_start_date (contract), cls_contract_get_end_date (contract)) > 0)
    {
      ERROR (&c, contract, "period", CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE, _("the contract ends before it starts"));
      goto out;
    }
  if (cls_contract_get_at_risk (contract) > cls_contract_get_on_track (contract))
    {
      ERROR (&c, contract, "evaluation-settings", CLS_CONTRACT_ERROR_IMPOSSIBLE_VALUE,
             _("the at-risk threshold (%g) is above the on-track threshold (%g)"),
             cls_contract_get_at_risk (contract), cls_contract_get_on_track (contract));
      goto out;
    }
  c.period = cls_contract_dup_period (contract);

  /* Ids first, over everything in document order, so that references can
   * point forwards. */
  lists[0] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_ORGANISATIONS);
  lists[1] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_PARTIES);
  lists[2] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_COMMUNES);
  lists[3] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AREAS);
  lists[4] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_BODIES);
  lists[5] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FUNDINGS);
  lists[6] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_LEVELS);
  lists[7] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_SCALES);
  lists[8] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FIGURES);
  lists[9] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AMENDMENTS);
  lists[10] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_TEMPLATES);
  lists[11] = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_NODES);
  for (i = 0; i < G_N_ELEMENTS (lists); i++)
    if (!check_ids_in_model (&c, lists[i]))
      goto out;

  if (!check_roles (&c, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_PARTIES)) ||
      !check_fundings (&c, contract, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FUNDINGS)))
    goto out;
  n = g_list_model_get_n_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AREAS));
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsArea) area = g_list_model_get_item (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AREAS), i);
      if (!check_references (&c, area, NULL, N_("the commune"), cls_area_get_communes (area), CLS_TYPE_COMMUNE))
        goto out;
    }
  n = g_list_model_get_n_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_BODIES));
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsBody) body = g_list_model_get_item (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_BODIES), i);
      if (!check_references (&c, body, NULL, N_("the organisation"), cls_body_get_chairs (body), CLS_TYPE_ORGANISATION))
        goto out;
    }
  if (!check_indicators (&c, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_TEMPLATES), edges, formulas))
    goto out;
  n = g_list_model_get_n_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_NODES));
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_NODES), i);
      if (!check_node (&c, node, edges, formulas))
        goto out;
    }
  for (i = 0; i < formulas->len; i++)
    {
      ClsIndicator *indicator = g_ptr_array_index (formulas, i);
      if (GPOINTER_TO_INT (g_hash_table_lookup (colours, indicator)) == WHITE &&
          !visit_formula (&c, indicator, colours, edges))
        goto out;
    }
  ok = TRUE;

out:
  g_clear_pointer (&c.period, cls_period_free);
  g_hash_table_unref (c.ids);
  return ok;
}

/**
 * cls_contract_validate:
 * @self: a [class@Cls.Contract]
 * @warnings: (out) (optional) (transfer full): a list model of
 *   [class@Cls.Diagnostic] with the softer problems found
 * @error: return location for an error
 *
 * Runs the semantic checks the loader runs on every file — unique ids,
 * references, duplicate periods, targets against their direction,
 * impossible values, formulas — on a contract built or changed in code.
 *
 * Returns: %TRUE if the contract is valid
 *
 * Since: 1.0
 */
gboolean
cls_contract_validate (ClsContract  *self,
                       GListModel  **warnings,
                       GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (CLS_TYPE_DIAGNOSTIC);
  gboolean ok;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = _cls_contract_check (self, NULL, store, error);
  if (warnings != NULL)
    *warnings = G_LIST_MODEL (g_steal_pointer (&store));
  return ok;
}
