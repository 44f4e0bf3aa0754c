/* test-evaluation-properties.c: properties of the evaluation on generated
 * contracts
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A seeded GRand generates a few hundred contracts (2025-01-01 →
 * 2028-12-31) with random trees, kinds, aggregations, directions,
 * baselines, targets, node states and measurements (quarters), each
 * written as XML and loaded with schema validation. Each is evaluated for a
 * year, to a random date and at the end, and checked for properties that
 * must hold whatever the numbers:
 *
 *  - every score and coverage is in [0, 1]; a score exists exactly when the
 *    status is one of the four scored ones; figures are finite;
 *  - every indicator has a status; each node's counts add up to its
 *    indicator count, which is the sum over its indicators and children;
 *    the root counts every indicator of the contract;
 *  - evaluating twice gives the same JSON; the JSON parses and every
 *    indicator and node object has the members the schema requires (the
 *    full schema is checked in tests/python/test_evaluation.py);
 *  - adding a better measurement (higher for increase, lower for
 *    decrease) in a new period inside the window never lowers r of a sum
 *    or max indicator.
 *
 * CLS_PROPERTY_SEED and CLS_PROPERTY_COUNT change the seed and the number
 * of contracts; a failing contract is printed (as a test message) with its
 * seed.
 */

#include <libcls/cls.h>

#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_SEED 20250101
#define DEFAULT_COUNT 300
#define N_QUARTERS 16            /* 2025-Q1 … 2028-Q4 */

/* ------------------------------------------------------------------ */
/* A generated contract                                                */
/* ------------------------------------------------------------------ */

typedef struct
{
  guint quarter;
  double value;
  double numerator;
  double denominator;            /* a ratio's parts when > 0 */
  gboolean done;
  guint level;                   /* ordinal: a level index, or … */
  gboolean survey;               /* … a survey's counts */
  guint responses[4];
} GenMeasurement;

typedef struct
{
  char *id;
  ClsIndicatorKind kind;
  const char *aggregation;       /* NULL: the kind's default */
  gboolean decrease;
  gboolean at_or_above;
  gboolean has_baseline;
  double baseline;
  guint baseline_level;
  gboolean has_final;
  double final;
  guint final_level;
  gboolean has_period;           /* a target for 2026 */
  double period_target;
  gboolean has_recurring;
  double recurring;
  int due;                       /* milestone: days after the start, or -1 */
  double weight;
  gboolean condition_no;
  char *formula;
  GArray *measurements;          /* GenMeasurement */
  guint used;                    /* bit i: quarter i has a measurement */
} GenIndicator;

typedef struct _GenNode GenNode;
struct _GenNode
{
  char *id;
  const char *state;
  double weight;
  GPtrArray *indicators;         /* GenIndicator */
  GPtrArray *children;           /* GenNode */
};

typedef struct
{
  GenNode *root;                 /* the plan; its own fields unused */
  GPtrArray *all;                /* GenIndicator, not owned, document order */
  guint n_ids;
} GenContract;

static void
gen_indicator_free (gpointer data)
{
  GenIndicator *gi = data;

  g_free (gi->id);
  g_free (gi->formula);
  g_array_unref (gi->measurements);
  g_free (gi);
}

static void
gen_node_free (gpointer data)
{
  GenNode *gn = data;

  g_free (gn->id);
  g_ptr_array_unref (gn->indicators);
  g_ptr_array_unref (gn->children);
  g_free (gn);
}

static void
gen_contract_free (GenContract *gc)
{
  gen_node_free (gc->root);
  g_ptr_array_unref (gc->all);
  g_free (gc);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GenContract, gen_contract_free)

static double
rand_amount (GRand *rand,
             double max)
{
  /* a quarter of the values are whole numbers */
  double value = g_rand_double_range (rand, 0, max);
  return g_rand_int_range (rand, 0, 4) == 0 ? floor (value) : round (value * 100) / 100;
}

static void
add_measurement (GenIndicator   *gi,
                 GenMeasurement *m)
{
  g_assert_false (gi->used & (1u << m->quarter));
  gi->used |= 1u << m->quarter;
  g_array_append_val (gi->measurements, *m);
}

