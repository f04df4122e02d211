/* attest-readiness.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-readiness"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attest-i18n.h"

#include "attest-asset.h"
#include "attest-catalog.h"
#include "attest-context-issue.h"
#include "attest-document-entry.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-interested-party.h"
#include "attest-isms-document.h"
#include "attest-labels.h"
#include "attest-mandatory.h"
#include "attest-organisation.h"
#include "attest-objective.h"
#include "attest-planned-change.h"
#include "attest-resource.h"
#include "attest-communication.h"
#include "attest-person.h"
#include "attest-role.h"
#include "attest-awareness.h"
#include "attest-competence.h"
#include "attest-qualification.h"
#include "attest-provider.h"
#include "attest-process.h"
#include "attest-measuring.h"
#include "attest-auditing.h"
#include "attest-audit-finding.h"
#include "attest-audit-programme.h"
#include "attest-correcting.h"
#include "attest-corrective-action.h"
#include "attest-improvement.h"
#include "attest-management-review.h"
#include "attest-review-action.h"
#include "attest-reviewing.h"
#include "attest-nonconformity.h"
#include "attest-policy.h"
#include "attest-topic-policy.h"
#include "attest-commitment.h"
#include "attest-readiness.h"
#include "attest-risk.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-requirement.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"
#include "attest-treatment-action.h"

/* Explicit rules, one function per step, over the records. The guided setup
 * refuses Next while its step has findings; attest_readiness_check() adds
 * the SoA, risk, treatment plan and document register rules and the
 * mandatory documented information, for the Readiness page, the setup's
 * review, `attest-cli check` and the audit pack. */

#define BLOCKER ATTEST_SEVERITY_BLOCKER
#define WARNING ATTEST_SEVERITY_WARNING

/* The rules, each in words as the audit pack's table of rules names it. */
static const AttestRule
  no_issue = { "context-no-issue", N_("No external or internal issue recorded") },
  climate_undecided = { "climate-undecided", N_("Not said whether climate change is relevant") },
  climate_statement = { "climate-statement", N_("Not said why climate change is or is not relevant") },
  climate_no_issue = { "climate-no-issue", N_("Climate change relevant, and no issue records it") },
  no_party = { "parties-none", N_("No interested party recorded") },
  party_no_requirement = { "party-no-requirement", N_("An interested party without requirements") },
  no_process = { "scope-no-process", N_("No process or service in scope") },
  no_location = { "scope-no-location", N_("No location in scope") },
  no_statement = { "scope-no-statement", N_("No scope statement") },
  excluded_unjustified = { "soa-excluded-unjustified", N_("A control excluded without a justification") },
  undecided_controls = { "soa-undecided", N_("Controls not decided yet") },
  no_assets = { "risks-no-asset", N_("No assets recorded") },
  no_risks = { "risks-none", N_("No risks recorded") },
  mandatory_missing = { "mandatory-missing", N_("Mandatory documented information neither recorded nor kept elsewhere") },
  addressed_without_how = { "requirement-addressed-without-how", N_("A requirement marked addressed without saying how") },
  unaddressed_without_why = { "requirement-not-addressed-without-why",
                              N_("A requirement marked not addressed without saying why or what is planned") },
  scope_item_undescribed = { "scope-item-undescribed", N_("A part of the scope without a description") },
  changed_since_approval = { "document-changed-since-approval", N_("An approved document changed since its approval") },
  untraceable_document = { "document-untraceable",
                           N_("A document holding mandatory information without identifier, version or approval date") },
  review_overdue = { "document-review-overdue", N_("A document past its next review date") },
  objective_overdue = { "objective-overdue", N_("An objective past its date and not marked achieved or missed") },
  change_unreviewed = { "change-unreviewed", N_("A change to the ISMS done without its consequences reviewed") },
  change_overdue = { "change-overdue", N_("A change to the ISMS past its planned date and not done or cancelled") },
  resource_not_provided = { "resource-not-provided", N_("A resource the ISMS needed by a day that has passed, not provided") },
  resource_refused = { "resource-refused", N_("A resource the ISMS needs that was refused") },
  communication_overdue = { "communication-overdue", N_("A communication past the day it was next due") },
  role_unheld = { "role-unheld", N_("A role of the ISMS that nobody holds") },
  role_not_communicated = { "role-not-communicated", N_("A role of the ISMS not made known") },
  competence_gap = { "competence-gap",
                     N_("A person who holds a role without evidence of a competence it requires, or with evidence "
                        "expired") },
  competence_action_overdue = { "competence-action-overdue",
                                N_("An action to gain a competence past its date, and the competence not held") },
  competence_action_unevaluated = { "competence-action-unevaluated",
                                    N_("An action that gained a competence, not evaluated for its effect") },
  commitment_unevidenced = { "commitment-unevidenced",
                             N_("Something top management is to show for the ISMS, with no evidence recorded") },
  provider_review_overdue = { "provider-review-overdue", N_("An external provider past its next review") },
  policy_unwritten = { "policy-unwritten", N_("No information security policy written") },
  policy_unapproved = { "policy-not-approved", N_("The information security policy not approved") },
  policy_review_unplanned = { "policy-review-unplanned",
                              N_("The approved policy without a next review, or with one before its approval") },
  policy_review_overdue = { "policy-review-overdue", N_("The information security policy past its next review") },
  policy_not_communicated = { "policy-not-communicated",
                              N_("The approved policy not made known within the organisation") },
  policy_unavailable = { "policy-not-available", N_("Not said how interested parties can have the policy") },
  topic_policy_review_overdue = { "topic-policy-review-overdue", N_("A topic-specific policy past its next review") },
  topic_policy_incomplete = { "topic-policy-incomplete",
                              N_("A topic-specific policy without an owner, a version or the day it was approved") },
  processes_none = { "processes-none", N_("No process of the ISMS recorded") },
  scope_process_unrecorded = { "scope-process-unrecorded",
                               N_("A process in scope that the process register does not have") },
  process_incomplete = { "process-incomplete", N_("A process of the ISMS without its purpose or owner") },
  process_criteria_unset = { "process-criteria-unset",
                             N_("A process of the ISMS without the criteria it is run to, or how they are checked") },
  process_overdue = { "process-overdue", N_("A process of the ISMS not run by the day it was next due") },
  process_not_run = { "process-not-run", N_("A process of the ISMS that runs at intervals and has not run yet") },
  metrics_none = { "metrics-none", N_("Nothing the ISMS monitors or measures recorded") },
  metric_no_target = { "metric-no-target", N_("A metric without a target to evaluate its results against") },
  metric_not_measured = { "metric-not-measured", N_("A metric with no measurement recorded") },
  metric_overdue = { "metric-overdue", N_("A metric not measured by the day its next measurement was due") },
  audit_programme_unset = { "audit-programme-unset",
                            N_("No audit programme: its period, how often and how audits are done") },
  audits_none = { "audits-none", N_("No internal audit held or planned") },
  audit_overdue = { "audit-overdue", N_("An internal audit not held by the day it was planned for") },
  audit_unreported = { "audit-unreported", N_("An internal audit held without the conclusions of its report") },
  audit_no_auditor = { "audit-no-auditor", N_("An internal audit without an auditor named") },
  audit_no_criteria = { "audit-no-criteria", N_("An internal audit without the criteria it audits against") },
  audit_finding_outside = { "audit-finding-outside-scope",
                            N_("An audit finding against a clause or control the audit does not cover") },
  audit_not_impartial = { "audit-not-impartial", N_("An auditor who audits their own work") },
  audit_finding_unheld = { "audit-finding-not-held", N_("An audit finding of an audit not held yet") },
  finding_unopened = { "finding-without-nonconformity",
                       N_("A nonconformity an internal audit found, with no nonconformity record to correct it") },
  nonconformity_unsupported = { "nonconformity-step-unsupported",
                                N_("A nonconformity marked at a step its record does not bear out") },
  nonconformity_no_reaction = { "nonconformity-no-reaction",
                                 N_("A major nonconformity reported 30 days ago or more, not reacted to yet") },
  nonconformity_unreviewed = { "nonconformity-not-reviewed",
                               N_("Corrective actions done a month ago or more, their effectiveness not reviewed") },
  corrective_action_overdue = { "corrective-action-overdue", N_("A corrective action not done by its due day") },
  improvement_undecided = { "improvement-undecided",
                            N_("An opportunity for improvement raised three months ago or more, not decided") },
  improvement_overdue = { "improvement-overdue", N_("An adopted improvement not done by its due day") },
  review_none = { "management-review-none",
                  N_("No management review held, though the ISMS has run a year or been audited") },
  management_review_overdue = { "management-review-overdue",
                                N_("More than twelve months since the last management review") },
  review_no_top_management = { "management-review-no-top-management",
                               N_("A management review held without anyone of top management attending") },
  review_inputs_unprepared = { "management-review-inputs-not-prepared",
                               N_("A management review held without its inputs prepared") },
  review_action_overdue = { "review-action-overdue", N_("An action of a management review not done by its due day") },
  audit_coverage_gap = { "audit-coverage-gap",
                         N_("Clauses or controls no audit of the programme's period covers") },
  no_objective = { "objectives-none", N_("No information security objective recorded") },
  awareness_none = { "awareness-none", N_("No awareness activity recorded") },
  awareness_group_missed = { "awareness-group-missed",
                             N_("A staff group without an awareness activity in the period the organisation set") },
  named_role_missing = { "role-named-missing",
                         N_("No role is top management, makes sure the ISMS conforms, or reports on its performance") },
  results_unapproved = { "mandatory-results-not-approved",
                         N_("Results kept elsewhere only in documents without an approval date that has passed") };

/* Whether a date field holds a day before @today (attest_date_attest_date_dup_today()). */
static gboolean
is_past (const char *date,
         const char *today)
{
  return attest_date_is_valid (date) && strcmp (date, today) < 0;
}

/* A valid date field ("2026-03-01") as a person reads it ("1 March 2026"). */
static char *
dup_day (const char *date)
{
  char *day = attest_i18n_format_stored_date (date);

  return day != NULL ? day : g_strdup (date);
}

static void
add (GPtrArray      *findings,
     const AttestRule *rule,
     const char     *step,
     const char     *clause,
     AttestSeverity  severity,
     AttestRecord   *record,
     const char     *field,
     const char     *message)
{
  g_ptr_array_add (findings, attest_finding_new (rule, step, clause, severity, record, field, message));
}

/* The record's own rules, each named after the record so that a list of
 * them reads well: "Cloud provider — Why they are relevant: Required". */
static void
add_record_problems (GPtrArray      *findings,
                     const char     *step,
                     const char     *clause,
                     AttestSeverity  severity,
                     AttestRecord   *record,
                     const char     *name)
{
  g_autoptr(GPtrArray) problems = attest_record_check (record);
  const char *kind = attest_record_get_kind (record);
  g_autofree char *id = g_strdup_printf ("%s-fields", kind);
  const AttestRule rule = { id, NULL };

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *message = NULL;

      if (name != NULL && *name != '\0')
        message = g_strdup_printf (_("%s — %s: %s"), name,
                                   attest_field_get_label (attest_record_get_kind (record), problem->field),
                                   problem->message);
      else
        message = g_strdup_printf (_("%s: %s"), attest_field_get_label (attest_record_get_kind (record), problem->field),
                                   problem->message);
      add (findings, &rule, step, clause, severity, record, problem->field, message);
      {
        AttestFinding *finding = g_ptr_array_index (findings, findings->len - 1);

        g_free (finding->rule_title);
        /* TRANSLATORS: a rule over a kind of record: "Risk: a field missing or not valid" */
        finding->rule_title = g_strdup_printf (_("%s: a field missing or not valid"), attest_kind_get_label (kind));
      }
    }
}

static void
check_organisation (AttestWorkspace *workspace,
                    GPtrArray       *findings)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);

  if (org != NULL)
    add_record_problems (findings, "organisation", "4", BLOCKER, org, NULL);
}

