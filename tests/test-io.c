/* test-io.c: loading and saving contracts in the libcls XML format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libcls/cls.h>

#include "cls-test-util.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

/* Helpers */

static char *
tutorial_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", "tutorial.cls.xml", NULL);
}

static GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static GBytes *
bytes_from_string (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static ClsContract *
load_tutorial (void)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tutorial_path ();
  ClsContract *contract;

  contract = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  return contract;
}

/* Describes where two buffers first differ, line by line. */
static char *
describe_difference (GBytes *expected,
                     GBytes *actual)
{
  gsize elen, alen, i, line = 1, line_start = 0, e_end, a_end;
  const char *e = g_bytes_get_data (expected, &elen);
  const char *a = g_bytes_get_data (actual, &alen);

  for (i = 0; i < elen && i < alen && e[i] == a[i]; i++)
    if (e[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  if (i == elen && i == alen)
    return NULL;
  for (e_end = line_start; e_end < elen && e[e_end] != '\n'; e_end++)
    ;
  for (a_end = line_start; a_end < alen && a[a_end] != '\n'; a_end++)
    ;
  return g_strdup_printf ("first difference at line %" G_GSIZE_FORMAT " (byte %" G_GSIZE_FORMAT
                          "; sizes %" G_GSIZE_FORMAT " expected, %" G_GSIZE_FORMAT " written)\n"
                          "expected: %.*s\nwritten:  %.*s",
                          line, i, elen, alen,
                          (int) (e_end - line_start), e + line_start,
                          (int) (a_end - line_start), a + line_start);
}

/* Fails the current test (without aborting the program) if they differ. */
static gboolean
check_same_bytes (GBytes     *expected,
                  GBytes     *actual,
                  const char *what)
{
  g_autofree char *difference = NULL;

  if (actual == NULL)
    {
      g_test_fail_printf ("%s: nothing written", what);
      return FALSE;
    }
  difference = describe_difference (expected, actual);
  if (difference != NULL)
    {
      g_test_fail_printf ("%s: not byte-identical: %s", what, difference);
      return FALSE;
    }
  return TRUE;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  return g_strstr_len (data, (gssize) len, needle) != NULL;
}

/* Checks that message is "PREFIX:LINE:..." and returns LINE. */
static int
check_message_location (const char *message,
                        const char *prefix)
{
  g_autofree char *escaped = g_regex_escape_string (prefix, -1);
  g_autofree char *pattern = g_strdup_printf ("^%s:([0-9]+):", escaped);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, message, 0, &match))
    g_error ("message \"%s\" does not start with \"%s:LINE:\"", message, prefix);
  line = g_match_info_fetch (match, 1);
  g_assert_cmpint (atoi (line), >, 0);
  return atoi (line);
}

/* Checks that message is "PREFIX:EXPECTED_LINE:...". A wrong line fails the
 * test case but lets it, and the next ones, go on. */
static void
check_message_line (const char *message,
                    const char *prefix,
                    int         expected_line)
{
  int line = check_message_location (message, prefix);

  if (line != expected_line)
    g_test_fail_printf ("the message should point at line %d, not %d: %s",
                        expected_line, line, message);
}

/* A small valid document, to which the error tests add one defect. */
#define DOC_HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"test\">\n" \
  "  <title>Test</title>\n" \
  "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"

/* Tests */

