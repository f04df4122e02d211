/* attest-auditing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-auditing"

#include "config.h"

#include "attest-i18n.h"

#include "attest-auditing.h"
#include "attest-audit-finding.h"
#include "attest-audit-programme.h"
#include "attest-catalog.h"
#include "attest-catalog-titles.h"
#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-owner.h"
#include "attest-responsibility.h"
#include "attest-role.h"
#include "attest-soa-entry.h"

/* The internal audit programme as an auditor reads it (9.2): what each
 * audit covers (its clauses, and the Annex A controls linked to it), who
 * audits it, what it found; the coverage of the programme's period, year
 * by year, clause by clause and control by control; and whether an auditor
 * would audit their own work, found from the owners the records name and
 * the clause each kind serves (attest_kind_get_clause()). Derived, never
 * stored: the Internal audit page, the readiness rules and the audit pack
 * all read it from here. */

#define CONTROL_PREFIX "iso27001:2022/"

/**
 * attest_requirement_covers:
 * @audited: a clause or control an audit covers, "6" or "6.1.2" or "A.5.15"
 * @area: a clause or control some work serves
 *
 * Returns: whether an audit of @audited looks at @area: the same, one
 *   within the other ("6" covers "6.1.2"), or @area within @audited's part
 *   ("6.1.2" is part of "6.1")
 */
gboolean
attest_requirement_covers (const char *audited,
                           const char *area)
{
  size_t a = strlen (audited), b = strlen (area);

  if (a == 0 || b == 0)
    return FALSE;
  if (a == b)
    return strcmp (audited, area) == 0;
  if (a < b)
    return strncmp (audited, area, a) == 0 && area[a] == '.';
  return strncmp (area, audited, b) == 0 && audited[b] == '.';
}

static GPtrArray *
dup_linked (AttestWorkspace *workspace,
            const char      *link,
            AttestRecord    *audit)
{
  g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, link, audit, NULL);
  GPtrArray *records = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      AttestRecord *record = attest_workspace_lookup (workspace, g_ptr_array_index (ids, i));

      if (record != NULL)
        g_ptr_array_add (records, record);
    }
  return records;
}

/**
 * attest_audit_dup_auditors:
 * @workspace: a workspace
 * @audit: an audit
 *
 * Returns: (transfer container) (element-type AttestRecord): the people who
 *   audit it, in the order they were named
 */
GPtrArray *
attest_audit_dup_auditors (AttestWorkspace *workspace,
                           AttestRecord    *audit)
{
  return dup_linked (workspace, "audit-auditor", audit);
}

/**
 * attest_audit_dup_covered:
 * @workspace: a workspace
 * @audit: an audit
 *
 * Returns: (transfer full) (element-type utf8): what it covers: its clauses
 *   as written ("6.1.2"), then its Annex A controls ("A.5.15") in the
 *   catalog's order
 */
GPtrArray *
attest_audit_dup_covered (AttestWorkspace *workspace,
                          AttestRecord    *audit)
{
  const char * const *clauses = attest_record_get_strv (audit, "clauses");
  g_autoptr(GPtrArray) entries = dup_linked (workspace, "audit-control", audit);
  AttestCatalog *catalog = attest_catalog_get_default ();
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  const AttestControl *controls;
  GPtrArray *covered = g_ptr_array_new_with_free_func (g_free);
  guint n;

  for (guint i = 0; clauses != NULL && clauses[i] != NULL; i++)
    {
      char *clause = g_strstrip (g_strdup (clauses[i]));

      if (*clause == '\0')
        g_free (clause);
      else
        g_ptr_array_add (covered, clause);
    }
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (linked, (gpointer) attest_record_get_string (g_ptr_array_index (entries, i), "control-id"));
  controls = attest_catalog_get_controls (catalog, &n);
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (linked, controls[i].id))
      g_ptr_array_add (covered, g_strconcat ("A.", controls[i].number, NULL));
  return covered;
}

/**
 * attest_audit_dup_findings:
 * @workspace: a workspace
 * @audit: an audit
 *
 * Returns: (transfer full) (element-type AttestRecord): its findings, the
 *   nonconformities first (major, then minor), then observations and
 *   opportunities, each kind in the order recorded
 */
GPtrArray *
attest_audit_dup_findings (AttestWorkspace *workspace,
                           AttestRecord    *audit)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_AUDIT_FINDING, "audit-id",
                                                      attest_record_get_id (audit));
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);

  for (int type = ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY; type <= ATTEST_FINDING_TYPE_OPPORTUNITY; type++)
    for (guint i = 0; i < found->len; i++)
      if (attest_record_get_enum (g_ptr_array_index (found, i), "type") == type)
        g_ptr_array_add (findings, g_object_ref (g_ptr_array_index (found, i)));
  return findings;
}

