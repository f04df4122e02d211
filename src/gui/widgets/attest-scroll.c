/* attest-scroll.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "attest-scroll.h"

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              GtkWidget                *sideways)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *parent = gtk_widget_get_parent (sideways);
  GtkWidget *page = parent != NULL ? gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GtkAdjustment *adjustment;
  double step, value;

  /* Shift and the wheel scroll sideways, as everywhere. */
  if (page == NULL || dy == 0.0 || (state & GDK_SHIFT_MASK))
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  /* A notch of the wheel moves as far as GtkScrolledWindow's own; a
   * touchpad's deltas are pixels. */
  step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL
         ? pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0) : 1.0;
  value = gtk_adjustment_get_value (adjustment) + dy * step;
  gtk_adjustment_set_value (adjustment, CLAMP (value, gtk_adjustment_get_lower (adjustment),
                                                gtk_adjustment_get_upper (adjustment)
                                                - gtk_adjustment_get_page_size (adjustment)));
  return TRUE;
}

/**
 * attest_scroll_pass_vertical:
 * @sideways: a scrolled window that scrolls only sideways (a wide grid)
 *   inside one that scrolls down (the page)
 *
 * GTK 4.8's scrolled window keeps the wheel's vertical scrolling to itself
 * even when it cannot scroll that way, so a page stopped scrolling while
 * the pointer was over its wide grid. Hands that scrolling to the page.
 */
void
attest_scroll_pass_vertical (GtkScrolledWindow *sideways)
{
  GtkEventController *controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll_cb), sideways, 0);
  gtk_widget_add_controller (GTK_WIDGET (sideways), controller);
}
