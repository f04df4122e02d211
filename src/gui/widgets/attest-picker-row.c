/* attest-picker-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-picker-row"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-picker-row.h"

/* A combo row for a long list (93 controls, hundreds of assets): activated,
 * it opens a popover with a search entry over the list, each entry shown
 * in full on as many lines as it needs, found by any part of its text (an
 * identifier such as "A.5.8" or a word of its title). The chosen entry
 * shows in full as the row's subtitle. Being an AdwComboRow, it keeps its
 * model, expression and selected property: code that sets or reads a
 * combo row works with it unchanged. libadwaita 1.2's combo row has no
 * search; its own popover, a plain list that cuts entries short, is
 * replaced by this one. */

struct _AttestPickerRow
{
  AdwComboRow         parent_instance;

  GtkWidget          *popover;
  GtkWidget          *search;
  GtkWidget          *list;
  GtkWidget          *scrolled;
  GtkStringFilter    *filter;
  GtkFilterListModel *filtered;
  GtkWidget          *add_button;
  char               *add_format;   /* "Add “%s” as a person", or NULL */
};

enum { ADD, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (AttestPickerRow, attest_picker_row, ADW_TYPE_COMBO_ROW)

/* The text an entry is shown and searched by: the row's expression if it
 * has one, else a GtkStringObject's string. */
static GtkExpression *
item_expression (AttestPickerRow *self)
{
  GtkExpression *expression = adw_combo_row_get_expression (ADW_COMBO_ROW (self));

  if (expression != NULL)
    return gtk_expression_ref (expression);
  return gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
}

static char *
item_text (AttestPickerRow *self,
           gpointer         item)
{
  g_autoptr(GtkExpression) expression = item_expression (self);
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL || !gtk_expression_evaluate (expression, item, &value))
    return g_strdup ("");
  return g_value_dup_string (&value);
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AttestPickerRow          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AttestPickerRow          *self)
{
  g_autofree char *text = item_text (self, gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Chooses the filtered list's entry at @position: the row's selection
 * becomes that entry's place in the whole list. */
static void
choose (AttestPickerRow *self,
        guint            position)
{
  g_autoptr(GObject) chosen = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));

  if (chosen == NULL || model == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item == chosen)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
          break;
        }
    }
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* What the search holds, trimmed, when it names no entry of the list: what
 * the add button would add. */
static char *
dup_new_text (AttestPickerRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search))));
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));

  if (self->add_format == NULL || *text == '\0')
    return NULL;
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *shown = item_text (self, item);
      g_autofree char *have = g_utf8_casefold (shown, -1);

      if (g_str_equal (g_strstrip (have), wanted))
        return NULL;
    }
  return g_steal_pointer (&text);
}

static void
update_add_button (AttestPickerRow *self)
{
  g_autofree char *text = dup_new_text (self);

  gtk_widget_set_visible (self->add_button, text != NULL);
  if (text != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (self->add_format, "%s", 2);
      g_autofree char *label = g_strjoinv (text, parts);

      adw_button_content_set_label (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (self->add_button))), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

static void
add_new (AttestPickerRow *self)
{
  g_autofree char *text = dup_new_text (self);

  if (text == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[ADD], 0, text);
}

static void
on_add_clicked_cb (GtkButton       *button,
                   AttestPickerRow *self)
{
  add_new (self);
}

static void
on_list_activate_cb (GtkListView     *list,
                     guint            position,
                     AttestPickerRow *self)
{
  choose (self, position);
}

/* Enter in the search entry chooses the first entry found. */
static void
on_search_activate_cb (GtkSearchEntry  *entry,
                       AttestPickerRow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    choose (self, 0);
  else
    add_new (self);
}

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      AttestPickerRow *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_add_button (self);
}

static void
on_stop_search_cb (GtkSearchEntry  *entry,
                   AttestPickerRow *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* Down from the search entry goes to the list. */
static gboolean
on_search_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  AttestPickerRow       *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  return gtk_widget_child_focus (self->list, GTK_DIR_TAB_FORWARD);
}

/**
 * attest_picker_row_popup:
 * @self: a picker row
 *
 * Opens the search over the row's list, as activating the row does.
 */
void
attest_picker_row_popup (AttestPickerRow *self)
{
  g_autoptr(GtkExpression) expression = item_expression (self);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));

  g_return_if_fail (ATTEST_IS_PICKER_ROW (self));

  gtk_string_filter_set_expression (self->filter, expression);
  gtk_filter_list_model_set_model (self->filtered, model);
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  update_add_button (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (self->search);
}

