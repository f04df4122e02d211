/* attest-risk-method.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risk-method"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-risk-method.h"

/* How risks are assessed (clause 6.1.2): the likelihood and impact scales (3 to 6 levels, each with a label and a description), how a level is computed (product, sum, or a matrix painted cell by cell), the named risk levels with their colours and, for product and sum, the highest score of each level but the last; the level up to which a risk owner may accept a risk; and when assessments are repeated. One per workspace. The matrix holds a level index per cell, likelihood row by row. */

struct _AttestRiskMethod
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRiskMethod, attest_risk_method, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_risk_method_class_init (AttestRiskMethodClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_boxed ("likelihood-scale", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("likelihood-descriptions", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("impact-scale", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("impact-descriptions", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_enum ("computation", NULL, NULL, ATTEST_TYPE_RISK_COMPUTATION, ATTEST_RISK_COMPUTATION_PRODUCT, FLAGS), 4, NULL },
    { g_param_spec_boxed ("levels", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("level-colours", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_COLOURS },
    { g_param_spec_boxed ("thresholds", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_NUMBERS },
    { g_param_spec_boxed ("matrix", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_NUMBERS },
    { g_param_spec_int ("acceptance-level", NULL, NULL, 0, 5, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("review-interval", NULL, NULL, 1, 120, 12, FLAGS), 4, NULL },
    { g_param_spec_string ("review-triggers", NULL, NULL, "", FLAGS), 4, NULL, 0 },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "risk-method", "risk_method", 4, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_risk_method_init (AttestRiskMethod *self)
{
}
