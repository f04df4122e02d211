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

  /* A finding of an audit planned, not held, opens nothing yet, and
   * readiness says so (and asks for no nonconformity record). */
  {
    g_autoptr(AttestRecord) planned = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of operations",
                                                    "scope", "Operations", "planned-date", "2027-04-20",
                                                    "held-on", "2027-04-20", NULL);
    g_autoptr(AttestRecord) early = NULL;

    g_assert_true (attest_workspace_add (workspace, planned, &error));
    early = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (planned),
                          "type", ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY, "requirement", "8.1", NULL);
    g_assert_true (attest_workspace_add (workspace, early, &error));
    g_assert_null (attest_finding_open_nonconformity (workspace, early, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“Audit of operations” has not been held yet"));
    g_clear_error (&error);
    g_assert_true (fires (workspace, "audit-finding-not-held", early, ATTEST_SEVERITY_WARNING));
    g_assert_false (fires (workspace, "finding-without-nonconformity", early, ATTEST_SEVERITY_BLOCKER));
    g_assert_true (attest_workspace_remove (workspace, planned, &error));
    g_assert_no_error (error);
  }

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
  g_object_set (improvement, "decision", ATTEST_IMPROVEMENT_DECISION_ADOPTED, "due-date", "2027-06-01",
                "owner", "Tom Okafor", NULL);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_false (fires (workspace, "improvement-undecided", improvement, ATTEST_SEVERITY_WARNING));
  g_assert_true (fires (workspace, "improvement-overdue", improvement, ATTEST_SEVERITY_WARNING));
  g_object_set (improvement, "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2027-06-01", NULL);
  g_assert_false (fires (workspace, "improvement-overdue", improvement, ATTEST_SEVERITY_WARNING));
  attest_clock_reset ();
}

/* A nonconformity taken through its first steps, at "Actions planned" with
 * one action owned and due. */
static AttestRecord *
add_planned (AttestWorkspace *workspace,
             AttestRecord   **action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) nc = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Backups not tested",
                                             "source", ATTEST_NONCONFORMITY_SOURCE_MONITORING,
                                             "requirement", "A.8.13", "reported-on", "2027-03-01",
                                             "description", "No restore test for a year.",
                                             "correction", "Ran a restore test at once.", "consequences", "None.",
                                             "causes", "No one owns it.", "similar", "None.", NULL);

  g_assert_true (attest_workspace_add (workspace, nc, &error));
  *action = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                          "title", "Name an owner for restore tests", "owner", "Operations",
                          "due-date", "2027-04-01", NULL);
  g_assert_true (attest_workspace_add (workspace, *action, &error));
  g_assert_no_error (error);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED);
  return nc;
}

/* A step is refused while the nonconformity or one of its actions breaks
 * its own field rules, naming the record and the field. */
static void
test_field_problems (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "fields.isms", "Acme");
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) nc = NULL;
  g_autofree char *refusal = NULL;

  at (2027, 3, 10);
  nc = g_object_ref (add_planned (workspace, &action));
  /* Done on a day still to come: not done. */
  g_object_set (action, "done-on", "2027-03-20", NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE,
                  "Put “Name an owner for restore tests” right first: Done on: This day is still to come");
  refusal = attest_nonconformity_dup_refusal (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);
  g_assert_nonnull (refusal);
  g_object_set (action, "done-on", "2027-03-09", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);

  /* The nonconformity's own fields count too: a review to come. */
  g_object_set (nc, "reviewed-on", "2027-04-01", "reviewed-by-id", "", NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED,
                  "Put “Backups not tested” right first: Effectiveness reviewed on: This day is still to come");
  /* A required field emptied. */
  g_object_set (nc, "reviewed-on", "2027-03-10", "description", "", NULL);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED,
                  "Put “Backups not tested” right first: What happened: Required");
  attest_clock_reset ();
}

/* A closed nonconformity edited into contradiction: readiness says so, the
 * hint says to reopen it, and it can be. */
