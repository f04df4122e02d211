/* test-readiness.c: field rules, the setup's findings, the scope draft, and
 * removal with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include "attest-core-test-util.h"
#include "attest-test-util.h"

static gboolean
has_finding (GPtrArray  *findings,
             const char *words)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (strstr (finding->message, words) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
dump (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_test_message ("%s %s: %s", finding->step, finding->clause, finding->message);
    }
}

/* The finding whose message has @words, or NULL. */
static AttestFinding *
find (GPtrArray  *findings,
      const char *words)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (strstr (finding->message, words) != NULL)
        return finding;
    }
  return NULL;
}

/* Whether the whole readiness check finds @words, and with @severity. */
static gboolean
fires (AttestWorkspace *workspace,
       const char      *words,
       AttestSeverity   severity)
{
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  AttestFinding *finding = find (findings, words);

  if (finding != NULL)
    g_assert_cmpint (finding->severity, ==, severity);
  return finding != NULL;
}

static void
test_risk_treatment_rules (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "treatment.isms", "Acme");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                                               "likelihood", 4, "impact", 5, NULL);
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(GDateTime) due_day = g_date_time_new_utc (2027, 3, 31, 0, 0, 0);
  AttestRecord *acceptance;

  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (fires (workspace, "Ransomware: above the acceptance level and no treatment chosen", ATTEST_SEVERITY_BLOCKER));

  /* Modify without an action: a blocker until the plan has one. */
  g_object_set (risk, "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  g_assert_false (fires (workspace, "no treatment chosen", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "Ransomware: to be modified, and the treatment plan has no action", ATTEST_SEVERITY_BLOCKER));
  action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                         "title", "Immutable backups", NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));
  g_assert_false (fires (workspace, "treatment plan has no action", ATTEST_SEVERITY_BLOCKER));
  /* ... and a control that treats it (6.1.3 b). */
  g_assert_true (fires (workspace, "Ransomware: to be modified, and no Annex A control is chosen", ATTEST_SEVERITY_BLOCKER));
  {
    AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");

    g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
    g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  }
  g_assert_false (fires (workspace, "no Annex A control", ATTEST_SEVERITY_BLOCKER));

  /* The action needs an owner (blocker) and a due date (warning). */
  g_assert_true (fires (workspace, "Action “Immutable backups” for Ransomware: no owner", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "Action “Immutable backups” for Ransomware: no due date", ATTEST_SEVERITY_WARNING));
  g_object_set (action, "owner", "IT lead", NULL);
  g_assert_false (fires (workspace, "Immutable backups” for Ransomware: no owner", ATTEST_SEVERITY_BLOCKER));
  g_object_set (action, "due-date", "2027-03-31", NULL);
  g_assert_false (fires (workspace, "no due date", ATTEST_SEVERITY_WARNING));

  /* The residual risk above the acceptance level: its owner decides once
   * the treatment is done, or once it is late; not while it runs on time. */
  attest_clock_set_fixed (g_date_time_to_unix (due_day) * G_USEC_PER_SEC - G_USEC_PER_SEC);
  g_object_set (risk, "residual-likelihood", 4, "residual-impact", 4, NULL);
  g_assert_false (fires (workspace, "the residual risk is above the acceptance level", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "past its due date", ATTEST_SEVERITY_BLOCKER));
  /* ... though its target above the level awaits the owner's acceptance. */
  g_assert_true (fires (workspace, "Ransomware: its target after treatment, High\u00a0(4\u00a0×\u00a04), is above the acceptance level "
                                   "and its owner has not accepted it", ATTEST_SEVERITY_WARNING));
  attest_clock_set_fixed (g_date_time_to_unix (due_day) * G_USEC_PER_SEC + G_TIME_SPAN_DAY);
  g_assert_true (fires (workspace, "its owner has not accepted it", ATTEST_SEVERITY_BLOCKER));
  acceptance = attest_risk_accept (workspace, risk, "Managing director", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error);
  g_assert_nonnull (acceptance);
  g_assert_false (fires (workspace, "its owner has not accepted it", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "accepted by Managing director, not by its owner IT lead", ATTEST_SEVERITY_BLOCKER));
  g_assert_nonnull (attest_risk_accept (workspace, risk, " it LEAD", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "not by its owner", ATTEST_SEVERITY_BLOCKER));
  /* Accepted while its action is still open: conditional, a warning. */
  g_assert_true (fires (workspace, "Ransomware: accepted on the strength of treatment not done yet: “Immutable backups” (Open)",
                        ATTEST_SEVERITY_WARNING));
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  g_assert_false (fires (workspace, "accepted on the strength", ATTEST_SEVERITY_WARNING));
  /* Done says when. */
  g_assert_true (fires (workspace, "Action “Immutable backups” for Ransomware: marked Done without the date it was completed",
                        ATTEST_SEVERITY_WARNING));
  /* Done before the decision (1 April 2027): nothing to decide again. */
  g_object_set (action, "completed-date", "2027-03-30", NULL);
  g_assert_false (fires (workspace, "Ransomware: its owner accepted it on", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "without the date it was completed", ATTEST_SEVERITY_WARNING));
  /* Done after it: the owner decides again. */
  g_object_set (action, "completed-date", "2027-04-02", NULL);
  g_assert_true (fires (workspace, "Ransomware: its owner accepted it on", ATTEST_SEVERITY_WARNING));
  attest_clock_set_fixed (g_date_time_to_unix (due_day) * G_USEC_PER_SEC + 3 * G_TIME_SPAN_DAY);
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "Ransomware: its owner accepted it on", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "Ransomware:", ATTEST_SEVERITY_BLOCKER));

  /* A later edit outdates the decision: a blocker while the residual risk
   * is above the acceptance level, a warning once it is within it. */
  g_object_set (risk, "description", "Encrypts the file server", NULL);
  g_assert_true (fires (workspace, "the acceptance is outdated", ATTEST_SEVERITY_BLOCKER));
  g_object_set (risk, "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_assert_true (fires (workspace, "the acceptance is outdated", ATTEST_SEVERITY_WARNING));
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "Ransomware:", ATTEST_SEVERITY_WARNING));
  g_assert_no_error (error);
  attest_clock_reset ();
}

static void
test_soa_rules (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "soa.isms", "Acme");
  AttestRecord *included = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  AttestRecord *excluded = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.7.1");

  g_assert_true (fires (workspace, "93 of 93 controls are not decided yet", ATTEST_SEVERITY_BLOCKER));
  g_object_set (included, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
  g_object_set (excluded, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, NULL);
  g_assert_true (fires (workspace, "91 of 93 controls are not decided yet", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "A.5.1 Policies for information security: included without a reason", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "A.7.1 Physical security perimeters: excluded without a justification", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "A.5.1 Policies for information security: no owner", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "A.5.1 Policies for information security: still to be implemented, and no target date",
                        ATTEST_SEVERITY_WARNING));

  g_object_set (included, "reason-legal", TRUE, "owner", "CISO", "target-date", "2027-01-31", NULL);
  g_object_set (excluded, "justification", "No premises of our own", NULL);
  g_assert_false (fires (workspace, "A.5.1 Policies", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "A.7.1 Physical", ATTEST_SEVERITY_BLOCKER));
  g_assert_no_error (error);
}

