/* attest-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-clock"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "attest-clock.h"

/**
 * attest_timestamp_format:
 * @usec: microseconds since 1970 (UTC)
 *
 * Returns: (transfer full): ISO 8601 in UTC with microseconds, e.g.
 *   "2026-11-28T18:11:36.123456Z"
 */
char *
attest_timestamp_format (gint64 usec)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) full = NULL;

  if (dt == NULL)
    return g_strdup ("");
  full = g_date_time_add (dt, usec % G_USEC_PER_SEC);
  return g_date_time_format (full, "%Y-%m-%dT%H:%M:%S.%fZ");
}

/**
 * attest_timestamp_parse:
 * @text: an ISO 8601 date and time with a time zone
 * @usec: (out): microseconds since 1970 (UTC)
 *
 * Returns: %TRUE if @text is a valid timestamp after 1970
 */
gboolean
attest_timestamp_parse (const char *text,
                        gint64     *usec)
{
  g_autoptr(GDateTime) dt = NULL;
  gint64 value;

  if (text == NULL)
    return FALSE;
  dt = g_date_time_new_from_iso8601 (text, NULL);
  if (dt == NULL)
    return FALSE;
  value = g_date_time_to_unix (dt) * G_USEC_PER_SEC + g_date_time_get_microsecond (dt);
  if (value < 0)
    return FALSE;
  *usec = value;
  return TRUE;
}

/**
 * attest_date_dup_today:
 *
 * Returns: (transfer full): today by the clock (attest_now()), as date
 *   fields store it: YYYY-MM-DD, in UTC
 */
char *
attest_date_dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * attest_date_is_valid:
 * @text: (nullable): a date
 *
 * Returns: %TRUE if @text is a calendar date written as YYYY-MM-DD
 */
gboolean
attest_date_is_valid (const char *text)
{
  int y, m, d;
  char end;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3)
    return FALSE;
  return g_date_valid_dmy (d, m, y);
}

/**
 * attest_stored_date_parse:
 * @stored: (nullable): a stored date ("2026-11-28", a date field) or
 *   timestamp ("2026-11-28T18:11:36.123456Z", as attest_timestamp_format()
 *   writes it)
 *
 * The one reading of the dates the file keeps, for every place that shows
 * one: a date field is that day, a timestamp the day it falls on in UTC.
 *
 * Returns: (transfer full) (nullable): the day at midnight UTC, or %NULL
 *   when @stored is neither a valid date nor a timestamp
 */
GDateTime *
attest_stored_date_parse (const char *stored)
{
  gint64 usec;

  if (attest_date_is_valid (stored))
    {
      int y, m, d;

      if (sscanf (stored, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return NULL;
      return g_date_time_new_utc (y, m, d, 0, 0, 0);
    }
  if (attest_timestamp_parse (stored, &usec))
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

      if (time == NULL)
        return NULL;
      return g_date_time_new_utc (g_date_time_get_year (time), g_date_time_get_month (time),
                                  g_date_time_get_day_of_month (time), 0, 0, 0);
    }
  return NULL;
}

/* The one source of "now" for core: records' created and modified, history
 * rows, approvals and acceptances. Tests and the demo set it; the pack's
 * thread reads it, so it is read and set under a lock. */
static GMutex clock_lock;
static AttestClockFunc clock_func;
static gpointer clock_data;
static gint64 clock_fixed;

/**
 * attest_now:
 *
 * Returns: the current time in microseconds since 1970 (UTC), as the clock
 *   set with attest_clock_set() tells it, or the system's
 */
gint64
attest_now (void)
{
  AttestClockFunc func;
  gpointer data;
  gint64 fixed;

  g_mutex_lock (&clock_lock);
  func = clock_func;
  data = clock_data;
  fixed = clock_fixed;
  g_mutex_unlock (&clock_lock);

  if (func != NULL)
    return func (data);
  if (fixed > 0)
    return fixed;
  return g_get_real_time ();
}

/**
 * attest_clock_set:
 * @func: (nullable): returns "now" in microseconds since 1970 (UTC); %NULL
 *   for the system clock
 * @user_data: for @func
 *
 * Makes attest_now() ask @func, in every thread, until attest_clock_reset().
 * The demo replays its dated edits through it; tests pin time with it.
 */
void
attest_clock_set (AttestClockFunc func,
                  gpointer        user_data)
{
  g_mutex_lock (&clock_lock);
  clock_func = func;
  clock_data = user_data;
  clock_fixed = 0;
  g_mutex_unlock (&clock_lock);
}

/**
 * attest_clock_set_fixed:
 * @usec: a time in microseconds since 1970 (UTC), after 1970
 *
 * Makes attest_now() return @usec until the clock is set again or reset.
 */
void
attest_clock_set_fixed (gint64 usec)
{
  g_return_if_fail (usec > 0);

  g_mutex_lock (&clock_lock);
  clock_func = NULL;
  clock_data = NULL;
  clock_fixed = usec;
  g_mutex_unlock (&clock_lock);
}

/**
 * attest_clock_reset:
 *
 * Makes attest_now() read the system clock again.
 */
void
attest_clock_reset (void)
{
  attest_clock_set (NULL, NULL);
}
