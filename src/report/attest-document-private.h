/* attest-document-private.h: what the PDF writer reads of a document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-document.h"

G_BEGIN_DECLS

const char *attest_document_get_title    (AttestDocument *doc);
const char *attest_document_get_author   (AttestDocument *doc);
const char *attest_document_get_subject  (AttestDocument *doc);
const char *attest_document_get_keywords (AttestDocument *doc);
const char *attest_document_get_creator  (AttestDocument *doc);
GDateTime  *attest_document_get_created  (AttestDocument *doc);

guint64     attest_pagination_get_layout_work (AttestPagination *pagination);
GPtrArray  *attest_document_dup_unbreakable   (AttestDocument   *doc);
const char *attest_document_get_language      (AttestDocument   *doc);
GPtrArray  *attest_document_dup_alt_texts     (AttestDocument   *doc);

G_END_DECLS
