/* attest-setup-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-view"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-view.h"
#include "pages/attest-method-page.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-undo.h"

/* The guided setup is a list of steps. Each step has an id (kept in the
 * file, so the setup resumes where it was left), a title, a few sentences of
 * our own about what the standard expects and why, with an example, and a
 * function that builds its page. Next checks the step's forms and the
 * readiness rules of the step, and refuses with the reasons shown beside the
 * fields. Later issues add their steps to the table. */

typedef struct _Step Step;

struct _AttestSetupView
{
  GtkWidget        parent_instance;

  AttestWorkspace *workspace;
  AdwLeaflet      *leaflet;
  GtkListBox      *steps_list;
  GtkScrolledWindow *scroller;
  GtkBox          *page;
  GtkLabel        *progress_label;
  GtkWidget       *back_button;
  GtkWidget       *next_button;
  GtkRevealer     *refusal_revealer;
  GtkLabel        *refusal_label;
  char            *refusal;
  guint            current;
  guint            rebuild_id;
  guint            refresh_id;
  AttestRecord    *focus_record;
  double           keep_scroll;
  guint            soa_index;     /* the control shown on the SoA step */
  guint            risk_sector;   /* the sector the first risks step suggests for; G_MAXUINT: the organisation's */
};

G_DEFINE_FINAL_TYPE (AttestSetupView, attest_setup_view, GTK_TYPE_WIDGET)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

struct _Step
{
  const char *id;
  const char *title;
  const char *clause;
  const char *intro;
  void (*build) (AttestSetupView *self, GtkBox *page);
};

static void build_organisation (AttestSetupView *self, GtkBox *page);
static void build_context (AttestSetupView *self, GtkBox *page);
static void build_parties (AttestSetupView *self, GtkBox *page);
static void build_scope (AttestSetupView *self, GtkBox *page);
static void build_method (AttestSetupView *self, GtkBox *page);
static void build_risks (AttestSetupView *self, GtkBox *page);
static void build_soa (AttestSetupView *self, GtkBox *page);
static AttestRecord *soa_entry_at (AttestSetupView *self, guint index);
static guint first_undecided (AttestSetupView *self, guint otherwise);
static void build_review (AttestSetupView *self, GtkBox *page);

static const Step steps[] = {
  { "organisation", N_("Organisation"), N_("Clause 4 and 5"),
    N_("Start with who runs the information security management system (ISMS). Top management "
       "leads it and approves its main decisions, so name who does that, and who runs the ISMS day "
       "to day. For example: the managing director approves; the operations manager runs it."),
    build_organisation },
  { "context", N_("Context"), N_("Clause 4.1"),
    N_("List what, inside and outside the organisation, helps or hinders what your information "
       "security can achieve, and how each affects the ISMS; the risk assessment builds on these. "
       "Say too whether climate change is one of them. For example: “Ransomware aimed at firms our "
       "size” is external and technological, and is the likeliest serious incident."),
    build_context },
  { "parties", N_("Interested parties"), N_("Clause 4.2"),
    N_("Name who has a stake in your information security, what each requires, and which of those "
       "requirements the ISMS will address. Requirements come from laws, regulators, contracts and "
       "expectations, and some relate to climate change. For example: customers require that "
       "incidents affecting their data are reported within 24 hours."),
    build_parties },
  { "scope", N_("Scope"), N_("Clause 4.3"),
    N_("Set the boundaries of the ISMS: the parts of the organisation, places, processes and "
       "systems it covers, what it leaves out and why, and where it depends on others. Auditors "
       "ask about every exclusion, so each needs its reason. Attest drafts the scope statement "
       "from your answers for you to edit."),
    build_scope },
  { "method", N_("Risk method"), N_("Clause 6.1.2"),
    N_("Decide how risks will be rated: the steps of likelihood and of impact, each with what it "
       "means for you, how the two make a risk level, and the highest level a risk owner may accept "
       "without further treatment. Follow the method your organisation already uses, or start from "
       "a preset. For example: on a 5 × 5 scale, “Likely” means about once a year."),
    build_method },
  { "risks", N_("First risks"), N_("Clause 6.1.2 c"),
    N_("Risks start from what you must protect: information, systems, places and people. Tick the "
       "assets that matter most and the threats likely in your sector, and Attest drafts a risk for "
       "each threat that can harm each asset. You rate and treat the drafts on the Risks page. For "
       "example: “Laptops and phones: Theft or loss of a device”."),
    build_risks },
  { "soa", N_("Statement of Applicability"), N_("Clause 6.1.3 d and Annex A"),
    N_("Go through the 93 controls of Annex A and decide for each whether it applies to you. "
       "Include a control when a risk, a law, a contract or a party's requirement calls for it; "
       "exclude it only with a reason an auditor can accept. For example: no software is developed "
       "for you by others, so outsourced development is excluded."),
    build_soa },
  { "review", N_("Review"), N_("Clauses 4.1 to 4.3, 6.1.2 and the Statement of Applicability"),
    N_("Here is what you recorded and what is still missing. Each missing item takes you back to "
       "the step that fixes it. When nothing is missing, finish the setup; every answer stays "
       "editable from the sidebar."),
    build_review },
};

guint
attest_setup_view_get_n_steps (void)
{
  return G_N_ELEMENTS (steps);
}

const char *
attest_setup_view_get_step_id (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (steps), NULL);
  return steps[index].id;
}

static AttestRecord *
setup_record (AttestSetupView *self)
{
  return attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SETUP);
}

/* Building blocks */

static GtkWidget *
group_new (GtkBox     *page,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (page, group);
  return group;
}

static GtkWidget *
button_new (const char *label,
            const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      AttestSetupView *self)
{
  AttestRecord *record = g_object_get_data (G_OBJECT (button), "record");
  GtkLabel *heading = g_object_get_data (G_OBJECT (button), "heading");
  g_autofree char *message = g_strdup_printf (_("Removed “%s”"), gtk_label_get_text (heading));

  attest_remove_with_undo (GTK_WIDGET (self), self->workspace, record, message);
}

static void
update_heading (AttestRecord *record,
                GParamSpec   *pspec,
                GtkLabel     *label)
{
  const char *field = g_object_get_data (G_OBJECT (label), "field");
  const char *text = field ? attest_record_get_string (record, field) : "";
  const char *fallback = g_object_get_data (G_OBJECT (label), "fallback");
  GtkWidget *remove = g_object_get_data (G_OBJECT (label), "remove");
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (label, !attest_text_is_blank (text) ? text : fallback);
  tooltip = g_strdup_printf (_("Remove “%s”"), gtk_label_get_text (label));
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

/* A record on a page: a heading with a remove button, and its form. The
 * heading shows the field @title_field as the user types it, or @fallback
 * while it is empty. */
static GtkWidget *
record_card (AttestSetupView    *self,
             GtkWidget          *group,
             AttestRecord       *record,
             const char         *fallback,
             const char         *title_field,
             const char * const *fields)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *form = attest_record_form_new (record, fields, attest_workspace_is_read_only (self->workspace));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, !attest_workspace_is_read_only (self->workspace));
  g_object_set_data_full (G_OBJECT (label), "fallback", g_strdup (fallback), g_free);
  g_object_set_data_full (G_OBJECT (label), "field", g_strdup (title_field), g_free);
  g_object_set_data (G_OBJECT (label), "remove", remove);
  g_object_set_data_full (G_OBJECT (remove), "record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (remove), "heading", label);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  if (title_field != NULL)
    {
      g_autofree char *detailed = g_strconcat ("notify::", title_field, NULL);

      g_signal_connect_object (record, detailed, G_CALLBACK (update_heading), label, 0);
    }
  update_heading (record, NULL, GTK_LABEL (label));
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (header), remove);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), form);
  gtk_widget_set_margin_top (box, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return box;
}

