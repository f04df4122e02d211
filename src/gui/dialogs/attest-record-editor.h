/* attest-record-editor.h: a window that edits one record with its form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RECORD_EDITOR (attest_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (AttestRecordEditor, attest_record_editor, ATTEST, RECORD_EDITOR, AdwWindow)

AttestRecordEditor *attest_record_editor_new (GtkWidget          *owner,
                                              AttestWorkspace    *workspace,
                                              AttestRecord       *record,
                                              const char * const *fields,
                                              const char         *title,
                                              gboolean            is_new);

G_END_DECLS
