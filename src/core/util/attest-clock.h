/* attest-clock.h: the one source of "now" for the core, and stored dates and timestamps as text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AttestClockFunc:
 * @user_data: as given to attest_clock_set()
 *
 * Returns: "now", in microseconds since 1970 (UTC)
 */
typedef gint64 (*AttestClockFunc) (gpointer user_data);

gint64    attest_now              (void);
void      attest_clock_set        (AttestClockFunc  func,
                                   gpointer         user_data);
void      attest_clock_set_fixed  (gint64           usec);
void      attest_clock_reset      (void);

char     *attest_timestamp_format (gint64           usec);
gboolean  attest_timestamp_parse  (const char      *text,
                                   gint64          *usec);

gboolean   attest_date_is_valid     (const char      *text);
char      *attest_date_dup_today    (void);
GDateTime *attest_stored_date_parse (const char      *stored);

G_END_DECLS
