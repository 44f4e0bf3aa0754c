/* test-period.c: tests for ClsPeriod
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "cls-period.h"
#include "cls-period-private.h"

#include <string.h>

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (&date));

  return g_date_get_julian (&date);
}

/* Parses text, checks the kind and days, and that it writes back as text */
static void
check_parse (const char    *text,
             ClsPeriodKind  kind,
             guint32        start,
             guint32        end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) period = NULL;
  g_autofree char *written = NULL;

  period = cls_period_parse (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (period);

  g_assert_cmpint (cls_period_get_kind (period), ==, kind);
  g_assert_cmpuint (cls_period_get_start_julian (period), ==, start);
  g_assert_cmpuint (cls_period_get_end_julian (period), ==, end);
  g_assert_cmpuint (cls_period_get_days (period), ==, end - start + 1);

  written = cls_period_to_string (period);
  g_assert_cmpstr (written, ==, text);
}

static ClsPeriod *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  ClsPeriod *period;

  period = cls_period_parse (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (period);

  return period;
}

static void
test_parse_year (void)
{
  check_parse ("2026", CLS_PERIOD_KIND_YEAR, julian (2026, 1, 1), julian (2026, 12, 31));
  check_parse ("2024", CLS_PERIOD_KIND_YEAR, julian (2024, 1, 1), julian (2024, 12, 31));
  check_parse ("1000", CLS_PERIOD_KIND_YEAR, julian (1000, 1, 1), julian (1000, 12, 31));
  check_parse ("9999", CLS_PERIOD_KIND_YEAR, julian (9999, 1, 1), julian (9999, 12, 31));
}

static void
test_parse_semester (void)
{
  check_parse ("2026-S1", CLS_PERIOD_KIND_SEMESTER, julian (2026, 1, 1), julian (2026, 6, 30));
  check_parse ("2026-S2", CLS_PERIOD_KIND_SEMESTER, julian (2026, 7, 1), julian (2026, 12, 31));
}

static void
test_parse_quarter (void)
{
  check_parse ("2026-Q1", CLS_PERIOD_KIND_QUARTER, julian (2026, 1, 1), julian (2026, 3, 31));
  check_parse ("2026-Q2", CLS_PERIOD_KIND_QUARTER, julian (2026, 4, 1), julian (2026, 6, 30));
  check_parse ("2026-Q3", CLS_PERIOD_KIND_QUARTER, julian (2026, 7, 1), julian (2026, 9, 30));
  check_parse ("2026-Q4", CLS_PERIOD_KIND_QUARTER, julian (2026, 10, 1), julian (2026, 12, 31));
}

static void
test_parse_month (void)
{
  check_parse ("2026-01", CLS_PERIOD_KIND_MONTH, julian (2026, 1, 1), julian (2026, 1, 31));
  check_parse ("2026-02", CLS_PERIOD_KIND_MONTH, julian (2026, 2, 1), julian (2026, 2, 28));
  check_parse ("2024-02", CLS_PERIOD_KIND_MONTH, julian (2024, 2, 1), julian (2024, 2, 29));
  check_parse ("2026-04", CLS_PERIOD_KIND_MONTH, julian (2026, 4, 1), julian (2026, 4, 30));
  check_parse ("2026-12", CLS_PERIOD_KIND_MONTH, julian (2026, 12, 1), julian (2026, 12, 31));
}

static void
test_parse_day (void)
{
  check_parse ("2026-05-14", CLS_PERIOD_KIND_DAY, julian (2026, 5, 14), julian (2026, 5, 14));
  check_parse ("2024-02-29", CLS_PERIOD_KIND_DAY, julian (2024, 2, 29), julian (2024, 2, 29));
  check_parse ("2000-02-29", CLS_PERIOD_KIND_DAY, julian (2000, 2, 29), julian (2000, 2, 29));
  check_parse ("1000-01-01", CLS_PERIOD_KIND_DAY, julian (1000, 1, 1), julian (1000, 1, 1));
  check_parse ("9999-12-31", CLS_PERIOD_KIND_DAY, julian (9999, 12, 31), julian (9999, 12, 31));
}

