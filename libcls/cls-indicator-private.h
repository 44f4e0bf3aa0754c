/* cls-indicator-private.h: internals of ClsIndicator (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-indicator.h"
#include "cls-formula-private.h"
#include "cls-measurement-private.h"

G_BEGIN_DECLS

void        _cls_indicator_set_is_template    (ClsIndicator *self,
                                               gboolean      is_template);
void        _cls_indicator_set_node           (ClsIndicator *self,
                                               ClsNode      *node);
/* The stored measurements, sorted by period, without copying (evaluation,
 * writer, checks): read only. */
const ClsRecordSet *_cls_indicator_peek_measurements (ClsIndicator *self);
/* The same, to fill (loader): the caller keeps them sorted and free of
 * duplicate periods, and does not report the change. */
ClsRecordSet *_cls_indicator_get_measurements (ClsIndicator *self);

/* The targets for readers inside libcls: never creates the list (see
 * _cls_node_peek_list()). */
GListModel *_cls_indicator_peek_targets      (ClsIndicator *self);

ClsAggregation _cls_indicator_kind_default_aggregation (ClsIndicatorKind kind);

gboolean _cls_indicator_is_inheritable (const char *property);

/* The formula parsed once when its text was set, inherited from the template
 * when the indicator does not set its own; NULL when there is no formula or
 * its text does not parse. Owned by the indicator (or its template), read
 * only: evaluations in several threads may share it. */
ClsFormula *_cls_indicator_get_parsed_formula (ClsIndicator *self);

G_END_DECLS
