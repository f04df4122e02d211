/* attest-gui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-demo.h"
#include "attest-gui-resources.h"
#include "attest-gui-test-util.h"

#include <poppler.h>
#include "attest-window.h"
#include "dialogs/attest-record-editor.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-picker-row.h"
#include "attest-workspace.h"

/* What AdwApplication does for the real program: GTK, libadwaita, our
 * resources and our style sheet. */
void
gui_test_init (int    *argc,
               char ***argv)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();
  g_resources_register (attest_gui_get_resource ());
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

char *
gui_test_use_private_home (const char *name_template)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp (name_template, &error);
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;

  g_assert_no_error (error);
  data = g_build_filename (home, "data", NULL);
  config = g_build_filename (home, "config", NULL);
  cache = g_build_filename (home, "cache", NULL);
  /* The user's folders, not the system's: GTK finds its icons and MIME
   * database in the system folders as usual. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  return g_steal_pointer (&home);
}

void
gui_test_remove_home (const char *home)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", home);

  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

/* Returns once @widget is mapped and a frame has been laid out and drawn
 * after the call: what changed before it is on screen. */
void
wait_for_frame (gpointer widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong id;

  /* What is queued (idle rebuilds) first, then a frame with its result;
   * nothing runs after that frame before the caller looks. */
  test_settle ();
  wait_until (gtk_widget_get_mapped (widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_true), &painted);
  gtk_widget_queue_draw (widget);
  wait_until (painted);
  g_signal_handler_disconnect (clock, id);
}

void
present_and_wait (gpointer window)
{
  gtk_window_present (GTK_WINDOW (window));
  wait_until (gtk_widget_get_width (window) > 0);
  wait_for_frame (window);
}

static gboolean
on_clicked_hook_cb (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               data)
{
  gpointer *clicked = data;

  /* clicked[0] is the button, clicked[1] set once it emitted "clicked".
   * An emission hook runs before the handlers, so it sees the click even
   * when a handler destroys the button. */
  if (g_value_get_object (&values[0]) == clicked[0])
    clicked[1] = GINT_TO_POINTER (TRUE);
  return TRUE;
}

/* Activates @widget as the keyboard does, and returns once it took effect. */
void
click (gpointer widget)
{
  /* A user clicks what is on screen; an unrealized button ignores it. */
  wait_until (gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget));
  if (GTK_IS_BUTTON (widget))
    {
      guint signal_id = g_signal_lookup ("clicked", GTK_TYPE_BUTTON);
      gpointer clicked[2] = { widget, NULL };
      gulong hook = g_signal_add_emission_hook (signal_id, 0, on_clicked_hook_cb, clicked, NULL);

      gtk_widget_activate (widget);
      wait_until (clicked[1] != NULL);
      g_signal_remove_emission_hook (signal_id, hook);
    }
  else
    g_assert_true (gtk_widget_activate (widget));
  test_settle ();
}