static void
random_measurement (GRand          *rand,
                    GenIndicator   *gi,
                    guint           quarter,
                    GenMeasurement *m)
{
  guint i;

  memset (m, 0, sizeof *m);
  m->quarter = quarter;
  switch (gi->kind)
    {
    case CLS_INDICATOR_KIND_COUNT:
      m->value = g_rand_int_range (rand, 0, 30);
      break;
    case CLS_INDICATOR_KIND_AMOUNT:
      m->value = rand_amount (rand, 1000);
      break;
    case CLS_INDICATOR_KIND_RATIO:
      if (g_rand_int_range (rand, 0, 4) > 0)
        {
          m->denominator = g_rand_int_range (rand, 1, 200);
          m->numerator = g_rand_int_range (rand, 0, (gint32) m->denominator + 1);
        }
      else
        m->value = rand_amount (rand, 100);
      break;
    case CLS_INDICATOR_KIND_MILESTONE:
      m->done = g_rand_boolean (rand);
      break;
    case CLS_INDICATOR_KIND_ORDINAL:
      m->survey = gi->at_or_above || g_rand_boolean (rand);
      if (m->survey)
        for (i = 0; i < 4; i++)
          m->responses[i] = g_rand_int_range (rand, 0, 12);
      else
        m->level = g_rand_int_range (rand, 0, 4);
      break;
    case CLS_INDICATOR_KIND_FORMULA:
    case CLS_INDICATOR_KIND_NARRATIVE:
    default:
      break;
    }
}

static const char *aggregations[] = { "sum", "last", "mean", "min", "max" };

static GenIndicator *
random_indicator (GRand       *rand,
                  GenContract *gc)
{
  GenIndicator *gi = g_new0 (GenIndicator, 1);
  guint n, i, roll = g_rand_int_range (rand, 0, 100);
  GPtrArray *numbers = g_ptr_array_new ();
  double low, high;

  gi->id = g_strdup_printf ("i%u", gc->n_ids++);
  gi->measurements = g_array_new (FALSE, FALSE, sizeof (GenMeasurement));
  gi->weight = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 1, 5) : 1;
  gi->condition_no = g_rand_int_range (rand, 0, 30) == 0;
  gi->due = -1;

  /* formulas refer to counts and amounts generated before them */
  for (i = 0; i < gc->all->len; i++)
    {
      GenIndicator *other = g_ptr_array_index (gc->all, i);
      if (other->kind == CLS_INDICATOR_KIND_COUNT || other->kind == CLS_INDICATOR_KIND_AMOUNT)
        g_ptr_array_add (numbers, other);
    }

  if (roll < 25)
    gi->kind = CLS_INDICATOR_KIND_COUNT;
  else if (roll < 40)
    gi->kind = CLS_INDICATOR_KIND_AMOUNT;
  else if (roll < 60)
    gi->kind = CLS_INDICATOR_KIND_RATIO;
  else if (roll < 72)
    gi->kind = CLS_INDICATOR_KIND_MILESTONE;
  else if (roll < 85)
    gi->kind = CLS_INDICATOR_KIND_ORDINAL;
  else if (roll < 93 && numbers->len >= 2)
    gi->kind = CLS_INDICATOR_KIND_FORMULA;
  else
    gi->kind = CLS_INDICATOR_KIND_NARRATIVE;

  switch (gi->kind)
    {
    case CLS_INDICATOR_KIND_COUNT:
    case CLS_INDICATOR_KIND_AMOUNT:
    case CLS_INDICATOR_KIND_RATIO:
    case CLS_INDICATOR_KIND_FORMULA:
      if (g_rand_boolean (rand))
        gi->aggregation = aggregations[g_rand_int_range (rand, 0, G_N_ELEMENTS (aggregations))];
      if (gi->kind == CLS_INDICATOR_KIND_RATIO && g_rand_int_range (rand, 0, 3) == 0)
        gi->aggregation = "pooled";
      if (gi->kind == CLS_INDICATOR_KIND_FORMULA)
        {
          GenIndicator *a = g_ptr_array_index (numbers, g_rand_int_range (rand, 0, numbers->len));
          GenIndicator *b = g_ptr_array_index (numbers, g_rand_int_range (rand, 0, numbers->len));
          gi->aggregation = NULL;
          gi->formula = g_rand_boolean (rand)
                        ? g_strdup_printf ("100 * [%s] / [%s]", a->id, b->id)
                        : g_strdup_printf ("[%s] + [%s] * 2", a->id, b->id);
        }
      gi->decrease = g_rand_int_range (rand, 0, 3) == 0;
      high = gi->kind == CLS_INDICATOR_KIND_RATIO ? 100 : gi->kind == CLS_INDICATOR_KIND_COUNT ? 200 : 2000;
      gi->has_baseline = g_rand_boolean (rand);
      gi->baseline = rand_amount (rand, high);
      /* targets on the side of the baseline the direction asks for, and
       * sometimes equal to it or 0 */
      low = gi->has_baseline && !gi->decrease ? gi->baseline : 0;
      if (gi->has_baseline && gi->decrease)
        high = gi->baseline;
#define RANDOM_TARGET() \
  (g_rand_int_range (rand, 0, 12) == 0 ? (gi->has_baseline ? gi->baseline : 0) \
                                        : low + rand_amount (rand, high - low))
      gi->has_final = g_rand_int_range (rand, 0, 4) > 0;
      gi->final = RANDOM_TARGET ();
      gi->has_period = g_rand_int_range (rand, 0, 4) == 0;
      gi->period_target = RANDOM_TARGET ();
      gi->has_recurring = g_rand_int_range (rand, 0, 5) == 0;
      gi->recurring = RANDOM_TARGET ();
#undef RANDOM_TARGET
      break;
    case CLS_INDICATOR_KIND_MILESTONE:
      gi->has_final = g_rand_int_range (rand, 0, 4) > 0;
      if (g_rand_boolean (rand))
        gi->due = g_rand_int_range (rand, 0, 1461);
      break;
    case CLS_INDICATOR_KIND_ORDINAL:
      gi->at_or_above = g_rand_int_range (rand, 0, 3) == 0;
      gi->has_final = g_rand_boolean (rand);
      if (gi->at_or_above)
        gi->final = rand_amount (rand, 100);
      else
        {
          gi->has_baseline = g_rand_boolean (rand);
          gi->baseline_level = g_rand_int_range (rand, 0, 4);
          gi->final_level = g_rand_int_range (rand, gi->has_baseline ? gi->baseline_level : 0, 4);
        }
      break;
    case CLS_INDICATOR_KIND_NARRATIVE:
    default:
      break;
    }

  if (gi->kind != CLS_INDICATOR_KIND_FORMULA)
    {
      n = g_rand_int_range (rand, 0, 7);
      for (i = 0; i < n; i++)
        {
          guint quarter = g_rand_int_range (rand, 0, N_QUARTERS);
          GenMeasurement m;

          if (gi->used & (1u << quarter))
            continue;
          random_measurement (rand, gi, quarter, &m);
          add_measurement (gi, &m);
        }
    }

  g_ptr_array_unref (numbers);
  g_ptr_array_add (gc->all, gi);
  return gi;
}

