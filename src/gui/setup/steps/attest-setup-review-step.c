/* attest-setup-review-step.c: what was recorded and what is still missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-review-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-review-step.h"
#include "setup/attest-setup-step-private.h"
#include "setup/attest-setup-view.h"

/* A report, not a form: its rows are worked out from the whole workspace by
 * the same rules as the Readiness page, and worked out again (once the
 * change is over) whenever a record changes. */

struct _AttestSetupReviewStep
{
  AttestSetupStep      parent_instance;

  GtkListBox          *recorded_list;
  AdwPreferencesGroup *missing_group;
  GtkListBox          *missing_list;
  GtkLabel            *more_label;

  guint                refresh_id;
};

G_DEFINE_FINAL_TYPE (AttestSetupReviewStep, attest_setup_review_step, ATTEST_TYPE_SETUP_STEP)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
summary_of (AttestWorkspace *workspace,
            const char      *step)
{
  guint n_issues = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE));
  guint n_parties = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY));
  guint n_requirements = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT));
  guint n_items = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM));

  if (g_str_equal (step, "context"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue", "%u issues", n_issues), n_issues);
  if (g_str_equal (step, "parties"))
    {
      g_autofree char *parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party", "%u parties", n_parties), n_parties);
      g_autofree char *requirements = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement", "%u requirements",
                                                                    n_requirements), n_requirements);

      /* TRANSLATORS: two counts in a summary: "3 parties, 1 requirement" */
      return g_strdup_printf (_("%s, %s"), parties, requirements);
    }
  if (g_str_equal (step, "soa"))
    {
      guint n_entries = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u control decided", "%u of %u controls decided", n_entries),
                              attest_soa_count_decided (workspace), n_entries);
    }
  if (g_str_equal (step, "scope"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u part of the scope", "%u parts of the scope", n_items), n_items);
  if (g_str_equal (step, "method"))
    {
      AttestRecord *method = attest_risks_get_method (workspace);
      int computation = 0, acceptance = 0, escalation = 0;

      g_object_get (method, "computation", &computation, "acceptance-level", &acceptance,
                    "escalation-level", &escalation, NULL);
      /* TRANSLATORS: "5 × 5, likelihood × impact, accepted up to Medium; from Critical, Top management
       * decides": the risk method's scales, how a level is computed, the acceptance level, the escalation
       * level and who decides there */
      return g_strdup_printf (_("%u × %u, %s, accepted up to %s; from %s, %s decides"),
                              attest_record_get_strv_length (method, "likelihood-scale"),
                              attest_record_get_strv_length (method, "impact-scale"),
                              attest_enum_get_label (ATTEST_TYPE_RISK_COMPUTATION, computation),
                              attest_risk_method_level_name (method, acceptance),
                              attest_risk_method_level_name (method, escalation),
                              attest_record_get_string (method, "escalation-authority"));
    }
  if (g_str_equal (step, "risks"))
    {
      GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
      guint n_risks = g_list_model_get_n_items (risks), assessed = 0;
      guint n_assets = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET));

      for (guint i = 0; i < n_risks; i++)
        {
          g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

          assessed += attest_risk_level (workspace, risk, FALSE) >= 0;
        }
      {
        g_autofree char *assets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u asset", "%u assets", n_assets), n_assets);
        g_autofree char *risks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks", n_risks), n_risks);
        /* TRANSLATORS: how many of the risks are assessed: "1 assessed" */
        g_autofree char *assessed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assessed", "%u assessed", assessed),
                                                          assessed);

        /* TRANSLATORS: three counts in a summary: "8 assets, 10 risks, 1 assessed" */
        return g_strdup_printf (_("%s, %s, %s"), assets, risks_text, assessed_text);
      }
    }
  return g_strdup (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "name"));
}

