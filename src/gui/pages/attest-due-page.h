/* attest-due-page.h: what is due, everything with a date in the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_DUE_PAGE (attest_due_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestDuePage, attest_due_page, ATTEST, DUE_PAGE, AttestPage)

GtkWidget *attest_due_page_new                         (AttestWorkspace *workspace);
guint      attest_due_page_get_overdue                 (AttestDuePage   *self);
void       attest_due_page_set_export_path_for_testing (const char      *path);

G_END_DECLS
