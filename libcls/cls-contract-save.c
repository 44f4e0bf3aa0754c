/* cls-contract-save.c: writes contracts in the canonical XML form
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "cls-file-private.h"

#include <string.h>

#include "cls-contract.h"
#include "cls-loader.h"
#include "cls-enum-types.h"
#include "cls-foreign-private.h"
#include "cls-scale-private.h"
#include "cls-node-private.h"
#include "cls-contract-private.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-period-private.h"
#include "cls-xml-fields.h"

/* The canonical form (see the format reference): elements in the order of
 * the format, attributes in the order of the field tables, defaults
 * omitted, two spaces per level, text on the element's line. Because the
 * output depends only on the model, loading a canonical file and saving it
 * gives the same bytes. */

typedef struct {
  GString *out;
  guint depth;
  gboolean open_pending; /* "<x attrs" written, '>' not yet */
} Writer;

static void
indent (Writer *w)
{
  guint i;

  for (i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
escape (GString    *out,
        const char *text,
        gboolean    attribute)
{
  const char *p;

  for (p = text; *p; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, attribute ? ">" : "&gt;");
          break;
        case '"':
          g_string_append (out, attribute ? "&quot;" : "\"");
          break;
        case '\n':
          g_string_append (out, attribute ? "&#10;" : "\n");
          break;
        case '\r':
          g_string_append (out, "&#13;");
          break;
        case '\t':
          g_string_append (out, attribute ? "&#9;" : "\t");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static void
attribute (Writer     *w,
           const char *name,
           const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (w->out, " %s=\"", name);
  escape (w->out, value, TRUE);
  g_string_append_c (w->out, '"');
}

/* Makes sure the parent's start tag is closed before a child is written. */
static void
child_starts (Writer *w)
{
  if (w->open_pending)
    {
      g_string_append (w->out, ">\n");
      w->open_pending = FALSE;
    }
}

static void
start_tag (Writer     *w,
           const char *name)
{
  child_starts (w);
  indent (w);
  g_string_append_c (w->out, '<');
  g_string_append (w->out, name);
}

static void
foreign_attributes (Writer     *w,
                    GObject    *owner,
                    const char *slot)
{
  const ClsForeign *foreign = _cls_foreign_get (owner);
  const ClsForeignItem *a;

  for (a = _cls_foreign_first (foreign, slot); a != NULL; a = _cls_foreign_next (foreign, a))
    {
      g_autofree char *qname = NULL;

      if (a->name == NULL)
        continue;
      qname = a->prefix ? g_strconcat (a->prefix, ":", a->name, NULL) : g_strdup (a->name);
      attribute (w, qname, a->value);
    }
}

static gboolean
has_foreign_elements (GObject    *owner,
                      const char *slot)
{
  const ClsForeign *foreign = _cls_foreign_get (owner);
  const ClsForeignItem *e;

  for (e = _cls_foreign_first (foreign, slot); e != NULL; e = _cls_foreign_next (foreign, e))
    if (e->name == NULL)
      return TRUE;
  return FALSE;
}

static void
foreign_elements (Writer     *w,
                  GObject    *owner,
                  const char *slot)
{
  const ClsForeign *foreign = _cls_foreign_get (owner);
  const ClsForeignItem *e;

  for (e = _cls_foreign_first (foreign, slot); e != NULL; e = _cls_foreign_next (foreign, e))
    {
      if (e->name != NULL)
        continue;
      child_starts (w);
      indent (w);
      g_string_append (w->out, e->value);
      g_string_append_c (w->out, '\n');
    }
}

/* After the attributes: enters the element's content. */
static void
open_content (Writer *w)
{
  w->open_pending = TRUE;
  w->depth++;
}

static void
close_content (Writer     *w,
               const char *name)
{
  w->depth--;
  if (w->open_pending)
    {
      g_string_append (w->out, "/>\n");
      w->open_pending = FALSE;
      return;
    }
  indent (w);
  g_string_append_printf (w->out, "</%s>\n", name);
}

/* An element whose content is text only. */
static void
text_element_end (Writer     *w,
                  const char *name,
                  const char *text)
{
  if (text == NULL || *text == '\0')
    {
      g_string_append (w->out, "/>\n");
      return;
    }
  g_string_append_c (w->out, '>');
  escape (w->out, text, FALSE);
  g_string_append_printf (w->out, "</%s>\n", name);
}

static char *
format_property (GObject    *object,
                 const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *has_name = g_strconcat ("has-", property, NULL);
  GParamSpec *has = g_object_class_find_property (G_OBJECT_GET_CLASS (object), has_name);

  g_assert (pspec != NULL);
  if (CLS_IS_SCALE_LEVEL (object) && g_str_equal (property, "value"))
    {
      /* Required: written even when it is 0. */
      g_autoptr(GString) out = g_string_new (NULL);
      _cls_xml_append_double (out, cls_scale_level_get_value (CLS_SCALE_LEVEL (object)));
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (has != NULL)
    {
      /* Optional numbers: 0 is a real value, written whenever it is set. */
      gboolean is_set = FALSE;
      g_autoptr(GString) out = NULL;
      double number;

      g_object_get (object, has_name, &is_set, property, &number, NULL);
      if (!is_set)
        return NULL;
      out = g_string_new (NULL);
      _cls_xml_append_double (out, number);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (CLS_IS_INDICATOR (object) && !cls_indicator_is_own (CLS_INDICATOR (object), property))
    return NULL;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, property, &value);
  if (CLS_IS_INDICATOR (object) && cls_indicator_get_template (CLS_INDICATOR (object)) != NULL &&
      !cls_indicator_is_template (CLS_INDICATOR (object)) &&
      _cls_indicator_is_inheritable (property))
    {
      /* An own value equal to the default still overrides the template. */
      char *text = _cls_xml_value_format (pspec, &value);
      if (text == NULL && g_param_value_defaults (pspec, &value) && G_VALUE_HOLDS_ENUM (&value))
        {
          GEnumClass *klass = g_type_class_peek (G_VALUE_TYPE (&value));
          GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (&value));
          text = ev ? g_strdup (ev->value_nick) : NULL;
        }
      return text;
    }
  return _cls_xml_value_format (pspec, &value);
}

static void
write_attributes (Writer            *w,
                  GObject           *object,
                  const ClsXmlField *fields)
{
  for (; fields->kind != CLS_XML_END; fields++)
    if (fields->kind == CLS_XML_ATTR)
      {
        g_autofree char *value = format_property (object, fields->property);
        attribute (w, fields->xml, value);
      }
}

static char *
get_string (GObject    *object,
            const char *property)
{
  char *value = NULL;

  g_object_get (object, property, &value, NULL);
  return value;
}

/* Writes the simple child elements of `fields` (text children, repeated
 * text children, children carrying sub-attributes). */
static void
write_simple_children (Writer            *w,
                       GObject           *object,
                       const ClsXmlField *fields,
                       const char        *only)
{
  const ClsXmlField *f;

  for (f = fields; f->kind != CLS_XML_END; f++)
    {
      if (only != NULL && !g_str_equal (f->xml ? f->xml : "", only))
        continue;
      if (f->kind == CLS_XML_CHILD)
        {
          g_autofree char *text = NULL;
          const ClsXmlField *sub;
          gboolean any_sub = FALSE;
          GString *attrs = g_string_new (NULL);
          Writer sub_writer = { attrs, 0, FALSE };

          if (CLS_IS_INDICATOR (object) && !cls_indicator_is_own (CLS_INDICATOR (object), f->property))
            text = NULL;
          else
            text = get_string (object, f->property);
          for (sub = fields; sub->kind != CLS_XML_END; sub++)
            if (sub->kind == CLS_XML_SUBATTR && g_str_equal (sub->xml, f->xml))
              {
                g_autofree char *value = format_property (object, sub->property);
                if (value != NULL)
                  {
                    attribute (&sub_writer, sub->sub, value);
                    any_sub = TRUE;
                  }
              }
          if (text != NULL || any_sub || has_foreign_elements (object, f->xml))
            {
              start_tag (w, f->xml);
              g_string_append (w->out, attrs->str);
              foreign_attributes (w, object, f->xml);
              text_element_end (w, f->xml, text);
            }
          g_string_free (attrs, TRUE);
        }
      else if (f->kind == CLS_XML_CHILDREN)
        {
          g_auto(GStrv) values = NULL;
          guint i;

          g_object_get (object, f->property, &values, NULL);
          for (i = 0; values != NULL && values[i] != NULL; i++)
            {
              start_tag (w, f->xml);
              text_element_end (w, f->xml, values[i]);
            }
        }
    }
}

static const ClsXmlField *
text_field (const ClsXmlField *fields)
{
  for (; fields->kind != CLS_XML_END; fields++)
    if (fields->kind == CLS_XML_TEXT)
      return fields;
  return NULL;
}

/* A simple object: attributes, then text or simple children. */
static void
write_simple (Writer            *w,
              const char        *element,
              GObject           *object,
              const ClsXmlField *fields)
{
  const ClsXmlField *tf = text_field (fields);

  start_tag (w, element);
  write_attributes (w, object, fields);
  foreign_attributes (w, object, NULL);
  if (tf != NULL && !has_foreign_elements (object, NULL))
    {
      g_autofree char *text = get_string (object, tf->property);
      text_element_end (w, element, text);
      return;
    }
  open_content (w);
  if (tf != NULL)
    {
      g_autofree char *text = get_string (object, tf->property);
      if (text != NULL)
        {
          child_starts (w);
          indent (w);
          escape (w->out, text, FALSE);
          g_string_append_c (w->out, '\n');
        }
    }
  write_simple_children (w, object, fields, NULL);
  foreign_elements (w, object, NULL);
  close_content (w, element);
}

static void
write_model (Writer            *w,
             GListModel        *model,
             const char        *element,
             const ClsXmlField *fields)
{
  guint i, n = g_list_model_get_n_items (model);

  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      write_simple (w, element, item, fields);
    }
}

static void
write_role (Writer   *w,
            ClsRole  *role,
            gboolean  party)
{
  GEnumClass *klass = g_type_class_ref (CLS_TYPE_ROLE_KIND);
  const char *kind = g_enum_get_value (klass, cls_role_get_kind (role))->value_nick;

  start_tag (w, party ? "party" : "role");
  if (party)
    {
      attribute (w, "organisation", cls_role_get_organisation (role));
      if (cls_role_get_kind (role) != CLS_ROLE_KIND_SIGNATORY)
        attribute (w, "role", kind);
    }
  else
    {
      attribute (w, "kind", kind);
      attribute (w, "organisation", cls_role_get_organisation (role));
    }
  attribute (w, "amendment", cls_role_get_amendment (role));
  foreign_attributes (w, G_OBJECT (role), NULL);
  text_element_end (w, party ? "party" : "role", cls_role_get_text (role));
  g_type_class_unref (klass);
}

static void
write_roles (Writer     *w,
             GListModel *roles,
             gboolean    party)
{
  guint i, n = g_list_model_get_n_items (roles);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsRole) role = g_list_model_get_item (roles, i);
      write_role (w, role, party);
    }
}

