/* test-model.c: tests for the object model of libcls, built in code
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libcls/cls.h>

#include "cls-test-util.h"

#include <string.h>

/* Helpers */

static char *
measurement_period_string (const ClsMeasurement *measurement)
{
  g_autoptr(ClsPeriod) period = cls_measurement_dup_period (measurement);

  g_assert_nonnull (period);
  return cls_period_to_string (period);
}

static void
add_organisation (ClsContract         *contract,
                  const char          *id,
                  ClsOrganisationKind  kind,
                  const char          *name)
{
  g_autoptr(ClsOrganisation) organisation = cls_organisation_new (id);

  cls_organisation_set_kind (organisation, kind);
  cls_organisation_set_name (organisation, name);
  cls_contract_add_organisation (contract, organisation);
}

static void
add_level (ClsContract *contract,
           const char  *id,
           const char  *name)
{
  g_autoptr(ClsLevel) level = cls_level_new (id);

  cls_level_set_name (level, name);
  cls_contract_add_level (contract, level);
}

static ClsRole *
make_role (ClsRoleKind  kind,
           const char  *organisation)
{
  ClsRole *role = cls_role_new ();

  cls_role_set_kind (role, kind);
  cls_role_set_organisation (role, organisation);
  return role;
}

static ClsNode *
add_child_node (ClsNode    *parent,
                const char *id,
                const char *code,
                const char *title)
{
  g_autoptr(ClsNode) node = cls_node_new (id);

  cls_node_set_code (node, code);
  cls_node_set_title (node, title);
  cls_node_add_child (parent, node);
  return node; /* owned by the parent */
}

/* Builds this contract:
 *
 * organisations ars, ccve, coord; parties ars, ccve; communes c-a, c-b;
 * levels orientation / fiche / operation; scale satisfaction-4;
 * template tpl-satisfaction (ordinal, scale satisfaction-4);
 * plan:
 *   o1
 *     fa-1-1 (publics, lead coord, partner ars)
 *       ind-seances (count, target 48, baseline 4, three measurements)
 *       ind-satisfaction (template tpl-satisfaction)
 *       op-1-1-1 (nothing of its own: inherits)
 *         ind-op
 *       op-1-1-2 (own public, own role; level attribute "fiche")
 *   o2
 */
static ClsContract *
build_contract (void)
{
  ClsContract *contract = cls_contract_new ("cls-test");
  g_autoptr(GDate) start = make_date (2025, 1, 1);
  g_autoptr(GDate) end = make_date (2028, 12, 31);
  g_autoptr(ClsRole) party_ars = make_role (CLS_ROLE_KIND_SIGNATORY, "ars");
  g_autoptr(ClsRole) party_ccve = make_role (CLS_ROLE_KIND_SIGNATORY, "ccve");
  g_autoptr(ClsCommune) commune_a = cls_commune_new ("c-a");
  g_autoptr(ClsCommune) commune_b = cls_commune_new ("c-b");
  g_autoptr(ClsScale) scale = cls_scale_new ("satisfaction-4");
  g_autoptr(ClsIndicator) template = cls_indicator_new ("tpl-satisfaction");
  g_autoptr(ClsNode) o1 = cls_node_new ("o1");
  g_autoptr(ClsNode) o2 = cls_node_new ("o2");
  g_autoptr(ClsIndicator) seances = cls_indicator_new ("ind-seances");
  g_autoptr(ClsIndicator) satisfaction = cls_indicator_new ("ind-satisfaction");
  g_autoptr(ClsIndicator) ind_op = cls_indicator_new ("ind-op");
  g_autoptr(ClsTarget) target = cls_target_new ();
  g_autoptr(ClsTarget) period_target = cls_target_new ();
  g_autoptr(ClsBaseline) baseline = cls_baseline_new ();
  g_autoptr(ClsPeriod) p2024 = parse_period ("2024");
  g_autoptr(ClsPeriod) p2026 = parse_period ("2026");
  g_autoptr(ClsRole) lead = make_role (CLS_ROLE_KIND_LEAD, "coord");
  g_autoptr(ClsRole) partner = make_role (CLS_ROLE_KIND_PARTNER, "ars");
  g_autoptr(ClsRole) op_lead = make_role (CLS_ROLE_KIND_LEAD, "ccve");
  const char *fiche_publics[] = { "Habitants", "Élèves", NULL };
  const char *op_publics[] = { "Jeunes", NULL };
  const struct { const char *key; double value; const char *label; } levels[] = {
    { "pas-du-tout", 1, "Pas du tout satisfait" },
    { "peu", 2, "Peu satisfait" },
    { "satisfait", 3, "Satisfait" },
    { "tres", 4, "Très satisfait" },
  };
  ClsNode *fa, *op1, *op2;
  guint i;

  cls_contract_set_title (contract, "Contrat de test");
  cls_contract_set_state (contract, CLS_CONTRACT_STATE_SIGNED);
  cls_contract_set_start_date (contract, start);
  cls_contract_set_end_date (contract, end);

  add_organisation (contract, "ars", CLS_ORGANISATION_KIND_ARS, "Agence régionale de santé");
  add_organisation (contract, "ccve", CLS_ORGANISATION_KIND_EPCI, "Communauté de communes");
  add_organisation (contract, "coord", CLS_ORGANISATION_KIND_COORDINATION, "Coordination");
  cls_contract_add_party (contract, party_ars);
  cls_contract_add_party (contract, party_ccve);

  cls_commune_set_name (commune_a, "Alpha");
  cls_commune_set_population (commune_a, 1200);
  cls_commune_set_name (commune_b, "Bêta");
  cls_commune_set_population (commune_b, 800);
  cls_contract_add_commune (contract, commune_a);
  cls_contract_add_commune (contract, commune_b);

  add_level (contract, "orientation", "Orientation");
  add_level (contract, "fiche", "Fiche action");
  add_level (contract, "operation", "Opération");

  cls_scale_set_name (scale, "Satisfaction (4 niveaux)");
  for (i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(ClsScaleLevel) level = cls_scale_level_new (levels[i].key);
      cls_scale_level_set_value (level, levels[i].value);
      cls_scale_level_set_label (level, levels[i].label);
      cls_scale_add_level (scale, level);
    }
  cls_contract_add_scale (contract, scale);

  cls_indicator_set_kind (template, CLS_INDICATOR_KIND_ORDINAL);
  cls_indicator_set_scale (template, "satisfaction-4");
  cls_indicator_set_at_or_above (template, "satisfait");
  cls_indicator_set_title (template, "Satisfaction des participants");
  cls_indicator_set_level (template, CLS_INDICATOR_LEVEL_OUTCOME);
  cls_contract_add_template (contract, template);

  cls_node_set_code (o1, "Orientation 1");
  cls_node_set_title (o1, "Améliorer l'accès aux soins");
  cls_contract_add_node (contract, o1);
  cls_node_set_code (o2, "Orientation 2");
  cls_node_set_title (o2, "Santé mentale");
  cls_contract_add_node (contract, o2);

  fa = add_child_node (o1, "fa-1-1", "FA 1.1", "Séances d'éducation à la santé");
  cls_node_set_publics (fa, fiche_publics);
  cls_node_set_sector (fa, "Tout le territoire");
  cls_node_add_role (fa, lead);
  cls_node_add_role (fa, partner);

  cls_indicator_set_kind (seances, CLS_INDICATOR_KIND_COUNT);
  cls_indicator_set_title (seances, "Nombre de séances");
  cls_indicator_set_unit (seances, "séances");
  cls_target_set_value (target, 48);
  cls_target_set_text (target, "48 séances");
  cls_indicator_add_target (seances, target);
  cls_target_set_value (period_target, 12);
  cls_target_set_period (period_target, p2026);
  cls_indicator_add_target (seances, period_target);
  cls_baseline_set_value (baseline, 4);
  cls_baseline_set_period (baseline, p2024);
  cls_indicator_set_baseline (seances, baseline);
  cls_node_add_indicator (fa, seances);

  cls_indicator_set_template (satisfaction, "tpl-satisfaction");
  cls_node_add_indicator (fa, satisfaction);

  op1 = add_child_node (fa, "op-1-1-1", "Op. 1", "Recruter les intervenants");
  cls_indicator_set_title (ind_op, "Intervenants recrutés");
  cls_node_add_indicator (op1, ind_op);

  op2 = add_child_node (fa, "op-1-1-2", "Op. 2", "Séances au collège");
  cls_node_set_publics (op2, op_publics);
  cls_node_add_role (op2, op_lead);
  cls_node_set_level (op2, "fiche");

  /* Measurements, deliberately not in period order. */
  {
    const char *texts[] = { "2026", "2025", "2025-S1" };
    const double values[] = { 14, 10, 4 };

    for (i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(ClsPeriod) period = parse_period (texts[i]);
        g_autoptr(ClsMeasurement) measurement = cls_measurement_new (period);

        cls_measurement_set_value (measurement, values[i]);
        g_assert_false (cls_indicator_set_measurement (seances, measurement));
      }
  }

  return contract;
}

/* Records ::changed emissions */
typedef struct {
  GPtrArray *objects;   /* unowned */
  GPtrArray *whats;     /* owned strings */
} ChangeLog;

static void
change_log_init (ChangeLog *log)
{
  log->objects = g_ptr_array_new ();
  log->whats = g_ptr_array_new_with_free_func (g_free);
}

static void
change_log_clear (ChangeLog *log)
{
  g_ptr_array_unref (log->objects);
  g_ptr_array_unref (log->whats);
}

static void
change_log_reset (ChangeLog *log)
{
  g_ptr_array_set_size (log->objects, 0);
  g_ptr_array_set_size (log->whats, 0);
}

static void
on_changed (ClsContract *contract,
            GObject     *object,
            const char  *what,
            ChangeLog   *log)
{
  g_assert_true (CLS_IS_CONTRACT (contract));
  g_assert_true (G_IS_OBJECT (object));
  g_assert_nonnull (what);
  g_ptr_array_add (log->objects, object);
  g_ptr_array_add (log->whats, g_strdup (what));
}

