/* attest-decision-dialog.h: the risk owner's decision on a risk after treatment (6.1.3 f).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_DECISION_DIALOG (attest_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AttestDecisionDialog, attest_decision_dialog, ATTEST, DECISION_DIALOG, AdwMessageDialog)

AttestDecisionDialog *attest_decision_dialog_new (GtkWindow       *parent,
                                                  AttestWorkspace *workspace,
                                                  AttestRecord    *risk);

G_END_DECLS
