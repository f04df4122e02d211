/* attest-register.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-register"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dialogs/attest-record-editor.h"
#include "attest-drop-down.h"
#include "attest-toast.h"
#include "attest-register.h"
#include "attest-undo.h"

/* Every register page is this widget over a declaration: a table of one
 * kind of record, a search over what the table shows, a filter on one of
 * the kind's choices, and Add, Edit and Delete. Editing uses the same form
 * and rules as the guided setup; deleting offers Undo. */

struct _AttestRegister
{
  GtkWidget           parent_instance;

  AttestWorkspace    *workspace;
  AttestRegisterSpec  spec;
  AttestRecordTable  *table;
  GtkCustomFilter    *filter;
  GtkWidget          *dropdown;
  char               *needle;
  int                 filter_value;
  AttestRecordMatchFunc match;
  gpointer            match_data;
  GDestroyNotify      match_destroy;
  gboolean            match_scopes;   /* the match func chooses whose records they are */
  AttestRecordPrepareFunc prepare;
  gpointer            prepare_data;
  GPtrArray          *filters;   /* (element-type Filter) the spec's computed filters */

  /* Template widgets */
  GtkWidget          *toolbar;
  GtkWidget          *search;
  GtkWidget          *add_button;
  GtkWidget          *filter_bar;
  GtkWidget          *filter_flow;
};

/* A computed filter: its drop-down, its choices now, the one chosen. */
typedef struct
{
  const AttestRegisterFilter *spec;
  GtkWidget                  *dropdown;
  GStrv                       choices;
  int                         chosen;     /* an index into choices, or ALL */
} Filter;

static void
filter_free (gpointer data)
{
  Filter *filter = data;

  g_strfreev (filter->choices);
  g_free (filter);
}

G_DEFINE_FINAL_TYPE (AttestRegister, attest_register, GTK_TYPE_WIDGET)

#define ALL (-1)

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  AttestRegister *self = user_data;
  AttestRecord *record = item;

  if (self->filter_value != ALL && attest_record_get_enum (record, self->spec.filter_field) != self->filter_value)
    return FALSE;
  if (self->match != NULL && !self->match (record, self->match_data))
    return FALSE;
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *filter = g_ptr_array_index (self->filters, i);

      if (filter->chosen != ALL
          && !filter->spec->match (self->workspace, record, filter->chosen, filter->choices[filter->chosen]))
        return FALSE;
    }
  /* The record's texts, casefolded once and kept by the table: a
   * keystroke looks through them rather than building them again. */
  return self->needle == NULL || strstr (attest_record_table_get_search_key (self->table, record), self->needle) != NULL;
}

/* How a new condition compares with the one before, so that GTK looks
 * again only at what it must: only at the rows shown when it lets fewer
 * through (a longer search, a choice where there was none), only at those
 * hidden when it lets more through. */
static void
filter_changed (AttestRegister    *self,
                GtkFilterChange    change)
{
  attest_record_table_refilter (self->table, GTK_FILTER (self->filter), change);
}

