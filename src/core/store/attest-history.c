/* attest-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-history"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"
#include <json-glib/json-glib.h>

#include "attest-error.h"
#include "attest-history.h"
#include "attest-record.h"
#include "attest-store.h"

/* The times the history vouches for, of one record. */
typedef struct
{
  gboolean has_created;
  gboolean has_modified;
  gint64   created;
  gint64   modified;
} Times;

typedef struct
{
  AttestStore *store;
  char        *previous;
  gint64       expected_seq;
  guint        rule;      /* the chain rule in force at this row */
  GHashTable  *records;   /* id -> GHashTable field -> text; "" key holds the kind */
  GHashTable  *times;     /* id -> Times, for records whose times are covered */
  GHashTable  *links;     /* "name\x1ffrom\x1fto" */
  GPtrArray   *hashes;    /* the hash of row N at N - 1 */
  GHashTable  *heads;     /* seq of a "head" row -> "head_seq hash" */
  gint64       n_recorded_heads;
  gint64       last_recorded_seq;
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
parse_time (const char *text,
            gint64     *time)
{
  guint64 value;

  if (text == NULL
      || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &value, NULL))
    return FALSE;
  *time = (gint64) value;
  return TRUE;
}

/* Takes "created" and "modified" out of a rule-2 snapshot. */
static gboolean
take_times (GHashTable *fields,
            Times      *times)
{
  if (!parse_time (g_hash_table_lookup (fields, "created"), &times->created)
      || !parse_time (g_hash_table_lookup (fields, "modified"), &times->modified))
    return FALSE;
  times->has_created = times->has_modified = TRUE;
  g_hash_table_remove (fields, "created");
  g_hash_table_remove (fields, "modified");
  return TRUE;
}

static const char *
string_element (JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The "chain-rule" row: {"rule": "2", "times": {id: [created, modified]}}. */
static gboolean
replay_chain_rule (Verify                  *v,
                   const AttestHistoryRow  *row,
                   GError                 **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object, *times;
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;

  if (row->new_value == NULL || !json_parser_load_from_data (parser, row->new_value, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return tampered (v, row, _("holds an unreadable chain rule"), error);
  object = json_node_get_object (json_parser_get_root (parser));
  node = json_object_get_member (object, "rule");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || g_strcmp0 (json_node_get_string (node), "2") != 0
      || v->rule >= 2
      || !json_object_has_member (object, "times")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "times")))
    return tampered (v, row, _("holds an unknown chain rule"), error);

  times = json_object_get_object_member (object, "times");
  json_object_iter_init (&iter, times);
  while (json_object_iter_next (&iter, &id, &node))
    {
      JsonArray *pair;
      Times t = { TRUE, TRUE, 0, 0 };

      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (pair = json_node_get_array (node)) != 2
          || !parse_time (string_element (pair, 0), &t.created)
          || !parse_time (string_element (pair, 1), &t.modified))
        return tampered (v, row, _("holds an unreadable chain rule"), error);
      if (!g_hash_table_contains (v->records, id))
        return tampered (v, row, _("names a record that does not exist"), error);
      g_hash_table_insert (v->times, g_strdup (id), g_memdup2 (&t, sizeof t));
    }
  v->rule = 2;
  return TRUE;
}

/* A "head" row: record_id is the row whose hash it records, new_value the hash. */
static gboolean
replay_head (Verify                  *v,
             const AttestHistoryRow  *row,
             GError                 **error)
{
  guint64 head_seq;
  const char *hash;

  if (row->record_id == NULL
      || !g_ascii_string_to_unsigned (row->record_id, 10, 0, row->seq - 1, &head_seq, NULL))
    return tampered (v, row, _("records a history head that comes after it"), error);
  hash = head_seq == 0 ? ATTEST_HISTORY_GENESIS : g_ptr_array_index (v->hashes, head_seq - 1);
  if (g_strcmp0 (hash, row->new_value) != 0)
    return tampered (v, row, _("records a history head that the chain does not hold"), error);
  g_hash_table_insert (v->heads, g_memdup2 (&row->seq, sizeof row->seq),
                       g_strdup_printf ("%" G_GUINT64_FORMAT " %s", head_seq, hash));
  v->n_recorded_heads++;
  v->last_recorded_seq = (gint64) head_seq;
  return TRUE;
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
  v->previous = g_strdup (hash);
  g_ptr_array_add (v->hashes, g_steal_pointer (&hash));
  v->expected_seq++;

  if (g_strcmp0 (row->action, "insert") == 0)
    {
      Times times = { 0 };

      fields = parse_snapshot (row->new_value);
      if (fields == NULL || (v->rule >= 2 && !take_times (fields, &times)))
        {
          g_clear_pointer (&fields, g_hash_table_unref);
          return tampered (v, row, _("holds an unreadable record"), error);
        }
      g_hash_table_insert (fields, g_strdup (""), g_strdup (row->kind));
      g_hash_table_insert (v->records, g_strdup (row->record_id), fields);
      if (v->rule >= 2)
        g_hash_table_insert (v->times, g_strdup (row->record_id), g_memdup2 (&times, sizeof times));
      else
        g_hash_table_remove (v->times, row->record_id);
    }
  else if (g_strcmp0 (row->action, "update") == 0)
    {
      fields = g_hash_table_lookup (v->records, row->record_id);
      if (fields == NULL || row->field == NULL || row->new_value == NULL)
        return tampered (v, row, _("changes a record that does not exist"), error);
      g_hash_table_insert (fields, g_strdup (row->field), g_strdup (row->new_value));
      /* Under rule 2 the row's time is the record's new modification time. */
      if (v->rule >= 2)
        {
          Times *times = g_hash_table_lookup (v->times, row->record_id);

          if (times == NULL)
            {
              times = g_new0 (Times, 1);
              g_hash_table_insert (v->times, g_strdup (row->record_id), times);
            }
          times->has_modified = TRUE;
          times->modified = row->time;
        }
    }
  else if (g_strcmp0 (row->action, "delete") == 0)
    {
      if (!g_hash_table_remove (v->records, row->record_id))
        return tampered (v, row, _("deletes a record that does not exist"), error);
      g_hash_table_remove (v->times, row->record_id);
    }
  else if (g_strcmp0 (row->action, "chain-rule") == 0)
    return replay_chain_rule (v, row, error);
  else if (g_strcmp0 (row->action, "head") == 0)
    return replay_head (v, row, error);
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
  /* Other actions (approvals, acceptances) are events and change no record. */
  return TRUE;
}

