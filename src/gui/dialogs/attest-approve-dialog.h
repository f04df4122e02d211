/* attest-approve-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_APPROVE_DIALOG (attest_approve_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AttestApproveDialog, attest_approve_dialog, ATTEST, APPROVE_DIALOG, AdwMessageDialog)

AttestApproveDialog *attest_approve_dialog_new (GtkWindow       *parent,
                                                AttestWorkspace *workspace,
                                                const char      *document);

G_END_DECLS
