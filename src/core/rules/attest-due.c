/* attest-due.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-due"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-clock.h"
#include "attest-communication.h"
#include "attest-corrective-action.h"
#include "attest-document-entry.h"
#include "attest-due.h"
#include "attest-enum-types.h"
#include "attest-improvement.h"
#include "attest-management-review.h"
#include "attest-measuring.h"
#include "attest-objective.h"
#include "attest-owner.h"
#include "attest-planned-change.h"
#include "attest-policy.h"
#include "attest-process.h"
#include "attest-provider.h"
#include "attest-qualification.h"
#include "attest-resource.h"
#include "attest-review-action.h"
#include "attest-reviewing.h"
#include "attest-risk.h"
#include "attest-soa-entry.h"
#include "attest-topic-policy.h"
#include "attest-treatment-action.h"

/* What is due: every dated thing of a workspace that is still to happen or
 * was missed, for the What is due page, `attest-cli due` and the calendar
 * export. A record done or closed is not due. Whether a thing is open is
 * the same test the readiness rules make before they call it overdue
 * (attest-readiness.c), and a day computed from a cadence comes from the
 * rules that compute it (attest_metric_dup_next_due(),
 * attest_process_dup_next_run()). */

typedef struct
{
  /* Per held competence, person and competence: the latest expiry among
   * the evidence held ("" for one that does not expire), so that evidence
   * renewed since is not due. */
  GHashTable *latest_expiry;
} Due;

typedef gboolean (*OpenFunc) (Due          *due,
                              AttestWorkspace *workspace,
                              AttestRecord *record);
typedef char *(*DayFunc) (AttestWorkspace *workspace,
                          AttestRecord    *record,
                          const char      *today);

typedef struct
{
  GType       (*get_type) (void);
  const char   *key;
  const char   *what;
  const char   *page;
  /* The date field, or NULL when @day computes the day. */
  const char   *field;
  OpenFunc      open;
  DayFunc       day;
} Source;

static gboolean
treatment_action_open (Due             *due G_GNUC_UNUSED,
                       AttestWorkspace *workspace G_GNUC_UNUSED,
                       AttestRecord    *action)
{
  return attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE;
}

/* A control still to be implemented, by its target date. */
static gboolean
soa_entry_open (Due             *due G_GNUC_UNUSED,
                AttestWorkspace *workspace G_GNUC_UNUSED,
                AttestRecord    *entry)
{
  return attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_APPLICABLE
         && attest_record_get_enum (entry, "status") != ATTEST_IMPLEMENTATION_IMPLEMENTED;
}

static gboolean
qualification_planned (Due             *due G_GNUC_UNUSED,
                       AttestWorkspace *workspace G_GNUC_UNUSED,
                       AttestRecord    *qualification)
{
  return attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_PLANNED;
}

static char *
person_competence (AttestRecord *qualification)
{
  return g_strconcat (attest_record_get_string (qualification, "person-id"), "/",
                      attest_record_get_string (qualification, "competence-id"), NULL);
}

/* Evidence held that expires, and was not renewed by evidence that
 * expires later or never. */
static gboolean
qualification_expires (Due             *due,
                       AttestWorkspace *workspace,
                       AttestRecord    *qualification)
{
  g_autofree char *key = NULL;
  const char *latest;

  if (attest_record_get_enum (qualification, "status") != ATTEST_QUALIFICATION_STATUS_HELD)
    return FALSE;
  if (due->latest_expiry == NULL)
    {
      GListModel *all = attest_workspace_get_records (workspace, ATTEST_TYPE_QUALIFICATION);

      due->latest_expiry = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(AttestRecord) held = g_list_model_get_item (all, i);
          const char *expires = attest_record_get_string (held, "expires-on");
          char *pair;
          const char *known;

          if (attest_record_get_enum (held, "status") != ATTEST_QUALIFICATION_STATUS_HELD)
            continue;
          if (!attest_date_is_valid (expires))
            expires = "";
          pair = person_competence (held);
          known = g_hash_table_lookup (due->latest_expiry, pair);
          if (known == NULL || (*known != '\0' && (*expires == '\0' || strcmp (expires, known) > 0)))
            g_hash_table_replace (due->latest_expiry, pair, g_strdup (expires));
          else
            g_free (pair);
        }
    }
  key = person_competence (qualification);
  latest = g_hash_table_lookup (due->latest_expiry, key);
  return latest != NULL && g_str_equal (latest, attest_record_get_string (qualification, "expires-on"));
}

