/* attest-setup-scope-step.c: the boundaries of the ISMS (clause 4.3).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-scope-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-scope-step.h"
#include "setup/attest-setup-step-private.h"
#include "widgets/attest-field-binding.h"

struct _AttestSetupScopeStep
{
  AttestSetupStep  parent_instance;

  GtkBox          *parts_box;
  GtkTextView     *statement_view;
  GtkWidget       *draft_button;
  GtkListBox      *location_suggestions;
};

G_DEFINE_FINAL_TYPE (AttestSetupScopeStep, attest_setup_scope_step, ATTEST_TYPE_SETUP_STEP)

/* A group per kind of part of the scope, in this order. */
static const struct
{
  AttestScopeItemKind kind;
  const char         *title;
  const char         *description;
  const char         *add_label;
} parts[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Organisational units"), N_("Departments or teams inside the ISMS."), N_("Add a _Unit") },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Locations"), N_("Offices, sites, and places such as staff homes."), N_("Add a _Location") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Processes and services"), N_("What the ISMS protects: the work you do and the services you offer."), N_("Add a _Process or Service") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Information systems"), N_("Applications, platforms and infrastructure in scope."), N_("Add a _System") },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, N_("Exclusions"), N_("What is left out, each with the reason; leaving nothing out is fine."), N_("Add an _Exclusion") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Interfaces and dependencies"), N_("Activities that others do for you, and where your ISMS meets theirs."), N_("Add an _Interface") },
};

static gboolean
is_of_kind (gpointer item,
            gpointer kind)
{
  return attest_record_get_enum (item, "kind") == GPOINTER_TO_INT (kind);
}

static GtkWidget *
create_item_card (gpointer item,
                  gpointer user_data)
{
  static const char * const item_fields[] = { "name", "description", NULL };
  static const char * const exclusion_fields[] = { "name", "justification", NULL };
  gboolean exclusion = attest_record_get_enum (item, "kind") == ATTEST_SCOPE_ITEM_KIND_EXCLUSION;

  return attest_setup_step_record_card (user_data, item, "name", exclusion ? exclusion_fields : item_fields);
}

static void
on_items_changed_cb (GtkWidget *box)
{
  attest_setup_step_number_cards (box, NULL, g_object_get_data (G_OBJECT (box), "title"));
}

static void
on_add_item_clicked_cb (GtkButton            *button,
                        AttestSetupScopeStep *self)
{
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                               "kind", GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind")),
                                               NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), item);
}

static void
on_add_location_clicked_cb (GtkButton            *button,
                            AttestSetupScopeStep *self)
{
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                               "kind", ATTEST_SCOPE_ITEM_KIND_LOCATION,
                                               "name", g_object_get_data (G_OBJECT (button), "location"),
                                               NULL);

  attest_setup_step_add_record (ATTEST_SETUP_STEP (self), item);
}

static gboolean
has_location (GListModel *items,
              const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      g_autofree char *have = NULL;

      if (attest_record_get_enum (item, "kind") != ATTEST_SCOPE_ITEM_KIND_LOCATION)
        continue;
      have = g_utf8_casefold (attest_record_get_string (item, "name"), -1);
      if (g_str_equal (g_strstrip (have), wanted))
        return TRUE;
    }
  return FALSE;
}

/* The headquarters and locations the user gave in the first step, but
 * those the scope has, each to add with one click. */
static void
update_location_suggestions (AttestSetupScopeStep *self)
{
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  g_autoptr(GPtrArray) offered = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->location_suggestions))) != NULL)
    gtk_list_box_remove (self->location_suggestions, child);
  if (org != NULL)
    {
      const char *headquarters = attest_record_get_string (org, "headquarters");
      const char * const *locations = attest_record_get_strv (org, "locations");

      if (!attest_text_is_blank (headquarters))
        g_ptr_array_add (offered, g_strstrip (g_strdup (headquarters)));
      for (guint i = 0; locations != NULL && locations[i] != NULL; i++)
        if (!attest_text_is_blank (locations[i]))
          g_ptr_array_add (offered, g_strstrip (g_strdup (locations[i])));
    }
  for (guint i = 0; i < offered->len; i++)
    {
      const char *name = g_ptr_array_index (offered, i);
      GtkWidget *row, *add;
      g_autofree char *accessible = NULL;
      gboolean twice = FALSE;

      for (guint j = 0; j < i; j++)
        twice |= g_utf8_collate (g_ptr_array_index (offered, j), name) == 0;
      if (twice || has_location (items, name))
        continue;
      row = adw_action_row_new ();
      add = gtk_button_new_with_label (_("Add"));
      accessible = g_strdup_printf (_("Add the location: %s"), name);
      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("From the organisation’s details"));
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_name (add, "add-location-suggestion");
      gtk_widget_set_sensitive (add, !attest_setup_step_is_read_only (ATTEST_SETUP_STEP (self)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (add), "location", g_strdup (name), g_free);
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_location_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
      gtk_list_box_append (self->location_suggestions, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->location_suggestions),
                          gtk_widget_get_first_child (GTK_WIDGET (self->location_suggestions)) != NULL);
}

