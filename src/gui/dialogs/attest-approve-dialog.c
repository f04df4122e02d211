/* attest-approve-dialog.c: asks who approves the next version of one of the
 * ISMS's documents (the scope statement, the risk method, the Statement of
 * Applicability, the treatment plan) and records it. Every page that
 * approves a document uses this one dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-approve-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-approve-dialog.h"

struct _AttestApproveDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *approved_by_row;
  GtkWidget        *note_row;

  AttestWorkspace  *workspace;
  char             *document;
};

G_DEFINE_FINAL_TYPE (AttestApproveDialog, attest_approve_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum { APPROVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
attest_approve_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  AttestApproveDialog *self = ATTEST_APPROVE_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AttestRecord *version;

  if (!g_str_equal (response, "approve") || self->workspace == NULL)
    return;
  version = attest_isms_document_approve (self->workspace, self->document,
                                          gtk_editable_get_text (GTK_EDITABLE (self->approved_by_row)),
                                          gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error);
  if (version == NULL)
    message = g_strdup (error->message);
  else
    /* TRANSLATORS: "Version 2 of the Scope of the ISMS is approved" */
    message = g_strdup_printf (_("Version %d of the %s is approved"), attest_record_get_int (version, "number"),
                               attest_isms_document_get_title (self->document));
  g_signal_emit (self, signals[APPROVED], 0, version, message);
}

static void
attest_approve_dialog_dispose (GObject *object)
{
  AttestApproveDialog *self = ATTEST_APPROVE_DIALOG (object);

  g_clear_object (&self->workspace);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_APPROVE_DIALOG);
  G_OBJECT_CLASS (attest_approve_dialog_parent_class)->dispose (object);
}

static void
attest_approve_dialog_finalize (GObject *object)
{
  AttestApproveDialog *self = ATTEST_APPROVE_DIALOG (object);

  g_free (self->document);
  G_OBJECT_CLASS (attest_approve_dialog_parent_class)->finalize (object);
}

static void
attest_approve_dialog_class_init (AttestApproveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_approve_dialog_dispose;
  object_class->finalize = attest_approve_dialog_finalize;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = attest_approve_dialog_response;

  /**
   * AttestApproveDialog::approved:
   * @version: (nullable): the version recorded, or %NULL if it could not be
   * @message: what to tell the user, in a toast
   */
  signals[APPROVED] = g_signal_new ("approved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, ATTEST_TYPE_RECORD, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/attest/Attest/ui/dialogs/attest-approve-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestApproveDialog, approved_by_row);
  gtk_widget_class_bind_template_child (widget_class, AttestApproveDialog, note_row);
}

static void
attest_approve_dialog_init (AttestApproveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_approve_dialog_new:
 * @parent: (nullable): the window
 * @workspace: the workspace
 * @document: a document id, as attest_isms_documents() lists them
 *
 * Shows the dialog, which proposes top management as the approver. On
 * Approve it records the next version and emits #AttestApproveDialog::approved.
 *
 * Returns: (transfer none): the dialog
 */
AttestApproveDialog *
attest_approve_dialog_new (GtkWindow       *parent,
                           AttestWorkspace *workspace,
                           const char      *document)
{
  AttestApproveDialog *self = g_object_new (ATTEST_TYPE_APPROVE_DIALOG, "transient-for", parent, NULL);
  g_autofree char *leaders = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_TOP_MANAGEMENT);
  AttestRecord *previous = attest_isms_document_get_approved (workspace, document);
  const char *title = attest_isms_document_get_title (document);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  self->workspace = g_object_ref (workspace);
  self->document = g_strdup (document);
  /* TRANSLATORS: "Approve the Scope of the ISMS" */
  heading = g_strdup_printf (_("Approve the %s"), title);
  body = g_strdup_printf (_("Version %d will record the %s as it is now, with who approved it and when, in the "
                            "history. Later edits are a draft until the next approval. Who approves it?"),
                          previous != NULL ? attest_record_get_int (previous, "number") + 1 : 1, title);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (GTK_EDITABLE (self->approved_by_row), leaders);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
