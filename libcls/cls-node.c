/* cls-node.c: ClsNode
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-node.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"
#include "cls-object-list-private.h"
#include "cls-node-private.h"
#include "cls-indicator-private.h"
#include "cls-contract.h"
#include "cls-calendar-entry.h"
#include "cls-cross-reference.h"
#include "cls-deliverable.h"
#include "cls-funding.h"
#include "cls-indicator.h"
#include "cls-role.h"

/**
 * ClsNode:
 *
 * A node of the plan tree: an orientation or axis, an objective, a fiche action, an operation.
 *
 * Since: 1.0
 */

struct _ClsNode
{
  GObject parent_instance;
  ClsContract *contract;  /* see ClsModelHeader */

  char *id;
  char *code;
  char *level;
  ClsNodeState state;
  double weight;
  char *amendment;
  char *title;
  char *description;
  char **objectives;
  char **publics;
  char *sector;
  char **sector_communes;
  char **sector_areas;
  /* Created on first use (see node_list()): most nodes of a plan have
   * no roles, fundings, calendar… and an empty list costs about as much
   * as the node's own fields. */
  ClsObjectList *lists[CLS_NODE_N_LISTS];
  ClsNode *parent;               /* unowned */
  GPtrArray *variants;           /* alternating variant name, title; NULL when none */
  ClsDeliverablesState deliverables_state;
  char *deliverables_text;
};

