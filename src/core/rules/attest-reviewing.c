/* attest-reviewing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-reviewing"

#include "config.h"

#include <json-glib/json-glib.h>

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-audit-finding.h"
#include "attest-auditing.h"
#include "attest-clock.h"
#include "attest-context-issue.h"
#include "attest-correcting.h"
#include "attest-corrective-action.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-improvement.h"
#include "attest-interested-party.h"
#include "attest-labels.h"
#include "attest-management-review.h"
#include "attest-measurement.h"
#include "attest-measuring.h"
#include "attest-nonconformity.h"
#include "attest-objective.h"
#include "attest-person.h"
#include "attest-requirement.h"
#include "attest-review-action.h"
#include "attest-review-input.h"
#include "attest-reviewing.h"
#include "attest-risk.h"
#include "attest-risk-acceptance.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-role.h"
#include "attest-treatment-action.h"

/* Management review (9.3): which reviews were held, the one before a
 * review, its inputs, actions and attendees; and "Prepare inputs", which
 * writes each of the ten inputs of 9.3.2 as a snapshot of the workspace:
 * a summary in our words and the ids and counts it was made from, so the
 * minutes say what was known on the day. What changed since the previous
 * review is read from the history, not guessed from the records. */

/* At most this many records are named in a line of a summary; the data
 * keeps every id. */
#define MAX_NAMES 8

/**
 * attest_management_review_is_held:
 * @review: a management review
 *
 * Returns: whether it has been held: it says the day it was, and that day
 *   has come (a day still to come is a field problem, not a review held)
 */
gboolean
attest_management_review_is_held (AttestRecord *review)
{
  const char *held = attest_record_get_string (review, "held-on");
  g_autofree char *today = NULL;

  if (!attest_date_is_valid (held))
    return FALSE;
  today = attest_date_dup_today ();
  return strcmp (held, today) <= 0;
}

/* The day a review stands for: the day it was held, else the day it is
 * planned for, else today. */
static char *
dup_review_day (AttestRecord *review)
{
  const char *held = attest_record_get_string (review, "held-on");
  const char *planned = attest_record_get_string (review, "planned-date");

  if (attest_management_review_is_held (review))
    return g_strdup (held);
  if (attest_date_is_valid (planned))
    return g_strdup (planned);
  return attest_date_dup_today ();
}

/* The held review with the latest held-on strictly before @before (any,
 * when %NULL), other than @except. */
static AttestRecord *
find_latest_held (AttestWorkspace *workspace,
                  const char      *before,
                  AttestRecord    *except)
{
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  guint n = g_list_model_get_n_items (reviews);
  AttestRecord *latest = NULL;
  const char *latest_day = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) review = g_list_model_get_item (reviews, i);
      const char *held = attest_record_get_string (review, "held-on");

      if (review == except || !attest_management_review_is_held (review))
        continue;
      if (before != NULL && strcmp (held, before) >= 0)
        continue;
      if (latest_day == NULL || strcmp (held, latest_day) > 0)
        {
          latest = review;
          latest_day = held;
        }
    }
  return latest;
}

/**
 * attest_management_review_get_previous:
 * @workspace: a workspace
 * @review: a management review
 *
 * Returns: (transfer none) (nullable): the review held last before @review's
 *   day (the day it was held, else the day it is planned for, else today)
 */
AttestRecord *
attest_management_review_get_previous (AttestWorkspace *workspace,
                                       AttestRecord    *review)
{
  g_autofree char *day = dup_review_day (review);

  return find_latest_held (workspace, day, review);
}

/**
 * attest_management_review_get_latest_held:
 * @workspace: a workspace
 *
 * Returns: (transfer none) (nullable): the review held last
 */
AttestRecord *
attest_management_review_get_latest_held (AttestWorkspace *workspace)
{
  return find_latest_held (workspace, NULL, NULL);
}

static GPtrArray *
dup_by_review (AttestWorkspace *workspace,
               GType            kind,
               AttestRecord    *review)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, kind, "review-id", attest_record_get_id (review));
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (records, g_object_ref (g_ptr_array_index (found, i)));
  return records;
}

static int
compare_inputs (gconstpointer a,
                gconstpointer b)
{
  AttestRecord *x = *(AttestRecord **) a;
  AttestRecord *y = *(AttestRecord **) b;

  return attest_record_get_enum (x, "topic") - attest_record_get_enum (y, "topic");
}

/**
 * attest_management_review_dup_inputs:
 * @workspace: a workspace
 * @review: a management review
 *
 * Returns: (transfer full) (element-type AttestRecord): its inputs, in the
 *   order of their topics
 */
GPtrArray *
attest_management_review_dup_inputs (AttestWorkspace *workspace,
                                     AttestRecord    *review)
{
  GPtrArray *inputs = dup_by_review (workspace, ATTEST_TYPE_REVIEW_INPUT, review);

  g_ptr_array_sort (inputs, compare_inputs);
  return inputs;
}

/**
 * attest_management_review_get_input:
 * @workspace: a workspace
 * @review: a management review
 * @topic: one of the inputs of 9.3.2
 *
 * Returns: (transfer none) (nullable): its input on @topic, the first if
 *   there are several
 */
AttestRecord *
attest_management_review_get_input (AttestWorkspace   *workspace,
                                    AttestRecord      *review,
                                    AttestReviewTopic  topic)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_REVIEW_INPUT, "review-id",
                                                      attest_record_get_id (review));

  for (guint i = 0; i < found->len; i++)
    if (attest_record_get_enum (g_ptr_array_index (found, i), "topic") == (int) topic)
      return g_ptr_array_index (found, i);
  return NULL;
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b)
{
  AttestRecord *x = *(AttestRecord **) a;
  AttestRecord *y = *(AttestRecord **) b;
  const char *dx = attest_record_get_string (x, "due-date");
  const char *dy = attest_record_get_string (y, "due-date");
  gboolean vx = attest_date_is_valid (dx), vy = attest_date_is_valid (dy);
  int c;

  /* Those without a due day come last. */
  if (vx != vy)
    return vx ? -1 : 1;
  if (vx && (c = strcmp (dx, dy)) != 0)
    return c;
  return g_utf8_collate (attest_record_get_string (x, "title"), attest_record_get_string (y, "title"));
}

/**
 * attest_management_review_dup_actions:
 * @workspace: a workspace
 * @review: a management review
 *
 * Returns: (transfer full) (element-type AttestRecord): the actions it
 *   decided, by the day they are due (those without one last), then title
 */
GPtrArray *
attest_management_review_dup_actions (AttestWorkspace *workspace,
                                      AttestRecord    *review)
{
  GPtrArray *actions = dup_by_review (workspace, ATTEST_TYPE_REVIEW_ACTION, review);

  g_ptr_array_sort (actions, compare_actions);
  return actions;
}

