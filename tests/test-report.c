/* test-report.c: the HTML report of an evaluation (ClsReport)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report is HTML5 written in XML syntax, so these tests read it with
 * libxml2's XML parser, strictly (no recovery): any error fails. They
 * check that every indicator has one row whose data-status is its status,
 * that each axis has its section and an SVG chart, that nothing refers to
 * a resource outside the file, that hostile text is escaped, that the
 * page is declared for print (A4, page breaks), and the API around it:
 * properties, the previous evaluation, saving (sync and async), and SVG
 * numbers under a locale with a decimal comma.
 */

#include <libcls/cls.h>

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#define HOSTILE "<script>alert(1)</script> & \"x\" 'y'"

/* Helpers ------------------------------------------------------------------ */

static ClsContract *
load_example (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", name, NULL);
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  ClsContract *contract = cls_loader_load_from_path (loader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  return contract;
}

static ClsEvaluation *
evaluate_period (ClsContract *contract,
                 const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) period = cls_period_parse (text, &error);
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  ClsEvaluation *evaluation;

  g_assert_no_error (error);
  cls_evaluator_set_period (evaluator, period);
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  return evaluation;
}

static ClsEvaluation *
evaluate_kind (ClsContract       *contract,
               ClsEvaluationKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  ClsEvaluation *evaluation;

  if (kind == CLS_EVALUATION_KIND_FINAL)
    cls_evaluator_set_kind (evaluator, kind);
  else
    {
      g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);

      cls_evaluator_set_date (evaluator, date);
    }
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  return evaluation;
}

static void
count_error (void        *data,
             xmlErrorPtr  error)
{
  guint *n_errors = data;

  (*n_errors)++;
  g_test_message ("XML error line %d: %s", error->line, error->message);
}

/* Parses @html strictly as XML: no recovery, and no error at all */
static xmlDoc *
parse_report (GBytes *html)
{
  gsize size;
  const char *data = g_bytes_get_data (html, &size);
  guint n_errors = 0;
  xmlDoc *doc;

  xmlSetStructuredErrorFunc (&n_errors, count_error);
  doc = xmlReadMemory (data, (int) size, "report.html", "UTF-8", XML_PARSE_NONET);
  xmlSetStructuredErrorFunc (NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpuint (n_errors, ==, 0);
  return doc;
}

static xmlXPathObject *
xpath (xmlDoc     *doc,
       const char *expression)
{
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result = xmlXPathEvalExpression ((const xmlChar *) expression, context);

  xmlXPathFreeContext (context);
  g_assert_nonnull (result);
  return result;
}

static guint
xpath_count (xmlDoc     *doc,
             const char *expression)
{
  xmlXPathObject *result = xpath (doc, expression);
  guint n = result->nodesetval != NULL ? (guint) result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static char *
xpath_string (xmlDoc     *doc,
              const char *expression)
{
  g_autofree char *wrapped = g_strdup_printf ("string(%s)", expression);
  xmlXPathObject *result = xpath (doc, wrapped);
  char *text = g_strdup ((const char *) result->stringval);

  xmlXPathFreeObject (result);
  return text;
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Every indicator has exactly one row, with its status; rows are in the
 * evaluation's order */
static void
check_rows (xmlDoc        *doc,
            ClsEvaluation *evaluation)
{
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (evaluation);
  guint n = g_list_model_get_n_items (indicators);
  xmlXPathObject *rows = xpath (doc, "//tr[@data-indicator-id]");
  guint i;

  g_assert_nonnull (rows->nodesetval);
  g_assert_cmpuint ((guint) rows->nodesetval->nodeNr, ==, n);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, i);
      xmlNode *row = rows->nodesetval->nodeTab[i];
      g_autofree char *id = attribute (row, "data-indicator-id");
      g_autofree char *status = attribute (row, "data-status");

      g_assert_cmpstr (id, ==, cls_indicator_result_get_id (result));
      g_assert_cmpstr (status, ==, cls_status_to_string (cls_indicator_result_get_status (result)));
    }
  xmlXPathFreeObject (rows);
}

/* One section per axis, each with an SVG chart */
static void
check_axes (xmlDoc        *doc,
            ClsEvaluation *evaluation)
{
  g_autoptr(GListModel) axes = cls_node_result_get_children (cls_evaluation_get_root (evaluation));
  guint n = g_list_model_get_n_items (axes);
  guint i;

  g_assert_cmpuint (xpath_count (doc, "//section[@class='axis']"), ==, n);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNodeResult) axis = g_list_model_get_item (axes, i);
      g_autofree char *expression =
        g_strdup_printf ("//section[@class='axis'][@data-node-id='%s']//*[local-name()='svg']",
                         cls_node_result_get_id (axis));

      g_assert_cmpuint (xpath_count (doc, expression), >=, 1);
    }
}

