/* attest-store-statements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include "attest-i18n.h"

#include "attest-error.h"
#include "attest-store-private.h"

/* The store's statements: SQLite's errors told as sentences a user can act
 * on, statements prepared once and cached by their text, values bound and
 * read by the type of the field. */

/* Errors */

void
_attest_store_set_sqlite_error (AttestStore  *self,
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

sqlite3_stmt *
_attest_store_prepare (AttestStore  *self,
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
      _attest_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows to completion, then resets it. */
gboolean
_attest_store_step_done (AttestStore   *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_attest_store_exec (AttestStore  *self,
                    const char   *sql,
                    GError      **error)
{
  sqlite3_stmt *stmt = _attest_store_prepare (self, sql, error);

  return stmt != NULL && _attest_store_step_done (self, stmt, error);
}

gboolean
_attest_store_exec_for_testing (AttestStore  *self,
                                const char   *sql,
                                GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

void
_attest_store_bind_text (sqlite3_stmt *stmt,
                         int           index,
                         const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

gint64
_attest_store_query_int (AttestStore  *self,
                         const char   *sql,
                         gboolean     *ok,
                         GError      **error)
{
  sqlite3_stmt *stmt = _attest_store_prepare (self, sql, error);
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
    _attest_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);
  return value;
}

/* Values */

const char *
_attest_store_column_type (GParamSpec *pspec)
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

void
_attest_store_bind_field (sqlite3_stmt      *stmt,
                          int                index,
                          AttestRecord      *record,
                          const AttestField *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, field->pspec->value_type);
  g_object_get_property (G_OBJECT (record), field->pspec->name, &value);
  bind_value (stmt, index, field, &value);
}

gboolean
_attest_store_column_value (AttestStore        *self,
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