/* A container element (<organisations>, <plan>…), written only when it has
 * something in it. */
static gboolean
container_start (Writer     *w,
                 GObject    *owner,
                 const char *name,
                 gboolean    has_items)
{
  if (!has_items && _cls_foreign_first (_cls_foreign_get (owner), name) == NULL)
    return FALSE;
  start_tag (w, name);
  foreign_attributes (w, owner, name);
  open_content (w);
  return TRUE;
}

static void
container_end (Writer     *w,
               GObject    *owner,
               const char *name)
{
  foreign_elements (w, owner, name);
  close_content (w, name);
}

static void
write_measurement (Writer             *w,
                   ClsIndicator       *indicator,
                   const ClsRecordSet *set,
                   const ClsRecord    *m)
{
  g_autoptr(GString) value = g_string_new (NULL);
  const ClsRecordExtra *extra = _cls_record_extra (set, m);
  const ClsRecordRare *rare = extra != NULL ? extra->rare : NULL;
  guint i;

  start_tag (w, "measurement");
  _cls_period_append_julian (value, m->start, _cls_record_end (set, m), m->kind);
  attribute (w, "period", value->str);
#define NUMBER_ATTRIBUTE(name, number)           \
  g_string_truncate (value, 0);                  \
  _cls_xml_append_double (value, number);        \
  attribute (w, name, value->str)
  if (m->flags & CLS_MEASUREMENT_HAS_VALUE)
    {
      NUMBER_ATTRIBUTE ("value", _cls_record_value (set, m));
    }
  if (m->flags & CLS_MEASUREMENT_HAS_RATIO)
    {
      NUMBER_ATTRIBUTE ("numerator", _cls_record_numerator (m));
      NUMBER_ATTRIBUTE ("denominator", _cls_record_denominator (m));
    }
#undef NUMBER_ATTRIBUTE
  attribute (w, "level", extra ? _cls_record_set_string (set, extra->level) : NULL);
  if (m->flags & CLS_MEASUREMENT_HAS_DONE)
    attribute (w, "done", (m->flags & CLS_MEASUREMENT_DONE) ? "true" : "false");
  if (extra != NULL && extra->respondents >= 0)
    {
      g_string_printf (value, "%d", extra->respondents);
      attribute (w, "respondents", value->str);
    }
  attribute (w, "author", rare ? rare->author : NULL);
  if (extra != NULL && extra->date != 0)
    {
      g_string_truncate (value, 0);
      _cls_date_append_julian (value, extra->date);
      attribute (w, "date", value->str);
    }
  attribute (w, "source", extra ? _cls_record_set_string (set, extra->source) : NULL);
  if (extra != NULL && extra->recorded != 0)
    {
      g_string_truncate (value, 0);
      _cls_date_append_julian (value, extra->recorded);
      attribute (w, "recorded", value->str);
    }
  if (m->flags & CLS_MEASUREMENT_ILLUSTRATIVE)
    attribute (w, "illustrative", "true");
  g_string_assign (value, "measurement:");
  _cls_period_append_julian (value, m->start, _cls_record_end (set, m), m->kind);
  foreign_attributes (w, G_OBJECT (indicator), value->str);

  open_content (w);
  if (extra != NULL)
    {
      const ClsRecordResponse *responses = _cls_record_extra_responses (extra);
      const ClsRecordBreakdown *breakdowns = _cls_record_extra_breakdowns (extra);

      if (rare != NULL && rare->comment != NULL)
        {
          start_tag (w, "comment");
          text_element_end (w, "comment", rare->comment);
        }
      if (rare != NULL && rare->text != NULL)
        {
          start_tag (w, "text");
          text_element_end (w, "text", rare->text);
        }
      for (i = 0; i < extra->n_responses; i++)
        {
          const ClsRecordResponse *r = &responses[i];
          start_tag (w, "response");
          attribute (w, "level", _cls_record_set_string (set, r->level));
          g_string_printf (value, "%u", r->count);
          attribute (w, "count", value->str);
          g_string_append (w->out, "/>\n");
        }
      for (i = 0; i < extra->n_breakdowns; i++)
        {
          const ClsRecordBreakdown *b = &breakdowns[i];
          start_tag (w, "breakdown");
          attribute (w, "dimension", _cls_record_set_string (set, b->dimension));
          attribute (w, "key", _cls_record_set_string (set, b->key));
          g_string_truncate (value, 0);
          _cls_xml_append_double (value, b->value);
          attribute (w, "value", value->str);
          g_string_append (w->out, "/>\n");
        }
    }
  g_string_assign (value, "measurement:");
  _cls_period_append_julian (value, m->start, _cls_record_end (set, m), m->kind);
  foreign_elements (w, G_OBJECT (indicator), value->str);
  close_content (w, "measurement");
}

