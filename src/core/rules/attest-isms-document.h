/* attest-isms-document.h: the ISMS's approved documents and their versions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-store.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestIsmsDocumentChange:
 * @key: the record that changed: the control id for the Statement of
 *   Applicability (also as @control_id), the record id otherwise
 * @label: the record as a person names it
 * @field: the field, or %NULL when the whole record was added or removed
 * @old_value: as approved, or %NULL when the record was added since
 * @new_value: as it is now, or %NULL when the record was removed since
 *
 * One difference between an approved version of a document and the draft.
 */
typedef struct
{
  union
  {
    char *key;
    char *control_id;
  };
  char *label;
  char *field;
  char *old_value;
  char *new_value;
} AttestIsmsDocumentChange;

void                attest_isms_document_change_free     (AttestIsmsDocumentChange *change);

const char * const *attest_isms_documents                (void);
gboolean            attest_isms_document_is_known        (const char           *document);
const char         *attest_isms_document_get_identifier  (const char           *document);
const char         *attest_isms_document_get_title       (const char           *document);
gboolean            attest_isms_document_can_approve     (AttestWorkspace      *workspace,
                                                          const char           *document,
                                                          GError              **error);
AttestRecord       *attest_isms_document_approve         (AttestWorkspace      *workspace,
                                                     const char           *document,
                                                     const char           *approved_by,
                                                     const char           *note,
                                                     GError              **error);
AttestRecord       *attest_isms_document_get_approved    (AttestWorkspace      *workspace,
                                                     const char           *document);
GPtrArray          *attest_isms_document_dup_versions    (AttestWorkspace      *workspace,
                                                     const char           *document);
GPtrArray          *attest_isms_document_diff            (AttestWorkspace      *workspace,
                                                     const char           *document,
                                                     AttestRecord         *version,
                                                     GError              **error);
void                attest_isms_document_count_progress (AttestWorkspace      *workspace,
                                                         AttestRecord         *version,
                                                         guint                *done,
                                                         guint                *in_progress);
char               *attest_isms_document_dup_status      (AttestWorkspace      *workspace,
                                                     const char           *document);

/** ATTEST_PACK_IDENTIFIER: the audit pack's identifier in the document register */
#define ATTEST_PACK_IDENTIFIER "ISMS-PACK"

const char         *attest_isms_document_get_pack_title  (void);
GPtrArray          *attest_isms_document_dup_pack_versions (AttestWorkspace    *workspace,
                                                            GError            **error);
char               *attest_isms_document_dup_pack_version_text (guint                     number,
                                                                const AttestRecordedHead *version);
char               *attest_isms_document_dup_pack_status (AttestWorkspace      *workspace);

G_END_DECLS
