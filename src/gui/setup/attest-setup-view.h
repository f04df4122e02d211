/* attest-setup-view.h: the guided first-time setup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_SETUP_VIEW (attest_setup_view_get_type ())

G_DECLARE_FINAL_TYPE (AttestSetupView, attest_setup_view, ATTEST, SETUP_VIEW, GtkWidget)

GtkWidget  *attest_setup_view_new              (AttestWorkspace *workspace);
const char *attest_setup_view_get_step         (AttestSetupView *self);
void        attest_setup_view_show_step        (AttestSetupView *self,
                                                const char      *step);
gboolean    attest_setup_view_next             (AttestSetupView *self);
void        attest_setup_view_back             (AttestSetupView *self);
GtkWidget  *attest_setup_view_get_page         (AttestSetupView *self);
const char *attest_setup_view_get_refusal      (AttestSetupView *self);
guint       attest_setup_view_get_n_steps      (void);
const char *attest_setup_view_get_step_id      (guint            index);
const char *attest_setup_view_get_step_title   (guint            index);

G_END_DECLS
