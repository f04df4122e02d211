/* test-undo.c: Undo and Redo in the window, from the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "attest-gui-test-util.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-register.h"
#include "widgets/attest-toast.h"

/* Keys as the X server sends them to the focused window: through GTK's
 * event handling, as a user's keyboard would. */
static void
focus_window (GtkWidget *window)
{
  Display *x = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  XSetInputFocus (x, xid, RevertToParent, CurrentTime);
  XFlush (x);
  wait_until (gtk_window_is_active (GTK_WINDOW (window)));
}

static void
press_keys (GtkWidget  *window,
            const guint *keysyms,
            guint        n_keysyms)
{
  Display *x = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));

  focus_window (window);
  for (guint i = 0; i < n_keysyms; i++)
    XTestFakeKeyEvent (x, XKeysymToKeycode (x, keysyms[i]), True, CurrentTime);
  for (guint i = n_keysyms; i > 0; i--)
    XTestFakeKeyEvent (x, XKeysymToKeycode (x, keysyms[i - 1]), False, CurrentTime);
  XFlush (x);
}

static void
press_ctrl_z (GtkWidget *window)
{
  static const guint keys[] = { XK_Control_L, XK_z };

  press_keys (window, keys, G_N_ELEMENTS (keys));
}

static void
type_key (GtkWidget *window,
          guint      keysym)
{
  press_keys (window, &keysym, 1);
}

static gboolean
is_toast_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget)
         && (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0
             || g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), data) == 0);
}

static GtkWidget *
toast_button (GtkWidget  *window,
              const char *label_or_icon)
{
  return find_widget (GTK_WIDGET (attest_toast_get_overlay (window)), is_toast_button, label_or_icon);
}

/* The toast closed (as it does by itself after a while): its Undo is gone,
 * the window's stays. */
static void
close_toast (GtkWidget *window)
{
  GtkWidget *undo = toast_button (window, "_Undo");
  GtkWidget *close;

  /* The close button of the toast with Undo (another toast, e.g. saying
   * what was undone, may be on its way out). */
  g_assert_nonnull (undo);
  close = find_widget (gtk_widget_get_parent (undo), is_toast_button, "window-close-symbolic");
  g_assert_nonnull (close);
  click (close);
  wait_until (toast_button (window, "_Undo") == NULL);
}

static gboolean
has_link (AttestWorkspace *workspace,
          const char      *kind,
          const char      *from,
          const char      *to)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, kind, NULL);

  for (guint i = 0; i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i), from) && g_str_equal (g_ptr_array_index (links, i + 1), to))
      return TRUE;
  return FALSE;
}

static gboolean
is_label_with_prefix (GtkWidget     *widget,
                      gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix)
         && gtk_widget_is_drawable (widget);
}

/* The label on screen that starts so, such as a toast's. */
static GtkWidget *
find_label_with_prefix (GtkWidget  *window,
                        const char *prefix)
{
  return find_widget (window, is_label_with_prefix, prefix);
}

static void
delete_in_register (AttestWindow *window,
                    const char   *page,
                    const char   *register_name,
                    AttestRecord *record)
{
  AttestRegister *reg;

  attest_window_show_page (window, page);
  reg = ATTEST_REGISTER (named (window, register_name));
  attest_register_select_record (reg, record);
  g_assert_true (attest_record_table_get_selected (attest_register_get_table (reg)) == record);
  g_assert_true (attest_register_delete_selected (reg));
  /* The keyboard focus on the table, not in a text field. */
  gtk_widget_grab_focus (GTK_WIDGET (attest_register_get_table (reg)));
}

/* Records of two kinds deleted, each toast gone, Ctrl+Z: each comes back
 * with its links, in the file. */
