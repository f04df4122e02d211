/* attest-register-specs.c: what each record kind's register lists.
 *
 * One entry per record kind that has a register: its columns (cells
 * computed from the workspace where a value is not stored, such as a risk's
 * level), its filters and its words. The register pages look a kind up
 * here; the edit form's fields are the record form's for the kind, the same
 * as the guided setup's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-register-specs"

#include "config.h"

#include "attest-i18n.h"

#include "attest-register-specs.h"
#include "attest-reviewing.h"

#include <stdio.h>
#include <string.h>
#include "widgets/attest-record-form.h"

static const AttestColumn issue_columns[] = {
  { N_("Issue"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("External or internal"), "origin", ATTEST_COLUMN_CHOICE },
  { N_("Category"), "category", ATTEST_COLUMN_CHOICE },
  { N_("Effect on the ISMS"), "effect", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn party_columns[] = {
  { N_("Interested party"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Why they are relevant"), "relevance", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn requirement_columns[] = {
  { N_("Requirement"), "text", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Of"), "party-id", ATTEST_COLUMN_REFERENCE, FALSE, "name" },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Addressed by the ISMS"), "addressed", ATTEST_COLUMN_FLAG },
  { N_("Climate-related"), "climate-related", ATTEST_COLUMN_FLAG },
};

static const AttestColumn scope_item_columns[] = {
  { N_("Part of the scope"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Name"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Justification of an exclusion"), "justification", ATTEST_COLUMN_TEXT, TRUE },
};

/* An asset's value, as the impact scale names it. */
static char *
rating_text (AttestWorkspace *workspace,
             AttestRecord    *record,
             const char      *field)
{
  g_auto(GStrv) scale = attest_risks_dup_scale (workspace, record, field);
  int value = attest_record_get_int (record, field);

  if (value == 0)
    return g_strdup ("—");
  if (scale != NULL && (guint) value < g_strv_length (scale))
    return g_strdup (scale[value]);
  return g_strdup_printf ("%d", value);
}

/* A risk's level before treatment (the column of "likelihood") or after it. */
static char *
level_text (AttestWorkspace *workspace,
            AttestRecord    *risk,
            const char      *field)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  gboolean residual = g_str_has_prefix (field, "residual-");

  return g_strdup (attest_risk_method_level_name (method, attest_risk_level (workspace, risk, residual)));
}

static int
rating_rank (AttestWorkspace *workspace, AttestRecord *record, const char *field)
{
  return attest_record_get_int (record, field);
}

/* Levels sort by rank, lowest first, not assessed before all. */
static int
level_rank (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  return attest_risk_level (workspace, risk, g_str_has_prefix (field, "residual-"));
}

/* Where a risk stands now: its target once its actions are done. */
static char *
current_level_text (AttestWorkspace *workspace,
                    AttestRecord    *risk,
                    const char      *field)
{
  AttestRecord *method = attest_risks_get_method (workspace);

  return g_strdup (attest_risk_method_level_name (method, attest_risk_current_level (workspace, risk)));
}

static int
current_level_rank (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  return attest_risk_current_level (workspace, risk);
}

static int
risk_problems_rank (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  return findings->len;
}

static char *
risk_problems_text (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  if (findings->len == 0)
    return g_strdup ("");
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", findings->len), findings->len);
}

static char *
risk_acceptance_text (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  AttestRecord *acceptance = attest_risk_get_acceptance (workspace, risk);

  if (acceptance == NULL)
    return g_strdup ("");
  if (attest_risk_acceptance_is_outdated (workspace, acceptance))
    return g_strdup (_("Out of date"));
  return g_strdup (attest_record_get_enum (acceptance, "decision") == ATTEST_ACCEPTANCE_ACCEPTED
                    ? _("Accepted") : _("Not accepted"));
}

