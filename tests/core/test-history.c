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

  /* The new workspace: organisation, scope, setup, risk method, 93 SoA entries. */
  g_assert_cmpint (start, ==, 97);

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/rows", TestDir, NULL, test_dir_setup, test_rows, test_dir_teardown);
  g_test_add_func ("/history/hash-is-unambiguous", test_hash_is_unambiguous);
  g_test_add ("/history/tamper", TestDir, NULL, test_dir_setup, test_tamper, test_dir_teardown);

  return g_test_run ();
}
