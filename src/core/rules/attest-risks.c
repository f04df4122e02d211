/* attest-risks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risks"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-asset.h"
#include "attest-finding.h"
#include "attest-history.h"
#include "attest-isms-document.h"
#include "attest-labels.h"
#include "attest-organisation.h"
#include "attest-plan-approval.h"
#include "attest-risk.h"
#include "attest-risk-acceptance.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-soa-entry.h"
#include "attest-treatment-action.h"

/* Risk assessment and treatment over the workspace. Levels are computed
 * from the method (attest_risk_method_level()) whenever they are needed and
 * never stored. */

/**
 * attest_risks_get_method:
 * @workspace: a workspace
 *
 * Returns: (transfer none) (nullable): the workspace's risk method
 */
AttestRecord *
attest_risks_get_method (AttestWorkspace *workspace)
{
  return attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
}

/**
 * attest_risks_dup_scale:
 * @workspace: a workspace
 * @record: a risk or an asset
 * @field: one of its rating fields
 *
 * The names of the steps a rating field can take, after the method's
 * scales: likelihoods by the likelihood scale, impacts and the value of an
 * asset by the impact scale. The first name is for 0, not yet rated.
 * The method's acceptance and escalation levels are chosen among its risk
 * levels, from 0.
 *
 * Returns: (transfer full) (nullable): the names, from 0 up, or %NULL when
 *   @field is not rated on a scale of the method
 */
GStrv
attest_risks_dup_scale (AttestWorkspace *workspace,
                        AttestRecord    *record,
                        const char      *field)
{
  static const char * const likelihoods[] = { "likelihood", "residual-likelihood", NULL };
  static const char * const impacts[] = { "impact", "residual-impact", NULL };
  static const char * const values[] = { "confidentiality", "integrity", "availability", NULL };
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *scale;

  if (ATTEST_IS_RISK_METHOD (record) && (g_str_equal (field, "acceptance-level") || g_str_equal (field, "escalation-level")))
    return g_strdupv ((char **) attest_record_get_strv (record, "levels"));
  if (ATTEST_IS_RISK (record) && g_strv_contains (likelihoods, field))
    scale = "likelihood-scale";
  else if ((ATTEST_IS_RISK (record) && g_strv_contains (impacts, field))
           || (ATTEST_IS_ASSET (record) && g_strv_contains (values, field)))
    scale = "impact-scale";
  else
    return NULL;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, ATTEST_IS_ASSET (record) ? _("Not rated") : _("Not assessed"));
  if (method != NULL)
    {
      const char * const *names = attest_record_get_strv (method, scale);

      for (guint i = 0; names[i] != NULL; i++)
        {
          g_autofree char *name = g_strdup_printf ("%u · %s", i + 1, names[i]);
          g_strv_builder_add (builder, name);
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * attest_risk_get_ratings:
 * @workspace: a workspace
 * @risk: a risk
 * @residual: the ratings after treatment rather than before
 * @likelihood: (out): the likelihood, 0 if not assessed
 * @impact: (out): the impact, 0 if not assessed
 *
 * The ratings a risk's level is computed from. A risk not yet rated after
 * treatment stands where it stood before.
 */
void
attest_risk_get_ratings (AttestWorkspace *workspace,
                         AttestRecord    *risk,
                         gboolean         residual,
                         int             *likelihood,
                         int             *impact)
{
  if (residual)
    {
      g_object_get (risk, "residual-likelihood", likelihood, "residual-impact", impact, NULL);
      if (*likelihood > 0 && *impact > 0)
        return;
    }
  g_object_get (risk, "likelihood", likelihood, "impact", impact, NULL);
}

/**
 * attest_risk_treatment_is_done:
 * @workspace: a workspace
 * @risk: a risk
 *
 * Whether the treatment planned for @risk is carried out: every action of
 * the treatment plan for it is Done, or it has none and is retained as it
 * is. A risk to be modified, avoided or shared without an action has not
 * been treated yet.
 *
 * Returns: %TRUE if the risk stands at its target residual rating now
 */
gboolean
attest_risk_treatment_is_done (AttestWorkspace *workspace,
                               AttestRecord    *risk)
{
  GPtrArray *actions = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                                        attest_record_get_id (risk));

  for (guint i = 0; i < actions->len; i++)
    if (attest_record_get_enum (g_ptr_array_index (actions, i), "status") != ATTEST_ACTION_STATUS_DONE)
      return FALSE;
  return actions->len > 0 || attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_RETAIN;
}

/**
 * attest_risk_get_current_ratings:
 * @workspace: a workspace
 * @risk: a risk
 * @likelihood: (out): the likelihood, 0 if not assessed
 * @impact: (out): the impact, 0 if not assessed
 *
 * The ratings a risk stands at now. The residual ratings a risk stores are
 * its target, where the planned treatment brings it, used to approve the
 * plan; the risk reaches them once its treatment is done
 * (attest_risk_treatment_is_done()), and until then stands at its ratings
 * before treatment. Acceptance is judged on these.
 */
void
attest_risk_get_current_ratings (AttestWorkspace *workspace,
                                 AttestRecord    *risk,
                                 int             *likelihood,
                                 int             *impact)
{
  attest_risk_get_ratings (workspace, risk, attest_risk_treatment_is_done (workspace, risk), likelihood, impact);
}

/**
 * attest_risk_current_level:
 * @workspace: a workspace
 * @risk: a risk
 *
 * Returns: the level of the ratings @risk stands at now
 *   (attest_risk_get_current_ratings()), as attest_risk_method_level() says
 */
int
attest_risk_current_level (AttestWorkspace *workspace,
                           AttestRecord    *risk)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  int likelihood, impact;

  if (method == NULL)
    return ATTEST_RISK_NOT_ASSESSED;
  attest_risk_get_current_ratings (workspace, risk, &likelihood, &impact);
  return attest_risk_method_level (method, likelihood, impact);
}

/* Whether an action for @risk that is not done is past its due date. */
static gboolean
treatment_is_overdue (AttestWorkspace *workspace,
                      AttestRecord    *risk)
{
  GPtrArray *actions = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                                        attest_record_get_id (risk));
  g_autofree char *today = attest_date_dup_today ();

  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      const char *due = attest_record_get_string (action, "due-date");

      if (attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE
          && *due != '\0' && strcmp (due, today) < 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * attest_risks_heat_counts:
 * @workspace: a workspace
 * @residual: count by the ratings after treatment
 * @n_likelihood: (out): the steps of the likelihood scale
 * @n_impact: (out): the steps of the impact scale
 *
 * How many risks stand in each cell of the method's grid: the count of
 * likelihood l and impact i (both from 1) is at (l - 1) * n_impact + i - 1.
 * Risks not assessed or beyond the scales are not counted.
 *
 * Returns: (transfer full) (element-type guint): the counts
 */
GArray *
attest_risks_heat_counts (AttestWorkspace *workspace,
                          gboolean         residual,
                          guint           *n_likelihood,
                          guint           *n_impact)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GArray *counts;

  *n_likelihood = method ? attest_record_get_strv_length (method, "likelihood-scale") : 0;
  *n_impact = method ? attest_record_get_strv_length (method, "impact-scale") : 0;
  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), *n_likelihood * *n_impact);
  g_array_set_size (counts, *n_likelihood * *n_impact);
  for (guint k = 0; k < g_list_model_get_n_items (risks); k++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, k);
      int likelihood, impact;

      attest_risk_get_ratings (workspace, risk, residual, &likelihood, &impact);
      if (likelihood >= 1 && impact >= 1 && (guint) likelihood <= *n_likelihood && (guint) impact <= *n_impact)
        g_array_index (counts, guint, (likelihood - 1) * *n_impact + impact - 1)++;
    }
  return counts;
}

