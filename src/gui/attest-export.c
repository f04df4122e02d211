/* attest-export.c: the audit pack from the GUI: export as PDF, and print.
 *
 * Export asks which sections, which paper and which classification label
 * (AttestExportDialog), then where; the pack is built on the main thread (it reads the
 * workspace) and written in a worker thread, with a progress bar and
 * Cancel; a toast with Open says when it is done. Print runs the same
 * per-page renderer through GtkPrintOperation, print preview included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-export"

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <math.h>
#include "attest-i18n.h"

#include "attest-export.h"
#include "attest-file-chooser.h"
#include "attest-window.h"
#include "dialogs/attest-export-dialog.h"
#include "dialogs/attest-replace-dialog.h"

/**
 * attest_export_dup_organisation:
 * @workspace: a workspace
 *
 * The organisation's name as the files exported from @workspace begin with
 * ("Fernhill Analytics Ltd audit pack.pdf"): "ISMS" when it has none, and no
 * "/" that would make it a folder.
 *
 * Returns: (transfer full): the name
 */
char *
attest_export_dup_organisation (AttestWorkspace *workspace)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  const char *name = org != NULL ? attest_record_get_string (org, "name") : NULL;
  char *file_name;

  if (attest_text_is_blank (name))
    return g_strdup ("ISMS");
  file_name = g_strstrip (g_strdup (name));
  g_strdelimit (file_name, "/\\", '-');
  return file_name;
}

/* An export of one file (a CSV, a calendar): written at once, or after the
 * user has said to replace the workspace that is there; a failure is said in
 * a dialog. */

typedef struct
{
  GtkWidget            *widget;
  char                 *path;
  AttestExportWriteFunc write;
  gpointer              data;
  GDestroyNotify        destroy;
} ExportWrite;

static void
export_write_free (gpointer data)
{
  ExportWrite *export = data;

  if (export->destroy != NULL)
    export->destroy (export->data);
  g_object_unref (export->widget);
  g_free (export->path);
  g_free (export);
}

static void
tell_not_exported (GtkWidget  *widget,
                   const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Could Not Export"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
replace_and_write (gpointer data)
{
  ExportWrite *export = data;
  g_autoptr(GError) error = NULL;

  if (!export->write (export->path, ATTEST_OUTPUT_FORCE, export->data, &error))
    tell_not_exported (export->widget, error->message);
}

/**
 * attest_export_write:
 * @widget: the page that exports
 * @path: the file chosen
 * @what: what is written, for the question "Replace … with @what?"
 * @write: writes it
 * @user_data: (transfer full): what @write needs
 * @destroy: (nullable): frees @user_data once written or declined
 *
 * Writes an export the user chose a file for. A workspace in its place is
 * replaced only once the user says so; any failure is said in a dialog.
 */
void
attest_export_write (GtkWidget            *widget,
                     const char           *path,
                     const char           *what,
                     AttestExportWriteFunc write,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  ExportWrite *export = g_new0 (ExportWrite, 1);
  g_autoptr(GError) error = NULL;

  export->widget = g_object_ref (widget);
  export->path = g_strdup (path);
  export->write = write;
  export->data = user_data;
  export->destroy = destroy;
  if (write (path, ATTEST_OUTPUT_DEFAULT, user_data, &error))
    {
      export_write_free (export);
      return;
    }
  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE))
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      attest_replace_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, export->path, what,
                                 replace_and_write, export, export_write_free);
      return;
    }
  tell_not_exported (widget, error->message);
  export_write_free (export);
}

/* Export */

typedef struct
{
  GtkWindow        *parent;       /* weak */
  AttestWorkspace  *workspace;    /* weak */
  gint64            head_seq;     /* the head the pack prints */
  char             *head;
  AttestDocument   *doc;
  AttestPaper       paper;
  const char       *statement;   /* what the history records it as */
  char             *path;
  char             *reading;      /* the workspace, never written */
  AttestOutputFlags flags;
  GCancellable     *cancellable;
  GtkWidget        *dialog;
  GtkWidget        *progress;
  volatile gint     page;         /* written by the worker */
  volatile gint     n_pages;
  guint             timeout_id;
  GPtrArray        *warnings;     /* characters that print as boxes */
} Export;

