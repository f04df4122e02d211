/* attest-process.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-process"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-process.h"

/* A process the ISMS needs (4.4): what it is for, who owns it, what goes
 * in and comes out, and how often it runs, as a number and a unit so that
 * the day it is next due follows from the day it last ran. For operation
 * (8.1) it holds the criteria it is run to and how they are checked. The
 * processes it hands over to, and the scope items it stands for, are
 * links (attest-kinds.c). */

struct _AttestProcess
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestProcess, attest_process, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/**
 * attest_cadence_dup_next:
 * @last: the day something was last done, YYYY-MM-DD
 * @every: how many units apart it is done
 * @cadence: the unit, an #AttestCadence
 *
 * The day something done at an interval is next due: the day it was last
 * done and the interval after it. Processes (4.4) and metrics (9.1) keep
 * their interval the same way, and this is the one reckoning of both.
 *
 * Returns: (transfer full) (nullable): the day as YYYY-MM-DD, or %NULL for
 *   what is done when needed, or a day that is not a date
 */
char *
attest_cadence_dup_next (const char *last,
                         int         every,
                         int         cadence)
{
  g_autoptr(GDateTime) then = NULL;
  g_autoptr(GDateTime) next = NULL;

  if (cadence == ATTEST_CADENCE_WHEN_NEEDED || every < 1 || !attest_date_is_valid (last))
    return NULL;
  then = attest_stored_date_parse (last);
  if (then == NULL)
    return NULL;
  switch (cadence)
    {
    case ATTEST_CADENCE_DAYS:
      next = g_date_time_add_days (then, every);
      break;
    case ATTEST_CADENCE_WEEKS:
      next = g_date_time_add_weeks (then, every);
      break;
    case ATTEST_CADENCE_MONTHS:
      next = g_date_time_add_months (then, every);
      break;
    default:
      next = g_date_time_add_years (then, every);
      break;
    }
  return next ? g_date_time_format (next, "%Y-%m-%d") : NULL;
}

/**
 * attest_cadence_dup_label:
 * @every: how many units apart something is done
 * @cadence: the unit, an #AttestCadence
 *
 * Returns: (transfer full): how often, as a person says it ("Every 3
 *   months", "When needed")
 */
char *
attest_cadence_dup_label (int every,
                          int cadence)
{
  switch (cadence)
    {
    case ATTEST_CADENCE_DAYS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every day", "Every %d days", every), every);
    case ATTEST_CADENCE_WEEKS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every week", "Every %d weeks", every), every);
    case ATTEST_CADENCE_MONTHS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every month", "Every %d months", every), every);
    case ATTEST_CADENCE_YEARS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every year", "Every %d years", every), every);
    default:
      return g_strdup (_("When needed"));
    }
}

/**
 * attest_date_is_past:
 * @date: a day, YYYY-MM-DD
 *
 * Returns: whether @date is before today, by the core's clock
 *   (attest_now())
 */
gboolean
attest_date_is_past (const char *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  return date != NULL && attest_date_is_valid (date) && strcmp (date, today) < 0;
}

/**
 * attest_process_dup_next_run:
 * @process: a process
 *
 * The day a process that runs at an interval is next due: the day it last
 * ran and the interval after it.
 *
 * Returns: (transfer full) (nullable): the day as YYYY-MM-DD, or %NULL for
 *   a process run when needed or never run yet
 */
char *
attest_process_dup_next_run (AttestRecord *process)
{
  return attest_cadence_dup_next (attest_record_get_string (process, "last-run"),
                                  attest_record_get_int (process, "runs-every"),
                                  attest_record_get_enum (process, "runs-unit"));
}

/**
 * attest_process_is_overdue:
 * @process: a process
 *
 * Returns: whether the day it was next due (attest_process_dup_next_run())
 *   is before today, by the core's clock (attest_now())
 */
gboolean
attest_process_is_overdue (AttestRecord *process)
{
  g_autofree char *next = attest_process_dup_next_run (process);

  return attest_date_is_past (next);
}

/**
 * attest_process_is_unrun:
 * @process: a process
 *
 * Returns: whether it runs at intervals and has no day it last ran, so
 *   that no day it is next due follows
 */
gboolean
attest_process_is_unrun (AttestRecord *process)
{
  return attest_record_get_enum (process, "runs-unit") != ATTEST_CADENCE_WHEN_NEEDED
         && !attest_date_is_valid (attest_record_get_string (process, "last-run"));
}

/**
 * attest_process_dup_cadence:
 * @process: a process
 *
 * Returns: (transfer full): how often it runs, as a person says it
 *   ("Every 3 months", "When needed")
 */
char *
attest_process_dup_cadence (AttestRecord *process)
{
  return attest_cadence_dup_label (attest_record_get_int (process, "runs-every"),
                                   attest_record_get_enum (process, "runs-unit"));
}

static void
attest_process_class_init (AttestProcessClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("purpose", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 19, NULL },
    { g_param_spec_string ("inputs", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("outputs", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_int ("runs-every", NULL, NULL, 1, 999, 1, FLAGS), 19, NULL },
    { g_param_spec_enum ("runs-unit", NULL, NULL, ATTEST_TYPE_CADENCE, ATTEST_CADENCE_WHEN_NEEDED, FLAGS), 19, NULL },
    { g_param_spec_string ("last-run", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("criteria", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("criteria-check", NULL, NULL, "", FLAGS), 19, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("records-kept", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "process", "process", 19, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_process_init (AttestProcess *self)
{
}
