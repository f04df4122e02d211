/* attest-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-page"

#include "config.h"

#include "attest-page.h"

/* A sidebar page fills itself the first time it is shown, so that opening
 * a large workspace costs only the page the user looks at: when it is
 * drawn (mapped), or made the visible page of its stack (the window's
 * sidebar, or attest_window_show_page()) even while a narrow window shows
 * the sidebar instead. Its fill function does nothing until the page has
 * a loaded workspace, and nothing the second time. */

static void
on_shown_cb (GtkWidget *page)
{
  AttestPageFillFunc fill = g_object_get_data (G_OBJECT (page), "attest-page-fill");

  fill (page);
}

static void
on_visible_child_cb (GtkStack  *stack,
                     GParamSpec *pspec,
                     GtkWidget  *page)
{
  if (gtk_stack_get_visible_child (stack) == page)
    on_shown_cb (page);
}

static void
on_parent_cb (GtkWidget *page)
{
  GtkWidget *parent = gtk_widget_get_parent (page);
  GtkWidget *watched = g_object_get_data (G_OBJECT (page), "attest-page-stack");

  if (watched != NULL)
    g_signal_handlers_disconnect_by_func (watched, on_visible_child_cb, page);
  g_object_set_data (G_OBJECT (page), "attest-page-stack", NULL);
  if (GTK_IS_STACK (parent))
    {
      g_signal_connect_object (parent, "notify::visible-child", G_CALLBACK (on_visible_child_cb), page, 0);
      g_object_set_data (G_OBJECT (page), "attest-page-stack", parent);
    }
}

/**
 * attest_page_fill_when_shown:
 * @page: a page, in its init
 * @fill: what builds it; called again each time it is shown
 *
 * Calls @fill when @page is mapped or becomes its stack's visible page.
 */
void
attest_page_fill_when_shown (GtkWidget          *page,
                             AttestPageFillFunc  fill)
{
  g_object_set_data (G_OBJECT (page), "attest-page-fill", fill);
  g_signal_connect (page, "map", G_CALLBACK (on_shown_cb), NULL);
  g_signal_connect (page, "notify::parent", G_CALLBACK (on_parent_cb), NULL);
}
