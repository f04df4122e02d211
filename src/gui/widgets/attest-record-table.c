/* attest-record-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-record-table"

#include "config.h"

#include "attest-i18n.h"
#include "attest-one-child.h"
#include "attest-record-table.h"

/* Every register is this one widget: a GtkColumnView over a workspace model,
 * with a column per declared field. Rows are made only for what is on
 * screen, so thousands of records open at once. GTK 4.8's list view binds
 * up to 200 rows whatever its height, and takes every row of a change
 * (about 20 µs a row): a search or a sort of 5,000 records then took a
 * tenth of a second or more. So the view is given the first rows of the
 * sorted records only (a GtkSliceListModel), as many as fill it and a
 * little more, and more as the user scrolls towards their end (all of
 * them when End is pressed); a new search, filter or order starts again
 * from the first rows. Cells follow their record
 * as it changes; headers sort. A table narrower than its columns (a
 * phone-sized window) hides its secondary columns, last first, rather than
 * scroll sideways; its title column always shows. */

typedef struct _ColumnData
{
  AttestRecordTable *table;
  guint              column;
} ColumnData;

struct _AttestRecordTable
{
  GtkWidget         parent_instance;

  AttestWorkspace  *workspace;
  AttestColumn     *columns;
  guint             n_columns;
  ColumnData       *column_data;
  GtkSortListModel *sorted;
  GtkSliceListModel *rows;       /* the first rows of sorted, what the view binds */
  AttestRecord     *keep;        /* selected before a re-sort, to select again */
  guint             grow_id;
  GtkColumnView    *view;
  GtkStack         *stack;
  GHashTable       *derived;     /* bound cells shown from other records too */
  guint             refresh_id;
  /* Cached per record, built when first asked for, dropped on any change
   * (a computed cell follows other records): what a search looks
   * through, and what each column sorts by. A keystroke or a sort then
   * reads them rather than building every row's texts again. */
  GHashTable       *search_keys;   /* record → casefolded texts of its cells */
  GHashTable      **sort_keys;     /* per column: record → SortKey */
  guint             title_column;
  int               fitted_width;  /* the width the columns were fitted to, or 0 */
};

typedef struct
{
  int   rank;
  char *key;   /* the cell's collation key, or NULL when it sorts by rank */
} SortKey;

static void
sort_key_free (gpointer data)
{
  SortKey *key = data;

  g_free (key->key);
  g_free (key);
}

/* The rows the view is given first (the default window shows about ten
 * two-line rows below a register's heat maps), and how many more each
 * time the user comes within half a page of their end. */
#define FIRST_ROWS 15
#define MORE_ROWS  20

G_DEFINE_FINAL_TYPE (AttestRecordTable, attest_record_table, GTK_TYPE_WIDGET)

enum { RECORD_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { PROP_0, PROP_SELECTED, N_PROPS };
static GParamSpec *properties[N_PROPS];


/* "2026-03-03" as the interface's language writes a date in a table, on
 * one line ("3 Mar 2026", "3. März 2026"), as the pack's tables do; what
 * is not such a date, as it is. */
static char *
date_text (const char *iso)
{
  g_autoptr(GDateTime) day = attest_date_is_valid (iso) ? attest_stored_date_parse (iso) : NULL;

  return day != NULL ? attest_i18n_format_date_short (day) : g_strdup (iso);
}

static char *
cell_text (AttestRecordTable *self,
           AttestRecord      *record,
           guint              column)
{
  const AttestColumn *c = &self->columns[column];
  const AttestField *field;

  if (c->kind == ATTEST_COLUMN_COMPUTED)
    return c->compute (self->workspace, record, c->field);
  field = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), c->field);
  g_return_val_if_fail (field != NULL, g_strdup (""));

  switch (c->kind)
    {
    case ATTEST_COLUMN_CHOICE:
      return g_strdup (attest_enum_get_label (field->pspec->value_type, attest_record_get_enum (record, c->field)));
    case ATTEST_COLUMN_FLAG:
      return g_strdup (attest_record_get_boolean (record, c->field) ? _("Yes") : _("No"));
    case ATTEST_COLUMN_DATE:
      return date_text (attest_record_get_string (record, c->field));
    case ATTEST_COLUMN_REFERENCE:
      {
        AttestRecord *target = attest_workspace_lookup (self->workspace, attest_record_get_string (record, c->field));
        return g_strdup (target ? attest_record_get_string (target, c->reference_field) : "");
      }
    case ATTEST_COLUMN_TEXT:
    default:
      {
        /* One line per cell: a paragraph shows as its first line. */
        const char *text = attest_record_get_string (record, c->field);
        const char *newline = strchr (text, '\n');

        return newline ? g_strndup (text, newline - text) : g_strdup (text);
      }
    }
}

