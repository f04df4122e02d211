/* attest-store.h: the .isms file. The only code that knows SQL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "attest-history-chain.h"
#include "attest-kinds.h"
#include "attest-output.h"
#include "attest-record.h"

G_BEGIN_DECLS

/** ATTEST_SCHEMA_VERSION: the schema this Attest writes (PRAGMA user_version). */
#define ATTEST_SCHEMA_VERSION 24

/**
 * AttestOpenFlags:
 * @ATTEST_OPEN_DEFAULT: open for editing
 * @ATTEST_OPEN_READ_ONLY: open for reading; never writes a byte
 * @ATTEST_OPEN_TAKE_OVER: open for editing even if another Attest holds the lock
 * @ATTEST_OPEN_LOCK_LATER: for editing, but the caller takes the lock with
 *   attest_store_take_lock() once it has read the file
 * @ATTEST_OPEN_CHECK_LATER: the caller checks the file's pages with
 *   attest_store_check_pages(), in another thread, before it uses what it
 *   read; a file to upgrade is checked at once all the same
 */
typedef enum
{
  ATTEST_OPEN_DEFAULT    = 0,
  ATTEST_OPEN_READ_ONLY  = 1 << 0,
  ATTEST_OPEN_TAKE_OVER  = 1 << 1,
  ATTEST_OPEN_LOCK_LATER = 1 << 2,
  ATTEST_OPEN_CHECK_LATER = 1 << 3,
} AttestOpenFlags;

/**
 * AttestLockHolder:
 * @host: the host name of the holder
 * @pid: its process id
 * @since: when it opened the file, microseconds since 1970 (UTC)
 * @alive: %FALSE when the holder is known to be gone (same host, no such process)
 */
typedef struct
{
  char    *host;
  gint64   pid;
  gint64   since;
  gboolean alive;
} AttestLockHolder;

void attest_lock_holder_free (AttestLockHolder *holder);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestLockHolder, attest_lock_holder_free)

#define ATTEST_TYPE_STORE (attest_store_get_type ())

G_DECLARE_FINAL_TYPE (AttestStore, attest_store, ATTEST, STORE, GObject)

AttestStore      *attest_store_create             (const char            *path,
                                                   GError               **error);
AttestStore      *attest_store_create_as          (const char            *path,
                                                   const char            *name_path,
                                                   GError               **error);
AttestStore      *attest_store_open               (const char            *path,
                                                   AttestOpenFlags        flags,
                                                   GError               **error);
void              attest_store_close              (AttestStore           *self);
gboolean          attest_store_check_pages        (const char            *path,
                                                   GError               **error);

const char       *attest_store_get_path           (AttestStore           *self);
const char       *attest_store_get_display_name   (AttestStore           *self);
gboolean          attest_store_is_read_only       (AttestStore           *self);
const char       *attest_store_get_read_only_reason (AttestStore         *self);
guint             attest_store_get_schema_version (AttestStore           *self);
guint             attest_store_get_migrated_from  (AttestStore           *self);
const char       *attest_store_get_backup_path    (AttestStore           *self);
gboolean          attest_store_is_readable_by_others (AttestStore        *self,
                                                    guint              *mode);
gboolean          attest_store_make_private       (AttestStore           *self,
                                                    GError               **error);
AttestLockHolder *attest_store_dup_lock_holder    (AttestStore           *self);

gboolean          attest_store_take_lock          (AttestStore           *self,
                                                   AttestOpenFlags        flags,
                                                   GError               **error);
gboolean          attest_store_begin              (AttestStore           *self,
                                                   GError               **error);
gboolean          attest_store_commit             (AttestStore           *self,
                                                   GError               **error);
void              attest_store_rollback           (AttestStore           *self);
gboolean          attest_store_in_transaction     (AttestStore           *self);

GPtrArray        *attest_store_load               (AttestStore           *self,
                                                   GType                  kind,
                                                   GError               **error);
gint64            attest_store_count              (AttestStore           *self,
                                                   GType                  kind,
                                                   GError               **error);
gboolean          attest_store_begin_read         (AttestStore           *self,
                                                   GError               **error);
void              attest_store_end_read           (AttestStore           *self);
gboolean          attest_store_is_reading         (AttestStore           *self);