static const char *states[] = { "planned", "in-progress", "done", "not-started", "postponed", "abandoned" };

static GenNode *
random_node (GRand       *rand,
             GenContract *gc,
             guint        depth)
{
  GenNode *gn = g_new0 (GenNode, 1);
  guint i, n;

  gn->id = g_strdup_printf ("n%u", gc->n_ids++);
  gn->state = g_rand_int_range (rand, 0, 6) == 0 ? states[g_rand_int_range (rand, 0, G_N_ELEMENTS (states))]
                                                 : "planned";
  gn->weight = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 1, 4) : 1;
  gn->indicators = g_ptr_array_new_with_free_func (gen_indicator_free);
  gn->children = g_ptr_array_new_with_free_func (gen_node_free);
  /* the root is the plan itself: nodes only, at least one */
  n = depth > 0 ? g_rand_int_range (rand, 0, 5) : 0;
  for (i = 0; i < n; i++)
    g_ptr_array_add (gn->indicators, random_indicator (rand, gc));
  n = depth == 0 ? g_rand_int_range (rand, 1, 5) : depth < 3 ? g_rand_int_range (rand, 0, 3) : 0;
  for (i = 0; i < n; i++)
    g_ptr_array_add (gn->children, random_node (rand, gc, depth + 1));
  return gn;
}

static GenContract *
random_contract (GRand *rand)
{
  GenContract *gc = g_new0 (GenContract, 1);

  gc->all = g_ptr_array_new ();
  gc->root = random_node (rand, gc, 0);
  return gc;
}

/* ------------------------------------------------------------------ */
/* Writing it                                                          */
/* ------------------------------------------------------------------ */

static const char *level_keys[] = { "l1", "l2", "l3", "l4" };

