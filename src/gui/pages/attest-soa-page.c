/* attest-soa-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-soa-page"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-export.h"
#include "attest-file-chooser.h"
#include "attest-one-child.h"
#include "widgets/attest-drop-down.h"
#include "widgets/attest-toast.h"
#include "dialogs/attest-approve-dialog.h"
#include "dialogs/attest-csv-import-dialog.h"
#include "attest-soa-page.h"
#include "attest-page.h"
#include "widgets/attest-link-list.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-undo.h"

/* All 93 controls in a table, filtered by theme, decision, status and
 * problems, searchable; the selected one in an editor beside it (under it
 * in a narrow window); below, the live list of what an auditor would flag,
 * each jumping to its entry. The page approves numbered versions and says
 * what changed since the last. */

/* Narrower than this, the buttons go under the title and the editor under
 * the table: side by side, the table, the problems and the editor (300
 * pixels) need more. */
#define SIDE_BY_SIDE_WIDTH 720

struct _AttestSoaPage
{
  AttestPage         parent_instance;

  AttestRecordTable *table;
  GtkCustomFilter   *filter;
  GtkWidget         *theme_filter;
  GtkWidget         *applicability_filter;
  GtkWidget         *status_filter;
  GtkFileChooserNative *chooser;
  char              *needle;
  guint              refresh_id;

  /* Template widgets */
  GtkWidget         *content;
  GtkWidget         *header;
  GtkBox            *toolbar;
  GtkWidget         *filter_flow;
  GtkWidget         *paned;
  GtkWidget         *search;
  GtkWidget         *problems_filter;
  GtkBox            *left;
  GtkWidget         *editor;
  GtkWidget         *problems;
  GtkWidget         *version_label;
  GtkWidget         *changes_expander;
  GtkWidget         *changes_label;
};

G_DEFINE_FINAL_TYPE (AttestSoaPage, attest_soa_page, ATTEST_TYPE_PAGE)

static const AttestControl *
control_of (AttestRecord *entry)
{
  return attest_catalog_lookup_control (attest_catalog_get_default (), attest_record_get_string (entry, "control-id"));
}

static char *
column_control (AttestWorkspace *workspace,
                AttestRecord    *entry,
                const char      *field)
{
  const AttestControl *control = control_of (entry);
  return g_strdup_printf ("A.%s", control ? control->number : "?");
}

static char *
column_title (AttestWorkspace *workspace,
              AttestRecord    *entry,
              const char      *field)
{
  const AttestControl *control = control_of (entry);
  return g_strdup (control ? control->title : "");
}

static char *
column_theme (AttestWorkspace *workspace,
              AttestRecord    *entry,
              const char      *field)
{
  /* The theme by ISO's short name, as the standard's own clause titles
   * say it ("Organizational" for "Organizational controls"). */
  static const struct { const char *theme; const char *name; } short_names[] = {
    { "Organizational controls", N_("Organizational") },
    { "People controls", N_("People") },
    { "Physical controls", N_("Physical") },
    { "Technological controls", N_("Technological") },
  };
  const AttestControl *control = control_of (entry);

  if (control == NULL)
    return g_strdup ("");
  for (guint i = 0; i < G_N_ELEMENTS (short_names); i++)
    if (g_strcmp0 (control->theme, short_names[i].theme) == 0)
      return g_strdup (_(short_names[i].name));
  return g_strdup (control->theme);
}

static char *
column_problems (AttestWorkspace *workspace,
                 AttestRecord    *entry,
                 const char      *field)
{
  g_autoptr(GPtrArray) findings = attest_soa_check_entry (workspace, entry);

  return findings->len == 0 ? g_strdup ("") : g_strdup_printf ("%u", findings->len);
}

