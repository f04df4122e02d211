/* attest-store-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include "attest-i18n.h"

#include "attest-error.h"
#include "attest-store-private.h"

/* The rows of the hash-chained history, appended in the transaction of
 * the change they record, and read back for attest_history_verify(). */

gboolean
_attest_store_load_history_head (AttestStore  *self,
                                 GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _attest_store_prepare (self, "SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  g_clear_pointer (&self->history_head, g_free);
  if (rc == SQLITE_ROW)
    {
      self->history_count = sqlite3_column_int64 (stmt, 0);
      self->history_head = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  else if (rc == SQLITE_DONE)
    {
      self->history_count = 0;
      self->history_head = g_strdup (ATTEST_HISTORY_GENESIS);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (self->history_head == NULL)
    self->history_head = g_strdup (ATTEST_HISTORY_GENESIS);
  return TRUE;
}

/* History */

/* The last line against text that is not UTF-8: whichever way a value
 * came (an import, a paste, a future path), it is refused here, before it
 * reaches the file or the history chain. */
gboolean
_attest_store_check_text (AttestStore  *self,
                          const char   *kind,
                          const char   *field,
                          const char   *text,
                          GError      **error)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return TRUE;
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
               _("The field “%s” of a %s holds text that is not valid UTF-8, so it was not saved to “%s”."),
               field != NULL ? field : "?", kind, self->display_name);
  return FALSE;
}

gboolean
_attest_store_check_record_text (AttestStore   *self,
                                 AttestRecord  *record,
                                 GError       **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  const char *kind = attest_record_class_get_kind (klass);
  const AttestField *fields;
  guint n_fields;

  if (!_attest_store_check_text (self, kind, "id", attest_record_get_id (record), error))
    return FALSE;
  fields = attest_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *name = fields[i].pspec->name;
      GType type = fields[i].pspec->value_type;

      if (type == G_TYPE_STRING)
        {
          if (!_attest_store_check_text (self, kind, name, attest_record_get_string (record, name), error))
            return FALSE;
        }
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = attest_record_get_strv (record, name);

          for (guint j = 0; strv != NULL && strv[j] != NULL; j++)
            if (!_attest_store_check_text (self, kind, name, strv[j], error))
              return FALSE;
        }
    }
  return TRUE;
}