static void
test_parse_range (void)
{
  check_parse ("2025-10-01/2026-03-31", CLS_PERIOD_KIND_RANGE,
               julian (2025, 10, 1), julian (2026, 3, 31));
  check_parse ("2026-05-14/2026-05-14", CLS_PERIOD_KIND_RANGE,
               julian (2026, 5, 14), julian (2026, 5, 14));
  /* A range stays a range even when it is a whole year, so it reads back */
  check_parse ("2026-01-01/2026-12-31", CLS_PERIOD_KIND_RANGE,
               julian (2026, 1, 1), julian (2026, 12, 31));
}

static void
test_parse_invalid (void)
{
  static const char * const invalid[] = {
    "",
    "26",
    "202",
    "20261",
    "0999",
    "abcd",
    "2026-",
    "2026-S",
    "2026-S0",
    "2026-S3",
    "2026-S12",
    "2026-s1",
    "2026-Q0",
    "2026-Q5",
    "2026-q1",
    "2026-1",
    "2026-00",
    "2026-13",
    "2026-123",
    "2025-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-01-00",
    "2026-01-32",
    "2026-00-10",
    "2026-13-01",
    "0999-12-31",
    "2026-05-1",
    "2026-5-14",
    "2026-05-140",
    "2026-05-14/",
    "/2026-05-14",
    "2026-01-01/2025-12-31",
    "2026-01-01/2026-02-30",
    "2026-01-01 / 2026-02-01",
    "2026-01-01/2026-02-01/2026-03-01",
    "2026/2027",
    "2026 ",
    " 2026",
    "2026\n",
    "2026-05-14T00:00",
    "+2026",
    "-2026",
    "2026.0",
    "12026",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClsPeriod) period = NULL;

      g_test_message ("Parsing “%s”", invalid[i]);
      period = cls_period_parse (invalid[i], &error);
      g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
      g_assert_null (period);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
check_error_message (const char *text,
                     const char *pattern)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) period = NULL;

  period = cls_period_parse (text, &error);
  g_assert_null (period);
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_test_message ("%s", error->message);
  if (!g_pattern_match_simple (pattern, error->message))
    g_error ("Message “%s” does not match “%s”", error->message, pattern);
}

static void
test_parse_messages (void)
{
  check_error_message ("2026-S3", "“2026-S3” is not a period: a semester is S1 or S2");
  check_error_message ("2026-Q5", "“2026-Q5” is not a period: a quarter is *");
  check_error_message ("2026-13", "“2026-13” is not a period: a month *");
  check_error_message ("26", "“26” is not a period: a year has four digits*");
  check_error_message ("2025-02-29", "“2025-02-29” is not a period: 2025-02 has no day 29");
  check_error_message ("2026-01-01/2025-12-31",
                       "“2026-01-01/2025-12-31” is not a period: the range ends before it starts");
  check_error_message ("2026 ", "“2026 ” is not a period: a period has no spaces around it");
  check_error_message ("2026-05-1", "“2026-05-1” is not a period: a day is written YYYY-MM-DD*");
  check_error_message ("2026/2027", "“2026/2027” is not a period: a range is *");
  check_error_message ("", "An empty text is not a period");

  /* Invalid UTF-8 and long texts are quoted safely */
  check_error_message ("\xff\xfe", "“\xef\xbf\xbd\xef\xbf\xbd” is not a period: *");
  check_error_message ("2026-01-01/2026-01-01/2026-01-01/2026-01-01/2026-01-01/2026-01-01/2026-01-01",
                       "“2026-01-01/2026-01-01/2026-01-01/2026-01-01/2026-01-01/2026-01-0…” is not a period: *");
}

static void
test_parse_leap (void)
{
  g_autoptr(ClsPeriod) leap = parse ("2024-02-29");
  g_autoptr(ClsPeriod) year_2000 = parse ("2000-02-29");
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsPeriod) not_leap = NULL;

  g_assert_cmpint (cls_period_get_year (leap), ==, 2024);
  g_assert_cmpint (cls_period_get_year (year_2000), ==, 2000);

  /* Centuries are leap years only every 400 years */
  not_leap = cls_period_parse ("2100-02-29", &error);
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_assert_null (not_leap);
}

