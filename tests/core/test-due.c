/* test-due.c: what is due: every source of a date with its day and group,
 * done things gone, the group boundaries, and the calendar export read
 * back with libical, its event ids stable across exports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <sys/stat.h>

#include "attest.h"
#include "attest-core-test-util.h"
#include "attest-ics.h"
#include "attest-test-util.h"

static void
at (int year, int month, int day)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (year, month, day, 12, 0, 0);

  attest_clock_set_fixed (g_date_time_to_unix (when) * G_USEC_PER_SEC);
}

static void
add (AttestWorkspace *workspace,
     AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
}

/* The item of @key about @record, or NULL. */
static AttestDueItem *
find (GPtrArray    *items,
      const char   *key,
      AttestRecord *record)
{
  for (guint i = 0; i < items->len; i++)
    {
      AttestDueItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->key, key) && item->record == record)
        return item;
    }
  return NULL;
}

static void
assert_due (AttestWorkspace *workspace,
            const char      *key,
            AttestRecord    *record,
            const char      *day,
            AttestDueGroup   group,
            const char      *page)
{
  g_autoptr(GPtrArray) items = attest_due_collect (workspace, NULL);
  AttestDueItem *item = find (items, key, record);

  if (item == NULL)
    g_error ("nothing %s is due of %s", key, attest_record_get_kind (record));
  g_assert_cmpstr (item->day, ==, day);
  g_assert_cmpint (item->group, ==, group);
  g_assert_cmpstr (item->page, ==, page);
  g_assert_cmpstr (item->record_id, ==, attest_record_get_id (record));
  g_assert_cmpstr (item->kind, ==, attest_record_get_kind (record));
  g_assert_true (item->what != NULL && *item->what != '\0');
  g_assert_true (item->name != NULL && *item->name != '\0');
}

static void
assert_not_due (AttestWorkspace *workspace,
                const char      *key,
                AttestRecord    *record)
{
  g_autoptr(GPtrArray) items = attest_due_collect (workspace, NULL);

  g_assert_null (find (items, key, record));
}

/* A workspace with one thing of each source, on 15 March 2027. */
typedef struct
{
  AttestWorkspace *workspace;
  AttestRecord *risk, *action, *entry, *topic, *document, *person, *competence, *other_competence, *planned,
               *held, *renewed, *metric, *measurement, *process, *audit, *nc, *corrective, *improvement,
               *objective, *change, *communication, *provider, *resource;
} Sample;

