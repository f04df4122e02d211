/* attest-heat-map.h: the risk heat map on screen, a cell chosen to filter by.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_HEAT_MAP (attest_heat_map_get_type ())

G_DECLARE_FINAL_TYPE (AttestHeatMap, attest_heat_map, ATTEST, HEAT_MAP, GtkWidget)

GtkWidget *attest_heat_map_new          (AttestWorkspace *workspace,
                                         gboolean         residual);
void       attest_heat_map_select       (AttestHeatMap   *self,
                                         int              likelihood,
                                         int              impact);
void       attest_heat_map_get_selected (AttestHeatMap   *self,
                                         int             *likelihood,
                                         int             *impact);
gboolean   attest_heat_map_get_residual (AttestHeatMap   *self);
gboolean   attest_heat_map_click        (AttestHeatMap   *self,
                                         double           x,
                                         double           y);

G_END_DECLS
