/* attest-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-window"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-application.h"
#include "attest-file-chooser.h"
#include "attest-window.h"
#include "attest-export.h"
#include "dialogs/attest-replace-dialog.h"
#include "pages/attest-method-page.h"
#include "pages/attest-metrics-page.h"
#include "pages/attest-audits-page.h"
#include "pages/attest-audit-coverage-page.h"
#include "pages/attest-due-page.h"
#include "pages/attest-nonconformities-page.h"
#include "pages/attest-organisation-page.h"
#include "pages/attest-readiness-page.h"
#include "pages/attest-reviews-page.h"
#include "pages/attest-register-page.h"
#include "pages/attest-risks-page.h"
#include "pages/attest-soa-page.h"
#include "setup/attest-setup-view.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-sidebar.h"
#include "widgets/attest-toast.h"
#include "widgets/attest-undo.h"

struct _AttestWindow
{
  AdwApplicationWindow  parent_instance;

  AttestWorkspace      *workspace;
  GSettings            *settings;
  gboolean              disposed;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;   /* the workspace's loading */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkRevealer          *read_only_revealer;
  GtkRevealer          *sample_revealer;
  GtkRevealer          *private_revealer;
  GtkLabel             *private_label;
  GtkStack             *main_stack;
  AdwStatusPage        *loading_page;
  GtkSpinner           *loading_spinner;
  AdwBin               *setup_bin;
  GtkWidget            *setup_view;
  GtkWidget            *start_setup_button;
  GtkLabel             *read_only_label;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkStack             *stack;
  GMenu                *recent_submenu;
  GMenu                *undo_section;
};

G_DEFINE_FINAL_TYPE (AttestWindow, attest_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_WORKSPACE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void show_initial_view (AttestWindow *self);

/* Pages */

static void
update_title (AttestWindow *self)
{
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  const char *name = org ? attest_record_get_string (org, "name") : "";
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->window_title, *name ? name : _("Unnamed organisation"));
  subtitle = attest_workspace_is_read_only (self->workspace)
    ? g_strdup_printf (_("%s (read-only)"), attest_workspace_get_display_name (self->workspace))
    : g_strdup (attest_workspace_get_display_name (self->workspace));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), *name ? name : "Attest");
}

static void
on_write_failed_cb (AttestWorkspace *workspace,
                    GError          *error,
                    AttestWindow    *self)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  attest_window_show_toast (self, toast);
}

/* A workspace others may read (copied in from elsewhere, unpacked from an
 * archive) is said so, with the fix at hand. */
static void
update_private_banner (AttestWindow *self)
{
  guint mode = 0;
  gboolean exposed = self->workspace != NULL
                     && attest_workspace_is_readable_by_others (self->workspace, &mode);

  if (exposed)
    {
      g_autofree char *text = g_strdup_printf (_("Other users of this computer can read “%s” (permissions %04o). Make it private to keep your ISMS to yourself."),
                                               attest_workspace_get_display_name (self->workspace), mode);

      gtk_label_set_text (self->private_label, text);
    }
  gtk_revealer_set_reveal_child (self->private_revealer, exposed);
}

static void
make_private_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;
  if (!attest_workspace_make_private (self->workspace, &error))
    attest_window_add_toast (self, error->message);
  else
    attest_window_add_toast (self, _("Only you can read this workspace now."));
  update_private_banner (self);
}

/* Loading: a large workspace's window shows as soon as the file is checked
 * and its singletons are read (attest_workspace_open_deferred()); its
 * registers follow. Until then the window says so and offers nothing to
 * edit, export or print. */

static const char * const workspace_actions[] = {
  "win.save-as", "win.export-audit-pack", "win.print", "win.start-setup",
};

static void update_undo (AttestWindow *self);

static void
set_workspace_actions_enabled (AttestWindow *self,
                               gboolean      enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (workspace_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), workspace_actions[i], enabled);
  update_undo (self);
}

/* Undo and Redo: the workspace's stacks, for every change made in the
 * window since it opened. The menu names the change. */

