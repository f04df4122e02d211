/* attest-corrective-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_CORRECTIVE_ACTION (attest_corrective_action_get_type ())

G_DECLARE_FINAL_TYPE (AttestCorrectiveAction, attest_corrective_action, ATTEST, CORRECTIVE_ACTION, AttestRecord)

G_END_DECLS
