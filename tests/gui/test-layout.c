/* test-layout.c: every page fits a phone-sized window and reads in dark mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window at 360 × 720 pixels, the narrowest it allows: the sidebar
 * folds away, and every section and every step of the guided setup fits
 * the width (nothing asks for more than 360 pixels, so nothing is cut off
 * or needs scrolling sideways). Then every section in dark mode. Each
 * screen is saved to build/tests/gui/screenshots/ (narrow-*, dark-*) to be
 * looked at: what the test cannot judge (text that overlaps, colours that
 * do not read) is judged there.
 */

#include "config.h"

#include "attest-demo.h"
#include "attest-gui-test-util.h"
#include "attest-setup.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "setup/attest-setup-view.h"

#define NARROW_WIDTH 360
#define NARROW_HEIGHT 720

static AttestWindow *
show_window (AttestWorkspace *workspace,
             int              width,
             int              height)
{
  return show_window_sized (workspace, width, height);
}

/* Adds a line to @too_wide if @widget asks for more than the narrow
 * window's width. */
static void
check_fits (GtkWidget  *widget,
            const char *what,
            GString    *too_wide)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > NARROW_WIDTH)
    {
      GtkWidget *widest = widget;
      gboolean deeper = TRUE;

      /* Down to the innermost widget that asks for too much: what to fix. */
      while (deeper)
        {
          deeper = FALSE;
          for (GtkWidget *child = gtk_widget_get_first_child (widest); child; child = gtk_widget_get_next_sibling (child))
            {
              int child_minimum = 0;

              if (!gtk_widget_get_visible (child))
                continue;
              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL, NULL, NULL);
              if (child_minimum > NARROW_WIDTH)
                {
                  widest = child;
                  deeper = TRUE;
                  break;
                }
            }
        }
      g_string_append_printf (too_wide, "  %s needs %d pixels, for a %s named “%s”%s%s\n", what, minimum,
                              G_OBJECT_TYPE_NAME (widest), gtk_widget_get_name (widest),
                              GTK_IS_LABEL (widest) ? " saying " : "",
                              GTK_IS_LABEL (widest) ? gtk_label_get_label (GTK_LABEL (widest)) : "");
    }
}

static void
assert_all_fit (GString *too_wide)
{
  if (too_wide->len > 0)
    g_error ("These are wider than a window of %d pixels:\n%s", NARROW_WIDTH, too_wide->str);
}

/* Every table below @root shows its title column and fits its width: no
 * scrolling sideways to read a row. */
static void
assert_no_sideways_scrolling (GtkWidget  *root,
                              const char *what)
{
  if (GTK_IS_COLUMN_VIEW (root) && gtk_widget_get_mapped (root))
    {
      GtkWidget *scrolled = gtk_widget_get_parent (root);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (root));

      if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 0.5)
        g_error ("%s: a table is %g pixels wide in %g: it scrolls sideways", what,
                 gtk_adjustment_get_upper (adjustment), gtk_adjustment_get_page_size (adjustment));
      /* The title column shows: the one titled as the record's title or
       * name, else the first that takes the spare width. */
      {
        GtkColumnViewColumn *title = NULL;

        for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
          {
            g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
            const char *heading = gtk_column_view_column_get_title (column);

            if (g_strcmp0 (heading, "Title") == 0 || g_strcmp0 (heading, "Name") == 0)
              {
                title = column;
                break;
              }
            if (title == NULL && gtk_column_view_column_get_expand (column))
              title = column;
          }
        g_assert_nonnull (title);
        if (!gtk_column_view_column_get_visible (title))
          g_error ("%s: a table hides its title column “%s”", what, gtk_column_view_column_get_title (title));
      }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    assert_no_sideways_scrolling (child, what);
}

static GtkWidget *
visible_section (AttestWindow *window)
{
  return gtk_stack_get_visible_child (GTK_STACK (named (window, "stack")));
}

/* Still too wide at 360 pixels, for want of a layout that folds: the
 * Statement of Applicability puts its table and its editor side by side
 * (a GtkPaned, the editor at least 300 pixels), and its title, buttons and
 * filters each in one line; so does the setup's SoA step, and the setup's
 * scope and review steps ask for up to 70 pixels more. The test says when
 * one fits, to take it off. */
static const char * const too_wide_still[] = { NULL };

static gboolean
is_too_wide_still (const char *name)
{
  return g_strv_contains ((const char * const *) too_wide_still, name);
}

/* Fails if a page on the list above fits now. */
static void
assert_still_too_wide (GtkWidget  *widget,
                       const char *name)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= NARROW_WIDTH)
    g_error ("%s fits 360 pixels now: take it off too_wide_still", name);
}

