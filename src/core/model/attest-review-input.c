/* attest-review-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-review-input"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-review-input.h"

/* One input of a management review (9.3.2): its topic, the summary "Prepare
 * inputs" wrote from the workspace, the data that summary was made from (a
 * snapshot of ids and counts, so the minutes say what was known on the day),
 * and the comment of the people who reviewed it, which preparing the inputs
 * again never touches. */

struct _AttestReviewInput
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestReviewInput, attest_review_input, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_review_input_class_init (AttestReviewInputClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("review-id", NULL, NULL, "", FLAGS), 24, "management-review", 0 },
    { g_param_spec_enum ("topic", NULL, NULL, ATTEST_TYPE_REVIEW_TOPIC,
                         ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS, FLAGS), 24, NULL },
    { g_param_spec_string ("summary", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("data", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_SNAPSHOT },
    { g_param_spec_string ("comment", NULL, NULL, "", FLAGS), 24, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "review-input", "review_input", 24, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_review_input_init (AttestReviewInput *self)
{
}
