/* test-review.c: the data-quality review (cls_contract_review) and the
 * lint command built on it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each code has a test that builds a contract in code which triggers it,
 * and a minimal variant which does not. Every test starts from the same
 * clean contract, which has no finding at all.
 */

#include <libcls/cls.h>

#include "cls-test-util.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "cls-tool-commands.h"

/* Helpers */

static ClsNode *
add_node (ClsContract *contract,
          ClsNode     *parent,
          const char  *id,
          const char  *code,
          const char  *title)
{
  g_autoptr(ClsNode) node = cls_node_new (id);

  cls_node_set_code (node, code);
  cls_node_set_title (node, title);
  if (parent != NULL)
    cls_node_add_child (parent, node);
  else
    cls_contract_add_node (contract, node);
  return node;  /* owned by its parent or the contract */
}

static void
add_measurement (ClsIndicator *indicator,
                 const char   *period_text,
                 double        value,
                 const char   *source)
{
  g_autoptr(ClsPeriod) period = parse_period (period_text);
  g_autoptr(ClsMeasurement) measurement = cls_measurement_new (period);

  cls_measurement_set_value (measurement, value);
  cls_measurement_set_source (measurement, source);
  cls_indicator_set_measurement (indicator, measurement);
}

/* A complete count indicator: a target, a baseline with its source, a
 * measurement with its source. */
static ClsIndicator *
add_indicator (ClsNode    *node,
               const char *id,
               const char *title)
{
  g_autoptr(ClsIndicator) indicator = cls_indicator_new (id);
  g_autoptr(ClsTarget) target = cls_target_new ();
  g_autoptr(ClsBaseline) baseline = cls_baseline_new ();

  cls_indicator_set_title (indicator, title);
  cls_target_set_value (target, 8);
  cls_indicator_add_target (indicator, target);
  cls_baseline_set_value (baseline, 2);
  cls_baseline_set_source (baseline, "Bilan 2024");
  cls_indicator_set_baseline (indicator, baseline);
  add_measurement (indicator, "2025", 3, "Tableau de bord");
  cls_node_add_indicator (node, indicator);
  return indicator;  /* owned by the node */
}

static void
add_deliverable (ClsNode    *node,
                 const char *id,
                 const char *text)
{
  g_autoptr(ClsDeliverable) deliverable = cls_deliverable_new (id);

  cls_deliverable_set_text (deliverable, text);
  cls_node_add_deliverable (node, deliverable);
}

static void
add_calendar (ClsNode    *node,
              const char *period_text,
              const char *text)
{
  g_autoptr(ClsCalendarEntry) entry = cls_calendar_entry_new ();

  if (period_text != NULL)
    {
      g_autoptr(ClsPeriod) period = parse_period (period_text);
      cls_calendar_entry_set_period (entry, period);
    }
  cls_calendar_entry_set_text (entry, text);
  cls_node_add_calendar_entry (node, entry);
}

static ClsFunding *
make_funding (double share)
{
  ClsFunding *funding = cls_funding_new ();

  cls_funding_set_share (funding, share);
  return funding;
}

/* Axe 1 → FA 1 → Op. 1, one complete indicator measuring the operation's
 * one deliverable, a calendar that is over but with data. */
static ClsContract *
make_clean_contract (void)
{
  ClsContract *contract = cls_contract_new ("cls-test");
  g_autoptr(GDate) start = make_date (2025, 1, 1);
  g_autoptr(GDate) end = make_date (2028, 12, 31);
  ClsNode *axis, *fiche, *op;
  ClsIndicator *indicator;
  const char *deliverables[] = { "op-1-d1", NULL };

  cls_contract_set_title (contract, "Contrat de test");
  cls_contract_set_start_date (contract, start);
  cls_contract_set_end_date (contract, end);

  axis = add_node (contract, NULL, "axe-1", "Axe 1", "Améliorer l'accès aux soins");
  fiche = add_node (contract, axis, "fa-1", "FA 1", "Attirer des médecins");
  op = add_node (contract, fiche, "op-1", "Op. 1", "Développer l'accueil des stagiaires");
  add_deliverable (op, "op-1-d1", "Au moins deux stages par an");
  add_calendar (op, "2025", "Dès 2025");
  indicator = add_indicator (op, "op-1-i1", "Nombre de stages");
  cls_indicator_set_deliverables (indicator, deliverables);
  return contract;
}

static GListModel *
review_on (ClsContract *contract,
           int          year,
           int          month,
           int          day)
{
  g_autoptr(GDate) date = make_date (year, month, day);
  GListModel *findings = cls_contract_review (contract, date);

  g_assert_nonnull (findings);
  g_assert_true (g_list_model_get_item_type (findings) == CLS_TYPE_DIAGNOSTIC);
  return findings;
}

static GListModel *
review (ClsContract *contract)
{
  return review_on (contract, 2026, 11, 23);
}

static guint
count_code (GListModel *findings,
            const char *code)
{
  guint i, n = g_list_model_get_n_items (findings), count = 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (cls_diagnostic_get_code (finding), code) == 0)
        count++;
    }
  return count;
}

/* The only finding of @code; fails unless there is exactly one. */
static ClsDiagnostic *
only_finding (GListModel *findings,
              const char *code)
{
  guint i, n = g_list_model_get_n_items (findings);
  ClsDiagnostic *found = NULL;

  g_assert_cmpuint (count_code (findings, code), ==, 1);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (cls_diagnostic_get_code (finding), code) == 0)
        found = g_object_ref (finding);
    }
  return found;
}