/* The day an audit counts for: the day it was held, or else the day it is
 * planned for; NULL when it has neither. */
static const char *
audit_day (AttestRecord *audit)
{
  const char *planned = attest_record_get_string (audit, "planned-date");

  if (attest_audit_is_held (audit))
    return attest_record_get_string (audit, "held-on");
  return attest_date_is_valid (planned) ? planned : NULL;
}

static void
coverage_row_free (AttestCoverageRow *row)
{
  g_free (row->requirement);
  g_free (row->title);
  g_free (row->cells);
  g_free (row->last_held);
  g_free (row);
}

/**
 * attest_audit_coverage_free:
 * @coverage: (nullable): a coverage
 */
void
attest_audit_coverage_free (AttestCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_free (coverage->period_start);
  g_free (coverage->period_end);
  g_ptr_array_unref (coverage->rows);
  g_free (coverage);
}

static int
year_of (const char *date)
{
  return (int) g_ascii_strtoll (date, NULL, 10);
}

/* The years the grid shows: the programme's period when it says one; or
 * else from the first audit's year to the last's; or else this year. */
static void
set_period (AttestCoverage  *coverage,
            AttestWorkspace *workspace,
            GListModel      *audits)
{
  AttestRecord *programme = attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  const char *start = programme != NULL ? attest_record_get_string (programme, "period-start") : "";
  const char *end = programme != NULL ? attest_record_get_string (programme, "period-end") : "";
  int first = G_MAXINT, last = G_MININT;

  if (attest_date_is_valid (start) && attest_date_is_valid (end) && strcmp (start, end) < 0)
    {
      coverage->period_start = g_strdup (start);
      coverage->period_end = g_strdup (end);
      first = year_of (start);
      last = year_of (end);
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
      {
        g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
        const char *day = audit_day (audit);

        if (day == NULL)
          continue;
        first = MIN (first, year_of (day));
        last = MAX (last, year_of (day));
      }
  if (first == G_MAXINT)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);

      first = last = g_date_time_get_year (now);
    }
  coverage->first_year = first;
  coverage->n_years = (guint) MIN (last - first + 1, ATTEST_AUDIT_COVERAGE_MAX_YEARS);
}

static AttestCoverageRow *
new_row (AttestCoverage *coverage,
         char           *requirement,
         const char     *title,
         gboolean        is_control,
         gboolean        applicable)
{
  AttestCoverageRow *row = g_new0 (AttestCoverageRow, 1);

  row->requirement = requirement;
  row->title = g_strdup (title);
  row->is_control = is_control;
  row->applicable = applicable;
  row->cells = g_new0 (AttestCoverageState, coverage->n_years);
  g_ptr_array_add (coverage->rows, row);
  return row;
}

/* Clauses 4.1 to 10.2 (the catalog's clauses of two levels), then the
 * controls, those the SoA excludes marked so. */
static void
add_rows (AttestCoverage  *coverage,
          AttestWorkspace *workspace)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  g_autoptr(GHashTable) excluded = g_hash_table_new (g_str_hash, g_str_equal);
  const AttestClause *clauses;
  const AttestControl *controls;
  guint n;

  clauses = attest_catalog_get_clauses (catalog, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *dot = strchr (clauses[i].number, '.');

      if (dot != NULL && strchr (dot + 1, '.') == NULL)
        new_row (coverage, g_strdup (clauses[i].number), attest_catalog_title (clauses[i].title), FALSE, TRUE);
    }
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

      if (attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_NOT_APPLICABLE)
        g_hash_table_add (excluded, (gpointer) attest_record_get_string (entry, "control-id"));
    }
  controls = attest_catalog_get_controls (catalog, &n);
  for (guint i = 0; i < n; i++)
    new_row (coverage, g_strconcat ("A.", controls[i].number, NULL), controls[i].title, TRUE,
             !g_hash_table_contains (excluded, controls[i].id));
}

/**
 * attest_audit_coverage_new:
 * @workspace: a workspace
 *
 * What the audits within the programme's period cover, year by year: a
 * clause row is covered by an audit of it, of a clause it is part of, or
 * of a part of it; a control row by an audit linked to its SoA entry.
 *
 * Returns: (transfer full): the coverage
 */
