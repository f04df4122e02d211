/* attest-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest-error.h"
#include "attest-output.h"
#include "attest-store-private.h"

/* The store is the only place that knows SQL. Every statement is prepared and
 * bound. Table and column names come from the record kinds' declarations,
 * which attest_record_class_declare() checks to be plain [a-z0-9_]
 * identifiers; they are the one thing spliced into SQL text, because SQL
 * cannot bind identifiers. No value is ever spliced. */

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

G_DEFINE_FINAL_TYPE (AttestStore, attest_store, G_TYPE_OBJECT)

enum { COMMITTED, N_STORE_SIGNALS };
static guint store_signals[N_STORE_SIGNALS];

static guint               test_migration_version;
static AttestMigrationFunc test_migration_func;

void
_attest_store_set_test_migration (guint               version,
                                  AttestMigrationFunc func)
{
  test_migration_version = func ? version : 0;
  test_migration_func = func;
}

static guint
current_schema_version (void)
{
  return MAX (ATTEST_SCHEMA_VERSION, test_migration_version);
}

void
attest_lock_holder_free (AttestLockHolder *holder)
{
  if (holder == NULL)
    return;
  g_free (holder->host);
  g_free (holder);
}

/* Errors */

static void
set_sqlite_error (AttestStore  *self,
                  int           rc,
                  GError      **error)
{
  const char *name = self->display_name;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("The disk is full, so the change to “%s” was not saved. Free some space and try again."),
                   name);
      break;
    case SQLITE_IOERR:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("Could not read or write “%s” (input/output error). Check the disk, then try again."),
                   name);
      break;
    case SQLITE_READONLY:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so it cannot be changed."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be read. Restore it from a backup."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE,
                   _("“%s” is busy in another program. Try again in a moment."), name);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” cannot be opened. Check that the file exists and that you may read it."),
                   name);
      break;
    case SQLITE_CONSTRAINT:
      /* The workspace checks ids, references and links before the store
       * sees them; a change that still breaks one of the file's rules is
       * told as what it means for the user's data, never in SQL's words. */
      switch (self->db ? sqlite3_extended_errcode (self->db) : rc)
        {
        case SQLITE_CONSTRAINT_PRIMARYKEY:
        case SQLITE_CONSTRAINT_UNIQUE:
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("“%s” already holds a record or link with the same identity, so the change was not saved."),
                       name);
          break;
        case SQLITE_CONSTRAINT_FOREIGNKEY:
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The change refers to a record that is not in “%s”, so it was not saved. Add that record first."),
                       name);
          break;
        case SQLITE_CONSTRAINT_NOTNULL:
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The change leaves out a value “%s” needs, so it was not saved."), name);
          break;
        default:
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The change breaks a rule of “%s”, so it was not saved."), name);
          break;
        }
      break;
    case SQLITE_TOOBIG:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("A text is too large to store in “%s”, so the change was not saved. Shorten it."), name);
      break;
    case SQLITE_NOMEM:
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED,
                   _("There was not enough memory to use “%s”. Close other programs and try again."), name);
      break;
    case SQLITE_ERROR:
    case SQLITE_SCHEMA:
    case SQLITE_MISMATCH:
      /* Attest's own statements fit its own tables: a file whose tables
       * do not was changed by another program. */
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                   _("The tables of “%s” are not the ones Attest wrote; another program may have changed it. Restore it from a backup."),
                   name);
      break;
    default:
      /* What SQLite says is kept for a report, after the sentence. */
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED,
                   _("“%s” could not be used (error %d, “%s”). Try again; if it keeps happening, restore the file from a backup."),
                   name, rc, sqlite3_errstr (rc));
      break;
    }
}

/* Statements */

