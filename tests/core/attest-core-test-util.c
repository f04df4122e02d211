/* attest-core-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-core-test-util.h"

AttestWorkspace *
new_workspace (TestDir    *fixture,
               const char *name,
               const char *organisation)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_workspace_create (path, organisation, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}

AttestWorkspace *
new_demo (TestDir        *fixture,
          const char     *name,
          AttestDemoSize  size)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_demo_create (path, size, &error);

  g_assert_no_error (error);
  g_assert_nonnull (workspace);
  return workspace;
}