static void
show_toast (AttestSetupView *self,
            const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
add_record (AttestSetupView *self,
            AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  if (!attest_workspace_add (self->workspace, record, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
      return;
    }
  /* The new record's first field gets the focus once the page is rebuilt. */
  g_set_object (&self->focus_record, record);
}

/* Organisation */

static void
build_organisation (AttestSetupView *self,
                    GtkBox          *page)
{
  static const char * const fields[] = { "name", "short-name", "sector", "size", "headquarters", "locations",
                                         "top-management", "isms-manager", "certification-target", NULL };
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  GtkWidget *group = group_new (page, _("The organisation"),
                                _("Separate several other locations with semicolons. The target date is when you plan the certification audit."));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             attest_record_form_new (org, fields, attest_workspace_is_read_only (self->workspace)));
}

/* Context */

static void
on_add_issue_clicked_cb (GtkButton       *button,
                         AttestSetupView *self)
{
  AttestIssueCategory category = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "category"));
  g_autoptr(AttestRecord) issue = NULL;
  gboolean internal = category >= ATTEST_ISSUE_CATEGORY_GOVERNANCE && category != ATTEST_ISSUE_CATEGORY_OTHER;

  issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                        "category", category,
                        "origin", internal ? ATTEST_ISSUE_ORIGIN_INTERNAL : ATTEST_ISSUE_ORIGIN_EXTERNAL,
                        NULL);
  add_record (self, issue);
}

/* Ticked suggestions become records, all added in one transaction. */
typedef void (*SuggestionFunc) (gconstpointer suggestion,
                                GPtrArray    *records);

static void
add_ticked (AttestSetupView *self,
            GPtrArray       *checks,
            SuggestionFunc   make)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      make (g_object_get_data (G_OBJECT (g_ptr_array_index (checks, i)), "suggestion"), records);
  if (records->len == 0 || !attest_workspace_begin (self->workspace, &error))
    return;
  for (guint i = 0; i < records->len; i++)
    if (!attest_workspace_add (self->workspace, g_ptr_array_index (records, i), &error))
      {
        attest_workspace_rollback (self->workspace);
        return;
      }
  attest_workspace_commit (self->workspace, NULL);
}

/* A row to tick, in a list of suggestions. */
static GtkWidget *
suggestion_row (GtkWidget     *list,
                GPtrArray     *checks,
                const char    *title,
                const char    *subtitle,
                gconstpointer  suggestion)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  g_object_set (row, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (check), "suggestion", (gpointer) suggestion);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  g_ptr_array_add (checks, check);
  return row;
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
on_add_suggested_issues_cb (GtkButton       *button,
                            AttestSetupView *self)
{
  add_ticked (self, g_object_get_data (G_OBJECT (button), "checks"), issue_from_suggestion);
}

static void rebuild_page (AttestSetupView *self);

static void
on_sector_selected_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       AttestSetupView *self)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (row), "suggestions");
  GPtrArray *checks = g_object_get_data (G_OBJECT (row), "checks");
  guint sector = adw_combo_row_get_selected (row);
  const AttestIssueSuggestion *issues;
  guint n;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
  g_ptr_array_set_size (checks, 0);

  /* The sector's own issues, then those of any sector. */
  for (guint pass = 0; pass < 2; pass++)
    {
      guint which = pass == 0 ? sector : attest_suggestion_get_n_sectors () - 1;

      if (pass == 1 && which == sector)
        break;
      issues = attest_suggestion_get_issues (which, &n);
      for (guint i = 0; i < n; i++)
        suggestion_row (list, checks, _(issues[i].title),
                        attest_enum_get_label (ATTEST_TYPE_ISSUE_CATEGORY, issues[i].category), &issues[i]);
    }
}

static void
build_context (AttestSetupView *self,
               GtkBox          *page)
{
  static const char * const climate_fields[] = { "climate-relevance", "climate-statement", NULL };
  static const char * const issue_fields[] = { "title", "description", "origin", "category", "effect", "treatment", NULL };
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *issues = attest_workspace_get_records (self->workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  gboolean read_only = attest_workspace_is_read_only (self->workspace);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  GtkWidget *group, *list, *sector_row, *add;
  GPtrArray *checks;

  group = group_new (page, _("Climate change"),
                     _("Since 2024 the standard asks every organisation whether climate change is a relevant issue. "
                       "If it is, also record it as an issue below, in the category “Climate change”."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), attest_record_form_new (org, climate_fields, read_only));

  group = group_new (page, _("Your issues"),
                     g_list_model_get_n_items (issues) == 0
                       ? _("None yet. Pick typical ones below, or add your own by category.")
                       : _("Give each a short title, say how it affects the ISMS, and how it is addressed."));
  gtk_widget_set_name (group, "issues-group");
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);
      g_autofree char *fallback = g_strdup_printf (_("Issue %u"), i + 1);

      record_card (self, group, issue, fallback, "title", issue_fields);
    }

  group = group_new (page, _("Typical issues to start from"),
                     _("Tick the ones that apply, add them, then edit them to fit."));
  for (guint i = 0; i < attest_suggestion_get_n_sectors (); i++)
    gtk_string_list_append (sectors, _(attest_suggestion_get_sector (i)));
  sector_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sector_row), _("Your sector"));
  adw_combo_row_set_model (ADW_COMBO_ROW (sector_row), G_LIST_MODEL (sectors));
  gtk_widget_set_name (sector_row, "sector-row");
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, "issue-suggestions");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Typical issues"), -1);
  checks = g_ptr_array_new ();
  g_object_set_data (G_OBJECT (sector_row), "suggestions", list);
  g_object_set_data_full (G_OBJECT (sector_row), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  /* Start from the sector the user named, when it is one we know. */
  for (guint i = 0; i < attest_suggestion_get_n_sectors (); i++)
    if (g_utf8_collate (_(attest_suggestion_get_sector (i)), attest_record_get_string (org, "sector")) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (sector_row), i);
  g_signal_connect (sector_row, "notify::selected", G_CALLBACK (on_sector_selected_cb), self);
  {
    GtkWidget *sector_list = gtk_list_box_new ();

    gtk_list_box_set_selection_mode (GTK_LIST_BOX (sector_list), GTK_SELECTION_NONE);
    gtk_widget_add_css_class (sector_list, "boxed-list");
    gtk_list_box_append (GTK_LIST_BOX (sector_list), sector_row);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sector_list);
  }
  gtk_widget_set_margin_top (list, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  on_sector_selected_cb (ADW_COMBO_ROW (sector_row), NULL, self);
  add = button_new (_("_Add the Ticked Issues"), "add-suggested-issues");
  gtk_widget_set_margin_top (add, 12);
  g_object_set_data (G_OBJECT (add), "checks", checks);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_suggested_issues_cb), self);
  gtk_widget_set_sensitive (add, !read_only);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);

  group = group_new (page, _("Your own issues, by category"),
                     _("Each question helps you find issues of one kind. Add one where the answer matters."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Categories"), -1);
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
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
}

/* Interested parties */

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
on_add_suggested_parties_cb (GtkButton       *button,
                             AttestSetupView *self)
{
  add_ticked (self, g_object_get_data (G_OBJECT (button), "checks"), party_from_suggestion);
}

static void
on_add_party_clicked_cb (GtkButton       *button,
                         AttestSetupView *self)
{
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, NULL);

  add_record (self, party);
}