static void
test_days (void)
{
  static const struct {
    const char *text;
    guint days;
  } cases[] = {
    { "2024", 366 },
    { "2025", 365 },
    { "2100", 365 },
    { "2000", 366 },
    { "2025-01-01/2028-12-31", 1461 },
    { "2026-S1", 181 },
    { "2024-S1", 182 },
    { "2026-S2", 184 },
    { "2026-Q1", 90 },
    { "2024-Q1", 91 },
    { "2026-Q2", 91 },
    { "2026-Q3", 92 },
    { "2026-Q4", 92 },
    { "2026-02", 28 },
    { "2024-02", 29 },
    { "2026-01", 31 },
    { "2026-04", 30 },
    { "2026-05-14", 1 },
    { "2026-05-14/2026-05-14", 1 },
    { "2025-12-31/2026-01-01", 2 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ClsPeriod) period = parse (cases[i].text);

      g_test_message ("Days of “%s”", cases[i].text);
      g_assert_cmpuint (cls_period_get_days (period), ==, cases[i].days);
    }
}

static void
test_dates (void)
{
  g_autoptr(ClsPeriod) period = parse ("2025-10-01/2026-03-31");
  g_autoptr(ClsPeriod) semester = parse ("2026-S2");
  GDate *start, *end;

  start = cls_period_dup_start (period);
  end = cls_period_dup_end (period);
  g_assert_true (g_date_valid (start));
  g_assert_true (g_date_valid (end));
  g_assert_cmpint (g_date_get_year (start), ==, 2025);
  g_assert_cmpint (g_date_get_month (start), ==, G_DATE_OCTOBER);
  g_assert_cmpint (g_date_get_day (start), ==, 1);
  g_assert_cmpint (g_date_get_year (end), ==, 2026);
  g_assert_cmpint (g_date_get_month (end), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_day (end), ==, 31);
  g_date_free (start);
  g_date_free (end);

  /* The year is the year of the first day */
  g_assert_cmpint (cls_period_get_year (period), ==, 2025);
  g_assert_cmpint (cls_period_get_year (semester), ==, 2026);

  start = cls_period_dup_start (semester);
  g_assert_cmpint (g_date_get_month (start), ==, G_DATE_JULY);
  g_assert_cmpint (g_date_get_day (start), ==, 1);
  g_date_free (start);
}

static void
test_constructors (void)
{
  g_autoptr(ClsPeriod) year = cls_period_new_year (2026);
  g_autoptr(ClsPeriod) semester = cls_period_new_semester (2024, 1);
  g_autoptr(ClsPeriod) semester2 = cls_period_new_semester (2026, 2);
  g_autoptr(ClsPeriod) quarter = cls_period_new_quarter (2026, 4);
  g_autoptr(ClsPeriod) month = cls_period_new_month (2024, 2);
  g_autoptr(ClsPeriod) day = NULL;
  g_autoptr(ClsPeriod) range = NULL;
  g_autoptr(ClsPeriod) julian_range = NULL;
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_OCTOBER, 2025);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_MARCH, 2026);
  g_autofree char *year_text = NULL;
  g_autofree char *semester_text = NULL;
  g_autofree char *semester2_text = NULL;
  g_autofree char *quarter_text = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *range_text = NULL;
  g_autofree char *julian_range_text = NULL;

  day = cls_period_new_day (end);
  range = cls_period_new_range (start, end);
  julian_range = cls_period_new_julian_range (julian (2026, 1, 1), julian (2026, 12, 31));

  year_text = cls_period_to_string (year);
  semester_text = cls_period_to_string (semester);
  semester2_text = cls_period_to_string (semester2);
  quarter_text = cls_period_to_string (quarter);
  month_text = cls_period_to_string (month);
  day_text = cls_period_to_string (day);
  range_text = cls_period_to_string (range);
  julian_range_text = cls_period_to_string (julian_range);

  g_assert_cmpstr (year_text, ==, "2026");
  g_assert_cmpstr (semester_text, ==, "2024-S1");
  g_assert_cmpstr (semester2_text, ==, "2026-S2");
  g_assert_cmpstr (quarter_text, ==, "2026-Q4");
  g_assert_cmpstr (month_text, ==, "2024-02");
  g_assert_cmpstr (day_text, ==, "2026-03-31");
  g_assert_cmpstr (range_text, ==, "2025-10-01/2026-03-31");
  g_assert_cmpstr (julian_range_text, ==, "2026-01-01/2026-12-31");

  g_assert_cmpint (cls_period_get_kind (year), ==, CLS_PERIOD_KIND_YEAR);
  g_assert_cmpint (cls_period_get_kind (semester), ==, CLS_PERIOD_KIND_SEMESTER);
  g_assert_cmpint (cls_period_get_kind (quarter), ==, CLS_PERIOD_KIND_QUARTER);
  g_assert_cmpint (cls_period_get_kind (month), ==, CLS_PERIOD_KIND_MONTH);
  g_assert_cmpint (cls_period_get_kind (day), ==, CLS_PERIOD_KIND_DAY);
  g_assert_cmpint (cls_period_get_kind (range), ==, CLS_PERIOD_KIND_RANGE);
  g_assert_cmpint (cls_period_get_kind (julian_range), ==, CLS_PERIOD_KIND_RANGE);

  g_assert_cmpuint (cls_period_get_days (semester), ==, 182);
  g_assert_cmpuint (cls_period_get_days (quarter), ==, 92);
  g_assert_cmpuint (cls_period_get_days (month), ==, 29);
  g_assert_cmpuint (cls_period_get_days (day), ==, 1);
  g_assert_cmpuint (cls_period_get_start_julian (range), ==, g_date_get_julian (start));
  g_assert_cmpuint (cls_period_get_end_julian (range), ==, g_date_get_julian (end));
}

