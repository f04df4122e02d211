/* attest-scope-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SCOPE_ITEM (attest_scope_item_get_type ())

G_DECLARE_FINAL_TYPE (AttestScopeItem, attest_scope_item, ATTEST, SCOPE_ITEM, AttestRecord)

G_END_DECLS
