/* attest-drop-down.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-drop-down"

#include "config.h"

#include "attest-drop-down.h"

/**
 * attest_drop_down_set_label:
 * @dropdown: a drop-down
 * @label: what it chooses, as a screen reader says it ("Theme")
 *
 * Names @dropdown and the toggle button it is made of. GTK 4.8 names
 * neither: the combo box is named by its accessible label, but its button,
 * which a screen reader reaches on its own, stays "GtkToggleButton".
 */
void
attest_drop_down_set_label (GtkDropDown *dropdown,
                            const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        break;
      }
}

/**
 * attest_drop_down_update_search:
 * @dropdown: a drop-down over a #GtkStringList
 *
 * Gives @dropdown a search entry over its list when the list is long
 * (more than ten entries: a filter by owner in a large organisation), and
 * none when it is short. Call it again when its model changes.
 */
void
attest_drop_down_update_search (GtkDropDown *dropdown)
{
  GListModel *model;
  gboolean is_long;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  model = gtk_drop_down_get_model (dropdown);
  is_long = model != NULL && g_list_model_get_n_items (model) > 10;
  if (is_long && gtk_drop_down_get_expression (dropdown) == NULL)
    {
      GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

      gtk_drop_down_set_expression (dropdown, expression);
      gtk_expression_unref (expression);
    }
  if (gtk_drop_down_get_enable_search (dropdown) != is_long)
    gtk_drop_down_set_enable_search (dropdown, is_long);
}
