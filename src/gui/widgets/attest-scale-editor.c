/* attest-scale-editor.c: a scale of the risk method as a list of steps.
 *
 * The likelihood or the impact scale, lowest step first: each step's name
 * and what it means (a few lines), a step added after the last, removed, or
 * moved up and down. The method keeps a scale as two lists (names and
 * descriptions); the editor writes both together, a name or a description
 * when typing pauses or the field is left, a step added, removed or moved
 * as one change that Undo takes back whole. What the method's check says
 * about the scale is shown under it, and the steps it names are marked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-scale-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-field-binding.h"
#include "attest-scale-editor.h"

/* A scale has 3 to 6 steps (attest_risk_method_check()). */
#define MIN_STEPS 3
#define MAX_STEPS 6

struct _AttestScaleEditor
{
  AdwBin           parent_instance;

  AttestWorkspace *workspace;
  AttestRecord    *method;
  gboolean         impact;
  const char      *names_field;
  const char      *descriptions_field;
  GPtrArray       *rows;        /* GtkListBoxRow, one per step */
  guint            save_id;
  gboolean         saving;

  /* Template widgets */
  GtkLabel        *title;
  GtkListBox      *list;
  GtkLabel        *problem;
  GtkWidget       *add_button;
};

G_DEFINE_FINAL_TYPE (AttestScaleEditor, attest_scale_editor, ADW_TYPE_BIN)

static GtkEditable *
row_name (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "name");
}

static GtkTextBuffer *
row_description (GtkWidget *row)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (g_object_get_data (G_OBJECT (row), "description")));
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The steps as the rows show them now. */
static void
shown_lists (AttestScaleEditor *self,
             GStrv             *names,
             GStrv             *descriptions)
{
  g_autoptr(GStrvBuilder) n = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) d = g_strv_builder_new ();

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      g_autofree char *text = buffer_text (row_description (row));

      g_strv_builder_add (n, gtk_editable_get_text (row_name (row)));
      g_strv_builder_add (d, text);
    }
  *names = g_strv_builder_end (n);
  *descriptions = g_strv_builder_end (d);
}

static gboolean
same_list (const char * const *a,
           const char * const *b)
{
  guint na = a ? g_strv_length ((GStrv) a) : 0, nb = b ? g_strv_length ((GStrv) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Writes both lists, as one change, when they differ from the method's. */
static void
store_lists (AttestScaleEditor   *self,
             const char * const  *names,
             const char * const  *descriptions,
             const char          *label)
{
  gboolean names_differ = !same_list (names, attest_record_get_strv (self->method, self->names_field));
  gboolean descriptions_differ = !same_list (descriptions,
                                             attest_record_get_strv (self->method, self->descriptions_field));

  if ((!names_differ && !descriptions_differ) || attest_workspace_is_read_only (self->workspace))
    return;
  if (!attest_workspace_begin (self->workspace, NULL))
    return;
  if (label != NULL)
    attest_workspace_set_change_label (self->workspace, label);
  self->saving = TRUE;
  if (names_differ)
    g_object_set (self->method, self->names_field, names, NULL);
  if (descriptions_differ)
    g_object_set (self->method, self->descriptions_field, descriptions, NULL);
  self->saving = FALSE;
  attest_workspace_commit (self->workspace, NULL);
}

/**
 * attest_scale_editor_flush:
 * @self: a scale editor
 *
 * Saves what was typed and not saved yet.
 */
void
attest_scale_editor_flush (AttestScaleEditor *self)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) descriptions = NULL;

  g_return_if_fail (ATTEST_IS_SCALE_EDITOR (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->method == NULL)
    return;
  shown_lists (self, &names, &descriptions);
  store_lists (self, (const char * const *) names, (const char * const *) descriptions, NULL);
}

static gboolean
save_cb (gpointer data)
{
  AttestScaleEditor *self = data;

  self->save_id = 0;
  attest_scale_editor_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_typed_cb (AttestScaleEditor *self)
{
  if (self->saving)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (ATTEST_FIELD_SAVE_DELAY_MS, save_cb, self);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   AttestScaleEditor       *self)
{
  if (self->save_id != 0)
    attest_scale_editor_flush (self);
}

/* "Likelihood step 2", as a screen reader and the method's check name it. */
static char *
step_name (AttestScaleEditor *self,
           guint              step)
{
  return self->impact
         /* TRANSLATORS: a step of the impact scale, counted from 1, as the method's check names it */
         ? g_strdup_printf (_("Impact step %u"), step + 1)
         /* TRANSLATORS: a step of the likelihood scale, counted from 1, as the method's check names it */
         : g_strdup_printf (_("Likelihood step %u"), step + 1);
}

static void on_step_button_clicked_cb (GtkButton *button, AttestScaleEditor *self);

/* A button acting on step @step ("remove", "up" or "down"). */
static GtkWidget *
icon_button (AttestScaleEditor *self,
             const char        *icon,
             const char        *what,
             guint              step)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_object_set_data (G_OBJECT (button), "step", GUINT_TO_POINTER (step));
  g_signal_connect (button, "clicked", G_CALLBACK (on_step_button_clicked_cb), self);
  return button;
}

/* A step's buttons say which step they act on, by its name as typed:
 * "Move “Minor” Up". */
static void
relabel_step (GtkEditable *entry)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (entry), "row");
  const char *name = gtk_editable_get_text (entry);
  const char *which = g_object_get_data (G_OBJECT (row), "which");
  const char *shown = !attest_text_is_blank (name) ? name : which;
  static const char * const whats[] = { "up", "down", "remove" };

  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), whats[i]);
      g_autofree char *label = i == 0
                               /* TRANSLATORS: a button moving a step of a scale: "Move “Minor” Up" */
                               ? g_strdup_printf (_("Move “%s” Up"), shown)
                               : i == 1
                               /* TRANSLATORS: a button moving a step of a scale: "Move “Minor” Down" */
                               ? g_strdup_printf (_("Move “%s” Down"), shown)
                               /* TRANSLATORS: a button removing a step of a scale: "Remove “Minor”" */
                               : g_strdup_printf (_("Remove “%s”"), shown);

      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static GtkWidget *
