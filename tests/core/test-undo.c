/* test-undo.c: the workspace's undo and redo stacks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include "attest-test-util.h"

static AttestWorkspace *
create (TestDir    *fixture,
        const char *name)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_workspace_create (path, "Example Ltd", &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

/* The workspace closed and opened again: what is in the file. */
static AttestWorkspace *
reopen (AttestWorkspace *workspace)
{
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  g_autoptr(GError) error = NULL;
  AttestWorkspace *again;

  g_object_unref (workspace);
  again = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return again;
}

static gboolean
has_link (AttestWorkspace *workspace,
          const char      *kind,
          const char      *from,
          const char      *to)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, kind, NULL);

  for (guint i = 0; i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i), from) && g_str_equal (g_ptr_array_index (links, i + 1), to))
      return TRUE;
  return FALSE;
}

static void
assert_undo_label (AttestWorkspace *workspace,
                   const char      *expected)
{
  g_autofree char *label = attest_workspace_dup_undo_label (workspace, NULL);

  g_assert_cmpstr (label, ==, expected);
}

static void
test_delete_with_links (TestDir       *fixture,
                        gconstpointer  data)
{
  AttestWorkspace *workspace = create (fixture, "delete.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Regulator", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  g_autofree char *party_id = g_strdup (attest_record_get_id (party));
  g_autofree char *requirement_id = NULL;
  AttestRecord *entry;
  gint64 rows;

  g_assert_false (attest_workspace_can_undo (workspace));
  g_assert_null (attest_workspace_dup_undo_label (workspace, NULL));

  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", party_id, "text", "Report breaches", NULL);
  requirement_id = g_strdup (attest_record_get_id (requirement));
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.31");
  g_assert_true (attest_workspace_add (workspace, party, &error));
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_no_error (error);
  assert_undo_label (workspace, "Link “A.5.31 Legal, statutory, regulatory and contractual requirements” to “Regulator — Report breaches”");

  /* Deleting the party deletes its requirement and the link; one Undo puts
   * all three back, in the file. */
  g_assert_true (attest_workspace_remove (workspace, party, &error));
  g_assert_no_error (error);
  g_assert_null (attest_workspace_lookup (workspace, requirement_id));
  g_assert_false (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));
  assert_undo_label (workspace, "Delete “Regulator”");

  rows = attest_store_get_history_count (attest_workspace_get_store (workspace));
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  /* Undo is a new change in the history, which only grows. */
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 3);
  {
    g_autofree char *redo = attest_workspace_dup_redo_label (workspace);

    g_assert_cmpstr (redo, ==, "Delete “Regulator”");
  }

  workspace = reopen (workspace);
  g_assert_nonnull (attest_workspace_lookup (workspace, party_id));
  g_assert_nonnull (attest_workspace_lookup (workspace, requirement_id));
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.31");
  g_assert_true (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  /* The stack lasts as long as the workspace is open, not longer. */
  g_assert_false (attest_workspace_can_undo (workspace));
  g_assert_false (attest_workspace_can_redo (workspace));
  g_object_unref (workspace);
}

