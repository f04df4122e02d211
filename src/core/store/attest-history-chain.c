/* attest-history-chain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-history"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "attest-history-chain.h"
#include "attest-record.h"

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

/**
 * attest_history_snapshot:
 * @record: a record
 *
 * The whole record as the history stores it in insert and delete rows
 * under %ATTEST_HISTORY_RULE: its fields as attest_record_to_json_text()
 * writes them, then "created" and "modified" (microseconds since 1970, as
 * decimal text).
 *
 * Returns: (transfer full): JSON text
 */
char *
attest_history_snapshot (AttestRecord *record)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (record);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *created = NULL;
  g_autofree char *modified = NULL;
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (klass, &n_fields);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = attest_record_dup_field_text (record, &fields[i]);

      json_builder_set_member_name (builder, fields[i].pspec->name);
      json_builder_add_string_value (builder, text);
    }
  created = g_strdup_printf ("%" G_GINT64_FORMAT, attest_record_get_created (record));
  modified = g_strdup_printf ("%" G_GINT64_FORMAT, attest_record_get_modified (record));
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "modified");
  json_builder_add_string_value (builder, modified);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