static void
append_number (GString    *out,
               const char *name,
               double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, " %s=\"%s\"", name, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
quarter_period (guint  quarter,
                char  *buffer)
{
  g_snprintf (buffer, 16, "%u-Q%u", 2025 + quarter / 4, quarter % 4 + 1);
}

static void
write_indicator (GString      *out,
                 GenIndicator *gi)
{
  static const char *kinds[] = { "count", "ratio", "amount", "milestone", "ordinal", "formula", "narrative" };
  gboolean numeric = gi->kind != CLS_INDICATOR_KIND_MILESTONE && gi->kind != CLS_INDICATOR_KIND_ORDINAL &&
                     gi->kind != CLS_INDICATOR_KIND_NARRATIVE;
  guint i;

  g_assert_cmpstr (kinds[CLS_INDICATOR_KIND_MILESTONE], ==, "milestone");
  g_string_append_printf (out, "<indicator id=\"%s\" kind=\"%s\"", gi->id, kinds[gi->kind]);
  if (gi->decrease)
    g_string_append (out, " direction=\"decrease\"");
  if (gi->aggregation != NULL)
    g_string_append_printf (out, " aggregation=\"%s\"", gi->aggregation);
  if (gi->weight != 1)
    append_number (out, "weight", gi->weight);
  if (gi->kind == CLS_INDICATOR_KIND_ORDINAL)
    g_string_append (out, " scale=\"s4\"");
  if (gi->at_or_above)
    g_string_append (out, " at-or-above=\"l3\"");
  if (gi->due >= 0)
    {
      GDate date;
      char buffer[16];

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2025);
      g_date_add_days (&date, gi->due);
      g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &date);
      g_string_append_printf (out, " due=\"%s\"", buffer);
    }
  g_string_append_printf (out, "><title>Indicateur %s</title>", gi->id);
  if (gi->condition_no)
    g_string_append (out, "<condition met=\"no\">le cas échéant</condition>");
  if (gi->formula != NULL)
    g_string_append_printf (out, "<formula>%s</formula>", gi->formula);

  if (gi->has_baseline && numeric)
    {
      g_string_append (out, "<baseline");
      append_number (out, "value", gi->baseline);
      g_string_append (out, "/>");
    }
  else if (gi->has_baseline && gi->kind == CLS_INDICATOR_KIND_ORDINAL)
    g_string_append_printf (out, "<baseline level=\"%s\"/>", level_keys[gi->baseline_level]);

  if (numeric || (gi->kind == CLS_INDICATOR_KIND_ORDINAL && gi->at_or_above))
    {
      if (gi->has_period)
        {
          g_string_append (out, "<target");
          append_number (out, "value", gi->period_target);
          g_string_append (out, " period=\"2026\"/>");
        }
      if (gi->has_recurring)
        {
          g_string_append (out, "<target");
          append_number (out, "value", gi->recurring);
          g_string_append (out, " recurring=\"annual\"/>");
        }
      if (gi->has_final)
        {
          g_string_append (out, "<target");
          append_number (out, "value", gi->final);
          g_string_append (out, "/>");
        }
    }
  else if (gi->kind == CLS_INDICATOR_KIND_ORDINAL && gi->has_final)
    g_string_append_printf (out, "<target level=\"%s\"/>", level_keys[gi->final_level]);
  else if (gi->kind == CLS_INDICATOR_KIND_MILESTONE && gi->has_final)
    g_string_append (out, "<target done=\"true\"/>");

  /* measurements in period order, as libcls writes them */
  for (i = 0; i < N_QUARTERS; i++)
    {
      const GenMeasurement *m = NULL;
      char period[16];
      guint j;

      for (j = 0; j < gi->measurements->len; j++)
        if (g_array_index (gi->measurements, GenMeasurement, j).quarter == i)
          m = &g_array_index (gi->measurements, GenMeasurement, j);
      if (m == NULL)
        continue;
      quarter_period (m->quarter, period);
      g_string_append_printf (out, "<measurement period=\"%s\"", period);
      switch (gi->kind)
        {
        case CLS_INDICATOR_KIND_RATIO:
          if (m->denominator > 0)
            {
              append_number (out, "numerator", m->numerator);
              append_number (out, "denominator", m->denominator);
            }
          else
            append_number (out, "value", m->value);
          g_string_append (out, "/>");
          break;
        case CLS_INDICATOR_KIND_MILESTONE:
          g_string_append_printf (out, " done=\"%s\"/>", m->done ? "true" : "false");
          break;
        case CLS_INDICATOR_KIND_ORDINAL:
          if (m->survey)
            {
              g_string_append (out, ">");
              for (j = 0; j < 4; j++)
                g_string_append_printf (out, "<response level=\"%s\" count=\"%u\"/>", level_keys[j],
                                        m->responses[j]);
              g_string_append (out, "</measurement>");
            }
          else
            g_string_append_printf (out, " level=\"%s\"/>", level_keys[m->level]);
          break;
        case CLS_INDICATOR_KIND_NARRATIVE:
          g_string_append_printf (out, "><text>Appréciation %s</text></measurement>", period);
          break;
        default:
          append_number (out, "value", m->value);
          g_string_append (out, "/>");
          break;
        }
    }
  g_string_append (out, "</indicator>\n");
}

