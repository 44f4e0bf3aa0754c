/* cls-xml-fields.h: how model properties map to the XML format (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One table per element describes its simple fields; the reader and the
 * writer share it, so the two cannot drift apart, and the table order is
 * the canonical order of the output. Lists of objects (nodes, indicators,
 * measurements…) are handled by hand around these tables. */
typedef enum {
  CLS_XML_END,
  CLS_XML_ATTR,      /* attribute `xml` of the element itself */
  CLS_XML_TEXT,      /* the element's own text */
  CLS_XML_CHILD,     /* text of the child element `xml` */
  CLS_XML_CHILDREN,  /* texts of repeated child elements `xml` (a strv) */
  CLS_XML_SUBATTR,   /* attribute `sub` of the child element `xml` */
} ClsXmlFieldKind;

typedef struct {
  ClsXmlFieldKind kind;
  const char *xml;
  const char *sub;
  const char *property;
} ClsXmlField;

extern const ClsXmlField _cls_xml_fields_organisation[];
extern const ClsXmlField _cls_xml_fields_role[];
extern const ClsXmlField _cls_xml_fields_commune[];
extern const ClsXmlField _cls_xml_fields_area[];
extern const ClsXmlField _cls_xml_fields_body[];
extern const ClsXmlField _cls_xml_fields_funding[];
extern const ClsXmlField _cls_xml_fields_level[];
extern const ClsXmlField _cls_xml_fields_scale_level[];
extern const ClsXmlField _cls_xml_fields_scale[];
extern const ClsXmlField _cls_xml_fields_figure[];
extern const ClsXmlField _cls_xml_fields_amendment[];
extern const ClsXmlField _cls_xml_fields_deliverable[];
extern const ClsXmlField _cls_xml_fields_calendar_entry[];
extern const ClsXmlField _cls_xml_fields_cross_reference[];
extern const ClsXmlField _cls_xml_fields_target[];
extern const ClsXmlField _cls_xml_fields_baseline[];
extern const ClsXmlField _cls_xml_fields_node[];
extern const ClsXmlField _cls_xml_fields_indicator[];
extern const ClsXmlField _cls_xml_fields_contract[];

/* Conversions between attribute text and property values. */
gboolean  _cls_xml_value_parse    (GParamSpec  *pspec,
                                   const char  *text,
                                   GValue      *value,
                                   GError     **error);
/* Returns NULL when the value is the property's default (not written). */
char     *_cls_xml_value_format   (GParamSpec   *pspec,
                                   const GValue *value);
gboolean  _cls_xml_parse_double   (const char  *text,
                                   double      *out);
void      _cls_xml_append_double  (GString     *out,
                                   double       value);

G_END_DECLS