static void
on_add_requirement_clicked_cb (GtkButton       *button,
                               AttestSetupView *self)
{
  AttestRecord *party = g_object_get_data (G_OBJECT (button), "party");
  g_autoptr(AttestRecord) requirement = g_object_new (ATTEST_TYPE_REQUIREMENT,
                                                      "party-id", attest_record_get_id (party), NULL);

  add_record (self, requirement);
}

static void
build_parties (AttestSetupView *self,
               GtkBox          *page)
{
  static const char * const party_fields[] = { "name", "kind", "relevance", NULL };
  static const char * const requirement_fields[] = { "text", "kind", "addressed", "how-addressed", "climate-related", NULL };
  GListModel *parties = attest_workspace_get_records (self->workspace, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = attest_workspace_get_records (self->workspace, ATTEST_TYPE_REQUIREMENT);
  gboolean read_only = attest_workspace_is_read_only (self->workspace);
  const AttestPartySuggestion *suggestions;
  GtkWidget *group, *list, *add;
  GPtrArray *checks;
  guint n;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(AttestRecord) party = g_list_model_get_item (parties, i);
      g_autofree char *fallback = g_strdup_printf (_("Party %u"), i + 1);
      guint n_requirements = 0;

      group = group_new (page, NULL, NULL);
      gtk_widget_set_name (group, "party-group");
      record_card (self, group, party, fallback, "name", party_fields);
      for (guint r = 0; r < g_list_model_get_n_items (requirements); r++)
        {
          g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, r);
          g_autofree char *fallback_requirement = NULL;

          if (!g_str_equal (attest_record_get_string (requirement, "party-id"), attest_record_get_id (party)))
            continue;
          n_requirements++;
          fallback_requirement = g_strdup_printf (_("Requirement %u"), n_requirements);
          record_card (self, group, requirement, fallback_requirement, "text", requirement_fields);
        }
      add = button_new (_("Add a _Requirement"), "add-requirement");
      gtk_widget_set_margin_top (add, 12);
      gtk_widget_set_sensitive (add, !read_only);
      g_object_set_data_full (G_OBJECT (add), "party", g_object_ref (party), g_object_unref);
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_requirement_clicked_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
    }

  group = group_new (page, _("Usual interested parties"),
                     _("Tick those that matter to you and add them, each with a typical requirement to edit."));
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, "party-suggestions");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Usual interested parties"), -1);
  checks = g_ptr_array_new ();
  suggestions = attest_suggestion_get_parties (&n);
  for (guint i = 0; i < n; i++)
    suggestion_row (list, checks, _(suggestions[i].name), _(suggestions[i].relevance), &suggestions[i]);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  add = button_new (_("_Add the Ticked Parties"), "add-suggested-parties");
  gtk_widget_set_margin_top (add, 12);
  gtk_widget_set_sensitive (add, !read_only);
  g_object_set_data_full (G_OBJECT (add), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_suggested_parties_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);

  add = button_new (_("Add _Another Party"), "add-party");
  gtk_widget_set_sensitive (add, !read_only);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_party_clicked_cb), self);
  gtk_box_append (page, add);
}

/* Scope */

static const struct
{
  AttestScopeItemKind kind;
  const char         *title;
  const char         *description;
  const char         *add_label;
} scope_groups[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, N_("Organisational units"), N_("Departments or teams inside the ISMS."), N_("Add a _Unit") },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, N_("Locations"), N_("Offices, sites, and places such as staff homes."), N_("Add a _Location") },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, N_("Processes and services"), N_("What the ISMS protects: the work you do and the services you offer."), N_("Add a _Process or Service") },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, N_("Information systems"), N_("Applications, platforms and infrastructure in scope."), N_("Add a _System") },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, N_("Exclusions"), N_("What is left out, each with the reason; leaving nothing out is fine."), N_("Add an _Exclusion") },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, N_("Interfaces and dependencies"), N_("Activities that others do for you, and where your ISMS meets theirs."), N_("Add an _Interface") },
};

static void
on_add_scope_item_clicked_cb (GtkButton       *button,
                              AttestSetupView *self)
{
  g_autoptr(AttestRecord) item = g_object_new (ATTEST_TYPE_SCOPE_ITEM,
                                               "kind", GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind")),
                                               NULL);

  add_record (self, item);
}

static void
on_draft_clicked_cb (GtkButton       *button,
                     AttestSetupView *self)
{
  AttestRecord *scope = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SCOPE);
  g_autofree char *draft = attest_scope_draft_statement (self->workspace);

  g_object_set (scope, "statement", draft, NULL);
}

static void
build_method (AttestSetupView *self,
              GtkBox          *page)
{
  GtkWidget *method = attest_method_page_new_full (self->workspace, TRUE);

  gtk_widget_set_name (method, "method");
  gtk_box_append (page, method);
}

/* First risks */

static GtkWidget *
check_list (const char *name,
            const char *label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return list;
}

static void
asset_from_suggestion (gconstpointer  suggestion,
                       GPtrArray     *records)
{
  const AttestAssetSuggestion *s = suggestion;

  g_ptr_array_add (records, g_object_new (ATTEST_TYPE_ASSET, "name", _(s->name), "kind", s->kind, NULL));
}

static void
on_add_suggested_assets_cb (GtkButton       *button,
                            AttestSetupView *self)
{
  add_ticked (self, g_object_get_data (G_OBJECT (button), "checks"), asset_from_suggestion);
}

static void
on_risk_sector_selected_cb (AdwComboRow     *row,
                            GParamSpec      *pspec,
                            AttestSetupView *self)
{
  self->risk_sector = adw_combo_row_get_selected (row);
  rebuild_page (self);
}

/* The ticked assets and threats become draft risks; a ticked usual threat
 * the workspace lacks is added first. Undo takes the drafts away again. */
static void
on_draft_risks_cb (GtkButton       *button,
                   AttestSetupView *self)
{
  GPtrArray *asset_checks = g_object_get_data (G_OBJECT (button), "assets");
  GPtrArray *threat_checks = g_object_get_data (G_OBJECT (button), "threats");
  g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) threats = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean new_threats = FALSE;

  for (guint i = 0; i < asset_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (asset_checks, i)))
      g_ptr_array_add (assets, g_object_ref (g_object_get_data (g_ptr_array_index (asset_checks, i), "record")));
  for (guint i = 0; i < threat_checks->len; i++)
    {
      GObject *check = g_ptr_array_index (threat_checks, i);
      AttestRecord *record = g_object_get_data (check, "record");
      const AttestNamedSuggestion *usual = g_object_get_data (check, "suggestion");

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
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
      show_toast (self, _("Tick at least one asset and one threat to draft risks from."));
      return;
    }

  if (new_threats)
    {
      gboolean ok = attest_workspace_begin (self->workspace, &error);

      for (guint i = 0; ok && i < threats->len; i++)
        if (g_object_get_data (G_OBJECT (g_ptr_array_index (threats, i)), "new") != NULL)
          ok = attest_workspace_add (self->workspace, g_ptr_array_index (threats, i), &error);
      if (ok)
        ok = attest_workspace_commit (self->workspace, &error);
      else
        attest_workspace_rollback (self->workspace);
      if (!ok)
        {
          show_toast (self, error->message);
          return;
        }
    }
  if (!attest_suggestion_draft_risks (self->workspace, assets, threats, &added, &error))
    {
      show_toast (self, error->message);
      return;
    }
  if (added->len == 0)
    message = g_strdup (_("Every ticked asset already has a risk from each ticked threat that can harm it."));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Drafted %u risk to assess on the Risks page",
                                            "Drafted %u risks to assess on the Risks page", added->len),
                               added->len);
  attest_added_with_undo (GTK_WIDGET (self), self->workspace, added, message);
}