build_step (AttestScaleEditor *self,
            guint              step,
            guint              n_steps,
            const char        *name,
            const char        *description,
            gboolean           read_only)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view;
  GtkWidget *up, *down, *remove;
  GtkEventController *focus;
  g_autofree char *which = step_name (self, step);
  g_autofree char *number_text = g_strdup_printf ("%u", step + 1);
  g_autofree char *name_label = NULL;
  g_autofree char *description_label = NULL;

  /* TRANSLATORS: the accessible name of a step's name field: "Impact step 2: name" */
  name_label = g_strdup_printf (_("%s: name"), which);
  /* TRANSLATORS: the accessible name of a step's description: "Impact step 2: what it means" */
  description_label = g_strdup_printf (_("%s: what it means"), which);
  view = attest_prose_view_new (description_label, !read_only);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_label_set_text (GTK_LABEL (number), number_text);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_editable (GTK_EDITABLE (entry), !read_only);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name_label, -1);
  gtk_widget_set_name (entry, "step-name");
  up = icon_button (self, "go-up-symbolic", "up", step);
  down = icon_button (self, "go-down-symbolic", "down", step);
  remove = icon_button (self, "user-trash-symbolic", "remove", step);
  gtk_widget_set_sensitive (up, !read_only && step > 0);
  gtk_widget_set_sensitive (down, !read_only && step + 1 < n_steps);
  gtk_widget_set_sensitive (remove, !read_only && n_steps > MIN_STEPS);
  gtk_box_append (GTK_BOX (line), number);
  gtk_box_append (GTK_BOX (line), entry);
  gtk_box_append (GTK_BOX (line), up);
  gtk_box_append (GTK_BOX (line), down);
  gtk_box_append (GTK_BOX (line), remove);

  /* What the step means, on as many lines as it takes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), description != NULL ? description : "", -1);
  gtk_widget_set_name (view, "step-description");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_set_margin_start (frame, 30);
  gtk_widget_set_margin_end (frame, 4);

  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, which, -1);
  g_object_set_data (G_OBJECT (row), "name", entry);
  g_object_set_data (G_OBJECT (row), "description", view);
  g_object_set_data (G_OBJECT (row), "frame", frame);
  g_object_set_data (G_OBJECT (row), "up", up);
  g_object_set_data (G_OBJECT (row), "down", down);
  g_object_set_data (G_OBJECT (row), "remove", remove);
  g_object_set_data_full (G_OBJECT (row), "which", g_strdup (which), g_free);
  g_object_set_data (G_OBJECT (entry), "row", row);
  relabel_step (GTK_EDITABLE (entry));
  g_signal_connect (entry, "changed", G_CALLBACK (relabel_step), NULL);

  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_typed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed", G_CALLBACK (on_typed_cb), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (view, focus);
  return row;
}

/* The method's check, beside the steps it names: a step without a name or
 * a description is marked, and the messages are under the list. */
