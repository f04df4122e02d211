/* attest-toast.h: the one way a widget tells the user something in passing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToastOverlay *attest_toast_get_overlay (GtkWidget *widget);

void attest_toast_show (GtkWidget  *widget,
                        AdwToast   *toast);
void attest_toast_add  (GtkWidget  *widget,
                        const char *message);

G_END_DECLS
