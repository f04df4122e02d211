/* attest-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-record"

#include "config.h"

#include "attest-i18n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "attest-error.h"
#include "attest-record.h"

/* Every record kind keeps its fields in one GValue per declared property.
 * A kind therefore declares its properties and table and writes no
 * accessors of its own: the store, the history and the JSON format all walk
 * the same declaration.
 */

typedef struct
{
  char   *id;
  gint64  created;
  gint64  modified;
  GValue *values;   /* one per field of the instance's class, allocated lazily */
  guint   previous_field;   /* the field changed last, from 1 (0: none), and its value before */
  GValue  previous;
} AttestRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AttestRecord, attest_record, G_TYPE_OBJECT)

/* What attest_record_new_loaded() gives the record it is making. */
typedef struct
{
  const char *id;
  gint64      created;
  gint64      modified;
} Loaded;

static GPrivate loading;


enum { PROP_0, PROP_ID, PROP_CREATED, PROP_MODIFIED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GValue *
ensure_values (AttestRecord *self)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);

  if (priv->values == NULL && klass->n_fields > 0)
    {
      priv->values = g_new0 (GValue, klass->n_fields);
      for (guint i = 0; i < klass->n_fields; i++)
        {
          GParamSpec *pspec = klass->fields[i].pspec;

          g_value_init (&priv->values[i], pspec->value_type);
          g_param_value_set_default (pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

static guint
field_index (AttestRecordClass *klass,
             GParamSpec        *pspec)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].pspec == pspec)
      return i;
  return G_MAXUINT;
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  AttestRecord *self = ATTEST_RECORD (object);
  guint i = prop_id - 1;

  g_return_if_fail (i < ATTEST_RECORD_GET_CLASS (self)->n_fields);
  g_value_copy (&ensure_values (self)[i], value);
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  AttestRecord *self = ATTEST_RECORD (object);
  GValue *values = ensure_values (self);
  guint i = prop_id - 1;
  g_auto(GValue) normalized = G_VALUE_INIT;

  g_return_if_fail (i < ATTEST_RECORD_GET_CLASS (self)->n_fields);

  /* Strings are never NULL in a record: empty and unset are the same thing
   * to a user, and keeping one form keeps the file and the JSON canonical. */
  g_value_init (&normalized, pspec->value_type);
  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL)
    g_value_set_static_string (&normalized, "");
  else if (G_VALUE_HOLDS (value, G_TYPE_STRV) && g_value_get_boxed (value) == NULL)
    g_value_take_boxed (&normalized, g_new0 (char *, 1));
  else
    g_value_copy (value, &normalized);

  if (g_param_values_cmp (pspec, &values[i], &normalized) == 0)
    return;

  /* The value before the last change is kept, for taking a change back
   * when it cannot be saved and the file cannot be read to say what it
   * holds. Values move rather than copy: this runs for every field of
   * every record a workspace loads. */
  {
    AttestRecordPrivate *priv = attest_record_get_instance_private (self);

    if (G_IS_VALUE (&priv->previous))
      g_value_unset (&priv->previous);
    priv->previous = values[i];
    priv->previous_field = i + 1;
    values[i] = normalized;
    memset (&normalized, 0, sizeof normalized);
  }
  g_object_notify_by_pspec (object, pspec);
}

/**
 * attest_record_new_loaded:
 * @kind: a record type
 * @id: its id
 * @created: when it was created
 * @modified: when it was last changed
 *
 * Makes a record as read from a file, without the cost of construct
 * properties: the store makes thousands of them when a workspace opens.
 *
 * Returns: (transfer full): the record
 */
AttestRecord *
attest_record_new_loaded (GType       kind,
                          const char *id,
                          gint64      created,
                          gint64      modified)
{
  Loaded loaded = { id, created, modified };
  AttestRecord *record;

  g_private_set (&loading, &loaded);
  record = g_object_new (kind, NULL);
  g_private_set (&loading, NULL);
  return record;
}

