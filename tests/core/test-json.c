/* test-json.c: lossless export and defensive import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "attest.h"
#include "attest-test-util.h"

static char *
export_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  char *json;

  g_assert_no_error (error);
  json = attest_json_export (workspace, &error);
  g_assert_no_error (error);
  return json;
}

static void
test_round_trip (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *json_path = test_dir_path (fixture, "demo.json");
  g_autofree char *copy = test_dir_path (fixture, "copy.isms");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (demo, ATTEST_DEMO_SMALL, &error);

  g_assert_no_error (error);
  /* Text that must survive exactly. */
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                                  "title", "Ünïcødé — ελληνικά, العربية, 中文 %s %n",
                                                  "description", "quote \" backslash \\ tab\t newline\n bidi \u202e override",
                                                  NULL);
    g_assert_true (attest_workspace_add (workspace, issue, &error));
  }
  /* Schema 8: a decision with the authority above the owner. */
  {
    g_autoptr(AttestRecord) risk = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK), 0);

    g_assert_nonnull (attest_risk_accept_full (workspace, risk, attest_record_get_string (risk, "owner"),
                                               "Board, meeting of 3 March", ATTEST_ACCEPTANCE_ACCEPTED, "Noted", &error));
    g_assert_no_error (error);
  }
  g_clear_object (&workspace);

  first = export_file (demo);
  g_assert_true (g_file_set_contents (json_path, first, -1, NULL));
  g_assert_true (attest_json_import_file (copy, json_path, &error));
  g_assert_no_error (error);
  second = export_file (copy);
  g_assert_cmpstr (first, ==, second);

  /* The imported workspace is a real one: its history verifies. */
  workspace = attest_workspace_open (copy, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT)), ==, 18);
  /* The approved documents come back as they were approved. */
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_VERSION)), ==, 4);
  g_assert_nonnull (strstr (first, "\"document-version\" : ["));
  g_assert_nonnull (strstr (first, "\"document\" : \"policy\""));
  g_assert_nonnull (strstr (first, "\"document\" : \"treatment-plan\""));
  /* Schema 6's fields come back: when each action was completed, how risks
   * are identified. */
  {
    GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
    AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
    guint completed = 0;

    for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
      {
        g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
        const char *date = attest_record_get_string (action, "completed-date");

        g_assert_cmpint (*date != '\0', ==, attest_record_get_enum (action, "status") == ATTEST_ACTION_STATUS_DONE);
        completed += *date != '\0';
      }
    g_assert_cmpuint (completed, ==, 4);
    g_assert_nonnull (strstr (first, "\"completed-date\" : \"20"));
    g_assert_nonnull (strstr (attest_record_get_string (method, "identification"), "interested parties"));
    g_assert_nonnull (strstr (first, "\"identification\" : \"Risks are identified"));
    /* Schema 8's fields come back: the escalation level and who decides
     * there, and the authority of a decision. */
    g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 2);
    g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==,
                     "Managing director (Priya Natarajan)");
    g_assert_nonnull (strstr (first, "\"escalation-level\" : 2,"));
    g_assert_nonnull (strstr (first, "\"authority\" : \"Board, meeting of 3 March\""));
  }
  /* Schema 10: the objectives, every field, and the risks and controls
   * they are linked to. */
  {
    GListModel *objectives = attest_workspace_get_records (workspace, ATTEST_TYPE_OBJECTIVE);
    g_autoptr(AttestRecord) first_objective = g_list_model_get_item (objectives, 0);
    g_autoptr(GPtrArray) risks = attest_workspace_dup_links_from (workspace, "objective-risk", first_objective, NULL);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "objective-control", first_objective, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 4);
    g_assert_cmpstr (attest_record_get_string (first_objective, "target"), ==, "Under 8 hours");
    g_assert_cmpint (attest_record_get_enum (first_objective, "status"), ==, ATTEST_OBJECTIVE_STATUS_AT_RISK);
    g_assert_true (attest_date_is_valid (attest_record_get_string (first_objective, "due-date")));
    g_assert_false (attest_text_is_blank (attest_record_get_string (first_objective, "resources")));
    g_assert_false (attest_text_is_blank (attest_record_get_string (first_objective, "evaluation")));
    g_assert_cmpuint (risks->len, ==, 2);
    g_assert_cmpuint (controls->len, ==, 2);
    g_assert_nonnull (strstr (first, "\"status\" : \"at-risk\""));
    g_assert_nonnull (strstr (first, "\"objective-control\" : ["));
  }
  /* Schema 11: the planned changes, every field, and the risks, controls
   * and documents they affect. */
  {
    GListModel *changes = attest_workspace_get_records (workspace, ATTEST_TYPE_PLANNED_CHANGE);
    g_autoptr(AttestRecord) done = g_list_model_get_item (changes, 0);
    g_autoptr(GPtrArray) risks = attest_workspace_dup_links_from (workspace, "change-risk", done, NULL);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "change-control", done, NULL);
    g_autoptr(GPtrArray) documents = attest_workspace_dup_links_from (workspace, "change-document", done, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
    g_assert_cmpstr (attest_record_get_string (done, "title"), ==, "Backups copied to a second cloud region");
    g_assert_cmpint (attest_record_get_enum (done, "status"), ==, ATTEST_CHANGE_STATUS_DONE);
    g_assert_true (attest_date_is_valid (attest_record_get_string (done, "planned-date")));
    g_assert_true (attest_date_is_valid (attest_record_get_string (done, "reviewed-on")));
    g_assert_false (attest_text_is_blank (attest_record_get_string (done, "reason")));
    g_assert_false (attest_text_is_blank (attest_record_get_string (done, "consequences")));
    g_assert_cmpuint (risks->len, ==, 1);
    g_assert_cmpuint (controls->len, ==, 2);
    g_assert_cmpuint (documents->len, ==, 1);
    g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, g_ptr_array_index (documents, 0)),
                                               "identifier"), ==, "ISMS-PRC-04");
    g_assert_nonnull (strstr (first, "\"change-document\" : ["));
    g_assert_nonnull (strstr (first, "\"reviewed-on\" : \"20"));
  }
  /* Schema 12: the resources, with the objective one serves, and the
   * communications. */
  {
    GListModel *resources = attest_workspace_get_records (workspace, ATTEST_TYPE_RESOURCE);
    GListModel *communications = attest_workspace_get_records (workspace, ATTEST_TYPE_COMMUNICATION);
    g_autoptr(AttestRecord) backups = g_list_model_get_item (resources, 2);
    g_autoptr(AttestRecord) news = g_list_model_get_item (communications, 1);
    g_autoptr(GPtrArray) serves = attest_workspace_dup_links_from (workspace, "resource-objective", backups, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 4);
    g_assert_cmpuint (g_list_model_get_n_items (communications), ==, 4);
    g_assert_cmpstr (attest_record_get_string (backups, "title"), ==, "A second cloud region for the backups");
    g_assert_cmpint (attest_record_get_enum (backups, "kind"), ==, ATTEST_RESOURCE_KIND_TOOL);
    g_assert_cmpint (attest_record_get_enum (backups, "status"), ==, ATTEST_RESOURCE_STATUS_PROVIDED);
    g_assert_true (attest_date_is_valid (attest_record_get_string (backups, "provided-on")));
    g_assert_cmpuint (serves->len, ==, 1);
    g_assert_cmpstr (attest_record_get_string (news, "frequency"), ==, "Every quarter");
    g_assert_true (attest_date_is_valid (attest_record_get_string (news, "last-on")));
    g_assert_true (attest_date_is_valid (attest_record_get_string (news, "next-due")));
    g_assert_nonnull (strstr (first, "\"resource-objective\" : ["));
    g_assert_nonnull (strstr (first, "\"kind\" : \"tool\""));
  }
  /* Schema 13: the people and the roles, each role with who holds it. */
  {
    GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
    GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
    g_autoptr(AttestRecord) manager = g_list_model_get_item (roles, 1);
    g_autoptr(AttestRecord) owner = g_list_model_get_item (roles, 2);
    g_autoptr(AttestRecord) tom = g_list_model_get_item (people, 1);
    g_autoptr(GPtrArray) holders = attest_workspace_dup_links_from (workspace, "role-person", manager, NULL);
    g_autoptr(GPtrArray) owners = attest_workspace_dup_links_from (workspace, "role-person", owner, NULL);

    /* The four of its roles, and the auditor from outside. */
    g_assert_cmpuint (g_list_model_get_n_items (people), ==, 5);
    g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
    g_assert_cmpstr (attest_record_get_string (tom, "name"), ==, "Tom Okafor");
    g_assert_cmpstr (attest_record_get_string (tom, "staff-group"), ==, "Management");
    g_assert_cmpstr (attest_record_get_string (tom, "contact"), ==, "tom.okafor@fernhill.example");
    g_assert_cmpstr (attest_record_get_string (manager, "title"), ==, "ISMS manager");
    g_assert_true (attest_record_get_boolean (manager, "conformity"));
    g_assert_true (attest_record_get_boolean (manager, "reporting"));
    g_assert_false (attest_record_get_boolean (manager, "top-management"));
    g_assert_true (attest_date_is_valid (attest_record_get_string (manager, "communicated-on")));
    g_assert_cmpuint (holders->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (holders, 0), ==, attest_record_get_id (tom));
    g_assert_cmpuint (owners->len, ==, 4);
    g_assert_nonnull (strstr (first, "\"role-person\" : ["));
    g_assert_nonnull (strstr (first, "\"conformity\" : true"));
  }
  /* Schema 14: the awareness activities, and the period the organisation
   * set for them. */
  {
    GListModel *activities = attest_workspace_get_records (workspace, ATTEST_TYPE_AWARENESS);
    g_autoptr(AttestRecord) induction = g_list_model_get_item (activities, 0);
    g_autoptr(AttestRecord) phishing = g_list_model_get_item (activities, 2);
    AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);

    g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 3);
    g_assert_true (attest_record_get_boolean (induction, "all-staff"));
    g_assert_false (attest_record_get_boolean (phishing, "all-staff"));
    g_assert_cmpstrv (attest_record_get_strv (phishing, "groups"), ((const char * const[]) { "Analysts", NULL }));
    g_assert_cmpstr (attest_record_get_string (phishing, "attendance"), ==, "31 of 33 analysts");
    g_assert_true (attest_date_is_valid (attest_record_get_string (phishing, "held-on")));
    g_assert_cmpint (attest_record_get_int (org, "awareness-interval"), ==, 12);
    g_assert_nonnull (strstr (first, "\"awareness-interval\" : 12"));
    g_assert_nonnull (strstr (first, "\"all-staff\" : true"));
  }
  /* Schema 15: the competences, each with the roles that require it, and
   * the evidence of competence, held or planned, with its references. */
  {
    GListModel *competences = attest_workspace_get_records (workspace, ATTEST_TYPE_COMPETENCE);
    GListModel *qualifications = attest_workspace_get_records (workspace, ATTEST_TYPE_QUALIFICATION);
    g_autoptr(AttestRecord) risk = g_list_model_get_item (competences, 1);
    g_autoptr(AttestRecord) certificate = g_list_model_get_item (qualifications, 0);
    g_autoptr(AttestRecord) planned = g_list_model_get_item (qualifications, 4);
    g_autoptr(GPtrArray) roles = attest_workspace_dup_links_from (workspace, "competence-role", risk, NULL);
    AttestRecord *tom = attest_workspace_lookup (workspace, attest_record_get_string (certificate, "person-id"));

    g_assert_cmpuint (g_list_model_get_n_items (competences), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (qualifications), ==, 6);
    g_assert_cmpstr (attest_record_get_string (risk, "title"), ==, "Risk assessment with the 5 × 5 method");
    g_assert_cmpuint (roles->len, ==, 1);
    g_assert_nonnull (tom);
    g_assert_cmpstr (attest_record_get_string (tom, "name"), ==, "Tom Okafor");
    g_assert_cmpint (attest_record_get_enum (certificate, "kind"), ==, ATTEST_QUALIFICATION_KIND_CERTIFICATE);
    g_assert_cmpint (attest_record_get_enum (certificate, "effective"), ==, ATTEST_EFFECTIVENESS_EFFECTIVE);
    g_assert_true (attest_date_is_valid (attest_record_get_string (certificate, "expires-on")));
    g_assert_cmpint (attest_record_get_enum (planned, "status"), ==, ATTEST_QUALIFICATION_STATUS_PLANNED);
    g_assert_true (attest_date_is_valid (attest_record_get_string (planned, "due-date")));
    g_assert_nonnull (strstr (first, "\"competence-role\" : ["));
    g_assert_nonnull (strstr (first, "\"status\" : \"planned\""));
  }
  /* Schema 16: the external providers, with the controls that apply. */
  {
    GListModel *providers = attest_workspace_get_records (workspace, ATTEST_TYPE_PROVIDER);
    g_autoptr(AttestRecord) cloud = g_list_model_get_item (providers, 0);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "provider-control", cloud, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 3);
    g_assert_cmpstr (attest_record_get_string (cloud, "name"), ==, "Stratus Cloud Ltd");
    g_assert_true (attest_date_is_valid (attest_record_get_string (cloud, "last-review")));
    g_assert_true (attest_date_is_valid (attest_record_get_string (cloud, "next-review")));
    g_assert_cmpuint (controls->len, ==, 4);
    g_assert_nonnull (strstr (first, "\"provider-control\" : ["));
  }
  /* Schema 17: the evidence of leadership, with the documents that hold
   * it. */
  {
    GListModel *commitments = attest_workspace_get_records (workspace, ATTEST_TYPE_COMMITMENT);
    g_autoptr(AttestRecord) policy = g_list_model_get_item (commitments, 0);
    g_autoptr(GPtrArray) documents = attest_workspace_dup_links_from (workspace, "commitment-document", policy, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 8);
    g_assert_cmpint (attest_record_get_enum (policy, "item"), ==, ATTEST_COMMITMENT_SETS_POLICY);
    g_assert_true (attest_date_is_valid (attest_record_get_string (policy, "shown-on")));
    g_assert_cmpuint (documents->len, ==, 1);
    g_assert_nonnull (strstr (first, "\"item\" : \"provides-resources\""));
    g_assert_nonnull (strstr (first, "\"commitment-document\" : ["));
  }
  /* Schema 18: the policy with its approved version, the topic-specific
   * policies with the controls that ask for them. */
  {
    AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
    GListModel *topics = attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY);
    g_autoptr(AttestRecord) access = g_list_model_get_item (topics, 0);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "topic-policy-control", access, NULL);
    g_autoptr(GPtrArray) changes = NULL;

    g_assert_nonnull (strstr (attest_record_get_string (policy, "text"), "# Information security policy of Fernhill"));
    g_assert_cmpstr (attest_record_get_string (policy, "owner"), ==, "Managing director (Priya Natarajan)");
    g_assert_cmpstr (attest_record_get_string (policy, "communicated-to"), ==, "All staff and contractors");
    g_assert_true (attest_date_is_valid (attest_record_get_string (policy, "communicated-on")));
    g_assert_true (attest_record_get_boolean (policy, "available-to-parties"));
    g_assert_true (attest_date_is_valid (attest_record_get_string (policy, "next-review")));
    g_assert_cmpuint (g_list_model_get_n_items (topics), ==, 13);
    g_assert_cmpstr (attest_record_get_string (access, "title"), ==, "Access control policy");
    g_assert_cmpstr (attest_record_get_string (access, "version"), ==, "1.0");
    g_assert_cmpuint (controls->len, ==, 3);
    g_assert_nonnull (strstr (first, "\"topic-policy-control\" : ["));
    g_assert_nonnull (strstr (first, "\"available-to-parties\" : true"));
    changes = attest_isms_document_diff (workspace, "policy", attest_isms_document_get_approved (workspace, "policy"),
                                         &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 0);
  }
  /* Schema 19: the processes of the ISMS, how often each runs, whom it
   * hands over to, the scope items they stand for, and their criteria. */
  {
    GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
    g_autoptr(GPtrArray) handovers = attest_workspace_dup_links (workspace, "process-handover", NULL);
    g_autoptr(GPtrArray) scoped = attest_workspace_dup_links (workspace, "scope-item-process", NULL);
    AttestRecord *monitoring = NULL, *analysis = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
      {
        g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

        if (g_str_equal (attest_record_get_string (process, "name"), "Monitoring and measurement"))
          monitoring = process;
        if (g_str_equal (attest_record_get_string (process, "name"), "Client data analysis"))
          analysis = process;
      }
    g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 14);
    g_assert_nonnull (monitoring);
    g_assert_nonnull (analysis);
    g_assert_cmpint (attest_record_get_int (monitoring, "runs-every"), ==, 3);
    g_assert_cmpint (attest_record_get_enum (monitoring, "runs-unit"), ==, ATTEST_CADENCE_MONTHS);
    g_assert_true (attest_date_is_valid (attest_record_get_string (monitoring, "last-run")));
    g_assert_cmpstr (attest_record_get_string (monitoring, "owner"), ==, "Head of analytics (Hannah Byrne)");
    g_assert_cmpstr (attest_record_get_string (monitoring, "inputs"), ==,
                     "The objectives and the controls to be measured.");
    g_assert_cmpstr (attest_record_get_string (monitoring, "outputs"), ==, "Measurements and what they show, and the events that need handling as incidents.");
    g_assert_cmpstr (attest_record_get_string (monitoring, "criteria"), ==,
                     "Each objective's measure taken on time and reported.");
    g_assert_nonnull (strstr (attest_record_get_string (monitoring, "criteria-check"), "quarterly report"));
    g_assert_cmpstr (attest_record_get_string (analysis, "purpose"), ==,
                     "Receiving, analysing and returning client data sets.");
    g_assert_cmpuint (handovers->len / 2, ==, 22);
    g_assert_cmpuint (scoped->len / 2, ==, 2);
    g_assert_nonnull (strstr (first, "\"runs-unit\" : \"months\""));
    g_assert_nonnull (strstr (first, "\"process-handover\" : ["));
    g_assert_nonnull (strstr (first, "\"scope-item-process\" : ["));
  }
  {
    g_autoptr(GPtrArray) changes = attest_isms_document_diff (workspace, "scope",
                                                              attest_isms_document_get_approved (workspace, "scope"),
                                                              &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 0);
  }
}

