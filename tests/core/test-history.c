/* test-history.c: the hash chain and tamper detection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "attest.h"
#include "attest-test-util.h"

static char *
make_demo (TestDir *fixture)
{
  char *path = test_dir_path (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);

  g_assert_no_error (error);
  return path;
}

static gboolean
verify (const char  *path,
        GError     **error)
{
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, error);

  return workspace != NULL && attest_history_verify (attest_workspace_get_store (workspace), NULL, error);
}

static gboolean
collect_cb (const AttestHistoryRow  *row,
            gpointer                 user_data,
            GError                 **error)
{
  GPtrArray *rows = user_data;

  g_ptr_array_add (rows, g_strdup_printf ("%s|%s|%s|%s|%s", row->action, row->kind,
                                          row->field ? row->field : "-",
                                          row->old_value ? row->old_value : "-",
                                          row->new_value ? row->new_value : "-"));
  return TRUE;
}

static void
test_rows (TestDir       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "rows.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme", &error);
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Bank", NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  AttestStore *store = attest_workspace_get_store (workspace);
  gint64 start = attest_store_get_history_count (store);
  g_autofree char *head = NULL;

  /* The new workspace: the row that starts the chain's rule, then
   * organisation, scope, setup, risk method, policy, 93 SoA entries, the
   * audit programme. */
  g_assert_cmpint (start, ==, 100);

  g_assert_true (attest_workspace_add (workspace, party, &error));
  g_object_set (party, "kind", ATTEST_PARTY_KIND_REGULATOR, NULL);
  g_assert_true (attest_workspace_remove (workspace, party, &error));
  g_assert_no_error (error);

  g_assert_true (attest_store_foreach_history (store, collect_cb, rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, start + 3);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, start), "insert|interested-party|-|-|{"));
  g_assert_cmpstr (g_ptr_array_index (rows, start + 1), ==, "update|interested-party|kind|other|regulator");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (rows, start + 2), "delete|interested-party|-|{"));
  g_assert_nonnull (strstr (g_ptr_array_index (rows, start + 2), "\"name\":\"Bank\""));

  /* The head moves with every row, and verifies. */
  head = g_strdup (attest_store_get_history_head (store));
  g_assert_cmpuint (strlen (head), ==, 64);
  g_assert_cmpstr (head, !=, ATTEST_HISTORY_GENESIS);
  g_assert_true (attest_history_verify (store, NULL, &error));
  g_assert_no_error (error);
}

static void
test_hash_is_unambiguous (void)
{
  AttestHistoryRow a = { .seq = 1, .time = 5, .actor = "u", .action = "update", .kind = "k",
                         .record_id = "r", .field = "f", .old_value = "ab", .new_value = "c" };
  AttestHistoryRow b = a;
  AttestHistoryRow c = a;
  g_autofree char *ha = attest_history_compute_hash (ATTEST_HISTORY_GENESIS, &a);
  g_autofree char *hb = NULL;
  g_autofree char *hc = NULL;
  g_autofree char *hd = NULL;
  g_autofree char *again = NULL;

  b.old_value = "a";
  b.new_value = "bc";
  hb = attest_history_compute_hash (ATTEST_HISTORY_GENESIS, &b);
  c.old_value = NULL;
  hc = attest_history_compute_hash (ATTEST_HISTORY_GENESIS, &c);
  c.old_value = "";
  hd = attest_history_compute_hash (ATTEST_HISTORY_GENESIS, &c);

  g_assert_cmpstr (ha, !=, hb);
  g_assert_cmpstr (hc, !=, hd);
  /* The same row always gives the same hash. */
  again = attest_history_compute_hash (ATTEST_HISTORY_GENESIS, &a);
  g_assert_cmpstr (ha, ==, again);
}

static const struct
{
  const char *name;
  const char *sql;
  const char *words;
} tampers[] = {
  { "history-value", "UPDATE history SET new_value = 'Evil Corp' WHERE seq = (SELECT max(seq) FROM history WHERE action = 'update')", "row" },
  { "history-removed", "DELETE FROM history WHERE seq = 10", "out of sequence" },
  { "history-time", "UPDATE history SET time = time + 1 WHERE seq = 3", "does not match its hash" },
  { "record-edited", "UPDATE organisation SET name = 'Evil Corp'", "differs from its history" },
  { "record-added", "INSERT INTO context_issue (id, created, modified) VALUES ('sneaky', 1, 1)", "has no history" },
  { "record-removed", "DELETE FROM scope_item WHERE rowid = (SELECT min(rowid) FROM scope_item)", "missing" },
  { "link-added", "INSERT INTO soa_requirement (from_id, to_id) SELECT (SELECT id FROM soa_entry LIMIT 1), (SELECT id FROM requirement LIMIT 1 OFFSET 3)", "link" },
};