/**
 * attest_record_load_field:
 * @self: a record nobody watches yet, being read from a file
 * @index: the field's place in its class's fields
 * @value: (transfer full): its value, of the field's type; taken
 *
 * Sets a field without notifying: for the store, which makes thousands of
 * records at once before anyone can listen to them.
 */
void
attest_record_load_field (AttestRecord *self,
                          guint         index,
                          GValue       *value)
{
  GValue *values = ensure_values (self);

  g_return_if_fail (index < ATTEST_RECORD_GET_CLASS (self)->n_fields);
  g_return_if_fail (G_VALUE_TYPE (value) == G_VALUE_TYPE (&values[index]));

  g_value_unset (&values[index]);
  values[index] = *value;
  memset (value, 0, sizeof *value);
}

/**
 * attest_record_restore_previous:
 * @self: a record
 * @field: the field changed last
 *
 * Sets @field back to what it held before its last change, notifying as
 * any change does.
 *
 * Returns: whether @field was the one changed last
 */
gboolean
attest_record_restore_previous (AttestRecord *self,
                                const char   *field)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  g_auto(GValue) value = G_VALUE_INIT;

  if (priv->previous_field == 0 || !g_str_equal (klass->fields[priv->previous_field - 1].pspec->name, field))
    return FALSE;
  g_value_init (&value, G_VALUE_TYPE (&priv->previous));
  g_value_copy (&priv->previous, &value);
  g_object_set_property (G_OBJECT (self), field, &value);
  return TRUE;
}

static void
attest_record_finalize (GObject *object)
{
  AttestRecord *self = ATTEST_RECORD (object);
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  if (G_IS_VALUE (&priv->previous))
    g_value_unset (&priv->previous);
  g_free (priv->id);

  G_OBJECT_CLASS (attest_record_parent_class)->finalize (object);
}

static void
attest_record_constructed (GObject *object)
{
  AttestRecord *self = ATTEST_RECORD (object);
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);
  Loaded *loaded = g_private_get (&loading);

  G_OBJECT_CLASS (attest_record_parent_class)->constructed (object);

  if (loaded != NULL)
    {
      priv->id = g_strdup (loaded->id);
      priv->created = loaded->created;
      priv->modified = loaded->modified;
    }
  if (priv->id == NULL)
    priv->id = attest_new_id ();
  if (priv->created == 0)
    priv->created = attest_now ();
  if (priv->modified == 0)
    priv->modified = priv->created;
}

