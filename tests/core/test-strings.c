/* test-strings.c: hostile text is stored exactly or refused with a message.
 *
 * Format specifiers, SQL metacharacters, control characters, bidi
 * overrides, text in many scripts and a field of a megabyte go into
 * records, through the file, a JSON export and import and the SoA's CSV,
 * and come back byte for byte. Invalid UTF-8 in an import is refused with
 * a message and nothing imported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "attest.h"
#include "attest-test-util.h"

static GPtrArray *
hostile_strings (void)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  GString *big = g_string_sized_new (1024 * 1024 + 16);
  GString *controls = g_string_new ("controls:");

  g_ptr_array_add (strings, g_strdup ("%s%s%s%n%x %d %%"));
  g_ptr_array_add (strings, g_strdup ("'); DROP TABLE context_issue; -- \" ` ; /* */ \\"));
  g_ptr_array_add (strings, g_strdup ("Robert'); DELETE FROM history WHERE ('1'='1"));
  g_ptr_array_add (strings, g_strdup ("\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark\u200E"));
  g_ptr_array_add (strings, g_strdup ("Ελληνικά Кириллица العربية עברית 中文 日本語 한국어 😀 e\u0301"));
  g_ptr_array_add (strings, g_strdup ("  leading and trailing spaces  "));
  g_ptr_array_add (strings, g_strdup ("line one\nline two\r\nline three\ttab"));
  g_ptr_array_add (strings, g_strdup ("\"quoted\", \"commas\", and; semicolons"));
  for (int c = 1; c < 32; c++)
    g_string_append_c (controls, (char) c);
  g_string_append_c (controls, 0x7f);
  g_ptr_array_add (strings, g_string_free (controls, FALSE));
  while (big->len < 1024 * 1024)
    g_string_append (big, "A megabyte of text, ünïcödé included. ");
  g_ptr_array_add (strings, g_string_free (big, FALSE));
  return strings;
}

static AttestRecord *
issue_titled (AttestWorkspace *workspace,
              guint            index)
{
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);
  AttestRecord *issue = g_list_model_get_item (issues, index);

  g_object_unref (issue);   /* the workspace keeps it */
  return issue;
}

static void
test_round_trips (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "strings.isms");
  g_autofree char *copy = test_dir_path (fixture, "copy.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) strings = hostile_strings ();
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Strings Ltd", &error);
  g_autofree char *json = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < strings->len; i++)
    {
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE,
                                                    "title", g_ptr_array_index (strings, i), NULL);

      g_assert_true (attest_workspace_add (workspace, issue, &error));
      g_assert_no_error (error);
      /* And typed into a field afterwards. */
      g_object_set (issue, "description", g_ptr_array_index (strings, i), NULL);
    }
  for (guint i = 0; i < strings->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("iso27001:2022/A.5.%u", i + 1);
      AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, id);

      g_object_set (entry, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE,
                    "justification", g_ptr_array_index (strings, i), NULL);
    }

  /* Through the file. */
  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < strings->len; i++)
    {
      AttestRecord *issue = issue_titled (workspace, i);

      g_assert_cmpstr (attest_record_get_string (issue, "title"), ==, g_ptr_array_index (strings, i));
      g_assert_cmpstr (attest_record_get_string (issue, "description"), ==, g_ptr_array_index (strings, i));
    }

  /* Through JSON. */
  json = attest_json_export (workspace, &error);
  g_assert_no_error (error);
  {
    g_autofree char *json_path = test_dir_path (fixture, "export.json");
    g_autoptr(AttestWorkspace) imported = NULL;

    g_assert_true (g_file_set_contents (json_path, json, -1, NULL));
    g_assert_true (attest_json_import_file (copy, json_path, &error));
    g_assert_no_error (error);
    imported = attest_workspace_open (copy, ATTEST_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < strings->len; i++)
      g_assert_cmpstr (attest_record_get_string (issue_titled (imported, i), "description"), ==,
                       g_ptr_array_index (strings, i));
  }

  /* Through the SoA's CSV. */
  {
    g_autofree char *csv = attest_csv_export_soa (workspace);
    g_autoptr(AttestWorkspace) target = NULL;
    g_autofree char *target_path = test_dir_path (fixture, "target.isms");
    g_autoptr(GPtrArray) report = NULL;

    target = attest_workspace_create (target_path, "Target Ltd", &error);
    g_assert_no_error (error);
    g_assert_true (attest_csv_import_soa (target, csv, strlen (csv), &report, &error));
    g_assert_no_error (error);
    /* A spreadsheet's cells lose the spaces around them (README); the
     * rest comes back exactly. */
    for (guint i = 0; i < strings->len; i++)
      {
        g_autofree char *id = g_strdup_printf ("iso27001:2022/A.5.%u", i + 1);
        g_autofree char *expected = g_strstrip (g_strdup (g_ptr_array_index (strings, i)));

        g_assert_cmpstr (attest_record_get_string (attest_workspace_lookup_soa_entry (target, id), "justification"), ==,
                         expected);
      }
  }
}

