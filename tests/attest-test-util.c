/* attest-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "attest-test-util.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        {
          g_chmod (child, 0600);
          g_remove (child);
        }
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

void
test_dir_setup (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("attest-test-XXXXXX", &error);
  g_assert_no_error (error);
}

void
test_dir_teardown (TestDir       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

char *
test_dir_path (TestDir    *fixture,
               const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

char *
test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
test_copy_file (const char *from,
                const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents_full (to, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, &error);
  g_assert_no_error (error);
}

char *
test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
}

void
test_sqlite_exec (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* SQLite's own verdict on a file, opened read-write as Attest opens it (a
 * hot journal left by a crash is rolled back first): "ok" when intact. */
char *
test_sqlite_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *result;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return result;
}

/* How many rounds a sweep or a loop runs: @rounds, divided by
 * ATTEST_TEST_ROUNDS_DIVISOR when a slow setup (Valgrind) sets it. */
guint
test_rounds (guint rounds)
{
  const char *divisor = g_getenv ("ATTEST_TEST_ROUNDS_DIVISOR");
  guint64 value;

  if (divisor != NULL && g_ascii_string_to_unsigned (divisor, 10, 1, 1000, &value, NULL))
    return MAX (1, rounds / (guint) value);
  return rounds;
}

/* Whether the large demo's workloads run: not under a slow setup
 * (Valgrind), where the same code runs on the small demo; the plain and the
 * sanitizer runs of make check run them whole. */
gboolean
test_large_workloads (void)
{
  return test_rounds (2) == 2;
}

gint64
test_wait_deadline (void)
{
  return g_get_monotonic_time () + TEST_WAIT_LIMIT_S * G_USEC_PER_SEC;
}

void
test_wait_step (gint64      deadline,
                const char *what,
                const char *file,
                int         line)
{
  if (g_get_monotonic_time () > deadline)
    g_error ("%s:%d: waited %d s and this never became true: %s", file, line, TEST_WAIT_LIMIT_S, what);
  if (!g_main_context_iteration (NULL, FALSE))
    g_usleep (1000);
}

void
test_settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

char *
test_read_line (int      fd,
                GString *buffer)
{
  gint64 deadline = test_wait_deadline ();

  for (;;)
    {
      const char *newline = memchr (buffer->str, '\n', buffer->len);
      GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };
      char chunk[4096];
      gint64 left;
      ssize_t n;

      if (newline != NULL)
        {
          char *line = g_strndup (buffer->str, newline - buffer->str);

          g_string_erase (buffer, 0, newline - buffer->str + 1);
          return line;
        }
      left = deadline - g_get_monotonic_time ();
      if (left <= 0)
        g_error ("Waited %d s for a line from a child process", TEST_WAIT_LIMIT_S);
      if (g_poll (&poll_fd, 1, (int) MIN (left / 1000 + 1, G_MAXINT)) < 0)
        {
          g_assert_cmpint (errno, ==, EINTR);
          continue;
        }
      if (poll_fd.revents == 0)
        continue;
      n = read (fd, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >=, 0);
      if (n == 0)
        return NULL;   /* a partial last line is dropped: it was not said */
      g_string_append_len (buffer, chunk, n);
    }
}
