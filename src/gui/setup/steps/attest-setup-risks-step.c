/* attest-setup-risks-step.c: first risks from assets and threats
 * (clause 6.1.2 c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-risks-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-risks-step.h"
#include "setup/attest-setup-step-private.h"
#include "widgets/attest-undo.h"

/* Three lists to tick, each bound to a model: the workspace's assets (all
 * ticked to start with); the usual assets of the sector it lacks; and the
 * threats, the workspace's then the usual ones it lacks, those likely in
 * the sector ticked. A record added or removed adds or removes its row and
 * leaves the ticks of the others as the user set them. */

struct _AttestSetupRisksStep
{
  AttestSetupStep  parent_instance;

  AdwComboRow     *sector_row;
  GtkListBox      *assets_list;
  GtkWidget       *no_assets_list;
  GtkListBox      *asset_suggestions;
  GtkWidget       *add_assets_button;
  GtkListBox      *threats_list;
  GtkWidget       *draft_button;
  GtkLabel        *count_label;

  guint            sector;
  GListStore      *usual_assets;     /* GtkStringObject, the suggestion as "suggestion" */
  GtkFilter       *usual_assets_filter;
  GtkFilterListModel *usual_assets_lacking;
  GtkFilter       *usual_threats_filter;
  GHashTable      *asset_names;      /* casefolded names of the workspace's assets */
  GHashTable      *threat_names;     /* and of its threats */
};

G_DEFINE_FINAL_TYPE (AttestSetupRisksStep, attest_setup_risks_step, ATTEST_TYPE_SETUP_STEP)

static GListModel *
records (AttestSetupRisksStep *self,
         GType                 kind)
{
  return attest_workspace_get_records (attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self)), kind);
}

static GtkWidget *
create_asset_row (gpointer item,
                  gpointer user_data)
{
  AttestRecord *asset = item;
  GtkWidget *row = attest_setup_step_check_row_new (attest_record_get_string (asset, "name"),
                                                    attest_enum_get_label (ATTEST_TYPE_ASSET_KIND,
                                                                           attest_record_get_enum (asset, "kind")),
                                                    NULL);
  GObject *check = g_object_get_data (G_OBJECT (row), "check");

  g_object_set_data_full (check, "record", g_object_ref (asset), g_object_unref);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  return row;
}

static GtkWidget *
create_usual_asset_row (gpointer item,
                        gpointer user_data)
{
  const AttestAssetSuggestion *suggestion = g_object_get_data (item, "suggestion");

  return attest_setup_step_check_row_new (_(suggestion->name),
                                          attest_enum_get_label (ATTEST_TYPE_ASSET_KIND, suggestion->kind), suggestion);
}

static GtkWidget *
create_threat_row (gpointer item,
                   gpointer user_data)
{
  AttestSetupRisksStep *self = user_data;
  GtkWidget *row;
  GObject *check;
  const char *name;

  if (ATTEST_IS_RECORD (item))
    {
      name = attest_record_get_string (item, "name");
      row = attest_setup_step_check_row_new (name, attest_record_get_string (item, "description"), NULL);
      check = g_object_get_data (G_OBJECT (row), "check");
      g_object_set_data_full (check, "record", g_object_ref (item), g_object_unref);
    }
  else
    {
      const AttestNamedSuggestion *usual = g_object_get_data (item, "suggestion");

      name = _(usual->name);
      row = attest_setup_step_check_row_new (name, _(usual->description), usual);
      check = g_object_get_data (G_OBJECT (row), "check");
    }
  g_object_set_data_full (check, "name", g_strdup (name), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), attest_suggestion_threat_is_likely (self->sector, name));
  return row;
}

static gboolean
is_lacking (gpointer item,
            gpointer names)
{
  g_autofree char *folded = g_utf8_casefold (gtk_string_object_get_string (item), -1);

  return !g_hash_table_contains (names, folded);
}

static void
collect_names (GListModel *model,
               GHashTable *names)
{
  g_hash_table_remove_all (names);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (model, i);

      g_hash_table_add (names, g_utf8_casefold (attest_record_get_string (record, "name"), -1));
    }
}

static void
update_sensitivity (AttestSetupRisksStep *self)
{
  gboolean read_only = attest_setup_step_is_read_only (ATTEST_SETUP_STEP (self));

  gtk_widget_set_sensitive (self->add_assets_button,
                            !read_only && g_list_model_get_n_items (G_LIST_MODEL (self->usual_assets_lacking)) > 0);
  gtk_widget_set_sensitive (self->draft_button, !read_only && g_list_model_get_n_items (records (self, ATTEST_TYPE_ASSET)) > 0);
}

