/* attest-management-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_MANAGEMENT_REVIEW (attest_management_review_get_type ())

G_DECLARE_FINAL_TYPE (AttestManagementReview, attest_management_review, ATTEST, MANAGEMENT_REVIEW, AttestRecord)

G_END_DECLS
