/* attest-interested-party.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_INTERESTED_PARTY (attest_interested_party_get_type ())

G_DECLARE_FINAL_TYPE (AttestInterestedParty, attest_interested_party, ATTEST, INTERESTED_PARTY, AttestRecord)

G_END_DECLS