static void
test_load_tutorial (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsOrganisation) first = NULL;
  g_autoptr(ClsCommune) commune = NULL;
  g_autoptr(ClsFunding) funding = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(ClsPeriod) period = NULL;
  ClsOrganisation *ccve;
  ClsNode *fa11, *op212, *op121, *op122, *op211;
  ClsIndicator *indicator;
  GDate expected_date;
  const char * const *strv;

  g_assert_cmpstr (cls_contract_get_id (contract), ==, "cls-val-exemple");
  g_assert_cmpint (cls_contract_get_state (contract), ==, CLS_CONTRACT_STATE_AMENDED);
  g_assert_cmpstr (cls_contract_get_title (contract), ==,
                   "Contrat Local de Santé de la Communauté de communes du Val d'Exemple 2025-2028");
  g_assert_cmpstr (cls_contract_get_acronym (contract), ==, "CLS-VE");
  g_assert_cmpstr (cls_contract_get_period_text (contract), ==, "2025-2028");
  g_date_clear (&expected_date, 1);
  g_date_set_dmy (&expected_date, 1, G_DATE_JANUARY, 2025);
  g_assert_nonnull (cls_contract_get_start_date (contract));
  g_assert_cmpint (g_date_compare (cls_contract_get_start_date (contract), &expected_date), ==, 0);
  g_date_set_dmy (&expected_date, 14, G_DATE_MARCH, 2025);
  g_assert_nonnull (cls_contract_get_signature_date (contract));
  g_assert_cmpint (g_date_compare (cls_contract_get_signature_date (contract), &expected_date), ==, 0);
  g_assert_cmpstr (cls_contract_get_signature_place (contract), ==, "Exempleville");
  period = cls_contract_dup_period (contract);
  g_assert_nonnull (period);
  g_assert_cmpuint (cls_period_get_days (period), ==, 4 * 365 + 1);
  strv = cls_contract_get_stakes (contract);
  g_assert_nonnull (strv);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "Prévention & promotion de la santé à tous les âges");
  g_assert_cmpuint (g_strv_length ((char **) cls_contract_get_references (contract)), ==, 2);
  g_assert_cmpfloat (cls_contract_get_trend_tolerance (contract), ==, 0.02);
  g_assert_cmpfloat (cls_contract_get_on_track (contract), ==, 0.75);

  /* Registries */
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_organisations (contract)), ==, 5);
  first = g_list_model_get_item (cls_contract_get_organisations (contract), 0);
  g_assert_cmpstr (cls_organisation_get_id (first), ==, "ars");
  ccve = cls_contract_lookup_organisation (contract, "ccve");
  g_assert_nonnull (ccve);
  g_assert_cmpint (cls_organisation_get_kind (ccve), ==, CLS_ORGANISATION_KIND_EPCI);
  g_assert_cmpstr (cls_organisation_get_representative (ccve), ==, "Jean MODÈLE");
  g_assert_cmpstr (cls_organisation_get_representative_title (ccve), ==, "Président");
  g_assert_cmpstr (cls_organisation_get_deliberation_number (ccve), ==, "DELIB-2025-01");
  strv = cls_organisation_get_aliases (ccve);
  g_assert_nonnull (strv);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "CC du Val");
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_parties (contract)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_communes (contract)), ==, 3);
  commune = g_list_model_get_item (cls_contract_get_communes (contract), 1);
  g_assert_cmpstr (cls_commune_get_id (commune), ==, "c-modele-sur-rive");
  g_assert_cmpstr (cls_commune_get_insee (commune), ==, "00102");
  g_assert_cmpint (cls_commune_get_population (commune), ==, 1874);
  g_assert_cmpint (cls_commune_get_census_year (commune), ==, 2021);
  g_assert_cmpstr (cls_commune_get_name (commune), ==, "Modèle-sur-Rive");
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_areas (contract)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_bodies (contract)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_fundings (contract)), ==, 2);
  funding = g_list_model_get_item (cls_contract_get_fundings (contract), 0);
  g_assert_cmpstr (cls_funding_get_funder (funding), ==, "ars");
  g_assert_true (cls_funding_has_share (funding));
  g_assert_cmpfloat (cls_funding_get_share (funding), ==, 50);
  g_assert_cmpint (cls_funding_get_status (funding), ==, CLS_FUNDING_STATUS_CONFIRMED);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_levels (contract)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_scales (contract)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cls_scale_get_levels (cls_contract_lookup_scale (contract, "satisfaction-4"))), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_figures (contract)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_amendments (contract)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_templates (contract)), ==, 1);

  /* The plan */
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_nodes (contract)), ==, 2);
  all = cls_contract_dup_all_indicators (contract);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 14);

  fa11 = cls_contract_lookup_node (contract, "fa-1-1");
  g_assert_nonnull (fa11);
  g_assert_cmpstr (cls_node_get_code (fa11), ==, "FA 1.1");
  g_assert_cmpint (cls_node_get_state (fa11), ==, CLS_NODE_STATE_IN_PROGRESS);
  g_assert_cmpstr (cls_node_get_variant_title (fa11, "sommaire"), ==, "Séances d'éducation à la santé");
  g_assert_cmpstr (cls_node_get_level_name (fa11), ==, "Fiche action");
  g_assert_cmpuint (g_strv_length ((char **) cls_node_get_publics (fa11)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) cls_node_get_sector_communes (fa11)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_roles (fa11)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_fundings (fa11)), ==, 2);
  {
    g_autoptr(ClsFunding) f = g_list_model_get_item (cls_node_get_fundings (fa11), 0);

    g_assert_false (cls_funding_has_amount (f));
    g_assert_cmpfloat (cls_funding_get_min (f), ==, 8000);
    g_assert_cmpfloat (cls_funding_get_max (f), ==, 10000);
    g_assert_cmpstr (cls_funding_get_basis (f), ==, "/ an");
    g_assert_cmpint (cls_funding_get_status (f), ==, CLS_FUNDING_STATUS_POTENTIAL);
  }
  g_assert_cmpint (cls_node_get_deliverables_state (fa11), ==, CLS_DELIVERABLES_STATE_LISTED);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_deliverables (fa11)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_calendar (fa11)), ==, 2);

  op212 = cls_contract_lookup_node (contract, "op-2-1-2");
  g_assert_nonnull (op212);
  g_assert_cmpint (cls_node_get_deliverables_state (op212), ==, CLS_DELIVERABLES_STATE_NONE);
  g_assert_cmpstr (cls_node_get_deliverables_text (op212), ==, "/");
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_cross_references (op212)), ==, 1);
  /* Its own role: no inheritance. */
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_roles (op212)), ==, 1);
  g_assert_cmpint (cls_node_get_deliverables_state (cls_contract_lookup_node (contract, "fa-1-2")), ==,
                   CLS_DELIVERABLES_STATE_UNKNOWN);
  g_assert_cmpfloat (cls_node_get_weight (cls_contract_lookup_node (contract, "fa-1-2")), ==, 2);

  op121 = cls_contract_lookup_node (contract, "op-1-2-1");
  g_assert_cmpuint (cls_node_get_depth (op121), ==, 2);
  g_assert_cmpstr (cls_node_get_level_name (op121), ==, "Opération");
  op122 = cls_contract_lookup_node (contract, "op-1-2-2");
  g_assert_cmpstr (cls_node_get_amendment (op122), ==, "av-1");
  g_assert_cmpint (cls_node_get_state (op122), ==, CLS_NODE_STATE_NOT_STARTED);

  /* Inheritance from the fiche */
  op211 = cls_contract_lookup_node (contract, "op-2-1-1");
  g_assert_nonnull (op211);
  g_assert_null (cls_node_get_publics (op211));
  strv = cls_node_get_effective_publics (op211);
  g_assert_nonnull (strv);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_cmpstr (strv[0], ==, "Jeunes de 12 à 25 ans");
  g_assert_cmpstr (strv[1], ==, "Élus, agents d'accueil, bénévoles associatifs");
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_roles (op211)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_effective_fundings (op211)), ==, 1);

  /* Indicators */
  indicator = cls_contract_lookup_indicator (contract, "fa11-satisfaction");
  g_assert_nonnull (indicator);
  g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_RATIO);
  g_assert_cmpstr (cls_indicator_get_unit (indicator), ==, "%");
  g_assert_cmpfloat (cls_indicator_get_factor (indicator), ==, 100);
  g_assert_cmpfloat (cls_baseline_get_value (cls_indicator_get_baseline (indicator)), ==, 70);
  g_assert_cmpstr (cls_baseline_get_text (cls_indicator_get_baseline (indicator)), ==, "70 % en 2024");
  g_assert_cmpuint (cls_indicator_get_n_measurements (indicator), ==, 2);
  {
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 0);

    g_assert_true (cls_measurement_has_ratio (m));
    g_assert_cmpfloat (cls_measurement_get_numerator (m), ==, 81);
    g_assert_cmpfloat (cls_measurement_get_denominator (m), ==, 100);
    g_assert_true (cls_measurement_get_illustrative (m));
  }
  g_assert_true (cls_indicator_get_node (indicator) == fa11);

  indicator = cls_contract_lookup_indicator (contract, "fa12-msp");
  g_assert_nonnull (indicator);
  g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_MILESTONE);
  g_date_set_dmy (&expected_date, 30, G_DATE_JUNE, 2027);
  g_assert_cmpint (g_date_compare (cls_indicator_get_due (indicator), &expected_date), ==, 0);
  {
    g_autoptr(ClsPeriod) p2026 = cls_period_new_year (2026);
    g_autoptr(ClsMeasurement) m = cls_indicator_lookup_measurement (indicator, p2026);
    g_autoptr(GDate) date = NULL;

    g_assert_nonnull (m);
    g_assert_true (cls_measurement_has_done (m));
    g_assert_true (cls_measurement_get_done (m));
    date = cls_measurement_dup_date (m);
    g_date_set_dmy (&expected_date, 16, G_DATE_NOVEMBER, 2026);
    g_assert_nonnull (date);
    g_assert_cmpint (g_date_compare (date, &expected_date), ==, 0);
  }

  indicator = cls_contract_lookup_indicator (contract, "fa12-aides");
  g_assert_nonnull (indicator);
  {
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 1);
    g_autoptr(GDate) recorded = cls_measurement_dup_recorded (m);

    g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_AMOUNT);
    g_assert_cmpfloat (cls_measurement_get_value (m), ==, 15000);
    g_assert_cmpstr (cls_measurement_get_source (m), ==, "Comptes de la CCVE");
    g_date_set_dmy (&expected_date, 18, G_DATE_JANUARY, 2027);
    g_assert_nonnull (recorded);
    g_assert_cmpint (g_date_compare (recorded, &expected_date), ==, 0);
  }

  indicator = cls_contract_lookup_indicator (contract, "op121-internes");
  g_assert_nonnull (indicator);
  g_assert_cmpuint (g_list_model_get_n_items (cls_indicator_get_targets (indicator)), ==, 3);
  {
    g_autoptr(ClsTarget) t = g_list_model_get_item (cls_indicator_get_targets (indicator), 2);

    g_assert_cmpfloat (cls_target_get_value (t), ==, 24);
    g_assert_cmpstr (cls_target_get_amendment (t), ==, "av-1");
    g_assert_null (cls_target_get_period (t));
  }

  indicator = cls_contract_lookup_indicator (contract, "op211-formes");
  g_assert_nonnull (indicator);
  strv = cls_indicator_get_dimensions (indicator);
  g_assert_nonnull (strv);
  g_assert_cmpstr (strv[0], ==, "commune");
  {
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 1);
    double value = 0;

    g_assert_cmpuint (cls_measurement_get_n_breakdowns (m), ==, 3);
    g_assert_true (cls_measurement_lookup_breakdown (m, "commune", "c-saint-fictif", &value));
    g_assert_cmpfloat (value, ==, 1);
  }

  indicator = cls_contract_lookup_indicator (contract, "op211-sessions");
  g_assert_nonnull (indicator);
  {
    g_autoptr(ClsTarget) t = g_list_model_get_item (cls_indicator_get_targets (indicator), 0);
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 1);

    g_assert_cmpint (cls_target_get_recurring (t), ==, CLS_RECURRENCE_ANNUAL);
    g_assert_cmpstr (cls_measurement_get_comment (m), ==, "Une session reportée en 2027");
  }

  indicator = cls_contract_lookup_indicator (contract, "op211-par-session");
  g_assert_nonnull (indicator);
  g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_FORMULA);
  g_assert_cmpstr (cls_indicator_get_formula (indicator), ==, "[op211-formes] / [op211-sessions]");

  /* Template inheritance */
  indicator = cls_contract_lookup_indicator (contract, "op211-satisfaction");
  g_assert_nonnull (indicator);
  g_assert_cmpstr (cls_indicator_get_template (indicator), ==, "tpl-satisfaction");
  g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_ORDINAL);
  g_assert_cmpstr (cls_indicator_get_title (indicator), ==, "Satisfaction des participants");
  g_assert_cmpstr (cls_indicator_get_scale (indicator), ==, "satisfaction-4");
  g_assert_false (cls_indicator_is_own (indicator, "title"));
  g_assert_false (cls_indicator_is_own (indicator, "kind"));
  {
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 0);
    guint count = 0;

    g_assert_cmpint (cls_measurement_get_respondents (m), ==, 20);
    g_assert_cmpuint (cls_measurement_get_n_responses (m), ==, 4);
    g_assert_cmpstr (cls_measurement_get_response (m, 2, &count), ==, "satisfait");
    g_assert_cmpuint (count, ==, 10);
  }
  indicator = cls_contract_lookup_indicator (contract, "op212-partenaires");
  g_assert_nonnull (indicator);
  g_assert_cmpstr (cls_indicator_get_title (indicator), ==, "Satisfaction des partenaires");
  g_assert_true (cls_indicator_is_own (indicator, "title"));
  g_assert_cmpstr (cls_baseline_get_level (cls_indicator_get_baseline (indicator)), ==, "peu");

  indicator = cls_contract_lookup_indicator (contract, "op212-tabac");
  g_assert_nonnull (indicator);
  g_assert_cmpint (cls_indicator_get_direction (indicator), ==, CLS_DIRECTION_DECREASE);
  g_assert_cmpint (cls_indicator_get_level (indicator), ==, CLS_INDICATOR_LEVEL_IMPACT);
  indicator = cls_contract_lookup_indicator (contract, "op212-cjc");
  g_assert_nonnull (indicator);
  g_assert_cmpstr (cls_indicator_get_condition (indicator), ==, "si une consultation jeunes consommateurs ouvre sur le territoire");
  g_assert_cmpint (cls_indicator_get_condition_met (indicator), ==, CLS_CONDITION_STATE_UNKNOWN);
  g_assert_cmpuint (cls_indicator_get_n_measurements (indicator), ==, 0);
  indicator = cls_contract_lookup_indicator (contract, "fa21-dynamique");
  g_assert_nonnull (indicator);
  {
    g_autoptr(ClsMeasurement) m = cls_indicator_dup_measurement (indicator, 0);

    g_assert_cmpint (cls_indicator_get_kind (indicator), ==, CLS_INDICATOR_KIND_NARRATIVE);
    g_assert_cmpstr (cls_measurement_get_author (m), ==, "Coordination du CLS");
    g_assert_true (g_str_has_prefix (cls_measurement_get_text (m), "Partenariats solides"));
  }
  indicator = cls_contract_lookup_indicator (contract, "fa21-autre");
  g_assert_nonnull (indicator);
  g_assert_cmpint (cls_indicator_get_state (indicator), ==, CLS_INDICATOR_STATE_PLACEHOLDER);
}