static sqlite3_stmt *
prepare (AttestStore  *self,
         const char   *sql,
         GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows to completion, then resets it. */
static gboolean
step_done (AttestStore   *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec (AttestStore  *self,
      const char   *sql,
      GError      **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);

  return stmt != NULL && step_done (self, stmt, error);
}

gboolean
_attest_store_exec_for_testing (AttestStore  *self,
                                const char   *sql,
                                GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static gint64
query_int (AttestStore  *self,
           const char   *sql,
           gboolean     *ok,
           GError      **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);
  gint64 value = 0;
  int rc;

  *ok = FALSE;
  if (stmt == NULL)
    return 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      value = sqlite3_column_int64 (stmt, 0);
      *ok = TRUE;
    }
  else
    set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return value;
}

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
      if (!exec (self, "BEGIN IMMEDIATE", error))
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
  if (!exec (self, "COMMIT", error))
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

/* Values */

static const char *
column_type (GParamSpec *pspec)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_BOOLEAN || type == G_TYPE_INT || type == G_TYPE_INT64 || type == G_TYPE_UINT)
    return "INTEGER";
  if (type == G_TYPE_DOUBLE)
    return "REAL";
  return "TEXT";
}

static void
bind_value (sqlite3_stmt      *stmt,
            int                index,
            const AttestField *field,
            const GValue      *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
  else if (type == G_TYPE_INT)
    sqlite3_bind_int64 (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_UINT)
    sqlite3_bind_int64 (stmt, index, g_value_get_uint (value));
  else if (type == G_TYPE_DOUBLE)
    sqlite3_bind_double (stmt, index, g_value_get_double (value));
  else if (field->references != NULL && *g_value_get_string (value) == '\0')
    sqlite3_bind_null (stmt, index);   /* no reference */
  else
    {
      g_autofree char *text = attest_value_to_text (value);
      sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
}

static void
bind_field (sqlite3_stmt      *stmt,
            int                index,
            AttestRecord      *record,
            const AttestField *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, field->pspec->value_type);
  g_object_get_property (G_OBJECT (record), field->pspec->name, &value);
  bind_value (stmt, index, field, &value);
}

static gboolean
column_value (AttestStore        *self,
              sqlite3_stmt       *stmt,
              int                 column,
              const AttestField  *field,
              GValue             *value,
              GError            **error)
{
  GType type = field->pspec->value_type;

  g_value_init (value, type);
  if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, (int) sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, (guint) sqlite3_column_int64 (stmt, column));
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, sqlite3_column_double (stmt, column));
  else
    {
      const char *text = (const char *) sqlite3_column_text (stmt, column);

      if (text == NULL)
        text = "";
      if (type == G_TYPE_STRING)
        g_value_set_string (value, text);
      else if (!attest_value_from_text (value, text, NULL))
        {
          /* What a damaged file holds is shown short and on one line. */
          g_autoptr(GString) shown = g_string_new (NULL);

          for (const char *c = text; *c != '\0' && shown->len < 40; c++)
            g_string_append_c (shown, g_ascii_isprint (*c) ? *c : '?');
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
                       _("“%s” is damaged: the field “%s” holds “%s”, which this version of Attest does not know."),
                       self->display_name, field->pspec->name, shown->str);
          return FALSE;
        }
    }
  return TRUE;
}

/* Records */

static void
append_column (GString    *sql,
               const char *property)
{
  for (const char *p = property; *p; p++)
    g_string_append_c (sql, *p == '-' ? '_' : *p);
}

static const char *
table_of_kind (const char *kind)
{
  GType type = attest_record_kind_lookup (kind);

  g_return_val_if_fail (type != G_TYPE_INVALID, NULL);
  return attest_record_class_get_table (g_type_class_peek (type));
}

