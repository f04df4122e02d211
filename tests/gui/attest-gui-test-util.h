/* attest-gui-test-util.h: driving real widgets in GUI tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       gui_test_init      (int         *argc,
                               char      ***argv);
void       wait_ms            (guint        ms);
void       close_window_and_workspace (gpointer   window,
                                       gpointer   workspace_ptr);
GtkWidget *find_named         (GtkWidget   *root,
                               const char  *name);
GtkWidget *named              (gpointer     root,
                               const char  *name);
GtkWidget *find_labelled      (GtkWidget   *root,
                               const char  *text);
gboolean   click_labelled     (GtkWidget   *root,
                               const char  *label);
void       click_named        (gpointer     root,
                               const char  *name);
void       screenshot         (gpointer     widget,
                               const char  *name);

G_END_DECLS
