/* attest-replace-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ATTEST_TYPE_REPLACE_DIALOG (attest_replace_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AttestReplaceDialog, attest_replace_dialog, ATTEST, REPLACE_DIALOG, AdwMessageDialog)

typedef void (*AttestReplaceFunc) (gpointer user_data);

AttestReplaceDialog *attest_replace_dialog_new (GtkWindow         *parent,
                                                const char        *path,
                                                const char        *what,
                                                AttestReplaceFunc  replace,
                                                gpointer           user_data,
                                                GDestroyNotify     destroy);

G_END_DECLS