static void
append_column_definition (GString           *sql,
                          const AttestField *field)
{
  GParamSpec *pspec = field->pspec;

  append_column (sql, pspec->name);
  g_string_append_c (sql, ' ');
  g_string_append (sql, column_type (pspec));
  if (field->references != NULL)
    {
      /* Deleting a record deletes what refers to it first, in the
       * workspace, so that each deletion has its history row. */
      g_string_append (sql, " REFERENCES ");
      g_string_append (sql, table_of_kind (field->references));
      g_string_append (sql, " (id)");
      return;
    }

  g_string_append (sql, " NOT NULL DEFAULT ");
  if (G_IS_PARAM_SPEC_STRING (pspec) || pspec->value_type == G_TYPE_STRV)
    {
      /* String fields always default to the empty string (see
       * attest-record.c), so no value needs quoting here. */
      g_string_append (sql, pspec->value_type == G_TYPE_STRV ? "'[]'" : "''");
    }
  else
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_value_init (&value, pspec->value_type);
      g_param_value_set_default (pspec, &value);
      if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_string_append (sql, g_value_get_boolean (&value) ? "1" : "0");
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        {
          /* Enum nicks are [a-z-] by construction (mkenums). */
          text = attest_value_to_text (&value);
          g_assert (strspn (text, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen (text));
          g_string_append_printf (sql, "'%s'", text);
        }
      else
        {
          text = attest_value_to_text (&value);
          g_string_append (sql, text);
        }
    }
}

static gboolean
create_kind_table (AttestStore  *self,
                   GType         type,
                   guint         version,
                   GError      **error)
{
  AttestRecordClass *klass = g_type_class_peek (type);
  const char *table = attest_record_class_get_table (klass);
  g_autoptr(GString) sql = g_string_new (NULL);
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (klass, &n_fields);

  if (attest_record_class_get_since (klass) == version)
    {
      g_string_append (sql, "CREATE TABLE ");
      g_string_append (sql, table);
      g_string_append (sql, " (id TEXT PRIMARY KEY NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL");
      for (guint i = 0; i < n_fields; i++)
        if (fields[i].since <= version)
          {
            g_string_append (sql, ", ");
            append_column_definition (sql, &fields[i]);
          }
      g_string_append (sql, ") STRICT");
      if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
        {
          set_sqlite_error (self, sqlite3_errcode (self->db), error);
          return FALSE;
        }
      for (guint i = 0; i < n_fields; i++)
        if (fields[i].references != NULL && fields[i].since <= version)
          {
            g_string_assign (sql, "CREATE INDEX ");
            g_string_append (sql, table);
            g_string_append (sql, "_");
            append_column (sql, fields[i].pspec->name);
            g_string_append (sql, " ON ");
            g_string_append (sql, table);
            g_string_append (sql, " (");
            append_column (sql, fields[i].pspec->name);
            g_string_append (sql, ")");
            if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
              {
                set_sqlite_error (self, sqlite3_errcode (self->db), error);
                return FALSE;
              }
          }
      return TRUE;
    }

  if (attest_record_class_get_since (klass) < version)
    {
      for (guint i = 0; i < n_fields; i++)
        {
          if (fields[i].since != version)
            continue;
          g_string_assign (sql, "ALTER TABLE ");
          g_string_append (sql, table);
          g_string_append (sql, " ADD COLUMN ");
          append_column_definition (sql, &fields[i]);
          if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
            {
              set_sqlite_error (self, sqlite3_errcode (self->db), error);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
create_link_table (AttestStore           *self,
                   const AttestLinkKind  *link,
                   GError               **error)
{
  g_autoptr(GString) sql = g_string_new ("CREATE TABLE ");

  g_string_append (sql, link->table);
  g_string_append (sql, " (from_id TEXT NOT NULL REFERENCES ");
  g_string_append (sql, table_of_kind (link->from_kind));
  g_string_append (sql, " (id), to_id TEXT NOT NULL REFERENCES ");
  g_string_append (sql, table_of_kind (link->to_kind));
  g_string_append (sql, " (id), PRIMARY KEY (from_id, to_id)) STRICT, WITHOUT ROWID");
  if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }

  g_string_assign (sql, "CREATE INDEX ");
  g_string_append (sql, link->table);
  g_string_append (sql, "_to ON ");
  g_string_append (sql, link->table);
  g_string_append (sql, " (to_id)");
  if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean load_history_head   (AttestStore  *self,
                                     GError      **error);
static gboolean require_transaction (AttestStore  *self,
                                     GError      **error);
static gboolean append_history      (AttestStore  *self,
                                     gint64        time,
                                     const char   *action,
                                     const char   *kind,
                                     const char   *record_id,
                                     const char   *field,
                                     const char   *old_value,
                                     const char   *new_value,
                                     GError      **error);

/* The tables that are not record kinds, as created in schema 1. */
static const char schema_1_sql[] =
  "CREATE TABLE history ("
  "  seq INTEGER PRIMARY KEY,"
  "  time INTEGER NOT NULL,"
  "  actor TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  record_id TEXT NOT NULL,"
  "  field TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT,"
  "  hash TEXT NOT NULL) STRICT;"
  "CREATE TABLE lock ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  host TEXT NOT NULL,"
  "  pid INTEGER NOT NULL,"
  "  since INTEGER NOT NULL,"
  "  token TEXT NOT NULL) STRICT;";

/* Heads of the history stated to a third party (schema 5): beside the
 * chain's "head" rows, so that a history cut before one is noticed. */
static const char schema_5_sql[] =
  "CREATE TABLE recorded_head ("
  "  seq INTEGER PRIMARY KEY,"
  "  head_seq INTEGER NOT NULL,"
  "  hash TEXT NOT NULL,"
  "  statement TEXT NOT NULL) STRICT;";

/* Schema 5 switches the history to rule 2 (ATTEST_HISTORY_RULE), which
 * covers the times records were created and modified: a "chain-rule" row
 * whose value vouches for the times of every record now in the file. */
static gboolean
append_chain_rule (AttestStore  *self,
                   GError      **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *value = NULL;
  const GType *kinds;
  guint n_kinds;

  if (!load_history_head (self, error))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, "2");
  json_builder_set_member_name (builder, "times");
  json_builder_begin_object (builder);
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_ref (kinds[k]);
      g_autoptr(GString) sql = g_string_new ("SELECT id, created, modified FROM ");
      sqlite3_stmt *stmt;
      int rc;

      g_string_append (sql, attest_record_class_get_table (klass));
      g_string_append (sql, " ORDER BY rowid");
      g_type_class_unref (klass);
      stmt = prepare (self, sql->str, error);
      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *created = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 1));
          g_autofree char *modified = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 2));

          json_builder_set_member_name (builder, (const char *) sqlite3_column_text (stmt, 0));
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, created);
          json_builder_add_string_value (builder, modified);
          json_builder_end_array (builder);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  value = json_generator_to_data (generator, NULL);

  return append_history (self, attest_now (), "chain-rule", "history", "chain", "rule", "1", value, error);
}

