/* attest-toast.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-toast"

#include "config.h"

#include "attest-toast.h"

/* A widget's toasts show at the bottom of its window: the toast overlay
 * above it, or, in a dialog, the overlay of the window the dialog belongs
 * to. Pages, widgets and dialogs all go through here; none looks for the
 * overlay itself. */

/* A window's own overlay: the outermost one in it. */
static GtkWidget *
overlay_within (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = overlay_within (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * attest_toast_get_overlay:
 * @widget: a widget
 *
 * For what keeps the overlay to speak later (an Undo that fails).
 *
 * Returns: (transfer none) (nullable): where @widget's toasts show
 */
AdwToastOverlay *
attest_toast_get_overlay (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root;

  /* A dialog has none: its window's. */
  for (root = gtk_widget_get_root (widget); overlay == NULL && GTK_IS_WINDOW (root);
       root = (GtkRoot *) gtk_window_get_transient_for (GTK_WINDOW (root)))
    overlay = overlay_within (GTK_WIDGET (root));
  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : NULL;
}

/**
 * attest_toast_show:
 * @widget: the widget that has something to say
 * @toast: (transfer full): a toast, with a button or not
 *
 * Shows @toast at the bottom of @widget's window (for a dialog, of the
 * window it belongs to). A widget in no window drops it.
 */
void
attest_toast_show (GtkWidget *widget,
                   AdwToast  *toast)
{
  AdwToastOverlay *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = attest_toast_get_overlay (widget);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, toast);
  else
    {
      g_debug ("No window to show “%s” in", adw_toast_get_title (toast));
      g_object_unref (toast);
    }
}

/**
 * attest_toast_add:
 * @widget: the widget that has something to say
 * @message: what to tell the user, one sentence
 *
 * Shows @message in a toast at the bottom of @widget's window.
 */
void
attest_toast_add (GtkWidget  *widget,
                  const char *message)
{
  attest_toast_show (widget, adw_toast_new (message));
}
