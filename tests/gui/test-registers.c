/* test-registers.c: registers a person can read.
 *
 * A register row shows what identifies it in full: the small demo's risk
 * titles are not cut short at the window's default size, and every
 * column of the risk register fits it. Every page of the small and the
 * large demo is saved as a screenshot at the default size and at the
 * screen's size (build/tests/gui/screenshots/registers-*) to be looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-demo.h"
#include "attest-gui-test-util.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "widgets/attest-picker-row.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"

/* Every cell label on screen under @widget, depth first. */
static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "record-cell") && gtk_widget_get_mapped (widget))
    g_ptr_array_add (cells, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, cells);
}

static void
test_risk_titles_in_full (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  AttestWindow *window = attest_window_new (NULL, workspace);   /* at its default size */
  GtkWidget *page, *table;
  guint shown = 0;

  g_assert_cmpuint (g_list_model_get_n_items (risks), >, 5);

  present_and_wait (window);
  show_section (window, "risks", "registers-risk-titles");
  page = gtk_stack_get_visible_child (GTK_STACK (named (window, "stack")));
  table = find_of_type (page, ATTEST_TYPE_RECORD_TABLE);
  g_assert_nonnull (table);
  /* Each risk scrolled to in turn, its title looked at as it shows. */
  for (guint r = 0; r < g_list_model_get_n_items (risks); r++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, r);
      const char *title = attest_record_get_string (risk, "title");

      g_assert_true (attest_record_table_select_record (ATTEST_RECORD_TABLE (table), risk));
      wait_for_frame (window);
      g_ptr_array_set_size (cells, 0);
      collect_cells (table, cells);
      for (guint i = 0; i < cells->len; i++)
        {
          GtkLabel *label = cells->pdata[i];

          if (g_strcmp0 (gtk_label_get_text (label), title) != 0)
            continue;
          shown++;
          if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
            g_error ("The risk title “%s” is cut short (%d pixels wide)", title, gtk_widget_get_width (GTK_WIDGET (label)));
          break;
        }
    }
  /* The titles on screen were looked at, not none. */
  g_assert_cmpuint (shown, ==, g_list_model_get_n_items (risks));
  close_window_and_workspace (window, &workspace);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
row_on_screen (GtkWidget *row)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (row));
  graphene_point_t origin;

  return gtk_widget_get_mapped (row)
         && gtk_widget_compute_point (row, root, &GRAPHENE_POINT_INIT (0, 0), &origin)
         && origin.y >= 0 && origin.y + gtk_widget_get_height (row) <= gtk_widget_get_height (root);
}

/* The risk dialog's control picker finds "A.5.8 Information security in
 * project management" by a word of its title, shows it in full, and
 * linking it saves the link in the file. */
static void
test_picker_finds_and_links (TestDir       *fixture,
                             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestWindow *window = attest_window_new (NULL, workspace);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, 0);
  g_autofree char *risk_id = g_strdup (attest_record_get_id (risk));
  g_autofree char *entry_id = NULL;
  g_autofree char *wanted = NULL;
  g_autoptr(GPtrArray) links = NULL;
  GtkWidget *row, *search, *list, *shown;
  GtkWindow *editor;
  GListModel *found;
  guint position = GTK_INVALID_LIST_POSITION;
  gboolean linked = FALSE;

  {
    GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);

    for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
      {
        g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
        g_autofree char *name = attest_record_dup_display_name (workspace, entry);

        if (g_str_has_prefix (name, "A.5.8 "))
          {
            entry_id = g_strdup (attest_record_get_id (entry));
            wanted = g_steal_pointer (&name);
          }
      }
  }
  g_assert_nonnull (wanted);

  present_and_wait (window);
  show_section (window, "risks", NULL);
  editor = attest_register_edit (ATTEST_REGISTER (named (window, "risks-register")), risk);
  wait_for_frame (editor);
  row = named (editor, "soa-entry-choice");
  g_assert_true (ATTEST_IS_PICKER_ROW (row));

  /* Scrolled to, as moving the focus to it does. */
  gtk_widget_grab_focus (row);
  wait_until (row_on_screen (row));
  /* Activated as a screen reader or a click does, the row opens its search. */
  adw_action_row_activate (ADW_ACTION_ROW (row));
  search = accessible (row, GTK_ACCESSIBLE_ROLE_SEARCH_BOX, "Search the list");
  wait_until (gtk_widget_get_mapped (search));
  list = accessible (row, GTK_ACCESSIBLE_ROLE_LIST, "Entries found");
  gtk_editable_set_text (GTK_EDITABLE (search), "project");
  found = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  wait_until (g_list_model_get_n_items (found) > 0 && g_list_model_get_n_items (found) < 10);
  wait_for_frame (editor);
  screenshot (gtk_widget_get_ancestor (search, GTK_TYPE_POPOVER), "picker-project");

  /* "A.5.8" is among what was found, in full. */
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (found, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), wanted) == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  wait_until ((shown = find_widget (list, is_label_with_text, wanted)) != NULL);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (shown))));

  /* Chosen, it shows in full on the row; linked, the link is in the file. */
  gtk_widget_activate_action (list, "list.activate-item", "u", position);
  wait_until (!gtk_widget_get_mapped (search));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, wanted);
  click_named (editor, "link-soa-entry");
  click (find_named (GTK_WIDGET (editor), "editor-save"));
  close_window_and_workspace (window, &workspace);

  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (workspace);
  links = attest_workspace_dup_links (workspace, "risk-control", NULL);
  for (guint i = 0; i + 1 < links->len; i += 2)
    linked |= g_str_equal (g_ptr_array_index (links, i), risk_id) && g_str_equal (g_ptr_array_index (links, i + 1), entry_id);
  g_assert_true (linked);
}