static void
attest_picker_row_activate (AdwActionRow *row)
{
  if (gtk_widget_get_sensitive (GTK_WIDGET (row)))
    attest_picker_row_popup (ATTEST_PICKER_ROW (row));
}

static void
attest_picker_row_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  AttestPickerRow *self = ATTEST_PICKER_ROW (widget);

  GTK_WIDGET_CLASS (attest_picker_row_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_widget_set_size_request (self->popover, MIN (width, 560), -1);
  if (gtk_widget_get_visible (self->popover))
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
attest_picker_row_dispose (GObject *object)
{
  AttestPickerRow *self = ATTEST_PICKER_ROW (object);

  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->filtered);
  g_clear_pointer (&self->add_format, g_free);
  G_OBJECT_CLASS (attest_picker_row_parent_class)->dispose (object);
}

static void
attest_picker_row_class_init (AttestPickerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwActionRowClass *row_class = ADW_ACTION_ROW_CLASS (klass);

  object_class->dispose = attest_picker_row_dispose;
  widget_class->size_allocate = attest_picker_row_size_allocate;
  row_class->activate = attest_picker_row_activate;

  /**
   * AttestPickerRow::add:
   * @self: the row
   * @text: what the search held, trimmed
   *
   * The user asked for an entry the list does not have, by the button
   * under the search (see attest_picker_row_set_add_format()) or by Enter
   * when the search found nothing. The handler adds it and chooses it.
   */
  signals[ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 1, G_TYPE_STRING);
}

/* A search that matches nothing leaves no empty list above the button
 * that adds what was typed. */
static void
on_filtered_changed_cb (AttestPickerRow *self)
{
  gtk_widget_set_visible (self->scrolled, g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0);
}

static void
attest_picker_row_init (AttestPickerRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = self->scrolled = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* The chosen entry in full, under the row's title. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (self), TRUE);

  self->filter = gtk_string_filter_new (NULL);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));   /* takes the filter */
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed_cb), self);

  self->search = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the list"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect (self->search, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect (self->search, "stop-search", G_CALLBACK (on_stop_search_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_cb), self);
  gtk_widget_add_controller (self->search, keys);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)))),
                                  factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entries found"), -1);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_list_activate_cb), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  self->add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_button), adw_button_content_new ());
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (self->add_button))),
                                    "list-add-symbolic");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->add_button, "flat");
  gtk_widget_set_visible (self->add_button, FALSE);
  g_signal_connect (self->add_button, "clicked", G_CALLBACK (on_add_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), self->search);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), self->add_button);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  on_filtered_changed_cb (self);
}

/**
 * attest_picker_row_new:
 *
 * Returns: (transfer full): a new row; give it a model as to any combo row
 */
GtkWidget *
attest_picker_row_new (void)
{
  return g_object_new (ATTEST_TYPE_PICKER_ROW, NULL);
}

/**
 * attest_picker_row_get_search_entry:
 * @self: a picker row
 *
 * Returns: (transfer none): the search entry of its popover
 */
GtkWidget *
attest_picker_row_get_search_entry (AttestPickerRow *self)
{
  return self->search;
}

/**
 * attest_picker_row_get_list_view:
 * @self: a picker row
 *
 * Returns: (transfer none): the list of entries found
 */
GtkWidget *
attest_picker_row_get_list_view (AttestPickerRow *self)
{
  return self->list;
}

/**
 * attest_picker_row_set_add_format:
 * @self: a picker row
 * @format: (nullable): the add button's label, with one %s for what was
 *   searched: "Add “%s” as a person"; %NULL for a list that takes no new
 *   entries
 *
 * Lets the user add what the search finds no entry for (#AttestPickerRow::add).
 */
void
attest_picker_row_set_add_format (AttestPickerRow *self,
                                  const char      *format)
{
  g_return_if_fail (ATTEST_IS_PICKER_ROW (self));

  g_free (self->add_format);
  self->add_format = g_strdup (format);
}

/**
 * attest_picker_row_get_add_button:
 * @self: a picker row
 *
 * Returns: (transfer none): the button under the search that adds what it
 *   found no entry for
 */
GtkWidget *
attest_picker_row_get_add_button (AttestPickerRow *self)
{
  return self->add_button;
}
