/* test-workspace.c: the .isms file, records, autosave, the lock, bad files,
 * migrations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "attest.h"
#include "attest-reviewing.h"
#include "attest-store-private.h"
#include "attest-test-util.h"

static gint64
pragma_int (const char *path,
            const char *pragma)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

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

static void
test_create_file (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "new.isms");
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  AttestRecord *org;
  GStatBuf st;
  mode_t old_umask = umask (0);

  /* Even with a permissive umask the file is private. */
  workspace = attest_workspace_create (path, "Example Ltd", &error);
  umask (old_umask);
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (pragma_int (path, "PRAGMA application_id"), ==, ATTEST_APPLICATION_ID);
  g_assert_cmpint (pragma_int (path, "PRAGMA user_version"), ==, ATTEST_SCHEMA_VERSION);

  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Example Ltd");
  g_assert_nonnull (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE));
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY)), ==, 93);
  g_assert_nonnull (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.34"));
  g_assert_true (attest_workspace_is_empty (workspace));
  g_assert_false (attest_workspace_is_read_only (workspace));

  /* The journal, while a write is in progress, is private too. */
  {
    g_autofree char *journal = g_strconcat (path, "-journal", NULL);
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Journal", NULL);

    g_assert_true (attest_workspace_begin (workspace, &error));
    g_assert_true (attest_workspace_add (workspace, issue, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (journal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    attest_workspace_rollback (workspace);
    g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  }

  /* An existing file is never overwritten. */
  {
    g_autoptr(AttestWorkspace) again = attest_workspace_create (path, "Other", &error);

    g_assert_null (again);
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_EXISTS);
    g_assert_nonnull (strstr (error->message, "already exists"));
  }

}

static void
test_journal_mode (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "j.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  attest_workspace_close (workspace);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GPtrArray  *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
count_changed_cb (guint        *count,
                  AttestRecord *record,
                  const char   *field)
{
  g_assert_cmpstr (field, ==, "description");
  (*count)++;
}

static void
test_autosave_and_reopen (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "save.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, NULL);
  g_autoptr(GPtrArray) notified = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  static const char * const locations[] = { "Leeds", "Remote — staff homes", NULL };
  gint64 rows, modified;
  AttestRecord *org;

  g_assert_true (attest_workspace_add (workspace, issue, &error));
  g_assert_no_error (error);
  id = g_strdup (attest_record_get_id (issue));
  rows = attest_store_get_history_count (attest_workspace_get_store (workspace));
  modified = attest_record_get_modified (issue);

  g_signal_connect (issue, "notify", G_CALLBACK (on_notify_cb), notified);
  g_object_set (issue, "title", "Energy prices", NULL);
  /* One notify for the field, one for the modification time. */
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "title");
  g_assert_cmpstr (g_ptr_array_index (notified, 1), ==, "modified");
  g_assert_cmpint (attest_record_get_modified (issue), >=, modified);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 1);

  /* Saved changes are announced by the workspace too. */
  {
    guint changed = 0;
    gulong id = g_signal_connect_swapped (workspace, "record-changed", G_CALLBACK (count_changed_cb), &changed);

    g_object_set (issue, "description", "Gas and electricity", NULL);
    g_assert_cmpuint (changed, ==, 1);
    g_signal_handler_disconnect (workspace, id);
    rows++;
    g_ptr_array_set_size (notified, 2);
  }

  /* Setting the same value notifies nothing and writes nothing. */
  g_object_set (issue, "title", "Energy prices", NULL);
  g_assert_cmpuint (notified->len, ==, 2);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 1);

  g_object_set (issue,
                "origin", ATTEST_ISSUE_ORIGIN_INTERNAL,
                "category", ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE,
                "effect", "Line one\nLine two; DROP TABLE history; --",
                NULL);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_object_set (org, "locations", locations, "certification-target", "2027-03-31", NULL);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 6);

  g_clear_object (&workspace);

  /* Reopen: everything typed is there. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    AttestRecord *again = attest_workspace_lookup (workspace, id);
    const char * const *strv;

    g_assert_nonnull (again);
    g_assert_true (again != issue);
    g_assert_cmpstr (attest_record_get_string (again, "title"), ==, "Energy prices");
    g_assert_cmpint (attest_record_get_enum (again, "origin"), ==, ATTEST_ISSUE_ORIGIN_INTERNAL);
    g_assert_cmpint (attest_record_get_enum (again, "category"), ==, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE);
    g_assert_cmpstr (attest_record_get_string (again, "effect"), ==, "Line one\nLine two; DROP TABLE history; --");
    g_assert_cmpint (attest_record_get_created (again), ==, attest_record_get_created (issue));
    g_assert_cmpint (attest_record_get_modified (again), ==, attest_record_get_modified (issue));
    org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
    strv = attest_record_get_strv (org, "locations");
    g_assert_cmpstrv (strv, locations);
    g_assert_cmpstr (attest_record_get_string (org, "certification-target"), ==, "2027-03-31");
  }
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

typedef struct
{
  guint position, removed, added;
} Change;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
test_models_and_delete (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "models.isms");
  GListModel *parties = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;
  AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Regulator", NULL);
  AttestRecord *other = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Clients", NULL);
  AttestRecord *req1, *req2, *req3;
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.31");
  g_autoptr(GPtrArray) links = NULL;
  gint64 rows;

  g_signal_connect (parties, "items-changed", G_CALLBACK (on_items_changed_cb), changes);
  g_assert_true (attest_workspace_add (workspace, party, &error));
  g_assert_true (attest_workspace_add (workspace, other, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (g_array_index (changes, Change, 1).position, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 1).added, ==, 1);

  req1 = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), "text", "Report breaches", NULL);
  req2 = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), "text", "Keep records", NULL);
  req3 = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (other), "text", "Confidentiality", NULL);
  g_assert_true (attest_workspace_add (workspace, req1, &error));
  g_assert_true (attest_workspace_add (workspace, req2, &error));
  g_assert_true (attest_workspace_add (workspace, req3, &error));
  g_assert_no_error (error);
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, req1, &error));
  g_assert_no_error (error);

  /* A reference to a record that does not exist is refused. */
  {
    g_autoptr(AttestRecord) orphan = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", "no-such-id", NULL);

    g_assert_false (attest_workspace_add (workspace, orphan, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Deleting the party deletes its requirements and their links, each with
   * its history row, and leaves the other party's alone. */
  rows = attest_store_get_history_count (attest_workspace_get_store (workspace));
  g_assert_true (attest_workspace_remove (workspace, party, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (requirements), ==, 1);
  g_assert_true (g_list_model_get_item (requirements, 0) == (gpointer) req3);
  g_object_unref (req3);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 4);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpuint (g_array_index (changes, Change, 2).position, ==, 0);
  g_assert_cmpuint (g_array_index (changes, Change, 2).removed, ==, 1);
  links = attest_workspace_dup_links (workspace, "soa-requirement", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 0);

  /* Singletons stay. */
  g_assert_false (attest_workspace_remove (workspace,
                                           attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE),
                                           &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  g_signal_handlers_disconnect_by_func (parties, on_items_changed_cb, changes);
}

static void
test_bulk_rollback (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "bulk.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(GError) error = NULL;
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  g_assert_true (attest_workspace_begin (workspace, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Bulk", NULL);
      g_assert_true (attest_workspace_add (workspace, issue, &error));
    }
  g_object_set (org, "sector", "Finance", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 50);
  attest_workspace_rollback (workspace);

  /* Nothing of it reached the file, and the models show the file. */
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 0);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "");
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);

  /* A committed bulk change is all there after reopening. */
  g_assert_true (attest_workspace_begin (workspace, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Bulk", NULL);
      g_assert_true (attest_workspace_add (workspace, issue, &error));
    }
  g_assert_true (attest_workspace_commit (workspace, &error));
  g_assert_no_error (error);
  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 50);
}

static void
on_write_failed_cb (AttestWorkspace *workspace,
                    GError          *error,
                    GError         **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

static void
test_read_only (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "ro.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failed = NULL;
  AttestRecord *org;

  g_clear_object (&workspace);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  before = test_file_digest (path);

  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (attest_workspace_is_read_only (workspace));
  g_assert_nonnull (strstr (attest_workspace_get_read_only_reason (workspace), "read-only"));

  /* An edit is refused, reported, and taken back. */
  g_signal_connect (workspace, "write-failed", G_CALLBACK (on_write_failed_cb), &failed);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_object_set (org, "name", "Changed", NULL);
  g_assert_error (failed, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY);
  g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Example Ltd");
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, NULL);

    g_assert_false (attest_workspace_add (workspace, issue, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY);
    g_clear_error (&error);
  }
  g_clear_object (&workspace);
  {
    g_autofree char *after = test_file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_lock_in_process (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "lock.isms");
  g_autoptr(AttestWorkspace) second = NULL;
  g_autoptr(AttestWorkspace) reader = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = attest_workspace_get_path (workspace);

  second = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));
  g_clear_error (&error);

  /* Read-only is always possible, and sees who holds the file. */
  reader = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (attest_workspace_is_read_only (reader));
  {
    g_autoptr(AttestLockHolder) holder = attest_store_dup_lock_holder (attest_workspace_get_store (reader));

    g_assert_nonnull (holder);
    g_assert_cmpint (holder->pid, ==, getpid ());
    g_assert_true (holder->alive);
  }

  /* Closing releases the lock. */
  attest_workspace_close (workspace);
  second = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
test_lock_other_process (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "shared.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  g_autofree char *pid_text = NULL;
  g_autoptr(GError) error = NULL;
  int ready[2], release[2];
  pid_t child;
  char byte = 0;
  int status;

  g_clear_object (&workspace);
  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (release), ==, 0);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      /* A second Attest process editing the file. */
      AttestWorkspace *holder;

      close (ready[0]);
      close (release[1]);
      holder = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, NULL);

      byte = holder != NULL ? 'y' : 'n';
      if (write (ready[1], &byte, 1) != 1 || read (release[0], &byte, 1) < 0)
        _exit (2);
      _exit (0);
    }

  close (ready[1]);
  close (release[0]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'y');

  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_null (workspace);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE);
  pid_text = g_strdup_printf ("process %d", child);
  g_assert_nonnull (strstr (error->message, pid_text));
  g_assert_nonnull (strstr (error->message, g_get_host_name ()));
  g_assert_nonnull (strstr (error->message, "since"));
  g_clear_error (&error);

  /* The holder dies without closing: its lock is stale. */
  kill (child, SIGKILL);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  {
    g_autoptr(AttestWorkspace) reader = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
    g_autoptr(AttestLockHolder) holder = NULL;

    g_assert_no_error (error);
    holder = attest_store_dup_lock_holder (attest_workspace_get_store (reader));
    g_assert_nonnull (holder);
    g_assert_cmpint (holder->pid, ==, child);
    g_assert_false (holder->alive);
  }

  /* A stale lock is taken over, and the store says from whom and since
   * when. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (attest_workspace_is_read_only (workspace));
  {
    g_autofree char *notice = attest_store_dup_open_notice (attest_workspace_get_store (workspace));

    g_assert_nonnull (notice);
    g_assert_nonnull (strstr (notice, "no longer running"));
    g_assert_nonnull (strstr (notice, pid_text));
    g_assert_nonnull (strstr (notice, "since"));
  }

  close (ready[0]);
  close (release[1]);
}

typedef void (*Damage) (const char *path, const char *source);

static void
make_empty (const char *path, const char *source)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

static void
make_truncated (const char *path, const char *source)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2 + 100, NULL));
}

static void
make_header_only (const char *path, const char *source)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, 60, NULL));
}

static void
make_random (const char *path, const char *source)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  char bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, bytes, sizeof bytes, NULL));
}

static void
make_other_database (const char *path, const char *source)
{
  test_sqlite_exec (path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('not attest');");
}

static void
make_damaged_page (const char *path, const char *source)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  /* Overwrite the second half of the file, past the schema page, with
   * garbage: b-tree pages of the record tables. */
  for (gsize i = length / 2; i < length / 2 + 4096 && i < length; i++)
    contents[i] = (char) (i * 7 + 13);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
