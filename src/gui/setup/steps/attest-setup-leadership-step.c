/* attest-setup-leadership-step.c: the roles and the policy (clauses 5.2, 5.3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-leadership-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-leadership-step.h"
#include "pages/attest-register-page.h"
#include "setup/attest-setup-step-private.h"
#include "widgets/attest-approval-bar.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-toast.h"

/* What a first certification needs of leadership early: the roles that
 * run the ISMS, with the two duties the standard names given to one, and
 * the information security policy, drafted from the answers of the steps
 * before, to be read, made one's own and approved. Who holds each role,
 * and the rest of clause 5, are on the Leadership pages. */

struct _AttestSetupLeadershipStep
{
  AttestSetupStep      parent_instance;

  GtkBox              *roles_box;
  GtkWidget           *add_leaders_button;
  GtkWidget           *add_manager_button;
  GtkWidget           *add_role_button;
  AdwPreferencesGroup *policy_group;
  GtkWidget           *draft_button;
};

G_DEFINE_FINAL_TYPE (AttestSetupLeadershipStep, attest_setup_leadership_step, ATTEST_TYPE_SETUP_STEP)

static GtkWidget *
create_role_card (gpointer item,
                  gpointer user_data)
{
  static const char * const fields[] = { "title", "top-management", "conformity", "reporting", "responsibilities",
                                         NULL };

  return attest_setup_step_record_card (user_data, item, "title", fields);
}

static void
on_roles_changed_cb (AttestSetupLeadershipStep *self)
{
  attest_setup_step_number_cards (GTK_WIDGET (self->roles_box), _("Role %u"), NULL);
}

/* The roles every ISMS has, with their duties and, in our words, what they
 * are for. */
static void
on_add_leaders_clicked_cb (AttestSetupLeadershipStep *self)
{
  g_autoptr(AttestRecord) role = attest_role_new_leader (ATTEST_LEADER_TOP_MANAGEMENT);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), role);
}

static void
on_add_manager_clicked_cb (AttestSetupLeadershipStep *self)
{
  g_autoptr(AttestRecord) role = attest_role_new_leader (ATTEST_LEADER_ISMS_MANAGER);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), role);
}

static void
on_add_role_clicked_cb (AttestSetupLeadershipStep *self)
{
  g_autoptr(AttestRecord) role = g_object_new (ATTEST_TYPE_ROLE, NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), role);
}

/* The draft in place of the text, as one edit that Undo takes back. */
static void
on_draft_clicked_cb (AttestSetupLeadershipStep *self)
{
  attest_write_policy_draft (GTK_WIDGET (self), attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self)));
}

static void
attest_setup_leadership_step_constructed (GObject *object)
{
  static const char * const policy_fields[] = { "text", NULL };
  AttestSetupLeadershipStep *self = ATTEST_SETUP_LEADERSHIP_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  AttestWorkspace *workspace;
  GListModel *roles;
  gboolean read_only;

  G_OBJECT_CLASS (attest_setup_leadership_step_parent_class)->constructed (object);

  workspace = attest_setup_step_get_workspace (step);
  roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  read_only = attest_setup_step_is_read_only (step);

  attest_box_bind_model (self->roles_box, roles, create_role_card, self, NULL);
  g_signal_connect_object (roles, "items-changed", G_CALLBACK (on_roles_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_roles_changed_cb (self);
  gtk_widget_set_sensitive (self->add_leaders_button, !read_only);
  gtk_widget_set_sensitive (self->add_manager_button, !read_only);
  gtk_widget_set_sensitive (self->add_role_button, !read_only);

  adw_preferences_group_add (self->policy_group,
                             attest_setup_step_form_new (step,
                                                         attest_workspace_get_singleton (workspace,
                                                                                         ATTEST_TYPE_POLICY),
                                                         policy_fields));
  gtk_widget_set_sensitive (self->draft_button, !read_only);
  adw_preferences_group_add (self->policy_group, attest_approval_bar_new (workspace, "policy"));
}

static void
attest_setup_leadership_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_LEADERSHIP_STEP);
  G_OBJECT_CLASS (attest_setup_leadership_step_parent_class)->dispose (object);
}

static void
attest_setup_leadership_step_class_init (AttestSetupLeadershipStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_leadership_step_constructed;
  object_class->dispose = attest_setup_leadership_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "leadership", N_("Leadership"),
    N_("Clauses 5.2 and 5.3"),
    N_("Say who leads and runs the ISMS: the roles, what each is for, which is top management, and which "
       "makes sure the ISMS conforms to the standard and reports on it to top management (often one role, the "
       "ISMS manager). Then the "
       "information security policy: Attest drafts one from your answers so far; read it, make it yours, "
       "and have top management approve it when it is ready. Who holds each role, and the evidence of top "
       "management's commitment, are on the Leadership pages afterwards."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-leadership-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, roles_box);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, add_leaders_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, add_manager_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, add_role_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, policy_group);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupLeadershipStep, draft_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_leaders_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_manager_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_role_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_clicked_cb);
}

static void
attest_setup_leadership_step_init (AttestSetupLeadershipStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
