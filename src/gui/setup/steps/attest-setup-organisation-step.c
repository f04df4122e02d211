/* attest-setup-organisation-step.c: who runs the ISMS (clauses 4 and 5).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-organisation-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-organisation-step.h"
#include "setup/attest-setup-step-private.h"

struct _AttestSetupOrganisationStep
{
  AttestSetupStep       parent_instance;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (AttestSetupOrganisationStep, attest_setup_organisation_step, ATTEST_TYPE_SETUP_STEP)

static void
attest_setup_organisation_step_constructed (GObject *object)
{
  AttestSetupOrganisationStep *self = ATTEST_SETUP_ORGANISATION_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  AttestRecord *org;
  GtkWidget *form;

  G_OBJECT_CLASS (attest_setup_organisation_step_parent_class)->constructed (object);

  org = attest_workspace_get_singleton (attest_setup_step_get_workspace (step), ATTEST_TYPE_ORGANISATION);
  /* The organisation's one form, the Organisation page's too. */
  form = attest_record_form_new_for_record (attest_setup_step_get_workspace (step), org);
  attest_setup_step_watch_forms (step, form);
  adw_preferences_group_add (self->group, form);
}

static void
attest_setup_organisation_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_ORGANISATION_STEP);
  G_OBJECT_CLASS (attest_setup_organisation_step_parent_class)->dispose (object);
}

static void
attest_setup_organisation_step_class_init (AttestSetupOrganisationStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_organisation_step_constructed;
  object_class->dispose = attest_setup_organisation_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "organisation", N_("Organisation"), N_("Clause 4"),
    N_("Start with the organisation whose information security management system (ISMS) this is: its name, "
       "what it does, where it works, and when you plan the certification audit. Who leads the ISMS and who "
       "runs it day to day are roles, which the Leadership step names."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-organisation-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupOrganisationStep, group);
}

static void
attest_setup_organisation_step_init (AttestSetupOrganisationStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
