/* attest-plan-approval.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-plan-approval"

#include "config.h"

#include "attest-plan-approval.h"

/* A risk owner's approval of the risk treatment plan (clause 6.1.3 f): who,
 * when, which approved version of the plan, and the owner's risks in it as
 * they were then (JSON). Apart from the owner's decisions on the residual
 * risk of single risks (risk-acceptance). */

struct _AttestPlanApproval
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestPlanApproval, attest_plan_approval, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_plan_approval_class_init (AttestPlanApprovalClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 7, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("version-id", NULL, NULL, "", FLAGS), 7, "document-version", 0 },
    { g_param_spec_string ("approved-at", NULL, NULL, "", FLAGS), 7, NULL, ATTEST_FIELD_TIMESTAMP },
    { g_param_spec_string ("note", NULL, NULL, "", FLAGS), 7, NULL, 0 },
    { g_param_spec_string ("snapshot", NULL, NULL, "", FLAGS), 7, NULL, ATTEST_FIELD_SNAPSHOT },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "plan-approval", "plan_approval", 7, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_plan_approval_init (AttestPlanApproval *self)
{
}
