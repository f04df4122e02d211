/* test-review.c: the Management review page (9.3), driven as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "attest-gui-test-util.h"
#include "attest-i18n.h"
#include "attest-isms-document.h"
#include "attest-reviewing.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "dialogs/attest-record-editor.h"
#include "pages/attest-reviews-page.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"

/* Keys as the X server sends them to the focused window: through GTK's
 * event handling, as a user's keyboard would; @modifier (or 0) held. */
static void
press_key (GtkWidget *window,
           guint      modifier,
           guint      keysym)
{
  Display *x = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  XSetInputFocus (x, xid, RevertToParent, CurrentTime);
  XFlush (x);
  wait_until (gtk_window_is_active (GTK_WINDOW (window)));
  if (modifier != 0)
    XTestFakeKeyEvent (x, XKeysymToKeycode (x, modifier), True, CurrentTime);
  XTestFakeKeyEvent (x, XKeysymToKeycode (x, keysym), True, CurrentTime);
  XTestFakeKeyEvent (x, XKeysymToKeycode (x, keysym), False, CurrentTime);
  if (modifier != 0)
    XTestFakeKeyEvent (x, XKeysymToKeycode (x, modifier), False, CurrentTime);
  XFlush (x);
}

static void
press_ctrl_z (GtkWidget *window)
{
  press_key (window, XK_Control_L, XK_z);
}

/* A day @days from today, as the file stores it. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* The small demo without its management reviews, if it has any: a
 * workspace whose page starts empty. */
static AttestWorkspace *
demo_without_reviews (TestDir *fixture)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  g_autoptr(GError) error = NULL;

  if (g_list_model_get_n_items (reviews) == 0)
    return workspace;
  g_assert_true (attest_workspace_begin (workspace, &error));
  while (g_list_model_get_n_items (reviews) > 0)
    {
      g_autoptr(AttestRecord) review = g_list_model_get_item (reviews, 0);

      g_assert_true (attest_workspace_remove (workspace, review, &error));
    }
  g_assert_true (attest_workspace_commit (workspace, &error));
  g_assert_no_error (error);
  return workspace;
}

/* The sidebar's row chosen, as a user chooses it; the page drawn. */
static GtkWidget *
choose_page (AttestWindow *window)
{
  gtk_list_box_select_row (GTK_LIST_BOX (named (window, "sidebar-list")),
                           GTK_LIST_BOX_ROW (accessible (named (window, "sidebar"), GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                                         "Management review")));
  wait_until (g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (named (window, "stack"))), "reviews") == 0
              && !gtk_stack_get_transition_running (GTK_STACK (named (window, "stack"))));
  wait_for_frame (window);
  return named (window, "reviews-page");
}

/* The person of that name chosen in the attendees' list, and linked. */
static void
link_attendee (GtkWidget  *page,
               const char *name)
{
  GtkWidget *choice = named (page, "person-choice");
  GListModel *names = adw_combo_row_get_model (ADW_COMBO_ROW (choice));
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      position = i;
  g_assert_cmpuint (position, <, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (choice), position);
  click (named (page, "link-person"));
}

/* The inputs shown on the page. */
static guint
count_inputs_shown (GtkWidget *page)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (named (page, "review-inputs")); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* A review's inputs as another reader of the file finds them, while the
 * window keeps it open: each topic's summary and comment, by topic. */
typedef struct
{
  guint  n;
  char  *prepared_at;
  char  *held_on;
  char  *improvement;
  char  *summary[10];
  char  *comment[10];
  guint  n_actions;
  char  *action_title;
  char  *action_due;
  guint  n_attendees;
} OnDisk;

static void
on_disk_clear (OnDisk *disk)
{
  g_free (disk->prepared_at);
  g_free (disk->held_on);
  g_free (disk->improvement);
  g_free (disk->action_title);
  g_free (disk->action_due);
  for (guint i = 0; i < 10; i++)
    {
      g_free (disk->summary[i]);
      g_free (disk->comment[i]);
    }
  memset (disk, 0, sizeof *disk);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OnDisk, on_disk_clear)

