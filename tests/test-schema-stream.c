/* test-schema-stream.c: schema validation node by node, foreign markup
 * skipped, errors at the line of their element
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libcls/cls.h>

#include <string.h>

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<contract xmlns=\"urn:libcls:contract:1\" xmlns:ext=\"urn:example:ext\" format=\"1\" id=\"s\">\n" \
  "  <title>Validation au fil de l'eau</title>\n" \
  "  <period start=\"2025-01-01\" end=\"2028-12-31\"/>\n"

static ClsContract *
load_string (const char  *xml,
             gboolean     trusted,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(ClsLoader) loader = cls_loader_new ();

  cls_loader_set_trusted (loader, trusted);
  return cls_loader_load_from_bytes (loader, bytes, NULL, error);
}

/* Loads `xml` (untrusted), expects `code` on `line`, and returns the
 * message for further checks. */
static char *
expect_error (const char       *xml,
              ClsContractError  code,
              guint             line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = load_string (xml, FALSE, &error);
  g_autofree char *prefix = g_strdup_printf ("<data>:%u:", line);

  g_assert_null (contract);
  g_assert_error (error, CLS_CONTRACT_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected an error on line %u, got: %s", line, error->message);
  return g_strdup (error->message);
}

/* Foreign elements anywhere they are allowed, deep inside measurements
 * included, and foreign attributes: the file validates and is written back
 * byte for byte (it is in canonical form). */
static const char foreign_everywhere[] =
  HEAD
  "  <territory>\n"
  "    <commune id=\"c-a\" ext:code=\"59001\">Commune A</commune>\n"
  "    <ext:map>\n"
  "      <ext:layer name=\"communes\">\n"
  "        <ext:source>IGN</ext:source>\n"
  "      </ext:layer>\n"
  "    </ext:map>\n"
  "  </territory>\n"
  "  <plan>\n"
  "    <node id=\"fa-1\" ext:colour=\"green\">\n"
  "      <title>Fiche</title>\n"
  "      <deliverables>\n"
  "        <deliverable id=\"d-1\">Un guide</deliverable>\n"
  "        <ext:deadline>\n"
  "          <ext:date>2026-06-30</ext:date>\n"
  "        </ext:deadline>\n"
  "      </deliverables>\n"
  "      <indicator id=\"fa1-n\" dimensions=\"commune\">\n"
  "        <title>Nombre de séances</title>\n"
  "        <target value=\"10\"/>\n"
  "        <measurement period=\"2025\" value=\"3\" ext:checked=\"true\">\n"
  "          <comment>Saisie</comment>\n"
  "          <breakdown dimension=\"commune\" key=\"c-a\" value=\"3\"/>\n"
  "          <ext:audit by=\"coordination\">\n"
  "            <ext:step n=\"1\">\n"
  "              <ext:who>\n"
  "                <ext:name>X</ext:name>\n"
  "              </ext:who>\n"
  "            </ext:step>\n"
  "          </ext:audit>\n"
  "        </measurement>\n"
  "        <measurement period=\"2026\" value=\"5\">\n"
  "          <ext:note>après</ext:note>\n"
  "        </measurement>\n"
  "        <ext:chart type=\"bar\"/>\n"
  "      </indicator>\n"
  "      <ext:tags>\n"
  "        <ext:tag>prévention</ext:tag>\n"
  "      </ext:tags>\n"
  "    </node>\n"
  "  </plan>\n"
  "  <ext:provenance>Tableur</ext:provenance>\n"
  "</contract>\n";

static void
test_foreign_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsContract) contract = load_string (foreign_everywhere, FALSE, &error);
  g_autoptr(GBytes) written = NULL;
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (contract);
  written = cls_contract_to_bytes (contract);
  data = g_bytes_get_data (written, &size);
  g_assert_cmpmem (data, size, foreign_everywhere, sizeof foreign_everywhere - 1);
}

/* The validator skips a foreign subtree and picks up after it: a defect
 * right after one is still found, at its line. */
