/* attest-commitment.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_COMMITMENT (attest_commitment_get_type ())

G_DECLARE_FINAL_TYPE (AttestCommitment, attest_commitment, ATTEST, COMMITMENT, AttestRecord)

G_END_DECLS