/**
 * attest_management_review_dup_attendees:
 * @workspace: a workspace
 * @review: a management review
 *
 * Returns: (transfer full) (element-type AttestRecord): the people who
 *   attended it (links review-attendee), in the order linked
 */
GPtrArray *
attest_management_review_dup_attendees (AttestWorkspace *workspace,
                                        AttestRecord    *review)
{
  g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, "review-attendee", review, NULL);
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      AttestRecord *person = attest_workspace_lookup (workspace, g_ptr_array_index (ids, i));

      if (person != NULL)
        g_ptr_array_add (people, g_object_ref (person));
    }
  return people;
}

/**
 * attest_management_review_has_top_management:
 * @workspace: a workspace
 * @review: a management review
 *
 * Returns: whether one of its attendees holds a role that is top
 *   management (links role-person)
 */
gboolean
attest_management_review_has_top_management (AttestWorkspace *workspace,
                                             AttestRecord    *review)
{
  g_autoptr(GPtrArray) attendees = attest_management_review_dup_attendees (workspace, review);
  GListModel *roles;
  guint n;

  if (attendees->len == 0)
    return FALSE;
  roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  n = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);
      g_autoptr(GPtrArray) holders = NULL;

      if (!attest_role_is_leader (role, ATTEST_LEADER_TOP_MANAGEMENT))
        continue;
      holders = attest_workspace_dup_links_from (workspace, "role-person", role, NULL);
      for (guint h = 0; holders != NULL && h < holders->len; h++)
        for (guint a = 0; a < attendees->len; a++)
          if (g_strcmp0 (g_ptr_array_index (holders, h), attest_record_get_id (g_ptr_array_index (attendees, a))) == 0)
            return TRUE;
    }
  return FALSE;
}

/**
 * attest_process_is_management_review:
 * @process: a process of the ISMS
 *
 * Whether @process is the management review, as its name says, in the
 * language of the interface or in English (the usual processes and the
 * demos name it so). Where the workspace records management reviews, what
 * is due and readiness go by them rather than by the process's last run,
 * so as not to say one thing twice.
 *
 * Returns: whether it is
 */
gboolean
attest_process_is_management_review (AttestRecord *process)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (attest_record_get_string (process, "name")));
  g_autofree char *name = g_utf8_casefold (trimmed, -1);
  g_autofree char *english = g_utf8_casefold ("Management review", -1);
  g_autofree char *translated = g_utf8_casefold (_("Management review"), -1);

  return g_str_equal (name, english) || g_str_equal (name, translated);
}

/**
 * attest_review_action_is_open:
 * @action: a review action
 *
 * Returns: whether it is not done yet
 */
gboolean
attest_review_action_is_open (AttestRecord *action)
{
  return attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE;
}

/**
 * attest_review_action_is_overdue:
 * @action: a review action
 *
 * Returns: whether it is open and the day it was due has passed
 */
gboolean
attest_review_action_is_overdue (AttestRecord *action)
{
  const char *due = attest_record_get_string (action, "due-date");
  g_autofree char *today = NULL;

  if (!attest_review_action_is_open (action) || !attest_date_is_valid (due))
    return FALSE;
  today = attest_date_dup_today ();
  return strcmp (due, today) < 0;
}

/* Preparing the inputs */

typedef struct
{
  AttestWorkspace *workspace;
  AttestRecord    *review;
  char            *day;        /* the review's day */
  char            *today;
  const char      *since;      /* the previous review's held-on, or NULL */
  char            *since_text; /* @since as the interface writes a day */
} Preparation;

/* What one kind's history says changed since a day: the records added,
 * changed and removed, each once. A record added and removed since is in
 * none; one added and changed since is added. */
typedef struct
{
  const char *kind;
  GPtrArray  *added;    /* ids */
  GPtrArray  *changed;  /* ids */
  GPtrArray  *removed;  /* ids */
  GHashTable *removed_names; /* id -> name, from the deleted record's snapshot */
} KindChanges;

static void
kind_changes_clear (KindChanges *changes)
{
  g_clear_pointer (&changes->added, g_ptr_array_unref);
  g_clear_pointer (&changes->changed, g_ptr_array_unref);
  g_clear_pointer (&changes->removed, g_ptr_array_unref);
  g_clear_pointer (&changes->removed_names, g_hash_table_unref);
}

typedef struct
{
  KindChanges *kinds;
  guint        n_kinds;
  GHashTable  *first;  /* "kind\nid" -> whether its first row since was its insertion */
  GPtrArray   *order;  /* the keys of @first, by their first row */
} ChangeScan;

static KindChanges *
scan_kind (ChangeScan *scan,
           const char *kind)
{
  for (guint i = 0; i < scan->n_kinds; i++)
    if (g_strcmp0 (scan->kinds[i].kind, kind) == 0)
      return &scan->kinds[i];
  return NULL;
}

