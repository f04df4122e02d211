/* attest-store-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest-error.h"
#include "attest-store-private.h"

/* The checks of a file before and as SQLite reads it: that it is an
 * Attest file, every page undamaged, and no change left unfinished. */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file before SQLite does, so that a file that is not ours, is
 * empty or is truncated gets a precise message and is never written to. */
gboolean
_attest_store_check_file (const char  *path,
                          const char  *name,
                          gboolean    *writable,
                          char       **read_only_reason,
                          GError     **error)
{
  GStatBuf st;
  guint8 header[100];
  gssize n;
  int fd;
  guint32 page_size, page_count;
  g_autofree char *dir = NULL;

  if (g_lstat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                     _("“%s” does not exist."), name);
      else
        g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                     _("“%s” cannot be opened: %s."), name, g_strerror (saved));
      return FALSE;
    }
  if (S_ISLNK (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is a symbolic link. Open the file it points to instead."), name);
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is a folder, not an Attest workspace."), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is not a regular file, so it cannot be an Attest workspace."), name);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   saved == EACCES ? _("You do not have permission to read “%s”.")
                                   : _("“%s” cannot be opened."),
                   name);
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (st.st_size == 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is empty, so it is not an Attest workspace."), name);
      return FALSE;
    }
  if (n < 16 || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is not an Attest workspace."), name);
      return FALSE;
    }
  if (n < (gssize) sizeof header)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("“%s” is truncated: most of it is missing. Restore it from a backup."), name);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);
  if (page_size < 512 || (page_size & (page_size - 1)) != 0
      || st.st_size % page_size != 0
      || (read_be32 (header + 24) == read_be32 (header + 92)
          && (guint64) st.st_size < (guint64) page_count * page_size))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("“%s” is truncated: part of it is missing. Restore it from a backup."), name);
      return FALSE;
    }
  if (read_be32 (header + 68) != ATTEST_APPLICATION_ID)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_ATTEST,
                   _("“%s” is a database of another program, not an Attest workspace."), name);
      return FALSE;
    }

  /* The owner's write bit, and not only access(), because root may write
   * anything: a file its owner marked read-only stays read-only. The folder
   * must be writable too, for SQLite's journal. */
  dir = g_path_get_dirname (path);
  if ((st.st_mode & S_IWUSR) == 0 || access (path, W_OK) != 0)
    {
      *writable = FALSE;
      *read_only_reason = g_strdup_printf (_("“%s” is read-only, so it is open for reading only."), name);
    }
  else if (access (dir, W_OK) != 0)
    {
      *writable = FALSE;
      *read_only_reason = g_strdup_printf (_("The folder of “%s” is read-only, so it is open for reading only."), name);
    }
  else
    *writable = TRUE;

  return TRUE;
}

void
_attest_store_set_damaged (AttestStore  *self,
                           GError      **error)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
               _("“%s” is damaged and cannot be read. Restore it from a backup."),
               self->display_name);
}

gboolean
_attest_store_quick_check (AttestStore  *self,
                           GError      **error)
{
  sqlite3_stmt *stmt = _attest_store_prepare (self, "PRAGMA quick_check", error);
  int rc;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_reset (stmt);
  if (!ok)
    {
      _attest_store_set_damaged (self, error);
      return FALSE;
    }
  return TRUE;
}

/* A writer stopped in the middle of a change (killed, a power cut) leaves
 * a rollback journal that SQLite calls hot: the file may be read only once
 * the change is undone, which writes it. A reading command undoes it, if
 * no running Attest holds the file (it would be that Attest's to finish),
 * and says so. */
gboolean
_attest_store_undo_unfinished_change (AttestStore      *self,
                                      AttestOpenFlags   flags,
                                      gboolean          writable,
                                      GError          **error)
{
  g_autoptr(AttestLockHolder) holder = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_READONLY_ROLLBACK)
    return TRUE;

  holder = _attest_store_read_lock_holder_as_is (self->path);
  if (holder != NULL && holder->alive && !(flags & ATTEST_OPEN_TAKE_OVER))
    {
      g_autofree char *when = _attest_store_format_local_time (holder->since);

      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE,
                   _("“%s” has a change not yet finished by Attest on %s (process %lld), which holds it since %s; it was left as it is. Try again once that Attest has closed it, or take it over if it is no longer running."),
                   self->display_name, holder->host, (long long) holder->pid, when);
      return FALSE;
    }
  if (!writable)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” has a change left unfinished by a program that stopped, and undoing it needs write access to the file and its folder."),
                   self->display_name);
      return FALSE;
    }

  /* A connection that may write undoes the change as it first reads. */
  sqlite3_close_v2 (self->db);
  self->db = NULL;
  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 2000);
      rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
    }
  sqlite3_close_v2 (db);
  if (rc != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  self->journal_notice = g_strdup_printf (_("“%s” had a change left unfinished by a program that stopped; it was undone, so the file is as it was last saved."),
                                          self->display_name);
  return _attest_store_connect (self, TRUE, error);
}

/**
 * attest_store_check_pages:
 * @path: an .isms file that attest_store_open() opened with
 *   %ATTEST_OPEN_CHECK_LATER
 * @error: return location for an error
 *
 * The check of every page of the file (SQLite's quick_check) that
 * attest_store_open() makes, on a read-only connection of its own, so that
 * it may run in another thread while the caller goes on: a window is built
 * meanwhile, and shown only if the file passes. Uses no store.
 *
 * Returns: %TRUE if the file is undamaged
 */
gboolean
attest_store_check_pages (const char  *path,
                          GError     **error)
{
  g_autoptr(AttestStore) self = _attest_store_new (path);
  gboolean ok;

  ok = _attest_store_connect (self, TRUE, error) && _attest_store_quick_check (self, error);
  attest_store_close (self);
  return ok;
}
