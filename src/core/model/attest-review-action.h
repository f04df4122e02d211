/* attest-review-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_REVIEW_ACTION (attest_review_action_get_type ())

G_DECLARE_FINAL_TYPE (AttestReviewAction, attest_review_action, ATTEST, REVIEW_ACTION, AttestRecord)

G_END_DECLS
