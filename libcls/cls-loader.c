/* cls-loader.c: reads contracts from the libcls XML format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>

#include "cls-progress-private.h"
#include "cls-loader.h"
#include "cls-enum-types.h"
#include "cls-error.h"
#include "cls-i18n-private.h"
#include "cls-diagnostic.h"
#include "cls-model-private.h"
#include "cls-contract-private.h"
#include "cls-indicator-private.h"
#include "cls-measurement-private.h"
#include "cls-period-private.h"
#include "cls-validate-private.h"
#include "cls-xml-fields.h"
#include "cls-foreign-private.h"

/**
 * ClsLoader:
 *
 * Reads contracts written in the libcls XML format (see the format
 * reference), from a path, a [iface@Gio.File], bytes or a stream,
 * synchronously or asynchronously.
 *
 * The loader streams through the file with libxml2's reader — it never
 * builds a document tree, so memory stays flat on national-scale files —
 * and validates it against the format's RelaxNG schema on the way. It then
 * runs the semantic checks (unique ids, references, duplicate periods,
 * targets against their direction, impossible values). The first problem
 * stops loading with a [error@Cls.ContractError] whose message starts with
 * `FILE:LINE:COLUMN: `; softer problems are collected as warnings
 * ([method@Cls.Loader.get_warnings]).
 *
 * Hostile input is refused: a DTD or entity, a network access, or nesting
 * deeper than [property@Cls.Loader:max-depth].
 *
 * ```c
 * g_autoptr(ClsLoader) loader = cls_loader_new ();
 * g_autoptr(GError) error = NULL;
 * g_autoptr(ClsContract) contract =
 *   cls_loader_load_from_path (loader, "contract.cls.xml", &error);
 *
 * if (contract == NULL)
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * A loader can be reused; each load replaces its warnings. One loader must
 * not be used by two threads at once, but separate loaders can load in
 * parallel.
 *
 * Since: 1.0
 */

struct _ClsLoader
{
  GObject parent_instance;

  gboolean trusted;
  guint max_depth;
  GListStore *warnings;
  ClsProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_destroy;
};

G_DEFINE_FINAL_TYPE (ClsLoader, cls_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRUSTED,
  PROP_MAX_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* The schema, compiled once per process.                              */

#define RELAXNG_NAMESPACE "http://relaxng.org/ns/structure/1.0"

/* What the validator is shown in place of each element of another
 * namespace (see make_streamable()). The namespace is libcls's own and
 * never written in a file; a file that used it would only have one more
 * foreign namespace, shown as this stand-in like any other. */
#define STANDIN_NAMESPACE "urn:libcls:validation:foreign-element"
#define STANDIN_NAME "foreign-element"

static gboolean
is_rng_element (xmlNodePtr  node,
                const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         xmlStrEqual (node->ns->href, BAD_CAST RELAXNG_NAMESPACE) &&
         xmlStrEqual (node->name, BAD_CAST name);
}

static xmlNodePtr
first_rng_child (xmlNodePtr  parent,
                 const char *name)
{
  xmlNodePtr child;

  for (child = parent->children; child != NULL; child = child->next)
    if (is_rng_element (child, name))
      return child;
  return NULL;
}

static xmlNodePtr
find_define (xmlNodePtr  grammar,
             const char *name)
{
  xmlNodePtr child;

  for (child = grammar->children; child != NULL; child = child->next)
    if (is_rng_element (child, "define"))
      {
        xmlChar *value = xmlGetProp (child, BAD_CAST "name");
        gboolean found = value != NULL && xmlStrEqual (value, BAD_CAST name);

        xmlFree (value);
        if (found)
          return child;
      }
  return NULL;
}

/* libxml2 2.9.14 validates element by element only the elements whose
 * content model compiles to an automaton, and an <element> pattern with a
 * name class (<anyName>) never compiles: the parent of such a pattern is
 * validated as a whole tree, built in memory. The grammar allows foreign
 * elements through one such pattern, the define "foreign-element", and
 * every element with element children refers to it, <contract> included:
 * the whole document would be built in memory (about 13 times its size).
 *
 * So the loader validates against a variant where that pattern is an
 * element with one fixed name, in a namespace of libcls's own, and empty;
 * it shows the validator that stand-in in place of each foreign element
 * and skips what the foreign element holds (anything is allowed there).
 * Where foreign elements may appear (after an element's own children, not
 * in text-only elements) is still the grammar's to check, and the .rng
 * stays the one source of truth. Foreign attributes keep their <anyName>
 * patterns: attributes are checked apart from the content model and do
 * not stop it from compiling. */
static void
make_streamable (xmlDocPtr schema)
{
  xmlNodePtr grammar = xmlDocGetRootElement (schema);
  xmlNodePtr define, element, name_class, standin;

  g_assert (grammar != NULL && is_rng_element (grammar, "grammar"));
  define = find_define (grammar, "foreign-element");
  g_assert (define != NULL);
  /* The define must be what this function was written for: one element
   * pattern whose name is an <anyName>. */
  element = first_rng_child (define, "element");
  g_assert (element != NULL);
  name_class = first_rng_child (element, "anyName");
  g_assert (name_class != NULL);

  standin = xmlNewDocNode (schema, element->ns, BAD_CAST "element", NULL);
  xmlNewProp (standin, BAD_CAST "name", BAD_CAST STANDIN_NAME);
  xmlNewProp (standin, BAD_CAST "ns", BAD_CAST STANDIN_NAMESPACE);
  xmlNewChild (standin, element->ns, BAD_CAST "empty", NULL);
  xmlReplaceNode (element, standin);
  xmlFreeNode (element);
}

static xmlRelaxNGPtr
get_schema (void)
{
  static gsize initialized;
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr ctxt;
      xmlDocPtr document;
      gsize size;
      const char *data;

      bytes = g_resources_lookup_data ("/org/libcls/schema/cls-contract-1.rng",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);
      document = xmlReadMemory (data, (int) size, "cls-contract-1.rng", NULL, XML_PARSE_NONET);
      g_assert (document != NULL);
      make_streamable (document);
      /* The parser context works on its own copy of the document. */
      ctxt = xmlRelaxNGNewDocParserCtxt (document);
      schema = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      xmlFreeDoc (document);
      g_assert (schema != NULL);
      g_once_init_leave (&initialized, 1);
    }
  return schema;
}

/* ------------------------------------------------------------------ */
/* Reading state.                                                      */

typedef struct _StreamSource StreamSource;
static guint stream_source_doctype_line (StreamSource *source);

/* What the schema validator is checking, for its error messages. */
typedef enum {
  CHECK_START,    /* an element's name, place and attributes */
  CHECK_STANDIN,  /* an element of another namespace, shown as the stand-in */
  CHECK_TEXT,     /* text inside an element */
  CHECK_END,      /* an element's end: no required child missing */
  CHECK_WHOLE,    /* an element validated as a whole (validate_whole()) */
} SchemaStep;

/* Validation against the schema, fed node by node by advance() through
 * libxml2's RelaxNG push API. */
typedef struct {
  xmlRelaxNGValidCtxtPtr ctxt;  /* NULL when not validating, or after the first schema error */
  xmlNodePtr standin;           /* shown in place of each foreign element */
  int hidden_depth;             /* depth of the element whose content the validator
                                 * is not shown node by node, or -1 */
  SchemaStep step;
  xmlNodePtr element;           /* the element being checked */
  guint32 line;                 /* the line of its start tag */
  GArray *start_lines;          /* guint32 by depth: the start tags of the open elements */
} SchemaCheck;

typedef struct {
  xmlTextReaderPtr reader;
  SchemaCheck schema;
  ClsLocator locator;
  const char *file;
  ClsContract *contract;
  GListStore *warnings;
  GCancellable *cancellable;
  GError *error;          /* first error: stops loading */
  GError *schema_error;   /* a schema error waiting for a more specific one */
  guint max_depth;
  guint ticks;
  struct _StreamSource *source;
  /* Lines past 65535 (see element_start_line()) */
  xmlNodePtr element;     /* the last element advance() reached */
  guint32 element_line;   /* the line of its start tag */
  guint32 text_line;      /* the line of the last text node read */
  int text_depth;         /* its depth */
  guint text_tick;        /* the tick it was read on */
  /* The pool of the indicator being finished, string → ClsPooled, so that
   * a breakdown's commune is found without a linear search of the pool;
   * emptied for each indicator. */
  GHashTable *intern;
} Reader;

typedef enum {
  CHILD_NOT_MINE,
  CHILD_DONE,
  CHILD_FAILED,
} ChildResult;

typedef ChildResult (*ChildHandler) (Reader     *r,
                                     GObject    *object,
                                     const char *name);

static guint32
node_line (Reader     *r,
           xmlNodePtr  node)
{
  int line = node != NULL ? xmlGetLineNo (node) : -1;

  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (r->reader);
  return line > 0 ? (guint32) line : 0;
}

/* libxml2 2.9.14 keeps an element's line in 16 bits: past line 65535,
 * xmlGetLineNo() guesses it from the nodes around, often one line too far.
 * Text nodes keep their full line (XML_PARSE_BIG_LINES), and libxml2
 * creates a short text (the indentation before an element) in one piece
 * when it reaches the next "<": that line is the element's. A longer text
 * may be created piece by piece (300 bytes at most, its parser's
 * XML_PARSER_BIG_BUFFER_SIZE), on the line of its first piece: then
 * xmlGetLineNo() is all there is. */
#define SHORT_TEXT 256
static guint32
element_start_line (Reader     *r,
                    xmlNodePtr  node,
                    int         depth)
{
  if (node->line < 65535)
    return node->line;
  if (r->text_tick + 1 == r->ticks && r->text_depth == depth && r->text_line > 0)
    return r->text_line;
  return node_line (r, node);
}

static guint32
current_line (Reader *r)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (r->reader);

  /* On an attribute or a namespace declaration, the line is its element's. */
  if (node != NULL && node->type == XML_NAMESPACE_DECL)
    return r->element_line;
  if (node != NULL && node->type == XML_ATTRIBUTE_NODE)
    node = node->parent;
  if (node != NULL && node == r->element)
    return r->element_line;
  return node_line (r, node);
}

static guint32
current_column (Reader *r)
{
  int column = xmlTextReaderGetParserColumnNumber (r->reader);

  return column > 0 ? (guint32) column : 1;
}

static gboolean
fail_at (Reader           *r,
         guint32           line,
         guint32           column,
         ClsContractError  code,
         const char       *format,
         ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail_at (Reader           *r,
         guint32           line,
         guint32           column,
         ClsContractError  code,
         const char       *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->error != NULL)
    return FALSE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&r->error, CLS_CONTRACT_ERROR, code, "%s:%u:%u: %s",
               r->file, line, column, message);
  return FALSE;
}

#define fail(r, code, ...) fail_at ((r), current_line (r), current_column (r), (code), __VA_ARGS__)

static void
on_xml_error (void        *data,
              xmlErrorPtr  err)
{
  Reader *r = data;
  ClsContractError code = CLS_CONTRACT_ERROR_MALFORMED;
  g_autofree char *message = NULL;

  if (err == NULL || err->level < XML_ERR_ERROR)
    return;
  if (r->error != NULL)
    return;

  if (err->code == XML_ERR_UNDECLARED_ENTITY ||
      err->code == XML_WAR_UNDECLARED_ENTITY ||
      err->code == XML_ERR_ENTITY_LOOP ||
      err->code == XML_ERR_ENTITY_PE_INTERNAL ||
      err->code == XML_IO_NETWORK_ATTEMPT ||
      err->code == XML_ERR_EXT_ENTITY_STANDALONE ||
      err->domain == XML_FROM_IO)
    code = CLS_CONTRACT_ERROR_FORBIDDEN;

  message = g_strstrip (g_strdup (err->message != NULL ? err->message : _("unreadable XML")));
  g_set_error (&r->error, CLS_CONTRACT_ERROR, code, "%s:%d:%d: %s",
               r->file, MAX (err->line, 0), MAX (err->int2, 1), message);
}

