/* attest-undo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-undo"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "attest-undo.h"
#include "attest-toast.h"

/* A toast's Undo is a shortcut to the window's Undo (the workspace's undo
 * stack, attest_workspace_undo()): it takes back the change it tells of
 * while that is the last change, and goes away as soon as it is not. A
 * toast outlives its window until its timeout, so it holds the workspace
 * weakly: a closed workspace must not stay open (and locked) for the sake
 * of an Undo nobody can click any more. */
typedef struct
{
  AttestWorkspace *workspace;   /* weak */
  guint64          serial;      /* the change, attest_workspace_get_undo_serial() */
  GtkWidget       *overlay;     /* weak */
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_weak_pointer (&undo->workspace);
  g_clear_weak_pointer (&undo->overlay);
  g_free (undo);
}

static void
on_undo_clicked_cb (AdwToast *toast,
                    Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->workspace == NULL || attest_workspace_get_undo_serial (undo->workspace) != undo->serial)
    return;
  if (!attest_workspace_undo (undo->workspace, &error) && undo->overlay != NULL)
    attest_toast_add (undo->overlay, error->message);
}

static void
on_undo_changed_cb (AttestWorkspace *workspace,
                    AdwToast        *toast)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "undo");

  /* Another change is the last one now: the toast offers no Undo any more,
   * and leaves at its time. It is not dismissed: libadwaita 1.2 frees a
   * toast twice when one is dismissed while the next waits for it to
   * leave. What undid it says so in it (attest_toast_report()). */
  if (attest_workspace_get_undo_serial (workspace) != undo->serial)
    adw_toast_set_button_label (toast, NULL);
}

static void
on_undo_toast_dismissed_cb (AdwToast  *toast,
                            GtkWidget *overlay)
{
  if (g_object_get_data (G_OBJECT (overlay), "attest-undo-toast") == toast)
    g_object_set_data (G_OBJECT (overlay), "attest-undo-toast", NULL);
}

/**
 * attest_toast_report:
 * @widget: a widget inside the window's toast overlay
 * @message: what was done, e.g. "Undone: Delete “Ransomware”"
 *
 * Says what the window's Undo or Redo did: in the toast of the change,
 * if it is still on screen (it then offers no Undo), else in a toast of
 * its own.
 */
void
attest_toast_report (GtkWidget  *widget,
                     const char *message)
{
  GtkWidget *overlay = (GtkWidget *) attest_toast_get_overlay (widget);
  AdwToast *toast = overlay != NULL ? g_object_get_data (G_OBJECT (overlay), "attest-undo-toast") : NULL;

  if (toast == NULL)
    {
      attest_toast_add (widget, message);
      return;
    }
  adw_toast_set_button_label (toast, NULL);
  adw_toast_set_title (toast, message);
}

/**
 * attest_toast_with_undo:
 * @widget: a widget inside the window's toast overlay
 * @workspace: the workspace
 * @message: the toast's text, e.g. "Deleted “Ransomware”"
 *
 * Says what the change just made did, with an Undo that takes it back as
 * the window's Undo would, for as long as it is the last change.
 */
void
attest_toast_with_undo (GtkWidget       *widget,
                        AttestWorkspace *workspace,
                        const char      *message)
{
  GtkWidget *overlay = (GtkWidget *) attest_toast_get_overlay (widget);
  AdwToast *toast;
  Undo *undo;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (attest_workspace_can_undo (workspace))
    {
      undo = g_new0 (Undo, 1);
      g_set_weak_pointer (&undo->workspace, workspace);
      g_set_weak_pointer (&undo->overlay, overlay);
      undo->serial = attest_workspace_get_undo_serial (workspace);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), undo);
      g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_free);
      g_signal_connect_object (workspace, "undo-changed", G_CALLBACK (on_undo_changed_cb), toast, 0);
      /* Until it leaves, what Undo and Redo do is said in it. */
      g_object_set_data (G_OBJECT (overlay), "attest-undo-toast", toast);
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), overlay, 0);
    }
  attest_toast_show (overlay, toast);
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
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRemoval) removal = NULL;
  g_autoptr(GString) text = g_string_new (message);
  guint n_removed, n_changed;

  if (!attest_workspace_remove_full (workspace, record, &removal, &error))
    {
      attest_toast_add (widget, error->message);
      return FALSE;
    }
  /* What else went or changed with it, so that nothing leaves unseen. */
  n_removed = attest_removal_get_count (removal) - 1;
  n_changed = attest_removal_get_n_changed (removal);
  if (n_removed > 0)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: follows "Deleted “Ransomware”" in a toast: records deleted with it, such as a metric's
       * measurements */
      g_string_append_printf (text, ngettext ("and %u dependent record", "and %u dependent records", n_removed),
                              n_removed);
    }
  if (n_changed > 0)
    {
      g_string_append (text, "; ");
      if (attest_record_is_party (record))
        /* TRANSLATORS: follows "Deleted “Hannah Byrne”; " in a toast: records the person or role owned, or that
         * named them, such as an audit they were an auditor of */
        g_string_append_printf (text, ngettext ("%u record no longer refers to them",
                                                "%u records no longer refer to them", n_changed), n_changed);
      else
        /* TRANSLATORS: follows "Deleted “Ransomware”; " in a toast: records that named it, such as a risk of
         * this threat */
        g_string_append_printf (text, ngettext ("%u record no longer refers to it",
                                                "%u records no longer refer to it", n_changed), n_changed);
    }
  attest_toast_with_undo (widget, workspace, text->str);
  return TRUE;
}
