/* attest-level-editor.c: the risk levels of the method as a list.
 *
 * The levels, lowest first: each level's name, its colour (a colour
 * button that shows it) and, while the method computes levels from the
 * scores, the highest score it covers (a spin button; the highest level
 * covers the rest). A level is added above the highest or removed from
 * anywhere through the core, which keeps the colours, the scores, the
 * matrix and the acceptance and escalation levels together; each is one
 * change that Undo takes back whole. A name is saved when typing pauses or
 * the field is left, a colour or a score at once. What the method's check
 * says about the levels is shown under them, and the fields it names are
 * marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-level-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-field-binding.h"
#include "attest-level-editor.h"


struct _AttestLevelEditor
{
  AdwBin           parent_instance;

  AttestWorkspace *workspace;
  AttestRecord    *method;
  GPtrArray       *rows;        /* GtkListBoxRow, one per level */
  guint            save_id;
  gboolean         saving;      /* the editor writes: the rows show it already */
  gboolean         syncing;     /* the rows follow the method: nothing to write */

  /* Template widgets */
  GtkLabel        *description;
  GtkListBox      *list;
  GtkLabel        *problem;
  GtkWidget       *add_button;
};

G_DEFINE_FINAL_TYPE (AttestLevelEditor, attest_level_editor, ADW_TYPE_BIN)

static GtkEditable *
row_name (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "name");
}

static GtkSpinButton *
row_score (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "score");
}

static GtkColorChooser *
row_colour (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "colour");
}

static gboolean
is_matrix (AttestLevelEditor *self)
{
  return attest_record_get_enum (self->method, "computation") == ATTEST_RISK_COMPUTATION_MATRIX;
}

static int
stored_threshold (AttestLevelEditor *self,
                  guint              level,
                  gboolean          *valid)
{
  const char * const *thresholds = attest_record_get_strv (self->method, "thresholds");
  gint64 value = 0;

  *valid = level < attest_record_get_strv_length (self->method, "thresholds")
           && g_ascii_string_to_signed (thresholds[level], 10, G_MININT, G_MAXINT, &value, NULL);
  return (int) value;
}

/* Sets one field of the method as one change, named for Undo. */
static void
store (AttestLevelEditor  *self,
       const char         *field,
       const char * const *value,
       const char         *label)
{
  const char * const *old = attest_record_get_strv (self->method, field);

  if (attest_workspace_is_read_only (self->workspace)
      || (old != NULL && g_strv_equal (old, value)))
    return;
  if (!attest_workspace_begin (self->workspace, NULL))
    return;
  if (label != NULL)
    attest_workspace_set_change_label (self->workspace, label);
  self->saving = TRUE;
  g_object_set (self->method, field, value, NULL);
  self->saving = FALSE;
  attest_workspace_commit (self->workspace, NULL);
}

/* A copy of a list of the method, at least @n long. */
static GStrv
dup_list (AttestLevelEditor *self,
          const char        *field,
          guint              n)
{
  const char * const *strv = attest_record_get_strv (self->method, field);
  guint length = attest_record_get_strv_length (self->method, field);
  GStrv copy = g_new0 (char *, MAX (length, n) + 1);

  for (guint k = 0; k < MAX (length, n); k++)
    copy[k] = g_strdup (k < length ? strv[k] : "");
  return copy;
}

/**
 * attest_level_editor_flush:
 * @self: a level editor
 *
 * Saves the names typed and not saved yet.
 */
