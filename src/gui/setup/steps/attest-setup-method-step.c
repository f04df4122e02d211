/* attest-setup-method-step.c: how risks are rated (clause 6.1.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-method-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-method-step.h"
#include "pages/attest-method-page.h"
#include "setup/attest-setup-step-private.h"

/* The Risk method page itself, embedded: the same editor and rules. */

struct _AttestSetupMethodStep
{
  AttestSetupStep parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestSetupMethodStep, attest_setup_method_step, ATTEST_TYPE_SETUP_STEP)

static void
attest_setup_method_step_constructed (GObject *object)
{
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  GtkWidget *method;

  G_OBJECT_CLASS (attest_setup_method_step_parent_class)->constructed (object);

  method = attest_method_page_new_full (attest_setup_step_get_workspace (step), TRUE);
  gtk_widget_set_name (method, "method");
  gtk_box_append (GTK_BOX (step), method);
  attest_setup_step_watch_forms (step, method);
}

static void
attest_setup_method_step_class_init (AttestSetupMethodStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_method_step_constructed;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "method", N_("Risk method"), N_("Clause 6.1.2"),
    N_("Decide how risks will be rated: the steps of likelihood and of impact, each with what it "
       "means for you, how the two make a risk level, and the highest level a risk owner may accept "
       "without further treatment. Follow the method your organisation already uses, or start from "
       "a preset. For example: on a 5 × 5 scale, “Likely” means about once a year."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-method-step.ui");
}

static void
attest_setup_method_step_init (AttestSetupMethodStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
