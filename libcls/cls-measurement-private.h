/* cls-measurement-private.h: the compact layout of measurements (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A measurement exists in two layouts:
 *
 *  - ClsMeasurement, the boxed type handed to callers: every field, every
 *    string owned. Only copies and measurements being built have it, a few
 *    at a time, so its size does not matter.
 *  - ClsRecord, how an indicator stores its measurements: a national set has
 *    a million of them, so the record keeps only what a plain count (16
 *    bytes) or ratio (24 bytes) needs and moves everything else (source,
 *    dates, levels, responses, breakdowns, texts) to an out-of-line
 *    ClsRecordExtra that only the few measurements with such fields have.
 *    The strings they name are pooled per indicator.
 *
 * Readers of stored measurements (evaluation, validation, saving, review)
 * go through the accessors below, never through the public getters.
 */
#pragma once

#include "cls-measurement.h"

G_BEGIN_DECLS

enum {
  CLS_MEASUREMENT_HAS_VALUE    = 1 << 0,
  CLS_MEASUREMENT_HAS_RATIO    = 1 << 1,
  CLS_MEASUREMENT_HAS_DONE     = 1 << 2,
  CLS_MEASUREMENT_DONE         = 1 << 3,
  CLS_MEASUREMENT_ILLUSTRATIVE = 1 << 4,
};

/* The strings of a ClsMeasurement are owned; const only so that they are
 * freed through a cast, never by mistake. */
typedef struct {
  const char *dimension;
  const char *key;
  double value;
} ClsBreakdown;

typedef struct {
  const char *level;
  guint count;
} ClsResponse;

/* Rarely used fields of a ClsMeasurement. */
typedef struct {
  char *author;
  char *comment;
  char *text;
  GArray *responses;   /* ClsResponse */
  GArray *breakdowns;  /* ClsBreakdown */
} ClsMeasurementExtra;

struct _ClsMeasurement {
  guint32 start;        /* julian day of the period's first day */
  guint32 end;          /* julian day of the period's last day */
  guint32 date;         /* julian day, 0 when unset */
  guint32 recorded;     /* julian day, 0 when unset */
  gint32 respondents;   /* -1 when unset */
  guint8 kind;          /* ClsPeriodKind */
  guint8 flags;
  double value;
  double numerator;
  double denominator;
  char *level;
  char *source;
  ClsMeasurementExtra *extra;
};

void        _cls_measurement_init           (ClsMeasurement       *self);
void        _cls_measurement_clear          (ClsMeasurement       *self);
ClsMeasurementExtra *_cls_measurement_ensure_extra (ClsMeasurement *self);
int         _cls_measurement_compare_period (gconstpointer a,
                                             gconstpointer b);

/* ------------------------------------------------------------------ */
/* Stored measurements                                                  */

/* Strings of stored measurements are numbers: 1 + their index in the
 * indicator's pool, 0 for none. Half a pointer; the pool only grows, so a
 * number stays valid (strings of replaced or removed measurements stay in
 * it until the indicator goes). */
typedef guint32 ClsPooled;

typedef struct {
  ClsPooled level;
  guint32 count;
} ClsRecordResponse;

typedef struct {
  ClsPooled dimension;
  ClsPooled key;
  double value;
} ClsRecordBreakdown;

/* Rarest of all: a narrative's texts, a value given with a ratio, the end
 * of a range too long for a record's span. */
typedef struct {
  double value;            /* only when the record holds a ratio too */
  char *author;
  char *comment;
  char *text;
  guint32 end;             /* only when the record's span is CLS_RECORD_LONG_SPAN */
} ClsRecordRare;

/* What one measurement in five has (a source and a recording date, a
 * breakdown, a survey's responses, a level or a date): 48 bytes. The
 * extras of a set are sorted by the index of their record. */
typedef struct {
  guint32 record;          /* the index of its record */
  guint32 date;            /* julian day, 0 when unset */
  guint32 recorded;        /* julian day, 0 when unset */
  gint32 respondents;      /* -1 when unset */
  ClsPooled level;
  ClsPooled source;
  guint32 n_responses;
  guint32 n_breakdowns;
  /* One block: the n_responses responses, then the n_breakdowns
   * breakdowns (8-byte aligned, responses being 8 bytes each). */
  gpointer items;
  ClsRecordRare *rare;
} ClsRecordExtra;

