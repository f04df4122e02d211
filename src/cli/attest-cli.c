/* attest-cli.c: the core library for scripts, CI and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-cli"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>

#include "attest.h"
#include "attest-audit-pack.h"
#include "attest-i18n.h"

/* Exit codes: 0 success, 1 failure (one line on stderr naming the file and
 * the problem), 2 usage error. */
/* check: 3 while a blocker remains, so a CI job fails on it. */
enum { EXIT_OK = 0, EXIT_FAILED = 1, EXIT_USAGE = 2, EXIT_BLOCKED = 3 };

typedef int (*CommandFunc) (int argc, char **argv);

static char *printable (const char *text);

static int
fail (GError *error)
{
  if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IS_WORKSPACE))
    /* TRANSLATORS: %s is a sentence that names the workspace. */
    g_printerr (_("attest-cli: %s Add --force to replace it.\n"), error->message);
  else if (g_error_matches (error, ATTEST_ERROR, ATTEST_ERROR_IN_USE))
    /* TRANSLATORS: %s is a sentence that says who holds the file. */
    g_printerr (_("attest-cli: %s Add --take-over to take it over.\n"), error->message);
  else
    g_printerr ("attest-cli: %s\n", error->message);
  return EXIT_FAILED;
}

static int
usage (GOptionContext *context,
       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  if (message != NULL)
    g_printerr ("attest-cli: %s\n", message);
  g_printerr ("%s", help);
  return EXIT_USAGE;
}

/* Opens a workspace and says on stderr, in one line, what opening it did:
 * a lock taken over, a change left unfinished undone. */
static AttestWorkspace *
open_workspace (const char       *path,
                AttestOpenFlags   flags,
                gboolean          take_over,
                GError          **error)
{
  AttestWorkspace *workspace = attest_workspace_open (path, flags | (take_over ? ATTEST_OPEN_TAKE_OVER : 0), error);
  g_autofree char *notice = workspace ? attest_store_dup_open_notice (attest_workspace_get_store (workspace)) : NULL;

  if (notice != NULL)
    g_printerr ("attest-cli: %s\n", notice);
  return workspace;
}

#define TAKE_OVER_ENTRY(variable) \
  { "take-over", 0, 0, G_OPTION_ARG_NONE, &(variable), \
    N_("Go on even if another Attest holds the file (one on another computer, or one that left a change unfinished)"), NULL }

/* Parses options; on success argv holds the command name and positional
 * arguments only. Returns -1 to go on, or an exit code. */
static int
parse_between (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int              at_least,
               int              at_most)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_help_enabled (context, TRUE);
  if (!g_option_context_parse (context, argc, argv, &error))
    return usage (context, error->message);
  if (*argc - 1 < at_least || *argc - 1 > at_most)
    return usage (context, *argc - 1 < at_least ? _("Missing arguments.") : _("Too many arguments."));
  return -1;
}

static int
parse (GOptionContext  *context,
       int             *argc,
       char          ***argv,
       int              n_positional)
{
  return parse_between (context, argc, argv, n_positional, n_positional);
}

static void
print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* new */

static int
cmd_new (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — create an empty workspace"));
  g_autofree char *organisation = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "organisation", 'o', 0, G_OPTION_ARG_STRING, &organisation, N_("The organisation’s name"), N_("NAME") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;
  if (organisation == NULL || *g_strstrip (organisation) == '\0')
    return usage (context, _("--organisation NAME is required."));

  workspace = attest_workspace_create (argv[1], organisation, &error);
  if (workspace == NULL)
    return fail (error);
  g_print (_("Created “%s” for %s.\n"), attest_workspace_get_display_name (workspace), organisation);
  return EXIT_OK;
}

/* demo */

static int
cmd_demo (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — create a workspace for a fictional organisation"));
  g_autofree char *size = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  AttestDemoSize demo_size;
  int rc;
  GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_STRING, &size,
      N_("small (a 50-person company, the default) or large (thousands of records per kind)"), N_("SIZE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;
  if (size == NULL || g_str_equal (size, "small"))
    demo_size = ATTEST_DEMO_SMALL;
  else if (g_str_equal (size, "large"))
    demo_size = ATTEST_DEMO_LARGE;
  else
    return usage (context, _("--size must be small or large."));

  workspace = attest_demo_create (argv[1], demo_size, &error);
  if (workspace == NULL)
    return fail (error);
  g_print (_("Created “%s”, a sample workspace for %s.\n"), attest_workspace_get_display_name (workspace),
           attest_record_get_string (attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION), "name"));
  return EXIT_OK;
}

/* info */

/* Attest makes files private; one copied in from elsewhere may not be. */
static void
warn_if_readable_by_others (AttestWorkspace *workspace)
{
  guint mode = 0;

  if (attest_workspace_is_readable_by_others (workspace, &mode))
    {
      g_autofree char *quoted = g_shell_quote (attest_workspace_get_path (workspace));

      g_printerr (_("attest-cli: warning: “%s” can be read by other users (mode %04o); make it private with: chmod 600 %s\n"),
                  attest_workspace_get_display_name (workspace), mode, quoted);
    }
}

