/* attest-decision-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-decision-dialog.h"
#include "widgets/attest-toast.h"

/* Whether the risk owner accepts a risk as it stands after treatment, or
 * not: recorded with a snapshot of the risk, in the history. A later edit
 * of the risk marks the decision out of date. The owner may also approve
 * the current version of the treatment plan for all their risks, which is
 * another record (6.1.3 f). A risk at or above the method's escalation
 * level is accepted only with the decision of the authority the method
 * names: the dialog asks who that was, and the decision records it. A toast in the window the dialog belongs to
 * says what was recorded. */

struct _AttestDecisionDialog
{
  AdwMessageDialog  parent_instance;

  AttestWorkspace  *workspace;
  AttestRecord     *risk;

  /* Template widgets */
  GtkEditable      *by_row;
  GtkEditable      *authority_row;
  GtkEditable      *note_row;
  GtkLabel         *authority_why;
};

G_DEFINE_FINAL_TYPE (AttestDecisionDialog, attest_decision_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
attest_decision_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  AttestDecisionDialog *self = ATTEST_DECISION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int decision = -1;

  if (g_str_equal (response, "accept"))
    decision = ATTEST_ACCEPTANCE_ACCEPTED;
  else if (g_str_equal (response, "reject"))
    decision = ATTEST_ACCEPTANCE_REJECTED;

  if (g_str_equal (response, "approve-plan") && self->workspace != NULL)
    {
      AttestRecord *approval = attest_risks_approve_plan (self->workspace, gtk_editable_get_text (self->by_row),
                                                          gtk_editable_get_text (self->note_row), &error);
      AttestRecord *version = approval != NULL
                              ? attest_workspace_lookup (self->workspace,
                                                         attest_record_get_string (approval, "version-id"))
                              : NULL;

      if (approval == NULL)
        message = g_strdup (error->message);
      else if (version != NULL)
        message = g_strdup_printf (_("%s approved version %d of the treatment plan"),
                                   attest_record_get_string (approval, "owner"), attest_record_get_int (version, "number"));
      else
        message = g_strdup_printf (_("%s approved the draft of the treatment plan for their risks"),
                                   attest_record_get_string (approval, "owner"));
      attest_toast_add (GTK_WIDGET (self), message);
    }
  else if (decision >= 0 && self->workspace != NULL)
    {
      const char *authority = gtk_widget_get_visible (GTK_WIDGET (self->authority_row))
                              ? gtk_editable_get_text (self->authority_row) : NULL;

      if (attest_risk_accept_full (self->workspace, self->risk, gtk_editable_get_text (self->by_row), authority,
                                   decision, gtk_editable_get_text (self->note_row), &error) == NULL)
        message = g_strdup (error->message);
      else
        message = g_strdup_printf (decision == ATTEST_ACCEPTANCE_ACCEPTED
                                     ? _("“%s” is accepted as it stands; the decision is in the history")
                                     : _("“%s” is not accepted; treat it further"),
                                   attest_record_get_string (self->risk, "title"));
      attest_toast_add (GTK_WIDGET (self), message);
    }

  if (ADW_MESSAGE_DIALOG_CLASS (attest_decision_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (attest_decision_dialog_parent_class)->response (dialog, response);
}

static void
attest_decision_dialog_dispose (GObject *object)
{
  AttestDecisionDialog *self = ATTEST_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_DECISION_DIALOG);
  g_clear_weak_pointer (&self->workspace);
  g_clear_object (&self->risk);
  G_OBJECT_CLASS (attest_decision_dialog_parent_class)->dispose (object);
}

static void
attest_decision_dialog_class_init (AttestDecisionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = attest_decision_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = attest_decision_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/dialogs/attest-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestDecisionDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, AttestDecisionDialog, authority_row);
  gtk_widget_class_bind_template_child (widget_class, AttestDecisionDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, AttestDecisionDialog, authority_why);
}

static void
attest_decision_dialog_init (AttestDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_decision_dialog_new:
 * @parent: (nullable): the window it belongs to, where its toast shows
 * @workspace: the workspace of @risk; held weakly (the window holds it)
 * @risk: the risk the owner decides on
 *
 * Returns: (transfer none): the dialog, shown
 */
AttestDecisionDialog *
attest_decision_dialog_new (GtkWindow       *parent,
                            AttestWorkspace *workspace,
                            AttestRecord    *risk)
{
  AttestDecisionDialog *self = g_object_new (ATTEST_TYPE_DECISION_DIALOG, "transient-for", parent, NULL);
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autofree char *body = NULL;

  g_set_weak_pointer (&self->workspace, workspace);
  self->risk = g_object_ref (risk);
  body = g_strdup_printf (_("After treatment the risk is %s. The decision is recorded with the risk as it is now; "
                            "if the risk changes later, the decision is marked out of date. The owner can also "
                            "approve the treatment plan as it stands for all the risks they own, before or after "
                            "top management approves it."),
                          attest_risk_method_level_name (method, attest_risk_level (workspace, risk, TRUE)));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), attest_record_get_string (risk, "title"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  gtk_editable_set_text (self->by_row, attest_record_get_string (risk, "owner"));
  /* From the escalation level on, the owner does not decide alone. */
  if (method != NULL && attest_risk_needs_authority (workspace, risk))
    {
      const char *authority = attest_record_get_string (method, "escalation-authority");
      GtkEditable *text = gtk_editable_get_delegate (self->authority_row);
      g_autofree char *why = NULL;

      if (attest_text_is_blank (authority))
        authority = _("The authority above the risk owner");
      /* TRANSLATORS: below the "Authority" entry of an owner's decision:
       * "At “Critical” the risk method asks for the decision of “Top
       * management”: say who decided with the owner, and when." */
      why = g_strdup_printf (_("At “%s” the risk method asks for the decision of “%s”: say who decided with the "
                               "owner, and when."),
                             attest_risk_method_level_name (method, attest_risk_accepted_level (workspace, risk)),
                             authority);
      gtk_label_set_text (self->authority_why, why);
      if (GTK_IS_TEXT (text))
        gtk_text_set_placeholder_text (GTK_TEXT (text), authority);
      gtk_widget_set_visible (GTK_WIDGET (self->authority_row), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->authority_why), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