/* A screen reader lands on a row of the table, which GTK 4.8 names by
 * nothing: it is named as its record, by the texts of its first two columns
 * ("A.5.1, Policies for information security"; "Organisational unit,
 * Analytics"). The row is the cell's parent; GTK 4.12 would offer
 * gtk_column_view_row_set_accessible_label. */
static void
name_row (AttestRecordTable *self,
          AttestRecord      *record,
          GtkWidget         *label,
          const char        *first)
{
  GtkWidget *cell = gtk_widget_get_parent (label);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *second = self->n_columns > 1 ? cell_text (self, record, 1) : NULL;
  g_autofree char *name = NULL;

  if (row == NULL)
    return;
  if (second == NULL || *second == '\0')
    name = g_strdup (first);
  else if (*first == '\0')
    name = g_strdup (second);
  else
    /* TRANSLATORS: a table row's name for screen readers: its first two cells. */
    name = g_strdup_printf (_("%s, %s"), first, second);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* What a cell shows of @text: a choice by its short form, "Modify" for
 * "Modify (reduce with controls)", its explanation left to the tooltip. */
static char *
shown_text (const AttestColumn *column,
            const char         *text)
{
  const char *paren = column->kind == ATTEST_COLUMN_CHOICE ? strstr (text, " (") : NULL;

  return paren != NULL && paren > text ? g_strndup (text, paren - text) : g_strdup (text);
}

static void
update_cell (GtkListItem *item)
{
  ColumnData *data = g_object_get_data (G_OBJECT (item), "column-data");
  AttestRecord *record = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  if (record == NULL)
    return;
  text = cell_text (data->table, record, data->column);
  shown = shown_text (&data->table->columns[data->column], text);
  if (g_strcmp0 (gtk_label_get_text (label), shown) != 0)
    gtk_label_set_text (label, shown);
  g_object_set_data_full (G_OBJECT (label), "full-text", g_steal_pointer (&text), g_free);
  if (data->column == 0)
    name_row (data->table, record, GTK_WIDGET (label), gtk_label_get_text (label));
}

/* The whole text of a cell shows as its tooltip. Asked for only when the
 * pointer rests on a cell: setting it on every bind costs as much as the
 * text itself. */
static gboolean
on_query_tooltip_cb (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (label), "full-text");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_record_notify_cb (AttestRecord *record,
                     GParamSpec   *pspec,
                     GtkListItem  *item)
{
  update_cell (item);
}

/* A cell computed from other records (a level from the method, problems,
 * a decision, a referenced name) changes when they do: every saved change
 * refreshes the cells on screen, once per main loop turn. */
static gboolean
refresh_derived_cb (gpointer data)
{
  AttestRecordTable *self = data;
  GHashTableIter iter;
  gpointer item;

  self->refresh_id = 0;
  g_hash_table_iter_init (&iter, self->derived);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_cell (item);
  return G_SOURCE_REMOVE;
}

static void
forget_keys (AttestRecordTable *self)
{
  g_hash_table_remove_all (self->search_keys);
  for (guint i = 0; i < self->n_columns; i++)
    g_hash_table_remove_all (self->sort_keys[i]);
}

static void
on_record_changed_cb (AttestWorkspace   *workspace,
                      AttestRecord      *record,
                      const char        *field,
                      AttestRecordTable *self)
{
  forget_keys (self);
}

static void
on_committed_cb (AttestStore       *store,
                 AttestRecordTable *self)
{
  forget_keys (self);
  if (self->refresh_id == 0 && g_hash_table_size (self->derived) > 0)
    self->refresh_id = g_idle_add (refresh_derived_cb, self);
}

static gboolean
is_derived (ColumnData *data)
{
  AttestColumnKind kind = data->table->columns[data->column].kind;

  return kind == ATTEST_COLUMN_COMPUTED || kind == ATTEST_COLUMN_REFERENCE;
}

/* How wide a column's cells are, in characters: a title column at least
 * this and the spare width besides; free text (an owner with their name)
 * room for two lines; levels, dates and flags narrow. All but the title
 * columns are fixed to their width (column_minimum_width()), a choice's to
 * its widest short form, so that the spare width goes to the titles. */
static int
column_chars (const AttestColumn *column)
{
  if (column->chars > 0)
    return column->chars;
  if (column->expand)
    /* A record's title or name; a second text that takes spare width too
     * (an issue's effect, a description) gives way to it. */
    return g_strcmp0 (column->field, "title") == 0 || g_strcmp0 (column->field, "name") == 0 ? 28 : 18;
  switch (column->kind)
    {
    case ATTEST_COLUMN_TEXT:
    case ATTEST_COLUMN_REFERENCE:
      return 14;
    case ATTEST_COLUMN_FLAG:
      return 4;
    case ATTEST_COLUMN_DATE:
      return 12;
    case ATTEST_COLUMN_CHOICE:
    case ATTEST_COLUMN_COMPUTED:
    default:
      return 7;
    }
}

/* Free text beside the title (an owner with their name, a referenced
 * record's name) grows with the window, as the title does, from its
 * width; the other columns, and text given its own width (a code, a
 * version), stay at theirs. */
static gboolean
column_grows (const AttestColumn *column)
{
  return column->expand
         || (column->chars == 0 && (column->kind == ATTEST_COLUMN_TEXT || column->kind == ATTEST_COLUMN_REFERENCE));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  const AttestColumn *column = &data->table->columns[data->column];
  GtkWidget *label = gtk_label_new (NULL);

  /* A cell wraps to two lines and is cut short only at the end of the
   * second: a title or an owner reads in full, the spare width going to
   * the title column; codes, levels and choices stay narrow. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), column_grows (column) ? column_chars (column) : 3);
  gtk_label_set_max_width_chars (GTK_LABEL (label), column_chars (column));
  gtk_label_set_single_line_mode (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "record-cell");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
  g_object_set_data (G_OBJECT (item), "column-data", data);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  AttestRecord *record = gtk_list_item_get_item (item);
  gulong id;

  update_cell (item);
  id = g_signal_connect (record, "notify", G_CALLBACK (on_record_notify_cb), item);
  g_object_set_data (G_OBJECT (item), "notify-id", GSIZE_TO_POINTER (id));
  if (is_derived (data))
    g_hash_table_add (data->table->derived, item);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  AttestRecord *record = gtk_list_item_get_item (item);
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "notify-id"));

  if (record != NULL && id != 0)
    g_signal_handler_disconnect (record, id);
  g_object_set_data (G_OBJECT (item), "notify-id", NULL);
  g_hash_table_remove (data->table->derived, item);
}

static const SortKey *
sort_key (ColumnData   *data,
          AttestRecord *record)
{
  AttestRecordTable *self = data->table;
  const AttestColumn *column = &self->columns[data->column];
  SortKey *key = g_hash_table_lookup (self->sort_keys[data->column], record);

  if (key != NULL)
    return key;
  key = g_new0 (SortKey, 1);
  /* Choices in their own order (planned before implemented), computed
   * columns by their rank when they have one, the rest by their text. */
  if (column->kind == ATTEST_COLUMN_CHOICE)
    key->rank = attest_record_get_enum (record, column->field);
  else if (column->kind == ATTEST_COLUMN_COMPUTED && column->rank != NULL)
    key->rank = column->rank (self->workspace, record, column->field);
  else if (column->kind == ATTEST_COLUMN_DATE)
    /* YYYY-MM-DD sorts as it reads; empty first. */
    key->key = g_strdup (attest_record_get_string (record, column->field));
  else
    {
      g_autofree char *text = cell_text (self, record, data->column);

      key->key = g_utf8_collate_key (text, -1);
    }
  g_hash_table_insert (self->sort_keys[data->column], record, key);
  return key;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SortKey *ka = sort_key (user_data, (AttestRecord *) a);
  const SortKey *kb = sort_key (user_data, (AttestRecord *) b);

  if (ka->key == NULL || kb->key == NULL)
    return (ka->rank > kb->rank) - (ka->rank < kb->rank);
  return strcmp (ka->key, kb->key);
}

/* The view's rows reach at least @n of the sorted records. */
static void
give_rows (AttestRecordTable *self,
           guint              n)
{
  if (n > gtk_slice_list_model_get_size (self->rows))
    gtk_slice_list_model_set_size (self->rows, n);
}

static GtkAdjustment *
vadjustment (AttestRecordTable *self)
{
  GtkWidget *scrolled = gtk_stack_get_child_by_name (self->stack, "table");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static gboolean
grow_cb (gpointer user_data)
{
  AttestRecordTable *self = user_data;
  GtkAdjustment *adjustment = vadjustment (self);
  double below = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment)
                 - gtk_adjustment_get_page_size (adjustment);

  self->grow_id = 0;
  if (below < gtk_adjustment_get_page_size (adjustment) / 2)
    give_rows (self, gtk_slice_list_model_get_size (self->rows) + MORE_ROWS);
  return G_SOURCE_REMOVE;
}

/* Scrolled or resized: more rows once the user is near the end of those
 * given, after the frame being drawn (an idle runs after GTK's layout). */
static void
on_scrolled_cb (GtkAdjustment     *adjustment,
                AttestRecordTable *self)
{
  if (self->grow_id == 0
      && gtk_slice_list_model_get_size (self->rows) < g_list_model_get_n_items (G_LIST_MODEL (self->sorted)))
    self->grow_id = g_idle_add (grow_cb, self);
}

/* Before a new order, filter or search: back to the first rows, the top
 * of the view, remembering the selected record. */
static void
start_again (AttestRecordTable *self)
{
  g_set_object (&self->keep, attest_record_table_get_selected (self));
  gtk_adjustment_set_value (vadjustment (self), 0);
  gtk_slice_list_model_set_size (self->rows, FIRST_ROWS);
}

/* After it: the record selected before stays selected if it is still
 * listed, wherever it now is. */
static void
select_again (AttestRecordTable *self)
{
  g_autoptr(AttestRecord) record = g_steal_pointer (&self->keep);

  if (record != NULL && attest_record_table_get_selected (self) != record)
    attest_record_table_select_record (self, record);
}

/* End goes to the last record listed, not the last of the rows given so
 * far: every row is given first (GTK's own binding then moves there). */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   AttestRecordTable     *self)
{
  if (keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End)
    give_rows (self, g_list_model_get_n_items (G_LIST_MODEL (self->sorted)));
  return GDK_EVENT_PROPAGATE;
}

