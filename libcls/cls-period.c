/* cls-period.c: calendar periods (years, semesters, quarters, months, days, ranges)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "cls-period.h"
#include "cls-period-private.h"
#include "cls-i18n-private.h"

#include <string.h>

/* Julian day numbers, as g_date_get_julian() counts them (0001-01-01 is
 * day 1), of the first and last days libcls can write. Periods are kept
 * inside these bounds so that every period can be written as text and
 * read back: the text forms use exactly four digits for the year. */
#define JULIAN_MIN 364878u   /* 1000-01-01 */
#define JULIAN_MAX 3652059u  /* 9999-12-31 */

#define YEAR_MIN 1000
#define YEAR_MAX 9999

struct _ClsPeriod
{
  guint32 start;  /* julian day, included */
  guint32 end;    /* julian day, included */
  ClsPeriodKind kind;
};

/**
 * ClsPeriod:
 *
 * A calendar period: a year, a semester, a quarter, a month, a day or an
 * explicit range of days. Both ends of a period are included.
 *
 * A period is immutable. It is read from its text form with
 * [func@Cls.Period.parse] and written back with [method@Cls.Period.to_string];
 * the text forms are:
 *
 * | Kind                          | Text                     |
 * |-------------------------------|--------------------------|
 * | %CLS_PERIOD_KIND_YEAR         | `2026`                   |
 * | %CLS_PERIOD_KIND_SEMESTER     | `2026-S1`, `2026-S2`     |
 * | %CLS_PERIOD_KIND_QUARTER      | `2026-Q1` … `2026-Q4`    |
 * | %CLS_PERIOD_KIND_MONTH        | `2026-05`                |
 * | %CLS_PERIOD_KIND_DAY          | `2026-05-14`             |
 * | %CLS_PERIOD_KIND_RANGE        | `2025-10-01/2026-03-31`  |
 *
 * Years go from 1000 to 9999 and are always written with four digits.
 *
 * The kind is part of the period: `2026` and `2026-01-01/2026-12-31` cover
 * the same days but are not equal, so that a file reads back as it was
 * written. Use [method@Cls.Period.get_start_julian] and
 * [method@Cls.Period.get_end_julian] to compare the days only.
 *
 * Since: 1.0
 */
G_DEFINE_BOXED_TYPE (ClsPeriod, cls_period, cls_period_copy, cls_period_free)

/**
 * cls_period_error_quark:
 *
 * Gets the error domain of [func@Cls.Period.parse]; use %CLS_PERIOD_ERROR
 * instead.
 *
 * Returns: the quark of the %CLS_PERIOD_ERROR domain
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (cls-period-error-quark, cls_period_error)

/* Calendar arithmetic
 *
 * The conversions below are the proleptic Gregorian ones of GDate, done
 * with integers so that the parser never builds a GDate. The formulas are
 * H. Hinnant's days_from_civil() and civil_from_days(), shifted so that
 * 0001-01-01 is day 1; they are only used for years 1..9999, where every
 * intermediate value is positive. */

static inline gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static inline guint
days_in_month (guint year,
               guint month)
{
  static const guint8 days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && is_leap_year (year))
    return 29;

  return days[month - 1];
}

static inline guint32
julian_from_ymd (guint year,
                 guint month,
                 guint day)
{
  guint y, era, yoe, doy, doe;

  /* Count years from March so that February 29 is the last day of a year */
  y = month <= 2 ? year - 1 : year;
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  /* Day 0 of this count is 0000-03-01, which is julian day -305 */
  return era * 146097 + doe - 305;
}

static inline void
ymd_from_julian (guint32  julian,
                 guint   *year,
                 guint   *month,
                 guint   *day)
{
  guint z, era, doe, yoe, doy, mp, m;

  z = julian + 305;
  era = z / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  m = mp < 10 ? mp + 3 : mp - 9;

  *year = yoe + era * 400 + (m <= 2 ? 1 : 0);
  *month = m;
  *day = doy - (153 * mp + 2) / 5 + 1;
}

/* The days of months first_month..last_month of year, both included */
static inline void
month_span (guint    year,
            guint    first_month,
            guint    last_month,
            guint32 *start,
            guint32 *end)
{
  *start = julian_from_ymd (year, first_month, 1);
  *end = julian_from_ymd (year, last_month, days_in_month (year, last_month));
}