static const AttestColumn columns[] = {
  { N_("Control"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, column_control },
  { N_("Title"), NULL, ATTEST_COLUMN_COMPUTED, TRUE, NULL, column_title },
  { N_("Theme"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, column_theme, NULL, 14 },
  { N_("Applicable"), "applicability", ATTEST_COLUMN_CHOICE },
  { N_("Implementation"), "status", ATTEST_COLUMN_CHOICE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Problems"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, column_problems },
};

static const char *themes[] = {
  "Organizational controls", "People controls", "Physical controls", "Technological controls",
};

/* Filtering */

static int
enum_filter_value (GtkWidget *dropdown,
                   GType      type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  return selected == 0 || selected > klass->n_values ? -1 : klass->values[selected - 1].value;
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  AttestSoaPage *self = user_data;
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *entry = item;
  const AttestControl *control = control_of (entry);
  guint theme = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->theme_filter));
  int applicability = enum_filter_value (self->applicability_filter, ATTEST_TYPE_APPLICABILITY);
  int status = enum_filter_value (self->status_filter, ATTEST_TYPE_IMPLEMENTATION);

  if (control == NULL)
    return FALSE;
  if (theme > 0 && theme <= G_N_ELEMENTS (themes) && g_strcmp0 (control->theme, themes[theme - 1]) != 0)
    return FALSE;
  if (applicability >= 0 && attest_record_get_enum (entry, "applicability") != applicability)
    return FALSE;
  if (status >= 0 && attest_record_get_enum (entry, "status") != status)
    return FALSE;
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->problems_filter)))
    {
      g_autoptr(GPtrArray) findings = attest_soa_check_entry (workspace, entry);

      if (findings->len == 0)
        return FALSE;
    }
  if (self->needle != NULL)
    {
      /* The title in English too: the catalog's words find the control in any language. */
      g_autofree char *text = g_strdup_printf ("a.%s %s %s %s %s %s", control->number, control->title,
                                               control->title,
                                               attest_record_get_string (entry, "owner"),
                                               attest_record_get_string (entry, "justification"),
                                               attest_record_get_string (entry, "implementation"));
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, self->needle) == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
filter_changed (AttestSoaPage *self)
{
  const char *text;

  if (!attest_page_is_filled (ATTEST_PAGE (self)) || self->search == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_clear_pointer (&self->needle, g_free);
  if (*text != '\0')
    self->needle = g_utf8_casefold (text, -1);
  attest_record_table_refilter (self->table, GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The editor beside the table */

static void
on_add_evidence_cb (GtkButton     *button,
                    AttestSoaPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *entry = attest_record_table_get_selected (self->table);
  g_autoptr(AttestRecord) evidence = NULL;
  g_autoptr(GError) error = NULL;

  if (entry == NULL)
    return;
  evidence = g_object_new (ATTEST_TYPE_EVIDENCE, "soa-entry-id", attest_record_get_id (entry), NULL);
  if (!attest_workspace_add (workspace, evidence, &error))
    attest_toast_add (GTK_WIDGET (self), error->message);
}

static void schedule_refresh (AttestSoaPage *self);
static void build_editor (AttestSoaPage *self);

static void
on_remove_evidence_cb (GtkButton     *button,
                       AttestSoaPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *evidence = g_object_get_data (G_OBJECT (button), "evidence");
  const char *title = attest_record_get_string (evidence, "title");
  g_autofree char *message = *title ? g_strdup_printf (_("Removed the evidence “%s”"), title)
                                    : g_strdup (_("Removed the evidence"));

  attest_remove_with_undo (GTK_WIDGET (self), workspace, evidence, message);
}

static void
on_links_changed_cb (AttestLinkList *list,
                     AttestSoaPage  *self)
{
  build_editor (self);   /* the derived reasons follow the links */
  schedule_refresh (self);
}

/* The interested parties' requirements (4.2) and the risks (6.1.3) that
 * call for the control: reasons for inclusion that follow the links, both
 * ways navigable. */
static void
build_links (AttestSoaPage *self,
             AttestRecord  *entry,
             GtkBox        *box,
             gboolean       read_only)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  static const char * const kinds[] = { "soa-requirement", "risk-control" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *list = attest_link_list_new (workspace, kinds[i], entry, read_only);

      g_signal_connect_object (list, "changed", G_CALLBACK (on_links_changed_cb), self, 0);
      gtk_box_append (box, list);
    }
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Weakly: a label GTK keeps a moment longer must not keep the file open. */
static void
keep_workspace (AttestSoaPage *self,
                GtkWidget     *label)
{
  GWeakRef *workspace = g_new0 (GWeakRef, 1);

  g_weak_ref_init (workspace, attest_page_get_workspace (ATTEST_PAGE (self)));
  g_object_set_data_full (G_OBJECT (label), "workspace", workspace, free_weak_ref);
}

static void
update_reasons (AttestRecord *entry,
                GParamSpec   *pspec,
                GtkLabel     *label)
{
  g_autoptr(AttestWorkspace) workspace = g_weak_ref_get (g_object_get_data (G_OBJECT (label), "workspace"));
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GString) text = NULL;

  if (workspace == NULL)
    return;
  reasons = attest_soa_dup_reasons (workspace, entry);
  text = g_string_new (_("Reasons for inclusion: "));
  for (guint i = 0; i < reasons->len; i++)
    g_string_append_printf (text, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (reasons, i));
  if (reasons->len == 0)
    g_string_append (text, _("none yet"));
  if (g_strcmp0 (gtk_label_get_text (label), text->str) != 0)
    gtk_label_set_text (label, text->str);
}

static void
update_justification (AttestRecord *entry,
                      GParamSpec   *pspec,
                      GtkLabel     *label)
{
  g_autoptr(AttestWorkspace) workspace = g_weak_ref_get (g_object_get_data (G_OBJECT (label), "workspace"));
  g_autofree char *justification = NULL;
  g_autofree char *text = NULL;

  if (workspace == NULL)
    return;
  justification = attest_soa_dup_justification (workspace, entry);
  text = g_strdup_printf (_("Justification as the audit pack prints it: %s"),
                          *justification ? justification : _("none yet"));
  gtk_label_set_text (label, text);
}

static void
build_editor (AttestSoaPage *self)
{
  static const char * const fields[] = {
    "applicability", "reason-legal", "reason-contractual", "reason-business", "reason-best-practice",
    "justification", "status", "target-date", "owner", "implementation", "last-reviewed", NULL
  };
  static const char * const evidence_fields[] = { "title", "location", "date", NULL };
  AttestRecord *entry = attest_record_table_get_selected (self->table);
  gboolean read_only = attest_workspace_is_read_only (attest_page_get_workspace (ATTEST_PAGE (self)));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  const AttestControl *control;
  GtkWidget *label, *group, *add;

  gtk_widget_add_css_class (box, "soa-editor");
  if (entry == NULL || (control = control_of (entry)) == NULL)
    {
      label = gtk_label_new (_("Select a control to see and edit its entry."));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->editor), box);
      return;
    }

  {
    g_autofree char *heading = g_strdup_printf ("A.%s %s", control->number, control->title);

    label = gtk_label_new (heading);
    gtk_widget_set_name (label, "editor-control");
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "title-3");
    gtk_box_append (GTK_BOX (box), label);
  }
  label = gtk_label_new (attest_guidance_for_control (control->number));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_append (GTK_BOX (box), attest_record_form_new_full (attest_page_get_workspace (ATTEST_PAGE (self)), entry, fields, read_only));

  /* The reasons for inclusion, following the reason switches as they are
   * turned (and the links, which rebuild the editor). */
  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "editor-reasons");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  keep_workspace (self, label);
  update_reasons (entry, NULL, GTK_LABEL (label));
  g_signal_connect_object (entry, "notify", G_CALLBACK (update_reasons), label, 0);
  gtk_box_append (GTK_BOX (box), label);

  /* The justification as the pack prints it, derived and written, following
   * the fields as they are edited. */
  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "editor-justification");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  keep_workspace (self, label);
  update_justification (entry, NULL, GTK_LABEL (label));
  g_signal_connect_object (entry, "notify", G_CALLBACK (update_justification), label, 0);
  gtk_box_append (GTK_BOX (box), label);

  build_links (self, entry, GTK_BOX (box), read_only);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Evidence"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Where an auditor can see that the control works: a document, a record, a report."));
  {
    g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (attest_page_get_workspace (ATTEST_PAGE (self)), entry);

    for (guint i = 0; i < evidence->len; i++)
      {
        AttestRecord *item = g_ptr_array_index (evidence, i);
        GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
        GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove This Evidence"));

        gtk_widget_set_halign (remove, GTK_ALIGN_END);
        gtk_widget_add_css_class (remove, "flat");
        gtk_widget_set_sensitive (remove, !read_only);
        g_object_set_data_full (G_OBJECT (remove), "evidence", g_object_ref (item), g_object_unref);
        g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_evidence_cb), self);
        gtk_box_append (GTK_BOX (card), attest_record_form_new (item, evidence_fields, read_only));
        gtk_box_append (GTK_BOX (card), remove);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
      }
  }
  add = gtk_button_new_with_mnemonic (_("Add _Evidence"));
  gtk_widget_set_name (add, "add-evidence");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "pill");
  gtk_widget_set_sensitive (add, !read_only);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_evidence_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
  gtk_box_append (GTK_BOX (box), group);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->editor), box);
}