static void
show_narrow_section (AttestWindow *window,
                     GtkStackPage *page,
                     GString      *too_wide)
{
  const char *name = gtk_stack_page_get_name (page);
  g_autofree char *shot = g_strdup_printf ("narrow-%s", name);
  g_autofree char *what = g_strdup_printf ("The %s page", name);

  show_section (window, name, shot);
  assert_no_sideways_scrolling (gtk_stack_page_get_child (page), what);
  if (!is_too_wide_still (name))
    {
      check_fits (gtk_stack_page_get_child (page), what, too_wide);
      /* Nothing pushed the window wider or taller than it was made. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, NARROW_HEIGHT);
      return;
    }
  assert_still_too_wide (gtk_stack_page_get_child (page), name);
}

/* Every section at 360 pixels: the sidebar folded, the page alone, as wide
 * as the window and no wider. */
static void
test_narrow_sections (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = show_window (workspace, NARROW_WIDTH, NARROW_HEIGHT);
  AdwLeaflet *leaflet = ADW_LEAFLET (named (window, "leaflet"));
  GtkStack *stack = GTK_STACK (named (window, "stack"));
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (stack);
  g_autoptr(GString) too_wide = g_string_new (NULL);
  guint n_pages = g_list_model_get_n_items (G_LIST_MODEL (pages));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  check_fits (named (window, "sidebar"), "The sidebar", too_wide);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
  screenshot (window, "narrow-sections");

  /* Those still too wide last: they widen the window. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_pages; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
        GtkStackPage *page = GTK_STACK_PAGE (item);

        if (is_too_wide_still (gtk_stack_page_get_name (page)) == (pass == 1))
          show_narrow_section (window, page, too_wide);
      }
  assert_all_fit (too_wide);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The register's filters: "Show", its own size, then the drop-downs, as
 * many a line as the width holds; at the usual size and at 360 pixels. */
static void
test_narrow_filters (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  static const int widths[] = { 1280, NARROW_WIDTH };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      AttestWindow *window = show_window (workspace, widths[i], NARROW_HEIGHT);
      g_autofree char *shot = g_strdup_printf ("filters-%d", widths[i]);
      GtkWidget *page, *label, *level;
      int natural = 0;

      show_section (window, "risks", shot);
      page = gtk_stack_get_visible_child (GTK_STACK (named (window, "stack")));
      label = find_labelled (page, "Show");
      level = named (page, "level-filter");
      g_assert_nonnull (label);
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      /* As wide as its word, not as a drop-down; the drop-downs beside it. */
      g_assert_cmpint (gtk_widget_get_width (label), ==, natural);
      g_assert_cmpint (gtk_widget_get_width (label), <, gtk_widget_get_width (level));
      assert_no_sideways_scrolling (page, "The risks page");
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Every step of the guided setup at 360 pixels. */
static void
test_narrow_setup (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autoptr(GString) too_wide = g_string_new (NULL);
  gboolean widened = FALSE;
  AttestWindow *window;
  AttestSetupView *setup;

  /* Left half-way: the window opens on the first step. */
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP),
                "step", attest_setup_view_get_step_id (0), "completed", FALSE, NULL);
  window = show_window (workspace, NARROW_WIDTH, NARROW_HEIGHT);
  g_assert_cmpstr (attest_window_get_view (window), ==, "setup");
  setup = ATTEST_SETUP_VIEW (attest_window_get_setup_view (window));

  for (guint i = 0; i < attest_setup_view_get_n_steps (); i++)
    {
      const char *step = attest_setup_view_get_step_id (i);
      g_autofree char *shot = g_strdup_printf ("narrow-setup-%u-%s", i + 1, step);
      g_autofree char *what = g_strdup_printf ("The setup's step %s", step);
      g_autofree char *listed = g_strdup_printf ("setup:%s", step);

      wait_until (g_strcmp0 (attest_setup_view_get_step (setup), step) == 0);
      wait_for_frame (window);
      screenshot (window, shot);
      if (is_too_wide_still (listed))
        {
          assert_still_too_wide (attest_setup_view_get_page (setup), listed);
          widened = TRUE;
        }
      else
        check_fits (attest_setup_view_get_page (setup), what, too_wide);
      /* Until a step still too wide widened it, the window stays narrow;
       * a step that widened it says what asked for the width. */
      if (!widened)
        assert_all_fit (too_wide);
      if (!widened)
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, NARROW_WIDTH);
      if (i + 1 < attest_setup_view_get_n_steps ())
        click_named (window, "setup-next");
    }
  assert_all_fit (too_wide);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every section in dark mode, at the usual size. */
static void
test_dark_sections (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AdwStyleManager *style = adw_style_manager_get_default ();
  AttestWindow *window;
  GtkStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  window = show_window (workspace, 1100, 760);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 760);
  stack = GTK_STACK (named (window, "stack"));
  pages = gtk_stack_get_pages (stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      g_autofree char *shot = g_strdup_printf ("dark-%s", gtk_stack_page_get_name (page));

      attest_window_show_page (window, gtk_stack_page_get_name (page));
      wait_until (visible_section (window) == gtk_stack_page_get_child (page) && !gtk_stack_get_transition_running (stack));
      screenshot (window, shot);
      /* No page makes the window taller than it was made (a page's height
       * once counted for every page, and the method page's made it 906). */
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 760);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-layout-XXXXXX");
  int status;

  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/gui/layout/narrow-sections", test_narrow_sections);
  ADD ("/gui/layout/narrow-setup", test_narrow_setup);
  ADD ("/gui/layout/narrow-filters", test_narrow_filters);
  ADD ("/gui/layout/dark-sections", test_dark_sections);
#undef ADD

  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
