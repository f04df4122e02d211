/* attest-measurement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_MEASUREMENT (attest_measurement_get_type ())

G_DECLARE_FINAL_TYPE (AttestMeasurement, attest_measurement, ATTEST, MEASUREMENT, AttestRecord)

G_END_DECLS