static void
assert_finding (ClsDiagnostic *finding,
                ClsSeverity    severity,
                const char    *node_id,
                const char    *object_id)
{
  g_assert_nonnull (finding);
  g_assert_cmpint (cls_diagnostic_get_severity (finding), ==, severity);
  g_assert_cmpstr (cls_diagnostic_get_node_id (finding), ==, node_id);
  g_assert_cmpstr (cls_diagnostic_get_object_id (finding), ==, object_id);
  g_assert_nonnull (cls_diagnostic_get_message (finding));
  g_assert_cmpuint (strlen (cls_diagnostic_get_message (finding)), >, 10);
}

static void
assert_no_findings (GListModel *findings)
{
  guint i, n = g_list_model_get_n_items (findings);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);
      g_test_message ("unexpected: %s %s", cls_diagnostic_get_code (finding),
                      cls_diagnostic_get_message (finding));
    }
  g_assert_cmpuint (n, ==, 0);
}

static ClsIndicator *
lookup_indicator (ClsContract *contract,
                  const char  *id)
{
  ClsIndicator *indicator = cls_contract_lookup_indicator (contract, id);

  g_assert_nonnull (indicator);
  return indicator;
}

static ClsNode *
lookup_node (ClsContract *contract,
             const char  *id)
{
  ClsNode *node = cls_contract_lookup_node (contract, id);

  g_assert_nonnull (node);
  return node;
}

/* The diagnostic's new node-id property */

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_diagnostic_node_id (void)
{
  g_autoptr(ClsDiagnostic) diagnostic = cls_diagnostic_new ();
  g_autofree char *from_property = NULL;
  guint notified = 0;

  g_assert_null (cls_diagnostic_get_node_id (diagnostic));
  g_signal_connect (diagnostic, "notify::node-id", G_CALLBACK (count_notify), &notified);

  cls_diagnostic_set_node_id (diagnostic, "fa-1-3");
  g_assert_cmpstr (cls_diagnostic_get_node_id (diagnostic), ==, "fa-1-3");
  g_assert_cmpuint (notified, ==, 1);
  cls_diagnostic_set_node_id (diagnostic, "fa-1-3");
  g_assert_cmpuint (notified, ==, 1);  /* no change, no notification */

  g_object_set (diagnostic, "node-id", "op-2", NULL);
  g_object_get (diagnostic, "node-id", &from_property, NULL);
  g_assert_cmpstr (from_property, ==, "op-2");
  g_assert_cmpuint (notified, ==, 2);

  cls_diagnostic_set_node_id (diagnostic, NULL);
  g_assert_null (cls_diagnostic_get_node_id (diagnostic));
  g_assert_cmpuint (notified, ==, 3);
}

/* The loader's warnings say which node too, and share the review's codes. */
static void
test_loader_warning_node_id (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"t\">\n"
    "  <title>T</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan>\n"
    "    <node id=\"fa-1\" code=\"FA 1\">\n"
    "      <title>Fiche</title>\n"
    "      <funding share=\"50\"/>\n"
    "      <funding share=\"40\"/>\n"
    "      <indicator id=\"i-1\" dimensions=\"public\">\n"
    "        <title>Personnes sensibilisées</title>\n"
    "        <measurement period=\"2025\" value=\"3\">\n"
    "          <breakdown dimension=\"public\" key=\"jeunes\" value=\"2\"/>\n"
    "          <breakdown dimension=\"public\" key=\"seniors\" value=\"2\"/>\n"
    "        </measurement>\n"
    "      </indicator>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = cls_loader_load_from_bytes (loader, bytes, "t.cls.xml", &error);
  g_autoptr(ClsDiagnostic) shares = NULL;
  g_autoptr(ClsDiagnostic) breakdown = NULL;
  GListModel *warnings;

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  warnings = cls_loader_get_warnings (loader);

  shares = only_finding (warnings, CLS_REVIEW_SHARES_NOT_100);
  g_assert_cmpstr (cls_diagnostic_get_node_id (shares), ==, "fa-1");
  g_assert_cmpint (cls_diagnostic_get_line (shares), ==, 8);  /* the first line of the cost */
  breakdown = only_finding (warnings, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL);
  g_assert_cmpstr (cls_diagnostic_get_node_id (breakdown), ==, "fa-1");
  g_assert_cmpstr (cls_diagnostic_get_object_id (breakdown), ==, "i-1");
}

/* One test per code */

static void
test_clean (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  g_autoptr(GListModel) findings = review (contract);

  assert_no_findings (findings);
}

