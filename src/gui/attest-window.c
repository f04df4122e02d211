/* attest-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-window"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-application.h"
#include "attest-file-chooser.h"
#include "attest-window.h"
#include "attest-export.h"
#include "dialogs/attest-replace-dialog.h"
#include "pages/attest-method-page.h"
#include "pages/attest-soa-page.h"
#include "setup/attest-setup-view.h"
#include "widgets/attest-approval-bar.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-heat-map.h"
#include "widgets/attest-register.h"
#include "pages/attest-documents-page.h"
#include "pages/attest-readiness-page.h"

struct _AttestWindow
{
  AdwApplicationWindow  parent_instance;

  AttestWorkspace      *workspace;
  GSettings            *settings;
  gboolean              disposed;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;   /* the workspace's loading */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkButton            *back_button;
  GtkRevealer          *read_only_revealer;
  GtkRevealer          *sample_revealer;
  GtkRevealer          *private_revealer;
  GtkLabel             *private_label;
  GtkStack             *main_stack;
  AdwStatusPage        *loading_page;
  GtkSpinner           *loading_spinner;
  AdwBin               *setup_bin;
  GtkWidget            *setup_view;
  GtkWidget            *start_setup_button;
  GtkLabel             *read_only_label;
  AdwLeaflet           *leaflet;
  GtkStack             *stack;
  GtkBox               *context_page;
  GtkBox               *parties_page;
  GtkBox               *scope_page;
  GtkBox               *soa_page;
  GtkBox               *assets_page;
  GtkBox               *threats_page;
  GtkBox               *risks_page;
  GtkBox               *treatment_page;
  GtkBox               *method_page;
  GtkWidget            *readiness_page;
  GtkWidget            *documents_page;
  GtkWidget            *heat_maps[2];   /* before and after treatment */
  GtkWidget            *heat_note;
  GtkWidget            *heat_note_label;
  GtkWidget            *risk_register;
  GtkLabel             *scope_statement_label;
  GMenu                *recent_submenu;
  AdwEntryRow          *org_name_row;
  AdwEntryRow          *org_short_name_row;
  AdwEntryRow          *org_sector_row;
  AdwEntryRow          *org_size_row;
  AdwEntryRow          *org_headquarters_row;
  AdwEntryRow          *org_top_management_row;
  AdwEntryRow          *org_isms_manager_row;
  AdwEntryRow          *org_certification_target_row;
  AdwEntryRow          *org_classification_row;
};

G_DEFINE_FINAL_TYPE (AttestWindow, attest_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_WORKSPACE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void show_initial_view (AttestWindow *self);

/* Pages */

static void
update_title (AttestWindow *self)
{
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  const char *name = org ? attest_record_get_string (org, "name") : "";
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->window_title, *name ? name : _("Unnamed organisation"));
  subtitle = attest_workspace_is_read_only (self->workspace)
    ? g_strdup_printf (_("%s (read-only)"), attest_workspace_get_display_name (self->workspace))
    : g_strdup (attest_workspace_get_display_name (self->workspace));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), *name ? name : "Attest");
}

static void
update_scope_statement (AttestWindow *self)
{
  AttestRecord *scope = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SCOPE);
  const char *statement = scope ? attest_record_get_string (scope, "statement") : "";

  gtk_label_set_text (self->scope_statement_label,
                      *statement ? statement : _("No scope statement written yet."));
  if (*statement)
    gtk_widget_remove_css_class (GTK_WIDGET (self->scope_statement_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->scope_statement_label), "dim-label");
}

