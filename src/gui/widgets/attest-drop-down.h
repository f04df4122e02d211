/* attest-drop-down.h: drop-downs a screen reader can name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void attest_drop_down_update_search (GtkDropDown *dropdown);
void attest_drop_down_set_label (GtkDropDown *dropdown,
                                 const char  *label);

G_END_DECLS
