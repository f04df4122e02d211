/* test-setup.c: the guided setup, step by step: each step refuses Next
 * until its answers are complete, takes them, keeps them in the file, and
 * follows the workspace's records without losing the user's place; a user
 * who leaves in the middle comes back to the same step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-gui-resources.h"
#include "attest-gui-test-util.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "setup/attest-setup-view.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-record-form.h"

static void
collect_forms (GtkWidget *root,
               GPtrArray *forms)
{
  if (ATTEST_IS_RECORD_FORM (root))
    g_ptr_array_add (forms, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_forms (child, forms);
}

static AttestRecordForm *
form_for (AttestWindow *window,
          AttestRecord *record)
{
  GtkWidget *page = attest_setup_view_get_page (ATTEST_SETUP_VIEW (attest_window_get_setup_view (window)));
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();

  collect_forms (page, forms);
  for (guint i = 0; i < forms->len; i++)
    if (attest_record_form_get_record (g_ptr_array_index (forms, i)) == record)
      return g_ptr_array_index (forms, i);
  g_error ("No form for the %s %s", attest_record_get_kind (record), attest_record_get_id (record));
}

static void
type_into (AttestRecordForm *form,
           const char       *field,
           const char       *text)
{
  GtkWidget *row = attest_record_form_get_row (form, field);

  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  type_text (row, text);
}

static void
choose (AttestRecordForm *form,
        const char       *field,
        guint             index)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (attest_record_form_get_row (form, field)), index);
}

static void
toggle (AttestRecordForm *form,
        const char       *field,
        gboolean          active)
{
  GtkWidget *row = attest_record_form_get_row (form, field);

  gtk_switch_set_active (GTK_SWITCH (g_object_get_data (G_OBJECT (row), "switch")), active);
}

/* Ticks the suggestion rows whose titles are given. */
static void
tick (GtkWidget          *list,
      const char * const *titles)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) && g_strv_contains (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))))
      adw_action_row_activate (ADW_ACTION_ROW (row));
}

static GtkWidget *
find_labelled_row (GtkWidget  *list,
                   const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;
  return NULL;
}

/* The toast's Undo button, once the toast is there. */
static GtkWidget *
find_undo (GtkWidget *overlay)
{
  GtkWidget *undo = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (overlay); w && undo == NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *stack[64];
      guint n = 0;

      stack[n++] = w;
      while (n > 0 && undo == NULL)
        {
          GtkWidget *c = stack[--n];

          if (GTK_IS_BUTTON (c) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (c)), "_Undo") == 0)
            undo = c;
          for (GtkWidget *d = gtk_widget_get_first_child (c); d && n < G_N_ELEMENTS (stack); d = gtk_widget_get_next_sibling (d))
            stack[n++] = d;
        }
    }
  return undo;
}

static AttestWindow *
show (AttestWorkspace *workspace,
      int              width)
{
  return show_window_sized (workspace, width, 800);
}

static AttestSetupView *
setup_of (AttestWindow *window)
{
  return ATTEST_SETUP_VIEW (attest_window_get_setup_view (window));
}

static void
press_next (AttestWindow *window)
{
  click_named (window, "setup-next");
}

static AttestRecord *
item (AttestWorkspace *workspace,
      GType            kind,
      guint            position)
{
  g_autoptr(AttestRecord) record = g_list_model_get_item (attest_workspace_get_records (workspace, kind), position);
  return record;   /* the model keeps it */
}

#define GERMAN "Lieferkettensorgfaltspflichtengesetz: Überprüfung der Zulieferer"
#define ARABIC "متطلبات حماية البيانات الشخصية"
#define CHINESE "数据出境安全评估"

static gboolean
is_action_row_with (GtkWidget     *widget,
                    gconstpointer  words)
{
  return ADW_IS_ACTION_ROW (widget) && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), words) != NULL;
}

/* The first action row under @root whose title has @words. */
static GtkWidget *
row_titled (GtkWidget  *root,
            const char *words)
{
  return find_widget (root, is_action_row_with, words);
}

/* The keyboard is in @widget (an entry row's text, say). */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
is_ticked (GtkWidget  *list,
           const char *title)
{
  GtkWidget *row = find_labelled_row (list, title);

  g_assert_nonnull (row);
  return gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "check"));
}

static gboolean
is_fix_button (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Fix") == 0;
}

/* The first Fix button in a list of findings. */
static GtkWidget *
first_fix (GtkWidget *root)
{
  return find_widget (root, is_fix_button, NULL);
}

/* Each step is tested on its own, starting where it needs to: a workspace
 * with the earlier steps answered through the core, as a user who went
 * through them would have left it, opened on the step. The answers are
 * those of one organisation, Nordlicht, all the way through. */

static const char * const step_order[] = { "organisation", "context", "parties", "scope", "leadership", "objectives",
                                           "method", "risks", "soa", "review" };

static gboolean
before (const char *step,
        const char *limit)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_order); i++)
    {
      if (g_str_equal (step_order[i], limit))
        return FALSE;
      if (g_str_equal (step_order[i], step))
        return TRUE;
    }
  g_assert_not_reached ();
}

static void
add_record (AttestWorkspace *workspace,
            AttestRecord    *record)
{
  g_autoptr(AttestRecord) owned = record;
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, owned, &error));
  g_assert_no_error (error);
}

/* A new workspace at @path with every step before @step answered, left on
 * @step. */
