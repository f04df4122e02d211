/* test-cli.c: attest-cli as scripts use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>

#include <json-glib/json-glib.h>
#include <poppler.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <signal.h>

#include "attest-test-util.h"
#include "cli-run.h"

/* Where the next commands run; NULL: here. */
static const char *cli_cwd;
/* Their environment; NULL: this process's. */
static char **cli_envp;

#define cli(run, ...) cli_run_in (run, cli_cwd, cli_envp, __VA_ARGS__)

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
  g_assert_cmpstr (run.err, ==, "");

  /* A file others may read (copied in from elsewhere) is described with a
   * warning on stderr naming the mode and the fix; stdout stays the same. */
  {
    g_autofree char *out = NULL;

    out = g_strdup (run.out);
    g_assert_cmpint (g_chmod (path, 0644), ==, 0);
    cli (&run, "info", path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, out);
    g_assert_true (g_str_has_prefix (run.err, "attest-cli: warning: "));
    g_assert_nonnull (strstr (run.err, "acme.isms"));
    g_assert_nonnull (strstr (run.err, "0644"));
    g_assert_nonnull (strstr (run.err, "chmod 600"));
    g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
    cli (&run, "info", path, "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, "0644"));
    g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  }

  cli (&run, "info", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "organisation"), ==, "Acme Widgets Ltd");
  g_assert_cmpint (json_object_get_int_member (root, "schema-version"), ==, 24);
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

/* The head an audit pack prints in its annex, read back from the PDF. */
static char *
printed_head (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  g_autoptr(GRegex) regex = g_regex_new ("\\b([0-9a-f]{64})\\b", 0, 0, NULL);

  g_assert_no_error (error);
  for (int i = poppler_document_get_n_pages (doc) - 1; i >= 0; i--)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autoptr(GMatchInfo) match = NULL;

      g_object_unref (page);
      if (strstr (text, "Head of the chain") != NULL && g_regex_match (regex, text, 0, &match))
        {
          g_object_unref (doc);
          return g_match_info_fetch (match, 1);
        }
    }
  g_error ("%s prints no head", pdf);
  return NULL;
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* export --record records the head the pack prints; log --verify
 * --expect-head checks the file against it. A plain export writes nothing. */
