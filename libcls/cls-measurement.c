/* cls-measurement.c: one measurement of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-measurement.h"
#include "cls-measurement-private.h"
#include "cls-period-private.h"

/**
 * ClsMeasurement:
 *
 * One measurement of an indicator for one period: a value, or a ratio's
 * numerator and denominator, an ordinal level, a survey's distribution of
 * responses over the levels, a milestone's done flag, or a narrative
 * assessment — with where it comes from and when it was recorded.
 *
 * Indicators store their measurements compactly, not as one object each;
 * [method@Cls.Indicator.dup_measurement] hands out copies, and
 * [method@Cls.Indicator.set_measurement] stores one.
 *
 * Since: 1.0
 */

G_DEFINE_BOXED_TYPE (ClsMeasurement, cls_measurement, cls_measurement_copy, cls_measurement_free)

void
_cls_measurement_init (ClsMeasurement *self)
{
  memset (self, 0, sizeof *self);
  self->respondents = -1;
}

static void
extra_free (ClsMeasurementExtra *extra)
{
  guint i;

  if (extra == NULL)
    return;
  g_free (extra->author);
  g_free (extra->comment);
  g_free (extra->text);
  if (extra->responses != NULL)
    {
      for (i = 0; i < extra->responses->len; i++)
        g_free ((char *) g_array_index (extra->responses, ClsResponse, i).level);
      g_array_unref (extra->responses);
    }
  if (extra->breakdowns != NULL)
    {
      for (i = 0; i < extra->breakdowns->len; i++)
        {
          ClsBreakdown *b = &g_array_index (extra->breakdowns, ClsBreakdown, i);
          g_free ((char *) b->dimension);
          g_free ((char *) b->key);
        }
      g_array_unref (extra->breakdowns);
    }
  g_free (extra);
}

ClsMeasurementExtra *
_cls_measurement_ensure_extra (ClsMeasurement *self)
{
  if (self->extra == NULL)
    self->extra = g_new0 (ClsMeasurementExtra, 1);
  return self->extra;
}

static void
add_responses (ClsMeasurement    *self,
               const ClsResponse *responses,
               guint              n)
{
  ClsMeasurementExtra *extra;
  guint i;

  if (n == 0)
    return;
  extra = _cls_measurement_ensure_extra (self);
  if (extra->responses == NULL)
    extra->responses = g_array_sized_new (FALSE, FALSE, sizeof (ClsResponse), n);
  for (i = 0; i < n; i++)
    {
      ClsResponse r = { g_strdup (responses[i].level), responses[i].count };
      g_array_append_val (extra->responses, r);
    }
}

static void
add_breakdowns (ClsMeasurement     *self,
                const ClsBreakdown *breakdowns,
                guint               n)
{
  ClsMeasurementExtra *extra;
  guint i;

  if (n == 0)
    return;
  extra = _cls_measurement_ensure_extra (self);
  if (extra->breakdowns == NULL)
    extra->breakdowns = g_array_sized_new (FALSE, FALSE, sizeof (ClsBreakdown), n);
  for (i = 0; i < n; i++)
    {
      ClsBreakdown b = { g_strdup (breakdowns[i].dimension), g_strdup (breakdowns[i].key), breakdowns[i].value };
      g_array_append_val (extra->breakdowns, b);
    }
}

void
_cls_measurement_clear (ClsMeasurement *self)
{
  g_free (self->level);
  g_free (self->source);
  extra_free (self->extra);
  _cls_measurement_init (self);
}

static void
measurement_copy_into (ClsMeasurement       *dst,
                       const ClsMeasurement *src)
{
  *dst = *src;
  dst->level = g_strdup (src->level);
  dst->source = g_strdup (src->source);
  dst->extra = NULL;
  if (src->extra != NULL)
    {
      const ClsMeasurementExtra *extra = src->extra;

      _cls_measurement_ensure_extra (dst);
      dst->extra->author = g_strdup (extra->author);
      dst->extra->comment = g_strdup (extra->comment);
      dst->extra->text = g_strdup (extra->text);
      if (extra->responses != NULL)
        add_responses (dst, (const ClsResponse *) (gpointer) extra->responses->data, extra->responses->len);
      if (extra->breakdowns != NULL)
        add_breakdowns (dst, (const ClsBreakdown *) (gpointer) extra->breakdowns->data, extra->breakdowns->len);
    }
}

int
_cls_measurement_compare_period (gconstpointer a,
                                 gconstpointer b)
{
  const ClsMeasurement *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end < mb->end ? -1 : 1;
  return (int) ma->kind - (int) mb->kind;
}