GtkWidget *
find_widget (GtkWidget       *root,
             TestWidgetMatch  match,
             gconstpointer    data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return find_widget (root, is_named, name);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

GtkWindow *
toplevel_named (const char *name)
{
  GtkWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (g_strcmp0 (gtk_widget_get_name (l->data), name) == 0 && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

GtkWidget *
named (gpointer    root,
       const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("No widget named %s", name);
  return widget;
}

static GtkWidget *
last_labelled (GtkWidget  *root,
               const char *label)
{
  GtkWidget *found = NULL;

  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0
      && gtk_widget_is_drawable (root))
    found = root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *below = last_labelled (child, label);

      if (below != NULL)
        found = below;
    }
  return found;
}

GtkWidget *
find_button (gpointer    root,
             const char *label)
{
  return last_labelled (GTK_WIDGET (root), label);
}

/* Clicks the button on screen with this label (mnemonic included), as a
 * user would; of several, the one added last (the newest toast's). */
gboolean
click_labelled (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button;

  /* A toast's button appears once the toast is shown. */
  wait_until ((button = last_labelled (root, label)) != NULL);
  click (button);
  return TRUE;
}

void
click_named (gpointer    root,
             const char *name)
{
  click (named (root, name));
}

/* The widget's drawing after the next frame, or %NULL if it drew nothing. */
static GskRenderNode *
drawn_node (GtkWidget    *widget,
            GdkPaintable *paintable,
            int          *width,
            int          *height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  wait_for_frame (widget);
  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  return gtk_snapshot_free_to_node (snapshot);
}

/* Saves what the widget shows to build/tests/gui/screenshots/NAME.png, to look at. */
void
screenshot (gpointer    widget,
            const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = NULL;
  int width, height;

  wait_until (gtk_widget_get_width (widget) > 0);
  paintable = gtk_widget_paintable_new (widget);
  /* A frame in which the widget draws something: under load a window can
   * be between two layouts (a step swapped in) when the first frame ends. */
  wait_until ((node = drawn_node (widget, paintable, &width, &height)) != NULL);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

AttestWorkspace *
demo_workspace_sized (TestDir        *fixture,
                      const char     *name,
                      AttestDemoSize  size)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_demo_create (path, size, &error);

  g_assert_no_error (error);
  return workspace;
}

AttestWorkspace *
demo_workspace (TestDir *fixture)
{
  return demo_workspace_sized (fixture, "demo.isms", ATTEST_DEMO_SMALL);
}

gpointer
show_window_sized (AttestWorkspace *workspace,
                   int              width,
                   int              height)
{
  AttestWindow *window = attest_window_new (NULL, workspace);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  present_and_wait (window);
  return window;
}

void
show_section (gpointer    window,
              const char *name,
              const char *shot)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (named (window, "leaflet"));
  GtkStack *stack = GTK_STACK (named (window, "stack"));

  attest_window_show_page (ATTEST_WINDOW (window), name);
  wait_until ((!adw_leaflet_get_folded (leaflet) || adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (stack))
              && !adw_leaflet_get_child_transition_running (leaflet)
              && g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) == 0
              && !gtk_stack_get_transition_running (stack));
  wait_for_frame (window);
  if (shot != NULL)
    screenshot (window, shot);
}

/* Closes a window and drops the test's reference to its workspace, then
 * lets the main loop run until the workspace is really closed, its file
 * closed and its lock released: a workspace that closed only later would
 * release its lock into the next test's files. The window closes its
 * workspace as it goes; GTK may keep one of its widgets (and so the
 * workspace object) a little longer, which no longer keeps the file. */
void
close_window_and_workspace (gpointer window,
                            gpointer workspace_ptr)
{
  GObject **workspace = workspace_ptr;
  gpointer weak = *workspace;

  g_object_add_weak_pointer (G_OBJECT (weak), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (workspace);
  wait_until (weak == NULL || attest_workspace_is_closed (weak));
  if (weak != NULL)
    g_object_remove_weak_pointer (G_OBJECT (weak), &weak);
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0
         && gtk_widget_is_drawable (widget);
}

/* The label on screen that says exactly this, such as a toast's. */
GtkWidget *
find_labelled (GtkWidget  *root,
               const char *text)
{
  return find_widget (root, is_label_saying, text);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0
         && gtk_widget_is_drawable (widget);
}

/* The row on screen with this title (a form's field: "Legal name"). */
GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return find_widget (root, is_row_titled, title);
}

GtkWidget *
field_row (gpointer    root,
            const char *title)
{
  GtkWidget *row = find_row (GTK_WIDGET (root), title);

  if (row == NULL)
    g_error ("No row titled %s on screen", title);
  return row;
}

typedef struct
{
  GtkAccessibleRole role;
  const char       *label;
} AccessibleQuery;

static gboolean
is_accessible_as (GtkWidget     *widget,
                  gconstpointer  data)
{
  const AccessibleQuery *query = data;
  g_autofree char *mismatch = NULL;

  if (!gtk_widget_is_drawable (widget) || !gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), query->role))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, query->label);
  return mismatch == NULL;
}