static gboolean
differs (Verify        *v,
         AttestRecord  *record,
         const char    *field,
         GError       **error)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
               _("The field “%s” of the %s record %s in “%s” differs from its history: the file was changed outside Attest."),
               field, attest_record_get_kind (record), attest_record_get_id (record),
               attest_store_get_display_name (v->store));
  return FALSE;
}

static gboolean
compare_times (Verify        *v,
               AttestRecord  *record,
               GError       **error)
{
  const Times *times = g_hash_table_lookup (v->times, attest_record_get_id (record));

  if (times == NULL)
    return TRUE;   /* written under rule 1 and untouched since */
  if (times->has_created && times->created != attest_record_get_created (record))
    return differs (v, record, "created", error);
  if (times->has_modified && times->modified != attest_record_get_modified (record))
    return differs (v, record, "modified", error);
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
          if (!compare_times (v, record, error))
            return FALSE;
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
                return differs (v, record, decl[f].pspec->name, error);
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

/* The heads the file recorded beside the chain must be where the chain
 * says: a history cut before one of them is noticed. */
static gboolean
check_recorded_heads (Verify  *v,
                      GError **error)
{
  g_autoptr(GPtrArray) recorded = attest_store_load_recorded_heads (v->store, error);
  const char *name = attest_store_get_display_name (v->store);
  gint64 n_rows = v->expected_seq - 1;

  if (recorded == NULL)
    return FALSE;
  for (guint i = 0; i < recorded->len; i++)
    {
      const AttestRecordedHead *head = g_ptr_array_index (recorded, i);
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT " %s", head->head_seq, head->hash);
      const char *found = g_hash_table_lookup (v->heads, &head->seq);

      if (head->seq > n_rows)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                       _("“%s” recorded the history head of row %lld for a third party, but its history ends at row %lld: rows were removed from its end."),
                       name, (long long) head->head_seq, (long long) n_rows);
          return FALSE;
        }
      if (g_strcmp0 (found, expected) != 0)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                       _("“%s” recorded the history head of row %lld for a third party, but its history no longer holds it: the file was changed outside Attest."),
                       name, (long long) head->head_seq);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
is_head (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return FALSE;
  return TRUE;
}

static gboolean
find_expected_head (Verify      *v,
                    const char  *expected_head,
                    gint64      *seq,
                    GError     **error)
{
  const char *name = attest_store_get_display_name (v->store);
  g_autofree char *wanted = NULL;

  if (!is_head (expected_head))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("“%s” is not a history head to check “%s” against: a head is 64 hexadecimal digits, as the audit pack prints it."),
                   expected_head, name);
      return FALSE;
    }
  wanted = g_ascii_strdown (expected_head, -1);
  if (g_str_equal (wanted, ATTEST_HISTORY_GENESIS))
    {
      *seq = 0;
      return TRUE;
    }
  for (guint i = 0; i < v->hashes->len; i++)
    if (g_str_equal (g_ptr_array_index (v->hashes, i), wanted))
      {
        *seq = i + 1;
        return TRUE;
      }
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
               _("The history of “%s” does not pass through the head %s: it was cut before that head or rewritten since (it now has %lld rows, head %s)."),
               name, wanted, (long long) v->hashes->len, v->previous);
  return FALSE;
}

