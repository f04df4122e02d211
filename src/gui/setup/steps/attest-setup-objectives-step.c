/* attest-setup-objectives-step.c: information security objectives (clause 6.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-objectives-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-objectives-step.h"
#include "setup/attest-setup-step-private.h"

/* At least one measurable objective with a target, a date and an owner;
 * the resources, the evaluation and the links to risks and controls are
 * on the Objectives page afterwards. */

struct _AttestSetupObjectivesStep
{
  AttestSetupStep  parent_instance;

  GtkBox          *objectives_box;
  GtkWidget       *add_objective_button;
};

G_DEFINE_FINAL_TYPE (AttestSetupObjectivesStep, attest_setup_objectives_step, ATTEST_TYPE_SETUP_STEP)

static GtkWidget *
create_objective_card (gpointer item,
                       gpointer user_data)
{
  static const char * const fields[] = { "title", "measure", "target", "due-date", "owner", NULL };

  return attest_setup_step_record_card (user_data, item, "title", fields);
}

static void
on_objectives_changed_cb (AttestSetupObjectivesStep *self)
{
  attest_setup_step_number_cards (GTK_WIDGET (self->objectives_box), _("Objective %u"), NULL);
}

static void
on_add_objective_clicked_cb (AttestSetupObjectivesStep *self)
{
  g_autoptr(AttestRecord) objective = g_object_new (ATTEST_TYPE_OBJECTIVE, NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), objective);
}

static void
attest_setup_objectives_step_constructed (GObject *object)
{
  AttestSetupObjectivesStep *self = ATTEST_SETUP_OBJECTIVES_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  GListModel *objectives;

  G_OBJECT_CLASS (attest_setup_objectives_step_parent_class)->constructed (object);

  objectives = attest_workspace_get_records (attest_setup_step_get_workspace (step), ATTEST_TYPE_OBJECTIVE);
  attest_box_bind_model (self->objectives_box, objectives, create_objective_card, self, NULL);
  g_signal_connect_object (objectives, "items-changed", G_CALLBACK (on_objectives_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_objectives_changed_cb (self);
  gtk_widget_set_sensitive (self->add_objective_button, !attest_setup_step_is_read_only (step));
}

static void
attest_setup_objectives_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_OBJECTIVES_STEP);
  G_OBJECT_CLASS (attest_setup_objectives_step_parent_class)->dispose (object);
}

static void
attest_setup_objectives_step_class_init (AttestSetupObjectivesStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_objectives_step_constructed;
  object_class->dispose = attest_setup_objectives_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "objectives", N_("Objectives"), N_("Clause 6.2"),
    N_("Set what the ISMS is to achieve in the coming year, each measurable: how it is measured, the target, "
       "by when, and who owns it. For example: “No laptop lost unencrypted”, measured by the device "
       "management report, target every laptop encrypted, by 30 June, owned by the head of IT."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-objectives-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupObjectivesStep, objectives_box);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupObjectivesStep, add_objective_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_objective_clicked_cb);
}

static void
attest_setup_objectives_step_init (AttestSetupObjectivesStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
