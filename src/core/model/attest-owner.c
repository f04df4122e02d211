/* attest-owner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-owner"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-owner.h"
#include "attest-person.h"
#include "attest-role.h"

/* Every owner in the ISMS (of a risk, an asset, a control, a process...) is
 * a person or a role: one list to pick from, and a matrix of who owns what
 * that is derived, never typed. A record keeps the owner's id in its field
 * flagged ATTEST_FIELD_OWNER and the owner's name in "owner", which the
 * workspace keeps in step with the person's name or the role's title; so
 * registers, exports and the audit pack read a name as before, and an
 * export stays readable by older versions. */

static char *
name_key (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

static char *
label_of (const char *position,
          const char *name)
{
  g_autofree char *p = g_strstrip (g_strdup (position));
  g_autofree char *n = g_strstrip (g_strdup (name));

  if (*p == '\0' || *n == '\0')
    return g_strconcat (p, n, NULL);
  /* TRANSLATORS: an owner: a person's position, then their name, as in
   * "Head of analytics (Hannah Byrne)" */
  return g_strdup_printf (_("%1$s (%2$s)"), p, n);
}

/**
 * attest_record_is_party:
 * @record: a record
 *
 * Returns: whether @record can own others: a person or a role
 */
gboolean
attest_record_is_party (AttestRecord *record)
{
  return ATTEST_IS_PERSON (record) || ATTEST_IS_ROLE (record);
}

/**
 * attest_party_dup_label:
 * @party: a person or a role
 *
 * What an owner is called wherever a record shows it: a role's title; a
 * person's name, after their position when they have one, "Head of
 * analytics (Hannah Byrne)", as organisations name their risk owners.
 *
 * Returns: (transfer full): the label
 */
char *
attest_party_dup_label (AttestRecord *party)
{
  g_return_val_if_fail (attest_record_is_party (party), NULL);
  if (ATTEST_IS_ROLE (party))
    return g_strstrip (g_strdup (attest_record_get_string (party, "title")));
  return label_of (attest_record_get_string (party, "position"), attest_record_get_string (party, "name"));
}

/**
 * attest_party_is_label_field:
 * @party: a person or a role
 * @field: one of its fields
 *
 * Returns: whether @field is part of attest_party_dup_label()
 */
gboolean
attest_party_is_label_field (AttestRecord *party,
                             const char   *field)
{
  if (ATTEST_IS_ROLE (party))
    return g_str_equal (field, "title");
  return g_str_equal (field, "name") || g_str_equal (field, "position");
}

/**
 * attest_party_dup_names:
 * @party: a person or a role
 * @field: (nullable): one of its fields, to take as it was
 * @before: (nullable): what @field said then
 *
 * Every name an owner typed by hand may have meant @party by, as
 * attest_parties_find() compares them: a role's title; a person's label
 * and name. With @field, the names @party had while @field said @before.
 *
 * Returns: (transfer container) (element-type utf8): the names, folded
 */
GPtrArray *
attest_party_dup_names (AttestRecord *party,
                        const char   *field,
                        const char   *before)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name, *position;

  if (ATTEST_IS_ROLE (party))
    {
      const char *title = g_strcmp0 (field, "title") == 0 ? before : attest_record_get_string (party, "title");

      g_ptr_array_add (names, name_key (title));
      return names;
    }
  name = g_strcmp0 (field, "name") == 0 ? before : attest_record_get_string (party, "name");
  position = g_strcmp0 (field, "position") == 0 ? before : attest_record_get_string (party, "position");
  {
    g_autofree char *label = label_of (position, name);

    g_ptr_array_add (names, name_key (label));
  }
  g_ptr_array_add (names, name_key (name));
  return names;
}

/**
 * attest_party_names_match:
 * @names: (element-type utf8): what attest_party_dup_names() gave
 * @text: an owner's name as typed
 *
 * Returns: whether @text is one of @names, whatever the case and the spaces
 *   around it
 */
gboolean
attest_party_names_match (GPtrArray  *names,
                          const char *text)
{
  g_autofree char *key = name_key (text);

  if (*key == '\0')
    return FALSE;
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), key))
      return TRUE;
  return FALSE;
}

/**
 * attest_record_class_get_owner_field:
 * @klass: a record kind
 *
 * Returns: (nullable): the field that holds the id of the kind's owner, or
 *   %NULL for a kind that has no owner
 */
const AttestField *
attest_record_class_get_owner_field (AttestRecordClass *klass)
{
  const AttestField *fields;
  guint n_fields;

  fields = attest_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].flags & ATTEST_FIELD_OWNER)
      return &fields[i];
  return NULL;
}