void
attest_level_editor_flush (AttestLevelEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  g_return_if_fail (ATTEST_IS_LEVEL_EDITOR (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->method == NULL)
    return;
  for (guint i = 0; i < self->rows->len; i++)
    g_strv_builder_add (builder, gtk_editable_get_text (row_name (g_ptr_array_index (self->rows, i))));
  names = g_strv_builder_end (builder);
  store (self, "levels", (const char * const *) names, NULL);
}

static gboolean
save_cb (gpointer data)
{
  AttestLevelEditor *self = data;

  self->save_id = 0;
  attest_level_editor_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_name_changed_cb (AttestLevelEditor *self)
{
  if (self->saving || self->syncing)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (ATTEST_FIELD_SAVE_DELAY_MS, save_cb, self);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   AttestLevelEditor       *self)
{
  if (self->save_id != 0)
    attest_level_editor_flush (self);
}

/* The level's name as its buttons and Undo say it, or "Level 2". */
static char *
shown_name (GtkWidget *row)
{
  const char *name = gtk_editable_get_text (row_name (row));

  return g_strdup (!attest_text_is_blank (name) ? name : g_object_get_data (G_OBJECT (row), "which"));
}

static void
on_colour_set_cb (GtkColorButton    *button,
                  AttestLevelEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  guint level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "level"));
  g_auto(GStrv) colours = dup_list (self, "level-colours", self->rows->len);
  g_autofree char *name = shown_name (row);
  g_autofree char *label = NULL;
  GdkRGBA rgba;

  if (self->syncing)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  g_free (colours[level]);
  colours[level] = g_strdup_printf ("#%02x%02x%02x", (int) (rgba.red * 255 + 0.5), (int) (rgba.green * 255 + 0.5),
                                    (int) (rgba.blue * 255 + 0.5));
  /* TRANSLATORS: what Undo takes back, in "Undo %s": "Change the Colour of “High”" */
  label = g_strdup_printf (_("Change the Colour of “%s”"), name);
  store (self, "level-colours", (const char * const *) colours, label);
}

static void
on_score_changed_cb (GtkSpinButton     *spin,
                     AttestLevelEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (spin), "row");
  guint level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "level"));
  g_auto(GStrv) thresholds = NULL;
  g_autofree char *name = shown_name (row);
  g_autofree char *label = NULL;

  if (self->syncing || self->rows->len < 2 || level + 1 >= self->rows->len)
    return;
  /* As many scores as levels but the highest: one score each. */
  thresholds = dup_list (self, "thresholds", self->rows->len - 1);
  for (guint k = g_strv_length (thresholds); k > self->rows->len - 1; k--)
    g_clear_pointer (&thresholds[k - 1], g_free);
  g_free (thresholds[level]);
  thresholds[level] = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));
  /* TRANSLATORS: what Undo takes back, in "Undo %s": "Change the Highest Score of “Medium”" */
  label = g_strdup_printf (_("Change the Highest Score of “%s”"), name);
  store (self, "thresholds", (const char * const *) thresholds, label);
}

static void on_remove_clicked_cb (GtkButton *button, AttestLevelEditor *self);

/* The remove button and the colour say which level they act on, by its
 * name as typed. */
static void
relabel_level (GtkWidget *row)
{
  g_autofree char *name = shown_name (row);
  GtkWidget *remove = g_object_get_data (G_OBJECT (row), "remove");
  /* TRANSLATORS: a button removing a risk level: "Remove the Level “High”" */
  g_autofree char *remove_label = g_strdup_printf (_("Remove the Level “%s”"), name);
  /* TRANSLATORS: the title of the dialog choosing a risk level's colour: "Colour of “High”" */
  g_autofree char *title = g_strdup_printf (_("Colour of “%s”"), name);

  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_color_button_set_title (GTK_COLOR_BUTTON (row_colour (row)), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (row_colour (row)), title);
}

static void
on_name_relabel_cb (GtkEditable *entry,
                    GtkWidget   *row)
{
  relabel_level (row);
}

