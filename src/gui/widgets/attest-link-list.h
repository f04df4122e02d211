/* attest-link-list.h: the records linked to one record, to link and unlink.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_LINK_LIST (attest_link_list_get_type ())

G_DECLARE_FINAL_TYPE (AttestLinkList, attest_link_list, ATTEST, LINK_LIST, GtkWidget)

GtkWidget *attest_link_list_new        (AttestWorkspace *workspace,
                                        const char      *link_kind,
                                        AttestRecord    *record,
                                        gboolean         read_only);
void       attest_add_link_lists       (GtkBox          *box,
                                        AttestWorkspace *workspace,
                                        AttestRecord    *record,
                                        gboolean         read_only);

G_END_DECLS