static GtkFilterChange
choice_change (int before,
               int after)
{
  if (before == after)
    return GTK_FILTER_CHANGE_DIFFERENT;
  if (before == ALL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == ALL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* An empty table says why: nothing recorded, or nothing let through. */
static void
on_shown_changed_cb (GListModel     *shown,
                     guint           position,
                     guint           removed,
                     guint           added,
                     AttestRegister *self)
{
  GListModel *all = attest_workspace_get_records (self->workspace, self->spec.kind);
  gboolean any = FALSE;

  /* A register of one record's records (an audit's findings) has none
   * recorded when none is that record's. */
  for (guint i = 0; i < g_list_model_get_n_items (all) && !any; i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (all, i);

      any = !self->match_scopes || self->match == NULL || self->match (record, self->match_data);
    }
  attest_record_table_set_empty_text (self->table, any
                                      ? _("Nothing here matches the search and the filters. Clear them to see every record.")
                                      : self->spec.empty_text);
}

/**
 * attest_register_set_search:
 * @self: a register
 * @text: (nullable): words to look for in what the table shows
 *
 * Shows only the records whose cells contain @text, ignoring case.
 */
void
attest_register_set_search (AttestRegister *self,
                            const char     *text)
{
  g_autofree char *before = g_steal_pointer (&self->needle);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (text != NULL && *text != '\0')
    self->needle = g_utf8_casefold (text, -1);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
  if (g_strcmp0 (before, self->needle) == 0)
    return;
  /* A record that contains "risks" contains "risk". */
  if (before == NULL || (self->needle != NULL && strstr (self->needle, before) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->needle == NULL || strstr (before, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  filter_changed (self, change);
}

static void
clear_match (AttestRegister *self)
{
  if (self->match_destroy != NULL)
    self->match_destroy (self->match_data);
  self->match = NULL;
  self->match_data = NULL;
  self->match_destroy = NULL;
}

/**
 * attest_register_set_match_func:
 * @self: a register
 * @func: (nullable): which records to show besides the search and filter
 * @user_data: for @func
 * @destroy: (nullable): frees @user_data
 *
 * Narrows the register by what another view chose, such as a heat map's
 * cell; %NULL shows all again.
 */
void
attest_register_set_match_func (AttestRegister        *self,
                                AttestRecordMatchFunc  func,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  clear_match (self);
  self->match = func;
  self->match_data = user_data;
  self->match_destroy = destroy;
  attest_record_table_refilter (self->table, GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  on_shown_changed_cb (NULL, 0, 0, 0, self);
}

/**
 * attest_register_set_match_scopes:
 * @self: a register
 * @scopes: whether the match function chooses whose records the register
 *   holds (a metric's measurements, an audit's findings), rather than
 *   narrowing them as a search does
 *
 * With @scopes, a register none of whose records match says its own empty
 * text ("No findings recorded for this audit yet…"), not that the search
 * and filters hide them.
 */
void
attest_register_set_match_scopes (AttestRegister *self,
                                  gboolean        scopes)
{
  self->match_scopes = scopes;
}

/**
 * attest_register_set_filter:
 * @self: a register
 * @value: a value of the filter field, or -1 for all
 *
 * Shows only the records with that value, as the filter menu does.
 */
void
attest_register_set_filter (AttestRegister *self,
                            int             value)
{
  GParamSpec *pspec;
  g_autoptr(GEnumClass) enum_class = NULL;
  GtkFilterChange change = choice_change (self->filter_value, value);

  self->filter_value = value;
  if (self->dropdown != NULL)
    {
      pspec = g_object_class_find_property (g_type_class_peek (self->spec.kind), self->spec.filter_field);
      enum_class = g_type_class_ref (pspec->value_type);
      for (guint i = 0; i < enum_class->n_values; i++)
        if (enum_class->values[i].value == value && gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown)) != i + 1)
          gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), i + 1);
      if (value == ALL && gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown)) != 0)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), 0);
    }
  filter_changed (self, change);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      AttestRegister *self)
{
  attest_register_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_dropdown_selected_cb (GtkDropDown    *dropdown,
                         GParamSpec     *pspec,
                         AttestRegister *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GParamSpec *field = g_object_class_find_property (g_type_class_peek (self->spec.kind), self->spec.filter_field);
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->value_type);
  int value = selected == 0 || selected > enum_class->n_values ? ALL : enum_class->values[selected - 1].value;

  if (value != self->filter_value)
    attest_register_set_filter (self, value);
}

static void
on_filter_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       Filter      *filter)
{
  AttestRegister *self = g_object_get_data (G_OBJECT (dropdown), "register");
  guint selected = gtk_drop_down_get_selected (dropdown);
  int chosen = selected == 0 || selected > g_strv_length (filter->choices) ? ALL : (int) selected - 1;

  GtkFilterChange change;

  if (chosen == filter->chosen)
    return;
  change = choice_change (filter->chosen, chosen);
  filter->chosen = chosen;
  filter_changed (self, change);
}

/* The choices follow the workspace (a level renamed, a new owner); the
 * choice made stays chosen while it exists, by name. */
