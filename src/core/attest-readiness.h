/* attest-readiness.h: what is complete, and what is still missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestFinding:
 * @step: the step of the guided setup that fixes it ("organisation",
 *   "context", "parties", "scope", "soa")
 * @clause: the clause it concerns, e.g. "4.1"
 * @record: (nullable): the record that lacks something
 * @field: (nullable): its field
 * @message: what is missing, a sentence for the user
 */
typedef struct
{
  char         *step;
  char         *clause;
  AttestRecord *record;
  char         *field;
  char         *message;
} AttestFinding;

AttestFinding *attest_finding_new             (const char      *step,
                                               const char      *clause,
                                               AttestRecord    *record,
                                               const char      *field,
                                               const char      *message);
void       attest_finding_free                (AttestFinding   *finding);

GPtrArray *attest_readiness_check_step        (AttestWorkspace *workspace,
                                               const char      *step);
GPtrArray *attest_readiness_check_setup       (AttestWorkspace *workspace);
char      *attest_scope_draft_statement       (AttestWorkspace *workspace);

G_END_DECLS
