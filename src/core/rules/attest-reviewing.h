/* attest-reviewing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

gboolean      attest_management_review_is_held            (AttestRecord     *review);
AttestRecord *attest_management_review_get_previous       (AttestWorkspace  *workspace,
                                                           AttestRecord     *review);
AttestRecord *attest_management_review_get_latest_held    (AttestWorkspace  *workspace);
GPtrArray    *attest_management_review_dup_inputs         (AttestWorkspace  *workspace,
                                                           AttestRecord     *review);
AttestRecord *attest_management_review_get_input          (AttestWorkspace  *workspace,
                                                           AttestRecord     *review,
                                                           AttestReviewTopic topic);
GPtrArray    *attest_management_review_dup_actions        (AttestWorkspace  *workspace,
                                                           AttestRecord     *review);
GPtrArray    *attest_management_review_dup_attendees      (AttestWorkspace  *workspace,
                                                           AttestRecord     *review);
gboolean      attest_management_review_has_top_management (AttestWorkspace  *workspace,
                                                           AttestRecord     *review);
gboolean      attest_management_review_prepare_inputs     (AttestWorkspace  *workspace,
                                                           AttestRecord     *review,
                                                           GError          **error);

gboolean      attest_process_is_management_review         (AttestRecord     *process);

gboolean      attest_review_action_is_open                (AttestRecord     *action);
gboolean      attest_review_action_is_overdue             (AttestRecord     *action);

G_END_DECLS
