/* cls-diagnostic.c: ClsDiagnostic
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-diagnostic.h"
#include "cls-enum-types.h"
#include "cls-model-private.h"

/**
 * ClsDiagnostic:
 *
 * A problem found in a contract: a loading warning, or a finding of the
 * data-quality review ([method@Cls.Contract.review]).
 *
 * [property@Cls.Diagnostic:object-id] names the precise object concerned
 * (an indicator, a deliverable, a node); [property@Cls.Diagnostic:node-id]
 * names the node of the plan it belongs to, so that findings can be grouped
 * by action.
 *
 * Since: 1.0
 */

struct _ClsDiagnostic
{
  GObject parent_instance;

  ClsSeverity severity;
  char *code;
  char *message;
  char *file;
  int line;
  int column;
  char *object_id;
  char *node_id;
};

G_DEFINE_FINAL_TYPE (ClsDiagnostic, cls_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_OBJECT_ID,
  PROP_NODE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cls_diagnostic_finalize (GObject *object)
{
  ClsDiagnostic *self = (ClsDiagnostic *) object;

  g_free (self->code);
  g_free (self->message);
  g_free (self->file);
  g_free (self->object_id);
  g_free (self->node_id);

  G_OBJECT_CLASS (cls_diagnostic_parent_class)->finalize (object);
}

static void
cls_diagnostic_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ClsDiagnostic *self = CLS_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, cls_diagnostic_get_severity (self));
      break;

    case PROP_CODE:
      g_value_set_string (value, cls_diagnostic_get_code (self));
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, cls_diagnostic_get_message (self));
      break;

    case PROP_FILE:
      g_value_set_string (value, cls_diagnostic_get_file (self));
      break;

    case PROP_LINE:
      g_value_set_int (value, cls_diagnostic_get_line (self));
      break;

    case PROP_COLUMN:
      g_value_set_int (value, cls_diagnostic_get_column (self));
      break;

    case PROP_OBJECT_ID:
      g_value_set_string (value, cls_diagnostic_get_object_id (self));
      break;

    case PROP_NODE_ID:
      g_value_set_string (value, cls_diagnostic_get_node_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_diagnostic_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ClsDiagnostic *self = CLS_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      cls_diagnostic_set_severity (self, g_value_get_enum (value));
      break;

    case PROP_CODE:
      cls_diagnostic_set_code (self, g_value_get_string (value));
      break;

    case PROP_MESSAGE:
      cls_diagnostic_set_message (self, g_value_get_string (value));
      break;

    case PROP_FILE:
      cls_diagnostic_set_file (self, g_value_get_string (value));
      break;

    case PROP_LINE:
      cls_diagnostic_set_line (self, g_value_get_int (value));
      break;

    case PROP_COLUMN:
      cls_diagnostic_set_column (self, g_value_get_int (value));
      break;

    case PROP_OBJECT_ID:
      cls_diagnostic_set_object_id (self, g_value_get_string (value));
      break;

    case PROP_NODE_ID:
      cls_diagnostic_set_node_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_diagnostic_class_init (ClsDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_diagnostic_finalize;
  object_class->get_property = cls_diagnostic_get_property;
  object_class->set_property = cls_diagnostic_set_property;

  /**
   * ClsDiagnostic:severity: (attributes org.gtk.Property.get=cls_diagnostic_get_severity org.gtk.Property.set=cls_diagnostic_set_severity)
   *
   * How serious the problem is.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, CLS_TYPE_SEVERITY, CLS_SEVERITY_WARNING, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:code: (attributes org.gtk.Property.get=cls_diagnostic_get_code org.gtk.Property.set=cls_diagnostic_set_code)
   *
   * A stable, kebab-case code naming the kind of problem, for programs to
   * act on (the message is for people and may be translated). The loader's
   * warnings use `shares-not-100`, `breakdown-above-total`,
   * `responses-above-respondents` and `period-crosses-contract`; the codes
   * of the data-quality review are listed in [method@Cls.Contract.review].
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:message: (attributes org.gtk.Property.get=cls_diagnostic_get_message org.gtk.Property.set=cls_diagnostic_set_message)
   *
   * A sentence a coordinator understands.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:file: (attributes org.gtk.Property.get=cls_diagnostic_get_file org.gtk.Property.set=cls_diagnostic_set_file)
   *
   * The file in which the problem is, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:line: (attributes org.gtk.Property.get=cls_diagnostic_get_line org.gtk.Property.set=cls_diagnostic_set_line)
   *
   * The line (from 1), or 0 when unknown.
   *
   * Since: 1.0
   */
  properties[PROP_LINE] =
    g_param_spec_int ("line", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:column: (attributes org.gtk.Property.get=cls_diagnostic_get_column org.gtk.Property.set=cls_diagnostic_set_column)
   *
   * The column (from 1), or 0 when unknown.
   *
   * Since: 1.0
   */
  properties[PROP_COLUMN] =
    g_param_spec_int ("column", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:object-id: (attributes org.gtk.Property.get=cls_diagnostic_get_object_id org.gtk.Property.set=cls_diagnostic_set_object_id)
   *
   * The id of the object concerned, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_OBJECT_ID] =
    g_param_spec_string ("object-id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsDiagnostic:node-id: (attributes org.gtk.Property.get=cls_diagnostic_get_node_id org.gtk.Property.set=cls_diagnostic_set_node_id)
   *
   * The id of the node of the plan the problem is about, or %NULL when it
   * is about the contract as a whole. For a problem of an indicator or a
   * deliverable, it is the node that holds it, while
   * [property@Cls.Diagnostic:object-id] names the indicator or deliverable
   * itself.
   *
   * Since: 1.0
   */
  properties[PROP_NODE_ID] =
    g_param_spec_string ("node-id", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_diagnostic_init (ClsDiagnostic *self)
{
  self->severity = CLS_SEVERITY_WARNING;
  self->line = 0;
  self->column = 0;
}

/**
 * cls_diagnostic_new:
 *
 * Creates a new diagnostic.
 *
 * Returns: (transfer full): a new [class@Cls.Diagnostic]
 *
 * Since: 1.0
 */
ClsDiagnostic *
cls_diagnostic_new (void)
{
  return g_object_new (CLS_TYPE_DIAGNOSTIC, NULL);
}

/**
 * cls_diagnostic_get_severity:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:severity].
 *
 * Returns: the severity
 *
 * Since: 1.0
 */
ClsSeverity
cls_diagnostic_get_severity (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), 0);

  return self->severity;
}

/**
 * cls_diagnostic_set_severity:
 * @self: a [class@Cls.Diagnostic]
 * @severity: the new value
 *
 * Sets [property@Cls.Diagnostic:severity].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_severity (ClsDiagnostic *self,
                            ClsSeverity severity)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (self->severity == severity)
    return;
  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

/**
 * cls_diagnostic_get_code:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:code].
 *
 * Returns: (nullable): the code
 *
 * Since: 1.0
 */
const char *
cls_diagnostic_get_code (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), NULL);

  return self->code;
}

/**
 * cls_diagnostic_set_code:
 * @self: a [class@Cls.Diagnostic]
 * @code: (nullable): the new value
 *
 * Sets [property@Cls.Diagnostic:code].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_code (ClsDiagnostic *self,
                        const char *code)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (g_strcmp0 (self->code, code) == 0)
    return;
  g_free (self->code);
  self->code = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

/**
 * cls_diagnostic_get_message:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:message].
 *
 * Returns: (nullable): the message
 *
 * Since: 1.0
 */
const char *
cls_diagnostic_get_message (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * cls_diagnostic_set_message:
 * @self: a [class@Cls.Diagnostic]
 * @message: (nullable): the new value
 *
 * Sets [property@Cls.Diagnostic:message].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_message (ClsDiagnostic *self,
                           const char *message)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (g_strcmp0 (self->message, message) == 0)
    return;
  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

/**
 * cls_diagnostic_get_file:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:file].
 *
 * Returns: (nullable): the file
 *
 * Since: 1.0
 */
const char *
cls_diagnostic_get_file (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), NULL);

  return self->file;
}

