/* attest-role.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_ROLE (attest_role_get_type ())

G_DECLARE_FINAL_TYPE (AttestRole, attest_role, ATTEST, ROLE, AttestRecord)

G_END_DECLS