/* ------------------------------------------------------------------ */
/* Stored measurements (see cls-measurement-private.h)                 */

static ClsPooled
pool_intern (ClsRecordSet *set,
             const char   *string,
             GHashTable   *intern)
{
  guint i;

  if (string == NULL)
    return 0;
  if (intern != NULL)
    {
      ClsPooled pooled = GPOINTER_TO_UINT (g_hash_table_lookup (intern, string));

      if (pooled != 0)
        return pooled;
    }
  else
    {
      /* An indicator's pool holds a handful of strings (a source or two,
       * the levels of a scale, the communes of its breakdowns): a linear
       * search costs no memory, and only measurements stored one by one
       * through the API search here. */
      for (i = 0; i < set->n_strings; i++)
        if (strcmp (set->strings[i], string) == 0)
          return i + 1;
    }
  if (set->n_strings == set->allocated_strings)
    {
      set->allocated_strings = MAX (4, set->allocated_strings * 2);
      set->strings = g_renew (char *, set->strings, set->allocated_strings);
    }
  set->strings[set->n_strings++] = g_strdup (string);
  if (intern != NULL)
    g_hash_table_insert (intern, set->strings[set->n_strings - 1], GUINT_TO_POINTER (set->n_strings));
  return set->n_strings;
}

static gboolean
has_value_and_ratio (const ClsMeasurement *m)
{
  return (m->flags & CLS_MEASUREMENT_HAS_VALUE) && (m->flags & CLS_MEASUREMENT_HAS_RATIO);
}

static gboolean
has_long_span (const ClsMeasurement *m)
{
  return m->end < m->start || m->end - m->start >= CLS_RECORD_LONG_SPAN;
}

static gboolean
needs_rare (const ClsMeasurement *m)
{
  const ClsMeasurementExtra *extra = m->extra;

  return has_value_and_ratio (m) || has_long_span (m) ||
         (extra != NULL && (extra->author != NULL || extra->comment != NULL || extra->text != NULL));
}

static gboolean
needs_extra (const ClsMeasurement *m)
{
  const ClsMeasurementExtra *extra = m->extra;

  return m->date != 0 || m->recorded != 0 || m->respondents >= 0 ||
         m->level != NULL || m->source != NULL || needs_rare (m) ||
         (extra != NULL &&
          ((extra->responses != NULL && extra->responses->len > 0) ||
           (extra->breakdowns != NULL && extra->breakdowns->len > 0)));
}

static void
record_extra_clear (ClsRecordExtra *e)
{
  if (e->rare != NULL)
    {
      g_free (e->rare->author);
      g_free (e->rare->comment);
      g_free (e->rare->text);
      g_free (e->rare);
    }
  g_free (e->items);
  memset (e, 0, sizeof *e);
}

static void
record_extra_fill (ClsRecordSet         *set,
                   ClsRecordExtra       *e,
                   guint                 index,
                   const ClsMeasurement *m,
                   GHashTable           *intern)
{
  const ClsMeasurementExtra *extra = m->extra;
  ClsRecordResponse *responses;
  ClsRecordBreakdown *breakdowns;
  guint i;

  memset (e, 0, sizeof *e);
  e->record = index;
  e->date = m->date;
  e->recorded = m->recorded;
  e->respondents = m->respondents;
  e->level = pool_intern (set, m->level, intern);
  e->source = pool_intern (set, m->source, intern);
  if (needs_rare (m))
    {
      e->rare = g_new0 (ClsRecordRare, 1);
      if (has_value_and_ratio (m))
        e->rare->value = m->value;
      if (has_long_span (m))
        e->rare->end = m->end;
      if (extra != NULL)
        {
          e->rare->author = g_strdup (extra->author);
          e->rare->comment = g_strdup (extra->comment);
          e->rare->text = g_strdup (extra->text);
        }
    }
  if (extra == NULL)
    return;
  e->n_responses = extra->responses != NULL ? extra->responses->len : 0;
  e->n_breakdowns = extra->breakdowns != NULL ? extra->breakdowns->len : 0;
  if (e->n_responses + e->n_breakdowns == 0)
    return;
  e->items = g_malloc (e->n_responses * sizeof (ClsRecordResponse) + e->n_breakdowns * sizeof (ClsRecordBreakdown));
  responses = e->items;
  for (i = 0; i < e->n_responses; i++)
    {
      const ClsResponse *r = &g_array_index (extra->responses, ClsResponse, i);

      responses[i].level = pool_intern (set, r->level, intern);
      responses[i].count = r->count;
    }
  breakdowns = (ClsRecordBreakdown *) (gpointer) (responses + e->n_responses);
  for (i = 0; i < e->n_breakdowns; i++)
    {
      const ClsBreakdown *b = &g_array_index (extra->breakdowns, ClsBreakdown, i);

      breakdowns[i].dimension = pool_intern (set, b->dimension, intern);
      breakdowns[i].key = pool_intern (set, b->key, intern);
      breakdowns[i].value = b->value;
    }
}

