/* test-documents.c: approved versions of the scope statement, the risk
 * method and the treatment plan, through the one path the SoA takes too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "attest.h"

#include "attest-core-test-util.h"
#include "attest-test-util.h"
#include "demo-calendar.h"

/* 2026-03-03 12:00 UTC, and a day later. */
#define MARCH_3 G_GINT64_CONSTANT (1772539200000000)
#define MARCH_4 (MARCH_3 + G_GINT64_CONSTANT (86400000000))

typedef struct
{
  guint   approvals;
  gint64  approve_time;
  char   *approve_kind;
  char   *approved_by;
  char   *head_statement;
} Events;

static gboolean
collect_events_cb (const AttestHistoryRow  *row,
                   gpointer                 user_data,
                   GError                 **error)
{
  Events *events = user_data;

  if (g_strcmp0 (row->action, "approve") == 0 && g_strcmp0 (row->field, "approved-by") == 0)
    {
      /* Who approved is in the chain, right after the version's number. */
      g_assert_cmpuint (events->approvals, >, 0);
      g_free (events->approved_by);
      events->approved_by = g_strdup (row->new_value);
    }
  else if (g_strcmp0 (row->action, "approve") == 0)
    {
      events->approvals++;
      events->approve_time = row->time;
      g_free (events->approve_kind);
      events->approve_kind = g_strdup (row->kind);
      g_assert_cmpstr (row->field, ==, "number");
    }
  if (g_strcmp0 (row->action, "head") == 0)
    {
      g_free (events->head_statement);
      events->head_statement = g_strdup (row->field);
    }
  return TRUE;
}

/* Something that belongs to the document, changed after its approval. */
static void
edit_document (AttestWorkspace *workspace,
               const char      *document)
{
  if (g_str_equal (document, "scope"))
    g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE),
                  "statement", "The ISMS covers everything Acme does.", NULL);
  else if (g_str_equal (document, "risk-method"))
    g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD),
                  "review-interval", 6, NULL);
  else if (g_str_equal (document, "policy"))
    g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY),
                  "text", "# Our policy\n\nWe protect what we hold.", NULL);
  else
    {
      GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 0);

      g_object_set (risk, "owner", "Head of finance", NULL);
    }
}

/* Something new in the document: a record added since. */
static void
add_to_document (AttestWorkspace *workspace,
                 const char      *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) record = NULL;

  if (g_str_equal (document, "scope"))
    record = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_LOCATION,
                           "name", "Leeds office", NULL);
  else if (g_str_equal (document, "treatment-plan"))
    {
      GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 0);

      record = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                             "title", "Encrypt every laptop", "owner", "IT lead", "due-date", "2026-06-30", NULL);
    }
  else
    return;   /* the method is one record */
  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
}