static void
update_undo (AttestWindow *self)
{
  g_autofree char *undo = NULL, *redo = NULL, *undo_label = NULL, *redo_label = NULL;
  g_autoptr(GMenuItem) undo_item = NULL, redo_item = NULL;
  gboolean usable = self->workspace != NULL && attest_workspace_is_loaded (self->workspace)
                    && !attest_workspace_is_closed (self->workspace);
  gboolean final = FALSE;

  if (usable)
    {
      undo = attest_workspace_dup_undo_label (self->workspace, &final);
      redo = attest_workspace_dup_redo_label (self->workspace);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", usable && attest_workspace_can_undo (self->workspace));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", usable && attest_workspace_can_redo (self->workspace));
  if (self->undo_section == NULL)
    return;

  if (undo == NULL)
    undo_label = g_strdup (_("_Undo"));
  else if (final)
    /* TRANSLATORS: %s is an approval, e.g. "Approved Statement of Applicability";
     * it stays in the history, and only a new approval replaces it */
    undo_label = g_strdup_printf (_("Cannot Undo “%s”"), undo);
  else
    /* TRANSLATORS: %s is what is undone, e.g. "Delete “Backups”" */
    undo_label = g_strdup_printf (_("_Undo %s"), undo);
  if (redo == NULL)
    redo_label = g_strdup (_("_Redo"));
  else
    /* TRANSLATORS: %s is what is done again, e.g. "Delete “Backups”" */
    redo_label = g_strdup_printf (_("_Redo %s"), redo);

  undo_item = g_menu_item_new (undo_label, "win.undo");
  g_menu_item_set_attribute (undo_item, "accel", "s", "<Control>z");
  redo_item = g_menu_item_new (redo_label, "win.redo");
  g_menu_item_set_attribute (redo_item, "accel", "s", "<Control><Shift>z");
  g_menu_remove_all (self->undo_section);
  g_menu_append_item (self->undo_section, undo_item);
  g_menu_append_item (self->undo_section, redo_item);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  gboolean is_undo = g_str_equal (action_name, "win.undo");
  gboolean ok;

  /* What was typed and not saved yet is a change too: saved first, it is
   * the change Undo takes back. */
  attest_field_flush_all (widget);
  /* What is taken back may be on another page, or in no page in sight:
   * a toast says what it was. */
  if (is_undo && attest_workspace_can_undo (self->workspace))
    {
      label = attest_workspace_dup_undo_label (self->workspace, NULL);
      ok = attest_workspace_undo (self->workspace, &error);
      /* TRANSLATORS: %s is what was undone, e.g. "Delete “Backups”" */
      message = ok && label != NULL ? g_strdup_printf (_("Undone: %s"), label) : NULL;
    }
  else if (!is_undo && attest_workspace_can_redo (self->workspace))
    {
      label = attest_workspace_dup_redo_label (self->workspace);
      ok = attest_workspace_redo (self->workspace, &error);
      /* TRANSLATORS: %s is what was made again, e.g. "Delete “Backups”" */
      message = ok && label != NULL ? g_strdup_printf (_("Redone: %s"), label) : NULL;
    }
  else
    ok = TRUE;
  if (!ok)
    attest_window_add_toast (self, error->message);
  else if (message != NULL)
    attest_toast_report (GTK_WIDGET (self), message);
}

/* Ctrl+Z in a text field is the field's own undo, keystroke by keystroke
 * (GTK's, which sees the key first); the window's Undo only elsewhere. */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus) || GTK_IS_EDITABLE (focus)))
    return TRUE;
  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
}

/* A record found damaged while loading: the file is refused as it would
 * have been before the window showed, and left as it was. */
static void
refuse_workspace (AttestWindow *self,
                  GError       *error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = g_strdup (attest_workspace_get_path (self->workspace));

  g_object_ref (app != NULL ? (gpointer) app : (gpointer) self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (ATTEST_IS_APPLICATION (app))
    attest_application_show_open_error (ATTEST_APPLICATION (app), path, error, NULL);
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      GtkWidget *dialog = adw_message_dialog_new (NULL, heading, error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (app != NULL ? (gpointer) app : (gpointer) self);
}

static void
on_workspace_loaded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(AttestWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!attest_workspace_load_finish (ATTEST_WORKSPACE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !self->disposed)
        refuse_workspace (self, error);
      return;
    }
  if (self->disposed)
    return;
  gtk_spinner_stop (self->loading_spinner);
  set_workspace_actions_enabled (self, TRUE);
  show_initial_view (self);
}

static void
on_loading_first_paint_cb (GdkFrameClock *clock,
                           AttestWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_loading_first_paint_cb, self);
  attest_workspace_load_async (self->workspace, self->cancellable, on_workspace_loaded_cb, g_object_ref (self));
}

