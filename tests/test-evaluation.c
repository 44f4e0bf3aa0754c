/* test-evaluation.c: the evaluation engine against the method
 * (shared/design/evaluation-method.md), number by number
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each test builds a small contract as an XML string (most with the same
 * minimal contract, 2025-01-01 → 2028-12-31, 1461 days) and checks the
 * figures of its evaluation against values computed by hand from the
 * method. Expected values are written as the method's arithmetic
 * (48.0 * 365 / 1461), never copied from the engine's output.
 */

#include <libcls/cls.h>

#include "cls-test-util.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#define EPSILON 1e-9
#define assert_near(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), EPSILON)

/* Days of the usual test contract, 2025-01-01 → 2028-12-31. */
#define CONTRACT_DAYS 1461.0

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

static ClsContract *
load_xml (const char *xml)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  ClsContract *contract;

  contract = cls_loader_load_from_bytes (loader, bytes, "test.cls.xml", &error);
  if (error != NULL)
    g_printerr ("could not load:\n%s\n", xml);
  g_assert_no_error (error);
  g_assert_nonnull (contract);
  return contract;
}

/* A contract from @start to @end; @extra goes between the period and the
 * plan (territory, settings, scales, amendments…, in the format's order);
 * @plan is the content of <plan>. */
static ClsContract *
contract_with_dates (const char *start,
                     const char *end,
                     const char *extra,
                     const char *plan)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"test\">\n"
    "  <title>Contrat de test</title>\n"
    "  <acronym>CT</acronym>\n"
    "  <period start=\"%s\" end=\"%s\"/>\n"
    "%s\n"
    "  <plan>\n%s\n  </plan>\n"
    "</contract>\n",
    start, end, extra != NULL ? extra : "", plan);

  return load_xml (xml);
}

static ClsContract *
contract_plan (const char *extra,
               const char *plan)
{
  return contract_with_dates ("2025-01-01", "2028-12-31", extra, plan);
}

/* The usual case: the indicators in one action, node "a", code "A". */
static ClsContract *
contract_indicators (const char *extra,
                     const char *indicators)
{
  g_autofree char *plan = g_strdup_printf (
    "<node id=\"a\" code=\"A\"><title>Action</title>\n%s\n</node>", indicators);

  return contract_plan (extra, plan);
}

static ClsEvaluation *
evaluate (ClsEvaluator *evaluator,
          ClsContract  *contract)
{
  g_autoptr(GError) error = NULL;
  ClsEvaluation *evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  return evaluation;
}

static void
evaluator_set_period (ClsEvaluator *evaluator,
                      const char   *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) period = cls_period_parse (text, &error);

  g_assert_no_error (error);
  cls_evaluator_set_period (evaluator, period);
  g_assert_cmpint (cls_evaluator_get_kind (evaluator), ==, CLS_EVALUATION_KIND_PERIOD);
}

static void
evaluator_set_day (ClsEvaluator *evaluator,
                   int           year,
                   int           month,
                   int           day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  cls_evaluator_set_date (evaluator, &date);
  g_assert_cmpint (cls_evaluator_get_kind (evaluator), ==, CLS_EVALUATION_KIND_TO_DATE);
}

static ClsEvaluation *
evaluate_period (ClsContract *contract,
                 const char  *period)
{
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();

  evaluator_set_period (evaluator, period);
  return evaluate (evaluator, contract);
}

static ClsEvaluation *
evaluate_at (ClsContract *contract,
             int          year,
             int          month,
             int          day)
{
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();

  evaluator_set_day (evaluator, year, month, day);
  return evaluate (evaluator, contract);
}

static ClsEvaluation *
evaluate_final (ClsContract *contract)
{
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  return evaluate (evaluator, contract);
}

static ClsIndicatorResult *
indicator (ClsEvaluation *evaluation,
           const char    *id)
{
  ClsIndicatorResult *result = cls_evaluation_lookup_indicator (evaluation, id);

  if (result == NULL)
    g_error ("no result for indicator %s", id);
  g_assert_cmpstr (cls_indicator_result_get_id (result), ==, id);
  return result;
}

static ClsNodeResult *
node (ClsEvaluation *evaluation,
      const char    *id)
{
  ClsNodeResult *result = cls_evaluation_lookup_node (evaluation, id);

  if (result == NULL)
    g_error ("no result for node %s", id);
  return result;
}

#define assert_status(result, expected) \
  g_assert_cmpstr (cls_status_to_string (cls_indicator_result_get_status (result)), ==, \
                   cls_status_to_string (expected))
#define assert_node_status(result, expected) \
  g_assert_cmpstr (cls_status_to_string (cls_node_result_get_status (result)), ==, \
                   cls_status_to_string (expected))

/* The raw achievement r of @id, which must exist. */
static double
achievement (ClsEvaluation *evaluation,
             const char    *id)
{
  ClsIndicatorResult *result = indicator (evaluation, id);

  if (!cls_indicator_result_has_achievement (result))
    g_error ("%s has no achievement (status %s): %s", id,
             cls_status_to_string (cls_indicator_result_get_status (result)),
             cls_indicator_result_get_explanation (result, "en"));
  return cls_indicator_result_get_achievement (result);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” should contain “%s”", haystack != NULL ? haystack : "(null)", needle);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  g_assert_nonnull (haystack);
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” should not contain “%s”", haystack, needle);
}

/* The JSON object of indicator @id in the evaluation's JSON. */
static JsonObject *
json_indicator (JsonParser *parser,
                const char *id)
{
  JsonArray *indicators = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                        "indicators");
  guint i;

  for (i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *object = json_array_get_object_element (indicators, i);
      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }
  g_error ("no indicator %s in the JSON", id);
  return NULL;
}

static JsonParser *
parse_json (ClsEvaluation *evaluation)
{
  g_autofree char *json = cls_evaluation_to_json (evaluation, FALSE);
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return parser;
}

static ClsContract *
load_tutorial (void)
{
  return load_example ("tutorial.cls.xml");
}

/* ------------------------------------------------------------------ */
/* The worked example of the method                                    */
/* ------------------------------------------------------------------ */

#define WORKED_EXAMPLE \
  "<node id=\"fa\" code=\"FA 1.1\"><title>Séances d'éducation à la santé</title>\n" \
  "  <indicator id=\"seances\" unit=\"séances\"><title>Nombre de séances</title>\n" \
  "    <target value=\"48\"/>\n" \
  "    <measurement period=\"2025\" value=\"10\"/>\n" \
  "    <measurement period=\"2026\" value=\"14\"/>\n" \
  "  </indicator>\n" \
  "  <indicator id=\"satisfaction\" kind=\"ratio\" unit=\"%\"><title>Taux de satisfaction</title>\n" \
  "    <baseline value=\"70\"/>\n" \
  "    <target value=\"85\"/>\n" \
  "    <measurement period=\"2025\" numerator=\"81\" denominator=\"100\"/>\n" \
  "    <measurement period=\"2026\" numerator=\"90\" denominator=\"90\"/>\n" \
  "  </indicator>\n" \
  "</node>"

static void
test_worked_period (void)
{
  g_autoptr(ClsContract) contract = contract_plan (NULL, WORKED_EXAMPLE);
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  ClsIndicatorResult *seances = indicator (evaluation, "seances");
  double target = 48.0 * 365 / 1461;

  g_assert_cmpint (cls_evaluation_get_kind (evaluation), ==, CLS_EVALUATION_KIND_PERIOD);
  g_assert_false (cls_evaluation_has_expected (evaluation));

  /* target = 48 × 365/1461 = 11.99 → r = 14 / 11.99 = 1.168 → achieved */
  g_assert_true (cls_indicator_result_has_value (seances));
  assert_near (cls_indicator_result_get_value (seances), 14);
  g_assert_true (cls_indicator_result_has_target (seances));
  assert_near (cls_indicator_result_get_target (seances), target);
  g_assert_cmpint (cls_indicator_result_get_target_source (seances), ==, CLS_TARGET_SOURCE_PRORATED);
  assert_near (cls_indicator_result_get_achievement (seances), 14 / target);
  /* exactly 20454/17520 = 1.16747; the method's “1.168” divides by the
   * target already rounded to 11.99 */
  g_assert_cmpfloat (cls_indicator_result_get_achievement (seances), >, 1.1674);
  g_assert_cmpfloat (cls_indicator_result_get_achievement (seances), <, 1.1675);
  assert_near (cls_indicator_result_get_score (seances), 1);
  assert_status (seances, CLS_STATUS_ACHIEVED);
  /* a period evaluation has no pace */
  g_assert_false (cls_indicator_result_has_pace (seances));
  g_assert_cmpint (cls_indicator_result_get_n_measurements (seances), ==, 1);
  assert_contains (cls_indicator_result_get_explanation (seances, "en"), "48 × 365/1461");
  assert_contains (cls_indicator_result_get_explanation (seances, "en"), "11.99");
  assert_contains (cls_indicator_result_get_explanation (seances, "fr"), "11,99");
  assert_contains (cls_indicator_result_get_explanation (seances, "en"), "117%");
}

static void
check_worked_to_date (ClsEvaluation *evaluation,
                      const char    *seances_id,
                      const char    *satisfaction_id,
                      const char    *node_id)
{
  ClsIndicatorResult *seances = indicator (evaluation, seances_id);
  ClsIndicatorResult *satisfaction = indicator (evaluation, satisfaction_id);
  ClsNodeResult *fa = node (evaluation, node_id);
  double e = 730.0 / 1461;

  g_assert_true (cls_evaluation_has_expected (evaluation));
  assert_near (cls_evaluation_get_expected (evaluation), e);

  /* v = 24, r = 24/48 = 0.5, e = 730/1461 → pace 1.0007 → on-track; p = 0.5 */
  assert_near (cls_indicator_result_get_value (seances), 24);
  assert_near (cls_indicator_result_get_target (seances), 48);
  g_assert_cmpint (cls_indicator_result_get_target_source (seances), ==, CLS_TARGET_SOURCE_FINAL);
  g_assert_cmpint (cls_indicator_result_get_aggregation (seances), ==, CLS_AGGREGATION_SUM);
  assert_near (cls_indicator_result_get_achievement (seances), 0.5);
  assert_near (cls_indicator_result_get_score (seances), 0.5);
  g_assert_true (cls_indicator_result_has_expected (seances));
  assert_near (cls_indicator_result_get_expected (seances), e);
  g_assert_true (cls_indicator_result_has_pace (seances));
  assert_near (cls_indicator_result_get_pace (seances), 0.5 / e);
  g_assert_cmpfloat (cls_indicator_result_get_pace (seances), >, 1.0006);
  g_assert_cmpfloat (cls_indicator_result_get_pace (seances), <, 1.0007);
  assert_status (seances, CLS_STATUS_ON_TRACK);
  g_assert_cmpint (cls_indicator_result_get_n_measurements (seances), ==, 2);

  /* v = 100 × 171/190 = 90 → r = (90 − 70)/(85 − 70) = 1.333 → achieved, p = 1 */
  g_assert_cmpint (cls_indicator_result_get_aggregation (satisfaction), ==, CLS_AGGREGATION_POOLED);
  assert_near (cls_indicator_result_get_value (satisfaction), 90);
  g_assert_true (cls_indicator_result_has_numerator (satisfaction));
  g_assert_true (cls_indicator_result_has_denominator (satisfaction));
  assert_near (cls_indicator_result_get_numerator (satisfaction), 171);
  assert_near (cls_indicator_result_get_denominator (satisfaction), 190);
  assert_near (cls_indicator_result_get_factor (satisfaction), 100);
  g_assert_true (cls_indicator_result_has_baseline (satisfaction));
  assert_near (cls_indicator_result_get_baseline (satisfaction), 70);
  assert_near (cls_indicator_result_get_target (satisfaction), 85);
  assert_near (cls_indicator_result_get_achievement (satisfaction), (90.0 - 70) / (85 - 70));
  assert_near (cls_indicator_result_get_score (satisfaction), 1);
  assert_status (satisfaction, CLS_STATUS_ACHIEVED);
  assert_contains (cls_indicator_result_get_explanation (satisfaction, "en"), "100 × 171 / 190");
  assert_contains (cls_indicator_result_get_explanation (satisfaction, "fr"), "100 × 171 / 190");
  assert_contains (cls_indicator_result_get_explanation (satisfaction, "en"), "133%");

  /* the action: (0.5 + 1)/2 = 0.75, coverage 1, pace 0.75/0.4997 = 1.50 →
   * on-track, not achieved */
  g_assert_true (cls_node_result_has_score (fa));
  assert_near (cls_node_result_get_score (fa), 0.75);
  g_assert_true (cls_node_result_has_coverage (fa));
  assert_near (cls_node_result_get_coverage (fa), 1);
  g_assert_true (cls_node_result_has_pace (fa));
  assert_near (cls_node_result_get_pace (fa), 0.75 / e);
  assert_node_status (fa, CLS_STATUS_ON_TRACK);
  g_assert_cmpuint (cls_node_result_get_n_indicators (fa), ==, 2);
  g_assert_cmpuint (cls_node_result_get_count (fa, CLS_STATUS_ACHIEVED), ==, 1);
  g_assert_cmpuint (cls_node_result_get_count (fa, CLS_STATUS_ON_TRACK), ==, 1);
  assert_contains (cls_node_result_get_explanation (fa, "en"), "75%");
}

static void
test_worked_to_date (void)
{
  g_autoptr(ClsContract) contract = contract_plan (NULL, WORKED_EXAMPLE);
  g_autoptr(ClsEvaluation) evaluation = evaluate_at (contract, 2026, 12, 31);
  ClsNodeResult *root = cls_evaluation_get_root (evaluation);

  g_assert_cmpint (cls_evaluation_get_kind (evaluation), ==, CLS_EVALUATION_KIND_TO_DATE);
  check_worked_to_date (evaluation, "seances", "satisfaction", "fa");
  /* the contract has only this action */
  assert_near (cls_node_result_get_score (root), 0.75);
  g_assert_cmpuint (cls_node_result_get_n_indicators (root), ==, 2);
  g_assert_cmpuint (cls_node_result_get_depth (root), ==, 0);
  g_assert_cmpuint (cls_node_result_get_depth (node (evaluation, "fa")), ==, 1);
}

/* The same figures from the tutorial, where the example lives in FA 1.1. */
static void
test_worked_tutorial (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluation) evaluation = evaluate_at (contract, 2026, 12, 31);
  g_autoptr(ClsEvaluation) period = evaluate_period (contract, "2026");

  check_worked_to_date (evaluation, "fa11-seances", "fa11-satisfaction", "fa-1-1");
  assert_near (achievement (period, "fa11-seances"), 14 / (48.0 * 365 / 1461));
  assert_status (indicator (period, "fa11-seances"), CLS_STATUS_ACHIEVED);
}

