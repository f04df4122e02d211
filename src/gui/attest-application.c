/* attest-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-application"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib-unix.h>
#include <signal.h>
#include <glib/gstdio.h>

#include "attest-application.h"
#include "attest-file-chooser.h"
#include "attest-gui-resources.h"
#include "attest-window.h"

#define MAX_RECENT 10

struct _AttestApplication
{
  AdwApplication        parent_instance;

  GSettings            *settings;
  GtkFileChooserNative *chooser;
  guint                 signal_sources[3];   /* SIGTERM, SIGINT, SIGHUP */
};

G_DEFINE_FINAL_TYPE (AttestApplication, attest_application, ADW_TYPE_APPLICATION)

/**
 * attest_application_default_workspace_path:
 *
 * Returns: (transfer full): the workspace Attest opens when started without
 *   a file, in the user's data folder
 */
char *
attest_application_default_workspace_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "attest", "Workspace.isms", NULL);
}

static void
remember_recent (AttestApplication *self,
                 const char        *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;
  old = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (old[i], path))
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

/**
 * attest_application_find_window:
 * @self: the application
 * @path: a workspace file
 *
 * Returns: (transfer none) (nullable): the window that has @path open
 */
GtkWindow *
attest_application_find_window (AttestApplication *self,
                                const char        *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      g_autoptr(GFile) other = NULL;

      if (!ATTEST_IS_WINDOW (l->data))
        continue;
      other = g_file_new_for_path (attest_workspace_get_path (attest_window_get_workspace (l->data)));
      if (g_file_equal (file, other))
        return l->data;
    }
  return NULL;
}

/* bench/first-frame measures the time from starting Attest to the first
 * frame of the workspace's window: with ATTEST_BENCH_FIRST_FRAME set, Attest
 * prints the wall-clock time of that frame, which the parent compares with
 * the time it started the process, and quits once that frame is painted.
 * Set to "loaded", it goes on until the first frame painted with every
 * record loaded, prints its time too, and quits then. The time since main()
 * started is printed as well. */
gint64 attest_started_at;

static void
on_loaded_frame_cb (GdkFrameClock *clock,
                    GtkWindow     *window)
{
  if (!attest_workspace_is_loaded (attest_window_get_workspace (ATTEST_WINDOW (window))))
    return;
  g_signal_handlers_disconnect_by_func (clock, on_loaded_frame_cb, window);
  g_print ("loaded-at-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
  gtk_window_destroy (window);
}

static void
on_first_frame_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, window);
  g_print ("first-frame-at-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
  g_print ("first-frame-ms %.1f\n", (g_get_monotonic_time () - attest_started_at) / 1000.0);
  if (g_strcmp0 (g_getenv ("ATTEST_BENCH_FIRST_FRAME"), "loaded") == 0)
    {
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_loaded_frame_cb), window);
      on_loaded_frame_cb (clock, window);
    }
  else
    gtk_window_destroy (window);
}

static void
on_window_realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame_cb), window);
}

static void
present_window (AttestApplication *self,
                AttestWindow      *window)
{
  AttestWorkspace *workspace = attest_window_get_workspace (window);
  AttestStore *store = attest_workspace_get_store (workspace);

  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  remember_recent (self, attest_workspace_get_path (workspace));
  if (g_getenv ("ATTEST_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* A lock taken over from an Attest that is gone, a change left
   * unfinished undone: said once. */
  {
    g_autofree char *notice = attest_store_dup_open_notice (store);

    if (notice != NULL)
      attest_window_add_toast (window, notice);
  }
  if (attest_store_get_migrated_from (store) != 0)
    {
      g_autofree char *backup = g_filename_display_basename (attest_store_get_backup_path (store));
      g_autofree char *message = g_strdup_printf (_("Upgraded from an older Attest; the old file was kept as “%s”"),
                                                  backup);
      attest_window_add_toast (window, message);
    }
}

static void
show_workspace (AttestApplication *self,
                AttestWorkspace   *workspace)
{
  present_window (self, attest_window_new (GTK_APPLICATION (self), workspace));
}

static GtkWindow *
active_window (AttestApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

typedef struct
{
  AttestApplication *app;
  char              *path;
} OpenRetry;

static void
open_retry_free (gpointer data)
{
  OpenRetry *retry = data;

  g_object_unref (retry->app);
  g_free (retry->path);
  g_free (retry);
}

static void
on_open_error_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           OpenRetry        *retry)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "read-only"))
    attest_application_open_path (retry->app, retry->path, ATTEST_OPEN_READ_ONLY, parent);
  else if (g_str_equal (response, "take-over"))
    attest_application_open_path (retry->app, retry->path, ATTEST_OPEN_TAKE_OVER, parent);
}

