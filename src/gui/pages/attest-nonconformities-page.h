/* attest-nonconformities-page.h: nonconformities and their corrective
 * actions (10.2), taken through their steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_NONCONFORMITIES_PAGE (attest_nonconformities_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestNonconformitiesPage, attest_nonconformities_page, ATTEST, NONCONFORMITIES_PAGE,
                      AttestPage)

GtkWidget *attest_nonconformities_page_new    (AttestWorkspace           *workspace);
void       attest_nonconformities_page_select (AttestNonconformitiesPage *self,
                                               AttestRecord              *record);

G_END_DECLS