static void
check_context (AttestWorkspace *workspace,
               GPtrArray       *findings)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  guint n = g_list_model_get_n_items (issues);
  gboolean climate_issue = FALSE;

  if (n == 0)
    add (findings, &no_issue, "context", "4.1", BLOCKER, NULL, NULL,
         _("Record at least one external or internal issue."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);
      const char *title = attest_record_get_string (issue, "title");
      g_autofree char *name = *title ? g_strdup (title) : g_strdup_printf (_("Issue %u"), i + 1);

      add_record_problems (findings, "context", "4.1", WARNING, issue, name);
      climate_issue |= attest_record_get_enum (issue, "category") == ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE;
    }

  if (org == NULL)
    return;
  switch (attest_record_get_enum (org, "climate-relevance"))
    {
    case ATTEST_CLIMATE_RELEVANCE_UNDECIDED:
      add (findings, &climate_undecided, "context", "4.1", BLOCKER, org, "climate-relevance",
           _("Say whether climate change is a relevant issue for the organisation."));
      break;
    case ATTEST_CLIMATE_RELEVANCE_RELEVANT:
      if (attest_text_is_blank (attest_record_get_string (org, "climate-statement")))
        add (findings, &climate_statement, "context", "4.1", WARNING, org, "climate-statement",
             _("Say how climate change is relevant to the organisation."));
      if (!climate_issue)
        add (findings, &climate_no_issue, "context", "4.1", BLOCKER, NULL, NULL,
             _("Climate change is relevant: record it as an issue in the category “Climate change”."));
      break;
    case ATTEST_CLIMATE_RELEVANCE_NOT_RELEVANT:
      if (attest_text_is_blank (attest_record_get_string (org, "climate-statement")))
        add (findings, &climate_statement, "context", "4.1", WARNING, org, "climate-statement",
             _("Say briefly why climate change is not relevant; an auditor will ask."));
      break;
    default:
      break;
    }
}

static void
check_parties (AttestWorkspace *workspace,
               GPtrArray       *findings)
{
  GListModel *parties = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  g_autoptr(GHashTable) with_requirements = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (parties);

  if (n == 0)
    add (findings, &no_party, "parties", "4.2", BLOCKER, NULL, NULL, _("Record at least one interested party."));

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);
      AttestRecord *party = attest_workspace_lookup (workspace, attest_record_get_string (requirement, "party-id"));
      const char *party_name = party ? attest_record_get_string (party, "name") : "";
      g_autofree char *name = g_strdup_printf (_("A requirement of %s"), *party_name ? party_name : _("a party"));

      g_hash_table_add (with_requirements, (gpointer) attest_record_get_string (requirement, "party-id"));
      add_record_problems (findings, "parties", "4.2", WARNING, requirement, name);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) party = g_list_model_get_item (parties, i);
      const char *title = attest_record_get_string (party, "name");
      g_autofree char *name = *title ? g_strdup (title) : g_strdup_printf (_("Party %u"), i + 1);

      add_record_problems (findings, "parties", "4.2", WARNING, party, name);
      if (!g_hash_table_contains (with_requirements, attest_record_get_id (party)))
        {
          g_autofree char *message = g_strdup_printf (_("%s: record at least one of their requirements."), name);
          add (findings, &party_no_requirement, "parties", "4.2", WARNING, party, NULL, message);
        }
    }
}

static void
check_scope (AttestWorkspace *workspace,
             GPtrArray       *findings)
{
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  gboolean has_process = FALSE, has_location = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      int kind = attest_record_get_enum (item, "kind");
      const char *title = attest_record_get_string (item, "name");
      g_autofree char *name = *title ? g_strdup (title)
                                     : g_strdup_printf (_("A part of the scope (%s)"),
                                                        attest_enum_get_label (ATTEST_TYPE_SCOPE_ITEM_KIND, kind));

      has_process |= kind == ATTEST_SCOPE_ITEM_KIND_PROCESS;
      has_location |= kind == ATTEST_SCOPE_ITEM_KIND_LOCATION;
      add_record_problems (findings, "scope", "4.3", WARNING, item, name);
    }
  if (!has_process)
    add (findings, &no_process, "scope", "4.3", BLOCKER, NULL, NULL, _("Name at least one process or service in scope."));
  if (!has_location)
    add (findings, &no_location, "scope", "4.3", BLOCKER, NULL, NULL, _("Name at least one location in scope."));
  if (scope != NULL && attest_text_is_blank (attest_record_get_string (scope, "statement")))
    add (findings, &no_statement, "scope", "4.3", BLOCKER, scope, "statement",
         _("Write the scope statement, or let Attest draft it from your answers."));
}

/* In the setup, every control decided, and every exclusion justified. The
 * rest of an auditor's rules (owners, dates, evidence) are the SoA page's
 * problems list: they take a year, not an afternoon. */
static void
check_soa (AttestWorkspace *workspace,
           GPtrArray       *findings)
{
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  guint n = g_list_model_get_n_items (entries), undecided = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      int applicability = attest_record_get_enum (entry, "applicability");

      undecided += applicability == ATTEST_APPLICABILITY_UNDECIDED;
      if (applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE
          && attest_text_is_blank (attest_record_get_string (entry, "justification")))
        {
          const AttestControl *control = attest_catalog_lookup_control (attest_catalog_get_default (),
                                                                        attest_record_get_string (entry, "control-id"));
          g_autofree char *message = g_strdup_printf (_("A.%s %s: excluded without a justification."),
                                                      control ? control->number : "?",
                                                      control ? control->title : "");
          add (findings, &excluded_unjustified, "soa", "6.1.3 d", BLOCKER, entry, "justification", message);
        }
    }
  if (undecided > 0)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u of %u controls is not decided yet.",
                                                               "%u of %u controls are not decided yet.", undecided),
                                                  undecided, n);
      add (findings, &undecided_controls, "soa", "6.1.3 d", BLOCKER, NULL, NULL, message);
    }
}

/* The risk method (6.1.2): scales, levels and acceptance that make sense,
 * by the risk rules (attest_risks_check_method()). */
static void
check_method (AttestWorkspace *workspace,
              GPtrArray       *findings)
{
  g_ptr_array_extend_and_steal (findings, attest_risks_check_method (workspace));
}

/* First risks (6.1.2 c): the assets to protect and a risk for each way
 * they could be harmed, to be assessed on the Risks page. */
static void
check_risks (AttestWorkspace *workspace,
             GPtrArray       *findings)
{
  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET)) == 0)
    add (findings, &no_assets, "risks", "6.1.2 c", BLOCKER, NULL, NULL,
         _("There are no assets yet: add the information, systems, places and people the organisation depends on."));
  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK)) == 0)
    add (findings, &no_risks, "risks", "6.1.2 c", BLOCKER, NULL, NULL,
         _("There are no risks yet: tick assets and likely threats and press Draft Risks, or add risks on the Risks page."));
}

static void check_leadership (AttestWorkspace *workspace, GPtrArray *findings);
static void check_objectives (AttestWorkspace *workspace, GPtrArray *findings);

static const struct
{
  const char *step;
  void (*check) (AttestWorkspace *workspace, GPtrArray *findings);
} steps[] = {
  { "organisation", check_organisation },
  { "context", check_context },
  { "parties", check_parties },
  { "scope", check_scope },
  { "leadership", check_leadership },
  { "objectives", check_objectives },
  { "method", check_method },
  { "risks", check_risks },
  { "soa", check_soa },
};

/**
 * attest_readiness_check_step:
 * @workspace: a workspace
 * @step: "organisation", "context", "parties", "scope", "leadership", "objectives", "method", "risks" or
 *   "soa"
 *
 * Returns: (transfer full) (element-type AttestFinding): what the step still lacks
 */
GPtrArray *
attest_readiness_check_step (AttestWorkspace *workspace,
                             const char      *step)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (g_strcmp0 (steps[i].step, step) == 0)
      steps[i].check (workspace, findings);
  return findings;
}

/**
 * attest_readiness_check_setup:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestFinding): what clauses 4.1
 *   to 4.3 still lack, step by step
 */
GPtrArray *
attest_readiness_check_setup (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    steps[i].check (workspace, findings);
  return findings;
}

/* Clause numbers compare part by part, numbers as numbers: "4.3" before
 * "6.1.2 c" before "6.1.3" before "10.2". */
int
attest_clause_compare (const char *a,
                       const char *b)
{
  g_auto(GStrv) x = g_regex_split_simple ("[. ]+", a ? a : "", 0, 0);
  g_auto(GStrv) y = g_regex_split_simple ("[. ]+", b ? b : "", 0, 0);
  guint i;

  for (i = 0; x[i] != NULL && y[i] != NULL; i++)
    {
      gboolean x_number = g_ascii_isdigit (x[i][0]), y_number = g_ascii_isdigit (y[i][0]);
      int order;

      if (x_number && y_number)
        {
          gint64 m = g_ascii_strtoll (x[i], NULL, 10), n = g_ascii_strtoll (y[i], NULL, 10);
          order = m < n ? -1 : m > n;
        }
      else if (x_number != y_number)
        order = x_number ? -1 : 1;
      else
        order = strcmp (x[i], y[i]);
      if (order != 0)
        return order;
    }
  return x[i] == NULL ? (y[i] == NULL ? 0 : -1) : 1;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const AttestFinding *x = *(AttestFinding * const *) a;
  const AttestFinding *y = *(AttestFinding * const *) b;

  return attest_clause_compare (x->clause, y->clause);
}

static void
extend (GPtrArray *findings,
        GPtrArray *more)
{
  g_ptr_array_extend_and_steal (findings, more);
}

/* The items of mandatory documented information that are neither recorded
 * in Attest nor kept elsewhere according to the document register. */
static void
check_mandatory (AttestWorkspace *workspace,
                 GPtrArray       *findings)
{
  const AttestMandatoryItem *items;
  guint n_items;

  items = attest_mandatory_items (&n_items);
  for (guint i = 0; i < n_items; i++)
    if (attest_mandatory_item_get_status (&items[i], workspace, NULL) == ATTEST_MANDATORY_STATUS_MISSING)
      {
        g_autofree char *message =
          items[i].kind != NULL
          ? g_strdup_printf (_("%s is required and not recorded yet: record it in Attest, or add the document "
                               "that holds it to the document register."), attest_mandatory_item_get_title (&items[i]))
          : g_strdup_printf (_("%s is required: add the document that holds it to the document register."),
                             attest_mandatory_item_get_title (&items[i]));

        add (findings, &mandatory_missing, "documents", items[i].clause, BLOCKER, NULL, NULL, message);
      }
}

/* What the setup lets pass but an auditor reads closely: a requirement
 * marked addressed that does not say how, or not addressed that does not
 * say why, a part of the scope with no description. */
static void
check_context_details (AttestWorkspace *workspace,
                       GPtrArray       *findings)
{
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);
      AttestRecord *party;
      const char *party_name;
      g_autofree char *message = NULL;

      if (!attest_text_is_blank (attest_record_get_string (requirement, "how-addressed")))
        continue;
      party = attest_workspace_lookup (workspace, attest_record_get_string (requirement, "party-id"));
      party_name = party ? attest_record_get_string (party, "name") : "";
      if (attest_record_get_boolean (requirement, "addressed"))
        {
          message = g_strdup_printf (_("A requirement of %s, “%s”, is marked addressed without saying how: say how it is addressed."),
                                     *party_name ? party_name : _("a party"), attest_record_get_string (requirement, "text"));
          add (findings, &addressed_without_how, "parties", "4.2", WARNING, requirement, "how-addressed", message);
        }
      else
        {
          /* 4.2 c asks which requirements the ISMS addresses: one it does
           * not address needs a reason, or what is planned, as much as one
           * it does needs a how. */
          message = g_strdup_printf (_("A requirement of %s, “%s”, is marked not addressed without saying why: say why, "
                                       "or what is planned and by when."),
                                     *party_name ? party_name : _("a party"), attest_record_get_string (requirement, "text"));
          add (findings, &unaddressed_without_why, "parties", "4.2", WARNING, requirement, "how-addressed", message);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      const char *name = attest_record_get_string (item, "name");

      if (!attest_text_is_blank (name) && attest_text_is_blank (attest_record_get_string (item, "description")))
        {
          g_autofree char *message = g_strdup_printf (_("%s: describe this part of the scope in a few words."), name);

          add (findings, &scope_item_undescribed, "scope", "4.3", WARNING, item, "description", message);
        }
    }
}

/* A document approved, then changed: the pack and the auditor read a draft
 * that top management has not approved yet (7.5.2). */
static void
check_approvals (AttestWorkspace         *workspace,
                 GPtrArray               *findings,
                 AttestReadinessDiffFunc  diff,
                 gpointer                 user_data)
{
  const char * const *documents = attest_isms_documents ();

  for (guint i = 0; documents[i] != NULL; i++)
    {
      AttestRecord *version = attest_isms_document_get_approved (workspace, documents[i]);
      g_autoptr(GPtrArray) changes = NULL;

      if (version == NULL)
        continue;
      changes = diff != NULL ? diff (documents[i], version, user_data)
                             : attest_isms_document_diff (workspace, documents[i], version, NULL);
      if (changes != NULL && changes->len > 0)
        {
          g_autofree char *message =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s (%s): %u change since version %d was approved; approve the draft, "
                                          "or the auditor reads what top management has not approved.",
                                          "%s (%s): %u changes since version %d was approved; approve the draft, "
                                          "or the auditor reads what top management has not approved.",
                                          changes->len),
                             attest_isms_document_get_title (documents[i]),
                             attest_isms_document_get_identifier (documents[i]),
                             changes->len, attest_record_get_int (version, "number"));

          add (findings, &changed_since_approval, "documents", "7.5.2", WARNING, NULL, NULL, message);
        }
    }
}

