/* attest-demo.h: a sample organisation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestDemoSize:
 * @ATTEST_DEMO_SMALL: a 50-person company
 * @ATTEST_DEMO_LARGE: a group with thousands of records per kind
 */
typedef enum
{
  ATTEST_DEMO_SMALL,
  ATTEST_DEMO_LARGE,
} AttestDemoSize;

AttestWorkspace *attest_demo_create (const char      *path,
                                     AttestDemoSize   size,
                                     GError         **error);

G_END_DECLS