/**
 * cls_diagnostic_set_file:
 * @self: a [class@Cls.Diagnostic]
 * @file: (nullable): the new value
 *
 * Sets [property@Cls.Diagnostic:file].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_file (ClsDiagnostic *self,
                        const char *file)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (g_strcmp0 (self->file, file) == 0)
    return;
  g_free (self->file);
  self->file = g_strdup (file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/**
 * cls_diagnostic_get_line:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:line].
 *
 * Returns: the line
 *
 * Since: 1.0
 */
int
cls_diagnostic_get_line (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

/**
 * cls_diagnostic_set_line:
 * @self: a [class@Cls.Diagnostic]
 * @line: the new value
 *
 * Sets [property@Cls.Diagnostic:line].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_line (ClsDiagnostic *self,
                        int line)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));
  g_return_if_fail (line >= 0 && line <= G_MAXINT);

  if (self->line == line)
    return;
  self->line = line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/**
 * cls_diagnostic_get_column:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:column].
 *
 * Returns: the column
 *
 * Since: 1.0
 */
int
cls_diagnostic_get_column (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

/**
 * cls_diagnostic_set_column:
 * @self: a [class@Cls.Diagnostic]
 * @column: the new value
 *
 * Sets [property@Cls.Diagnostic:column].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_column (ClsDiagnostic *self,
                          int column)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));
  g_return_if_fail (column >= 0 && column <= G_MAXINT);

  if (self->column == column)
    return;
  self->column = column;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}

/**
 * cls_diagnostic_get_object_id:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:object-id].
 *
 * Returns: (nullable): the object id
 *
 * Since: 1.0
 */
const char *
cls_diagnostic_get_object_id (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), NULL);

  return self->object_id;
}

/**
 * cls_diagnostic_set_object_id:
 * @self: a [class@Cls.Diagnostic]
 * @object_id: (nullable): the new value
 *
 * Sets [property@Cls.Diagnostic:object-id].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_object_id (ClsDiagnostic *self,
                             const char *object_id)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (g_strcmp0 (self->object_id, object_id) == 0)
    return;
  g_free (self->object_id);
  self->object_id = g_strdup (object_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECT_ID]);
}

/**
 * cls_diagnostic_get_node_id:
 * @self: a [class@Cls.Diagnostic]
 *
 * Gets [property@Cls.Diagnostic:node-id].
 *
 * Returns: (nullable): the id of the node concerned
 *
 * Since: 1.0
 */
const char *
cls_diagnostic_get_node_id (ClsDiagnostic *self)
{
  g_return_val_if_fail (CLS_IS_DIAGNOSTIC (self), NULL);

  return self->node_id;
}

/**
 * cls_diagnostic_set_node_id:
 * @self: a [class@Cls.Diagnostic]
 * @node_id: (nullable): the new value
 *
 * Sets [property@Cls.Diagnostic:node-id].
 *
 * Since: 1.0
 */
void
cls_diagnostic_set_node_id (ClsDiagnostic *self,
                           const char *node_id)
{
  g_return_if_fail (CLS_IS_DIAGNOSTIC (self));

  if (g_strcmp0 (self->node_id, node_id) == 0)
    return;
  g_free (self->node_id);
  self->node_id = g_strdup (node_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE_ID]);
}
