/* test-review.c: management review (9.3): which reviews are held, the one
 * before a review, its attendees and top management; preparing its inputs
 * as one change that keeps the reviewers' comments, what changed since the
 * previous review read from the history, the actions of earlier reviews;
 * the readiness rules and the mandatory documented information of 9.3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "attest.h"
#include "attest-core-test-util.h"
#include "attest-reviewing.h"
#include "attest-test-util.h"

static void
at (int year, int month, int day)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (year, month, day, 12, 0, 0);

  attest_clock_set_fixed (g_date_time_to_unix (when) * G_USEC_PER_SEC);
}

static void
add (AttestWorkspace *workspace,
     AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
}

static AttestRecord *
add_review (AttestWorkspace *workspace,
            const char      *title,
            const char      *planned,
            const char      *held)
{
  AttestRecord *review = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", title, "planned-date", planned,
                                       "held-on", held, NULL);

  add (workspace, review);
  return review;
}

static void
prepare (AttestWorkspace *workspace,
         AttestRecord    *review)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_management_review_prepare_inputs (workspace, review, &error));
  g_assert_no_error (error);
}

static const char *
summary_of (AttestWorkspace   *workspace,
            AttestRecord      *review,
            AttestReviewTopic  topic)
{
  AttestRecord *input = attest_management_review_get_input (workspace, review, topic);

  g_assert_nonnull (input);
  return attest_record_get_string (input, "summary");
}

/* The input's data, which is a JSON object naming its topic. */
static JsonObject *
dup_data (AttestWorkspace   *workspace,
          AttestRecord      *review,
          AttestReviewTopic  topic)
{
  AttestRecord *input = attest_management_review_get_input (workspace, review, topic);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  g_assert_nonnull (input);
  g_assert_true (json_parser_load_from_data (parser, attest_record_get_string (input, "data"), -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  object = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
  g_assert_cmpstr (json_object_get_string_member (object, "topic"), !=, NULL);
  return object;
}

/* The ids of @member of @object (a path of members: "a/b"), as one string:
 * "id1 id2". */
static char *
dup_ids (JsonObject *object,
         const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GString) ids = g_string_new (NULL);
  JsonArray *array;

  for (guint i = 0; parts[i + 1] != NULL; i++)
    object = json_object_get_object_member (object, parts[i]);
  array = json_object_get_array_member (object, parts[g_strv_length (parts) - 1]);
  g_assert_nonnull (array);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, json_array_get_string_element (array, i));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_contains (const char *text,
                 const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in “%s”", words, text);
}

static void
assert_lacks (const char *text,
              const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” is in “%s”", words, text);
}

/* The message of the finding of @rule about @record (any, for NULL), or
 * NULL; its severity is @severity. */
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

static void
close_workspace (AttestWorkspace *workspace)
{
  attest_workspace_close (workspace);
  g_assert_finalize_object (workspace);
  attest_clock_reset ();
}

static void
test_held (TestDir       *fixture,
           gconstpointer  data G_GNUC_UNUSED)
{
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) first = NULL;
  g_autoptr(AttestRecord) second = NULL;
  g_autoptr(AttestRecord) next = NULL;
  g_autoptr(AttestRecord) future = NULL;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "held.isms", "Acme");
  g_assert_null (attest_management_review_get_latest_held (workspace));

  first = add_review (workspace, "Review 2025", "2025-06-01", "2025-06-03");
  second = add_review (workspace, "Review 2026", "2026-06-01", "2026-06-10");
  next = add_review (workspace, "Review 2027", "2027-06-20", "");
  g_assert_true (attest_management_review_is_held (first));
  g_assert_false (attest_management_review_is_held (next));

  /* Held on a day to come is not held: the day is a field problem. */
  future = add_review (workspace, "Too early", "", "2027-06-16");
  g_assert_false (attest_management_review_is_held (future));
  g_object_set (future, "held-on", "2027-06-15", NULL);
  g_assert_true (attest_management_review_is_held (future));
  g_object_set (future, "held-on", "not a day", NULL);
  g_assert_false (attest_management_review_is_held (future));
  g_object_set (future, "held-on", "", NULL);

  /* The previous review is the one held last before the review's day: the
   * day it was held, else planned, else today. */
  g_assert_true (attest_management_review_get_latest_held (workspace) == second);
  g_assert_true (attest_management_review_get_previous (workspace, next) == second);
  g_assert_true (attest_management_review_get_previous (workspace, second) == first);
  g_assert_null (attest_management_review_get_previous (workspace, first));
  g_object_set (next, "planned-date", "2026-01-01", NULL);
  g_assert_true (attest_management_review_get_previous (workspace, next) == first);
  g_object_set (next, "planned-date", "", NULL);
  g_assert_true (attest_management_review_get_previous (workspace, next) == second);
  /* Not held, not planned: counted from today. */
  g_assert_true (attest_management_review_get_previous (workspace, future) == second);

  /* Held later than the other: it becomes the latest. */
  at (2027, 6, 21);
  g_object_set (next, "held-on", "2027-06-20", NULL);
  g_assert_true (attest_management_review_get_latest_held (workspace) == next);
  g_assert_true (attest_management_review_get_previous (workspace, future) == next);
  close_workspace (workspace);
}