static void
test_approve (TestDir       *fixture,
              gconstpointer  data)
{
  const char *document = data;
  g_autofree char *name = g_strdup_printf ("%s.isms", document);
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, name, "Acme Ltd");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *status = NULL;
  g_autofree char *statement = g_strdup_printf ("%s-approval", document);
  AttestRecord *version, *second;
  Events events = { 0 };
  gboolean single = g_str_equal (document, "risk-method") || g_str_equal (document, "policy");

  g_assert_no_error (error);
  {
    g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Laptop stolen", "owner", "IT lead",
                                                 "treatment", ATTEST_TREATMENT_MODIFY, NULL);

    g_assert_true (attest_workspace_add (workspace, risk, &error));
  }
  status = attest_isms_document_dup_status (workspace, document);
  g_assert_nonnull (strstr (status, "not approved yet"));
  g_clear_pointer (&status, g_free);

  g_assert_null (attest_isms_document_get_approved (workspace, document));
  g_assert_null (attest_isms_document_approve (workspace, document, " ", NULL, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  if (g_str_equal (document, "policy"))
    {
      /* Nothing written: nothing to approve. */
      g_assert_null (attest_isms_document_approve (workspace, document, "Board", NULL, &error));
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
      g_clear_error (&error);
      g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY), "text", "# Draft", NULL);
    }
  attest_clock_set_fixed (MARCH_3);
  version = attest_isms_document_approve (workspace, document, "Board", "First version", &error);
  g_assert_no_error (error);
  g_assert_true (ATTEST_IS_DOCUMENT_VERSION (version));
  g_assert_cmpstr (attest_record_get_string (version, "document"), ==, document);
  g_assert_cmpint (attest_record_get_int (version, "number"), ==, 1);
  g_assert_cmpstr (attest_record_get_string (version, "approved-by"), ==, "Board");
  g_assert_cmpstr (attest_record_get_string (version, "approved-at"), ==, "2026-03-03T12:00:00.000000Z");
  g_assert_cmpint (attest_record_get_created (version), ==, MARCH_3);
  g_assert_true (attest_isms_document_get_approved (workspace, document) == version);
  g_assert_true (json_parser_load_from_data (parser, attest_record_get_string (version, "snapshot"), -1, NULL));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  changes = attest_isms_document_diff (workspace, document, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  status = attest_isms_document_dup_status (workspace, document);
  g_assert_cmpstr (status, ==, "Version 1, approved by Board on 3 March 2026. No changes since.");
  g_clear_pointer (&status, g_free);
  /* Another document's approval is not this one's. */
  g_assert_null (attest_isms_document_get_approved (workspace, g_str_equal (document, "scope") ? "risk-method" : "scope"));
  g_assert_null (attest_soa_get_approved (workspace));

  /* Edits after approval are a draft, listed as changes. */
  attest_clock_set_fixed (MARCH_4);
  edit_document (workspace, document);
  add_to_document (workspace, document);
  changes = attest_isms_document_diff (workspace, document, version, &error);
  g_assert_no_error (error);
  /* The method and the policy are one record each: one change. */
  g_assert_cmpuint (changes->len, ==, single ? 1 : 2);
  {
    AttestIsmsDocumentChange *change = g_ptr_array_index (changes, 0);

    g_assert_nonnull (change->field);
    g_assert_nonnull (change->old_value);
    g_assert_nonnull (change->new_value);
    g_assert_cmpstr (change->old_value, !=, change->new_value);
    g_assert_cmpstr (change->label, !=, "");
    if (changes->len == 2)
      {
        change = g_ptr_array_index (changes, 1);
        g_assert_null (change->field);       /* a record added since */
        g_assert_null (change->old_value);
        g_assert_true (g_str_equal (change->label, "Leeds office") || g_str_equal (change->label, "Encrypt every laptop"));
      }
  }
  status = attest_isms_document_dup_status (workspace, document);
  g_assert_nonnull (strstr (status, single ? "1 change since" : "2 changes since"));
  g_clear_pointer (&status, g_free);
  g_clear_pointer (&changes, g_ptr_array_unref);

  second = attest_isms_document_approve (workspace, document, "Board", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (attest_record_get_int (second, "number"), ==, 2);
  changes = attest_isms_document_diff (workspace, document, second, &error);
  g_assert_cmpuint (changes->len, ==, 0);
  versions = attest_isms_document_dup_versions (workspace, document);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_true (g_ptr_array_index (versions, 0) == version);
  g_assert_true (g_ptr_array_index (versions, 1) == second);
  attest_clock_reset ();

  /* In the history: the approve event at the approval's time, and the
   * head it states; the chain still verifies after reopening. */
  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), collect_events_cb, &events, &error));
  g_assert_cmpuint (events.approvals, ==, 2);
  g_assert_cmpint (events.approve_time, ==, MARCH_4);
  g_assert_cmpstr (events.approve_kind, ==, "document-version");
  g_assert_cmpstr (events.approved_by, ==, "Board");
  g_assert_cmpstr (events.head_statement, ==, statement);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (attest_record_get_int (attest_isms_document_get_approved (workspace, document), "number"), ==, 2);
  g_free (events.approve_kind);
  g_free (events.approved_by);
  g_free (events.head_statement);
}

