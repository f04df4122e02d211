/* attest-audit-finding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AUDIT_FINDING (attest_audit_finding_get_type ())

G_DECLARE_FINAL_TYPE (AttestAuditFinding, attest_audit_finding, ATTEST, AUDIT_FINDING, AttestRecord)

G_END_DECLS
