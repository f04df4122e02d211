/* attest-record-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-record-editor.h"
#include "widgets/attest-link-list.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-toast.h"

/* A register's editor: the record's form, with the same rules as the
 * guided setup, and for a record already in the workspace its links. A new
 * record is added when the user adds it (refused, with the reasons beside
 * the fields, while something required is missing) and forgotten if they
 * cancel; an existing one is saved as it is edited. Escape closes. */

struct _AttestRecordEditor
{
  AdwWindow        parent_instance;

  GtkWidget       *owner;      /* (weak) the register, for messages */
  AttestWorkspace *workspace;
  AttestRecord    *record;
  gboolean         is_new;

  /* Template widgets */
  AdwHeaderBar    *header;
  GtkWidget       *cancel_button;
  GtkWidget       *save_button;
  GtkBox          *content;
};

G_DEFINE_FINAL_TYPE (AttestRecordEditor, attest_record_editor, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AttestRecordEditor *self = ATTEST_RECORD_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!attest_validate_forms_in (widget))
    return;
  if (self->is_new && !attest_workspace_add (self->workspace, self->record, &error))
    {
      attest_toast_add (self->owner != NULL ? self->owner : widget, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Ctrl+Z in a text field is the field's own undo; elsewhere in the editor,
 * as in the window, it is the workspace's (the window's Undo, which says in
 * a toast what it took back). */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus) || GTK_IS_EDITABLE (focus)))
    return TRUE;
  if (parent == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (parent), g_variant_get_string (args, NULL), NULL);
}

static void
attest_record_editor_dispose (GObject *object)
{
  AttestRecordEditor *self = ATTEST_RECORD_EDITOR (object);

  g_clear_weak_pointer (&self->owner);
  g_clear_object (&self->workspace);
  g_clear_object (&self->record);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_RECORD_EDITOR);
  G_OBJECT_CLASS (attest_record_editor_parent_class)->dispose (object);
}

static void
attest_record_editor_class_init (AttestRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_record_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/dialogs/attest-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestRecordEditor, header);
  gtk_widget_class_bind_template_child (widget_class, AttestRecordEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AttestRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, AttestRecordEditor, content);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_shortcut_cb, "s", "win.undo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_shortcut_cb, "s", "win.redo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_shortcut_cb, "s", "win.redo");
}

static void
attest_record_editor_init (AttestRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_record_editor_new:
 * @owner: the widget that opens it (a register): its window is the
 *   editor's parent, and it shows the editor's messages
 * @workspace: the workspace
 * @record: the record to edit, new or in @workspace
 * @fields: (array zero-terminated=1): the fields its form shows
 * @title: the window's title, translated
 * @is_new: whether @record is new: added when the user adds it
 *
 * Opens the editor.
 *
 * Returns: (transfer none): the editor, on screen
 */
AttestRecordEditor *
attest_record_editor_new (GtkWidget          *owner,
                          AttestWorkspace    *workspace,
                          AttestRecord       *record,
                          const char * const *fields,
                          const char         *title,
                          gboolean            is_new)
{
  AttestRecordEditor *self = g_object_new (ATTEST_TYPE_RECORD_EDITOR, "title", title, NULL);
  gboolean read_only = attest_workspace_is_read_only (workspace);
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWidget *form;

  g_set_weak_pointer (&self->owner, owner);
  self->workspace = g_object_ref (workspace);
  self->record = g_object_ref (record);
  self->is_new = is_new;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  gtk_button_set_label (GTK_BUTTON (self->save_button), is_new ? _("_Add") : _("_Done"));
  /* A new record is kept only if the user adds it. */
  gtk_widget_set_visible (self->cancel_button, is_new);
  adw_header_bar_set_show_end_title_buttons (self->header, !is_new);

  form = attest_record_form_new_full (workspace, record, fields, read_only);
  gtk_box_append (self->content, form);
  /* The links of a record that is already in the workspace. */
  if (!is_new)
    attest_add_link_lists (self->content, workspace, record, read_only);

  gtk_window_present (GTK_WINDOW (self));
  /* The keyboard starts in the first field, not on Cancel. */
  gtk_widget_child_focus (form, GTK_DIR_TAB_FORWARD);
  return self;
}
