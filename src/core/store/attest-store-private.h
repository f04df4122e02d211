/* attest-store-private.h: what tests may reach inside the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "attest-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/**
 * AttestMigrationFunc:
 *
 * One extra step of a migration, run inside its transaction after the
 * generic steps (tables of kinds and fields added in that version).
 */
typedef gboolean (*AttestMigrationFunc) (AttestStore  *store,
                                         GError      **error);

/* Tests use this to exercise the migration machinery (backup, transaction,
 * refusal of failed steps) with schema versions that are not released. */
void     _attest_store_set_test_migration (guint                version,
                                           AttestMigrationFunc  func);
AttestStore *_attest_store_create_as       (const char          *path,
                                           const char          *name_path,
                                           GError             **error);
gboolean _attest_store_exec_for_testing   (AttestStore         *self,
                                           const char          *sql,
                                           GError             **error);

G_END_DECLS
