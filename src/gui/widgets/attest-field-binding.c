/* attest-field-binding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-field-binding"

#include "config.h"

#include "attest-field-binding.h"

/* A text field sets its record's property when typing pauses, when focus
 * leaves it, and when it goes away: a history row is an edit, not a
 * keystroke, and a crash loses at most the last half second. When the record
 * changes underneath (another view, an edit that could not be saved and was
 * taken back) the field shows the record's value. */

typedef struct
{
  GtkEditable  *editable;    /* weak: the binding lives on it */
  AttestRecord *record;
  char         *property;
  guint         timeout_id;
  gulong        changed_id;
  gulong        notify_id;
} Binding;

static const char binding_key[] = "attest-field-binding";

static void
binding_save (Binding *binding)
{
  const char *text;

  g_clear_handle_id (&binding->timeout_id, g_source_remove);
  text = gtk_editable_get_text (binding->editable);
  if (g_strcmp0 (text, attest_record_get_string (binding->record, binding->property)) != 0)
    g_object_set (binding->record, binding->property, text, NULL);
}

static gboolean
on_timeout_cb (gpointer data)
{
  Binding *binding = data;

  binding->timeout_id = 0;
  binding_save (binding);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (GtkEditable *editable,
               Binding     *binding)
{
  g_clear_handle_id (&binding->timeout_id, g_source_remove);
  binding->timeout_id = g_timeout_add (ATTEST_FIELD_SAVE_DELAY_MS, on_timeout_cb, binding);
}

static void
on_record_notify_cb (AttestRecord *record,
                     GParamSpec   *pspec,
                     Binding      *binding)
{
  const char *value = attest_record_get_string (record, binding->property);

  if (binding->timeout_id != 0)
    return;   /* the user is typing; their text wins and is saved next */
  if (g_strcmp0 (value, gtk_editable_get_text (binding->editable)) == 0)
    return;
  g_signal_handler_block (binding->editable, binding->changed_id);
  gtk_editable_set_text (binding->editable, value);
  g_signal_handler_unblock (binding->editable, binding->changed_id);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   Binding                 *binding)
{
  if (binding->timeout_id != 0)
    binding_save (binding);
}

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  /* The widget is going away: what was typed is saved first. */
  if (binding->timeout_id != 0)
    binding_save (binding);
  g_clear_signal_handler (&binding->notify_id, binding->record);
  g_clear_object (&binding->record);
  g_free (binding->property);
  g_free (binding);
}

/**
 * attest_bind_text_field:
 * @editable: a text widget (an entry or an AdwEntryRow)
 * @record: the record to edit
 * @property: one of its string fields
 *
 * Shows the field in @editable and saves what the user types into it.
 * Binding the same widget again replaces the earlier binding.
 */
void
attest_bind_text_field (GtkEditable  *editable,
                        AttestRecord *record,
                        const char   *property)
{
  Binding *binding;
  GtkEventController *focus;
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (ATTEST_IS_RECORD (record));

  if ((binding = g_object_get_data (G_OBJECT (editable), binding_key)) != NULL)
    {
      g_signal_handler_disconnect (editable, binding->changed_id);
      g_object_set_data (G_OBJECT (editable), binding_key, NULL);
    }

  binding = g_new0 (Binding, 1);
  binding->editable = editable;
  binding->record = g_object_ref (record);
  binding->property = g_strdup (property);

  gtk_editable_set_text (editable, attest_record_get_string (record, property));
  binding->changed_id = g_signal_connect (editable, "changed", G_CALLBACK (on_changed_cb), binding);
  binding->notify_id = g_signal_connect (record, detailed, G_CALLBACK (on_record_notify_cb), binding);

  if (g_object_get_data (G_OBJECT (editable), "attest-field-focus") == NULL)
    {
      focus = gtk_event_controller_focus_new ();
      gtk_widget_add_controller (GTK_WIDGET (editable), focus);
      g_object_set_data (G_OBJECT (editable), "attest-field-focus", focus);
    }
  focus = g_object_get_data (G_OBJECT (editable), "attest-field-focus");
  g_signal_handlers_disconnect_matched (focus, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_focus_leave_cb, NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), binding);

  g_object_set_data_full (G_OBJECT (editable), binding_key, binding, binding_free);
}