static void
write_node (GString *out,
            GenNode *gn)
{
  guint i;

  g_string_append_printf (out, "<node id=\"%s\" code=\"%s\"", gn->id, gn->id);
  if (!g_str_equal (gn->state, "planned"))
    g_string_append_printf (out, " state=\"%s\"", gn->state);
  if (gn->weight != 1)
    append_number (out, "weight", gn->weight);
  g_string_append_printf (out, "><title>Action %s</title>\n", gn->id);
  for (i = 0; i < gn->indicators->len; i++)
    write_indicator (out, g_ptr_array_index (gn->indicators, i));
  for (i = 0; i < gn->children->len; i++)
    write_node (out, g_ptr_array_index (gn->children, i));
  g_string_append (out, "</node>\n");
}

static char *
write_contract (GenContract *gc)
{
  GString *out = g_string_new (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<contract xmlns=\"urn:libcls:contract:1\" format=\"1\" id=\"generated\">\n"
    "<title>Contrat généré</title>\n"
    "<period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"
    "<scales><scale id=\"s4\"><name>Satisfaction</name>"
    "<level key=\"l1\" value=\"1\">1</level><level key=\"l2\" value=\"2\">2</level>"
    "<level key=\"l3\" value=\"3\">3</level><level key=\"l4\" value=\"4\">4</level></scale></scales>\n"
    "<plan>\n");
  guint i;

  g_assert_cmpuint (gc->root->indicators->len, ==, 0);
  for (i = 0; i < gc->root->children->len; i++)
    write_node (out, g_ptr_array_index (gc->root->children, i));
  g_string_append (out, "</plan>\n</contract>\n");
  return g_string_free (out, FALSE);
}

static ClsContract *
load (const char *xml)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  ClsContract *contract = cls_loader_load_from_bytes (loader, bytes, "generated.cls.xml", &error);

  g_assert_no_error (error);
  return contract;
}

/* ------------------------------------------------------------------ */
/* Properties                                                          */
/* ------------------------------------------------------------------ */

static const char *indicator_members[] = {
  "id", "node", "code", "title", "unit", "kind", "aggregation", "direction", "status", "trend",
  "weight", "scorable", "measurements", "value", "numerator", "denominator", "factor", "level",
  "baseline", "target", "target-source", "target-level", "target-amendment", "achievement", "score",
  "expected", "pace", "previous", "done-date", "due-date", "text", "recurring", "dimension",
  "breakdown", "explanation",
};

static const char *node_members[] = {
  "id", "parent", "code", "title", "depth", "status", "weight", "score", "coverage", "pace",
  "scored", "scorable", "indicator-count", "counts", "children", "indicators", "gaps", "explanation",
};

static void
check_members (JsonObject  *object,
               const char **members,
               guint        n_members,
               const char  *what)
{
  guint i;

  for (i = 0; i < n_members; i++)
    if (!json_object_has_member (object, members[i]))
      g_test_fail_printf ("a JSON %s object lacks “%s”", what, members[i]);
}

static gboolean
in_unit_interval (double value)
{
  return value >= 0 && value <= 1;
}

