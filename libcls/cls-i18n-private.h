/* cls-i18n-private.h: translation of the library's messages (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every message a person reads (GError messages, warnings, review findings,
 * status labels) is marked here with _() or N_() and translated in the
 * libcls-1 domain (po/). A library must not call textdomain(): _() names
 * its domain, and the first translation binds it (once, thread-safely) to
 * the directory the catalogues are installed in, or to $CLS_LOCALEDIR when
 * it is set (the tests use the catalogues of the build tree).
 *
 * Translation happens where a message is built, on the error path only:
 * checks that pass never call gettext. Where a table or a helper needs a
 * message before it is used, mark it with N_() and pass it through _() at
 * the point of use.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binds the domain of libcls, once: bindtextdomain() and
 * bind_textdomain_codeset() (UTF-8, whatever the locale's charset). */
void _cls_i18n_init (void);

const char *_cls_gettext (const char *msgid) G_GNUC_FORMAT (1);
const char *_cls_pgettext (const char *msgctxtid,
                           gsize       msgidoffset) G_GNUC_FORMAT (1);
const char *_cls_ngettext (const char *msgid,
                           const char *msgid_plural,
                           gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

/* The usual names, as in <glib/gi18n-lib.h>, which must not be included
 * with this header. */
#define _(String) _cls_gettext (String)
#define N_(String) (String)
/* With a context, for short words that could mean several things. */
#define C_(Context, String) _cls_pgettext (Context "\004" String, sizeof (Context))
#define NC_(Context, String) (String)
/* Plurals: NG_("%u row", "%u rows", n) */
#define NG_(Singular, Plural, N) _cls_ngettext ((Singular), (Plural), (N))

G_END_DECLS
