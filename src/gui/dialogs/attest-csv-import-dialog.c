/* attest-csv-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-csv-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-csv-import-dialog.h"
#include "widgets/attest-undo.h"

#define RESOURCE_BASE "/io/github/attest/Attest"

struct _AttestCsvImportDialog
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  GtkLabel          *problem_label;
  GtkListBox        *columns_list;
  GtkGrid           *preview_grid;
  GtkLabel          *changes_label;

  GtkWidget         *owner;        /* weak: where the toast goes */
  AttestWorkspace   *workspace;
  GBytes            *data;
  AttestCsvAnalysis *analysis;
  int               *assigned;     /* a role per column, or ATTEST_CSV_ROLE_AUTO */
  GPtrArray         *rows;         /* the AdwComboRow of each column */
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (AttestCsvImportDialog, attest_csv_import_dialog, ADW_TYPE_WINDOW)

static const char *
describe_how (AttestCsvAnalysis *analysis,
              guint              column)
{
  if (attest_csv_analysis_is_ambiguous (analysis, column))
    return _("Two readings are possible: choose one");
  switch (attest_csv_analysis_get_how (analysis, column))
    {
    case ATTEST_CSV_BY_HEADER:
      return _("Recognised by its header");
    case ATTEST_CSV_BY_CONTENT:
      return _("Recognised by its cells");
    case ATTEST_CSV_BY_CHOICE:
      return _("As you chose");
    case ATTEST_CSV_UNRECOGNISED:
    default:
      return _("Not recognised, so not imported");
    }
}

static void
show_preview (AttestCsvImportDialog *self)
{
  GPtrArray *preview = attest_csv_analysis_get_preview (self->analysis);
  guint n_columns = attest_csv_analysis_get_n_columns (self->analysis);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_grid))) != NULL)
    gtk_grid_remove (self->preview_grid, child);
  for (guint i = 0; i < n_columns; i++)
    {
      AttestCsvRole role = attest_csv_analysis_get_role (self->analysis, i);
      GtkWidget *heading = gtk_label_new (attest_csv_role_get_name (role));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      if (role == ATTEST_CSV_ROLE_NONE)
        gtk_widget_add_css_class (heading, "dim-label");
      gtk_grid_attach (self->preview_grid, heading, i, 0, 1, 1);
      for (guint r = 0; r < preview->len; r++)
        {
          const char *text = ((char **) g_ptr_array_index (preview, r))[i];
          GtkWidget *cell = gtk_label_new (text);

          gtk_label_set_xalign (GTK_LABEL (cell), 0);
          gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
          /* Wide enough to read, narrow enough for many columns: the
           * card scrolls sideways, and the whole text is the tooltip. */
          gtk_label_set_width_chars (GTK_LABEL (cell), MIN ((int) g_utf8_strlen (text, -1), 14));
          gtk_label_set_max_width_chars (GTK_LABEL (cell), 28);
          gtk_label_set_single_line_mode (GTK_LABEL (cell), TRUE);
          gtk_widget_set_tooltip_text (cell, text);
          if (role == ATTEST_CSV_ROLE_NONE)
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (self->preview_grid, cell, i, r + 1, 1, 1);
        }
    }
}

static void
show_analysis (AttestCsvImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ready = attest_csv_analysis_check (self->analysis, &error);

  self->updating = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->rows, i);

      adw_combo_row_set_selected (row, attest_csv_analysis_get_role (self->analysis, i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), describe_how (self->analysis, i));
      if (attest_csv_analysis_is_ambiguous (self->analysis, i))
        gtk_widget_add_css_class (GTK_WIDGET (row), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row), "warning");
    }
  self->updating = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), !ready);
  gtk_label_set_text (self->problem_label, ready ? "" : error->message);
  if (ready)
    {
      g_autoptr(GPtrArray) changes = attest_csv_analysis_dup_changes (self->analysis, self->workspace);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < changes->len; i++)
        g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (changes, i));
      gtk_label_set_text (self->changes_label, text->str);
    }
  else
    gtk_label_set_text (self->changes_label, _("Nothing can be imported until the problem above is solved."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "csv-import.apply", ready);
  show_preview (self);
}

static void
analyse (AttestCsvImportDialog *self)
{
  gsize length;
  const char *data = g_bytes_get_data (self->data, &length);
  AttestCsvAnalysis *analysis;

  /* The bytes were analysed once already: only the choices differ. */
  analysis = attest_csv_analyse_soa (data, length, self->assigned,
                                     attest_csv_analysis_get_n_columns (self->analysis), NULL);
  if (analysis == NULL)
    return;
  attest_csv_analysis_free (self->analysis);
  self->analysis = analysis;
  show_analysis (self);
}