static void
sample_init (Sample  *s,
             TestDir *fixture)
{
  s->workspace = new_workspace (fixture, "due.isms", "Acme");
  at (2027, 3, 15);

  s->risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", "review-date", "2027-03-14", NULL);
  add (s->workspace, s->risk);
  s->action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (s->risk),
                            "title", "Encrypt disks", "due-date", "2027-03-31", NULL);
  add (s->workspace, s->action);
  s->entry = g_object_ref (attest_workspace_lookup_soa_entry (s->workspace, "iso27001:2022/A.8.13"));
  g_object_set (s->entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_PLANNED,
                "target-date", "2027-04-01", NULL);
  g_object_set (attest_workspace_get_singleton (s->workspace, ATTEST_TYPE_POLICY), "next-review", "2027-03-15", NULL);
  s->topic = g_object_new (ATTEST_TYPE_TOPIC_POLICY, "title", "Access control", "next-review", "2027-05-01", NULL);
  add (s->workspace, s->topic);
  s->document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "title", "Backup procedure", "next-review", "2026-12-01",
                              NULL);
  add (s->workspace, s->document);
  s->person = g_object_new (ATTEST_TYPE_PERSON, "name", "Ada Lovelace", NULL);
  add (s->workspace, s->person);
  s->competence = g_object_new (ATTEST_TYPE_COMPETENCE, "title", "Incident handling", NULL);
  add (s->workspace, s->competence);
  s->other_competence = g_object_new (ATTEST_TYPE_COMPETENCE, "title", "Risk assessment", NULL);
  add (s->workspace, s->other_competence);
  s->planned = g_object_new (ATTEST_TYPE_QUALIFICATION, "person-id", attest_record_get_id (s->person),
                             "competence-id", attest_record_get_id (s->other_competence),
                             "status", ATTEST_QUALIFICATION_STATUS_PLANNED, "action", "Course",
                             "due-date", "2027-03-20", NULL);
  add (s->workspace, s->planned);
  s->held = g_object_new (ATTEST_TYPE_QUALIFICATION, "person-id", attest_record_get_id (s->person),
                          "competence-id", attest_record_get_id (s->competence),
                          "status", ATTEST_QUALIFICATION_STATUS_HELD, "obtained-on", "2025-06-30",
                          "expires-on", "2027-06-30", NULL);
  add (s->workspace, s->held);
  s->metric = g_object_new (ATTEST_TYPE_METRIC, "name", "Patched in time", "measured-every", 1,
                            "measured-unit", ATTEST_CADENCE_MONTHS, NULL);
  add (s->workspace, s->metric);
  s->measurement = g_object_new (ATTEST_TYPE_MEASUREMENT, "metric-id", attest_record_get_id (s->metric),
                                 "date", "2027-02-01", "value", "93", NULL);
  add (s->workspace, s->measurement);
  s->process = g_object_new (ATTEST_TYPE_PROCESS, "name", "Access review", "runs-every", 1,
                             "runs-unit", ATTEST_CADENCE_YEARS, "last-run", "2026-06-01", NULL);
  add (s->workspace, s->process);
  s->audit = g_object_new (ATTEST_TYPE_AUDIT, "title", "Spring audit", "scope", "All", "planned-date", "2027-03-10",
                           NULL);
  add (s->workspace, s->audit);
  s->nc = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Backups not tested", "reported-on", "2027-03-01", NULL);
  add (s->workspace, s->nc);
  s->corrective = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (s->nc),
                                "title", "Monthly restore test", "due-date", "2027-03-16", NULL);
  add (s->workspace, s->corrective);
  s->improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Password manager", "raised-on", "2027-01-10",
                                 "decision", ATTEST_IMPROVEMENT_DECISION_ADOPTED, "due-date", "2027-04-15", NULL);
  add (s->workspace, s->improvement);
  s->objective = g_object_new (ATTEST_TYPE_OBJECTIVE, "title", "No lost laptops", "due-date", "2027-12-31", NULL);
  add (s->workspace, s->objective);
  s->change = g_object_new (ATTEST_TYPE_PLANNED_CHANGE, "title", "New office", "planned-date", "2027-03-01", NULL);
  add (s->workspace, s->change);
  s->communication = g_object_new (ATTEST_TYPE_COMMUNICATION, "title", "Phishing reminder", "next-due", "2027-03-20",
                                   NULL);
  add (s->workspace, s->communication);
  s->provider = g_object_new (ATTEST_TYPE_PROVIDER, "name", "Cloud host", "next-review", "2027-09-01", NULL);
  add (s->workspace, s->provider);
  s->resource = g_object_new (ATTEST_TYPE_RESOURCE, "title", "Backup disk", "needed-by", "2027-03-31",
                              "status", ATTEST_RESOURCE_STATUS_REQUESTED, NULL);
  add (s->workspace, s->resource);
}

static void
sample_clear (Sample *s)
{
  AttestRecord **records[] = { &s->risk, &s->action, &s->entry, &s->topic, &s->document, &s->person, &s->competence,
                               &s->other_competence, &s->planned, &s->held, &s->renewed, &s->metric,
                               &s->measurement, &s->process, &s->audit, &s->nc, &s->corrective, &s->improvement,
                               &s->objective, &s->change, &s->communication, &s->provider, &s->resource };

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    g_clear_object (records[i]);
  attest_workspace_close (s->workspace);
  g_assert_finalize_object (s->workspace);
  attest_clock_reset ();
}