static const AttestColumn issue_columns[] = {
  { N_("Issue"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("External or internal"), "origin", ATTEST_COLUMN_CHOICE },
  { N_("Category"), "category", ATTEST_COLUMN_CHOICE },
  { N_("Effect on the ISMS"), "effect", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn party_columns[] = {
  { N_("Interested party"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Why they are relevant"), "relevance", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn requirement_columns[] = {
  { N_("Requirement"), "text", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Of"), "party-id", ATTEST_COLUMN_REFERENCE, FALSE, "name" },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Addressed by the ISMS"), "addressed", ATTEST_COLUMN_FLAG },
  { N_("Climate-related"), "climate-related", ATTEST_COLUMN_FLAG },
};

static const AttestColumn scope_item_columns[] = {
  { N_("Part of the scope"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Name"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Justification of an exclusion"), "justification", ATTEST_COLUMN_TEXT, TRUE },
};

/* An asset's value, as the impact scale names it. */
static char *
rating_text (AttestWorkspace *workspace,
             AttestRecord    *record,
             const char      *field)
{
  g_auto(GStrv) scale = attest_risks_dup_scale (workspace, record, field);
  int value = attest_record_get_int (record, field);

  if (value == 0)
    return g_strdup ("—");
  if (scale != NULL && (guint) value < g_strv_length (scale))
    return g_strdup (scale[value]);
  return g_strdup_printf ("%d", value);
}

/* A risk's level before treatment (the column of "likelihood") or after it. */
static char *
level_text (AttestWorkspace *workspace,
            AttestRecord    *risk,
            const char      *field)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  gboolean residual = g_str_has_prefix (field, "residual-");

  return g_strdup (attest_risk_method_level_name (method, attest_risk_level (workspace, risk, residual)));
}

static int
rating_rank (AttestWorkspace *workspace, AttestRecord *record, const char *field)
{
  return attest_record_get_int (record, field);
}

/* Levels sort by rank, lowest first, not assessed before all. */
static int
level_rank (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  return attest_risk_level (workspace, risk, g_str_has_prefix (field, "residual-"));
}

static int
risk_problems_rank (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  return findings->len;
}

static char *
risk_problems_text (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  if (findings->len == 0)
    return g_strdup ("");
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", findings->len), findings->len);
}

static char *
risk_acceptance_text (AttestWorkspace *workspace, AttestRecord *risk, const char *field)
{
  AttestRecord *acceptance = attest_risk_get_acceptance (workspace, risk);

  if (acceptance == NULL)
    return g_strdup ("");
  if (attest_risk_acceptance_is_outdated (workspace, acceptance))
    return g_strdup (_("Out of date"));
  return g_strdup (attest_record_get_enum (acceptance, "decision") == ATTEST_ACCEPTANCE_ACCEPTED
                    ? _("Accepted") : _("Not accepted"));
}

static const AttestColumn asset_columns[] = {
  { N_("Asset"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Kind"), "kind", ATTEST_COLUMN_CHOICE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Confidentiality"), "confidentiality", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
  { N_("Integrity"), "integrity", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
  { N_("Availability"), "availability", ATTEST_COLUMN_COMPUTED, FALSE, NULL, rating_text, rating_rank },
};

static const AttestColumn threat_columns[] = {
  { N_("Threat"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn vulnerability_columns[] = {
  { N_("Vulnerability"), "name", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Description"), "description", ATTEST_COLUMN_TEXT, TRUE },
};

static const AttestColumn risk_columns[] = {
  { N_("Risk"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Level"), "likelihood", ATTEST_COLUMN_COMPUTED, FALSE, NULL, level_text, level_rank },
  { N_("Treatment"), "treatment", ATTEST_COLUMN_CHOICE },
  { N_("Residual"), "residual-likelihood", ATTEST_COLUMN_COMPUTED, FALSE, NULL, level_text, level_rank },
  { N_("Decision"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, risk_acceptance_text },
  { N_("Problems"), NULL, ATTEST_COLUMN_COMPUTED, FALSE, NULL, risk_problems_text, risk_problems_rank },
};

static const AttestColumn action_columns[] = {
  { N_("Action"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("For the risk"), "risk-id", ATTEST_COLUMN_REFERENCE, TRUE, "title" },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Due"), "due-date", ATTEST_COLUMN_TEXT },
  { N_("Status"), "status", ATTEST_COLUMN_CHOICE },
};

/* The clauses a document serves: "5.2, 9.2". */
static char *
document_items_text (AttestWorkspace *workspace, AttestRecord *document, const char *field)
{
  const char * const *items = attest_record_get_strv (document, field);
  GString *text = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const AttestMandatoryItem *item = attest_mandatory_item_lookup (items[i]);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, item ? item->clause : items[i]);
    }
  return g_string_free (text, FALSE);
}

static const AttestColumn document_columns[] = {
  { N_("Identifier"), "identifier", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Title"), "title", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Version"), "version", ATTEST_COLUMN_TEXT },
  { N_("Owner"), "owner", ATTEST_COLUMN_TEXT },
  { N_("Where it is kept"), "location", ATTEST_COLUMN_TEXT, TRUE },
  { N_("Next review"), "next-review", ATTEST_COLUMN_TEXT },
  { N_("Serves"), "mandatory-items", ATTEST_COLUMN_COMPUTED, FALSE, NULL, document_items_text },
};

static const char * const document_form[] = { "identifier", "title", "version", "owner", "location", "approved-by",
                                               "approved-on", "next-review", "classification", "mandatory-items", NULL };

static GtkWidget *
find_child (GtkBox     *box,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child; child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      return child;
  return NULL;
}

static const char * const issue_form[] = { "title", "description", "origin", "category", "effect", "treatment", NULL };
static const char * const party_form[] = { "name", "kind", "relevance", NULL };
static const char * const requirement_form[] = { "party-id", "text", "kind", "addressed", "how-addressed", "climate-related", NULL };
static const char * const scope_item_form[] = { "kind", "name", "description", "justification", NULL };

static const char * const asset_form[] = { "name", "kind", "owner", "location", "classification",
                                           "confidentiality", "integrity", "availability", NULL };
static const char * const threat_form[] = { "name", "description", NULL };
static const char * const risk_form[] = { "title", "description", "threat-id", "vulnerability-id", "owner",
                                          "likelihood", "impact", "existing-controls", "treatment",
                                          "residual-likelihood", "residual-impact", "review-date", NULL };
static const char * const action_form[] = { "risk-id", "title", "owner", "due-date", "status", NULL };

/* The risk register's computed filters: level before treatment, owner, problems. */
static GStrv
risk_level_choices (AttestWorkspace *workspace)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_strv_builder_addv (builder, (const char **) attest_record_get_strv (method, "levels"));
  g_strv_builder_add (builder, attest_risk_method_level_name (method, ATTEST_RISK_NOT_ASSESSED));
  return g_strv_builder_end (builder);
}

static gboolean
risk_level_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  int level = attest_risk_level (workspace, risk, FALSE);

  if (choice == g_strv_length ((char **) attest_record_get_strv (method, "levels")))
    return level < 0;
  return level == (int) choice;
}

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static GStrv
risk_owner_choices (AttestWorkspace *workspace)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  gboolean unowned = FALSE;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = attest_record_get_string (risk, "owner");

      if (owner == NULL || *owner == '\0')
        unowned = TRUE;
      else if (g_hash_table_add (seen, (gpointer) owner))
        g_ptr_array_add (owners, (gpointer) owner);
    }
  g_ptr_array_sort (owners, (GCompareFunc) compare_collated);
  for (guint i = 0; i < owners->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (owners, i));
  if (unowned)
    g_strv_builder_add (builder, C_("owner", "No owner"));
  return g_strv_builder_end (builder);
}

static gboolean
risk_owner_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  const char *owner = attest_record_get_string (risk, "owner");

  if (owner == NULL || *owner == '\0')
    return g_str_equal (name, C_("owner", "No owner"));
  return g_str_equal (owner, name);
}

static GStrv
risk_problem_choices (AttestWorkspace *workspace)
{
  const char * const choices[] = { _("With problems"), _("Without problems"), NULL };

  return g_strdupv ((char **) choices);
}

static gboolean
risk_problem_matches (AttestWorkspace *workspace, AttestRecord *risk, guint choice, const char *name)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  return (findings->len > 0) == (choice == 0);
}

static const AttestRegisterFilter risk_filters[] = {
  { "level-filter", N_("Level"), risk_level_choices, risk_level_matches },
  { "owner-filter", N_("Owner"), risk_owner_choices, risk_owner_matches },
  { "problem-filter", N_("Problems"), risk_problem_choices, risk_problem_matches },
};

static const AttestRegisterSpec registers[] = {
  { "issues-register", 0, issue_columns, G_N_ELEMENTS (issue_columns), issue_form, "category", "title",
    N_("Context issues"), N_("No context issues recorded yet. Add one, or run the guided setup."),
    N_("Search issues"), N_("Add an issue"), N_("New Issue"), N_("Edit Issue") },
  { "parties-register", 0, party_columns, G_N_ELEMENTS (party_columns), party_form, "kind", "name",
    N_("Interested parties"), N_("No interested parties recorded yet."),
    N_("Search interested parties"), N_("Add an interested party"), N_("New Interested Party"), N_("Edit Interested Party") },
  { "requirements-register", 0, requirement_columns, G_N_ELEMENTS (requirement_columns), requirement_form, "kind", "text",
    N_("Requirements of interested parties"), N_("No requirements recorded yet."),
    N_("Search requirements"), N_("Add a requirement"), N_("New Requirement"), N_("Edit Requirement") },
  { "scope-register", 0, scope_item_columns, G_N_ELEMENTS (scope_item_columns), scope_item_form, "kind", "name",
    N_("Parts of the scope"), N_("No units, locations, processes, systems, exclusions or interfaces recorded yet."),
    N_("Search the scope"), N_("Add a part of the scope"), N_("New Part of the Scope"), N_("Edit Part of the Scope") },
  { "assets-register", 0, asset_columns, G_N_ELEMENTS (asset_columns), asset_form, "kind", "name",
    N_("Assets"), N_("No assets recorded yet. Start with the information the organisation could not do without."),
    N_("Search assets"), N_("Add an asset"), N_("New Asset"), N_("Edit Asset") },
  { "threats-register", 0, threat_columns, G_N_ELEMENTS (threat_columns), threat_form, NULL, "name",
    N_("Threats"), N_("No threats recorded yet."),
    N_("Search threats"), N_("Add a threat"), N_("New Threat"), N_("Edit Threat") },
  { "vulnerabilities-register", 0, vulnerability_columns, G_N_ELEMENTS (vulnerability_columns), threat_form, NULL, "name",
    N_("Vulnerabilities"), N_("No vulnerabilities recorded yet."),
    N_("Search vulnerabilities"), N_("Add a vulnerability"), N_("New Vulnerability"), N_("Edit Vulnerability") },
  { "risks-register", 0, risk_columns, G_N_ELEMENTS (risk_columns), risk_form, "treatment", "title",
    N_("Risks"), N_("No risks recorded yet. Add one for each thing that could go wrong with an asset."),
    N_("Search risks"), N_("Add a risk"), N_("New Risk"), N_("Edit Risk"), risk_filters, G_N_ELEMENTS (risk_filters) },
  { "actions-register", 0, action_columns, G_N_ELEMENTS (action_columns), action_form, "status", "title",
    N_("Risk treatment plan"), N_("No treatment actions planned yet."),
    N_("Search actions"), N_("Add a treatment action"), N_("New Treatment Action"), N_("Edit Treatment Action") },
  { "documents-register", 0, document_columns, G_N_ELEMENTS (document_columns), document_form, NULL, "title",
    N_("Document register"), N_("No documents registered yet. Add the policy and the other documents the ISMS keeps, here or elsewhere."),
    N_("Search documents"), N_("Add a document"), N_("New Document"), N_("Edit Document") },
};

static GtkWidget *
add_register (AttestWindow *self,
              GtkBox       *page,
              guint         index,
              GType         kind)
{
  AttestRegisterSpec spec = registers[index];
  GtkWidget *reg;

  spec.kind = kind;
  spec.label = _(spec.label);
  spec.empty_text = _(spec.empty_text);
  reg = attest_register_new (self->workspace, &spec);
  gtk_widget_set_vexpand (reg, TRUE);
  gtk_box_append (page, reg);
  return reg;
}

static void
add_heading (GtkBox     *page,
             const char *text)
{
  GtkWidget *heading = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (page, heading);
}

typedef struct
{
  AttestWorkspace *workspace;
  gboolean         residual;
  int              likelihood;
  int              impact;
} Cell;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_object_unref (cell->workspace);
  g_free (cell);
}

static gboolean
risk_in_cell (AttestRecord *risk,
              gpointer      data)
{
  Cell *cell = data;
  int likelihood, impact;

  attest_risk_get_ratings (cell->workspace, risk, cell->residual, &likelihood, &impact);
  return likelihood == cell->likelihood && impact == cell->impact;
}

/* A cell chosen on one heat map shows only its risks in the register; the
 * other map's choice is cleared, so one cell filters at a time. */
static void
on_heat_map_selection_cb (AttestHeatMap *map,
                          AttestWindow  *self)
{
  AttestHeatMap *other = ATTEST_HEAT_MAP (self->heat_maps[map == ATTEST_HEAT_MAP (self->heat_maps[0])]);
  AttestRecord *method = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_RISK_METHOD);
  int likelihood, impact;

  attest_heat_map_get_selected (map, &likelihood, &impact);
  if (likelihood == 0)
    {
      int other_likelihood, other_impact;

      attest_heat_map_get_selected (other, &other_likelihood, &other_impact);
      if (other_likelihood == 0)
        {
          attest_register_set_match_func (ATTEST_REGISTER (self->risk_register), NULL, NULL, NULL);
          gtk_widget_set_visible (self->heat_note, FALSE);
        }
      return;
    }
  attest_heat_map_select (other, 0, 0);
  {
    Cell *cell = g_new0 (Cell, 1);
    const char * const *likelihoods = attest_record_get_strv (method, "likelihood-scale");
    const char * const *impacts = attest_record_get_strv (method, "impact-scale");
    g_autofree char *text = NULL;

    cell->workspace = g_object_ref (self->workspace);
    cell->residual = attest_heat_map_get_residual (map);
    cell->likelihood = likelihood;
    cell->impact = impact;
    attest_register_set_match_func (ATTEST_REGISTER (self->risk_register), risk_in_cell, cell, cell_free);
    text = g_strdup_printf (cell->residual ? _("Showing the risks of likelihood %d · %s and impact %d · %s after treatment.")
                                           : _("Showing the risks of likelihood %d · %s and impact %d · %s before treatment."),
                            likelihood, likelihoods[likelihood - 1], impact, impacts[impact - 1]);
    gtk_label_set_text (GTK_LABEL (self->heat_note_label), text);
    gtk_widget_set_visible (self->heat_note, TRUE);
  }
}

static void
on_show_all_risks_cb (GtkButton    *button,
                      AttestWindow *self)
{
  attest_heat_map_select (ATTEST_HEAT_MAP (self->heat_maps[0]), 0, 0);
  attest_heat_map_select (ATTEST_HEAT_MAP (self->heat_maps[1]), 0, 0);
}

static void
on_decision_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         AttestWindow     *self)
{
  AttestRecord *risk = g_object_get_data (G_OBJECT (dialog), "risk");
  GtkWidget *by = g_object_get_data (G_OBJECT (dialog), "by");
  GtkWidget *note = g_object_get_data (G_OBJECT (dialog), "note");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int decision;

  if (g_str_equal (response, "accept"))
    decision = ATTEST_ACCEPTANCE_ACCEPTED;
  else if (g_str_equal (response, "reject"))
    decision = ATTEST_ACCEPTANCE_REJECTED;
  else
    return;
  if (attest_risk_accept (self->workspace, risk, gtk_editable_get_text (GTK_EDITABLE (by)), decision,
                          gtk_editable_get_text (GTK_EDITABLE (note)), &error) == NULL)
    message = g_strdup (error->message);
  else
    message = g_strdup_printf (decision == ATTEST_ACCEPTANCE_ACCEPTED
                                 ? _("“%s” is accepted as it stands; the decision is in the history")
                                 : _("“%s” is not accepted; treat it further"),
                               attest_record_get_string (risk, "title"));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static GtkWidget *
add_dialog_row (GtkWidget  *list,
                const char *name,
                const char *title,
                const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* The risk owner's decision on the residual risk (6.1.3 f), on the risk
 * chosen in the register. */
static GtkWindow *
open_decision_dialog (AttestWindow *self)
{
  AttestRecord *risk = attest_record_table_get_selected (attest_register_get_table (ATTEST_REGISTER (self->risk_register)));
  AttestRecord *method = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_RISK_METHOD);
  GtkWidget *dialog, *list;
  g_autofree char *body = NULL;

  if (risk == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Choose a risk in the register first")));
      return NULL;
    }
  body = g_strdup_printf (_("After treatment the risk is %s. The decision is recorded with the risk as it is now; "
                            "if the risk changes later, the decision is marked out of date."),
                          attest_risk_method_level_name (method, attest_risk_level (self->workspace, risk, TRUE)));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), attest_record_get_string (risk, "title"), body);
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  g_object_set_data (G_OBJECT (dialog), "by",
                     add_dialog_row (list, "decided-by", _("Decided by (the risk owner)"), attest_record_get_string (risk, "owner")));
  g_object_set_data (G_OBJECT (dialog), "note", add_dialog_row (list, "decision-note", _("Note"), ""));
  g_object_set_data_full (G_OBJECT (dialog), "risk", g_object_ref (risk), g_object_unref);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reject", _("_Not Accepted"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "accept", _("_Accept the Risk"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decision_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
on_decision_clicked_cb (GtkButton    *button,
                        AttestWindow *self)
{
  open_decision_dialog (self);
}

static void
build_risks_page (AttestWindow *self)
{
  GtkWidget *maps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  GtkWidget *button, *toolbar;

  gtk_box_set_homogeneous (GTK_BOX (maps), TRUE);
  gtk_widget_set_margin_top (maps, 6);
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (i ? _("After treatment") : _("Before treatment"));

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "caption-heading");
      self->heat_maps[i] = attest_heat_map_new (self->workspace, i == 1);
      gtk_widget_set_name (self->heat_maps[i], i ? "heat-map-residual" : "heat-map-inherent");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->heat_maps[i]), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      title, NULL, -1);
      g_signal_connect (self->heat_maps[i], "selection-changed", G_CALLBACK (on_heat_map_selection_cb), self);
      gtk_box_append (GTK_BOX (column), title);
      gtk_box_append (GTK_BOX (column), self->heat_maps[i]);
      gtk_box_append (GTK_BOX (maps), column);
    }
  gtk_box_append (self->risks_page, maps);

  self->heat_note = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_name (self->heat_note, "heat-note");
  self->heat_note_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->heat_note_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->heat_note_label), 0);
  gtk_widget_set_hexpand (self->heat_note_label, TRUE);
  button = gtk_button_new_with_mnemonic (_("Show _All Risks"));
  gtk_widget_set_name (button, "show-all-risks");
  g_signal_connect (button, "clicked", G_CALLBACK (on_show_all_risks_cb), self);
  gtk_box_append (GTK_BOX (self->heat_note), self->heat_note_label);
  gtk_box_append (GTK_BOX (self->heat_note), button);
  gtk_widget_set_visible (self->heat_note, FALSE);
  gtk_widget_set_hexpand (self->heat_note, TRUE);

  /* One row: what the heat map filters by, and the decision on the chosen risk. */
  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (toolbar), self->heat_note);
  button = gtk_button_new_with_mnemonic (_("Record the Owner’s _Decision…"));
  gtk_widget_set_name (button, "record-decision");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Whether the risk owner accepts the chosen risk as it stands after treatment"));
  gtk_widget_set_sensitive (button, !attest_workspace_is_read_only (self->workspace));
  g_signal_connect (button, "clicked", G_CALLBACK (on_decision_clicked_cb), self);
  gtk_box_append (GTK_BOX (toolbar), button);
  gtk_box_append (self->risks_page, toolbar);

  self->risk_register = add_register (self, self->risks_page, 7, ATTEST_TYPE_RISK);
}