static void
write_indicator (Writer       *w,
                 ClsIndicator *indicator,
                 const char   *element)
{
  GObject *object = G_OBJECT (indicator);
  ClsBaseline *baseline = cls_indicator_get_baseline (indicator);
  const ClsRecordSet *measurements;
  guint i;

  start_tag (w, element);
  {
    const ClsXmlField *f;

    for (f = _cls_xml_fields_indicator; f->kind != CLS_XML_END; f++)
      if (f->kind == CLS_XML_ATTR)
        {
          g_autofree char *value = format_property (object, f->property);

          /* The kind's own default aggregation is implied, not written. */
          if (value != NULL && g_str_equal (f->property, "aggregation") &&
              cls_indicator_get_template (indicator) == NULL &&
              cls_indicator_get_aggregation (indicator) ==
              _cls_indicator_kind_default_aggregation (cls_indicator_get_kind (indicator)))
            g_clear_pointer (&value, g_free);
          attribute (w, f->xml, value);
        }
  }
  foreign_attributes (w, object, NULL);
  open_content (w);
  write_simple_children (w, object, _cls_xml_fields_indicator, NULL);
  if (baseline != NULL)
    write_simple (w, "baseline", G_OBJECT (baseline), _cls_xml_fields_baseline);
  write_model (w, _cls_indicator_peek_targets (indicator), "target", _cls_xml_fields_target);
  measurements = _cls_indicator_peek_measurements (indicator);
  for (i = 0; i < measurements->n; i++)
    write_measurement (w, indicator, measurements, _cls_record_set_at (measurements, i));
  foreign_elements (w, object, NULL);
  close_content (w, element);
}

