/* attest-ics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-ics"

#include "config.h"

#include <libical/ical.h>
#include <stdio.h>

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-due.h"
#include "attest-ics.h"
#include "attest-organisation.h"

/* What is due (attest_due_collect()) as a calendar that GNOME Calendar and
 * Evolution import: one all-day event per item. An event's UID is made
 * from the record's id (a random UUID, unique to the record and so to its
 * workspace) and the stable key of what is due, never from a name or a
 * day, so that importing a newer export updates each event instead of
 * adding it twice. libical writes the text: escaping, line folding and
 * CRLF are its business. */

/**
 * attest_ics_dup_uid:
 * @record_id: a record's id
 * @key: what is due of it, the stable key of an #AttestDueItem
 *
 * Returns: (transfer full): the UID of the record's event for @key,
 *   "<record-id>-<key>@attest"
 */
char *
attest_ics_dup_uid (const char *record_id,
                    const char *key)
{
  return g_strdup_printf ("%s-%s@attest", record_id, key);
}

static struct icaltimetype
date_of (const char *day)
{
  struct icaltimetype date = icaltime_null_date ();
  int year = 0, month = 0, mday = 0;

  /* The items' days are valid dates (attest_date_is_valid()). */
  if (sscanf (day, "%4d-%2d-%2d", &year, &month, &mday) == 3)
    {
      date.year = year;
      date.month = month;
      date.day = mday;
    }
  return date;
}

/**
 * attest_ics_dup_calendar:
 * @workspace: a loaded workspace
 * @items: (element-type AttestDueItem): what is due, from
 *   attest_due_collect()
 *
 * Returns: (transfer full): a VCALENDAR with one all-day VEVENT per item,
 *   as text
 */
char *
attest_ics_dup_calendar (AttestWorkspace *workspace,
                         GPtrArray       *items)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  AttestRecord *organisation = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char *org_name = organisation ? attest_record_get_string (organisation, "name") : "";
  const char *source = attest_text_is_blank (org_name) ? attest_workspace_get_display_name (workspace) : org_name;
  struct icaltimetype stamp = icaltime_from_timet_with_zone ((time_t) (attest_now () / G_USEC_PER_SEC), 0,
                                                             icaltimezone_get_utc_timezone ());
  g_autofree char *calendar_name = NULL;
  icalproperty *property;
  char *text;
  char *copy;

  icalcomponent_add_property (calendar, icalproperty_new_prodid (ATTEST_ICS_PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  /* TRANSLATORS: the name of an exported calendar: the organisation's name */
  calendar_name = g_strdup_printf (_("What is due: %s"), source);
  property = icalproperty_new_x (calendar_name);
  icalproperty_set_x_name (property, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, property);

  for (guint i = 0; i < items->len; i++)
    {
      AttestDueItem *item = g_ptr_array_index (items, i);
      icalcomponent *event = icalcomponent_new_vevent ();
      g_autofree char *uid = attest_ics_dup_uid (item->record_id, item->key);
      /* TRANSLATORS: a calendar event: what is due, and the record ("Review of the policy: Access control") */
      g_autofree char *summary = g_strdup_printf (_("%1$s: %2$s"), item->what, item->name);
      /* TRANSLATORS: a calendar event's description: the record, what is due of it, and the organisation or
       * workspace it is in */
      g_autofree char *description = item->owner != NULL
        /* TRANSLATORS: a calendar event's description: the record, what is due of it, who owns the record,
         * and the organisation or workspace it is in */
        ? g_strdup_printf (_("%1$s — %2$s, owned by %3$s, in Attest for %4$s."), item->name, item->what,
                           item->owner, source)
        : g_strdup_printf (_("%1$s — %2$s, in Attest for %3$s."), item->name, item->what, source);
      struct icaltimetype start = date_of (item->day);
      struct icaltimetype end = start;

      icaltime_adjust (&end, 1, 0, 0, 0);
      icalcomponent_add_property (event, icalproperty_new_uid (uid));
      icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
      icalcomponent_add_property (event, icalproperty_new_dtstart (start));
      icalcomponent_add_property (event, icalproperty_new_dtend (end));
      icalcomponent_add_property (event, icalproperty_new_summary (summary));
      icalcomponent_add_property (event, icalproperty_new_description (description));
      /* A date to keep, not time taken: free in a free/busy search. */
      icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
      icalcomponent_add_component (calendar, event);
    }

  text = icalcomponent_as_ical_string_r (calendar);
  copy = g_strdup (text);
  icalmemory_free_buffer (text);
  icalcomponent_free (calendar);
  return copy;
}

/**
 * attest_ics_export:
 * @workspace: a loaded workspace
 * @path: the file to write, by the rules of attest_output_open()
 * @flags: how to treat what @path already is
 * @error: return location for an error
 *
 * Writes what is due today (attest_due_collect()) as an iCalendar file,
 * private (0600), put in place when complete.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_ics_export (AttestWorkspace    *workspace,
                   const char         *path,
                   AttestOutputFlags   flags,
                   GError            **error)
{
  g_autoptr(GPtrArray) items = attest_due_collect (workspace, NULL);
  g_autofree char *text = attest_ics_dup_calendar (workspace, items);

  return attest_output_write_file (path, attest_workspace_get_path (workspace), flags, text, -1, error);
}
