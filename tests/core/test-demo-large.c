/* test-demo-large.c: the large demo tells one story, Meridian Holdings
 * Group plc's, as a lead auditor reads it in its audit pack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "attest.h"

#include "attest-test-util.h"
#include "demo-calendar.h"

/* Made once: it takes a few seconds. */
static TestDir          dir;
static AttestWorkspace *workspace;
static char            *today;   /* the day before it was made, or that day */
static gint64           made;    /* when it was made */

static const char *
field (AttestRecord *record,
       const char   *name)
{
  return attest_record_get_string (record, name);
}

/* Nothing of the small demo's company (its people, places and wording) is
 * printed as the group's. */
static void
test_own_story (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = attest_json_export (workspace, &error);
  static const char * const small[] = {
    "Fernhill", "Priya", "Natarajan", "Okafor", "Hannah Byrne", "Daniel Mensah", "Bristol",
    "Neighbours of the office", "privacy lead", "management meeting", "managing director's acceptance",
    "new client contract", "change of cloud provider", "no systems run in the office",
    "reserved to the group chief executive",
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    if (strstr (json, small[i]) != NULL)
      g_error ("The large demo names “%s”, of the small demo's story", small[i]);
  g_assert_nonnull (strstr (json, "Meridian Holdings Group plc"));
  g_assert_nonnull (strstr (json, "Sheffield"));
}

/* Generated names read as a person wrote them: no word twice in one name
 * ("Privacy and privacy branch"). */
static void
check_names (GType       type,
             const char *name_field)
{
  GListModel *records = attest_workspace_get_records (workspace, type);
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
      g_autofree char *name = g_utf8_casefold (field (record, name_field), -1);
      g_auto(GStrv) words = g_regex_split_simple ("[^[:alnum:]'-]+", name, 0, 0);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint w = 0; words[w] != NULL; w++)
        {
          if (g_utf8_strlen (words[w], -1) < 4)
            continue;
          if (!g_hash_table_add (seen, words[w]))
            g_error ("“%s” has “%s” twice", field (record, name_field), words[w]);
        }
      g_hash_table_add (names, g_steal_pointer (&name));
    }
  /* … and no name is generated twice where names tell records apart. */
  if (type != ATTEST_TYPE_TREATMENT_ACTION)
    g_assert_cmpuint (g_hash_table_size (names), >=, n * 99 / 100);
}

static void
test_names (void)
{
  check_names (ATTEST_TYPE_CONTEXT_ISSUE, "title");
  check_names (ATTEST_TYPE_INTERESTED_PARTY, "name");
  check_names (ATTEST_TYPE_SCOPE_ITEM, "name");
  check_names (ATTEST_TYPE_ASSET, "name");
  check_names (ATTEST_TYPE_RISK, "title");
  check_names (ATTEST_TYPE_TREATMENT_ACTION, "title");
}

/* As many records as the benchmarks expect. */
static void
test_size (void)
{
  static const struct { GType (*type) (void); guint at_least; } kinds[] = {
    { attest_context_issue_get_type, 1000 }, { attest_interested_party_get_type, 1500 },
    { attest_requirement_get_type, 4500 }, { attest_scope_item_get_type, 1800 }, { attest_risk_get_type, 5000 },
    { attest_asset_get_type, 300 }, { attest_treatment_action_get_type, 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, kinds[i].type ())), >=,
                      kinds[i].at_least);
}

/* The treatment plan treats every risk that is to be reduced or avoided,
 * with actions owned by many people and due over the year, some done; the
 * risk owners decide on a believable share of the risks, some await them. */
