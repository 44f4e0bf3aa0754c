/* cls-model.c: helpers shared by the model classes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "cls-model-private.h"
#include "cls-scale-private.h"
#include "cls-indicator-private.h"
#include "cls-node-private.h"
#include "cls-contract-private.h"
#include "cls-amendment.h"
#include "cls-area.h"
#include "cls-baseline.h"
#include "cls-body.h"
#include "cls-commune.h"
#include "cls-contract.h"
#include "cls-deliverable.h"
#include "cls-figure.h"
#include "cls-indicator.h"
#include "cls-level.h"
#include "cls-node.h"
#include "cls-organisation.h"
#include "cls-scale.h"
#include "cls-target.h"
#include "cls-scale-level.h"
#include "cls-role.h"
#include "cls-funding.h"
#include "cls-cross-reference.h"
#include "cls-calendar-entry.h"

/* Whether object has a ClsModelHeader: the classes that check it with
 * CLS_MODEL_HEADER_CHECK. Only setting the contract checks it, once per
 * object attached: a mistake there would corrupt memory. */
static gboolean
is_model_object (gpointer object)
{
  return CLS_IS_NODE (object) || CLS_IS_INDICATOR (object) || CLS_IS_TARGET (object) ||
         CLS_IS_BASELINE (object) || CLS_IS_ROLE (object) || CLS_IS_FUNDING (object) ||
         CLS_IS_DELIVERABLE (object) || CLS_IS_CALENDAR_ENTRY (object) ||
         CLS_IS_CROSS_REFERENCE (object) || CLS_IS_ORGANISATION (object) ||
         CLS_IS_COMMUNE (object) || CLS_IS_AREA (object) || CLS_IS_BODY (object) ||
         CLS_IS_LEVEL (object) || CLS_IS_SCALE (object) || CLS_IS_SCALE_LEVEL (object) ||
         CLS_IS_FIGURE (object) || CLS_IS_AMENDMENT (object) || CLS_IS_CONTRACT (object);
}

ClsContract *
_cls_model_get_contract (gpointer object)
{
  return ((ClsModelHeader *) object)->contract;
}

void
_cls_model_set_contract (gpointer     object,
                         ClsContract *contract)
{
  g_return_if_fail (is_model_object (object));

  /* The pointer is unowned on purpose: the contract owns its objects, not the
   * other way round. The contract clears it on dispose. */
  ((ClsModelHeader *) object)->contract = contract;
}

void
_cls_model_object_notify (GObject    *object,
                          GParamSpec *pspec)
{
  ClsContract *contract = _cls_model_get_contract (object);

  if (contract != NULL)
    _cls_contract_emit_changed (contract, object, pspec->name);
}

void
_cls_model_changed (gpointer    object,
                    const char *what)
{
  ClsContract *contract;

  if (object == NULL)
    return;
  contract = _cls_model_get_contract (object);
  if (contract != NULL)
    _cls_contract_emit_changed (contract, G_OBJECT (object), what);
}

gboolean
_cls_strv_equal (const char * const *a,
                 const char * const *b)
{
  gboolean a_empty = a == NULL || a[0] == NULL;
  gboolean b_empty = b == NULL || b[0] == NULL;

  if (a_empty || b_empty)
    return a_empty == b_empty;
  return g_strv_equal (a, b);
}

char **
_cls_strv_dup_or_null (const char * const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return NULL;
  return g_strdupv ((char **) strv);
}

gboolean
_cls_date_equal (const GDate *a,
                 const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

gboolean
_cls_period_equal0 (const ClsPeriod *a,
                    const ClsPeriod *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return cls_period_equal (a, b);
}


const char *
_cls_model_get_id (gpointer object)
{
  if (CLS_IS_NODE (object))
    return cls_node_get_id (object);
  if (CLS_IS_INDICATOR (object))
    return cls_indicator_get_id (object);
  if (CLS_IS_ORGANISATION (object))
    return cls_organisation_get_id (object);
  if (CLS_IS_DELIVERABLE (object))
    return cls_deliverable_get_id (object);
  if (CLS_IS_COMMUNE (object))
    return cls_commune_get_id (object);
  if (CLS_IS_AREA (object))
    return cls_area_get_id (object);
  if (CLS_IS_BODY (object))
    return cls_body_get_id (object);
  if (CLS_IS_LEVEL (object))
    return cls_level_get_id (object);
  if (CLS_IS_SCALE (object))
    return cls_scale_get_id (object);
  if (CLS_IS_FIGURE (object))
    return cls_figure_get_id (object);
  if (CLS_IS_AMENDMENT (object))
    return cls_amendment_get_id (object);
  return NULL;
}

static void
foreach_in_model (GListModel          *model,
                  ClsModelForeachFunc  func,
                  gpointer             user_data)
{
  guint i, n = g_list_model_get_n_items (model);

  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      func (item, user_data);
    }
}

void
_cls_model_foreach_child (gpointer             object,
                          ClsModelForeachFunc  func,
                          gpointer             user_data)
{
  if (CLS_IS_NODE (object))
    {
      ClsNode *node = object;
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_ROLES), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_FUNDINGS), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_DELIVERABLES), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_CALENDAR), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_CROSS_REFERENCES), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS), func, user_data);
      foreach_in_model (_cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN), func, user_data);
    }
  else if (CLS_IS_INDICATOR (object))
    {
      ClsIndicator *indicator = object;
      ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
      if (baseline != NULL)
        func (G_OBJECT (baseline), user_data);
      foreach_in_model (_cls_indicator_peek_targets (indicator), func, user_data);
    }
  else if (CLS_IS_SCALE (object))
    {
      foreach_in_model (_cls_scale_peek_levels (object), func, user_data);
    }
}

static void
attach_one (GObject  *object,
            gpointer  contract)
{
  _cls_model_attach (object, contract);
}

static void
detach_one (GObject  *object,
            gpointer  contract)
{
  _cls_model_detach (object, contract);
}

void
_cls_model_attach (gpointer     object,
                   ClsContract *contract)
{
  const char *id;

  if (contract == NULL)
    return;
  _cls_model_set_contract (object, contract);
  id = _cls_model_get_id (object);
  if (id != NULL)
    _cls_contract_register (contract, id, object);
  _cls_model_foreach_child (object, attach_one, contract);
}

void
_cls_model_detach (gpointer     object,
                   ClsContract *contract)
{
  const char *id;

  if (contract == NULL)
    return;
  id = _cls_model_get_id (object);
  if (id != NULL)
    _cls_contract_unregister (contract, id, object);
  _cls_model_set_contract (object, NULL);
  _cls_model_foreach_child (object, detach_one, contract);
}

char **
_cls_strv_builder_finish (GStrvBuilder *builder)
{
  char **strv = g_strv_builder_end (builder);

  g_strv_builder_unref (builder);
  return strv;
}
