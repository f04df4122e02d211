/* attest-export.h: the audit pack from the GUI: export as PDF, and print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"
#include "attest-audit-pack.h"

G_BEGIN_DECLS

/**
 * AttestExportWriteFunc:
 * @path: the file to write
 * @flags: %ATTEST_OUTPUT_FORCE once the user has said to replace the file
 * @user_data: what to write
 * @error: return location for a #GError
 *
 * Writes an export, refusing with %ATTEST_ERROR_IS_WORKSPACE to replace a
 * workspace unless forced (attest_output_write_file() does).
 */
typedef gboolean (*AttestExportWriteFunc) (const char        *path,
                                           AttestOutputFlags  flags,
                                           gpointer           user_data,
                                           GError           **error);

char                    *attest_export_dup_organisation  (AttestWorkspace         *workspace);
void                     attest_export_write             (GtkWidget               *widget,
                                                          const char              *path,
                                                          const char              *what,
                                                          AttestExportWriteFunc    write,
                                                          gpointer                 user_data,
                                                          GDestroyNotify           destroy);

GtkWidget               *attest_export_audit_pack_dialog (GtkWindow               *parent,
                                                          AttestWorkspace         *workspace);
gboolean                 attest_export_dialog_get_options (GtkWidget              *dialog,
                                                          AttestPackOptions      *options);
GtkWidget               *attest_export_audit_pack        (GtkWindow               *parent,
                                                          AttestWorkspace         *workspace,
                                                          const AttestPackOptions *options,
                                                          const char              *path);
GtkPrintOperationResult  attest_print_audit_pack         (GtkWindow               *parent,
                                                          AttestWorkspace         *workspace,
                                                          GtkPrintOperationAction  action,
                                                          const char              *export_filename,
                                                          GError                 **error);

G_END_DECLS