/* Node weights and depth in the tutorial, period 2026: FA 1.2 (weight 2)
 * averages 0.5 (aides: 15000 / 30000), 1 (MSP done) and Op. 1 (7 / 12
 * planned); Op. 2 is not started and has no indicator, so it is not
 * scorable. */
static void
test_tutorial_tree (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  double fa12 = (0.5 + 1 + 7.0 / 12) / 3;

  assert_near (cls_node_result_get_score (node (evaluation, "fa-1-1")), 1);
  assert_near (cls_node_result_get_score (node (evaluation, "op-1-2-1")), 7.0 / 12);
  assert_near (cls_node_result_get_score (node (evaluation, "fa-1-2")), fa12);
  assert_near (cls_node_result_get_weight (node (evaluation, "fa-1-2")), 2);
  assert_node_status (node (evaluation, "fa-1-2"), CLS_STATUS_AT_RISK);
  assert_node_status (node (evaluation, "op-1-2-2"), CLS_STATUS_NOT_STARTED);
  g_assert_false (cls_node_result_has_score (node (evaluation, "op-1-2-2")));
  assert_near (cls_node_result_get_score (node (evaluation, "o1")), (1 + 2 * fa12) / 3);
  assert_near (cls_node_result_get_coverage (node (evaluation, "o1")), 1);
  g_assert_cmpuint (cls_node_result_get_depth (node (evaluation, "op-1-2-1")), ==, 3);
  /* the satisfaction's 2026 target interpolated: 70 + 15 × 730/1461 */
  assert_near (cls_indicator_result_get_target (indicator (evaluation, "fa11-satisfaction")),
               70 + 15.0 * 730 / 1461);
  assert_near (achievement (evaluation, "fa11-satisfaction"), 30 / (15.0 * 730 / 1461));
  /* the amended target of Op. 1 does not touch its 2026 period target */
  assert_near (cls_indicator_result_get_target (indicator (evaluation, "op121-internes")), 12);
}

/* ------------------------------------------------------------------ */
/* Kinds                                                               */
/* ------------------------------------------------------------------ */

static void
test_kind_count_amount (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"count\"><title>Count</title><target value=\"40\"/>"
    "  <measurement period=\"2025\" value=\"10\"/><measurement period=\"2026\" value=\"12\"/></indicator>"
    /* a flow is counted from zero: the baseline only feeds the trend */
    "<indicator id=\"flow-baseline\"><title>Flow</title><baseline value=\"10\"/><target value=\"40\"/>"
    "  <measurement period=\"2026\" value=\"12\"/></indicator>"
    "<indicator id=\"amount\" kind=\"amount\" unit=\"€\"><title>Amount</title><target value=\"30000\"/>"
    "  <measurement period=\"2025\" value=\"8000\"/><measurement period=\"2026\" value=\"15000\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  ClsIndicatorResult *count = indicator (final, "count");
  ClsIndicatorResult *amount = indicator (final, "amount");

  /* count: sum by default; amount: last */
  g_assert_cmpint (cls_indicator_result_get_kind (count), ==, CLS_INDICATOR_KIND_COUNT);
  g_assert_cmpint (cls_indicator_result_get_aggregation (count), ==, CLS_AGGREGATION_SUM);
  assert_near (cls_indicator_result_get_value (count), 22);
  assert_near (achievement (final, "count"), 22.0 / 40);
  assert_status (count, CLS_STATUS_AT_RISK);

  /* r = v / t = 12/40, not (12 − 10)/(40 − 10); the trend compares 12 with
   * the baseline 10 */
  assert_near (achievement (final, "flow-baseline"), 12.0 / 40);
  g_assert_true (cls_indicator_result_has_baseline (indicator (final, "flow-baseline")));
  g_assert_cmpint (cls_indicator_result_get_trend (indicator (final, "flow-baseline")), ==, CLS_TREND_IMPROVING);
  assert_near (cls_indicator_result_get_previous (indicator (final, "flow-baseline")), 10);
  {
    g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
    /* a period of a flow: T × f(P), not interpolated from the baseline */
    assert_near (cls_indicator_result_get_target (indicator (y2026, "flow-baseline")), 40.0 * 365 / 1461);
  }

  g_assert_cmpint (cls_indicator_result_get_kind (amount), ==, CLS_INDICATOR_KIND_AMOUNT);
  g_assert_cmpint (cls_indicator_result_get_aggregation (amount), ==, CLS_AGGREGATION_LAST);
  assert_near (cls_indicator_result_get_value (amount), 15000);
  assert_near (achievement (final, "amount"), 0.5);
  assert_status (amount, CLS_STATUS_AT_RISK);
  g_assert_cmpstr (cls_indicator_result_get_unit (amount), ==, "€");
  /* the final evaluation expects everything: e = 1, pace = r */
  assert_near (cls_evaluation_get_expected (final), 1);
  assert_near (cls_indicator_result_get_pace (amount), 0.5);
}

static void
test_kind_ratio (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    /* numerator and denominator: pooled */
    "<indicator id=\"parts\" kind=\"ratio\"><title>Parts</title><target value=\"80\"/>"
    "  <measurement period=\"2025\" numerator=\"1\" denominator=\"4\"/>"
    "  <measurement period=\"2026\" numerator=\"9\" denominator=\"10\"/></indicator>"
    /* values only: pooled falls back to the last value */
    "<indicator id=\"values\" kind=\"ratio\"><title>Values</title><target value=\"80\"/>"
    "  <measurement period=\"2025\" value=\"25\"/>"
    "  <measurement period=\"2026\" value=\"60\"/></indicator>"
    /* per mille */
    "<indicator id=\"permille\" kind=\"ratio\" factor=\"1000\"><title>Per mille</title>"
    "  <measurement period=\"2026\" numerator=\"3\" denominator=\"600\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  ClsIndicatorResult *parts = indicator (final, "parts");
  ClsIndicatorResult *values = indicator (final, "values");
  ClsIndicatorResult *permille = indicator (final, "permille");

  /* 100 × (1 + 9)/(4 + 10), never the mean of 25 % and 90 % */
  g_assert_cmpint (cls_indicator_result_get_aggregation (parts), ==, CLS_AGGREGATION_POOLED);
  assert_near (cls_indicator_result_get_value (parts), 100.0 * 10 / 14);
  assert_near (cls_indicator_result_get_numerator (parts), 10);
  assert_near (cls_indicator_result_get_denominator (parts), 14);
  assert_near (achievement (final, "parts"), (100.0 * 10 / 14) / 80);
  assert_status (parts, CLS_STATUS_ON_TRACK);
  assert_contains (cls_indicator_result_get_explanation (parts, "en"), "100 × 10 / 14");

  g_assert_cmpint (cls_indicator_result_get_aggregation (values), ==, CLS_AGGREGATION_LAST);
  assert_near (cls_indicator_result_get_value (values), 60);
  g_assert_false (cls_indicator_result_has_numerator (values));
  assert_near (achievement (final, "values"), 60.0 / 80);
  assert_status (values, CLS_STATUS_ON_TRACK);

  assert_near (cls_indicator_result_get_factor (permille), 1000);
  assert_near (cls_indicator_result_get_value (permille), 5);
  assert_status (permille, CLS_STATUS_NO_TARGET);
  g_assert_false (cls_indicator_result_has_achievement (permille));
  g_assert_false (cls_indicator_result_has_score (permille));
  g_assert_false (cls_indicator_result_get_scorable (permille));
}

#define MILESTONES \
  /* done in 2026, due mid-2027 */ \
  "<indicator id=\"done\" kind=\"milestone\" due=\"2027-06-30\"><title>Done</title><target done=\"true\"/>" \
  "  <measurement period=\"2025\" done=\"false\"/>" \
  "  <measurement period=\"2026\" done=\"true\" date=\"2026-11-16\"/></indicator>" \
  /* not done, due before D */ \
  "<indicator id=\"late\" kind=\"milestone\" due=\"2026-06-30\"><title>Late</title><target done=\"true\"/>" \
  "  <measurement period=\"2025\" done=\"false\"/></indicator>" \
  /* not done, due after D */ \
  "<indicator id=\"ahead\" kind=\"milestone\" due=\"2027-06-30\"><title>Ahead</title><target done=\"true\"/>" \
  "  <measurement period=\"2026\" done=\"false\"/></indicator>" \
  /* the target's due date wins over the indicator's */ \
  "<indicator id=\"target-due\" kind=\"milestone\" due=\"2028-06-30\"><title>Target due</title>" \
  "  <target done=\"true\" due=\"2026-09-30\"/>" \
  "  <measurement period=\"2026\" done=\"false\"/></indicator>" \
  /* no due date: the contract's end */ \
  "<indicator id=\"undated\" kind=\"milestone\"><title>Undated</title><target done=\"true\"/>" \
  "  <measurement period=\"2025\" done=\"false\"/></indicator>"

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static void
test_kind_milestone (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL, MILESTONES);
  g_autoptr(ClsEvaluation) at = evaluate_at (contract, 2026, 12, 31);
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  ClsIndicatorResult *r;

  r = indicator (at, "done");
  assert_status (r, CLS_STATUS_ACHIEVED);
  assert_near (achievement (at, "done"), 1);
  assert_near (cls_indicator_result_get_score (r), 1);
  assert_date (cls_indicator_result_get_done_date (r), 2026, 11, 16);
  assert_date (cls_indicator_result_get_due_date (r), 2027, 6, 30);
  /* a milestone is done or not: no pace */
  g_assert_false (cls_indicator_result_has_pace (r));

  r = indicator (at, "late");
  assert_status (r, CLS_STATUS_OFF_TRACK);
  assert_near (achievement (at, "late"), 0);
  assert_near (cls_indicator_result_get_score (r), 0);
  g_assert_null (cls_indicator_result_get_done_date (r));

  /* not done, due after D: pending, not off-track, and not scored */
  r = indicator (at, "ahead");
  assert_status (r, CLS_STATUS_PENDING);
  g_assert_false (cls_indicator_result_has_achievement (r));
  g_assert_false (cls_indicator_result_has_score (r));
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "2027-06-30");

  r = indicator (at, "target-due");
  assert_date (cls_indicator_result_get_due_date (r), 2026, 9, 30);
  assert_status (r, CLS_STATUS_OFF_TRACK);

  r = indicator (at, "undated");
  assert_date (cls_indicator_result_get_due_date (r), 2028, 12, 31);
  assert_status (r, CLS_STATUS_PENDING);

  /* at the end, everything is due */
  assert_status (indicator (final, "done"), CLS_STATUS_ACHIEVED);
  assert_status (indicator (final, "late"), CLS_STATUS_OFF_TRACK);
  assert_status (indicator (final, "ahead"), CLS_STATUS_OFF_TRACK);
  assert_status (indicator (final, "undated"), CLS_STATUS_OFF_TRACK);
  assert_near (achievement (final, "ahead"), 0);

  /* the node: pending milestones are not scorable; done 1, late 0,
   * target-due 0 → 1/3 */
  assert_near (cls_node_result_get_score (node (at, "a")), 1.0 / 3);
  assert_near (cls_node_result_get_coverage (node (at, "a")), 1);
  g_assert_cmpuint (cls_node_result_get_count (node (at, "a"), CLS_STATUS_PENDING), ==, 2);
}

#define SCALE \
  "<scales><scale id=\"s4\"><name>Satisfaction</name>" \
  "<level key=\"l1\" value=\"1\">Pas du tout</level><level key=\"l2\" value=\"2\">Peu</level>" \
  "<level key=\"l3\" value=\"3\">Satisfait</level><level key=\"l4\" value=\"4\">Très</level>" \
  "</scale></scales>"

#define SURVEY_2025 \
  "<measurement period=\"2025\" respondents=\"20\"><response level=\"l1\" count=\"1\"/>" \
  "<response level=\"l2\" count=\"3\"/><response level=\"l3\" count=\"10\"/><response level=\"l4\" count=\"6\"/></measurement>"
#define SURVEY_2026 \
  "<measurement period=\"2026\" respondents=\"18\"><response level=\"l2\" count=\"2\"/>" \
  "<response level=\"l3\" count=\"9\"/><response level=\"l4\" count=\"7\"/></measurement>"