static void
test_attendees (TestDir       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) ada = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) bob = g_object_new (ATTEST_TYPE_PERSON, "name", "Bob Marsh", NULL);
  g_autoptr(AttestRecord) manager = g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", "conformity", TRUE,
                                                  "responsibilities", "Runs the ISMS.", NULL);
  g_autoptr(AttestRecord) director = g_object_new (ATTEST_TYPE_ROLE, "title", "Managing director",
                                                   "top-management", TRUE, "responsibilities", "Leads.", NULL);
  g_autoptr(GPtrArray) attendees = NULL;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "attendees.isms", "Acme");
  review = add_review (workspace, "Review 2027", "2027-06-01", "2027-06-02");
  add (workspace, ada);
  add (workspace, bob);
  add (workspace, manager);
  add (workspace, director);
  g_assert_true (attest_workspace_link (workspace, "role-person", manager, bob, &error));
  g_assert_true (attest_workspace_link (workspace, "role-person", director, ada, &error));
  g_assert_no_error (error);

  attendees = attest_management_review_dup_attendees (workspace, review);
  g_assert_cmpuint (attendees->len, ==, 0);
  g_clear_pointer (&attendees, g_ptr_array_unref);
  g_assert_false (attest_management_review_has_top_management (workspace, review));

  /* The ISMS manager is not top management. */
  g_assert_true (attest_workspace_link (workspace, "review-attendee", review, bob, &error));
  g_assert_no_error (error);
  attendees = attest_management_review_dup_attendees (workspace, review);
  g_assert_cmpuint (attendees->len, ==, 1);
  g_assert_true (g_ptr_array_index (attendees, 0) == bob);
  g_clear_pointer (&attendees, g_ptr_array_unref);
  g_assert_false (attest_management_review_has_top_management (workspace, review));

  g_assert_true (attest_workspace_link (workspace, "review-attendee", review, ada, &error));
  g_assert_no_error (error);
  g_assert_true (attest_management_review_has_top_management (workspace, review));
  /* Her role no longer top management: nobody of it attended. */
  g_object_set (director, "top-management", FALSE, NULL);
  g_assert_false (attest_management_review_has_top_management (workspace, review));
  close_workspace (workspace);
}