static void
test_sources (TestDir       *fixture,
              gconstpointer  data G_GNUC_UNUSED)
{
  Sample s = { NULL };
  AttestRecord *policy;

  sample_init (&s, fixture);
  policy = attest_workspace_get_singleton (s.workspace, ATTEST_TYPE_POLICY);
  assert_due (s.workspace, "risk-review", s.risk, "2027-03-14", ATTEST_DUE_OVERDUE, "risks");
  assert_due (s.workspace, "treatment-action", s.action, "2027-03-31", ATTEST_DUE_THIS_MONTH, "treatment");
  assert_due (s.workspace, "control-target", s.entry, "2027-04-01", ATTEST_DUE_LATER, "soa");
  assert_due (s.workspace, "policy-review", policy, "2027-03-15", ATTEST_DUE_THIS_MONTH, "policy");
  assert_due (s.workspace, "topic-policy-review", s.topic, "2027-05-01", ATTEST_DUE_LATER, "policy");
  assert_due (s.workspace, "document-review", s.document, "2026-12-01", ATTEST_DUE_OVERDUE, "documents");
  assert_due (s.workspace, "competence-action", s.planned, "2027-03-20", ATTEST_DUE_THIS_MONTH, "competence");
  assert_due (s.workspace, "competence-expiry", s.held, "2027-06-30", ATTEST_DUE_LATER, "competence");
  assert_due (s.workspace, "measurement", s.metric, "2027-03-01", ATTEST_DUE_OVERDUE, "metrics");
  assert_due (s.workspace, "process-run", s.process, "2027-06-01", ATTEST_DUE_LATER, "processes");
  assert_due (s.workspace, "audit", s.audit, "2027-03-10", ATTEST_DUE_OVERDUE, "audits");
  assert_due (s.workspace, "corrective-action", s.corrective, "2027-03-16", ATTEST_DUE_THIS_MONTH,
              "nonconformities");
  assert_due (s.workspace, "improvement", s.improvement, "2027-04-15", ATTEST_DUE_LATER, "improvements");
  assert_due (s.workspace, "objective", s.objective, "2027-12-31", ATTEST_DUE_LATER, "objectives");
  assert_due (s.workspace, "change", s.change, "2027-03-01", ATTEST_DUE_OVERDUE, "changes");
  assert_due (s.workspace, "communication", s.communication, "2027-03-20", ATTEST_DUE_THIS_MONTH, "communication");
  assert_due (s.workspace, "provider-review", s.provider, "2027-09-01", ATTEST_DUE_LATER, "providers");
  assert_due (s.workspace, "resource", s.resource, "2027-03-31", ATTEST_DUE_THIS_MONTH, "resources");

  /* The names are the records' display names. */
  {
    g_autoptr(GPtrArray) items = attest_due_collect (s.workspace, NULL);

    g_assert_cmpstr (find (items, "competence-expiry", s.held)->name, ==, "Ada Lovelace: Incident handling");
    g_assert_cmpstr (find (items, "risk-review", s.risk)->name, ==, "Stolen laptop");
    g_assert_cmpuint (items->len, ==, 18);
    /* No owner named: none said; a kind without owners has none. */
    g_assert_null (find (items, "treatment-action", s.action)->owner);
    g_assert_null (find (items, "competence-expiry", s.held)->owner);
    g_assert_cmpuint (attest_due_count (items, ATTEST_DUE_OVERDUE), ==, 5);
    g_assert_cmpuint (attest_due_count (items, ATTEST_DUE_THIS_MONTH), ==, 6);
    g_assert_cmpuint (attest_due_count (items, ATTEST_DUE_LATER), ==, 7);
  }

  /* Who owns a record is said with it, as its owner field names them. */
  g_object_set (s.action, "owner", "  Tom Okafor ", NULL);
  {
    g_autoptr(GPtrArray) items = attest_due_collect (s.workspace, NULL);

    g_assert_cmpstr (find (items, "treatment-action", s.action)->owner, ==, "Tom Okafor");
    g_assert_null (find (items, "risk-review", s.risk)->owner);
  }

  /* A measurement taken moves the next one on; a run recorded, the process's. */
  g_object_set (s.measurement, "date", "2027-03-12", NULL);
  assert_due (s.workspace, "measurement", s.metric, "2027-04-12", ATTEST_DUE_LATER, "metrics");
  /* Moved to today: due, not overdue. */
  g_object_set (s.risk, "review-date", "2027-03-15", NULL);
  assert_due (s.workspace, "risk-review", s.risk, "2027-03-15", ATTEST_DUE_THIS_MONTH, "risks");
  /* A process never run, a metric never measured: due today, each once. */
  assert_not_due (s.workspace, "process-first-run", s.process);
  assert_not_due (s.workspace, "first-measurement", s.metric);
  g_object_set (s.process, "last-run", "", NULL);
  assert_due (s.workspace, "process-first-run", s.process, "2027-03-15", ATTEST_DUE_THIS_MONTH, "processes");
  assert_not_due (s.workspace, "process-run", s.process);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (attest_workspace_remove (s.workspace, s.measurement, &error));
    g_assert_no_error (error);
  }
  assert_due (s.workspace, "first-measurement", s.metric, "2027-03-15", ATTEST_DUE_THIS_MONTH, "metrics");
  assert_not_due (s.workspace, "measurement", s.metric);
  g_object_set (s.metric, "measured-unit", ATTEST_CADENCE_WHEN_NEEDED, NULL);
  assert_not_due (s.workspace, "first-measurement", s.metric);
  sample_clear (&s);
}