/* Nothing is fetched: no script, no external style sheet, no image, and
 * every link stays in the page */
static void
check_self_contained (xmlDoc *doc,
                      GBytes *html)
{
  xmlXPathObject *links;
  g_autofree char *style = NULL;
  int i;

  g_assert_cmpuint (xpath_count (doc, "//script | //link | //img | //iframe | //object | //embed"), ==, 0);
  g_assert_cmpuint (xpath_count (doc, "//@src | //@*[local-name()='href' and not(starts-with(., '#'))]"), ==, 0);
  links = xpath (doc, "//@href | //@action | //@poster | //@data");
  for (i = 0; links->nodesetval != NULL && i < links->nodesetval->nodeNr; i++)
    {
      xmlChar *value = xmlNodeGetContent (links->nodesetval->nodeTab[i]);

      g_assert_true (value != NULL && value[0] == '#');
      xmlFree (value);
    }
  xmlXPathFreeObject (links);

  style = xpath_string (doc, "//style");
  g_assert_null (strstr (style, "url("));
  g_assert_null (strstr (style, "@import"));
  g_assert_nonnull (strstr (style, "@page { size: A4"));
  g_assert_nonnull (strstr (style, "break-before: page"));
  g_assert_nonnull (strstr (style, "@media print"));
  (void) html;
}

static void
check_document (xmlDoc     *doc,
                const char *lang)
{
  g_autofree char *html_lang = xpath_string (doc, "/html/@lang");
  g_autofree char *title = xpath_string (doc, "/html/head/title");

  g_assert_cmpstr (html_lang, ==, lang);
  g_assert_cmpuint (strlen (title), >, 10);
  g_assert_cmpuint (xpath_count (doc, "/html/head/meta[@charset='utf-8']"), ==, 1);
  /* Tables have headers for their columns */
  g_assert_cmpuint (xpath_count (doc, "//table[not(thead/tr/th[@scope='col'])]"), ==, 0);
  /* Charts say what they show */
  g_assert_cmpuint (xpath_count (doc, "//*[local-name()='svg'][not(*[local-name()='title'])]"), ==, 0);
  g_assert_cmpuint (xpath_count (doc, "//section[@id='summary']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//section[@id='changes']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//section[@id='review']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//section[@id='missing']"), ==, 1);
}

static GBytes *
report_html (ClsEvaluation *evaluation,
             ClsEvaluation *previous,
             const char    *language)
{
  g_autoptr(ClsReport) report = cls_report_new (evaluation);

  cls_report_set_previous (report, previous);
  if (language != NULL)
    cls_report_set_language (report, language);
  return cls_report_to_html (report);
}

/* Tests -------------------------------------------------------------------- */