static ClsRecord *
record_at (ClsRecordSet *set,
           guint         index)
{
  return (ClsRecord *) (gpointer) (set->data + (gsize) index * _cls_record_set_stride (set));
}

/* The position of the first extra of a record at index or after. */
static guint
extra_lower_bound (const ClsRecordSet *set,
                   guint               index)
{
  guint low = 0, high = set->n_extras;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (set->extras[middle].record < index)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

const ClsRecordExtra *
_cls_record_set_find_extra (const ClsRecordSet *set,
                            const ClsRecord    *r)
{
  guint index = (guint) (((const guint8 *) r - set->data) / _cls_record_set_stride (set));
  guint position = extra_lower_bound (set, index);

  g_assert (position < set->n_extras && set->extras[position].record == index);
  return &set->extras[position];
}

guint32
_cls_record_set_long_end (const ClsRecordSet *set,
                          const ClsRecord    *r)
{
  return _cls_record_set_find_extra (set, r)->rare->end;
}

/* Makes room for an extra at position (keeping them sorted by record). */
static ClsRecordExtra *
extra_insert (ClsRecordSet *set,
              guint         position)
{
  if (set->n_extras == set->allocated_extras)
    {
      set->allocated_extras = MAX (4, set->allocated_extras + set->allocated_extras / 2);
      set->extras = g_renew (ClsRecordExtra, set->extras, set->allocated_extras);
    }
  memmove (&set->extras[position + 1], &set->extras[position],
           (set->n_extras - position) * sizeof (ClsRecordExtra));
  set->n_extras++;
  return &set->extras[position];
}

static void
extra_remove (ClsRecordSet *set,
              guint         position)
{
  record_extra_clear (&set->extras[position]);
  memmove (&set->extras[position], &set->extras[position + 1],
           (set->n_extras - position - 1) * sizeof (ClsRecordExtra));
  set->n_extras--;
}

/* Gives every record a denominator (0), so that ratios can be stored. */
static void
record_set_widen (ClsRecordSet *set)
{
  guint8 *data;
  guint i;

  if (set->stride == CLS_RECORD_WIDE)
    return;
  data = set->allocated > 0 ? g_malloc0_n (set->allocated, CLS_RECORD_WIDE) : NULL;
  for (i = 0; i < set->n; i++)
    memcpy (data + (gsize) i * CLS_RECORD_WIDE, set->data + (gsize) i * CLS_RECORD_NARROW, CLS_RECORD_NARROW);
  g_free (set->data);
  set->data = data;
  set->stride = CLS_RECORD_WIDE;
}

void
_cls_record_set_clear (ClsRecordSet *set)
{
  guint i;

  for (i = 0; i < set->n_extras; i++)
    record_extra_clear (&set->extras[i]);
  for (i = 0; i < set->n_strings; i++)
    g_free (set->strings[i]);
  g_free (set->data);
  g_free (set->extras);
  g_free (set->strings);
  memset (set, 0, sizeof *set);
}

void
_cls_record_set_reserve (ClsRecordSet *set,
                         guint         n,
                         gboolean      wide)
{
  if (wide)
    record_set_widen (set);
  if (set->n + n > set->allocated)
    {
      set->allocated = set->n + n;
      set->data = g_realloc_n (set->data, set->allocated, _cls_record_set_stride (set));
    }
}

void
_cls_record_set_trim (ClsRecordSet *set)
{
  if (set->allocated > set->n)
    {
      set->allocated = set->n;
      set->data = g_realloc_n (set->data, set->allocated, _cls_record_set_stride (set));
    }
  if (set->allocated_extras > set->n_extras)
    {
      set->allocated_extras = set->n_extras;
      set->extras = g_renew (ClsRecordExtra, set->extras, set->allocated_extras);
    }
  if (set->allocated_strings > set->n_strings)
    {
      set->allocated_strings = set->n_strings;
      set->strings = g_renew (char *, set->strings, set->allocated_strings);
    }
}

void
_cls_record_set_store (ClsRecordSet         *set,
                       guint                 index,
                       gboolean              replace,
                       const ClsMeasurement *m,
                       GHashTable           *intern)
{
  ClsRecord record = { 0 };
  gboolean wants_extra = needs_extra (m);
  guint stride, position, i;

  if (m->flags & CLS_MEASUREMENT_HAS_RATIO)
    record_set_widen (set);
  stride = _cls_record_set_stride (set);

  record.start = m->start;
  record.span = has_long_span (m) ? CLS_RECORD_LONG_SPAN : m->end - m->start;
  record.kind = m->kind;
  record.flags = (m->flags & CLS_RECORD_PUBLIC_FLAGS) | (wants_extra ? CLS_RECORD_HAS_EXTRA : 0);
  if (m->flags & CLS_MEASUREMENT_HAS_RATIO)
    {
      record.a = m->numerator;
      record.b = m->denominator;
    }
  else
    record.a = m->value;

  /* Appending (the loader) puts the extra last without a search. */
  position = index == set->n ? set->n_extras : extra_lower_bound (set, index);
  if (replace)
    {
      gboolean had_extra = (record_at (set, index)->flags & CLS_RECORD_HAS_EXTRA) != 0;

      if (had_extra && wants_extra)
        record_extra_clear (&set->extras[position]);
      else if (had_extra)
        extra_remove (set, position);
      else if (wants_extra)
        extra_insert (set, position);
    }
  else
    {
      /* The extras of the records after it move up with them. */
      for (i = position; i < set->n_extras; i++)
        set->extras[i].record++;
      if (wants_extra)
        extra_insert (set, position);
      if (set->n == set->allocated)
        {
          set->allocated = MAX (4, set->allocated + set->allocated / 2);
          set->data = g_realloc_n (set->data, set->allocated, stride);
        }
      memmove (set->data + (gsize) (index + 1) * stride, set->data + (gsize) index * stride,
               (gsize) (set->n - index) * stride);
      set->n++;
    }
  if (wants_extra)
    record_extra_fill (set, &set->extras[position], index, m, intern);
  /* A narrow record is the wide one without its last field. */
  memcpy (record_at (set, index), &record, stride);
}

void
_cls_record_set_remove (ClsRecordSet *set,
                        guint         index)
{
  guint stride = _cls_record_set_stride (set);
  guint position = extra_lower_bound (set, index), i;

  if (record_at (set, index)->flags & CLS_RECORD_HAS_EXTRA)
    extra_remove (set, position);
  for (i = position; i < set->n_extras; i++)
    set->extras[i].record--;
  memmove (set->data + (gsize) index * stride, set->data + (gsize) (index + 1) * stride,
           (gsize) (set->n - index - 1) * stride);
  set->n--;
}

void
_cls_record_set_get (const ClsRecordSet *set,
                     guint               index,
                     ClsMeasurement     *m)
{
  const ClsRecord *r = _cls_record_set_at (set, index);
  const ClsRecordExtra *e = _cls_record_extra (set, r);
  const ClsRecordResponse *responses;
  const ClsRecordBreakdown *breakdowns;
  guint i;

  m->start = r->start;
  m->end = _cls_record_end (set, r);
  m->kind = r->kind;
  m->flags = r->flags & CLS_RECORD_PUBLIC_FLAGS;
  m->value = _cls_record_value (set, r);
  m->numerator = _cls_record_numerator (r);
  m->denominator = _cls_record_denominator (r);
  if (e == NULL)
    return;
  m->date = e->date;
  m->recorded = e->recorded;
  m->respondents = e->respondents;
  m->level = g_strdup (_cls_record_set_string (set, e->level));
  m->source = g_strdup (_cls_record_set_string (set, e->source));
  if (e->rare != NULL && (e->rare->author != NULL || e->rare->comment != NULL || e->rare->text != NULL))
    {
      _cls_measurement_ensure_extra (m);
      m->extra->author = g_strdup (e->rare->author);
      m->extra->comment = g_strdup (e->rare->comment);
      m->extra->text = g_strdup (e->rare->text);
    }
  responses = _cls_record_extra_responses (e);
  for (i = 0; i < e->n_responses; i++)
    cls_measurement_add_response (m, _cls_record_set_string (set, responses[i].level), responses[i].count);
  breakdowns = _cls_record_extra_breakdowns (e);
  for (i = 0; i < e->n_breakdowns; i++)
    cls_measurement_add_breakdown (m, _cls_record_set_string (set, breakdowns[i].dimension),
                                   _cls_record_set_string (set, breakdowns[i].key), breakdowns[i].value);
}

gboolean
_cls_record_set_find (const ClsRecordSet *set,
                      guint32             start,
                      guint32             end,
                      guint8              kind,
                      guint              *index)
{
  guint lo = 0, hi = set->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const ClsRecord *r = _cls_record_set_at (set, mid);
      guint32 r_end;
      int cmp;

      if (r->start != start)
        cmp = r->start < start ? -1 : 1;
      else if ((r_end = _cls_record_end (set, r)) != end)
        cmp = r_end < end ? -1 : 1;
      else
        cmp = (int) r->kind - (int) kind;
      if (cmp == 0)
        {
          *index = mid;
          return TRUE;
        }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *index = lo;
  return FALSE;
}

/**
 * cls_measurement_new:
 * @period: the period measured
 *
 * Creates a measurement for @period, with nothing measured yet.
 *
 * Returns: (transfer full): a new measurement
 *
 * Since: 1.0
 */
ClsMeasurement *
cls_measurement_new (const ClsPeriod *period)
{
  ClsMeasurement *self;

  g_return_val_if_fail (period != NULL, NULL);

  self = g_new (ClsMeasurement, 1);
  _cls_measurement_init (self);
  self->start = cls_period_get_start_julian (period);
  self->end = cls_period_get_end_julian (period);
  self->kind = cls_period_get_kind (period);
  return self;
}

/**
 * cls_measurement_copy:
 * @self: a measurement
 *
 * Copies a measurement.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 1.0
 */
ClsMeasurement *
cls_measurement_copy (const ClsMeasurement *self)
{
  ClsMeasurement *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (ClsMeasurement, 1);
  measurement_copy_into (copy, self);
  return copy;
}

/**
 * cls_measurement_free:
 * @self: (transfer full): a measurement
 *
 * Frees a measurement.
 *
 * Since: 1.0
 */
void
cls_measurement_free (ClsMeasurement *self)
{
  if (self == NULL)
    return;
  _cls_measurement_clear (self);
  g_free (self);
}

/**
 * cls_measurement_dup_period:
 * @self: a measurement
 *
 * Gets the period measured.
 *
 * Returns: (transfer full): the period
 *
 * Since: 1.0
 */
ClsPeriod *
cls_measurement_dup_period (const ClsMeasurement *self)
{
  ClsPeriod *range;

  g_return_val_if_fail (self != NULL, NULL);

  /* Rebuild the period with the kind it was written with. */
  range = cls_period_new_julian_range (self->start, self->end);
  if (self->kind != CLS_PERIOD_KIND_RANGE)
    {
      GString *text = g_string_new (NULL);
      ClsPeriod *period;

      _cls_period_append_julian (text, self->start, self->end, self->kind);
      period = cls_period_parse (text->str, NULL);
      g_string_free (text, TRUE);
      if (period != NULL)
        {
          cls_period_free (range);
          return period;
        }
    }
  return range;
}

/**
 * cls_measurement_set_period:
 * @self: a measurement
 * @period: the period measured
 *
 * Sets the period measured.
 *
 * Since: 1.0
 */
void
cls_measurement_set_period (ClsMeasurement  *self,
                            const ClsPeriod *period)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (period != NULL);

  self->start = cls_period_get_start_julian (period);
  self->end = cls_period_get_end_julian (period);
  self->kind = cls_period_get_kind (period);
}