static GtkWidget *
build_level (AttestLevelEditor *self,
             guint              level,
             gboolean           read_only)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scores = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *colour = gtk_color_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *up_to = gtk_label_new (_("Scores up to"));
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 2, 1);
  GtkWidget *above = gtk_label_new (NULL);
  GtkEventController *focus;
  /* TRANSLATORS: a risk level, counted from 1, as the method's check names it */
  g_autofree char *which = g_strdup_printf (_("Level %u"), level + 1);
  g_autofree char *number_text = g_strdup_printf ("%u", level + 1);
  /* TRANSLATORS: the accessible name of a risk level's name field: "Level 2: name" */
  g_autofree char *name_label = g_strdup_printf (_("%s: name"), which);
  /* TRANSLATORS: the accessible name of a risk level's colour button: "Level 2: colour" */
  g_autofree char *colour_label = g_strdup_printf (_("%s: colour"), which);
  /* TRANSLATORS: the accessible name of a risk level's highest score: "Level 2: highest score" */
  g_autofree char *score_label = g_strdup_printf (_("%s: highest score"), which);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_text (GTK_LABEL (number), number_text);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (entry), !read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name_label, -1);
  gtk_widget_set_name (entry, "level-name");
  gtk_widget_set_valign (colour, GTK_ALIGN_CENTER);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (colour), FALSE);
  gtk_color_button_set_modal (GTK_COLOR_BUTTON (colour), TRUE);
  gtk_widget_set_sensitive (colour, !read_only);
  /* The button inside is what takes the focus and what is read out. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (colour)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, colour_label, -1);
  gtk_widget_set_name (colour, "level-colour");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), number);
  gtk_box_append (GTK_BOX (line), entry);
  gtk_box_append (GTK_BOX (line), colour);
  gtk_box_append (GTK_BOX (line), remove);

  /* The scores it covers, under the name: a narrow window keeps both. */
  gtk_widget_set_margin_start (scores, 30);
  gtk_widget_add_css_class (up_to, "dim-label");
  gtk_widget_add_css_class (above, "dim-label");
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (spin), !read_only);
  gtk_widget_set_sensitive (spin, !read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, score_label, -1);
  gtk_widget_set_name (spin, "level-score");
  gtk_box_append (GTK_BOX (scores), up_to);
  gtk_box_append (GTK_BOX (scores), spin);
  gtk_box_append (GTK_BOX (scores), above);

  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), scores);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, which, -1);
  g_object_set_data (G_OBJECT (row), "level", GUINT_TO_POINTER (level));
  g_object_set_data (G_OBJECT (row), "name", entry);
  g_object_set_data (G_OBJECT (row), "colour", colour);
  g_object_set_data (G_OBJECT (row), "score", spin);
  g_object_set_data (G_OBJECT (row), "up-to", up_to);
  g_object_set_data (G_OBJECT (row), "above", above);
  g_object_set_data (G_OBJECT (row), "scores", scores);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_object_set_data_full (G_OBJECT (row), "which", g_strdup (which), g_free);
  g_object_set_data (G_OBJECT (colour), "row", row);
  g_object_set_data (G_OBJECT (spin), "row", row);
  g_object_set_data (G_OBJECT (remove), "row", row);

  g_signal_connect (entry, "changed", G_CALLBACK (on_name_relabel_cb), row);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_name_changed_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect (colour, "color-set", G_CALLBACK (on_colour_set_cb), self);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_score_changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  return row;
}

/* The method's check, beside the fields it names. */
static void
update_problems (AttestLevelEditor *self)
{
  g_autoptr(GPtrArray) problems = attest_risk_method_check (self->method);
  g_autoptr(GString) text = g_string_new (NULL);
  int bad_score = is_matrix (self) ? -1 : attest_risk_method_threshold_problem (self->method);

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->field, "levels") == 0 || g_strcmp0 (problem->field, "level-colours") == 0
          || g_strcmp0 (problem->field, "thresholds") == 0)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem->message);
    }
  gtk_label_set_text (self->problem, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problem), text->len > 0);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *entry = GTK_WIDGET (row_name (row));
      GtkWidget *spin = GTK_WIDGET (row_score (row));

      if (attest_text_is_blank (gtk_editable_get_text (row_name (row))))
        gtk_widget_add_css_class (entry, "error");
      else
        gtk_widget_remove_css_class (entry, "error");
      if ((int) i == bad_score)
        gtk_widget_add_css_class (spin, "error");
      else
        gtk_widget_remove_css_class (spin, "error");
    }
}

