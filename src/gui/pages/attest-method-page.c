/* attest-method-page.c: the risk method (6.1.2) as a page.
 *
 * The method's scales, how a level is computed, the levels and their
 * colours, the acceptance level, the escalation level and who decides
 * there, and when assessments are repeated, edited in
 * place and saved as typed. A preset replaces the scales with Undo. After
 * every change of the method the page says how many risks changed level;
 * the levels are never stored, so nothing is lost by trying.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-method-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "attest-method-page.h"
#include "widgets/attest-undo.h"
#include "attest-page.h"
#include "widgets/attest-toast.h"
#include "widgets/attest-approval-bar.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-risk-matrix.h"
#include "widgets/attest-level-editor.h"
#include "widgets/attest-scale-editor.h"

struct _AttestMethodPage
{
  AttestPage       parent_instance;

  AttestRecord    *method;
  GArray          *levels;       /* every risk's levels before the last method change */
  GtkWidget       *computation_form;
  GtkWidget       *form;
  GtkWidget       *matrix;
  guint            n_likelihood; /* the scales' sizes the matrix was last fitted to */
  guint            n_impact;
  int              scores;       /* product or sum, the last used: a new matrix starts from it */
  char            *problems_text;
  gboolean         applying;     /* a preset: one message at the end */
  gboolean         embedded;

  /* Template widgets */
  GtkBox              *box;
  AdwPreferencesGroup *presets;
  GtkWidget           *problems;
  GtkBox              *scales_box;
  GtkWidget           *computation_group;
  GtkBox              *levels_box;
  GtkWidget           *form_group;
  GtkWidget           *matrix_group;
};

G_DEFINE_FINAL_TYPE (AttestMethodPage, attest_method_page, ATTEST_TYPE_PAGE)

/* The scales and the levels have editors of their own (AttestScaleEditor,
 * AttestLevelEditor). */
static const char * const computation_fields[] = { "computation", NULL };
static const char * const method_fields[] = {
  "acceptance-level", "escalation-level", "escalation-authority", "review-interval", "review-triggers",
  "identification", NULL
};

static void
toast (AttestMethodPage *self,
       AdwToast         *toast)
{
  attest_toast_show (GTK_WIDGET (self), toast);
}

static void
update_problems (AttestMethodPage *self)
{
  g_autoptr(GPtrArray) problems = attest_risk_method_check (self->method);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s%s", text->len ? "\n" : "", problem->message);
    }
  g_free (self->problems_text);
  self->problems_text = g_strdup (text->str);
  gtk_label_set_text (GTK_LABEL (self->problems), text->str);
  gtk_widget_set_visible (self->problems, text->len > 0);
}

static gboolean
is_matrix (AttestMethodPage *self)
{
  return attest_record_get_enum (self->method, "computation") == ATTEST_RISK_COMPUTATION_MATRIX;
}

/* The matrix shows every cell's level: painted by hand for the matrix, as
 * the scores give it for product and sum. */
static void
update_computation (AttestMethodPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  attest_risk_matrix_set_paintable (ATTEST_RISK_MATRIX (self->matrix),
                                    is_matrix (self) && !attest_workspace_is_read_only (workspace));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->matrix_group), is_matrix (self)
    ? _("Choose a level, then click each cell that has it, or press the level’s number on a cell. The matrix "
        "started from the levels the scores gave; likelihood rises upwards, impact to the right.")
    : _("The level of each cell, as the scores give it: likelihood rises upwards, impact to the right. Choose "
        "“Matrix” above to paint the cells yourself."));
}

/* The matrix follows the scales: painted cells stay where they were, new
 * cells start from the scores; a matrix never used is left alone. */
static void
fit_matrix (AttestMethodPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (!attest_workspace_is_read_only (workspace)
      && (is_matrix (self) || attest_record_get_strv_length (self->method, "matrix") > 0))
    attest_risk_method_fit_matrix (self->method, self->n_likelihood, self->n_impact, self->scores);
  if (!is_matrix (self))
    self->scores = attest_record_get_enum (self->method, "computation");
  self->n_likelihood = attest_record_get_strv_length (self->method, "likelihood-scale");
  self->n_impact = attest_record_get_strv_length (self->method, "impact-scale");
}