/* A deleted record's name, from the snapshot its history row keeps. */
static char *
dup_snapshot_name (const char *snapshot)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  static const char * const fields[] = { "title", "name", "text", NULL };

  if (snapshot == NULL || !json_parser_load_from_data (parser, snapshot, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; fields[i] != NULL; i++)
    {
      JsonNode *node = json_object_get_member (object, fields[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          && !attest_text_is_blank (json_node_get_string (node)))
        return g_strdup (json_node_get_string (node));
    }
  return NULL;
}

static gboolean
on_change_row_cb (const AttestHistoryRow  *row,
                  gpointer                 user_data,
                  GError                 **error)
{
  ChangeScan *scan = user_data;
  KindChanges *changes = scan_kind (scan, row->kind);
  char *key;

  if (changes == NULL || row->record_id == NULL)
    return TRUE;
  if (g_strcmp0 (row->action, "delete") == 0)
    g_hash_table_replace (changes->removed_names, g_strdup (row->record_id), dup_snapshot_name (row->old_value));
  key = g_strconcat (row->kind, "\n", row->record_id, NULL);
  if (g_hash_table_contains (scan->first, key))
    {
      g_free (key);
      return TRUE;
    }
  g_hash_table_insert (scan->first, key, GINT_TO_POINTER (g_strcmp0 (row->action, "insert") == 0));
  g_ptr_array_add (scan->order, key);
  return TRUE;
}

/* Reads from the history what changed in records of @kinds from the start
 * of the day @since (UTC, as dates are kept); with no @since, nothing did
 * (there is no earlier review to count from). */
static gboolean
scan_changes (Preparation  *prep,
              const char  **kinds,
              KindChanges  *out,
              GError      **error)
{
  ChangeScan scan = { out, 0, NULL, NULL };
  g_autoptr(GDateTime) from = NULL;
  gboolean ok = TRUE;

  for (scan.n_kinds = 0; kinds[scan.n_kinds] != NULL; scan.n_kinds++)
    {
      out[scan.n_kinds].kind = kinds[scan.n_kinds];
      out[scan.n_kinds].added = g_ptr_array_new_with_free_func (g_free);
      out[scan.n_kinds].changed = g_ptr_array_new_with_free_func (g_free);
      out[scan.n_kinds].removed = g_ptr_array_new_with_free_func (g_free);
      out[scan.n_kinds].removed_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }
  if (prep->since == NULL)
    return TRUE;
  from = attest_stored_date_parse (prep->since);
  if (from == NULL)
    return TRUE;
  scan.first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  scan.order = g_ptr_array_new ();
  ok = attest_store_foreach_history_since (attest_workspace_get_store (prep->workspace),
                                           (const char * const *) kinds,
                                           g_date_time_to_unix (from) * G_USEC_PER_SEC,
                                           on_change_row_cb, &scan, error);
  /* What a record's first row since and whether it is there now say: added
   * (and perhaps changed since), changed (perhaps removed and restored),
   * removed; added and removed since, nothing. */
  for (guint i = 0; ok && i < scan.order->len; i++)
    {
      const char *key = g_ptr_array_index (scan.order, i);
      const char *newline = strchr (key, '\n');
      g_autofree char *kind = g_strndup (key, newline - key);
      const char *id = newline + 1;
      KindChanges *changes = scan_kind (&scan, kind);
      gboolean inserted = GPOINTER_TO_INT (g_hash_table_lookup (scan.first, key));
      AttestRecord *record = attest_workspace_lookup (prep->workspace, id);

      if (record != NULL && g_strcmp0 (attest_record_get_kind (record), kind) != 0)
        record = NULL;
      if (record == NULL && !inserted)
        g_ptr_array_add (changes->removed, g_strdup (id));
      else if (record != NULL && inserted)
        g_ptr_array_add (changes->added, g_strdup (id));
      else if (record != NULL)
        g_ptr_array_add (changes->changed, g_strdup (id));
    }
  g_ptr_array_unref (scan.order);
  g_hash_table_unref (scan.first);
  return ok;
}

/* ": “A”, “B” and 3 more": the first names, in the order given. Only
 * those are named: the data keeps every id. */
static void
append_names (GString   *out,
              GPtrArray *names,
              guint      total)
{
  if (total == 0)
    return;
  g_string_append (out, ": ");
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, _(", "));
      /* TRANSLATORS: a record named in a summary */
      g_string_append_printf (out, _("“%s”"), (const char *) g_ptr_array_index (names, i));
    }
  if (total > names->len)
    {
      guint more = total - names->len;

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", more), more);
    }
}

static void
append_id_names (Preparation *prep,
                 GString     *out,
                 GPtrArray   *ids,
                 GHashTable  *removed_names)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ids->len && i < MAX_NAMES; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      AttestRecord *record = attest_workspace_lookup (prep->workspace, id);
      const char *removed = removed_names != NULL ? g_hash_table_lookup (removed_names, id) : NULL;

      if (record != NULL)
        g_ptr_array_add (names, attest_record_dup_display_name (prep->workspace, record));
      else if (removed != NULL)
        g_ptr_array_add (names, g_strdup (removed));
      else
        g_ptr_array_add (names, g_strdup (_("(unnamed)")));
    }
  append_names (out, names, ids->len);
}

static void
append_record_names (Preparation *prep,
                     GString     *out,
                     GPtrArray   *records)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < records->len && i < MAX_NAMES; i++)
    g_ptr_array_add (names, attest_record_dup_display_name (prep->workspace, g_ptr_array_index (records, i)));
  append_names (out, names, records->len);
}

/* Whether @a and @b hold the same records, in any order. */
static gboolean
same_records (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_ptr_array_find (b, g_ptr_array_index (a, i), NULL))
      return FALSE;
  return TRUE;
}

/* Ends a sentence: a line of its own in the summary. A sentence that
 * ends in a name quoted with its own full stop ("… their data.”") takes
 * no second one. */
static void
end_line (GString *out)
{
  static const char * const closed[] = { ".”", "?”", "!”", ".\"", "?\"", "!\"" };

  for (guint i = 0; i < G_N_ELEMENTS (closed); i++)
    if (g_str_has_suffix (out->str, closed[i]))
      {
        g_string_append_c (out, '\n');
        return;
      }
  g_string_append (out, ".\n");
}

static void
add_ids (JsonBuilder *data,
         const char  *member,
         GPtrArray   *ids)
{
  json_builder_set_member_name (data, member);
  json_builder_begin_array (data);
  for (guint i = 0; i < ids->len; i++)
    json_builder_add_string_value (data, g_ptr_array_index (ids, i));
  json_builder_end_array (data);
}

static void
add_record_ids (JsonBuilder *data,
                const char  *member,
                GPtrArray   *records)
{
  json_builder_set_member_name (data, member);
  json_builder_begin_array (data);
  for (guint i = 0; i < records->len; i++)
    json_builder_add_string_value (data, attest_record_get_id (g_ptr_array_index (records, i)));
  json_builder_end_array (data);
}

static void
add_string (JsonBuilder *data,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (data, member);
  if (value != NULL)
    json_builder_add_string_value (data, value);
  else
    json_builder_add_null_value (data);
}

static void
add_int (JsonBuilder *data,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (data, member);
  json_builder_add_int_value (data, value);
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* The class stays alive: enum classes are never finalised. */
  return v != NULL ? v->value_nick : "";
}

