/* cls-test-util.h: helpers shared by the C test suites
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Header-only (static inline) so that each suite stays one executable
 * built from one file; an unused helper costs nothing.
 */

#pragma once

#include <libcls/cls.h>

static inline GDate *
make_date (int year,
           int month,
           int day)
{
  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static inline ClsPeriod *
parse_period (const char *text)
{
  g_autoptr(GError) error = NULL;
  ClsPeriod *period = cls_period_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (period);
  return period;
}

/* The path of a shipped example contract, e.g. "tutorial.cls.xml" */
static inline char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "examples", name, NULL);
}

static inline ClsContract *
load_example (const char *name)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = example_path (name);
  ClsContract *contract = cls_loader_load_from_path (loader, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  return contract;
}

/* Reports of a ClsProgressFunc: 0 first, 1 last, growing in between, at
 * least min_reports of them and at most 102 (0, each percent, 1). */
static inline void
assert_progress (GArray *fractions,
                 guint   min_reports)
{
  guint i;

  g_assert_cmpuint (fractions->len, >=, min_reports);
  g_assert_cmpuint (fractions->len, <=, 102);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1);
  for (i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
}