static void
test_ctrl_z_after_toast (TestDir       *fixture,
                         gconstpointer  data)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, 0);
  g_autofree char *issue_id = g_strdup (attest_record_get_id (issue));
  g_autoptr(GPtrArray) risk_assets = attest_workspace_dup_links (workspace, "risk-asset", NULL);
  g_autofree char *risk_id = g_strdup (g_ptr_array_index (risk_assets, 0));
  g_autofree char *asset_id = g_strdup (g_ptr_array_index (risk_assets, 1));
  AttestRecord *asset = attest_workspace_lookup (workspace, asset_id);
  guint n_issues = g_list_model_get_n_items (issues);
  g_autofree char *label = NULL;

  g_assert_false (attest_workspace_can_undo (workspace));

  /* A context issue. */
  delete_in_register (window, "context", "issues-register", issue);
  g_assert_null (attest_workspace_lookup (workspace, issue_id));
  close_toast (GTK_WIDGET (window));
  press_ctrl_z (GTK_WIDGET (window));
  wait_until (attest_workspace_lookup (workspace, issue_id) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, n_issues);

  /* An asset, and the links of the risks to it. */
  g_object_ref (asset);
  delete_in_register (window, "assets", "assets-register", asset);
  g_assert_null (attest_workspace_lookup (workspace, asset_id));
  g_assert_false (has_link (workspace, "risk-asset", risk_id, asset_id));
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_true (g_str_has_prefix (label, "Delete “"));
  wait_for_frame (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (window), "undo-toast");
  close_toast (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (window), "undo-toast-gone");
  press_ctrl_z (GTK_WIDGET (window));
  wait_until (attest_workspace_lookup (workspace, asset_id) != NULL);
  g_assert_true (has_link (workspace, "risk-asset", risk_id, asset_id));
  g_object_unref (asset);

  /* Redo from the keyboard deletes it again; Undo brings it back. */
  {
    static const guint keys[] = { XK_Control_L, XK_Shift_L, XK_z };

    press_keys (GTK_WIDGET (window), keys, G_N_ELEMENTS (keys));
    wait_until (attest_workspace_lookup (workspace, asset_id) == NULL);
    press_ctrl_z (GTK_WIDGET (window));
    wait_until (attest_workspace_lookup (workspace, asset_id) != NULL);
  }

  /* In the file. */
  close_window_and_workspace (window, &workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  g_assert_nonnull (attest_workspace_lookup (workspace, issue_id));
  g_assert_nonnull (attest_workspace_lookup (workspace, asset_id));
  g_assert_true (has_link (workspace, "risk-asset", risk_id, asset_id));
  g_object_unref (workspace);
}

/* A threat that risks name is deleted: the risks stay, without a threat, and
 * the toast says so; its Undo puts the threat back in the risks. */