static void
test_examples (void)
{
  const char *files[] = {
    "tutorial.cls.xml",
    "cls-coeur-sud-avesnois-2025-2028.cls.xml",
    "clsi-marque-melantois-2025-2028.cls.xml",
  };
  gsize f;

  for (f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(ClsContract) contract = load_example (files[f]);
      g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
      g_autoptr(ClsEvaluation) previous = evaluate_period (contract, "2025");
      g_autoptr(GBytes) html = report_html (evaluation, previous, NULL);
      xmlDoc *doc;

      g_test_message ("%s", files[f]);
      doc = parse_report (html);
      check_document (doc, "fr");
      check_rows (doc, evaluation);
      check_axes (doc, evaluation);
      check_self_contained (doc, html);
      /* with a previous evaluation, the comparison tables */
      g_assert_cmpuint (xpath_count (doc, "//section[@id='changes']//table"), >=, 3);
      g_assert_cmpuint (xpath_count (doc, "//*[@class='no-previous']"), ==, 0);
      xmlFreeDoc (doc);
    }
}

static void
test_kinds (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  const ClsEvaluationKind kinds[] = { CLS_EVALUATION_KIND_TO_DATE, CLS_EVALUATION_KIND_FINAL };
  gsize k;

  for (k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(ClsEvaluation) evaluation = evaluate_kind (contract, kinds[k]);
      g_autoptr(GBytes) html = report_html (evaluation, NULL, "en");
      xmlDoc *doc = parse_report (html);

      check_document (doc, "en");
      check_rows (doc, evaluation);
      check_axes (doc, evaluation);
      check_self_contained (doc, html);
      /* no previous: the report says so */
      g_assert_cmpuint (xpath_count (doc, "//section[@id='changes']/p[@class='no-previous']"), ==, 1);
      /* to date and final: the pace of scored indicators */
      g_assert_cmpuint (xpath_count (doc, "//tr[@data-indicator-id='fa11-seances']/td[contains(., 'Pace')]"), ==, 1);
      xmlFreeDoc (doc);
    }
}

static void
test_contents (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  g_autoptr(GBytes) html = report_html (evaluation, NULL, NULL);
  xmlDoc *doc = parse_report (html);
  g_autofree char *seances = NULL;
  g_autofree char *counts = NULL;

  /* The worked example: 14 séances against 11.99 → 117 %, achieved */
  seances = xpath_string (doc, "//tr[@data-indicator-id='fa11-seances']");
  g_assert_nonnull (strstr (seances, "14\xc2\xa0séances"));
  g_assert_nonnull (strstr (seances, "11,99"));
  g_assert_nonnull (strstr (seances, "117\xc2\xa0%"));
  g_assert_nonnull (strstr (seances, "atteint"));
  g_assert_nonnull (strstr (seances, "✓"));
  g_assert_nonnull (strstr (seances, "en progrès"));
  /* its explanation follows, without the label repeated */
  g_assert_cmpuint (xpath_count (doc, "//tr[@data-indicator-id='fa11-seances']/following-sibling::tr[1]"
                                      "[@class='calc'][starts-with(normalize-space(.), '14 séances / 48')]"), ==, 1);
  /* statuses: the table of counts */
  counts = xpath_string (doc, "//table[@class='counts']//tr[@data-status='at-risk']/td");
  g_assert_cmpstr (counts, ==, "3");
  /* a chart per year for an indicator measured two years, none for a
   * milestone */
  g_assert_cmpuint (xpath_count (doc, "//figure[@data-history-of='fa11-seances']//*[local-name()='svg']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//figure[@data-history-of='fa12-msp']"), ==, 0);
  /* deliverables: each one listed, with a state */
  g_assert_cmpuint (xpath_count (doc, "//li[@data-deliverable-id]"), ==, 2);
  g_assert_cmpuint (xpath_count (doc, "//li[@data-deliverable-id][@data-state='met' or @data-state='not-met' "
                                      "or @data-state='unknown']"), ==, 2);
  /* the review and the gaps */
  g_assert_cmpuint (xpath_count (doc, "//section[@id='review']//details[@data-code='no-target']"), ==, 1);
  g_assert_cmpuint (xpath_count (doc, "//section[@id='missing']//li[@data-gap]"), ==, 4);
  /* status symbols for a reader without colour */
  g_assert_cmpuint (xpath_count (doc, "//span[@class='badge s-at-risk'][contains(., '▲')]"), >, 0);
  xmlFreeDoc (doc);
}

