/* attest-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_WINDOW (attest_window_get_type ())

G_DECLARE_FINAL_TYPE (AttestWindow, attest_window, ATTEST, WINDOW, AdwApplicationWindow)

AttestWindow    *attest_window_new           (GtkApplication  *application,
                                              AttestWorkspace *workspace);
AttestWorkspace *attest_window_get_workspace (AttestWindow    *self);
gboolean         attest_window_save_copy     (AttestWindow      *self,
                                              const char        *path,
                                              AttestOutputFlags  flags,
                                              GError           **error);
void             attest_window_save_copy_as  (AttestWindow      *self,
                                              const char        *path);
void             attest_window_show_page     (AttestWindow    *self,
                                              const char      *name);
void             attest_window_show_record   (AttestWindow    *self,
                                              AttestRecord    *record,
                                              const char      *page);
const char      *attest_window_get_view      (AttestWindow    *self);
GtkWidget       *attest_window_get_setup_view (AttestWindow   *self);
void             attest_window_show_toast    (AttestWindow    *self,
                                              AdwToast        *toast);
void             attest_window_add_toast     (AttestWindow    *self,
                                              const char      *message);

G_END_DECLS
