/* attest-metrics-page.h: what the ISMS measures, and its results (9.1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_METRICS_PAGE (attest_metrics_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestMetricsPage, attest_metrics_page, ATTEST, METRICS_PAGE, AttestPage)

GtkWidget *attest_metrics_page_new    (AttestWorkspace   *workspace);
void       attest_metrics_page_select (AttestMetricsPage *self,
                                       AttestRecord      *record);

G_END_DECLS