static void
test_constructors_invalid (void)
{
  static const struct {
    const char *which;
    const char *stderr_pattern;
  } cases[] = {
    { "semester", "*semester == 1 || semester == 2*" },
    { "quarter", "*quarter >= 1 && quarter <= 4*" },
    { "month", "*month >= 1 && month <= 12*" },
    { "year", "*year >= YEAR_MIN*" },
    { "range", "*start_julian <= end_julian*" },
    { "null", "*self != NULL*" },
  };

  if (g_test_subprocess ())
    {
      /* Criticals are fatal in tests: the subprocess stops at the first */
      const char *which = g_getenv ("CLS_TEST_CASE");

      if (g_strcmp0 (which, "semester") == 0)
        g_assert_null (cls_period_new_semester (2026, 3));
      else if (g_strcmp0 (which, "quarter") == 0)
        g_assert_null (cls_period_new_quarter (2026, 0));
      else if (g_strcmp0 (which, "month") == 0)
        g_assert_null (cls_period_new_month (2026, 13));
      else if (g_strcmp0 (which, "year") == 0)
        g_assert_null (cls_period_new_year (999));
      else if (g_strcmp0 (which, "range") == 0)
        g_assert_null (cls_period_new_julian_range (julian (2026, 1, 2), julian (2026, 1, 1)));
      else if (g_strcmp0 (which, "null") == 0)
        g_assert_cmpuint (cls_period_get_days (NULL), ==, 0);
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("CLS_TEST_CASE", cases[i].which, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      g_test_trap_assert_stderr (cases[i].stderr_pattern);
    }
  g_unsetenv ("CLS_TEST_CASE");
}

static void
test_contains (void)
{
  g_autoptr(ClsPeriod) year = parse ("2026");
  g_autoptr(ClsPeriod) quarter = parse ("2026-Q2");
  g_autoptr(ClsPeriod) winter = parse ("2025-12-01/2026-01-31");
  g_autoptr(ClsPeriod) first_day = parse ("2026-01-01");
  g_autoptr(ClsPeriod) last_day = parse ("2026-12-31");
  g_autoptr(ClsPeriod) next_day = parse ("2027-01-01");
  g_autoptr(ClsPeriod) whole_range = parse ("2026-01-01/2026-12-31");

  g_assert_true (cls_period_contains (year, quarter));
  g_assert_false (cls_period_contains (quarter, year));
  g_assert_false (cls_period_contains (year, winter));
  g_assert_false (cls_period_contains (winter, year));
  g_assert_true (cls_period_contains (year, year));
  g_assert_true (cls_period_contains (year, first_day));
  g_assert_true (cls_period_contains (year, last_day));
  g_assert_false (cls_period_contains (year, next_day));
  g_assert_true (cls_period_contains (winter, first_day));

  /* Containment is about days, whatever the kind */
  g_assert_true (cls_period_contains (year, whole_range));
  g_assert_true (cls_period_contains (whole_range, year));
}

static void
test_contains_date (void)
{
  g_autoptr(ClsPeriod) quarter = parse ("2026-Q2");
  g_autoptr(GDate) before = g_date_new_dmy (31, G_DATE_MARCH, 2026);
  g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_APRIL, 2026);
  g_autoptr(GDate) last = g_date_new_dmy (30, G_DATE_JUNE, 2026);
  g_autoptr(GDate) after = g_date_new_dmy (1, G_DATE_JULY, 2026);

  g_assert_false (cls_period_contains_date (quarter, before));
  g_assert_true (cls_period_contains_date (quarter, first));
  g_assert_true (cls_period_contains_date (quarter, last));
  g_assert_false (cls_period_contains_date (quarter, after));
}

