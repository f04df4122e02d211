/* attest-method-page.h: the risk method (6.1.2) as a page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_METHOD_PAGE (attest_method_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestMethodPage, attest_method_page, ATTEST, METHOD_PAGE, AttestPage)

GtkWidget *attest_method_page_new          (AttestWorkspace  *workspace);
GtkWidget *attest_method_page_new_full     (AttestWorkspace  *workspace,
                                            gboolean          embedded);
gboolean   attest_method_page_apply_preset (AttestMethodPage *self,
                                            guint             size);
const char *attest_method_page_get_problems (AttestMethodPage *self);
GtkWidget  *attest_method_page_get_matrix   (AttestMethodPage *self);

G_END_DECLS
