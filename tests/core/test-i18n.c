/* test-i18n.c: the language of core and report texts, per thread, read from
 * the message catalogs as built.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "attest.h"
#include "attest-i18n.h"
#include "attest-test-util.h"

static void
test_languages (void)
{
  g_auto(GStrv) languages = attest_i18n_dup_languages ();

  g_assert_true (g_strv_contains ((const char * const *) languages, "de"));
  g_assert_true (g_strv_contains ((const char * const *) languages, "en"));
  g_assert_true (attest_i18n_has_language ("de"));
  g_assert_true (attest_i18n_has_language ("de-AT"));   /* German, by its language */
  g_assert_true (attest_i18n_has_language ("en"));
  g_assert_false (attest_i18n_has_language ("xx"));
}

static void
test_choose (void)
{
  /* The interface's (the tests run in English). */
  g_assert_null (attest_i18n_get_language ());
  g_assert_cmpstr (_("Statement of Applicability"), ==, "Statement of Applicability");

  attest_i18n_set_language ("de");
  g_assert_cmpstr (attest_i18n_get_language (), ==, "de");
  g_assert_cmpstr (_("Statement of Applicability"), ==, "Erklärung zur Anwendbarkeit");
  g_assert_cmpstr (C_("language tag", "en"), ==, "de");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", 1), ==, "%u Warnung");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", 0), ==, "%u Warnungen");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", 2), ==, "%u Warnungen");
  /* A text without a translation stays as it is. */
  g_assert_cmpstr (_("Not a marked text"), ==, "Not a marked text");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u thing", "%u things", 2), ==, "%u things");

  {
    g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 3, 12, 0, 0);
    g_autofree char *german = attest_i18n_format_date (date);
    g_autofree char *english = NULL;

    g_assert_cmpstr (german, ==, "3. März 2026");
    attest_i18n_set_language ("en");
    english = attest_i18n_format_date (date);
    g_assert_cmpstr (english, ==, "3 March 2026");
  }

  attest_i18n_set_language ("en");
  g_assert_cmpstr (_("Statement of Applicability"), ==, "Statement of Applicability");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", 1), ==, "%u warning");

  attest_i18n_set_language ("xx");   /* no translation: English */
  g_assert_cmpstr (_("Statement of Applicability"), ==, "Statement of Applicability");

  attest_i18n_set_language (NULL);
  g_assert_null (attest_i18n_get_language ());
}

/* Every date the file keeps is read by one helper: a date field is that day,
 * a timestamp the day it falls on in UTC; anything else, however it is made,
 * is no date (and each caller shows it as it is). */
static void
test_stored_date (void)
{
  static const char * const not_dates[] = {
    "", "2026", "2026-3-3", "2026-03-3", " 2026-03-03", "2026-03-03 ", "2026-03-03x", "+2026-03-03",
    "2026-02-30", "2026-13-01", "2026-00-10", "0000-00-00", "-001-01-01", "+202-03-03", " 202-03-03", "0000-01-01", "2026/03/03", "03.03.2026",
    "2026-03-03T", "2026-03-03T25:00:00Z", "1969-12-31T23:59:59Z", "9999999999-01-01",
    "2026-03-03\n", "%s%s%s%n", "2026-\xff-03", "2026-03-0\x00",
  };
  g_autofree char *long_text = g_strnfill (100000, '9');

  attest_i18n_set_language ("en");
  {
    g_autofree char *day = attest_i18n_format_stored_date ("2026-03-03");
    g_autofree char *leap = attest_i18n_format_stored_date ("2028-02-29");
    g_autofree char *stamp = attest_i18n_format_stored_date ("2026-11-28T18:11:36.123456Z");
    g_autofree char *late = attest_i18n_format_stored_date ("2026-11-28T23:30:00-02:00");   /* 29th in UTC */
    g_autoptr(GDateTime) parsed = attest_stored_date_parse ("2026-11-28T18:11:36.123456Z");

    g_assert_cmpstr (day, ==, "3 March 2026");
    g_assert_cmpstr (leap, ==, "29 February 2028");
    g_assert_cmpstr (stamp, ==, "28 November 2026");
    g_assert_cmpstr (late, ==, "29 November 2026");
    g_assert_nonnull (parsed);
    g_assert_cmpint (g_date_time_get_hour (parsed), ==, 0);
    g_assert_cmpint (g_date_time_get_utc_offset (parsed), ==, 0);
  }

  attest_i18n_set_language ("de");
  {
    g_autofree char *day = attest_i18n_format_stored_date ("2026-03-03");

    g_assert_cmpstr (day, ==, "3. März 2026");
  }

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autofree char *day = attest_i18n_format_stored_date (not_dates[i]);
      g_autoptr(GDateTime) parsed = attest_stored_date_parse (not_dates[i]);

      g_test_message ("%s", not_dates[i]);
      g_assert_null (day);
      g_assert_null (parsed);
    }
  g_assert_null (attest_i18n_format_stored_date (NULL));
  g_assert_null (attest_i18n_format_stored_date (long_text));
  g_assert_false (attest_date_is_valid ("2026-02-29"));
  g_assert_true (attest_date_is_valid ("2024-02-29"));

  attest_i18n_set_language (NULL);
}

