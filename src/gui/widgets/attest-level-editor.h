/* attest-level-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_LEVEL_EDITOR (attest_level_editor_get_type ())

G_DECLARE_FINAL_TYPE (AttestLevelEditor, attest_level_editor, ATTEST, LEVEL_EDITOR, AdwBin)

GtkWidget *attest_level_editor_new   (AttestWorkspace   *workspace,
                                      AttestRecord      *method);
GtkWidget *attest_level_editor_get_row (AttestLevelEditor *self,
                                        guint              level);
void       attest_level_editor_flush (AttestLevelEditor *self);

G_END_DECLS