static void
export_free (Export *export)
{
  g_clear_weak_pointer (&export->parent);
  g_clear_weak_pointer (&export->workspace);
  g_free (export->head);
  attest_document_free (export->doc);
  g_free (export->path);
  g_clear_pointer (&export->warnings, g_ptr_array_unref);
  g_free (export->reading);
  g_object_unref (export->cancellable);
  if (export->timeout_id != 0)
    g_source_remove (export->timeout_id);
  gtk_window_destroy (GTK_WINDOW (export->dialog));
  g_object_unref (export->dialog);
  g_free (export);
}

static gboolean
progress_cb (guint    page,
             guint    n_pages,
             gpointer data)
{
  Export *export = data;

  g_atomic_int_set (&export->n_pages, n_pages);
  g_atomic_int_set (&export->page, page);
  return !g_cancellable_is_cancelled (export->cancellable);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Export *export = data;
  GError *error = NULL;

  if (attest_document_write_pdf_full (export->doc, export->paper, export->path, export->reading, export->flags,
                                      progress_cb, export, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
update_progress_cb (gpointer data)
{
  Export *export = data;
  int n_pages = g_atomic_int_get (&export->n_pages);
  int page = g_atomic_int_get (&export->page);

  if (n_pages > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Page %d of %d"), page, n_pages);

      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (export->progress), (double) page / n_pages);
      gtk_progress_bar_set_text (GTK_PROGRESS_BAR (export->progress), text);
    }
  else
    {
      gtk_progress_bar_set_text (GTK_PROGRESS_BAR (export->progress), _("Laying out the pages…"));
      gtk_progress_bar_pulse (GTK_PROGRESS_BAR (export->progress));
    }
  return G_SOURCE_CONTINUE;
}

static void
on_open_clicked_cb (AdwToast *toast,
                    char     *uri)
{
  GtkWindow *parent = g_object_get_data (G_OBJECT (toast), "parent");

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

static void
toast (GtkWindow *parent,
       AdwToast  *t)
{
  if (ATTEST_IS_WINDOW (parent))
    attest_window_show_toast (ATTEST_WINDOW (parent), t);
  else
    g_object_unref (g_object_ref_sink (t));
}

/* The pack is handed to third parties with the head it prints: the
 * history records that head, as the row after it or later if edits were
 * saved while the pages were written. A workspace open read-only, or
 * closed meanwhile, cannot record it. */
static void
record_head (Export *export)
{
  g_autoptr(GError) error = NULL;
  AttestStore *store;

  if (export->workspace == NULL)
    return;
  store = attest_workspace_get_store (export->workspace);
  if (attest_store_is_read_only (store))
    return;
  if (!attest_history_record_head (store, export->statement, export->head_seq, export->head, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The export was not recorded in the history: %s"), error->message);

      toast (export->parent, adw_toast_new (text));
    }
}

/* A message the user closes: an error, or what they should know. */
static void
show_message (GtkWindow  *parent,
              const char *name,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  if (name != NULL)
    gtk_widget_set_name (dialog, name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Characters no installed font can print, each named with its record and
 * field, so the user can replace them. */
static void
show_glyph_warnings (GtkWindow *parent,
                     GPtrArray *warnings)
{
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < warnings->len && i < 10; i++)
    g_string_append_printf (body, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (warnings, i));
  if (warnings->len > 10)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body, ngettext ("And %u more field.", "And %u more fields.",
                                                 warnings->len - 10),
                              warnings->len - 10);
    }
  show_message (parent, "glyph-warnings", _("Some Characters Print as Boxes"), body->str);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_filename_display_basename (export->path);

      record_head (export);
      gboolean minutes = g_str_equal (export->statement, "review-minutes");
      g_autofree char *text = minutes ? g_strdup_printf (_("Exported the minutes as “%s”"), name)
                                      : g_strdup_printf (_("Exported the audit pack as “%s”"), name);
      g_autoptr(GFile) file = g_file_new_for_path (export->path);
      AdwToast *t = adw_toast_new (text);

      adw_toast_set_button_label (t, _("_Open"));
      adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
      g_object_set_data (G_OBJECT (t), "parent", export->parent);
      g_signal_connect_data (t, "button-clicked", G_CALLBACK (on_open_clicked_cb), g_file_get_uri (file),
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      toast (export->parent, t);
      if (export->warnings->len > 0 && export->parent != NULL)
        show_glyph_warnings (export->parent, export->warnings);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (export->parent, adw_toast_new (_("The export was stopped; nothing was written")));
  else if (export->parent != NULL)
    show_message (export->parent, NULL, _("Could Not Export the Audit Pack"), error->message);
  export_free (export);
}

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Export           *export)
{
  g_cancellable_cancel (export->cancellable);
}

static GtkWidget *
export_audit_pack (GtkWindow               *parent,
                   AttestWorkspace         *workspace,
                   const AttestPackOptions *options,
                   const char              *path,
                   AttestOutputFlags        flags);

/**
 * attest_export_audit_pack:
 * @parent: the window
 * @workspace: the workspace
 * @options: what to print
 * @path: the PDF to write; never the workspace, nor another one
 *
 * Builds the pack and writes it in a worker thread, with a progress
 * dialog that can stop it; says when it is done with a toast (Open). A
 * pack written is recorded in the history with the head it prints
 * (attest_history_record_head()), so that `attest-cli log --verify
 * --expect-head` with that head later checks the file against the pack.
 *
 * Returns: (transfer none): the progress dialog, closed when done
 */
GtkWidget *
attest_export_audit_pack (GtkWindow               *parent,
                          AttestWorkspace         *workspace,
                          const AttestPackOptions *options,
                          const char              *path)
{
  return export_audit_pack (parent, workspace, options, path, ATTEST_OUTPUT_DEFAULT);
}

static GtkWidget *
export_audit_pack (GtkWindow               *parent,
                   AttestWorkspace         *workspace,
                   const AttestPackOptions *options,
                   const char              *path,
                   AttestOutputFlags        flags)
{
  Export *export = g_new0 (Export, 1);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_filename_display_basename (path);

  g_set_weak_pointer (&export->parent, parent);
  g_set_weak_pointer (&export->workspace, workspace);
  export->head_seq = attest_store_get_history_count (attest_workspace_get_store (workspace));
  export->head = g_strdup (attest_store_get_history_head (attest_workspace_get_store (workspace)));
  export->doc = attest_audit_pack_build (workspace, options);
  export->warnings = attest_audit_pack_check_glyphs (workspace, options);
  export->paper = options->paper;
  export->statement = attest_pack_get_statement (options);
  export->path = g_strdup (path);
  export->reading = g_strdup (attest_workspace_get_path (workspace));
  export->flags = flags;
  export->cancellable = g_cancellable_new ();

  export->dialog = adw_message_dialog_new (parent, g_str_equal (export->statement, "review-minutes")
                                                   ? _("Exporting the Minutes") : _("Exporting the Audit Pack"),
                                           name);
  gtk_widget_set_name (export->dialog, "export-progress");
  export->progress = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (export->progress), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (export->progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pages written"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (export->dialog), export->progress);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (export->dialog), "cancel", _("_Stop"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (export->dialog), "cancel");
  g_signal_connect (export->dialog, "response", G_CALLBACK (on_progress_response_cb), export);
  /* The dialog is closed by the export, not by its button; held until
   * then even if its window goes first. */
  g_object_ref (export->dialog);
  gtk_window_set_hide_on_close (GTK_WINDOW (export->dialog), TRUE);
  gtk_window_present (GTK_WINDOW (export->dialog));
  export->timeout_id = g_timeout_add (100, update_progress_cb, export);

  task = g_task_new (NULL, export->cancellable, on_written_cb, export);
  g_task_set_task_data (task, export, NULL);
  g_task_run_in_thread (task, write_thread);
  return export->dialog;
}

/* The options */

typedef struct
{
  GtkWindow       *parent;
  AttestWorkspace *workspace;
  AttestPackOptions options;
  char            *classification_text;
  GtkFileChooserNative *chooser;
} Choice;

static void
choice_free (Choice *choice)
{
  g_object_unref (choice->parent);
  g_object_unref (choice->workspace);
  g_free (choice->classification_text);
  g_clear_object (&choice->chooser);
  g_free (choice);
}

/* The name chosen, once the user said another workspace may go. */
typedef struct
{
  Choice *choice;
  char   *path;
} Replacing;

static void
replacing_free (gpointer data)
{
  Replacing *replacing = data;

  choice_free (replacing->choice);
  g_free (replacing->path);
  g_free (replacing);
}

static void
replace_with_pack (gpointer data)
{
  Replacing *replacing = data;

  export_audit_pack (replacing->choice->parent, replacing->choice->workspace, &replacing->choice->options,
                     replacing->path, ATTEST_OUTPUT_FORCE);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   Choice          *choice)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      choice_free (choice);
      return;
    }
  /* Asked before the pages are laid out: another workspace is named as
   * one, the workspace itself is refused. */
  if (attest_output_check (path, attest_workspace_get_path (choice->workspace), ATTEST_OUTPUT_DEFAULT, &error))
    {
      attest_export_audit_pack (choice->parent, choice->workspace, &choice->options, path);
      choice_free (choice);
    }
  else if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE))
    {
      Replacing *replacing = g_new0 (Replacing, 1);

      replacing->choice = choice;
      replacing->path = g_steal_pointer (&path);
      g_clear_object (&choice->chooser);
      attest_replace_dialog_new (choice->parent, replacing->path, _("the audit pack"), replace_with_pack,
                                 replacing, replacing_free);
    }
  else
    {
      show_message (choice->parent, NULL, _("Could Not Export the Audit Pack"), error->message);
      choice_free (choice);
    }
}