static void
attest_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AttestRecord *self = ATTEST_RECORD (object);
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_int64 (value, priv->created);
      break;
    case PROP_MODIFIED:
      g_value_set_int64 (value, priv->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AttestRecord *self = ATTEST_RECORD (object);
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (priv->id);
      priv->id = g_value_dup_string (value);
      break;
    case PROP_CREATED:
      priv->created = g_value_get_int64 (value);
      break;
    case PROP_MODIFIED:
      attest_record_set_modified (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_record_class_init (AttestRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = attest_record_constructed;
  object_class->finalize = attest_record_finalize;
  object_class->get_property = attest_record_get_property;
  object_class->set_property = attest_record_set_property;

  /**
   * AttestRecord:id:
   *
   * The record's identifier, a UUID, stable across export and import.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AttestRecord:created:
   *
   * When the record was created, in microseconds since 1970 (UTC).
   */
  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AttestRecord:modified:
   *
   * When a field of the record was last saved, in microseconds since 1970 (UTC).
   */
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
attest_record_init (AttestRecord *self)
{
}

static gboolean
is_identifier (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_islower (*s) && !g_ascii_isdigit (*s) && *s != '_' && *s != '-')
      return FALSE;
  return TRUE;
}

/**
 * attest_record_class_declare:
 * @klass: the class of a record kind, in its class_init
 * @kind: the kind's name in kebab-case ("context-issue"), used in JSON and history
 * @table: the SQL table, lower case with underscores
 * @since: schema version that added the table
 * @singleton: whether a workspace holds exactly one record of this kind
 * @specs: the persisted fields
 * @n_specs: number of @specs
 *
 * Declares a record kind: installs its properties and tells the store what to
 * persist. Names are checked here, once, because the store uses them as SQL
 * identifiers.
 */
void
attest_record_class_declare (AttestRecordClass     *klass,
                             const char            *kind,
                             const char            *table,
                             guint                  since,
                             gboolean               singleton,
                             const AttestFieldSpec *specs,
                             guint                  n_specs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (is_identifier (kind));
  g_return_if_fail (is_identifier (table) && strchr (table, '-') == NULL);

  klass->kind = kind;
  klass->table = table;
  klass->since = since;
  klass->singleton = singleton;
  klass->n_fields = n_specs;
  klass->fields = g_new0 (AttestField, n_specs);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  for (guint i = 0; i < n_specs; i++)
    {
      GParamSpec *pspec = specs[i].pspec;

      g_assert (is_identifier (pspec->name));
      g_assert (specs[i].references == NULL || G_IS_PARAM_SPEC_STRING (pspec));
      klass->fields[i].pspec = pspec;
      klass->fields[i].since = specs[i].since;
      klass->fields[i].references = specs[i].references;
      klass->fields[i].flags = specs[i].flags;
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

const char *
attest_record_class_get_kind (AttestRecordClass *klass)
{
  return klass->kind;
}

const char *
attest_record_class_get_table (AttestRecordClass *klass)
{
  return klass->table;
}

guint
attest_record_class_get_since (AttestRecordClass *klass)
{
  return klass->since;
}

gboolean
attest_record_class_is_singleton (AttestRecordClass *klass)
{
  return klass->singleton;
}

const AttestField *
attest_record_class_get_fields (AttestRecordClass *klass,
                                guint             *n_fields)
{
  *n_fields = klass->n_fields;
  return klass->fields;
}

const AttestField *
attest_record_class_find_field (AttestRecordClass *klass,
                                const char        *name)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].pspec->name, name))
      return &klass->fields[i];
  return NULL;
}

const char *
attest_record_get_id (AttestRecord *self)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_RECORD (self), NULL);
  return priv->id;
}

const char *
attest_record_get_kind (AttestRecord *self)
{
  g_return_val_if_fail (ATTEST_IS_RECORD (self), NULL);
  return ATTEST_RECORD_GET_CLASS (self)->kind;
}

gint64
attest_record_get_created (AttestRecord *self)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_RECORD (self), 0);
  return priv->created;
}

gint64
attest_record_get_modified (AttestRecord *self)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_RECORD (self), 0);
  return priv->modified;
}

void
attest_record_set_modified (AttestRecord *self,
                            gint64        modified)
{
  AttestRecordPrivate *priv = attest_record_get_instance_private (self);

  g_return_if_fail (ATTEST_IS_RECORD (self));
  if (priv->modified == modified)
    return;
  priv->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static const GValue *
peek_field (AttestRecord *self,
            const char   *field,
            GType         type)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  const AttestField *f = attest_record_class_find_field (klass, field);

  g_return_val_if_fail (f != NULL, NULL);
  g_return_val_if_fail (g_type_is_a (f->pspec->value_type, type), NULL);
  return &ensure_values (self)[field_index (klass, f->pspec)];
}

/**
 * attest_record_get_string:
 * @self: a record
 * @field: the name of a string field
 *
 * Returns: (transfer none): the field's value, never %NULL
 */
const char *
attest_record_get_string (AttestRecord *self,
                          const char   *field)
{
  const GValue *v = peek_field (self, field, G_TYPE_STRING);

  return v ? g_value_get_string (v) : "";
}

gboolean
attest_record_get_boolean (AttestRecord *self,
                           const char   *field)
{
  const GValue *v = peek_field (self, field, G_TYPE_BOOLEAN);

  return v ? g_value_get_boolean (v) : FALSE;
}

int
attest_record_get_enum (AttestRecord *self,
                        const char   *field)
{
  const GValue *v = peek_field (self, field, G_TYPE_ENUM);

  return v ? g_value_get_enum (v) : 0;
}

/**
 * attest_record_get_int:
 * @self: a record
 * @field: the name of a number field
 *
 * Returns: the number, or 0 if @field is not a number field
 */
