/* test-register-search.c: a register's search and filter show exactly the
 * records that match, on a workspace of some hundreds of risks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "attest-gui-test-util.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"

#define N_GENERATED 300

/* The register's filter model: what its table sorts and shows. */
static GtkFilterListModel *
filter_model (AttestRegister *reg)
{
  GListModel *sorted = attest_record_table_get_model (attest_register_get_table (reg));

  return GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (sorted)));
}

typedef struct
{
  const char *text;
  gboolean    searched;
} Search;

/* Setting the text empties the entry first, which the entry passes on at
 * once: only the search for the whole text counts. */
static void
on_search_changed_cb (GtkSearchEntry *entry,
                      Search         *search)
{
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), search->text))
    search->searched = TRUE;
}

/* Types @text into the entry as a user does, and waits until the entry
 * has passed it on (after its delay) and the model has nothing left to
 * filter. */
static void
search (GtkWidget          *entry,
        GtkFilterListModel *filtered,
        const char         *text)
{
  Search s = { text, FALSE };
  gulong id = g_signal_connect_after (entry, "search-changed", G_CALLBACK (on_search_changed_cb), &s);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_until (s.searched && gtk_filter_list_model_get_pending (filtered) == 0);
  g_signal_handler_disconnect (entry, id);
}

/* Chooses @label in the drop-down as a user does, and waits until the
 * model has nothing left to filter. */
static void
choose (GtkWidget          *dropdown,
        GtkFilterListModel *filtered,
        const char         *label)
{
  GListModel *choices = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  guint n = g_list_model_get_n_items (choices);
  guint i;

  for (i = 0; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (choices), i), label))
      break;
  g_assert_cmpuint (i, <, n);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  wait_until (gtk_filter_list_model_get_pending (filtered) == 0);
}

/* The rows shown are exactly the workspace's risks that @expected accepts. */
static void
assert_shows (AttestWorkspace *workspace,
              AttestRegister  *reg,
              const char      *needle,
              int              treatment)
{
  GListModel *shown = attest_record_table_get_model (attest_register_get_table (reg));
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GHashTable) on_screen = g_hash_table_new (NULL, NULL);
  guint n_expected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (shown, i);

      g_assert_true (g_hash_table_add (on_screen, risk));
    }
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autofree char *title = g_utf8_casefold (attest_record_get_string (risk, "title"), -1);
      gboolean expected = (needle == NULL || strstr (title, needle) != NULL)
                          && (treatment < 0 || attest_record_get_enum (risk, "treatment") == treatment);

      if (expected)
        n_expected++;
      if (expected != g_hash_table_contains (on_screen, risk))
        g_error ("Searching “%s”, treatment %d: “%s” is %s", needle ? needle : "", treatment,
                 attest_record_get_string (risk, "title"), expected ? "not shown" : "shown");
    }
  g_assert_cmpuint (g_hash_table_size (on_screen), ==, n_expected);
}

/* Some hundreds of risks and nothing else, a word of three in each title
 * ("Generated risk 007, Quartz vein": they sort as made), a treatment of
 * two. */
static AttestRegister *
show_generated (AttestWorkspace *workspace,
                AttestWindow   **window)
{
  static const char *const words[] = { "Quartz", "basalt", "GRANITE" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_GENERATED; i++)
    {
      g_autofree char *title = g_strdup_printf ("Generated risk %03u, %s vein", i, words[i % 3]);
      g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", title,
                                                   "treatment", i % 2 ? ATTEST_TREATMENT_RETAIN : ATTEST_TREATMENT_MODIFY,
                                                   NULL);

      g_assert_true (attest_workspace_add (workspace, risk, &error));
      g_assert_no_error (error);
    }
  *window = show_window_sized (workspace, 1000, 760);
  show_section (*window, "risks", NULL);
  return ATTEST_REGISTER (named (*window, "risks-register"));
}

static void
test_search_and_filter (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "generated.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Generated Ltd", &error);
  AttestWindow *window;
  AttestRegister *reg;
  GtkFilterListModel *filtered;
  GtkWidget *entry, *treatment;
  const char *retain = attest_enum_get_label (ATTEST_TYPE_TREATMENT, ATTEST_TREATMENT_RETAIN);

  g_assert_no_error (error);
  reg = show_generated (workspace, &window);
  filtered = filter_model (reg);
  /* As a screen reader finds them: the search box and the drop-down by
   * their names. */
  entry = accessible (window, GTK_ACCESSIBLE_ROLE_SEARCH_BOX, _("Search risks"));
  treatment = accessible (window, GTK_ACCESSIBLE_ROLE_COMBO_BOX, _("Treatment"));

  assert_shows (workspace, reg, NULL, -1);
  /* Typed a character at a time: the search narrows, then widens. */
  search (entry, filtered, "q");
  assert_shows (workspace, reg, "q", -1);
  search (entry, filtered, "quar");
  assert_shows (workspace, reg, "quar", -1);
  search (entry, filtered, "quartz");
  assert_shows (workspace, reg, "quartz", -1);
  search (entry, filtered, "qua");
  assert_shows (workspace, reg, "qua", -1);
  /* Another word altogether, in another case. */
  search (entry, filtered, "GRAN");
  assert_shows (workspace, reg, "gran", -1);

  /* The filter with the search, then alone, then neither. */
  choose (treatment, filtered, retain);
  assert_shows (workspace, reg, "gran", ATTEST_TREATMENT_RETAIN);
  search (entry, filtered, "granite vein");
  assert_shows (workspace, reg, "granite vein", ATTEST_TREATMENT_RETAIN);
  search (entry, filtered, "");
  assert_shows (workspace, reg, NULL, ATTEST_TREATMENT_RETAIN);
  choose (treatment, filtered, _("Any treatment"));
  assert_shows (workspace, reg, NULL, -1);

  /* A record edited out of the search leaves it: the search looks at
   * what the records say now, not at what they said when first searched. */
  search (entry, filtered, "basalt");
  {
    g_autoptr(AttestRecord) first = g_list_model_get_item (attest_record_table_get_model (attest_register_get_table (reg)), 0);

    g_object_set (first, "title", "Renamed risk, no rock in it", NULL);
  }
  search (entry, filtered, "basal");
  assert_shows (workspace, reg, "basal", -1);

  close_window_and_workspace (window, &workspace);
}

