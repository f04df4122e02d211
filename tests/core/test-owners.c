/* test-owners.c: every owner is a person or a role of the ISMS (5.3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

static AttestRecord *
add (AttestWorkspace *workspace,
     AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
  g_object_unref (record);   /* the workspace keeps it */
  return record;
}

static void
undo (AttestWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_undo (workspace, &error));
  g_assert_no_error (error);
}

static void
assert_history_holds (AttestWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

/* Picking an owner names them on the record; a rename follows; Undo takes
 * back the pick and the rename, each as one step. */
static void
test_pick_and_rename (TestDir       *fixture,
                      gconstpointer  data)
{
  AttestWorkspace *workspace = create (fixture, "pick.isms");
  AttestRecord *hannah = add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Hannah Byrne",
                                                      "position", "Head of analytics", NULL));
  AttestRecord *lead = add (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS lead", NULL));
  AttestRecord *risk = add (workspace, g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", NULL));
  AttestRecord *asset = add (workspace, g_object_new (ATTEST_TYPE_ASSET, "name", "Laptops", NULL));
  g_autofree char *risk_id = g_strdup (attest_record_get_id (risk));
  g_autofree char *label = NULL;

  g_object_set (risk, "owner-id", attest_record_get_id (hannah), NULL);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");
  g_assert_true (attest_workspace_get_owner (workspace, risk) == hannah);
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_cmpstr (label, ==, "Edit “Stolen laptop”");
  g_object_set (asset, "owner-id", attest_record_get_id (lead), NULL);
  g_assert_cmpstr (attest_record_get_string (asset, "owner"), ==, "ISMS lead");

  /* A rename reaches what the person owns; Undo puts both back. */
  g_object_set (hannah, "name", "Hannah Byrne-Lowe", NULL);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne-Lowe)");
  g_clear_pointer (&label, g_free);
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_cmpstr (label, ==, "Edit “Hannah Byrne-Lowe”");
  g_object_set (lead, "title", "ISMS manager", NULL);
  g_assert_cmpstr (attest_record_get_string (asset, "owner"), ==, "ISMS manager");
  undo (workspace);
  g_assert_cmpstr (attest_record_get_string (asset, "owner"), ==, "ISMS lead");
  undo (workspace);
  g_assert_cmpstr (attest_record_get_string (hannah, "name"), ==, "Hannah Byrne");
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");
  g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, attest_record_get_id (hannah));

  /* The owner's name typed over with another lets go of the id. */
  g_object_set (risk, "owner", "Someone else", NULL);
  g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, "");
  g_assert_null (attest_workspace_get_owner (workspace, risk));
  undo (workspace);
  g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, attest_record_get_id (hannah));
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");

  /* All of it is in the file and in its history. */
  assert_history_holds (workspace);
  workspace = reopen (workspace);
  risk = attest_workspace_lookup (workspace, risk_id);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");
  g_assert_nonnull (attest_workspace_get_owner (workspace, risk));
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_owner (workspace, risk), "name"), ==, "Hannah Byrne");
  g_object_unref (workspace);
}

/* An owner's id must be a person's or a role's. */
static void
test_owner_must_be_party (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "party.isms");
  AttestRecord *threat = add (workspace, g_object_new (ATTEST_TYPE_THREAT, "name", "Fire", NULL));
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Fire", "owner-id",
                                               attest_record_get_id (threat), NULL);
  g_autoptr(AttestRecord) other = g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "owner-id", "no-such-id", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (attest_workspace_add (workspace, risk, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (attest_workspace_add (workspace, other, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK)), ==, 0);
}

/* Deleting a person leaves what they owned without an owner, whether they
 * were picked or named; Undo and attest_workspace_restore() give it back. */
