/* cls-period-private.h: allocation-free period helpers for the XML hot path
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-period.h"

G_BEGIN_DECLS

/* Parses text[0..len) (not necessarily NUL-terminated) without allocating. Returns FALSE and sets
 * error (CLS_PERIOD_ERROR_INVALID) when invalid. */
gboolean _cls_period_parse_julian (const char *text, gsize len, guint32 *start, guint32 *end, ClsPeriodKind *kind, GError **error);
/* Appends the canonical text of the period to string. */
void _cls_period_append_julian (GString *string, guint32 start, guint32 end, ClsPeriodKind kind);
/* Parses a `YYYY-MM-DD` date without allocating; FALSE if invalid. */
gboolean _cls_date_parse_julian (const char *text, gsize len, guint32 *julian);
/* Appends `YYYY-MM-DD`. */
void _cls_date_append_julian (GString *string, guint32 julian);

G_END_DECLS
