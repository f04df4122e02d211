/* attest-setup-organisation-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_ORGANISATION_STEP (attest_setup_organisation_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupOrganisationStep, attest_setup_organisation_step, ATTEST, SETUP_ORGANISATION_STEP, AttestSetupStep)

G_END_DECLS