static void
test_delete_referred (TestDir       *fixture,
                      gconstpointer  data)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GPtrArray) naming = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(AttestRecord) threat = NULL;
  g_autofree char *threat_id = NULL;
  g_autofree char *expected = NULL;
  guint n_risks = g_list_model_get_n_items (risks);

  for (guint i = 0; i < n_risks && threat == NULL; i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      AttestRecord *named_threat = attest_workspace_lookup (workspace, attest_record_get_string (risk, "threat-id"));

      if (named_threat != NULL)
        threat = g_object_ref (named_threat);
    }
  g_assert_nonnull (threat);
  threat_id = g_strdup (attest_record_get_id (threat));
  for (guint i = 0; i < n_risks; i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      if (g_str_equal (attest_record_get_string (risk, "threat-id"), threat_id))
        g_ptr_array_add (naming, g_strdup (attest_record_get_id (risk)));
    }

  delete_in_register (window, "threats", "threats-register", threat);
  g_assert_null (attest_workspace_lookup (workspace, threat_id));
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, n_risks);
  for (guint i = 0; i < naming->len; i++)
    g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, g_ptr_array_index (naming, i)),
                                               "threat-id"), ==, "");
  expected = g_strdup_printf (naming->len == 1 ? "Deleted “%s”; %u record no longer refers to it"
                                               : "Deleted “%s”; %u records no longer refer to it",
                              attest_record_get_string (threat, "name"), naming->len);
  wait_until (find_labelled (GTK_WIDGET (window), expected) != NULL);

  /* The toast's Undo. */
  gtk_widget_activate (toast_button (GTK_WIDGET (window), "_Undo"));
  wait_until (attest_workspace_lookup (workspace, threat_id) != NULL);
  for (guint i = 0; i < naming->len; i++)
    g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, g_ptr_array_index (naming, i)),
                                               "threat-id"), ==, threat_id);

  /* An auditor of the demo's audits, deleted: the toast names how many
   * records no longer refer to them. */
  {
    g_autoptr(GPtrArray) auditors = attest_workspace_dup_links (workspace, "audit-auditor", NULL);
    AttestRecord *person = attest_workspace_lookup (workspace, g_ptr_array_index (auditors, 1));
    g_autofree char *prefix = g_strdup_printf ("Deleted “%s”", attest_record_get_string (person, "name"));
    g_autofree char *person_id = g_strdup (attest_record_get_id (person));
    GtkWidget *toast;

    g_object_ref (person);
    delete_in_register (window, "people", "people-register", person);
    g_object_unref (person);
    wait_until ((toast = find_label_with_prefix (GTK_WIDGET (window), prefix)) != NULL);
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (toast)), "no longer refer"));
    g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (toast)), " to them"));
    g_assert_false (has_link (workspace, "audit-auditor", g_ptr_array_index (auditors, 0), person_id));
    gtk_widget_activate (toast_button (GTK_WIDGET (window), "_Undo"));
    wait_until (attest_workspace_lookup (workspace, person_id) != NULL);
    g_assert_true (has_link (workspace, "audit-auditor", g_ptr_array_index (auditors, 0), person_id));
  }

  close_window_and_workspace (window, &workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, g_ptr_array_index (naming, 0)),
                                             "threat-id"), ==, threat_id);
  g_object_unref (workspace);
}

/* The mouse wheel over the audit coverage grid, which scrolls sideways in a
 * narrow window, scrolls the page down, as everywhere else on it. */
static void
test_wheel_over_grid (TestDir       *fixture,
                      gconstpointer  data)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 900, 700));
  Display *x = gdk_x11_display_get_xdisplay (gtk_widget_get_display (GTK_WIDGET (window)));
  Window xid;
  GtkWidget *grid, *sideways, *page;
  GtkAdjustment *adjustment;
  graphene_point_t point;
  Window child;
  int root_x, root_y;

  attest_window_show_page (window, "audit-coverage");
  grid = named (window, "audit-coverage-grid");
  wait_until (gtk_widget_get_mapped (grid));
  sideways = gtk_widget_get_ancestor (grid, GTK_TYPE_SCROLLED_WINDOW);
  page = gtk_widget_get_ancestor (gtk_widget_get_parent (sideways), GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (page);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  wait_until (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);

  /* The pointer on the grid's first rows, the wheel turned down twice. */
  g_assert_true (gtk_widget_compute_point (grid, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (40, 40), &point));
  focus_window (GTK_WIDGET (window));
  xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  XTranslateCoordinates (x, xid, DefaultRootWindow (x), (int) point.x, (int) point.y, &root_x, &root_y, &child);
  XTestFakeMotionEvent (x, -1, root_x, root_y, CurrentTime);
  for (guint i = 0; i < 2; i++)
    {
      XTestFakeButtonEvent (x, 5, True, CurrentTime);
      XTestFakeButtonEvent (x, 5, False, CurrentTime);
    }
  XFlush (x);
  wait_until (gtk_adjustment_get_value (adjustment) > 0.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (workspace);
}

/* Ctrl+Z in a text field takes back what was typed there, not the last
 * change of the workspace. */
static void
test_ctrl_z_in_entry (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, 0);
  g_autofree char *issue_id = g_strdup (attest_record_get_id (issue));
  GtkEditable *name_row;
  g_autofree char *before = NULL, *typed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_remove (workspace, issue, &error));
  g_assert_no_error (error);
  g_assert_true (attest_workspace_can_undo (workspace));

  attest_window_show_page (window, "organisation");
  name_row = GTK_EDITABLE (field_row (window, "Legal name"));
  before = g_strdup (gtk_editable_get_text (name_row));
  typed = g_strconcat (before, "xy", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (name_row));
  gtk_editable_set_position (name_row, -1);
  type_key (GTK_WIDGET (window), XK_x);
  type_key (GTK_WIDGET (window), XK_y);
  wait_until (g_strcmp0 (gtk_editable_get_text (name_row), typed) == 0);

  press_ctrl_z (GTK_WIDGET (window));
  wait_until (g_strcmp0 (gtk_editable_get_text (name_row), typed) != 0);
  g_assert_true (g_str_has_prefix (typed, gtk_editable_get_text (name_row)));
  /* The workspace undid nothing: the deleted issue stays deleted, and
   * there is nothing to redo. */
  g_assert_null (attest_workspace_lookup (workspace, issue_id));
  g_assert_false (attest_workspace_can_redo (workspace));

  /* Away from the text, Ctrl+Z is the workspace's Undo: whatever of the
   * typing was saved (the field saves when typing pauses), then the
   * deletion. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  while (attest_workspace_lookup (workspace, issue_id) == NULL)
    {
      guint64 serial = attest_workspace_get_undo_serial (workspace);

      g_assert_true (attest_workspace_can_undo (workspace));
      press_ctrl_z (GTK_WIDGET (window));
      wait_until (attest_workspace_get_undo_serial (workspace) != serial);
    }
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "name"),
                   ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The menu names what Undo and Redo do. */
