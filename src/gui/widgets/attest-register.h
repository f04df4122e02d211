/* attest-register.h: a register page's list with search, filter, add, edit, delete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"
#include "attest-record-table.h"

G_BEGIN_DECLS

/**
 * AttestRegisterFilter:
 * @name: widget name of its drop-down
 * @label: what it filters by, e.g. "Owner" (N_())
 * @any_label: its first choice, which lets every record through, e.g.
 *   "Any owner" (N_()): a string of its own, so that each language words it
 * @dup_choices: the choices as they stand in the workspace
 * @match: whether a record has the chosen choice (its index and name)
 *
 * A filter whose choices are computed: risk levels after the method,
 * owners as recorded, problems found. Its choices follow the workspace.
 */
typedef struct
{
  const char *name;
  const char *label;
  const char *any_label;
  GStrv     (*dup_choices) (AttestWorkspace *workspace);
  gboolean  (*match)       (AttestWorkspace *workspace,
                            AttestRecord    *record,
                            guint            choice,
                            const char      *name);
} AttestRegisterFilter;

/**
 * AttestRegisterSpec:
 * @name: widget name of the register, for tests and styling
 * @kind: the record type it lists
 * @columns: the table's columns
 * @n_columns: how many
 * @form_fields: the fields the edit form shows, %NULL-terminated
 * @filter_field: (nullable): an enum field to filter by
 * @filter_any_label: (nullable): the filter's first choice, which lets every
 *   record through, e.g. "Any category" (N_()); with @filter_field
 * @title_field: the field that names a record, for messages
 * @label: the table's accessible name
 * @empty_text: what to say when there are no records
 * @search_label: the hint shown in the empty search field, e.g. "Search issues" (N_())
 * @add_label: the Add button's tooltip, e.g. "Add an issue" (N_())
 * @new_title: the editor's title for a new record, e.g. "New Issue" (N_())
 * @edit_title: the editor's title otherwise, e.g. "Edit Issue" (N_())
 * @filters: (nullable): more filters, with computed choices
 * @n_filters: how many
 */
typedef struct
{
  const char          *name;
  GType                kind;
  const AttestColumn  *columns;
  guint                n_columns;
  const char * const  *form_fields;
  const char          *filter_field;
  const char          *filter_any_label;
  const char          *title_field;
  const char          *label;
  const char          *empty_text;
  const char          *search_label;
  const char          *add_label;
  const char          *new_title;
  const char          *edit_title;
  const AttestRegisterFilter *filters;
  guint                n_filters;
} AttestRegisterSpec;

typedef gboolean (*AttestRecordMatchFunc) (AttestRecord *record,
                                           gpointer      user_data);

typedef void (*AttestRecordPrepareFunc) (AttestRecord *record,
                                         gpointer      user_data);

#define ATTEST_TYPE_REGISTER (attest_register_get_type ())

G_DECLARE_FINAL_TYPE (AttestRegister, attest_register, ATTEST, REGISTER, GtkWidget)

GtkWidget         *attest_register_new            (AttestWorkspace          *workspace,
                                                   const AttestRegisterSpec *spec);
AttestRecordTable *attest_register_get_table      (AttestRegister           *self);
void               attest_register_set_search     (AttestRegister           *self,
                                                   const char               *text);
void               attest_register_set_filter     (AttestRegister           *self,
                                                   int                       value);
gboolean           attest_register_choose         (AttestRegister           *self,
                                                   const char               *filter,
                                                   const char               *choice);
void               attest_register_set_match_scopes (AttestRegister     *self,
                                                     gboolean            scopes);
void               attest_register_set_match_func (AttestRegister       *self,
                                                   AttestRecordMatchFunc func,
                                                   gpointer              user_data,
                                                   GDestroyNotify        destroy);
void               attest_register_set_prepare_func (AttestRegister         *self,
                                                     AttestRecordPrepareFunc func,
                                                     gpointer                user_data);
GtkWindow         *attest_register_add            (AttestRegister           *self);
GtkWindow         *attest_register_edit           (AttestRegister           *self,
                                                   AttestRecord             *record);
gboolean           attest_register_delete_selected (AttestRegister          *self);
void               attest_register_add_tool       (AttestRegister           *self,
                                                   GtkWidget                *tool);
gboolean           attest_register_select_record  (AttestRegister           *self,
                                                   AttestRecord             *record);
gboolean           attest_register_show_record    (AttestRegister           *self,
                                                   AttestRecord             *record);

G_END_DECLS