make_future_schema (const char *path, const char *source)
{
  test_copy_file (source, path);
  test_sqlite_exec (path, "PRAGMA user_version = 99");
}

static void
make_directory (const char *path, const char *source)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
make_symlink (const char *path, const char *source)
{
  g_assert_cmpint (symlink (source, path), ==, 0);
}

static void
make_unreadable (const char *path, const char *source)
{
  test_copy_file (source, path);
  g_chmod (path, 0000);
}

static const struct
{
  const char *name;
  Damage      damage;
  int         code;
  const char *words;
} bad_files[] = {
  { "empty", make_empty, ATTEST_ERROR_NOT_ATTEST, "is empty" },
  { "truncated", make_truncated, ATTEST_ERROR_DAMAGED, "truncated" },
  { "header-only", make_header_only, ATTEST_ERROR_DAMAGED, "truncated" },
  { "random", make_random, ATTEST_ERROR_NOT_ATTEST, "not an Attest workspace" },
  { "other-database", make_other_database, ATTEST_ERROR_NOT_ATTEST, "another program" },
  { "damaged-page", make_damaged_page, ATTEST_ERROR_DAMAGED, "damaged" },
  { "future-schema", make_future_schema, ATTEST_ERROR_TOO_NEW, "newer Attest" },
  { "directory", make_directory, ATTEST_ERROR_NOT_ATTEST, "folder" },
  { "symlink", make_symlink, ATTEST_ERROR_NOT_ATTEST, "symbolic link" },
};

