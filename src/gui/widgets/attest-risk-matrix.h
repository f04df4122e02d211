/* attest-risk-matrix.h: the risk matrix of the method, painted cell by cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RISK_MATRIX (attest_risk_matrix_get_type ())

G_DECLARE_FINAL_TYPE (AttestRiskMatrix, attest_risk_matrix, ATTEST, RISK_MATRIX, GtkWidget)

GtkWidget *attest_risk_matrix_new       (AttestRecord     *method,
                                         gboolean          read_only);
void       attest_risk_matrix_set_brush (AttestRiskMatrix *self,
                                         guint             level);
gboolean   attest_risk_matrix_paint     (AttestRiskMatrix *self,
                                         guint             likelihood,
                                         guint             impact);
GtkWidget *attest_risk_matrix_get_cell  (AttestRiskMatrix *self,
                                         guint             likelihood,
                                         guint             impact);

void       attest_risk_matrix_set_paintable (AttestRiskMatrix *self,
                                             gboolean          paintable);

G_END_DECLS
