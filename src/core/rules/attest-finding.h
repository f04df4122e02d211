/* attest-finding.h: what a rule finds missing or wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-record.h"

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
void           attest_finding_free            (AttestFinding   *finding);

G_END_DECLS
