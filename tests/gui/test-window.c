/* test-window.c: the window and the application, driven as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attest-application.h"
#include "attest-export.h"
#include "attest-gui-resources.h"
#include "attest-gui-test-util.h"
#include "widgets/attest-picker-row.h"
#include "widgets/attest-responsibility-matrix.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "pages/attest-organisation-page.h"
#include "pages/attest-readiness-page.h"
#include "attest-heatmap.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-heat-map.h"
#include "widgets/attest-process-map.h"
#include <poppler.h>

#include "attest-export.h"
#include "dialogs/attest-approve-dialog.h"
#include "dialogs/attest-record-editor.h"
#include "attest-i18n.h"
#include "pages/attest-method-page.h"
#include "widgets/attest-approval-bar.h"
#include "widgets/attest-risk-matrix.h"
#include "pages/attest-soa-page.h"
#include "pages/attest-due-page.h"
#include <libical/ical.h>
#include "widgets/attest-record-form.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"
#include "widgets/attest-level-editor.h"
#include "widgets/attest-scale-editor.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
assert_cell (AttestRecordTable *table,
             guint              row,
             guint              column,
             const char        *expected)
{
  g_autofree char *text = attest_record_table_dup_cell_text (table, row, column);

  g_assert_cmpstr (text, ==, expected);
}

static AttestWindow *
show_window (AttestWorkspace *workspace)
{
  return show_window_sized (workspace, 1000, 760);
}

static void
test_shows_workspace (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);

  /* It opens on the organisation. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Fernhill Analytics Ltd");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field_row (window, "Legal name"))), ==, "Fernhill Analytics Ltd");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field_row (window, "Sector"))), ==, "Data analytics services");
  screenshot (GTK_WIDGET (window), "organisation");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The sidebar follows the standard: Readiness above the groups of clauses,
 * each row with the clauses its page serves; Operation (8) points to the
 * risk pages of Planning. Found and chosen as a screen reader does. */
static void
test_sidebar_groups (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  GtkWidget *sidebar = named (window, "sidebar");
  GtkListBox *list = GTK_LIST_BOX (named (sidebar, "sidebar-list"));
  GtkStack *stack = GTK_STACK (named (window, "stack"));
  static const struct { const char *heading, *row, *clauses, *page; } expected[] = {
    { NULL, "Readiness", NULL, "readiness" },
    { NULL, "What is due", NULL, "due" },
    { "Context (4)", "Organisation", "4.1", "organisation" },
    { NULL, "Context", "4.1", "context" },
    { NULL, "Interested parties", "4.2", "parties" },
    { NULL, "Scope", "4.3", "scope" },
    { NULL, "Processes", "4.4", "processes" },
    { "Leadership (5)", "Leadership", "5.1", "commitments" },
    { NULL, "Policy", "5.2", "policy" },
    { NULL, "Roles", "5.3", "roles" },
    { NULL, "People", "5.3", "people" },
    { "Planning (6)", "Risk method", "6.1.2", "method" },
    { NULL, "Assets", "6.1.2", "assets" },
    { NULL, "Threats and vulnerabilities", "6.1.2", "threats" },
    { NULL, "Risks", "6.1.2", "risks" },
    { NULL, "Treatment plan", "6.1.3", "treatment" },
    { NULL, "Statement of Applicability", "6.1.3 d", "soa" },
    { NULL, "Objectives", "6.2", "objectives" },
    { NULL, "Planned changes", "6.3", "changes" },
    { "Support (7)", "Resources", "7.1", "resources" },
    { NULL, "Competence", "7.2", "competence" },
    { NULL, "Awareness", "7.3", "awareness" },
    { NULL, "Communication", "7.4", "communication" },
    { NULL, "Documents", "7.5", "documents" },
    { "Operation (8)", "Operational control", "8.1", "processes" },
    { NULL, "External providers", "8.1", "providers" },
    { NULL, "Risk assessments", "8.2", "risks" },
    { NULL, "Risk treatment", "8.3", "treatment" },
    { "Performance evaluation (9)", "Metrics", "9.1", "metrics" },
    { NULL, "Internal audit", "9.2", "audits" },
    { NULL, "Audit coverage", "9.2", "audit-coverage" },
    { NULL, "Management review", "9.3", "reviews" },
    { "Improvement (10)", "Improvements", "10.1", "improvements" },
    { NULL, "Nonconformities", "10.2", "nonconformities" },
  };
  GtkListBoxRow *row;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *header;

      row = gtk_list_box_get_row_at_index (list, (int) i);
      g_assert_nonnull (row);
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                         expected[i].row));
      if (expected[i].clauses != NULL)
        {
          g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                             expected[i].clauses));
          g_assert_nonnull (find_labelled (GTK_WIDGET (row), expected[i].clauses));
        }
      header = gtk_list_box_row_get_header (row);
      if (expected[i].heading != NULL)
        g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, expected[i].heading);
      else
        g_assert_null (header);
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, G_N_ELEMENTS (expected)));

  /* The window opens on the organisation, its row selected. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "organisation");
  g_assert_true (gtk_list_box_get_selected_row (list) == GTK_LIST_BOX_ROW (accessible (sidebar, GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                                                                       "Organisation")));
  /* Operation's row shows the risk register, and stays the row selected. */
  row = GTK_LIST_BOX_ROW (accessible (sidebar, GTK_ACCESSIBLE_ROLE_LIST_ITEM, "Risk assessments"));
  gtk_list_box_select_row (list, row);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "risks");
  g_assert_true (gtk_list_box_get_selected_row (list) == row);
  /* Another way to the risk register (a link, readiness): Planning's row. */
  attest_window_show_page (window, "treatment");
  attest_window_show_page (window, "risks");
  g_assert_true (gtk_list_box_get_selected_row (list) == GTK_LIST_BOX_ROW (accessible (sidebar, GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                                                                       "Risks")));
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "sidebar-groups");
  close_window_and_workspace (window, &workspace);
}

/* What is due: the count of what is overdue on its sidebar row from the
 * start, kept as the workspace changes; the page's groups; a row takes the
 * user to its record; Export Calendar… writes what the page lists, read
 * back with libical. */
static gboolean
has_description (GtkWidget  *widget,
                 const char *description)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  return wrong == NULL;
}

/* The row of @list a screen reader reads as @label. */
static GtkWidget *
row_read_as (GtkWidget  *list,
             const char *label)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
    {
      g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                   label);

      if (wrong == NULL)
        return GTK_WIDGET (row);
    }
  return NULL;
}

static void
wait_closed (const char *name)
{
  wait_until (toplevel_named (name) == NULL);
}

/* Exported files are named after the organisation, and a "/" in its name
 * does not make a folder of it. */
static void
test_export_file_names (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autofree char *name = attest_export_dup_organisation (workspace);

  g_assert_cmpstr (name, ==, "Fernhill Analytics Ltd");
  g_clear_pointer (&name, g_free);
  g_object_set (org, "name", " Smith/Jones LLP ", NULL);
  name = attest_export_dup_organisation (workspace);
  g_assert_cmpstr (name, ==, "Smith-Jones LLP");
  g_clear_pointer (&name, g_free);
  g_object_set (org, "name", "", NULL);
  name = attest_export_dup_organisation (workspace);
  g_assert_cmpstr (name, ==, "ISMS");
  attest_workspace_close (workspace);
}

static void
test_due_page (TestDir       *fixture,
               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *ics = test_dir_path (fixture, "due.ics");
  g_autofree char *other = test_dir_path (fixture, "other.isms");
  g_autofree char *other_digest = NULL;
  g_autofree char *yesterday = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  g_autofree char *reads = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) before = g_date_time_add_days (now, -1);
  AttestWindow *window;
  GtkWidget *sidebar, *row, *page, *list;
  GtkStack *stack;
  icalcomponent *calendar;
  guint overdue, events = 0;

  /* A risk whose reassessment was due yesterday, among the demo's dates. */
  yesterday = g_date_time_format (before, "%Y-%m-%d");
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Laptop left on a train", "review-date", yesterday,
                       "owner", "Tom Okafor", NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_no_error (error);
  items = attest_due_collect (workspace, NULL);
  overdue = attest_due_count (items, ATTEST_DUE_OVERDUE);
  g_assert_cmpuint (overdue, >=, 1);

  window = show_window (workspace);
  sidebar = named (window, "sidebar");
  stack = GTK_STACK (named (window, "stack"));
  /* The count is there before the page is ever shown. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "organisation");
  row = accessible (sidebar, GTK_ACCESSIBLE_ROLE_LIST_ITEM, "What is due");
  description = g_strdup_printf ("%u overdue", overdue);
  count = g_strdup_printf ("%u", overdue);
  wait_until (has_description (row, description));
  g_assert_true (gtk_widget_get_visible (find_labelled (row, count)));

  /* Chosen in the sidebar: the overdue first, the risk among them, red. */
  gtk_list_box_select_row (GTK_LIST_BOX (named (sidebar, "sidebar-list")), GTK_LIST_BOX_ROW (row));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "due");
  page = named (window, "due-page");
  list = named (page, "due-overdue-list");
  wait_for_frame (window);
  {
    g_autofree char *heading = g_strdup_printf ("Overdue (%u)", overdue);

    g_assert_nonnull (find_labelled (page, heading));
  }
  g_assert_true (gtk_widget_get_visible (named (page, "due-later-list")));
  /* Later's rows under their months: a heading where the month changes. */
  {
    GtkListBox *later = GTK_LIST_BOX (named (page, "due-later-list"));
    guint months = 0;

    for (int i = 0; gtk_list_box_get_row_at_index (later, i) != NULL; i++)
      {
        GtkListBoxRow *at = gtk_list_box_get_row_at_index (later, i);
        GtkListBoxRow *before = i > 0 ? gtk_list_box_get_row_at_index (later, i - 1) : NULL;
        const char *day = g_object_get_data (G_OBJECT (at), "day");
        gboolean new_month = before == NULL || strncmp (day, g_object_get_data (G_OBJECT (before), "day"), 7) != 0;
        GtkWidget *header = gtk_list_box_row_get_header (at);

        g_assert_true ((header != NULL) == new_month);
        if (header != NULL)
          {
            g_autoptr(GDateTime) date = attest_stored_date_parse (day);
            g_autofree char *month = attest_i18n_format_month (date);

            g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, month);
            months++;
          }
      }
    g_assert_cmpuint (months, >, 1);
  }
  screenshot (page, "due-page-later-months");
  {
    g_autofree char *day = attest_i18n_format_stored_date (yesterday);

    reads = g_strdup_printf ("Laptop left on a train: Reassessment of the risk, owned by Tom Okafor, %s", day);
  }
  row = row_read_as (list, reads);
  g_assert_nonnull (row);
  /* Who owns it, under what is due. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Reassessment of the risk · Tom Okafor");
  screenshot (GTK_WIDGET (window), "due-page");

  /* The row takes the user to the risk, selected in the register. */
  gtk_widget_activate (row);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "risks") == 0);
  {
    AttestRegister *reg = ATTEST_REGISTER (named (window, "risks-register"));

    wait_until (attest_record_table_get_selected (attest_register_get_table (reg)) == risk);
    /* With the keyboard on its row, not in the matrix above. */
    wait_until (gtk_window_get_focus (GTK_WINDOW (window)) != NULL
                && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_WIDGET (reg)));
  }

  /* Reassessed: one thing less overdue, on the sidebar at once. */
  g_object_set (risk, "review-date", "", NULL);
  g_free (description);
  description = g_strdup_printf ("%u overdue", overdue - 1);
  row = accessible (sidebar, GTK_ACCESSIBLE_ROLE_LIST_ITEM, "What is due");
  wait_until (has_description (row, description));
  attest_window_show_page (window, "due");
  wait_until (find_labelled (page, "Laptop left on a train") == NULL);

  /* Export Calendar… writes what is due, an event a thing. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = attest_due_collect (workspace, NULL);
  attest_due_page_set_export_path_for_testing (ics);
  click (find_button (page, "Export _Calendar…"));
  wait_until (find_labelled (GTK_WIDGET (window), "Exported the calendar as “due.ics”") != NULL);
  g_assert_true (g_file_get_contents (ics, &text, NULL, &error));
  g_assert_no_error (error);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      AttestDueItem *item = g_ptr_array_index (items, events);

      /* In the page's order, with the same days. */
      uid = attest_ics_dup_uid (item->record_id, item->key);
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
      g_clear_pointer (&uid, g_free);
      g_assert_cmpint (icalcomponent_get_dtstart (event).day, ==, g_ascii_strtoll (item->day + 8, NULL, 10));
      events++;
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (events, ==, items->len);

  /* Over a workspace: asked first; Cancel keeps it, Replace writes the calendar. */
  {
    g_autoptr(AttestWorkspace) made = attest_workspace_create (other, "Other Ltd", &error);

    g_assert_no_error (error);
  }
  other_digest = test_file_digest (other);
  attest_due_page_set_export_path_for_testing (other);
  click (find_button (page, "Export _Calendar…"));
  {
    GtkWindow *dialog;

    wait_until ((dialog = toplevel_named ("replace-workspace")) != NULL);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "the calendar of what is due"));
    g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Cancel"));
    wait_closed ("replace-workspace");
    {
      g_autofree char *digest = test_file_digest (other);

      g_assert_cmpstr (digest, ==, other_digest);
    }
    attest_due_page_set_export_path_for_testing (other);
    click (find_button (page, "Export _Calendar…"));
    wait_until ((dialog = toplevel_named ("replace-workspace")) != NULL);
    g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Replace"));
    wait_closed ("replace-workspace");
  }
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (other, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  close_window_and_workspace (window, &workspace);
}

/* The context page lists the issues, follows the workspace, and sorts by a
 * column. */
static void
test_context_page (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  AttestRecordTable *table;

  attest_window_show_page (window, "context");
  table = attest_register_get_table (ATTEST_REGISTER (named (window, "issues-register")));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 12);
  assert_cell (table, 0, 0, "Data protection law for client data");
  assert_cell (table, 0, 1, "External");
  assert_cell (table, 0, 2, "Legal");
  assert_cell (table, 7, 2, "Climate change");
  screenshot (GTK_WIDGET (window), "context");

  /* The table follows the workspace. */
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                                  "title", "Mergers & <b>acquisitions</b>",
                                                  "origin", ATTEST_ISSUE_ORIGIN_INTERNAL,
                                                  "category", ATTEST_ISSUE_CATEGORY_GOVERNANCE,
                                                  NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (attest_workspace_add (workspace, issue, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 13);
    /* User text is shown as typed, never as markup. */
    assert_cell (table, 12, 0, "Mergers & <b>acquisitions</b>");
    assert_cell (table, 12, 2, "Governance");
    g_object_set (issue, "title", "Mergers and acquisitions", NULL);
    assert_cell (table, 12, 0, "Mergers and acquisitions");
    g_assert_true (attest_workspace_remove (workspace, issue, &error));
    g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 12);
  }

  /* A click on a header sorts by that column. */
  {
    g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
      {
        g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);
        g_ptr_array_add (titles, g_strdup (attest_record_get_string (issue, "title")));
      }
    g_ptr_array_sort (titles, compare_strings);
    attest_record_table_sort_by (table, 0, GTK_SORT_ASCENDING);
    for (guint i = 0; i < titles->len; i++)
      assert_cell (table, i, 0, g_ptr_array_index (titles, i));
    attest_record_table_sort_by (table, 0, GTK_SORT_DESCENDING);
    assert_cell (table, 0, 0, g_ptr_array_index (titles, titles->len - 1));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The interested parties page lists the parties and their requirements. */
static void
test_parties_page (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestRecordTable *table;

  attest_window_show_page (window, "parties");
  table = attest_register_get_table (ATTEST_REGISTER (named (window, "parties-register")));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 11);
  assert_cell (table, 0, 0, "Clients");
  assert_cell (table, 0, 1, "Customer");
  table = attest_register_get_table (ATTEST_REGISTER (named (window, "requirements-register")));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 18);
  assert_cell (table, 0, 1, "Clients");
  assert_cell (table, 0, 2, "Contractual");
  assert_cell (table, 0, 3, "Yes");
  assert_cell (table, 2, 4, "Yes");
  screenshot (GTK_WIDGET (window), "parties");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The scope page shows the statement above the parts of the scope. */
static void
test_scope_page (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestRecordTable *table;

  attest_window_show_page (window, "scope");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (window, "scope-statement-label"))),
                                   "The information security management system of Fernhill"));
  table = attest_register_get_table (ATTEST_REGISTER (named (window, "scope-register")));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 15);
  assert_cell (table, 10, 0, "Exclusion");
  assert_cell (table, 10, 1, "Visitors' guest Wi-Fi");
  screenshot (GTK_WIDGET (window), "scope");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Organisation page shows the organisation's form, the same as the
 * guided setup's first step: every field of it, and its problems beside
 * their fields, following the user's corrections. */
static void
test_organisation_page (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char * const *fields = attest_record_form_get_fields ("organisation");
  AttestRecordForm *form;
  GtkWidget *target, *name;

  attest_window_show_page (window, "organisation");
  form = ATTEST_RECORD_FORM (attest_organisation_page_get_form (ATTEST_ORGANISATION_PAGE (named (window, "organisation-page"))));
  g_assert_nonnull (form);
  g_assert_true (attest_record_form_get_record (form) == org);
  for (guint i = 0; fields[i] != NULL; i++)
    g_assert_true (gtk_widget_is_drawable (attest_record_form_get_row (form, fields[i])));
  /* The setup's field the old page lacked. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field_row (window, "Other locations"))), ==,
                   "Home working");

  /* The demo's organisation is complete: no problem shows. */
  for (guint i = 0; fields[i] != NULL; i++)
    g_assert_null (attest_record_form_get_problem (form, fields[i]));

  /* A date that is not one, and a required field emptied, say so beside
   * their fields; corrected, they no longer do. */
  target = field_row (window, "Certification target date");
  name = field_row (window, "Legal name");
  gtk_editable_set_text (GTK_EDITABLE (target), "next spring");
  wait_until (attest_record_form_get_problem (form, "certification-target") != NULL);
  g_assert_true (gtk_widget_has_css_class (target, "error"));
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  wait_until (attest_record_form_get_problem (form, "name") != NULL);
  screenshot (GTK_WIDGET (window), "organisation-problems");
  gtk_editable_set_text (GTK_EDITABLE (target), "2027-03-01");
  gtk_editable_set_text (GTK_EDITABLE (name), "Fernhill Analytics Limited");
  wait_until (attest_record_form_get_problem (form, "certification-target") == NULL
              && attest_record_form_get_problem (form, "name") == NULL);
  /* Who leads and runs the ISMS are roles now, not typed here. */
  g_assert_null (attest_record_form_get_row (form, "top-management"));
  g_assert_null (attest_record_form_get_row (form, "isms-manager"));
  g_assert_false (gtk_widget_has_css_class (target, "error"));
  g_assert_cmpstr (attest_record_get_string (org, "certification-target"), ==, "2027-03-01");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A page fills itself the first time it is chosen, and not before: opening
 * a large workspace costs only the page the user looks at. Chosen in a
 * window not on screen yet (or a narrow one showing the sidebar), it is
 * filled all the same. */
static void
test_pages_filled_when_chosen (TestDir       *fixture,
                               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = attest_window_new (NULL, workspace);
  const struct { const char *page, *reg; } pages[] = {
    { "context", "issues-register" }, { "parties", "requirements-register" }, { "scope", "scope-register" },
    { "assets", "assets-register" }, { "threats", "vulnerabilities-register" }, { "risks", "risks-register" },
    { "treatment", "actions-register" }, { "documents", "documents-register" }, { "soa", "soa-table" },
    { "method", "risk-matrix" },
  };

  g_object_ref_sink (window);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (find_named (GTK_WIDGET (window), pages[i].reg));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      attest_window_show_page (window, pages[i].page);
      g_assert_nonnull (find_named (GTK_WIDGET (window), pages[i].reg));
      /* The others are still to be filled. */
      for (guint j = i + 1; j < G_N_ELEMENTS (pages); j++)
        g_assert_null (find_named (GTK_WIDGET (window), pages[j].reg));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

static void
test_autosave_typing (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GtkEditable *name_row = GTK_EDITABLE (field_row (window, "Legal name"));
  GtkEditable *sector_row = GTK_EDITABLE (field_row (window, "Sector"));
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  /* Typing: nothing is written until typing pauses, then one history row. */
  gtk_editable_set_text (name_row, "Fernhill");
  gtk_editable_set_text (name_row, "Fernhill Analytics");
  gtk_editable_set_text (name_row, "Fernhill Analytics Group Ltd");
  g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Fernhill Analytics Ltd");
  wait_until (g_strcmp0 (attest_record_get_string (org, "name"), "Fernhill Analytics Group Ltd") == 0);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Fernhill Analytics Group Ltd");

  /* Closing the window right after typing still saves it. */
  gtk_widget_grab_focus (GTK_WIDGET (sector_row));
  gtk_editable_set_text (sector_row, "Data & analytics services");
  gtk_window_close (GTK_WINDOW (window));
  test_settle ();
  g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "Data & analytics services");
  g_clear_object (&workspace);

  /* And it is in the file. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Fernhill Analytics Group Ltd");
  g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "Data & analytics services");
}

static void
test_read_only (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  g_autofree char *before = NULL;
  AttestWindow *window;
  GtkEditable *name_row;
  g_autoptr(GError) error = NULL;

  g_clear_object (&workspace);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  before = test_file_digest (path);
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  window = show_window (workspace);

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (named (window, "read-only-revealer"))));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "read-only-label"))), "read-only"));
  name_row = GTK_EDITABLE (field_row (window, "Legal name"));
  g_assert_false (gtk_editable_get_editable (name_row));
  screenshot (GTK_WIDGET (window), "read-only");
  close_window_and_workspace (window, &workspace);

  {
    g_autofree char *after = test_file_digest (path);
    g_assert_cmpstr (before, ==, after);
  }
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* A workspace others may read says so, and "Make Private" makes it 0600. */
static void
test_readable_by_others (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window;
  GtkRevealer *revealer;
  g_autoptr(GError) error = NULL;

  /* A private file shows no banner. */
  window = show_window (workspace);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (named (window, "private-revealer"))));
  close_window_and_workspace (window, &workspace);

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  window = show_window (workspace);
  revealer = GTK_REVEALER (named (window, "private-revealer"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "private-label"))), "0644"));
  screenshot (GTK_WIDGET (window), "readable-by-others");

  g_assert_true (click_labelled (GTK_WIDGET (window), "Make Private"));
  while (file_mode (path) != 0600)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  close_window_and_workspace (window, &workspace);
}

static void
test_save_copy (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *copy = test_dir_path (fixture, "copy.isms");
  AttestWindow *window = show_window (workspace);
  g_autoptr(AttestWorkspace) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_window_save_copy (window, copy, 0, &error));
  g_assert_no_error (error);
  reopened = attest_workspace_open (copy, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (reopened, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 12);
  screenshot (GTK_WIDGET (window), "saved-copy");

  g_assert_false (attest_window_save_copy (window, attest_workspace_get_path (workspace), ATTEST_OUTPUT_FORCE, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_SAME_FILE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clicks a dialog's button, as a user would. */
static void
test_narrow_window (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = attest_window_new (NULL, workspace);
  AdwLeaflet *leaflet;
  GtkWidget *back;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  present_and_wait (window);

  /* Narrow: the sections and the page take turns. */
  leaflet = ADW_LEAFLET (named (window, "leaflet"));
  back = named (window, "back-button");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (back));
  screenshot (GTK_WIDGET (window), "narrow-sections");

  show_section (window, "parties", "narrow-page");
  g_assert_true (gtk_widget_get_visible (back));

  click (back);
  wait_until (adw_leaflet_get_visible_child (leaflet) != named (window, "stack"));
  g_assert_false (gtk_widget_get_visible (back));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_editable_row (GtkWidget  *root,
                   const char *field)
{
  return find_named (root, field);
}

static void
test_registers (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  AttestRegister *reg;
  AttestRecordTable *table;
  GtkWindow *editor;
  GListModel *shown;

  attest_window_show_page (window, "context");
  reg = ATTEST_REGISTER (named (window, "issues-register"));
  table = attest_register_get_table (reg);
  shown = attest_record_table_get_model (table);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 12);

  /* Search looks in every column, ignoring case; the filter by category. */
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (reg), "search")), "FLOOD");
  /* The search runs once typing pauses. */
  wait_until (g_list_model_get_n_items (shown) == 2);
  screenshot (GTK_WIDGET (window), "register-search");
  attest_register_set_search (reg, NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_named (GTK_WIDGET (reg), "filter")), 1 + ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
  assert_cell (table, 0, 2, "Technological");
  attest_register_set_filter (reg, -1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 12);

  /* Add: the editor refuses an issue without its title and effect. */
  click (find_named (GTK_WIDGET (reg), "add"));
  editor = NULL;
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_WINDOW (l->data) && l->data != (gpointer) window)
      editor = l->data;
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Issue");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 12);
  screenshot (GTK_WIDGET (editor), "register-editor-refused");
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")), "Supplier insolvency");
  type_text (find_editable_row (GTK_WIDGET (editor), "effect"), "Hosting could stop at short notice.");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 13);

  /* Edit: activating a row opens its editor; changes save as typed. */
  attest_record_table_sort_by (table, 0, GTK_SORT_ASCENDING);
  attest_record_table_select (table, 0);
  {
    AttestRecord *first = attest_record_table_get_selected (table);

    g_assert_nonnull (first);
    editor = attest_register_edit (reg, first);
    type_text (find_editable_row (GTK_WIDGET (editor), "treatment"), "Reviewed every quarter.");
      g_assert_cmpstr (attest_record_get_string (first, "treatment"), ==, "Reviewed every quarter.");
    click (find_named (GTK_WIDGET (editor), "editor-save"));
  }

  /* Delete with Undo. */
  {
    g_autoptr(AttestRecord) victim = g_object_ref (attest_record_table_get_selected (table));

    g_assert_true (attest_register_delete_selected (reg));
    g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 12);
    g_assert_null (attest_workspace_lookup (workspace, attest_record_get_id (victim)));
    screenshot (GTK_WIDGET (window), "register-deleted");
    g_assert_true (click_labelled (GTK_WIDGET (window), "_Undo"));
    g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 13);
    g_assert_true (attest_workspace_lookup (workspace, attest_record_get_id (victim)) == victim);
  }

  /* A requirement is added for a party chosen by name. */
  attest_window_show_page (window, "parties");
  reg = ATTEST_REGISTER (named (window, "requirements-register"));
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "party-id")), 3);
  type_text (find_editable_row (GTK_WIDGET (editor), "text"), "Annual security attestation");
  screenshot (GTK_WIDGET (editor), "register-new-requirement");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 13);
  {
    GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
    g_autoptr(AttestRecord) last = g_list_model_get_item (requirements, g_list_model_get_n_items (requirements) - 1);
    g_autoptr(AttestRecord) party = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY), 3);

    g_assert_cmpstr (attest_record_get_string (last, "text"), ==, "Annual security attestation");
    g_assert_cmpstr (attest_record_get_string (last, "party-id"), ==, attest_record_get_id (party));
  }
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row);
  return n;
}

