/* attest-organisation-page.h: who runs the ISMS (clauses 4 and 5).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_ORGANISATION_PAGE (attest_organisation_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestOrganisationPage, attest_organisation_page, ATTEST, ORGANISATION_PAGE, AttestPage)

GtkWidget       *attest_organisation_page_new           (AttestWorkspace        *workspace);
GtkWidget       *attest_organisation_page_get_form      (AttestOrganisationPage *self);

G_END_DECLS