static void
on_sorter_changing_cb (GtkSorter         *sorter,
                       GtkSorterChange    change,
                       AttestRecordTable *self)
{
  start_again (self);
}

static void
on_sorter_changed_cb (GtkSorter         *sorter,
                      GtkSorterChange    change,
                      AttestRecordTable *self)
{
  select_again (self);
}

static void
on_items_changed_cb (GListModel        *model,
                     guint              position,
                     guint              removed,
                     guint              added,
                     AttestRecordTable *self)
{
  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (model) > 0 ? "table" : "empty");
}

static void
attest_record_table_dispose (GObject *object)
{
  AttestRecordTable *self = ATTEST_RECORD_TABLE (object);
  GtkWidget *child;

  /* Taking the columns away re-sorts the model: nothing to show any more. */
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->view), self);
      g_signal_handlers_disconnect_by_data (vadjustment (self), self);
    }
  if (self->workspace != NULL)
    {
      g_signal_handlers_disconnect_by_data (attest_workspace_get_store (self->workspace), self);
      g_signal_handlers_disconnect_by_data (self->workspace, self);
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  g_clear_object (&self->keep);
  self->stack = NULL;
  self->view = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (attest_record_table_parent_class)->dispose (object);
}

static void
attest_record_table_finalize (GObject *object)
{
  AttestRecordTable *self = ATTEST_RECORD_TABLE (object);

  for (guint i = 0; i < self->n_columns; i++)
    g_hash_table_unref (self->sort_keys[i]);
  g_free (self->sort_keys);
  g_hash_table_unref (self->search_keys);
  g_free (self->columns);
  g_free (self->column_data);
  g_hash_table_unref (self->derived);

  G_OBJECT_CLASS (attest_record_table_parent_class)->finalize (object);
}

