/* attest-demo-private.h: what the small and the large demo share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-i18n.h"

#include "attest-demo.h"
#include "attest-communication.h"
#include "attest-person.h"
#include "attest-role.h"
#include "attest-awareness.h"
#include "attest-competence.h"
#include "attest-qualification.h"
#include "attest-provider.h"
#include "attest-process.h"
#include "attest-management-review.h"
#include "attest-review-action.h"
#include "attest-reviewing.h"
#include "attest-metric.h"
#include "attest-objective.h"
#include "attest-measurement.h"
#include "attest-audit.h"
#include "attest-audit-finding.h"
#include "attest-audit-programme.h"
#include "attest-correcting.h"
#include "attest-corrective-action.h"
#include "attest-error.h"
#include "attest-improvement.h"
#include "attest-nonconformity.h"
#include "attest-owner.h"
#include "attest-processes.h"
#include "attest-commitment.h"
#include "attest-policy.h"
#include "attest-policy-draft.h"
#include "attest-topic-policy.h"
#include "attest-enum-types.h"
#include "attest-document-entry.h"
#include "attest-isms-document.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/* The demo is replayed through the clock (attest_clock_set()) as the dated
 * edits of an ISMS that started some eight months ago: its history, its
 * approvals and its changes since tell one story. */
#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)
#define HOUR (G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC)
#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define DEMO_DAYS 240

typedef struct
{
  AttestDemoSize size;
  gint64         start;    /* day 0, midnight UTC */
  gint64         now;
  gint64         step;     /* between two edits */
  gint64         opens;    /* office hours of the day of @now, once known */
  gint64         closes;
} Demo;

/* The demos' calendar is an English office's: work happens on working days
 * (not at weekends nor on England's bank holidays), in office hours of UK
 * time, 08:30 to 18:00, which is an hour ahead of UTC in summer. Whatever
 * day a demo is made on, its dates and times stay believable. */

/* Easter Sunday of @year (the Gregorian computus). */
static inline GDate *
easter_of (int year)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  return g_date_new_dmy (day, month, year);
}

/* Whether @date is a bank holiday in England: New Year's Day, Good Friday,
 * Easter Monday, the early May (first Monday), spring (last Monday of May)
 * and summer (last Monday of August) bank holidays, Christmas Day and
 * Boxing Day, with the Monday or Tuesday after standing in for those of
 * them that fall at a weekend. */
static inline gboolean
demo_is_bank_holiday (const GDate *date)
{
  GDateDay d = g_date_get_day (date);
  GDateWeekday w = g_date_get_weekday (date);
  g_autoptr(GDate) easter = easter_of (g_date_get_year (date));
  int from_easter = (int) g_date_get_julian (date) - (int) g_date_get_julian (easter);

  if (from_easter == -2 || from_easter == 1)
    return TRUE;
  switch (g_date_get_month (date))
    {
    case G_DATE_JANUARY:
      return d == 1 || (w == G_DATE_MONDAY && d <= 3);
    case G_DATE_MAY:
      return w == G_DATE_MONDAY && (d <= 7 || d >= 25);
    case G_DATE_AUGUST:
      return w == G_DATE_MONDAY && d >= 25;
    case G_DATE_DECEMBER:
      return d == 25 || d == 26 || ((w == G_DATE_MONDAY || w == G_DATE_TUESDAY) && (d == 27 || d == 28));
    default:
      return FALSE;
    }
}

/* The date a year after @day of the story, as a date field holds it:
 * a review a year on, due on that date even if it falls on a day off. */
static inline char *
year_after (Demo *demo,
            int   day);

/* Whether @date is a working day: a weekday that is no bank holiday. */
static inline gboolean
demo_is_working_date (const GDate *date)
{
  return g_date_get_weekday (date) < G_DATE_SATURDAY && !demo_is_bank_holiday (date);
}

/* The date of @day of the story. */
static inline GDate *
demo_date (Demo *demo,
           int   day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);

  return g_date_new_dmy (g_date_time_get_day_of_month (dt), g_date_time_get_month (dt), g_date_time_get_year (dt));
}

/* The working day on or after @day of the story. */
static inline int
working_day (Demo *demo,
             int   day)
{
  for (;; day++)
    {
      g_autoptr(GDate) date = demo_date (demo, day);

      if (demo_is_working_date (date))
        return day;
    }
}

/* Whether @day of the story is in British Summer Time: from the last
 * Sunday of March to the last Sunday of October. */
static inline gboolean
summer_time (Demo *demo,
             int   day)
{
  g_autoptr(GDate) date = demo_date (demo, day);
  int year = g_date_get_year (date);
  g_autoptr(GDate) begins = g_date_new_dmy (31, G_DATE_MARCH, year);
  g_autoptr(GDate) ends = g_date_new_dmy (31, G_DATE_OCTOBER, year);

  g_date_subtract_days (begins, g_date_get_weekday (begins) % 7);
  g_date_subtract_days (ends, g_date_get_weekday (ends) % 7);
  return g_date_compare (date, begins) >= 0 && g_date_compare (date, ends) < 0;
}

/* @hour:@minute in UK time on @day of the story. */
static inline gint64
office_time (Demo *demo,
             int   day,
             int   hour,
             int   minute)
{
  return demo->start + day * DAY + (hour - (summer_time (demo, day) ? 1 : 0)) * HOUR
         + (gint64) minute * 60 * G_USEC_PER_SEC;
}

/* Keeps the clock in office hours: an edit after 18:00 waits for 08:30 on
 * the next working day, one before 08:30 or on a day off for 08:30 on the
 * working day on or after it. */
static inline void
keep_office_hours (Demo *demo)
{
  int day;

  if (demo->now >= demo->opens && demo->now < demo->closes)
    return;
  day = (int) ((demo->now - demo->start) / DAY);
  if (demo->now >= office_time (demo, day, 18, 0))
    day++;
  day = working_day (demo, day);
  demo->opens = office_time (demo, day, 8, 30);
  demo->closes = office_time (demo, day, 18, 0);
  demo->now = MAX (demo->now, demo->opens);
}

/* Moves the clock on to @hour:@minute in UK time on the working day on or
 * after @day, never back. */
static inline void
at_office (Demo *demo,
           int   day,
           int   hour,
           int   minute)
{
  demo->now = MAX (demo->now, office_time (demo, working_day (demo, day), hour, minute));
  keep_office_hours (demo);
}

