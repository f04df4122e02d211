/* attest-setup-scope-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_SCOPE_STEP (attest_setup_scope_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupScopeStep, attest_setup_scope_step, ATTEST, SETUP_SCOPE_STEP, AttestSetupStep)

G_END_DECLS