/* Built again after a preset, which changes how many steps every list has. */
static void
build_form (AttestMethodPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (self->computation_form != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->computation_group), self->computation_form);
  if (self->form != NULL)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->form_group), self->form);
  self->computation_form = attest_record_form_new_full (workspace, self->method, computation_fields,
                                                        attest_workspace_is_read_only (workspace));
  gtk_widget_set_name (self->computation_form, "method-computation-form");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->computation_group), self->computation_form);
  self->form = attest_record_form_new_full (workspace, self->method, method_fields,
                                            attest_workspace_is_read_only (workspace));
  gtk_widget_set_name (self->form, "method-form");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->form_group), self->form);
  update_computation (self);
}

static void
on_record_changed_cb (AttestWorkspace  *workspace,
                      AttestRecord     *record,
                      const char       *field,
                      AttestMethodPage *self)
{
  if (record == self->method)
    {
      guint changed;

      if (self->applying)
        return;
      if (attest_workspace_is_replaying (workspace))
        {
          /* Undo or Redo puts every field back, the matrix too: the form
           * follows, built again when the lists have another length. */
          guint n_likelihood = attest_record_get_strv_length (self->method, "likelihood-scale");
          guint n_impact = attest_record_get_strv_length (self->method, "impact-scale");

          if (n_likelihood != self->n_likelihood || n_impact != self->n_impact)
            {
              self->n_likelihood = n_likelihood;
              self->n_impact = n_impact;
              build_form (self);
            }
          else
            update_computation (self);
        }
      else if (field != NULL
               && (g_str_equal (field, "computation") || g_str_equal (field, "likelihood-scale")
                   || g_str_equal (field, "impact-scale") || g_str_equal (field, "levels")))
        {
          fit_matrix (self);
          update_computation (self);
        }
      changed = attest_risks_count_changed (workspace, self->levels);
      if (changed > 0)
        {
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%'u risk has another level now",
                                                                "%'u risks have another level now", changed),
                                                   changed);
          AdwToast *t = adw_toast_new (text);

          adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
          toast (self, t);
        }
      update_problems (self);
    }
  else if (!ATTEST_IS_RISK (record))
    return;
  g_clear_pointer (&self->levels, g_array_unref);
  self->levels = attest_risks_levels (workspace);
}

/**
 * attest_method_page_apply_preset:
 * @self: the page
 * @size: 3, 4 or 5
 *
 * Replaces the method with the preset of @size by @size, in one change,
 * and offers to undo it.
 *
 * Returns: whether the preset was applied
 */
gboolean
attest_method_page_apply_preset (AttestMethodPage *self,
                                 guint             size)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint changed;
  g_autofree char *text = NULL;

  if (attest_workspace_is_read_only (workspace))
    return FALSE;
  if (!attest_workspace_begin (workspace, &error))
    {
      toast (self, adw_toast_new (error->message));
      return FALSE;
    }
  /* TRANSLATORS: what Undo takes back, in "Undo %s" */
  label = g_strdup_printf (_("Apply the %u × %u Preset"), size, size);
  attest_workspace_set_change_label (workspace, label);
  self->applying = TRUE;
  attest_risk_method_apply_preset (self->method, size);
  self->applying = FALSE;
  if (!attest_workspace_commit (workspace, &error))
    {
      toast (self, adw_toast_new (error->message));
      return FALSE;
    }
  changed = attest_risks_count_changed (workspace, self->levels);
  g_clear_pointer (&self->levels, g_array_unref);
  self->levels = attest_risks_levels (workspace);
  self->n_likelihood = attest_record_get_strv_length (self->method, "likelihood-scale");
  self->n_impact = attest_record_get_strv_length (self->method, "impact-scale");
  update_problems (self);
  build_form (self);
  if (changed == 0)
    text = g_strdup_printf (_("The method is now the %u × %u preset"), size, size);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The method is now the %u × %u preset; %'u risk has another level",
                                         "The method is now the %u × %u preset; %'u risks have another level",
                                         changed),
                            size, size, changed);
  attest_toast_with_undo (GTK_WIDGET (self), workspace, text);
  return TRUE;
}

static void
apply_preset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AttestMethodPage *self = ATTEST_METHOD_PAGE (widget);
  int size = g_variant_get_int32 (parameter);

  if (attest_page_is_filled (ATTEST_PAGE (self)) && size >= 3 && size <= 5)
    attest_method_page_apply_preset (self, size);
}

/* Everything, once: when the page is first shown with its workspace
 * loaded, or at once when made for the guided setup. */
