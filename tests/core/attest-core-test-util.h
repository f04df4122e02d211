/* attest-core-test-util.h: the workspaces the core tests start from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest.h"
#include "attest-test-util.h"

G_BEGIN_DECLS

/* A new, empty workspace @name in the test's folder, for @organisation
 * (or none); the test fails if it cannot be made. */
AttestWorkspace *new_workspace (TestDir         *fixture,
                                const char      *name,
                                const char      *organisation);
/* The demo workspace of @size, made as @name in the test's folder. */
AttestWorkspace *new_demo      (TestDir         *fixture,
                                const char      *name,
                                AttestDemoSize   size);

G_END_DECLS
