/* attest-file-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-file-chooser.h"

/**
 * attest_file_chooser_new:
 * @parent: (nullable): the window to attach to
 * @action: open or save
 * @title: the chooser's title
 * @accept_label: the label of its accept button
 * @current_name: (nullable): for saving, the name to suggest
 *
 * A native (portal-aware) chooser for workspace files, with a filter for
 * them. The caller keeps the reference while it is shown.
 *
 * Returns: (transfer full): the chooser
 */
GtkFileChooserNative *
attest_file_chooser_new (GtkWindow            *parent,
                         GtkFileChooserAction  action,
                         const char           *title,
                         const char           *accept_label,
                         const char           *current_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, NULL);
  g_autoptr(GtkFileFilter) workspaces = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (workspaces, _("Attest workspaces"));
  gtk_file_filter_add_mime_type (workspaces, "application/x-attest-isms");
  gtk_file_filter_add_pattern (workspaces, "*.isms");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), workspaces);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  return chooser;
}

/**
 * attest_file_chooser_dup_path:
 * @chooser: a chooser made by attest_file_chooser_new()
 * @response: the response it gave
 *
 * The chosen file. For saving, ".isms" is added to a name without it.
 *
 * Returns: (transfer full) (nullable): the local path, or %NULL if the user
 *   cancelled or chose something that is not a local file
 */
char *
attest_file_chooser_dup_path (GtkNativeDialog *chooser,
                              int              response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT
      || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL
      || (path = g_file_get_path (file)) == NULL)
    return NULL;
  {
    const char *suffix = g_object_get_data (G_OBJECT (chooser), "suffix");

    if (suffix == NULL)
      suffix = ".isms";
    if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE
        && !g_str_has_suffix (path, suffix))
      return g_strconcat (path, suffix, NULL);
  }
  return g_steal_pointer (&path);
}

/**
 * attest_file_chooser_new_for_pdf:
 * @parent: the window
 * @title: the dialog's title
 * @accept_label: its button
 * @current_name: the suggested file name
 *
 * A chooser to save a PDF; attest_file_chooser_dup_path() then adds .pdf
 * to a name without it.
 *
 * Returns: (transfer full): the chooser
 */
GtkFileChooserNative *
attest_file_chooser_new_for_pdf (GtkWindow  *parent,
                                 const char *title,
                                 const char *accept_label,
                                 const char *current_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               accept_label, NULL);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();

  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  g_object_set_data (G_OBJECT (chooser), "suffix", (gpointer) ".pdf");
  return chooser;
}
