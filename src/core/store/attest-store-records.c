/* attest-store-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include "attest-i18n.h"

#include "attest-error.h"
#include "attest-store-private.h"

/* Records and links: reading them in steps, inserting, updating and
 * deleting them, each change with its history row. */

/* Records */

/* A reader owns its statement (not one of the cache), which stays in the
 * middle of its rows between steps. */
struct _AttestStoreReader
{
  AttestStore       *store;
  GType              kind;
  sqlite3_stmt      *stmt;
  const AttestField *fields;
  guint              n_fields;
  GPtrArray         *records;
};

/**
 * attest_store_reader_new:
 * @store: a store
 * @kind: a record type
 * @error: return location for an error
 *
 * Starts reading the records of @kind. Between steps the store may be read
 * but not written; attest_store_begin_read() keeps what a workspace reads
 * in several readers one consistent picture of the file.
 *
 * Returns: (transfer full): a reader, or %NULL with @error set
 */
AttestStoreReader *
attest_store_reader_new (AttestStore  *store,
                         GType         kind,
                         GError      **error)
{
  AttestRecordClass *klass = g_type_class_peek (kind);
  g_autoptr(GString) sql = g_string_new ("SELECT id, created, modified");
  AttestStoreReader *reader;
  sqlite3_stmt *stmt = NULL;
  const AttestField *fields;
  guint n_fields;
  int rc;

  g_return_val_if_fail (ATTEST_IS_STORE (store), NULL);

  fields = attest_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_string_append (sql, ", ");
      _attest_store_append_column (sql, fields[i].pspec->name);
    }
  g_string_append (sql, " FROM ");
  g_string_append (sql, attest_record_class_get_table (klass));
  /* The order records were made in, which a restore or an import keeps:
   * by "created", then as inserted. Read in rowid order (no sorter) and
   * sorted here, stably, which is several times cheaper than SQLite's
   * sort of whole rows. */
  g_string_append (sql, " ORDER BY rowid");

  rc = sqlite3_prepare_v2 (store->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      _attest_store_set_sqlite_error (store, rc, error);
      return NULL;
    }
  reader = g_new0 (AttestStoreReader, 1);
  reader->store = g_object_ref (store);
  reader->kind = kind;
  reader->stmt = stmt;
  reader->fields = fields;
  reader->n_fields = n_fields;
  reader->records = g_ptr_array_new_with_free_func (g_object_unref);
  return reader;
}

static AttestRecord *
read_record (AttestStoreReader  *reader,
             GError            **error)
{
  AttestStore *self = reader->store;
  sqlite3_stmt *stmt = reader->stmt;
  const char *id = (const char *) sqlite3_column_text (stmt, 0);
  gint64 created = sqlite3_column_int64 (stmt, 1);
  gint64 modified = sqlite3_column_int64 (stmt, 2);
  g_autoptr(AttestRecord) record = NULL;

  /* A damaged page can hold anything: nothing out of its range is
   * given to a record. */
  if (id == NULL || *id == '\0' || created < 0 || modified < 0)
    {
      _attest_store_set_damaged (self, error);
      return NULL;
    }
  record = attest_record_new_loaded (reader->kind, id, created, modified);
  for (guint i = 0; i < reader->n_fields; i++)
    {
      const AttestField *field = &reader->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (!_attest_store_column_value (self, stmt, 3 + i, field, &value, error))
        return NULL;
      if (g_param_value_validate (field->pspec, &value))
        {
          _attest_store_set_damaged (self, error);
          return NULL;
        }
      /* Strings are never NULL in a record (see attest-record.c). */
      if (G_VALUE_HOLDS_STRING (&value) && g_value_get_string (&value) == NULL)
        g_value_set_static_string (&value, "");
      else if (G_VALUE_HOLDS (&value, G_TYPE_STRV) && g_value_get_boxed (&value) == NULL)
        g_value_take_boxed (&value, g_new0 (char *, 1));
      attest_record_load_field (record, i, &value);
    }
  return g_steal_pointer (&record);
}