static void
check_documents (AttestWorkspace *workspace,
                 GPtrArray       *findings)
{
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
  g_autofree char *today = attest_date_dup_today ();

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);
      const char *title = attest_record_get_string (document, "title");
      g_autofree char *name = *title ? g_strdup (title) : g_strdup_printf (_("Document %u"), i + 1);

      add_record_problems (findings, "documents", "7.5", WARNING, document, name);
      /* "Kept elsewhere" is only as good as the entry an auditor can trace. */
      if (attest_record_get_strv_length (document, "mandatory-items") > 0
          && (attest_text_is_blank (attest_record_get_string (document, "identifier"))
              || attest_text_is_blank (attest_record_get_string (document, "version"))
              || attest_text_is_blank (attest_record_get_string (document, "approved-on"))))
        {
          g_autofree char *message =
            g_strdup_printf (_("%s holds mandatory documented information but has no identifier, version or approval "
                               "date in the register: add them, so that an auditor can trace what was approved."),
                             name);

          add (findings, &untraceable_document, "documents", "7.5.2", WARNING, document, NULL, message);
        }
      /* A review date that has passed: the document may no longer be
       * suitable and adequate (7.5.2), and nobody has said it still is. */
      {
        const char *review = attest_record_get_string (document, "next-review");

        if (is_past (review, today))
          {
            g_autofree char *day = dup_day (review);
            g_autofree char *message =
              g_strdup_printf (_("%s is past its review date since %s: review it, or change the date."), name, day);

            add (findings, &review_overdue, "documents", "7.5.2", WARNING, document, "next-review", message);
          }
      }
    }
}

/* What a rule asks of one record of a register of plans (objectives,
 * changes, resources, communications) or of the people and roles, given
 * the name it goes by and today's date. */
typedef void (*PlanRule) (AttestWorkspace *workspace,
                          GPtrArray       *findings,
                          AttestRecord    *record,
                          const char      *name,
                          const char      *today);

/* Each record of @kind checked by its own field rules, as a blocker of
 * @clause, under its name (the kind's first field: a title, a name) or
 * else the name @unnamed gives it ("Objective 3"; a kind whose first
 * field is no text of its own, a reference or a choice, is always named by
 * @unnamed, as "Tom Okafor: Risk assessment"); then by @rule, if any. */
static void
check_records (AttestWorkspace *workspace,
               GPtrArray       *findings,
               GType            kind,
               const char      *area,
               const char      *clause,
               char          *(*unnamed) (AttestWorkspace *workspace, AttestRecord *record, guint n),
               PlanRule         rule,
               gboolean         fields)
{
  GListModel *records = attest_workspace_get_records (workspace, kind);
  g_autofree char *today = attest_date_dup_today ();
  guint n_fields;
  const AttestField *name_field = &attest_record_class_get_fields (g_type_class_peek (kind), &n_fields)[0];

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      gboolean named = G_IS_PARAM_SPEC_STRING (name_field->pspec) && name_field->references == NULL;
      const char *title = named ? attest_record_get_string (record, name_field->pspec->name) : "";
      g_autofree char *name = *title ? g_strdup (title) : unnamed (workspace, record, i + 1);

      if (fields)
        add_record_problems (findings, area, clause, BLOCKER, record, name);
      if (rule != NULL)
        rule (workspace, findings, record, name, today);
    }
}

static void
check_plans (AttestWorkspace *workspace,
             GPtrArray       *findings,
             GType            kind,
             const char      *area,
             const char      *clause,
             char          *(*unnamed) (AttestWorkspace *workspace, AttestRecord *record, guint n),
             PlanRule         rule)
{
  check_records (workspace, findings, kind, area, clause, unnamed, rule, TRUE);
}

static char *
objective_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                   AttestRecord    *record G_GNUC_UNUSED,
                   guint            n)
{
  return g_strdup_printf (_("Objective %u"), n);
}

/* An objective past its date while still open has a result nobody
 * recorded (6.2). */
static void
objective_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                GPtrArray       *findings,
                AttestRecord    *objective,
                const char      *name,
                const char      *today)
{
  const char *due = attest_record_get_string (objective, "due-date");
  int status = attest_record_get_enum (objective, "status");

  if (is_past (due, today)
      && status != ATTEST_OBJECTIVE_STATUS_ACHIEVED && status != ATTEST_OBJECTIVE_STATUS_NOT_ACHIEVED)
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: an objective, and the day it was to be achieved by */
      g_autofree char *message = g_strdup_printf (_("%s was to be achieved by %s: record whether it was, and "
                                                    "how it was evaluated, or set a new date."), name, day);

      add (findings, &objective_overdue, "objectives", "6.2", WARNING, objective, "due-date", message);
    }
}

static char *
change_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                AttestRecord    *record G_GNUC_UNUSED,
                guint            n)
{
  return g_strdup_printf (_("Change %u"), n);
}

/* A change done has had its consequences reviewed, on a day recorded;
 * one past its date while still open has a state nobody recorded (6.3). */
static void
change_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
             GPtrArray       *findings,
             AttestRecord    *change,
             const char      *name,
             const char      *today)
{
  const char *planned = attest_record_get_string (change, "planned-date");
  int status = attest_record_get_enum (change, "status");

  if (status == ATTEST_CHANGE_STATUS_DONE && !attest_date_is_valid (attest_record_get_string (change, "reviewed-on")))
    {
      /* TRANSLATORS: a planned change to the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s is done, but no review of its consequences is recorded: "
                                                    "review what it may affect and enter the day, or set it back "
                                                    "to in progress."), name);

      add (findings, &change_unreviewed, "changes", "6.3", BLOCKER, change, "reviewed-on", message);
    }
  if (is_past (planned, today)
      && (status == ATTEST_CHANGE_STATUS_PLANNED || status == ATTEST_CHANGE_STATUS_IN_PROGRESS))
    {
      g_autofree char *day = dup_day (planned);
      /* TRANSLATORS: a planned change to the ISMS, and the day it was planned for */
      g_autofree char *message = g_strdup_printf (_("%s was planned for %s and is not done: record where it "
                                                    "stands, or set a new date."), name, day);

      add (findings, &change_overdue, "changes", "6.3", WARNING, change, "planned-date", message);
    }
}

static char *
resource_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                  AttestRecord    *record G_GNUC_UNUSED,
                  guint            n)
{
  return g_strdup_printf (_("Resource %u"), n);
}

/* A resource needed by a day that has passed and still only requested or
 * approved, or one refused, leaves the ISMS without what it needs (7.1). */
static void
resource_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
               GPtrArray       *findings,
               AttestRecord    *resource,
               const char      *name,
               const char      *today)
{
  const char *needed = attest_record_get_string (resource, "needed-by");
  int status = attest_record_get_enum (resource, "status");

  if (is_past (needed, today)
      && (status == ATTEST_RESOURCE_STATUS_REQUESTED || status == ATTEST_RESOURCE_STATUS_APPROVED))
    {
      g_autofree char *day = dup_day (needed);
      /* TRANSLATORS: a resource the ISMS needs, and the day it was needed by */
      g_autofree char *message = g_strdup_printf (_("%s was needed by %s and is not provided: record whether it "
                                                    "was, or set a new date."), name, day);

      add (findings, &resource_not_provided, "resources", "7.1", WARNING, resource, "needed-by", message);
    }
  if (status == ATTEST_RESOURCE_STATUS_REFUSED)
    {
      /* TRANSLATORS: a resource the ISMS needs */
      g_autofree char *message = g_strdup_printf (_("%s was refused: say what the ISMS does without it, or ask "
                                                    "again."), name);

      add (findings, &resource_refused, "resources", "7.1", WARNING, resource, "status", message);
    }
}

static char *
communication_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                       AttestRecord    *record G_GNUC_UNUSED,
                       guint            n)
{
  return g_strdup_printf (_("Communication %u"), n);
}

/* A communication past the day it was next due has not been made, or was
 * made and not recorded (7.4). */
static void
communication_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                    GPtrArray       *findings,
                    AttestRecord    *communication,
                    const char      *name,
                    const char      *today)
{
  const char *due = attest_record_get_string (communication, "next-due");

  if (is_past (due, today))
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: a communication of the ISMS, and the day it was next due */
      g_autofree char *message = g_strdup_printf (_("%s was due on %s: record when it was made and when it is "
                                                    "next due."), name, day);

      add (findings, &communication_overdue, "communication", "7.4", WARNING, communication, "next-due", message);
    }
}

static char *
person_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                AttestRecord    *record G_GNUC_UNUSED,
                guint            n)
{
  return g_strdup_printf (_("Person %u"), n);
}

static char *
role_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
              AttestRecord    *record G_GNUC_UNUSED,
              guint            n)
{
  return g_strdup_printf (_("Role %u"), n);
}

/* A role is held by someone, and made known to those who hold it and
 * those who work with them (5.3). */
static void
role_rule (AttestWorkspace *workspace,
           GPtrArray       *findings,
           AttestRecord    *role,
           const char      *name,
           const char      *today G_GNUC_UNUSED)
{
  g_autoptr(GPtrArray) holders = attest_workspace_dup_links_from (workspace, "role-person", role, NULL);

  if (holders == NULL || holders->len == 0)
    {
      /* TRANSLATORS: a role of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s is held by nobody: name who holds it on the Roles page."), name);

      add (findings, &role_unheld, "roles", "5.3", BLOCKER, role, NULL, message);
    }
  if (!attest_date_is_valid (attest_record_get_string (role, "communicated-on")))
    {
      /* TRANSLATORS: a role of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s has not been made known: record how and when the people "
                                                    "who hold it and those who work with them were told."), name);

      add (findings, &role_not_communicated, "roles", "5.3", WARNING, role, "communicated-on", message);
    }
}

/* Top management is a role, and the two duties the standard gives by name
 * are each some role's (5.1, 5.3). */
static void
check_named_roles (AttestWorkspace *workspace,
                   GPtrArray       *findings)
{
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  gboolean leads = FALSE, conformity = FALSE, reporting = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);

      leads |= attest_record_get_boolean (role, "top-management");
      conformity |= attest_record_get_boolean (role, "conformity");
      reporting |= attest_record_get_boolean (role, "reporting");
    }
  if (!leads)
    add (findings, &named_role_missing, "roles", "5.3", BLOCKER, NULL, NULL,
         _("No role is top management: add the role of those who lead the organisation on the Roles page and "
           "mark it as part of top management, so that approvals and the audit pack can name them."));
  if (!conformity)
    add (findings, &named_role_missing, "roles", "5.3", BLOCKER, NULL, NULL,
         _("No role makes sure the ISMS conforms to ISO/IEC 27001: give that duty to a role on the Roles page, "
           "such as the ISMS manager's."));
  if (!reporting)
    add (findings, &named_role_missing, "roles", "5.3", BLOCKER, NULL, NULL,
         _("No role reports on the ISMS's performance to top management: give that duty to a role on the Roles "
           "page, such as the ISMS manager's."));
}

static char *
competence_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                    AttestRecord    *record G_GNUC_UNUSED,
                    guint            n)
{
  return g_strdup_printf (_("Competence %u"), n);
}

/* A person's competence goes by both: "Tom Okafor: Risk assessment". */
static char *
qualification_unnamed (AttestWorkspace *workspace,
                       AttestRecord    *qualification,
                       guint            n)
{
  AttestRecord *person = attest_workspace_lookup (workspace, attest_record_get_string (qualification, "person-id"));
  AttestRecord *competence = attest_workspace_lookup (workspace,
                                                      attest_record_get_string (qualification, "competence-id"));

  if (person == NULL || competence == NULL)
    return g_strdup_printf (_("Evidence of competence %u"), n);
  return attest_record_dup_display_name (workspace, qualification);
}

/* An action to gain a competence has a day by which it is held; one that
 * gained it is evaluated for its effect (7.2 c). */