G_DEFINE_FINAL_TYPE (ClsNode, cls_node, G_TYPE_OBJECT)
CLS_MODEL_HEADER_CHECK (ClsNode);

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_LEVEL,
  PROP_STATE,
  PROP_WEIGHT,
  PROP_AMENDMENT,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OBJECTIVES,
  PROP_PUBLICS,
  PROP_SECTOR,
  PROP_SECTOR_COMMUNES,
  PROP_SECTOR_AREAS,
  PROP_DELIVERABLES_STATE,
  PROP_DELIVERABLES_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_node_finalize (GObject *object)
{
  ClsNode *self = (ClsNode *) object;
  GListModel *children, *indicators;
  guint i, n;

  /* Children and indicators the application still holds must not point to
   * a freed node. */
  children = _cls_node_peek_list (self, CLS_NODE_LIST_CHILDREN);
  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    {
      ClsNode *child = g_list_model_get_item (children, i);
      child->parent = NULL;
      g_object_unref (child);
    }
  indicators = _cls_node_peek_list (self, CLS_NODE_LIST_INDICATORS);
  n = g_list_model_get_n_items (indicators);
  for (i = 0; i < n; i++)
    {
      ClsIndicator *indicator = g_list_model_get_item (indicators, i);
      _cls_indicator_set_node (indicator, NULL);
      g_object_unref (indicator);
    }

  g_free (self->id);
  g_free (self->code);
  g_free (self->level);
  g_free (self->amendment);
  g_free (self->title);
  g_free (self->description);
  g_strfreev (self->objectives);
  g_strfreev (self->publics);
  g_free (self->sector);
  g_strfreev (self->sector_communes);
  g_strfreev (self->sector_areas);
  for (i = 0; i < CLS_NODE_N_LISTS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_pointer (&self->variants, g_ptr_array_unref);
  g_free (self->deliverables_text);

  G_OBJECT_CLASS (cls_node_parent_class)->finalize (object);
}

static void
cls_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  ClsNode *self = CLS_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, cls_node_get_id (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cls_node_get_code (self));
      break;

    case PROP_LEVEL:
      g_value_set_string (value, cls_node_get_level (self));
      break;

    case PROP_STATE:
      g_value_set_enum (value, cls_node_get_state (self));
      break;

    case PROP_WEIGHT:
      g_value_set_double (value, cls_node_get_weight (self));
      break;

    case PROP_AMENDMENT:
      g_value_set_string (value, cls_node_get_amendment (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, cls_node_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, cls_node_get_description (self));
      break;

    case PROP_OBJECTIVES:
      g_value_set_boxed (value, cls_node_get_objectives (self));
      break;

    case PROP_PUBLICS:
      g_value_set_boxed (value, cls_node_get_publics (self));
      break;

    case PROP_SECTOR:
      g_value_set_string (value, cls_node_get_sector (self));
      break;

    case PROP_SECTOR_COMMUNES:
      g_value_set_boxed (value, cls_node_get_sector_communes (self));
      break;

    case PROP_SECTOR_AREAS:
      g_value_set_boxed (value, cls_node_get_sector_areas (self));
      break;

    case PROP_DELIVERABLES_STATE:
      g_value_set_enum (value, self->deliverables_state);
      break;

    case PROP_DELIVERABLES_TEXT:
      g_value_set_string (value, self->deliverables_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_node_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  ClsNode *self = CLS_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_CODE:
      cls_node_set_code (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      cls_node_set_level (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      cls_node_set_state (self, g_value_get_enum (value));
      break;

    case PROP_WEIGHT:
      cls_node_set_weight (self, g_value_get_double (value));
      break;

    case PROP_AMENDMENT:
      cls_node_set_amendment (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cls_node_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cls_node_set_description (self, g_value_get_string (value));
      break;

    case PROP_OBJECTIVES:
      cls_node_set_objectives (self, g_value_get_boxed (value));
      break;

    case PROP_PUBLICS:
      cls_node_set_publics (self, g_value_get_boxed (value));
      break;

    case PROP_SECTOR:
      cls_node_set_sector (self, g_value_get_string (value));
      break;

    case PROP_SECTOR_COMMUNES:
      cls_node_set_sector_communes (self, g_value_get_boxed (value));
      break;

    case PROP_SECTOR_AREAS:
      cls_node_set_sector_areas (self, g_value_get_boxed (value));
      break;

    case PROP_DELIVERABLES_STATE:
      cls_node_set_deliverables_state (self, g_value_get_enum (value));
      break;

    case PROP_DELIVERABLES_TEXT:
      cls_node_set_deliverables_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_node_class_init (ClsNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_node_finalize;
  object_class->get_property = cls_node_get_property;
  object_class->set_property = cls_node_set_property;
  object_class->notify = _cls_model_object_notify;

  /**
   * ClsNode:id: (attributes org.gtk.Property.get=cls_node_get_id)
   *
   * The identifier, unique in the contract. It cannot change after construction. It is the `id` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:code: (attributes org.gtk.Property.get=cls_node_get_code org.gtk.Property.set=cls_node_set_code)
   *
   * The contract’s own code for the node (“FA 1.3”). It is the `code` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:level: (attributes org.gtk.Property.get=cls_node_get_level org.gtk.Property.set=cls_node_set_level)
   *
   * The id of the node’s level when its depth does not say it, else %NULL. It is the `level` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:state: (attributes org.gtk.Property.get=cls_node_get_state org.gtk.Property.set=cls_node_set_state)
   *
   * The state of the action. It is the `state` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CLS_TYPE_NODE_STATE, CLS_NODE_STATE_PLANNED, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:weight: (attributes org.gtk.Property.get=cls_node_get_weight org.gtk.Property.set=cls_node_set_weight)
   *
   * The weight of the node in its parent’s score. It is the `weight` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, G_MINDOUBLE, G_MAXDOUBLE, 1, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:amendment: (attributes org.gtk.Property.get=cls_node_get_amendment org.gtk.Property.set=cls_node_set_amendment)
   *
   * The id of the amendment (avenant) that added this, or %NULL when it was there at signature. It is the `amendment` attribute of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_AMENDMENT] =
    g_param_spec_string ("amendment", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:title: (attributes org.gtk.Property.get=cls_node_get_title org.gtk.Property.set=cls_node_set_title)
   *
   * The title, as written. It is the text of the `<title>` child of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:description: (attributes org.gtk.Property.get=cls_node_get_description org.gtk.Property.set=cls_node_set_description)
   *
   * A description, as written. It is the text of the `<description>` child of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:objectives: (attributes org.gtk.Property.get=cls_node_get_objectives org.gtk.Property.set=cls_node_set_objectives)
   *
   * The objectives stated for the node. They are the `<objective>` children of `<node>` in the file format, in order.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECTIVES] =
    g_param_spec_boxed ("objectives", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:publics: (attributes org.gtk.Property.get=cls_node_get_publics org.gtk.Property.set=cls_node_set_publics)
   *
   * The target publics, as written. They are the `<public>` children of `<node>` in the file format, in order.
   *
   * Since: 1.0
   */
  properties[PROP_PUBLICS] =
    g_param_spec_boxed ("publics", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:sector: (attributes org.gtk.Property.get=cls_node_get_sector org.gtk.Property.set=cls_node_set_sector)
   *
   * The geographic sector, as written. It is the text of the `<sector>` child of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SECTOR] =
    g_param_spec_string ("sector", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:sector-communes: (attributes org.gtk.Property.get=cls_node_get_sector_communes org.gtk.Property.set=cls_node_set_sector_communes)
   *
   * The ids of the communes the sector names. It is the `communes` attribute of the `<sector>` child of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SECTOR_COMMUNES] =
    g_param_spec_boxed ("sector-communes", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:sector-areas: (attributes org.gtk.Property.get=cls_node_get_sector_areas org.gtk.Property.set=cls_node_set_sector_areas)
   *
   * The ids of the areas the sector names. It is the `areas` attribute of the `<sector>` child of `<node>` in the file format.
   *
   * Since: 1.0
   */
  properties[PROP_SECTOR_AREAS] =
    g_param_spec_boxed ("sector-areas", NULL, NULL, G_TYPE_STRV, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:deliverables-state: (attributes org.gtk.Property.get=cls_node_get_deliverables_state org.gtk.Property.set=cls_node_set_deliverables_state)
   *
   * What the contract says about the node's deliverables: nothing
   * (unknown), that there are none, or a list. Adding a deliverable makes it
   * %CLS_DELIVERABLES_STATE_LISTED.
   *
   * Since: 1.0
   */
  properties[PROP_DELIVERABLES_STATE] =
    g_param_spec_enum ("deliverables-state", NULL, NULL, CLS_TYPE_DELIVERABLES_STATE, CLS_DELIVERABLES_STATE_UNKNOWN, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsNode:deliverables-text: (attributes org.gtk.Property.get=cls_node_get_deliverables_text org.gtk.Property.set=cls_node_set_deliverables_text)
   *
   * When the contract says there are no deliverables, how it says it (“/”).
   *
   * Since: 1.0
   */
  properties[PROP_DELIVERABLES_TEXT] =
    g_param_spec_string ("deliverables-text", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

}

static void
cls_node_init (ClsNode *self)
{
  self->state = CLS_NODE_STATE_PLANNED;
  self->weight = 1;
}

/**
 * cls_node_new:
 * @id: the node’s id, unique in its contract
 *
 * Creates a new node.
 *
 * Returns: (transfer full): a new [class@Cls.Node]
 *
 * Since: 1.0
 */
ClsNode *
cls_node_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CLS_TYPE_NODE, "id", id, NULL);
}

/**
 * cls_node_get_id:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
cls_node_get_id (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->id;
}

/**
 * cls_node_get_code:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:code].
 *
 * Returns: (nullable): the code
 *
 * Since: 1.0
 */
const char *
cls_node_get_code (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->code;
}

/**
 * cls_node_set_code:
 * @self: a [class@Cls.Node]
 * @code: (nullable): the new value
 *
 * Sets [property@Cls.Node:code].
 *
 * Since: 1.0
 */
void
cls_node_set_code (ClsNode *self,
                  const char *code)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->code, code) == 0)
    return;
  g_free (self->code);
  self->code = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

/**
 * cls_node_get_level:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:level].
 *
 * Returns: (nullable): the level
 *
 * Since: 1.0
 */
const char *
cls_node_get_level (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->level;
}

/**
 * cls_node_set_level:
 * @self: a [class@Cls.Node]
 * @level: (nullable): the new value
 *
 * Sets [property@Cls.Node:level].
 *
 * Since: 1.0
 */
void
cls_node_set_level (ClsNode *self,
                   const char *level)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->level, level) == 0)
    return;
  g_free (self->level);
  self->level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

/**
 * cls_node_get_state:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:state].
 *
 * Returns: the state
 *
 * Since: 1.0
 */
ClsNodeState
cls_node_get_state (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), 0);

  return self->state;
}

/**
 * cls_node_set_state:
 * @self: a [class@Cls.Node]
 * @state: the new value
 *
 * Sets [property@Cls.Node:state].
 *
 * Since: 1.0
 */
void
cls_node_set_state (ClsNode *self,
                   ClsNodeState state)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * cls_node_get_weight:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:weight].
 *
 * Returns: the weight
 *
 * Since: 1.0
 */
double
cls_node_get_weight (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), 0);

  return self->weight;
}

