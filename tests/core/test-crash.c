/* test-crash.c: a writer killed at random moments loses nothing it said
 * was saved.
 *
 * crash-writer makes edits and reports each one as it begins and once it
 * is on disk; this test kills it with SIGKILL at a random point of its
 * work (seeded; the seed is printed), again and again, and after every
 * kill checks that SQLite finds the file intact, that Attest opens it,
 * that every edit reported done is in it, and that the history chain
 * still verifies. The next writer takes over the lock the killed one left
 * and goes on.
 *
 * The kills are timed by what the writer says, not by the clock: after
 * its k-th reported edit (k random), at once or once it has begun the
 * next one. So every round kills a writer in the middle of its work
 * however slow or busy the machine is; a kill timed from the start would
 * mostly land before anything was saved on a slow one.
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
/* Each round waits for 1 to MAX_REPORTED reported edits. */
#define MAX_REPORTED 6

typedef struct
{
  guint    reported;     /* edits to wait for, at least one */
  gboolean mid_edit;     /* then also for the next edit to begin */
  double   jitter;       /* then a moment more, this fraction of an edit's
                          * duration as measured in this round, to spread
                          * the kill over the edit */
} KillPoint;

static gboolean
parse_report (const char *line,
              const char *word,
              guint      *n)
{
  guint64 value;

  if (!g_str_has_prefix (line, word) || line[strlen (word)] != ' '
      || !g_ascii_string_to_unsigned (line + strlen (word) + 1, 10, 0, G_MAXUINT32, &value, NULL))
    return FALSE;
  *n = (guint) value;
  return TRUE;
}

/* Runs the writer from @first, kills it at @at, and returns the edits it
 * reported done (those read before the kill and those still in the pipe). */
static GArray *
run_and_kill (const char      *writer,
              const char      *path,
              guint            first,
              const KillPoint *at)
{
  g_autofree char *first_text = g_strdup_printf ("%u", first);
  const char *argv[] = { writer, path, first_text, NULL };
  g_autoptr(GError) error = NULL;
  GArray *done = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) pending = g_string_new (NULL);
  gboolean begun = FALSE;
  gint64 begun_at = 0, edit_us = 0;
  GPid pid;
  int out_fd, status;
  char *line;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  /* Its reports, as they come, until the kill point. */
  while (done->len < at->reported || (at->mid_edit && !begun))
    {
      guint n;

      line = test_read_line (out_fd, pending);
      if (line == NULL)
        g_error ("crash-writer stopped by itself after %u edits (its error is above)", done->len);
      if (parse_report (line, "done", &n))
        {
          g_array_append_val (done, n);
          if (begun_at > 0)
            edit_us = g_get_monotonic_time () - begun_at;
        }
      else if (parse_report (line, "begin", &n))
        {
          begun = done->len >= at->reported;
          begun_at = g_get_monotonic_time ();
        }
      else
        g_error ("crash-writer said “%s”", line);
      g_free (line);
    }
  /* Not a wait for anything: only where in the edit the kill lands. */
  if (at->jitter * edit_us >= 1)
    g_usleep ((gulong) (at->jitter * edit_us));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed, not failed: a writer that stopped by itself found an error. */
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  /* What it reported between our last read and the kill. */
  while ((line = test_read_line (out_fd, pending)) != NULL)
    {
      guint n;

      if (parse_report (line, "done", &n))
        g_array_append_val (done, n);
      g_free (line);
    }
  close (out_fd);
  g_spawn_close_pid (pid);
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
  guint next = 1, last_size = 0, total = 0, mid_edit = 0, killed_mid_edit = 0;
  AttestWorkspace *created = attest_workspace_create (path, "Crash Ltd", &error);

  g_assert_no_error (error);
  g_object_unref (created);
  g_test_message ("seed %u, %u kills", seed, test_rounds (N_KILLS));

  for (guint kill_n = 0; kill_n < test_rounds (N_KILLS); kill_n++)
    {
      KillPoint at = {
        .reported = (guint) g_rand_int_range (rand, 1, MAX_REPORTED + 1),
        .mid_edit = g_rand_boolean (rand),
        .jitter = g_rand_double (rand),
      };
      g_autoptr(GArray) done = run_and_kill (writer, path, next, &at);
      g_autofree char *check = test_sqlite_integrity (path);
      g_autoptr(AttestWorkspace) workspace = NULL;
      GListModel *issues;
      g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gint64 n_rows = 0;
      guint highest = 0;

      g_assert_cmpstr (check, ==, "ok");
      /* Every round killed a writer at work: after it had saved at least
       * the edits waited for, while it went on with the next. */
      g_assert_cmpuint (done->len, >=, at.reported);
      killed_mid_edit += at.mid_edit;
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
        g_error ("After kill %u (seed %u): %s", kill_n, seed, error->message);
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
  g_test_message ("%u edits saved over %u kills; %u kills after an edit had begun; "
                  "%u kills came between a write and its report",
                  g_hash_table_size (saved), test_rounds (N_KILLS), killed_mid_edit, mid_edit);
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