/* Whether the log has (object, what). */
static gboolean
change_log_has (ChangeLog  *log,
                gpointer    object,
                const char *what)
{
  guint i;

  for (i = 0; i < log->objects->len; i++)
    if (log->objects->pdata[i] == object && g_str_equal (log->whats->pdata[i], what))
      return TRUE;
  return FALSE;
}

static char *
change_log_dump (ChangeLog *log)
{
  GString *s = g_string_new ("");
  guint i;

  for (i = 0; i < log->objects->len; i++)
    g_string_append_printf (s, "%s(%s, %s)", i ? " " : "",
                            G_OBJECT_TYPE_NAME (log->objects->pdata[i]),
                            (char *) log->whats->pdata[i]);
  return g_string_free (s, FALSE);
}

#define assert_changed(log, object, what) \
  G_STMT_START { \
    if (!change_log_has ((log), (object), (what))) \
      { \
        g_autofree char *dump_ = change_log_dump (log); \
        g_error ("expected ::changed (%s, \"%s\"), got: %s", \
                 G_OBJECT_TYPE_NAME (object), (what), dump_); \
      } \
  } G_STMT_END

/* Records items-changed emissions */
typedef struct {
  guint n_emissions;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->n_emissions++;
  record->position = position;
  record->removed = removed;
  record->added = added;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *counter)
{
  (*counter)++;
}

/* Tests */

static void
test_build (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  GListModel *nodes = cls_contract_get_nodes (contract);
  g_autoptr(ClsNode) o1 = NULL;
  g_autoptr(ClsNode) fa = NULL;
  g_autoptr(ClsOrganisation) organisation = NULL;
  g_autoptr(ClsCommune) commune = NULL;
  g_autoptr(ClsScale) scale = NULL;
  g_autoptr(ClsRole) party = NULL;
  ClsScaleLevel *level;
  ClsNode *op;
  g_autoptr(GListModel) all = NULL;

  g_assert_cmpstr (cls_contract_get_id (contract), ==, "cls-test");
  g_assert_cmpstr (cls_contract_get_title (contract), ==, "Contrat de test");
  g_assert_cmpint (cls_contract_get_state (contract), ==, CLS_CONTRACT_STATE_SIGNED);

  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_organisations (contract)), ==, 3);
  g_assert_true (g_list_model_get_item_type (cls_contract_get_organisations (contract)) == CLS_TYPE_ORGANISATION);
  organisation = g_list_model_get_item (cls_contract_get_organisations (contract), 1);
  g_assert_cmpstr (cls_organisation_get_id (organisation), ==, "ccve");
  g_assert_cmpint (cls_organisation_get_kind (organisation), ==, CLS_ORGANISATION_KIND_EPCI);

  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_parties (contract)), ==, 2);
  party = g_list_model_get_item (cls_contract_get_parties (contract), 0);
  g_assert_cmpstr (cls_role_get_organisation (party), ==, "ars");
  g_assert_cmpint (cls_role_get_kind (party), ==, CLS_ROLE_KIND_SIGNATORY);

  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_communes (contract)), ==, 2);
  commune = g_list_model_get_item (cls_contract_get_communes (contract), 1);
  g_assert_cmpstr (cls_commune_get_name (commune), ==, "Bêta");
  g_assert_cmpint (cls_commune_get_population (commune), ==, 800);

  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_levels (contract)), ==, 3);
  g_assert_cmpstr (cls_contract_get_level_name (contract, 0), ==, "Orientation");
  g_assert_cmpstr (cls_contract_get_level_name (contract, 2), ==, "Opération");
  g_assert_null (cls_contract_get_level_name (contract, 3));

  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_scales (contract)), ==, 1);
  scale = g_list_model_get_item (cls_contract_get_scales (contract), 0);
  g_assert_true (cls_contract_lookup_scale (contract, "satisfaction-4") == scale);
  g_assert_cmpuint (g_list_model_get_n_items (cls_scale_get_levels (scale)), ==, 4);
  level = cls_scale_lookup_level (scale, "satisfait");
  g_assert_nonnull (level);
  g_assert_cmpfloat (cls_scale_level_get_value (level), ==, 3);
  g_assert_cmpstr (cls_scale_level_get_label (level), ==, "Satisfait");
  g_assert_null (cls_scale_lookup_level (scale, "nope"));

  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, 2);
  g_assert_true (g_list_model_get_item_type (nodes) == CLS_TYPE_NODE);
  o1 = g_list_model_get_item (nodes, 0);
  g_assert_cmpstr (cls_node_get_id (o1), ==, "o1");
  g_assert_null (cls_node_get_parent (o1));
  g_assert_true (cls_node_get_contract (o1) == contract);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_children (o1)), ==, 1);
  fa = g_list_model_get_item (cls_node_get_children (o1), 0);
  g_assert_cmpstr (cls_node_get_code (fa), ==, "FA 1.1");
  g_assert_true (cls_node_get_parent (fa) == o1);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_children (fa)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_indicators (fa)), ==, 2);

  op = cls_contract_lookup_node (contract, "op-1-1-1");
  g_assert_nonnull (op);
  g_assert_true (cls_node_get_parent (op) == fa);
  g_assert_true (cls_node_get_contract (op) == contract);
  g_assert_cmpuint (cls_node_get_depth (o1), ==, 0);
  g_assert_cmpuint (cls_node_get_depth (fa), ==, 1);
  g_assert_cmpuint (cls_node_get_depth (op), ==, 2);

  /* Every indicator of the plan, depth first in document order, no template. */
  all = cls_contract_dup_all_indicators (contract);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 3);
  {
    const char *expected[] = { "ind-seances", "ind-satisfaction", "ind-op" };
    guint i;

    for (i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(ClsIndicator) indicator = g_list_model_get_item (all, i);
        g_assert_cmpstr (cls_indicator_get_id (indicator), ==, expected[i]);
        g_assert_false (cls_indicator_is_template (indicator));
      }
  }
  g_assert_true (cls_indicator_get_node (cls_contract_lookup_indicator (contract, "ind-op")) == op);
}

static void
test_targets_baseline (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsIndicator *seances = cls_contract_lookup_indicator (contract, "ind-seances");
  GListModel *targets;
  g_autoptr(ClsTarget) final = NULL;
  g_autoptr(ClsTarget) period_target = NULL;
  g_autofree char *period_text = NULL;
  ClsBaseline *baseline;

  g_assert_nonnull (seances);
  targets = cls_indicator_get_targets (seances);
  g_assert_true (g_list_model_get_item_type (targets) == CLS_TYPE_TARGET);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 2);

  final = g_list_model_get_item (targets, 0);
  g_assert_true (cls_target_has_value (final));
  g_assert_cmpfloat (cls_target_get_value (final), ==, 48);
  g_assert_null (cls_target_get_period (final));
  g_assert_cmpstr (cls_target_get_text (final), ==, "48 séances");
  g_assert_cmpint (cls_target_get_recurring (final), ==, CLS_RECURRENCE_NONE);
  g_assert_cmpint (cls_target_get_comparator (final), ==, CLS_COMPARATOR_DEFAULT);

  period_target = g_list_model_get_item (targets, 1);
  g_assert_cmpfloat (cls_target_get_value (period_target), ==, 12);
  g_assert_nonnull (cls_target_get_period (period_target));
  period_text = cls_period_to_string (cls_target_get_period (period_target));
  g_assert_cmpstr (period_text, ==, "2026");

  cls_target_unset_value (final);
  g_assert_false (cls_target_has_value (final));

  baseline = cls_indicator_get_baseline (seances);
  g_assert_nonnull (baseline);
  g_assert_true (cls_baseline_has_value (baseline));
  g_assert_cmpfloat (cls_baseline_get_value (baseline), ==, 4);
  g_assert_false (cls_baseline_has_numerator (baseline));
  g_assert_cmpint (cls_period_get_year (cls_baseline_get_period (baseline)), ==, 2024);

  g_assert_true (cls_indicator_remove_target (seances, period_target));
  g_assert_false (cls_indicator_remove_target (seances, period_target));
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 1);

  cls_indicator_set_baseline (seances, NULL);
  g_assert_null (cls_indicator_get_baseline (seances));
}