static int
cmd_info (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — describe a workspace"));
  gboolean json = FALSE;
  gboolean take_over = FALSE;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(AttestLockHolder) holder = NULL;
  g_autoptr(GError) error = NULL;
  AttestStore *store;
  AttestRecord *org;
  const GType *kinds;
  guint n_kinds;
  int rc;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    TAKE_OVER_ENTRY (take_over),
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;

  workspace = open_workspace (argv[1], ATTEST_OPEN_READ_ONLY, take_over, &error);
  if (workspace == NULL)
    return fail (error);
  store = attest_workspace_get_store (workspace);
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  holder = attest_store_dup_lock_holder (store);
  kinds = attest_record_kinds (&n_kinds);
  warn_if_readable_by_others (workspace);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, attest_workspace_get_path (workspace));
      json_builder_set_member_name (builder, "schema-version");
      json_builder_add_int_value (builder, attest_store_get_schema_version (store));
      json_builder_set_member_name (builder, "organisation");
      json_builder_add_string_value (builder, org ? attest_record_get_string (org, "name") : "");
      json_builder_set_member_name (builder, "records");
      json_builder_begin_object (builder);
      for (guint k = 0; k < n_kinds; k++)
        {
          json_builder_set_member_name (builder, attest_record_class_get_kind (g_type_class_peek (kinds[k])));
          json_builder_add_int_value (builder, g_list_model_get_n_items (attest_workspace_get_records (workspace, kinds[k])));
        }
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "history");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rows");
      json_builder_add_int_value (builder, attest_store_get_history_count (store));
      json_builder_set_member_name (builder, "head");
      json_builder_add_string_value (builder, attest_store_get_history_head (store));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "in-use-by");
      if (holder != NULL)
        {
          g_autofree char *since = attest_timestamp_format (holder->since);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "host");
          json_builder_add_string_value (builder, holder->host);
          json_builder_set_member_name (builder, "pid");
          json_builder_add_int_value (builder, holder->pid);
          json_builder_set_member_name (builder, "since");
          json_builder_add_string_value (builder, since);
          json_builder_set_member_name (builder, "running");
          json_builder_add_boolean_value (builder, holder->alive);
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return EXIT_OK;
    }

  g_print (_("File:          %s\n"), attest_workspace_get_path (workspace));
  g_print (_("Schema:        %u\n"), attest_store_get_schema_version (store));
  g_print (_("Organisation:  %s\n"), org ? attest_record_get_string (org, "name") : "");
  if (holder != NULL)
    {
      g_autofree char *since = attest_timestamp_format (holder->since);

      g_print (_("In use by:     Attest on %s (process %lld) since %s%s\n"),
               holder->host, (long long) holder->pid, since, holder->alive ? "" : _(", no longer running"));
    }
  g_print (_("History:       %lld rows, head %s\n"),
           (long long) attest_store_get_history_count (store), attest_store_get_history_head (store));
  g_print (_("Records:\n"));
  for (guint k = 0; k < n_kinds; k++)
    g_print ("  %-18s %u\n", attest_record_class_get_kind (g_type_class_peek (kinds[k])),
             g_list_model_get_n_items (attest_workspace_get_records (workspace, kinds[k])));
  return EXIT_OK;
}

/* Returns -1 if --format and --table make sense together, or an exit code;
 * @pdf: whether the command also writes pdf. */
static int
check_format (GOptionContext *context,
              const char     *format,
              const char     *table,
              gboolean        pdf)
{
  if (format == NULL)
    return usage (context, _("--format is required."));
  if (g_str_equal (format, "json"))
    return table == NULL ? -1 : usage (context, _("--table goes with --format csv; json is always the whole workspace."));
  if (g_str_equal (format, "csv"))
    {
      if (table == NULL)
        return usage (context, _("--format csv needs --table soa."));
      if (!g_str_equal (table, "soa"))
        return usage (context, _("--table must be soa."));
      return -1;
    }
  return usage (context, pdf ? _("--format must be json, csv or pdf.") : _("--format must be json or csv."));
}

/* export */

/* The format an output's name asks for (any case), or NULL. */
static const char *
format_of_name (const char *output)
{
  static const char * const formats[] = { "pdf", "json", "csv" };
  const char *dot = strrchr (output, '.');

  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i]) == 0)
      return formats[i];
  return NULL;
}

