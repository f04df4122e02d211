/* attest-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-json"

#include "config.h"

#include "attest-i18n.h"
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "attest-catalog.h"
#include "attest-error.h"
#include "attest-json.h"
#include "attest-owner.h"
#include "attest-person.h"
#include "attest-role.h"
#include "attest-risk-method.h"
#include "attest-soa-entry.h"

/* The format (documented in README.md):
 *
 *   { "format": "attest-workspace", "format-version": 1,
 *     "records": { "<kind>": [ { "id": ..., "created": ..., "modified": ...,
 *                                "<field>": <value>, ... }, ... ], ... },
 *     "links": { "<link kind>": [ { "from": id, "to": id }, ... ], ... } }
 *
 * Kinds, records and fields come in a fixed order, so that export, import
 * and export again give the same bytes. */

/* Export */

static void
add_field_value (JsonBuilder       *builder,
                 AttestRecord      *record,
                 const AttestField *field)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GType type = field->pspec->value_type;

  g_value_init (&value, type);
  g_object_get_property (G_OBJECT (record), field->pspec->name, &value);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (&value);

      if (field->references != NULL && (s == NULL || *s == '\0'))
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, s ? s : "");
    }
  else if (type == G_TYPE_BOOLEAN)
    json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
  else if (type == G_TYPE_INT)
    json_builder_add_int_value (builder, g_value_get_int (&value));
  else if (type == G_TYPE_INT64)
    json_builder_add_int_value (builder, g_value_get_int64 (&value));
  else if (type == G_TYPE_UINT)
    json_builder_add_int_value (builder, g_value_get_uint (&value));
  else if (type == G_TYPE_DOUBLE)
    json_builder_add_double_value (builder, g_value_get_double (&value));
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (&value);

      json_builder_begin_array (builder);
      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        json_builder_add_string_value (builder, strv[i]);
      json_builder_end_array (builder);
    }
  else
    {
      g_autofree char *text = attest_value_to_text (&value);
      json_builder_add_string_value (builder, text);
    }
}

/**
 * attest_json_export:
 * @workspace: a workspace
 * @error: return location for an error
 *
 * Returns: (transfer full): the whole workspace as JSON text, ending in a newline
 */
char *
attest_json_export (AttestWorkspace  *workspace,
                    GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const GType *kinds;
  const AttestLinkKind *links;
  guint n_kinds, n_links;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "attest-workspace");
  json_builder_set_member_name (builder, "format-version");
  json_builder_add_int_value (builder, ATTEST_JSON_FORMAT_VERSION);
  json_builder_set_member_name (builder, "catalog");
  json_builder_add_string_value (builder, attest_catalog_get_id (attest_catalog_get_default ()));

  json_builder_set_member_name (builder, "records");
  json_builder_begin_object (builder);
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_peek (kinds[k]);
      GListModel *model = attest_workspace_get_records (workspace, kinds[k]);
      const AttestField *fields;
      guint n_fields;

      fields = attest_record_class_get_fields (klass, &n_fields);
      json_builder_set_member_name (builder, attest_record_class_get_kind (klass));
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);
          g_autofree char *created = attest_timestamp_format (attest_record_get_created (record));
          g_autofree char *modified = attest_timestamp_format (attest_record_get_modified (record));

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, attest_record_get_id (record));
          json_builder_set_member_name (builder, "created");
          json_builder_add_string_value (builder, created);
          json_builder_set_member_name (builder, "modified");
          json_builder_add_string_value (builder, modified);
          for (guint f = 0; f < n_fields; f++)
            {
              if (fields[f].flags & ATTEST_FIELD_RETIRED)
                continue;
              json_builder_set_member_name (builder, fields[f].pspec->name);
              add_field_value (builder, record, &fields[f]);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_object (builder);
  links = attest_link_kinds (&n_links);
  for (guint l = 0; l < n_links; l++)
    {
      g_autoptr(GPtrArray) pairs = attest_workspace_dup_links (workspace, links[l].name, error);

      if (pairs == NULL)
        return NULL;
      json_builder_set_member_name (builder, links[l].name);
      json_builder_begin_array (builder);
      for (guint i = 0; i + 1 < pairs->len; i += 2)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "from");
          json_builder_add_string_value (builder, g_ptr_array_index (pairs, i));
          json_builder_set_member_name (builder, "to");
          json_builder_add_string_value (builder, g_ptr_array_index (pairs, i + 1));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}

