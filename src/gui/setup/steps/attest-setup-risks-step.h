/* attest-setup-risks-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_RISKS_STEP (attest_setup_risks_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupRisksStep, attest_setup_risks_step, ATTEST, SETUP_RISKS_STEP, AttestSetupStep)

G_END_DECLS
