/* attest-setup-leadership-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_LEADERSHIP_STEP (attest_setup_leadership_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupLeadershipStep, attest_setup_leadership_step, ATTEST, SETUP_LEADERSHIP_STEP, AttestSetupStep)

G_END_DECLS
