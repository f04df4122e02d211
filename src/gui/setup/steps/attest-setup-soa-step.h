/* attest-setup-soa-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_SOA_STEP (attest_setup_soa_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupSoaStep, attest_setup_soa_step, ATTEST, SETUP_SOA_STEP, AttestSetupStep)

G_END_DECLS