/**
 * cls_measurement_has_value:
 * @self: a measurement
 *
 * Whether the measurement gives a value.
 *
 * Returns: %TRUE if it gives a value
 *
 * Since: 1.0
 */
gboolean
cls_measurement_has_value (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return (self->flags & CLS_MEASUREMENT_HAS_VALUE) != 0;
}

/**
 * cls_measurement_get_value:
 * @self: a measurement
 *
 * Gets the value: a count, an amount, or a ratio given directly (in the
 * indicator's factor units). Meaningful only when
 * [method@Cls.Measurement.has_value] is %TRUE.
 *
 * Returns: the value, or 0
 *
 * Since: 1.0
 */
double
cls_measurement_get_value (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->value;
}

/**
 * cls_measurement_set_value:
 * @self: a measurement
 * @value: the value, a finite number
 *
 * Sets the value.
 *
 * Since: 1.0
 */
void
cls_measurement_set_value (ClsMeasurement *self,
                           double          value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (value));
  self->value = value;
  self->flags |= CLS_MEASUREMENT_HAS_VALUE;
}

/**
 * cls_measurement_has_ratio:
 * @self: a measurement
 *
 * Whether the measurement gives a numerator and a denominator.
 *
 * Returns: %TRUE if it does
 *
 * Since: 1.0
 */
