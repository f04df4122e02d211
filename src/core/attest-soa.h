/* attest-soa.h: the Statement of Applicability over the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestSoaChange:
 * @control_id: the control whose entry changed
 * @field: the field
 * @old_value: as approved
 * @new_value: as it is now
 *
 * One difference between the approved version and the draft.
 */
typedef struct
{
  char *control_id;
  char *field;
  char *old_value;
  char *new_value;
} AttestSoaChange;

void          attest_soa_change_free             (AttestSoaChange *change);

GPtrArray    *attest_soa_check                   (AttestWorkspace *workspace);
GPtrArray    *attest_soa_check_entry             (AttestWorkspace *workspace,
                                                  AttestRecord    *entry);
guint         attest_soa_count_decided           (AttestWorkspace *workspace);
GPtrArray    *attest_soa_dup_reasons             (AttestWorkspace *workspace,
                                                  AttestRecord    *entry);
char         *attest_soa_dup_justification       (AttestWorkspace *workspace,
                                                  AttestRecord    *entry);
GPtrArray    *attest_soa_dup_evidence            (AttestWorkspace *workspace,
                                                  AttestRecord    *entry);
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
