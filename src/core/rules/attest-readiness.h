/* attest-readiness.h: what is complete, and what is still missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-enum-types.h"
#include "attest-finding.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

GPtrArray *attest_readiness_check_step        (AttestWorkspace *workspace,
                                               const char      *step);
GPtrArray *attest_readiness_check_setup       (AttestWorkspace *workspace);
GPtrArray *attest_readiness_check             (AttestWorkspace *workspace);
guint      attest_readiness_count             (GPtrArray       *findings,
                                               AttestSeverity   severity);
int        attest_clause_compare              (const char      *a,
                                               const char      *b);

G_END_DECLS