/* What the options dialog says, kept once it is closed. */
static void
read_options (Choice             *choice,
              AttestExportDialog *dialog)
{
  attest_export_dialog_read_options (dialog, &choice->options);
  g_free (choice->classification_text);
  choice->classification_text = g_strdup (choice->options.classification);
  choice->options.classification = choice->classification_text;
}

/**
 * attest_export_dialog_get_options:
 * @dialog: a dialog from attest_export_audit_pack_dialog()
 * @options: (out): what it says to print; valid while the dialog is open
 *
 * Returns: whether the dialog is still open
 */
gboolean
attest_export_dialog_get_options (GtkWidget         *dialog,
                                  AttestPackOptions *options)
{
  Choice *choice = g_object_get_data (G_OBJECT (dialog), "choice");

  if (choice == NULL || !ATTEST_IS_EXPORT_DIALOG (dialog))
    return FALSE;
  read_options (choice, ATTEST_EXPORT_DIALOG (dialog));
  *options = choice->options;
  return TRUE;
}

static void
on_options_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        Choice           *choice)
{
  g_autofree char *org = NULL;
  g_autofree char *suggested = NULL;

  /* One answer only: a dialog closed by its window (Escape, the close
   * button) may say "cancel" again on its way out, after the choice is
   * freed. */
  g_signal_handlers_disconnect_by_func (dialog, on_options_response_cb, choice);
  if (!g_str_equal (response, "export"))
    {
      g_object_set_data (G_OBJECT (dialog), "choice", NULL);
      choice_free (choice);
      return;
    }
  read_options (choice, ATTEST_EXPORT_DIALOG (dialog));
  g_object_set_data (G_OBJECT (dialog), "choice", NULL);

  org = attest_export_dup_organisation (choice->workspace);
  /* TRANSLATORS: the file name the audit pack's export suggests: the organisation's name */
  suggested = g_strdup_printf (_("%s audit pack.pdf"), org);
  choice->chooser = attest_file_chooser_new_for_pdf (choice->parent, _("Export Audit Pack"), _("_Export"), suggested);
  /* Beside the workspace, to start with. */
  {
    g_autofree char *dir = g_path_get_dirname (attest_workspace_get_path (choice->workspace));
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (choice->chooser), folder, NULL);
  }
  g_signal_connect (choice->chooser, "response", G_CALLBACK (on_file_chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (choice->chooser));
}