static void
test_actions (TestDir       *fixture,
              gconstpointer  data G_GNUC_UNUSED)
{
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) late = NULL;
  g_autoptr(AttestRecord) soon = NULL;
  g_autoptr(AttestRecord) undated = NULL;
  g_autoptr(AttestRecord) also_soon = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "actions.isms", "Acme");
  review = add_review (workspace, "Review 2027", "2027-06-01", "2027-06-02");
  undated = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                          "title", "Write the minutes", NULL);
  add (workspace, undated);
  soon = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                       "title", "Train the helpdesk", "due-date", "2027-07-01", NULL);
  add (workspace, soon);
  late = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                       "title", "Buy a backup disk", "due-date", "2027-06-14", NULL);
  add (workspace, late);
  also_soon = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                            "title", "Review the budget", "due-date", "2027-07-01", NULL);
  add (workspace, also_soon);

  /* By due day, then title; those without a due day last. */
  actions = attest_management_review_dup_actions (workspace, review);
  g_assert_cmpuint (actions->len, ==, 4);
  g_assert_true (g_ptr_array_index (actions, 0) == late);
  g_assert_true (g_ptr_array_index (actions, 1) == also_soon);
  g_assert_true (g_ptr_array_index (actions, 2) == soon);
  g_assert_true (g_ptr_array_index (actions, 3) == undated);

  /* Due on a day already past when it was recorded: said at its due day,
   * as for a corrective action; one due to come is right. */
  {
    g_autoptr(GPtrArray) late_problems = attest_record_check (late);
    g_autoptr(GPtrArray) soon_problems = attest_record_check (soon);
    AttestProblem *problem;

    g_assert_cmpuint (late_problems->len, ==, 1);
    problem = g_ptr_array_index (late_problems, 0);
    g_assert_cmpstr (problem->field, ==, "due-date");
    g_assert_cmpstr (problem->message, ==, "This day had passed when the action was recorded: give the day it is now due");
    g_assert_cmpuint (soon_problems->len, ==, 0);
  }

  g_assert_true (attest_review_action_is_open (late));
  g_assert_true (attest_review_action_is_overdue (late));
  g_assert_false (attest_review_action_is_overdue (soon));
  g_assert_false (attest_review_action_is_overdue (undated));
  /* Due today is not overdue. */
  g_object_set (soon, "due-date", "2027-06-15", NULL);
  g_assert_false (attest_review_action_is_overdue (soon));
  g_object_set (late, "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  g_assert_true (attest_review_action_is_overdue (late));
  g_object_set (late, "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2027-06-14", NULL);
  g_assert_false (attest_review_action_is_open (late));
  g_assert_false (attest_review_action_is_overdue (late));
  close_workspace (workspace);
}