gboolean
cls_measurement_has_ratio (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return (self->flags & CLS_MEASUREMENT_HAS_RATIO) != 0;
}

/**
 * cls_measurement_get_numerator:
 * @self: a measurement
 *
 * Gets the numerator of a ratio.
 *
 * Returns: the numerator, or 0
 *
 * Since: 1.0
 */
double
cls_measurement_get_numerator (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->numerator;
}

/**
 * cls_measurement_get_denominator:
 * @self: a measurement
 *
 * Gets the denominator of a ratio.
 *
 * Returns: the denominator, or 0
 *
 * Since: 1.0
 */
double
cls_measurement_get_denominator (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->denominator;
}

/**
 * cls_measurement_set_ratio:
 * @self: a measurement
 * @numerator: the numerator
 * @denominator: the denominator
 *
 * Sets the numerator and denominator of a ratio. The indicator's value is
 * then `factor × numerator ÷ denominator`.
 *
 * Since: 1.0
 */
void
cls_measurement_set_ratio (ClsMeasurement *self,
                           double          numerator,
                           double          denominator)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (numerator) && isfinite (denominator));
  self->numerator = numerator;
  self->denominator = denominator;
  self->flags |= CLS_MEASUREMENT_HAS_RATIO;
}

/**
 * cls_measurement_get_level:
 * @self: a measurement
 *
 * Gets the key of the ordinal level measured.
 *
 * Returns: (nullable): the level key
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_level (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->level;
}

/**
 * cls_measurement_set_level:
 * @self: a measurement
 * @level: (nullable): a level key of the indicator's scale
 *
 * Sets the ordinal level measured.
 *
 * Since: 1.0
 */