static void
test_template (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsIndicator *template = cls_contract_lookup_indicator (contract, "tpl-satisfaction");
  ClsIndicator *instance = cls_contract_lookup_indicator (contract, "ind-satisfaction");
  ClsIndicator *seances = cls_contract_lookup_indicator (contract, "ind-seances");
  g_autoptr(ClsIndicator) detached = NULL;

  g_assert_nonnull (template);
  g_assert_nonnull (instance);
  g_assert_true (cls_indicator_is_template (template));
  g_assert_false (cls_indicator_is_template (instance));
  g_assert_null (cls_indicator_get_node (template));
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_templates (contract)), ==, 1);

  g_assert_cmpstr (cls_indicator_get_template (instance), ==, "tpl-satisfaction");

  /* Inherited values */
  g_assert_cmpint (cls_indicator_get_kind (instance), ==, CLS_INDICATOR_KIND_ORDINAL);
  g_assert_cmpstr (cls_indicator_get_title (instance), ==, "Satisfaction des participants");
  g_assert_cmpstr (cls_indicator_get_scale (instance), ==, "satisfaction-4");
  g_assert_cmpstr (cls_indicator_get_at_or_above (instance), ==, "satisfait");
  g_assert_cmpint (cls_indicator_get_level (instance), ==, CLS_INDICATOR_LEVEL_OUTCOME);
  g_assert_false (cls_indicator_is_own (instance, "kind"));
  g_assert_false (cls_indicator_is_own (instance, "title"));
  g_assert_false (cls_indicator_is_own (instance, "scale"));
  /* Properties a template cannot give are always the indicator's own. */
  g_assert_true (cls_indicator_is_own (instance, "id"));
  g_assert_true (cls_indicator_is_own (instance, "template"));
  /* The effective aggregation follows the inherited kind. */
  g_assert_cmpint (cls_indicator_get_effective_aggregation (instance), ==, CLS_AGGREGATION_LAST);

  /* The template's own values are its own. */
  g_assert_true (cls_indicator_is_own (template, "kind"));
  g_assert_true (cls_indicator_is_own (template, "title"));

  /* The template's later changes show through. */
  cls_indicator_set_title (template, "Satisfaction des bénéficiaires");
  g_assert_cmpstr (cls_indicator_get_title (instance), ==, "Satisfaction des bénéficiaires");

  /* An own value overrides the template, and is reported as own. */
  cls_indicator_set_title (instance, "Satisfaction des partenaires");
  g_assert_true (cls_indicator_is_own (instance, "title"));
  g_assert_cmpstr (cls_indicator_get_title (instance), ==, "Satisfaction des partenaires");
  g_assert_cmpstr (cls_indicator_get_title (template), ==, "Satisfaction des bénéficiaires");
  g_assert_false (cls_indicator_is_own (instance, "kind"));

  /* Through GObject properties too. */
  {
    g_autofree char *title = NULL;
    g_autofree char *scale = NULL;
    ClsIndicatorKind kind;

    g_object_get (instance, "title", &title, "scale", &scale, "kind", &kind, NULL);
    g_assert_cmpstr (title, ==, "Satisfaction des partenaires");
    g_assert_cmpstr (scale, ==, "satisfaction-4");
    g_assert_cmpint (kind, ==, CLS_INDICATOR_KIND_ORDINAL);
  }

  /* An indicator without a template keeps its own values and defaults. */
  g_assert_cmpint (cls_indicator_get_kind (seances), ==, CLS_INDICATOR_KIND_COUNT);
  g_assert_true (cls_indicator_is_own (seances, "kind"));
  g_assert_false (cls_indicator_is_own (seances, "scale"));
  g_assert_null (cls_indicator_get_scale (seances));
  g_assert_cmpint (cls_indicator_get_effective_aggregation (seances), ==, CLS_AGGREGATION_SUM);

  /* A template that is not in the contract gives nothing. */
  detached = cls_indicator_new ("detached");
  cls_indicator_set_template (detached, "tpl-satisfaction");
  g_assert_cmpint (cls_indicator_get_kind (detached), ==, CLS_INDICATOR_KIND_COUNT);
  g_assert_null (cls_indicator_get_title (detached));

  /* Pointing the template elsewhere drops the inherited values. */
  cls_indicator_set_template (instance, NULL);
  g_assert_cmpint (cls_indicator_get_kind (instance), ==, CLS_INDICATOR_KIND_COUNT);
  g_assert_null (cls_indicator_get_scale (instance));
  g_assert_cmpstr (cls_indicator_get_title (instance), ==, "Satisfaction des partenaires");

  /* The "template" property does the same as the setter. */
  {
    g_autofree char *template_id = NULL;
    guint n_notify = 0;

    g_signal_connect (instance, "notify::template", G_CALLBACK (on_notify), &n_notify);
    g_object_set (instance, "template", "tpl-satisfaction", NULL);
    g_assert_cmpuint (n_notify, ==, 1);
    g_object_get (instance, "template", &template_id, NULL);
    g_assert_cmpstr (template_id, ==, "tpl-satisfaction");
    g_assert_cmpint (cls_indicator_get_kind (instance), ==, CLS_INDICATOR_KIND_ORDINAL);
    g_assert_cmpstr (cls_indicator_get_scale (instance), ==, "satisfaction-4");
    g_signal_handlers_disconnect_by_data (instance, &n_notify);
  }

  /* A second instance, added before it is given its template. */
  {
    g_autoptr(ClsIndicator) late = cls_indicator_new ("ind-late");

    cls_node_add_indicator (cls_contract_lookup_node (contract, "o2"), late);
    g_assert_cmpint (cls_indicator_get_kind (late), ==, CLS_INDICATOR_KIND_COUNT);
    g_object_set (late, "template", "tpl-satisfaction", NULL);
    g_assert_cmpint (cls_indicator_get_kind (late), ==, CLS_INDICATOR_KIND_ORDINAL);
    g_assert_cmpstr (cls_indicator_get_title (late), ==, "Satisfaction des bénéficiaires");
    g_assert_false (cls_indicator_is_own (late, "title"));
  }
}

static void
test_measurements (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsIndicator *seances = cls_contract_lookup_indicator (contract, "ind-seances");
  const char *expected_order[] = { "2025-S1", "2025", "2026" };
  const double expected_values[] = { 4, 10, 14 };
  g_autoptr(ClsPeriod) p2025 = parse_period ("2025");
  g_autoptr(ClsPeriod) range2025 = parse_period ("2025-01-01/2025-12-31");
  g_autoptr(ClsPeriod) p2027 = parse_period ("2027");
  g_autoptr(ClsMeasurement) found = NULL;
  g_autoptr(ClsMeasurement) replacement = NULL;
  g_autoptr(ClsMeasurement) fresh = NULL;
  g_autoptr(ClsMeasurement) again = NULL;
  guint i;

  g_assert_nonnull (seances);
  g_assert_cmpuint (cls_indicator_get_n_measurements (seances), ==, 3);

  /* Sorted by period, whatever the order they were set in. */
  for (i = 0; i < G_N_ELEMENTS (expected_order); i++)
    {
      g_autoptr(ClsMeasurement) measurement = cls_indicator_dup_measurement (seances, i);
      g_autofree char *text = measurement_period_string (measurement);

      g_assert_cmpstr (text, ==, expected_order[i]);
      g_assert_true (cls_measurement_has_value (measurement));
      g_assert_cmpfloat (cls_measurement_get_value (measurement), ==, expected_values[i]);
    }

  found = cls_indicator_lookup_measurement (seances, p2025);
  g_assert_nonnull (found);
  g_assert_cmpfloat (cls_measurement_get_value (found), ==, 10);
  /* Same days, written differently: a different period. */
  g_assert_null (cls_indicator_lookup_measurement (seances, range2025));
  g_assert_null (cls_indicator_lookup_measurement (seances, p2027));

  /* Replacing keeps one measurement per period. */
  replacement = cls_measurement_new (p2025);
  cls_measurement_set_value (replacement, 11);
  cls_measurement_set_source (replacement, "Tableau de bord");
  g_assert_true (cls_indicator_set_measurement (seances, replacement));
  g_assert_cmpuint (cls_indicator_get_n_measurements (seances), ==, 3);

  /* The indicator stores a copy: changing or freeing ours does not touch it. */
  cls_measurement_set_value (replacement, 999);
  g_clear_pointer (&replacement, cls_measurement_free);
  g_clear_pointer (&found, cls_measurement_free);
  found = cls_indicator_lookup_measurement (seances, p2025);
  g_assert_cmpfloat (cls_measurement_get_value (found), ==, 11);
  g_assert_cmpstr (cls_measurement_get_source (found), ==, "Tableau de bord");
  /* And the copy we got is ours. */
  cls_measurement_set_value (found, -1);
  again = cls_indicator_lookup_measurement (seances, p2025);
  g_assert_cmpfloat (cls_measurement_get_value (again), ==, 11);

  /* The range is a distinct period: it is added, sorted after the year
   * (same days, kind RANGE after YEAR). */
  fresh = cls_measurement_new (range2025);
  cls_measurement_set_value (fresh, 3);
  g_assert_false (cls_indicator_set_measurement (seances, fresh));
  g_assert_cmpuint (cls_indicator_get_n_measurements (seances), ==, 4);
  g_assert_true (cls_indicator_remove_measurement (seances, range2025));
  g_assert_false (cls_indicator_remove_measurement (seances, range2025));

  g_assert_true (cls_indicator_remove_measurement (seances, p2025));
  g_assert_false (cls_indicator_remove_measurement (seances, p2025));
  g_assert_null (cls_indicator_lookup_measurement (seances, p2025));
  g_assert_cmpuint (cls_indicator_get_n_measurements (seances), ==, 2);
  {
    g_autoptr(ClsMeasurement) first = cls_indicator_dup_measurement (seances, 0);
    g_autoptr(ClsMeasurement) second = cls_indicator_dup_measurement (seances, 1);
    g_autofree char *t1 = measurement_period_string (first);
    g_autofree char *t2 = measurement_period_string (second);

    g_assert_cmpstr (t1, ==, "2025-S1");
    g_assert_cmpstr (t2, ==, "2026");
  }
}

static void
assert_same_date (GDate *a,
                  GDate *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_cmpint (g_date_compare (a, b), ==, 0);
  g_clear_pointer (&a, g_date_free);
  g_clear_pointer (&b, g_date_free);
}