/**
 * attest_application_show_open_error:
 * @self: the application
 * @path: the workspace file that could not be opened
 * @error: why
 * @parent: (nullable): the window to attach the message to
 *
 * Explains in a dialog why a workspace cannot be opened, with what can be
 * done about it (open read-only, take over a lock left behind).
 */
void
attest_application_show_open_error (AttestApplication *self,
                                    const char        *path,
                                    GError            *error,
                                    GtkWindow         *parent)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  OpenRetry *retry;

  if (parent == NULL)
    parent = active_window (self);

  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE))
    heading = g_strdup (_("Workspace in Use"));
  else if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_STALE_LOCK))
    heading = g_strdup (_("Workspace Was Left Open"));
  else
    heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  dialog = adw_message_dialog_new (parent, heading, error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                   error->domain == ATTEST_ERROR
                                   && (error->code == ATTEST_ERROR_IN_USE || error->code == ATTEST_ERROR_STALE_LOCK)
                                   ? _("_Cancel") : _("_Close"));

  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE)
      || g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_STALE_LOCK))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "read-only", _("Open _Read-Only"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "take-over", _("_Take Over"));
      if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_STALE_LOCK))
        {
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take-over", ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "take-over");
        }
      else
        {
          /* Someone may really be editing: taking over could lose their work. */
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take-over", ADW_RESPONSE_DESTRUCTIVE);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
        }
      retry = g_new0 (OpenRetry, 1);
      retry->app = g_object_ref (self);
      retry->path = g_strdup (path);
      g_signal_connect_data (dialog, "response", G_CALLBACK (on_open_error_response_cb),
                             retry, (GClosureNotify) (void (*) (void)) open_retry_free, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Returns the reason a file's pages fail their check, or NULL. */
static gpointer
check_pages_thread (gpointer data)
{
  g_autofree char *path = data;
  GError *error = NULL;

  attest_store_check_pages (path, &error);
  return error;
}

/**
 * attest_application_open_path:
 * @self: the application
 * @path: a workspace file
 * @flags: how to open it
 * @parent: (nullable): the window to attach messages to
 *
 * Opens a workspace in a window of its own, or shows the window that has it
 * open already. Problems are explained in a dialog that offers what can be
 * done (open read-only, take over a lock left behind).
 */
void
attest_application_open_path (AttestApplication *self,
                              const char        *path,
                              AttestOpenFlags    flags,
                              GtkWindow         *parent)
{
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *existing = attest_application_find_window (self, path);
  AttestWindow *window;
  GThread *check;

  if (existing != NULL)
    {
      gtk_window_present (existing);
      return;
    }
  /* The file is checked before its window shows; a large workspace's
   * records are read once it is up (see attest_window_new()). Every page
   * is checked in another thread while the window is built, and the window
   * shown only if they pass: a large file costs the first frame little. */
  workspace = attest_workspace_open_deferred (path, flags | ATTEST_OPEN_CHECK_LATER, &error);
  if (workspace == NULL)
    {
      attest_application_show_open_error (self, path, error, parent);
      return;
    }
  check = g_thread_new ("attest-check", check_pages_thread, g_strdup (path));
  window = attest_window_new (NULL, workspace);
  error = g_thread_join (check);
  if (error != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      attest_workspace_close (workspace);
      attest_application_show_open_error (self, path, error, parent);
      return;
    }
  present_window (self, window);
}

static void
open_default_workspace (AttestApplication *self)
{
  g_autofree char *path = attest_application_default_workspace_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(AttestWorkspace) workspace = NULL;

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_set_error (&error, ATTEST_ERROR, ATTEST_ERROR_IO,
                       _("The folder “%s” cannot be created: %s."), dir, g_strerror (errno));
          attest_application_show_open_error (self, path, error, NULL);
          return;
        }
      workspace = attest_workspace_create (path, NULL, &error);
      if (workspace == NULL)
        {
          attest_application_show_open_error (self, path, error, NULL);
          return;
        }
      show_workspace (self, workspace);
      return;
    }
  attest_application_open_path (self, path, ATTEST_OPEN_DEFAULT, NULL);
}

/* Actions */

static void
on_open_response_cb (GtkNativeDialog   *chooser,
                     int                response,
                     AttestApplication *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  g_clear_object (&self->chooser);
  if (path != NULL)
    attest_application_open_path (self, path, ATTEST_OPEN_DEFAULT, active_window (self));
}

static void
show_chooser (AttestApplication    *self,
              GtkFileChooserAction  action,
              const char           *title,
              const char           *accept_label,
              const char           *current_name,
              GCallback             on_response)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = attest_file_chooser_new (active_window (self), action, title, accept_label, current_name);
  g_signal_connect (self->chooser, "response", on_response, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  show_chooser (user_data, GTK_FILE_CHOOSER_ACTION_OPEN, _("Open a Workspace"), _("_Open"), NULL,
                G_CALLBACK (on_open_response_cb));
}

