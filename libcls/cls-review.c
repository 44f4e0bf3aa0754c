/* cls-review.c: the data-quality review of a contract
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The loader refuses what cannot be true (errors) and warns about a few
 * numbers that do not add up. The review goes further and lists what a
 * coordinator should look at before an evaluation: indicators without
 * target, actions nothing measures, copies, calendars over with no data.
 * It walks the plan twice: once depth first to learn, for every node, what
 * its subtree holds (indicators, measurements) and to review indicators;
 * then in document order for the node checks, which need the whole
 * picture (every deliverable an indicator measures, the first holder of a
 * title). Both walks and the duplicate checks are linear in the size of
 * the contract: contracts built by tools can have thousands of nodes.
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "cls-baseline.h"
#include "cls-checks-private.h"
#include "cls-node-private.h"
#include "cls-contract-private.h"
#include "cls-contract.h"
#include "cls-deliverable.h"
#include "cls-diagnostic.h"
#include "cls-enum-types.h"
#include "cls-i18n-private.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-period-private.h"
#include "cls-review.h"

/* ------------------------------------------------------------------ */
/* The checks: code and severity, and the sentences.                    */

typedef enum {
  CHECK_NO_TARGET,
  CHECK_NO_BASELINE,
  CHECK_NO_SOURCE,
  CHECK_NO_INDICATOR,
  CHECK_DELIVERABLE_UNMEASURED,
  CHECK_DUPLICATE_OPERATION,
  CHECK_DUPLICATE_INDICATOR_SET,
  CHECK_TARGET_DIRECTION,
  CHECK_BREAKDOWN_ABOVE_TOTAL,
  CHECK_SHARES_NOT_100,
  CHECK_CALENDAR_PAST_NO_DATA,
  CHECK_PLACEHOLDER_OPEN,
} Check;

/* Errors: the contract contradicts itself. Warnings: something the
 * evaluation needs is missing, or is likely a mistake. Info: it would be
 * better with it, but the evaluation works without. */
static const struct {
  const char *code;
  ClsSeverity severity;
} checks[] = {
  [CHECK_NO_TARGET]               = { CLS_REVIEW_NO_TARGET, CLS_SEVERITY_WARNING },
  [CHECK_NO_BASELINE]             = { CLS_REVIEW_NO_BASELINE, CLS_SEVERITY_INFO },
  [CHECK_NO_SOURCE]               = { CLS_REVIEW_NO_SOURCE, CLS_SEVERITY_INFO },
  [CHECK_NO_INDICATOR]            = { CLS_REVIEW_NO_INDICATOR, CLS_SEVERITY_WARNING },
  [CHECK_DELIVERABLE_UNMEASURED]  = { CLS_REVIEW_DELIVERABLE_UNMEASURED, CLS_SEVERITY_WARNING },
  [CHECK_DUPLICATE_OPERATION]     = { CLS_REVIEW_DUPLICATE_OPERATION, CLS_SEVERITY_WARNING },
  [CHECK_DUPLICATE_INDICATOR_SET] = { CLS_REVIEW_DUPLICATE_INDICATOR_SET, CLS_SEVERITY_WARNING },
  [CHECK_TARGET_DIRECTION]        = { CLS_REVIEW_TARGET_DIRECTION, CLS_SEVERITY_ERROR },
  [CHECK_BREAKDOWN_ABOVE_TOTAL]   = { CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL, CLS_SEVERITY_ERROR },
  [CHECK_SHARES_NOT_100]          = { CLS_REVIEW_SHARES_NOT_100, CLS_SEVERITY_WARNING },
  [CHECK_CALENDAR_PAST_NO_DATA]   = { CLS_REVIEW_CALENDAR_PAST_NO_DATA, CLS_SEVERITY_WARNING },
  [CHECK_PLACEHOLDER_OPEN]        = { CLS_REVIEW_PLACEHOLDER_OPEN, CLS_SEVERITY_INFO },
};

/* The sentences, all here and marked with N_(); add_finding() passes each
 * through _(). They are macros, not table entries, so that the compiler
 * still checks every argument against its format. The first %s is always where: a node's label (its
 * code, after its parent's for operations: “FA 1.3 / Op. 2”) or “the
 * contract”. */
