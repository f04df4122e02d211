/* attest-heatmap.h: the risk heat map, drawn with Cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "attest.h"

G_BEGIN_DECLS

void     attest_heatmap_draw    (cairo_t         *cr,
                                 AttestWorkspace *workspace,
                                 gboolean         residual,
                                 double           width,
                                 double           height,
                                 int              selected_likelihood,
                                 int              selected_impact);
void     attest_heatmap_draw_levels (cairo_t         *cr,
                                     AttestWorkspace *workspace,
                                     double           width,
                                     double           height);
gboolean attest_heatmap_cell_at (AttestWorkspace *workspace,
                                 double           width,
                                 double           height,
                                 double           x,
                                 double           y,
                                 int             *likelihood,
                                 int             *impact);

G_END_DECLS