static void
on_role_selected_cb (AdwComboRow           *row,
                     GParamSpec            *pspec,
                     AttestCsvImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));

  if (self->updating || self->workspace == NULL)   /* or already destroyed */
    return;
  self->assigned[column] = adw_combo_row_get_selected (row);
  analyse (self);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AttestCsvImportDialog *self = ATTEST_CSV_IMPORT_DIALOG (widget);
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->workspace == NULL)   /* its window closed meanwhile */
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (!attest_csv_apply_soa (self->workspace, self->analysis, &report, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  /* The report's first line: "Read 5 rows into 5 controls." */
  message = g_strdup_printf (_("Statement of Applicability imported. %s"), (char *) g_ptr_array_index (report, 0));
  if (self->owner != NULL)
    attest_toast_with_undo (self->owner, self->workspace, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
attest_csv_import_dialog_dispose (GObject *object)
{
  AttestCsvImportDialog *self = ATTEST_CSV_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_CSV_IMPORT_DIALOG);
  g_clear_weak_pointer (&self->owner);
  g_clear_weak_pointer (&self->workspace);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->analysis, attest_csv_analysis_free);
  g_clear_pointer (&self->assigned, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (attest_csv_import_dialog_parent_class)->dispose (object);
}

static void
attest_csv_import_dialog_class_init (AttestCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_csv_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/dialogs/attest-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AttestCsvImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, AttestCsvImportDialog, columns_list);
  gtk_widget_class_bind_template_child (widget_class, AttestCsvImportDialog, preview_grid);
  gtk_widget_class_bind_template_child (widget_class, AttestCsvImportDialog, changes_label);
  gtk_widget_class_install_action (widget_class, "csv-import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
attest_csv_import_dialog_init (AttestCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * attest_csv_import_dialog_new:
 * @owner: the widget that asked (the toast with Undo goes to its window)
 * @workspace: the workspace to import into
 * @file_name: the file's name, shown
 * @data: the file's contents
 * @error: return location for an error
 *
 * A preview of a Statement of Applicability spreadsheet: the columns as
 * recognised (each can be given another role), the first rows as they will
 * be read and what will change. Nothing is written until Import.
 *
 * Returns: (transfer floating) (nullable): the dialog, or %NULL if @data is
 *   not CSV text Attest can read
 */
GtkWidget *
attest_csv_import_dialog_new (GtkWidget        *owner,
                              AttestWorkspace  *workspace,
                              const char       *file_name,
                              GBytes           *data,
                              GError          **error)
{
  g_autoptr(AttestCsvAnalysis) analysis = NULL;
  AttestCsvImportDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkRoot *root = gtk_widget_get_root (owner);
  gsize length;
  const char *bytes = g_bytes_get_data (data, &length);
  guint n_columns;

  analysis = attest_csv_analyse_soa (bytes, length, NULL, 0, error);
  if (analysis == NULL)
    return NULL;

  self = g_object_new (ATTEST_TYPE_CSV_IMPORT_DIALOG, NULL);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  g_set_weak_pointer (&self->owner, owner);
  /* Weakly: the page that opened the dialog holds the workspace; a dialog
   * GTK keeps a while after it was destroyed must not keep a closed
   * workspace open and locked. */
  g_set_weak_pointer (&self->workspace, workspace);
  self->data = g_bytes_ref (data);
  self->analysis = g_steal_pointer (&analysis);
  adw_window_title_set_subtitle (self->window_title, file_name);

  n_columns = attest_csv_analysis_get_n_columns (self->analysis);
  self->assigned = g_new (int, MAX (n_columns, 1));
  for (guint r = 0; r < ATTEST_CSV_N_ROLES; r++)
    gtk_string_list_append (names, attest_csv_role_get_name (r));
  for (guint i = 0; i < n_columns; i++)
    {
      const char *header = attest_csv_analysis_get_header (self->analysis, i);
      g_autofree char *title = *header ? g_strdup_printf ("“%s”", header) : g_strdup_printf (_("Column %u"), i + 1);
      g_autofree char *label = g_strdup_printf (_("Column %s"), title);
      GtkWidget *row = adw_combo_row_new ();

      self->assigned[i] = ATTEST_CSV_ROLE_AUTO;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (i));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_selected_cb), self);
      gtk_list_box_append (self->columns_list, row);
      g_ptr_array_add (self->rows, row);
    }
  show_analysis (self);
  return GTK_WIDGET (self);
}