#define WHERE_CONTRACT                 N_("the contract")
#define MSG_NO_TARGET                  N_("%s: the indicator “%s” has no target; say what the contract expects of it.")
#define MSG_NO_BASELINE                N_("%s: the indicator “%s” has no baseline, so progress cannot be measured from a starting value.")
#define MSG_NO_SOURCE                  N_("%s: nothing says where the figures of the indicator “%s” come from (no source on its baseline or measurements).")
#define MSG_NO_INDICATOR               N_("%s has no indicator: nothing will show what it achieved.")
#define MSG_DELIVERABLE_UNMEASURED     N_("%s: no indicator measures the expected result “%s”.")
#define MSG_DUPLICATE_OPERATION        N_("%s has the same title as %s (“%s”): one may be a copy of the other.")
#define MSG_DUPLICATE_INDICATOR_SET    N_("%s has the same %u indicators as %s: they may have been copied from one action to the other.")
#define MSG_TARGET_BELOW_BASELINE      N_("%s: the indicator “%s” should increase, but its target %g is below its baseline %g.")
#define MSG_TARGET_ABOVE_BASELINE      N_("%s: the indicator “%s” should decrease, but its target %g is above its baseline %g.")
#define MSG_TARGET_AT_MOST             N_("%s: the indicator “%s” should increase, but its target says “at most”.")
#define MSG_TARGET_AT_LEAST            N_("%s: the indicator “%s” should decrease, but its target says “at least”.")
#define MSG_BREAKDOWN_ABOVE_TOTAL      N_("%s: in %s, the values of the indicator “%s” by %s add up to %g, more than the total %g.")
#define MSG_SHARES_NOT_100             N_("%s: the funding shares add up to %g %%, not 100 %%.")
#define MSG_CALENDAR_PAST_NO_DATA      N_("%s: its calendar ended on %s, but none of its indicators has been measured.")
#define MSG_PLACEHOLDER_OPEN           N_("%s: the indicator “%s” is still a placeholder; define it or remove it.")
#define MSG_DRAFT_OPEN                 N_("%s: the indicator “%s” is still a draft; finish defining it.")

/* ------------------------------------------------------------------ */
/* State of a review.                                                   */

typedef struct _NodeInfo NodeInfo;

struct _NodeInfo {
  ClsNode *node;
  NodeInfo *parent;
  guint index;                  /* document order, from 1 (0 is the contract) */
  char *label;
  guint own_indicators;         /* its own, placeholders left out */
  guint n_indicators;           /* in its subtree, placeholders left out */
  guint n_measurable;           /* in its subtree, those that take measurements */
  guint measured : 1;           /* an indicator of its subtree has a measurement */
  guint ancestor_measures : 1;  /* an ancestor holds an indicator (merged cells) */
  guint abandoned : 1;          /* it or an ancestor is abandoned */
  guint calendar_reported : 1;
};

typedef struct {
  guint node_index;
  Check check;
  guint sequence;               /* order of emission, to break ties stably */
  ClsDiagnostic *diagnostic;
} Finding;

typedef struct {
  ClsContract *contract;
  guint32 today;                /* julian day */
  GArray *findings;             /* Finding */
  GPtrArray *nodes;             /* NodeInfo*, in document order */
  GHashTable *measured;         /* deliverable id → itself: what indicators measure */
} Review;

static void
node_info_free (NodeInfo *info)
{
  g_free (info->label);
  g_free (info);
}

