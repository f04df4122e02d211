/* attest-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-history"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "attest-error.h"
#include "attest-history.h"
#include "attest-store.h"

/* Each row's hash is SHA-256 over the previous row's hash and every column of
 * the row, each as its length and bytes, so that no two different rows can
 * serialise alike. NULL and "" differ. */

static void
feed (GChecksum  *checksum,
      const char *text)
{
  char prefix[32];

  if (text == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-;", 2);
      return;
    }
  g_snprintf (prefix, sizeof prefix, "%zu:", strlen (text));
  g_checksum_update (checksum, (const guchar *) prefix, -1);
  g_checksum_update (checksum, (const guchar *) text, -1);
  g_checksum_update (checksum, (const guchar *) ";", 1);
}

/**
 * attest_history_compute_hash:
 * @previous_hash: the hash of the row before, or %ATTEST_HISTORY_GENESIS
 * @row: the row (its @hash member is ignored)
 *
 * Returns: (transfer full): the row's hash in lower-case hex
 */
char *
attest_history_compute_hash (const char             *previous_hash,
                             const AttestHistoryRow *row)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  char number[32];

  feed (checksum, previous_hash);
  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, row->seq);
  feed (checksum, number);
  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, row->time);
  feed (checksum, number);
  feed (checksum, row->actor);
  feed (checksum, row->action);
  feed (checksum, row->kind);
  feed (checksum, row->record_id);
  feed (checksum, row->field);
  feed (checksum, row->old_value);
  feed (checksum, row->new_value);
  return g_strdup (g_checksum_get_string (checksum));
}

typedef struct
{
  AttestStore *store;
  char        *previous;
  gint64       expected_seq;
  GHashTable  *records;   /* id -> GHashTable field -> text; "" key holds the kind */
  GHashTable  *links;     /* "name\x1ffrom\x1fto" */
} Verify;

static gboolean
tampered (Verify                  *v,
          const AttestHistoryRow  *row,
          const char              *what,
          GError                 **error)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
               _("History row %lld of “%s” %s: the file was changed outside Attest."),
               (long long) row->seq, attest_store_get_display_name (v->store), what);
  return FALSE;
}

static GHashTable *
parse_snapshot (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *fields;
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
  fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_hash_table_unref (fields);
          return NULL;
        }
      g_hash_table_insert (fields, g_strdup (name), g_strdup (json_node_get_string (node)));
    }
  return fields;
}

static gboolean
replay_row (const AttestHistoryRow  *row,
            gpointer                 user_data,
            GError                 **error)
{
  Verify *v = user_data;
  g_autofree char *hash = NULL;
  GHashTable *fields;

  if (row->seq != v->expected_seq)
    return tampered (v, row, _("is out of sequence (rows were removed or added)"), error);
  hash = attest_history_compute_hash (v->previous, row);
  if (g_strcmp0 (hash, row->hash) != 0)
    return tampered (v, row, _("does not match its hash"), error);
  g_free (v->previous);
  v->previous = g_steal_pointer (&hash);
  v->expected_seq++;

  if (g_strcmp0 (row->action, "insert") == 0)
    {
      fields = parse_snapshot (row->new_value);
      if (fields == NULL)
        return tampered (v, row, _("holds an unreadable record"), error);
      g_hash_table_insert (fields, g_strdup (""), g_strdup (row->kind));
      g_hash_table_insert (v->records, g_strdup (row->record_id), fields);
    }
  else if (g_strcmp0 (row->action, "update") == 0)
    {
      fields = g_hash_table_lookup (v->records, row->record_id);
      if (fields == NULL || row->field == NULL || row->new_value == NULL)
        return tampered (v, row, _("changes a record that does not exist"), error);
      g_hash_table_insert (fields, g_strdup (row->field), g_strdup (row->new_value));
    }
  else if (g_strcmp0 (row->action, "delete") == 0)
    {
      if (!g_hash_table_remove (v->records, row->record_id))
        return tampered (v, row, _("deletes a record that does not exist"), error);
    }
  else if (g_strcmp0 (row->action, "link") == 0 || g_strcmp0 (row->action, "unlink") == 0)
    {
      gboolean link = row->action[0] == 'l';
      char *key = g_strjoin ("\x1f", row->kind, row->record_id,
                             link ? row->new_value : row->old_value, NULL);

      if (link)
        g_hash_table_add (v->links, key);
      else
        {
          g_hash_table_remove (v->links, key);
          g_free (key);
        }
    }
  /* Other actions (approvals) are events and change no record. */
  return TRUE;
}

