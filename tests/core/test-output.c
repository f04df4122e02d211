/* test-output.c: every row of the table in attest-output.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <gio/gunixsocketaddress.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest.h"
#include "attest-test-util.h"

static char *
make_workspace (TestDir    *fixture,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = test_dir_path (fixture, name);
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Output Ltd", &error);

  g_assert_no_error (error);
  attest_workspace_close (workspace);
  return path;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* No temporary file is left beside the target. */
static void
assert_no_leftovers (TestDir *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
}

static void
assert_refused (GError     *error,
                int         code,
                const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_assert_error (error, ATTEST_ERROR, code);
  /* The user's name, never the temporary file's. */
  g_assert_nonnull (strstr (error->message, name));
  g_assert_null (strstr (error->message, ".part"));
}

static void
test_new_file (TestDir       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "out.json");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (attest_output_write_file (path, NULL, 0, "new", -1, &error));
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_no_leftovers (fixture);
}

static void
test_replaces_a_file (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "out.csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (attest_output_write_file (path, NULL, 0, "new", -1, &error));
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "new");
  assert_no_leftovers (fixture);
}

/* The workspace being read, by any name: refused even when forced. */
static void
test_same_file (TestDir       *fixture,
                gconstpointer  data)
{
  g_autofree char *workspace = make_workspace (fixture, "work.isms");
  g_autofree char *digest = test_file_digest (workspace);
  g_autofree char *sub = test_dir_path (fixture, "sub");
  g_autofree char *other_path = g_build_filename (fixture->dir, "sub", "..", "work.isms", NULL);
  g_autofree char *hard = test_dir_path (fixture, "hard.isms");
  g_autofree char *soft = test_dir_path (fixture, "soft.json");
  const char *names[] = { workspace, other_path, hard, soft };

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (link (workspace, hard), ==, 0);
  g_assert_cmpint (symlink ("work.isms", soft), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (int force = 0; force < 2; force++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *now = NULL;

        g_assert_false (attest_output_write_file (names[i], workspace, force ? ATTEST_OUTPUT_FORCE : 0,
                                                  "{}", -1, &error));
        assert_refused (error, ATTEST_ERROR_SAME_FILE, names[i]);
        g_clear_error (&error);
        g_assert_false (attest_output_check (names[i], workspace, 0, &error));
        g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE);
        now = test_file_digest (workspace);
        g_assert_cmpstr (now, ==, digest);
      }
  g_assert_true (g_file_test (soft, G_FILE_TEST_IS_SYMLINK));
  assert_no_leftovers (fixture);
}

static void
test_other_workspace (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *reading = make_workspace (fixture, "work.isms");
  g_autofree char *other = make_workspace (fixture, "other.isms");
  g_autofree char *digest = test_file_digest (other);
  g_autofree char *now = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (attest_output_write_file (other, reading, 0, "{}", -1, &error));
  assert_refused (error, ATTEST_ERROR_IS_WORKSPACE, other);
  g_assert_nonnull (strstr (error->message, "workspace"));
  g_clear_error (&error);
  now = test_file_digest (other);
  g_assert_cmpstr (now, ==, digest);

  g_assert_true (attest_output_write_file (other, reading, ATTEST_OUTPUT_FORCE, "{}", -1, &error));
  g_assert_no_error (error);
  text = read_text (other);
  g_assert_cmpstr (text, ==, "{}");
  assert_no_leftovers (fixture);
}

static gpointer
read_fifo_thread (gpointer path)
{
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, NULL);
  return text;
}

static void
test_fifo (TestDir       *fixture,
           gconstpointer  data)
{
  g_autofree char *fifo = test_dir_path (fixture, "pipe");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GThread *reader;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("reader", read_fifo_thread, fifo);
  g_assert_true (attest_output_write_file (fifo, NULL, 0, "through the pipe", -1, &error));
  g_assert_no_error (error);
  text = g_thread_join (reader);
  g_assert_cmpstr (text, ==, "through the pipe");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_no_leftovers (fixture);
}

