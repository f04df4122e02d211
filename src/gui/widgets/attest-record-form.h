/* attest-record-form.h: the fields of one record, editable, with their problems.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RECORD_FORM (attest_record_form_get_type ())

G_DECLARE_FINAL_TYPE (AttestRecordForm, attest_record_form, ATTEST, RECORD_FORM, GtkWidget)

GtkWidget    *attest_record_form_new        (AttestRecord       *record,
                                             const char * const *fields,
                                             gboolean            read_only);
GtkWidget    *attest_record_form_new_full   (AttestWorkspace    *workspace,
                                             AttestRecord       *record,
                                             const char * const *fields,
                                             gboolean            read_only);
GtkWidget    *attest_record_form_new_for_record (AttestWorkspace *workspace,
                                                AttestRecord    *record);
const char * const *attest_record_form_get_fields (const char    *kind);
AttestRecord *attest_record_form_get_record (AttestRecordForm   *self);
gboolean      attest_record_form_validate   (AttestRecordForm   *self);
GtkWidget    *attest_record_form_get_row    (AttestRecordForm   *self,
                                             const char         *field);
const char   *attest_record_form_get_problem (AttestRecordForm  *self,
                                              const char        *field);
gboolean      attest_validate_forms_in      (GtkWidget          *root);

G_END_DECLS
