/* attest-documents-page.h: the document register (7.5).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATTEST_TYPE_DOCUMENTS_PAGE (attest_documents_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestDocumentsPage, attest_documents_page, ATTEST, DOCUMENTS_PAGE, GtkBox)

G_END_DECLS
