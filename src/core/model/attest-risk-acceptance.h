/* attest-risk-acceptance.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISK_ACCEPTANCE (attest_risk_acceptance_get_type ())

G_DECLARE_FINAL_TYPE (AttestRiskAcceptance, attest_risk_acceptance, ATTEST, RISK_ACCEPTANCE, AttestRecord)

G_END_DECLS
