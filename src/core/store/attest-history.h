/* attest-history.h: the hash-chained history of every change (clause 7.5.3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "attest-history-chain.h"
#include "attest-types.h"

G_BEGIN_DECLS

/**
 * AttestHistoryReport:
 * @n_rows: the number of rows checked
 * @n_recorded_heads: how many heads the history records as stated to a third party
 * @last_recorded_seq: the row whose hash is the newest recorded head, or -1 if none
 * @expected_seq: the row whose hash is the expected head, or -1 if none was given
 *
 * What attest_history_verify_full() found.
 */
typedef struct
{
  gint64 n_rows;
  gint64 n_recorded_heads;
  gint64 last_recorded_seq;
  gint64 expected_seq;
} AttestHistoryReport;

gboolean  attest_history_verify       (AttestStore            *store,
                                       gint64                 *n_rows,
                                       GError                **error);
gboolean  attest_history_verify_full  (AttestStore            *store,
                                       const char             *expected_head,
                                       AttestHistoryReport    *report,
                                       GError                **error);
gboolean  attest_history_record_head  (AttestStore            *store,
                                       const char             *statement,
                                       gint64                  seq,
                                       const char             *hash,
                                       GError                **error);

G_END_DECLS