static void
qualification_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                    GPtrArray       *findings,
                    AttestRecord    *qualification,
                    const char      *name,
                    const char      *today)
{
  const char *due = attest_record_get_string (qualification, "due-date");

  if (attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_PLANNED)
    {
      if (is_past (due, today))
        {
          g_autofree char *day = dup_day (due);
          /* TRANSLATORS: a person and a competence ("Tom Okafor: Risk assessment"), and the day it was to be gained by */
          g_autofree char *message = g_strdup_printf (_("%s was to be gained by %s: record the evidence once it is, "
                                                        "or set a new date."), name, day);

          add (findings, &competence_action_overdue, "competence", "7.2", WARNING, qualification, "due-date", message);
        }
    }
  else if (!attest_text_is_blank (attest_record_get_string (qualification, "action"))
           && attest_record_get_enum (qualification, "effective") == ATTEST_EFFECTIVENESS_NOT_EVALUATED)
    {
      /* TRANSLATORS: a person and a competence ("Tom Okafor: Risk assessment") */
      g_autofree char *message = g_strdup_printf (_("%s is held now: say whether the action that gained it was "
                                                    "effective."), name);

      add (findings, &competence_action_unevaluated, "competence", "7.2", WARNING, qualification, "effective",
           message);
    }
}

/* How @person stands on @competence today: covered by evidence held and
 * not expired, or by an action still within its date; else the day the
 * last evidence expired ("" for none). */
static gboolean
is_competent (GListModel   *qualifications,
              const char   *person,
              const char   *competence,
              const char   *today,
              char        **expired)
{
  *expired = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (qualifications); i++)
    {
      g_autoptr(AttestRecord) qualification = g_list_model_get_item (qualifications, i);
      const char *expires = attest_record_get_string (qualification, "expires-on");

      if (!g_str_equal (attest_record_get_string (qualification, "person-id"), person)
          || !g_str_equal (attest_record_get_string (qualification, "competence-id"), competence))
        continue;
      if (attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_PLANNED)
        {
          if (!is_past (attest_record_get_string (qualification, "due-date"), today))
            return TRUE;
        }
      else if (!is_past (expires, today))
        return TRUE;
      else if (*expired == NULL || strcmp (expires, *expired) > 0)
        {
          g_free (*expired);
          *expired = g_strdup (expires);
        }
    }
  return FALSE;
}

/* Everyone who holds a role has each competence the role requires (7.2):
 * evidence held and not expired, or an action to gain it within its date.
 * Each person and competence is named once, under the first role that
 * requires it. */
static void
check_competence_gaps (AttestWorkspace *workspace,
                       GPtrArray       *findings)
{
  g_autoptr(GPtrArray) required = attest_workspace_dup_links (workspace, "competence-role", NULL);
  g_autoptr(GPtrArray) held = attest_workspace_dup_links (workspace, "role-person", NULL);
  GListModel *qualifications = attest_workspace_get_records (workspace, ATTEST_TYPE_QUALIFICATION);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *today = attest_date_dup_today ();

  for (guint i = 0; required != NULL && i + 1 < required->len; i += 2)
    {
      AttestRecord *competence = attest_workspace_lookup (workspace, g_ptr_array_index (required, i));
      AttestRecord *role = attest_workspace_lookup (workspace, g_ptr_array_index (required, i + 1));

      if (competence == NULL || role == NULL)
        continue;
      for (guint k = 0; held != NULL && k + 1 < held->len; k += 2)
        {
          AttestRecord *person;
          g_autofree char *expired = NULL;
          g_autofree char *who = NULL, *what = NULL, *role_name = NULL, *message = NULL;

          if (!g_str_equal (g_ptr_array_index (held, k), attest_record_get_id (role)))
            continue;
          person = attest_workspace_lookup (workspace, g_ptr_array_index (held, k + 1));
          if (person == NULL
              || !g_hash_table_add (seen, g_strdup_printf ("%s %s", attest_record_get_id (person),
                                                           attest_record_get_id (competence)))
              || is_competent (qualifications, attest_record_get_id (person), attest_record_get_id (competence),
                               today, &expired))
            continue;
          who = attest_record_dup_display_name (workspace, person);
          what = attest_record_dup_display_name (workspace, competence);
          role_name = attest_record_dup_display_name (workspace, role);
          if (expired != NULL)
            {
              g_autofree char *day = dup_day (expired);

              /* TRANSLATORS: a person, a competence, the day their evidence of it expired, and a role that requires it */
              message = g_strdup_printf (_("%s's evidence of “%s” expired on %s, and %s requires it: renew it, or "
                                           "plan how they will."), who, what, day, role_name);
            }
          else
            /* TRANSLATORS: a person, a role they hold, and a competence the role requires */
            message = g_strdup_printf (_("%s holds %s, which requires “%s”, and has no evidence of it: record the "
                                         "evidence, or plan how they will gain it."), who, role_name, what);
          add (findings, &competence_gap, "competence", "7.2", WARNING, competence, NULL, message);
        }
    }
}

/* Evidence of leadership goes by what it shows. */
static char *
commitment_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                    AttestRecord    *commitment,
                    guint            n G_GNUC_UNUSED)
{
  return g_strdup (attest_enum_get_label (ATTEST_TYPE_COMMITMENT_ITEM, attest_record_get_enum (commitment, "item")));
}

/* Each thing top management is to show for the ISMS (5.1) has evidence:
 * those without are named in one finding. */
static void
check_commitments (AttestWorkspace *workspace,
                   GPtrArray       *findings)
{
  GListModel *commitments = attest_workspace_get_records (workspace, ATTEST_TYPE_COMMITMENT);
  g_autoptr(GEnumClass) items = g_type_class_ref (ATTEST_TYPE_COMMITMENT_ITEM);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_missing = 0;
  g_autofree char *message = NULL;

  for (guint v = 0; v < items->n_values; v++)
    {
      gboolean shown = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (commitments) && !shown; i++)
        {
          g_autoptr(AttestRecord) commitment = g_list_model_get_item (commitments, i);

          shown = attest_record_get_enum (commitment, "item") == items->values[v].value
                  && !attest_text_is_blank (attest_record_get_string (commitment, "evidence"));
        }
      if (shown)
        continue;
      n_missing++;
      g_string_append_printf (missing, "\n• %s", attest_enum_get_label (ATTEST_TYPE_COMMITMENT_ITEM,
                                                                          items->values[v].value));
    }
  if (n_missing == 0)
    return;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Nothing recorded yet shows that top management does this for the ISMS "
                                          "(%u of %u); add what shows it on the Leadership page, such as minutes, a "
                                          "budget or a message to staff:%s",
                                          "Nothing recorded yet shows that top management does these for the ISMS "
                                          "(%u of %u); add what shows each on the Leadership page, such as minutes, "
                                          "a budget or a message to staff:%s", n_missing),
                             n_missing, items->n_values, missing->str);
  add (findings, &commitment_unevidenced, "commitments", "5.1", WARNING, NULL, NULL, message);
}

static char *
provider_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                  AttestRecord    *record G_GNUC_UNUSED,
                  guint            n)
{
  return g_strdup_printf (_("External provider %u"), n);
}

/* An external provider past its next review is one the ISMS no longer
 * knows to be under control (8.1). */
static void
provider_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
               GPtrArray       *findings,
               AttestRecord    *provider,
               const char      *name,
               const char      *today)
{
  const char *due = attest_record_get_string (provider, "next-review");

  if (is_past (due, today))
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: an external provider, and the day it was next to be reviewed */
      g_autofree char *message = g_strdup_printf (_("%s was to be reviewed by %s: review what it provides against "
                                                    "the controls that apply, and record the day and the next."),
                                                  name, day);

      add (findings, &provider_review_overdue, "providers", "8.1", WARNING, provider, "next-review", message);
    }
}

/* The policy written (5.2), as the setup's Leadership step asks. */
static void
check_policy_written (AttestWorkspace *workspace,
                      GPtrArray       *findings)
{
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);

  if (policy == NULL || !attest_text_is_blank (attest_record_get_string (policy, "text")))
    return;
  /* A policy kept in a document of the register is that document's: the
   * mandatory information's rules speak for it. */
  if (attest_mandatory_item_get_status (attest_mandatory_item_lookup ("policy"), workspace, NULL)
      == ATTEST_MANDATORY_STATUS_ELSEWHERE)
    return;
  add (findings, &policy_unwritten, "policy", "5.2", BLOCKER, policy, "text",
       _("Write the information security policy, or start from the draft Attest makes from your answers "
         "(organisation, scope, objectives) and make it yours."));
}

/* The information security policy (5.2): written, approved by top
 * management, made known within the organisation, available to interested
 * parties as appropriate, and reviewed when it said it would be. */
static void
check_policy (AttestWorkspace *workspace,
              GPtrArray       *findings)
{
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  AttestRecord *version = attest_isms_document_get_approved (workspace, "policy");
  g_autofree char *today = attest_date_dup_today ();
  g_autofree char *approved_on = NULL;
  const char *review;
  gint64 usec;

  if (policy == NULL)
    return;
  add_record_problems (findings, "policy", "5.2", BLOCKER, policy, _("Information security policy"));
  /* Not written: check_policy_written() says so. */
  if (attest_text_is_blank (attest_record_get_string (policy, "text")))
    return;
  if (version == NULL)
    {
      add (findings, &policy_unapproved, "policy", "5.2", BLOCKER, policy, NULL,
           _("Have top management approve the information security policy: an auditor asks for the approved "
             "version first."));
      return;
    }
  review = attest_record_get_string (policy, "next-review");
  if (attest_timestamp_parse (attest_record_get_string (version, "approved-at"), &usec))
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

      approved_on = when != NULL ? g_date_time_format (when, "%Y-%m-%d") : NULL;
    }
  if (!attest_date_is_valid (review))
    add (findings, &policy_review_unplanned, "policy", "5.2", WARNING, policy, "next-review",
         _("Set the day of the policy's next review, so that it stays suitable as the organisation changes."));
  else if (approved_on != NULL && strcmp (review, approved_on) < 0)
    {
      g_autofree char *day = dup_day (review);
      g_autofree char *approved_day = dup_day (approved_on);
      /* TRANSLATORS: the policy's next review, and the day its newest version was approved */
      g_autofree char *message = g_strdup_printf (_("The policy's next review, %s, is before its approval on %s: "
                                                    "give a day after the approval."), day, approved_day);

      add (findings, &policy_review_unplanned, "policy", "5.2", WARNING, policy, "next-review", message);
    }
  else if (is_past (review, today))
    {
      g_autofree char *day = dup_day (review);
      g_autofree char *message = g_strdup_printf (_("The information security policy was to be reviewed by %s: "
                                                    "review it, approve it again if it changed, and set the "
                                                    "next day."), day);

      add (findings, &policy_review_overdue, "policy", "5.2", WARNING, policy, "next-review", message);
    }
  if (attest_text_is_blank (attest_record_get_string (policy, "communicated-to"))
      || attest_text_is_blank (attest_record_get_string (policy, "communicated-how"))
      || !attest_date_is_valid (attest_record_get_string (policy, "communicated-on")))
    add (findings, &policy_not_communicated, "policy", "5.2", WARNING, policy, "communicated-to",
         _("Record to whom the approved policy was made known, how, and on which day."));
  /* Made known before its newest approval: that was an older version. */
  else if (approved_on != NULL && strcmp (attest_record_get_string (policy, "communicated-on"), approved_on) < 0)
    {
      g_autofree char *day = dup_day (attest_record_get_string (policy, "communicated-on"));
      g_autofree char *approved_day = dup_day (approved_on);
      /* TRANSLATORS: the day the policy was made known, and the day its newest version was approved */
      g_autofree char *message = g_strdup_printf (_("The policy was made known on %s, before its newest version was "
                                                    "approved on %s: make the approved version known, and record "
                                                    "when."), day, approved_day);

      add (findings, &policy_not_communicated, "policy", "5.2", WARNING, policy, "communicated-on", message);
    }
  if (!attest_record_get_boolean (policy, "available-to-parties"))
    add (findings, &policy_unavailable, "policy", "5.2", WARNING, policy, "available-to-parties",
         _("The policy is not available to interested parties yet: make it available as suits them (on the "
           "website, on request), then mark it so and say how."));
  else if (attest_text_is_blank (attest_record_get_string (policy, "available-how")))
    add (findings, &policy_unavailable, "policy", "5.2", WARNING, policy, "available-how",
         _("Say how interested parties can have the policy (on the website, on request), as suits them."));
}

static char *
process_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                 AttestRecord    *record G_GNUC_UNUSED,
                 guint            n)
{
  return g_strdup_printf (_("Process %u"), n);
}

/* A process of the ISMS says what it is for and who owns it (4.4), what
 * it is run to and how that is checked (8.1), and runs when it is due. */
/* Whether the ISMS has run long enough to have had its first management
 * review: an internal audit has been held (the review follows the audit
 * before certification), or the workspace's organisation was recorded
 * twelve months ago or more. */