/* Import: a pre-scan before json-glib parses anything, because json-glib 1.6
 * recurses without limit (a deep document overflows the stack), silently
 * keeps the last of duplicate keys, and builds the whole tree at some 80 to
 * 300 bytes a value: a document of millions of tiny values would take
 * gigabytes. The scan is one pass over the bytes that counts values and
 * objects, so a document beyond the limits is refused before a tree is
 * built; it does not check the syntax, json-glib does that next. */

typedef struct
{
  gboolean    is_object;
  gboolean    expect_key;
  GHashTable *keys;
  char       *key;
  guint       index;
} Frame;

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->keys, g_hash_table_unref);
  g_clear_pointer (&frame->key, g_free);
}

static char *
frames_path (GArray *frames)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < frames->len; i++)
    {
      Frame *frame = &g_array_index (frames, Frame, i);

      if (frame->is_object && frame->key != NULL)
        g_string_append_printf (path, ".%s", frame->key);
      else if (!frame->is_object)
        g_string_append_printf (path, "[%u]", frame->index);
    }
  return g_string_free (path, FALSE);
}

static gboolean
scan_error (GArray      *frames,
            GError     **error,
            const char  *message)
{
  g_autofree char *path = frames_path (frames);

  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

static gunichar
hex4 (const char *p)
{
  char hex[5] = { p[0], p[1], p[2], p[3], 0 };

  return (gunichar) g_ascii_strtoull (hex, NULL, 16);
}

/* Reads a JSON string starting after its opening quote and moves *pos past
 * the closing quote; returns the decoded text when @decode (for keys). A
 * \u escape of half a surrogate pair without its other half names no
 * character (json-glib would make bytes of it that are not UTF-8):
 * *bad_escape is set. */
static char *
scan_string (const char  *json,
             gsize        length,
             gsize       *pos,
             gboolean     decode,
             gboolean    *has_nul,
             gboolean    *bad_escape)
{
  GString *out = decode ? g_string_new (NULL) : NULL;
  gsize i = *pos;

  while (i < length && json[i] != '"')
    {
      if (json[i] == '\\' && i + 1 < length)
        {
          char c = json[i + 1];

          if (c == 'u' && i + 5 < length)
            {
              gunichar u = hex4 (json + i + 2);

              i += 6;
              if (u >= 0xd800 && u <= 0xdbff && i + 5 < length && json[i] == '\\' && json[i + 1] == 'u')
                {
                  gunichar low = hex4 (json + i + 2);

                  if (low >= 0xdc00 && low <= 0xdfff)
                    {
                      u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                      i += 6;
                    }
                }
              if (u >= 0xd800 && u <= 0xdfff)
                *bad_escape = TRUE;
              else if (u == 0)
                *has_nul = TRUE;
              else if (out != NULL)
                g_string_append_unichar (out, u);
              continue;
            }
          if (out != NULL)
            g_string_append_c (out, c);
          i += 2;
          continue;
        }
      if (out != NULL)
        g_string_append_c (out, json[i]);
      i++;
    }
  *pos = i + 1;
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

/* Numbers, true, false and null: a run of these characters is one value. */
static gboolean
is_bare (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '+' || c == '.';
}

static gboolean
prescan (const char  *json,
         gsize        length,
         GError     **error)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  guint n_values = 0, n_objects = 0;
  gsize pos = 0;

  g_array_set_clear_func (frames, frame_clear);

  while (pos < length)
    {
      char c = json[pos];
      Frame *top = frames->len ? &g_array_index (frames, Frame, frames->len - 1) : NULL;
      gboolean is_key = top != NULL && top->is_object && top->expect_key && c == '"';

      /* Every value starts with one of these; a key is not a value. */
      if (c == '{' || c == '[' || (c == '"' && !is_key) || (is_bare (c) && (pos == 0 || !is_bare (json[pos - 1]))))
        {
          if (++n_values > ATTEST_JSON_MAX_VALUES)
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("The document holds more than %u values; an Attest export of the largest workspace it is made for holds about %u."),
                           ATTEST_JSON_MAX_VALUES, ATTEST_JSON_LARGE_VALUES);
              return FALSE;
            }
          if ((c == '{' || c == '[') && ++n_objects > ATTEST_JSON_MAX_OBJECTS)
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("The document holds more than %u objects and lists; an Attest export of the largest workspace it is made for holds about %u."),
                           ATTEST_JSON_MAX_OBJECTS, ATTEST_JSON_LARGE_OBJECTS);
              return FALSE;
            }
        }

      switch (c)
        {
        case '{':
        case '[':
          {
            Frame frame = { .is_object = c == '{', .expect_key = c == '{' };

            if (frames->len >= ATTEST_JSON_MAX_DEPTH)
              return scan_error (frames, error, _("nested too deeply"));
            if (frame.is_object)
              frame.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
            g_array_append_val (frames, frame);
            pos++;
            break;
          }
        case '}':
        case ']':
          if (frames->len > 0)
            g_array_set_size (frames, frames->len - 1);
          pos++;
          break;
        case ',':
          if (top != NULL && top->is_object)
            top->expect_key = TRUE;
          else if (top != NULL)
            top->index++;
          pos++;
          break;
        case '"':
          {
            gboolean has_nul = FALSE;
            gboolean bad_escape = FALSE;
            char *text;

            pos++;
            text = scan_string (json, length, &pos, is_key, &has_nul, &bad_escape);
            if (has_nul || bad_escape)
              {
                /* Where the text is a key, the path ends at the object
                 * that holds it. */
                g_free (text);
                if (is_key)
                  g_clear_pointer (&top->key, g_free);
                return scan_error (frames, error,
                                   has_nul ? _("a text contains a NUL character, which Attest does not store")
                                           : _("a text contains a \\u escape of half a surrogate pair, which names no character"));
              }
            if (is_key)
              {
                top->expect_key = FALSE;
                g_free (top->key);
                top->key = g_strdup (text);
                if (!g_hash_table_add (top->keys, text))
                  return scan_error (frames, error, _("the key appears twice"));
              }
            break;
          }
        case '/':
          /* Outside a text, a slash can only start a comment, which
           * json-glib would read and JSON does not have. */
          return scan_error (frames, error, _("holds a comment, which JSON does not allow; remove it"));
        default:
          pos++;
          break;
        }
    }
  return TRUE;
}

