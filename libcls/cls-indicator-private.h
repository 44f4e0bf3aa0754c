/* cls-indicator-private.h: internals of ClsIndicator (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-indicator.h"
#include "cls-formula-private.h"

G_BEGIN_DECLS

void        _cls_indicator_set_is_template    (ClsIndicator *self,
                                               gboolean      is_template);
void        _cls_indicator_set_node           (ClsIndicator *self,
                                               ClsNode      *node);
/* The measurements, sorted by period, without copying (evaluation, writer). */
const ClsMeasurement *_cls_indicator_peek_measurements (ClsIndicator *self,
                                                        guint        *n_measurements);
GHashTable *_cls_indicator_get_pool           (ClsIndicator *self);
/* Replaces the measurements with an array already sorted and free of
 * duplicate periods, whose strings live in the indicator's pool (loader). */
void        _cls_indicator_take_measurements  (ClsIndicator *self,
                                               GArray       *sorted);

ClsAggregation _cls_indicator_kind_default_aggregation (ClsIndicatorKind kind);

gboolean _cls_indicator_is_inheritable (const char *property);

/* The formula parsed once when its text was set, inherited from the template
 * when the indicator does not set its own; NULL when there is no formula or
 * its text does not parse. Owned by the indicator (or its template), read
 * only: evaluations in several threads may share it. */
ClsFormula *_cls_indicator_get_parsed_formula (ClsIndicator *self);

G_END_DECLS
