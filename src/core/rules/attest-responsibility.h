/* attest-responsibility.h: who owns what, per clause (5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-role.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestResponsibilityColumn:
 * @clause: the clause the records serve, such as "6.1"
 * @title: what they are, translated: "Risks and controls"
 * @kinds: the record kinds counted, %NULL-terminated
 *
 * One column of the responsibility matrix.
 */
typedef struct
{
  const char *clause;
  const char *title;
  const char * const *kinds;
} AttestResponsibilityColumn;

/**
 * AttestResponsibility:
 * @party: the role or person (the workspace keeps it)
 * @counts: (array length=n_counts): how many records of each column it owns
 * @n_counts: the number of columns
 * @total: the sum of @counts
 *
 * One row of the responsibility matrix.
 */
typedef struct
{
  AttestRecord *party;
  guint        *counts;
  guint         n_counts;
  guint         total;
} AttestResponsibility;

void                             attest_responsibility_free        (AttestResponsibility *row);
const AttestResponsibilityColumn *attest_responsibility_get_columns (guint                *n_columns);
GPtrArray                       *attest_responsibility_dup_matrix  (AttestWorkspace      *workspace);
char                            *attest_responsibility_dup_column_title (guint            column);
const char                      *attest_kind_get_clause            (const char           *kind);
char                            *attest_responsibility_dup_leaders (AttestWorkspace      *workspace,
                                                                    AttestLeader          leader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestResponsibility, attest_responsibility_free)

G_END_DECLS