static void
test_kind_ordinal (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (SCALE,
    /* one level; target defaults to the top level, baseline to the bottom */
    "<indicator id=\"level\" kind=\"ordinal\" scale=\"s4\"><title>Level</title>"
    "  <measurement period=\"2026\" level=\"l3\"/></indicator>"
    /* one level against explicit baseline and target levels */
    "<indicator id=\"levels\" kind=\"ordinal\" scale=\"s4\"><title>Levels</title>"
    "  <baseline level=\"l2\"/><target level=\"l4\"/>"
    "  <measurement period=\"2026\" level=\"l3\"/></indicator>"
    /* one survey: mean level 61/20 = 3.05 */
    "<indicator id=\"survey\" kind=\"ordinal\" scale=\"s4\"><title>Survey</title><target level=\"l3\"/>"
    SURVEY_2025 "</indicator>"
    /* two surveys in the window: counts added, 120/38 */
    "<indicator id=\"surveys\" kind=\"ordinal\" scale=\"s4\"><title>Surveys</title><target level=\"l4\"/>"
    SURVEY_2025 SURVEY_2026 "</indicator>"
    /* % at or above “satisfait”: (16 + 16)/38 */
    "<indicator id=\"above\" kind=\"ordinal\" scale=\"s4\" at-or-above=\"l3\"><title>Above</title>"
    "  <target value=\"90\"/>" SURVEY_2025 SURVEY_2026 "</indicator>"
    /* % at or above with one level: 100 or 0 */
    "<indicator id=\"above-level\" kind=\"ordinal\" scale=\"s4\" at-or-above=\"l3\"><title>Above level</title>"
    "  <target value=\"80\"/><measurement period=\"2026\" level=\"l4\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) year = evaluate_period (contract, "2025");
  ClsIndicatorResult *r;

  r = indicator (final, "level");
  assert_near (cls_indicator_result_get_value (r), 3);
  g_assert_cmpstr (cls_indicator_result_get_level (r), ==, "l3");
  assert_near (cls_indicator_result_get_baseline (r), 1);
  assert_near (cls_indicator_result_get_target (r), 4);
  g_assert_cmpstr (cls_indicator_result_get_target_level (r), ==, "l4");
  g_assert_cmpint (cls_indicator_result_get_target_source (r), ==, CLS_TARGET_SOURCE_SCALE_TOP);
  assert_near (achievement (final, "level"), (3.0 - 1) / (4 - 1));
  assert_status (r, CLS_STATUS_AT_RISK);

  assert_near (achievement (final, "levels"), (3.0 - 2) / (4 - 2));
  assert_status (indicator (final, "levels"), CLS_STATUS_AT_RISK);

  r = indicator (final, "survey");
  assert_near (cls_indicator_result_get_value (r), 61.0 / 20);
  assert_near (cls_indicator_result_get_target (r), 3);
  assert_near (achievement (final, "survey"), (61.0 / 20 - 1) / (3 - 1));
  assert_status (r, CLS_STATUS_ACHIEVED);

  r = indicator (final, "surveys");
  assert_near (cls_indicator_result_get_value (r), 120.0 / 38);
  assert_near (achievement (final, "surveys"), (120.0 / 38 - 1) / (4 - 1));
  assert_status (r, CLS_STATUS_AT_RISK);
  /* the 2025 survey alone in the 2025 window; its target is interpolated
   * from the bottom level: 1 + (4 − 1) × 365/1461 */
  r = indicator (year, "surveys");
  assert_near (cls_indicator_result_get_value (r), 61.0 / 20);
  assert_near (cls_indicator_result_get_target (r), 1 + 3.0 * 365 / 1461);

  r = indicator (final, "above");
  assert_near (cls_indicator_result_get_value (r), 100.0 * 32 / 38);
  assert_near (cls_indicator_result_get_numerator (r), 32);
  assert_near (cls_indicator_result_get_denominator (r), 38);
  /* no baseline for a percentage of respondents: r = v / t */
  g_assert_false (cls_indicator_result_has_baseline (r));
  assert_near (achievement (final, "above"), 100.0 * 32 / 38 / 90);
  assert_status (r, CLS_STATUS_ON_TRACK);
  r = indicator (year, "above");
  assert_near (cls_indicator_result_get_value (r), 80);

  assert_near (cls_indicator_result_get_value (indicator (final, "above-level")), 100);
  assert_status (indicator (final, "above-level"), CLS_STATUS_ACHIEVED);
}

#define FORMULAS \
  "<indicator id=\"declared\"><title>Declared</title>" \
  "  <measurement period=\"2025\" value=\"81\"/><measurement period=\"2026\" value=\"90\"/></indicator>" \
  "<indicator id=\"trained\"><title>Trained</title>" \
  "  <measurement period=\"2025\" value=\"100\"/><measurement period=\"2026\" value=\"90\"/></indicator>" \
  "<indicator id=\"zero\"><title>Zero</title><measurement period=\"2025\" value=\"0\"/></indicator>" \
  "<indicator id=\"rate\" kind=\"formula\" unit=\"%\"><title>Rate</title>" \
  "  <formula>100 * [declared] / [trained]</formula><baseline value=\"70\"/><target value=\"85\"/></indicator>" \
  "<indicator id=\"by-zero\" kind=\"formula\"><title>By zero</title>" \
  "  <formula>100 * [declared] / [zero]</formula><target value=\"10\"/></indicator>" \
  "<indicator id=\"density\" kind=\"formula\"><title>Density</title>" \
  "  <formula>[trained] / [population] * 1000</formula></indicator>"

#define FIGURES \
  "<context><figure id=\"population\" value=\"8000\"><label>Population</label></figure></context>"

static void
test_kind_formula (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (FIGURES, FORMULAS);
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) year = evaluate_period (contract, "2026");
  g_autoptr(JsonParser) parser = NULL;
  ClsIndicatorResult *r;
  JsonObject *object;

  /* the referenced values over the window: 100 × 171 / 190 = 90 */
  r = indicator (final, "rate");
  g_assert_true (cls_indicator_result_has_value (r));
  assert_near (cls_indicator_result_get_value (r), 90);
  assert_near (cls_indicator_result_get_numerator (r), 171);
  assert_near (cls_indicator_result_get_denominator (r), 190);
  assert_near (cls_indicator_result_get_factor (r), 100);
  assert_near (achievement (final, "rate"), (90.0 - 70) / (85 - 70));
  assert_status (r, CLS_STATUS_ACHIEVED);
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "100 × 171 / 190");
  /* in 2026 alone: 100 × 90 / 90 */
  assert_near (cls_indicator_result_get_value (indicator (year, "rate")), 100);

  /* a zero denominator gives no value, never 0 (nor inf, nor NaN) */
  r = indicator (final, "by-zero");
  g_assert_false (cls_indicator_result_has_value (r));
  g_assert_false (cls_indicator_result_has_achievement (r));
  g_assert_false (cls_indicator_result_has_score (r));
  assert_status (r, CLS_STATUS_NO_DATA);
  parser = parse_json (final);
  object = json_indicator (parser, "by-zero");
  g_assert_true (json_object_get_null_member (object, "value"));
  g_assert_true (json_object_get_null_member (object, "achievement"));
  g_assert_true (json_object_get_null_member (object, "score"));

  /* a context figure: 190 / 8000 × 1000 */
  assert_near (cls_indicator_result_get_value (indicator (final, "density")), 190.0 / 8000 * 1000);
  /* in 2025 alone, [zero] has a value; 2026 none at all: no value */
  g_assert_false (cls_indicator_result_has_value (indicator (year, "by-zero")));
}

/* docs/format.md, Formulas: the factor, numerator and denominator “are
 * kept when D is 0 as well, to say why there is no value”. */
static void
test_formula_zero_denominator_parts (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) final = NULL;
  ClsIndicatorResult *r;

  contract = contract_indicators (FIGURES, FORMULAS);
  final = evaluate_final (contract);
  r = indicator (final, "by-zero");
  g_assert_false (cls_indicator_result_has_value (r));
  g_assert_true (cls_indicator_result_has_denominator (r));
  assert_near (cls_indicator_result_get_denominator (r), 0);
  assert_near (cls_indicator_result_get_numerator (r), 171);
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "171 / 0");
}

static void
test_kind_narrative (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"count\"><title>Count</title><target value=\"10\" period=\"2025\"/>"
    "  <target value=\"10\" period=\"2026\"/>"
    "  <measurement period=\"2025\" value=\"10\"/><measurement period=\"2026\" value=\"6\"/></indicator>"
    "<indicator id=\"story\" kind=\"narrative\"><title>Dynamique partenariale</title>"
    "  <measurement period=\"2026\" author=\"Coordination\" date=\"2026-12-10\">"
    "    <text>Partenariats solides avec la CPAM.</text></measurement></indicator>");
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  g_autoptr(ClsEvaluation) y2025 = evaluate_period (contract, "2025");
  ClsIndicatorResult *r = indicator (y2026, "story");

  assert_status (r, CLS_STATUS_ASSESSED);
  g_assert_cmpstr (cls_indicator_result_get_text (r), ==, "Partenariats solides avec la CPAM.");
  g_assert_false (cls_indicator_result_has_value (r));
  g_assert_false (cls_indicator_result_has_achievement (r));
  g_assert_false (cls_indicator_result_has_target (r));
  g_assert_false (cls_indicator_result_get_scorable (r));
  assert_contains (cls_indicator_result_get_explanation (r, "fr"), "Partenariats solides");

  r = indicator (y2025, "story");
  assert_status (r, CLS_STATUS_NO_DATA);
  g_assert_false (cls_indicator_result_get_scorable (r));

  /* a narrative is not scorable: the node is the count alone, coverage 1
   * whether assessed or not */
  assert_near (cls_node_result_get_score (node (y2026, "a")), 0.6);
  assert_near (cls_node_result_get_coverage (node (y2026, "a")), 1);
  assert_near (cls_node_result_get_score (node (y2025, "a")), 1);
  assert_near (cls_node_result_get_coverage (node (y2025, "a")), 1);
  g_assert_cmpuint (cls_node_result_get_count (node (y2026, "a"), CLS_STATUS_ASSESSED), ==, 1);
  g_assert_cmpuint (cls_node_result_get_count (node (y2025, "a"), CLS_STATUS_NO_DATA), ==, 1);
}

/* ------------------------------------------------------------------ */
/* Aggregations                                                        */
/* ------------------------------------------------------------------ */

#define SERIES(id, kind, aggregation) \
  "<indicator id=\"" id "\" kind=\"" kind "\" aggregation=\"" aggregation "\"><title>" id "</title>" \
  "  <measurement period=\"2025\" value=\"10\"/><measurement period=\"2026\" value=\"4\"/>" \
  "  <measurement period=\"2027\" value=\"7\"/></indicator>"

static void
test_aggregations (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    SERIES ("sum", "amount", "sum")
    SERIES ("last", "count", "last")
    SERIES ("mean", "count", "mean")
    SERIES ("min", "amount", "min")
    SERIES ("max", "count", "max")
    /* the latest period, whatever the order in the file */
    "<indicator id=\"last-unordered\" kind=\"amount\"><title>Unordered</title>"
    "  <measurement period=\"2027\" value=\"7\"/><measurement period=\"2025\" value=\"10\"/>"
    "  <measurement period=\"2026\" value=\"4\"/></indicator>"
    "<indicator id=\"pooled\" kind=\"ratio\"><title>Pooled</title>"
    "  <measurement period=\"2025\" numerator=\"1\" denominator=\"4\"/>"
    "  <measurement period=\"2026\" numerator=\"9\" denominator=\"10\"/></indicator>"
    "<indicator id=\"ratio-mean\" kind=\"ratio\" aggregation=\"mean\"><title>Mean of %</title>"
    "  <measurement period=\"2025\" numerator=\"1\" denominator=\"4\"/>"
    "  <measurement period=\"2026\" numerator=\"9\" denominator=\"10\"/></indicator>"
    /* one measurement without numerator and denominator: last */
    "<indicator id=\"pooled-fallback\" kind=\"ratio\"><title>Fallback</title>"
    "  <measurement period=\"2025\" numerator=\"1\" denominator=\"4\"/>"
    "  <measurement period=\"2026\" value=\"60\"/>"
    "  <measurement period=\"2027-S1\" numerator=\"3\" denominator=\"4\"/></indicator>"
    "<indicator id=\"pooled-fallback-2\" kind=\"ratio\"><title>Fallback 2</title>"
    "  <measurement period=\"2025\" value=\"60\"/>"
    "  <measurement period=\"2026\" numerator=\"1\" denominator=\"4\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  struct { const char *id; ClsAggregation aggregation; double value; } expected[] = {
    { "sum", CLS_AGGREGATION_SUM, 21 },
    { "last", CLS_AGGREGATION_LAST, 7 },
    { "mean", CLS_AGGREGATION_MEAN, 7 },
    { "min", CLS_AGGREGATION_MIN, 4 },
    { "max", CLS_AGGREGATION_MAX, 10 },
    { "last-unordered", CLS_AGGREGATION_LAST, 7 },
    { "pooled", CLS_AGGREGATION_POOLED, 100.0 * 10 / 14 },
    { "ratio-mean", CLS_AGGREGATION_MEAN, (25.0 + 90) / 2 },
    { "pooled-fallback", CLS_AGGREGATION_LAST, 75 },
    { "pooled-fallback-2", CLS_AGGREGATION_LAST, 25 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ClsIndicatorResult *r = indicator (final, expected[i].id);

      g_test_message ("%s", expected[i].id);
      g_assert_true (cls_indicator_result_has_value (r));
      g_assert_cmpint (cls_indicator_result_get_aggregation (r), ==, expected[i].aggregation);
      assert_near (cls_indicator_result_get_value (r), expected[i].value);
      assert_status (r, CLS_STATUS_NO_TARGET);
    }
  g_assert_cmpuint (cls_indicator_result_get_n_measurements (indicator (final, "sum")), ==, 3);
  assert_contains (cls_indicator_result_get_explanation (indicator (final, "sum"), "en"), "sum of 3");
  /* the last measurement keeps its parts */
  assert_near (cls_indicator_result_get_numerator (indicator (final, "pooled-fallback-2")), 1);
  assert_near (cls_indicator_result_get_denominator (indicator (final, "pooled-fallback-2")), 4);

  /* each window aggregates only what lies entirely inside it */
  for (i = 0; i < 5; i++)
    assert_near (cls_indicator_result_get_value (indicator (y2026, expected[i].id)), 4);
  assert_near (cls_indicator_result_get_value (indicator (y2026, "pooled")), 90);
  assert_near (cls_indicator_result_get_value (indicator (y2026, "pooled-fallback")), 60);
}

/* ------------------------------------------------------------------ */
/* Statuses                                                            */
/* ------------------------------------------------------------------ */

#define PLANNED(id, value) \
  "<indicator id=\"" id "\"><title>" id "</title><target value=\"10\" period=\"2026\"/>" \
  "  <measurement period=\"2026\" value=\"" value "\"/></indicator>"

