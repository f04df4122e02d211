/* attest-export.h: the audit pack from the GUI: export as PDF, and print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"
#include "attest-audit-pack.h"

G_BEGIN_DECLS

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
