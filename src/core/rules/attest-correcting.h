/* attest-correcting.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

AttestNonconformityState attest_nonconformity_get_state        (AttestRecord             *nonconformity);
gboolean                 attest_nonconformity_get_next_state   (AttestRecord             *nonconformity,
                                                                AttestNonconformityState *next);
GPtrArray               *attest_nonconformity_dup_actions      (AttestWorkspace          *workspace,
                                                                AttestRecord             *nonconformity);
char                    *attest_nonconformity_dup_refusal      (AttestWorkspace          *workspace,
                                                                AttestRecord             *nonconformity,
                                                                AttestNonconformityState  to);
gboolean                 attest_nonconformity_advance          (AttestWorkspace          *workspace,
                                                                AttestRecord             *nonconformity,
                                                                AttestNonconformityState  to,
                                                                GError                  **error);
char                    *attest_nonconformity_dup_unsupported  (AttestWorkspace          *workspace,
                                                                AttestRecord             *nonconformity);
char                    *attest_nonconformity_dup_step_hint    (AttestRecord             *nonconformity);

gboolean                 attest_finding_is_nonconformity       (AttestRecord             *finding);
char                    *attest_finding_dup_refusal            (AttestWorkspace          *workspace,
                                                                AttestRecord             *finding);
AttestRecord            *attest_finding_get_nonconformity      (AttestWorkspace          *workspace,
                                                                AttestRecord             *finding);
AttestRecord            *attest_finding_open_nonconformity     (AttestWorkspace          *workspace,
                                                                AttestRecord             *finding,
                                                                GError                  **error);
AttestRecord            *attest_finding_get_improvement        (AttestWorkspace          *workspace,
                                                                AttestRecord             *finding);
AttestRecord            *attest_finding_open_improvement       (AttestWorkspace          *workspace,
                                                                AttestRecord             *finding,
                                                                GError                  **error);

G_END_DECLS