static void
test_overlaps (void)
{
  g_autoptr(ClsPeriod) year = parse ("2026");
  g_autoptr(ClsPeriod) quarter = parse ("2026-Q2");
  g_autoptr(ClsPeriod) winter = parse ("2025-12-01/2026-01-31");
  g_autoptr(ClsPeriod) previous = parse ("2025");
  g_autoptr(ClsPeriod) next_day = parse ("2027-01-01");
  g_autoptr(ClsPeriod) last_day = parse ("2026-12-31");

  g_assert_true (cls_period_overlaps (year, winter));
  g_assert_true (cls_period_overlaps (winter, year));
  g_assert_cmpuint (cls_period_get_overlap_days (year, winter), ==, 31);
  g_assert_cmpuint (cls_period_get_overlap_days (winter, year), ==, 31);
  g_assert_cmpuint (cls_period_get_overlap_days (previous, winter), ==, 31);

  g_assert_true (cls_period_overlaps (year, quarter));
  g_assert_cmpuint (cls_period_get_overlap_days (year, quarter), ==, 91);
  g_assert_cmpuint (cls_period_get_overlap_days (year, year), ==, 365);

  g_assert_false (cls_period_overlaps (year, previous));
  g_assert_cmpuint (cls_period_get_overlap_days (year, previous), ==, 0);
  g_assert_false (cls_period_overlaps (winter, quarter));
  g_assert_cmpuint (cls_period_get_overlap_days (winter, quarter), ==, 0);

  /* Ends are included: touching on one day is an overlap */
  g_assert_true (cls_period_overlaps (year, last_day));
  g_assert_cmpuint (cls_period_get_overlap_days (year, last_day), ==, 1);
  g_assert_false (cls_period_overlaps (year, next_day));
}

static void
check_intersect (const char *a_text,
                 const char *b_text,
                 const char *expected)
{
  g_autoptr(ClsPeriod) a = parse (a_text);
  g_autoptr(ClsPeriod) b = parse (b_text);
  g_autoptr(ClsPeriod) result = cls_period_intersect (a, b);
  g_autofree char *result_text = NULL;

  g_test_message ("%s ∩ %s", a_text, b_text);

  if (expected == NULL)
    {
      g_assert_null (result);
      return;
    }

  g_assert_nonnull (result);
  result_text = cls_period_to_string (result);
  g_assert_cmpstr (result_text, ==, expected);
  g_assert_cmpuint (cls_period_get_days (result), ==, cls_period_get_overlap_days (a, b));
}

static void
test_intersect (void)
{
  check_intersect ("2026", "2026-Q2", "2026-Q2");
  check_intersect ("2026-Q2", "2026", "2026-Q2");
  check_intersect ("2026", "2025-12-01/2026-01-31", "2026-01-01/2026-01-31");
  check_intersect ("2025-12-01/2026-01-31", "2026", "2026-01-01/2026-01-31");
  check_intersect ("2026-S1", "2026-Q2", "2026-Q2");
  check_intersect ("2026-S1", "2026-04-15/2026-09-30", "2026-04-15/2026-06-30");
  check_intersect ("2026", "2026-12-31", "2026-12-31");
  check_intersect ("2026", "2025", NULL);
  check_intersect ("2026-Q1", "2026-Q2", NULL);
  check_intersect ("2026", "2026", "2026");
  /* Same days, different kinds: the first one wins */
  check_intersect ("2026", "2026-01-01/2026-12-31", "2026");
  check_intersect ("2026-01-01/2026-12-31", "2026", "2026-01-01/2026-12-31");
}