static void
test_treatment_plan (void)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
  g_autoptr(GHashTable) treated = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dues = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_done = 0, n_open = 0, n_treated = 0, n_awaiting = 0, n_accepted = 0, n_overdue = 0;
  gboolean ciso = FALSE, managing_director = FALSE, head_of_it = FALSE;
  g_autoptr(GHashTable) notes = g_hash_table_new (g_str_hash, g_str_equal);
  AttestRecord *plan = attest_isms_document_get_approved (workspace, "treatment-plan");
  g_autofree char *plan_day = NULL;

  g_assert_nonnull (plan);
  plan_day = g_strndup (field (plan, "approved-at"), 10);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      const char *owner = field (action, "owner");

      g_hash_table_add (treated, (gpointer) field (action, "risk-id"));
      g_hash_table_add (owners, (gpointer) owner);
      g_hash_table_add (dues, (gpointer) field (action, "due-date"));
      /* Nothing was due before the plan that sets it was approved. */
      g_assert_cmpstr (field (action, "due-date"), >, plan_day);
      /* Each owner is one of the group's people: its executives, or a
       * company's managing director or head of IT. */
      g_assert_true (ATTEST_IS_PERSON (attest_workspace_get_owner (workspace, action)));
      ciso |= g_str_has_prefix (owner, "Group chief information security officer");
      managing_director |= g_str_has_prefix (owner, "Managing director, ");
      head_of_it |= g_str_has_prefix (owner, "Head of IT, ");
      if (attest_record_get_enum (action, "status") == ATTEST_ACTION_STATUS_DONE)
        {
          /* Done by its due date, which has passed. */
          n_done++;
          g_assert_cmpstr (field (action, "due-date"), <=, today);
        }
      else
        {
          n_open++;
          n_overdue += strcmp (field (action, "due-date"), today) < 0;
        }
    }
  /* A handful overdue, not hundreds. */
  g_test_message ("%u actions overdue", n_overdue);
  g_assert_cmpuint (n_overdue, >=, 1);
  g_assert_cmpuint (n_overdue, <=, 20);
  g_assert_cmpuint (g_hash_table_size (owners), >=, 20);
  g_assert_true (ciso && managing_director && head_of_it);
  g_assert_cmpuint (g_hash_table_size (dues), >=, 100);
  g_assert_cmpuint (n_done, >, 100);
  g_assert_cmpuint (n_open, >, n_done / 4);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      int treatment = attest_record_get_enum (risk, "treatment");
      AttestRecord *acceptance;

      if (treatment == ATTEST_TREATMENT_MODIFY || treatment == ATTEST_TREATMENT_AVOID)
        {
          n_treated++;
          if (!g_hash_table_contains (treated, attest_record_get_id (risk)))
            g_error ("“%s” is to be treated and the treatment plan has no action for it", field (risk, "title"));
        }
      if (treatment == ATTEST_TREATMENT_UNDECIDED)
        g_error ("“%s” has no treatment", field (risk, "title"));
      if (treatment == ATTEST_TREATMENT_RETAIN && attest_risk_level (workspace, risk, FALSE) <= 1)
        continue;   /* within the acceptance level: no decision needed */
      acceptance = attest_risk_get_acceptance (workspace, risk);
      if (acceptance == NULL)
        {
          n_awaiting++;
          continue;
        }
      n_accepted++;
      g_hash_table_add (notes, (gpointer) field (acceptance, "note"));
      g_assert_cmpstr (field (acceptance, "accepted-by"), ==, field (risk, "owner"));
      /* Decided after the plan was approved, not before. */
      g_assert_cmpstr (field (acceptance, "accepted-at"), >, field (plan, "approved-at"));
      g_assert_null (attest_risk_acceptance_dup_pending (workspace, acceptance));
    }
  g_assert_cmpuint (n_treated, >, 1000);
  g_assert_cmpuint (n_accepted, >, 200);
  g_assert_cmpuint (n_awaiting, >, 200);
  g_assert_cmpuint (g_list_model_get_n_items (acceptances), ==, n_accepted);
  /* The owners do not all write the same note. */
  g_assert_cmpuint (g_hash_table_size (notes), >=, 6);
}

/* The people of 5.3: the group's top management approves, its CISO owns
 * risks, assets and actions, and no one of the small company is there. */
