/* attest-setup-context-step.c: issues of the context (clause 4.1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-context-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-context-step.h"
#include "setup/attest-setup-step-private.h"

struct _AttestSetupContextStep
{
  AttestSetupStep      parent_instance;

  AdwPreferencesGroup *climate_group;
  AdwPreferencesGroup *issues_group;
  GtkBox              *issues_box;
  AdwComboRow         *sector_row;
  GtkListBox          *issue_suggestions;
  GtkWidget           *add_suggested_button;
  GtkListBox          *categories_list;
};

G_DEFINE_FINAL_TYPE (AttestSetupContextStep, attest_setup_context_step, ATTEST_TYPE_SETUP_STEP)

static GtkWidget *
create_issue_card (gpointer item,
                   gpointer user_data)
{
  static const char * const fields[] = { "title", "description", "origin", "category", "effect", "treatment", NULL };

  return attest_setup_step_record_card (user_data, item, "title", fields);
}

static void
on_issues_changed_cb (AttestSetupContextStep *self)
{
  GListModel *issues = attest_workspace_get_records (attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self)),
                                                     ATTEST_TYPE_CONTEXT_ISSUE);

  adw_preferences_group_set_description (self->issues_group,
                                         g_list_model_get_n_items (issues) == 0
                                           ? _("None yet. Pick typical ones below, or add your own by category.")
                                           : _("Give each a short title, say how it affects the ISMS, and how it is addressed."));
  attest_setup_step_number_cards (GTK_WIDGET (self->issues_box), _("Issue %u"), NULL);
}

static void
on_add_issue_clicked_cb (GtkButton              *button,
                         AttestSetupContextStep *self)
{
  AttestIssueCategory category = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "category"));
  gboolean internal = category >= ATTEST_ISSUE_CATEGORY_GOVERNANCE && category != ATTEST_ISSUE_CATEGORY_OTHER;
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                                "category", category,
                                                "origin", internal ? ATTEST_ISSUE_ORIGIN_INTERNAL : ATTEST_ISSUE_ORIGIN_EXTERNAL,
                                                NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), issue);
}

static void
issue_from_suggestion (gconstpointer  suggestion,
                       GPtrArray     *records)
{
  const AttestIssueSuggestion *s = suggestion;

  g_ptr_array_add (records, g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                          "title", _(s->title),
                                          "origin", s->origin,
                                          "category", s->category,
                                          "effect", _(s->effect),
                                          NULL));
}

static void
on_add_suggested_clicked_cb (AttestSetupContextStep *self)
{
  attest_setup_step_add_ticked (ATTEST_SETUP_STEP (self), GTK_WIDGET (self->issue_suggestions), issue_from_suggestion);
}

/* The sector's own issues, then those of any sector. */
static void
on_sector_selected_cb (AttestSetupContextStep *self)
{
  guint sector = adw_combo_row_get_selected (self->sector_row);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->issue_suggestions))) != NULL)
    gtk_list_box_remove (self->issue_suggestions, child);
  for (guint pass = 0; pass < 2; pass++)
    {
      guint which = pass == 0 ? sector : attest_suggestion_get_n_sectors () - 1;
      const AttestIssueSuggestion *issues;
      guint n;

      if (pass == 1 && which == sector)
        break;
      issues = attest_suggestion_get_issues (which, &n);
      for (guint i = 0; i < n; i++)
        gtk_list_box_append (self->issue_suggestions,
                             attest_setup_step_check_row_new (_(issues[i].title),
                                                              attest_enum_get_label (ATTEST_TYPE_ISSUE_CATEGORY, issues[i].category),
                                                              &issues[i]));
    }
}

static void
attest_setup_context_step_constructed (GObject *object)
{
  static const char * const climate_fields[] = { "climate-relevance", "climate-statement", NULL };
  AttestSetupContextStep *self = ATTEST_SETUP_CONTEXT_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  AttestWorkspace *workspace;
  AttestRecord *org;
  GListModel *issues;
  gboolean read_only;

  G_OBJECT_CLASS (attest_setup_context_step_parent_class)->constructed (object);

  workspace = attest_setup_step_get_workspace (step);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  read_only = attest_setup_step_is_read_only (step);

  adw_preferences_group_add (self->climate_group, attest_setup_step_form_new (step, org, climate_fields));

  attest_box_bind_model (self->issues_box, issues, create_issue_card, self, NULL);
  g_signal_connect_object (issues, "items-changed", G_CALLBACK (on_issues_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_issues_changed_cb (self);

  /* Start from the sector the user typed, kept as typed. */
  attest_setup_step_fill_sector_row (step, self->sector_row);
  g_signal_connect_object (self->sector_row, "notify::selected", G_CALLBACK (on_sector_selected_cb), self, G_CONNECT_SWAPPED);
  on_sector_selected_cb (self);
  gtk_widget_set_sensitive (self->add_suggested_button, !read_only);

  for (int c = ATTEST_ISSUE_CATEGORY_POLITICAL; c <= ATTEST_ISSUE_CATEGORY_OTHER; c++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Add"));
      const char *label = attest_enum_get_label (ATTEST_TYPE_ISSUE_CATEGORY, c);
      g_autofree char *name = g_strdup_printf ("add-issue-%d", c);
      g_autofree char *accessible = g_strdup_printf (_("Add an issue: %s"), label);

      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(attest_suggestion_get_prompt (c)));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, name);
      gtk_widget_set_sensitive (button, !read_only);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data (G_OBJECT (button), "category", GINT_TO_POINTER (c));
      g_signal_connect (button, "clicked", G_CALLBACK (on_add_issue_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->categories_list, row);
    }
}

static void
attest_setup_context_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_CONTEXT_STEP);
  G_OBJECT_CLASS (attest_setup_context_step_parent_class)->dispose (object);
}

static void
attest_setup_context_step_class_init (AttestSetupContextStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_context_step_constructed;
  object_class->dispose = attest_setup_context_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "context", N_("Context"), N_("Clause 4.1"),
    N_("List what, inside and outside the organisation, helps or hinders what your information "
       "security can achieve, and how each affects the ISMS; the risk assessment builds on these. "
       "Say too whether climate change is one of them. For example: “Ransomware aimed at firms our "
       "size” is external and technological, and is the likeliest serious incident."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-context-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, climate_group);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, issues_group);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, issues_box);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, sector_row);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, issue_suggestions);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, add_suggested_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupContextStep, categories_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_suggested_clicked_cb);
}

static void
attest_setup_context_step_init (AttestSetupContextStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
