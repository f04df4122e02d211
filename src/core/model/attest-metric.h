/* attest-metric.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_METRIC (attest_metric_get_type ())

G_DECLARE_FINAL_TYPE (AttestMetric, attest_metric, ATTEST, METRIC, AttestRecord)

gboolean attest_metric_value_misses (AttestRecord *metric, double value);
char *attest_metric_dup_target (AttestRecord *metric);

G_END_DECLS