static void
build_risks (AttestSetupView *self,
             GtkBox          *page)
{
  AttestRecord *org = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *assets = attest_workspace_get_records (self->workspace, ATTEST_TYPE_ASSET);
  GListModel *threats = attest_workspace_get_records (self->workspace, ATTEST_TYPE_THREAT);
  guint n_risks = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_RISK));
  gboolean read_only = attest_workspace_is_read_only (self->workspace);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) suggested = NULL;
  GPtrArray *asset_checks = g_ptr_array_new ();
  GPtrArray *threat_checks = g_ptr_array_new ();
  GPtrArray *suggestion_checks = g_ptr_array_new ();
  GtkWidget *group, *list, *row, *add, *draft, *status;
  const AttestNamedSuggestion *usual;
  guint n_usual;
  g_autofree char *counted = NULL;

  if (self->risk_sector == G_MAXUINT)
    self->risk_sector = attest_suggestion_find_sector (org ? attest_record_get_string (org, "sector") : NULL);

  group = group_new (page, NULL, NULL);
  for (guint i = 0; i < attest_suggestion_get_n_sectors (); i++)
    gtk_string_list_append (sectors, _(attest_suggestion_get_sector (i)));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Your sector"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (sectors));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), self->risk_sector);
  gtk_widget_set_name (row, "risk-sector-row");
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_risk_sector_selected_cb), self);
  list = check_list ("risk-sector", _("Your sector"));
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  /* The assets recorded, all ticked to start with. */
  group = group_new (page, _("Assets"),
                     _("Tick the assets to draft risks for. Add usual ones below, or your own on the Assets page."));
  list = check_list ("risk-assets", _("Assets"));
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(AttestRecord) asset = g_list_model_get_item (assets, i);
      GtkWidget *check;

      g_hash_table_add (have, g_utf8_casefold (attest_record_get_string (asset, "name"), -1));
      suggestion_row (list, asset_checks, attest_record_get_string (asset, "name"),
                      attest_enum_get_label (ATTEST_TYPE_ASSET_KIND, attest_record_get_enum (asset, "kind")), NULL);
      check = g_ptr_array_index (asset_checks, asset_checks->len - 1);
      g_object_set_data_full (G_OBJECT (check), "record", g_object_ref (asset), g_object_unref);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    }
  if (asset_checks->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No assets yet: tick usual ones below and add them."));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  group = group_new (page, _("Usual assets"), _("What organisations in your sector usually depend on. Tick, add, then rename to fit."));
  list = check_list ("asset-suggestions", _("Usual assets"));
  suggested = attest_suggestion_get_assets (self->risk_sector);
  for (guint i = 0; i < suggested->len; i++)
    {
      const AttestAssetSuggestion *suggestion = g_ptr_array_index (suggested, i);
      g_autofree char *folded = g_utf8_casefold (_(suggestion->name), -1);

      if (!g_hash_table_contains (have, folded))
        suggestion_row (list, suggestion_checks, _(suggestion->name),
                        attest_enum_get_label (ATTEST_TYPE_ASSET_KIND, suggestion->kind), suggestion);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  add = button_new (_("_Add the Ticked Assets"), "add-suggested-assets");
  gtk_widget_set_margin_top (add, 12);
  g_object_set_data_full (G_OBJECT (add), "checks", suggestion_checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_suggested_assets_cb), self);
  gtk_widget_set_sensitive (add, !read_only && suggestion_checks->len > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);

  /* The threats: the workspace's, then the usual ones it lacks; those
   * likely in the sector ticked. */
  group = group_new (page, _("Likely threats"),
                     _("Ticked: the threats likeliest in your sector. Change the ticks to fit what you know."));
  list = check_list ("risk-threats", _("Likely threats"));
  g_hash_table_remove_all (have);
  for (guint i = 0; i < g_list_model_get_n_items (threats); i++)
    {
      g_autoptr(AttestRecord) threat = g_list_model_get_item (threats, i);
      const char *name = attest_record_get_string (threat, "name");
      GtkWidget *check;

      g_hash_table_add (have, g_utf8_casefold (name, -1));
      suggestion_row (list, threat_checks, name, attest_record_get_string (threat, "description"), NULL);
      check = g_ptr_array_index (threat_checks, threat_checks->len - 1);
      g_object_set_data_full (G_OBJECT (check), "record", g_object_ref (threat), g_object_unref);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), attest_suggestion_threat_is_likely (self->risk_sector, name));
    }
  usual = attest_suggestion_get_threats (&n_usual);
  for (guint i = 0; i < n_usual; i++)
    {
      g_autofree char *folded = g_utf8_casefold (_(usual[i].name), -1);

      if (g_hash_table_contains (have, folded))
        continue;
      suggestion_row (list, threat_checks, _(usual[i].name), _(usual[i].description), &usual[i]);
      gtk_check_button_set_active (g_ptr_array_index (threat_checks, threat_checks->len - 1),
                                   attest_suggestion_threat_is_likely (self->risk_sector, _(usual[i].name)));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

  group = group_new (page, NULL, NULL);
  draft = button_new (_("_Draft Risks"), "draft-risks");
  gtk_widget_add_css_class (draft, "suggested-action");
  g_object_set_data_full (G_OBJECT (draft), "assets", asset_checks, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (draft), "threats", threat_checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (draft, "clicked", G_CALLBACK (on_draft_risks_cb), self);
  gtk_widget_set_sensitive (draft, !read_only && asset_checks->len > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), draft);
  counted = n_risks == 0
    ? g_strdup (_("No risks recorded yet."))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "%u risk recorded. Rate its likelihood and impact, and choose its treatment, on the Risks page.",
                                    "%u risks recorded. Rate their likelihood and impact, and choose their treatment, on the Risks page.",
                                    n_risks), n_risks);
  status = gtk_label_new (counted);
  gtk_widget_set_name (status, "risk-count");
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_set_margin_top (status, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), status);
}

static void
build_scope (AttestSetupView *self,
             GtkBox          *page)
{
  static const char * const item_fields[] = { "name", "description", NULL };
  static const char * const exclusion_fields[] = { "name", "justification", NULL };
  GListModel *items = attest_workspace_get_records (self->workspace, ATTEST_TYPE_SCOPE_ITEM);
  AttestRecord *scope = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SCOPE);
  gboolean read_only = attest_workspace_is_read_only (self->workspace);
  GtkWidget *group, *add, *view, *frame;

  for (guint g = 0; g < G_N_ELEMENTS (scope_groups); g++)
    {
      g_autofree char *add_name = g_strdup_printf ("add-scope-%d", scope_groups[g].kind);
      guint count = 0;

      group = group_new (page, _(scope_groups[g].title), _(scope_groups[g].description));
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
          g_autofree char *fallback = NULL;

          if (attest_record_get_enum (item, "kind") != (int) scope_groups[g].kind)
            continue;
          count++;
          fallback = g_strdup_printf ("%s %u", _(scope_groups[g].title), count);
          record_card (self, group, item, fallback, "name",
                       scope_groups[g].kind == ATTEST_SCOPE_ITEM_KIND_EXCLUSION ? exclusion_fields : item_fields);
        }
      add = button_new (_(scope_groups[g].add_label), add_name);
      gtk_widget_set_margin_top (add, 6);
      gtk_widget_set_sensitive (add, !read_only);
      g_object_set_data (G_OBJECT (add), "kind", GINT_TO_POINTER (scope_groups[g].kind));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_scope_item_clicked_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
    }

  group = group_new (page, _("Scope statement"),
                     _("Attest drafts it from your answers only when you ask; edit it freely afterwards."));
  view = gtk_text_view_new ();
  gtk_widget_set_name (view, "scope-statement");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), !read_only);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 140);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scope statement"), -1);
  attest_bind_text_view (GTK_TEXT_VIEW (view), scope, "statement");
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  add = button_new (_("_Draft the Statement from My Answers"), "draft-statement");
  gtk_widget_set_margin_top (add, 12);
  gtk_widget_set_sensitive (add, !read_only);
  g_signal_connect (add, "clicked", G_CALLBACK (on_draft_clicked_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
}

/* Statement of Applicability */

static AttestRecord *
soa_entry_at (AttestSetupView *self,
              guint            index)
{
  g_autoptr(AttestRecord) entry = g_list_model_get_item (attest_workspace_get_records (self->workspace, ATTEST_TYPE_SOA_ENTRY),
                                                         index);
  return entry;   /* the model keeps it */
}

static guint
first_undecided (AttestSetupView *self,
                 guint            otherwise)
{
  GListModel *entries = attest_workspace_get_records (self->workspace, ATTEST_TYPE_SOA_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    if (attest_record_get_enum (soa_entry_at (self, i), "applicability") == ATTEST_APPLICABILITY_UNDECIDED)
      return i;
  return otherwise;
}

static void
soa_show (AttestSetupView *self,
          guint            index)
{
  guint n = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_SOA_ENTRY));

  self->soa_index = MIN (index, n - 1);
  rebuild_page (self);
}