static void
test_char_device (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (attest_output_write_file ("/dev/null", NULL, 0, "nothing", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

static void
test_refused_kinds (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = test_dir_path (fixture, "folder");
  g_autofree char *socket_path = test_dir_path (fixture, "socket");
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, 0, NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (socket_path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_false (attest_output_write_file (dir, NULL, ATTEST_OUTPUT_FORCE, "x", -1, &error));
  assert_refused (error, ATTEST_ERROR_IO, dir);
  g_clear_error (&error);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  g_assert_true (g_socket_bind (socket, address, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (attest_output_write_file (socket_path, NULL, ATTEST_OUTPUT_FORCE, "x", -1, &error));
  assert_refused (error, ATTEST_ERROR_IO, socket_path);
  g_assert_cmpint (g_lstat (socket_path, &st), ==, 0);
  g_assert_true (S_ISSOCK (st.st_mode));
  assert_no_leftovers (fixture);
}

static void
test_symlink (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "target.json");
  g_autofree char *link_path = test_dir_path (fixture, "link.json");
  g_autofree char *dangling = test_dir_path (fixture, "dangling.json");
  g_autofree char *later = test_dir_path (fixture, "later.json");
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("target.json", link_path), ==, 0);
  g_assert_true (attest_output_write_file (link_path, NULL, 0, "new", -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  text = read_text (target);
  g_assert_cmpstr (text, ==, "new");

  /* A link to a file not there yet creates it. */
  g_assert_cmpint (symlink (later, dangling), ==, 0);
  g_assert_true (attest_output_write_file (dangling, NULL, 0, "later", -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  text2 = read_text (later);
  g_assert_cmpstr (text2, ==, "later");
  assert_no_leftovers (fixture);
}

static void
test_stdout (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *capture = test_dir_path (fixture, "capture");
  g_autofree char *dash = test_dir_path (fixture, "-");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int saved = dup (STDOUT_FILENO);
  int fd = g_open (capture, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  fflush (stdout);
  g_assert_cmpint (dup2 (fd, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (fd);
  g_assert_true (attest_output_write_file ("-", NULL, ATTEST_OUTPUT_DASH_IS_STDOUT, "to stdout", -1, &error));
  fflush (stdout);
  g_assert_cmpint (dup2 (saved, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (saved);
  g_assert_no_error (error);
  text = read_text (capture);
  g_assert_cmpstr (text, ==, "to stdout");
  /* Without the flag, “-” is a name like any other. */
  {
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
    g_assert_true (attest_output_write_file ("-", NULL, 0, "file", -1, &error));
    g_assert_cmpint (g_chdir (cwd), ==, 0);
    g_assert_no_error (error);
  }
  g_assert_true (g_file_test (dash, G_FILE_TEST_IS_REGULAR));
  assert_no_leftovers (fixture);
}

/* A new workspace takes a free name only, even one taken while it was
 * being made. */
static void
test_create (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "new.isms");
  g_autofree char *taken = test_dir_path (fixture, "taken.isms");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestOutput) output = NULL;

  g_assert_true (g_file_set_contents (taken, "mine", -1, NULL));
  g_assert_null (attest_output_open (taken, NULL, ATTEST_OUTPUT_CREATE | ATTEST_OUTPUT_FORCE, &error));
  assert_refused (error, ATTEST_ERROR_EXISTS, taken);
  g_clear_error (&error);

  output = attest_output_open (path, NULL, ATTEST_OUTPUT_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (attest_output_get_temp_path (output), "made", -1, NULL));
  g_assert_true (g_file_set_contents (path, "theirs", -1, NULL));
  g_assert_false (attest_output_commit (output, &error));
  assert_refused (error, ATTEST_ERROR_EXISTS, path);
  g_clear_pointer (&output, attest_output_free);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "theirs");
  assert_no_leftovers (fixture);
}

/* What the name is when the output is put in place counts, not only what
 * it was when the writing began. */
static void
test_checked_again (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *reading = make_workspace (fixture, "work.isms");
  g_autofree char *path = test_dir_path (fixture, "out.json");
  g_autofree char *digest = test_file_digest (reading);
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestOutput) output = attest_output_open (path, reading, 0, &error);

  g_assert_no_error (error);
  g_assert_cmpint (symlink (reading, path), ==, 0);
  g_assert_false (attest_output_commit (output, &error));
  assert_refused (error, ATTEST_ERROR_SAME_FILE, path);
  g_clear_pointer (&output, attest_output_free);
  now = test_file_digest (reading);
  g_assert_cmpstr (now, ==, digest);
  assert_no_leftovers (fixture);
}

/* /dev/stdout and its kin are written to the open file itself: a file the
 * shell appends to keeps what it had and its inode. */
static void
test_descriptors (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *reading = make_workspace (fixture, "work.isms");
  g_autofree char *capture = test_dir_path (fixture, "capture");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;
  int fd = g_open (capture, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0644);
  g_autofree char *by_fd = g_strdup_printf ("/dev/fd/%d", fd);
  g_autofree char *by_proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  g_assert_cmpint (write (fd, "prefix|", 7), ==, 7);
  g_assert_cmpint (g_stat (capture, &before), ==, 0);
  g_assert_true (attest_output_write_file (by_fd, reading, 0, "one|", -1, &error));
  g_assert_no_error (error);
  g_assert_true (attest_output_write_file (by_proc, reading, 0, "two", -1, &error));
  g_assert_no_error (error);
  close (fd);
  g_assert_cmpint (g_stat (capture, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_cmpuint (after.st_mode & 0777, ==, 0644);
  text = read_text (capture);
  g_assert_cmpstr (text, ==, "prefix|one|two");

  /* The workspace open on a descriptor is still the workspace. */
  fd = g_open (reading, O_RDONLY, 0);
  {
    g_autofree char *digest = test_file_digest (reading);
    g_autofree char *now = NULL;
    g_autofree char *name = g_strdup_printf ("/dev/fd/%d", fd);

    g_assert_false (attest_output_write_file (name, reading, ATTEST_OUTPUT_FORCE, "x", -1, &error));
    assert_refused (error, ATTEST_ERROR_SAME_FILE, name);
    g_clear_error (&error);
    now = test_file_digest (reading);
    g_assert_cmpstr (now, ==, digest);
  }
  close (fd);
  /* A descriptor that is not open. */
  g_assert_false (attest_output_write_file ("/dev/fd/987", reading, 0, "x", -1, &error));
  assert_refused (error, ATTEST_ERROR_IO, "/dev/fd/987");
  g_clear_error (&error);
  /* A workspace is a file of its own. */
  g_assert_null (attest_output_open ("-", NULL, ATTEST_OUTPUT_CREATE, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (attest_output_open ("/dev/stdout", NULL, ATTEST_OUTPUT_CREATE, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  assert_no_leftovers (fixture);
}

/* A workspace whose first bytes were damaged is still taken for one by its
 * name; and the workspace's journal is never an output. */
static void
test_damaged_workspace_and_journal (TestDir       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *reading = make_workspace (fixture, "work.isms");
  g_autofree char *damaged = make_workspace (fixture, "damaged.isms");
  g_autofree char *journal = test_dir_path (fixture, "work.isms-journal");
  g_autofree char *digest = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_open (damaged, O_WRONLY, 0);

  g_assert_cmpint (write (fd, "XXXX", 4), ==, 4);
  close (fd);
  digest = test_file_digest (damaged);
  g_assert_false (attest_output_write_file (damaged, reading, 0, "export", -1, &error));
  assert_refused (error, ATTEST_ERROR_IS_WORKSPACE, damaged);
  g_clear_error (&error);
  now = test_file_digest (damaged);
  g_assert_cmpstr (now, ==, digest);

  g_assert_false (attest_output_write_file (journal, reading, ATTEST_OUTPUT_FORCE, "export", -1, &error));
  assert_refused (error, ATTEST_ERROR_SAME_FILE, journal);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  assert_no_leftovers (fixture);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/output/new-file", test_new_file);
  ADD ("/output/replaces-a-file", test_replaces_a_file);
  ADD ("/output/same-file", test_same_file);
  ADD ("/output/other-workspace", test_other_workspace);
  ADD ("/output/fifo", test_fifo);
  ADD ("/output/char-device", test_char_device);
  ADD ("/output/refused-kinds", test_refused_kinds);
  ADD ("/output/symlink", test_symlink);
  ADD ("/output/stdout", test_stdout);
  ADD ("/output/create", test_create);
  ADD ("/output/checked-again", test_checked_again);
  ADD ("/output/descriptors", test_descriptors);
  ADD ("/output/damaged-workspace-and-journal", test_damaged_workspace_and_journal);
#undef ADD

  return g_test_run ();
}