static void
test_deliverable_states (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (evaluation);
  g_autoptr(GBytes) html = report_html (evaluation, NULL, NULL);
  xmlDoc *doc = parse_report (html);
  xmlXPathObject *items = xpath (doc, "//li[@data-deliverable-id]");
  int i;

  /* met ⇔ a measuring indicator is achieved; not met ⇔ one is scored and
   * none achieved */
  for (i = 0; items->nodesetval != NULL && i < items->nodesetval->nodeNr; i++)
    {
      g_autofree char *id = attribute (items->nodesetval->nodeTab[i], "data-deliverable-id");
      g_autofree char *state = attribute (items->nodesetval->nodeTab[i], "data-state");
      gboolean achieved = FALSE, scored = FALSE;
      guint j;

      for (j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(ClsIndicatorResult) result = g_list_model_get_item (indicators, j);
          const char * const *ids = cls_indicator_get_deliverables (cls_indicator_result_get_indicator (result));

          if (ids == NULL || !g_strv_contains (ids, id))
            continue;
          achieved |= cls_indicator_result_get_status (result) == CLS_STATUS_ACHIEVED;
          scored |= cls_status_is_scored (cls_indicator_result_get_status (result));
        }
      g_assert_cmpstr (state, ==, achieved ? "met" : scored ? "not-met" : "unknown");
    }
  xmlXPathFreeObject (items);
  xmlFreeDoc (doc);
}