/* Returns the indicator count of @node's subtree. */
static guint
check_node (ClsNodeResult *node)
{
  g_autoptr(GListModel) indicators = cls_node_result_get_indicators (node);
  g_autoptr(GListModel) children = cls_node_result_get_children (node);
  guint i, n, sum = 0;

  n = g_list_model_get_n_items (indicators);
  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(ClsNodeResult) child = g_list_model_get_item (children, i);
      n += check_node (child);
    }
  for (i = 0; i < CLS_N_STATUSES; i++)
    sum += cls_node_result_get_count (node, i);
  g_assert_cmpuint (sum, ==, cls_node_result_get_n_indicators (node));
  g_assert_cmpuint (n, ==, cls_node_result_get_n_indicators (node));
  g_assert_cmpint (cls_node_result_get_status (node), <, CLS_N_STATUSES);
  if (cls_node_result_has_score (node) && !in_unit_interval (cls_node_result_get_score (node)))
    g_test_fail_printf ("node %s: score %g", cls_node_result_get_id (node), cls_node_result_get_score (node));
  if (cls_node_result_has_coverage (node) && !in_unit_interval (cls_node_result_get_coverage (node)))
    g_test_fail_printf ("node %s: coverage %g", cls_node_result_get_id (node),
                        cls_node_result_get_coverage (node));
  if (cls_node_result_has_pace (node))
    g_assert_true (isfinite (cls_node_result_get_pace (node)) && cls_node_result_get_pace (node) >= 0);
  /* a node with a score has a scored status, unless its own state says
   * otherwise */
  if (cls_node_result_has_score (node))
    g_assert_true (cls_status_is_scored (cls_node_result_get_status (node)) ||
                   cls_node_result_get_status (node) == CLS_STATUS_NOT_STARTED ||
                   cls_node_result_get_status (node) == CLS_STATUS_POSTPONED ||
                   cls_node_result_get_status (node) == CLS_STATUS_ABANDONED);
  else
    g_assert_false (cls_status_is_scored (cls_node_result_get_status (node)));
  g_assert_nonnull (cls_node_result_get_explanation (node, "en"));
  g_assert_nonnull (cls_node_result_get_explanation (node, "fr"));
  return n;
}

static void
check_indicator (ClsIndicatorResult *r)
{
  ClsStatus status = cls_indicator_result_get_status (r);

  g_assert_cmpint (status, <, CLS_N_STATUSES);
  g_assert_nonnull (cls_status_to_string (status));
  /* a score exactly when scored, in [0, 1] */
  g_assert_cmpint (cls_indicator_result_has_score (r), ==, cls_status_is_scored (status));
  g_assert_cmpint (cls_indicator_result_has_achievement (r), ==, cls_indicator_result_has_score (r));
  if (cls_indicator_result_has_score (r))
    {
      double a = cls_indicator_result_get_achievement (r);
      double p = cls_indicator_result_get_score (r);

      if (!in_unit_interval (p))
        g_test_fail_printf ("indicator %s: score %g", cls_indicator_result_get_id (r), p);
      g_assert_true (isfinite (a));
      g_assert_cmpfloat (p, ==, CLAMP (a, 0.0, 1.0));
      /* achieved exactly at r ≥ 1 */
      g_assert_cmpint (status == CLS_STATUS_ACHIEVED, ==, a >= 1);
    }
  if (cls_indicator_result_has_value (r))
    g_assert_true (isfinite (cls_indicator_result_get_value (r)));
  if (cls_indicator_result_has_target (r))
    g_assert_true (isfinite (cls_indicator_result_get_target (r)));
  if (cls_indicator_result_has_pace (r))
    g_assert_true (isfinite (cls_indicator_result_get_pace (r)));
  if (cls_indicator_result_has_expected (r))
    g_assert_true (in_unit_interval (cls_indicator_result_get_expected (r)));
  g_assert_nonnull (cls_indicator_result_get_explanation (r, "en"));
  g_assert_nonnull (cls_indicator_result_get_explanation (r, "fr"));
}

static void
check_json (const char *json,
            guint       n_indicators)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *array;
  guint i;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (root);
  check_members (json_object_get_object_member (root, "summary"), node_members,
                 G_N_ELEMENTS (node_members), "summary");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "summary"),
                                               "indicator-count"), ==, n_indicators);
  array = json_object_get_array_member (root, "nodes");
  for (i = 0; i < json_array_get_length (array); i++)
    check_members (json_array_get_object_element (array, i), node_members, G_N_ELEMENTS (node_members), "node");
  array = json_object_get_array_member (root, "indicators");
  g_assert_cmpuint (json_array_get_length (array), ==, n_indicators);
  for (i = 0; i < json_array_get_length (array); i++)
    check_members (json_array_get_object_element (array, i), indicator_members,
                   G_N_ELEMENTS (indicator_members), "indicator");
}