/* Validation */

typedef struct
{
  GPtrArray  *records;   /* AttestRecord, in kind order */
  GPtrArray  *links;     /* triples: link kind, from, to */
  GHashTable *ids;       /* id -> AttestRecord (borrowed) */
} Import;

static void import_clear (Import *import);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *message)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
read_field (JsonNode           *node,
            const AttestField  *field,
            GValue             *value,
            const char         *path,
            GError            **error)
{
  GType type = field->pspec->value_type;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    {
      if (field->references != NULL && node != NULL && JSON_NODE_HOLDS_NULL (node))
        {
          g_value_set_static_string (value, "");
          return TRUE;
        }
      if (!is_string (node))
        return invalid (error, path, field->references ? _("must be a record id or null") : _("must be a text"));
      g_value_set_string (value, json_node_get_string (node));
      return TRUE;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return invalid (error, path, _("must be true or false"));
      g_value_set_boolean (value, json_node_get_boolean (node));
      return TRUE;
    }
  if (type == G_TYPE_INT || type == G_TYPE_INT64 || type == G_TYPE_UINT)
    {
      g_auto(GValue) wide = G_VALUE_INIT;

      if (!is_integer (node))
        return invalid (error, path, _("must be a whole number"));
      g_value_init (&wide, G_TYPE_INT64);
      g_value_set_int64 (&wide, json_node_get_int (node));
      if (!g_value_transform (&wide, value) || g_param_value_validate (field->pspec, value))
        return invalid (error, path, _("is out of range"));
      return TRUE;
    }
  if (type == G_TYPE_DOUBLE)
    {
      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
          || (json_node_get_value_type (node) != G_TYPE_DOUBLE && !is_integer (node)))
        return invalid (error, path, _("must be a number"));
      g_value_set_double (value, json_node_get_double (node));
      return TRUE;
    }
  if (type == G_TYPE_STRV)
    {
      JsonArray *array;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        return invalid (error, path, _("must be a list of texts"));
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (!is_string (item))
            {
              g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
              return invalid (error, item_path, _("must be a text"));
            }
          g_strv_builder_add (builder, json_node_get_string (item));
        }
      g_value_take_boxed (value, g_strv_builder_end (builder));
      return TRUE;
    }
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev;

      if (!is_string (node)
          || (ev = g_enum_get_value_by_nick (enum_class, json_node_get_string (node))) == NULL)
        {
          g_autoptr(GString) allowed = g_string_new (NULL);
          g_autofree char *message = NULL;

          for (guint i = 0; i < enum_class->n_values; i++)
            {
              /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
              g_autofree char *quoted = g_strdup_printf (_("“%s”"), enum_class->values[i].value_nick);

              g_string_append_printf (allowed, "%s%s", i ? ", " : "", quoted);
            }
          message = g_strdup_printf (_("must be one of %s"), allowed->str);
          return invalid (error, path, message);
        }
      g_value_set_enum (value, ev->value);
      return TRUE;
    }
  return invalid (error, path, _("has a type Attest cannot read"));
}

