/* attest-audit-programme.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AUDIT_PROGRAMME (attest_audit_programme_get_type ())

G_DECLARE_FINAL_TYPE (AttestAuditProgramme, attest_audit_programme, ATTEST, AUDIT_PROGRAMME, AttestRecord)

G_END_DECLS
