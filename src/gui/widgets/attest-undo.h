/* attest-undo.h: a change told in a toast with its Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

void     attest_toast_report     (GtkWidget       *widget,
                                  const char      *message);
void     attest_toast_with_undo  (GtkWidget       *widget,
                                  AttestWorkspace *workspace,
                                  const char      *message);

gboolean attest_remove_with_undo (GtkWidget       *widget,
                                  AttestWorkspace *workspace,
                                  AttestRecord    *record,
                                  const char      *message);

G_END_DECLS