static inline gboolean
julian_is_writable (guint32 julian)
{
  return julian >= JULIAN_MIN && julian <= JULIAN_MAX;
}

/* Parsing */

typedef enum {
  DATE_OK,
  DATE_SYNTAX,
  DATE_YEAR,
  DATE_MONTH,
  DATE_DAY,
} DateStatus;

static inline gboolean
parse_digits (const char *p,
              guint       n,
              guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (p[i] < '0' || p[i] > '9')
        return FALSE;
      v = v * 10 + (guint) (p[i] - '0');
    }

  *value = v;
  return TRUE;
}

static DateStatus
parse_date (const char *p,
            gsize       len,
            guint      *year,
            guint      *month,
            guint      *day)
{
  if (len != 10 || p[4] != '-' || p[7] != '-')
    return DATE_SYNTAX;

  if (!parse_digits (p, 4, year) ||
      !parse_digits (p + 5, 2, month) ||
      !parse_digits (p + 8, 2, day))
    return DATE_SYNTAX;

  if (*year < YEAR_MIN)
    return DATE_YEAR;

  if (*month < 1 || *month > 12)
    return DATE_MONTH;

  if (*day < 1 || *day > days_in_month (*year, *month))
    return DATE_DAY;

  return DATE_OK;
}

/* Error reporting is the cold path: it may allocate freely */

#define MAX_QUOTED_BYTES 64

static void G_GNUC_PRINTF (4, 5)
set_invalid (GError     **error,
             const char  *text,
             gsize        len,
             const char  *format,
             ...)
{
  g_autofree char *quoted = NULL;
  g_autofree char *reason = NULL;
  gboolean truncated = FALSE;
  va_list args;

  if (error == NULL)
    return;

  /* The text may come from anywhere (a file, a command line): keep the
   * message short and valid UTF-8. */
  if (len > MAX_QUOTED_BYTES)
    {
      len = MAX_QUOTED_BYTES;
      truncated = TRUE;
    }
  quoted = g_utf8_make_valid (text, (gssize) len);

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID,
               _("“%s%s” is not a period: %s"),
               quoted, truncated ? "…" : "", reason);
}

/* Translated where they are used: on the error path only. */
#define REASON_GENERIC \
  _("write a year (2026), a semester (2026-S1), a quarter (2026-Q1), " \
    "a month (2026-05), a day (2026-05-14) or a range of days " \
    "(2025-10-01/2026-03-31)")
#define REASON_YEAR _("a year has four digits, from 1000 to 9999")
#define REASON_SEMESTER _("a semester is S1 or S2")
#define REASON_QUARTER _("a quarter is Q1, Q2, Q3 or Q4")
#define REASON_MONTH _("a month has two digits, from 01 to 12")
#define REASON_DAY_SYNTAX _("a day is written YYYY-MM-DD, such as 2026-05-14")
#define REASON_RANGE_SYNTAX \
  _("a range is two days separated by “/”, such as 2025-10-01/2026-03-31")