/* What a column needs at the least, about: its title, bold and with room
 * for the sort arrow, or its cells' shortest width, and their padding.
 * Estimated from the font rather than measured: the column view, being
 * laid out when its width is known, measures as it was before its columns
 * changed. An estimate a little too wide hides a column more; the layout
 * tests check that no table scrolls sideways at 360 pixels. */
#define COLUMN_PADDING 20

/* The width of a choice column's widest short form, or @fallback when
 * there are no records to learn the choices from. */
static int
choice_width (AttestRecordTable  *self,
              const AttestColumn *column,
              int                 fallback)
{
  g_autoptr(AttestRecord) record = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);
  const AttestField *field = record != NULL ? attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), column->field)
                                            : NULL;
  g_autoptr(GEnumClass) klass = NULL;
  int widest = 0;

  if (field == NULL || !G_TYPE_IS_ENUM (field->pspec->value_type))
    return fallback;
  klass = g_type_class_ref (field->pspec->value_type);
  for (guint v = 0; v < klass->n_values; v++)
    {
      g_autofree char *text = shown_text (column, attest_enum_get_label (field->pspec->value_type, klass->values[v].value));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->view), text);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest + 4;
}

static int
column_minimum_width (AttestRecordTable *self,
                      guint              i)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->view), _(self->columns[i].title));
  int char_width = PANGO_PIXELS_CEIL (MAX (pango_font_metrics_get_approximate_char_width (metrics),
                                           pango_font_metrics_get_approximate_digit_width (metrics)));
  int cells = column_chars (&self->columns[i]) * char_width;   /* as GtkLabel measures width-chars */
  int title;

  pango_font_metrics_unref (metrics);   /* no autoptr in Pango 1.50 */
  if (self->columns[i].kind == ATTEST_COLUMN_CHOICE)
    cells = choice_width (self, &self->columns[i], cells);

  pango_layout_get_pixel_size (layout, &title, NULL);
  return MAX (title * 21 / 20 + 8, cells) + COLUMN_PADDING;
}

