/* test-conformance.c: the conformance corpus, tests/conformance/
 *
 * valid/ *.cls.xml must load and write back byte for byte; every file listed
 * in invalid/MANIFEST ("FILENAME CODE LINE") must fail with that
 * ClsContractError code and a message "FILE:LINE:…". The corpus is read at
 * run time: one test case per file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libcls/cls.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
  char *path;
  char *code_name;  /* as written in MANIFEST: DUPLICATE_ID */
  int code;         /* ClsContractError, or -1 if the name is unknown */
  int line;
} InvalidCase;

static void
invalid_case_free (gpointer data)
{
  InvalidCase *c = data;

  g_free (c->path);
  g_free (c->code_name);
  g_free (c);
}

static GBytes *
read_file_bytes (const char *path,
                 GError    **error)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static char *
describe_difference (GBytes *expected,
                     GBytes *actual)
{
  gsize elen, alen, i, line = 1, line_start = 0, e_end, a_end;
  const char *e = g_bytes_get_data (expected, &elen);
  const char *a = g_bytes_get_data (actual, &alen);

  for (i = 0; i < elen && i < alen && e[i] == a[i]; i++)
    if (e[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  if (i == elen && i == alen)
    return NULL;
  for (e_end = line_start; e_end < elen && e[e_end] != '\n'; e_end++)
    ;
  for (a_end = line_start; a_end < alen && a[a_end] != '\n'; a_end++)
    ;
  return g_strdup_printf ("first difference at line %" G_GSIZE_FORMAT
                          "\nexpected: %.*s\nwritten:  %.*s",
                          line,
                          (int) (e_end - line_start), e + line_start,
                          (int) (a_end - line_start), a + line_start);
}

/* MALFORMED → CLS_CONTRACT_ERROR_MALFORMED, through the enum's nick
 * ("malformed"), so that the test follows the public enumeration. */
static int
code_from_name (const char *name)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CLS_TYPE_CONTRACT_ERROR);
  g_autofree char *nick = g_ascii_strdown (name, -1);
  GEnumValue *value;
  char *p;

  for (p = nick; *p != '\0'; p++)
    if (*p == '_')
      *p = '-';
  value = g_enum_get_value_by_nick (klass, nick);
  return value != NULL ? value->value : -1;
}

static const char *
code_to_name (int code)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CLS_TYPE_CONTRACT_ERROR);
  GEnumValue *value = g_enum_get_value (klass, code);

  return value != NULL ? value->value_nick : "(unknown)";
}

static void
test_valid (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(ClsContract) reloaded = NULL;
  g_autoptr(GBytes) rewritten = NULL;
  g_autofree char *difference = NULL;

  original = read_file_bytes (path, &error);
  g_assert_no_error (error);

  contract = cls_loader_load_from_path (loader, path, &error);
  if (contract == NULL)
    {
      g_test_fail_printf ("%s should load, but: %s", path, error->message);
      return;
    }

  written = cls_contract_to_bytes (contract);
  if (written == NULL)
    {
      g_test_fail_printf ("%s: cls_contract_to_bytes() returned NULL", path);
      return;
    }
  difference = describe_difference (original, written);
  if (difference != NULL)
    {
      g_test_fail_printf ("%s does not round-trip byte-identically: %s", path, difference);
      return;
    }

  /* The same from memory, in trusted mode. */
  cls_loader_set_trusted (loader, TRUE);
  reloaded = cls_loader_load_from_bytes (loader, original, NULL, &error);
  if (reloaded == NULL)
    {
      g_test_fail_printf ("%s should load in trusted mode, but: %s", path, error->message);
      return;
    }
  rewritten = cls_contract_to_bytes (reloaded);
  g_free (difference);
  difference = describe_difference (original, rewritten);
  if (difference != NULL)
    g_test_fail_printf ("%s does not round-trip in trusted mode: %s", path, difference);
}

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ClsLoader) loader = cls_loader_new ();
  g_autoptr(ClsContract) contract = NULL;
  g_autofree char *expected_prefix = NULL;
  g_autofree char *expected_line = NULL;

  if (c->code < 0)
    {
      g_test_fail_printf ("MANIFEST names an unknown code %s for %s", c->code_name, c->path);
      return;
    }
  if (!g_file_test (c->path, G_FILE_TEST_EXISTS))
    {
      g_test_fail_printf ("MANIFEST lists %s, which does not exist", c->path);
      return;
    }

  contract = cls_loader_load_from_path (loader, c->path, &error);
  if (contract != NULL)
    {
      g_test_fail_printf ("%s loaded, but should fail with %s", c->path, c->code_name);
      return;
    }
  if (error == NULL)
    {
      g_test_fail_printf ("%s: no contract and no error", c->path);
      return;
    }
  if (error->domain != CLS_CONTRACT_ERROR || error->code != c->code)
    {
      g_test_fail_printf ("%s should fail with CLS_CONTRACT_ERROR %s, got %s %d (%s): %s",
                          c->path, c->code_name, g_quark_to_string (error->domain), error->code,
                          error->domain == CLS_CONTRACT_ERROR ? code_to_name (error->code) : "?",
                          error->message);
      return;
    }

  expected_prefix = g_strdup_printf ("%s:", c->path);
  if (!g_str_has_prefix (error->message, expected_prefix))
    {
      g_test_fail_printf ("%s: the message should start with the path: %s", c->path, error->message);
      return;
    }
  /* "FILE:LINE:COLUMN: …" (a ":LINE:" later in the text does not count). */
  expected_line = g_strdup_printf ("%s:%d:", c->path, c->line);
  if (!g_str_has_prefix (error->message, expected_line))
    {
      g_test_fail_printf ("%s: the message should say line %d: %s", c->path, c->line, error->message);
      return;
    }
  g_test_message ("%s", error->message);
}