/* An approved snapshot edited outside Attest is damage, never "no
 * changes", and the status says so. */
static void
test_damaged_snapshot (TestDir       *fixture,
                       gconstpointer  data)
{
  static const char * const damage[] = {
    "UPDATE document_version SET snapshot = substr (snapshot, 1, 40)",
    "UPDATE document_version SET snapshot = '[]'",
    "UPDATE document_version SET snapshot = ''",
    "UPDATE document_version SET snapshot = json_set (snapshot, '$.x', 'text')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autofree char *name = g_strdup_printf ("damaged-%u.isms", i);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Snapshot Ltd", &error);
      g_autoptr(GPtrArray) changes = NULL;
      g_autofree char *status = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (attest_isms_document_approve (workspace, "scope", "Board", NULL, &error));
      g_assert_no_error (error);
      g_clear_object (&workspace);

      test_sqlite_exec (path, damage[i]);
      workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      changes = attest_isms_document_diff (workspace, "scope", attest_isms_document_get_approved (workspace, "scope"), &error);
      g_assert_null (changes);
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, name));
      g_assert_nonnull (strstr (error->message, "version 1 of the scope statement"));
      g_clear_error (&error);
      status = attest_isms_document_dup_status (workspace, "scope");
      g_assert_nonnull (strstr (status, "damaged"));
      g_assert_false (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
    }
}

typedef struct
{
  gint64 first, last;
  gboolean monotonic;
} Times;

static gboolean
collect_times_cb (const AttestHistoryRow  *row,
                  gpointer                 user_data,
                  GError                 **error)
{
  Times *times = user_data;

  if (times->first == 0)
    times->first = row->time;
  times->monotonic &= row->time >= times->last;
  times->last = row->time;
  return TRUE;
}

static gint64
approved_at (AttestWorkspace *workspace,
             const char      *document)
{
  AttestRecord *version = attest_isms_document_get_approved (workspace, document);
  gint64 usec = 0;

  g_assert_nonnull (version);
  g_assert_true (attest_timestamp_parse (attest_record_get_string (version, "approved-at"), &usec));
  return usec;
}

static guint
n_changes (AttestWorkspace *workspace,
           const char      *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = attest_isms_document_diff (workspace, document,
                                                            attest_isms_document_get_approved (workspace, document),
                                                            &error);

  g_assert_no_error (error);
  return changes->len;
}

/* The demo replays an ISMS's months through the clock: the history runs
 * forward in the past, the documents are approved in the order the work
 * was done, and the edits since are the changes since. */