static void
test_bad_files (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) good = NULL;
  g_autofree char *source = test_dir_path (fixture, "good.isms");
  g_autoptr(GError) error = NULL;

  good = attest_demo_create (source, ATTEST_DEMO_SMALL, &error);
  g_assert_no_error (error);
  g_clear_object (&good);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.isms", bad_files[i].name);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autofree char *before = NULL;
      gboolean is_file;

      bad_files[i].damage (path, source);
      is_file = g_file_test (path, G_FILE_TEST_IS_REGULAR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK);
      if (is_file)
        before = test_file_digest (path);

      for (guint mode = 0; mode < 2; mode++)
        {
          g_autoptr(AttestWorkspace) workspace =
            attest_workspace_open (path, mode ? ATTEST_OPEN_READ_ONLY : ATTEST_OPEN_DEFAULT, &error);

          g_test_message ("%s (%s): %s", bad_files[i].name, mode ? "read-only" : "editing",
                          error ? error->message : "opened");
          g_assert_null (workspace);
          g_assert_error (error, ATTEST_ERROR, bad_files[i].code);
          g_assert_nonnull (strstr (error->message, bad_files[i].words));
          /* One sentence that names the file. */
          g_assert_nonnull (strstr (error->message, name));
          g_assert_null (strchr (error->message, '\n'));
          g_clear_error (&error);
        }

      if (is_file)
        {
          g_autofree char *after = test_file_digest (path);
          g_autofree char *journal = g_strconcat (path, "-journal", NULL);

          g_assert_cmpstr (before, ==, after);
          g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
        }
    }

  /* Unreadable is a clear error too (root reads everything, so only when
   * the permission bites). */
  {
    g_autofree char *path = test_dir_path (fixture, "unreadable.isms");
    g_autoptr(AttestWorkspace) workspace = NULL;

    make_unreadable (path, source);
    workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
    if (workspace == NULL)
      {
        g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_IO);
        g_assert_nonnull (strstr (error->message, "permission"));
      }
    else
      g_assert_true (attest_workspace_is_read_only (workspace));
    g_clear_error (&error);
  }

  /* A file that does not exist. */
  {
    g_autofree char *path = test_dir_path (fixture, "missing.isms");
    g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);

    g_assert_null (workspace);
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND);
  }
}

static gboolean
migration_adds_index (AttestStore  *store,
                      GError      **error)
{
  return _attest_store_exec_for_testing (store, "CREATE INDEX test_issue_title ON context_issue (title)", error);
}

static gboolean
migration_fails (AttestStore  *store,
                 GError      **error)
{
  return _attest_store_exec_for_testing (store, "CREATE TABLE context_issue (x)", error);
}

/* The newest schema with a fixture in tests/data: the newest one released.
 * Schema 5: history rule 2 and recorded heads, the document register, the
 * approved versions of the scope, the method and the treatment plan; 6 to
 * 19: what released_kinds[] lists, and the fields checked below; 20: every
 * owner a person or role of the ISMS. */
#define LAST_RELEASED_SCHEMA 24

/* What a schema after 9 added, as the small demo of that schema and every
 * later one records it: none in an older fixture, the demo's from then on.
 * @kind is 0 for a row that counts only a link. */
typedef struct
{
  guint       since;
  GType       kind;
  guint       n_records;
  const char *link;
  guint       n_links;
} ReleasedKind;