static void
on_assets_changed_cb (AttestSetupRisksStep *self)
{
  gboolean none = g_list_model_get_n_items (records (self, ATTEST_TYPE_ASSET)) == 0;

  /* Rather than the list, a row that says so: a list box's placeholder
   * would keep its last row from being drawn as the last. */
  gtk_widget_set_visible (GTK_WIDGET (self->assets_list), !none);
  gtk_widget_set_visible (self->no_assets_list, none);
  collect_names (records (self, ATTEST_TYPE_ASSET), self->asset_names);
  gtk_filter_changed (self->usual_assets_filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_sensitivity (self);
}

static void
on_threats_changed_cb (AttestSetupRisksStep *self)
{
  collect_names (records (self, ATTEST_TYPE_THREAT), self->threat_names);
  gtk_filter_changed (self->usual_threats_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_risks_changed_cb (AttestSetupRisksStep *self)
{
  guint n_risks = g_list_model_get_n_items (records (self, ATTEST_TYPE_RISK));
  g_autofree char *counted = NULL;

  counted = n_risks == 0
    ? g_strdup (_("No risks recorded yet."))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "%u risk recorded. Rate its likelihood and impact, and choose its treatment, on the Risks page.",
                                    "%u risks recorded. Rate their likelihood and impact, and choose their treatment, on the Risks page.",
                                    n_risks), n_risks);
  gtk_label_set_text (self->count_label, counted);
}

/* Another sector suggests other assets and makes other threats likely:
 * the ticks start again from what it suggests. */
static void
on_sector_selected_cb (AttestSetupRisksStep *self)
{
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  self->sector = adw_combo_row_get_selected (self->sector_row);
  suggested = attest_suggestion_get_assets (self->sector);
  for (guint i = 0; i < suggested->len; i++)
    {
      const AttestAssetSuggestion *suggestion = g_ptr_array_index (suggested, i);
      GtkStringObject *item = gtk_string_object_new (_(suggestion->name));

      g_object_set_data (G_OBJECT (item), "suggestion", (gpointer) suggestion);
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->usual_assets, 0, g_list_model_get_n_items (G_LIST_MODEL (self->usual_assets)),
                       items->pdata, items->len);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->assets_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->threats_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     attest_suggestion_threat_is_likely (self->sector, g_object_get_data (G_OBJECT (check), "name")));
    }
  update_sensitivity (self);
}

static void
asset_from_suggestion (gconstpointer  suggestion,
                       GPtrArray     *new_records)
{
  const AttestAssetSuggestion *s = suggestion;

  g_ptr_array_add (new_records, g_object_new (ATTEST_TYPE_ASSET, "name", _(s->name), "kind", s->kind, NULL));
}

static void
on_add_assets_clicked_cb (AttestSetupRisksStep *self)
{
  attest_setup_step_add_ticked (ATTEST_SETUP_STEP (self), GTK_WIDGET (self->asset_suggestions), asset_from_suggestion);
}

/* The ticked assets and threats become draft risks; a ticked usual threat
 * the workspace lacks is added first. Undo takes the drafts away again. */
static void
on_draft_clicked_cb (AttestSetupRisksStep *self)
{
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) threats = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean new_threats = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->assets_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GObject *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (assets, g_object_ref (g_object_get_data (check, "record")));
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->threats_list)); row; row = gtk_widget_get_next_sibling (row))
    {
      GObject *check = g_object_get_data (G_OBJECT (row), "check");
      AttestRecord *record;
      const AttestNamedSuggestion *usual;

      if (check == NULL || !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      record = g_object_get_data (check, "record");
      usual = g_object_get_data (check, "suggestion");
      if (record != NULL)
        g_ptr_array_add (threats, g_object_ref (record));
      else
        {
          g_ptr_array_add (threats, g_object_new (ATTEST_TYPE_THREAT, "name", _(usual->name),
                                                  "description", _(usual->description), NULL));
          g_object_set_data (G_OBJECT (g_ptr_array_index (threats, threats->len - 1)), "new", GINT_TO_POINTER (TRUE));
          new_threats = TRUE;
        }
    }
  if (assets->len == 0 || threats->len == 0)
    {
      attest_setup_step_toast (ATTEST_SETUP_STEP (self), _("Tick at least one asset and one threat to draft risks from."));
      return;
    }

  if (new_threats)
    {
      gboolean ok = attest_workspace_begin (workspace, &error);

      for (guint i = 0; ok && i < threats->len; i++)
        if (g_object_get_data (G_OBJECT (g_ptr_array_index (threats, i)), "new") != NULL)
          ok = attest_workspace_add (workspace, g_ptr_array_index (threats, i), &error);
      if (ok)
        ok = attest_workspace_commit (workspace, &error);
      else
        attest_workspace_rollback (workspace);
      if (!ok)
        {
          attest_setup_step_toast (ATTEST_SETUP_STEP (self), error->message);
          return;
        }
    }
  if (!attest_suggestion_draft_risks (workspace, assets, threats, &added, &error))
    {
      attest_setup_step_toast (ATTEST_SETUP_STEP (self), error->message);
      return;
    }
  if (added->len == 0)
    {
      attest_setup_step_toast (ATTEST_SETUP_STEP (self),
                               _("Every ticked asset already has a risk from each ticked threat that can harm it."));
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Drafted %u risk to assess on the Risks page",
                                          "Drafted %u risks to assess on the Risks page", added->len),
                             added->len);
  attest_toast_with_undo (GTK_WIDGET (self), workspace, message);
}

