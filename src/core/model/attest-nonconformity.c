/* attest-nonconformity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-nonconformity"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-nonconformity.h"

/* A nonconformity (10.2): where it came to light (an audit finding, which
 * it then refers to, an incident, a review, a complaint, monitoring), the
 * clause or Annex A control it fails, the day it was reported and what
 * happened; the reaction (the correction, how its consequences were dealt
 * with); the analysis of its causes and of whether similar ones exist or
 * could occur; the review of the corrective actions' effectiveness (when,
 * by whom, what it found); the changes to the ISMS it led to; and the step
 * it has reached. The corrective actions are records of their own
 * (attest-corrective-action.c); the steps are taken in order by
 * attest_nonconformity_advance() (attest-correcting.c). */

struct _AttestNonconformity
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestNonconformity, attest_nonconformity, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_nonconformity_check (AttestRecord *record,
                            GPtrArray    *problems)
{
  const char *requirement = attest_record_get_string (record, "requirement");
  const char *reported = attest_record_get_string (record, "reported-on");
  const char *reviewed = attest_record_get_string (record, "reviewed-on");
  g_autofree char *today = attest_date_dup_today ();

  if (!attest_text_is_blank (requirement) && !attest_audit_requirement_is_known (requirement))
    attest_record_add_problem (problems, "requirement",
                               _("Write a clause, such as 7.2, or an Annex A control, such as A.5.15"));
  if (attest_date_is_valid (reported) && strcmp (reported, today) > 0)
    attest_record_add_problem (problems, "reported-on",
                               _("This day is still to come: write the day the nonconformity was reported"));
  if (attest_date_is_valid (reviewed) && strcmp (reviewed, today) > 0)
    attest_record_add_problem (problems, "reviewed-on",
                               _("This day is still to come: write the day the review was held, once it is"));
  if (attest_date_is_valid (reviewed) && attest_date_is_valid (reported) && strcmp (reviewed, reported) < 0)
    attest_record_add_problem (problems, "reviewed-on",
                               _("The effectiveness review comes after the nonconformity was reported"));
}

static void
attest_nonconformity_class_init (AttestNonconformityClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED },
    /* Other until the user says: only one opened from an audit finding
     * comes from an audit (attest_finding_open_nonconformity()). Every file and export since schema 23
     * holds the field, so this default is a new record's only. */
    { g_param_spec_enum ("source", NULL, NULL, ATTEST_TYPE_NONCONFORMITY_SOURCE,
                         ATTEST_NONCONFORMITY_SOURCE_OTHER, FLAGS), 23, NULL },
    { g_param_spec_string ("finding-id", NULL, NULL, "", FLAGS), 23, "audit-finding", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_string ("requirement", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("reported-on", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 23, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_OWNER },
    { g_param_spec_string ("correction", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("consequences", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("causes", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("similar", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("reviewed-on", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("reviewed-by-id", NULL, NULL, "", FLAGS), 23, "person", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_enum ("effectiveness", NULL, NULL, ATTEST_TYPE_EFFECTIVENESS,
                         ATTEST_EFFECTIVENESS_NOT_EVALUATED, FLAGS), 23, NULL },
    { g_param_spec_string ("review-note", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("changes", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_enum ("state", NULL, NULL, ATTEST_TYPE_NONCONFORMITY_STATE,
                         ATTEST_NONCONFORMITY_STATE_REPORTED, FLAGS), 23, NULL },
    { g_param_spec_int ("reopened", NULL, NULL, 0, G_MAXINT, 0, FLAGS), 23, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "nonconformity", "nonconformity", 23, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_nonconformity_check;
}

static void
attest_nonconformity_init (AttestNonconformity *self)
{
}