/**
 * attest_field_flush:
 * @editable: a bound text widget
 *
 * Saves what was typed now rather than when typing pauses.
 */
void
attest_field_flush (GtkEditable *editable)
{
  Binding *binding = g_object_get_data (G_OBJECT (editable), binding_key);

  if (binding != NULL && binding->timeout_id != 0)
    binding_save (binding);
}

/* The same for a multi-line text view. */

typedef struct
{
  GtkTextBuffer *buffer;     /* weak: the binding lives on it */
  AttestRecord  *record;
  char          *property;
  guint          timeout_id;
  gulong         changed_id;
  gulong         notify_id;
} ViewBinding;

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
view_binding_save (ViewBinding *binding)
{
  g_autofree char *text = buffer_text (binding->buffer);

  g_clear_handle_id (&binding->timeout_id, g_source_remove);
  if (g_strcmp0 (text, attest_record_get_string (binding->record, binding->property)) != 0)
    g_object_set (binding->record, binding->property, text, NULL);
}

static gboolean
on_view_timeout_cb (gpointer data)
{
  ViewBinding *binding = data;

  binding->timeout_id = 0;
  view_binding_save (binding);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      ViewBinding   *binding)
{
  g_clear_handle_id (&binding->timeout_id, g_source_remove);
  binding->timeout_id = g_timeout_add (ATTEST_FIELD_SAVE_DELAY_MS, on_view_timeout_cb, binding);
}

static void
on_view_record_notify_cb (AttestRecord *record,
                          GParamSpec   *pspec,
                          ViewBinding  *binding)
{
  const char *value = attest_record_get_string (record, binding->property);
  g_autofree char *text = buffer_text (binding->buffer);

  if (binding->timeout_id != 0 || g_strcmp0 (value, text) == 0)
    return;
  g_signal_handler_block (binding->buffer, binding->changed_id);
  gtk_text_buffer_set_text (binding->buffer, value, -1);
  g_signal_handler_unblock (binding->buffer, binding->changed_id);
}

static void
on_view_focus_leave_cb (GtkEventControllerFocus *controller,
                        ViewBinding             *binding)
{
  if (binding->timeout_id != 0)
    view_binding_save (binding);
}

static void
view_binding_free (gpointer data)
{
  ViewBinding *binding = data;

  if (binding->timeout_id != 0)
    view_binding_save (binding);
  g_clear_signal_handler (&binding->notify_id, binding->record);
  g_clear_object (&binding->record);
  g_free (binding->property);
  g_free (binding);
}

/**
 * attest_bind_text_view:
 * @view: a text view
 * @record: the record to edit
 * @property: one of its string fields
 *
 * Shows the field in @view and saves what the user types, as
 * attest_bind_text_field() does for one-line fields.
 */
void
attest_bind_text_view (GtkTextView  *view,
                       AttestRecord *record,
                       const char   *property)
{
  ViewBinding *binding = g_new0 (ViewBinding, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  binding->buffer = gtk_text_view_get_buffer (view);
  binding->record = g_object_ref (record);
  binding->property = g_strdup (property);
  gtk_text_buffer_set_text (binding->buffer, attest_record_get_string (record, property), -1);
  binding->changed_id = g_signal_connect (binding->buffer, "changed", G_CALLBACK (on_buffer_changed_cb), binding);
  binding->notify_id = g_signal_connect (record, detailed, G_CALLBACK (on_view_record_notify_cb), binding);
  g_signal_connect (focus, "leave", G_CALLBACK (on_view_focus_leave_cb), binding);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
  g_object_set_data_full (G_OBJECT (view), binding_key, binding, view_binding_free);
}
