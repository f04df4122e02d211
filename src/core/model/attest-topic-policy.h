/* attest-topic-policy.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_TOPIC_POLICY (attest_topic_policy_get_type ())

G_DECLARE_FINAL_TYPE (AttestTopicPolicy, attest_topic_policy, ATTEST, TOPIC_POLICY, AttestRecord)

G_END_DECLS
