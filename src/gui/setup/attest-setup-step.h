/* attest-setup-step.h: one step of the guided setup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_STEP (attest_setup_step_get_type ())

G_DECLARE_DERIVABLE_TYPE (AttestSetupStep, attest_setup_step, ATTEST, SETUP_STEP, GtkBox)

/**
 * AttestSetupStepClass:
 * @check: the readiness findings that keep Next from going on (by default
 *   attest_readiness_check_step() for the step's id)
 * @focus_first: puts the keyboard where the step starts; returns %FALSE
 *   when it found nowhere (by default the first field of the first form)
 *
 * A step's id, title, clause and introduction belong to its class, set
 * with attest_setup_step_class_set_info() in its class_init.
 */
struct _AttestSetupStepClass
{
  GtkBoxClass parent_class;

  const char *id;
  const char *title;
  const char *clause;
  const char *intro;

  GPtrArray *(*check)       (AttestSetupStep *self);
  gboolean   (*focus_first) (AttestSetupStep *self);

  gpointer padding[8];
};

void             attest_setup_step_class_set_info (AttestSetupStepClass *klass,
                                                   const char           *id,
                                                   const char           *title,
                                                   const char           *clause,
                                                   const char           *intro);
AttestWorkspace *attest_setup_step_get_workspace  (AttestSetupStep      *self);
const char      *attest_setup_step_get_id         (AttestSetupStep      *self);
const char      *attest_setup_step_get_title      (AttestSetupStep      *self);
GPtrArray       *attest_setup_step_check          (AttestSetupStep      *self);
void             attest_setup_step_settle         (AttestSetupStep      *self);
gboolean         attest_setup_step_focus_first    (AttestSetupStep      *self);

G_END_DECLS