static void
test_round_trip_tutorial (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GBytes) written = cls_contract_to_bytes (contract);

  check_same_bytes (original, written, "tutorial.cls.xml");
}

static void
test_load_bytes (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;

  contract = cls_loader_load_from_bytes (loader, original, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  g_assert_cmpstr (cls_contract_get_id (contract), ==, "cls-val-exemple");
  written = cls_contract_to_bytes (contract);
  check_same_bytes (original, written, "tutorial from bytes");
}

static void
test_load_stream (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (original);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;

  contract = cls_loader_load_from_stream (loader, stream, "tutorial", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  g_assert_nonnull (cls_contract_lookup_indicator (contract, "fa21-dynamique"));
  written = cls_contract_to_bytes (contract);
  check_same_bytes (original, written, "tutorial from a stream");
}

static void
test_new_from_path (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = cls_contract_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  g_assert_cmpstr (cls_contract_get_acronym (contract), ==, "CLS-VE");
}

typedef struct {
  GMainLoop *loop;
  ClsContract *contract;
  GError *error;
  gboolean saved;
} AsyncData;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  g_assert_true (CLS_IS_LOADER (source));
  data->contract = cls_loader_load_from_file_finish (CLS_LOADER (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
on_stream_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  AsyncData *data = user_data;

  data->contract = cls_loader_load_from_stream_finish (CLS_LOADER (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_load_file_async (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GBytes) written = NULL;
  AsyncData data = { 0 };

  data.loop = g_main_loop_new (NULL, FALSE);
  cls_loader_load_from_file_async (loader, file, NULL, on_loaded, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.contract);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_nodes (data.contract)), ==, 2);
  written = cls_contract_to_bytes (data.contract);
  check_same_bytes (original, written, "tutorial loaded asynchronously");
  g_clear_object (&data.contract);

  /* An asynchronous failure reports the error through finish. */
  {
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/libcls/missing.cls.xml");

    cls_loader_load_from_file_async (loader, missing, NULL, on_loaded, &data);
    g_main_loop_run (data.loop);
    g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_null (data.contract);
    g_clear_error (&data.error);
  }

  /* Streams too. */
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (original);

    cls_loader_load_from_stream_async (loader, stream, NULL, NULL, on_stream_loaded, &data);
    g_main_loop_run (data.loop);
    g_assert_no_error (data.error);
    g_assert_nonnull (data.contract);
    g_assert_cmpstr (cls_contract_get_id (data.contract), ==, "cls-val-exemple");
    g_clear_object (&data.contract);
  }

  g_main_loop_unref (data.loop);
}

static void
test_load_file (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = cls_loader_load_from_file (loader, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  /* A clean file gives no warnings. */
  g_assert_cmpuint (g_list_model_get_n_items (cls_loader_get_warnings (loader)), ==, 0);
}

/* Checks that path holds exactly expected, and that dir holds only path. */
static void
check_dir_holds_only (const char *dir_path,
                      const char *basename)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_equal (name, basename))
        g_test_fail_printf ("unexpected file left in the directory: %s", name);
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

static void
remove_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir_path);
}