static void
test_export_record (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *plain = test_dir_path (fixture, "plain.pdf");
  g_autofree char *pack = test_dir_path (fixture, "pack.pdf");
  g_autofree char *cut = test_dir_path (fixture, "cut.isms");
  g_autofree char *rewritten = test_dir_path (fixture, "rewritten.isms");
  g_autofree char *head = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *event = NULL;
  g_auto(Run) run = { 0 };
  Snapshot before;
  gint64 rows;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The demo ends with edits; a JSON export handed out first makes its last
   * row a head, which the cut below can remove without touching a record. */
  cli (&run, "export", demo, "--format", "json", "--output", plain, "--record", NULL);
  g_assert_cmpint (run.status, ==, 0);
  rows = count_rows (demo, "SELECT count(*) FROM history");

  before = snapshot (demo);
  cli (&run, "export", demo, "--format", "pdf", "--output", plain, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_unchanged (demo, &before);
  g_free (before.digest);

  cli (&run, "export", demo, "--format", "pdf", "--output", pack, "--record", NULL);
  g_assert_cmpint (run.status, ==, 0);
  head = printed_head (pack);
  g_assert_cmpint (count_rows (demo, "SELECT count(*) FROM history"), ==, rows + 1);
  cli (&run, "log", demo, NULL);
  event = g_strdup_printf ("head history %" G_GINT64_FORMAT ".audit-pack", rows);
  g_assert_nonnull (strstr (run.out, event));

  /* The printed head is in the chain: the pack's state, then the event. */
  cli (&run, "log", demo, "--verify", "--expect-head", head, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "verifies"));
  g_assert_nonnull (strstr (run.out, head));

  /* --expect-head checks a head, and only a head. */
  cli (&run, "log", demo, "--expect-head", "not-a-head", NULL);
  assert_one_line_error (&run, "demo.isms", "64 hexadecimal digits");

  /* Cut back before the printed head, with the heads kept beside the chain
   * removed as well: consistent in itself, refused against the pack. */
  test_copy_file (demo, cut);
  sql = g_strdup_printf ("DELETE FROM history WHERE seq >= %" G_GINT64_FORMAT ";"
                         "DELETE FROM recorded_head WHERE seq >= %" G_GINT64_FORMAT,
                         rows, rows);
  test_sqlite_exec (cut, sql);
  cli (&run, "log", cut, "--verify", NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "log", cut, "--verify", "--expect-head", head, NULL);
  assert_one_line_error (&run, "cut.isms", "does not pass through the head");

  /* Without removing them, the file alone notices the cut. */
  test_copy_file (demo, cut);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DELETE FROM history WHERE seq >= %" G_GINT64_FORMAT, rows);
  test_sqlite_exec (cut, sql);
  cli (&run, "log", cut, "--verify", NULL);
  assert_one_line_error (&run, "cut.isms", "rows were removed from its end");

  /* A rewritten history does not pass through it either. */
  test_copy_file (demo, rewritten);
  test_sqlite_exec (rewritten, "UPDATE history SET actor = 'mallory' WHERE seq = 5");
  cli (&run, "log", rewritten, "--verify", "--expect-head", head, NULL);
  assert_one_line_error (&run, "rewritten.isms", "History row 5 ");
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

/* The output as a second argument, as a newcomer writes it: the same as
 * --output, the format from its extension unless --format says; an
 * extension that names no format is a usage error naming it. */
static void
test_export_positional (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "small.isms");
  g_autofree char *pdf = test_dir_path (fixture, "small.pdf");
  g_autofree char *json = test_dir_path (fixture, "small.json");
  g_autofree char *csv = test_dir_path (fixture, "small.csv");
  g_autofree char *upper = test_dir_path (fixture, "SMALL.PDF");
  g_autofree char *text = test_dir_path (fixture, "small.txt");
  g_autofree char *bare = test_dir_path (fixture, "small");
  g_autofree char *forced = test_dir_path (fixture, "pack.out");
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  gsize length;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (&run, "export", demo, pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1."));
  g_clear_pointer (&contents, g_free);

  cli (&run, "export", demo, upper, "--paper", "letter", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (upper, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1."));
  g_clear_pointer (&contents, g_free);

  cli (&run, "export", demo, json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (json, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "{"));
  g_assert_nonnull (strstr (contents, "\"soa-entry\""));
  g_clear_pointer (&contents, g_free);

  /* CSV is the Statement of Applicability, as --table soa. */
  cli (&run, "export", demo, csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "Control,Title,Theme,Applicable"));
  g_clear_pointer (&contents, g_free);

  /* --output with an extension and no --format works the same. */
  g_assert_cmpint (g_remove (json), ==, 0);
  cli (&run, "export", demo, "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (json, G_FILE_TEST_EXISTS));

  /* --format decides when given, whatever the name. */
  cli (&run, "export", demo, forced, "--format", "pdf", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (forced, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1."));
  g_clear_pointer (&contents, g_free);

  /* An extension that names no format, or none: said, nothing written. */
  cli (&run, "export", demo, text, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "small.txt"));
  g_assert_nonnull (strstr (run.err, ".pdf, .json or .csv"));
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));
  cli (&run, "export", demo, bare, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));

  /* The output once: not both as an argument and as --output. */
  cli (&run, "export", demo, pdf, "--output", forced, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--output"));
  cli (&run, "export", demo, pdf, json, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Too many arguments."));
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
  /* Options that name nothing are refused, not taken as "print nothing". */
  {
    static const char * const empty[] = { "--sections=,,,", "--sections=", "--paper=", "--output=" };
    g_autofree char *fresh = test_dir_path (fixture, "fresh.pdf");

    for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
      {
        if (g_str_equal (empty[i], "--output="))
          cli (&run, "export", demo, "--format", "pdf", empty[i], NULL);
        else
          cli (&run, "export", demo, "--format", "pdf", "--output", fresh, empty[i], NULL);
        g_assert_cmpint (run.status, ==, 2);
        g_assert_cmpstr (run.out, ==, "");
        g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
      }
    cli (&run, "export", demo, "--format", "json", "--output=", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");

    g_setenv ("SOURCE_DATE_EPOCH", "last tuesday", TRUE);
    cli (&run, "export", demo, "--format", "pdf", "--output", fresh, NULL);
    g_unsetenv ("SOURCE_DATE_EPOCH");
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "attest-cli: "));
    g_assert_nonnull (strstr (run.err, "SOURCE_DATE_EPOCH"));
    g_assert_nonnull (strstr (run.err, "last tuesday"));
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  }

  /* A character no font can print is named with its record and field on
   * stderr; the pack is written all the same. */
  {
    g_autofree char *json = test_dir_path (fixture, "boxes.json");
    g_autofree char *boxes = test_dir_path (fixture, "boxes.isms");
    g_autofree char *boxes_pdf = test_dir_path (fixture, "boxes.pdf");

    g_assert_true (g_file_set_contents (json,
                                        "{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{\"risk\":[{\"id\":\"r1\","
                                        "\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\","
                                        "\"title\":\"Flood \\ue000 in the basement\"}]}}", -1, NULL));
    cli (&run, "import", boxes, "--format", "json", json, NULL);
    g_assert_cmpint (run.status, ==, 0);
    cli (&run, "export", boxes, "--format", "pdf", "--output", boxes_pdf, "--sections", "risks", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.err, "attest-cli: warning: "));
    g_assert_nonnull (strstr (run.err, "Flood"));
    g_assert_nonnull (strstr (run.err, "U+E000"));
    g_assert_true (g_file_test (boxes_pdf, G_FILE_TEST_EXISTS));
  }
  cli (&run, "export", demo, "--format", "json", "--paper", "a4", NULL);
  g_assert_cmpint (run.status, ==, 2);
  cli (&run, "export", demo, "--format", "pdf", "--output", "/nonexistent-dir/pack.pdf", NULL);
  assert_one_line_error (&run, "nonexistent-dir", "Choose a folder");
}


/* Every writer goes through the rules of attest-output.c: what -o names
 * is looked at before anything is written. */

static gpointer
read_fifo_thread (gpointer path)
{
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, NULL);
  return text;
}