static void
test_no_target (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsTarget) target = g_list_model_get_item (cls_indicator_get_targets (indicator), 0);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) narrative = NULL;
  g_autoptr(GListModel) milestone = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  g_autoptr(GDate) due = make_date (2026, 6, 30);

  g_assert_true (cls_indicator_remove_target (indicator, target));
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_NO_TARGET);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-1", "op-1-i1");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "Nombre de stages"));
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "FA 1 / Op. 1"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* Narratives are assessed, not compared with a target. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_NARRATIVE);
  narrative = review (contract);
  g_assert_cmpuint (count_code (narrative, CLS_REVIEW_NO_TARGET), ==, 0);

  /* A milestone's due date is its target. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_MILESTONE);
  cls_indicator_set_due (indicator, due);
  milestone = review (contract);
  g_assert_cmpuint (count_code (milestone, CLS_REVIEW_NO_TARGET), ==, 0);
}

static void
test_no_baseline (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsBaseline) in_words = cls_baseline_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) words = NULL;
  g_autoptr(GListModel) milestone = NULL;
  g_autoptr(GListModel) narrative = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  cls_indicator_set_baseline (indicator, NULL);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_NO_BASELINE);
  assert_finding (finding, CLS_SEVERITY_INFO, "op-1", "op-1-i1");
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* A baseline only in words gives no starting value. */
  cls_baseline_set_text (in_words, "4 MSU");
  cls_indicator_set_baseline (indicator, in_words);
  words = review (contract);
  g_assert_cmpuint (count_code (words, CLS_REVIEW_NO_BASELINE), ==, 1);

  /* Milestones start from “not done”, narratives from nothing. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_MILESTONE);
  milestone = review (contract);
  g_assert_cmpuint (count_code (milestone, CLS_REVIEW_NO_BASELINE), ==, 0);
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_NARRATIVE);
  narrative = review (contract);
  g_assert_cmpuint (count_code (narrative, CLS_REVIEW_NO_BASELINE), ==, 0);
}

static void
test_no_source (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) from_baseline = NULL;
  g_autoptr(GListModel) formula = NULL;
  g_autoptr(GListModel) narrative = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  g_autoptr(ClsPeriod) period = parse_period ("2026");
  g_autoptr(ClsMeasurement) assessment = cls_measurement_new (period);

  cls_baseline_set_source (baseline, NULL);
  add_measurement (indicator, "2025", 3, NULL);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_NO_SOURCE);
  assert_finding (finding, CLS_SEVERITY_INFO, "op-1", "op-1-i1");
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* The baseline's source is enough. */
  cls_baseline_set_source (baseline, "Insee");
  from_baseline = review (contract);
  g_assert_cmpuint (count_code (from_baseline, CLS_REVIEW_NO_SOURCE), ==, 0);
  cls_baseline_set_source (baseline, NULL);

  /* A formula is computed from other figures. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_FORMULA);
  formula = review (contract);
  g_assert_cmpuint (count_code (formula, CLS_REVIEW_NO_SOURCE), ==, 0);

  /* An assessment's author is where it comes from. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_NARRATIVE);
  cls_measurement_set_text (assessment, "Partenariats solides");
  cls_measurement_set_author (assessment, "Coordination CLS");
  cls_indicator_set_measurement (indicator, assessment);
  narrative = review (contract);
  g_assert_cmpuint (count_code (narrative, CLS_REVIEW_NO_SOURCE), ==, 0);
}

static void
test_no_indicator (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *fiche = lookup_node (contract, "fa-1");
  ClsNode *op2 = add_node (contract, fiche, "op-2", "Op. 2", "Former les maîtres de stage");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) abandoned = NULL;
  g_autoptr(GListModel) merged = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_NO_INDICATOR);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-2", "op-2");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "FA 1 / Op. 2"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* What became of an abandoned action no longer matters. */
  cls_node_set_state (op2, CLS_NODE_STATE_ABANDONED);
  abandoned = review (contract);
  assert_no_findings (abandoned);
  cls_node_set_state (op2, CLS_NODE_STATE_PLANNED);

  /* An indicator of the fiche (merged cells) measures all its operations. */
  add_indicator (fiche, "fa-1-i1", "Nombre de maîtres de stage");
  merged = review (contract);
  assert_no_findings (merged);
}

static void
test_no_indicator_placeholder (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *fiche = lookup_node (contract, "fa-1");
  ClsNode *op2 = add_node (contract, fiche, "op-2", "Op. 2", "Former les maîtres de stage");
  ClsNode *with_deliverables = lookup_node (contract, "axe-1");
  g_autoptr(ClsIndicator) placeholder = cls_indicator_new ("op-2-i1");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) branch = NULL;

  /* A placeholder measures nothing yet. */
  cls_indicator_set_title (placeholder, "Tout autre indicateur pertinent");
  cls_indicator_set_state (placeholder, CLS_INDICATOR_STATE_PLACEHOLDER);
  cls_node_add_indicator (op2, placeholder);
  findings = review (contract);
  g_assert_cmpuint (count_code (findings, CLS_REVIEW_NO_INDICATOR), ==, 1);
  g_assert_cmpuint (count_code (findings, CLS_REVIEW_PLACEHOLDER_OPEN), ==, 1);

  /* A branch with deliverables is an action too, measured by its subtree:
   * the axis's subtree has op-1's indicator. */
  add_deliverable (with_deliverables, "axe-1-d1", "Un plan d'attractivité");
  {
    const char *measured[] = { "axe-1-d1", NULL };
    cls_indicator_set_deliverables (lookup_indicator (contract, "op-1-i1"), measured);
  }
  branch = review (contract);
  g_assert_cmpuint (count_code (branch, CLS_REVIEW_NO_INDICATOR), ==, 1);
}

static void
test_deliverable_unmeasured (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  ClsIndicator *elsewhere;
  const char *measured[] = { "op-1-d1", NULL };
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) across = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  cls_indicator_set_deliverables (indicator, NULL);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_DELIVERABLE_UNMEASURED);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-1", "op-1-d1");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "Au moins deux stages par an"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* Any indicator of the contract may measure it. */
  elsewhere = add_indicator (lookup_node (contract, "fa-1"), "fa-1-i1", "Stages organisés");
  cls_indicator_set_deliverables (elsewhere, measured);
  across = review (contract);
  assert_no_findings (across);
}