static void
test_save_to_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("libcls-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *tutorial = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (tutorial);
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(ClsContract) reloaded = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  path = g_build_filename (dir, "contract.cls.xml", NULL);

  /* An existing file is replaced, not overwritten in place. */
  g_file_set_contents (path, "old contents that will be replaced\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  {
    guint64 old_inode = st.st_ino;

    g_assert_true (cls_contract_save_to_path (contract, path, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    /* Written to a temporary file then renamed: a new inode. */
    g_assert_cmpuint ((guint64) st.st_ino, !=, old_inode);
  }
  saved = read_file_bytes (path);
  check_same_bytes (original, saved, "saved tutorial");
  check_dir_holds_only (dir, "contract.cls.xml");

  /* Saving then reloading gives the same bytes, also after changes. */
  cls_contract_set_title (contract, "Titre & <caractères> \"spéciaux\"");
  {
    ClsIndicator *indicator = cls_contract_lookup_indicator (contract, "fa11-seances");
    g_autoptr(ClsPeriod) period = cls_period_new_year (2027);
    g_autoptr(ClsMeasurement) m = cls_measurement_new (period);

    cls_measurement_set_value (m, 0.5);
    cls_measurement_set_source (m, "Saisie \"test\" & <co>");
    cls_indicator_set_measurement (indicator, m);
  }
  g_assert_true (cls_contract_save_to_path (contract, path, &error));
  g_assert_no_error (error);
  check_dir_holds_only (dir, "contract.cls.xml");
  g_clear_pointer (&saved, g_bytes_unref);
  saved = read_file_bytes (path);
  g_assert_true (bytes_contain (saved, "<title>Titre &amp; &lt;caractères&gt; \"spéciaux\"</title>"));
  g_assert_true (bytes_contain (saved, "<measurement period=\"2027\" value=\"0.5\" source=\"Saisie &quot;test&quot; &amp; &lt;co>\"/>"));

  reloaded = cls_contract_new_from_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  g_assert_cmpstr (cls_contract_get_title (reloaded), ==, "Titre & <caractères> \"spéciaux\"");
  {
    ClsIndicator *indicator = cls_contract_lookup_indicator (reloaded, "fa11-seances");
    g_autoptr(ClsPeriod) period = cls_period_new_year (2027);
    g_autoptr(ClsMeasurement) m = cls_indicator_lookup_measurement (indicator, period);

    g_assert_nonnull (m);
    g_assert_cmpfloat (cls_measurement_get_value (m), ==, 0.5);
    g_assert_cmpstr (cls_measurement_get_source (m), ==, "Saisie \"test\" & <co>");
  }
  rewritten = cls_contract_to_bytes (reloaded);
  check_same_bytes (saved, rewritten, "saved, reloaded and written again");

  /* The destination is a directory: an error, and no temporary file left. */
  {
    g_autofree char *subdir = g_build_filename (dir, "a-directory", NULL);
    g_autoptr(GDir) listing = NULL;
    const char *name;
    guint n = 0;

    g_assert_cmpint (g_mkdir (subdir, 0700), ==, 0);
    g_assert_false (cls_contract_save_to_path (contract, subdir, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_true (g_file_test (subdir, G_FILE_TEST_IS_DIR));
    listing = g_dir_open (dir, 0, &error);
    g_assert_no_error (error);
    while ((name = g_dir_read_name (listing)) != NULL)
      {
        if (!g_str_equal (name, "contract.cls.xml") && !g_str_equal (name, "a-directory"))
          g_test_fail_printf ("a failed save left %s behind", name);
        n++;
      }
    g_assert_cmpuint (n, ==, 2);
    g_rmdir (subdir);
  }

  /* A directory that does not exist: an error, nothing written. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing-dir", "x.cls.xml", NULL);

    g_assert_false (cls_contract_save_to_path (contract, bad, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    check_dir_holds_only (dir, "contract.cls.xml");
  }

  remove_dir (dir);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncData *data = user_data;

  data->saved = cls_contract_save_to_file_finish (CLS_CONTRACT (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_save_to_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("libcls-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *tutorial = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (tutorial);
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GBytes) streamed = NULL;
  AsyncData data = { 0 };

  g_assert_no_error (error);
  path = g_build_filename (dir, "async.cls.xml", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (cls_contract_save_to_file (contract, file, NULL, &error));
  g_assert_no_error (error);
  saved = read_file_bytes (path);
  check_same_bytes (original, saved, "saved with save_to_file");
  g_clear_pointer (&saved, g_bytes_unref);
  g_remove (path);

  data.loop = g_main_loop_new (NULL, FALSE);
  cls_contract_save_to_file_async (contract, file, NULL, on_saved, &data);
  g_main_loop_run (data.loop);
  g_assert_no_error (data.error);
  g_assert_true (data.saved);
  saved = read_file_bytes (path);
  check_same_bytes (original, saved, "saved with save_to_file_async");
  check_dir_holds_only (dir, "async.cls.xml");
  g_main_loop_unref (data.loop);

  g_assert_true (cls_contract_save_to_stream (contract, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  streamed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  check_same_bytes (original, streamed, "saved to a stream");

  remove_dir (dir);
}

static void
test_error_malformed (void)
{
  const char *text =
    DOC_HEAD
    "  <plan>\n"
    "</contract>\n";
  g_autoptr(GBytes) bytes = bytes_from_string (text);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;

  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
  check_message_line (error->message, "<data>", 6);
  g_clear_error (&error);

  /* With a name, the message starts with it. */
  contract = cls_loader_load_from_bytes (loader, bytes, "memo.cls.xml", &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
  check_message_line (error->message, "memo.cls.xml", 6);
  g_clear_error (&error);

  /* Streams without a name are "<data>" too. */
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

    contract = cls_loader_load_from_stream (loader, stream, NULL, NULL, &error);
    g_assert_null (contract);
    g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
    check_message_line (error->message, "<data>", 6);
    g_clear_error (&error);
  }

  /* Not XML at all, and empty. */
  {
    g_autoptr(GBytes) junk = bytes_from_string ("this is not XML\n");
    g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

    contract = cls_loader_load_from_bytes (loader, junk, NULL, &error);
    g_assert_null (contract);
    g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
    check_message_location (error->message, "<data>");
    g_clear_error (&error);

    contract = cls_loader_load_from_bytes (loader, empty, NULL, &error);
    g_assert_null (contract);
    g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
    g_clear_error (&error);
  }
}

static void
test_error_malformed_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("libcls-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "broken.cls.xml", NULL);
  g_file_set_contents (path, DOC_HEAD "  <plan>\n    <node id=\"a\" code=x>\n", -1, &error);
  g_assert_no_error (error);

  contract = cls_loader_load_from_path (loader, path, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED);
  check_message_line (error->message, path, 6);
  g_clear_error (&error);

  remove_dir (dir);
}

static void
test_error_missing_file (void)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/libcls/missing.cls.xml");

  contract = cls_loader_load_from_path (loader, "/nonexistent/libcls/missing.cls.xml", &error);
  g_assert_null (contract);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  contract = cls_loader_load_from_file (loader, file, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  contract = cls_contract_new_from_path ("/nonexistent/libcls/missing.cls.xml", &error);
  g_assert_null (contract);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_error_forbidden (void)
{
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE contract [ <!ENTITY boom \"ha ha ha ha ha ha ha ha\"> ]>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"test\">\n"
    "  <title>&boom;</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan/>\n"
    "</contract>\n";
  g_autoptr(GBytes) bytes = bytes_from_string (text);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;

  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_FORBIDDEN);
  check_message_line (error->message, "<data>", 2);
  g_clear_error (&error);

  /* Trusted mode refuses it too. */
  cls_loader_set_trusted (loader, TRUE);
  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_FORBIDDEN);
}

/* 100 nested nodes, each with its title: node i (from 0) is at depth 3 + i
 * (contract 1, plan 2) on line 6 + 2i, its title on line 7 + 2i. */
static char *
make_deep_document (guint levels)
{
  GString *s = g_string_new (DOC_HEAD "  <plan>\n");
  guint i;

  for (i = 0; i < levels; i++)
    g_string_append_printf (s, "<node id=\"n%u\">\n<title>Niveau %u</title>\n", i, i);
  for (i = 0; i < levels; i++)
    g_string_append (s, "</node>\n");
  g_string_append (s, "  </plan>\n</contract>\n");
  return g_string_free (s, FALSE);
}

static void
test_error_nesting (void)
{
  g_autofree char *text = make_deep_document (100);
  g_autoptr(GBytes) bytes = bytes_from_string (text);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;

  g_assert_cmpuint (cls_loader_get_max_depth (loader), ==, CLS_LOADER_DEFAULT_MAX_DEPTH);
  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_NESTING);
  /* The first element at depth 65 is the title of node 61 (depth 64). */
  check_message_line (error->message, "<data>", 7 + 2 * 61);
  g_clear_error (&error);

  /* Trusted mode does not lift the limit. */
  cls_loader_set_trusted (loader, TRUE);
  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_NESTING);
  g_clear_error (&error);
  cls_loader_set_trusted (loader, FALSE);

  /* A higher limit does. */
  cls_loader_set_max_depth (loader, 200);
  g_assert_cmpuint (cls_loader_get_max_depth (loader), ==, 200);
  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  g_assert_cmpuint (cls_node_get_depth (cls_contract_lookup_node (contract, "n99")), ==, 99);
}

static void
test_trusted (void)
{
  g_autofree char *path = tutorial_path ();
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;
  const char *duplicate =
    DOC_HEAD
    "  <plan>\n"
    "    <node id=\"a\">\n"
    "      <title>A</title>\n"
    "    </node>\n"
    "    <node id=\"a\">\n"
    "      <title>B</title>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  g_autoptr(GBytes) duplicate_bytes = bytes_from_string (duplicate);

  g_assert_false (cls_loader_get_trusted (loader));
  cls_loader_set_trusted (loader, TRUE);
  g_assert_true (cls_loader_get_trusted (loader));

  contract = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  written = cls_contract_to_bytes (contract);
  check_same_bytes (original, written, "tutorial loaded in trusted mode");
  g_clear_object (&contract);

  /* Semantic errors are still reported, with their line. */
  contract = cls_loader_load_from_bytes (loader, duplicate_bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_DUPLICATE_ID);
  check_message_line (error->message, "<data>", 9);
  g_clear_error (&error);

  /* And untrusted, the same. */
  cls_loader_set_trusted (loader, FALSE);
  contract = cls_loader_load_from_bytes (loader, duplicate_bytes, NULL, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_DUPLICATE_ID);
  check_message_line (error->message, "<data>", 9);
}

static void
test_warnings (void)
{
  const char *text =
    DOC_HEAD
    "  <organisations>\n"
    "    <organisation id=\"ars\" kind=\"ars\">\n"
    "      <name>ARS</name>\n"
    "    </organisation>\n"
    "    <organisation id=\"cc\" kind=\"epci\">\n"
    "      <name>CC</name>\n"
    "    </organisation>\n"
    "    <organisation id=\"dep\" kind=\"departement\">\n"
    "      <name>Département</name>\n"
    "    </organisation>\n"
    "  </organisations>\n"
    "  <governance>\n"
    "    <funding funder=\"ars\" share=\"33.33\" status=\"confirmed\"/>\n"
    "    <funding funder=\"cc\" share=\"33.33\" status=\"confirmed\"/>\n"
    "    <funding funder=\"dep\" share=\"33.31\" status=\"confirmed\"/>\n"
    "  </governance>\n"
    "  <plan/>\n"
    "</contract>\n";
  g_autoptr(GBytes) bytes = bytes_from_string (text);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsContract) tutorial = NULL;
  GListModel *warnings;
  g_autofree char *path = tutorial_path ();
  guint i, n_warnings = 0;

  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  g_assert_cmpuint (g_list_model_get_n_items (cls_contract_get_fundings (contract)), ==, 3);

  warnings = cls_loader_get_warnings (loader);
  g_assert_nonnull (warnings);
  g_assert_true (g_list_model_get_item_type (warnings) == CLS_TYPE_DIAGNOSTIC);
  for (i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(ClsDiagnostic) diagnostic = g_list_model_get_item (warnings, i);

      g_test_message ("warning: %s:%d: %s [%s]", cls_diagnostic_get_file (diagnostic),
                      cls_diagnostic_get_line (diagnostic),
                      cls_diagnostic_get_message (diagnostic),
                      cls_diagnostic_get_code (diagnostic));
      if (cls_diagnostic_get_severity (diagnostic) == CLS_SEVERITY_WARNING)
        {
          n_warnings++;
          g_assert_nonnull (cls_diagnostic_get_message (diagnostic));
          /* It points at the governance or one of its funding lines. */
          g_assert_cmpint (cls_diagnostic_get_line (diagnostic), >=, 16);
          g_assert_cmpint (cls_diagnostic_get_line (diagnostic), <=, 19);
        }
    }
  g_assert_cmpuint (n_warnings, ==, 1);

  /* The warnings are those of the last load. */
  tutorial = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tutorial);
  g_assert_cmpuint (g_list_model_get_n_items (cls_loader_get_warnings (loader)), ==, 0);
}

