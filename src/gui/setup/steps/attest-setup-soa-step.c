/* attest-setup-soa-step.c: the Statement of Applicability, control by
 * control (clause 6.1.3 d and Annex A).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-soa-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-soa-step.h"
#include "setup/attest-setup-step-private.h"

/* One control at a time, from the first still to decide. Deciding or moving
 * changes what the card shows; the buttons, and the keyboard on them, stay. */

struct _AttestSetupSoaStep
{
  AttestSetupStep      parent_instance;

  GtkLabel            *progress_label;
  GtkLabel            *where_label;
  GtkLabel            *control_label;
  GtkLabel            *attributes_label;
  GtkLabel            *guidance_label;
  GtkLabel            *decision_label;
  GtkWidget           *applicable_button;
  GtkWidget           *not_applicable_button;
  AdwPreferencesGroup *justification_group;
  GtkWidget           *previous_button;
  GtkWidget           *next_button;
  GtkWidget           *bulk_button;
  GtkLabel            *bulk_label;

  GtkWidget           *form;
  guint                index;
};

G_DEFINE_FINAL_TYPE (AttestSetupSoaStep, attest_setup_soa_step, ATTEST_TYPE_SETUP_STEP)

static GListModel *
entries (AttestSetupSoaStep *self)
{
  return attest_workspace_get_records (attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self)), ATTEST_TYPE_SOA_ENTRY);
}

static AttestRecord *
entry_at (AttestSetupSoaStep *self,
          guint               index)
{
  g_autoptr(AttestRecord) entry = g_list_model_get_item (entries (self), index);

  return entry;   /* the model keeps it */
}

static guint
first_undecided (AttestSetupSoaStep *self,
                 guint               otherwise)
{
  for (guint i = 0; i < g_list_model_get_n_items (entries (self)); i++)
    if (attest_record_get_enum (entry_at (self, i), "applicability") == ATTEST_APPLICABILITY_UNDECIDED)
      return i;
  return otherwise;
}

static const AttestControl *
control_of (AttestRecord *entry)
{
  return attest_catalog_lookup_control (attest_catalog_get_default (), attest_record_get_string (entry, "control-id"));
}

static void
show_chosen (GtkWidget *button,
             gboolean   chosen)
{
  if (chosen)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_remove_css_class (button, "suggested-action");
}

/* The card shows the control at self->index, as the file has it. */
static void
update_card (AttestSetupSoaStep *self)
{
  static const char * const fields[] = { "justification", NULL };
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  AttestRecord *entry = entry_at (self, self->index);
  const AttestControl *control = control_of (entry);
  guint n = g_list_model_get_n_items (entries (self));
  int applicability = attest_record_get_enum (entry, "applicability");
  g_autofree char *progress = g_strdup_printf (_("%u of %u decided"), attest_soa_count_decided (workspace), n);
  g_autofree char *where = g_strdup_printf (_("Control %u of %u · %s"), self->index + 1, n, control->theme);
  g_autofree char *heading = g_strdup_printf ("A.%s %s", control->number, control->title);
  g_autofree char *type = g_strjoinv (", ", control->control_type);
  g_autofree char *properties = g_strjoinv (", ", control->properties);
  g_autofree char *concepts = g_strjoinv (", ", control->concepts);
  g_autofree char *attributes = g_strdup_printf (_("%s · %s · %s"), type, properties, concepts);
  g_autofree char *decision = g_strdup_printf (_("Decided: %s"), attest_enum_get_label (ATTEST_TYPE_APPLICABILITY, applicability));
  g_autofree char *bulk_label = g_strdup_printf (_("Mark the Rest of the %s _Applicable"), control->theme);
  gboolean undecided = applicability == ATTEST_APPLICABILITY_UNDECIDED;

  gtk_label_set_text (self->progress_label, progress);
  gtk_label_set_text (self->where_label, where);
  gtk_label_set_text (self->control_label, heading);
  gtk_label_set_text (self->attributes_label, attributes);
  gtk_label_set_text (self->guidance_label, attest_guidance_for_control (control->number));
  gtk_label_set_text (self->decision_label, decision);
  if (undecided)
    gtk_widget_remove_css_class (GTK_WIDGET (self->decision_label), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->decision_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->decision_label), undecided ? "dim-label" : "accent");
  /* The decision recorded is the button shown as chosen; undecided, neither. */
  show_chosen (self->applicable_button, applicability == ATTEST_APPLICABILITY_APPLICABLE);
  show_chosen (self->not_applicable_button, applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE);

  adw_preferences_group_set_description (self->justification_group,
                                         applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE
                                           ? _("Say why the control does not apply; an auditor will read it.")
                                           : _("Optional for an included control: why it is needed."));
  if (self->form == NULL || attest_record_form_get_record (ATTEST_RECORD_FORM (self->form)) != entry)
    {
      if (self->form != NULL)
        adw_preferences_group_remove (self->justification_group, self->form);
      self->form = attest_setup_step_form_new (ATTEST_SETUP_STEP (self), entry, fields);
      adw_preferences_group_add (self->justification_group, self->form);
    }

  gtk_widget_set_sensitive (self->previous_button, self->index > 0);
  gtk_widget_set_sensitive (self->next_button, self->index + 1 < n);
  gtk_label_set_text_with_mnemonic (self->bulk_label, bulk_label);
  g_object_set_data_full (G_OBJECT (self->bulk_button), "theme", g_strdup (control->theme), g_free);
}