/* ------------------------------------------------------------------ */
/* Schema validation, node by node.                                     */

static gboolean
is_foreign_element (xmlNodePtr node)
{
  return node->ns != NULL && node->ns->href != NULL && node->ns->href[0] != '\0' &&
         !xmlStrEqual (node->ns->href, BAD_CAST CLS_NAMESPACE);
}

/* "<name>" for libcls elements, "<prefix:name>" for others. */
static char *
element_label (xmlNodePtr node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return g_strdup (_("the document"));
  if (is_foreign_element (node) && node->ns->prefix != NULL)
    return g_strdup_printf ("<%s:%s>", (const char *) node->ns->prefix, (const char *) node->name);
  return g_strdup_printf ("<%s>", (const char *) node->name);
}

/* libxml2's messages name no place and, for content models, little cause
 * ("Did not expect element plan there"); the step being checked says
 * which element is at fault and why, at the line of its start tag. */
static void
on_schema_error (void        *data,
                 xmlErrorPtr  err)
{
  Reader *r = data;
  SchemaCheck *s = &r->schema;
  g_autofree char *element = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *message = NULL;
  guint32 line = s->line;

  if (err == NULL || err->level < XML_ERR_ERROR || r->schema_error != NULL)
    return;
  element = element_label (s->element);
  parent = element_label (s->element != NULL ? s->element->parent : NULL);
  switch (s->step)
    {
    case CHECK_START:
      if (err->code == XML_RELAXNG_ERR_ELEMWRONG)
        message = g_strdup_printf (_("%s cannot come here inside %s: an element it needs before it is "
                                     "missing, or it is out of order, or one too many"), element, parent);
      break;
    case CHECK_STANDIN:
      message = g_strdup_printf (_("%s, in another namespace, cannot come here inside %s: such elements go "
                                   "after the element's own children, and text-only elements hold none"),
                                 element, parent);
      break;
    case CHECK_TEXT:
      if (err->code == XML_RELAXNG_ERR_TEXTWRONG)
        message = g_strdup_printf (_("%s cannot hold text"), element);
      break;
    case CHECK_END:
      message = g_strdup_printf (_("%s ends before an element it requires"), element);
      break;
    case CHECK_WHOLE:
      /* The copy validated keeps the lines of the file. */
      if (err->line > 0 && err->line < 65535)
        line = err->line;
      break;
    default:
      break;
    }
  if (message == NULL)
    {
      GString *text = g_string_new (err->message != NULL ? err->message : _("invalid"));

      /* The validator names the stand-in: say what it stands for. */
      g_string_replace (text, STANDIN_NAME, _("an element of another namespace"), 0);
      message = g_strdup_printf (_("does not follow the contract format: %s"),
                                 g_strstrip (text->str));
      g_string_free (text, TRUE);
    }
  g_set_error (&r->schema_error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_SCHEMA,
               "%s:%u:1: %s", r->file, line, message);
}

/* After an error, validation stops: past an element it refused, libxml2's
 * stack of content models no longer matches the document, and only the
 * first schema error is reported anyway. */
static void
schema_check_done (Reader *r,
                   int     ret)
{
  if (ret >= 0 && r->schema_error == NULL)
    return;
  if (r->schema_error == NULL && r->error == NULL)
    g_set_error (&r->schema_error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_SCHEMA,
                 "%s:%u:1: %s", r->file, r->schema.line, _("does not follow the contract format"));
  g_clear_pointer (&r->schema.ctxt, xmlRelaxNGFreeValidCtxt);
}

static void
replace_foreign_elements (xmlNodePtr parent,
                          xmlNsPtr   standin_ns)
{
  xmlNodePtr child, next;

  for (child = parent->children; child != NULL; child = next)
    {
      next = child->next;
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_foreign_element (child))
        {
          xmlNodePtr standin = xmlNewNode (standin_ns, BAD_CAST STANDIN_NAME);

          standin->line = child->line;
          xmlReplaceNode (child, standin);
          xmlFreeNode (child);
        }
      else
        replace_foreign_elements (child, standin_ns);
    }
}

/* Elements whose content model libxml2 cannot compile are validated as a
 * whole, once expanded (built in memory). In this grammar that is only
 * <deliverables>, whose content depends on its "none" attribute: a short
 * list. Any other would mean that a change to the grammar broke streaming,
 * and memory would grow with that element's size. */
static const char * const whole_elements[] = { "deliverables", NULL };

static int
validate_whole (Reader     *r,
                xmlNodePtr  node)
{
  xmlNodePtr expanded, holder, copy;
  xmlNsPtr standin_ns;
  int ret;

  if (!g_strv_contains (whole_elements, (const char *) node->name))
    g_warning ("libcls: the schema cannot validate <%s> node by node; it is built in memory",
               (const char *) node->name);
  expanded = xmlTextReaderExpand (r->reader);
  if (expanded == NULL)
    return -1;
  /* Validated on a copy, where foreign elements become the stand-in as in
   * streaming: the loader still reads the original. libxml2 needs the
   * element to have a parent. */
  holder = xmlNewNode (NULL, BAD_CAST "holder");
  standin_ns = xmlNewNs (holder, BAD_CAST STANDIN_NAMESPACE, BAD_CAST "standin");
  copy = xmlDocCopyNode (expanded, NULL, 1);
  xmlAddChild (holder, copy);
  replace_foreign_elements (copy, standin_ns);
  r->schema.step = CHECK_WHOLE;
  ret = xmlRelaxNGValidateFullElement (r->schema.ctxt, NULL, copy);
  xmlFreeNode (holder);
  return ret;
}

static void
schema_start (Reader *r,
              int     depth)
{
  SchemaCheck *s = &r->schema;
  xmlNodePtr node = xmlTextReaderCurrentNode (r->reader);
  gboolean empty = xmlTextReaderIsEmptyElement (r->reader) == 1;
  gboolean hide = FALSE;
  int ret;

  s->element = node;
  s->line = current_line (r);
  /* For the end tag, whose line libxml2 may not know (current_line()). */
  if ((guint) depth >= s->start_lines->len)
    g_array_set_size (s->start_lines, depth + 1);
  g_array_index (s->start_lines, guint32, depth) = s->line;
  if (is_foreign_element (node))
    {
      /* Anything may be inside: the validator sees the stand-in, empty,
       * and nothing of what the element holds. */
      s->step = CHECK_STANDIN;
      ret = xmlRelaxNGValidatePushElement (s->ctxt, NULL, s->standin);
      if (ret == 1)
        ret = xmlRelaxNGValidatePopElement (s->ctxt, NULL, s->standin);
      else if (ret == 0)
        ret = 1;  /* nothing pushed, nothing to pop: its content is empty anyway */
      hide = TRUE;
    }
  else
    {
      s->step = CHECK_START;
      ret = xmlRelaxNGValidatePushElement (s->ctxt, NULL, node);
      if (ret == 0)
        {
          /* libxml2 pushed nothing for this element: no pop at its end. */
          ret = validate_whole (r, node);
          hide = TRUE;
        }
      else if (ret == 1 && empty)
        {
          s->step = CHECK_END;
          ret = xmlRelaxNGValidatePopElement (s->ctxt, NULL, node);
        }
    }
  if (hide && !empty)
    s->hidden_depth = depth;
  schema_check_done (r, ret);
}

static void
schema_check_node (Reader *r,
                   int     type)
{
  SchemaCheck *s = &r->schema;
  int depth = xmlTextReaderDepth (r->reader);
  int ret = 1;

  if (s->hidden_depth >= 0)
    {
      if (type == XML_READER_TYPE_END_ELEMENT && depth == s->hidden_depth)
        s->hidden_depth = -1;
      return;
    }
  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      schema_start (r, depth);
      return;
    case XML_READER_TYPE_END_ELEMENT:
      s->step = CHECK_END;
      s->element = xmlTextReaderCurrentNode (r->reader);
      s->line = (guint) depth < s->start_lines->len ? g_array_index (s->start_lines, guint32, depth)
                                                    : current_line (r);
      ret = xmlRelaxNGValidatePopElement (s->ctxt, NULL, s->element);
      break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
      {
        const xmlChar *value = xmlTextReaderConstValue (r->reader);
        xmlNodePtr node = xmlTextReaderCurrentNode (r->reader);

        s->step = CHECK_TEXT;
        s->element = node != NULL ? node->parent : NULL;
        s->line = depth > 0 && (guint) depth - 1 < s->start_lines->len
                  ? g_array_index (s->start_lines, guint32, depth - 1) : node_line (r, s->element);
        if (value != NULL)
          ret = xmlRelaxNGValidatePushCData (s->ctxt, value, xmlStrlen (value));
      }
      break;
    default:
      /* Whitespace between elements, comments, processing instructions:
       * nothing the grammar constrains. */
      return;
    }
  schema_check_done (r, ret);
}

/* Moves to the next node. Every check that applies to any node is here:
 * DTDs and entities, nesting, cancellation, and the schema. */
static gboolean
advance (Reader *r)
{
  int ret, type;

  if (r->error != NULL)
    return FALSE;
  /* A schema error does not stop reading: it is held back in
   * r->schema_error, and reported at the end only if the loader's own
   * checks, which give a specific code (MISSING, INVALID_VALUE…), found
   * nothing. */
  if ((++r->ticks & 0xfff) == 0 && g_cancellable_set_error_if_cancelled (r->cancellable, &r->error))
    return FALSE;

  ret = xmlTextReaderRead (r->reader);
  if (r->error != NULL)
    return FALSE;
  if (ret < 0)
    return fail (r, CLS_CONTRACT_ERROR_MALFORMED, _("the file is not well-formed XML"));
  if (ret == 0)
    return fail (r, CLS_CONTRACT_ERROR_MALFORMED, _("the file ends too early"));

  type = xmlTextReaderNodeType (r->reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE)
    return fail_at (r, stream_source_doctype_line (r->source) ? stream_source_doctype_line (r->source) : current_line (r), 1, CLS_CONTRACT_ERROR_FORBIDDEN,
                 _("a document type declaration (DOCTYPE) is not allowed in a contract"));
  if (type == XML_READER_TYPE_ENTITY_REFERENCE || type == XML_READER_TYPE_ENTITY)
    return fail (r, CLS_CONTRACT_ERROR_FORBIDDEN, _("entities are not allowed in a contract"));
  if (type == XML_READER_TYPE_ELEMENT)
    {
      r->element = xmlTextReaderCurrentNode (r->reader);
      r->element_line = element_start_line (r, r->element, xmlTextReaderDepth (r->reader));
    }
  else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_WHITESPACE ||
           type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
    {
      xmlNodePtr text = xmlTextReaderCurrentNode (r->reader);

      /* Only needed, so only worked out, past line 65535. */
      r->text_line = 0;
      if (text != NULL && text->line == 65535 &&
          xmlStrlen (xmlTextReaderConstValue (r->reader)) < SHORT_TEXT)
        r->text_line = node_line (r, text);
      r->text_depth = xmlTextReaderDepth (r->reader);
      r->text_tick = r->ticks;
    }
  if (type == XML_READER_TYPE_ELEMENT &&
      (guint) xmlTextReaderDepth (r->reader) + 1 > r->max_depth)
    return fail (r, CLS_CONTRACT_ERROR_NESTING,
                 _("elements are nested more than %u levels deep"), r->max_depth);
  if (r->schema.ctxt != NULL)
    schema_check_node (r, type);
  return TRUE;
}

static const char *
node_name (Reader *r)
{
  return (const char *) xmlTextReaderConstLocalName (r->reader);
}