/* The labels of the records (choices, fields, kinds) are in the thread's
 * language, not the interface's; one English label in two senses is two
 * labels in German. */
static void
test_labels (void)
{
  g_assert_cmpstr (attest_enum_get_label (ATTEST_TYPE_IMPLEMENTATION, ATTEST_IMPLEMENTATION_IMPLEMENTED), ==,
                   "Implemented");
  g_assert_cmpstr (attest_field_get_label ("asset", "location"), ==, "Where it is");
  g_assert_cmpstr (attest_field_get_label ("evidence", "location"), ==, "Where it is");

  attest_i18n_set_language ("de");
  g_assert_cmpstr (attest_enum_get_label (ATTEST_TYPE_IMPLEMENTATION, ATTEST_IMPLEMENTATION_IMPLEMENTED), ==,
                   "Umgesetzt");
  g_assert_cmpstr (attest_enum_get_label (ATTEST_TYPE_ACTION_STATUS, ATTEST_ACTION_STATUS_DONE), ==, "Erledigt");
  g_assert_cmpstr (attest_field_get_label ("treatment-action", "status"), ==, "Status");
  g_assert_cmpstr (attest_field_get_label ("asset", "location"), ==, "Standort");
  g_assert_cmpstr (attest_field_get_label ("evidence", "location"), ==, "Ablageort");
  g_assert_false (g_str_has_prefix (attest_guidance_for_control ("5.1"), "Write down"));
  /* A text with a context and no translation is the text. */
  g_assert_cmpstr (attest_pgettext2 ("nothing", "Not a marked text"), ==, "Not a marked text");

  attest_i18n_set_language ("en");
  g_assert_cmpstr (attest_field_get_label ("asset", "location"), ==, "Where it is");
  g_assert_cmpstr (attest_pgettext2 ("asset", "Where it is"), ==, "Where it is");
  attest_i18n_set_language (NULL);
  g_assert_cmpstr (attest_pgettext2 ("nothing", "Not a marked text"), ==, "Not a marked text");
}

static gpointer
german_thread (gpointer data)
{
  attest_i18n_set_language ("de");
  return g_strdup (_("Risk treatment plan"));
}

/* One thread's language is not another's. */
static void
test_threads (void)
{
  GThread *thread;
  g_autofree char *german = NULL;

  attest_i18n_set_language ("en");
  thread = g_thread_new ("german", german_thread, NULL);
  german = g_thread_join (thread);
  g_assert_cmpstr (german, ==, "Risikobehandlungsplan");
  g_assert_cmpstr (attest_i18n_get_language (), ==, "en");
  g_assert_cmpstr (_("Risk treatment plan"), ==, "Risk treatment plan");
  attest_i18n_set_language (NULL);
}

/* A damaged catalog is no translation, never a crash or a text read from
 * outside the file. */
static void
test_damaged (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *built = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autofree char *mo = g_build_filename (built, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  /* The bytes kept (-1: all), and a 32-bit word of the header replaced. */
  struct { const char *language; gssize keep; guint word; guint32 value; } cases[] = {
    { "t1", 0, 0, 0 },               /* empty */
    { "t2", 27, 0, 0 },              /* shorter than the header */
    { "t3", -1, 0, 0x78787878 },     /* not the magic number */
    { "t4", -1, 2, 0x7fffffff },     /* more strings than the file holds */
    { "t5", -1, 3, 0xfffffff0 },     /* the table of originals beyond the end */
    { "t6", -1, 4, 0xfffffff0 },     /* the table of translations beyond the end */
    { "t7", 512, 0, 0 },             /* cut in the middle of the tables */
  };

  g_assert_true (g_file_get_contents (mo, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 512);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = test_dir_path (fixture, cases[i].language);
      g_autofree char *messages = g_build_filename (dir, "LC_MESSAGES", NULL);
      g_autofree char *path = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
      g_autofree char *copy = g_memdup2 (contents, length);
      gsize size = cases[i].keep < 0 ? length : (gsize) cases[i].keep;

      if (cases[i].value != 0)
        memcpy (copy + cases[i].word * 4, &cases[i].value, 4);
      g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, copy, size, NULL));
    }

  bindtextdomain (GETTEXT_PACKAGE, fixture->dir);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (attest_i18n_has_language (cases[i].language));
      attest_i18n_set_language (cases[i].language);
      g_assert_cmpstr (_("Statement of Applicability"), ==, "Statement of Applicability");
    }
  attest_i18n_set_language (NULL);
  bindtextdomain (GETTEXT_PACKAGE, built);
}

