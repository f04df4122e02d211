/* test-readiness.c: field rules, the setup's findings, the scope draft, and
 * removal with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
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

static void
test_field_rules (void)
{
  g_autoptr(AttestRecord) org = g_object_new (ATTEST_TYPE_ORGANISATION, NULL);
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "name", "Guest Wi-Fi",
                                               "kind", ATTEST_SCOPE_ITEM_KIND_EXCLUSION, NULL);
  g_autoptr(GPtrArray) problems = attest_record_check (org);
  AttestProblem *p;

  /* Required fields, in field order. */
  g_assert_cmpuint (problems->len, ==, 3);
  p = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (p->field, ==, "name");
  p = g_ptr_array_index (problems, 2);
  g_assert_cmpstr (p->field, ==, "isms-manager");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* White space is not an answer; a date must be a date. */
  g_object_set (org, "name", "  \t\n ", "top-management", "Board", "isms-manager", "Jo",
                "certification-target", "30/06/2027", NULL);
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
  g_autofree char *path = test_dir_path (fixture, "setup.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, NULL, &error);
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
  g_autofree char *path = test_dir_path (fixture, "scope.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme Ltd", &error);
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
                   "customer support, performed by Operations, at Leeds, Hull and York. Excluded: the canteen. "
                   "Activities done by others, managed as interfaces: the payroll bureau.");
}

static void
test_remove_and_restore (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "undo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
  GListModel *parties = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  g_autoptr(AttestRecord) insurer = g_list_model_get_item (parties, 6);
  g_autoptr(AttestRemoval) removal = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpstr (attest_record_get_string (insurer, "name"), ==, "Cyber insurer");
  before = attest_json_export (workspace, &error);

  /* The insurer goes with its two requirements and their two SoA links. */
  g_assert_true (attest_workspace_remove_full (workspace, insurer, &removal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (attest_removal_get_count (removal), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, 11);
  links = attest_workspace_dup_links (workspace, "soa-requirement", &error);
  g_assert_cmpuint (links->len, ==, 0);

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readiness/field-rules", test_field_rules);
#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/readiness/setup-findings", test_setup_findings);
  ADD ("/readiness/scope-draft", test_scope_draft);
  ADD ("/workspace/remove-and-restore", test_remove_and_restore);
#undef ADD

  return g_test_run ();
}
