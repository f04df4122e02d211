/* attest-risk.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISK (attest_risk_get_type ())

G_DECLARE_FINAL_TYPE (AttestRisk, attest_risk, ATTEST, RISK, AttestRecord)

G_END_DECLS