static gboolean
in_cls_namespace (Reader *r)
{
  const xmlChar *ns = xmlTextReaderConstNamespaceUri (r->reader);

  return ns != NULL && strcmp ((const char *) ns, CLS_NAMESPACE) == 0;
}

static void
locate (Reader     *r,
        gpointer    object,
        const char *slot)
{
  _cls_locator_set (&r->locator, object, slot, current_line (r), current_column (r));
}

/* Skips the subtree of the current element (already entered). */
static gboolean
skip_element (Reader *r)
{
  int depth = xmlTextReaderDepth (r->reader);

  if (xmlTextReaderIsEmptyElement (r->reader))
    return TRUE;
  while (advance (r))
    if (xmlTextReaderNodeType (r->reader) == XML_READER_TYPE_END_ELEMENT &&
        xmlTextReaderDepth (r->reader) == depth)
      return TRUE;
  return FALSE;
}

/* Keeps an element of another namespace, whole, for saving back. */
static gboolean
keep_foreign_element (Reader     *r,
                      GObject    *owner,
                      const char *slot)
{
  xmlChar *outer = xmlTextReaderReadOuterXml (r->reader);
  g_autofree char *xml = outer ? g_strdup ((const char *) outer) : NULL;
  GPtrArray *namespaces = _cls_contract_get_foreign_namespaces (r->contract);
  guint i;

  xmlFree (outer);
  if (xml == NULL)
    return skip_element (r);
  /* libxml2 repeats on the element the declarations of the namespaces it
   * uses; those the root declares are written there, so drop the copies to
   * keep the element as the file had it. */
  for (i = 0; i + 1 < namespaces->len; i += 2)
    {
      g_autofree char *decl = g_strdup_printf (" xmlns:%s=\"%s\"", (char *) g_ptr_array_index (namespaces, i),
                                               (char *) g_ptr_array_index (namespaces, i + 1));
      char *end_of_tag = strchr (xml, '>');
      char *found = strstr (xml, decl);

      if (found != NULL && end_of_tag != NULL && found < end_of_tag)
        memmove (found, found + strlen (decl), strlen (found + strlen (decl)) + 1);
    }
  _cls_foreign_add_element (owner, slot, xml);
  return skip_element (r);
}

static gboolean
unknown_element (Reader     *r,
                 const char *parent)
{
  if (!in_cls_namespace (r))
    return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                 _("element <%s> inside <%s> is in no namespace: libcls elements use %s, "
                   "extensions their own namespace"),
                 node_name (r), parent, CLS_NAMESPACE);
  return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
               _("<%s> does not belong inside <%s> in the contract format"), node_name (r), parent);
}

/* Handles namespace declarations and foreign attributes of the current
 * attribute; returns TRUE when it did, so the caller skips it. */
static gboolean
handle_non_cls_attribute (Reader     *r,
                          GObject    *owner,
                          const char *slot)
{
  const char *uri;

  if (xmlTextReaderIsNamespaceDecl (r->reader))
    {
      const char *value = (const char *) xmlTextReaderConstValue (r->reader);
      const char *prefix = (const char *) xmlTextReaderConstPrefix (r->reader);

      /* xmlns="…" has no prefix; xmlns:ext="…" has prefix "xmlns". */
      if (value != NULL && strcmp (value, CLS_NAMESPACE) != 0 && prefix != NULL)
        _cls_contract_add_foreign_namespace (r->contract, node_name (r), value);
      return TRUE;
    }
  uri = (const char *) xmlTextReaderConstNamespaceUri (r->reader);
  if (uri == NULL || *uri == '\0')
    return FALSE;
  if (strcmp (uri, CLS_NAMESPACE) == 0)
    {
      fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
            _("attribute %s is prefixed with the libcls namespace; libcls attributes have no prefix"),
            (const char *) xmlTextReaderConstName (r->reader));
      return TRUE;
    }
  if (owner != NULL)
    _cls_foreign_add_attribute (owner, slot,
                                (const char *) xmlTextReaderConstPrefix (r->reader),
                                uri, node_name (r),
                                (const char *) xmlTextReaderConstValue (r->reader));
  return TRUE;
}

static gboolean
set_from_text (Reader     *r,
               GObject    *object,
               const char *property,
               const char *text,
               const char *what)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert (pspec != NULL);
  if (!_cls_xml_value_parse (pspec, text, &value, &error))
    /* TRANSLATORS: what is wrong (“attribute kind of <indicator>”),
     * then why (““foo” is not one of …”) */
    return fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE, _("%s: %s"), what, error->message);
  g_object_set_property (object, property, &value);
  return TRUE;
}

static const ClsXmlField *
find_attr_field (const ClsXmlField *fields,
                 ClsXmlFieldKind    kind,
                 const char        *xml,
                 const char        *sub)
{
  for (; fields->kind != CLS_XML_END; fields++)
    if (fields->kind == kind && g_str_equal (fields->xml, xml) &&
        (sub == NULL || g_str_equal (fields->sub, sub)))
      return fields;
  return NULL;
}

/* Reads the attributes of the current element into `object` through
 * `fields`; `extra` lists attributes the caller reads itself. */
static gboolean
read_attributes (Reader             *r,
                 GObject            *object,
                 const ClsXmlField  *fields,
                 const char         *element,
                 const char         *child,
                 const char * const *extra,
                 const char         *slot)
{
  gboolean ok = TRUE;

  if (!xmlTextReaderHasAttributes (r->reader))
    return TRUE;
  while (ok && xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      const char *name = node_name (r);
      const char *value = (const char *) xmlTextReaderConstValue (r->reader);
      const ClsXmlField *field;
      g_autofree char *what = NULL;

      if (handle_non_cls_attribute (r, object, slot))
        {
          ok = r->error == NULL;
          continue;
        }
      if (extra != NULL && g_strv_contains (extra, name))
        continue;
      field = child == NULL ? find_attr_field (fields, CLS_XML_ATTR, name, NULL)
                            : find_attr_field (fields, CLS_XML_SUBATTR, child, name);
      if (field == NULL)
        {
          ok = fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                     _("<%s> has no attribute “%s” in the contract format"), child ? child : element, name);
          break;
        }
      if (g_str_equal (field->property, "id"))
        continue; /* construct-only, read before the object was made */
      what = g_strdup_printf (_("attribute %s of <%s>"), name, child ? child : element);
      ok = set_from_text (r, object, field->property, value, what);
    }
  xmlTextReaderMoveToElement (r->reader);
  return ok;
}

/* Reads the text of the current element, which may not hold elements
 * (foreign ones excepted, kept in `slot`). */
static gboolean
read_text (Reader      *r,
           GObject     *owner,
           const char  *slot,
           char       **out)
{
  GString *text = NULL;
  int depth = xmlTextReaderDepth (r->reader);
  const char *element = node_name (r);
  g_autofree char *element_copy = g_strdup (element);

  *out = NULL;
  if (xmlTextReaderIsEmptyElement (r->reader))
    {
      *out = g_strdup ("");
      return TRUE;
    }
  text = g_string_new (NULL);
  while (advance (r))
    {
      int type = xmlTextReaderNodeType (r->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r->reader) == depth)
        {
          *out = g_string_free (text, FALSE);
          return TRUE;
        }
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
        g_string_append (text, (const char *) xmlTextReaderConstValue (r->reader));
      else if (type == XML_READER_TYPE_ELEMENT)
        {
          if (in_cls_namespace (r) || xmlTextReaderConstNamespaceUri (r->reader) == NULL)
            {
              fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                    _("<%s> holds text only; <%s> cannot be inside it"), element_copy, node_name (r));
              break;
            }
          if (!keep_foreign_element (r, owner, slot))
            break;
        }
    }
  g_string_free (text, TRUE);
  return FALSE;
}

static gboolean
is_whitespace (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
strv_append (GObject    *object,
             const char *property,
             const char *text)
{
  g_auto(GStrv) current = NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  g_auto(GStrv) next = NULL;

  g_object_get (object, property, &current, NULL);
  if (current != NULL)
    g_strv_builder_addv (builder, (const char **) current);
  g_strv_builder_add (builder, text);
  next = _cls_strv_builder_finish (builder);
  g_object_set (object, property, next, NULL);
  return TRUE;
}

/* Reads the current element into `object`: its attributes, its text, the
 * simple child elements of `fields`, and complex children through
 * `handler`. */
static gboolean
read_object (Reader             *r,
             GObject            *object,
             const ClsXmlField  *fields,
             const char * const *extra_attributes,
             ChildHandler        handler)
{
  g_autofree char *element = g_strdup (node_name (r));
  g_autoptr(GString) text = NULL;
  g_autoptr(GHashTable) seen = NULL;
  const ClsXmlField *text_field = NULL;
  const ClsXmlField *f;
  int depth;

  locate (r, object, NULL);
  if (!read_attributes (r, object, fields, element, NULL, extra_attributes, NULL))
    return FALSE;

  for (f = fields; f->kind != CLS_XML_END; f++)
    if (f->kind == CLS_XML_TEXT)
      text_field = f;

  if (xmlTextReaderIsEmptyElement (r->reader))
    {
      if (text_field != NULL)
        g_object_set (object, text_field->property, "", NULL);
      return TRUE;
    }

  depth = xmlTextReaderDepth (r->reader);
  text = g_string_new (NULL);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  while (advance (r))
    {
      int type = xmlTextReaderNodeType (r->reader);
      const char *name;

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r->reader) == depth)
        {
          if (text_field != NULL)
            g_object_set (object, text_field->property, text->str, NULL);
          return TRUE;
        }
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
        {
          const char *value = (const char *) xmlTextReaderConstValue (r->reader);

          if (text_field != NULL)
            g_string_append (text, value);
          else if (!is_whitespace (value))
            return fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<%s> cannot hold text"), element);
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (!in_cls_namespace (r))
        {
          if (xmlTextReaderConstNamespaceUri (r->reader) == NULL)
            return unknown_element (r, element);
          if (!keep_foreign_element (r, object, NULL))
            return FALSE;
          continue;
        }

      name = node_name (r);
      if (handler != NULL)
        {
          ChildResult result = handler (r, object, name);

          if (result == CHILD_FAILED)
            return FALSE;
          if (result == CHILD_DONE)
            continue;
        }

      f = find_attr_field (fields, CLS_XML_CHILD, name, NULL);
      if (f == NULL)
        f = find_attr_field (fields, CLS_XML_CHILDREN, name, NULL);
      if (f == NULL)
        return unknown_element (r, element);
      {
        g_autofree char *child = g_strdup (name);
        g_autofree char *value = NULL;

        if (f->kind == CLS_XML_CHILD)
          {
            if (g_hash_table_contains (seen, f->xml))
              return fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<%s> appears twice in <%s>"), child, element);
            g_hash_table_add (seen, (gpointer) f->xml);
          }
        locate (r, object, child);
        if (!read_attributes (r, object, fields, element, child, NULL, child))
          return FALSE;
        if (!read_text (r, object, child, &value))
          return FALSE;
        if (f->kind == CLS_XML_CHILDREN)
          strv_append (object, f->property, value);
        else
          g_object_set (object, f->property, value, NULL);
      }
    }
  return FALSE;
}

/* Reads the id attribute an object needs to be constructed. */
static char *
require_id (Reader     *r,
            const char *attribute)
{
  char *id = (char *) xmlTextReaderGetAttribute (r->reader, (const xmlChar *) attribute);

  if (id == NULL)
    {
      fail (r, CLS_CONTRACT_ERROR_MISSING, _("<%s> needs a “%s” attribute"), node_name (r), attribute);
      return NULL;
    }
  if (*id == '\0')
    {
      xmlFree (id);
      fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE, _("the “%s” of <%s> is empty"), attribute, node_name (r));
      return NULL;
    }
  {
    char *copy = g_strdup (id);
    xmlFree (id);
    return copy;
  }
}