static GPtrArray *
list_valid (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".cls.xml"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));
  return paths;
}

static GPtrArray *
read_manifest (const char *dir_path)
{
  g_autofree char *manifest = g_build_filename (dir_path, "MANIFEST", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (invalid_case_free);
  guint i;

  if (!g_file_get_contents (manifest, &contents, NULL, NULL))
    return cases;
  lines = g_strsplit (contents, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      char *line = g_strstrip (lines[i]);
      InvalidCase *c;
      guint j;

      if (line[0] == '\0' || line[0] == '#')
        continue;
      fields = g_strsplit_set (line, " \t", -1);
      for (j = 0; fields[j] != NULL; j++)
        if (fields[j][0] != '\0')
          g_ptr_array_add (words, fields[j]);
      if (words->len != 3)
        g_error ("MANIFEST line %u is not \"FILENAME CODE LINE\": %s", i + 1, line);
      c = g_new0 (InvalidCase, 1);
      c->path = g_build_filename (dir_path, words->pdata[0], NULL);
      c->code_name = g_strdup (words->pdata[1]);
      c->code = code_from_name (c->code_name);
      c->line = atoi (words->pdata[2]);
      if (c->line <= 0)
        g_error ("MANIFEST line %u has no valid line number: %s", i + 1, line);
      g_ptr_array_add (cases, c);
    }
  return cases;
}

/* Every invalid file is listed, so that none is silently skipped. */
static void
test_manifest_complete (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *) data;
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "conformance", "invalid", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      gboolean listed = FALSE;
      guint i;

      if (!g_str_has_suffix (name, ".cls.xml"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      for (i = 0; i < cases->len && !listed; i++)
        listed = g_str_equal (((InvalidCase *) cases->pdata[i])->path, path);
      if (!listed)
        g_test_fail_printf ("invalid/%s is not listed in invalid/MANIFEST", name);
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
test_corpus_present (gconstpointer data)
{
  const guint *counts = data;

  /* Guards against a wrong G_TEST_SRCDIR running no case at all. */
  g_assert_cmpuint (counts[0], >, 0);
  g_assert_cmpuint (counts[1], >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *valid_dir = NULL;
  g_autofree char *invalid_dir = NULL;
  g_autoptr(GPtrArray) valid = NULL;
  g_autoptr(GPtrArray) invalid = NULL;
  guint counts[2];
  guint i;

  g_test_init (&argc, &argv, NULL);

  valid_dir = g_test_build_filename (G_TEST_DIST, "conformance", "valid", NULL);
  invalid_dir = g_test_build_filename (G_TEST_DIST, "conformance", "invalid", NULL);

  valid = list_valid (valid_dir);
  g_ptr_array_sort (valid, compare_paths);
  for (i = 0; i < valid->len; i++)
    {
      g_autofree char *name = g_path_get_basename (valid->pdata[i]);
      g_autofree char *test_path = g_strdup_printf ("/cls/conformance/valid/%s", name);

      g_test_add_data_func (test_path, valid->pdata[i], test_valid);
    }

  invalid = read_manifest (invalid_dir);
  for (i = 0; i < invalid->len; i++)
    {
      InvalidCase *c = invalid->pdata[i];
      g_autofree char *name = g_path_get_basename (c->path);
      g_autofree char *test_path = g_strdup_printf ("/cls/conformance/invalid/%s", name);

      g_test_add_data_func (test_path, c, test_invalid);
    }

  counts[0] = valid->len;
  counts[1] = invalid->len;
  g_test_add_data_func ("/cls/conformance/corpus-present", counts, test_corpus_present);
  g_test_add_data_func ("/cls/conformance/manifest-complete", invalid, test_manifest_complete);

  return g_test_run ();
}
