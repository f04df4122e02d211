/* attest-improvement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_IMPROVEMENT (attest_improvement_get_type ())

G_DECLARE_FINAL_TYPE (AttestImprovement, attest_improvement, ATTEST, IMPROVEMENT, AttestRecord)

G_END_DECLS
