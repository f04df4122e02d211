/* attest-requirement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_REQUIREMENT (attest_requirement_get_type ())

G_DECLARE_FINAL_TYPE (AttestRequirement, attest_requirement, ATTEST, REQUIREMENT, AttestRecord)

G_END_DECLS
