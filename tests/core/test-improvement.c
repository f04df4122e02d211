/* test-improvement.c: nonconformity and corrective action (10.2) and
 * improvement (10.1): the steps of a nonconformity and their refusals, the
 * nonconformity an audit finding opens, the field rules and the readiness
 * rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include "attest-core-test-util.h"
#include "attest-test-util.h"

static AttestFinding *
find_words (GPtrArray  *findings,
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

/* The message of the finding of @rule about @record, or NULL. */
static char *
check_rule (AttestWorkspace *workspace,
            const char      *rule,
            AttestRecord    *record,
            AttestSeverity   severity)
{
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule, rule) == 0 && (record == NULL || finding->record == record))
        {
          g_assert_cmpint (finding->severity, ==, severity);
          return g_strdup (finding->message);
        }
    }
  return NULL;
}

static gboolean
fires (AttestWorkspace *workspace,
       const char      *rule,
       AttestRecord    *record,
       AttestSeverity   severity)
{
  g_autofree char *message = check_rule (workspace, rule, record, severity);

  return message != NULL;
}

/* Taking @nc to @to is refused, with a reason that has @words, and leaves
 * it where it was. */
static void
assert_refused (AttestWorkspace          *workspace,
                AttestRecord             *nc,
                AttestNonconformityState  to,
                const char               *words)
{
  g_autoptr(GError) error = NULL;
  AttestNonconformityState before = attest_nonconformity_get_state (nc);

  g_assert_false (attest_nonconformity_advance (workspace, nc, to, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” is not in the refusal “%s”", words, error->message);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, before);
}

static void
advance (AttestWorkspace          *workspace,
         AttestRecord             *nc,
         AttestNonconformityState  to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_nonconformity_advance (workspace, nc, to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, to);
}

static void
at (int year, int month, int day)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (year, month, day, 12, 0, 0);

  attest_clock_set_fixed (g_date_time_to_unix (when) * G_USEC_PER_SEC);
}

static void
test_steps (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "steps.isms", "Acme");
  g_autoptr(AttestRecord) reviewer = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) nc = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Backups not tested",
                                             "source", ATTEST_NONCONFORMITY_SOURCE_MONITORING,
                                             "requirement", "A.8.13", "reported-on", "2027-03-01",
                                             "description", "No restore test for a year.", NULL);
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) second = NULL;
  g_autoptr(AttestWorkspace) reopened = NULL;
  g_autofree char *path = NULL;
  g_autofree char *hint = NULL;
  AttestNonconformityState next;

  at (2027, 3, 2);
  g_assert_true (attest_workspace_add (workspace, reviewer, &error));
  g_assert_true (attest_workspace_add (workspace, nc, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);

  /* No step is skipped, each says which comes next. */
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, "“Reacted to” comes next");
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED, "“Reacted to” comes next");
  /* Each step needs what it says. */
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED, "Write the correction first");
  g_object_set (nc, "correction", "Ran a restore test at once.", NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED, "consequences");
  g_object_set (nc, "consequences", "None: the restore worked.", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_REPORTED, "steps are not taken back");

  /* Undo takes the step back as one change; Redo takes it again. */
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);
  g_assert_true (attest_workspace_redo (workspace, &error));
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REACTED);

  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, "Write its causes first");
  g_object_set (nc, "causes", "No one owns the restore test.", NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, "similar nonconformities");
  g_object_set (nc, "similar", "The other backups were checked: tested.", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);

  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED, "Add at least one corrective action");
  action = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                         "title", "Name an owner for restore tests", "due-date", "2027-04-01", NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED,
                  "Say who carries out “Name an owner for restore tests” first");
  g_object_set (action, "owner", "Operations", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED);

  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE,
                  "“Name an owner for restore tests” is not done yet");
  at (2027, 3, 20);
  g_object_set (action, "done-on", "2027-03-20", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);

  /* The review: when, by whom, what it found, after the action was done. */
  at (2027, 4, 20);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED, "Write the day");
  g_object_set (nc, "reviewed-on", "2027-03-10", "reviewed-by-id", attest_record_get_id (reviewer),
                "effectiveness", ATTEST_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED,
                  "comes before “Name an owner for restore tests” was done on 20 March 2027");
  g_object_set (nc, "reviewed-on", "2027-04-19", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);

  /* Not effective: what to do next says so; it cannot close; it goes
   * back to its causes, counted,
   * its review cleared for the next. */
  hint = attest_nonconformity_dup_step_hint (nc);
  g_assert_nonnull (strstr (hint, "not effective: take it back"));
  g_clear_pointer (&hint, g_free);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED, "Only a review that found the actions effective");
  g_assert_true (attest_nonconformity_get_next_state (nc, &next));
  g_assert_cmpint (next, ==, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  g_assert_cmpint (attest_record_get_int (nc, "reopened"), ==, 1);
  g_assert_cmpstr (attest_record_get_string (nc, "reviewed-on"), ==, "");
  g_assert_cmpint (attest_record_get_enum (nc, "effectiveness"), ==, ATTEST_EFFECTIVENESS_NOT_EVALUATED);

  /* The actions done so far did not work: a new one first. */
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED, "add a new corrective action");
  second = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                         "title", "Schedule the restore test monthly", "owner", "Operations",
                         "due-date", "2027-05-01", NULL);
  g_assert_true (attest_workspace_add (workspace, second, &error));
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED);
  at (2027, 5, 20);
  g_object_set (second, "done-on", "2027-04-28", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);
  g_object_set (nc, "reviewed-on", "2027-05-19", "reviewed-by-id", attest_record_get_id (reviewer),
                "effectiveness", ATTEST_EFFECTIVENESS_EFFECTIVE, NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);
  hint = attest_nonconformity_dup_step_hint (nc);
  g_assert_cmpstr (hint, ==, "The review found the actions effective: close it.");
  g_clear_pointer (&hint, g_free);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED,
                  "Only a review that found the actions not effective");
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED);
  g_assert_false (attest_nonconformity_get_next_state (nc, &next));
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED, "It is closed");
  g_assert_null (attest_nonconformity_dup_unsupported (workspace, nc));

  /* Every step is in the file and its history. */
  path = g_strdup (attest_workspace_get_path (workspace));
  g_clear_object (&workspace);
  reopened = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (attest_nonconformity_get_state (attest_workspace_lookup (reopened, attest_record_get_id (nc))), ==,
                   ATTEST_NONCONFORMITY_STATE_CLOSED);
  g_assert_true (attest_history_verify (attest_workspace_get_store (reopened), NULL, &error));
  attest_clock_reset ();
}