static void
test_duplicate_operation (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *axis = lookup_node (contract, "axe-1");
  ClsNode *fiche = lookup_node (contract, "fa-1");
  ClsNode *fiche2 = add_node (contract, axis, "fa-2", "FA 2", "Soutenir les internes");
  ClsNode *copy;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) variant = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  ClsNode *sibling, *other;

  add_indicator (fiche2, "fa-2-i1", "Nombre d'internes");
  /* Case, accents, apostrophes, spaces and the final full stop differ. */
  copy = add_node (contract, fiche2, "op-2", "Op. 1", "DEVELOPPER L’ACCUEIL  des  stagiaires.");
  add_indicator (copy, "op-2-i1", "Nombre de stagiaires accueillis");
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_DUPLICATE_OPERATION);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-2", "op-2");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "FA 2 / Op. 1"));
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "FA 1 / Op. 1"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* Not a copy: siblings sharing a title, and a fiche repeating its
   * axis's title (a node and its ancestor). */
  cls_node_set_title (copy, "Autre opération");
  sibling = add_node (contract, fiche, "op-3", "Op. 2", "Développer l'accueil des stagiaires");
  add_indicator (sibling, "op-3-i1", "Nombre de conventions");
  cls_node_set_title (fiche2, "Améliorer l'accès aux soins");
  g_clear_object (&findings);
  findings = review (contract);
  assert_no_findings (findings);

  /* A variant title counts, and a pair is reported once. */
  other = add_node (contract, fiche2, "op-4", "Op. 2", "Développer l'accueil des stagiaires");
  cls_node_set_variant_title (other, "annexe", "Développer l'accueil des stagiaires !");
  add_indicator (other, "op-4-i1", "Nombre de tuteurs");
  variant = review (contract);
  g_clear_object (&finding);
  finding = only_finding (variant, CLS_REVIEW_DUPLICATE_OPERATION);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-4", "op-4");
}

static void
test_duplicate_indicator_set (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *axis = lookup_node (contract, "axe-1");
  ClsNode *op1 = lookup_node (contract, "op-1");
  ClsNode *fiche2 = add_node (contract, axis, "fa-2", "FA 2", "Soutenir les internes");
  ClsNode *op2 = add_node (contract, fiche2, "op-2", "Op. 1", "Loger les internes");
  ClsIndicator *second;
  g_autoptr(GListModel) one = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) different = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  /* One shared indicator is reuse, not a copy. */
  add_indicator (op2, "op-2-i1", "NOMBRE DE STAGES");
  one = review (contract);
  assert_no_findings (one);

  add_indicator (op1, "op-1-i2", "Satisfaction des partenaires");
  second = add_indicator (op2, "op-2-i2", "Satisfaction des partenaires.");
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_DUPLICATE_INDICATOR_SET);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-2", "op-2");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "2 indicators"));
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "FA 1 / Op. 1"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  cls_indicator_set_title (second, "Satisfaction des internes");
  different = review (contract);
  assert_no_findings (different);
}

static void
test_target_direction (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
  g_autoptr(ClsTarget) target = g_list_model_get_item (cls_indicator_get_targets (indicator), 0);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) decrease = NULL;
  g_autoptr(GListModel) wrong_decrease = NULL;
  g_autoptr(GListModel) exactly = NULL;
  g_autoptr(GListModel) flow = NULL;
  g_autoptr(GListModel) comparator = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  g_autoptr(GError) error = NULL;

  /* Target 8 below baseline 10 for an increasing indicator, taken as its
   * latest value; as a flow (a sum) its baseline would not be compared. */
  cls_baseline_set_value (baseline, 10);
  flow = review (contract);
  g_assert_cmpuint (count_code (flow, CLS_REVIEW_TARGET_DIRECTION), ==, 0);
  cls_indicator_set_aggregation (indicator, CLS_AGGREGATION_LAST);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_TARGET_DIRECTION);
  assert_finding (finding, CLS_SEVERITY_ERROR, "op-1", "op-1-i1");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "should increase"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  /* The loader's check agrees: it is the same. */
  g_assert_false (cls_contract_validate (contract, NULL, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_TARGET_DIRECTION);

  cls_indicator_set_direction (indicator, CLS_DIRECTION_DECREASE);
  decrease = review (contract);
  assert_no_findings (decrease);

  cls_target_set_value (target, 12);
  wrong_decrease = review (contract);
  g_clear_object (&finding);
  finding = only_finding (wrong_decrease, CLS_REVIEW_TARGET_DIRECTION);
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "should decrease"));

  cls_target_set_comparator (target, CLS_COMPARATOR_EXACTLY);
  exactly = review (contract);
  assert_no_findings (exactly);

  /* “at least” for a decreasing indicator contradicts it, even with a
   * target below the baseline */
  cls_target_set_value (target, 8);
  cls_target_set_comparator (target, CLS_COMPARATOR_AT_LEAST);
  comparator = review (contract);
  g_clear_object (&finding);
  finding = only_finding (comparator, CLS_REVIEW_TARGET_DIRECTION);
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "at least"));
}

static void
add_breakdown_measurement (ClsIndicator *indicator,
                           double        total,
                           double        young,
                           double        old)
{
  g_autoptr(ClsPeriod) period = parse_period ("2026");
  g_autoptr(ClsMeasurement) measurement = cls_measurement_new (period);

  cls_measurement_set_value (measurement, total);
  cls_measurement_set_source (measurement, "Feuilles d'émargement");
  cls_measurement_add_breakdown (measurement, "public", "jeunes", young);
  cls_measurement_add_breakdown (measurement, "public", "seniors", old);
  cls_measurement_add_breakdown (measurement, "sexe", "f", 1);
  cls_indicator_set_measurement (indicator, measurement);
}

