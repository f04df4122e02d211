/* attest-setup-objectives-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_OBJECTIVES_STEP (attest_setup_objectives_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupObjectivesStep, attest_setup_objectives_step, ATTEST, SETUP_OBJECTIVES_STEP, AttestSetupStep)

G_END_DECLS