/* Every public field of two measurements. */
static void
assert_same_measurement (const ClsMeasurement *a,
                         const ClsMeasurement *b)
{
  g_autofree char *pa = measurement_period_string (a);
  g_autofree char *pb = measurement_period_string (b);
  guint i;

  g_assert_cmpstr (pa, ==, pb);
  g_assert_cmpint (cls_measurement_has_value (a), ==, cls_measurement_has_value (b));
  g_assert_cmpfloat (cls_measurement_get_value (a), ==, cls_measurement_get_value (b));
  g_assert_cmpint (cls_measurement_has_ratio (a), ==, cls_measurement_has_ratio (b));
  g_assert_cmpfloat (cls_measurement_get_numerator (a), ==, cls_measurement_get_numerator (b));
  g_assert_cmpfloat (cls_measurement_get_denominator (a), ==, cls_measurement_get_denominator (b));
  g_assert_cmpstr (cls_measurement_get_level (a), ==, cls_measurement_get_level (b));
  g_assert_cmpint (cls_measurement_has_done (a), ==, cls_measurement_has_done (b));
  g_assert_cmpint (cls_measurement_get_done (a), ==, cls_measurement_get_done (b));
  g_assert_cmpint (cls_measurement_get_respondents (a), ==, cls_measurement_get_respondents (b));
  g_assert_cmpstr (cls_measurement_get_author (a), ==, cls_measurement_get_author (b));
  assert_same_date (cls_measurement_dup_date (a), cls_measurement_dup_date (b));
  g_assert_cmpstr (cls_measurement_get_source (a), ==, cls_measurement_get_source (b));
  assert_same_date (cls_measurement_dup_recorded (a), cls_measurement_dup_recorded (b));
  g_assert_cmpint (cls_measurement_get_illustrative (a), ==, cls_measurement_get_illustrative (b));
  g_assert_cmpstr (cls_measurement_get_comment (a), ==, cls_measurement_get_comment (b));
  g_assert_cmpstr (cls_measurement_get_text (a), ==, cls_measurement_get_text (b));
  g_assert_cmpuint (cls_measurement_get_n_responses (a), ==, cls_measurement_get_n_responses (b));
  for (i = 0; i < cls_measurement_get_n_responses (a); i++)
    {
      guint ca, cb;

      g_assert_cmpstr (cls_measurement_get_response (a, i, &ca), ==, cls_measurement_get_response (b, i, &cb));
      g_assert_cmpuint (ca, ==, cb);
    }
  g_assert_cmpuint (cls_measurement_get_n_breakdowns (a), ==, cls_measurement_get_n_breakdowns (b));
  for (i = 0; i < cls_measurement_get_n_breakdowns (a); i++)
    {
      const char *ka, *kb;
      double va, vb;

      g_assert_cmpstr (cls_measurement_get_breakdown (a, i, &ka, &va), ==, cls_measurement_get_breakdown (b, i, &kb, &vb));
      g_assert_cmpstr (ka, ==, kb);
      g_assert_cmpfloat (va, ==, vb);
    }
}

/* A measurement with a random choice of fields, so that stored records
 * get every combination: narrow and wide, with and without extras. */
static ClsMeasurement *
random_measurement (GRand           *rand,
                    const ClsPeriod *period)
{
  static const char *words[] = { "Tableau de bord", "ARS", "bas", "haut", "c-59001", "c-59002", "commune", "public" };
  ClsMeasurement *m = cls_measurement_new (period);
  guint fields = g_rand_int (rand);
  guint i, n;

#define WORD() words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]
  if (fields & (1 << 0))
    cls_measurement_set_value (m, g_rand_int_range (rand, 0, 1000) / 4.0);
  if ((fields & (1 << 1)) && g_rand_int_range (rand, 0, 3) == 0)
    cls_measurement_set_ratio (m, g_rand_int_range (rand, 0, 50), g_rand_int_range (rand, 0, 100));
  if ((fields & (1 << 2)) && g_rand_int_range (rand, 0, 3) == 0)
    cls_measurement_set_level (m, WORD ());
  if ((fields & (1 << 3)) && g_rand_int_range (rand, 0, 3) == 0)
    cls_measurement_set_done (m, g_rand_boolean (rand));
  if ((fields & (1 << 4)) && g_rand_int_range (rand, 0, 3) == 0)
    cls_measurement_set_respondents (m, g_rand_int_range (rand, 0, 500));
  if ((fields & (1 << 5)) && g_rand_int_range (rand, 0, 3) == 0)
    cls_measurement_set_source (m, WORD ());
  if ((fields & (1 << 6)) && g_rand_int_range (rand, 0, 3) == 0)
    {
      g_autoptr(GDate) date = make_date (2025, 1 + g_rand_int_range (rand, 0, 12), 3);
      cls_measurement_set_recorded (m, date);
    }
  if ((fields & (1 << 7)) && g_rand_int_range (rand, 0, 3) == 0)
    {
      g_autoptr(GDate) date = make_date (2026, 1 + g_rand_int_range (rand, 0, 12), 9);
      cls_measurement_set_date (m, date);
    }
  if ((fields & (1 << 8)) && g_rand_int_range (rand, 0, 4) == 0)
    cls_measurement_set_author (m, "Comité de pilotage");
  if ((fields & (1 << 9)) && g_rand_int_range (rand, 0, 4) == 0)
    cls_measurement_set_comment (m, WORD ());
  if ((fields & (1 << 10)) && g_rand_int_range (rand, 0, 4) == 0)
    cls_measurement_set_text (m, "Les actions avancent.");
  if (fields & (1 << 11))
    cls_measurement_set_illustrative (m, TRUE);
  if ((fields & (1 << 12)) && g_rand_int_range (rand, 0, 3) == 0)
    for (i = 0, n = g_rand_int_range (rand, 1, 5); i < n; i++)
      cls_measurement_add_response (m, WORD (), g_rand_int_range (rand, 0, 40));
  if ((fields & (1 << 13)) && g_rand_int_range (rand, 0, 3) == 0)
    for (i = 0, n = g_rand_int_range (rand, 1, 6); i < n; i++)
      cls_measurement_add_breakdown (m, WORD (), WORD (), g_rand_int_range (rand, 0, 100) / 8.0);
#undef WORD
  return m;
}

static int
compare_by_period (gconstpointer a,
                   gconstpointer b)
{
  g_autoptr(ClsPeriod) pa = cls_measurement_dup_period (*(ClsMeasurement * const *) a);
  g_autoptr(ClsPeriod) pb = cls_measurement_dup_period (*(ClsMeasurement * const *) b);
  guint32 sa = cls_period_get_start_julian (pa), sb = cls_period_get_start_julian (pb);
  guint32 ea = cls_period_get_end_julian (pa), eb = cls_period_get_end_julian (pb);

  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (ea != eb)
    return ea < eb ? -1 : 1;
  return (int) cls_period_get_kind (pa) - (int) cls_period_get_kind (pb);
}

/* Indicators store measurements compactly, not as given: adding, replacing
 * and removing in any order must give back exactly what was stored. */
static void
test_measurements_random (void)
{
  static const char *periods[] = {
    "2025", "2026", "2025-S1", "2025-S2", "2025-Q1", "2025-Q3", "2026-Q2", "2025-03", "2025-11",
    "2026-01", "2025-05-14", "2025-05-15", "2026-02-01", "2025-01-01/2025-12-31", "2025-04-01/2025-06-30",
    /* longer than a record's span: the end is kept out of line */
    "1900-01-01/2099-12-31", "1900-01-01/2100-12-31",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251021);
  guint round, step, i;

  for (round = 0; round < 40; round++)
    {
      g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind-random");
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) cls_measurement_free);

      for (step = 0; step < 60; step++)
        {
          g_autoptr(ClsPeriod) period = parse_period (periods[g_rand_int_range (rand, 0, G_N_ELEMENTS (periods))]);
          g_autoptr(ClsMeasurement) there = cls_indicator_lookup_measurement (indicator, period);
          guint position = 0;

          for (i = 0; i < expected->len; i++)
            {
              g_autoptr(ClsPeriod) p = cls_measurement_dup_period (g_ptr_array_index (expected, i));
              if (cls_period_equal (p, period) &&
                  cls_period_get_kind (p) == cls_period_get_kind (period))
                break;
            }
          position = i;
          g_assert_true ((there != NULL) == (position < expected->len));
          if (g_rand_int_range (rand, 0, 4) == 0)
            {
              g_assert_cmpint (cls_indicator_remove_measurement (indicator, period), ==, there != NULL);
              if (there != NULL)
                g_ptr_array_remove_index (expected, position);
            }
          else
            {
              ClsMeasurement *m = random_measurement (rand, period);

              g_assert_cmpint (cls_indicator_set_measurement (indicator, m), ==, there != NULL);
              if (there != NULL)
                g_ptr_array_remove_index (expected, position);
              g_ptr_array_add (expected, m);
              g_ptr_array_sort (expected, compare_by_period);
            }

          g_assert_cmpuint (cls_indicator_get_n_measurements (indicator), ==, expected->len);
          for (i = 0; i < expected->len; i++)
            {
              g_autoptr(ClsMeasurement) stored = cls_indicator_dup_measurement (indicator, i);
              g_autoptr(ClsMeasurement) copy = cls_measurement_copy (stored);

              assert_same_measurement (stored, g_ptr_array_index (expected, i));
              assert_same_measurement (copy, stored);
            }
        }
    }
}

