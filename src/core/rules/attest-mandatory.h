/* attest-mandatory.h: the mandatory documented information of clauses 4 to 10.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-mandatory-items.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

GPtrArray                 *attest_mandatory_item_dup_records   (const AttestMandatoryItem *item,
                                                                AttestWorkspace           *workspace);
GPtrArray                 *attest_mandatory_item_dup_documents (const AttestMandatoryItem *item,
                                                                AttestWorkspace           *workspace);
AttestMandatoryStatus      attest_mandatory_item_get_status    (const AttestMandatoryItem *item,
                                                                AttestWorkspace           *workspace,
                                                                AttestRecord             **where);

G_END_DECLS