static void
on_add_usual_threats_cb (GtkButton    *button,
                         AttestWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint added;

  if (!attest_suggestion_add_threats (self->workspace, &added, &error))
    text = g_strdup (error->message);
  else if (added == 0)
    text = g_strdup (_("You have all the usual threats and vulnerabilities already"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u threat or vulnerability",
                                         "Added %u threats and vulnerabilities", added), added);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* A register is built the first time its page is shown, so that opening a
 * large workspace costs only the page the user looks at. */
static void
build_register_page (AttestWindow *self,
                     const char   *name)
{
  if (g_strcmp0 (name, "context") == 0 && find_child (self->context_page, "issues-register") == NULL)
    add_register (self, self->context_page, 0, ATTEST_TYPE_CONTEXT_ISSUE);
  else if (g_strcmp0 (name, "parties") == 0 && find_child (self->parties_page, "parties-register") == NULL)
    {
      add_register (self, self->parties_page, 1, ATTEST_TYPE_INTERESTED_PARTY);
      add_heading (self->parties_page, _("Their requirements, and whether the ISMS addresses them"));
      add_register (self, self->parties_page, 2, ATTEST_TYPE_REQUIREMENT);
    }
  else if (g_strcmp0 (name, "scope") == 0 && find_child (self->scope_page, "scope-register") == NULL)
    {
      /* The statement and its boundaries are one document, approved in versions. */
      gtk_box_insert_child_after (self->scope_page, attest_approval_bar_new (self->workspace, "scope"),
                                  GTK_WIDGET (self->scope_statement_label));
      add_register (self, self->scope_page, 3, ATTEST_TYPE_SCOPE_ITEM);
    }
  else if (g_strcmp0 (name, "method") == 0 && gtk_widget_get_first_child (GTK_WIDGET (self->method_page)) == NULL)
    {
      GtkWidget *page = attest_method_page_new (self->workspace);

      gtk_widget_set_name (page, "method");
      gtk_widget_set_vexpand (page, TRUE);
      gtk_box_append (self->method_page, page);
    }
  else if (g_strcmp0 (name, "assets") == 0 && find_child (self->assets_page, "assets-register") == NULL)
    add_register (self, self->assets_page, 4, ATTEST_TYPE_ASSET);
  else if (g_strcmp0 (name, "threats") == 0 && find_child (self->threats_page, "threats-register") == NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Add _Usual Threats and Vulnerabilities"));

      gtk_widget_set_name (button, "add-usual-threats");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, _("Adds a short list in our words of what usually threatens an organisation "
                                             "and the weaknesses usually exploited; those you have are not added again."));
      gtk_widget_set_sensitive (button, !attest_workspace_is_read_only (self->workspace));
      g_signal_connect (button, "clicked", G_CALLBACK (on_add_usual_threats_cb), self);
      gtk_box_append (self->threats_page, button);
      add_register (self, self->threats_page, 5, ATTEST_TYPE_THREAT);
      add_heading (self->threats_page, _("Vulnerabilities: weaknesses a threat could exploit"));
      add_register (self, self->threats_page, 6, ATTEST_TYPE_VULNERABILITY);
    }
  else if (g_strcmp0 (name, "risks") == 0 && find_child (self->risks_page, "risks-register") == NULL)
    build_risks_page (self);
  else if (g_strcmp0 (name, "treatment") == 0 && find_child (self->treatment_page, "actions-register") == NULL)
    {
      gtk_box_append (self->treatment_page, attest_approval_bar_new (self->workspace, "treatment-plan"));
      add_register (self, self->treatment_page, 8, ATTEST_TYPE_TREATMENT_ACTION);
    }
  else if (g_strcmp0 (name, "documents") == 0 && find_child (GTK_BOX (self->documents_page), "documents-register") == NULL)
    add_register (self, GTK_BOX (self->documents_page), 9, ATTEST_TYPE_DOCUMENT_ENTRY);
  else if (g_strcmp0 (name, "soa") == 0 && gtk_widget_get_first_child (GTK_WIDGET (self->soa_page)) == NULL)
    {
      GtkWidget *page = attest_soa_page_new (self->workspace);

      gtk_widget_set_name (page, "soa");
      gtk_widget_set_vexpand (page, TRUE);
      gtk_box_append (self->soa_page, page);
    }
}

