/* test-io-errors.c: a full disk and failing writes, stepped through.
 *
 * A SQLite VFS shim, made the default in this process so Attest's store
 * uses it, passes everything to the real VFS but fails writes once armed:
 * a full disk refuses, from the Nth write on, every write that would make
 * a file longer (overwriting in place still works, as on a real full
 * disk); a failing disk fails the Nth write, sync or truncate with an I/O
 * error. For N stepped through a range, Attest opens the workspace and
 * makes edits; each either succeeds or fails with a clear message and is
 * then not in the file (a field shows what is stored again). When the disk
 * is back, the file passes SQLite's integrity check, holds everything that
 * was saved before, the edits that succeeded, none that failed, its
 * history verifies, and work goes on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "attest.h"
#include "attest-test-util.h"

/* The shim */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static int fail_after = -1;     /* writes before the failure; -1: never */
static int fail_code = SQLITE_FULL;
static int n_writes;

/* Whether the operation about to happen fails: for a full disk, every one
 * from the Nth that grows the file; for I/O errors, the Nth alone. */
static gboolean
fails_now (sqlite3_file *real,
           sqlite3_int64 end)
{
  int n = n_writes++;
  sqlite3_int64 size = 0;

  if (fail_after < 0 || n < fail_after)
    return FALSE;
  if (fail_code != SQLITE_FULL)
    return n == fail_after;
  if (end < 0)
    return FALSE;   /* syncs and truncations need no space */
  real->pMethods->xFileSize (real, &size);
  return end > size;
}

static int
shim_close (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;
  int rc = shim->real->pMethods ? shim->real->pMethods->xClose (shim->real) : SQLITE_OK;

  return rc;
}

static int
shim_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xRead (shim->real, buffer, amount, offset);
}

static int
shim_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  ShimFile *shim = (ShimFile *) file;

  if (fails_now (shim->real, offset + amount))
    return fail_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return shim->real->pMethods->xWrite (shim->real, buffer, amount, offset);
}

static int
shim_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  ShimFile *shim = (ShimFile *) file;

  if (fails_now (shim->real, -1))
    return SQLITE_IOERR_TRUNCATE;
  return shim->real->pMethods->xTruncate (shim->real, size);
}

static int
shim_sync (sqlite3_file *file, int flags)
{
  ShimFile *shim = (ShimFile *) file;

  if (fails_now (shim->real, -1))
    return SQLITE_IOERR_FSYNC;
  return shim->real->pMethods->xSync (shim->real, flags);
}

static int
shim_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xFileSize (shim->real, size);
}

static int
shim_lock (sqlite3_file *file, int level)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xLock (shim->real, level);
}

static int
shim_unlock (sqlite3_file *file, int level)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xUnlock (shim->real, level);
}

static int
shim_check_reserved_lock (sqlite3_file *file, int *out)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xCheckReservedLock (shim->real, out);
}

static int
shim_file_control (sqlite3_file *file, int op, void *arg)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xFileControl (shim->real, op, arg);
}

static int
shim_sector_size (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xSectorSize (shim->real);
}

static int
shim_device_characteristics (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;

  return shim->real->pMethods->xDeviceCharacteristics (shim->real);
}

static const sqlite3_io_methods shim_methods = {
  1,
  shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size,
  shim_lock, shim_unlock, shim_check_reserved_lock, shim_file_control,
  shim_sector_size, shim_device_characteristics,
  NULL, NULL, NULL, NULL, NULL, NULL,
};

static int
shim_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  shim->real = (sqlite3_file *) (shim + 1);
  memset (shim->real, 0, real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  file->pMethods = rc == SQLITE_OK ? &shim_methods : NULL;
  return rc;
}

static int
shim_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
shim_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
shim_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static int
shim_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
shim_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
shim_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
shim_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError ? real_vfs->xGetLastError (real_vfs, n, out) : 0;
}

static int
shim_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static void
install_shim (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  shim_vfs.iVersion = 2;
  shim_vfs.szOsFile = sizeof (ShimFile) + real_vfs->szOsFile;
  shim_vfs.mxPathname = real_vfs->mxPathname;
  shim_vfs.zName = "attest-test-shim";
  shim_vfs.xOpen = shim_open;
  shim_vfs.xDelete = shim_delete;
  shim_vfs.xAccess = shim_access;
  shim_vfs.xFullPathname = shim_full_pathname;
  shim_vfs.xRandomness = shim_randomness;
  shim_vfs.xSleep = shim_sleep;
  shim_vfs.xCurrentTime = shim_current_time;
  shim_vfs.xGetLastError = shim_get_last_error;
  shim_vfs.xCurrentTimeInt64 = shim_current_time_int64;
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

/* The test */


static void
assert_clear (const GError *error,
              const char   *name)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == ATTEST_ERROR);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_null (strchr (error->message, '\n'));
}