static void
check_evaluation (ClsEvaluator *evaluator,
                  ClsContract  *contract,
                  guint         n_indicators)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsEvaluation) evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_autoptr(ClsEvaluation) again = NULL;
  g_autoptr(GListModel) indicators = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  guint i;

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  indicators = cls_evaluation_get_indicators (evaluation);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n_indicators);
  for (i = 0; i < n_indicators; i++)
    {
      g_autoptr(ClsIndicatorResult) r = g_list_model_get_item (indicators, i);
      check_indicator (r);
    }
  g_assert_cmpuint (check_node (cls_evaluation_get_root (evaluation)), ==, n_indicators);
  g_assert_cmpuint (cls_node_result_get_n_indicators (cls_evaluation_get_root (evaluation)), ==, n_indicators);
  if (cls_evaluation_has_expected (evaluation))
    g_assert_true (in_unit_interval (cls_evaluation_get_expected (evaluation)));

  json = cls_evaluation_to_json (evaluation, FALSE);
  check_json (json, n_indicators);
  again = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  json_again = cls_evaluation_to_json (again, FALSE);
  g_assert_cmpstr (json_again, ==, json);
}

/* The window of @evaluator as quarters [first, last], or FALSE when no
 * whole quarter of the contract is in it. */
static gboolean
window_quarters (ClsEvaluator *evaluator,
                 guint        *first,
                 guint        *last)
{
  const ClsPeriod *period = cls_evaluator_get_period (evaluator);
  const GDate *date = cls_evaluator_get_date (evaluator);
  guint q;
  int year;

  switch (cls_evaluator_get_kind (evaluator))
    {
    case CLS_EVALUATION_KIND_PERIOD:
      year = cls_period_get_year (period);
      *first = (year - 2025) * 4;
      *last = *first + 3;
      return TRUE;
    case CLS_EVALUATION_KIND_TO_DATE:
      /* the quarters that end on or before D */
      for (q = N_QUARTERS; q > 0; q--)
        {
          GDate end;

          g_date_clear (&end, 1);
          g_date_set_dmy (&end, 1, (q % 4) * 3 + 1, 2025 + q / 4);
          g_date_subtract_days (&end, 1);
          if (g_date_compare (&end, date) <= 0)
            break;
        }
      if (q == 0)
        return FALSE;
      *first = 0;
      *last = q - 1;
      return TRUE;
    case CLS_EVALUATION_KIND_FINAL:
    default:
      *first = 0;
      *last = N_QUARTERS - 1;
      return TRUE;
    }
}

static ClsIndicatorResult *
result_of (ClsEvaluator *evaluator,
           ClsContract  *contract,
           const char   *id,
           ClsEvaluation **evaluation)
{
  g_autoptr(GError) error = NULL;

  *evaluation = cls_evaluator_evaluate (evaluator, contract, NULL, &error);
  g_assert_no_error (error);
  return cls_evaluation_lookup_indicator (*evaluation, id);
}

/* Adds a better measurement to one sum or max indicator, in a quarter of
 * the window it has none for, and checks that r does not drop. */
static void
check_better_measurement (GRand        *rand,
                          GenContract  *gc,
                          ClsContract  *contract,
                          ClsEvaluator *evaluator)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(ClsContract) better = NULL;
  g_autoptr(ClsEvaluation) before_evaluation = NULL;
  g_autoptr(ClsEvaluation) after_evaluation = NULL;
  g_autofree char *xml = NULL;
  ClsIndicatorResult *before, *after;
  GenIndicator *gi;
  GenMeasurement m = { 0 };
  guint first, last, i, q, free_quarters[N_QUARTERS], n_free = 0;
  double extreme = 0;

  if (!window_quarters (evaluator, &first, &last))
    return;
  for (i = 0; i < gc->all->len; i++)
    {
      gi = g_ptr_array_index (gc->all, i);
      if ((gi->kind == CLS_INDICATOR_KIND_COUNT || gi->kind == CLS_INDICATOR_KIND_AMOUNT) &&
          (g_strcmp0 (gi->aggregation, "max") == 0 || g_strcmp0 (gi->aggregation, "sum") == 0 ||
           (gi->aggregation == NULL && gi->kind == CLS_INDICATOR_KIND_COUNT)))
        g_ptr_array_add (candidates, gi);
    }
  if (candidates->len == 0)
    return;
  gi = g_ptr_array_index (candidates, g_rand_int_range (rand, 0, candidates->len));
  for (q = first; q <= last; q++)
    if (!(gi->used & (1u << q)))
      free_quarters[n_free++] = q;
  if (n_free == 0)
    return;

  before = result_of (evaluator, contract, gi->id, &before_evaluation);
  g_assert_nonnull (before);
  if (!cls_indicator_result_has_achievement (before))
    return;

  /* higher than anything (increase), or 0, the lowest there is (decrease) */
  for (i = 0; i < gi->measurements->len; i++)
    extreme = MAX (extreme, g_array_index (gi->measurements, GenMeasurement, i).value);
  m.quarter = free_quarters[g_rand_int_range (rand, 0, n_free)];
  m.value = gi->decrease ? 0 : extreme + g_rand_int_range (rand, 0, 20);
  add_measurement (gi, &m);
  xml = write_contract (gc);
  better = load (xml);
  after = result_of (evaluator, better, gi->id, &after_evaluation);
  g_assert_nonnull (after);
  g_assert_true (cls_indicator_result_has_achievement (after));
  if (cls_indicator_result_get_achievement (after) < cls_indicator_result_get_achievement (before) - 1e-12)
    g_test_fail_printf ("%s: adding %g in quarter %u lowered r from %g to %g (%s → %s)", gi->id, m.value,
                        m.quarter, cls_indicator_result_get_achievement (before),
                        cls_indicator_result_get_achievement (after),
                        cls_indicator_result_get_explanation (before, "en"),
                        cls_indicator_result_get_explanation (after, "en"));
  /* and neither its score */
  g_assert_cmpfloat (cls_indicator_result_get_score (after), >=, cls_indicator_result_get_score (before) - 1e-12);
}

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);
  return value != NULL && *value != '\0' ? (guint) strtoul (value, NULL, 10) : fallback;
}