static void
finding_clear (Finding *finding)
{
  g_clear_object (&finding->diagnostic);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

static const char *
node_code (ClsNode *node)
{
  const char *code = cls_node_get_code (node);

  return is_blank (code) ? cls_node_get_id (node) : code;
}

/* Operations are numbered inside their fiche (“Op. 2”): below the top two
 * levels, the parent's code makes the label unambiguous. */
static char *
node_label (ClsNode *node)
{
  ClsNode *parent = cls_node_get_parent (node);

  if (parent != NULL && cls_node_get_parent (parent) != NULL)
    return g_strdup_printf ("%s / %s", node_code (parent), node_code (node));
  return g_strdup (node_code (node));
}

static const char *
indicator_name (ClsIndicator *indicator)
{
  const char *title = cls_indicator_get_title (indicator);

  return is_blank (title) ? cls_indicator_get_id (indicator) : title;
}

static void
add_finding (Review     *r,
             NodeInfo   *info,
             const char *object_id,
             Check       check,
             const char *format,
             ...) G_GNUC_PRINTF (5, 6);

static void
add_finding (Review     *r,
             NodeInfo   *info,
             const char *object_id,
             Check       check,
             const char *format,
             ...)
{
  Finding finding;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (_(format), args);
  va_end (args);

  finding.node_index = info != NULL ? info->index : 0;
  finding.check = check;
  finding.sequence = r->findings->len;
  finding.diagnostic = cls_diagnostic_new ();
  cls_diagnostic_set_severity (finding.diagnostic, checks[check].severity);
  cls_diagnostic_set_code (finding.diagnostic, checks[check].code);
  cls_diagnostic_set_message (finding.diagnostic, message);
  cls_diagnostic_set_object_id (finding.diagnostic, object_id);
  if (info != NULL)
    cls_diagnostic_set_node_id (finding.diagnostic, cls_node_get_id (info->node));
  g_array_append_val (r->findings, finding);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const Finding *fa = a, *fb = b;
  int by_code;

  if (fa->node_index != fb->node_index)
    return fa->node_index < fb->node_index ? -1 : 1;
  by_code = strcmp (checks[fa->check].code, checks[fb->check].code);
  if (by_code != 0)
    return by_code;
  return fa->sequence < fb->sequence ? -1 : (fa->sequence > fb->sequence);
}

/* ------------------------------------------------------------------ */
/* Titles compared as a reader would: “Développer l'offre” and
 * “DEVELOPPER  L’OFFRE.” are the same title.                             */

static char *
fold_title (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) folded = NULL;
  gboolean gap = FALSE;
  const char *p;

  if (text == NULL)
    return NULL;
  /* Compatibility decomposition splits accents from their letters and
   * ligatures such as “ﬁ” into their letters. */
  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return NULL;
  folded = g_string_sized_new (strlen (decomposed));
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      /* Spaces and punctuation separate words and nothing more, so that a
       * final full stop or a typographic apostrophe makes no difference. */
      if (!g_unichar_isalnum (c))
        {
          gap = TRUE;
          continue;
        }
      if (gap && folded->len > 0)
        g_string_append_c (folded, ' ');
      gap = FALSE;
      /* French ligatures that no decomposition splits. */
      if (c == 0x0153 || c == 0x0152)
        g_string_append (folded, "oe");
      else if (c == 0x00E6 || c == 0x00C6)
        g_string_append (folded, "ae");
      else
        g_string_append_unichar (folded, c);
    }
  if (folded->len == 0)
    return NULL;
  return g_utf8_casefold (folded->str, folded->len);
}

static gboolean
is_ancestor (NodeInfo *ancestor,
             NodeInfo *info)
{
  NodeInfo *up;

  for (up = info->parent; up != NULL; up = up->parent)
    if (up == ancestor)
      return TRUE;
  return FALSE;
}

/* Copies are between actions of different parents: siblings sharing a
 * title are a choice of the contract, and a fiche whose single operation
 * repeats its title (or an orientation repeating its fiche's) is common. */
static gboolean
may_be_copies (NodeInfo *first,
               NodeInfo *info)
{
  return first != info && first->parent != info->parent && !is_ancestor (first, info);
}

static gboolean
ptr_array_has (GPtrArray *array,
               gpointer   item)
{
  guint i;

  for (i = 0; i < array->len; i++)
    if (g_ptr_array_index (array, i) == item)
      return TRUE;
  return FALSE;
}

