/* attest-risks.h: risk assessment and treatment over the workspace.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/** ATTEST_RISK_NOT_ASSESSED: the level of a risk without likelihood or impact. */
#define ATTEST_RISK_NOT_ASSESSED (-1)
/** ATTEST_RISK_OFF_SCALE: the level of a risk whose values lie beyond the method's scales. */
#define ATTEST_RISK_OFF_SCALE (-2)

void          attest_risk_method_apply_preset (AttestRecord    *method,
                                               guint            size);
int           attest_risk_method_level        (AttestRecord    *method,
                                               int              likelihood,
                                               int              impact);
const char   *attest_risk_method_level_name   (AttestRecord    *method,
                                               int              level);
GPtrArray    *attest_risk_method_check        (AttestRecord    *method);
gboolean      attest_risk_method_fit_matrix   (AttestRecord    *method,
                                               guint            old_n_likelihood,
                                               guint            old_n_impact,
                                               int              scores);
gboolean      attest_risk_method_paint        (AttestRecord    *method,
                                               guint            likelihood,
                                               guint            impact,
                                               guint            level);

gboolean      attest_colour_parse             (const char      *text,
                                               double           rgb[3]);
double        attest_colour_luminance         (const double     rgb[3]);
double        attest_colour_text_grey         (const double     rgb[3]);

GStrv         attest_risks_dup_scale          (AttestWorkspace *workspace,
                                               AttestRecord    *record,
                                               const char      *field);
void          attest_risk_get_ratings         (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               gboolean         residual,
                                               int             *likelihood,
                                               int             *impact);
GArray       *attest_risks_heat_counts        (AttestWorkspace *workspace,
                                               gboolean         residual,
                                               guint           *n_likelihood,
                                               guint           *n_impact);
int           attest_risk_level               (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               gboolean         residual);
GArray       *attest_risks_levels             (AttestWorkspace *workspace);
guint         attest_risks_count_changed      (AttestWorkspace *workspace,
                                               GArray          *before);
AttestRecord *attest_risk_get_acceptance      (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
gboolean      attest_risk_acceptance_is_outdated (AttestWorkspace *workspace,
                                                  AttestRecord    *acceptance);
char         *attest_risk_acceptance_dup_pending (AttestWorkspace *workspace,
                                                  AttestRecord    *acceptance);
AttestRecord *attest_risk_accept              (AttestWorkspace *workspace,
                                               AttestRecord    *risk,
                                               const char      *accepted_by,
                                               int              decision,
                                               const char      *note,
                                               GError         **error);
GPtrArray    *attest_risk_check               (AttestWorkspace *workspace,
                                               AttestRecord    *risk);
GPtrArray    *attest_treatment_action_check   (AttestWorkspace *workspace,
                                               AttestRecord    *action);
GPtrArray    *attest_risks_check              (AttestWorkspace *workspace);

G_END_DECLS