static GtkWindow *
editor_of (AttestWindow *window)
{
  GtkWindow *editor = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_WINDOW (l->data) && l->data != (gpointer) window && gtk_widget_get_visible (l->data))
      editor = l->data;
  return editor;
}

static GtkWindow *
visible_message_dialog (void)
{
  GtkWindow *dialog = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  return dialog;
}

/* The risk pages: assets rated on the method's impact scale, risks with
 * their computed levels and problems, a new risk assessed with the scales'
 * names, an optional threat, and the file holding it all. */
static void
test_risk_register (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  /* As wide as the screen: at 1000 pixels, narrower than the default, the
   * Decision column looked at on screen below is hidden. */
  AttestWindow *window = show_window_sized (workspace, 1280, 900);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  guint n_risks = g_list_model_get_n_items (risks);
  AttestRegister *reg;
  AttestRecordTable *table;
  GtkWindow *editor;
  GListModel *shown;
  GtkWidget *row;

  /* Assets: the value columns use the impact scale's names. */
  attest_window_show_page (window, "assets");
  wait_for_frame (window);
  reg = ATTEST_REGISTER (named (window, "assets-register"));
  table = attest_register_get_table (reg);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==,
                    g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET)));
  {
    g_autoptr(AttestRecord) first = g_list_model_get_item (attest_record_table_get_model (table), 0);
    int value = attest_record_get_int (first, "confidentiality");
    AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
    g_autofree char *expected = g_strdup_printf ("%d · %s", value, attest_record_get_strv (method, "impact-scale")[value - 1]);

    g_assert_cmpint (value, >, 0);
    assert_cell (table, 0, 3, expected);
  }
  screenshot (GTK_WIDGET (window), "assets-page");

  attest_window_show_page (window, "threats");
  wait_for_frame (window);
  {
    GListModel *threats = attest_workspace_get_records (workspace, ATTEST_TYPE_THREAT);
    guint before = g_list_model_get_n_items (threats), n_usual;

    attest_suggestion_get_threats (&n_usual);
    click_named (window, "add-usual-threats");
    g_assert_cmpuint (g_list_model_get_n_items (threats), >, before);
    g_assert_cmpuint (g_list_model_get_n_items (threats), <=, before + n_usual);
    g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (
                        ATTEST_REGISTER (named (window, "threats-register"))))), ==, g_list_model_get_n_items (threats));
    g_assert_nonnull (named (window, "vulnerabilities-register"));
    screenshot (GTK_WIDGET (window), "threats-page");
  }

  attest_window_show_page (window, "risks");
  wait_for_frame (window);
  reg = ATTEST_REGISTER (named (window, "risks-register"));
  table = attest_register_get_table (reg);
  shown = attest_record_table_get_model (table);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
  screenshot (GTK_WIDGET (window), "risks-page");

  /* Clicking a heat map cell shows only the risks in it; clicking it again
   * or "Show All Risks" shows all again. */
  {
    GtkWidget *map = named (window, "heat-map-inherent");
    int width = gtk_widget_get_width (map), height = gtk_widget_get_height (map);
    guint n_likelihood, n_impact, best = 0, expected = 0;
    g_autoptr(GArray) counts = attest_risks_heat_counts (workspace, FALSE, &n_likelihood, &n_impact);
    int want_likelihood = 0, want_impact = 0, likelihood, impact;
    double x = -1, y = -1;

    for (guint k = 0; k < counts->len; k++)
      if (g_array_index (counts, guint, k) > best)
        {
          best = expected = g_array_index (counts, guint, k);
          want_likelihood = k / n_impact + 1;
          want_impact = k % n_impact + 1;
        }
    g_assert_cmpuint (expected, >, 0);
    for (int py = 0; py < height && x < 0; py += 4)
      for (int px = 0; px < width && x < 0; px += 4)
        if (attest_heatmap_cell_at (workspace, width, height, px, py, &likelihood, &impact)
            && likelihood == want_likelihood && impact == want_impact)
          x = px + 6, y = py + 6;
    g_assert_cmpfloat (x, >=, 0);
    g_assert_true (attest_heat_map_click (ATTEST_HEAT_MAP (map), x, y));
    test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    g_assert_true (gtk_widget_get_visible (named (window, "heat-note")));
    screenshot (GTK_WIDGET (window), "risks-heat-map-filter");
    g_assert_true (attest_heat_map_click (ATTEST_HEAT_MAP (map), x, y));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
    g_assert_false (gtk_widget_get_visible (named (window, "heat-note")));
    g_assert_true (attest_heat_map_click (ATTEST_HEAT_MAP (map), x, y));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    click_named (window, "show-all-risks");
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
  }

  /* Filters by level, owner and problems, each counted against the core,
   * and together: the register shows what all of them let through. */
  {
    AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
    const char *high = attest_record_get_strv (method, "levels")[2];
    g_autoptr(AttestRecord) first = g_list_model_get_item (risks, 0);
    g_autofree char *owner = g_strdup (attest_record_get_string (first, "owner"));
    guint n_high = 0, n_owner = 0, n_problems = 0, n_all = 0;

    for (guint i = 0; i < n_risks; i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
        g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);
        gboolean is_high = attest_risk_level (workspace, risk, FALSE) == 2;
        gboolean owned = g_strcmp0 (attest_record_get_string (risk, "owner"), owner) == 0;

        n_high += is_high;
        n_owner += owned;
        n_problems += findings->len > 0;
        n_all += is_high && owned && findings->len > 0;
      }
    g_assert_cmpstr (owner, !=, "");
    g_assert_cmpuint (n_high, >, 0);
    g_assert_cmpuint (n_owner, <, n_risks);

    g_assert_true (attest_register_choose (reg, "level-filter", high));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_high);
    g_assert_true (attest_register_choose (reg, "level-filter", NULL));
    g_assert_true (attest_register_choose (reg, "owner-filter", owner));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_owner);
    g_assert_false (attest_register_choose (reg, "owner-filter", "Nobody of that name"));
    g_assert_true (attest_register_choose (reg, "owner-filter", NULL));
    g_assert_true (attest_register_choose (reg, "problem-filter", "With problems"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_problems);
    g_assert_true (attest_register_choose (reg, "problem-filter", "Without problems"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks - n_problems);
    g_assert_true (attest_register_choose (reg, "problem-filter", "With problems"));
    g_assert_true (attest_register_choose (reg, "owner-filter", owner));
    g_assert_true (attest_register_choose (reg, "level-filter", high));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
    if (n_all == 0)   /* the table says why it is empty */
      g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (reg), "empty-text"))),
                                       "Nothing here matches"));
    screenshot (GTK_WIDGET (window), "risks-filters");

    /* Renaming the level keeps it chosen under its new name. */
    g_object_set (method, "levels", (const char *[]) { "Low", "Medium", "Serious", "Critical", NULL }, NULL);
    test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
    g_object_set (method, "levels", (const char *[]) { "Low", "Medium", "High", "Critical", NULL }, NULL);
    for (const char * const *f = (const char * const[]) { "level-filter", "owner-filter", "problem-filter", NULL }; *f; f++)
      g_assert_true (attest_register_choose (reg, *f, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);

    /* Sorting by level follows the levels' rank, not their names. */
    attest_record_table_sort_by (table, 2, GTK_SORT_DESCENDING);
    {
      GListModel *sorted = G_LIST_MODEL (attest_record_table_get_selection (table));

      for (guint i = 1; i < g_list_model_get_n_items (sorted); i++)
        {
          g_autoptr(AttestRecord) before = g_list_model_get_item (sorted, i - 1);
          g_autoptr(AttestRecord) after = g_list_model_get_item (sorted, i);

          g_assert_cmpint (attest_risk_level (workspace, before, FALSE), >=, attest_risk_level (workspace, after, FALSE));
        }
      {
        g_autoptr(AttestRecord) top = g_list_model_get_item (sorted, 0);
        g_autoptr(AttestRecord) bottom = g_list_model_get_item (sorted, g_list_model_get_n_items (sorted) - 1);

        /* By name, "Medium" would come first and "High" last. */
        g_assert_cmpint (attest_risk_level (workspace, top, FALSE), ==, 2);
        g_assert_cmpint (attest_risk_level (workspace, bottom, FALSE), ==, 0);
      }
    }
    attest_record_table_sort_by (table, 0, GTK_SORT_ASCENDING);
  }

  /* A new risk: refused without a title; assessed 4 by 4 on the 5 x 5
   * product method it is High, untreated it has problems. */
  click (find_named (GTK_WIDGET (reg), "add"));
  editor = editor_of (window);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Risk");
  row = find_editable_row (GTK_WIDGET (editor), "threat-id");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  row = find_editable_row (GTK_WIDGET (editor), "likelihood");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), ==, 6);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "impact")), 4);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "vulnerability-id")), 2);
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")), "Laptop stolen from a car");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")));
  screenshot (GTK_WIDGET (editor), "risk-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks + 1);

  attest_register_set_search (reg, "laptop stolen");
  wait_until (g_list_model_get_n_items (shown) == 1);
  assert_cell (table, 0, 2, "High");
  assert_cell (table, 0, 4, "High");   /* no residual rating yet: as before treatment */
  assert_cell (table, 0, 5, "High");   /* and not treated yet: where it stands now */
  {
    g_autofree char *problems = attest_record_table_dup_cell_text (table, 0, 7);

    g_assert_true (g_str_has_suffix (problems, "problems"));
  }

  /* The owner accepts the risk; changing it afterwards puts the decision
   * out of date. */
  attest_record_table_select (table, 0);
  click_named (window, "record-decision");
  {
    GtkWindow *dialog = NULL;
    AttestRecord *risk = attest_record_table_get_selected (table);

    wait_until ((dialog = visible_message_dialog ()) != NULL);
    gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "decided-by")), "Tom Okafor");
    gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "decision-note")), "Laptops are encrypted.");
    /* High is the demo method's escalation level: the dialog asks for the
     * managing director's decision, says why, and the file records it. */
    {
      GtkWidget *authority = find_named (GTK_WIDGET (dialog), "decision-authority");
      GtkWidget *why = find_named (GTK_WIDGET (dialog), "decision-authority-why");
      const char *text = gtk_label_get_text (GTK_LABEL (why));

      g_assert_true (gtk_widget_get_visible (authority));
      g_assert_true (gtk_widget_get_visible (why));
      g_assert_nonnull (strstr (text, "At “High” the risk method asks for the decision of “Managing director (Priya Natarajan)”"));
      gtk_editable_set_text (GTK_EDITABLE (authority), "Managing director, management meeting of 2 March");
    }
    screenshot (GTK_WIDGET (dialog), "risk-decision");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
    test_settle ();
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_open_v2 (attest_workspace_get_path (workspace), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT authority FROM risk_acceptance WHERE risk_id = ? ORDER BY rowid DESC",
                                           -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, attest_record_get_id (risk), -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Managing director, management meeting of 2 March");
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }
    {
      g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

      for (guint i = 0; i < findings->len; i++)
        g_assert_cmpstr (((AttestFinding *) g_ptr_array_index (findings, i))->rule, !=, "acceptance-above-authority");
    }
    assert_cell (table, 0, 6, "Accepted");
    /* On screen too: the decision is another record, and its cell follows it. */
    {
      g_autofree char *shown = attest_record_table_dup_shown_text (table, risk, 6);

      g_assert_cmpstr (shown, ==, "Accepted");
    }
    g_assert_nonnull (attest_risk_get_acceptance (workspace, risk));
    g_object_set (risk, "impact", 5, NULL);
    assert_cell (table, 0, 6, "Out of date");
  }
  /* The same dialog records an owner's approval of the plan for all their
   * risks: the privacy lead has not approved the demo's yet. */
  click_named (window, "record-decision");
  {
    GtkWindow *dialog = NULL;
    GListModel *approvals = attest_workspace_get_records (workspace, ATTEST_TYPE_PLAN_APPROVAL);
    guint n_approvals = g_list_model_get_n_items (approvals);
    g_autoptr(GPtrArray) findings = attest_risks_check_owner_approvals (workspace);
    g_autoptr(AttestRecord) approval = NULL;

    g_assert_cmpuint (findings->len, ==, 1);
    wait_until ((dialog = visible_message_dialog ()) != NULL);
    g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "approve-plan"));
    gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (dialog), "decided-by")),
                           "People, finance and privacy lead (Daniel Mensah)");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "approve-plan");
    test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (approvals), ==, n_approvals + 1);
    approval = g_list_model_get_item (approvals, n_approvals);
    g_assert_cmpstr (attest_record_get_string (approval, "owner"), ==, "People, finance and privacy lead (Daniel Mensah)");
    /* The demo's plan has changed since version 1: the owner approves the
     * draft for their risks, which top management approves next. */
    g_assert_cmpstr (attest_record_get_string (approval, "version-id"), ==, "");
    g_clear_pointer (&findings, g_ptr_array_unref);
    findings = attest_risks_check_owner_approvals (workspace);
    g_assert_cmpuint (findings->len, ==, 0);
  }
  /* Editing the risk links the control that treats it; the control gets the
   * derived reason, and its SoA entry lists the risk (both ways). */
  {
    AttestRecord *risk = attest_record_table_get_selected (table);
    GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
    g_autoptr(AttestRecord) first = g_list_model_get_item (entries, 0);   /* A.5.1, not linked in the demo */
    g_autoptr(GPtrArray) before = attest_soa_dup_reasons (workspace, first);
    g_autoptr(GPtrArray) after = NULL;
    g_autoptr(GPtrArray) links = NULL;
    gboolean had_reason = FALSE, has_reason = FALSE, linked = FALSE;

    for (guint i = 0; i < before->len; i++)
      had_reason |= g_str_equal (g_ptr_array_index (before, i), "Risk treatment");
    editor = attest_register_edit (reg, risk);
    wait_for_frame (editor);
    g_assert_nonnull (named (editor, "linked-soa-entrys"));
    g_assert_nonnull (named (editor, "linked-assets"));
    adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "soa-entry-choice")), 0);
    click_named (editor, "link-soa-entry");
    g_assert_cmpuint (count_rows (named (editor, "linked-soa-entrys")), ==, 2);   /* the link, and the chooser */
    screenshot (GTK_WIDGET (editor), "risk-editor-links");
    links = attest_workspace_dup_links (workspace, "risk-control", NULL);
    for (guint i = 0; i + 1 < links->len; i += 2)
      linked |= g_str_equal (g_ptr_array_index (links, i), attest_record_get_id (risk))
                && g_str_equal (g_ptr_array_index (links, i + 1), attest_record_get_id (first));
    g_assert_true (linked);
    after = attest_soa_dup_reasons (workspace, first);
    for (guint i = 0; i < after->len; i++)
      has_reason |= g_str_equal (g_ptr_array_index (after, i), "Risk treatment");
    g_assert_false (had_reason);
    g_assert_true (has_reason);
    click (find_named (GTK_WIDGET (editor), "editor-save"));

    attest_window_show_page (window, "soa");
    wait_for_frame (window);
    {
      AttestSoaPage *soa = ATTEST_SOA_PAGE (named (window, "soa"));

      attest_soa_page_select (soa, first);
      test_settle ();
      g_assert_cmpuint (count_rows (named (window, "linked-risks")), ==, 2);
    }
    attest_window_show_page (window, "risks");
    wait_for_frame (window);
  }
  attest_register_set_search (reg, NULL);

  attest_window_show_page (window, "treatment");
  wait_for_frame (window);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (
                      ATTEST_REGISTER (named (window, "actions-register"))))), ==,
                    g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION)));
  screenshot (GTK_WIDGET (window), "treatment-plan");

  /* A new action is for a risk chosen by its title. */
  editor = attest_register_add (ATTEST_REGISTER (named (window, "actions-register")));
  wait_for_frame (editor);
  {
    GtkWidget *choice = find_editable_row (GTK_WIDGET (editor), "risk-id");
    GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (choice));
    g_autoptr(AttestRecord) first = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK), 0);

    g_assert_cmpuint (g_list_model_get_n_items (names), ==, g_list_model_get_n_items (risks));
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, attest_record_get_string (first, "title"));
  }
  screenshot (GTK_WIDGET (editor), "treatment-action-editor");
  click (find_named (GTK_WIDGET (editor), "editor-cancel"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks + 1);
  {
    g_autoptr(AttestRecord) last = g_list_model_get_item (risks, n_risks);
    g_autoptr(AttestRecord) vulnerability =
      g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_VULNERABILITY), 1);

    g_assert_cmpstr (attest_record_get_string (last, "title"), ==, "Laptop stolen from a car");
    g_assert_cmpint (attest_record_get_int (last, "likelihood"), ==, 4);
    g_assert_cmpint (attest_record_get_int (last, "impact"), ==, 5);
    g_assert_nonnull (attest_risk_get_acceptance (workspace, last));
    g_assert_cmpstr (attest_record_get_string (attest_risk_get_acceptance (workspace, last), "note"), ==,
                     "Laptops are encrypted.");
    g_assert_true (attest_risk_acceptance_is_outdated (workspace, attest_risk_get_acceptance (workspace, last)));
    g_assert_cmpstr (attest_record_get_string (last, "threat-id"), ==, "");
    g_assert_cmpstr (attest_record_get_string (last, "vulnerability-id"), ==, attest_record_get_id (vulnerability));
  }
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Setting an action Done in its editor fills in today as its completion
 * date, in the file; the method page shows how risks are identified; the
 * risk editor's residual ratings read as the target. */
static void
test_action_done (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  g_autoptr(AttestRecord) training = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *id = NULL;
  GtkWindow *editor;
  GtkWidget *status, *completed;
  GListModel *choices;
  guint done = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (actions) && training == NULL; i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      if (g_str_equal (attest_record_get_string (action, "title"), "Phishing awareness training for all staff"))
        training = g_object_ref (action);
    }
  g_assert_nonnull (training);
  g_assert_cmpint (attest_record_get_enum (training, "status"), ==, ATTEST_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpstr (attest_record_get_string (training, "completed-date"), ==, "");
  id = g_strdup (attest_record_get_id (training));

  attest_window_show_page (window, "treatment");
  wait_for_frame (window);
  editor = attest_register_edit (ATTEST_REGISTER (named (window, "actions-register")), training);
  wait_for_frame (editor);
  /* The fields as a screen reader names them. */
  status = field_row (editor, "Status");
  completed = field_row (editor, "Completed on (YYYY-MM-DD)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (completed)), ==, "");
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (status));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), "Done") == 0)
      done = i;
  g_assert_cmpuint (done, !=, G_MAXUINT);
  before = today ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), done);
  after = today ();
  wait_until (*gtk_editable_get_text (GTK_EDITABLE (completed)) != '\0');
  g_assert_true (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (completed)), before)
                 || g_str_equal (gtk_editable_get_text (GTK_EDITABLE (completed)), after));
  screenshot (GTK_WIDGET (editor), "treatment-action-done");
  click (find_named (GTK_WIDGET (editor), "editor-save"));

  /* The method says how risks are identified, under its own label. */
  attest_window_show_page (window, "method");
  wait_for_frame (window);
  {
    g_autofree char *identification = field_text (field_row (window, "How risks are identified"));

    g_assert_nonnull (strstr (identification, "Risks are identified from the assets"));
  }
  g_clear_object (&training);
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  training = g_object_ref (attest_workspace_lookup (workspace, id));
  g_assert_cmpint (attest_record_get_enum (training, "status"), ==, ATTEST_ACTION_STATUS_DONE);
  g_assert_true (g_str_equal (attest_record_get_string (training, "completed-date"), before)
                 || g_str_equal (attest_record_get_string (training, "completed-date"), after));
}

/* A date field says its format where the user types, judges what is typed
 * once it is as long as a date, with a one-line message beside it, and
 * offers a calendar whose day goes into the file. */
static void
test_date_fields (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  g_autoptr(AttestRecord) action = g_list_model_get_item (attest_workspace_get_records (workspace,
                                                                                       ATTEST_TYPE_TREATMENT_ACTION), 0);
  g_autofree char *id = g_strdup (attest_record_get_id (action));
  GtkWindow *editor;
  GtkWidget *due, *text, *button, *calendar, *error;
  g_autoptr(GDateTime) day = g_date_time_new_local (2027, 3, 15, 0, 0, 0);

  attest_window_show_page (window, "treatment");
  wait_for_frame (window);
  editor = attest_register_edit (ATTEST_REGISTER (named (window, "actions-register")), action);
  wait_for_frame (editor);
  due = field_row (editor, "Due (YYYY-MM-DD)");
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (due)));
  /* The format, where the user types. */
  g_assert_true (GTK_IS_TEXT (text));
  g_assert_cmpstr (gtk_text_get_placeholder_text (GTK_TEXT (text)), ==, "YYYY-MM-DD");

  /* Half a date is not judged yet; a whole one that is no date is. */
  gtk_widget_grab_focus (due);
  gtk_editable_set_text (GTK_EDITABLE (due), "2027-02");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  gtk_editable_set_text (GTK_EDITABLE (due), "2027-02-30");
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  error = find_labelled (due, "There is no such day: check the month and day");
  g_assert_nonnull (error);
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_false (gtk_label_get_wrap (GTK_LABEL (error)));   /* one line */
  screenshot (GTK_WIDGET (editor), "date-field-error");
  gtk_editable_set_text (GTK_EDITABLE (due), "2027-01-04");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_widget_get_visible (error));

  /* The calendar, found as a screen reader finds it, opens on the field's
   * date; the day chosen goes into the field and the file. */
  button = accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Choose the date: Due (YYYY-MM-DD)");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  calendar = find_of_type (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))), GTK_TYPE_CALENDAR);
  g_assert_nonnull (calendar);
  wait_until (gtk_widget_get_mapped (calendar));
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
    g_autofree char *shown_text = g_date_time_format (shown, "%Y-%m-%d");

    g_assert_cmpstr (shown_text, ==, "2027-01-04");
  }
  screenshot (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)), "date-field-calendar");
  gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (due)), ==, "2027-03-15");
  wait_until (!gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  g_assert_cmpstr (attest_record_get_string (action, "due-date"), ==, "2027-03-15");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_clear_object (&action);
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, id), "due-date"), ==, "2027-03-15");
}

/* A scale is edited step by step: a step added after the last, named and
 * described, moved up, undone and removed; the method's check names the
 * step beside it; the file follows each change. */