static void
test_mandatory_items (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "mandatory.isms", "Acme");
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  const AttestMandatoryItem *items, *policy, *soa;
  g_autoptr(AttestRecord) document = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  AttestRecord *where = NULL;
  guint n_items;
  static const char * const clauses[] = { "4.3", "5.2", "6.1.2", "6.1.3", "6.1.3 d", "6.2", "7.2", "7.5.1 b",
                                          "8.1", "8.2", "8.3", "9.1", "9.2", "9.3", "10.2" };

  /* Fifteen items, in clause order, each with an id and a title. */
  items = attest_mandatory_items (&n_items);
  g_assert_cmpuint (n_items, ==, G_N_ELEMENTS (clauses));
  for (guint i = 0; i < n_items; i++)
    {
      g_assert_cmpstr (items[i].clause, ==, clauses[i]);
      g_assert_true (attest_mandatory_item_lookup (items[i].id) == &items[i]);
      g_assert_true (attest_mandatory_item_lookup (items[i].clause) == &items[i]);
      g_assert_cmpstr (attest_mandatory_item_get_title (&items[i]), !=, "");
      if (i > 0)
        g_assert_cmpint (attest_clause_compare (clauses[i - 1], clauses[i]), <, 0);
    }
  g_assert_null (attest_mandatory_item_lookup ("5.3"));
  policy = attest_mandatory_item_lookup ("policy");
  soa = attest_mandatory_item_lookup (" 6.1.3 D ");
  g_assert_nonnull (soa);
  g_assert_cmpstr (soa->id, ==, "soa");

  /* A new workspace: the method is recorded, the rest missing, and the
   * readiness check says so for each of them, as blockers. */
  g_assert_cmpint (attest_mandatory_item_get_status (attest_mandatory_item_lookup ("6.1.2"), workspace, &where), ==,
                   ATTEST_MANDATORY_STATUS_RECORDED);
  g_assert_true (where == attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD));
  g_assert_cmpint (attest_mandatory_item_get_status (policy, workspace, &where), ==, ATTEST_MANDATORY_STATUS_MISSING);
  g_assert_null (where);
  g_assert_cmpint (attest_mandatory_item_get_status (soa, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_MISSING);
  findings = attest_readiness_check (workspace);
  dump (findings);
  g_assert_true (find (findings, "Information security policy is required") != NULL);
  g_assert_cmpint (find (findings, "Information security policy is required")->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (find (findings, "Information security policy is required")->clause, ==, "5.2");
  g_assert_true (find (findings, "Results of management reviews is required") != NULL);
  g_assert_true (find (findings, "Scope of the ISMS is required") != NULL);
  g_assert_null (find (findings, "Risk assessment process is required"));
  g_assert_cmpuint (attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER), >=, 12);
  /* In clause order. */
  for (guint i = 1; i < findings->len; i++)
    g_assert_cmpint (attest_clause_compare (((AttestFinding *) g_ptr_array_index (findings, i - 1))->clause,
                                            ((AttestFinding *) g_ptr_array_index (findings, i))->clause), <=, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Recorded: the scope statement; kept elsewhere: a register entry. */
  g_object_set (scope, "statement", "All of Acme.", NULL);
  g_assert_cmpint (attest_mandatory_item_get_status (attest_mandatory_item_lookup ("scope"), workspace, &where), ==,
                   ATTEST_MANDATORY_STATUS_RECORDED);
  g_assert_true (where == scope);
  document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "POL-01", "title", "Information security policy",
                           "location", "Intranet, Policies", "mandatory-items", (const char * const[]) { "5.2", " objectives", NULL },
                           NULL);
  g_assert_true (attest_workspace_add (workspace, document, &error));
  g_assert_cmpint (attest_mandatory_item_get_status (policy, workspace, &where), ==, ATTEST_MANDATORY_STATUS_ELSEWHERE);
  g_assert_true (where == document);
  g_assert_cmpint (attest_mandatory_item_get_status (attest_mandatory_item_lookup ("6.2"), workspace, NULL), ==,
                   ATTEST_MANDATORY_STATUS_ELSEWHERE);
  findings = attest_readiness_check (workspace);
  g_assert_null (find (findings, "Information security policy is required"));
  g_assert_null (find (findings, "Scope of the ISMS is required"));
  g_assert_null (find (findings, "objectives is required"));
  g_assert_nonnull (find (findings, "Evidence of competence is required"));
  /* Kept elsewhere, but an auditor cannot trace which version was approved. */
  g_assert_cmpint (find (findings, "Information security policy holds mandatory documented information but has no "
                                   "identifier, version or approval date")->severity, ==, ATTEST_SEVERITY_WARNING);
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (document, "version", "2", "approved-on", "2026-03-01", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_null (find (findings, "has no identifier, version or approval date"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* An item that is not one of the fifteen is a problem of the entry. */
  g_object_set (document, "mandatory-items", (const char * const[]) { "5.2", "5.3", NULL }, NULL);
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find (findings, "Information security policy — Mandatory information it serves"));
  g_assert_cmpint (find (findings, "“5.3” is not an item")->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_no_error (error);
}

static void
test_whole_demo (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_demo (fixture, "demo.isms", ATTEST_DEMO_SMALL);
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);

  /* The sample has every mandatory item: its nonconformities are in
   * Attest (10.2), the management meeting's minutes are the results of
   * management reviews; what is left are warnings. */
  dump (findings);
  g_assert_null (find (findings, "Nonconformities and corrective actions is required"));
  g_assert_null (find (findings, "Results of management reviews is required"));
  g_assert_null (find (findings, "treatment plan has no action"));

  /* The story holds together: no owner accepts on the strength of an open
   * action, no rating rises with treatment, and what is left is what the
   * sample means to show: the three items Attest has no place for yet, and the
   * SoA and treatment plan changed since their approval, and the one risk
   * awaiting its owner: the email risk, whose owner, the privacy lead,
   * has not approved the plan yet; the cloud outage's target is within the
   * acceptance level. Every action done says
   * when, one risk owner has not approved the plan yet, every document is within its review
   * date, the management review's minutes are approved, and the method
   * says how risks are identified. */
  g_assert_null (find (findings, "accepted on the strength"));
  g_assert_null (find (findings, "is higher than its rating before"));
  g_assert_null (find (findings, "no Annex A control"));
  g_assert_null (find (findings, "without saying how"));
  g_assert_null (find (findings, "its target after treatment"));
  g_assert_null (find (findings, "Cloud region outage stops client work: the residual risk"));
  g_assert_null (find (findings, "past its review date"));
  g_assert_null (find (findings, "is kept only in"));
  g_assert_null (find (findings, "the treatment plan has no action for it"));
  g_assert_null (find (findings, "without the date it was completed"));
  g_assert_nonnull (find (findings, "(Daniel Mensah) owns 1 risk in the treatment plan and has not approved the plan for it"));
  g_assert_null (find (findings, "(Tom Okafor) owns"));
  /* About the owner's approval of the plan, not one of their risks: no
   * record, and the treatment page to go to. */
  g_assert_null (find (findings, "(Daniel Mensah) owns 1 risk")->record);
  g_assert_null (find (findings, "(Daniel Mensah) owns 1 risk")->field);
  g_assert_cmpstr (find (findings, "(Daniel Mensah) owns 1 risk")->step, ==, "treatment");
  g_assert_null (find (findings, "how risks are identified"));
  g_assert_nonnull (find (findings, "Statement of Applicability (ISMS-SOA): 3 changes since version 1 was approved"));
  g_assert_nonnull (find (findings, "Risk treatment plan (ISMS-RTP): "));
  g_assert_cmpuint (attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER), ==, 0);
  /* The audit's nonconformity has its record, taken as far as its
   * actions; the spring's is closed; every step is borne out, and no
   * action or improvement is late. */
  g_assert_null (find (findings, "open a nonconformity"));
  g_assert_null (find (findings, "is marked"));
  g_assert_null (find (findings, "was due on"));
  g_assert_null (find (findings, "is not decided yet"));
  /* Its measurements are in Attest (9.1 recorded); the phishing
   * simulation waits for the autumn induction, so that metric is overdue,
   * and no other is. */
  g_assert_null (find (findings, "Monitoring and measurement results is required"));
  g_assert_nonnull (find (findings, "Staff who click the phishing simulation's link was due to be measured by"));
  g_assert_null (find (findings, "has no measurement yet"));
  g_assert_null (find (findings, "set its target"));
  /* Its processes have their criteria and how they are checked: 8.1 is
   * recorded in Attest, and no process is past its next run. */
  g_assert_null (find (findings, "Operational planning and control is required"));
  g_assert_null (find (findings, "was due to run again"));
  g_assert_null (find (findings, "no process of the ISMS stands for it"));
  g_assert_null (find (findings, "without saying why"));
  /* Its first internal audit was held (9.2 recorded, the process ran),
   * by an auditor from outside, so no one audits their own work; its
   * second is planned; the programme's three years have most controls
   * still to plan. Its first management review was held, with the
   * managing director and its inputs (9.3 recorded); the second is planned:
   * the reviews, not the process's last run, say when the next is due. */
  g_assert_null (find (findings, "Audit programme and audit results is required"));
  g_assert_null (find (findings, "Internal audit has not run yet"));
  g_assert_null (find (findings, "would audit their own work"));
  g_assert_null (find (findings, "record the day it was held"));
  g_assert_null (find (findings, "write the conclusions of its report"));
  g_assert_nonnull (find (findings, "covers 81 applicable controls (A.5.1, A.5.2,"));
  g_assert_null (find (findings, "Results of management reviews is required"));
  g_assert_null (find (findings, "No management review has been held yet"));
  g_assert_null (find (findings, "Management review has not run yet"));
  g_assert_null (find (findings, "attended"));
  g_assert_null (find (findings, "its inputs were not prepared"));
  g_assert_null (find (findings, "decided by a management review"));
  g_assert_cmpuint (attest_readiness_count (findings, ATTEST_SEVERITY_WARNING), ==, 5);
}

/* What the setup lets pass and an auditor asks about: "addressed" without
 * how, a part of the scope without a description, an approved document
 * changed since. Each fires as a warning and clears. */
static void
test_details_and_drafts (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "details.isms", "Acme");
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Insurer", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_LOCATION,
                                               "name", "Leeds office", NULL);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");

  g_assert_true (attest_workspace_add (workspace, party, &error));
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                              "text", "Backups tested every quarter.", "addressed", TRUE, NULL);
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (fires (workspace, "A requirement of Insurer, “Backups tested every quarter.”, is marked addressed without saying how",
                        ATTEST_SEVERITY_WARNING));
  g_object_set (requirement, "how-addressed", "Restore test log", NULL);
  g_assert_false (fires (workspace, "without saying how", ATTEST_SEVERITY_WARNING));
  g_object_set (requirement, "how-addressed", "", "addressed", FALSE, NULL);
  g_assert_false (fires (workspace, "without saying how", ATTEST_SEVERITY_WARNING));
  /* Not addressed ("No") needs a reason, or what is planned, as much. */
  g_assert_true (fires (workspace, "A requirement of Insurer, “Backups tested every quarter.”, is marked not addressed "
                                   "without saying why", ATTEST_SEVERITY_WARNING));
  {
    g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
    AttestFinding *finding = find (findings, "marked not addressed");

    g_assert_cmpstr (finding->clause, ==, "4.2");
    g_assert_cmpstr (finding->rule, ==, "requirement-not-addressed-without-why");
    g_assert_true (finding->record == requirement);
  }
  g_object_set (requirement, "how-addressed", "Planned: a quarterly restore test from March", NULL);
  g_assert_false (fires (workspace, "without saying why", ATTEST_SEVERITY_WARNING));

  g_assert_true (attest_workspace_add (workspace, item, &error));
  g_assert_true (fires (workspace, "Leeds office: describe this part of the scope", ATTEST_SEVERITY_WARNING));
  g_object_set (item, "description", "Head office", NULL);
  g_assert_false (fires (workspace, "describe this part of the scope", ATTEST_SEVERITY_WARNING));

  g_assert_false (fires (workspace, "since version", ATTEST_SEVERITY_WARNING));
  g_assert_nonnull (attest_isms_document_approve (workspace, "soa", "Board", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (fires (workspace, "since version", ATTEST_SEVERITY_WARNING));
  g_object_set (entry, "owner", "IT lead", NULL);
  g_assert_true (fires (workspace, "Statement of Applicability (ISMS-SOA): 1 change since version 1 was approved",
                        ATTEST_SEVERITY_WARNING));
  g_assert_nonnull (attest_isms_document_approve (workspace, "soa", "Board", NULL, &error));
  g_assert_false (fires (workspace, "since version", ATTEST_SEVERITY_WARNING));
}

/* The findings of attest_readiness_check() about @record. */
static guint
findings_on (AttestWorkspace *workspace,
             AttestRecord    *record)
{
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (finding->record == record)
        {
          g_test_message ("%s: %s", finding->rule, finding->message);
          n++;
        }
    }
  return n;
}

/* One finding per risk per cause: a risk above the acceptance level with
 * no treatment chosen is that, not also a residual risk nobody accepted;
 * and "Modify" without an action is a blocker only where the risk must
 * come down, a warning within the acceptance level. */
static void
test_one_finding_per_cause (TestDir       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "causes.isms", "Acme");
  g_autoptr(AttestRecord) untreated = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                                                    "likelihood", 4, "impact", 5, NULL);
  g_autoptr(AttestRecord) medium = g_object_new (ATTEST_TYPE_RISK, "title", "Laptop theft", "owner", "IT lead",
                                                 "likelihood", 3, "impact", 2, "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  g_autoptr(AttestRecord) low = g_object_new (ATTEST_TYPE_RISK, "title", "Printer jam", "owner", "IT lead",
                                              "likelihood", 2, "impact", 2, "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  g_autoptr(AttestRecord) high = g_object_new (ATTEST_TYPE_RISK, "title", "Fraud", "owner", "IT lead",
                                               "likelihood", 4, "impact", 4, "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.7");

  g_assert_true (attest_workspace_add (workspace, untreated, &error));
  g_assert_cmpuint (findings_on (workspace, untreated), ==, 1);
  g_assert_true (fires (workspace, "Ransomware: above the acceptance level and no treatment chosen", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Ransomware: the residual risk is above the acceptance level", ATTEST_SEVERITY_BLOCKER));
  /* Once a treatment is chosen, its residual risk needs the owner's word. */
  g_object_set (untreated, "treatment", ATTEST_TREATMENT_AVOID, NULL);
  g_assert_true (fires (workspace, "Ransomware: the residual risk is above the acceptance level and its owner has not "
                                   "accepted it", ATTEST_SEVERITY_BLOCKER));

  /* Medium (3 × 2) and Low (2 × 2) are within the 5 × 5 preset's
   * acceptance level (Medium); High (4 × 4) is above it. */
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
  g_assert_true (attest_workspace_add (workspace, medium, &error));
  g_assert_true (attest_workspace_add (workspace, low, &error));
  g_assert_true (attest_workspace_add (workspace, high, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", medium, entry, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", low, entry, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", high, entry, &error));
  g_assert_true (fires (workspace, "Laptop theft: to be modified, and the treatment plan has no action", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "Printer jam: to be modified, and the treatment plan has no action", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "Fraud: to be modified, and the treatment plan has no action", ATTEST_SEVERITY_BLOCKER));
  g_assert_cmpuint (findings_on (workspace, medium), ==, 1);

  /* Counted rule by rule, records rather than messages, blockers first. */
  {
    g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
    g_autoptr(GPtrArray) counts = attest_readiness_summarise (findings);
    AttestRuleCount *blocker = NULL, *warning = NULL;
    gboolean warnings_seen = FALSE;

    for (guint i = 0; i < counts->len; i++)
      {
        AttestRuleCount *count = g_ptr_array_index (counts, i);

        g_test_message ("%s %s %s: %u records, %u findings", count->rule, count->clauses,
                        count->severity == ATTEST_SEVERITY_BLOCKER ? "blocker" : "warning", count->records, count->findings);
        warnings_seen |= count->severity == ATTEST_SEVERITY_WARNING;
        g_assert_false (warnings_seen && count->severity == ATTEST_SEVERITY_BLOCKER);
        if (g_str_equal (count->rule, "risk-modify-without-action"))
          *(count->severity == ATTEST_SEVERITY_BLOCKER ? &blocker : &warning) = count;
      }
    g_assert_nonnull (blocker);
    g_assert_nonnull (warning);
    g_assert_cmpuint (blocker->records, ==, 1);
    g_assert_cmpuint (warning->records, ==, 2);
    g_assert_cmpuint (warning->findings, ==, 2);
    g_assert_cmpstr (warning->clauses, ==, "6.1.3 e");
    g_assert_cmpstr (warning->title, ==, "To be modified, and no action in the treatment plan");
    /* The field rules of a record count it once, however many fields. */
    g_assert_cmpuint (attest_readiness_count_records (findings), <=, findings->len);

    /* A sample with room for one row still shows every rule once; with
     * room for all, it shows all. */
    {
      guint n_shown;
      g_autofree gboolean *shown = attest_readiness_sample (findings, 1, &n_shown);
      g_autofree gboolean *all = NULL;
      gboolean blocker_shown = FALSE, warning_shown = FALSE;

      g_assert_cmpuint (n_shown, ==, counts->len);
      for (guint i = 0; i < findings->len; i++)
        {
          AttestFinding *finding = g_ptr_array_index (findings, i);

          if (shown[i] && g_str_equal (finding->rule, "risk-modify-without-action"))
            *(finding->severity == ATTEST_SEVERITY_BLOCKER ? &blocker_shown : &warning_shown) = TRUE;
        }
      g_assert_true (blocker_shown && warning_shown);
      all = attest_readiness_sample (findings, findings->len, &n_shown);
      g_assert_cmpuint (n_shown, ==, findings->len);
      for (guint i = 0; i < findings->len; i++)
        g_assert_true (all[i]);
    }
  }
  g_assert_no_error (error);
}

/* A risk owner's acceptance made before the actions it relies on were
 * done: the owner accepted a residual risk not reached yet (a warning),
 * until the decision is recorded again. */
static void
test_accepted_before_done (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "before.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) early = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  gint64 day1 = g_date_time_to_unix (start) * G_USEC_PER_SEC;
  AttestRecord *entry;

  attest_clock_set_fixed (day1);
  workspace = attest_workspace_create (path, "Acme", &error);
  g_assert_no_error (error);
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead", "likelihood", 4, "impact", 5,
                       "treatment", ATTEST_TREATMENT_MODIFY, "residual-likelihood", 2, "residual-impact", 5, NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  /* One action due before the decision and done then, one due a month after. */
  early = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title", "Backup policy",
                        "owner", "IT lead", "due-date", "2026-02-27", "status", ATTEST_ACTION_STATUS_DONE,
                        "completed-date", "2026-02-26", NULL);
  action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title", "Immutable backups",
                         "owner", "IT lead", "due-date", "2026-03-31", "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  g_assert_true (attest_workspace_add (workspace, early, &error));
  g_assert_true (attest_workspace_add (workspace, action, &error));
  attest_clock_set_fixed (day1 + (gint64) G_USEC_PER_SEC * 3600);
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "before the actions it relies on were done", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "Ransomware: accepted on the strength of treatment not done yet", ATTEST_SEVERITY_WARNING));

  /* Done three weeks later: the decision was made before it. */
  attest_clock_set_fixed (day1 + (gint64) G_USEC_PER_SEC * 3600 * 24 * 21);
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", "2026-03-23", NULL);
  g_assert_false (fires (workspace, "accepted on the strength", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "Ransomware: its owner accepted it on 2 March 2026, before the actions it relies on "
                                   "were done: “Immutable backups”; record the owner's decision again", ATTEST_SEVERITY_WARNING));
  {
    g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);

    g_assert_cmpstr (find (findings, "before the actions")->clause, ==, "6.1.3 f");
    g_assert_cmpstr (find (findings, "before the actions")->rule, ==, "acceptance-before-completion");
  }
  /* An action done before the decision, edited since, was done before it:
   * its completion date says so. */
  g_object_set (early, "title", "Backup policy, version 2", NULL);
  g_assert_false (fires (workspace, "“Backup policy", ATTEST_SEVERITY_WARNING));

  /* The owner decides again, now that it is done. */
  attest_clock_set_fixed (day1 + (gint64) G_USEC_PER_SEC * 3600 * 24 * 22);
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "before the actions it relies on were done", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "Ransomware:", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* "Share" or "Avoid" with no action in the plan, above the acceptance
 * level: the risk never comes down (a blocker), until an action is
 * planned; within the level, nothing is owed. */