/* The audit pack as a PDF. */
static int
export_pdf (GOptionContext  *context,
            AttestWorkspace *workspace,
            const char      *output,
            const char      *sections,
            const char      *paper,
            const char      *classification,
            const char      *language,
            gboolean         force)
{
  g_autoptr(GError) error = NULL;
  AttestPackOptions options = { ATTEST_PACK_ALL, attest_paper_from_locale (), classification, NULL, language };
  g_autoptr(GPtrArray) warnings = NULL;

  if (sections != NULL && !attest_pack_parse_sections (sections, &options.sections, &error))
    return usage (context, error->message);
  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "a4") == 0)
        options.paper = ATTEST_PAPER_A4;
      else if (g_ascii_strcasecmp (paper, "letter") == 0)
        options.paper = ATTEST_PAPER_LETTER;
      else
        return usage (context, _("--paper must be a4 or letter."));
    }
  if (!attest_audit_pack_export_full (workspace, &options, output,
                                      ATTEST_OUTPUT_DASH_IS_STDOUT | (force ? ATTEST_OUTPUT_FORCE : 0),
                                      NULL, NULL, &error))
    return fail (error);
  /* Characters no installed font can print come out as boxes: say where. */
  warnings = attest_audit_pack_check_glyphs (workspace, &options);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr (_("attest-cli: warning: %s\n"), (char *) g_ptr_array_index (warnings, i));
  return EXIT_OK;
}

/* With --record: the export states the head it was made from (the audit
 * pack prints it) to a third party; the history records that. */
static int
record_head (AttestWorkspace *workspace,
             const char      *format,
             const char      *sections,
             gint64           seq,
             const char      *head)
{
  g_autoptr(GError) error = NULL;
  AttestPackOptions pack = { ATTEST_PACK_ALL };
  const char *statement;

  /* The sections were parsed once already, for the export. */
  if (sections != NULL && !attest_pack_parse_sections (sections, &pack.sections, &error))
    return fail (error);
  statement = g_str_equal (format, "pdf") ? attest_pack_get_statement (&pack)
              : g_str_equal (format, "csv") ? "csv-export" : "json-export";

  if (!attest_history_record_head (attest_workspace_get_store (workspace), statement, seq, head, &error))
    return fail (error);
  return EXIT_OK;
}

