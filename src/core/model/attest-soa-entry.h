/* attest-soa-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SOA_ENTRY (attest_soa_entry_get_type ())

G_DECLARE_FINAL_TYPE (AttestSoaEntry, attest_soa_entry, ATTEST, SOA_ENTRY, AttestRecord)

G_END_DECLS