/**
 * cls_node_set_weight:
 * @self: a [class@Cls.Node]
 * @weight: the new value
 *
 * Sets [property@Cls.Node:weight].
 *
 * Since: 1.0
 */
void
cls_node_set_weight (ClsNode *self,
                    double weight)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (weight >= G_MINDOUBLE && weight <= G_MAXDOUBLE);

  if (self->weight == weight)
    return;
  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/**
 * cls_node_get_amendment:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:amendment].
 *
 * Returns: (nullable): the amendment
 *
 * Since: 1.0
 */
const char *
cls_node_get_amendment (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->amendment;
}

/**
 * cls_node_set_amendment:
 * @self: a [class@Cls.Node]
 * @amendment: (nullable): the new value
 *
 * Sets [property@Cls.Node:amendment].
 *
 * Since: 1.0
 */
void
cls_node_set_amendment (ClsNode *self,
                       const char *amendment)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->amendment, amendment) == 0)
    return;
  g_free (self->amendment);
  self->amendment = g_strdup (amendment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMENDMENT]);
}

/**
 * cls_node_get_title:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
cls_node_get_title (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->title;
}

/**
 * cls_node_set_title:
 * @self: a [class@Cls.Node]
 * @title: (nullable): the new value
 *
 * Sets [property@Cls.Node:title].
 *
 * Since: 1.0
 */
void
cls_node_set_title (ClsNode *self,
                   const char *title)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * cls_node_get_description:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
cls_node_get_description (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->description;
}

/**
 * cls_node_set_description:
 * @self: a [class@Cls.Node]
 * @description: (nullable): the new value
 *
 * Sets [property@Cls.Node:description].
 *
 * Since: 1.0
 */
void
cls_node_set_description (ClsNode *self,
                         const char *description)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * cls_node_get_objectives:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:objectives].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the objectives, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_node_get_objectives (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return (const char * const *) self->objectives;
}