static void
on_write_failed_cb (AttestWorkspace *workspace,
                    const GError    *error,
                    GError         **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

static void
run_failures (TestDir *fixture,
              int      code)
{
  g_autofree char *path = test_dir_path (fixture, "io.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) saved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *size = g_strdup ("");
  guint failures = 0, successes = 0;
  AttestWorkspace *created;

  g_unlink (path);
  created = attest_workspace_create (path, "Disk Ltd", &error);
  g_assert_no_error (error);
  g_object_unref (created);

  for (int n = 0; n < 60; n++)
    {
      g_autoptr(AttestWorkspace) workspace = NULL;
      g_autofree char *title = g_strdup_printf ("edit %d", n);
      g_autofree char *new_size = g_strdup_printf ("%d people", n);
      g_autoptr(GError) failed = NULL;
      AttestRecord *org;
      gboolean added;

      n_writes = 0;
      fail_code = code;
      fail_after = n;
      workspace = attest_workspace_open (path, ATTEST_OPEN_TAKE_OVER, &error);
      if (workspace == NULL)
        {
          /* Taking the lock is the first write: refused clearly. */
          assert_clear (error, "io.isms");
          g_clear_error (&error);
          fail_after = -1;
          failures++;
          continue;
        }
      g_signal_connect (workspace, "write-failed", G_CALLBACK (on_write_failed_cb), &failed);

      /* A new record. */
      {
        g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", title, NULL);

        added = attest_workspace_add (workspace, issue, &error);
        if (added)
          {
            g_hash_table_add (saved, g_strdup (title));
            successes++;
          }
        else
          {
            assert_clear (error, "io.isms");
            g_clear_error (&error);
            failures++;
          }
      }

      /* A field typed into a form: saved, or shown back as stored. */
      org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
      g_object_set (org, "size", new_size, NULL);
      if (failed == NULL)
        {
          g_assert_cmpstr (attest_record_get_string (org, "size"), ==, new_size);
          g_free (size);
          size = g_strdup (new_size);
        }
      else
        {
          assert_clear (failed, "io.isms");
          g_assert_cmpstr (attest_record_get_string (org, "size"), ==, size);
        }

      /* The disk is back. */
      fail_after = -1;
      g_clear_object (&workspace);

      {
        g_autofree char *check = test_sqlite_integrity (path);
        g_autoptr(AttestWorkspace) reopened = attest_workspace_open (path, ATTEST_OPEN_TAKE_OVER, &error);
        GListModel *issues;
        g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        GHashTableIter iter;
        gpointer key;
        gint64 rows;

        g_assert_cmpstr (check, ==, "ok");
        g_assert_no_error (error);
        g_assert_nonnull (reopened);
        issues = attest_workspace_get_records (reopened, ATTEST_TYPE_CONTEXT_ISSUE);
        for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
          {
            g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);

            g_hash_table_add (present, g_strdup (attest_record_get_string (issue, "title")));
          }
        g_assert_cmpuint (g_hash_table_size (present), ==, g_hash_table_size (saved));
        g_hash_table_iter_init (&iter, saved);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_assert_true (g_hash_table_contains (present, key));
        g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (reopened, ATTEST_TYPE_ORGANISATION),
                                                   "size"), ==, size);
        g_assert_true (attest_history_verify (attest_workspace_get_store (reopened), &rows, &error));
        g_assert_no_error (error);
      }
    }
  g_test_message ("%s: %u edits saved, %u refused", code == SQLITE_FULL ? "disk full" : "I/O error",
                  successes, failures);
  g_assert_cmpuint (successes, >, 0);
  g_assert_cmpuint (failures, >, 0);
}

static void
test_disk_full (TestDir       *fixture,
                gconstpointer  data)
{
  run_failures (fixture, SQLITE_FULL);
}

static void
test_io_error (TestDir       *fixture,
               gconstpointer  data)
{
  run_failures (fixture, SQLITE_IOERR);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  install_shim ();
  g_test_add ("/io/disk-full", TestDir, NULL, test_dir_setup, test_disk_full, test_dir_teardown);
  g_test_add ("/io/io-error", TestDir, NULL, test_dir_setup, test_io_error, test_dir_teardown);
  return g_test_run ();
}