static void
test_properties (void)
{
  guint seed = env_uint ("CLS_PROPERTY_SEED", DEFAULT_SEED);
  guint count = env_uint ("CLS_PROPERTY_COUNT", DEFAULT_COUNT);
  guint i, n_indicators = 0, n_statuses[CLS_N_STATUSES] = { 0, }, s;

  g_test_set_nonfatal_assertions ();
  for (i = 0; i < count; i++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed + i);
      g_autoptr(GenContract) gc = random_contract (rand);
      g_autofree char *xml = write_contract (gc);
      g_autoptr(ClsContract) contract = load (xml);
      g_autoptr(ClsEvaluator) period = cls_evaluator_new ();
      g_autoptr(ClsEvaluator) to_date = cls_evaluator_new ();
      g_autoptr(ClsEvaluator) final = cls_evaluator_new ();
      g_autoptr(ClsPeriod) year = cls_period_new_year (g_rand_int_range (rand, 2025, 2029));
      GDate date;

      if (contract == NULL)
        {
          g_test_message ("contract %u (seed %u) did not load:\n%s", i, seed + i, xml);
          return;
        }
      cls_evaluator_set_period (period, year);
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2025);
      g_date_add_days (&date, g_rand_int_range (rand, 0, 1461 + 200));
      cls_evaluator_set_date (to_date, &date);
      cls_evaluator_set_kind (final, CLS_EVALUATION_KIND_FINAL);
      if (g_rand_int_range (rand, 0, 3) == 0)
        cls_evaluator_set_missing_data (final, CLS_MISSING_DATA_POLICY_ZERO);
      if (g_rand_int_range (rand, 0, 4) == 0)
        cls_evaluator_set_target_version (to_date, CLS_TARGET_VERSION_INITIAL);

      check_evaluation (period, contract, gc->all->len);
      check_evaluation (to_date, contract, gc->all->len);
      check_evaluation (final, contract, gc->all->len);

      {
        g_autoptr(ClsEvaluation) evaluation = cls_evaluator_evaluate (final, contract, NULL, NULL);
        ClsNodeResult *root = cls_evaluation_get_root (evaluation);

        for (s = 0; s < CLS_N_STATUSES; s++)
          n_statuses[s] += cls_node_result_get_count (root, s);
      }
      n_indicators += gc->all->len;

      /* last: it changes the generated contract */
      check_better_measurement (rand, gc, contract, final);
      check_better_measurement (rand, gc, contract, to_date);
      check_better_measurement (rand, gc, contract, period);

      if (g_test_failed ())
        {
          g_test_message ("contract %u (CLS_PROPERTY_SEED=%u CLS_PROPERTY_COUNT=1) failed:\n%s",
                          i, seed + i, xml);
          return;
        }
    }

  /* the generator covers what it should */
  g_test_message ("%u contracts, %u indicators", count, n_indicators);
  if (count >= 100)
    for (s = 0; s < CLS_N_STATUSES; s++)
      {
        g_test_message ("%s: %u", cls_status_to_string (s), n_statuses[s]);
        if (n_statuses[s] == 0 && s != CLS_STATUS_PENDING)
          g_test_fail_printf ("no generated indicator is %s at the end", cls_status_to_string (s));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation/properties", test_properties);

  return g_test_run ();
}
