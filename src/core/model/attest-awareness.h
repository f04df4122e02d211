/* attest-awareness.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_AWARENESS (attest_awareness_get_type ())

G_DECLARE_FINAL_TYPE (AttestAwareness, attest_awareness, ATTEST, AWARENESS, AttestRecord)

G_END_DECLS
