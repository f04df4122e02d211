/* attest-provider.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PROVIDER (attest_provider_get_type ())

G_DECLARE_FINAL_TYPE (AttestProvider, attest_provider, ATTEST, PROVIDER, AttestRecord)

G_END_DECLS