static void
test_scale_editor (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  GtkWidget *editor, *name, *description, *problem;
  const char * const *impact;

  attest_window_show_page (window, "method");
  wait_for_frame (window);
  editor = named (window, "impact-scale-editor");
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "impact-scale")), ==, 5);
  /* Each step's name and what it means, as a screen reader finds them. */
  name = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Impact step 2: name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, attest_record_get_strv (method, "impact-scale")[1]);
  description = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Impact step 2: what it means");
  g_assert_true (GTK_IS_TEXT_VIEW (description));

  /* A sixth step: in the file at once, and the check names it beside the
   * steps. */
  click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Add an Impact Step"));
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "impact-scale")), ==, 6);
  problem = find_labelled (editor, "Impact step 6: give it a name.\nImpact step 6: give it a description.");
  g_assert_nonnull (problem);
  name = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Impact step 6: name");
  g_assert_true (gtk_widget_has_focus (name) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), name));
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  screenshot (GTK_WIDGET (window), "method-scale-added");
  gtk_editable_set_text (GTK_EDITABLE (name), "Catastrophic");
  description = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Impact step 6: what it means");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (description)),
                            "The organisation could not go on:\nclients lost, licence withdrawn.", -1);
  attest_scale_editor_flush (ATTEST_SCALE_EDITOR (editor));
  impact = attest_record_get_strv (method, "impact-scale");
  g_assert_cmpstr (impact[5], ==, "Catastrophic");
  g_assert_cmpstr (attest_record_get_strv (method, "impact-descriptions")[5], ==,
                   "The organisation could not go on:\nclients lost, licence withdrawn.");
  g_assert_false (gtk_widget_get_visible (problem));
  g_assert_false (gtk_widget_has_css_class (name, "error"));

  /* Moved up one: the file's order changes, names and descriptions alike;
   * Undo takes it back whole. */
  click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Move “Catastrophic” Up"));
  impact = attest_record_get_strv (method, "impact-scale");
  g_assert_cmpstr (impact[4], ==, "Catastrophic");
  g_assert_cmpstr (attest_record_get_strv (method, "impact-descriptions")[4], ==,
                   "The organisation could not go on:\nclients lost, licence withdrawn.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX,
                                                                     "Impact step 5: name"))), ==, "Catastrophic");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (attest_record_get_strv (method, "impact-scale")[5], ==, "Catastrophic");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX,
                                                                     "Impact step 6: name"))), ==, "Catastrophic");
  screenshot (GTK_WIDGET (window), "method-scale-six");

  /* Six is the most a scale has; removed, five again. */
  g_assert_false (gtk_widget_get_sensitive (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Add an Impact Step")));
  click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Remove “Catastrophic”"));
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "impact-scale")), ==, 5);
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "impact-descriptions")), ==, 5);
  g_assert_cmpstr (attest_method_page_get_problems (ATTEST_METHOD_PAGE (named (window, "method"))), ==, "");
  close_window_and_workspace (window, &workspace);
}

/* The risk levels as a list: a name, a colour shown by its button, the
 * highest score in a spin button; a level added and removed with the
 * matrix beside them showing the result; the file follows, Undo takes a
 * change back whole. */
static void
test_level_editor (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  GtkWidget *editor, *name, *colour, *score, *matrix, *problem;
  GdkRGBA rgba;

  attest_window_show_page (window, "method");
  wait_for_frame (window);
  editor = named (window, "level-editor");
  matrix = attest_method_page_get_matrix (ATTEST_METHOD_PAGE (named (window, "method")));
  g_assert_cmpuint (attest_record_get_strv_length (method, "levels"), ==, 4);
  g_assert_cmpint (attest_record_get_enum (method, "computation"), ==, ATTEST_RISK_COMPUTATION_PRODUCT);

  /* Each level as a screen reader finds it: its name, its colour shown by
   * the button, its highest score. */
  name = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Level 3: name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "High");
  colour = gtk_widget_get_ancestor (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Level 3: colour"), GTK_TYPE_COLOR_BUTTON);
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (colour), &rgba);
  g_assert_cmpint ((int) (rgba.red * 255 + 0.5), ==, 0xff);
  g_assert_cmpint ((int) (rgba.green * 255 + 0.5), ==, 0x78);
  score = accessible (editor, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "Level 2: highest score");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (score)), ==,
                   atoi (attest_record_get_strv (method, "thresholds")[1]));
  /* The highest level covers the rest and says from where. */
  g_assert_null (find_accessible (editor, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "Level 4: highest score"));
  g_assert_nonnull (find_labelled (editor, "Scores above 16"));

  /* A score changed: in the file, and the matrix beside shows the cell's
   * new level at once. */
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 3, 3))), ==, "Medium");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (score), 8);
  g_assert_cmpstr (attest_record_get_strv (method, "thresholds")[1], ==, "8");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 3, 3))), ==, "High");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (attest_record_get_strv (method, "thresholds")[1], ==, "9");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (score)), ==, 9);
  /* A score that does not rise is named, and its field marked. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (score), 3);
  problem = find_labelled (editor, "Level 2: give it a highest score above 4, level 1’s.");
  g_assert_nonnull (problem);
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_true (gtk_widget_has_css_class (score, "error"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (score), 9);
  g_assert_false (gtk_widget_get_visible (problem));
  g_assert_false (gtk_widget_has_css_class (score, "error"));

  /* A colour chosen with the button (as the colour dialog sets it). */
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour), &(GdkRGBA) { 0.6, 0.2, 0.8, 1 });
  g_signal_emit_by_name (colour, "color-set");
  g_assert_cmpstr (attest_record_get_strv (method, "level-colours")[2], ==, "#9933cc");

  /* A fifth level: named, in the file, the matrix has a brush for it when
   * painting. */
  click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Add a Level"));
  g_assert_cmpuint (attest_record_get_strv_length (method, "levels"), ==, 5);
  name = accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Level 5: name");
  g_assert_true (gtk_widget_has_focus (name) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), name));
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_nonnull (find_labelled (editor, "Level 5: give it a name."));
  gtk_editable_set_text (GTK_EDITABLE (name), "Extreme");
  attest_level_editor_flush (ATTEST_LEVEL_EDITOR (editor));
  g_assert_cmpstr (attest_record_get_strv (method, "levels")[4], ==, "Extreme");
  g_assert_cmpstr (attest_method_page_get_problems (ATTEST_METHOD_PAGE (named (window, "method"))), ==, "");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5))), ==, "Extreme");
  gtk_widget_grab_focus (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Add a Level"));
  screenshot (editor, "method-level-editor");
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "method-levels");

  /* Removing High: Undo brings it back with its colour and score. */
  click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, "Remove the Level “High”"));
  {
    g_autofree char *levels = g_strjoinv (";", (char **) attest_record_get_strv (method, "levels"));

    g_assert_cmpstr (levels, ==, "Low;Medium;Critical;Extreme");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Level 3: name"))), ==,
                   "Critical");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (attest_record_get_strv (method, "levels")[2], ==, "High");
  g_assert_cmpstr (attest_record_get_strv (method, "level-colours")[2], ==, "#9933cc");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accessible (editor, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Level 3: name"))), ==,
                   "High");
  close_window_and_workspace (window, &workspace);
}

/* 5,000 risks: the Risks page shows them all and filters them by level,
 * owner and problems; what it shows agrees with the core. */
static void
test_large_risks (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace_sized (fixture, "large.isms", ATTEST_DEMO_LARGE);
  AttestWindow *window;
  GListModel *risks, *shown;
  AttestRecord *method;
  AttestRegister *reg;
  guint n_risks, n_critical = 0, n_problems = 0;

  window = show_window (workspace);
  risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  n_risks = g_list_model_get_n_items (risks);
  g_assert_cmpuint (n_risks, >=, 5000);
  method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  for (guint i = 0; i < n_risks; i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

      n_critical += attest_risk_level (workspace, risk, FALSE) == 3;
      n_problems += findings->len > 0;
    }

  attest_window_show_page (window, "risks");
  wait_for_frame (window);
  reg = ATTEST_REGISTER (named (window, "risks-register"));
  shown = attest_record_table_get_model (attest_register_get_table (reg));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
  g_assert_true (attest_register_choose (reg, "level-filter", attest_record_get_strv (method, "levels")[3]));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_critical);
  g_assert_true (attest_register_choose (reg, "problem-filter", "With problems"));
  g_assert_true (attest_register_choose (reg, "level-filter", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_problems);
  screenshot (GTK_WIDGET (window), "risks-large-filtered");
  g_assert_true (attest_register_choose (reg, "problem-filter", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
  {
    guint n_owned = 0;

    for (guint i = 0; i < n_risks; i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

        n_owned += g_strcmp0 (attest_record_get_string (risk, "owner"), "Managing director, Meridian Retail (Fiona Grant)") == 0;
      }
    g_assert_cmpuint (n_owned, >, 0);
    g_assert_true (attest_register_choose (reg, "owner-filter", "Managing director, Meridian Retail (Fiona Grant)"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_owned);
    g_assert_true (attest_register_choose (reg, "owner-filter", NULL));
  }

  /* Selecting a record far down clears the search, selects its row and
   * scrolls the table to it. */
  {
    AttestRecordTable *table = attest_register_get_table (reg);
    g_autoptr(AttestRecord) last = g_list_model_get_item (shown, n_risks - 1);
    g_autoptr(AttestRecord) other = g_list_model_get_item (shown, 0);
    GtkWidget *list = find_of_type (GTK_WIDGET (table), GTK_TYPE_LIST_VIEW);
    GtkAdjustment *vadjustment;

    g_assert_nonnull (list);
    vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
    g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), <, gtk_adjustment_get_upper (vadjustment) / 2);
    attest_register_set_search (reg, attest_record_get_string (other, "title"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_risks);
    g_assert_true (attest_register_select_record (reg, last));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_risks);
    g_assert_true (attest_record_table_get_selected (table) == last);
    /* At the end of the table: the last row is on screen. */
    wait_until (gtk_adjustment_get_value (vadjustment)
                >= gtk_adjustment_get_upper (vadjustment) - 2 * gtk_adjustment_get_page_size (vadjustment));
  }
  close_window_and_workspace (window, &workspace);
}

/* Save a Copy As with the name of the open workspace, or a link to it, is
 * refused with a message that says why; another workspace is replaced only
 * after a dialog that names it as one. */
static void
test_save_copy_refused (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *link_path = test_dir_path (fixture, "link.isms");
  g_autofree char *other = test_dir_path (fixture, "other.isms");
  g_autofree char *digest = NULL;
  g_autofree char *other_digest = NULL;
  AttestWindow *window = show_window (workspace);
  const char *path = attest_workspace_get_path (workspace);
  const char *names[] = { path, link_path };
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  g_assert_cmpint (symlink ("demo.isms", link_path), ==, 0);
  {
    g_autoptr(AttestWorkspace) made = attest_workspace_create (other, "Other Ltd", &error);

    g_assert_no_error (error);
  }
  digest = test_file_digest (path);
  other_digest = test_file_digest (other);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      attest_window_save_copy_as (window, names[i]);
      wait_until ((dialog = toplevel_named ("error")) != NULL);
      g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Save a Copy");
      g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "is the workspace itself"));
      if (i == 0)
        screenshot (GTK_WIDGET (dialog), "save-copy-onto-itself");
      g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Close"));
      wait_closed ("error");
    }
  {
    g_autofree char *now = test_file_digest (path);

    g_assert_cmpstr (now, ==, digest);
  }
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));

  /* Another workspace: asked, named as a workspace; Cancel keeps it. */
  attest_window_save_copy_as (window, other);
  wait_until ((dialog = toplevel_named ("replace-workspace")) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Replace a Workspace?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "“other.isms” is an Attest workspace"));
  screenshot (GTK_WIDGET (dialog), "save-copy-replace-workspace");
  g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Cancel"));
  wait_closed ("replace-workspace");
  {
    g_autofree char *now = test_file_digest (other);

    g_assert_cmpstr (now, ==, other_digest);
  }
  attest_window_save_copy_as (window, other);
  wait_until ((dialog = toplevel_named ("replace-workspace")) != NULL);
  g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Replace"));
  wait_closed ("replace-workspace");
  {
    g_autoptr(AttestWorkspace) copy = attest_workspace_open (other, ATTEST_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (copy, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 12);
  }
  close_window_and_workspace (window, &workspace);
}

/* Export Audit Pack…: the options as the user sets them, the pack written
 * in the background with a progress dialog, a toast with Open; Stop leaves
 * no file; Print… renders the same pages through GtkPrintOperation. */
static void
test_audit_pack (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *pdf = test_dir_path (fixture, "pack.pdf");
  g_autofree char *printed = test_dir_path (fixture, "printed.pdf");
  AttestWindow *window = show_window (workspace);
  AttestPackOptions options;
  GtkWindow *dialog, *progress;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  g_autofree char *classification = NULL;
  gint64 rows;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-audit-pack", NULL));
  wait_until ((dialog = toplevel_named ("export-options")) != NULL);
  wait_for_frame (dialog);
  /* Enter chooses the file; the sections are a Tab away. */
  g_assert_true (gtk_window_get_focus (dialog) == gtk_window_get_default_widget (dialog));
  screenshot (GTK_WIDGET (dialog), "export-options");
  click (named (dialog, "section-history"));   /* unticked */
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "classification")), "Restricted");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (dialog, "paper")), 1);
  g_assert_true (attest_export_dialog_get_options (GTK_WIDGET (dialog), &options));
  g_assert_cmpint (options.sections, ==, ATTEST_PACK_ALL & ~ATTEST_PACK_HISTORY);
  g_assert_cmpint (options.paper, ==, ATTEST_PAPER_LETTER);
  g_assert_cmpstr (options.language, ==, "en");   /* the interface's */
  /* The options' texts are the dialog's: copied for the exports below,
   * after it has closed. */
  classification = g_strdup (options.classification);
  options.classification = classification;
  options.language = NULL;

  rows = attest_store_get_history_count (attest_workspace_get_store (workspace));
  head = g_strdup (attest_store_get_history_head (attest_workspace_get_store (workspace)));
  progress = GTK_WINDOW (attest_export_audit_pack (GTK_WINDOW (window), workspace, &options, pdf));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (progress)));   /* gone when the pages are written */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  wait_until (toplevel_named ("export-progress") == NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  wait_until (find_labelled (GTK_WIDGET (window), "Exported the audit pack as “pack.pdf”") != NULL);
  g_assert_null (toplevel_named ("glyph-warnings"));
  screenshot (GTK_WIDGET (window), "export-done");
  /* The history records the head the pack was made from, one row later. */
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 1);
  {
    AttestHistoryReport report;

    g_assert_true (attest_history_verify_full (attest_workspace_get_store (workspace), head, &report, &error));
    g_assert_no_error (error);
    g_assert_cmpint (report.last_recorded_seq, ==, rows);
    g_assert_cmpint (report.expected_seq, ==, rows);
  }
  /* 7.5: the pack written is the audit pack's first version in the
   * Documents page, named by the head it was made from. */
  {
    GtkWidget *row;
    g_autofree char *start = g_strndup (head, 12);

    attest_window_show_page (window, "documents");
    wait_for_frame (window);
    row = named (window, "audit-pack-versions");
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Version 1, written on "));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), start));
    g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "action"), ==, "win.export-audit-pack");
  }
  {
    g_autoptr(PopplerDocument) doc = open_pdf (pdf);
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, 0);
    g_autofree char *text = pdf_text (doc);
    double width, height;

    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
    g_assert_nonnull (strstr (text, "Restricted"));
    g_assert_nonnull (strstr (text, "Statement of Applicability"));
    g_assert_null (strstr (text, ": Integrity of the history"));
  }

  /* A character no installed font can print: the export says where it is. */
  {
    AttestRecord *risk = g_object_new (ATTEST_TYPE_RISK, "title", "Flood \xee\x80\x80 in the basement", NULL);
    GtkWindow *warnings = NULL;

    g_assert_true (attest_workspace_add (workspace, risk, &error));
    g_assert_no_error (error);
    attest_export_audit_pack (GTK_WINDOW (window), workspace, &options, pdf);
    wait_until ((warnings = toplevel_named ("glyph-warnings")) != NULL);
    wait_for_frame (warnings);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (warnings)), "Flood"));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (warnings)), "U+E000"));
    screenshot (GTK_WIDGET (warnings), "export-glyph-warnings");
    g_assert_true (click_labelled (GTK_WIDGET (warnings), "_Close"));
    wait_until (toplevel_named ("glyph-warnings") == NULL);
  }

  /* Print, exported through the print operation: the same pages. */
  g_assert_cmpint (attest_print_audit_pack (GTK_WINDOW (window), workspace, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            printed, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  {
    g_autoptr(PopplerDocument) doc = open_pdf (printed);
    g_autofree char *text = pdf_text (doc);
    AttestPackOptions all = { ATTEST_PACK_ALL, attest_paper_from_locale (), NULL, NULL };
    g_autoptr(AttestDocument) model = attest_audit_pack_build (workspace, &all);
    g_autoptr(AttestPagination) pagination = attest_pagination_new (model, all.paper);
    g_autofree char *last = g_strdup_printf ("Page %u of %u", attest_pagination_get_n_pages (pagination),
                                             attest_pagination_get_n_pages (pagination));

    g_assert_cmpint (poppler_document_get_n_pages (doc), ==, (int) attest_pagination_get_n_pages (pagination));
    g_assert_nonnull (strstr (text, last));
    g_assert_nonnull (strstr (text, ": Integrity of the history"));
  }
  close_window_and_workspace (window, &workspace);
}

/* Stopping a long export writes nothing and says so. */
static void
test_audit_pack_stop (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "large.pdf");
  g_autoptr(AttestWorkspace) workspace = demo_workspace_sized (fixture, "large.isms", ATTEST_DEMO_LARGE);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  AttestWindow *window;
  GtkWidget *progress;
  GtkProgressBar *bar;
  gint64 rows;

  window = show_window (workspace);
  rows = attest_store_get_history_count (attest_workspace_get_store (workspace));
  progress = attest_export_audit_pack (GTK_WINDOW (window), workspace, &options, pdf);
  /* Stopped while the pages are being written, as the bar shows. */
  bar = g_object_ref (GTK_PROGRESS_BAR (find_of_type (progress, GTK_TYPE_PROGRESS_BAR)));
  wait_until (g_str_has_prefix (gtk_progress_bar_get_text (bar) ? gtk_progress_bar_get_text (bar) : "", "Page "));
  screenshot (progress, "export-progress-large");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (progress), "cancel");
  g_object_unref (bar);
  wait_until (toplevel_named ("export-progress") == NULL);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  wait_until (find_labelled (GTK_WIDGET (window), "The export was stopped; nothing was written") != NULL);
  /* Nothing handed out, nothing recorded. */
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);
  {
    g_autofree char *dir = g_path_get_dirname (pdf);
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_false (g_str_has_suffix (name, ".pdf") || g_str_has_prefix (name, ".large.pdf"));
  }
  close_window_and_workspace (window, &workspace);
}

/* The risk method page: a preset with Undo, the computation chosen by name,
 * the review interval by a spin button, problems listed, the file updated. */
static void
test_method_page (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  AttestMethodPage *page;
  GtkWidget *row;

  attest_window_show_page (window, "method");
  wait_for_frame (window);
  page = ATTEST_METHOD_PAGE (named (window, "method"));
  g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");
  screenshot (GTK_WIDGET (window), "method-page");

  {
    g_autofree char *before = attest_record_to_json_text (method);
    g_autofree char *after = NULL;

    click_named (window, "preset-3");
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, 3);
    screenshot (GTK_WIDGET (window), "method-preset");
    /* The toast's Undo is the window's: every field as it was, the form
     * built again for five steps. */
    g_assert_true (click_labelled (GTK_WIDGET (window), "_Undo"));
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, 5);
    after = attest_record_to_json_text (method);
    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, 3);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_clear_pointer (&after, g_free);
    after = attest_record_to_json_text (method);
    g_assert_cmpstr (after, ==, before);
  }

  row = find_editable_row (GTK_WIDGET (page), "computation");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), ATTEST_RISK_COMPUTATION_SUM);
  g_assert_cmpint (attest_record_get_enum (method, "computation"), ==, ATTEST_RISK_COMPUTATION_SUM);
  row = find_editable_row (GTK_WIDGET (page), "review-interval");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (g_object_get_data (G_OBJECT (row), "spin")), 6);
  g_assert_cmpint (attest_record_get_int (method, "review-interval"), ==, 6);

  /* The escalation level is chosen among the levels by name, above the
   * acceptance level; who decides there is typed. */
  row = find_editable_row (GTK_WIDGET (page), "escalation-level");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Needs a decision above the owner from");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (row))), 3), ==, "Critical");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 2);   /* the demo's High */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);   /* Medium, the acceptance level */
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 1);
  g_assert_nonnull (strstr (attest_method_page_get_problems (page), "above the acceptance level"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 3);
  g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");
  row = find_editable_row (GTK_WIDGET (page), "escalation-authority");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Who decides above the owner");
  gtk_editable_set_text (GTK_EDITABLE (row), "Board of directors");
  attest_field_flush (GTK_EDITABLE (row));
  g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==, "Board of directors");
  gtk_widget_grab_focus (row);
  screenshot (GTK_WIDGET (window), "method-escalation");

  /* Thresholds that do not rise are listed as a problem. */
  g_object_set (method, "thresholds", (const char *[]) { "5", "3", "8", NULL }, NULL);
  g_assert_cmpstr (attest_method_page_get_problems (page), !=, "");
  g_assert_true (gtk_widget_get_visible (named (window, "method-problems")));
  screenshot (GTK_WIDGET (window), "method-problem");
  g_object_set (method, "thresholds", (const char *[]) { "3", "5", "7", NULL }, NULL);
  g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");

  /* Turning to the matrix: it starts from the levels the sum gave, the
   * thresholds give way to the painted grid, and painting saves. */
  {
    int before[5][5];
    GtkWidget *matrix = attest_method_page_get_matrix (page);

    for (guint l = 1; l <= 5; l++)
      for (guint i = 1; i <= 5; i++)
        before[l - 1][i - 1] = attest_risk_method_level (method, l, i);
    /* By the scores, the matrix shows each cell's level and takes no
     * click. */
    g_assert_true (gtk_widget_is_visible (matrix));
    g_assert_false (gtk_widget_is_visible (named (matrix, "brush-0")));
    g_assert_false (gtk_widget_get_focusable (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5)));
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5))), ==,
                     attest_risk_method_level_name (method, before[4][4]));
    row = find_editable_row (GTK_WIDGET (page), "computation");
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), ATTEST_RISK_COMPUTATION_MATRIX);
    g_assert_cmpint (attest_record_get_enum (method, "computation"), ==, ATTEST_RISK_COMPUTATION_MATRIX);
    g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");
    g_assert_true (gtk_widget_is_visible (matrix));
    g_assert_true (gtk_widget_get_focusable (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5)));
    g_assert_null (find_accessible (named (window, "level-editor"), GTK_ACCESSIBLE_ROLE_SPIN_BUTTON, "Level 1: highest score"));
    for (guint l = 1; l <= 5; l++)
      for (guint i = 1; i <= 5; i++)
        g_assert_cmpint (attest_risk_method_level (method, l, i), ==, before[l - 1][i - 1]);

    click_named (window, "brush-0");
    g_assert_true (gtk_widget_get_sensitive (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5)));
    click_named (matrix, "cell-5-5");
    g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 0);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5))), ==,
                     attest_record_get_strv (method, "levels")[0]);
    click_named (window, "brush-3");
    click_named (matrix, "cell-1-1");
    g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 3);
    gtk_widget_grab_focus (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 5));
    screenshot (GTK_WIDGET (window), "method-matrix");
    screenshot (matrix, "method-matrix-grid");
    /* The same colours in dark mode: the cells carry their own background
     * and text, the axis text follows the theme. */
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
    screenshot (matrix, "method-matrix-grid-dark");
    attest_window_show_page (window, "risks");
    screenshot (GTK_WIDGET (window), "risks-page-dark");
    attest_window_show_page (window, "method");
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    wait_for_frame (window);

    /* A sixth impact step: the painted cells stay, the new column is filled. */
    g_object_set (method,
                  "impact-scale", (const char *[]) { "a", "b", "c", "d", "e", "f", NULL },
                  "impact-descriptions", (const char *[]) { "a", "b", "c", "d", "e", "f", NULL }, NULL);
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "matrix")), ==, 30);
    g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 0);
    g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 3);
    g_assert_nonnull (attest_risk_matrix_get_cell (ATTEST_RISK_MATRIX (matrix), 5, 6));
    g_assert_cmpstr (attest_method_page_get_problems (page), ==, "");

    /* Renamed levels show at once in the acceptance level's choices. */
    g_object_set (method, "levels", (const char *[]) { "Green", "Amber", "Red", "Black", NULL }, NULL);
    row = find_editable_row (GTK_WIDGET (page), "acceptance-level");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (row))), 1), ==,
                     "Amber");
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==,
                      (guint) attest_record_get_int (method, "acceptance-level"));
  }

  close_window_and_workspace (window, &workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_assert_cmpint (attest_record_get_enum (method, "computation"), ==, ATTEST_RISK_COMPUTATION_MATRIX);
  g_assert_cmpint (attest_record_get_int (method, "review-interval"), ==, 6);
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "impact-scale")), ==, 6);
  g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 0);
  g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 3);
  g_assert_cmpstr (attest_risk_method_level_name (method, 3), ==, "Black");
}