static AttestWorkspace *
prepare (const char *path,
         const char *step)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_workspace_create (path, NULL, &error);
  AttestRecord *org;

  g_assert_no_error (error);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  if (before ("organisation", step))
    g_object_set (org, "name", "Nordlicht Datendienste GmbH", "short-name", "Nordlicht",
                  "sector", "Software and IT services", "size", "120 employees", "headquarters", "Hamburg, Germany",
                  "certification-target", "2027-06-30", NULL);
  if (before ("context", step))
    {
      add_record (workspace, g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Customers' data lives in our cloud service",
                                           "category", ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL,
                                           "effect", "A breach exposes every customer.", NULL));
      add_record (workspace, g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Hitzewellen und Starkregen in Hamburg",
                                           "category", ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE,
                                           "effect", "The office may close for days.", NULL));
      g_object_set (org, "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT,
                    "climate-statement", "Heat and floods can close the Hamburg office.", NULL);
    }
  if (before ("parties", step))
    {
      AttestRecord *party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Customers",
                                          "kind", ATTEST_PARTY_KIND_CUSTOMER, "relevance", "They pay us.", NULL);

      add_record (workspace, g_object_ref (party));
      add_record (workspace, g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                                           "text", "Incidents reported within 24 hours", NULL));
      g_object_unref (party);
    }
  if (before ("scope", step))
    {
      add_record (workspace, g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_LOCATION, "name", "Hamburg office", NULL));
      add_record (workspace, g_object_new (ATTEST_TYPE_SCOPE_ITEM, "kind", ATTEST_SCOPE_ITEM_KIND_PROCESS, "name", "Customer data hosting", NULL));
      g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE),
                    "statement", "The ISMS of Nordlicht covers customer data hosting.", NULL);
    }
  if (before ("leadership", step))
    {
      add_record (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "Geschäftsführung", "top-management", TRUE,
                                           "responsibilities", "Leads Nordlicht and its ISMS.", NULL));
      add_record (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", "conformity", TRUE,
                                           "reporting", TRUE, "responsibilities", "Runs the ISMS.", NULL));
      g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY),
                    "text", "# Information security policy\n\nNordlicht protects its customers' data.", NULL);
    }
  if (before ("objectives", step))
    add_record (workspace, g_object_new (ATTEST_TYPE_OBJECTIVE, "title", "No laptop lost unencrypted",
                                         "measure", "Device management report", "target", "100 %",
                                         "due-date", "2027-06-30", "owner", "Head of IT (Yusuf Demir)", NULL));
  if (before ("risks", step))
    {
      g_autoptr(GPtrArray) assets = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) threats = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) added = NULL;

      g_ptr_array_add (assets, g_object_new (ATTEST_TYPE_ASSET, "name", "Source code", "kind", ATTEST_ASSET_KIND_INFORMATION, NULL));
      g_ptr_array_add (threats, g_object_new (ATTEST_TYPE_THREAT, "name", "Ransomware", NULL));
      add_record (workspace, g_object_ref (g_ptr_array_index (assets, 0)));
      add_record (workspace, g_object_ref (g_ptr_array_index (threats, 0)));
      g_assert_true (attest_suggestion_draft_risks (workspace, assets, threats, &added, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (added->len, ==, 1);
    }
  if (before ("soa", step))
    {
      GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        g_object_set (item (workspace, ATTEST_TYPE_SOA_ENTRY, i), "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
    }
  /* Nothing the setup would refuse is left in the steps before. */
  for (guint i = 0; i < G_N_ELEMENTS (step_order) && !g_str_equal (step_order[i], step); i++)
    {
      g_autoptr(GPtrArray) findings = attest_readiness_check_step (workspace, step_order[i]);

      for (guint f = 0; f < findings->len; f++)
        g_test_message ("%s: %s", step_order[i], ((AttestFinding *) g_ptr_array_index (findings, f))->message);
      g_assert_cmpuint (findings->len, ==, 0);
    }
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "step", step, NULL);
  return workspace;
}

/* Opens the window on the step the workspace was left at. */
static AttestWindow *
show_step (AttestWorkspace *workspace,
           const char      *step)
{
  AttestWindow *window = show (workspace, 1100);

  g_assert_cmpstr (attest_window_get_view (window), ==, "setup");
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, step);
  return window;
}

static AttestWorkspace *
reopen_read_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  return workspace;
}

/* The add button in the group of @record's card (a party's Add a Requirement). */
static GtkWidget *
button_beside (AttestWindow *window,
               AttestRecord *record,
               const char   *name)
{
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (form_for (window, record)), ADW_TYPE_PREFERENCES_GROUP);

  g_assert_nonnull (group);
  return named (group, name);
}

/* The sidebar's row of step @index, found by its accessible name, has
 * @description as its accessible description. */
static gboolean
step_described (AttestWindow *window,
                guint         index,
                const char   *description)
{
  GtkWidget *row = find_accessible (window, GTK_ACCESSIBLE_ROLE_LIST_ITEM, attest_setup_view_get_step_title (index));
  g_autofree char *mismatch = NULL;

  g_assert_nonnull (row);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  return mismatch == NULL;
}

static void
test_organisation (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "new.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, NULL, &error);
  AttestWindow *window;
  AttestRecordForm *form;
  AttestRecord *org;

  /* An empty workspace opens on the welcome page. */
  window = show (workspace, 1100);
  g_assert_cmpstr (attest_window_get_view (window), ==, "welcome");
  screenshot (GTK_WIDGET (window), "setup-0-welcome");
  click_named (window, "start-setup-button");
  g_assert_cmpstr (attest_window_get_view (window), ==, "setup");
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "organisation");

  /* Next is refused while required fields are empty. */
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "organisation");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "Legal name: Required"));
  form = form_for (window, org);
  g_assert_cmpstr (attest_record_form_get_problem (form, "name"), ==, "Required");
  g_assert_null (attest_record_form_get_problem (form, "sector"));
  /* Who leads and runs the ISMS: roles, in the Leadership step. */
  g_assert_null (attest_record_form_get_row (form, "top-management"));
  g_assert_null (attest_record_form_get_row (form, "isms-manager"));
  screenshot (GTK_WIDGET (window), "setup-1-organisation-refused");

  /* Every field's accessible name is its visible label. */
  {
    static const struct { const char *field; const char *label; } labels[] = {
      { "name", "Legal name" },
      { "short-name", "Short name" },
      { "certification-target", "Certification target date" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      {
        GtkWidget *row = attest_record_form_get_row (form, labels[i].field);
        g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                        labels[i].label);

        g_assert_null (mismatch);
        g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, labels[i].label);
      }
    /* A field with a problem says so to assistive technology too. */
    g_assert_true (gtk_test_accessible_has_state (GTK_ACCESSIBLE (attest_record_form_get_row (form, "name")),
                                                  GTK_ACCESSIBLE_STATE_INVALID));
  }

  type_into (form, "name", "Nordlicht Datendienste GmbH");
  g_assert_null (attest_record_form_get_problem (form, "name"));
  type_into (form, "short-name", "Nordlicht");
  type_into (form, "sector", "Software and IT services");
  type_into (form, "size", "120 employees");
  type_into (form, "headquarters", "Hamburg, Germany");
  type_into (form, "locations", "Berlin office; Home working ; ");
  type_into (form, "certification-target", "30.06.2027");
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "organisation");
  g_assert_nonnull (attest_record_form_get_problem (form, "certification-target"));
  type_into (form, "certification-target", "2027-06-30");
  screenshot (GTK_WIDGET (window), "setup-1-organisation");

  /* Enter in a field goes on, like Next. */
  gtk_widget_activate_action (attest_record_form_get_row (form, "certification-target"), "default.activate", NULL);
  /* It activates Next, which is clicked a moment later. */
  wait_until (g_strcmp0 (attest_setup_view_get_step (setup_of (window)), "organisation") != 0);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "context");
  /* The sector typed here chooses the typical issues there. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (named (attest_setup_view_get_page (setup_of (window)), "sector-row"))), ==, 0);
  /* The sidebar's ticks, for assistive technology: the step passed is
   * done, the one shown is not yet. */
  wait_until (step_described (window, 0, "done"));
  wait_until (step_described (window, 1, "not done yet"));
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "name"), ==, "Nordlicht Datendienste GmbH");
  g_assert_cmpstr (attest_record_get_string (org, "short-name"), ==, "Nordlicht");
  g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "Software and IT services");
  g_assert_cmpstr (attest_record_get_string (org, "size"), ==, "120 employees");
  g_assert_cmpstr (attest_record_get_string (org, "headquarters"), ==, "Hamburg, Germany");
  g_assert_cmpstrv (attest_record_get_strv (org, "locations"), ((const char * const[]) { "Berlin office", "Home working", NULL }));
  g_assert_cmpstr (attest_record_get_string (org, "certification-target"), ==, "2027-06-30");
  g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "step"), ==, "context");
}

