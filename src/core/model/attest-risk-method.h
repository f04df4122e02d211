/* attest-risk-method.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISK_METHOD (attest_risk_method_get_type ())

G_DECLARE_FINAL_TYPE (AttestRiskMethod, attest_risk_method, ATTEST, RISK_METHOD, AttestRecord)

G_END_DECLS