/* An export from before schema 8 has no escalation level: imported, its
 * method gets what an older file gets when it is opened (the highest level,
 * top management), and readiness finds nothing wrong with the method. */
static void
test_before_escalation (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (demo, ATTEST_DEMO_SMALL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *json = attest_json_export (workspace, &error);
  g_autofree char *older = NULL;
  JsonObject *method;
  AttestRecord *imported;

  g_assert_no_error (error);
  g_clear_object (&workspace);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  method = json_array_get_object_element (
    json_object_get_array_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                                 "records"), "risk-method"), 0);
  g_assert_true (json_object_has_member (method, "escalation-level"));
  json_object_remove_member (method, "escalation-level");
  json_object_remove_member (method, "escalation-authority");
  json_generator_set_root (generator, json_parser_get_root (parser));
  older = json_generator_to_data (generator, NULL);

  workspace = attest_workspace_create (target, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (attest_json_import (workspace, older, strlen (older), &error));
  g_assert_no_error (error);
  imported = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_assert_cmpint (attest_record_get_int (imported, "escalation-level"), ==,
                   (int) attest_record_get_strv_length (imported, "levels") - 1);
  g_assert_cmpstr (attest_record_get_string (imported, "escalation-authority"), ==,
                   attest_risk_method_default_authority ());
  problems = attest_risk_method_check (imported);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_into_empty_workspace (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (demo, ATTEST_DEMO_SMALL, &error);

  json = attest_json_export (workspace, &error);
  g_clear_object (&workspace);

  workspace = attest_workspace_create (target, "Placeholder name", &error);
  g_assert_no_error (error);
  g_assert_true (attest_json_import (workspace, json, strlen (json), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "name"),
                   ==, "Fernhill Analytics Ltd");

  /* Now it holds records: a second import is refused, nothing changes. */
  {
    g_autofree char *before = attest_json_export (workspace, NULL);
    g_autofree char *after = NULL;

    g_assert_false (attest_json_import (workspace, json, strlen (json), &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_EMPTY);
    after = attest_json_export (workspace, NULL);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_minimal_document (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "min.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (target, NULL, &error);
  const char *json =
    "{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{"
    "\"context-issue\":[{\"id\":\"i1\",\"created\":\"2026-01-02T03:04:05Z\",\"modified\":\"2026-01-02T03:04:05.5+01:00\",\"title\":\"Only this\"}]}}";

  /* Missing kinds and fields take their defaults; the workspace gets its
   * singletons and its 93 SoA entries all the same. */
  g_assert_true (attest_json_import (workspace, json, strlen (json), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY)), ==, 93);
  g_assert_nonnull (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION));
  {
    AttestRecord *issue = attest_workspace_lookup (workspace, "i1");

    g_assert_nonnull (issue);
    g_assert_cmpstr (attest_record_get_string (issue, "title"), ==, "Only this");
    g_assert_cmpint (attest_record_get_enum (issue, "category"), ==, ATTEST_ISSUE_CATEGORY_OTHER);
    g_assert_cmpint (attest_record_get_modified (issue), ==, G_GINT64_CONSTANT (1767319445500000));
  }
}

static void
test_incomplete_but_well_formed (TestDir       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "incomplete.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (target, NULL, &error);
  const char *json =
    "{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{"
    "\"risk\":[{\"id\":\"r1\",\"created\":\"2026-01-02T03:04:05Z\",\"modified\":\"2026-01-02T03:04:05Z\","
    "\"title\":\"\",\"review-date\":\"\",\"description\":\"a // b /* c */\"}],"
    "\"risk-method\":[{\"id\":\"m\",\"created\":\"2026-01-02T03:04:05Z\",\"modified\":\"2026-01-02T03:04:05Z\","
    "\"thresholds\":[\"4\",\"\"],\"level-colours\":[\"#33D17A\",\"\"]}]}}";
  AttestRecord *risk;
  g_autoptr(GPtrArray) problems = NULL;

  /* What the user completes later (a blank required title, empty optional
   * dates and list items) is imported and left to readiness; slashes inside
   * texts are not comments. */
  g_assert_true (attest_json_import (workspace, json, strlen (json), &error));
  g_assert_no_error (error);
  risk = attest_workspace_lookup (workspace, "r1");
  g_assert_nonnull (risk);
  g_assert_cmpstr (attest_record_get_string (risk, "description"), ==, "a // b /* c */");
  problems = attest_record_check (risk);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "title");
}

#define HEAD "{\"format\":\"attest-workspace\",\"format-version\":1,"
#define REC(kind, body) HEAD "\"records\":{\"" kind "\":[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\"" body "}]}}"

static const struct
{
  const char *name;
  const char *json;
  const char *words;
} bad_documents[] = {
  { "not-json", "{\"format\": ", "not valid JSON" },
  { "not-object", "[1,2]", "$: must be an object" },
  { "wrong-format", "{\"format\":\"other\",\"format-version\":1,\"records\":{}}", "$.format" },
  { "newer-format", "{\"format\":\"attest-workspace\",\"format-version\":7,\"records\":{}}", "newer Attest" },
  { "unknown-top", HEAD "\"records\":{},\"extra\":1}", "$.extra" },
  { "duplicate-key", HEAD "\"records\":{\"context-issue\":[{\"id\":\"a\",\"id\":\"b\"}]}}", "$.records.context-issue[0].id: the key appears twice" },
  { "duplicate-escaped-key", HEAD "\"records\":{},\"rec\\u006frds\":{}}", "the key appears twice" },
  { "unknown-kind", HEAD "\"records\":{\"spaceship\":[]}}", "$.records.spaceship" },
  { "unknown-field", REC ("context-issue", ",\"colour\":\"red\""), "$.records.context-issue[0].colour" },
  { "wrong-type", REC ("context-issue", ",\"title\":42"), "$.records.context-issue[0].title: must be a text" },
  { "wrong-bool", REC ("requirement", ",\"addressed\":\"yes\""), "$.records.requirement[0].addressed: must be true or false" },
  { "bad-enum", REC ("context-issue", ",\"category\":\"astrology\""), "$.records.context-issue[0].category: must be one of" },
  { "bad-strv", REC ("organisation", ",\"locations\":[\"a\",3]"), "$.records.organisation[0].locations[1]" },
  { "bad-reference", REC ("requirement", ",\"party-id\":\"nobody\""), "$.records.requirement[0].party-id" },
  { "bad-time", HEAD "\"records\":{\"scope-item\":[{\"id\":\"a\",\"created\":\"yesterday\",\"modified\":\"2026-01-01T00:00:00Z\"}]}}", "$.records.scope-item[0].created" },
  { "no-id", HEAD "\"records\":{\"scope-item\":[{\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\"}]}}", "$.records.scope-item[0].id" },
  { "same-id", HEAD "\"records\":{\"scope-item\":[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\"},{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\"}]}}", "$.records.scope-item[1].id" },
  { "two-organisations", HEAD "\"records\":{\"organisation\":[{},{}]}}", "$.records.organisation: may hold only one" },
  { "unknown-control", REC ("soa-entry", ",\"control-id\":\"iso27001:2022/A.99.1\""), "control-id" },
  { "nul-character", REC ("context-issue", ",\"title\":\"a\\u0000b\""), "NUL" },
  { "bad-link", HEAD "\"records\":{},\"links\":{\"soa-requirement\":[{\"from\":\"x\",\"to\":\"y\"}]}}", "$.links.soa-requirement[0].from" },
  { "invalid-utf8", HEAD "\"records\":{\"context-issue\":[]},\"x\":\"\xff\xfe\"}", "UTF-8" },
  { "empty", "", "empty" },
  /* Malformed values are refused with the rules the forms apply. */
  { "impossible-date", REC ("risk", ",\"review-date\":\"2027-02-30\""), "$.records.risk[0].review-date: There is no such day: check the month and day" },
  { "date-format", REC ("organisation", ",\"certification-target\":\"30/06/2027\""), "$.records.organisation[0].certification-target: Write the date" },
  { "threshold-not-number", REC ("risk-method", ",\"thresholds\":[\"4\",\"abc\"]"), "$.records.risk-method[0].thresholds[1]: " },
  { "colour-name", REC ("risk-method", ",\"level-colours\":[\"#33d17a\",\"red\"]"), "$.records.risk-method[0].level-colours[1]: Write each colour as #" },
  { "matrix-not-number", REC ("risk-method", ",\"matrix\":[\"0\",\"high\"]"), "$.records.risk-method[0].matrix[1]: " },
  { "approved-at", REC ("soa-version", ",\"approved-at\":\"last week\""), "$.records.soa-version[0].approved-at: " },
  { "metric-target", REC ("metric", ",\"target\":\"95 %\""), "$.records.metric[0].target: Write a number, such as 97.5" },
  { "measured-value", REC ("measurement", ",\"value\":\"1e9\""), "$.records.measurement[0].value: Write a number" },
  /* json-glib reads comments, which JSON has not. */
  { "line-comment", HEAD "\"records\": {} // exported by hand\n}", "$.records: " },
  { "block-comment", HEAD "\"records\":{/* nothing */}}", "$.records: " },
  { "comment-in-list", REC ("context-issue", ",\"title\":\"a\"/**/"), "$.records.context-issue[0]" },
};

static void
test_bad_documents (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (target, "Untouched", &error);
  g_autofree char *before = attest_json_export (workspace, NULL);
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autofree char *after = NULL;

      g_assert_false (attest_json_import (workspace, bad_documents[i].json, strlen (bad_documents[i].json), &error));
      g_test_message ("%s: %s", bad_documents[i].name, error->message);
      g_assert_nonnull (error);
      if (strstr (error->message, bad_documents[i].words) == NULL
          || (g_str_has_suffix (bad_documents[i].name, "comment") && strstr (error->message, "comment") == NULL))
        g_error ("%s: “%s” does not say “%s”", bad_documents[i].name, error->message, bad_documents[i].words);
      g_clear_error (&error);

      /* All or nothing: nothing changed. */
      after = attest_json_export (workspace, NULL);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);
    }
}