static void
refresh (AttestSetupReviewStep *self)
{
  /* The same rules as the Readiness page, not only the setup's steps:
   * drafted risks still to rate, controls included without a reason. */
  AttestWorkspace *workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  guint blockers = attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER);
  guint warnings = attest_readiness_count (findings, ATTEST_SEVERITY_WARNING);
  guint n_steps = attest_setup_view_get_n_steps ();
  const guint max_rows = 40;
  guint shown = 0;
  g_autofree char *missing_text = NULL;

  clear_list (self->recorded_list);
  for (guint s = 0; s + 1 < n_steps; s++)
    {
      const char *step = attest_setup_view_get_step_id (s);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *summary = summary_of (workspace, step);
      guint missing = 0;

      for (guint i = 0; i < findings->len; i++)
        {
          AttestFinding *finding = g_ptr_array_index (findings, i);

          missing += finding->severity == ATTEST_SEVERITY_BLOCKER && g_str_equal (finding->step, step);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), attest_setup_view_get_step_title (s));
      g_object_set (row, "use-markup", FALSE, NULL);
      if (missing > 0)
        {
          g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u blocker", "%s · %u blockers", missing),
                                                       summary, missing);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
        }
      else
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
        }
      gtk_list_box_append (self->recorded_list, row);
    }

  if (findings->len == 0)
    missing_text = g_strdup (_("Nothing: the readiness rules find nothing missing. Finish the setup."));
  else if (blockers == 0)
    missing_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "No blockers. %u warning remains: the Readiness page lists it after the setup.",
                                                 "No blockers. %u warnings remain: the Readiness page lists them after the setup.",
                                                 warnings), warnings);
  else
    {
      g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocker", "%u blockers", blockers), blockers);
      g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

      /* TRANSLATORS: "12 blockers an auditor would raise, and 30 warnings. …" */
      missing_text = g_strdup_printf (_("%s an auditor would raise, and %s. You can finish the setup and go on from the "
                                        "Readiness page; the blockers are listed here."), b, w);
    }
  adw_preferences_group_set_description (self->missing_group, missing_text);

  clear_list (self->missing_list);
  for (guint i = 0; i < findings->len && shown < max_rows; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row, *fix;
      gboolean in_setup = FALSE;
      g_autofree char *subtitle = NULL;
      g_autofree char *accessible = NULL;

      if (finding->severity != ATTEST_SEVERITY_BLOCKER)
        continue;
      shown++;
      for (guint s = 0; s < n_steps; s++)
        in_setup |= g_str_equal (attest_setup_view_get_step_id (s), finding->step);
      row = adw_action_row_new ();
      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
      gtk_list_box_append (self->missing_list, row);
      if (!in_setup)
        {
          g_autofree char *outside = g_strdup_printf (_("Clause %s · after the setup"), finding->clause);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), outside);
          continue;
        }
      subtitle = g_strdup_printf (_("Clause %s"), finding->clause);
      accessible = g_strdup_printf (_("Fix: %s"), finding->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* Fix goes to the step that fixes it. */
      fix = gtk_button_new_with_label (_("Fix"));
      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (fix), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (fix), "setup.show-step");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (fix), "s", finding->step);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), fix);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->missing_list), blockers > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), blockers > shown);
  if (blockers > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more blocker, on the Readiness page.",
                                                            "And %u more blockers, on the Readiness page.", blockers - shown),
                                               blockers - shown);
      gtk_label_set_text (self->more_label, more);
    }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  AttestSetupReviewStep *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_workspace_changed_cb (AttestSetupReviewStep *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
attest_setup_review_step_constructed (GObject *object)
{
  AttestSetupReviewStep *self = ATTEST_SETUP_REVIEW_STEP (object);
  AttestWorkspace *workspace;
  const GType kinds[] = { ATTEST_TYPE_CONTEXT_ISSUE, ATTEST_TYPE_INTERESTED_PARTY, ATTEST_TYPE_REQUIREMENT,
                          ATTEST_TYPE_SCOPE_ITEM, ATTEST_TYPE_ASSET, ATTEST_TYPE_THREAT, ATTEST_TYPE_RISK };

  G_OBJECT_CLASS (attest_setup_review_step_parent_class)->constructed (object);

  workspace = attest_setup_step_get_workspace (ATTEST_SETUP_STEP (self));
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect_object (attest_workspace_get_records (workspace, kinds[i]), "items-changed",
                             G_CALLBACK (on_workspace_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/* The whole setup, not only this step, must be complete to finish. */
static GPtrArray *
attest_setup_review_step_check (AttestSetupStep *step)
{
  return attest_readiness_check_setup (attest_setup_step_get_workspace (step));
}

static void
attest_setup_review_step_dispose (GObject *object)
{
  AttestSetupReviewStep *self = ATTEST_SETUP_REVIEW_STEP (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), ATTEST_TYPE_SETUP_REVIEW_STEP);
  G_OBJECT_CLASS (attest_setup_review_step_parent_class)->dispose (object);
}

static void
attest_setup_review_step_class_init (AttestSetupReviewStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AttestSetupStepClass *step_class = ATTEST_SETUP_STEP_CLASS (klass);

  object_class->constructed = attest_setup_review_step_constructed;
  object_class->dispose = attest_setup_review_step_dispose;
  step_class->check = attest_setup_review_step_check;
  attest_setup_step_class_set_info (step_class, "review", N_("Review"),
                                    N_("Clauses 4.1 to 4.3, 6.1.2 and the Statement of Applicability"),
    N_("Here is what you recorded and what is still missing. Each missing item takes you back to "
       "the step that fixes it. When nothing is missing, finish the setup; every answer stays "
       "editable from the sidebar."));
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/steps/attest-setup-review-step.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupReviewStep, recorded_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupReviewStep, missing_group);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupReviewStep, missing_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupReviewStep, more_label);
}

static void
attest_setup_review_step_init (AttestSetupReviewStep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
