/* attest-improvement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-improvement"

#include "config.h"

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-improvement.h"

/* An opportunity for improvement (10.1): where it came from (an audit,
 * which may name its finding, a management review, staff, an incident,
 * monitoring), what it is, the day it was raised, what was decided and
 * why, who carries it out, by when, and how far it has come. */

struct _AttestImprovement
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestImprovement, attest_improvement, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_improvement_check (AttestRecord *record,
                          GPtrArray    *problems)
{
  const char *raised = attest_record_get_string (record, "raised-on");
  const char *done = attest_record_get_string (record, "done-on");
  int decision = attest_record_get_enum (record, "decision");
  int status = attest_record_get_enum (record, "status");
  g_autofree char *today = attest_date_dup_today ();

  if (attest_date_is_valid (raised) && strcmp (raised, today) > 0)
    attest_record_add_problem (problems, "raised-on",
                               _("This day is still to come: write the day the opportunity was raised"));
  if (attest_date_is_valid (done) && strcmp (done, today) > 0)
    attest_record_add_problem (problems, "done-on",
                               _("This day is still to come: leave Done on empty until it is done"));
  if (status != ATTEST_ACTION_STATUS_OPEN && decision != ATTEST_IMPROVEMENT_DECISION_ADOPTED)
    attest_record_add_problem (problems, "status",
                               _("Only an adopted improvement is carried out: record the decision to adopt it "
                                 "first"));
  if (status == ATTEST_ACTION_STATUS_DONE && !attest_date_is_valid (done))
    attest_record_add_problem (problems, "done-on", _("Write the day it was done"));
  /* Adopted is a promise: someone carries it out by a day, which What is
   * due then lists and readiness watches. */
  if (decision == ATTEST_IMPROVEMENT_DECISION_ADOPTED && status != ATTEST_ACTION_STATUS_DONE)
    {
      if (attest_text_is_blank (attest_record_get_string (record, "owner"))
          && attest_text_is_blank (attest_record_get_string (record, "owner-id")))
        attest_record_add_problem (problems, "owner", _("Name who carries out the adopted improvement"));
      if (!attest_date_is_valid (attest_record_get_string (record, "due-date")))
        attest_record_add_problem (problems, "due-date",
                                   _("Give the day the adopted improvement is due, so that What is due lists it"));
    }
}

static void
attest_improvement_class_init (AttestImprovementClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED },
    /* Other until the user says: only one opened from an audit finding
     * comes from an audit (attest_finding_open_improvement()). Every file and export since schema 23
     * holds the field, so this default is a new record's only. */
    { g_param_spec_enum ("source", NULL, NULL, ATTEST_TYPE_IMPROVEMENT_SOURCE,
                         ATTEST_IMPROVEMENT_SOURCE_OTHER, FLAGS), 23, NULL },
    { g_param_spec_string ("finding-id", NULL, NULL, "", FLAGS), 23, "audit-finding", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("raised-on", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_enum ("decision", NULL, NULL, ATTEST_TYPE_IMPROVEMENT_DECISION,
                         ATTEST_IMPROVEMENT_DECISION_PENDING, FLAGS), 23, NULL },
    { g_param_spec_string ("rationale", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 23, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_OWNER },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_ACTION_STATUS, ATTEST_ACTION_STATUS_OPEN, FLAGS), 23, NULL },
    { g_param_spec_string ("done-on", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "improvement", "improvement", 23, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_improvement_check;
}

static void
attest_improvement_init (AttestImprovement *self)
{
}