static void
update_problems (AttestScaleEditor *self)
{
  g_autoptr(GPtrArray) problems = attest_risk_method_check (self->method);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->field, self->names_field) == 0
          || g_strcmp0 (problem->field, self->descriptions_field) == 0)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", problem->message);
    }
  gtk_label_set_text (self->problem, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problem), text->len > 0);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      g_autofree char *description = buffer_text (row_description (row));
      GtkWidget *entry = GTK_WIDGET (row_name (row));
      GtkWidget *frame = g_object_get_data (G_OBJECT (row), "frame");

      if (text->len > 0 && attest_text_is_blank (gtk_editable_get_text (row_name (row))))
        gtk_widget_add_css_class (entry, "error");
      else
        gtk_widget_remove_css_class (entry, "error");
      if (text->len > 0 && attest_text_is_blank (description))
        gtk_widget_add_css_class (frame, "error");
      else
        gtk_widget_remove_css_class (frame, "error");
    }
}

/* The rows, built again from the method's lists. */
static void
rebuild (AttestScaleEditor *self)
{
  const char * const *names = attest_record_get_strv (self->method, self->names_field);
  const char * const *descriptions = attest_record_get_strv (self->method, self->descriptions_field);
  guint n = names != NULL ? g_strv_length ((GStrv) names) : 0;
  guint n_descriptions = descriptions != NULL ? g_strv_length ((GStrv) descriptions) : 0;
  gboolean read_only = attest_workspace_is_read_only (self->workspace);

  for (guint i = 0; i < self->rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = build_step (self, i, n, names[i], i < n_descriptions ? descriptions[i] : "", read_only);

      g_ptr_array_add (self->rows, row);
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_sensitive (self->add_button, !read_only && n < MAX_STEPS);
  update_problems (self);
}

static void
on_method_notify_cb (AttestRecord      *method,
                     GParamSpec        *pspec,
                     AttestScaleEditor *self)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) descriptions = NULL;

  if (self->saving)
    {
      update_problems (self);
      return;
    }
  if (!g_str_equal (pspec->name, self->names_field) && !g_str_equal (pspec->name, self->descriptions_field))
    return;
  /* Another view, a preset, Undo: the rows follow, unless they show it
   * already. */
  shown_lists (self, &names, &descriptions);
  if (same_list ((const char * const *) names, attest_record_get_strv (method, self->names_field))
      && same_list ((const char * const *) descriptions, attest_record_get_strv (method, self->descriptions_field)))
    update_problems (self);
  else
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      rebuild (self);
    }
}

/* A change of the steps themselves: the lists as the rows show them, with
 * @edit applied, saved as one change and shown; the keyboard goes to the
 * step @focus. */
typedef void (*EditFunc) (GPtrArray *names, GPtrArray *descriptions, guint step);

static void
edit_steps (AttestScaleEditor *self,
            EditFunc           edit,
            guint              step,
            int                focus,
            const char        *label)
{
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) descriptions = NULL;
  g_autoptr(GPtrArray) n = g_ptr_array_new ();
  g_autoptr(GPtrArray) d = g_ptr_array_new ();

  g_clear_handle_id (&self->save_id, g_source_remove);
  shown_lists (self, &names, &descriptions);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_ptr_array_add (n, names[i]);
      g_ptr_array_add (d, descriptions[i]);
    }
  edit (n, d, step);
  g_ptr_array_add (n, NULL);
  g_ptr_array_add (d, NULL);
  store_lists (self, (const char * const *) n->pdata, (const char * const *) d->pdata, label);
  rebuild (self);
  if (focus >= 0 && (guint) focus < self->rows->len)
    gtk_widget_grab_focus (GTK_WIDGET (row_name (g_ptr_array_index (self->rows, focus))));
}

static void
add_step (GPtrArray *names,
          GPtrArray *descriptions,
          guint      step)
{
  g_ptr_array_add (names, (gpointer) "");
  g_ptr_array_add (descriptions, (gpointer) "");
}

static void
remove_step (GPtrArray *names,
             GPtrArray *descriptions,
             guint      step)
{
  g_ptr_array_remove_index (names, step);
  g_ptr_array_remove_index (descriptions, step);
}

static void
swap_with_next (GPtrArray *names,
                GPtrArray *descriptions,
                guint      step)
{
  gpointer name = names->pdata[step], description = descriptions->pdata[step];

  names->pdata[step] = names->pdata[step + 1];
  names->pdata[step + 1] = name;
  descriptions->pdata[step] = descriptions->pdata[step + 1];
  descriptions->pdata[step + 1] = description;
}