static void
test_breakdown_above_total (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  const char *dimensions[] = { "public", "sexe", NULL };
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) within = NULL;
  g_autoptr(GListModel) warnings = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  g_autoptr(GError) error = NULL;

  cls_indicator_set_dimensions (indicator, dimensions);
  add_breakdown_measurement (indicator, 3, 2, 2);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL);
  assert_finding (finding, CLS_SEVERITY_ERROR, "op-1", "op-1-i1");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "2026"));
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "public"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  /* The loader warns about the same measurement, under the same code. */
  g_assert_true (cls_contract_validate (contract, &warnings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_code (warnings, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL), ==, 1);

  add_breakdown_measurement (indicator, 3, 1, 2);
  within = review (contract);
  assert_no_findings (within);
}

static void
test_shares_not_100 (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *op = lookup_node (contract, "op-1");
  g_autoptr(ClsFunding) half = make_funding (50);
  g_autoptr(ClsFunding) rounded = make_funding (49.97);
  g_autoptr(ClsFunding) contract_half = make_funding (50);
  g_autoptr(ClsFunding) contract_rest = make_funding (40);
  g_autoptr(ClsFunding) no_share = cls_funding_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) both = NULL;
  g_autoptr(GListModel) complete = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;
  g_autoptr(ClsDiagnostic) first = NULL;

  cls_node_add_funding (op, half);
  cls_node_add_funding (op, rounded);
  cls_node_add_funding (op, no_share);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_SHARES_NOT_100);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-1", "op-1");
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* The contract's own funding: no node, and it comes first. */
  cls_contract_add_funding (contract, contract_half);
  cls_contract_add_funding (contract, contract_rest);
  both = review (contract);
  g_assert_cmpuint (count_code (both, CLS_REVIEW_SHARES_NOT_100), ==, 2);
  first = g_list_model_get_item (both, 0);
  assert_finding (first, CLS_SEVERITY_WARNING, NULL, "cls-test");
  g_assert_cmpstr (cls_diagnostic_get_code (first), ==, CLS_REVIEW_SHARES_NOT_100);
  g_assert_nonnull (strstr (cls_diagnostic_get_message (first), "the contract"));

  cls_funding_set_share (rounded, 50);
  cls_funding_set_share (contract_rest, 50);
  complete = review (contract);
  assert_no_findings (complete);
}

static void
test_calendar_past_no_data (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsPeriod) year = parse_period ("2025");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) during = NULL;
  g_autoptr(GListModel) last_day = NULL;
  g_autoptr(GListModel) day_after = NULL;
  g_autoptr(GListModel) formula = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  /* Calendar 2025, nothing measured. */
  g_assert_true (cls_indicator_remove_measurement (indicator, year));
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_CALENDAR_PAST_NO_DATA);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-1", "op-1");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "2025-12-31"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  /* It depends on the day of the review. */
  during = review_on (contract, 2025, 6, 1);
  assert_no_findings (during);
  last_day = review_on (contract, 2025, 12, 31);
  assert_no_findings (last_day);
  day_after = review_on (contract, 2026, 1, 1);
  g_assert_cmpuint (count_code (day_after, CLS_REVIEW_CALENDAR_PAST_NO_DATA), ==, 1);

  /* A formula is computed, never measured. */
  cls_indicator_set_kind (indicator, CLS_INDICATOR_KIND_FORMULA);
  cls_indicator_set_formula (indicator, "[other] * 2");
  formula = review (contract);
  assert_no_findings (formula);
}

static void
test_calendar_inherited (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *fiche = lookup_node (contract, "fa-1");
  ClsNode *op1 = lookup_node (contract, "op-1");
  ClsNode *op2;
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsCalendarEntry) own = g_list_model_get_item (cls_node_get_calendar (op1), 0);
  g_autoptr(ClsPeriod) year = parse_period ("2025");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) one_measured = NULL;
  g_autoptr(GListModel) in_words = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  /* The fiche's calendar, inherited by both operations, none measured:
   * reported once, on the fiche. */
  g_assert_true (cls_node_remove_calendar_entry (op1, own));
  add_calendar (fiche, "2025-S2", "Second semestre 2025");
  op2 = add_node (contract, fiche, "op-2", "Op. 2", "Former les maîtres de stage");
  add_indicator (op2, "op-2-i1", "Nombre de maîtres de stage formés");
  g_assert_true (cls_indicator_remove_measurement (lookup_indicator (contract, "op-2-i1"), year));
  g_assert_true (cls_indicator_remove_measurement (indicator, year));
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_CALENDAR_PAST_NO_DATA);
  assert_finding (finding, CLS_SEVERITY_WARNING, "fa-1", "fa-1");

  /* One operation measured: the other, with the same calendar, is late. */
  add_measurement (indicator, "2025", 3, "Tableau de bord");
  one_measured = review (contract);
  g_clear_object (&finding);
  finding = only_finding (one_measured, CLS_REVIEW_CALENDAR_PAST_NO_DATA);
  assert_finding (finding, CLS_SEVERITY_WARNING, "op-2", "op-2");

  /* A phase only in words may run later: no verdict. */
  add_calendar (fiche, NULL, "Puis selon les besoins");
  in_words = review (contract);
  assert_no_findings (in_words);
}