static void
test_roles (void)
{
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
  GListModel *assets = attest_workspace_get_records (workspace, ATTEST_TYPE_ASSET);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autofree char *leaders = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_TOP_MANAGEMENT);
  g_autofree char *ciso = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_ISMS_MANAGER);
  gboolean policy = FALSE, owns_asset = FALSE, owns_risk = FALSE;

  /* Top management and who runs the ISMS are roles, no longer typed. */
  g_assert_cmpstr (field (org, "top-management"), ==, "");
  g_assert_cmpstr (field (org, "isms-manager"), ==, "");
  g_assert_nonnull (strstr (leaders, "Eleanor Whitfield"));
  g_assert_cmpstr (ciso, ==, "Group chief information security officer (Rajesh Iyer)");
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);
      const char *by = field (document, "approved-by");

      g_assert_true (g_str_has_prefix (by, "Group chief executive") || g_str_has_prefix (by, "Board of Meridian"));
      if (g_strv_contains (attest_record_get_strv (document, "mandatory-items"), "policy"))
        policy = g_str_has_prefix (by, "Board of Meridian");
    }
  g_assert_true (policy);
  for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
    {
      g_autoptr(AttestRecord) asset = g_list_model_get_item (assets, i);

      owns_asset |= g_str_equal (field (asset, "owner"), ciso);
    }
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      owns_risk |= g_str_equal (field (risk, "owner"), ciso);
    }
  g_assert_true (owns_asset);
  g_assert_true (owns_risk);
  /* Every person has a name: the companies with an ISMS of their own name
   * no head of IT to the group, and get no nameless person for one. */
  {
    GListModel *people = attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON);

    g_assert_cmpuint (g_list_model_get_n_items (people), >, 70);
    for (guint i = 0; i < g_list_model_get_n_items (people); i++)
      {
        g_autoptr(AttestRecord) person = g_list_model_get_item (people, i);

        g_assert_cmpstr (field (person, "name"), !=, "");
      }
  }
  /* Its metrics over the three-year cycle (9.1): a company's quarterly
   * phishing simulation and two of the group's, monthly. */
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_METRIC)), ==, 39);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_MEASUREMENT)), ==,
                    37 * 12 + 2 * 36);
}

/* Its internal audits over the three years of the certificate (9.2): each
 * company once a year, a third of the controls each time, and the group's
 * own ISMS; those until today held, the rest planned; every clause and
 * control covered in the period; one auditor of their own work, on
 * purpose. */
static void
test_audits (void)
{
  GListModel *audits = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT);
  g_autoptr(AttestCoverage) coverage = attest_audit_coverage_new (workspace);
  guint n_held = 0, n_conflicted = 0;

  g_assert_cmpuint (g_list_model_get_n_items (audits), ==, 37 * 3 + 3);
  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
      g_autoptr(GArray) conflicts = attest_audit_dup_conflicts (workspace, audit);
      g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (workspace, audit);

      g_assert_cmpuint (auditors->len, ==, 1);
      if (attest_audit_is_held (audit))
        {
          n_held++;
          g_assert_cmpstr (field (audit, "held-on"), <=, today);
          g_assert_cmpstr (field (audit, "report"), !=, "");
        }
      else
        g_assert_cmpstr (field (audit, "planned-date"), >, today);
      n_conflicted += conflicts->len > 0;
    }
  g_assert_cmpuint (n_held, >, 37 * 2);
  g_assert_cmpuint (n_conflicted, ==, 1);
  /* Three years from an August: four calendar years in the grid. */
  g_assert_cmpuint (coverage->n_years, ==, 4);
  g_assert_cmpuint (coverage->n_clause_gaps, ==, 0);
  g_assert_cmpuint (coverage->n_control_gaps, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING)), >, 50);
}

/* A group with data centres of its own, software written for it outside
 * and hundreds of bought-in services excludes none of A.7.11, A.7.12 and
 * A.8.30, and says how it implements them. */
static void
test_soa (void)
{
  static const char * const controls[] = { "iso27001:2022/A.7.11", "iso27001:2022/A.7.12", "iso27001:2022/A.8.30" };

  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, controls[i]);

      g_assert_cmpint (attest_record_get_enum (entry, "applicability"), ==, ATTEST_APPLICABILITY_APPLICABLE);
      g_assert_cmpuint (strlen (field (entry, "justification")), >, 40);
      g_assert_cmpuint (strlen (field (entry, "implementation")), >, 40);
    }
  g_assert_nonnull (strstr (field (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.7.11"),
                                   "implementation"), "data centres"));
}

/* The scope excludes three companies, as its statement says, and no more. */
static void
test_scope (void)
{
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  const char *statement = field (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE), "statement");
  guint exclusions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);

      if (attest_record_get_enum (item, "kind") != ATTEST_SCOPE_ITEM_KIND_EXCLUSION)
        continue;
      exclusions++;
      g_assert_cmpstr (field (item, "justification"), !=, "");
      if (strstr (field (item, "name"), "Meridian") != NULL)
        g_assert_nonnull (strstr (statement, field (item, "name")));
    }
  g_assert_cmpuint (exclusions, ==, 4);
}