/* The rows of @table drawn as selected. */
static guint
drawn_selected (AttestRecordTable *table)
{
  guint n = 0;
  GtkWidget *stack[4096];
  guint depth = 0;

  stack[depth++] = GTK_WIDGET (table);
  while (depth > 0)
    {
      GtkWidget *widget = stack[--depth];

      if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 && gtk_widget_get_mapped (widget)
          && (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_SELECTED))
        n++;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child && depth < G_N_ELEMENTS (stack);
           child = gtk_widget_get_next_sibling (child))
        stack[depth++] = child;
    }
  return n;
}

/* What is drawn as selected is the selection, and Edit and Delete, found as
 * a screen reader finds them, follow it. */
static void
assert_buttons_follow (AttestWindow      *window,
                       AttestRecordTable *table,
                       gboolean           selected)
{
  GtkWidget *edit = accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Edit the selected row");
  GtkWidget *delete = accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Delete the selected row");

  wait_for_frame (window);
  g_assert_cmpint (attest_record_table_get_selected (table) != NULL, ==, selected);
  g_assert_cmpuint (drawn_selected (table), ==, selected ? 1 : 0);
  g_assert_cmpint (gtk_widget_get_sensitive (edit), ==, selected);
  g_assert_cmpint (gtk_widget_get_sensitive (delete), ==, selected);
}

static void
test_register_selection (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  AttestRegister *reg;
  AttestRecordTable *table;
  g_autofree char *deleted = NULL;

  show_section (window, "context", "register-arrived");
  reg = ATTEST_REGISTER (named (window, "issues-register"));
  table = attest_register_get_table (reg);
  /* On arrival nothing is selected, and nothing looks it. */
  assert_buttons_follow (window, table, FALSE);

  attest_record_table_select (table, 2);
  assert_buttons_follow (window, table, TRUE);
  deleted = g_strdup (attest_record_get_string (attest_record_table_get_selected (table), "title"));

  /* A search that hides the selected row takes the selection with it. */
  attest_register_set_search (reg, "no such words anywhere");
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (table)) == 0);
  assert_buttons_follow (window, table, FALSE);
  attest_register_set_search (reg, NULL);
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (table)) == 12);
  assert_buttons_follow (window, table, FALSE);

  /* After a delete nothing is selected, and Edit and Delete say so. */
  attest_record_table_select (table, 2);
  assert_buttons_follow (window, table, TRUE);
  click (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Delete the selected row"));
  wait_until (g_list_model_get_n_items (issues) == 11);
  assert_buttons_follow (window, table, FALSE);
  screenshot (window, "register-after-delete");
  close_window_and_workspace (window, &workspace);

  {
    g_autoptr(GError) error = NULL;

    workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
    g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 11);
    for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
      {
        g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);

        g_assert_cmpstr (attest_record_get_string (issue, "title"), !=, deleted);
      }
  }
}

/* The SoA editor shows the selected row of what the table lists, or
 * nothing; its summaries follow the fields at once. */
static void
test_soa_editor_follows (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  AttestSoaPage *page;
  AttestRecordTable *table;
  GListModel *shown;
  GtkWidget *editor;
  GtkWidget *contract;

  show_section (window, "soa", NULL);
  page = ATTEST_SOA_PAGE (named (window, "soa"));
  table = attest_soa_page_get_table (page);
  shown = attest_record_table_get_model (table);
  attest_soa_page_select (page, entry);
  test_settle ();
  editor = attest_soa_page_get_editor (page);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-control"))), ==,
                   "A.5.1 Policies for information security");

  gtk_editable_set_text (GTK_EDITABLE (named (page, "search")), "crypto");
  wait_until (g_list_model_get_n_items (shown) == 1);
  wait_for_frame (window);
  screenshot (window, "soa-search-crypto");
  /* A.5.1 is no longer listed: neither selected nor in the editor. */
  g_assert_null (attest_record_table_get_selected (table));
  g_assert_null (find_named (editor, "editor-control"));
  g_assert_null (find_row (editor, "Owner"));

  /* The one listed, chosen, is the one edited. */
  attest_record_table_select (table, 0);
  test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-control"))), ==,
                   "A.8.24 Use of cryptography");
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.24");
  g_assert_true (attest_record_table_get_selected (table) == entry);

  /* The reasons for inclusion follow the switch at once. */
  g_object_set (entry, "reason-contractual", FALSE, NULL);
  test_settle ();
  contract = field_row (editor, "Required by a contract");
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-reasons"))), "Contractual requirement"));
  {
    GtkWidget *toggle = find_of_type (contract, GTK_TYPE_SWITCH);

    g_assert_nonnull (toggle);
    gtk_widget_activate (toggle);
  }
  /* The switch slides over, then is on. */
  wait_until (attest_record_get_boolean (entry, "reason-contractual"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-reasons"))), "Contractual requirement"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-reasons"))), "none yet"));
  screenshot (window, "soa-reason-contract");
  close_window_and_workspace (window, &workspace);

  {
    g_autoptr(GError) error = NULL;

    workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_true (attest_record_get_boolean (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.24"),
                                              "reason-contractual"));
  }
}

static void
test_soa_page (TestDir       *fixture,
               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  AttestSoaPage *page;
  AttestRecordTable *table;
  GListModel *shown;
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  GtkWidget *dialog = NULL;

  attest_window_show_page (window, "soa");
  wait_for_frame (window);
  page = ATTEST_SOA_PAGE (named (window, "soa"));
  table = attest_soa_page_get_table (page);
  shown = attest_record_table_get_model (table);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 93);
  g_assert_true (g_str_has_prefix (attest_soa_page_get_version_text (page),
                                   "Version 1, approved by Managing director (Priya Natarajan) on "));
  /* The demo put a control in place after the approval: a draft. */
  g_assert_nonnull (strstr (attest_soa_page_get_version_text (page), "3 changes since: a draft."));
  g_assert_cmpuint (count_rows (attest_soa_page_get_problems (page)), ==, 0);

  /* Filters: a theme, a decision. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (page, "theme-filter")), 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 8);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (page, "theme-filter")), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (page, "applicability-filter")), 1 + ATTEST_APPLICABILITY_NOT_APPLICABLE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (named (page, "applicability-filter")), 0);
  gtk_editable_set_text (GTK_EDITABLE (named (page, "search")), "a.8.3");
  wait_until (g_list_model_get_n_items (shown) == 6);   /* 8.3 and 8.30 to 8.34 */
  gtk_editable_set_text (GTK_EDITABLE (named (page, "search")), "");
  wait_until (g_list_model_get_n_items (shown) == 93);

  /* The editor: a control without an owner becomes a problem, and a draft. */
  attest_soa_page_select (page, entry);
  test_settle ();
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (attest_soa_page_get_editor (page), "editor-control"))), ==,
                   "A.5.1 Policies for information security");
  {
    GtkWidget *owner = named (attest_soa_page_get_editor (page), "owner");

    /* The first choice of the owner's list: no one. */
    adw_combo_row_set_selected (ADW_COMBO_ROW (owner), 0);
  }
  test_settle ();
  g_assert_cmpuint (count_rows (attest_soa_page_get_problems (page)), ==, 1);
  g_assert_nonnull (strstr (attest_soa_page_get_version_text (page), "4 changes since: a draft."));
  gtk_expander_set_expanded (GTK_EXPANDER (named (page, "soa-changes-expander")), TRUE);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (page, "soa-changes"))),
                                   "A.5.1 · Owner: “Managing director (Priya Natarajan)” → “”\nA.8.13 · "));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (named (page, "problems-filter")), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  screenshot (window, "soa-page-problem");

  /* A problem jumps to its entry, clearing filters that hide it. */
  attest_soa_page_select (page, attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.30"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 93);
  g_signal_emit_by_name (attest_soa_page_get_problems (page), "row-activated",
                         gtk_list_box_get_row_at_index (GTK_LIST_BOX (attest_soa_page_get_problems (page)), 0));
  test_settle ();
  g_assert_true (attest_record_table_get_selected (table) == entry);

  /* A requirement of an interested party is linked, and becomes a reason. */
  {
    GtkWidget *editor = attest_soa_page_get_editor (page);

    adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "requirement-choice")), 0);
    click_named (editor, "link-requirement");
    editor = attest_soa_page_get_editor (page);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-reasons"))), "Interested party requirement"));
    /* The justification printed follows the links and the fields at once. */
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-justification"))),
                              "It meets what an interested party requires: "));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (editor, "editor-justification"))), "\u00a0— “"));
    type_text (named (editor, "justification"), "Our clients ask for it.");
    g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (named (editor, "editor-justification"))),
                                     " Our clients ask for it."));
    g_assert_cmpuint (count_rows (named (editor, "linked-requirements")), ==, 2);   /* the link, and the chooser */
  }

  /* Evidence is added beside the entry. */
  {
    guint before = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE));

    click_named (attest_soa_page_get_editor (page), "add-evidence");
    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE)), ==, before + 1);
  }

  /* Approve: version 2, no changes since. */
  click_named (page, "soa-approve");
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "approved-by")), "Board of directors");
  screenshot (dialog, "soa-approve");
  g_assert_true (click_labelled (dialog, "_Approve"));
  g_assert_true (g_str_has_prefix (attest_soa_page_get_version_text (page), "Version 2, approved by Board of directors on "));
  screenshot (window, "soa-page");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The scope statement, the risk method and the treatment plan are approved
 * as the SoA is, from their pages, through the same dialog; each page says
 * its version and the changes since. */
static void
test_document_approvals (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  static const struct { const char *page, *document, *since; } pages[] = {
    { "scope", "scope", "No changes since." },
    { "method", "risk-method", "No changes since." },
    { "policy", "policy", "No changes since." },
    /* Last: the edit below is counted on this page's bar. */
    { "treatment", "treatment-plan", "1 change since: a draft." },   /* an action's progress is none */
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *bar_name = g_strdup_printf ("%s-approval", pages[i].document);
      g_autofree char *shot = g_strdup_printf ("%s-approval", pages[i].page);
      AttestApprovalBar *bar;
      GtkWidget *dialog = NULL;
      AttestRecord *version;

      attest_window_show_page (window, pages[i].page);
      wait_for_frame (window);
      bar = ATTEST_APPROVAL_BAR (named (window, bar_name));
      g_assert_true (g_str_has_prefix (attest_approval_bar_get_status_text (bar),
                                       "Version 1, approved by Managing director (Priya Natarajan) on "));
      g_assert_nonnull (strstr (attest_approval_bar_get_status_text (bar), pages[i].since));
      screenshot (GTK_WIDGET (window), shot);

      click_named (bar, "approve");
      for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
        if (ATTEST_IS_APPROVE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          dialog = l->data;
      g_assert_nonnull (dialog);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (named (dialog, "approved-by"))), ==,
                       "Managing director (Priya Natarajan)");
      gtk_editable_set_text (GTK_EDITABLE (named (dialog, "approved-by")), "Board of directors");
      gtk_editable_set_text (GTK_EDITABLE (named (dialog, "approval-note")), "Reviewed at the board meeting.");
      if (i == 0)
        screenshot (dialog, "document-approve");
      g_assert_true (click_labelled (dialog, "_Approve"));

      version = attest_isms_document_get_approved (workspace, pages[i].document);
      g_assert_cmpint (attest_record_get_int (version, "number"), ==, 2);
      g_assert_cmpstr (attest_record_get_string (version, "approved-by"), ==, "Board of directors");
      g_assert_cmpstr (attest_record_get_string (version, "note"), ==, "Reviewed at the board meeting.");
      g_assert_true (g_str_has_prefix (attest_approval_bar_get_status_text (bar), "Version 2, approved by Board of directors on "));
      g_assert_nonnull (strstr (attest_approval_bar_get_status_text (bar), "No changes since."));
    }

  /* A later edit is counted as a change since, on the page. */
  {
    g_autoptr(AttestRecord) action = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION), 0);
    AttestApprovalBar *bar = ATTEST_APPROVAL_BAR (named (window, "treatment-plan-approval"));

    g_object_set (action, "owner", "IT support lead", NULL);
    wait_until (g_str_has_suffix (attest_approval_bar_get_status_text (bar), "1 change since: a draft."));
  }

  /* 7.5: the Documents page lists the documents Attest keeps, each with
   * its identifier and state, and takes the user to its page. */
  {
    GtkWidget *list;
    GtkListBoxRow *row;
    guint n = 0;

    attest_window_show_page (window, "documents");
    wait_for_frame (window);
    list = named (window, "attest-documents");
    for (GtkWidget *child = gtk_widget_get_first_child (list); child; child = gtk_widget_get_next_sibling (child))
      n++;
    g_assert_cmpuint (n, ==, 6);
    /* The audit pack last: no pack has been written from this workspace. */
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 5);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "ISMS-PACK  Audit pack");
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Not written yet"));
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "ISMS-SCOPE  Scope of the ISMS");
    g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                     "Version 2, approved by Board of directors on "));
    row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 4);
    g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "1 change since: a draft."));
    screenshot (GTK_WIDGET (window), "documents-attest-keeps");
    gtk_widget_activate (GTK_WIDGET (row));
    wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "treatment") == 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_window_of_type (GtkApplication *app,
                     GType           type)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

/* Whether a label on screen says @words, among other things. */
static gboolean
window_shows_text (GtkWidget  *root,
                   const char *words)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), words) != NULL
      && gtk_widget_is_drawable (root))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (window_shows_text (child, words))
      return TRUE;
  return FALSE;
}

static int
lock_pid (const char *path)
{
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  AttestLockHolder *holder = workspace ? attest_store_dup_lock_holder (attest_workspace_get_store (workspace)) : NULL;
  int pid = holder ? (int) holder->pid : 0;

  attest_lock_holder_free (holder);
  return pid;
}

/* Attest asked to stop by a signal (logging out, Ctrl+C) quits as Quit
 * does and releases the file, instead of leaving it "in use". */
static void
test_quit_signal (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "signal.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GSubprocess) child = NULL;
  const char *binary = g_getenv ("ATTEST_BINARY");
  int pid = 0;

  g_assert_nonnull (binary);
  {
    g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Signal Ltd", &error);

    g_assert_no_error (error);
  }
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", fixture->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, binary, path, NULL);
  g_assert_no_error (error);

  /* Started once it holds the file. */
  wait_until ((pid = lock_pid (path)) != 0);
  g_assert_cmpint (pid, ==, atoi (g_subprocess_get_identifier (child)));

  g_subprocess_send_signal (child, SIGTERM);
  g_assert_true (g_subprocess_wait (child, NULL, &error));   /* the suite's timeout catches a hang */
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 0);
  g_assert_cmpint (lock_pid (path), ==, 0);
}

/* A large workspace opened as the user does: its window appears while its
 * records are still being read, says so and offers nothing to change;
 * then every register holds what the core reads from the file. A damaged
 * file is refused before any window shows; a record found damaged while
 * loading closes the window with the reason, the file untouched. */
static void
check_large_loading (AttestApplication *app,
                     TestDir           *fixture)
{
  g_autofree char *path = test_dir_path (fixture, "large.isms");
  g_autofree char *broken = test_dir_path (fixture, "broken-page.isms");
  g_autofree char *late = test_dir_path (fixture, "late-damage.isms");
  g_autoptr(GError) error = NULL;
  guint n_risks, n_actions;
  GtkWindow *window, *dialog;

  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  {
    g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_LARGE, &error);

    g_assert_no_error (error);
  }
  {
    g_autoptr(AttestWorkspace) reference = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    n_risks = g_list_model_get_n_items (attest_workspace_get_records (reference, ATTEST_TYPE_RISK));
    n_actions = g_list_model_get_n_items (attest_workspace_get_records (reference, ATTEST_TYPE_TREATMENT_ACTION));
    g_assert_cmpuint (n_risks, >=, 5000);
  }
  test_copy_file (path, broken);
  test_copy_file (path, late);

  /* The window is there at once, before the main loop has turned. */
  attest_application_open_path (app, path, ATTEST_OPEN_DEFAULT, NULL);
  window = attest_application_find_window (app, path);
  g_assert_nonnull (window);
  g_assert_cmpstr (attest_window_get_view (ATTEST_WINDOW (window)), ==, "loading");
  g_assert_nonnull (find_labelled (GTK_WIDGET (window), "Loading…"));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (named (window, "loading-spinner"))));
  g_assert_false (attest_workspace_is_loaded (attest_window_get_workspace (ATTEST_WINDOW (window))));
  /* Nothing to edit, export or print meanwhile, and the file is not taken. */
  g_assert_false (gtk_widget_get_child_visible (named (window, "leaflet")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-audit-pack", NULL);
  g_assert_null (toplevel_named ("export-options"));
  g_assert_cmpint (lock_pid (path), ==, 0);
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "large-loading");

  while (g_strcmp0 (attest_window_get_view (ATTEST_WINDOW (window)), "loading") == 0)
    g_main_context_iteration (NULL, TRUE);   /* the suite's timeout catches a hang */
  g_assert_cmpstr (attest_window_get_view (ATTEST_WINDOW (window)), ==, "main");
  g_assert_cmpint (lock_pid (path), ==, getpid ());
  attest_window_show_page (ATTEST_WINDOW (window), "risks");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (
                      attest_register_get_table (ATTEST_REGISTER (named (window, "risks-register"))))), ==, n_risks);
  attest_window_show_page (ATTEST_WINDOW (window), "treatment");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (
                      attest_register_get_table (ATTEST_REGISTER (named (window, "actions-register"))))), ==, n_actions);
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "large-loaded");
  gtk_window_destroy (window);
  wait_until (attest_application_find_window (app, path) == NULL);

  /* A damaged page: the checks that come first refuse it, and no window shows. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (broken, &contents, &length, NULL));
    for (gsize i = length / 2; i < length / 2 + 4096 && i < length; i++)
      contents[i] = (char) (i * 7 + 13);
    g_assert_true (g_file_set_contents (broken, contents, length, NULL));
  }
  attest_application_open_path (app, broken, ATTEST_OPEN_DEFAULT, NULL);
  g_assert_null (attest_application_find_window (app, broken));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, n_windows + 1);
  dialog = find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "“broken-page.isms” is damaged"));
  g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Close"));

  /* A record damaged far into the file: found while loading; the window
   * goes, the reason is given, and the file is as it was. */
  test_sqlite_exec (late, "UPDATE risk SET treatment = 'bogus' WHERE rowid = (SELECT max(rowid) FROM risk)");
  {
    g_autofree char *before = test_file_digest (late);
    g_autofree char *after = NULL;

    attest_application_open_path (app, late, ATTEST_OPEN_DEFAULT, NULL);
    window = attest_application_find_window (app, late);
    g_assert_nonnull (window);
    g_assert_cmpstr (attest_window_get_view (ATTEST_WINDOW (window)), ==, "loading");
    while (find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG) == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_null (attest_application_find_window (app, late));
    dialog = find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Open “late-damage.isms”");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "“late-damage.isms” is damaged"));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "bogus"));
    screenshot (GTK_WIDGET (dialog), "late-damage");
    g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Close"));
    wait_until (find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG) == NULL);
    after = test_file_digest (late);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_application (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestApplication) app = attest_application_new ();
  g_autofree char *default_path = attest_application_default_workspace_path ();
  g_autofree char *locked = test_dir_path (fixture, "locked.isms");
  g_autofree char *garbage = test_dir_path (fixture, "garbage.isms");
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GStatBuf st;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* First run: the default workspace is created, private, and shown. */
  g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));
  g_application_activate (G_APPLICATION (app));
  wait_until (attest_application_find_window (app, default_path) != NULL);
  g_assert_cmpint (g_stat (default_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_nonnull (attest_application_find_window (app, default_path));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  screenshot (GTK_WIDGET (attest_application_find_window (app, default_path)), "first-run");

  /* Opening it again shows the same window. */
  attest_application_open_path (app, default_path, ATTEST_OPEN_DEFAULT, NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* A file that is not a workspace: a dialog says so. */
  g_assert_true (g_file_set_contents (garbage, "hello", -1, NULL));
  attest_application_open_path (app, garbage, ATTEST_OPEN_DEFAULT, NULL);
  dialog = find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "not an Attest workspace"));
  screenshot (GTK_WIDGET (dialog), "open-error");
  g_assert_true (click_labelled (GTK_WIDGET (dialog), "_Close"));
  g_assert_null (find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG));

  /* A workspace left open by a process that is gone: take it over. */
  {
    g_autoptr(AttestWorkspace) workspace = attest_workspace_create (locked, "Locked Ltd", &error);
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_assert_no_error (error);
    g_clear_object (&workspace);
    /* A lock of this host by a process id that no process has. */
    g_assert_cmpint (sqlite3_open (locked, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO lock VALUES (1, ?, 2147483646, 0, 'gone')", -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_text (stmt, 1, g_get_host_name (), -1, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  /* It opens for editing at once, and a toast says from whom it was taken. */
  attest_application_open_path (app, locked, ATTEST_OPEN_DEFAULT, NULL);
  wait_until (attest_application_find_window (app, locked) != NULL);
  g_assert_null (find_window_of_type (GTK_APPLICATION (app), ADW_TYPE_MESSAGE_DIALOG));
  {
    GtkWindow *window = attest_application_find_window (app, locked);
    g_autofree char *pid = g_strdup_printf ("(process %d)", 2147483646);

    wait_until (window_shows_text (GTK_WIDGET (window), "no longer running; it was taken over"));
    g_assert_false (attest_workspace_is_read_only (attest_window_get_workspace (ATTEST_WINDOW (window))));
    screenshot (GTK_WIDGET (window), "stale-lock");
    g_assert_true (window_shows_text (GTK_WIDGET (window), "no longer running; it was taken over"));
    g_assert_true (window_shows_text (GTK_WIDGET (window), pid));
  }

  /* Recent files remember both, newest first. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-files");

    g_assert_cmpuint (g_strv_length (recent), ==, 2);
    g_assert_cmpstr (recent[0], ==, locked);
    g_assert_cmpstr (recent[1], ==, default_path);
  }

  /* A sample organisation: a file of its own, marked as a sample. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
  {
    g_autofree char *sample = g_build_filename (g_get_user_data_dir (), "attest", "Sample organisation.isms", NULL);
    GtkWindow *window = NULL;

    wait_until ((window = attest_application_find_window (app, sample)) != NULL);
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (find_named (GTK_WIDGET (window), "sample-revealer"))));
    g_assert_cmpstr (attest_window_get_view (ATTEST_WINDOW (window)), ==, "main");
    screenshot (GTK_WIDGET (window), "sample");
  }

  check_large_loading (app, fixture);

  /* Quit closes every window, which releases the files. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_until (gtk_application_get_windows (GTK_APPLICATION (app)) == NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  {
    g_autoptr(AttestWorkspace) again = attest_workspace_open (locked, ATTEST_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
  }
}

/* The row of the preview's column list titled @title, as a user reads it. */
static AdwComboRow *
column_row (GtkWidget  *root,
            const char *title)
{
  if (ADW_IS_COMBO_ROW (root) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_COMBO_ROW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = column_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the workspace file holds for a control, read from the file itself. */
static char *
entry_on_disk (const char *path,
               const char *control)
{
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", control);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, id);

  return g_strdup_printf ("%d|%s|%s|%s", attest_record_get_enum (entry, "applicability"),
                          attest_record_get_string (entry, "justification"),
                          attest_record_get_string (entry, "owner"),
                          attest_record_get_string (entry, "implementation"));
}

/* Import… opens a preview: nothing is written before Import, Cancel
 * leaves the file as it was, a column left open is reassigned, Import
 * writes the file, and the toast's Undo puts it back. */
/* The preview once it is shown (or gone), as soon as it is: activating a
 * button emits clicked some time later. */
static GtkWindow *
wait_for_dialog (gboolean shown)
{
  wait_until ((toplevel_named ("csv-import") != NULL) == shown);
  if (shown)
    wait_for_frame (toplevel_named ("csv-import"));
  return toplevel_named ("csv-import");
}

static void
test_soa_import_preview (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_store_get_path (attest_workspace_get_store (workspace)));
  g_autofree char *csv = test_dir_path (fixture, "consultant.csv");
  AttestWindow *window = show_window (workspace);
  g_autofree char *before_51 = entry_on_disk (path, "5.1");
  g_autofree char *before_833 = entry_on_disk (path, "8.33");
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace)), after;
  GtkWindow *dialog;
  AdwComboRow *comments;

  /* Modelled on a consultant's SoA, with two columns of notes. */
  g_assert_true (g_file_set_contents (csv,
    "Ref,Control,Applicable (Y/N),Justification,Notes,Comments\n"
    "A.5.1,Policies for information security,Y,Required by our clients,Policy set approved by the board,CISO\n"
    "A.8.33,Test information,N,No software development,,\n", -1, NULL));
  attest_window_show_page (window, "soa");
  wait_for_frame (named (window, "soa-import"));

  /* Cancel: nothing written. */
  attest_soa_page_set_import_path_for_testing (csv);
  click_named (window, "soa-import");
  dialog = wait_for_dialog (TRUE);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_nonnull (find_labelled (GTK_WIDGET (dialog),
                                   "line 1: the columns “Notes” and “Comments” both hold How it is implemented; "
                                   "choose which one is read."));
  g_assert_false (gtk_widget_is_sensitive (named (dialog, "csv-import-apply")));
  screenshot (GTK_WIDGET (dialog), "csv-import-open");
  click_named (dialog, "csv-import-cancel");
  g_assert_null (wait_for_dialog (FALSE));
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);

  /* Again; "Comments" holds the owner. */
  attest_soa_page_set_import_path_for_testing (csv);
  click_named (window, "soa-import");
  dialog = wait_for_dialog (TRUE);
  g_assert_nonnull (dialog);
  g_assert_nonnull (find_labelled (GTK_WIDGET (dialog), "A.5.1"));   /* the first rows, as read */
  g_assert_nonnull (find_labelled (GTK_WIDGET (dialog), "Applicable"));
  comments = column_row (GTK_WIDGET (dialog), "“Comments”");
  g_assert_nonnull (comments);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (GTK_WIDGET (dialog), "“Ref”")), ==, ATTEST_CSV_ROLE_CONTROL);
  g_assert_cmpuint (adw_combo_row_get_selected (column_row (GTK_WIDGET (dialog), "“Control”")), ==, ATTEST_CSV_ROLE_TITLE);
  adw_combo_row_set_selected (comments, ATTEST_CSV_ROLE_OWNER);
  wait_until (gtk_widget_is_sensitive (named (dialog, "csv-import-apply")));
  g_assert_false (gtk_widget_get_visible (named (dialog, "csv-import-problem")));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (dialog, "csv-import-changes"))),
                                   "2 controls change.\n"));
  g_assert_nonnull (find_labelled (GTK_WIDGET (dialog), "CISO"));
  screenshot (GTK_WIDGET (dialog), "csv-import-preview");
  screenshot (named (dialog, "csv-import-preview"), "csv-import-rows");
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);
  {
    g_autofree char *now = entry_on_disk (path, "5.1");

    g_assert_cmpstr (now, ==, before_51);
  }

  click_named (dialog, "csv-import-apply");
  g_assert_null (wait_for_dialog (FALSE));
  {
    g_autofree char *after_51 = entry_on_disk (path, "5.1");
    g_autofree char *after_833 = entry_on_disk (path, "8.33");
    g_autofree char *want_51 = g_strdup_printf ("%d|Required by our clients|CISO|Policy set approved by the board",
                                                ATTEST_APPLICABILITY_APPLICABLE);
    g_autofree char *want_833 = g_strdup_printf ("%d|No software development|", ATTEST_APPLICABILITY_NOT_APPLICABLE);

    g_assert_cmpstr (after_51, ==, want_51);
    g_assert_true (g_str_has_prefix (after_833, want_833));
  }
  after = attest_store_get_history_count (attest_workspace_get_store (workspace));
  g_assert_cmpint (after, >, rows);
  g_assert_nonnull (find_labelled (GTK_WIDGET (window), "Statement of Applicability imported. Read 2 rows into 2 controls."));
  screenshot (GTK_WIDGET (window), "csv-import-done");

  /* Undo puts both controls back, on disk. */
  g_assert_true (click_labelled (GTK_WIDGET (window), "_Undo"));
  wait_until (attest_store_get_history_count (attest_workspace_get_store (workspace)) != after);
  {
    g_autofree char *undone_51 = entry_on_disk (path, "5.1");
    g_autofree char *undone_833 = entry_on_disk (path, "8.33");

    g_assert_cmpstr (undone_51, ==, before_51);
    g_assert_cmpstr (undone_833, ==, before_833);
  }
  close_window_and_workspace (window, &workspace);
}

