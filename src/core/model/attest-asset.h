/* attest-asset.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_ASSET (attest_asset_get_type ())

G_DECLARE_FINAL_TYPE (AttestAsset, attest_asset, ATTEST, ASSET, AttestRecord)

G_END_DECLS
