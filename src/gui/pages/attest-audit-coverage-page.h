/* attest-audit-coverage-page.h: what the internal audits of the
 * programme's period cover, year by year (9.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AUDIT_COVERAGE_PAGE (attest_audit_coverage_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestAuditCoveragePage, attest_audit_coverage_page, ATTEST, AUDIT_COVERAGE_PAGE, AttestPage)

GtkWidget *attest_audit_coverage_page_new (AttestWorkspace *workspace);

G_END_DECLS