static gboolean
require_attribute (Reader     *r,
                   const char *attribute)
{
  xmlChar *value = xmlTextReaderGetAttribute (r->reader, (const xmlChar *) attribute);

  if (value == NULL)
    return fail (r, CLS_CONTRACT_ERROR_MISSING, _("<%s> needs a “%s” attribute"), node_name (r), attribute);
  xmlFree (value);
  return TRUE;
}

/* Reads a container element (<organisations>, <plan>…) whose children
 * are all `item` elements handled by `handler`. */
static gboolean
read_list (Reader       *r,
           GObject      *owner,
           const char   *slot,
           ChildHandler  handler)
{
  g_autofree char *element = g_strdup (node_name (r));
  int depth;

  if (!read_attributes (r, owner, NULL, element, NULL, NULL, slot))
    return FALSE;
  if (xmlTextReaderIsEmptyElement (r->reader))
    return TRUE;
  depth = xmlTextReaderDepth (r->reader);
  while (advance (r))
    {
      int type = xmlTextReaderNodeType (r->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r->reader) == depth)
        return TRUE;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        return fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<%s> cannot hold text"), element);
      if (type != XML_READER_TYPE_ELEMENT)
        continue;
      if (!in_cls_namespace (r))
        {
          if (xmlTextReaderConstNamespaceUri (r->reader) == NULL)
            return unknown_element (r, element);
          if (!keep_foreign_element (r, owner, slot))
            return FALSE;
          continue;
        }
      switch (handler (r, owner, node_name (r)))
        {
        case CHILD_DONE:
          break;
        case CHILD_FAILED:
          return FALSE;
        case CHILD_NOT_MINE:
        default:
          return unknown_element (r, element);
        }
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Simple objects.                                                      */

#define READ_SIMPLE(func, Type, type_lower, element_name, needs_id, add)              \
static ChildResult                                                                      \
func (Reader     *r,                                                                    \
      GObject    *owner,                                                                \
      const char *name)                                                                 \
{                                                                                       \
  g_autoptr(Type) item = NULL;                                                          \
                                                                                        \
  if (!g_str_equal (name, element_name))                                                \
    return CHILD_NOT_MINE;                                                              \
  if (needs_id)                                                                         \
    {                                                                                   \
      g_autofree char *id = require_id (r, "id");                                       \
      if (id == NULL)                                                                   \
        return CHILD_FAILED;                                                            \
      item = g_object_new (cls_##type_lower##_get_type (), "id", id, NULL);             \
    }                                                                                   \
  else                                                                                  \
    item = g_object_new (cls_##type_lower##_get_type (), NULL);                         \
  if (!read_object (r, G_OBJECT (item), _cls_xml_fields_##type_lower, NULL, NULL))      \
    return CHILD_FAILED;                                                                \
  add;                                                                                  \
  return CHILD_DONE;                                                                    \
}

READ_SIMPLE (read_organisation, ClsOrganisation, organisation, "organisation", TRUE,
             cls_contract_add_organisation (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_commune, ClsCommune, commune, "commune", TRUE,
             cls_contract_add_commune (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_area, ClsArea, area, "area", TRUE,
             cls_contract_add_area (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_body, ClsBody, body, "body", TRUE,
             cls_contract_add_body (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_level, ClsLevel, level, "level", TRUE,
             cls_contract_add_level (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_figure, ClsFigure, figure, "figure", TRUE,
             cls_contract_add_figure (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_amendment, ClsAmendment, amendment, "amendment", TRUE,
             cls_contract_add_amendment (CLS_CONTRACT (owner), item))
READ_SIMPLE (read_deliverable, ClsDeliverable, deliverable, "deliverable", TRUE,
             cls_node_add_deliverable (CLS_NODE (owner), item))
READ_SIMPLE (read_calendar_entry, ClsCalendarEntry, calendar_entry, "calendar", FALSE,
             cls_node_add_calendar_entry (CLS_NODE (owner), item))
READ_SIMPLE (read_cross_reference, ClsCrossReference, cross_reference, "see", FALSE,
             cls_node_add_cross_reference (CLS_NODE (owner), item))
READ_SIMPLE (read_target, ClsTarget, target, "target", FALSE,
             cls_indicator_add_target (CLS_INDICATOR (owner), item))

static ChildResult
read_scale_level (Reader     *r,
                  GObject    *owner,
                  const char *name)
{
  g_autoptr(ClsScaleLevel) level = NULL;
  g_autofree char *key = NULL;

  if (!g_str_equal (name, "level"))
    return CHILD_NOT_MINE;
  if ((key = require_id (r, "key")) == NULL || !require_attribute (r, "value"))
    return CHILD_FAILED;
  level = cls_scale_level_new (key);
  if (!read_object (r, G_OBJECT (level), _cls_xml_fields_scale_level, (const char *[]) { "key", NULL }, NULL))
    return CHILD_FAILED;
  cls_scale_add_level (CLS_SCALE (owner), level);
  return CHILD_DONE;
}

static ChildResult
read_scale (Reader     *r,
            GObject    *owner,
            const char *name)
{
  g_autoptr(ClsScale) scale = NULL;
  g_autofree char *id = NULL;

  if (!g_str_equal (name, "scale"))
    return CHILD_NOT_MINE;
  if ((id = require_id (r, "id")) == NULL)
    return CHILD_FAILED;
  scale = cls_scale_new (id);
  if (!read_object (r, G_OBJECT (scale), _cls_xml_fields_scale, NULL, read_scale_level))
    return CHILD_FAILED;
  cls_contract_add_scale (CLS_CONTRACT (owner), scale);
  return CHILD_DONE;
}

static ChildResult
read_funding_into (Reader     *r,
                   GObject    *owner,
                   const char *name)
{
  g_autoptr(ClsFunding) funding = NULL;

  if (!g_str_equal (name, "funding"))
    return CHILD_NOT_MINE;
  funding = cls_funding_new ();
  if (!read_object (r, G_OBJECT (funding), _cls_xml_fields_funding, NULL, NULL))
    return CHILD_FAILED;
  if (CLS_IS_NODE (owner))
    cls_node_add_funding (CLS_NODE (owner), funding);
  else
    cls_contract_add_funding (CLS_CONTRACT (owner), funding);
  return CHILD_DONE;
}

/* <party> and <role> are both ClsRole; a party names its role `role`. */
static ChildResult
read_role (Reader     *r,
           GObject    *owner,
           const char *name)
{
  g_autoptr(ClsRole) role = NULL;
  gboolean party = g_str_equal (name, "party");
  g_autofree char *kind = NULL;

  if (!party && !g_str_equal (name, "role"))
    return CHILD_NOT_MINE;
  if (!require_attribute (r, "organisation"))
    return CHILD_FAILED;
  if (!party && !require_attribute (r, "kind"))
    return CHILD_FAILED;
  role = cls_role_new ();
  if (party)
    {
      kind = (char *) xmlTextReaderGetAttribute (r->reader, (const xmlChar *) "role");
      if (kind != NULL)
        {
          g_autofree char *copy = g_strdup (kind);
          xmlFree (g_steal_pointer (&kind));
          if (!set_from_text (r, G_OBJECT (role), "kind", copy, _("attribute role of <party>")))
            return CHILD_FAILED;
        }
      if (xmlTextReaderMoveToAttribute (r->reader, (const xmlChar *) "kind") == 1)
        {
          xmlTextReaderMoveToElement (r->reader);
          fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT, _("<party> names its role with “role”, not “kind”"));
          return CHILD_FAILED;
        }
    }
  if (!read_object (r, G_OBJECT (role), _cls_xml_fields_role,
                    party ? (const char *[]) { "role", NULL } : NULL, NULL))
    return CHILD_FAILED;
  if (CLS_IS_NODE (owner))
    cls_node_add_role (CLS_NODE (owner), role);
  else
    cls_contract_add_party (CLS_CONTRACT (owner), role);
  return CHILD_DONE;
}

/* ------------------------------------------------------------------ */
/* Indicators and measurements.                                        */

typedef struct {
  ClsMeasurement m;
  ClsLocation where;
  guint order;  /* position in the file: the later duplicate is reported */
} LoadedMeasurement;

typedef struct {
  GArray *loaded;     /* LoadedMeasurement */
  GArray *children;   /* ClsChildLocation, `measurement` being the position in
                       * the file; NULL until a <response> or <breakdown> */
} IndicatorState;

/* Notes where a <response> or <breakdown> is, for the semantic checks. */
static void
locate_measurement_child (Reader         *r,
                          IndicatorState *state,
                          guint           order,
                          gboolean        breakdown)
{
  ClsChildLocation child = { order, current_line (r), MIN (current_column (r), G_MAXINT32), breakdown };

  if (state->children == NULL)
    state->children = g_array_new (FALSE, FALSE, sizeof (ClsChildLocation));
  g_array_append_val (state->children, child);
}

static int
compare_child_locations (gconstpointer a,
                         gconstpointer b)
{
  const ClsChildLocation *ca = a, *cb = b;

  return ca->measurement < cb->measurement ? -1 : ca->measurement > cb->measurement;
}

static int
compare_loaded (gconstpointer a,
                gconstpointer b)
{
  const LoadedMeasurement *la = a, *lb = b;
  int cmp = _cls_measurement_compare_period (&la->m, &lb->m);

  if (cmp != 0)
    return cmp;
  return la->order < lb->order ? -1 : la->order > lb->order;
}

static gboolean
parse_number_attribute (Reader     *r,
                        const char *name,
                        const char *value,
                        double     *out)
{
  if (!_cls_xml_parse_double (value, out))
    return fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                 _("attribute %s of <measurement>: “%s” is not a number (write digits with a “.” for decimals)"),
                 name, value);
  return TRUE;
}

static gboolean
parse_date_attribute (Reader     *r,
                      const char *element,
                      const char *name,
                      const char *value,
                      guint32    *out)
{
  if (!_cls_date_parse_julian (value, strlen (value), out))
    return fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                 _("attribute %s of <%s>: “%s” is not a date (write YYYY-MM-DD)"), name, element, value);
  return TRUE;
}

static gboolean
read_measurement_children (Reader         *r,
                           ClsIndicator   *indicator,
                           IndicatorState *state,
                           guint           order,
                           ClsMeasurement *m)
{
  int depth = xmlTextReaderDepth (r->reader);

  if (xmlTextReaderIsEmptyElement (r->reader))
    return TRUE;
  while (advance (r))
    {
      int type = xmlTextReaderNodeType (r->reader);
      const char *name;

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r->reader) == depth)
        return TRUE;
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        {
          if (!is_whitespace ((const char *) xmlTextReaderConstValue (r->reader)))
            return fail (r, CLS_CONTRACT_ERROR_SCHEMA,
                         _("<measurement> cannot hold text: put an assessment in <text>, a remark in <comment>"));
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;
      if (!in_cls_namespace (r))
        {
          if (xmlTextReaderConstNamespaceUri (r->reader) == NULL)
            return unknown_element (r, "measurement");
          {
            /* Kept on the indicator, keyed by the measurement's period. */
            g_autoptr(GString) slot = g_string_new ("measurement:");

            _cls_period_append_julian (slot, m->start, m->end, m->kind);
            if (!keep_foreign_element (r, G_OBJECT (indicator), slot->str))
              return FALSE;
            continue;
          }
        }
      name = node_name (r);
      if (g_str_equal (name, "comment") || g_str_equal (name, "text"))
        {
          gboolean is_comment = name[0] == 'c';
          g_autofree char *value = NULL;
          ClsMeasurementExtra *extra;

          if (xmlTextReaderHasAttributes (r->reader))
            return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT, _("<%s> takes no attributes"), name);
          if (!read_text (r, G_OBJECT (indicator), NULL, &value))
            return FALSE;
          extra = _cls_measurement_ensure_extra (m);
          if ((is_comment ? extra->comment : extra->text) != NULL)
            return fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<%s> appears twice in <measurement>"),
                         is_comment ? "comment" : "text");
          if (is_comment)
            extra->comment = g_steal_pointer (&value);
          else
            extra->text = g_steal_pointer (&value);
        }
      else if (g_str_equal (name, "response") || g_str_equal (name, "breakdown"))
        {
          gboolean response = name[0] == 'r';
          g_autofree char *level = NULL, *dimension = NULL, *key = NULL;
          double number = 0;
          gboolean has_number = FALSE;

          while (xmlTextReaderMoveToNextAttribute (r->reader) == 1)
            {
              const char *attr = node_name (r);
              const char *value = (const char *) xmlTextReaderConstValue (r->reader);

              if (handle_non_cls_attribute (r, NULL, NULL))
                {
                  if (r->error != NULL)
                    return FALSE;
                  continue;
                }
              if (response && g_str_equal (attr, "level"))
                level = g_strdup (value);
              else if (!response && g_str_equal (attr, "dimension"))
                dimension = g_strdup (value);
              else if (!response && g_str_equal (attr, "key"))
                key = g_strdup (value);
              else if (g_str_equal (attr, response ? "count" : "value"))
                {
                  if (!_cls_xml_parse_double (value, &number) || (response && (number < 0 || number != (guint) number)))
                    return fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                                 response ? _("attribute %s of <%s>: “%s” is not a whole number of respondents")
                                          : _("attribute %s of <%s>: “%s” is not a number"),
                                 attr, name, value);
                  has_number = TRUE;
                }
              else
                return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                             _("<%s> has no attribute “%s” in the contract format"), name, attr);
            }
          xmlTextReaderMoveToElement (r->reader);
          locate_measurement_child (r, state, order, !response);
          if (response ? level == NULL : (dimension == NULL || key == NULL))
            return fail (r, CLS_CONTRACT_ERROR_MISSING, response ? _("<response> needs a “level”")
                                                                 : _("<breakdown> needs a “dimension” and a “key”"));
          if (!has_number)
            return fail (r, CLS_CONTRACT_ERROR_MISSING, _("<%s> needs a “%s”"), name, response ? "count" : "value");
          if (response)
            cls_measurement_add_response (m, level, (guint) number);
          else
            cls_measurement_add_breakdown (m, dimension, key, number);
          if (!skip_element (r))
            return FALSE;
        }
      else
        return unknown_element (r, "measurement");
    }
  return FALSE;
}

/* The hot path of national-scale files: attributes are parsed straight into
 * the compact record, without GValues or property lookups. */
static gboolean
read_measurement (Reader         *r,
                  ClsIndicator   *indicator,
                  IndicatorState *state)
{
  GArray *loaded = state->loaded;
  LoadedMeasurement lm = { 0 };
  ClsMeasurement *m = &lm.m;
  g_autoptr(GPtrArray) foreign = NULL;
  gboolean has_period = FALSE;
  g_autoptr(GError) period_error = NULL;

  _cls_measurement_init (m);
  lm.where.line = current_line (r);
  lm.where.column = current_column (r);
  lm.order = loaded->len;

  while (xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      const char *name = node_name (r);
      const char *value = (const char *) xmlTextReaderConstValue (r->reader);
      gboolean ok = TRUE;

      if (xmlTextReaderIsNamespaceDecl (r->reader) ||
          (xmlTextReaderConstNamespaceUri (r->reader) != NULL &&
           *xmlTextReaderConstNamespaceUri (r->reader) != '\0'))
        {
          if (!handle_non_cls_attribute (r, NULL, NULL) || r->error != NULL)
            goto failed;
          if (!xmlTextReaderIsNamespaceDecl (r->reader))
            {
              /* Kept on the indicator, keyed by the period (written at the end). */
              if (foreign == NULL)
                foreign = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (foreign, g_strdup ((const char *) xmlTextReaderConstPrefix (r->reader)));
              g_ptr_array_add (foreign, g_strdup ((const char *) xmlTextReaderConstNamespaceUri (r->reader)));
              g_ptr_array_add (foreign, g_strdup (name));
              g_ptr_array_add (foreign, g_strdup (value));
            }
          continue;
        }
      switch (name[0])
        {
        case 'p':
          if (!g_str_equal (name, "period"))
            goto unknown;
          {
            guint32 start, end;
            ClsPeriodKind kind;

            if (!_cls_period_parse_julian (value, strlen (value), &start, &end, &kind, &period_error))
              {
                fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE, _("attribute period of <measurement>: %s"),
                      period_error->message);
                goto failed;
              }
            m->start = start;
            m->end = end;
            m->kind = kind;
            has_period = TRUE;
          }
          break;
        case 'v':
          if (!g_str_equal (name, "value"))
            goto unknown;
          ok = parse_number_attribute (r, name, value, &m->value);
          m->flags |= CLS_MEASUREMENT_HAS_VALUE;
          break;
        case 'n':
          if (!g_str_equal (name, "numerator"))
            goto unknown;
          ok = parse_number_attribute (r, name, value, &m->numerator);
          m->flags |= CLS_MEASUREMENT_HAS_RATIO;
          break;
        case 'd':
          if (g_str_equal (name, "denominator"))
            {
              ok = parse_number_attribute (r, name, value, &m->denominator);
              m->flags |= CLS_MEASUREMENT_HAS_RATIO;
            }
          else if (g_str_equal (name, "done"))
            {
              if (g_str_equal (value, "true"))
                m->flags |= CLS_MEASUREMENT_HAS_DONE | CLS_MEASUREMENT_DONE;
              else if (g_str_equal (value, "false"))
                m->flags |= CLS_MEASUREMENT_HAS_DONE;
              else
                ok = fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                           _("attribute done of <measurement>: “%s” is neither “true” nor “false”"), value);
            }
          else if (g_str_equal (name, "date"))
            ok = parse_date_attribute (r, "measurement", name, value, &m->date);
          else
            goto unknown;
          break;
        case 'l':
          if (!g_str_equal (name, "level"))
            goto unknown;
          m->level = g_strdup (value);
          break;
        case 'r':
          if (g_str_equal (name, "respondents"))
            {
              gint64 n;
              char *end = NULL;

              n = g_ascii_strtoll (value, &end, 10);
              if (*value == '\0' || *end != '\0' || n < 0 || n > G_MAXINT32)
                ok = fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                           _("attribute respondents of <measurement>: “%s” is not a whole number ≥ 0"), value);
              m->respondents = (gint32) n;
            }
          else if (g_str_equal (name, "recorded"))
            ok = parse_date_attribute (r, "measurement", name, value, &m->recorded);
          else
            goto unknown;
          break;
        case 'a':
          if (!g_str_equal (name, "author"))
            goto unknown;
          cls_measurement_set_author (m, value);
          break;
        case 's':
          if (!g_str_equal (name, "source"))
            goto unknown;
          m->source = g_strdup (value);
          break;
        case 'i':
          if (!g_str_equal (name, "illustrative"))
            goto unknown;
          if (g_str_equal (value, "true"))
            m->flags |= CLS_MEASUREMENT_ILLUSTRATIVE;
          else if (!g_str_equal (value, "false"))
            ok = fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                       _("attribute illustrative of <measurement>: “%s” is neither “true” nor “false”"), value);
          break;
        default:
          goto unknown;
        }
      if (!ok)
        goto failed;
      continue;

    unknown:
      fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
            _("<measurement> has no attribute “%s” in the contract format"), name);
      goto failed;
    }
  xmlTextReaderMoveToElement (r->reader);

  if (!has_period)
    {
      fail (r, CLS_CONTRACT_ERROR_MISSING, _("<measurement> needs a “period” attribute"));
      goto failed;
    }
  if (!read_measurement_children (r, indicator, state, lm.order, m))
    goto failed;
  if (foreign != NULL)
    {
      g_autoptr(GString) slot = g_string_new ("measurement:");
      guint i;

      _cls_period_append_julian (slot, m->start, m->end, m->kind);
      for (i = 0; i + 3 < foreign->len; i += 4)
        _cls_foreign_add_attribute (G_OBJECT (indicator), slot->str,
                                    g_ptr_array_index (foreign, i), g_ptr_array_index (foreign, i + 1),
                                    g_ptr_array_index (foreign, i + 2), g_ptr_array_index (foreign, i + 3));
    }
  g_array_append_val (loaded, lm);
  return TRUE;

