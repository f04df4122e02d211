/* attest-review-input.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_REVIEW_INPUT (attest_review_input_get_type ())

G_DECLARE_FINAL_TYPE (AttestReviewInput, attest_review_input, ATTEST, REVIEW_INPUT, AttestRecord)

G_END_DECLS