/**
 * cls_node_set_objectives:
 * @self: a [class@Cls.Node]
 * @objectives: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Node:objectives]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_node_set_objectives (ClsNode *self,
                        const char * const *objectives)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (_cls_strv_equal ((const char * const *) self->objectives, objectives))
    return;
  g_strfreev (self->objectives);
  self->objectives = _cls_strv_dup_or_null (objectives);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVES]);
}

/**
 * cls_node_get_publics:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:publics].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the publics, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_node_get_publics (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return (const char * const *) self->publics;
}

/**
 * cls_node_set_publics:
 * @self: a [class@Cls.Node]
 * @publics: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Node:publics]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_node_set_publics (ClsNode *self,
                     const char * const *publics)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (_cls_strv_equal ((const char * const *) self->publics, publics))
    return;
  g_strfreev (self->publics);
  self->publics = _cls_strv_dup_or_null (publics);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLICS]);
}

/**
 * cls_node_get_sector:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:sector].
 *
 * Returns: (nullable): the sector
 *
 * Since: 1.0
 */
const char *
cls_node_get_sector (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return self->sector;
}

/**
 * cls_node_set_sector:
 * @self: a [class@Cls.Node]
 * @sector: (nullable): the new value
 *
 * Sets [property@Cls.Node:sector].
 *
 * Since: 1.0
 */
void
cls_node_set_sector (ClsNode *self,
                    const char *sector)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->sector, sector) == 0)
    return;
  g_free (self->sector);
  self->sector = g_strdup (sector);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR]);
}

/**
 * cls_node_get_sector_communes:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:sector-communes].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the sector communes, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_node_get_sector_communes (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return (const char * const *) self->sector_communes;
}

/**
 * cls_node_set_sector_communes:
 * @self: a [class@Cls.Node]
 * @sector_communes: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Node:sector-communes]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_node_set_sector_communes (ClsNode *self,
                             const char * const *sector_communes)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (_cls_strv_equal ((const char * const *) self->sector_communes, sector_communes))
    return;
  g_strfreev (self->sector_communes);
  self->sector_communes = _cls_strv_dup_or_null (sector_communes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_COMMUNES]);
}

/**
 * cls_node_get_sector_areas:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:sector-areas].
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the sector areas, or %NULL when there are none
 *
 * Since: 1.0
 */
const char * const *
cls_node_get_sector_areas (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return (const char * const *) self->sector_areas;
}

/**
 * cls_node_set_sector_areas:
 * @self: a [class@Cls.Node]
 * @sector_areas: (nullable) (array zero-terminated=1): the new value
 *
 * Sets [property@Cls.Node:sector-areas]. An empty array is the same as %NULL.
 *
 * Since: 1.0
 */
void
cls_node_set_sector_areas (ClsNode *self,
                          const char * const *sector_areas)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (_cls_strv_equal ((const char * const *) self->sector_areas, sector_areas))
    return;
  g_strfreev (self->sector_areas);
  self->sector_areas = _cls_strv_dup_or_null (sector_areas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTOR_AREAS]);
}

static GType
list_item_type (ClsNodeList which)
{
  switch (which)
    {
    case CLS_NODE_LIST_ROLES:
      return CLS_TYPE_ROLE;
    case CLS_NODE_LIST_FUNDINGS:
      return CLS_TYPE_FUNDING;
    case CLS_NODE_LIST_DELIVERABLES:
      return CLS_TYPE_DELIVERABLE;
    case CLS_NODE_LIST_CALENDAR:
      return CLS_TYPE_CALENDAR_ENTRY;
    case CLS_NODE_LIST_CROSS_REFERENCES:
      return CLS_TYPE_CROSS_REFERENCE;
    case CLS_NODE_LIST_INDICATORS:
      return CLS_TYPE_INDICATOR;
    case CLS_NODE_LIST_CHILDREN:
    case CLS_NODE_N_LISTS:
    default:
      return CLS_TYPE_NODE;
    }
}

/* The node's list, created the first time it is asked for: a caller that
 * connects to ::items-changed gets the store later additions go to.
 * Getters only read the model, and several threads may call them at once
 * (an evaluation, a view): the store is published with a compare-and-swap,
 * and a thread that loses the race drops its own store and uses the
 * winner's. */
static ClsObjectList *
node_list (ClsNode     *self,
           ClsNodeList  which)
{
  ClsObjectList *store = g_atomic_pointer_get (&self->lists[which]);

  if (G_LIKELY (store != NULL))
    return store;
  store = _cls_object_list_new (list_item_type (which));
  if (!g_atomic_pointer_compare_and_exchange (&self->lists[which], NULL, store))
    {
      g_object_unref (store);
      store = g_atomic_pointer_get (&self->lists[which]);
    }
  return store;
}

GListModel *
_cls_node_peek_list (ClsNode     *self,
                     ClsNodeList  which)
{
  ClsObjectList *store = g_atomic_pointer_get (&self->lists[which]);

  return store != NULL ? G_LIST_MODEL (store) : _cls_empty_model ();
}

