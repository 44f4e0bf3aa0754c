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
 *    a million of them, so the record keeps only what a plain count (24
 *    bytes) or ratio (32 bytes) needs and moves everything else (source,
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
 * indicator's pool, 0 for none. Half a pointer, and the pool's strings
 * never move. */
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

/* Rarest of all: a narrative's texts, a value given with a ratio. */
typedef struct {
  double value;            /* only when the record holds a ratio too */
  char *author;
  char *comment;
  char *text;
} ClsRecordRare;

/* What one measurement in five has (a source and a recording date, a
 * breakdown, a survey's responses, a level or a date): 48 bytes. */
typedef struct {
  guint32 date;            /* julian day, 0 when unset */
  guint32 recorded;        /* julian day, 0 when unset */
  gint32 respondents;      /* -1 when unset */
  ClsPooled level;
  ClsPooled source;
  guint32 n_responses;
  guint32 n_breakdowns;
  guint32 unused;
  /* One block: the n_responses responses, then the n_breakdowns
   * breakdowns (8-byte aligned, responses being 8 bytes each). */
  gpointer items;
  ClsRecordRare *rare;
} ClsRecordExtra;

/* The period and flags first, so that the doubles are aligned without
 * padding. A set of measurements without any ratio stores its records
 * without the denominator: 24 bytes each, 32 with it (see ClsRecordSet). */
typedef struct {
  guint32 start;        /* julian day of the period's first day */
  guint32 end;          /* julian day of the period's last day */
  guint8 kind;          /* ClsPeriodKind */
  guint8 flags;
  guint16 unused;
  guint32 extra;        /* 1 + index in the set's extras, 0 when none */
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
  guint n;
  guint allocated;
  guint stride;            /* CLS_RECORD_NARROW or CLS_RECORD_WIDE; 0 is narrow */
  guint n_extras;
  ClsRecordExtra *extras;
  guint allocated_extras;
  guint n_strings;
  char **strings;          /* the pool: strings the records name */
  guint allocated_strings;
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

static inline gboolean
_cls_record_same_period (const ClsRecord *a,
                         const ClsRecord *b)
{
  return a->start == b->start && a->end == b->end && a->kind == b->kind;
}

static inline const ClsRecordExtra *
_cls_record_extra (const ClsRecordSet *set,
                   const ClsRecord    *r)
{
  return r->extra != 0 ? &set->extras[r->extra - 1] : NULL;
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
  return r->extra != 0 ? set->extras[r->extra - 1].date : 0;
}

static inline const char *
_cls_record_level (const ClsRecordSet *set,
                   const ClsRecord    *r)
{
  return r->extra != 0 ? _cls_record_set_string (set, set->extras[r->extra - 1].level) : NULL;
}

static inline const char *
_cls_record_source (const ClsRecordSet *set,
                    const ClsRecord    *r)
{
  return r->extra != 0 ? _cls_record_set_string (set, set->extras[r->extra - 1].source) : NULL;
}

static inline const ClsRecordRare *
_cls_record_rare (const ClsRecordSet *set,
                  const ClsRecord    *r)
{
  return r->extra != 0 ? set->extras[r->extra - 1].rare : NULL;
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
  return r->extra != 0 ? set->extras[r->extra - 1].n_breakdowns : 0;
}

G_END_DECLS