/* Every exclusion is in the statement, and one managed as an interface has
 * its entry among the interfaces, saying what crosses the boundary. */
static void
test_scope_interfaces (void)
{
  GListModel *items = attest_workspace_get_records (workspace, ATTEST_TYPE_SCOPE_ITEM);
  g_autofree char *statement = g_utf8_casefold (field (attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE),
                                                       "statement"), -1);
  guint n_interfaced = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      g_autofree char *name = NULL;
      gboolean found = FALSE;

      if (attest_record_get_enum (item, "kind") != ATTEST_SCOPE_ITEM_KIND_EXCLUSION)
        continue;
      name = g_utf8_casefold (field (item, "name"), -1);
      if (strstr (statement, name) == NULL)
        g_error ("The scope statement does not name the exclusion “%s”", field (item, "name"));
      if (strstr (field (item, "justification"), "interface") == NULL)
        continue;
      n_interfaced++;
      for (guint j = 0; j < g_list_model_get_n_items (items) && !found; j++)
        {
          g_autoptr(AttestRecord) other = g_list_model_get_item (items, j);

          found = attest_record_get_enum (other, "kind") == ATTEST_SCOPE_ITEM_KIND_INTERFACE
                  && strstr (field (other, "name"), field (item, "name")) != NULL
                  && strstr (field (other, "description"), "certificate") != NULL;
        }
      if (!found)
        g_error ("“%s” is managed as an interface and no interface names it", field (item, "name"));
    }
  g_assert_cmpuint (n_interfaced, ==, 3);
}

/* Each action does something that makes sense for its risk's asset: no
 * backups of a network or premises, no alarms or standby power for
 * information or software, and an avoided risk says which activity stops. */
static void
test_action_fits_asset (void)
{
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "risk-asset", &error);
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);   /* risk id → its asset's kind */
  static const struct
  {
    const char *words;   /* casefolded */
    guint       kinds;   /* 1 << the asset kinds it is for */
  } rules[] = {
    { "backup", 1 << ATTEST_ASSET_KIND_INFORMATION | 1 << ATTEST_ASSET_KIND_SOFTWARE | 1 << ATTEST_ASSET_KIND_SERVICE },
    { "alarm monitoring", 1 << ATTEST_ASSET_KIND_SITE },
    { "standby power", 1 << ATTEST_ASSET_KIND_SITE | 1 << ATTEST_ASSET_KIND_HARDWARE },
    { "power loss at", 1 << ATTEST_ASSET_KIND_SITE | 1 << ATTEST_ASSET_KIND_HARDWARE },
    { "encryption and remote wipe", 1 << ATTEST_ASSET_KIND_HARDWARE },
    { "sign-in", 1 << ATTEST_ASSET_KIND_INFORMATION | 1 << ATTEST_ASSET_KIND_SOFTWARE | 1 << ATTEST_ASSET_KIND_SERVICE },
    { "continuity exercise", 1 << ATTEST_ASSET_KIND_SITE },
    { "stop the activity", 0 },
  };
  guint n_checked = 0;

  g_assert_no_error (error);
  for (guint i = 0; i + 1 < links->len; i += 2)
    {
      AttestRecord *asset = attest_workspace_lookup (workspace, g_ptr_array_index (links, i + 1));

      g_assert_nonnull (asset);
      g_hash_table_insert (kinds, g_ptr_array_index (links, i),
                           GINT_TO_POINTER (attest_record_get_enum (asset, "kind")));
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      g_autofree char *title = g_utf8_casefold (field (action, "title"), -1);
      gpointer kind;

      g_assert_true (g_hash_table_lookup_extended (kinds, field (action, "risk-id"), NULL, &kind));
      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        if (strstr (title, rules[r].words) != NULL)
          {
            n_checked++;
            if ((rules[r].kinds & 1u << GPOINTER_TO_INT (kind)) == 0)
              g_error ("“%s” does not fit its risk's asset", field (action, "title"));
          }
    }
  g_assert_cmpuint (n_checked, >, 100);
}

/* Every dated edit, the owners' decisions and the approvals among them,
 * happens in office hours on a working day. */