static void
test_context (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "context.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "context");
  g_autoptr(GString) long_text = g_string_new (NULL);
  AttestWindow *window = show_step (workspace, "context");
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  AttestRecordForm *form;
  AttestRecord *record;
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));

  for (guint i = 0; long_text->len < 10000; i++)
    g_string_append_printf (long_text, "Sentence %u of a long description, with ümlauts and 中文. ", i);
  g_string_truncate (long_text, 10000);

  /* Typical issues, an own one, and the climate question. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (named (page, "sector-row"))), ==, 0);
  press_next (window);
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "at least one external or internal issue"));
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "climate change is a relevant issue"));
  tick (named (page, "issue-suggestions"),
        (const char * const[]) { "Customers' data lives in our cloud service", "Fast release cycle", NULL });
  click_named (page, "add-suggested-issues");
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 2);

  click_named (page, "add-issue-6");   /* climate change */
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 2);
  g_assert_cmpint (attest_record_get_enum (record, "category"), ==, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE);
  form = form_for (window, record);
  /* The new issue's first field has the keyboard. */
  g_assert_true (has_focus_within (attest_record_form_get_row (form, "title")));
  type_into (form, "title", "Hitzewellen und Starkregen in Hamburg");
  type_into (form, "description", long_text->str);
  type_into (form, "effect", ARABIC " — " CHINESE);
  type_into (form, "treatment", "Remote work plans; supplier reviews ask about climate resilience.");
  form = form_for (window, org);
  choose (form, "climate-relevance", ATTEST_CLIMATE_RELEVANCE_RELEVANT);
  type_into (form, "climate-statement", "Heat and floods can close the Hamburg office and our suppliers' data centres.");
  screenshot (GTK_WIDGET (window), "setup-2-context");
  press_next (window);
  g_assert_null (attest_setup_view_get_refusal (setup_of (window)));
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "parties");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpint (attest_record_get_enum (org, "climate-relevance"), ==, ATTEST_CLIMATE_RELEVANCE_RELEVANT);
  g_assert_cmpstr (attest_record_get_string (org, "climate-statement"), ==,
                   "Heat and floods can close the Hamburg office and our suppliers' data centres.");
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 0);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "Customers' data lives in our cloud service");
  g_assert_cmpint (attest_record_get_enum (record, "category"), ==, ATTEST_ISSUE_CATEGORY_TECHNOLOGICAL);
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 1);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "Fast release cycle");
  g_assert_cmpint (attest_record_get_enum (record, "origin"), ==, ATTEST_ISSUE_ORIGIN_INTERNAL);
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 2);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "Hitzewellen und Starkregen in Hamburg");
  g_assert_true (g_str_equal (attest_record_get_string (record, "description"), long_text->str));
  g_assert_cmpstr (attest_record_get_string (record, "effect"), ==, ARABIC " — " CHINESE);
  g_assert_cmpint (attest_record_get_enum (record, "category"), ==, ATTEST_ISSUE_CATEGORY_CLIMATE_CHANGE);
}

/* Where @widget is in its scrolled window. */
static double
on_screen_y (GtkWidget *widget)
{
  graphene_point_t at;

  g_assert_true (gtk_widget_compute_point (widget, gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  return at.y;
}

/* 0 if @widget is wholly visible in its scrolled window, else how far it is out. */
static double
on_screen (GtkWidget *widget)
{
  double y = on_screen_y (widget);
  double height = gtk_widget_get_height (gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW));

  return y < 0 ? -y : MAX (0, y + gtk_widget_get_height (widget) - height);
}

/* A record added or removed elsewhere (another step's Undo, the core)
 * adds or removes its card; the others, the field being typed in and the
 * scroll position stay as they are. */
static void
test_change_keeps_place (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "place.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "scope");
  AttestWindow *window;
  AttestRecord *party = item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 0);
  GtkAdjustment *scroll;
  GtkWidget *field;
  gpointer form;
  double value, y;

  for (guint i = 0; i < 6; i++)
    add_record (workspace, g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Supplier", NULL));
  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "step", "parties", NULL);
  window = show_step (workspace, "parties");
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (attest_setup_view_get_page (setup_of (window)),
                                                                                              GTK_TYPE_SCROLLED_WINDOW)));
  /* Typing in the last party's name, scrolled down to it. */
  form = form_for (window, item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 6));
  g_object_add_weak_pointer (form, &form);
  field = attest_record_form_get_row (form, "name");
  gtk_widget_grab_focus (field);
  gtk_editable_set_text (GTK_EDITABLE (field), "Supplier of laptops");
  /* The page scrolls to show it. */
  wait_until (on_screen (field) == 0);
  wait_for_frame (window);
  value = gtk_adjustment_get_value (scroll);
  y = on_screen_y (field);

  /* A requirement arrives below the field: nothing moves. */
  add_record (workspace, g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id",
                                       attest_record_get_id (item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 6)), "text", "Spares", NULL));
  g_assert_nonnull (form_for (window, item (workspace, ATTEST_TYPE_REQUIREMENT, 1)));
  wait_for_frame (window);
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, value);

  /* A requirement of the first party arrives above it, and a party goes:
   * the field is still the one typed in, where it was on screen. */
  add_record (workspace, g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party), "text", "Reports", NULL));
  g_assert_nonnull (form_for (window, item (workspace, ATTEST_TYPE_REQUIREMENT, 2)));
  g_assert_true (attest_workspace_remove (workspace, item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 1), NULL));
  wait_for_frame (window);
  g_assert_nonnull (form);
  g_assert_true (has_focus_within (field));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "Supplier of laptops");
  g_assert_cmpfloat (on_screen_y (field), ==, y);
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), !=, value);
  g_object_remove_weak_pointer (form, &form);
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  g_assert_cmpstr (attest_record_get_string (item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 5), "name"), ==, "Supplier of laptops");
}