static gboolean
isms_has_run_a_year (AttestWorkspace *workspace)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);
  g_autoptr(GDateTime) year_ago = g_date_time_add_months (now, -12);

  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);

      if (attest_audit_is_held (audit))
        return TRUE;
    }
  return org != NULL && attest_record_get_created (org) <= g_date_time_to_unix (year_ago) * G_USEC_PER_SEC;
}

/* Whether the management review's rules (check_management_reviews()) say
 * when the review is due, rather than its process's last run: once
 * reviews are recorded, or once one is expected and none is. */
static gboolean
reviews_say_when (AttestWorkspace *workspace)
{
  return g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW)) > 0
         || isms_has_run_a_year (workspace);
}

static void
process_rule (AttestWorkspace *workspace,
              GPtrArray       *findings,
              AttestRecord    *process,
              const char      *name,
              const char      *today G_GNUC_UNUSED)
{
  g_autofree char *next = attest_process_dup_next_run (process);
  gboolean timed_by_reviews = attest_process_is_management_review (process) && reviews_say_when (workspace);

  if (attest_text_is_blank (attest_record_get_string (process, "purpose"))
      || attest_text_is_blank (attest_record_get_string (process, "owner")))
    {
      /* TRANSLATORS: a process of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s: say what it is for and who owns it."), name);

      add (findings, &process_incomplete, "processes", "4.4", WARNING, process,
           attest_text_is_blank (attest_record_get_string (process, "purpose")) ? "purpose" : "owner", message);
    }
  if (attest_text_is_blank (attest_record_get_string (process, "criteria"))
      || attest_text_is_blank (attest_record_get_string (process, "criteria-check")))
    {
      /* TRANSLATORS: a process of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s: say what it must achieve each time it runs (its criteria) "
                                                    "and how you check that it did."), name);

      add (findings, &process_criteria_unset, "processes", "8.1", WARNING, process,
           attest_text_is_blank (attest_record_get_string (process, "criteria")) ? "criteria" : "criteria-check",
           message);
    }
  if (timed_by_reviews)
    return;
  if (attest_process_is_overdue (process))
    {
      g_autofree char *day = dup_day (next);
      /* TRANSLATORS: a process of the ISMS, and the day it was next due to run */
      g_autofree char *message = g_strdup_printf (_("%s was due to run again by %s: run it and record the day, "
                                                    "or say how often it really runs."), name, day);

      add (findings, &process_overdue, "processes", "4.4", WARNING, process, "last-run", message);
    }
  else if (attest_process_is_unrun (process))
    {
      g_autofree char *cadence = attest_process_dup_cadence (process);
      /* TRANSLATORS: a process of the ISMS, then how often it runs ("Every 3 months") */
      g_autofree char *message = g_strdup_printf (_("%s has not run yet (%s): run it and record the day, so that "
                                                    "the day it is next due follows, or say it runs when needed."),
                                                  name, cadence);

      add (findings, &process_not_run, "processes", "4.4", WARNING, process, "last-run", message);
    }
}

/* The processes of the ISMS (4.4): some at all, and one for each process
 * the scope names, so that it is not described twice. */
static void
check_processes (AttestWorkspace *workspace,
                 GPtrArray       *findings)
{
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "scope-item-process", NULL);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);

  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS)) == 0)
    add (findings, &processes_none, "processes", "4.4", WARNING, NULL, NULL,
         _("Record the processes the ISMS needs and how they hand over to each other: on the Processes page, "
           "one button adds those your scope names and those every ISMS runs."));
  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    g_hash_table_add (linked, g_ptr_array_index (links, i));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      const char *name = attest_record_get_string (item, "name");

      if (attest_record_get_enum (item, "kind") == ATTEST_SCOPE_ITEM_KIND_PROCESS && !attest_text_is_blank (name)
          && !g_hash_table_contains (linked, attest_record_get_id (item)))
        {
          /* TRANSLATORS: a process or service the scope names */
          g_autofree char *message = g_strdup_printf (_("The scope names “%s”, and no process of the ISMS stands "
                                                        "for it: add it on the Processes page."), name);

          add (findings, &scope_process_unrecorded, "processes", "4.4", WARNING, item, NULL, message);
        }
    }
  check_plans (workspace, findings, ATTEST_TYPE_PROCESS, "processes", "4.4", process_unnamed, process_rule);
}

/* A record without a name of its own, by its kind and its place in the
 * register: "Metric 3", "Audit finding 2". */
static char *
kind_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
              AttestRecord    *record,
              guint            n)
{
  /* TRANSLATORS: a record with no name of its own: its kind, then its
   * place in its register, "Metric 3" */
  return g_strdup_printf (_("%1$s %2$u"), attest_kind_get_label (attest_record_get_kind (record)), n);
}

/* A metric has a target its results are evaluated against, and is
 * measured as often as it says (9.1). */
static void
metric_rule (AttestWorkspace *workspace,
             GPtrArray       *findings,
             AttestRecord    *metric,
             const char      *name,
             const char      *today G_GNUC_UNUSED)
{
  g_autofree char *next = attest_metric_dup_next_due (workspace, metric);

  if (attest_record_get_enum (metric, "direction") == ATTEST_TARGET_DIRECTION_NONE)
    {
      /* TRANSLATORS: a metric of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s: set its target and whether values should stay at least "
                                                    "or at most at it, so that its results can be evaluated."), name);

      add (findings, &metric_no_target, "metrics", "9.1", WARNING, metric, "target", message);
    }
  if (attest_metric_get_last_measurement (workspace, metric) == NULL)
    {
      /* TRANSLATORS: a metric of the ISMS */
      g_autofree char *message = g_strdup_printf (_("%s has no measurement yet: record the first, with the day "
                                                    "it was taken."), name);

      add (findings, &metric_not_measured, "metrics", "9.1", WARNING, metric, NULL, message);
    }
  else if (attest_metric_is_overdue (workspace, metric))
    {
      g_autofree char *day = dup_day (next);
      /* TRANSLATORS: a metric of the ISMS, and the day its next measurement was due */
      g_autofree char *message = g_strdup_printf (_("%s was due to be measured by %s: record the measurement, "
                                                    "or say how often it is really measured."), name, day);

      add (findings, &metric_overdue, "metrics", "9.1", WARNING, metric, "measured-every", message);
    }
}

/* What the ISMS monitors and measures (9.1): something at all, each metric
 * complete, targeted and measured when due. */
static void
check_metrics (AttestWorkspace *workspace,
               GPtrArray       *findings)
{
  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_METRIC)) == 0)
    add (findings, &metrics_none, "metrics", "9.1", WARNING, NULL, NULL,
         _("Record what the ISMS monitors and measures to show it works, such as the share of systems patched "
           "in time: on the Metrics page, with how, how often and by whom."));
  check_plans (workspace, findings, ATTEST_TYPE_METRIC, "metrics", "9.1", kind_unnamed, metric_rule);
}

/* Each finding of an audit is against what the audit covers: a finding
 * elsewhere belongs to another audit, or the audit's scope says less than
 * what was audited. */
static void
check_findings_covered (AttestWorkspace *workspace,
                        GPtrArray       *findings,
                        AttestRecord    *audit,
                        const char      *name)
{
  g_autoptr(GPtrArray) found = attest_audit_dup_findings (workspace, audit);
  g_autoptr(GPtrArray) covered = NULL;

  if (found->len == 0)
    return;
  if (!attest_audit_is_held (audit))
    {
      for (guint i = 0; i < found->len; i++)
        {
          AttestRecord *finding = g_ptr_array_index (found, i);
          g_autofree char *what = attest_record_dup_display_name (workspace, finding);
          /* TRANSLATORS: an internal audit not held yet, and one of its findings ("Minor nonconformity against
           * A.8.13") */
          g_autofree char *message = g_strdup_printf (_("%1$s has not been held yet but has a finding, %2$s: record "
                                                        "the day the audit was held, or remove the finding until "
                                                        "it is."), name, what);

          add (findings, &audit_finding_unheld, "audits", "9.2", WARNING, finding, "type", message);
        }
      return;
    }
  covered = attest_audit_dup_covered (workspace, audit);
  for (guint i = 0; i < found->len; i++)
    {
      AttestRecord *finding = g_ptr_array_index (found, i);
      g_autofree char *requirement = g_strstrip (g_strdup (attest_record_get_string (finding, "requirement")));
      gboolean inside = FALSE;

      if (!attest_audit_requirement_is_known (requirement))
        continue;
      for (guint c = 0; c < covered->len && !inside; c++)
        inside = attest_requirement_covers (g_ptr_array_index (covered, c), requirement);
      if (!inside)
        {
          /* TRANSLATORS: an internal audit, and the clause or control of one of its findings */
          g_autofree char *message = g_strdup_printf (_("%1$s has a finding against %2$s, which it does not cover: "
                                                        "add %2$s to what the audit covers, or record the finding "
                                                        "against what it does."), name, requirement);

          add (findings, &audit_finding_outside, "audits", "9.2", WARNING, finding, "requirement", message);
        }
    }
}

/* An audit is held by the day it was planned for, reports its
 * conclusions and names its auditors (9.2). */
static void
audit_rule (AttestWorkspace *workspace,
            GPtrArray       *findings,
            AttestRecord    *audit,
            const char      *name,
            const char      *today)
{
  const char *planned = attest_record_get_string (audit, "planned-date");
  g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, audit);

  if (!attest_audit_is_held (audit) && is_past (planned, today))
    {
      g_autofree char *day = dup_day (planned);
      /* TRANSLATORS: an internal audit, and the day it was planned for */
      g_autofree char *message = g_strdup_printf (_("%s was planned for %s: record the day it was held, or plan "
                                                    "it anew."), name, day);

      add (findings, &audit_overdue, "audits", "9.2", WARNING, audit, "held-on", message);
    }
  if (attest_audit_is_held (audit) && attest_text_is_blank (attest_record_get_string (audit, "report")))
    {
      /* TRANSLATORS: an internal audit */
      g_autofree char *message = g_strdup_printf (_("%s was held: write the conclusions of its report, and "
                                                    "where the full report is kept."), name);

      add (findings, &audit_unreported, "audits", "9.2", WARNING, audit, "report", message);
    }
  if (auditors->len == 0)
    {
      /* TRANSLATORS: an internal audit */
      g_autofree char *message = g_strdup_printf (_("%s: name who audits it, so that it can be seen they do "
                                                    "not audit their own work."), name);

      add (findings, &audit_no_auditor, "audits", "9.2", WARNING, audit, NULL, message);
    }
  if (attest_text_is_blank (attest_record_get_string (audit, "criteria")))
    {
      /* TRANSLATORS: an internal audit */
      g_autofree char *message = g_strdup_printf (_("%s: write its criteria, what it audits against: the standard, "
                                                    "and the organisation's own policies and procedures."), name);

      add (findings, &audit_no_criteria, "audits", "9.2", WARNING, audit, "criteria", message);
    }
  check_findings_covered (workspace, findings, audit, name);
}

/* No auditor audits their own work (9.2): one finding per auditor of an
 * audit, naming the first of their records in its area. */
static void
check_impartiality (AttestWorkspace *workspace,
                    GPtrArray       *findings)
{
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);
  g_autoptr(GHashTable) all = attest_audits_dup_conflicts (workspace);

  for (guint a = 0; a < g_list_model_get_n_items (audits) && g_hash_table_size (all) > 0; a++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, a);
      GArray *conflicts = g_hash_table_lookup (all, audit);
      const char *title = attest_record_get_string (audit, "title");
      g_autofree char *name = attest_text_is_blank (title) ? kind_unnamed (workspace, audit, a + 1) : g_strdup (title);

      for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
        {
          AttestAuditConflict *conflict = &g_array_index (conflicts, AttestAuditConflict, i);
          guint n = 1;
          g_autofree char *record_name = NULL;
          g_autofree char *message = NULL;

          if (i > 0 && g_array_index (conflicts, AttestAuditConflict, i - 1).auditor == conflict->auditor)
            continue;
          while (i + n < conflicts->len
                 && g_array_index (conflicts, AttestAuditConflict, i + n).auditor == conflict->auditor)
            n++;
          record_name = attest_record_dup_display_name (workspace, conflict->record);
          message = g_strdup_printf (
            /* TRANSLATORS: the auditor, the audit, how many records they
             * own in the areas it covers, the first of them with its kind,
             * and the clause or control it falls under: "Tom Okafor would
             * audit their own work in Audit 2026: they own 3 records in the
             * areas it covers, such as “Laptop theft” (Risk, 6.1.2)…" */
            g_dngettext (GETTEXT_PACKAGE,
                         "%1$s would audit their own work in %2$s: they own %3$u record in the areas it covers, "
                         "“%5$s” (%4$s, %6$s). Choose an auditor who does not, or leave that area to another audit.",
                         "%1$s would audit their own work in %2$s: they own %3$u records in the areas it covers, "
                         "such as “%5$s” (%4$s, %6$s). Choose an auditor who does not, or leave those areas to another "
                         "audit.", n),
            attest_record_get_string (conflict->auditor, "name"), name, n,
            attest_kind_get_label (attest_record_get_kind (conflict->record)), record_name, conflict->area);
          add (findings, &audit_not_impartial, "audits", "9.2", BLOCKER, audit, NULL, message);
        }
    }
}