/* Set on a record that has an extra; never on a ClsMeasurement. */
#define CLS_RECORD_HAS_EXTRA (1 << 7)
#define CLS_RECORD_PUBLIC_FLAGS (CLS_MEASUREMENT_HAS_VALUE | CLS_MEASUREMENT_HAS_RATIO | CLS_MEASUREMENT_HAS_DONE | \
                                 CLS_MEASUREMENT_DONE | CLS_MEASUREMENT_ILLUSTRATIVE)

/* The end of a period is its start plus a span of at most 365 days, except
 * for ranges: one longer than this keeps its end in the rare fields. */
#define CLS_RECORD_LONG_SPAN G_MAXUINT16

/* A measurement as an indicator stores it: 16 bytes for a count, 24 for a
 * ratio (see ClsRecordSet). Its extra, if it has one, is found by the
 * record's index. */
typedef struct {
  guint32 start;        /* julian day of the period's first day */
  guint16 span;         /* end - start, or CLS_RECORD_LONG_SPAN */
  guint8 kind;          /* ClsPeriodKind */
  guint8 flags;         /* CLS_MEASUREMENT_*, CLS_RECORD_HAS_EXTRA */
  double a;             /* a ratio's numerator if HAS_RATIO, else the value */
  double b;             /* a ratio's denominator: only in wide sets */
} ClsRecord;

#define CLS_RECORD_NARROW G_STRUCT_OFFSET (ClsRecord, b)
#define CLS_RECORD_WIDE   sizeof (ClsRecord)

/* An indicator's measurements, sorted by period without duplicates. Counts,
 * amounts, levels… need one number: their records are narrow (no `b`), and
 * the set becomes wide, every record with a denominator, when a ratio is
 * stored in it; HAS_RATIO is only ever set in a wide set. Index records with
 * _cls_record_set_at(), never as a C array. The arrays are sized exactly
 * when loaded and grow only when measurements are added one by one. Reading
 * never writes, so several threads may read a set that nobody modifies. */
typedef struct {
  guint8 *data;            /* n records of `stride` bytes */
  ClsRecordExtra *extras;  /* sorted by record */
  char **strings;          /* the pool: strings the records name */
  guint n;
  guint allocated;
  guint n_extras;
  guint allocated_extras;
  guint n_strings;
  guint allocated_strings;
  guint stride;            /* CLS_RECORD_NARROW or CLS_RECORD_WIDE; 0 is narrow */
} ClsRecordSet;

void        _cls_record_set_clear           (ClsRecordSet         *set);
/* Makes room for n more records without growing further, wide ones if
 * wide (loader). */
void        _cls_record_set_reserve         (ClsRecordSet         *set,
                                             guint                 n,
                                             gboolean              wide);
/* Frees the room the arrays have beyond their contents (loader, once an
 * indicator has all its measurements). */
void        _cls_record_set_trim            (ClsRecordSet         *set);
/* Stores a copy of m at index, in place of the record there if replace.
 * intern, when not NULL, maps strings to their ClsPooled (loader): the pool
 * is then searched through it instead of linearly. */
void        _cls_record_set_store           (ClsRecordSet         *set,
                                             guint                 index,
                                             gboolean              replace,
                                             const ClsMeasurement *m,
                                             GHashTable           *intern);
void        _cls_record_set_remove          (ClsRecordSet         *set,
                                             guint                 index);
/* Fills m (initialised, owning its strings) from the record at index. */
void        _cls_record_set_get             (const ClsRecordSet   *set,
                                             guint                 index,
                                             ClsMeasurement       *m);
/* Binary search by period: TRUE and the index if found, else FALSE and
 * where it would be inserted. */
gboolean    _cls_record_set_find            (const ClsRecordSet   *set,
                                             guint32               start,
                                             guint32               end,
                                             guint8                kind,
                                             guint                *index);

/* Out of line, so that the accessors below stay small enough to inline in
 * the evaluation's loops: the extra of r, which must have one, and the end
 * of a period too long for its span. */
const ClsRecordExtra *_cls_record_set_find_extra (const ClsRecordSet *set,
                                                  const ClsRecord    *r);