static void
test_redo (TestDir       *fixture,
           gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "redo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Regulator", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  const char *party_id = attest_record_get_id (party);
  g_autofree char *requirement_id = NULL;
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.31");

  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", party_id, "text", "Report breaches", NULL);
  requirement_id = g_strdup (attest_record_get_id (requirement));
  g_assert_true (attest_workspace_add (workspace, party, &error));
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_true (attest_workspace_remove (workspace, party, &error));
  g_assert_no_error (error);

  /* Undo, Redo, Undo: deleted again with its link, and back again. */
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_true (attest_workspace_redo (workspace, &error));
  g_assert_no_error (error);
  g_assert_null (attest_workspace_lookup (workspace, party_id));
  g_assert_null (attest_workspace_lookup (workspace, requirement_id));
  g_assert_false (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));
  assert_undo_label (workspace, "Delete “Regulator”");
  g_assert_false (attest_workspace_can_redo (workspace));
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_true (attest_workspace_lookup (workspace, party_id) == party);
  g_assert_true (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));

  /* Undo the link, then the requirement, then the party: nothing left. */
  assert_undo_label (workspace, "Link “A.5.31 Legal, statutory, regulatory and contractual requirements” to “Regulator — Report breaches”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_false (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_null (attest_workspace_lookup (workspace, requirement_id));
  assert_undo_label (workspace, "Add “Regulator”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_null (attest_workspace_lookup (workspace, party_id));
  g_assert_false (attest_workspace_can_undo (workspace));
  g_assert_false (attest_workspace_undo (workspace, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  /* And all of it again. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (attest_workspace_redo (workspace, &error));
  g_assert_no_error (error);
  g_assert_nonnull (attest_workspace_lookup (workspace, requirement_id));
  g_assert_true (has_link (workspace, "soa-requirement", attest_record_get_id (entry), requirement_id));
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

static void
test_edit_and_new_change (TestDir       *fixture,
                          gconstpointer  data)
{
  AttestWorkspace *workspace = create (fixture, "edit.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) asset = g_object_new (ATTEST_TYPE_ASSET, "name", "Laptops", NULL);
  g_autofree char *asset_id = g_strdup (attest_record_get_id (asset));
  g_autoptr(AttestRecord) other = g_object_new (ATTEST_TYPE_ASSET, "name", "Servers", NULL);

  g_assert_true (attest_workspace_add (workspace, asset, &error));
  g_assert_no_error (error);
  g_object_set (asset, "name", "Backups", NULL);
  assert_undo_label (workspace, "Edit “Backups”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (asset, "name"), ==, "Laptops");
  g_assert_true (attest_workspace_can_redo (workspace));

  /* A new change empties the redo stack. */
  g_assert_true (attest_workspace_add (workspace, other, &error));
  g_assert_no_error (error);
  g_assert_false (attest_workspace_can_redo (workspace));
  g_assert_false (attest_workspace_redo (workspace, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  /* Two saves of one field while typing are one edit. */
  g_object_set (asset, "name", "Lap", NULL);
  g_object_set (asset, "name", "Laptops and phones", NULL);
  assert_undo_label (workspace, "Edit “Laptops and phones”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  assert_undo_label (workspace, "Add “Servers”");

  workspace = reopen (workspace);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, asset_id), "name"), ==, "Laptops");
  g_object_unref (workspace);
}

static void
test_across_kinds (TestDir       *fixture,
                   gconstpointer  data)
{
  AttestWorkspace *workspace = create (fixture, "kinds.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Backups", NULL);
  g_autoptr(AttestRecord) asset = g_object_new (ATTEST_TYPE_ASSET, "name", "Laptops", NULL);
  g_autoptr(AttestRecord) threat = g_object_new (ATTEST_TYPE_THREAT, "name", "Theft", NULL);
  g_autoptr(AttestRecord) risk = NULL;
  g_autofree char *issue_id = g_strdup (attest_record_get_id (issue));
  g_autofree char *asset_id = g_strdup (attest_record_get_id (asset));
  g_autofree char *risk_id = NULL;
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);

  g_assert_true (attest_workspace_add (workspace, issue, &error));
  g_assert_true (attest_workspace_add (workspace, asset, &error));
  g_assert_true (attest_workspace_add (workspace, threat, &error));
  g_assert_no_error (error);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", "threat-id", attest_record_get_id (threat), NULL);
  risk_id = g_strdup (attest_record_get_id (risk));
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-asset", risk, asset, &error));
  g_assert_no_error (error);
  g_object_set (scope, "statement", "All of it", NULL);

  /* A bulk change is one change, under the name its maker gives it. */
  g_assert_true (attest_workspace_begin (workspace, &error));
  g_assert_true (attest_workspace_remove (workspace, issue, &error));
  g_assert_true (attest_workspace_remove (workspace, asset, &error));
  attest_workspace_set_change_label (workspace, "Tidy Up");
  g_assert_true (attest_workspace_commit (workspace, &error));
  g_assert_no_error (error);
  assert_undo_label (workspace, "Tidy Up");
  g_assert_false (has_link (workspace, "risk-asset", risk_id, asset_id));

  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
  g_assert_nonnull (attest_workspace_lookup (workspace, issue_id));
  g_assert_true (has_link (workspace, "risk-asset", risk_id, asset_id));
  assert_undo_label (workspace, "Edit “Scope”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_cmpstr (attest_record_get_string (scope, "statement"), ==, "");
  assert_undo_label (workspace, "Link “Stolen laptop” to “Laptops”");
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_false (has_link (workspace, "risk-asset", risk_id, asset_id));
  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_null (attest_workspace_lookup (workspace, risk_id));
  g_assert_no_error (error);

  workspace = reopen (workspace);
  g_assert_nonnull (attest_workspace_lookup (workspace, issue_id));
  g_assert_nonnull (attest_workspace_lookup (workspace, asset_id));
  g_assert_null (attest_workspace_lookup (workspace, risk_id));
  g_object_unref (workspace);
}

/* An approval stands in the history: Undo names it and refuses it, and does
 * not reach past it. */
static void
test_approval_final (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "approval.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) version = g_object_new (ATTEST_TYPE_SOA_VERSION, "number", 1,
                                                  "approved-by", "Ana", NULL);
  gboolean final = FALSE;
  g_autofree char *label = NULL;

  g_assert_true (attest_workspace_add (workspace, version, &error));
  g_assert_no_error (error);
  label = attest_workspace_dup_undo_label (workspace, &final);
  g_assert_nonnull (label);
  g_assert_true (final);
  g_assert_false (attest_workspace_can_undo (workspace));
  g_assert_false (attest_workspace_undo (workspace, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_nonnull (attest_workspace_lookup (workspace, attest_record_get_id (version)));
  g_clear_error (&error);

  /* So is a risk owner's decision, an event in the history. */
  {
    g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", NULL);
    AttestRecord *acceptance;

    g_assert_true (attest_workspace_add (workspace, risk, &error));
    g_assert_true (attest_workspace_can_undo (workspace));
    acceptance = attest_risk_accept (workspace, risk, "Ana", ATTEST_ACCEPTANCE_ACCEPTED, "", &error);
    g_assert_no_error (error);
    g_assert_nonnull (acceptance);
    g_clear_pointer (&label, g_free);
    label = attest_workspace_dup_undo_label (workspace, &final);
    g_assert_cmpstr (label, ==, "Risk acceptance");
    g_assert_true (final);
    g_assert_false (attest_workspace_can_undo (workspace));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  attest_clock_set_fixed (G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/undo/delete-with-links", test_delete_with_links);
  ADD ("/undo/redo", test_redo);
  ADD ("/undo/edit-and-new-change", test_edit_and_new_change);
  ADD ("/undo/across-kinds", test_across_kinds);
  ADD ("/undo/approval-final", test_approval_final);
#undef ADD

  return g_test_run ();
}