static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The button labelled @label in the row titled @title, as a screen reader
 * reads them: "Legal, Add". */
static GtkWidget *
button_in_row (GtkWidget  *root,
               const char *title,
               const char *label)
{
  GtkWidget *row = find_row (root, title);

  g_assert_nonnull (row);
  return find_widget (row, is_button_labelled, label);
}

static const char *
selected_sector (GtkWidget *page)
{
  AdwComboRow *row = ADW_COMBO_ROW (named (page, "sector-row"));

  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

/* Issue #17: the sector a newcomer typed is kept through the steps and the
 * suggestions follow it; a new issue added from a suggestion comes into view
 * with the keyboard in its first field, and says what it lacks only once the
 * user leaves it, beside the field. */
static void
test_typed_sector (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "sector.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "context");
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  AttestWindow *window;
  GtkWidget *page, *title, *add;
  GtkAdjustment *scroll;
  AttestRecordForm *form;
  AttestRecord *record;

  g_object_set (org, "sector", "Transport and logistics", NULL);
  /* Many issues already, so that the new one lands far above the Add buttons. */
  for (guint i = 0; i < 6; i++)
    add_record (workspace, g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Road works", "category", ATTEST_ISSUE_CATEGORY_OTHER,
                                         "effect", "Deliveries are late.", NULL));
  window = show (workspace, 1100);
  page = attest_setup_view_get_page (setup_of (window));
  g_assert_cmpstr (selected_sector (page), ==, "Transport and logistics");
  g_assert_nonnull (row_titled (named (page, "issue-suggestions"), "Shipment data is shared with many partners"));
  g_assert_null (row_titled (named (page, "issue-suggestions"), "Fast release cycle"));
  /* The general suggestions follow the sector's own. */
  g_assert_nonnull (row_titled (named (page, "issue-suggestions"), "Few people with security skills"));

  /* Next refused once: the banner lists what is missing from then on. */
  press_next (window);
  g_assert_nonnull (attest_setup_view_get_refusal (setup_of (window)));

  /* "Add" beside the question of a category, far below the issues: the
   * user scrolls down to it and clicks it. */
  add = button_in_row (page, "Legal", "Add");
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (page, GTK_TYPE_SCROLLED_WINDOW)));
  wait_for_frame (window);
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_value (scroll) + on_screen_y (add) - 200);
  wait_for_frame (window);
  g_assert_cmpfloat (on_screen (add), ==, 0);
  gtk_widget_grab_focus (add);
  click (add);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 7);
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 6);
  g_assert_cmpint (attest_record_get_enum (record, "category"), ==, ATTEST_ISSUE_CATEGORY_LEGAL);
  form = form_for (window, record);
  title = attest_record_form_get_row (form, "title");
  g_assert_true (has_focus_within (title));
  wait_until (on_screen (title) == 0);
  wait_for_frame (window);
  g_assert_cmpfloat (on_screen (title), ==, 0);
  g_assert_true (has_focus_within (title));
  /* Nothing typed yet: no error beside the field, none in the banner. */
  g_assert_null (attest_record_form_get_problem (form, "title"));
  g_assert_false (gtk_widget_has_css_class (title, "error"));
  wait_for_frame (window);
  g_assert_null (strstr (attest_setup_view_get_refusal (setup_of (window)) ? attest_setup_view_get_refusal (setup_of (window)) : "",
                         "Required"));
  screenshot (GTK_WIDGET (window), "setup-2-context-added");
  /* Leaving it tells what it lacks, beside the field. */
  gtk_widget_grab_focus (named (page, "sector-row"));
  g_assert_nonnull (attest_record_form_get_problem (form, "title"));
  g_assert_true (gtk_widget_has_css_class (title, "error"));
  type_into (form, "title", "Driving time rules for our drivers");
  type_into (form, "effect", "Planning must respect them.");
  g_assert_null (attest_record_form_get_problem (form, "title"));

  /* The parties and the assets follow the sector too. */
  attest_setup_view_show_step (setup_of (window), "parties");
  page = attest_setup_view_get_page (setup_of (window));
  g_assert_nonnull (row_titled (named (page, "party-suggestions"), "Shippers and consignees"));
  g_assert_nonnull (row_titled (named (page, "party-suggestions"), "Customers"));
  attest_setup_view_show_step (setup_of (window), "risks");
  page = attest_setup_view_get_page (setup_of (window));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (named (page, "risk-sector-row")))),
                   ==, "Transport and logistics");
  g_assert_nonnull (row_titled (named (page, "asset-suggestions"), "Vehicles and trailers"));
  g_assert_nonnull (row_titled (named (page, "asset-suggestions"), "Transport management system"));
  g_assert_nonnull (row_titled (named (page, "asset-suggestions"), "Warehouses"));
  close_window_and_workspace (window, &workspace);

  /* What was typed is on disk, the sector as typed. */
  workspace = reopen_read_only (path);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  g_assert_cmpstr (attest_record_get_string (org, "sector"), ==, "Transport and logistics");
  record = item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 6);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "Driving time rules for our drivers");
  g_assert_cmpint (attest_record_get_enum (record, "category"), ==, ATTEST_ISSUE_CATEGORY_LEGAL);
}

/* A sector Attest has no suggestions of its own for is kept as typed, and
 * the general suggestions serve it. */
static void
test_other_sector (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "bakery.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "context");
  AttestWindow *window;
  GtkWidget *page;

  g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "sector", "Bakery", NULL);
  window = show (workspace, 1100);
  page = attest_setup_view_get_page (setup_of (window));
  g_assert_cmpstr (selected_sector (page), ==, "Bakery");
  g_assert_nonnull (row_titled (named (page, "issue-suggestions"), "Few people with security skills"));
  g_assert_null (row_titled (named (page, "issue-suggestions"), "Fast release cycle"));
  close_window_and_workspace (window, &workspace);
}