gboolean
_attest_store_append_history (AttestStore  *self,
                              gint64        time,
                              const char   *action,
                              const char   *kind,
                              const char   *record_id,
                              const char   *field,
                              const char   *old_value,
                              const char   *new_value,
                              GError      **error)
{
  AttestHistoryRow row = {
    .seq = self->history_count + 1,
    .time = time,
    .actor = g_get_user_name (),
    .action = action,
    .kind = kind,
    .record_id = record_id,
    .field = field,
    .old_value = old_value,
    .new_value = new_value,
  };
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;

  if (!_attest_store_check_text (self, kind, "id", record_id, error)
      || !_attest_store_check_text (self, kind, field, field, error)
      || !_attest_store_check_text (self, kind, field, old_value, error)
      || !_attest_store_check_text (self, kind, field, new_value, error))
    return FALSE;
  hash = attest_history_compute_hash (self->history_head, &row);

  stmt = _attest_store_prepare (self,
                                "INSERT INTO history (seq, time, actor, action, kind, record_id, field, old_value, new_value, hash) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row.seq);
  sqlite3_bind_int64 (stmt, 2, row.time);
  _attest_store_bind_text (stmt, 3, row.actor);
  _attest_store_bind_text (stmt, 4, action);
  _attest_store_bind_text (stmt, 5, kind);
  _attest_store_bind_text (stmt, 6, record_id);
  _attest_store_bind_text (stmt, 7, field);
  _attest_store_bind_text (stmt, 8, old_value);
  _attest_store_bind_text (stmt, 9, new_value);
  _attest_store_bind_text (stmt, 10, hash);
  if (!_attest_store_step_done (self, stmt, error))
    return FALSE;

  self->history_count = row.seq;
  g_free (self->history_head);
  self->history_head = g_steal_pointer (&hash);
  return TRUE;
}

/**
 * attest_store_append_event:
 * @self: a store, in a transaction
 * @action: what happened, e.g. "approve"
 * @kind: the kind of the record it concerns
 * @record_id: the record
 * @field: (nullable): a field
 * @old_value: (nullable): the value before
 * @new_value: (nullable): the value after, e.g. a snapshot
 * @error: return location for an error
 *
 * Appends an event that is not a field change, such as an approval.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_append_event (AttestStore  *self,
                           const char   *action,
                           const char   *kind,
                           const char   *record_id,
                           const char   *field,
                           const char   *old_value,
                           const char   *new_value,
                           GError      **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);
  return _attest_store_append_history (self, attest_now (), action, kind, record_id, field, old_value, new_value, error);
}

/* Calls @func for each row @stmt selects: seq, time, actor, action, kind,
 * record_id, field, old_value, new_value, hash, in that order. */
static gboolean
visit_rows (AttestStore        *self,
            sqlite3_stmt       *stmt,
            AttestHistoryFunc   func,
            gpointer            user_data,
            GError            **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AttestHistoryRow row = {
        .seq = sqlite3_column_int64 (stmt, 0),
        .time = sqlite3_column_int64 (stmt, 1),
        .actor = (const char *) sqlite3_column_text (stmt, 2),
        .action = (const char *) sqlite3_column_text (stmt, 3),
        .kind = (const char *) sqlite3_column_text (stmt, 4),
        .record_id = (const char *) sqlite3_column_text (stmt, 5),
        .field = (const char *) sqlite3_column_text (stmt, 6),
        .old_value = (const char *) sqlite3_column_text (stmt, 7),
        .new_value = (const char *) sqlite3_column_text (stmt, 8),
        .hash = (const char *) sqlite3_column_text (stmt, 9),
      };

      if (!func (&row, user_data, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * attest_store_foreach_history:
 * @self: a store
 * @func: called for every row, oldest first
 * @user_data: closure for @func
 * @error: return location for an error
 *
 * Returns: %TRUE if every row was visited
 */
gboolean
attest_store_foreach_history (AttestStore        *self,
                              AttestHistoryFunc   func,
                              gpointer            user_data,
                              GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* Not cached: a callback may call back into the store. */
  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT seq, time, actor, action, kind, record_id, field, old_value, new_value, hash "
                           "FROM history ORDER BY seq", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return visit_rows (self, stmt, func, user_data, error);
}

/**
 * attest_store_foreach_history_since:
 * @self: a store
 * @kinds: (array zero-terminated=1): the record kinds to read the changes of
 * @since: the first time to read, microseconds since 1970 (UTC)
 * @func: called for every row, oldest first
 * @user_data: closure for @func
 * @error: return location for an error
 *
 * Visits the rows that inserted, updated or deleted a record of one of
 * @kinds at @since or later, selected by SQLite rather than read whole:
 * the history of a large workspace is long. The rows carry no new value,
 * and an old value only for a deletion (the snapshot of what was deleted).
 *
 * Returns: %TRUE if every row was visited
 */
gboolean
attest_store_foreach_history_since (AttestStore        *self,
                                    const char * const *kinds,
                                    gint64              since,
                                    AttestHistoryFunc   func,
                                    gpointer            user_data,
                                    GError            **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT seq, time, actor, action, kind, record_id, field, "
                                         "CASE WHEN action = 'delete' THEN old_value END, NULL, hash "
                                         "FROM history WHERE time >= ? "
                                         "AND action IN ('insert', 'update', 'delete') AND kind IN (");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n_kinds = g_strv_length ((char **) kinds);
  int rc;

  if (n_kinds == 0)
    return TRUE;
  for (guint i = 0; i < n_kinds; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append (sql, ") ORDER BY seq");
  /* Not cached: a callback may call back into the store. */
  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, since);
  for (guint i = 0; i < n_kinds; i++)
    _attest_store_bind_text (stmt, i + 2, kinds[i]);
  return visit_rows (self, stmt, func, user_data, error);
}

gint64
attest_store_get_history_count (AttestStore *self)
{
  return self->history_count;
}

/**
 * attest_store_get_history_head:
 * @self: a store
 *
 * Returns: the hash of the newest history row (the genesis hash if none)
 */
const char *
attest_store_get_history_head (AttestStore *self)
{
  return self->history_head;
}

/**
 * attest_store_dup_history_hash:
 * @self: a store
 * @seq: a row of the history, or 0
 * @error: return location for an error
 *
 * Returns: (transfer full): the hash of row @seq (%ATTEST_HISTORY_GENESIS
 *   for 0), or %NULL with %ATTEST_ERROR_NOT_FOUND if there is no such row
 */
char *
attest_store_dup_history_hash (AttestStore  *self,
                               gint64        seq,
                               GError      **error)
{
  sqlite3_stmt *stmt;
  char *hash = NULL;
  int rc;

  if (seq == 0)
    return g_strdup (ATTEST_HISTORY_GENESIS);
  stmt = _attest_store_prepare (self, "SELECT hash FROM history WHERE seq = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, seq);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc == SQLITE_DONE)
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                 _("The history of “%s” has no row %lld."), self->display_name, (long long) seq);
  else
    _attest_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return hash;
}

void
attest_recorded_head_free (AttestRecordedHead *head)
{
  if (head == NULL)
    return;
  g_free (head->hash);
  g_free (head->statement);
  g_free (head);
}

/**
 * attest_store_record_head:
 * @self: a store, in a transaction
 * @statement: what stated the head to a third party, e.g. "audit-pack"
 * @head_seq: the row whose hash is the head
 * @hash: the head
 * @error: return location for an error
 *
 * Appends the "head" event (kind "history", the record id is @head_seq,
 * the field @statement, the new value @hash) and keeps the head beside the
 * chain too. attest_history_record_head() checks the head first.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_record_head (AttestStore  *self,
                          const char   *statement,
                          gint64        head_seq,
                          const char   *hash,
                          GError      **error)
{
  g_autofree char *seq_text = g_strdup_printf ("%" G_GINT64_FORMAT, head_seq);
  g_autofree char *head = g_strdup (hash);   /* it may be the head this row replaces */
  sqlite3_stmt *stmt;

  if (!_attest_store_require_transaction (self, error)
      || !_attest_store_append_history (self, attest_now (), "head", "history", seq_text, statement, NULL, head, error))
    return FALSE;
  stmt = _attest_store_prepare (self, "INSERT INTO recorded_head (seq, head_seq, hash, statement) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->history_count);
  sqlite3_bind_int64 (stmt, 2, head_seq);
  _attest_store_bind_text (stmt, 3, head);
  _attest_store_bind_text (stmt, 4, statement);
  return _attest_store_step_done (self, stmt, error);
}

/**
 * attest_store_load_recorded_heads:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type AttestRecordedHead): the heads
 *   kept beside the chain, oldest first
 */
GPtrArray *
attest_store_load_recorded_heads (AttestStore  *self,
                                  GError      **error)
{
  g_autoptr(GPtrArray) heads = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_recorded_head_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _attest_store_prepare (self,
                                "SELECT recorded_head.seq, head_seq, recorded_head.hash, statement, history.time "
                                "FROM recorded_head LEFT JOIN history ON history.seq = recorded_head.seq "
                                "ORDER BY recorded_head.seq", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AttestRecordedHead *head = g_new0 (AttestRecordedHead, 1);

      head->seq = sqlite3_column_int64 (stmt, 0);
      head->head_seq = sqlite3_column_int64 (stmt, 1);
      head->hash = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      head->statement = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      head->time = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (heads, head);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&heads);
}
