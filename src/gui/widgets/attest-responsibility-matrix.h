/* attest-responsibility-matrix.h: who owns what, per clause, on screen (5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RESPONSIBILITY_MATRIX (attest_responsibility_matrix_get_type ())

G_DECLARE_FINAL_TYPE (AttestResponsibilityMatrix, attest_responsibility_matrix, ATTEST, RESPONSIBILITY_MATRIX, GtkWidget)

GtkWidget *attest_responsibility_matrix_new      (AttestWorkspace            *workspace);
char      *attest_responsibility_matrix_dup_cell (AttestResponsibilityMatrix *self,
                                                  guint                       row,
                                                  guint                       column);

G_END_DECLS
