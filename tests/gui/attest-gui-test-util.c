/* attest-gui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-gui-resources.h"
#include "attest-gui-test-util.h"

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

/* Lets the main loop run, as time passes for a user: clicks land about
 * 250 ms after activation, fields save half a second after typing. */
void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
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

/* Clicks the button on screen with this label (mnemonic included), as a
 * user would; of several, the one added last (the newest toast's). */
gboolean
click_labelled (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button = last_labelled (root, label);

  if (button == NULL)
    return FALSE;
  gtk_widget_activate (button);
  wait_ms (400);
  return TRUE;
}

void
click_named (gpointer    root,
             const char *name)
{
  gtk_widget_activate (named (root, name));
  wait_ms (400);
}

/* Saves what the widget shows to build/tests/gui/screenshots/NAME.png, to look at. */
void
screenshot (gpointer    widget,
            const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *file = NULL;
  int width, height;

  wait_ms (300);
  for (guint i = 0; i < 100 && (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0); i++)
    wait_ms (20);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

/* Closes a window and drops the test's reference to its workspace, then
 * lets the main loop run until the workspace is really closed: GTK lets go
 * of a destroyed window's widgets an iteration later, and a workspace that
 * closed only then would release its lock into the next test's files. */
void
close_window_and_workspace (gpointer window,
                            gpointer workspace_ptr)
{
  GObject **workspace = workspace_ptr;
  gpointer weak = *workspace;

  g_object_add_weak_pointer (G_OBJECT (weak), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (workspace);
  for (guint i = 0; i < 200 && weak != NULL; i++)
    wait_ms (10);
  g_assert_null (weak);
}

/* The label on screen that says exactly this, such as a toast's. */
GtkWidget *
find_labelled (GtkWidget  *root,
               const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0 && gtk_widget_is_drawable (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}