static void
read_on_disk (const char *path,
              const char *review_id,
              OnDisk     *disk)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) reader = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  AttestRecord *review;
  GListModel *inputs, *actions;

  g_assert_no_error (error);
  on_disk_clear (disk);
  review = attest_workspace_lookup (reader, review_id);
  g_assert_nonnull (review);
  disk->prepared_at = g_strdup (attest_record_get_string (review, "inputs-prepared-at"));
  disk->held_on = g_strdup (attest_record_get_string (review, "held-on"));
  disk->improvement = g_strdup (attest_record_get_string (review, "improvement-decisions"));
  inputs = attest_workspace_get_records (reader, ATTEST_TYPE_REVIEW_INPUT);
  for (guint i = 0; i < g_list_model_get_n_items (inputs); i++)
    {
      g_autoptr(AttestRecord) input = g_list_model_get_item (inputs, i);
      int topic = attest_record_get_enum (input, "topic");

      if (!g_str_equal (attest_record_get_string (input, "review-id"), review_id))
        continue;
      g_assert_cmpint (topic, >=, 0);
      g_assert_cmpint (topic, <, 10);
      /* One input per topic. */
      g_assert_null (disk->summary[topic]);
      disk->summary[topic] = g_strdup (attest_record_get_string (input, "summary"));
      disk->comment[topic] = g_strdup (attest_record_get_string (input, "comment"));
      disk->n++;
    }
  actions = attest_workspace_get_records (reader, ATTEST_TYPE_REVIEW_ACTION);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      if (!g_str_equal (attest_record_get_string (action, "review-id"), review_id))
        continue;
      disk->n_actions++;
      g_free (disk->action_title);
      disk->action_title = g_strdup (attest_record_get_string (action, "title"));
      g_free (disk->action_due);
      disk->action_due = g_strdup (attest_record_get_string (action, "due-date"));
    }
  {
    g_autoptr(GPtrArray) attendees = attest_management_review_dup_attendees (reader, review);

    disk->n_attendees = attendees->len;
  }
  g_assert_true (attest_history_verify (attest_workspace_get_store (reader), NULL, &error));
  g_assert_no_error (error);
  attest_workspace_close (reader);
}

/* The page scrolled so that @widget is at its top, as a user scrolls to
 * it; drawn. */
static void
scroll_to_widget (GtkWidget *page,
                  GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  /* What scrolls, inside the viewport: its points stay where they are. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t point;

  g_assert_true (gtk_widget_is_ancestor (scroller, page));
  /* Once laid out where it is shown. */
  wait_until (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point) && point.y > 0);
  gtk_adjustment_set_value (adjustment, point.y - 12);
  wait_for_frame (page);
}

/* The page's one button of the inputs, as a screen reader reads it. */
static GtkWidget *
prepare_button (GtkWidget  *page,
                const char *label)
{
  return accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, label);
}

/* No review yet: the page says what a review is for and offers to add the
 * first; added through the form with the day it was held, the register
 * takes the page's place, and the file has it. */
static void
test_empty_state (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_without_reviews (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window_sized (workspace, 1280, 900);
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  g_autofree char *held = day_from_today (-2);
  g_autofree char *id = NULL;
  GtkWidget *page, *empty;
  GtkWindow *editor;
  AttestRecord *review;

  page = choose_page (window);
  empty = named (page, "reviews-empty");
  wait_until (gtk_widget_is_drawable (empty));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Management Reviews Yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (empty)), "top management"));
  screenshot (GTK_WIDGET (window), "review-empty");

  click (accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, "Add a Management Review"));
  editor = wait_for_editor ();
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Management Review");
  set_entry (editor, "title", "Management review 2027");
  set_entry (editor, "held-on", held);
  wait_for_frame (editor);
  screenshot (GTK_WIDGET (editor), "review-editor");
  click (named (editor, "editor-save"));
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  review = g_list_model_get_item (reviews, 0);
  g_object_unref (review);   /* the workspace holds it */
  id = g_strdup (attest_record_get_id (review));

  /* The register now, the review chosen below it. */
  wait_until (gtk_widget_is_drawable (named (page, "reviews-register")));
  wait_until (!gtk_widget_is_drawable (empty));
  wait_until (gtk_widget_is_drawable (named (page, "review-heading")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "review-heading"))), ==, "Management review 2027");
  {
    g_autofree char *shown = attest_i18n_format_stored_date (held);
    g_autofree char *expected = g_strdup_printf ("Held on %s", shown);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "review-summary"))), ==, expected);
  }
  close_window_and_workspace (window, &workspace);

  {
    g_auto(OnDisk) disk = { 0 };

    read_on_disk (path, id, &disk);
    g_assert_cmpstr (disk.held_on, ==, held);
    g_assert_cmpuint (disk.n, ==, 0);
  }
}

