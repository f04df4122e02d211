/* attest-risks-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-register-specs.h"
#include "attest-risks-page.h"
#include "attest-page.h"
#include "dialogs/attest-decision-dialog.h"
#include "widgets/attest-heat-map.h"
#include "widgets/attest-register.h"
#include "widgets/attest-toast.h"

/* The risk register (its cells and filters are the "risk" entry of
 * attest-register-specs.c) below two heat maps, before and after
 * treatment: a cell chosen on a map shows only its risks. Record the
 * Owner's Decision asks the owner of the chosen risk whether it is
 * accepted as it stands after treatment (AttestDecisionDialog). The maps
 * and the register are built the first time the page is shown. */

struct _AttestRisksPage
{
  AttestPage       parent_instance;

  GtkWidget       *heat_maps[2];   /* before and after treatment */
  GtkWidget       *risk_register;

  /* Template widgets */
  GtkBox          *inherent_column;
  GtkBox          *residual_column;
  GtkWidget       *inherent_title;
  GtkWidget       *residual_title;
  GtkExpander     *heat_maps_expander;
  GtkWidget       *heat_note;
  GtkLabel        *heat_note_label;
};

G_DEFINE_FINAL_TYPE (AttestRisksPage, attest_risks_page, ATTEST_TYPE_PAGE)

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
on_heat_map_selection_cb (AttestHeatMap   *map,
                          AttestRisksPage *self)
{
  AttestHeatMap *other = ATTEST_HEAT_MAP (self->heat_maps[map == ATTEST_HEAT_MAP (self->heat_maps[0])]);
  AttestRecord *method = attest_risks_get_method (attest_page_get_workspace (ATTEST_PAGE (self)));
  const char * const *likelihoods = attest_record_get_strv (method, "likelihood-scale");
  const char * const *impacts = attest_record_get_strv (method, "impact-scale");
  g_autofree char *text = NULL;
  int likelihood, impact;
  Cell *cell;

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

  cell = g_new0 (Cell, 1);
  cell->workspace = g_object_ref (attest_page_get_workspace (ATTEST_PAGE (self)));
  cell->residual = attest_heat_map_get_residual (map);
  cell->likelihood = likelihood;
  cell->impact = impact;
  attest_register_set_match_func (ATTEST_REGISTER (self->risk_register), risk_in_cell, cell, cell_free);
  text = g_strdup_printf (cell->residual ? _("Showing the risks of likelihood %d · %s and impact %d · %s after treatment.")
                                         : _("Showing the risks of likelihood %d · %s and impact %d · %s before treatment."),
                          likelihood, likelihoods[likelihood - 1], impact, impacts[impact - 1]);
  gtk_label_set_text (self->heat_note_label, text);
  gtk_widget_set_visible (self->heat_note, TRUE);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AttestRisksPage *self = ATTEST_RISKS_PAGE (widget);

  if (!attest_page_is_filled (ATTEST_PAGE (self)))
    return;
  attest_heat_map_select (ATTEST_HEAT_MAP (self->heat_maps[0]), 0, 0);
  attest_heat_map_select (ATTEST_HEAT_MAP (self->heat_maps[1]), 0, 0);
}

/* The risk owner's decision on the residual risk (6.1.3 f), on the risk
 * chosen in the register. */
static void
record_decision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AttestRisksPage *self = ATTEST_RISKS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *risk;
  GtkRoot *root;

  if (!attest_page_is_filled (ATTEST_PAGE (self)))
    return;
  risk = attest_record_table_get_selected (attest_register_get_table (ATTEST_REGISTER (self->risk_register)));
  if (risk == NULL)
    {
      attest_toast_add (widget, _("Choose a risk in the register first"));
      return;
    }
  root = gtk_widget_get_root (widget);
  attest_decision_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, workspace, risk);
}

/* A window at least this tall shows the heat maps and the register's rows
 * together; a shorter one starts with the heat maps folded away. */
#define TALL_WINDOW 860

static GtkWidget *
add_heat_map (AttestRisksPage *self,
              GtkBox          *column,
              GtkWidget       *title,
              gboolean         residual)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkWidget *map = attest_heat_map_new (workspace, residual);

  gtk_widget_set_name (map, residual ? "heat-map-residual" : "heat-map-inherent");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  g_signal_connect (map, "selection-changed", G_CALLBACK (on_heat_map_selection_cb), self);
  gtk_box_append (column, map);
  return map;
}

static gboolean
attest_risks_page_fill (AttestPage *page)
{
  AttestRisksPage *self = ATTEST_RISKS_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *decision, *label;
  int width = 0, height = 0;

  self->heat_maps[0] = add_heat_map (self, self->inherent_column, self->inherent_title, FALSE);
  self->heat_maps[1] = add_heat_map (self, self->residual_column, self->residual_title, TRUE);
  /* In a short window the heat maps would leave the register a few rows:
   * they start folded away there, a click from view. */
  if (GTK_IS_WINDOW (root))
    {
      height = gtk_widget_get_height (GTK_WIDGET (root));
      if (height <= 0)
        gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
    }
  gtk_expander_set_expanded (self->heat_maps_expander, height <= 0 || height >= TALL_WINDOW);
  self->risk_register = attest_register_new_for_kind (workspace, "risk");
  gtk_widget_set_parent (self->risk_register, GTK_WIDGET (self));
  /* The decision on the chosen risk sits with Edit and Delete. */
  decision = gtk_button_new ();
  /* Shortened in a narrow window, never widening it. */
  label = gtk_label_new_with_mnemonic (_("Record the Owner’s _Decision…"));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), decision);
  gtk_button_set_child (GTK_BUTTON (decision), label);
  gtk_widget_set_name (decision, "record-decision");
  gtk_widget_set_tooltip_text (decision, _("Whether the risk owner accepts the chosen risk as it stands after treatment"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (decision), "risks-page.record-decision");
  attest_register_add_tool (ATTEST_REGISTER (self->risk_register), decision);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risks-page.record-decision",
                                 !attest_workspace_is_read_only (workspace));
  return TRUE;
}

/**
 * attest_risks_page_select:
 * @self: the risks page
 * @risk: a risk
 *
 * Selects @risk in the register, its search cleared, with the keyboard on
 * its row.
 *
 * Returns: %TRUE if the register lists it
 */
gboolean
attest_risks_page_select (AttestRisksPage *self,
                          AttestRecord    *risk)
{
  g_return_val_if_fail (ATTEST_IS_RISKS_PAGE (self), FALSE);

  if (!attest_page_fill (ATTEST_PAGE (self)))
    return FALSE;
  return attest_register_show_record (ATTEST_REGISTER (self->risk_register), risk);
}

static void
attest_risks_page_dispose (GObject *object)
{
  AttestRisksPage *self = ATTEST_RISKS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_RISKS_PAGE);
  G_OBJECT_CLASS (attest_risks_page_parent_class)->dispose (object);
}

static void
attest_risks_page_class_init (AttestRisksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_risks_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_risks_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-risks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, inherent_column);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, residual_column);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, inherent_title);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, residual_title);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, heat_maps_expander);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, heat_note);
  gtk_widget_class_bind_template_child (widget_class, AttestRisksPage, heat_note_label);

  gtk_widget_class_install_action (widget_class, "risks-page.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "risks-page.record-decision", NULL, record_decision_action);
}

static void
attest_risks_page_init (AttestRisksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_risks_page_new:
 * @workspace: (nullable): the workspace whose risks it shows
 *
 * Returns: (transfer full): a new risks page
 */
GtkWidget *
attest_risks_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_RISKS_PAGE, "workspace", workspace, NULL);
}