static GPtrArray *
new_records (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static gboolean
is_before (const char *date,
           const char *day)
{
  return attest_date_is_valid (date) && strcmp (date, day) < 0;
}

static gboolean
is_since (Preparation *prep,
          const char  *date)
{
  return attest_date_is_valid (date) && (prep->since == NULL || strcmp (date, prep->since) >= 0);
}

/* "Since 3 November 2025: ", or with no earlier review, that everything
 * so far is counted. */
static void
append_since (Preparation *prep,
              GString     *out)
{
  if (prep->since_text != NULL)
    /* TRANSLATORS: the start of a line of a review input: "Since 3 November 2025: 2 issues added, …" */
    g_string_append_printf (out, _("Since %s: "), prep->since_text);
  else
    /* TRANSLATORS: the start of a line of a review input when no review was held before:
     * "So far: 12 issues recorded." */
    g_string_append (out, _("So far: "));
}

/* previous-actions */

static void
prepare_previous_actions (Preparation *prep,
                          GString     *out,
                          JsonBuilder *data)
{
  GListModel *reviews = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  guint n = g_list_model_get_n_items (reviews);
  g_autoptr(GPtrArray) done = new_records (), open = new_records (), overdue = new_records ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) review = g_list_model_get_item (reviews, i);
      g_autoptr(GPtrArray) actions = NULL;

      if (review == prep->review || !attest_management_review_is_held (review)
          || !is_before (attest_record_get_string (review, "held-on"), prep->day))
        continue;
      actions = attest_management_review_dup_actions (prep->workspace, review);
      for (guint a = 0; a < actions->len; a++)
        {
          AttestRecord *action = g_ptr_array_index (actions, a);

          if (!attest_review_action_is_open (action))
            g_ptr_array_add (done, g_object_ref (action));
          else
            {
              g_ptr_array_add (open, g_object_ref (action));
              if (attest_review_action_is_overdue (action))
                g_ptr_array_add (overdue, g_object_ref (action));
            }
        }
    }
  add_record_ids (data, "done", done);
  add_record_ids (data, "open", open);
  add_record_ids (data, "overdue", overdue);

  if (done->len + open->len == 0)
    {
      g_string_append (out, _("No earlier review decided an action."));
      g_string_append_c (out, '\n');
      return;
    }
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u action of earlier reviews done",
                                            "%u actions of earlier reviews done", done->len), done->len);
  append_record_names (prep, out, done);
  end_line (out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u still open", "%u still open", open->len),
                          open->len);
  append_record_names (prep, out, open);
  end_line (out);
  if (overdue->len > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u of them overdue", "%u of them overdue",
                                                overdue->len), overdue->len);
      append_record_names (prep, out, overdue);
      end_line (out);
    }
}

/* issues, party-requirements: what the history says changed */

/* The words of one kind, each a literal so that the format is checked. */
typedef enum
{
  WORDS_ADDED,     /* "%u issue added" */
  WORDS_RECORDED,  /* "%u issue recorded" */
  WORDS_NONE,      /* "no issue added, changed or removed" */
} Words;

static char *
dup_words (const char *kind,
           Words       words,
           guint       n)
{
  if (g_str_equal (kind, "context-issue"))
    switch (words)
      {
      case WORDS_ADDED:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue added", "%u issues added", n), n);
      case WORDS_RECORDED:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue recorded", "%u issues recorded", n), n);
      default:
        return g_strdup (_("no issue added, changed or removed"));
      }
  if (g_str_equal (kind, "interested-party"))
    switch (words)
      {
      case WORDS_ADDED:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interested party added",
                                             "%u interested parties added", n), n);
      case WORDS_RECORDED:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interested party recorded",
                                             "%u interested parties recorded", n), n);
      default:
        return g_strdup (_("no interested party added, changed or removed"));
      }
  switch (words)
    {
    case WORDS_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement added", "%u requirements added", n), n);
    case WORDS_RECORDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement recorded", "%u requirements recorded",
                                           n), n);
    default:
      return g_strdup (_("no requirement added, changed or removed"));
    }
}

static void
append_kind_changes (Preparation *prep,
                     GString     *out,
                     JsonBuilder *data,
                     KindChanges *changes)
{
  GListModel *records = attest_workspace_get_records (prep->workspace, attest_record_kind_lookup (changes->kind));
  guint total = g_list_model_get_n_items (records);
  guint n_added = changes->added->len, n_changed = changes->changed->len, n_removed = changes->removed->len;

  g_autofree char *recorded = NULL;
  g_autofree char *added = NULL;

  json_builder_set_member_name (data, changes->kind);
  json_builder_begin_object (data);
  add_int (data, "recorded", total);
  add_ids (data, "added", changes->added);
  add_ids (data, "changed", changes->changed);
  add_ids (data, "removed", changes->removed);
  json_builder_end_object (data);

  recorded = dup_words (changes->kind, WORDS_RECORDED, total);
  append_since (prep, out);
  if (prep->since == NULL)
    {
      g_string_append (out, recorded);
      end_line (out);
      return;
    }
  if (n_added + n_changed + n_removed == 0)
    {
      g_autofree char *none = dup_words (changes->kind, WORDS_NONE, 0);

      g_string_append (out, none);
      g_string_append (out, _("; "));
      g_string_append (out, recorded);
      end_line (out);
      return;
    }
  added = dup_words (changes->kind, WORDS_ADDED, n_added);
  g_string_append (out, added);
  g_string_append (out, _(", "));
  if (n_changed == 0)
    g_string_append (out, _("none changed"));
  else
    /* TRANSLATORS: follows "2 issues added, " */
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed", n_changed), n_changed);
  g_string_append (out, _(", "));
  if (n_removed == 0)
    g_string_append (out, _("none removed"));
  else
    /* TRANSLATORS: follows "2 issues added, 1 changed, " */
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u removed", "%u removed", n_removed), n_removed);
  end_line (out);
  for (guint which = 0; which < 3; which++)
    {
      GPtrArray *ids = which == 0 ? changes->added : which == 1 ? changes->changed : changes->removed;

      if (ids->len == 0)
        continue;
      g_string_append (out, which == 0 ? _("Added") : which == 1 ? _("Changed") : _("Removed"));
      append_id_names (prep, out, ids, changes->removed_names);
      end_line (out);
    }
}

static gboolean
prepare_issues (Preparation  *prep,
                GString      *out,
                JsonBuilder  *data,
                GError      **error)
{
  const char *kinds[] = { "context-issue", NULL };
  KindChanges changes[1] = { { 0 } };
  gboolean ok = scan_changes (prep, kinds, changes, error);

  add_string (data, "since", prep->since);
  if (ok)
    append_kind_changes (prep, out, data, &changes[0]);
  kind_changes_clear (&changes[0]);
  return ok;
}

static gboolean
prepare_party_requirements (Preparation  *prep,
                            GString      *out,
                            JsonBuilder  *data,
                            GError      **error)
{
  const char *kinds[] = { "interested-party", "requirement", NULL };
  KindChanges changes[2] = { { 0 } };
  gboolean ok = scan_changes (prep, kinds, changes, error);

  add_string (data, "since", prep->since);
  if (ok)
    {
      append_kind_changes (prep, out, data, &changes[0]);
      append_kind_changes (prep, out, data, &changes[1]);
    }
  kind_changes_clear (&changes[0]);
  kind_changes_clear (&changes[1]);
  return ok;
}

/* nonconformities */

static gboolean
corrective_action_is_done (AttestRecord *action)
{
  return attest_date_is_valid (attest_record_get_string (action, "done-on"));
}