static void
write_indicators (Writer     *w,
                  GListModel *model,
                  const char *element)
{
  guint i, n = g_list_model_get_n_items (model);

  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsIndicator) indicator = g_list_model_get_item (model, i);
      write_indicator (w, indicator, element);
    }
}

static void
write_node (Writer  *w,
            ClsNode *node)
{
  GObject *object = G_OBJECT (node);
  g_auto(GStrv) variants = cls_node_dup_title_variants (node);
  GListModel *children;
  guint i, n;

  start_tag (w, "node");
  write_attributes (w, object, _cls_xml_fields_node);
  foreign_attributes (w, object, NULL);
  open_content (w);

  write_simple_children (w, object, _cls_xml_fields_node, "title");
  for (i = 0; variants[i] != NULL; i++)
    {
      g_autofree char *slot = g_strconcat ("title:", variants[i], NULL);
      start_tag (w, "title");
      attribute (w, "variant", variants[i]);
      foreign_attributes (w, object, slot);
      text_element_end (w, "title", cls_node_get_variant_title (node, variants[i]));
    }
  write_simple_children (w, object, _cls_xml_fields_node, "description");
  write_simple_children (w, object, _cls_xml_fields_node, "objective");
  write_simple_children (w, object, _cls_xml_fields_node, "public");
  write_simple_children (w, object, _cls_xml_fields_node, "sector");
  write_roles (w, _cls_node_peek_list (node, CLS_NODE_LIST_ROLES), FALSE);
  write_model (w, _cls_node_peek_list (node, CLS_NODE_LIST_FUNDINGS), "funding", _cls_xml_fields_funding);

  switch (cls_node_get_deliverables_state (node))
    {
    case CLS_DELIVERABLES_STATE_NONE:
      start_tag (w, "deliverables");
      attribute (w, "none", "true");
      foreign_attributes (w, object, "deliverables");
      text_element_end (w, "deliverables", cls_node_get_deliverables_text (node));
      break;
    case CLS_DELIVERABLES_STATE_LISTED:
      start_tag (w, "deliverables");
      foreign_attributes (w, object, "deliverables");
      open_content (w);
      write_model (w, _cls_node_peek_list (node, CLS_NODE_LIST_DELIVERABLES), "deliverable", _cls_xml_fields_deliverable);
      foreign_elements (w, object, "deliverables");
      close_content (w, "deliverables");
      break;
    case CLS_DELIVERABLES_STATE_UNKNOWN:
    default:
      break;
    }

  write_model (w, _cls_node_peek_list (node, CLS_NODE_LIST_CALENDAR), "calendar", _cls_xml_fields_calendar_entry);
  write_model (w, _cls_node_peek_list (node, CLS_NODE_LIST_CROSS_REFERENCES), "see", _cls_xml_fields_cross_reference);
  write_indicators (w, _cls_node_peek_list (node, CLS_NODE_LIST_INDICATORS), "indicator");
  children = _cls_node_peek_list (node, CLS_NODE_LIST_CHILDREN);
  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    {
      g_autoptr(ClsNode) child = g_list_model_get_item (children, i);
      write_node (w, child);
    }
  foreign_elements (w, object, NULL);
  close_content (w, "node");
}

