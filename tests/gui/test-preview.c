/* test-preview.c: print preview where no PDF viewer is installed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "attest-export.h"
#include "attest-gui-test-util.h"
#include "attest-test-util.h"
#include "attest-window.h"

static GtkWidget *
find_toplevel_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (window), name) == 0 && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* No application handles PDF files (the test's data folders have none):
 * the preview says why it cannot be shown, in a dialog, and the window
 * stays. */
static void
test_preview_without_viewer (TestDir       *fixture,
                             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  AttestWindow *window = ATTEST_WINDOW (show_window_sized (workspace, 1000, 760));
  g_autoptr(GAppInfo) viewer = g_app_info_get_default_for_type ("application/pdf", FALSE);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  g_assert_null (viewer);
  attest_print_audit_pack (GTK_WINDOW (window), workspace, GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  wait_until ((dialog = find_toplevel_named ("preview-error")) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Show the Preview");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "No PDF viewer could open the preview: "));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  wait_for_frame (dialog);
  screenshot (dialog, "preview-no-viewer");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = gui_test_use_private_home ("attest-preview-XXXXXX");
  g_autofree char *data_dirs = g_build_filename (home, "system-data", NULL);
  static const char *kept[] = { "mime", "icons", "glib-2.0", "fonts" };
  int status;

  /* The system's applications out of sight (no PDF viewer), its MIME
   * database and icons as usual. */
  g_mkdir_with_parents (data_dirs, 0700);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *target = g_build_filename ("/usr/share", kept[i], NULL);
      g_autofree char *link = g_build_filename (data_dirs, kept[i], NULL);

      g_assert_cmpint (symlink (target, link), ==, 0);
    }
  g_setenv ("XDG_DATA_DIRS", data_dirs, TRUE);
  gui_test_init (&argc, &argv);

  g_test_add ("/gui/preview/no-viewer", TestDir, NULL, test_dir_setup, test_preview_without_viewer, test_dir_teardown);
  status = g_test_run ();
  gui_test_remove_home (home);
  return status;
}