static void
test_hostile (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(GListModel) all = cls_contract_dup_all_indicators (contract);
  g_autoptr(ClsIndicator) indicator = g_list_model_get_item (all, 0);
  g_autoptr(ClsNode) node = g_list_model_get_item (cls_contract_get_nodes (contract), 0);
  g_autoptr(ClsEvaluation) evaluation = NULL;
  g_autoptr(ClsReport) report = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autofree char *expression = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *page_title = NULL;
  const char *data;
  xmlDoc *doc;

  cls_indicator_set_title (indicator, HOSTILE);
  cls_indicator_set_unit (indicator, "</td><b>");
  cls_node_set_title (node, HOSTILE);
  cls_node_set_code (node, "A&B \"1\"");
  cls_contract_set_title (contract, HOSTILE);
  evaluation = evaluate_period (contract, "2026");
  report = cls_report_new (evaluation);
  cls_report_set_title (report, "Rapport <b>&amp;</b> 'ok'");
  html = cls_report_to_html (report);
  data = g_bytes_get_data (html, NULL);

  g_assert_null (strstr (data, "<script>"));
  g_assert_null (strstr (data, "<b>"));
  g_assert_nonnull (strstr (data, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;"));

  doc = parse_report (html);
  g_assert_cmpuint (xpath_count (doc, "//script | //b"), ==, 0);
  expression = g_strdup_printf ("//tr[@data-indicator-id='%s']/th", cls_indicator_get_id (indicator));
  title = xpath_string (doc, expression);
  g_assert_cmpstr (title, ==, HOSTILE);
  heading = xpath_string (doc, "//section[@class='axis'][1]/h2");
  g_assert_cmpstr (heading, ==, "A&B \"1\" / " HOSTILE);
  page_title = xpath_string (doc, "//h1");
  g_assert_cmpstr (page_title, ==, "Rapport <b>&amp;</b> 'ok'");
  check_rows (doc, evaluation);
  xmlFreeDoc (doc);
}

static void
test_properties (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  g_autoptr(ClsEvaluation) previous = evaluate_period (contract, "2025");
  g_autoptr(ClsReport) report = cls_report_new (evaluation);
  g_autoptr(ClsEvaluation) got = NULL;
  g_autofree char *language = NULL;
  g_autofree char *title = NULL;

  g_assert_true (cls_report_get_evaluation (report) == evaluation);
  g_assert_null (cls_report_get_previous (report));
  g_assert_cmpstr (cls_report_get_language (report), ==, "fr");
  g_assert_null (cls_report_get_title (report));

  g_object_set (report, "previous", previous, "language", "en", "title", "COPIL 2026", NULL);
  g_object_get (report, "evaluation", &got, "language", &language, "title", &title, NULL);
  g_assert_true (got == evaluation);
  g_assert_true (cls_report_get_previous (report) == previous);
  g_assert_cmpstr (language, ==, "en");
  g_assert_cmpstr (title, ==, "COPIL 2026");

  cls_report_set_language (report, NULL);
  g_assert_cmpstr (cls_report_get_language (report), ==, "fr");
  cls_report_set_previous (report, NULL);
  g_assert_null (cls_report_get_previous (report));
  cls_report_set_title (report, NULL);
  g_assert_null (cls_report_get_title (report));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GMainLoop *loop = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (cls_report_save_to_file_finish (CLS_REPORT (source), result, &error));
  g_assert_no_error (error);
  g_main_loop_quit (loop);
}

static void
test_save (void)
{
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  g_autoptr(ClsReport) report = cls_report_new (evaluation);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = cls_report_to_html (report);
  g_autofree char *dir = g_dir_make_tmp ("cls-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *async_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) async_file = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GFile) missing = NULL;
  gsize length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.html", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (cls_report_save_to_file (report, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (html, NULL), g_bytes_get_size (html));

  async_path = g_build_filename (dir, "async.html", NULL);
  async_file = g_file_new_for_path (async_path);
  cls_report_save_to_file_async (report, async_file, NULL, saved_cb, loop);
  g_main_loop_run (loop);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (async_path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (html, NULL), g_bytes_get_size (html));

  /* a folder that does not exist */
  missing = g_file_new_build_filename (dir, "nowhere", "report.html", NULL);
  g_assert_false (cls_report_save_to_file (report, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (async_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* SVG numbers keep a decimal point under a locale with a decimal comma */
static void
test_locale (void)
{
  const char *locales[] = { "fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "de_DE.utf8" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(ClsContract) contract = load_example ("tutorial.cls.xml");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  g_autoptr(GBytes) html = NULL;
  xmlXPathObject *attributes;
  const char *found = NULL;
  xmlDoc *doc;
  gsize i;
  int j;

  for (i = 0; i < G_N_ELEMENTS (locales) && found == NULL; i++)
    if (setlocale (LC_NUMERIC, locales[i]) != NULL)
      found = locales[i];
  if (found == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }
  html = report_html (evaluation, NULL, NULL);
  setlocale (LC_NUMERIC, saved);

  doc = parse_report (html);
  attributes = xpath (doc, "//*[local-name()='svg']//@*[local-name()='x' or local-name()='y' "
                           "or local-name()='width' or local-name()='x1' or local-name()='cy']");
  g_assert_nonnull (attributes->nodesetval);
  for (j = 0; j < attributes->nodesetval->nodeNr; j++)
    {
      xmlChar *value = xmlNodeGetContent (attributes->nodesetval->nodeTab[j]);

      g_assert_null (strchr ((const char *) value, ','));
      xmlFree (value);
    }
  xmlXPathFreeObject (attributes);
  xmlFreeDoc (doc);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/examples", test_examples);
  g_test_add_func ("/report/kinds", test_kinds);
  g_test_add_func ("/report/contents", test_contents);
  g_test_add_func ("/report/deliverables", test_deliverable_states);
  g_test_add_func ("/report/hostile", test_hostile);
  g_test_add_func ("/report/properties", test_properties);
  g_test_add_func ("/report/save", test_save);
  g_test_add_func ("/report/locale", test_locale);

  return g_test_run ();
}