AttestCoverage *
attest_audit_coverage_new (AttestWorkspace *workspace)
{
  AttestCoverage *coverage = g_new0 (AttestCoverage, 1);
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);
  g_autoptr(GHashTable) by_requirement = g_hash_table_new (g_str_hash, g_str_equal);

  coverage->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) coverage_row_free);
  set_period (coverage, workspace, audits);
  add_rows (coverage, workspace);
  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);

      g_hash_table_insert (by_requirement, row->requirement, row);
    }

  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
      g_autoptr(GPtrArray) covered = NULL;
      const char *day = audit_day (audit);
      gboolean held = attest_audit_is_held (audit);
      int year;

      if (day == NULL
          || (coverage->period_start != NULL
              && (strcmp (day, coverage->period_start) < 0 || strcmp (day, coverage->period_end) > 0)))
        continue;
      year = year_of (day) - coverage->first_year;
      if (year < 0 || year >= (int) coverage->n_years)
        continue;
      covered = attest_audit_dup_covered (workspace, audit);
      for (guint c = 0; c < covered->len; c++)
        {
          const char *requirement = g_ptr_array_index (covered, c);
          AttestCoverageState state = held ? ATTEST_COVERAGE_AUDITED : ATTEST_COVERAGE_PLANNED;

          for (guint r = 0; r < coverage->rows->len; r++)
            {
              AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);

              if (row->is_control != g_str_has_prefix (requirement, "A.")
                  || !attest_requirement_covers (requirement, row->requirement))
                continue;
              row->cells[year] = MAX (row->cells[year], state);
              if (held && (row->last_held == NULL || strcmp (day, row->last_held) > 0))
                {
                  g_free (row->last_held);
                  row->last_held = g_strdup (day);
                }
            }
        }
    }

  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);
      gboolean any = FALSE;

      for (guint y = 0; y < coverage->n_years; y++)
        any |= row->cells[y] != ATTEST_COVERAGE_NONE;
      if (!any && row->applicable)
        {
          if (row->is_control)
            coverage->n_control_gaps++;
          else
            coverage->n_clause_gaps++;
        }
    }
  return coverage;
}

/**
 * attest_audit_coverage_dup_gaps:
 * @coverage: a coverage
 * @max: how many to name at most
 *
 * Returns: (transfer full): the first @max clauses and applicable controls
 *   no audit of the period covers, "7.4, 8.3, A.5.7", with "…" after them
 *   when there are more; empty when there are none
 */
char *
attest_audit_coverage_dup_gaps (AttestCoverage *coverage,
                                guint           max)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);
      gboolean any = FALSE;

      for (guint y = 0; y < coverage->n_years; y++)
        any |= row->cells[y] != ATTEST_COVERAGE_NONE;
      if (any || !row->applicable)
        continue;
      if (n == max)
        {
          g_string_append (out, ", …");
          break;
        }
      if (n > 0)
        g_string_append (out, ", ");
      g_string_append (out, row->requirement);
      n++;
    }
  return g_string_free (out, FALSE);
}

static void
clear_conflict (AttestAuditConflict *conflict)
{
  g_free (conflict->area);
}

/* The person and the roles they hold: whoever owns a record on their
 * behalf. */
static GPtrArray *
dup_parties_of (AttestWorkspace *workspace,
                AttestRecord    *person)
{
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  GPtrArray *parties = g_ptr_array_new ();

  g_ptr_array_add (parties, person);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);
      g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, "role-person", role, NULL);

      for (guint p = 0; ids != NULL && p < ids->len; p++)
        if (g_str_equal (g_ptr_array_index (ids, p), attest_record_get_id (person)))
          {
            g_ptr_array_add (parties, role);
            break;
          }
    }
  return parties;
}

/* The area of the covered list that @record's work falls under, or NULL:
 * its kind's clause, and for an SoA entry its control too. */
static const char *
area_of (AttestRecord *record,
         GPtrArray    *covered)
{
  const char *kind = attest_record_get_kind (record);
  const char *clause = attest_kind_get_clause (kind);
  g_autofree char *control = NULL;

  if (ATTEST_IS_SOA_ENTRY (record))
    {
      const char *id = attest_record_get_string (record, "control-id");

      if (g_str_has_prefix (id, CONTROL_PREFIX))
        control = g_strconcat ("A.", id + strlen (CONTROL_PREFIX) + strlen ("A."), NULL);
    }
  for (guint c = 0; c < covered->len; c++)
    {
      const char *audited = g_ptr_array_index (covered, c);

      if (g_str_has_prefix (audited, "A."))
        {
          if (control != NULL && g_str_equal (audited, control))
            return audited;
        }
      else if (clause != NULL && attest_requirement_covers (audited, clause))
        return audited;
    }
  return NULL;
}

/* Records in the order they were made, so that the first named is the
 * oldest. */