static void
test_placeholder_open (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *op = lookup_node (contract, "op-1");
  g_autoptr(ClsIndicator) placeholder = cls_indicator_new ("op-1-i2");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) draft = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(ClsDiagnostic) finding = NULL;

  /* Only the placeholder finding: a placeholder is not asked for a
   * target, a baseline or a source. */
  cls_indicator_set_title (placeholder, "Tout autre indicateur pertinent");
  cls_indicator_set_state (placeholder, CLS_INDICATOR_STATE_PLACEHOLDER);
  cls_node_add_indicator (op, placeholder);
  findings = review (contract);
  finding = only_finding (findings, CLS_REVIEW_PLACEHOLDER_OPEN);
  assert_finding (finding, CLS_SEVERITY_INFO, "op-1", "op-1-i2");
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "placeholder"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);

  cls_indicator_set_state (placeholder, CLS_INDICATOR_STATE_DRAFT);
  draft = review (contract);
  g_clear_object (&finding);
  finding = only_finding (draft, CLS_REVIEW_PLACEHOLDER_OPEN);
  g_assert_nonnull (strstr (cls_diagnostic_get_message (finding), "draft"));
  g_assert_cmpuint (g_list_model_get_n_items (draft), ==, 1);

  /* Once active, it is asked for what every indicator needs. */
  cls_indicator_set_state (placeholder, CLS_INDICATOR_STATE_ACTIVE);
  active = review (contract);
  g_assert_cmpuint (count_code (active, CLS_REVIEW_PLACEHOLDER_OPEN), ==, 0);
  g_assert_cmpuint (count_code (active, CLS_REVIEW_NO_TARGET), ==, 1);
}

static void
test_not_applicable_and_abandoned (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *op = lookup_node (contract, "op-1");
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsTarget) target = g_list_model_get_item (cls_indicator_get_targets (indicator), 0);
  g_autoptr(GListModel) not_applicable = NULL;
  g_autoptr(GListModel) abandoned = NULL;

  /* “Le cas échéant”, and the case did not arise. */
  g_assert_true (cls_indicator_remove_target (indicator, target));
  cls_indicator_set_condition (indicator, "le cas échéant");
  cls_indicator_set_condition_met (indicator, CLS_CONDITION_STATE_NO);
  not_applicable = review (contract);
  assert_no_findings (not_applicable);

  /* Inside an abandoned action only contradictions are reported. */
  cls_indicator_set_condition_met (indicator, CLS_CONDITION_STATE_UNKNOWN);
  cls_indicator_set_deliverables (indicator, NULL);
  add_breakdown_measurement (indicator, 1, 2, 2);
  cls_node_set_state (op, CLS_NODE_STATE_ABANDONED);
  abandoned = review (contract);
  g_assert_cmpuint (count_code (abandoned, CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (abandoned), ==, 1);
}

/* Order */

static void
index_nodes (GListModel *nodes,
             GHashTable *order)
{
  guint i, n = g_list_model_get_n_items (nodes);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);

      g_hash_table_insert (order, (gpointer) cls_node_get_id (node),
                           GUINT_TO_POINTER (g_hash_table_size (order) + 1));
      index_nodes (cls_node_get_children (node), order);
    }
}

/* Contract first, then nodes in document order, then codes. */
static void
assert_order (ClsContract *contract,
              GListModel  *findings)
{
  g_autoptr(GHashTable) order = g_hash_table_new (g_str_hash, g_str_equal);
  guint i, n = g_list_model_get_n_items (findings);
  guint previous_index = 0;
  g_autofree char *previous_code = NULL;

  index_nodes (cls_contract_get_nodes (contract), order);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);
      const char *node_id = cls_diagnostic_get_node_id (finding);
      guint index = node_id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (order, node_id)) : 0;

      if (node_id != NULL)
        g_assert_cmpuint (index, >, 0);
      g_assert_cmpuint (index, >=, previous_index);
      if (index == previous_index && previous_code != NULL)
        g_assert_cmpstr (previous_code, <=, cls_diagnostic_get_code (finding));
      previous_index = index;
      g_free (previous_code);
      previous_code = g_strdup (cls_diagnostic_get_code (finding));
    }
}

static void
test_order (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  ClsNode *axis = lookup_node (contract, "axe-1");
  ClsNode *fiche = lookup_node (contract, "fa-1");
  ClsNode *op1 = lookup_node (contract, "op-1");
  ClsNode *fiche2, *op2;
  ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
  g_autoptr(ClsFunding) share = make_funding (30);
  g_autoptr(ClsIndicator) bare = cls_indicator_new ("op-1-i2");
  g_autoptr(ClsIndicator) bare2 = cls_indicator_new ("op-1-i3");
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(ClsDiagnostic) head = NULL;
  guint i, n;

  /* Findings spread over the contract, several nodes and several codes,
   * built in an order unlike the document's. */
  fiche2 = add_node (contract, axis, "fa-2", "FA 2", "Autre fiche");
  op2 = add_node (contract, fiche2, "op-2", "Op. 1", "Développer l'accueil des stagiaires");
  add_node (contract, fiche, "op-3", "Op. 2", "Sans indicateur");
  cls_indicator_set_title (bare, "Indicateur nu");
  cls_node_add_indicator (op1, bare);
  cls_indicator_set_title (bare2, "Autre indicateur nu");
  cls_node_add_indicator (op1, bare2);
  cls_indicator_set_deliverables (indicator, NULL);
  cls_contract_add_funding (contract, share);
  add_indicator (op2, "op-2-i1", "Nombre de stagiaires");

  first = review (contract);
  second = review (contract);
  n = g_list_model_get_n_items (first);
  g_assert_cmpuint (n, >, 8);
  g_assert_cmpuint (g_list_model_get_n_items (second), ==, n);
  assert_order (contract, first);

  head = g_list_model_get_item (first, 0);
  g_assert_null (cls_diagnostic_get_node_id (head));

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) a = g_list_model_get_item (first, i);
      g_autoptr(ClsDiagnostic) b = g_list_model_get_item (second, i);

      g_assert_true (a != b);  /* a new list each time */
      g_assert_cmpstr (cls_diagnostic_get_code (a), ==, cls_diagnostic_get_code (b));
      g_assert_cmpstr (cls_diagnostic_get_node_id (a), ==, cls_diagnostic_get_node_id (b));
      g_assert_cmpstr (cls_diagnostic_get_object_id (a), ==, cls_diagnostic_get_object_id (b));
      g_assert_cmpstr (cls_diagnostic_get_message (a), ==, cls_diagnostic_get_message (b));
    }

  /* Within a node and a code, the objects' order: op-1-i2 before op-1-i3. */
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) a = g_list_model_get_item (first, i);

      if (g_strcmp0 (cls_diagnostic_get_code (a), CLS_REVIEW_NO_TARGET) == 0)
        {
          g_autoptr(ClsDiagnostic) b = g_list_model_get_item (first, i + 1);

          g_assert_cmpstr (cls_diagnostic_get_object_id (a), ==, "op-1-i2");
          g_assert_cmpstr (cls_diagnostic_get_object_id (b), ==, "op-1-i3");
          break;
        }
    }
}

