/* attest-register-page.h: a sidebar page that lists one kind of record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_REGISTER_PAGE (attest_register_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestRegisterPage, attest_register_page, ATTEST, REGISTER_PAGE, AttestPage)

GtkWidget       *attest_register_page_new           (AttestWorkspace    *workspace,
                                                     const char         *kind);
const char      *attest_register_page_get_kind      (AttestRegisterPage *self);
gboolean         attest_register_page_select        (AttestRegisterPage *self,
                                                     AttestRecord       *record);
void             attest_write_policy_draft          (GtkWidget          *widget,
                                                     AttestWorkspace    *workspace);

G_END_DECLS
