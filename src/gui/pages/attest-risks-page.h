/* attest-risks-page.h: the risk register with its heat maps (6.1.2, 8.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISKS_PAGE (attest_risks_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestRisksPage, attest_risks_page, ATTEST, RISKS_PAGE, AttestPage)

GtkWidget       *attest_risks_page_new           (AttestWorkspace *workspace);
gboolean         attest_risks_page_select        (AttestRisksPage *self,
                                                  AttestRecord    *risk);

G_END_DECLS