static void
_cls_node_adopt (ClsNode *self,
                 GObject *item)
{
  if (CLS_IS_NODE (item))
    CLS_NODE (item)->parent = self;
  else if (CLS_IS_INDICATOR (item))
    _cls_indicator_set_node (CLS_INDICATOR (item), self);
  else if (CLS_IS_DELIVERABLE (item) && self->deliverables_state != CLS_DELIVERABLES_STATE_LISTED)
    cls_node_set_deliverables_state (self, CLS_DELIVERABLES_STATE_LISTED);
  _cls_model_attach (item, _cls_model_get_contract (self));
}

static void
_cls_node_disown (ClsNode *self,
                  GObject *item)
{
  if (CLS_IS_NODE (item))
    CLS_NODE (item)->parent = NULL;
  else if (CLS_IS_INDICATOR (item))
    _cls_indicator_set_node (CLS_INDICATOR (item), NULL);
  _cls_model_detach (item, _cls_model_get_contract (self));
}

/**
 * cls_node_get_roles:
 * @self: a [class@Cls.Node]
 *
 * Gets the roles of organisations in the action (porteur, pilote, partners…), as a list model of [class@Cls.Role] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Role]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_roles (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_ROLES));
}

/**
 * cls_node_add_role:
 * @self: a [class@Cls.Node]
 * @role: the item to append to the roles of organisations in the action (porteur, pilote, partners…)
 *
 * Appends @role to [method@Cls.Node.get_roles]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_role (ClsNode *self,
                  ClsRole *role)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_ROLE (role));

  _cls_node_adopt (self, G_OBJECT (role));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_ROLES), role);
  _cls_model_changed (self, "roles");
}

/**
 * cls_node_remove_role:
 * @self: a [class@Cls.Node]
 * @role: the item to remove
 *
 * Removes @role from [method@Cls.Node.get_roles].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_role (ClsNode *self,
                     ClsRole *role)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_ROLE (role), FALSE);

  if (self->lists[CLS_NODE_LIST_ROLES] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_ROLES], role, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (role));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_ROLES], position);
  _cls_model_changed (self, "roles");
  return TRUE;
}

/**
 * cls_node_get_fundings:
 * @self: a [class@Cls.Node]
 *
 * Gets the funding lines, as a list model of [class@Cls.Funding] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Funding]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_fundings (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_FUNDINGS));
}

/**
 * cls_node_add_funding:
 * @self: a [class@Cls.Node]
 * @funding: the item to append to the funding lines
 *
 * Appends @funding to [method@Cls.Node.get_fundings]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_funding (ClsNode *self,
                     ClsFunding *funding)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_FUNDING (funding));

  _cls_node_adopt (self, G_OBJECT (funding));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_FUNDINGS), funding);
  _cls_model_changed (self, "fundings");
}

/**
 * cls_node_remove_funding:
 * @self: a [class@Cls.Node]
 * @funding: the item to remove
 *
 * Removes @funding from [method@Cls.Node.get_fundings].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_funding (ClsNode *self,
                        ClsFunding *funding)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_FUNDING (funding), FALSE);

  if (self->lists[CLS_NODE_LIST_FUNDINGS] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_FUNDINGS], funding, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (funding));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_FUNDINGS], position);
  _cls_model_changed (self, "fundings");
  return TRUE;
}

/**
 * cls_node_get_deliverables:
 * @self: a [class@Cls.Node]
 *
 * Gets the expected deliverables, as a list model of [class@Cls.Deliverable] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Deliverable]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_deliverables (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_DELIVERABLES));
}

/**
 * cls_node_add_deliverable:
 * @self: a [class@Cls.Node]
 * @deliverable: the item to append to the expected deliverables
 *
 * Appends @deliverable to [method@Cls.Node.get_deliverables]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_deliverable (ClsNode *self,
                         ClsDeliverable *deliverable)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_DELIVERABLE (deliverable));

  _cls_node_adopt (self, G_OBJECT (deliverable));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_DELIVERABLES), deliverable);
  _cls_model_changed (self, "deliverables");
}

/**
 * cls_node_remove_deliverable:
 * @self: a [class@Cls.Node]
 * @deliverable: the item to remove
 *
 * Removes @deliverable from [method@Cls.Node.get_deliverables].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_deliverable (ClsNode *self,
                            ClsDeliverable *deliverable)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_DELIVERABLE (deliverable), FALSE);

  if (self->lists[CLS_NODE_LIST_DELIVERABLES] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_DELIVERABLES], deliverable, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (deliverable));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_DELIVERABLES], position);
  _cls_model_changed (self, "deliverables");
  return TRUE;
}

/**
 * cls_node_get_calendar:
 * @self: a [class@Cls.Node]
 *
 * Gets the calendar entries (phases), as a list model of [class@Cls.CalendarEntry] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.CalendarEntry]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_calendar (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_CALENDAR));
}

/**
 * cls_node_add_calendar_entry:
 * @self: a [class@Cls.Node]
 * @calendar_entry: the item to append to the calendar entries (phases)
 *
 * Appends @calendar_entry to [method@Cls.Node.get_calendar]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_calendar_entry (ClsNode *self,
                            ClsCalendarEntry *calendar_entry)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_CALENDAR_ENTRY (calendar_entry));

  _cls_node_adopt (self, G_OBJECT (calendar_entry));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_CALENDAR), calendar_entry);
  _cls_model_changed (self, "calendar");
}

/**
 * cls_node_remove_calendar_entry:
 * @self: a [class@Cls.Node]
 * @calendar_entry: the item to remove
 *
 * Removes @calendar_entry from [method@Cls.Node.get_calendar].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_calendar_entry (ClsNode *self,
                               ClsCalendarEntry *calendar_entry)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_CALENDAR_ENTRY (calendar_entry), FALSE);

  if (self->lists[CLS_NODE_LIST_CALENDAR] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_CALENDAR], calendar_entry, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (calendar_entry));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_CALENDAR], position);
  _cls_model_changed (self, "calendar");
  return TRUE;
}

/**
 * cls_node_get_cross_references:
 * @self: a [class@Cls.Node]
 *
 * Gets the cross-references to other nodes, as a list model of [class@Cls.CrossReference] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.CrossReference]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_cross_references (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_CROSS_REFERENCES));
}

/**
 * cls_node_add_cross_reference:
 * @self: a [class@Cls.Node]
 * @cross_reference: the item to append to the cross-references to other nodes
 *
 * Appends @cross_reference to [method@Cls.Node.get_cross_references]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_cross_reference (ClsNode *self,
                             ClsCrossReference *cross_reference)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_CROSS_REFERENCE (cross_reference));

  _cls_node_adopt (self, G_OBJECT (cross_reference));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_CROSS_REFERENCES), cross_reference);
  _cls_model_changed (self, "cross-references");
}

/**
 * cls_node_remove_cross_reference:
 * @self: a [class@Cls.Node]
 * @cross_reference: the item to remove
 *
 * Removes @cross_reference from [method@Cls.Node.get_cross_references].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_cross_reference (ClsNode *self,
                                ClsCrossReference *cross_reference)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_CROSS_REFERENCE (cross_reference), FALSE);

  if (self->lists[CLS_NODE_LIST_CROSS_REFERENCES] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_CROSS_REFERENCES], cross_reference, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (cross_reference));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_CROSS_REFERENCES], position);
  _cls_model_changed (self, "cross-references");
  return TRUE;
}

/**
 * cls_node_get_indicators:
 * @self: a [class@Cls.Node]
 *
 * Gets the indicators, as a list model of [class@Cls.Indicator] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Indicator]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_indicators (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_INDICATORS));
}

/**
 * cls_node_add_indicator:
 * @self: a [class@Cls.Node]
 * @indicator: the item to append to the indicators
 *
 * Appends @indicator to [method@Cls.Node.get_indicators]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_indicator (ClsNode *self,
                       ClsIndicator *indicator)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_INDICATOR (indicator));

  _cls_node_adopt (self, G_OBJECT (indicator));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_INDICATORS), indicator);
  _cls_model_changed (self, "indicators");
}

/**
 * cls_node_remove_indicator:
 * @self: a [class@Cls.Node]
 * @indicator: the item to remove
 *
 * Removes @indicator from [method@Cls.Node.get_indicators].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_indicator (ClsNode *self,
                          ClsIndicator *indicator)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_INDICATOR (indicator), FALSE);

  if (self->lists[CLS_NODE_LIST_INDICATORS] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_INDICATORS], indicator, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (indicator));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_INDICATORS], position);
  _cls_model_changed (self, "indicators");
  return TRUE;
}

/**
 * cls_node_get_children:
 * @self: a [class@Cls.Node]
 *
 * Gets the child nodes, as a list model of [class@Cls.Node] that a GTK list
 * view can bind directly. The model changes when items are added or removed.
 *
 * Returns: (transfer none): a list model of [class@Cls.Node]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_children (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  return _cls_object_list_get_model (node_list (self, CLS_NODE_LIST_CHILDREN));
}

/**
 * cls_node_add_child:
 * @self: a [class@Cls.Node]
 * @child: the item to append to the child nodes
 *
 * Appends @child to [method@Cls.Node.get_children]. The item joins the
 * contract @self belongs to: its id can be looked up, and its changes are
 * reported by [signal@Cls.Contract::changed].
 *
 * Since: 1.0
 */