/* The audit programme (9.2.2): set out, with audits held or planned, and
 * those audits covering every clause and applicable control within its
 * period. */
static void
check_audits (AttestWorkspace *workspace,
              GPtrArray       *findings)
{
  AttestRecord *programme = attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  g_autoptr(AttestCoverage) coverage = NULL;

  if (programme != NULL)
    add_record_problems (findings, "audits", "9.2", BLOCKER, programme, _("Audit programme"));
  if (programme == NULL
      || !attest_date_is_valid (attest_record_get_string (programme, "period-start"))
      || !attest_date_is_valid (attest_record_get_string (programme, "period-end"))
      || attest_text_is_blank (attest_record_get_string (programme, "methods")))
    add (findings, &audit_programme_unset, "audits", "9.2", WARNING, programme, "period-start",
         _("Set out the internal audit programme on the Internal audit page: the period it covers (usually the "
           "three years of the certificate), how often what is audited, and the methods."));
  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT)) == 0)
    add (findings, &audits_none, "audits", "9.2", WARNING, NULL, NULL,
         _("Plan the first internal audit on the Internal audit page: its scope, the clauses and controls it "
           "covers, and who audits."));
  check_plans (workspace, findings, ATTEST_TYPE_AUDIT, "audits", "9.2", kind_unnamed, audit_rule);
  check_impartiality (workspace, findings);
  check_plans (workspace, findings, ATTEST_TYPE_AUDIT_FINDING, "audits", "9.2", kind_unnamed, NULL);

  coverage = attest_audit_coverage_new (workspace);
  if (coverage->period_start != NULL && coverage->n_clause_gaps + coverage->n_control_gaps > 0)
    {
      g_autofree char *gaps = attest_audit_coverage_dup_gaps (coverage, 6);
      g_autofree char *start = dup_day (coverage->period_start);
      g_autofree char *end = dup_day (coverage->period_end);
      g_autofree char *clauses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses",
                                                               coverage->n_clause_gaps),
                                                  coverage->n_clause_gaps);
      g_autofree char *controls = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u applicable control",
                                                                "%u applicable controls", coverage->n_control_gaps),
                                                   coverage->n_control_gaps);
      /* TRANSLATORS: how many clauses and how many controls: "3 clauses and 40 applicable controls" */
      g_autofree char *both = g_strdup_printf (_("%1$s and %2$s"), clauses, controls);
      const char *what = coverage->n_clause_gaps == 0 ? controls : coverage->n_control_gaps == 0 ? clauses : both;
      /* TRANSLATORS: the programme's first and last day, what is not
       * covered ("3 clauses and 40 applicable controls"), and the first of
       * them: "7.4, 8.3, A.5.7, …" */
      g_autofree char *message = g_strdup_printf (_("No audit held or planned from %1$s to %2$s covers %3$s (%4$s): "
                                                    "plan audits of them within the programme's period."),
                                                  start, end, what, gaps);

      add (findings, &audit_coverage_gap, "audits", "9.2", WARNING, programme, NULL, message);
    }
}

/* The day @months months before @today, as date fields store it. */
static char *
dup_months_before (const char *today,
                   int         months)
{
  g_autoptr(GDateTime) day = attest_stored_date_parse (today);
  g_autoptr(GDateTime) before = day != NULL ? g_date_time_add_months (day, -months) : NULL;

  return before != NULL ? g_date_time_format (before, "%Y-%m-%d") : g_strdup (today);
}

/* How long a major nonconformity may wait for its reaction (10.2 a: to
 * react "as applicable", that is promptly) before readiness says so: 30
 * days, the time certification bodies commonly give for a major finding's
 * correction and corrective action plan. */
#define NO_REACTION_DAYS 30

static char *
dup_days_before (const char *today,
                 int         days)
{
  g_autoptr(GDateTime) day = attest_stored_date_parse (today);
  g_autoptr(GDateTime) before = day != NULL ? g_date_time_add_days (day, -days) : NULL;

  return before != NULL ? g_date_time_format (before, "%Y-%m-%d") : g_strdup (today);
}

/* A nonconformity (10.2) bears out the step it is marked at; a major one
 * (its audit finding's kind) is reacted to within NO_REACTION_DAYS of being
 * reported; its corrective actions, once done, are reviewed for
 * effectiveness within a month. */
static void
nonconformity_rule (AttestWorkspace *workspace,
                    GPtrArray       *findings,
                    AttestRecord    *nonconformity,
                    const char      *name,
                    const char      *today)
{
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);
  g_autofree char *unmet = attest_nonconformity_dup_unsupported (workspace, nonconformity);

  if (unmet != NULL)
    {
      /* TRANSLATORS: a nonconformity, the step it is marked at, and what
       * that step needs: "Backups not tested is marked “Causes analysed”,
       * but: Write its causes first: …" */
      g_autofree char *message = g_strdup_printf (_("%1$s is marked “%2$s”, but: %3$s"), name,
                                                  attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, state),
                                                  unmet);

      add (findings, &nonconformity_unsupported, "nonconformities", "10.2", WARNING, nonconformity, NULL, message);
      return;
    }
  if (state == ATTEST_NONCONFORMITY_STATE_REPORTED)
    {
      AttestRecord *finding = attest_workspace_lookup (workspace,
                                                       attest_record_get_string (nonconformity, "finding-id"));
      const char *reported = attest_record_get_string (nonconformity, "reported-on");
      g_autofree char *limit = dup_days_before (today, NO_REACTION_DAYS);

      if (finding != NULL && attest_record_get_enum (finding, "type") == ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY
          && attest_date_is_valid (reported) && strcmp (reported, limit) <= 0)
        {
          g_autofree char *day = dup_day (reported);
          /* TRANSLATORS: a nonconformity, and the day it was reported */
          g_autofree char *message = g_strdup_printf (_("%1$s, a major nonconformity, was reported on %2$s and not "
                                                        "reacted to yet: correct it and deal with its consequences, "
                                                        "then mark it reacted to."), name, day);

          add (findings, &nonconformity_no_reaction, "nonconformities", "10.2", WARNING, nonconformity, "correction",
               message);
        }
    }
  if (state == ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE)
    {
      g_autoptr(GPtrArray) actions = attest_nonconformity_dup_actions (workspace, nonconformity);
      g_autofree char *month_ago = dup_months_before (today, 1);
      const char *last = NULL;

      for (guint i = 0; i < actions->len; i++)
        {
          const char *done = attest_record_get_string (g_ptr_array_index (actions, i), "done-on");

          if (attest_date_is_valid (done) && (last == NULL || strcmp (done, last) > 0))
            last = done;
        }
      if (last != NULL && strcmp (last, month_ago) <= 0)
        {
          g_autofree char *day = dup_day (last);
          /* TRANSLATORS: a nonconformity, and the day its last corrective action was done */
          g_autofree char *message = g_strdup_printf (_("%1$s: its corrective actions were done by %2$s; review "
                                                        "whether they were effective, and close it or take it back "
                                                        "to its causes."), name, day);

          add (findings, &nonconformity_unreviewed, "nonconformities", "10.2", WARNING, nonconformity, "reviewed-on",
               message);
        }
    }
}

/* A corrective action is done by its due day. */
static void
corrective_action_rule (AttestWorkspace *workspace,
                        GPtrArray       *findings,
                        AttestRecord    *action,
                        const char      *name,
                        const char      *today)
{
  const char *due = attest_record_get_string (action, "due-date");

  if (is_past (due, today) && !attest_date_is_valid (attest_record_get_string (action, "done-on")))
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: a corrective action, and the day it was due */
      g_autofree char *message = g_strdup_printf (_("%1$s was due on %2$s: do it and write the day it was done, or "
                                                    "give it a new due day and say why."), name, day);

      add (findings, &corrective_action_overdue, "nonconformities", "10.2", WARNING, action, "due-date", message);
    }
}

/* An opportunity for improvement is decided within three months of being
 * raised, and once adopted, done by its due day (10.1). */
static void
improvement_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                  GPtrArray       *findings,
                  AttestRecord    *improvement,
                  const char      *name,
                  const char      *today)
{
  const char *raised = attest_record_get_string (improvement, "raised-on");
  const char *due = attest_record_get_string (improvement, "due-date");
  int decision = attest_record_get_enum (improvement, "decision");
  g_autofree char *quarter_ago = dup_months_before (today, 3);

  if (decision == ATTEST_IMPROVEMENT_DECISION_PENDING && attest_date_is_valid (raised)
      && strcmp (raised, quarter_ago) <= 0)
    {
      g_autofree char *day = dup_day (raised);
      /* TRANSLATORS: an opportunity for improvement, and the day it was raised */
      g_autofree char *message = g_strdup_printf (_("%1$s was raised on %2$s and is not decided yet: adopt it or "
                                                    "decline it, and say why."), name, day);

      add (findings, &improvement_undecided, "improvements", "10.1", WARNING, improvement, "decision", message);
    }
  if (decision == ATTEST_IMPROVEMENT_DECISION_ADOPTED && is_past (due, today)
      && attest_record_get_enum (improvement, "status") != ATTEST_ACTION_STATUS_DONE)
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: an opportunity for improvement, and the day it was due */
      g_autofree char *message = g_strdup_printf (_("%1$s was due on %2$s: carry it out, or give it a new due day."),
                                                  name, day);

      add (findings, &improvement_overdue, "improvements", "10.1", WARNING, improvement, "due-date", message);
    }
}

/* Improvement (10): every nonconformity an internal audit found has a
 * nonconformity record, taken through its steps; corrective actions and
 * improvements are done when due. */
static void
check_improvement (AttestWorkspace *workspace,
                   GPtrArray       *findings)
{
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);

  for (guint a = 0; a < g_list_model_get_n_items (audits); a++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, a);
      g_autoptr(GPtrArray) found = NULL;
      const char *title = attest_record_get_string (audit, "title");
      g_autofree char *audit_name = attest_text_is_blank (title) ? kind_unnamed (workspace, audit, a + 1)
                                                                  : g_strdup (title);

      if (!attest_audit_is_held (audit))
        continue;
      found = attest_audit_dup_findings (workspace, audit);
      for (guint i = 0; i < found->len; i++)
        {
          AttestRecord *finding = g_ptr_array_index (found, i);

          if (attest_finding_is_nonconformity (finding) && attest_finding_get_nonconformity (workspace, finding) == NULL)
            {
              /* TRANSLATORS: the kind of nonconformity ("Minor nonconformity"), the audit, and the clause or
               * control it is against */
              g_autofree char *message = g_strdup_printf (_("%1$s found by %2$s against %3$s: open a nonconformity "
                                                            "for it on the Internal audit page, and take it through "
                                                            "correction and corrective action."),
                                                          attest_enum_get_label (ATTEST_TYPE_FINDING_TYPE,
                                                                                 attest_record_get_enum (finding,
                                                                                                         "type")),
                                                          audit_name,
                                                          attest_record_get_string (finding, "requirement"));

              add (findings, &finding_unopened, "audits", "10.2", BLOCKER, finding, NULL, message);
            }
        }
    }
  check_plans (workspace, findings, ATTEST_TYPE_NONCONFORMITY, "nonconformities", "10.2", kind_unnamed,
               nonconformity_rule);
  check_plans (workspace, findings, ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformities", "10.2", kind_unnamed,
               corrective_action_rule);
  check_plans (workspace, findings, ATTEST_TYPE_IMPROVEMENT, "improvements", "10.1", kind_unnamed, improvement_rule);
}

/* A management review held is attended by top management and considers
 * its inputs, prepared (9.3.1, 9.3.2). */