/* Problems and the version line */

static void
on_problem_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         AttestSoaPage *self)
{
  AttestRecord *entry = g_object_get_data (G_OBJECT (row), "entry");

  if (entry != NULL)
    attest_soa_page_select (self, entry);
}

static void
refresh (AttestSoaPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) findings = attest_soa_check (workspace);
  AttestRecord *version = attest_soa_get_approved (workspace);
  GtkWidget *child;
  g_autofree char *text = NULL;

  /* The rows only: the placeholder, a child too, stays for an empty list. */
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->problems), 0))) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->problems), child);
  for (guint i = 0; i < findings->len && i < 200; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row = adw_action_row_new ();

      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (finding->record), g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (self->problems), row);
    }

  /* Said as the other documents' pages say it. */
  text = attest_isms_document_dup_status (workspace, "soa");
  gtk_label_set_text (GTK_LABEL (self->version_label), text);

  /* What changed since the approved version, control by control. */
  {
    g_autoptr(GPtrArray) changes = version ? attest_soa_diff (workspace, version, NULL) : NULL;
    g_autoptr(GString) list = g_string_new (NULL);

    for (guint i = 0; changes != NULL && i < changes->len && i < 100; i++)
      {
        AttestSoaChange *change = g_ptr_array_index (changes, i);
        const AttestControl *control = attest_catalog_lookup_control (attest_catalog_get_default (), change->control_id);
        const char *field = attest_field_get_label ("soa-entry", change->field);

        g_string_append_printf (list, "%sA.%s · %s: “%s” → “%s”", i ? "\n" : "", control ? control->number : "?",
                                field, change->old_value, change->new_value);
      }
    gtk_label_set_text (GTK_LABEL (self->changes_label), list->str);
    gtk_widget_set_visible (self->changes_expander, list->len > 0);
  }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  AttestSoaPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (AttestSoaPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_evidence_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        AttestSoaPage *self)
{
  build_editor (self);
  schedule_refresh (self);
}

