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