static void
check_duplicate_titles (Review     *r,
                        NodeInfo   *info,
                        GHashTable *titles)
{
  g_auto(GStrv) variants = cls_node_dup_title_variants (info->node);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) reported = g_ptr_array_new ();
  guint i;

  /* Variant titles count: a copy often shows in one section only (the
   * fiche repeating another operation's title). */
  g_ptr_array_add (texts, (gpointer) cls_node_get_title (info->node));
  for (i = 0; variants != NULL && variants[i] != NULL; i++)
    g_ptr_array_add (texts, (gpointer) cls_node_get_variant_title (info->node, variants[i]));

  for (i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *key = fold_title (text);
      NodeInfo *first;

      if (key == NULL)
        continue;
      first = g_hash_table_lookup (titles, key);
      if (first == NULL)
        {
          g_hash_table_insert (titles, g_steal_pointer (&key), info);
          continue;
        }
      if (!may_be_copies (first, info) || ptr_array_has (reported, first))
        continue;
      g_ptr_array_add (reported, first);
      add_finding (r, info, cls_node_get_id (info->node), CHECK_DUPLICATE_OPERATION,
                   MSG_DUPLICATE_OPERATION, info->label, first->label, text);
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
check_duplicate_indicator_set (Review     *r,
                               NodeInfo   *info,
                               GHashTable *sets)
{
  GListModel *indicators = _cls_node_peek_list (info->node, CLS_NODE_LIST_INDICATORS);
  guint i, n = g_list_model_get_n_items (indicators);
  g_autoptr(GPtrArray) folded = NULL;
  g_autoptr(GString) key = NULL;
  guint distinct = 0;
  NodeInfo *first;

  if (n < 2)
    return;
  folded = g_ptr_array_new_full (n, g_free);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      char *title = fold_title (cls_indicator_get_title (indicator));

      if (title != NULL)
        g_ptr_array_add (folded, title);
    }
  /* A set: sorted, without repeats, one title per line (folded titles
   * have no line breaks). */
  g_ptr_array_sort (folded, compare_strings);
  key = g_string_new (NULL);
  for (i = 0; i < folded->len; i++)
    {
      const char *title = g_ptr_array_index (folded, i);

      if (i > 0 && strcmp (title, g_ptr_array_index (folded, i - 1)) == 0)
        continue;
      if (distinct++ > 0)
        g_string_append_c (key, '\n');
      g_string_append (key, title);
    }
  /* One shared indicator (“Satisfaction des partenaires”) is reuse, not a
   * copy. */
  if (distinct < 2)
    return;

  first = g_hash_table_lookup (sets, key->str);
  if (first == NULL)
    g_hash_table_insert (sets, g_string_free (g_steal_pointer (&key), FALSE), info);
  else if (may_be_copies (first, info))
    add_finding (r, info, cls_node_get_id (info->node), CHECK_DUPLICATE_INDICATOR_SET,
                 MSG_DUPLICATE_INDICATOR_SET, info->label, distinct, first->label);
}

/* ------------------------------------------------------------------ */
/* Indicators.                                                          */

typedef struct {
  Review *r;
  NodeInfo *info;
  ClsIndicator *indicator;
  const char *period;
} BreakdownFinding;

static void
report_breakdown (const char *dimension,
                  double      sum,
                  double      total,
                  gpointer    user_data)
{
  BreakdownFinding *f = user_data;

  add_finding (f->r, f->info, cls_indicator_get_id (f->indicator), CHECK_BREAKDOWN_ABOVE_TOTAL,
               MSG_BREAKDOWN_ABOVE_TOTAL, f->info->label, f->period, indicator_name (f->indicator),
               dimension, sum, total);
}

/* Contradictions are reported wherever they are, abandoned actions
 * included: the figures are wrong whatever became of the action. */