static const char foreign_document[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<contract xmlns=\"urn:libcls:contract:1\" xmlns:ext=\"urn:example:ext\" xmlns:geo=\"urn:example:geo\" format=\"1\" id=\"foreign\" ext:origin=\"import\">\n"
  "  <title ext:lang=\"fr\">Espaces de noms étrangers</title>\n"
  "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
  "  <organisations>\n"
  "    <organisation id=\"ars\" kind=\"ars\" ext:colour=\"#0055a4\">\n"
  "      <name>ARS fictive</name>\n"
  "      <ext:logo href=\"ars.png\"/>\n"
  "    </organisation>\n"
  "  </organisations>\n"
  "  <territory>\n"
  "    <commune id=\"c-a\" geo:lat=\"50.1\" geo:lon=\"3.9\">Commune A</commune>\n"
  "  </territory>\n"
  "  <plan>\n"
  "    <node id=\"fa-1\" code=\"FA 1\" ext:colour=\"green\">\n"
  "      <title>Fiche avec extensions</title>\n"
  "      <indicator id=\"fa1-n\" ext:dashboard=\"tableau-1\">\n"
  "        <title>Nombre de séances</title>\n"
  "        <target value=\"10\" ext:origin=\"contrat\"/>\n"
  "        <measurement period=\"2025\" value=\"3\" illustrative=\"true\" ext:checked=\"true\"/>\n"
  "        <ext:chart type=\"bar\">\n"
  "          <ext:point x=\"2025\" y=\"3\"/>\n"
  "        </ext:chart>\n"
  "      </indicator>\n"
  "      <ext:tags>\n"
  "        <ext:tag>prévention</ext:tag>\n"
  "      </ext:tags>\n"
  "    </node>\n"
  "  </plan>\n"
  "</contract>\n";

static void
test_foreign (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (foreign_document, sizeof foreign_document - 1);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) changed = NULL;

  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  /* The foreign markup is not part of the model... */
  g_assert_cmpstr (cls_contract_get_title (contract), ==, "Espaces de noms étrangers");
  g_assert_cmpuint (g_list_model_get_n_items (cls_node_get_indicators (cls_contract_lookup_node (contract, "fa-1"))), ==, 1);
  /* ...but survives a round trip. */
  written = cls_contract_to_bytes (contract);
  check_same_bytes (bytes, written, "foreign markup");

  /* And a change elsewhere. */
  cls_node_set_title (cls_contract_lookup_node (contract, "fa-1"), "Fiche renommée");
  changed = cls_contract_to_bytes (contract);
  g_assert_true (bytes_contain (changed, "<title>Fiche renommée</title>"));
  g_assert_true (bytes_contain (changed, "<node id=\"fa-1\" code=\"FA 1\" ext:colour=\"green\">"));
  g_assert_true (bytes_contain (changed, "<ext:tag>prévention</ext:tag>"));
  g_assert_true (bytes_contain (changed, "<commune id=\"c-a\" geo:lat=\"50.1\" geo:lon=\"3.9\">Commune A</commune>"));
  g_assert_true (bytes_contain (changed, "<ext:logo href=\"ars.png\"/>"));
}

