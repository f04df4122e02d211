/* attest-setup-context-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_CONTEXT_STEP (attest_setup_context_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupContextStep, attest_setup_context_step, ATTEST, SETUP_CONTEXT_STEP, AttestSetupStep)

G_END_DECLS
