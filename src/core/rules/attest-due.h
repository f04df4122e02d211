/* attest-due.h: what is due, everything with a date in a workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestDueGroup:
 * @ATTEST_DUE_OVERDUE: due before today
 * @ATTEST_DUE_THIS_MONTH: due today or later in today's month
 * @ATTEST_DUE_LATER: due in a later month
 *
 * When something is due, against today. Due today is not overdue.
 */
typedef enum
{
  ATTEST_DUE_OVERDUE,
  ATTEST_DUE_THIS_MONTH,
  ATTEST_DUE_LATER,
} AttestDueGroup;

#define ATTEST_DUE_N_GROUPS 3

/**
 * AttestDueItem:
 * @record: the record that has the date
 * @kind: the record's kind ("risk")
 * @record_id: the record's id
 * @name: the record's display name
 * @key: what is due, stable and untranslated ("risk-review"), for
 *   calendar event ids
 * @what: what is due, translated ("Reassessment of the risk")
 * @day: the day, YYYY-MM-DD
 * @group: the day against today
 * @page: the id of the sidebar page that lists the record
 * @owner: (nullable): who owns the record, as its owner field names them,
 *   for a kind with an owner (attest_record_class_get_owner_field()); %NULL
 *   when none is named
 *
 * One dated thing of a workspace.
 */
typedef struct
{
  AttestRecord   *record;
  const char     *kind;
  const char     *record_id;
  char           *name;
  const char     *key;
  const char     *what;
  char           *day;
  AttestDueGroup  group;
  const char     *page;
  char           *owner;

  /*< private >*/
  char           *collate_key;
} AttestDueItem;

void            attest_due_item_free       (AttestDueItem   *item);
GPtrArray      *attest_due_collect         (AttestWorkspace *workspace,
                                            const char      *today);
AttestDueGroup  attest_due_group_of_day    (const char      *day,
                                            const char      *today);
const char     *attest_due_group_get_label (AttestDueGroup   group);
guint           attest_due_count           (GPtrArray       *items,
                                            AttestDueGroup   group);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestDueItem, attest_due_item_free)

G_END_DECLS