GtkWidget *
find_accessible (gpointer           root,
                 GtkAccessibleRole  role,
                 const char        *label)
{
  AccessibleQuery query = { role, label };

  return find_widget (GTK_WIDGET (root), is_accessible_as, &query);
}

GtkWidget *
accessible (gpointer           root,
            GtkAccessibleRole  role,
            const char        *label)
{
  GtkWidget *widget = find_accessible (root, role, label);

  if (widget == NULL)
    g_error ("Nothing on screen with the role %d is named “%s”", role, label);
  return widget;
}

static GtkTextView *
prose_view (gpointer field)
{
  if (GTK_IS_TEXT_VIEW (field))
    return field;
  return g_object_get_data (G_OBJECT (field), "view");
}

void
type_text (gpointer    field,
           const char *text)
{
  if (GTK_IS_EDITABLE (field))
    {
      gtk_editable_set_text (GTK_EDITABLE (field), text);
      attest_field_flush (field);
      return;
    }
  g_assert_nonnull (prose_view (field));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (prose_view (field)), text, -1);
  attest_field_flush (prose_view (field));
}

char *
field_text (gpointer field)
{
  GtkTextIter start, end;
  GtkTextBuffer *buffer;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  g_assert_nonnull (prose_view (field));
  buffer = gtk_text_view_get_buffer (prose_view (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

PopplerDocument *
open_pdf (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

char *
pdf_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

/* Whether @widget is shown whole inside its window. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (widget) && gtk_widget_compute_bounds (widget, window, &bounds)
         && bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* Scrolls every scrolled window around @widget so that it shows at the
 * top, as a user scrolls to a field. */
static void
scroll_to (GtkWidget *widget)
{
  for (GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW); scroller != NULL;
       scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (scroller), GTK_TYPE_SCROLLED_WINDOW))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      GtkWidget *child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
      graphene_rect_t bounds;

      if (child != NULL && gtk_widget_compute_bounds (widget, child, &bounds))
        gtk_adjustment_set_value (adjustment, bounds.origin.y);
      if (gtk_widget_get_parent (scroller) == NULL)
        break;
    }
}

/* Picks an owner as a user does: opens the owner's list under @root,
 * searches for @name, and takes the entry of that name, or adds it as a
 * new person with the button under the search when there is none. */
void
choose_owner (GtkWidget  *root,
              const char *name)
{
  GtkWidget *row = find_named (root, "owner");
  GtkWidget *search, *add;

  g_assert_true (ATTEST_IS_PICKER_ROW (row));
  /* Where the user sees it: scrolled to, then opened. */
  scroll_to (row);
  wait_until (in_view (row));
  attest_picker_row_popup (ATTEST_PICKER_ROW (row));
  search = attest_picker_row_get_search_entry (ATTEST_PICKER_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (search), name);
  /* GtkSearchEntry says so after a pause; the test does not wait for it. */
  g_signal_emit_by_name (search, "search-changed");
  add = attest_picker_row_get_add_button (ATTEST_PICKER_ROW (row));
  if (gtk_widget_get_visible (add))
    click (add);
  else
    g_signal_emit_by_name (search, "activate");
}

/* The record editor on screen, if any. */
GtkWindow *
visible_editor (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWindow *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ATTEST_IS_RECORD_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* The record editor a click on a register's Add (or Edit) opened, drawn. */
GtkWindow *
wait_for_editor (void)
{
  GtkWindow *found = NULL;

  wait_until ((found = visible_editor ()) != NULL);
  wait_for_frame (found);
  return found;
}

/* Sets a one-line field of an editor as a user types it, and leaves it. */
void
set_entry (GtkWindow  *editor,
           const char *field,
           const char *text)
{
  GtkWidget *row = named (editor, field);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  attest_field_flush (GTK_EDITABLE (row));
}