static gboolean
audit_open (Due             *due G_GNUC_UNUSED,
            AttestWorkspace *workspace G_GNUC_UNUSED,
            AttestRecord    *audit)
{
  return !attest_audit_is_held (audit);
}

static gboolean
corrective_action_open (Due             *due G_GNUC_UNUSED,
                        AttestWorkspace *workspace G_GNUC_UNUSED,
                        AttestRecord    *action)
{
  return !attest_date_is_valid (attest_record_get_string (action, "done-on"));
}

static gboolean
objective_open (Due             *due G_GNUC_UNUSED,
                AttestWorkspace *workspace G_GNUC_UNUSED,
                AttestRecord    *objective)
{
  int status = attest_record_get_enum (objective, "status");

  return status != ATTEST_OBJECTIVE_STATUS_ACHIEVED && status != ATTEST_OBJECTIVE_STATUS_NOT_ACHIEVED;
}

static gboolean
change_open (Due             *due G_GNUC_UNUSED,
             AttestWorkspace *workspace G_GNUC_UNUSED,
             AttestRecord    *change)
{
  int status = attest_record_get_enum (change, "status");

  return status == ATTEST_CHANGE_STATUS_PLANNED || status == ATTEST_CHANGE_STATUS_IN_PROGRESS;
}

static gboolean
improvement_open (Due             *due G_GNUC_UNUSED,
                  AttestWorkspace *workspace G_GNUC_UNUSED,
                  AttestRecord    *improvement)
{
  return attest_record_get_enum (improvement, "decision") == ATTEST_IMPROVEMENT_DECISION_ADOPTED
         && attest_record_get_enum (improvement, "status") != ATTEST_ACTION_STATUS_DONE;
}

static gboolean
resource_open (Due             *due G_GNUC_UNUSED,
               AttestWorkspace *workspace G_GNUC_UNUSED,
               AttestRecord    *resource)
{
  int status = attest_record_get_enum (resource, "status");

  return status == ATTEST_RESOURCE_STATUS_REQUESTED || status == ATTEST_RESOURCE_STATUS_APPROVED;
}

static char *
metric_next (AttestWorkspace *workspace,
             AttestRecord    *metric,
             const char      *today G_GNUC_UNUSED)
{
  return attest_metric_dup_next_due (workspace, metric);
}

/* A metric measured at intervals and never measured yet is due now: no
 * day of its own says when, and readiness asks for it. */
static char *
metric_first (AttestWorkspace *workspace,
              AttestRecord    *metric,
              const char      *today)
{
  if (attest_record_get_enum (metric, "measured-unit") == ATTEST_CADENCE_WHEN_NEEDED
      || attest_metric_get_last_measurement (workspace, metric) != NULL)
    return NULL;
  return g_strdup (today);
}

/* The management review's process, while the workspace records management
 * reviews: their rows say when the next one is due, and the process's
 * would say it twice. */
static gboolean
is_recorded_review_process (AttestWorkspace *workspace,
                            AttestRecord    *process)
{
  return g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW)) > 0
         && attest_process_is_management_review (process);
}

static char *
process_next (AttestWorkspace *workspace,
              AttestRecord    *process,
              const char      *today G_GNUC_UNUSED)
{
  if (is_recorded_review_process (workspace, process))
    return NULL;
  return attest_process_dup_next_run (process);
}

/* So is a process that runs at intervals and has never run (a yearly
 * management review not held yet, while no review is recorded). */
static char *
process_first (AttestWorkspace *workspace,
               AttestRecord    *process,
               const char      *today)
{
  if (is_recorded_review_process (workspace, process))
    return NULL;
  return attest_process_is_unrun (process) ? g_strdup (today) : NULL;
}

/* A management review planned and not held yet, on the day planned. */
static gboolean
review_open (Due             *due G_GNUC_UNUSED,
             AttestWorkspace *workspace G_GNUC_UNUSED,
             AttestRecord    *review)
{
  return !attest_management_review_is_held (review);
}

static gboolean
review_action_open (Due             *due G_GNUC_UNUSED,
                    AttestWorkspace *workspace G_GNUC_UNUSED,
                    AttestRecord    *action)
{
  return attest_review_action_is_open (action);
}

/* With no review planned, the next is due twelve months after the last
 * one held (9.3: at planned intervals, a year apart at most), from eleven
 * months after it: on the latest held review's row. */