/* The row of a list whose title has @words, or NULL. */
static GtkWidget *
row_with (GtkWidget  *list,
          const char *words)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), words) != NULL)
      return row;
  return NULL;
}

static const char *
row_subtitle (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
test_readiness_page (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 3);
  g_autoptr(AttestRecord) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page, *mandatory, *findings, *row;
  AttestRegister *documents;

  /* A risk loses its owner: a blocker of 6.1.2 c; and the owner it had
   * approved the plan for risks that are no longer theirs (a warning). */
  g_object_set (risk, "owner", "", NULL);

  attest_window_show_page (window, "readiness");
  wait_for_frame (window);
  page = named (window, "readiness-page");
  mandatory = named (page, "mandatory-list");
  findings = named (page, "findings-list");
  wait_until (row_with (findings, "no risk owner") != NULL);
  g_assert_cmpstr (attest_readiness_page_get_summary (ATTEST_READINESS_PAGE (page)), ==,
                   "1 blocker: what an auditor would raise as a nonconformity. 6 warnings: what they would ask about.");
  g_assert_nonnull (row_with (findings, "has not approved the plan for it"));   /* the demo's owner who has not yet */
  g_assert_nonnull (row_with (findings, "but their risks in it have changed since"));
  row = row_with (mandatory, "9.2");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Audit programme and audit results"));
  g_assert_cmpstr (row_subtitle (row), ==, "In Attest: Internal audits");
  /* The demo writes and approves its policy in Attest. */
  g_assert_cmpstr (row_subtitle (row_with (mandatory, "5.2")), ==, "In Attest: Information security policy");
  g_assert_cmpstr (row_subtitle (row_with (mandatory, "6.1.2")), ==, "In Attest: Risk method");
  /* Its processes have their criteria: 8.1 is recorded, and its row opens
   * the Processes page. */
  g_assert_cmpstr (row_subtitle (row_with (mandatory, "8.1")), ==, "In Attest: Processes of the ISMS");
  screenshot (GTK_WIDGET (window), "readiness-page");

  /* The finding takes the user to the risk, selected in the register. */
  row = row_with (findings, "no risk owner");
  gtk_widget_activate (row);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "risks") == 0);
  {
    AttestRegister *reg = ATTEST_REGISTER (named (window, "risks-register"));

    wait_until (attest_record_table_get_selected (attest_register_get_table (reg)) == risk);
    /* With the keyboard on its row, not in the matrix above. */
    wait_until (gtk_window_get_focus (GTK_WINDOW (window)) != NULL
                && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_WIDGET (reg)));
  }
  screenshot (GTK_WIDGET (window), "readiness-to-risk");

  /* An owner who has not approved the plan: the finding is about the plan's
   * approval, so it opens the treatment plan, not one of their risks. */
  attest_window_show_page (window, "readiness");
  gtk_widget_activate (row_with (named (page, "findings-list"), "has not approved the plan for it"));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "treatment") == 0);

  /* The SoA (6.1.3 d) is held as a whole: its row opens the SoA page, with
   * no entry picked for the user; 8.2 and 8.3 name their documents. */
  attest_window_show_page (window, "readiness");
  g_assert_cmpstr (row_subtitle (row_with (named (page, "mandatory-list"), "6.1.3 d")), ==,
                   "In Attest: Statement of Applicability");
  g_assert_cmpstr (row_subtitle (row_with (named (page, "mandatory-list"), "8.2")), ==, "In Attest: Risk assessment");
  g_assert_cmpstr (row_subtitle (row_with (named (page, "mandatory-list"), "8.3")), ==, "In Attest: Risk treatment plan");
  gtk_widget_activate (row_with (named (page, "mandatory-list"), "6.1.3 d"));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "soa") == 0);
  wait_for_frame (window);
  g_assert_null (attest_record_table_get_selected (attest_soa_page_get_table (ATTEST_SOA_PAGE (named (window, "soa")))));
  screenshot (GTK_WIDGET (window), "readiness-to-soa");

  /* 9.2 is held by the audits held: its row opens the Internal audit page. */
  attest_window_show_page (window, "readiness");
  gtk_widget_activate (row_with (named (page, "mandatory-list"), "9.2"));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "audits") == 0);

  /* 10.2 is held by the nonconformities: its row opens their page. */
  attest_window_show_page (window, "readiness");
  g_assert_cmpstr (row_subtitle (row_with (named (page, "mandatory-list"), "10.2")), ==,
                   "In Attest: Nonconformities and corrective actions");
  gtk_widget_activate (row_with (named (page, "mandatory-list"), "10.2"));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "nonconformities") == 0);

  /* Kept elsewhere: without them, a register entry for the corrective
   * actions (10.2); the page follows the workspace while it is shown. */
  attest_window_show_page (window, "readiness");
  {
    GListModel *nonconformities = attest_workspace_get_records (workspace, ATTEST_TYPE_NONCONFORMITY);

    while (g_list_model_get_n_items (nonconformities) > 0)
      {
        g_autoptr(AttestRecord) nonconformity = g_list_model_get_item (nonconformities, 0);

        g_assert_true (attest_workspace_remove (workspace, nonconformity, &error));
        g_assert_no_error (error);
      }
  }
  wait_until (row_with (named (page, "findings-list"), "Nonconformities and corrective actions is required") != NULL);
  document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY, "identifier", "CA-2026", "title", "Corrective action log",
                           "location", "Audit folder",
                           "mandatory-items", (const char * const[]) { "10.2", NULL }, NULL);
  g_assert_true (attest_workspace_add (workspace, document, &error));
  g_assert_no_error (error);
  wait_until (g_strcmp0 (row_subtitle (row_with (named (page, "mandatory-list"), "10.2")),
                         "Document register: Corrective action log, kept at Audit folder") == 0);
  g_assert_null (row_with (named (page, "findings-list"), "Nonconformities and corrective actions is required"));

  /* Its row opens the document register with the entry selected. */
  gtk_widget_activate (row_with (named (page, "mandatory-list"), "10.2"));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "documents") == 0);
  documents = ATTEST_REGISTER (named (window, "documents-register"));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (documents))), ==, 19);
  wait_until (attest_record_table_get_selected (attest_register_get_table (documents)) == document);
  screenshot (GTK_WIDGET (window), "documents-page");
  close_window_and_workspace (window, &workspace);
}

/* The sidebar's row of that accessible name chosen, as a user does: the
 * register of the page it shows, once shown. */
static AttestRegister *
choose_register (AttestWindow *window,
                 const char   *row,
                 const char   *page)
{
  g_autofree char *name = g_strdup_printf ("%s-register", page);

  gtk_list_box_select_row (GTK_LIST_BOX (named (window, "sidebar-list")),
                           GTK_LIST_BOX_ROW (accessible (named (window, "sidebar"), GTK_ACCESSIBLE_ROLE_LIST_ITEM, row)));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), page) == 0
              && !gtk_stack_get_transition_running (GTK_STACK (named (window, "stack"))));
  wait_for_frame (window);
  return ATTEST_REGISTER (named (window, name));
}

/* The objectives (6.2): the demo's listed; one added through the editor,
 * refused until it is measured, targeted, dated and owned, linked to a
 * risk it reduces; deleted and brought back with Undo; all in the file. */
static void
test_objectives_page (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *objectives = attest_workspace_get_records (workspace, ATTEST_TYPE_OBJECTIVE);
  g_autoptr(AttestRecord) risk = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK), 0);
  g_autofree char *id = NULL;
  AttestRegister *reg;
  AttestRecordTable *table;
  GtkWindow *editor;

  /* Under Planning (6) in the sidebar, with its clause. */
  reg = choose_register (window, "Objectives", "objectives");
  table = attest_register_get_table (reg);
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (table)), ==, 4);
  screenshot (GTK_WIDGET (window), "objectives-page");

  /* Added: refused while it lacks what makes it an objective. */
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")), "Suppliers assessed before contract");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 4);
  type_text (find_editable_row (GTK_WIDGET (editor), "measure"),
             "Share of new suppliers with a security assessment\nsigned before the contract");
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "target")), "100 %");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "target")));
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "due-date")), "2027-09-30");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "due-date")));
  choose_owner (GTK_WIDGET (editor), "Deputy managing director (Tom Okafor)");
  screenshot (GTK_WIDGET (editor), "objective-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 5);
  {
    g_autoptr(AttestRecord) added = g_list_model_get_item (objectives, 4);

    id = g_strdup (attest_record_get_id (added));
    g_assert_cmpstr (attest_record_get_string (added, "measure"), ==,
                     "Share of new suppliers with a security assessment\nsigned before the contract");
    g_assert_cmpint (attest_record_get_enum (added, "status"), ==, ATTEST_OBJECTIVE_STATUS_PLANNED);
    /* Once it is saved, its editor links it. */
    editor = attest_register_edit (reg, added);
    wait_for_frame (editor);
    /* The risk it reduces, chosen by its title and linked. */
    {
      GtkWidget *choice = find_named (GTK_WIDGET (editor), "risk-choice");
      GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (choice));
      guint position = G_MAXUINT;

      for (guint i = 0; i < g_list_model_get_n_items (names); i++)
        if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), attest_record_get_string (risk, "title")) == 0)
          position = i;
      g_assert_cmpuint (position, <, G_MAXUINT);
      adw_combo_row_set_selected (ADW_COMBO_ROW (choice), position);
      click (find_named (GTK_WIDGET (editor), "link-risk"));
    }
    screenshot (GTK_WIDGET (editor), "objective-editor-linked");
    click (find_named (GTK_WIDGET (editor), "editor-save"));
  }

  /* Deleted with its link, and back with Undo. */
  g_assert_true (attest_register_select_record (reg, attest_workspace_lookup (workspace, id)));
  g_assert_true (attest_register_delete_selected (reg));
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 5);
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *added = attest_workspace_lookup (workspace, id);
    g_autoptr(GPtrArray) links = attest_workspace_dup_links_from (workspace, "objective-risk", added, NULL);

    g_assert_nonnull (added);
    g_assert_cmpstr (attest_record_get_string (added, "due-date"), ==, "2027-09-30");
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (links, 0), ==, attest_record_get_id (attest_workspace_lookup (workspace,
                                                                              attest_record_get_id (risk))));
  }
  attest_workspace_close (workspace);
}

/* Does readiness find @rule on @record (any record, if @words are given)
 * with a message that holds @words (if given)? */
static gboolean
finds (AttestWorkspace *workspace,
       const char      *rule,
       AttestRecord    *record,
       const char      *words)
{
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule, rule) == 0
          && (words != NULL ? strstr (finding->message, words) != NULL : finding->record == record))
        return TRUE;
    }
  return FALSE;
}

/* Does readiness find @rule on @record? */
static gboolean
finds_rule (AttestWorkspace *workspace,
            const char      *rule,
            AttestRecord    *record)
{
  return finds (workspace, rule, record, NULL);
}

/* Planned changes (6.3): the page under Planning; a change added, marked
 * done and linked to the document it affects; readiness asks for the
 * review of its consequences until its day is entered; all on disk. */
static void
test_changes_page (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *changes = attest_workspace_get_records (workspace, ATTEST_TYPE_PLANNED_CHANGE);
  g_autofree char *id = NULL;
  g_autofree char *document_title = NULL;
  AttestRecord *added;
  AttestRegister *reg;
  GtkWindow *editor;

  /* Under Planning (6) in the sidebar, with its clause. */
  reg = choose_register (window, "Planned changes", "changes");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 3);
  screenshot (GTK_WIDGET (window), "changes-page");

  /* Added: refused until it says why, who and when. */
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")), "Laptops enrolled in device management");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "title")));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
  type_text (find_editable_row (GTK_WIDGET (editor), "reason"), "Lost laptops could not be wiped.\nThe insurer asks for it.");
  choose_owner (GTK_WIDGET (editor), "Deputy managing director (Tom Okafor)");
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "planned-date")), "2026-11-20");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "planned-date")));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 4);
  added = g_list_model_get_item (changes, 3);
  g_object_unref (added);   /* the workspace holds it */
  id = g_strdup (attest_record_get_id (added));
  g_assert_cmpint (attest_record_get_enum (added, "status"), ==, ATTEST_CHANGE_STATUS_PLANNED);
  /* Past its date and not done: readiness asks where it stands. */
  g_assert_true (finds_rule (workspace, "change-overdue", added));

  /* Marked done, the document it affects linked. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "status")), ATTEST_CHANGE_STATUS_DONE);
  {
    GtkWidget *choice = find_named (GTK_WIDGET (editor), "document-choice");

    adw_combo_row_set_selected (ADW_COMBO_ROW (choice), 0);
    document_title = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (choice))), 0));
    click (find_named (GTK_WIDGET (editor), "link-document"));
  }
  screenshot (GTK_WIDGET (editor), "change-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpint (attest_record_get_enum (added, "status"), ==, ATTEST_CHANGE_STATUS_DONE);
  g_assert_false (finds_rule (workspace, "change-overdue", added));
  g_assert_true (finds_rule (workspace, "change-unreviewed", added));

  /* Its consequences reviewed, on a day: nothing more to ask. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  type_text (find_editable_row (GTK_WIDGET (editor), "consequences"), "Personal devices can no longer reach email.");
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "reviewed-on")), "2026-11-25");
  attest_field_flush (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "reviewed-on")));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_false (finds_rule (workspace, "change-unreviewed", added));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *change = attest_workspace_lookup (workspace, id);
    g_autoptr(GPtrArray) links = attest_workspace_dup_links_from (workspace, "change-document", change, NULL);

    g_assert_nonnull (change);
    g_assert_cmpstr (attest_record_get_string (change, "reason"), ==, "Lost laptops could not be wiped.\nThe insurer asks for it.");
    g_assert_cmpint (attest_record_get_enum (change, "status"), ==, ATTEST_CHANGE_STATUS_DONE);
    g_assert_cmpstr (attest_record_get_string (change, "reviewed-on"), ==, "2026-11-25");
    g_assert_cmpstr (attest_record_get_string (change, "consequences"), ==, "Personal devices can no longer reach email.");
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_nonnull (strstr (document_title, attest_record_get_string (attest_workspace_lookup (workspace, g_ptr_array_index (links, 0)), "title")));
  }
  attest_workspace_close (workspace);
}

/* Support (7): a resource added under Resources, linked to the objective
 * it serves and marked provided; a communication added under
 * Communication; both on disk. */
static void
test_support_pages (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *resources = attest_workspace_get_records (workspace, ATTEST_TYPE_RESOURCE);
  GListModel *communications = attest_workspace_get_records (workspace, ATTEST_TYPE_COMMUNICATION);
  g_autofree char *resource_id = NULL;
  g_autofree char *communication_id = NULL;
  AttestRecord *added;
  AttestRegister *reg;
  GtkWindow *editor;

  reg = choose_register (window, "Resources", "resources");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 4);
  screenshot (GTK_WIDGET (window), "resources-page");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "title", "Security awareness platform licences");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "kind")), ATTEST_RESOURCE_KIND_BUDGET);
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  /* Refused until it says who provides it. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 4);
  set_entry (editor, "provider", "Managing director");
  set_entry (editor, "needed-by", "2026-11-30");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (resources), ==, 5);
  added = g_list_model_get_item (resources, 4);
  g_object_unref (added);   /* the workspace holds it */
  resource_id = g_strdup (attest_record_get_id (added));
  g_assert_true (finds_rule (workspace, "resource-not-provided", added));

  /* Provided, and linked to the objective it serves. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "status")),
                              ATTEST_RESOURCE_STATUS_PROVIDED);
  set_entry (editor, "provided-on", "2026-11-28");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "objective-choice")), 1);
  click (find_named (GTK_WIDGET (editor), "link-objective"));
  screenshot (GTK_WIDGET (editor), "resource-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_false (finds_rule (workspace, "resource-not-provided", added));

  reg = choose_register (window, "Communication", "communication");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 4);
  screenshot (GTK_WIDGET (window), "communication-page");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "title", "Changes to the acceptable use policy");
  set_entry (editor, "audience", "All staff");
  set_entry (editor, "communicator", "People lead");
  set_entry (editor, "method", "Email, and read and signed on the learning platform");
  set_entry (editor, "frequency", "When it changes");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (communications), ==, 5);
  {
    g_autoptr(AttestRecord) communication = g_list_model_get_item (communications, 4);

    communication_id = g_strdup (attest_record_get_id (communication));
  }
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *resource = attest_workspace_lookup (workspace, resource_id);
    AttestRecord *communication = attest_workspace_lookup (workspace, communication_id);
    g_autoptr(GPtrArray) serves = attest_workspace_dup_links_from (workspace, "resource-objective", resource, NULL);

    g_assert_cmpint (attest_record_get_enum (resource, "kind"), ==, ATTEST_RESOURCE_KIND_BUDGET);
    g_assert_cmpint (attest_record_get_enum (resource, "status"), ==, ATTEST_RESOURCE_STATUS_PROVIDED);
    g_assert_cmpstr (attest_record_get_string (resource, "provided-on"), ==, "2026-11-28");
    g_assert_cmpuint (serves->len, ==, 1);
    g_assert_cmpstr (attest_record_get_string (communication, "method"), ==,
                     "Email, and read and signed on the learning platform");
    g_assert_cmpstr (attest_record_get_string (communication, "frequency"), ==, "When it changes");
  }
  attest_workspace_close (workspace);
}

/* Roles (5.3) in a new workspace: readiness asks for the two duties the
 * standard names; a person added under People; a role added under Roles
 * with both duties, refused until it says what it is responsible for,
 * held by that person (the register shows who); readiness satisfied, and
 * all of it on disk. */
static void
test_roles_pages (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "roles.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme Ltd", &error);
  AttestWindow *window;
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  AttestRecordTable *table;
  AttestRecord *role;
  AttestRegister *reg;
  GtkWindow *editor;
  GtkWidget *row;

  g_assert_no_error (error);
  /* The guided setup was run; the window opens on the registers. */
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "completed", TRUE, NULL);
  window = show_window (workspace);
  g_assert_true (finds_rule (workspace, "role-named-missing", NULL));

  reg = choose_register (window, "People", "people");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "name", "Jo Bloggs");
  set_entry (editor, "position", "Head of IT");
  set_entry (editor, "staff-group", "IT");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);

  reg = choose_register (window, "Roles", "roles");
  screenshot (GTK_WIDGET (window), "roles-page-empty");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "title", "ISMS manager");
  for (const char * const *duty = (const char * const[]) { "conformity", "reporting", NULL }; *duty; duty++)
    {
      row = find_editable_row (GTK_WIDGET (editor), *duty);
      gtk_switch_set_active (GTK_SWITCH (g_object_get_data (G_OBJECT (row), "switch")), TRUE);
    }
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  /* Refused until it says what the role is responsible for. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 0);
  type_text (find_editable_row (GTK_WIDGET (editor), "responsibilities"), "Runs the ISMS and reports on it.");
  set_entry (editor, "communicated", "Staff meeting");
  set_entry (editor, "communicated-on", "2026-11-02");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  role = g_list_model_get_item (roles, 0);
  g_object_unref (role);   /* the workspace holds it */
  /* Both duties given; top management is still no role. */
  g_assert_false (finds (workspace, "role-named-missing", NULL, "No role makes sure"));
  g_assert_false (finds (workspace, "role-named-missing", NULL, "No role reports"));
  g_assert_true (finds (workspace, "role-named-missing", NULL, "No role is top management"));
  g_assert_true (finds_rule (workspace, "role-unheld", role));

  /* Held by Jo, chosen in the editor as a user does. */
  editor = attest_register_edit (reg, role);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "person-choice")), 0);
  click (find_named (GTK_WIDGET (editor), "link-person"));
  screenshot (GTK_WIDGET (editor), "role-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_false (finds_rule (workspace, "role-unheld", role));
  table = attest_register_get_table (reg);
  wait_until (({ g_autofree char *holders = attest_record_table_dup_cell_text (table, 0, 1);
                 g_strcmp0 (holders, "Jo Bloggs") == 0; }));
  assert_cell (table, 0, 2, "Conformity, Reporting");
  screenshot (GTK_WIDGET (window), "roles-page");
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    GListModel *saved = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
    g_autoptr(AttestRecord) manager = g_list_model_get_item (saved, 0);
    g_autoptr(GPtrArray) holders = attest_workspace_dup_links_from (workspace, "role-person", manager, NULL);
    AttestRecord *jo = attest_workspace_lookup (workspace, g_ptr_array_index (holders, 0));

    g_assert_true (attest_record_get_boolean (manager, "conformity"));
    g_assert_true (attest_record_get_boolean (manager, "reporting"));
    g_assert_cmpstr (attest_record_get_string (manager, "responsibilities"), ==, "Runs the ISMS and reports on it.");
    g_assert_cmpstr (attest_record_get_string (manager, "communicated-on"), ==, "2026-11-02");
    g_assert_cmpuint (holders->len, ==, 1);
    g_assert_cmpstr (attest_record_get_string (jo, "name"), ==, "Jo Bloggs");
    g_assert_cmpstr (attest_record_get_string (jo, "staff-group"), ==, "IT");
  }
  attest_workspace_close (workspace);
}

/* Awareness (7.3): the demo's activities under Support; the period set on
 * the page's own row (a month: every staff group is then named); an
 * activity for two groups added through the editor, refused until it says
 * when and who attended; the groups it names no longer named; all on
 * disk. */
