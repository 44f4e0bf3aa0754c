/* cls-xml-fields.c: how the properties of each model class map to the XML format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "cls-xml-fields.h"

const ClsXmlField _cls_xml_fields_organisation[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "kind", NULL, "kind" },
  { CLS_XML_CHILD, "name", NULL, "name" },
  { CLS_XML_CHILD, "short-name", NULL, "short-name" },
  { CLS_XML_CHILDREN, "alias", NULL, "aliases" },
  { CLS_XML_CHILD, "address", NULL, "address" },
  { CLS_XML_CHILD, "representative", NULL, "representative" },
  { CLS_XML_SUBATTR, "representative", "title", "representative-title" },
  { CLS_XML_CHILD, "deliberation", NULL, "deliberation" },
  { CLS_XML_SUBATTR, "deliberation", "number", "deliberation-number" },
  { CLS_XML_SUBATTR, "deliberation", "date", "deliberation-date" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_role[] = {
  { CLS_XML_ATTR, "organisation", NULL, "organisation" },
  { CLS_XML_ATTR, "kind", NULL, "kind" },
  { CLS_XML_ATTR, "amendment", NULL, "amendment" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_commune[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "insee", NULL, "insee" },
  { CLS_XML_ATTR, "population", NULL, "population" },
  { CLS_XML_ATTR, "census-year", NULL, "census-year" },
  { CLS_XML_TEXT, NULL, NULL, "name" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_area[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "kind", NULL, "kind" },
  { CLS_XML_ATTR, "communes", NULL, "communes" },
  { CLS_XML_TEXT, NULL, NULL, "name" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_body[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "kind", NULL, "kind" },
  { CLS_XML_ATTR, "chairs", NULL, "chairs" },
  { CLS_XML_CHILD, "name", NULL, "name" },
  { CLS_XML_CHILD, "frequency", NULL, "frequency" },
  { CLS_XML_CHILD, "description", NULL, "description" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_funding[] = {
  { CLS_XML_ATTR, "funder", NULL, "funder" },
  { CLS_XML_ATTR, "amount", NULL, "amount" },
  { CLS_XML_ATTR, "min", NULL, "min" },
  { CLS_XML_ATTR, "max", NULL, "max" },
  { CLS_XML_ATTR, "share", NULL, "share" },
  { CLS_XML_ATTR, "basis", NULL, "basis" },
  { CLS_XML_ATTR, "status", NULL, "status" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_level[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_TEXT, NULL, NULL, "name" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_scale_level[] = {
  { CLS_XML_ATTR, "key", NULL, "key" },
  { CLS_XML_ATTR, "value", NULL, "value" },
  { CLS_XML_TEXT, NULL, NULL, "label" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_scale[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_CHILD, "name", NULL, "name" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_figure[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "value", NULL, "value" },
  { CLS_XML_ATTR, "unit", NULL, "unit" },
  { CLS_XML_ATTR, "period", NULL, "period" },
  { CLS_XML_ATTR, "source", NULL, "source" },
  { CLS_XML_CHILD, "label", NULL, "label" },
  { CLS_XML_CHILD, "territory", NULL, "territory" },
  { CLS_XML_CHILD, "comparison", NULL, "comparison" },
  { CLS_XML_CHILD, "comment", NULL, "comment" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_amendment[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "number", NULL, "number" },
  { CLS_XML_ATTR, "date", NULL, "date" },
  { CLS_XML_CHILD, "title", NULL, "title" },
  { CLS_XML_CHILD, "description", NULL, "description" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_deliverable[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_calendar_entry[] = {
  { CLS_XML_ATTR, "period", NULL, "period" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_cross_reference[] = {
  { CLS_XML_ATTR, "node", NULL, "node" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_target[] = {
  { CLS_XML_ATTR, "value", NULL, "value" },
  { CLS_XML_ATTR, "level", NULL, "level" },
  { CLS_XML_ATTR, "done", NULL, "done" },
  { CLS_XML_ATTR, "due", NULL, "due" },
  { CLS_XML_ATTR, "period", NULL, "period" },
  { CLS_XML_ATTR, "recurring", NULL, "recurring" },
  { CLS_XML_ATTR, "dimension", NULL, "dimension" },
  { CLS_XML_ATTR, "keys", NULL, "keys" },
  { CLS_XML_ATTR, "comparator", NULL, "comparator" },
  { CLS_XML_ATTR, "amendment", NULL, "amendment" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_baseline[] = {
  { CLS_XML_ATTR, "value", NULL, "value" },
  { CLS_XML_ATTR, "numerator", NULL, "numerator" },
  { CLS_XML_ATTR, "denominator", NULL, "denominator" },
  { CLS_XML_ATTR, "level", NULL, "level" },
  { CLS_XML_ATTR, "period", NULL, "period" },
  { CLS_XML_ATTR, "source", NULL, "source" },
  { CLS_XML_TEXT, NULL, NULL, "text" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_node[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "code", NULL, "code" },
  { CLS_XML_ATTR, "level", NULL, "level" },
  { CLS_XML_ATTR, "state", NULL, "state" },
  { CLS_XML_ATTR, "weight", NULL, "weight" },
  { CLS_XML_ATTR, "amendment", NULL, "amendment" },
  { CLS_XML_CHILD, "title", NULL, "title" },
  { CLS_XML_CHILD, "description", NULL, "description" },
  { CLS_XML_CHILDREN, "objective", NULL, "objectives" },
  { CLS_XML_CHILDREN, "public", NULL, "publics" },
  { CLS_XML_CHILD, "sector", NULL, "sector" },
  { CLS_XML_SUBATTR, "sector", "communes", "sector-communes" },
  { CLS_XML_SUBATTR, "sector", "areas", "sector-areas" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_indicator[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "template", NULL, "template" },
  { CLS_XML_ATTR, "kind", NULL, "kind" },
  { CLS_XML_ATTR, "category", NULL, "category" },
  { CLS_XML_ATTR, "level", NULL, "level" },
  { CLS_XML_ATTR, "direction", NULL, "direction" },
  { CLS_XML_ATTR, "aggregation", NULL, "aggregation" },
  { CLS_XML_ATTR, "weight", NULL, "weight" },
  { CLS_XML_ATTR, "unit", NULL, "unit" },
  { CLS_XML_ATTR, "factor", NULL, "factor" },
  { CLS_XML_ATTR, "scale", NULL, "scale" },
  { CLS_XML_ATTR, "at-or-above", NULL, "at-or-above" },
  { CLS_XML_ATTR, "dimensions", NULL, "dimensions" },
  { CLS_XML_ATTR, "state", NULL, "state" },
  { CLS_XML_ATTR, "deliverables", NULL, "deliverables" },
  { CLS_XML_ATTR, "due", NULL, "due" },
  { CLS_XML_CHILD, "title", NULL, "title" },
  { CLS_XML_CHILD, "description", NULL, "description" },
  { CLS_XML_CHILD, "condition", NULL, "condition" },
  { CLS_XML_SUBATTR, "condition", "met", "condition-met" },
  { CLS_XML_CHILD, "formula", NULL, "formula" },
  { CLS_XML_END, NULL, NULL, NULL }
};

const ClsXmlField _cls_xml_fields_contract[] = {
  { CLS_XML_ATTR, "id", NULL, "id" },
  { CLS_XML_ATTR, "state", NULL, "state" },
  { CLS_XML_CHILD, "title", NULL, "title" },
  { CLS_XML_CHILD, "acronym", NULL, "acronym" },
  { CLS_XML_CHILD, "tagline", NULL, "tagline" },
  { CLS_XML_CHILD, "period", NULL, "period-text" },
  { CLS_XML_SUBATTR, "period", "start", "start-date" },
  { CLS_XML_SUBATTR, "period", "end", "end-date" },
  { CLS_XML_CHILD, "signature", NULL, "signature-text" },
  { CLS_XML_SUBATTR, "signature", "date", "signature-date" },
  { CLS_XML_SUBATTR, "signature", "place", "signature-place" },
  { CLS_XML_CHILD, "description", NULL, "description" },
  { CLS_XML_CHILDREN, "reference", NULL, "references" },
  { CLS_XML_CHILDREN, "stake", NULL, "stakes" },
  { CLS_XML_END, NULL, NULL, NULL }
};
