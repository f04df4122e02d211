/* attest-scale-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SCALE_EDITOR (attest_scale_editor_get_type ())

G_DECLARE_FINAL_TYPE (AttestScaleEditor, attest_scale_editor, ATTEST, SCALE_EDITOR, AdwBin)

GtkWidget *attest_scale_editor_new       (AttestWorkspace   *workspace,
                                          AttestRecord      *method,
                                          gboolean           impact);
GtkWidget *attest_scale_editor_get_row   (AttestScaleEditor *self,
                                          guint              step);
void       attest_scale_editor_flush     (AttestScaleEditor *self);

G_END_DECLS