static void
on_write_failed_cb (AttestWorkspace *workspace,
                    GError          *error,
                    AttestWindow    *self)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A workspace others may read (copied in from elsewhere, unpacked from an
 * archive) is said so, with the fix at hand. */
static void
update_private_banner (AttestWindow *self)
{
  guint mode = 0;
  gboolean exposed = self->workspace != NULL
                     && attest_workspace_is_readable_by_others (self->workspace, &mode);

  if (exposed)
    {
      g_autofree char *text = g_strdup_printf (_("Other users of this computer can read “%s” (permissions %04o). Make it private to keep your ISMS to yourself."),
                                               attest_workspace_get_display_name (self->workspace), mode);

      gtk_label_set_text (self->private_label, text);
    }
  gtk_revealer_set_reveal_child (self->private_revealer, exposed);
}

static void
make_private_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    return;
  if (!attest_workspace_make_private (self->workspace, &error))
    attest_window_add_toast (self, error->message);
  else
    attest_window_add_toast (self, _("Only you can read this workspace now."));
  update_private_banner (self);
}

/* Loading: a large workspace's window shows as soon as the file is checked
 * and its singletons are read (attest_workspace_open_deferred()); its
 * registers follow. Until then the window says so and offers nothing to
 * edit, export or print. */

static const char * const workspace_actions[] = {
  "win.save-as", "win.export-audit-pack", "win.print", "win.start-setup",
};