static char *
review_next (AttestWorkspace *workspace,
             AttestRecord    *review,
             const char      *today)
{
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  g_autoptr(GDateTime) held = NULL;
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *from = NULL;

  if (attest_management_review_get_latest_held (workspace) != review)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(AttestRecord) other = g_list_model_get_item (reviews, i);

      if (!attest_management_review_is_held (other)
          && attest_date_is_valid (attest_record_get_string (other, "planned-date")))
        return NULL;
    }
  held = attest_stored_date_parse (attest_record_get_string (review, "held-on"));
  if (held == NULL)
    return NULL;
  shown = g_date_time_add_months (held, 11);
  from = g_date_time_format (shown, "%Y-%m-%d");
  if (strcmp (today, from) < 0)
    return NULL;
  next = g_date_time_add_months (held, 12);
  return g_date_time_format (next, "%Y-%m-%d");
}

/* Every source of a date, one row each: a new dated kind is one more row
 * here, with the page that lists it. The key is part of the calendar's
 * event ids: never change one. */
static const Source sources[] = {
  { attest_risk_get_type, "risk-review", N_("Reassessment of the risk"), "risks", "review-date", NULL, NULL },
  { attest_treatment_action_get_type, "treatment-action", N_("Action of the treatment plan"), "treatment",
    "due-date", treatment_action_open, NULL },
  { attest_soa_entry_get_type, "control-target", N_("Control to be implemented"), "soa", "target-date",
    soa_entry_open, NULL },
  { attest_policy_get_type, "policy-review", N_("Review of the policy"), "policy", "next-review", NULL, NULL },
  { attest_topic_policy_get_type, "topic-policy-review", N_("Review of the topic-specific policy"), "policy",
    "next-review", NULL, NULL },
  { attest_document_entry_get_type, "document-review", N_("Review of the document"), "documents", "next-review",
    NULL, NULL },
  { attest_qualification_get_type, "competence-action", N_("Competence to be gained"), "competence", "due-date",
    qualification_planned, NULL },
  { attest_qualification_get_type, "competence-expiry", N_("Competence expires"), "competence", "expires-on",
    qualification_expires, NULL },
  { attest_metric_get_type, "measurement", N_("Next measurement"), "metrics", NULL, NULL, metric_next },
  { attest_metric_get_type, "first-measurement", N_("First measurement, none taken yet"), "metrics", NULL, NULL,
    metric_first },
  { attest_process_get_type, "process-run", N_("Next run of the process"), "processes", NULL, NULL, process_next },
  { attest_process_get_type, "process-first-run", N_("First run of the process, not run yet"), "processes", NULL,
    NULL, process_first },
  { attest_audit_get_type, "audit", N_("Internal audit"), "audits", "planned-date", audit_open, NULL },
  { attest_corrective_action_get_type, "corrective-action", N_("Corrective action"), "nonconformities", "due-date",
    corrective_action_open, NULL },
  { attest_improvement_get_type, "improvement", N_("Improvement"), "improvements", "due-date", improvement_open,
    NULL },
  { attest_objective_get_type, "objective", N_("Objective to be achieved"), "objectives", "due-date",
    objective_open, NULL },
  { attest_planned_change_get_type, "change", N_("Change to the ISMS"), "changes", "planned-date", change_open,
    NULL },
  { attest_communication_get_type, "communication", N_("Next communication"), "communication", "next-due", NULL,
    NULL },
  { attest_provider_get_type, "provider-review", N_("Review of the provider"), "providers", "next-review", NULL,
    NULL },
  { attest_resource_get_type, "resource", N_("Resource needed"), "resources", "needed-by", resource_open, NULL },
  { attest_management_review_get_type, "management-review", N_("Management review"), "reviews", "planned-date",
    review_open, NULL },
  { attest_management_review_get_type, "management-review-next",
    N_("Next management review, twelve months after the last"), "reviews", NULL, NULL, review_next },
  { attest_review_action_get_type, "review-action", N_("Action of a management review"), "reviews", "due-date",
    review_action_open, NULL },
};

/* Who owns @record as its owner field names them (a person or a role),
 * for the kinds that have one; NULL when none is named. */
static char *
dup_owner (AttestRecord *record)
{
  const char *name;

  if (attest_record_class_get_owner_field (ATTEST_RECORD_GET_CLASS (record)) == NULL)
    return NULL;
  name = attest_record_get_string (record, ATTEST_OWNER_NAME_FIELD);
  return attest_text_is_blank (name) ? NULL : g_strstrip (g_strdup (name));
}

