/* attest-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest-error.h"
#include "attest-store-private.h"

/* The store is the only place that knows SQL. Every statement is prepared and
 * bound. Table and column names come from the record kinds' declarations,
 * which attest_record_class_declare() checks to be plain [a-z0-9_]
 * identifiers; they are the one thing spliced into SQL text, because SQL
 * cannot bind identifiers. No value is ever spliced.
 *
 * The store is one class in files by concern: this one opens, creates and
 * closes a file and runs its transactions; attest-store-statements.c
 * prepares and runs statements and tells SQLite's errors as sentences;
 * attest-store-schema.c creates the tables and migrates older schemas;
 * attest-store-file.c checks a file before and as SQLite reads it;
 * attest-store-lock.c holds the editing lock; attest-store-history.c
 * appends and reads the history rows; attest-store-records.c reads and
 * writes records and links; attest-store-backup.c copies the file. What
 * they share is in attest-store-private.h. */

G_DEFINE_FINAL_TYPE (AttestStore, attest_store, G_TYPE_OBJECT)

enum { COMMITTED, N_STORE_SIGNALS };
static guint store_signals[N_STORE_SIGNALS];

/* Transactions: every user edit and every bulk change is one BEGIN IMMEDIATE
 * ... COMMIT. Nested begin/commit pairs join the outer transaction; a
 * rollback anywhere makes the whole of it roll back. */

gboolean
attest_store_begin (AttestStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (ATTEST_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so it cannot be changed."), self->display_name);
      return FALSE;
    }
  if (self->reading)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_LOADING,
                   _("“%s” is still being read; it can be changed once it is loaded."), self->display_name);
      return FALSE;
    }
  if (self->depth == 0)
    {
      if (!_attest_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->failed = FALSE;
      g_free (self->head_at_begin);
      self->head_at_begin = g_strdup (self->history_head);
      self->count_at_begin = self->history_count;
      self->changes_at_begin = sqlite3_total_changes64 (self->db);
    }
  self->depth++;
  return TRUE;
}

static void
really_rollback (AttestStore *self)
{
  /* ROLLBACK can only fail if there is no transaction any more (SQLite
   * already rolled back after an I/O error); either way it is over. The
   * chain is as the transaction found it: restored from memory, since a
   * disk that just failed may not be read either. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->failed = FALSE;
  if (self->head_at_begin != NULL)
    {
      g_free (self->history_head);
      self->history_head = g_steal_pointer (&self->head_at_begin);
      self->history_count = self->count_at_begin;
    }
}

gboolean
attest_store_commit (AttestStore  *self,
                     GError      **error)
{
  g_return_val_if_fail (ATTEST_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  self->depth--;
  if (self->depth > 0)
    return !self->failed;

  if (self->failed)
    {
      really_rollback (self);
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED,
                   _("The change to “%s” was not saved because part of it failed."),
                   self->display_name);
      return FALSE;
    }
  /* Where tests stop a writer in the middle of writing a change, as a
   * power cut would: the journal complete, part of the change in the file. */
  if (sqlite3_total_changes64 (self->db) != self->changes_at_begin
      && _attest_test_point_reached ("store-commit"))
    {
      sqlite3_db_cacheflush (self->db);
      raise (SIGKILL);
    }
  if (!_attest_store_exec (self, "COMMIT", error))
    {
      really_rollback (self);
      return FALSE;
    }
  g_signal_emit (self, store_signals[COMMITTED], 0);
  return TRUE;
}

