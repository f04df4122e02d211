/* attest-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-catalog"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "attest-catalog.h"
#include "attest-core-resources.h"
#include "attest-error.h"

struct _AttestCatalog
{
  GObject  parent_instance;

  GBytes  *bytes;
  char    *id;
  char    *title;
  GArray  *controls;   /* AttestControl */
  GArray  *clauses;    /* AttestClause */
  GArray  *mapping;    /* AttestMapping2013 */
};

G_DEFINE_FINAL_TYPE (AttestCatalog, attest_catalog, G_TYPE_OBJECT)

static void
control_clear (gpointer data)
{
  AttestControl *c = data;

  g_free (c->id);
  g_free (c->number);
  g_free (c->title);
  g_free (c->theme);
  g_strfreev (c->control_type);
  g_strfreev (c->properties);
  g_strfreev (c->concepts);
}

static void
clause_clear (gpointer data)
{
  AttestClause *c = data;

  g_free (c->id);
  g_free (c->number);
  g_free (c->title);
}

static void
mapping_clear (gpointer data)
{
  AttestMapping2013 *m = data;

  g_free (m->id_2013);
  g_free (m->title_2013);
  g_strfreev (m->ids_2022);
}

static void
attest_catalog_finalize (GObject *object)
{
  AttestCatalog *self = ATTEST_CATALOG (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->id);
  g_free (self->title);
  g_array_unref (self->controls);
  g_array_unref (self->clauses);
  g_array_unref (self->mapping);

  G_OBJECT_CLASS (attest_catalog_parent_class)->finalize (object);
}

static void
attest_catalog_class_init (AttestCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = attest_catalog_finalize;
}

static void
attest_catalog_init (AttestCatalog *self)
{
  self->controls = g_array_new (FALSE, TRUE, sizeof (AttestControl));
  g_array_set_clear_func (self->controls, control_clear);
  self->clauses = g_array_new (FALSE, TRUE, sizeof (AttestClause));
  g_array_set_clear_func (self->clauses, clause_clear);
  self->mapping = g_array_new (FALSE, TRUE, sizeof (AttestMapping2013));
  g_array_set_clear_func (self->mapping, mapping_clear);
}

static char *
dup_member (JsonObject *object,
            const char *name,
            gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *ok = FALSE;
      return g_strdup ("");
    }
  return g_strdup (json_node_get_string (node));
}

static char **
dup_strv_member (JsonObject *object,
                 const char *name,
                 gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    *ok = FALSE;
  else
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (item));
          else
            *ok = FALSE;
        }
    }
  return g_strv_builder_end (builder);
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * attest_catalog_new_from_bytes:
 * @bytes: a catalog in Attest's catalog JSON format
 * @error: return location for an error
 *
 * Returns: (transfer full): the catalog, or %NULL if @bytes is not a valid catalog
 */
AttestCatalog *
attest_catalog_new_from_bytes (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(AttestCatalog) self = g_object_new (ATTEST_TYPE_CATALOG, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *array;
  gboolean ok = TRUE;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!json_parser_load_from_data (parser, data, size, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    ok = FALSE;
  else
    {
      root = json_node_get_object (json_parser_get_root (parser));
      self->id = dup_member (root, "id", &ok);
      self->title = dup_member (root, "title", &ok);

      if ((array = array_member (root, "controls")) == NULL)
        ok = FALSE;
      for (guint i = 0; ok && i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          AttestControl c = { 0 };

          if (o == NULL)
            {
              ok = FALSE;
              break;
            }
          c.id = dup_member (o, "id", &ok);
          c.number = dup_member (o, "number", &ok);
          c.title = dup_member (o, "title", &ok);
          c.theme = dup_member (o, "theme", &ok);
          c.control_type = dup_strv_member (o, "control-type", &ok);
          c.properties = dup_strv_member (o, "properties", &ok);
          c.concepts = dup_strv_member (o, "concepts", &ok);
          c.new_in_2022 = json_object_get_boolean_member_with_default (o, "new-in-2022", FALSE);
          g_array_append_val (self->controls, c);
        }

      if ((array = array_member (root, "clauses")) == NULL)
        ok = FALSE;
      for (guint i = 0; ok && i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          AttestClause c = { 0 };

          if (o == NULL)
            {
              ok = FALSE;
              break;
            }
          c.id = dup_member (o, "id", &ok);
          c.number = dup_member (o, "number", &ok);
          c.title = dup_member (o, "title", &ok);
          g_array_append_val (self->clauses, c);
        }

      if ((array = array_member (root, "mapping-2013")) == NULL)
        ok = FALSE;
      for (guint i = 0; ok && i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);
          AttestMapping2013 m = { 0 };

          if (o == NULL)
            {
              ok = FALSE;
              break;
            }
          m.id_2013 = dup_member (o, "id-2013", &ok);
          m.title_2013 = dup_member (o, "title-2013", &ok);
          m.ids_2022 = dup_strv_member (o, "ids-2022", &ok);
          g_array_append_val (self->mapping, m);
        }
    }

  if (!ok)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   "The catalog is not in Attest's catalog format.");
      return NULL;
    }
  self->bytes = g_bytes_ref (bytes);
  return g_steal_pointer (&self);
}

