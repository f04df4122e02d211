/* test-crash.c: a writer killed at random moments loses nothing it said
 * was saved.
 *
 * crash-writer makes edits and reports each one once it is on disk; this
 * test kills it with SIGKILL after a random while (seeded; the seed is
 * printed), again and again, and after every kill checks that SQLite finds
 * the file intact, that Attest opens it, that every edit reported done is
 * in it, and that the history chain still verifies. The next writer takes
 * over the lock the killed one left and goes on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "attest.h"
#include "attest-test-util.h"

#define N_KILLS 100


/* Runs the writer from @first for about @ms milliseconds, kills it, and
 * returns the edits it reported done. */
static GArray *
run_and_kill (const char *writer,
              const char *path,
              guint       first,
              guint       ms)
{
  g_autofree char *first_text = g_strdup_printf ("%u", first);
  const char *argv[] = { writer, path, first_text, NULL };
  g_autoptr(GError) error = NULL;
  GArray *done = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *out = g_string_new (NULL);
  GPid pid;
  int out_fd, status;
  char buffer[4096];
  ssize_t n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);
  g_usleep (ms * 1000);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed, not failed: a writer that stopped by itself found an error. */
  g_assert_true (WIFSIGNALED (status));
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);
  close (out_fd);
  g_spawn_close_pid (pid);

  {
    g_auto(GStrv) lines = g_strsplit (out->str, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        guint64 value;

        if (g_str_has_prefix (lines[i], "done ")
            && g_ascii_string_to_unsigned (lines[i] + 5, 10, 0, G_MAXUINT32, &value, NULL))
          {
            guint v = (guint) value;

            g_array_append_val (done, v);
          }
      }
  }
  g_string_free (out, TRUE);
  return done;
}

static void
test_kill_loop (TestDir       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "crash.isms");
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "crash-writer", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) saved = g_hash_table_new (NULL, NULL);
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint next = 1, last_size = 0, total = 0, mid_edit = 0;
  AttestWorkspace *created = attest_workspace_create (path, "Crash Ltd", &error);

  g_assert_no_error (error);
  g_object_unref (created);
  g_test_message ("seed %u, %u kills", seed, test_rounds (N_KILLS));

  for (guint kill_n = 0; kill_n < test_rounds (N_KILLS); kill_n++)
    {
      guint ms = (guint) g_rand_int_range (rand, 5, 80);
      g_autoptr(GArray) done = run_and_kill (writer, path, next, ms);
      g_autofree char *check = test_sqlite_integrity (path);
      g_autoptr(AttestWorkspace) workspace = NULL;
      GListModel *issues;
      g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gint64 n_rows = 0;
      guint highest = 0;

      g_assert_cmpstr (check, ==, "ok");
      for (guint i = 0; i < done->len; i++)
        {
          guint n = g_array_index (done, guint, i);

          g_hash_table_add (saved, GUINT_TO_POINTER (n));
          highest = MAX (highest, n);
          if (n % 3 == 0)
            last_size = MAX (last_size, n);
        }

      workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
      if (workspace == NULL)
        g_error ("After kill %u (%u ms): %s", kill_n, ms, error->message);
      issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
      for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
        {
          g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);

          g_hash_table_add (present, g_strdup (attest_record_get_string (issue, "title")));
        }
      {
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, saved);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            g_autofree char *title = g_strdup_printf ("edit %u", GPOINTER_TO_UINT (key));

            if (!g_hash_table_contains (present, title))
              g_error ("After kill %u (seed %u): “%s” was reported saved and is gone", kill_n, seed, title);
          }
      }
      /* The size is the last one reported, or a later one being saved. */
      if (last_size > 0)
        {
          const char *size = attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "size");
          guint64 at;

          g_assert_true (g_str_has_prefix (size, "size "));
          g_assert_true (g_ascii_string_to_unsigned (size + 5, 10, 0, G_MAXUINT32, &at, NULL));
          g_assert_cmpuint (at, >=, last_size);
        }
      g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), &n_rows, &error));
      g_assert_no_error (error);

      /* The edit under way when the kill came may be there, saved but not
       * yet reported; it is whole when it is (the file checked above). */
      {
        g_autofree char *unreported = g_strdup_printf ("edit %u", MAX (highest, next - 1) + 1);

        mid_edit += g_hash_table_contains (present, unreported);
      }
      total = g_list_model_get_n_items (issues);
      next = MAX (next, highest + 1);
      next = MAX (next, total + 1);
    }
  g_test_message ("%u edits saved over %u kills; %u kills came between a write and its report",
                  g_hash_table_size (saved), test_rounds (N_KILLS), mid_edit);
  g_assert_cmpuint (g_hash_table_size (saved), >=, test_rounds (N_KILLS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/crash/kill-loop", TestDir, NULL, test_dir_setup, test_kill_loop, test_dir_teardown);
  return g_test_run ();
}
