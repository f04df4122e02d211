/* attest-review-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-review-action"

#include "config.h"

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-review-action.h"

/* An action a management review decided (9.3.3): what, who, by when, how far
 * it has come and the day it was done. The next review's inputs report it. */

struct _AttestReviewAction
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestReviewAction, attest_review_action, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_review_action_check (AttestRecord *record,
                            GPtrArray    *problems)
{
  const char *done = attest_record_get_string (record, "done-on");
  int status = attest_record_get_enum (record, "status");
  g_autofree char *today = attest_date_dup_today ();

  if (attest_date_is_valid (done) && strcmp (done, today) > 0)
    attest_record_add_problem (problems, "done-on",
                               _("This day is still to come: leave Done on empty until the action is done"));
  if (status == ATTEST_ACTION_STATUS_DONE && !attest_date_is_valid (done))
    attest_record_add_problem (problems, "done-on", _("Write the day it was done"));
  attest_record_check_action_due (record, problems);
}

static void
attest_review_action_class_init (AttestReviewActionClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("review-id", NULL, NULL, "", FLAGS), 24, "management-review", 0 },
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 24, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_OWNER },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_ACTION_STATUS, ATTEST_ACTION_STATUS_OPEN, FLAGS), 24, NULL },
    { g_param_spec_string ("done-on", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "review-action", "review_action", 24, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_review_action_check;
}

static void
attest_review_action_init (AttestReviewAction *self)
{
}