static void
test_menu_labels (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, 0);
  g_autofree char *expected = g_strdup_printf ("_Undo Delete “%s”", attest_record_get_string (issue, "title"));
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  GMenuModel *menu = gtk_menu_button_get_menu_model (menu_button);
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_autofree char *undo = NULL, *redo = NULL;

  g_assert_false (attest_workspace_can_undo (workspace));
  delete_in_register (window, "context", "issues-register", issue);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &undo));
  g_assert_cmpstr (undo, ==, expected);
  gtk_menu_button_popup (menu_button);
  wait_for_frame (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (gtk_menu_button_get_popover (menu_button)), "undo-menu");
  gtk_menu_button_popdown (menu_button);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_nonnull (attest_workspace_lookup (workspace, attest_record_get_id (issue)));
  g_object_unref (section);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &redo));
  g_assert_cmpstr (redo + strlen ("_Redo "), ==, expected + strlen ("_Undo "));
  g_object_unref (section);

  /* An approval: named, and not undone. */
  {
    g_autoptr(AttestRecord) version = g_object_new (ATTEST_TYPE_SOA_VERSION, "number", 9, "approved-by", "Ana", NULL);
    g_autofree char *cannot = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (attest_workspace_add (workspace, version, &error));
    g_assert_no_error (error);
    section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &cannot));
    g_assert_cmpstr (cannot, ==, "Cannot Undo “Approved Statement of Applicability”");
    g_assert_false (attest_workspace_can_undo (workspace));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    g_object_unref (section);
    gtk_menu_button_popup (menu_button);
    wait_for_frame (GTK_WIDGET (window));
    screenshot (GTK_WIDGET (gtk_menu_button_get_popover (menu_button)), "undo-menu-approval");
    gtk_menu_button_popdown (menu_button);
    g_assert_true (attest_workspace_lookup (workspace, attest_record_get_id (version)) == version);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Z in the record editor, away from its text fields, takes back the
 * workspace's last change, and a toast in the window says what it was; in
 * the file. */