static void
review_contradictions (Review       *r,
                       NodeInfo     *info,
                       ClsIndicator *indicator)
{
  const char *scale_id = cls_indicator_get_scale (indicator);
  ClsScale *scale = scale_id != NULL ? cls_contract_lookup_scale (r->contract, scale_id) : NULL;
  GListModel *targets = _cls_indicator_peek_targets (indicator);
  const ClsRecordSet *ms;
  double base;
  guint i, n;

  n = g_list_model_get_n_items (targets);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsTarget) target = g_list_model_get_item (targets, i);
      gboolean increase = cls_indicator_get_direction (indicator) == CLS_DIRECTION_INCREASE;

      if (_cls_check_comparator_conflict (indicator, target))
        add_finding (r, info, cls_indicator_get_id (indicator), CHECK_TARGET_DIRECTION,
                     increase ? MSG_TARGET_AT_MOST : MSG_TARGET_AT_LEAST,
                     info->label, indicator_name (indicator));
    }

  if (_cls_check_baseline_number (indicator, scale, &base))
    {
      n = g_list_model_get_n_items (targets);
      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsTarget) target = g_list_model_get_item (targets, i);
          double value;

          if (!_cls_check_target_direction (indicator, scale, base, target, &value))
            continue;
          if (cls_indicator_get_direction (indicator) == CLS_DIRECTION_INCREASE)
            add_finding (r, info, cls_indicator_get_id (indicator), CHECK_TARGET_DIRECTION,
                         MSG_TARGET_BELOW_BASELINE, info->label, indicator_name (indicator), value, base);
          else
            add_finding (r, info, cls_indicator_get_id (indicator), CHECK_TARGET_DIRECTION,
                         MSG_TARGET_ABOVE_BASELINE, info->label, indicator_name (indicator), value, base);
        }
    }

  ms = _cls_indicator_peek_measurements (indicator);
  for (i = 0; i < ms->n; i++)
    {
      const ClsRecord *m = _cls_record_set_at (ms, i);
      g_autoptr(GString) period = NULL;
      BreakdownFinding f = { r, info, indicator, NULL };

      if (_cls_record_n_breakdowns (ms, m) == 0)
        continue;
      period = g_string_new (NULL);
      _cls_period_append_julian (period, m->start, _cls_record_end (ms, m), m->kind);
      f.period = period->str;
      _cls_check_breakdowns (ms, m, report_breakdown, &f);
    }
}

static gboolean
has_baseline_value (ClsBaseline *baseline)
{
  /* A baseline only in words (“4 MSU”) gives no starting value. */
  return baseline != NULL &&
         (cls_baseline_has_value (baseline) ||
          (cls_baseline_has_numerator (baseline) && cls_baseline_has_denominator (baseline)) ||
          cls_baseline_get_level (baseline) != NULL);
}

static gboolean
has_source (ClsIndicator *indicator)
{
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
  gboolean narrative = cls_indicator_get_kind (indicator) == CLS_INDICATOR_KIND_NARRATIVE;
  const ClsRecordSet *ms;
  guint i;

  if (baseline != NULL && !is_blank (cls_baseline_get_source (baseline)))
    return TRUE;
  ms = _cls_indicator_peek_measurements (indicator);
  for (i = 0; i < ms->n; i++)
    {
      if (!is_blank (_cls_record_source (ms, _cls_record_set_at (ms, i))))
        return TRUE;
      /* An assessment's author is where it comes from. */
      if (narrative && !is_blank (_cls_record_author (ms, _cls_record_set_at (ms, i))))
        return TRUE;
    }
  return FALSE;
}