static gboolean
model_has_items (GListModel *model)
{
  return g_list_model_get_n_items (model) > 0;
}

static void
write_contract (Writer      *w,
                ClsContract *contract)
{
  GObject *object = G_OBJECT (contract);
  GPtrArray *namespaces = _cls_contract_get_foreign_namespaces (contract);
  guint i, n;

  g_string_append (w->out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  start_tag (w, "contract");
  attribute (w, "xmlns", CLS_NAMESPACE);
  for (i = 0; i + 1 < namespaces->len; i += 2)
    {
      g_autofree char *name = g_strconcat ("xmlns:", (char *) g_ptr_array_index (namespaces, i), NULL);
      attribute (w, name, g_ptr_array_index (namespaces, i + 1));
    }
  attribute (w, "format", "1");
  write_attributes (w, object, _cls_xml_fields_contract);
  foreign_attributes (w, object, NULL);
  open_content (w);

  write_simple_children (w, object, _cls_xml_fields_contract, NULL);

  if (container_start (w, object, "organisations", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_ORGANISATIONS))))
    {
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_ORGANISATIONS), "organisation", _cls_xml_fields_organisation);
      container_end (w, object, "organisations");
    }
  if (container_start (w, object, "parties", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_PARTIES))))
    {
      write_roles (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_PARTIES), TRUE);
      container_end (w, object, "parties");
    }
  if (container_start (w, object, "territory",
                       cls_contract_get_territory_name (contract) != NULL ||
                       cls_contract_get_territory_notes (contract) != NULL ||
                       model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_COMMUNES)) ||
                       model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AREAS))))
    {
      const char * const *notes = cls_contract_get_territory_notes (contract);

      if (cls_contract_get_territory_name (contract) != NULL)
        {
          start_tag (w, "name");
          text_element_end (w, "name", cls_contract_get_territory_name (contract));
        }
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_COMMUNES), "commune", _cls_xml_fields_commune);
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AREAS), "area", _cls_xml_fields_area);
      for (i = 0; notes != NULL && notes[i] != NULL; i++)
        {
          start_tag (w, "note");
          text_element_end (w, "note", notes[i]);
        }
      container_end (w, object, "territory");
    }
  if (container_start (w, object, "governance",
                       model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_BODIES)) ||
                       model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FUNDINGS))))
    {
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_BODIES), "body", _cls_xml_fields_body);
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FUNDINGS), "funding", _cls_xml_fields_funding);
      container_end (w, object, "governance");
    }
  if (container_start (w, object, "levels", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_LEVELS))))
    {
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_LEVELS), "level", _cls_xml_fields_level);
      container_end (w, object, "levels");
    }
  {
    static const char * const settings[] = { "on-track", "at-risk", "missing-data", "trend-tolerance" };
    g_autoptr(GString) attrs = g_string_new (NULL);
    Writer sub = { attrs, 0, FALSE };

    for (i = 0; i < G_N_ELEMENTS (settings); i++)
      {
        GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), settings[i]);
        g_auto(GValue) value = G_VALUE_INIT;
        g_autofree char *text = NULL;

        g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
        g_object_get_property (object, settings[i], &value);
        text = _cls_xml_value_format (pspec, &value);
        attribute (&sub, settings[i], text);
      }
    if (attrs->len > 0 || _cls_foreign_first (_cls_foreign_get (object), "evaluation-settings") != NULL)
      {
        start_tag (w, "evaluation-settings");
        g_string_append (w->out, attrs->str);
        foreign_attributes (w, object, "evaluation-settings");
        g_string_append (w->out, "/>\n");
      }
  }
  if (container_start (w, object, "scales", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_SCALES))))
    {
      GListModel *scales = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_SCALES);

      n = g_list_model_get_n_items (scales);
      for (i = 0; i < n; i++)
        {
          g_autoptr(ClsScale) scale = g_list_model_get_item (scales, i);

          start_tag (w, "scale");
          write_attributes (w, G_OBJECT (scale), _cls_xml_fields_scale);
          foreign_attributes (w, G_OBJECT (scale), NULL);
          open_content (w);
          write_simple_children (w, G_OBJECT (scale), _cls_xml_fields_scale, NULL);
          write_model (w, _cls_scale_peek_levels (scale), "level", _cls_xml_fields_scale_level);
          foreign_elements (w, G_OBJECT (scale), NULL);
          close_content (w, "scale");
        }
      container_end (w, object, "scales");
    }
  if (container_start (w, object, "context", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FIGURES))))
    {
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_FIGURES), "figure", _cls_xml_fields_figure);
      container_end (w, object, "context");
    }
  if (container_start (w, object, "amendments", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AMENDMENTS))))
    {
      write_model (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_AMENDMENTS), "amendment", _cls_xml_fields_amendment);
      container_end (w, object, "amendments");
    }
  if (container_start (w, object, "templates", model_has_items (_cls_contract_peek_list (contract, CLS_CONTRACT_LIST_TEMPLATES))))
    {
      write_indicators (w, _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_TEMPLATES), "indicator-template");
      container_end (w, object, "templates");
    }
  /* The plan is always written, even empty: it is where a reader looks. */
  start_tag (w, "plan");
  foreign_attributes (w, object, "plan");
  open_content (w);
  {
    GListModel *nodes = _cls_contract_peek_list (contract, CLS_CONTRACT_LIST_NODES);

    n = g_list_model_get_n_items (nodes);
    for (i = 0; i < n; i++)
      {
        g_autoptr(ClsNode) node = g_list_model_get_item (nodes, i);
        write_node (w, node);
      }
  }
  container_end (w, object, "plan");

  foreign_elements (w, object, NULL);
  close_content (w, "contract");
}

