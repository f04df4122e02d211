/* attest-sidebar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ATTEST_TYPE_SIDEBAR (attest_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (AttestSidebar, attest_sidebar, ATTEST, SIDEBAR, AdwBin)

GtkWidget *attest_sidebar_new          (void);
void       attest_sidebar_set_stack    (AttestSidebar *self,
                                        GtkStack      *stack);
void       attest_sidebar_add_section  (AttestSidebar *self,
                                        const char    *group,
                                        const char    *page,
                                        const char    *title,
                                        const char    *clauses);
void       attest_sidebar_set_count    (AttestSidebar *self,
                                        const char    *page,
                                        guint          count,
                                        const char    *description);
GtkWidget *attest_sidebar_get_row      (AttestSidebar *self,
                                        const char    *title);

G_END_DECLS