/* Foreign markup on many measurements of one indicator: each measurement is
 * a slot of its own, past the few an object keeps without an index. */
static void
test_foreign_many_slots (void)
{
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;
  guint month;

  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<contract xmlns=\"urn:libcls:contract:1\" xmlns:ext=\"urn:example:ext\" format=\"1\" id=\"foreign-many\">\n"
                   "  <title>Extensions sur les mesures</title>\n"
                   "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
                   "  <plan>\n"
                   "    <node id=\"fa-1\">\n"
                   "      <title>Fiche</title>\n"
                   "      <indicator id=\"fa1-n\" ext:dashboard=\"tableau-1\">\n"
                   "        <title>Nombre de séances</title>\n");
  for (month = 1; month <= 12; month++)
    {
      g_string_append_printf (xml, "        <measurement period=\"2025-%02u\" value=\"%u\" ext:checked=\"%s\" ext:by=\"m%u\"",
                              month, month, month % 2 ? "true" : "false", month);
      if (month % 3 == 0)
        g_string_append_printf (xml, ">\n          <ext:note n=\"%u\"/>\n        </measurement>\n", month);
      else
        g_string_append (xml, "/>\n");
    }
  g_string_append (xml,
                   "        <ext:chart type=\"bar\"/>\n"
                   "      </indicator>\n"
                   "    </node>\n"
                   "  </plan>\n"
                   "</contract>\n");
  bytes = g_bytes_new (xml->str, xml->len);

  contract = cls_loader_load_from_bytes (loader, bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  written = cls_contract_to_bytes (contract);
  check_same_bytes (bytes, written, "foreign markup on many measurements");
}