static void
test_office_hours (void)
{
  GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
  g_autoptr(GHashTable) minutes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  assert_office_hours (workspace, made);
  /* The owners decide one after another through the day, not all at the
   * opening of the next. */
  for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
    {
      g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);
      char *minute = g_strndup (field (acceptance, "accepted-at"), 16);

      if (!g_hash_table_add (minutes, minute))
        g_error ("Two owners decide at %s", minute);
    }
}

/* England's bank holidays of seven years, as published: the demos' working
 * days avoid them, and weekends. */
static void
test_bank_holidays (void)
{
  static const char * const holidays[] = {
    "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
    "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26",
    "2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26",
  };
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2024);
  g_autoptr(GDateTime) christmas_eve = g_date_time_new_utc (2026, 12, 24, 0, 0, 0);
  Demo demo = { .start = g_date_time_to_unix (christmas_eve) * G_USEC_PER_SEC };
  guint n_holidays = 0;

  for (; g_date_get_year (date) <= 2030; g_date_add_days (date, 1))
    {
      char text[16];
      gboolean holiday = FALSE;

      g_date_strftime (text, sizeof text, "%Y-%m-%d", date);
      for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
        holiday |= g_str_equal (holidays[i], text);
      n_holidays += holiday;
      if (demo_is_working_date (date) != (g_date_get_weekday (date) < G_DATE_SATURDAY && !holiday))
        g_error ("%s is %s a working day", text, demo_is_working_date (date) ? "not" : "");
    }
  g_assert_cmpuint (n_holidays, ==, G_N_ELEMENTS (holidays));
  /* From Christmas Eve 2026, a Thursday: Christmas Day, the weekend and
   * Boxing Day's substitute on Monday 28 go by; then Tuesday 29. */
  g_assert_cmpint (working_day (&demo, 0), ==, 0);
  g_assert_cmpint (working_day (&demo, 1), ==, 5);
}

/* Each control says why it is in, in its own words where no risk or
 * requirement says it, and its evidence names a document of the register,
 * by identifier and version, or a record of its own. */
static void
test_soa_reasons (void)
{
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
  GListModel *evidence = attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE);
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) references = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer text, count;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      char *justification = attest_soa_dup_justification (workspace, entry);

      if (g_str_equal (justification, "The business needs it."))
        g_error ("%s: only “The business needs it.”", field (entry, "control-id"));
      g_hash_table_insert (texts, justification,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (texts, justification)) + 1));
    }
  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, &text, &count))
    if (GPOINTER_TO_UINT (count) > 3)
      g_error ("%u controls justified alike: “%s”", GPOINTER_TO_UINT (count), (const char *) text);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);

      g_ptr_array_add (references, g_strdup_printf ("%s %s v%s", field (document, "identifier"), field (document, "title"),
                                                    field (document, "version")));
    }
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >, 50);
  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (evidence, i);
      const char *title = field (item, "title");
      gboolean cites = FALSE;

      if (g_str_has_suffix (title, ": group standard and records"))
        g_error ("Evidence “%s” is generic", title);
      for (guint d = 0; d < references->len; d++)
        cites |= strstr (title, g_ptr_array_index (references, d)) != NULL;
      if (!cites)
        g_error ("Evidence “%s” names no document of the register by identifier and version", title);
    }
}

/* The likelihood scale's steps follow one another: each range says which
 * of its ends belongs to the step below ("more than"), so no two overlap. */
static void
test_likelihood_scale (void)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  const char * const *steps = attest_record_get_strv (method, "likelihood-descriptions");

  g_assert_cmpuint (g_strv_length ((char **) steps), ==, 5);
  for (guint i = 0; steps[i] != NULL; i++)
    if (strstr (steps[i], " to ") != NULL && strstr (steps[i], "more than") == NULL)
      g_error ("“%s” overlaps the steps beside it", steps[i]);
}

/* A shared risk is shared by an action (insurance, a supplier's contract,
 * an outsourcing agreement), some done; an owner accepts a residual risk
 * once its actions are done, on or after their completion dates, never
 * while it stands above the acceptance level with actions open. */