static void
set_date_invalid (GError     **error,
                  const char  *text,
                  gsize        len,
                  DateStatus   status,
                  const char  *syntax_reason,
                  guint        year,
                  guint        month,
                  guint        day)
{
  switch (status)
    {
    case DATE_SYNTAX:
      set_invalid (error, text, len, "%s", syntax_reason);
      break;
    case DATE_YEAR:
      set_invalid (error, text, len, "%s", REASON_YEAR);
      break;
    case DATE_MONTH:
      set_invalid (error, text, len, "%s", REASON_MONTH);
      break;
    case DATE_DAY:
      set_invalid (error, text, len, _("%04u-%02u has no day %02u"),
                   year, month, day);
      break;
    case DATE_OK:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_range (const char     *text,
             gsize           len,
             const char     *slash,
             guint32        *start,
             guint32        *end,
             GError        **error)
{
  gsize left_len = (gsize) (slash - text);
  guint year = 0, month = 0, day = 0;
  DateStatus status;
  guint32 first, last;

  status = parse_date (text, left_len, &year, &month, &day);
  if (status != DATE_OK)
    {
      set_date_invalid (error, text, len, status, REASON_RANGE_SYNTAX,
                        year, month, day);
      return FALSE;
    }
  first = julian_from_ymd (year, month, day);

  status = parse_date (slash + 1, len - left_len - 1, &year, &month, &day);
  if (status != DATE_OK)
    {
      set_date_invalid (error, text, len, status, REASON_RANGE_SYNTAX,
                        year, month, day);
      return FALSE;
    }
  last = julian_from_ymd (year, month, day);

  if (last < first)
    {
      set_invalid (error, text, len, _("the range ends before it starts"));
      return FALSE;
    }

  *start = first;
  *end = last;
  return TRUE;
}

/* Everything that is not a range: the text starts with a four-digit year */
static gboolean
parse_single (const char     *text,
              gsize           len,
              guint32        *start,
              guint32        *end,
              ClsPeriodKind  *kind,
              GError        **error)
{
  gsize n_digits = 0;
  guint year = 0, number, month = 0, day = 0;
  DateStatus status;

  while (n_digits < len && text[n_digits] >= '0' && text[n_digits] <= '9')
    n_digits++;

  if (n_digits == 0)
    {
      set_invalid (error, text, len, "%s", REASON_GENERIC);
      return FALSE;
    }

  if (n_digits != 4)
    {
      set_invalid (error, text, len, "%s", REASON_YEAR);
      return FALSE;
    }

  parse_digits (text, 4, &year);
  if (year < YEAR_MIN)
    {
      set_invalid (error, text, len, "%s", REASON_YEAR);
      return FALSE;
    }

  if (len == 4)
    {
      month_span (year, 1, 12, start, end);
      *kind = CLS_PERIOD_KIND_YEAR;
      return TRUE;
    }

  if (text[4] != '-' || len == 5)
    {
      set_invalid (error, text, len, "%s", REASON_GENERIC);
      return FALSE;
    }

  switch (text[5])
    {
    case 'S':
      if (len != 7 || (text[6] != '1' && text[6] != '2'))
        {
          set_invalid (error, text, len, "%s", REASON_SEMESTER);
          return FALSE;
        }
      number = (guint) (text[6] - '0');
      month_span (year, 6 * number - 5, 6 * number, start, end);
      *kind = CLS_PERIOD_KIND_SEMESTER;
      return TRUE;

    case 'Q':
      if (len != 7 || text[6] < '1' || text[6] > '4')
        {
          set_invalid (error, text, len, "%s", REASON_QUARTER);
          return FALSE;
        }
      number = (guint) (text[6] - '0');
      month_span (year, 3 * number - 2, 3 * number, start, end);
      *kind = CLS_PERIOD_KIND_QUARTER;
      return TRUE;

    default:
      break;
    }

  /* A day: `2026-05-14`, or anything with a second dash where a day's is */
  if (len >= 8 && text[7] == '-')
    {
      status = parse_date (text, len, &year, &month, &day);
      if (status != DATE_OK)
        {
          set_date_invalid (error, text, len, status, REASON_DAY_SYNTAX,
                            year, month, day);
          return FALSE;
        }
      *start = *end = julian_from_ymd (year, month, day);
      *kind = CLS_PERIOD_KIND_DAY;
      return TRUE;
    }

  /* A month: `2026-05` */
  if (len <= 7 && text[5] >= '0' && text[5] <= '9')
    {
      if (len != 7 || !parse_digits (text + 5, 2, &month) ||
          month < 1 || month > 12)
        {
          set_invalid (error, text, len, "%s", REASON_MONTH);
          return FALSE;
        }
      month_span (year, month, month, start, end);
      *kind = CLS_PERIOD_KIND_MONTH;
      return TRUE;
    }

  set_invalid (error, text, len, "%s", REASON_GENERIC);
  return FALSE;
}

/* See cls-period-private.h */
gboolean
_cls_period_parse_julian (const char     *text,
                          gsize           len,
                          guint32        *start,
                          guint32        *end,
                          ClsPeriodKind  *kind,
                          GError        **error)
{
  const char *slash;

  g_return_val_if_fail (text != NULL || len == 0, FALSE);
  g_return_val_if_fail (start != NULL, FALSE);
  g_return_val_if_fail (end != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (len == 0)
    {
      g_set_error_literal (error, CLS_PERIOD_ERROR, CLS_PERIOD_ERROR_INVALID,
                           _("An empty text is not a period"));
      return FALSE;
    }

  /* Not accepted, but common enough in hand-written files to deserve a
   * clear message */
  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
    {
      set_invalid (error, text, len, _("a period has no spaces around it"));
      return FALSE;
    }

  slash = memchr (text, '/', len);
  if (slash != NULL)
    {
      if (!parse_range (text, len, slash, start, end, error))
        return FALSE;
      *kind = CLS_PERIOD_KIND_RANGE;
      return TRUE;
    }

  return parse_single (text, len, start, end, kind, error);
}

/* See cls-period-private.h */
gboolean
_cls_date_parse_julian (const char *text,
                        gsize       len,
                        guint32    *julian)
{
  guint year, month, day;

  g_return_val_if_fail (text != NULL || len == 0, FALSE);
  g_return_val_if_fail (julian != NULL, FALSE);

  if (parse_date (text, len, &year, &month, &day) != DATE_OK)
    return FALSE;

  *julian = julian_from_ymd (year, month, day);
  return TRUE;
}

/* Writing */

/* Appends value with exactly width digits (width <= 4), zero-padded */
static inline void
append_digits (GString *string,
               guint    value,
               guint    width)
{
  char buffer[4];

  for (guint i = width; i > 0; i--)
    {
      buffer[i - 1] = (char) ('0' + value % 10);
      value /= 10;
    }

  g_string_append_len (string, buffer, (gssize) width);
}

static inline void
append_ymd (GString *string,
            guint    year,
            guint    month,
            guint    day)
{
  append_digits (string, year, 4);
  g_string_append_c (string, '-');
  append_digits (string, month, 2);
  g_string_append_c (string, '-');
  append_digits (string, day, 2);
}

/* See cls-period-private.h */
void
_cls_date_append_julian (GString *string,
                         guint32  julian)
{
  guint year, month, day;

  g_return_if_fail (string != NULL);
  g_return_if_fail (julian_is_writable (julian));

  ymd_from_julian (julian, &year, &month, &day);
  append_ymd (string, year, month, day);
}

/* See cls-period-private.h */
void
_cls_period_append_julian (GString       *string,
                           guint32        start,
                           guint32        end,
                           ClsPeriodKind  kind)
{
  guint year, month, day;

  g_return_if_fail (string != NULL);
  g_return_if_fail (julian_is_writable (start));
  g_return_if_fail (julian_is_writable (end));

  /* Every kind but a range is written from its first day alone */
  ymd_from_julian (start, &year, &month, &day);

  switch (kind)
    {
    case CLS_PERIOD_KIND_YEAR:
      append_digits (string, year, 4);
      break;

    case CLS_PERIOD_KIND_SEMESTER:
      append_digits (string, year, 4);
      g_string_append (string, month <= 6 ? "-S1" : "-S2");
      break;

    case CLS_PERIOD_KIND_QUARTER:
      append_digits (string, year, 4);
      g_string_append (string, "-Q");
      g_string_append_c (string, (char) ('1' + (month - 1) / 3));
      break;

    case CLS_PERIOD_KIND_MONTH:
      append_digits (string, year, 4);
      g_string_append_c (string, '-');
      append_digits (string, month, 2);
      break;

    case CLS_PERIOD_KIND_DAY:
      append_ymd (string, year, month, day);
      break;

    case CLS_PERIOD_KIND_RANGE:
      append_ymd (string, year, month, day);
      g_string_append_c (string, '/');
      ymd_from_julian (end, &year, &month, &day);
      append_ymd (string, year, month, day);
      break;

    default:
      g_return_if_reached ();
    }
}

/* Public API */

static ClsPeriod *
period_new (guint32       start,
            guint32       end,
            ClsPeriodKind kind)
{
  ClsPeriod *self = g_new (ClsPeriod, 1);

  self->start = start;
  self->end = end;
  self->kind = kind;

  return self;
}

/**
 * cls_period_parse:
 * @text: the text of a period, such as `2026`, `2026-S1`, `2026-Q2`,
 *   `2026-05`, `2026-05-14` or `2025-10-01/2026-03-31`
 * @error: return location for a #GError, or %NULL
 *
 * Reads a period from its text form.
 *
 * Only the forms listed in [struct@Cls.Period] are accepted, with a
 * four-digit year from 1000 to 9999 and no surrounding spaces. Dates must
 * exist (`2025-02-29` is an error) and a range must not end before it
 * starts. A range is kept as a range even when it covers a whole year,
 * month, etc., so that [method@Cls.Period.to_string] gives @text back.
 *
 * Returns: (transfer full): the period, or %NULL with @error set to
 *   %CLS_PERIOD_ERROR_INVALID if @text is not a period
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_parse (const char  *text,
                  GError     **error)
{
  guint32 start, end;
  ClsPeriodKind kind;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_cls_period_parse_julian (text, strlen (text), &start, &end, &kind, error))
    return NULL;

  return period_new (start, end, kind);
}

/**
 * cls_period_new_year:
 * @year: a year, from 1000 to 9999
 *
 * Creates the period of a whole calendar year, written `2026`.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_YEAR
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_year (int year)
{
  guint32 start, end;

  g_return_val_if_fail (year >= YEAR_MIN && year <= YEAR_MAX, NULL);

  month_span ((guint) year, 1, 12, &start, &end);
  return period_new (start, end, CLS_PERIOD_KIND_YEAR);
}

/**
 * cls_period_new_semester:
 * @year: a year, from 1000 to 9999
 * @semester: 1 for January to June, 2 for July to December
 *
 * Creates the period of a half year, written `2026-S1` or `2026-S2`.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_SEMESTER
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_semester (int year,
                         int semester)
{
  guint32 start, end;

  g_return_val_if_fail (year >= YEAR_MIN && year <= YEAR_MAX, NULL);
  g_return_val_if_fail (semester == 1 || semester == 2, NULL);

  month_span ((guint) year, (guint) (6 * semester - 5), (guint) (6 * semester),
              &start, &end);
  return period_new (start, end, CLS_PERIOD_KIND_SEMESTER);
}

/**
 * cls_period_new_quarter:
 * @year: a year, from 1000 to 9999
 * @quarter: the quarter, from 1 (January to March) to 4 (October to December)
 *
 * Creates the period of a quarter, written `2026-Q1` … `2026-Q4`.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_QUARTER
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_quarter (int year,
                        int quarter)
{
  guint32 start, end;

  g_return_val_if_fail (year >= YEAR_MIN && year <= YEAR_MAX, NULL);
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, NULL);

  month_span ((guint) year, (guint) (3 * quarter - 2), (guint) (3 * quarter),
              &start, &end);
  return period_new (start, end, CLS_PERIOD_KIND_QUARTER);
}

/**
 * cls_period_new_month:
 * @year: a year, from 1000 to 9999
 * @month: the month, from 1 (January) to 12 (December)
 *
 * Creates the period of a month, written `2026-05`.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_MONTH
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_month (int year,
                      int month)
{
  guint32 start, end;

  g_return_val_if_fail (year >= YEAR_MIN && year <= YEAR_MAX, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  month_span ((guint) year, (guint) month, (guint) month, &start, &end);
  return period_new (start, end, CLS_PERIOD_KIND_MONTH);
}

/**
 * cls_period_new_day:
 * @day: a valid date, in a year from 1000 to 9999
 *
 * Creates the period of a single day, written `2026-05-14`.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_DAY
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_day (const GDate *day)
{
  guint32 julian;

  g_return_val_if_fail (day != NULL, NULL);
  g_return_val_if_fail (g_date_valid (day), NULL);

  julian = g_date_get_julian (day);
  g_return_val_if_fail (julian_is_writable (julian), NULL);

  return period_new (julian, julian, CLS_PERIOD_KIND_DAY);
}

/**
 * cls_period_new_range:
 * @start: the first day of the period, a valid date in a year from 1000
 *   to 9999
 * @end: the last day of the period, a valid date not before @start, in a
 *   year from 1000 to 9999
 *
 * Creates the period of the days from @start to @end, both included,
 * written `2025-10-01/2026-03-31`.
 *
 * The period is a range even if it covers a whole year, month, etc.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_RANGE
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_range (const GDate *start,
                      const GDate *end)
{
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);
  g_return_val_if_fail (g_date_valid (start), NULL);
  g_return_val_if_fail (g_date_valid (end), NULL);

  return cls_period_new_julian_range (g_date_get_julian (start),
                                      g_date_get_julian (end));
}

/**
 * cls_period_new_julian_range:
 * @start_julian: the first day of the period, as a julian day number
 *   (see g_date_get_julian())
 * @end_julian: the last day of the period, as a julian day number, not
 *   before @start_julian
 *
 * Creates the period of the days from @start_julian to @end_julian, both
 * included. Both days must be in years from 1000 to 9999.
 *
 * Returns: (transfer full): a new period of kind %CLS_PERIOD_KIND_RANGE
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_new_julian_range (guint32 start_julian,
                             guint32 end_julian)
{
  g_return_val_if_fail (julian_is_writable (start_julian), NULL);
  g_return_val_if_fail (julian_is_writable (end_julian), NULL);
  g_return_val_if_fail (start_julian <= end_julian, NULL);

  return period_new (start_julian, end_julian, CLS_PERIOD_KIND_RANGE);
}

/**
 * cls_period_copy:
 * @self: a period
 *
 * Copies a period.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_copy (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return period_new (self->start, self->end, self->kind);
}

/**
 * cls_period_free:
 * @self: (nullable): a period
 *
 * Frees a period. Does nothing if @self is %NULL.
 *
 * Since: 1.0
 */
void
cls_period_free (ClsPeriod *self)
{
  g_free (self);
}

/**
 * cls_period_get_kind:
 * @self: a period
 *
 * Gets how the period is written.
 *
 * Returns: the kind of @self
 *
 * Since: 1.0
 */
ClsPeriodKind
cls_period_get_kind (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, CLS_PERIOD_KIND_RANGE);

  return self->kind;
}

/**
 * cls_period_dup_start:
 * @self: a period
 *
 * Gets the first day of the period.
 *
 * Returns: (transfer full): a new date, to free with g_date_free()
 *
 * Since: 1.0
 */
GDate *
cls_period_dup_start (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_date_new_julian (self->start);
}

/**
 * cls_period_dup_end:
 * @self: a period
 *
 * Gets the last day of the period, which is part of it.
 *
 * Returns: (transfer full): a new date, to free with g_date_free()
 *
 * Since: 1.0
 */
GDate *
cls_period_dup_end (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_date_new_julian (self->end);
}

/**
 * cls_period_get_start_julian:
 * @self: a period
 *
 * Gets the first day of the period as a julian day number, as counted by
 * g_date_get_julian().
 *
 * Returns: the julian day number of the first day of @self
 *
 * Since: 1.0
 */
guint32
cls_period_get_start_julian (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start;
}

/**
 * cls_period_get_end_julian:
 * @self: a period
 *
 * Gets the last day of the period, which is part of it, as a julian day
 * number, as counted by g_date_get_julian().
 *
 * Returns: the julian day number of the last day of @self
 *
 * Since: 1.0
 */
guint32
cls_period_get_end_julian (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end;
}

/**
 * cls_period_get_year:
 * @self: a period
 *
 * Gets the year of the first day of the period.
 *
 * Returns: the year @self starts in
 *
 * Since: 1.0
 */
int
cls_period_get_year (const ClsPeriod *self)
{
  guint year, month, day;

  g_return_val_if_fail (self != NULL, 0);

  ymd_from_julian (self->start, &year, &month, &day);
  return (int) year;
}

/**
 * cls_period_get_days:
 * @self: a period
 *
 * Gets the number of days in the period, both ends included: 365 or 366
 * for a year, 1 for a day.
 *
 * Returns: the number of days of @self
 *
 * Since: 1.0
 */
guint
cls_period_get_days (const ClsPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end - self->start + 1;
}

/**
 * cls_period_to_string:
 * @self: a period
 *
 * Writes the period in its text form, which [func@Cls.Period.parse]
 * reads back into an equal period.
 *
 * Returns: (transfer full): the text of @self
 *
 * Since: 1.0
 */
char *
cls_period_to_string (const ClsPeriod *self)
{
  GString *string;

  g_return_val_if_fail (self != NULL, NULL);

  string = g_string_sized_new (24);
  _cls_period_append_julian (string, self->start, self->end, self->kind);

  return g_string_free (string, FALSE);
}

/**
 * cls_period_contains_date:
 * @self: a period
 * @date: a valid date
 *
 * Checks whether a day is part of the period.
 *
 * Returns: %TRUE if @date is one of the days of @self
 *
 * Since: 1.0
 */
gboolean
cls_period_contains_date (const ClsPeriod *self,
                          const GDate     *date)
{
  guint32 julian;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (g_date_valid (date), FALSE);

  julian = g_date_get_julian (date);
  return julian >= self->start && julian <= self->end;
}

/**
 * cls_period_contains:
 * @self: a period
 * @other: another period
 *
 * Checks whether every day of @other is part of @self. A period contains
 * itself.
 *
 * Returns: %TRUE if @other lies entirely inside @self
 *
 * Since: 1.0
 */
gboolean
cls_period_contains (const ClsPeriod *self,
                     const ClsPeriod *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return other->start >= self->start && other->end <= self->end;
}

/**
 * cls_period_overlaps:
 * @self: a period
 * @other: another period
 *
 * Checks whether two periods have at least one day in common.
 *
 * Returns: %TRUE if @self and @other share at least one day
 *
 * Since: 1.0
 */
gboolean
cls_period_overlaps (const ClsPeriod *self,
                     const ClsPeriod *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return self->start <= other->end && other->start <= self->end;
}

/**
 * cls_period_get_overlap_days:
 * @self: a period
 * @other: another period
 *
 * Counts the days two periods have in common.
 *
 * Returns: the number of days in both @self and @other, 0 if they do not
 *   overlap
 *
 * Since: 1.0
 */
guint
cls_period_get_overlap_days (const ClsPeriod *self,
                             const ClsPeriod *other)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (other != NULL, 0);

  if (!cls_period_overlaps (self, other))
    return 0;

  return MIN (self->end, other->end) - MAX (self->start, other->start) + 1;
}

/**
 * cls_period_intersect:
 * @self: a period
 * @other: another period
 *
 * Computes the days two periods have in common.
 *
 * If these days are exactly those of @self, the result is a copy of @self
 * (of the same kind); otherwise, if they are exactly those of @other, it
 * is a copy of @other; otherwise it is a %CLS_PERIOD_KIND_RANGE period.
 * So the intersection of `2026` and `2026-Q2` is `2026-Q2`, and that of
 * `2026` and `2025-12-01/2026-01-31` is `2026-01-01/2026-01-31`.
 *
 * Returns: (transfer full) (nullable): the common days of @self and
 *   @other, or %NULL if they do not overlap
 *
 * Since: 1.0
 */
ClsPeriod *
cls_period_intersect (const ClsPeriod *self,
                      const ClsPeriod *other)
{
  guint32 start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (other != NULL, NULL);

  if (!cls_period_overlaps (self, other))
    return NULL;

  start = MAX (self->start, other->start);
  end = MIN (self->end, other->end);

  /* Keep the kind when possible: `2026-Q2` reads better than its range */
  if (start == self->start && end == self->end)
    return cls_period_copy (self);
  if (start == other->start && end == other->end)
    return cls_period_copy (other);

  return period_new (start, end, CLS_PERIOD_KIND_RANGE);
}

/**
 * cls_period_equal:
 * @a: a period
 * @b: another period
 *
 * Checks whether two periods are equal: same days and same kind. Suitable
 * as a #GEqualFunc, with [method@Cls.Period.hash].
 *
 * Returns: %TRUE if @a and @b are equal
 *
 * Since: 1.0
 */
gboolean
cls_period_equal (const ClsPeriod *a,
                  const ClsPeriod *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->start == b->start && a->end == b->end && a->kind == b->kind;
}

/**
 * cls_period_hash:
 * @self: a period
 *
 * Computes a hash value for a period, consistent with
 * [method@Cls.Period.equal]. Suitable as a #GHashFunc.
 *
 * Returns: the hash value of @self
 *
 * Since: 1.0
 */
guint
cls_period_hash (const ClsPeriod *self)
{
  guint hash;

  g_return_val_if_fail (self != NULL, 0);

  /* The same mixing as g_str_hash(), on the three fields */
  hash = 5381;
  hash = hash * 33 + self->start;
  hash = hash * 33 + self->end;
  hash = hash * 33 + (guint) self->kind;

  return hash;
}

/**
 * cls_period_compare:
 * @a: a period
 * @b: another period
 *
 * Orders periods by first day, then by last day, then by kind (in the
 * order of [enum@Cls.PeriodKind]). Suitable as a #GCompareFunc.
 *
 * Returns: a negative value if @a comes before @b, 0 if they are equal,
 *   a positive value if @a comes after @b
 *
 * Since: 1.0
 */
int
cls_period_compare (const ClsPeriod *a,
                    const ClsPeriod *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  return 0;
}
