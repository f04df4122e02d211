/* attest-context-issue.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_CONTEXT_ISSUE (attest_context_issue_get_type ())

G_DECLARE_FINAL_TYPE (AttestContextIssue, attest_context_issue, ATTEST, CONTEXT_ISSUE, AttestRecord)

G_END_DECLS
