/* attest-threat.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_THREAT (attest_threat_get_type ())

G_DECLARE_FINAL_TYPE (AttestThreat, attest_threat, ATTEST, THREAT, AttestRecord)

G_END_DECLS