static void
prepare_nonconformities (Preparation *prep,
                         GString     *out,
                         JsonBuilder *data)
{
  GListModel *all = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_NONCONFORMITY);
  guint n = g_list_model_get_n_items (all);
  g_autoptr(GPtrArray) reported = new_records (), open = new_records ();
  g_autoptr(GPtrArray) done = new_records (), open_actions = new_records (), overdue = new_records ();
  guint by_state[ATTEST_NONCONFORMITY_STATE_CLOSED + 1] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) nc = g_list_model_get_item (all, i);
      gboolean is_open = attest_nonconformity_get_state (nc) != ATTEST_NONCONFORMITY_STATE_CLOSED;
      gboolean since = is_since (prep, attest_record_get_string (nc, "reported-on"));
      g_autoptr(GPtrArray) actions = NULL;

      if (!is_open && !since)
        continue;
      if (since)
        g_ptr_array_add (reported, g_object_ref (nc));
      if (is_open)
        g_ptr_array_add (open, g_object_ref (nc));
      by_state[MIN (attest_nonconformity_get_state (nc), ATTEST_NONCONFORMITY_STATE_CLOSED)]++;
      actions = attest_nonconformity_dup_actions (prep->workspace, nc);
      for (guint a = 0; a < actions->len; a++)
        {
          AttestRecord *action = g_ptr_array_index (actions, a);

          if (corrective_action_is_done (action))
            g_ptr_array_add (done, g_object_ref (action));
          else
            {
              g_ptr_array_add (open_actions, g_object_ref (action));
              if (is_before (attest_record_get_string (action, "due-date"), prep->today))
                g_ptr_array_add (overdue, g_object_ref (action));
            }
        }
    }
  add_string (data, "since", prep->since);
  add_record_ids (data, "reported", reported);
  add_record_ids (data, "open", open);
  json_builder_set_member_name (data, "states");
  json_builder_begin_object (data);
  for (guint s = 0; s < G_N_ELEMENTS (by_state); s++)
    if (by_state[s] > 0)
      add_int (data, enum_nick (ATTEST_TYPE_NONCONFORMITY_STATE, s), by_state[s]);
  json_builder_end_object (data);
  json_builder_set_member_name (data, "corrective-actions");
  json_builder_begin_object (data);
  add_record_ids (data, "done", done);
  add_record_ids (data, "open", open_actions);
  add_record_ids (data, "overdue", overdue);
  json_builder_end_object (data);

  append_since (prep, out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u nonconformity reported",
                                            "%u nonconformities reported", reported->len), reported->len);
  append_record_names (prep, out, reported);
  end_line (out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u still open", "%u still open", open->len),
                          open->len);
  /* Named once: not again when they are the ones just named. */
  if (!same_records (open, reported))
    append_record_names (prep, out, open);
  end_line (out);
  if (reported->len + open->len > 0)
    {
      gboolean first = TRUE;

      /* TRANSLATORS: how many nonconformities are at each step: "Where they stand: Reported: 1, Closed: 2" */
      g_string_append (out, _("Where they stand"));
      g_string_append (out, ": ");
      for (guint s = 0; s < G_N_ELEMENTS (by_state); s++)
        {
          if (by_state[s] == 0)
            continue;
          if (!first)
            g_string_append (out, _(", "));
          first = FALSE;
          /* TRANSLATORS: a step of a nonconformity and how many are at it: "Reported: 2" */
          g_string_append_printf (out, _("%s: %u"), attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, s),
                                  by_state[s]);
        }
      end_line (out);
    }
  if (done->len + open_actions->len > 0)
    {
      /* TRANSLATORS: corrective actions of the nonconformities above */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Their corrective actions: %u done",
                                                "Their corrective actions: %u done", done->len), done->len);
      g_string_append (out, _(", "));
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", open_actions->len),
                              open_actions->len);
      g_string_append (out, _(", "));
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", overdue->len),
                              overdue->len);
      append_record_names (prep, out, overdue);
      end_line (out);
    }
}

/* measurements */

static void
prepare_measurements (Preparation *prep,
                      GString     *out,
                      JsonBuilder *data)
{
  GListModel *metrics = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_METRIC);
  guint n = g_list_model_get_n_items (metrics);
  g_autoptr(GPtrArray) missing = new_records ();
  guint n_met = 0, n_missed = 0;

  json_builder_set_member_name (data, "metrics");
  json_builder_begin_array (data);
  if (n == 0)
    {
      g_string_append (out, _("No metric is recorded: nothing of the ISMS is measured yet."));
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) metric = g_list_model_get_item (metrics, i);
      AttestRecord *last = attest_metric_get_last_measurement (prep->workspace, metric);
      g_autofree char *name = attest_record_dup_display_name (prep->workspace, metric);
      const char *target = attest_record_get_string (metric, "target");
      const char *unit = attest_record_get_string (metric, "unit");
      int direction = attest_record_get_enum (metric, "direction");
      const char *verdict = NULL;
      double value, goal;

      json_builder_begin_object (data);
      add_string (data, "id", attest_record_get_id (metric));
      add_string (data, "measurement", last != NULL ? attest_record_get_id (last) : NULL);
      add_string (data, "value", last != NULL ? attest_record_get_string (last, "value") : NULL);
      add_string (data, "date", last != NULL ? attest_record_get_string (last, "date") : NULL);
      add_string (data, "target", target);
      if (last != NULL && direction != ATTEST_TARGET_DIRECTION_NONE
          && attest_decimal_parse (attest_record_get_string (last, "value"), &value)
          && attest_decimal_parse (target, &goal))
        {
          gboolean met = direction == ATTEST_TARGET_DIRECTION_AT_LEAST ? value >= goal : value <= goal;

          verdict = met ? "met" : "missed";
          if (met)
            n_met++;
          else
            n_missed++;
        }
      add_string (data, "verdict", verdict);
      if (last == NULL || attest_metric_is_overdue (prep->workspace, metric))
        {
          g_ptr_array_add (missing, g_object_ref (metric));
          json_builder_set_member_name (data, "missing");
          json_builder_add_boolean_value (data, TRUE);
        }
      json_builder_end_object (data);

      if (last == NULL)
        {
          /* TRANSLATORS: a metric never measured */
          g_string_append_printf (out, _("“%s”: not measured yet"), name);
          end_line (out);
          continue;
        }
      {
        g_autofree char *day = attest_i18n_format_stored_date (attest_record_get_string (last, "date"));
        const char *measured = attest_record_get_string (last, "value");

        if (attest_text_is_blank (target))
          /* TRANSLATORS: a metric, its last value, its unit, the day measured */
          g_string_append_printf (out, _("“%1$s”: %2$s %3$s on %4$s, no target set"), name, measured, unit, day);
        else if (verdict == NULL)
          /* TRANSLATORS: a metric, its last value, its unit, the day measured, its target, its unit */
          g_string_append_printf (out, _("“%1$s”: %2$s %3$s on %4$s, against a target of %5$s %6$s"),
                                  name, measured, unit, day, target, unit);
        else if (g_str_equal (verdict, "met"))
          /* TRANSLATORS: a metric, its last value, its unit, the day measured, its target, its unit */
          g_string_append_printf (out, _("“%1$s”: %2$s %3$s on %4$s, target of %5$s %6$s met"),
                                  name, measured, unit, day, target, unit);
        else
          /* TRANSLATORS: a metric, its last value, its unit, the day measured, its target, its unit */
          g_string_append_printf (out, _("“%1$s”: %2$s %3$s on %4$s, target of %5$s %6$s missed"),
                                  name, measured, unit, day, target, unit);
        end_line (out);
      }
    }
  json_builder_end_array (data);
  add_int (data, "met", n_met);
  add_int (data, "missed", n_missed);
  add_record_ids (data, "missing", missing);
  if (missing->len > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u metric not measured when due",
                                                "%u metrics not measured when due", missing->len), missing->len);
      append_record_names (prep, out, missing);
      end_line (out);
    }
}

