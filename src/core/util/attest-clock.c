/* attest-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-clock"

#include "config.h"

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
