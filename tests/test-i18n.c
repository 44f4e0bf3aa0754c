/* test-i18n.c: the library's messages in French
 *
 * Runs under a French locale: fr_FR.UTF-8 when the machine has it
 * (build-aux/install-deps.sh generates it), C.UTF-8 with LANGUAGE=fr
 * otherwise, so that the test does not depend on the machine's locales.
 * The catalogue is the one built in po/, found through $CLS_LOCALEDIR
 * (tests/meson.build). Messages are compared whole: a message that lost
 * its translation, or a translation with the wrong typography, fails.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <locale.h>
#include <string.h>

#include <libcls/cls.h>

#include "cls-test-util.h"

/* French typography: a no-break space before “:” and inside « », a narrow
 * one before “;”. */
#define NBSP "\xc2\xa0"
#define NNBSP "\xe2\x80\xaf"
#define OPEN "«" NBSP
#define CLOSE NBSP "»"

static const char *used_locale;

static ClsContract *
load_bytes (const char  *xml,
            GError     **error)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

  return cls_loader_load_from_bytes (loader, bytes, "contrat.cls.xml", error);
}

/* A GError of the loader, from its own checks (FILE:LINE:COLUMN: kept). */
static void
test_loader_error (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE contract>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"c\"/>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = load_bytes (xml, &error);

  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_FORBIDDEN);
  g_assert_cmpstr (error->message, ==,
                   "contrat.cls.xml:2:1: une déclaration de type de document (DOCTYPE) "
                   "n’est pas permise dans un contrat");
}

/* A GError of the semantic checks, with a translated “what”. */
static void
test_reference_error (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "conformance", "invalid",
                                                 "unknown-organisation.cls.xml", NULL);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = cls_loader_load_from_path (loader, path, &error);

  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE);
  g_assert_true (g_str_has_suffix (error->message,
                                   ":23:1: l’organisme " OPEN "cpam" CLOSE " n’existe pas dans ce contrat"));
}

/* Errors of the schema pass, and of value parsing through a “%s: %s”. */
static void
test_schema_and_value_errors (void)
{
  const char *order =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"c\">\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <title>Contrat</title>\n"
    "  <plan/>\n"
    "</contract>\n";
  const char *date =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"c\">\n"
    "  <title>Contrat</title>\n"
    "  <period start=\"2025-02-30\" end=\"2028-12-31\"/>\n"
    "  <plan/>\n"
    "</contract>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = load_bytes (order, &error);

  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "contrat.cls.xml:3:1: <period> ne peut pas venir ici dans <contract>" NBSP ": "
                   "un élément qui doit le précéder manque, ou il n’est pas à sa place, "
                   "ou il est en trop");
  g_clear_error (&error);

  contract = load_bytes (date, &error);
  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_suffix (error->message,
                                   ": attribut start de <period>" NBSP ": " OPEN "2025-02-30" CLOSE
                                   " n’est pas une date (écrivez AAAA-MM-JJ)"));
}

static void
test_period_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) period = cls_period_parse ("2026-S3", &error);

  g_assert_null (period);
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   OPEN "2026-S3" CLOSE " n’est pas une période" NBSP ": un semestre s’écrit S1 ou S2");
}

static void
test_evaluation_error (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_PERIOD);
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_null (evaluation);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_PERIOD);
  g_assert_cmpstr (error->message, ==, "une évaluation sur une période a besoin d’une période (par exemple 2026)");
}