static void
test_closed_contradiction (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "closed.isms", "Acme");
  g_autoptr(AttestRecord) reviewer = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) nc = NULL;
  g_autofree char *hint = NULL;
  char *found;
  AttestNonconformityState next;

  at (2027, 3, 10);
  g_assert_true (attest_workspace_add (workspace, reviewer, &error));
  nc = g_object_ref (add_planned (workspace, &action));
  g_object_set (action, "done-on", "2027-03-09", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);
  g_object_set (nc, "reviewed-on", "2027-03-10", "reviewed-by-id", attest_record_get_id (reviewer),
                "effectiveness", ATTEST_EFFECTIVENESS_EFFECTIVE, "review-note", "Restores tested since.", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED);
  g_assert_false (fires (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING));
  g_assert_false (attest_nonconformity_get_next_state (nc, &next));

  /* The review changed after the closing: not effective. */
  g_object_set (nc, "effectiveness", ATTEST_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  found = check_rule (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (found);
  g_assert_nonnull (strstr (found, "is marked “Closed”, but: Only a review that found the actions effective"));
  g_free (found);
  hint = attest_nonconformity_dup_step_hint (nc);
  g_assert_nonnull (strstr (hint, "Closed, but its review now finds the actions not effective: reopen it"));
  g_clear_pointer (&hint, g_free);
  g_assert_true (attest_nonconformity_get_next_state (nc, &next));
  g_assert_cmpint (next, ==, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CLOSED, "“Causes analysed” comes next");

  /* Not said at all: the hint asks for the verdict. */
  g_object_set (nc, "effectiveness", ATTEST_EFFECTIVENESS_NOT_EVALUATED, NULL);
  g_assert_true (fires (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING));
  hint = attest_nonconformity_dup_step_hint (nc);
  g_assert_nonnull (strstr (hint, "no longer says whether the actions were effective"));
  g_clear_pointer (&hint, g_free);
  assert_refused (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, "It is closed");

  /* Reopened: back to its causes, the review (its note too) cleared as one
   * change, which Undo takes back whole. */
  g_object_set (nc, "effectiveness", ATTEST_EFFECTIVENESS_NOT_EFFECTIVE, NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  g_assert_cmpint (attest_record_get_int (nc, "reopened"), ==, 1);
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "");
  g_assert_cmpstr (attest_record_get_string (nc, "reviewed-on"), ==, "");
  g_assert_cmpint (attest_record_get_enum (nc, "effectiveness"), ==, ATTEST_EFFECTIVENESS_NOT_EVALUATED);
  g_assert_false (fires (workspace, "nonconformity-step-unsupported", nc, ATTEST_SEVERITY_WARNING));
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_CLOSED);
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "Restores tested since.");
  g_assert_cmpstr (attest_record_get_string (nc, "reviewed-on"), ==, "2027-03-10");
  g_assert_cmpint (attest_record_get_enum (nc, "effectiveness"), ==, ATTEST_EFFECTIVENESS_NOT_EFFECTIVE);
  g_assert_cmpint (attest_record_get_int (nc, "reopened"), ==, 0);
  attest_clock_reset ();
}

/* Reopened after a review that found the actions not effective, the
 * review's note goes with the rest of the review; Undo brings it back. */
static void
test_reopen_note (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "reopen.isms", "Acme");
  g_autoptr(AttestRecord) reviewer = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) nc = NULL;

  at (2027, 3, 10);
  g_assert_true (attest_workspace_add (workspace, reviewer, &error));
  nc = g_object_ref (add_planned (workspace, &action));
  g_object_set (action, "done-on", "2027-03-09", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);
  g_object_set (nc, "reviewed-on", "2027-03-10", "reviewed-by-id", attest_record_get_id (reviewer),
                "effectiveness", ATTEST_EFFECTIVENESS_NOT_EFFECTIVE, "review-note", "Two restores failed.", NULL);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);
  advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "");
  g_assert_cmpstr (attest_record_get_string (nc, "reviewed-by-id"), ==, "");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "Two restores failed.");
  g_assert_cmpstr (attest_record_get_string (nc, "reviewed-by-id"), ==, attest_record_get_id (reviewer));
  g_assert_true (attest_workspace_redo (workspace, &error));
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "");
  attest_clock_reset ();
}

/* A new nonconformity or improvement comes from "other" until said; one
 * opened from an audit finding, from it; a file keeps what it holds. */