int
attest_record_get_int (AttestRecord *self,
                       const char   *field)
{
  const GValue *v = peek_field (self, field, G_TYPE_INT);

  return v ? g_value_get_int (v) : 0;
}

/**
 * attest_record_get_strv:
 * @self: a record
 * @field: the name of a string-list field
 *
 * Returns: (transfer none): the list, never %NULL
 */
const char * const *
attest_record_get_strv (AttestRecord *self,
                        const char   *field)
{
  static const char * const empty[] = { NULL };
  const GValue *v = peek_field (self, field, G_TYPE_STRV);
  const char * const *strv = v ? g_value_get_boxed (v) : NULL;

  return strv ? strv : empty;
}

/**
 * attest_record_get_strv_length:
 * @self: a record
 * @field: the name of a string-list field
 *
 * Returns: the number of strings in the list, 0 if @field is not a
 *   string-list field
 */
guint
attest_record_get_strv_length (AttestRecord *self,
                               const char   *field)
{
  return g_strv_length ((char **) attest_record_get_strv (self, field));
}

/**
 * attest_value_to_text:
 * @value: a value of a type that records persist
 *
 * The canonical text form used by the history and its hash: strings as they
 * are, booleans "true"/"false", numbers in C locale, enums by nick, string
 * lists as a JSON array.
 *
 * Returns: (transfer full): the text
 */
char *
attest_value_to_text (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (type == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (type == G_TYPE_UINT)
    return g_strdup_printf ("%u", g_value_get_uint (value));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, g_value_get_double (value)));
    }
  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (value));
      return g_strdup (ev ? ev->value_nick : "");
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        json_builder_add_string_value (builder, strv[i]);
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      return json_generator_to_data (generator, NULL);
    }

  g_return_val_if_reached (g_strdup (""));
}

static gboolean
parse_int64 (const char *text,
             gint64      min,
             gint64      max,
             gint64     *out)
{
  return g_ascii_string_to_signed (text, 10, min, max, out, NULL);
}

/**
 * attest_value_from_text:
 * @value: an initialized value
 * @text: its canonical text form, see attest_value_to_text()
 * @error: return location for an error
 *
 * Returns: %TRUE if @text is a valid value of @value's type
 */
gboolean
attest_value_from_text (GValue      *value,
                        const char  *text,
                        GError     **error)
{
  GType type = G_VALUE_TYPE (value);
  gint64 n;

  if (type == G_TYPE_STRING)
    {
      g_value_set_string (value, text);
      return TRUE;
    }
  if (type == G_TYPE_BOOLEAN)
    {
      if (g_strcmp0 (text, "true") == 0 || g_strcmp0 (text, "false") == 0)
        {
          g_value_set_boolean (value, g_str_equal (text, "true"));
          return TRUE;
        }
    }
  else if (type == G_TYPE_INT)
    {
      if (parse_int64 (text, G_MININT, G_MAXINT, &n))
        {
          g_value_set_int (value, (int) n);
          return TRUE;
        }
    }
  else if (type == G_TYPE_INT64)
    {
      if (parse_int64 (text, G_MININT64, G_MAXINT64, &n))
        {
          g_value_set_int64 (value, n);
          return TRUE;
        }
    }
  else if (type == G_TYPE_UINT)
    {
      if (parse_int64 (text, 0, G_MAXUINT, &n))
        {
          g_value_set_uint (value, (guint) n);
          return TRUE;
        }
    }
  else if (type == G_TYPE_DOUBLE)
    {
      char *end = NULL;
      double d = g_ascii_strtod (text, &end);

      if (end != text && *end == '\0')
        {
          g_value_set_double (value, d);
          return TRUE;
        }
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value_by_nick (enum_class, text);

      if (ev != NULL)
        {
          g_value_set_enum (value, ev->value);
          return TRUE;
        }
    }
  else if (type == G_TYPE_STRV)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (json_parser_load_from_data (parser, text, -1, NULL)
          && (root = json_parser_get_root (parser)) != NULL
          && JSON_NODE_HOLDS_ARRAY (root))
        {
          JsonArray *array = json_node_get_array (root);
          guint len = json_array_get_length (array);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          gboolean ok = TRUE;

          for (guint i = 0; i < len && ok; i++)
            {
              JsonNode *item = json_array_get_element (array, i);

              if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
                g_strv_builder_add (builder, json_node_get_string (item));
              else
                ok = FALSE;
            }
          if (ok)
            {
              g_value_take_boxed (value, g_strv_builder_end (builder));
              return TRUE;
            }
        }
    }

  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
               "“%s” is not a valid %s value", text, g_type_name (type));
  return FALSE;
}