typedef struct {
  ClsContract *contract;
  const char *expected;   /* the evaluation's JSON, computed alone */
  gboolean same;
} SharedEvaluation;

/* Walks the plan through the public getters, which create lists and their
 * GListStores on first use, while other threads evaluate. */
static guint
count_nodes (GListModel *nodes)
{
  guint i, n = g_list_model_get_n_items (nodes), total = n;

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);

      g_list_model_get_n_items (cls_node_get_roles (node));
      g_list_model_get_n_items (cls_node_get_indicators (node));
      total += count_nodes (cls_node_get_children (node));
    }
  return total;
}

static gpointer
evaluate_again (gpointer data)
{
  SharedEvaluation *shared = data;
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  guint round;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  for (round = 0; round < 3; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClsEvaluation) evaluation = cls_evaluator_evaluate (evaluator, shared->contract, NULL, &error);
      g_autofree char *json = evaluation != NULL ? cls_evaluation_to_json (evaluation, FALSE) : NULL;

      if (json == NULL || strcmp (json, shared->expected) != 0)
        g_atomic_int_set (&shared->same, FALSE);
    }
  return NULL;
}

/* Evaluations only read the contract: threads evaluating a loaded contract
 * at once find what one thread alone finds, even when the lists they read
 * have not been created yet and the getters create them meanwhile. */
static void
test_evaluate_threads (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples",
                                                 "cls-coeur-sud-avesnois-2025-2028.cls.xml", NULL);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) alone = NULL;
  g_autofree char *expected = NULL;
  SharedEvaluation shared = { NULL, NULL, TRUE };
  GThread *threads[4];
  guint i;

  contract = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  alone = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  expected = cls_evaluation_to_json (alone, FALSE);

  shared.contract = contract;
  shared.expected = expected;
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("evaluate", evaluate_again, &shared);
  g_assert_cmpuint (count_nodes (cls_contract_get_nodes (contract)), >, 0);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  g_assert_true (shared.same);
}

static void
test_foreign_namespace_moved_to_root (void)
{
  /* A namespace declared deep in the file is declared on the root when
   * written, in the order namespaces were first met. */
  const char *input =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"ns\">\n"
    "  <title>Déclarations</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan>\n"
    "    <node xmlns:b=\"urn:example:b\" id=\"n1\" b:x=\"1\">\n"
    "      <title>Un</title>\n"
    "    </node>\n"
    "    <node xmlns:a=\"urn:example:a\" id=\"n2\" a:y=\"2\">\n"
    "      <title>Deux</title>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" xmlns:b=\"urn:example:b\" xmlns:a=\"urn:example:a\" format=\"1\" id=\"ns\">\n"
    "  <title>Déclarations</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan>\n"
    "    <node id=\"n1\" b:x=\"1\">\n"
    "      <title>Un</title>\n"
    "    </node>\n"
    "    <node id=\"n2\" a:y=\"2\">\n"
    "      <title>Deux</title>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  g_autoptr(GBytes) in = bytes_from_string (input);
  g_autoptr(GBytes) out = bytes_from_string (expected);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = cls_loader_load_from_bytes (loader, in, NULL, &error);
  g_autoptr(GBytes) written = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  written = cls_contract_to_bytes (contract);
  check_same_bytes (out, written, "namespaces declared on the root");
}

static void
test_canonical_from_code (void)
{
  /* A contract built in code is written in canonical form, which loads back
   * to the same bytes. */
  g_autoptr(ClsContract) contract = cls_contract_new ("code");
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2025);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_DECEMBER, 2028);
  g_autoptr(ClsNode) node = cls_node_new ("n1");
  g_autoptr(ClsIndicator) indicator = cls_indicator_new ("i1");
  g_autoptr(ClsPeriod) period = cls_period_new_year (2025);
  g_autoptr(ClsMeasurement) m = cls_measurement_new (period);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(ClsContract) reloaded = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  const char *expected =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"code\">\n"
    "  <title>Écrit en code</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan>\n"
    "    <node id=\"n1\">\n"
    "      <title>Nœud</title>\n"
    "      <indicator id=\"i1\">\n"
    "        <title>Indicateur</title>\n"
    "        <measurement period=\"2025\" value=\"1e-07\"/>\n"
    "      </indicator>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  g_autoptr(GBytes) expected_bytes = bytes_from_string (expected);

  cls_contract_set_title (contract, "Écrit en code");
  cls_contract_set_start_date (contract, start);
  cls_contract_set_end_date (contract, end);
  cls_node_set_title (node, "Nœud");
  cls_indicator_set_title (indicator, "Indicateur");
  cls_measurement_set_value (m, 1e-7);
  cls_indicator_set_measurement (indicator, m);
  cls_node_add_indicator (node, indicator);
  cls_contract_add_node (contract, node);

  written = cls_contract_to_bytes (contract);
  check_same_bytes (expected_bytes, written, "contract built in code");

  reloaded = cls_loader_load_from_bytes (loader, written, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  rewritten = cls_contract_to_bytes (reloaded);
  check_same_bytes (written, rewritten, "contract built in code, reloaded");
}