/**
 * attest_risk_level:
 * @workspace: a workspace
 * @risk: a risk
 * @residual: the level after treatment rather than before
 *
 * The residual level of a risk not yet assessed after treatment is its
 * inherent level.
 *
 * Returns: the level, as attest_risk_method_level() says
 */
int
attest_risk_level (AttestWorkspace *workspace,
                   AttestRecord    *risk,
                   gboolean         residual)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  int likelihood, impact;

  if (method == NULL)
    return ATTEST_RISK_NOT_ASSESSED;
  attest_risk_get_ratings (workspace, risk, residual, &likelihood, &impact);
  return attest_risk_method_level (method, likelihood, impact);
}

/**
 * attest_risks_levels:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type int): every risk's inherent and
 *   residual level, in register order, to compare after a method change
 */
GArray *
attest_risks_levels (AttestWorkspace *workspace)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GArray *levels = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      int inherent = attest_risk_level (workspace, risk, FALSE);
      int residual = attest_risk_level (workspace, risk, TRUE);

      g_array_append_val (levels, inherent);
      g_array_append_val (levels, residual);
    }
  return levels;
}

/**
 * attest_risks_count_changed:
 * @workspace: a workspace whose method was changed
 * @before: what attest_risks_levels() said before the change
 *
 * Returns: how many risks have another inherent or residual level now
 */
guint
attest_risks_count_changed (AttestWorkspace *workspace,
                            GArray          *before)
{
  g_autoptr(GArray) after = attest_risks_levels (workspace);
  guint changed = 0;

  for (guint i = 0; i + 1 < after->len && i + 1 < before->len; i += 2)
    changed += g_array_index (after, int, i) != g_array_index (before, int, i)
               || g_array_index (after, int, i + 1) != g_array_index (before, int, i + 1);
  return changed;
}

/**
 * attest_risk_get_acceptance:
 * @workspace: a workspace
 * @risk: a risk
 *
 * Returns: (transfer none) (nullable): the newest decision on the risk
 */
AttestRecord *
attest_risk_get_acceptance (AttestWorkspace *workspace,
                            AttestRecord    *risk)
{
  GPtrArray *acceptances = attest_workspace_get_records_by (workspace, ATTEST_TYPE_RISK_ACCEPTANCE, "risk-id",
                                                            attest_record_get_id (risk));

  /* Later ones come later. */
  return acceptances->len > 0 ? g_ptr_array_index (acceptances, acceptances->len - 1) : NULL;
}

/**
 * attest_risk_acceptance_is_outdated:
 * @workspace: a workspace
 * @acceptance: a risk acceptance
 *
 * Returns: %TRUE if the risk changed after it was accepted
 */
gboolean
attest_risk_acceptance_is_outdated (AttestWorkspace *workspace,
                                    AttestRecord    *acceptance)
{
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (acceptance, "risk-id"));

  return risk == NULL || !attest_record_matches_json_text (risk, attest_record_get_string (acceptance, "snapshot"));
}

/**
 * attest_risk_accept:
 * @workspace: a workspace
 * @risk: a risk
 * @accepted_by: the risk owner who decides
 * @decision: an #AttestAcceptanceDecision
 * @note: (nullable): why
 * @error: return location for an error
 *
 * Records a risk owner's decision on the residual risk (6.1.3 f), taken by
 * the owner alone: attest_risk_accept_full() without an authority.
 *
 * Returns: (transfer none): the acceptance, or %NULL with @error set
 */
AttestRecord *
attest_risk_accept (AttestWorkspace  *workspace,
                    AttestRecord     *risk,
                    const char       *accepted_by,
                    int               decision,
                    const char       *note,
                    GError          **error)
{
  return attest_risk_accept_full (workspace, risk, accepted_by, NULL, decision, note, error);
}

/**
 * attest_risk_accept_full:
 * @workspace: a workspace
 * @risk: a risk
 * @accepted_by: the risk owner who decides
 * @authority: (nullable): the body or person above the owner that took or
 *   confirmed the decision, as the method's escalation level asks, such as
 *   "Board risk committee, meeting of 12 March 2026"; %NULL or empty when
 *   the owner decided alone
 * @decision: an #AttestAcceptanceDecision
 * @note: (nullable): why
 * @error: return location for an error
 *
 * Records a risk owner's decision on the residual risk (6.1.3 f) with a
 * snapshot of the risk as it is, and an "accept" event in the history.
 *
 * Returns: (transfer none): the acceptance, or %NULL with @error set
 */
AttestRecord *
attest_risk_accept_full (AttestWorkspace  *workspace,
                         AttestRecord     *risk,
                         const char       *accepted_by,
                         const char       *authority,
                         int               decision,
                         const char       *note,
                         GError          **error)
{
  g_autofree char *snapshot = attest_record_to_json_text (risk);
  g_autofree char *now = attest_timestamp_format (attest_now ());
  g_autofree char *decided_with = g_strstrip (g_strdup (authority != NULL ? authority : ""));
  g_autoptr(AttestRecord) acceptance = NULL;

  if (accepted_by == NULL || attest_text_is_blank (accepted_by))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("Say who decides on the risk: its owner."));
      return NULL;
    }
  acceptance = g_object_new (ATTEST_TYPE_RISK_ACCEPTANCE,
                             "risk-id", attest_record_get_id (risk),
                             "accepted-by", accepted_by,
                             "accepted-at", now,
                             "decision", decision,
                             "note", note,
                             "snapshot", snapshot,
                             "authority", decided_with,
                             NULL);
  if (!attest_workspace_begin (workspace, error))
    return NULL;
  if (!attest_workspace_add (workspace, acceptance, error)
      || !attest_store_append_event (attest_workspace_get_store (workspace), "accept", "risk",
                                     attest_record_get_id (risk), "decision", NULL,
                                     decision == ATTEST_ACCEPTANCE_ACCEPTED ? "accepted" : "rejected", error)
      /* Who decided, and with whom, named in the chain itself. */
      || !attest_store_append_event (attest_workspace_get_store (workspace), "accept", "risk",
                                     attest_record_get_id (risk), "accepted-by", NULL, accepted_by, error)
      || (*decided_with != '\0'
          && !attest_store_append_event (attest_workspace_get_store (workspace), "accept", "risk",
                                         attest_record_get_id (risk), "authority", NULL, decided_with, error))
      || !attest_history_record_head (attest_workspace_get_store (workspace), "risk-acceptance",
                                      attest_store_get_history_count (attest_workspace_get_store (workspace)),
                                      attest_store_get_history_head (attest_workspace_get_store (workspace)),
                                      error))
    {
      attest_workspace_rollback (workspace);
      return NULL;
    }
  if (!attest_workspace_commit (workspace, error))
    return NULL;
  return acceptance;
}

/* The rules of a risk's assessment and treatment, each in words as the
 * audit pack's table of rules names it. */
