/* attest-field-binding.h: text widgets that autosave into a record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

/** ATTEST_FIELD_SAVE_DELAY_MS: how long typing must pause before a field saves. */
#define ATTEST_FIELD_SAVE_DELAY_MS 500

void attest_bind_text_field  (GtkEditable  *editable,
                              AttestRecord *record,
                              const char   *property);
typedef void (*AttestFieldFlushFunc) (gpointer widget);

void attest_field_flush      (gpointer      widget);
void attest_field_flush_all  (GtkWidget    *root);
void attest_field_set_flush_func (gpointer             widget,
                                  AttestFieldFlushFunc func);
void attest_bind_text_view   (GtkTextView  *view,
                              AttestRecord *record,
                              const char   *property);

GtkWidget *attest_prose_view_new (const char *label,
                                  gboolean    editable);

G_END_DECLS
