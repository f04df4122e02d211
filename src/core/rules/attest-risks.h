/* attest-risks.h: risk assessment and treatment over the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-colour.h"
#include "attest-risk-method.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestOwnerApproval:
 * @owner: a risk owner, as the first of their risks writes the name
 * @risks: (element-type AttestRecord): their risks in the treatment plan
 * @decisions: (element-type AttestRecord): the decisions they recorded on
 *   them (risk acceptances), by risk in register order, then oldest first
 * @plan_approval: (nullable): their newest approval of the treatment plan
 *   (a plan-approval), of a draft or of an approved version
 * @version: the number of the version @plan_approval approved, or, for a
 *   draft, of the version that draft was to become; 0 without an approval
 * @draft: whether @plan_approval approved a draft (before top management
 *   approved that version)
 * @current: whether @plan_approval still covers the owner's risks in the
 *   plan as they stand (the same risks, titles, treatments and targets)
 *
 * A risk owner's part in approving the treatment plan (6.1.3 f): the owner
 * approves the plan for their risks, usually as a draft before top
 * management approves the version; the approval stands for as long as
 * their risks in it are as they approved them.
 */
typedef struct
{
  char         *owner;
  GPtrArray    *risks;
  GPtrArray    *decisions;
  AttestRecord *plan_approval;
  int           version;
  gboolean      draft;
  gboolean      current;
} AttestOwnerApproval;

AttestRecord *attest_risks_get_method         (AttestWorkspace *workspace);
GStrv         attest_risks_dup_scale          (AttestWorkspace *workspace,
                                               AttestRecord    *record,
                                               const char      *field);
void          attest_risk_get_ratings         (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               gboolean         residual,
                                               int             *likelihood,
                                               int             *impact);
gboolean      attest_risk_treatment_is_done   (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
void          attest_risk_get_current_ratings (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               int             *likelihood,
                                               int             *impact);
int           attest_risk_current_level       (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
GArray       *attest_risks_heat_counts        (AttestWorkspace *workspace,
                                               gboolean         residual,
                                               guint           *n_likelihood,
                                               guint           *n_impact);
int           attest_risk_level               (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               gboolean         residual);
GArray       *attest_risks_levels             (AttestWorkspace *workspace);
guint         attest_risks_count_changed      (AttestWorkspace *workspace,
                                               GArray          *before);
AttestRecord *attest_risk_get_acceptance      (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
gboolean      attest_risk_acceptance_is_outdated (AttestWorkspace *workspace,
                                                  AttestRecord    *acceptance);
char         *attest_risk_acceptance_dup_pending (AttestWorkspace *workspace,
                                                  AttestRecord    *acceptance);
AttestRecord *attest_risk_accept              (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               const char      *accepted_by,
                                               int              decision,
                                               const char      *note,
                                               GError         **error);
AttestRecord *attest_risk_accept_full         (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               const char      *accepted_by,
                                               const char      *authority,
                                               int              decision,
                                               const char      *note,
                                               GError         **error);
int           attest_risk_accepted_level      (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
gboolean      attest_risk_needs_authority     (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
GPtrArray    *attest_risk_check               (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
GPtrArray    *attest_treatment_action_check   (AttestWorkspace *workspace,
                                               AttestRecord    *action);
GPtrArray    *attest_risks_check_method       (AttestWorkspace *workspace);
AttestRecord *attest_risks_approve_plan          (AttestWorkspace *workspace,
                                                  const char      *owner,
                                                  const char      *note,
                                                  GError         **error);
GPtrArray    *attest_risks_dup_owner_approvals   (AttestWorkspace *workspace);
GPtrArray    *attest_risks_check_owner_approvals (AttestWorkspace *workspace);
GPtrArray    *attest_risks_check_actions_after_target (AttestWorkspace *workspace);
GPtrArray    *attest_risks_check              (AttestWorkspace *workspace);

G_END_DECLS