/**
 * attest_history_verify_full:
 * @store: an open store
 * @expected_head: (nullable): a head printed earlier, e.g. in an audit pack
 * @report: (out) (optional): what was found
 * @error: return location for an error
 *
 * Recomputes the hash chain from the first row, then replays the history and
 * compares the result with the records and links in the file, each row under
 * the rule it was written with (%ATTEST_HISTORY_RULE). Any change made
 * outside Attest (an altered, removed or inserted history row, or a record
 * edited without its history row) fails with %ATTEST_ERROR_TAMPERED naming
 * the first row or record that does not match. So does a "head" row whose
 * head is not in the chain, and a history that ends before a head the file
 * recorded as stated to a third party.
 *
 * Removing rows from the end of the chain after the last recorded head,
 * together with the changes they record, leaves a shorter chain the file
 * alone cannot tell from the real one. A head printed outside the file
 * can: with @expected_head, the chain must pass through it (some row's
 * hash is that head), or this fails with %ATTEST_ERROR_TAMPERED; a text that
 * is not a head fails with %ATTEST_ERROR_INVALID.
 *
 * Returns: %TRUE if the history verifies
 */
gboolean
attest_history_verify_full (AttestStore          *store,
                            const char           *expected_head,
                            AttestHistoryReport  *report,
                            GError              **error)
{
  Verify v = {
    .store = store,
    .previous = g_strdup (ATTEST_HISTORY_GENESIS),
    .expected_seq = 1,
    .rule = 1,
    .records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref),
    .times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    .links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .hashes = g_ptr_array_new_with_free_func (g_free),
    .heads = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free),
    .last_recorded_seq = -1,
  };
  gint64 expected_seq = -1;
  gboolean ok;

  ok = attest_store_foreach_history (store, replay_row, &v, error);
  /* Every file of schema 5 on went through the step that starts rule 2. */
  if (ok && v.rule < 2 && attest_store_get_schema_version (store) >= 5)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED,
                   _("The history of “%s” lacks the row that starts its current rule: the file was changed outside Attest."),
                   attest_store_get_display_name (store));
      ok = FALSE;
    }
  ok = ok && compare_with_file (&v, error) && check_recorded_heads (&v, error);
  if (ok && expected_head != NULL)
    ok = find_expected_head (&v, expected_head, &expected_seq, error);

  if (report != NULL)
    {
      report->n_rows = v.expected_seq - 1;
      report->n_recorded_heads = v.n_recorded_heads;
      report->last_recorded_seq = v.last_recorded_seq;
      report->expected_seq = expected_seq;
    }

  g_free (v.previous);
  g_hash_table_unref (v.records);
  g_hash_table_unref (v.times);
  g_hash_table_unref (v.links);
  g_ptr_array_unref (v.hashes);
  g_hash_table_unref (v.heads);
  return ok;
}

/**
 * attest_history_verify:
 * @store: an open store
 * @n_rows: (out) (optional): the number of rows checked
 * @error: return location for an error
 *
 * attest_history_verify_full() without an expected head.
 *
 * Returns: %TRUE if the history verifies
 */
gboolean
attest_history_verify (AttestStore  *store,
                       gint64       *n_rows,
                       GError      **error)
{
  AttestHistoryReport report;
  gboolean ok = attest_history_verify_full (store, NULL, &report, error);

  if (n_rows != NULL)
    *n_rows = report.n_rows;
  return ok;
}

/**
 * attest_history_record_head:
 * @store: a store open for editing
 * @statement: what states the head to a third party: "soa-approval",
 *   "risk-acceptance", "audit-pack", "json-export", "csv-export"
 * @seq: the row whose hash is the head (0 for an empty history)
 * @hash: that row's hash, as it was stated
 * @error: return location for an error
 *
 * Records that the workspace stated the head of its history to a third
 * party: a "head" event in the chain and a row beside it, so that
 * attest_history_verify_full() notices a history cut before it. The head
 * must be in the chain (%ATTEST_ERROR_INVALID otherwise). Runs in the
 * caller's transaction, or its own.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_history_record_head (AttestStore  *store,
                            const char   *statement,
                            gint64        seq,
                            const char   *hash,
                            GError      **error)
{
  g_autofree char *actual = NULL;

  g_return_val_if_fail (statement != NULL && hash != NULL, FALSE);

  if (seq < 0 || seq > attest_store_get_history_count (store)
      || (actual = attest_store_dup_history_hash (store, seq, NULL)) == NULL
      || !g_str_equal (actual, hash))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The history of “%s” has no head %s at row %lld, so it was not recorded."),
                   attest_store_get_display_name (store), hash, (long long) seq);
      return FALSE;
    }
  if (!attest_store_begin (store, error))
    return FALSE;
  if (!attest_store_record_head (store, statement, seq, hash, error))
    {
      attest_store_rollback (store);
      return FALSE;
    }
  return attest_store_commit (store, error);
}