/**
 * AttestStoreReader:
 *
 * Reads the records of one kind a few at a time, so that a large workspace
 * is loaded in steps between which the main loop runs.
 */
typedef struct _AttestStoreReader AttestStoreReader;

AttestStoreReader *attest_store_reader_new        (AttestStore           *store,
                                                   GType                  kind,
                                                   GError               **error);
gboolean          attest_store_reader_step        (AttestStoreReader     *reader,
                                                   guint                  max_records,
                                                   gboolean              *done,
                                                   GError               **error);
GPtrArray        *attest_store_reader_get_records (AttestStoreReader     *reader);
GPtrArray        *attest_store_reader_finish      (AttestStoreReader     *reader);
void              attest_store_reader_free        (AttestStoreReader     *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestStoreReader, attest_store_reader_free)
gboolean          attest_store_insert             (AttestStore           *self,
                                                   AttestRecord          *record,
                                                   GError               **error);
gboolean          attest_store_update             (AttestStore           *self,
                                                   AttestRecord          *record,
                                                   const AttestField     *field,
                                                   gint64                 modified,
                                                   GError               **error);
gboolean          attest_store_delete             (AttestStore           *self,
                                                   AttestRecord          *record,
                                                   GError               **error);
char             *attest_store_dup_field_text     (AttestStore           *self,
                                                   AttestRecord          *record,
                                                   const AttestField     *field,
                                                   GError               **error);

GPtrArray        *attest_store_load_links         (AttestStore           *self,
                                                   const AttestLinkKind  *link,
                                                   GError               **error);
GPtrArray        *attest_store_load_links_from    (AttestStore           *self,
                                                   const AttestLinkKind  *link,
                                                   const char            *from_id,
                                                   GError               **error);
gboolean          attest_store_insert_link        (AttestStore           *self,
                                                   const AttestLinkKind  *link,
                                                   const char            *from_id,
                                                   const char            *to_id,
                                                   GError               **error);
gboolean          attest_store_delete_link        (AttestStore           *self,
                                                   const AttestLinkKind  *link,
                                                   const char            *from_id,
                                                   const char            *to_id,
                                                   GError               **error);

gboolean          attest_store_append_event       (AttestStore           *self,
                                                   const char            *action,
                                                   const char            *kind,
                                                   const char            *record_id,
                                                   const char            *field,
                                                   const char            *old_value,
                                                   const char            *new_value,
                                                   GError               **error);
gboolean          attest_store_foreach_history    (AttestStore           *self,
                                                   AttestHistoryFunc      func,
                                                   gpointer               user_data,
                                                   GError               **error);
gboolean          attest_store_foreach_history_since (AttestStore        *self,
                                                   const char * const    *kinds,
                                                   gint64                 since,
                                                   AttestHistoryFunc      func,
                                                   gpointer               user_data,
                                                   GError               **error);
gint64            attest_store_get_history_count  (AttestStore           *self);
const char       *attest_store_get_history_head   (AttestStore           *self);
char             *attest_store_dup_history_hash   (AttestStore           *self,
                                                   gint64                 seq,
                                                   GError               **error);

/**
 * AttestRecordedHead:
 * @seq: the "head" row in the history that recorded it
 * @head_seq: the row whose hash is the head
 * @hash: the head
 * @statement: what stated it to a third party, e.g. "audit-pack"
 * @time: when it was stated (the "head" row's time, microseconds since
 *   1970 in UTC), 0 if that row is missing
 *
 * A head of the history that the workspace stated to a third party, as
 * kept beside the chain.
 */
typedef struct
{
  gint64  seq;
  gint64  head_seq;
  char   *hash;
  char   *statement;
  gint64  time;
} AttestRecordedHead;

void              attest_recorded_head_free       (AttestRecordedHead    *head);
gboolean          attest_store_record_head        (AttestStore           *self,
                                                   const char            *statement,
                                                   gint64                 head_seq,
                                                   const char            *hash,
                                                   GError               **error);
GPtrArray        *attest_store_load_recorded_heads (AttestStore          *self,
                                                   GError               **error);

char             *attest_store_dup_open_notice    (AttestStore           *self);
gboolean          attest_store_copy_to            (AttestStore           *self,
                                                   const char            *path,
                                                   AttestOutputFlags      flags,
                                                   GError               **error);

G_END_DECLS