static void
review_essentials (Review       *r,
                   NodeInfo     *info,
                   ClsIndicator *indicator)
{
  ClsIndicatorKind kind = cls_indicator_get_kind (indicator);
  ClsIndicatorState state = cls_indicator_get_state (indicator);
  const char *id = cls_indicator_get_id (indicator);
  gboolean has_target;

  if (state == CLS_INDICATOR_STATE_PLACEHOLDER)
    {
      add_finding (r, info, id, CHECK_PLACEHOLDER_OPEN, MSG_PLACEHOLDER_OPEN, info->label, indicator_name (indicator));
      return;
    }
  if (state == CLS_INDICATOR_STATE_DRAFT)
    {
      add_finding (r, info, id, CHECK_PLACEHOLDER_OPEN, MSG_DRAFT_OPEN, info->label, indicator_name (indicator));
      return;
    }
  /* “Le cas échéant”, and the case did not arise: nothing to measure. */
  if (cls_indicator_get_condition_met (indicator) == CLS_CONDITION_STATE_NO)
    return;

  /* A narrative is assessed, not compared with anything. A milestone's
   * due date is its target; it starts from “not done”. */
  if (kind != CLS_INDICATOR_KIND_NARRATIVE)
    {
      has_target = g_list_model_get_n_items (_cls_indicator_peek_targets (indicator)) > 0 ||
                   (kind == CLS_INDICATOR_KIND_MILESTONE && cls_indicator_get_due (indicator) != NULL);
      if (!has_target)
        add_finding (r, info, id, CHECK_NO_TARGET, MSG_NO_TARGET, info->label, indicator_name (indicator));
      if (kind != CLS_INDICATOR_KIND_MILESTONE && !has_baseline_value (cls_indicator_get_baseline (indicator)))
        add_finding (r, info, id, CHECK_NO_BASELINE, MSG_NO_BASELINE, info->label, indicator_name (indicator));
    }
  /* A formula is computed from other indicators, which have sources. */
  if (kind != CLS_INDICATOR_KIND_FORMULA && !has_source (indicator))
    add_finding (r, info, id, CHECK_NO_SOURCE, MSG_NO_SOURCE, info->label, indicator_name (indicator));
}

/* ------------------------------------------------------------------ */
/* First walk: depth first, indicators and what each subtree holds.      */

static NodeInfo *
visit (Review   *r,
       ClsNode  *node,
       NodeInfo *parent)
{
  NodeInfo *info = g_new0 (NodeInfo, 1);
  GListModel *indicators = _cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS);
  GListModel *children = _cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN);
  guint own = 0;
  guint i, n;

  info->node = node;
  info->parent = parent;
  info->label = node_label (node);
  info->abandoned = cls_node_get_state (node) == CLS_NODE_STATE_ABANDONED ||
                    (parent != NULL && parent->abandoned);
  g_ptr_array_add (r->nodes, info);
  info->index = r->nodes->len;

  n = g_list_model_get_n_items (indicators);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (indicators, i);
      const char * const *deliverables = cls_indicator_get_deliverables (indicator);
      guint j;

      for (j = 0; deliverables != NULL && deliverables[j] != NULL; j++)
        g_hash_table_add (r->measured, (gpointer) deliverables[j]);
      if (cls_indicator_get_state (indicator) != CLS_INDICATOR_STATE_PLACEHOLDER)
        {
          own++;
          /* Formulas are computed, and an indicator whose condition is
           * not met has nothing to measure. */
          if (cls_indicator_get_kind (indicator) != CLS_INDICATOR_KIND_FORMULA &&
              cls_indicator_get_condition_met (indicator) != CLS_CONDITION_STATE_NO)
            info->n_measurable++;
        }
      if (cls_indicator_get_n_measurements (indicator) > 0)
        info->measured = TRUE;

      review_contradictions (r, info, indicator);
      if (!info->abandoned)
        review_essentials (r, info, indicator);
    }
  info->own_indicators = own;
  info->n_indicators = own;
  info->ancestor_measures = parent != NULL && (parent->ancestor_measures || parent->own_indicators > 0);

  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) child = g_list_model_get_item (children, i);
      NodeInfo *sub = visit (r, child, info);

      info->n_indicators += sub->n_indicators;
      info->n_measurable += sub->n_measurable;
      info->measured |= sub->measured;
    }
  return info;
}

/* ------------------------------------------------------------------ */
/* Second walk: document order, the checks of nodes.                    */

/* The last day of a node's calendar (its own, or its nearest ancestor's),
 * when every entry of it has a normalised period: an entry only in words
 * (“à définir”) may run later than the others. */
static gboolean
calendar_end (ClsNode *node,
              guint32 *end)
{
  GListModel *calendar = _cls_node_peek_effective_list (node, CLS_NODE_LIST_CALENDAR);
  guint i, n = g_list_model_get_n_items (calendar);

  *end = 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsCalendarEntry) entry = g_list_model_get_item (calendar, i);
      const ClsPeriod *period = cls_calendar_entry_get_period (entry);

      if (period == NULL)
        return FALSE;
      *end = MAX (*end, cls_period_get_end_julian (period));
    }
  return n > 0;
}