static void
refresh_filter (AttestRegister *self,
                Filter         *filter)
{
  g_auto(GStrv) choices = filter->spec->dup_choices (self->workspace);
  g_autoptr(GtkStringList) model = NULL;
  int chosen = ALL;

  if (filter->choices != NULL && g_strv_equal ((const char * const *) choices, (const char * const *) filter->choices))
    return;
  if (filter->chosen != ALL)
    for (guint i = 0; choices[i] != NULL; i++)
      if (g_str_equal (choices[i], filter->choices[filter->chosen]))
        chosen = i;

  model = gtk_string_list_new (NULL);
  gtk_string_list_append (model, _(filter->spec->any_label));
  for (guint i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (model, choices[i]);

  g_strfreev (filter->choices);
  filter->choices = g_steal_pointer (&choices);
  g_signal_handlers_block_by_func (filter->dropdown, on_filter_selected_cb, filter);
  gtk_drop_down_set_model (GTK_DROP_DOWN (filter->dropdown), G_LIST_MODEL (model));
  attest_drop_down_update_search (GTK_DROP_DOWN (filter->dropdown));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter->dropdown), chosen == ALL ? 0 : (guint) chosen + 1);
  g_signal_handlers_unblock_by_func (filter->dropdown, on_filter_selected_cb, filter);
  if (chosen != filter->chosen)
    {
      filter->chosen = chosen;
      attest_record_table_refilter (self->table, GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
}

static void
refresh_filters (AttestRegister *self)
{
  for (guint i = 0; i < self->filters->len; i++)
    refresh_filter (self, g_ptr_array_index (self->filters, i));
}

/* The choices come from the register's own records and from the method
 * (levels); other records' edits leave them as they are. */
static void
on_workspace_record_changed_cb (AttestWorkspace *workspace,
                                AttestRecord    *record,
                                const char      *field,
                                AttestRegister  *self)
{
  if (G_OBJECT_TYPE (record) == self->spec.kind || ATTEST_IS_RISK_METHOD (record))
    refresh_filters (self);
}

static void
on_records_changed_cb (GListModel     *records,
                       guint           position,
                       guint           removed,
                       guint           added,
                       AttestRegister *self)
{
  refresh_filters (self);
}

/**
 * attest_register_choose:
 * @self: a register
 * @filter: the name of one of its computed filters
 * @choice: (nullable): one of its choices by name, or %NULL for any
 *
 * Chooses in a computed filter as its drop-down does.
 *
 * Returns: whether the filter and the choice exist
 */
gboolean
attest_register_choose (AttestRegister *self,
                        const char     *filter_name,
                        const char     *choice)
{
  for (guint i = 0; i < self->filters->len; i++)
    {
      Filter *filter = g_ptr_array_index (self->filters, i);

      if (!g_str_equal (filter->spec->name, filter_name))
        continue;
      refresh_filter (self, filter);
      if (choice == NULL)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (filter->dropdown), 0);
          return TRUE;
        }
      for (guint k = 0; filter->choices[k] != NULL; k++)
        if (g_str_equal (filter->choices[k], choice))
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (filter->dropdown), k + 1);
            return TRUE;
          }
      return FALSE;
    }
  return FALSE;
}

/* A record in its editor, and the register the editor was opened from. */
typedef struct
{
  GWeakRef      reg;
  AttestRecord *record;
} Editing;

static void
editing_free (gpointer  data,
              GClosure *closure)
{
  Editing *editing = data;

  g_weak_ref_clear (&editing->reg);
  g_clear_object (&editing->record);
  g_free (editing);
}

/* The editor closed (saved, Escape, the close button): the keyboard is back
 * on the record's row, chosen, as the user's next move is most often on it
 * (its corrective actions, its next step). A new record cancelled changes
 * nothing. */
