/* attest-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-evidence"

#include "config.h"

#include "attest-evidence.h"

/* A reference to evidence that a control is implemented: what it is, where
 * it is kept (a path, a URL, a shelf), and its date. It belongs to one SoA
 * entry. Attest keeps the reference, not the document. */

struct _AttestEvidence
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestEvidence, attest_evidence, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_evidence_class_init (AttestEvidenceClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("soa-entry-id", NULL, NULL, "", FLAGS), 3, "soa-entry" },
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("location", NULL, NULL, "", FLAGS), 3, NULL },
    { g_param_spec_string ("date", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "evidence", "evidence", 3, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_evidence_init (AttestEvidence *self)
{
}
