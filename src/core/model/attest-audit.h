/* attest-audit.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AUDIT (attest_audit_get_type ())

G_DECLARE_FINAL_TYPE (AttestAudit, attest_audit, ATTEST, AUDIT, AttestRecord)

gboolean attest_audit_requirement_is_known (const char *text);
gboolean attest_audit_is_held (AttestRecord *audit);

G_END_DECLS