static void
test_done (TestDir       *fixture,
           gconstpointer  data G_GNUC_UNUSED)
{
  Sample s = { NULL };

  sample_init (&s, fixture);
  g_object_set (s.action, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  assert_not_due (s.workspace, "treatment-action", s.action);
  g_object_set (s.entry, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  assert_not_due (s.workspace, "control-target", s.entry);
  g_object_set (s.planned, "status", ATTEST_QUALIFICATION_STATUS_HELD, "obtained-on", "2027-03-14", NULL);
  assert_not_due (s.workspace, "competence-action", s.planned);
  g_object_set (s.audit, "held-on", "2027-03-11", NULL);
  assert_not_due (s.workspace, "audit", s.audit);
  g_object_set (s.corrective, "done-on", "2027-03-14", NULL);
  assert_not_due (s.workspace, "corrective-action", s.corrective);
  g_object_set (s.improvement, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  assert_not_due (s.workspace, "improvement", s.improvement);
  g_object_set (s.objective, "status", ATTEST_OBJECTIVE_STATUS_ACHIEVED, NULL);
  assert_not_due (s.workspace, "objective", s.objective);
  g_object_set (s.change, "status", ATTEST_CHANGE_STATUS_CANCELLED, NULL);
  assert_not_due (s.workspace, "change", s.change);
  g_object_set (s.resource, "status", ATTEST_RESOURCE_STATUS_PROVIDED, NULL);
  assert_not_due (s.workspace, "resource", s.resource);

  /* An improvement only decided on is not due; a pending one neither. */
  g_object_set (s.improvement, "status", ATTEST_ACTION_STATUS_OPEN, "decision", ATTEST_IMPROVEMENT_DECISION_PENDING,
                NULL);
  assert_not_due (s.workspace, "improvement", s.improvement);

  /* Competence renewed: the old evidence's expiry is not due, the new one's is. */
  s.renewed = g_object_new (ATTEST_TYPE_QUALIFICATION, "person-id", attest_record_get_id (s.person),
                            "competence-id", attest_record_get_id (s.competence),
                            "status", ATTEST_QUALIFICATION_STATUS_HELD, "obtained-on", "2027-03-01",
                            "expires-on", "2029-03-01", NULL);
  add (s.workspace, s.renewed);
  assert_not_due (s.workspace, "competence-expiry", s.held);
  assert_due (s.workspace, "competence-expiry", s.renewed, "2029-03-01", ATTEST_DUE_LATER, "competence");
  /* Evidence that never expires ends the expiries of that competence. */
  g_object_set (s.renewed, "expires-on", "", NULL);
  assert_not_due (s.workspace, "competence-expiry", s.held);
  assert_not_due (s.workspace, "competence-expiry", s.renewed);

  /* A date taken away is nothing due. */
  g_object_set (s.risk, "review-date", "", NULL);
  assert_not_due (s.workspace, "risk-review", s.risk);
  sample_clear (&s);
}

static void
test_groups (void)
{
  /* Due today is not overdue; the month runs to its last day. */
  g_assert_cmpint (attest_due_group_of_day ("2027-03-14", "2027-03-15"), ==, ATTEST_DUE_OVERDUE);
  g_assert_cmpint (attest_due_group_of_day ("2026-03-31", "2027-03-15"), ==, ATTEST_DUE_OVERDUE);
  g_assert_cmpint (attest_due_group_of_day ("2027-03-15", "2027-03-15"), ==, ATTEST_DUE_THIS_MONTH);
  g_assert_cmpint (attest_due_group_of_day ("2027-03-31", "2027-03-15"), ==, ATTEST_DUE_THIS_MONTH);
  g_assert_cmpint (attest_due_group_of_day ("2027-04-01", "2027-03-15"), ==, ATTEST_DUE_LATER);
  g_assert_cmpint (attest_due_group_of_day ("2028-03-15", "2027-03-15"), ==, ATTEST_DUE_LATER);
  /* The first of a month: the day before is last month's and overdue. */
  g_assert_cmpint (attest_due_group_of_day ("2027-02-28", "2027-03-01"), ==, ATTEST_DUE_OVERDUE);
  g_assert_cmpint (attest_due_group_of_day ("2027-03-01", "2027-03-01"), ==, ATTEST_DUE_THIS_MONTH);
  /* The last day of the year. */
  g_assert_cmpint (attest_due_group_of_day ("2027-12-31", "2027-12-31"), ==, ATTEST_DUE_THIS_MONTH);
  g_assert_cmpint (attest_due_group_of_day ("2028-01-01", "2027-12-31"), ==, ATTEST_DUE_LATER);
  g_assert_cmpstr (attest_due_group_get_label (ATTEST_DUE_OVERDUE), ==, "Overdue");
  g_assert_cmpstr (attest_due_group_get_label (ATTEST_DUE_THIS_MONTH), ==, "This month");
  g_assert_cmpstr (attest_due_group_get_label (ATTEST_DUE_LATER), ==, "Later");
}

/* The clock decides today: the same workspace a day later has one more
 * thing overdue; a given today wins over the clock. */
static void
test_clock (TestDir       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  Sample s = { NULL };

  sample_init (&s, fixture);
  {
    g_autoptr(GPtrArray) before = attest_due_collect (s.workspace, NULL);
    g_autoptr(GPtrArray) after = NULL;
    g_autoptr(GPtrArray) given = attest_due_collect (s.workspace, "2027-04-02");

    at (2027, 3, 16);
    after = attest_due_collect (s.workspace, NULL);
    /* The policy's review on the 15th is overdue on the 16th. */
    g_assert_cmpuint (attest_due_count (after, ATTEST_DUE_OVERDUE), ==, attest_due_count (before, ATTEST_DUE_OVERDUE) + 1);
    /* In April, March's and the first of April's are overdue. */
    g_assert_cmpuint (attest_due_count (given, ATTEST_DUE_OVERDUE), ==, 12);
  }
  sample_clear (&s);
}

/* By day, then by name; each day as valid as a date field. */
static void
test_order (TestDir       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  Sample s = { NULL };
  g_autoptr(AttestRecord) fire = g_object_new (ATTEST_TYPE_RISK, "title", "Fire in the server room",
                                               "review-date", "2027-03-14", NULL);
  g_autoptr(GPtrArray) items = NULL;

  sample_init (&s, fixture);
  add (s.workspace, fire);
  items = attest_due_collect (s.workspace, NULL);
  g_assert_cmpuint (items->len, ==, 19);
  for (guint i = 0; i < items->len; i++)
    {
      AttestDueItem *item = g_ptr_array_index (items, i);

      g_assert_true (attest_date_is_valid (item->day));
      if (i > 0)
        {
          AttestDueItem *before = g_ptr_array_index (items, i - 1);
          int order = strcmp (before->day, item->day);

          g_assert_cmpint (order, <=, 0);
          if (order == 0)
            g_assert_cmpint (g_utf8_collate (before->name, item->name), <=, 0);
          g_assert_cmpint (before->group, <=, item->group);
        }
    }
  /* The two risks of the 14th: Fire before Stolen. */
  for (guint i = 0; i + 1 < items->len; i++)
    if (((AttestDueItem *) g_ptr_array_index (items, i))->record == fire)
      g_assert_true (((AttestDueItem *) g_ptr_array_index (items, i + 1))->record == s.risk);
  g_clear_object (&fire);
  sample_clear (&s);
}

/* UID → SUMMARY of every event of @path, read back with libical; checks
 * the calendar's own properties and each event's all-day date. */
static GHashTable *
read_calendar (const char *path,
               GPtrArray  *items)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  icalcomponent *calendar;
  icalcomponent *event;
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)), ==,
                   "-//Attest//Attest//EN");
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==,
                   "2.0");
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      const char *uid = icalcomponent_get_uid (event);
      g_autofree char *day = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);
      gboolean found = FALSE;

      g_assert_true (icaltime_is_date (start));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
      g_assert_false (g_hash_table_contains (events, uid));
      for (guint i = 0; i < items->len && !found; i++)
        {
          AttestDueItem *item = g_ptr_array_index (items, i);
          g_autofree char *expected = attest_ics_dup_uid (item->record_id, item->key);

          if (g_str_equal (expected, uid))
            {
              found = TRUE;
              g_assert_cmpstr (day, ==, item->day);
              g_assert_nonnull (strstr (icalcomponent_get_summary (event), item->name));
              g_assert_nonnull (strstr (icalcomponent_get_summary (event), item->what));
            }
        }
      g_assert_true (found);
      g_hash_table_insert (events, g_strdup (uid), g_strdup (icalcomponent_get_summary (event)));
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (g_hash_table_size (events), ==, items->len);
  return events;
}