void
cls_node_add_child (ClsNode *self,
                   ClsNode *child)
{
  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (CLS_IS_NODE (child));

  _cls_node_adopt (self, G_OBJECT (child));
  _cls_object_list_append (node_list (self, CLS_NODE_LIST_CHILDREN), child);
  _cls_model_changed (self, "children");
}

/**
 * cls_node_remove_child:
 * @self: a [class@Cls.Node]
 * @child: the item to remove
 *
 * Removes @child from [method@Cls.Node.get_children].
 *
 * Returns: %TRUE if it was there
 *
 * Since: 1.0
 */
gboolean
cls_node_remove_child (ClsNode *self,
                      ClsNode *child)
{
  guint position;

  g_return_val_if_fail (CLS_IS_NODE (self), FALSE);
  g_return_val_if_fail (CLS_IS_NODE (child), FALSE);

  if (self->lists[CLS_NODE_LIST_CHILDREN] == NULL ||
      !_cls_object_list_find (self->lists[CLS_NODE_LIST_CHILDREN], child, &position))
    return FALSE;
  /* Disown while the store still holds its reference. */
  _cls_node_disown (self, G_OBJECT (child));
  _cls_object_list_remove (self->lists[CLS_NODE_LIST_CHILDREN], position);
  _cls_model_changed (self, "children");
  return TRUE;
}

