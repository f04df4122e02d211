/* demo-calendar.h: what the demos' tests check of their calendar: every
 * dated edit on a working day in England, in office hours of UK time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest.h"
#include "attest-demo-private.h"

typedef struct
{
  GTimeZone *london;
  gint64     now;
  guint      n_rows;
} OfficeHours;

static gboolean
check_office_hours (const AttestHistoryRow  *row,
                    gpointer                 user_data,
                    GError                 **error)
{
  OfficeHours *hours = user_data;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (row->time / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, hours->london);
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                                          g_date_time_get_year (local));
  int minutes = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);

  hours->n_rows++;
  if (!demo_is_working_date (date) || minutes < 8 * 60 + 30 || minutes >= 18 * 60 || row->time > hours->now)
    {
      g_autofree char *when = g_date_time_format (local, "%A %Y-%m-%d %H:%M %Z");

      g_error ("%s %s %s at %s: not in office hours on a working day before it was made", row->action, row->kind,
               row->record_id != NULL ? row->record_id : "", when);
    }
  return TRUE;
}

/* Every row of @workspace's history (edits, approvals, decisions) is dated
 * on a working day, 08:30 to 18:00 in London, and before @now. */
static void
assert_office_hours (AttestWorkspace *workspace,
                     gint64           now)
{
  g_autoptr(GError) error = NULL;
  OfficeHours hours = { .london = g_time_zone_new_identifier ("Europe/London"), .now = now };

  if (hours.london == NULL)
    {
      g_test_skip ("No time zone data for Europe/London");
      return;
    }
  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), check_office_hours, &hours, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (hours.n_rows, >, 100);
  g_time_zone_unref (hours.london);
}
