/* attest-treatment-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_TREATMENT_ACTION (attest_treatment_action_get_type ())

G_DECLARE_FINAL_TYPE (AttestTreatmentAction, attest_treatment_action, ATTEST, TREATMENT_ACTION, AttestRecord)

gboolean attest_treatment_action_fill_completed (AttestRecord *action);

G_END_DECLS