/* Moves the clock on to @hour o'clock in UK time on the working day on or
 * after @day, never back. */
static inline void
at (Demo *demo,
    int   day,
    int   hour)
{
  at_office (demo, day, hour, 0);
}

/* The day of the story a date field's date is, or -1. */
static inline int
day_of_date (Demo       *demo,
             const char *date)
{
  g_autoptr(GDateTime) when = attest_stored_date_parse (date);

  return when != NULL ? (int) ((g_date_time_to_unix (when) * G_USEC_PER_SEC - demo->start) / DAY) : -1;
}

/* A date in the demo's calendar, as a date field holds it. */
static inline char *
date_of (Demo *demo,
         int   day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc ((demo->start + day * DAY) / G_USEC_PER_SEC);

  return g_date_time_format (dt, "%Y-%m-%d");
}

static inline char *
year_after (Demo *demo,
            int   day)
{
  g_autoptr(GDate) date = demo_date (demo, day);
  char text[16];

  g_date_add_years (date, 1);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
  return g_strdup (text);
}

/* The working day on or before @day of the story: a result taken by then,
 * never after the story's today. */
static inline int
working_day_before (Demo *demo,
                    int   day)
{
  for (;; day--)
    {
      g_autoptr(GDate) date = demo_date (demo, day);

      if (demo_is_working_date (date))
        return day;
    }
}

/* A target or due date: the working day on or after @day. */
static inline char *
working_date_of (Demo *demo,
                 int   day)
{
  return date_of (demo, working_day (demo, day));
}

/* The working day on or after @day as a date, or "" when @day is 0: a
 * date the story leaves empty. */
static inline char *
working_date_or_empty (Demo *demo,
                       int   day)
{
  return day > 0 ? working_date_of (demo, day) : g_strdup ("");
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

/* Approves one of the ISMS documents at 15:00 on @day (the working day on
 * or after it). */
static inline gboolean
approve (Demo             *demo,
         AttestWorkspace  *workspace,
         const char       *document,
         int               day,
         const char       *approved_by,
         const char       *note,
         GError          **error)
{
  at_office (demo, day, 15, 0);
  return attest_isms_document_approve (workspace, document, tr (approved_by), tr (note), error) != NULL;
}

/* A document of the register, kept outside Attest (at @location): approved
 * on the working day on or after @approved, reviewed @review_after days on,
 * with the mandatory items (@items) and the Annex A controls (@controls, by
 * number) it serves, both space-separated. The texts are the demo's own,
 * marked for translation. */
typedef struct
{
  const char *identifier, *title, *version, *owner, *approved_by, *location;
  int         approved, review_after;
  const char *items, *controls;
} DemoDocument;

/* A communication of a demo's ISMS (7.4): its texts, marked for
 * translation, and the days of the story it was last made and is next
 * due (0 for none). */
typedef struct
{
  const char *title, *audience, *communicator, *method, *frequency;
  int         last, next;
} DemoCommunication;

/* Adds the @n communications of @communications. */
static inline gboolean
demo_add_communications (Demo                    *demo,
                         AttestWorkspace         *workspace,
                         const DemoCommunication *communications,
                         guint                    n,
                         GError                 **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *last = working_date_or_empty (demo, communications[i].last);
      g_autofree char *next = working_date_or_empty (demo, communications[i].next);

      if (!add_record (workspace, g_object_new (ATTEST_TYPE_COMMUNICATION,
                                                "title", tr (communications[i].title),
                                                "audience", tr (communications[i].audience),
                                                "communicator", tr (communications[i].communicator),
                                                "method", tr (communications[i].method),
                                                "frequency", tr (communications[i].frequency),
                                                "last-on", last, "next-due", next, NULL), error))
        return FALSE;
    }
  return TRUE;
}

/* A person the demo's ISMS names (5.3): a name as written everywhere, a
 * position and a staff group in the interface's language. */
typedef struct
{
  const char *name;
  const char *position;
  const char *group;
  const char *contact;
} DemoPerson;

/* A role of the demo's ISMS (5.3), held by the people whose indexes
 * @holders lists (space-separated), made known on day @known. */
typedef struct
{
  const char *title;
  gboolean    top_management, conformity, reporting;
  const char *responsibilities;
  const char *authorities;
  const char *communicated;
  int         known;
  const char *holders;
} DemoRole;

/* Adds the @n_people people of @people and the @n_roles roles of @roles,
 * each linked to the people who hold it. */