static void
test_tamper (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *source = make_demo (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_true (verify (source, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (tampers); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.isms", tampers[i].name);
      g_autofree char *path = test_dir_path (fixture, name);

      test_copy_file (source, path);
      test_sqlite_exec (path, tampers[i].sql);
      g_assert_false (verify (path, &error));
      g_test_message ("%s: %s", tampers[i].name, error->message);
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
      g_assert_nonnull (strstr (error->message, tampers[i].words));
      g_assert_nonnull (strstr (error->message, name));
      g_clear_error (&error);
    }

  /* The first broken row is named. */
  {
    g_autofree char *path = test_dir_path (fixture, "row-17.isms");

    test_copy_file (source, path);
    test_sqlite_exec (path, "UPDATE history SET actor = 'mallory' WHERE seq IN (17, 40)");
    g_assert_false (verify (path, &error));
    g_assert_nonnull (strstr (error->message, "History row 17 "));
  }
}


static void
assert_tampered (const char *path,
                 const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (verify (path, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
  g_test_message ("%s", error->message);
  if (strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
assert_verifies (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (verify (path, &error));
  g_assert_no_error (error);
}

/* Every stored field is covered: the times a record was created and last
 * modified too, both for records as inserted and after an edit. */
static void
test_timestamps (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *source = make_demo (fixture);
  g_autofree char *edited = test_dir_path (fixture, "edited.isms");
  static const struct { const char *sql; const char *words; } cases[] = {
    { "UPDATE context_issue SET created = created + 1000000 WHERE rowid = 1", "“created”" },
    { "UPDATE context_issue SET modified = modified + 1 WHERE rowid = 2", "“modified”" },
    { "UPDATE soa_entry SET created = 0 WHERE rowid = 93", "“created”" },
  };

  assert_verifies (source);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("times-%u.isms", i);
      g_autofree char *path = test_dir_path (fixture, name);

      test_copy_file (source, path);
      test_sqlite_exec (path, cases[i].sql);
      assert_tampered (path, cases[i].words);
    }

  /* An edit through Attest moves "modified", and the history knows where to. */
  test_copy_file (source, edited);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AttestWorkspace) workspace = attest_workspace_open (edited, ATTEST_OPEN_DEFAULT, &error);
    GListModel *issues;
    g_autoptr(AttestRecord) issue = NULL;

    g_assert_no_error (error);
    issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
    issue = g_list_model_get_item (issues, 0);
    g_object_set (issue, "title", "A new title", NULL);
  }
  assert_verifies (edited);
  test_sqlite_exec (edited, "UPDATE context_issue SET modified = modified - 1 WHERE title = 'A new title'");
  assert_tampered (edited, "“modified”");
}

static gboolean
find_action_cb (const AttestHistoryRow  *row,
                gpointer                 user_data,
                GError                 **error)
{
  GPtrArray *found = user_data;
  const char *action = g_ptr_array_index (found, 0);

  if (g_strcmp0 (row->action, action) == 0)
    g_ptr_array_add (found, g_strdup_printf ("%" G_GINT64_FORMAT "|%s|%s|%s", row->seq, row->record_id,
                                             row->field ? row->field : "-",
                                             row->new_value ? row->new_value : "-"));
  return TRUE;
}

/* "seq|record_id|field|new_value" of every row with @action. */
static GPtrArray *
rows_with_action (const char *path,
                  const char *action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_ptr_array_add (found, g_strdup (action));
  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), find_action_cb, found, &error));
  g_assert_no_error (error);
  g_ptr_array_remove_index (found, 0);
  return found;
}

/* Files from every released schema still verify after the upgrade. One
 * from before schema 5: its rows under the rule they were written with, up
 * to the "chain-rule" row the upgrade appends, which also vouches for the
 * times of the records then in the file; rows after it cover the times
 * too. One from schema 5 on was written under rule 2 from its first row,
 * and its upgrade appends no other. Every fixture in tests/data, from
 * schema 1 on (test_released_fixtures in test-workspace.c checks that
 * there is one for every released schema). */