/* Issue #17: the places given in the first step are offered in the scope. */
static void
test_scope_locations (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "locations.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "scope");
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  AttestWindow *window;
  GtkWidget *page, *offered;
  AttestRecord *record = NULL;
  GListModel *items;

  g_object_set (org, "locations", (const char * const[]) { "Bremen warehouse", NULL }, NULL);
  window = show_step (workspace, "scope");
  page = attest_setup_view_get_page (setup_of (window));
  offered = named (page, "location-suggestions");
  g_assert_nonnull (row_titled (offered, "Hamburg, Germany"));
  g_assert_nonnull (row_titled (offered, "Bremen warehouse"));
  screenshot (GTK_WIDGET (window), "setup-4-scope-locations");
  click (button_in_row (offered, "Bremen warehouse", "Add"));
  items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (g_strcmp0 (attest_record_get_string (item (workspace, ATTEST_TYPE_SCOPE_ITEM, i), "name"), "Bremen warehouse") == 0)
      record = item (workspace, ATTEST_TYPE_SCOPE_ITEM, i);
  g_assert_nonnull (record);
  g_assert_cmpint (attest_record_get_enum (record, "kind"), ==, ATTEST_SCOPE_ITEM_KIND_LOCATION);
  /* Offered no more, and the new location is in view. */
  g_assert_null (row_titled (offered, "Bremen warehouse"));
  wait_until (on_screen (GTK_WIDGET (form_for (window, record))) == 0);
  close_window_and_workspace (window, &workspace);

  /* On disk. */
  workspace = reopen_read_only (path);
  items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  record = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    if (g_strcmp0 (attest_record_get_string (item (workspace, ATTEST_TYPE_SCOPE_ITEM, i), "name"), "Bremen warehouse") == 0)
      record = item (workspace, ATTEST_TYPE_SCOPE_ITEM, i);
  g_assert_nonnull (record);
}

static void
test_parties (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "parties.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "parties");
  g_autoptr(GError) error = NULL;
  AttestWindow *window;
  AttestRecordForm *form;
  AttestRecord *record;
  GtkWidget *page;

  window = show_step (workspace, "parties");

  /* Two usual ones, then leave in the middle. */
  page = attest_setup_view_get_page (setup_of (window));
  tick (named (page, "party-suggestions"), (const char * const[]) { "Customers", "Regulators and authorities", NULL });
  click_named (page, "add-suggested-parties");
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_INTERESTED_PARTY)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT)), ==, 2);
  click_named (page, "add-party");
  record = item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 2);
  form = form_for (window, record);
  type_into (form, "name", GERMAN);

  close_window_and_workspace (window, &workspace);

  /* Attest is closed and opened again: back on this step with everything. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  window = show_step (workspace, "parties");
  record = item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 2);
  g_assert_cmpstr (attest_record_get_string (record, "name"), ==, GERMAN);
  form = form_for (window, record);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (attest_record_form_get_row (form, "name"))), ==, GERMAN);
  screenshot (GTK_WIDGET (window), "setup-3-parties-resumed");

  /* The new party has no requirement yet: refused, then fixed with the
   * Add a Requirement of its own group. */
  press_next (window);
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "record at least one of their requirements"));
  click (button_beside (window, record, "add-requirement"));
  record = item (workspace, ATTEST_TYPE_REQUIREMENT, 2);
  form = form_for (window, record);
  g_assert_true (has_focus_within (attest_record_form_get_row (form, "text")));
  type_into (form, "text", "Sorgfaltspflichten in der Lieferkette nachweisen");
  choose (form, "kind", ATTEST_REQUIREMENT_KIND_LEGAL);
  toggle (form, "addressed", TRUE);
  type_into (form, "how-addressed", "Supplier security reviews every year.");
  toggle (form, "climate-related", TRUE);
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "scope");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  record = item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 0);
  g_assert_cmpstr (attest_record_get_string (record, "name"), ==, "Customers");
  g_assert_cmpint (attest_record_get_enum (record, "kind"), ==, ATTEST_PARTY_KIND_CUSTOMER);
  record = item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 2);
  g_assert_cmpstr (attest_record_get_string (record, "name"), ==, GERMAN);
  record = item (workspace, ATTEST_TYPE_REQUIREMENT, 2);
  g_assert_cmpstr (attest_record_get_string (record, "text"), ==, "Sorgfaltspflichten in der Lieferkette nachweisen");
  g_assert_cmpstr (attest_record_get_string (record, "party-id"), ==,
                   attest_record_get_id (item (workspace, ATTEST_TYPE_INTERESTED_PARTY, 2)));
  g_assert_cmpint (attest_record_get_enum (record, "kind"), ==, ATTEST_REQUIREMENT_KIND_LEGAL);
  g_assert_true (attest_record_get_boolean (record, "addressed"));
  g_assert_true (attest_record_get_boolean (record, "climate-related"));
  g_assert_cmpstr (attest_record_get_string (record, "how-addressed"), ==, "Supplier security reviews every year.");
}

static void
test_scope (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "scope.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "scope");
  AttestWindow *window = show_step (workspace, "scope");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));
  AttestRecordForm *form;
  AttestRecord *record;

  /* An exclusion without its reason is refused. */
  {
    const struct { int kind; const char *name; const char *second; } parts[] = {
      { ATTEST_SCOPE_ITEM_KIND_UNIT, "Engineering", "Product development and operations" },
      { ATTEST_SCOPE_ITEM_KIND_LOCATION, "Hamburg office", "Head office" },
      { ATTEST_SCOPE_ITEM_KIND_PROCESS, "customer data hosting", "The hosted analytics service" },
      { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "Kubernetes platform", "Production clusters" },
      { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, "Canteen network", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        g_autofree char *button = g_strdup_printf ("add-scope-%d", parts[i].kind);

        click_named (page, button);
        record = item (workspace, ATTEST_TYPE_SCOPE_ITEM, i);
        g_assert_cmpint (attest_record_get_enum (record, "kind"), ==, parts[i].kind);
        form = form_for (window, record);
        type_into (form, "name", parts[i].name);
        if (parts[i].second != NULL)
          type_into (form, "description", parts[i].second);
      }
  }
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "scope");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "Required for an exclusion"));
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "scope statement"));
  record = item (workspace, ATTEST_TYPE_SCOPE_ITEM, 4);
  form = form_for (window, record);
  g_assert_cmpstr (attest_record_form_get_problem (form, "justification"), ==, "Required for an exclusion");
  screenshot (GTK_WIDGET (window), "setup-4-scope-refused");
  type_into (form, "justification", "Run by the landlord; separate from our networks.");
  click_named (page, "draft-statement");
  g_assert_true (g_str_has_prefix (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE), "statement"),
                                   "The information security management system of Nordlicht Datendienste GmbH covers customer data hosting"));
  screenshot (GTK_WIDGET (window), "setup-4-scope");
  press_next (window);

  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "leadership");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  record = item (workspace, ATTEST_TYPE_SCOPE_ITEM, 4);
  g_assert_cmpstr (attest_record_get_string (record, "name"), ==, "Canteen network");
  g_assert_cmpstr (attest_record_get_string (record, "justification"), ==, "Run by the landlord; separate from our networks.");
}

