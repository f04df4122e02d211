/* attest-setup-parties-step.c: interested parties and their requirements
 * (clause 4.2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-parties-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-parties-step.h"
#include "setup/attest-setup-step-private.h"

struct _AttestSetupPartiesStep
{
  AttestSetupStep  parent_instance;

  GtkBox          *parties_box;
  GtkListBox      *party_suggestions;
  GtkWidget       *add_suggested_button;
  GtkWidget       *add_party_button;
};

G_DEFINE_FINAL_TYPE (AttestSetupPartiesStep, attest_setup_parties_step, ATTEST_TYPE_SETUP_STEP)

static GtkWidget *
create_requirement_card (gpointer item,
                         gpointer user_data)
{
  static const char * const fields[] = { "text", "kind", "addressed", "how-addressed", "climate-related", NULL };

  return attest_setup_step_record_card (user_data, item, "text", fields);
}

static gboolean
is_of_party (gpointer item,
             gpointer party_id)
{
  return g_strcmp0 (attest_record_get_string (item, "party-id"), party_id) == 0;
}

static void
on_requirements_changed_cb (GtkWidget *box)
{
  attest_setup_step_number_cards (box, _("Requirement %u"), NULL);
}

static void
on_add_requirement_clicked_cb (GtkButton              *button,
                               AttestSetupPartiesStep *self)
{
  AttestRecord *party = g_object_get_data (G_OBJECT (button), "party");
  g_autoptr(AttestRecord) requirement = g_object_new (ATTEST_TYPE_REQUIREMENT,
                                                      "party-id", attest_record_get_id (party), NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), requirement);
}

/* A party: its card, its requirements, and a button to add one. */
static GtkWidget *
create_party_group (gpointer item,
                    gpointer user_data)
{
  static const char * const fields[] = { "name", "kind", "relevance", NULL };
  AttestSetupPartiesStep *self = user_data;
  AttestRecord *party = item;
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *requirements = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("Add a _Requirement"));
  GtkCustomFilter *filter = gtk_custom_filter_new (is_of_party, g_strdup (attest_record_get_id (party)), g_free);
  g_autoptr(GtkFilterListModel) of_party =
    gtk_filter_list_model_new (g_object_ref (attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT)),
                               GTK_FILTER (filter));

  GtkWidget *card = attest_setup_step_record_card (ATTEST_SETUP_STEP (self), party, "name", fields);

  gtk_widget_set_name (group, "party-group");
  /* Numbered among the parties as its card would be. */
  g_object_set_data (G_OBJECT (group), "heading", g_object_get_data (G_OBJECT (card), "heading"));
  g_object_set_data (G_OBJECT (group), "record", party);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  attest_box_bind_model (GTK_BOX (requirements), G_LIST_MODEL (of_party), create_requirement_card, self, NULL);
  g_signal_connect_object (of_party, "items-changed", G_CALLBACK (on_requirements_changed_cb), requirements,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_requirements_changed_cb (requirements);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), requirements);

  gtk_widget_set_name (add, "add-requirement");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_add_css_class (add, "pill");
  gtk_widget_set_margin_top (add, 12);
  gtk_widget_set_sensitive (add, !attest_setup_step_is_read_only (ATTEST_SETUP_STEP (self)));
  g_object_set_data_full (G_OBJECT (add), "party", g_object_ref (party), g_object_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_requirement_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
  return group;
}

static void
on_parties_changed_cb (AttestSetupPartiesStep *self)
{
  attest_setup_step_number_cards (GTK_WIDGET (self->parties_box), _("Party %u"), NULL);
}

static void
party_from_suggestion (gconstpointer  suggestion,
                       GPtrArray     *records)
{
  const AttestPartySuggestion *s = suggestion;
  AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY,
                                      "name", _(s->name), "kind", s->kind, "relevance", _(s->relevance), NULL);

  g_ptr_array_add (records, party);
  g_ptr_array_add (records, g_object_new (ATTEST_TYPE_REQUIREMENT,
                                          "party-id", attest_record_get_id (party),
                                          "text", _(s->requirement), "kind", s->requirement_kind, NULL));
}

static void
on_add_suggested_clicked_cb (AttestSetupPartiesStep *self)
{
  attest_setup_step_add_ticked (ATTEST_SETUP_STEP (self), GTK_WIDGET (self->party_suggestions), party_from_suggestion);
}

static void
on_add_party_clicked_cb (AttestSetupPartiesStep *self)
{
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), party);
}

static void
attest_setup_parties_step_constructed (GObject *object)
{
  AttestSetupPartiesStep *self = ATTEST_SETUP_PARTIES_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  GListModel *parties;
  const AttestPartySuggestion *suggestions;
  guint n;

  G_OBJECT_CLASS (attest_setup_parties_step_parent_class)->constructed (object);

  parties = attest_workspace_get_records (attest_setup_step_get_workspace (step), ATTEST_TYPE_INTERESTED_PARTY);
  attest_box_bind_model (self->parties_box, parties, create_party_group, self, NULL);
  g_signal_connect_object (parties, "items-changed", G_CALLBACK (on_parties_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_parties_changed_cb (self);

  /* The parties usual in the user's sector, then those of any organisation. */
  for (guint pass = 0; pass < 2; pass++)
    {
      suggestions = pass == 0 ? attest_suggestion_get_sector_parties (attest_setup_step_get_sector (step), &n)
                              : attest_suggestion_get_parties (&n);
      for (guint i = 0; i < n; i++)
        gtk_list_box_append (self->party_suggestions,
                             attest_setup_step_check_row_new (_(suggestions[i].name), _(suggestions[i].relevance), &suggestions[i]));
    }
  gtk_widget_set_sensitive (self->add_suggested_button, !attest_setup_step_is_read_only (step));
  gtk_widget_set_sensitive (self->add_party_button, !attest_setup_step_is_read_only (step));
}

static void
attest_setup_parties_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_PARTIES_STEP);
  G_OBJECT_CLASS (attest_setup_parties_step_parent_class)->dispose (object);
}

static void
attest_setup_parties_step_class_init (AttestSetupPartiesStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_parties_step_constructed;
  object_class->dispose = attest_setup_parties_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "parties", N_("Interested parties"), N_("Clause 4.2"),
    N_("Name who has a stake in your information security, what each requires, and which of those "
       "requirements the ISMS will address. Requirements come from laws, regulators, contracts and "
       "expectations, and some relate to climate change. For example: customers require that "
       "incidents affecting their data are reported within 24 hours."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-parties-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupPartiesStep, parties_box);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupPartiesStep, party_suggestions);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupPartiesStep, add_suggested_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupPartiesStep, add_party_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_suggested_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_party_clicked_cb);
}

static void
attest_setup_parties_step_init (AttestSetupPartiesStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