/**
 * attest_record_dup_field_text:
 * @self: a record
 * @field: one of its class's fields
 *
 * Returns: (transfer full): the field's value in canonical text form
 */
char *
attest_record_dup_field_text (AttestRecord      *self,
                              const AttestField *field)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  guint i = field_index (klass, field->pspec);

  g_return_val_if_fail (i != G_MAXUINT, NULL);
  return attest_value_to_text (&ensure_values (self)[i]);
}

/**
 * attest_record_set_field_text:
 * @self: a record
 * @field: one of its class's fields
 * @text: the value in canonical text form
 * @error: return location for an error
 *
 * Sets the field from its text form, validating it against the property.
 *
 * Returns: %TRUE if @text was valid
 */
gboolean
attest_record_set_field_text (AttestRecord       *self,
                              const AttestField  *field,
                              const char         *text,
                              GError            **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, field->pspec->value_type);
  if (!attest_value_from_text (&value, text, error))
    return FALSE;
  if (g_param_value_validate (field->pspec, &value))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   "“%s” is out of range", text);
      return FALSE;
    }
  g_object_set_property (G_OBJECT (self), field->pspec->name, &value);
  return TRUE;
}

/**
 * attest_record_to_json_text:
 * @self: a record
 *
 * The record's fields as one compact JSON object, in declaration order. The
 * history stores it for inserts and deletes.
 *
 * Returns: (transfer full): JSON text
 */
char *
attest_record_to_json_text (AttestRecord *self)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GValue *values = ensure_values (self);

  json_builder_begin_object (builder);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_autofree char *text = attest_value_to_text (&values[i]);

      json_builder_set_member_name (builder, klass->fields[i].pspec->name);
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * attest_record_matches_json_text:
 * @self: a record
 * @json: what attest_record_to_json_text() gave for it earlier
 *
 * Whether the record still says what @json says: each field the snapshot
 * holds has the same text now. A field added to the kind since (by a later
 * schema) is not a change, and neither is an owner's id, whose name the
 * "owner" field holds.
 *
 * Returns: %TRUE when nothing in the snapshot changed
 */
gboolean
attest_record_matches_json_text (AttestRecord *self,
                                 const char   *json)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GValue *values = ensure_values (self);
  JsonObject *object;
  guint compared = 0;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      JsonNode *member = json_object_get_member (object, klass->fields[i].pspec->name);
      g_autofree char *text = NULL;

      if (klass->fields[i].flags & ATTEST_FIELD_OWNER)
        continue;
      if (member == NULL)
        continue;
      compared++;
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING)
        return FALSE;
      text = attest_value_to_text (&values[i]);
      if (!g_str_equal (text, json_node_get_string (member)))
        return FALSE;
    }
  return compared > 0;
}

/**
 * attest_new_id:
 *
 * Returns: (transfer full): a new random record id (a UUID)
 */
char *
attest_new_id (void)
{
  return g_uuid_string_random ();
}

void
attest_problem_free (AttestProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->field);
  g_free (problem->message);
  g_free (problem);
}

/**
 * attest_record_add_problem:
 * @problems: (element-type AttestProblem): where to add it
 * @field: the field that is wrong
 * @message: what is wrong and what to do
 *
 * For a kind's check function.
 */
void
attest_record_add_problem (GPtrArray  *problems,
                           const char *field,
                           const char *message)
{
  AttestProblem *problem = g_new0 (AttestProblem, 1);

  problem->field = g_strdup (field);
  problem->message = g_strdup (message);
  g_ptr_array_add (problems, problem);
}