static void
test_prepare (TestDir       *fixture,
              gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) objective = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autofree char *label = NULL;
  g_autofree char *first_summary = NULL;
  g_autofree char *first_prepared = NULL;
  AttestRecord *objectives_input;
  gint64 usec;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "prepare.isms", "Acme");
  review = add_review (workspace, "Review 2027", "2027-06-20", "");

  prepare (workspace, review);
  inputs = attest_management_review_dup_inputs (workspace, review);
  g_assert_cmpuint (inputs->len, ==, 10);
  for (guint i = 0; i < inputs->len; i++)
    {
      AttestRecord *input = g_ptr_array_index (inputs, i);
      g_autoptr(JsonObject) object = dup_data (workspace, review, i);
      g_autoptr(GPtrArray) problems = attest_record_check (input);

      /* In topic order, each with a summary and its data. */
      g_assert_cmpint (attest_record_get_enum (input, "topic"), ==, i);
      g_assert_true (attest_management_review_get_input (workspace, review, i) == input);
      g_assert_cmpstr (attest_record_get_string (input, "review-id"), ==, attest_record_get_id (review));
      g_assert_false (attest_text_is_blank (attest_record_get_string (input, "summary")));
      g_assert_cmpuint (problems->len, ==, 0);
    }
  g_clear_pointer (&inputs, g_ptr_array_unref);
  /* No earlier review: nothing to count changes from. */
  g_assert_cmpstr (attest_record_get_string (review, "since"), ==, "");
  g_assert_true (attest_timestamp_parse (attest_record_get_string (review, "inputs-prepared-at"), &usec));
  g_assert_cmpint (usec, ==, attest_now ());
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_cmpstr (label, ==, "Prepare Inputs of “Review 2027”");
  g_clear_pointer (&label, g_free);
  assert_contains (summary_of (workspace, review, ATTEST_REVIEW_TOPIC_OBJECTIVES),
                   "No information security objective is recorded");

  /* The reviewers comment; the workspace changes; prepared again a day
   * later, the summaries say what is now, and the comments stay. */
  objectives_input = attest_management_review_get_input (workspace, review, ATTEST_REVIEW_TOPIC_OBJECTIVES);
  g_object_set (objectives_input, "comment", "We need objectives before the audit.", NULL);
  first_summary = g_strdup (attest_record_get_string (objectives_input, "summary"));
  first_prepared = g_strdup (attest_record_get_string (review, "inputs-prepared-at"));
  at (2027, 6, 16);
  objective = g_object_new (ATTEST_TYPE_OBJECTIVE, "title", "No lost laptops", "due-date", "2027-06-01",
                            "status", ATTEST_OBJECTIVE_STATUS_ON_TRACK, NULL);
  add (workspace, objective);
  prepare (workspace, review);
  inputs = attest_management_review_dup_inputs (workspace, review);
  g_assert_cmpuint (inputs->len, ==, 10);
  g_clear_pointer (&inputs, g_ptr_array_unref);
  g_assert_true (attest_management_review_get_input (workspace, review, ATTEST_REVIEW_TOPIC_OBJECTIVES)
                 == objectives_input);
  g_assert_cmpstr (attest_record_get_string (objectives_input, "comment"), ==, "We need objectives before the audit.");
  assert_contains (attest_record_get_string (objectives_input, "summary"), "1 objective");
  assert_contains (attest_record_get_string (objectives_input, "summary"), "“No lost laptops”");
  {
    g_autoptr(JsonObject) object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_OBJECTIVES);
    g_autofree char *overdue = dup_ids (object, "overdue");

    g_assert_cmpstr (json_object_get_string_member (object, "topic"), ==, "objectives");
    g_assert_cmpstr (overdue, ==, attest_record_get_id (objective));
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "status"), "on-track"), ==, 1);
  }
  g_assert_cmpstr (attest_record_get_string (review, "inputs-prepared-at"), !=, first_prepared);

  /* Undo takes the whole second preparation back in one step, the first
   * one with the next. */
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (objectives_input, "summary"), ==, first_summary);
  g_assert_cmpstr (attest_record_get_string (objectives_input, "comment"), ==, "We need objectives before the audit.");
  g_assert_cmpstr (attest_record_get_string (review, "inputs-prepared-at"), ==, first_prepared);
  g_assert_true (attest_workspace_undo (workspace, &error));   /* the objective */
  g_assert_true (attest_workspace_undo (workspace, &error));   /* the comment */
  g_assert_true (attest_workspace_undo (workspace, &error));   /* the first preparation */
  g_assert_no_error (error);
  inputs = attest_management_review_dup_inputs (workspace, review);
  g_assert_cmpuint (inputs->len, ==, 0);
  g_clear_pointer (&inputs, g_ptr_array_unref);
  g_assert_cmpstr (attest_record_get_string (review, "inputs-prepared-at"), ==, "");
  g_assert_true (attest_workspace_redo (workspace, &error));
  g_assert_no_error (error);
  inputs = attest_management_review_dup_inputs (workspace, review);
  g_assert_cmpuint (inputs->len, ==, 10);
  close_workspace (workspace);
}

