/* attest-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-export-dialog"

#include "config.h"

#include "attest-i18n.h"

#include "attest-export-dialog.h"

/* Asks which sections the audit pack has (all ticked), on which paper (the
 * locale's) and with which classification label (the organisation's). Its
 * "export" response goes on to choose the file (attest-export.c). */

struct _AttestExportDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *checks;     /* one per section, in attest_pack_get_sections() order */
  char             *classification;
  GStrv             languages;  /* the pack's languages, in the language row's order */

  /* Template widgets */
  GtkListBox       *sections_list;
  AdwComboRow      *paper_row;
  AdwComboRow      *language_row;
  GtkEditable      *classification_row;
};

G_DEFINE_FINAL_TYPE (AttestExportDialog, attest_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

/**
 * attest_export_dialog_read_options:
 * @self: the dialog
 * @options: (out): what it says to print; its classification is valid
 *   while the dialog is
 */
void
attest_export_dialog_read_options (AttestExportDialog *self,
                                   AttestPackOptions  *options)
{
  guint n_sections;
  const AttestPackSection *sections = attest_pack_get_sections (&n_sections);

  g_return_if_fail (ATTEST_IS_EXPORT_DIALOG (self));

  *options = (AttestPackOptions) { 0 };
  for (guint i = 0; i < n_sections && i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      options->sections |= sections[i].flag;
  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? ATTEST_PAPER_LETTER : ATTEST_PAPER_A4;
  if (adw_combo_row_get_selected (self->language_row) < g_strv_length (self->languages))
    options->language = self->languages[adw_combo_row_get_selected (self->language_row)];
  g_free (self->classification);
  self->classification = g_strdup (gtk_editable_get_text (self->classification_row));
  options->classification = self->classification;
}

/* A language by its own name, as people look for it. */
static const char *
language_name (const char *language)
{
  static const struct { const char *tag, *name; } names[] = {
    { "de", "Deutsch" },
    { "en", "English" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (language, names[i].tag))
      return names[i].name;
  return language;
}

/* The languages there are, by their own names; the interface's chosen. */
static void
add_languages (AttestExportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  /* TRANSLATORS: this translation's language tag, such as "de" */
  const char *interface = C_("language tag", "en");

  self->languages = attest_i18n_dup_languages ();
  for (guint i = 0; self->languages[i] != NULL; i++)
    gtk_string_list_append (names, language_name (self->languages[i]));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  for (guint i = 0; self->languages[i] != NULL; i++)
    if (g_str_equal (self->languages[i], interface))
      adw_combo_row_set_selected (self->language_row, i);
}

static void
add_sections (AttestExportDialog *self)
{
  guint n_sections;
  const AttestPackSection *sections = attest_pack_get_sections (&n_sections);

  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strdup_printf ("section-%s", sections[i].id);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(sections[i].label));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_name (check, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _(sections[i].label), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->sections_list, row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
attest_export_dialog_dispose (GObject *object)
{
  AttestExportDialog *self = ATTEST_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_EXPORT_DIALOG);
  g_ptr_array_set_size (self->checks, 0);
  G_OBJECT_CLASS (attest_export_dialog_parent_class)->dispose (object);
}

static void
attest_export_dialog_finalize (GObject *object)
{
  AttestExportDialog *self = ATTEST_EXPORT_DIALOG (object);

  g_ptr_array_unref (self->checks);
  g_free (self->classification);
  g_strfreev (self->languages);
  G_OBJECT_CLASS (attest_export_dialog_parent_class)->finalize (object);
}

static void
attest_export_dialog_class_init (AttestExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_export_dialog_dispose;
  object_class->finalize = attest_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/dialogs/attest-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestExportDialog, sections_list);
  gtk_widget_class_bind_template_child (widget_class, AttestExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, AttestExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, AttestExportDialog, classification_row);
}

static void
attest_export_dialog_init (AttestExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  add_sections (self);
  add_languages (self);
  adw_combo_row_set_selected (self->paper_row, attest_paper_from_locale () == ATTEST_PAPER_LETTER ? 1 : 0);
}

/**
 * attest_export_dialog_new:
 * @parent: (nullable): the window
 * @workspace: the workspace the pack is made of
 *
 * Returns: (transfer none): the dialog, shown, with the focus on its
 *   default response (Enter chooses the file)
 */
AttestExportDialog *
attest_export_dialog_new (GtkWindow       *parent,
                          AttestWorkspace *workspace)
{
  AttestExportDialog *self = g_object_new (ATTEST_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);

  gtk_editable_set_text (self->classification_row, org ? attest_record_get_string (org, "classification") : "");
  gtk_window_present (GTK_WINDOW (self));
  /* Enter goes on to choose the file, not tick the first section. */
  if (gtk_window_get_default_widget (GTK_WINDOW (self)) != NULL)
    gtk_widget_grab_focus (gtk_window_get_default_widget (GTK_WINDOW (self)));
  return self;
}
