/* attest-file-chooser.h: choosing workspace files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *attest_file_chooser_new      (GtkWindow            *parent,
                                                    GtkFileChooserAction  action,
                                                    const char           *title,
                                                    const char           *accept_label,
                                                    const char           *current_name);
char                 *attest_file_chooser_dup_path (GtkNativeDialog      *chooser,
                                                    int                   response);

GtkFileChooserNative *attest_file_chooser_new_for_pdf (GtkWindow  *parent,
                                                      const char *title,
                                                      const char *accept_label,
                                                      const char *current_name);

G_END_DECLS