static const AttestColumn asset_columns[] = {
  { N_("Asset"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Confidentiality"), "confidentiality", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
  { N_("Integrity"), "integrity", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
  { N_("Availability"), "availability", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
};

static const AttestColumn threat_columns[] = {
  { N_("Threat"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn vulnerability_columns[] = {
  { N_("Vulnerability"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn risk_columns[] = {
  { N_("Risk"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Level"), "likelihood", ATTEST_COLUMN_COMPUTED, FALSE, NULL, level_text, level_rank },
  { N_("Treatment"), "treatment", ATTEST_COLUMN_CHOICE },
  /* TRANSLATORS: a column of the risk register: the level a risk is to have once treated */
  { N_("Target"), "residual-likelihood", ATTEST_COLUMN_COMPUTED, FALSE, NULL, level_text, level_rank },
  { N_("Now"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, current_level_text, current_level_rank },
  /* The owner's decision matters for the few risks retained above the
   * acceptance level, and a missing one is a problem besides: a narrow
   * window hides it first. */
  { N_("Decision"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, risk_acceptance_text, NULL, 0, TRUE },
  { N_("Problems"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, risk_problems_text, risk_problems_rank },
};

static const AttestColumn action_columns[] = {
  { N_("Action"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("For the risk"), "risk-id", ATTEST_COLUMN_REFERENCE, TRUE, "title" },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Due"), "due-date", ATTEST_COLUMN_DATE },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Completed"), "completed-date", ATTEST_COLUMN_DATE },
};

/* The clauses a document serves: "5.2, 9.2". */
static char *
document_items_text (AttestWorkspace *workspace, AttestRecord *document, const char *field)
{
  const char * const *items = attest_record_get_strv (document, field);
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const AttestMandatoryItem *item = attest_mandatory_item_lookup (items[i]);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, item ? item->clause : items[i]);
    }
  return g_string_free (text, FALSE);
}

static const AttestColumn document_columns[] = {
  { N_("Identifier"), "identifier", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 14 },
  { N_("Title"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Version"), "version", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 6 },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Where it is kept"), "location", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Next review"), "next-review", ATTEST_COLUMN_DATE },
  { N_("Serves"), "mandatory-items", ATTEST_COLUMN_COMPUTED, FALSE, NULL, document_items_text },
};

static const AttestColumn objective_columns[] = {
  { N_("Objective"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Target value"), "target", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 14 },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("By"), "due-date", ATTEST_COLUMN_DATE },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
};

static const AttestColumn change_columns[] = {
  { N_("Change"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Planned for"), "planned-date", ATTEST_COLUMN_DATE },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Reviewed"), "reviewed-on", ATTEST_COLUMN_DATE },
};

static const AttestColumn resource_columns[] = {
  { N_("Resource"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Who provides it"), "provider", ATTEST_COLUMN_TEXT },
  { N_("Needed by"), "needed-by", ATTEST_COLUMN_DATE },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
};

static const AttestColumn communication_columns[] = {
  { N_("What is communicated"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("To whom"), "audience", ATTEST_COLUMN_TEXT },
  { N_("How often"), "frequency", ATTEST_COLUMN_TEXT },
  { N_("Next due"), "next-due", ATTEST_COLUMN_DATE },
};

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The records linked to @record by @link, by name in the alphabet's
 * order: a role's holders, a person's roles. */
static char *
linked_names (AttestWorkspace *workspace,
              AttestRecord    *record,
              const char      *link,
              gboolean         from_side)
{
  g_autoptr(GPtrArray) pairs = attest_workspace_dup_links (workspace, link, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *id = attest_record_get_id (record);

  for (guint i = 0; pairs != NULL && i + 1 < pairs->len; i += 2)
    {
      const char *self_id = g_ptr_array_index (pairs, from_side ? i : i + 1);
      const char *other_id = g_ptr_array_index (pairs, from_side ? i + 1 : i);
      AttestRecord *other = g_str_equal (self_id, id) ? attest_workspace_lookup (workspace, other_id) : NULL;

      if (other != NULL)
        g_ptr_array_add (names, attest_record_dup_display_name (workspace, other));
    }
  g_ptr_array_sort (names, (GCompareFunc) compare_collated);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (names, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
role_holders_text (AttestWorkspace *workspace,
                   AttestRecord    *role,
                   const char      *field)
{
  g_autofree char *names = linked_names (workspace, role, "role-person", TRUE);

  /* TRANSLATORS: a role's holders in the roles register when nobody holds it */
  return *names ? g_steal_pointer (&names) : g_strdup (C_("holders", "Nobody"));
}

/* The duties the standard names that a role carries, in short. */
static char *
role_duties_text (AttestWorkspace *workspace,
                  AttestRecord    *role,
                  const char      *field)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (attest_record_get_boolean (role, "top-management"))
    /* TRANSLATORS: in the roles register's "Named duties" column, short for "part of top management" */
    g_string_append (text, C_("duty", "Top management"));
  if (attest_record_get_boolean (role, "conformity"))
    /* TRANSLATORS: in the roles register's "Named duties" column, short for "makes sure the ISMS conforms" */
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", C_("duty", "Conformity"));
  if (attest_record_get_boolean (role, "reporting"))
    /* TRANSLATORS: in the roles register's "Named duties" column, short for "reports on the ISMS's performance" */
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", C_("duty", "Reporting"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
person_roles_text (AttestWorkspace *workspace,
                   AttestRecord    *person,
                   const char      *field)
{
  return linked_names (workspace, person, "role-person", FALSE);
}

static char *
competence_roles_text (AttestWorkspace *workspace,
                       AttestRecord    *competence,
                       const char      *field)
{
  return linked_names (workspace, competence, "competence-role", TRUE);
}

static const AttestColumn competence_columns[] = {
  { N_("Competence"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Required by"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, competence_roles_text },
};

static const AttestColumn qualification_columns[] = {
  { N_("Person"), "person-id", ATTEST_COLUMN_REFERENCE, TRUE, "name" },
  { N_("Competence"), "competence-id", ATTEST_COLUMN_REFERENCE, TRUE, "title" },
  { N_("Held, or planned"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Shown by"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Expires on"), "expires-on", ATTEST_COLUMN_DATE },
};

static char *
process_cadence_text (AttestWorkspace *workspace,
                      AttestRecord    *process,
                      const char      *field)
{
  return attest_process_dup_cadence (process);
}

static char *
process_next_run_text (AttestWorkspace *workspace,
                       AttestRecord    *process,
                       const char      *field)
{
  g_autofree char *next = attest_process_dup_next_run (process);
  char *day = next != NULL ? attest_i18n_format_stored_date (next) : NULL;

  if (day != NULL)
    return day;
  /* At intervals and no day it last ran: due now, as readiness says. */
  if (attest_process_is_unrun (process))
    return g_strdup (_("Not run yet"));
  return g_strdup ("");
}

/* Sorted by the day, not by its words: the day's number. */
/* A day to come as a rank that sorts by date: @date (YYYY-MM-DD), or
 * when there is none, @none_rank (0 before every day, G_MAXINT after). */
static int
day_rank (const char *date,
          int         none_rank)
{
  int y, m, d;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return none_rank;
  return y * 10000 + m * 100 + d;
}

static int
process_next_run_rank (AttestWorkspace *workspace,
                       AttestRecord    *process,
                       const char      *field)
{
  g_autofree char *next = attest_process_dup_next_run (process);

  /* Not run yet before every day; run when needed after them. */
  return day_rank (next, attest_process_is_unrun (process) ? 0 : G_MAXINT);
}

static char *
process_handover_text (AttestWorkspace *workspace,
                       AttestRecord    *process,
                       const char      *field)
{
  return linked_names (workspace, process, "process-handover", TRUE);
}

static const AttestColumn process_columns[] = {
  { N_("Process"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Runs"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, process_cadence_text },
  { N_("Next due"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, process_next_run_text, process_next_run_rank, 12 },
  { N_("Hands over to"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, process_handover_text },
};

static char *
metric_cadence_text (AttestWorkspace *workspace,
                     AttestRecord    *metric,
                     const char      *field)
{
  return attest_cadence_dup_label (attest_record_get_int (metric, "measured-every"),
                                   attest_record_get_enum (metric, "measured-unit"));
}

static char *
metric_target_text (AttestWorkspace *workspace,
                    AttestRecord    *metric,
                    const char      *field)
{
  char *target = attest_metric_dup_target (metric);

  return target != NULL ? target : g_strdup ("");
}

/* A value as the metric writes it: its unit after it. */
static char *
value_with_unit (AttestRecord *metric,
                 AttestRecord *measurement)
{
  const char *unit = attest_record_get_string (metric, "unit");
  const char *value = attest_record_get_string (measurement, "value");

  return *unit != '\0' ? g_strdup_printf ("%s %s", value, unit) : g_strdup (value);
}

static char *
metric_last_text (AttestWorkspace *workspace,
                  AttestRecord    *metric,
                  const char      *field)
{
  AttestRecord *last = attest_metric_get_last_measurement (workspace, metric);
  g_autofree char *value = NULL;
  g_autofree char *day = NULL;

  if (last == NULL)
    return g_strdup (_("Not measured yet"));
  value = value_with_unit (metric, last);
  day = attest_i18n_format_stored_date (attest_record_get_string (last, "date"));
  /* TRANSLATORS: a metric's last measurement: the value, then its day, "97 % on 1 December 2026" */
  return g_strdup_printf (_("%s on %s"), value, day);
}

static char *
metric_next_text (AttestWorkspace *workspace,
                  AttestRecord    *metric,
                  const char      *field)
{
  g_autofree char *next = attest_metric_dup_next_due (workspace, metric);
  g_autofree char *day = next != NULL ? attest_i18n_format_stored_date (next) : NULL;

  if (day == NULL)
    return g_strdup (attest_metric_get_last_measurement (workspace, metric) == NULL ? _("Now") : "");
  if (attest_metric_is_overdue (workspace, metric))
    /* TRANSLATORS: the day a metric's next measurement was due, which has passed */
    return g_strdup_printf (_("%s, overdue"), day);
  return g_steal_pointer (&day);
}

/* Sorted by the day: not measured yet first, measured when needed last. */
static int
metric_next_rank (AttestWorkspace *workspace,
                  AttestRecord    *metric,
                  const char      *field)
{
  g_autofree char *next = attest_metric_dup_next_due (workspace, metric);

  /* Never measured before every day. */
  return day_rank (next, attest_metric_get_last_measurement (workspace, metric) == NULL ? 0 : G_MAXINT);
}

static const AttestColumn metric_columns[] = {
  { N_("Metric"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Who measures"), "owner", ATTEST_COLUMN_TEXT },
  { N_("How often"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, metric_cadence_text },
  { N_("Target"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, metric_target_text },
  { N_("Last measured"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, metric_last_text },
  { N_("Next due"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, metric_next_text, metric_next_rank, 12 },
};

/* The value with its unit, and a miss of the target said in words. */
static char *
measurement_value_text (AttestWorkspace *workspace,
                        AttestRecord    *measurement,
                        const char      *field)
{
  AttestRecord *metric = attest_workspace_lookup (workspace, attest_record_get_string (measurement, "metric-id"));
  g_autofree char *value = NULL;
  double number;

  if (metric == NULL)
    return g_strdup (attest_record_get_string (measurement, "value"));
  value = value_with_unit (metric, measurement);
  if (attest_decimal_parse (attest_record_get_string (measurement, "value"), &number)
      && attest_metric_value_misses (metric, number))
    /* TRANSLATORS: a measured value that misses its metric's target, "91 % (misses the target)" */
    return g_strdup_printf (_("%s (misses the target)"), value);
  return g_steal_pointer (&value);
}

static const AttestColumn measurement_columns[] = {
  { N_("Taken on"), "date", ATTEST_COLUMN_DATE },
  { N_("Value"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, measurement_value_text },
  { N_("What it shows"), "note", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Evidence kept at"), "evidence", ATTEST_COLUMN_TEXT, TRUE },
};

/* How many findings an internal audit has: "None" while it has none. */
static char *
audit_findings_text (AttestWorkspace *workspace,
                     AttestRecord    *audit,
                     const char      *field)
{
  g_autoptr(GPtrArray) findings = attest_audit_dup_findings (workspace, audit);

  if (findings->len == 0)
    /* TRANSLATORS: an internal audit's findings in the audits register, when it has none */
    return g_strdup (C_("findings", "None"));
  return g_strdup_printf ("%u", findings->len);
}

static int
audit_findings_rank (AttestWorkspace *workspace,
                     AttestRecord    *audit,
                     const char      *field)
{
  g_autoptr(GPtrArray) findings = attest_audit_dup_findings (workspace, audit);

  return (int) findings->len;
}

static char *
audit_auditors_text (AttestWorkspace *workspace,
                     AttestRecord    *audit,
                     const char      *field)
{
  g_autofree char *names = linked_names (workspace, audit, "audit-auditor", TRUE);

  /* TRANSLATORS: an internal audit's auditors in the audits register, when none is named */
  return *names ? g_steal_pointer (&names) : g_strdup (_("Not named yet"));
}

static const AttestColumn audit_columns[] = {
  { N_("Audit"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Planned for"), "planned-date", ATTEST_COLUMN_DATE },
  { N_("Held on"), "held-on", ATTEST_COLUMN_DATE },
  { N_("Findings"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, audit_findings_text, audit_findings_rank, 8 },
  { N_("Auditors"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, audit_auditors_text, NULL, 16 },
};

static const AttestColumn audit_finding_columns[] = {
  { N_("Finding"), "type", ATTEST_COLUMN_CHOICE, FALSE, NULL, NULL, NULL, 20 },
  { N_("Clause or control"), "requirement", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 10 },
  { N_("What was found"), "description", ATTEST_COLUMN_TEXT, TRUE },
};

/* How many of a nonconformity's corrective actions are not done yet: "—"
 * while none is open. */
static int
nonconformity_open_rank (AttestWorkspace *workspace,
                         AttestRecord    *nonconformity,
                         const char      *field)
{
  g_autoptr(GPtrArray) actions = attest_nonconformity_dup_actions (workspace, nonconformity);
  int open = 0;

  for (guint i = 0; i < actions->len; i++)
    if (!attest_date_is_valid (attest_record_get_string (g_ptr_array_index (actions, i), "done-on")))
      open++;
  return open;
}

static char *
nonconformity_open_text (AttestWorkspace *workspace,
                         AttestRecord    *nonconformity,
                         const char      *field)
{
  int open = nonconformity_open_rank (workspace, nonconformity, field);

  return open > 0 ? g_strdup_printf ("%d", open) : g_strdup ("—");
}

static const AttestColumn nonconformity_columns[] = {
  { N_("Nonconformity"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Clause or control"), "requirement", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 10 },
  { N_("Reported on"), "reported-on", ATTEST_COLUMN_DATE },
  { N_("Step"), "state", ATTEST_COLUMN_CHOICE, FALSE, NULL, NULL, NULL, 16 },
  { N_("Open actions"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, nonconformity_open_text,
    nonconformity_open_rank, 8 },
};

/* The nonconformity register's filter: those still open (not closed),
 * and those overdue: open, with a corrective action not done by its due
 * day (readiness's corrective-action-overdue). */
static GStrv
nonconformity_progress_choices (AttestWorkspace *workspace)
{
  /* TRANSLATORS: nonconformities not closed yet; then those with a corrective action past its due day */
  const char * const choices[] = { C_("nonconformities", "Open"), C_("nonconformities", "Overdue"), NULL };

  return g_strdupv ((char **) choices);
}

static gboolean
nonconformity_progress_matches (AttestWorkspace *workspace, AttestRecord *nonconformity, guint choice,
                                const char *name)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autofree char *today = NULL;

  if (attest_nonconformity_get_state (nonconformity) == ATTEST_NONCONFORMITY_STATE_CLOSED)
    return FALSE;
  if (choice == 0)
    return TRUE;
  actions = attest_nonconformity_dup_actions (workspace, nonconformity);
  today = attest_date_dup_today ();
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      const char *due = attest_record_get_string (action, "due-date");

      if (attest_date_is_valid (due) && strcmp (due, today) < 0
          && !attest_date_is_valid (attest_record_get_string (action, "done-on")))
        return TRUE;
    }
  return FALSE;
}

static const AttestRegisterFilter nonconformity_filters[] = {
  { "nonconformity-progress-filter", N_("Progress"), N_("Open or closed"), nonconformity_progress_choices,
    nonconformity_progress_matches },
};

static const AttestColumn corrective_action_columns[] = {
  { N_("Corrective action"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Due"), "due-date", ATTEST_COLUMN_DATE },
  { N_("Done on"), "done-on", ATTEST_COLUMN_DATE },
};

static const AttestColumn improvement_columns[] = {
  { N_("Improvement"), "title", ATTEST_COLUMN_TEXT, TRUE },
  /* A narrow window keeps the day it is due rather than where it came from. */
  { N_("Came from"), "source", ATTEST_COLUMN_CHOICE, FALSE, NULL, NULL, NULL, 0, TRUE },
  { N_("Decision"), "decision", ATTEST_COLUMN_CHOICE },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Due"), "due-date", ATTEST_COLUMN_DATE },
};

/* Whether a management review's inputs were prepared, and on which day. */
static char *
review_inputs_text (AttestWorkspace *workspace,
                    AttestRecord    *review,
                    const char      *field)
{
  g_autoptr(GDateTime) date = attest_stored_date_parse (attest_record_get_string (review, "inputs-prepared-at"));

  /* Short, as the table writes its other days. */
  if (date == NULL)
    /* TRANSLATORS: a management review whose inputs were not prepared yet, in the reviews register */
    return g_strdup (C_("inputs", "Not yet"));
  return attest_i18n_format_date_short (date);
}

/* Prepared ones sort by when, after those not prepared. */
static int
review_inputs_rank (AttestWorkspace *workspace,
                    AttestRecord    *review,
                    const char      *field)
{
  gint64 usec;

  if (!attest_timestamp_parse (attest_record_get_string (review, "inputs-prepared-at"), &usec))
    return 0;
  return (int) CLAMP (usec / G_USEC_PER_SEC / 60, 1, G_MAXINT);
}

/* How many of a management review's actions are still open: "—" while
 * none is. */
static int
review_open_rank (AttestWorkspace *workspace,
                  AttestRecord    *review,
                  const char      *field)
{
  g_autoptr(GPtrArray) actions = attest_management_review_dup_actions (workspace, review);
  int open = 0;

  for (guint i = 0; i < actions->len; i++)
    if (attest_review_action_is_open (g_ptr_array_index (actions, i)))
      open++;
  return open;
}

static char *
review_open_text (AttestWorkspace *workspace,
                  AttestRecord    *review,
                  const char      *field)
{
  int open = review_open_rank (workspace, review, field);

  return open > 0 ? g_strdup_printf ("%d", open) : g_strdup ("—");
}

static const AttestColumn management_review_columns[] = {
  { N_("Management review"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Planned for"), "planned-date", ATTEST_COLUMN_DATE },
  { N_("Held on"), "held-on", ATTEST_COLUMN_DATE },
  { N_("Inputs prepared"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, review_inputs_text, review_inputs_rank, 0,
    TRUE },
  { N_("Open actions"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, review_open_text, review_open_rank, 8 },
};

/* A narrow window keeps the day an action is due and where it stands
 * rather than who owns it and the day it was done. */
/* The day a review's action is due, and that it has passed while the
 * action is not done, as the pack and What is due say. */
static char *
review_action_due_text (AttestWorkspace *workspace,
                        AttestRecord    *action,
                        const char      *field)
{
  const char *due = attest_record_get_string (action, "due-date");
  g_autoptr(GDateTime) date = attest_date_is_valid (due) ? attest_stored_date_parse (due) : NULL;
  g_autofree char *day = date != NULL ? attest_i18n_format_date_short (date) : g_strdup (due);

  if (date != NULL && attest_review_action_is_overdue (action))
    /* TRANSLATORS: the day an action was due, which has passed while it is not done, "1 Jan 2027, overdue" */
    return g_strdup_printf (_("%s, overdue"), day);
  return g_steal_pointer (&day);
}

static int
review_action_due_rank (AttestWorkspace *workspace,
                        AttestRecord    *action,
                        const char      *field)
{
  /* No day after every day. */
  return day_rank (attest_record_get_string (action, "due-date"), G_MAXINT);
}

static const AttestColumn review_action_columns[] = {
  { N_("Action"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT, FALSE, NULL, NULL, NULL, 0, TRUE },
  { N_("Due"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, review_action_due_text, review_action_due_rank, 12 },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Done on"), "done-on", ATTEST_COLUMN_DATE, FALSE, NULL, NULL, NULL, 0, TRUE },
};

static const AttestColumn commitment_columns[] = {
  { N_("What top management shows"), "item", ATTEST_COLUMN_CHOICE, TRUE },
  { N_("What shows it"), "evidence", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Shown on"), "shown-on", ATTEST_COLUMN_DATE },
};

static int
compare_numbered (gconstpointer a,
                  gconstpointer b)
{
  g_autofree char *x = g_utf8_collate_key_for_filename (*(const char * const *) a, -1);
  g_autofree char *y = g_utf8_collate_key_for_filename (*(const char * const *) b, -1);

  return strcmp (x, y);
}

/* The Annex A controls that ask for a topic-specific policy, by number. */
static char *
topic_policy_controls_text (AttestWorkspace *workspace,
                            AttestRecord    *policy,
                            const char      *field)
{
  g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, "topic-policy-control", policy, NULL);
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      AttestRecord *entry = attest_workspace_lookup (workspace, g_ptr_array_index (ids, i));
      const char *control = entry != NULL ? attest_record_get_string (entry, "control-id") : NULL;
      const char *number = control != NULL ? strrchr (control, '/') : NULL;

      if (control != NULL)
        g_ptr_array_add (numbers, g_strdup (number != NULL ? number + 1 : control));
    }
  /* In the order of their numbers: A.5.9 before A.5.10. */
  g_ptr_array_sort (numbers, compare_numbered);
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", (const char *) g_ptr_array_index (numbers, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const AttestColumn topic_policy_columns[] = {
  { N_("Topic-specific policy"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Version"), "version", ATTEST_COLUMN_TEXT },
  { N_("Next review"), "next-review", ATTEST_COLUMN_DATE },
  { N_("Controls"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, topic_policy_controls_text },
};

static const AttestColumn provider_columns[] = {
  { N_("Provider"), "name", ATTEST_COLUMN_TEXT },
  { N_("What it provides"), "provides", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Looked after by"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Last reviewed"), "last-review", ATTEST_COLUMN_DATE },
  { N_("Next review"), "next-review", ATTEST_COLUMN_DATE },
};

/* Whom an awareness activity was for: all staff, or its groups. */
static char *
awareness_audience_text (AttestWorkspace *workspace,
                         AttestRecord    *activity,
                         const char      *field)
{
  if (attest_record_get_boolean (activity, "all-staff"))
    return g_strdup (_("All staff"));
  return g_strjoinv (", ", (char **) attest_record_get_strv (activity, "groups"));
}

static const AttestColumn awareness_columns[] = {
  { N_("Topic"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("For"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, awareness_audience_text },
  { N_("Held on"), "held-on", ATTEST_COLUMN_DATE },
  { N_("Attendance"), "attendance", ATTEST_COLUMN_TEXT },
};

static const AttestColumn role_columns[] = {
  { N_("Role"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Held by"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, role_holders_text },
  { N_("Named duties"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, role_duties_text },
  { N_("Made known on"), "communicated-on", ATTEST_COLUMN_DATE },
};

static const AttestColumn person_columns[] = {
  { N_("Name"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Position"), "position", ATTEST_COLUMN_TEXT },
  { N_("Staff group"), "staff-group", ATTEST_COLUMN_TEXT },
  { N_("Roles"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, person_roles_text },
};

/* The risk register's computed filters: level before treatment, owner, problems. */
static GStrv
risk_level_choices (AttestWorkspace *workspace)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_addv (builder, (const char **) attest_record_get_strv (method, "levels"));
  g_strv_builder_add (builder, attest_risk_method_level_name (method, ATTEST_RISK_NOT_ASSESSED));
  return g_strv_builder_end (builder);
}

static gboolean
risk_level_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  int level = attest_risk_level (workspace, risk, FALSE);

  if (choice == attest_record_get_strv_length (method, "levels"))
    return level < 0;
  return level == (int) choice;
}

static GStrv
risk_owner_choices (AttestWorkspace *workspace)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  gboolean unowned = FALSE;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = attest_record_get_string (risk, "owner");

      if (owner == NULL || *owner == '\0')
        unowned = TRUE;
      else if (g_hash_table_add (seen, (gpointer) owner))
        g_ptr_array_add (owners, (gpointer) owner);
    }
  g_ptr_array_sort (owners, (GCompareFunc) compare_collated);
  for (guint i = 0; i < owners->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (owners, i));
  if (unowned)
    g_strv_builder_add (builder, C_("owner", "No owner"));
  return g_strv_builder_end (builder);
}

static gboolean
risk_owner_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  const char *owner = attest_record_get_string (risk, "owner");

  if (owner == NULL || *owner == '\0')
    return g_str_equal (name, C_("owner", "No owner"));
  return g_str_equal (owner, name);
}

static GStrv
risk_problem_choices (AttestWorkspace *workspace)
{
  const char * const choices[] = { _("With problems"), _("Without problems"), NULL };

  return g_strdupv ((char **) choices);
}

static gboolean
risk_problem_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  return (findings->len > 0) == (choice == 0);
}

static const AttestRegisterFilter risk_filters[] = {
  { "level-filter", N_("Level"), N_("Any level"), risk_level_choices, risk_level_matches },
  { "owner-filter", N_("Owner"), N_("Any owner"), risk_owner_choices, risk_owner_matches },
  { "problem-filter", N_("Problems"), N_("Any problems"), risk_problem_choices, risk_problem_matches },
};

/* The process register's filter: what readiness asks of a process. */
static GStrv
process_state_choices (AttestWorkspace *workspace)
{
  const char * const choices[] = { _("Past the day it was due"), _("Not run yet"), _("Without an owner"),
                                   _("Without criteria or their check"), NULL };

  return g_strdupv ((char **) choices);
}

static gboolean
process_state_matches (AttestWorkspace *workspace, AttestRecord *process, guint choice, const char *name)
{
  switch (choice)
    {
    case 0:
      return attest_process_is_overdue (process);
    case 1:
      return attest_process_is_unrun (process);
    case 2:
      return attest_text_is_blank (attest_record_get_string (process, "owner"));
    default:
      return attest_text_is_blank (attest_record_get_string (process, "criteria"))
             || attest_text_is_blank (attest_record_get_string (process, "criteria-check"));
    }
}

static const AttestRegisterFilter process_filters[] = {
  { "process-state-filter", N_("Needs"), N_("Every process"), process_state_choices, process_state_matches },
};

/* The kind's register: its spec, whose form fields are the record form's
 * for the kind (attest_record_form_get_fields()). */
typedef struct
{
  const char         *kind;
  AttestRegisterSpec  spec;
} KindRegister;

static const KindRegister registers[] = {
  { "context-issue", { "issues-register", 0, issue_columns, G_N_ELEMENTS (issue_columns), NULL, "category", N_("Any category"), "title",
    N_("Context issues"), N_("No context issues recorded yet. Add one, or run the guided setup."),
    N_("Search issues"), N_("Add an issue"), N_("New Issue"), N_("Edit Issue") } },
  { "interested-party", { "parties-register", 0, party_columns, G_N_ELEMENTS (party_columns), NULL, "kind", N_("Any kind"), "name",
    N_("Interested parties"), N_("No interested parties recorded yet."),
    N_("Search interested parties"), N_("Add an interested party"), N_("New Interested Party"), N_("Edit Interested Party") } },
  { "requirement", { "requirements-register", 0, requirement_columns, G_N_ELEMENTS (requirement_columns), NULL, "kind", N_("Any kind"), "text",
    N_("Requirements of interested parties"), N_("No requirements recorded yet."),
    N_("Search requirements"), N_("Add a requirement"), N_("New Requirement"), N_("Edit Requirement") } },
  { "scope-item", { "scope-register", 0, scope_item_columns, G_N_ELEMENTS (scope_item_columns), NULL, "kind", N_("Any part of the scope"), "name",
    N_("Parts of the scope"), N_("No units, locations, processes, systems, exclusions or interfaces recorded yet."),
    N_("Search the scope"), N_("Add a part of the scope"), N_("New Part of the Scope"), N_("Edit Part of the Scope") } },
  { "asset", { "assets-register", 0, asset_columns, G_N_ELEMENTS (asset_columns), NULL, "kind", N_("Any kind"), "name",
    N_("Assets"), N_("No assets recorded yet. Start with the information the organisation could not do without."),
    N_("Search assets"), N_("Add an asset"), N_("New Asset"), N_("Edit Asset") } },
  { "threat", { "threats-register", 0, threat_columns, G_N_ELEMENTS (threat_columns), NULL, NULL, NULL, "name",
    N_("Threats"), N_("No threats recorded yet."),
    N_("Search threats"), N_("Add a threat"), N_("New Threat"), N_("Edit Threat") } },
  { "vulnerability", { "vulnerabilities-register", 0, vulnerability_columns, G_N_ELEMENTS (vulnerability_columns), NULL, NULL, NULL, "name",
    N_("Vulnerabilities"), N_("No vulnerabilities recorded yet."),
    N_("Search vulnerabilities"), N_("Add a vulnerability"), N_("New Vulnerability"), N_("Edit Vulnerability") } },
  { "risk", { "risks-register", 0, risk_columns, G_N_ELEMENTS (risk_columns), NULL, "treatment", N_("Any treatment"), "title",
    N_("Risks"), N_("No risks recorded yet. Add one for each thing that could go wrong with an asset."),
    N_("Search risks"), N_("Add a risk"), N_("New Risk"), N_("Edit Risk"), risk_filters, G_N_ELEMENTS (risk_filters) } },
  { "treatment-action", { "actions-register", 0, action_columns, G_N_ELEMENTS (action_columns), NULL, "status", N_("Any status"), "title",
    N_("Risk treatment plan"), N_("No treatment actions planned yet."),
    N_("Search actions"), N_("Add a treatment action"), N_("New Treatment Action"), N_("Edit Treatment Action") } },
  { "document", { "documents-register", 0, document_columns, G_N_ELEMENTS (document_columns), NULL, NULL, NULL, "title",
    N_("Document register"), N_("No documents registered yet. Add the policy and the other documents the ISMS keeps, here or elsewhere."),
    N_("Search documents"), N_("Add a document"), N_("New Document"), N_("Edit Document") } },
  { "objective", { "objectives-register", 0, objective_columns, G_N_ELEMENTS (objective_columns), NULL, "status",
    N_("Any status"), "title", N_("Information security objectives"),
    N_("No objectives set yet. Add what the ISMS sets out to achieve, such as every employee trained in security "
       "within a month of joining."),
    N_("Search objectives"), N_("Add an objective"), N_("New Objective"), N_("Edit Objective") } },
  { "planned-change", { "changes-register", 0, change_columns, G_N_ELEMENTS (change_columns), NULL, "status",
    N_("Any status"), "title", N_("Planned changes to the ISMS"),
    N_("No changes planned yet. Add a change to the ISMS before it is made, such as moving the file servers to "
       "a cloud service or a new scope."),
    N_("Search changes"), N_("Add a change"), N_("New Change"), N_("Edit Change") } },
  { "resource", { "resources-register", 0, resource_columns, G_N_ELEMENTS (resource_columns), NULL, "status",
    N_("Any status"), "title", N_("Resources for the ISMS"),
    N_("No resources recorded yet. Add what the ISMS needs, such as two days a week of an ISMS manager, a "
       "training budget or a vulnerability scanner, and whether it was provided."),
    N_("Search resources"), N_("Add a resource"), N_("New Resource"), N_("Edit Resource") } },
  { "communication", { "communication-register", 0, communication_columns, G_N_ELEMENTS (communication_columns),
    NULL, NULL, NULL, "title", N_("Communication"),
    N_("No communication planned yet. Add what the ISMS tells whom, such as the policy to every new employee on "
       "their first day, or security news to all staff every quarter."),
    N_("Search communication"), N_("Add a communication"), N_("New Communication"), N_("Edit Communication") } },
  { "competence", { "competence-register", 0, competence_columns, G_N_ELEMENTS (competence_columns), NULL, NULL,
    NULL, "title", N_("Competences the ISMS needs"),
    N_("No competences recorded yet. Add what the roles of the ISMS need to know or be able to do, such as "
       "running risk assessments or handling an incident, and link each to the roles that require it."),
    N_("Search competences"), N_("Add a competence"), N_("New Competence"), N_("Edit Competence") } },
  { "qualification", { "qualifications-register", 0, qualification_columns, G_N_ELEMENTS (qualification_columns),
    NULL, "status", N_("Any status"), "person-id", N_("Evidence of competence"),
    N_("No evidence of competence recorded yet. Add what shows that a person has a competence (a course, a "
       "certificate, experience), or the action planned to gain it."),
    N_("Search evidence of competence"), N_("Add evidence of competence"), N_("New Evidence of Competence"),
    N_("Edit Evidence of Competence") } },
  { "commitment", { "commitments-register", 0, commitment_columns, G_N_ELEMENTS (commitment_columns), NULL, "item",
    N_("Anything shown"), "evidence", N_("Evidence of leadership"),
    N_("No evidence of leadership recorded yet. For each thing top management is to show, add what shows it: the "
       "minutes where the policy was approved, the budget of the ISMS, the message that told staff why it "
       "matters."),
    N_("Search evidence of leadership"), N_("Add evidence of leadership"), N_("New Evidence of Leadership"),
    N_("Edit Evidence of Leadership") } },
  { "process", { "processes-register", 0, process_columns, G_N_ELEMENTS (process_columns), NULL, "runs-unit",
    N_("Any frequency"), "name", N_("Processes of the ISMS"),
    N_("No processes recorded yet. Add those your scope names and those every ISMS runs with the button above, "
       "or add your own."),
    N_("Search processes"), N_("Add a process"), N_("New Process"), N_("Edit Process"), process_filters,
    G_N_ELEMENTS (process_filters) } },
  { "metric", { "metrics-register", 0, metric_columns, G_N_ELEMENTS (metric_columns), NULL, "measured-unit",
    N_("Any frequency"), "name", N_("Metrics"),
    N_("No metrics recorded yet. Add what the ISMS monitors and measures to show it works, such as the share of "
       "critical updates installed within 14 days, with how, how often and by whom, and the target."),
    N_("Search metrics"), N_("Add a metric"), N_("New Metric"), N_("Edit Metric") } },
  { "measurement", { "measurements-register", 0, measurement_columns, G_N_ELEMENTS (measurement_columns), NULL,
    NULL, NULL, "date", N_("Measurements"),
    N_("No measurements of this metric yet. Enter the first in the row above: the day, the value, and what it shows."),
    N_("Search measurements"), N_("Add a measurement"), N_("New Measurement"), N_("Edit Measurement") } },
  { "audit", { "audits-register", 0, audit_columns, G_N_ELEMENTS (audit_columns), NULL, NULL, NULL, "title",
    N_("Internal audits"),
    N_("No internal audits recorded yet. Add the first: its scope, the clauses it covers, the day it is planned "
       "for, and who audits; link the Annex A controls it covers in its editor."),
    N_("Search audits"), N_("Add an internal audit"), N_("New Internal Audit"), N_("Edit Internal Audit") } },
  { "audit-finding", { "audit-findings-register", 0, audit_finding_columns, G_N_ELEMENTS (audit_finding_columns),
    NULL, "type", N_("Any finding"), "description", N_("Findings of the audit"),
    N_("No findings recorded for this audit yet. Add each nonconformity, observation and opportunity for "
       "improvement, with the clause or control it concerns."),
    N_("Search findings"), N_("Add a finding"), N_("New Audit Finding"), N_("Edit Audit Finding") } },
  { "nonconformity", { "nonconformities-register", 0, nonconformity_columns, G_N_ELEMENTS (nonconformity_columns),
    NULL, "state", N_("Any step"), "title", N_("Nonconformities"),
    N_("No nonconformities recorded yet. Add one when something fails a requirement of the standard or of the ISMS, "
       "such as a finding of an internal audit, an incident or a complaint."),
    N_("Search nonconformities"), N_("Add a nonconformity"), N_("New Nonconformity"), N_("Edit Nonconformity"),
    nonconformity_filters, G_N_ELEMENTS (nonconformity_filters) } },
  { "corrective-action", { "corrective-actions-register", 0, corrective_action_columns,
    G_N_ELEMENTS (corrective_action_columns), NULL, NULL, NULL, "title", N_("Corrective actions"),
    N_("No corrective actions planned for this nonconformity yet. Add what removes its causes, with who carries it "
       "out and the day it is due."),
    N_("Search corrective actions"), N_("Add a corrective action"), N_("New Corrective Action"),
    N_("Edit Corrective Action") } },
  { "management-review", { "reviews-register", 0, management_review_columns,
    G_N_ELEMENTS (management_review_columns), NULL, NULL, NULL, "title", N_("Management reviews"),
    N_("No management reviews recorded yet. Add the next one with the day it is planned for."),
    N_("Search management reviews"), N_("Add a management review"), N_("New Management Review"),
    N_("Edit Management Review") } },
  { "review-action", { "review-actions-register", 0, review_action_columns, G_N_ELEMENTS (review_action_columns),
    NULL, "status", N_("Any status"), "title", N_("Actions of the review"),
    N_("No actions decided at this review yet. Add each action it decided, with who carries it out and the day "
       "it is due."),
    N_("Search actions"), N_("Add an action"), N_("New Review Action"), N_("Edit Review Action") } },
  { "improvement", { "improvements-register", 0, improvement_columns, G_N_ELEMENTS (improvement_columns), NULL,
    "decision", N_("Any decision"), "title", N_("Improvements"),
    N_("No improvements recorded yet. Add what could make the ISMS more suitable, adequate or effective, such as "
       "an opportunity an audit found or a suggestion from staff, and what was decided."),
    N_("Search improvements"), N_("Add an improvement"), N_("New Improvement"), N_("Edit Improvement") } },
  { "provider", { "providers-register", 0, provider_columns, G_N_ELEMENTS (provider_columns), NULL, NULL, NULL,
    "name", N_("External providers"),
    N_("No external providers recorded yet. Add the processes, products and services the ISMS relies on from "
       "outside, such as the cloud hosting, the payroll bureau or the shredding company, and the controls that "
       "apply to each."),
    N_("Search external providers"), N_("Add an external provider"), N_("New External Provider"),
    N_("Edit External Provider") } },
  { "topic-policy", { "topic-policies-register", 0, topic_policy_columns, G_N_ELEMENTS (topic_policy_columns), NULL,
    NULL, NULL, "title", N_("Topic-specific policies"),
    N_("No topic-specific policies recorded yet. Add those that say more on one topic, such as access control, "
       "backup or cryptography, with their owners, versions and review dates, or add the usual ones and fill "
       "them in."),
    N_("Search topic-specific policies"), N_("Add a topic-specific policy"), N_("New Topic-Specific Policy"),
    N_("Edit Topic-Specific Policy") } },
  { "awareness", { "awareness-register", 0, awareness_columns, G_N_ELEMENTS (awareness_columns), NULL, NULL, NULL,
    "title", N_("Awareness activities"),
    N_("No awareness activities recorded yet. Add the induction every newcomer takes, the yearly refresher, or a "
       "briefing after an incident: whom it was for, when, and who attended."),
    N_("Search awareness activities"), N_("Add an awareness activity"), N_("New Awareness Activity"),
    N_("Edit Awareness Activity") } },
  { "role", { "roles-register", 0, role_columns, G_N_ELEMENTS (role_columns), NULL, NULL, NULL, "title",
    N_("Roles in the ISMS"),
    N_("No roles recorded yet. Add the ISMS manager, who makes sure the ISMS conforms and reports on it to top "
       "management, then the other roles the ISMS relies on, such as risk owners or the data protection officer."),
    N_("Search roles"), N_("Add a role"), N_("New Role"), N_("Edit Role") } },
  { "person", { "people-register", 0, person_columns, G_N_ELEMENTS (person_columns), NULL, NULL, NULL, "name",
    N_("People"),
    N_("No people recorded yet. Add the people who hold a role in the ISMS or own its risks, controls and "
       "documents."),
    N_("Search people"), N_("Add a person"), N_("New Person"), N_("Edit Person") } },
};

/**
 * attest_register_spec_for_kind:
 * @kind: a record kind, as attest_record_get_kind() names it ("risk")
 * @spec: (out caller-allocates): what its register lists, translated
 *
 * Returns: %TRUE if @kind has a register
 */
gboolean
attest_register_spec_for_kind (const char         *kind,
                               AttestRegisterSpec *spec)
{
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    if (g_str_equal (registers[i].kind, kind))
      {
        *spec = registers[i].spec;
        spec->kind = attest_record_kind_lookup (kind);
        spec->form_fields = attest_record_form_get_fields (kind);
        spec->label = _(spec->label);
        spec->empty_text = _(spec->empty_text);
        return TRUE;
      }
  return FALSE;
}

/**
 * attest_register_new_for_kind:
 * @workspace: the workspace
 * @kind: a record kind that has a register (attest_register_spec_for_kind())
 *
 * Returns: (transfer full): the register of @kind's records in @workspace
 */
GtkWidget *
attest_register_new_for_kind (AttestWorkspace *workspace,
                              const char      *kind)
{
  AttestRegisterSpec spec;
  GtkWidget *reg;

  if (!attest_register_spec_for_kind (kind, &spec))
    g_return_val_if_reached (NULL);
  reg = attest_register_new (workspace, &spec);
  gtk_widget_set_vexpand (reg, TRUE);
  return reg;
}
