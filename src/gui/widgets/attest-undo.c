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
    attest_toast_add (undo->overlay, error->message);
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
  GtkWidget *overlay = (GtkWidget *) attest_toast_get_overlay (widget);
  g_autoptr(GError) error = NULL;
  AttestRemoval *removal = NULL;
  AdwToast *toast;
  Undo *undo;

  if (!attest_workspace_remove_full (workspace, record, &removal, &error))
    {
      if (overlay != NULL)
        attest_toast_add (overlay, error->message);
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
  attest_toast_show (overlay, toast);
  return TRUE;
}

/* What was added, by id, for its Undo. */
typedef struct
{
  AttestWorkspace *workspace;   /* weak */
  GPtrArray       *ids;
  GtkWidget       *overlay;     /* weak */
} Added;

static void
added_free (gpointer data)
{
  Added *added = data;

  g_clear_weak_pointer (&added->workspace);
  g_ptr_array_unref (added->ids);
  g_clear_weak_pointer (&added->overlay);
  g_free (added);
}

static void
on_undo_added_cb (AdwToast *toast,
                  Added    *added)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (added->workspace == NULL || added->ids->len == 0)
    return;
  ok = attest_workspace_begin (added->workspace, &error);
  for (guint i = 0; ok && i < added->ids->len; i++)
    {
      AttestRecord *record = attest_workspace_lookup (added->workspace, g_ptr_array_index (added->ids, i));

      if (record != NULL)
        ok = attest_workspace_remove (added->workspace, record, &error);
    }
  if (ok)
    ok = attest_workspace_commit (added->workspace, &error);
  else
    attest_workspace_rollback (added->workspace);
  if (!ok && added->overlay != NULL)
    attest_toast_add (added->overlay, error->message);
  g_ptr_array_set_size (added->ids, 0);
}

/**
 * attest_added_with_undo:
 * @widget: a widget inside the window's toast overlay
 * @workspace: the workspace
 * @records: (element-type AttestRecord): records just added
 * @message: the toast's text, e.g. "Created 12 draft risks"
 *
 * Says what was added, with an Undo that deletes it all again in one change.
 */
void
attest_added_with_undo (GtkWidget       *widget,
                        AttestWorkspace *workspace,
                        GPtrArray       *records,
                        const char      *message)
{
  GtkWidget *overlay = (GtkWidget *) attest_toast_get_overlay (widget);
  AdwToast *toast;
  Added *added;

  if (overlay == NULL)
    return;
  added = g_new0 (Added, 1);
  g_set_weak_pointer (&added->workspace, workspace);
  g_set_weak_pointer (&added->overlay, overlay);
  added->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (added->ids, g_strdup (attest_record_get_id (g_ptr_array_index (records, i))));

  toast = adw_toast_new (message);
  if (records->len > 0)
    adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_added_cb), added);
  g_object_set_data_full (G_OBJECT (toast), "undo", added, added_free);
  attest_toast_show (overlay, toast);
}

/* Changed records: their fields as they were, put back by Undo. */

struct _AttestUndoSnapshot
{
  AttestWorkspace *workspace;   /* weak */
  GStrv            fields;
  GPtrArray       *ids;
  GPtrArray       *values;      /* a GArray of GValue per record, field by field */
  GtkWidget       *overlay;     /* weak */
};

/**
 * attest_undo_snapshot_new:
 * @workspace: the workspace
 * @kind: the kind of records about to change
 * @fields: (array zero-terminated=1): the fields that may change
 *
 * Remembers @fields of every record of @kind, for attest_changed_with_undo().
 *
 * Returns: (transfer full): the snapshot
 */
AttestUndoSnapshot *
attest_undo_snapshot_new (AttestWorkspace    *workspace,
                          GType               kind,
                          const char * const *fields)
{
  AttestUndoSnapshot *snapshot = g_new0 (AttestUndoSnapshot, 1);
  GListModel *records = attest_workspace_get_records (workspace, kind);

  g_set_weak_pointer (&snapshot->workspace, workspace);
  snapshot->fields = g_strdupv ((char **) fields);
  snapshot->ids = g_ptr_array_new_with_free_func (g_free);
  snapshot->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      GArray *values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), g_strv_length (snapshot->fields));

      g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
      for (guint f = 0; snapshot->fields[f] != NULL; f++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), snapshot->fields[f]);
          GValue value = G_VALUE_INIT;

          g_value_init (&value, pspec->value_type);
          g_object_get_property (G_OBJECT (record), snapshot->fields[f], &value);
          g_array_append_val (values, value);
        }
      g_ptr_array_add (snapshot->ids, g_strdup (attest_record_get_id (record)));
      g_ptr_array_add (snapshot->values, values);
    }
  return snapshot;
}

/**
 * attest_undo_snapshot_free:
 * @snapshot: (transfer full): a snapshot
 */
void
attest_undo_snapshot_free (AttestUndoSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_clear_weak_pointer (&snapshot->workspace);
  g_clear_weak_pointer (&snapshot->overlay);
  g_strfreev (snapshot->fields);
  g_ptr_array_unref (snapshot->ids);
  g_ptr_array_unref (snapshot->values);
  g_free (snapshot);
}

static void
on_undo_changed_cb (AdwToast           *toast,
                    AttestUndoSnapshot *snapshot)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (snapshot->workspace == NULL || snapshot->ids->len == 0)
    return;
  ok = attest_workspace_begin (snapshot->workspace, &error);
  for (guint i = 0; ok && i < snapshot->ids->len; i++)
    {
      AttestRecord *record = attest_workspace_lookup (snapshot->workspace, g_ptr_array_index (snapshot->ids, i));
      GArray *values = g_ptr_array_index (snapshot->values, i);

      for (guint f = 0; record != NULL && snapshot->fields[f] != NULL; f++)
        {
          GValue *was = &g_array_index (values, GValue, f);
          g_auto(GValue) now = G_VALUE_INIT;

          g_value_init (&now, G_VALUE_TYPE (was));
          g_object_get_property (G_OBJECT (record), snapshot->fields[f], &now);
          if (g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (record), snapshot->fields[f]),
                                  was, &now) != 0)
            g_object_set_property (G_OBJECT (record), snapshot->fields[f], was);
        }
    }
  if (ok)
    ok = attest_workspace_commit (snapshot->workspace, &error);
  else
    attest_workspace_rollback (snapshot->workspace);
  if (!ok && snapshot->overlay != NULL)
    attest_toast_add (snapshot->overlay, error->message);
  g_ptr_array_set_size (snapshot->ids, 0);
}

/**
 * attest_changed_with_undo:
 * @widget: a widget inside the window's toast overlay
 * @snapshot: (transfer full): the records as they were before the change
 * @message: the toast's text
 *
 * Says what changed, with an Undo that puts the remembered fields back in
 * one change.
 */
void
attest_changed_with_undo (GtkWidget          *widget,
                          AttestUndoSnapshot *snapshot,
                          const char         *message)
{
  GtkWidget *overlay = (GtkWidget *) attest_toast_get_overlay (widget);
  AdwToast *toast;

  if (overlay == NULL)
    {
      attest_undo_snapshot_free (snapshot);
      return;
    }
  g_set_weak_pointer (&snapshot->overlay, overlay);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo_changed_cb), snapshot);
  g_object_set_data_full (G_OBJECT (toast), "undo", snapshot, (GDestroyNotify) attest_undo_snapshot_free);
  attest_toast_show (overlay, toast);
}