/* The column view's model: the rows it was given to show. */
static GListModel *
view_rows (AttestRecordTable *table)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_of_type (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW))));
}

static GtkAdjustment *
view_adjustment (AttestRecordTable *table)
{
  GtkWidget *scrolled = find_of_type (GTK_WIDGET (table), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

/* Some hundreds of risks: the view is given the rows that fill it and
 * more as the user scrolls, every one reached at the end; a new order or
 * search starts from the top, and the record selected before stays
 * selected wherever it now is, as long as it is listed. */
static void
test_rows_as_scrolled (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "generated.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Generated Ltd", &error);
  g_autoptr(AttestRecord) first = NULL;
  g_autoptr(AttestRecord) last = NULL;
  AttestWindow *window;
  AttestRegister *reg;
  AttestRecordTable *table;
  GtkFilterListModel *filtered;
  GtkAdjustment *adjustment;
  GListModel *rows, *shown;
  GtkWidget *entry;
  guint title_column = G_MAXUINT;

  g_assert_no_error (error);
  reg = show_generated (workspace, &window);
  table = attest_register_get_table (reg);
  filtered = filter_model (reg);
  rows = view_rows (table);
  shown = attest_record_table_get_model (table);
  adjustment = view_adjustment (table);
  entry = accessible (window, GTK_ACCESSIBLE_ROLE_SEARCH_BOX, _("Search risks"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_GENERATED);

  /* What fills the view and half a page more, not every record. */
  wait_until (gtk_adjustment_get_page_size (adjustment) > 0
              && gtk_adjustment_get_upper (adjustment) >= 1.5 * gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, N_GENERATED / 2);

  /* End, pressed on the table, reaches the last record listed: the table's
   * own handler of the key, found on the view by its name, before GTK's. */
  {
    GtkWidget *view = find_of_type (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
    gboolean handled = TRUE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (g_strcmp0 (gtk_event_controller_get_name (controller), "attest-end-key") == 0)
          g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_End, 0, 0, &handled);
      }
    g_assert_false (handled);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, N_GENERATED);
  }
  /* Back to the first rows by a new search; then scrolled to the end
   * again and again, as a user drags the scroll bar down: every record
   * is reached, in the order shown. */
  search (entry, filtered, "vein");
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, N_GENERATED / 2);
  while (g_list_model_get_n_items (rows) < N_GENERATED)
    {
      guint before = g_list_model_get_n_items (rows);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
      wait_until (g_list_model_get_n_items (rows) > before);
      /* the view laid out with the new rows before the next drag */
      wait_until (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment)
                  > 1.5 * gtk_adjustment_get_page_size (adjustment)
                  || g_list_model_get_n_items (rows) == N_GENERATED);
    }
  {
    g_autoptr(AttestRecord) on_screen = g_list_model_get_item (rows, N_GENERATED - 1);

    last = g_list_model_get_item (shown, N_GENERATED - 1);
    g_assert_true (on_screen == last);
  }

  /* The first record selected, then the title sorted the other way: it
   * is now the last, and still selected, on screen. */
  first = g_list_model_get_item (shown, 0);
  for (guint i = 0; i < g_list_model_get_n_items (gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_of_type (GTK_WIDGET (table), GTK_TYPE_COLUMN_VIEW)))); i++)
    {
      g_autofree char *text = attest_record_table_dup_cell_text (table, 0, i);

      if (g_str_equal (text, attest_record_get_string (first, "title")))
        title_column = i;
    }
  g_assert_cmpuint (title_column, !=, G_MAXUINT);
  attest_record_table_select (table, 0);
  attest_record_table_sort_by (table, title_column, GTK_SORT_DESCENDING);
  {
    g_autoptr(AttestRecord) now_last = g_list_model_get_item (shown, N_GENERATED - 1);

    g_assert_true (now_last == first);
  }
  g_assert_true (attest_record_table_get_selected (table) == first);
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows)) == first);
  wait_until (gtk_adjustment_get_value (adjustment) > 0);

  /* A search it matches keeps it selected; one it does not clears the
   * selection and shows the first rows from the top. */
  search (entry, filtered, "vei");
  g_assert_true (attest_record_table_get_selected (table) == first);
  search (entry, filtered, "basalt");
  g_assert_null (attest_record_table_get_selected (table));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), <, N_GENERATED / 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_GENERATED / 3);

  close_window_and_workspace (window, &workspace);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-gui-home-XXXXXX");
  int status;

  gui_test_init (&argc, &argv);
  g_test_add ("/gui/register/search-and-filter", TestDir, NULL, test_dir_setup, test_search_and_filter, test_dir_teardown);
  g_test_add ("/gui/register/rows-as-scrolled", TestDir, NULL, test_dir_setup, test_rows_as_scrolled, test_dir_teardown);
  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
