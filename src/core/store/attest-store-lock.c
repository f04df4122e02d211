/* attest-store-lock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include <errno.h>
#include "attest-i18n.h"
#include <signal.h>
#include <unistd.h>

#include "attest-error.h"
#include "attest-store-private.h"

/* The editing lock: who holds a file, on which host and in which process
 * since when, and taking it from a process that is no longer running. */

void
attest_lock_holder_free (AttestLockHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->host);
  g_free (holder);
}

static gboolean
process_alive (gint64 pid)
{
  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno != ESRCH;
}

/**
 * attest_store_dup_lock_holder:
 * @self: a store
 *
 * Returns: (transfer full) (nullable): who holds the file's lock, other than
 *   this store, or %NULL if nobody does
 */
AttestLockHolder *
attest_store_dup_lock_holder (AttestStore *self)
{
  sqlite3_stmt *stmt = _attest_store_prepare (self, "SELECT host, pid, since, token FROM lock WHERE id = 1", NULL);
  AttestLockHolder *holder = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW
      && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), self->lock_token) != 0)
    {
      holder = g_new0 (AttestLockHolder, 1);
      holder->host = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      holder->pid = sqlite3_column_int64 (stmt, 1);
      holder->since = sqlite3_column_int64 (stmt, 2);
      holder->alive = g_strcmp0 (holder->host, g_get_host_name ()) != 0
                      || process_alive (holder->pid);
    }
  sqlite3_reset (stmt);
  return holder;
}

char *
_attest_store_format_local_time (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  /* TRANSLATORS: when another Attest took a file, "2026-11-28 07:29" (local
   * time), as g_date_time_format() writes it (strftime's directives) */
  return local ? g_date_time_format (local, _("%Y-%m-%d %H:%M")) : g_strdup ("?");
}

/* Whether this process may take the editing lock: nobody holds it, its
 * holder on this host is no longer running, or the user takes it over.
 * Reads only; says who it was taken from. */
gboolean
_attest_store_lock_is_free (AttestStore      *self,
                            AttestOpenFlags   flags,
                            GError          **error)
{
  g_autoptr(AttestLockHolder) holder = attest_store_dup_lock_holder (self);
  g_autofree char *when = NULL;

  g_clear_pointer (&self->lock_notice, g_free);
  if (holder == NULL)
    return TRUE;
  when = _attest_store_format_local_time (holder->since);
  if (!holder->alive)
    {
      self->lock_notice = g_strdup_printf (_("“%s” was left open by Attest on %s (process %lld) since %s, which is no longer running; it was taken over."),
                                           self->display_name, holder->host, (long long) holder->pid, when);
      return TRUE;
    }
  if (flags & ATTEST_OPEN_TAKE_OVER)
    {
      self->lock_notice = g_strdup_printf (_("“%s” was taken over from Attest on %s (process %lld), which held it since %s."),
                                           self->display_name, holder->host, (long long) holder->pid, when);
      return TRUE;
    }
  if (g_strcmp0 (holder->host, g_get_host_name ()) != 0)
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE,
                 _("“%s” is in use by Attest on %s (process %lld) since %s. Open it read-only, or take it over if that Attest is no longer running."),
                 self->display_name, holder->host, (long long) holder->pid, when);
  else
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE,
                 _("“%s” is in use by Attest on %s, this computer (process %lld) since %s. Open it read-only, or close it there first."),
                 self->display_name, holder->host, (long long) holder->pid, when);
  return FALSE;
}

gboolean
_attest_store_take_lock (AttestStore      *self,
                         AttestOpenFlags   flags,
                         GError          **error)
{
  sqlite3_stmt *stmt;

  if (!attest_store_begin (self, error))
    return FALSE;
  if (!_attest_store_lock_is_free (self, flags, error))
    {
      attest_store_rollback (self);
      return FALSE;
    }

  stmt = _attest_store_prepare (self, "INSERT OR REPLACE INTO lock (id, host, pid, since, token) VALUES (1, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      attest_store_rollback (self);
      return FALSE;
    }
  _attest_store_bind_text (stmt, 1, g_get_host_name ());
  sqlite3_bind_int64 (stmt, 2, getpid ());
  /* The lock tells who holds the file in the real world, since when: the
   * system's clock, not the ISMS's (a demo replaying the past, a test). */
  sqlite3_bind_int64 (stmt, 3, g_get_real_time ());
  _attest_store_bind_text (stmt, 4, self->lock_token);
  if (!_attest_store_step_done (self, stmt, error))
    {
      attest_store_rollback (self);
      return FALSE;
    }
  if (!attest_store_commit (self, error))
    return FALSE;
  self->holds_lock = TRUE;
  return TRUE;
}

/**
 * attest_store_take_lock:
 * @self: a store opened with %ATTEST_OPEN_LOCK_LATER
 * @flags: %ATTEST_OPEN_TAKE_OVER to take it from another Attest
 * @error: return location for an error
 *
 * Takes the editing lock once the caller has read the file: a file that
 * turns out unreadable is refused without a byte of it changed.
 *
 * Returns: %TRUE if this store may edit now
 */
gboolean
attest_store_take_lock (AttestStore      *self,
                        AttestOpenFlags   flags,
                        GError          **error)
{
  g_return_val_if_fail (ATTEST_IS_STORE (self), FALSE);

  if (self->read_only || self->holds_lock)
    return TRUE;
  return _attest_store_take_lock (self, flags, error);
}

/* Who holds the lock, read from the file as it is on disk, ignoring the
 * rollback journal beside it (SQLite's immutable mode): a read-only
 * connection cannot read the file at all while that journal is there. */
AttestLockHolder *
_attest_store_read_lock_holder_as_is (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *immutable = uri ? g_strconcat (uri, "?immutable=1", NULL) : NULL;
  sqlite3 *db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  AttestLockHolder *holder = NULL;

  if (immutable == NULL
      || sqlite3_open_v2 (immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (db, "SELECT host, pid, since FROM lock WHERE id = 1", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      return NULL;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      holder = g_new0 (AttestLockHolder, 1);
      holder->host = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      holder->pid = sqlite3_column_int64 (stmt, 1);
      holder->since = sqlite3_column_int64 (stmt, 2);
      holder->alive = g_strcmp0 (holder->host, g_get_host_name ()) != 0 || process_alive (holder->pid);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_close_v2 (db);
  return holder;
}