static void
set_workspace_actions_enabled (AttestWindow *self,
                               gboolean      enabled)
{
  for (guint i = 0; i < G_N_ELEMENTS (workspace_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), workspace_actions[i], enabled);
}

/* A record found damaged while loading: the file is refused as it would
 * have been before the window showed, and left as it was. */
static void
refuse_workspace (AttestWindow *self,
                  GError       *error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = g_strdup (attest_workspace_get_path (self->workspace));

  g_object_ref (app != NULL ? (gpointer) app : (gpointer) self);
  gtk_window_destroy (GTK_WINDOW (self));
  if (ATTEST_IS_APPLICATION (app))
    attest_application_show_open_error (ATTEST_APPLICATION (app), path, error, NULL);
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
      GtkWidget *dialog = adw_message_dialog_new (NULL, heading, error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (app != NULL ? (gpointer) app : (gpointer) self);
}

static void
on_workspace_loaded_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(AttestWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!attest_workspace_load_finish (ATTEST_WORKSPACE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !self->disposed)
        refuse_workspace (self, error);
      return;
    }
  if (self->disposed)
    return;
  gtk_spinner_stop (self->loading_spinner);
  set_workspace_actions_enabled (self, TRUE);
  build_register_page (self, gtk_stack_get_visible_child_name (self->stack));
  show_initial_view (self);
}