static void
test_validate (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(GListModel) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsIndicator) dangling = cls_indicator_new ("dangling");
  g_autoptr(ClsNode) twin = cls_node_new ("fa-1-1");

  g_assert_true (cls_contract_validate (contract, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, 0);
  g_clear_object (&warnings);

  /* A template that does not exist. */
  cls_indicator_set_title (dangling, "Sans modèle");
  cls_indicator_set_template (dangling, "tpl-nope");
  cls_node_add_indicator (cls_contract_lookup_node (contract, "fa-2-1"), dangling);
  g_assert_false (cls_contract_validate (contract, NULL, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE);
  g_assert_nonnull (strstr (error->message, "tpl-nope"));
  g_clear_error (&error);
  g_assert_true (cls_node_remove_indicator (cls_contract_lookup_node (contract, "fa-2-1"), dangling));
  g_assert_true (cls_contract_validate (contract, NULL, &error));
  g_assert_no_error (error);

  /* The same id twice. */
  cls_node_set_title (twin, "Jumeau");
  cls_contract_add_node (contract, twin);
  g_assert_false (cls_contract_validate (contract, NULL, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "fa-1-1"));
}

/* Every examples/ *.cls.xml is canonical: it loads and writes back the same. */
static void
test_example_round_trip (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GBytes) original = read_file_bytes (path);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(ClsContract) trusted = NULL;
  g_autoptr(GBytes) trusted_written = NULL;

  contract = cls_loader_load_from_path (loader, path, &error);
  if (contract == NULL)
    {
      g_test_fail_printf ("%s does not load: %s", path, error->message);
      return;
    }
  written = cls_contract_to_bytes (contract);
  if (!check_same_bytes (original, written, path))
    return;

  cls_loader_set_trusted (loader, TRUE);
  trusted = cls_loader_load_from_path (loader, path, &error);
  if (trusted == NULL)
    {
      g_test_fail_printf ("%s does not load in trusted mode: %s", path, error->message);
      return;
    }
  trusted_written = cls_contract_to_bytes (trusted);
  check_same_bytes (original, trusted_written, path);
}

static GPtrArray *
list_examples (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "examples", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".cls.xml"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  return paths;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Progress of a load: 0 first, 1 last, growing in between, from the bytes
 * read; asynchronously, in the main context of the thread that started it. */
typedef struct
{
  GArray *fractions;
  GThread *thread;
  gboolean wrong_thread;
  GMainLoop *loop;
  ClsContract *contract;
} LoadProgress;

static void
on_load_progress (double   fraction,
                  gpointer user_data)
{
  LoadProgress *data = user_data;

  g_array_append_val (data->fractions, fraction);
  if (g_thread_self () != data->thread)
    data->wrong_thread = TRUE;
}

static void
loaded_with_progress_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  LoadProgress *data = user_data;
  g_autoptr(GError) error = NULL;

  data->contract = cls_loader_load_from_file_finish (CLS_LOADER (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (data->loop);
}

static void
test_load_progress (void)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autofree char *path = example_path ("clsi-marque-melantois-2025-2028.cls.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data_text = NULL;
  gsize length;
  LoadProgress data = { g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self (), FALSE, NULL, NULL };

  cls_loader_set_progress_func (loader, on_load_progress, &data, NULL);
  contract = cls_loader_load_from_path (loader, path, &error);
  g_assert_no_error (error);
  assert_progress (data.fractions, 10);

  /* memory: the size is known too */
  g_array_set_size (data.fractions, 0);
  g_assert_true (g_file_get_contents (path, &data_text, &length, NULL));
  bytes = g_bytes_new (data_text, length);
  g_clear_object (&contract);
  contract = cls_loader_load_from_bytes (loader, bytes, "memory", &error);
  g_assert_no_error (error);
  assert_progress (data.fractions, 10);

  g_array_set_size (data.fractions, 0);
  data.loop = g_main_loop_new (NULL, FALSE);
  cls_loader_load_from_file_async (loader, file, NULL, loaded_with_progress_cb, &data);
  g_main_loop_run (data.loop);
  assert_progress (data.fractions, 10);
  g_assert_false (data.wrong_thread);
  g_assert_nonnull (data.contract);

  g_clear_object (&data.contract);
  g_main_loop_unref (data.loop);
  g_array_unref (data.fractions);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) examples = NULL;
  guint i;
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cls/io/load/tutorial", test_load_tutorial);
  g_test_add_func ("/cls/io/load/file", test_load_file);
  g_test_add_func ("/cls/io/load/bytes", test_load_bytes);
  g_test_add_func ("/cls/io/load/stream", test_load_stream);
  g_test_add_func ("/cls/io/load/progress", test_load_progress);
  g_test_add_func ("/cls/io/load/async", test_load_file_async);
  g_test_add_func ("/cls/io/load/new-from-path", test_new_from_path);
  g_test_add_func ("/cls/io/load/trusted", test_trusted);
  g_test_add_func ("/cls/io/load/warnings", test_warnings);
  g_test_add_func ("/cls/io/errors/malformed", test_error_malformed);
  g_test_add_func ("/cls/io/errors/malformed-file", test_error_malformed_file);
  g_test_add_func ("/cls/io/errors/missing-file", test_error_missing_file);
  g_test_add_func ("/cls/io/errors/forbidden-entity", test_error_forbidden);
  g_test_add_func ("/cls/io/errors/nesting", test_error_nesting);
  g_test_add_func ("/cls/io/round-trip/tutorial", test_round_trip_tutorial);
  g_test_add_func ("/cls/io/round-trip/foreign", test_foreign);
  g_test_add_func ("/cls/io/round-trip/foreign-many-slots", test_foreign_many_slots);
  g_test_add_func ("/cls/io/evaluate/threads", test_evaluate_threads);
  g_test_add_func ("/cls/io/round-trip/foreign-namespaces-on-root", test_foreign_namespace_moved_to_root);
  g_test_add_func ("/cls/io/round-trip/from-code", test_canonical_from_code);
  g_test_add_func ("/cls/io/save/path", test_save_to_path);
  g_test_add_func ("/cls/io/save/file", test_save_to_file);
  g_test_add_func ("/cls/io/validate", test_validate);

  examples = list_examples ();
  g_ptr_array_sort (examples, compare_strings);
  for (i = 0; i < examples->len; i++)
    {
      const char *path = examples->pdata[i];
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/cls/io/examples/%s", basename);

      g_test_add_data_func (test_path, path, test_example_round_trip);
    }

  ret = g_test_run ();
  return ret;
}