/**
 * cls_contract_to_bytes:
 * @self: a [class@Cls.Contract]
 *
 * Writes the contract in the canonical form of the libcls XML format:
 * stable order, two-space indentation, UTF-8. Saving a contract loaded from
 * a canonical file gives that file back, byte for byte.
 *
 * Returns: (transfer full): the XML text
 *
 * Since: 1.0
 */
GBytes *
cls_contract_to_bytes (ClsContract *self)
{
  Writer w = { NULL, 0, FALSE };

  g_return_val_if_fail (CLS_IS_CONTRACT (self), NULL);

  w.out = g_string_sized_new (64 * 1024);
  write_contract (&w, self);
  return g_string_free_to_bytes (w.out);
}

/**
 * cls_contract_save_to_stream:
 * @self: a [class@Cls.Contract]
 * @stream: the stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes the contract's canonical form to @stream. The stream is not closed.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_contract_save_to_stream (ClsContract    *self,
                             GOutputStream  *stream,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cls_contract_to_bytes (self);
  data = g_bytes_get_data (bytes, &size);
  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

/**
 * cls_contract_save_to_file:
 * @self: a [class@Cls.Contract]
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes the contract's canonical form to @file, atomically: the content
 * goes to a temporary file that then replaces @file, so a crash or a full
 * disk never leaves a truncated contract behind.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_contract_save_to_file (ClsContract   *self,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cls_contract_to_bytes (self);
  /* a temporary file renamed over the target: see cls-file.c */
  return _cls_file_replace (file, bytes, cancellable, error);
}