static AttestRecord *
read_record (Import      *import,
             GType        kind,
             JsonNode    *node,
             const char  *path,
             GError     **error)
{
  AttestRecordClass *klass = g_type_class_peek (kind);
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  const char *id;
  gint64 created = 0, modified = 0;
  const AttestField *fields;
  guint n_fields;
  g_autoptr(AttestRecord) record = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, path, _("must be an object"));
      return NULL;
    }
  object = json_node_get_object (node);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (g_str_equal (name, "id") || g_str_equal (name, "created") || g_str_equal (name, "modified")
          || attest_record_class_find_field (klass, name) != NULL)
        continue;
      {
        g_autofree char *member_path = g_strdup_printf ("%s.%s", path, name);
        invalid (error, member_path, _("is not a field of this kind of record"));
        return NULL;
      }
    }

  member = json_object_get_member (object, "id");
  if (!is_string (member) || *(id = json_node_get_string (member)) == '\0' || strlen (id) > 128)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.id", path);
      invalid (error, member_path, _("must be a text of 1 to 128 characters"));
      return NULL;
    }
  if (g_hash_table_contains (import->ids, id))
    {
      g_autofree char *member_path = g_strdup_printf ("%s.id", path);
      invalid (error, member_path, _("is the id of another record too"));
      return NULL;
    }
  for (guint t = 0; t < 2; t++)
    {
      const char *which = t == 0 ? "created" : "modified";
      gint64 *out = t == 0 ? &created : &modified;

      member = json_object_get_member (object, which);
      if (!is_string (member) || !attest_timestamp_parse (json_node_get_string (member), out))
        {
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, which);
          invalid (error, member_path, _("must be a date and time such as 2026-01-31T09:00:00Z"));
          return NULL;
        }
    }

  record = g_object_new (kind, "id", id, "created", created, "modified", modified, NULL);
  fields = attest_record_class_get_fields (klass, &n_fields);
  for (guint f = 0; f < n_fields; f++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *member_path = g_strdup_printf ("%s.%s", path, fields[f].pspec->name);

      member = json_object_get_member (object, fields[f].pspec->name);
      if (member == NULL)
        continue;   /* a field the writer did not know: its default */
      if (!read_field (member, &fields[f], &value, member_path, error))
        return NULL;
      /* A malformed value is refused by the rules the forms apply; what is
       * merely missing is left to readiness. */
      {
        int item;
        const char *message = attest_field_check_value (&fields[f], &value, &item);

        if (message != NULL)
          {
            g_autofree char *item_path = item >= 0 ? g_strdup_printf ("%s[%d]", member_path, item)
                                                   : g_strdup (member_path);
            invalid (error, item_path, message);
            return NULL;
          }
      }
      if (fields[f].references != NULL && *g_value_get_string (&value) != '\0')
        {
          AttestRecord *target = g_hash_table_lookup (import->ids, g_value_get_string (&value));

          if (target == NULL || g_strcmp0 (attest_record_get_kind (target), fields[f].references) != 0)
            {
              g_autofree char *message = g_strdup_printf (_("refers to a %s that is not in the file"),
                                                          fields[f].references);
              invalid (error, member_path, message);
              return NULL;
            }
        }
      g_object_set_property (G_OBJECT (record), fields[f].pspec->name, &value);
    }

  /* An export from before the escalation level (schema 8) gets what an
   * older file gets when it is opened. */
  if (ATTEST_IS_RISK_METHOD (record) && !json_object_has_member (object, "escalation-level")
      && !json_object_has_member (object, "escalation-authority"))
    attest_risk_method_fill_escalation (record);

  if (ATTEST_IS_SOA_ENTRY (record)
      && attest_catalog_lookup_control (attest_catalog_get_default (),
                                        attest_record_get_string (record, "control-id")) == NULL)
    {
      g_autofree char *member_path = g_strdup_printf ("%s.control-id", path);
      invalid (error, member_path, _("is not a control of the catalog"));
      return NULL;
    }

  return g_steal_pointer (&record);
}

