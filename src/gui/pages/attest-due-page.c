/* attest-due-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-due-page"

#include "config.h"


#include "attest-i18n.h"

#include "attest-due-page.h"
#include "attest-export.h"
#include "attest-file-chooser.h"
#include "attest-window.h"
#include "widgets/attest-toast.h"

/* What is due (attest_due_collect()) in three boxed lists: overdue, this
 * month, later; a row says the day, what is due and the record, and
 * takes the user to the record on its page. The count of overdue things
 * ("overdue") is kept from the moment the workspace is loaded, for the
 * window's sidebar, whether the page has been shown or not; the lists are
 * built when the page is first shown, and again a moment after any change
 * while shown, or when next shown. Export Calendar… writes the same dates
 * with attest_ics_export(). */

struct _AttestDuePage
{
  AttestPage            parent_instance;

  AttestWorkspace      *watched;
  guint                 refresh_id;
  gboolean              stale;
  guint                 overdue;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkStack             *stack;
  GtkLabel             *summary_label;
  GtkLabel             *overdue_heading;
  GtkListBox           *overdue_list;
  GtkLabel             *overdue_more;
  GtkLabel             *month_heading;
  GtkListBox           *month_list;
  GtkLabel             *month_more;
  GtkLabel             *later_heading;
  GtkListBox           *later_list;
  GtkLabel             *later_more;
};

G_DEFINE_FINAL_TYPE (AttestDuePage, attest_due_page, ATTEST_TYPE_PAGE)

enum { PROP_0, PROP_OVERDUE, N_PROPS };
static GParamSpec *properties[N_PROPS];

#define REFRESH_DELAY_MS 300
/* A list of thousands of rows (the risks of a large register, each with
 * its reassessment) is slow to build in GTK 4.8 and no one reads it: each
 * group shows its first rows, and says how many more the calendar has. */
#define MAX_ROWS 100

/* Set by tests: the file the next Export Calendar… writes, without a chooser. */
static char *export_path_for_testing;

static void
set_overdue (AttestDuePage *self,
             guint          overdue)
{
  if (self->overdue == overdue)
    return;
  self->overdue = overdue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
}

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
row_new (AttestDueItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *day = attest_i18n_format_stored_date (item->day);
  g_autofree char *reads = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *day_label = gtk_label_new (day != NULL ? day : item->day);

  g_object_set (row, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->name);
  /* What is due, and who owns it where the record names someone. */
  subtitle = item->owner != NULL ? g_strdup_printf ("%s · %s", item->what, item->owner) : g_strdup (item->what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_label_set_xalign (GTK_LABEL (day_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (day_label), 16);
  gtk_widget_add_css_class (day_label, "numeric");
  if (item->group == ATTEST_DUE_OVERDUE)
    gtk_widget_add_css_class (day_label, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), day_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  /* TRANSLATORS: a row of What is due as a screen reader reads it: the record, what is due, and the day,
   * "Access control: Review of the policy, 1 March 2027" */
  if (item->owner != NULL)
    /* TRANSLATORS: a row of What is due as a screen reader reads it: the record, what is due, who owns
     * the record, and the day, "Backups: Action of the treatment plan, owned by Tom Okafor, 1 March 2027" */
    reads = g_strdup_printf (_("%1$s: %2$s, owned by %3$s, %4$s"), item->name, item->what, item->owner,
                             day != NULL ? day : item->day);
  else
    reads = g_strdup_printf (_("%1$s: %2$s, %3$s"), item->name, item->what, day != NULL ? day : item->day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, reads, -1);
  g_object_set_data_full (G_OBJECT (row), "record", g_object_ref (item->record), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "page", g_strdup (item->page), g_free);
  g_object_set_data_full (G_OBJECT (row), "day", g_strdup (item->day), g_free);
  return row;
}

/* Later is long: its rows under the month they fall in. */
static void
month_header_cb (GtkListBoxRow *row,
                 GtkListBoxRow *before,
                 gpointer       user_data)
{
  const char *day = g_object_get_data (G_OBJECT (row), "day");
  const char *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "day") : NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *month = NULL;
  GtkWidget *header;

  if (previous != NULL && strncmp (day, previous, 7) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  date = attest_stored_date_parse (day);
  if (date == NULL)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  month = attest_i18n_format_month (date);
  header = gtk_label_new (month);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "due-month");
  gtk_list_box_row_set_header (row, header);
}

static void
fill_group (AttestDuePage  *self,
            GPtrArray      *items,
            AttestDueGroup  group,
            GtkLabel       *heading,
            GtkListBox     *list,
            GtkLabel       *more)
{
  guint n = attest_due_count (items, group), shown = 0;
  g_autofree char *title = NULL;

  clear (list);
  /* TRANSLATORS: a heading of What is due: the group and how many it has, "Overdue (3)" */
  title = g_strdup_printf (_("%s (%u)"), attest_due_group_get_label (group), n);
  gtk_label_set_text (heading, title);
  gtk_widget_set_visible (GTK_WIDGET (heading), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (list), n > 0);
  for (guint i = 0; i < items->len && shown < MAX_ROWS; i++)
    {
      AttestDueItem *item = g_ptr_array_index (items, i);

      if (item->group != group)
        continue;
      gtk_list_box_append (list, row_new (item));
      shown++;
    }
  if (n > shown)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more, in the exported calendar.",
                                      "And %u more, in the exported calendar.", n - shown),
                         n - shown);

      gtk_label_set_text (more, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (more), n > shown);
}

