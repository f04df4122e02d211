/* attest-undo.h: delete with an Undo toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

gboolean attest_remove_with_undo (GtkWidget       *widget,
                                  AttestWorkspace *workspace,
                                  AttestRecord    *record,
                                  const char      *message);

void     attest_added_with_undo  (GtkWidget       *widget,
                                  AttestWorkspace *workspace,
                                  GPtrArray       *records,
                                  const char      *message);

G_END_DECLS
