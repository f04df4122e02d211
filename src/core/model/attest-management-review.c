/* attest-management-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-management-review"

#include "config.h"

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-management-review.h"

/* A management review (9.3): the day it is planned and the day it was held,
 * who attended (links review-attendee to people), its inputs (review-input
 * records, which "Prepare inputs" writes as a snapshot of the workspace), the
 * decisions it took on improvement and on changes to the ISMS, its actions
 * (review-action records) and where its minutes are kept if not here.
 * "since" is the day the inputs count changes from (the previous review's
 * held day) and "inputs-prepared-at" when they were last prepared. */

struct _AttestManagementReview
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestManagementReview, attest_management_review, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_management_review_check (AttestRecord *record,
                                GPtrArray    *problems)
{
  const char *held = attest_record_get_string (record, "held-on");
  const char *since = attest_record_get_string (record, "since");
  g_autofree char *today = attest_date_dup_today ();

  if (attest_date_is_valid (held) && strcmp (held, today) > 0)
    attest_record_add_problem (problems, "held-on",
                               _("This day is still to come: leave Held on empty until the review is held, "
                                 "and give the day it is planned for under Planned for"));
  if (attest_date_is_valid (held) && attest_date_is_valid (since) && strcmp (since, held) > 0)
    attest_record_add_problem (problems, "since",
                               _("Changes are counted from a day after the review was held: give the day of "
                                 "the previous review, or leave it empty"));
}

static void
attest_management_review_class_init (AttestManagementReviewClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("planned-date", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("held-on", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("since", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("inputs-prepared-at", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_TIMESTAMP },
    { g_param_spec_string ("improvement-decisions", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("change-decisions", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("minutes-reference", NULL, NULL, "", FLAGS), 24, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "management-review", "management_review", 24, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_management_review_check;
}

static void
attest_management_review_init (AttestManagementReview *self)
{
}