/**
 * attest_store_reader_step:
 * @reader: a reader
 * @max_records: how many records to read at most in this step
 * @done: (out): set to %TRUE once every record is read
 * @error: return location for an error
 *
 * Reads the next records, appending them to those of
 * attest_store_reader_get_records(). A damaged record fails the step with
 * %ATTEST_ERROR_DAMAGED; the reader is then of no further use.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_reader_step (AttestStoreReader  *reader,
                          guint               max_records,
                          gboolean           *done,
                          GError            **error)
{
  *done = FALSE;
  g_return_val_if_fail (reader->stmt != NULL, FALSE);

  for (guint n = 0; n < max_records; n++)
    {
      int rc = sqlite3_step (reader->stmt);
      AttestRecord *record;

      if (rc == SQLITE_DONE)
        {
          *done = TRUE;
          return TRUE;
        }
      if (rc != SQLITE_ROW)
        {
          _attest_store_set_sqlite_error (reader->store, rc, error);
          g_clear_pointer (&reader->stmt, sqlite3_finalize);
          return FALSE;
        }
      record = read_record (reader, error);
      if (record == NULL)
        {
          g_clear_pointer (&reader->stmt, sqlite3_finalize);
          return FALSE;
        }
      g_ptr_array_add (reader->records, record);
    }
  return TRUE;
}

/**
 * attest_store_reader_get_records:
 * @reader: a reader
 *
 * Returns: (transfer none) (element-type AttestRecord): the records read so
 *   far, in the order of the file
 */
GPtrArray *
attest_store_reader_get_records (AttestStoreReader *reader)
{
  return reader->records;
}

static int
compare_created (gconstpointer a,
                 gconstpointer b)
{
  gint64 ca = attest_record_get_created (*(AttestRecord * const *) a);
  gint64 cb = attest_record_get_created (*(AttestRecord * const *) b);

  return (ca > cb) - (ca < cb);
}

/**
 * attest_store_reader_finish:
 * @reader: a reader whose last step said it was done
 *
 * Returns: (transfer full) (element-type AttestRecord): every record of the
 *   kind, in the order they were added
 */
GPtrArray *
attest_store_reader_finish (AttestStoreReader *reader)
{
  GPtrArray *records = g_steal_pointer (&reader->records);

  g_ptr_array_sort (records, compare_created);   /* stable (GLib's merge sort) */
  reader->records = g_ptr_array_new_with_free_func (g_object_unref);
  return records;
}

void
attest_store_reader_free (AttestStoreReader *reader)
{
  if (reader == NULL)
    return;
  g_clear_pointer (&reader->stmt, sqlite3_finalize);
  g_ptr_array_unref (reader->records);
  g_object_unref (reader->store);
  g_free (reader);
}

/**
 * attest_store_load:
 * @self: a store
 * @kind: a record type
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type AttestRecord): every record of
 *   @kind, in the order they were added
 */
GPtrArray *
attest_store_load (AttestStore  *self,
                   GType         kind,
                   GError      **error)
{
  g_autoptr(AttestStoreReader) reader = attest_store_reader_new (self, kind, error);
  gboolean done = FALSE;

  if (reader == NULL || !attest_store_reader_step (reader, G_MAXUINT, &done, error))
    return NULL;
  g_assert (done);
  return attest_store_reader_finish (reader);
}

/**
 * attest_store_count:
 * @self: a store
 * @kind: a record type
 * @error: return location for an error
 *
 * Returns: how many records of @kind the file holds, or -1 with @error set
 */
gint64
attest_store_count (AttestStore  *self,
                    GType         kind,
                    GError      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM ");
  gboolean ok;
  gint64 count;

  g_string_append (sql, attest_record_class_get_table (g_type_class_peek (kind)));
  count = _attest_store_query_int (self, sql->str, &ok, error);
  return ok ? count : -1;
}

/**
 * attest_store_begin_read:
 * @self: a store
 * @error: return location for an error
 *
 * Starts a read transaction: until attest_store_end_read(), everything read
 * sees the file as it was at the first read, whatever another program
 * writes, and this store refuses to write.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_begin_read (AttestStore  *self,
                         GError      **error)
{
  g_return_val_if_fail (ATTEST_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->reading && self->depth == 0, FALSE);

  if (!_attest_store_exec (self, "BEGIN DEFERRED", error))
    return FALSE;
  self->reading = TRUE;
  return TRUE;
}

/**
 * attest_store_end_read:
 * @self: a store
 *
 * Ends the read transaction of attest_store_begin_read().
 */