static void
attest_setup_risks_step_constructed (GObject *object)
{
  AttestSetupRisksStep *self = ATTEST_SETUP_RISKS_STEP (object);
  g_autoptr(GListStore) usual_threats = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) threat_sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) threats = NULL;
  GtkFilterListModel *usual_threats_lacking;
  const AttestNamedSuggestion *usual;
  guint n_usual;

  G_OBJECT_CLASS (attest_setup_risks_step_parent_class)->constructed (object);

  self->sector = attest_setup_step_fill_sector_row (ATTEST_SETUP_STEP (self), self->sector_row);

  /* The workspace's assets. */
  gtk_list_box_bind_model (self->assets_list, records (self, ATTEST_TYPE_ASSET), create_asset_row, self, NULL);

  /* The usual assets of the sector, but those the workspace has. */
  self->asset_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->threat_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->usual_assets = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->usual_assets_filter = GTK_FILTER (gtk_custom_filter_new (is_lacking, self->asset_names, NULL));
  self->usual_assets_lacking = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->usual_assets)),
                                                          g_object_ref (self->usual_assets_filter));
  collect_names (records (self, ATTEST_TYPE_ASSET), self->asset_names);
  gtk_list_box_bind_model (self->asset_suggestions, G_LIST_MODEL (self->usual_assets_lacking), create_usual_asset_row, self, NULL);

  /* The threats: the workspace's, then the usual ones it lacks. */
  usual = attest_suggestion_get_threats (&n_usual);
  for (guint i = 0; i < n_usual; i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (_(usual[i].name));

      g_object_set_data (G_OBJECT (item), "suggestion", (gpointer) &usual[i]);
      g_list_store_append (usual_threats, item);
    }
  self->usual_threats_filter = GTK_FILTER (gtk_custom_filter_new (is_lacking, self->threat_names, NULL));
  collect_names (records (self, ATTEST_TYPE_THREAT), self->threat_names);
  usual_threats_lacking = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (usual_threats)),
                                                     g_object_ref (self->usual_threats_filter));
  g_list_store_append (threat_sections, records (self, ATTEST_TYPE_THREAT));
  g_list_store_append (threat_sections, usual_threats_lacking);
  g_object_unref (usual_threats_lacking);
  threats = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (threat_sections)));
  gtk_list_box_bind_model (self->threats_list, G_LIST_MODEL (threats), create_threat_row, self, NULL);

  g_signal_connect_object (records (self, ATTEST_TYPE_ASSET), "items-changed", G_CALLBACK (on_assets_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (records (self, ATTEST_TYPE_THREAT), "items-changed", G_CALLBACK (on_threats_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (records (self, ATTEST_TYPE_RISK), "items-changed", G_CALLBACK (on_risks_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sector_row, "notify::selected", G_CALLBACK (on_sector_selected_cb), self, G_CONNECT_SWAPPED);
  on_sector_selected_cb (self);
  on_assets_changed_cb (self);
  on_risks_changed_cb (self);
}

static void
attest_setup_risks_step_dispose (GObject *object)
{
  AttestSetupRisksStep *self = ATTEST_SETUP_RISKS_STEP (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_RISKS_STEP);
  G_OBJECT_CLASS (attest_setup_risks_step_parent_class)->dispose (object);
  g_clear_object (&self->usual_assets_lacking);
  g_clear_object (&self->usual_assets);
  g_clear_object (&self->usual_assets_filter);
  g_clear_object (&self->usual_threats_filter);
}

static void
attest_setup_risks_step_finalize (GObject *object)
{
  AttestSetupRisksStep *self = ATTEST_SETUP_RISKS_STEP (object);

  g_clear_pointer (&self->asset_names, g_hash_table_unref);
  g_clear_pointer (&self->threat_names, g_hash_table_unref);
  G_OBJECT_CLASS (attest_setup_risks_step_parent_class)->finalize (object);
}

static void
attest_setup_risks_step_class_init (AttestSetupRisksStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = attest_setup_risks_step_constructed;
  object_class->dispose = attest_setup_risks_step_dispose;
  object_class->finalize = attest_setup_risks_step_finalize;
  attest_setup_step_class_set_info (ATTEST_SETUP_STEP_CLASS (klass), "risks", N_("First risks"), N_("Clause 6.1.2 c"),
    N_("Risks start from what you must protect: information, systems, places and people. Tick the "
       "assets that matter most and the threats likely in your sector, and Attest drafts a risk for "
       "each threat that can harm each asset. You rate and treat the drafts on the Risks page. For "
       "example: “Laptops and phones: Theft or loss of a device”."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-risks-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, sector_row);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, assets_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, no_assets_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, asset_suggestions);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, add_assets_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, threats_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, draft_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupRisksStep, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_assets_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_draft_clicked_cb);
}

static void
attest_setup_risks_step_init (AttestSetupRisksStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