static void
on_editor_destroy_cb (GtkWidget *editor,
                      Editing   *editing)
{
  g_autoptr(AttestRegister) self = g_weak_ref_get (&editing->reg);

  if (self == NULL || self->workspace == NULL || self->table == NULL
      || attest_workspace_is_closed (self->workspace)
      || attest_workspace_lookup (self->workspace, attest_record_get_id (editing->record)) != editing->record
      || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  attest_register_show_record (self, editing->record);
}

/* The editor: the kind's form, the same as the guided setup's. */
static GtkWindow *
open_editor (AttestRegister *self,
             AttestRecord   *record,
             gboolean        is_new)
{
  const char *title = is_new ? _(self->spec.new_title) : _(self->spec.edit_title);
  Editing *editing = g_new0 (Editing, 1);
  GtkWidget *editor = GTK_WIDGET (attest_record_editor_new (GTK_WIDGET (self), self->workspace, record,
                                                            self->spec.form_fields, title, is_new));

  g_weak_ref_init (&editing->reg, self);
  editing->record = g_object_ref (record);
  g_signal_connect_data (editor, "destroy", G_CALLBACK (on_editor_destroy_cb), editing, editing_free, 0);
  return GTK_WINDOW (editor);
}

/**
 * attest_register_add:
 * @self: a register
 *
 * Opens the editor on a new record, which is added when the user saves it
 * and forgotten if they cancel. Added, its row is selected.
 *
 * Returns: (transfer none): the editor window
 */
GtkWindow *
attest_register_add (AttestRegister *self)
{
  g_autoptr(AttestRecord) record = g_object_new (self->spec.kind, NULL);

  /* A new record of the filtered kind starts with that kind. */
  if (self->filter_value != ALL)
    g_object_set (record, self->spec.filter_field, self->filter_value, NULL);
  if (self->prepare != NULL)
    self->prepare (record, self->prepare_data);
  return open_editor (self, record, TRUE);
}

/**
 * attest_register_set_prepare_func:
 * @self: a register
 * @func: (nullable): fills in a new record before its editor opens
 * @user_data: for @func, which must outlive the register or be unset
 *
 * Starts each record added with what another view chose, such as the
 * audit whose findings the register lists.
 */
void
attest_register_set_prepare_func (AttestRegister          *self,
                                  AttestRecordPrepareFunc  func,
                                  gpointer                 user_data)
{
  g_return_if_fail (ATTEST_IS_REGISTER (self));

  self->prepare = func;
  self->prepare_data = user_data;
}

/**
 * attest_register_edit:
 * @self: a register
 * @record: one of its records
 *
 * Opens the editor on the record; changes are saved as they are made.
 *
 * Returns: (transfer none): the editor window
 */
GtkWindow *
attest_register_edit (AttestRegister *self,
                      AttestRecord   *record)
{
  return open_editor (self, record, FALSE);
}

/**
 * attest_register_delete_selected:
 * @self: a register
 *
 * Deletes the selected record, and what depends on it, with Undo in a toast.
 *
 * Returns: %TRUE if something was deleted
 */
gboolean
attest_register_delete_selected (AttestRegister *self)
{
  AttestRecord *record = attest_record_table_get_selected (self->table);
  g_autoptr(AttestRecord) keep = NULL;
  g_autofree char *message = NULL;
  const char *name;

  if (record == NULL)
    return FALSE;
  keep = g_object_ref (record);
  name = attest_record_get_string (record, self->spec.title_field);
  message = *name ? g_strdup_printf (_("Deleted “%s”"), name)
                  : g_strdup (_("Deleted a row without a name"));
  return attest_remove_with_undo (GTK_WIDGET (self), self->workspace, record, message);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  attest_register_add (ATTEST_REGISTER (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AttestRegister *self = ATTEST_REGISTER (widget);
  AttestRecord *record = attest_record_table_get_selected (self->table);

  if (record != NULL)
    attest_register_edit (self, record);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  attest_register_delete_selected (ATTEST_REGISTER (widget));
}

static void
on_record_activated_cb (AttestRecordTable *table,
                        AttestRecord      *record,
                        AttestRegister    *self)
{
  attest_register_edit (self, record);
}

static void
on_selected_cb (AttestRecordTable *table,
                GParamSpec        *pspec,
                AttestRegister    *self)
{
  gboolean selected = attest_record_table_get_selected (self->table) != NULL;
  gboolean writable = !attest_workspace_is_read_only (self->workspace);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete", selected && writable);
}

static gboolean
on_delete_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  return attest_register_delete_selected (ATTEST_REGISTER (widget));
}

static gboolean
on_find_key_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  return gtk_widget_grab_focus (ATTEST_REGISTER (widget)->search);
}

static void
attest_register_dispose (GObject *object)
{
  AttestRegister *self = ATTEST_REGISTER (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_REGISTER);
  /* The table, and what else the spec added. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->workspace);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->needle, g_free);
  clear_match (self);
  if (self->filters != NULL)
    g_ptr_array_set_size (self->filters, 0);

  G_OBJECT_CLASS (attest_register_parent_class)->dispose (object);
}

static void
attest_register_finalize (GObject *object)
{
  AttestRegister *self = ATTEST_REGISTER (object);

  g_ptr_array_unref (self->filters);
  G_OBJECT_CLASS (attest_register_parent_class)->finalize (object);
}

static void
attest_register_class_init (AttestRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_register_dispose;
  object_class->finalize = attest_register_finalize;
  gtk_widget_class_set_css_name (widget_class, "register");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/widgets/attest-register.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestRegister, toolbar);
  gtk_widget_class_bind_template_child (widget_class, AttestRegister, search);
  gtk_widget_class_bind_template_child (widget_class, AttestRegister, add_button);
  gtk_widget_class_bind_template_child (widget_class, AttestRegister, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, AttestRegister, filter_flow);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "register.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "register.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "register.delete", NULL, delete_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, on_delete_key_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, on_find_key_cb, NULL);
}

static void
attest_register_init (AttestRegister *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Nothing is selected yet. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete", FALSE);
  self->filter_value = ALL;
  self->filters = g_ptr_array_new_with_free_func (filter_free);
}

/**
 * attest_register_new:
 * @workspace: the workspace
 * @spec: what the register lists and edits; kept by reference, so static
 *
 * Returns: (transfer full): the register
 */
GtkWidget *
attest_register_new (AttestWorkspace          *workspace,
                     const AttestRegisterSpec *spec)
{
  AttestRegister *self = g_object_new (ATTEST_TYPE_REGISTER, NULL);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  const char *search_label = _(spec->search_label);
  const char *add_label = _(spec->add_label);

  self->workspace = g_object_ref (workspace);
  self->spec = *spec;
  gtk_widget_set_name (GTK_WIDGET (self), spec->name);

  g_object_set (self->search, "placeholder-text", search_label, NULL);   /* no setter in GTK 4.8 */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL, search_label, -1);
  gtk_widget_set_tooltip_text (self->add_button, add_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.add", !attest_workspace_is_read_only (workspace));

  if (spec->filter_field != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (g_type_class_peek (spec->kind), spec->filter_field);
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (pspec->value_type);
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      const char *filter_label = attest_field_get_label (attest_record_class_get_kind (g_type_class_peek (spec->kind)),
                                                         spec->filter_field);

      gtk_string_list_append (choices, _(spec->filter_any_label));
      for (guint i = 0; i < enum_class->n_values; i++)
        gtk_string_list_append (choices, attest_enum_get_label (pspec->value_type, enum_class->values[i].value));
      self->dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
      gtk_widget_set_name (self->dropdown, "filter");
      attest_drop_down_set_label (GTK_DROP_DOWN (self->dropdown), filter_label);
      attest_drop_down_update_search (GTK_DROP_DOWN (self->dropdown));
      g_signal_connect (self->dropdown, "notify::selected", G_CALLBACK (on_dropdown_selected_cb), self);
      /* Under the search, first in the row of filters. */
      gtk_flow_box_append (GTK_FLOW_BOX (self->filter_flow), self->dropdown);
    }

  /* Computed filters share a row under the search with the choice filter. */
  for (guint i = 0; i < spec->n_filters; i++)
    {
      Filter *filter = g_new0 (Filter, 1);

      filter->spec = &spec->filters[i];
      filter->chosen = ALL;
      filter->dropdown = gtk_drop_down_new (NULL, NULL);
      gtk_widget_set_name (filter->dropdown, filter->spec->name);
      attest_drop_down_set_label (GTK_DROP_DOWN (filter->dropdown), _(filter->spec->label));
      g_object_set_data (G_OBJECT (filter->dropdown), "register", self);
      g_ptr_array_add (self->filters, filter);
      refresh_filter (self, filter);
      g_signal_connect (filter->dropdown, "notify::selected", G_CALLBACK (on_filter_selected_cb), filter);
      gtk_flow_box_append (GTK_FLOW_BOX (self->filter_flow), filter->dropdown);
    }
  gtk_widget_set_visible (self->filter_bar, spec->n_filters > 0 || spec->filter_field != NULL);
  if (spec->n_filters > 0)
    {
      g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_workspace_record_changed_cb), self, 0);
      g_signal_connect_object (attest_workspace_get_records (workspace, spec->kind), "items-changed",
                               G_CALLBACK (on_records_changed_cb), self, 0);
    }

  /* The table of the spec's records, below the bars. */
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (attest_workspace_get_records (workspace, spec->kind)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->table = ATTEST_RECORD_TABLE (attest_record_table_new (workspace, G_LIST_MODEL (filtered),
                                                              spec->columns, spec->n_columns,
                                                              spec->label, spec->empty_text));
  gtk_widget_set_name (GTK_WIDGET (self->table), "table");
  g_signal_connect_object (filtered, "items-changed", G_CALLBACK (on_shown_changed_cb), self, 0);
  gtk_widget_set_vexpand (GTK_WIDGET (self->table), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "card");
  g_signal_connect (self->table, "record-activated", G_CALLBACK (on_record_activated_cb), self);
  /* Edit and Delete follow the selected row, also when a search, a filter
   * or a deletion takes it away. */
  g_signal_connect (self->table, "notify::selected", G_CALLBACK (on_selected_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->table), GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/**
 * attest_register_get_table:
 * @self: a register
 *
 * Returns: (transfer none): its table
 */
AttestRecordTable *
attest_register_get_table (AttestRegister *self)
{
  return self->table;
}

/**
 * attest_register_select_record:
 * @self: a register
 * @record: a record of its kind
 *
 * Clears the search, selects @record's row and scrolls to it.
 *
 * Returns: %TRUE if the register shows @record
 */
gboolean
attest_register_select_record (AttestRegister *self,
                               AttestRecord   *record)
{
  g_return_val_if_fail (ATTEST_IS_REGISTER (self), FALSE);
  g_return_val_if_fail (ATTEST_IS_RECORD (record), FALSE);

  attest_register_set_search (self, "");
  return attest_record_table_select_record (self->table, record);
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/**
 * attest_register_show_record:
 * @self: a register
 * @record: a record of its kind
 *
 * Selects @record as attest_register_select_record() does and puts the
 * keyboard on its row, as a record shown from elsewhere (readiness, What is
 * due) is. On a page just shown the table has no row to focus before it is
 * drawn, so the focus moves on the next frame.
 *
 * Returns: %TRUE if the register shows @record
 */
gboolean
attest_register_show_record (AttestRegister *self,
                             AttestRecord   *record)
{
  if (!attest_register_select_record (self, record))
    return FALSE;
  gtk_widget_add_tick_callback (GTK_WIDGET (self->table), focus_tick_cb, NULL, NULL);
  return TRUE;
}

/**
 * attest_register_add_tool:
 * @self: a register
 * @tool: a button acting on the selected row, such as a page's own action
 *
 * Puts @tool in the register's toolbar, after its own buttons, so that what
 * acts on the chosen row sits with Edit and Delete.
 */
void
attest_register_add_tool (AttestRegister *self,
                          GtkWidget      *tool)
{
  g_return_if_fail (ATTEST_IS_REGISTER (self));
  g_return_if_fail (GTK_IS_WIDGET (tool));

  gtk_box_append (GTK_BOX (self->toolbar), tool);
}