static void
test_statuses (void)
{
  g_autoptr(ClsContract) contract = contract_plan (NULL,
    "<node id=\"a\" code=\"A\"><title>A</title>"
    PLANNED ("achieved", "10") PLANNED ("over", "13") PLANNED ("on-track", "8")
    PLANNED ("on-track-edge", "7.5") PLANNED ("at-risk", "6") PLANNED ("at-risk-edge", "5")
    PLANNED ("off-track", "4.9") PLANNED ("nothing", "0")
    "<indicator id=\"no-data\"><title>No data</title><target value=\"10\" period=\"2026\"/>"
    "  <measurement period=\"2025\" value=\"3\"/></indicator>"
    "<indicator id=\"no-target\"><title>No target</title><measurement period=\"2026\" value=\"3\"/></indicator>"
    "<indicator id=\"pending\" kind=\"milestone\" due=\"2027-03-31\"><title>Pending</title>"
    "  <target done=\"true\"/></indicator>"
    "<indicator id=\"not-applicable\"><title>N/A</title>"
    "  <condition met=\"no\">si une consultation ouvre</condition><target value=\"10\" period=\"2026\"/>"
    "  <measurement period=\"2026\" value=\"3\"/></indicator>"
    "<indicator id=\"condition-met\"><title>Condition met</title>"
    "  <condition met=\"yes\">si une consultation ouvre</condition><target value=\"10\" period=\"2026\"/>"
    "  <measurement period=\"2026\" value=\"10\"/></indicator>"
    "<indicator id=\"assessed\" kind=\"narrative\"><title>Assessed</title>"
    "  <measurement period=\"2026\"><text>Bien.</text></measurement></indicator>"
    "</node>"
    "<node id=\"ns\" code=\"NS\" state=\"not-started\"><title>Not started</title>" PLANNED ("not-started", "8") "</node>"
    "<node id=\"ab\" code=\"AB\" state=\"abandoned\"><title>Abandoned</title>" PLANNED ("abandoned", "8") "</node>"
    "<node id=\"pp\" code=\"PP\" state=\"postponed\"><title>Postponed</title>" PLANNED ("postponed", "8") "</node>"
    "<node id=\"ip\" code=\"IP\" state=\"in-progress\"><title>In progress</title>" PLANNED ("in-progress", "8") "</node>"
    "<node id=\"dn\" code=\"DN\" state=\"done\"><title>Done</title>" PLANNED ("done", "8") "</node>");
  g_autoptr(ClsEvaluation) evaluation = evaluate_period (contract, "2026");
  struct { const char *id; ClsStatus status; double r; } expected[] = {
    { "achieved", CLS_STATUS_ACHIEVED, 1 },
    { "over", CLS_STATUS_ACHIEVED, 1.3 },
    { "on-track", CLS_STATUS_ON_TRACK, 0.8 },
    { "on-track-edge", CLS_STATUS_ON_TRACK, 0.75 },
    { "at-risk", CLS_STATUS_AT_RISK, 0.6 },
    { "at-risk-edge", CLS_STATUS_AT_RISK, 0.5 },
    { "off-track", CLS_STATUS_OFF_TRACK, 0.49 },
    { "nothing", CLS_STATUS_OFF_TRACK, 0 },
    { "condition-met", CLS_STATUS_ACHIEVED, 1 },
    { "in-progress", CLS_STATUS_ON_TRACK, 0.8 },
    { "done", CLS_STATUS_ON_TRACK, 0.8 },
    { "no-data", CLS_STATUS_NO_DATA, -1 },
    { "no-target", CLS_STATUS_NO_TARGET, -1 },
    { "pending", CLS_STATUS_PENDING, -1 },
    { "not-applicable", CLS_STATUS_NOT_APPLICABLE, -1 },
    { "assessed", CLS_STATUS_ASSESSED, -1 },
    { "not-started", CLS_STATUS_NOT_STARTED, -1 },
    { "abandoned", CLS_STATUS_ABANDONED, -1 },
    { "postponed", CLS_STATUS_POSTPONED, -1 },
  };
  gboolean seen[CLS_N_STATUSES] = { FALSE, };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ClsIndicatorResult *r = indicator (evaluation, expected[i].id);

      g_test_message ("%s", expected[i].id);
      assert_status (r, expected[i].status);
      g_assert_cmpint (cls_status_is_scored (expected[i].status), ==, expected[i].r >= 0);
      g_assert_cmpint (cls_indicator_result_has_achievement (r), ==, expected[i].r >= 0);
      g_assert_cmpint (cls_indicator_result_has_score (r), ==, expected[i].r >= 0);
      if (expected[i].r >= 0)
        {
          assert_near (cls_indicator_result_get_achievement (r), expected[i].r);
          assert_near (cls_indicator_result_get_score (r), MIN (expected[i].r, 1));
        }
      /* the explanation names the status */
      assert_contains (cls_indicator_result_get_explanation (r, "en"),
                       cls_status_get_label (expected[i].status, "en"));
      assert_contains (cls_indicator_result_get_explanation (r, "fr"),
                       cls_status_get_label (expected[i].status, "fr"));
      seen[expected[i].status] = TRUE;
    }
  for (i = 0; i < CLS_N_STATUSES; i++)
    g_assert_true (seen[i]);

  /* the nodes take their state */
  assert_node_status (node (evaluation, "ns"), CLS_STATUS_NOT_STARTED);
  assert_node_status (node (evaluation, "ab"), CLS_STATUS_ABANDONED);
  assert_node_status (node (evaluation, "pp"), CLS_STATUS_POSTPONED);
  assert_node_status (node (evaluation, "ip"), CLS_STATUS_ON_TRACK);
  /* the counts of the root add up */
  {
    ClsNodeResult *root = cls_evaluation_get_root (evaluation);
    guint total = 0, s;

    for (s = 0; s < CLS_N_STATUSES; s++)
      total += cls_node_result_get_count (root, s);
    g_assert_cmpuint (total, ==, G_N_ELEMENTS (expected));
    g_assert_cmpuint (cls_node_result_get_n_indicators (root), ==, G_N_ELEMENTS (expected));
    g_assert_cmpuint (cls_node_result_get_count (root, CLS_STATUS_ACHIEVED), ==, 3);
  }
  /* status names are the JSON's */
  g_assert_cmpstr (cls_status_to_string (CLS_STATUS_ON_TRACK), ==, "on-track");
  g_assert_cmpstr (cls_status_to_string (CLS_STATUS_NOT_APPLICABLE), ==, "not-applicable");
}

/* The thresholds apply to the pace to date: the same r = 0.3 is on-track
 * early, at-risk later and off-track later still. */
static void
test_status_from_pace (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"i\"><title>I</title><target value=\"100\"/>"
    "  <measurement period=\"2025\" value=\"30\"/></indicator>");
  g_autoptr(ClsEvaluation) early = evaluate_at (contract, 2025, 12, 31);
  g_autoptr(ClsEvaluation) mid = evaluate_at (contract, 2026, 9, 30);
  g_autoptr(ClsEvaluation) late = evaluate_at (contract, 2027, 6, 30);
  g_autoptr(ClsEvaluation) after = evaluate_at (contract, 2030, 1, 1);
  /* days from 2025-01-01: 365; 365 + 273 = 638; 365 + 365 + 181 = 911 */
  double e_early = 365.0 / 1461, e_mid = 638.0 / 1461, e_late = 911.0 / 1461;

  assert_near (cls_evaluation_get_expected (early), e_early);
  assert_near (cls_evaluation_get_expected (mid), e_mid);
  assert_near (cls_evaluation_get_expected (late), e_late);
  assert_near (achievement (early, "i"), 0.3);
  assert_near (achievement (late, "i"), 0.3);
  assert_near (cls_indicator_result_get_pace (indicator (early, "i")), 0.3 / e_early);
  assert_status (indicator (early, "i"), CLS_STATUS_ON_TRACK);
  assert_near (cls_indicator_result_get_pace (indicator (mid, "i")), 0.3 / e_mid);
  assert_status (indicator (mid, "i"), CLS_STATUS_AT_RISK);
  assert_near (cls_indicator_result_get_pace (indicator (late, "i")), 0.3 / e_late);
  assert_status (indicator (late, "i"), CLS_STATUS_OFF_TRACK);
  /* the node follows its pace too */
  assert_node_status (node (early, "a"), CLS_STATUS_ON_TRACK);
  assert_node_status (node (mid, "a"), CLS_STATUS_AT_RISK);
  assert_node_status (node (late, "a"), CLS_STATUS_OFF_TRACK);

  /* e is clamped to [0, 1] (before the start: see the bug test below) */
  assert_near (cls_evaluation_get_expected (after), 1);
  assert_near (cls_indicator_result_get_pace (indicator (after, "i")), 0.3);
  assert_status (indicator (after, "i"), CLS_STATUS_OFF_TRACK);
}

/* e = clamp(days(start → D) ÷ days(contract), 0, 1): a day D before the
 * contract's start is a valid question (e = 0, nothing measured yet). */
static void
test_to_date_before_start (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (30, G_DATE_JUNE, 2024);

  /* There is nothing to evaluate to date before the contract starts: a
   * clear error, not an empty evaluation. */
  contract = contract_indicators (NULL,
    "<indicator id=\"i\"><title>I</title><target value=\"100\"/>"
    "  <measurement period=\"2025\" value=\"30\"/></indicator>");
  cls_evaluator_set_date (evaluator, day);
  before = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_INVALID_SETTINGS);
  g_assert_null (before);
  assert_contains (error->message, "2024-06-30");
}

/* ------------------------------------------------------------------ */
/* Edge cases of achievement                                           */
/* ------------------------------------------------------------------ */

static void
test_target_equals_baseline (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"keep-above\" kind=\"ratio\"><title>Keep</title><baseline value=\"70\"/><target value=\"70\"/>"
    "  <measurement period=\"2026\" value=\"72\"/></indicator>"
    "<indicator id=\"keep-at\" kind=\"ratio\"><title>Keep</title><baseline value=\"70\"/><target value=\"70\"/>"
    "  <measurement period=\"2026\" value=\"70\"/></indicator>"
    "<indicator id=\"keep-below\" kind=\"ratio\"><title>Keep</title><baseline value=\"70\"/><target value=\"70\"/>"
    "  <measurement period=\"2026\" value=\"63\"/></indicator>"
    "<indicator id=\"dec-keep\" kind=\"ratio\" direction=\"decrease\"><title>Keep</title>"
    "  <baseline value=\"20\"/><target value=\"20\"/><measurement period=\"2026\" value=\"25\"/></indicator>"
    "<indicator id=\"dec-keep-ok\" kind=\"ratio\" direction=\"decrease\"><title>Keep</title>"
    "  <baseline value=\"20\"/><target value=\"20\"/><measurement period=\"2026\" value=\"18\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  const char *ids[] = { "keep-above", "keep-at", "keep-below", "dec-keep", "dec-keep-ok" };
  guint i;

  /* (v − b)/(t − b) would divide by zero: the target is met when reached */
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ClsIndicatorResult *r = indicator (final, ids[i]);
      g_assert_true (cls_indicator_result_has_achievement (r));
      g_assert_true (isfinite (cls_indicator_result_get_achievement (r)));
    }
  g_assert_cmpfloat (achievement (final, "keep-above"), >=, 1);
  assert_status (indicator (final, "keep-above"), CLS_STATUS_ACHIEVED);
  assert_near (achievement (final, "keep-at"), 1);
  assert_status (indicator (final, "keep-at"), CLS_STATUS_ACHIEVED);
  assert_near (achievement (final, "keep-below"), 63.0 / 70);
  assert_status (indicator (final, "keep-below"), CLS_STATUS_ON_TRACK);
  assert_near (achievement (final, "dec-keep"), 20.0 / 25);
  assert_status (indicator (final, "dec-keep"), CLS_STATUS_ON_TRACK);
  assert_near (achievement (final, "dec-keep-ok"), 1);
  assert_status (indicator (final, "dec-keep-ok"), CLS_STATUS_ACHIEVED);

  /* interpolation between equal baseline and target stays there */
  assert_near (cls_indicator_result_get_target (indicator (y2026, "keep-below")), 70);
  assert_near (achievement (y2026, "keep-below"), 63.0 / 70);
}

static void
test_target_zero (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"inc-zero\"><title>Inc</title><target value=\"0\"/>"
    "  <measurement period=\"2026\" value=\"3\"/></indicator>"
    "<indicator id=\"inc-zero-0\"><title>Inc</title><target value=\"0\"/>"
    "  <measurement period=\"2026\" value=\"0\"/></indicator>"
    "<indicator id=\"dec-zero\" direction=\"decrease\" aggregation=\"last\"><title>Dec</title><target value=\"0\"/>"
    "  <measurement period=\"2026\" value=\"5\"/></indicator>"
    "<indicator id=\"dec-zero-0\" direction=\"decrease\" aggregation=\"last\"><title>Dec</title><target value=\"0\"/>"
    "  <measurement period=\"2026\" value=\"0\"/></indicator>"
    "<indicator id=\"dec-zero-base\" direction=\"decrease\" aggregation=\"last\"><title>Dec</title>"
    "  <baseline value=\"10\"/><target value=\"0\"/><measurement period=\"2026\" value=\"4\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(JsonParser) parser = parse_json (final);

  /* nothing is divided by 0 */
  assert_near (achievement (final, "inc-zero"), 1);
  assert_status (indicator (final, "inc-zero"), CLS_STATUS_ACHIEVED);
  assert_near (achievement (final, "inc-zero-0"), 1);
  /* decrease without baseline: r = 1 if v ≤ t, else t / v */
  assert_near (achievement (final, "dec-zero"), 0);
  assert_status (indicator (final, "dec-zero"), CLS_STATUS_OFF_TRACK);
  assert_near (achievement (final, "dec-zero-0"), 1);
  assert_status (indicator (final, "dec-zero-0"), CLS_STATUS_ACHIEVED);
  /* decrease with baseline: (b − v)/(b − t) = 6/10 */
  assert_near (achievement (final, "dec-zero-base"), 0.6);
  assert_status (indicator (final, "dec-zero-base"), CLS_STATUS_AT_RISK);
  /* the JSON has numbers, not NaN or infinities (which JSON cannot hold) */
  g_assert_cmpfloat (json_object_get_double_member (json_indicator (parser, "dec-zero"), "achievement"), ==, 0);
}

static void
test_denominator_zero (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"empty\" kind=\"ratio\"><title>0/0</title><target value=\"80\"/>"
    "  <measurement period=\"2026\" numerator=\"0\" denominator=\"0\"/></indicator>"
    "<indicator id=\"mixed\" kind=\"ratio\"><title>0/0 and 9/10</title><target value=\"80\"/>"
    "  <measurement period=\"2025\" numerator=\"0\" denominator=\"0\"/>"
    "  <measurement period=\"2026\" numerator=\"9\" denominator=\"10\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(JsonParser) parser = parse_json (final);
  ClsIndicatorResult *r = indicator (final, "empty");

  /* no value, never 0 */
  g_assert_false (cls_indicator_result_has_value (r));
  g_assert_false (cls_indicator_result_has_achievement (r));
  assert_status (r, CLS_STATUS_NO_DATA);
  g_assert_true (json_object_get_null_member (json_indicator (parser, "empty"), "value"));
  /* the empty ratio adds nothing to the pool: 100 × 9/10 */
  assert_near (cls_indicator_result_get_value (indicator (final, "mixed")), 90);
  assert_status (indicator (final, "mixed"), CLS_STATUS_ACHIEVED);
  /* the node: one scored of two scorable */
  assert_near (cls_node_result_get_coverage (node (final, "a")), 0.5);
  assert_near (cls_node_result_get_score (node (final, "a")), 1);
}