static void
check_shares (Review     *r,
              NodeInfo   *info,
              GListModel *fundings)
{
  double sum;

  if (!_cls_check_funding_shares (fundings, &sum))
    return;
  if (info != NULL)
    add_finding (r, info, cls_node_get_id (info->node), CHECK_SHARES_NOT_100,
                 MSG_SHARES_NOT_100, info->label, sum);
  else
    add_finding (r, NULL, cls_contract_get_id (r->contract), CHECK_SHARES_NOT_100,
                 MSG_SHARES_NOT_100, _(WHERE_CONTRACT), sum);
}

static void
review_node (Review     *r,
             NodeInfo   *info,
             GHashTable *titles,
             GHashTable *sets)
{
  ClsNode *node = info->node;
  GListModel *deliverables = _cls_node_peek_list (node, CLS_NODE_LIST_DELIVERABLES);
  guint i, n = g_list_model_get_n_items (deliverables);
  guint32 end;

  /* What an abandoned action lacks no longer matters. */
  if (info->abandoned)
    return;

  check_duplicate_titles (r, info, titles);
  check_duplicate_indicator_set (r, info, sets);
  check_shares (r, info, _cls_node_peek_list (node, CLS_NODE_LIST_FUNDINGS));

  /* An action is a leaf of the plan, or any node that lists what it will
   * deliver. Indicators on an ancestor count: a fiche whose cells are
   * merged measures all its operations at once. */
  if ((g_list_model_get_n_items (_cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN)) == 0 || n > 0) &&
      info->n_indicators == 0 && !info->ancestor_measures)
    add_finding (r, info, cls_node_get_id (node), CHECK_NO_INDICATOR, MSG_NO_INDICATOR, info->label);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDeliverable) deliverable = g_list_model_get_item (deliverables, i);
      const char *id = cls_deliverable_get_id (deliverable);
      const char *text = cls_deliverable_get_text (deliverable);

      if (id != NULL && g_hash_table_contains (r->measured, id))
        continue;
      add_finding (r, info, id, CHECK_DELIVERABLE_UNMEASURED, MSG_DELIVERABLE_UNMEASURED,
                   info->label, is_blank (text) ? (id ? id : "?") : text);
    }

  /* Reported on the highest node only: its operations, which inherit or
   * share its calendar, have no data either. A node without indicators is
   * left to no-indicator. */
  if (info->n_measurable > 0 && !info->measured && calendar_end (node, &end) && end < r->today &&
      (info->parent == NULL || !info->parent->calendar_reported))
    {
      g_autoptr(GString) day = g_string_new (NULL);

      _cls_date_append_julian (day, end);
      info->calendar_reported = TRUE;
      add_finding (r, info, cls_node_get_id (node), CHECK_CALENDAR_PAST_NO_DATA,
                   MSG_CALENDAR_PAST_NO_DATA, info->label, day->str);
    }
}