static void
test_released_fixtures (TestDir       *fixture,
                        gconstpointer  data)
{
  const ReleasedKind released_kinds[] = {
    { 10, ATTEST_TYPE_OBJECTIVE, 4, "objective-risk", 7 },
    { 11, ATTEST_TYPE_PLANNED_CHANGE, 3, "change-control", 6 },
    { 12, ATTEST_TYPE_RESOURCE, 4, "resource-objective", 2 },
    { 12, ATTEST_TYPE_COMMUNICATION, 4, NULL, 0 },
    { 13, ATTEST_TYPE_ROLE, 4, "role-person", 7 },
    { 13, ATTEST_TYPE_PERSON, 4, NULL, 0 },
    { 14, ATTEST_TYPE_AWARENESS, 3, NULL, 0 },
    { 15, ATTEST_TYPE_COMPETENCE, 3, "competence-role", 3 },
    { 15, ATTEST_TYPE_QUALIFICATION, 6, NULL, 0 },
    { 16, ATTEST_TYPE_PROVIDER, 3, "provider-control", 10 },
    { 17, ATTEST_TYPE_COMMITMENT, 8, "commitment-document", 3 },
    { 18, ATTEST_TYPE_TOPIC_POLICY, 13, "topic-policy-control", 18 },
    { 19, ATTEST_TYPE_PROCESS, 14, "process-handover", 15 },
    { 19, 0, 0, "scope-item-process", 2 },
    { 21, ATTEST_TYPE_METRIC, 4, "metric-control", 6 },
    { 21, ATTEST_TYPE_MEASUREMENT, 24, "metric-objective", 3 },
    { 22, ATTEST_TYPE_AUDIT, 2, "audit-control", 9 },
    { 22, ATTEST_TYPE_AUDIT_FINDING, 3, "audit-auditor", 2 },
    { 23, ATTEST_TYPE_NONCONFORMITY, 2, NULL, 0 },
    { 23, ATTEST_TYPE_CORRECTIVE_ACTION, 4, NULL, 0 },
    { 23, ATTEST_TYPE_IMPROVEMENT, 2, NULL, 0 },
    { 24, ATTEST_TYPE_MANAGEMENT_REVIEW, 2, "review-attendee", 4 },
    { 24, ATTEST_TYPE_REVIEW_INPUT, 20, NULL, 0 },
    { 24, ATTEST_TYPE_REVIEW_ACTION, 3, NULL, 0 },
  };

  /* Every released schema has a fixture; each opens, with its content. */
  for (guint version = 1; version <= LAST_RELEASED_SCHEMA; version++)
    {
      g_autofree char *name = g_strdup_printf ("schema-%u.isms", version);
      g_autofree char *source = test_data_path (name);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autoptr(AttestWorkspace) workspace = NULL;
      g_autoptr(GError) error = NULL;
      AttestRecord *org;

      g_assert_true (g_file_test (source, G_FILE_TEST_IS_REGULAR));
      test_copy_file (source, path);
      workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (attest_store_get_schema_version (attest_workspace_get_store (workspace)), ==, ATTEST_SCHEMA_VERSION);
      org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
      g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Fernhill Analytics Ltd");
      g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 12);
      g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY)), ==, 93);
      g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
      g_assert_no_error (error);

      /* Older files are upgraded, with a copy of the original kept, and get
       * what later schemas added: the setup record, the climate answer. */
      g_assert_nonnull (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP));
      /* Schema 5's approved documents: none yet in older files, and a draft
       * to approve; the schema 5 sample has them approved. */
      if (version < 5)
        {
          g_autofree char *status = attest_isms_document_dup_status (workspace, "treatment-plan");

          g_assert_null (attest_isms_document_get_approved (workspace, "scope"));
          g_assert_nonnull (strstr (status, "not approved yet"));
        }
      else
        {
          g_assert_nonnull (attest_isms_document_get_approved (workspace, "scope"));
          g_assert_nonnull (attest_isms_document_get_approved (workspace, "treatment-plan"));
          g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY)), >, 0);
        }
      if (version >= 3)
        g_assert_nonnull (attest_isms_document_get_approved (workspace, "soa"));
      /* The document register arrived with schema 5, empty in older files;
       * the demo's has 4 entries in schema 5, 18 from schema 6 on. */
      g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY)), ==,
                        version < 5 ? 0 : version == 5 ? 4 : 18);
      /* Schema 6: the demo's 4 Done actions (of 8) keep the day they were
       * completed, and its method says how risks are identified. */
      if (version >= 6)
        {
          GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
          guint dated = 0;

          for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
            {
              g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

              dated += attest_record_get_string (action, "completed-date")[0] != '\0';
            }
          g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 8);
          g_assert_cmpuint (dated, ==, 4);
          g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD), "identification"), !=, "");
        }
      /* Schema 7: the risk owners' approvals of the treatment plan. */
      g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_PLAN_APPROVAL)), ==,
                        version < 7 ? 0 : version == 7 ? 2 : 3);
      /* Schema 8: a method from before it escalates its highest level to
       * top management, as a new one does, in the history; one from schema
       * 8 on keeps its own (the demo's: level 2, the managing director). No
       * decision names an authority: older files could not, the demo's
       * do not. */
      {
        AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
        GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
        g_autoptr(GPtrArray) problems = attest_risk_method_check (method);

        if (version < 8)
          {
            g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==,
                             (int) g_strv_length ((char **) attest_record_get_strv (method, "levels")) - 1);
            g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==,
                             attest_risk_method_default_authority ());
          }
        else
          {
            g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 2);
            g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==,
                             "Managing director (Priya Natarajan)");
          }
        g_assert_cmpuint (problems->len, ==, 0);
        for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
          {
            g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);

            g_assert_cmpstr (attest_record_get_string (acceptance, "authority"), ==, "");
          }
        g_assert_cmpuint (g_list_model_get_n_items (acceptances), ==, version < 4 ? 0 : version == 4 ? 1 : version == 5 ? 7 : 4);
      }
      /* Schema 20: every owner is a person or a role of the ISMS, shown by
       * name as it was typed. The demo's owners are its four people, who
       * own something of every kind with an owner; a file from before
       * schema 13 had no people, and gains the four from its owners' names. */
      {
        const GType *kinds;
        guint n_kinds, n_owned = 0;
        g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);

        kinds = attest_record_kinds (&n_kinds);
        for (guint k = 0; k < n_kinds; k++)
          {
            const AttestField *owner = attest_record_class_get_owner_field (g_type_class_peek (kinds[k]));
            GListModel *model = attest_workspace_get_records (workspace, kinds[k]);

            for (guint i = 0; owner != NULL && i < g_list_model_get_n_items (model); i++)
              {
                g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);
                AttestRecord *party;
                g_autofree char *label = NULL;

                if (attest_text_is_blank (attest_record_get_string (record, "owner")))
                  continue;
                party = attest_workspace_get_owner (workspace, record);
                g_assert_nonnull (party);
                g_assert_true (ATTEST_IS_PERSON (party));
                label = attest_party_dup_label (party);
                g_assert_cmpstr (label, ==, attest_record_get_string (record, "owner"));
                /* By name: the upgrade did not change the record. */
                g_assert_cmpstr (attest_record_get_string (record, owner->pspec->name), ==, "");
                g_hash_table_add (owners, (gpointer) attest_record_get_string (record, "owner"));
                n_owned++;
              }
          }
        g_assert_cmpuint (n_owned, >=, 90);
        /* One person for each name, the organisation's two leaders' too
         * (typed "Position (Name)" as owners are), none twice; from schema
         * 22 the internal auditor from outside as well. */
        g_hash_table_add (owners, "Managing director (Priya Natarajan)");
        g_hash_table_add (owners, version < 6 ? "Operations manager (Tom Okafor)" : "Deputy managing director (Tom Okafor)");
        g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON)), ==,
                          version < 13 ? g_hash_table_size (owners) : version < 22 ? 4 : 5);
      }
      /* The organisation's typed leaders became roles, held by the people
       * of those names: the demo's own roles from schema 13, new ones
       * before (none existed). Nothing typed is left in the fields. */
      {
        g_autofree char *leaders = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_TOP_MANAGEMENT);
        g_autofree char *manager = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_ISMS_MANAGER);
        AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
        g_autoptr(GPtrArray) held = attest_workspace_dup_links (workspace, "role-person", &error);

        g_assert_no_error (error);
        g_assert_cmpstr (leaders, ==, version < 13 ? "Top management (Priya Natarajan)" : "Managing director (Priya Natarajan)");
        g_assert_cmpstr (manager, ==, "ISMS manager (Tom Okafor)");
        g_assert_cmpstr (attest_record_get_string (org, "top-management"), ==, "");
        g_assert_cmpstr (attest_record_get_string (org, "isms-manager"), ==, "");
        g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE)), ==,
                          version < 13 ? 2 : 4);
        g_assert_cmpuint (held->len / 2, ==, version < 13 ? 2 : 7);
      }
      /* Schemas 10 to 19: their kinds and links, empty in older files. */
      for (guint k = 0; k < G_N_ELEMENTS (released_kinds); k++)
        {
          const ReleasedKind *added = &released_kinds[k];
          gboolean has = version >= added->since;

          /* People and roles come from older files' names too: above. */
          if (added->kind == ATTEST_TYPE_PERSON || added->kind == ATTEST_TYPE_ROLE)
            continue;
          if (added->kind != 0)
            g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, added->kind)), ==,
                              has ? added->n_records : 0);
          if (added->link != NULL)
            {
              g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, added->link, &error);
              guint expected = has ? added->n_links : 0;

              /* The usual processes hand over in a loop from the demo of
               * schema 20 on: 22 hand-overs, 15 in schema 19's. */
              if (g_str_equal (added->link, "process-handover") && version >= 20)
                expected = 22;
              g_assert_no_error (error);
              g_assert_cmpuint (links->len, ==, 2 * expected);
            }
        }
      /* Schema 24: the demo's first management review held with top
       * management and its ten inputs prepared; the next planned, its
       * inputs counting changes from the first. */
      {
        AttestRecord *held = attest_management_review_get_latest_held (workspace);

        if (version < 24)
          g_assert_null (held);
        else
          {
            g_autoptr(GPtrArray) inputs = attest_management_review_dup_inputs (workspace, held);
            GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);

            g_assert_nonnull (held);
            g_assert_true (attest_management_review_has_top_management (workspace, held));
            g_assert_cmpuint (inputs->len, ==, 10);
            for (guint r = 0; r < g_list_model_get_n_items (reviews); r++)
              {
                g_autoptr(AttestRecord) review = g_list_model_get_item (reviews, r);

                if (review != held)
                  g_assert_cmpstr (attest_record_get_string (review, "since"), ==,
                                   attest_record_get_string (held, "held-on"));
              }
          }
      }
      /* Schema 18: the policy. An older file gets an empty one to write and
       * approve; the demo's is its published, approved version 1.0. */
      {
        AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);

        g_assert_nonnull (policy);
        if (version < 18)
          {
            g_assert_cmpstr (attest_record_get_string (policy, "text"), ==, "");
            g_assert_null (attest_isms_document_get_approved (workspace, "policy"));
          }
        else
          {
            g_autofree char *status = attest_isms_document_dup_status (workspace, "policy");

            /* Approved, and the upgrade changed nothing in it. */
            g_assert_nonnull (strstr (status, "Version 1,"));
            g_assert_nonnull (strstr (status, "No changes since."));
            g_assert_cmpuint (strlen (attest_record_get_string (policy, "text")), >, 1000);
            g_assert_cmpstr (attest_record_get_string (policy, "classification"), ==, "Public");
            g_assert_nonnull (attest_isms_document_get_approved (workspace, "policy"));
          }
      }
      if (version < ATTEST_SCHEMA_VERSION)
        {
          g_autofree char *backup_name = g_strdup_printf ("schema-%u.schema-%u-backup.isms", version, version);
          g_autofree char *backup = test_dir_path (fixture, backup_name);

          g_assert_cmpuint (attest_store_get_migrated_from (attest_workspace_get_store (workspace)), ==, version);
          g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
          /* Fields added by a later schema start at their defaults. */
          if (version < 2)
            g_assert_cmpint (attest_record_get_enum (org, "climate-relevance"), ==, ATTEST_CLIMATE_RELEVANCE_UNDECIDED);
          if (version < 3)
            g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE)), ==, 0);
          /* Schema 6: no completion dates yet, and the method does not say
           * how risks are identified (a file from before risks gets the
           * method every workspace starts with, and says it). */
          if (version < 6)
            {
              GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
              AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);

              for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
                {
                  g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

                  g_assert_cmpstr (attest_record_get_string (action, "completed-date"), ==, "");
                }
              g_assert_cmpuint (g_list_model_get_n_items (actions), ==, version == 5 ? 8 : version == 4 ? 6 : 0);
              g_assert_cmpstr (attest_record_get_string (method, "identification"), ==,
                               version >= 4 ? "" : attest_risk_method_default_identification ());
              /* Readiness asks for what the older file could not say. */
              if (version >= 4)
                {
                  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
                  guint undated = 0, unidentified = 0;

                  for (guint i = 0; i < findings->len; i++)
                    {
                      AttestFinding *finding = g_ptr_array_index (findings, i);

                      undated += strstr (finding->message, "without the date it was completed") != NULL;
                      unidentified += strstr (finding->message, "does not say how risks are identified") != NULL;
                    }
                  g_assert_cmpuint (undated, ==, version == 5 ? 3 : 0);   /* its Done actions */
                  g_assert_cmpuint (unidentified, ==, 1);
                }
            }
          /* A file from before risks gets the method every workspace starts with. */
          if (version < 4)
            g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD),
                                                                               "likelihood-scale")), ==, 5);
        }
      else
        {
          g_assert_cmpuint (attest_store_get_migrated_from (attest_workspace_get_store (workspace)), ==, 0);
          g_assert_true (attest_record_get_boolean (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "sample"));
          g_assert_cmpint (attest_record_get_enum (org, "climate-relevance"), ==, ATTEST_CLIMATE_RELEVANCE_RELEVANT);
        }
    }
}