/* Approve, export, import */

static void
on_approved_cb (AttestApproveDialog *dialog,
                AttestRecord        *version,
                const char          *message,
                AttestSoaPage       *self)
{
  attest_toast_add (GTK_WIDGET (self), message);
  schedule_refresh (self);
}

/* The one approval dialog every document uses. */
static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AttestApproveDialog *dialog;

  dialog = attest_approve_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           workspace, "soa");

  g_signal_connect_object (dialog, "approved", G_CALLBACK (on_approved_cb), self, 0);
}

static void
tell (AttestSoaPage *self,
      const char    *heading,
      const char    *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Written by attest_export_write(), which asks before replacing a workspace. */
typedef struct
{
  AttestSoaPage *page;
  char          *csv;
} CsvExport;

static void
csv_export_free (gpointer data)
{
  CsvExport *export = data;

  g_object_unref (export->page);
  g_free (export->csv);
  g_free (export);
}

static gboolean
write_csv (const char        *path,
           AttestOutputFlags  flags,
           gpointer           user_data,
           GError           **error)
{
  CsvExport *export = user_data;
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (export->page));

  return attest_output_write_file (path, attest_workspace_get_path (workspace), flags, export->csv, -1, error);
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       AttestSoaPage   *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);
  CsvExport *export;

  g_clear_object (&self->chooser);
  if (path == NULL)
    return;
  export = g_new0 (CsvExport, 1);
  export->page = g_object_ref (self);
  export->csv = attest_csv_export_soa (attest_page_get_workspace (ATTEST_PAGE (self)));
  attest_export_write (GTK_WIDGET (self), path, _("the Statement of Applicability as CSV"), write_csv, export,
                       csv_export_free);
}

/* Set by tests: the file the next import chooses, without a chooser. */
static char *import_path_for_testing;

/**
 * attest_soa_page_set_import_path_for_testing:
 * @path: (nullable): the file the next Import… opens instead of asking
 *
 * For tests: the native chooser cannot be driven in-process.
 */
void
attest_soa_page_set_import_path_for_testing (const char *path)
{
  g_free (import_path_for_testing);
  import_path_for_testing = g_strdup (path);
}