/**
 * attest_catalog_get_default:
 *
 * Returns: (transfer none): the built-in ISO/IEC 27001:2022 catalog
 */
AttestCatalog *
attest_catalog_get_default (void)
{
  static AttestCatalog *catalog;

  if (g_once_init_enter (&catalog))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      AttestCatalog *loaded;

      bytes = g_resource_lookup_data (attest_core_get_resource (),
                                      "/io/github/attest/Attest/catalogs/iso27001-2022.json",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      /* The catalog is part of the program; a broken one is a build error
       * that the core test suite catches. */
      if (bytes == NULL || (loaded = attest_catalog_new_from_bytes (bytes, &error)) == NULL)
        g_error ("The built-in catalog is broken: %s", error->message);
      g_once_init_leave (&catalog, loaded);
    }
  return catalog;
}

/**
 * attest_catalog_get_bytes:
 * @self: a catalog
 *
 * Returns: (transfer none): the catalog's JSON
 */
GBytes *
attest_catalog_get_bytes (AttestCatalog *self)
{
  return self->bytes;
}

const char *
attest_catalog_get_id (AttestCatalog *self)
{
  return self->id;
}

const char *
attest_catalog_get_title (AttestCatalog *self)
{
  return self->title;
}

/**
 * attest_catalog_get_controls:
 * @self: a catalog
 * @n_controls: (out): how many
 *
 * Returns: (array length=n_controls): the controls in catalog order
 */
const AttestControl *
attest_catalog_get_controls (AttestCatalog *self,
                             guint         *n_controls)
{
  *n_controls = self->controls->len;
  return (const AttestControl *) self->controls->data;
}

/**
 * attest_catalog_lookup_control:
 * @self: a catalog
 * @id: a control as "iso27001:2022/A.5.1", "A.5.1" or "5.1"
 *
 * Returns: (nullable): the control
 */
const AttestControl *
attest_catalog_lookup_control (AttestCatalog *self,
                               const char    *id)
{
  const char *number = id;
  gsize prefix = strlen (self->id);

  if (id == NULL)
    return NULL;
  if (strncmp (id, self->id, prefix) == 0 && id[prefix] == '/')
    number = id + prefix + 1;
  if (number[0] == 'A' && number[1] == '.')
    number += 2;

  for (guint i = 0; i < self->controls->len; i++)
    {
      const AttestControl *c = &g_array_index (self->controls, AttestControl, i);

      if (g_str_equal (c->number, number))
        return c;
    }
  return NULL;
}

/**
 * attest_catalog_get_clauses:
 * @self: a catalog
 * @n_clauses: (out): how many
 *
 * Returns: (array length=n_clauses): the clauses 4 to 10.2 in order
 */
const AttestClause *
attest_catalog_get_clauses (AttestCatalog *self,
                            guint         *n_clauses)
{
  *n_clauses = self->clauses->len;
  return (const AttestClause *) self->clauses->data;
}

/**
 * attest_catalog_get_mapping_2013:
 * @self: a catalog
 * @n_mappings: (out): how many
 *
 * Returns: (array length=n_mappings): the 2013 controls and where they went
 */
const AttestMapping2013 *
attest_catalog_get_mapping_2013 (AttestCatalog *self,
                                 guint         *n_mappings)
{
  *n_mappings = self->mapping->len;
  return (const AttestMapping2013 *) self->mapping->data;
}

/**
 * attest_catalog_lookup_2013:
 * @self: a catalog
 * @id_2013: a 2013 control as "A.9.2.1" or "9.2.1"
 *
 * Returns: (nullable): where that control went in 2022
 */
const AttestMapping2013 *
attest_catalog_lookup_2013 (AttestCatalog *self,
                            const char    *id_2013)
{
  if (id_2013 == NULL)
    return NULL;
  if (id_2013[0] == 'A' && id_2013[1] == '.')
    id_2013 += 2;
  for (guint i = 0; i < self->mapping->len; i++)
    {
      const AttestMapping2013 *m = &g_array_index (self->mapping, AttestMapping2013, i);

      if (g_str_equal (m->id_2013 + 2, id_2013))
        return m;
    }
  return NULL;
}
