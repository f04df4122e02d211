/* attest-history.h: the hash-chained history of every change (clause 7.5.3).
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
 * AttestHistoryRow:
 * @seq: position in the chain, from 1
 * @time: microseconds since 1970 (UTC)
 * @actor: the user name of who made the change
 * @action: "insert", "update", "delete", "link", "unlink" or an event such as "approve"
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
gboolean  attest_history_verify       (AttestStore            *store,
                                       gint64                 *n_rows,
                                       GError                **error);

G_END_DECLS