static inline gboolean
demo_add_roles (Demo              *demo,
                AttestWorkspace   *workspace,
                const DemoPerson  *people,
                guint              n_people,
                const DemoRole    *roles,
                guint              n_roles,
                GError           **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new ();

  for (guint i = 0; i < n_people; i++)
    {
      AttestRecord *person = g_object_new (ATTEST_TYPE_PERSON, "name", people[i].name,
                                           "position", tr (people[i].position), "staff-group", tr (people[i].group),
                                           "contact", people[i].contact, NULL);

      if (!add_record (workspace, person, error))
        return FALSE;
      g_ptr_array_add (records, person);
    }
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *known = working_date_or_empty (demo, roles[i].known);
      g_auto(GStrv) holders = g_strsplit (roles[i].holders, " ", -1);
      AttestRecord *role = g_object_new (ATTEST_TYPE_ROLE, "title", tr (roles[i].title),
                                         "top-management", roles[i].top_management,
                                         "conformity", roles[i].conformity, "reporting", roles[i].reporting,
                                         "responsibilities", tr (roles[i].responsibilities),
                                         "authorities", tr (roles[i].authorities),
                                         "communicated", tr (roles[i].communicated),
                                         "communicated-on", known, NULL);

      if (!add_record (workspace, role, error))
        return FALSE;
      for (guint k = 0; holders[k] != NULL; k++)
        {
          guint64 index = g_ascii_strtoull (holders[k], NULL, 10);

          g_assert (index < n_people);
          if (!attest_workspace_link (workspace, "role-person", role, g_ptr_array_index (records, index), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* An awareness activity of the demo's ISMS (7.3), held on day @held: for
 * all staff, or for the staff groups of @groups (NULL-terminated). */
typedef struct
{
  const char *title;
  gboolean    all_staff;
  const char *groups[4];
  int         held;
  const char *given_by;
  const char *attendance;
} DemoAwareness;

/* Adds the @n awareness activities of @activities. */
static inline gboolean
demo_add_awareness (Demo                *demo,
                    AttestWorkspace     *workspace,
                    const DemoAwareness *activities,
                    guint                n,
                    GError             **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *held = working_date_of (demo, activities[i].held);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) groups = NULL;

      for (guint k = 0; k < G_N_ELEMENTS (activities[i].groups) && activities[i].groups[k] != NULL; k++)
        g_strv_builder_add (builder, tr (activities[i].groups[k]));
      groups = g_strv_builder_end (builder);
      if (!add_record (workspace, g_object_new (ATTEST_TYPE_AWARENESS, "title", tr (activities[i].title),
                                                "all-staff", activities[i].all_staff, "groups", groups,
                                                "held-on", held, "given-by", tr (activities[i].given_by),
                                                "attendance", tr (activities[i].attendance), NULL), error))
        return FALSE;
    }
  return TRUE;
}

/* A competence the demo's ISMS needs (7.2), required by the roles whose
 * indexes @roles lists (space-separated, in the order the roles were
 * added). */
typedef struct
{
  const char *title;
  const char *description;
  const char *roles;
} DemoCompetence;

/* A person's competence: @person and @competence are indexes (of the
 * people and of the competences, in the order added); days of the story,
 * 0 for none. */
typedef struct
{
  guint                     person, competence;
  AttestQualificationStatus status;
  AttestQualificationKind   kind;
  const char               *action;
  int                       due, obtained, expires;
  const char               *evidence;
  AttestEffectiveness       effective;
} DemoQualification;

/* Adds the @n_competences competences of @competences, each linked to the
 * roles that require it, and the @n_qualifications of @qualifications. */
static inline gboolean
demo_add_competence (Demo                    *demo,
                     AttestWorkspace         *workspace,
                     const DemoCompetence    *competences,
                     guint                    n_competences,
                     const DemoQualification *qualifications,
                     guint                    n_qualifications,
                     GError                 **error)
{
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  GListModel *added = attest_workspace_get_records (workspace, ATTEST_TYPE_COMPETENCE);

  for (guint i = 0; i < n_competences; i++)
    {
      g_auto(GStrv) indexes = g_strsplit (competences[i].roles, " ", -1);
      AttestRecord *competence = g_object_new (ATTEST_TYPE_COMPETENCE, "title", tr (competences[i].title),
                                               "description", tr (competences[i].description), NULL);

      if (!add_record (workspace, competence, error))
        return FALSE;
      for (guint k = 0; indexes[k] != NULL; k++)
        {
          g_autoptr(AttestRecord) role = g_list_model_get_item (roles, (guint) g_ascii_strtoull (indexes[k], NULL, 10));

          g_assert (role != NULL);
          if (!attest_workspace_link (workspace, "competence-role", competence, role, error))
            return FALSE;
        }
    }
  for (guint i = 0; i < n_qualifications; i++)
    {
      const DemoQualification *q = &qualifications[i];
      g_autoptr(AttestRecord) person = g_list_model_get_item (people, q->person);
      g_autoptr(AttestRecord) competence = g_list_model_get_item (added, q->competence);
      g_autofree char *due = working_date_or_empty (demo, q->due);
      g_autofree char *obtained = working_date_or_empty (demo, q->obtained);
      g_autofree char *expires = working_date_or_empty (demo, q->expires);

      g_assert (person != NULL && competence != NULL);
      if (!add_record (workspace, g_object_new (ATTEST_TYPE_QUALIFICATION,
                                                "person-id", attest_record_get_id (person),
                                                "competence-id", attest_record_get_id (competence),
                                                "status", q->status, "kind", q->kind, "action", tr (q->action),
                                                "due-date", due, "obtained-on", obtained, "expires-on", expires,
                                                "evidence", tr (q->evidence), "effective", q->effective, NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

/* Links @from by @link to the SoA entry of each control @numbers lists
 * (space-separated numbers, "5.19 5.20"; an empty list links none). */
static inline gboolean
demo_link_controls (AttestWorkspace  *workspace,
                    const char       *link,
                    AttestRecord     *from,
                    const char       *numbers,
                    GError          **error)
{
  g_auto(GStrv) controls = g_strsplit (numbers, " ", -1);

  for (guint c = 0; controls[c] != NULL; c++)
    {
      g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", controls[c]);

      if (*controls[c] != '\0'
          && !attest_workspace_link (workspace, link, from, attest_workspace_lookup_soa_entry (workspace, id), error))
        return FALSE;
    }
  return TRUE;
}

/* Evidence of leadership in the demo's ISMS (5.1): the day of the story it
 * was shown, and the identifier of the document of the register that
 * holds it ("" for none). */
typedef struct
{
  AttestCommitmentItem item;
  const char          *evidence;
  int                  day;
  const char          *document;
} DemoCommitment;

/* Adds the @n evidence of leadership of @commitments, each linked to the
 * document that holds it. */
static inline gboolean
demo_add_commitments (Demo                 *demo,
                      AttestWorkspace      *workspace,
                      const DemoCommitment *commitments,
                      guint                 n,
                      GError              **error)
{
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *day = working_date_or_empty (demo, commitments[i].day);
      AttestRecord *commitment = g_object_new (ATTEST_TYPE_COMMITMENT, "item", commitments[i].item,
                                               "evidence", tr (commitments[i].evidence), "shown-on", day, NULL);

      if (!add_record (workspace, commitment, error))
        return FALSE;
      for (guint d = 0; *commitments[i].document != '\0' && d < g_list_model_get_n_items (documents); d++)
        {
          g_autoptr(AttestRecord) document = g_list_model_get_item (documents, d);

          if (g_str_equal (attest_record_get_string (document, "identifier"), commitments[i].document)
              && !attest_workspace_link (workspace, "commitment-document", commitment, document, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* An external provider of the demo's ISMS (8.1): days of the story of its
 * last and next review, and the numbers of the Annex A controls that apply
 * (space-separated). */
typedef struct
{
  const char *name;
  const char *provides;
  const char *owner;
  const char *agreement;
  int         last, next;
  const char *controls;
} DemoProvider;

/* Adds the @n external providers of @providers, each linked to the
 * controls that apply. */
static inline gboolean
demo_add_providers (Demo               *demo,
                    AttestWorkspace    *workspace,
                    const DemoProvider *providers,
                    guint               n,
                    GError            **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *last = working_date_or_empty (demo, providers[i].last);
      g_autofree char *next = working_date_or_empty (demo, providers[i].next);
      AttestRecord *provider = g_object_new (ATTEST_TYPE_PROVIDER, "name", providers[i].name,
                                             "provides", tr (providers[i].provides),
                                             "owner", tr (providers[i].owner),
                                             "agreement", tr (providers[i].agreement),
                                             "last-review", last, "next-review", next, NULL);

      if (!add_record (workspace, provider, error)
          || !demo_link_controls (workspace, "provider-control", provider, providers[i].controls, error))
        return FALSE;
    }
  return TRUE;
}

/* A process of a demo's ISMS (4.4, 8.1) as the story fills it in: @name
 * one of attest_processes_add_usual()'s (the same English text), or NULL
 * for the processes the scope names. @last is a day of the story. */
typedef struct
{
  const char *name, *owner;
  int         last;
  const char *criteria, *check;
} DemoProcess;

/* The processes are added from the scope and the usual ones, then
 * each is given its owner, the day it last ran and its criteria: from
 * @processes by name, or from @otherwise (a process the scope names). */
static inline gboolean
demo_add_processes (Demo               *demo,
                    AttestWorkspace    *workspace,
                    const DemoProcess  *processes,
                    guint               n,
                    const DemoProcess  *otherwise,
                    GError            **error)
{
  GListModel *records = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  guint added;

  if (!attest_processes_add_usual (workspace, &added, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (records, i);
      const DemoProcess *details = otherwise;
      g_autofree char *last = NULL;

      for (guint k = 0; k < n; k++)
        if (g_str_equal (tr (processes[k].name), attest_record_get_string (process, "name")))
          details = &processes[k];
      last = working_date_or_empty (demo, details->last);
      g_object_set (process, "owner", tr (details->owner), "last-run", last, "criteria", tr (details->criteria),
                    "criteria-check", tr (details->check), NULL);
    }
  return TRUE;
}

/* A metric of a demo (9.1): what, how, how often (as a number and a unit),
 * who measures (an owner's label) and who analyses (a person's label), the
 * target, the objective it shows (by its place in the workspace's
 * objectives, -1 for none) and the controls; then its values, one every
 * @step days from day @first of the story (which may be before day 0: the
 * figures an existing report had), and the note and evidence of each. */
typedef struct
{
  const char           *name, *measure, *method;
  int                   every;
  AttestCadence         unit;
  const char           *owner, *analyst, *analysis;
  const char           *target;
  AttestTargetDirection direction;
  const char           *value_unit;
  int                   objective;
  const char           *controls;
  int                   first, step;
  const char           *values;      /* space-separated, "97.5" */
  const char           *miss_note;   /* the note of a value that misses the target */
  const char           *evidence;
} DemoMetric;

typedef struct
{
  int           day;
  AttestRecord *metric;
  guint         index;     /* of its metric in the table */
  char         *value;
  guint         order;
} DemoMeasurement;

static inline int
demo_measurement_compare (gconstpointer a,
                          gconstpointer b)
{
  const DemoMeasurement *first = a, *second = b;

  return first->day != second->day ? (first->day > second->day) - (first->day < second->day)
                                   : (first->order > second->order) - (first->order < second->order);
}

/* On @day the metrics are set, linked, and given the values taken until
 * then; each later value is recorded on its own day, in the order of the
 * days, up to the story's today. */
static inline gboolean
demo_add_metrics (Demo              *demo,
                  AttestWorkspace   *workspace,
                  const DemoMetric  *metrics,
                  guint              n,
                  int                day,
                  GError           **error)
{
  GListModel *objectives = attest_workspace_get_records (workspace, ATTEST_TYPE_OBJECTIVE);
  g_autoptr(GArray) later = g_array_new (FALSE, FALSE, sizeof (DemoMeasurement));
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *persons = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  gboolean ok = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    g_ptr_array_add (people, g_list_model_get_item (persons, i));
  at_office (demo, day, 10, 0);
  for (guint i = 0; i < n && ok; i++)
    {
      const DemoMetric *m = &metrics[i];
      AttestRecord *analyst = attest_parties_find (people, tr (m->analyst));
      g_autoptr(AttestRecord) metric = g_object_new (ATTEST_TYPE_METRIC,
                                                     "name", tr (m->name),
                                                     "measure", tr (m->measure),
                                                     "method", tr (m->method),
                                                     "measured-every", m->every,
                                                     "measured-unit", m->unit,
                                                     "owner", tr (m->owner),
                                                     "analysed-by", analyst ? attest_record_get_id (analyst) : "",
                                                     "analysis", tr (m->analysis),
                                                     "target", m->target,
                                                     "direction", m->direction,
                                                     "unit", tr (m->value_unit),
                                                     NULL);
      g_auto(GStrv) values = g_strsplit (m->values, " ", -1);

      if (!attest_workspace_add (workspace, metric, error)
          || !demo_link_controls (workspace, "metric-control", metric, m->controls, error))
        return FALSE;
      if (m->objective >= 0 && (guint) m->objective < g_list_model_get_n_items (objectives))
        {
          g_autoptr(AttestRecord) objective = g_list_model_get_item (objectives, m->objective);

          if (!attest_workspace_link (workspace, "metric-objective", metric, objective, error))
            return FALSE;
        }
      for (guint k = 0; values[k] != NULL; k++)
        {
          DemoMeasurement taken = { working_day_before (demo, m->first + (int) k * m->step), g_object_ref (metric),
                                    i, g_strdup (values[k]), later->len };

          g_array_append_val (later, taken);
        }
    }
  g_array_sort (later, demo_measurement_compare);
  for (guint i = 0; i < later->len; i++)
    {
      DemoMeasurement *taken = &g_array_index (later, DemoMeasurement, i);
      const DemoMetric *m = &metrics[taken->index];
      g_autofree char *date = date_of (demo, taken->day);
      double value = 0;

      if (ok && taken->day > day)
        at_office (demo, taken->day, 16, 0);
      if (ok)
        {
          attest_decimal_parse (taken->value, &value);
          ok = add_record (workspace,
                            g_object_new (ATTEST_TYPE_MEASUREMENT,
                                          "metric-id", attest_record_get_id (taken->metric),
                                          "date", date,
                                          "value", taken->value,
                                          "note", attest_metric_value_misses (taken->metric, value)
                                                  ? tr (m->miss_note) : "",
                                          "evidence", tr (m->evidence),
                                          NULL),
                            error);
        }
      g_object_unref (taken->metric);
      g_free (taken->value);
    }
  return ok;
}

/* A finding of a demo's internal audit (9.2): its type, the clause or
 * control ("7.2", "A.8.13"), what was found and on what evidence. */
typedef struct
{
  AttestFindingType type;
  const char       *requirement, *description, *evidence;
} DemoFinding;

/* An internal audit of a demo (9.2): the clauses it covers separated by
 * spaces ("4 5 6.1"), its controls by number ("5.15 8.13"), its auditor by
 * name (one of the people), the day of the story it is planned for and the
 * day it was held (0 while it has not been), its report and its findings
 * (up to four; a NULL description ends them). */
typedef struct
{
  const char *title, *scope, *criteria, *clauses, *controls, *auditees, *auditor;
  int         planned, held;
  const char *report, *report_reference;
  DemoFinding findings[4];
} DemoAudit;

/* A demo's audit programme (9.2.2): the period from @start (a day of the
 * story, before or after the day it is set out) for @years years, and how
 * it is run. */
typedef struct
{
  int         start, years;
  const char *frequency, *methods, *responsibilities, *planning, *reporting, *owner;
} DemoProgramme;

static inline gint
demo_audit_compare_held (gconstpointer a,
                         gconstpointer b)
{
  const DemoAudit *first = *(const DemoAudit * const *) a, *second = *(const DemoAudit * const *) b;

  return (first->held > second->held) - (first->held < second->held);
}

/* On @day the programme is set out and its audits planned, each with its
 * auditor and the controls it covers; each audit held is recorded with its
 * report and findings in the order of the days they were held: those held
 * by @day on @day (the reports the organisation already had), the others
 * on the day. */
static inline gboolean
demo_add_audits (Demo                *demo,
                 AttestWorkspace     *workspace,
                 const DemoProgramme *programme,
                 const DemoAudit     *audits,
                 guint                n,
                 int                  day,
                 GError             **error)
{
  AttestRecord *record = attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) held = g_ptr_array_new ();
  GListModel *persons = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  g_autoptr(GDate) end = demo_date (demo, programme->start);
  g_autofree char *start = date_of (demo, programme->start);
  char last[16];

  g_date_add_years (end, (guint) programme->years);
  g_date_subtract_days (end, 1);
  g_date_strftime (last, sizeof last, "%Y-%m-%d", end);
  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    g_ptr_array_add (people, g_list_model_get_item (persons, i));

  at_office (demo, day, 11, 0);
  g_object_set (record, "period-start", start, "period-end", last,
                "frequency", tr (programme->frequency), "methods", tr (programme->methods),
                "responsibilities", tr (programme->responsibilities), "planning", tr (programme->planning),
                "reporting", tr (programme->reporting), "owner", tr (programme->owner), NULL);
  for (guint i = 0; i < n; i++)
    {
      const DemoAudit *a = &audits[i];
      g_auto(GStrv) clauses = g_strsplit (a->clauses, " ", -1);
      g_autofree char *planned = working_date_of (demo, a->planned);
      AttestRecord *auditor = attest_parties_find (people, tr (a->auditor));
      AttestRecord *audit = g_object_new (ATTEST_TYPE_AUDIT, "title", tr (a->title), "scope", tr (a->scope),
                                          "criteria", tr (a->criteria), "clauses", clauses,
                                          "auditees", tr (a->auditees), "planned-date", planned, NULL);

      g_ptr_array_add (added, audit);
      if (!attest_workspace_add (workspace, audit, error)
          || !demo_link_controls (workspace, "audit-control", audit, a->controls, error)
          || (auditor != NULL && !attest_workspace_link (workspace, "audit-auditor", audit, auditor, error)))
        return FALSE;
      if (a->held != 0)
        g_ptr_array_add (held, (gpointer) a);
    }
  g_ptr_array_sort (held, demo_audit_compare_held);
  for (guint h = 0; h < held->len; h++)
    {
      const DemoAudit *a = g_ptr_array_index (held, h);
      AttestRecord *audit = g_ptr_array_index (added, (guint) (a - audits));
      int on = working_day (demo, a->held);
      g_autofree char *date = date_of (demo, on);

      if (on > day)
        at_office (demo, on, 16, 30);
      g_object_set (audit, "held-on", date, "report", tr (a->report),
                    "report-reference", tr (a->report_reference), NULL);
      /* The process of internal audit (4.4) ran that day. */
      for (guint p = 0; p < g_list_model_get_n_items (processes); p++)
        {
          g_autoptr(AttestRecord) process = g_list_model_get_item (processes, p);

          if (g_str_equal (attest_record_get_string (process, "name"), tr (N_("Internal audit"))))
            g_object_set (process, "last-run", date, NULL);
        }
      for (guint f = 0; f < G_N_ELEMENTS (a->findings) && a->findings[f].description != NULL; f++)
        if (!add_record (workspace,
                         g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                                       "type", a->findings[f].type,
                                       "requirement", a->findings[f].requirement,
                                       "description", tr (a->findings[f].description),
                                       "evidence", tr (a->findings[f].evidence), NULL),
                         error))
          return FALSE;
    }
  return TRUE;
}

/* A corrective action of a demo's nonconformity (10.2): what, who, the
 * day of the story it is due and the day it was done (0 while not). */
typedef struct
{
  const char *title, *owner;
  int         due, done;
} DemoCorrectiveAction;

/* A nonconformity of a demo (10.2) and the step it reaches. One from an
 * audit finding names the finding by its clause or control (the first
 * nonconformity found against it that has no record yet); the days of
 * the story: reported, reacted to, causes analysed, actions planned,
 * effectiveness reviewed (by @reviewer, a person's name). Up to three
 * actions; a NULL title ends them. */
typedef struct
{
  const char                *title;
  AttestNonconformitySource  source;
  const char                *requirement, *description, *owner;
  int                        reported;
  const char                *correction, *consequences;
  int                        reacted;
  const char                *causes, *similar;
  int                        analysed, planned;
  DemoCorrectiveAction       actions[3];
  const char                *reviewer;
  int                        reviewed;
  AttestEffectiveness        effectiveness;
  const char                *review_note, *changes;
  AttestNonconformityState   state;
} DemoNonconformity;

/* The first nonconformity found against @requirement that no
 * nonconformity record names yet. */
static inline AttestRecord *
demo_find_open_finding (AttestWorkspace *workspace,
                        const char      *requirement,
                        gboolean         nonconformity)
{
  GListModel *findings = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(AttestRecord) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (attest_record_get_string (finding, "requirement"), requirement)
          && attest_finding_is_nonconformity (finding) == nonconformity
          && (!nonconformity || attest_finding_get_nonconformity (workspace, finding) == NULL))
        return finding;
    }
  return NULL;
}

/* A nonconformity taken through its steps by the state machine
 * (attest_nonconformity_advance()), each step on its day of the story; one
 * from an audit opened from @finding (found by @d->requirement when NULL).
 * @people: the persons, to find the reviewer among. */
static inline gboolean
demo_add_nonconformity (Demo                    *demo,
                        AttestWorkspace         *workspace,
                        const DemoNonconformity *d,
                        AttestRecord            *finding,
                        GPtrArray               *people,
                        GError                 **error)
{
  g_autofree char *reported = working_date_of (demo, d->reported);
  AttestRecord *record;

  at_office (demo, d->reported, 10, 0);
  if (d->source == ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING)
    {
      if (finding == NULL)
        finding = demo_find_open_finding (workspace, d->requirement, TRUE);
      if (finding == NULL)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_FAILED, "no audit finding against %s", d->requirement);
          return FALSE;
        }
      record = attest_finding_open_nonconformity (workspace, finding, error);
      if (record == NULL)
        return FALSE;
      if (d->title != NULL)
        g_object_set (record, "title", tr (d->title), NULL);
      g_object_set (record, "owner", tr (d->owner), NULL);
    }
  else
    {
      record = g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", tr (d->title), "source", d->source,
                             "requirement", d->requirement, "reported-on", reported,
                             "description", tr (d->description), "owner", tr (d->owner), NULL);
      if (!add_record (workspace, record, error))
        return FALSE;
    }
  if (d->state >= ATTEST_NONCONFORMITY_STATE_REACTED)
    {
      at_office (demo, d->reacted, 11, 0);
      g_object_set (record, "correction", tr (d->correction), "consequences", tr (d->consequences), NULL);
      if (!attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_REACTED, error))
        return FALSE;
    }
  if (d->state >= ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED)
    {
      at_office (demo, d->analysed, 14, 0);
      g_object_set (record, "causes", tr (d->causes), "similar", tr (d->similar), NULL);
      if (!attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED, error))
        return FALSE;
    }
  if (d->state >= ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED)
    {
      g_autoptr(GPtrArray) actions = g_ptr_array_new ();

      at_office (demo, d->planned, 15, 0);
      for (guint a = 0; a < G_N_ELEMENTS (d->actions) && d->actions[a].title != NULL; a++)
        {
          g_autofree char *due = working_date_of (demo, d->actions[a].due);
          AttestRecord *action = g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION,
                                               "nonconformity-id", attest_record_get_id (record),
                                               "title", tr (d->actions[a].title),
                                               "owner", tr (d->actions[a].owner), "due-date", due, NULL);

          if (!add_record (workspace, action, error))
            return FALSE;
          g_ptr_array_add (actions, action);
        }
      /* The demo's clock never goes back: a story told after later ones
       * records its actions after their due day, which the action's own
       * rule refuses, and so would the step. One done is written done at
       * once; the others as the story goes. */
      for (guint a = 0; a < actions->len; a++)
        {
          /* The day the clock is at, as the action's rule reads it. */
          int today = (int) ((demo->now - demo->start) / DAY);

          if (d->actions[a].done != 0 && working_day (demo, d->actions[a].due) <= today)
            {
              g_autofree char *done = working_date_of (demo, d->actions[a].done);

              g_object_set (g_ptr_array_index (actions, a), "done-on", done, NULL);
            }
        }
      if (!attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED, error))
        return FALSE;
      for (guint a = 0; a < actions->len; a++)
        if (d->actions[a].done != 0 && !attest_date_is_valid (attest_record_get_string (g_ptr_array_index (actions, a),
                                                                                         "done-on")))
          {
            g_autofree char *done = working_date_of (demo, d->actions[a].done);

            at_office (demo, d->actions[a].done, 16, 0);
            g_object_set (g_ptr_array_index (actions, a), "done-on", done, NULL);
          }
    }
  if (d->state >= ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE
      && !attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE, error))
    return FALSE;
  if (d->state >= ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED)
    {
      g_autofree char *reviewed = working_date_of (demo, d->reviewed);
      AttestRecord *reviewer = attest_parties_find (people, tr (d->reviewer));

      at_office (demo, d->reviewed, 11, 30);
      g_object_set (record, "reviewed-on", reviewed,
                    "reviewed-by-id", reviewer != NULL ? attest_record_get_id (reviewer) : "",
                    "effectiveness", d->effectiveness, "review-note", tr (d->review_note), NULL);
      if (!attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED,
                                         error))
        return FALSE;
    }
  if (d->state >= ATTEST_NONCONFORMITY_STATE_CLOSED)
    {
      g_object_set (record, "changes", tr (d->changes), NULL);
      if (!attest_nonconformity_advance (workspace, record, ATTEST_NONCONFORMITY_STATE_CLOSED, error))
        return FALSE;
    }
  return TRUE;
}