static void
test_demo_timeline (TestDir       *fixture,
                    gconstpointer  data)
{
  AttestDemoSize size = GPOINTER_TO_INT (data);
  g_autofree char *path = test_dir_path (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  const gint64 now = MARCH_3 + 300 * G_GINT64_CONSTANT (86400000000);
  Times times = { 0, 0, TRUE };
  GListModel *risks, *actions;
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dues = g_hash_table_new (g_str_hash, g_str_equal);
  guint awaiting = 0;

  attest_clock_set_fixed (now);
  workspace = attest_demo_create (path, size, &error);
  g_assert_no_error (error);
  /* Afterwards the clock is the system's again. */
  g_assert_cmpint (attest_now (), >=, g_get_real_time () - G_USEC_PER_SEC * 60);

  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), collect_times_cb, &times, &error));
  g_assert_true (times.monotonic);
  g_assert_cmpint (times.first, >, now - 300 * G_GINT64_CONSTANT (86400000000));
  g_assert_cmpint (times.first, <, now - 180 * G_GINT64_CONSTANT (86400000000));
  g_assert_cmpint (times.last, <, now);

  g_assert_cmpint (times.first, <, approved_at (workspace, "scope"));
  g_assert_cmpint (approved_at (workspace, "scope"), <, approved_at (workspace, "risk-method"));
  g_assert_cmpint (approved_at (workspace, "scope"), <, approved_at (workspace, "policy"));
  g_assert_cmpint (approved_at (workspace, "policy"), <, approved_at (workspace, "treatment-plan"));
  g_assert_cmpint (approved_at (workspace, "risk-method"), <, approved_at (workspace, "treatment-plan"));
  g_assert_cmpint (approved_at (workspace, "treatment-plan"), <, approved_at (workspace, "soa"));
  g_assert_cmpint (approved_at (workspace, "soa"), <, times.last);
  g_assert_cmpuint (n_changes (workspace, "scope"), ==, 0);
  g_assert_cmpuint (n_changes (workspace, "risk-method"), ==, 0);
  g_assert_cmpuint (n_changes (workspace, "policy"), ==, 0);
  if (size == ATTEST_DEMO_SMALL)
    g_assert_cmpuint (n_changes (workspace, "treatment-plan"), >, 0);   /* an action's due date moved */
  {
    guint done, in_progress;

    /* Actions finished since are progress, not changes. */
    attest_isms_document_count_progress (workspace, attest_isms_document_get_approved (workspace, "treatment-plan"),
                                         &done, &in_progress);
    g_assert_cmpuint (done, >, 0);
  }
  g_assert_cmpuint (n_changes (workspace, "soa"), >, 0);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  if (size == ATTEST_DEMO_LARGE)
    return;

  /* A believable treatment plan: the risk owners decide, one is awaited;
   * every "Modify" risk has an action; several owners, staggered dates. */
  risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      AttestRecord *acceptance = attest_risk_get_acceptance (workspace, risk);
      gboolean has_action = FALSE;

      if (acceptance == NULL)
        awaiting++;
      else
        {
          g_autofree char *pending = attest_risk_acceptance_dup_pending (workspace, acceptance);

          g_assert_cmpstr (attest_record_get_string (acceptance, "accepted-by"), ==,
                           attest_record_get_string (risk, "owner"));
          /* No owner accepts on the strength of an open action or of a
           * control not in place. */
          g_assert_null (pending);
        }
      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(AttestRecord) action = g_list_model_get_item (actions, a);

          has_action |= g_str_equal (attest_record_get_string (action, "risk-id"), attest_record_get_id (risk));
          g_hash_table_add (owners, (gpointer) attest_record_get_string (action, "owner"));
          g_hash_table_add (dues, (gpointer) attest_record_get_string (action, "due-date"));
        }
      if (attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_MODIFY)
        g_assert_true (has_action);
    }
  /* The ransomware, email, cloud outage and legacy file server risks
   * await their actions, then their owners' decisions. */
  g_assert_cmpuint (awaiting, ==, 4);
  /* The owners decided on different days, each with their approval of the
   * draft of the plan, before top management approved its version 1
   * (6.1.3 f). */
  {
    GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
    g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
      {
        g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);
        gint64 usec;

        g_assert_true (attest_timestamp_parse (attest_record_get_string (acceptance, "accepted-at"), &usec));
        g_assert_cmpint (usec, <, approved_at (workspace, "treatment-plan"));
        g_hash_table_add (days, g_strndup (attest_record_get_string (acceptance, "accepted-at"), 10));
      }
    g_assert_cmpuint (g_hash_table_size (days), >=, 3);
  }
  {
    GListModel *approvals = attest_workspace_get_records (workspace, ATTEST_TYPE_PLAN_APPROVAL);

    g_assert_cmpuint (g_list_model_get_n_items (approvals), ==, 3);
    for (guint i = 0; i < g_list_model_get_n_items (approvals); i++)
      {
        g_autoptr(AttestRecord) approval = g_list_model_get_item (approvals, i);
        gint64 usec;

        g_assert_true (attest_timestamp_parse (attest_record_get_string (approval, "approved-at"), &usec));
        g_assert_cmpint (usec, <, approved_at (workspace, "treatment-plan"));
        g_assert_cmpstr (attest_record_get_string (approval, "version-id"), ==, "");
      }
  }
  g_assert_cmpuint (g_hash_table_size (owners), >=, 3);
  g_assert_cmpuint (g_hash_table_size (dues), >=, 5);

  /* The guest network is the same one in the statement and the exclusion. */
  {
    AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
    GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
    guint exclusions = 0;

    g_assert_nonnull (strstr (attest_record_get_string (scope, "statement"), "guest Wi-Fi for visitors"));
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);

        if (attest_record_get_enum (item, "kind") != ATTEST_SCOPE_ITEM_KIND_EXCLUSION)
          continue;
        exclusions++;
        g_assert_nonnull (strstr (attest_record_get_string (item, "description"), "guest Wi-Fi for visitors"));
        g_assert_null (strstr (attest_record_get_string (item, "name"), "canteen"));
      }
    g_assert_cmpuint (exclusions, ==, 1);
  }
}

