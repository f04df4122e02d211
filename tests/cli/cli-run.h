/* cli-run.h: running attest-cli from a test, its exit status and output kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void run_clear (Run *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

void cli_run_in (Run         *run,
                 const char  *cwd,
                 char       **envp,
                 const char  *first,
                 ...);

G_END_DECLS