static void
test_refused (TestDir       *fixture,
              gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) stray = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Elsewhere", NULL);
  g_autoptr(GPtrArray) inputs = NULL;
  g_autofree char *path = NULL;
  gint64 n_history;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "refused.isms", "Acme");
  review = add_review (workspace, "Review 2027", "2027-06-20", "");
  path = g_strdup (attest_workspace_get_path (workspace));

  /* A review that is not the workspace's. */
  n_history = attest_store_get_history_count (attest_workspace_get_store (workspace));
  g_assert_false (attest_management_review_prepare_inputs (workspace, stray, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  assert_contains (error->message, "“Elsewhere” is not in this workspace");
  g_clear_error (&error);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, n_history);
  close_workspace (workspace);

  /* A workspace open read-only. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&review);
  review = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW), 0);
  g_assert_false (attest_management_review_prepare_inputs (workspace, review, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY);
  assert_contains (error->message, "read-only");
  inputs = attest_management_review_dup_inputs (workspace, review);
  g_assert_cmpuint (inputs->len, ==, 0);
  g_clear_object (&review);
  close_workspace (workspace);
}

/* What changed since the previous review comes from the history: an issue
 * added before it is not counted, one added after is; one changed after,
 * one removed after (named by what the history kept of it), one added and
 * removed after (not counted at all). */
static void
test_since (TestDir       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) previous = NULL;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) old_issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Old supplier", NULL);
  g_autoptr(AttestRecord) kept_issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Remote work", NULL);
  g_autoptr(AttestRecord) gone_issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Office move", NULL);
  g_autoptr(AttestRecord) new_issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "New regulation", NULL);
  g_autoptr(AttestRecord) brief_issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Passing fad", NULL);
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Clients", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  g_autoptr(JsonObject) issues = NULL;
  g_autoptr(JsonObject) parties = NULL;
  g_autofree char *added = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *removed = NULL;
  const char *summary;

  /* Before the previous review. */
  at (2027, 1, 10);
  workspace = new_workspace (fixture, "since.isms", "Acme");
  add (workspace, old_issue);
  add (workspace, kept_issue);
  add (workspace, gone_issue);
  add (workspace, party);
  previous = add_review (workspace, "Review 2026", "2027-02-01", "");
  at (2027, 2, 1);
  g_object_set (previous, "held-on", "2027-02-01", NULL);

  /* After it. */
  at (2027, 3, 1);
  add (workspace, new_issue);
  g_object_set (kept_issue, "effect", "More laptops out of the office.", NULL);
  g_assert_true (attest_workspace_remove (workspace, gone_issue, &error));
  add (workspace, brief_issue);
  g_assert_true (attest_workspace_remove (workspace, brief_issue, &error));
  g_assert_no_error (error);
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                              "text", "Data kept in the EU", NULL);
  add (workspace, requirement);

  at (2027, 3, 5);
  review = add_review (workspace, "Review 2027", "2027-03-10", "");
  prepare (workspace, review);
  g_assert_cmpstr (attest_record_get_string (review, "since"), ==, "2027-02-01");

  issues = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_ISSUES);
  g_assert_cmpstr (json_object_get_string_member (issues, "since"), ==, "2027-02-01");
  added = dup_ids (issues, "context-issue/added");
  changed = dup_ids (issues, "context-issue/changed");
  removed = dup_ids (issues, "context-issue/removed");
  g_assert_cmpstr (added, ==, attest_record_get_id (new_issue));
  g_assert_cmpstr (changed, ==, attest_record_get_id (kept_issue));
  g_assert_cmpstr (removed, ==, attest_record_get_id (gone_issue));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (issues, "context-issue"), "recorded"),
                   ==, 3);
  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_ISSUES);
  assert_contains (summary, "Since 1 February 2027: 1 issue added, 1 changed, 1 removed");
  assert_contains (summary, "Added: “New regulation”");
  assert_contains (summary, "Changed: “Remote work”");
  assert_contains (summary, "Removed: “Office move”");
  assert_lacks (summary, "Old supplier");
  assert_lacks (summary, "Passing fad");

  /* Parties and their requirements, each kind counted on its own. */
  parties = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_PARTY_REQUIREMENTS);
  g_clear_pointer (&added, g_free);
  added = dup_ids (parties, "requirement/added");
  g_assert_cmpstr (added, ==, attest_record_get_id (requirement));
  g_clear_pointer (&added, g_free);
  added = dup_ids (parties, "interested-party/added");
  g_assert_cmpstr (added, ==, "");
  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_PARTY_REQUIREMENTS);
  assert_contains (summary, "no interested party added, changed or removed; 1 interested party recorded");
  assert_contains (summary, "1 requirement added, none changed, none removed");

  /* The previous review is the first: nothing counted as changed. */
  prepare (workspace, previous);
  g_assert_cmpstr (attest_record_get_string (previous, "since"), ==, "");
  assert_contains (summary_of (workspace, previous, ATTEST_REVIEW_TOPIC_ISSUES), "3 issues recorded");
  close_workspace (workspace);
}

