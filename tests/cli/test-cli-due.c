/* test-cli-due.c: attest-cli due: the list grouped as the page groups it,
 * and --ics, read back with libical, its event ids the same from one
 * export to the next. The workspace is made with the core; the dates are
 * around the real today, as attest-cli knows no other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <sys/stat.h>

#include "attest.h"
#include "attest-test-util.h"
#include "cli-run.h"

#define cli(run, ...) cli_run_in (run, NULL, NULL, __VA_ARGS__)

/* Today moved by @days, as a date field holds it. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

typedef struct
{
  char *path;
  char *risk_id;
  char *yesterday, *today, *next_year;
} Dated;

static void
dated_clear (Dated *dated)
{
  g_free (dated->path);
  g_free (dated->risk_id);
  g_free (dated->yesterday);
  g_free (dated->today);
  g_free (dated->next_year);
}

static void
add (AttestWorkspace *workspace,
     AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
  g_object_unref (record);
}

/* A risk to reassess since yesterday, the policy to review today, a
 * document next year, and an action done, which is not due. */
static void
make_dated (TestDir *fixture,
            Dated   *dated)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  AttestRecord *risk;

  dated->path = test_dir_path (fixture, "dated.isms");
  dated->yesterday = day_from_today (-1);
  dated->today = day_from_today (0);
  dated->next_year = day_from_today (400);
  workspace = attest_workspace_create (dated->path, "Acme", &error);
  g_assert_no_error (error);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Stolen laptop", "review-date", dated->yesterday, "owner",
                       "Ada Lovelace", NULL);
  dated->risk_id = g_strdup (attest_record_get_id (risk));
  add (workspace, risk);
  add (workspace, g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", dated->risk_id, "title", "Encrypt disks",
                                "due-date", dated->yesterday, "status", ATTEST_ACTION_STATUS_DONE, NULL));
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY), "next-review", dated->today, NULL);
  add (workspace, g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "title", "Backup procedure", "next-review",
                                dated->next_year, NULL));
  attest_workspace_close (workspace);
}

static void
test_list (TestDir       *fixture,
           gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(Run) run = { 0 };
  Dated dated = { NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *this_month = NULL;
  g_autofree char *later = NULL;
  g_autofree char *today_after = NULL;

  make_dated (fixture, &dated);
  before = test_file_digest (dated.path);
  cli (&run, "due", dated.path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* A run that straddles midnight sees another today: nothing to say then. */
  today_after = day_from_today (0);
  if (g_strcmp0 (dated.today, today_after) != 0)
    {
      g_test_skip ("the day changed while the test ran");
      dated_clear (&dated);
      return;
    }
  /* The risk's owner after it; the policy names none. */
  overdue = g_strdup_printf ("Overdue (1):\n  %s  Reassessment of the risk: Stolen laptop (Ada Lovelace)\n\n",
                             dated.yesterday);
  this_month = g_strdup_printf ("This month (1):\n  %s  Review of the policy: Information security policy\n\n",
                                dated.today);
  later = g_strdup_printf ("Later (1):\n  %s  Review of the document: Backup procedure\n\n", dated.next_year);
  g_assert_nonnull (strstr (run.out, overdue));
  g_assert_nonnull (strstr (run.out, this_month));
  g_assert_nonnull (strstr (run.out, later));
  g_assert_true (strstr (run.out, overdue) < strstr (run.out, this_month));
  g_assert_true (strstr (run.out, this_month) < strstr (run.out, later));
  g_assert_null (strstr (run.out, "Encrypt disks"));
  g_assert_true (g_str_has_suffix (run.out, "3 things are due, 1 of them overdue.\n"));
  /* Only read. */
  after = test_file_digest (dated.path);
  g_assert_cmpstr (after, ==, before);
  dated_clear (&dated);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* UIDs of the events of @text, which has @n of them, all-day. */
static GPtrArray *
read_uids (const char *text,
           guint       n)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (calendar);
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)), ==,
                   "-//Attest//Attest//EN");
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_true (icaltime_is_date (icalcomponent_get_dtstart (event)));
      g_ptr_array_add (uids, g_strdup (icalcomponent_get_uid (event)));
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (uids->len, ==, n);
  g_ptr_array_sort (uids, compare_strings);
  return uids;
}

static void
test_ics (TestDir       *fixture,
          gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(Run) run = { 0 };
  Dated dated = { NULL };
  g_autofree char *ics = test_dir_path (fixture, "due.ics");
  g_autofree char *text = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  GStatBuf st;

  make_dated (fixture, &dated);
  cli (&run, "due", dated.path, "--ics", ics, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "3 things are due"));
  g_assert_cmpint (g_stat (ics, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (ics, &text, NULL, &error));
  first = read_uids (text, 3);
  uid = g_strdup_printf ("%s-risk-review@attest", dated.risk_id);
  g_assert_true (g_ptr_array_find_with_equal_func (first, uid, g_str_equal, NULL));

  /* Renamed and moved: the next export has the same events. */
  workspace = attest_workspace_open (dated.path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_object_set (attest_workspace_lookup (workspace, dated.risk_id), "title", "Laptop stolen", "review-date",
                dated.next_year, NULL);
  attest_workspace_close (workspace);
  /* To standard output: the calendar only. */
  cli (&run, "due", dated.path, "--ics", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (run.out, "Laptop stolen"));
  second = read_uids (run.out, 3);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (g_ptr_array_index (first, i), ==, g_ptr_array_index (second, i));

  /* Never over the workspace; never over another without --force. */
  cli (&run, "due", dated.path, "--ics", dated.path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "attest-cli: "));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  dated_clear (&dated);
}

static void
test_usage (TestDir       *fixture,
            gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(Run) run = { 0 };
  g_autofree char *empty = test_dir_path (fixture, "empty.isms");
  g_autofree char *missing = test_dir_path (fixture, "missing.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (empty, "Acme", &error);

  g_assert_no_error (error);
  attest_workspace_close (workspace);
  cli (&run, "due", empty, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Nothing has a date.\n");

  cli (&run, "due", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Missing arguments."));
  cli (&run, "due", empty, "--force", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--force goes with --ics."));
  cli (&run, "due", empty, "--ics", "", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "due", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "missing.isms"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);

  cli (&run, "--help", NULL);
  g_assert_nonnull (strstr (run.out, "  due "));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/cli/due/list", test_list);
  ADD ("/cli/due/ics", test_ics);
  ADD ("/cli/due/usage", test_usage);
#undef ADD

  return g_test_run ();
}
