/* attest-demo-private.h: what the small and the large demo share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-i18n.h"

#include "attest-demo.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/* The demo is replayed through the clock (attest_clock_set()) as the dated
 * edits of an ISMS that started some eight months ago: its history, its
 * approvals and its changes since tell one story. */
#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define DEMO_DAYS 240

typedef struct
{
  AttestDemoSize size;
  gint64         start;    /* day 0, midnight UTC */
  gint64         now;
  gint64         step;     /* between two edits */
} Demo;

/* Moves the clock on to @hour o'clock on @day, never back. */
static inline void
at (Demo *demo,
    int   day,
    int   hour)
{
  demo->now = MAX (demo->now, demo->start + day * DAY + hour * HOUR);
}

/* A date in the demo's calendar, as a date field holds it. */
static inline char *
date_of (Demo *demo,
         int   day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);

  return g_date_time_format (dt, "%Y-%m-%d");
}

/* The working day on or after @day of the story: not at weekends nor on
 * New Year's Day. */
static inline int
working_day (Demo *demo,
             int   day)
{
  for (;; day++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);

      if (g_date_time_get_day_of_week (dt) <= 5
          && !(g_date_time_get_month (dt) == 1 && g_date_time_get_day_of_month (dt) == 1))
        return day;
    }
}

/* A target, due or review date: the working day on or after @day. */
static inline char *
working_date_of (Demo *demo,
                 int   day)
{
  return date_of (demo, working_day (demo, day));
}

/* A demo text in the language of the interface (an empty one stays empty:
 * gettext would give the catalog's header for it). */
static inline const char *
tr (const char *text)
{
  return text == NULL || *text == '\0' ? text : _(text);
}

static inline gboolean
add_record (AttestWorkspace  *workspace,
            AttestRecord     *record,
            GError          **error)
{
  g_autoptr(AttestRecord) owned = record;

  return attest_workspace_add (workspace, owned, error);
}

/* The large demo's story: Meridian Holdings Group plc (attest-demo-large.c). */
gboolean attest_demo_add_large (Demo             *demo,
                                AttestWorkspace  *workspace,
                                GError          **error);

G_END_DECLS