static void
test_sources (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "sources.isms", "Acme");
  g_autoptr(AttestRecord) nc = g_object_new (ATTEST_TYPE_NONCONFORMITY, NULL);
  g_autoptr(AttestRecord) improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, NULL);
  const char *clauses[] = { "7", NULL };
  g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of support", "scope", "Support",
                                                "clauses", clauses, "planned-date", "2027-03-01",
                                                "held-on", "2027-03-01", NULL);
  g_autoptr(AttestRecord) major = NULL;
  g_autoptr(AttestRecord) opportunity = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  AttestRecord *raised;
  g_autofree char *source = test_data_path ("schema-23.isms");
  g_autofree char *path = test_dir_path (fixture, "schema-23.isms");
  g_autoptr(AttestWorkspace) old = NULL;
  GListModel *records;
  guint seen = 0;

  at (2027, 3, 10);
  g_assert_cmpint (attest_record_get_enum (nc, "source"), ==, ATTEST_NONCONFORMITY_SOURCE_OTHER);
  g_assert_cmpint (attest_record_get_enum (improvement, "source"), ==, ATTEST_IMPROVEMENT_SOURCE_OTHER);

  g_assert_true (attest_workspace_add (workspace, audit, &error));
  major = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                        "type", ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY, "requirement", "7.2",
                        "description", "No training records.", NULL);
  opportunity = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                              "type", ATTEST_FINDING_TYPE_OPPORTUNITY, "requirement", "7.3",
                              "description", "Induction could show the form.", NULL);
  g_assert_true (attest_workspace_add (workspace, major, &error));
  g_assert_true (attest_workspace_add (workspace, opportunity, &error));
  g_assert_cmpint (attest_record_get_enum (attest_finding_open_nonconformity (workspace, major, &error), "source"), ==,
                   ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING);
  g_assert_no_error (error);

  /* An opportunity raises an improvement, from the audit, once. */
  g_assert_null (attest_finding_open_improvement (workspace, major, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (attest_finding_get_improvement (workspace, opportunity));
  raised = attest_finding_open_improvement (workspace, opportunity, &error);
  g_assert_no_error (error);
  g_assert_true (attest_finding_get_improvement (workspace, opportunity) == raised);
  g_assert_cmpint (attest_record_get_enum (raised, "source"), ==, ATTEST_IMPROVEMENT_SOURCE_AUDIT);
  g_assert_cmpstr (attest_record_get_string (raised, "raised-on"), ==, "2027-03-01");
  g_assert_cmpstr (attest_record_get_string (raised, "title"), ==, "Induction could show the form.");
  problems = attest_record_check (raised);
  g_assert_cmpuint (problems->len, ==, 0);

  /* The released schema 23 file keeps the sources it holds. */
  test_copy_file (source, path);
  old = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  records = attest_workspace_get_records (old, ATTEST_TYPE_NONCONFORMITY);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      gboolean from_finding = *attest_record_get_string (record, "finding-id") != '\0';

      g_assert_cmpint (attest_record_get_enum (record, "source"), ==,
                       from_finding ? ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING : ATTEST_NONCONFORMITY_SOURCE_MONITORING);
      seen++;
    }
  records = attest_workspace_get_records (old, ATTEST_TYPE_IMPROVEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      gboolean from_finding = *attest_record_get_string (record, "finding-id") != '\0';

      g_assert_cmpint (attest_record_get_enum (record, "source"), ==,
                       from_finding ? ATTEST_IMPROVEMENT_SOURCE_AUDIT : ATTEST_IMPROVEMENT_SOURCE_STAFF);
      seen++;
    }
  g_assert_cmpuint (seen, ==, 4);
  attest_clock_reset ();
}

/* A major nonconformity not reacted to within 30 days is a warning; a
 * minor one, or one reacted to, is not. */
static void
test_no_reaction (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "reaction.isms", "Acme");
  const char *clauses[] = { "7", NULL };
  g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of support", "scope", "Support",
                                                "clauses", clauses, "planned-date", "2027-03-01",
                                                "held-on", "2027-03-01", NULL);
  g_autoptr(AttestRecord) major = NULL;
  g_autoptr(AttestRecord) minor = NULL;
  g_autoptr(AttestRecord) improvement = NULL;
  AttestRecord *nc, *minor_nc;
  char *found;

  at (2027, 3, 10);
  g_assert_true (attest_workspace_add (workspace, audit, &error));
  major = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                        "type", ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY, "requirement", "7.2",
                        "description", "No training records.", NULL);
  minor = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                        "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "7.3",
                        "description", "One induction form missing.", NULL);
  g_assert_true (attest_workspace_add (workspace, major, &error));
  g_assert_true (attest_workspace_add (workspace, minor, &error));
  nc = attest_finding_open_nonconformity (workspace, major, &error);
  minor_nc = attest_finding_open_nonconformity (workspace, minor, &error);
  g_assert_no_error (error);

  at (2027, 3, 30);
  g_assert_false (fires (workspace, "nonconformity-no-reaction", nc, ATTEST_SEVERITY_WARNING));
  at (2027, 3, 31);
  found = check_rule (workspace, "nonconformity-no-reaction", nc, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (found);
  g_assert_nonnull (strstr (found, "No training records., a major nonconformity, was reported on 1 March 2027"));
  g_free (found);
  g_assert_false (fires (workspace, "nonconformity-no-reaction", minor_nc, ATTEST_SEVERITY_WARNING));
  g_object_set (nc, "correction", "Collected the records.", "consequences", "None.", NULL);
  g_assert_true (attest_nonconformity_advance (workspace, nc, ATTEST_NONCONFORMITY_STATE_REACTED, &error));
  g_assert_no_error (error);
  g_assert_false (fires (workspace, "nonconformity-no-reaction", nc, ATTEST_SEVERITY_WARNING));

  /* An improvement's field problem is graded as every register's of
   * plans is: a blocker, as an objective's or a corrective action's. */
  improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Show the form", "raised-on", "2027-04-30", NULL);
  g_assert_true (attest_workspace_add (workspace, improvement, &error));
  g_assert_true (fires (workspace, "improvement-fields", improvement, ATTEST_SEVERITY_BLOCKER));
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
  ADD ("/improvement/field-problems", test_field_problems);
  ADD ("/improvement/closed-contradiction", test_closed_contradiction);
  ADD ("/improvement/reopen-note", test_reopen_note);
  ADD ("/improvement/sources", test_sources);
  ADD ("/improvement/no-reaction", test_no_reaction);
#undef ADD

  return g_test_run ();
}
