/* attest-soa-version.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SOA_VERSION (attest_soa_version_get_type ())

G_DECLARE_FINAL_TYPE (AttestSoaVersion, attest_soa_version, ATTEST, SOA_VERSION, AttestRecord)

G_END_DECLS
