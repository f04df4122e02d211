/* attest-measuring.h: metrics and their measurements (9.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-metric.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

GPtrArray *attest_metric_dup_measurements (AttestWorkspace *workspace,
                                           AttestRecord    *metric);
AttestRecord *attest_metric_get_last_measurement (AttestWorkspace *workspace,
                                                  AttestRecord    *metric);
char      *attest_metric_dup_next_due     (AttestWorkspace *workspace,
                                           AttestRecord    *metric);
gboolean   attest_metric_is_overdue       (AttestWorkspace *workspace,
                                           AttestRecord    *metric);
char      *attest_metric_dup_typed_value  (AttestRecord    *metric,
                                           const char      *typed);

G_END_DECLS