static void
test_invalid_utf8 (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "target.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Target Ltd", &error);
  static const char json[] = "{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{\"context-issue\":"
                             "[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\","
                             "\"title\":\"bad \xff\xfe byte\"}]}}";
  static const char csv[] = "Control,Applicable,Justification\n5.1,no,caf\xe9 latin-1\n";
  guint before = g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE));
  g_autofree char *digest = NULL;

  g_assert_no_error (error);
  g_assert_false (attest_json_import (workspace, json, sizeof json - 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, before);

  g_assert_false (attest_csv_import_soa (workspace, csv, sizeof csv - 1, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_assert_cmpint (attest_record_get_enum (attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1"),
                                          "applicability"), ==, ATTEST_APPLICABILITY_UNDECIDED);
  g_clear_object (&workspace);
  digest = test_file_digest (path);
  g_assert_nonnull (digest);
}

/* JSON's \u escapes can name half of a surrogate pair, which is no
 * character: json-glib 1.6 turns it into bytes that are not UTF-8. The
 * import names the record and field, and imports nothing. */
static void
test_lone_surrogate (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "target.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Target Ltd", &error);
  static const char * const bad[] = {
    "\"title\":\"lone \\ud800 high\"",
    "\"title\":\"lone \\udc00 low\"",
    "\"title\":\"reversed \\udc00\\ud800 pair\"",
    "\"title\":\"high at the end \\ud83d\"",
  };
  static const char good[] = "\"title\":\"a pair \\ud83d\\ude00 is a character\"";
  GListModel *issues = attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{\"context-issue\":"
                                               "[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\",%s}]}}",
                                               bad[i]);

      g_assert_false (attest_json_import (workspace, json, strlen (json), &error));
      g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "$.records.context-issue[0].title"));
      g_clear_error (&error);
      g_assert_cmpuint (g_list_model_get_n_items (issues), ==, 0);
    }

  {
    g_autofree char *json = g_strdup_printf ("{\"format\":\"attest-workspace\",\"format-version\":1,\"records\":{\"context-issue\":"
                                             "[{\"id\":\"a\",\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\",%s}]}}",
                                             good);
    g_autoptr(AttestRecord) issue = NULL;

    g_assert_true (attest_json_import (workspace, json, strlen (json), &error));
    g_assert_no_error (error);
    issue = g_list_model_get_item (issues, 0);
    g_assert_cmpstr (attest_record_get_string (issue, "title"), ==, "a pair 😀 is a character");
  }
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

static void
on_write_failed_cb (AttestWorkspace *workspace,
                    GError          *error,
                    GError         **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

/* The store is the last line: whatever path a text takes into a record,
 * text that is not UTF-8 is refused there, the field shows what is stored
 * and the file keeps verifying. */
static void
test_store_refuses_invalid_utf8 (TestDir       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "store.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Store Ltd", &error);
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "fine", NULL);
  g_autoptr(AttestRecord) bad = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "bad \xed\xa0\x80 bytes", NULL);
  g_autoptr(GError) failed = NULL;
  gulong handler;

  g_assert_no_error (error);
  g_assert_false (attest_workspace_add (workspace, bad, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
  g_assert_nonnull (strstr (error->message, "title"));
  g_clear_error (&error);

  g_assert_true (attest_workspace_add (workspace, issue, &error));
  g_assert_no_error (error);
  handler = g_signal_connect (workspace, "write-failed", G_CALLBACK (on_write_failed_cb), &failed);
  g_object_set (issue, "description", "half a character \xc3", NULL);
  g_signal_handler_disconnect (workspace, handler);
  g_assert_error (failed, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_assert_cmpstr (attest_record_get_string (issue, "description"), ==, "");

  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_CONTEXT_ISSUE)), ==, 1);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/strings/round-trips", TestDir, NULL, test_dir_setup, test_round_trips, test_dir_teardown);
  g_test_add ("/strings/invalid-utf8", TestDir, NULL, test_dir_setup, test_invalid_utf8, test_dir_teardown);
  g_test_add ("/strings/lone-surrogate", TestDir, NULL, test_dir_setup, test_lone_surrogate, test_dir_teardown);
  g_test_add ("/strings/store-refuses-invalid-utf8", TestDir, NULL, test_dir_setup, test_store_refuses_invalid_utf8, test_dir_teardown);
  return g_test_run ();
}
