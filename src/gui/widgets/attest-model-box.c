/* attest-model-box.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-model-box"

#include "config.h"

#include "attest-model-box.h"

/* What gtk_list_box_bind_model() does for rows, for any widgets in a box:
 * a change in the model adds or removes the widgets of the items that
 * changed and leaves the others (their focus, their typing, the scroll
 * position around them) alone. The setup's record cards are whole forms
 * in preferences groups, not rows of a list, so they live in a box. */

typedef struct
{
  GListModel          *model;
  AttestBoxCreateFunc  create;
  gpointer             user_data;
  GDestroyNotify       user_data_free;
} Binding;

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  if (binding->user_data_free != NULL)
    binding->user_data_free (binding->user_data);
  g_clear_object (&binding->model);
  g_free (binding);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GtkBox     *box)
{
  Binding *binding = g_object_get_data (G_OBJECT (box), "attest-model-box");
  GtkWidget *before = NULL;
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));

  if (binding == NULL || binding->model != model)
    return;
  for (guint i = 0; i < position && child != NULL; i++)
    {
      before = child;
      child = gtk_widget_get_next_sibling (child);
    }
  for (guint i = 0; i < removed && child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (box, child);
      child = next;
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      GtkWidget *widget = binding->create (item, binding->user_data);

      gtk_box_insert_child_after (box, widget, before);
      before = widget;
    }
  /* An empty box takes no room, not even the spacing around it. */
  gtk_widget_set_visible (GTK_WIDGET (box), g_list_model_get_n_items (model) > 0);
}

/**
 * attest_box_bind_model:
 * @box: a box
 * @model: (transfer none): the items to show
 * @create: makes the widget of an item
 * @user_data: for @create
 * @user_data_free: (nullable): frees @user_data with the binding
 *
 * Fills @box with a widget per item of @model, in order, and keeps it so:
 * when items are added or removed, only their widgets are added or removed.
 * The box is hidden while the model is empty. A box is bound once.
 */
void
attest_box_bind_model (GtkBox              *box,
                       GListModel          *model,
                       AttestBoxCreateFunc  create,
                       gpointer             user_data,
                       GDestroyNotify       user_data_free)
{
  Binding *binding = g_new0 (Binding, 1);
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (G_IS_LIST_MODEL (model));
  g_return_if_fail (g_object_get_data (G_OBJECT (box), "attest-model-box") == NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
  binding->model = g_object_ref (model);
  binding->create = create;
  binding->user_data = user_data;
  binding->user_data_free = user_data_free;
  g_object_set_data_full (G_OBJECT (box), "attest-model-box", binding, binding_free);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed_cb), box, 0);
  on_items_changed_cb (model, 0, 0, g_list_model_get_n_items (model), box);
}
