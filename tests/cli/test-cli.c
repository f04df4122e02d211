/* test-cli.c: attest-cli as scripts use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "attest-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
cli (Run        *run,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli_path = g_getenv ("ATTEST_CLI");
  const char *arg;
  va_list args;
  int wait_status;

  g_assert_nonnull (cli_path);
  g_ptr_array_add (argv, (gpointer) cli_path);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* A failure is exactly one line on stderr, naming the file. */
static void
assert_one_line_error (Run        *run,
                       const char *file_name,
                       const char *words)
{
  g_assert_cmpint (run->status, ==, 1);
  g_assert_true (g_str_has_prefix (run->err, "attest-cli: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, file_name));
  if (words != NULL && strstr (run->err, words) == NULL)
    g_error ("“%s” does not say “%s”", run->err, words);
}

typedef struct
{
  char   *digest;
  gint64  mtime;
} Snapshot;

static Snapshot
snapshot (const char *path)
{
  GStatBuf st;
  Snapshot s;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  s.digest = test_file_digest (path);
  s.mtime = st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  return s;
}

static void
assert_unchanged (const char *path,
                  Snapshot   *before)
{
  Snapshot after = snapshot (path);

  g_assert_cmpstr (after.digest, ==, before->digest);
  g_assert_cmpint (after.mtime, ==, before->mtime);
  g_free (after.digest);
}

static void
test_new_and_info (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "acme.isms");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *root, *records;
  GStatBuf st;

  cli (&run, "new", path, "--organisation", "Acme Widgets Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "acme.isms"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  cli (&run, "info", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Acme Widgets Ltd"));
  g_assert_nonnull (strstr (run.out, "soa-entry"));

  cli (&run, "info", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "organisation"), ==, "Acme Widgets Ltd");
  g_assert_cmpint (json_object_get_int_member (root, "schema-version"), ==, 5);
  records = json_object_get_object_member (root, "records");
  g_assert_cmpint (json_object_get_int_member (records, "soa-entry"), ==, 93);
  g_assert_cmpint (json_object_get_int_member (records, "context-issue"), ==, 0);
  g_assert_true (json_object_get_null_member (root, "in-use-by"));

  /* Never over an existing file. */
  cli (&run, "new", path, "--organisation", "Other", NULL);
  assert_one_line_error (&run, "acme.isms", "already exists");

  /* Usage errors exit 2. */
  cli (&run, "new", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "new", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "info", path, "extra", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "info", path, "--no-such-option", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, NULL);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_help (void)
{
  static const char * const commands[] = { "new", "demo", "info", "export", "import", "catalog", "log" };
  g_auto(Run) run = { 0 };

  cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("attest-cli %s", commands[i]);

      g_assert_nonnull (strstr (run.out, commands[i]));
      cli (&run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, usage));
      cli (&run, "--help", NULL);
    }
}

