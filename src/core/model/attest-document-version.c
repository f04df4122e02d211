/* attest-document-version.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-document-version"

#include "config.h"

#include "attest-document-version.h"

/* An approved version of one of the ISMS's documents other than the
 * Statement of Applicability (which keeps its own soa-version kind): the
 * scope statement, the policy, the risk method, the treatment plan. Its number, who
 * approved it and when, and a snapshot of the document as approved (JSON,
 * the records' fields by record). See attest-isms-document.c. */

struct _AttestDocumentVersion
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestDocumentVersion, attest_document_version, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_document_version_class_init (AttestDocumentVersionClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("document", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, FLAGS), 5, NULL },
    { g_param_spec_string ("approved-by", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("approved-at", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_TIMESTAMP },
    { g_param_spec_string ("note", NULL, NULL, "", FLAGS), 5, NULL },
    { g_param_spec_string ("snapshot", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_SNAPSHOT },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "document-version", "document_version", 5, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_document_version_init (AttestDocumentVersion *self)
{
}