static void
test_migration (TestDir       *fixture,
                gconstpointer  data)
{
  g_autofree char *backup_name = g_strdup_printf ("old.schema-%u-backup.isms", ATTEST_SCHEMA_VERSION);
  g_autofree char *path = test_dir_path (fixture, "old.isms");
  g_autofree char *backup = test_dir_path (fixture, backup_name);
  const guint next = ATTEST_SCHEMA_VERSION + 1;
  g_autofree char *before = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* A file of the current schema, as this build makes it. */
  g_object_unref (attest_demo_create (path, ATTEST_DEMO_SMALL, &error));
  g_assert_no_error (error);
  before = test_file_digest (path);

  /* A migration step that fails leaves the schema as it was. */
  /* The machinery, with a step of a schema not released: one past this one. */
  _attest_store_set_test_migration (next, migration_fails);
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_null (workspace);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "left as it was"));
  g_clear_error (&error);
  g_assert_cmpint (pragma_int (path, "PRAGMA user_version"), ==, ATTEST_SCHEMA_VERSION);
  g_remove (backup);

  /* Opening an older file read-only does not upgrade it. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_null (workspace);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* A good one: backup first, then one transaction, then the new version. */
  _attest_store_set_test_migration (next, migration_adds_index);
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attest_store_get_schema_version (attest_workspace_get_store (workspace)), ==, next);
  g_assert_cmpuint (attest_store_get_migrated_from (attest_workspace_get_store (workspace)), ==, ATTEST_SCHEMA_VERSION);
  g_assert_cmpstr (attest_store_get_backup_path (attest_workspace_get_store (workspace)), ==, backup);
  g_clear_object (&workspace);

  g_assert_cmpint (pragma_int (path, "PRAGMA user_version"), ==, next);
  g_assert_cmpint (pragma_int (backup, "PRAGMA user_version"), ==, ATTEST_SCHEMA_VERSION);
  g_assert_cmpint (pragma_int (backup, "SELECT count(*) FROM lock"), ==, 0);
  g_assert_cmpint (pragma_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'test_issue_title'"), ==, 1);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The backup holds the old file's records. */
  _attest_store_set_test_migration (0, NULL);
  workspace = attest_workspace_open (backup, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 12);
  g_clear_object (&workspace);

  /* That schema is newer than this build now that the test step is gone. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TOO_NEW);
}

static void
test_save_copy (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "original.isms");
  g_autofree char *copy = test_dir_path (fixture, "copy.isms");
  g_autoptr(AttestWorkspace) reopened = NULL;
  g_autoptr(GError) error = NULL;
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GStatBuf st;

  g_object_set (org, "sector", "Retail", NULL);
  g_assert_true (attest_workspace_save_copy (workspace, copy, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The copy is not locked by us, and has everything. */
  reopened = attest_workspace_open (copy, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (reopened, ATTEST_TYPE_ORGANISATION), "sector"), ==, "Retail");

  /* The original is still the one being edited. */
  g_object_set (org, "sector", "Wholesale", NULL);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (reopened, ATTEST_TYPE_ORGANISATION), "sector"), ==, "Retail");

  /* Never over the workspace itself, whatever names it; another one only
   * when forced. */
  {
    g_autofree char *hard = test_dir_path (fixture, "hard.isms");
    g_autofree char *soft = test_dir_path (fixture, "soft.isms");
    g_autofree char *digest = NULL;
    const char *names[] = { attest_workspace_get_path (workspace), hard, soft };

    g_assert_cmpint (link (attest_workspace_get_path (workspace), hard), ==, 0);
    g_assert_cmpint (symlink ("original.isms", soft), ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_assert_false (attest_workspace_save_copy (workspace, names[i], ATTEST_OUTPUT_FORCE, &error));
        g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE);
        g_clear_error (&error);
      }
    g_assert_true (g_file_test (soft, G_FILE_TEST_IS_SYMLINK));
    g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "Wholesale");

    g_clear_object (&reopened);
    digest = test_file_digest (copy);
    g_assert_false (attest_workspace_save_copy (workspace, copy, 0, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE);
    g_clear_error (&error);
    {
      g_autofree char *now = test_file_digest (copy);

      g_assert_cmpstr (now, ==, digest);
    }
    g_assert_true (attest_workspace_save_copy (workspace, copy, ATTEST_OUTPUT_FORCE, &error));
    g_assert_no_error (error);
  }
}

