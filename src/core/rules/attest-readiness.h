/* attest-readiness.h: what is complete, and what is still missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestFinding:
 * @step: the step of the guided setup that fixes it ("organisation",
 *   "context", "parties", "scope", "method", "risks", "soa"), or for the
 *   rules beyond the setup the page that does ("treatment", "documents")
 * @clause: the clause it concerns, e.g. "4.1"
 * @severity: a blocker (an auditor would raise a nonconformity) or a warning
 * @record: (nullable): the record that lacks something
 * @field: (nullable): its field
 * @message: what is missing, a sentence for the user
 */
typedef struct
{
  char           *step;
  char           *clause;
  AttestSeverity  severity;
  AttestRecord   *record;
  char           *field;
  char           *message;
} AttestFinding;

AttestFinding *attest_finding_new             (const char      *step,
                                               const char      *clause,
                                               AttestSeverity   severity,
                                               AttestRecord    *record,
                                               const char      *field,
                                               const char      *message);
void       attest_finding_free                (AttestFinding   *finding);

GPtrArray *attest_readiness_check_step        (AttestWorkspace *workspace,
                                               const char      *step);
GPtrArray *attest_readiness_check_setup       (AttestWorkspace *workspace);
GPtrArray *attest_readiness_check             (AttestWorkspace *workspace);
guint      attest_readiness_count             (GPtrArray       *findings,
                                               AttestSeverity   severity);
int        attest_clause_compare              (const char      *a,
                                               const char      *b);
char      *attest_scope_draft_statement       (AttestWorkspace *workspace);

G_END_DECLS
