/* attest-scroll.h: a sideways scroller inside a page that scrolls down.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void attest_scroll_pass_vertical (GtkScrolledWindow *sideways);

G_END_DECLS