/* How many findings of @rule @findings has, and that each leads to an
 * action's due date. */
static guint
count_rule (GPtrArray  *findings,
            const char *rule)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule, rule) != 0)
        continue;
      n++;
      g_assert_true (ATTEST_IS_TREATMENT_ACTION (finding->record));
      g_assert_cmpstr (finding->field, ==, "due-date");
      g_assert_cmpstr (finding->step, ==, "treatment");
      g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
    }
  return n;
}

/* An open action due after the certification target is a warning, one per
 * action, each saying how many; done, moved before the target, or with no
 * target (or a damaged one), it clears. */
static void
test_actions_after_target (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "late.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme", &error);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                                               "likelihood", 4, "impact", 4, "treatment", ATTEST_TREATMENT_MODIFY,
                                               "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_autoptr(AttestRecord) backups = NULL, training = NULL, early = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  const char *rule = "action-due-after-certification-target";

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  backups = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title",
                          "Offline backups", "owner", "IT lead", "due-date", "2027-07-01", NULL);
  training = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title",
                           "Phishing training", "owner", "HR", "due-date", "2027-09-15",
                           "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  early = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title",
                        "Patch the VPN", "owner", "IT lead", "due-date", "2027-03-01", NULL);
  g_assert_true (attest_workspace_add (workspace, backups, &error));
  g_assert_true (attest_workspace_add (workspace, training, &error));
  g_assert_true (attest_workspace_add (workspace, early, &error));
  g_assert_no_error (error);

  /* No target: nothing to be late for. */
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (org, "certification-target", "2027-06-01", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 2);
  g_assert_true (find (findings, "Action “Offline backups” for Ransomware: due 1 July 2027. 2 actions of the treatment "
                                 "plan are due after the certification target (1 June 2027)")->record == backups);
  g_assert_true (find (findings, "Action “Phishing training” for Ransomware: due 15 September 2027. 2 actions")->record
                 == training);
  g_assert_null (find (findings, "Patch the VPN"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Done clears one; the other says it is the one left. */
  g_object_set (training, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", "2027-01-10", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 1);
  g_assert_nonnull (find (findings, "Offline backups” for Ransomware: due 1 July 2027. 1 action of the treatment plan is "
                                    "due after the certification target (1 June 2027)"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Due on the target day is in time. */
  g_object_set (backups, "due-date", "2027-06-01", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A later target clears it too; a damaged one finds nothing to compare. */
  g_object_set (backups, "due-date", "2027-07-01", NULL);
  g_object_set (org, "certification-target", "2027-12-31", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (org, "certification-target", "soon", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_cmpuint (count_rule (findings, rule), ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
}

static void
test_treatment_without_action (TestDir       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "unplanned.isms", "Acme");
  g_autoptr(AttestRecord) shared = g_object_new (ATTEST_TYPE_RISK, "title", "Office fire", "owner", "Facilities",
                                                 "likelihood", 3, "impact", 5, "treatment", ATTEST_TREATMENT_SHARE,
                                                 "residual-likelihood", 3, "residual-impact", 1, NULL);
  g_autoptr(AttestRecord) avoided = g_object_new (ATTEST_TYPE_RISK, "title", "Old file server", "owner", "IT lead",
                                                  "likelihood", 4, "impact", 4, "treatment", ATTEST_TREATMENT_AVOID,
                                                  "residual-likelihood", 1, "residual-impact", 1, NULL);
  g_autoptr(AttestRecord) insurance = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_true (attest_workspace_add (workspace, shared, &error));
  g_assert_true (attest_workspace_add (workspace, avoided, &error));
  g_assert_true (fires (workspace, "Office fire: to be shared, and the treatment plan has no action for it, so it stays "
                                   "at High\u00a0(3\u00a0×\u00a05), above the acceptance level", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "Old file server: to be avoided, and the treatment plan has no action for it",
                        ATTEST_SEVERITY_BLOCKER));
  findings = attest_readiness_check (workspace);
  g_assert_cmpstr (find (findings, "Office fire: to be shared")->rule, ==, "risk-treatment-without-action");
  g_assert_cmpstr (find (findings, "Office fire: to be shared")->clause, ==, "6.1.3 e");
  g_assert_cmpstr (find (findings, "Office fire: to be shared")->field, ==, "treatment");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* An action in the plan clears it. */
  insurance = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (shared),
                            "title", "Fire insurance", "owner", "Facilities", "due-date", "2027-06-30", NULL);
  g_assert_true (attest_workspace_add (workspace, insurance, &error));
  g_assert_false (fires (workspace, "Office fire: to be shared", ATTEST_SEVERITY_BLOCKER));
  /* Within the acceptance level, nothing is owed. */
  g_object_set (avoided, "likelihood", 2, "impact", 2, "residual-likelihood", 1, "residual-impact", 1, NULL);
  g_assert_false (fires (workspace, "Old file server: to be avoided", ATTEST_SEVERITY_BLOCKER));
  g_assert_no_error (error);
}

/* A target above the acceptance level is residual risk its owner accepts
 * with the plan: while the actions run on time, a warning until the owner
 * does; the owner's acceptance before they are done says where the risk
 * stands until then. */
static void
test_target_not_accepted (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "target.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  g_autoptr(AttestRecord) low = NULL;
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) tidy = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);
  AttestRecord *entry;
  AttestFinding *finding;
  g_autoptr(GPtrArray) findings = NULL;

  attest_clock_set_fixed (g_date_time_to_unix (start) * G_USEC_PER_SEC);
  workspace = attest_workspace_create (path, "Acme", &error);
  g_assert_no_error (error);
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.30");
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Cloud outage", "owner", "IT lead", "likelihood", 4, "impact", 4,
                       "treatment", ATTEST_TREATMENT_MODIFY, "residual-likelihood", 3, "residual-impact", 4, NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title", "Second region",
                         "owner", "IT lead", "due-date", "2026-09-30", "status", ATTEST_ACTION_STATUS_OPEN, NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));

  /* On time, target High (3 × 4): the owner's word is owed, as a warning,
   * and nothing says the risk is not accepted as a blocker yet. */
  findings = attest_readiness_check (workspace);
  dump (findings);
  finding = find (findings, "Cloud outage: its target after treatment, High\u00a0(3\u00a0×\u00a04), is above the acceptance level and "
                            "its owner has not accepted it");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "risk-target-not-accepted");
  g_assert_cmpstr (finding->clause, ==, "6.1.3 f");
  g_assert_null (find (findings, "the residual risk is above the acceptance level"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A target within the level owes nothing; back above it, it does. */
  g_object_set (risk, "residual-likelihood", 2, "residual-impact", 2, NULL);
  g_assert_false (fires (workspace, "Cloud outage: its target", ATTEST_SEVERITY_WARNING));
  g_object_set (risk, "residual-likelihood", 3, "residual-impact", 4, NULL);
  g_assert_true (fires (workspace, "Cloud outage: its target", ATTEST_SEVERITY_WARNING));

  /* Someone else's acceptance is not the owner's. */
  g_assert_nonnull (attest_risk_accept (workspace, risk, "Managing director", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_true (fires (workspace, "Cloud outage: its target", ATTEST_SEVERITY_WARNING));
  /* The owner's acceptance clears it; the actions not done yet, the risk
   * stands above the acceptance level, and the acceptance says so. */
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_false (fires (workspace, "Cloud outage: its target", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "Cloud outage: accepted on the strength of treatment not done yet: “Second region” "
                                   "(Open); until they are done the risk stands at High\u00a0(4\u00a0×\u00a04), above the acceptance "
                                   "level, and the accepted residual risk is not reached", ATTEST_SEVERITY_WARNING));
  /* Within the acceptance level as it stands, the acceptance only waits. */
  low = g_object_new (ATTEST_TYPE_RISK, "title", "Untidy desks", "owner", "Office manager", "likelihood", 2, "impact", 2,
                      "treatment", ATTEST_TREATMENT_MODIFY, "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_assert_true (attest_workspace_add (workspace, low, &error));
  tidy = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (low), "title", "Clear desk rounds",
                       "owner", "Office manager", "due-date", "2026-06-30", NULL);
  g_assert_true (attest_workspace_add (workspace, tidy, &error));
  g_assert_nonnull (attest_risk_accept (workspace, low, "Office manager", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_true (fires (workspace, "Untidy desks: accepted on the strength of treatment not done yet: “Clear desk rounds” "
                                   "(Open); the accepted residual risk is reached only when they are done",
                        ATTEST_SEVERITY_WARNING));
  /* Done: the acceptance holds, nothing waits. */
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", "2026-03-02", NULL);
  g_assert_false (fires (workspace, "Cloud outage: accepted on the strength", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "Cloud outage:", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* A document of the register past its next review date (by the core's
 * clock): a warning until it is reviewed or the date changes. */
static void
test_review_overdue (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "review.isms", "Acme");
  g_autoptr(AttestRecord) document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "POL-02",
                                                   "title", "Acceptable use policy", "version", "1.0",
                                                   "approved-on", "2026-03-09", "next-review", "2027-03-09", NULL);
  g_autoptr(GDateTime) review_day = g_date_time_new_utc (2027, 3, 9, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  g_assert_true (attest_workspace_add (workspace, document, &error));
  /* On the day itself, not past it. */
  attest_clock_set_fixed (g_date_time_to_unix (review_day) * G_USEC_PER_SEC);
  g_assert_false (fires (workspace, "past its review date", ATTEST_SEVERITY_WARNING));
  attest_clock_set_fixed ((g_date_time_to_unix (review_day) + 86400) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Acceptable use policy is past its review date since 9 March 2027: review it, or change the date.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "document-review-overdue");
  g_assert_cmpstr (finding->clause, ==, "7.5.2");
  g_assert_cmpstr (finding->field, ==, "next-review");
  g_assert_true (finding->record == document);
  /* Reviewed: the next review a year on. */
  g_object_set (document, "next-review", "2028-03-09", NULL);
  g_assert_false (fires (workspace, "past its review date", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* An information security objective (6.2): measured, targeted, owned and
 * dated, or a blocker names what it lacks; past its date while still open,
 * a warning until its result is recorded or the date moves. Recorded in
 * Attest, it holds the mandatory item 6.2. */
static void
test_objectives (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "objectives.isms", "Acme");
  g_autoptr(AttestRecord) objective = g_object_new (ATTEST_TYPE_OBJECTIVE, "title", "Staff recognise phishing", NULL);
  g_autoptr(GDateTime) due_day = g_date_time_new_utc (2027, 6, 30, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  const AttestMandatoryItem *item = attest_mandatory_item_lookup ("6.2");
  AttestRecord *where = NULL;
  AttestFinding *finding;

  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_MISSING);
  g_assert_true (attest_workspace_add (workspace, objective, &error));
  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, &where), ==, ATTEST_MANDATORY_STATUS_RECORDED);
  g_assert_true (where == objective);

  /* Without a measure, a target, a date and an owner: each is named. */
  attest_clock_set_fixed (g_date_time_to_unix (due_day) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Staff recognise phishing — How it is measured: Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->clause, ==, "6.2");
  g_assert_nonnull (find (findings, "Staff recognise phishing — Target value: Required"));
  g_assert_nonnull (find (findings, "Staff recognise phishing — To be achieved by: Required"));
  g_assert_nonnull (find (findings, "Staff recognise phishing — Owner: Required"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (objective, "measure", "Click rate in the quarterly simulation", "target", "Below 5 %",
                "due-date", "2027-06-30", "owner", "People lead", "status", ATTEST_OBJECTIVE_STATUS_ON_TRACK, NULL);
  g_assert_false (fires (workspace, "Staff recognise phishing", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Staff recognise phishing", ATTEST_SEVERITY_WARNING));

  /* A day past its date, still on track: its result is not recorded. */
  attest_clock_set_fixed ((g_date_time_to_unix (due_day) + 86400) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Staff recognise phishing was to be achieved by 30 June 2027: record whether it was, and "
                            "how it was evaluated, or set a new date.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "objective-overdue");
  g_assert_cmpstr (finding->field, ==, "due-date");
  g_assert_true (finding->record == objective);
  /* Missed is a result too: recorded, the warning goes. */
  g_object_set (objective, "status", ATTEST_OBJECTIVE_STATUS_NOT_ACHIEVED, NULL);
  g_assert_false (fires (workspace, "was to be achieved by", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* A planned change to the ISMS (6.3): described, owned and dated; done
 * only with its consequences reviewed on a recorded day; past its date
 * while open, its state is asked for. */
static void
test_changes (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "changes.isms", "Acme");
  g_autoptr(AttestRecord) change = g_object_new (ATTEST_TYPE_PLANNED_CHANGE, "title", "Backups to a second region", NULL);
  g_autoptr(GDateTime) planned_day = g_date_time_new_utc (2027, 3, 1, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  g_assert_true (attest_workspace_add (workspace, change, &error));
  attest_clock_set_fixed (g_date_time_to_unix (planned_day) * G_USEC_PER_SEC);
  /* Without why, who and when: each is named. */
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Backups to a second region — Why it is made: Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->clause, ==, "6.3");
  g_assert_nonnull (find (findings, "Backups to a second region — Who carries it out: Required"));
  g_assert_nonnull (find (findings, "Backups to a second region — Planned for: Required"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (change, "reason", "Restores must not depend on one region", "owner", "Head of IT",
                "planned-date", "2027-03-01", "status", ATTEST_CHANGE_STATUS_IN_PROGRESS, NULL);
  g_assert_false (fires (workspace, "Backups to a second region", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Backups to a second region", ATTEST_SEVERITY_WARNING));

  /* A day past its date, still in progress: where it stands is asked for. */
  attest_clock_set_fixed ((g_date_time_to_unix (planned_day) + 86400) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Backups to a second region was planned for 1 March 2027 and is not done: record where it "
                            "stands, or set a new date.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "change-overdue");
  g_assert_cmpstr (finding->field, ==, "planned-date");
  g_assert_true (finding->record == change);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Done without a review of its consequences: a blocker on the review's
   * day; with the day, nothing. Cancelled asks for nothing either. */
  g_object_set (change, "status", ATTEST_CHANGE_STATUS_DONE, NULL);
  g_assert_false (fires (workspace, "was planned for", ATTEST_SEVERITY_WARNING));
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Backups to a second region is done, but no review of its consequences is recorded: "
                            "review what it may affect and enter the day, or set it back to in progress.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->rule, ==, "change-unreviewed");
  g_assert_cmpstr (finding->field, ==, "reviewed-on");
  g_object_set (change, "reviewed-on", "2027-02-27", NULL);
  g_assert_false (fires (workspace, "Backups to a second region", ATTEST_SEVERITY_BLOCKER));
  g_object_set (change, "status", ATTEST_CHANGE_STATUS_CANCELLED, "reviewed-on", "", NULL);
  g_assert_false (fires (workspace, "Backups to a second region", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Backups to a second region", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* A resource the ISMS needs (7.1): who provides it; needed by a day that
 * has passed and not provided, or refused, is asked about. A
 * communication (7.4): what, to whom, by whom, how, how often; past the
 * day it is next due, it is asked about. */
static void
test_resources_and_communication (TestDir       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "support.isms", "Acme");
  g_autoptr(AttestRecord) resource = g_object_new (ATTEST_TYPE_RESOURCE, "title", "An ISMS manager", NULL);
  g_autoptr(AttestRecord) news = g_object_new (ATTEST_TYPE_COMMUNICATION, "title", "Security news", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 2, 28, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  g_assert_true (attest_workspace_add (workspace, resource, &error));
  g_assert_true (attest_workspace_add (workspace, news, &error));
  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "An ISMS manager — Who provides it: Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->clause, ==, "7.1");
  finding = find (findings, "Security news — To whom: Required");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->clause, ==, "7.4");
  g_assert_nonnull (find (findings, "Security news — Who communicates: Required"));
  g_assert_nonnull (find (findings, "Security news — How: Required"));
  g_assert_nonnull (find (findings, "Security news — How often: Required"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (resource, "provider", "Managing director", "needed-by", "2027-02-28",
                "status", ATTEST_RESOURCE_STATUS_APPROVED, NULL);
  g_object_set (news, "audience", "All staff", "communicator", "Head of IT", "method", "All-hands meeting",
                "frequency", "Every quarter", "next-due", "2027-02-28", NULL);
  g_assert_false (fires (workspace, "An ISMS manager", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Security news", ATTEST_SEVERITY_BLOCKER));

  /* A day later: needed yesterday, approved but not provided; news due
   * yesterday. */
  attest_clock_set_fixed ((g_date_time_to_unix (day) + 86400) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "An ISMS manager was needed by 28 February 2027 and is not provided: record whether it "
                            "was, or set a new date.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "resource-not-provided");
  g_assert_cmpstr (finding->field, ==, "needed-by");
  finding = find (findings, "Security news was due on 28 February 2027: record when it was made and when it is next "
                            "due.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "communication-overdue");
  g_assert_true (finding->record == news);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Provided, and made with a new date: nothing. Refused: asked about. */
  g_object_set (resource, "status", ATTEST_RESOURCE_STATUS_PROVIDED, "provided-on", "2027-02-27", NULL);
  g_object_set (news, "last-on", "2027-02-28", "next-due", "2027-05-31", NULL);
  g_assert_false (fires (workspace, "An ISMS manager", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "Security news", ATTEST_SEVERITY_WARNING));
  g_object_set (resource, "status", ATTEST_RESOURCE_STATUS_REFUSED, NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "An ISMS manager was refused: say what the ISMS does without it, or ask again.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "resource-refused");
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* Roles (5.3): one makes sure the ISMS conforms and one reports on it
 * (blockers until some role has each duty); each role says what it is
 * responsible for, is held by someone, and was made known. A person has a
 * name. */
static void
test_roles (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "roles.isms", "Acme");
  g_autoptr(AttestRecord) manager = g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", "conformity", TRUE, NULL);
  g_autoptr(AttestRecord) nobody = g_object_new (ATTEST_TYPE_PERSON, NULL);
  g_autoptr(AttestRecord) jo = g_object_new (ATTEST_TYPE_PERSON, "name", "Jo Bloggs", "position", "Head of IT", NULL);
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  AttestFinding *finding;

  /* No role at all: both duties are asked for, on the Roles page. */
  finding = find (findings, "No role makes sure the ISMS conforms to ISO/IEC 27001: give that duty to a role on the "
                            "Roles page, such as the ISMS manager's.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->rule, ==, "role-named-missing");
  g_assert_cmpstr (finding->clause, ==, "5.3");
  g_assert_cmpstr (finding->step, ==, "roles");
  g_assert_null (finding->record);
  g_assert_nonnull (find (findings, "No role reports on the ISMS's performance to top management: give that duty to "
                                    "a role on the Roles page, such as the ISMS manager's."));
  /* Top management is a role too: approvals and the pack name it. */
  finding = find (findings, "No role is top management: add the role of those who lead the organisation on the "
                            "Roles page and mark it as part of top management, so that approvals and the audit pack "
                            "can name them.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->step, ==, "roles");
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_assert_true (attest_workspace_add (workspace, manager, &error));
  g_assert_true (attest_workspace_add (workspace, nobody, &error));
  g_assert_true (attest_workspace_add (workspace, jo, &error));
  findings = attest_readiness_check (workspace);
  /* The conformity duty is given; reporting is not yet. */
  g_assert_null (find (findings, "No role makes sure the ISMS conforms to ISO/IEC 27001: give that duty to a role on "
                                 "the Roles page, such as the ISMS manager's."));
  g_assert_nonnull (find (findings, "No role reports on the ISMS's performance to top management: give that duty to "
                                    "a role on the Roles page, such as the ISMS manager's."));
  finding = find (findings, "ISMS manager — Responsibilities: Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  finding = find (findings, "ISMS manager is held by nobody: name who holds it on the Roles page.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->rule, ==, "role-unheld");
  g_assert_true (finding->record == manager);
  finding = find (findings, "ISMS manager has not been made known: record how and when the people who hold it and "
                            "those who work with them were told.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "role-not-communicated");
  g_assert_cmpstr (finding->field, ==, "communicated-on");
  /* A person without a name goes by their number. */
  finding = find (findings, "Person 1 — Name: Required");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->step, ==, "people");
  g_assert_false (fires (workspace, "Jo Bloggs", ATTEST_SEVERITY_BLOCKER));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Held by Jo, both duties, made known: nothing about the role. */
  g_assert_true (attest_workspace_link (workspace, "role-person", manager, jo, &error));
  g_object_set (manager, "reporting", TRUE, "responsibilities", "Runs the ISMS.", "communicated", "Staff meeting",
                "communicated-on", "2026-03-02", NULL);
  g_assert_false (fires (workspace, "ISMS manager —", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "ISMS manager is held", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "ISMS manager has not", ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "No role makes", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "No role reports", ATTEST_SEVERITY_BLOCKER));
  g_assert_true (fires (workspace, "No role is top management", ATTEST_SEVERITY_BLOCKER));
  {
    g_autoptr(AttestRecord) leaders = attest_role_new_leader (ATTEST_LEADER_TOP_MANAGEMENT);

    /* The role Attest offers: titled, responsible for something, marked. */
    g_assert_cmpstr (attest_record_get_string (leaders, "title"), ==, "Top management");
    g_assert_false (attest_text_is_blank (attest_record_get_string (leaders, "responsibilities")));
    g_assert_true (attest_workspace_add (workspace, leaders, &error));
    g_assert_false (fires (workspace, "No role", ATTEST_SEVERITY_BLOCKER));
    g_assert_true (fires (workspace, "Top management is held by nobody", ATTEST_SEVERITY_BLOCKER));
  }

  /* Jo leaves the role: nobody holds it again. */
  g_assert_true (attest_workspace_unlink (workspace, "role-person", manager, jo, &error));
  g_assert_true (fires (workspace, "ISMS manager is held by nobody", ATTEST_SEVERITY_BLOCKER));
  g_assert_no_error (error);
}

/* Awareness (7.3): with no activity at all, that is said; an activity
 * says whom it was for, when and who attended; every staff group of the
 * people's records has had one (for all staff, or naming the group in any
 * case) in the period the organisation set, else it is named. */
static void
test_awareness (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "awareness.isms", "Acme");
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(AttestRecord) ann = g_object_new (ATTEST_TYPE_PERSON, "name", "Ann", "staff-group", "Warehouse", NULL);
  g_autoptr(AttestRecord) bo = g_object_new (ATTEST_TYPE_PERSON, "name", "Bo", "staff-group", " warehouse ", NULL);
  g_autoptr(AttestRecord) cy = g_object_new (ATTEST_TYPE_PERSON, "name", "Cy", "staff-group", "Drivers", NULL);
  g_autoptr(AttestRecord) induction = g_object_new (ATTEST_TYPE_AWARENESS, "title", "Induction", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_cmpint (attest_record_get_int (org, "awareness-interval"), ==, 12);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "No awareness activity is recorded");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "awareness-none");
  g_assert_cmpstr (finding->clause, ==, "7.3");
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_assert_true (attest_workspace_add (workspace, ann, &error));
  g_assert_true (attest_workspace_add (workspace, bo, &error));
  g_assert_true (attest_workspace_add (workspace, cy, &error));
  g_assert_true (attest_workspace_add (workspace, induction, &error));
  findings = attest_readiness_check (workspace);
  g_assert_null (find (findings, "No awareness activity is recorded"));
  g_assert_nonnull (find (findings, "Induction — Held on: Required"));
  g_assert_nonnull (find (findings, "Induction — Who attended, or how many: Required"));
  finding = find (findings, "Induction — For the staff groups: Say whom it was for: all staff, or the staff groups");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  /* Both groups, each once, in the spelling first written. */
  finding = find (findings, "Staff group “Warehouse” has had no awareness activity in the last 12 months: plan one, or "
                            "record the one held.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "awareness-group-missed");
  g_assert_nonnull (find (findings, "Staff group “Drivers” has had"));
  g_assert_null (find (findings, "“warehouse”"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* For the warehouse, as written another way, a month ago: only the
   * drivers are named. */
  g_object_set (induction, "groups", (const char * const[]) { "WAREHOUSE", NULL }, "held-on", "2027-03-01",
                "attendance", "12 of 14", NULL);
  g_assert_false (fires (workspace, "Induction", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "“Warehouse”", ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "“Drivers”", ATTEST_SEVERITY_WARNING));
  /* For all staff: nobody is named. Held on a day to come: not yet. */
  g_object_set (induction, "all-staff", TRUE, NULL);
  g_assert_false (fires (workspace, "Staff group", ATTEST_SEVERITY_WARNING));
  g_object_set (induction, "held-on", "2027-04-01", NULL);
  g_assert_true (fires (workspace, "“Drivers” has had no awareness activity", ATTEST_SEVERITY_WARNING));

  /* Held thirteen months ago: too long ago for a period of 12 months,
   * within one of 18. */
  g_object_set (induction, "held-on", "2026-02-27", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find (findings, "Staff group “Warehouse” last had an awareness activity on 27 February 2026, more "
                                    "than 12 months ago: plan one, or record the one held."));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (org, "awareness-interval", 18, NULL);
  g_assert_false (fires (workspace, "Staff group", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* Competence (7.2): whoever holds a role has each competence it
 * requires, shown by evidence held and not expired, or an action within
 * its date; an action past its date, and one that gained the competence
 * without a word on its effect, are asked about; evidence held says when
 * and where, an action how and by when. */
static void
test_competence (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "competence.isms", "Acme");
  g_autoptr(AttestRecord) manager = g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", NULL);
  g_autoptr(AttestRecord) jo = g_object_new (ATTEST_TYPE_PERSON, "name", "Jo Bloggs", NULL);
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_COMPETENCE, "title", "Risk assessment", NULL);
  g_autoptr(AttestRecord) course = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_true (attest_workspace_add (workspace, manager, &error));
  g_assert_true (attest_workspace_add (workspace, jo, &error));
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_link (workspace, "role-person", manager, jo, &error));
  /* Not required by any role yet: no gap. */
  g_assert_false (fires (workspace, "has no evidence", ATTEST_SEVERITY_WARNING));
  g_assert_true (attest_workspace_link (workspace, "competence-role", risk, manager, &error));
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Jo Bloggs holds ISMS manager, which requires “Risk assessment”, and has no evidence of "
                            "it: record the evidence, or plan how they will gain it.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "competence-gap");
  g_assert_cmpstr (finding->clause, ==, "7.2");
  g_assert_true (finding->record == risk);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* An action planned, within its date: no gap; it says how and by when. */
  course = g_object_new (ATTEST_TYPE_QUALIFICATION, "person-id", attest_record_get_id (jo),
                         "competence-id", attest_record_get_id (risk),
                         "status", ATTEST_QUALIFICATION_STATUS_PLANNED, NULL);
  g_assert_true (attest_workspace_add (workspace, course, &error));
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find (findings, "Jo Bloggs: Risk assessment — How it is gained (the action taken): Say how it is "
                                    "to be gained"));
  finding = find (findings, "Jo Bloggs: Risk assessment — To be gained by: Say by when");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (course, "action", "Risk workshop", "due-date", "2027-04-30", NULL);
  g_assert_false (fires (workspace, "Jo Bloggs", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "has no evidence", ATTEST_SEVERITY_WARNING));

  /* Its date passed: the action is asked about, and the gap is back. */
  g_object_set (course, "due-date", "2027-03-30", NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Jo Bloggs: Risk assessment was to be gained by 30 March 2027: record the evidence once "
                            "it is, or set a new date.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "competence-action-overdue");
  g_assert_nonnull (find (findings, "Jo Bloggs holds ISMS manager"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Held: when and where; then whether the action worked. */
  g_object_set (course, "status", ATTEST_QUALIFICATION_STATUS_HELD, NULL);
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find (findings, "Jo Bloggs: Risk assessment — Gained on: Say when it was gained"));
  g_assert_nonnull (find (findings, "Jo Bloggs: Risk assessment — Where the evidence is: Say where the evidence is"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (course, "obtained-on", "2027-03-29", "evidence", "Attendance list", NULL);
  g_assert_false (fires (workspace, "has no evidence", ATTEST_SEVERITY_WARNING));
  finding = NULL;
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Jo Bloggs: Risk assessment is held now: say whether the action that gained it was "
                            "effective.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "competence-action-unevaluated");
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (course, "effective", ATTEST_EFFECTIVENESS_EFFECTIVE, NULL);
  g_assert_false (fires (workspace, "Jo Bloggs: Risk assessment", ATTEST_SEVERITY_WARNING));

  /* Expired yesterday: a gap again, saying so. */
  g_object_set (course, "expires-on", "2027-03-30", NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Jo Bloggs's evidence of “Risk assessment” expired on 30 March 2027, and ISMS manager "
                            "requires it: renew it, or plan how they will.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "competence-gap");
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (course, "expires-on", "2027-03-31", NULL);
  g_assert_false (fires (workspace, "expired", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* External providers (8.1): who, what, who looks after it and when it is
 * next reviewed; past that day, it is asked about. */
static void
test_providers (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "providers.isms", "Acme");
  g_autoptr(AttestRecord) cloud = g_object_new (ATTEST_TYPE_PROVIDER, "name", "Stratus Cloud", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_true (attest_workspace_add (workspace, cloud, &error));
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Stratus Cloud — What it provides (a process, product or service): Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->clause, ==, "8.1");
  g_assert_cmpstr (finding->step, ==, "providers");
  g_assert_nonnull (find (findings, "Stratus Cloud — Who looks after the relationship: Required"));
  g_assert_nonnull (find (findings, "Stratus Cloud — Next review: Required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (cloud, "provides", "Hosting", "owner", "Head of IT", "next-review", "2027-03-31", NULL);
  g_assert_false (fires (workspace, "Stratus Cloud", ATTEST_SEVERITY_BLOCKER));
  g_assert_false (fires (workspace, "Stratus Cloud", ATTEST_SEVERITY_WARNING));
  g_object_set (cloud, "next-review", "2027-03-30", NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Stratus Cloud was to be reviewed by 30 March 2027: review what it provides against the "
                            "controls that apply, and record the day and the next.");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "provider-review-overdue");
  g_assert_true (finding->record == cloud);
  attest_clock_reset ();
  g_assert_no_error (error);
}

static AttestFinding *find_rule (GPtrArray *findings, const char *rule);

/* The processes of the ISMS (4.4, 8.1): none at all is asked about; a
 * process in scope without its record is; the usual ones are added once,
 * linked to the scope's and to each other; each asks for its purpose,
 * owner, criteria and their check, and for a run once its next is past. */
/* 9.1: something measured at all; each metric targeted, measured, and
 * measured again when due; 9.1's results recorded in Attest once a
 * measurement is. */
static void
test_metrics (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "metrics.isms", "Acme");
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autoptr(AttestRecord) metric = g_object_new (ATTEST_TYPE_METRIC, "name", "Patched in time", NULL);
  g_autoptr(AttestRecord) first = NULL;
  g_autoptr(AttestRecord) second = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autofree char *next = NULL;
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "metrics-none");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->clause, ==, "9.1");
  g_assert_cmpstr (finding->step, ==, "metrics");
  g_assert_nonnull (find (findings, "Monitoring and measurement results is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A metric named only: what it lacks, no target, nothing measured. */
  g_assert_true (attest_workspace_add (workspace, metric, &error));
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "metrics-none"));
  finding = find_rule (findings, "metric-no-target");
  g_assert_nonnull (finding);
  g_assert_true (finding->record == metric);
  g_assert_cmpstr (finding->field, ==, "target");
  g_assert_nonnull (find (findings, "Patched in time has no measurement yet"));
  g_assert_nonnull (find (findings, "What is measured"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Complete, measured monthly; measured on 28 February: due 28 March,
   * which has passed. Entered out of order, they are read by their days. */
  g_object_set (metric, "measure", "Critical updates installed in 14 days", "method", "Monthly report",
                "owner", "IT lead", "analysis", "At the monthly meeting", "target", "95",
                "direction", ATTEST_TARGET_DIRECTION_AT_LEAST, "unit", "%",
                "measured-every", 1, "measured-unit", ATTEST_CADENCE_MONTHS, NULL);
  second = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (metric),
                         "date", "2027-02-28", "value", "97", NULL);
  first = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (metric),
                        "date", "2027-01-31", "value", "91,5", NULL);
  g_assert_true (attest_workspace_add (workspace, second, &error));
  g_assert_true (attest_workspace_add (workspace, first, &error));
  measurements = attest_metric_dup_measurements (workspace, metric);
  g_assert_cmpuint (measurements->len, ==, 2);
  g_assert_true (g_ptr_array_index (measurements, 0) == first);
  g_assert_true (attest_metric_get_last_measurement (workspace, metric) == second);
  next = attest_metric_dup_next_due (workspace, metric);
  g_assert_cmpstr (next, ==, "2027-03-28");
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "metric-no-target"));
  g_assert_null (find_rule (findings, "metric-not-measured"));
  g_assert_null (find (findings, "What is measured"));
  g_assert_null (find (findings, "Monitoring and measurement results is required"));
  finding = find_rule (findings, "metric-overdue");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "Patched in time was due to be measured by 28 March 2027"));
  g_assert_true (finding->record == metric);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Measured every two months: due 28 April, not yet. */
  g_object_set (metric, "measured-every", 2, NULL);
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "metric-overdue"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Its measurements go with it, and come back with Undo. */
  g_assert_true (attest_workspace_remove (workspace, metric, &error));
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT)), ==, 0);
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT)), ==, 2);
  attest_clock_reset ();
}

/* The audit programme (9.2): set out, its audits held when planned and
 * reported, their auditors named and impartial, and its period covered. */
static void
test_audits (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "audits.isms", "Acme");
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  AttestRecord *programme = attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  const char *clauses[] = { "4", "6.1", NULL };
  g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of risk", "scope", "Risk",
                                                "clauses", clauses, "planned-date", "2027-03-01", NULL);
  g_autoptr(AttestRecord) auditor = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) role = g_object_new (ATTEST_TYPE_ROLE, "title", "Patch manager", NULL);
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Laptop theft", NULL);
  g_autoptr(AttestRecord) change = g_object_new (ATTEST_TYPE_PLANNED_CHANGE, "title", "New office", NULL);
  g_autoptr(AttestRecord) finding_record = NULL;
  g_autoptr(AttestCoverage) coverage = NULL;
  g_autoptr(GArray) conflicts = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.8");
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  /* Nothing yet: no programme, no audit, 9.2 missing. */
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find_rule (findings, "audit-programme-unset"));
  g_assert_nonnull (find_rule (findings, "audits-none"));
  g_assert_null (find_rule (findings, "audit-coverage-gap"));
  g_assert_nonnull (find (findings, "Audit programme and audit results is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The programme's period ends after it starts. */
  g_object_set (programme, "period-start", "2027-01-01", "period-end", "2026-12-31", NULL);
  problems = attest_record_check (programme);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (programme, "period-end", "2029-12-31", "methods", "Interviews and samples", NULL);

  /* An audit planned for 1 March, not held by 31 March, with no auditor. */
  g_assert_true (attest_workspace_add (workspace, audit, &error));
  g_assert_true (attest_workspace_add (workspace, auditor, &error));
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "audit-programme-unset"));
  g_assert_null (find_rule (findings, "audits-none"));
  finding = find_rule (findings, "audit-overdue");
  g_assert_nonnull (finding);
  g_assert_true (finding->record == audit);
  g_assert_cmpstr (finding->clause, ==, "9.2");
  g_assert_cmpstr (finding->step, ==, "audits");
  g_assert_nonnull (strstr (finding->message, "Audit of risk was planned for 1 March 2027"));
  g_assert_nonnull (find_rule (findings, "audit-no-auditor"));
  /* Planned, it covers clauses 4 and 6.1 in 2027; not the rest. */
  finding = find_rule (findings, "audit-coverage-gap");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "covers 18 clauses and 93 applicable controls (5.1, 5.2, 5.3, 6.2, 6.3,"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  coverage = attest_audit_coverage_new (workspace);
  g_assert_cmpint (coverage->first_year, ==, 2027);
  g_assert_cmpuint (coverage->n_years, ==, 3);
  g_assert_cmpuint (coverage->rows->len, ==, 23 + 93);
  g_assert_cmpstr (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->requirement, ==, "4.1");
  g_assert_cmpint (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->cells[0], ==, ATTEST_COVERAGE_PLANNED);
  g_assert_cmpint (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 7))->cells[0], ==, ATTEST_COVERAGE_PLANNED);
  g_assert_cmpstr (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 8))->requirement, ==, "6.2");
  g_assert_cmpint (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 8))->cells[0], ==, ATTEST_COVERAGE_NONE);
  g_assert_cmpuint (coverage->n_clause_gaps, ==, 18);
  g_assert_cmpuint (coverage->n_control_gaps, ==, 93);
  g_clear_pointer (&coverage, attest_audit_coverage_free);

  /* A held day still to come is a field problem, not an audit held: the
   * grid still says planned. */
  g_object_set (audit, "held-on", "2027-04-10", NULL);
  g_assert_false (attest_audit_is_held (audit));
  coverage = attest_audit_coverage_new (workspace);
  g_assert_cmpint (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->cells[0], ==, ATTEST_COVERAGE_PLANNED);
  g_assert_null (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->last_held);
  g_clear_pointer (&coverage, attest_audit_coverage_free);

  /* A finding and a measurement are named by what they are. */
  {
    g_autoptr(AttestRecord) named = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                                                  "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY,
                                                  "requirement", " A.8.13 ", NULL);
    g_autoptr(AttestRecord) metric = g_object_new (ATTEST_TYPE_METRIC, "name", "Patch latency", NULL);
    g_autoptr(AttestRecord) measurement = NULL;
    g_autofree char *finding_name = NULL;
    g_autofree char *measurement_name = NULL;

    g_assert_true (attest_workspace_add (workspace, metric, &error));
    measurement = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (metric),
                                "date", "2027-03-02", "value", "4", NULL);
    finding_name = attest_record_dup_display_name (workspace, named);
    measurement_name = attest_record_dup_display_name (workspace, measurement);
    g_assert_cmpstr (finding_name, ==, "Minor nonconformity against A.8.13");
    g_assert_cmpstr (measurement_name, ==, "Patch latency, 2 March 2027");
    g_assert_true (attest_workspace_remove (workspace, metric, &error));
  }

  /* Held, with a control linked and one the SoA excludes: the cells say
   * so, and the report is asked for. */
  g_object_set (audit, "held-on", "2027-03-02", NULL);
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
  g_object_set (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.7.1"),
                "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, NULL);
  g_assert_true (attest_workspace_link (workspace, "audit-control", audit, entry, &error));
  g_assert_true (attest_workspace_link (workspace, "audit-auditor", audit, auditor, &error));
  g_assert_no_error (error);
  coverage = attest_audit_coverage_new (workspace);
  g_assert_cmpint (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->cells[0], ==, ATTEST_COVERAGE_AUDITED);
  g_assert_cmpstr (((AttestCoverageRow *) g_ptr_array_index (coverage->rows, 0))->last_held, ==, "2027-03-02");
  g_assert_cmpuint (coverage->n_control_gaps, ==, 91);
  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);

      if (g_str_equal (row->requirement, "A.8.8"))
        g_assert_cmpint (row->cells[0], ==, ATTEST_COVERAGE_AUDITED);
      g_assert_true (row->applicable == !g_str_equal (row->requirement, "A.7.1"));
    }
  g_clear_pointer (&coverage, attest_audit_coverage_free);
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "audit-overdue"));
  g_assert_null (find_rule (findings, "audit-no-auditor"));
  g_assert_nonnull (find_rule (findings, "audit-unreported"));
  g_assert_null (find_rule (findings, "audit-not-impartial"));
  g_assert_null (find (findings, "Audit programme and audit results is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The auditor owns a risk (6.1.2, within 6.1), and through a role holds
   * the patching control (A.8.8): their own work, a blocker naming the
   * first; a change of 6.3 is not in the audit's area. */
  g_object_set (audit, "report", "Conforms.", NULL);
  g_object_set (risk, "owner", "Ada Lovelace", "owner-id", attest_record_get_id (auditor), NULL);
  g_object_set (change, "owner", "Ada Lovelace", "owner-id", attest_record_get_id (auditor), NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_add (workspace, change, &error));
  g_assert_true (attest_workspace_add (workspace, role, &error));
  g_assert_true (attest_workspace_link (workspace, "role-person", role, auditor, &error));
  g_object_set (entry, "owner", "Patch manager", "owner-id", attest_record_get_id (role), NULL);
  g_assert_no_error (error);
  conflicts = attest_audit_dup_conflicts (workspace, audit);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_true (g_array_index (conflicts, AttestAuditConflict, 0).auditor == auditor);
  g_assert_true (g_array_index (conflicts, AttestAuditConflict, 0).record == entry
                 || g_array_index (conflicts, AttestAuditConflict, 1).record == entry);
  g_assert_true (g_array_index (conflicts, AttestAuditConflict, 0).record == risk
                 || g_array_index (conflicts, AttestAuditConflict, 1).record == risk);
  g_clear_pointer (&conflicts, g_array_unref);
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "audit-unreported"));
  finding = find_rule (findings, "audit-not-impartial");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_true (finding->record == audit);
  g_assert_nonnull (strstr (finding->message, "Ada Lovelace would audit their own work in Audit of risk: they own 2 "
                                              "records in the areas it covers"));
  g_assert_null (strstr (finding->message, "New office"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Leave 6.1 to another audit and unlink the control: impartial again. */
  {
    const char *only[] = { "4", NULL };

    g_object_set (audit, "clauses", only, NULL);
  }
  g_assert_true (attest_workspace_unlink (workspace, "audit-control", audit, entry, &error));
  conflicts = attest_audit_dup_conflicts (workspace, audit);
  g_assert_cmpuint (conflicts->len, ==, 0);

  /* Field rules: a clause of the catalog, a control under its own field,
   * a finding against a clause or control that exists, a day that came. */
  {
    const char *bad[] = { "4", "11.1", NULL };
    const char *control[] = { "A.5.1", NULL };

    g_object_set (audit, "clauses", bad, "held-on", "2027-04-02", NULL);
    problems = attest_record_check (audit);
    g_assert_cmpuint (problems->len, ==, 2);
    g_clear_pointer (&problems, g_ptr_array_unref);
    g_object_set (audit, "clauses", control, "held-on", "2027-03-02", NULL);
    problems = attest_record_check (audit);
    g_assert_cmpuint (problems->len, ==, 1);
    g_clear_pointer (&problems, g_ptr_array_unref);
  }
  finding_record = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                                 "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "A.9.9",
                                 "description", "No records", NULL);
  problems = attest_record_check (finding_record);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (finding_record, "requirement", " A.8.8 ", NULL);
  problems = attest_record_check (finding_record);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (attest_audit_requirement_is_known ("6.1.3"));
  g_assert_false (attest_audit_requirement_is_known ("A.5"));
  g_assert_false (attest_audit_requirement_is_known (""));

  /* Its findings go with it, and come back with Undo. */
  g_assert_true (attest_workspace_add (workspace, finding_record, &error));
  g_assert_true (attest_workspace_remove (workspace, audit, &error));
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING)), ==, 0);
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING)), ==, 1);
  attest_clock_reset ();
}

static void
test_processes (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "processes.isms", "Acme");
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_PROCESS,
                                               "name", "Payroll", "description", "Paying staff", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 31, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GPtrArray) handovers = NULL;
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  AttestRecord *payroll = NULL, *audit = NULL;
  AttestFinding *finding;
  guint added;
  g_autofree char *next = NULL;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_true (attest_workspace_add (workspace, item, &error));
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "processes-none");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->clause, ==, "4.4");
  g_assert_cmpstr (finding->step, ==, "processes");
  finding = find (findings, "The scope names “Payroll”, and no process of the ISMS stands for it");
  g_assert_nonnull (finding);
  g_assert_true (finding->record == item);
  g_assert_nonnull (find (findings, "Operational planning and control is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Twelve usual ones and the scope's, linked; a second time adds none. */
  g_assert_true (attest_processes_add_usual (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 13);
  g_assert_true (attest_processes_add_usual (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 13);
  linked = attest_workspace_dup_links_from (workspace, "scope-item-process", item, &error);
  g_assert_cmpuint (linked->len, ==, 1);
  payroll = attest_workspace_lookup (workspace, g_ptr_array_index (linked, 0));
  g_assert_cmpstr (attest_record_get_string (payroll, "name"), ==, "Payroll");
  g_assert_cmpstr (attest_record_get_string (payroll, "purpose"), ==, "Paying staff");
  handovers = attest_workspace_dup_links (workspace, "process-handover", &error);
  g_assert_cmpuint (handovers->len / 2, ==, 22);
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (g_str_equal (attest_record_get_string (process, "name"), "Internal audit"))
        audit = process;
    }
  g_assert_nonnull (audit);
  g_assert_cmpint (attest_record_get_enum (audit, "runs-unit"), ==, ATTEST_CADENCE_MONTHS);
  g_assert_cmpint (attest_record_get_int (audit, "runs-every"), ==, 12);

  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "processes-none"));
  g_assert_null (find_rule (findings, "scope-process-unrecorded"));
  finding = find (findings, "Internal audit: say what it is for and who owns it.");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "process-incomplete");
  g_assert_cmpstr (finding->field, ==, "owner");
  finding = find (findings, "Internal audit: say what it must achieve each time it runs");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->clause, ==, "8.1");
  g_assert_cmpstr (finding->field, ==, "criteria");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Owned, with criteria and their check: 8.1 recorded in Attest. */
  g_object_set (audit, "owner", "Head of audit", "criteria", "Every clause each year",
                "criteria-check", "The audit committee reads the programme", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_null (find (findings, "Internal audit: say"));
  g_assert_null (find (findings, "Operational planning and control is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Every 12 months and no day it last ran: not run yet, and no due day. */
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Internal audit has not run yet (Every 12 months)");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "process-not-run");
  g_assert_cmpstr (finding->field, ==, "last-run");
  g_assert_true (finding->record == audit);
  g_assert_null (attest_process_dup_next_run (audit));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Ran on 31 March 2026, every 12 months: due on 31 March 2027, today. */
  g_object_set (audit, "last-run", "2026-03-31", NULL);
  g_assert_false (fires (workspace, "Internal audit has not run yet", ATTEST_SEVERITY_WARNING));
  next = attest_process_dup_next_run (audit);
  g_assert_cmpstr (next, ==, "2027-03-31");
  g_assert_false (fires (workspace, "Internal audit was due", ATTEST_SEVERITY_WARNING));
  g_object_set (audit, "last-run", "2026-03-30", NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Internal audit was due to run again by 30 March 2027");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->rule, ==, "process-overdue");
  g_assert_true (finding->record == audit);
  g_clear_pointer (&findings, g_ptr_array_unref);
  /* Run when needed: never due, and never "not run yet". */
  g_object_set (audit, "runs-unit", ATTEST_CADENCE_WHEN_NEEDED, NULL);
  g_assert_false (fires (workspace, "Internal audit was due", ATTEST_SEVERITY_WARNING));
  g_object_set (audit, "last-run", "", NULL);
  g_assert_false (fires (workspace, "Internal audit has not run yet", ATTEST_SEVERITY_WARNING));
  g_object_set (audit, "last-run", "2026-03-30", NULL);
  g_object_set (audit, "runs-unit", ATTEST_CADENCE_WEEKS, "runs-every", 2, NULL);
  g_clear_pointer (&next, g_free);
  next = attest_process_dup_next_run (audit);
  g_assert_cmpstr (next, ==, "2026-04-13");
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* The finding of rule @rule, if the check finds one. */
static AttestFinding *
find_rule (GPtrArray  *findings,
           const char *rule)
{
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule, rule) == 0)
        return finding;
    }
  return NULL;
}

/* Whether the whole readiness check finds rule @rule. */
static gboolean
rule_fires (AttestWorkspace *workspace,
            const char      *rule)
{
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);

  return find_rule (findings, rule) != NULL;
}

/* The information security policy (5.2): written (unless a document of
 * the register keeps it), approved, reviewed when it says, made known,
 * available to interested parties; only its text and owner make a draft. */
static void
test_policy (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "policy.isms", "Acme");
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  g_autoptr(AttestRecord) document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "POL-01",
                                                   "title", "Security policy", "mandatory-items",
                                                   (const char * const[]) { "5.2", NULL }, NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 1, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  const AttestMandatoryItem *item = attest_mandatory_item_lookup ("policy");
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_nonnull (policy);
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "policy-unwritten");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpstr (finding->clause, ==, "5.2");
  g_assert_cmpstr (finding->step, ==, "policy");
  g_assert_true (finding->record == policy);
  g_assert_cmpstr (finding->field, ==, "text");
  g_assert_null (find_rule (findings, "policy-not-approved"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Kept in a document of the register: that document's rules speak. */
  g_assert_true (attest_workspace_add (workspace, document, &error));
  g_assert_false (rule_fires (workspace, "policy-unwritten"));
  g_assert_true (attest_workspace_remove (workspace, document, &error));
  g_assert_true (rule_fires (workspace, "policy-unwritten"));

  /* Written: recorded in Attest, and not approved yet. */
  g_object_set (policy, "text", "# Our policy\n\nWe protect what we hold.", NULL);
  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_RECORDED);
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "policy-unwritten"));
  finding = find_rule (findings, "policy-not-approved");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_null (find_rule (findings, "policy-review-unplanned"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Approved: what is left to do after it, each a warning. */
  g_assert_nonnull (attest_isms_document_approve (workspace, "policy", "Board", NULL, &error));
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "policy-not-approved"));
  g_assert_cmpint (find_rule (findings, "policy-review-unplanned")->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpint (find_rule (findings, "policy-not-communicated")->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpint (find_rule (findings, "policy-not-available")->severity, ==, ATTEST_SEVERITY_WARNING);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A review before the approval is a mistake, said as such. */
  g_object_set (policy, "next-review", "2027-02-01", NULL);
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "policy-review-unplanned");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->field, ==, "next-review");
  g_assert_nonnull (strstr (finding->message, "1 February 2027, is before its approval on 1 March 2027"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (policy, "next-review", "2028-03-01", "communicated-to", "All staff", "communicated-how", "Intranet",
                "communicated-on", "2027-03-02", "available-to-parties", TRUE, "available-how", "On request", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "policy-review-unplanned"));
  g_assert_null (find_rule (findings, "policy-not-communicated"));
  g_assert_null (find_rule (findings, "policy-not-available"));
  /* Making it known is not a change to what was approved. */
  g_assert_null (find_rule (findings, "document-changed-since-approval"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (policy, "available-to-parties", FALSE, NULL);
  g_assert_true (rule_fires (workspace, "policy-not-available"));
  g_object_set (policy, "available-to-parties", TRUE, NULL);

  /* Its text changed: a draft awaiting approval. */
  g_object_set (policy, "text", "# Our policy\n\nWe protect what we hold, and what we are given.", NULL);
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "document-changed-since-approval");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "Information security policy (ISMS-POLICY): 1 change since version 1"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A year on, past its review. */
  attest_clock_set_fixed ((g_date_time_to_unix (day) + 367 * 86400) * G_USEC_PER_SEC);
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "policy-review-overdue");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (strstr (finding->message, "was to be reviewed by 1 March 2028"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* Topic-specific policies: named and owned, reviewed after their approval
 * and when they say; the usual ones come with the controls that ask for
 * them, once. */
static void
test_topic_policies (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "topics.isms", "Acme");
  g_autoptr(AttestRecord) backup = g_object_new (ATTEST_TYPE_TOPIC_POLICY, "title", "Backup policy", NULL);
  g_autoptr(GDateTime) day = g_date_time_new_utc (2027, 3, 1, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  GListModel *topics = attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY);
  AttestFinding *finding;
  guint added;

  attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  g_assert_true (attest_workspace_add (workspace, backup, &error));
  /* Not filled in yet: a warning, not a blocker. */
  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "topic-policy-incomplete");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->step, ==, "policy");
  g_assert_true (finding->record == backup);
  g_assert_nonnull (strstr (finding->message, "Backup policy: say who owns it"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (backup, "owner", "Head of IT", "version", "1.0", "approved-on", "2027-01-10",
                "next-review", "2027-01-09", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find (findings, "The next review, 2027-01-09, is before the approval on 2027-01-10"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (backup, "next-review", "2027-02-28", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_null (find (findings, "is before the approval"));
  finding = find_rule (findings, "topic-policy-review-overdue");
  g_assert_nonnull (finding);
  g_assert_true (finding->record == backup);
  g_assert_nonnull (strstr (finding->message, "Backup policy was to be reviewed by 28 February 2027"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_object_set (backup, "next-review", "2028-01-10", NULL);
  g_assert_false (rule_fires (workspace, "topic-policy-review-overdue"));
  g_assert_false (rule_fires (workspace, "topic-policy-incomplete"));

  /* The usual ones: all but the one the workspace has, each linked. */
  g_assert_true (attest_policy_add_topic_policies (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 13);
  {
    g_autoptr(AttestRecord) access = g_list_model_get_item (topics, 1);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "topic-policy-control", access, NULL);

    g_assert_cmpstr (attest_record_get_string (access, "title"), ==, "Access control policy");
    g_assert_cmpuint (controls->len, ==, 3);
  }
  g_assert_true (attest_policy_add_topic_policies (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* The draft is the workspace's answers in our sentences, in the subset:
 * what a user typed never becomes a heading or emphasis. */
static void
test_policy_draft (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "draft.isms", "Acme *Widgets* Ltd");
  g_autoptr(AttestRecord) topic = g_object_new (ATTEST_TYPE_TOPIC_POLICY, "title", "# Backup_and_restore", NULL);
  g_autoptr(AttestRecord) objective = g_object_new (ATTEST_TYPE_OBJECTIVE, "title", "No laptop lost unencrypted",
                                                    NULL);
  g_autoptr(AttestRecord) role = g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", "conformity", TRUE, NULL);
  g_autofree char *draft = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  gboolean found_topic = FALSE;

  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE), "statement",
                "All of Acme's services,\n- from its two offices.", NULL);
  g_assert_true (attest_workspace_add (workspace, topic, &error));
  g_assert_true (attest_workspace_add (workspace, objective, &error));
  g_assert_true (attest_workspace_add (workspace, role, &error));
  draft = attest_policy_dup_draft (workspace);
  blocks = attest_markdown_parse (draft);
  g_assert_cmpuint (blocks->len, >, 8);
  {
    const AttestMarkdownBlock *title = g_ptr_array_index (blocks, 0);

    g_assert_cmpint (title->kind, ==, ATTEST_MARKDOWN_HEADING);
    g_assert_cmpuint (title->level, ==, 1);
    /* The name's asterisks are its own, not emphasis. */
    g_assert_cmpstr (title->text, ==, "Information security policy of Acme *Widgets* Ltd");
    g_assert_cmpuint (title->spans != NULL ? title->spans->len : 0, ==, 0);
  }
  for (guint i = 0; i < blocks->len; i++)
    {
      const AttestMarkdownBlock *block = g_ptr_array_index (blocks, i);

      /* The scope statement stays one paragraph, its dash literal. */
      if (g_str_equal (block->text, "All of Acme's services, - from its two offices."))
        g_assert_cmpint (block->kind, ==, ATTEST_MARKDOWN_PARAGRAPH);
      /* A title starting with a hash is an item, not a heading. */
      if (g_str_equal (block->text, "# Backup_and_restore"))
        {
          g_assert_cmpint (block->kind, ==, ATTEST_MARKDOWN_BULLET);
          found_topic = TRUE;
        }
    }
  g_assert_true (found_topic);
  g_assert_nonnull (strstr (draft, "Who makes sure the ISMS conforms and works as planned: ISMS manager."));
  /* The framework for objectives, not the objectives of the year. */
  g_assert_null (strstr (draft, "No laptop lost unencrypted"));
  g_assert_nonnull (strstr (draft, "register of objectives"));
  g_assert_no_error (error);
}

/* Leadership (5.1): the things top management is to show without
 * evidence are named in one warning; evidence says what and when. */
static void
test_commitments (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "commitments.isms", "Acme");
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  g_autoptr(AttestRecord) budget = g_object_new (ATTEST_TYPE_COMMITMENT,
                                                 "item", ATTEST_COMMITMENT_PROVIDES_RESOURCES, NULL);
  AttestFinding *finding;

  finding = find (findings, "Nothing recorded yet shows that top management does these for the ISMS (8 of 8)");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "commitment-unevidenced");
  g_assert_cmpstr (finding->clause, ==, "5.1");
  g_assert_cmpstr (finding->step, ==, "commitments");
  g_assert_nonnull (strstr (finding->message, "\n• Gives the ISMS the resources it needs"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Recorded, without saying what shows it nor when: asked for. */
  g_assert_true (attest_workspace_add (workspace, budget, &error));
  findings = attest_readiness_check (workspace);
  finding = find (findings, "Gives the ISMS the resources it needs — What shows it: Required");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_nonnull (find (findings, "Gives the ISMS the resources it needs — Shown on: Required"));
  g_assert_nonnull (find (findings, "(8 of 8)"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (budget, "evidence", "The ISMS budget line", "shown-on", "2026-11-02", NULL);
  findings = attest_readiness_check (workspace);
  finding = find (findings, "(7 of 8)");
  g_assert_nonnull (finding);
  g_assert_null (strstr (finding->message, "resources it needs"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* All eight shown: nothing asked. */
  for (int item = ATTEST_COMMITMENT_SETS_POLICY; item <= ATTEST_COMMITMENT_SUPPORTS_MANAGERS; item++)
    {
      g_autoptr(AttestRecord) shown = g_object_new (ATTEST_TYPE_COMMITMENT, "item", item, "evidence", "Minutes",
                                                    "shown-on", "2026-11-02", NULL);

      if (item != ATTEST_COMMITMENT_PROVIDES_RESOURCES)
        g_assert_true (attest_workspace_add (workspace, shown, &error));
    }
  g_assert_false (fires (workspace, "Nothing recorded yet shows", ATTEST_SEVERITY_WARNING));
  g_assert_no_error (error);
}

/* Results (9.1, 9.2, 9.3) kept elsewhere are on record only in a document
 * approved on a day that has come: a warning while every document that
 * serves the item has no approval date or one still to come. */
static void
test_results_not_approved (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "results.isms", "Acme");
  g_autoptr(AttestRecord) report = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "AUD-2026", "title",
                                                 "Internal audit report 2026", "version", "1.0",
                                                 "mandatory-items", (const char * const[]) { "9.2", NULL }, NULL);
  g_autoptr(AttestRecord) policy = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "POL-01", "title",
                                                 "Information security policy", "version", "1.0",
                                                 "mandatory-items", (const char * const[]) { "5.2", NULL }, NULL);
  g_autoptr(AttestRecord) programme = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_utc (2026, 10, 1, 12, 0, 0);
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  attest_clock_set_fixed (g_date_time_to_unix (today) * G_USEC_PER_SEC);
  g_assert_true (attest_workspace_add (workspace, report, &error));
  g_assert_true (attest_workspace_add (workspace, policy, &error));
  findings = attest_readiness_check (workspace);
  dump (findings);
  finding = find (findings, "Audit programme and audit results is kept only in “Internal audit report 2026”, with no "
                            "approval date to show the results exist");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (finding->rule, ==, "mandatory-results-not-approved");
  g_assert_cmpstr (finding->clause, ==, "9.2");
  g_assert_true (finding->record == report);
  /* A policy is no result: its own rules ask for the date, not this one. */
  g_assert_null (find (findings, "Information security policy is kept only in"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Approved on a day to come: not yet results. */
  g_object_set (report, "approved-on", "2026-12-15", NULL);
  g_assert_true (fires (workspace, "Audit programme and audit results is kept only in “Internal audit report 2026”, "
                                   "approved on a day still to come", ATTEST_SEVERITY_WARNING));
  /* Another document with results approved already: on record. */
  programme = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "AUD-2025", "title", "Internal audit report 2025",
                            "version", "1.0", "approved-on", "2025-11-20",
                            "mandatory-items", (const char * const[]) { "audit-programme", NULL }, NULL);
  g_assert_true (attest_workspace_add (workspace, programme, &error));
  g_assert_false (fires (workspace, "Audit programme and audit results is kept only in", ATTEST_SEVERITY_WARNING));
  g_assert_true (attest_workspace_remove (workspace, programme, &error));
  g_assert_true (fires (workspace, "Audit programme and audit results is kept only in", ATTEST_SEVERITY_WARNING));
  /* The day comes. */
  attest_clock_set_fixed ((g_date_time_to_unix (today) + 80 * 86400) * G_USEC_PER_SEC);
  g_assert_false (fires (workspace, "Audit programme and audit results is kept only in", ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
  g_assert_no_error (error);
}

/* The SoA's derived justification follows each linked requirement's
 * state: "meets" what the ISMS addresses, "is meant to meet" what it does
 * not address yet. */
static void
test_justification_follows_requirements (TestDir       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "meets.isms", "Acme");
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Insurer", NULL);
  g_autoptr(AttestRecord) met = NULL;
  g_autoptr(AttestRecord) open = NULL;
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  g_autofree char *text = NULL;

  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
  g_assert_true (attest_workspace_add (workspace, party, &error));
  met = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), "text", "Offline backups.",
                      "addressed", TRUE, "how-addressed", "A.8.13", NULL);
  open = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), "text", "Restore tests every quarter.",
                       "addressed", FALSE, "how-addressed", "Partly: the first test is done", NULL);
  g_assert_true (attest_workspace_add (workspace, met, &error));
  g_assert_true (attest_workspace_add (workspace, open, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, open, &error));

  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "It is meant to meet what an interested party requires, not addressed in full yet: "
                             "Insurer\u00a0— “Restore tests every quarter”.");
  g_clear_pointer (&text, g_free);

  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, met, &error));
  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "It meets what an interested party requires: Insurer\u00a0— “Offline backups”. "
                             "It is meant to meet what an interested party requires, not addressed in full yet: "
                             "Insurer\u00a0— “Restore tests every quarter”.");
  g_clear_pointer (&text, g_free);

  g_object_set (open, "addressed", TRUE, NULL);
  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "It meets what interested parties require: Insurer\u00a0— “Offline backups”; "
                             "Insurer\u00a0— “Restore tests every quarter”.");
  g_assert_no_error (error);
}

static void
test_field_rules (void)
{
  g_autoptr(AttestRecord) org = g_object_new (ATTEST_TYPE_ORGANISATION, NULL);
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "name", "Guest Wi-Fi",
                                               "kind", ATTEST_SCOPE_ITEM_KIND_EXCLUSION, NULL);
  g_autoptr(GPtrArray) problems = attest_record_check (org);
  AttestProblem *p;

  /* Required fields, in field order. */
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (p->field, ==, "name");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* White space is not an answer; a date must be a date. */
  g_object_set (org, "name", "  \t\n ", "certification-target", "30/06/2027", NULL);
  problems = attest_record_check (org);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "name");
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 1))->field, ==, "certification-target");
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (org, "name", "Acme", "certification-target", "2027-02-30", NULL);
  problems = attest_record_check (org);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (org, "certification-target", "2028-02-29", NULL);
  problems = attest_record_check (org);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* An exclusion needs its justification. */
  problems = attest_record_check (item);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "justification");
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (item, "justification", "Run by the landlord", NULL);
  problems = attest_record_check (item);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_setup_findings (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "setup.isms", NULL);
  g_autoptr(GPtrArray) findings = NULL;
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Ransomware", NULL);
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Clients", NULL);
  g_autoptr(AttestRecord) requirement = NULL;

  findings = attest_readiness_check_setup (workspace);
  dump (findings);
  g_assert_true (has_finding (findings, "Legal name: Required"));
  g_assert_true (has_finding (findings, "at least one external or internal issue"));
  g_assert_true (has_finding (findings, "climate change is a relevant issue"));
  g_assert_true (has_finding (findings, "at least one interested party"));
  g_assert_true (has_finding (findings, "process or service"));
  g_assert_true (has_finding (findings, "scope statement"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Context: an issue without its effect; climate relevant but not said how. */
  g_assert_true (attest_workspace_add (workspace, issue, &error));
  g_object_set (org, "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT, NULL);
  findings = attest_readiness_check_step (workspace, "context");
  dump (findings);
  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_true (has_finding (findings, "Ransomware — Effect on the ISMS: Required"));
  g_assert_true (has_finding (findings, "how climate change is relevant"));
  g_assert_true (has_finding (findings, "category “Climate change”"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (issue, "effect", "Encrypted shares", "category", ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE, NULL);
  g_object_set (org, "climate-statement", "Floods close the office.", NULL);
  findings = attest_readiness_check_step (workspace, "context");
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Parties: each needs a requirement, each requirement its text. */
  g_assert_true (attest_workspace_add (workspace, party, &error));
  findings = attest_readiness_check_step (workspace, "parties");
  g_assert_true (has_finding (findings, "Clients: record at least one of their requirements"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), NULL);
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  findings = attest_readiness_check_step (workspace, "parties");
  dump (findings);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_true (has_finding (findings, "A requirement of Clients — Requirement: Required"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_assert_no_error (error);
}

static void
test_scope_draft (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "scope.isms", "Acme Ltd");
  g_autofree char *draft = NULL;
  const struct { AttestScopeItemKind kind; const char *name; } items[] = {
    { ATTEST_SCOPE_ITEM_KIND_PROCESS, "payroll services" },
    { ATTEST_SCOPE_ITEM_KIND_PROCESS, "customer support" },
    { ATTEST_SCOPE_ITEM_KIND_UNIT, "Operations" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Leeds" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Hull" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, "York" },
    { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, "the canteen" },
    { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "the payroll bureau" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", items[i].kind,
                                                   "name", items[i].name, NULL);
      g_assert_true (attest_workspace_add (workspace, item, &error));
    }
  draft = attest_scope_draft_statement (workspace);
  g_assert_cmpstr (draft, ==,
                   "The information security management system of Acme Ltd covers payroll services and "
                   "customer support, as carried out by operations at Leeds, Hull and York. It does not cover "
                   "the canteen. It manages its interfaces with the payroll bureau.");
}

/* Issue #17: the statement reads as a person would write it, whatever case
 * the names were typed in: common nouns in lower case mid-sentence, systems
 * with their article, names of products and places as typed, lists with
 * commas and "and". */
static void
test_scope_draft_wording (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "wording.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Nordfracht Logistik GmbH", &error);
  g_autofree char *draft = NULL;
  g_autofree char *short_draft = NULL;
  const struct { AttestScopeItemKind kind; const char *name; } items[] = {
    { ATTEST_SCOPE_ITEM_KIND_PROCESS, "Freight forwarding and warehousing" },
    { ATTEST_SCOPE_ITEM_KIND_UNIT, "Dispatch and transport planning" },
    { ATTEST_SCOPE_ITEM_KIND_UNIT, "Warehouse" },
    { ATTEST_SCOPE_ITEM_KIND_UNIT, "IT" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Hamburg" },
    { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Bremen" },
    { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Transport management system (TMS)" },
    { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Microsoft 365" },
    { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Microsoft Teams" },
    { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, "Canteen run by the landlord" },
    { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "Subcontracted carriers" },
  };

  g_assert_no_error (error);
  short_draft = attest_scope_draft_statement (workspace);
  g_assert_cmpstr (short_draft, ==,
                   "The information security management system of Nordfracht Logistik GmbH covers all its activities.");
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", items[i].kind,
                                                   "name", items[i].name, NULL);
      g_assert_true (attest_workspace_add (workspace, item, &error));
    }
  draft = attest_scope_draft_statement (workspace);
  g_assert_cmpstr (draft, ==,
                   "The information security management system of Nordfracht Logistik GmbH covers freight "
                   "forwarding and warehousing, as carried out by dispatch and transport planning, warehouse and IT "
                   "at Hamburg and Bremen using the transport management system (TMS), Microsoft 365 and "
                   "Microsoft Teams. It does not cover the canteen run by the landlord. It manages its interfaces "
                   "with subcontracted carriers.");
}

static void
test_remove_and_restore (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "undo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_demo (fixture, "undo.isms", ATTEST_DEMO_SMALL);
  GListModel *parties = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  g_autoptr(AttestRecord) insurer = g_list_model_get_item (parties, 6);
  g_autoptr(AttestRemoval) removal = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (attest_record_get_string (insurer, "name"), ==, "Cyber insurer");
  before = attest_json_export (workspace, &error);

  /* The insurer goes with its three requirements and their two SoA links;
   * the payroll bureau's and the detection service's stay. */
  g_assert_true (attest_workspace_remove_full (workspace, insurer, &removal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (attest_removal_get_count (removal), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, 15);
  links = attest_workspace_dup_links (workspace, "soa-requirement", &error);
  g_assert_cmpuint (links->len, ==, 2 * 2);

  /* Undo: everything back, the same, at the same places. */
  g_assert_true (attest_workspace_restore (workspace, removal, &error));
  g_assert_no_error (error);
  after = attest_json_export (workspace, &error);
  g_assert_true (g_str_equal (before, after));
  g_assert_true (g_list_model_get_item (parties, 6) == (gpointer) insurer);
  g_object_unref (insurer);

  /* And in the file, with a history that still verifies. */
  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = attest_json_export (workspace, &error);
  g_assert_true (g_str_equal (before, after));
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

/* An audit names its criteria, and its findings are against what it
 * covers (9.2). */
static void
test_audit_scope (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "audit-scope.isms", "Acme");
  const char *clauses[] = { "6.1", NULL };
  g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of risk", "scope", "Risk",
                                                "clauses", clauses, "planned-date", "2026-03-01",
                                                "held-on", "2026-03-01", NULL);
  g_autoptr(AttestRecord) inside = NULL;
  g_autoptr(AttestRecord) outside = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  AttestFinding *finding;

  g_assert_true (attest_workspace_add (workspace, audit, &error));
  inside = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                         "type", ATTEST_FINDING_TYPE_OBSERVATION, "requirement", "6.1.2", "description", "a", NULL);
  outside = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                          "type", ATTEST_FINDING_TYPE_OBSERVATION, "requirement", "A.5.15", "description", "b", NULL);
  g_assert_true (attest_workspace_add (workspace, inside, &error));
  g_assert_true (attest_workspace_add (workspace, outside, &error));
  g_assert_no_error (error);

  findings = attest_readiness_check (workspace);
  finding = find_rule (findings, "audit-no-criteria");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->field, ==, "criteria");
  finding = find_rule (findings, "audit-finding-outside-scope");
  g_assert_nonnull (finding);
  g_assert_true (finding->record == outside);
  g_assert_nonnull (strstr (finding->message, "Audit of risk has a finding against A.5.15, which it does not cover"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Criteria written, the control linked: neither. */
  g_object_set (audit, "criteria", "ISO/IEC 27001:2022 and the risk procedure", NULL);
  g_assert_true (attest_workspace_link (workspace, "audit-control", audit,
                                        attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.15"), &error));
  findings = attest_readiness_check (workspace);
  g_assert_null (find_rule (findings, "audit-no-criteria"));
  g_assert_null (find_rule (findings, "audit-finding-outside-scope"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readiness/field-rules", test_field_rules);
#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/readiness/setup-findings", test_setup_findings);
  ADD ("/readiness/scope-draft", test_scope_draft);
  ADD ("/readiness/scope-draft-wording", test_scope_draft_wording);
  ADD ("/readiness/risk-treatment-rules", test_risk_treatment_rules);
  ADD ("/readiness/soa-rules", test_soa_rules);
  ADD ("/readiness/mandatory-items", test_mandatory_items);
  ADD ("/readiness/whole-demo", test_whole_demo);
  ADD ("/readiness/details-and-drafts", test_details_and_drafts);
  ADD ("/readiness/one-finding-per-cause", test_one_finding_per_cause);
  ADD ("/readiness/accepted-before-done", test_accepted_before_done);
  ADD ("/readiness/justification-follows-requirements", test_justification_follows_requirements);
  ADD ("/readiness/treatment-without-action", test_treatment_without_action);
  ADD ("/readiness/actions-after-target", test_actions_after_target);
  ADD ("/readiness/target-not-accepted", test_target_not_accepted);
  ADD ("/readiness/review-overdue", test_review_overdue);
  ADD ("/readiness/objectives", test_objectives);
  ADD ("/readiness/changes", test_changes);
  ADD ("/readiness/resources-and-communication", test_resources_and_communication);
  ADD ("/readiness/roles", test_roles);
  ADD ("/readiness/awareness", test_awareness);
  ADD ("/readiness/competence", test_competence);
  ADD ("/readiness/providers", test_providers);
  ADD ("/readiness/processes", test_processes);
  ADD ("/readiness/metrics", test_metrics);
  ADD ("/readiness/audits", test_audits);
  ADD ("/readiness/audit-scope", test_audit_scope);
  ADD ("/readiness/commitments", test_commitments);
  ADD ("/readiness/policy", test_policy);
  ADD ("/readiness/topic-policies", test_topic_policies);
  ADD ("/readiness/policy-draft", test_policy_draft);
  ADD ("/readiness/results-not-approved", test_results_not_approved);
  ADD ("/workspace/remove-and-restore", test_remove_and_restore);
#undef ADD

  return g_test_run ();
}
