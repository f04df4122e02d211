/* attest-reviews-page.h: management reviews (9.3): who attended, the inputs
 * prepared from the workspace with the review's comments, the decisions and
 * the actions, and the minutes as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"
#include "attest-page.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_REVIEWS_PAGE (attest_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (AttestReviewsPage, attest_reviews_page, ATTEST, REVIEWS_PAGE, AttestPage)

GtkWidget *attest_reviews_page_new            (AttestWorkspace   *workspace);
void       attest_reviews_page_select         (AttestReviewsPage *self,
                                               AttestRecord      *record);
GtkWidget *attest_reviews_page_export_minutes (AttestReviewsPage *self,
                                               const char        *path);

G_END_DECLS