/* The review's findings (an N_() table passed through _()). */
static void
test_review (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"c\">\n"
    "  <title>Contrat</title>\n"
    "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "  <plan>\n"
    "    <node id=\"fa-1\" code=\"FA 1\">\n"
    "      <title>Prévention</title>\n"
    "      <indicator id=\"fa1-n\" unit=\"ateliers\">\n"
    "        <title>Ateliers</title>\n"
    "        <measurement period=\"2025\" value=\"2\" source=\"Coordination\"/>\n"
    "      </indicator>\n"
    "    </node>\n"
    "  </plan>\n"
    "</contract>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = load_bytes (xml, &error);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GDate) day = make_date (2026, 1, 1);
  gboolean seen = FALSE;
  guint i;

  g_assert_no_error (error);
  findings = cls_contract_review (contract, day);
  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(ClsDiagnostic) finding = g_list_model_get_item (findings, i);

      if (g_strcmp0 (cls_diagnostic_get_code (finding), CLS_REVIEW_NO_TARGET) != 0)
        continue;
      g_assert_cmpstr (cls_diagnostic_get_message (finding), ==,
                       "FA 1" NBSP ": l’indicateur " OPEN "Ateliers" CLOSE " n’a pas de cible" NNBSP
                       "; indiquez ce que le contrat en attend.");
      seen = TRUE;
    }
  g_assert_true (seen);
}

/* The import: a problem of the table as a whole, in a GError. */
static void
test_import_error (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsImporter) importer = cls_importer_new (contract);
  g_autoptr(GBytes) csv = g_bytes_new_static ("valeur;periode\n3;2026\n", 22);
  g_autoptr(GError) error = NULL;

  cls_importer_set_name (importer, "mesures.csv");
  g_assert_false (cls_importer_import_bytes (importer, csv, &error));
  g_assert_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==,
                   "mesures.csv:1: aucune colonne ne donne l’identifiant de l’indicateur "
                   "(indicator_id ou indicateur)" NNBSP "; rien n’a été importé");
}

/* The localized labels are the French column of the table, whose API
 * (an explicit language) does not change with the locale. */
static void
test_status_labels (void)
{
  guint i;

  for (i = 0; i < CLS_N_STATUSES; i++)
    g_assert_cmpstr (cls_status_get_localized_label (i), ==, cls_status_get_label (i, "fr"));
  for (i = CLS_TREND_UNKNOWN; i <= CLS_TREND_WORSENING; i++)
    g_assert_cmpstr (cls_trend_get_localized_label (i), ==, cls_trend_get_label (i, "fr"));

  g_assert_cmpstr (cls_status_get_localized_label (CLS_STATUS_ON_TRACK), ==, "en bonne voie");
  g_assert_cmpstr (cls_status_get_label (CLS_STATUS_ON_TRACK, "en"), ==, "on track");
  g_assert_cmpstr (cls_status_get_label (CLS_STATUS_ON_TRACK, NULL), ==, "on track");
  g_assert_null (cls_status_get_localized_label (CLS_N_STATUSES));
  g_assert_null (cls_trend_get_localized_label (CLS_TREND_WORSENING + 1));
}

/* Explanations stay bilingual whatever the locale: both are returned. */
static void
test_explanations_unchanged (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  ClsNodeResult *root;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  root = cls_evaluation_get_root (evaluation);
  g_assert_cmpstr (cls_node_result_get_explanation (root, "en"), !=,
                   cls_node_result_get_explanation (root, "fr"));
}

int
main (int    argc,
      char **argv)
{
  /* Before anything translates: GLib decides once whether to. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  used_locale = setlocale (LC_ALL, "fr_FR.UTF-8");
  if (used_locale == NULL)
    used_locale = setlocale (LC_ALL, "C.UTF-8");
  g_assert_nonnull (used_locale);

  g_test_init (&argc, &argv, NULL);
  g_test_message ("locale: %s, LANGUAGE=fr, CLS_LOCALEDIR=%s", used_locale, g_getenv ("CLS_LOCALEDIR"));

  g_test_add_func ("/i18n/loader-error", test_loader_error);
  g_test_add_func ("/i18n/reference-error", test_reference_error);
  g_test_add_func ("/i18n/schema-and-value-errors", test_schema_and_value_errors);
  g_test_add_func ("/i18n/period-error", test_period_error);
  g_test_add_func ("/i18n/evaluation-error", test_evaluation_error);
  g_test_add_func ("/i18n/review", test_review);
  g_test_add_func ("/i18n/import-error", test_import_error);
  g_test_add_func ("/i18n/status-labels", test_status_labels);
  g_test_add_func ("/i18n/explanations-unchanged", test_explanations_unchanged);

  return g_test_run ();
}
