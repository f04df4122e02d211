/* attest-topic-policy.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-topic-policy"

#include "config.h"

#include "attest-i18n.h"
#include <string.h>

#include "attest-clock.h"
#include "attest-topic-policy.h"

/* A topic-specific policy (5.2, and the Annex A controls that ask for
 * one): its title, who owns it, its version, when it was approved and is
 * next reviewed, and where it is kept. The text lives in the document
 * itself, outside Attest; the controls it serves are links
 * (attest-kinds.c). */

struct _AttestTopicPolicy
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestTopicPolicy, attest_topic_policy, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A review is planned after the approval it follows, not before it. */
static void
attest_topic_policy_check (AttestRecord *record,
                           GPtrArray    *problems)
{
  const char *approved = attest_record_get_string (record, "approved-on");
  const char *review = attest_record_get_string (record, "next-review");

  if (attest_date_is_valid (approved) && attest_date_is_valid (review) && strcmp (review, approved) < 0)
    {
      g_autofree char *message = g_strdup_printf (_("The next review, %s, is before the approval on %s: "
                                                    "give a day after it"), review, approved);

      attest_record_add_problem (problems, "next-review", message);
    }
}

static void
attest_topic_policy_class_init (AttestTopicPolicyClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("version", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("approved-on", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("next-review", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("location", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "topic-policy", "topic_policy", 18, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_topic_policy_check;
}

static void
attest_topic_policy_init (AttestTopicPolicy *self)
{
}