static const AttestRule
  no_owner = { "risk-no-owner", N_("A risk without an owner") },
  not_assessed = { "risk-not-assessed", N_("A risk not assessed yet") },
  off_scale = { "risk-off-scale", N_("A risk rated beyond the method's scales") },
  no_treatment = { "risk-no-treatment", N_("Above the acceptance level, and no treatment chosen") },
  modify_no_action = { "risk-modify-without-action", N_("To be modified, and no action in the treatment plan") },
  modify_no_control = { "risk-modify-without-control", N_("To be modified, and no Annex A control chosen") },
  unplanned_treatment = { "risk-treatment-without-action",
                          N_("To be shared or avoided above the acceptance level, and no action in the treatment plan") },
  retain_changed = { "risk-retained-rating-changed", N_("Retained, with a residual rating other than before") },
  residual_higher = { "risk-residual-higher", N_("Residual rating higher than before treatment") },
  outdated = { "acceptance-outdated", N_("The owner's decision is out of date") },
  residual_unaccepted = { "risk-residual-not-accepted",
                          N_("Residual risk above the acceptance level, not accepted by its owner") },
  target_unaccepted = { "risk-target-not-accepted",
                        N_("Target residual risk above the acceptance level, not accepted by its owner yet") },
  retained_unaccepted = { "risk-retained-not-accepted",
                          N_("Retained above the acceptance level, not accepted by its owner") },
  accepted_by_other = { "acceptance-not-by-owner", N_("Accepted by someone other than the risk's owner") },
  above_authority = { "acceptance-above-authority",
                      N_("Accepted at or above the escalation level without the decision of the authority the method names") },
  accepted_pending = { "acceptance-pending", N_("Accepted while the treatment it relies on is not done") },
  accepted_before_done = { "acceptance-before-completion",
                           N_("Accepted before the actions it relies on were done") },
  action_no_owner = { "action-no-owner", N_("An action of the treatment plan without an owner") },
  action_no_due_date = { "action-no-due-date", N_("An action of the treatment plan without a due date") },
  action_no_completion = { "action-done-without-date", N_("An action marked Done without the date it was completed") },
  action_after_target = { "action-due-after-certification-target",
                          N_("An open action of the treatment plan due after the certification target date") },
  owner_not_approved = { "owner-plan-not-approved",
                         N_("A risk owner who has not approved the treatment plan for their risks as they stand") },
  method_no_identification = { "method-no-identification", N_("The risk method does not say how risks are identified") },
  method_none = { "method-none", N_("No risk method") },
  method_invalid = { "method-invalid", N_("The risk method's scales, levels or acceptance do not hold together") };

static void
add (GPtrArray      *findings,
     const AttestRule *rule,
     const char     *clause,
     AttestSeverity  severity,
     AttestRecord   *risk,
     const char     *field,
     const char     *message)
{
  const char *title = attest_record_get_string (risk, "title");
  g_autofree char *text = g_strdup_printf ("%s: %s", *title ? title : _("A risk without a title"), message);

  g_ptr_array_add (findings, attest_finding_new (rule, "risks", clause, severity, risk, field, text));
}

/* A name as people write it, to compare: "IT lead" is "it lead ". */
static char *
person_key (const char *name)
{
  return g_strstrip (g_utf8_casefold (name, -1));
}

static gboolean
same_person (const char *a,
             const char *b)
{
  g_autofree char *x = person_key (a);
  g_autofree char *y = person_key (b);

  return g_str_equal (x, y);
}

/* Whether @acceptance accepts the risk and is its @owner's decision (any
 * decision counts where the risk has no owner: that is a finding of its own). */
static gboolean
accepted_by_owner (AttestRecord *acceptance,
                   const char   *owner)
{
  return acceptance != NULL && attest_record_get_enum (acceptance, "decision") == ATTEST_ACCEPTANCE_ACCEPTED
         && (attest_text_is_blank (owner) || same_person (attest_record_get_string (acceptance, "accepted-by"), owner));
}

static gboolean
has_action (AttestWorkspace *workspace,
            AttestRecord    *risk)
{
  return attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                          attest_record_get_id (risk))->len > 0;
}

/* The Annex A controls that treat @risk, as SoA entries. */
static GPtrArray *
dup_controls (AttestWorkspace *workspace,
              AttestRecord    *risk)
{
  g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, "risk-control", risk, NULL);
  GPtrArray *entries = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      AttestRecord *entry = attest_workspace_lookup (workspace, g_ptr_array_index (ids, i));

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  return entries;
}

/**
 * attest_risk_acceptance_dup_pending:
 * @workspace: a workspace
 * @acceptance: a risk owner's decision
 *
 * What an acceptance of a residual risk still waits for: the risk's
 * actions in the treatment plan that are not done and the controls that
 * treat it that are not implemented. The residual level the owner accepted
 * is reached only when they are, so until then the acceptance is
 * conditional (6.1.3 f, 8.3).
 *
 * Returns: (transfer full) (nullable): what is pending, as a list a person
 *   reads ("“Phishing training” (In progress), A.8.8 (Planned)"), or %NULL
 *   when nothing is, or when @acceptance accepts nothing
 */
char *
attest_risk_acceptance_dup_pending (AttestWorkspace *workspace,
                                    AttestRecord    *acceptance)
{
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (acceptance, "risk-id"));
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  GPtrArray *actions;
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);

  if (risk == NULL || attest_record_get_enum (acceptance, "decision") != ATTEST_ACCEPTANCE_ACCEPTED)
    return NULL;
  actions = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                             attest_record_get_id (risk));
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      int status = attest_record_get_enum (action, "status");

      if (status != ATTEST_ACTION_STATUS_DONE)
        /* TRANSLATORS: an action of the treatment plan and its status: "“Offline backups” (In progress)" */
        g_string_append_printf (pending, _("%s“%s” (%s)"), pending->len ? ", " : "",
                                attest_record_get_string (action, "title"),
                                attest_enum_get_label (ATTEST_TYPE_ACTION_STATUS, status));
    }
  /* The controls in the catalog's order. */
  linked = attest_workspace_dup_links_from (workspace, "risk-control", risk, NULL);
  for (guint i = 0; linked != NULL && linked->len > 0 && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      int status = attest_record_get_enum (entry, "status");
      const char *id = attest_record_get_string (entry, "control-id");
      const char *number = strrchr (id, '/');

      if (g_ptr_array_find_with_equal_func (linked, attest_record_get_id (entry), g_str_equal, NULL)
          && attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_APPLICABLE
          && status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        /* TRANSLATORS: an Annex A control and its status: "A.8.8 (Planned)" */
        g_string_append_printf (pending, _("%s%s (%s)"), pending->len ? ", " : "", number ? number + 1 : id,
                                attest_enum_get_label (ATTEST_TYPE_IMPLEMENTATION, status));
    }
  return pending->len ? g_string_free (g_steal_pointer (&pending), FALSE) : NULL;
}

/* The actions of the risk that an acceptance relies on and that were done
 * only after it: the owner then accepted a residual risk not reached yet
 * (6.1.3 f), and the decision is best made again. An action not done yet
 * is the pending rule's. An action done says when in its completion date,
 * compared with the decision's day; without one (the action's own rule
 * asks for it), it counts as done after the decision when it was last
 * changed after the decision (the change that marked it done, most likely)
 * and was due after the decision's day. */