static void
management_review_rule (AttestWorkspace *workspace,
                        GPtrArray       *findings,
                        AttestRecord    *review,
                        const char      *name G_GNUC_UNUSED,
                        const char      *today G_GNUC_UNUSED)
{
  g_autofree char *title = NULL;

  if (!attest_management_review_is_held (review))
    return;
  title = attest_record_dup_display_name (workspace, review);
  if (!attest_management_review_has_top_management (workspace, review))
    {
      /* TRANSLATORS: a management review */
      g_autofree char *message = g_strdup_printf (_("Nobody who attended %s holds a role of top management: top "
                                                    "management reviews the ISMS, so record who of it attended, "
                                                    "and mark their role as top management on the Roles page."),
                                                  title);

      add (findings, &review_no_top_management, "reviews", "9.3.1", BLOCKER, review, NULL, message);
    }
  if (attest_text_is_blank (attest_record_get_string (review, "inputs-prepared-at")))
    {
      g_autoptr(GPtrArray) inputs = attest_management_review_dup_inputs (workspace, review);

      if (inputs->len == 0)
        {
          /* TRANSLATORS: a management review */
          g_autofree char *message = g_strdup_printf (_("%s was held, but its inputs were not prepared: prepare "
                                                        "them on the Management review page, so that its minutes "
                                                        "show what the review considered."), title);

          add (findings, &review_inputs_unprepared, "reviews", "9.3.2", WARNING, review, "inputs-prepared-at",
               message);
        }
    }
}

static char *
review_action_unnamed (AttestWorkspace *workspace,
                       AttestRecord    *action,
                       guint            n)
{
  if (!attest_text_is_blank (attest_record_get_string (action, "title")))
    return attest_record_dup_display_name (workspace, action);
  return kind_unnamed (workspace, action, n);
}

/* An action a management review decided is done by its due day (9.3.3). */
static void
review_action_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                    GPtrArray       *findings,
                    AttestRecord    *action,
                    const char      *name,
                    const char      *today G_GNUC_UNUSED)
{
  if (attest_review_action_is_overdue (action))
    {
      g_autofree char *day = dup_day (attest_record_get_string (action, "due-date"));
      /* TRANSLATORS: an action a management review decided, and the day it was due */
      g_autofree char *message = g_strdup_printf (_("%1$s, decided by a management review, was due on %2$s: do it "
                                                    "and mark it done with the day, or give it a new due day."),
                                                  name, day);

      add (findings, &review_action_overdue, "reviews", "9.3.3", WARNING, action, "due-date", message);
    }
}

/* Management review (9.3): held at planned intervals, a year apart at
 * most, and once the ISMS has run a year or been audited; each held with
 * top management and its inputs; its actions done when due. */
static void
check_management_reviews (AttestWorkspace *workspace,
                          GPtrArray       *findings)
{
  AttestRecord *latest = attest_management_review_get_latest_held (workspace);
  g_autofree char *today = attest_date_dup_today ();
  g_autofree char *year_ago = dup_months_before (today, 12);

  if (latest == NULL && isms_has_run_a_year (workspace))
    {
      GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
      AttestRecord *late = NULL;
      gboolean planned = FALSE;

      /* A review planned for a day to come is in hand; one planned for a
       * day passed is named. */
      for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
        {
          g_autoptr(AttestRecord) review = g_list_model_get_item (reviews, i);
          const char *day = attest_record_get_string (review, "planned-date");

          if (attest_date_is_valid (day) && strcmp (day, today) >= 0)
            planned = TRUE;
          else if (attest_date_is_valid (day) && late == NULL)
            late = review;
        }
      if (late != NULL && !planned)
        {
          g_autofree char *title = attest_record_dup_display_name (workspace, late);
          g_autofree char *day = dup_day (attest_record_get_string (late, "planned-date"));
          /* TRANSLATORS: a management review, and the day it was planned for */
          g_autofree char *message = g_strdup_printf (_("No management review has been held yet: %1$s was planned "
                                                        "for %2$s. Hold it and record the day it was held, or plan "
                                                        "it for a new day."), title, day);

          add (findings, &review_none, "reviews", "9.3", WARNING, late, "held-on", message);
        }
      else if (!planned)
        add (findings, &review_none, "reviews", "9.3", WARNING, NULL, NULL,
             _("No management review has been held yet, though the ISMS has been audited or has run for a year: "
               "plan one on the Management review page, with top management, and prepare its inputs."));
    }
  else if (latest != NULL && strcmp (attest_record_get_string (latest, "held-on"), year_ago) < 0)
    {
      g_autofree char *title = attest_record_dup_display_name (workspace, latest);
      g_autofree char *day = dup_day (attest_record_get_string (latest, "held-on"));
      /* TRANSLATORS: the last management review held, and the day it was held */
      g_autofree char *message = g_strdup_printf (_("The last management review, %1$s, was held on %2$s, more than "
                                                    "twelve months ago: hold the next one, and record it on the "
                                                    "Management review page."), title, day);

      add (findings, &management_review_overdue, "reviews", "9.3", WARNING, latest, "held-on", message);
    }
  check_plans (workspace, findings, ATTEST_TYPE_MANAGEMENT_REVIEW, "reviews", "9.3", kind_unnamed,
               management_review_rule);
  check_plans (workspace, findings, ATTEST_TYPE_REVIEW_ACTION, "reviews", "9.3", review_action_unnamed,
               review_action_rule);
}

static char *
topic_policy_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                      AttestRecord    *record G_GNUC_UNUSED,
                      guint            n)
{
  return g_strdup_printf (_("Topic-specific policy %u"), n);
}

static void
topic_policy_rule (AttestWorkspace *workspace G_GNUC_UNUSED,
                   GPtrArray       *findings,
                   AttestRecord    *policy,
                   const char      *name,
                   const char      *today)
{
  const char *due = attest_record_get_string (policy, "next-review");

  /* Added from the usual ones, not filled in yet: to finish, not to stop
   * at. */
  if (attest_text_is_blank (attest_record_get_string (policy, "owner"))
      || attest_text_is_blank (attest_record_get_string (policy, "version"))
      || !attest_date_is_valid (attest_record_get_string (policy, "approved-on")))
    {
      /* TRANSLATORS: a topic-specific policy */
      g_autofree char *message = g_strdup_printf (_("%s: say who owns it, its version and the day it was approved, "
                                                    "or remove it if you have none."), name);

      add (findings, &topic_policy_incomplete, "policy", "5.2", WARNING, policy, "owner", message);
    }
  if (is_past (due, today))
    {
      g_autofree char *day = dup_day (due);
      /* TRANSLATORS: a topic-specific policy, and the day it was next to be reviewed */
      g_autofree char *message = g_strdup_printf (_("%s was to be reviewed by %s: review it, and record its "
                                                    "version and the next day."), name, day);

      add (findings, &topic_policy_review_overdue, "policy", "5.2", WARNING, policy, "next-review", message);
    }
}

static char *
awareness_unnamed (AttestWorkspace *workspace G_GNUC_UNUSED,
                   AttestRecord    *record G_GNUC_UNUSED,
                   guint            n)
{
  return g_strdup_printf (_("Awareness activity %u"), n);
}

/* A staff group as compared: trimmed, its case folded. */
static char *
group_key (const char *group)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (group));
  g_autofree char *folded = g_utf8_casefold (trimmed, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/**
 * attest_readiness_dup_staff_groups:
 * @workspace: a workspace
 *
 * The staff groups the people's records name, each once (compared trimmed
 * and in any case), as first written, trimmed: those that awareness (7.3)
 * is to reach.
 *
 * Returns: (transfer full) (element-type utf8): the groups, in the order
 *   of the people
 */
GPtrArray *
attest_readiness_dup_staff_groups (AttestWorkspace *workspace)
{
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *groups = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(AttestRecord) person = g_list_model_get_item (people, i);
      const char *group = attest_record_get_string (person, "staff-group");

      if (!attest_text_is_blank (group) && g_hash_table_add (seen, group_key (group)))
        g_ptr_array_add (groups, g_strstrip (g_strdup (group)));
    }
  return groups;
}

/* Every staff group the people's records name takes part in an awareness
 * activity at least every so many months, as the organisation sets (7.3):
 * the last one held for it (for all staff, or naming the group) is not
 * older than that. With no activity at all, that is said once. */
static void
check_awareness (AttestWorkspace *workspace,
                 GPtrArray       *findings)
{
  GListModel *activities = attest_workspace_get_records (workspace, ATTEST_TYPE_AWARENESS);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  int months = org != NULL ? attest_record_get_int (org, "awareness-interval") : 12;
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *today = attest_date_dup_today ();
  char since[16];
  GDate date;

  if (g_list_model_get_n_items (activities) == 0)
    {
      add (findings, &awareness_none, "awareness", "7.3", WARNING, NULL, NULL,
           _("No awareness activity is recorded: record the induction, training or briefings that make staff aware "
             "of the policy, of their part in the ISMS and of what happens if they do not follow it."));
      return;
    }

  /* The last day, up to today, that each group had an activity ("" for
   * none). */
  groups = attest_readiness_dup_staff_groups (workspace);
  for (guint i = 0; i < groups->len; i++)
    g_hash_table_insert (last, group_key (g_ptr_array_index (groups, i)), g_strdup (""));
  for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
    {
      g_autoptr(AttestRecord) activity = g_list_model_get_item (activities, i);
      const char *held = attest_record_get_string (activity, "held-on");
      const char * const *named = attest_record_get_strv (activity, "groups");
      GHashTableIter iter;
      gpointer key, value;

      if (!attest_date_is_valid (held) || strcmp (held, today) > 0)
        continue;
      g_hash_table_iter_init (&iter, last);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gboolean covered = attest_record_get_boolean (activity, "all-staff");

          for (guint k = 0; !covered && named != NULL && named[k] != NULL; k++)
            {
              g_autofree char *named_key = group_key (named[k]);

              covered = g_str_equal (named_key, key);
            }
          if (covered && strcmp (held, value) > 0)
            g_hash_table_iter_replace (&iter, g_strdup (held));
        }
    }

  /* The first day of the period: today, @months months back. */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) atoi (today + 8), (GDateMonth) atoi (today + 5), (GDateYear) atoi (today));
  g_date_subtract_months (&date, (guint) MAX (months, 1));
  g_date_strftime (since, sizeof since, "%Y-%m-%d", &date);

  for (guint i = 0; i < groups->len; i++)
    {
      const char *group = g_ptr_array_index (groups, i);
      g_autofree char *key = group_key (group);
      const char *held = g_hash_table_lookup (last, key);
      g_autofree char *message = NULL;

      if (strcmp (held, since) >= 0)
        continue;
      if (*held == '\0')
        /* TRANSLATORS: a staff group, and the period in months the organisation set */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Staff group “%s” has had no awareness activity in the last %d month: "
                                                "plan one, or record the one held.",
                                                "Staff group “%s” has had no awareness activity in the last %d months: "
                                                "plan one, or record the one held.", months), group, months);
      else
        {
          g_autofree char *day = dup_day (held);

          /* TRANSLATORS: a staff group, the day of its last awareness activity, and the period in months */
          message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Staff group “%s” last had an awareness activity on %s, more than %d "
                                                  "month ago: plan one, or record the one held.",
                                                  "Staff group “%s” last had an awareness activity on %s, more than %d "
                                                  "months ago: plan one, or record the one held.", months),
                                     group, day, months);
        }
      add (findings, &awareness_group_missed, "awareness", "7.3", WARNING, NULL, NULL, message);
    }
}

/* The items that are results of what took place, not plans: kept
 * elsewhere, they are on record only in a document approved on a day that
 * has come. A document without an approval date, or approved only on a
 * day to come, does not show that the results exist (9.1, 9.2, 9.3). */
static void
check_results (AttestWorkspace *workspace,
               GPtrArray       *findings)
{
  static const char * const results[] = { "monitoring-results", "audit-programme", "management-review" };
  g_autofree char *today = attest_date_dup_today ();

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      const AttestMandatoryItem *item = attest_mandatory_item_lookup (results[i]);
      g_autoptr(GPtrArray) documents = NULL;
      g_autoptr(GString) names = g_string_new (NULL);
      gboolean approved = FALSE, to_come = FALSE;
      g_autofree char *message = NULL;

      if (attest_mandatory_item_get_status (item, workspace, NULL) != ATTEST_MANDATORY_STATUS_ELSEWHERE)
        continue;
      documents = attest_mandatory_item_dup_documents (item, workspace);
      for (guint k = 0; k < documents->len && !approved; k++)
        {
          AttestRecord *document = g_ptr_array_index (documents, k);
          const char *approved_on = attest_record_get_string (document, "approved-on");
          const char *title = attest_record_get_string (document, "title");
          /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
          g_autofree char *quoted = g_strdup_printf (_("“%s”"), *title ? title : attest_record_get_string (document, "identifier"));

          approved = attest_date_is_valid (approved_on) && strcmp (approved_on, today) <= 0;
          to_come |= attest_date_is_valid (approved_on) && !approved;
          g_string_append_printf (names, "%s%s", names->len ? ", " : "", quoted);
        }
      if (approved || documents->len == 0)
        continue;
      message = to_come
                ? g_strdup_printf (_("%s is kept only in %s, approved on a day still to come: results are on record "
                                     "once they exist; correct the approval date, or list the document that holds "
                                     "results already reached."), attest_mandatory_item_get_title (item), names->str)
                : g_strdup_printf (_("%s is kept only in %s, with no approval date to show the results exist: add "
                                     "the date they were approved, or list the document that holds them."),
                                   attest_mandatory_item_get_title (item), names->str);
      add (findings, &results_unapproved, "documents", item->clause, WARNING, g_ptr_array_index (documents, 0),
           "approved-on", message);
    }
}

