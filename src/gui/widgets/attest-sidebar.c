/* attest-sidebar.c: the window's sections, grouped as the standard is.
 *
 * A list of the sections of a stack, under the headings of the groups of
 * clauses users know from the standard ("Context (4)", "Planning (6)"),
 * each row with the clauses its page serves. Choosing a row shows its
 * page; the row of the page shown is selected. A section may appear in
 * two groups (Operation points to the risk pages of Planning): the row
 * chosen stays selected, else the first row of the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-sidebar.h"

struct _AttestSidebar
{
  AdwBin      parent_instance;

  GtkStack   *stack;
  gboolean    syncing;

  /* Template widgets */
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (AttestSidebar, attest_sidebar, ADW_TYPE_BIN)

static const char *
row_page (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "page");
}

static const char *
row_group (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "group");
}

/* A group's heading above its first row. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *group = row_group (row);
  GtkWidget *header;

  if (group == NULL || (before != NULL && g_strcmp0 (group, row_group (before)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_list_box_row_get_header (row);
  if (header != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (header)), group) == 0)
    return;
  header = gtk_label_new (group);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_top (header, before != NULL ? 12 : 6);
  gtk_widget_set_margin_bottom (header, 2);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_list_box_row_set_header (row, header);
}

/* The row of the page shown: the one selected if it shows it, else the
 * first that does. */
static void
sync_selection (AttestSidebar *self)
{
  const char *shown = self->stack != NULL ? gtk_stack_get_visible_child_name (self->stack) : NULL;
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  GtkListBoxRow *row = NULL;

  if (shown == NULL || (selected != NULL && g_strcmp0 (row_page (selected), shown) == 0))
    return;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_strcmp0 (row_page (row), shown) == 0)
      break;
  self->syncing = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
  self->syncing = FALSE;
}

static void
on_row_selected_cb (AttestSidebar *self,
                    GtkListBoxRow *row)
{
  if (self->syncing || row == NULL || self->stack == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, row_page (row));
}

/* GTK's list moves Tab from row to row, so that the keyboard would go
 * through every section before reaching the page: Tab goes into the page
 * shown instead, as in other GNOME apps' sidebars; the arrow keys move
 * between the sections. */
static gboolean
on_key_pressed_cb (AttestSidebar   *self,
                   guint            keyval,
                   guint            keycode,
                   GdkModifierType  state)
{
  GtkWidget *page;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab)
      || (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || self->stack == NULL)
    return GDK_EVENT_PROPAGATE;
  page = gtk_stack_get_visible_child (self->stack);
  return page != NULL && gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

/**
 * attest_sidebar_set_stack:
 * @self: a sidebar
 * @stack: the stack whose pages the sections show
 */
void
attest_sidebar_set_stack (AttestSidebar *self,
                          GtkStack      *stack)
{
  g_return_if_fail (ATTEST_IS_SIDEBAR (self));
  g_return_if_fail (self->stack == NULL);

  self->stack = g_object_ref (stack);
  g_signal_connect_object (stack, "notify::visible-child", G_CALLBACK (sync_selection), self, G_CONNECT_SWAPPED);
  sync_selection (self);
}

/**
 * attest_sidebar_add_section:
 * @self: a sidebar
 * @group: (nullable): the heading of the group, "Context (4)", or %NULL for
 *   a section above the groups
 * @page: the name of the stack's page the section shows
 * @title: (nullable): the row's title, or %NULL for the page's own
 * @clauses: (nullable): the clauses the page serves, "4.1"
 *
 * Adds a section after the others.
 */
