/* attest-soa-reasons.h: why a control is in the Statement of Applicability,
 * and its evidence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestSoaRisks:
 * @ATTEST_SOA_RISKS_NAMED: the justification names the risks the control
 *   treats, by their titles (the SoA page, the CSV)
 * @ATTEST_SOA_RISKS_REFERRED: it says that the control treats risks, and
 *   leaves naming them to a column of their own beside it (the audit pack)
 *
 * How a justification speaks of the risks a control treats.
 */
typedef enum
{
  ATTEST_SOA_RISKS_NAMED,
  ATTEST_SOA_RISKS_REFERRED,
} AttestSoaRisks;

gboolean      attest_soa_is_linked_to_requirement (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
gboolean      attest_soa_is_selected_by_risk      (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
GPtrArray    *attest_soa_dup_reasons              (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
char         *attest_soa_dup_justification        (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);
char         *attest_soa_dup_justification_with   (AttestWorkspace *workspace,
                                                   AttestRecord    *entry,
                                                   AttestSoaRisks   risks_said);
GPtrArray    *attest_soa_dup_evidence             (AttestWorkspace *workspace,
                                                   AttestRecord    *entry);

G_END_DECLS
