/* attest-communication.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_COMMUNICATION (attest_communication_get_type ())

G_DECLARE_FINAL_TYPE (AttestCommunication, attest_communication, ATTEST, COMMUNICATION, AttestRecord)

G_END_DECLS
