/* attest-record-table.h: a register of records as a virtualised table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

/**
 * AttestColumnKind:
 * @ATTEST_COLUMN_TEXT: a string field, as it is
 * @ATTEST_COLUMN_CHOICE: an enum field, by its label
 * @ATTEST_COLUMN_FLAG: a boolean field, "Yes" or "No"
 * @ATTEST_COLUMN_REFERENCE: a field holding another record's id, shown by
 *   that record's @reference_field
 * @ATTEST_COLUMN_COMPUTED: what @compute returns for the record
 * @ATTEST_COLUMN_DATE: a date field (YYYY-MM-DD), written as the interface's
 *   language writes a date ("3 March 2026"), sorted by the date
 */
typedef enum
{
  ATTEST_COLUMN_TEXT,
  ATTEST_COLUMN_CHOICE,
  ATTEST_COLUMN_FLAG,
  ATTEST_COLUMN_REFERENCE,
  ATTEST_COLUMN_COMPUTED,
  ATTEST_COLUMN_DATE,
} AttestColumnKind;

typedef char *(*AttestColumnFunc) (AttestWorkspace *workspace,
                                   AttestRecord    *record,
                                   const char      *field);

typedef int (*AttestColumnRankFunc) (AttestWorkspace *workspace,
                                     AttestRecord    *record,
                                     const char      *field);

/**
 * AttestColumn:
 * @title: the column header, translatable (marked with N_())
 * @field: the record field it shows
 * @kind: how it shows it
 * @expand: whether it takes the spare width
 * @reference_field: for references, the field of the referenced record to show
 * @compute: for computed columns, the text of a record's cell (given @field)
 * @rank: (nullable): for computed columns, the order to sort them in (a
 *   level by its rank, not its name); without it they sort by their text
 * @chars: (optional): how many characters wide its cells are, when not
 *   the width its kind has (0)
 * @spare: (optional): TRUE for a column a narrow window hides before the
 *   others (a window hides columns from the last, the spare ones first)
 */
typedef struct
{
  const char       *title;
  const char       *field;
  AttestColumnKind  kind;
  gboolean          expand;
  const char       *reference_field;
  AttestColumnFunc  compute;
  AttestColumnRankFunc rank;
  guint             chars;
  gboolean          spare;
} AttestColumn;

#define ATTEST_TYPE_RECORD_TABLE (attest_record_table_get_type ())

G_DECLARE_FINAL_TYPE (AttestRecordTable, attest_record_table, ATTEST, RECORD_TABLE, GtkWidget)

GtkWidget  *attest_record_table_new           (AttestWorkspace    *workspace,
                                               GListModel         *records,
                                               const AttestColumn *columns,
                                               guint               n_columns,
                                               const char         *label,
                                               const char         *empty_text);
void        attest_record_table_refilter      (AttestRecordTable  *self,
                                               GtkFilter          *filter,
                                               GtkFilterChange     change);
GListModel *attest_record_table_get_model     (AttestRecordTable  *self);
char       *attest_record_table_dup_cell_text (AttestRecordTable  *self,
                                               guint               position,
                                               guint               column);
AttestRecord *attest_record_table_get_selected (AttestRecordTable *self);
void        attest_record_table_select        (AttestRecordTable  *self,
                                               guint               position);
gboolean    attest_record_table_select_record (AttestRecordTable *self,
                                               AttestRecord       *record);
GtkSelectionModel *attest_record_table_get_selection (AttestRecordTable *self);
const char *attest_record_table_get_search_key (AttestRecordTable  *self,
                                                AttestRecord       *record);
char       *attest_record_table_get_cell_text (AttestRecordTable  *self,
                                               AttestRecord       *record,
                                               guint               column);
guint       attest_record_table_get_n_columns (AttestRecordTable  *self);
void        attest_record_table_sort_by       (AttestRecordTable  *self,
                                               guint               column,
                                               GtkSortType         order);

char              *attest_record_table_dup_shown_text (AttestRecordTable *self,
                                                       AttestRecord      *record,
                                                       guint              column);
void               attest_record_table_set_empty_text (AttestRecordTable *self,
                                                       const char        *text);

G_END_DECLS