static void
on_loading_realize_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, on_loading_realize_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_loading_first_paint_cb), widget, 0);
}

static void
show_loading (AttestWindow *self)
{
  g_autofree char *description =
    g_strdup_printf (_("Reading every record of “%s”. It can be changed once it is loaded."),
                     attest_workspace_get_display_name (self->workspace));

  adw_status_page_set_description (self->loading_page, description);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  set_workspace_actions_enabled (self, FALSE);
  self->cancellable = g_cancellable_new ();
  /* The records are read once the window is on screen: the first frame
   * does not wait for a step of the load. */
  g_signal_connect (self, "realize", G_CALLBACK (on_loading_realize_cb), NULL);
}

/* Every page gets the workspace; each fills itself when first shown. */
static void
set_pages_workspace (AttestWindow *self)
{
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->stack)); page != NULL;
       page = gtk_widget_get_next_sibling (page))
    if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "workspace") != NULL)
      g_object_set (page, "workspace", self->workspace, NULL);
}

static void
bind_workspace (AttestWindow *self)
{
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  const char *reason = attest_workspace_get_read_only_reason (self->workspace);

  g_signal_connect_object (org, "notify::name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  update_title (self);

  if (attest_workspace_is_read_only (self->workspace))
    {
      gtk_label_set_text (self->read_only_label,
                          reason ? reason : _("This workspace is open for reading only; changes cannot be made."));
      gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
    }

  update_private_banner (self);

  g_signal_connect_object (self->workspace, "write-failed", G_CALLBACK (on_write_failed_cb), self, 0);
  g_signal_connect_object (self->workspace, "undo-changed", G_CALLBACK (update_undo), self, G_CONNECT_SWAPPED);
  update_undo (self);
  /* The workspace opens on its organisation: the readiness rules over a
   * large workspace take a moment, paid when the user asks for them. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "readiness") == 0)
    gtk_stack_set_visible_child_name (self->stack, "organisation");
  set_pages_workspace (self);
  if (attest_workspace_is_loaded (self->workspace))
    show_initial_view (self);
  else
    show_loading (self);
}

/* Recent files */

static void
update_recent_menu (AttestWindow *self)
{
  g_auto(GStrv) recent = NULL;

  if (self->settings == NULL || self->recent_submenu == NULL)
    return;
  g_menu_remove_all (self->recent_submenu);
  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = g_filename_display_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_submenu, item);
    }
}

/* Save As */

/**
 * attest_window_save_copy:
 * @self: a window
 * @path: where to write the copy
 * @flags: %ATTEST_OUTPUT_FORCE to replace another workspace
 * @error: return location for an error
 *
 * Writes a copy of the window's workspace and tells the user with a toast.
 * The window goes on editing its own file.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_window_save_copy (AttestWindow       *self,
                         const char         *path,
                         AttestOutputFlags   flags,
                         GError            **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = NULL;

  if (!attest_workspace_save_copy (self->workspace, path, flags, error))
    return FALSE;
  message = g_strdup_printf (_("Saved a copy as “%s”"), name);
  attest_window_add_toast (self, message);
  return TRUE;
}

static void
show_error (AttestWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  gtk_widget_set_name (dialog, "error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  AttestWindow *window;
  char         *path;
} CopyRequest;

static void
copy_request_free (gpointer data)
{
  CopyRequest *request = data;

  g_object_unref (request->window);
  g_free (request->path);
  g_free (request);
}

static void
replace_with_copy (gpointer data)
{
  CopyRequest *request = data;
  g_autoptr(GError) error = NULL;

  if (!attest_window_save_copy (request->window, request->path, ATTEST_OUTPUT_FORCE, &error))
    show_error (request->window, _("Could Not Save a Copy"), error->message);
}

/**
 * attest_window_save_copy_as:
 * @self: a window
 * @path: the name chosen in the Save a Copy dialog
 *
 * Saves a copy there, asking first when @path is another workspace, and
 * says in a dialog why it was not written otherwise (the workspace itself,
 * a folder…).
 */