/* The actions of earlier reviews, each with how far it has come; not those
 * of the review itself nor of a later one. */
static void
test_previous_actions (TestDir       *fixture,
                       gconstpointer  data G_GNUC_UNUSED)
{
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) earlier = NULL;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) done = NULL;
  g_autoptr(AttestRecord) open = NULL;
  g_autoptr(AttestRecord) overdue = NULL;
  g_autoptr(AttestRecord) own = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *done_ids = NULL;
  g_autofree char *open_ids = NULL;
  g_autofree char *overdue_ids = NULL;
  g_autofree char *expected_open = NULL;
  const char *summary;

  at (2027, 6, 15);
  workspace = new_workspace (fixture, "previous.isms", "Acme");
  earlier = add_review (workspace, "Review 2026", "2026-06-01", "2026-06-02");
  review = add_review (workspace, "Review 2027", "2027-06-20", "");
  done = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (earlier),
                       "title", "Buy a backup disk", "due-date", "2026-09-01",
                       "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2026-08-30", NULL);
  add (workspace, done);
  open = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (earlier),
                       "title", "Train the helpdesk", "due-date", "2027-09-01",
                       "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  add (workspace, open);
  overdue = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (earlier),
                          "title", "Rewrite the access policy", "due-date", "2027-01-31", NULL);
  add (workspace, overdue);
  own = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                      "title", "Its own action", "due-date", "2027-01-31", NULL);
  add (workspace, own);

  prepare (workspace, review);
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS);
  done_ids = dup_ids (object, "done");
  open_ids = dup_ids (object, "open");
  overdue_ids = dup_ids (object, "overdue");
  g_assert_cmpstr (done_ids, ==, attest_record_get_id (done));
  /* By due day: the overdue one first. */
  expected_open = g_strconcat (attest_record_get_id (overdue), " ", attest_record_get_id (open), NULL);
  g_assert_cmpstr (open_ids, ==, expected_open);
  g_assert_cmpstr (overdue_ids, ==, attest_record_get_id (overdue));
  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS);
  assert_contains (summary, "1 action of earlier reviews done: “Buy a backup disk”");
  assert_contains (summary, "2 still open: “Rewrite the access policy”, “Train the helpdesk”");
  assert_contains (summary, "1 of them overdue: “Rewrite the access policy”");
  assert_lacks (summary, "Its own action");

  /* The earlier review's own inputs know of no earlier action. */
  prepare (workspace, earlier);
  assert_contains (summary_of (workspace, earlier, ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS),
                   "No earlier review decided an action");
  close_workspace (workspace);
}

