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
 * taken back) the field shows the record's value. One binding serves
 * one-line fields (GtkEditable) and text views (their GtkTextBuffer); an
 * adapter reads and writes the text of each. */

typedef struct
{
  char *(*get) (GObject    *source);
  void  (*set) (GObject    *source,
                const char *text);
} Adapter;

typedef struct
{
  const Adapter *adapter;
  GObject       *source;      /* the editable itself, or the view's buffer (then a reference) */
  gboolean       owns_source;
  AttestRecord  *record;
  char          *property;
  guint          timeout_id;
  gulong         changed_id;
  gulong         notify_id;
} Binding;

static const char binding_key[] = "attest-field-binding";

static char *
editable_get (GObject *source)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (source)));
}

static void
editable_set (GObject    *source,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (source), text);
}

static char *
buffer_get (GObject *source)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (source), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (source), &start, &end, FALSE);
}

static void
buffer_set (GObject    *source,
            const char *text)
{
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (source), text, -1);
}

static const Adapter editable_adapter = { editable_get, editable_set };
static const Adapter buffer_adapter = { buffer_get, buffer_set };

static void
binding_save (Binding *binding)
{
  g_autofree char *text = binding->adapter->get (binding->source);

  g_clear_handle_id (&binding->timeout_id, g_source_remove);
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
on_changed_cb (GObject *source,
               Binding *binding)
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
  g_autofree char *shown = NULL;

  if (binding->timeout_id != 0)
    return;   /* the user is typing; their text wins and is saved next */
  shown = binding->adapter->get (binding->source);
  if (g_strcmp0 (value, shown) == 0)
    return;
  g_signal_handler_block (binding->source, binding->changed_id);
  binding->adapter->set (binding->source, value);
  g_signal_handler_unblock (binding->source, binding->changed_id);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   GtkWidget               *widget)
{
  attest_field_flush (widget);
}

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  /* The widget is going away: what was typed is saved first. */
  if (binding->timeout_id != 0)
    binding_save (binding);
  /* A widget being finalized has dropped its handlers already; a widget
   * being bound again still has ours. */
  if (g_signal_handler_is_connected (binding->source, binding->changed_id))
    g_signal_handler_disconnect (binding->source, binding->changed_id);
  g_clear_signal_handler (&binding->notify_id, binding->record);
  if (binding->owns_source)
    g_object_unref (binding->source);
  g_clear_object (&binding->record);
  g_free (binding->property);
  g_free (binding);
}

static void
bind (GtkWidget     *widget,
      GObject       *source,
      const Adapter *adapter,
      AttestRecord  *record,
      const char    *property)
{
  Binding *binding = g_new0 (Binding, 1);
  g_autofree char *detailed = g_strconcat ("notify::", property, NULL);

  /* Binding the same widget again replaces the earlier binding. */
  g_object_set_data (G_OBJECT (widget), binding_key, NULL);

  binding->adapter = adapter;
  /* A buffer may go before its view's data does; the widget itself not. */
  binding->owns_source = source != G_OBJECT (widget);
  binding->source = binding->owns_source ? g_object_ref (source) : source;
  binding->record = g_object_ref (record);
  binding->property = g_strdup (property);
  adapter->set (source, attest_record_get_string (record, property));
  binding->changed_id = g_signal_connect (source, "changed", G_CALLBACK (on_changed_cb), binding);
  binding->notify_id = g_signal_connect (record, detailed, G_CALLBACK (on_record_notify_cb), binding);

  if (g_object_get_data (G_OBJECT (widget), "attest-field-focus") == NULL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), widget);
      gtk_widget_add_controller (widget, focus);
      g_object_set_data (G_OBJECT (widget), "attest-field-focus", focus);
    }
  g_object_set_data_full (G_OBJECT (widget), binding_key, binding, binding_free);
}

/**
 * attest_bind_text_field:
 * @editable: a text widget (an entry or an AdwEntryRow)
 * @record: the record to edit
 * @property: one of its string fields
 *
 * Shows the field in @editable and saves what the user types into it.
 */
void
attest_bind_text_field (GtkEditable  *editable,
                        AttestRecord *record,
                        const char   *property)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (ATTEST_IS_RECORD (record));

  bind (GTK_WIDGET (editable), G_OBJECT (editable), &editable_adapter, record, property);
}

/**
 * attest_bind_text_view:
 * @view: a text view
 * @record: the record to edit
 * @property: one of its string fields
 *
 * The same for a multi-line text view.
 */
void
attest_bind_text_view (GtkTextView  *view,
                       AttestRecord *record,
                       const char   *property)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (ATTEST_IS_RECORD (record));

  bind (GTK_WIDGET (view), G_OBJECT (gtk_text_view_get_buffer (view)), &buffer_adapter, record, property);
}

static const char flush_key[] = "attest-field-flush";

/**
 * attest_field_set_flush_func:
 * @widget: a field that saves its own way (a list of texts, say)
 * @func: what saves what was typed in it and not saved yet
 *
 * Lets attest_field_flush() save @widget too.
 */
void
attest_field_set_flush_func (gpointer             widget,
                             AttestFieldFlushFunc func)
{
  g_object_set_data (G_OBJECT (widget), flush_key, (gpointer) func);
}

/**
 * attest_field_flush:
 * @widget: a bound text widget, or one with a flush function
 *
 * Saves what was typed now rather than when typing pauses.
 */
void
attest_field_flush (gpointer widget)
{
  Binding *binding = g_object_get_data (G_OBJECT (widget), binding_key);
  AttestFieldFlushFunc func = (AttestFieldFlushFunc) g_object_get_data (G_OBJECT (widget), flush_key);

  if (binding != NULL && binding->timeout_id != 0)
    binding_save (binding);
  else if (func != NULL)
    func (widget);
}

/**
 * attest_field_flush_all:
 * @root: a widget
 *
 * attest_field_flush() on @root and every widget inside it: whatever was
 * typed there and not saved yet is saved.
 */
void
attest_field_flush_all (GtkWidget *root)
{
  attest_field_flush (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    attest_field_flush_all (child);
}

/**
 * attest_prose_view_new:
 * @label: what a screen reader names it
 * @editable: whether it may be typed into
 *
 * A text of paragraphs as every form shows one: wrapped, with a margin
 * inside, a few lines tall at the least, Tab going on to the next field.
 *
 * Returns: (transfer full): a #GtkTextView, to bind (attest_bind_text_view())
 */
GtkWidget *
attest_prose_view_new (const char *label,
                       gboolean    editable)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), editable);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 48);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return view;
}