/**
 * cls_contract_save_to_path:
 * @self: a [class@Cls.Contract]
 * @path: (type filename): the path of the file to write
 * @error: return location for an error
 *
 * Writes the contract's canonical form to @path, atomically (see
 * [method@Cls.Contract.save_to_file]).
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_contract_save_to_path (ClsContract  *self,
                           const char   *path,
                           GError      **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  return cls_contract_save_to_file (self, file, NULL, error);
}

/**
 * cls_contract_save_to_file_async:
 * @self: a [class@Cls.Contract]
 * @file: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the file is written
 * @user_data: data for @callback
 *
 * Writes the contract's canonical form to @file asynchronously and
 * atomically. The XML is produced before this function returns, so the
 * contract may change afterwards without affecting what is written.
 *
 * Since: 1.0
 */
void
cls_contract_save_to_file_async (ClsContract         *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (CLS_IS_CONTRACT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cls_contract_save_to_file_async);
  bytes = cls_contract_to_bytes (self);
  _cls_file_replace_async (file, bytes, task);
}

/**
 * cls_contract_save_to_file_finish:
 * @self: a [class@Cls.Contract]
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Cls.Contract.save_to_file_async].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
cls_contract_save_to_file_finish (ClsContract   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (CLS_IS_CONTRACT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