static void
test_ics (TestDir       *fixture,
          gconstpointer  data G_GNUC_UNUSED)
{
  Sample s = { NULL };
  g_autofree char *first_path = test_dir_path (fixture, "first.ics");
  g_autofree char *second_path = test_dir_path (fixture, "second.ics");
  g_autofree char *uid = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) first = NULL;
  g_autoptr(GHashTable) second = NULL;
  GHashTableIter iter;
  gpointer key;

  sample_init (&s, fixture);
  {
    g_autoptr(GPtrArray) items = attest_due_collect (s.workspace, NULL);

    g_assert_true (attest_ics_export (s.workspace, first_path, ATTEST_OUTPUT_DEFAULT, &error));
    g_assert_no_error (error);
    first = read_calendar (first_path, items);
    g_assert_cmpuint (g_hash_table_size (first), ==, 18);
  }

  /* Renamed and moved: the same event, changed; the next export a day later. */
  g_object_set (s.risk, "title", "Laptop stolen from a car", "review-date", "2027-04-20", NULL);
  at (2027, 3, 16);
  {
    g_autoptr(GPtrArray) items = attest_due_collect (s.workspace, NULL);

    g_assert_true (attest_ics_export (s.workspace, second_path, ATTEST_OUTPUT_DEFAULT, &error));
    g_assert_no_error (error);
    second = read_calendar (second_path, items);
  }
  g_assert_cmpuint (g_hash_table_size (second), ==, g_hash_table_size (first));
  g_hash_table_iter_init (&iter, first);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (second, key));
  uid = attest_ics_dup_uid (attest_record_get_id (s.risk), "risk-review");
  g_assert_nonnull (strstr (g_hash_table_lookup (first, uid), "Stolen laptop"));
  g_assert_nonnull (strstr (g_hash_table_lookup (second, uid), "Laptop stolen from a car"));

  /* Never over the workspace itself. */
  g_assert_false (attest_ics_export (s.workspace, attest_workspace_get_path (s.workspace), ATTEST_OUTPUT_FORCE,
                                     &error));
  g_assert_nonnull (error);
  sample_clear (&s);
}