void
attest_store_rollback (AttestStore *self)
{
  g_return_if_fail (ATTEST_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  self->depth--;
  if (self->depth > 0)
    {
      self->failed = TRUE;
      return;
    }
  really_rollback (self);
}

gboolean
attest_store_in_transaction (AttestStore *self)
{
  return self->depth > 0;
}

gboolean
_attest_store_connect (AttestStore  *self,
                       gboolean      read_only,
                       GError      **error)
{
  int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
  int rc;

  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_busy_timeout (self->db, 2000);

  if (sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK
      || sqlite3_exec (self->db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL) != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  if (!read_only
      && (sqlite3_exec (self->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (self->db, "PRAGMA synchronous = FULL", NULL, NULL, NULL) != SQLITE_OK))
    {
      _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

AttestStore *
_attest_store_new (const char *path)
{
  AttestStore *self = g_object_new (ATTEST_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  self->display_name = g_filename_display_basename (path);
  {
    g_autofree char *uuid = g_uuid_string_random ();

    /* The process id makes the token unique even between a process and its
     * fork, whose random generators are in the same state. */
    self->lock_token = g_strdup_printf ("%d-%s", (int) getpid (), uuid);
  }
  return self;
}

/**
 * attest_store_open:
 * @path: an existing .isms file
 * @flags: how to open it
 * @error: return location for an error
 *
 * Opens a workspace file: checks that it is an Attest file and undamaged,
 * refuses a newer schema, takes the editing lock, and migrates an older
 * schema after writing a backup copy beside it. A file that cannot be written
 * opens read-only; see attest_store_get_read_only_reason().
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
AttestStore *
attest_store_open (const char       *path,
                   AttestOpenFlags   flags,
                   GError          **error)
{
  g_autoptr(AttestStore) self = _attest_store_new (path);
  g_autofree char *reason = NULL;
  gboolean writable = FALSE, ok;
  gint64 version;

  if (!_attest_store_check_file (path, self->display_name, &writable, &reason, error))
    return NULL;

  self->read_only = (flags & ATTEST_OPEN_READ_ONLY) || !writable;
  if (!writable && !(flags & ATTEST_OPEN_READ_ONLY))
    self->read_only_reason = g_steal_pointer (&reason);

  if (!_attest_store_connect (self, self->read_only, error))
    return NULL;
  if (self->read_only && !_attest_store_undo_unfinished_change (self, flags, writable, error))
    return NULL;

  version = _attest_store_query_int (self, "PRAGMA user_version", &ok, error);
  if (!ok)
    return NULL;
  if (version > _attest_store_current_schema_version ())
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TOO_NEW,
                   _("“%s” was made by a newer Attest (schema %lld); this version reads up to schema %u. Update Attest to open it."),
                   self->display_name, (long long) version, _attest_store_current_schema_version ());
      return NULL;
    }
  if (version < 1)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("“%s” was never completely created. Create the workspace again."),
                   self->display_name);
      return NULL;
    }
  self->schema_version = (guint) version;

  /* A file to upgrade is written to at once: it is checked first. */
  if ((!(flags & ATTEST_OPEN_CHECK_LATER) || self->schema_version < _attest_store_current_schema_version ())
      && !_attest_store_quick_check (self, error))
    return NULL;

  if (self->schema_version < _attest_store_current_schema_version () && self->read_only)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” was made by an older Attest and must be upgraded, which needs write access. Open it for editing once to upgrade it."),
                   self->display_name);
      return NULL;
    }

  /* A file to migrate is locked at once (two Attests must not migrate it
   * together; a backup is made first); a current one when the caller says. */
  if (!self->read_only
      && ((flags & ATTEST_OPEN_LOCK_LATER) && self->schema_version >= _attest_store_current_schema_version ()
          ? !_attest_store_lock_is_free (self, flags, error) : !_attest_store_take_lock (self, flags, error)))
    return NULL;

  if (self->schema_version < _attest_store_current_schema_version ())
    {
      g_autofree char *backup = _attest_store_backup_path_for (path, self->schema_version);

      if (!attest_store_copy_to (self, backup, ATTEST_OUTPUT_CREATE, error))
        return NULL;
      self->backup_path = g_steal_pointer (&backup);
      self->migrated_from = self->schema_version;
      if (!_attest_store_migrate (self, error))
        return NULL;
    }

  if (!_attest_store_load_history_head (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * attest_store_create:
 * @path: where to create the file; it must not exist
 * @error: return location for an error
 *
 * Creates a new, empty workspace file, private to the user (0600), with the
 * current schema, and opens it for editing.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
AttestStore *
attest_store_create (const char  *path,
                     GError     **error)
{
  return attest_store_create_as (path, path, error);
}

/**
 * attest_store_create_as:
 * @path: where to create the file; it must not exist
 * @name_path: the file's name in messages
 * @error: return location for an error
 *
 * Creates a new workspace file at @path as attest_store_create() does, with
 * messages that name @name_path: a workspace is built in a temporary file
 * and moved to its name when complete.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
AttestStore *
attest_store_create_as (const char  *path,
                        const char  *name_path,
                        GError     **error)
{
  g_autoptr(AttestStore) self = _attest_store_new (path);
  int fd;

  g_free (self->display_name);
  self->display_name = g_filename_display_basename (name_path);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, ATTEST_ERROR, saved == EEXIST ? ATTEST_ERROR_EXISTS : ATTEST_ERROR_IO,
                   saved == EEXIST ? _("“%s” already exists. Choose another name.")
                                   : _("“%s” cannot be created: %s."),
                   self->display_name, g_strerror (saved));
      return NULL;
    }
  /* The umask may have taken bits away, never added them; make sure. */
  if (fchmod (fd, 0600) != 0)
    g_debug ("fchmod: %s", g_strerror (errno));
  close (fd);

  if (!_attest_store_connect (self, FALSE, error) || !_attest_store_migrate (self, error) || !_attest_store_take_lock (self, 0, error)
      || !_attest_store_load_history_head (self, error))
    {
      attest_store_close (self);
      g_unlink (path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * attest_store_dup_open_notice:
 * @self: a store
 *
 * What opening the file did that the user should hear of: a lock taken
 * over from an Attest that is no longer running, a change left unfinished
 * by a program that stopped, undone.
 *
 * Returns: (transfer full) (nullable): one or two sentences, or %NULL
 */
char *
attest_store_dup_open_notice (AttestStore *self)
{
  g_return_val_if_fail (ATTEST_IS_STORE (self), NULL);

  if (self->journal_notice != NULL && self->lock_notice != NULL)
    return g_strconcat (self->journal_notice, " ", self->lock_notice, NULL);
  return g_strdup (self->journal_notice != NULL ? self->journal_notice : self->lock_notice);
}

/**
 * attest_store_close:
 * @self: a store
 *
 * Releases the editing lock and closes the file. Safe to call twice.
 */
void
attest_store_close (AttestStore *self)
{
  g_return_if_fail (ATTEST_IS_STORE (self));

  if (self->db == NULL)
    return;

  while (self->depth > 0)
    attest_store_rollback (self);
  attest_store_end_read (self);

  if (self->holds_lock)
    {
      sqlite3_stmt *stmt = _attest_store_prepare (self, "DELETE FROM lock WHERE token = ?", NULL);

      if (stmt != NULL)
        {
          _attest_store_bind_text (stmt, 1, self->lock_token);
          if (!_attest_store_step_done (self, stmt, NULL))
            g_warning ("Could not release the lock of %s: %s", self->display_name, sqlite3_errmsg (self->db));
        }
      self->holds_lock = FALSE;
    }

  g_hash_table_remove_all (self->statements);
  sqlite3_close_v2 (self->db);
  self->db = NULL;
}

const char *
attest_store_get_path (AttestStore *self)
{
  return self->path;
}

const char *
attest_store_get_display_name (AttestStore *self)
{
  return self->display_name;
}

gboolean
attest_store_is_read_only (AttestStore *self)
{
  return self->read_only;
}

/**
 * attest_store_get_read_only_reason:
 * @self: a store
 *
 * Returns: (nullable): why a file asked to open for editing opened read-only
 */
const char *
attest_store_get_read_only_reason (AttestStore *self)
{
  return self->read_only_reason;
}

guint
attest_store_get_schema_version (AttestStore *self)
{
  return self->schema_version;
}

/**
 * attest_store_get_migrated_from:
 * @self: a store
 *
 * Returns: the schema the file had before this open upgraded it, or 0
 */
guint
attest_store_get_migrated_from (AttestStore *self)
{
  return self->migrated_from;
}

/**
 * attest_store_get_backup_path:
 * @self: a store
 *
 * Returns: (nullable): the copy written before an upgrade
 */
const char *
attest_store_get_backup_path (AttestStore *self)
{
  return self->backup_path;
}

/* Object */

static void
attest_store_finalize (GObject *object)
{
  AttestStore *self = ATTEST_STORE (object);

  attest_store_close (self);
  g_hash_table_unref (self->statements);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->read_only_reason);
  g_free (self->lock_notice);
  g_free (self->journal_notice);
  g_free (self->backup_path);
  g_free (self->lock_token);
  g_free (self->head_at_begin);
  g_free (self->history_head);

  G_OBJECT_CLASS (attest_store_parent_class)->finalize (object);
}

static void
attest_store_class_init (AttestStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = attest_store_finalize;

  /**
   * AttestStore::committed:
   *
   * A change is in the file: a record, a field, a link, anything. Views
   * that show what is computed from several records refresh on it.
   */
  store_signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
attest_store_init (AttestStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}