static gboolean link_owners (Import *import, GError **error);

static gboolean
read_records (Import      *import,
              JsonObject  *records,
              GError     **error)
{
  const GType *kinds;
  guint n_kinds;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  g_autoptr(GHashTable) controls = g_hash_table_new (g_str_hash, g_str_equal);

  json_object_iter_init (&iter, records);
  while (json_object_iter_next (&iter, &name, &member))
    if (attest_record_kind_lookup (name) == G_TYPE_INVALID)
      {
        g_autofree char *path = g_strdup_printf ("$.records.%s", name);
        return invalid (error, path, _("is not a kind of record Attest knows"));
      }

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_peek (kinds[k]);
      const char *kind = attest_record_class_get_kind (klass);
      g_autofree char *path = g_strdup_printf ("$.records.%s", kind);
      JsonArray *array;
      guint n;

      member = json_object_get_member (records, kind);
      if (member == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (member))
        return invalid (error, path, _("must be a list"));
      array = json_node_get_array (member);
      n = json_array_get_length (array);
      if (attest_record_class_is_singleton (klass) && n > 1)
        return invalid (error, path, _("may hold only one record"));

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
          AttestRecord *record = read_record (import, kinds[k], json_array_get_element (array, i),
                                              item_path, error);

          if (record == NULL)
            return FALSE;
          if (ATTEST_IS_SOA_ENTRY (record))
            {
              const char *control = attest_record_get_string (record, "control-id");

              if (!g_hash_table_add (controls, (gpointer) control))
                {
                  g_object_unref (record);
                  g_free (item_path);
                  item_path = g_strdup_printf ("%s[%u].control-id", path, i);
                  return invalid (error, item_path, _("has a second entry for the same control"));
                }
            }
          g_hash_table_insert (import->ids, (gpointer) attest_record_get_id (record), record);
          g_ptr_array_add (import->records, record);
        }
    }
  return link_owners (import, error);
}

/* Each owner is a person or role of the file (attest-owner.c): an owner's
 * id must name one, and its name follows; an owner given by name only, as
 * exports before schema 20 give it, is the role or person of that name,
 * and a name that is no one's becomes a new person, as when an older file
 * is opened. */
static gboolean
link_owners (Import  *import,
             GError **error)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = NULL;
  guint n = import->records->len;

  for (guint i = 0; i < n; i++)
    if (attest_record_is_party (g_ptr_array_index (import->records, i)))
      g_ptr_array_add (parties, g_ptr_array_index (import->records, i));
  names = attest_parties_index_new (parties);

  for (guint i = 0; i < n; i++)
    {
      AttestRecord *record = g_ptr_array_index (import->records, i);
      const AttestField *owner = attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (record));
      const char *kind = attest_record_get_kind (record);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (counts, kind));
      const char *id, *name;
      AttestRecord *party;

      g_hash_table_insert (counts, (gpointer) kind, GUINT_TO_POINTER (index + 1));
      if (owner == NULL)
        continue;
      id = attest_record_get_string (record, owner->pspec->name);
      name = attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD);
      if (*id != '\0')
        {
          party = g_hash_table_lookup (import->ids, id);
          if (party == NULL || !attest_record_is_party (party))
            {
              g_autofree char *path = g_strdup_printf ("$.records.%s[%u].%s", kind, index, owner->pspec->name);

              return invalid (error, path, _("must be the id of a person or a role in the file"));
            }
          else
            {
              g_autofree char *label = attest_party_dup_label (party);

              g_object_set (record, ATTEST_OWNER_NAME_FIELD, label, NULL);
            }
        }
      else if (!attest_text_is_blank (name) && attest_parties_index_lookup (names, name) == NULL)
        {
          g_autofree char *new_id = attest_new_id ();

          party = attest_person_new_named (new_id, name);
          g_ptr_array_add (import->records, party);
          g_hash_table_insert (import->ids, (gpointer) attest_record_get_id (party), party);
          attest_parties_index_add (names, party);
        }
    }
  return TRUE;
}