/**
 * attest_record_check_action_due:
 * @record: an action: a record with "due-date" and "done-on"
 * @problems: (element-type AttestProblem): where to add what is wrong
 *
 * For the check functions of the kinds of action: one not done yet, due
 * on a day that had passed when it was recorded, is a slip of the keyboard
 * or a plan made too late.
 */
void
attest_record_check_action_due (AttestRecord *record,
                                GPtrArray    *problems)
{
  const char *due = attest_record_get_string (record, "due-date");
  gint64 created = attest_record_get_created (record);
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *recorded = NULL;

  if (!attest_date_is_valid (due) || attest_date_is_valid (attest_record_get_string (record, "done-on"))
      || created <= 0)
    return;
  when = g_date_time_new_from_unix_utc (created / G_USEC_PER_SEC);
  recorded = g_date_time_format (when, "%Y-%m-%d");
  if (strcmp (due, recorded) < 0)
    attest_record_add_problem (problems, "due-date",
                               _("This day had passed when the action was recorded: give the day it is now due"));
}

static gboolean
colour_is_valid (const char *text)
{
  if (strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
number_is_valid (const char *text)
{
  return g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, NULL, NULL);
}

/**
 * attest_decimal_parse:
 * @text: a number as someone typed it
 * @value: (out) (optional): the number
 *
 * Reads a decimal number the way people write one in a form, a CSV cell or
 * JSON text: an optional sign, digits, and a decimal point or comma with
 * more digits ("97.5", "97,5", "-3", ".5"), spaces around it allowed, no
 * thousands separators, no exponent, at most 30 characters. The one
 * reading of %ATTEST_FIELD_DECIMAL for every face.
 *
 * Returns: whether @text is such a number
 */
gboolean
attest_decimal_parse (const char *text,
                      double     *value)
{
  g_autofree char *copy = NULL;
  char *p;
  guint digits = 0;
  gboolean point = FALSE;
  double parsed;

  if (text == NULL || strlen (text) > 30)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  p = copy;
  if (*p == '-' || *p == '+')
    p++;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if ((*p == '.' || *p == ',') && !point)
        {
          point = TRUE;
          *p = '.';
        }
      else
        return FALSE;
    }
  if (digits == 0)
    return FALSE;
  parsed = g_ascii_strtod (copy, NULL);
  if (!isfinite (parsed))
    return FALSE;
  if (value != NULL)
    *value = parsed;
  return TRUE;
}

/* Every text in a parsed snapshot, keys included, is valid UTF-8: a \\u
 * escape of half a surrogate pair inside the snapshot's JSON would give
 * bytes that are not. */
static gboolean
node_text_is_valid (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        if (!g_utf8_validate (name, -1, NULL) || !node_text_is_valid (member))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!node_text_is_valid (json_array_get_element (array, i)))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_utf8_validate (json_node_get_string (node), -1, NULL);
  return TRUE;
}

static gboolean
snapshot_is_valid (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return FALSE;
  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) && node_text_is_valid (root);
}

