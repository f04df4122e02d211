/* attest-readiness-page.h: what an auditor would still find, clause by clause.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_READINESS_PAGE (attest_readiness_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestReadinessPage, attest_readiness_page, ATTEST, READINESS_PAGE, AttestPage)

void        attest_readiness_page_refresh         (AttestReadinessPage *self);
const char *attest_readiness_page_get_summary     (AttestReadinessPage *self);

G_END_DECLS