static void
test_ctrl_z_in_editor (TestDir       *fixture,
                       gconstpointer  data)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, 0);
  g_autofree char *issue_id = g_strdup (attest_record_get_id (issue));
  g_autofree char *before = g_strdup (attest_record_get_string (issue, "effect"));
  g_autofree char *label = NULL;
  AttestRegister *reg;
  GtkWindow *editor;
  GtkWidget *effect;
  GtkWidget *toast;

  attest_window_show_page (window, "context");
  reg = ATTEST_REGISTER (named (window, "issues-register"));
  editor = attest_register_edit (reg, issue);
  present_and_wait (editor);
  effect = find_named (GTK_WIDGET (editor), "effect");
  type_text (effect, "Changed in the editor.");
  g_assert_cmpstr (attest_record_get_string (issue, "effect"), ==, "Changed in the editor.");
  label = attest_workspace_dup_undo_label (workspace, NULL);
  g_assert_nonnull (label);

  gtk_window_set_focus (editor, NULL);
  press_ctrl_z (GTK_WIDGET (editor));
  wait_until (g_strcmp0 (attest_record_get_string (issue, "effect"), before) == 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* The window says what was undone. */
  {
    g_autofree char *expected = g_strdup_printf ("Undone: %s", label);

    wait_until ((toast = find_widget (GTK_WIDGET (attest_toast_get_overlay (GTK_WIDGET (window))),
                                      is_label_with_prefix, "Undone: ")) != NULL);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (toast)), ==, expected);
  }
  gtk_window_destroy (editor);

  close_window_and_workspace (window, &workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup (workspace, issue_id), "effect"), ==, before);
  g_object_unref (workspace);
}

/* Undo from the keyboard of a change on another page: a toast says what
 * was undone. */
static void
test_undo_toast_other_page (TestDir       *fixture,
                            gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, 0);
  g_autofree char *expected = g_strdup_printf ("Undone: Delete “%s”", attest_record_get_string (issue, "title"));
  GtkWidget *toast;

  delete_in_register (window, "context", "issues-register", issue);
  close_toast (GTK_WIDGET (window));
  attest_window_show_page (window, "organisation");
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  press_ctrl_z (GTK_WIDGET (window));
  wait_until (attest_workspace_lookup (workspace, attest_record_get_id (issue)) != NULL);
  wait_until ((toast = find_widget (GTK_WIDGET (attest_toast_get_overlay (GTK_WIDGET (window))),
                                    is_label_with_prefix, "Undone: ")) != NULL);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (toast)), ==, expected);
  wait_for_frame (GTK_WIDGET (window));
  screenshot (GTK_WIDGET (window), "undo-undone-toast");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keyboard from the sidebar: the arrows move between its sections,
 * Tab goes on into the page shown, not to the next section. */
static void
test_tab_from_sidebar (TestDir       *fixture,
                       gconstpointer  data)
{
  AttestWorkspace *workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  GtkWidget *list = named (window, "sidebar-list");
  GtkWidget *page, *focus;
  GtkListBoxRow *row;

  attest_window_show_page (window, "risks");
  wait_for_frame (window);
  page = gtk_stack_get_visible_child (GTK_STACK (named (window, "stack")));
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  g_assert_nonnull (row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));

  type_key (GTK_WIDGET (window), XK_Tab);
  wait_until ((focus = gtk_window_get_focus (GTK_WINDOW (window))) != NULL && gtk_widget_is_ancestor (focus, page));
  g_assert_false (gtk_widget_is_ancestor (focus, list));
  /* Still on the same page. */
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (named (window, "stack"))) == page);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/gui/undo/ctrl-z-after-toast", test_ctrl_z_after_toast);
  ADD ("/gui/undo/ctrl-z-in-entry", test_ctrl_z_in_entry);
  ADD ("/gui/undo/delete-referred", test_delete_referred);
  ADD ("/gui/undo/menu-labels", test_menu_labels);
  ADD ("/gui/undo/ctrl-z-in-editor", test_ctrl_z_in_editor);
  ADD ("/gui/undo/toast-other-page", test_undo_toast_other_page);
  ADD ("/gui/keyboard/tab-from-sidebar", test_tab_from_sidebar);
  ADD ("/gui/pointer/wheel-over-grid", test_wheel_over_grid);
#undef ADD

  return g_test_run ();
}