/**
 * attest_parties_find:
 * @parties: (element-type AttestRecord): people and roles
 * @name: an owner's name as someone typed it
 *
 * Finds whom a typed owner means, whatever the case and the spaces around
 * it: a role by its title, a person as attest_party_dup_label() shows them
 * ("Head of analytics (Hannah Byrne)"), then a person by name alone.
 *
 * Returns: (transfer none) (nullable): the role or person, or %NULL
 */
AttestRecord *
attest_parties_find (GPtrArray  *parties,
                     const char *name)
{
  /* A role by its title, then a person by label or by name. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < parties->len; i++)
      {
        AttestRecord *party = g_ptr_array_index (parties, i);
        g_autoptr(GPtrArray) names = NULL;

        if (ATTEST_IS_ROLE (party) != (pass == 0))
          continue;
        names = attest_party_dup_names (party, NULL, NULL);
        if (attest_party_names_match (names, name))
          return party;
      }
  return NULL;
}

/**
 * attest_parties_index_new:
 * @parties: (element-type AttestRecord): people and roles
 *
 * What attest_parties_find() finds, made once for many look-ups (an import
 * of thousands of records typed by owner name): every name of every party,
 * folded, to the party attest_parties_find() would take for it.
 *
 * Returns: (transfer full): for attest_parties_index_lookup()
 */
GHashTable *
attest_parties_index_new (GPtrArray *parties)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Roles, then people; of two of one name, the first. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < parties->len; i++)
      {
        AttestRecord *party = g_ptr_array_index (parties, i);

        if (ATTEST_IS_ROLE (party) == (pass == 0))
          attest_parties_index_add (index, party);
      }
  return index;
}

/**
 * attest_parties_index_add:
 * @index: what attest_parties_index_new() made
 * @party: a person or role that comes after every party of @index
 *
 * Adds the names of @party that no party of @index has yet.
 */
void
attest_parties_index_add (GHashTable   *index,
                          AttestRecord *party)
{
  g_autoptr(GPtrArray) names = attest_party_dup_names (party, NULL, NULL);

  for (guint n = 0; n < names->len; n++)
    {
      const char *key = g_ptr_array_index (names, n);

      if (*key != '\0' && !g_hash_table_contains (index, key))
        g_hash_table_insert (index, g_strdup (key), party);
    }
}

/**
 * attest_parties_index_lookup:
 * @index: what attest_parties_index_new() made
 * @name: an owner's name as someone typed it
 *
 * Returns: (transfer none) (nullable): the role or person
 *   attest_parties_find() would find, or %NULL
 */
AttestRecord *
attest_parties_index_lookup (GHashTable *index,
                             const char *name)
{
  g_autofree char *key = name_key (name);

  return *key != '\0' ? g_hash_table_lookup (index, key) : NULL;
}

/* "Head of IT (Yusuf Demir)": a position, then a name in brackets. */
static gboolean
split_label (const char  *text,
             char       **position,
             char       **name)
{
  const char *open = strrchr (text, '(');
  gsize length = strlen (text);

  if (open == NULL || open == text || length < 2 || text[length - 1] != ')')
    return FALSE;
  *position = g_strstrip (g_strndup (text, open - text));
  *name = g_strstrip (g_strndup (open + 1, text + length - 1 - (open + 1)));
  if (**position != '\0' && **name != '\0' && strchr (*name, '(') == NULL && strchr (*position, ')') == NULL)
    return TRUE;
  g_clear_pointer (position, g_free);
  g_clear_pointer (name, g_free);
  return FALSE;
}

/**
 * attest_person_new_named:
 * @id: (nullable): the person's id; %NULL for a new one
 * @text: an owner's name as someone typed it, not blank
 *
 * The person a typed owner names who is no one of the ISMS yet: one typed
 * as attest_party_dup_label() shows people, "Head of IT (Yusuf Demir)",
 * gets that position and name, so they are shown as typed; any other text
 * is the person's name.
 *
 * Returns: (transfer full): the person, not yet in a workspace
 */
AttestRecord *
attest_person_new_named (const char *id,
                         const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *position = NULL;
  g_autofree char *name = NULL;

  if (split_label (trimmed, &position, &name))
    return g_object_new (ATTEST_TYPE_PERSON, "id", id, "name", name, "position", position, NULL);
  return g_object_new (ATTEST_TYPE_PERSON, "id", id, "name", trimmed, NULL);
}
