/* attest-page.h: what every sidebar page shares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*AttestPageFillFunc) (GtkWidget *page);

void attest_page_fill_when_shown (GtkWidget          *page,
                                  AttestPageFillFunc  fill);

G_END_DECLS