/**
 * cls_node_get_deliverables_state:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:deliverables-state].
 *
 * Returns: the state
 *
 * Since: 1.0
 */
ClsDeliverablesState
cls_node_get_deliverables_state (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), CLS_DELIVERABLES_STATE_UNKNOWN);
  return self->deliverables_state;
}

/**
 * cls_node_set_deliverables_state:
 * @self: a [class@Cls.Node]
 * @state: the new state
 *
 * Sets [property@Cls.Node:deliverables-state].
 *
 * Since: 1.0
 */
void
cls_node_set_deliverables_state (ClsNode              *self,
                                 ClsDeliverablesState  state)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (self->deliverables_state == state)
    return;
  self->deliverables_state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERABLES_STATE]);
}

/**
 * cls_node_get_deliverables_text:
 * @self: a [class@Cls.Node]
 *
 * Gets [property@Cls.Node:deliverables-text].
 *
 * Returns: (nullable): the text
 *
 * Since: 1.0
 */
const char *
cls_node_get_deliverables_text (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return self->deliverables_text;
}

/**
 * cls_node_set_deliverables_text:
 * @self: a [class@Cls.Node]
 * @text: (nullable): the text
 *
 * Sets [property@Cls.Node:deliverables-text].
 *
 * Since: 1.0
 */
void
cls_node_set_deliverables_text (ClsNode    *self,
                                const char *text)
{
  g_return_if_fail (CLS_IS_NODE (self));

  if (g_strcmp0 (self->deliverables_text, text) == 0)
    return;
  g_free (self->deliverables_text);
  self->deliverables_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERABLES_TEXT]);
}

/**
 * cls_node_get_parent:
 * @self: a [class@Cls.Node]
 *
 * Gets the parent node.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL for a top-level node
 *
 * Since: 1.0
 */
ClsNode *
cls_node_get_parent (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return self->parent;
}

/**
 * cls_node_get_contract:
 * @self: a [class@Cls.Node]
 *
 * Gets the contract the node belongs to.
 *
 * Returns: (transfer none) (nullable): the contract, or %NULL
 *
 * Since: 1.0
 */
ClsContract *
cls_node_get_contract (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return _cls_model_get_contract (self);
}

/**
 * cls_node_get_depth:
 * @self: a [class@Cls.Node]
 *
 * Gets the depth of the node in the plan: 0 for a top-level node.
 *
 * Returns: the depth
 *
 * Since: 1.0
 */
guint
cls_node_get_depth (ClsNode *self)
{
  guint depth = 0;
  ClsNode *node;

  g_return_val_if_fail (CLS_IS_NODE (self), 0);

  for (node = self->parent; node != NULL; node = node->parent)
    depth++;
  return depth;
}

/**
 * cls_node_get_level_name:
 * @self: a [class@Cls.Node]
 *
 * Gets the name of the node's level (“Fiche action”): the level its
 * [property@Cls.Node:level] names, or else the contract's level at its depth.
 *
 * Returns: (nullable): the level name
 *
 * Since: 1.0
 */
const char *
cls_node_get_level_name (ClsNode *self)
{
  ClsContract *contract;

  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  contract = _cls_model_get_contract (self);
  if (contract == NULL)
    return NULL;
  if (self->level != NULL)
    {
      GObject *level = cls_contract_lookup (contract, self->level);
      return CLS_IS_LEVEL (level) ? cls_level_get_name (CLS_LEVEL (level)) : NULL;
    }
  return cls_contract_get_level_name (contract, cls_node_get_depth (self));
}

/**
 * cls_node_get_variant_title:
 * @self: a [class@Cls.Node]
 * @variant: where the variant is found (“sommaire”, “annexe”)
 *
 * Gets the title the node has in another section of the contract.
 *
 * Returns: (nullable): the variant title
 *
 * Since: 1.0
 */
const char *
cls_node_get_variant_title (ClsNode    *self,
                            const char *variant)
{
  guint i;

  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  g_return_val_if_fail (variant != NULL, NULL);

  for (i = 0; self->variants != NULL && i + 1 < self->variants->len; i += 2)
    if (g_str_equal (g_ptr_array_index (self->variants, i), variant))
      return g_ptr_array_index (self->variants, i + 1);
  return NULL;
}

/**
 * cls_node_set_variant_title:
 * @self: a [class@Cls.Node]
 * @variant: where the variant is found (“sommaire”, “annexe”)
 * @title: (nullable): the title found there, or %NULL to remove it
 *
 * Sets a variant title. New variants are kept after the existing ones.
 *
 * Since: 1.0
 */
