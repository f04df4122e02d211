/* attest-setup-parties-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_PARTIES_STEP (attest_setup_parties_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupPartiesStep, attest_setup_parties_step, ATTEST, SETUP_PARTIES_STEP, AttestSetupStep)

G_END_DECLS