/**
 * attest_due_item_free:
 * @item: an item of attest_due_collect()
 */
void
attest_due_item_free (AttestDueItem *item)
{
  if (item == NULL)
    return;
  g_clear_object (&item->record);
  g_free (item->name);
  g_free (item->owner);
  g_free (item->day);
  g_free (item->collate_key);
  g_free (item);
}

/**
 * attest_due_group_of_day:
 * @day: a day, YYYY-MM-DD
 * @today: today, YYYY-MM-DD
 *
 * Returns: overdue for a day before @today; this month for @today itself
 *   and the rest of its month; later for any later month
 */
AttestDueGroup
attest_due_group_of_day (const char *day,
                         const char *today)
{
  /* Days as YYYY-MM-DD compare as text; the month is the first seven. */
  if (strcmp (day, today) < 0)
    return ATTEST_DUE_OVERDUE;
  if (strncmp (day, today, 7) == 0)
    return ATTEST_DUE_THIS_MONTH;
  return ATTEST_DUE_LATER;
}

/**
 * attest_due_group_get_label:
 * @group: a group
 *
 * Returns: its heading, translated: "Overdue", "This month", "Later"
 */
const char *
attest_due_group_get_label (AttestDueGroup group)
{
  switch (group)
    {
    case ATTEST_DUE_OVERDUE:
      return _("Overdue");
    case ATTEST_DUE_THIS_MONTH:
      return _("This month");
    case ATTEST_DUE_LATER:
    default:
      return _("Later");
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const AttestDueItem *first = *(AttestDueItem **) a;
  const AttestDueItem *second = *(AttestDueItem **) b;
  int order = strcmp (first->day, second->day);

  if (order == 0)
    order = strcmp (first->collate_key, second->collate_key);
  if (order == 0)
    order = strcmp (first->key, second->key);
  if (order == 0)
    order = strcmp (first->record_id, second->record_id);
  return order;
}

/**
 * attest_due_collect:
 * @workspace: a loaded workspace
 * @today: (nullable): today, YYYY-MM-DD; %NULL for today by the core's
 *   clock (attest_date_dup_today())
 *
 * Everything with a date that is still to be done: reviews, reassessments,
 * expiries, measurements, runs, audits, actions, objectives and changes,
 * each once per date it has. Done, closed and achieved things are not due.
 *
 * Returns: (transfer container) (element-type AttestDueItem): the items by
 *   day, then by name
 */
GPtrArray *
attest_due_collect (AttestWorkspace *workspace,
                    const char      *today)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_due_item_free);
  g_autofree char *now = today != NULL ? g_strdup (today) : attest_date_dup_today ();
  Due due = { NULL };

  g_return_val_if_fail (ATTEST_IS_WORKSPACE (workspace), items);

  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      const Source *source = &sources[s];
      GListModel *records = attest_workspace_get_records (workspace, source->get_type ());

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
          g_autofree char *day = NULL;
          AttestDueItem *item;

          if (source->day != NULL)
            day = source->day (workspace, record, now);
          else
            day = g_strdup (attest_record_get_string (record, source->field));
          if (!attest_date_is_valid (day))
            continue;
          if (source->open != NULL && !source->open (&due, workspace, record))
            continue;
          item = g_new0 (AttestDueItem, 1);
          item->record = g_steal_pointer (&record);
          item->kind = attest_record_get_kind (item->record);
          item->record_id = attest_record_get_id (item->record);
          item->name = attest_record_dup_display_name (workspace, item->record);
          /* Made once: g_utf8_collate() in the sort would fold both names
           * at every comparison. */
          item->collate_key = g_utf8_collate_key (item->name, -1);
          item->key = source->key;
          item->what = _(source->what);
          item->day = g_steal_pointer (&day);
          item->group = attest_due_group_of_day (item->day, now);
          item->page = source->page;
          item->owner = dup_owner (item->record);
          g_ptr_array_add (items, item);
        }
    }
  g_clear_pointer (&due.latest_expiry, g_hash_table_unref);
  g_ptr_array_sort (items, compare_items);
  return items;
}

/**
 * attest_due_count:
 * @items: (element-type AttestDueItem): items of attest_due_collect()
 * @group: a group
 *
 * Returns: how many of @items are in @group
 */
guint
attest_due_count (GPtrArray      *items,
                  AttestDueGroup  group)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    if (((AttestDueItem *) g_ptr_array_index (items, i))->group == group)
      n++;
  return n;
}
