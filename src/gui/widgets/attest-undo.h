/* attest-undo.h: delete, add or change with an Undo toast.
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

typedef struct _AttestUndoSnapshot AttestUndoSnapshot;

AttestUndoSnapshot *attest_undo_snapshot_new  (AttestWorkspace    *workspace,
                                               GType               kind,
                                               const char * const *fields);
void                attest_undo_snapshot_free (AttestUndoSnapshot *snapshot);
void                attest_changed_with_undo  (GtkWidget          *widget,
                                               AttestUndoSnapshot *snapshot,
                                               const char         *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestUndoSnapshot, attest_undo_snapshot_free)

G_END_DECLS