static void
test_method (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "method.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "method");
  AttestWindow *window = show_step (workspace, "method");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));

  /* The 5 x 5 preset to start from, a 4 x 4 one chosen. */
  {
    AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);

    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, 5);
    click_named (page, "preset-4");
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, 4);
    screenshot (GTK_WIDGET (window), "setup-5-method");
    /* A method that makes no sense is refused like any other step. */
    g_object_set (method, "acceptance-level", 5, NULL);
    press_next (window);
    g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "method");
    g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "acceptance level"));
    g_object_set (method, "acceptance-level", 1, NULL);
  }
  press_next (window);

  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "risks");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD),
                                                                     "likelihood-scale")), ==, 4);
}

static void
test_risks (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "risks.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "risks");
  AttestWindow *window = show_step (workspace, "risks");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));

  /* First risks: refused without assets and risks; usual assets of the
   * sector added, the likely threats ticked, drafts made, undone, made. */
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "risks");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "no assets yet"));
  page = attest_setup_view_get_page (setup_of (window));
  tick (named (page, "asset-suggestions"), (const char * const[]) { "Source code", "Production cloud environment", NULL });
  click_named (page, "add-suggested-assets");
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET)), ==, 2);
  g_assert_null (find_labelled_row (named (page, "asset-suggestions"), "Source code"));
  g_assert_nonnull (find_labelled_row (named (page, "risk-assets"), "Source code"));
  tick (named (page, "risk-threats"), (const char * const[]) { "Denial of service", NULL });   /* untick */
  screenshot (GTK_WIDGET (window), "setup-6-risks");
  {
    guint software = attest_suggestion_find_sector ("Software and IT services"), n_usual, expected = 0;
    const AttestNamedSuggestion *usual = attest_suggestion_get_threats (&n_usual);
    GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);

    for (guint i = 0; i < n_usual; i++)
      if (attest_suggestion_threat_is_likely (software, usual[i].name) && !g_str_equal (usual[i].name, "Denial of service"))
        expected += attest_suggestion_threat_applies (ATTEST_ASSET_KIND_INFORMATION, usual[i].name)
                    + attest_suggestion_threat_applies (ATTEST_ASSET_KIND_SERVICE, usual[i].name);
    g_assert_cmpuint (expected, >=, 5);
    click_named (page, "draft-risks");
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, expected);
    g_assert_true (click_labelled (GTK_WIDGET (window), "_Undo"));
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 0);
    /* The threats added stay, ticked as before, and Denial of service
     * stays unticked, as the user left it. */
    g_assert_true (is_ticked (named (page, "risk-threats"), "Ransomware"));
    g_assert_false (is_ticked (named (page, "risk-threats"), "Denial of service"));
    click_named (page, "draft-risks");
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, expected);
    {
      g_autofree char *counted = g_strdup_printf ("%u risks recorded", expected);

      g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (named (page, "risk-count"))), counted));
    }
    screenshot (GTK_WIDGET (window), "setup-6-risks-drafted");
  }
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "soa");

  close_window_and_workspace (window, &workspace);
}

static void
test_soa (TestDir       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "soa.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "soa");
  AttestWindow *window = show_step (workspace, "soa");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));
  AttestRecord *record;

  /* Control by control, then a theme at once. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-progress"))), ==, "0 of 93 decided");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-control"))), ==, "A.5.1 Policies for information security");
  screenshot (window, "setup-5-soa");
  click_named (page, "soa-applicable");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-progress"))), ==, "1 of 93 decided");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-control"))), ==,
                   "A.5.2 Information security roles and responsibilities");
  click_named (page, "soa-not-applicable");
  /* An exclusion waits for its reason, with the keyboard in it. */
  g_assert_true (has_focus_within (attest_record_form_get_row (form_for (window, attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2")),
                                                                   "justification")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-control"))), ==,
                   "A.5.2 Information security roles and responsibilities");
  press_next (window);
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "A.5.2 Information security roles and responsibilities: excluded without a justification"));
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "91 of 93 controls are not decided yet"));
  screenshot (window, "setup-5-soa-refused");
  record = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2");
  type_into (form_for (window, record), "justification", "Roles are defined at group level, outside this ISMS.");
  for (guint theme = 0; theme < 4; theme++)
    click_named (page, "soa-bulk");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-progress"))), ==, "93 of 93 decided");
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "review");

  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  record = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2");
  g_assert_cmpint (attest_record_get_enum (record, "applicability"), ==, ATTEST_APPLICABILITY_NOT_APPLICABLE);
  g_assert_cmpstr (attest_record_get_string (record, "justification"), ==, "Roles are defined at group level, outside this ISMS.");
  g_assert_cmpuint (attest_soa_count_decided (workspace), ==, 93);
}

/* The sidebar's tick for a step, found as a screen reader finds the row. */
static gboolean
step_ticked (AttestWindow *window,
             const char   *title)
{
  GtkWidget *row = accessible (setup_of (window), GTK_ACCESSIBLE_ROLE_LIST_ITEM, title);
  GtkWidget *icon = find_of_type (row, GTK_TYPE_IMAGE);

  g_assert_nonnull (icon);
  return gtk_image_get_icon_name (GTK_IMAGE (icon)) != NULL;
}

/* A tick says a step was done: reached and left with Next. The risk
 * method's defaults satisfy its rules, yet a user who has not seen the
 * step has not decided it. */