static void
export_to (Run        *run,
           const char *workspace,
           const char *format,
           const char *output,
           gboolean    force)
{
  if (g_str_equal (format, "csv"))
    cli (run, "export", workspace, "--format", "csv", "--table", "soa", "--output", output,
         force ? "--force" : NULL, NULL);
  else
    cli (run, "export", workspace, "--format", format, "--output", output, force ? "--force" : NULL, NULL);
}

static void
test_export_targets (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *work = test_dir_path (fixture, "work.isms");
  g_autofree char *other = test_dir_path (fixture, "other.isms");
  g_autofree char *soft = test_dir_path (fixture, "soft.json");
  g_autofree char *hard = test_dir_path (fixture, "hard.isms");
  g_autofree char *folder = test_dir_path (fixture, "folder");
  g_autofree char *fifo = test_dir_path (fixture, "pipe");
  g_autofree char *target = test_dir_path (fixture, "target.out");
  g_autofree char *link_path = test_dir_path (fixture, "link.out");
  g_autofree char *dash = test_dir_path (fixture, "-");
  static const char * const formats[] = { "json", "csv", "pdf" };
  g_auto(Run) run = { 0 };
  Snapshot before, other_before;

  cli (&run, "demo", work, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "new", other, "--organisation", "Other Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (symlink ("work.isms", soft), ==, 0);
  g_assert_cmpint (link (work, hard), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("target.out", link_path), ==, 0);
  before = snapshot (work);
  other_before = snapshot (other);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      const char *format = formats[f];
      const char * const same[] = { work, soft, hard };
      g_autofree char *text = NULL;
      gsize length;
      GStatBuf st;

      /* The workspace itself, by any name: never, even forced. */
      for (guint i = 0; i < G_N_ELEMENTS (same); i++)
        for (int force = 0; force < 2; force++)
          {
            g_autofree char *name = g_path_get_basename (same[i]);

            export_to (&run, work, format, same[i], force);
            assert_one_line_error (&run, name, "the workspace itself");
            g_assert_null (strstr (run.err, ".part"));
            assert_unchanged (work, &before);
          }
      g_assert_true (g_file_test (soft, G_FILE_TEST_IS_SYMLINK));

      /* Another workspace: only with --force. */
      export_to (&run, work, format, other, FALSE);
      assert_one_line_error (&run, "other.isms", "Attest workspace");
      g_assert_nonnull (strstr (run.err, "--force"));
      assert_unchanged (other, &other_before);

      /* A folder: never. */
      export_to (&run, work, format, folder, TRUE);
      assert_one_line_error (&run, "folder", "folder");
      g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

      /* A FIFO is written through, to whoever reads it. */
      g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
      {
        GThread *reader = g_thread_new ("reader", read_fifo_thread, fifo);

        export_to (&run, work, format, fifo, FALSE);
        text = g_thread_join (reader);
      }
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (text);
      g_assert_true (g_str_has_prefix (text, g_str_equal (format, "pdf") ? "%PDF" : g_str_equal (format, "json") ? "{" : "Control"));
      g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
      g_assert_true (S_ISFIFO (st.st_mode));
      g_unlink (fifo);
      g_clear_pointer (&text, g_free);

      /* A character device is written through. */
      export_to (&run, work, format, "/dev/null", FALSE);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));

      /* One that takes nothing: the error says what failed, not a guess. */
      if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
        {
          export_to (&run, work, format, "/dev/full", FALSE);
          g_assert_cmpint (run.status, ==, 1);
          g_assert_nonnull (strstr (run.err, "/dev/full"));
          g_assert_nonnull (strstr (run.err, g_strerror (ENOSPC)));
          g_assert_null (strstr (run.err, "Is the disk full"));
          g_assert_cmpint (g_lstat ("/dev/full", &st), ==, 0);
          g_assert_true (S_ISCHR (st.st_mode));
        }

      /* A symbolic link: the file it points to is written, the link stays. */
      export_to (&run, work, format, link_path, FALSE);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
      g_assert_true (g_file_get_contents (target, &text, &length, NULL));
      g_assert_cmpuint (length, >, 0);
      g_clear_pointer (&text, g_free);

      /* - is standard output, not a file named -. */
      cli_cwd = fixture->dir;
      export_to (&run, work, format, "-", FALSE);
      cli_cwd = NULL;
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_str_has_prefix (run.out, g_str_equal (format, "pdf") ? "%PDF" : g_str_equal (format, "json") ? "{" : "Control"));
      g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
    }

  /* Forced, another workspace is replaced. */
  export_to (&run, work, "json", other, TRUE);
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (other, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "{"));
  }
  assert_unchanged (work, &before);
  g_free (before.digest);
  g_free (other_before.digest);
}

/* Part 5 of the hostile-input review: killed commands leave nothing the
 * reading commands refuse. The kills are deterministic: ATTEST_TEST_KILL_AT
 * names the point where the command kills itself. */

static void
cli_killed_at (Run        *run,
               const char *point,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  while (args->len < 8)
    g_ptr_array_add (args, NULL);
  g_setenv ("ATTEST_TEST_KILL_AT", point, TRUE);
  cli (run, args->pdata[0], args->pdata[1], args->pdata[2], args->pdata[3], args->pdata[4], args->pdata[5],
       args->pdata[6], args->pdata[7], NULL);
  g_unsetenv ("ATTEST_TEST_KILL_AT");
}

