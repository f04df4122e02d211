/* attest-one-child.h: laying out a widget's one child without a layout
 * manager, as GtkBinLayout would, for widgets that must see their width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkSizeRequestMode attest_one_child_get_request_mode (GtkWidget      *widget);
void               attest_one_child_measure          (GtkWidget      *widget,
                                                      GtkOrientation  orientation,
                                                      int             for_size,
                                                      int            *minimum,
                                                      int            *natural,
                                                      int            *minimum_baseline,
                                                      int            *natural_baseline);
void               attest_one_child_size_allocate    (GtkWidget      *widget,
                                                      int             width,
                                                      int             height,
                                                      int             baseline);

G_END_DECLS