/* A date field's day falls on a working day in England: not a weekend,
 * not a bank holiday (as test-demo-large checks over several years). */
static gboolean
is_working_day (const char *text)
{
  g_autoptr(GDate) date = g_date_new ();

  g_date_set_parse (date, text);
  g_assert_true (g_date_valid (date));
  return demo_is_working_date (date);
}

static void
assert_working_days (AttestWorkspace *workspace,
                     GType            type,
                     const char      *field)
{
  GListModel *model = attest_workspace_get_records (workspace, type);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);
      const char *date = attest_record_get_string (record, field);

      if (*date == '\0')
        continue;
      if (!is_working_day (date))
        g_error ("%s %s: %s is not a working day", g_type_name (type), field, date);
    }
}

/* The small demo reads as one story to a lead auditor: what one part says
 * another does not contradict. Made on seven days in a row, so every date
 * it computes falls once on each day of the week, and on 2 December, when
 * a date a month on is New Year's Day. */
static void
test_demo_story (TestDir       *fixture,
                 gconstpointer  data)
{
  for (guint k = 0; k < 7; k++)
    {
      g_autofree char *name = g_strdup_printf ("story-%u.isms", k);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestWorkspace) workspace = NULL;
      AttestRecord *org;
      GListModel *model;
      gboolean former_supplier = FALSE, detection_interface = FALSE;
      g_autoptr(GHashTable) identifiers = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) evidence_dates = g_hash_table_new (g_str_hash, g_str_equal);
      char *manager;

      /* 2026-12-02 12:00 UTC and the six days after. */
      gint64 made = G_GINT64_CONSTANT (1796212800000000) + k * G_GINT64_CONSTANT (86400000000);

      attest_clock_set_fixed (made);
      workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
      g_assert_no_error (error);
      attest_clock_reset ();
      org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);

      /* Every requirement not (fully) addressed says why, or how far it is. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) requirement = g_list_model_get_item (model, i);

          g_assert_false (attest_text_is_blank (attest_record_get_string (requirement, "how-addressed")));
        }

      /* The former IT supplier, the payroll bureau and the managed
       * detection service are interested parties; the service an interface. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) party = g_list_model_get_item (model, i);

          former_supplier |= g_str_equal (attest_record_get_string (party, "name"), "Former IT supplier");
        }
      g_assert_true (former_supplier);
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) item = g_list_model_get_item (model, i);

          detection_interface |= attest_record_get_enum (item, "kind") == ATTEST_SCOPE_ITEM_KIND_INTERFACE
                                 && g_str_equal (attest_record_get_string (item, "name"), "Managed detection service");
        }
      g_assert_true (detection_interface);

      /* Each applicable control says why it is in, in its own words where
       * no risk or requirement says it; a requirement the SoA says a
       * control meets is addressed in 4.2. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) entry = g_list_model_get_item (model, i);
          g_autofree char *justification = attest_soa_dup_justification (workspace, entry);

          if (g_str_equal (justification, "The business needs it."))
            g_error ("%s: only “The business needs it.”", attest_record_get_string (entry, "control-id"));
        }
      {
        g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "soa-requirement", &error);

        for (guint i = 0; i + 1 < links->len; i += 2)
          g_assert_true (attest_record_get_boolean (attest_workspace_lookup (workspace, g_ptr_array_index (links, i + 1)),
                                                    "addressed"));
      }

      /* The results of management reviews (9.3) are the demo's reviews,
       * recorded in Attest, before the management meeting's minutes that
       * the register says hold them too; every version is written alike. */
      {
        AttestRecord *where = NULL;

        g_assert_cmpint (attest_mandatory_item_get_status (attest_mandatory_item_lookup ("management-review"),
                                                           workspace, &where), ==, ATTEST_MANDATORY_STATUS_RECORDED);
      }
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) document = g_list_model_get_item (model, i);

          g_assert_true (g_regex_match_simple ("^[0-9]+\\.[0-9]+$", attest_record_get_string (document, "version"), 0, 0));
          g_hash_table_add (identifiers, (gpointer) attest_record_get_string (document, "identifier"));
        }

      /* Evidence cites the register's documents by identifier, a few
       * documents for many controls, on the days they were approved; and
       * records of controls at work (access reviews, training, scans),
       * each saying where it is kept. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE);
      g_assert_cmpuint (g_list_model_get_n_items (model), >, 20);
      {
        guint n_records = 0;

        for (guint i = 0; i < g_list_model_get_n_items (model); i++)
          {
            g_autoptr(AttestRecord) evidence = g_list_model_get_item (model, i);
            g_auto(GStrv) words = g_strsplit (attest_record_get_string (evidence, "title"), " ", 2);

            g_assert_cmpstr (attest_record_get_string (evidence, "location"), !=, "");
            if (!g_hash_table_contains (identifiers, words[0]))
              n_records++;
            else
              g_hash_table_add (evidence_dates, (gpointer) attest_record_get_string (evidence, "date"));
          }
        g_assert_cmpuint (n_records, >=, 4);
      }
      g_assert_cmpuint (g_hash_table_size (evidence_dates), <, 16);

      /* Roles: the deputy and the privacy lead are named as such. */
      manager = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_ISMS_MANAGER);
      g_assert_cmpstr (manager, ==, "ISMS manager (Tom Okafor)");
      g_clear_pointer (&manager, g_free);
      g_assert_nonnull (strstr (attest_record_get_string (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.34"),
                                                          "owner"), "privacy lead"));
      /* The headquarters are not listed again among the other locations. */
      g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (org, "locations")), ==, 1);

      /* Decisions on working days in office hours, whatever the season;
       * a note agrees with its decision. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) acceptance = g_list_model_get_item (model, i);
          const char *at = attest_record_get_string (acceptance, "accepted-at");
          g_autofree char *day = g_strndup (at, 10);
          int hour = atoi (at + 11);

          g_assert_true (is_working_day (day));
          g_assert_cmpint (hour, >=, 8);
          g_assert_cmpint (hour, <, 16);
          g_assert_false (g_str_has_prefix (attest_record_get_string (acceptance, "note"), "Retained"));
        }

      /* Every dated edit happens in office hours on a working day. */
      assert_office_hours (workspace, made);

      /* Targets, due dates and approvals fall on working days; reviews
       * follow their cycle: a document is reviewed 12 months after its
       * approval, as the pack's own documents are, whatever day that is. */
      assert_working_days (workspace, ATTEST_TYPE_SOA_ENTRY, "target-date");
      assert_working_days (workspace, ATTEST_TYPE_TREATMENT_ACTION, "due-date");
      assert_working_days (workspace, ATTEST_TYPE_DOCUMENT_ENTRY, "approved-on");
      assert_working_days (workspace, ATTEST_TYPE_ORGANISATION, "certification-target");
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) document = g_list_model_get_item (model, i);
          const char *approved = attest_record_get_string (document, "approved-on");
          g_autofree char *year_on = g_strdup_printf ("%d%s", atoi (approved) + 1, approved + 4);

          if (!g_str_equal (approved + 4, "-02-29"))
            g_assert_cmpstr (attest_record_get_string (document, "next-review"), ==, year_on);
        }
      /* No review of a document falls due within a month of today. */
      model = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) document = g_list_model_get_item (model, i);
          g_autoptr(GDate) review = g_date_new ();
          g_autoptr(GDate) soon = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);

          g_date_add_days (soon, k + 31);
          g_date_set_parse (review, attest_record_get_string (document, "next-review"));
          g_assert_cmpint (g_date_compare (review, soon), >, 0);
        }
    }
}