static void
test_awareness_page (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *activities = attest_workspace_get_records (workspace, ATTEST_TYPE_AWARENESS);
  g_autofree char *held = today ();
  AttestRegister *reg;
  GtkWindow *editor;
  GtkWidget *period;

  reg = choose_register (window, "Awareness", "awareness");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 3);
  g_assert_false (finds (workspace, "awareness-group-missed", NULL, "Staff group"));
  period = accessible (named (window, "awareness-page"), GTK_ACCESSIBLE_ROLE_SPIN_BUTTON,
                       "Every staff group made aware at least every (months)");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (period)), ==, 12);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (period), 1);
  g_assert_cmpint (attest_record_get_int (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION),
                                          "awareness-interval"), ==, 1);
  g_assert_true (finds (workspace, "awareness-group-missed", NULL, "“Management”"));
  g_assert_true (finds (workspace, "awareness-group-missed", NULL, "“Analysts”"));
  screenshot (GTK_WIDGET (window), "awareness-page");

  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "title", "Clear desk and locked screens");
  /* The groups typed, and saved at once, before typing pauses: what is
   * checked is what is typed. */
  gtk_editable_set_text (GTK_EDITABLE (find_editable_row (GTK_WIDGET (editor), "groups")), "Management; Analysts");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  /* Refused until it says when it was held and who attended. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 3);
  {
    AttestRecordForm *form = ATTEST_RECORD_FORM (gtk_widget_get_ancestor (find_editable_row (GTK_WIDGET (editor), "groups"),
                                                                           ATTEST_TYPE_RECORD_FORM));

    g_assert_null (attest_record_form_get_problem (form, "groups"));
    g_assert_nonnull (attest_record_form_get_problem (form, "held-on"));
  }
  set_entry (editor, "held-on", held);
  set_entry (editor, "attendance", "All but two");
  screenshot (GTK_WIDGET (editor), "awareness-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 4);
  g_assert_false (finds (workspace, "awareness-group-missed", NULL, "Staff group"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    GListModel *saved = attest_workspace_get_records (workspace, ATTEST_TYPE_AWARENESS);
    g_autoptr(AttestRecord) added = g_list_model_get_item (saved, 3);

    g_assert_cmpstrv (attest_record_get_strv (added, "groups"), ((const char * const[]) { "Management", "Analysts", NULL }));
    g_assert_cmpstr (attest_record_get_string (added, "held-on"), ==, held);
    g_assert_cmpstr (attest_record_get_string (added, "attendance"), ==, "All but two");
    g_assert_cmpint (attest_record_get_int (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION),
                                            "awareness-interval"), ==, 1);
  }
  attest_workspace_close (workspace);
}

/* Competence (7.2): the demo's competences under Support, with the
 * evidence below; a competence added and linked to the role that requires
 * it, readiness then naming its holder; evidence of it added in the
 * second register, choosing the person and the competence, refused until
 * it says when and where; the gap gone; all on disk. */
static void
test_competence_page (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *competences = attest_workspace_get_records (workspace, ATTEST_TYPE_COMPETENCE);
  GListModel *qualifications = attest_workspace_get_records (workspace, ATTEST_TYPE_QUALIFICATION);
  g_autofree char *gained = today ();
  g_autofree char *competence_id = NULL;
  AttestRecord *incidents;
  AttestRegister *reg;
  GtkWindow *editor;

  reg = choose_register (window, "Competence", "competence");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (
                      ATTEST_REGISTER (named (window, "qualifications-register"))))), ==, 6);
  screenshot (GTK_WIDGET (window), "competence-page");

  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "title", "Handling a security incident");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (competences), ==, 4);
  incidents = g_list_model_get_item (competences, 3);
  g_object_unref (incidents);   /* the workspace holds it */
  competence_id = g_strdup (attest_record_get_id (incidents));

  /* Required by the ISMS manager (the demo's second role): Tom has no
   * evidence of it. */
  editor = attest_register_edit (reg, incidents);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "role-choice")), 1);
  click (find_named (GTK_WIDGET (editor), "link-role"));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (finds (workspace, "competence-gap", NULL, "Tom Okafor holds ISMS manager, which requires “Handling a "
                                                         "security incident”"));

  /* The evidence, in the register below. */
  reg = ATTEST_REGISTER (named (window, "qualifications-register"));
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "person-id")), 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "competence-id")), 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "kind")),
                              ATTEST_QUALIFICATION_KIND_EXPERIENCE);
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  /* Refused until it says when it was gained and where the evidence is. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (qualifications), ==, 6);
  set_entry (editor, "obtained-on", gained);
  set_entry (editor, "evidence", "Incident reports of 2026, in the ISMS folder");
  screenshot (GTK_WIDGET (editor), "qualification-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (qualifications), ==, 7);
  g_assert_false (finds (workspace, "competence-gap", NULL, "Handling a security incident"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    GListModel *saved = attest_workspace_get_records (workspace, ATTEST_TYPE_QUALIFICATION);
    g_autoptr(AttestRecord) added = g_list_model_get_item (saved, 6);
    AttestRecord *person = attest_workspace_lookup (workspace, attest_record_get_string (added, "person-id"));
    AttestRecord *competence = attest_workspace_lookup (workspace, competence_id);
    g_autoptr(GPtrArray) roles = attest_workspace_dup_links_from (workspace, "competence-role", competence, NULL);

    g_assert_cmpstr (attest_record_get_string (person, "name"), ==, "Tom Okafor");
    g_assert_cmpstr (attest_record_get_string (added, "competence-id"), ==, competence_id);
    g_assert_cmpint (attest_record_get_enum (added, "kind"), ==, ATTEST_QUALIFICATION_KIND_EXPERIENCE);
    g_assert_cmpstr (attest_record_get_string (added, "obtained-on"), ==, gained);
    g_assert_cmpuint (roles->len, ==, 1);
  }
  attest_workspace_close (workspace);
}

/* External providers (8.1): the page under Operation; one added, refused
 * until it says what it provides, who looks after it and when it is next
 * reviewed, linked to a control that applies; past its review, asked
 * about; all on disk. */
/* Monitoring and measurement (9.1): the demo's metrics; one chosen shows
 * its chart and its measurements; a measurement entered in one row from
 * the keyboard (a value that is not a number, or a day to come, refused
 * with the reason and nothing saved), Ctrl+Z takes it back; the overdue
 * metric says so until measured; all on disk. */
static void
test_metrics_page (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *metrics = attest_workspace_get_records (workspace, ATTEST_TYPE_METRIC);
  GListModel *measurements = attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *next_day = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *phishing_id = NULL;
  AttestRecord *patches = NULL, *phishing = NULL;
  AttestRegister *reg, *taken;
  GtkWidget *date, *value, *note, *error, *chart;
  guint n;

  reg = choose_register (window, "Metrics", "metrics");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (metrics); i++)
    {
      g_autoptr(AttestRecord) metric = g_list_model_get_item (metrics, i);

      if (g_str_has_prefix (attest_record_get_string (metric, "name"), "Critical updates"))
        patches = metric;
      else if (g_str_has_prefix (attest_record_get_string (metric, "name"), "Staff who click"))
        phishing = metric;
    }
  g_assert_true (patches != NULL && phishing != NULL);
  phishing_id = g_strdup (attest_record_get_id (phishing));
  n = g_list_model_get_n_items (measurements);
  g_assert_cmpuint (n, ==, 24);

  /* Chosen, the metric shows its chart, named and told for screen readers,
   * and its twelve measurements. */
  g_assert_false (gtk_widget_is_visible (named (window, "metrics-chart")));
  g_assert_true (attest_register_select_record (reg, patches));
  chart = named (window, "metrics-chart");
  wait_until (gtk_widget_get_mapped (chart));
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_IMG, "Critical updates installed within 14 days"));
  taken = ATTEST_REGISTER (named (window, "measurements-register"));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (taken))), ==, 12);
  date = accessible (window, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Taken on");
  value = accessible (window, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Value");
  note = accessible (window, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "What it shows");
  error = named (window, "measurement-error");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, today);

  /* Not a number: refused with the reason, nothing saved. */
  gtk_editable_set_text (GTK_EDITABLE (value), "ninety");
  g_signal_emit_by_name (value, "activate");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "Value: Write a number, such as 97.5"));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "ninety");

  /* A day to come: refused too. */
  gtk_editable_set_text (GTK_EDITABLE (date), next_day);
  gtk_editable_set_text (GTK_EDITABLE (value), "98,5");
  g_signal_emit_by_name (value, "activate");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "Taken on: "));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n);

  /* Today's, with a note: added, the row ready for the next. */
  gtk_editable_set_text (GTK_EDITABLE (date), today);
  gtk_editable_set_text (GTK_EDITABLE (note), "After the maintenance window moved");
  g_signal_emit_by_name (note, "activate");
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n + 1);
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), value));
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (taken))) == 13);
  g_assert_cmpstr (attest_record_get_string (attest_metric_get_last_measurement (workspace, patches), "value"), ==,
                   "98,5");
  /* Ctrl+Z in the emptied field has nothing of the added one to bring
   * back, so Enter cannot add it twice. */
  {
    GtkWidget *text = GTK_IS_TEXT (value) ? value : GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (value)));

    gtk_widget_activate_action (text, "text.undo", NULL);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "");
  }
  /* The metric's row says its last measurement is this one. */
  {
    AttestRecordTable *table = attest_register_get_table (reg);
    g_autofree char *shown = NULL;

    wait_until ((g_free (shown), shown = attest_record_table_dup_shown_text (table, patches, 4)) != NULL
                && g_str_has_prefix (shown, "98,5 % on "));
  }
  screenshot (GTK_WIDGET (window), "metrics-page");

  /* Its editor: how often in one row, who analyses chosen among the
   * people, the objectives and controls it shows as links. */
  {
    GtkWindow *editor = attest_register_edit (reg, patches);

    wait_for_frame (editor);
    g_assert_nonnull (field_row (editor, "Who analyses and evaluates the results"));
    g_assert_nonnull (field_row (editor, "Measured every"));
    g_assert_nonnull (find_labelled (GTK_WIDGET (editor), "Objectives whose progress it shows"));
    screenshot (GTK_WIDGET (editor), "metric-editor");
    gtk_window_close (editor);
    /* Closed, the keyboard is back on the metric's row. */
    wait_until (gtk_window_get_focus (GTK_WINDOW (window)) != NULL
                && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                           GTK_WIDGET (attest_register_get_table (reg))));
    g_assert_true (attest_record_table_get_selected (attest_register_get_table (reg)) == patches);
  }

  /* Ctrl+Z takes it back; Ctrl+Shift+Z gives it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n + 1);

  /* The phishing simulation's is overdue, as readiness says, until its
   * measurement is entered. */
  g_assert_true (finds_rule (workspace, "metric-overdue", phishing));
  gtk_editable_set_text (GTK_EDITABLE (date), "2026-01-05");
  g_assert_true (attest_register_select_record (reg, phishing));
  wait_until (g_str_equal (gtk_label_get_text (GTK_LABEL (named (window, "metric-heading"))),
                           "Staff who click the phishing simulation's link"));
  /* Another metric's row starts from today. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, today);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "metric-summary"))), "Overdue since"));
  /* Typed with its unit, which the field shows: the value is kept without it. */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (value)), ==, "Value (%)");
  gtk_editable_set_text (GTK_EDITABLE (value), "3.5 %");
  click_labelled (GTK_WIDGET (window), "_Add Measurement");
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, n + 2);
  g_assert_cmpstr (attest_record_get_string (attest_metric_get_last_measurement (workspace, phishing), "value"), ==,
                   "3.5");
  g_assert_false (finds_rule (workspace, "metric-overdue", phishing));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "metric-summary"))), "Next due"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *metric = attest_workspace_lookup (workspace, phishing_id);
    AttestRecord *last = attest_metric_get_last_measurement (workspace, metric);

    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT)), ==,
                      n + 2);
    g_assert_cmpstr (attest_record_get_string (last, "value"), ==, "3.5");
    g_assert_cmpstr (attest_record_get_string (last, "date"), ==, today);
  }
  attest_workspace_close (workspace);
}

/* Chooses the entry of that name in a link list's choice, and links it. */
static void
link_named (GtkWindow  *editor,
            const char *kind,
            const char *name)
{
  g_autofree char *choice_name = g_strdup_printf ("%s-choice", kind);
  g_autofree char *link_name = g_strdup_printf ("link-%s", kind);
  GtkWidget *choice = named (editor, choice_name);
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (choice));
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      position = i;
  g_assert_cmpuint (position, <, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (choice), position);
  click (named (editor, link_name));
}

/* Internal audit (9.2): the demo's programme and audits under Performance
 * evaluation; an audit added with the register's Add, held today on
 * clauses 9.1 and 9.2, audited by someone who owns metrics (said in words
 * on the page and by readiness) and then by the external auditor; a
 * finding added below it, which starts as that audit's; the coverage grid
 * says 9.1 audited today; all on disk. */
static void
test_audits_page (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  /* Wide enough for the coverage grid's years side by side. */
  AttestWindow *window = show_window_sized (workspace, 1280, 960);
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);
  GListModel *findings = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today_shown = attest_i18n_format_stored_date (today);
  g_autofree char *cell_name = g_strdup_printf ("coverage-9.1-%d", g_date_time_get_year (now));
  g_autofree char *audit_id = NULL;
  g_autofree char *audited = NULL;
  AttestRegister *reg, *found;
  AttestRecord *added;
  GtkWindow *editor;
  GtkWidget *cell;
  guint n_findings = g_list_model_get_n_items (findings);

  /* The programme set out in the demo: one line, its form folded away. */
  reg = choose_register (window, "Internal audit", "audits");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 2);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (named (window, "audit-programme-expander"))));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-programme-summary"))),
                            "Managed by "));
  g_assert_false (gtk_widget_is_visible (named (window, "audit-heading")));
  screenshot (GTK_WIDGET (window), "audits-page");

  /* Before: the coverage grid does not say 9.1 was audited this year. */
  show_section (window, "audit-coverage", "audit-coverage-page");
  cell = named (window, cell_name);
  g_assert_false (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (cell)), "✓"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-coverage-gaps"))), "not yet covered"));
  reg = choose_register (window, "Internal audit", "audits");

  /* Added with the register's Add: refused until it has a title, a scope
   * and a day; then saved. */
  click (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Add an internal audit"));
  editor = wait_for_editor ();
  click (named (editor, "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (audits), ==, 2);
  set_entry (editor, "title", "Internal audit 3: performance evaluation");
  type_text (named (editor, "scope"), "Monitoring, measurement and the audit programme itself.");
  set_entry (editor, "clauses", "9.1; 9.2");
  set_entry (editor, "planned-date", today);
  set_entry (editor, "held-on", today);
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (audits), ==, 3);
  added = g_list_model_get_item (audits, 2);
  g_object_unref (added);   /* the workspace holds it */
  audit_id = g_strdup (attest_record_get_id (added));
  g_assert_true (finds_rule (workspace, "audit-no-auditor", added));

  /* Chosen: what it covers and when, in short. */
  g_assert_true (attest_register_select_record (reg, added));
  wait_until (gtk_widget_is_visible (named (window, "audit-heading")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-heading"))), ==,
                   "Internal audit 3: performance evaluation");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-covers"))), ==, "Covers 9.1, 9.2");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-summary"))), "No auditor named yet"));
  g_assert_false (gtk_widget_get_visible (named (window, "audit-conflicts")));

  /* Tom Okafor owns the metrics: as its auditor he would audit his own
   * work, which the page says in words, and readiness too. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  g_assert_nonnull (find_labelled (GTK_WIDGET (editor), "Auditors"));
  g_assert_nonnull (find_labelled (GTK_WIDGET (editor), "Annex A controls it covers"));
  link_named (editor, "person", "Deputy managing director (Tom Okafor)");
  screenshot (GTK_WIDGET (editor), "audit-editor");
  click (named (editor, "editor-save"));
  wait_until (gtk_widget_get_visible (named (window, "audit-conflicts")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-conflicts-text"))),
                            "Tom Okafor owns “"));
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_GROUP, "Auditors who would audit their own work"));
  g_assert_true (finds_rule (workspace, "audit-not-impartial", added));
  screenshot (GTK_WIDGET (window), "audits-page-conflict");

  /* The external auditor instead: impartial. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  {
    g_autofree char *unlink = NULL;
    g_autofree char *tom = NULL;
    g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, added);

    g_assert_cmpuint (auditors->len, ==, 1);
    tom = attest_record_dup_display_name (workspace, g_ptr_array_index (auditors, 0));
    unlink = g_strdup_printf ("Unlink “%s”", tom);
    click (accessible (editor, GTK_ACCESSIBLE_ROLE_BUTTON, unlink));
  }
  link_named (editor, "person", "Internal auditor from Whitfield Assurance (Grace Whitfield)");
  click (named (editor, "editor-save"));
  wait_until (!gtk_widget_get_visible (named (window, "audit-conflicts")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-summary"))),
                            "Audited by Grace Whitfield"));
  g_assert_false (finds_rule (workspace, "audit-not-impartial", added));

  /* A finding added below it starts as this audit's. */
  found = ATTEST_REGISTER (named (window, "audit-findings-register"));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (found))), ==, 0);
  click (accessible (named (window, "audit-findings-register"), GTK_ACCESSIBLE_ROLE_BUTTON, "Add a finding"));
  editor = wait_for_editor ();
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "type")), ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY);
  set_entry (editor, "requirement", "9.1");
  type_text (named (editor, "description"), "The restore time was not measured in October.");
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, n_findings + 1);
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (found))) == 1);
  wait_until (strstr (gtk_label_get_text (GTK_LABEL (named (window, "audit-summary"))), "1 finding") != NULL);
  screenshot (GTK_WIDGET (window), "audits-page-finding");
  /* The programme's form, opened. */
  gtk_expander_set_expanded (GTK_EXPANDER (named (window, "audit-programme-expander")), TRUE);
  wait_until (gtk_widget_get_mapped (named (window, "audit-programme-form")));
  g_assert_nonnull (field_row (window, "Audit methods"));
  screenshot (GTK_WIDGET (window), "audits-page-programme");

  /* The coverage grid: 9.1 audited today, said in words to a screen reader too. */
  show_section (window, "audit-coverage", NULL);
  cell = named (window, cell_name);
  audited = g_strdup_printf ("✓ Audited\n%s", today_shown);
  wait_until (g_strcmp0 (gtk_label_get_text (GTK_LABEL (cell)), audited) == 0);
  {
    g_autofree char *reads = g_strdup_printf ("9.1 %s, %d: Audited on %s",
                                              gtk_label_get_text (GTK_LABEL (gtk_widget_get_prev_sibling (cell))),
                                              g_date_time_get_year (now), today_shown);

    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, reads));
  }
  screenshot (GTK_WIDGET (window), "audit-coverage-audited");
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *audit = attest_workspace_lookup (workspace, audit_id);
    g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, audit);
    g_autoptr(GPtrArray) recorded = attest_audit_dup_findings (workspace, audit);
    const char * const *clauses = attest_record_get_strv (audit, "clauses");

    g_assert_cmpstr (attest_record_get_string (audit, "title"), ==, "Internal audit 3: performance evaluation");
    g_assert_cmpstr (attest_record_get_string (audit, "held-on"), ==, today);
    g_assert_cmpuint (g_strv_length ((char **) clauses), ==, 2);
    g_assert_cmpstr (clauses[0], ==, "9.1");
    g_assert_cmpstr (clauses[1], ==, "9.2");
    g_assert_cmpuint (auditors->len, ==, 1);
    g_assert_cmpstr (attest_record_get_string (g_ptr_array_index (auditors, 0), "name"), ==, "Grace Whitfield");
    g_assert_cmpuint (recorded->len, ==, 1);
    g_assert_cmpint (attest_record_get_enum (g_ptr_array_index (recorded, 0), "type"), ==,
                     ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY);
    g_assert_cmpstr (attest_record_get_string (g_ptr_array_index (recorded, 0), "requirement"), ==, "9.1");
  }
  attest_workspace_close (workspace);
}

static void
test_providers_page (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *providers = attest_workspace_get_records (workspace, ATTEST_TYPE_PROVIDER);
  g_autofree char *provider_id = NULL;
  AttestRecord *added;
  AttestRegister *reg;
  GtkWindow *editor;

  reg = choose_register (window, "External providers", "providers");
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 3);
  screenshot (GTK_WIDGET (window), "providers-page");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  set_entry (editor, "name", "Shredwell");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 3);
  type_text (find_editable_row (GTK_WIDGET (editor), "provides"), "Collection and shredding of paper records");
  choose_owner (GTK_WIDGET (editor), "Office manager");
  set_entry (editor, "next-review", "2026-01-15");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (providers), ==, 4);
  added = g_list_model_get_item (providers, 3);
  g_object_unref (added);   /* the workspace holds it */
  provider_id = g_strdup (attest_record_get_id (added));
  g_assert_true (finds_rule (workspace, "provider-review-overdue", added));

  /* The control that applies, chosen in its editor. */
  editor = attest_register_edit (reg, added);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "soa-entry-choice")), 0);
  click (find_named (GTK_WIDGET (editor), "link-soa-entry"));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *provider = attest_workspace_lookup (workspace, provider_id);
    g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (workspace, "provider-control", provider, NULL);

    g_assert_cmpstr (attest_record_get_string (provider, "provides"), ==, "Collection and shredding of paper records");
    g_assert_cmpstr (attest_record_get_string (provider, "next-review"), ==, "2026-01-15");
    g_assert_cmpuint (controls->len, ==, 1);
  }
  attest_workspace_close (workspace);
}

/* The processes of the ISMS (4.4, 8.1) in a new workspace whose scope
 * names one process: none yet, so no diagram; one button adds the scope's
 * and the usual ones with their hand-overs, drawn and said to a screen
 * reader; Ctrl+Z takes all back; one is given its owner, interval, last
 * run and criteria in its editor, and a hand-over; all on disk. */
/* Owners (5.3): a risk's owner picked from the people and roles, a new
 * person added from the search, Undo; a person deleted leaves what they
 * owned without an owner, and the toast's Undo gives it back. */