static void
test_decrease (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"base\" kind=\"ratio\" direction=\"decrease\"><title>Tabac</title>"
    "  <baseline value=\"22\"/><target value=\"18\"/>"
    "  <measurement period=\"2025\" value=\"21\"/><measurement period=\"2026\" value=\"20.5\"/></indicator>"
    "<indicator id=\"base-over\" kind=\"ratio\" direction=\"decrease\"><title>Tabac</title>"
    "  <baseline value=\"22\"/><target value=\"18\"/><measurement period=\"2026\" value=\"16\"/></indicator>"
    "<indicator id=\"base-worse\" kind=\"ratio\" direction=\"decrease\"><title>Tabac</title>"
    "  <baseline value=\"22\"/><target value=\"18\"/><measurement period=\"2026\" value=\"24\"/></indicator>"
    "<indicator id=\"plain\" kind=\"amount\" direction=\"decrease\"><title>Délai</title>"
    "  <target value=\"18\"/><measurement period=\"2026\" value=\"20\"/></indicator>"
    "<indicator id=\"plain-met\" kind=\"amount\" direction=\"decrease\"><title>Délai</title>"
    "  <target value=\"18\"/><measurement period=\"2026\" value=\"12\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) at = evaluate_at (contract, 2026, 12, 31);
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");

  /* (b − v)/(b − t) = (22 − 20.5)/(22 − 18) */
  assert_near (achievement (final, "base"), 1.5 / 4);
  assert_status (indicator (final, "base"), CLS_STATUS_OFF_TRACK);
  assert_near (cls_indicator_result_get_pace (indicator (at, "base")), (1.5 / 4) / (730.0 / 1461));
  assert_status (indicator (at, "base"), CLS_STATUS_ON_TRACK);
  /* below the target: over-achieved, r kept */
  assert_near (achievement (final, "base-over"), 6.0 / 4);
  assert_near (cls_indicator_result_get_score (indicator (final, "base-over")), 1);
  assert_status (indicator (final, "base-over"), CLS_STATUS_ACHIEVED);
  /* worse than the baseline: r < 0, p = 0 */
  assert_near (achievement (final, "base-worse"), -2.0 / 4);
  assert_near (cls_indicator_result_get_score (indicator (final, "base-worse")), 0);
  assert_status (indicator (final, "base-worse"), CLS_STATUS_OFF_TRACK);
  /* no baseline: t / v above the target, 1 at or below it */
  assert_near (achievement (final, "plain"), 18.0 / 20);
  assert_status (indicator (final, "plain"), CLS_STATUS_ON_TRACK);
  assert_near (achievement (final, "plain-met"), 1);
  assert_status (indicator (final, "plain-met"), CLS_STATUS_ACHIEVED);

  /* period 2026: the target interpolated from the baseline,
   * 22 + (18 − 22) × 730/1461, and r against it */
  {
    double t = 22 + (18.0 - 22) * 730 / 1461;
    ClsIndicatorResult *r = indicator (y2026, "base");

    assert_near (cls_indicator_result_get_target (r), t);
    g_assert_cmpint (cls_indicator_result_get_target_source (r), ==, CLS_TARGET_SOURCE_INTERPOLATED);
    assert_near (achievement (y2026, "base"), (22 - 20.5) / (22 - t));
    /* no baseline and not a sum: the final target itself */
    assert_near (cls_indicator_result_get_target (indicator (y2026, "plain")), 18);
    g_assert_cmpint (cls_indicator_result_get_target_source (indicator (y2026, "plain")), ==,
                     CLS_TARGET_SOURCE_FINAL);
  }
}

static void
test_over_achievement (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"i\"><title>Stages</title><target value=\"10\"/>"
    "  <measurement period=\"2025\" value=\"6\"/><measurement period=\"2026\" value=\"7\"/></indicator>"
    "<indicator id=\"j\" kind=\"amount\"><title>Aides</title><target value=\"10\"/>"
    "  <measurement period=\"2026\" value=\"4\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) at = evaluate_at (contract, 2026, 12, 31);
  ClsIndicatorResult *r = indicator (final, "i");

  /* r = 1.3 is kept and shown; only p = 1 feeds the node */
  assert_near (cls_indicator_result_get_achievement (r), 1.3);
  assert_near (cls_indicator_result_get_score (r), 1);
  assert_status (r, CLS_STATUS_ACHIEVED);
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "130%");
  assert_near (cls_node_result_get_score (node (final, "a")), (1 + 0.4) / 2);
  /* to date, r ≥ 1 is achieved whatever the pace */
  assert_status (indicator (at, "i"), CLS_STATUS_ACHIEVED);
  assert_near (cls_indicator_result_get_pace (indicator (at, "i")), 1.3 / (730.0 / 1461));
}

/* Statuses are decided on unrounded values: 0.7499999 displays as 75 %
 * but is below the 0.75 threshold. */
static void
test_rounding_only_for_display (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"i\"><title>I</title><target value=\"10000000\"/>"
    "  <target value=\"10000000\" period=\"2026\"/>"
    "  <measurement period=\"2026\" value=\"7499999\"/></indicator>"
    "<indicator id=\"j\"><title>J</title><target value=\"10000000\"/>"
    "  <measurement period=\"2026\" value=\"9999999\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  g_autoptr(JsonParser) parser = parse_json (final);
  ClsIndicatorResult *r = indicator (final, "i");

  assert_near (cls_indicator_result_get_achievement (r), 0.7499999);
  assert_status (r, CLS_STATUS_AT_RISK);
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "75%");
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "(at risk)");
  assert_lacks (cls_indicator_result_get_explanation (r, "en"), "on track");
  assert_status (indicator (y2026, "i"), CLS_STATUS_AT_RISK);
  assert_near (achievement (y2026, "i"), 0.7499999);
  /* 0.9999999 shows as 100 % and is not achieved */
  assert_status (indicator (final, "j"), CLS_STATUS_ON_TRACK);
  assert_contains (cls_indicator_result_get_explanation (indicator (final, "j"), "en"), "100%");
  /* JSON figures are unrounded */
  g_assert_cmpfloat (json_object_get_double_member (json_indicator (parser, "i"), "achievement"), ==,
                     cls_indicator_result_get_achievement (r));
  /* the node's score as well: (0.7499999 + 0.9999999)/2 < 0.875 */
  assert_near (cls_node_result_get_score (node (final, "a")), (0.7499999 + 0.9999999) / 2);
}

static void
test_comparators (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"exact\" kind=\"amount\"><title>Exact</title><target value=\"10\" comparator=\"exactly\"/>"
    "  <measurement period=\"2026\" value=\"10\"/></indicator>"
    "<indicator id=\"exact-over\" kind=\"amount\"><title>Over</title><target value=\"10\" comparator=\"exactly\"/>"
    "  <measurement period=\"2026\" value=\"12.5\"/></indicator>"
    "<indicator id=\"exact-under\" kind=\"amount\"><title>Under</title><target value=\"10\" comparator=\"exactly\"/>"
    "  <measurement period=\"2026\" value=\"6\"/></indicator>"
    "<indicator id=\"at-least\" kind=\"amount\"><title>At least</title>"
    "  <target value=\"10\" comparator=\"at-least\"/><measurement period=\"2026\" value=\"8\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);

  assert_near (achievement (final, "exact"), 1);
  assert_status (indicator (final, "exact"), CLS_STATUS_ACHIEVED);
  /* missing it on either side is not achieved */
  assert_near (achievement (final, "exact-over"), 10 / 12.5);
  assert_status (indicator (final, "exact-over"), CLS_STATUS_ON_TRACK);
  assert_near (achievement (final, "exact-under"), 0.6);
  assert_status (indicator (final, "exact-under"), CLS_STATUS_AT_RISK);
  assert_near (achievement (final, "at-least"), 0.8);
}

/* The two example lines of section 7, in French. */
static void
test_explanations (void)
{
  g_autoptr(ClsContract) contract = contract_plan (NULL,
    "<node id=\"fa13\" code=\"FA 1.3\"><title>Attractivité</title>"
    "<indicator id=\"stages\" unit=\"réalisés\"><title>Nombre de stages effectués</title>"
    "  <target value=\"12\" period=\"2026\"/><measurement period=\"2026\" value=\"9\"/></indicator>"
    "<indicator id=\"satisfaction\" kind=\"ratio\" unit=\"%\"><title>Taux de satisfaction</title>"
    "  <baseline value=\"70\"/><target value=\"85\"/>"
    "  <measurement period=\"2025\" numerator=\"81\" denominator=\"100\"/>"
    "  <measurement period=\"2026\" numerator=\"90\" denominator=\"90\"/></indicator>"
    "</node>");
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  const char *text;

  /* FA 1.3 / Nombre de stages effectués — 2026 : 9 réalisés / 12 prévus → 75 % (en bonne voie) */
  text = cls_indicator_result_get_explanation (indicator (y2026, "stages"), "fr");
  g_assert_true (g_str_has_prefix (text, "FA 1.3 / Nombre de stages effectués — 2026"));
  assert_contains (text, "9 réalisés");
  assert_contains (text, "12 prévus");
  assert_contains (text, "75\xc2\xa0%");
  assert_contains (text, cls_status_get_label (CLS_STATUS_ON_TRACK, "fr"));
  text = cls_indicator_result_get_explanation (indicator (y2026, "stages"), "en");
  assert_contains (text, "12 planned");
  assert_contains (text, "75%");
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_null (strchr (text, '\n'));

  /* Taux de satisfaction — pooled: 100 × 171 / 190 = 90 % (base 70 %, cible 85 %) → 133 % (achieved) */
  text = cls_indicator_result_get_explanation (indicator (final, "satisfaction"), "fr");
  assert_contains (text, "100 × 171 / 190 = 90");
  assert_contains (text, "70");
  assert_contains (text, "85");
  assert_contains (text, "133\xc2\xa0%");
  assert_contains (text, cls_status_get_label (CLS_STATUS_ACHIEVED, "fr"));
  /* French decimals take a comma */
  text = cls_indicator_result_get_explanation (indicator (y2026, "satisfaction"), "fr");
  assert_contains (text, "77,49");
  assert_lacks (text, "77.49");
  /* the node line says its coverage */
  assert_contains (cls_node_result_get_explanation (node (final, "fa13"), "en"), "coverage");
}

/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

static void
test_leap_years (void)
{
  g_autoptr(ClsContract) contract = contract_with_dates ("2024-01-01", "2027-12-31", NULL,
    "<node id=\"a\" code=\"A\"><title>A</title>"
    "<indicator id=\"flow\"><title>Flow</title><target value=\"1461\"/>"
    "  <measurement period=\"2024\" value=\"366\"/><measurement period=\"2025\" value=\"300\"/></indicator>"
    "<indicator id=\"stock\" kind=\"amount\"><title>Stock</title><baseline value=\"0\"/><target value=\"1461\"/>"
    "  <measurement period=\"2024\" value=\"366\"/></indicator>"
    "</node>");
  g_autoptr(ClsEvaluation) y2024 = evaluate_period (contract, "2024");
  g_autoptr(ClsEvaluation) y2025 = evaluate_period (contract, "2025");
  g_autoptr(ClsEvaluation) feb = evaluate_period (contract, "2024-02");
  g_autoptr(ClsEvaluation) at_leap_day = evaluate_at (contract, 2024, 2, 29);
  g_autoptr(ClsEvaluation) at_end_2024 = evaluate_at (contract, 2024, 12, 31);
  g_autoptr(ClsPeriod) period = cls_contract_dup_period (contract);

  g_assert_cmpuint (cls_period_get_days (period), ==, 1461);
  /* 2024 has 366 days: T × 366/1461 */
  assert_near (cls_indicator_result_get_target (indicator (y2024, "flow")), 366);
  assert_near (achievement (y2024, "flow"), 1);
  assert_contains (cls_indicator_result_get_explanation (indicator (y2024, "flow"), "en"), "366/1461");
  assert_near (cls_indicator_result_get_target (indicator (y2025, "flow")), 365);
  assert_near (cls_indicator_result_get_target (indicator (feb, "flow")), 29);
  /* interpolation: b + (T − b) × g, g = 366/1461 at the end of 2024 */
  assert_near (cls_indicator_result_get_target (indicator (y2024, "stock")), 366);
  assert_near (cls_indicator_result_get_target (indicator (y2025, "stock")), 731);
  /* e counts both ends */
  assert_near (cls_evaluation_get_expected (at_leap_day), 60.0 / 1461);
  assert_near (cls_evaluation_get_expected (at_end_2024), 366.0 / 1461);
}

static void
test_period_crossing_contract_ends (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"flow\"><title>Flow</title><target value=\"1461\"/>"
    "  <measurement period=\"2028-S2\" value=\"150\"/><measurement period=\"2029\" value=\"10\"/></indicator>"
    "<indicator id=\"stock\" kind=\"amount\"><title>Stock</title><baseline value=\"100\"/><target value=\"1561\"/>"
    "  <measurement period=\"2028-S2\" value=\"1000\"/></indicator>");
  /* a contract that starts mid-2024 and ends mid-2028: 1461 days too */
  g_autoptr(ClsContract) shifted = contract_with_dates ("2024-07-01", "2028-06-30", NULL,
    "<node id=\"a\" code=\"A\"><title>A</title>"
    "<indicator id=\"flow\"><title>Flow</title><target value=\"1461\"/>"
    "  <measurement period=\"2024-S2\" value=\"150\"/></indicator>"
    "<indicator id=\"stock\" kind=\"amount\"><title>Stock</title><baseline value=\"100\"/><target value=\"1561\"/>"
    "  <measurement period=\"2024-S2\" value=\"200\"/></indicator>"
    "</node>");
  g_autoptr(ClsEvaluation) tail = evaluate_period (contract, "2028-07-01/2029-06-30");
  g_autoptr(ClsEvaluation) head = evaluate_period (shifted, "2024");
  g_autoptr(ClsEvaluation) tail2 = evaluate_period (shifted, "2028");

  /* f uses only the 184 days of 2028-07-01 → 2028-12-31 */
  assert_near (cls_indicator_result_get_target (indicator (tail, "flow")), 184);
  assert_near (cls_indicator_result_get_value (indicator (tail, "flow")), 150);
  assert_near (achievement (tail, "flow"), 150.0 / 184);
  assert_status (indicator (tail, "flow"), CLS_STATUS_ON_TRACK);
  /* g stops at the contract's end: the final target */
  assert_near (cls_indicator_result_get_target (indicator (tail, "stock")), 1561);
  assert_near (achievement (tail, "stock"), (1000.0 - 100) / 1461);

  /* 2024 for a contract from 2024-07-01: 184 days inside */
  assert_near (cls_indicator_result_get_target (indicator (head, "flow")), 184);
  assert_near (cls_indicator_result_get_target (indicator (head, "stock")), 100 + 1461.0 * 184 / 1461);
  assert_near (achievement (head, "stock"), (200.0 - 100) / 184);
  /* 2028 for a contract ending 2028-06-30: 182 days (leap year) */
  assert_near (cls_indicator_result_get_target (indicator (tail2, "flow")), 182);
  assert_near (cls_indicator_result_get_target (indicator (tail2, "stock")), 1561);
}

/* A period with no day inside the contract: f(P) = 0, so the method's
 * T × f(P) is 0 and r = v / t is undefined (it “requires t > 0”); the
 * interpolated target is the baseline itself, where r “requires t > b”.
 * Nothing was planned for that period: it must not be “achieved”. */
