/* cls-i18n.c: translation of the library's messages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libintl.h>

#include "cls-i18n-private.h"

static gpointer
bind_domain (gpointer data)
{
  /* For running uninstalled (the tests, `meson devenv`): the directory
   * holding fr/LC_MESSAGES/libcls-1.mo. */
  const char *dir = g_getenv ("CLS_LOCALEDIR");

  if (dir == NULL || *dir == '\0')
    dir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, dir);
  /* Messages go into GErrors and GObject properties: always UTF-8. */
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return NULL;
}

void
_cls_i18n_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, bind_domain, NULL);
}

const char *
_cls_gettext (const char *msgid)
{
  _cls_i18n_init ();
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_cls_pgettext (const char *msgctxtid,
               gsize       msgidoffset)
{
  _cls_i18n_init ();
  return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
}

const char *
_cls_ngettext (const char *msgid,
               const char *msgid_plural,
               gulong      n)
{
  _cls_i18n_init ();
  return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}
