/* attest-processes.h: the processes of the ISMS (4.4) a workspace starts from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestProcessFlow:
 * @process: a process of the ISMS
 * @hands_to: the names of the processes it hands over to, comma-separated
 *   ("" for none)
 * @receives_from: the names of those that hand over to it ("" for none)
 */
typedef struct
{
  AttestRecord *process;
  char         *hands_to;
  char         *receives_from;
} AttestProcessFlow;

gboolean attest_processes_add_usual (AttestWorkspace  *workspace,
                                     guint            *n_added,
                                     GError          **error);

GPtrArray *attest_processes_dup_flows          (AttestWorkspace  *workspace,
                                               GPtrArray       **alone);
char      *attest_processes_dup_flow_sentences (AttestWorkspace  *workspace);

G_END_DECLS