static void
test_period_outside_contract (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) before = NULL;
  ClsIndicatorResult *r;

  contract = contract_indicators (NULL,
    "<indicator id=\"flow\"><title>Flow</title><target value=\"1461\"/>"
    "  <measurement period=\"2024\" value=\"100\"/></indicator>"
    "<indicator id=\"stock\" kind=\"amount\"><title>Stock</title><baseline value=\"100\"/><target value=\"1561\"/>"
    "  <measurement period=\"2024\" value=\"100\"/></indicator>");
  before = evaluate_period (contract, "2024");
  r = indicator (before, "flow");
  g_assert_false (cls_indicator_result_has_achievement (r));
  g_assert_false (cls_status_is_scored (cls_indicator_result_get_status (r)));
  r = indicator (before, "stock");
  g_assert_false (cls_indicator_result_has_achievement (r));
  g_assert_false (cls_status_is_scored (cls_indicator_result_get_status (r)));
  g_assert_false (cls_node_result_has_score (node (before, "a")));
}

/* ------------------------------------------------------------------ */
/* Targets                                                             */
/* ------------------------------------------------------------------ */

#define RECURRING \
  "<indicator id=\"sessions\" unit=\"sessions\"><title>Sessions</title>" \
  "  <target value=\"2\" recurring=\"annual\">au moins deux sessions par an</target>" \
  "  <measurement period=\"2025\" value=\"2\"/><measurement period=\"2026\" value=\"3\"/>" \
  "  <measurement period=\"2027\" value=\"1\"/><measurement period=\"2028\" value=\"2\"/></indicator>"

static void
test_recurring (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    RECURRING
    /* a period target wins over the recurring one */
    "<indicator id=\"planned\"><title>Planned</title>"
    "  <target value=\"2\" recurring=\"annual\"/><target value=\"4\" period=\"2026\"/>"
    "  <measurement period=\"2026\" value=\"3\"/></indicator>"
    /* a final target wins over the recurring one to date */
    "<indicator id=\"both\"><title>Both</title>"
    "  <target value=\"2\" recurring=\"annual\"/><target value=\"10\"/>"
    "  <measurement period=\"2026\" value=\"3\"/></indicator>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  g_autoptr(ClsEvaluation) y2027 = evaluate_period (contract, "2027");
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  g_autoptr(ClsEvaluation) q1 = evaluate_period (contract, "2026-Q1");
  ClsIndicatorResult *r = indicator (final, "sessions");

  /* final: R × 4 years = 8, v = 8, met in 3 of 4 years */
  g_assert_cmpint (cls_indicator_result_get_target_source (r), ==, CLS_TARGET_SOURCE_RECURRING);
  assert_near (cls_indicator_result_get_target (r), 8);
  assert_near (cls_indicator_result_get_value (r), 8);
  assert_near (achievement (final, "sessions"), 1);
  assert_status (r, CLS_STATUS_ACHIEVED);
  g_assert_cmpint (cls_indicator_result_get_recurring_met (r), ==, 3);
  g_assert_cmpint (cls_indicator_result_get_recurring_years (r), ==, 4);
  assert_contains (cls_indicator_result_get_explanation (r, "fr"), "3/4 années");
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "3/4 years");

  /* one year: R itself */
  r = indicator (y2027, "sessions");
  assert_near (cls_indicator_result_get_target (r), 2);
  g_assert_cmpint (cls_indicator_result_get_target_source (r), ==, CLS_TARGET_SOURCE_RECURRING);
  assert_near (achievement (y2027, "sessions"), 0.5);
  assert_status (r, CLS_STATUS_AT_RISK);
  assert_near (achievement (y2026, "sessions"), 1.5);

  assert_near (cls_indicator_result_get_target (indicator (y2026, "planned")), 4);
  g_assert_cmpint (cls_indicator_result_get_target_source (indicator (y2026, "planned")), ==,
                   CLS_TARGET_SOURCE_PERIOD);
  assert_near (achievement (y2026, "planned"), 0.75);
  assert_near (cls_indicator_result_get_target (indicator (final, "both")), 10);
  g_assert_cmpint (cls_indicator_result_get_target_source (indicator (final, "both")), ==,
                   CLS_TARGET_SOURCE_FINAL);

  /* a quarter is not a year: the recurring annual target does not apply
   * (and there is no final target) */
  g_assert_cmpint (cls_indicator_result_get_target_source (indicator (q1, "sessions")), !=,
                   CLS_TARGET_SOURCE_RECURRING);
}

/* Section 2, rule 1: to date, with no final target, the target is “the
 * recurring target × the number of contract years in the window”. At
 * 2026-12-31 the window 2025-01-01 → 2026-12-31 holds 2 contract years:
 * t = 2 × 2 = 4, v = 2 + 3 = 5, r = 1.25 → achieved. */
static void
test_recurring_to_date (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) at = NULL;
  ClsIndicatorResult *r;
  double e = 730 / CONTRACT_DAYS;

  /* To date, a recurring target of a flow stands for a final target of
   * R × the contract's years (2 × 4 = 8), and the pace accounts for the
   * time elapsed, as for any final target (docs/evaluation.md). */
  contract = contract_indicators (NULL, RECURRING);
  at = evaluate_at (contract, 2026, 12, 31);
  r = indicator (at, "sessions");
  assert_near (cls_indicator_result_get_value (r), 5);
  assert_near (cls_indicator_result_get_target (r), 8);
  assert_near (achievement (at, "sessions"), 5.0 / 8);
  assert_near (cls_indicator_result_get_pace (r), 5.0 / 8 / e);
  assert_status (r, CLS_STATUS_ON_TRACK);
  g_assert_cmpint (cls_indicator_result_get_recurring_met (r), ==, 2);
  g_assert_cmpint (cls_indicator_result_get_recurring_years (r), ==, 2);
}

/* “When P is a year”: the calendar year 2026 written with its dates is
 * still a year, and its period target (2026) already applies to it. */
static void
test_recurring_year_as_dates (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) dates = NULL;
  ClsIndicatorResult *r;

  contract = contract_indicators (NULL, RECURRING);
  dates = evaluate_period (contract, "2026-01-01/2026-12-31");
  r = indicator (dates, "sessions");
  g_assert_true (cls_indicator_result_has_target (r));
  g_assert_cmpint (cls_indicator_result_get_target_source (r), ==, CLS_TARGET_SOURCE_RECURRING);
  assert_near (cls_indicator_result_get_target (r), 2);
  assert_near (achievement (dates, "sessions"), 1.5);
}

/* “The explanation says in how many years it was met”: for a recurring
 * target that is not a flow as well (“2 ETP chaque année”, last value). */
static void
test_recurring_years_not_sum (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluation) final = NULL;
  ClsIndicatorResult *r;

  contract = contract_indicators (NULL,
    "<indicator id=\"etp\" kind=\"amount\"><title>ETP</title><target value=\"2\" recurring=\"annual\"/>"
    "  <measurement period=\"2025\" value=\"2\"/><measurement period=\"2026\" value=\"1\"/>"
    "  <measurement period=\"2027\" value=\"2.5\"/><measurement period=\"2028\" value=\"2\"/></indicator>");
  final = evaluate_final (contract);
  r = indicator (final, "etp");
  /* the last value against R itself */
  assert_near (cls_indicator_result_get_target (r), 2);
  assert_near (achievement (final, "etp"), 1);
  g_assert_cmpint (cls_indicator_result_get_recurring_met (r), ==, 3);
  g_assert_cmpint (cls_indicator_result_get_recurring_years (r), ==, 4);
  assert_contains (cls_indicator_result_get_explanation (r, "fr"), "3/4 années");
}

#define TERRITORY \
  "<territory><name>Val</name><commune id=\"c1\">Un</commune><commune id=\"c2\">Deux</commune>" \
  "<commune id=\"c3\">Trois</commune></territory>"

#define PER_COMMUNE(id, keys) \
  "<indicator id=\"" id "\" dimensions=\"commune\"><title>Personnes formées</title>" \
  "  <target value=\"1\" dimension=\"commune\"" keys ">au moins une personne par commune</target>" \
  "  <measurement period=\"2025\" value=\"5\"><breakdown dimension=\"commune\" key=\"c1\" value=\"5\"/></measurement>" \
  "  <measurement period=\"2026\" value=\"3\"><breakdown dimension=\"commune\" key=\"c2\" value=\"3\"/>" \
  "    <breakdown dimension=\"commune\" key=\"c1\" value=\"0\"/></measurement></indicator>"

static void
test_per_commune (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (TERRITORY,
    PER_COMMUNE ("all", "") PER_COMMUNE ("listed", " keys=\"c1 c3\""));
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  ClsIndicatorResult *r = indicator (final, "all");
  g_autoptr(GListModel) breakdown = cls_indicator_result_get_breakdown (r);
  guint i, n_expected = 0;

  /* every commune of the territory: c1 (5) and c2 (3) meet it, c3 has
   * nothing: r = 2/3 */
  g_assert_cmpstr (cls_indicator_result_get_dimension (r), ==, "commune");
  g_assert_cmpuint (cls_indicator_result_get_keys_expected (r), ==, 3);
  g_assert_cmpuint (cls_indicator_result_get_keys_met (r), ==, 2);
  assert_near (achievement (final, "all"), 2.0 / 3);
  assert_status (r, CLS_STATUS_AT_RISK);
  assert_contains (cls_indicator_result_get_explanation (r, "en"), "2/3");
  g_assert_cmpuint (g_list_model_get_n_items (breakdown), ==, 3);
  for (i = 0; i < g_list_model_get_n_items (breakdown); i++)
    {
      g_autoptr(ClsDimensionValue) value = g_list_model_get_item (breakdown, i);
      const char *key = cls_dimension_value_get_key (value);

      g_assert_cmpstr (cls_dimension_value_get_dimension (value), ==, "commune");
      g_assert_true (cls_dimension_value_has_target (value));
      assert_near (cls_dimension_value_get_target (value), 1);
      n_expected++;
      if (g_str_equal (key, "c1"))
        {
          assert_near (cls_dimension_value_get_value (value), 5);
          g_assert_true (cls_dimension_value_get_met (value));
        }
      else if (g_str_equal (key, "c2"))
        {
          assert_near (cls_dimension_value_get_value (value), 3);
          g_assert_true (cls_dimension_value_get_met (value));
        }
      else
        {
          g_assert_cmpstr (key, ==, "c3");
          g_assert_false (cls_dimension_value_has_value (value));
          g_assert_false (cls_dimension_value_get_met (value));
        }
    }
  g_assert_cmpuint (n_expected, ==, 3);

  /* only the listed communes: c1 meets it, c3 does not; c2 is not expected */
  r = indicator (final, "listed");
  g_assert_cmpuint (cls_indicator_result_get_keys_expected (r), ==, 2);
  g_assert_cmpuint (cls_indicator_result_get_keys_met (r), ==, 1);
  assert_near (achievement (final, "listed"), 0.5);
  assert_status (r, CLS_STATUS_AT_RISK);
}

static void
test_abandoned_action (void)
{
  g_autoptr(ClsContract) contract = contract_plan (NULL,
    "<node id=\"fa\" code=\"FA 1\"><title>Fiche</title>"
    "  <node id=\"op1\" code=\"Op. 1\"><title>Kept</title>"
    "    <indicator id=\"kept\"><title>Kept</title><target value=\"10\"/>"
    "      <measurement period=\"2026\" value=\"8\"/></indicator></node>"
    "  <node id=\"op2\" code=\"Op. 2\" state=\"abandoned\"><title>Dropped</title>"
    "    <indicator id=\"dropped\"><title>Dropped</title><target value=\"10\"/>"
    "      <measurement period=\"2026\" value=\"1\"/></indicator>"
    "    <node id=\"op2a\" code=\"Op. 2a\"><title>Under dropped</title>"
    "      <indicator id=\"under\"><title>Under</title><target value=\"10\"/></indicator></node></node>"
    "</node>");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  ClsNodeResult *fa = node (final, "fa");
  g_autoptr(GListModel) gaps = cls_node_result_get_gaps (cls_evaluation_get_root (final));
  guint i, n_abandoned = 0;

  /* left out of the parent's score: 0.8, not (0.8 + 0.1)/2 */
  assert_near (cls_node_result_get_score (fa), 0.8);
  assert_near (cls_node_result_get_coverage (fa), 1);
  assert_node_status (fa, CLS_STATUS_ON_TRACK);
  assert_node_status (node (final, "op2"), CLS_STATUS_ABANDONED);
  assert_status (indicator (final, "dropped"), CLS_STATUS_ABANDONED);
  assert_status (indicator (final, "under"), CLS_STATUS_ABANDONED);
  g_assert_false (cls_indicator_result_has_score (indicator (final, "dropped")));
  /* still counted */
  g_assert_cmpuint (cls_node_result_get_n_indicators (fa), ==, 3);
  g_assert_cmpuint (cls_node_result_get_count (fa, CLS_STATUS_ABANDONED), ==, 2);
  /* listed as such, once */
  for (i = 0; i < g_list_model_get_n_items (gaps); i++)
    {
      g_autoptr(ClsGap) gap = g_list_model_get_item (gaps, i);

      if (cls_gap_get_reason (gap) != CLS_GAP_REASON_ABANDONED)
        continue;
      n_abandoned++;
      g_assert_cmpstr (cls_gap_get_object_id (gap), ==, "op2");
      assert_contains (cls_gap_get_label (gap), "Op. 2");
    }
  g_assert_cmpuint (n_abandoned, ==, 1);
  assert_contains (cls_node_result_get_explanation (node (final, "op2"), "fr"), "abandonnée");
}