static void
on_loading_first_paint_cb (GdkFrameClock *clock,
                           AttestWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_loading_first_paint_cb, self);
  attest_workspace_load_async (self->workspace, self->cancellable, on_workspace_loaded_cb, g_object_ref (self));
}

static void
on_loading_realize_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, on_loading_realize_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_loading_first_paint_cb), widget, 0);
}

static void
show_loading (AttestWindow *self)
{
  g_autofree char *description =
    g_strdup_printf (_("Reading every record of “%s”. It can be changed once it is loaded."),
                     attest_workspace_get_display_name (self->workspace));

  adw_status_page_set_description (self->loading_page, description);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  set_workspace_actions_enabled (self, FALSE);
  self->cancellable = g_cancellable_new ();
  /* The records are read once the window is on screen: the first frame
   * does not wait for a step of the load. */
  g_signal_connect (self, "realize", G_CALLBACK (on_loading_realize_cb), NULL);
}

static void
bind_workspace (AttestWindow *self)
{
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  AttestRecord *scope = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SCOPE);
  const char *reason = attest_workspace_get_read_only_reason (self->workspace);
  gboolean read_only = attest_workspace_is_read_only (self->workspace);
  const struct { AdwEntryRow *row; const char *property; } fields[] = {
    { self->org_name_row, "name" },
    { self->org_short_name_row, "short-name" },
    { self->org_sector_row, "sector" },
    { self->org_size_row, "size" },
    { self->org_headquarters_row, "headquarters" },
    { self->org_top_management_row, "top-management" },
    { self->org_isms_manager_row, "isms-manager" },
    { self->org_certification_target_row, "certification-target" },
    { self->org_classification_row, "classification" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      attest_bind_text_field (GTK_EDITABLE (fields[i].row), org, fields[i].property);
      gtk_editable_set_editable (GTK_EDITABLE (fields[i].row), !read_only);
    }
  g_signal_connect_object (org, "notify::name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  update_title (self);

  g_signal_connect_object (scope, "notify::statement", G_CALLBACK (update_scope_statement), self, G_CONNECT_SWAPPED);
  update_scope_statement (self);

  if (read_only)
    {
      gtk_label_set_text (self->read_only_label,
                          reason ? reason : _("This workspace is open for reading only; changes cannot be made."));
      gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
    }

  update_private_banner (self);

  g_signal_connect_object (self->workspace, "write-failed", G_CALLBACK (on_write_failed_cb), self, 0);
  attest_readiness_page_set_workspace (ATTEST_READINESS_PAGE (self->readiness_page), self->workspace);
  /* The workspace opens on its organisation: the readiness rules over a
   * large workspace take a moment, paid when the user asks for them. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "readiness") == 0)
    gtk_stack_set_visible_child_name (self->stack, "organisation");
  if (attest_workspace_is_loaded (self->workspace))
    {
      build_register_page (self, gtk_stack_get_visible_child_name (self->stack));
      show_initial_view (self);
    }
  else
    show_loading (self);
}

/* Recent files */

static void
update_recent_menu (AttestWindow *self)
{
  g_auto(GStrv) recent = NULL;

  if (self->settings == NULL || self->recent_submenu == NULL)
    return;
  g_menu_remove_all (self->recent_submenu);
  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *name = g_filename_display_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_submenu, item);
    }
}

/* Save As */

/**
 * attest_window_save_copy:
 * @self: a window
 * @path: where to write the copy
 * @flags: %ATTEST_OUTPUT_FORCE to replace another workspace
 * @error: return location for an error
 *
 * Writes a copy of the window's workspace and tells the user with a toast.
 * The window goes on editing its own file.
 *
 * Returns: %TRUE on success
 */
gboolean
attest_window_save_copy (AttestWindow       *self,
                         const char         *path,
                         AttestOutputFlags   flags,
                         GError            **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *message = NULL;

  if (!attest_workspace_save_copy (self->workspace, path, flags, error))
    return FALSE;
  message = g_strdup_printf (_("Saved a copy as “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  return TRUE;
}

static void
show_error (AttestWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  gtk_widget_set_name (dialog, "error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  AttestWindow *window;
  char         *path;
} CopyRequest;

static void
copy_request_free (gpointer data)
{
  CopyRequest *request = data;

  g_object_unref (request->window);
  g_free (request->path);
  g_free (request);
}

static void
replace_with_copy (gpointer data)
{
  CopyRequest *request = data;
  g_autoptr(GError) error = NULL;

  if (!attest_window_save_copy (request->window, request->path, ATTEST_OUTPUT_FORCE, &error))
    show_error (request->window, _("Could Not Save a Copy"), error->message);
}

/**
 * attest_window_save_copy_as:
 * @self: a window
 * @path: the name chosen in the Save a Copy dialog
 *
 * Saves a copy there, asking first when @path is another workspace, and
 * says in a dialog why it was not written otherwise (the workspace itself,
 * a folder…).
 */
void
attest_window_save_copy_as (AttestWindow *self,
                            const char   *path)
{
  g_autoptr(GError) error = NULL;

  if (attest_window_save_copy (self, path, ATTEST_OUTPUT_DEFAULT, &error))
    return;
  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE))
    {
      CopyRequest *request = g_new0 (CopyRequest, 1);

      request->window = g_object_ref (self);
      request->path = g_strdup (path);
      attest_replace_dialog_new (GTK_WINDOW (self), path, _("this copy"), replace_with_copy, request, copy_request_free);
      return;
    }
  show_error (self, _("Could Not Save a Copy"), error->message);
}

static void
on_save_as_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        AttestWindow    *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  if (path != NULL)
    attest_window_save_copy_as (self, path);
  g_clear_object (&self->chooser);
}