/* Shows as many columns as @width holds without scrolling sideways, the
 * title column whatever the width: when they do not all fit, the spare
 * columns go first, then the others from the last. Done as the table is
 * given its width; a column shown or hidden here is laid out in the next
 * frame, which finds the same columns fit the same width. */
static void
fit_columns (AttestRecordTable *self,
             int                width)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);
  guint n = g_list_model_get_n_items (columns);
  g_autofree int *needed = g_new0 (int, n);
  g_autofree gboolean *shown = g_new0 (gboolean, n);
  int used = 0;

  if (width == self->fitted_width)
    return;
  self->fitted_width = width;
  for (guint i = 0; i < n; i++)
    {
      needed[i] = column_minimum_width (self, i);
      used += needed[i];
      shown[i] = TRUE;
    }
  /* The spare columns first, then from the last. */
  for (int pass = 0; pass < 2 && used > width; pass++)
    for (guint k = n; k-- > 0 && used > width;)
      if (k != self->title_column && shown[k] && (pass == 1 || self->columns[k].spare))
        {
          shown[k] = FALSE;
          used -= needed[k];
        }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      /* GTK 4.8 counts a hidden column's width in the width all columns
       * need, and gives the growing columns only what is left of the view
       * after it: a hidden column is given no width. */
      int fixed = !shown[i] ? 0 : i != self->title_column && !column_grows (&self->columns[i]) ? needed[i] : -1;

      if (gtk_column_view_column_get_fixed_width (column) != fixed)
        gtk_column_view_column_set_fixed_width (column, fixed);
      if (gtk_column_view_column_get_visible (column) != shown[i])
        gtk_column_view_column_set_visible (column, shown[i]);
    }
}

