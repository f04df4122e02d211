/* attest-store-schema.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-store"

#include "config.h"

#include "attest-i18n.h"
#include <json-glib/json-glib.h>
#include <string.h>

#include "attest-error.h"
#include "attest-store-private.h"

/* The schema of a .isms file: a table per record kind and per link kind,
 * the tables of schema 1, and the migrations from every older schema. */

static guint               test_migration_version;
static AttestMigrationFunc test_migration_func;

void
_attest_store_set_test_migration (guint               version,
                                  AttestMigrationFunc func)
{
  test_migration_version = func ? version : 0;
  test_migration_func = func;
}

guint
_attest_store_current_schema_version (void)
{
  return MAX (ATTEST_SCHEMA_VERSION, test_migration_version);
}

/* The tables of record kinds and link kinds */

void
_attest_store_append_column (GString    *sql,
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

  _attest_store_append_column (sql, pspec->name);
  g_string_append_c (sql, ' ');
  g_string_append (sql, _attest_store_column_type (pspec));
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
          _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
          return FALSE;
        }
      for (guint i = 0; i < n_fields; i++)
        if (fields[i].references != NULL && fields[i].since <= version)
          {
            g_string_assign (sql, "CREATE INDEX ");
            g_string_append (sql, table);
            g_string_append (sql, "_");
            _attest_store_append_column (sql, fields[i].pspec->name);
            g_string_append (sql, " ON ");
            g_string_append (sql, table);
            g_string_append (sql, " (");
            _attest_store_append_column (sql, fields[i].pspec->name);
            g_string_append (sql, ")");
            if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
              {
                _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
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
              _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
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
      _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }

  g_string_assign (sql, "CREATE INDEX ");
  g_string_append (sql, link->table);
  g_string_append (sql, "_to ON ");
  g_string_append (sql, link->table);
  g_string_append (sql, " (to_id)");
  if (sqlite3_exec (self->db, sql->str, NULL, NULL, NULL) != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

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

  if (!_attest_store_load_history_head (self, error))
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

      /* A kind of a later schema has no table yet, nor records. */
      if (attest_record_class_get_since (klass) > 5)
        {
          g_type_class_unref (klass);
          continue;
        }
      g_string_append (sql, attest_record_class_get_table (klass));
      g_string_append (sql, " ORDER BY rowid");
      g_type_class_unref (klass);
      stmt = _attest_store_prepare (self, sql->str, error);
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
          _attest_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  value = json_generator_to_data (generator, NULL);

  return _attest_store_append_history (self, attest_now (), "chain-rule", "history", "chain", "rule", "1", value, error);
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
          _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
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
      && (!_attest_store_exec (self, schema_5_sql, error) || !append_chain_rule (self, error)))
    return FALSE;

  if (version == test_migration_version && test_migration_func != NULL
      && !test_migration_func (self, error))
    return FALSE;

  /* PRAGMA takes no bound parameters; the version is a number we own. */
  pragma = g_strdup_printf ("PRAGMA user_version = %u", version);
  if (sqlite3_exec (self->db, pragma, NULL, NULL, NULL) != SQLITE_OK)
    {
      _attest_store_set_sqlite_error (self, sqlite3_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_attest_store_migrate (AttestStore  *self,
                       GError      **error)
{
  guint target = _attest_store_current_schema_version ();

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
