/* attest-finding.h: what a rule finds missing or wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-record.h"

G_BEGIN_DECLS

/**
 * AttestRule:
 * @id: a stable name for scripts, such as "risk-no-treatment"
 * @title: (nullable): the rule in words, marked with N_() and translated
 *   when a finding is made, such as "Above the acceptance level, and no
 *   treatment chosen"
 *
 * One of the rules a finding comes from. Findings of one rule are counted
 * together (attest_readiness_summarise()), so that a rule that fires on a
 * thousand records reads as one line with its count.
 */
typedef struct
{
  const char *id;
  const char *title;
} AttestRule;

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
 * @rule: the id of the rule that found it (#AttestRule), "other" if none
 * @rule_title: the rule in words, translated
 */
typedef struct
{
  char           *step;
  char           *clause;
  AttestSeverity  severity;
  AttestRecord   *record;
  char           *field;
  char           *message;
  char           *rule;
  char           *rule_title;
} AttestFinding;

AttestFinding *attest_finding_new             (const AttestRule *rule,
                                               const char      *step,
                                               const char      *clause,
                                               AttestSeverity   severity,
                                               AttestRecord    *record,
                                               const char      *field,
                                               const char      *message);
void           attest_finding_free            (AttestFinding   *finding);

G_END_DECLS
