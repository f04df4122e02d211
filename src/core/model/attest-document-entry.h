/* attest-document-entry.h: an entry of the document register.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_DOCUMENT_ENTRY (attest_document_entry_get_type ())

G_DECLARE_FINAL_TYPE (AttestDocumentEntry, attest_document_entry, ATTEST, DOCUMENT_ENTRY, AttestRecord)

G_END_DECLS
