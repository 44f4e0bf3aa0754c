/* cls-results.c: lists handed out by evaluation results
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Results are immutable and may be read from several threads, so each call
 * hands out a new GListStore of its own (a store shared between threads
 * would not be safe: even reading it writes a position cache). A
 * GListStore, rather than a lighter custom list, because the bindings can
 * iterate it: `for (const r of evaluation.get_indicators())` in GJS 1.74.
 */

#include "config.h"

#include "cls-results-private.h"

GListModel *
_cls_results_list (GType      item_type,
                   GPtrArray *items,
                   guint      first,
                   guint      n)
{
  GListStore *store = g_list_store_new (item_type);

  g_return_val_if_fail (first + n <= items->len, G_LIST_MODEL (store));
  g_list_store_splice (store, 0, 0, items->pdata + first, n);
  return G_LIST_MODEL (store);
}