/* audits */

static void
prepare_audits (Preparation *prep,
                GString     *out,
                JsonBuilder *data)
{
  GListModel *audits = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_AUDIT);
  guint n = g_list_model_get_n_items (audits);
  g_autoptr(GPtrArray) held = new_records ();
  guint by_type[ATTEST_FINDING_TYPE_OPPORTUNITY + 1] = { 0 };
  gboolean first = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
      g_autoptr(GPtrArray) findings = NULL;
      const char *day = attest_record_get_string (audit, "held-on");

      if (!attest_audit_is_held (audit) || !is_since (prep, day) || strcmp (day, prep->day) > 0)
        continue;
      g_ptr_array_add (held, g_object_ref (audit));
      findings = attest_audit_dup_findings (prep->workspace, audit);
      for (guint f = 0; f < findings->len; f++)
        {
          int type = attest_record_get_enum (g_ptr_array_index (findings, f), "type");

          if (type >= 0 && type < (int) G_N_ELEMENTS (by_type))
            by_type[type]++;
        }
    }
  add_string (data, "since", prep->since);
  add_record_ids (data, "held", held);
  json_builder_set_member_name (data, "findings");
  json_builder_begin_object (data);
  for (guint t = 0; t < G_N_ELEMENTS (by_type); t++)
    add_int (data, enum_nick (ATTEST_TYPE_FINDING_TYPE, t), by_type[t]);
  json_builder_end_object (data);

  append_since (prep, out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u internal audit held", "%u internal audits held",
                                            held->len), held->len);
  append_record_names (prep, out, held);
  end_line (out);
  if (held->len == 0)
    return;
  g_string_append (out, _("Their findings"));
  g_string_append (out, ": ");
  for (guint t = 0; t < G_N_ELEMENTS (by_type); t++)
    {
      if (!first)
        g_string_append (out, _(", "));
      first = FALSE;
      /* TRANSLATORS: a type of audit finding and how many: "Minor nonconformity: 2" */
      g_string_append_printf (out, _("%s: %u"), attest_enum_get_label (ATTEST_TYPE_FINDING_TYPE, t), by_type[t]);
    }
  end_line (out);
}

/* objectives */

static void
prepare_objectives (Preparation *prep,
                    GString     *out,
                    JsonBuilder *data)
{
  GListModel *objectives = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_OBJECTIVE);
  guint n = g_list_model_get_n_items (objectives);
  guint by_status[ATTEST_OBJECTIVE_STATUS_NOT_ACHIEVED + 1] = { 0 };
  g_autoptr(GPtrArray) overdue = new_records ();
  gboolean first = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) objective = g_list_model_get_item (objectives, i);
      int status = attest_record_get_enum (objective, "status");

      if (status >= 0 && status < (int) G_N_ELEMENTS (by_status))
        by_status[status]++;
      if (status != ATTEST_OBJECTIVE_STATUS_ACHIEVED && status != ATTEST_OBJECTIVE_STATUS_NOT_ACHIEVED
          && is_before (attest_record_get_string (objective, "due-date"), prep->today))
        g_ptr_array_add (overdue, g_object_ref (objective));
    }
  json_builder_set_member_name (data, "status");
  json_builder_begin_object (data);
  for (guint s = 0; s < G_N_ELEMENTS (by_status); s++)
    add_int (data, enum_nick (ATTEST_TYPE_OBJECTIVE_STATUS, s), by_status[s]);
  json_builder_end_object (data);
  add_record_ids (data, "overdue", overdue);

  if (n == 0)
    {
      g_string_append (out, _("No information security objective is recorded."));
      g_string_append_c (out, '\n');
      return;
    }
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u objective", "%u objectives", n), n);
  g_string_append (out, ": ");
  for (guint s = 0; s < G_N_ELEMENTS (by_status); s++)
    {
      if (by_status[s] == 0)
        continue;
      if (!first)
        g_string_append (out, _(", "));
      first = FALSE;
      g_string_append_printf (out, _("%s: %u"), attest_enum_get_label (ATTEST_TYPE_OBJECTIVE_STATUS, s), by_status[s]);
    }
  end_line (out);
  if (overdue->len > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u past its due day and not evaluated",
                                                "%u past their due day and not evaluated", overdue->len),
                              overdue->len);
      append_record_names (prep, out, overdue);
      end_line (out);
    }
}

/* party-feedback */

static void
prepare_party_feedback (Preparation *prep,
                        GString     *out,
                        JsonBuilder *data)
{
  GListModel *ncs = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_NONCONFORMITY);
  GListModel *requirements = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_REQUIREMENT);
  guint n = g_list_model_get_n_items (ncs);
  guint n_requirements = g_list_model_get_n_items (requirements);
  g_autoptr(GPtrArray) complaints = new_records (), unaddressed = new_records ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) nc = g_list_model_get_item (ncs, i);

      if (attest_record_get_enum (nc, "source") == ATTEST_NONCONFORMITY_SOURCE_COMPLAINT
          && (is_since (prep, attest_record_get_string (nc, "reported-on"))
              || attest_nonconformity_get_state (nc) != ATTEST_NONCONFORMITY_STATE_CLOSED))
        g_ptr_array_add (complaints, g_object_ref (nc));
    }
  for (guint i = 0; i < n_requirements; i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);

      if (!attest_record_get_boolean (requirement, "addressed"))
        g_ptr_array_add (unaddressed, g_object_ref (requirement));
    }
  add_string (data, "since", prep->since);
  add_record_ids (data, "complaints", complaints);
  add_record_ids (data, "requirements-not-addressed", unaddressed);

  g_string_append (out, _("From the records: the nonconformities raised from a complaint, and the requirements "
                          "of interested parties not yet addressed."));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u nonconformity from a complaint, reported since or still open",
                                            "%u nonconformities from a complaint, reported since or still open",
                                            complaints->len), complaints->len);
  append_record_names (prep, out, complaints);
  end_line (out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u requirement of interested parties not addressed",
                                            "%u requirements of interested parties not addressed",
                                            unaddressed->len), unaddressed->len);
  append_record_names (prep, out, unaddressed);
  end_line (out);
}