static void
on_add_clicked_cb (AttestScaleEditor *self)
{
  if (self->rows->len < MAX_STEPS)
    edit_steps (self, add_step, 0, (int) self->rows->len,
                self->impact ? _("Add a Step to the Impact Scale") : _("Add a Step to the Likelihood Scale"));
}

static void
on_step_button_clicked_cb (GtkButton         *button,
                           AttestScaleEditor *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  guint step = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));
  g_autofree char *label = NULL;
  const char *name;

  if (step >= self->rows->len)
    return;
  name = gtk_editable_get_text (row_name (g_ptr_array_index (self->rows, step)));
  if (g_str_equal (what, "remove") && self->rows->len > MIN_STEPS)
    {
      /* TRANSLATORS: what Undo takes back, in "Undo %s": "Remove the Step “Minor”" */
      label = g_strdup_printf (_("Remove the Step “%s”"), name);
      edit_steps (self, remove_step, step, (int) MIN (step, self->rows->len - 2), label);
    }
  else if ((g_str_equal (what, "up") && step > 0) || (g_str_equal (what, "down") && step + 1 < self->rows->len))
    {
      gboolean up = g_str_equal (what, "up");

      /* TRANSLATORS: what Undo takes back, in "Undo %s": "Move the Step “Minor”" */
      label = g_strdup_printf (_("Move the Step “%s”"), name);
      edit_steps (self, swap_with_next, up ? step - 1 : step, (int) (up ? step - 1 : step + 1), label);
    }
}

/**
 * attest_scale_editor_get_row:
 * @self: a scale editor
 * @step: a step, from 0
 *
 * Returns: (transfer none) (nullable): the row of @step
 */
GtkWidget *
attest_scale_editor_get_row (AttestScaleEditor *self,
                             guint              step)
{
  g_return_val_if_fail (ATTEST_IS_SCALE_EDITOR (self), NULL);

  return step < self->rows->len ? g_ptr_array_index (self->rows, step) : NULL;
}

static void
attest_scale_editor_dispose (GObject *object)
{
  AttestScaleEditor *self = ATTEST_SCALE_EDITOR (object);

  /* What was typed is saved before the editor goes. */
  if (self->save_id != 0)
    attest_scale_editor_flush (self);
  if (self->method != NULL)
    g_signal_handlers_disconnect_by_data (self->method, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_SCALE_EDITOR);
  g_clear_object (&self->method);
  g_clear_object (&self->workspace);
  G_OBJECT_CLASS (attest_scale_editor_parent_class)->dispose (object);
}

static void
attest_scale_editor_finalize (GObject *object)
{
  AttestScaleEditor *self = ATTEST_SCALE_EDITOR (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (attest_scale_editor_parent_class)->finalize (object);
}

static void
attest_scale_editor_class_init (AttestScaleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_scale_editor_dispose;
  object_class->finalize = attest_scale_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/widgets/attest-scale-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestScaleEditor, title);
  gtk_widget_class_bind_template_child (widget_class, AttestScaleEditor, list);
  gtk_widget_class_bind_template_child (widget_class, AttestScaleEditor, problem);
  gtk_widget_class_bind_template_child (widget_class, AttestScaleEditor, add_button);

  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
attest_scale_editor_init (AttestScaleEditor *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_scale_editor_new:
 * @workspace: the workspace of @method
 * @method: a risk method
 * @impact: the impact scale, or else the likelihood scale
 *
 * Returns: (transfer full): an editor of the scale's steps
 */
GtkWidget *
attest_scale_editor_new (AttestWorkspace *workspace,
                         AttestRecord    *method,
                         gboolean         impact)
{
  AttestScaleEditor *self = g_object_new (ATTEST_TYPE_SCALE_EDITOR, NULL);

  self->workspace = g_object_ref (workspace);
  self->method = g_object_ref (method);
  self->impact = impact;
  self->names_field = impact ? "impact-scale" : "likelihood-scale";
  self->descriptions_field = impact ? "impact-descriptions" : "likelihood-descriptions";
  gtk_label_set_text (self->title, impact ? _("Impact: the harm a risk would do, lowest first")
                                          : _("Likelihood: how often a risk would happen, lowest first"));
  gtk_button_set_label (GTK_BUTTON (self->add_button), impact ? _("_Add an Impact Step") : _("_Add a Likelihood Step"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  impact ? _("Add an Impact Step") : _("Add a Likelihood Step"), -1);
  gtk_widget_set_name (GTK_WIDGET (self), impact ? "impact-scale-editor" : "likelihood-scale-editor");
  g_signal_connect (method, "notify", G_CALLBACK (on_method_notify_cb), self);
  rebuild (self);
  return GTK_WIDGET (self);
}