void
cls_measurement_set_level (ClsMeasurement *self,
                           const char     *level)
{
  g_return_if_fail (self != NULL);
  g_free (self->level);
  self->level = g_strdup (level);
}

/**
 * cls_measurement_has_done:
 * @self: a measurement
 *
 * Whether the measurement says if a milestone is done.
 *
 * Returns: %TRUE if it does
 *
 * Since: 1.0
 */
gboolean
cls_measurement_has_done (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return (self->flags & CLS_MEASUREMENT_HAS_DONE) != 0;
}

/**
 * cls_measurement_get_done:
 * @self: a measurement
 *
 * Whether the milestone is done.
 *
 * Returns: %TRUE if done
 *
 * Since: 1.0
 */
gboolean
cls_measurement_get_done (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return (self->flags & CLS_MEASUREMENT_DONE) != 0;
}

/**
 * cls_measurement_set_done:
 * @self: a measurement
 * @done: whether the milestone is done
 *
 * Sets whether a milestone is done.
 *
 * Since: 1.0
 */
void
cls_measurement_set_done (ClsMeasurement *self,
                          gboolean        done)
{
  g_return_if_fail (self != NULL);
  self->flags |= CLS_MEASUREMENT_HAS_DONE;
  if (done)
    self->flags |= CLS_MEASUREMENT_DONE;
  else
    self->flags &= ~CLS_MEASUREMENT_DONE;
}

/**
 * cls_measurement_get_respondents:
 * @self: a measurement
 *
 * Gets the number of survey respondents.
 *
 * Returns: the number of respondents, or -1 when not given
 *
 * Since: 1.0
 */
int
cls_measurement_get_respondents (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->respondents;
}

/**
 * cls_measurement_set_respondents:
 * @self: a measurement
 * @respondents: the number of respondents, or -1
 *
 * Sets the number of survey respondents.
 *
 * Since: 1.0
 */
void
cls_measurement_set_respondents (ClsMeasurement *self,
                                 int             respondents)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (respondents >= -1);
  self->respondents = respondents;
}

static GDate *
dup_julian (guint32 julian)
{
  return julian == 0 ? NULL : g_date_new_julian (julian);
}

