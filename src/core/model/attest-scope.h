/* attest-scope.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SCOPE (attest_scope_get_type ())

G_DECLARE_FINAL_TYPE (AttestScope, attest_scope, ATTEST, SCOPE, AttestRecord)

G_END_DECLS