/* The --sections help, naming every section the pack has, in its order. */
static char *
dup_sections_help (void)
{
  g_autoptr(GString) names = g_string_new (NULL);
  const AttestPackSection *all;
  guint n;

  all = attest_pack_get_sections (&n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", all[i].id);
  /* TRANSLATORS: the names of the pack's sections, "readiness, context, …"
   * (typed as they are on the command line) */
  return g_strdup_printf (_("With pdf: the sections to print, separated by commas (%s); all by default"), names->str);
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE [OUT] — write the whole workspace in another format; OUT’s extension (.pdf, .json, .csv) says which unless --format does"));
  g_autofree char *format = NULL;
  g_autofree char *table = NULL;
  g_autofree char *output = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *classification = NULL;
  g_autofree char *language = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *head = NULL;
  gboolean record = FALSE;
  gboolean force = FALSE;
  gboolean take_over = FALSE;
  gint64 seq;
  int rc;
  g_autofree char *sections_help = dup_sections_help ();
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("json (the whole workspace, lossless), csv (one table) or pdf (the audit pack)"), N_("FORMAT") },
    { "table", 't', 0, G_OPTION_ARG_STRING, &table, N_("With csv: soa (the Statement of Applicability)"), N_("TABLE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT instead of standard output (- is standard output); never the workspace itself"), N_("OUT") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace OUT even if it is another Attest workspace"), NULL },
    TAKE_OVER_ENTRY (take_over),
    { "sections", 's', 0, G_OPTION_ARG_STRING, &sections, sections_help, N_("LIST") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper, N_("With pdf: a4 or letter; the locale's by default"), N_("PAPER") },
    { "classification", 'c', 0, G_OPTION_ARG_STRING, &classification,
      N_("With pdf: the classification label on every page; the organisation's by default"), N_("LABEL") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("With pdf: the language of the pack, such as de or en; the interface's by default"), N_("LANGUAGE") },
    { "record", 0, 0, G_OPTION_ARG_NONE, &record,
      N_("Record in the history that the export was handed out, with the head it was made from "
         "(the only export that writes to FILE)"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse_between (context, &argc, &argv, 1, 2)) >= 0)
    return rc;
  if (output != NULL && *output == '\0')
    return usage (context, _("--output needs a file name."));
  /* "export small.isms small.pdf": the output as the second argument. */
  if (argc == 3)
    {
      if (output != NULL)
        return usage (context, _("Name the output once: as the second argument or with --output, not both."));
      if (*argv[2] == '\0')
        return usage (context, _("The output needs a file name."));
      output = g_strdup (argv[2]);
    }
  /* Without --format, the output's name says which. */
  if (format == NULL && output != NULL && !g_str_equal (output, "-"))
    {
      const char *named = format_of_name (output);
      g_autofree char *shown = NULL;

      if (named == NULL)
        {
          g_autofree char *message = NULL;

          shown = printable (output);
          message = g_strdup_printf (_("“%s” does not say which format to write: end its name in .pdf, .json or .csv, "
                                       "or give --format."), shown);
          return usage (context, message);
        }
      format = g_strdup (named);
      if (g_str_equal (format, "csv") && table == NULL)
        table = g_strdup ("soa");
    }
  if (format != NULL && g_str_equal (format, "pdf"))
    {
      if (table != NULL)
        return usage (context, _("--table goes with --format csv."));
      if (language != NULL && !attest_i18n_has_language (language))
        {
          g_auto(GStrv) languages = attest_i18n_dup_languages ();
          g_autofree char *list = g_strjoinv (", ", languages);
          g_autofree char *message = g_strdup_printf (_("There is no “%s” translation of the audit pack; the languages are %s."),
                                                      language, list);

          return usage (context, message);
        }
    }
  else
    {
      if ((rc = check_format (context, format, table, TRUE)) >= 0)
        return rc;
      if (sections != NULL || paper != NULL || classification != NULL || language != NULL)
        return usage (context, _("--sections, --paper, --classification and --language go with --format pdf."));
    }

  if (g_str_equal (format, "pdf") && output == NULL)
    return usage (context, _("--format pdf needs --output OUT.pdf."));

  /* A plain export only reads; --record writes one history event. */
  workspace = open_workspace (argv[1], record ? ATTEST_OPEN_DEFAULT : ATTEST_OPEN_READ_ONLY, take_over, &error);
  if (workspace == NULL)
    return fail (error);
  seq = attest_store_get_history_count (attest_workspace_get_store (workspace));
  head = g_strdup (attest_store_get_history_head (attest_workspace_get_store (workspace)));
  if (g_str_equal (format, "pdf"))
    {
      rc = export_pdf (context, workspace, output, sections, paper, classification, language, force);
      return rc != EXIT_OK || !record ? rc : record_head (workspace, format, sections, seq, head);
    }
  text = g_str_equal (format, "csv") ? attest_csv_export_soa (workspace) : attest_json_export (workspace, &error);
  if (text == NULL)
    return fail (error);

  if (output == NULL || g_str_equal (output, "-"))
    {
      fputs (text, stdout);
      if (fflush (stdout) != 0)
        {
          g_printerr (_("attest-cli: Could not write the export to standard output.\n"));
          return EXIT_FAILED;
        }
    }
  else if (!attest_output_write_file (output, attest_workspace_get_path (workspace),
                                      ATTEST_OUTPUT_DASH_IS_STDOUT | (force ? ATTEST_OUTPUT_FORCE : 0), text, -1,
                                      &error))
    return fail (error);
  return record ? record_head (workspace, format, sections, seq, head) : EXIT_OK;
}

/* import */

/* What each column was recognised as: “No.” → Control (by its cells). */
static void
print_columns (AttestCsvAnalysis *analysis)
{
  g_print (_("Columns:\n"));
  for (guint i = 0; i < attest_csv_analysis_get_n_columns (analysis); i++)
    {
      AttestCsvRole role = attest_csv_analysis_get_role (analysis, i);
      const char *header = attest_csv_analysis_get_header (analysis, i);
      g_autofree char *shown = *header ? g_strdup_printf ("“%s”", header) : g_strdup_printf (_("column %u"), i + 1);
      const char *how;

      if (attest_csv_analysis_is_ambiguous (analysis, i))
        how = _("open: choose with --columns");
      else
        switch (attest_csv_analysis_get_how (analysis, i))
          {
          case ATTEST_CSV_BY_HEADER: how = _("by its header"); break;
          case ATTEST_CSV_BY_CONTENT: how = _("by its cells"); break;
          case ATTEST_CSV_BY_CHOICE: how = _("as chosen"); break;
          case ATTEST_CSV_UNRECOGNISED:
          default: how = _("not recognised"); break;
          }
      g_print (_("  %s → %s (%s)\n"), shown,
               role == ATTEST_CSV_ROLE_NONE ? _("ignored") : attest_csv_role_get_name (role), how);
    }
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE INPUT — read an export (json) into a new or empty workspace, or a table (csv) into a workspace"));
  g_autofree char *format = NULL;
  g_autofree char *table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(GMappedFile) input = NULL;
  g_autofree char *input_name = NULL;
  g_autofree char *columns = NULL;
  g_autoptr(AttestCsvAnalysis) analysis = NULL;
  const char *data;
  gsize length;
  gboolean take_over = FALSE;
  int rc;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("json or csv"), N_("FORMAT") },
    { "table", 't', 0, G_OPTION_ARG_STRING, &table, N_("With csv: soa (the Statement of Applicability)"), N_("TABLE") },
    { "columns", 'c', 0, G_OPTION_ARG_STRING, &columns,
      N_("With csv: which column holds what, where the headers leave it open, e.g. control=No.,title=Control"),
      N_("ROLE=HEADER,…") },
    TAKE_OVER_ENTRY (take_over),
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("A spreadsheet's columns are recognised by their headers and their cells: the column\n"
      "whose cells are control ids (A.5.1, 5.1, or 2013's A.9.2.1) is the control, one holding\n"
      "the catalog's titles the title. What was recognised is printed before the report.\n"
      "\n"
      "Where two readings remain, --columns chooses: ROLE=HEADER, comma-separated, the\n"
      "header as written (case does not matter), e.g. --columns control=No.,title=Control\n"
      "Roles: control, title, theme, applicable, reasons, justification, implementation,\n"
      "target-date, owner, how, evidence, last-reviewed, and ignore to leave a column out.\n"));
  if ((rc = parse (context, &argc, &argv, 2)) >= 0)
    return rc;
  if ((rc = check_format (context, format, table, FALSE)) >= 0)
    return rc;

  if (g_str_equal (format, "json"))
    {
      g_autofree char *notice = NULL;
      gboolean ok;

      if (columns != NULL)
        return usage (context, _("--columns goes with --format csv."));
      ok = attest_json_import_file_full (argv[1], argv[2], take_over ? ATTEST_OPEN_TAKE_OVER : 0, &notice, &error);
      if (notice != NULL)
        g_printerr ("attest-cli: %s\n", notice);
      if (!ok)
        return fail (error);
      return EXIT_OK;
    }

  /* A table goes into an existing workspace, all or nothing. */
  input_name = g_filename_display_basename (argv[2]);
  input = g_mapped_file_new (argv[2], FALSE, &error);
  if (input == NULL)
    {
      g_printerr (_("attest-cli: “%s” cannot be read: %s\n"), input_name, error->message);
      return EXIT_FAILED;
    }
  data = g_mapped_file_get_contents (input);
  length = g_mapped_file_get_length (input);
  analysis = attest_csv_analyse_soa (data, length, NULL, 0, &error);
  if (analysis != NULL && columns != NULL)
    {
      g_autofree int *assigned = attest_csv_analysis_parse_columns (analysis, columns, &error);
      guint n_columns = attest_csv_analysis_get_n_columns (analysis);

      g_clear_pointer (&analysis, attest_csv_analysis_free);
      if (assigned == NULL)
        {
          g_printerr ("attest-cli: --columns: %s\n", error->message);
          return EXIT_USAGE;
        }
      analysis = attest_csv_analyse_soa (data, length, assigned, n_columns, &error);
    }
  if (analysis == NULL)
    {
      g_printerr (_("attest-cli: “%s”: %s\n"), input_name, error->message);
      return EXIT_FAILED;
    }
  print_columns (analysis);
  /* A bad file is refused before the workspace is opened for writing. */
  if (!attest_csv_analysis_check (analysis, &error))
    {
      gboolean open = FALSE;

      for (guint i = 0; i < attest_csv_analysis_get_n_columns (analysis); i++)
        open |= attest_csv_analysis_is_ambiguous (analysis, i);
      g_printerr (_("attest-cli: “%s”: %s%s\n"), input_name, error->message,
                  open ? _(" Choose with --columns, such as --columns control=HEADER.") : "");
      return EXIT_FAILED;
    }
  workspace = open_workspace (argv[1], ATTEST_OPEN_DEFAULT, take_over, &error);
  if (workspace == NULL)
    return fail (error);
  if (!attest_csv_apply_soa (workspace, analysis, &report, &error))
    {
      g_printerr (_("attest-cli: “%s”: %s\n"), input_name, error->message);
      return EXIT_FAILED;
    }
  for (guint i = 0; i < report->len; i++)
    g_print ("%s\n", (char *) g_ptr_array_index (report, i));
  return EXIT_OK;
}