static guint32
to_julian (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

/**
 * cls_measurement_get_author:
 * @self: a measurement
 *
 * Gets who wrote a narrative assessment.
 *
 * Returns: (nullable): the author
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_author (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->extra ? self->extra->author : NULL;
}

/**
 * cls_measurement_set_author:
 * @self: a measurement
 * @author: (nullable): the author
 *
 * Sets who wrote a narrative assessment.
 *
 * Since: 1.0
 */
void
cls_measurement_set_author (ClsMeasurement *self,
                            const char     *author)
{
  ClsMeasurementExtra *extra;

  g_return_if_fail (self != NULL);
  extra = _cls_measurement_ensure_extra (self);
  g_free (extra->author);
  extra->author = g_strdup (author);
}

/**
 * cls_measurement_dup_date:
 * @self: a measurement
 *
 * Gets the date a milestone was done or an assessment written.
 *
 * Returns: (nullable) (transfer full): the date
 *
 * Since: 1.0
 */
GDate *
cls_measurement_dup_date (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return dup_julian (self->date);
}

/**
 * cls_measurement_set_date:
 * @self: a measurement
 * @date: (nullable): the date
 *
 * Sets the date a milestone was done or an assessment written.
 *
 * Since: 1.0
 */
void
cls_measurement_set_date (ClsMeasurement *self,
                          const GDate    *date)
{
  g_return_if_fail (self != NULL);
  self->date = to_julian (date);
}

/**
 * cls_measurement_get_source:
 * @self: a measurement
 *
 * Gets where the figure comes from.
 *
 * Returns: (nullable): the source
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_source (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

/**
 * cls_measurement_set_source:
 * @self: a measurement
 * @source: (nullable): the source
 *
 * Sets where the figure comes from.
 *
 * Since: 1.0
 */
void
cls_measurement_set_source (ClsMeasurement *self,
                            const char     *source)
{
  g_return_if_fail (self != NULL);
  g_free (self->source);
  self->source = g_strdup (source);
}

/**
 * cls_measurement_dup_recorded:
 * @self: a measurement
 *
 * Gets the date the figure was recorded.
 *
 * Returns: (nullable) (transfer full): the date
 *
 * Since: 1.0
 */
GDate *
cls_measurement_dup_recorded (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return dup_julian (self->recorded);
}

/**
 * cls_measurement_set_recorded:
 * @self: a measurement
 * @recorded: (nullable): the date
 *
 * Sets the date the figure was recorded.
 *
 * Since: 1.0
 */
void
cls_measurement_set_recorded (ClsMeasurement *self,
                              const GDate    *recorded)
{
  g_return_if_fail (self != NULL);
  self->recorded = to_julian (recorded);
}

/**
 * cls_measurement_get_illustrative:
 * @self: a measurement
 *
 * Whether the measurement is illustrative (invented for an example), not
 * a real figure.
 *
 * Returns: %TRUE if illustrative
 *
 * Since: 1.0
 */
gboolean
cls_measurement_get_illustrative (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return (self->flags & CLS_MEASUREMENT_ILLUSTRATIVE) != 0;
}

/**
 * cls_measurement_set_illustrative:
 * @self: a measurement
 * @illustrative: whether the measurement is illustrative
 *
 * Marks the measurement as illustrative, or as real.
 *
 * Since: 1.0
 */
void
cls_measurement_set_illustrative (ClsMeasurement *self,
                                  gboolean        illustrative)
{
  g_return_if_fail (self != NULL);
  if (illustrative)
    self->flags |= CLS_MEASUREMENT_ILLUSTRATIVE;
  else
    self->flags &= ~CLS_MEASUREMENT_ILLUSTRATIVE;
}

/**
 * cls_measurement_get_comment:
 * @self: a measurement
 *
 * Gets the comment.
 *
 * Returns: (nullable): the comment
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_comment (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->extra ? self->extra->comment : NULL;
}

/**
 * cls_measurement_set_comment:
 * @self: a measurement
 * @comment: (nullable): the comment
 *
 * Sets the comment.
 *
 * Since: 1.0
 */
void
cls_measurement_set_comment (ClsMeasurement *self,
                             const char     *comment)
{
  ClsMeasurementExtra *extra;

  g_return_if_fail (self != NULL);
  extra = _cls_measurement_ensure_extra (self);
  g_free (extra->comment);
  extra->comment = g_strdup (comment);
}

/**
 * cls_measurement_get_text:
 * @self: a measurement
 *
 * Gets the text of a narrative assessment.
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_text (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->extra ? self->extra->text : NULL;
}

/**
 * cls_measurement_set_text:
 * @self: a measurement
 * @text: (nullable): the assessment
 *
 * Sets the text of a narrative assessment.
 *
 * Since: 1.0
 */
void
cls_measurement_set_text (ClsMeasurement *self,
                          const char     *text)
{
  ClsMeasurementExtra *extra;

  g_return_if_fail (self != NULL);
  extra = _cls_measurement_ensure_extra (self);
  g_free (extra->text);
  extra->text = g_strdup (text);
}

/**
 * cls_measurement_get_n_responses:
 * @self: a measurement
 *
 * Gets the number of levels in a survey's distribution of responses.
 *
 * Returns: the number of (level, count) pairs
 *
 * Since: 1.0
 */
guint
cls_measurement_get_n_responses (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->extra && self->extra->responses ? self->extra->responses->len : 0;
}

/**
 * cls_measurement_get_response:
 * @self: a measurement
 * @index: the index of the pair, below [method@Cls.Measurement.get_n_responses]
 * @count: (out) (optional): the number of respondents at that level
 *
 * Gets one level of a survey's distribution of responses.
 *
 * Returns: the level key
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_response (const ClsMeasurement *self,
                              guint                 index,
                              guint                *count)
{
  const ClsResponse *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < cls_measurement_get_n_responses (self), NULL);

  r = &g_array_index (self->extra->responses, ClsResponse, index);
  if (count != NULL)
    *count = r->count;
  return r->level;
}

/**
 * cls_measurement_add_response:
 * @self: a measurement
 * @level: a level key of the indicator's scale
 * @count: the number of respondents at that level
 *
 * Adds one level of a survey's distribution of responses.
 *
 * Since: 1.0
 */
void
cls_measurement_add_response (ClsMeasurement *self,
                              const char     *level,
                              guint           count)
{
  ClsMeasurementExtra *extra;
  ClsResponse r;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level != NULL);

  extra = _cls_measurement_ensure_extra (self);
  if (extra->responses == NULL)
    extra->responses = g_array_new (FALSE, FALSE, sizeof (ClsResponse));
  r.level = g_strdup (level);
  r.count = count;
  g_array_append_val (extra->responses, r);
}