static void
test_default_date (void)
{
  g_autoptr(ClsContract) contract = make_clean_contract ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = make_date (g_date_time_get_year (now), g_date_time_get_month (now),
                                      g_date_time_get_day_of_month (now));
  g_autoptr(GListModel) by_default = NULL;
  g_autoptr(GListModel) explicit = NULL;
  g_autoptr(ClsPeriod) year = parse_period ("2025");

  /* Late for a calendar of 2025 today, whenever the test runs after 2025. */
  g_assert_true (cls_indicator_remove_measurement (lookup_indicator (contract, "op-1-i1"), year));
  by_default = cls_contract_review (contract, NULL);
  explicit = cls_contract_review (contract, today);
  g_assert_cmpuint (g_list_model_get_n_items (by_default), ==, g_list_model_get_n_items (explicit));
  g_assert_cmpuint (count_code (by_default, CLS_REVIEW_CALENDAR_PAST_NO_DATA), ==,
                    count_code (explicit, CLS_REVIEW_CALENDAR_PAST_NO_DATA));
}

/* The example contracts */

static const char * const known_codes[] = {
  CLS_REVIEW_NO_TARGET, CLS_REVIEW_NO_BASELINE, CLS_REVIEW_NO_SOURCE, CLS_REVIEW_NO_INDICATOR,
  CLS_REVIEW_DELIVERABLE_UNMEASURED, CLS_REVIEW_DUPLICATE_OPERATION,
  CLS_REVIEW_DUPLICATE_INDICATOR_SET, CLS_REVIEW_TARGET_DIRECTION,
  CLS_REVIEW_BREAKDOWN_ABOVE_TOTAL, CLS_REVIEW_SHARES_NOT_100,
  CLS_REVIEW_CALENDAR_PAST_NO_DATA, CLS_REVIEW_PLACEHOLDER_OPEN, NULL,
};

static GListModel *
review_example (ClsContract *contract)
{
  GListModel *findings = review (contract);
  guint i, n = g_list_model_get_n_items (findings);

  g_assert_cmpuint (n, >, 0);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);
      const char *code = cls_diagnostic_get_code (finding);
      const char *node_id = cls_diagnostic_get_node_id (finding);

      g_assert_nonnull (code);
      g_assert_true (g_strv_contains (known_codes, code));
      g_assert_cmpint (cls_diagnostic_get_severity (finding), >=, CLS_SEVERITY_INFO);
      g_assert_cmpint (cls_diagnostic_get_severity (finding), <=, CLS_SEVERITY_ERROR);
      /* The loader refuses contradictions: the examples have none. */
      g_assert_cmpint (cls_diagnostic_get_severity (finding), !=, CLS_SEVERITY_ERROR);
      g_assert_nonnull (cls_diagnostic_get_message (finding));
      g_assert_cmpstr (cls_diagnostic_get_message (finding), !=, "");
      g_assert_nonnull (cls_diagnostic_get_object_id (finding));
      if (node_id != NULL)
        g_assert_nonnull (cls_contract_lookup_node (contract, node_id));
      else
        {
          /* Only the contract's own funding is about no node. */
          g_assert_cmpstr (code, ==, CLS_REVIEW_SHARES_NOT_100);
          g_assert_cmpstr (cls_diagnostic_get_object_id (finding), ==, cls_contract_get_id (contract));
        }
    }
  assert_order (contract, findings);
  return findings;
}