/* What changed since an approval does not depend on the language it is
 * read in: the snapshots hold texts derived from the records (an SoA
 * entry's justification), and a German pack of an English workspace once
 * showed every derived justification as changed (95 changes instead of 5). */
static void
test_changes_any_language (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
  const char * const *documents = attest_isms_documents ();

  g_assert_no_error (error);
  for (guint d = 0; documents[d] != NULL; d++)
    {
      AttestRecord *approved = attest_isms_document_get_approved (workspace, documents[d]);
      g_autoptr(GPtrArray) english = NULL;
      g_autoptr(GPtrArray) german = NULL;

      g_assert_nonnull (approved);
      attest_i18n_set_language ("en");
      english = attest_isms_document_diff (workspace, documents[d], approved, &error);
      g_assert_no_error (error);
      attest_i18n_set_language ("de");
      g_assert_cmpstr (_("Statement of Applicability"), !=, "Statement of Applicability");
      german = attest_isms_document_diff (workspace, documents[d], approved, &error);
      g_assert_no_error (error);
      attest_i18n_set_language (NULL);
      g_assert_cmpuint (german->len, ==, english->len);
    }
}

/* The classification label a new workspace or the demo starts with is
 * written in the language it is created in; afterwards it is the user's
 * data, printed as stored whatever the pack's language. */
static void
test_default_classification (TestDir       *fixture,
                             gconstpointer  data)
{
  static const struct { const char *language; const char *label; } cases[] = {
    { "de", "Vertraulich" },
    { "en", "Confidential" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("new-%s.isms", cases[i].language);
      g_autofree char *demo_name = g_strdup_printf ("demo-%s.isms", cases[i].language);
      g_autofree char *path = test_dir_path (fixture, name);
      g_autofree char *demo_path = test_dir_path (fixture, demo_name);
      g_autoptr(AttestWorkspace) workspace = NULL;
      g_autoptr(AttestWorkspace) demo = NULL;
      g_autoptr(GError) error = NULL;
      GListModel *assets;

      attest_i18n_set_language (cases[i].language);
      workspace = attest_workspace_create (path, "Beispiel GmbH", &error);
      g_assert_no_error (error);
      demo = attest_demo_create (demo_path, ATTEST_DEMO_SMALL, &error);
      g_assert_no_error (error);
      attest_i18n_set_language (NULL);

      g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION),
                                                 "classification"), ==, cases[i].label);
      g_assert_cmpstr (attest_record_get_string (attest_workspace_get_singleton (demo, ATTEST_TYPE_ORGANISATION),
                                                 "classification"), ==, cases[i].label);
      assets = attest_workspace_get_records (demo, ATTEST_TYPE_ASSET);
      for (guint a = 0; a < g_list_model_get_n_items (assets); a++)
        {
          g_autoptr(AttestRecord) asset = g_list_model_get_item (assets, a);

          g_assert_cmpstr (attest_record_get_string (asset, "classification"), ==, cases[i].label);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  attest_i18n_init ();

  g_test_add_func ("/i18n/languages", test_languages);
  g_test_add_func ("/i18n/choose", test_choose);
  g_test_add_func ("/i18n/threads", test_threads);
  g_test_add_func ("/i18n/labels", test_labels);
  g_test_add_func ("/i18n/stored-date", test_stored_date);
  g_test_add ("/i18n/damaged", TestDir, NULL, test_dir_setup, test_damaged, test_dir_teardown);
  g_test_add ("/i18n/default-classification", TestDir, NULL, test_dir_setup, test_default_classification,
              test_dir_teardown);
  g_test_add ("/i18n/changes-any-language", TestDir, NULL, test_dir_setup, test_changes_any_language, test_dir_teardown);

  return g_test_run ();
}
