/* attest-document-version.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_DOCUMENT_VERSION (attest_document_version_get_type ())

G_DECLARE_FINAL_TYPE (AttestDocumentVersion, attest_document_version, ATTEST, DOCUMENT_VERSION, AttestRecord)

G_END_DECLS
