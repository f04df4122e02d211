/* attest-risk-method.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISK_METHOD (attest_risk_method_get_type ())

G_DECLARE_FINAL_TYPE (AttestRiskMethod, attest_risk_method, ATTEST, RISK_METHOD, AttestRecord)

/** ATTEST_RISK_NOT_ASSESSED: the level of a risk without likelihood or impact. */
#define ATTEST_RISK_NOT_ASSESSED (-1)
/** ATTEST_RISK_OFF_SCALE: the level of a risk whose values lie beyond the method's scales. */
#define ATTEST_RISK_OFF_SCALE (-2)
/** ATTEST_RISK_METHOD_MAX_LEVELS: the most risk levels a method has (and the fewest, 2). */
#define ATTEST_RISK_METHOD_MAX_LEVELS 6
#define ATTEST_RISK_METHOD_MIN_LEVELS 2

const char   *attest_risk_method_default_authority (void);
void          attest_risk_method_fill_escalation   (AttestRecord *method);
const char   *attest_risk_method_default_identification (void);
void          attest_risk_method_apply_preset (AttestRecord    *method,
                                               guint            size);
int           attest_risk_method_level        (AttestRecord    *method,
                                               int              likelihood,
                                               int              impact);
const char   *attest_risk_method_level_name   (AttestRecord    *method,
                                               int              level);
char         *attest_risk_method_dup_score    (AttestRecord    *method,
                                               int              level,
                                               int              likelihood,
                                               int              impact);
GPtrArray    *attest_risk_method_check        (AttestRecord    *method);
gboolean      attest_risk_method_fit_matrix   (AttestRecord    *method,
                                               guint            old_n_likelihood,
                                               guint            old_n_impact,
                                               int              scores);
gboolean      attest_risk_method_paint        (AttestRecord    *method,
                                               guint            likelihood,
                                               guint            impact,
                                               guint            level);

int           attest_risk_method_threshold_problem (AttestRecord *method);
void          attest_risk_method_score_range  (AttestRecord    *method,
                                               int             *lowest,
                                               int             *highest);
gboolean      attest_risk_method_add_level    (AttestRecord    *method);
gboolean      attest_risk_method_remove_level (AttestRecord    *method,
                                               guint            level);

G_END_DECLS
