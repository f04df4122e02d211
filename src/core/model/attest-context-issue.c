/* attest-context-issue.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-context-issue"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-context-issue.h"

/* An external or internal issue that affects the ISMS's ability to achieve its outcomes (clause 4.1), including climate change (Amendment 1, 2024). */

struct _AttestContextIssue
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestContextIssue, attest_context_issue, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_context_issue_class_init (AttestContextIssueClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_enum ("origin", NULL, NULL, ATTEST_TYPE_ISSUE_ORIGIN, ATTEST_ISSUE_ORIGIN_EXTERNAL, FLAGS), 1, NULL },
    { g_param_spec_enum ("category", NULL, NULL, ATTEST_TYPE_ISSUE_CATEGORY, ATTEST_ISSUE_CATEGORY_OTHER, FLAGS), 1, NULL },
    { g_param_spec_string ("effect", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("treatment", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "context-issue", "context_issue", 1, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_context_issue_init (AttestContextIssue *self)
{
}