static void
show_control (AttestSetupSoaStep *self,
              guint               index)
{
  self->index = MIN (index, g_list_model_get_n_items (entries (self)) - 1);
  update_card (self);
}

static void
on_decide_clicked_cb (GtkButton          *button,
                      AttestSetupSoaStep *self)
{
  int applicability = button == GTK_BUTTON (self->applicable_button)
                      ? ATTEST_APPLICABILITY_APPLICABLE : ATTEST_APPLICABILITY_NOT_APPLICABLE;

  g_object_set (entry_at (self, self->index), "applicability", applicability, NULL);
  /* Applicable goes straight on; an exclusion waits for its reason. */
  if (applicability == ATTEST_APPLICABILITY_APPLICABLE)
    show_control (self, self->index + 1);
  else
    {
      GtkWidget *list;

      update_card (self);
      list = gtk_widget_get_first_child (self->form);
      if (list != NULL && gtk_widget_get_first_child (list) != NULL)
        gtk_widget_grab_focus (gtk_widget_get_first_child (list));
    }
}

static void
on_move_clicked_cb (GtkButton          *button,
                    AttestSetupSoaStep *self)
{
  if (button == GTK_BUTTON (self->previous_button))
    {
      if (self->index > 0)
        show_control (self, self->index - 1);
    }
  else
    show_control (self, self->index + 1);
}

static void
on_bulk_clicked_cb (AttestSetupSoaStep *self)
{
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  g_autoptr(GError) error = NULL;

  if (attest_soa_mark_theme_applicable (workspace, g_object_get_data (G_OBJECT (self->bulk_button), "theme"), &error) == G_MAXUINT)
    attest_setup_step_toast (ATTEST_SETUP_STEP (self), error->message);
  /* On to the first control still to decide, usually in the next theme. */
  show_control (self, first_undecided (self, self->index));
}

/* Quick keys when the focus is not in the text field: A, N, and the arrows
 * to move between controls. */
static gboolean
on_key_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  AttestSetupSoaStep *self = ATTEST_SETUP_SOA_STEP (widget);
  const char *which = g_variant_get_string (args, NULL);
  GtkWidget *button = g_str_equal (which, "a") ? self->applicable_button
                      : g_str_equal (which, "n") ? self->not_applicable_button
                      : g_str_equal (which, "previous") ? self->previous_button
                      : self->next_button;

  if (!gtk_widget_is_sensitive (button))
    return FALSE;
  gtk_widget_activate (button);
  return TRUE;
}

/* On the SoA step the keys decide: start on the decision. */
static gboolean
attest_setup_soa_step_focus_first (AttestSetupStep *step)
{
  return gtk_widget_grab_focus (ATTEST_SETUP_SOA_STEP (step)->applicable_button);
}

static void
attest_setup_soa_step_constructed (GObject *object)
{
  AttestSetupSoaStep *self = ATTEST_SETUP_SOA_STEP (object);
  gboolean read_only;

  G_OBJECT_CLASS (attest_setup_soa_step_parent_class)->constructed (object);

  read_only = attest_setup_step_is_read_only (ATTEST_SETUP_STEP (self));
  gtk_widget_set_sensitive (self->applicable_button, !read_only);
  gtk_widget_set_sensitive (self->not_applicable_button, !read_only);
  gtk_widget_set_sensitive (self->bulk_button, !read_only);
  show_control (self, first_undecided (self, 0));
}

static void
attest_setup_soa_step_dispose (GObject *object)
{
  AttestSetupSoaStep *self = ATTEST_SETUP_SOA_STEP (object);

  self->form = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_SOA_STEP);
  G_OBJECT_CLASS (attest_setup_soa_step_parent_class)->dispose (object);
}

static void
attest_setup_soa_step_class_init (AttestSetupSoaStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AttestSetupStepClass *step_class = ATTEST_SETUP_STEP_CLASS (klass);

  object_class->constructed = attest_setup_soa_step_constructed;
  object_class->dispose = attest_setup_soa_step_dispose;
  step_class->focus_first = attest_setup_soa_step_focus_first;
  attest_setup_step_class_set_info (step_class, "soa", N_("Statement of Applicability"), N_("Clause 6.1.3 d and Annex A"),
    N_("Go through the 93 controls of Annex A and decide for each whether it applies to you. "
       "Include a control when a risk, a law, a contract or a party's requirement calls for it; "
       "exclude it only with a reason an auditor can accept. For example: no software is developed "
       "for you by others, so outsourced development is excluded."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-soa-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, where_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, control_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, attributes_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, decision_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, applicable_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, not_applicable_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, justification_group);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, previous_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, next_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, bulk_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupSoaStep, bulk_label);
  gtk_widget_class_bind_template_callback (widget_class, on_decide_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_move_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_bulk_clicked_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_a, 0, on_key_cb, "s", "a");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, 0, on_key_cb, "s", "n");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, on_key_cb, "s", "previous");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, on_key_cb, "s", "next");
}

static void
attest_setup_soa_step_init (AttestSetupSoaStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