static gboolean
read_links (Import      *import,
            JsonObject  *links,
            GError     **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, links);
  while (json_object_iter_next (&iter, &name, &member))
    {
      const AttestLinkKind *link = attest_link_kind_lookup (name);
      g_autofree char *path = g_strdup_printf ("$.links.%s", name);
      JsonArray *array;

      if (link == NULL)
        return invalid (error, path, _("is not a kind of link Attest knows"));
      if (!JSON_NODE_HOLDS_ARRAY (member))
        return invalid (error, path, _("must be a list"));
      array = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
          JsonObject *object;
          const char *ends[2] = { "from", "to" };
          const char *kinds[2] = { link->from_kind, link->to_kind };
          const char *ids[2];

          if (!JSON_NODE_HOLDS_OBJECT (item))
            return invalid (error, item_path, _("must be an object with “from” and “to”"));
          object = json_node_get_object (item);
          if (json_object_get_size (object) != 2)
            return invalid (error, item_path, _("must have exactly the members “from” and “to”"));
          for (guint e = 0; e < 2; e++)
            {
              JsonNode *end = json_object_get_member (object, ends[e]);
              AttestRecord *record;

              if (!is_string (end)
                  || (record = g_hash_table_lookup (import->ids, json_node_get_string (end))) == NULL
                  || g_strcmp0 (attest_record_get_kind (record), kinds[e]) != 0)
                {
                  g_autofree char *end_path = g_strdup_printf ("%s.%s", item_path, ends[e]);
                  g_autofree char *message = g_strdup_printf (_("must be the id of a record of kind “%s” in the file"), kinds[e]);
                  return invalid (error, end_path, message);
                }
              ids[e] = json_node_get_string (end);
            }
          g_ptr_array_add (import->links, g_strdup (name));
          g_ptr_array_add (import->links, g_strdup (ids[0]));
          g_ptr_array_add (import->links, g_strdup (ids[1]));
        }
    }
  return TRUE;
}

/* What a workspace always has: add it if the document left it out. */
static void
complete (Import *import)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  const GType *kinds;
  guint n_controls, n_kinds;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < import->records->len; i++)
    {
      AttestRecord *record = g_ptr_array_index (import->records, i);

      g_hash_table_add (present, (gpointer) attest_record_get_kind (record));
      if (ATTEST_IS_SOA_ENTRY (record))
        g_hash_table_add (present, (gpointer) attest_record_get_string (record, "control-id"));
    }

  /* Keep the kind order: rebuild the list kind by kind. */
  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      AttestRecordClass *klass = g_type_class_peek (kinds[k]);

      if (attest_record_class_is_singleton (klass)
          && !g_hash_table_contains (present, attest_record_class_get_kind (klass)))
        {
          AttestRecord *record = g_object_new (kinds[k], NULL);

          /* As a new workspace has it. */
          if (kinds[k] == ATTEST_TYPE_RISK_METHOD)
            attest_risk_method_apply_preset (record, 5);
          g_ptr_array_add (ordered, record);
        }
      for (guint i = 0; i < import->records->len; i++)
        {
          AttestRecord *record = g_ptr_array_index (import->records, i);

          if (G_OBJECT_TYPE (record) == kinds[k])
            g_ptr_array_add (ordered, g_object_ref (record));
        }
      if (kinds[k] == ATTEST_TYPE_SOA_ENTRY)
        {
          controls = attest_catalog_get_controls (catalog, &n_controls);
          for (guint c = 0; c < n_controls; c++)
            if (!g_hash_table_contains (present, controls[c].id))
              g_ptr_array_add (ordered, g_object_new (ATTEST_TYPE_SOA_ENTRY,
                                                      "control-id", controls[c].id, NULL));
        }
    }

  g_ptr_array_set_size (import->records, 0);
  g_ptr_array_extend_and_steal (import->records, g_steal_pointer (&ordered));
}