static void
on_soa_decide_cb (GtkButton       *button,
                  AttestSetupView *self)
{
  int applicability = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "applicability"));
  AttestRecord *entry = soa_entry_at (self, self->soa_index);

  g_object_set (entry, "applicability", applicability, NULL);
  /* Applicable goes straight on; an exclusion waits for its reason. */
  if (applicability == ATTEST_APPLICABILITY_APPLICABLE)
    soa_show (self, self->soa_index + 1);
  else
    {
      g_set_object (&self->focus_record, entry);
      rebuild_page (self);
    }
}

static void
on_soa_move_cb (GtkButton       *button,
                AttestSetupView *self)
{
  int step = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step"));

  if (step < 0 && self->soa_index == 0)
    return;
  soa_show (self, self->soa_index + step);
}

static void
on_soa_bulk_cb (GtkButton       *button,
                AttestSetupView *self)
{
  const char *theme = g_object_get_data (G_OBJECT (button), "theme");
  g_autoptr(GError) error = NULL;

  if (attest_soa_mark_theme_applicable (self->workspace, theme, &error) == G_MAXUINT)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
    }
  /* On to the first control still to decide, usually in the next theme. */
  soa_show (self, first_undecided (self, self->soa_index));
}

static gboolean
on_soa_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (widget), g_variant_get_string (args, NULL));

  if (button == NULL || !gtk_widget_is_sensitive (button))
    return FALSE;
  gtk_widget_activate (button);
  return TRUE;
}

static GtkWidget *
soa_button (AttestSetupView *self,
            const char      *label,
            const char      *name,
            GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_sensitive (button, !attest_workspace_is_read_only (self->workspace));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
build_soa (AttestSetupView *self,
           GtkBox          *page)
{
  static const char * const fields[] = { "justification", NULL };
  AttestCatalog *catalog = attest_catalog_get_default ();
  AttestRecord *entry = soa_entry_at (self, self->soa_index);
  const AttestControl *control = attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));
  guint n = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_SOA_ENTRY));
  int applicability = attest_record_get_enum (entry, "applicability");
  g_autofree char *progress = g_strdup_printf (_("%u of %u decided"), attest_soa_count_decided (self->workspace), n);
  g_autofree char *where = g_strdup_printf (_("Control %u of %u · %s"), self->soa_index + 1, n, control->theme);
  g_autofree char *heading = g_strdup_printf ("A.%s %s", control->number, control->title);
  g_autofree char *type = g_strjoinv (", ", control->control_type);
  g_autofree char *properties = g_strjoinv (", ", control->properties);
  g_autofree char *concepts = g_strjoinv (", ", control->concepts);
  g_autofree char *attributes = g_strdup_printf (_("%s · %s · %s"), type, properties, concepts);
  g_autofree char *decision = g_strdup_printf (_("Decided: %s"), attest_enum_get_label (ATTEST_TYPE_APPLICABILITY, applicability));
  g_autofree char *bulk_label = g_strdup_printf (_("Mark the Rest of the %s _Applicable"), control->theme);
  GtkWidget *progress_label = gtk_label_new (progress);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *where_label = gtk_label_new (where);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *attrs = gtk_label_new (attributes);
  GtkWidget *text = gtk_label_new (attest_guidance_for_control (control->number));
  GtkWidget *decision_label = gtk_label_new (decision);
  GtkWidget *decide = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *move = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *yes, *no, *previous, *next, *bulk;
  GtkWidget *group;
  GtkEventController *keys;

  gtk_widget_set_name (progress_label, "soa-progress");
  gtk_label_set_xalign (GTK_LABEL (progress_label), 0);
  gtk_widget_add_css_class (progress_label, "heading");
  gtk_box_append (page, progress_label);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "soa-card");
  gtk_widget_set_name (card, "soa-card");
  gtk_label_set_xalign (GTK_LABEL (where_label), 0);
  gtk_widget_add_css_class (where_label, "dim-label");
  gtk_widget_add_css_class (where_label, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_name (title, "soa-control");
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (attrs), 0);
  gtk_label_set_wrap (GTK_LABEL (attrs), TRUE);
  gtk_widget_add_css_class (attrs, "dim-label");
  gtk_widget_add_css_class (attrs, "caption");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (decision_label), 0);
  gtk_widget_set_name (decision_label, "soa-decision");
  gtk_widget_add_css_class (decision_label, applicability == ATTEST_APPLICABILITY_UNDECIDED ? "dim-label" : "accent");

  yes = soa_button (self, _("_Applicable"), "soa-applicable", G_CALLBACK (on_soa_decide_cb));
  gtk_widget_add_css_class (yes, "suggested-action");
  g_object_set_data (G_OBJECT (yes), "applicability", GINT_TO_POINTER (ATTEST_APPLICABILITY_APPLICABLE));
  no = soa_button (self, _("_Not Applicable"), "soa-not-applicable", G_CALLBACK (on_soa_decide_cb));
  g_object_set_data (G_OBJECT (no), "applicability", GINT_TO_POINTER (ATTEST_APPLICABILITY_NOT_APPLICABLE));
  gtk_box_append (GTK_BOX (decide), yes);
  gtk_box_append (GTK_BOX (decide), no);

  gtk_box_append (GTK_BOX (card), where_label);
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), attrs);
  gtk_box_append (GTK_BOX (card), text);
  gtk_box_append (GTK_BOX (card), decision_label);
  gtk_box_append (GTK_BOX (card), decide);
  gtk_box_append (page, card);

  group = group_new (page, NULL, applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE
                                   ? _("Say why the control does not apply; an auditor will read it.")
                                   : _("Optional for an included control: why it is needed."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             attest_record_form_new (entry, fields, attest_workspace_is_read_only (self->workspace)));

  previous = soa_button (self, _("_Previous Control"), "soa-previous", G_CALLBACK (on_soa_move_cb));
  g_object_set_data (G_OBJECT (previous), "step", GINT_TO_POINTER (-1));
  gtk_widget_set_sensitive (previous, self->soa_index > 0);
  next = soa_button (self, _("Ne_xt Control"), "soa-next-control", G_CALLBACK (on_soa_move_cb));
  g_object_set_data (G_OBJECT (next), "step", GINT_TO_POINTER (1));
  gtk_widget_set_sensitive (next, self->soa_index + 1 < n);
  gtk_box_append (GTK_BOX (move), previous);
  gtk_box_append (GTK_BOX (move), next);
  gtk_box_append (page, move);

  bulk = soa_button (self, bulk_label, "soa-bulk", G_CALLBACK (on_soa_bulk_cb));
  gtk_widget_set_halign (bulk, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (bulk), "theme", g_strdup (control->theme), g_free);
  gtk_box_append (page, bulk);

  /* Quick keys when the focus is not in the text field: A, N, and the
   * arrows to move between controls. */
  g_object_set_data (G_OBJECT (page), "a", yes);
  g_object_set_data (G_OBJECT (page), "n", no);
  g_object_set_data (G_OBJECT (page), "previous", previous);
  g_object_set_data (G_OBJECT (page), "next", next);
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_LOCAL);
  {
    static const struct { guint key; const char *name; } map[] = {
      { GDK_KEY_a, "a" }, { GDK_KEY_n, "n" }, { GDK_KEY_Left, "previous" }, { GDK_KEY_Right, "next" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (map); i++)
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                            gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (map[i].key, 0),
                                                                             gtk_callback_action_new (on_soa_key_cb, self, NULL),
                                                                             "s", map[i].name));
  }
  gtk_widget_add_controller (GTK_WIDGET (page), keys);
}

