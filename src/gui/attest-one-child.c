/* attest-one-child.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-one-child.h"

/* A widget with a layout manager is not told its width: one that adapts to
 * it (the record table fitting its columns, the SoA page turning its
 * panes) has none, and lays out its one child with these, as GtkBinLayout
 * would. Its class uses the first two as its vfuncs, and calls the third
 * from its size_allocate once it has adapted. Before the child is there,
 * and after dispose took it, there is nothing to measure or allocate. */

/**
 * attest_one_child_get_request_mode:
 * @widget: a widget without a layout manager
 *
 * Returns: the request mode of @widget's one child
 */
GtkSizeRequestMode
attest_one_child_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/**
 * attest_one_child_measure:
 * @widget: a widget without a layout manager
 *
 * Measures @widget as its one child measures: a GtkWidgetClass.measure.
 */
void
attest_one_child_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

/**
 * attest_one_child_size_allocate:
 * @widget: a widget without a layout manager
 * @width: its width
 * @height: its height
 * @baseline: its baseline, or -1
 *
 * Gives @widget's one child all of it.
 */
void
attest_one_child_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}