static gboolean
migrate_step (AttestStore  *self,
              guint         version,
              GError      **error)
{
  const GType *kinds;
  const AttestLinkKind *links;
  guint n_kinds, n_links;
  g_autofree char *pragma = NULL;

  if (version == 1)
    {
      g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d", ATTEST_APPLICATION_ID);

      if (sqlite3_exec (self->db, schema_1_sql, NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (self->db, app_id, NULL, NULL, NULL) != SQLITE_OK)
        {
          set_sqlite_error (self, sqlite3_errcode (self->db), error);
          return FALSE;
        }
    }

  kinds = attest_record_kinds (&n_kinds);
  for (guint i = 0; i < n_kinds; i++)
    if (!create_kind_table (self, kinds[i], version, error))
      return FALSE;

  links = attest_link_kinds (&n_links);
  for (guint i = 0; i < n_links; i++)
    if (links[i].since == version && !create_link_table (self, &links[i], error))
      return FALSE;

  if (version == 5
      && (!exec (self, schema_5_sql, error) || !append_chain_rule (self, error)))
    return FALSE;

  if (version == test_migration_version && test_migration_func != NULL
      && !test_migration_func (self, error))
    return FALSE;

  /* PRAGMA takes no bound parameters; the version is a number we own. */
  pragma = g_strdup_printf ("PRAGMA user_version = %u", version);
  if (sqlite3_exec (self->db, pragma, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (AttestStore  *self,
         GError      **error)
{
  guint target = current_schema_version ();

  while (self->schema_version < target)
    {
      guint next = self->schema_version + 1;
      g_autoptr(GError) local_error = NULL;

      if (!attest_store_begin (self, error))
        return FALSE;
      if (!migrate_step (self, next, &local_error))
        {
          attest_store_rollback (self);
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED,
                       _("“%s” could not be upgraded to schema %u, so it was left as it was: %s"),
                       self->display_name, next, local_error->message);
          return FALSE;
        }
      if (!attest_store_commit (self, error))
        return FALSE;
      self->schema_version = next;
    }
  return TRUE;
}

/* Opening */

static gboolean
load_history_head (AttestStore  *self,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (self, "SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1", error);
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
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (self->history_head == NULL)
    self->history_head = g_strdup (ATTEST_HISTORY_GENESIS);
  return TRUE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file before SQLite does, so that a file that is not ours, is
 * empty or is truncated gets a precise message and is never written to. */
static gboolean
check_file (const char  *path,
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

static gboolean
connect (AttestStore  *self,
         gboolean      read_only,
         GError      **error)
{
  int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE;
  int rc;

  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  rc = sqlite3_open_v2 (self->path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
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
      set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  if (!read_only
      && (sqlite3_exec (self->db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (self->db, "PRAGMA synchronous = FULL", NULL, NULL, NULL) != SQLITE_OK))
    {
      set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

static AttestStore *
store_new (const char *path)
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

static void
set_damaged (AttestStore  *self,
             GError      **error)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED,
               _("“%s” is damaged and cannot be read. Restore it from a backup."),
               self->display_name);
}

static gboolean
quick_check (AttestStore  *self,
             GError      **error)
{
  sqlite3_stmt *stmt = prepare (self, "PRAGMA quick_check", error);
  int rc;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_reset (stmt);
  if (!ok)
    {
      set_damaged (self, error);
      return FALSE;
    }
  return TRUE;
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
  sqlite3_stmt *stmt = prepare (self, "SELECT host, pid, since, token FROM lock WHERE id = 1", NULL);
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

static char *
format_local_time (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;

  return local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

/* Whether this process may take the editing lock: nobody holds it, its
 * holder on this host is no longer running, or the user takes it over.
 * Reads only; says who it was taken from. */
static gboolean
lock_is_free (AttestStore      *self,
              AttestOpenFlags   flags,
              GError          **error)
{
  g_autoptr(AttestLockHolder) holder = attest_store_dup_lock_holder (self);
  g_autofree char *when = NULL;

  g_clear_pointer (&self->lock_notice, g_free);
  if (holder == NULL)
    return TRUE;
  when = format_local_time (holder->since);
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

static gboolean
take_lock (AttestStore      *self,
           AttestOpenFlags   flags,
           GError          **error)
{
  sqlite3_stmt *stmt;

  if (!attest_store_begin (self, error))
    return FALSE;
  if (!lock_is_free (self, flags, error))
    {
      attest_store_rollback (self);
      return FALSE;
    }

  stmt = prepare (self, "INSERT OR REPLACE INTO lock (id, host, pid, since, token) VALUES (1, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      attest_store_rollback (self);
      return FALSE;
    }
  bind_text (stmt, 1, g_get_host_name ());
  sqlite3_bind_int64 (stmt, 2, getpid ());
  /* The lock tells who holds the file in the real world, since when: the
   * system's clock, not the ISMS's (a demo replaying the past, a test). */
  sqlite3_bind_int64 (stmt, 3, g_get_real_time ());
  bind_text (stmt, 4, self->lock_token);
  if (!step_done (self, stmt, error))
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
  return take_lock (self, flags, error);
}

static char *
backup_path_for (const char *path,
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

/* Who holds the lock, read from the file as it is on disk, ignoring the
 * rollback journal beside it (SQLite's immutable mode): a read-only
 * connection cannot read the file at all while that journal is there. */
static AttestLockHolder *
read_lock_holder_as_is (const char *path)
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

/* A writer stopped in the middle of a change (killed, a power cut) leaves
 * a rollback journal that SQLite calls hot: the file may be read only once
 * the change is undone, which writes it. A reading command undoes it, if
 * no running Attest holds the file (it would be that Attest's to finish),
 * and says so. */
static gboolean
undo_unfinished_change (AttestStore      *self,
                        AttestOpenFlags   flags,
                        gboolean          writable,
                        GError          **error)
{
  g_autoptr(AttestLockHolder) holder = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_READONLY_ROLLBACK)
    return TRUE;

  holder = read_lock_holder_as_is (self->path);
  if (holder != NULL && holder->alive && !(flags & ATTEST_OPEN_TAKE_OVER))
    {
      g_autofree char *when = format_local_time (holder->since);

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
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  self->journal_notice = g_strdup_printf (_("“%s” had a change left unfinished by a program that stopped; it was undone, so the file is as it was last saved."),
                                          self->display_name);
  return connect (self, TRUE, error);
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
  g_autoptr(AttestStore) self = store_new (path);
  g_autofree char *reason = NULL;
  gboolean writable = FALSE, ok;
  gint64 version;

  if (!check_file (path, self->display_name, &writable, &reason, error))
    return NULL;

  self->read_only = (flags & ATTEST_OPEN_READ_ONLY) || !writable;
  if (!writable && !(flags & ATTEST_OPEN_READ_ONLY))
    self->read_only_reason = g_steal_pointer (&reason);

  if (!connect (self, self->read_only, error))
    return NULL;
  if (self->read_only && !undo_unfinished_change (self, flags, writable, error))
    return NULL;

  version = query_int (self, "PRAGMA user_version", &ok, error);
  if (!ok)
    return NULL;
  if (version > current_schema_version ())
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TOO_NEW,
                   _("“%s” was made by a newer Attest (schema %lld); this version reads up to schema %u. Update Attest to open it."),
                   self->display_name, (long long) version, current_schema_version ());
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
  if ((!(flags & ATTEST_OPEN_CHECK_LATER) || self->schema_version < current_schema_version ())
      && !quick_check (self, error))
    return NULL;

  if (self->schema_version < current_schema_version () && self->read_only)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” was made by an older Attest and must be upgraded, which needs write access. Open it for editing once to upgrade it."),
                   self->display_name);
      return NULL;
    }

  /* A file to migrate is locked at once (two Attests must not migrate it
   * together; a backup is made first); a current one when the caller says. */
  if (!self->read_only
      && ((flags & ATTEST_OPEN_LOCK_LATER) && self->schema_version >= current_schema_version ()
          ? !lock_is_free (self, flags, error) : !take_lock (self, flags, error)))
    return NULL;

  if (self->schema_version < current_schema_version ())
    {
      g_autofree char *backup = backup_path_for (path, self->schema_version);

      if (!attest_store_copy_to (self, backup, ATTEST_OUTPUT_CREATE, error))
        return NULL;
      self->backup_path = g_steal_pointer (&backup);
      self->migrated_from = self->schema_version;
      if (!migrate (self, error))
        return NULL;
    }

  if (!load_history_head (self, error))
    return NULL;

  return g_steal_pointer (&self);
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
  g_autoptr(AttestStore) self = store_new (path);
  gboolean ok;

  ok = connect (self, TRUE, error) && quick_check (self, error);
  attest_store_close (self);
  return ok;
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
  return _attest_store_create_as (path, path, error);
}

/* attest_store_create() at @path, with messages that name @name_path: a
 * workspace is built in a temporary file and moved to its name when complete. */
AttestStore *
_attest_store_create_as (const char  *path,
                         const char  *name_path,
                         GError     **error)
{
  g_autoptr(AttestStore) self = store_new (path);
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

  if (!connect (self, FALSE, error) || !migrate (self, error) || !take_lock (self, 0, error)
      || !load_history_head (self, error))
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
      sqlite3_stmt *stmt = prepare (self, "DELETE FROM lock WHERE token = ?", NULL);

      if (stmt != NULL)
        {
          bind_text (stmt, 1, self->lock_token);
          if (!step_done (self, stmt, NULL))
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

/* History */

/* The last line against text that is not UTF-8: whichever way a value
 * came (an import, a paste, a future path), it is refused here, before it
 * reaches the file or the history chain. */
static gboolean
check_text (AttestStore  *self,
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

static gboolean
check_record_text (AttestStore   *self,
                   AttestRecord  *record,
                   GError       **error)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  const char *kind = attest_record_class_get_kind (klass);
  const AttestField *fields;
  guint n_fields;

  if (!check_text (self, kind, "id", attest_record_get_id (record), error))
    return FALSE;
  fields = attest_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *name = fields[i].pspec->name;
      GType type = fields[i].pspec->value_type;

      if (type == G_TYPE_STRING)
        {
          if (!check_text (self, kind, name, attest_record_get_string (record, name), error))
            return FALSE;
        }
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = attest_record_get_strv (record, name);

          for (guint j = 0; strv != NULL && strv[j] != NULL; j++)
            if (!check_text (self, kind, name, strv[j], error))
              return FALSE;
        }
    }
  return TRUE;
}

static gboolean
append_history (AttestStore  *self,
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

  if (!check_text (self, kind, "id", record_id, error)
      || !check_text (self, kind, field, field, error)
      || !check_text (self, kind, field, old_value, error)
      || !check_text (self, kind, field, new_value, error))
    return FALSE;
  hash = attest_history_compute_hash (self->history_head, &row);

  stmt = prepare (self,
                  "INSERT INTO history (seq, time, actor, action, kind, record_id, field, old_value, new_value, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row.seq);
  sqlite3_bind_int64 (stmt, 2, row.time);
  bind_text (stmt, 3, row.actor);
  bind_text (stmt, 4, action);
  bind_text (stmt, 5, kind);
  bind_text (stmt, 6, record_id);
  bind_text (stmt, 7, field);
  bind_text (stmt, 8, old_value);
  bind_text (stmt, 9, new_value);
  bind_text (stmt, 10, hash);
  if (!step_done (self, stmt, error))
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
  return append_history (self, attest_now (), action, kind, record_id, field, old_value, new_value, error);
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
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
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
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
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
  stmt = prepare (self, "SELECT hash FROM history WHERE seq = ?", error);
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
    set_sqlite_error (self, rc, error);
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

  if (!require_transaction (self, error)
      || !append_history (self, attest_now (), "head", "history", seq_text, statement, NULL, head, error))
    return FALSE;
  stmt = prepare (self, "INSERT INTO recorded_head (seq, head_seq, hash, statement) VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->history_count);
  sqlite3_bind_int64 (stmt, 2, head_seq);
  bind_text (stmt, 3, head);
  bind_text (stmt, 4, statement);
  return step_done (self, stmt, error);
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

  stmt = prepare (self, "SELECT seq, head_seq, hash, statement FROM recorded_head ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      AttestRecordedHead *head = g_new0 (AttestRecordedHead, 1);

      head->seq = sqlite3_column_int64 (stmt, 0);
      head->head_seq = sqlite3_column_int64 (stmt, 1);
      head->hash = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      head->statement = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (heads, head);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&heads);
}

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
      append_column (sql, fields[i].pspec->name);
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
      set_sqlite_error (store, rc, error);
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
      set_damaged (self, error);
      return NULL;
    }
  record = attest_record_new_loaded (reader->kind, id, created, modified);
  for (guint i = 0; i < reader->n_fields; i++)
    {
      const AttestField *field = &reader->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (!column_value (self, stmt, 3 + i, field, &value, error))
        return NULL;
      if (g_param_value_validate (field->pspec, &value))
        {
          set_damaged (self, error);
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
          set_sqlite_error (reader->store, rc, error);
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
  count = query_int (self, sql->str, &ok, error);
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

  if (!exec (self, "BEGIN DEFERRED", error))
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

static gboolean
require_transaction (AttestStore  *self,
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

  if (!require_transaction (self, error) || !check_record_text (self, record, error))
    return FALSE;

  fields = attest_record_class_get_fields (klass, &n_fields);
  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " (id, created, modified");
  for (guint i = 0; i < n_fields; i++)
    {
      g_string_append (sql, ", ");
      append_column (sql, fields[i].pspec->name);
    }
  g_string_append (sql, ") VALUES (?, ?, ?");
  for (guint i = 0; i < n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, attest_record_get_id (record));
  sqlite3_bind_int64 (stmt, 2, attest_record_get_created (record));
  sqlite3_bind_int64 (stmt, 3, attest_record_get_modified (record));
  for (guint i = 0; i < n_fields; i++)
    bind_field (stmt, 4 + i, record, &fields[i]);
  if (!step_done (self, stmt, error))
    return FALSE;

  snapshot = attest_history_snapshot (record);
  return append_history (self, attest_now (), "insert", attest_record_class_get_kind (klass),
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

  append_column (sql, field->pspec->name);
  g_string_append (sql, " FROM ");
  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " WHERE id = ?");

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, attest_record_get_id (record));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (column_value (self, stmt, 0, field, &value, error))
        text = attest_value_to_text (&value);
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                 _("The record was deleted from “%s”."), self->display_name);
  else
    set_sqlite_error (self, rc, error);
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

  if (!require_transaction (self, error))
    return FALSE;

  old_text = attest_store_dup_field_text (self, record, field, error);
  if (old_text == NULL)
    return FALSE;
  new_text = attest_record_dup_field_text (record, field);
  if (g_str_equal (old_text, new_text))
    return TRUE;
  if (!check_text (self, attest_record_class_get_kind (klass), field->pspec->name, new_text, error))
    return FALSE;

  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " SET ");
  append_column (sql, field->pspec->name);
  g_string_append (sql, " = ?, modified = ? WHERE id = ?");

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bind_field (stmt, 1, record, field);
  sqlite3_bind_int64 (stmt, 2, modified);
  bind_text (stmt, 3, attest_record_get_id (record));
  if (!step_done (self, stmt, error))
    return FALSE;

  /* The row's time is the record's new modification time (history rule 2). */
  return append_history (self, modified, "update", attest_record_class_get_kind (klass),
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

  if (!require_transaction (self, error))
    return FALSE;

  g_string_append (sql, attest_record_class_get_table (klass));
  g_string_append (sql, " WHERE id = ?");
  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, attest_record_get_id (record));
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                   _("The record was already deleted from “%s”."), self->display_name);
      return FALSE;
    }

  snapshot = attest_history_snapshot (record);
  return append_history (self, attest_now (), "delete", attest_record_class_get_kind (klass),
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
  stmt = prepare (self, sql->str, error);
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
      set_sqlite_error (self, rc, error);
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
  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  bind_text (stmt, 1, from_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
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

  if (!require_transaction (self, error))
    return FALSE;

  g_string_append (sql, link->table);
  /* Linking two records again changes nothing (only the uniqueness of the
   * pair is waived; a missing record is still refused). */
  g_string_append (sql, insert ? " (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
                               : " WHERE from_id = ? AND to_id = ?");
  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, from_id);
  bind_text (stmt, 2, to_id);
  if (!step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) != 1)
    return TRUE;   /* already linked, or not linked: nothing happened */

  return append_history (self, attest_now (), insert ? "link" : "unlink", link->name, from_id, NULL,
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
