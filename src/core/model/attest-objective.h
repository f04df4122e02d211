/* attest-objective.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_OBJECTIVE (attest_objective_get_type ())

G_DECLARE_FINAL_TYPE (AttestObjective, attest_objective, ATTEST, OBJECTIVE, AttestRecord)

G_END_DECLS