static void
test_amended_targets (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (
    "<amendments><amendment id=\"av-1\" number=\"1\" date=\"2026-06-30\"><title>Avenant 1</title></amendment>"
    "<amendment id=\"av-2\" number=\"2\" date=\"2027-06-30\"><title>Avenant 2</title></amendment></amendments>",
    "<indicator id=\"internes\"><title>Internes</title>"
    "  <target value=\"12\" period=\"2026\"/><target value=\"20\"/>"
    "  <target value=\"24\" amendment=\"av-1\"/>"
    "  <measurement period=\"2025\" value=\"4\"/><measurement period=\"2026\" value=\"7\"/></indicator>"
    "<indicator id=\"twice\"><title>Twice</title><target value=\"10\"/>"
    "  <target value=\"16\" amendment=\"av-2\"/><target value=\"12\" amendment=\"av-1\"/>"
    "  <measurement period=\"2026\" value=\"8\"/></indicator>");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) amended = NULL;
  g_autoptr(ClsEvaluation) initial = NULL;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  g_assert_cmpint (cls_evaluator_get_target_version (evaluator), ==, CLS_TARGET_VERSION_AMENDED);
  amended = evaluate (evaluator, contract);
  cls_evaluator_set_target_version (evaluator, CLS_TARGET_VERSION_INITIAL);
  initial = evaluate (evaluator, contract);

  g_assert_cmpint (cls_evaluation_get_target_version (amended), ==, CLS_TARGET_VERSION_AMENDED);
  g_assert_cmpint (cls_evaluation_get_target_version (initial), ==, CLS_TARGET_VERSION_INITIAL);
  assert_near (cls_indicator_result_get_target (indicator (amended, "internes")), 24);
  g_assert_cmpstr (cls_indicator_result_get_target_amendment (indicator (amended, "internes")), ==, "av-1");
  assert_near (achievement (amended, "internes"), 11.0 / 24);
  assert_status (indicator (amended, "internes"), CLS_STATUS_OFF_TRACK);
  assert_contains (cls_indicator_result_get_explanation (indicator (amended, "internes"), "fr"), "av-1");

  assert_near (cls_indicator_result_get_target (indicator (initial, "internes")), 20);
  g_assert_null (cls_indicator_result_get_target_amendment (indicator (initial, "internes")));
  assert_near (achievement (initial, "internes"), 11.0 / 20);
  assert_status (indicator (initial, "internes"), CLS_STATUS_AT_RISK);

  /* the latest amendment wins, whatever the order in the file */
  assert_near (cls_indicator_result_get_target (indicator (amended, "twice")), 16);
  g_assert_cmpstr (cls_indicator_result_get_target_amendment (indicator (amended, "twice")), ==, "av-2");
  assert_near (cls_indicator_result_get_target (indicator (initial, "twice")), 10);
}

static void
test_missing_data_policy (void)
{
  const char *indicators =
    "<indicator id=\"measured\" weight=\"3\"><title>Measured</title><target value=\"10\"/>"
    "  <measurement period=\"2026\" value=\"10\"/></indicator>"
    "<indicator id=\"missing\"><title>Missing</title><target value=\"10\"/></indicator>"
    "<indicator id=\"untargeted\"><title>Untargeted</title><measurement period=\"2026\" value=\"1\"/></indicator>";
  g_autoptr(ClsContract) exclude = contract_indicators (NULL, indicators);
  g_autoptr(ClsContract) zero = contract_indicators ("<evaluation-settings missing-data=\"zero\"/>", indicators);
  g_autoptr(ClsEvaluation) by_default = evaluate_final (exclude);
  g_autoptr(ClsEvaluation) by_contract = evaluate_final (zero);
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) by_evaluator = NULL;
  g_autoptr(ClsEvaluation) back = NULL;
  ClsNodeResult *a;

  /* exclude: the missing one is left out of the score and lowers the
   * coverage; the untargeted one is not scorable */
  g_assert_cmpint (cls_evaluation_get_missing_data (by_default), ==, CLS_MISSING_DATA_POLICY_EXCLUDE);
  a = node (by_default, "a");
  assert_near (cls_node_result_get_score (a), 1);
  assert_near (cls_node_result_get_coverage (a), 3.0 / 4);
  assert_node_status (a, CLS_STATUS_ACHIEVED);
  g_assert_true (cls_indicator_result_get_scorable (indicator (by_default, "missing")));
  g_assert_false (cls_indicator_result_get_scorable (indicator (by_default, "untargeted")));

  /* zero: it counts as 0 */
  g_assert_cmpint (cls_evaluation_get_missing_data (by_contract), ==, CLS_MISSING_DATA_POLICY_ZERO);
  a = node (by_contract, "a");
  assert_near (cls_node_result_get_score (a), 3.0 / 4);
  assert_near (cls_node_result_get_coverage (a), 3.0 / 4);
  assert_node_status (a, CLS_STATUS_ON_TRACK);

  /* the evaluator overrides the contract, and forgets it */
  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  cls_evaluator_set_missing_data (evaluator, CLS_MISSING_DATA_POLICY_ZERO);
  by_evaluator = evaluate (evaluator, exclude);
  assert_near (cls_node_result_get_score (node (by_evaluator, "a")), 3.0 / 4);
  cls_evaluator_use_contract_settings (evaluator);
  back = evaluate (evaluator, exclude);
  assert_near (cls_node_result_get_score (node (back, "a")), 1);
}

/* A node whose only scorable children have no data: no score, no-data,
 * under both policies. */
static void
test_node_without_scores (void)
{
  const char *plan =
    "<node id=\"top\" code=\"T\"><title>Top</title>"
    "  <node id=\"a\" code=\"A\"><title>A</title>"
    "    <indicator id=\"i\"><title>I</title><target value=\"10\"/></indicator></node>"
    "  <node id=\"b\" code=\"B\" weight=\"3\"><title>B</title>"
    "    <indicator id=\"j\"><title>J</title><target value=\"10\"/>"
    "      <measurement period=\"2026\" value=\"5\"/></indicator></node>"
    "</node>";
  g_autoptr(ClsContract) exclude = contract_plan (NULL, plan);
  g_autoptr(ClsContract) zero = contract_plan ("<evaluation-settings missing-data=\"zero\"/>", plan);
  g_autoptr(ClsEvaluation) e1 = evaluate_final (exclude);
  g_autoptr(ClsEvaluation) e2 = evaluate_final (zero);

  g_assert_false (cls_node_result_has_score (node (e1, "a")));
  assert_node_status (node (e1, "a"), CLS_STATUS_NO_DATA);
  g_assert_false (cls_node_result_has_score (node (e2, "a")));
  assert_node_status (node (e2, "a"), CLS_STATUS_NO_DATA);
  /* node weights: exclude → B alone; zero → 3 × 0.5 / (3 + 1) */
  assert_near (cls_node_result_get_score (node (e1, "top")), 0.5);
  assert_near (cls_node_result_get_coverage (node (e1, "top")), 3.0 / 4);
  assert_near (cls_node_result_get_score (node (e2, "top")), 1.5 / 4);
  assert_near (cls_node_result_get_coverage (node (e2, "top")), 3.0 / 4);
}

static void
test_threshold_overrides (void)
{
  const char *indicators =
    "<indicator id=\"i\"><title>I</title><target value=\"100\"/>"
    "  <measurement period=\"2026\" value=\"70\"/></indicator>";
  g_autoptr(ClsContract) plain = contract_indicators (NULL, indicators);
  g_autoptr(ClsContract) lenient = contract_indicators ("<evaluation-settings on-track=\"0.65\" at-risk=\"0.3\"/>",
                                                        indicators);
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GError) error = NULL;
  ClsEvaluation *evaluation;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  g_assert_true (cls_evaluator_get_use_contract_settings (evaluator));

#define CHECK(contract, status) \
  evaluation = evaluate (evaluator, contract); \
  assert_status (indicator (evaluation, "i"), status); \
  g_object_unref (evaluation)

  CHECK (plain, CLS_STATUS_AT_RISK);
  CHECK (lenient, CLS_STATUS_ON_TRACK);

  cls_evaluator_set_on_track (evaluator, 0.6);
  g_assert_false (cls_evaluator_get_use_contract_settings (evaluator));
  CHECK (plain, CLS_STATUS_ON_TRACK);
  /* the evaluator's on-track, the contract's at-risk */
  cls_evaluator_set_on_track (evaluator, 0.8);
  CHECK (lenient, CLS_STATUS_AT_RISK);
  cls_evaluator_set_at_risk (evaluator, 0.75);
  CHECK (lenient, CLS_STATUS_OFF_TRACK);
  /* exactly at a threshold is at that level */
  cls_evaluator_set_on_track (evaluator, 0.7);
  cls_evaluator_set_at_risk (evaluator, 0.5);
  CHECK (plain, CLS_STATUS_ON_TRACK);

  evaluation = evaluate (evaluator, plain);
  assert_near (cls_evaluation_get_on_track (evaluation), 0.7);
  assert_near (cls_evaluation_get_at_risk (evaluation), 0.5);
  g_object_unref (evaluation);

  cls_evaluator_use_contract_settings (evaluator);
  g_assert_true (cls_evaluator_get_use_contract_settings (evaluator));
  CHECK (plain, CLS_STATUS_AT_RISK);
  CHECK (lenient, CLS_STATUS_ON_TRACK);
  evaluation = evaluate (evaluator, lenient);
  assert_near (cls_evaluation_get_on_track (evaluation), 0.65);
  assert_near (cls_evaluation_get_at_risk (evaluation), 0.3);
  g_object_unref (evaluation);
#undef CHECK
}

/* ------------------------------------------------------------------ */
/* Trends                                                              */
/* ------------------------------------------------------------------ */

#define TWO_YEARS(id, direction, y2025, y2026) \
  "<indicator id=\"" id "\" kind=\"amount\" direction=\"" direction "\"><title>" id "</title>" \
  "  <measurement period=\"2025\" value=\"" y2025 "\"/><measurement period=\"2026\" value=\"" y2026 "\"/></indicator>"

#define TRENDS \
  TWO_YEARS ("up", "increase", "100", "105") \
  TWO_YEARS ("flat", "increase", "100", "100.5") \
  TWO_YEARS ("edge", "increase", "100", "101") \
  TWO_YEARS ("beyond", "increase", "100", "101.5") \
  TWO_YEARS ("down", "increase", "100", "95") \
  TWO_YEARS ("dec-down", "decrease", "100", "95") \
  TWO_YEARS ("dec-up", "decrease", "100", "105") \
  TWO_YEARS ("from-zero", "increase", "0", "2") \
  "<indicator id=\"from-baseline\" kind=\"amount\"><title>Base</title><baseline value=\"100\"/>" \
  "  <measurement period=\"2026\" value=\"105\"/></indicator>" \
  "<indicator id=\"single\" kind=\"amount\"><title>Single</title>" \
  "  <measurement period=\"2026\" value=\"105\"/></indicator>" \
  "<indicator id=\"gap-year\" kind=\"amount\"><title>Gap</title>" \
  "  <measurement period=\"2025\" value=\"100\"/><measurement period=\"2027\" value=\"90\"/></indicator>"

static void
test_trends (void)
{
  g_autoptr(ClsContract) contract = contract_indicators (NULL, TRENDS);
  g_autoptr(ClsContract) tolerant = contract_indicators ("<evaluation-settings trend-tolerance=\"0.1\"/>", TRENDS);
  g_autoptr(ClsEvaluation) y2026 = evaluate_period (contract, "2026");
  g_autoptr(ClsEvaluation) at = evaluate_at (contract, 2026, 12, 31);
  g_autoptr(ClsEvaluation) loose = evaluate_period (tolerant, "2026");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) strict = NULL;
  g_autoptr(ClsEvaluation) y2027 = evaluate_period (contract, "2027");
  g_autoptr(ClsEvaluation) final = evaluate_final (contract);
  struct { const char *id; ClsTrend trend; ClsTrend loose; } expected[] = {
    { "up", CLS_TREND_IMPROVING, CLS_TREND_STABLE },
    { "flat", CLS_TREND_STABLE, CLS_TREND_STABLE },
    { "edge", CLS_TREND_STABLE, CLS_TREND_STABLE },   /* exactly 1 %: within */
    { "beyond", CLS_TREND_IMPROVING, CLS_TREND_STABLE },
    { "down", CLS_TREND_WORSENING, CLS_TREND_STABLE },
    { "dec-down", CLS_TREND_IMPROVING, CLS_TREND_STABLE },
    { "dec-up", CLS_TREND_WORSENING, CLS_TREND_STABLE },
    { "from-zero", CLS_TREND_IMPROVING, CLS_TREND_IMPROVING },
    { "from-baseline", CLS_TREND_IMPROVING, CLS_TREND_STABLE },
    { "single", CLS_TREND_UNKNOWN, CLS_TREND_UNKNOWN },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%s", expected[i].id);
      g_assert_cmpstr (cls_trend_to_string (cls_indicator_result_get_trend (indicator (y2026, expected[i].id))), ==,
                       cls_trend_to_string (expected[i].trend));
      /* to date: the latest measured period against the one before */
      g_assert_cmpstr (cls_trend_to_string (cls_indicator_result_get_trend (indicator (at, expected[i].id))), ==,
                       cls_trend_to_string (expected[i].trend));
      g_assert_cmpstr (cls_trend_to_string (cls_indicator_result_get_trend (indicator (loose, expected[i].id))), ==,
                       cls_trend_to_string (expected[i].loose));
      /* no target: reported, not scored */
      assert_status (indicator (y2026, expected[i].id), CLS_STATUS_NO_TARGET);
    }
  g_assert_true (cls_indicator_result_has_previous (indicator (y2026, "from-baseline")));
  assert_near (cls_indicator_result_get_previous (indicator (y2026, "from-baseline")), 100);
  assert_near (cls_indicator_result_get_previous (indicator (y2026, "up")), 100);
  assert_contains (cls_indicator_result_get_explanation (indicator (y2026, "down"), "en"), "worsening");
  assert_contains (cls_indicator_result_get_explanation (indicator (y2026, "down"), "fr"), "100 → 95");

  /* tolerance 0 through the evaluator: any change counts */
  cls_evaluator_set_trend_tolerance (evaluator, 0);
  evaluator_set_period (evaluator, "2026");
  strict = evaluate (evaluator, tolerant);
  g_assert_cmpint (cls_indicator_result_get_trend (indicator (strict, "flat")), ==, CLS_TREND_IMPROVING);
  assert_near (cls_evaluation_get_trend_tolerance (strict), 0);
  assert_near (cls_evaluation_get_trend_tolerance (loose), 0.1);

  /* 2027 against 2026, which has nothing; then no baseline: unknown */
  g_assert_cmpint (cls_indicator_result_get_trend (indicator (y2027, "gap-year")), ==, CLS_TREND_UNKNOWN);
  /* the final evaluation compares 2026 with 2025 for the two-year ones */
  g_assert_cmpint (cls_indicator_result_get_trend (indicator (final, "down")), ==, CLS_TREND_WORSENING);
}

/* ------------------------------------------------------------------ */
/* Errors and cancellation                                             */
/* ------------------------------------------------------------------ */