static gboolean
read_document (Import      *import,
               const char  *json,
               gsize        length,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *member;
  JsonObjectIter iter;
  const char *name;
  static const char * const known[] = { "format", "format-version", "catalog", "records", "links", NULL };

  if (json == NULL || length == 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("The document is empty."));
      return FALSE;
    }
  if (length > ATTEST_JSON_MAX_SIZE)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The document is larger than %u MiB, the most Attest imports."),
                   ATTEST_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (!g_utf8_validate_len (json, length, NULL))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The document is not valid UTF-8 text."));
      return FALSE;
    }
  if (!prescan (json, length, error))
    return FALSE;
  if (!json_parser_load_from_data (parser, json, length, &parse_error))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The document is not valid JSON: %s"), parse_error->message);
      return FALSE;
    }
  /* An empty document parses to no root at all. */
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, "$", _("must be an object"));
  root = json_node_get_object (json_parser_get_root (parser));

  json_object_iter_init (&iter, root);
  while (json_object_iter_next (&iter, &name, &member))
    if (!g_strv_contains (known, name))
      {
        g_autofree char *path = g_strdup_printf ("$.%s", name);
        return invalid (error, path, _("is not part of the Attest workspace format"));
      }

  member = json_object_get_member (root, "format");
  if (!is_string (member) || !g_str_equal (json_node_get_string (member), "attest-workspace"))
    return invalid (error, "$.format", _("must be “attest-workspace”: this is not an Attest export"));
  member = json_object_get_member (root, "format-version");
  if (!is_integer (member) || json_node_get_int (member) < 1)
    return invalid (error, "$.format-version", _("must be a whole number from 1"));
  if (json_node_get_int (member) > ATTEST_JSON_FORMAT_VERSION)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_TOO_NEW,
                   _("The document was exported by a newer Attest (format %lld); this version reads format %d. Update Attest to import it."),
                   (long long) json_node_get_int (member), ATTEST_JSON_FORMAT_VERSION);
      return FALSE;
    }
  member = json_object_get_member (root, "catalog");
  if (member != NULL
      && (!is_string (member)
          || g_strcmp0 (json_node_get_string (member), attest_catalog_get_id (attest_catalog_get_default ())) != 0))
    return invalid (error, "$.catalog", _("names a catalog this version of Attest does not have"));

  member = json_object_get_member (root, "records");
  if (member == NULL || !JSON_NODE_HOLDS_OBJECT (member))
    return invalid (error, "$.records", _("must be an object of record lists"));
  if (!read_records (import, json_node_get_object (member), error))
    return FALSE;

  member = json_object_get_member (root, "links");
  if (member != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (member))
        return invalid (error, "$.links", _("must be an object of link lists"));
      if (!read_links (import, json_node_get_object (member), error))
        return FALSE;
    }

  complete (import);
  return TRUE;
}

static void
import_clear (Import *import)
{
  g_clear_pointer (&import->ids, g_hash_table_unref);
  g_clear_pointer (&import->records, g_ptr_array_unref);
  g_clear_pointer (&import->links, g_ptr_array_unref);
}

static void
import_init (Import *import)
{
  import->records = g_ptr_array_new_with_free_func (g_object_unref);
  import->links = g_ptr_array_new_with_free_func (g_free);
  import->ids = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
check_target (AttestWorkspace  *workspace,
              GError          **error)
{
  if (attest_workspace_is_read_only (workspace))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be imported into it."),
                   attest_workspace_get_display_name (workspace));
      return FALSE;
    }
  if (!attest_workspace_is_empty (workspace))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_EMPTY,
                   _("“%s” already holds records. Import into a new file instead."),
                   attest_workspace_get_display_name (workspace));
      return FALSE;
    }
  return TRUE;
}

