/* bench-registers.c: how soon a register of the large demo shows what was
 * asked of it, through the real widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-registers LARGE.isms [RUNS]: opens the workspace, and for each
 * register (risks, assets, actions, …) in a window of its own types a search
 * into its search entry, chooses in its filter and sorts by a column. Each
 * change is timed from just before it is made to the frame painted after
 * it, once the filter model has nothing pending (GdkFrameClock
 * "after-paint"). Prints the median of RUNS (5 by default) per register and
 * change, one a line:
 *
 *   register-risk-search-ms 12.3
 *   register-risk-filter-ms 8.1
 *   register-risk-sort-ms 30.0
 *
 * and the worst of them against the target of 50 ms. Needs a display
 * (bench/run starts Xvfb when there is none). */

#include "config.h"

#include <adwaita.h>

#include "attest.h"
#include "attest-gui-resources.h"
#include "pages/attest-register-specs.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"

#define TARGET_MS 50.0

static gboolean painted;
static GtkFilterListModel *filtered;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  if (filtered == NULL || gtk_filter_list_model_get_pending (filtered) == 0)
    painted = TRUE;
}

/* Runs the main loop until a frame is painted with the model settled. */
static void
wait_for_paint (GtkWidget *widget)
{
  painted = FALSE;
  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkFilterListModel *
filter_model_of (AttestRecordTable *table)
{
  GListModel *sorted = attest_record_table_get_model (table);

  return GTK_FILTER_LIST_MODEL (gtk_sort_list_model_get_model (GTK_SORT_LIST_MODEL (sorted)));
}

/* Types @text into @entry a character at a time, as a person does, each
 * keystroke's search run at once rather than after the entry's delay;
 * returns the median time from a keystroke to its frame. */
static double
type_search (GtkWidget  *window,
             GtkWidget  *entry,
             const char *text)
{
  guint n = strlen (text);
  g_autofree double *ms = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strndup (text, i + 1);
      gint64 start = g_get_monotonic_time ();

      gtk_editable_set_text (GTK_EDITABLE (entry), prefix);
      g_signal_emit_by_name (entry, "search-changed");
      wait_for_paint (window);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median (ms, n);
}

static double
timed (GtkWidget *window,
       void     (*change) (gpointer, guint),
       gpointer   data,
       guint      i)
{
  gint64 start = g_get_monotonic_time ();

  change (data, i);
  wait_for_paint (window);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
choose_filter (gpointer data,
               guint    i)
{
  GtkDropDown *dropdown = data;
  guint n = g_list_model_get_n_items (gtk_drop_down_get_model (dropdown));

  /* a choice, then every record again, alternately */
  gtk_drop_down_set_selected (dropdown, i % 2 == 0 ? 1 + (i / 2) % (n - 1) : 0);
}

static void
sort_column (gpointer data,
             guint    i)
{
  attest_record_table_sort_by (data, i % 2, i % 4 < 2 ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
}

int
main (int    argc,
      char **argv)
{
  static const struct { const char *kind, *search; } registers[] = {
    { "risk", "loss of" }, { "asset", "server" }, { "treatment-action", "review" },
    { "threat", "fire" }, { "vulnerability", "weak" }, { "document", "policy" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  double worst = 0;

  if (argc < 2 || runs == 0)
    {
      g_printerr ("Usage: bench-registers LARGE.isms [RUNS]\n");
      return 2;
    }
  adw_init ();
  g_resources_register (attest_gui_get_resource ());
  workspace = attest_workspace_open (argv[1], ATTEST_OPEN_READ_ONLY, &error);
  if (workspace == NULL)
    {
      g_printerr ("bench-registers: %s\n", error->message);
      return 1;
    }

  for (guint r = 0; r < G_N_ELEMENTS (registers); r++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *reg = attest_register_new_for_kind (workspace, registers[r].kind);
      AttestRecordTable *table = attest_register_get_table (ATTEST_REGISTER (reg));
      GtkWidget *entry = find_type (reg, GTK_TYPE_SEARCH_ENTRY);
      GtkWidget *dropdown = find_type (reg, GTK_TYPE_DROP_DOWN);
      g_autofree double *search = g_new (double, runs);
      g_autofree double *filter = g_new (double, runs);
      g_autofree double *sort = g_new (double, runs);
      gulong id;
      double m;

      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
      gtk_window_set_child (GTK_WINDOW (window), reg);
      gtk_window_present (GTK_WINDOW (window));
      filtered = filter_model_of (table);
      id = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
      wait_for_paint (window);

      for (guint i = 0; i < runs; i++)
        {
          search[i] = type_search (window, entry, registers[r].search);
          gtk_editable_set_text (GTK_EDITABLE (entry), "");
          g_signal_emit_by_name (entry, "search-changed");
          wait_for_paint (window);
          filter[i] = dropdown != NULL ? timed (window, choose_filter, dropdown, i) : 0;
          sort[i] = timed (window, sort_column, table, i);
        }
      printf ("register-%s-search-ms %.1f\n", registers[r].kind, m = median (search, runs));
      worst = MAX (worst, m);
      if (dropdown != NULL)
        {
          printf ("register-%s-filter-ms %.1f\n", registers[r].kind, m = median (filter, runs));
          worst = MAX (worst, m);
        }
      printf ("register-%s-sort-ms %.1f\n", registers[r].kind, m = median (sort, runs));
      worst = MAX (worst, m);
      fflush (stdout);

      g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), id);
      filtered = NULL;
      gtk_window_destroy (GTK_WINDOW (window));
    }
  printf ("register-worst-ms %.1f (target %.0f)\n", worst, TARGET_MS);
  return worst <= TARGET_MS ? 0 : 1;
}
