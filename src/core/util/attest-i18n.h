/* attest-i18n.h: the language core and report texts are written in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Core and report include this instead of <glib/gi18n-lib.h>. Their texts
 * are in the language of the interface, unless a thread has chosen another
 * with attest_i18n_set_language(): an audit pack can be written in German
 * from an English interface, or in English from a German one, in the
 * background while the interface goes on in its own language.
 */

#pragma once

#include <string.h>

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

void        attest_i18n_init            (void);
GStrv       attest_i18n_dup_languages   (void);
gboolean    attest_i18n_has_language    (const char *language);
void        attest_i18n_set_language    (const char *language);
const char *attest_i18n_get_language    (void);
char       *attest_i18n_format_date     (GDateTime  *date);
char       *attest_i18n_format_date_short (GDateTime *date);
char       *attest_i18n_format_month      (GDateTime *date);
char       *attest_i18n_format_stored_date (const char *stored);

const char *attest_gettext              (const char *msgid) G_GNUC_FORMAT (1);
const char *attest_ngettext             (const char *msgid,
                                         const char *msgid_plural,
                                         gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);
const char *attest_pgettext             (const char *msgctxtid,
                                         gsize       msgidoffset) G_GNUC_FORMAT (1);
const char *attest_pgettext2            (const char *context,
                                         const char *msgid) G_GNUC_FORMAT (2);

/* The translation macros of <glib/gi18n-lib.h>, through the chosen
 * language. g_dngettext() keeps its name so that xgettext finds the
 * strings with its usual keywords. */
#undef _
#define _(String) ((char *) attest_gettext (String))
#undef C_
#define C_(Context, String) attest_pgettext (Context "\004" String, strlen (Context) + 1)
#define g_dngettext(Domain, Msgid, MsgidPlural, N) attest_ngettext ((Msgid), (MsgidPlural), (N))

G_END_DECLS