static gboolean
attest_method_page_fill (AttestPage *page)
{
  AttestMethodPage *self = ATTEST_METHOD_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);
  gboolean embedded = self->embedded;

  self->method = g_object_ref (attest_risks_get_method (workspace));
  self->levels = attest_risks_levels (workspace);


  adw_preferences_group_set_title (self->presets, embedded ? _("Start from a preset") : _("Risk method (6.1.2)"));
  adw_preferences_group_set_description (self->presets, embedded
    ? _("A preset fills the scales and the levels; change any step after. Risk levels are computed, never "
        "stored: change the method later and every risk is rated again.")
    : _("How risks are rated and when they are acceptable. Follow the method your organisation already uses, "
        "or start from a preset and change any step. Risk levels are computed, never stored: change the method "
        "freely and every risk is rated again."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "method-page.apply-preset",
                                 !attest_workspace_is_read_only (workspace));

  self->n_likelihood = attest_record_get_strv_length (self->method, "likelihood-scale");
  self->n_impact = attest_record_get_strv_length (self->method, "impact-scale");
  self->scores = is_matrix (self) ? ATTEST_RISK_COMPUTATION_PRODUCT : attest_record_get_enum (self->method, "computation");
  self->matrix = attest_risk_matrix_new (self->method, attest_workspace_is_read_only (workspace));
  gtk_widget_set_name (self->matrix, "risk-matrix");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->matrix_group), self->matrix);
  gtk_box_append (self->scales_box, attest_scale_editor_new (workspace, self->method, FALSE));
  gtk_box_append (self->scales_box, attest_scale_editor_new (workspace, self->method, TRUE));
  gtk_box_append (self->levels_box, attest_level_editor_new (workspace, self->method));
  build_form (self);
  update_problems (self);

  /* As a page, in a scrolled column. */
  if (!embedded)
    {
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *clamp = adw_clamp_new ();

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
      gtk_widget_add_css_class (GTK_WIDGET (self->box), "page-content");
      g_object_ref (self->box);
      gtk_widget_unparent (GTK_WIDGET (self->box));
      adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
      g_object_unref (self->box);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
      gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
    }
  /* The method is a document: approved in versions (the setup only
   * drafts it). Added once the box is in place: a widget moved with the
   * box would not find its action any more. */
  if (!embedded)
    gtk_box_insert_child_after (self->box, attest_approval_bar_new (workspace, "risk-method"), NULL);

  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, G_CONNECT_AFTER);
  return TRUE;
}

/**
 * attest_method_page_get_matrix:
 * @self: the page
 *
 * Returns: (transfer none): the risk matrix, painted by hand while the
 *   method computes levels by the matrix, else showing what the scores give
 */
GtkWidget *
attest_method_page_get_matrix (AttestMethodPage *self)
{
  return self->matrix;
}

/**
 * attest_method_page_get_problems:
 * @self: the page
 *
 * Returns: what the page lists as wrong with the method, one per line
 */
const char *
attest_method_page_get_problems (AttestMethodPage *self)
{
  return self->problems_text;
}

static void
attest_method_page_dispose (GObject *object)
{
  AttestMethodPage *self = ATTEST_METHOD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_METHOD_PAGE);
  g_clear_object (&self->method);
  g_clear_pointer (&self->levels, g_array_unref);
  g_clear_pointer (&self->problems_text, g_free);
  G_OBJECT_CLASS (attest_method_page_parent_class)->dispose (object);
}

static void
attest_method_page_class_init (AttestMethodPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_method_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_method_page_fill;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-method-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, box);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, presets);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, problems);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, scales_box);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, computation_group);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, levels_box);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, form_group);
  gtk_widget_class_bind_template_child (widget_class, AttestMethodPage, matrix_group);

  gtk_widget_class_install_action (widget_class, "method-page.apply-preset", "i", apply_preset_action);
}

static void
attest_method_page_init (AttestMethodPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * attest_method_page_new:
 * @workspace: a workspace
 *
 * Returns: (transfer full): the page
 */
GtkWidget *
attest_method_page_new (AttestWorkspace *workspace)
{
  return attest_method_page_new_full (workspace, FALSE);
}

/**
 * attest_method_page_new_full:
 * @workspace: a workspace
 * @embedded: for a step of the guided setup: no scrolling of its own and
 *   no heading (the step has them)
 *
 * Returns: (transfer full): the page
 */
GtkWidget *
attest_method_page_new_full (AttestWorkspace *workspace,
                             gboolean         embedded)
{
  AttestMethodPage *self = g_object_new (ATTEST_TYPE_METHOD_PAGE, NULL);

  self->embedded = embedded;
  attest_page_set_workspace (ATTEST_PAGE (self), workspace);
  attest_page_fill (ATTEST_PAGE (self));
  return GTK_WIDGET (self);
}