/* Review */

static void
on_fix_clicked_cb (GtkButton       *button,
                   AttestSetupView *self)
{
  attest_setup_view_show_step (self, g_object_get_data (G_OBJECT (button), "step"));
}

static void
build_review (AttestSetupView *self,
              GtkBox          *page)
{
  /* The same rules as the Readiness page, not only the setup's steps:
   * drafted risks still to rate, controls included without a reason. */
  g_autoptr(GPtrArray) findings = attest_readiness_check (self->workspace);
  guint blockers = attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER);
  guint warnings = attest_readiness_count (findings, ATTEST_SEVERITY_WARNING);
  const guint max_rows = 40;
  guint shown = 0;
  g_autofree char *missing_text = NULL;
  guint n_issues = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_CONTEXT_ISSUE));
  guint n_parties = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_INTERESTED_PARTY));
  guint n_requirements = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_REQUIREMENT));
  guint n_items = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_SCOPE_ITEM));
  GtkWidget *group, *list;

  group = group_new (page, _("What you recorded"), NULL);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What you recorded"), -1);
  for (guint s = 0; s + 1 < G_N_ELEMENTS (steps); s++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *summary = NULL;
      guint missing = 0;

      for (guint i = 0; i < findings->len; i++)
        {
          AttestFinding *finding = g_ptr_array_index (findings, i);

          missing += finding->severity == ATTEST_SEVERITY_BLOCKER && g_str_equal (finding->step, steps[s].id);
        }
      if (g_str_equal (steps[s].id, "context"))
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u issue", "%u issues", n_issues), n_issues);
      else if (g_str_equal (steps[s].id, "parties"))
        summary = g_strdup_printf (_("%u parties, %u requirements"), n_parties, n_requirements);
      else if (g_str_equal (steps[s].id, "soa"))
        summary = g_strdup_printf (_("%u of %u controls decided"), attest_soa_count_decided (self->workspace),
                                   g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_SOA_ENTRY)));
      else if (g_str_equal (steps[s].id, "scope"))
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u part of the scope", "%u parts of the scope", n_items), n_items);
      else if (g_str_equal (steps[s].id, "method"))
        {
          AttestRecord *method = attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_RISK_METHOD);
          int computation = 0, acceptance = 0;

          g_object_get (method, "computation", &computation, "acceptance-level", &acceptance, NULL);
          /* TRANSLATORS: "5 × 5, likelihood × impact, accepted up to Medium" */
          summary = g_strdup_printf (_("%u × %u, %s, accepted up to %s"),
                                     g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")),
                                     g_strv_length ((char **) attest_record_get_strv (method, "impact-scale")),
                                     attest_enum_get_label (ATTEST_TYPE_RISK_COMPUTATION, computation),
                                     attest_risk_method_level_name (method, acceptance));
        }
      else if (g_str_equal (steps[s].id, "risks"))
        {
          GListModel *risks = attest_workspace_get_records (self->workspace, ATTEST_TYPE_RISK);
          guint n_risks = g_list_model_get_n_items (risks), assessed = 0;
          guint n_assets = g_list_model_get_n_items (attest_workspace_get_records (self->workspace, ATTEST_TYPE_ASSET));

          for (guint i = 0; i < n_risks; i++)
            {
              g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

              assessed += attest_risk_level (self->workspace, risk, FALSE) >= 0;
            }
          /* TRANSLATORS: "8 assets, 10 risks, 1 assessed" */
          summary = g_strdup_printf (_("%u assets, %u risks, %u assessed"), n_assets, n_risks, assessed);
        }
      else
        summary = g_strdup (attest_record_get_string (attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_ORGANISATION), "name"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(steps[s].title));
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
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);

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
  group = group_new (page, _("Still missing"), missing_text);
  gtk_widget_set_name (group, "missing-group");
  if (blockers == 0)
    return;
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_name (list, "missing-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Still missing"), -1);
  for (guint i = 0; i < findings->len && shown < max_rows; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      GtkWidget *row;
      GtkWidget *fix;
      gboolean in_setup = FALSE;

      if (finding->severity != ATTEST_SEVERITY_BLOCKER)
        continue;
      shown++;
      for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
        in_setup |= g_str_equal (steps[s].id, finding->step);
      row = adw_action_row_new ();
      if (!in_setup)
        {
          g_autofree char *outside = g_strdup_printf (_("Clause %s · after the setup"), finding->clause);

          g_object_set (row, "use-markup", FALSE, NULL);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), outside);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
          continue;
        }
      fix = gtk_button_new_with_label (_("Fix"));
      g_autofree char *subtitle = g_strdup_printf (_("Clause %s"), finding->clause);
      g_autofree char *accessible = g_strdup_printf (_("Fix: %s"), finding->message);

      g_object_set (row, "use-markup", FALSE, NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (fix), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (fix), "step", g_strdup (finding->step), g_free);
      g_signal_connect (fix, "clicked", G_CALLBACK (on_fix_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), fix);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  if (blockers > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more blocker, on the Readiness page.",
                                                            "And %u more blockers, on the Readiness page.", blockers - shown),
                                               blockers - shown);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 6);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);
    }
}

/* Navigation */

static void
set_refusal (AttestSetupView *self,
             const char      *text)
{
  g_free (self->refusal);
  self->refusal = g_strdup (text);
  gtk_label_set_text (self->refusal_label, text ? text : "");
  gtk_revealer_set_reveal_child (self->refusal_revealer, text != NULL);
}

static GPtrArray *check_current_step (AttestSetupView *self);

/* Once Next was refused, the reasons follow the user's corrections. */
static void
refresh_refusal (AttestSetupView *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) text = NULL;

  if (self->refusal == NULL)
    return;
  findings = check_current_step (self);
  if (findings->len == 0)
    {
      set_refusal (self, NULL);
      return;
    }
  text = g_string_new (self->current + 1 == G_N_ELEMENTS (steps)
                       ? _("To finish, fix what is still missing:")
                       : _("To go on, fix these first:"));
  for (guint i = 0; i < findings->len && i < 6; i++)
    g_string_append_printf (text, "\n• %s", ((AttestFinding *) g_ptr_array_index (findings, i))->message);
  if (findings->len > 6)
    g_string_append_printf (text, _("\n• and %u more"), findings->len - 6);
  set_refusal (self, text->str);
}

