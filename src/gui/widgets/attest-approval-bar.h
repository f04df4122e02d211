/* attest-approval-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_APPROVAL_BAR (attest_approval_bar_get_type ())

G_DECLARE_FINAL_TYPE (AttestApprovalBar, attest_approval_bar, ATTEST, APPROVAL_BAR, GtkWidget)

GtkWidget  *attest_approval_bar_new             (AttestWorkspace   *workspace,
                                                 const char        *document);
const char *attest_approval_bar_get_status_text (AttestApprovalBar *self);
void        attest_approval_bar_refresh         (AttestApprovalBar *self);

G_END_DECLS
