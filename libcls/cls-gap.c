/* cls-gap.c: ClsGap
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-evaluation-private.h"
#include "cls-enum-types.h"

/**
 * ClsGap:
 *
 * One thing missing from an evaluation: an indicator without data or without
 * target, a placeholder still open, an abandoned action. Every [class@Cls.NodeResult]
 * lists the gaps of its subtree.
 *
 * Since: 1.0
 */

enum {
  PROP_0,
  PROP_REASON,
  PROP_OBJECT_ID,
  PROP_NODE_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (ClsGap, cls_gap, G_TYPE_OBJECT)

static void
cls_gap_finalize (GObject *object)
{
  ClsGap *self = CLS_GAP (object);

  g_free (self->object_id);
  g_free (self->node_id);
  g_free (self->label);
  G_OBJECT_CLASS (cls_gap_parent_class)->finalize (object);
}

static void
cls_gap_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  ClsGap *self = CLS_GAP (object);

  switch (prop_id)
    {
    case PROP_REASON:
      g_value_set_enum (value, self->reason);
      break;
    case PROP_OBJECT_ID:
      g_value_set_string (value, self->object_id);
      break;
    case PROP_NODE_ID:
      g_value_set_string (value, self->node_id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_gap_class_init (ClsGapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_gap_finalize;
  object_class->get_property = cls_gap_get_property;

  /**
   * ClsGap:reason:
   *
   * Why it is listed.
   *
   * Since: 1.0
   */
  properties[PROP_REASON] =
    g_param_spec_enum ("reason", NULL, NULL, CLS_TYPE_GAP_REASON, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsGap:object-id:
   *
   * The id of the indicator or node that is missing something.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECT_ID] =
    g_param_spec_string ("object-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsGap:node-id:
   *
   * The id of the plan node it belongs to (the node itself for an
   * abandoned action).
   *
   * Since: 1.0
   */
  properties[PROP_NODE_ID] =
    g_param_spec_string ("node-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * ClsGap:label:
   *
   * The code and title a person recognises, e.g. “FA 1.1 / Nombre de
   * séances”.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_gap_init (ClsGap *self)
{
}

/**
 * cls_gap_get_reason:
 * @self: a [class@Cls.Gap]
 *
 * Why it is listed.
 *
 * Returns: the value
 *
 * Since: 1.0
 */
ClsGapReason
cls_gap_get_reason (ClsGap *self)
{
  g_return_val_if_fail (CLS_IS_GAP (self), 0);
  return self->reason;
}

/**
 * cls_gap_get_object_id:
 * @self: a [class@Cls.Gap]
 *
 * The id of the indicator or node that is missing something.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_gap_get_object_id (ClsGap *self)
{
  g_return_val_if_fail (CLS_IS_GAP (self), NULL);
  return self->object_id;
}

/**
 * cls_gap_get_node_id:
 * @self: a [class@Cls.Gap]
 *
 * The id of the plan node it belongs to (the node itself for an abandoned
 * action).
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_gap_get_node_id (ClsGap *self)
{
  g_return_val_if_fail (CLS_IS_GAP (self), NULL);
  return self->node_id;
}

/**
 * cls_gap_get_label:
 * @self: a [class@Cls.Gap]
 *
 * The code and title a person recognises, e.g. “FA 1.1 / Nombre de
 * séances”.
 *
 * Returns: (nullable): the value
 *
 * Since: 1.0
 */
const char *
cls_gap_get_label (ClsGap *self)
{
  g_return_val_if_fail (CLS_IS_GAP (self), NULL);
  return self->label;
}
