/* attest-export-dialog.h: which sections, paper and label the audit pack has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-audit-pack.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_EXPORT_DIALOG (attest_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AttestExportDialog, attest_export_dialog, ATTEST, EXPORT_DIALOG, AdwMessageDialog)

AttestExportDialog *attest_export_dialog_new          (GtkWindow          *parent,
                                                       AttestWorkspace    *workspace);
void                attest_export_dialog_read_options (AttestExportDialog *self,
                                                       AttestPackOptions  *options);

G_END_DECLS
