/* attest-audits-page.h: the internal audit programme, its audits and their
 * findings (9.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AUDITS_PAGE (attest_audits_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestAuditsPage, attest_audits_page, ATTEST, AUDITS_PAGE, AttestPage)

GtkWidget *attest_audits_page_new    (AttestWorkspace  *workspace);
void       attest_audits_page_select (AttestAuditsPage *self,
                                      AttestRecord     *record);

G_END_DECLS
