/* attest-csv-import-dialog.h: a Statement of Applicability spreadsheet,
 * previewed before it is imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_CSV_IMPORT_DIALOG (attest_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (AttestCsvImportDialog, attest_csv_import_dialog, ATTEST, CSV_IMPORT_DIALOG, AdwWindow)

GtkWidget *attest_csv_import_dialog_new (GtkWidget        *owner,
                                         AttestWorkspace  *workspace,
                                         const char       *file_name,
                                         GBytes           *data,
                                         GError          **error);

G_END_DECLS