static void
test_owner_picker (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 0);
  AttestRecord *hannah = NULL;
  g_autofree char *before = g_strdup (attest_record_get_string (risk, "owner"));
  AttestWindow *window = show_window (workspace);
  AttestRegister *reg = choose_register (window, "Risks", "risks");
  GtkWindow *editor;
  GtkWidget *owner;
  guint n_people = g_list_model_get_n_items (people);

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(AttestRecord) person = g_list_model_get_item (people, i);

      if (g_str_equal (attest_record_get_string (person, "name"), "Hannah Byrne"))
        hannah = person;
    }
  g_assert_nonnull (hannah);
  g_assert_cmpstr (before, !=, "Head of analytics (Hannah Byrne)");

  editor = attest_register_edit (reg, risk);
  wait_for_frame (editor);
  owner = find_named (GTK_WIDGET (editor), "owner");
  g_assert_true (ATTEST_IS_PICKER_ROW (owner));
  /* Named as a screen reader reads it, showing the owner in full. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (owner)), ==, "Risk owner");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (owner))), ==, before);

  /* Picked by searching part of her name. */
  choose_owner (GTK_WIDGET (editor), "Head of analytics (Hannah Byrne)");
  g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, attest_record_get_id (hannah));
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");

  /* Someone the ISMS does not know yet: added from the search, as a person. */
  attest_picker_row_popup (ATTEST_PICKER_ROW (owner));
  gtk_editable_set_text (GTK_EDITABLE (attest_picker_row_get_search_entry (ATTEST_PICKER_ROW (owner))), "Jane Roe");
  g_signal_emit_by_name (attest_picker_row_get_search_entry (ATTEST_PICKER_ROW (owner)), "search-changed");
  {
    GtkWidget *add = attest_picker_row_get_add_button (ATTEST_PICKER_ROW (owner));

    g_assert_true (gtk_widget_get_visible (add));
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "Add “Jane Roe” as a person"));
    /* No one matches: no empty list above the button. */
    g_assert_false (gtk_widget_is_visible (attest_picker_row_get_list_view (ATTEST_PICKER_ROW (owner))));
    wait_for_frame (add);
    screenshot (gtk_widget_get_parent (add), "owner-picker-add");
    click (add);
  }
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people + 1);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Jane Roe");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (owner))), ==, "Jane Roe");
  /* One step back: the person and the choice together. (Through the
   * workspace, as the window's Undo does, without its toast: libadwaita
   * 1.2 aborts when the toast of the delete below, of high priority, is
   * dismissed while the toast it pushed aside is still leaving.) */
  g_assert_true (attest_workspace_undo (workspace, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people);
  g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (owner))), ==,
                   "Head of analytics (Hannah Byrne)");
  click (find_named (GTK_WIDGET (editor), "editor-save"));

  /* Hannah deleted under People: what she owned has no owner, which the
   * risk register shows; Undo gives her back with it. */
  {
    AttestRegister *people_reg = choose_register (window, "People", "people");
    g_autoptr(AttestRecord) asset = NULL;
    GListModel *assets = attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET);
    AttestRecord *hers = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
      {
        g_autoptr(AttestRecord) item = g_list_model_get_item (assets, i);

        if (attest_workspace_get_owner (workspace, item) == hannah)
          hers = item;
      }
    g_assert_nonnull (hers);   /* the client data sets, named so in the demo */
    g_assert_true (attest_register_select_record (people_reg, hannah));
    g_assert_true (attest_register_delete_selected (people_reg));
    g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people - 1);
    g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "");
    g_assert_cmpstr (attest_record_get_string (risk, "owner-id"), ==, "");
    g_assert_cmpstr (attest_record_get_string (hers, "owner"), ==, "");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people);
    g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, "Head of analytics (Hannah Byrne)");
    g_assert_cmpstr (attest_record_get_string (hers, "owner"), ==, "Head of analytics (Hannah Byrne)");
  }

  /* Who owns what, by clause, under the roles: a row for each of the
   * demo's four people, their risks, controls and actions under 6.1. */
  {
    GtkWidget *matrix;
    guint found = 0;

    choose_register (window, "Roles", "roles");
    matrix = named (window, "responsibility-matrix");
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (matrix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "Who owns what, by clause"));
    for (guint r = 1; r <= 4; r++)
      {
        g_autofree char *who = attest_responsibility_matrix_dup_cell (ATTEST_RESPONSIBILITY_MATRIX (matrix), r, 0);
        g_autofree char *risks_cell = attest_responsibility_matrix_dup_cell (ATTEST_RESPONSIBILITY_MATRIX (matrix), r, 3);

        if (g_strcmp0 (who, "Head of analytics (Hannah Byrne)") == 0)
          {
            found++;
            g_assert_cmpstr (risks_cell, !=, "–");
          }
      }
    g_assert_cmpuint (found, ==, 1);
    {
      g_autofree char *heading = attest_responsibility_matrix_dup_cell (ATTEST_RESPONSIBILITY_MATRIX (matrix), 0, 3);

      g_assert_cmpstr (heading, ==, "6.1");
    }
    screenshot (GTK_WIDGET (window), "roles-responsibility-matrix");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_processes_page (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "processes.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme Ltd", &error);
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_PROCESS,
                                               "name", "Payroll", NULL);
  g_autofree char *audit_id = NULL;
  AttestRecord *audit = NULL;
  AttestWindow *window;
  AttestRegister *reg;
  GtkWidget *page, *diagram, *spin;
  GtkWindow *editor;

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, item, &error));
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "completed", TRUE, NULL);
  window = show_window (workspace);
  g_assert_true (finds_rule (workspace, "processes-none", NULL));
  g_assert_true (finds_rule (workspace, "scope-process-unrecorded", item));

  reg = choose_register (window, "Processes", "processes");
  page = named (window, "processes-page");
  diagram = named (page, "process-diagram");
  g_assert_false (gtk_widget_get_visible (diagram));
  click_named (page, "add-usual-processes");
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (reg))), ==, 13);
  g_assert_false (finds_rule (workspace, "scope-process-unrecorded", item));
  wait_until (gtk_widget_get_visible (diagram) && gtk_widget_get_height (diagram) > 100);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (diagram), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Diagram of the processes and how they hand over to each other"));
  g_assert_nonnull (strstr (attest_process_map_get_description (ATTEST_PROCESS_MAP (diagram)),
                            "Risk assessment hands over to Risk treatment."));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (diagram), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     attest_process_map_get_description (ATTEST_PROCESS_MAP (diagram))));
  /* Payroll, which the scope names, hands over to none: said under the
   * diagram, not silently left out. */
  {
    GtkWidget *note = named (page, "process-diagram-note");

    g_assert_true (gtk_widget_get_visible (note));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "Not drawn, as no hand-over joins it: Payroll.");
  }
  /* What readiness asks of them, as a filter: seven run at intervals and
   * none has run yet; none has an owner; none is past a due day. */
  {
    GListModel *shown = attest_record_table_get_model (attest_register_get_table (reg));

    g_assert_true (attest_register_choose (reg, "process-state-filter", "Not run yet"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 7);
    g_assert_true (attest_register_choose (reg, "process-state-filter", "Without an owner"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 13);
    g_assert_true (attest_register_choose (reg, "process-state-filter", "Past the day it was due"));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
    g_assert_true (attest_register_choose (reg, "process-state-filter", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 13);
  }
  screenshot (GTK_WIDGET (window), "processes-page");
  screenshot (diagram, "processes-diagram");

  /* One step of undo takes them all back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 0);
  wait_until (!gtk_widget_get_visible (diagram));
  click_named (page, "add-usual-processes");
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 13);
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (g_str_equal (attest_record_get_string (process, "name"), "Internal audit"))
        audit = process;
    }
  g_assert_nonnull (audit);
  audit_id = g_strdup (attest_record_get_id (audit));
  g_assert_true (finds_rule (workspace, "process-criteria-unset", audit));
  /* Yearly and never run: the register says so where the next day would be. */
  {
    AttestRecordTable *table = attest_register_get_table (reg);
    g_autofree char *next = attest_record_table_get_cell_text (table, audit, 3);

    g_assert_cmpstr (next, ==, "Not run yet");
  }

  /* Its editor: owner, every 6 months, last run, criteria and their check,
   * and one more process it hands over to. */
  editor = attest_register_edit (reg, audit);
  wait_for_frame (editor);
  /* What it receives, in a list of its own: document control hands over
   * to it; management review, which it hands over to, does not. */
  g_assert_nonnull (row_with (find_named (GTK_WIDGET (editor), "linking-processs"), "Document control"));
  g_assert_null (row_with (find_named (GTK_WIDGET (editor), "linking-processs"), "Management review"));
  choose_owner (GTK_WIDGET (editor), "Head of audit");
  spin = g_object_get_data (G_OBJECT (find_named (GTK_WIDGET (editor), "runs-every")), "spin");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 6);
  /* The unit in the same row; "when needed" takes no number. */
  {
    GtkWidget *unit = find_named (find_named (GTK_WIDGET (editor), "runs-every"), "runs-unit");

    g_assert_true (GTK_IS_DROP_DOWN (unit));
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (unit), GTK_ACCESSIBLE_PROPERTY_LABEL, "Unit"));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (unit)), ==, 3);   /* months */
    gtk_drop_down_set_selected (GTK_DROP_DOWN (unit), 0);
    g_assert_false (gtk_widget_get_sensitive (spin));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (unit), 3);
    g_assert_true (gtk_widget_get_sensitive (spin));
    screenshot (GTK_WIDGET (editor), "process-editor");
  }
  set_entry (editor, "last-run", "2026-02-30");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  /* Refused: no such day. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  set_entry (editor, "last-run", "2026-02-27");
  type_text (find_editable_row (GTK_WIDGET (editor), "criteria"), "Every clause audited each year");
  type_text (find_editable_row (GTK_WIDGET (editor), "criteria-check"), "The board reads the programme");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "process-choice")), 0);
  click (find_named (GTK_WIDGET (editor), "link-process"));
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_false (finds_rule (workspace, "process-criteria-unset", audit));

  /* The process in scope shows the process that stands for it; a location
   * offers no such link. */
  {
    g_autoptr(AttestRecord) office = g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_LOCATION,
                                                   "name", "Leeds office", NULL);
    AttestRegister *scope_reg;
    GtkWidget *linked;

    g_assert_true (attest_workspace_add (workspace, office, &error));
    scope_reg = choose_register (window, "Scope", "scope");
    editor = attest_register_edit (scope_reg, item);
    wait_for_frame (editor);
    linked = find_named (GTK_WIDGET (editor), "linked-processs");
    g_assert_nonnull (linked);
    g_assert_nonnull (gtk_widget_get_first_child (linked));   /* Payroll, the process added for it */
    screenshot (GTK_WIDGET (editor), "scope-item-process-editor");
    gtk_window_close (editor);
    editor = attest_register_edit (scope_reg, office);
    wait_for_frame (editor);
    g_assert_null (find_named (GTK_WIDGET (editor), "linked-processs"));
    gtk_window_close (editor);

    /* Payroll's process offers no other part of the scope to stand for:
     * the office is a location. */
    {
      g_autoptr(GPtrArray) stands = attest_workspace_dup_links_from (workspace, "scope-item-process", item, NULL);
      AttestRecord *payroll = attest_workspace_lookup (workspace, g_ptr_array_index (stands, 0));
      AttestRegister *process_reg = choose_register (window, "Processes", "processes");
      GtkWidget *choice;

      editor = attest_register_edit (process_reg, payroll);
      wait_for_frame (editor);
      g_assert_nonnull (gtk_widget_get_first_child (find_named (GTK_WIDGET (editor), "linked-scope-items")));
      choice = find_named (GTK_WIDGET (editor), "scope-item-choice");
      g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (choice))), ==, 0);
      g_assert_false (gtk_widget_get_sensitive (choice));
      gtk_window_close (editor);
    }
  }
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *saved = attest_workspace_lookup (workspace, audit_id);
    g_autoptr(GPtrArray) targets = attest_workspace_dup_links_from (workspace, "process-handover", saved, NULL);
    g_autofree char *next = attest_process_dup_next_run (saved);

    g_assert_cmpstr (attest_record_get_string (saved, "owner"), ==, "Head of audit");
    g_assert_cmpint (attest_record_get_int (saved, "runs-every"), ==, 6);
    g_assert_cmpint (attest_record_get_enum (saved, "runs-unit"), ==, ATTEST_CADENCE_MONTHS);
    g_assert_cmpstr (attest_record_get_string (saved, "last-run"), ==, "2026-02-27");
    g_assert_cmpstr (next, ==, "2026-08-27");
    g_assert_cmpstr (attest_record_get_string (saved, "criteria"), ==, "Every clause audited each year");
    g_assert_cmpstr (attest_record_get_string (saved, "criteria-check"), ==, "The board reads the programme");
    /* The two usual hand-overs and the one chosen. */
    g_assert_cmpuint (targets->len, ==, 3);
  }
  attest_workspace_close (workspace);
}

/* Leadership (5.1) in a new workspace: readiness names all eight things
 * top management is to show; one recorded under Leadership, choosing what
 * it shows, refused until it says what shows it and when; seven left; on
 * disk. */
static void
test_commitments_page (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "leadership.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme Ltd", &error);
  GListModel *commitments = attest_workspace_get_records (workspace, ATTEST_TYPE_COMMITMENT);
  AttestWindow *window;
  AttestRegister *reg;
  GtkWindow *editor;

  g_assert_no_error (error);
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "completed", TRUE, NULL);
  window = show_window (workspace);
  g_assert_true (finds (workspace, "commitment-unevidenced", NULL, "(8 of 8)"));

  reg = choose_register (window, "Leadership", "commitments");
  editor = attest_register_add (reg);
  wait_for_frame (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_editable_row (GTK_WIDGET (editor), "item")),
                              ATTEST_COMMITMENT_COMMUNICATES);
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 0);
  type_text (find_editable_row (GTK_WIDGET (editor), "evidence"), "The managing director's email to all staff");
  set_entry (editor, "shown-on", "2026-11-02");
  screenshot (GTK_WIDGET (editor), "commitment-editor");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (commitments), ==, 1);
  g_assert_true (finds (workspace, "commitment-unevidenced", NULL, "(7 of 8)"));
  g_assert_false (finds (workspace, "commitment-unevidenced", NULL, "Tells everyone why security"));
  screenshot (GTK_WIDGET (window), "commitments-page");
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    g_autoptr(AttestRecord) saved = g_list_model_get_item (attest_workspace_get_records (workspace,
                                                                                          ATTEST_TYPE_COMMITMENT), 0);

    g_assert_cmpint (attest_record_get_enum (saved, "item"), ==, ATTEST_COMMITMENT_COMMUNICATES);
    g_assert_cmpstr (attest_record_get_string (saved, "evidence"), ==, "The managing director's email to all staff");
    g_assert_cmpstr (attest_record_get_string (saved, "shown-on"), ==, "2026-11-02");
  }
  attest_workspace_close (workspace);
}

/* The policy (5.2) in a new workspace: under Leadership, readiness asks
 * for it; a draft written from the answers at a click, taken back with
 * Ctrl+Z and written again; corrected in the page's own form, shown above
 * as typeset; approved through the bar; made known; the usual
 * topic-specific policies added with their controls; all on disk. */
static void
test_policy_page (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "policy.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme Ltd", &error);
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  AttestWindow *window;
  GtkWidget *page, *preview, *dialog = NULL;
  g_autofree char *corrected = NULL;
  g_autofree char *made_known = today ();   /* not before the approval */

  g_assert_no_error (error);
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "completed", TRUE, NULL);
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE), "statement",
                "Everything Acme does from its Leeds office.", NULL);
  window = show_window (workspace);
  g_assert_true (finds_rule (workspace, "policy-unwritten", policy));

  gtk_list_box_select_row (GTK_LIST_BOX (named (window, "sidebar-list")),
                           GTK_LIST_BOX_ROW (accessible (named (window, "sidebar"), GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                                         "Policy")));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "policy") == 0
              && !gtk_stack_get_transition_running (GTK_STACK (named (window, "stack"))));
  wait_for_frame (window);
  page = named (window, "policy-page");
  preview = named (page, "policy-text-label");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (preview)), "No policy written yet"));

  /* The draft, from the answers. */
  g_assert_true (click_labelled (page, "Write _Draft from Your Answers"));
  g_assert_true (g_str_has_prefix (attest_record_get_string (policy, "text"), "# Information security policy of Acme Ltd"));
  g_assert_nonnull (strstr (attest_record_get_string (policy, "text"), "Everything Acme does from its Leeds office."));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (preview)), "Information security policy of Acme Ltd"));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (preview)), "# "));
  g_assert_false (finds_rule (workspace, "policy-unwritten", policy));
  g_assert_true (finds_rule (workspace, "policy-not-approved", policy));
  /* Taken back, and written again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (attest_record_get_string (policy, "text"), ==, "");
  g_assert_true (click_labelled (page, "Write _Draft from Your Answers"));
  screenshot (GTK_WIDGET (window), "policy-page");

  /* Made one's own in the form below. */
  corrected = g_strconcat (attest_record_get_string (policy, "text"), "\nWe **never** share passwords.\n", NULL);
  type_text (find_editable_row (page, "text"), corrected);
  g_assert_cmpstr (attest_record_get_string (policy, "text"), ==, corrected);
  wait_until (strstr (gtk_label_get_text (GTK_LABEL (preview)), "We never share passwords.") != NULL);
  choose_owner (page, "Managing director");

  /* Approved through the page's bar. */
  click_named (named (page, "policy-approval"), "approve");
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ATTEST_IS_APPROVE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (named (dialog, "approved-by")), "Board of directors");
  g_assert_true (click_labelled (dialog, "_Approve"));
  g_assert_nonnull (attest_isms_document_get_approved (workspace, "policy"));
  g_assert_true (g_str_has_prefix (attest_approval_bar_get_status_text (ATTEST_APPROVAL_BAR (named (page, "policy-approval"))),
                                   "Version 1, approved by Board of directors on "));
  g_assert_true (finds_rule (workspace, "policy-not-communicated", policy));
  type_text (find_editable_row (page, "communicated-to"), "All staff");
  type_text (find_editable_row (page, "communicated-how"), "Intranet and induction");
  type_text (find_editable_row (page, "communicated-on"), made_known);
  g_assert_false (finds_rule (workspace, "policy-not-communicated", policy));

  /* The usual topic-specific policies. */
  click_named (page, "add-usual-topic-policies");
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY)),
                    ==, 13);
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (
                      ATTEST_REGISTER (named (page, "topic-policies-register"))))), ==, 13);
  screenshot (GTK_WIDGET (window), "policy-page-approved");
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *saved = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
    AttestRecord *version = attest_isms_document_get_approved (workspace, "policy");
    g_autoptr(GPtrArray) changes = attest_isms_document_diff (workspace, "policy", version, NULL);

    g_assert_cmpstr (attest_record_get_string (saved, "text"), ==, corrected);
    g_assert_cmpstr (attest_record_get_string (saved, "owner"), ==, "Managing director");
    g_assert_cmpstr (attest_record_get_string (saved, "communicated-on"), ==, made_known);
    g_assert_cmpstr (attest_record_get_string (version, "approved-by"), ==, "Board of directors");
    g_assert_cmpuint (changes->len, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY)),
                      ==, 13);
  }
  attest_workspace_close (workspace);
}

/* More findings than the page has rows for: some of every rule, not the
 * first clauses' only, so that 520 parties without requirements (4.2) do
 * not hide a risk without an owner (6.1.2 c). */
static void
test_readiness_page_many (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 3);
  g_autoptr(GError) error = NULL;
  AttestWindow *window;
  GtkWidget *page, *findings;
  guint rows = 0;

  g_assert_true (attest_workspace_begin (workspace, &error));
  for (guint i = 0; i < 520; i++)
    {
      g_autofree char *name = g_strdup_printf ("Party %u", i + 1);
      g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", name,
                                                    "relevance", "Named in a test", NULL);

      g_assert_true (attest_workspace_add (workspace, party, &error));
    }
  g_assert_true (attest_workspace_commit (workspace, &error));
  g_object_set (risk, "owner", "", NULL);

  window = show_window (workspace);
  attest_window_show_page (window, "readiness");
  wait_for_frame (window);
  page = named (window, "readiness-page");
  findings = named (page, "findings-list");
  wait_until (row_with (findings, "Party 1: record at least one of their requirements") != NULL);
  g_assert_nonnull (row_with (findings, "no risk owner"));
  g_assert_null (row_with (findings, "Party 520:"));
  for (GtkWidget *row = gtk_widget_get_first_child (findings); row; row = gtk_widget_get_next_sibling (row))
    rows += ADW_IS_PREFERENCES_ROW (row);
  g_assert_cmpuint (rows, <=, 500);
  close_window_and_workspace (window, &workspace);
  g_assert_no_error (error);
}

/* A day @days from today, as the file stores it. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The step a nonconformity is at in the file, read by another reader
 * while the window keeps it open. */
static AttestNonconformityState
state_on_disk (const char *path,
               const char *id)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *reader = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  AttestNonconformityState state;

  g_assert_no_error (error);
  state = attest_nonconformity_get_state (attest_workspace_lookup (reader, id));
  attest_workspace_close (reader);
  g_object_unref (reader);
  return state;
}

/* Chooses the entry of a reference row by the start of its name. */
static void
choose_reference (GtkWindow  *editor,
                  const char *field,
                  const char *name)
{
  GtkWidget *row = named (editor, field);
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
        return;
      }
  g_assert_not_reached ();
}

/* What the one button of the chosen nonconformity's steps says. */
static const char *
advance_text (AttestWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (named (window, "nonconformity-advance")))));
}

/* Clicks the one button of the chosen nonconformity's steps, and waits
 * for it to say @label next (or to go, closed, for %NULL), or to be
 * refused. */
static void
advance_to (AttestWindow *window,
            const char   *label)
{
  GtkWidget *button = named (window, "nonconformity-advance");

  click (button);
  if (label != NULL)
    wait_until (gtk_widget_is_visible (button) && g_strcmp0 (advance_text (window), label) == 0);
  else
    wait_until (!gtk_widget_is_visible (button));
}

/* Clicks the button and waits for the reason it was refused, beside it. */
static const char *
advance_refused (AttestWindow *window)
{
  GtkWidget *refusal = named (window, "nonconformity-refusal");

  gtk_widget_set_visible (refusal, FALSE);
  click (named (window, "nonconformity-advance"));
  wait_until (gtk_widget_get_visible (refusal));
  return gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-refusal-text")));
}

/* Adds a corrective action below the chosen nonconformity. */
static AttestRecord *
add_corrective_action (AttestWindow    *window,
                       AttestWorkspace *workspace,
                       const char      *title,
                       const char      *due)
{
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_CORRECTIVE_ACTION);
  guint n = g_list_model_get_n_items (actions);
  g_autoptr(AttestRecord) added = NULL;
  GtkWindow *editor;

  click (accessible (named (window, "corrective-actions-register"), GTK_ACCESSIBLE_ROLE_BUTTON,
                     "Add a corrective action"));
  editor = wait_for_editor ();
  set_entry (editor, "title", title);
  choose_owner (GTK_WIDGET (editor), "Tom Okafor");
  set_entry (editor, "due-date", due);
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n + 1);
  added = g_list_model_get_item (actions, n);
  return added;   /* the workspace holds it */
}

/* Opens a record in its register's editor, drawn. */
static GtkWindow *
edit_in (AttestRegister *reg,
         AttestRecord   *record)
{
  GtkWindow *editor = attest_register_edit (reg, record);

  wait_for_frame (editor);
  return editor;
}

/* Nonconformity and corrective action (10.2): one added with the register's
 * Add (its form has no step), taken through every step with the page's one
 * button: refused with the correction empty (the reason beside the button,
 * the file unchanged), Undo taking a step back, corrective actions added
 * below it, a review dated before the last action was done refused, a
 * review that found the actions not effective taking it back to its
 * causes, then closed; all in the file. */