/* An action's status and completion are progress on the approved plan, not
 * a change awaiting approval; its due date is. */
static void
test_plan_progress (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "progress.isms", "Acme Ltd");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Laptop stolen", "owner", "IT lead",
                                               "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) other = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *status = NULL;
  AttestIsmsDocumentChange *change;
  AttestRecord *version;
  guint done, in_progress;

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                         "title", "Encrypt every laptop", "owner", "IT lead", "due-date", "2026-06-30", NULL);
  other = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                        "title", "Train staff", "owner", "HR lead", "due-date", "2026-07-31", NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));
  g_assert_true (attest_workspace_add (workspace, other, &error));
  g_assert_no_error (error);
  version = attest_isms_document_approve (workspace, "treatment-plan", "Board", NULL, &error);
  g_assert_no_error (error);

  g_object_set (action, "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  g_object_set (other, "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  attest_isms_document_count_progress (workspace, version, &done, &in_progress);
  g_assert_cmpuint (done, ==, 0);
  g_assert_cmpuint (in_progress, ==, 2);
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", "2026-06-12", NULL);
  changes = attest_isms_document_diff (workspace, "treatment-plan", version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);
  status = attest_isms_document_dup_status (workspace, "treatment-plan");
  g_assert_nonnull (strstr (status, "No changes since"));
  attest_isms_document_count_progress (workspace, version, &done, &in_progress);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (in_progress, ==, 1);

  g_object_set (action, "due-date", "2026-09-30", NULL);
  changes = attest_isms_document_diff (workspace, "treatment-plan", version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->key, ==, attest_record_get_id (action));
  g_assert_cmpstr (change->field, ==, "due-date");
  g_assert_cmpstr (change->old_value, ==, "2026-06-30");
  g_assert_cmpstr (change->new_value, ==, "2026-09-30");
}