static void
test_delete_clears (TestDir       *fixture,
                    gconstpointer  data)
{
  AttestWorkspace *workspace = create (fixture, "delete.isms");
  AttestRecord *tom = add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Tom Okafor",
                                                   "position", "Deputy managing director", NULL));
  AttestRecord *picked = add (workspace, g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", NULL));
  AttestRecord *named = add (workspace, g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                                     attest_record_get_id (picked), "title", "Immutable backups",
                                                     "owner", "deputy managing director (tom okafor) ", NULL));
  AttestRecord *control = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  AttestRecord *other = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.14");
  g_autofree char *tom_id = g_strdup (attest_record_get_id (tom));
  g_autoptr(AttestRemoval) removal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  g_object_set (picked, "owner-id", tom_id, NULL);
  g_object_set (control, "owner", "Tom Okafor", NULL);
  g_object_set (other, "owner", "Facilities", NULL);
  /* Typed by hand, by his label or his name: still his. */
  g_assert_true (attest_workspace_get_owner (workspace, named) == tom);
  g_assert_true (attest_workspace_get_owner (workspace, control) == tom);
  g_assert_null (attest_workspace_get_owner (workspace, other));

  g_assert_true (attest_workspace_remove (workspace, tom, &error));
  g_assert_no_error (error);
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_cmpstr (label, ==, "Delete “Tom Okafor”");
  g_assert_cmpstr (attest_record_get_string (picked, "owner"), ==, "");
  g_assert_cmpstr (attest_record_get_string (picked, "owner-id"), ==, "");
  g_assert_cmpstr (attest_record_get_string (named, "owner"), ==, "");
  g_assert_cmpstr (attest_record_get_string (control, "owner"), ==, "");
  g_assert_cmpstr (attest_record_get_string (other, "owner"), ==, "Facilities");
  /* Nothing else went with him. */
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION)), ==, 1);

  undo (workspace);
  tom = attest_workspace_lookup (workspace, tom_id);
  g_assert_nonnull (tom);
  g_assert_cmpstr (attest_record_get_string (picked, "owner"), ==, "Deputy managing director (Tom Okafor)");
  g_assert_cmpstr (attest_record_get_string (picked, "owner-id"), ==, tom_id);
  /* Each as it was written. */
  g_assert_cmpstr (attest_record_get_string (named, "owner"), ==, "deputy managing director (tom okafor) ");
  g_assert_cmpstr (attest_record_get_string (control, "owner"), ==, "Tom Okafor");
  g_assert_true (attest_workspace_get_owner (workspace, named) == tom);

  /* The removal as the caller keeps it, put back. */
  g_assert_true (attest_workspace_remove_full (workspace, tom, &removal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (named, "owner"), ==, "");
  g_assert_true (attest_workspace_restore (workspace, removal, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (named, "owner"), ==, "Deputy managing director (Tom Okafor)");
  g_assert_true (attest_workspace_get_owner (workspace, control) == tom);
  g_assert_cmpstr (attest_record_get_string (picked, "owner-id"), ==, tom_id);

  assert_history_holds (workspace);
  g_object_unref (workspace);
}

/* A file from before schema 20 keeps every owner: a name that is no one of
 * the ISMS becomes a person, and nothing else changes. */
static void
test_missing_owners (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "missing.isms");
  AttestRecord *risk = add (workspace, g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "owner", " Facilities lead ",
                                                     NULL));
  AttestRecord *asset = add (workspace, g_object_new (ATTEST_TYPE_ASSET, "name", "Office", "owner", "facilities LEAD",
                                                      NULL));
  AttestRecord *role = add (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", NULL));
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  gint64 modified;
  guint added = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) person = NULL;

  g_object_set (entry, "owner", "isms manager", NULL);
  modified = attest_record_get_modified (risk);
  g_assert_true (attest_workspace_add_missing_owners (workspace, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  person = g_list_model_get_item (people, 0);
  /* As the first record that names them writes it (assets come before risks). */
  g_assert_cmpstr (attest_record_get_string (person, "name"), ==, "facilities LEAD");
  g_assert_true (attest_workspace_get_owner (workspace, risk) == person);
  g_assert_true (attest_workspace_get_owner (workspace, asset) == person);
  g_assert_true (attest_workspace_get_owner (workspace, entry) == role);
  g_assert_cmpint (attest_record_get_modified (risk), ==, modified);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, " Facilities lead ");

  /* Again: no one is missing now. */
  g_assert_true (attest_workspace_add_missing_owners (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 0);
}

static char *
export (AttestWorkspace *workspace)
{
  g_autoptr(GError) error = NULL;
  char *json = attest_json_export (workspace, &error);

  g_assert_no_error (error);
  return json;
}

static gboolean
import (TestDir     *fixture,
        const char  *name,
        const char  *json,
        GError     **error,
        AttestWorkspace **out)
{
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autofree char *path = test_dir_path (fixture, name);
  gboolean ok;

  workspace = attest_workspace_create (path, NULL, NULL);
  g_assert_nonnull (workspace);
  ok = attest_json_import (workspace, json, strlen (json), error);
  if (out != NULL)
    *out = g_steal_pointer (&workspace);
  return ok;
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* JSON keeps the owner's name and adds its id; an export without ids (from
 * before schema 20) imports by name, and a name that is no one's becomes a
 * person. An id that names no person or role is refused, with its path. */
static void
test_json (TestDir       *fixture,
           gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "source.isms");
  AttestRecord *priya = add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Priya Natarajan",
                                                     "position", "Managing director", NULL));
  AttestRecord *risk = add (workspace, g_object_new (ATTEST_TYPE_RISK, "title", "Flood", NULL));
  AttestRecord *asset = add (workspace, g_object_new (ATTEST_TYPE_ASSET, "name", "Office", "owner", "Facilities",
                                                      NULL));
  AttestRecord *threat = add (workspace, g_object_new (ATTEST_TYPE_THREAT, "name", "Water", NULL));
  g_autofree char *priya_id = g_strdup (attest_record_get_id (priya));
  g_autofree char *risk_id = g_strdup (attest_record_get_id (risk));
  g_autofree char *asset_id = g_strdup (attest_record_get_id (asset));
  g_autofree char *json = NULL, *old = NULL, *bad = NULL;
  g_autoptr(AttestWorkspace) copy = NULL;
  g_autoptr(AttestWorkspace) older = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *with_id = NULL;
  g_autofree char *quoted_threat = NULL;

  g_object_set (risk, "owner-id", priya_id, NULL);
  json = export (workspace);
  with_id = g_strdup_printf ("\"owner-id\" : \"%s\"", priya_id);
  g_assert_nonnull (strstr (json, with_id));
  g_assert_nonnull (strstr (json, "\"owner\" : \"Managing director (Priya Natarajan)\""));

  /* The owner is the same person, picked, after the import; "Facilities",
   * typed and no one's, becomes a person. */
  g_assert_true (import (fixture, "copy.isms", json, &error, &copy));
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (copy, risk_id), "owner-id"), ==, priya_id);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (copy, ATTEST_TYPE_PERSON)), ==, 2);

  /* As an older Attest wrote it: names only. The managing director is
   * Priya; "Facilities" is no one yet, and becomes a person. */
  old = replace (json, with_id, "\"owner-id\" : \"\"");
  g_assert_true (import (fixture, "older.isms", old, &error, &older));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (older, ATTEST_TYPE_PERSON)), ==, 2);
  g_assert_true (attest_workspace_get_owner (older, attest_workspace_lookup (older, risk_id))
                 == attest_workspace_lookup (older, priya_id));
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_owner (older, attest_workspace_lookup (older, asset_id)),
                                             "name"), ==, "Facilities");

  /* An owner's id that is a threat's. */
  quoted_threat = g_strdup_printf ("\"owner-id\" : \"%s\"", attest_record_get_id (threat));
  bad = replace (json, with_id, quoted_threat);
  g_assert_false (import (fixture, "bad.isms", bad, &error, NULL));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.records.risk[0].owner-id"));
  g_assert_nonnull (strstr (error->message, "must be the id of a person or a role in the file"));
}