void
attest_window_save_copy_as (AttestWindow *self,
                            const char   *path)
{
  g_autoptr(GError) error = NULL;

  if (attest_window_save_copy (self, path, ATTEST_OUTPUT_DEFAULT, &error))
    return;
  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE))
    {
      CopyRequest *request = g_new0 (CopyRequest, 1);

      request->window = g_object_ref (self);
      request->path = g_strdup (path);
      attest_replace_dialog_new (GTK_WINDOW (self), path, _("this copy"), replace_with_copy, request, copy_request_free);
      return;
    }
  show_error (self, _("Could Not Save a Copy"), error->message);
}

static void
on_save_as_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        AttestWindow    *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  if (path != NULL)
    attest_window_save_copy_as (self, path);
  g_clear_object (&self->chooser);
}

static void
export_audit_pack_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);

  attest_export_audit_pack_dialog (GTK_WINDOW (self), self->workspace);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (attest_print_audit_pack (GTK_WINDOW (self), self->workspace, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  const char *name = attest_workspace_get_display_name (self->workspace);

  stem = g_str_has_suffix (name, ".isms") ? g_strndup (name, strlen (name) - 5) : g_strdup (name);
  suggested = g_strdup_printf (_("%s (copy).isms"), stem);
  g_clear_object (&self->chooser);
  self->chooser = attest_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                           _("Save a Copy"), _("_Save"), suggested);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Welcome and guided setup */

static void
on_setup_finished_cb (AttestSetupView *view,
                      AttestWindow    *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  attest_window_add_toast (self, _("The guided setup is complete. Everything stays editable here."));
}

static void
show_setup (AttestWindow *self)
{
  if (self->setup_view == NULL)
    {
      self->setup_view = attest_setup_view_new (self->workspace);
      g_signal_connect_object (self->setup_view, "finished", G_CALLBACK (on_setup_finished_cb), self, 0);
      adw_bin_set_child (self->setup_bin, self->setup_view);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "setup");
}

static void
start_setup_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_setup (ATTEST_WINDOW (widget));
}

/* An empty workspace opens on the welcome page, a setup left half-way on its
 * step, anything else on the registers. */
static void
show_initial_view (AttestWindow *self)
{
  AttestRecord *setup = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SETUP);
  gboolean completed = setup != NULL && attest_record_get_boolean (setup, "completed");
  gboolean started = setup != NULL && *attest_record_get_string (setup, "step") != '\0';

  gtk_revealer_set_reveal_child (self->sample_revealer, setup != NULL && attest_record_get_boolean (setup, "sample"));
  if (!completed && started)
    show_setup (self);
  else if (!completed && attest_workspace_is_empty (self->workspace))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      /* Enter starts the setup. */
      gtk_window_set_default_widget (GTK_WINDOW (self), self->start_setup_button);
      gtk_widget_grab_focus (self->start_setup_button);
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "main");
}

/* Navigation */

static void
on_leaflet_folded_cb (AttestWindow *self)
{
  gboolean folded;

  /* Also emitted while the template is built and torn down. */
  if (self->disposed || self->leaflet == NULL || self->stack == NULL || self->back_button == NULL)
    return;
  folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          folded && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->stack));
}