static void
on_new_response_cb (GtkNativeDialog   *chooser,
                    int                response,
                    AttestApplication *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->chooser);
  if (path == NULL)
    return;

  /* The chooser asked before replacing a file; a workspace that is open
   * somewhere is never replaced, and a replaced one goes to the trash. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) existing = g_file_new_for_path (path);

      if (attest_application_find_window (self, path) != NULL)
        g_set_error (&error, ATTEST_ERROR, ATTEST_ERROR_IN_USE,
                     _("“%s” is open in Attest, so it cannot be replaced. Choose another name."),
                     g_file_peek_path (existing));
      else
        g_file_trash (existing, NULL, &error);
    }
  if (error == NULL)
    workspace = attest_workspace_create (path, NULL, &error);
  if (workspace == NULL)
    {
      attest_application_show_open_error (self, path, error, active_window (self));
      return;
    }
  show_workspace (self, workspace);
}

static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  show_chooser (user_data, GTK_FILE_CHOOSER_ACTION_SAVE, _("New Workspace"), _("_Create"),
                _("New ISMS.isms"), G_CALLBACK (on_new_response_cb));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AttestApplication *self = user_data;

  attest_application_open_path (self, g_variant_get_string (parameter, NULL), ATTEST_OPEN_DEFAULT,
                                active_window (self));
}

/* A copy of the demo in a file of its own, so that exploring never touches
 * the user's work; the workspace marks itself as a sample. */
static void
open_sample_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  AttestApplication *self = user_data;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "attest", NULL);
  g_autofree char *path = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_autofree char *name = i == 1 ? g_strdup (_("Sample organisation.isms"))
                                     : g_strdup_printf (_("Sample organisation %u.isms"), i);
      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
  if (workspace == NULL)
    {
      attest_application_show_open_error (self, path, error, active_window (self));
      return;
    }
  show_workspace (self, workspace);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  AttestApplication *self = user_data;
  static const char *developers[] = { "The Attest developers", NULL };

  adw_show_about_window (active_window (self),
                         "application-name", "Attest",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "The Attest developers",
                         "developers", developers,
                         "comments", _("Build and keep an ISO/IEC 27001 information security management system."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  AttestApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window saves what is being typed in it. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

/* Asked to stop (logging out, systemd, Ctrl+C in a terminal): quit as the
 * Quit action does, so what is being typed is saved and the file is released
 * for the next Attest rather than left "in use". */
static gboolean
on_quit_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "open-sample", open_sample_action },
  { "about", about_action },
  { "quit", quit_action },
};

/* GApplication */

static void
attest_application_activate (GApplication *application)
{
  AttestApplication *self = ATTEST_APPLICATION (application);
  GtkWindow *window = active_window (self);

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  open_default_workspace (self);
}

static void
attest_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  AttestApplication *self = ATTEST_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_set_error (&error, ATTEST_ERROR, ATTEST_ERROR_NOT_FOUND,
                       _("“%s” is not a local file. Copy it to this computer first."), uri);
          attest_application_show_open_error (self, uri, error, active_window (self));
          continue;
        }
      attest_application_open_path (self, path, ATTEST_OPEN_DEFAULT, active_window (self));
    }
}

static void
attest_application_startup (GApplication *application)
{
  AttestApplication *self = ATTEST_APPLICATION (application);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *save_as_accels[] = { "<Control><Shift>s", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  g_resources_register (attest_gui_get_resource ());

  G_APPLICATION_CLASS (attest_application_parent_class)->startup (application);

  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save-as", save_as_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.export-audit-pack", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  self->signal_sources[0] = g_unix_signal_add (SIGTERM, on_quit_signal_cb, self);
  self->signal_sources[1] = g_unix_signal_add (SIGINT, on_quit_signal_cb, self);
  self->signal_sources[2] = g_unix_signal_add (SIGHUP, on_quit_signal_cb, self);
}

static void
attest_application_dispose (GObject *object)
{
  AttestApplication *self = ATTEST_APPLICATION (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);
  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  G_OBJECT_CLASS (attest_application_parent_class)->dispose (object);
}

static void
attest_application_class_init (AttestApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = attest_application_dispose;
  app_class->activate = attest_application_activate;
  app_class->open = attest_application_open;
  app_class->startup = attest_application_startup;
}

static void
attest_application_init (AttestApplication *self)
{
}

/**
 * attest_application_new:
 *
 * Returns: (transfer full): the application
 */
AttestApplication *
attest_application_new (void)
{
  return g_object_new (ATTEST_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}
