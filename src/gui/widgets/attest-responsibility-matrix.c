/* attest-responsibility-matrix.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-responsibility-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-scroll.h"
#include "attest-responsibility-matrix.h"

/* The responsibility matrix of attest_responsibility_dup_matrix() as a
 * grid: a row for each role and person who owns something, a column for
 * each clause, the count of what they own in each. It is redrawn a moment
 * after the records change (an owner picked, a person renamed), not on
 * every keystroke. Each cell is read out with its row and column, as a
 * screen reader user cannot see the headings. */

struct _AttestResponsibilityMatrix
{
  GtkWidget        parent_instance;

  AttestWorkspace *workspace;
  GtkWidget       *scroller;
  GtkWidget       *grid;
  GtkWidget       *empty;
  guint            refresh_id;
};

G_DEFINE_FINAL_TYPE (AttestResponsibilityMatrix, attest_responsibility_matrix, GTK_TYPE_WIDGET)

#define REFRESH_DELAY_MS 300

static GtkWidget *
cell_new (const char *text,
          const char *reads,
          gboolean    heading,
          gboolean    number)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), number ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), !number);
  gtk_label_set_max_width_chars (GTK_LABEL (label), number ? 8 : 40);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (reads != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, reads, -1);
      gtk_widget_set_tooltip_text (label, reads);
    }
  return label;
}

static void
refresh (AttestResponsibilityMatrix *self)
{
  g_autoptr(GPtrArray) matrix = attest_responsibility_dup_matrix (self->workspace);
  const AttestResponsibilityColumn *columns;
  guint n_columns;
  GtkWidget *child;

  columns = attest_responsibility_get_columns (&n_columns);
  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);

  gtk_widget_set_visible (self->scroller, matrix->len > 0);
  gtk_widget_set_visible (self->empty, matrix->len == 0);
  if (matrix->len == 0)
    return;

  gtk_grid_attach (GTK_GRID (self->grid), cell_new (_("Role or person"), NULL, TRUE, FALSE), 0, 0, 1, 1);
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *title = attest_responsibility_dup_column_title (c);

      gtk_grid_attach (GTK_GRID (self->grid), cell_new (columns[c].clause, title, TRUE, TRUE), c + 1, 0, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (self->grid), cell_new (_("All"), NULL, TRUE, TRUE), n_columns + 1, 0, 1, 1);
  for (guint r = 0; r < matrix->len; r++)
    {
      AttestResponsibility *row = g_ptr_array_index (matrix, r);
      g_autofree char *label = attest_party_dup_label (row->party);

      gtk_grid_attach (GTK_GRID (self->grid), cell_new (label, NULL, FALSE, FALSE), 0, r + 1, 1, 1);
      for (guint c = 0; c <= n_columns; c++)
        {
          guint count = c < n_columns ? row->counts[c] : row->total;
          g_autofree char *text = count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("–");
          g_autofree char *title = c < n_columns ? attest_responsibility_dup_column_title (c) : g_strdup (_("All"));
          /* TRANSLATORS: a cell of the responsibility matrix as a screen
           * reader reads it: "Hannah Byrne, 6.1 Risks, controls and
           * actions: 3" */
          g_autofree char *reads = g_strdup_printf (_("%1$s, %2$s: %3$u"), label, title, count);

          gtk_grid_attach (GTK_GRID (self->grid), cell_new (text, reads, c == n_columns, TRUE), c + 1, r + 1, 1, 1);
        }
    }
}

static gboolean
on_refresh_timeout_cb (gpointer user_data)
{
  AttestResponsibilityMatrix *self = user_data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (AttestResponsibilityMatrix *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout_cb, self);
}

static void
on_record_changed_cb (AttestWorkspace            *workspace,
                      AttestRecord               *record,
                      const char                 *field,
                      AttestResponsibilityMatrix *self)
{
  if (g_str_equal (field, "owner") || g_str_equal (field, "owner-id")
      || (attest_record_is_party (record) && attest_party_is_label_field (record, field)))
    queue_refresh (self);
}

static void
on_items_changed_cb (GListModel                 *model,
                     guint                       position,
                     guint                       removed,
                     guint                       added,
                     AttestResponsibilityMatrix *self)
{
  queue_refresh (self);
}

static void
attest_responsibility_matrix_dispose (GObject *object)
{
  AttestResponsibilityMatrix *self = ATTEST_RESPONSIBILITY_MATRIX (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_responsibility_matrix_parent_class)->dispose (object);
}

static void
attest_responsibility_matrix_class_init (AttestResponsibilityMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_responsibility_matrix_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "responsibilitymatrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
attest_responsibility_matrix_init (AttestResponsibilityMatrix *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_widget_set_margin_bottom (self->grid, 6);
  /* A narrow window scrolls the table sideways rather than cut it. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  attest_scroll_pass_vertical (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->grid);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  self->empty = gtk_label_new (_("No one owns a record yet: pick the owners of risks, controls, processes and the "
                                 "rest from the people and roles, and this table counts what each owns."));
  gtk_label_set_wrap (GTK_LABEL (self->empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty), 0);
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_set_parent (self->empty, GTK_WIDGET (self));
}

/**
 * attest_responsibility_matrix_new:
 * @workspace: the workspace
 *
 * Returns: (transfer floating): the matrix of who owns what in @workspace
 */
GtkWidget *
attest_responsibility_matrix_new (AttestWorkspace *workspace)
{
  AttestResponsibilityMatrix *self = g_object_new (ATTEST_TYPE_RESPONSIBILITY_MATRIX, NULL);
  const AttestResponsibilityColumn *columns;
  guint n_columns;

  self->workspace = g_object_ref (workspace);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Who owns what, by clause"), -1);
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, 0);
  /* People and roles come and go, and so do the records they own. */
  for (guint k = 0; k < 2; k++)
    g_signal_connect_object (attest_workspace_get_records (workspace, k == 0 ? ATTEST_TYPE_PERSON : ATTEST_TYPE_ROLE),
                             "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);
  columns = attest_responsibility_get_columns (&n_columns);
  for (guint c = 0; c < n_columns; c++)
    for (guint k = 0; columns[c].kinds[k] != NULL; k++)
      g_signal_connect_object (attest_workspace_get_records (workspace, attest_record_kind_lookup (columns[c].kinds[k])),
                               "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);
  refresh (self);
  return GTK_WIDGET (self);
}

/**
 * attest_responsibility_matrix_dup_cell:
 * @self: a matrix
 * @row: 0 for the headings, then one per role or person
 * @column: 0 for the role or person, then one per clause, then the total
 *
 * Returns: (transfer full) (nullable): the text of that cell, as shown
 */
char *
attest_responsibility_matrix_dup_cell (AttestResponsibilityMatrix *self,
                                       guint                       row,
                                       guint                       column)
{
  GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (self->grid), column, row);

  return cell != NULL ? g_strdup (gtk_label_get_text (GTK_LABEL (cell))) : NULL;
}
