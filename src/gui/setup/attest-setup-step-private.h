/* attest-setup-step-private.h: what the steps share, for the steps only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-setup-step.h"
#include "widgets/attest-model-box.h"
#include "widgets/attest-record-form.h"

G_BEGIN_DECLS

gboolean   attest_setup_step_is_read_only    (AttestSetupStep    *self);
GtkWidget *attest_setup_step_form_new        (AttestSetupStep    *self,
                                              AttestRecord       *record,
                                              const char * const *fields);
void       attest_setup_step_watch_forms     (AttestSetupStep    *self,
                                              GtkWidget          *root);
GtkWidget *attest_setup_step_record_card     (AttestSetupStep    *self,
                                              AttestRecord       *record,
                                              const char         *title_field,
                                              const char * const *fields);
void       attest_setup_step_number_cards    (GtkWidget          *box,
                                              const char         *format,
                                              const char         *prefix);
void       attest_setup_step_toast           (AttestSetupStep    *self,
                                              const char         *text);
gboolean   attest_setup_step_add_record      (AttestSetupStep    *self,
                                              AttestRecord       *record);
guint      attest_setup_step_get_sector      (AttestSetupStep    *self);
guint      attest_setup_step_fill_sector_row (AttestSetupStep    *self,
                                              AdwComboRow        *row);
GtkWidget *attest_setup_step_check_row_new   (const char         *title,
                                              const char         *subtitle,
                                              gconstpointer       suggestion);

/* Makes the records for a ticked suggestion. */
typedef void (*AttestSuggestionFunc) (gconstpointer suggestion,
                                      GPtrArray    *records);

void       attest_setup_step_add_ticked      (AttestSetupStep     *self,
                                              GtkWidget           *list,
                                              AttestSuggestionFunc make);

G_END_DECLS