/* A review's page worked through: attendees linked, top management said;
 * Prepare Inputs writes the ten inputs with their summaries, in the file,
 * and Ctrl+Z takes them back in one step; a comment typed under an input
 * is kept when the inputs are prepared again; the decisions written as
 * typed; an action added below, the review's own; all in the file. */
static void
test_review_page (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_without_reviews (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = show_window_sized (workspace, 1280, 960);
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  g_autofree char *held = day_from_today (-1);
  g_autofree char *planned = day_from_today (-1);
  g_autofree char *due = day_from_today (30);
  g_autofree char *id = NULL;
  g_autofree char *first_summary = NULL;
  const char *comment = "Both audits were held as planned; the one finding is closed.";
  g_auto(OnDisk) disk = { 0 };
  GtkWidget *page, *view, *top;
  AttestRegister *reg, *actions;
  AttestRecord *review, *input;
  GtkWindow *editor;

  page = choose_page (window);
  click (accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, "Add a Management Review"));
  editor = wait_for_editor ();
  set_entry (editor, "title", "Management review 2027");
  set_entry (editor, "planned-date", planned);
  set_entry (editor, "held-on", held);
  click (named (editor, "editor-save"));
  review = g_list_model_get_item (reviews, 0);
  g_object_unref (review);   /* the workspace holds it */
  id = g_strdup (attest_record_get_id (review));
  reg = ATTEST_REGISTER (named (page, "reviews-register"));
  wait_until (attest_record_table_get_selected (attest_register_get_table (reg)) == review);
  wait_until (gtk_widget_is_drawable (named (page, "review-heading")));

  /* Attendees: the deputy managing director is not top management, said
   * with a hint; the managing director is. */
  g_assert_nonnull (accessible (page, GTK_ACCESSIBLE_ROLE_LIST, "Attendees"));
  /* Offered with the position each holds. */
  link_attendee (page, "Deputy managing director (Tom Okafor)");
  top = named (page, "review-top-management-text");
  wait_until (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (top)), "No one from top management"));
  g_assert_true (gtk_widget_has_css_class (named (page, "review-top-management"), "card"));
  link_attendee (page, "Managing director (Priya Natarajan)");
  wait_until (g_strcmp0 (gtk_label_get_text (GTK_LABEL (top)), "Top management attended this review.") == 0);
  g_assert_false (gtk_widget_has_css_class (named (page, "review-top-management"), "card"));
  g_assert_nonnull (accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, "Unlink “Priya Natarajan”"));
  g_assert_true (attest_management_review_has_top_management (workspace, review));

  /* Prepare Inputs: the ten, in the order of the standard, each with what
   * the workspace shows; in the file too. */
  g_assert_cmpuint (count_inputs_shown (page), ==, 0);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (page, "review-inputs-state"))),
                            "Inputs not prepared yet"));
  click (prepare_button (page, "Prepare Inputs"));
  wait_until (count_inputs_shown (page) == 10);
  wait_until (find_labelled (GTK_WIDGET (window), "Inputs prepared") != NULL);
  g_assert_nonnull (prepare_button (page, "Prepare Inputs Again"));
  /* Held yesterday: preparing again would no longer be what the review
   * considered, which the note says before the user does it. */
  g_assert_nonnull (find_labelled (page, "This review was held: preparing again writes each summary from the "
                                         "workspace as it is today, no longer what the review considered. The "
                                         "comments are kept."));
  g_assert_nonnull (find_labelled (page, "Actions from previous reviews"));
  g_assert_nonnull (find_labelled (page, "Opportunities for improvement"));
  g_assert_null (find_labelled (page, "Inputs not prepared yet"));
  read_on_disk (path, id, &disk);
  g_assert_cmpuint (disk.n, ==, 10);
  g_assert_cmpstr (disk.prepared_at, !=, "");
  for (guint i = 0; i < 10; i++)
    {
      g_assert_nonnull (disk.summary[i]);
      g_assert_false (attest_text_is_blank (disk.summary[i]));
    }
  first_summary = g_strdup (disk.summary[ATTEST_REVIEW_TOPIC_AUDITS]);
  /* What the page shows of it, read only and out of Tab's way. */
  {
    GtkWidget *summary = find_labelled (named (page, "review-input-audits"), first_summary);

    g_assert_nonnull (summary);
    g_assert_false (gtk_label_get_selectable (GTK_LABEL (summary)));
    g_assert_false (gtk_widget_get_focusable (summary));
  }
  screenshot (GTK_WIDGET (window), "review-prepared");

  /* Tab, pressed, goes on from Export Minutes… through the attendees and
   * Prepare Inputs to the comments: every press moves the keyboard. */
  {
    GtkWidget *prepare = prepare_button (page, "Prepare Inputs Again");
    GtkWidget *comment = accessible (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Comment on “Audit results”");
    gboolean passed_prepare = FALSE;
    guint presses = 0;

    gtk_widget_grab_focus (named (page, "review-export-minutes"));
    while (presses < 80)
      {
        GtkWidget *before = gtk_window_get_focus (GTK_WINDOW (window));
        GtkWidget *now;

        press_key (GTK_WIDGET (window), 0, XK_Tab);
        presses++;
        wait_until (gtk_window_get_focus (GTK_WINDOW (window)) != before);
        now = gtk_window_get_focus (GTK_WINDOW (window));
        if (now != NULL && (now == prepare || gtk_widget_is_ancestor (now, prepare)))
          passed_prepare = TRUE;
        if (now != NULL && (now == comment || gtk_widget_is_ancestor (now, comment)))
          break;
      }
    g_assert_true (passed_prepare);
    g_assert_cmpuint (presses, <, 80);
  }

  /* Ctrl+Z, the keyboard not in a text (on Prepare Inputs Again): the ten
   * go in one step. */
  gtk_widget_grab_focus (prepare_button (page, "Prepare Inputs Again"));
  g_assert_true (gtk_widget_has_focus (prepare_button (page, "Prepare Inputs Again")));
  press_ctrl_z (GTK_WIDGET (window));
  wait_until (count_inputs_shown (page) == 0);
  g_assert_null (attest_management_review_get_input (workspace, review, ATTEST_REVIEW_TOPIC_AUDITS));
  g_assert_nonnull (prepare_button (page, "Prepare Inputs"));
  read_on_disk (path, id, &disk);
  g_assert_cmpuint (disk.n, ==, 0);
  g_assert_cmpstr (disk.prepared_at, ==, "");
  /* Only the prepare: the attendees are still there. */
  g_assert_cmpuint (disk.n_attendees, ==, 2);

  /* Prepared again; a comment typed under an input, saved as typed. */
  click (prepare_button (page, "Prepare Inputs"));
  wait_until (count_inputs_shown (page) == 10);
  view = accessible (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Comment on “Audit results”");
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  gtk_widget_grab_focus (view);
  type_text (view, comment);
  input = attest_management_review_get_input (workspace, review, ATTEST_REVIEW_TOPIC_AUDITS);
  g_assert_cmpstr (attest_record_get_string (input, "comment"), ==, comment);
  read_on_disk (path, id, &disk);
  g_assert_cmpstr (disk.comment[ATTEST_REVIEW_TOPIC_AUDITS], ==, comment);

  /* Ctrl+Z in the comment is the comment's own: what was typed last goes,
   * the inputs stay. */
  {
    g_autofree char *typed = g_strconcat (comment, "xy", NULL);
    g_autofree char *shown = NULL;

    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter end;

    /* At the end of what is written, as a user clicks there. */
    gtk_widget_grab_focus (view);
    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_place_cursor (buffer, &end);
    press_key (GTK_WIDGET (window), 0, XK_x);
    press_key (GTK_WIDGET (window), 0, XK_y);
    wait_until ((shown = field_text (view)) != NULL && g_str_equal (shown, typed));
    g_clear_pointer (&shown, g_free);
    press_ctrl_z (GTK_WIDGET (window));
    wait_until ((shown = field_text (view)) != NULL && g_str_equal (shown, comment));
    g_clear_pointer (&shown, g_free);
    attest_field_flush (view);
    g_assert_cmpstr (attest_record_get_string (input, "comment"), ==, comment);
    g_assert_cmpuint (count_inputs_shown (page), ==, 10);
  }

  /* Prepared again: the summaries written afresh, the comment kept, on the
   * page and in the file. */
  click (prepare_button (page, "Prepare Inputs Again"));
  wait_until (find_labelled (GTK_WIDGET (window), "Inputs prepared") != NULL);
  g_assert_cmpuint (count_inputs_shown (page), ==, 10);
  g_assert_true (attest_management_review_get_input (workspace, review, ATTEST_REVIEW_TOPIC_AUDITS) == input);
  view = accessible (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Comment on “Audit results”");
  {
    g_autofree char *shown = field_text (view);

    g_assert_cmpstr (shown, ==, comment);
  }
  read_on_disk (path, id, &disk);
  g_assert_cmpuint (disk.n, ==, 10);
  g_assert_cmpstr (disk.comment[ATTEST_REVIEW_TOPIC_AUDITS], ==, comment);
  g_assert_false (attest_text_is_blank (disk.summary[ATTEST_REVIEW_TOPIC_AUDITS]));

  /* The decisions, written as typed. */
  view = accessible (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Decisions on improvement");
  type_text (view, "Take up the audit's opportunity: test restores every quarter.");
  read_on_disk (path, id, &disk);
  g_assert_cmpstr (disk.improvement, ==, "Take up the audit's opportunity: test restores every quarter.");

  /* An action added below the review is its own. */
  actions = ATTEST_REGISTER (named (page, "review-actions-register"));
  g_assert_cmpuint (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (actions))), ==,
                    0);
  click (accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, "Add an action"));
  editor = wait_for_editor ();
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Review Action");
  set_entry (editor, "title", "Test a restore every quarter");
  choose_owner (GTK_WIDGET (editor), "Tom Okafor");
  set_entry (editor, "due-date", due);
  click (named (editor, "editor-save"));
  wait_until (g_list_model_get_n_items (attest_record_table_get_model (attest_register_get_table (actions))) == 1);
  {
    g_autofree char *open = NULL;

    /* The reviews' register counts it open. */
    wait_until ((open = attest_record_table_dup_cell_text (attest_register_get_table (reg), 0, 4)) != NULL
                && g_str_equal (open, "1"));
  }
  read_on_disk (path, id, &disk);
  g_assert_cmpuint (disk.n_actions, ==, 1);
  g_assert_cmpstr (disk.action_title, ==, "Test a restore every quarter");
  g_assert_cmpstr (disk.action_due, ==, due);
  screenshot (GTK_WIDGET (window), "review-page");
  scroll_to_widget (page, named (page, "review-inputs-state"));
  screenshot (GTK_WIDGET (window), "review-page-inputs");
  scroll_to_widget (page, named (page, "review-input-risks"));
  screenshot (GTK_WIDGET (window), "review-page-inputs-end");
  scroll_to_widget (page, named (page, "review-decisions"));
  screenshot (GTK_WIDGET (window), "review-page-decisions");

  close_window_and_workspace (window, &workspace);

  /* Opened again, in a window 800 pixels wide: the review as it was left. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, NULL);
  g_assert_nonnull (workspace);
  window = show_window_sized (workspace, 800, 900);
  page = choose_page (window);
  reg = ATTEST_REGISTER (named (page, "reviews-register"));
  review = attest_workspace_lookup (workspace, id);
  g_assert_true (attest_register_select_record (reg, review));
  wait_until (count_inputs_shown (page) == 10);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "review-top-management-text"))), ==,
                   "Top management attended this review.");
  view = accessible (page, GTK_ACCESSIBLE_ROLE_TEXT_BOX, "Comment on “Audit results”");
  {
    g_autofree char *shown = field_text (view);

    g_assert_cmpstr (shown, ==, comment);
  }
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "review-page-800");
  scroll_to_widget (page, named (page, "review-input-audits"));
  screenshot (GTK_WIDGET (window), "review-page-800-inputs");
  scroll_to_widget (page, named (page, "review-decisions"));
  screenshot (GTK_WIDGET (window), "review-page-800-decisions");
  close_window_and_workspace (window, &workspace);
}

/* What is due and readiness show a review's input or action on the page:
 * the review chosen, the comment of the input given the keyboard. */
static void
test_show_record (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_without_reviews (fixture);
  g_autoptr(AttestRecord) first = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "First review", NULL);
  g_autoptr(AttestRecord) second = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Second review", NULL);
  g_autoptr(GError) error = NULL;
  AttestWindow *window;
  AttestRegister *reg;
  AttestRecord *input;
  GtkWidget *page, *focus;

  g_assert_true (attest_workspace_add (workspace, first, &error));
  g_assert_true (attest_workspace_add (workspace, second, &error));
  g_assert_true (attest_management_review_prepare_inputs (workspace, second, &error));
  g_assert_no_error (error);
  input = attest_management_review_get_input (workspace, second, ATTEST_REVIEW_TOPIC_RISKS);
  g_assert_nonnull (input);

  window = show_window_sized (workspace, 1280, 960);
  attest_window_show_record (window, input, NULL);
  page = named (window, "reviews-page");
  reg = ATTEST_REGISTER (named (page, "reviews-register"));
  wait_until (attest_record_table_get_selected (attest_register_get_table (reg)) == second);
  wait_until ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL && GTK_IS_TEXT_VIEW (focus));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Comment on “Risk assessment and the treatment plan”"));
  close_window_and_workspace (window, &workspace);
}