static inline GPtrArray *
demo_dup_people (AttestWorkspace *workspace)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *persons = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);

  for (guint i = 0; i < g_list_model_get_n_items (persons); i++)
    g_ptr_array_add (people, g_list_model_get_item (persons, i));
  return people;
}

static inline gboolean
demo_add_nonconformities (Demo                    *demo,
                          AttestWorkspace         *workspace,
                          const DemoNonconformity *nonconformities,
                          guint                    n,
                          GError                 **error)
{
  g_autoptr(GPtrArray) people = demo_dup_people (workspace);

  for (guint i = 0; i < n; i++)
    if (!demo_add_nonconformity (demo, workspace, &nonconformities[i], NULL, people, error))
      return FALSE;
  return TRUE;
}

/* An opportunity for improvement of a demo (10.1): one from an audit names
 * its finding by clause or control; days of the story raised, due and
 * done (0 for none). */
typedef struct
{
  const char                *title;
  AttestImprovementSource    source;
  const char                *requirement, *description;
  int                        raised;
  AttestImprovementDecision  decision;
  const char                *rationale, *owner;
  int                        due;
  AttestActionStatus         status;
  int                        done;
} DemoImprovement;

static inline gboolean
demo_add_improvements (Demo                  *demo,
                       AttestWorkspace       *workspace,
                       const DemoImprovement *improvements,
                       guint                  n,
                       GError               **error)
{
  for (guint i = 0; i < n; i++)
    {
      const DemoImprovement *d = &improvements[i];
      AttestRecord *finding = d->requirement != NULL ? demo_find_open_finding (workspace, d->requirement, FALSE) : NULL;
      g_autofree char *raised = working_date_of (demo, d->raised);
      g_autofree char *due = d->due != 0 ? working_date_of (demo, d->due) : g_strdup ("");
      g_autofree char *done = d->done != 0 ? working_date_of (demo, d->done) : g_strdup ("");

      at_office (demo, d->raised, 12, 0);
      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", tr (d->title), "source", d->source,
                                     "finding-id", finding != NULL ? attest_record_get_id (finding) : "",
                                     "description", tr (d->description), "raised-on", raised,
                                     "decision", d->decision, "rationale", tr (d->rationale),
                                     "owner", tr (d->owner), "due-date", due, "status", d->status,
                                     "done-on", done, NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

/* A demo's information security policy (5.2): the texts of how it was made
 * known and how interested parties can have it, marked for translation. */
typedef struct
{
  const char *owner, *approved_by, *note, *classification, *communicated_to, *communicated_how, *available_how;
  const char *topic_owner, *topic_location;
} DemoPolicy;

/* On @day the policy is drafted from the answers so far and approved at
 * 15:00, made known two working days later, reviewed a year on; the usual
 * topic-specific policies are added the same day, owned by
 * @policy->topic_owner, version 1.0, approved that day and reviewed a year
 * on. */
static inline gboolean
demo_add_policy (Demo              *demo,
                 AttestWorkspace   *workspace,
                 const DemoPolicy  *policy,
                 int                day,
                 GError           **error)
{
  AttestRecord *record = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  GListModel *topics = attest_workspace_get_records (workspace, ATTEST_TYPE_TOPIC_POLICY);
  g_autofree char *draft = NULL;
  g_autofree char *approved_on = working_date_of (demo, day);
  g_autofree char *known_on = working_date_of (demo, working_day (demo, day) + 2);
  g_autofree char *review = year_after (demo, working_day (demo, day));
  guint added;

  at_office (demo, day, 9, 30);
  if (!attest_policy_add_topic_policies (workspace, &added, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(AttestRecord) topic = g_list_model_get_item (topics, i);

      g_object_set (topic, "owner", tr (policy->topic_owner), "version", "1.0", "approved-on", approved_on,
                    "next-review", review, "location", tr (policy->topic_location), NULL);
    }
  at_office (demo, day, 11, 0);
  draft = attest_policy_dup_draft (workspace);
  g_object_set (record, "text", draft, "owner", tr (policy->owner), "classification", tr (policy->classification),
                NULL);
  if (!approve (demo, workspace, "policy", day, policy->approved_by, policy->note, error))
    return FALSE;
  at_office (demo, working_day (demo, day) + 2, 10, 0);
  g_object_set (record, "communicated-to", tr (policy->communicated_to),
                "communicated-how", tr (policy->communicated_how), "communicated-on", known_on,
                "available-to-parties", TRUE, "available-how", tr (policy->available_how),
                "next-review", review, NULL);
  return TRUE;
}

/* The document of @documents (@n of them) that serves control @number
 * first, or -1: an implemented control's evidence. */
static inline int
demo_document_for (const DemoDocument *documents,
                   guint               n,
                   const char         *number)
{
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) controls = g_strsplit (documents[i].controls, " ", -1);

      if (g_strv_contains ((const char * const *) controls, number))
        return i;
    }
  return -1;
}

/* An evidence reference to @document, by identifier, title and version. */
static inline char *
demo_document_reference (const DemoDocument *document)
{
  /* Translators: an evidence reference: a document's identifier, title and
   * version, "ISMS-PRC-04 Backup procedure v1.1" */
  return g_strdup_printf (_("%s %s v%s"), document->identifier, tr (document->title), document->version);
}

/* Links each of @requirements to the SoA entry of the control its object
 * data @key names, by number: the control that meets it. */
static inline gboolean
demo_link_requirements (AttestWorkspace  *workspace,
                        GPtrArray        *requirements,
                        const char       *key,
                        GError          **error)
{
  for (guint i = 0; i < requirements->len; i++)
    {
      AttestRecord *requirement = g_ptr_array_index (requirements, i);
      g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s",
                                             (const char *) g_object_get_data (G_OBJECT (requirement), key));

      if (!attest_workspace_link (workspace, "soa-requirement", attest_workspace_lookup_soa_entry (workspace, id),
                                  requirement, error))
        return FALSE;
    }
  return TRUE;
}