/**
 * cls_measurement_get_n_breakdowns:
 * @self: a measurement
 *
 * Gets the number of breakdown values (a value per commune, per public…).
 *
 * Returns: the number of breakdown values
 *
 * Since: 1.0
 */
guint
cls_measurement_get_n_breakdowns (const ClsMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->extra && self->extra->breakdowns ? self->extra->breakdowns->len : 0;
}

/**
 * cls_measurement_get_breakdown:
 * @self: a measurement
 * @index: the index, below [method@Cls.Measurement.get_n_breakdowns]
 * @key: (out) (optional) (transfer none): the dimension value (a commune id…)
 * @value: (out) (optional): the value for it
 *
 * Gets one breakdown value.
 *
 * Returns: the dimension
 *
 * Since: 1.0
 */
const char *
cls_measurement_get_breakdown (const ClsMeasurement  *self,
                               guint                  index,
                               const char           **key,
                               double                *value)
{
  const ClsBreakdown *b;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < cls_measurement_get_n_breakdowns (self), NULL);

  b = &g_array_index (self->extra->breakdowns, ClsBreakdown, index);
  if (key != NULL)
    *key = b->key;
  if (value != NULL)
    *value = b->value;
  return b->dimension;
}

/**
 * cls_measurement_add_breakdown:
 * @self: a measurement
 * @dimension: the dimension (“commune”, “public”)
 * @key: the dimension value
 * @value: the value for it
 *
 * Adds a breakdown value.
 *
 * Since: 1.0
 */
void
cls_measurement_add_breakdown (ClsMeasurement *self,
                               const char     *dimension,
                               const char     *key,
                               double          value)
{
  ClsMeasurementExtra *extra;
  ClsBreakdown b;

  g_return_if_fail (self != NULL);
  g_return_if_fail (dimension != NULL && key != NULL);
  g_return_if_fail (isfinite (value));

  extra = _cls_measurement_ensure_extra (self);
  if (extra->breakdowns == NULL)
    extra->breakdowns = g_array_new (FALSE, FALSE, sizeof (ClsBreakdown));
  b.dimension = g_strdup (dimension);
  b.key = g_strdup (key);
  b.value = value;
  g_array_append_val (extra->breakdowns, b);
}

/**
 * cls_measurement_lookup_breakdown:
 * @self: a measurement
 * @dimension: the dimension
 * @key: the dimension value
 * @value: (out) (optional): the value for it
 *
 * Looks up the breakdown value of @key in @dimension.
 *
 * Returns: %TRUE if the measurement has one
 *
 * Since: 1.0
 */
gboolean
cls_measurement_lookup_breakdown (const ClsMeasurement *self,
                                  const char           *dimension,
                                  const char           *key,
                                  double               *value)
{
  guint i, n;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (dimension != NULL && key != NULL, FALSE);

  n = cls_measurement_get_n_breakdowns (self);
  for (i = 0; i < n; i++)
    {
      const ClsBreakdown *b = &g_array_index (self->extra->breakdowns, ClsBreakdown, i);
      if (g_str_equal (b->dimension, dimension) && g_str_equal (b->key, key))
        {
          if (value != NULL)
            *value = b->value;
          return TRUE;
        }
    }
  return FALSE;
}