void
cls_node_set_variant_title (ClsNode    *self,
                            const char *variant,
                            const char *title)
{
  guint i;

  g_return_if_fail (CLS_IS_NODE (self));
  g_return_if_fail (variant != NULL);

  if (self->variants == NULL)
    {
      if (title == NULL)
        return;
      self->variants = g_ptr_array_new_with_free_func (g_free);
    }
  for (i = 0; i + 1 < self->variants->len; i += 2)
    if (g_str_equal (g_ptr_array_index (self->variants, i), variant))
      break;
  if (i + 1 < self->variants->len)
    {
      if (title == NULL)
        g_ptr_array_remove_range (self->variants, i, 2);
      else if (g_str_equal (g_ptr_array_index (self->variants, i + 1), title))
        return;
      else
        {
          g_free (g_ptr_array_index (self->variants, i + 1));
          g_ptr_array_index (self->variants, i + 1) = g_strdup (title);
        }
    }
  else if (title != NULL)
    {
      g_ptr_array_add (self->variants, g_strdup (variant));
      g_ptr_array_add (self->variants, g_strdup (title));
    }
  else
    return;
  _cls_model_changed (self, "variant-titles");
}

/**
 * cls_node_dup_title_variants:
 * @self: a [class@Cls.Node]
 *
 * Lists the variants the node has a variant title for, in order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the variant names
 *
 * Since: 1.0
 */
char **
cls_node_dup_title_variants (ClsNode *self)
{
  GStrvBuilder *builder;
  guint i;

  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  builder = g_strv_builder_new ();
  for (i = 0; self->variants != NULL && i + 1 < self->variants->len; i += 2)
    g_strv_builder_add (builder, g_ptr_array_index (self->variants, i));
  return _cls_strv_builder_finish (builder);
}

/**
 * cls_node_get_effective_publics:
 * @self: a [class@Cls.Node]
 *
 * Gets the node's publics, or, when it gives none, those of its nearest
 * ancestor that does (a fiche's merged cells apply to its operations).
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the publics
 *
 * Since: 1.0
 */
const char * const *
cls_node_get_effective_publics (ClsNode *self)
{
  ClsNode *node;

  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  for (node = self; node != NULL; node = node->parent)
    if (node->publics != NULL)
      return (const char * const *) node->publics;
  return NULL;
}

/**
 * cls_node_get_effective_sector:
 * @self: a [class@Cls.Node]
 *
 * Gets the node's sector, or its nearest ancestor's.
 *
 * Returns: (nullable): the sector
 *
 * Since: 1.0
 */
const char *
cls_node_get_effective_sector (ClsNode *self)
{
  ClsNode *node;

  g_return_val_if_fail (CLS_IS_NODE (self), NULL);

  for (node = self; node != NULL; node = node->parent)
    if (node->sector != NULL)
      return node->sector;
  return NULL;
}

static ClsNode *
nearest_with_items (ClsNode     *self,
                    ClsNodeList  which)
{
  ClsNode *node;

  for (node = self; node != NULL; node = node->parent)
    if (g_list_model_get_n_items (_cls_node_peek_list (node, which)) > 0)
      return node;
  return self;
}

GListModel *
_cls_node_peek_effective_list (ClsNode     *self,
                               ClsNodeList  which)
{
  return _cls_node_peek_list (nearest_with_items (self, which), which);
}

/**
 * cls_node_get_effective_roles:
 * @self: a [class@Cls.Node]
 *
 * Gets the node's roles, or, when it has none, those of its nearest
 * ancestor that has some.
 *
 * Returns: (transfer none): a list model of [class@Cls.Role]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_effective_roles (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return _cls_object_list_get_model (node_list (nearest_with_items (self, CLS_NODE_LIST_ROLES), CLS_NODE_LIST_ROLES));
}

/**
 * cls_node_get_effective_fundings:
 * @self: a [class@Cls.Node]
 *
 * Gets the node's funding lines, or, when it has none, those of its
 * nearest ancestor that has some.
 *
 * Returns: (transfer none): a list model of [class@Cls.Funding]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_effective_fundings (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return _cls_object_list_get_model (node_list (nearest_with_items (self, CLS_NODE_LIST_FUNDINGS), CLS_NODE_LIST_FUNDINGS));
}

/**
 * cls_node_get_effective_calendar:
 * @self: a [class@Cls.Node]
 *
 * Gets the node's calendar, or, when it has none, its nearest ancestor's.
 *
 * Returns: (transfer none): a list model of [class@Cls.CalendarEntry]
 *
 * Since: 1.0
 */
GListModel *
cls_node_get_effective_calendar (ClsNode *self)
{
  g_return_val_if_fail (CLS_IS_NODE (self), NULL);
  return _cls_object_list_get_model (node_list (nearest_with_items (self, CLS_NODE_LIST_CALENDAR), CLS_NODE_LIST_CALENDAR));
}

