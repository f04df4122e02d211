/* attest-qualification.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_QUALIFICATION (attest_qualification_get_type ())

G_DECLARE_FINAL_TYPE (AttestQualification, attest_qualification, ATTEST, QUALIFICATION, AttestRecord)

G_END_DECLS