static void
test_equal_hash_compare (void)
{
  g_autoptr(ClsPeriod) year = parse ("2026");
  g_autoptr(ClsPeriod) year_again = cls_period_new_year (2026);
  g_autoptr(ClsPeriod) year_range = parse ("2026-01-01/2026-12-31");
  g_autoptr(ClsPeriod) s1 = parse ("2026-S1");
  g_autoptr(ClsPeriod) q1 = parse ("2026-Q1");
  g_autoptr(ClsPeriod) january = parse ("2026-01");
  g_autoptr(ClsPeriod) first_day = parse ("2026-01-01");
  g_autoptr(ClsPeriod) previous = parse ("2025");
  g_autoptr(GHashTable) set = NULL;

  g_assert_true (cls_period_equal (year, year));
  g_assert_true (cls_period_equal (year, year_again));
  g_assert_cmpuint (cls_period_hash (year), ==, cls_period_hash (year_again));
  g_assert_cmpint (cls_period_compare (year, year_again), ==, 0);

  /* Same days, different kind: not equal */
  g_assert_false (cls_period_equal (year, year_range));
  g_assert_cmpint (cls_period_compare (year, year_range), <, 0);
  g_assert_cmpint (cls_period_compare (year_range, year), >, 0);

  g_assert_false (cls_period_equal (year, previous));
  g_assert_cmpint (cls_period_compare (previous, year), <, 0);
  g_assert_cmpint (cls_period_compare (year, previous), >, 0);

  /* Same start: the shorter period first */
  g_assert_cmpint (cls_period_compare (first_day, january), <, 0);
  g_assert_cmpint (cls_period_compare (january, q1), <, 0);
  g_assert_cmpint (cls_period_compare (q1, s1), <, 0);
  g_assert_cmpint (cls_period_compare (s1, year), <, 0);

  set = g_hash_table_new ((GHashFunc) cls_period_hash, (GEqualFunc) cls_period_equal);
  g_hash_table_add (set, year);
  g_hash_table_add (set, year_range);
  g_hash_table_add (set, s1);
  g_assert_cmpuint (g_hash_table_size (set), ==, 3);
  g_assert_true (g_hash_table_contains (set, year_again));
  g_assert_false (g_hash_table_contains (set, previous));
  g_assert_false (g_hash_table_contains (set, q1));
}

/* g_ptr_array_sort() passes pointers to the elements */
static int
compare_indirect (gconstpointer a,
                  gconstpointer b)
{
  return cls_period_compare (*(ClsPeriod * const *) a, *(ClsPeriod * const *) b);
}

static void
test_sort (void)
{
  static const char * const texts[] = {
    "2026-01-01/2026-12-31", "2026-S1", "2026", "2026-01-01",
    "2025", "2026-Q1", "2026-01", "2026-12-31", "2025-12-01/2026-01-31",
  };
  static const char * const expected[] = {
    "2025", "2025-12-01/2026-01-31", "2026-01-01", "2026-01", "2026-Q1",
    "2026-S1", "2026", "2026-01-01/2026-12-31", "2026-12-31",
  };
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func ((GDestroyNotify) cls_period_free);

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (periods, parse (texts[i]));

  g_ptr_array_sort (periods, compare_indirect);

  g_assert_cmpuint (periods->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *text = cls_period_to_string (g_ptr_array_index (periods, i));
      g_assert_cmpstr (text, ==, expected[i]);
    }
}