static gboolean
has_finding (GListModel *findings,
             const char *code,
             const char *node_id)
{
  guint i, n = g_list_model_get_n_items (findings);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (cls_diagnostic_get_code (finding), code) == 0 &&
          g_strcmp0 (cls_diagnostic_get_node_id (finding), node_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
test_example_avesnois (void)
{
  g_autoptr(ClsContract) contract = load_example ("cls-coeur-sud-avesnois-2025-2028.cls.xml");
  g_autoptr(GListModel) findings = review_example (contract);

  /* FA 4.1's open indicator (“tout autre indicateur pertinent”). */
  g_assert_true (has_finding (findings, CLS_REVIEW_PLACEHOLDER_OPEN, "fa-4-1"));
  /* FA 4.1's operations are measured by the fiche's indicators. */
  g_assert_false (has_finding (findings, CLS_REVIEW_NO_INDICATOR, "fa-4-1-op1"));
  /* Orientation 3 and FA 3.1 share a title: a node and its ancestor. */
  g_assert_cmpuint (count_code (findings, CLS_REVIEW_DUPLICATE_OPERATION), ==, 0);
}

static void
test_example_marque (void)
{
  g_autoptr(ClsContract) contract = load_example ("clsi-marque-melantois-2025-2028.cls.xml");
  g_autoptr(GListModel) findings = review_example (contract);

  /* The copy-paste errors the reading notes found: FA 3.5's operation
   * repeats FA 3.4 op. 1 in the fiche, FA 2.1 op. 1 has FA 1.2 op. 1's
   * indicators; the coordinator's shares add up to 99.97 %. */
  g_assert_true (has_finding (findings, CLS_REVIEW_DUPLICATE_OPERATION, "fa-3-5-op1"));
  g_assert_true (has_finding (findings, CLS_REVIEW_DUPLICATE_INDICATOR_SET, "fa-2-1-op1"));
  g_assert_true (has_finding (findings, CLS_REVIEW_SHARES_NOT_100, NULL));
}

/* The lint command, run in a subprocess to capture its output */

static void
test_lint_example (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples",
                                                     "clsi-marque-melantois-2025-2028.cls.xml", NULL);
      exit (cls_tool_lint_run (path, FALSE, "2026-11-23"));
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*clsi-marque-melantois-2025-2028.cls.xml: warning shares-not-100 the contract: *");
  g_test_trap_assert_stdout ("*clsi-marque-melantois-2025-2028.cls.xml: warning duplicate-operation [FA 3.5 / Op. 1] FA 3.5 / Op. 1 has the same title as FA 3.4 / Op. 1 *");
  g_test_trap_assert_stdout ("*: info no-baseline [FA 1.1 / Op. 1] *");
  /* The loader's shares warning is not printed twice. */
  g_test_trap_assert_stderr_unmatched ("*shares*");
}

static void
test_lint_errors (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ClsContract) contract = make_clean_contract ();
      ClsIndicator *indicator = lookup_indicator (contract, "op-1-i1");
      const char *dimensions[] = { "public", "sexe", NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("libcls-lint-XXXXXX", &error);
      g_autofree char *path = NULL;
      int status;

      g_assert_no_error (error);
      path = g_build_filename (dir, "erreur.cls.xml", NULL);
      cls_indicator_set_dimensions (indicator, dimensions);
      add_breakdown_measurement (indicator, 3, 2, 2);
      g_assert_true (cls_contract_save_to_path (contract, path, &error));
      g_assert_no_error (error);
      status = cls_tool_lint_run (path, FALSE, "2026-11-23");
      g_unlink (path);
      g_rmdir (dir);
      exit (status);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout ("*erreur.cls.xml: error breakdown-above-total [FA 1 / Op. 1] FA 1 / Op. 1: in 2026, *");
}

static void
test_lint_bad_input (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "tutorial.cls.xml", NULL);
      int status = cls_tool_lint_run (path, FALSE, "23/11/2026");

      g_assert_cmpint (status, ==, 2);
      status = cls_tool_lint_run ("/nonexistent/contract.cls.xml", FALSE, NULL);
      g_assert_cmpint (status, ==, 1);
      exit (0);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*“23/11/2026” is not a date*/nonexistent/contract.cls.xml*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cls/review/diagnostic/node-id", test_diagnostic_node_id);
  g_test_add_func ("/cls/review/loader/node-id", test_loader_warning_node_id);
  g_test_add_func ("/cls/review/clean", test_clean);
  g_test_add_func ("/cls/review/no-target", test_no_target);
  g_test_add_func ("/cls/review/no-baseline", test_no_baseline);
  g_test_add_func ("/cls/review/no-source", test_no_source);
  g_test_add_func ("/cls/review/no-indicator", test_no_indicator);
  g_test_add_func ("/cls/review/no-indicator/placeholder", test_no_indicator_placeholder);
  g_test_add_func ("/cls/review/deliverable-unmeasured", test_deliverable_unmeasured);
  g_test_add_func ("/cls/review/duplicate-operation", test_duplicate_operation);
  g_test_add_func ("/cls/review/duplicate-indicator-set", test_duplicate_indicator_set);
  g_test_add_func ("/cls/review/target-direction", test_target_direction);
  g_test_add_func ("/cls/review/breakdown-above-total", test_breakdown_above_total);
  g_test_add_func ("/cls/review/shares-not-100", test_shares_not_100);
  g_test_add_func ("/cls/review/calendar-past-no-data", test_calendar_past_no_data);
  g_test_add_func ("/cls/review/calendar-past-no-data/inherited", test_calendar_inherited);
  g_test_add_func ("/cls/review/placeholder-open", test_placeholder_open);
  g_test_add_func ("/cls/review/not-applicable-and-abandoned", test_not_applicable_and_abandoned);
  g_test_add_func ("/cls/review/order", test_order);
  g_test_add_func ("/cls/review/default-date", test_default_date);
  g_test_add_func ("/cls/review/examples/coeur-sud-avesnois", test_example_avesnois);
  g_test_add_func ("/cls/review/examples/marque-melantois", test_example_marque);
  g_test_add_func ("/cls/review/lint/example", test_lint_example);
  g_test_add_func ("/cls/review/lint/errors", test_lint_errors);
  g_test_add_func ("/cls/review/lint/bad-input", test_lint_bad_input);

  return g_test_run ();
}