failed:
  _cls_measurement_clear (m);
  return FALSE;
}

/* Sorts the measurements read, refuses duplicate periods, and hands them to
 * the indicator with their strings pooled. */
static gboolean
finish_measurements (Reader         *r,
                     ClsIndicator   *indicator,
                     IndicatorState *state)
{
  GArray *loaded = state->loaded;
  GArray *where;
  guint i;
  gboolean ok = TRUE;

  g_array_sort (loaded, compare_loaded);
  for (i = 1; i < loaded->len && ok; i++)
    {
      LoadedMeasurement *prev = &g_array_index (loaded, LoadedMeasurement, i - 1);
      LoadedMeasurement *cur = &g_array_index (loaded, LoadedMeasurement, i);

      if (_cls_measurement_compare_period (&prev->m, &cur->m) == 0)
        {
          g_autoptr(GString) period = g_string_new (NULL);

          _cls_period_append_julian (period, cur->m.start, cur->m.end, cur->m.kind);
          ok = fail_at (r, cur->where.line, cur->where.column, CLS_CONTRACT_ERROR_DUPLICATE_PERIOD,
                        _("indicator “%s” is measured twice for %s (first on line %u)"),
                        cls_indicator_get_id (indicator), period->str, prev->where.line);
        }
    }

  if (ok)
    {
      ClsRecordSet *set = _cls_indicator_get_measurements (indicator);
      gboolean wide = FALSE;

      /* The records are sized exactly, wide only if a ratio needs it: a
       * loaded set never grows. */
      for (i = 0; i < loaded->len && !wide; i++)
        wide = (g_array_index (loaded, LoadedMeasurement, i).m.flags & CLS_MEASUREMENT_HAS_RATIO) != 0;
      g_hash_table_remove_all (r->intern);
      _cls_record_set_reserve (set, loaded->len, wide);
      where = g_array_sized_new (FALSE, FALSE, sizeof (ClsLocation), loaded->len);
      for (i = 0; i < loaded->len; i++)
        {
          LoadedMeasurement *lm = &g_array_index (loaded, LoadedMeasurement, i);

          _cls_record_set_store (set, set->n, FALSE, &lm->m, r->intern);
          g_array_append_val (where, lm->where);
        }
      _cls_record_set_trim (set);
      if (state->children != NULL)
        {
          /* Renumber the children's measurements from positions in the file
           * to positions in the sorted array, and sort the children by it
           * (a stable sort: each measurement's children stay in file order). */
          guint32 *position = g_new (guint32, loaded->len);

          for (i = 0; i < loaded->len; i++)
            position[g_array_index (loaded, LoadedMeasurement, i).order] = i;
          for (i = 0; i < state->children->len; i++)
            {
              ClsChildLocation *child = &g_array_index (state->children, ClsChildLocation, i);

              child->measurement = position[child->measurement];
            }
          g_free (position);
          g_array_sort (state->children, compare_child_locations);
          _cls_locator_set_children (&r->locator, indicator, g_steal_pointer (&state->children));
        }
      g_hash_table_insert (r->locator.measurements, indicator, where);
    }
  for (i = 0; i < loaded->len; i++)
    _cls_measurement_clear (&g_array_index (loaded, LoadedMeasurement, i).m);
  g_array_set_size (loaded, 0);
  return ok;
}

