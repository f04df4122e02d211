/* attest-responsibility.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-responsibility"

#include "config.h"

#include "attest-i18n.h"

#include "attest-owner.h"
#include "attest-responsibility.h"
#include "attest-role.h"

/* The responsibility matrix (5.3): for each role and person of the ISMS,
 * how many records of each clause they own. It is derived from the owners
 * the records name (attest_workspace_get_owner()), never typed: the Roles
 * page shows it, and the audit pack prints it under 5.3. */

static const char * const processes[] = { "process", NULL };
static const char * const policies[] = { "policy", "topic-policy", NULL };
static const char * const risks[] = { "risk", "soa-entry", "treatment-action", NULL };
static const char * const objectives[] = { "objective", NULL };
static const char * const changes[] = { "planned-change", NULL };
static const char * const documents[] = { "document", NULL };
static const char * const providers[] = { "provider", NULL };
static const char * const assets[] = { "asset", NULL };

static const AttestResponsibilityColumn columns[] = {
  { "4.4", N_("Processes"), processes },
  { "5.2", N_("Policies"), policies },
  { "6.1", N_("Risks, controls and actions"), risks },
  { "6.2", N_("Objectives"), objectives },
  { "6.3", N_("Changes"), changes },
  { "7.5", N_("Documents"), documents },
  { "8.1", N_("External providers"), providers },
  { "A.5.9", N_("Assets"), assets },
};

/* The clause whose requirements the records of each kind serve: what an
 * internal audit of that clause looks at, and so what an auditor who owns
 * such a record must not audit (9.2, attest-auditing.c). Kinds without an
 * owner are here too, so that the map is whole. */
static const struct
{
  const char *kind;
  const char *clause;
} kind_clauses[] = {
  { "organisation", "4.1" },
  { "context-issue", "4.1" },
  { "interested-party", "4.2" },
  { "requirement", "4.2" },
  { "scope", "4.3" },
  { "scope-item", "4.3" },
  { "process", "4.4" },
  { "commitment", "5.1" },
  { "policy", "5.2" },
  { "topic-policy", "5.2" },
  { "role", "5.3" },
  { "person", "5.3" },
  { "risk-method", "6.1.2" },
  { "asset", "6.1.2" },
  { "threat", "6.1.2" },
  { "vulnerability", "6.1.2" },
  { "risk", "6.1.2" },
  { "soa-entry", "6.1.3" },
  { "soa-version", "6.1.3" },
  { "treatment-action", "6.1.3" },
  { "risk-acceptance", "6.1.3" },
  { "plan-approval", "6.1.3" },
  { "objective", "6.2" },
  { "planned-change", "6.3" },
  { "resource", "7.1" },
  { "competence", "7.2" },
  { "qualification", "7.2" },
  { "awareness", "7.3" },
  { "communication", "7.4" },
  { "document", "7.5" },
  { "document-version", "7.5" },
  { "evidence", "7.5" },
  { "provider", "8.1" },
  { "metric", "9.1" },
  { "measurement", "9.1" },
  { "audit-programme", "9.2" },
  { "audit", "9.2" },
  { "audit-finding", "9.2" },
};

/**
 * attest_kind_get_clause:
 * @kind: a record kind, such as "risk"
 *
 * Returns: (nullable): the clause its records serve, such as "6.1.2"; %NULL
 *   for a kind that serves none (the setup's progress)
 */
const char *
attest_kind_get_clause (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_clauses); i++)
    if (g_str_equal (kind_clauses[i].kind, kind))
      return kind_clauses[i].clause;
  return NULL;
}

/**
 * attest_responsibility_free:
 * @row: (nullable): a row of attest_responsibility_dup_matrix()
 */
void
attest_responsibility_free (AttestResponsibility *row)
{
  if (row == NULL)
    return;
  g_free (row->counts);
  g_free (row);
}

/**
 * attest_responsibility_get_columns:
 * @n_columns: (out): how many
 *
 * Returns: (array length=n_columns): the columns of the matrix, by clause;
 *   their titles untranslated (see attest_responsibility_dup_column_title())
 */
