/* attest-store-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include <errno.h>
#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <string.h>

#include "attest-error.h"
#include "attest-store-private.h"

/* Copies of the file: the backup before a migration, Save a Copy As, and
 * the permissions of the file. */

char *
_attest_store_backup_path_for (const char *path,
                               guint       version)
{
  g_autofree char *stem = g_str_has_suffix (path, ".isms")
                          ? g_strndup (path, strlen (path) - strlen (".isms"))
                          : g_strdup (path);

  for (guint i = 1; ; i++)
    {
      g_autofree char *candidate = i == 1
        ? g_strdup_printf ("%s.schema-%u-backup.isms", stem, version)
        : g_strdup_printf ("%s.schema-%u-backup-%u.isms", stem, version, i);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&candidate);
    }
}

/* Permissions */

/**
 * attest_store_is_readable_by_others:
 * @self: a store
 * @mode: (out) (optional): the file's permission bits, such as 0644
 *
 * Attest creates files private (0600), but a file copied in from elsewhere,
 * unpacked from an archive or written by another tool may be readable by
 * the group or by everyone: the GUI and `attest-cli info` warn about it.
 *
 * Returns: whether users other than the owner may read the file
 */
gboolean
attest_store_is_readable_by_others (AttestStore *self,
                                    guint       *mode)
{
  GStatBuf st;

  if (g_stat (self->path, &st) != 0)
    return FALSE;
  if (mode != NULL)
    *mode = st.st_mode & 07777;
  return (st.st_mode & (S_IRGRP | S_IROTH)) != 0;
}

/**
 * attest_store_make_private:
 * @self: a store
 * @error: return location for an error
 *
 * Takes every permission away from the group and others (0644 becomes 0600),
 * leaving the owner's as they are.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_make_private (AttestStore  *self,
                           GError      **error)
{
  GStatBuf st;

  if (g_stat (self->path, &st) != 0 || g_chmod (self->path, st.st_mode & 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("Could not make “%s” private: %s. Only its owner can change who may read it."),
                   self->display_name, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Copies */

/**
 * attest_store_copy_to:
 * @self: a store
 * @path: where to write the copy; never the store's own file
 * @flags: how to treat what @path already is (see attest_output_open())
 * @error: return location for an error
 *
 * Writes a consistent copy of the whole file with SQLite's backup API, as a
 * private (0600) file that carries no editing lock. The copy is written
 * to a temporary file and put in place only when complete.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_copy_to (AttestStore        *self,
                      const char         *path,
                      AttestOutputFlags   flags,
                      GError            **error)
{
  g_autoptr(AttestOutput) output = attest_output_open (path, self->path, flags, error);
  const char *target_name;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  if (output == NULL)
    return FALSE;
  target_name = attest_output_get_display_name (output);
  rc = sqlite3_open_v2 (attest_output_get_temp_path (output), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup);
        }
      else
        rc = sqlite3_errcode (dest);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; DELETE FROM lock", NULL, NULL, NULL);
  sqlite3_close_v2 (dest);

  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_FULL)
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("The disk is full, so “%s” was not written. Free some space and try again."),
                     target_name);
      else
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("“%s” could not be written: %s."), target_name, sqlite3_errstr (rc));
      return FALSE;
    }
  return attest_output_commit (output, error);
}