static void
test_errors (void)
{
  g_autoptr(ClsContract) undated = cls_contract_new ("undated");
  g_autoptr(ClsContract) half = cls_contract_new ("half");
  g_autoptr(ClsContract) reversed = cls_contract_new ("reversed");
  g_autoptr(ClsContract) contract = contract_indicators (NULL,
    "<indicator id=\"i\"><title>I</title><target value=\"10\"/></indicator>");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GError) error = NULL;
  ClsEvaluation *evaluation;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2025);
  cls_contract_set_start_date (half, &date);
  cls_contract_set_end_date (reversed, &date);
  g_date_set_dmy (&date, 2, G_DATE_JANUARY, 2025);
  cls_contract_set_start_date (reversed, &date);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2026);
  cls_evaluator_set_date (evaluator, &date);

  /* no dates at all, only one, or an end before the start */
  evaluation = cls_evaluator_evaluate (evaluator, undated, NULL, &error);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES);
  g_assert_null (evaluation);
  g_clear_error (&error);
  evaluation = cls_evaluator_evaluate (evaluator, half, NULL, &error);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES);
  g_assert_null (evaluation);
  g_clear_error (&error);
  evaluation = cls_evaluator_evaluate (evaluator, reversed, NULL, &error);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES);
  g_assert_null (evaluation);
  g_clear_error (&error);

  /* a period evaluation without a period */
  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_PERIOD);
  g_assert_null (cls_evaluator_get_period (evaluator));
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_PERIOD);
  g_assert_null (evaluation);
  g_clear_error (&error);
  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);

  /* thresholds out of range */
#define CHECK_INVALID() \
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error); \
  g_assert_error (error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_INVALID_SETTINGS); \
  g_assert_null (evaluation); \
  g_clear_error (&error); \
  cls_evaluator_use_contract_settings (evaluator)

  cls_evaluator_set_on_track (evaluator, 1.5);
  CHECK_INVALID ();
  cls_evaluator_set_at_risk (evaluator, -0.1);
  CHECK_INVALID ();
  cls_evaluator_set_at_risk (evaluator, 0.8);   /* above on-track 0.75 */
  CHECK_INVALID ();
  cls_evaluator_set_on_track (evaluator, 0.4);  /* below at-risk 0.5 */
  CHECK_INVALID ();
  cls_evaluator_set_trend_tolerance (evaluator, -0.01);
  CHECK_INVALID ();
  cls_evaluator_set_on_track (evaluator, NAN);
  CHECK_INVALID ();
#undef CHECK_INVALID

  /* and after all that, it works */
  evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  g_object_unref (evaluation);
}

static void
test_cancelled (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  ClsEvaluation *evaluation;

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  g_cancellable_cancel (cancellable);
  evaluation = cls_evaluator_evaluate (evaluator, contract, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (evaluation);
  g_clear_error (&error);

  /* an uncancelled one changes nothing */
  g_cancellable_reset (cancellable);
  evaluation = cls_evaluator_evaluate (evaluator, contract, cancellable, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  g_object_unref (evaluation);
}

/* GIO's convention: a call given a cancellable that is already cancelled
 * fails with G_IO_ERROR_CANCELLED, whatever the size of the work. */
static void
test_cancelled_empty_plan (void)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(ClsEvaluator) evaluator = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsEvaluation) evaluation = NULL;

  contract = contract_plan (NULL, "<node id=\"a\"><title>No indicator</title></node>");
  evaluator = cls_evaluator_new ();
  cancellable = g_cancellable_new ();
  g_cancellable_cancel (cancellable);
  evaluation = cls_evaluator_evaluate (evaluator, contract, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (evaluation);
}

/* ------------------------------------------------------------------ */
/* Async and threads                                                   */
/* ------------------------------------------------------------------ */

typedef struct
{
  GMainLoop *loop;
  ClsEvaluation *evaluation;
  GError *error;
  guint n_callbacks;
} AsyncData;

static void
evaluated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncData *data = user_data;

  data->evaluation = cls_evaluator_evaluate_finish (CLS_EVALUATOR (source), result, &data->error);
  data->n_callbacks++;
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) sync = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(ClsContract) undated = cls_contract_new ("undated");
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  AsyncData data = { loop, NULL, NULL, 0 };

  evaluator_set_day (evaluator, 2026, 12, 31);
  sync = evaluate (evaluator, contract);
  expected = cls_evaluation_to_json (sync, TRUE);

  cls_evaluator_evaluate_async (evaluator, contract, NULL, evaluated_cb, &data);
  /* the options are taken at the call: changing them now changes nothing */
  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  g_main_loop_run (loop);
  g_assert_cmpuint (data.n_callbacks, ==, 1);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.evaluation);
  got = cls_evaluation_to_json (data.evaluation, TRUE);
  g_assert_cmpstr (got, ==, expected);
  check_worked_to_date (data.evaluation, "fa11-seances", "fa11-satisfaction", "fa-1-1");
  g_clear_object (&data.evaluation);

  /* errors come through finish */
  cls_evaluator_evaluate_async (evaluator, undated, NULL, evaluated_cb, &data);
  g_main_loop_run (loop);
  g_assert_cmpuint (data.n_callbacks, ==, 2);
  g_assert_error (data.error, CLS_EVALUATION_ERROR, CLS_EVALUATION_ERROR_NO_DATES);
  g_assert_null (data.evaluation);
  g_clear_error (&data.error);

  g_cancellable_cancel (cancellable);
  cls_evaluator_evaluate_async (evaluator, contract, cancellable, evaluated_cb, &data);
  g_main_loop_run (loop);
  g_assert_cmpuint (data.n_callbacks, ==, 3);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.evaluation);
  g_clear_error (&data.error);
}

#define N_THREADS 6
#define N_ROUNDS 10

typedef struct
{
  ClsContract *contract;
  ClsEvaluator *shared;
  gboolean own_evaluator;
} ThreadData;

static gpointer
evaluate_thread (gpointer user_data)
{
  ThreadData *data = user_data;
  GPtrArray *outputs = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; i < N_ROUNDS; i++)
    {
      g_autoptr(ClsEvaluator) own = NULL;
      g_autoptr(ClsEvaluation) evaluation = NULL;
      g_autoptr(GError) error = NULL;
      ClsEvaluator *evaluator = data->shared;

      if (data->own_evaluator)
        {
          GDate date;

          own = cls_evaluator_new ();
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2026);
          cls_evaluator_set_date (own, &date);
          evaluator = own;
        }
      evaluation = cls_evaluator_evaluate (evaluator, data->contract, NULL, &error);
      g_assert_no_error (error);
      g_ptr_array_add (outputs, cls_evaluation_to_json (evaluation, FALSE));
    }
  return outputs;
}

static void
test_threads (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluator) shared = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) reference = NULL;
  g_autofree char *expected = NULL;
  GThread *threads[N_THREADS];
  ThreadData data[N_THREADS];
  guint i, j;

  evaluator_set_day (shared, 2026, 12, 31);
  reference = evaluate (shared, contract);
  expected = cls_evaluation_to_json (reference, FALSE);

  for (i = 0; i < N_THREADS; i++)
    {
      data[i] = (ThreadData) { contract, shared, i % 2 == 1 };
      threads[i] = g_thread_new ("evaluate", evaluate_thread, &data[i]);
    }
  for (i = 0; i < N_THREADS; i++)
    {
      GPtrArray *outputs = g_thread_join (threads[i]);

      g_assert_cmpuint (outputs->len, ==, N_ROUNDS);
      for (j = 0; j < outputs->len; j++)
        g_assert_cmpstr (g_ptr_array_index (outputs, j), ==, expected);
      g_ptr_array_unref (outputs);
    }
}

/* ------------------------------------------------------------------ */
/* Results and JSON                                                    */
/* ------------------------------------------------------------------ */

static void
test_result_lists (void)
{
  g_autoptr(ClsContract) contract = load_tutorial ();
  g_autoptr(ClsEvaluation) evaluation = evaluate_final (contract);
  g_autoptr(GListModel) indicators = cls_evaluation_get_indicators (evaluation);
  g_autoptr(GListModel) nodes = cls_evaluation_get_nodes (evaluation);
  g_autoptr(JsonParser) parser = parse_json (evaluation);
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  JsonObject *summary = json_object_get_object_member (root, "summary");
  guint i;

  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (nodes), ==, 9);
  g_assert_true (g_list_model_get_item_type (indicators) == CLS_TYPE_INDICATOR_RESULT);
  g_assert_cmpuint (cls_node_result_get_n_indicators (cls_evaluation_get_root (evaluation)), ==, 14);
  g_assert_null (cls_evaluation_lookup_indicator (evaluation, "nope"));
  g_assert_null (cls_evaluation_lookup_node (evaluation, "nope"));
  g_assert_true (cls_evaluation_get_contract (evaluation) == contract);

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "libcls-evaluation");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "indicators")), ==, 14);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "nodes")), ==, 9);
  g_assert_cmpint (json_object_get_int_member (summary, "indicator-count"), ==, 14);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "evaluation"), "kind"),
                   ==, "final");
  for (i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(ClsIndicatorResult) r = g_list_model_get_item (indicators, i);
      JsonObject *object = json_indicator (parser, cls_indicator_result_get_id (r));

      g_assert_cmpstr (json_object_get_string_member (object, "status"), ==,
                       cls_status_to_string (cls_indicator_result_get_status (r)));
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (object, "explanation"), "fr"),
                       ==, cls_indicator_result_get_explanation (r, "fr"));
      g_assert_cmpint (json_object_get_null_member (object, "achievement"), !=,
                       cls_indicator_result_has_achievement (r));
      if (cls_indicator_result_has_achievement (r))
        g_assert_cmpfloat (json_object_get_double_member (object, "achievement"), ==,
                           cls_indicator_result_get_achievement (r));
    }
}

/* Progress: 0 first, 1 last, growing in between; asynchronously, in the
 * main context of the thread that started the evaluation. */
typedef struct
{
  GArray *fractions;
  GThread *thread;
  gboolean wrong_thread;
  GMainLoop *loop;
  ClsEvaluation *evaluation;
} ProgressData;

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  ProgressData *data = user_data;

  g_array_append_val (data->fractions, fraction);
  if (g_thread_self () != data->thread)
    data->wrong_thread = TRUE;
}

static void
progress_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ProgressData *data = user_data;
  g_autoptr(GError) error = NULL;

  data->evaluation = cls_evaluator_evaluate_finish (CLS_EVALUATOR (source), result, &error);
  g_assert_no_error (error);
  g_main_loop_quit (data->loop);
}

static void
test_progress (void)
{
  g_autoptr(ClsContract) contract = load_example ("clsi-marque-melantois-2025-2028.cls.xml");
  g_autoptr(ClsEvaluator) evaluator = cls_evaluator_new ();
  g_autoptr(ClsEvaluation) sync = NULL;
  g_autoptr(GError) error = NULL;
  ProgressData data = { g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self (), FALSE, NULL, NULL };

  cls_evaluator_set_kind (evaluator, CLS_EVALUATION_KIND_FINAL);
  cls_evaluator_set_progress_func (evaluator, record_progress, &data, NULL);
  sync = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  assert_progress (data.fractions, 3);
  g_assert_false (data.wrong_thread);

  g_array_set_size (data.fractions, 0);
  data.loop = g_main_loop_new (NULL, FALSE);
  cls_evaluator_evaluate_async (evaluator, contract, NULL, progress_done_cb, &data);
  g_main_loop_run (data.loop);
  assert_progress (data.fractions, 3);
  g_assert_false (data.wrong_thread);
  g_assert_nonnull (data.evaluation);

  g_clear_object (&data.evaluation);
  g_main_loop_unref (data.loop);
  g_array_unref (data.fractions);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/worked-example/period", test_worked_period);
  g_test_add_func ("/evaluation/worked-example/to-date", test_worked_to_date);
  g_test_add_func ("/evaluation/worked-example/tutorial", test_worked_tutorial);
  g_test_add_func ("/evaluation/worked-example/tutorial-tree", test_tutorial_tree);
  g_test_add_func ("/evaluation/kind/count-amount", test_kind_count_amount);
  g_test_add_func ("/evaluation/kind/ratio", test_kind_ratio);
  g_test_add_func ("/evaluation/kind/milestone", test_kind_milestone);
  g_test_add_func ("/evaluation/kind/ordinal", test_kind_ordinal);
  g_test_add_func ("/evaluation/kind/formula", test_kind_formula);
  g_test_add_func ("/evaluation/kind/narrative", test_kind_narrative);
  g_test_add_func ("/evaluation/aggregations", test_aggregations);
  g_test_add_func ("/evaluation/statuses", test_statuses);
  g_test_add_func ("/evaluation/status-from-pace", test_status_from_pace);
  g_test_add_func ("/evaluation/edge/target-equals-baseline", test_target_equals_baseline);
  g_test_add_func ("/evaluation/edge/target-zero", test_target_zero);
  g_test_add_func ("/evaluation/edge/denominator-zero", test_denominator_zero);
  g_test_add_func ("/evaluation/edge/decrease", test_decrease);
  g_test_add_func ("/evaluation/edge/over-achievement", test_over_achievement);
  g_test_add_func ("/evaluation/edge/rounding-only-for-display", test_rounding_only_for_display);
  g_test_add_func ("/evaluation/edge/comparators", test_comparators);
  g_test_add_func ("/evaluation/explanations", test_explanations);
  g_test_add_func ("/evaluation/calendar/leap-years", test_leap_years);
  g_test_add_func ("/evaluation/calendar/crossing-contract-ends", test_period_crossing_contract_ends);
  g_test_add_func ("/evaluation/targets/recurring", test_recurring);
  g_test_add_func ("/evaluation/targets/per-commune", test_per_commune);
  g_test_add_func ("/evaluation/targets/amended-initial", test_amended_targets);
  g_test_add_func ("/evaluation/tree/abandoned", test_abandoned_action);
  g_test_add_func ("/evaluation/tree/missing-data", test_missing_data_policy);
  g_test_add_func ("/evaluation/tree/no-scores", test_node_without_scores);
  g_test_add_func ("/evaluation/settings/thresholds", test_threshold_overrides);
  g_test_add_func ("/evaluation/trends", test_trends);
  g_test_add_func ("/evaluation/errors", test_errors);
  g_test_add_func ("/evaluation/cancelled", test_cancelled);
  g_test_add_func ("/evaluation/async", test_async);
  g_test_add_func ("/evaluation/progress", test_progress);
  g_test_add_func ("/evaluation/threads", test_threads);
  g_test_add_func ("/evaluation/results", test_result_lists);
  g_test_add_func ("/evaluation/formula-zero-denominator-parts", test_formula_zero_denominator_parts);
  g_test_add_func ("/evaluation/period-outside-contract", test_period_outside_contract);
  g_test_add_func ("/evaluation/recurring-to-date", test_recurring_to_date);
  g_test_add_func ("/evaluation/cancelled-empty-plan", test_cancelled_empty_plan);
  g_test_add_func ("/evaluation/to-date-before-start", test_to_date_before_start);
  g_test_add_func ("/evaluation/recurring-year-as-dates", test_recurring_year_as_dates);
  g_test_add_func ("/evaluation/recurring-years-not-sum", test_recurring_years_not_sum);

  return g_test_run ();
}