static void
test_measurement_boxed (void)
{
  g_autoptr(ClsPeriod) period = parse_period ("2026");
  g_autoptr(ClsPeriod) other = parse_period ("2026-Q3");
  g_autoptr(ClsPeriod) got = NULL;
  g_autoptr(ClsMeasurement) m = cls_measurement_new (period);
  g_autoptr(ClsMeasurement) copy = NULL;
  g_autoptr(ClsMeasurement) boxed = NULL;
  g_autoptr(GDate) date = make_date (2026, 12, 10);
  g_autoptr(GDate) got_date = NULL;
  g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind");
  g_autoptr(ClsMeasurement) stored = NULL;
  const char *key = NULL;
  double value = 0;
  guint count = 0;

  g_assert_true (G_TYPE_IS_BOXED (CLS_TYPE_MEASUREMENT));

  /* A new measurement has nothing set. */
  g_assert_false (cls_measurement_has_value (m));
  g_assert_false (cls_measurement_has_ratio (m));
  g_assert_false (cls_measurement_has_done (m));
  g_assert_cmpint (cls_measurement_get_respondents (m), ==, -1);
  g_assert_null (cls_measurement_get_level (m));
  g_assert_null (cls_measurement_dup_date (m));
  g_assert_false (cls_measurement_get_illustrative (m));
  g_assert_cmpuint (cls_measurement_get_n_responses (m), ==, 0);
  g_assert_cmpuint (cls_measurement_get_n_breakdowns (m), ==, 0);

  cls_measurement_set_ratio (m, 81, 100);
  g_assert_true (cls_measurement_has_ratio (m));
  g_assert_cmpfloat (cls_measurement_get_numerator (m), ==, 81);
  g_assert_cmpfloat (cls_measurement_get_denominator (m), ==, 100);
  cls_measurement_set_respondents (m, 42);
  cls_measurement_add_response (m, "satisfait", 30);
  cls_measurement_add_response (m, "tres", 12);
  cls_measurement_add_breakdown (m, "commune", "c-a", 9);
  cls_measurement_add_breakdown (m, "commune", "c-b", 5);
  cls_measurement_set_comment (m, "Deux séances reportées");
  cls_measurement_set_text (m, "Partenariats solides");
  cls_measurement_set_author (m, "Coordination");
  cls_measurement_set_date (m, date);
  cls_measurement_set_illustrative (m, TRUE);
  cls_measurement_set_done (m, FALSE);

  copy = cls_measurement_copy (m);
  boxed = g_boxed_copy (CLS_TYPE_MEASUREMENT, m);
  /* Changing the original does not change the copies. */
  cls_measurement_set_period (m, other);
  cls_measurement_set_comment (m, "changed");
  cls_measurement_add_response (m, "peu", 1);

  g_assert_cmpuint (cls_measurement_get_n_responses (m), ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      ClsMeasurement *c = i == 0 ? copy : boxed;
      g_autofree char *text = measurement_period_string (c);

      g_assert_cmpstr (text, ==, "2026");
      g_assert_cmpfloat (cls_measurement_get_numerator (c), ==, 81);
      g_assert_cmpint (cls_measurement_get_respondents (c), ==, 42);
      g_assert_cmpuint (cls_measurement_get_n_responses (c), ==, 2);
      g_assert_cmpstr (cls_measurement_get_response (c, 1, &count), ==, "tres");
      g_assert_cmpuint (count, ==, 12);
      g_assert_cmpuint (cls_measurement_get_n_breakdowns (c), ==, 2);
      g_assert_cmpstr (cls_measurement_get_breakdown (c, 0, &key, &value), ==, "commune");
      g_assert_cmpstr (key, ==, "c-a");
      g_assert_cmpfloat (value, ==, 9);
      g_assert_true (cls_measurement_lookup_breakdown (c, "commune", "c-b", &value));
      g_assert_cmpfloat (value, ==, 5);
      g_assert_false (cls_measurement_lookup_breakdown (c, "commune", "c-z", &value));
      g_assert_cmpstr (cls_measurement_get_comment (c), ==, "Deux séances reportées");
      g_assert_cmpstr (cls_measurement_get_text (c), ==, "Partenariats solides");
      g_assert_cmpstr (cls_measurement_get_author (c), ==, "Coordination");
      g_assert_true (cls_measurement_get_illustrative (c));
      g_assert_true (cls_measurement_has_done (c));
      g_assert_false (cls_measurement_get_done (c));
    }

  got = cls_measurement_dup_period (m);
  g_assert_cmpint (cls_period_get_kind (got), ==, CLS_PERIOD_KIND_QUARTER);
  got_date = cls_measurement_dup_date (copy);
  g_assert_nonnull (got_date);
  g_assert_cmpint (g_date_compare (got_date, date), ==, 0);

  /* Stored in an indicator and read back, everything survives. */
  g_assert_false (cls_indicator_set_measurement (indicator, copy));
  g_clear_pointer (&copy, cls_measurement_free);
  stored = cls_indicator_lookup_measurement (indicator, period);
  g_assert_nonnull (stored);
  g_assert_cmpuint (cls_measurement_get_n_responses (stored), ==, 2);
  g_assert_cmpstr (cls_measurement_get_response (stored, 0, &count), ==, "satisfait");
  g_assert_cmpuint (count, ==, 30);
  g_assert_cmpstr (cls_measurement_get_comment (stored), ==, "Deux séances reportées");
  g_assert_true (cls_measurement_lookup_breakdown (stored, "commune", "c-a", &value));
  g_assert_cmpfloat (value, ==, 9);

  g_boxed_free (CLS_TYPE_MEASUREMENT, g_steal_pointer (&boxed));
}

static void
test_lookup (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *op1 = cls_contract_lookup_node (contract, "op-1-1-1");
  ClsIndicator *ind_op = cls_contract_lookup_indicator (contract, "ind-op");
  ClsOrganisation *ars = cls_contract_lookup_organisation (contract, "ars");
  g_autoptr(ClsNode) held = NULL;
  g_autoptr(ClsNode) late = cls_node_new ("op-late");
  g_autoptr(ClsIndicator) late_indicator = cls_indicator_new ("ind-late");
  g_autoptr(ClsOrganisation) org = NULL;

  g_assert_nonnull (fa);
  g_assert_nonnull (op1);
  g_assert_nonnull (ind_op);
  g_assert_nonnull (ars);
  g_assert_cmpstr (cls_node_get_id (fa), ==, "fa-1-1");
  g_assert_cmpstr (cls_organisation_get_name (ars), ==, "Agence régionale de santé");

  /* Any object by id, and the typed lookups check the type. */
  g_assert_true (cls_contract_lookup (contract, "fa-1-1") == G_OBJECT (fa));
  g_assert_true (CLS_IS_COMMUNE (cls_contract_lookup (contract, "c-a")));
  g_assert_true (CLS_IS_LEVEL (cls_contract_lookup (contract, "fiche")));
  g_assert_true (CLS_IS_INDICATOR (cls_contract_lookup (contract, "tpl-satisfaction")));
  g_assert_null (cls_contract_lookup_node (contract, "ind-op"));
  g_assert_null (cls_contract_lookup_indicator (contract, "fa-1-1"));
  g_assert_null (cls_contract_lookup_organisation (contract, "o1"));
  g_assert_null (cls_contract_lookup (contract, "nothing"));
  g_assert_null (cls_contract_lookup (contract, ""));

  /* Objects added later, deep in the tree, are found. */
  cls_node_add_indicator (late, late_indicator);
  cls_node_add_child (op1, late);
  g_assert_true (cls_contract_lookup_node (contract, "op-late") == late);
  g_assert_true (cls_contract_lookup_indicator (contract, "ind-late") == late_indicator);
  g_assert_cmpuint (cls_node_get_depth (late), ==, 3);

  /* Removing a subtree removes every id in it. */
  held = g_object_ref (op1);
  g_assert_true (cls_node_remove_child (fa, op1));
  g_assert_null (cls_contract_lookup_node (contract, "op-1-1-1"));
  g_assert_null (cls_contract_lookup_indicator (contract, "ind-op"));
  g_assert_null (cls_contract_lookup_node (contract, "op-late"));
  g_assert_null (cls_contract_lookup_indicator (contract, "ind-late"));
  g_assert_null (cls_node_get_parent (held));
  g_assert_null (cls_node_get_contract (held));
  g_assert_false (cls_node_remove_child (fa, held));
  /* The detached subtree keeps its own structure. */
  g_assert_true (cls_node_get_parent (late) == held);
  g_assert_true (cls_indicator_get_node (late_indicator) == late);

  /* Put back elsewhere: found again. */
  cls_node_add_child (cls_contract_lookup_node (contract, "o2"), held);
  g_assert_true (cls_contract_lookup_node (contract, "op-1-1-1") == held);
  g_assert_true (cls_contract_lookup_indicator (contract, "ind-late") == late_indicator);
  g_assert_cmpuint (cls_node_get_depth (held), ==, 1);

  /* Indicators removed from a node are no longer found. */
  g_assert_true (cls_node_remove_indicator (late, late_indicator));
  g_assert_null (cls_contract_lookup_indicator (contract, "ind-late"));
  g_assert_null (cls_indicator_get_node (late_indicator));

  /* Organisations too. */
  org = g_object_ref (ars);
  g_assert_true (cls_contract_remove_organisation (contract, ars));
  g_assert_null (cls_contract_lookup_organisation (contract, "ars"));
  g_assert_false (cls_contract_remove_organisation (contract, org));
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_organisations (contract)), ==, 2);
  cls_contract_add_organisation (contract, org);
  g_assert_true (cls_contract_lookup_organisation (contract, "ars") == org);

  /* Top-level nodes. */
  {
    ClsNode *o2 = cls_contract_lookup_node (contract, "o2");
    g_autoptr(ClsNode) o2_held = g_object_ref (o2);

    g_assert_true (cls_contract_remove_node (contract, o2));
    g_assert_null (cls_contract_lookup_node (contract, "o2"));
    g_assert_null (cls_contract_lookup_node (contract, "op-1-1-1"));
    g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_nodes (contract)), ==, 1);
  }
}

static void
test_lookup_many (void)
{
  g_autoptr(ClsContract) contract = cls_contract_new ("big");
  g_autoptr(ClsNode) root = cls_node_new ("root");
  const guint n = 5000;
  guint i;

  cls_contract_add_node (contract, root);
  for (i = 0; i < n; i++)
    {
      g_autofree char *node_id = g_strdup_printf ("n%u", i);
      g_autofree char *indicator_id = g_strdup_printf ("i%u", i);
      g_autoptr(ClsNode) node = cls_node_new (node_id);
      g_autoptr(ClsIndicator) indicator = cls_indicator_new (indicator_id);

      cls_node_add_indicator (node, indicator);
      cls_node_add_child (root, node);
    }

  for (i = 0; i < n; i++)
    {
      g_autofree char *node_id = g_strdup_printf ("n%u", (i * 7919) % n);
      g_autofree char *indicator_id = g_strdup_printf ("i%u", (i * 7919) % n);
      ClsNode *node = cls_contract_lookup_node (contract, node_id);
      ClsIndicator *indicator = cls_contract_lookup_indicator (contract, indicator_id);

      g_assert_nonnull (node);
      g_assert_cmpstr (cls_node_get_id (node), ==, node_id);
      g_assert_nonnull (indicator);
      g_assert_true (cls_indicator_get_node (indicator) == node);
    }
  g_assert_null (cls_contract_lookup (contract, "n5000"));
}