/* catalog */

static int
cmd_catalog (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the built-in catalog"));
  AttestCatalog *catalog = attest_catalog_get_default ();
  gboolean json = FALSE;
  const AttestControl *controls;
  const char *theme = NULL;
  guint n;
  int rc;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the catalog as JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 0)) >= 0)
    return rc;

  if (json)
    {
      gsize size;
      const char *data = g_bytes_get_data (attest_catalog_get_bytes (catalog), &size);

      fwrite (data, 1, size, stdout);
      return EXIT_OK;
    }

  g_print ("%s\n", attest_catalog_get_title (catalog));
  controls = attest_catalog_get_controls (catalog, &n);
  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (theme, controls[i].theme) != 0)
        {
          theme = controls[i].theme;
          g_print ("\n%s\n", theme);
        }
      g_print ("  A.%-6s %s%s\n", controls[i].number, controls[i].title,
               controls[i].new_in_2022 ? _(" (new in 2022)") : "");
    }
  return EXIT_OK;
}

/* log */

static char *
shorten (const char *text)
{
  g_autofree char *flat = NULL;
  g_autofree char *start = NULL;

  if (text == NULL)
    return g_strdup ("∅");
  flat = g_strdelimit (g_strdup (text), "\n\r\t", ' ');
  if (g_utf8_strlen (flat, -1) <= 60)
    return g_steal_pointer (&flat);
  start = g_utf8_substring (flat, 0, 59);
  return g_strconcat (start, "…", NULL);
}

static gboolean
print_row (const AttestHistoryRow  *row,
           gpointer                 user_data,
           GError                 **error)
{
  g_autofree char *time = attest_timestamp_format (row->time);
  g_autofree char *old_value = shorten (row->old_value);
  g_autofree char *new_value = shorten (row->new_value);

  if (row->field != NULL)
    g_print ("%6" G_GINT64_FORMAT "  %s  %s  %s %s %s.%s: %s → %s\n", row->seq, time, row->actor,
             row->action, row->kind, row->record_id, row->field, old_value, new_value);
  else
    g_print ("%6" G_GINT64_FORMAT "  %s  %s  %s %s %s\n", row->seq, time, row->actor,
             row->action, row->kind, row->record_id);
  return TRUE;
}