/* Nothing is written here: the preview imports when the user says so. */
static void
preview_import (AttestSoaPage *self,
                const char    *path)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  gsize length;
  GtkWidget *dialog;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      tell (self, _("Nothing Was Imported"), error->message);
      return;
    }
  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  dialog = attest_csv_import_dialog_new (GTK_WIDGET (self), workspace, name, data, &error);
  if (dialog == NULL)
    {
      g_autofree char *message = g_strdup_printf ("“%s”: %s", name, error->message);

      tell (self, _("Nothing Was Imported"), message);
      return;
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       AttestSoaPage   *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  g_clear_object (&self->chooser);
  if (path != NULL)
    preview_import (self, path);
}

static void
choose_file (AttestSoaPage        *self,
             GtkFileChooserAction  action,
             GCallback             on_response)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("Export the Statement of Applicability")
                                                                                     : _("Import a Statement of Applicability"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action,
                                               action == GTK_FILE_CHOOSER_ACTION_SAVE ? _("_Export") : _("_Import"), NULL);
  gtk_file_filter_set_name (csv, _("Spreadsheets (CSV)"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autofree char *org = attest_export_dup_organisation (attest_page_get_workspace (ATTEST_PAGE (self)));
      /* TRANSLATORS: the file name the SoA's export suggests: the organisation's name */
      g_autofree char *name = g_strdup_printf (_("%s Statement of Applicability.csv"), org);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect (self->chooser, "response", on_response, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (widget);

  choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, G_CALLBACK (on_export_response_cb));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (widget);

  if (import_path_for_testing != NULL)
    {
      g_autofree char *path = g_steal_pointer (&import_path_for_testing);

      preview_import (self, path);
      return;
    }
  choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, G_CALLBACK (on_import_response_cb));
}

/* Object */

static void
attest_soa_page_dispose (GObject *object)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_SOA_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (attest_soa_page_parent_class)->dispose (object);
}

static gboolean attest_soa_page_fill (AttestPage *page);

static void
attest_soa_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (widget);
  GtkOrientation orientation = width < SIDE_BY_SIDE_WIDTH ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  /* Turned as the page is given its width, and laid out so at once. */
  if (self->content == NULL)
    return;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->paned)) != orientation)
    {
      /* The buttons beside the title or under it; the editor beside the
       * table or under it. The narrow layout is the template's: a page
       * laid out wide first would make a narrow window wider. */
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->header), orientation);
      gtk_orientable_set_orientation (GTK_ORIENTABLE (self->paned), orientation);
    }
  attest_one_child_size_allocate (widget, width, height, baseline);
}

static void
attest_soa_page_class_init (AttestSoaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_soa_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_soa_page_fill;
  widget_class->get_request_mode = attest_one_child_get_request_mode;
  widget_class->measure = attest_one_child_measure;
  widget_class->size_allocate = attest_soa_page_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "soapage");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-soa-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, content);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, header);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, filter_flow);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, paned);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, search);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, problems_filter);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, left);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, editor);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, problems);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, changes_expander);
  gtk_widget_class_bind_template_child (widget_class, AttestSoaPage, changes_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_problem_activated_cb);

  gtk_widget_class_install_action (widget_class, "soa-page.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "soa-page.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "soa-page.approve", NULL, approve_action);
}

static void
attest_soa_page_init (AttestSoaPage *self)
{
  /* No layout manager: it lays out its one child itself (attest-one-child.c). */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Nothing to act on until the page is filled. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.approve", FALSE);
}

static GtkWidget *
dropdown (const char  *name,
          const char  *label,
          const char  *all,
          GType        type,
          const char **strings,
          guint        n_strings)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkWidget *widget;

  gtk_string_list_append (choices, all);
  if (type != G_TYPE_INVALID)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        gtk_string_list_append (choices, attest_enum_get_label (type, klass->values[i].value));
    }
  for (guint i = 0; i < n_strings; i++)
    gtk_string_list_append (choices, strings[i]);
  widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL);
  gtk_widget_set_name (widget, name);
  attest_drop_down_set_label (GTK_DROP_DOWN (widget), label);
  return widget;
}

/* Everything, once: when the page is first shown with its workspace
 * loaded, or asked to show an entry. */