/* Its one child, the stack, laid out with no layout manager, so that the
 * table sees its width (attest-one-child.c). */
static void
attest_record_table_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AttestRecordTable *self = ATTEST_RECORD_TABLE (widget);

  if (self->view != NULL)
    fit_columns (self, width);
  attest_one_child_size_allocate (widget, width, height, baseline);
}

static void
attest_record_table_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AttestRecordTable *self = ATTEST_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->view != NULL ? attest_record_table_get_selected (self) : NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_record_table_class_init (AttestRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_record_table_dispose;
  object_class->finalize = attest_record_table_finalize;
  object_class->get_property = attest_record_table_get_property;
  widget_class->get_request_mode = attest_one_child_get_request_mode;
  widget_class->measure = attest_one_child_measure;
  widget_class->size_allocate = attest_record_table_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "recordtable");

  /**
   * AttestRecordTable::record-activated:
   * @self: the table
   * @record: the record of the row
   *
   * A row was activated: double-clicked, or Enter pressed on it.
   */
  signals[RECORD_ACTIVATED] = g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, ATTEST_TYPE_RECORD);

  /**
   * AttestRecordTable:selected:
   *
   * The record of the selected row, or %NULL. Notified whenever it changes:
   * a row chosen, and also the selected row filtered out or deleted, which
   * GtkSelectionModel::selection-changed does not report.
   */
  properties[PROP_SELECTED] = g_param_spec_object ("selected", NULL, NULL, ATTEST_TYPE_RECORD,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                                   | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
on_selected_item_cb (GtkSingleSelection *selection,
                     GParamSpec         *pspec,
                     AttestRecordTable  *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_activate_cb (GtkColumnView     *view,
                guint              position,
                AttestRecordTable *self)
{
  g_autoptr(AttestRecord) record = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (record != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, record);
}

static void
attest_record_table_init (AttestRecordTable *self)
{
  self->derived = g_hash_table_new (NULL, NULL);
  self->search_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/**
 * attest_record_table_new:
 * @workspace: the workspace the records belong to
 * @records: a model of records of one kind
 * @columns: (array length=n_columns): what to show
 * @n_columns: how many columns
 * @label: the table's accessible name
 * @empty_text: what to say when there are no records
 *
 * Returns: (transfer full): the table
 */
GtkWidget *
attest_record_table_new (AttestWorkspace    *workspace,
                         GListModel         *records,
                         const AttestColumn *columns,
                         guint               n_columns,
                         const char         *label,
                         const char         *empty_text)
{
  AttestRecordTable *self = g_object_new (ATTEST_TYPE_RECORD_TABLE, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = gtk_label_new (empty_text);
  GtkSelectionModel *selection;

  gtk_widget_set_name (empty, "empty-text");

  self->workspace = g_object_ref (workspace);
  g_signal_connect (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self);
  g_signal_connect (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self);
  self->columns = g_memdup2 (columns, sizeof (AttestColumn) * n_columns);
  self->n_columns = n_columns;
  self->column_data = g_new0 (ColumnData, n_columns);
  self->sort_keys = g_new0 (GHashTable *, n_columns);
  for (guint i = 0; i < n_columns; i++)
    self->sort_keys[i] = g_hash_table_new_full (NULL, NULL, NULL, sort_key_free);
  /* The title column: the record's title or name, else the first that
   * takes the spare width (a document's title, not its identifier). */
  for (guint i = n_columns; i-- > 0;)
    if (columns[i].expand)
      self->title_column = i;
  for (guint i = n_columns; i-- > 0;)
    if (columns[i].kind == ATTEST_COLUMN_TEXT && (g_strcmp0 (columns[i].field, "title") == 0
                                                  || g_strcmp0 (columns[i].field, "name") == 0))
      self->title_column = i;

  self->sorted = gtk_sort_list_model_new (g_object_ref (records), NULL);
  self->rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), 0, FIRST_ROWS);
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows))));
  /* Nothing selected until the user chooses: a new GtkSingleSelection
   * selects its first row, which would then be drawn as selected while
   * no one was told. */
  gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
  gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (selection, "notify::selected-item", G_CALLBACK (on_selected_item_cb), self, 0);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (selection));   /* takes the selection */
  gtk_column_view_set_show_column_separators (self->view, FALSE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The row of column titles (GTK's, unnamed in 4.8), named as what it is. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_css_name (child), "header") == 0)
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column titles"), -1);

  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      ColumnData *data = &self->column_data[i];
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkSorter *sorter;

      data->table = self;
      data->column = i;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), data);

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, column_grows (&columns[i]));
      gtk_column_view_column_set_resizable (column, TRUE);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cells, data, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);
      gtk_column_view_append_column (self->view, column);
    }
  /* Around the sort model's own handler: the first is called before it
   * sorts, the second after. */
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sorter_changing_cb), self);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->view));
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sorter_changed_cb), self);
  g_signal_connect (self->view, "activate", G_CALLBACK (on_activate_cb), self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_name (keys, "attest-end-key");
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
  }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), "value-changed",
                    G_CALLBACK (on_scrolled_cb), self);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), "changed",
                    G_CALLBACK (on_scrolled_cb), self);

  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_valign (empty, GTK_ALIGN_START);
  gtk_widget_set_margin_top (empty, 24);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scrolled, "table");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);
  /* More rows are given as the user scrolls or a record further down is
   * selected; fewer only when the user asks for a new order, filter or
   * search. */
  on_items_changed_cb (G_LIST_MODEL (self->sorted), 0, 0, 0, self);

  return GTK_WIDGET (self);
}