static inline AttestRecord *
demo_add_register_document (Demo                *demo,
                            AttestWorkspace     *workspace,
                            const DemoDocument  *entry,
                            GError             **error)
{
  g_auto(GStrv) items = g_strsplit (entry->items, " ", -1);
  int approved = working_day (demo, entry->approved);
  g_autofree char *approved_on = date_of (demo, approved);
  /* Reviewed a year after its approval, on that date (review_after is 365
   * for every document of the demos). */
  g_autofree char *next_review = entry->review_after == 365 ? year_after (demo, approved)
                                                           : working_date_of (demo, approved + entry->review_after);
  AttestRecord *document = g_object_new (ATTEST_TYPE_DOCUMENT_ENTRY,
                                         "identifier", entry->identifier,
                                         "title", tr (entry->title),
                                         "version", entry->version,
                                         "owner", tr (entry->owner),
                                         "location", tr (entry->location),
                                         "approved-by", tr (entry->approved_by),
                                         "approved-on", approved_on,
                                         "next-review", next_review,
                                         "classification", _("Internal"),
                                         "mandatory-items", items,
                                         NULL);

  if (!add_record (workspace, document, error)
      || !demo_link_controls (workspace, "document-control", document, entry->controls, error))
    return NULL;
  return document;
}

/* A management review of a demo (9.3), as its minutes say: its title; the
 * days of the story it was planned for and held on (0: not held); who
 * attended, by name (NULL-terminated); what it said about some of its
 * inputs; its decisions on improvement and on changes to the ISMS; where
 * the signed minutes are kept; and the actions it decided, each with its
 * owner, the days it was due and done (0: not yet) and its status. */