static void
on_stack_page_cb (AttestWindow *self)
{
  if (self->disposed || self->leaflet == NULL)
    return;
  if (self->stack != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
}

static void
on_back_clicked_cb (AttestWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* The count of what is overdue on What is due's row, where users look
 * first; the page keeps it as the workspace changes. */
static void
update_due_count (AttestWindow *self)
{
  guint overdue = attest_due_page_get_overdue (ATTEST_DUE_PAGE (gtk_stack_get_child_by_name (self->stack, "due")));
  /* TRANSLATORS: the count on What is due's row of the sidebar, as a screen reader reads it */
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue", overdue),
                                                  overdue);

  attest_sidebar_set_count (ATTEST_SIDEBAR (self->sidebar), "due", overdue, description);
}

/* The sections in the groups of the standard's clauses, each with the
 * clauses it serves; Operation (8) points to the risk pages of Planning,
 * where the assessment and the treatment are carried out; Performance
 * evaluation (9) has its metrics, audits and management reviews, and
 * Improvement (10) comes with its pages. */
static void
add_sections (AttestWindow *self)
{
  static const struct
  {
    const char *group, *page, *title, *clauses;
  } sections[] = {
    { NULL, "readiness", NULL, NULL },
    { NULL, "due", NULL, NULL },
    { N_("Context (4)"), "organisation", NULL, "4.1" },
    { N_("Context (4)"), "context", NULL, "4.1" },
    { N_("Context (4)"), "parties", NULL, "4.2" },
    { N_("Context (4)"), "scope", NULL, "4.3" },
    { N_("Context (4)"), "processes", NULL, "4.4" },
    { N_("Leadership (5)"), "commitments", NULL, "5.1" },
    { N_("Leadership (5)"), "policy", NULL, "5.2" },
    { N_("Leadership (5)"), "roles", NULL, "5.3" },
    { N_("Leadership (5)"), "people", NULL, "5.3" },
    { N_("Planning (6)"), "method", NULL, "6.1.2" },
    { N_("Planning (6)"), "assets", NULL, "6.1.2" },
    { N_("Planning (6)"), "threats", NULL, "6.1.2" },
    { N_("Planning (6)"), "risks", NULL, "6.1.2" },
    { N_("Planning (6)"), "treatment", NULL, "6.1.3" },
    { N_("Planning (6)"), "soa", NULL, "6.1.3 d" },
    { N_("Planning (6)"), "objectives", NULL, "6.2" },
    { N_("Planning (6)"), "changes", NULL, "6.3" },
    { N_("Support (7)"), "resources", NULL, "7.1" },
    { N_("Support (7)"), "competence", NULL, "7.2" },
    { N_("Support (7)"), "awareness", NULL, "7.3" },
    { N_("Support (7)"), "communication", NULL, "7.4" },
    { N_("Support (7)"), "documents", NULL, "7.5" },
    /* TRANSLATORS: a row of the sidebar's Operation group, showing the processes with their criteria */
    { N_("Operation (8)"), "processes", N_("Operational control"), "8.1" },
    { N_("Operation (8)"), "providers", NULL, "8.1" },
    /* TRANSLATORS: a row of the sidebar's Operation group, showing the risk register */
    { N_("Operation (8)"), "risks", N_("Risk assessments"), "8.2" },
    /* TRANSLATORS: a row of the sidebar's Operation group, showing the treatment plan */
    { N_("Operation (8)"), "treatment", N_("Risk treatment"), "8.3" },
    { N_("Performance evaluation (9)"), "metrics", NULL, "9.1" },
    { N_("Performance evaluation (9)"), "audits", NULL, "9.2" },
    { N_("Performance evaluation (9)"), "audit-coverage", NULL, "9.2" },
    { N_("Performance evaluation (9)"), "reviews", NULL, "9.3" },
    { N_("Improvement (10)"), "improvements", NULL, "10.1" },
    { N_("Improvement (10)"), "nonconformities", NULL, "10.2" },
  };
  AttestSidebar *sidebar = ATTEST_SIDEBAR (self->sidebar);

  attest_sidebar_set_stack (sidebar, self->stack);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    attest_sidebar_add_section (sidebar, sections[i].group ? _(sections[i].group) : NULL, sections[i].page,
                                sections[i].title ? _(sections[i].title) : NULL, sections[i].clauses);
  g_signal_connect_object (gtk_stack_get_child_by_name (self->stack, "due"), "notify::overdue",
                           G_CALLBACK (update_due_count), self, G_CONNECT_SWAPPED);
}

/* Object */

static gboolean
attest_window_close_request (GtkWindow *window)
{
  AttestWindow *self = ATTEST_WINDOW (window);
  GtkWidget *focus = gtk_window_get_focus (window);

  /* Whatever is being typed is saved before the window goes. */
  while (focus != NULL && !GTK_IS_EDITABLE (focus) && !GTK_IS_TEXT_VIEW (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL)
    attest_field_flush (focus);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (attest_window_parent_class)->close_request (window);
}

static void
attest_window_constructed (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  G_OBJECT_CLASS (attest_window_parent_class)->constructed (object);

  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_signal_connect_object (self->settings, "changed::recent-files",
                               G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
      update_recent_menu (self);
    }

  bind_workspace (self);
}

static void
attest_window_dispose (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  /* Saved before the workspace closes with the window (below). */
  if (self->workspace != NULL && !attest_workspace_is_closed (self->workspace))
    attest_field_flush_all (GTK_WIDGET (self));

  /* Template callbacks still fire while the template is torn down. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_WINDOW);
  /* A window's workspace closes with it: its file is closed and the lock
   * released now, even if GTK keeps one of the window's widgets (and the
   * reference it holds) a while longer. */
  if (self->workspace != NULL && !attest_workspace_is_closed (self->workspace))
    attest_workspace_close (self->workspace);

  G_OBJECT_CLASS (attest_window_parent_class)->dispose (object);
}

static void
attest_window_finalize (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (attest_window_parent_class)->finalize (object);
}

static void
attest_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_window_class_init (AttestWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = attest_window_constructed;
  object_class->dispose = attest_window_dispose;
  object_class->finalize = attest_window_finalize;
  object_class->get_property = attest_window_get_property;
  object_class->set_property = attest_window_set_property;
  window_class->close_request = attest_window_close_request;

  /**
   * AttestWindow:workspace:
   *
   * The workspace the window shows and edits.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ATTEST_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATTEST_TYPE_SIDEBAR);
  g_type_ensure (ATTEST_TYPE_READINESS_PAGE);
  g_type_ensure (ATTEST_TYPE_ORGANISATION_PAGE);
  g_type_ensure (ATTEST_TYPE_METRICS_PAGE);
  g_type_ensure (ATTEST_TYPE_AUDITS_PAGE);
  g_type_ensure (ATTEST_TYPE_AUDIT_COVERAGE_PAGE);
  g_type_ensure (ATTEST_TYPE_DUE_PAGE);
  g_type_ensure (ATTEST_TYPE_NONCONFORMITIES_PAGE);
  g_type_ensure (ATTEST_TYPE_REVIEWS_PAGE);
  g_type_ensure (ATTEST_TYPE_REGISTER_PAGE);
  g_type_ensure (ATTEST_TYPE_METHOD_PAGE);
  g_type_ensure (ATTEST_TYPE_RISKS_PAGE);
  g_type_ensure (ATTEST_TYPE_SOA_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/attest-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, sample_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, private_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, private_label);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, setup_bin);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, start_setup_button);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, undo_section);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-audit-pack", NULL, export_audit_pack_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.start-setup", NULL, start_setup_action);
  gtk_widget_class_install_action (widget_class, "win.make-private", NULL, make_private_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_shortcut_cb, "s", "win.undo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_shortcut_cb, "s", "win.redo");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                undo_shortcut_cb, "s", "win.redo");
}

static void
attest_window_init (AttestWindow *self)
{
  static gsize icons_added;

  /* Our icons, also when running from the build folder. */
  if (g_once_init_enter (&icons_added))
    {
      gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                        RESOURCE_BASE "/icons");
      g_once_init_leave (&icons_added, 1);
    }
  gtk_widget_init_template (GTK_WIDGET (self));
  add_sections (self);
}

/**
 * attest_window_new:
 * @application: (nullable): the application
 * @workspace: the workspace to show
 *
 * A workspace that is not loaded yet (attest_workspace_open_deferred()) is
 * loaded by the window, which says so meanwhile; a record found damaged
 * then closes the window with the reason.
 *
 * Returns: (transfer full): a new window
 */
AttestWindow *
attest_window_new (GtkApplication  *application,
                   AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_WINDOW,
                       "application", application,
                       "workspace", workspace,
                       NULL);
}