/**
 * cls_contract_review:
 * @self: a [class@Cls.Contract]
 * @date: (nullable): the day the review is made (“today”), for the checks
 *   that depend on time; %NULL for the current local date
 *
 * Reviews the quality of the contract's data: what a coordinator should
 * look at before an evaluation. Unlike [method@Cls.Contract.validate],
 * which refuses what cannot be true, the review lists what is missing,
 * suspect or contradictory, and never fails.
 *
 * Each finding is a [class@Cls.Diagnostic] with a stable
 * [property@Cls.Diagnostic:code], a [property@Cls.Diagnostic:severity], a
 * [property@Cls.Diagnostic:message] in plain words,
 * [property@Cls.Diagnostic:node-id] (the node concerned; %NULL for the
 * contract as a whole) and [property@Cls.Diagnostic:object-id] (the
 * precise object: the indicator, the deliverable, the node, or the
 * contract). The codes:
 *
 * | code | severity | finding |
 * |---|---|---|
 * | `no-target` | warning | an indicator has no target (a milestone's due date counts as one; narratives need none) |
 * | `no-baseline` | info | an indicator has no baseline value (a baseline only in words does not count; milestones and narratives need none) |
 * | `no-source` | info | neither the baseline nor any measurement of an indicator gives a source (for a narrative, an assessment's author counts; formulas need none) |
 * | `no-indicator` | warning | an action (a leaf of the plan, or a node with deliverables) has no indicator in its subtree nor on an ancestor; placeholders do not count |
 * | `deliverable-unmeasured` | warning | no indicator of the contract lists the deliverable in its deliverables |
 * | `duplicate-operation` | warning | a node has the same title (main or variant, compared without case, accents, punctuation or extra spaces) as an earlier node of another parent that is not its ancestor |
 * | `duplicate-indicator-set` | warning | a node's indicators have the same titles, as a set of at least two, as an earlier node's of another parent |
 * | `target-direction` | error | a target is below the baseline of an increasing indicator, or above that of a decreasing one |
 * | `breakdown-above-total` | error | the breakdown values of a measurement, for one dimension, add up to more than its value |
 * | `shares-not-100` | warning | the funding shares of the contract or of a node do not add up to 100 % |
 * | `calendar-past-no-data` | warning | a node's calendar (its own or inherited) ended before @date and no indicator of its subtree has a measurement (formulas and indicators whose condition is not met are not expected to have any); reported on the highest such node |
 * | `placeholder-open` | info | an indicator is still a placeholder or a draft |
 *
 * Errors are contradictions in the data; warnings, things the evaluation
 * needs that are missing, or likely mistakes; info, suggestions. Inside an
 * abandoned action only errors are reported, and indicators whose
 * condition is not met (“le cas échéant”) or that are placeholders or
 * drafts are not asked for a target, baseline or source. Contracts loaded
 * from a file never have `target-direction` findings: the loader refuses
 * them.
 *
 * The findings come in a stable order: the contract's own first, then by
 * node in document order (depth first), then by code, then in the order
 * the objects appear in the node. The constants such as
 * %CLS_REVIEW_NO_TARGET name the codes.
 *
 * Returns: (transfer full): a list model of [class@Cls.Diagnostic]
 *
 * Since: 1.0
 */
GListModel *
cls_contract_review (ClsContract *self,
                     const GDate *date)
{
  g_autoptr(GHashTable) titles = NULL;
  g_autoptr(GHashTable) sets = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  GListStore *store;
  GListModel *nodes;
  Review r = { self, 0, NULL, NULL, NULL };
  guint i, n;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);
  g_return_val_if_fail (date == NULL || g_date_valid (date), NULL);

  if (date != NULL)
    r.today = g_date_get_julian (date);
  else
    {
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      r.today = g_date_get_julian (&today);
    }

  r.findings = g_array_new (FALSE, FALSE, sizeof (Finding));
  g_array_set_clear_func (r.findings, (GDestroyNotify) finding_clear);
  r.nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_info_free);
  r.measured = g_hash_table_new (g_str_hash, g_str_equal);
  titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  check_shares (&r, NULL, _cls_contract_peek_list (self, CLS_CONTRACT_LIST_FUNDINGS));

  nodes = _cls_contract_peek_list (self, CLS_CONTRACT_LIST_NODES);
  n = g_list_model_get_n_items (nodes);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);
      visit (&r, node, NULL);
    }
  for (i = 0; i < r.nodes->len; i++)
    review_node (&r, g_ptr_array_index (r.nodes, i), titles, sets);

  g_array_sort (r.findings, compare_findings);
  diagnostics = g_ptr_array_sized_new (r.findings->len);
  for (i = 0; i < r.findings->len; i++)
    g_ptr_array_add (diagnostics, g_array_index (r.findings, Finding, i).diagnostic);
  store = g_list_store_new (CLS_TYPE_DIAGNOSTIC);
  g_list_store_splice (store, 0, 0, diagnostics->pdata, diagnostics->len);

  g_array_unref (r.findings);
  g_ptr_array_unref (r.nodes);
  g_hash_table_unref (r.measured);
  return G_LIST_MODEL (store);
}
