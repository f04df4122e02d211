/* attest-setup-method-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_METHOD_STEP (attest_setup_method_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupMethodStep, attest_setup_method_step, ATTEST, SETUP_METHOD_STEP, AttestSetupStep)

G_END_DECLS