/**
 * attest_window_get_workspace:
 * @self: a window
 *
 * Returns: (transfer none): its workspace
 */
AttestWorkspace *
attest_window_get_workspace (AttestWindow *self)
{
  g_return_val_if_fail (ATTEST_IS_WINDOW (self), NULL);
  return self->workspace;
}

/**
 * attest_window_show_page:
 * @self: a window
 * @name: "readiness", "organisation", "context", "parties", "scope",
 *   "assets", "threats", "method", "risks", "treatment", "soa" or "documents"
 *
 * Shows a section of the workspace.
 */
void
attest_window_show_page (AttestWindow *self,
                         const char   *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

/* The page that shows a kind's records. */
static const char *
page_of_record (AttestRecord *record)
{
  static const struct { const char *kind, *page; } pages[] = {
    { "organisation", "organisation" }, { "context-issue", "context" }, { "interested-party", "parties" },
    { "requirement", "parties" }, { "scope", "scope" }, { "scope-item", "scope" }, { "soa-entry", "soa" },
    { "evidence", "soa" }, { "soa-version", "soa" }, { "risk-method", "method" }, { "asset", "assets" },
    { "threat", "threats" }, { "vulnerability", "threats" }, { "risk", "risks" }, { "risk-acceptance", "risks" },
    { "treatment-action", "treatment" }, { "document", "documents" }, { "objective", "objectives" },
    { "planned-change", "changes" }, { "resource", "resources" }, { "communication", "communication" },
    { "role", "roles" }, { "person", "people" }, { "awareness", "awareness" },
    { "competence", "competence" }, { "qualification", "competence" }, { "provider", "providers" },
    { "process", "processes" }, { "metric", "metrics" }, { "measurement", "metrics" },
    { "commitment", "commitments" }, { "policy", "policy" }, { "topic-policy", "policy" },
    { "audit-programme", "audits" }, { "audit", "audits" }, { "audit-finding", "audits" },
    { "nonconformity", "nonconformities" }, { "corrective-action", "nonconformities" },
    { "improvement", "improvements" }, { "management-review", "reviews" }, { "review-input", "reviews" },
    { "review-action", "reviews" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].kind, attest_record_get_kind (record)))
      return pages[i].page;
  return NULL;
}