static void
test_catalogue (void)
{
  const char * const *documents = attest_isms_documents ();

  g_assert_cmpuint (g_strv_length ((char **) documents), ==, 5);
  g_assert_cmpstr (documents[1], ==, "policy");
  g_assert_cmpstr (attest_isms_document_get_identifier ("policy"), ==, "ISMS-POLICY");
  g_assert_cmpstr (attest_isms_document_get_identifier ("scope"), ==, "ISMS-SCOPE");
  g_assert_cmpstr (attest_isms_document_get_identifier ("soa"), ==, "ISMS-SOA");
  g_assert_cmpstr (attest_isms_document_get_title ("treatment-plan"), ==, "Risk treatment plan");
  g_assert_true (attest_isms_document_is_known ("policy"));
  g_assert_false (attest_isms_document_is_known ("objectives"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) g_test_add (path, TestDir, data, test_dir_setup, func, test_dir_teardown)
  ADD ("/documents/approve/scope", test_approve, "scope");
  ADD ("/documents/approve/risk-method", test_approve, "risk-method");
  ADD ("/documents/approve/policy", test_approve, "policy");
  ADD ("/documents/approve/treatment-plan", test_approve, "treatment-plan");
  ADD ("/documents/treatment-plan-progress", test_plan_progress, NULL);
  ADD ("/documents/damaged-snapshot", test_damaged_snapshot, NULL);
  ADD ("/documents/demo-timeline/small", test_demo_timeline, GINT_TO_POINTER (ATTEST_DEMO_SMALL));
  ADD ("/documents/demo-timeline/large", test_demo_timeline, GINT_TO_POINTER (ATTEST_DEMO_LARGE));
  ADD ("/documents/demo-story/small", test_demo_story, NULL);
  g_test_add_func ("/documents/catalogue", test_catalogue);
  return g_test_run ();
}