/* What the setup's Leadership step asks (5.2, 5.3): the roles, each
 * with what it is for, the two duties the standard names given to roles,
 * and the policy written. Approving it, and who holds each role, come
 * after (attest_readiness_check()). */
static void
check_leadership (AttestWorkspace *workspace,
                  GPtrArray       *findings)
{
  check_records (workspace, findings, ATTEST_TYPE_ROLE, "roles", "5.3", role_unnamed, NULL, TRUE);
  check_named_roles (workspace, findings);
  check_policy_written (workspace, findings);
}

/* What the setup's Objectives step asks (6.2): at least one objective
 * (unless a document of the register keeps them), each measured, with a
 * target, a date and an owner. */
static void
check_objectives (AttestWorkspace *workspace,
                  GPtrArray       *findings)
{
  if (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_OBJECTIVE)) == 0
      && attest_mandatory_item_get_status (attest_mandatory_item_lookup ("objectives"), workspace, NULL)
         != ATTEST_MANDATORY_STATUS_ELSEWHERE)
    add (findings, &no_objective, "objectives", "6.2", BLOCKER, NULL, NULL,
         _("Set at least one information security objective: what is to be achieved, how it is measured, its "
           "target, by when, and who owns it."));
  check_plans (workspace, findings, ATTEST_TYPE_OBJECTIVE, "objectives", "6.2", objective_unnamed, objective_rule);
}

/**
 * attest_readiness_check:
 * @workspace: a workspace
 *
 * Every readiness rule over the whole workspace, the one set that the
 * Readiness page, the guided setup's review, `attest-cli check` and the
 * audit pack show: the setup's steps, the Statement of Applicability, the
 * risks and the treatment plan, the document register, and every item of
 * mandatory documented information that is missing. Controls not decided
 * yet are counted in one finding rather than listed one by one.
 *
 * Returns: (transfer full) (element-type AttestFinding): the findings, in
 *   clause order (stable: the order of the rules within a clause)
 */
GPtrArray *
attest_readiness_check (AttestWorkspace *workspace)
{
  return attest_readiness_check_full (workspace, NULL, NULL);
}

/**
 * attest_readiness_check_full:
 * @workspace: a workspace
 * @diff: (nullable): what changed in a document since its approval, for a
 *   caller that knows it already; %NULL to compute it
 * @user_data: data for @diff
 *
 * attest_readiness_check(), with the documents' changes since their
 * approval from @diff.
 *
 * Returns: (transfer full) (element-type AttestFinding): the findings, in
 *   clause order
 */
GPtrArray *
attest_readiness_check_full (AttestWorkspace         *workspace,
                             AttestReadinessDiffFunc  diff,
                             gpointer                 user_data)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  guint n_entries = g_list_model_get_n_items (entries), undecided = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i].check != check_soa)
      steps[i].check (workspace, findings);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

      if (attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_UNDECIDED)
        undecided++;
      else
        extend (findings, attest_soa_check_entry (workspace, entry));
    }
  if (undecided > 0)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u of %u controls is not decided yet.",
                                                               "%u of %u controls are not decided yet.", undecided),
                                                  undecided, n_entries);
      add (findings, &undecided_controls, "soa", "6.1.3 d", BLOCKER, NULL, NULL, message);
    }

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      extend (findings, attest_risk_check (workspace, risk));
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      extend (findings, attest_treatment_action_check (workspace, action));
    }
  extend (findings, attest_risks_check_actions_after_target (workspace));
  extend (findings, attest_risks_check_owner_approvals (workspace));
  check_context_details (workspace, findings);
  check_documents (workspace, findings);
  /* Objectives measurable, owned and dated (6.2); changes described,
   * owned and dated (6.3): as their fields say. */
  check_plans (workspace, findings, ATTEST_TYPE_PLANNED_CHANGE, "changes", "6.3", change_unnamed, change_rule);
  /* Resources with who provides them (7.1); communications saying what,
   * to whom, by whom, how and how often (7.4). */
  check_plans (workspace, findings, ATTEST_TYPE_RESOURCE, "resources", "7.1", resource_unnamed, resource_rule);
  check_plans (workspace, findings, ATTEST_TYPE_COMMUNICATION, "communication", "7.4", communication_unnamed,
               communication_rule);
  /* The information security policy and the topic-specific ones (5.2). */
  check_policy (workspace, findings);
  check_plans (workspace, findings, ATTEST_TYPE_TOPIC_POLICY, "policy", "5.2", topic_policy_unnamed,
               topic_policy_rule);
  /* What top management shows for the ISMS (5.1). */
  check_plans (workspace, findings, ATTEST_TYPE_COMMITMENT, "commitments", "5.1", commitment_unnamed, NULL);
  check_commitments (workspace, findings);
  /* The people and roles of the ISMS (5.3). */
  check_plans (workspace, findings, ATTEST_TYPE_PERSON, "people", "5.3", person_unnamed, NULL);
  /* Their fields and the two named duties are the Leadership step's. */
  check_records (workspace, findings, ATTEST_TYPE_ROLE, "roles", "5.3", role_unnamed, role_rule, FALSE);
  /* Competence (7.2): what the roles require, and the evidence. */
  check_plans (workspace, findings, ATTEST_TYPE_COMPETENCE, "competence", "7.2", competence_unnamed, NULL);
  check_plans (workspace, findings, ATTEST_TYPE_QUALIFICATION, "competence", "7.2", qualification_unnamed,
               qualification_rule);
  check_competence_gaps (workspace, findings);
  /* The processes of the ISMS (4.4), with their criteria (8.1). */
  check_processes (workspace, findings);
  /* External providers (8.1): what, who, when next reviewed. */
  check_plans (workspace, findings, ATTEST_TYPE_PROVIDER, "providers", "8.1", provider_unnamed, provider_rule);
  /* Awareness activities (7.3), and every staff group reached. */
  check_plans (workspace, findings, ATTEST_TYPE_AWARENESS, "awareness", "7.3", awareness_unnamed, NULL);
  check_awareness (workspace, findings);
  /* What is monitored and measured, and its results (9.1). */
  check_metrics (workspace, findings);
  check_audits (workspace, findings);
  check_management_reviews (workspace, findings);
  check_improvement (workspace, findings);
  check_approvals (workspace, findings, diff, user_data);
  check_mandatory (workspace, findings);
  check_results (workspace, findings);

  g_ptr_array_sort (findings, compare_findings);
  return findings;
}

/**
 * attest_readiness_count:
 * @findings: (element-type AttestFinding): findings
 * @severity: a severity
 *
 * Returns: how many of @findings have @severity
 */
guint
attest_readiness_count (GPtrArray      *findings,
                        AttestSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    n += ((AttestFinding *) g_ptr_array_index (findings, i))->severity == severity;
  return n;
}

/**
 * attest_readiness_count_records:
 * @findings: (element-type AttestFinding): findings
 *
 * Returns: how many records @findings concern, each counted once however
 *   many findings it has; a finding about no one record counts as one
 */
guint
attest_readiness_count_records (GPtrArray *findings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (finding->record == NULL)
        n++;
      else if (g_hash_table_add (seen, (gpointer) attest_record_get_id (finding->record)))
        n++;
    }
  return n;
}

void
attest_rule_count_free (AttestRuleCount *count)
{
  if (count == NULL)
    return;
  g_free (count->rule);
  g_free (count->title);
  g_free (count->clauses);
  g_free (count);
}

typedef struct
{
  AttestRuleCount *count;
  GHashTable      *records;   /* ids counted */
  GPtrArray       *clauses;   /* distinct, in the findings' (clause) order */
  guint            first;     /* the index of its first finding */
} Tally;

static void
tally_free (Tally *tally)
{
  attest_rule_count_free (tally->count);
  g_hash_table_unref (tally->records);
  g_ptr_array_unref (tally->clauses);
  g_free (tally);
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *x = *(Tally * const *) a;
  const Tally *y = *(Tally * const *) b;

  if (x->count->severity != y->count->severity)
    return x->count->severity == ATTEST_SEVERITY_BLOCKER ? -1 : 1;
  return (x->first > y->first) - (x->first < y->first);
}

/**
 * attest_readiness_summarise:
 * @findings: (element-type AttestFinding): findings, as
 *   attest_readiness_check() gives them
 *
 * Counts the findings rule by rule: what fired, with which severity, on how
 * many records. A rule that fires as a blocker on some records and as a
 * warning on others counts twice, once per severity.
 *
 * Returns: (transfer full) (element-type AttestRuleCount): the counts,
 *   blockers first, each severity in the order of the rules' first findings
 *   (clause order)
 */
GPtrArray *
attest_readiness_summarise (GPtrArray *findings)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) tallies = g_ptr_array_new_with_free_func ((GDestroyNotify) tally_free);
  GPtrArray *counts = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_rule_count_free);

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *key = g_strdup_printf ("%d %s", finding->severity, finding->rule);
      Tally *tally = g_hash_table_lookup (by_key, key);

      if (tally == NULL)
        {
          tally = g_new0 (Tally, 1);
          tally->count = g_new0 (AttestRuleCount, 1);
          tally->count->rule = g_strdup (finding->rule);
          tally->count->title = g_strdup (finding->rule_title);
          tally->count->severity = finding->severity;
          tally->records = g_hash_table_new (g_str_hash, g_str_equal);
          tally->clauses = g_ptr_array_new ();
          tally->first = i;
          g_hash_table_insert (by_key, g_steal_pointer (&key), tally);
          g_ptr_array_add (tallies, tally);
        }
      tally->count->findings++;
      if (finding->record == NULL || g_hash_table_add (tally->records, (gpointer) attest_record_get_id (finding->record)))
        tally->count->records++;
      if (!g_ptr_array_find_with_equal_func (tally->clauses, finding->clause, g_str_equal, NULL))
        g_ptr_array_add (tally->clauses, finding->clause);
    }
  g_ptr_array_sort (tallies, compare_tallies);
  for (guint i = 0; i < tallies->len; i++)
    {
      Tally *tally = g_ptr_array_index (tallies, i);

      g_ptr_array_add (tally->clauses, NULL);
      tally->count->clauses = g_strjoinv (", ", (char **) tally->clauses->pdata);
      g_ptr_array_add (counts, g_steal_pointer (&tally->count));
    }
  return counts;
}

/**
 * attest_readiness_sample:
 * @findings: (element-type AttestFinding): findings
 * @limit: how many to show, at most, once every rule shows
 * @n_shown: (out): how many the sample shows
 *
 * Which findings a list with room for @limit rows shows: the first
 * finding of each rule (and severity), then the second of each, and so on,
 * up to @limit; every rule that fired shows at least once, even past
 * @limit, so that no rule hides behind another's thousand findings.
 *
 * Returns: (transfer full) (array length=findings->len): for each finding,
 *   whether to show it; shown in the order of @findings
 */
gboolean *
attest_readiness_sample (GPtrArray *findings,
                         guint      limit,
                         guint     *n_shown)
{
  g_autoptr(GHashTable) by_rule = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gboolean *shown = g_new0 (gboolean, findings->len + 1);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *key = g_strdup_printf ("%d %s", finding->severity, finding->rule);
      GArray *indices = g_hash_table_lookup (by_rule, key);

      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint));
          g_ptr_array_add (rules, indices);
          g_hash_table_insert (by_rule, g_steal_pointer (&key), indices);
        }
      g_array_append_val (indices, i);
    }
  for (guint round = 0;; round++)
    {
      gboolean more = FALSE;

      for (guint r = 0; r < rules->len && (round == 0 || n < limit); r++)
        {
          GArray *indices = g_ptr_array_index (rules, r);

          if (round < indices->len)
            {
              shown[g_array_index (indices, guint, round)] = TRUE;
              n++;
              more = TRUE;
            }
        }
      if (!more || n >= limit)
        break;
    }
  *n_shown = n;
  return shown;
}