static ChildResult
read_baseline (Reader     *r,
               GObject    *owner,
               const char *name)
{
  g_autoptr(ClsBaseline) baseline = NULL;

  if (!g_str_equal (name, "baseline"))
    return CHILD_NOT_MINE;
  if (cls_indicator_get_baseline (CLS_INDICATOR (owner)) != NULL)
    {
      fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<baseline> appears twice in <indicator>"));
      return CHILD_FAILED;
    }
  baseline = cls_baseline_new ();
  if (!read_object (r, G_OBJECT (baseline), _cls_xml_fields_baseline, NULL, NULL))
    return CHILD_FAILED;
  cls_indicator_set_baseline (CLS_INDICATOR (owner), baseline);
  return CHILD_DONE;
}

static ChildResult
read_indicator_child (Reader     *r,
                      GObject    *owner,
                      const char *name)
{
  IndicatorState *state = g_object_get_data (owner, "cls-loading");
  ChildResult result;

  if (g_str_equal (name, "measurement") && state != NULL)
    return read_measurement (r, CLS_INDICATOR (owner), state) ? CHILD_DONE : CHILD_FAILED;
  if ((result = read_baseline (r, owner, name)) != CHILD_NOT_MINE)
    return state != NULL ? result : (fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("a template has no baseline")), CHILD_FAILED);
  if (g_str_equal (name, "formula"))
    locate (r, owner, "formula");
  if (g_str_equal (name, "target") && state == NULL)
    {
      fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("a template has no targets: put them on its indicators"));
      return CHILD_FAILED;
    }
  return read_target (r, owner, name);
}

static gboolean
read_indicator_element (Reader        *r,
                        GObject       *owner,
                        gboolean       template,
                        ClsIndicator **out)
{
  g_autoptr(ClsIndicator) indicator = NULL;
  g_autofree char *id = NULL;
  IndicatorState state = { NULL };
  gboolean ok;

  if ((id = require_id (r, "id")) == NULL)
    return FALSE;
  indicator = cls_indicator_new (id);
  if (!template)
    {
      state.loaded = g_array_new (FALSE, FALSE, sizeof (LoadedMeasurement));
      g_object_set_data (G_OBJECT (indicator), "cls-loading", &state);
    }
  ok = read_object (r, G_OBJECT (indicator), _cls_xml_fields_indicator, NULL, read_indicator_child);
  if (!template)
    {
      g_object_set_data (G_OBJECT (indicator), "cls-loading", NULL);
      if (ok)
        ok = finish_measurements (r, indicator, &state);
      else
        {
          guint i;
          for (i = 0; i < state.loaded->len; i++)
            _cls_measurement_clear (&g_array_index (state.loaded, LoadedMeasurement, i).m);
        }
      g_array_unref (state.loaded);
      g_clear_pointer (&state.children, g_array_unref);
    }
  if (!ok)
    return FALSE;
  *out = g_steal_pointer (&indicator);
  return TRUE;
}

static ChildResult
read_template (Reader     *r,
               GObject    *owner,
               const char *name)
{
  g_autoptr(ClsIndicator) template = NULL;

  if (!g_str_equal (name, "indicator-template"))
    return CHILD_NOT_MINE;
  if (!read_indicator_element (r, owner, TRUE, &template))
    return CHILD_FAILED;
  cls_contract_add_template (CLS_CONTRACT (owner), template);
  return CHILD_DONE;
}

/* ------------------------------------------------------------------ */
/* Nodes.                                                               */

static ChildResult read_node (Reader *r, GObject *owner, const char *name);

static gboolean
read_deliverables (Reader  *r,
                   ClsNode *node)
{
  g_autofree char *none = (char *) xmlTextReaderGetAttribute (r->reader, (const xmlChar *) "none");
  int depth;
  g_autoptr(GString) text = g_string_new (NULL);

  locate (r, node, "deliverables");
  while (xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      if (handle_non_cls_attribute (r, G_OBJECT (node), "deliverables"))
        {
          if (r->error != NULL)
            return FALSE;
          continue;
        }
      if (!g_str_equal (node_name (r), "none"))
        return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                     _("<deliverables> has no attribute “%s” in the contract format"), node_name (r));
    }
  xmlTextReaderMoveToElement (r->reader);
  if (none != NULL && !g_str_equal (none, "true") && !g_str_equal (none, "false"))
    return fail (r, CLS_CONTRACT_ERROR_INVALID_VALUE,
                 _("attribute none of <deliverables>: “%s” is neither “true” nor “false”"), none);
  cls_node_set_deliverables_state (node, none != NULL && g_str_equal (none, "true")
                                   ? CLS_DELIVERABLES_STATE_NONE : CLS_DELIVERABLES_STATE_LISTED);
  if (xmlTextReaderIsEmptyElement (r->reader))
    return TRUE;
  depth = xmlTextReaderDepth (r->reader);
  while (advance (r))
    {
      int type = xmlTextReaderNodeType (r->reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (r->reader) == depth)
        {
          if (cls_node_get_deliverables_state (node) == CLS_DELIVERABLES_STATE_NONE)
            cls_node_set_deliverables_text (node, text->str);
          else if (!is_whitespace (text->str))
            return fail (r, CLS_CONTRACT_ERROR_SCHEMA,
                         _("<deliverables> holds <deliverable> elements, or text when none=\"true\""));
          return TRUE;
        }
      if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
          type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE)
        {
          g_string_append (text, (const char *) xmlTextReaderConstValue (r->reader));
          continue;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;
      if (!in_cls_namespace (r))
        {
          if (xmlTextReaderConstNamespaceUri (r->reader) == NULL)
            return unknown_element (r, "deliverables");
          if (!keep_foreign_element (r, G_OBJECT (node), "deliverables"))
            return FALSE;
          continue;
        }
      if (cls_node_get_deliverables_state (node) == CLS_DELIVERABLES_STATE_NONE)
        return fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<deliverables none=\"true\"> cannot list deliverables"));
      switch (read_deliverable (r, G_OBJECT (node), node_name (r)))
        {
        case CHILD_DONE:
          break;
        case CHILD_FAILED:
          return FALSE;
        case CHILD_NOT_MINE:
        default:
          return unknown_element (r, "deliverables");
        }
    }
  return FALSE;
}