/* Each register of @path's workspace at the default size and at the
 * screen's, each window on the workspace opened afresh (a window closes its
 * workspace when it goes). */
static void
shoot_registers (const char *path,
                 const char *demo)
{
  static const struct { const char *name; int width, height; } sizes[] = {
    { "default", 0, 0 }, { "maximised", 1280, 1024 },
  };
  /* Every page: the registers, and the readiness, organisation and
   * method pages around them. */
  static const char *sections[] = {
    "readiness", "organisation", "context", "parties", "scope", "commitments", "policy", "roles", "people", "method", "assets",
    "threats", "risks", "treatment", "soa", "objectives", "changes", "resources", "competence", "awareness",
    "communication", "documents", "providers", "processes",
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestWorkspace) workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
      AttestWindow *window;

      g_assert_no_error (error);
      window = attest_window_new (NULL, workspace);
      if (sizes[s].width > 0)
        gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, sizes[s].height);
      present_and_wait (window);
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          g_autofree char *shot = g_strdup_printf ("registers-%s-%s-%s", demo, sizes[s].name, sections[i]);

          show_section (window, sections[i], shot);
          /* What an auditor would flag: the findings, or that there are
           * none (the list once lost its placeholder at the first refresh
           * and showed an empty box). */
          if (g_str_equal (sections[i], "soa"))
            {
              g_autoptr(GPtrArray) findings = attest_soa_check (workspace);
              GtkListBox *list = GTK_LIST_BOX (named (window, "soa-problems"));

              if (findings->len == 0)
                g_assert_nonnull (find_labelled (GTK_WIDGET (list), "Nothing: every entry is complete."));
              else
                g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
            }
          /* The table, when the page has one, is as wide as its view:
           * its growing columns take the spare width, none is left over
           * (GTK 4.8 counted hidden columns' widths in: the SoA's titles
           * stayed narrow, cut short, beside an empty strip). */
          {
            GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (named (window, "stack")));
            GtkWidget *view = find_of_type (page, GTK_TYPE_COLUMN_VIEW);

            if (view != NULL)
              for (GtkWidget *c = gtk_widget_get_first_child (view); c != NULL; c = gtk_widget_get_next_sibling (c))
                if (g_str_equal (gtk_widget_get_css_name (c), "listview") && gtk_widget_get_width (c) != gtk_widget_get_width (view))
                  g_error ("The table of “%s” is %d pixels wide in a view of %d at the %s size",
                           sections[i], gtk_widget_get_width (c), gtk_widget_get_width (view), sizes[s].name);
          }
          /* The risks' heat maps fold away in a window of the default
           * size, so that the register shows more than a few rows; a
           * window of the screen's size shows both. */
          if (g_str_equal (sections[i], "risks"))
            {
              GtkWidget *maps = accessible (window, GTK_ACCESSIBLE_ROLE_BUTTON, "Heat maps");

              g_assert_cmpint (gtk_expander_get_expanded (GTK_EXPANDER (maps)), ==, sizes[s].width > 0);
              /* Every column of the register, from the risk to its
               * problems, fits the default width. */
              {
                GtkWidget *view = find_of_type (named (window, "risks-register"), GTK_TYPE_COLUMN_VIEW);
                GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));

                g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 8);
                for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
                  {
                    g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);

                    if (!gtk_column_view_column_get_visible (column))
                      g_error ("The risk register's column “%s” is hidden at the %s size",
                               gtk_column_view_column_get_title (column), sizes[s].name);
                  }
              }
            }
        }
      /* The large demo's owners, more than ten, are searched for. */
      {
        GtkDropDown *owners = GTK_DROP_DOWN (named (window, "owner-filter"));

        g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (owners)) > 10, ==,
                          gtk_drop_down_get_enable_search (owners));
        if (g_str_equal (demo, "large"))
          g_assert_true (gtk_drop_down_get_enable_search (owners));
      }
      /* The demo's decisions stand: shown as taken, none out of date. */
      {
        GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);

        g_assert_cmpuint (g_list_model_get_n_items (acceptances), >, 0);
        for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
          {
            g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);

            g_assert_false (attest_risk_acceptance_is_outdated (workspace, acceptance));
          }
      }
      close_window_and_workspace (window, &workspace);
    }
}

static void
test_screenshots (TestDir       *fixture,
                  gconstpointer  data)
{
  AttestDemoSize size = GPOINTER_TO_INT (data);
  g_autofree char *path = test_dir_path (fixture, "demo.isms");
  g_autoptr(AttestWorkspace) workspace = demo_workspace_sized (fixture, "demo.isms", size);

  g_clear_object (&workspace);
  shoot_registers (path, size == ATTEST_DEMO_LARGE ? "large" : "small");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-registers-XXXXXX");
  int status;

  gui_test_init (&argc, &argv);

  g_test_add ("/gui/registers/risk-titles-in-full", TestDir, NULL, test_dir_setup, test_risk_titles_in_full, test_dir_teardown);
  g_test_add ("/gui/registers/picker-finds-and-links", TestDir, NULL, test_dir_setup, test_picker_finds_and_links, test_dir_teardown);
  g_test_add ("/gui/registers/screenshots-small", TestDir, GINT_TO_POINTER (ATTEST_DEMO_SMALL),
              test_dir_setup, test_screenshots, test_dir_teardown);
  g_test_add ("/gui/registers/screenshots-large", TestDir, GINT_TO_POINTER (ATTEST_DEMO_LARGE),
              test_dir_setup, test_screenshots, test_dir_teardown);

  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