static void
test_rules (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "rules.isms", "Acme");
  const char *clauses[] = { "7", NULL };
  g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of support", "scope", "Support",
                                                "clauses", clauses, "planned-date", "2027-03-01",
                                                "held-on", "2027-03-01", NULL);
  g_autoptr(AttestRecord) finding = NULL;
  g_autoptr(AttestRecord) observation = NULL;
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) improvement = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  AttestRecord *nc;
  char *found;

  at (2027, 3, 10);
  /* Nothing recorded: 10.2 is required. */
  findings = attest_readiness_check (workspace);
  g_assert_nonnull (find_words (findings, "Nonconformities and corrective actions is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A nonconformity found by a held audit needs its record: a blocker. */
  g_assert_true (attest_workspace_add (workspace, audit, &error));
  finding = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                          "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "7.2",
                          "description", "No evidence of the privacy lead's course.", NULL);
  observation = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                              "type", ATTEST_FINDING_TYPE_OBSERVATION, "requirement", "7.3",
                              "description", "Induction could show the form.", NULL);
  g_assert_true (attest_workspace_add (workspace, finding, &error));
  g_assert_true (attest_workspace_add (workspace, observation, &error));
  found = check_rule (workspace, "finding-without-nonconformity", finding, ATTEST_SEVERITY_BLOCKER);
  g_assert_nonnull (found);
  g_assert_nonnull (strstr (found, "Minor nonconformity found by Audit of support against 7.2"));
  g_free (found);
  g_assert_false (fires (workspace, "finding-without-nonconformity", observation, ATTEST_SEVERITY_BLOCKER));

  /* An observation opens none; the nonconformity opens its record, from
   * the finding, reported the day the audit was held. */
  g_assert_null (attest_finding_open_nonconformity (workspace, observation, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);
  nc = attest_finding_open_nonconformity (workspace, finding, &error);
  g_assert_no_error (error);
  g_assert_true (attest_finding_get_nonconformity (workspace, finding) == nc);
  g_assert_cmpstr (attest_record_get_string (nc, "requirement"), ==, "7.2");
  g_assert_cmpstr (attest_record_get_string (nc, "reported-on"), ==, "2027-03-01");
  g_assert_cmpstr (attest_record_get_string (nc, "title"), ==, "No evidence of the privacy lead's course.");
  g_assert_cmpint (attest_record_get_enum (nc, "source"), ==, ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING);
  g_assert_false (fires (workspace, "finding-without-nonconformity", finding, ATTEST_SEVERITY_BLOCKER));
  findings = attest_readiness_check (workspace);
  g_assert_null (find_words (findings, "Nonconformities and corrective actions is required"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Field rules: a day to come, a clause that does not exist. */
  g_object_set (nc, "reported-on", "2027-04-01", "requirement", "11.1", NULL);
  problems = attest_record_check (nc);
  g_assert_cmpuint (problems->len, ==, 2);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (nc, "reported-on", "2027-03-01", "requirement", "7.2", NULL);

  /* A step its record does not bear out (an import, or an edit after): a
   * warning that says what is missing. */
  g_object_set (nc, "state", ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, NULL);
  found = check_rule (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (found);
  g_assert_nonnull (strstr (found, "is marked “Causes analysed”, but: Write the correction first"));
  g_free (found);
  g_object_set (nc, "state", ATTEST_NONCONFORMITY_STATE_REPORTED, NULL);
  g_assert_false (fires (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING));

  /* A corrective action: a due day already passed when it is recorded is
   * a mistake; one that passes while it is open is overdue. */
  action = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                         "title", "Keep evidence of courses", "owner", "HR", "due-date", "2027-03-05", NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));
  problems = attest_record_check (action);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "due-date");
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (action, "due-date", "2027-03-20", NULL);
  problems = attest_record_check (action);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_false (fires (workspace, "corrective-action-overdue", action, ATTEST_SEVERITY_WARNING));
  at (2027, 3, 21);
  g_assert_true (fires (workspace, "corrective-action-overdue", action, ATTEST_SEVERITY_WARNING));
  /* Done: not overdue; its effectiveness is due for review a month on. */
  g_object_set (nc, "correction", "Asked for the record.", "consequences", "None.", "causes", "No rule.",
                "similar", "Two more.", NULL);
  g_assert_true (attest_nonconformity_advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED, &error));
  g_assert_true (attest_nonconformity_advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, &error));
  g_assert_true (attest_nonconformity_advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED, &error));
  g_object_set (action, "done-on", "2027-03-21", NULL);
  g_assert_true (attest_nonconformity_advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE, &error));
  g_assert_no_error (error);
  g_assert_false (fires (workspace, "corrective-action-overdue", action, ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "nonconformity-not-reviewed", nc, ATTEST_SEVERITY_WARNING));
  at (2027, 4, 22);
  g_assert_true (fires (workspace, "nonconformity-not-reviewed", nc, ATTEST_SEVERITY_WARNING));
  /* An action's done day cleared after the step: the step is unsupported. */
  g_object_set (action, "done-on", "", NULL);
  g_assert_true (fires (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING));

  /* Improvements: decided within three months, done when due once
   * adopted; only an adopted one is carried out. */
  improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Show the form at induction",
                              "source", ATTEST_IMPROVEMENT_SOURCE_AUDIT, "finding-id", attest_record_get_id (observation),
                              "raised-on", "2027-03-01", NULL);
  g_assert_true (attest_workspace_add (workspace, improvement, &error));
  g_assert_false (fires (workspace, "improvement-undecided", improvement, ATTEST_SEVERITY_WARNING));
  at (2027, 6, 2);
  g_assert_true (fires (workspace, "improvement-undecided", improvement, ATTEST_SEVERITY_WARNING));
  g_object_set (improvement, "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (improvement, "decision", ATTEST_IMPROVEMENT_DECISION_ADOPTED, "due-date", "2027-06-01", NULL);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_false (fires (workspace, "improvement-undecided", improvement, ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "improvement-overdue", improvement, ATTEST_SEVERITY_WARNING));
  g_object_set (improvement, "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2027-06-01", NULL);
  g_assert_false (fires (workspace, "improvement-overdue", improvement, ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/improvement/steps", test_steps);
  ADD ("/improvement/rules", test_rules);
#undef ADD

  return g_test_run ();
}