static void
assert_killed (Run *run)
{
  if (run->status != 128 + SIGKILL)
    g_error ("expected the command to be killed; it exited %d: %s", run->status, run->err);
}

static void
test_interrupted_create (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *source = test_dir_path (fixture, "source.isms");
  g_autofree char *json = test_dir_path (fixture, "source.json");
  static const char * const points[] = { "store-commit#2", "create-defaults", "create-complete" };
  g_auto(Run) run = { 0 };

  cli (&run, "demo", source, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "export", source, "--format", "json", "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);

  for (guint p = 0; p < G_N_ELEMENTS (points); p++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *name = g_strdup_printf ("made-%u-%u.isms", p, c);
        g_autofree char *path = test_dir_path (fixture, name);

        if (c == 0)
          cli_killed_at (&run, points[p], "demo", path, NULL);
        else if (c == 1)
          cli_killed_at (&run, points[p], "import", path, "--format", "json", json, NULL);
        else
          cli_killed_at (&run, points[p], "new", path, "--organisation", "Killed Ltd", NULL);
        assert_killed (&run);
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
        g_assert_false (g_file_test (path, G_FILE_TEST_IS_SYMLINK));

        /* Nothing stands in the way of doing it again. */
        if (c == 0)
          cli (&run, "demo", path, NULL);
        else if (c == 1)
          cli (&run, "import", path, "--format", "json", json, NULL);
        else
          cli (&run, "new", path, "--organisation", "Done Ltd", NULL);
        g_assert_cmpint (run.status, ==, 0);
        cli (&run, "info", path, NULL);
        g_assert_cmpint (run.status, ==, 0);
        g_assert_cmpstr (run.err, ==, "");
        g_assert_nonnull (strstr (run.out, c == 2 ? "Done Ltd" : "Fernhill Analytics Ltd"));
        g_unlink (path);
      }
  {
    g_autoptr(GDir) listing = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_true (g_str_has_prefix (name, "source.") || (name[0] == '.' && strstr (name, ".part") != NULL));
  }
}

static void
test_hot_journal (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *source = test_dir_path (fixture, "source.isms");
  g_autofree char *json = test_dir_path (fixture, "source.json");
  g_autofree char *path = test_dir_path (fixture, "k.isms");
  g_autofree char *journal = test_dir_path (fixture, "k.isms-journal");
  g_autofree char *contents = NULL;
  g_autofree char *pid_text = NULL;
  g_auto(Run) run = { 0 };
  gsize length = 0;

  cli (&run, "demo", source, NULL);
  cli (&run, "export", source, "--format", "json", "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "new", path, "--organisation", "Empty Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* An import killed with its change in the journal, not in the file: the
   * first commit took the lock, the second is the import. */
  cli_killed_at (&run, "store-commit#2", "import", path, "--format", "json", json, NULL);
  assert_killed (&run);
  g_assert_true (g_file_get_contents (journal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);

  /* info undoes it, and says so in one line. */
  cli (&run, "info", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Empty Ltd"));
  g_assert_true (g_str_has_prefix (run.err, "attest-cli: “k.isms” had a change left unfinished"));
  g_assert_nonnull (strstr (run.err, "undone"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));

  /* Then log and export read it as any other, without a word. */
  {
    Snapshot before = snapshot (path);

    cli (&run, "log", path, "--verify", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    cli (&run, "export", path, "--format", "json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    assert_unchanged (path, &before);
    g_free (before.digest);
  }

  /* The killed import's lock is stale: taken over, with who and since when. */
  {
    g_autofree char *info = NULL;

    cli (&run, "info", path, "--json", NULL);
    info = g_strdup (run.out);
    g_assert_nonnull (strstr (info, "\"running\" : false"));
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *holder;

      g_assert_true (json_parser_load_from_data (parser, info, -1, NULL));
      holder = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "in-use-by");
      pid_text = g_strdup_printf ("(process %" G_GINT64_FORMAT ")", json_object_get_int_member (holder, "pid"));
    }
  }
  cli (&run, "import", path, "--format", "json", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "no longer running; it was taken over"));
  g_assert_nonnull (strstr (run.err, pid_text));
  g_assert_nonnull (strstr (run.err, " since "));
  cli (&run, "info", path, NULL);
  g_assert_nonnull (strstr (run.out, "Fernhill Analytics Ltd"));
  g_assert_cmpstr (run.err, ==, "");
}

/* A file held by an Attest on another computer is taken only with
 * --take-over, and the messages say who held it since when. */
static void
test_other_host_lock (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *source = test_dir_path (fixture, "source.isms");
  g_autofree char *json = test_dir_path (fixture, "source.json");
  g_autofree char *path = test_dir_path (fixture, "f.isms");
  g_auto(Run) run = { 0 };
  Snapshot before;

  cli (&run, "demo", source, NULL);
  cli (&run, "export", source, "--format", "json", "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "new", path, "--organisation", "Shared Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);
  test_sqlite_exec (path, "INSERT INTO lock (id, host, pid, since, token) "
                          "VALUES (1, 'elsewhere.example', 4242, 1700000000000000, 'theirs')");

  /* Not without --take-over. */
  before = snapshot (path);
  cli (&run, "import", path, "--format", "json", json, NULL);
  assert_one_line_error (&run, "f.isms", "elsewhere.example (process 4242) since ");
  g_assert_nonnull (strstr (run.err, "--take-over"));
  assert_unchanged (path, &before);
  g_free (before.digest);

  cli (&run, "import", path, "--format", "json", json, "--take-over", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "taken over from Attest on elsewhere.example (process 4242)"));
  cli (&run, "info", path, NULL);
  g_assert_nonnull (strstr (run.out, "Fernhill Analytics Ltd"));
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
  gboolean corrective = FALSE;

  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  before = snapshot (demo);

  /* The sample records its management reviews, its first internal audit
   * and its nonconformities: nothing blocks. */
  cli (&run, "check", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Its policy is written and approved in Attest. */
  g_assert_nonnull (strstr (run.out, "5.2      Information security policy: Recorded in Attest"));
  g_assert_nonnull (strstr (run.out, "9.3      Results of management reviews: Recorded in Attest: Management reviews"));
  g_assert_nonnull (strstr (run.out, "9.2      Audit programme and audit results: Recorded in Attest: Internal audits"));
  g_assert_nonnull (strstr (run.out, "10.2     Nonconformities and corrective actions: Recorded in Attest: "
                                     "Nonconformities and corrective actions"));
  g_assert_null (strstr (run.out, "Blocker"));
  /* ... and its SoA and treatment plan have changed since their approval. */
  g_assert_nonnull (strstr (run.out, "Warning  7.5.2    Statement of Applicability (ISMS-SOA): 3 changes since version 1"));
  /* ... and one risk owner has not approved the plan yet: the one who
   * accepts no risk. */
  g_assert_nonnull (strstr (run.out, "Warning  6.1.3 f  People, finance and privacy lead (Daniel Mensah) owns 1 risk"));
  g_assert_null (strstr (run.out, "Tom Okafor) owns"));
  g_assert_null (strstr (run.out, "its target after treatment"));
  /* ... a finding about the owner's approval, pinned on none of the risks. */
  g_assert_nonnull (strstr (run.out, "record the owner's approval of the plan.\n"));
  g_assert_null (strstr (run.out, "of the plan. (Risk"));
  g_assert_nonnull (strstr (run.out, "0 blockers, 5 warnings."));
  /* Its processes have their criteria and how they are checked (8.1). */
  g_assert_nonnull (strstr (run.out, "8.1      Operational planning and control: Recorded in Attest: Processes of the "
                                     "ISMS\n"));
  /* The SoA, the risk assessment and the treatment plan are held as
   * wholes: check names them, not their first entry, risk or action. */
  g_assert_nonnull (strstr (run.out, "6.1.3 d  Statement of Applicability: Recorded in Attest: Statement of Applicability\n"));
  g_assert_nonnull (strstr (run.out, "8.2      Results of risk assessments: Recorded in Attest: Risk assessment\n"));
  g_assert_nonnull (strstr (run.out, "8.3      Results of risk treatment: Recorded in Attest: Risk treatment plan\n"));
  g_assert_null (strstr (run.out, "Statement of Applicability entry"));

  cli (&run, "check", demo, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "blockers"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (root, "warnings"), ==, 5);
  mandatory = json_object_get_array_member (root, "mandatory");
  g_assert_cmpuint (json_array_get_length (mandatory), ==, 15);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "id"), ==, "scope");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 0), "kind"), ==, "scope");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 1), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 1), "kind"), ==, "policy");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 8), "id"), ==,
                   "operational-planning");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 8), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 8), "kind"), ==, "processes");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 12), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 12), "kind"), ==, "audits");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 14), "status"), ==, "recorded");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 14), "kind"), ==,
                   "nonconformities");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (mandatory, 13), "status"), ==, "recorded");
  for (guint i = 0; i < 3; i++)
    {
      static const struct { guint index; const char *id, *kind; } wholes[] = {
        { 4, "soa", "soa" }, { 9, "risk-assessment-results", "risk-assessment" },
        { 10, "risk-treatment-results", "treatment-plan" },
      };
      JsonObject *item = json_array_get_object_element (mandatory, wholes[i].index);

      g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, wholes[i].id);
      g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "recorded");
      g_assert_cmpstr (json_object_get_string_member (item, "kind"), ==, wholes[i].kind);
      g_assert_true (json_object_get_null_member (item, "record"));
    }
  findings = json_object_get_array_member (root, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      const char *clause = json_object_get_string_member (finding, "clause");

      /* The warnings are the drafts pending approval (7.5.2), the target
       * awaiting its owner's acceptance and the risk owner who has not
       * approved the plan (6.1.3 f), the phishing simulation's measurement
       * that waits for the autumn (9.1), and the controls the audit
       * programme has still to plan (9.2). */
      g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==,
                       g_str_equal (clause, "7.5.2") || g_str_equal (clause, "6.1.3 f") || g_str_equal (clause, "4.4")
                       || g_str_equal (clause, "9.1") || g_str_equal (clause, "9.2")
                       ? "warning" : "blocker");
      /* The audit's nonconformity has its record, its actions on time. */
      corrective |= g_str_equal (json_object_get_string_member (finding, "clause"), "10.2");
    }
  g_assert_false (corrective);
  assert_unchanged (demo, &before);
  g_free (before.digest);

  /* With a register entry for the rest and the last owner's approval,
   * only four warnings are left. */
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
  json_object_set_string_member (document, "version", "3");
  json_object_set_string_member (document, "approved-on", "2026-10-01");
  items = json_array_new ();
  for (const char * const *item = (const char * const[]) { "8.1", "monitoring-results", "9.2", "10.2", NULL };
       *item != NULL; item++)
    json_array_add_string_element (items, *item);
  json_object_set_array_member (document, "mandatory-items", items);
  json_array_add_object_element (json_object_get_array_member (json_object_get_object_member (root, "records"), "document"),
                                 document);
  /* The demo's first management review was held: every process that runs
   * at intervals has a day it last ran already. */
  {
    JsonArray *processes = json_object_get_array_member (json_object_get_object_member (root, "records"), "process");

    for (guint i = 0; i < json_array_get_length (processes); i++)
      {
        JsonObject *process = json_array_get_object_element (processes, i);

        g_assert_true (*json_object_get_string_member (process, "last-run") != '\0'
                       || g_str_equal (json_object_get_string_member (process, "runs-unit"), "when-needed"));
      }
  }
  /* And the risk owner who had not approved the plan approves it. */
  {
    JsonObject *records = json_object_get_object_member (root, "records");
    JsonArray *versions = json_object_get_array_member (records, "document-version");
    JsonObject *approval = json_object_new ();
    const char *plan = NULL;

    for (guint i = 0; i < json_array_get_length (versions); i++)
      if (g_str_equal (json_object_get_string_member (json_array_get_object_element (versions, i), "document"),
                       "treatment-plan"))
        plan = json_object_get_string_member (json_array_get_object_element (versions, i), "id");
    g_assert_nonnull (plan);
    json_object_set_string_member (approval, "id", "approval-daniel");
    json_object_set_string_member (approval, "created", "2026-11-28T18:22:14.450196Z");
    json_object_set_string_member (approval, "modified", "2026-11-28T18:22:14.450196Z");
    json_object_set_string_member (approval, "owner", "People, finance and privacy lead (Daniel Mensah)");
    json_object_set_string_member (approval, "version-id", plan);
    json_object_set_string_member (approval, "approved-at", "2026-11-28T18:22:14.450196Z");
    /* For his risk as it stands: its title, treatment and target. */
    {
      JsonArray *risks = json_object_get_array_member (records, "risk");
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) snapshot = json_generator_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *snapshot_text = NULL;

      json_builder_begin_object (builder);
      for (guint i = 0; i < json_array_get_length (risks); i++)
        {
          JsonObject *risk = json_array_get_object_element (risks, i);
          g_autofree char *likelihood = NULL;
          g_autofree char *impact = NULL;

          if (!g_str_equal (json_object_get_string_member (risk, "owner"),
                            "People, finance and privacy lead (Daniel Mensah)"))
            continue;
          likelihood = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (risk, "residual-likelihood"));
          impact = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (risk, "residual-impact"));
          json_builder_set_member_name (builder, json_object_get_string_member (risk, "id"));
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, json_object_get_string_member (risk, "title"));
          json_builder_set_member_name (builder, "treatment");
          json_builder_add_string_value (builder, json_object_get_string_member (risk, "treatment"));
          json_builder_set_member_name (builder, "residual-likelihood");
          json_builder_add_string_value (builder, likelihood);
          json_builder_set_member_name (builder, "residual-impact");
          json_builder_add_string_value (builder, impact);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      json_generator_set_root (snapshot, node);
      snapshot_text = json_generator_to_data (snapshot, NULL);
      json_object_set_string_member (approval, "snapshot", snapshot_text);
    }
    json_array_add_object_element (json_object_get_array_member (records, "plan-approval"), approval);
  }
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, NULL);
  g_assert_true (g_file_set_contents (json_path, text, -1, &error));
  cli (&run, "import", ready, "--format", "json", json_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli (&run, "check", ready, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* Only the drafts pending approval, the phishing simulation's
   * measurement that waits for the autumn, and the controls the audit
   * programme has still to plan are left to ask about. */
  g_assert_nonnull (strstr (run.out, "0 blockers, 4 warnings."));
  g_assert_nonnull (strstr (run.out, "Staff who click the phishing simulation's link was due to be measured"));
  g_assert_nonnull (strstr (run.out, "covers 81 applicable controls"));
  /* What Attest holds comes before a document that says it holds it too. */
  g_assert_nonnull (strstr (run.out, "9.2      Audit programme and audit results: Recorded in Attest: Internal audits"));
  g_assert_nonnull (strstr (run.out, "10.2     Nonconformities and corrective actions: Recorded in Attest: "
                                     "Nonconformities and corrective actions"));

  /* Errors and usage. */
  cli (&run, "check", "no-such.isms", NULL);
  assert_one_line_error (&run, "no-such.isms", NULL);
  cli (&run, "check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_no_error (error);
}

/* check counts as the pack does: one finding per risk per cause, rule by
 * rule with the records each finds, in the text and in the JSON; "Modify"
 * without an action is a blocker above the acceptance level only. */
static void
test_check_rules (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "rules.isms");
  g_autofree char *json_path = test_dir_path (fixture, "rules.json");
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *json =
    "{\"format\":\"attest-workspace\",\"format-version\":1,\"catalog\":\"iso27001:2022\",\"records\":{"
    "\"organisation\":[{\"id\":\"org\",\"created\":\"2026-11-28T18:22:14Z\",\"modified\":\"2026-11-28T18:22:14Z\","
    "\"name\":\"Acme\"}],\"risk\":["
    "{\"id\":\"r1\",\"created\":\"2026-11-28T18:22:14Z\",\"modified\":\"2026-11-28T18:22:14Z\",\"title\":\"Ransomware\","
    "\"owner\":\"IT lead\",\"likelihood\":4,\"impact\":5},"
    "{\"id\":\"r2\",\"created\":\"2026-11-28T18:22:14Z\",\"modified\":\"2026-11-28T18:22:14Z\",\"title\":\"Fraud\","
    "\"owner\":\"IT lead\",\"likelihood\":4,\"impact\":4},"
    "{\"id\":\"r3\",\"created\":\"2026-11-28T18:22:14Z\",\"modified\":\"2026-11-28T18:22:14Z\",\"title\":\"Laptop theft\","
    "\"owner\":\"IT lead\",\"likelihood\":3,\"impact\":2,\"treatment\":\"modify\"}]}}";
  JsonObject *root;
  JsonArray *rules, *findings;
  guint on_r1 = 0;
  gboolean untreated = FALSE, modify = FALSE;

  g_assert_true (g_file_set_contents (json_path, json, -1, &error));
  cli (&run, "import", path, "--format", "json", json_path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (&run, "check", path, NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "By rule, with how many records each finds:"));
  g_assert_nonnull (strstr (run.out, "       2  Blocker  Above the acceptance level, and no treatment chosen (6.1.3 a)"));
  g_assert_nonnull (strstr (run.out, "       1  Warning  To be modified, and no action in the treatment plan (6.1.3 e)"));
  g_assert_null (strstr (run.out, "Ransomware: the residual risk is above the acceptance level"));

  cli (&run, "check", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "records"), <=,
                   json_object_get_int_member (root, "blockers") + json_object_get_int_member (root, "warnings"));
  findings = json_object_get_array_member (root, "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      g_assert_cmpstr (json_object_get_string_member (finding, "rule"), !=, "");
      if (!json_object_get_null_member (finding, "record") && g_str_equal (json_object_get_string_member (finding, "record"), "r1"))
        on_r1++;
      if (g_str_equal (json_object_get_string_member (finding, "rule"), "risk-modify-without-action"))
        g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "warning");
    }
  /* One finding for the untreated risk: no treatment chosen, and that is all. */
  g_assert_cmpuint (on_r1, ==, 1);
  rules = json_object_get_array_member (root, "rules");
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      const char *id = json_object_get_string_member (rule, "rule");

      if (g_str_equal (id, "risk-no-treatment"))
        {
          untreated = TRUE;
          g_assert_cmpstr (json_object_get_string_member (rule, "severity"), ==, "blocker");
          g_assert_cmpstr (json_object_get_string_member (rule, "clause"), ==, "6.1.3 a");
          g_assert_cmpint (json_object_get_int_member (rule, "records"), ==, 2);
          g_assert_cmpint (json_object_get_int_member (rule, "findings"), ==, 2);
          g_assert_cmpstr (json_object_get_string_member (rule, "title"), ==, "Above the acceptance level, and no treatment chosen");
        }
      modify |= g_str_equal (id, "risk-modify-without-action");
    }
  g_assert_true (untreated);
  g_assert_true (modify);
  g_assert_no_error (error);
}

