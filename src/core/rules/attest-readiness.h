/* attest-readiness.h: what is complete, and what is still missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-finding.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

GPtrArray *attest_readiness_check_step        (AttestWorkspace *workspace,
                                               const char      *step);
GPtrArray *attest_readiness_check_setup       (AttestWorkspace *workspace);
GPtrArray *attest_readiness_check             (AttestWorkspace *workspace);

/**
 * AttestReadinessDiffFunc:
 * @document: an ISMS document's name ("scope", "soa", ...)
 * @version: its newest approved version
 * @user_data: the data given with the function
 *
 * What attest_isms_document_diff() returns for @document and @version, for
 * a caller that has computed it already (the audit pack).
 *
 * Returns: (transfer full) (nullable): the changes, or %NULL when the
 *   snapshot cannot be read
 */
typedef GPtrArray *(*AttestReadinessDiffFunc) (const char   *document,
                                               AttestRecord *version,
                                               gpointer      user_data);

GPtrArray *attest_readiness_check_full        (AttestWorkspace         *workspace,
                                               AttestReadinessDiffFunc  diff,
                                               gpointer                 user_data);
guint      attest_readiness_count             (GPtrArray       *findings,
                                               AttestSeverity   severity);
guint      attest_readiness_count_records     (GPtrArray       *findings);

/**
 * AttestRuleCount:
 * @rule: the rule's id (#AttestRule)
 * @title: the rule in words
 * @clauses: the clauses its findings name, in clause order, ", " between
 * @severity: the severity of the findings counted
 * @records: how many records they concern (a finding about no one record
 *   counts as one)
 * @findings: how many findings
 *
 * How often one rule fires with one severity.
 */
typedef struct
{
  char           *rule;
  char           *title;
  char           *clauses;
  AttestSeverity  severity;
  guint           records;
  guint           findings;
} AttestRuleCount;

GPtrArray *attest_readiness_summarise         (GPtrArray       *findings);
GPtrArray *attest_readiness_dup_staff_groups  (AttestWorkspace *workspace);
gboolean  *attest_readiness_sample            (GPtrArray       *findings,
                                               guint            limit,
                                               guint           *n_shown);
void       attest_rule_count_free             (AttestRuleCount *count);
int        attest_clause_compare              (const char      *a,
                                               const char      *b);

G_END_DECLS