/* Every store error reaches the user as a sentence about their data, never
 * SQLite's own words. */
static void
assert_no_sql_words (const GError *error)
{
  static const char * const words[] = { "constraint", "UNIQUE", "FOREIGN KEY", "NOT NULL", "sqlite", NULL };

  g_assert_nonnull (error);
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (error->message, words[i]) != NULL)
      g_error ("a raw SQL error reached the user: %s", error->message);
}

static void
test_link_twice_and_store_errors (TestDir       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "links.isms");
  AttestStore *store = attest_workspace_get_store (workspace);
  g_autoptr(GError) error = NULL;
  AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Regulator", NULL);
  AttestRecord *requirement;
  g_autoptr(AttestRecord) stranger = g_object_new (ATTEST_TYPE_REQUIREMENT, "text", "Not added", NULL);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.31");
  g_autoptr(GPtrArray) links = NULL;
  gint64 rows;

  g_assert_true (attest_workspace_add (workspace, party, &error));
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                              "text", "Report breaches", NULL);
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_no_error (error);
  rows = attest_store_get_history_count (store);

  /* Linking them again changes nothing and succeeds. */
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_store_get_history_count (store), ==, rows);
  links = attest_workspace_dup_links (workspace, "soa-requirement", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 2);

  /* A record that is not in the workspace cannot be linked: a sentence. */
  g_assert_false (attest_workspace_link (workspace, "soa-requirement", entry, stranger, &error));
  assert_no_sql_words (error);
  g_assert_nonnull (strstr (error->message, "Not added"));
  g_clear_error (&error);
  g_assert_cmpint (attest_store_get_history_count (store), ==, rows);

  /* The store's own constraint failures, reached past the workspace's
   * checks: a second record with the same id, and a dangling reference. */
  {
    g_autoptr(AttestRecord) twin = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "id", attest_record_get_id (party),
                                                 "name", "Twin", NULL);
    g_autoptr(AttestRecord) orphan = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", "no-such-party",
                                                   "text", "Orphan", NULL);

    g_assert_true (attest_store_begin (store, &error));
    g_assert_false (attest_store_insert (store, twin, &error));
    assert_no_sql_words (error);
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (attest_store_insert (store, orphan, &error));
    assert_no_sql_words (error);
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
    g_clear_error (&error);
    attest_store_rollback (store);
  }
  g_assert_cmpint (attest_store_get_history_count (store), ==, rows);

  /* A table another program renamed: a sentence about the file. */
  g_assert_true (_attest_store_exec_for_testing (store, "ALTER TABLE soa_requirement RENAME TO elsewhere", &error));
  g_assert_no_error (error);
  g_assert_false (attest_workspace_unlink (workspace, "soa-requirement", entry, requirement, &error));
  assert_no_sql_words (error);
  g_assert_nonnull (strstr (error->message, "links.isms"));
  g_assert_null (strstr (error->message, "no such table"));
}

/* A file others may read is noticed and can be made private. */
static void
test_readable_by_others (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "shared.isms");
  g_autoptr(AttestWorkspace) workspace = create (fixture, "shared.isms");
  g_autoptr(GError) error = NULL;
  guint mode = 0;
  GStatBuf st;

  g_assert_false (attest_workspace_is_readable_by_others (workspace, &mode));
  g_assert_cmpuint (mode, ==, 0600);
  g_clear_object (&workspace);

  for (guint i = 0; i < 2; i++)
    {
      guint shared = i == 0 ? 0644 : 0640;

      g_assert_cmpint (g_chmod (path, shared), ==, 0);
      workspace = attest_workspace_open (path, 0, &error);
      g_assert_no_error (error);
      g_assert_true (attest_workspace_is_readable_by_others (workspace, &mode));
      g_assert_cmpuint (mode, ==, shared);
      g_assert_true (attest_workspace_make_private (workspace, &error));
      g_assert_no_error (error);
      g_assert_false (attest_workspace_is_readable_by_others (workspace, &mode));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpuint (st.st_mode & 0777, ==, 0600);
      g_clear_object (&workspace);
    }
}


static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;
  gboolean ok = attest_workspace_load_finish (ATTEST_WORKSPACE (source), result, error);

  g_assert_true (ok == (*error == NULL));
  g_object_set_data (source, "load-done", GINT_TO_POINTER (1));
}