static void
test_old_fixtures (TestDir       *fixture,
                   gconstpointer  data)
{
  guint version;

  for (version = 1; ; version++)
    {
      g_autofree char *name = g_strdup_printf ("schema-%u.isms", version);
      g_autofree char *source = test_data_path (name);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autofree char *issue_id = NULL;
      g_autoptr(GPtrArray) rules = NULL;

      if (!g_file_test (source, G_FILE_TEST_IS_REGULAR))
        break;
      test_copy_file (source, path);
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
        g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "After the upgrade", NULL);

        g_assert_no_error (error);
        g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
        g_assert_no_error (error);
        g_assert_true (attest_workspace_add (workspace, issue, &error));
        g_assert_no_error (error);
        issue_id = g_strdup (attest_record_get_id (issue));
      }
      assert_verifies (path);

      rules = rows_with_action (path, "chain-rule");
      g_assert_cmpuint (rules->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (rules, 0), "|rule|{\"rule\":\"2\""));
      /* The first row from schema 5 on; after the file's rows before it. */
      g_assert_cmpint (g_str_has_prefix (g_ptr_array_index (rules, 0), "1|"), ==, version >= 5);

      /* A record from before the upgrade, and one added after. */
      {
        g_autofree char *copy = test_dir_path (fixture, "old-record.isms");

        test_copy_file (path, copy);
        test_sqlite_exec (copy, "UPDATE organisation SET created = created - 1");
        assert_tampered (copy, "“created”");
      }
      {
        g_autofree char *copy = test_dir_path (fixture, "new-record.isms");
        g_autofree char *sql = g_strdup_printf ("UPDATE context_issue SET modified = modified + 7 WHERE id = '%s'", issue_id);

        test_copy_file (path, copy);
        test_sqlite_exec (copy, sql);
        assert_tampered (copy, "“modified”");
      }
    }
  /* No fixture is left out: schema 1 to the newest released one. */
  g_assert_cmpuint (version - 1, >=, 20);
}

/* Recomputes every hash from row @from on, as someone rewriting the
 * history with the algorithm in hand would. */
static gboolean
rehash_cb (const AttestHistoryRow  *row,
           gpointer                 user_data,
           GError                 **error)
{
  GPtrArray *sql = user_data;
  const char *previous = g_ptr_array_index (sql, 0);
  g_autofree char *hash = attest_history_compute_hash (previous, row);

  g_ptr_array_add (sql, g_strdup_printf ("UPDATE history SET hash = '%s' WHERE seq = %" G_GINT64_FORMAT ";",
                                         hash, row->seq));
  g_free (g_ptr_array_index (sql, 0));
  g_ptr_array_index (sql, 0) = g_steal_pointer (&hash);
  return TRUE;
}

static void
rehash (const char *path)
{
  g_autoptr(GPtrArray) sql = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;

  {
    g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_ptr_array_add (sql, g_strdup (ATTEST_HISTORY_GENESIS));
    g_ptr_array_add (sql, g_strdup ("BEGIN;"));
    g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), rehash_cb, sql, &error));
  }
  g_ptr_array_add (sql, g_strdup ("COMMIT;"));
  g_ptr_array_add (sql, NULL);
  joined = g_strjoinv ("\n", (char **) sql->pdata + 1);
  test_sqlite_exec (path, joined);
}

static gboolean
verify_expecting (const char  *path,
                  const char  *head,
                  GError     **error)
{
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, error);

  return workspace != NULL
         && attest_history_verify_full (attest_workspace_get_store (workspace), head, NULL, error);
}

/* Approvals and exports record the head they state; verify checks the
 * recorded heads against the chain, and a head given from outside. */