/* What a workspace holds may be any text; what the commands print never
 * sends a control character to the terminal (an escape sequence that
 * retitles or clears it): each is shown as \xHH. Exports keep the bytes. */
static void
test_control_characters (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "escape.isms");
  g_autofree char *json = test_dir_path (fixture, "escape.json");
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  cli (&run, "new", path, "--organisation", "Fern\x1b]0;pwned\x07\x1b[2J\xc2\x9b Ltd", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\x1b'));
  cli (&run, "info", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strchr (run.out, '\x1b'));
  g_assert_null (strchr (run.out, '\x07'));
  g_assert_null (strstr (run.out, "\xc2\x9b"));
  g_assert_nonnull (strstr (run.out, "Fern\\x1b]0;pwned\\x07\\x1b[2J\\x9b Ltd"));
  /* The export keeps the text as it is (JSON writes it escaped). */
  cli (&run, "export", path, "--format", "json", "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (json, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Fern\\u001b]0;pwned\\u0007\\u001b[2J\xc2\x9b Ltd"));
}

/* Every page's text, as a reader copies it, each run of white space (a
 * line a table cell wraps onto included) as one space. */
static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (pdf, NULL, &error);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      for (const char *c = page_text; *c != '\0'; c++)
        if (!g_ascii_isspace (*c))
          g_string_append_c (text, *c);
        else if (text->len > 0 && text->str[text->len - 1] != ' ')
          g_string_append_c (text, ' ');
      g_string_append_c (text, ' ');
      g_object_unref (page);
    }
  g_object_unref (doc);
  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *what,
                 const char *where)
{
  if (strstr (text, what) == NULL)
    g_error ("%s does not say “%s”", where, what);
}

