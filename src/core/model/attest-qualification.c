/* attest-qualification.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-qualification"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-qualification.h"

/* A person's competence (7.2): held, with what shows it (training, a
 * certificate, experience), the day gained, the day it expires and where
 * the evidence is; or planned, with the action that gains it and by when.
 * Once an action's competence is held, whether the action was effective. */

struct _AttestQualification
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestQualification, attest_qualification, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Held: since when, and where the evidence is. Planned: how, by when. */
static void
attest_qualification_check (AttestRecord *record,
                            GPtrArray    *problems)
{
  if (attest_record_get_enum (record, "status") == ATTEST_QUALIFICATION_STATUS_HELD)
    {
      if (attest_text_is_blank (attest_record_get_string (record, "obtained-on")))
        attest_record_add_problem (problems, "obtained-on", _("Say when it was gained"));
      if (attest_text_is_blank (attest_record_get_string (record, "evidence")))
        attest_record_add_problem (problems, "evidence", _("Say where the evidence is"));
    }
  else
    {
      if (attest_text_is_blank (attest_record_get_string (record, "action")))
        attest_record_add_problem (problems, "action", _("Say how it is to be gained"));
      if (attest_text_is_blank (attest_record_get_string (record, "due-date")))
        attest_record_add_problem (problems, "due-date", _("Say by when"));
    }
}

static void
attest_qualification_class_init (AttestQualificationClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("person-id", NULL, NULL, "", FLAGS), 15, "person", ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("competence-id", NULL, NULL, "", FLAGS), 15, "competence", ATTEST_FIELD_REQUIRED },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_QUALIFICATION_STATUS, ATTEST_QUALIFICATION_STATUS_HELD,
                         FLAGS), 15, NULL },
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_QUALIFICATION_KIND, ATTEST_QUALIFICATION_KIND_TRAINING,
                         FLAGS), 15, NULL },
    { g_param_spec_string ("action", NULL, NULL, "", FLAGS), 15, NULL },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 15, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("obtained-on", NULL, NULL, "", FLAGS), 15, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("expires-on", NULL, NULL, "", FLAGS), 15, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("evidence", NULL, NULL, "", FLAGS), 15, NULL },
    { g_param_spec_enum ("effective", NULL, NULL, ATTEST_TYPE_EFFECTIVENESS, ATTEST_EFFECTIVENESS_NOT_EVALUATED,
                         FLAGS), 15, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "qualification", "qualification", 15, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_qualification_check;
}

static void
attest_qualification_init (AttestQualification *self)
{
}