void
attest_sidebar_add_section (AttestSidebar *self,
                            const char    *group,
                            const char    *page,
                            const char    *title,
                            const char    *clauses)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;
  GtkWidget *numbers;
  GtkStackPage *stack_page;

  g_return_if_fail (ATTEST_IS_SIDEBAR (self));
  g_return_if_fail (self->stack != NULL);

  stack_page = gtk_stack_get_page (self->stack, gtk_stack_get_child_by_name (self->stack, page));
  g_return_if_fail (stack_page != NULL);
  if (title == NULL)
    title = gtk_stack_page_get_title (stack_page);

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (box), label);
  if (clauses != NULL)
    {
      numbers = gtk_label_new (clauses);
      gtk_widget_set_valign (numbers, GTK_ALIGN_BASELINE);
      gtk_widget_add_css_class (numbers, "dim-label");
      gtk_widget_add_css_class (numbers, "caption");
      gtk_widget_add_css_class (numbers, "numeric");
      gtk_box_append (GTK_BOX (box), numbers);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, clauses, -1);
    }
  /* A count for attest_sidebar_set_count(), hidden while there is none;
   * beside the title and clauses rather than among them, whose baseline
   * would place its text. */
  {
    GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *badge = gtk_label_new (NULL);

    gtk_widget_set_hexpand (box, TRUE);
    gtk_box_append (GTK_BOX (outer), box);
    gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (badge, "sidebar-count");
    gtk_widget_add_css_class (badge, "numeric");
    gtk_widget_set_visible (badge, FALSE);
    gtk_box_append (GTK_BOX (outer), badge);
    g_object_set_data (G_OBJECT (row), "count", badge);
    box = outer;
  }
  g_object_set_data_full (G_OBJECT (row), "clauses", g_strdup (clauses), g_free);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A screen reader lands on the row: it is named by its title. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (row), "title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (row), "page", g_strdup (page), g_free);
  g_object_set_data_full (G_OBJECT (row), "group", g_strdup (group), g_free);
  {
    g_autofree char *name = g_strconcat ("sidebar-", page, NULL);

    gtk_widget_set_name (row, name);
  }
  gtk_list_box_append (self->list, row);
  sync_selection (self);
}

/**
 * attest_sidebar_set_count:
 * @self: a sidebar
 * @page: the name of a stack's page
 * @count: how many things its page has that want the user, 0 for none
 * @description: (nullable): what @count is, as a screen reader says it
 *   ("3 overdue"); shown as the count's tooltip
 *
 * Shows @count at the end of each row of @page, a badge where users look
 * first; 0 hides it.
 */
void
attest_sidebar_set_count (AttestSidebar *self,
                          const char    *page,
                          guint          count,
                          const char    *description)
{
  GtkListBoxRow *row;

  g_return_if_fail (ATTEST_IS_SIDEBAR (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      GtkWidget *badge = g_object_get_data (G_OBJECT (row), "count");
      const char *clauses = g_object_get_data (G_OBJECT (row), "clauses");
      g_autofree char *text = g_strdup_printf ("%u", count);

      if (g_strcmp0 (row_page (row), page) != 0 || badge == NULL)
        continue;
      gtk_label_set_text (GTK_LABEL (badge), text);
      gtk_widget_set_tooltip_text (badge, description);
      gtk_widget_set_visible (badge, count > 0);
      if (count > 0 && description != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      else if (clauses != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, clauses, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * attest_sidebar_get_row:
 * @self: a sidebar
 * @title: a row's title
 *
 * Returns: (transfer none) (nullable): the first row with @title
 */
GtkWidget *
attest_sidebar_get_row (AttestSidebar *self,
                        const char    *title)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (ATTEST_IS_SIDEBAR (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "title"), title) == 0)
      return GTK_WIDGET (row);
  return NULL;
}

static void
attest_sidebar_dispose (GObject *object)
{
  AttestSidebar *self = ATTEST_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_SIDEBAR);
  g_clear_object (&self->stack);
  G_OBJECT_CLASS (attest_sidebar_parent_class)->dispose (object);
}

static void
attest_sidebar_class_init (AttestSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_sidebar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/widgets/attest-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSidebar, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);
}

static void
attest_sidebar_init (AttestSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
}

/**
 * attest_sidebar_new:
 *
 * Returns: (transfer full): an empty sidebar (attest_sidebar_set_stack())
 */
GtkWidget *
attest_sidebar_new (void)
{
  return g_object_new (ATTEST_TYPE_SIDEBAR, NULL);
}