typedef struct
{
  AttestReviewTopic  topic;
  const char        *comment;
} DemoReviewComment;

typedef struct
{
  const char         *title, *owner;
  int                 due, done;
  AttestActionStatus  status;
} DemoReviewAction;

typedef struct
{
  const char        *title;
  int                planned, held;
  const char        *attendees[6];
  DemoReviewComment  comments[11];
  const char        *improvement, *changes, *minutes;
  DemoReviewAction   actions[4];
} DemoReview;

/* On @day at 10:00, @review is planned: its record made, with the day it
 * is planned for. Returns the record, which the workspace keeps. */
static inline AttestRecord *
demo_plan_review (Demo              *demo,
                  AttestWorkspace   *workspace,
                  const DemoReview  *review,
                  int                day,
                  GError           **error)
{
  g_autofree char *planned = working_date_of (demo, review->planned);
  AttestRecord *record = g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", tr (review->title),
                                       "planned-date", planned, NULL);

  at_office (demo, day, 10, 0);
  if (!add_record (workspace, record, error))
    return NULL;
  return record;
}

/* On @day at @hour, the ISMS manager prepares the inputs of @record from
 * the workspace and its history, as "Prepare inputs" does: one action, so
 * the many times it reads the clock are a millisecond apart, not an edit's
 * step (which would take the afternoon, and at the end of the story run
 * past today). */