static ChildResult
read_node_child (Reader     *r,
                 GObject    *owner,
                 const char *name)
{
  ClsNode *node = CLS_NODE (owner);
  ChildResult result;

  if (g_str_equal (name, "title"))
    {
      g_autofree char *variant = (char *) xmlTextReaderGetAttribute (r->reader, (const xmlChar *) "variant");
      g_autofree char *variant_copy = NULL;
      g_autofree char *text = NULL;
      g_autofree char *slot = NULL;

      if (variant == NULL)
        return CHILD_NOT_MINE;
      variant_copy = g_strdup (variant);
      if (cls_node_get_variant_title (node, variant_copy) != NULL)
        {
          fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("two titles of variant “%s”"), variant_copy);
          return CHILD_FAILED;
        }
      slot = g_strconcat ("title:", variant_copy, NULL);
      while (xmlTextReaderMoveToNextAttribute (r->reader) == 1)
        {
          if (handle_non_cls_attribute (r, owner, slot))
            {
              if (r->error != NULL)
                return CHILD_FAILED;
              continue;
            }
          if (!g_str_equal (node_name (r), "variant"))
            {
              fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT, _("<title> has no attribute “%s”"), node_name (r));
              return CHILD_FAILED;
            }
        }
      xmlTextReaderMoveToElement (r->reader);
      if (!read_text (r, owner, slot, &text))
        return CHILD_FAILED;
      cls_node_set_variant_title (node, variant_copy, text);
      return CHILD_DONE;
    }
  if (g_str_equal (name, "deliverables"))
    return read_deliverables (r, node) ? CHILD_DONE : CHILD_FAILED;
  if (g_str_equal (name, "indicator"))
    {
      g_autoptr(ClsIndicator) indicator = NULL;

      if (!read_indicator_element (r, owner, FALSE, &indicator))
        return CHILD_FAILED;
      cls_node_add_indicator (node, indicator);
      return CHILD_DONE;
    }
  if (g_str_equal (name, "sector"))
    locate (r, owner, "sector");
  if ((result = read_role (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  if ((result = read_funding_into (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  if ((result = read_calendar_entry (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  if ((result = read_cross_reference (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  return read_node (r, owner, name);
}

static ChildResult
read_node (Reader     *r,
           GObject    *owner,
           const char *name)
{
  g_autoptr(ClsNode) node = NULL;
  g_autofree char *id = NULL;

  if (!g_str_equal (name, "node"))
    return CHILD_NOT_MINE;
  if ((id = require_id (r, "id")) == NULL)
    return CHILD_FAILED;
  node = cls_node_new (id);
  /* Attach before reading children so that the whole subtree is registered
   * as it is built, not walked again afterwards. */
  if (CLS_IS_NODE (owner))
    cls_node_add_child (CLS_NODE (owner), node);
  else
    cls_contract_add_node (CLS_CONTRACT (owner), node);
  if (!read_object (r, G_OBJECT (node), _cls_xml_fields_node, NULL, read_node_child))
    return CHILD_FAILED;
  return CHILD_DONE;
}

/* ------------------------------------------------------------------ */
/* The contract.                                                        */

static ChildResult
read_territory_child (Reader     *r,
                      GObject    *owner,
                      const char *name)
{
  ChildResult result;

  if ((result = read_commune (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  if ((result = read_area (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  if (g_str_equal (name, "name") || g_str_equal (name, "note"))
    {
      g_autofree char *text = NULL;
      gboolean is_name = name[0] == 'n' && name[1] == 'a';

      if (xmlTextReaderHasAttributes (r->reader))
        {
          fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT, _("<%s> takes no attributes"), name);
          return CHILD_FAILED;
        }
      if (!read_text (r, owner, "territory", &text))
        return CHILD_FAILED;
      if (is_name)
        cls_contract_set_territory_name (CLS_CONTRACT (owner), text);
      else
        strv_append (owner, "territory-notes", text);
      return CHILD_DONE;
    }
  return CHILD_NOT_MINE;
}

static ChildResult
read_governance_child (Reader     *r,
                       GObject    *owner,
                       const char *name)
{
  ChildResult result;

  if ((result = read_body (r, owner, name)) != CHILD_NOT_MINE)
    return result;
  return read_funding_into (r, owner, name);
}

static gboolean
read_evaluation_settings (Reader      *r,
                          ClsContract *contract)
{
  static const char * const names[] = { "on-track", "at-risk", "missing-data", "trend-tolerance", NULL };

  locate (r, contract, "evaluation-settings");
  while (xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      const char *name = node_name (r);

      if (handle_non_cls_attribute (r, G_OBJECT (contract), "evaluation-settings"))
        {
          if (r->error != NULL)
            return FALSE;
          continue;
        }
      if (!g_strv_contains (names, name))
        return fail (r, CLS_CONTRACT_ERROR_UNKNOWN_ELEMENT,
                     _("<evaluation-settings> has no attribute “%s” in the contract format"), name);
      {
        g_autofree char *what = g_strdup_printf (_("attribute %s of <evaluation-settings>"), name);
        if (!set_from_text (r, G_OBJECT (contract), name,
                            (const char *) xmlTextReaderConstValue (r->reader), what))
          return FALSE;
      }
    }
  xmlTextReaderMoveToElement (r->reader);
  return skip_element (r);
}

static ChildResult
read_contract_child (Reader     *r,
                     GObject    *owner,
                     const char *name)
{
  static const struct {
    const char *name;
    ChildHandler handler;
  } lists[] = {
    { "organisations", read_organisation },
    { "parties", read_role },
    { "territory", read_territory_child },
    { "governance", read_governance_child },
    { "levels", read_level },
    { "scales", read_scale },
    { "context", read_figure },
    { "amendments", read_amendment },
    { "templates", read_template },
    { "plan", read_node },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_str_equal (name, lists[i].name))
      {
        g_autofree char *slot = g_strdup (name);

        if (g_object_get_data (owner, slot) != NULL)
          {
            fail (r, CLS_CONTRACT_ERROR_SCHEMA, _("<%s> appears twice in <contract>"), slot);
            return CHILD_FAILED;
          }
        g_object_set_data (owner, slot, GINT_TO_POINTER (1));
        locate (r, owner, slot);
        return read_list (r, owner, slot, lists[i].handler) ? CHILD_DONE : CHILD_FAILED;
      }
  if (g_str_equal (name, "evaluation-settings"))
    return read_evaluation_settings (r, CLS_CONTRACT (owner)) ? CHILD_DONE : CHILD_FAILED;
  if (g_str_equal (name, "period"))
    locate (r, owner, "period");
  return CHILD_NOT_MINE;
}

static void
clear_seen_markers (GObject *contract)
{
  static const char * const names[] = { "organisations", "parties", "territory", "governance",
                                        "levels", "scales", "context", "amendments", "templates",
                                        "plan", NULL };
  guint i;

  for (i = 0; names[i] != NULL; i++)
    g_object_set_data (contract, names[i], NULL);
}

static ClsContract *
read_document (Reader *r)
{
  g_autoptr(ClsContract) contract = NULL;
  g_autofree char *id = NULL;
  g_autofree char *format = NULL;

  /* Find the root element. */
  do
    {
      if (!advance (r))
        return NULL;
    }
  while (xmlTextReaderNodeType (r->reader) != XML_READER_TYPE_ELEMENT);

  if (!g_str_equal (node_name (r), "contract") || !in_cls_namespace (r))
    {
      const xmlChar *ns = xmlTextReaderConstNamespaceUri (r->reader);
      if (ns != NULL)
        fail (r, CLS_CONTRACT_ERROR_UNSUPPORTED_FORMAT,
              _("this is not a libcls contract: the root element is <%s> in %s, not <contract> in %s"),
              node_name (r), (const char *) ns, CLS_NAMESPACE);
      else
        fail (r, CLS_CONTRACT_ERROR_UNSUPPORTED_FORMAT,
              _("this is not a libcls contract: the root element is <%s> in no namespace, not <contract> in %s"),
              node_name (r), CLS_NAMESPACE);
      return NULL;
    }
  {
    xmlChar *value = xmlTextReaderGetAttribute (r->reader, (const xmlChar *) "format");
    if (value == NULL)
      {
        fail (r, CLS_CONTRACT_ERROR_MISSING, _("<contract> needs a format=\"1\" attribute"));
        return NULL;
      }
    format = g_strdup ((const char *) value);
    xmlFree (value);
  }
  if (!g_str_equal (format, "1"))
    {
      fail (r, CLS_CONTRACT_ERROR_UNSUPPORTED_FORMAT,
            _("this contract is in format “%s”; this version of libcls reads format 1"), format);
      return NULL;
    }
  if ((id = require_id (r, "id")) == NULL)
    return NULL;

  contract = cls_contract_new (id);
  r->contract = contract;
  if (!read_object (r, G_OBJECT (contract), _cls_xml_fields_contract,
                    (const char *[]) { "format", NULL }, read_contract_child))
    return NULL;
  clear_seen_markers (G_OBJECT (contract));

  /* Nothing but comments may follow the root. */
  while (xmlTextReaderRead (r->reader) == 1 && r->error == NULL)
    ;
  if (r->error != NULL || r->schema_error != NULL)
    {
      if (r->error == NULL)
        r->error = g_steal_pointer (&r->schema_error);
      return NULL;
    }
  return g_steal_pointer (&contract);
}

static ClsContract *
load_with_reader (ClsLoader        *self,
                  xmlTextReaderPtr  reader,
                  const char       *file,
                  StreamSource     *source,
                  GCancellable     *cancellable,
                  GError          **error)
{
  Reader r = { 0 };
  ClsContract *contract;

  g_list_store_remove_all (self->warnings);
  if (reader == NULL)
    {
      g_set_error (error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_MALFORMED,
                   "%s:0:0: %s", file, _("the contract cannot be read"));
      return NULL;
    }

  r.reader = reader;
  r.source = source;
  r.file = file;
  r.cancellable = cancellable;
  r.max_depth = self->max_depth;
  r.warnings = g_list_store_new (CLS_TYPE_DIAGNOSTIC);
  r.intern = g_hash_table_new (g_str_hash, g_str_equal);
  _cls_locator_init (&r.locator, file);

  xmlTextReaderSetStructuredErrorHandler (reader, on_xml_error, &r);
  r.schema.hidden_depth = -1;
  if (!self->trusted)
    {
      /* Not xmlTextReaderRelaxNGSetSchema(): libxml2's reader expands (builds
       * in memory) every element it cannot validate node by node, and it
       * would show the validator foreign elements as they are (see
       * make_streamable()). */
      r.schema.ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
      if (r.schema.ctxt == NULL)
        g_set_error (&r.error, CLS_CONTRACT_ERROR, CLS_CONTRACT_ERROR_SCHEMA,
                     "%s:0:0: %s", file, _("the contract schema could not be used"));
      else
        xmlRelaxNGSetValidStructuredErrors (r.schema.ctxt, on_schema_error, &r);
      r.schema.start_lines = g_array_new (FALSE, TRUE, sizeof (guint32));
      r.schema.standin = xmlNewNode (NULL, BAD_CAST STANDIN_NAME);
      xmlSetNs (r.schema.standin, xmlNewNs (r.schema.standin, BAD_CAST STANDIN_NAMESPACE, NULL));
    }

  contract = r.error == NULL ? read_document (&r) : NULL;
  if (contract != NULL && !_cls_contract_check (contract, &r.locator, r.warnings, &r.error))
    g_clear_object (&contract);

  if (contract != NULL)
    {
      guint i, n = g_list_model_get_n_items (G_LIST_MODEL (r.warnings));
      for (i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (r.warnings), i);
          g_list_store_append (self->warnings, item);
        }
    }
  else
    g_propagate_error (error, g_steal_pointer (&r.error));

  g_clear_error (&r.error);
  g_clear_error (&r.schema_error);
  g_clear_pointer (&r.schema.ctxt, xmlRelaxNGFreeValidCtxt);
  g_clear_pointer (&r.schema.standin, xmlFreeNode);
  g_clear_pointer (&r.schema.start_lines, g_array_unref);
  g_clear_object (&r.warnings);
  g_clear_pointer (&r.intern, g_hash_table_unref);
  _cls_locator_clear (&r.locator);
  xmlFreeTextReader (reader);
  return contract;
}

/* Parser options: never touch the network, never load or expand DTDs and
 * entities (both are refused outright), keep line numbers past 65535. */
#define CLS_XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT)

/* ------------------------------------------------------------------ */
/* Stream input.                                                        */

struct _StreamSource {
  GInputStream *stream;
  GCancellable *cancellable;
  GError *error;
  guint64 consumed;     /* bytes read so far */
  guint lines;          /* newlines seen in the prolog scan */
  guint doctype_line;   /* line of "<!DOCTYPE", 0 if none seen */
  guint64 total;        /* bytes to read, 0 when unknown */
  ClsProgressFunc progress;
  gpointer progress_data;
  guint percent;        /* the last percentage reported */
};

/* Reading is most of a load; the checks that follow take the rest. */
#define READING_SHARE 0.9

static void
report_reading (StreamSource *source)
{
  guint percent;

  if (source->progress == NULL || source->total == 0)
    return;
  percent = (guint) MIN (100, source->consumed * 100 / source->total);
  if (percent <= source->percent)
    return;
  source->percent = percent;
  source->progress (READING_SHARE * percent / 100, source->progress_data);
}

/* How many bytes @stream still holds, when it can tell (a file, a memory
 * stream); 0 otherwise. */
static guint64
stream_remaining (GInputStream *stream,
                  GCancellable *cancellable)
{
  if (G_IS_FILE_INPUT_STREAM (stream))
    {
      g_autoptr(GFileInfo) info =
        g_file_input_stream_query_info (G_FILE_INPUT_STREAM (stream), G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                        cancellable, NULL);
      goffset position = g_seekable_tell (G_SEEKABLE (stream));

      if (info != NULL && g_file_info_get_size (info) > position)
        return g_file_info_get_size (info) - position;
      return 0;
    }
  if (G_IS_SEEKABLE (stream) && g_seekable_can_seek (G_SEEKABLE (stream)))
    {
      goffset position = g_seekable_tell (G_SEEKABLE (stream)), end;

      if (!g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_END, cancellable, NULL))
        return 0;
      end = g_seekable_tell (G_SEEKABLE (stream));
      if (!g_seekable_seek (G_SEEKABLE (stream), position, G_SEEK_SET, cancellable, NULL))
        return 0;
      return end > position ? end - position : 0;
    }
  return 0;
}

static guint
stream_source_doctype_line (StreamSource *source)
{
  return source != NULL ? source->doctype_line : 0;
}

/* libxml2 reports a DOCTYPE only after parsing it, without its line: look
 * for it in the first bytes, where a prolog is. */
static void
scan_prolog (StreamSource *source,
             const char   *data,
             gsize         len)
{
  const char *p;

  if (source->consumed > 65536 || source->doctype_line != 0)
    return;
  for (p = data; p < data + len; p++)
    {
      if (*p == '\n')
        source->lines++;
      else if (*p == '<' && (gsize) (data + len - p) >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        {
          source->doctype_line = source->lines + 1;
          return;
        }
    }
}

static int
stream_read (void *context,
             char *buffer,
             int   len)
{
  StreamSource *source = context;
  gssize n;

  if (source->error != NULL)
    return -1;
  n = g_input_stream_read (source->stream, buffer, len, source->cancellable, &source->error);
  if (n > 0)
    {
      scan_prolog (source, buffer, n);
      source->consumed += n;
      report_reading (source);
    }
  return n < 0 ? -1 : (int) n;
}

static int
stream_close (void *context)
{
  return 0;
}

/* ------------------------------------------------------------------ */
/* Public API.                                                          */

static void
cls_loader_finalize (GObject *object)
{
  ClsLoader *self = (ClsLoader *) object;

  g_clear_object (&self->warnings);
  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  G_OBJECT_CLASS (cls_loader_parent_class)->finalize (object);
}

static void
cls_loader_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ClsLoader *self = CLS_LOADER (object);

  switch (prop_id)
    {
    case PROP_TRUSTED:
      g_value_set_boolean (value, self->trusted);
      break;
    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_loader_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ClsLoader *self = CLS_LOADER (object);

  switch (prop_id)
    {
    case PROP_TRUSTED:
      cls_loader_set_trusted (self, g_value_get_boolean (value));
      break;
    case PROP_MAX_DEPTH:
      cls_loader_set_max_depth (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cls_loader_class_init (ClsLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cls_loader_finalize;
  object_class->get_property = cls_loader_get_property;
  object_class->set_property = cls_loader_set_property;

  /**
   * ClsLoader:trusted: (attributes org.gtk.Property.get=cls_loader_get_trusted org.gtk.Property.set=cls_loader_set_trusted)
   *
   * Whether to skip the schema pass, for files libcls wrote itself. The
   * semantic checks always run; structural mistakes the schema would have
   * named are then reported by the reader as it meets them.
   *
   * Since: 1.0
   */
  properties[PROP_TRUSTED] =
    g_param_spec_boolean ("trusted", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * ClsLoader:max-depth: (attributes org.gtk.Property.get=cls_loader_get_max_depth org.gtk.Property.set=cls_loader_set_max_depth)
   *
   * The deepest element nesting accepted, the root element being at depth
   * 1; deeper files are refused with %CLS_CONTRACT_ERROR_NESTING.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL, 8, 4096, CLS_LOADER_DEFAULT_MAX_DEPTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cls_loader_init (ClsLoader *self)
{
  self->max_depth = CLS_LOADER_DEFAULT_MAX_DEPTH;
  self->warnings = g_list_store_new (CLS_TYPE_DIAGNOSTIC);
}

/**
 * cls_loader_new:
 *
 * Creates a loader with the default settings: schema validation on,
 * nesting limited to %CLS_LOADER_DEFAULT_MAX_DEPTH.
 *
 * Returns: (transfer full): a new loader
 *
 * Since: 1.0
 */
ClsLoader *
cls_loader_new (void)
{
  return g_object_new (CLS_TYPE_LOADER, NULL);
}

/**
 * cls_loader_get_trusted:
 * @self: a [class@Cls.Loader]
 *
 * Gets [property@Cls.Loader:trusted].
 *
 * Returns: whether the schema pass is skipped
 *
 * Since: 1.0
 */
gboolean
cls_loader_get_trusted (ClsLoader *self)
{
  g_return_val_if_fail (CLS_IS_LOADER (self), FALSE);
  return self->trusted;
}

/**
 * cls_loader_set_trusted:
 * @self: a [class@Cls.Loader]
 * @trusted: whether to skip the schema pass
 *
 * Sets [property@Cls.Loader:trusted].
 *
 * Since: 1.0
 */
void
cls_loader_set_trusted (ClsLoader *self,
                        gboolean   trusted)
{
  g_return_if_fail (CLS_IS_LOADER (self));

  trusted = !!trusted;
  if (self->trusted == trusted)
    return;
  self->trusted = trusted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRUSTED]);
}

/**
 * cls_loader_get_max_depth:
 * @self: a [class@Cls.Loader]
 *
 * Gets [property@Cls.Loader:max-depth].
 *
 * Returns: the nesting limit
 *
 * Since: 1.0
 */
guint
cls_loader_get_max_depth (ClsLoader *self)
{
  g_return_val_if_fail (CLS_IS_LOADER (self), 0);
  return self->max_depth;
}

/**
 * cls_loader_set_max_depth:
 * @self: a [class@Cls.Loader]
 * @max_depth: the nesting limit, from 8 to 4096
 *
 * Sets [property@Cls.Loader:max-depth].
 *
 * Since: 1.0
 */
void
cls_loader_set_max_depth (ClsLoader *self,
                          guint      max_depth)
{
  g_return_if_fail (CLS_IS_LOADER (self));
  g_return_if_fail (max_depth >= 8 && max_depth <= 4096);

  if (self->max_depth == max_depth)
    return;
  self->max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
}

/**
 * cls_loader_get_warnings:
 * @self: a [class@Cls.Loader]
 *
 * Gets the warnings of the last successful load: problems that do not
 * stop loading (breakdowns above their total, funding shares that do not
 * sum to 100 %…).
 *
 * Returns: (transfer none): a list model of [class@Cls.Diagnostic]
 *
 * Since: 1.0
 */
GListModel *
cls_loader_get_warnings (ClsLoader *self)
{
  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  return G_LIST_MODEL (self->warnings);
}

/**
 * cls_loader_set_progress_func:
 * @self: a [class@Cls.Loader]
 * @func: (nullable) (scope notified) (closure user_data) (destroy destroy):
 *   the function that reports progress, or %NULL
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when it is no longer needed
 *
 * Sets a function told how far a load has gone, from the bytes read (see
 * [callback@Cls.ProgressFunc] for when and in which thread it is called).
 * When the size of the input cannot be known (a pipe), only the start (0)
 * and the end (1) are reported.
 *
 * Since: 1.0
 */
void
cls_loader_set_progress_func (ClsLoader       *self,
                              ClsProgressFunc  func,
                              gpointer         user_data,
                              GDestroyNotify   destroy)
{
  g_return_if_fail (CLS_IS_LOADER (self));

  if (self->progress_destroy != NULL)
    self->progress_destroy (self->progress_data);
  self->progress = func;
  self->progress_data = user_data;
  self->progress_destroy = destroy;
}

/**
 * cls_loader_load_from_bytes:
 * @self: a [class@Cls.Loader]
 * @bytes: the file's content
 * @name: (nullable): the name to give in error messages, or %NULL for `<data>`
 * @error: return location for an error
 *
 * Loads a contract from memory.
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_bytes (ClsLoader   *self,
                            GBytes      *bytes,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One input path for everything: the same checks, the same messages. */
  stream = g_memory_input_stream_new_from_bytes (bytes);
  return cls_loader_load_from_stream (self, stream, name, NULL, error);
}

/**
 * cls_loader_load_from_stream:
 * @self: a [class@Cls.Loader]
 * @stream: the stream to read
 * @name: (nullable): the name to give in error messages, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads a contract from a stream, reading it in small blocks.
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_stream (ClsLoader     *self,
                             GInputStream  *stream,
                             const char    *name,
                             GCancellable  *cancellable,
                             GError       **error)
{
  StreamSource source = { stream, cancellable, NULL, 0, 0, 0, 0, self->progress, self->progress_data, 0 };
  g_autoptr(GError) local_error = NULL;
  ClsContract *contract;

  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->progress != NULL)
    {
      source.total = stream_remaining (stream, cancellable);
      self->progress (0, self->progress_data);
    }
  contract = load_with_reader (self,
                               xmlReaderForIO (stream_read, stream_close, &source, NULL, NULL, CLS_XML_OPTIONS),
                               name ? name : "<data>", &source, cancellable, &local_error);
  if (source.error != NULL)
    {
      /* A read error of the stream explains any parse error it caused. */
      g_clear_object (&contract);
      g_propagate_error (error, g_steal_pointer (&source.error));
      return NULL;
    }
  if (contract == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (self->progress != NULL)
    self->progress (1, self->progress_data);
  return contract;
}

/**
 * cls_loader_load_from_file:
 * @self: a [class@Cls.Loader]
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Loads a contract from a file. Errors name the file by its path (or URI
 * when it has none).
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_file (ClsLoader     *self,
                           GFile         *file,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  return cls_loader_load_from_stream (self, G_INPUT_STREAM (stream), name, cancellable, error);
}

/**
 * cls_loader_load_from_path:
 * @self: a [class@Cls.Loader]
 * @path: (type filename): the path of the file to read
 * @error: return location for an error
 *
 * Loads a contract from a file given by its path.
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_path (ClsLoader   *self,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;

  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;
  return cls_loader_load_from_stream (self, G_INPUT_STREAM (stream), path, NULL, error);
}

/* Asynchronous loading runs the synchronous code in a worker thread, on a
 * loader of its own so that the caller's loader is never shared between
 * threads; the warnings are copied back on completion. */
typedef struct {
  GFile *file;
  GInputStream *stream;
  char *name;
  gboolean trusted;
  guint max_depth;
  GListStore *warnings;
  ClsProgressRelay *relay;       /* reports in the caller's main context */
} LoadTaskData;

static void
load_task_data_free (LoadTaskData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->stream);
  g_free (data->name);
  g_clear_object (&data->warnings);
  g_clear_pointer (&data->relay, _cls_progress_relay_unref);
  g_free (data);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadTaskData *data = task_data;
  g_autoptr(ClsLoader) worker = cls_loader_new ();
  GError *error = NULL;
  ClsContract *contract;

  worker->trusted = data->trusted;
  worker->max_depth = data->max_depth;
  if (data->relay != NULL)
    cls_loader_set_progress_func (worker, _cls_progress_relay_report, data->relay, NULL);
  if (data->file != NULL)
    contract = cls_loader_load_from_file (worker, data->file, cancellable, &error);
  else
    contract = cls_loader_load_from_stream (worker, data->stream, data->name, cancellable, &error);
  if (contract == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->warnings = g_object_ref (worker->warnings);
  g_task_return_pointer (task, contract, g_object_unref);
}

static void
start_load_task (ClsLoader           *self,
                 LoadTaskData        *data,
                 gpointer             tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  data->trusted = self->trusted;
  data->max_depth = self->max_depth;
  if (self->progress != NULL)
    data->relay = _cls_progress_relay_new (self->progress, self->progress_data, G_OBJECT (self));
  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, data, (GDestroyNotify) load_task_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

static ClsContract *
finish_load_task (ClsLoader     *self,
                  GAsyncResult  *result,
                  GError       **error)
{
  LoadTaskData *data = g_task_get_task_data (G_TASK (result));
  ClsContract *contract = g_task_propagate_pointer (G_TASK (result), error);

  g_list_store_remove_all (self->warnings);
  if (contract != NULL && data->warnings != NULL)
    {
      guint i, n = g_list_model_get_n_items (G_LIST_MODEL (data->warnings));
      for (i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (data->warnings), i);
          g_list_store_append (self->warnings, item);
        }
    }
  return contract;
}

/**
 * cls_loader_load_from_file_async:
 * @self: a [class@Cls.Loader]
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the contract is loaded
 * @user_data: data for @callback
 *
 * Loads a contract from a file in a worker thread. Call
 * [method@Cls.Loader.load_from_file_finish] from @callback.
 *
 * Since: 1.0
 */
void
cls_loader_load_from_file_async (ClsLoader           *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  LoadTaskData *data;

  g_return_if_fail (CLS_IS_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadTaskData, 1);
  data->file = g_object_ref (file);
  start_load_task (self, data, cls_loader_load_from_file_async, cancellable, callback, user_data);
}

/**
 * cls_loader_load_from_file_finish:
 * @self: a [class@Cls.Loader]
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Cls.Loader.load_from_file_async].
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_file_finish (ClsLoader     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cls_loader_load_from_file_async, NULL);

  return finish_load_task (self, result, error);
}

/**
 * cls_loader_load_from_stream_async:
 * @self: a [class@Cls.Loader]
 * @stream: the stream to read
 * @name: (nullable): the name to give in error messages, or %NULL for `<data>`
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the contract is loaded
 * @user_data: data for @callback
 *
 * Loads a contract from a stream in a worker thread. Call
 * [method@Cls.Loader.load_from_stream_finish] from @callback.
 *
 * Since: 1.0
 */
void
cls_loader_load_from_stream_async (ClsLoader           *self,
                                   GInputStream        *stream,
                                   const char          *name,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  LoadTaskData *data;

  g_return_if_fail (CLS_IS_LOADER (self));
  g_return_if_fail (G_IS_INPUT_STREAM (stream));

  data = g_new0 (LoadTaskData, 1);
  data->stream = g_object_ref (stream);
  data->name = g_strdup (name);
  start_load_task (self, data, cls_loader_load_from_stream_async, cancellable, callback, user_data);
}

/**
 * cls_loader_load_from_stream_finish:
 * @self: a [class@Cls.Loader]
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Finishes [method@Cls.Loader.load_from_stream_async].
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_loader_load_from_stream_finish (ClsLoader     *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (CLS_IS_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cls_loader_load_from_stream_async, NULL);

  return finish_load_task (self, result, error);
}

/**
 * cls_contract_new_from_path:
 * @path: (type filename): the path of a contract file
 * @error: return location for an error
 *
 * Loads a contract with a default [class@Cls.Loader]. Use a loader to get
 * the warnings, load asynchronously, or trust the file.
 *
 * Returns: (transfer full): the contract, or %NULL with @error set
 *
 * Since: 1.0
 */
ClsContract *
cls_contract_new_from_path (const char  *path,
                            GError     **error)
{
  g_autoptr(ClsLoader) loader = cls_loader_new ();

  return cls_loader_load_from_path (loader, path, error);
}