static int
cmd_log (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — show or verify the history of changes"));
  gboolean verify = FALSE;
  g_autofree char *expect_head = NULL;
  gboolean take_over = FALSE;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  AttestHistoryReport report;
  AttestStore *store;
  int rc;
  GOptionEntry entries[] = {
    { "verify", 0, 0, G_OPTION_ARG_NONE, &verify,
      N_("Recompute the hash chain and check it against the records"), NULL },
    { "expect-head", 0, 0, G_OPTION_ARG_STRING, &expect_head,
      N_("With --verify: check that the history passes through HEAD, as printed in an audit pack"), N_("HEAD") },
    TAKE_OVER_ENTRY (take_over),
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;

  workspace = open_workspace (argv[1], ATTEST_OPEN_READ_ONLY, take_over, &error);
  if (workspace == NULL)
    return fail (error);
  store = attest_workspace_get_store (workspace);

  if (verify || expect_head != NULL)
    {
      if (!attest_history_verify_full (store, expect_head, &report, &error))
        return fail (error);
      g_print (_("The history of “%s” verifies: %lld rows, head %s.\n"),
               attest_workspace_get_display_name (workspace), (long long) report.n_rows,
               attest_store_get_history_head (store));
      if (report.n_recorded_heads > 0)
        g_print (_("It records %lld heads stated to third parties, the last that of row %lld.\n"),
                 (long long) report.n_recorded_heads, (long long) report.last_recorded_seq);
      if (expect_head != NULL)
        g_print (_("It passes through the head %s: row %lld.\n"),
                 expect_head, (long long) report.expected_seq);
      return EXIT_OK;
    }
  if (!attest_store_foreach_history (store, print_row, NULL, &error))
    return fail (error);
  return EXIT_OK;
}

/* main */

/* check */

static const char *
nick_of (GType type,
         int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  g_type_class_unref (klass);   /* the enum's class lives on: it is static */
  return v ? v->value_nick : "";
}

/* A record as the user knows it, "risk “Ransomware”". */
static char *
describe_record (AttestWorkspace *workspace,
                 AttestRecord    *record)
{
  g_autofree char *name = NULL;
  const char *identifier;

  if (attest_record_class_is_singleton (ATTEST_RECORD_GET_CLASS (record)))
    return g_strdup (attest_kind_get_label (attest_record_get_kind (record)));
  name = attest_record_dup_display_name (workspace, record);
  identifier = ATTEST_IS_DOCUMENT_ENTRY (record) ? attest_record_get_string (record, "identifier") : "";
  if (*identifier != '\0')
    /* TRANSLATORS: a kind of record, a document's identifier and its title: Document POL-01 “Policy” */
    return g_strdup_printf (_("%s %s “%s”"), attest_kind_get_label (attest_record_get_kind (record)), identifier, name);
  /* TRANSLATORS: a kind of record and its name: Risk “Flood” */
  return g_strdup_printf (_("%s “%s”"), attest_kind_get_label (attest_record_get_kind (record)), name);
}

static void
add_record_members (JsonBuilder  *builder,
                    AttestRecord *record)
{
  json_builder_set_member_name (builder, "kind");
  if (record != NULL)
    json_builder_add_string_value (builder, attest_record_get_kind (record));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "record");
  if (record != NULL)
    json_builder_add_string_value (builder, attest_record_get_id (record));
  else
    json_builder_add_null_value (builder);
}