static char *
dup_done_after (AttestWorkspace *workspace,
                AttestRecord    *acceptance)
{
  GPtrArray *actions = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                                        attest_record_get_string (acceptance, "risk-id"));
  const char *accepted_at = attest_record_get_string (acceptance, "accepted-at");
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  gint64 decided;

  if (attest_record_get_enum (acceptance, "decision") != ATTEST_ACCEPTANCE_ACCEPTED
      || !attest_timestamp_parse (accepted_at, &decided))
    return NULL;
  when = g_date_time_new_from_unix_local (decided / G_USEC_PER_SEC);
  day = g_date_time_format (when, "%Y-%m-%d");
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      const char *due = attest_record_get_string (action, "due-date");
      const char *completed = attest_record_get_string (action, "completed-date");
      gboolean after = !attest_text_is_blank (completed)
                       ? strcmp (completed, day) > 0
                       : attest_record_get_modified (action) > decided && !attest_text_is_blank (due) && strcmp (due, day) > 0;

      if (attest_record_get_enum (action, "status") == ATTEST_ACTION_STATUS_DONE && after)
        {
          /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
          g_autofree char *quoted = g_strdup_printf (_("“%s”"), attest_record_get_string (action, "title"));

          g_string_append_printf (names, "%s%s", names->len ? ", " : "", quoted);
        }
    }
  return names->len ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* "High (3 × 5)": a level with the ratings it comes from, as one unit. */
static char *
rating_text (AttestRecord *method,
             int           likelihood,
             int           impact)
{
  return attest_risk_method_dup_score (method, attest_risk_method_level (method, likelihood, impact), likelihood, impact);
}

/**
 * attest_risk_accepted_level:
 * @workspace: a workspace
 * @risk: a risk
 *
 * The level an owner's decision on @risk is judged on, as
 * attest_risk_check() judges it: the target after treatment; with an
 * action past its due date the level the risk stands at now; for a retained
 * risk at least its level before treatment.
 *
 * Returns: the level, or %ATTEST_RISK_NOT_ASSESSED or %ATTEST_RISK_OFF_SCALE
 */
int
attest_risk_accepted_level (AttestWorkspace *workspace,
                            AttestRecord    *risk)
{
  int inherent = attest_risk_level (workspace, risk, FALSE);
  int standing = attest_risk_level (workspace, risk, TRUE);

  if (inherent < 0 || standing < 0)
    return MIN (inherent, standing);
  if (!attest_risk_treatment_is_done (workspace, risk) && treatment_is_overdue (workspace, risk))
    standing = attest_risk_current_level (workspace, risk);
  if (attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_RETAIN)
    standing = MAX (inherent, standing);
  return standing;
}

/**
 * attest_risk_needs_authority:
 * @workspace: a workspace
 * @risk: a risk
 *
 * Whether a residual risk this high is accepted only with the decision of
 * the authority above its owner that the method names: the level it is
 * judged on (attest_risk_accepted_level()) is at or above the method's
 * escalation level.
 *
 * Returns: %TRUE if the owner's decision needs the authority's
 */
gboolean
attest_risk_needs_authority (AttestWorkspace *workspace,
                             AttestRecord    *risk)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  int level = attest_risk_accepted_level (workspace, risk);

  return method != NULL && level >= 0 && level >= attest_record_get_int (method, "escalation-level");
}