static void
test_items_changed (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  GListModel *children = cls_node_get_children (fa);
  GListModel *nodes = cls_contract_get_nodes (contract);
  GListModel *indicators = cls_node_get_indicators (fa);
  g_autoptr(ClsNode) child = cls_node_new ("op-new");
  g_autoptr(ClsNode) top = cls_node_new ("o3");
  g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind-new");
  ItemsChanged rc = { 0 }, rn = { 0 }, ri = { 0 };
  g_autoptr(ClsNode) first = NULL;

  g_signal_connect (children, "items-changed", G_CALLBACK (on_items_changed), &rc);
  g_signal_connect (nodes, "items-changed", G_CALLBACK (on_items_changed), &rn);
  g_signal_connect (indicators, "items-changed", G_CALLBACK (on_items_changed), &ri);

  cls_node_add_child (fa, child);
  g_assert_cmpuint (rc.n_emissions, ==, 1);
  g_assert_cmpuint (rc.position, ==, 2);
  g_assert_cmpuint (rc.removed, ==, 0);
  g_assert_cmpuint (rc.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 3);

  first = g_list_model_get_item (children, 0);
  g_assert_true (cls_node_remove_child (fa, first));
  g_assert_cmpuint (rc.n_emissions, ==, 2);
  g_assert_cmpuint (rc.position, ==, 0);
  g_assert_cmpuint (rc.removed, ==, 1);
  g_assert_cmpuint (rc.added, ==, 0);
  /* Removing what is not there emits nothing. */
  g_assert_false (cls_node_remove_child (fa, first));
  g_assert_cmpuint (rc.n_emissions, ==, 2);

  cls_contract_add_node (contract, top);
  g_assert_cmpuint (rn.n_emissions, ==, 1);
  g_assert_cmpuint (rn.position, ==, 2);
  g_assert_cmpuint (rn.added, ==, 1);
  g_assert_true (cls_contract_remove_node (contract, top));
  g_assert_cmpuint (rn.n_emissions, ==, 2);
  g_assert_cmpuint (rn.position, ==, 2);
  g_assert_cmpuint (rn.removed, ==, 1);

  cls_node_add_indicator (fa, indicator);
  g_assert_cmpuint (ri.n_emissions, ==, 1);
  g_assert_cmpuint (ri.position, ==, 2);
  g_assert_cmpuint (ri.added, ==, 1);
  g_assert_true (cls_node_remove_indicator (fa, indicator));
  g_assert_cmpuint (ri.n_emissions, ==, 2);
  g_assert_cmpuint (ri.removed, ==, 1);

  g_signal_handlers_disconnect_by_data (children, &rc);
  g_signal_handlers_disconnect_by_data (nodes, &rn);
  g_signal_handlers_disconnect_by_data (indicators, &ri);
}

/* A node's lists are created on first use: a list asked for while still
 * empty must be the one later items go to, and report them. */
static void
test_items_changed_empty (void)
{
  g_autoptr(ClsNode) node = cls_node_new ("fa-empty");
  g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind-empty");
  g_autoptr(ClsRole) role = cls_role_new ();
  g_autoptr(ClsTarget) target = cls_target_new ();
  g_autoptr(ClsCalendarEntry) entry = cls_calendar_entry_new ();
  GListModel *roles, *targets, *calendar;
  ItemsChanged rr = { 0 }, rt = { 0 }, rc = { 0 };

  roles = cls_node_get_roles (node);
  targets = cls_indicator_get_targets (indicator);
  /* Through the effective getter: no ancestor has entries, so it is the
   * node's own list. */
  calendar = cls_node_get_effective_calendar (node);
  g_assert_true (cls_node_get_calendar (node) == calendar);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 0);
  g_assert_true (g_list_model_get_item_type (roles) == CLS_TYPE_ROLE);
  g_assert_true (g_list_model_get_item_type (targets) == CLS_TYPE_TARGET);
  g_assert_true (g_list_model_get_item_type (calendar) == CLS_TYPE_CALENDAR_ENTRY);
  g_assert_false (cls_node_remove_role (node, role));
  g_assert_false (cls_indicator_remove_target (indicator, target));

  g_signal_connect (roles, "items-changed", G_CALLBACK (on_items_changed), &rr);
  g_signal_connect (targets, "items-changed", G_CALLBACK (on_items_changed), &rt);
  g_signal_connect (calendar, "items-changed", G_CALLBACK (on_items_changed), &rc);

  cls_node_add_role (node, role);
  cls_indicator_add_target (indicator, target);
  cls_node_add_calendar_entry (node, entry);
  g_assert_cmpuint (rr.n_emissions, ==, 1);
  g_assert_cmpuint (rr.added, ==, 1);
  g_assert_cmpuint (rt.n_emissions, ==, 1);
  g_assert_cmpuint (rc.n_emissions, ==, 1);
  g_assert_true (cls_node_get_roles (node) == roles);
  g_assert_true (cls_indicator_get_targets (indicator) == targets);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (targets), ==, 1);

  /* A list first asked for after an item was added holds it. */
  {
    g_autoptr(ClsNode) child = cls_node_new ("op-empty");
    g_autoptr(ClsNode) got = NULL;

    cls_node_add_child (node, child);
    g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_children (node)), ==, 1);
    got = g_list_model_get_item (cls_node_get_children (node), 0);
    g_assert_true (got == child);
    g_assert_true (cls_node_get_parent (child) == node);
  }

  g_signal_handlers_disconnect_by_data (roles, &rr);
  g_signal_handlers_disconnect_by_data (targets, &rt);
  g_signal_handlers_disconnect_by_data (calendar, &rc);
}

#define CLS_TEST_N_LISTS 8

typedef struct {
  ClsNode *node;
  ClsIndicator *indicator;
  GListModel *seen[CLS_TEST_N_LISTS];
} GetterRace;

static gpointer
race_getters (gpointer data)
{
  GetterRace *race = data;

  race->seen[0] = cls_node_get_roles (race->node);
  race->seen[1] = cls_node_get_fundings (race->node);
  race->seen[2] = cls_node_get_deliverables (race->node);
  race->seen[3] = cls_node_get_calendar (race->node);
  race->seen[4] = cls_node_get_cross_references (race->node);
  race->seen[5] = cls_node_get_indicators (race->node);
  race->seen[6] = cls_node_get_children (race->node);
  race->seen[7] = cls_indicator_get_targets (race->indicator);
  return NULL;
}

/* Getters create the lists they are asked for; threads asking at the same
 * time must all get the same one (nothing leaks either: valgrind). */
static void
test_lists_threads (void)
{
  guint round, i, j;

  for (round = 0; round < 20; round++)
    {
      g_autoptr(ClsNode) node = cls_node_new ("fa-race");
      g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind-race");
      GetterRace races[4];
      GThread *threads[G_N_ELEMENTS (races)];

      for (i = 0; i < G_N_ELEMENTS (races); i++)
        {
          races[i].node = node;
          races[i].indicator = indicator;
          threads[i] = g_thread_new ("getters", race_getters, &races[i]);
        }
      for (i = 0; i < G_N_ELEMENTS (races); i++)
        g_thread_join (threads[i]);
      for (j = 0; j < CLS_TEST_N_LISTS; j++)
        {
          g_assert_nonnull (races[0].seen[j]);
          for (i = 1; i < G_N_ELEMENTS (races); i++)
            g_assert_true (races[i].seen[j] == races[0].seen[j]);
        }
      g_assert_true (cls_node_get_roles (node) == races[0].seen[0]);
      g_assert_true (cls_indicator_get_targets (indicator) == races[0].seen[7]);
    }
}

