/* attest-approval-bar.c: the line at the top of a page that holds one of
 * the ISMS's documents (the scope statement, the risk method, the treatment
 * plan): "Version 2, approved by … on …. 3 changes since: a draft.", and
 * Approve…, which opens the same dialog as the Statement of Applicability.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-approval-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-approval-bar.h"
#include "attest-toast.h"
#include "dialogs/attest-approve-dialog.h"

struct _AttestApprovalBar
{
  GtkWidget        parent_instance;

  GtkWidget       *status_label;
  GtkWidget       *approve_button;

  AttestWorkspace *workspace;
  char            *document;
  guint            refresh_id;
};

G_DEFINE_FINAL_TYPE (AttestApprovalBar, attest_approval_bar, GTK_TYPE_WIDGET)

/* Nothing to approve yet (a blank policy): said, not offered. Cheap, so
 * done at once after every commit, unlike the status. */
static void
update_approvable (AttestApprovalBar *self)
{
  g_autoptr(GError) why = NULL;
  gboolean can = attest_isms_document_can_approve (self->workspace, self->document, &why);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approval.approve",
                                 can && !attest_workspace_is_read_only (self->workspace));
  gtk_widget_set_tooltip_text (self->approve_button,
                               can ? _("Record the next approved version, with who approves it and when")
                                   : why->message);
}

/**
 * attest_approval_bar_refresh:
 * @self: an approval bar
 *
 * Says the document's state again, as attest_isms_document_dup_status().
 */
void
attest_approval_bar_refresh (AttestApprovalBar *self)
{
  g_autofree char *status = NULL;

  g_return_if_fail (ATTEST_IS_APPROVAL_BAR (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->workspace == NULL)
    return;
  status = attest_isms_document_dup_status (self->workspace, self->document);
  gtk_label_set_text (GTK_LABEL (self->status_label), status);
  update_approvable (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  AttestApprovalBar *self = data;

  self->refresh_id = 0;
  attest_approval_bar_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Any commit may change the document (a risk's owner, an action): the
 * changes since the approval are counted again once things are quiet, and
 * only while the bar is shown. */
static void
on_committed_cb (AttestStore       *store,
                 AttestApprovalBar *self)
{
  update_approvable (self);
  if (self->refresh_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_approved_cb (AttestApproveDialog *dialog,
                AttestRecord        *version,
                const char          *message,
                AttestApprovalBar   *self)
{
  attest_toast_add (GTK_WIDGET (self), message);
  attest_approval_bar_refresh (self);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestApprovalBar *self = ATTEST_APPROVAL_BAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AttestApproveDialog *dialog;

  if (self->workspace == NULL)
    return;
  dialog = attest_approve_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->workspace,
                                      self->document);
  g_signal_connect_object (dialog, "approved", G_CALLBACK (on_approved_cb), self, 0);
}

static void
attest_approval_bar_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (attest_approval_bar_parent_class)->map (widget);
  attest_approval_bar_refresh (ATTEST_APPROVAL_BAR (widget));
}

static void
attest_approval_bar_dispose (GObject *object)
{
  AttestApprovalBar *self = ATTEST_APPROVAL_BAR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->workspace);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_APPROVAL_BAR);
  G_OBJECT_CLASS (attest_approval_bar_parent_class)->dispose (object);
}

static void
attest_approval_bar_finalize (GObject *object)
{
  AttestApprovalBar *self = ATTEST_APPROVAL_BAR (object);

  g_free (self->document);
  G_OBJECT_CLASS (attest_approval_bar_parent_class)->finalize (object);
}

static void
attest_approval_bar_class_init (AttestApprovalBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_approval_bar_dispose;
  object_class->finalize = attest_approval_bar_finalize;
  widget_class->map = attest_approval_bar_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/attest/Attest/ui/widgets/attest-approval-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestApprovalBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, AttestApprovalBar, approve_button);
  gtk_widget_class_install_action (widget_class, "approval.approve", NULL, approve_action);
}

static void
attest_approval_bar_init (AttestApprovalBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_approval_bar_new:
 * @workspace: the workspace
 * @document: a document id, as attest_isms_documents() lists them
 *
 * Returns: (transfer floating): the bar; Approve… is off when the
 *   workspace is open read-only
 */
GtkWidget *
attest_approval_bar_new (AttestWorkspace *workspace,
                         const char      *document)
{
  AttestApprovalBar *self = g_object_new (ATTEST_TYPE_APPROVAL_BAR, NULL);
  g_autofree char *label = NULL;

  self->workspace = g_object_ref (workspace);
  self->document = g_strdup (document);
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "approval.approve",
                                 !attest_workspace_is_read_only (workspace));
  /* TRANSLATORS: the accessible name of a page's Approve… button, "Approve the Risk treatment plan" */
  label = g_strdup_printf (_("Approve the %s"), attest_isms_document_get_title (document));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->approve_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  {
    g_autofree char *name = g_strdup_printf ("%s-approval", document);

    gtk_widget_set_name (GTK_WIDGET (self), name);
  }
  attest_approval_bar_refresh (self);
  return GTK_WIDGET (self);
}

/**
 * attest_approval_bar_get_status_text:
 * @self: an approval bar
 *
 * Returns: what the bar says about the document's versions
 */
const char *
attest_approval_bar_get_status_text (AttestApprovalBar *self)
{
  g_return_val_if_fail (ATTEST_IS_APPROVAL_BAR (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->status_label));
}