/* Top management and the ISMS manager were typed on the organisation
 * before they were roles. An older export's text becomes roles when it is
 * imported, and a file's when it is opened: a role's title gains the
 * duties, a person ("Position (Name)", known or new) holds the role with
 * them, any other text is a role of that name. Nothing typed is lost, and
 * exports no longer carry the fields. */
static void
test_leaders (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "leaders.isms");
  AttestRecord *yusuf = add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Yusuf Demir",
                                                     "position", "Head of IT", NULL));
  AttestRecord *manager = add (workspace, attest_role_new_leader (ATTEST_LEADER_ISMS_MANAGER));
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autofree char *yusuf_id = g_strdup (attest_record_get_id (yusuf));
  g_autofree char *manager_id = g_strdup (attest_record_get_id (manager));
  g_autofree char *json = NULL, *old = NULL, *names = NULL;
  g_autoptr(AttestWorkspace) older = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) held = NULL;
  AttestRecord *board = NULL;
  GListModel *roles;

  json = export (workspace);
  g_assert_null (strstr (json, "isms-manager"));
  old = replace (json, "\"name\" : \"Example Ltd\"",
                 "\"name\" : \"Example Ltd\", \"top-management\" : \" Board \", "
                 "\"isms-manager\" : \"Head of IT (Yusuf Demir)\"");
  g_assert_true (import (fixture, "older.isms", old, &error, &older));
  g_assert_no_error (error);
  org = attest_workspace_get_singleton (older, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "top-management"), ==, "");
  g_assert_cmpstr (attest_record_get_string (org, "isms-manager"), ==, "");
  roles = attest_workspace_get_records (older, ATTEST_TYPE_ROLE);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);

      if (g_str_equal (attest_record_get_string (role, "title"), "Board"))
        board = role;
    }
  g_assert_nonnull (board);
  g_assert_true (attest_record_get_boolean (board, "top-management"));
  g_assert_false (attest_record_get_boolean (board, "conformity"));
  held = attest_workspace_dup_links_from (older, "role-person", attest_workspace_lookup (older, manager_id), &error);
  g_assert_cmpuint (held->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (held, 0), ==, yusuf_id);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (older, ATTEST_TYPE_PERSON)), ==, 1);
  names = attest_responsibility_dup_leaders (older, ATTEST_LEADER_TOP_MANAGEMENT);
  g_assert_cmpstr (names, ==, "Board");
  g_clear_pointer (&names, g_free);
  names = attest_responsibility_dup_leaders (older, ATTEST_LEADER_ISMS_MANAGER);
  g_assert_cmpstr (names, ==, "ISMS manager (Yusuf Demir)");
  g_clear_pointer (&names, g_free);
  assert_history_holds (older);

  /* A file of an older Attest, opened: someone no one knows yet becomes a
   * person with a position, who holds the new role of top management. */
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_object_set (org, "top-management", "Managing director (Ines Roth)", NULL);
  workspace = reopen (workspace);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "top-management"), ==, "");
  names = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_TOP_MANAGEMENT);
  g_assert_cmpstr (names, ==, "Top management (Ines Roth)");
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON)), ==, 2);
  {
    g_autoptr(GPtrArray) parties = attest_workspace_dup_parties (workspace);
    AttestRecord *ines = attest_parties_find (parties, "Managing director (Ines Roth)");

    g_assert_nonnull (ines);
    g_assert_cmpstr (attest_record_get_string (ines, "name"), ==, "Ines Roth");
  }
  assert_history_holds (workspace);
  /* Opening again changes nothing. */
  workspace = reopen (workspace);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE)), ==, 2);
}

