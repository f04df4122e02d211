/* attest-soa-page.h: the Statement of Applicability page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"
#include "widgets/attest-record-table.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SOA_PAGE (attest_soa_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestSoaPage, attest_soa_page, ATTEST, SOA_PAGE, AttestPage)

GtkWidget         *attest_soa_page_new            (AttestWorkspace *workspace);
AttestRecordTable *attest_soa_page_get_table      (AttestSoaPage   *self);
void               attest_soa_page_select         (AttestSoaPage   *self,
                                                   AttestRecord    *entry);
GtkWidget         *attest_soa_page_get_editor     (AttestSoaPage   *self);
GtkWidget         *attest_soa_page_get_problems   (AttestSoaPage   *self);
const char        *attest_soa_page_get_version_text (AttestSoaPage *self);

void               attest_soa_page_set_import_path_for_testing (const char *path);

G_END_DECLS