static void
test_sidebar_ticks (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "ticks.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "method");
  AttestWindow *window = show_step (workspace, "method");

  /* The steps before were passed; this one and the next not yet. */
  g_assert_true (step_ticked (window, "Organisation"));
  g_assert_true (step_ticked (window, "Scope"));
  g_assert_false (step_ticked (window, "Risk method"));
  g_assert_false (step_ticked (window, "First risks"));
  screenshot (window, "setup-ticks-method");
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "risks");
  g_assert_true (step_ticked (window, "Risk method"));
  g_assert_false (step_ticked (window, "First risks"));
  /* Going back keeps what was done. */
  click_named (window, "setup-back");
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "method");
  g_assert_true (step_ticked (window, "Risk method"));
  close_window_and_workspace (window, &workspace);

  /* And so does the file: reopened where the user went back to, the step
   * they had done keeps its tick. */
  {
    g_autoptr(GError) error = NULL;

    workspace = attest_workspace_open (path, ATTEST_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "reached"),
                     ==, "risks");
    window = show_step (workspace, "method");
    g_assert_true (step_ticked (window, "Risk method"));
    g_assert_false (step_ticked (window, "First risks"));
    close_window_and_workspace (window, &workspace);
  }

  /* A fresh workspace: nothing is done, whatever its defaults. */
  {
    g_autofree char *fresh = test_dir_path (fixture, "fresh.isms");
    g_autoptr(GError) error = NULL;

    workspace = attest_workspace_create (fresh, NULL, &error);
    g_assert_no_error (error);
    g_object_set (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP), "step", "organisation", NULL);
    window = show_step (workspace, "organisation");
    g_assert_false (step_ticked (window, "Risk method"));
    g_assert_false (step_ticked (window, "Organisation"));
    screenshot (window, "setup-ticks-fresh");
    close_window_and_workspace (window, &workspace);
  }
}

/* The button filled is the decision recorded: none before deciding, then
 * the one pressed, and the file says the same. */
static void
test_soa_decision_shown (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "decision.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "soa");
  AttestWindow *window = show_step (workspace, "soa");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));
  GtkWidget *applicable = find_button (page, "_Applicable");
  GtkWidget *not_applicable = find_button (page, "_Not Applicable");
  AttestRecord *record;

  g_assert_nonnull (applicable);
  g_assert_nonnull (not_applicable);
  g_assert_nonnull (find_labelled (page, "Decided: Not decided"));
  g_assert_false (gtk_widget_has_css_class (applicable, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (not_applicable, "suggested-action"));

  click (not_applicable);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-control"))), ==, "A.5.1 Policies for information security");
  g_assert_nonnull (find_labelled (page, "Decided: Not applicable"));
  g_assert_true (gtk_widget_has_css_class (not_applicable, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (applicable, "suggested-action"));
  screenshot (window, "setup-soa-not-applicable");

  /* Back to a control decided applicable: that button is the filled one. */
  click (applicable);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (named (page, "soa-control"))), ==,
                   "A.5.2 Information security roles and responsibilities");
  click_named (page, "soa-previous");
  g_assert_nonnull (find_labelled (page, "Decided: Applicable"));
  g_assert_true (gtk_widget_has_css_class (applicable, "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (not_applicable, "suggested-action"));
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  record = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  g_assert_cmpint (attest_record_get_enum (record, "applicability"), ==, ATTEST_APPLICABILITY_APPLICABLE);
}

static void
test_review (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "review.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "review");
  AttestWindow *window = show_step (workspace, "review");
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));
  AttestRecord *record;

  /* The same rules as the Readiness page. The drafted risks are
   * not rated yet and the controls marked applicable have no reason; the
   * summary says what was recorded for the method and the risks. */
  g_assert_true (gtk_widget_get_visible (named (page, "missing-list")));
  g_assert_nonnull (row_titled (page, "not assessed yet"));
  g_assert_nonnull (row_titled (page, "included without a reason"));
  /* The policy written in the Leadership step is still to be approved. */
  g_assert_nonnull (row_titled (page, "Have top management approve the information security policy"));
  g_test_message ("method: %s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (page, "Risk method"))));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (page, "Risk method"))), ", accepted up to "));
  /* And who decides on residual risk from the escalation level. */
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (page, "Risk method"))),
                                   "; from Critical, Top management decides"));
  /* Counted in the singular too: "1 risk", not "1 risks". */
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (page, "First risks"))),
                                   "1 asset, 1 risk, 0 assessed"));
  screenshot (GTK_WIDGET (window), "setup-6-review");

  /* Fix goes to the step that fixes it; the sidebar comes back. */
  {
    GtkWidget *fix = first_fix (named (page, "missing-list"));
    g_autofree char *target = NULL;

    g_assert_nonnull (fix);
    target = g_variant_dup_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (fix)), NULL);
    click (fix);
    g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, target);
    attest_setup_view_show_step (setup_of (window), "review");
  }
  press_next (window);
  g_assert_cmpstr (attest_window_get_view (window), ==, "main");
  screenshot (GTK_WIDGET (window), "setup-7-done");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  record = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP);
  g_assert_true (attest_record_get_boolean (record, "completed"));
  g_assert_false (attest_record_get_boolean (record, "sample"));
  {
    g_autoptr(GPtrArray) findings = attest_readiness_check_setup (workspace);
    g_assert_cmpuint (findings->len, ==, 0);
  }

}

static void
test_narrow_and_remove (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "narrow.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Small Co", &error);
  AttestWindow *window = show (workspace, 360);
  GtkWidget *page;
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);

  click_named (window, "start-setup-button");
  screenshot (GTK_WIDGET (window), "setup-narrow-organisation");
  attest_setup_view_show_step (setup_of (window), "context");
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "setup-narrow-context");

  /* Remove an issue, then undo it from the toast. */
  page = attest_setup_view_get_page (setup_of (window));
  click_named (page, "add-issue-0");
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 1);
  page = attest_setup_view_get_page (setup_of (window));
  {
    AttestRecordForm *form = form_for (window, item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 0));
    GtkWidget *card = gtk_widget_get_parent (GTK_WIDGET (form));
    GtkWidget *header = gtk_widget_get_first_child (card);
    GtkWidget *remove = gtk_widget_get_last_child (header);

    type_into (form, "title", "Elections next year");
    click (remove);
  }
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 0);
  {
    /* The toast's Undo puts it back, with its title. */
    GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (setup_of (window)), ADW_TYPE_TOAST_OVERLAY);
    GtkWidget *undo = NULL;

    g_assert_nonnull (overlay);
    wait_until ((undo = find_undo (overlay)) != NULL);
    screenshot (GTK_WIDGET (window), "setup-undo-toast");
    click (undo);
  }
  g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 1);
  g_assert_cmpstr (attest_record_get_string (item (workspace, ATTEST_TYPE_CONTEXT_ISSUE, 0), "title"), ==, "Elections next year");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Leadership and Objectives, as a first-time user meets them after the
 * scope: Next refused until a role has the two duties the standard names
 * (one button adds the ISMS manager with both) and the policy is written
 * (one button drafts it from the answers); then until one objective is
 * measured, with a target, a date and an owner; all on disk. */