static void
test_share_and_accept (void)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  int acceptance_level = 0;
  guint n_shared = 0, n_shared_done = 0;

  g_object_get (attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD), "acceptance-level",
                &acceptance_level, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      GPtrArray *actions = attest_workspace_get_records_by (workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                                            attest_record_get_id (risk));
      AttestRecord *acceptance = attest_risk_get_acceptance (workspace, risk);
      gboolean open = FALSE;

      if (attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_SHARE)
        {
          n_shared++;
          if (actions->len == 0)
            g_error ("“%s” is shared and has no action", field (risk, "title"));
        }
      for (guint a = 0; a < actions->len; a++)
        {
          AttestRecord *action = g_ptr_array_index (actions, a);
          gboolean done = attest_record_get_enum (action, "status") == ATTEST_ACTION_STATUS_DONE;

          open |= !done;
          if (done && attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_SHARE)
            {
              n_shared_done++;
              g_assert_cmpstr (field (action, "completed-date"), !=, "");
            }
          if (acceptance != NULL)
            {
              if (!done)
                g_error ("“%s” accepted with “%s” open", field (risk, "title"), field (action, "title"));
              g_assert_cmpint (strncmp (field (action, "completed-date"), field (acceptance, "accepted-at"), 10), <=, 0);
            }
        }
      if (acceptance != NULL && open)
        g_assert_cmpint (attest_risk_current_level (workspace, risk), <=, acceptance_level);
    }
  g_assert_cmpuint (n_shared, >, 100);
  g_assert_cmpuint (n_shared_done, >, 10);
}

/* The register's documents were approved after the period they report on
 * and are within their review dates. */
static void
test_register (void)
{
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
  g_autoptr(GRegex) quarter = g_regex_new ("\\bQ([1-4]) ([0-9]{4})\\b", 0, 0, NULL);
  gboolean dated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);
      g_autoptr(GMatchInfo) match = NULL;

      g_assert_cmpstr (field (document, "approved-on"), <=, today);
      if (strcmp (field (document, "next-review"), today) <= 0)
        g_error ("%s is past its review on %s", field (document, "identifier"), field (document, "next-review"));
      if (g_regex_match (quarter, field (document, "title"), 0, &match))
        {
          g_autofree char *q = g_match_info_fetch (match, 1);
          g_autofree char *year = g_match_info_fetch (match, 2);
          g_autoptr(GDate) end = g_date_new_dmy (1, atoi (q) * 3, atoi (year));
          char text[16];

          g_date_add_months (end, 1);
          g_date_strftime (text, sizeof text, "%Y-%m-%d", end);
          if (strcmp (field (document, "approved-on"), text) < 0)
            g_error ("%s, “%s”, approved on %s, before its quarter ended", field (document, "identifier"),
                     field (document, "title"), field (document, "approved-on"));
          dated = TRUE;
        }
    }
  g_assert_true (dated);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    today = g_date_time_format (now, "%Y-%m-%d");
    made = g_date_time_to_unix (now) * G_USEC_PER_SEC;
  }
  test_dir_setup (&dir, NULL);
  path = test_dir_path (&dir, "large.isms");
  workspace = attest_demo_create (path, ATTEST_DEMO_LARGE, &error);
  g_assert_no_error (error);

  g_test_add_func ("/demo-large/own-story", test_own_story);
  g_test_add_func ("/demo-large/names", test_names);
  g_test_add_func ("/demo-large/size", test_size);
  g_test_add_func ("/demo-large/treatment-plan", test_treatment_plan);
  g_test_add_func ("/demo-large/roles", test_roles);
  g_test_add_func ("/demo-large/audits", test_audits);
  g_test_add_func ("/demo-large/soa", test_soa);
  g_test_add_func ("/demo-large/scope", test_scope);
  g_test_add_func ("/demo-large/scope-interfaces", test_scope_interfaces);
  g_test_add_func ("/demo-large/action-fits-asset", test_action_fits_asset);
  g_test_add_func ("/demo-large/office-hours", test_office_hours);
  g_test_add_func ("/demo-large/bank-holidays", test_bank_holidays);
  g_test_add_func ("/demo-large/soa-reasons", test_soa_reasons);
  g_test_add_func ("/demo-large/likelihood-scale", test_likelihood_scale);
  g_test_add_func ("/demo-large/share-and-accept", test_share_and_accept);
  g_test_add_func ("/demo-large/register", test_register);
  status = g_test_run ();

  g_clear_object (&workspace);
  test_dir_teardown (&dir, NULL);
  g_free (today);
  return status;
}