static void
assert_lacks (const char *text,
              const char *what,
              const char *where)
{
  if (strstr (text, what) != NULL)
    g_error ("%s says “%s”", where, what);
}

/* The pack in German from an English interface, in English from a German
 * one, and in the interface's language by default; Annex A's titles in the
 * pack's language too. A demo made in German is written in German, its
 * classification label among it. */
static void
test_pdf_language (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *demo = test_dir_path (fixture, "demo.isms");
  g_autofree char *german_demo = test_dir_path (fixture, "german.isms");
  g_autofree char *pdf = test_dir_path (fixture, "pack.pdf");
  g_autofree char *json = test_dir_path (fixture, "german.json");
  g_auto(GStrv) german = g_environ_setenv (g_environ_setenv (g_get_environ (), "LANGUAGE", "de", TRUE),
                                           "LC_ALL", "de_DE.UTF-8", TRUE);
  g_auto(Run) run = { 0 };
  g_autofree char *text = NULL;

  locale_t de = newlocale (LC_ALL_MASK, "de_DE.UTF-8", (locale_t) 0);

  /* Not a skip: tools/install-deps.sh generates the locale. */
  if (de == (locale_t) 0)
    g_error ("The locale de_DE.UTF-8 is not installed; tools/install-deps.sh generates it.");
  freelocale (de);
  cli (&run, "demo", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);

  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--language", "de", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  text = pdf_text (pdf);
  assert_contains (text, "ISMS-Auditpaket", "The German pack");
  assert_contains (text, "Dokumentenlenkung", "The German pack");
  assert_contains (text, "Erklärung zur Anwendbarkeit (6.1.3 d)", "The German pack");
  assert_contains (text, "Zusammenfassung der Auditbereitschaft", "The German pack");
  assert_contains (text, "Entscheidungen der Risikoeigentümer über das Restrisiko", "The German pack");
  assert_contains (text, "Seite 1 von ", "The German pack");
  /* A control's title as the catalog has it, in every language. */
  assert_contains (text, "Threat intelligence", "The German pack");   /* A.5.7 */
  assert_lacks (text, "Statement of Applicability (6.1.3 d)", "The German pack");
  g_clear_pointer (&text, g_free);

  /* The interface's language by default: German here. */
  cli_envp = german;
  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--force", NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  assert_contains (text, "Erklärung zur Anwendbarkeit (6.1.3 d)", "The pack of a German interface");
  g_clear_pointer (&text, g_free);

  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--language", "en", NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = pdf_text (pdf);
  assert_contains (text, "Statement of Applicability (6.1.3 d)", "The English pack");
  assert_contains (text, "Page 1 of ", "The English pack");
  assert_contains (text, "Threat intelligence", "The English pack");
  assert_lacks (text, "Erklärung zur Anwendbarkeit", "The English pack");
  g_clear_pointer (&text, g_free);

  /* A language without a translation is a usage error, in German. */
  cli (&run, "export", demo, "--format", "pdf", "--output", pdf, "--language", "xx", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_contains (run.err, "Es gibt keine Übersetzung „xx“ des Auditpakets; die Sprachen sind de, en.", "stderr");

  cli (&run, "demo", german_demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "ein Beispiel-Arbeitsbereich", "stdout");
  cli_envp = NULL;
  cli (&run, "export", german_demo, "--format", "json", "--output", json, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (json, &text, NULL, NULL));
  assert_contains (text, "Datenschutzrecht für Kundendaten", "The German demo");
  assert_contains (text, "Geschäftsführerin (Priya Natarajan)", "The German demo");
  assert_contains (text, "\"Vertraulich\"", "The German demo");   /* its classification label */
  assert_lacks (text, "Data protection law for client data", "The German demo");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/cli/pdf", test_pdf);
  ADD ("/cli/pdf-language", test_pdf_language);
  ADD ("/cli/export-positional", test_export_positional);
  ADD ("/cli/new-and-info", test_new_and_info);
  ADD ("/cli/control-characters", test_control_characters);
  ADD ("/cli/check", test_check);
  ADD ("/cli/check-rules", test_check_rules);
  ADD ("/cli/demo-export-import", test_demo_export_import);
  ADD ("/cli/bad-input", test_bad_input);
  ADD ("/cli/log-tamper", test_log_tamper);
  ADD ("/cli/export-record", test_export_record);
  ADD ("/cli/soa-csv", test_soa_csv);
  ADD ("/cli/soa-csv-columns", test_soa_csv_columns);
  ADD ("/cli/export-targets", test_export_targets);
  ADD ("/cli/interrupted-create", test_interrupted_create);
  ADD ("/cli/hot-journal", test_hot_journal);
  ADD ("/cli/other-host-lock", test_other_host_lock);
#undef ADD
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/catalog", test_catalog);

  return g_test_run ();
}