/* Text that needs escaping in iCalendar comes back as it was. */
static void
test_ics_text (TestDir       *fixture,
               gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "text.isms", "Acme; Sons, \"Ltd\"");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Comma, semicolon; backslash \\ and\nline",
                                               "review-date", "2027-05-01", "owner", "Ops; \"night\" shift", NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  at (2027, 3, 15);
  add (workspace, risk);
  items = attest_due_collect (workspace, NULL);
  text = attest_ics_dup_calendar (workspace, items);
  calendar = icalparser_parse_string (text);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  g_assert_nonnull (strstr (icalcomponent_get_summary (event), "Comma, semicolon; backslash \\ and\nline"));
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Acme; Sons, \"Ltd\""));
  /* Its owner too, read back by libical as written. */
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "owned by Ops; \"night\" shift"));
  icalcomponent_free (calendar);
  attest_workspace_close (workspace);
  attest_clock_reset ();
}

/* A management review planned is due on its day, an open action of one on
 * its due day; with none planned, the next is due twelve months after the
 * last held, listed from eleven months after it. The management review's
 * process says none of it again once reviews are recorded. */
static void
test_management_review (TestDir       *fixture,
                        gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "reviews.isms", "Acme");
  g_autoptr(AttestRecord) process = g_object_new (ATTEST_TYPE_PROCESS, "name", "Management review", "runs-every", 12,
                                                  "runs-unit", ATTEST_CADENCE_MONTHS, NULL);
  g_autoptr(AttestRecord) other = g_object_new (ATTEST_TYPE_PROCESS, "name", "Access review", "runs-every", 1,
                                                "runs-unit", ATTEST_CADENCE_YEARS, NULL);
  g_autoptr(AttestRecord) review = NULL;
  g_autoptr(AttestRecord) action = NULL;
  g_autoptr(AttestRecord) next = NULL;

  at (2027, 3, 15);
  add (workspace, process);
  add (workspace, other);
  /* No review recorded: the process is all there is to go by. */
  assert_due (workspace, "process-first-run", process, "2027-03-15", ATTEST_DUE_THIS_MONTH, "processes");

  review = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Review 2027", "planned-date", "2027-03-20", NULL);
  add (workspace, review);
  assert_due (workspace, "management-review", review, "2027-03-20", ATTEST_DUE_THIS_MONTH, "reviews");
  assert_not_due (workspace, "management-review-next", review);
  assert_not_due (workspace, "process-first-run", process);
  assert_due (workspace, "process-first-run", other, "2027-03-15", ATTEST_DUE_THIS_MONTH, "processes");
  g_object_set (process, "last-run", "2026-03-01", NULL);
  assert_not_due (workspace, "process-run", process);

  action = g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (review),
                         "title", "Buy a backup disk", "due-date", "2027-03-10", NULL);
  add (workspace, action);
  assert_due (workspace, "review-action", action, "2027-03-10", ATTEST_DUE_OVERDUE, "reviews");
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2027-03-14", NULL);
  assert_not_due (workspace, "review-action", action);

  /* Held: not due any more, and the next not yet. */
  g_object_set (review, "held-on", "2027-03-15", NULL);
  assert_not_due (workspace, "management-review", review);
  assert_not_due (workspace, "management-review-next", review);
  at (2028, 2, 14);
  assert_not_due (workspace, "management-review-next", review);
  at (2028, 2, 15);
  assert_due (workspace, "management-review-next", review, "2028-03-15", ATTEST_DUE_LATER, "reviews");
  at (2028, 3, 16);
  assert_due (workspace, "management-review-next", review, "2028-03-15", ATTEST_DUE_OVERDUE, "reviews");

  /* The next one planned: it is due, once, on its own day. */
  next = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Review 2028", "planned-date", "2028-03-30", NULL);
  add (workspace, next);
  assert_not_due (workspace, "management-review-next", review);
  assert_not_due (workspace, "management-review-next", next);
  assert_due (workspace, "management-review", next, "2028-03-30", ATTEST_DUE_THIS_MONTH, "reviews");
  {
    g_autoptr(GPtrArray) items = attest_due_collect (workspace, NULL);
    guint n_reviews = 0;

    for (guint i = 0; i < items->len; i++)
      n_reviews += g_str_equal (((AttestDueItem *) g_ptr_array_index (items, i))->page, "reviews");
    g_assert_cmpuint (n_reviews, ==, 1);
  }
  attest_workspace_close (workspace);
  attest_clock_reset ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/due/sources", test_sources);
  ADD ("/due/done", test_done);
  g_test_add_func ("/due/groups", test_groups);
  ADD ("/due/clock", test_clock);
  ADD ("/due/order", test_order);
  ADD ("/due/ics", test_ics);
  ADD ("/due/ics-text", test_ics_text);
  ADD ("/due/management-review", test_management_review);
#undef ADD

  return g_test_run ();
}