static void
update_summary (AttestDuePage *self,
                GPtrArray     *items)
{
  guint overdue = attest_due_count (items, ATTEST_DUE_OVERDUE);
  g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thing in the workspace has a date",
                                                       "%u things in the workspace have a date", items->len),
                                          items->len);
  g_autofree char *text = NULL;

  if (overdue == 0)
    /* TRANSLATORS: What is due's summary: "12 things in the workspace have a date" */
    text = g_strdup_printf (_("%s, and nothing is overdue."), all);
  else
    /* TRANSLATORS: What is due's summary: "12 things in the workspace have a date", and how many are overdue */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u is overdue: open it to bring it up to date.",
                                         "%s; %u are overdue: open each to bring it up to date.", overdue),
                            all, overdue);
  gtk_label_set_text (self->summary_label, text);
}

/* The count always; the lists too when @lists and the page is filled. */
static void
refresh_full (AttestDuePage *self,
              gboolean       lists)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) items = NULL;

  if (workspace == NULL || !attest_workspace_is_loaded (workspace) || attest_workspace_is_closed (workspace))
    return;
  items = attest_due_collect (workspace, NULL);
  set_overdue (self, attest_due_count (items, ATTEST_DUE_OVERDUE));
  if (!lists || !attest_page_is_filled (ATTEST_PAGE (self)))
    return;
  self->stale = FALSE;
  gtk_stack_set_visible_child_name (self->stack, items->len == 0 ? "empty" : "list");
  update_summary (self, items);
  fill_group (self, items, ATTEST_DUE_OVERDUE, self->overdue_heading, self->overdue_list, self->overdue_more);
  fill_group (self, items, ATTEST_DUE_THIS_MONTH, self->month_heading, self->month_list, self->month_more);
  fill_group (self, items, ATTEST_DUE_LATER, self->later_heading, self->later_list, self->later_more);
}

static void
refresh (AttestDuePage *self)
{
  refresh_full (self, TRUE);
}

static gboolean
on_refresh_timeout_cb (gpointer user_data)
{
  AttestDuePage *self = user_data;

  self->refresh_id = 0;
  /* Hidden, the lists wait until the page is shown again. */
  refresh_full (self, !self->stale);
  return G_SOURCE_REMOVE;
}

/* Any change may change a date: the count a moment after; the lists then
 * too while shown, else when next shown. */
static void
on_committed_cb (AttestDuePage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, on_refresh_timeout_cb, self);
}

static void
on_loaded_cb (AttestDuePage *self)
{
  refresh (self);
}

static void
on_workspace_cb (AttestDuePage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (workspace == self->watched)
    return;
  g_set_object (&self->watched, workspace);
  if (workspace == NULL)
    return;
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::loaded", G_CALLBACK (on_loaded_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
on_row_activated_cb (AttestDuePage *self,
                     GtkListBoxRow *row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ATTEST_IS_WINDOW (root))
    attest_window_show_record (ATTEST_WINDOW (root), g_object_get_data (G_OBJECT (row), "record"),
                               g_object_get_data (G_OBJECT (row), "page"));
}

/* Export Calendar… */

/* Written by attest_export_write(), which asks before replacing a workspace. */
static gboolean
write_calendar (const char        *path,
                AttestOutputFlags  flags,
                gpointer           user_data,
                GError           **error)
{
  AttestDuePage *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!attest_ics_export (attest_page_get_workspace (ATTEST_PAGE (self)), path, flags, error))
    return FALSE;
  name = g_filename_display_basename (path);
  /* TRANSLATORS: a toast: the calendar's file name */
  message = g_strdup_printf (_("Exported the calendar as “%s”"), name);
  attest_toast_add (GTK_WIDGET (self), message);
  return TRUE;
}