/**
 * attest_window_show_record:
 * @self: a window
 * @record: (nullable): a record
 * @page: (nullable): the page to show when @record is %NULL or has none
 *
 * Shows the page that lists @record, with the record selected (an SoA entry
 * open in the SoA page's editor).
 */
void
attest_window_show_record (AttestWindow *self,
                           AttestRecord *record,
                           const char   *page)
{
  const char *name = record ? page_of_record (record) : NULL;
  GtkWidget *child;

  g_return_if_fail (ATTEST_IS_WINDOW (self));

  /* A decision is shown with its risk; an evidence reference with its control. */
  if (record != NULL && g_str_equal (attest_record_get_kind (record), "risk-acceptance"))
    record = attest_workspace_lookup (self->workspace, attest_record_get_string (record, "risk-id"));
  else if (record != NULL && g_str_equal (attest_record_get_kind (record), "evidence"))
    record = attest_workspace_lookup (self->workspace, attest_record_get_string (record, "soa-entry-id"));
  if (name == NULL)
    name = page;
  if (name == NULL || gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return;
  attest_window_show_page (self, name);
  if (record == NULL)
    return;
  child = gtk_stack_get_child_by_name (self->stack, name);
  if (ATTEST_IS_SOA_PAGE (child))
    attest_soa_page_select (ATTEST_SOA_PAGE (child), record);
  else if (ATTEST_IS_RISKS_PAGE (child))
    attest_risks_page_select (ATTEST_RISKS_PAGE (child), record);
  else if (ATTEST_IS_METRICS_PAGE (child))
    attest_metrics_page_select (ATTEST_METRICS_PAGE (child), record);
  else if (ATTEST_IS_AUDITS_PAGE (child))
    attest_audits_page_select (ATTEST_AUDITS_PAGE (child), record);
  else if (ATTEST_IS_NONCONFORMITIES_PAGE (child))
    attest_nonconformities_page_select (ATTEST_NONCONFORMITIES_PAGE (child), record);
  else if (ATTEST_IS_REVIEWS_PAGE (child))
    attest_reviews_page_select (ATTEST_REVIEWS_PAGE (child), record);
  else if (ATTEST_IS_REGISTER_PAGE (child))
    attest_register_page_select (ATTEST_REGISTER_PAGE (child), record);
}

/**
 * attest_window_get_view:
 * @self: a window
 *
 * Returns: "loading" while the workspace is read, then "welcome", "setup"
 *   or "main"
 */
const char *
attest_window_get_view (AttestWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * attest_window_get_setup_view:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the guided setup, once shown
 */
GtkWidget *
attest_window_get_setup_view (AttestWindow *self)
{
  return self->setup_view;
}

/**
 * attest_window_add_toast:
 * @self: a window
 * @message: what to tell the user
 *
 * Shows a short message at the bottom of the window.
 */
void
attest_window_add_toast (AttestWindow *self,
                         const char   *message)
{
  attest_window_show_toast (self, adw_toast_new (message));
}

/**
 * attest_window_show_toast:
 * @self: a window
 * @toast: (transfer full): a toast, with a button or not
 *
 * Shows a toast at the bottom of the window.
 */
void
attest_window_show_toast (AttestWindow *self,
                          AdwToast     *toast)
{
  g_return_if_fail (ATTEST_IS_WINDOW (self));
  attest_toast_show (GTK_WIDGET (self->toast_overlay), toast);
}
