/* attest-workspace.h: one open ISMS.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "attest-kinds.h"
#include "attest-record.h"
#include "attest-store.h"
#include "attest-types.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_WORKSPACE (attest_workspace_get_type ())

G_DECLARE_FINAL_TYPE (AttestWorkspace, attest_workspace, ATTEST, WORKSPACE, GObject)

/**
 * AttestWorkspaceFillFunc:
 * @workspace: a workspace being created
 * @user_data: the caller's
 * @error: return location for an error
 *
 * Adds to a new workspace before it takes its name.
 *
 * Returns: %TRUE on success
 */
typedef gboolean (*AttestWorkspaceFillFunc) (AttestWorkspace  *workspace,
                                             gpointer          user_data,
                                             GError          **error);

typedef struct _AttestRemoval AttestRemoval;

void             attest_removal_free                (AttestRemoval    *removal);
guint            attest_removal_get_count           (AttestRemoval    *removal);
guint            attest_removal_get_n_changed       (AttestRemoval    *removal);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestRemoval, attest_removal_free)

AttestWorkspace *attest_workspace_create            (const char       *path,
                                                     const char       *organisation,
                                                     GError          **error);
AttestWorkspace *attest_workspace_create_full       (const char       *path,
                                                     const char       *organisation,
                                                     AttestWorkspaceFillFunc fill,
                                                     gpointer          user_data,
                                                     GError          **error);
AttestWorkspace *attest_workspace_open              (const char       *path,
                                                     AttestOpenFlags   flags,
                                                     GError          **error);
AttestWorkspace *attest_workspace_open_deferred     (const char       *path,
                                                     AttestOpenFlags   flags,
                                                     GError          **error);
void             attest_workspace_load_async        (AttestWorkspace  *self,
                                                     GCancellable     *cancellable,
                                                     GAsyncReadyCallback callback,
                                                     gpointer          user_data);
gboolean         attest_workspace_load_finish       (AttestWorkspace  *self,
                                                     GAsyncResult     *result,
                                                     GError          **error);
gboolean         attest_workspace_is_loaded         (AttestWorkspace  *self);
void             attest_workspace_close             (AttestWorkspace  *self);
gboolean         attest_workspace_is_closed         (AttestWorkspace  *self);

const char      *attest_workspace_get_path          (AttestWorkspace  *self);
const char      *attest_workspace_get_display_name  (AttestWorkspace  *self);
gboolean         attest_workspace_is_read_only      (AttestWorkspace  *self);
const char      *attest_workspace_get_read_only_reason (AttestWorkspace *self);
gboolean         attest_workspace_is_readable_by_others (AttestWorkspace *self,
                                                         guint           *mode);
gboolean         attest_workspace_make_private        (AttestWorkspace  *self,
                                                       GError          **error);
AttestStore     *attest_workspace_get_store         (AttestWorkspace  *self);

GListModel      *attest_workspace_get_records       (AttestWorkspace  *self,
                                                     GType             kind);
GPtrArray       *attest_workspace_get_records_by    (AttestWorkspace  *self,
                                                     GType             kind,
                                                     const char       *field,
                                                     const char       *value);
AttestRecord    *attest_workspace_lookup            (AttestWorkspace  *self,
                                                     const char       *id);
AttestRecord    *attest_workspace_get_singleton     (AttestWorkspace  *self,
                                                     GType             kind);
AttestRecord    *attest_workspace_lookup_soa_entry  (AttestWorkspace  *self,
                                                     const char       *control_id);
gboolean         attest_workspace_is_empty          (AttestWorkspace  *self);

gboolean         attest_workspace_add               (AttestWorkspace  *self,
                                                     AttestRecord     *record,
                                                     GError          **error);
gboolean         attest_workspace_remove            (AttestWorkspace  *self,
                                                     AttestRecord     *record,
                                                     GError          **error);
gboolean         attest_workspace_remove_full       (AttestWorkspace  *self,
                                                     AttestRecord     *record,
                                                     AttestRemoval   **removal,
                                                     GError          **error);
gboolean         attest_workspace_restore           (AttestWorkspace  *self,
                                                     AttestRemoval    *removal,
                                                     GError          **error);
gboolean         attest_workspace_link              (AttestWorkspace  *self,
                                                     const char       *link_kind,
                                                     AttestRecord     *from,
                                                     AttestRecord     *to,
                                                     GError          **error);
gboolean         attest_workspace_unlink            (AttestWorkspace  *self,
                                                     const char       *link_kind,
                                                     AttestRecord     *from,
                                                     AttestRecord     *to,
                                                     GError          **error);
GPtrArray       *attest_workspace_dup_links         (AttestWorkspace  *self,
                                                     const char       *link_kind,
                                                     GError          **error);
GPtrArray       *attest_workspace_dup_links_from    (AttestWorkspace  *self,
                                                     const char       *link_kind,
                                                     AttestRecord     *from,
                                                     GError          **error);

gboolean         attest_workspace_begin             (AttestWorkspace  *self,
                                                     GError          **error);
gboolean         attest_workspace_commit            (AttestWorkspace  *self,
                                                     GError          **error);
void             attest_workspace_rollback          (AttestWorkspace  *self);

gboolean         attest_workspace_replace_all       (AttestWorkspace  *self,
                                                     GPtrArray        *records,
                                                     GPtrArray        *links,
                                                     GError          **error);
gboolean         attest_workspace_save_copy         (AttestWorkspace  *self,
                                                     const char       *path,
                                                     AttestOutputFlags flags,
                                                     GError          **error);

gboolean         attest_workspace_undo              (AttestWorkspace  *self,
                                                     GError          **error);
gboolean         attest_workspace_redo              (AttestWorkspace  *self,
                                                     GError          **error);
gboolean         attest_workspace_can_undo          (AttestWorkspace  *self);
gboolean         attest_workspace_can_redo          (AttestWorkspace  *self);
char            *attest_workspace_dup_undo_label    (AttestWorkspace  *self,
                                                     gboolean         *final);
char            *attest_workspace_dup_redo_label    (AttestWorkspace  *self);
guint64          attest_workspace_get_undo_serial   (AttestWorkspace  *self);
gboolean         attest_workspace_is_replaying      (AttestWorkspace  *self);
void             attest_workspace_set_change_label  (AttestWorkspace  *self,
                                                     const char       *label);

char            *attest_record_dup_display_name     (AttestWorkspace  *workspace,
                                                     AttestRecord     *record);

GPtrArray       *attest_workspace_dup_parties      (AttestWorkspace  *self);
AttestRecord    *attest_workspace_get_owner        (AttestWorkspace  *self,
                                                    AttestRecord     *record);
gboolean         attest_workspace_add_missing_owners (AttestWorkspace  *self,
                                                    guint            *n_added,
                                                    GError          **error);

G_END_DECLS