static gboolean
attest_soa_page_fill (AttestPage *page)
{
  AttestSoaPage *self = ATTEST_SOA_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  gboolean writable;

  writable = !attest_workspace_is_read_only (workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.approve", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "soa-page.export", TRUE);

  /* The filters whose choices come from the catalog and the enums. */
  self->theme_filter = dropdown ("theme-filter", _("Theme"), _("All themes"), G_TYPE_INVALID, themes, G_N_ELEMENTS (themes));
  self->applicability_filter = dropdown ("applicability-filter", _("Applicable"), _("Any decision"), ATTEST_TYPE_APPLICABILITY, NULL, 0);
  self->status_filter = dropdown ("status-filter", _("Implementation"), _("Any status"), ATTEST_TYPE_IMPLEMENTATION, NULL, 0);
  g_signal_connect_swapped (self->theme_filter, "notify::selected", G_CALLBACK (filter_changed), self);
  g_signal_connect_swapped (self->applicability_filter, "notify::selected", G_CALLBACK (filter_changed), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (filter_changed), self);
  gtk_flow_box_append (GTK_FLOW_BOX (self->filter_flow), self->theme_filter);
  gtk_flow_box_append (GTK_FLOW_BOX (self->filter_flow), self->applicability_filter);
  gtk_flow_box_append (GTK_FLOW_BOX (self->filter_flow), self->status_filter);

  /* The table, above the problems; the editor beside them. */
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->table = ATTEST_RECORD_TABLE (attest_record_table_new (workspace, G_LIST_MODEL (filtered), columns,
                                                              G_N_ELEMENTS (columns), _("Statement of Applicability"),
                                                              _("No control matches the search and filters.")));
  gtk_widget_set_name (GTK_WIDGET (self->table), "soa-table");
  gtk_widget_set_vexpand (GTK_WIDGET (self->table), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "card");
  /* The editor shows the selected row, or nothing once a search or a
   * filter hides it: never a control the table no longer lists. */
  g_signal_connect_object (self->table, "notify::selected", G_CALLBACK (build_editor), self, G_CONNECT_SWAPPED);
  gtk_box_prepend (self->left, GTK_WIDGET (self->table));
  {
    GtkWidget *nothing = gtk_label_new (_("Nothing: every entry is complete."));

    gtk_widget_add_css_class (nothing, "dim-label");
    gtk_widget_set_margin_top (nothing, 12);
    gtk_widget_set_margin_bottom (nothing, 12);
    gtk_widget_set_margin_start (nothing, 12);
    gtk_widget_set_margin_end (nothing, 12);
    gtk_label_set_wrap (GTK_LABEL (nothing), TRUE);
    gtk_list_box_set_placeholder (GTK_LIST_BOX (self->problems), nothing);
  }

  /* What changes anywhere may change problems, the draft and the editor. */
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE), "items-changed",
                           G_CALLBACK (on_evidence_changed_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_VERSION), "items-changed",
                           G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);

  build_editor (self);
  refresh (self);
  return TRUE;
}

/**
 * attest_soa_page_new:
 * @workspace: the workspace
 *
 * Returns: (transfer full): the page
 */
GtkWidget *
attest_soa_page_new (AttestWorkspace *workspace)
{
  AttestPage *self = g_object_new (ATTEST_TYPE_SOA_PAGE, "workspace", workspace, NULL);

  attest_page_fill (self);
  return GTK_WIDGET (self);
}

AttestRecordTable *
attest_soa_page_get_table (AttestSoaPage *self)
{
  return self->table;
}

GtkWidget *
attest_soa_page_get_editor (AttestSoaPage *self)
{
  return self->editor;
}

GtkWidget *
attest_soa_page_get_problems (AttestSoaPage *self)
{
  return self->problems;
}

const char *
attest_soa_page_get_version_text (AttestSoaPage *self)
{
  return gtk_label_get_text (GTK_LABEL (self->version_label));
}

/**
 * attest_soa_page_select:
 * @self: the page
 * @entry: an SoA entry
 *
 * Shows the entry in the editor, selected in the table; filters that hide it
 * are cleared first.
 */
void
attest_soa_page_select (AttestSoaPage *self,
                        AttestRecord  *entry)
{
  if (!attest_page_fill (ATTEST_PAGE (self)))
    return;
  for (guint pass = 0; pass < 2; pass++)
    {
      if (attest_record_table_select_record (self->table, entry))
        return;
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->theme_filter), 0);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->applicability_filter), 0);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status_filter), 0);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->problems_filter), FALSE);
      filter_changed (self);
    }
}