static void
test_notify (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsIndicator *seances = cls_contract_lookup_indicator (contract, "ind-seances");
  guint n_title = 0, n_any = 0, n_state = 0, n_contract = 0;
  g_autofree char *title = NULL;

  g_signal_connect (fa, "notify::title", G_CALLBACK (on_notify), &n_title);
  g_signal_connect (fa, "notify", G_CALLBACK (on_notify), &n_any);
  g_signal_connect (seances, "notify::state", G_CALLBACK (on_notify), &n_state);
  g_signal_connect (contract, "notify::title", G_CALLBACK (on_notify), &n_contract);

  cls_node_set_title (fa, "Nouveau titre");
  g_assert_cmpuint (n_title, ==, 1);
  g_assert_cmpuint (n_any, ==, 1);
  /* Setting the same value again does not notify. */
  cls_node_set_title (fa, "Nouveau titre");
  g_assert_cmpuint (n_title, ==, 1);
  /* Through g_object_set too. */
  g_object_set (fa, "title", "Encore", NULL);
  g_assert_cmpuint (n_title, ==, 2);
  g_object_get (fa, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Encore");

  cls_node_set_state (fa, CLS_NODE_STATE_DONE);
  g_assert_cmpuint (n_any, ==, 3);
  g_assert_cmpuint (n_title, ==, 2);

  cls_indicator_set_state (seances, CLS_INDICATOR_STATE_DRAFT);
  g_assert_cmpuint (n_state, ==, 1);
  cls_indicator_set_state (seances, CLS_INDICATOR_STATE_DRAFT);
  g_assert_cmpuint (n_state, ==, 1);

  cls_contract_set_title (contract, "Autre titre");
  g_assert_cmpuint (n_contract, ==, 1);

  g_signal_handlers_disconnect_by_data (fa, &n_title);
  g_signal_handlers_disconnect_by_data (fa, &n_any);
  g_signal_handlers_disconnect_by_data (seances, &n_state);
  g_signal_handlers_disconnect_by_data (contract, &n_contract);
}

static void
test_changed_property (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsIndicator *ind_op = cls_contract_lookup_indicator (contract, "ind-op");
  ClsIndicator *seances = cls_contract_lookup_indicator (contract, "ind-seances");
  ClsOrganisation *ars = cls_contract_lookup_organisation (contract, "ars");
  ClsScale *scale = cls_contract_lookup_scale (contract, "satisfaction-4");
  g_autoptr(ClsTarget) target = NULL;
  ChangeLog log, detailed;

  change_log_init (&log);
  change_log_init (&detailed);
  g_signal_connect (contract, "changed", G_CALLBACK (on_changed), &log);
  g_signal_connect (contract, "changed::title", G_CALLBACK (on_changed), &detailed);

  /* A deep property: an indicator of an operation (depth 2). */
  cls_indicator_set_title (ind_op, "Nouveau titre");
  g_assert_cmpuint (log.objects->len, ==, 1);
  assert_changed (&log, ind_op, "title");
  g_assert_cmpuint (detailed.objects->len, ==, 1);
  assert_changed (&detailed, ind_op, "title");

  /* No change, no signal. */
  cls_indicator_set_title (ind_op, "Nouveau titre");
  g_assert_cmpuint (log.objects->len, ==, 1);

  /* The detail filters on what changed. */
  change_log_reset (&log);
  change_log_reset (&detailed);
  cls_indicator_set_unit (ind_op, "personnes");
  assert_changed (&log, ind_op, "unit");
  g_assert_cmpuint (detailed.objects->len, ==, 0);

  /* The contract's own properties. */
  change_log_reset (&log);
  cls_contract_set_acronym (contract, "CLST");
  assert_changed (&log, contract, "acronym");

  /* Registry objects, targets, baselines, scale levels. */
  change_log_reset (&log);
  cls_organisation_set_name (ars, "ARS");
  assert_changed (&log, ars, "name");

  target = g_list_model_get_item (cls_indicator_get_targets (seances), 0);
  cls_target_set_value (target, 50);
  assert_changed (&log, target, "value");

  cls_baseline_set_source (cls_indicator_get_baseline (seances), "Bilan 2024");
  assert_changed (&log, cls_indicator_get_baseline (seances), "source");

  cls_scale_level_set_label (cls_scale_lookup_level (scale, "tres"), "Très satisfait·e");
  assert_changed (&log, cls_scale_lookup_level (scale, "tres"), "label");

  /* A node's property. */
  change_log_reset (&log);
  cls_node_set_state (cls_contract_lookup_node (contract, "op-1-1-2"), CLS_NODE_STATE_IN_PROGRESS);
  assert_changed (&log, cls_contract_lookup_node (contract, "op-1-1-2"), "state");

  g_signal_handlers_disconnect_by_data (contract, &log);
  g_signal_handlers_disconnect_by_data (contract, &detailed);
  change_log_clear (&log);
  change_log_clear (&detailed);
}

static void
test_changed_lists (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *op1 = cls_contract_lookup_node (contract, "op-1-1-1");
  ClsIndicator *ind_op = cls_contract_lookup_indicator (contract, "ind-op");
  g_autoptr(ClsNode) child = cls_node_new ("op-new");
  g_autoptr(ClsNode) top = cls_node_new ("o3");
  g_autoptr(ClsIndicator) indicator = cls_indicator_new ("ind-new");
  g_autoptr(ClsTarget) target = cls_target_new ();
  g_autoptr(ClsPeriod) period = parse_period ("2026-Q2");
  g_autoptr(ClsMeasurement) measurement = cls_measurement_new (period);
  g_autoptr(ClsRole) role = make_role (CLS_ROLE_KIND_PILOT, "ars");
  g_autoptr(ClsCommune) commune = cls_commune_new ("c-c");
  g_autoptr(ClsNode) held = NULL;
  ChangeLog log;

  change_log_init (&log);
  g_signal_connect (contract, "changed", G_CALLBACK (on_changed), &log);

  cls_node_add_child (fa, child);
  assert_changed (&log, fa, "children");

  change_log_reset (&log);
  cls_node_add_indicator (op1, indicator);
  assert_changed (&log, op1, "indicators");

  change_log_reset (&log);
  cls_measurement_set_value (measurement, 3);
  cls_indicator_set_measurement (ind_op, measurement);
  assert_changed (&log, ind_op, "measurements");

  change_log_reset (&log);
  g_assert_true (cls_indicator_remove_measurement (ind_op, period));
  assert_changed (&log, ind_op, "measurements");

  /* A measurement of an indicator added after its node joined the tree. */
  change_log_reset (&log);
  cls_indicator_set_measurement (indicator, measurement);
  assert_changed (&log, indicator, "measurements");

  change_log_reset (&log);
  cls_indicator_add_target (indicator, target);
  assert_changed (&log, indicator, "targets");

  change_log_reset (&log);
  cls_node_add_role (op1, role);
  assert_changed (&log, op1, "roles");

  change_log_reset (&log);
  cls_contract_add_node (contract, top);
  assert_changed (&log, contract, "nodes");

  change_log_reset (&log);
  cls_contract_add_commune (contract, commune);
  assert_changed (&log, contract, "communes");

  change_log_reset (&log);
  g_assert_true (cls_node_remove_indicator (op1, indicator));
  assert_changed (&log, op1, "indicators");

  /* A removed object's changes are no longer reported. */
  change_log_reset (&log);
  cls_indicator_set_title (indicator, "Orphelin");
  g_assert_cmpuint (log.objects->len, ==, 0);

  held = g_object_ref (child);
  change_log_reset (&log);
  g_assert_true (cls_node_remove_child (fa, child));
  assert_changed (&log, fa, "children");
  change_log_reset (&log);
  cls_node_set_title (held, "Détaché");
  g_assert_cmpuint (log.objects->len, ==, 0);

  /* Changes made to a subtree before it joins are not reported; after, they are. */
  cls_node_add_child (op1, held);
  change_log_reset (&log);
  cls_node_set_title (held, "Rattaché");
  assert_changed (&log, held, "title");

  g_signal_handlers_disconnect_by_data (contract, &log);
  change_log_clear (&log);
}

static void
test_effective (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *op1 = cls_contract_lookup_node (contract, "op-1-1-1");
  ClsNode *op2 = cls_contract_lookup_node (contract, "op-1-1-2");
  const char * const *publics;
  GListModel *roles;
  g_autoptr(ClsRole) role = NULL;
  g_autoptr(ClsRole) own = make_role (CLS_ROLE_KIND_LEAD, "ars");

  /* op-1-1-1 has nothing of its own: it inherits the fiche's. */
  g_assert_null (cls_node_get_publics (op1));
  publics = cls_node_get_effective_publics (op1);
  g_assert_nonnull (publics);
  g_assert_cmpuint (g_strv_length ((char **) publics), ==, 2);
  g_assert_cmpstr (publics[0], ==, "Habitants");
  g_assert_cmpstr (publics[1], ==, "Élèves");
  g_assert_cmpstr (cls_node_get_effective_sector (op1), ==, "Tout le territoire");
  g_assert_null (cls_node_get_sector (op1));

  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_roles (op1)), ==, 0);
  roles = cls_node_get_effective_roles (op1);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  role = g_list_model_get_item (roles, 0);
  g_assert_cmpint (cls_role_get_kind (role), ==, CLS_ROLE_KIND_LEAD);
  g_assert_cmpstr (cls_role_get_organisation (role), ==, "coord");
  g_clear_object (&role);

  /* op-1-1-2 has its own. */
  publics = cls_node_get_effective_publics (op2);
  g_assert_cmpuint (g_strv_length ((char **) publics), ==, 1);
  g_assert_cmpstr (publics[0], ==, "Jeunes");
  roles = cls_node_get_effective_roles (op2);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  role = g_list_model_get_item (roles, 0);
  g_assert_cmpstr (cls_role_get_organisation (role), ==, "ccve");
  g_clear_object (&role);

  /* The fiche's are its own. */
  g_assert_true (cls_node_get_effective_publics (fa) == cls_node_get_publics (fa));
  g_assert_true (cls_node_get_effective_roles (fa) == cls_node_get_roles (fa));

  /* Nothing anywhere: empty. */
  g_assert_null (cls_node_get_effective_publics (cls_contract_lookup_node (contract, "o2")));
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_roles (cls_contract_lookup_node (contract, "o2"))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_fundings (op1)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_calendar (op1)), ==, 0);

  /* Giving the operation its own role stops the inheritance. */
  cls_node_add_role (op1, own);
  roles = cls_node_get_effective_roles (op1);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  role = g_list_model_get_item (roles, 0);
  g_assert_true (role == own);
}

static void
test_levels (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *o1 = cls_contract_lookup_node (contract, "o1");
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *op1 = cls_contract_lookup_node (contract, "op-1-1-1");
  ClsNode *op2 = cls_contract_lookup_node (contract, "op-1-1-2");
  g_autoptr(ClsNode) loose = cls_node_new ("loose");
  g_autoptr(ClsNode) deep = cls_node_new ("deep");

  g_assert_cmpstr (cls_node_get_level_name (o1), ==, "Orientation");
  g_assert_cmpstr (cls_node_get_level_name (fa), ==, "Fiche action");
  g_assert_cmpstr (cls_node_get_level_name (op1), ==, "Opération");
  /* Its own level attribute wins over its depth. */
  g_assert_cmpuint (cls_node_get_depth (op2), ==, 2);
  g_assert_cmpstr (cls_node_get_level (op2), ==, "fiche");
  g_assert_cmpstr (cls_node_get_level_name (op2), ==, "Fiche action");
  g_assert_null (cls_node_get_level (op1));

  /* Deeper than the named levels: no name. */
  cls_node_add_child (op1, deep);
  g_assert_cmpuint (cls_node_get_depth (deep), ==, 3);
  g_assert_null (cls_node_get_level_name (deep));

  /* Outside a contract: no name, depth 0. */
  g_assert_cmpuint (cls_node_get_depth (loose), ==, 0);
  g_assert_null (cls_node_get_level_name (loose));
}

