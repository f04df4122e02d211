/* attest-undo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-undo"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "attest-undo.h"

/* A toast outlives its window until its timeout, so the toast holds the
 * workspace weakly: a closed workspace must not stay open (and locked)
 * for the sake of an Undo nobody can click any more. */
typedef struct
{
  AttestWorkspace *workspace;   /* weak */
  AttestRemoval   *removal;
  GtkWidget       *overlay;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->workspace);
  g_clear_pointer (&undo->removal, attest_removal_free);
  g_clear_weak_pointer (&undo->overlay);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->removal == NULL || undo->workspace == NULL)
    return;
  if (!attest_workspace_restore (undo->workspace, undo->removal, &error) && undo->overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (undo->overlay), adw_toast_new (error->message));
  g_clear_pointer (&undo->removal, attest_removal_free);
}

/**
 * attest_remove_with_undo:
 * @widget: a widget inside the window's toast overlay
 * @workspace: the workspace
 * @record: the record to delete, with what depends on it
 * @message: the toast's text, e.g. "Deleted “Ransomware”"
 *
 * Deletes at once (the file is always up to date) and offers Undo in a toast,
 * which puts everything back as it was.
 *
 * Returns: %TRUE if the record was deleted; otherwise the error is shown
 */
gboolean
attest_remove_with_undo (GtkWidget       *widget,
                         AttestWorkspace *workspace,
                         AttestRecord    *record,
                         const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(GError) error = NULL;
  AttestRemoval *removal = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!attest_workspace_remove_full (workspace, record, &removal, &error))
    {
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      return FALSE;
    }
  if (overlay == NULL)
    {
      attest_removal_free (removal);
      return TRUE;
    }

  undo = g_new0 (Undo, 1);
  g_set_weak_pointer (&undo->workspace, workspace);
  undo->removal = removal;
  g_set_weak_pointer (&undo->overlay, overlay);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_free);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  return TRUE;
}