/**
 * attest_risk_check:
 * @workspace: a workspace
 * @risk: a risk
 *
 * What an auditor would flag: no owner, not assessed, beyond the scales,
 * above the acceptance level without a treatment (all blockers, 6.1.2 and
 * 6.1.3); "Modify" without an action in the treatment plan (6.1.3 e) or
 * without a control that treats it (6.1.3 b), both blockers; "Share" or
 * "Avoid" without an action while the risk stands above the acceptance
 * level (6.1.3 e, a blocker: it never comes down); a residual
 * rating above the rating before treatment, and "Retain" with a residual
 * rating other than the rating before (warnings: treatment lowers a risk,
 * retaining leaves it as it is); a residual risk above the acceptance level
 * that its owner has not accepted (6.1.3 f; a decision by someone else does
 * not count; a retained risk stands at its level before treatment, whatever
 * its residual rating says), judged once its actions are done (on the
 * target, reached then) or one is past its due date (on the risk as it
 * stands now, attest_risk_get_current_ratings()), and not at all while its
 * actions run on time, when a target above the acceptance level not
 * accepted by its owner is a warning; a
 * decision made outdated by later edits (a blocker while the residual risk
 * is above the acceptance level, a warning otherwise); an acceptance while actions it relies on are open or controls
 * that treat the risk are not implemented (a warning: the accepted residual
 * level is not reached yet, and its message says where the risk stands
 * until then when that is above the acceptance level); a residual risk
 * accepted at or above the method's escalation level without the decision
 * of the authority the method names (a blocker: the owner alone may not
 * accept it); and the risk's own field rules (warnings).
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_risk_check (AttestWorkspace *workspace,
                   AttestRecord    *risk)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) problems = attest_record_check (risk);
  AttestRecord *method = attest_risks_get_method (workspace);
  int inherent = attest_risk_level (workspace, risk, FALSE);
  int residual = attest_risk_level (workspace, risk, TRUE);
  const char *owner = attest_record_get_string (risk, "owner");
  int treatment = attest_record_get_enum (risk, "treatment");
  int acceptance_level = 0, escalation_level = G_MAXINT, standing = residual;
  int likelihood, impact, residual_likelihood, residual_impact;
  gboolean running = FALSE, overdue = FALSE;
  AttestRecord *acceptance;

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      AttestFinding *finding;

      add (findings, NULL, "8.2", ATTEST_SEVERITY_WARNING, risk, problem->field, problem->message);
      finding = g_ptr_array_index (findings, findings->len - 1);
      g_free (finding->rule);
      finding->rule = g_strdup ("risk-fields");
      g_free (finding->rule_title);
      /* TRANSLATORS: a rule over a kind of record: "Risk: a field missing or not valid" */
      finding->rule_title = g_strdup_printf (_("%s: a field missing or not valid"), attest_kind_get_label ("risk"));
    }
  if (attest_text_is_blank (owner))
    add (findings, &no_owner, "6.1.2 c", ATTEST_SEVERITY_BLOCKER, risk, "owner", _("no risk owner"));
  if (inherent == ATTEST_RISK_NOT_ASSESSED)
    {
      add (findings, &not_assessed, "6.1.2 d", ATTEST_SEVERITY_BLOCKER, risk, "likelihood", _("not assessed yet"));
      return findings;
    }
  if (inherent == ATTEST_RISK_OFF_SCALE || residual == ATTEST_RISK_OFF_SCALE)
    {
      add (findings, &off_scale, "6.1.2 d", ATTEST_SEVERITY_BLOCKER, risk, "likelihood",
           _("its values lie beyond the method's scales: assess it again"));
      return findings;
    }
  if (method != NULL)
    g_object_get (method, "acceptance-level", &acceptance_level, "escalation-level", &escalation_level, NULL);
  g_object_get (risk, "likelihood", &likelihood, "impact", &impact,
                "residual-likelihood", &residual_likelihood, "residual-impact", &residual_impact, NULL);
  if (inherent > acceptance_level && treatment == ATTEST_TREATMENT_UNDECIDED)
    add (findings, &no_treatment, "6.1.3 a", ATTEST_SEVERITY_BLOCKER, risk, "treatment",
         _("above the acceptance level and no treatment chosen"));
  /* An action is owed where the risk must come down; a risk already
   * within the acceptance level may be improved at leisure. */
  if (treatment == ATTEST_TREATMENT_MODIFY && !has_action (workspace, risk))
    add (findings, &modify_no_action, "6.1.3 e",
         inherent > acceptance_level ? ATTEST_SEVERITY_BLOCKER : ATTEST_SEVERITY_WARNING, risk, "treatment",
         _("to be modified, and the treatment plan has no action for it"));
  /* Shared or avoided without an action, the risk never comes down from
   * where it stands: nothing in the plan shares it or ends the activity. */
  if ((treatment == ATTEST_TREATMENT_SHARE || treatment == ATTEST_TREATMENT_AVOID) && !has_action (workspace, risk)
      && method != NULL && attest_risk_current_level (workspace, risk) > acceptance_level)
    {
      g_autofree char *now = rating_text (method, likelihood, impact);
      g_autofree char *message =
        treatment == ATTEST_TREATMENT_SHARE
        ? g_strdup_printf (_("to be shared, and the treatment plan has no action for it, so it stays at %s, above the "
                             "acceptance level: add the action that shares it, such as a contract or an insurance"), now)
        : g_strdup_printf (_("to be avoided, and the treatment plan has no action for it, so it stays at %s, above the "
                             "acceptance level: add the action that ends the activity behind it"), now);

      add (findings, &unplanned_treatment, "6.1.3 e", ATTEST_SEVERITY_BLOCKER, risk, "treatment", message);
    }
  if (treatment == ATTEST_TREATMENT_MODIFY)
    {
      g_autoptr(GPtrArray) controls = dup_controls (workspace, risk);

      if (controls->len == 0)
        add (findings, &modify_no_control, "6.1.3 b", ATTEST_SEVERITY_BLOCKER, risk, NULL,
             _("to be modified, and no Annex A control is chosen to treat it"));
    }

  /* The ratings after treatment, where they are given. Retaining a risk
   * leaves it as it is; treating it never makes it worse. */
  if (method != NULL && residual_likelihood > 0 && residual_impact > 0)
    {
      g_autofree char *before = rating_text (method, likelihood, impact);
      g_autofree char *after = rating_text (method, residual_likelihood, residual_impact);

      if (treatment == ATTEST_TREATMENT_RETAIN && (residual_likelihood != likelihood || residual_impact != impact))
        {
          g_autofree char *message =
            g_strdup_printf (_("retained as it is, yet its residual rating, %s, differs from its rating before "
                               "treatment, %s: make them the same, or choose the treatment that changes it"),
                             after, before);

          add (findings, &retain_changed, "6.1.3 a", ATTEST_SEVERITY_WARNING, risk, "residual-likelihood", message);
        }
      else if (residual_likelihood > likelihood || residual_impact > impact || residual > inherent)
        {
          g_autofree char *message =
            g_strdup_printf (_("its residual rating, %s, is higher than its rating before treatment, %s: "
                               "treatment lowers a risk, so correct the ratings"),
                             after, before);

          add (findings, &residual_higher, "6.1.2 d", ATTEST_SEVERITY_WARNING, risk, "residual-likelihood", message);
        }
    }
  /* What stands after treatment: the target, which the risk reaches once
   * its actions are done; with an action past its due date, what stands
   * now (the level before treatment); while the actions run on time, the
   * owner decides once they are done, so the rule waits. A risk to be
   * modified without any action is found above. A retained risk stays at
   * its level whatever its residual rating says. */
  if (!attest_risk_treatment_is_done (workspace, risk))
    {
      overdue = treatment_is_overdue (workspace, risk);
      running = has_action (workspace, risk) && !overdue;
    }
  if (overdue)
    standing = attest_risk_current_level (workspace, risk);
  if (treatment == ATTEST_TREATMENT_RETAIN)
    standing = MAX (inherent, standing);

  acceptance = attest_risk_get_acceptance (workspace, risk);
  if (acceptance != NULL && attest_risk_acceptance_is_outdated (workspace, acceptance))
    add (findings, &outdated, "6.1.3 f", standing > acceptance_level ? ATTEST_SEVERITY_BLOCKER : ATTEST_SEVERITY_WARNING,
         risk, NULL, _("the acceptance is outdated: the risk changed after its owner decided"));
  else if (standing > acceptance_level && !running)
    {
      /* One finding per risk per cause: with no treatment chosen yet there
       * is no residual risk to accept, and the finding above says so. */
      if (treatment == ATTEST_TREATMENT_UNDECIDED && inherent > acceptance_level)
        ;
      else if (acceptance == NULL || attest_record_get_enum (acceptance, "decision") != ATTEST_ACCEPTANCE_ACCEPTED)
        add (findings, treatment == ATTEST_TREATMENT_RETAIN ? &retained_unaccepted : &residual_unaccepted,
             "6.1.3 f", ATTEST_SEVERITY_BLOCKER, risk, "residual-likelihood",
             treatment == ATTEST_TREATMENT_RETAIN
             ? _("retained as it is above the acceptance level, and its owner has not accepted it")
             : overdue
               ? _("an action of its treatment is past its due date, so the risk stands at its level before "
                   "treatment, above the acceptance level, and its owner has not accepted it")
               : _("the residual risk is above the acceptance level and its owner has not accepted it"));
      else if (!attest_text_is_blank (owner)
               && !same_person (attest_record_get_string (acceptance, "accepted-by"), owner))
        {
          g_autofree char *message =
            g_strdup_printf (_("the residual risk above the acceptance level was accepted by %s, not by its owner %s"),
                             attest_record_get_string (acceptance, "accepted-by"), owner);

          add (findings, &accepted_by_other, "6.1.3 f", ATTEST_SEVERITY_BLOCKER, risk, "owner", message);
        }
    }
  else if (running && (treatment == ATTEST_TREATMENT_MODIFY || treatment == ATTEST_TREATMENT_AVOID
                       || treatment == ATTEST_TREATMENT_SHARE) && method != NULL && residual > acceptance_level
           && !accepted_by_owner (acceptance, owner))
    {
      /* While the actions run on time the risk is not judged where it
       * stands; but a target above the acceptance level is residual risk
       * its owner accepts when approving the plan (6.1.3 f). */
      g_autofree char *target = rating_text (method, residual_likelihood > 0 ? residual_likelihood : likelihood,
                                             residual_impact > 0 ? residual_impact : impact);
      g_autofree char *message =
        g_strdup_printf (_("its target after treatment, %s, is above the acceptance level and its owner has not "
                           "accepted it: have the owner accept that residual risk, or plan a treatment that brings "
                           "it within the level"), target);

      add (findings, &target_unaccepted, "6.1.3 f", ATTEST_SEVERITY_WARNING, risk, "residual-likelihood", message);
    }
  /* Residual risk this high is accepted only with the decision of the
   * authority above the owner that the method names (6.1.3 f): the
   * owner's decision records it. Judged on what the acceptance is judged
   * on, whether the owner's decision is needed yet or not. */
  if (acceptance != NULL && method != NULL && standing >= escalation_level
      && attest_record_get_enum (acceptance, "decision") == ATTEST_ACCEPTANCE_ACCEPTED
      && !attest_risk_acceptance_is_outdated (workspace, acceptance)
      && attest_text_is_blank (attest_record_get_string (acceptance, "authority")))
    {
      const char *authority = attest_record_get_string (method, "escalation-authority");
      g_autofree char *message = NULL;

      if (attest_text_is_blank (authority))
        authority = _("The authority above the risk owner");
      message = g_strdup_printf (_("its residual risk stands at “%s”, at or above the escalation level “%s”, and "
                                   "its owner accepted it without the decision of “%s”: record the decision of "
                                   "“%s” in the owner's decision"),
                                 attest_risk_method_level_name (method, standing),
                                 attest_risk_method_level_name (method, escalation_level), authority, authority);
      add (findings, &above_authority, "6.1.3 f", ATTEST_SEVERITY_BLOCKER, risk, NULL, message);
    }
  if (acceptance != NULL && !attest_risk_acceptance_is_outdated (workspace, acceptance))
    {
      g_autofree char *pending = attest_risk_acceptance_dup_pending (workspace, acceptance);
      g_autofree char *done_later = dup_done_after (workspace, acceptance);

      if (pending != NULL)
        {
          int current_likelihood, current_impact;
          g_autofree char *message = NULL;

          /* Accepted while the risk as it stands now is above the
           * acceptance level: say where it stands until then. */
          attest_risk_get_current_ratings (workspace, risk, &current_likelihood, &current_impact);
          if (method != NULL && attest_risk_current_level (workspace, risk) > acceptance_level)
            {
              g_autofree char *now = rating_text (method, current_likelihood, current_impact);

              message = g_strdup_printf (_("accepted on the strength of treatment not done yet: %s; until they are "
                                           "done the risk stands at %s, above the acceptance level, and the "
                                           "accepted residual risk is not reached"), pending, now);
            }
          else
            message = g_strdup_printf (_("accepted on the strength of treatment not done yet: %s; the accepted "
                                         "residual risk is reached only when they are done"), pending);

          add (findings, &accepted_pending, "6.1.3 f", ATTEST_SEVERITY_WARNING, risk, NULL, message);
        }
      if (done_later != NULL)
        {
          g_autofree char *day = NULL;
          g_autofree char *message = NULL;
          gint64 decided = 0;

          if (attest_timestamp_parse (attest_record_get_string (acceptance, "accepted-at"), &decided))
            {
              g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (decided / G_USEC_PER_SEC);

              day = attest_i18n_format_date (when);
            }
          message =
            g_strdup_printf (_("its owner accepted it on %s, before the actions it relies on were done: %s; "
                               "record the owner's decision again now that they are"), day, done_later);

          add (findings, &accepted_before_done, "6.1.3 f", ATTEST_SEVERITY_WARNING, risk, NULL, message);
        }
    }
  return findings;
}