static void
test_limits (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autofree char *big = test_dir_path (fixture, "big.json");
  g_autofree char *new_target = test_dir_path (fixture, "new.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (target, NULL, &error);
  g_autoptr(GString) deep = g_string_new (HEAD "\"records\":{},\"links\":");
  int fd;

  /* A million nested arrays would overflow json-glib's stack: refused
   * before it parses. */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (deep, '[');
  g_assert_false (attest_json_import (workspace, deep->str, deep->len, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nested too deeply"));
  g_clear_error (&error);

  /* Larger than the cap: refused without reading it, and a workspace file
   * created for the import is removed again. */
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, ATTEST_JSON_MAX_SIZE + 1), ==, 0);
  close (fd);
  g_assert_false (attest_json_import_file (new_target, big, &error));
  g_assert_nonnull (strstr (error->message, "larger than"));
  g_clear_error (&error);

  /* A field of 1 MB is stored exactly. */
  {
    g_autoptr(GString) json = g_string_new (HEAD "\"records\":{\"context-issue\":[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\",\"description\":\"");
    AttestRecord *issue;

    for (guint i = 0; i < 1024 * 1024; i++)
      g_string_append_c (json, 'a' + i % 26);
    g_string_append (json, "\"}]}}");
    g_assert_true (attest_json_import (workspace, json->str, json->len, &error));
    g_assert_no_error (error);
    issue = attest_workspace_lookup (workspace, "a");
    g_assert_cmpuint (strlen (attest_record_get_string (issue, "description")), ==, 1024 * 1024);
  }

  /* An import that fails into a new file leaves no file behind. */
  {
    g_autofree char *bad = test_dir_path (fixture, "bad.json");

    g_assert_true (g_file_set_contents (bad, REC ("context-issue", ",\"title\":1"), -1, NULL));
    g_assert_false (attest_json_import_file (new_target, bad, &error));
    g_assert_nonnull (strstr (error->message, "bad.json"));
    g_assert_false (g_file_test (new_target, G_FILE_TEST_EXISTS));
  }
}

/* The address space of this process now, in bytes. */
static guint64
address_space (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmSize:");
  g_assert_nonnull (line);
  return g_ascii_strtoull (line + strlen ("VmSize:"), NULL, 10) * 1024;
}

/* Imports @input into a new workspace in a child process whose address
 * space may grow by 8 × the input + 64 MiB and no more: more makes an
 * allocation fail, and GLib abort the child. @expected is a part of the
 * refusal, or %NULL when the import must succeed. */
static void
assert_import_bounded (const char *workspace_path,
                       const char *input,
                       const char *expected)
{
  GStatBuf st;
  pid_t child;
  int status;

  g_assert_cmpint (g_stat (input, &st), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      guint64 limit = address_space () + 8 * (guint64) st.st_size + 64 * 1024 * 1024;
      struct rlimit rl = { limit, limit };
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (setrlimit (RLIMIT_AS, &rl) != 0)
        _exit (2);
      ok = attest_json_import_file (workspace_path, input, &error);
      if (expected == NULL && !ok)
        fprintf (stderr, "refused: %s\n", error->message);
      else if (expected != NULL && ok)
        fprintf (stderr, "imported, not refused\n");
      else if (expected != NULL && strstr (error->message, expected) == NULL)
        fprintf (stderr, "refused, but: %s\n", error->message);
      else
        _exit (0);
      _exit (1);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  if (WIFSIGNALED (status))
    g_error ("Importing %s in %lld bytes + %lld killed the child (signal %d)", input,
             (long long) (8 * st.st_size), 64LL * 1024 * 1024, WTERMSIG (status));
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static gboolean
under_sanitizer (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#else
  /* Valgrind's own memory is in the same address space. */
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
#endif
}

/* Memory grows with the document, not faster: an import takes at most
 * 8 × the document + 64 MiB, and a document that would take more (millions
 * of tiny values: json-glib builds a tree of some 80 to 300 bytes a value)
 * is refused before it is parsed. The export of the large demo imports
 * under the same rule, and so does the largest document the limits let
 * through. */
static void
test_bounded_memory (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *input = test_dir_path (fixture, "input.json");
  g_autofree char *tiny = test_dir_path (fixture, "tiny.isms");
  g_autofree char *objects = test_dir_path (fixture, "objects.isms");
  g_autofree char *records = test_dir_path (fixture, "records.isms");
  g_autofree char *members = test_dir_path (fixture, "members.isms");
  g_autofree char *imported = test_dir_path (fixture, "imported.isms");

  if (under_sanitizer ())
    {
      g_test_skip ("The address space limit is meaningless under a sanitizer or Valgrind");
      return;
    }

  /* Millions of tiny values, up to the size cap. */
  {
    g_autoptr(GString) json = g_string_new (HEAD "\"records\":{\"risk\":[0");

    while (json->len < ATTEST_JSON_MAX_SIZE - 16)
      g_string_append (json, ",0");
    g_string_append (json, "]}}");
    g_assert_true (g_file_set_contents (input, json->str, json->len, NULL));
    assert_import_bounded (tiny, input, "values");
  }

  /* Empty objects, the dearest values. */
  {
    g_autoptr(GString) json = g_string_new (HEAD "\"records\":{\"risk\":[{}");

    while (json->len < 4 * 1024 * 1024)
      g_string_append (json, ",{}");
    g_string_append (json, "]}}");
    g_assert_true (g_file_set_contents (input, json->str, json->len, NULL));
    assert_import_bounded (objects, input, "objects");
  }

  /* The most records the limits let through, each as small as a record
   * can be (an object and its nine members, ten values): imported. */
  {
    g_autoptr(GString) json = g_string_new (HEAD "\"records\":{\"asset\":[");
    guint most = MIN (ATTEST_JSON_MAX_OBJECTS, ATTEST_JSON_MAX_VALUES / 10) - 10;

    for (guint n = 0; n < most; n++)
      g_string_append_printf (json, "%s{\"id\":\"%x\",\"created\":\"2026-01-01T00:00:00Z\","
                              "\"modified\":\"2026-01-01T00:00:00Z\",\"name\":\"a\",\"owner\":\"\","
                              "\"location\":\"\",\"classification\":\"\",\"confidentiality\":1}",
                              n ? "," : "", n);
    g_string_append (json, "]}}");
    g_assert_true (g_file_set_contents (input, json->str, json->len, NULL));
    assert_import_bounded (records, input, NULL);
  }

  /* The most values the limits let through, as the dearest kind of value
   * (a member of an object, with a key of its own): refused by the
   * checks after parsing, in bounded memory. */
  {
    g_autoptr(GString) json = g_string_new (HEAD "\"records\":{\"asset\":[{");

    for (guint n = 0; n < ATTEST_JSON_MAX_VALUES - 10; n++)
      g_string_append_printf (json, "%s\"%x\":0", n ? "," : "", n);
    g_string_append (json, "}]}}");
    g_assert_true (g_file_set_contents (input, json->str, json->len, NULL));
    assert_import_bounded (members, input, "is not a field");
  }

  /* The large demo's export. */
  {
    g_autofree char *large = test_dir_path (fixture, "large.isms");
    g_autoptr(GError) error = NULL;
    g_autoptr(AttestWorkspace) workspace = attest_demo_create (large, ATTEST_DEMO_LARGE, &error);
    g_autofree char *json = NULL;

    g_assert_no_error (error);
    json = attest_json_export (workspace, &error);
    g_assert_no_error (error);
    g_clear_object (&workspace);
    g_assert_true (g_file_set_contents (input, json, -1, NULL));
    assert_import_bounded (imported, input, NULL);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/json/round-trip", test_round_trip);
  ADD ("/json/into-empty-workspace", test_into_empty_workspace);
  ADD ("/json/before-escalation", test_before_escalation);
  ADD ("/json/minimal-document", test_minimal_document);
  ADD ("/json/bad-documents", test_bad_documents);
  ADD ("/json/incomplete-but-well-formed", test_incomplete_but_well_formed);
  ADD ("/json/limits", test_limits);
  ADD ("/json/bounded-memory", test_bounded_memory);
#undef ADD

  return g_test_run ();
}