/* The page with the small demo as it is: its reviews if it has any, one
 * of ours prepared otherwise, drawn to be looked at. */
static void
test_demo_screenshot (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);
  g_autoptr(GError) error = NULL;
  AttestWindow *window;
  AttestRegister *reg;
  GtkWidget *page;

  if (g_list_model_get_n_items (reviews) == 0)
    {
      g_autoptr(AttestRecord) review = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Management review 2026",
                                                     NULL);
      g_autofree char *planned = day_from_today (14);

      g_object_set (review, "planned-date", planned, NULL);
      g_assert_true (attest_workspace_add (workspace, review, &error));
      g_assert_true (attest_management_review_prepare_inputs (workspace, review, &error));
      g_assert_no_error (error);
    }
  window = show_window_sized (workspace, 1280, 960);
  page = choose_page (window);
  reg = ATTEST_REGISTER (named (page, "reviews-register"));
  attest_record_table_select (attest_register_get_table (reg), 0);
  wait_until (gtk_widget_is_drawable (named (page, "review-heading")));
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "review-demo");
  scroll_to_widget (page, named (page, "review-inputs-state"));
  screenshot (GTK_WIDGET (window), "review-demo-inputs");
  close_window_and_workspace (window, &workspace);

  /* As narrow as a phone: the chosen review's buttons and fields. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  window = show_window_sized (workspace, 360, 720);
  show_section (window, "reviews", NULL);
  page = named (window, "reviews-page");
  reg = ATTEST_REGISTER (named (page, "reviews-register"));
  attest_record_table_select (attest_register_get_table (reg), 0);
  wait_until (gtk_widget_is_drawable (named (page, "review-heading")));
  scroll_to_widget (page, named (page, "review-heading"));
  screenshot (GTK_WIDGET (window), "review-demo-narrow");
  scroll_to_widget (page, named (page, "review-inputs-state"));
  screenshot (GTK_WIDGET (window), "review-demo-narrow-inputs");
  close_window_and_workspace (window, &workspace);
}

/* Export Minutes…: the audit pack with section 9.3 alone, written in the
 * background as the pack is, read back; the workspace itself refused. */