static void
test_error_after_foreign (void)
{
  g_autofree char *message = NULL;

  /* A libcls child after a foreign one: foreign elements come last. */
  message = expect_error (HEAD
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <indicator id=\"fa1-n\">\n"
                          "        <measurement period=\"2025\" value=\"3\">\n"
                          "          <ext:audit>\n"
                          "            <ext:step><ext:who>X</ext:who></ext:step>\n"
                          "          </ext:audit>\n"
                          "          <comment>Trop tard</comment>\n"
                          "        </measurement>\n"
                          "      </indicator>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 13);
  g_assert_nonnull (strstr (message, "<comment>"));
  g_clear_pointer (&message, g_free);

  /* Out of order after a measurement holding a foreign subtree. */
  message = expect_error (HEAD
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <indicator id=\"fa1-n\">\n"
                          "        <measurement period=\"2025\" value=\"3\">\n"
                          "          <ext:audit><ext:step/></ext:audit>\n"
                          "        </measurement>\n"
                          "        <target value=\"10\"/>\n"
                          "      </indicator>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 12);
  g_assert_nonnull (strstr (message, "<target>"));
  g_clear_pointer (&message, g_free);

  /* A foreign element where the grammar allows none: in a text-only
   * element. */
  message = expect_error (HEAD
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <description>Texte\n"
                          "        <ext:b>gras</ext:b>\n"
                          "      </description>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 9);
  g_assert_nonnull (strstr (message, "<ext:b>"));
  g_clear_pointer (&message, g_free);

  /* <deliverables> is validated whole: the same rules hold there, and the
   * error is at the foreign element's line. */
  message = expect_error (HEAD
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <deliverables none=\"true\">\n"
                          "        Aucun\n"
                          "        <ext:why>budget</ext:why>\n"
                          "      </deliverables>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 10);
  g_assert_null (strstr (message, "foreign-element"));
}

/* Content-model errors point at the element at fault. */
static void
test_error_lines (void)
{
  g_autofree char *message = NULL;
  GString *far = NULL;
  guint line;
  gsize i;

  /* Out of order: <organisations> comes before <territory>. */
  message = expect_error (HEAD
                          "  <territory>\n"
                          "    <commune id=\"c-a\">A</commune>\n"
                          "  </territory>\n"
                          "  <organisations>\n"
                          "    <organisation id=\"ars\"><name>ARS</name></organisation>\n"
                          "  </organisations>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 8);
  g_assert_nonnull (strstr (message, "<organisations>"));
  g_clear_pointer (&message, g_free);

  /* A required child missing: the element that lacks it. */
  message = expect_error (HEAD
                          "  <scales>\n"
                          "    <scale id=\"sat\">\n"
                          "      <name>Satisfaction</name>\n"
                          "    </scale>\n"
                          "  </scales>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 6);
  g_assert_nonnull (strstr (message, "<scale>"));
  g_clear_pointer (&message, g_free);

  /* Text where the grammar allows none. */
  message = expect_error (HEAD
                          "  <territory>\n"
                          "    <commune id=\"c-a\">A</commune>\n"
                          "  </territory>\n"
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <indicator id=\"fa1-n\">\n"
                          "        <measurement period=\"2025\" value=\"3\">\n"
                          "          <breakdown dimension=\"commune\" key=\"c-a\" value=\"3\">trois</breakdown>\n"
                          "        </measurement>\n"
                          "      </indicator>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_SCHEMA, 13);
  g_assert_nonnull (strstr (message, "<breakdown>"));
  g_clear_pointer (&message, g_free);

  /* Past line 65535, where libxml2 no longer keeps an element's line. */
  far = g_string_new (HEAD "  <plan>\n    <node id=\"fa-1\">\n      <title>Fiche</title>\n");
  g_string_append (far, "      <indicator id=\"fa1-n\">\n        <measurement period=\"2025\" value=\"3\"/>\n");
  for (i = 0; i < 70000; i++)  /* cheap to parse */
    g_string_append (far, "        <!-- - -->\n");
  for (i = 0, line = 1; i < far->len; i++)
    line += far->str[i] == '\n';
  g_assert_cmpuint (line, >, 65535);
  g_string_append (far, "        <target value=\"10\"/>\n      </indicator>\n    </node>\n  </plan>\n</contract>\n");
  g_free (expect_error (far->str, CLS_CONTRACT_ERROR_SCHEMA, line));
  g_string_free (far, TRUE);
}

/* Errors in a measurement's children point at the child. */
static void
test_measurement_child_lines (void)
{
  g_autofree char *message = NULL;

  message = expect_error (HEAD
                          "  <territory>\n"
                          "    <commune id=\"c-a\">A</commune>\n"
                          "  </territory>\n"
                          "  <plan>\n"
                          "    <node id=\"fa-1\">\n"
                          "      <title>Fiche</title>\n"
                          "      <indicator id=\"fa1-n\" dimensions=\"commune\">\n"
                          "        <title>Séances</title>\n"
                          "        <measurement period=\"2026\" value=\"3\">\n"
                          "          <breakdown dimension=\"commune\" key=\"c-a\" value=\"1\"/>\n"
                          "        </measurement>\n"
                          "        <measurement period=\"2025\" value=\"3\">\n"
                          "          <breakdown dimension=\"commune\" key=\"c-a\" value=\"1\"/>\n"
                          "          <breakdown dimension=\"commune\" key=\"c-z\" value=\"2\"/>\n"
                          "        </measurement>\n"
                          "      </indicator>\n"
                          "    </node>\n"
                          "  </plan>\n"
                          "</contract>\n",
                          CLS_CONTRACT_ERROR_UNKNOWN_REFERENCE, 18);
  g_assert_nonnull (strstr (message, "c-z"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cls/schema-stream/foreign-round-trip", test_foreign_round_trip);
  g_test_add_func ("/cls/schema-stream/error-after-foreign", test_error_after_foreign);
  g_test_add_func ("/cls/schema-stream/error-lines", test_error_lines);
  g_test_add_func ("/cls/schema-stream/measurement-child-lines", test_measurement_child_lines);

  return g_test_run ();
}
