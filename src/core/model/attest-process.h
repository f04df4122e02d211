/* attest-process.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PROCESS (attest_process_get_type ())

G_DECLARE_FINAL_TYPE (AttestProcess, attest_process, ATTEST, PROCESS, AttestRecord)

char *attest_cadence_dup_next (const char *last, int every, int cadence);
char *attest_cadence_dup_label (int every, int cadence);
gboolean attest_date_is_past (const char *date);

char *attest_process_dup_next_run (AttestRecord *process);
char *attest_process_dup_cadence (AttestRecord *process);
gboolean attest_process_is_overdue (AttestRecord *process);
gboolean attest_process_is_unrun (AttestRecord *process);

G_END_DECLS