void
attest_store_end_read (AttestStore *self)
{
  g_return_if_fail (ATTEST_IS_STORE (self));

  if (!self->reading)
    return;
  self->reading = FALSE;
  /* Nothing was written: ending it cannot lose anything. */
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/**
 * attest_store_is_reading:
 * @self: a store
 *
 * Returns: %TRUE between attest_store_begin_read() and attest_store_end_read()
 */
gboolean
attest_store_is_reading (AttestStore *self)
{
  return self->reading;
}

gboolean
_attest_store_require_transaction (AttestStore  *self,
                                   GError      **error)
{
  if (self->read_only)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so it cannot be changed."), self->display_name);
      return FALSE;
    }
  g_return_val_if_fail (self->depth > 0, FALSE);
  return TRUE;
}

/**
 * attest_store_insert:
 * @self: a store, in a transaction
 * @record: a record that is not in the file yet
 * @error: return location for an error
 *
 * Writes the record and its history row.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_insert (AttestStore   *self,
                     AttestRecord  *record,
                     GError       **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new ("INSERT INTO ");
  g_autofree char *snapshot = NULL;
  const AttestField *fields;
  guint n_fields;
  sqlite3_stmt *stmt;

  if (!_attest_store_require_transaction (self, error) || !_attest_store_check_record_text (self, record, error))
    return FALSE;

  fields = attest_record_class_get_fields (klass, &n_fields);
  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " (id, created, modified");
  for (guint i = 0; i < n_fields; i++)
    {
      g_string_append (sql, ", ");
      _attest_store_append_column (sql, fields[i].pspec->name);
    }
  g_string_append (sql, ") VALUES (?, ?, ?");
  for (guint i = 0; i < n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _attest_store_bind_text (stmt, 1, attest_record_get_id (record));
  sqlite3_bind_int64 (stmt, 2, attest_record_get_created (record));
  sqlite3_bind_int64 (stmt, 3, attest_record_get_modified (record));
  for (guint i = 0; i < n_fields; i++)
    _attest_store_bind_field (stmt, 4 + i, record, &fields[i]);
  if (!_attest_store_step_done (self, stmt, error))
    return FALSE;

  snapshot = attest_history_snapshot (record);
  return _attest_store_append_history (self, attest_now (), "insert", attest_record_class_get_kind (klass),
                                       attest_record_get_id (record), NULL, NULL, snapshot, error);
}

/**
 * attest_store_dup_field_text:
 * @self: a store
 * @record: a record in the file
 * @field: one of its fields
 * @error: return location for an error
 *
 * Returns: (transfer full): the field's value as stored, in canonical text form
 */
char *
attest_store_dup_field_text (AttestStore        *self,
                             AttestRecord       *record,
                             const AttestField  *field,
                             GError            **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  _attest_store_append_column (sql, field->pspec->name);
  g_string_append (sql, " FROM ");
  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " WHERE id = ?");

  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  _attest_store_bind_text (stmt, 1, attest_record_get_id (record));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (_attest_store_column_value (self, stmt, 0, field, &value, error))
        text = attest_value_to_text (&value);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                 _("The record was deleted from “%s”."), self->display_name);
  else
    _attest_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return text;
}

/**
 * attest_store_update:
 * @self: a store, in a transaction
 * @record: a record in the file
 * @field: the field that changed
 * @modified: the new modification time
 * @error: return location for an error
 *
 * Writes one field of the record and a history row with the old and new value.
 * Writing a value equal to the stored one writes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_update (AttestStore        *self,
                     AttestRecord       *record,
                     const AttestField  *field,
                     gint64              modified,
                     GError            **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new ("UPDATE ");
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  sqlite3_stmt *stmt;

  if (!_attest_store_require_transaction (self, error))
    return FALSE;

  old_text = attest_store_dup_field_text (self, record, field, error);
  if (old_text == NULL)
    return FALSE;
  new_text = attest_record_dup_field_text (record, field);
  if (g_str_equal (old_text, new_text))
    return TRUE;
  if (!_attest_store_check_text (self, attest_record_class_get_kind (klass), field->pspec->name, new_text, error))
    return FALSE;

  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " SET ");
  _attest_store_append_column (sql, field->pspec->name);
  g_string_append (sql, " = ?, modified = ? WHERE id = ?");

  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _attest_store_bind_field (stmt, 1, record, field);
  sqlite3_bind_int64 (stmt, 2, modified);
  _attest_store_bind_text (stmt, 3, attest_record_get_id (record));
  if (!_attest_store_step_done (self, stmt, error))
    return FALSE;

  /* The row's time is the record's new modification time (history rule 2). */
  return _attest_store_append_history (self, modified, "update", attest_record_class_get_kind (klass),
                                       attest_record_get_id (record), field->pspec->name,
                                       old_text, new_text, error);
}

