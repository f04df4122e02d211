/* attest-setup-review-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "setup/attest-setup-step.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_REVIEW_STEP (attest_setup_review_step_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupReviewStep, attest_setup_review_step, ATTEST, SETUP_REVIEW_STEP, AttestSetupStep)

G_END_DECLS
