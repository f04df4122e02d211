/* attest-auditing.h: the internal audit programme, its coverage, and the
 * impartiality of its auditors (9.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-audit.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestCoverageState:
 * @ATTEST_COVERAGE_NONE: no audit of the period covers it
 * @ATTEST_COVERAGE_PLANNED: an audit that covers it is planned, not held yet
 * @ATTEST_COVERAGE_AUDITED: an audit that covers it was held
 *
 * What the audits of one year of the programme did for one clause or control.
 */
typedef enum
{
  ATTEST_COVERAGE_NONE,
  ATTEST_COVERAGE_PLANNED,
  ATTEST_COVERAGE_AUDITED,
} AttestCoverageState;

/**
 * AttestCoverageRow:
 * @requirement: the clause ("4.1") or Annex A control ("A.5.15")
 * @title: its title, a clause's in the thread's language
 * @is_control: whether it is an Annex A control
 * @applicable: %FALSE for a control the SoA excludes
 * @cells: (array): one state per year of the coverage
 * @last_held: (nullable): the last day an audit that covers it was held
 *   within the period
 *
 * One row of the coverage grid.
 */
typedef struct
{
  char                *requirement;
  char                *title;
  gboolean             is_control;
  gboolean             applicable;
  AttestCoverageState *cells;
  char                *last_held;
} AttestCoverageRow;

/**
 * AttestCoverage:
 * @first_year: the programme period's first year
 * @n_years: how many years the grid shows (at most ten)
 * @period_start: (nullable): the period's first day, when the programme says
 * @period_end: (nullable): its last day
 * @rows: (element-type AttestCoverageRow): clauses 4.1 to 10.2, then the 93
 *   controls
 * @n_clause_gaps: clauses no audit of the period covers, held or planned
 * @n_control_gaps: applicable controls no audit of the period covers
 *
 * What the audits of the programme's period covered, year by year.
 */
typedef struct
{
  int        first_year;
  guint      n_years;
  char      *period_start;
  char      *period_end;
  GPtrArray *rows;
  guint      n_clause_gaps;
  guint      n_control_gaps;
} AttestCoverage;

/**
 * AttestAuditConflict:
 * @auditor: the person who audits
 * @record: a record they own, or a role of theirs owns, in the audited area
 * @area: the clause or control of the audit it falls under
 *
 * An auditor who would audit their own work.
 */
typedef struct
{
  AttestRecord *auditor;
  AttestRecord *record;
  char         *area;
} AttestAuditConflict;

#define ATTEST_AUDIT_COVERAGE_MAX_YEARS 10

AttestCoverage *attest_audit_coverage_new      (AttestWorkspace *workspace);
void            attest_audit_coverage_free     (AttestCoverage  *coverage);
char           *attest_audit_coverage_dup_gaps (AttestCoverage  *coverage,
                                                guint            max);

gboolean        attest_requirement_covers      (const char      *audited,
                                                const char      *area);
GPtrArray      *attest_audit_dup_covered       (AttestWorkspace *workspace,
                                                AttestRecord    *audit);
GPtrArray      *attest_audit_dup_auditors      (AttestWorkspace *workspace,
                                                AttestRecord    *audit);
GPtrArray      *attest_audit_dup_findings      (AttestWorkspace *workspace,
                                                AttestRecord    *audit);
GArray         *attest_audit_dup_conflicts     (AttestWorkspace *workspace,
                                                AttestRecord    *audit);
GHashTable     *attest_audits_dup_conflicts    (AttestWorkspace *workspace);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestCoverage, attest_audit_coverage_free)

G_END_DECLS