/**
 * attest_store_delete:
 * @self: a store, in a transaction
 * @record: a record in the file, with nothing referring to it any more
 * @error: return location for an error
 *
 * Deletes the record and writes a history row holding all its fields.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_store_delete (AttestStore   *self,
                     AttestRecord  *record,
                     GError       **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new ("DELETE FROM ");
  g_autofree char *snapshot = NULL;
  sqlite3_stmt *stmt;

  if (!_attest_store_require_transaction (self, error))
    return FALSE;

  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " WHERE id = ?");
  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _attest_store_bind_text (stmt, 1, attest_record_get_id (record));
  if (!_attest_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                   _("The record was already deleted from “%s”."), self->display_name);
      return FALSE;
    }

  snapshot = attest_history_snapshot (record);
  return _attest_store_append_history (self, attest_now (), "delete", attest_record_class_get_kind (klass),
                                       attest_record_get_id (record), NULL, snapshot, NULL, error);
}

/* Links */

/**
 * attest_store_load_links:
 * @self: a store
 * @link: a link kind
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type utf8): the links as pairs of ids,
 *   from, to, from, to, ...
 */
GPtrArray *
attest_store_load_links (AttestStore           *self,
                         const AttestLinkKind  *link,
                         GError               **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new ("SELECT from_id, to_id FROM ");
  sqlite3_stmt *stmt;
  int rc;

  g_string_append (sql, link->table);
  g_string_append (sql, " ORDER BY from_id, to_id");
  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (pairs, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (pairs, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&pairs);
}

/**
 * attest_store_load_links_from:
 * @self: a store
 * @link: a link kind
 * @from_id: the record the links start from
 * @error: return location for an error
 *
 * One record's links, found by the table's key rather than by reading every
 * link: the readiness rules ask this once per risk.
 *
 * Returns: (transfer full) (element-type utf8): the ids @from_id links to
 */
GPtrArray *
attest_store_load_links_from (AttestStore           *self,
                              const AttestLinkKind  *link,
                              const char            *from_id,
                              GError               **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new ("SELECT to_id FROM ");
  sqlite3_stmt *stmt;
  int rc;

  g_string_append (sql, link->table);
  g_string_append (sql, " WHERE from_id = ? ORDER BY to_id");
  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  _attest_store_bind_text (stmt, 1, from_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
change_link (AttestStore           *self,
             const AttestLinkKind  *link,
             const char            *from_id,
             const char            *to_id,
             gboolean               insert,
             GError               **error)
{
  g_autoptr(GString) sql = g_string_new (insert ? "INSERT INTO " : "DELETE FROM ");
  sqlite3_stmt *stmt;

  if (!_attest_store_require_transaction (self, error))
    return FALSE;

  g_string_append (sql, link->table);
  /* Linking two records again changes nothing (only the uniqueness of the
   * pair is waived; a missing record is still refused). */
  g_string_append (sql, insert ? " (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
                               : " WHERE from_id = ? AND to_id = ?");
  stmt = _attest_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _attest_store_bind_text (stmt, 1, from_id);
  _attest_store_bind_text (stmt, 2, to_id);
  if (!_attest_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    return TRUE;   /* already linked, or not linked: nothing happened */

  return _attest_store_append_history (self, attest_now (), insert ? "link" : "unlink", link->name, from_id, NULL,
                                       insert ? NULL : to_id, insert ? to_id : NULL, error);
}

gboolean
attest_store_insert_link (AttestStore           *self,
                          const AttestLinkKind  *link,
                          const char            *from_id,
                          const char            *to_id,
                          GError               **error)
{
  return change_link (self, link, from_id, to_id, TRUE, error);
}

gboolean
attest_store_delete_link (AttestStore           *self,
                          const AttestLinkKind  *link,
                          const char            *from_id,
                          const char            *to_id,
                          GError               **error)
{
  return change_link (self, link, from_id, to_id, FALSE, error);
}