static void
test_variant_titles (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  g_auto(GStrv) variants = NULL;
  ChangeLog log;

  change_log_init (&log);
  g_signal_connect (contract, "changed", G_CALLBACK (on_changed), &log);

  g_assert_null (cls_node_get_variant_title (fa, "sommaire"));
  variants = cls_node_dup_title_variants (fa);
  g_assert_nonnull (variants);
  g_assert_cmpuint (g_strv_length (variants), ==, 0);
  g_clear_pointer (&variants, g_strfreev);

  cls_node_set_variant_title (fa, "sommaire", "Éducation à la santé");
  cls_node_set_variant_title (fa, "annexe", "FA 1.1 (annexe)");
  assert_changed (&log, fa, "variant-titles");
  g_assert_cmpstr (cls_node_get_variant_title (fa, "sommaire"), ==, "Éducation à la santé");
  g_assert_cmpstr (cls_node_get_variant_title (fa, "annexe"), ==, "FA 1.1 (annexe)");
  /* The main title is not a variant. */
  g_assert_cmpstr (cls_node_get_title (fa), ==, "Séances d'éducation à la santé");

  variants = cls_node_dup_title_variants (fa);
  g_assert_cmpuint (g_strv_length (variants), ==, 2);
  g_assert_cmpstr (variants[0], ==, "sommaire");
  g_assert_cmpstr (variants[1], ==, "annexe");
  g_clear_pointer (&variants, g_strfreev);

  /* Replace, then remove. */
  cls_node_set_variant_title (fa, "sommaire", "Séances");
  g_assert_cmpstr (cls_node_get_variant_title (fa, "sommaire"), ==, "Séances");
  change_log_reset (&log);
  cls_node_set_variant_title (fa, "sommaire", NULL);
  assert_changed (&log, fa, "variant-titles");
  g_assert_null (cls_node_get_variant_title (fa, "sommaire"));
  variants = cls_node_dup_title_variants (fa);
  g_assert_cmpuint (g_strv_length (variants), ==, 1);
  g_assert_cmpstr (variants[0], ==, "annexe");

  /* No change, no signal. */
  change_log_reset (&log);
  cls_node_set_variant_title (fa, "annexe", "FA 1.1 (annexe)");
  cls_node_set_variant_title (fa, "synthese", NULL);
  g_assert_cmpuint (log.objects->len, ==, 0);

  g_signal_handlers_disconnect_by_data (contract, &log);
  change_log_clear (&log);
}

static void
test_deliverables_state (void)
{
  g_autoptr(ClsContract) contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *o2 = cls_contract_lookup_node (contract, "o2");
  g_autoptr(ClsDeliverable) deliverable = cls_deliverable_new ("fa11-d1");

  g_assert_cmpint (cls_node_get_deliverables_state (fa), ==, CLS_DELIVERABLES_STATE_UNKNOWN);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_deliverables (fa)), ==, 0);

  /* Listing a deliverable makes the state "listed". */
  cls_deliverable_set_text (deliverable, "48 séances");
  cls_node_add_deliverable (fa, deliverable);
  g_assert_cmpint (cls_node_get_deliverables_state (fa), ==, CLS_DELIVERABLES_STATE_LISTED);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_deliverables (fa)), ==, 1);
  /* Deliverables share the contract's ids. */
  g_assert_true (cls_contract_lookup (contract, "fa11-d1") == G_OBJECT (deliverable));

  /* "None", with the text as written. */
  cls_node_set_deliverables_state (o2, CLS_DELIVERABLES_STATE_NONE);
  cls_node_set_deliverables_text (o2, "/");
  g_assert_cmpint (cls_node_get_deliverables_state (o2), ==, CLS_DELIVERABLES_STATE_NONE);
  g_assert_cmpstr (cls_node_get_deliverables_text (o2), ==, "/");

  g_assert_true (cls_node_remove_deliverable (fa, deliverable));
  g_assert_null (cls_contract_lookup (contract, "fa11-d1"));
}

static void
test_survive_contract (void)
{
  ClsContract *contract = build_contract ();
  ClsNode *fa = cls_contract_lookup_node (contract, "fa-1-1");
  ClsNode *fa_watch = fa;
  g_autoptr(ClsNode) op = g_object_ref (cls_contract_lookup_node (contract, "op-1-1-1"));
  g_autoptr(ClsNode) o2 = g_object_ref (cls_contract_lookup_node (contract, "o2"));
  g_autoptr(ClsIndicator) seances = g_object_ref (cls_contract_lookup_indicator (contract, "ind-seances"));
  g_autoptr(ClsIndicator) instance = g_object_ref (cls_contract_lookup_indicator (contract, "ind-satisfaction"));
  g_autoptr(GListModel) children = g_object_ref (cls_node_get_children (o2));
  ClsContract *contract_watch = contract;

  g_object_add_weak_pointer (G_OBJECT (contract), (gpointer *) &contract_watch);
  g_object_add_weak_pointer (G_OBJECT (fa), (gpointer *) &fa_watch);

  g_assert_true (cls_node_get_contract (op) == contract);
  g_object_unref (contract);

  /* The contract is gone... */
  g_assert_null (contract_watch);
  /* ...and the objects the application holds know it. */
  g_assert_null (cls_node_get_contract (op));
  g_assert_null (cls_node_get_contract (o2));
  g_assert_cmpstr (cls_node_get_title (op), ==, "Recruter les intervenants");
  g_assert_cmpstr (cls_node_get_title (o2), ==, "Santé mentale");
  g_assert_null (cls_node_get_level_name (o2));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 0);

  /* A node whose parent was freed must not point to it, nor an indicator
   * to its freed node. (Checked without aborting, and without following
   * the pointers, so that the other lifetime checks still run.) */
  {
    g_autoptr(GString) problems = g_string_new ("");

    if (fa_watch == NULL && cls_node_get_parent (op) != NULL)
      g_string_append (problems, "op-1-1-1 still points to its parent fa-1-1, freed with the contract; ");
    else if (fa_watch != NULL && cls_node_get_parent (op) != fa_watch)
      g_string_append (problems, "op-1-1-1 lost its parent fa-1-1, which is still alive; ");
    if (fa_watch == NULL && cls_indicator_get_node (seances) != NULL)
      g_string_append (problems, "ind-seances still points to its node fa-1-1, freed with the contract; ");
    else if (fa_watch != NULL && cls_indicator_get_node (seances) != fa_watch)
      g_string_append (problems, "ind-seances lost its node fa-1-1, which is still alive; ");
    if (problems->len > 0)
      g_test_fail_printf ("%s", problems->str);
  }
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_indicators (op)), ==, 1);
  g_assert_cmpstr (cls_indicator_get_title (seances), ==, "Nombre de séances");
  g_assert_cmpuint (cls_indicator_get_n_measurements (seances), ==, 3);

  /* Without its contract, a template-based indicator has only its own values. */
  g_assert_null (cls_indicator_get_title (instance));

  /* Changing them is safe and reports nothing anywhere. */
  cls_node_set_title (op, "Toujours là");
  g_assert_cmpstr (cls_node_get_title (op), ==, "Toujours là");
  cls_indicator_set_title (seances, "Toujours là");

  if (fa_watch != NULL)
    g_object_remove_weak_pointer (G_OBJECT (fa_watch), (gpointer *) &fa_watch);
}

static void
test_survive_removed_contract_node (void)
{
  /* The node the app holds outlives the contract, with its subtree. */
  ClsContract *contract = build_contract ();
  g_autoptr(ClsNode) fa = g_object_ref (cls_contract_lookup_node (contract, "fa-1-1"));
  ClsNode *op = cls_contract_lookup_node (contract, "op-1-1-1");
  ClsNode *o1_watch = cls_contract_lookup_node (contract, "o1");

  g_object_add_weak_pointer (G_OBJECT (o1_watch), (gpointer *) &o1_watch);
  g_object_unref (contract);
  g_assert_null (cls_node_get_contract (fa));
  g_assert_null (cls_node_get_contract (op));
  /* o1 went with the contract: fa must not point to it any more. */
  g_assert_null (o1_watch);
  if (cls_node_get_parent (fa) != NULL)
    {
      /* Following it would read freed memory. */
      g_test_fail_printf ("fa-1-1 still points to its parent o1, freed with the contract");
      return;
    }
  g_assert_cmpuint (cls_node_get_depth (fa), ==, 0);
  g_assert_true (cls_node_get_parent (op) == fa);
  g_assert_cmpuint (cls_node_get_depth (op), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_children (fa)), ==, 2);
  /* Its effective values still come from its own ancestors. */
  g_assert_cmpstr (cls_node_get_effective_sector (op), ==, "Tout le territoire");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cls/model/build", test_build);
  g_test_add_func ("/cls/model/targets-baseline", test_targets_baseline);
  g_test_add_func ("/cls/model/indicator/template", test_template);
  g_test_add_func ("/cls/model/indicator/measurements", test_measurements);
  g_test_add_func ("/cls/model/indicator/measurements-random", test_measurements_random);
  g_test_add_func ("/cls/model/measurement/boxed", test_measurement_boxed);
  g_test_add_func ("/cls/model/lookup/by-id", test_lookup);
  g_test_add_func ("/cls/model/lookup/many", test_lookup_many);
  g_test_add_func ("/cls/model/signals/items-changed", test_items_changed);
  g_test_add_func ("/cls/model/signals/items-changed-empty", test_items_changed_empty);
  g_test_add_func ("/cls/model/lists/threads", test_lists_threads);
  g_test_add_func ("/cls/model/signals/notify", test_notify);
  g_test_add_func ("/cls/model/signals/changed/property", test_changed_property);
  g_test_add_func ("/cls/model/signals/changed/lists", test_changed_lists);
  g_test_add_func ("/cls/model/node/effective", test_effective);
  g_test_add_func ("/cls/model/node/levels", test_levels);
  g_test_add_func ("/cls/model/node/variant-titles", test_variant_titles);
  g_test_add_func ("/cls/model/node/deliverables-state", test_deliverables_state);
  g_test_add_func ("/cls/model/lifetime/after-contract", test_survive_contract);
  g_test_add_func ("/cls/model/lifetime/subtree", test_survive_removed_contract_node);

  return g_test_run ();
}
