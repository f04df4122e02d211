/* attest-risk-acceptance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risk-acceptance"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-risk-acceptance.h"

/* A risk owner's decision on a residual risk (clause 6.1.3 f): who, when, accepted or not, why, the authority above the owner that took or confirmed it where the method's escalation level asks for one (schema 8), and the risk as it was then (JSON). Editing the risk afterwards makes the acceptance outdated. */

struct _AttestRiskAcceptance
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRiskAcceptance, attest_risk_acceptance, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_risk_acceptance_class_init (AttestRiskAcceptanceClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("risk-id", NULL, NULL, "", FLAGS), 4, "risk", 0 },
    { g_param_spec_string ("accepted-by", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("accepted-at", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_TIMESTAMP },
    { g_param_spec_enum ("decision", NULL, NULL, ATTEST_TYPE_ACCEPTANCE_DECISION, ATTEST_ACCEPTANCE_ACCEPTED, FLAGS), 4, NULL },
    { g_param_spec_string ("note", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_string ("snapshot", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_SNAPSHOT },
    { g_param_spec_string ("authority", NULL, NULL, "", FLAGS), 8, NULL, 0 },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "risk-acceptance", "risk_acceptance", 4, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_risk_acceptance_init (AttestRiskAcceptance *self)
{
}