static void
test_nonconformities_page (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window_sized (workspace, 1280, 960);
  GListModel *nonconformities = attest_workspace_get_records (workspace, ATTEST_TYPE_NONCONFORMITY);
  guint n = g_list_model_get_n_items (nonconformities);
  g_autofree char *today = day_from_today (0);
  g_autofree char *reported = day_from_today (-20);
  g_autofree char *due = day_from_today (10);
  g_autofree char *done = day_from_today (-3);
  g_autofree char *too_early = day_from_today (-5);
  g_autofree char *reviewed = day_from_today (-1);
  g_autofree char *id = NULL;
  AttestRecord *nc, *action, *second;
  AttestRegister *reg, *actions;
  GtkWindow *editor;
  GtkWidget *refusal;
  const char *reason;

  reg = choose_register (window, "Nonconformities", "nonconformities");
  g_assert_true (gtk_widget_get_visible (find_labelled (GTK_WIDGET (window),
                                                        "Choose a nonconformity above to see its step, what to do "
                                                        "next, and its corrective actions.")));

  /* Added with the register's Add: every field but the step. */
  click (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Add a nonconformity"));
  editor = wait_for_editor ();
  g_assert_nonnull (find_labelled (GTK_WIDGET (editor), "Correction: what was done at once"));
  g_assert_nonnull (find_labelled (GTK_WIDGET (editor), "Effectiveness reviewed on"));
  g_assert_null (find_named (GTK_WIDGET (editor), "state"));
  g_assert_null (find_named (GTK_WIDGET (editor), "reopened"));
  set_entry (editor, "title", "Restore of the client database never tested");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "source")), ATTEST_NONCONFORMITY_SOURCE_INCIDENT);
  set_entry (editor, "requirement", "A.8.13");
  set_entry (editor, "reported-on", reported);
  type_text (named (editor, "description"), "A restore was needed after an incident and took three days.");
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (nonconformities), ==, n + 1);
  nc = g_list_model_get_item (nonconformities, n);
  g_object_unref (nc);   /* the workspace holds it */
  id = g_strdup (attest_record_get_id (nc));

  /* Added, it is chosen: its step among the seven, what to do next, one
   * button. */
  wait_until (attest_record_table_get_selected (attest_register_get_table (reg)) == nc);
  wait_until (gtk_widget_is_visible (named (window, "nonconformity-heading")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-step"))), ==,
                   "Step 1 of 7: Reported");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-origin"))),
                            "Came to light through: Incident · Against A.8.13"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-hint"))), ==,
                   "React to it: correct it at once, and deal with its consequences.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "reported"))), ==, "● Reported");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (named (window, "reported")),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Current step"));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (named (window, "closed")),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "To come"));
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_GROUP, "Steps of the nonconformity"));
  g_assert_cmpstr (advance_text (window), ==,
                   "Mark Reacted to");
  /* Under the steps, what each recorded, with its day; nothing yet but
   * the report. */
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_GROUP, "What each step recorded"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-reported"))),
                                   ": A restore was needed after an incident and took three days."));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-reaction"))), ==,
                   "Correction: not written yet\nConsequences: not written yet");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-actions"))), ==, "None planned yet.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-review"))), ==, "Not reviewed yet.");
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_LABEL, "Reaction"));

  /* Refused while the correction is empty: the reason beside the button,
   * the step in the file as it was. */
  reason = advance_refused (window);
  g_assert_cmpstr (reason, ==, "Write the correction first: what was done at once to control and correct it.");
  refusal = named (window, "nonconformity-refusal");
  g_assert_nonnull (accessible (window, GTK_ACCESSIBLE_ROLE_GROUP, "Why it cannot go on to the next step yet"));
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);
  g_assert_cmpint (state_on_disk (path, id), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);
  screenshot (GTK_WIDGET (window), "nonconformities-refused");

  /* Written in its editor (the page's Edit button): the reason goes once
   * the record bears the step out, and the step is taken. */
  click (named (window, "nonconformity-edit"));
  editor = wait_for_editor ();
  type_text (named (editor, "correction"), "The database was restored from the last good backup.");
  click (named (editor, "editor-save"));
  wait_until (strstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-refusal-text"))),
                      "consequences") != NULL);
  editor = edit_in (reg, nc);
  type_text (named (editor, "consequences"), "Clients were told; the lost day was made up.");
  click (named (editor, "editor-save"));
  wait_until (!gtk_widget_get_visible (refusal));
  advance_to (window, "Mark Causes Analysed");
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REACTED);
  g_assert_cmpint (state_on_disk (path, id), ==, ATTEST_NONCONFORMITY_STATE_REACTED);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-reaction"))), ==,
                   "Correction: The database was restored from the last good backup.\n"
                   "Consequences: Clients were told; the lost day was made up.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "reported"))), ==, "✓ Reported");
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (named (window, "reported")),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Done"));

  /* Undo takes the step back, as one change; taken again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_until (g_strcmp0 (advance_text (window),
                         "Mark Reacted to") == 0);
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);
  g_assert_cmpstr (attest_record_get_string (nc, "correction"), ==,
                   "The database was restored from the last good backup.");
  advance_to (window, "Mark Causes Analysed");

  editor = edit_in (reg, nc);
  type_text (named (editor, "causes"), "No one was responsible for testing restores.");
  type_text (named (editor, "similar"), "The file server's backups were not tested either.");
  click (named (editor, "editor-save"));
  advance_to (window, "Mark Actions Planned");

  /* Planned: refused without a corrective action; one added below it is its own. */
  reason = advance_refused (window);
  g_assert_cmpstr (reason, ==, "Add at least one corrective action first, with its owner and the day it is due.");
  actions = ATTEST_REGISTER (named (window, "corrective-actions-register"));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (actions))), ==,
                    0);
  action = add_corrective_action (window, workspace, "Test a restore every quarter", due);
  g_assert_cmpstr (attest_record_get_string (action, "nonconformity-id"), ==, id);
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (actions))) == 1);
  wait_until (!gtk_widget_get_visible (refusal));
  advance_to (window, "Mark Actions Done");
  screenshot (GTK_WIDGET (window), "nonconformities-planned");

  /* Done once the action is. */
  reason = advance_refused (window);
  g_assert_cmpstr (reason, ==, "“Test a restore every quarter” is not done yet: write the day it was done first.");
  editor = edit_in (actions, action);
  set_entry (editor, "done-on", done);
  click (named (editor, "editor-save"));
  advance_to (window, "Mark Effectiveness Reviewed");

  /* A review dated before the action was done is refused; one after it
   * that found the actions not effective takes it back to the causes. */
  editor = edit_in (reg, nc);
  set_entry (editor, "reviewed-on", too_early);
  choose_reference (editor, "reviewed-by-id", "Grace Whitfield");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "effectiveness")), ATTEST_EFFECTIVENESS_NOT_EFFECTIVE);
  type_text (named (editor, "review-note"), "The quarterly test was skipped once already.");
  click (named (editor, "editor-save"));
  reason = advance_refused (window);
  g_assert_nonnull (strstr (reason, "comes before “Test a restore every quarter” was done on"));
  g_assert_cmpint (state_on_disk (path, id), ==, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE);
  editor = edit_in (reg, nc);
  set_entry (editor, "reviewed-on", reviewed);
  click (named (editor, "editor-save"));
  wait_until (!gtk_widget_get_visible (refusal));
  advance_to (window, "Reopen Nonconformity: back to its causes");
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED);
  {
    const char *review = gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-review")));
    const char *actions_text = gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-actions")));

    g_assert_nonnull (strstr (review, ", by Grace Whitfield: Not effective\nThe quarterly test was skipped once already."));
    g_assert_true (g_str_has_prefix (review, "On "));
    g_assert_true (g_str_has_prefix (actions_text, "1 of 1 action done · the last due on "));
    g_assert_nonnull (strstr (actions_text, " · the last done on "));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-causes"))),
                              "Causes: No one was responsible for testing restores.\nSimilar: "));
  }
  screenshot (GTK_WIDGET (window), "nonconformities-not-effective");
  advance_to (window, "Mark Actions Planned");
  g_assert_cmpint (attest_nonconformity_get_state (nc), ==, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED);
  g_assert_cmpint (attest_record_get_int (nc, "reopened"), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-step"))), ==,
                   "Step 3 of 7: Causes analysed (reopened 1 time)");
  /* Reopened, the review is cleared, its note too. */
  g_assert_cmpstr (attest_record_get_string (nc, "review-note"), ==, "");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-review"))), ==, "Not reviewed yet.");

  /* Planned again only with a new action; then done, reviewed effective, closed. */
  reason = advance_refused (window);
  g_assert_true (g_str_has_prefix (reason, "The review found the actions done so far not effective"));
  second = add_corrective_action (window, workspace, "Name the owner of restore tests", due);
  wait_until (!gtk_widget_get_visible (refusal));
  advance_to (window, "Mark Actions Done");
  editor = edit_in (actions, second);
  set_entry (editor, "done-on", today);
  click (named (editor, "editor-save"));
  advance_to (window, "Mark Effectiveness Reviewed");
  editor = edit_in (reg, nc);
  set_entry (editor, "reviewed-on", today);
  choose_reference (editor, "reviewed-by-id", "Grace Whitfield");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "effectiveness")), ATTEST_EFFECTIVENESS_EFFECTIVE);
  click (named (editor, "editor-save"));
  advance_to (window, "Close Nonconformity");
  advance_to (window, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-step"))), ==,
                   "Step 7 of 7: Closed (reopened 1 time)");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (window, "closed"))), ==, "● Closed");
  screenshot (GTK_WIDGET (window), "nonconformities-closed");

  /* Closed, then its review changed to not effective: the hint says to
   * reopen it, and the button is back to do it; Undo takes the edit back. */
  editor = edit_in (reg, nc);
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "effectiveness")), ATTEST_EFFECTIVENESS_NOT_EFFECTIVE);
  click (named (editor, "editor-save"));
  wait_until (gtk_widget_is_visible (named (window, "nonconformity-advance"))
              && g_strcmp0 (advance_text (window), "Reopen Nonconformity: back to its causes") == 0);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-hint"))),
                                   "Closed, but its review now finds the actions not effective: reopen it"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_until (!gtk_widget_is_visible (named (window, "nonconformity-advance")));
  g_assert_cmpint (attest_record_get_enum (nc, "effectiveness"), ==, ATTEST_EFFECTIVENESS_EFFECTIVE);

  /* The register's filter: open ones (not this closed one), and overdue
   * ones (open, with an action past its due day). */
  {
    g_autoptr(AttestRecord) demo_nc = g_list_model_get_item (nonconformities, 1);
    g_autoptr(AttestRecord) late = NULL;
    g_autofree char *yesterday = day_from_today (-1);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (attest_nonconformity_get_state (demo_nc), !=, ATTEST_NONCONFORMITY_STATE_CLOSED);
    g_assert_true (attest_register_choose (reg, "nonconformity-progress-filter", "Open"));
    wait_until (!attest_register_select_record (reg, nc));
    g_assert_true (attest_register_select_record (reg, demo_nc));
    g_assert_true (attest_register_choose (reg, "nonconformity-progress-filter", "Overdue"));
    wait_until (!attest_register_select_record (reg, demo_nc));
    g_assert_true (attest_register_choose (reg, "nonconformity-progress-filter", NULL));
    late = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (demo_nc),
                         "title", "Chase the missing certificates", "owner", "HR", "due-date", yesterday, NULL);
    g_assert_true (attest_workspace_add (workspace, late, &error));
    g_assert_no_error (error);
    g_assert_true (attest_register_choose (reg, "nonconformity-progress-filter", "Overdue"));
    wait_until (attest_register_select_record (reg, demo_nc));
    g_assert_false (attest_register_select_record (reg, nc));
    screenshot (GTK_WIDGET (window), "nonconformities-overdue");
  }
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *stored = attest_workspace_lookup (workspace, id);
    g_autoptr(GPtrArray) recorded = attest_nonconformity_dup_actions (workspace, stored);

    g_assert_cmpint (attest_nonconformity_get_state (stored), ==, ATTEST_NONCONFORMITY_STATE_CLOSED);
    g_assert_cmpint (attest_record_get_int (stored, "reopened"), ==, 1);
    g_assert_cmpint (attest_record_get_enum (stored, "source"), ==, ATTEST_NONCONFORMITY_SOURCE_INCIDENT);
    g_assert_cmpstr (attest_record_get_string (stored, "requirement"), ==, "A.8.13");
    g_assert_cmpstr (attest_record_get_string (stored, "correction"), ==,
                     "The database was restored from the last good backup.");
    g_assert_cmpstr (attest_record_get_string (stored, "reviewed-on"), ==, today);
    g_assert_cmpint (attest_record_get_enum (stored, "effectiveness"), ==, ATTEST_EFFECTIVENESS_EFFECTIVE);
    g_assert_cmpuint (recorded->len, ==, 2);
    g_assert_cmpstr (attest_record_get_string (g_ptr_array_index (recorded, 0), "done-on"), ==, done);
    g_assert_cmpstr (attest_record_get_string (g_ptr_array_index (recorded, 1), "done-on"), ==, today);
    g_assert_nonnull (strstr (attest_record_get_string (g_ptr_array_index (recorded, 1), "owner"), "Tom Okafor"));
  }
  attest_workspace_close (workspace);
}

/* A finding of a minor nonconformity opens a nonconformity from the
 * Internal audit page, shown on its own page, saying which audit and
 * finding it came from; the finding then shows it rather than open
 * another; all in the file. */
static void
test_nonconformity_from_finding (TestDir       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window_sized (workspace, 1280, 960);
  GListModel *nonconformities = attest_workspace_get_records (workspace, ATTEST_TYPE_NONCONFORMITY);
  AttestRecord *finding = NULL, *audit, *opened;
  g_autofree char *finding_id = NULL;
  g_autofree char *audit_name = NULL;
  g_autofree char *from = NULL;
  AttestRegister *reg;
  GtkWidget *button;
  guint n;

  /* A minor nonconformity found by the demo's first audit, which has
   * opened no nonconformity yet (the demo's own findings may have). */
  {
    g_autoptr(AttestRecord) first = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT), 0);
    g_autoptr(AttestRecord) found = g_object_new (ATTEST_TYPE_AUDIT_FINDING,
                                                  "audit-id", attest_record_get_id (first),
                                                  "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY,
                                                  "requirement", "A.5.15",
                                                  "description", "Two leavers still had access to the file server.",
                                                  NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (attest_workspace_add (workspace, found, &error));
    g_assert_no_error (error);
    finding = found;   /* the workspace holds it */
  }
  g_assert_null (attest_finding_get_nonconformity (workspace, finding));
  finding_id = g_strdup (attest_record_get_id (finding));
  audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
  audit_name = attest_record_dup_display_name (workspace, audit);
  n = g_list_model_get_n_items (nonconformities);

  reg = choose_register (window, "Internal audit", "audits");

  /* A finding of an audit still to come opens nothing: the button is off
   * and says why beside it. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 30);
    g_autofree char *planned = g_date_time_format (later, "%Y-%m-%d");
    g_autoptr(AttestRecord) coming = g_object_new (ATTEST_TYPE_AUDIT, "title", "Supplier audit", "planned-date", planned,
                                                   NULL);
    g_autoptr(AttestRecord) early = NULL;
    g_autoptr(GError) error = NULL;
    GtkWidget *refusal = named (window, "finding-refusal");

    g_assert_true (attest_workspace_add (workspace, coming, &error));
    g_assert_no_error (error);
    early = g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (coming),
                          "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "A.5.19",
                          "description", "No supplier list.", NULL);
    g_assert_true (attest_workspace_add (workspace, early, &error));
    g_assert_no_error (error);
    g_assert_true (attest_register_select_record (reg, coming));
    g_assert_true (attest_register_select_record (ATTEST_REGISTER (named (window, "audit-findings-register")), early));
    wait_until (gtk_widget_get_visible (refusal));
    g_assert_false (gtk_widget_is_sensitive (named (window, "finding-nonconformity")));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (refusal)), "“Supplier audit” has not been held yet"));
    screenshot (GTK_WIDGET (window), "audits-page-finding-not-held");
  }

  g_assert_true (attest_register_select_record (reg, audit));
  wait_until (gtk_widget_is_visible (named (window, "audit-heading")));
  button = named (window, "finding-nonconformity");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_false (gtk_widget_get_visible (named (window, "finding-refusal")));
  g_assert_true (attest_register_select_record (ATTEST_REGISTER (named (window, "audit-findings-register")), finding));
  wait_until (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Open a Nonconformity") == button);
  screenshot (GTK_WIDGET (window), "audits-page-open-nonconformity");
  click (button);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))),
                         "nonconformities") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (nonconformities), ==, n + 1);
  opened = attest_finding_get_nonconformity (workspace, finding);
  g_assert_nonnull (opened);
  wait_until (gtk_widget_is_visible (named (window, "nonconformity-heading"))
              && !gtk_stack_get_transition_running (GTK_STACK (named (window, "stack"))));
  g_assert_true (attest_record_table_get_selected (attest_register_get_table (
                   ATTEST_REGISTER (named (window, "nonconformities-register")))) == opened);
  from = g_strdup_printf ("Found by the internal audit “%s”: Minor nonconformity against %s", audit_name,
                          attest_record_get_string (finding, "requirement"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (window, "nonconformity-origin"))), from));
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "nonconformities-from-finding");

  /* Its editor names the audit and finding too. */
  {
    GtkWindow *editor = attest_register_edit (ATTEST_REGISTER (named (window, "nonconformities-register")), opened);
    GtkWidget *row;
    GListModel *names;
    g_autofree char *finding_name = g_strdup_printf ("%s: Minor nonconformity, %s", audit_name,
                                                     attest_record_get_string (finding, "requirement"));

    wait_for_frame (editor);
    row = named (editor, "finding-id");
    names = adw_combo_row_get_model (ADW_COMBO_ROW (row));
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (ADW_COMBO_ROW (row))),
                     ==, finding_name);
    gtk_window_close (editor);
  }

  /* Back on the finding: it shows the one it opened, and opens no other. */
  reg = choose_register (window, "Internal audit", "audits");
  wait_until (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "Show _Nonconformity") == 0);
  g_assert_true (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Show Nonconformity") == button);
  click (button);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))),
                         "nonconformities") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (nonconformities), ==, n + 1);

  /* Shown from elsewhere (a readiness finding): the finding chosen and the
   * keyboard on it, not in the programme's form above. */
  attest_window_show_record (window, finding, NULL);
  wait_until (gtk_window_get_focus (GTK_WINDOW (window)) != NULL
              && gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         named (window, "audit-findings-register")));
  g_assert_true (attest_record_table_get_selected (attest_register_get_table (
                   ATTEST_REGISTER (named (window, "audit-findings-register")))) == finding);

  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *stored = attest_finding_get_nonconformity (workspace, attest_workspace_lookup (workspace, finding_id));

    g_assert_nonnull (stored);
    g_assert_cmpint (attest_record_get_enum (stored, "source"), ==, ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING);
    g_assert_cmpint (attest_nonconformity_get_state (stored), ==, ATTEST_NONCONFORMITY_STATE_REPORTED);
    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_NONCONFORMITY)),
                      ==, n + 1);
  }
  attest_workspace_close (workspace);
}

/* An opportunity for improvement found by an audit raises an improvement
 * from the Internal audit page, from the audit, shown on the Improvements
 * page; the finding then shows it rather than raise another. */
static void
test_improvement_from_finding (TestDir       *fixture,
                               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window_sized (workspace, 1280, 960);
  GListModel *improvements = attest_workspace_get_records (workspace, ATTEST_TYPE_IMPROVEMENT);
  AttestRecord *finding = NULL, *audit, *raised;
  g_autofree char *finding_id = NULL;
  AttestRegister *reg;
  GtkWidget *button;
  guint n;

  {
    g_autoptr(AttestRecord) first = g_list_model_get_item (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT), 0);
    g_autoptr(AttestRecord) found = g_object_new (ATTEST_TYPE_AUDIT_FINDING,
                                                  "audit-id", attest_record_get_id (first),
                                                  "type", ATTEST_FINDING_TYPE_OPPORTUNITY,
                                                  "requirement", "A.5.15",
                                                  "description", "Access reviews could be done in the IdP itself.",
                                                  NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (attest_workspace_add (workspace, found, &error));
    g_assert_no_error (error);
    finding = found;   /* the workspace holds it */
  }
  finding_id = g_strdup (attest_record_get_id (finding));
  audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
  n = g_list_model_get_n_items (improvements);

  reg = choose_register (window, "Internal audit", "audits");
  g_assert_true (attest_register_select_record (reg, audit));
  wait_until (gtk_widget_is_visible (named (window, "audit-heading")));
  button = named (window, "finding-improvement");
  g_assert_true (attest_register_select_record (ATTEST_REGISTER (named (window, "audit-findings-register")), finding));
  wait_until (gtk_widget_is_sensitive (button));
  /* An opportunity opens no nonconformity. */
  g_assert_false (gtk_widget_is_sensitive (named (window, "finding-nonconformity")));
  g_assert_true (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Open an Improvement") == button);
  click (button);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))),
                         "improvements") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (improvements), ==, n + 1);
  raised = attest_finding_get_improvement (workspace, finding);
  g_assert_nonnull (raised);
  g_assert_cmpint (attest_record_get_enum (raised, "source"), ==, ATTEST_IMPROVEMENT_SOURCE_AUDIT);
  wait_until (attest_record_table_get_selected (attest_register_get_table (
                ATTEST_REGISTER (named (window, "improvements-register")))) == raised);

  /* Back on the finding: it shows the one it raised, and raises no other. */
  reg = choose_register (window, "Internal audit", "audits");
  wait_until (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "Show _Improvement") == 0);
  g_assert_true (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Show Improvement") == button);
  click (button);
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))),
                         "improvements") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (improvements), ==, n + 1);
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *stored = attest_finding_get_improvement (workspace, attest_workspace_lookup (workspace, finding_id));

    g_assert_nonnull (stored);
    g_assert_cmpint (attest_record_get_enum (stored, "source"), ==, ATTEST_IMPROVEMENT_SOURCE_AUDIT);
    g_assert_cmpint (attest_record_get_enum (stored, "decision"), ==, ATTEST_IMPROVEMENT_DECISION_PENDING);
  }
  attest_workspace_close (workspace);
}

/* Continual improvement (10.1): one added through its form, shown by the
 * filter on its decision; in the file. */
static void
test_improvements_page (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window (workspace);
  GListModel *improvements = attest_workspace_get_records (workspace, ATTEST_TYPE_IMPROVEMENT);
  guint n = g_list_model_get_n_items (improvements);
  g_autofree char *today = day_from_today (0);
  g_autofree char *due = day_from_today (30);
  g_autofree char *id = NULL;
  AttestRecordTable *table;
  AttestRegister *reg;
  GtkWindow *editor;
  AttestRecord *added;

  reg = choose_register (window, "Improvements", "improvements");
  table = attest_register_get_table (reg);
  click (accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Add an improvement"));
  editor = wait_for_editor ();
  /* The keyboard starts in the first field, ready to type, not on Cancel. */
  wait_until (gtk_window_get_focus (editor) != NULL
              && (gtk_window_get_focus (editor) == named (editor, "title")
                  || gtk_widget_is_ancestor (gtk_window_get_focus (editor), named (editor, "title"))));
  set_entry (editor, "title", "Phishing reports with one click");
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "source")), ATTEST_IMPROVEMENT_SOURCE_STAFF);
  type_text (named (editor, "description"), "Staff forward phishing by hand; a button in the mail client would do.");
  set_entry (editor, "raised-on", today);
  adw_combo_row_set_selected (ADW_COMBO_ROW (named (editor, "decision")), ATTEST_IMPROVEMENT_DECISION_ADOPTED);
  type_text (named (editor, "rationale"), "Cheap, and more reports mean earlier warnings.");
  choose_owner (GTK_WIDGET (editor), "Tom Okafor");
  set_entry (editor, "due-date", due);
  screenshot (GTK_WIDGET (editor), "improvement-editor");
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (improvements), ==, n + 1);
  added = g_list_model_get_item (improvements, n);
  g_object_unref (added);   /* the workspace holds it */
  id = g_strdup (attest_record_get_id (added));
  /* Added, it is chosen. */
  wait_until (attest_record_table_get_selected (table) == added);

  /* The filter on the decision: adopted shows it, declined does not. */
  attest_register_set_filter (reg, ATTEST_IMPROVEMENT_DECISION_DECLINED);
  wait_until (!attest_register_select_record (reg, added));
  attest_register_set_filter (reg, ATTEST_IMPROVEMENT_DECISION_ADOPTED);
  g_assert_true (attest_register_select_record (reg, added));
  {
    GListModel *shown = attest_record_table_get_model (table);
    guint row = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(AttestRecord) record = g_list_model_get_item (shown, i);

        if (record == added)
          row = i;
      }
    g_assert_cmpuint (row, <, G_MAXUINT);
    assert_cell (table, row, 0, "Phishing reports with one click");
    assert_cell (table, row, 1, "Staff");
    assert_cell (table, row, 2, "Adopted");
    assert_cell (table, row, 3, "Open");
  }
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "improvements-page");
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  {
    AttestRecord *stored = attest_workspace_lookup (workspace, id);

    g_assert_nonnull (stored);
    g_assert_cmpstr (attest_record_get_string (stored, "title"), ==, "Phishing reports with one click");
    g_assert_cmpint (attest_record_get_enum (stored, "source"), ==, ATTEST_IMPROVEMENT_SOURCE_STAFF);
    g_assert_cmpint (attest_record_get_enum (stored, "decision"), ==, ATTEST_IMPROVEMENT_DECISION_ADOPTED);
    g_assert_cmpstr (attest_record_get_string (stored, "raised-on"), ==, today);
    g_assert_cmpstr (attest_record_get_string (stored, "due-date"), ==, due);
    g_assert_nonnull (strstr (attest_record_get_string (stored, "owner"), "Tom Okafor"));
  }
  attest_workspace_close (workspace);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-gui-home-XXXXXX");
  int status;

  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/gui/window/shows-workspace", test_shows_workspace);
  ADD ("/gui/window/sidebar-groups", test_sidebar_groups);
  ADD ("/gui/window/context-page", test_context_page);
  ADD ("/gui/window/parties-page", test_parties_page);
  ADD ("/gui/window/scope-page", test_scope_page);
  ADD ("/gui/window/autosave-typing", test_autosave_typing);
  ADD ("/gui/window/organisation-page", test_organisation_page);
  ADD ("/gui/window/pages-filled-when-chosen", test_pages_filled_when_chosen);
  ADD ("/gui/window/read-only", test_read_only);
  ADD ("/gui/window/readable-by-others", test_readable_by_others);
  ADD ("/gui/window/save-copy", test_save_copy);
  ADD ("/gui/window/save-copy-refused", test_save_copy_refused);
  ADD ("/gui/window/narrow", test_narrow_window);
  ADD ("/gui/window/registers", test_registers);
  ADD ("/gui/window/risk-register", test_risk_register);
  ADD ("/gui/window/large-risks", test_large_risks);
  ADD ("/gui/window/action-done", test_action_done);
  ADD ("/gui/window/date-fields", test_date_fields);
  ADD ("/gui/window/scale-editor", test_scale_editor);
  ADD ("/gui/window/level-editor", test_level_editor);
  ADD ("/gui/window/objectives-page", test_objectives_page);
  ADD ("/gui/window/changes-page", test_changes_page);
  ADD ("/gui/window/support-pages", test_support_pages);
  ADD ("/gui/window/roles-pages", test_roles_pages);
  ADD ("/gui/window/awareness-page", test_awareness_page);
  ADD ("/gui/window/competence-page", test_competence_page);
  ADD ("/gui/window/providers-page", test_providers_page);
  ADD ("/gui/window/metrics-page", test_metrics_page);
  ADD ("/gui/window/audits-page", test_audits_page);
  ADD ("/gui/window/nonconformities-page", test_nonconformities_page);
  ADD ("/gui/window/nonconformity-from-finding", test_nonconformity_from_finding);
  ADD ("/gui/window/improvements-page", test_improvements_page);
  ADD ("/gui/window/improvement-from-finding", test_improvement_from_finding);
  ADD ("/gui/window/processes-page", test_processes_page);
  ADD ("/gui/window/commitments-page", test_commitments_page);
  ADD ("/gui/window/policy-page", test_policy_page);
  ADD ("/gui/window/owner-picker", test_owner_picker);
  ADD ("/gui/window/audit-pack", test_audit_pack);
  ADD ("/gui/window/audit-pack-stop", test_audit_pack_stop);
  ADD ("/gui/window/method-page", test_method_page);
  ADD ("/gui/window/quit-signal", test_quit_signal);
  ADD ("/gui/window/soa-page", test_soa_page);
  ADD ("/gui/window/soa-editor-follows", test_soa_editor_follows);
  ADD ("/gui/window/register-selection", test_register_selection);
  ADD ("/gui/window/readiness-page", test_readiness_page);
  ADD ("/gui/window/due-page", test_due_page);
  ADD ("/gui/window/export-file-names", test_export_file_names);
  ADD ("/gui/window/readiness-page-many", test_readiness_page_many);
  ADD ("/gui/window/document-approvals", test_document_approvals);
  ADD ("/gui/window/soa-import-preview", test_soa_import_preview);
  ADD ("/gui/application", test_application);
#undef ADD

  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
