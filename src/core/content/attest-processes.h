/* attest-processes.h: the processes of the ISMS (4.4) a workspace starts from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "attest-workspace.h"

G_BEGIN_DECLS

gboolean attest_processes_add_usual (AttestWorkspace  *workspace,
                                     guint            *n_added,
                                     GError          **error);

G_END_DECLS
