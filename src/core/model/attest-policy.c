/* attest-policy.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-policy"

#include "config.h"

#include "attest-policy.h"

/* The information security policy (5.2), one per workspace: its text,
 * written in Attest in the small Markdown subset of attest-markdown.h and
 * typeset from it in the audit pack; who owns it; its classification (often
 * public: the pack's own is for the rest); to whom, how and when it
 * was made known; whether and how interested parties can have it; when it
 * is next reviewed. Its approved versions are document-version records of
 * the document "policy" (attest-isms-document.c). */

struct _AttestPolicy
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestPolicy, attest_policy, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_policy_class_init (AttestPolicyClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("text", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("classification", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("communicated-to", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("communicated-how", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("communicated-on", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_boolean ("available-to-parties", NULL, NULL, FALSE, FLAGS), 18, NULL },
    { g_param_spec_string ("available-how", NULL, NULL, "", FLAGS), 18, NULL },
    { g_param_spec_string ("next-review", NULL, NULL, "", FLAGS), 18, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "policy", "policy", 18, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_policy_init (AttestPolicy *self)
{
}
