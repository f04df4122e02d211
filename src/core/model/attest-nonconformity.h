/* attest-nonconformity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_NONCONFORMITY (attest_nonconformity_get_type ())

G_DECLARE_FINAL_TYPE (AttestNonconformity, attest_nonconformity, ATTEST, NONCONFORMITY, AttestRecord)

G_END_DECLS
