/* attest-soa-reasons.h: why a control is in the Statement of Applicability,
 * and its evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

gboolean      attest_soa_is_linked_to_requirement (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
gboolean      attest_soa_is_selected_by_risk      (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
GPtrArray    *attest_soa_dup_reasons              (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
char         *attest_soa_dup_justification        (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
GPtrArray    *attest_soa_dup_evidence             (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);

G_END_DECLS