/* An action marked Done says when it was done: the plan's results (8.3)
 * are dated, and an auditor asks when the residual risk was reached. */
static void
check_completion (AttestRecord *action,
                  const char   *name,
                  GPtrArray    *findings)
{
  g_autofree char *text = NULL;

  if (attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE
      || !attest_text_is_blank (attest_record_get_string (action, "completed-date")))
    return;
  text = g_strdup_printf (_("%s: marked Done without the date it was completed; add the date"), name);
  g_ptr_array_add (findings, attest_finding_new (&action_no_completion, "treatment", "8.3", ATTEST_SEVERITY_WARNING,
                                                 action, "completed-date", text));
}

/* The name of an action in a finding: "Action “Offline backups” for
 * Ransomware". */
static char *
action_name (AttestWorkspace *workspace,
             AttestRecord    *action)
{
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (action, "risk-id"));
  const char *title = attest_record_get_string (action, "title");
  const char *risk_title = risk ? attest_record_get_string (risk, "title") : "";

  if (*risk_title != '\0')
    return g_strdup_printf (_("Action “%s” for %s"), *title ? title : _("without a title"), risk_title);
  return g_strdup_printf (_("Action “%s”"), *title ? title : _("without a title"));
}

/**
 * attest_risks_check_actions_after_target:
 * @workspace: a workspace
 *
 * The open actions of the treatment plan due after the organisation's
 * certification target date: the certification audit would find the plan
 * not done. One warning per action, each leading to it and saying how many
 * there are; none without a valid target date.
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_risks_check_actions_after_target (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  AttestRecord *organisation = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char *target = organisation ? attest_record_get_string (organisation, "certification-target") : NULL;
  g_autoptr(GPtrArray) late = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *target_day = NULL;

  if (!attest_date_is_valid (target))
    return findings;
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      const char *due = attest_record_get_string (action, "due-date");

      /* Dates as YYYY-MM-DD compare as text. */
      if (attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE && attest_date_is_valid (due)
          && strcmp (due, target) > 0)
        g_ptr_array_add (late, g_steal_pointer (&action));
    }
  target_day = attest_i18n_format_stored_date (target);
  for (guint i = 0; i < late->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (late, i);
      g_autofree char *name = action_name (workspace, action);
      g_autofree char *due = attest_i18n_format_stored_date (attest_record_get_string (action, "due-date"));
      g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u action of the treatment plan is due after the "
                                                           "certification target (%s)",
                                                           "%u actions of the treatment plan are due after the "
                                                           "certification target (%s)", late->len),
                                              late->len, target_day);
      /* TRANSLATORS: a finding: %1$s names the action, %2$s is its due date,
       * %3$s says how many actions are due after the certification
       * target, as in "2 actions of the treatment plan are due after the
       * certification target (1 June 2027)" */
      g_autofree char *text = g_strdup_printf (_("%1$s: due %2$s. %3$s; finish it by then, or move the target."),
                                               name, due, all);

      g_ptr_array_add (findings, attest_finding_new (&action_after_target, "treatment", "6.1.3 e",
                                                     ATTEST_SEVERITY_WARNING, action, "due-date", text));
    }
  return findings;
}

/**
 * attest_treatment_action_check:
 * @workspace: a workspace
 * @action: a treatment action
 *
 * An action of the treatment plan needs someone responsible (a blocker) and
 * a date (a warning), once Done the date it was completed (a warning), and
 * its own field rules (warnings).
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_treatment_action_check (AttestWorkspace *workspace,
                               AttestRecord    *action)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) problems = attest_record_check (action);
  g_autofree char *name = action_name (workspace, action);
  struct { const AttestRule *rule; const char *field; AttestSeverity severity; const char *message; } rules[] = {
    { &action_no_owner, "owner", ATTEST_SEVERITY_BLOCKER, N_("no owner") },
    { &action_no_due_date, "due-date", ATTEST_SEVERITY_WARNING, N_("no due date") },
  };

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = g_strdup_printf ("%s: %s", name, problem->message);

      AttestFinding *finding = attest_finding_new (NULL, "treatment", "6.1.3 e", ATTEST_SEVERITY_WARNING,
                                                   action, problem->field, text);

      g_free (finding->rule);
      finding->rule = g_strdup ("treatment-action-fields");
      g_free (finding->rule_title);
      finding->rule_title = g_strdup_printf (_("%s: a field missing or not valid"), attest_kind_get_label ("treatment-action"));
      g_ptr_array_add (findings, finding);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (attest_text_is_blank (attest_record_get_string (action, rules[i].field)))
      {
        g_autofree char *text = g_strdup_printf ("%s: %s", name, _(rules[i].message));

        g_ptr_array_add (findings, attest_finding_new (rules[i].rule, "treatment", "6.1.3 e", rules[i].severity,
                                                       action, rules[i].field, text));
      }
  check_completion (action, name, findings);
  return findings;
}

/* The method says how risks are identified (6.1.2 c): an auditor asks
 * where the register's risks come from. */