static void
on_record_changed_cb (AttestSetupScopeStep *self,
                      AttestRecord         *record,
                      const char           *field)
{
  if (ATTEST_IS_ORGANISATION (record) || (ATTEST_IS_SCOPE_ITEM (record) && g_strcmp0 (field, "name") == 0))
    update_location_suggestions (self);
}

static void
on_draft_clicked_cb (AttestSetupScopeStep *self)
{
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
  g_autofree char *draft = attest_scope_draft_statement (workspace);

  g_object_set (scope, "statement", draft, NULL);
}

static void
attest_setup_scope_step_constructed (GObject *object)
{
  AttestSetupScopeStep *self = ATTEST_SETUP_SCOPE_STEP (object);
  AttestSetupStep *step = ATTEST_SETUP_STEP (object);
  AttestWorkspace *workspace;
  gboolean read_only;

  G_OBJECT_CLASS (attest_setup_scope_step_parent_class)->constructed (object);

  workspace = attest_setup_step_get_workspace (step);
  read_only = attest_setup_step_is_read_only (step);
  for (guint g = 0; g < G_N_ELEMENTS (parts); g++)
    {
      g_autofree char *add_name = g_strdup_printf ("add-scope-%d", parts[g].kind);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *cards = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *add = gtk_button_new_with_mnemonic (_(parts[g].add_label));
      GtkCustomFilter *filter = gtk_custom_filter_new (is_of_kind, GINT_TO_POINTER (parts[g].kind), NULL);
      g_autoptr(GtkFilterListModel) of_kind =
        gtk_filter_list_model_new (g_object_ref (attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM)),
                                   GTK_FILTER (filter));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(parts[g].title));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _(parts[g].description));
      g_object_set_data (G_OBJECT (cards), "title", (gpointer) _(parts[g].title));
      attest_box_bind_model (GTK_BOX (cards), G_LIST_MODEL (of_kind), create_item_card, self, NULL);
      g_signal_connect_object (of_kind, "items-changed", G_CALLBACK (on_items_changed_cb), cards,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      on_items_changed_cb (cards);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), cards);
      if (parts[g].kind == ATTEST_SCOPE_ITEM_KIND_LOCATION)
        {
          /* The places named in the first step, offered here. */
          self->location_suggestions = GTK_LIST_BOX (gtk_list_box_new ());
          gtk_widget_set_name (GTK_WIDGET (self->location_suggestions), "location-suggestions");
          gtk_list_box_set_selection_mode (self->location_suggestions, GTK_SELECTION_NONE);
          gtk_widget_add_css_class (GTK_WIDGET (self->location_suggestions), "boxed-list");
          gtk_widget_set_margin_top (GTK_WIDGET (self->location_suggestions), 12);
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->location_suggestions), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Locations from the organisation’s details"), -1);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->location_suggestions));
        }

      gtk_widget_set_name (add, add_name);
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      gtk_widget_add_css_class (add, "pill");
      gtk_widget_set_margin_top (add, 6);
      gtk_widget_set_sensitive (add, !read_only);
      g_object_set_data (G_OBJECT (add), "kind", GINT_TO_POINTER (parts[g].kind));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_item_clicked_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
      gtk_box_append (self->parts_box, group);
    }

  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM), "items-changed",
                           G_CALLBACK (update_location_suggestions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, G_CONNECT_SWAPPED);
  update_location_suggestions (self);

  gtk_text_view_set_editable (self->statement_view, !read_only);
  attest_bind_text_view (self->statement_view, attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE), "statement");
  gtk_widget_set_sensitive (self->draft_button, !read_only);
}

static void
attest_setup_scope_step_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_SCOPE_STEP);
  G_OBJECT_CLASS (attest_setup_scope_step_parent_class)->dispose (object);
}

static void
attest_setup_scope_step_class_init (AttestSetupScopeStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_scope_step_constructed;
  object_class->dispose = attest_setup_scope_step_dispose;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "scope", N_("Scope"), N_("Clause 4.3"),
    N_("Set the boundaries of the ISMS: the parts of the organisation, places, processes and "
       "systems it covers, what it leaves out and why, and where it depends on others. Auditors "
       "ask about every exclusion, so each needs its reason. Attest drafts the scope statement "
       "from your answers for you to edit."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-scope-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupScopeStep, parts_box);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupScopeStep, statement_view);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupScopeStep, draft_button);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_clicked_cb);
}

static void
attest_setup_scope_step_init (AttestSetupScopeStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
