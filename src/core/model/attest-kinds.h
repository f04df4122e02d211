/* attest-kinds.h: every record kind and link kind of a workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

/**
 * AttestLinkKind:
 * @name: the link's name in kebab-case, used in JSON and history
 * @table: its SQL table
 * @from_kind: the kind of the records on the "from" side
 * @to_kind: the kind of the records on the "to" side
 * @since: schema version that added the table
 *
 * A many-to-many relation between two record kinds, kept in a link table.
 */
typedef struct
{
  const char *name;
  const char *table;
  const char *from_kind;
  const char *to_kind;
  guint       since;
} AttestLinkKind;

const GType          *attest_record_kinds        (guint      *n_kinds);
GType                 attest_record_kind_lookup  (const char *kind);
const AttestLinkKind *attest_link_kinds          (guint      *n_links);
const AttestLinkKind *attest_link_kind_lookup    (const char *name);
gboolean              attest_link_kind_accepts   (const AttestLinkKind *link,
                                                  AttestRecord         *record);

G_END_DECLS
