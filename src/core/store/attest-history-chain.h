/* attest-history-chain.h: a row of the hash-chained history, and its hash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "attest-types.h"

G_BEGIN_DECLS

/** ATTEST_HISTORY_GENESIS: the "previous hash" of the first history row. */
#define ATTEST_HISTORY_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/**
 * ATTEST_HISTORY_RULE: the rule new history rows are written under.
 *
 * Rule 1 (schemas 1 to 4) covers every field of a record but not the times
 * it was created and last modified. Rule 2 (schema 5 on) covers them too:
 * insert and delete rows hold them in their snapshot, and an update row's
 * time is the record's new modification time. The upgrade to schema 5
 * appends a "chain-rule" row that switches the chain to rule 2 and vouches
 * for the times of the records then in the file.
 */
#define ATTEST_HISTORY_RULE 2

/**
 * AttestHistoryRow:
 * @seq: position in the chain, from 1
 * @time: microseconds since 1970 (UTC)
 * @actor: the user name of who made the change
 * @action: "insert", "update", "delete", "link", "unlink" or an event such as "approve",
 *   "accept", "head" (a head stated to a third party) or "chain-rule"
 * @kind: the record kind or link kind
 * @record_id: the record's id (for links, the "from" record)
 * @field: the field, for updates; otherwise %NULL
 * @old_value: the value before (the whole record as JSON for deletes), or %NULL
 * @new_value: the value after (the whole record as JSON for inserts), or %NULL
 * @hash: SHA-256 in hex over the previous row's hash and this row
 */
typedef struct
{
  gint64      seq;
  gint64      time;
  const char *actor;
  const char *action;
  const char *kind;
  const char *record_id;
  const char *field;
  const char *old_value;
  const char *new_value;
  const char *hash;
} AttestHistoryRow;

/**
 * AttestHistoryFunc:
 * @row: one history row, valid during the call
 * @user_data: closure
 * @error: set it and return %FALSE to stop with an error
 *
 * Returns: %TRUE to go on
 */
typedef gboolean (*AttestHistoryFunc) (const AttestHistoryRow  *row,
                                       gpointer                 user_data,
                                       GError                 **error);

char     *attest_history_compute_hash (const char             *previous_hash,
                                       const AttestHistoryRow *row);
char     *attest_history_snapshot     (AttestRecord           *record);

G_END_DECLS
