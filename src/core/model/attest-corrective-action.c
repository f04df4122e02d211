/* attest-corrective-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-corrective-action"

#include "config.h"

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-corrective-action.h"

/* An action that removes the causes of a nonconformity (10.2 c): what is
 * done, who does it, the day it is due and the day it was done. */

struct _AttestCorrectiveAction
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestCorrectiveAction, attest_corrective_action, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Done on a day that has come; due on a day after the action was
 * recorded: a due day already passed when it is written down is a slip of
 * the keyboard, or a plan made too late. */
static void
attest_corrective_action_check (AttestRecord *record,
                                GPtrArray    *problems)
{
  const char *done = attest_record_get_string (record, "done-on");
  g_autofree char *today = attest_date_dup_today ();

  if (attest_date_is_valid (done) && strcmp (done, today) > 0)
    attest_record_add_problem (problems, "done-on",
                               _("This day is still to come: leave Done on empty until the action is done"));
  attest_record_check_action_due (record, problems);
}

static void
attest_corrective_action_class_init (AttestCorrectiveActionClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("nonconformity-id", NULL, NULL, "", FLAGS), 23, "nonconformity", 0 },
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 23, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_OWNER },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("done-on", NULL, NULL, "", FLAGS), 23, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "corrective-action", "corrective_action", 23, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_corrective_action_check;
}

static void
attest_corrective_action_init (AttestCorrectiveAction *self)
{
}
