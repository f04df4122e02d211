/* attest-evidence.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_EVIDENCE (attest_evidence_get_type ())

G_DECLARE_FINAL_TYPE (AttestEvidence, attest_evidence, ATTEST, EVIDENCE, AttestRecord)

G_END_DECLS