static void
test_boxed (void)
{
  g_autoptr(ClsPeriod) period = parse ("2025-10-01/2026-03-31");
  g_autoptr(ClsPeriod) copy = NULL;
  g_autoptr(ClsPeriod) copy2 = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_assert_true (G_TYPE_IS_BOXED (CLS_TYPE_PERIOD));
  g_assert_cmpstr (g_type_name (CLS_TYPE_PERIOD), ==, "ClsPeriod");

  copy = g_boxed_copy (CLS_TYPE_PERIOD, period);
  g_assert_nonnull (copy);
  g_assert_true (copy != period);
  g_assert_true (cls_period_equal (copy, period));
  text = cls_period_to_string (copy);
  g_assert_cmpstr (text, ==, "2025-10-01/2026-03-31");

  copy2 = cls_period_copy (copy);
  g_assert_true (cls_period_equal (copy2, period));

  g_value_init (&value, CLS_TYPE_PERIOD);
  g_value_set_boxed (&value, period);
  g_assert_true (g_value_get_boxed (&value) != period);
  g_assert_true (cls_period_equal (g_value_get_boxed (&value), period));

  g_boxed_free (CLS_TYPE_PERIOD, g_boxed_copy (CLS_TYPE_PERIOD, period));

  /* Freeing NULL is allowed */
  cls_period_free (NULL);
}

static void
test_autoptr (void)
{
  g_autoptr(ClsPeriod) period = cls_period_new_quarter (2026, 2);
  g_autoptr(ClsPeriod) none = NULL;

  g_assert_nonnull (period);
  g_assert_null (none);

  {
    g_autoptr(ClsPeriod) scoped = cls_period_copy (period);
    g_assert_true (cls_period_equal (scoped, period));
  }

  /* The leak check under valgrind is what makes this test meaningful */
  g_clear_pointer (&period, cls_period_free);
  g_assert_null (period);
}

