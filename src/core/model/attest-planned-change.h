/* attest-planned-change.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PLANNED_CHANGE (attest_planned_change_get_type ())

G_DECLARE_FINAL_TYPE (AttestPlannedChange, attest_planned_change, ATTEST, PLANNED_CHANGE, AttestRecord)

G_END_DECLS