static int
cmd_check (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — what an auditor would still find missing; exits 3 while a blocker remains"));
  gboolean json = FALSE;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  const AttestMandatoryItem *items;
  guint n_items, blockers, warnings, records;
  int rc;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;

  workspace = attest_workspace_open (argv[1], ATTEST_OPEN_READ_ONLY, &error);
  if (workspace == NULL)
    return fail (error);
  findings = attest_readiness_check (workspace);
  blockers = attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER);
  warnings = attest_readiness_count (findings, ATTEST_SEVERITY_WARNING);
  records = attest_readiness_count_records (findings);
  rules = attest_readiness_summarise (findings);
  items = attest_mandatory_items (&n_items);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, attest_workspace_get_path (workspace));
      json_builder_set_member_name (builder, "blockers");
      json_builder_add_int_value (builder, blockers);
      json_builder_set_member_name (builder, "warnings");
      json_builder_add_int_value (builder, warnings);
      json_builder_set_member_name (builder, "records");
      json_builder_add_int_value (builder, records);
      json_builder_set_member_name (builder, "mandatory");
      json_builder_begin_array (builder);
      for (guint i = 0; i < n_items; i++)
        {
          AttestRecord *where = NULL;
          AttestMandatoryStatus status = attest_mandatory_item_get_status (&items[i], workspace, &where);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, items[i].id);
          json_builder_set_member_name (builder, "clause");
          json_builder_add_string_value (builder, items[i].clause);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, attest_mandatory_item_get_title (&items[i]));
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, nick_of (ATTEST_TYPE_MANDATORY_STATUS, status));
          if (status == ATTEST_MANDATORY_STATUS_RECORDED && items[i].whole != NULL)
            {
              /* Held as a whole: the document, not its first record. */
              json_builder_set_member_name (builder, "kind");
              json_builder_add_string_value (builder, items[i].whole);
              json_builder_set_member_name (builder, "record");
              json_builder_add_null_value (builder);
            }
          else
            add_record_members (builder, where);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "rules");
      json_builder_begin_array (builder);
      for (guint i = 0; i < rules->len; i++)
        {
          AttestRuleCount *count = g_ptr_array_index (rules, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "rule");
          json_builder_add_string_value (builder, count->rule);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, nick_of (ATTEST_TYPE_SEVERITY, count->severity));
          json_builder_set_member_name (builder, "clause");
          json_builder_add_string_value (builder, count->clauses);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, count->title);
          json_builder_set_member_name (builder, "records");
          json_builder_add_int_value (builder, count->records);
          json_builder_set_member_name (builder, "findings");
          json_builder_add_int_value (builder, count->findings);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "findings");
      json_builder_begin_array (builder);
      for (guint i = 0; i < findings->len; i++)
        {
          AttestFinding *finding = g_ptr_array_index (findings, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, nick_of (ATTEST_TYPE_SEVERITY, finding->severity));
          json_builder_set_member_name (builder, "rule");
          json_builder_add_string_value (builder, finding->rule);
          json_builder_set_member_name (builder, "clause");
          json_builder_add_string_value (builder, finding->clause);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, finding->message);
          add_record_members (builder, finding->record);
          json_builder_set_member_name (builder, "field");
          if (finding->field != NULL)
            json_builder_add_string_value (builder, finding->field);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return blockers > 0 ? EXIT_BLOCKED : EXIT_OK;
    }

  g_print (_("Mandatory documented information:\n"));
  for (guint i = 0; i < n_items; i++)
    {
      AttestRecord *where = NULL;
      AttestMandatoryStatus status = attest_mandatory_item_get_status (&items[i], workspace, &where);
      g_autofree char *place = where ? describe_record (workspace, where) : NULL;
      const char *label = attest_enum_get_label (ATTEST_TYPE_MANDATORY_STATUS, status);

      if (place == NULL && status == ATTEST_MANDATORY_STATUS_RECORDED && items[i].whole != NULL)
        place = g_strdup (attest_mandatory_item_get_whole_title (&items[i]));

      if (place != NULL)
        /* TRANSLATORS: "Kept elsewhere: Document POL-01 “Policy”" */
        g_print (_("  %-8s %s: %s: %s\n"), items[i].clause, attest_mandatory_item_get_title (&items[i]), label, place);
      else
        g_print ("  %-8s %s: %s\n", items[i].clause, attest_mandatory_item_get_title (&items[i]), label);
    }
  if (findings->len > 0)
    g_print (_("\nFindings:\n"));
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *place = finding->record ? describe_record (workspace, finding->record) : NULL;

      g_print ("  %-8s %-8s %s", attest_enum_get_label (ATTEST_TYPE_SEVERITY, finding->severity),
               finding->clause, finding->message);
      if (place != NULL)
        g_print (_(" (%s)"), place);
      g_print ("\n");
    }
  /* The same findings rule by rule, each counting its records once. */
  if (rules->len > 0)
    g_print (_("\nBy rule, with how many records each finds:\n"));
  for (guint i = 0; i < rules->len; i++)
    {
      AttestRuleCount *count = g_ptr_array_index (rules, i);

      /* TRANSLATORS: a rule's count: "   416  Blocker  Above the acceptance level, and no treatment chosen (6.1.3 a)" */
      g_print (_("  %6u  %-8s %s (%s)\n"), count->records, attest_enum_get_label (ATTEST_TYPE_SEVERITY, count->severity),
               count->title, count->clauses);
    }
  g_print ("\n");
  if (blockers == 0 && warnings == 0)
    g_print (_("Nothing is missing.\n"));
  else
    {
      g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocker", "%u blockers", blockers), blockers);
      g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

      /* TRANSLATORS: "3 blockers, 12 warnings." */
      g_print (_("%s, %s.\n"), b, w);
      g_print (g_dngettext (GETTEXT_PACKAGE, "On %u record (a finding about the ISMS as a whole counts as one).\n",
                            "On %u records (a finding about the ISMS as a whole counts as one).\n", records), records);
    }
  return blockers > 0 ? EXIT_BLOCKED : EXIT_OK;
}

/* due */

