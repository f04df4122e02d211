/* attest-policy.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_POLICY (attest_policy_get_type ())

G_DECLARE_FINAL_TYPE (AttestPolicy, attest_policy, ATTEST, POLICY, AttestRecord)

G_END_DECLS