/* Runs the main loop until the load of @workspace has called back. */
static void
load (AttestWorkspace  *workspace,
      GCancellable     *cancellable,
      GError          **error)
{
  attest_workspace_load_async (workspace, cancellable, on_loaded_cb, error);
  while (g_object_get_data (G_OBJECT (workspace), "load-done") == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static guint
count_records (AttestWorkspace *workspace)
{
  const GType *kinds;
  guint n_kinds, total = 0;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    total += g_list_model_get_n_items (attest_workspace_get_records (workspace, kinds[k]));
  return total;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_write_failed (AttestWorkspace *workspace,
                    GError          *error,
                    guint           *count)
{
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_LOADING);
  (*count)++;
}

/* The window's way in: the checks at once, the singletons at once, the rest
 * later, while nothing can be changed and no lock is held; then the same
 * records as attest_workspace_open() reads, and the lock. */
static void
test_deferred_load (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "large.isms");
  g_autofree char *damaged = test_dir_path (fixture, "damaged.isms");
  g_autofree char *small = test_dir_path (fixture, "small.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  guint expected, notified = 0;

  workspace = attest_demo_create (path, ATTEST_DEMO_LARGE, &error);
  g_assert_no_error (error);
  g_clear_object (&workspace);
  {
    g_autoptr(AttestWorkspace) reference = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    expected = count_records (reference);
    g_assert_cmpuint (expected, >, 13000);
  }
  test_copy_file (path, damaged);

  workspace = attest_workspace_open_deferred (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (attest_workspace_is_loaded (workspace));
  g_signal_connect (workspace, "notify::loaded", G_CALLBACK (count_notify), &notified);
  g_assert_nonnull (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION));
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK)), ==, 0);
  g_assert_cmpint (pragma_int (path, "SELECT count(*) FROM lock"), ==, 0);

  /* Nothing can be changed until everything is read. */
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Too early", NULL);
    AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
    g_autofree char *name = g_strdup (attest_record_get_string (org, "name"));
    guint failed = 0;
    gulong handler = g_signal_connect (workspace, "write-failed", G_CALLBACK (count_write_failed), &failed);

    g_assert_false (attest_workspace_add (workspace, issue, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_LOADING);
    g_assert_nonnull (strstr (error->message, "large.isms"));
    g_clear_error (&error);
    g_assert_false (attest_workspace_begin (workspace, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_LOADING);
    g_clear_error (&error);
    g_object_set (org, "name", "Changed too early", NULL);
    g_assert_cmpuint (failed, >, 0);
    g_assert_cmpstr (attest_record_get_string (org, "name"), ==, name);
    g_signal_handler_disconnect (workspace, handler);
  }

  load (workspace, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (attest_workspace_is_loaded (workspace));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (count_records (workspace), ==, expected);
  g_assert_cmpint (pragma_int (path, "SELECT pid FROM lock"), ==, getpid ());
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "In time", NULL);

    g_assert_true (attest_workspace_add (workspace, issue, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&workspace);
  g_assert_cmpint (pragma_int (path, "SELECT count(*) FROM lock"), ==, 0);

  /* Stopped half-way: the file is as it was. */
  {
    g_autofree char *before = test_file_digest (damaged);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    workspace = attest_workspace_open_deferred (damaged, ATTEST_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_cancellable_cancel (cancellable);
    load (workspace, cancellable, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_false (attest_workspace_is_loaded (workspace));
    g_clear_object (&workspace);
    g_autofree char *after = test_file_digest (damaged);
    g_assert_cmpstr (before, ==, after);
  }

  /* A record damaged far into the file passes the checks that come first;
   * the load reports it, and the file is untouched. */
  test_sqlite_exec (damaged, "UPDATE risk SET treatment = 'bogus' WHERE rowid = (SELECT max(rowid) FROM risk)");
  {
    g_autofree char *before = test_file_digest (damaged);
    g_autofree char *after = NULL;

    workspace = attest_workspace_open_deferred (damaged, ATTEST_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    load (workspace, NULL, &error);
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED);
    g_assert_nonnull (strstr (error->message, "damaged.isms"));
    g_assert_nonnull (strstr (error->message, "bogus"));
    g_clear_error (&error);
    g_assert_false (attest_workspace_is_loaded (workspace));
    g_clear_object (&workspace);
    after = test_file_digest (damaged);
    g_assert_cmpstr (before, ==, after);
  }

  /* The check of every page, which a window makes in another thread. */
  g_assert_true (attest_store_check_pages (path, &error));
  g_assert_no_error (error);
  {
    g_autofree char *broken = test_dir_path (fixture, "broken.isms");
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;

    make_damaged_page (broken, path);
    before = test_file_digest (broken);
    g_assert_false (attest_store_check_pages (broken, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED);
    g_assert_nonnull (strstr (error->message, "broken.isms"));
    g_clear_error (&error);
    after = test_file_digest (broken);
    g_assert_cmpstr (before, ==, after);
  }

  /* A workspace of few records is read at once. */
  workspace = attest_demo_create (small, ATTEST_DEMO_SMALL, &error);
  g_assert_no_error (error);
  g_clear_object (&workspace);
  workspace = attest_workspace_open_deferred (small, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (attest_workspace_is_loaded (workspace));
  g_assert_cmpint (pragma_int (small, "SELECT pid FROM lock"), ==, getpid ());
  load (workspace, NULL, &error);
  g_assert_no_error (error);
}

/* The records of a kind by a field's value follow every change: an edit
 * of the field, an addition, a removal. */
static void
test_records_by (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = create (fixture, "by.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) one = g_object_new (ATTEST_TYPE_RISK, "title", "Flood", NULL);
  g_autoptr(AttestRecord) two = g_object_new (ATTEST_TYPE_RISK, "title", "Fire", NULL);
  g_autoptr(AttestRecord) first = NULL;
  g_autoptr(AttestRecord) second = NULL;
  const char *r1, *r2;
  GPtrArray *found;

  g_assert_true (attest_workspace_add (workspace, one, &error));
  g_assert_true (attest_workspace_add (workspace, two, &error));
  r1 = attest_record_get_id (one);
  r2 = attest_record_get_id (two);
  first = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1, "title", "One", NULL);
  second = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1, "title", "Two", NULL);

  g_assert_cmpuint (attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1)->len, ==, 0);
  g_assert_true (attest_workspace_add (workspace, first, &error));
  g_assert_true (attest_workspace_add (workspace, second, &error));
  g_assert_no_error (error);
  found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (g_ptr_array_index (found, 0) == first);   /* in the model's order */
  g_assert_true (g_ptr_array_index (found, 1) == second);

  g_object_set (first, "risk-id", r2, NULL);
  found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == second);
  found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r2);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == first);

  g_assert_true (attest_workspace_remove (workspace, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id", r1)->len, ==, 0);
  g_assert_cmpuint (attest_workspace_get_records_by (workspace, ATTEST_TYPE_RISK, "owner", "nobody")->len, ==, 0);
}

/* Deleting a record that others only may refer to (a threat a risk names,
 * the audit finding a nonconformity came from, the person who analyses a
 * metric) keeps those records, with the reference emptied; Undo, and
 * attest_workspace_restore(), put the reference back. Every optional
 * reference of every kind, from the small demo that fills them. */
static void
test_optional_references (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "optional.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
  const GType *kinds;
  guint n_kinds, checked = 0;

  g_assert_no_error (error);
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_ref (kinds[k]);
      GListModel *model = attest_workspace_get_records (workspace, kinds[k]);
      const AttestField *fields;
      guint n_fields;

      fields = attest_record_class_get_fields (klass, &n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          const char *name = fields[f].pspec->name;
          g_autoptr(AttestRecord) referrer = NULL;
          g_autoptr(AttestRecord) target = NULL;
          g_autoptr(AttestRemoval) removal = NULL;
          g_autofree char *target_id = NULL;
          guint count_before = 0;

          if (!(fields[f].flags & ATTEST_FIELD_OPTIONAL) || fields[f].references == NULL)
            continue;
          for (guint i = 0; i < g_list_model_get_n_items (model) && referrer == NULL; i++)
            {
              g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);

              if (*attest_record_get_string (record, name) != '\0')
                referrer = g_object_ref (record);
            }
          if (referrer == NULL)
            g_error ("the small demo has no %s whose %s is set", attest_record_class_get_kind (klass), name);
          target_id = g_strdup (attest_record_get_string (referrer, name));
          target = g_object_ref (attest_workspace_lookup (workspace, target_id));
          count_before = g_list_model_get_n_items (model);

          /* Deleted: the referrer stays, its reference empty, in the file too. */
          g_assert_true (attest_workspace_remove_full (workspace, target, &removal, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (attest_removal_get_n_changed (removal), >=, 1);
          g_assert_true (attest_workspace_lookup (workspace, attest_record_get_id (referrer)) == referrer);
          g_assert_null (attest_workspace_lookup (workspace, target_id));
          g_assert_cmpstr (attest_record_get_string (referrer, name), ==, "");
          g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                            count_before - (G_OBJECT_TYPE (target) == kinds[k] ? 1 : 0));

          /* Undo puts back the target and the reference. */
          g_assert_true (attest_workspace_undo (workspace, &error));
          g_assert_no_error (error);
          g_assert_nonnull (attest_workspace_lookup (workspace, target_id));
          g_assert_cmpstr (attest_record_get_string (referrer, name), ==, target_id);

          /* So does restoring the removal. */
          g_clear_pointer (&removal, attest_removal_free);
          target = (g_object_unref (target), g_object_ref (attest_workspace_lookup (workspace, target_id)));
          g_assert_true (attest_workspace_remove_full (workspace, target, &removal, &error));
          g_assert_cmpstr (attest_record_get_string (referrer, name), ==, "");
          g_assert_true (attest_workspace_restore (workspace, removal, &error));
          g_assert_no_error (error);
          g_assert_cmpstr (attest_record_get_string (referrer, name), ==, target_id);
          checked++;
        }
      g_type_class_unref (klass);
    }
  /* risk threat-id and vulnerability-id, metric analysed-by, nonconformity
   * finding-id and reviewed-by-id, improvement finding-id */
  g_assert_cmpuint (checked, >=, 6);

  /* A person removed: the risk they owned and the audit they were an
   * auditor of stay, and are counted; the removal takes nothing else. */
  {
    g_autofree char *small = test_dir_path (fixture, "person.isms");
    g_autoptr(AttestWorkspace) other = attest_workspace_create (small, "Acme", &error);
    g_autoptr(AttestRecord) person = g_object_new (ATTEST_TYPE_PERSON, "name", "Grace Whitfield", NULL);
    g_autoptr(AttestRecord) audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Audit of access", "scope", "Access", NULL);
    g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", NULL);
    g_autoptr(AttestRemoval) removal = NULL;

    g_assert_true (attest_workspace_add (other, person, &error));
    g_assert_true (attest_workspace_add (other, audit, &error));
    g_object_set (risk, "owner-id", attest_record_get_id (person), NULL);
    g_assert_true (attest_workspace_add (other, risk, &error));
    g_assert_true (attest_workspace_link (other, "audit-auditor", audit, person, &error));
    g_assert_no_error (error);
    g_assert_true (attest_workspace_remove_full (other, person, &removal, &error));
    g_assert_cmpuint (attest_removal_get_count (removal), ==, 1);
    g_assert_cmpuint (attest_removal_get_n_changed (removal), ==, 2);
    g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, "");
  }

  /* What a deletion empties is in the file. */
  {
    GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
    g_autoptr(AttestRecord) risk = NULL;
    g_autofree char *risk_id = NULL;
    AttestRecord *threat = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (risks) && threat == NULL; i++)
      {
        g_clear_object (&risk);
        risk = g_list_model_get_item (risks, i);
        threat = attest_workspace_lookup (workspace, attest_record_get_string (risk, "threat-id"));
      }
    g_assert_nonnull (threat);
    risk_id = g_strdup (attest_record_get_id (risk));
    g_assert_true (attest_workspace_remove (workspace, threat, &error));
    g_clear_object (&workspace);
    workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_nonnull (attest_workspace_lookup (workspace, risk_id));
    g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, risk_id), "threat-id"), ==, "");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/workspace/create", test_create_file);
  ADD ("/workspace/journal-mode", test_journal_mode);
  ADD ("/workspace/autosave-and-reopen", test_autosave_and_reopen);
  ADD ("/workspace/models-and-delete", test_models_and_delete);
  ADD ("/workspace/bulk-rollback", test_bulk_rollback);
  ADD ("/workspace/read-only", test_read_only);
  ADD ("/workspace/lock/in-process", test_lock_in_process);
  ADD ("/workspace/lock/other-process", test_lock_other_process);
  ADD ("/workspace/bad-files", test_bad_files);
  ADD ("/workspace/released-fixtures", test_released_fixtures);
  ADD ("/workspace/migration", test_migration);
  ADD ("/workspace/save-copy", test_save_copy);
  ADD ("/workspace/link-twice-and-store-errors", test_link_twice_and_store_errors);
  ADD ("/workspace/readable-by-others", test_readable_by_others);
  ADD ("/workspace/deferred-load", test_deferred_load);
  ADD ("/workspace/records-by", test_records_by);
  ADD ("/workspace/optional-references", test_optional_references);
#undef ADD

  return g_test_run ();
}