static void
check_identification (AttestRecord *method,
                      GPtrArray    *findings)
{
  if (!attest_text_is_blank (attest_record_get_string (method, "identification")))
    return;
  g_ptr_array_add (findings, attest_finding_new (&method_no_identification, "method", "6.1.2 c", ATTEST_SEVERITY_WARNING, method, "identification",
                                                 _("The risk method does not say how risks are identified: describe "
                                                   "where they come from and who owns them.")));
}

/**
 * attest_risks_check_method:
 * @workspace: a workspace
 *
 * The readiness rule of the risk method (6.1.2): there is one, and its
 * scales, levels and acceptance make sense (attest_risk_method_check()),
 * and it says how risks are identified (a warning).
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems of the
 *   method, blockers of the setup's "method" step
 */
GPtrArray *
attest_risks_check_method (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autoptr(GPtrArray) problems = NULL;

  if (method == NULL)
    {
      g_ptr_array_add (findings, attest_finding_new (&method_none, "method", "6.1.2", ATTEST_SEVERITY_BLOCKER, NULL, NULL,
                                                     _("There is no risk method yet.")));
      return findings;
    }
  problems = attest_risk_method_check (method);
  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      g_ptr_array_add (findings, attest_finding_new (&method_invalid, "method", "6.1.2", ATTEST_SEVERITY_BLOCKER, method,
                                                     problem->field, problem->message));
    }
  check_identification (method, findings);
  return findings;
}

static void
owner_approval_free (AttestOwnerApproval *approval)
{
  g_free (approval->owner);
  g_ptr_array_unref (approval->risks);
  g_ptr_array_unref (approval->decisions);
  g_free (approval);
}

/* A risk is in the treatment plan once its treatment is chosen or an
 * action is planned for it. */
static gboolean
in_plan (AttestWorkspace *workspace,
         AttestRecord    *risk)
{
  return attest_record_get_enum (risk, "treatment") != ATTEST_TREATMENT_UNDECIDED || has_action (workspace, risk);
}

/* The owner's newest approval of the treatment plan, of any version. */
static AttestRecord *
newest_plan_approval (AttestWorkspace *workspace,
                      const char      *owner)
{
  GListModel *approvals = attest_workspace_get_records (workspace, ATTEST_TYPE_PLAN_APPROVAL);
  AttestRecord *newest = NULL;

  /* Later ones come later. */
  for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
    {
      g_autoptr(AttestRecord) approval = g_list_model_get_item (approvals, i);

      if (same_person (attest_record_get_string (approval, "owner"), owner))
        newest = approval;   /* the model keeps it */
    }
  return newest;
}

/* @risks as an approval records them: for each, by id in the order given
 * (the register's), its title, treatment and target. %NULL when there are
 * none. */
static char *
snapshot_of_risks (GPtrArray *risks)
{
  static const char * const risk_fields[] = { "title", "treatment", "residual-likelihood", "residual-impact", NULL };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n_risks = risks->len;

  json_builder_begin_object (builder);
  for (guint i = 0; i < risks->len; i++)
    {
      AttestRecord *risk = g_ptr_array_index (risks, i);

      json_builder_set_member_name (builder, attest_record_get_id (risk));
      json_builder_begin_object (builder);
      for (guint f = 0; risk_fields[f] != NULL; f++)
        {
          g_autofree char *text = attest_record_dup_field_text (
            risk, attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (risk), risk_fields[f]));

          json_builder_set_member_name (builder, risk_fields[f]);
          json_builder_add_string_value (builder, text);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  if (n_risks == 0)
    return NULL;
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The owner's risks in the treatment plan as an approval records them
 * (snapshot_of_risks()), in register order. */
static char *
owner_snapshot (AttestWorkspace *workspace,
                const char      *owner)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *key = person_key (owner);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autofree char *risk_owner = person_key (attest_record_get_string (risk, "owner"));

      if (g_str_equal (risk_owner, key) && in_plan (workspace, risk))
        g_ptr_array_add (theirs, g_steal_pointer (&risk));
    }
  return snapshot_of_risks (theirs);
}

/* Whether the two snapshots hold the same risks with the same fields,
 * whatever the order of their members. */
static gboolean
same_snapshot (const char *a,
               const char *b)
{
  g_autoptr(JsonParser) pa = json_parser_new ();
  g_autoptr(JsonParser) pb = json_parser_new ();

  if (a == NULL || b == NULL)
    return FALSE;
  if (g_str_equal (a, b))
    return TRUE;
  if (!json_parser_load_from_data (pa, a, -1, NULL) || !json_parser_load_from_data (pb, b, -1, NULL)
      || json_parser_get_root (pa) == NULL || json_parser_get_root (pb) == NULL)
    return FALSE;
  return json_node_equal (json_parser_get_root (pa), json_parser_get_root (pb));
}

/* Whether the treatment plan as it stands is @version as approved. */
static gboolean
plan_is_as_approved (AttestWorkspace *workspace,
                     AttestRecord    *version)
{
  g_autoptr(GPtrArray) changes = attest_isms_document_diff (workspace, "treatment-plan", version, NULL);

  return changes != NULL && changes->len == 0;
}

/**
 * attest_risks_approve_plan:
 * @workspace: a workspace
 * @owner: a risk owner, as their risks name them
 * @note: (nullable): a note on the approval
 * @error: return location for an error
 *
 * Records @owner's approval of the treatment plan for their risks
 * (6.1.3 f), with a snapshot of those risks as they are (title, treatment
 * and target), and the head it states, in one transaction. The owner
 * approves the plan as it stands: the newest approved version when the
 * plan has not changed since (its "version-id"), or else the draft, which
 * top management approves afterwards; the approval stands for as long as
 * the owner's risks in the plan are as in its snapshot. Its time is
 * attest_now(). Decisions on the residual risk of single risks stay apart
 * (attest_risk_accept()).
 *
 * Returns: (transfer none): the approval, or %NULL with @error set
 */