static void
on_form_validated_cb (AttestRecordForm *form,
                      AttestSetupView  *self)
{
  refresh_refusal (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  AttestSetupView *self = data;

  self->refresh_id = 0;
  refresh_refusal (self);
  return G_SOURCE_REMOVE;
}

static void
on_page_record_notify_cb (AttestSetupView *self)
{
  if (self->refusal != NULL && self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
connect_forms (AttestSetupView *self,
               GtkWidget       *root)
{
  if (ATTEST_IS_RECORD_FORM (root))
    {
      g_signal_connect_object (root, "validated", G_CALLBACK (on_form_validated_cb), self, 0);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    connect_forms (self, child);
}

static void
update_step_list (AttestSetupView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->steps_list, i);
      GtkWidget *icon = g_object_get_data (G_OBJECT (row), "icon");
      g_autoptr(GPtrArray) findings = NULL;

      if (i + 1 < G_N_ELEMENTS (steps))
        {
          findings = attest_readiness_check_step (self->workspace, steps[i].id);
          gtk_image_set_from_icon_name (GTK_IMAGE (icon), findings->len == 0 ? "emblem-ok-symbolic" : NULL);
        }
      if (i == self->current)
        gtk_list_box_select_row (self->steps_list, row);
    }
}

static GtkWidget *
first_row_of (GtkWidget    *root,
              AttestRecord *record)
{
  if (ATTEST_IS_RECORD_FORM (root) && attest_record_form_get_record (ATTEST_RECORD_FORM (root)) == record)
    {
      GtkWidget *list = gtk_widget_get_first_child (root);
      return list ? gtk_widget_get_first_child (list) : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_row_of (child, record);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
build_current_page (AttestSetupView *self)
{
  const Step *step = &steps[self->current];
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *title = gtk_label_new (_(step->title));
  GtkWidget *clause = gtk_label_new (_(step->clause));
  GtkWidget *intro = gtk_label_new (_(step->intro));
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *clamp = adw_clamp_new ();
  g_autofree char *progress = g_strdup_printf (_("Step %u of %u · %s"), self->current + 1,
                                               (guint) G_N_ELEMENTS (steps), _(step->title));

  gtk_widget_add_css_class (page, "setup-page");
  gtk_widget_set_name (page, step->id);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_xalign (GTK_LABEL (clause), 0);
  gtk_widget_add_css_class (clause, "dim-label");
  gtk_widget_add_css_class (clause, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_widget_add_css_class (intro, "body");
  gtk_box_append (GTK_BOX (heading), clause);
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), intro);
  gtk_box_append (GTK_BOX (page), heading);

  step->build (self, GTK_BOX (page));
  connect_forms (self, page);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_scrolled_window_set_child (self->scroller, clamp);
  self->page = GTK_BOX (page);

  gtk_label_set_text (self->progress_label, progress);
  gtk_widget_set_sensitive (self->back_button, self->current > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button),
                        self->current + 1 == G_N_ELEMENTS (steps) ? _("_Finish") : _("_Next"));
  update_step_list (self);

  if (self->focus_record != NULL)
    {
      GtkWidget *row = first_row_of (page, self->focus_record);

      if (row != NULL)
        gtk_widget_grab_focus (row);
      g_clear_object (&self->focus_record);
    }
}

static GtkWidget *
find_descendant (GtkWidget  *root,
                 const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On a new step the keyboard starts at its first field. */
static void
focus_first_field (AttestSetupView *self)
{
  GtkWidget *stack[256];
  GtkWidget *decide = find_descendant (GTK_WIDGET (self->page), "soa-applicable");
  guint n = 0;

  /* On the SoA step the keys decide: start on the decision. */
  if (decide != NULL)
    {
      gtk_widget_grab_focus (decide);
      return;
    }
  stack[n++] = GTK_WIDGET (self->page);
  while (n > 0)
    {
      GtkWidget *w = stack[--n];
      GtkWidget *children[64];
      guint m = 0;

      if (ATTEST_IS_RECORD_FORM (w))
        {
          GtkWidget *list = gtk_widget_get_first_child (w);
          GtkWidget *row = list ? gtk_widget_get_first_child (list) : NULL;

          if (row != NULL)
            gtk_widget_grab_focus (row);
          return;
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c && m < G_N_ELEMENTS (children); c = gtk_widget_get_next_sibling (c))
        children[m++] = c;
      /* Depth first, in order: push the children backwards. */
      while (m > 0 && n < G_N_ELEMENTS (stack))
        stack[n++] = children[--m];
    }
  gtk_widget_grab_focus (self->next_button);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  AttestSetupView *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);

  self->rebuild_id = 0;
  build_current_page (self);
  refresh_refusal (self);
  /* Stay where the user was, unless a new record wants the focus. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), value);
  return G_SOURCE_REMOVE;
}

static void
rebuild_page (AttestSetupView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
on_records_changed_cb (GListModel      *model,
                       guint            position,
                       guint            removed,
                       guint            added,
                       AttestSetupView *self)
{
  rebuild_page (self);
}

/**
 * attest_setup_view_show_step:
 * @self: the setup view
 * @step: a step id
 *
 * Shows a step and remembers it in the file, for resuming.
 */
void
attest_setup_view_show_step (AttestSetupView *self,
                             const char      *step)
{
  AttestRecord *setup = setup_record (self);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (g_str_equal (steps[i].id, step))
      self->current = i;
  set_refusal (self, NULL);
  /* The SoA step starts at the first control still to decide. */
  if (g_str_equal (steps[self->current].id, "soa"))
    self->soa_index = first_undecided (self, 0);
  if (setup != NULL && !attest_workspace_is_read_only (self->workspace))
    g_object_set (setup, "step", steps[self->current].id, NULL);
  build_current_page (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  focus_first_field (self);
}

const char *
attest_setup_view_get_step (AttestSetupView *self)
{
  return steps[self->current].id;
}

/**
 * attest_setup_view_get_page:
 * @self: the setup view
 *
 * Returns: (transfer none): the current step's page
 */
GtkWidget *
attest_setup_view_get_page (AttestSetupView *self)
{
  return GTK_WIDGET (self->page);
}

/**
 * attest_setup_view_get_refusal:
 * @self: the setup view
 *
 * Returns: (nullable): why the last Next was refused, as shown
 */
const char *
attest_setup_view_get_refusal (AttestSetupView *self)
{
  return self->refusal;
}

static GPtrArray *
check_current_step (AttestSetupView *self)
{
  if (self->current + 1 == G_N_ELEMENTS (steps))
    return attest_readiness_check_setup (self->workspace);
  return attest_readiness_check_step (self->workspace, steps[self->current].id);
}

static void
flush_focused_field (AttestSetupView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  while (focus != NULL && !GTK_IS_EDITABLE (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL)
    attest_field_flush (GTK_EDITABLE (focus));
}

/**
 * attest_setup_view_next:
 * @self: the setup view
 *
 * Goes to the next step, or finishes on the last, unless the current step
 * still lacks something: then the reasons are shown, beside each field and
 * above the page, and the focus moves to the first field to fix.
 *
 * Returns: %TRUE if it went on
 */
gboolean
attest_setup_view_next (AttestSetupView *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  gboolean forms_ok;

  /* What is being typed counts. */
  flush_focused_field (self);

  findings = check_current_step (self);
  forms_ok = attest_validate_forms_in (GTK_WIDGET (self->page));

  if (findings->len > 0 || !forms_ok)
    {
      /* Shown even if only a form had problems: the forms say which. */
      set_refusal (self, "");
      refresh_refusal (self);
      if (self->refusal == NULL)
        set_refusal (self, _("To go on, fix the fields marked in red."));
      update_step_list (self);
      return FALSE;
    }

  if (self->current + 1 == G_N_ELEMENTS (steps))
    {
      AttestRecord *setup = setup_record (self);

      if (setup != NULL)
        g_object_set (setup, "completed", TRUE, NULL);
      g_signal_emit (self, signals[FINISHED], 0);
      return TRUE;
    }
  attest_setup_view_show_step (self, steps[self->current + 1].id);
  return TRUE;
}

/**
 * attest_setup_view_back:
 * @self: the setup view
 *
 * Goes to the previous step. Nothing is lost: everything is saved already.
 */
void
attest_setup_view_back (AttestSetupView *self)
{
  flush_focused_field (self);
  if (self->current > 0)
    attest_setup_view_show_step (self, steps[self->current - 1].id);
}

static void
on_next_clicked_cb (GtkButton       *button,
                    AttestSetupView *self)
{
  attest_setup_view_next (self);
}

static void
on_back_clicked_cb (GtkButton       *button,
                    AttestSetupView *self)
{
  attest_setup_view_back (self);
}

static void
on_step_activated_cb (GtkListBox      *list,
                      GtkListBoxRow   *row,
                      AttestSetupView *self)
{
  attest_setup_view_show_step (self, steps[gtk_list_box_row_get_index (row)].id);
}

/* Object */

static void
attest_setup_view_dispose (GObject *object)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->workspace != NULL)
    {
      const GType kinds[] = { ATTEST_TYPE_CONTEXT_ISSUE, ATTEST_TYPE_INTERESTED_PARTY,
                              ATTEST_TYPE_REQUIREMENT, ATTEST_TYPE_SCOPE_ITEM };

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        g_signal_handlers_disconnect_by_data (attest_workspace_get_records (self->workspace, kinds[i]), self);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->focus_record);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->refusal, g_free);

  G_OBJECT_CLASS (attest_setup_view_parent_class)->dispose (object);
}

static void
attest_setup_view_map (GtkWidget *widget)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (attest_setup_view_parent_class)->map (widget);
  /* Enter in a field means Next. */
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_default_widget (GTK_WINDOW (root), self->next_button);
}

static void
attest_setup_view_unmap (GtkWidget *widget)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && gtk_window_get_default_widget (GTK_WINDOW (root)) == self->next_button)
    gtk_window_set_default_widget (GTK_WINDOW (root), NULL);
  GTK_WIDGET_CLASS (attest_setup_view_parent_class)->unmap (widget);
}

