/* test-german.c: Attest in German, as a user with a German desktop starts
 * it: the welcome page, the first step of the guided setup, and the export
 * dialog, which offers the pack in German first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <poppler.h>

#include "attest-gui-test-util.h"
#include "attest-i18n.h"
#include "attest-test-util.h"
#include "attest-window.h"
#include "widgets/attest-record-table.h"
#include "widgets/attest-register.h"
#include "attest-export.h"
#include "setup/attest-setup-view.h"

static AttestWindow *
show (AttestWorkspace *workspace)
{
  return show_window_sized (workspace, 1100, 800);
}

static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  if (find_labelled (root, text) == NULL)
    g_error ("No label on screen says “%s”", text);
}

static void
test_welcome_and_setup (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "neu.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, NULL, &error);
  AttestSetupView *setup;
  AttestWindow *window;

  g_assert_no_error (error);
  window = show (workspace);
  g_assert_cmpstr (attest_window_get_view (window), ==, "welcome");
  screenshot (GTK_WIDGET (window), "german-welcome");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (named (window, "welcome-page"))), ==,
                   "Willkommen bei Attest");
  assert_shows (GTK_WIDGET (window), "Geführte Einrichtung starten");
  assert_shows (GTK_WIDGET (window), "Beispielorganisation erkunden");

  click_named (window, "start-setup-button");
  setup = ATTEST_SETUP_VIEW (attest_window_get_setup_view (window));
  g_assert_cmpstr (attest_setup_view_get_step (setup), ==, "organisation");
  wait_for_frame (window);
  screenshot (GTK_WIDGET (window), "german-setup-organisation");
  assert_shows (GTK_WIDGET (window), "Rechtlicher Name");
  assert_shows (GTK_WIDGET (window), "Weiter");

  /* Next is refused, and the reason is German too. */
  click_named (window, "setup-next");
  g_assert_cmpstr (attest_setup_view_get_step (setup), ==, "organisation");
  if (strstr (attest_setup_view_get_refusal (setup), "Rechtlicher Name") == NULL)
    g_error ("The refusal “%s” does not name the field in German", attest_setup_view_get_refusal (setup));

  close_window_and_workspace (window, &workspace);
}

/* The export dialog starts on the interface's language; the pack it writes
 * is German. */
static void
test_export_language (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "paket.pdf");
  g_autoptr(AttestWorkspace) workspace = demo_workspace_sized (fixture, "beispiel.isms", ATTEST_DEMO_SMALL);
  AttestPackOptions options;
  GtkWidget *dialog, *row;
  AttestWindow *window;
  GObject *item;

  window = show (workspace);
  dialog = attest_export_audit_pack_dialog (GTK_WINDOW (window), workspace);
  wait_for_frame (dialog);
  screenshot (dialog, "german-export-options");
  assert_shows (dialog, "Sprache");
  row = named (dialog, "language");
  item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (row));
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, "Deutsch");
  g_assert_true (attest_export_dialog_get_options (dialog, &options));
  g_assert_cmpstr (options.language, ==, "de");

  attest_export_audit_pack (GTK_WINDOW (window), workspace, &options, pdf);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  wait_until (toplevel_named ("export-progress") == NULL);
  {
    g_autoptr(PopplerDocument) doc = open_pdf (pdf);
    g_autofree char *text = pdf_text (doc);

    g_assert_nonnull (strstr (text, "Erklärung zur Anwendbarkeit (6.1.3 d)"));
    g_assert_nonnull (strstr (text, "Seite 1 von "));
  }

  close_window_and_workspace (window, &workspace);
}

/* A date in a table is written as a German writes it: "3. März 2026",
 * not "2026-03-03". */
static void
test_dates (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo_workspace (fixture);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  g_autoptr(AttestRecord) action = g_list_model_get_item (actions, 0);
  AttestRecordTable *table;
  AttestWindow *window;
  GListModel *shown;
  guint row = G_MAXUINT;

  g_object_set (action, "due-date", "2026-03-03", NULL);
  window = show (workspace);
  show_section (window, "treatment", "german-treatment-plan");
  table = attest_register_get_table (ATTEST_REGISTER (named (window, "actions-register")));
  shown = attest_record_table_get_model (table);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(AttestRecord) record = g_list_model_get_item (shown, i);

      if (record == action)
        row = i;
    }
  g_assert_cmpuint (row, !=, G_MAXUINT);
  {
    /* The Due column ("Fällig"), as German tables write a date, on one
     * line: no-break spaces. */
    g_autofree char *due = attest_record_table_dup_cell_text (table, row, 3);

    g_assert_cmpstr (due, ==, "3.\302\240März\302\2402026");
  }
  close_window_and_workspace (window, &workspace);
}

int
main (int    argc,
      char **argv)
{
  /* A German desktop. Not a skip when the locale is missing: the setup
   * (tools/install-deps.sh) generates it. */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The locale de_DE.UTF-8 is not installed; tools/install-deps.sh generates it.");
  attest_i18n_init ();
  textdomain (GETTEXT_PACKAGE);
  gui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/german/welcome-and-setup", test_welcome_and_setup);
  ADD ("/german/export-language", test_export_language);
  ADD ("/german/dates", test_dates);
#undef ADD

  return g_test_run ();
}