AttestRecord *
attest_risks_approve_plan (AttestWorkspace  *workspace,
                           const char       *owner,
                           const char       *note,
                           GError          **error)
{
  AttestRecord *version = attest_isms_document_get_approved (workspace, "treatment-plan");
  g_autofree char *snapshot = NULL;
  g_autofree char *now = attest_timestamp_format (attest_now ());
  g_autoptr(AttestRecord) approval = NULL;
  AttestStore *store = attest_workspace_get_store (workspace);

  if (owner == NULL || attest_text_is_blank (owner))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("Say which risk owner approves the plan."));
      return NULL;
    }
  snapshot = owner_snapshot (workspace, owner);
  if (snapshot == NULL)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("%s owns no risk in the treatment plan: check how the owner is written on the risks."), owner);
      return NULL;
    }
  if (version != NULL && !plan_is_as_approved (workspace, version))
    version = NULL;   /* the draft */
  approval = g_object_new (ATTEST_TYPE_PLAN_APPROVAL,
                           "owner", owner,
                           "version-id", version != NULL ? attest_record_get_id (version) : "",
                           "approved-at", now,
                           "note", note,
                           "snapshot", snapshot,
                           NULL);
  if (!attest_workspace_begin (workspace, error))
    return NULL;
  if (!attest_workspace_add (workspace, approval, error)
      /* Who approved, named in the chain itself. */
      || !attest_store_append_event (store, "approve", "plan-approval", attest_record_get_id (approval), "owner", NULL,
                                     owner, error)
      || !attest_history_record_head (store, "plan-approval", attest_store_get_history_count (store),
                                      attest_store_get_history_head (store), error))
    {
      attest_workspace_rollback (workspace);
      return NULL;
    }
  if (!attest_workspace_commit (workspace, error))
    return NULL;
  return approval;
}

/* Which version @approval approved: the one it names, or, for a draft, the
 * version that draft was to become (one after the newest approved before
 * it). */
static void
approved_version (AttestWorkspace     *workspace,
                  AttestOwnerApproval *owner)
{
  AttestRecord *named = attest_workspace_lookup (workspace, attest_record_get_string (owner->plan_approval,
                                                                                      "version-id"));
  g_autoptr(GPtrArray) versions = NULL;
  const char *at = attest_record_get_string (owner->plan_approval, "approved-at");

  if (named != NULL)
    {
      owner->version = attest_record_get_int (named, "number");
      owner->draft = FALSE;
      return;
    }
  versions = attest_isms_document_dup_versions (workspace, "treatment-plan");
  owner->version = 1;
  owner->draft = TRUE;
  for (guint i = 0; i < versions->len; i++)
    {
      AttestRecord *version = g_ptr_array_index (versions, i);

      if (g_strcmp0 (attest_record_get_string (version, "approved-at"), at) <= 0)
        owner->version = attest_record_get_int (version, "number") + 1;
    }
}

/**
 * attest_risks_dup_owner_approvals:
 * @workspace: a workspace
 *
 * The risk owners' approval of the treatment plan (6.1.3 f), from the
 * decisions they recorded: for each risk owner with risks in the plan (a
 * treatment chosen or an action planned), in the order of their first risk
 * in the register, those risks, the decisions the owner took on them
 * (a decision by someone else is not the owner's), and their newest
 * approval of the plan: which version or draft, and whether it still
 * covers their risks as they stand.
 *
 * Returns: (transfer full) (element-type AttestOwnerApproval): the owners
 */
GPtrArray *
attest_risks_dup_owner_approvals (AttestWorkspace *workspace)
{
  GPtrArray *approvals = g_ptr_array_new_with_free_func ((GDestroyNotify) owner_approval_free);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GHashTable) by_owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = attest_record_get_string (risk, "owner");
      g_autofree char *key = NULL;
      GPtrArray *acceptances;
      AttestOwnerApproval *approval;

      if (attest_text_is_blank (owner) || !in_plan (workspace, risk))
        continue;
      key = person_key (owner);
      approval = g_hash_table_lookup (by_owner, key);
      if (approval == NULL)
        {
          approval = g_new0 (AttestOwnerApproval, 1);
          approval->owner = g_strstrip (g_strdup (owner));
          approval->risks = g_ptr_array_new ();
          approval->decisions = g_ptr_array_new ();
          approval->plan_approval = newest_plan_approval (workspace, owner);
          g_ptr_array_add (approvals, approval);
          g_hash_table_insert (by_owner, g_steal_pointer (&key), approval);
        }
      g_ptr_array_add (approval->risks, attest_workspace_lookup (workspace, attest_record_get_id (risk)));
      acceptances = attest_workspace_get_records_by (workspace, ATTEST_TYPE_RISK_ACCEPTANCE, "risk-id",
                                                     attest_record_get_id (risk));
      for (guint k = 0; k < acceptances->len; k++)
        {
          AttestRecord *acceptance = g_ptr_array_index (acceptances, k);

          if (same_person (attest_record_get_string (acceptance, "accepted-by"), owner))
            g_ptr_array_add (approval->decisions, acceptance);
        }
    }
  for (guint i = 0; i < approvals->len; i++)
    {
      AttestOwnerApproval *approval = g_ptr_array_index (approvals, i);
      g_autofree char *snapshot = NULL;

      if (approval->plan_approval == NULL)
        continue;
      approved_version (workspace, approval);
      /* Their risks in the plan, gathered above in register order. */
      snapshot = snapshot_of_risks (approval->risks);
      approval->current = same_snapshot (snapshot, attest_record_get_string (approval->plan_approval, "snapshot"));
    }
  return approvals;
}

/**
 * attest_risks_check_owner_approvals:
 * @workspace: a workspace
 *
 * A risk owner with risks in the treatment plan who has not approved the
 * plan for them, or whose approval no longer covers them as they stand
 * (6.1.3 f): a warning per owner.
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_risks_check_owner_approvals (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) approvals = attest_risks_dup_owner_approvals (workspace);

  for (guint i = 0; i < approvals->len; i++)
    {
      AttestOwnerApproval *approval = g_ptr_array_index (approvals, i);
      g_autofree char *message = NULL;

      if (approval->plan_approval != NULL && approval->current)
        continue;
      if (approval->plan_approval == NULL)
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s owns %u risk in the treatment plan and has not approved the plan "
                                                "for it: record the owner's approval of the plan.",
                                                "%s owns %u risks in the treatment plan and has not approved the plan "
                                                "for them: record the owner's approval of the plan.",
                                                approval->risks->len),
                                   approval->owner, approval->risks->len);
      else
        {
          const char *at = attest_record_get_string (approval->plan_approval, "approved-at");
          g_autofree char *day = attest_i18n_format_stored_date (at);

          /* TRANSLATORS: "Hannah Byrne approved the treatment plan on 4 March 2026, but their risks in it have
           * changed since: …" */
          message = g_strdup_printf (_("%s approved the treatment plan on %s, but their risks in it have changed "
                                       "since: record the owner's approval of the plan as it stands."),
                                     approval->owner, day != NULL ? day : at);
        }
      /* About the owner's approval of the plan, not one of their risks:
       * no record; the treatment page is where the plan is approved. */
      g_ptr_array_add (findings, attest_finding_new (&owner_not_approved, "treatment", "6.1.3 f", ATTEST_SEVERITY_WARNING,
                                                     NULL, NULL, message));
    }
  return findings;
}

/**
 * attest_risks_check:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems of the
 *   method, of every risk and of every action of the treatment plan
 */
GPtrArray *
attest_risks_check (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);

  g_ptr_array_extend_and_steal (findings, attest_risks_check_method (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autoptr(GPtrArray) more = attest_risk_check (workspace, risk);

      g_ptr_array_extend_and_steal (findings, g_steal_pointer (&more));
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      g_autoptr(GPtrArray) more = attest_treatment_action_check (workspace, action);

      g_ptr_array_extend_and_steal (findings, g_steal_pointer (&more));
    }
  g_ptr_array_extend_and_steal (findings, attest_risks_check_actions_after_target (workspace));
  g_ptr_array_extend_and_steal (findings, attest_risks_check_owner_approvals (workspace));
  return findings;
}