static inline gboolean
demo_prepare_review (Demo             *demo,
                     AttestWorkspace  *workspace,
                     AttestRecord     *record,
                     int               day,
                     int               hour,
                     GError          **error)
{
  gint64 step = demo->step;
  gboolean ok;

  at_office (demo, day, hour, 0);
  demo->step = G_USEC_PER_SEC / 1000;
  ok = attest_management_review_prepare_inputs (workspace, record, error);
  demo->step = step;
  return ok;
}

/* The review is held on its day: from 15:00 its minutes are written into
 * Attest (who attended, what it said about its inputs, its decisions and
 * where the signed minutes are), then the actions it decided. */
static inline gboolean
demo_hold_review (Demo              *demo,
                  AttestWorkspace   *workspace,
                  AttestRecord      *record,
                  const DemoReview  *review,
                  GError           **error)
{
  GListModel *persons = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);
  GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);
  g_autofree char *held = working_date_of (demo, review->held);

  at_office (demo, review->held, 15, 0);
  g_object_set (record, "held-on", held, "improvement-decisions", tr (review->improvement),
                "change-decisions", tr (review->changes), "minutes-reference", tr (review->minutes), NULL);
  for (guint a = 0; a < G_N_ELEMENTS (review->attendees) && review->attendees[a] != NULL; a++)
    {
      AttestRecord *attendee = NULL;

      for (guint i = 0; attendee == NULL && i < g_list_model_get_n_items (persons); i++)
        {
          g_autoptr(AttestRecord) person = g_list_model_get_item (persons, i);

          if (g_str_equal (attest_record_get_string (person, "name"), review->attendees[a]))
            attendee = person;
        }
      g_assert (attendee != NULL);
      if (!attest_workspace_link (workspace, "review-attendee", record, attendee, error))
        return FALSE;
    }
  /* The process of management review (4.4) ran that day. */
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (g_str_equal (attest_record_get_string (process, "name"), _("Management review")))
        g_object_set (process, "last-run", held, NULL);
    }
  for (guint c = 0; c < G_N_ELEMENTS (review->comments) && review->comments[c].comment != NULL; c++)
    {
      AttestRecord *input = attest_management_review_get_input (workspace, record, review->comments[c].topic);

      g_assert (input != NULL);
      g_object_set (input, "comment", tr (review->comments[c].comment), NULL);
    }
  for (guint a = 0; a < G_N_ELEMENTS (review->actions) && review->actions[a].title != NULL; a++)
    {
      const DemoReviewAction *d = &review->actions[a];
      g_autofree char *due = working_date_of (demo, d->due);

      if (!add_record (workspace,
                       g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (record),
                                     "title", tr (d->title), "owner", tr (d->owner), "due-date", due,
                                     "status", d->done != 0 ? ATTEST_ACTION_STATUS_OPEN : d->status, NULL),
                       error))
        return FALSE;
    }
  return TRUE;
}

