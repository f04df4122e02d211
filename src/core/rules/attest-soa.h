/* attest-soa.h: the Statement of Applicability over the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-isms-document.h"
#include "attest-soa-reasons.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestSoaChange:
 *
 * One difference between the approved Statement of Applicability and the
 * draft: an #AttestIsmsDocumentChange whose key is the control id
 * (@control_id).
 */
typedef AttestIsmsDocumentChange AttestSoaChange;

void          attest_soa_change_free             (AttestSoaChange *change);

GPtrArray    *attest_soa_check                   (AttestWorkspace *workspace);
GPtrArray    *attest_soa_check_entry             (AttestWorkspace *workspace,
                                                  AttestRecord    *entry);
guint         attest_soa_count_decided           (AttestWorkspace *workspace);
guint         attest_soa_mark_theme_applicable   (AttestWorkspace *workspace,
                                                  const char      *theme,
                                                  GError         **error);
AttestRecord *attest_soa_approve                 (AttestWorkspace *workspace,
                                                  const char      *approved_by,
                                                  const char      *note,
                                                  GError         **error);
AttestRecord *attest_soa_get_approved            (AttestWorkspace *workspace);
GPtrArray    *attest_soa_diff                    (AttestWorkspace *workspace,
                                                  AttestRecord    *version,
                                                  GError         **error);

G_END_DECLS
