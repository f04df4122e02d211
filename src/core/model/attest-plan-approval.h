/* attest-plan-approval.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PLAN_APPROVAL (attest_plan_approval_get_type ())

G_DECLARE_FINAL_TYPE (AttestPlanApproval, attest_plan_approval, ATTEST, PLAN_APPROVAL, AttestRecord)

G_END_DECLS