static gint
compare_records (gconstpointer a,
                 gconstpointer b)
{
  AttestRecord *first = *(AttestRecord * const *) a, *second = *(AttestRecord * const *) b;
  gint64 x = attest_record_get_created (first), y = attest_record_get_created (second);

  return x != y ? (x > y) - (x < y) : strcmp (attest_record_get_id (first), attest_record_get_id (second));
}

/* Every record with an owner, under its owner (a person or role): read
 * once for all the audits of a workspace. */
static GHashTable *
dup_owned_index (AttestWorkspace *workspace)
{
  GHashTable *index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  const GType *kinds;
  guint n_kinds;

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      GListModel *records;

      if (attest_record_class_get_owner_field (g_type_class_peek (kinds[k])) == NULL
          || kinds[k] == ATTEST_TYPE_AUDIT || kinds[k] == ATTEST_TYPE_AUDIT_FINDING)
        continue;
      records = attest_workspace_get_records (workspace, kinds[k]);
      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
          AttestRecord *owner = attest_workspace_get_owner (workspace, record);
          GPtrArray *owned;

          if (owner == NULL)
            continue;
          owned = g_hash_table_lookup (index, owner);
          if (owned == NULL)
            {
              owned = g_ptr_array_new ();
              g_hash_table_insert (index, owner, owned);
            }
          g_ptr_array_add (owned, record);
        }
    }
  return index;
}

static GArray *
new_conflicts (void)
{
  GArray *conflicts = g_array_new (FALSE, TRUE, sizeof (AttestAuditConflict));

  g_array_set_clear_func (conflicts, (GDestroyNotify) clear_conflict);
  return conflicts;
}

static void
add_conflicts (GArray          *conflicts,
               AttestWorkspace *workspace,
               AttestRecord    *audit,
               GHashTable      *owned_index)
{
  g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, audit);
  g_autoptr(GPtrArray) covered = NULL;

  if (auditors->len == 0)
    return;
  covered = attest_audit_dup_covered (workspace, audit);
  if (covered->len == 0)
    return;
  for (guint a = 0; a < auditors->len; a++)
    {
      AttestRecord *auditor = g_ptr_array_index (auditors, a);
      g_autoptr(GPtrArray) parties = dup_parties_of (workspace, auditor);
      g_autoptr(GPtrArray) owned = g_ptr_array_new ();

      for (guint p = 0; p < parties->len; p++)
        {
          GPtrArray *of_party = g_hash_table_lookup (owned_index, g_ptr_array_index (parties, p));

          if (of_party != NULL)
            g_ptr_array_extend (owned, of_party, NULL, NULL);
        }
      g_ptr_array_sort (owned, compare_records);
      for (guint i = 0; i < owned->len; i++)
        {
          AttestRecord *record = g_ptr_array_index (owned, i);
          const char *area = area_of (record, covered);
          AttestAuditConflict conflict;

          if (area == NULL)
            continue;
          conflict.auditor = auditor;
          conflict.record = record;
          conflict.area = g_strdup (area);
          g_array_append_val (conflicts, conflict);
        }
    }
}

/**
 * attest_audit_dup_conflicts:
 * @workspace: a workspace
 * @audit: an audit
 *
 * Auditors must be objective and impartial: an auditor who owns a record
 * (themselves, or through a role they hold) in an area the audit covers
 * would audit their own work. The audit itself and its findings are the
 * auditors' own work, not audited by it. For every audit of a workspace at
 * once, attest_audits_dup_conflicts() reads the owners only once.
 *
 * Returns: (transfer full) (element-type AttestAuditConflict): each record
 *   an auditor owns in the audited area, auditor by auditor, the records
 *   in the order they were made
 */
GArray *
attest_audit_dup_conflicts (AttestWorkspace *workspace,
                            AttestRecord    *audit)
{
  GArray *conflicts = new_conflicts ();
  g_autoptr(GHashTable) owned_index = dup_owned_index (workspace);

  add_conflicts (conflicts, workspace, audit, owned_index);
  return conflicts;
}

/**
 * attest_audits_dup_conflicts:
 * @workspace: a workspace
 *
 * attest_audit_dup_conflicts() for each audit of @workspace.
 *
 * Returns: (transfer full) (element-type AttestRecord GArray): each audit
 *   with an auditor of their own work, to its conflicts
 */
GHashTable *
attest_audits_dup_conflicts (AttestWorkspace *workspace)
{
  GHashTable *all = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) owned_index = dup_owned_index (workspace);
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);

  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
      GArray *conflicts = new_conflicts ();

      add_conflicts (conflicts, workspace, audit, owned_index);
      if (conflicts->len > 0)
        g_hash_table_insert (all, audit, conflicts);
      else
        g_array_unref (conflicts);
    }
  return all;
}