static void
test_demo_export_import (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *json1 = test_dir_path (fixture, "one.json");
  g_autofree char *copy = test_dir_path (fixture, "copy.isms");
  g_autofree char *first = NULL;
  g_auto(Run) run = { 0 };
  Snapshot before;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Fernhill Analytics Ltd"));

  /* Commands that only read change not a byte, not even the time. */
  before = snapshot (demo);
  cli (&run, "info", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "export", demo, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  first = g_strdup (run.out);
  cli (&run, "export", demo, "--format", "json", "--output", json1, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "log", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "insert organisation"));
  cli (&run, "log", demo, "--verify", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "verifies"));
  assert_unchanged (demo, &before);
  g_free (before.digest);

  {
    g_autofree char *written = NULL;

    g_assert_true (g_file_get_contents (json1, &written, NULL, NULL));
    g_assert_cmpstr (written, ==, first);
  }

  /* export -> import -> export gives the same JSON. */
  cli (&run, "import", copy, "--format", "json", json1, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "export", copy, "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, first);

  /* Not into a workspace that holds records. */
  before = snapshot (copy);
  cli (&run, "import", copy, "--format", "json", json1, NULL);
  assert_one_line_error (&run, "copy.isms", "already holds records");
  assert_unchanged (copy, &before);
  g_free (before.digest);

  cli (&run, "export", demo, "--format", "xml", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "demo", demo, "--size", "huge", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_bad_input (TestDir       *fixture,
                gconstpointer  data)
{
  g_autofree char *garbage = test_dir_path (fixture, "garbage.isms");
  g_autofree char *bad_json = test_dir_path (fixture, "bad.json");
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autofree char *missing = test_dir_path (fixture, "missing.isms");
  g_auto(Run) run = { 0 };
  static const char * const readers[] = { "info", "export", "log" };

  g_assert_true (g_file_set_contents (garbage, "this is not a database, just text\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      Snapshot before = snapshot (garbage);

      if (g_str_equal (readers[i], "export"))
        cli (&run, readers[i], garbage, "--format", "json", NULL);
      else
        cli (&run, readers[i], garbage, NULL);
      assert_one_line_error (&run, "garbage.isms", "not an Attest workspace");
      assert_unchanged (garbage, &before);
      g_free (before.digest);

      if (g_str_equal (readers[i], "export"))
        cli (&run, readers[i], missing, "--format", "json", NULL);
      else
        cli (&run, readers[i], missing, NULL);
      assert_one_line_error (&run, "missing.isms", "does not exist");
    }

  g_assert_true (g_file_set_contents (bad_json,
                                      "{\"format\":\"attest-workspace\",\"format-version\":1,"
                                      "\"records\":{\"context-issue\":[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\","
                                      "\"modified\":\"2026-01-01T00:00:00Z\",\"origin\":\"inside\"}]}}",
                                      -1, NULL));
  cli (&run, "import", target, "--format", "json", bad_json, NULL);
  assert_one_line_error (&run, "bad.json", "$.records.context-issue[0].origin");
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_log_tamper (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_auto(Run) run = { 0 };
  sqlite3 *db = NULL;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_cmpint (sqlite3_open (demo, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE history SET new_value = 'x' WHERE seq = 30", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  cli (&run, "log", demo, "--verify", NULL);
  assert_one_line_error (&run, "demo.isms", "History row 30 ");
}

static void
test_soa_csv (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autofree char *csv = test_dir_path (fixture, "soa.csv");
  g_autofree char *bad = test_dir_path (fixture, "bad.csv");
  g_auto(Run) run = { 0 };
  Snapshot before;

  cli (&run, "demo", demo, NULL);
  cli (&run, "new", target, "--organisation", "Target Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (&run, "export", demo, "--format", "csv", "--table", "soa", "--output", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "import", target, "--format", "csv", "--table", "soa", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* What was recognised comes before the report. */
  g_assert_true (g_str_has_prefix (run.out, "Columns:\n  “Control” → Control (by its header)\n  “Title” → Title (by its header)\n"));
  g_assert_nonnull (strstr (run.out, "\nRead 93 rows into 93 controls.\n"));

  /* A bad row: one line naming the file, the line and the problem; nothing changed. */
  g_assert_true (g_file_set_contents (bad, "Control,Applicable\n5.1,no\n5.2,perhaps\n", -1, NULL));
  before = snapshot (target);
  cli (&run, "import", target, "--format", "csv", "--table", "soa", bad, NULL);
  assert_one_line_error (&run, "bad.csv", "line 3: Applicable must be");
  assert_unchanged (target, &before);
  g_free (before.digest);

  /* Usage errors. */
  cli (&run, "export", demo, "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, "--format", "csv", "--table", "risks", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, "--format", "json", "--table", "soa", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

/* --columns settles what the headers and cells leave open, and the
 * recognised columns are printed either way. */
static void
test_soa_csv_columns (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *target = test_dir_path (fixture, "target.isms");
  g_autofree char *csv = test_dir_path (fixture, "open.csv");
  g_autofree char *consultant = test_data_path ("soa-consultant.csv");
  g_auto(Run) run = { 0 };
  Snapshot before;

  cli (&run, "new", target, "--organisation", "Target Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_set_contents (csv, "No.,Control,Applicable\nA.5.1,5.1,yes\nA.5.2,5.2,no\n", -1, NULL));

  /* Two columns of ids: refused, nothing changed, the reading printed. */
  before = snapshot (target);
  cli (&run, "import", target, "--format", "csv", "--table", "soa", csv, NULL);
  assert_one_line_error (&run, "open.csv", "the columns “No.” and “Control” both hold control ids; choose which one is "
                                           "the control. Choose with --columns, such as --columns control=HEADER.");
  g_assert_cmpstr (run.out, ==, "Columns:\n"
                                "  “No.” → ignored (open: choose with --columns)\n"
                                "  “Control” → ignored (open: choose with --columns)\n"
                                "  “Applicable” → Applicable (by its header)\n");
  assert_unchanged (target, &before);
  g_free (before.digest);

  /* Bad choices are usage errors that name what there is. */
  cli (&run, "import", target, "--format", "csv", "--table", "soa", "--columns", "control=Nummer", csv, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "No column is headed “Nummer”; the columns are “No.”, “Control” and “Applicable”."));
  cli (&run, "import", target, "--format", "csv", "--table", "soa", "--columns", "id=No.", csv, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "“id” is not a column role"));
  cli (&run, "import", target, "--format", "json", "--columns", "control=No.", csv, NULL);
  g_assert_cmpint (run.status, ==, 2);

  cli (&run, "import", target, "--format", "csv", "--table", "soa", "--columns", "control=No.,title=Control", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Columns:\n"
                                "  “No.” → Control (as chosen)\n"
                                "  “Control” → Title (as chosen)\n"
                                "  “Applicable” → Applicable (by its header)\n"
                                "Read 2 rows into 2 controls.\n"
                                "91 controls were not in the file and were left as they were.\n");
  cli (&run, "export", target, "--format", "csv", "--table", "soa", NULL);
  g_assert_nonnull (strstr (run.out, "\r\nA.5.1,Policies for information security,Organizational controls,yes,"));
  g_assert_nonnull (strstr (run.out, "\r\nA.5.2,Information security roles and responsibilities,Organizational controls,no,"));

  /* A consultant's spreadsheet needs no choice: the cells tell. */
  cli (&run, "import", target, "--format", "csv", "--table", "soa", consultant, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Columns:\n"
                                            "  “Ref” → Control (by its header)\n"
                                            "  “Control” → Title (by its cells)\n"
                                            "  “Applicable (Y/N)” → Applicable (by its header)\n"));
}

/* The audit pack: a private PDF file; the sections, paper and label as
 * chosen; usage errors for what does not fit; the workspace untouched. */
static void
test_pdf (TestDir       *fixture,
          gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "pack.pdf");
  g_autofree char *small = test_dir_path (fixture, "small.pdf");
  g_autofree char *contents = NULL, *small_contents = NULL;
  g_auto(Run) run = { 0 };
  gsize length, small_length;
  Snapshot before;
  GStatBuf st;

  cli (&run, "demo", demo, NULL);
  before = snapshot (demo);
  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--paper", "letter", "--classification", "Internal", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1.5"));
  g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 612 792 ]", 25));
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_unchanged (demo, &before);
  g_free (before.digest);

  cli (&run, "export", demo, "--format", "pdf", "--output", small, "--sections", "soa", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (small, &small_contents, &small_length, NULL));
  g_assert_cmpuint (small_length, <, length);

  /* Under SOURCE_DATE_EPOCH two runs write the same bytes. */
  {
    g_autofree char *again = test_dir_path (fixture, "again.pdf");
    g_autofree char *first = NULL, *second = NULL;
    gsize first_length, second_length;

    g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
    cli (&run, "export", demo, "--format", "pdf", "--output", small, NULL);
    g_assert_cmpint (run.status, ==, 0);
    cli (&run, "export", demo, "--format", "pdf", "--output", again, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_unsetenv ("SOURCE_DATE_EPOCH");
    g_assert_true (g_file_get_contents (small, &first, &first_length, NULL));
    g_assert_true (g_file_get_contents (again, &second, &second_length, NULL));
    g_assert_cmpuint (first_length, ==, second_length);
    g_assert_true (memcmp (first, second, first_length) == 0);
  }

  cli (&run, "export", demo, "--format", "pdf", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--output"));
  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--sections", "soa,everything", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "everything"));
  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--paper", "a3", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, "--format", "json", "--paper", "a4", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, "--format", "pdf", "--output", "/nonexistent-dir/pack.pdf", NULL);
  assert_one_line_error (&run, "nonexistent-dir", "Choose a folder");
}

static void
test_catalog (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  cli (&run, "catalog", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "A.5.1 "));
  g_assert_nonnull (strstr (run.out, "A.8.34"));
  g_assert_nonnull (strstr (run.out, "Technological controls"));

  cli (&run, "catalog", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "controls")), ==, 93);
}

/* check: the findings and the mandatory items; 3 while a blocker remains. */
static void
test_check (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *json_path = test_dir_path (fixture, "demo.json");
  g_autofree char *ready = test_dir_path (fixture, "ready.isms");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *document;
  JsonArray *mandatory, *findings, *items;
  Snapshot before;
  gboolean management_review = FALSE;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  before = snapshot (demo);

  /* The sample keeps no management review, audit or corrective actions yet. */
  cli (&run, "check", demo, NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "Information security policy: Kept elsewhere: Document ISMS-POL-01"));
  g_assert_nonnull (strstr (run.out, "9.3      Results of management reviews: Missing"));
  g_assert_nonnull (strstr (run.out, "Blocker  9.3      Results of management reviews is required"));
  g_assert_nonnull (strstr (run.out, "5 blockers, 0 warnings."));

  cli (&run, "check", demo, "--json", NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "blockers"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (root, "warnings"), ==, 0);
  mandatory = json_object_get_array_member (root, "mandatory");
  g_assert_cmpuint (json_array_get_length (mandatory), ==, 15);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "id"), ==, "scope");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "kind"), ==, "scope");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 1), "status"), ==, "elsewhere");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 1), "kind"), ==, "document");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 13), "status"), ==, "missing");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (mandatory, 13), "record"));
  findings = json_object_get_array_member (root, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "blocker");
      management_review |= g_str_equal (json_object_get_string_member (finding, "clause"), "9.3");
    }
  g_assert_true (management_review);
  assert_unchanged (demo, &before);
  g_free (before.digest);

  /* With a register entry for the rest, nothing blocks: exit 0. */
  cli (&run, "export", demo, "--format", "json", "--output", json_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_file (parser, json_path, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  document = json_object_new ();
  json_object_set_string_member (document, "id", "doc-ops");
  json_object_set_string_member (document, "created", "2026-11-28T18:22:14.450196Z");
  json_object_set_string_member (document, "modified", "2026-11-28T18:22:14.450196Z");
  json_object_set_string_member (document, "identifier", "ISMS-OPS-01");
  json_object_set_string_member (document, "title", "Operations handbook");
  items = json_array_new ();
  for (const char * const *item = (const char * const[]) { "8.1", "monitoring-results", "9.2", "9.3", "10.2", NULL };
       *item != NULL; item++)
    json_array_add_string_element (items, *item);
  json_object_set_array_member (document, "mandatory-items", items);
  json_array_add_object_element (json_object_get_array_member (json_object_get_object_member (root, "records"), "document"),
                                 document);
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, NULL);
  g_assert_true (g_file_set_contents (json_path, text, -1, &error));
  cli (&run, "import", ready, "--format", "json", json_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "check", ready, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Nothing is missing."));
  g_assert_nonnull (strstr (run.out, "9.3      Results of management reviews: Kept elsewhere: Document ISMS-OPS-01"));

  /* Errors and usage. */
  cli (&run, "check", "no-such.isms", NULL);
  assert_one_line_error (&run, "no-such.isms", NULL);
  cli (&run, "check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/cli/pdf", test_pdf);
  ADD ("/cli/new-and-info", test_new_and_info);
  ADD ("/cli/check", test_check);
  ADD ("/cli/demo-export-import", test_demo_export_import);
  ADD ("/cli/bad-input", test_bad_input);
  ADD ("/cli/log-tamper", test_log_tamper);
  ADD ("/cli/soa-csv", test_soa_csv);
  ADD ("/cli/soa-csv-columns", test_soa_csv_columns);
#undef ADD
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/catalog", test_catalog);

  return g_test_run ();
}