const AttestResponsibilityColumn *
attest_responsibility_get_columns (guint *n_columns)
{
  *n_columns = G_N_ELEMENTS (columns);
  return columns;
}

/**
 * attest_responsibility_dup_column_title:
 * @column: a column's index
 *
 * Returns: (transfer full): its heading, "6.1 Risks, controls and actions"
 */
char *
attest_responsibility_dup_column_title (guint column)
{
  g_return_val_if_fail (column < G_N_ELEMENTS (columns), NULL);
  /* TRANSLATORS: a column of the responsibility matrix: a clause, then
   * what of it is owned, "6.2 Objectives" */
  return g_strdup_printf (_("%1$s %2$s"), columns[column].clause, _(columns[column].title));
}

/**
 * attest_responsibility_dup_matrix:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestResponsibility): a row for
 *   each role and person who owns at least one record, roles first, each
 *   in its register's order
 */
GPtrArray *
attest_responsibility_dup_matrix (AttestWorkspace *workspace)
{
  g_autoptr(GPtrArray) parties = attest_workspace_dup_parties (workspace);
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  GPtrArray *matrix = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_responsibility_free);

  for (guint i = 0; i < parties->len; i++)
    {
      AttestResponsibility *row = g_new0 (AttestResponsibility, 1);

      row->party = g_ptr_array_index (parties, i);
      row->n_counts = G_N_ELEMENTS (columns);
      row->counts = g_new0 (guint, row->n_counts);
      g_hash_table_insert (rows, row->party, row);
      g_ptr_array_add (matrix, row);
    }
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    for (guint k = 0; columns[c].kinds[k] != NULL; k++)
      {
        GListModel *records = attest_workspace_get_records (workspace, attest_record_kind_lookup (columns[c].kinds[k]));

        for (guint i = 0; i < g_list_model_get_n_items (records); i++)
          {
            g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
            AttestRecord *owner = attest_workspace_get_owner (workspace, record);
            AttestResponsibility *row = owner != NULL ? g_hash_table_lookup (rows, owner) : NULL;

            if (row != NULL)
              {
                row->counts[c]++;
                row->total++;
              }
          }
      }
  for (guint i = matrix->len; i > 0; i--)
    if (((AttestResponsibility *) g_ptr_array_index (matrix, i - 1))->total == 0)
      g_ptr_array_remove_index (matrix, i - 1);
  return matrix;
}

/**
 * attest_responsibility_dup_leaders:
 * @workspace: a workspace
 * @leader: which of the two
 *
 * Who @leader is, as the audit pack and the approvals name them: each role
 * with the duty, followed by the people who hold it, "Managing director
 * (Priya Natarajan)"; several roles are separated by semicolons.
 *
 * Returns: (transfer full): the names, empty when no role has the duty
 */
char *
attest_responsibility_dup_leaders (AttestWorkspace *workspace,
                                   AttestLeader     leader)
{
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);
      g_autoptr(GPtrArray) ids = NULL;
      g_autoptr(GString) people = g_string_new (NULL);
      g_autofree char *title = NULL;

      if (!attest_role_is_leader (role, leader))
        continue;
      title = g_strstrip (g_strdup (attest_record_get_string (role, "title")));
      ids = attest_workspace_dup_links_from (workspace, "role-person", role, NULL);
      for (guint p = 0; ids != NULL && p < ids->len; p++)
        {
          AttestRecord *person = attest_workspace_lookup (workspace, g_ptr_array_index (ids, p));
          g_autofree char *name = NULL;

          if (person == NULL)
            continue;
          name = g_strstrip (g_strdup (attest_record_get_string (person, "name")));
          if (*name == '\0')
            continue;
          if (people->len > 0)
            g_string_append (people, ", ");
          g_string_append (people, name);
        }
      if (out->len > 0)
        g_string_append (out, "; ");
      if (people->len == 0)
        g_string_append (out, title);
      else if (*title == '\0')
        g_string_append (out, people->str);
      else
        /* TRANSLATORS: a role, then the people who hold it, as in
         * "Managing director (Priya Natarajan)" */
        g_string_append_printf (out, _("%1$s (%2$s)"), title, people->str);
    }
  return g_string_free (out, FALSE);
}