/**
 * attest_export_audit_pack_dialog:
 * @parent: the window
 * @workspace: the workspace
 *
 * Asks which sections, which paper and which label, then where to write
 * the pack.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
attest_export_audit_pack_dialog (GtkWindow       *parent,
                                 AttestWorkspace *workspace)
{
  Choice *choice = g_new0 (Choice, 1);
  GtkWidget *dialog;

  choice->parent = g_object_ref (parent);
  choice->workspace = g_object_ref (workspace);
  dialog = GTK_WIDGET (attest_export_dialog_new (parent, workspace));
  g_signal_connect (dialog, "response", G_CALLBACK (on_options_response_cb), choice);
  g_object_set_data (G_OBJECT (dialog), "choice", choice);
  return dialog;
}

/* Print */

typedef struct
{
  AttestWorkspace  *workspace;
  AttestDocument   *doc;
  AttestPagination *pagination;
} Print;

static void
print_free (gpointer data)
{
  Print *print = data;

  g_clear_pointer (&print->pagination, attest_pagination_free);
  g_clear_pointer (&print->doc, attest_document_free);
  g_object_unref (print->workspace);
  g_free (print);
}

/* Laid out for the paper the user chose: Letter when it is Letter-sized,
 * A4 otherwise. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Print             *print)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  double width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  double height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  AttestPaper paper = fabs (width - 612) < 8 && fabs (height - 792) < 8 ? ATTEST_PAPER_LETTER : ATTEST_PAPER_A4;
  AttestPackOptions options = { ATTEST_PACK_ALL, paper, NULL, NULL };

  g_clear_pointer (&print->pagination, attest_pagination_free);
  g_clear_pointer (&print->doc, attest_document_free);
  print->doc = attest_audit_pack_build (print->workspace, &options);
  print->pagination = attest_pagination_new (print->doc, paper);
  attest_pagination_set_links (print->pagination, FALSE);
  gtk_print_operation_set_n_pages (operation, attest_pagination_get_n_pages (print->pagination));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 Print             *print)
{
  attest_pagination_draw_page (print->pagination, gtk_print_context_get_cairo_context (context), page);
}

/* Print preview: the pages, drawn by the same renderer, into a PDF in a
 * private temporary folder, opened in the user's PDF viewer (through the
 * OpenURI portal in a sandbox). GTK's own previewer is a fixed command
 * that may not be installed, and fails silently; here a failure is said. */