/* risks */

static void
prepare_risks (Preparation *prep,
               GString     *out,
               JsonBuilder *data)
{
  GListModel *risks = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_RISK);
  GListModel *actions = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_TREATMENT_ACTION);
  GListModel *acceptances = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
  AttestRecord *method = attest_risks_get_method (prep->workspace);
  const char * const *levels = method != NULL ? attest_record_get_strv (method, "levels") : NULL;
  guint n_levels = levels != NULL ? g_strv_length ((char **) levels) : 0;
  int acceptance = method != NULL ? attest_record_get_int (method, "acceptance-level") : 0;
  guint n = g_list_model_get_n_items (risks);
  g_autofree guint *by_level = g_new0 (guint, n_levels + 1);
  guint n_not_assessed = 0;
  g_autoptr(GPtrArray) above = new_records ();
  g_autoptr(GPtrArray) done = new_records (), open = new_records (), overdue = new_records ();
  g_autoptr(GPtrArray) accepted = new_records (), rejected = new_records ();
  guint n_actions = g_list_model_get_n_items (actions);
  guint n_acceptances = g_list_model_get_n_items (acceptances);
  g_autoptr(GDateTime) since_day = prep->since != NULL ? attest_stored_date_parse (prep->since) : NULL;
  gint64 since_usec = since_day != NULL ? g_date_time_to_unix (since_day) * G_USEC_PER_SEC : G_MININT64;
  gboolean first = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      int level = attest_risk_current_level (prep->workspace, risk);

      if (level < 0 || level >= (int) n_levels)
        {
          n_not_assessed++;
          continue;
        }
      by_level[level]++;
      if (level > acceptance)
        g_ptr_array_add (above, g_object_ref (risk));
    }
  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      if (attest_record_get_enum (action, "status") == ATTEST_ACTION_STATUS_DONE)
        g_ptr_array_add (done, g_object_ref (action));
      else
        {
          g_ptr_array_add (open, g_object_ref (action));
          if (is_before (attest_record_get_string (action, "due-date"), prep->today))
            g_ptr_array_add (overdue, g_object_ref (action));
        }
    }
  for (guint i = 0; i < n_acceptances; i++)
    {
      g_autoptr(AttestRecord) decision = g_list_model_get_item (acceptances, i);
      gint64 at;

      if (!attest_timestamp_parse (attest_record_get_string (decision, "accepted-at"), &at) || at < since_usec)
        continue;
      if (attest_record_get_enum (decision, "decision") == ATTEST_ACCEPTANCE_ACCEPTED)
        g_ptr_array_add (accepted, g_object_ref (decision));
      else
        g_ptr_array_add (rejected, g_object_ref (decision));
    }

  add_int (data, "risks", n);
  json_builder_set_member_name (data, "levels");
  json_builder_begin_object (data);
  for (guint l = 0; l < n_levels; l++)
    add_int (data, levels[l], by_level[l]);
  json_builder_end_object (data);
  add_int (data, "not-assessed", n_not_assessed);
  add_record_ids (data, "above-acceptance", above);
  json_builder_set_member_name (data, "treatment-actions");
  json_builder_begin_object (data);
  add_record_ids (data, "done", done);
  add_record_ids (data, "open", open);
  add_record_ids (data, "overdue", overdue);
  json_builder_end_object (data);
  add_string (data, "since", prep->since);
  add_record_ids (data, "accepted", accepted);
  add_record_ids (data, "rejected", rejected);

  if (n == 0)
    {
      g_string_append (out, _("No risk is recorded: the risk assessment is still to be done."));
      g_string_append_c (out, '\n');
    }
  else
    {
      /* TRANSLATORS: followed by the count per level: "12 risks, as they stand now: Low: 4, High: 2" */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u risk, as it stands now",
                                                "%u risks, as they stand now", n), n);
      g_string_append (out, ": ");
      for (guint l = 0; l < n_levels; l++)
        {
          if (by_level[l] == 0)
            continue;
          if (!first)
            g_string_append (out, _(", "));
          first = FALSE;
          g_string_append_printf (out, _("%s: %u"), levels[l], by_level[l]);
        }
      if (n_not_assessed > 0)
        {
          if (!first)
            g_string_append (out, _(", "));
          g_string_append_printf (out, _("%s: %u"), _("not assessed"), n_not_assessed);
        }
      end_line (out);
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u above the acceptance level",
                                                "%u above the acceptance level", above->len), above->len);
      append_record_names (prep, out, above);
      end_line (out);
    }
  if (n_actions > 0)
    {
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Treatment plan: %u action done",
                                                "Treatment plan: %u actions done", done->len), done->len);
      g_string_append (out, _(", "));
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", open->len), open->len);
      g_string_append (out, _(", "));
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", overdue->len),
                              overdue->len);
      append_record_names (prep, out, overdue);
      end_line (out);
    }
  append_since (prep, out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u risk accepted by its owner",
                                            "%u risks accepted by their owners", accepted->len), accepted->len);
  g_string_append (out, _(", "));
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u acceptance refused", "%u acceptances refused",
                                            rejected->len), rejected->len);
  end_line (out);
}

/* improvements */

