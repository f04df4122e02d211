/* attest-policy-draft.h: a first information security policy, written from
 * the workspace's own answers, and the usual topic-specific policies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

char     *attest_policy_dup_draft          (AttestWorkspace  *workspace);
gboolean  attest_policy_add_topic_policies (AttestWorkspace  *workspace,
                                            guint            *n_added,
                                            GError          **error);

G_END_DECLS
