/* attest-page.h: what every sidebar page shares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PAGE (attest_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (AttestPage, attest_page, ATTEST, PAGE, GtkWidget)

/**
 * AttestPageClass:
 * @fill: builds what the page shows from its workspace, which is set and
 *   loaded; called once, when the page is first shown or asked for
 *   (attest_page_fill()); returns %FALSE if the page cannot be built yet
 *   (it is asked again the next time)
 */
struct _AttestPageClass
{
  GtkWidgetClass parent_class;

  gboolean (*fill) (AttestPage *self);

  /*< private >*/
  gpointer padding[4];
};

AttestWorkspace *attest_page_get_workspace (AttestPage      *self);
void             attest_page_set_workspace (AttestPage      *self,
                                            AttestWorkspace *workspace);
gboolean         attest_page_fill          (AttestPage      *self);
gboolean         attest_page_is_filled     (AttestPage      *self);

G_END_DECLS