guint32     _cls_record_set_long_end        (const ClsRecordSet   *set,
                                             const ClsRecord      *r);

static inline guint
_cls_record_set_stride (const ClsRecordSet *set)
{
  return set->stride != 0 ? set->stride : CLS_RECORD_NARROW;
}

static inline const ClsRecord *
_cls_record_set_at (const ClsRecordSet *set,
                    guint               index)
{
  return (const ClsRecord *) (gconstpointer) (set->data + (gsize) index * _cls_record_set_stride (set));
}

static inline const char *
_cls_record_set_string (const ClsRecordSet *set,
                        ClsPooled           pooled)
{
  return pooled != 0 ? set->strings[pooled - 1] : NULL;
}

static inline const ClsRecordExtra *
_cls_record_extra (const ClsRecordSet *set,
                   const ClsRecord    *r)
{
  if (!(r->flags & CLS_RECORD_HAS_EXTRA))
    return NULL;
  return _cls_record_set_find_extra (set, r);
}

static inline guint32
_cls_record_end (const ClsRecordSet *set,
                 const ClsRecord    *r)
{
  if (G_LIKELY (r->span != CLS_RECORD_LONG_SPAN))
    return r->start + r->span;
  return _cls_record_set_long_end (set, r);
}

static inline gboolean
_cls_record_same_period (const ClsRecordSet *set,
                         const ClsRecord    *a,
                         const ClsRecord    *b)
{
  return a->start == b->start && a->kind == b->kind && _cls_record_end (set, a) == _cls_record_end (set, b);
}

static inline const ClsRecordResponse *
_cls_record_extra_responses (const ClsRecordExtra *extra)
{
  return extra->items;
}

static inline const ClsRecordBreakdown *
_cls_record_extra_breakdowns (const ClsRecordExtra *extra)
{
  return (const ClsRecordBreakdown *) (gconstpointer)
    ((const guint8 *) extra->items + extra->n_responses * sizeof (ClsRecordResponse));
}

static inline double
_cls_record_value (const ClsRecordSet *set,
                   const ClsRecord    *r)
{
  if (!(r->flags & CLS_MEASUREMENT_HAS_VALUE))
    return 0;
  return (r->flags & CLS_MEASUREMENT_HAS_RATIO) ? _cls_record_extra (set, r)->rare->value : r->a;
}

static inline double
_cls_record_numerator (const ClsRecord *r)
{
  return (r->flags & CLS_MEASUREMENT_HAS_RATIO) ? r->a : 0;
}

/* Only a wide set's records have a `b`, and only they have HAS_RATIO. */
static inline double
_cls_record_denominator (const ClsRecord *r)
{
  return (r->flags & CLS_MEASUREMENT_HAS_RATIO) ? r->b : 0;
}

static inline guint32
_cls_record_date (const ClsRecordSet *set,
                  const ClsRecord    *r)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, r);

  return extra != NULL ? extra->date : 0;
}

static inline const char *
_cls_record_level (const ClsRecordSet *set,
                   const ClsRecord    *r)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, r);

  return extra != NULL ? _cls_record_set_string (set, extra->level) : NULL;
}

static inline const char *
_cls_record_source (const ClsRecordSet *set,
                    const ClsRecord    *r)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, r);

  return extra != NULL ? _cls_record_set_string (set, extra->source) : NULL;
}

static inline const ClsRecordRare *
_cls_record_rare (const ClsRecordSet *set,
                  const ClsRecord    *r)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, r);

  return extra != NULL ? extra->rare : NULL;
}

static inline const char *
_cls_record_text (const ClsRecordSet *set,
                  const ClsRecord    *r)
{
  const ClsRecordRare *rare = _cls_record_rare (set, r);

  return rare != NULL ? rare->text : NULL;
}

static inline const char *
_cls_record_author (const ClsRecordSet *set,
                    const ClsRecord    *r)
{
  const ClsRecordRare *rare = _cls_record_rare (set, r);

  return rare != NULL ? rare->author : NULL;
}

static inline guint
_cls_record_n_breakdowns (const ClsRecordSet *set,
                          const ClsRecord    *r)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, r);

  return extra != NULL ? extra->n_breakdowns : 0;
}

G_END_DECLS
