/* attest-setup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP (attest_setup_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetup, attest_setup, ATTEST, SETUP, AttestRecord)

G_END_DECLS