static void
test_recorded_heads (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *source = make_demo (fixture);
  g_autofree char *path = test_dir_path (fixture, "heads.isms");
  g_autofree char *printed = NULL;
  g_autoptr(GPtrArray) heads = rows_with_action (source, "head");
  g_autoptr(GError) error = NULL;
  gint64 printed_seq, modified_before, modified_printed;
  g_autofree char *short_name = NULL;
  g_autofree char *sector = NULL;
  AttestHistoryReport report = { 0 };

  /* The demo approves its SoA and records its risk owners' decisions. */
  g_assert_cmpuint (heads->len, >=, 2);

  /* A field set and set back, then a pack handed out, then more edits. */
  test_copy_file (source, path);
  {
    g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
    AttestRecord *org;
    AttestStore *store;

    g_assert_no_error (error);
    store = attest_workspace_get_store (workspace);
    org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
    modified_before = attest_record_get_modified (org);
    short_name = g_strdup (attest_record_get_string (org, "short-name"));
    sector = g_strdup (attest_record_get_string (org, "sector"));
    g_object_set (org, "sector", "Something else", NULL);
    g_object_set (org, "sector", sector, NULL);
    modified_printed = attest_record_get_modified (org);
    printed_seq = attest_store_get_history_count (store);
    printed = g_strdup (attest_store_get_history_head (store));
    g_assert_true (attest_history_record_head (store, "audit-pack", printed_seq, printed, &error));
    g_assert_no_error (error);
    g_assert_cmpint (attest_store_get_history_count (store), ==, printed_seq + 1);
    /* A head that is not this chain's is refused. */
    g_assert_false (attest_history_record_head (store, "audit-pack", printed_seq, ATTEST_HISTORY_GENESIS, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
    g_clear_error (&error);
    g_object_set (org, "short-name", "Changed", NULL);
  }
  g_assert_true (verify_expecting (path, printed, &error));
  g_assert_no_error (error);
  {
    g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_true (attest_history_verify_full (attest_workspace_get_store (workspace), NULL, &report, &error));
    g_assert_cmpint (report.last_recorded_seq, ==, printed_seq);
    g_assert_cmpint (report.n_rows, ==, printed_seq + 2);
  }
  /* Upper case, as someone may copy it, is the same head. */
  {
    g_autofree char *upper = g_ascii_strup (printed, -1);

    g_assert_true (verify_expecting (path, upper, &error));
    g_assert_no_error (error);
  }
  /* Not a head at all. */
  g_assert_false (verify_expecting (path, "12ab", &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  /* Cutting the tail after the recorded head, with the record put back as
   * it was, leaves a shorter chain that is consistent in itself: only a head
   * printed later tells. */
  {
    g_autofree char *copy = test_dir_path (fixture, "tail.isms");
    g_autofree char *sql = g_strdup_printf ("DELETE FROM history WHERE seq > %" G_GINT64_FORMAT ";"
                                            "UPDATE organisation SET short_name = '%s', modified = %" G_GINT64_FORMAT,
                                            printed_seq + 1, short_name, modified_printed);
    g_autofree char *later = NULL;

    {
      g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

      g_assert_no_error (error);
      later = g_strdup (attest_store_get_history_head (attest_workspace_get_store (workspace)));
    }
    test_copy_file (path, copy);
    test_sqlite_exec (copy, sql);
    g_assert_true (verify_expecting (copy, printed, &error));
    g_assert_no_error (error);
    g_assert_false (verify_expecting (copy, later, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
    g_assert_nonnull (strstr (error->message, "does not pass through"));
    g_assert_nonnull (strstr (error->message, "tail.isms"));
    g_clear_error (&error);
  }

  /* Cutting it before the recorded head, with the set-and-set-back edits:
   * the records are as the shorter chain says, but the file recorded a
   * head the chain no longer reaches. */
  {
    g_autofree char *copy = test_dir_path (fixture, "cut.isms");
    g_autofree char *sql = g_strdup_printf ("DELETE FROM history WHERE seq > %" G_GINT64_FORMAT ";"
                                            "UPDATE organisation SET short_name = '%s', modified = %" G_GINT64_FORMAT,
                                            printed_seq - 2, short_name, modified_before);

    test_copy_file (path, copy);
    test_sqlite_exec (copy, sql);
    assert_tampered (copy, "recorded");
    /* And with the recorded heads removed too, the printed head tells. */
    test_sqlite_exec (copy, "DELETE FROM recorded_head");
    assert_verifies (copy);
    g_assert_false (verify_expecting (copy, printed, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
    g_clear_error (&error);
  }

  /* Rewriting an old row and recomputing every hash after it: the heads
   * recorded in the chain no longer match; rewritten as well, only the
   * printed head tells. */
  {
    g_autofree char *copy = test_dir_path (fixture, "rewritten.isms");

    test_copy_file (path, copy);
    test_sqlite_exec (copy, "UPDATE history SET actor = 'mallory' WHERE seq = 5");
    rehash (copy);
    assert_tampered (copy, "head");
    /* Each pass fixes the recorded heads the previous one moved: at most one
     * pass per recorded head (the demo records a dozen). */
    for (guint pass = 0; pass < 40 && !verify (copy, NULL); pass++)
      {
        test_sqlite_exec (copy, "UPDATE history SET new_value = (SELECT h.hash FROM history h WHERE h.seq = CAST (history.record_id AS INTEGER)) WHERE action = 'head';"
                                "UPDATE recorded_head SET hash = (SELECT hash FROM history WHERE seq = recorded_head.head_seq)");
        rehash (copy);
      }
    assert_verifies (copy);
    g_assert_false (verify_expecting (copy, printed, &error));
    g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
    g_clear_error (&error);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/rows", TestDir, NULL, test_dir_setup, test_rows, test_dir_teardown);
  g_test_add_func ("/history/hash-is-unambiguous", test_hash_is_unambiguous);
  g_test_add ("/history/tamper", TestDir, NULL, test_dir_setup, test_tamper, test_dir_teardown);
  g_test_add ("/history/timestamps", TestDir, NULL, test_dir_setup, test_timestamps, test_dir_teardown);
  g_test_add ("/history/old-fixtures", TestDir, NULL, test_dir_setup, test_old_fixtures, test_dir_teardown);
  g_test_add ("/history/recorded-heads", TestDir, NULL, test_dir_setup, test_recorded_heads, test_dir_teardown);

  return g_test_run ();
}
