/* attest-picker-row.h: a choice from a long list, searched and shown in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ATTEST_TYPE_PICKER_ROW (attest_picker_row_get_type ())

G_DECLARE_FINAL_TYPE (AttestPickerRow, attest_picker_row, ATTEST, PICKER_ROW, AdwComboRow)

GtkWidget *attest_picker_row_new             (void);
void       attest_picker_row_popup           (AttestPickerRow *self);
GtkWidget *attest_picker_row_get_search_entry (AttestPickerRow *self);
GtkWidget *attest_picker_row_get_list_view   (AttestPickerRow *self);
void       attest_picker_row_set_add_format  (AttestPickerRow *self,
                                              const char      *format);
GtkWidget *attest_picker_row_get_add_button  (AttestPickerRow *self);

G_END_DECLS