static void
test_private_parse (void)
{
  /* The periods are packed with no NUL between them, as in an XML buffer */
  const char buffer[] = "2026-Q22025-10-01/2026-03-3120262026-02-29";
  guint32 start = 0, end = 0;
  ClsPeriodKind kind = CLS_PERIOD_KIND_YEAR;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) string = g_string_new ("<p>");

  g_assert_true (_cls_period_parse_julian (buffer, 7, &start, &end, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, CLS_PERIOD_KIND_QUARTER);
  g_assert_cmpuint (start, ==, julian (2026, 4, 1));
  g_assert_cmpuint (end, ==, julian (2026, 6, 30));
  _cls_period_append_julian (string, start, end, kind);
  g_assert_cmpstr (string->str, ==, "<p>2026-Q2");

  g_assert_true (_cls_period_parse_julian (buffer + 7, 21, &start, &end, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, CLS_PERIOD_KIND_RANGE);
  g_assert_cmpuint (start, ==, julian (2025, 10, 1));
  g_assert_cmpuint (end, ==, julian (2026, 3, 31));
  g_string_append_c (string, ',');
  _cls_period_append_julian (string, start, end, kind);
  g_assert_cmpstr (string->str, ==, "<p>2026-Q2,2025-10-01/2026-03-31");

  g_assert_true (_cls_period_parse_julian (buffer + 28, 4, &start, &end, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, CLS_PERIOD_KIND_YEAR);
  g_assert_cmpuint (start, ==, julian (2026, 1, 1));
  g_assert_cmpuint (end, ==, julian (2026, 12, 31));

  /* Reading past len would see a valid period: the length must bound it */
  g_assert_false (_cls_period_parse_julian (buffer, 6, &start, &end, &kind, &error));
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_assert_true (strstr (error->message, "“2026-Q”") != NULL);
  g_clear_error (&error);

  g_assert_false (_cls_period_parse_julian (buffer + 32, 10, &start, &end, &kind, &error));
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_clear_error (&error);

  /* No error wanted, as on the hot path when only validity matters */
  g_assert_false (_cls_period_parse_julian (buffer, 5, &start, &end, &kind, NULL));
  g_assert_false (_cls_period_parse_julian (buffer, 0, &start, &end, &kind, NULL));

  /* An embedded NUL is just an invalid character */
  g_assert_false (_cls_period_parse_julian ("20\0006", 4, &start, &end, &kind, &error));
  g_assert_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
}

static void
test_private_date (void)
{
  const char buffer[] = "2026-05-142024-02-292025-02-29";
  guint32 day = 0;
  g_autoptr(GString) string = g_string_new (NULL);

  g_assert_true (_cls_date_parse_julian (buffer, 10, &day));
  g_assert_cmpuint (day, ==, julian (2026, 5, 14));
  _cls_date_append_julian (string, day);
  g_assert_cmpstr (string->str, ==, "2026-05-14");

  g_assert_true (_cls_date_parse_julian (buffer + 10, 10, &day));
  g_assert_cmpuint (day, ==, julian (2024, 2, 29));

  day = 42;
  g_assert_false (_cls_date_parse_julian (buffer + 20, 10, &day));
  g_assert_false (_cls_date_parse_julian (buffer, 9, &day));
  g_assert_false (_cls_date_parse_julian (buffer, 11, &day));
  g_assert_false (_cls_date_parse_julian ("2026", 4, &day));
  g_assert_false (_cls_date_parse_julian ("2026-13-01", 10, &day));
  g_assert_false (_cls_date_parse_julian ("0999-12-31", 10, &day));
  g_assert_false (_cls_date_parse_julian ("", 0, &day));
  g_assert_cmpuint (day, ==, 42);
}

/* The parser and writer compute julian days without GDate: check them
 * against GDate on every day of a few centuries and on the first and last
 * day of every year of the range. */
static void
check_date_against_gdate (guint32 day)
{
  GDate date;
  char expected[16];
  guint32 parsed = 0;
  GString *string;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (expected, sizeof expected, "%04u-%02u-%02u",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));

  if (!_cls_date_parse_julian (expected, 10, &parsed) || parsed != day)
    g_error ("“%s” parsed to julian day %u, GDate says %u", expected, parsed, day);

  string = g_string_new (NULL);
  _cls_date_append_julian (string, day);
  if (strcmp (string->str, expected) != 0)
    g_error ("Julian day %u written as “%s”, GDate says “%s”", day, string->str, expected);
  g_string_free (string, TRUE);
}

static void
test_calendar (void)
{
  for (guint32 day = julian (1896, 1, 1); day <= julian (2104, 12, 31); day++)
    check_date_against_gdate (day);

  for (int year = 1000; year <= 9999; year++)
    {
      check_date_against_gdate (julian (year, 1, 1));
      check_date_against_gdate (julian (year, 2, 28));
      check_date_against_gdate (julian (year, 3, 1));
      check_date_against_gdate (julian (year, 12, 31));
    }

  for (guint32 day = julian (1000, 1, 1); day <= julian (9999, 12, 31); day += 97)
    check_date_against_gdate (day);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cls/period/parse/year", test_parse_year);
  g_test_add_func ("/cls/period/parse/semester", test_parse_semester);
  g_test_add_func ("/cls/period/parse/quarter", test_parse_quarter);
  g_test_add_func ("/cls/period/parse/month", test_parse_month);
  g_test_add_func ("/cls/period/parse/day", test_parse_day);
  g_test_add_func ("/cls/period/parse/range", test_parse_range);
  g_test_add_func ("/cls/period/parse/invalid", test_parse_invalid);
  g_test_add_func ("/cls/period/parse/messages", test_parse_messages);
  g_test_add_func ("/cls/period/parse/leap", test_parse_leap);
  g_test_add_func ("/cls/period/days", test_days);
  g_test_add_func ("/cls/period/dates", test_dates);
  g_test_add_func ("/cls/period/constructors", test_constructors);
  g_test_add_func ("/cls/period/constructors/invalid", test_constructors_invalid);
  g_test_add_func ("/cls/period/contains", test_contains);
  g_test_add_func ("/cls/period/contains-date", test_contains_date);
  g_test_add_func ("/cls/period/overlaps", test_overlaps);
  g_test_add_func ("/cls/period/intersect", test_intersect);
  g_test_add_func ("/cls/period/equal-hash-compare", test_equal_hash_compare);
  g_test_add_func ("/cls/period/sort", test_sort);
  g_test_add_func ("/cls/period/boxed", test_boxed);
  g_test_add_func ("/cls/period/autoptr", test_autoptr);
  g_test_add_func ("/cls/period/private/parse", test_private_parse);
  g_test_add_func ("/cls/period/private/date", test_private_date);
  g_test_add_func ("/cls/period/calendar", test_calendar);

  return g_test_run ();
}