static void
export_to (AttestDuePage *self,
           const char    *path)
{
  attest_export_write (GTK_WIDGET (self), path, _("the calendar of what is due"), write_calendar,
                       g_object_ref (self), g_object_unref);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       AttestDuePage   *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  g_clear_object (&self->chooser);
  if (path != NULL)
    export_to (self, path);
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name G_GNUC_UNUSED,
                        GVariant   *parameter G_GNUC_UNUSED)
{
  AttestDuePage *self = ATTEST_DUE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) calendars = gtk_file_filter_new ();

  if (export_path_for_testing != NULL)
    {
      g_autofree char *path = g_steal_pointer (&export_path_for_testing);

      export_to (self, path);
      return;
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export the Calendar of What Is Due"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (calendars, _("Calendars (iCalendar)"));
  gtk_file_filter_add_mime_type (calendars, "text/calendar");
  gtk_file_filter_add_pattern (calendars, "*.ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), calendars);
  {
    AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
    g_autofree char *org = attest_export_dup_organisation (workspace);
    /* TRANSLATORS: the file name the calendar export suggests: the organisation's name */
    g_autofree char *name = g_strdup_printf (_("%s what is due.ics"), org);
    g_autofree char *dir = g_path_get_dirname (attest_workspace_get_path (workspace));
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    /* Beside the workspace, to start with, as the audit pack. */
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  }
  g_object_set_data (G_OBJECT (self->chooser), "suffix", (gpointer) ".ics");
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * attest_due_page_set_export_path_for_testing:
 * @path: (nullable): the file the next Export Calendar… writes instead of
 *   asking
 *
 * For tests: the native chooser cannot be driven in-process.
 */
void
attest_due_page_set_export_path_for_testing (const char *path)
{
  g_free (export_path_for_testing);
  export_path_for_testing = g_strdup (path);
}

/* Object */

static void
attest_due_page_map (GtkWidget *widget)
{
  AttestDuePage *self = ATTEST_DUE_PAGE (widget);

  GTK_WIDGET_CLASS (attest_due_page_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

static gboolean
attest_due_page_fill (AttestPage *page)
{
  refresh (ATTEST_DUE_PAGE (page));
  return TRUE;
}

static void
attest_due_page_dispose (GObject *object)
{
  AttestDuePage *self = ATTEST_DUE_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->watched);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_DUE_PAGE);
  G_OBJECT_CLASS (attest_due_page_parent_class)->dispose (object);
}

static void
attest_due_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AttestDuePage *self = ATTEST_DUE_PAGE (object);

  switch (prop_id)
    {
    case PROP_OVERDUE:
      g_value_set_uint (value, self->overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_due_page_class_init (AttestDuePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_due_page_dispose;
  object_class->get_property = attest_due_page_get_property;
  widget_class->map = attest_due_page_map;
  ATTEST_PAGE_CLASS (klass)->fill = attest_due_page_fill;

  /**
   * AttestDuePage:overdue:
   *
   * How many things are overdue today, kept from the moment the workspace
   * is loaded.
   */
  properties[PROP_OVERDUE] =
    g_param_spec_uint ("overdue", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-due-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, stack);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, overdue_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, overdue_more);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, month_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, month_list);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, month_more);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, later_heading);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, later_list);
  gtk_widget_class_bind_template_child (widget_class, AttestDuePage, later_more);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_install_action (widget_class, "due-page.export-calendar", NULL, export_calendar_action);
}

static void
attest_due_page_init (AttestDuePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->later_list, month_header_cb, NULL, NULL);
  g_signal_connect (self, "notify::workspace", G_CALLBACK (on_workspace_cb), NULL);
}

/**
 * attest_due_page_new:
 * @workspace: (nullable): the workspace whose dates it shows
 *
 * Returns: (transfer full): a new What is due page
 */
GtkWidget *
attest_due_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_DUE_PAGE, "workspace", workspace, NULL);
}

/**
 * attest_due_page_get_overdue:
 * @self: a What is due page
 *
 * Returns: how many things are overdue today
 */
guint
attest_due_page_get_overdue (AttestDuePage *self)
{
  g_return_val_if_fail (ATTEST_IS_DUE_PAGE (self), 0);
  return self->overdue;
}