static void
test_leadership_and_objectives (TestDir       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "leadership.isms");
  g_autoptr(AttestWorkspace) workspace = prepare (path, "leadership");
  AttestWindow *window = show_step (workspace, "leadership");
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  GtkWidget *page = attest_setup_view_get_page (setup_of (window));
  AttestRecordForm *form;
  AttestRecord *record;

  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "leadership");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "No role is top management"));
  click_named (page, "add-top-management");
  record = item (workspace, ATTEST_TYPE_ROLE, 0);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "Top management");
  g_assert_true (attest_record_get_boolean (record, "top-management"));
  g_assert_false (attest_record_get_boolean (record, "conformity"));
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "leadership");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "No role makes sure the ISMS conforms"));
  click_named (page, "add-isms-manager");
  record = item (workspace, ATTEST_TYPE_ROLE, 1);
  g_assert_cmpstr (attest_record_get_string (record, "title"), ==, "ISMS manager");
  g_assert_true (attest_record_get_boolean (record, "conformity"));
  g_assert_true (attest_record_get_boolean (record, "reporting"));
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "leadership");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "Write the information security policy"));
  click_named (page, "draft-policy");
  g_assert_true (g_str_has_prefix (attest_record_get_string (policy, "text"),
                                   "# Information security policy of Nordlicht Datendienste GmbH"));
  g_assert_nonnull (strstr (attest_record_get_string (policy, "text"), "Who makes sure the ISMS conforms and works as planned: ISMS manager."));
  screenshot (GTK_WIDGET (window), "setup-5-leadership");
  /* Approving it can wait: Next goes on. */
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "objectives");

  page = attest_setup_view_get_page (setup_of (window));
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "objectives");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)),
                            "Set at least one information security objective"));
  click_named (page, "add-objective");
  record = item (workspace, ATTEST_TYPE_OBJECTIVE, 0);
  form = form_for (window, record);
  type_into (form, "title", "No laptop lost unencrypted");
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "objectives");
  g_assert_nonnull (strstr (attest_setup_view_get_refusal (setup_of (window)), "Required"));
  type_into (form, "measure", "The device management report");
  type_into (form, "target", "Every laptop encrypted");
  type_into (form, "due-date", "2027-06-30");
  choose_owner (GTK_WIDGET (form), "Head of IT (Yusuf Demir)");
  screenshot (GTK_WIDGET (window), "setup-6-objectives");
  press_next (window);
  g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, "method");
  close_window_and_workspace (window, &workspace);

  workspace = reopen_read_only (path);
  g_assert_cmpstr (attest_record_get_string (item (workspace, ATTEST_TYPE_ROLE, 0), "title"), ==, "Top management");
  g_assert_cmpstr (attest_record_get_string (item (workspace, ATTEST_TYPE_ROLE, 1), "title"), ==, "ISMS manager");
  g_assert_true (g_str_has_prefix (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY),
                                                             "text"),
                                   "# Information security policy of Nordlicht"));
  record = item (workspace, ATTEST_TYPE_OBJECTIVE, 0);
  g_assert_cmpstr (attest_record_get_string (record, "measure"), ==, "The device management report");
  g_assert_cmpstr (attest_record_get_string (record, "due-date"), ==, "2027-06-30");
  attest_workspace_close (workspace);
}

/* Every step shows, on a new workspace and on the sample organisation, with
 * its title on screen; the screenshots are to compare by eye. */
static void
show_every_step (AttestWorkspace *workspace,
                 const char      *prefix)
{
  AttestWindow *window = show (workspace, 1100);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-setup", NULL);
  wait_until (g_strcmp0 (attest_window_get_view (window), "setup") == 0);
  for (guint i = 0; i < attest_setup_view_get_n_steps (); i++)
    {
      const char *id = attest_setup_view_get_step_id (i);
      g_autofree char *name = g_strdup_printf ("setup-step-%s-%u-%s", prefix, i + 1, id);
      g_autofree char *page_name = NULL;
      GtkWidget *scroller;

      attest_setup_view_show_step (setup_of (window), id);
      wait_for_frame (window);
      /* A step starts at its top, wherever the one before was left. */
      scroller = gtk_widget_get_ancestor (attest_setup_view_get_page (setup_of (window)), GTK_TYPE_SCROLLED_WINDOW);
      g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller))), ==, 0);
      g_assert_cmpstr (attest_setup_view_get_step (setup_of (window)), ==, id);
      g_assert_cmpstr (gtk_widget_get_name (attest_setup_view_get_page (setup_of (window))), ==, id);
      screenshot (GTK_WIDGET (window), name);
      /* The whole page, beyond what the window shows. */
      page_name = g_strconcat (name, "-page", NULL);
      screenshot (attest_setup_view_get_page (setup_of (window)), page_name);
    }
  close_window_and_workspace (window, &workspace);
}

static void
test_every_step (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *new_path = test_dir_path (fixture, "new.isms");
  g_autofree char *demo_path = test_dir_path (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace;

  workspace = attest_workspace_create (new_path, "Small Co", &error);
  g_assert_no_error (error);
  show_every_step (workspace, "new");
  workspace = attest_demo_create (demo_path, ATTEST_DEMO_SMALL, &error);
  g_assert_no_error (error);
  show_every_step (workspace, "demo");
}

int
main (int    argc,
      char **argv)
{
  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/gui/setup/organisation", test_organisation);
  ADD ("/gui/setup/context", test_context);
  ADD ("/gui/setup/parties", test_parties);
  ADD ("/gui/setup/change-keeps-place", test_change_keeps_place);
  ADD ("/gui/setup/scope", test_scope);
  ADD ("/gui/setup/method", test_method);
  ADD ("/gui/setup/risks", test_risks);
  ADD ("/gui/setup/soa", test_soa);
  ADD ("/gui/setup/soa-decision-shown", test_soa_decision_shown);
  ADD ("/gui/setup/sidebar-ticks", test_sidebar_ticks);
  ADD ("/gui/setup/review", test_review);
  ADD ("/gui/setup/leadership-and-objectives", test_leadership_and_objectives);
  ADD ("/gui/setup/narrow-and-remove", test_narrow_and_remove);
  ADD ("/gui/setup/every-step", test_every_step);
  ADD ("/gui/setup/typed-sector", test_typed_sector);
  ADD ("/gui/setup/other-sector", test_other_sector);
  ADD ("/gui/setup/scope-locations", test_scope_locations);
#undef ADD

  return g_test_run ();
}