/* Every topic says something of what the workspace holds. */
static void
test_topics (TestDir       *fixture,
             gconstpointer  data G_GNUC_UNUSED)
{
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) previous = NULL;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) nc = NULL;
  g_autoptr(AttestRecord) corrective = NULL;
  g_autoptr(AttestRecord) complaint = NULL;
  g_autoptr(AttestRecord) metric = NULL;
  g_autoptr(AttestRecord) measurement = NULL;
  g_autoptr(AttestRecord) audit = NULL;
  g_autoptr(AttestRecord) finding = NULL;
  g_autoptr(AttestRecord) improvement = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  g_autoptr(JsonObject) object = NULL;
  g_autofree char *ids = NULL;
  const char *summary;

  at (2027, 1, 5);
  workspace = new_workspace (fixture, "topics.isms", "Acme");
  previous = add_review (workspace, "Review 2026", "2027-01-04", "2027-01-04");
  at (2027, 6, 15);
  nc = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Backups not tested", "reported-on", "2027-03-01",
                     "source", ATTEST_NONCONFORMITY_SOURCE_MONITORING, NULL);
  add (workspace, nc);
  corrective = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                             "title", "Monthly restore test", "due-date", "2027-04-01", NULL);
  add (workspace, corrective);
  complaint = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Client data sent to the wrong client",
                            "reported-on", "2027-05-01", "source", ATTEST_NONCONFORMITY_SOURCE_COMPLAINT, NULL);
  add (workspace, complaint);
  metric = g_object_new (ATTEST_TYPE_METRIC, "name", "Patched in time", "target", "95", "unit", "%",
                         "direction", ATTEST_TARGET_DIRECTION_AT_LEAST, "measured-every", 1,
                         "measured-unit", ATTEST_CADENCE_MONTHS, NULL);
  add (workspace, metric);
  measurement = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (metric),
                              "date", "2027-06-01", "value", "93.5", NULL);
  add (workspace, measurement);
  audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Spring audit", "scope", "All", "planned-date", "2027-04-01",
                        "held-on", "2027-04-02", NULL);
  add (workspace, audit);
  finding = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                          "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "A.8.13", NULL);
  add (workspace, finding);
  improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Password manager", "raised-on", "2027-02-10", NULL);
  add (workspace, improvement);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", "likelihood", 3, "impact", 3, NULL);
  add (workspace, risk);
  review = add_review (workspace, "Review 2027", "2027-06-20", "");
  prepare (workspace, review);

  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_NONCONFORMITIES);
  assert_contains (summary, "Since 4 January 2027: 2 nonconformities reported");
  assert_contains (summary, "1 overdue: “Monthly restore test”");
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_NONCONFORMITIES);
  ids = dup_ids (object, "corrective-actions/overdue");
  g_assert_cmpstr (ids, ==, attest_record_get_id (corrective));
  g_clear_pointer (&ids, g_free);
  g_clear_pointer (&object, json_object_unref);

  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_MEASUREMENTS);
  assert_contains (summary, "“Patched in time”: 93.5 % on 1 June 2027, target of 95 % missed");
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_MEASUREMENTS);
  g_assert_cmpint (json_object_get_int_member (object, "missed"), ==, 1);
  g_clear_pointer (&object, json_object_unref);

  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_AUDITS);
  assert_contains (summary, "1 internal audit held: “Spring audit”");
  assert_contains (summary, "Minor nonconformity: 1");
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_AUDITS);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "findings"),
                                               "minor-nonconformity"), ==, 1);
  g_clear_pointer (&object, json_object_unref);

  /* Feedback says what it is drawn from. */
  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_PARTY_FEEDBACK);
  assert_contains (summary, "From the records: the nonconformities raised from a complaint");
  assert_contains (summary, "“Client data sent to the wrong client”");
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_PARTY_FEEDBACK);
  ids = dup_ids (object, "complaints");
  g_assert_cmpstr (ids, ==, attest_record_get_id (complaint));
  g_clear_pointer (&ids, g_free);
  g_clear_pointer (&object, json_object_unref);

  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_RISKS);
  assert_contains (summary, "1 risk, as it stands now");
  object = dup_data (workspace, review, ATTEST_REVIEW_TOPIC_RISKS);
  g_assert_cmpint (json_object_get_int_member (object, "risks"), ==, 1);
  g_clear_pointer (&object, json_object_unref);

  summary = summary_of (workspace, review, ATTEST_REVIEW_TOPIC_IMPROVEMENTS);
  assert_contains (summary, "1 opportunity for improvement raised: “Password manager”");
  assert_contains (summary, "1 still to be decided");
  close_workspace (workspace);
}