static void
prepare_improvements (Preparation *prep,
                      GString     *out,
                      JsonBuilder *data)
{
  GListModel *improvements = attest_workspace_get_records (prep->workspace, ATTEST_TYPE_IMPROVEMENT);
  guint n = g_list_model_get_n_items (improvements);
  g_autoptr(GPtrArray) raised = new_records (), pending = new_records ();
  g_autoptr(GPtrArray) adopted_open = new_records (), adopted_done = new_records (), declined = new_records ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) improvement = g_list_model_get_item (improvements, i);
      int decision = attest_record_get_enum (improvement, "decision");

      if (is_since (prep, attest_record_get_string (improvement, "raised-on")))
        g_ptr_array_add (raised, g_object_ref (improvement));
      if (decision == ATTEST_IMPROVEMENT_DECISION_PENDING)
        g_ptr_array_add (pending, g_object_ref (improvement));
      else if (decision == ATTEST_IMPROVEMENT_DECISION_DECLINED)
        g_ptr_array_add (declined, g_object_ref (improvement));
      else if (attest_record_get_enum (improvement, "status") == ATTEST_ACTION_STATUS_DONE)
        g_ptr_array_add (adopted_done, g_object_ref (improvement));
      else
        g_ptr_array_add (adopted_open, g_object_ref (improvement));
    }
  add_string (data, "since", prep->since);
  add_record_ids (data, "raised", raised);
  add_record_ids (data, "pending", pending);
  add_record_ids (data, "adopted-open", adopted_open);
  add_record_ids (data, "adopted-done", adopted_done);
  add_record_ids (data, "declined", declined);

  append_since (prep, out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u opportunity for improvement raised",
                                            "%u opportunities for improvement raised", raised->len), raised->len);
  append_record_names (prep, out, raised);
  end_line (out);
  if (n == 0)
    return;
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u still to be decided", "%u still to be decided",
                                            pending->len), pending->len);
  append_record_names (prep, out, pending);
  end_line (out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u adopted and being carried out",
                                            "%u adopted and being carried out", adopted_open->len),
                          adopted_open->len);
  append_record_names (prep, out, adopted_open);
  end_line (out);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u adopted and done", "%u adopted and done",
                                            adopted_done->len), adopted_done->len);
  g_string_append (out, _(", "));
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u declined", "%u declined", declined->len),
                          declined->len);
  end_line (out);
}

static gboolean
prepare_topic (Preparation        *prep,
               AttestReviewTopic   topic,
               GString            *out,
               JsonBuilder        *data,
               GError            **error)
{
  switch (topic)
    {
    case ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS:
      prepare_previous_actions (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_ISSUES:
      return prepare_issues (prep, out, data, error);
    case ATTEST_REVIEW_TOPIC_PARTY_REQUIREMENTS:
      return prepare_party_requirements (prep, out, data, error);
    case ATTEST_REVIEW_TOPIC_NONCONFORMITIES:
      prepare_nonconformities (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_MEASUREMENTS:
      prepare_measurements (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_AUDITS:
      prepare_audits (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_OBJECTIVES:
      prepare_objectives (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_PARTY_FEEDBACK:
      prepare_party_feedback (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_RISKS:
      prepare_risks (prep, out, data);
      return TRUE;
    case ATTEST_REVIEW_TOPIC_IMPROVEMENTS:
      prepare_improvements (prep, out, data);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static char *
dup_compact_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_pretty (generator, FALSE);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Writes the input on @topic: its summary and data, in a record of its
 * own, added when the review has none on that topic yet. */
static gboolean
write_input (Preparation        *prep,
             AttestReviewTopic   topic,
             GError            **error)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *data = NULL;
  AttestRecord *input;

  json_builder_begin_object (builder);
  add_string (builder, "topic", enum_nick (ATTEST_TYPE_REVIEW_TOPIC, topic));
  if (!prepare_topic (prep, topic, summary, builder, error))
    return FALSE;
  json_builder_end_object (builder);
  data = dup_compact_json (builder);
  while (summary->len > 0 && summary->str[summary->len - 1] == '\n')
    g_string_truncate (summary, summary->len - 1);

  input = attest_management_review_get_input (prep->workspace, prep->review, topic);
  if (input != NULL)
    {
      g_object_set (input, "summary", summary->str, "data", data, NULL);
      return TRUE;
    }
  else
    {
      g_autoptr(AttestRecord) added = g_object_new (ATTEST_TYPE_REVIEW_INPUT,
                                                    "review-id", attest_record_get_id (prep->review),
                                                    "topic", topic,
                                                    "summary", summary->str,
                                                    "data", data,
                                                    NULL);

      return attest_workspace_add (prep->workspace, added, error);
    }
}

/**
 * attest_management_review_prepare_inputs:
 * @workspace: a workspace, open for editing
 * @review: a management review of @workspace
 * @error: return location for a #GError
 *
 * Writes the ten inputs of 9.3.2 as they stand: for each topic, the review's
 * input is added, or its summary and data are written again; what the
 * reviewers commented is kept. The review counts changes from the day the
 * previous review was held ("since", empty when there is none) and says
 * when its inputs were prepared. One change, which Undo takes back whole.
 *
 * Returns: whether they were
 */
gboolean
attest_management_review_prepare_inputs (AttestWorkspace  *workspace,
                                         AttestRecord     *review,
                                         GError          **error)
{
  AttestRecord *previous;
  Preparation prep = { workspace, review, NULL, NULL, NULL, NULL };
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *now = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (ATTEST_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (ATTEST_IS_MANAGEMENT_REVIEW (review), FALSE);

  name = attest_record_dup_display_name (workspace, review);
  if (attest_workspace_lookup (workspace, attest_record_get_id (review)) != review)
    {
      /* TRANSLATORS: a management review */
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("“%s” is not in this workspace: its inputs can only be prepared in the workspace that "
                     "holds it."),
                   name);
      return FALSE;
    }
  if (attest_workspace_is_read_only (workspace))
    {
      /* TRANSLATORS: a management review */
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("The inputs of “%s” cannot be prepared: this workspace is open read-only."), name);
      return FALSE;
    }

  previous = attest_management_review_get_previous (workspace, review);
  prep.day = dup_review_day (review);
  prep.today = attest_date_dup_today ();
  prep.since = previous != NULL ? attest_record_get_string (previous, "held-on") : NULL;
  prep.since_text = prep.since != NULL ? attest_i18n_format_stored_date (prep.since) : NULL;
  now = attest_timestamp_format (attest_now ());

  /* TRANSLATORS: what Undo takes back; a management review */
  label = g_strdup_printf (_("Prepare Inputs of “%s”"), name);
  if (!attest_workspace_begin (workspace, error))
    ok = FALSE;
  else
    {
      attest_workspace_set_change_label (workspace, label);
      for (AttestReviewTopic topic = ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS;
           ok && topic <= ATTEST_REVIEW_TOPIC_IMPROVEMENTS; topic++)
        ok = write_input (&prep, topic, error);
      if (ok)
        {
          g_object_set (review, "since", prep.since != NULL ? prep.since : "", "inputs-prepared-at", now, NULL);
          ok = attest_workspace_commit (workspace, error);
        }
      if (!ok)
        attest_workspace_rollback (workspace);
    }
  g_free (prep.day);
  g_free (prep.today);
  g_free (prep.since_text);
  return ok;
}