/* The rows show the method's names, colours and scores; the scores only
 * while levels come from the scores. */
static void
sync_rows (AttestLevelEditor *self)
{
  const char * const *names = attest_record_get_strv (self->method, "levels");
  const char * const *colours = attest_record_get_strv (self->method, "level-colours");
  guint n_colours = attest_record_get_strv_length (self->method, "level-colours");
  gboolean scores = !is_matrix (self);
  int lowest, highest;

  attest_risk_method_score_range (self->method, &lowest, &highest);
  self->syncing = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkSpinButton *spin = row_score (row);
      GtkWidget *above = g_object_get_data (G_OBJECT (row), "above");
      gboolean top = i + 1 == self->rows->len;
      gboolean valid;
      int threshold = stored_threshold (self, i, &valid);
      double rgb[3];
      GdkRGBA rgba = { 0.5, 0.5, 0.5, 1 };

      if (g_strcmp0 (gtk_editable_get_text (row_name (row)), names[i]) != 0)
        gtk_editable_set_text (row_name (row), names[i]);
      if (i < n_colours && attest_colour_parse (colours[i], rgb))
        rgba = (GdkRGBA) { rgb[0], rgb[1], rgb[2], 1 };
      gtk_color_chooser_set_rgba (row_colour (row), &rgba);
      gtk_spin_button_set_range (spin, lowest, highest);
      gtk_spin_button_set_value (spin, valid ? threshold : lowest);
      gtk_widget_set_visible (GTK_WIDGET (spin), !top);
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "up-to"), !top);
      gtk_widget_set_visible (above, top);
      if (top)
        {
          gboolean below_valid = FALSE;
          int below = i > 0 ? stored_threshold (self, i - 1, &below_valid) : 0;
          /* TRANSLATORS: the scores the highest risk level covers: "Scores above 16" */
          g_autofree char *text = below_valid ? g_strdup_printf (_("Scores above %d"), below)
                                              : g_strdup (_("The highest scores"));

          gtk_label_set_text (GTK_LABEL (above), text);
        }
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "scores"), scores);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "remove"),
                                !attest_workspace_is_read_only (self->workspace)
                                && self->rows->len > ATTEST_RISK_METHOD_MIN_LEVELS);
      relabel_level (row);
    }
  self->syncing = FALSE;
  gtk_label_set_text (self->description,
                      scores ? _("Each level covers the scores up to its highest score; the highest level covers "
                                 "the rest. The matrix below shows the level of each cell.")
                             : _("Paint each cell of the matrix below with its level."));
  gtk_widget_set_sensitive (self->add_button, !attest_workspace_is_read_only (self->workspace)
                                              && self->rows->len < ATTEST_RISK_METHOD_MAX_LEVELS);
  update_problems (self);
}

/* The rows, built again when the method has another number of levels. */
static void
rebuild (AttestLevelEditor *self)
{
  guint n = attest_record_get_strv_length (self->method, "levels");
  gboolean read_only = attest_workspace_is_read_only (self->workspace);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = build_level (self, i, read_only);

      g_ptr_array_add (self->rows, row);
      gtk_list_box_append (self->list, row);
    }
  sync_rows (self);
}

static void
on_method_notify_cb (AttestRecord      *method,
                     GParamSpec        *pspec,
                     AttestLevelEditor *self)
{
  static const char * const fields[] = {
    "levels", "level-colours", "thresholds", "computation", "likelihood-scale", "impact-scale", NULL
  };

  if (!g_strv_contains (fields, pspec->name))
    return;
  if (self->saving)
    {
      update_problems (self);
      return;
    }
  /* Another view, a preset, Undo: the rows follow. */
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (attest_record_get_strv_length (method, "levels") != self->rows->len)
    rebuild (self);
  else
    sync_rows (self);
}