/* The actions of @review done by the clock's day, each recorded at 16:00
 * on the day it was done, or now if that has passed: the status and the
 * day. */
static inline void
demo_finish_review_actions (Demo              *demo,
                            AttestWorkspace   *workspace,
                            AttestRecord      *record,
                            const DemoReview  *review)
{
  g_autoptr(GPtrArray) actions = attest_management_review_dup_actions (workspace, record);

  for (guint a = 0; a < G_N_ELEMENTS (review->actions) && review->actions[a].title != NULL; a++)
    {
      const DemoReviewAction *d = &review->actions[a];

      if (d->done == 0)
        continue;
      for (guint i = 0; i < actions->len; i++)
        {
          AttestRecord *action = g_ptr_array_index (actions, i);
          g_autofree char *done = NULL;

          if (!g_str_equal (attest_record_get_string (action, "title"), tr (d->title)))
            continue;
          done = working_date_of (demo, d->done);
          at_office (demo, d->done, 16, 0);
          g_object_set (action, "status", d->status, "done-on", done, NULL);
        }
    }
}

/* The large demo's story: Meridian Holdings Group plc (attest-demo-large.c). */
gboolean attest_demo_add_large (Demo             *demo,
                                AttestWorkspace  *workspace,
                                GError          **error);

G_END_DECLS