static int
cmd_due (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE — what is due: everything with a date, overdue first"));
  g_autofree char *ics = NULL;
  gboolean force = FALSE;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "ics", 0, 0, G_OPTION_ARG_FILENAME, &ics,
      N_("Also write the dates as an iCalendar file for GNOME Calendar or Evolution (- is standard output, "
         "and then nothing else is printed); importing a newer one updates the events"), N_("OUT") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace OUT even if it is another Attest workspace"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = parse (context, &argc, &argv, 1)) >= 0)
    return rc;
  if (ics != NULL && *ics == '\0')
    return usage (context, _("--ics needs a file name."));
  if (force && ics == NULL)
    return usage (context, _("--force goes with --ics."));

  workspace = attest_workspace_open (argv[1], ATTEST_OPEN_READ_ONLY, &error);
  if (workspace == NULL)
    return fail (error);
  if (ics != NULL)
    {
      if (!attest_ics_export (workspace, ics, ATTEST_OUTPUT_DASH_IS_STDOUT | (force ? ATTEST_OUTPUT_FORCE : 0),
                              &error))
        return fail (error);
      if (g_str_equal (ics, "-"))
        return EXIT_OK;
    }

  items = attest_due_collect (workspace, NULL);
  if (items->len == 0)
    {
      g_print (_("Nothing has a date.\n"));
      return EXIT_OK;
    }
  for (int group = ATTEST_DUE_OVERDUE; group <= ATTEST_DUE_LATER; group++)
    {
      guint n = attest_due_count (items, group);

      if (n == 0)
        continue;
      /* TRANSLATORS: a heading of attest-cli due: a group and how many it has, "Overdue (3):" */
      g_print (_("%s (%u):\n"), attest_due_group_get_label (group), n);
      for (guint i = 0; i < items->len; i++)
        {
          AttestDueItem *item = g_ptr_array_index (items, i);

          if ((int) item->group != group)
            continue;
          if (item->owner != NULL)
            /* TRANSLATORS: a line of attest-cli due: the day (YYYY-MM-DD), what is due, the record, and who
             * owns it, "  2027-03-01  Action of the treatment plan: Backups (Tom Okafor)" */
            g_print (_("  %1$s  %2$s: %3$s (%4$s)\n"), item->day, item->what, item->name, item->owner);
          else
            /* TRANSLATORS: a line of attest-cli due: the day (YYYY-MM-DD), what is due, and the record,
             * "  2027-03-01  Review of the policy: Information security policy" */
            g_print (_("  %1$s  %2$s: %3$s\n"), item->day, item->what, item->name);
        }
      g_print ("\n");
    }
  {
    guint overdue = attest_due_count (items, ATTEST_DUE_OVERDUE);

    g_print (g_dngettext (GETTEXT_PACKAGE, "%u thing is due, ", "%u things are due, ", items->len), items->len);
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u of them overdue.\n", "%u of them overdue.\n", overdue), overdue);
  }
  return EXIT_OK;
}

static const struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "new",     cmd_new,     N_("Create an empty workspace") },
  { "demo",    cmd_demo,    N_("Create a workspace for a fictional organisation") },
  { "info",    cmd_info,    N_("Describe a workspace") },
  { "check",   cmd_check,   N_("List what an auditor would find missing; exit 3 while a blocker remains") },
  { "due",     cmd_due,     N_("List everything with a date, overdue first, or write it as a calendar") },
  { "export",  cmd_export,  N_("Write the whole workspace as JSON, a table as CSV, or the audit pack as PDF") },
  { "import",  cmd_import,  N_("Read a JSON export, or a table from CSV") },
  { "catalog", cmd_catalog, N_("List the built-in ISO/IEC 27001:2022 catalog") },
  { "log",     cmd_log,     N_("Show or verify the history of changes") },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: attest-cli COMMAND [OPTION…] [ARGUMENT…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “attest-cli COMMAND --help” for a command’s options."));
}

/* What the commands print comes from the workspace, which may hold any
 * text: control characters (an escape sequence that retitles or clears the
 * terminal, say) are shown as \xHH instead of being sent to the terminal.
 * Line breaks and tabs stay. Exports write their bytes directly, never
 * through here. */
static char *
printable (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (a file name, say): the byte, shown. */
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

static void
print_to (FILE       *stream,
          const char *text)
{
  g_autofree char *shown = printable (text);
  const char *charset;

  if (!g_get_console_charset (&charset))
    {
      g_autofree char *local = g_convert_with_fallback (shown, -1, charset, "UTF-8", "?", NULL, NULL, NULL);

      if (local != NULL)
        {
          fputs (local, stream);
          return;
        }
    }
  fputs (shown, stream);
}

static void
print_cb (const char *text)
{
  print_to (stdout, text);
}

static void
printerr_cb (const char *text)
{
  print_to (stderr, text);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  attest_i18n_init ();
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("attest-cli");
  g_set_print_handler (print_cb);
  g_set_printerr_handler (printerr_cb);

  if (argc < 2)
    {
      print_help (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help (stdout);
      return EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("attest-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strconcat ("attest-cli ", commands[i].name, NULL);

        /* So that each command's --help reads "attest-cli info [OPTION…] FILE". */
        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  g_printerr (_("attest-cli: “%s” is not a command.\n"), argv[1]);
  print_help (stderr);
  return EXIT_USAGE;
}