static void
test_export_minutes (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_without_reviews (fixture);
  g_autoptr(AttestRecord) review = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Spring review of the ISMS",
                                                 NULL);
  g_autofree char *pdf = test_dir_path (fixture, "minutes.pdf");
  g_autofree char *held = day_from_today (-3);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  AttestWindow *window;
  GtkWidget *page, *progress;
  GtkWindow *refusal;
  guint n_versions;

  g_object_set (review, "held-on", held, "improvement-decisions", "Buy a second backup appliance.", NULL);
  g_assert_true (attest_workspace_add (workspace, review, &error));
  g_assert_true (attest_management_review_prepare_inputs (workspace, review, &error));
  g_assert_no_error (error);
  window = show_window_sized (workspace, 1280, 960);
  page = choose_page (window);
  g_assert_true (attest_register_select_record (ATTEST_REGISTER (named (page, "reviews-register")), review));
  wait_until (gtk_widget_is_drawable (named (page, "review-export-minutes")));
  g_assert_nonnull (accessible (page, GTK_ACCESSIBLE_ROLE_BUTTON, "Export Minutes…"));

  /* A title of 2,000 characters without a space wraps within the page:
   * the review stays on it, its button beside. */
  {
    g_autofree char *title = g_strnfill (2000, 'W');

    g_object_set (review, "title", title, NULL);
    wait_until (g_str_equal (gtk_label_get_text (GTK_LABEL (named (page, "review-heading"))), title));
    wait_for_frame (GTK_WIDGET (window));
    g_assert_true (gtk_widget_is_drawable (named (page, "review-export-minutes")));
    g_assert_cmpint (gtk_widget_get_width (named (page, "review-heading")), <, gtk_widget_get_width (page));
    g_assert_cmpint (gtk_widget_get_width (named (page, "review-export-minutes")), >, 0);
    g_object_set (review, "title", "Spring review of the ISMS", NULL);
  }

  /* Not over the workspace. */
  g_assert_null (attest_reviews_page_export_minutes (ATTEST_REVIEWS_PAGE (page), attest_workspace_get_path (workspace)));
  wait_until ((refusal = toplevel_named ("minutes-error")) != NULL);
  gtk_window_destroy (refusal);

  {
    g_autoptr(GPtrArray) before = attest_isms_document_dup_pack_versions (workspace, &error);

    g_assert_no_error (error);
    n_versions = before->len;
  }
  progress = attest_reviews_page_export_minutes (ATTEST_REVIEWS_PAGE (page), pdf);
  g_assert_nonnull (progress);
  wait_until (toplevel_named ("export-progress") == NULL);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  /* Said as the minutes they are, not as the audit pack. */
  wait_until (find_labelled (GTK_WIDGET (window), "Exported the minutes as “minutes.pdf”") != NULL);
  doc = open_pdf (pdf);
  text = pdf_text (doc);
  g_assert_nonnull (strstr (text, "Spring review of the ISMS"));
  g_assert_nonnull (strstr (text, "Buy a second backup appliance."));
  g_assert_nonnull (strstr (text, "Actions from previous reviews"));
  /* 9.3 alone: no other section of the pack. */
  g_assert_null (strstr (text, "Statement of Applicability"));
  g_assert_null (strstr (text, "Risk treatment plan"));
  /* The history has the minutes, which are no version of the audit pack. */
  {
    g_autoptr(GPtrArray) heads = attest_store_load_recorded_heads (attest_workspace_get_store (workspace), &error);
    g_autoptr(GPtrArray) versions = attest_isms_document_dup_pack_versions (workspace, &error);

    AttestRecordedHead *last;

    g_assert_no_error (error);
    g_assert_cmpuint (heads->len, >, 0);
    last = g_ptr_array_index (heads, heads->len - 1);
    g_assert_cmpstr (last->statement, ==, "review-minutes");
    g_assert_cmpuint (versions->len, ==, n_versions);
  }
  close_window_and_workspace (window, &workspace);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-gui-home-XXXXXX");
  int status;

  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/gui/review/empty-state", test_empty_state);
  ADD ("/gui/review/page", test_review_page);
  ADD ("/gui/review/show-record", test_show_record);
  ADD ("/gui/review/demo-screenshot", test_demo_screenshot);
  ADD ("/gui/review/export-minutes", test_export_minutes);
#undef ADD

  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
