/* attest-model-box.h: a box whose children follow a list model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * AttestBoxCreateFunc:
 * @item: (type GObject): an item of the model
 * @user_data: what was given to attest_box_bind_model()
 *
 * Returns: (transfer floating): the widget that shows @item
 */
typedef GtkWidget *(*AttestBoxCreateFunc) (gpointer item,
                                           gpointer user_data);

void attest_box_bind_model (GtkBox              *box,
                            GListModel          *model,
                            AttestBoxCreateFunc  create,
                            gpointer             user_data,
                            GDestroyNotify       user_data_free);

G_END_DECLS