/**
 * attest_record_table_refilter:
 * @self: a table
 * @filter: the filter of the model the table was made with
 * @change: how it changed
 *
 * Filters again after a new search or filter choice, as gtk_filter_changed()
 * does: the table shows the first of the records now listed, and the
 * record selected before stays selected if it is still listed.
 */
void
attest_record_table_refilter (AttestRecordTable *self,
                              GtkFilter         *filter,
                              GtkFilterChange    change)
{
  g_return_if_fail (ATTEST_IS_RECORD_TABLE (self));
  g_return_if_fail (GTK_IS_FILTER (filter));

  start_again (self);
  gtk_filter_changed (filter, change);
  select_again (self);
}

/**
 * attest_record_table_get_model:
 * @self: a table
 *
 * Returns: (transfer none): the records in the order shown
 */
GListModel *
attest_record_table_get_model (AttestRecordTable *self)
{
  return G_LIST_MODEL (self->sorted);
}

/**
 * attest_record_table_dup_cell_text:
 * @self: a table
 * @position: a row, in the order shown
 * @column: a column
 *
 * Returns: (transfer full): the text the cell shows
 */
char *
attest_record_table_dup_cell_text (AttestRecordTable *self,
                                   guint              position,
                                   guint              column)
{
  g_autoptr(AttestRecord) record = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  g_return_val_if_fail (record != NULL && column < self->n_columns, NULL);
  return cell_text (self, record, column);
}

/**
 * attest_record_table_sort_by:
 * @self: a table
 * @column: a column
 * @order: ascending or descending
 *
 * Sorts as a click on the column's header does.
 */
void
attest_record_table_sort_by (AttestRecordTable *self,
                             guint              column,
                             GtkSortType        order)
{
  GtkColumnViewColumn *c = g_list_model_get_item (gtk_column_view_get_columns (self->view), column);

  gtk_column_view_sort_by_column (self->view, c, order);
  g_object_unref (c);
}

/**
 * attest_record_table_get_selected:
 * @self: a table
 *
 * Returns: (transfer none) (nullable): the selected record
 */