static gboolean
says (GPtrArray  *lines,
      const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* A spreadsheet's owner who is no one of the ISMS is offered as a new
 * person in the preview, and added with the import; one who is, is not. */
static void
test_csv (TestDir       *fixture,
          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "csv.isms");
  AttestRecord *role = add (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", NULL));
  const char *csv = "Control,Applicable,Owner\n"
                    "A.5.1,Yes,isms manager\n"
                    "A.5.2,Yes,Jane Roe\n"
                    "A.5.3,Yes, jane roe \n";
  g_autoptr(AttestCsvAnalysis) analysis = attest_csv_analyse_soa (csv, strlen (csv), NULL, 0, NULL);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  g_autoptr(AttestRecord) jane = NULL;

  g_assert_nonnull (analysis);
  changes = attest_csv_analysis_dup_changes (analysis, workspace);
  g_assert_true (says (changes, "Owner “Jane Roe” is no one in the ISMS yet: a person of that name is added."));
  g_assert_false (says (changes, "isms manager”"));
  g_assert_false (says (changes, "jane roe”"));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);

  g_assert_true (attest_csv_apply_soa (workspace, analysis, &report, &error));
  g_assert_no_error (error);
  g_assert_true (says (report, "Added 1 person named as an owner."));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  jane = g_list_model_get_item (people, 0);
  g_assert_cmpstr (attest_record_get_string (jane, "name"), ==, "Jane Roe");
  g_assert_true (attest_workspace_get_owner (workspace, attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1"))
                 == role);
  g_assert_true (attest_workspace_get_owner (workspace, attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.3"))
                 == jane);
  /* One change: Undo takes the import back with the person it added. */
  undo (workspace);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2"), "owner"),
                   ==, "");
}

/* The responsibility matrix counts what each role and person owns, per
 * clause, by id or by name; those who own nothing are left out. */
static void
test_matrix (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "matrix.isms");
  AttestRecord *lead = add (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS lead", NULL));
  AttestRecord *ana = add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Ana", NULL));
  AttestRecord *risk = add (workspace, g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "owner", "Ana", NULL));
  g_autoptr(GPtrArray) matrix = NULL;
  const AttestResponsibilityColumn *columns;
  guint n_columns, risks_column = G_MAXUINT, processes_column = G_MAXUINT;
  AttestResponsibility *row;

  add (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Idle", NULL));
  add (workspace, g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk), "title", "Pumps",
                                "owner-id", attest_record_get_id (ana), NULL));
  add (workspace, g_object_new (ATTEST_TYPE_PROCESS, "name", "Internal audit", "owner-id", attest_record_get_id (lead),
                                NULL));
  columns = attest_responsibility_get_columns (&n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      if (g_str_equal (columns[c].clause, "6.1"))
        risks_column = c;
      if (g_str_equal (columns[c].clause, "4.4"))
        processes_column = c;
    }
  g_assert_cmpuint (risks_column, <, n_columns);
  g_assert_cmpuint (processes_column, <, n_columns);

  matrix = attest_responsibility_dup_matrix (workspace);
  g_assert_cmpuint (matrix->len, ==, 2);
  row = g_ptr_array_index (matrix, 0);
  g_assert_true (row->party == lead);
  g_assert_cmpuint (row->counts[processes_column], ==, 1);
  g_assert_cmpuint (row->total, ==, 1);
  row = g_ptr_array_index (matrix, 1);
  g_assert_true (row->party == ana);
  g_assert_cmpuint (row->counts[risks_column], ==, 2);
  g_assert_cmpuint (row->total, ==, 2);
  {
    g_autofree char *title = attest_responsibility_dup_column_title (risks_column);

    g_assert_cmpstr (title, ==, "6.1 Risks, controls and actions");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/owners/pick-and-rename", test_pick_and_rename);
  ADD ("/owners/must-be-party", test_owner_must_be_party);
  ADD ("/owners/delete-clears", test_delete_clears);
  ADD ("/owners/missing-owners", test_missing_owners);
  ADD ("/owners/json", test_json);
  ADD ("/owners/leaders", test_leaders);
  ADD ("/owners/csv", test_csv);
  ADD ("/owners/matrix", test_matrix);
#undef ADD

  return g_test_run ();
}