typedef struct
{
  GtkWindow       *parent;   /* (weak) */
  cairo_surface_t *surface;
  cairo_t         *cr;
  char            *path;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_weak_pointer (&preview->parent);
  g_clear_pointer (&preview->cr, cairo_destroy);
  g_clear_pointer (&preview->surface, cairo_surface_destroy);
  g_free (preview->path);
  g_free (preview);
}

static void
show_preview_error (GtkWindow  *parent,
                    const char *reason)
{
  g_autofree char *body = NULL;

  /* TRANSLATORS: %s is why, e.g. "No application is registered as handling this file" */
  body = g_strdup_printf (_("No PDF viewer could open the preview: %s. "
                            "Export the audit pack as a PDF instead (Export Audit Pack…), "
                            "or install a PDF viewer."), reason);
  show_message (parent, "preview-error", _("Could Not Show the Preview"), body);
}

static void
on_preview_launched_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      data)
{
  Preview *preview = data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_debug ("Cannot open the print preview %s: %s", preview->path, error->message);
      show_preview_error (preview->parent, error->message);
    }
  preview_free (preview);
}

static void
on_preview_got_page_size_cb (GtkPrintOperationPreview *op_preview,
                             GtkPrintContext          *context,
                             GtkPageSetup             *setup,
                             Preview                  *preview)
{
  cairo_pdf_surface_set_size (preview->surface,
                              gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                              gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
}

static void
on_preview_ready_cb (GtkPrintOperationPreview *op_preview,
                     GtkPrintContext          *context,
                     Preview                  *preview)
{
  g_autofree char *uri = NULL;
  g_autoptr(GAppLaunchContext) launch = NULL;
  int n_pages = 0;

  g_object_get (op_preview, "n-pages", &n_pages, NULL);
  for (int i = 0; i < n_pages; i++)
    gtk_print_operation_preview_render_page (op_preview, i);
  gtk_print_operation_preview_end_preview (op_preview);
  g_signal_handlers_disconnect_by_data (op_preview, preview);
  cairo_surface_finish (preview->surface);
  if (cairo_surface_status (preview->surface) != CAIRO_STATUS_SUCCESS)
    {
      show_preview_error (preview->parent, cairo_status_to_string (cairo_surface_status (preview->surface)));
      preview_free (preview);
      return;
    }
  uri = g_filename_to_uri (preview->path, NULL, NULL);
  if (preview->parent != NULL)
    launch = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (preview->parent))));
  g_app_info_launch_default_for_uri_async (uri, launch, NULL, on_preview_launched_cb, preview);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *op_preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               gpointer                  data)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("attest-preview-XXXXXX", &error);
  Preview *preview;

  if (dir == NULL)
    {
      show_preview_error (parent, error->message);
      return FALSE;
    }
  preview = g_new0 (Preview, 1);
  g_set_weak_pointer (&preview->parent, parent);
  preview->path = g_build_filename (dir, "audit-pack.pdf", NULL);
  preview->surface = cairo_pdf_surface_create (preview->path,
                                               gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                               gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  preview->cr = cairo_create (preview->surface);
  gtk_print_context_set_cairo_context (context, preview->cr, 72, 72);
  g_signal_connect (op_preview, "ready", G_CALLBACK (on_preview_ready_cb), preview);
  g_signal_connect (op_preview, "got-page-size", G_CALLBACK (on_preview_got_page_size_cb), preview);
  return TRUE;
}

/**
 * attest_print_audit_pack:
 * @parent: the window
 * @workspace: the workspace
 * @action: show the print dialog, preview, or export (for tests)
 * @export_filename: (nullable): with %GTK_PRINT_OPERATION_ACTION_EXPORT,
 *   the PDF to write
 * @error: return location for an error
 *
 * Prints the audit pack with the same per-page renderer as the PDF export.
 *
 * Returns: the result of the print operation
 */
GtkPrintOperationResult
attest_print_audit_pack (GtkWindow                *parent,
                         AttestWorkspace          *workspace,
                         GtkPrintOperationAction   action,
                         const char               *export_filename,
                         GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (attest_paper_from_locale () == ATTEST_PAPER_LETTER
                                                      ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  Print *print = g_new0 (Print, 1);
  g_autofree char *job = g_strdup_printf (_("%s audit pack"), org ? attest_record_get_string (org, "name") : "ISMS");

  print->workspace = g_object_ref (workspace);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, job);
  /* The pages have their own margins: draw on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview_cb), NULL);
  g_object_set_data_full (G_OBJECT (operation), "print", print, print_free);
  return gtk_print_operation_run (operation, action, parent, error);
}
