/* attest-store-private.h: what the files of the store share, and what tests may reach inside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "attest-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Shared by the files of the store (attest-store.c and attest-store-*.c),
 * one class split by concern; nothing else uses what follows. */

struct _AttestStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  char        *display_name;
  char        *read_only_reason;
  char        *backup_path;
  char        *lock_token;
  GHashTable  *statements;     /* SQL text -> sqlite3_stmt */
  char        *history_head;
  gint64       history_count;
  char        *head_at_begin;    /* the chain as the transaction found it */
  gint64       count_at_begin;
  gint64       changes_at_begin;
  char        *lock_notice;      /* a lock taken over, said once opened */
  char        *journal_notice;   /* an unfinished change undone */
  guint        schema_version;
  guint        migrated_from;
  guint        depth;
  gboolean     failed;
  gboolean     read_only;
  gboolean     holds_lock;
  gboolean     reading;        /* a read transaction of attest_store_begin_read() */
};

/* attest-store-statements.c */
void                _attest_store_bind_field (sqlite3_stmt      *stmt,
                                              int                index,
                                              AttestRecord      *record,
                                              const AttestField *field);
void                _attest_store_bind_text (sqlite3_stmt *stmt,
                                             int           index,
                                             const char   *text);
const char         *_attest_store_column_type (GParamSpec *pspec);
gboolean            _attest_store_column_value (AttestStore        *self,
                                                sqlite3_stmt       *stmt,
                                                int                 column,
                                                const AttestField  *field,
                                                GValue             *value,
                                                GError            **error);
gboolean            _attest_store_exec (AttestStore  *self,
                                        const char   *sql,
                                        GError      **error);
sqlite3_stmt       *_attest_store_prepare (AttestStore  *self,
                                           const char   *sql,
                                           GError      **error);
gint64              _attest_store_query_int (AttestStore  *self,
                                             const char   *sql,
                                             gboolean     *ok,
                                             GError      **error);
void                _attest_store_set_sqlite_error (AttestStore  *self,
                                                    int           rc,
                                                    GError      **error);
gboolean            _attest_store_step_done (AttestStore   *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);

/* attest-store.c */
gboolean            _attest_store_connect (AttestStore  *self,
                                           gboolean      read_only,
                                           GError      **error);
AttestStore        *_attest_store_new (const char *path);

/* attest-store-schema.c */
void                _attest_store_append_column (GString    *sql,
                                                 const char *property);
guint               _attest_store_current_schema_version (void);
gboolean            _attest_store_migrate (AttestStore  *self,
                                           GError      **error);

/* attest-store-file.c */
gboolean            _attest_store_check_file (const char  *path,
                                              const char  *name,
                                              gboolean    *writable,
                                              char       **read_only_reason,
                                              GError     **error);
gboolean            _attest_store_quick_check (AttestStore  *self,
                                               GError      **error);
void                _attest_store_set_damaged (AttestStore  *self,
                                               GError      **error);
gboolean            _attest_store_undo_unfinished_change (AttestStore      *self,
                                                          AttestOpenFlags   flags,
                                                          gboolean          writable,
                                                          GError          **error);

/* attest-store-lock.c */
char               *_attest_store_format_local_time (gint64 usec);
gboolean            _attest_store_lock_is_free (AttestStore      *self,
                                                AttestOpenFlags   flags,
                                                GError          **error);
AttestLockHolder   *_attest_store_read_lock_holder_as_is (const char *path);
gboolean            _attest_store_take_lock (AttestStore      *self,
                                             AttestOpenFlags   flags,
                                             GError          **error);

/* attest-store-history.c */
gboolean            _attest_store_append_history (AttestStore  *self,
                                                  gint64        time,
                                                  const char   *action,
                                                  const char   *kind,
                                                  const char   *record_id,
                                                  const char   *field,
                                                  const char   *old_value,
                                                  const char   *new_value,
                                                  GError      **error);
gboolean            _attest_store_check_record_text (AttestStore   *self,
                                                     AttestRecord  *record,
                                                     GError       **error);
gboolean            _attest_store_check_text (AttestStore  *self,
                                              const char   *kind,
                                              const char   *field,
                                              const char   *text,
                                              GError      **error);
gboolean            _attest_store_load_history_head (AttestStore  *self,
                                                     GError      **error);

/* attest-store-records.c */
gboolean            _attest_store_require_transaction (AttestStore  *self,
                                                       GError      **error);

/* attest-store-backup.c */
char               *_attest_store_backup_path_for (const char *path,
                                                   guint       version);

/**
 * AttestMigrationFunc:
 *
 * One extra step of a migration, run inside its transaction after the
 * generic steps (tables of kinds and fields added in that version).
 */
typedef gboolean (*AttestMigrationFunc) (AttestStore  *store,
                                         GError      **error);

/* Tests use this to exercise the migration machinery (backup, transaction,
 * refusal of failed steps) with schema versions that are not released. */
void     _attest_store_set_test_migration (guint                version,
                                           AttestMigrationFunc  func);
gboolean _attest_store_exec_for_testing   (AttestStore         *self,
                                           const char          *sql,
                                           GError             **error);

G_END_DECLS