static void
attest_setup_view_class_init (AttestSetupViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_setup_view_dispose;
  widget_class->map = attest_setup_view_map;
  widget_class->unmap = attest_setup_view_unmap;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "setupview");

  /**
   * AttestSetupView::finished:
   *
   * The user finished the last step with nothing missing.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
attest_setup_view_init (AttestSetupView *self)
{
}

static GtkWidget *
build_frame (AttestSetupView *self)
{
  GtkWidget *leaflet = adw_leaflet_new ();
  GtkWidget *sidebar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *sidebar_title = gtk_label_new (_("Guided setup"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_action_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *refusal = gtk_label_new (NULL);
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *list = gtk_list_box_new ();
  AdwLeafletPage *page;

  /* The steps, with where the user is and what is complete. */
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_widget_set_name (list, "steps-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Steps"), -1);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      g_autofree char *text = g_strdup_printf ("%u  %s", i + 1, _(steps[i].title));
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *icon = gtk_image_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _(steps[i].title), -1);
      g_object_set_data (G_OBJECT (row), "icon", icon);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_step_activated_cb), self);
  self->steps_list = GTK_LIST_BOX (list);
  gtk_label_set_xalign (GTK_LABEL (sidebar_title), 0);
  gtk_widget_add_css_class (sidebar_title, "heading");
  gtk_widget_set_margin_start (sidebar_title, 18);
  gtk_widget_set_margin_top (sidebar_title, 18);
  gtk_box_append (GTK_BOX (sidebar), sidebar_title);
  gtk_box_append (GTK_BOX (sidebar), list);
  gtk_widget_set_size_request (sidebar, 220, -1);

  /* Why Next was refused, above the page. */
  gtk_label_set_xalign (GTK_LABEL (refusal), 0);
  gtk_label_set_wrap (GTK_LABEL (refusal), TRUE);
  gtk_widget_set_name (refusal, "refusal-label");
  gtk_widget_add_css_class (refusal, "setup-refusal");
  gtk_accessible_update_property (GTK_ACCESSIBLE (refusal), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why you cannot go on yet"), -1);
  gtk_revealer_set_child (GTK_REVEALER (revealer), refusal);
  self->refusal_label = GTK_LABEL (refusal);
  self->refusal_revealer = GTK_REVEALER (revealer);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  self->scroller = GTK_SCROLLED_WINDOW (scroller);

  self->back_button = gtk_button_new_with_mnemonic (_("_Back"));
  gtk_widget_set_name (self->back_button, "setup-back");
  g_signal_connect (self->back_button, "clicked", G_CALLBACK (on_back_clicked_cb), self);
  self->next_button = gtk_button_new_with_mnemonic (_("_Next"));
  gtk_widget_set_name (self->next_button, "setup-next");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  g_signal_connect (self->next_button, "clicked", G_CALLBACK (on_next_clicked_cb), self);
  self->progress_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_name (GTK_WIDGET (self->progress_label), "setup-progress");
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
  gtk_label_set_ellipsize (self->progress_label, PANGO_ELLIPSIZE_END);
  gtk_action_bar_pack_start (GTK_ACTION_BAR (bar), self->back_button);
  gtk_action_bar_set_center_widget (GTK_ACTION_BAR (bar), GTK_WIDGET (self->progress_label));
  gtk_action_bar_pack_end (GTK_ACTION_BAR (bar), self->next_button);

  gtk_box_append (GTK_BOX (content), revealer);
  gtk_box_append (GTK_BOX (content), scroller);
  gtk_box_append (GTK_BOX (content), bar);
  gtk_widget_set_hexpand (content, TRUE);

  adw_leaflet_append (ADW_LEAFLET (leaflet), sidebar);
  page = adw_leaflet_append (ADW_LEAFLET (leaflet), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_page_set_navigatable (page, FALSE);
  page = adw_leaflet_append (ADW_LEAFLET (leaflet), content);
  adw_leaflet_page_set_name (page, "content");
  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (leaflet), TRUE);
  self->leaflet = ADW_LEAFLET (leaflet);
  return leaflet;
}

/**
 * attest_setup_view_new:
 * @workspace: the workspace to set up
 *
 * Returns: (transfer full): the setup view, on the step the workspace was
 *   left at (or the first)
 */
GtkWidget *
attest_setup_view_new (AttestWorkspace *workspace)
{
  AttestSetupView *self = g_object_new (ATTEST_TYPE_SETUP_VIEW, NULL);
  AttestRecord *setup;
  const GType kinds[] = { ATTEST_TYPE_CONTEXT_ISSUE, ATTEST_TYPE_INTERESTED_PARTY,
                          ATTEST_TYPE_REQUIREMENT, ATTEST_TYPE_SCOPE_ITEM,
                          ATTEST_TYPE_ASSET, ATTEST_TYPE_THREAT, ATTEST_TYPE_RISK };

  self->workspace = g_object_ref (workspace);
  self->risk_sector = G_MAXUINT;
  gtk_widget_set_parent (build_frame (self), GTK_WIDGET (self));

  /* Any saved change may answer a refusal. */
  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_page_record_notify_cb), self, G_CONNECT_SWAPPED);

  /* Adding or removing records rebuilds the page that shows them. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect (attest_workspace_get_records (workspace, kinds[i]), "items-changed",
                      G_CALLBACK (on_records_changed_cb), self);

  setup = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP);
  attest_setup_view_show_step (self, setup && *attest_record_get_string (setup, "step")
                                     ? attest_record_get_string (setup, "step") : steps[0].id);
  return GTK_WIDGET (self);
}
