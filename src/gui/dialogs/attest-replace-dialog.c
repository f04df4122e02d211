/* attest-replace-dialog.c: asks before a file written by Attest (a copy, an
 * export) replaces another Attest workspace, naming it as one: a file
 * chooser's "replace?" does not say that a whole ISMS would be lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-replace-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-replace-dialog.h"

struct _AttestReplaceDialog
{
  AdwMessageDialog   parent_instance;

  AttestReplaceFunc  replace;
  gpointer           user_data;
  GDestroyNotify     destroy;
};

G_DEFINE_FINAL_TYPE (AttestReplaceDialog, attest_replace_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
attest_replace_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  AttestReplaceDialog *self = ATTEST_REPLACE_DIALOG (dialog);

  if (g_str_equal (response, "replace") && self->replace != NULL)
    self->replace (self->user_data);
  self->replace = NULL;
}

static void
attest_replace_dialog_dispose (GObject *object)
{
  AttestReplaceDialog *self = ATTEST_REPLACE_DIALOG (object);

  if (self->destroy != NULL && self->user_data != NULL)
    self->destroy (self->user_data);
  self->user_data = NULL;
  self->destroy = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_REPLACE_DIALOG);
  G_OBJECT_CLASS (attest_replace_dialog_parent_class)->dispose (object);
}

static void
attest_replace_dialog_class_init (AttestReplaceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_replace_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = attest_replace_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/attest/Attest/ui/dialogs/attest-replace-dialog.ui");
}

static void
attest_replace_dialog_init (AttestReplaceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_replace_dialog_new:
 * @parent: the window
 * @path: the workspace that would be replaced
 * @what: what would replace it, as a noun phrase (“this copy”)
 * @replace: called if the user chooses to replace it
 * @user_data: for @replace
 * @destroy: (nullable): frees @user_data when the dialog goes
 *
 * Shows the dialog; it closes itself on either answer.
 *
 * Returns: (transfer none): the dialog
 */
AttestReplaceDialog *
attest_replace_dialog_new (GtkWindow         *parent,
                           const char        *path,
                           const char        *what,
                           AttestReplaceFunc  replace,
                           gpointer           user_data,
                           GDestroyNotify     destroy)
{
  AttestReplaceDialog *self = g_object_new (ATTEST_TYPE_REPLACE_DIALOG, "transient-for", parent, NULL);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *body = NULL;

  /* TRANSLATORS: the first %s is a file name, the second what replaces it (“this copy”). */
  body = g_strdup_printf (_("“%s” is an Attest workspace. Replacing it with %s loses everything recorded in it."),
                          name, what);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  self->replace = replace;
  self->user_data = user_data;
  self->destroy = destroy;
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