/**
 * attest_json_import:
 * @workspace: an empty workspace (see attest_workspace_is_empty())
 * @json: the document
 * @length: its length in bytes
 * @error: return location for an error
 *
 * Reads an export into the workspace, all or nothing. The document is
 * untrusted: its size and nesting are capped before parsing, duplicate keys
 * are refused, and every field is checked against its kind; an error names
 * the JSON path of the first problem.
 *
 * Returns: %TRUE on success; on failure the workspace is unchanged
 */
gboolean
attest_json_import (AttestWorkspace  *workspace,
                    const char       *json,
                    gsize             length,
                    GError          **error)
{
  Import import;
  gboolean ok;

  import_init (&import);
  ok = check_target (workspace, error)
       && read_document (&import, json, length, error)
       && attest_workspace_replace_all (workspace, import.records, import.links, error);
  import_clear (&import);
  return ok;
}

static gboolean
fill_import (AttestWorkspace  *workspace,
             gpointer          user_data,
             GError          **error)
{
  Import *import = user_data;

  return check_target (workspace, error)
         && attest_workspace_replace_all (workspace, import->records, import->links, error);
}

/**
 * attest_json_import_file:
 * @workspace_path: a workspace file; created if it does not exist
 * @input_path: the JSON document
 * @error: return location for an error
 *
 * Imports a JSON export into a new or empty workspace file. The document is
 * checked completely, and an existing file is checked read-only, before
 * anything is written. A new file is built aside and takes its name only
 * when the import is complete.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_json_import_file (const char  *workspace_path,
                         const char  *input_path,
                         GError     **error)
{
  return attest_json_import_file_full (workspace_path, input_path, ATTEST_OPEN_DEFAULT, NULL, error);
}

/**
 * attest_json_import_file_full:
 * @workspace_path: a workspace file; created if it does not exist
 * @input_path: the JSON document
 * @flags: %ATTEST_OPEN_TAKE_OVER to take an existing file over from
 *   another Attest
 * @notice: (out) (optional) (nullable): what opening an existing file did
 *   (see attest_store_dup_open_notice())
 * @error: return location for an error
 *
 * attest_json_import_file() with how to open an existing file.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_json_import_file_full (const char       *workspace_path,
                              const char       *input_path,
                              AttestOpenFlags   flags,
                              char            **notice,
                              GError          **error)
{
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *input_name = g_filename_display_basename (input_path);
  g_auto(Import) import = { 0 };
  GStatBuf st;

  if (notice != NULL)
    *notice = NULL;

  if (g_stat (input_path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                   _("“%s” does not exist or is not a file."), input_name);
      return FALSE;
    }
  if (st.st_size > ATTEST_JSON_MAX_SIZE)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("“%s” is larger than %u MiB, the most Attest imports."),
                   input_name, ATTEST_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  mapped = g_mapped_file_new (input_path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_IO,
                   _("“%s” cannot be read: %s"), input_name, local_error->message);
      return FALSE;
    }

  import_init (&import);
  if (!read_document (&import, g_mapped_file_get_contents (mapped),
                      g_mapped_file_get_length (mapped), &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   /* TRANSLATORS: a file's name, then what is wrong with it */
                   _("“%s”: %s"), input_name, local_error->message);
      return FALSE;
    }

  if (g_file_test (workspace_path, G_FILE_TEST_EXISTS))
    {
      /* Refuse a file that holds records without writing a byte to it. */
      g_autoptr(AttestWorkspace) reader = attest_workspace_open (workspace_path, ATTEST_OPEN_READ_ONLY, error);

      if (reader == NULL || !attest_workspace_is_empty (reader))
        {
          if (reader != NULL)
            g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_NOT_EMPTY,
                         _("“%s” already holds records. Import into a new file instead."),
                         attest_workspace_get_display_name (reader));
          return FALSE;
        }
      g_clear_object (&reader);
      workspace = attest_workspace_open (workspace_path, flags & ATTEST_OPEN_TAKE_OVER, error);
      if (workspace != NULL && notice != NULL)
        *notice = attest_store_dup_open_notice (attest_workspace_get_store (workspace));
    }
  else
    {
      /* Built aside: a new file takes its name only when complete. */
      workspace = attest_workspace_create_full (workspace_path, NULL, fill_import, &import, error);
      return workspace != NULL;
    }
  if (workspace == NULL)
    return FALSE;

  return check_target (workspace, error)
         && attest_workspace_replace_all (workspace, import.records, import.links, error);
}