AttestRecord *
attest_record_table_get_selected (AttestRecordTable *self)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->view));

  return gtk_single_selection_get_selected_item (selection);
}

/**
 * attest_record_table_select:
 * @self: a table
 * @position: a row, in the order shown
 *
 * Selects a row, as a click on it does.
 */
void
attest_record_table_select (AttestRecordTable *self,
                            guint              position)
{
  if (position != GTK_INVALID_LIST_POSITION)
    give_rows (self, position + MORE_ROWS);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (self->view)), position);
}

/**
 * attest_record_table_select_record:
 * @self: a table
 * @record: a record
 *
 * Selects @record's row and scrolls the table to it.
 *
 * Returns: %TRUE if the table shows @record
 */
gboolean
attest_record_table_select_record (AttestRecordTable *self,
                                   AttestRecord      *record)
{
  GListModel *shown = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (shown);

  g_return_val_if_fail (ATTEST_IS_RECORD_TABLE (self), FALSE);
  g_return_val_if_fail (ATTEST_IS_RECORD (record), FALSE);

  for (guint position = 0; position < n; position++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (shown, position);

      if (item != record)
        continue;
      attest_record_table_select (self, position);
      /* GTK 4.8 has no gtk_column_view_scroll_to(): its list view's own
       * action scrolls. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
      return TRUE;
    }
  return FALSE;
}

/**
 * attest_record_table_dup_shown_text:
 * @self: a table
 * @record: a record on screen
 * @column: one of its computed or reference columns
 *
 * Returns: (transfer full) (nullable): what the cell on screen says now,
 *   or %NULL if it is not on screen
 */
char *
attest_record_table_dup_shown_text (AttestRecordTable *self,
                                    AttestRecord      *record,
                                    guint              column)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->derived);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    {
      ColumnData *data = g_object_get_data (G_OBJECT (item), "column-data");

      if (data->column == column && gtk_list_item_get_item (item) == (gpointer) record)
        return g_strdup (gtk_label_get_text (GTK_LABEL (gtk_list_item_get_child (item))));
    }
  return NULL;
}

/**
 * attest_record_table_set_empty_text:
 * @self: a table
 * @text: what to say when it shows no records
 */
void
attest_record_table_set_empty_text (AttestRecordTable *self,
                                    const char        *text)
{
  GtkWidget *empty = gtk_stack_get_child_by_name (self->stack, "empty");

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (empty)), text) != 0)
    gtk_label_set_text (GTK_LABEL (empty), text);
}

/**
 * attest_record_table_get_selection:
 * @self: a table
 *
 * Returns: (transfer none): the selection model, to follow its changes
 */
GtkSelectionModel *
attest_record_table_get_selection (AttestRecordTable *self)
{
  return gtk_column_view_get_model (self->view);
}

/**
 * attest_record_table_get_cell_text:
 * @self: a table
 * @record: a record of the table's kind
 * @column: a column
 *
 * Returns: (transfer full): the text the record shows in that column
 */
char *
attest_record_table_get_cell_text (AttestRecordTable *self,
                                   AttestRecord      *record,
                                   guint              column)
{
  return cell_text (self, record, column);
}

guint
attest_record_table_get_n_columns (AttestRecordTable *self)
{
  return self->n_columns;
}

/**
 * attest_record_table_get_search_key:
 * @self: a table
 * @record: a record of the table's kind
 *
 * What a search looks through: the texts of @record's cells, casefolded,
 * a line each. Built once and kept until the workspace changes.
 *
 * Returns: (transfer none): the key
 */
const char *
attest_record_table_get_search_key (AttestRecordTable *self,
                                    AttestRecord      *record)
{
  char *key = g_hash_table_lookup (self->search_keys, record);
  g_autoptr(GString) texts = NULL;

  if (key != NULL)
    return key;
  texts = g_string_new (NULL);
  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autofree char *text = cell_text (self, record, i);

      g_string_append (texts, text);
      g_string_append_c (texts, '\n');
    }
  key = g_utf8_casefold (texts->str, texts->len);
  g_hash_table_insert (self->search_keys, record, key);
  return key;
}