static void
test_readiness (TestDir       *fixture,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;
  g_autoptr(AttestRecord) audit = NULL;
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) ada = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  g_autoptr(AttestRecord) director = g_object_new (ATTEST_TYPE_ROLE, "title", "Managing director",
                                                   "top-management", TRUE, "responsibilities", "Leads.", NULL);
  const AttestMandatoryItem *item = attest_mandatory_item_lookup ("9.3");
  g_autofree char *message = NULL;

  at (2027, 1, 10);
  workspace = new_workspace (fixture, "rules.isms", "Acme");
  add (workspace, ada);
  add (workspace, director);
  g_assert_true (attest_workspace_link (workspace, "role-person", director, ada, &error));
  g_assert_no_error (error);

  /* A new ISMS: no review is expected yet, and 9.3 is missing. */
  g_assert_false (fires (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING));
  g_assert_nonnull (item);
  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_MISSING);

  /* Once audited, it is. */
  audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "First audit", "scope", "All", "held-on", "2027-01-09", NULL);
  add (workspace, audit);
  message = check_rule (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (message);
  assert_contains (message, "No management review has been held yet");
  g_clear_pointer (&message, g_free);
  g_assert_true (attest_workspace_remove (workspace, audit, &error));
  g_assert_no_error (error);
  g_assert_false (fires (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING));
  /* And once the ISMS has run for a year. */
  at (2028, 1, 11);
  g_assert_true (fires (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING));

  /* Planned for a day to come: in hand. Planned for a day passed: named. */
  review = add_review (workspace, "Review 2028", "2028-01-20", "");
  g_assert_false (fires (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING));
  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_MISSING);
  at (2028, 1, 21);
  message = check_rule (workspace, "management-review-none", review, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (message);
  assert_contains (message, "Review 2028 was planned for 20 January 2028");
  g_clear_pointer (&message, g_free);

  /* Held: without top management and without its inputs. */
  g_object_set (review, "held-on", "2028-01-21", NULL);
  g_assert_false (fires (workspace, "management-review-none", NULL, ATTEST_SEVERITY_WARNING));
  g_assert_cmpint (attest_mandatory_item_get_status (item, workspace, NULL), ==, ATTEST_MANDATORY_STATUS_RECORDED);
  message = check_rule (workspace, "management-review-no-top-management", review, ATTEST_SEVERITY_BLOCKER);
  g_assert_nonnull (message);
  assert_contains (message, "Review 2028");
  g_clear_pointer (&message, g_free);
  g_assert_true (fires (workspace, "management-review-inputs-not-prepared", review, ATTEST_SEVERITY_WARNING));
  g_assert_true (attest_workspace_link (workspace, "review-attendee", review, ada, &error));
  g_assert_no_error (error);
  g_assert_false (fires (workspace, "management-review-no-top-management", review, ATTEST_SEVERITY_BLOCKER));
  prepare (workspace, review);
  g_assert_false (fires (workspace, "management-review-inputs-not-prepared", review, ATTEST_SEVERITY_WARNING));
  g_assert_false (fires (workspace, "management-review-overdue", NULL, ATTEST_SEVERITY_WARNING));

  /* Its action, past its due day until done. */
  action = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                         "title", "Buy a backup disk", "due-date", "2028-03-01", NULL);
  add (workspace, action);
  g_assert_false (fires (workspace, "review-action-overdue", action, ATTEST_SEVERITY_WARNING));
  at (2028, 3, 2);
  message = check_rule (workspace, "review-action-overdue", action, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (message);
  assert_contains (message, "Buy a backup disk");
  assert_contains (message, "1 March 2028");
  g_clear_pointer (&message, g_free);
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2028-03-02", NULL);
  g_assert_false (fires (workspace, "review-action-overdue", action, ATTEST_SEVERITY_WARNING));

  /* Twelve months on, the next review is due; a day later, overdue. */
  at (2029, 1, 21);
  g_assert_false (fires (workspace, "management-review-overdue", NULL, ATTEST_SEVERITY_WARNING));
  at (2029, 1, 22);
  message = check_rule (workspace, "management-review-overdue", review, ATTEST_SEVERITY_WARNING);
  g_assert_nonnull (message);
  assert_contains (message, "21 January 2028");
  g_clear_pointer (&message, g_free);
  close_workspace (workspace);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/review/held", test_held);
  ADD ("/review/attendees", test_attendees);
  ADD ("/review/actions", test_actions);
  ADD ("/review/prepare", test_prepare);
  ADD ("/review/refused", test_refused);
  ADD ("/review/since", test_since);
  ADD ("/review/previous-actions", test_previous_actions);
  ADD ("/review/topics", test_topics);
  ADD ("/review/readiness", test_readiness);
#undef ADD

  return g_test_run ();
}