/* Adding or removing a level: one change, through the core. */
static void
change_levels (AttestLevelEditor *self,
               const char        *label,
               gboolean           add,
               guint              level)
{
  gboolean changed;

  if (self->save_id != 0)
    attest_level_editor_flush (self);
  if (attest_workspace_is_read_only (self->workspace) || !attest_workspace_begin (self->workspace, NULL))
    return;
  attest_workspace_set_change_label (self->workspace, label);
  changed = add ? attest_risk_method_add_level (self->method) : attest_risk_method_remove_level (self->method, level);
  attest_workspace_commit (self->workspace, NULL);
  if (changed && add && self->rows->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (row_name (g_ptr_array_index (self->rows, self->rows->len - 1))));
  else if (changed && self->rows->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (row_name (g_ptr_array_index (self->rows, MIN (level, self->rows->len - 1)))));
}

static void
on_add_clicked_cb (AttestLevelEditor *self)
{
  change_levels (self, _("Add a Risk Level"), TRUE, 0);
}

static void
on_remove_clicked_cb (GtkButton         *button,
                      AttestLevelEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  g_autofree char *name = shown_name (row);
  /* TRANSLATORS: what Undo takes back, in "Undo %s": "Remove the Level “High”" */
  g_autofree char *label = g_strdup_printf (_("Remove the Level “%s”"), name);

  change_levels (self, label, FALSE, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "level")));
}

/**
 * attest_level_editor_get_row:
 * @self: a level editor
 * @level: a level, from 0
 *
 * Returns: (transfer none) (nullable): the row of @level
 */
GtkWidget *
attest_level_editor_get_row (AttestLevelEditor *self,
                             guint              level)
{
  g_return_val_if_fail (ATTEST_IS_LEVEL_EDITOR (self), NULL);

  return level < self->rows->len ? g_ptr_array_index (self->rows, level) : NULL;
}

static void
attest_level_editor_dispose (GObject *object)
{
  AttestLevelEditor *self = ATTEST_LEVEL_EDITOR (object);

  /* What was typed is saved before the editor goes. */
  if (self->save_id != 0)
    attest_level_editor_flush (self);
  if (self->method != NULL)
    g_signal_handlers_disconnect_by_data (self->method, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_LEVEL_EDITOR);
  g_clear_object (&self->method);
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_level_editor_parent_class)->dispose (object);
}

static void
attest_level_editor_finalize (GObject *object)
{
  AttestLevelEditor *self = ATTEST_LEVEL_EDITOR (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (attest_level_editor_parent_class)->finalize (object);
}

static void
attest_level_editor_class_init (AttestLevelEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_level_editor_dispose;
  object_class->finalize = attest_level_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/widgets/attest-level-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestLevelEditor, description);
  gtk_widget_class_bind_template_child (widget_class, AttestLevelEditor, list);
  gtk_widget_class_bind_template_child (widget_class, AttestLevelEditor, problem);
  gtk_widget_class_bind_template_child (widget_class, AttestLevelEditor, add_button);

  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
attest_level_editor_init (AttestLevelEditor *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_level_editor_new:
 * @workspace: the workspace of @method
 * @method: a risk method
 *
 * Returns: (transfer full): an editor of the method's risk levels
 */
GtkWidget *
attest_level_editor_new (AttestWorkspace *workspace,
                         AttestRecord    *method)
{
  AttestLevelEditor *self = g_object_new (ATTEST_TYPE_LEVEL_EDITOR, NULL);

  self->workspace = g_object_ref (workspace);
  self->method = g_object_ref (method);
  gtk_widget_set_name (GTK_WIDGET (self), "level-editor");
  g_signal_connect (method, "notify", G_CALLBACK (on_method_notify_cb), self);
  rebuild (self);
  return GTK_WIDGET (self);
}