/* Whether @text is written as a date is, YYYY-MM-DD, whatever the day. */
static gboolean
date_has_shape (const char *text)
{
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * attest_field_check_value:
 * @field: a field of a record kind
 * @value: a value of the field's type
 * @item: (out) (optional): for a list, the index of the first wrong item,
 *   else -1
 *
 * The rules of form that the field's flags declare: a date is a calendar
 * date written YYYY-MM-DD, a timestamp an ISO 8601 date and time, a list of
 * numbers holds whole numbers, a list of colours #rrggbb. An empty value or
 * list item is well-formed here (whether the field must be filled is
 * readiness, attest_record_check()). Forms show the message beside the
 * field; the JSON and CSV imports refuse a value that breaks a rule.
 *
 * Returns: (nullable): %NULL if @value is well-formed, else what is wrong
 *   and how to write it, a translated sentence
 */
const char *
attest_field_check_value (const AttestField *field,
                          const GValue      *value,
                          int               *item)
{
  if (item != NULL)
    *item = -1;

  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);
      gint64 usec;

      if (text == NULL || *text == '\0')
        return NULL;
      if ((field->flags & ATTEST_FIELD_DATE) && !attest_date_is_valid (text))
        /* Written as asked, but no day of the calendar: 2027-02-30. */
        return date_has_shape (text) ? _("There is no such day: check the month and day")
                                     : _("Write the date as YYYY-MM-DD");
      if ((field->flags & ATTEST_FIELD_TIMESTAMP) && !attest_timestamp_parse (text, &usec))
        return _("Write the date and time as 2027-06-30T09:00:00Z");
      if ((field->flags & ATTEST_FIELD_DECIMAL) && !attest_decimal_parse (text, NULL))
        return _("Write a number, such as 97.5");
      if ((field->flags & ATTEST_FIELD_SNAPSHOT) && !snapshot_is_valid (text))
        return _("The snapshot cannot be read: it must be the JSON object Attest wrote when the decision was recorded");
      return NULL;
    }
  if (G_VALUE_HOLDS (value, G_TYPE_STRV) && (field->flags & (ATTEST_FIELD_NUMBERS | ATTEST_FIELD_COLOURS)))
    {
      const char * const *strv = g_value_get_boxed (value);

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        {
          const char *message = NULL;

          if (*strv[i] == '\0')
            continue;
          if ((field->flags & ATTEST_FIELD_NUMBERS) && !number_is_valid (strv[i]))
            message = _("Write each item as a whole number, such as 12");
          else if ((field->flags & ATTEST_FIELD_COLOURS) && !colour_is_valid (strv[i]))
            message = _("Write each colour as # and six hexadecimal digits, such as #e01b24");
          if (message != NULL)
            {
              if (item != NULL)
                *item = (int) i;
              return message;
            }
        }
    }
  return NULL;
}

/**
 * attest_text_is_blank:
 * @text: a text
 *
 * Returns: %TRUE if @text has nothing but white space
 */
gboolean
attest_text_is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/**
 * attest_records_find_text:
 * @records: a list of records of one kind
 * @field: a text field of theirs
 * @text: the text to find
 *
 * Finds the record whose @field says @text, whatever the case and the
 * spaces around either: how Attest tells that something suggested is there
 * already under the same name.
 *
 * Returns: (transfer none) (nullable): the first such record (@records
 *   keeps it), or %NULL
 */
AttestRecord *
attest_records_find_text (GListModel *records,
                          const char *field,
                          const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *wanted = g_utf8_casefold (stripped, -1);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      g_autofree char *have = g_utf8_casefold (attest_record_get_string (record, field), -1);

      if (g_str_equal (g_strstrip (have), wanted))
        return record;   /* the list keeps it */
    }
  return NULL;
}

/**
 * attest_record_check:
 * @self: a record
 *
 * Applies the rules of the record's kind: required fields, the rules of form
 * of attest_field_check_value(), and what the kind checks itself. The guided
 * setup and the edit forms refuse to go on while there are problems, and show
 * each beside its field.
 *
 * Returns: (transfer full) (element-type AttestProblem): the problems, in field order
 */
GPtrArray *
attest_record_check (AttestRecord *self)
{
  AttestRecordClass *klass = ATTEST_RECORD_GET_CLASS (self);
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_problem_free);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const AttestField *field = &klass->fields[i];
      g_auto(GValue) value = G_VALUE_INIT;
      const char *message;

      g_value_init (&value, field->pspec->value_type);
      g_object_get_property (G_OBJECT (self), field->pspec->name, &value);
      if ((field->flags & ATTEST_FIELD_REQUIRED) && G_VALUE_HOLDS_STRING (&value)
          && attest_text_is_blank (g_value_get_string (&value)))
        attest_record_add_problem (problems, field->pspec->name, _("Required"));
      else if ((message = attest_field_check_value (field, &value, NULL)) != NULL)
        attest_record_add_problem (problems, field->pspec->name, message);
    }
  if (klass->check != NULL)
    klass->check (self, problems);
  return problems;
}