static void
export_audit_pack_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);

  attest_export_audit_pack_dialog (GTK_WINDOW (self), self->workspace);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (attest_print_audit_pack (GTK_WINDOW (self), self->workspace, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestWindow *self = ATTEST_WINDOW (widget);
  g_autofree char *stem = NULL;
  g_autofree char *suggested = NULL;
  const char *name = attest_workspace_get_display_name (self->workspace);

  stem = g_str_has_suffix (name, ".isms") ? g_strndup (name, strlen (name) - 5) : g_strdup (name);
  suggested = g_strdup_printf (_("%s (copy).isms"), stem);
  g_clear_object (&self->chooser);
  self->chooser = attest_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                           _("Save a Copy"), _("_Save"), suggested);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Welcome and guided setup */

static void
on_setup_finished_cb (AttestSetupView *view,
                      AttestWindow    *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  attest_window_add_toast (self, _("The guided setup is complete. Everything stays editable here."));
}

static void
show_setup (AttestWindow *self)
{
  if (self->setup_view == NULL)
    {
      self->setup_view = attest_setup_view_new (self->workspace);
      g_signal_connect_object (self->setup_view, "finished", G_CALLBACK (on_setup_finished_cb), self, 0);
      adw_bin_set_child (self->setup_bin, self->setup_view);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "setup");
}

static void
start_setup_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_setup (ATTEST_WINDOW (widget));
}

/* An empty workspace opens on the welcome page, a setup left half-way on its
 * step, anything else on the registers. */
static void
show_initial_view (AttestWindow *self)
{
  AttestRecord *setup = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SETUP);
  gboolean completed = setup != NULL && attest_record_get_boolean (setup, "completed");
  gboolean started = setup != NULL && *attest_record_get_string (setup, "step") != '\0';

  gtk_revealer_set_reveal_child (self->sample_revealer, setup != NULL && attest_record_get_boolean (setup, "sample"));
  if (!completed && started)
    show_setup (self);
  else if (!completed && attest_workspace_is_empty (self->workspace))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      /* Enter starts the setup. */
      gtk_window_set_default_widget (GTK_WINDOW (self), self->start_setup_button);
      gtk_widget_grab_focus (self->start_setup_button);
    }
  else
    gtk_stack_set_visible_child_name (self->main_stack, "main");
}

/* Navigation */

static void
on_leaflet_folded_cb (AttestWindow *self)
{
  gboolean folded;

  /* Also emitted while the template is built and torn down. */
  if (self->disposed || self->leaflet == NULL || self->stack == NULL || self->back_button == NULL)
    return;
  folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          folded && adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->stack));
}

static void
on_stack_page_cb (AttestWindow *self)
{
  if (self->disposed || self->leaflet == NULL)
    return;
  if (self->stack != NULL && self->workspace != NULL && self->context_page != NULL)
    build_register_page (self, gtk_stack_get_visible_child_name (self->stack));
  if (self->stack != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->stack));
}

