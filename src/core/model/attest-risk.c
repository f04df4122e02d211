/* attest-risk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risk"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-risk.h"

/* A risk of the register (clause 8.2): what could happen, to which assets (links), from which threat and vulnerability, whose risk it is; likelihood and impact before and after treatment (0 while not assessed; the levels are computed from the method, never stored); the treatment option and the controls selected to treat it (links to SoA entries). */

struct _AttestRisk
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRisk, attest_risk, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_risk_class_init (AttestRiskClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("threat-id", NULL, NULL, "", FLAGS), 4, "threat", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_string ("vulnerability-id", NULL, NULL, "", FLAGS), 4, "vulnerability", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_int ("likelihood", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("impact", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_string ("existing-controls", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_enum ("treatment", NULL, NULL, ATTEST_TYPE_TREATMENT, ATTEST_TREATMENT_UNDECIDED, FLAGS), 4, NULL },
    { g_param_spec_int ("residual-likelihood", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("residual-impact", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_string ("review-date", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "risk", "risk", 4, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_risk_init (AttestRisk *self)
{
}
