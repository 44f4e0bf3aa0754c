/* cls-checks.c: checks shared by the loader and the review
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cls-baseline.h"
#include "cls-checks-private.h"
#include "cls-funding.h"
#include "cls-measurement-private.h"
#include "cls-scale-level.h"

gboolean
_cls_check_funding_shares (GListModel *fundings,
                           double     *sum)
{
  guint i, n = g_list_model_get_n_items (fundings);
  gboolean any_share = FALSE;

  *sum = 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsFunding) funding = g_list_model_get_item (fundings, i);

      if (cls_funding_has_share (funding))
        {
          *sum += cls_funding_get_share (funding);
          any_share = TRUE;
        }
    }
  /* Exact to rounding errors of the sum only: a contract printing 99.97 %
   * (shares rounded to two decimals) is worth a look. */
  return any_share && fabs (*sum - 100) > 1e-6;
}

typedef struct {
  const char *dimension;
  double sum;
} DimensionSum;

/* Adds value to the sum of dimension, keeping dimensions (a few: commune,
 * public…) in the order they first appear, which a hash table would not. */
static void
add_to_dimension (GArray     *sums,
                  const char *dimension,
                  double      value)
{
  guint j;

  for (j = 0; j < sums->len; j++)
    if (strcmp (g_array_index (sums, DimensionSum, j).dimension, dimension) == 0)
      break;
  if (j == sums->len)
    {
      DimensionSum added = { dimension, 0 };
      g_array_append_val (sums, added);
    }
  g_array_index (sums, DimensionSum, j).sum += value;
}

static void
report_excess (GArray                 *sums,
               double                  total,
               ClsBreakdownExcessFunc  func,
               gpointer                user_data)
{
  guint j;

  for (j = 0; j < sums->len; j++)
    {
      const DimensionSum *s = &g_array_index (sums, DimensionSum, j);

      if (s->sum > total + 1e-9)
        func (s->dimension, s->sum, total, user_data);
    }
}

void
_cls_check_breakdowns (const ClsRecordSet     *set,
                       const ClsRecord        *m,
                       ClsBreakdownExcessFunc  func,
                       gpointer                user_data)
{
  const ClsRecordExtra *extra = _cls_record_extra (set, m);
  g_autoptr(GArray) sums = NULL;
  guint i;

  if (extra == NULL || extra->n_breakdowns == 0 || !(m->flags & CLS_MEASUREMENT_HAS_VALUE))
    return;
  sums = g_array_new (FALSE, FALSE, sizeof (DimensionSum));
  for (i = 0; i < extra->n_breakdowns; i++)
    {
      const ClsRecordBreakdown *b = &_cls_record_extra_breakdowns (extra)[i];
      add_to_dimension (sums, _cls_record_set_string (set, b->dimension), b->value);
    }
  report_excess (sums, _cls_record_value (set, m), func, user_data);
}

void
_cls_check_measurement_breakdowns (const ClsMeasurement   *m,
                                   ClsBreakdownExcessFunc  func,
                                   gpointer                user_data)
{
  g_autoptr(GArray) sums = NULL;
  guint i, n = cls_measurement_get_n_breakdowns (m);

  if (n == 0 || !cls_measurement_has_value (m))
    return;
  sums = g_array_new (FALSE, FALSE, sizeof (DimensionSum));
  for (i = 0; i < n; i++)
    {
      double value;
      const char *dimension = cls_measurement_get_breakdown (m, i, NULL, &value);
      add_to_dimension (sums, dimension, value);
    }
  report_excess (sums, cls_measurement_get_value (m), func, user_data);
}

/* A baseline or target as a number: its level's value when it names a
 * level of a known scale, else its value. */
static gboolean
comparable (ClsScale   *scale,
            gboolean    has_value,
            double      value,
            const char *level,
            double     *out)
{
  if (level != NULL && scale != NULL)
    {
      ClsScaleLevel *l = cls_scale_lookup_level (scale, level);

      if (l == NULL)
        return FALSE;
      *out = cls_scale_level_get_value (l);
      return TRUE;
    }
  if (has_value)
    {
      *out = value;
      return TRUE;
    }
  return FALSE;
}

gboolean
_cls_check_baseline_number (ClsIndicator *indicator,
                            ClsScale     *scale,
                            double       *base)
{
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);

  if (baseline == NULL)
    return FALSE;
  if (cls_baseline_has_numerator (baseline) && cls_baseline_has_denominator (baseline) &&
      cls_baseline_get_denominator (baseline) > 0)
    {
      *base = cls_indicator_get_factor (indicator) * cls_baseline_get_numerator (baseline) /
              cls_baseline_get_denominator (baseline);
      return TRUE;
    }
  return comparable (scale, cls_baseline_has_value (baseline), cls_baseline_get_value (baseline),
                     cls_baseline_get_level (baseline), base);
}

gboolean
_cls_check_target_direction (ClsIndicator *indicator,
                             ClsScale     *scale,
                             double        base,
                             ClsTarget    *target,
                             double       *value)
{
  ClsDirection direction = cls_indicator_get_direction (indicator);

  /* A per-dimension target is reached value by value, and “exactly” has no
   * side to be wrong on. A flow (a sum over the window) is counted from
   * zero: its baseline, one period's figure, cannot be compared with a
   * target for the whole contract. */
  if (cls_target_get_dimension (target) != NULL ||
      cls_target_get_comparator (target) == CLS_COMPARATOR_EXACTLY ||
      cls_indicator_get_effective_aggregation (indicator) == CLS_AGGREGATION_SUM)
    return FALSE;
  if (!comparable (scale, cls_target_has_value (target), cls_target_get_value (target),
                   cls_target_get_level (target), value))
    return FALSE;
  if (direction == CLS_DIRECTION_INCREASE)
    return *value < base;
  return *value > base;
}

gboolean
_cls_check_comparator_conflict (ClsIndicator *indicator,
                                ClsTarget    *target)
{
  ClsComparator comparator = cls_target_get_comparator (target);
  ClsDirection direction = cls_indicator_get_direction (indicator);

  return (comparator == CLS_COMPARATOR_AT_MOST && direction == CLS_DIRECTION_INCREASE) ||
         (comparator == CLS_COMPARATOR_AT_LEAST && direction == CLS_DIRECTION_DECREASE);
}