static void
on_back_clicked_cb (AttestWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Object */

static gboolean
attest_window_close_request (GtkWindow *window)
{
  AttestWindow *self = ATTEST_WINDOW (window);
  GtkWidget *focus = gtk_window_get_focus (window);

  /* Whatever is being typed is saved before the window goes. */
  while (focus != NULL && !GTK_IS_EDITABLE (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL)
    attest_field_flush (GTK_EDITABLE (focus));

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (attest_window_parent_class)->close_request (window);
}

static void
attest_window_constructed (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  G_OBJECT_CLASS (attest_window_parent_class)->constructed (object);

  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_signal_connect_object (self->settings, "changed::recent-files",
                               G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
      update_recent_menu (self);
    }

  bind_workspace (self);
}

/* Whatever was typed and not yet saved, in any field of the window. */
static void
flush_fields (GtkWidget *widget)
{
  attest_field_flush (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    flush_fields (child);
}

static void
attest_window_dispose (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  /* Saved before the workspace closes with the window (below). */
  if (self->workspace != NULL && !attest_workspace_is_closed (self->workspace))
    flush_fields (GTK_WIDGET (self));

  /* Template callbacks still fire while the template is torn down. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_WINDOW);
  /* A window's workspace closes with it: its file is closed and the lock
   * released now, even if GTK keeps one of the window's widgets (and the
   * reference it holds) a while longer. */
  if (self->workspace != NULL && !attest_workspace_is_closed (self->workspace))
    attest_workspace_close (self->workspace);

  G_OBJECT_CLASS (attest_window_parent_class)->dispose (object);
}

static void
attest_window_finalize (GObject *object)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (attest_window_parent_class)->finalize (object);
}

static void
attest_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AttestWindow *self = ATTEST_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_window_class_init (AttestWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = attest_window_constructed;
  object_class->dispose = attest_window_dispose;
  object_class->finalize = attest_window_finalize;
  object_class->get_property = attest_window_get_property;
  object_class->set_property = attest_window_set_property;
  window_class->close_request = attest_window_close_request;

  /**
   * AttestWindow:workspace:
   *
   * The workspace the window shows and edits.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ATTEST_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATTEST_TYPE_READINESS_PAGE);
  g_type_ensure (ATTEST_TYPE_DOCUMENTS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/attest-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, sample_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, private_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, private_label);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, setup_bin);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, start_setup_button);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, context_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, parties_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, scope_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, soa_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, assets_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, threats_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, risks_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, treatment_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, method_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, readiness_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, documents_page);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, scope_statement_label);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_name_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_short_name_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_sector_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_size_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_headquarters_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_top_management_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_isms_manager_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_certification_target_row);
  gtk_widget_class_bind_template_child (widget_class, AttestWindow, org_classification_row);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-audit-pack", NULL, export_audit_pack_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.start-setup", NULL, start_setup_action);
  gtk_widget_class_install_action (widget_class, "win.make-private", NULL, make_private_action);
}

static void
attest_window_init (AttestWindow *self)
{
  static gsize icons_added;

  /* Our icons, also when running from the build folder. */
  if (g_once_init_enter (&icons_added))
    {
      gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                        RESOURCE_BASE "/icons");
      g_once_init_leave (&icons_added, 1);
    }
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_window_new:
 * @application: (nullable): the application
 * @workspace: the workspace to show
 *
 * A workspace that is not loaded yet (attest_workspace_open_deferred()) is
 * loaded by the window, which says so meanwhile; a record found damaged
 * then closes the window with the reason.
 *
 * Returns: (transfer full): a new window
 */
AttestWindow *
attest_window_new (GtkApplication  *application,
                   AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_WINDOW,
                       "application", application,
                       "workspace", workspace,
                       NULL);
}

/**
 * attest_window_get_workspace:
 * @self: a window
 *
 * Returns: (transfer none): its workspace
 */
AttestWorkspace *
attest_window_get_workspace (AttestWindow *self)
{
  g_return_val_if_fail (ATTEST_IS_WINDOW (self), NULL);
  return self->workspace;
}

/**
 * attest_window_show_page:
 * @self: a window
 * @name: "readiness", "organisation", "context", "parties", "scope",
 *   "assets", "threats", "method", "risks", "treatment", "soa" or "documents"
 *
 * Shows a section of the workspace.
 */
void
attest_window_show_page (AttestWindow *self,
                         const char   *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

/* The page that shows a kind's records. */
static const char *
page_of_record (AttestRecord *record)
{
  static const struct { const char *kind, *page; } pages[] = {
    { "organisation", "organisation" }, { "context-issue", "context" }, { "interested-party", "parties" },
    { "requirement", "parties" }, { "scope", "scope" }, { "scope-item", "scope" }, { "soa-entry", "soa" },
    { "evidence", "soa" }, { "soa-version", "soa" }, { "risk-method", "method" }, { "asset", "assets" },
    { "threat", "threats" }, { "vulnerability", "threats" }, { "risk", "risks" }, { "risk-acceptance", "risks" },
    { "treatment-action", "treatment" }, { "document", "documents" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].kind, attest_record_get_kind (record)))
      return pages[i].page;
  return NULL;
}

/* Selects the record in whichever register of the page lists it. */
static gboolean
select_in_registers (GtkWidget    *page,
                     AttestRecord *record)
{
  for (GtkWidget *child = gtk_widget_get_first_child (page); child; child = gtk_widget_get_next_sibling (child))
    {
      AttestRecordTable *table;
      GListModel *model;

      if (!ATTEST_IS_REGISTER (child))
        continue;
      table = attest_register_get_table (ATTEST_REGISTER (child));
      attest_register_set_search (ATTEST_REGISTER (child), "");
      model = attest_record_table_get_model (table);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AttestRecord) item = g_list_model_get_item (model, i);

          if (item == record)
            {
              attest_record_table_select (table, i);
              return TRUE;
            }
        }
    }
  return FALSE;
}

/**
 * attest_window_show_record:
 * @self: a window
 * @record: (nullable): a record
 * @page: (nullable): the page to show when @record is %NULL or has none
 *
 * Shows the page that lists @record, with the record selected (an SoA entry
 * open in the SoA page's editor).
 */
void
attest_window_show_record (AttestWindow *self,
                           AttestRecord *record,
                           const char   *page)
{
  const char *name = record ? page_of_record (record) : NULL;
  GtkWidget *child;

  g_return_if_fail (ATTEST_IS_WINDOW (self));

  /* A decision is shown with its risk; an evidence reference with its control. */
  if (record != NULL && g_str_equal (attest_record_get_kind (record), "risk-acceptance"))
    record = attest_workspace_lookup (self->workspace, attest_record_get_string (record, "risk-id"));
  else if (record != NULL && g_str_equal (attest_record_get_kind (record), "evidence"))
    record = attest_workspace_lookup (self->workspace, attest_record_get_string (record, "soa-entry-id"));
  if (name == NULL)
    name = page;
  if (name == NULL || gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return;
  attest_window_show_page (self, name);
  build_register_page (self, name);
  if (record == NULL)
    return;
  child = gtk_stack_get_child_by_name (self->stack, name);
  if (g_str_equal (name, "soa"))
    {
      GtkWidget *soa = gtk_widget_get_first_child (child);

      if (ATTEST_IS_SOA_PAGE (soa))
        attest_soa_page_select (ATTEST_SOA_PAGE (soa), record);
    }
  else
    select_in_registers (child, record);
}

/**
 * attest_window_get_view:
 * @self: a window
 *
 * Returns: "loading" while the workspace is read, then "welcome", "setup"
 *   or "main"
 */
const char *
attest_window_get_view (AttestWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * attest_window_get_setup_view:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the guided setup, once shown
 */
GtkWidget *
attest_window_get_setup_view (AttestWindow *self)
{
  return self->setup_view;
}

/**
 * attest_window_add_toast:
 * @self: a window
 * @message: what to tell the user
 *
 * Shows a short message at the bottom of the window.
 */
void
attest_window_add_toast (AttestWindow *self,
                         const char   *message)
{
  attest_window_show_toast (self, adw_toast_new (message));
}

/**
 * attest_window_show_toast:
 * @self: a window
 * @toast: (transfer full): a toast, with a button or not
 *
 * Shows a toast at the bottom of the window.
 */
void
attest_window_show_toast (AttestWindow *self,
                          AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