static gboolean
compare_with_file (Verify  *v,
                   GError **error)
{
  const GType *kinds;
  const AttestLinkKind *links;
  guint n_kinds, n_links, n_records = 0, n_link_rows = 0;
  const char *name = attest_store_get_display_name (v->store);

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      g_autoptr(GPtrArray) records = attest_store_load (v->store, kinds[k], error);

      if (records == NULL)
        return FALSE;
      for (guint i = 0; i < records->len; i++)
        {
          AttestRecord *record = g_ptr_array_index (records, i);
          GHashTable *fields = g_hash_table_lookup (v->records, attest_record_get_id (record));
          const AttestField *decl;
          guint n_fields;

          if (fields == NULL
              || g_strcmp0 (g_hash_table_lookup (fields, ""), attest_record_get_kind (record)) != 0)
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                           _("The %s record %s in “%s” has no history: the file was changed outside Attest."),
                           attest_record_get_kind (record), attest_record_get_id (record), name);
              return FALSE;
            }
          decl = attest_record_class_get_fields (ATTEST_RECORD_GET_CLASS (record), &n_fields);
          for (guint f = 0; f < n_fields; f++)
            {
              g_autofree char *now = attest_record_dup_field_text (record, &decl[f]);
              const char *then = g_hash_table_lookup (fields, decl[f].pspec->name);
              g_autofree char *fallback = NULL;

              /* A field added by a later schema starts at its default. */
              if (then == NULL)
                {
                  g_auto(GValue) value = G_VALUE_INIT;

                  g_value_init (&value, decl[f].pspec->value_type);
                  g_param_value_set_default (decl[f].pspec, &value);
                  then = fallback = attest_value_to_text (&value);
                }
              if (g_strcmp0 (now, then) != 0)
                {
                  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                               _("The field “%s” of the %s record %s in “%s” differs from its history: the file was changed outside Attest."),
                               decl[f].pspec->name, attest_record_get_kind (record),
                               attest_record_get_id (record), name);
                  return FALSE;
                }
            }
          n_records++;
        }
    }

  links = attest_link_kinds (&n_links);
  for (guint l = 0; l < n_links; l++)
    {
      g_autoptr(GPtrArray) pairs = attest_store_load_links (v->store, &links[l], error);

      if (pairs == NULL)
        return FALSE;
      for (guint i = 0; i + 1 < pairs->len; i += 2)
        {
          g_autofree char *key = g_strjoin ("\x1f", links[l].name, g_ptr_array_index (pairs, i),
                                            g_ptr_array_index (pairs, i + 1), NULL);

          if (!g_hash_table_contains (v->links, key))
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                           _("A %s link in “%s” has no history: the file was changed outside Attest."),
                           links[l].name, name);
              return FALSE;
            }
          n_link_rows++;
        }
    }

  if (n_records != g_hash_table_size (v->records) || n_link_rows != g_hash_table_size (v->links))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                   _("Records recorded in the history of “%s” are missing from it: the file was changed outside Attest."),
                   name);
      return FALSE;
    }
  return TRUE;
}

/**
 * attest_history_verify:
 * @store: an open store
 * @n_rows: (out) (optional): the number of rows checked
 * @error: return location for an error
 *
 * Recomputes the hash chain from the first row, then replays the history and
 * compares the result with the records and links in the file. Any change made
 * outside Attest (an altered, removed or inserted history row, or a record
 * edited without its history row) fails with %ATTEST_ERROR_TAMPERED naming
 * the first row or record that does not match. Removing rows from the end of
 * the chain together with the changes they record is what the printed head
 * hash and row count are for.
 *
 * Returns: %TRUE if the history verifies
 */
gboolean
attest_history_verify (AttestStore  *store,
                       gint64       *n_rows,
                       GError      **error)
{
  Verify v = {
    .store = store,
    .previous = g_strdup (ATTEST_HISTORY_GENESIS),
    .expected_seq = 1,
    .records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref),
    .links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  gboolean ok;

  ok = attest_store_foreach_history (store, replay_row, &v, error)
       && compare_with_file (&v, error);
  if (n_rows != NULL)
    *n_rows = v.expected_seq - 1;

  g_free (v.previous);
  g_hash_table_unref (v.records);
  g_hash_table_unref (v.links);
  return ok;
}
