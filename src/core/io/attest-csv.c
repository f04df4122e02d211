/* attest-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-csv"

#include "config.h"

#include "attest-i18n.h"
#include <string.h>

#include "attest-catalog.h"
#include "attest-csv.h"
#include "attest-owner.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-evidence.h"
#include "attest-labels.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"

/* RFC 4180 */

/* What a spreadsheet runs as a formula, or (the apostrophe) would take as
 * the mark that neutralises one. */
static gboolean
starts_formula (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r'", text[0]) != NULL;
}

/**
 * attest_csv_cell_unescape:
 * @cell: a cell's text, changed in place
 *
 * Takes off the apostrophe that attest_csv_append_row() puts before a cell
 * a spreadsheet would run as a formula, and only that: an apostrophe a
 * person typed before ordinary text stays.
 */
void
attest_csv_cell_unescape (char *cell)
{
  if (cell[0] == '\'' && starts_formula (cell + 1))
    memmove (cell, cell + 1, strlen (cell));
}

static void
append_field (GString    *out,
              const char *field)
{
  g_autofree char *neutral = NULL;
  gboolean quote;

  /* A cell that starts with =, +, -, @, a tab or a carriage return runs as
   * a formula when the file is opened in a spreadsheet (=HYPERLINK…): it
   * is written with a leading apostrophe, the common practice, which the
   * import takes off again. */
  if (starts_formula (field))
    field = neutral = g_strconcat ("'", field, NULL);
  quote = field[0] == ' ' || (*field && field[strlen (field) - 1] == ' ')
                   || strpbrk (field, ",\"\r\n;") != NULL;

  if (!quote)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * attest_csv_append_row:
 * @out: where to write
 * @fields: (array length=n_fields): the row
 * @n_fields: how many fields
 *
 * Writes one row as RFC 4180 says: fields that need it quoted, quotes
 * doubled, the row ended by CR LF. A field a spreadsheet would run as a
 * formula is written after an apostrophe (attest_csv_cell_unescape()).
 */
void
attest_csv_append_row (GString     *out,
                       const char **fields,
                       guint        n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i] ? fields[i] : "");
    }
  g_string_append (out, "\r\n");
}

/**
 * attest_csv_parse:
 * @data: the CSV text, UTF-8
 * @length: its length
 * @line_numbers: (out) (optional): the line each row starts on, from 1
 * @error: return location for an error
 *
 * Reads RFC 4180: quoted fields with doubled quotes and line breaks, CR LF
 * or LF. A UTF-8 byte order mark is skipped. When the first line has more
 * semicolons than commas, semicolons separate the fields (spreadsheets in
 * many languages write them so).
 *
 * Returns: (transfer full) (element-type GStrv): the rows
 */
GPtrArray *
attest_csv_parse (const char  *data,
                  gsize        length,
                  GArray     **line_numbers,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = data, *end = data + length;
  char separator = ',';
  guint line = 1, row_line = 1;
  gboolean quoted = FALSE, was_quoted = FALSE;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  if (!g_utf8_validate_len (p, end - p, NULL))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."));
      return NULL;
    }
  {
    guint commas = 0, semicolons = 0;

    for (const char *q = p; q < end && *q != '\n'; q++)
      {
        commas += *q == ',';
        semicolons += *q == ';';
      }
    if (semicolons > commas)
      separator = ';';
  }

  for (; p <= end; p++)
    {
      char c = p < end ? *p : '\n';
      gboolean at_end = p == end;

      if (quoted)
        {
          if (at_end)
            {
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("line %u: a quoted field is not closed."), row_line);
              return NULL;
            }
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }
      if (c == separator)
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          continue;
        }
      if (c == '\r' && p + 1 < end && p[1] == '\n')
        continue;
      if (c == '\n' || c == '\r')
        {
          gboolean blank = row->len == 0 && field->len == 0 && !was_quoted;

          if (!blank)
            {
              g_ptr_array_add (row, g_strdup (field->str));
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
              g_array_append_val (lines, row_line);
            }
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          if (at_end)
            break;
          line++;
          row_line = line;
          continue;
        }
      if (was_quoted)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("line %u: text follows a closing quote; double the quote inside a quoted field."), line);
          return NULL;
        }
      g_string_append_c (field, c);
    }

  if (line_numbers != NULL)
    *line_numbers = g_steal_pointer (&lines);
  return g_steal_pointer (&rows);
}

/* The Statement of Applicability's columns, as exported and as recognised
 * on import: header names are compared without case, surrounding spaces,
 * "?" or ":" and what is in brackets ("Applicable (Y/N)" is "applicable"). */

#define R(x) ATTEST_CSV_ROLE_##x

static const struct
{
  const char *header;    /* as exported; not translated, other tools read it */
  const char *name;      /* shown to people */
  const char *key;       /* for attest-cli import --columns */
  const char *aliases;   /* '|'-separated, lower case */
} roles[ATTEST_CSV_N_ROLES] = {
  [R(NONE)] = { "", N_("Ignored"), "ignore", "" },
  [R(CONTROL)] = { "Control", N_("Control"), "control",
                   "control|control id|control no.|control no|control nr.|control number|control ref|control ref.|"
                   "control reference|id|#|no.|no|nr.|nr|number|ref|ref.|ref no.|reference|annex a|annex a control|"
                   "annex a ref|annex a reference|iso 27001 ref|iso ref|clause|kennung|maßnahmen-nr.|maßnahmennummer|"
                   "control-nr." },
  [R(TITLE)] = { "Title", N_("Title"), "title",
                 "title|control title|control name|name|titel|bezeichnung|maßnahme|maßnahmentitel|maßnahmenbezeichnung" },
  [R(THEME)] = { "Theme", N_("Theme"), "theme", "theme|section|category|domain|thema|kategorie|themenbereich" },
  [R(APPLICABLE)] = { "Applicable", N_("Applicable"), "applicable",
                      "applicable|applicability|included|include|applies|selected|anwendbar|anwendbarkeit|relevant" },
  [R(REASONS)] = { "Reasons", N_("Reasons"), "reasons",
                   "reasons|reason|reasons for inclusion|reason for inclusion|reasons for selection|reason for selection|"
                   "grund|gründe|grund für aufnahme|auswahlgrund" },
  [R(JUSTIFICATION)] = { "Justification", N_("Justification"), "justification",
                         "justification|justification for exclusion|reason for exclusion|"
                         "justification for inclusion or exclusion|justification for inclusion/exclusion|rationale|"
                         "begründung|begründung für ausschluss|begründung für den ausschluss|ausschlussbegründung" },
  [R(STATUS)] = { "Implementation", N_("Implementation"), "implementation",
                  "implementation|status|implementation status|implemented|status of implementation|"
                  "umsetzungsstatus|umsetzung|status der umsetzung|umgesetzt|stand" },
  [R(TARGET)] = { "Target date", N_("Target date"), "target-date",
                  "target date|due date|target|due|deadline|zieldatum|termin|frist|umsetzungstermin" },
  [R(OWNER)] = { "Owner", N_("Owner"), "owner",
                 "owner|control owner|responsible|responsibility|responsible person|accountable|"
                 "verantwortlich|verantwortlicher|verantwortung|zuständig" },
  [R(HOW)] = { "How it is implemented", N_("How it is implemented"), "how",
               "how it is implemented|implementation details|implementation notes|implementation description|"
               "how implemented|notes|comments|comment|remarks|description|beschreibung|umsetzungsbeschreibung|"
               "bemerkungen|bemerkung|kommentar|anmerkungen" },
  [R(EVIDENCE)] = { "Evidence", N_("Evidence"), "evidence",
                    "evidence|evidence references|evidence reference|documents|nachweis|nachweise|dokumente" },
  [R(REVIEWED)] = { "Last reviewed", N_("Last reviewed"), "last-reviewed",
                    "last reviewed|reviewed|review date|last review|letzte prüfung|geprüft am|überprüft am" },
};

static const char * const status_words[] = { "not started", "planned", "partial", "implemented" };
static const char * const reason_words[] = { "legal", "contractual", "business", "best practice" };
static const char * const reason_fields[] = { "reason-legal", "reason-contractual", "reason-business", "reason-best-practice" };

/**
 * attest_csv_role_get_name:
 * @role: a role
 *
 * Returns: what the role is called, translated ("Control", "Ignored")
 */
const char *
attest_csv_role_get_name (AttestCsvRole role)
{
  g_return_val_if_fail (role < ATTEST_CSV_N_ROLES, NULL);
  return _(roles[role].name);
}

/**
 * attest_csv_role_get_key:
 * @role: a role
 *
 * Returns: the role's key for `attest-cli import --columns` ("control",
 *   "target-date", "ignore")
 */
const char *
attest_csv_role_get_key (AttestCsvRole role)
{
  g_return_val_if_fail (role < ATTEST_CSV_N_ROLES, NULL);
  return roles[role].key;
}

/**
 * attest_csv_export_soa:
 * @workspace: a workspace
 *
 * Returns: (transfer full): the Statement of Applicability as CSV, one row
 *   per control, with a header row (see README.md for the columns)
 */
char *
attest_csv_export_soa (AttestWorkspace *workspace)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  GString *out = g_string_new (NULL);
  const char *header[ATTEST_CSV_N_ROLES - 1];

  /* The header is not translated: other tools read it. */
  for (guint c = 1; c < ATTEST_CSV_N_ROLES; c++)
    header[c - 1] = roles[c].header;
  attest_csv_append_row (out, header, ATTEST_CSV_N_ROLES - 1);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control = attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));
      g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (workspace, entry);
      g_autoptr(GString) reasons = g_string_new (NULL);
      g_autoptr(GString) refs = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("A.%s", control ? control->number : "?");
      int applicability = attest_record_get_enum (entry, "applicability");
      const char *row[ATTEST_CSV_N_ROLES - 1];

      for (guint r = 0; r < G_N_ELEMENTS (reason_fields); r++)
        if (attest_record_get_boolean (entry, reason_fields[r]))
          g_string_append_printf (reasons, "%s%s", reasons->len ? "; " : "", reason_words[r]);
      {
        g_autoptr(GPtrArray) requirements = attest_workspace_dup_links (workspace, "soa-requirement", NULL);
        g_autoptr(GPtrArray) risks = attest_workspace_dup_links (workspace, "risk-control", NULL);

        for (guint l = 0; requirements != NULL && l + 1 < requirements->len; l += 2)
          if (g_str_equal (g_ptr_array_index (requirements, l), attest_record_get_id (entry)))
            {
              g_string_append_printf (reasons, "%s%s", reasons->len ? "; " : "", "interested party");
              break;
            }
        for (guint l = 0; risks != NULL && l + 1 < risks->len; l += 2)
          if (g_str_equal (g_ptr_array_index (risks, l + 1), attest_record_get_id (entry)))
            {
              g_string_append_printf (reasons, "%s%s", reasons->len ? "; " : "", "risk treatment");
              break;
            }
      }
      for (guint e = 0; e < evidence->len; e++)
        {
          AttestRecord *ev = g_ptr_array_index (evidence, e);

          g_string_append_printf (refs, "%s%s", refs->len ? "; " : "", attest_record_get_string (ev, "title"));
        }

      row[R(CONTROL) - 1] = id;
      row[R(TITLE) - 1] = control ? control->title : "";
      row[R(THEME) - 1] = control ? control->theme : "";
      row[R(APPLICABLE) - 1] = applicability == ATTEST_APPLICABILITY_APPLICABLE ? "yes"
                            : applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE ? "no" : "";
      row[R(REASONS) - 1] = reasons->str;
      row[R(JUSTIFICATION) - 1] = attest_record_get_string (entry, "justification");
      row[R(STATUS) - 1] = status_words[attest_record_get_enum (entry, "status")];
      row[R(TARGET) - 1] = attest_record_get_string (entry, "target-date");
      row[R(OWNER) - 1] = attest_record_get_string (entry, "owner");
      row[R(HOW) - 1] = attest_record_get_string (entry, "implementation");
      row[R(EVIDENCE) - 1] = refs->str;
      row[R(REVIEWED) - 1] = attest_record_get_string (entry, "last-reviewed");
      attest_csv_append_row (out, row, ATTEST_CSV_N_ROLES - 1);
    }
  return g_string_free (out, FALSE);
}

/* Import: reading cells */

typedef struct
{
  gboolean    seen;
  guint       line;
  int         applicability;   /* -1: not given */
  int         status;          /* -1: not given */
  gboolean    reasons[G_N_ELEMENTS (reason_fields)];
  gboolean    reasons_given;
  GPtrArray  *justification;   /* distinct texts */
  GPtrArray  *owner;
  GPtrArray  *how;
  char       *target;
  char       *reviewed;
  GPtrArray  *from_2013;       /* the 2013 ids that landed here */
} Plan;

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->justification, g_ptr_array_unref);
  g_clear_pointer (&plan->owner, g_ptr_array_unref);
  g_clear_pointer (&plan->how, g_ptr_array_unref);
  g_clear_pointer (&plan->target, g_free);
  g_clear_pointer (&plan->reviewed, g_free);
  g_clear_pointer (&plan->from_2013, g_ptr_array_unref);
}

static char *
normalise (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = g_strstrip (lower); *p; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '_' || *p == '\n' || *p == '\r')
        space = TRUE;
      else if (*p == '?' || *p == ':')
        continue;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* A header's role by its name, or -1. What is in brackets is a hint for
 * people ("Applicable (Y/N)") and does not count. */
static int
role_of_header (const char *header)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  g_autofree char *name = NULL;
  int depth = 0;

  for (const char *p = header; *p; p++)
    {
      if (*p == '(' || *p == '[')
        depth++;
      else if ((*p == ')' || *p == ']') && depth > 0)
        depth--;
      else if (depth == 0)
        g_string_append_c (bare, *p);
    }
  name = normalise (bare->str);
  if (*name == '\0')
    return -1;
  for (guint r = 1; r < ATTEST_CSV_N_ROLES; r++)
    {
      g_auto(GStrv) aliases = g_strsplit (roles[r].aliases, "|", -1);

      if (g_strv_contains ((const char * const *) aliases, name))
        return r;
    }
  return -1;
}

/* Applicable: yes, no or empty (undecided), in English and German. */
static gboolean
parse_applicable (const char *cell,
                  int        *value)
{
  static const char * const yes[] = { "yes", "y", "true", "x", "1", "applicable", "included", "ja", "j",
                                      "anwendbar", "wahr", NULL };
  static const char * const no[] = { "no", "n", "false", "0", "not applicable", "n/a", "na", "excluded",
                                     "nein", "nicht anwendbar", "ausgeschlossen", "falsch", NULL };
  g_autofree char *word = normalise (cell);

  if (*word == '\0')
    *value = ATTEST_APPLICABILITY_UNDECIDED;
  else if (g_strv_contains (yes, word))
    *value = ATTEST_APPLICABILITY_APPLICABLE;
  else if (g_strv_contains (no, word))
    *value = ATTEST_APPLICABILITY_NOT_APPLICABLE;
  else
    return FALSE;
  return TRUE;
}

/* Implementation status, in English and German; -1 for a blank cell or a
 * word that says there is none ("n/a" beside an excluded control). */
static gboolean
parse_status (const char *cell,
              int        *value)
{
  static const struct { const char *word; int status; } words[] = {
    { "not started", ATTEST_IMPLEMENTATION_NOT_STARTED }, { "no", ATTEST_IMPLEMENTATION_NOT_STARTED },
    { "open", ATTEST_IMPLEMENTATION_NOT_STARTED }, { "not implemented", ATTEST_IMPLEMENTATION_NOT_STARTED },
    { "nicht begonnen", ATTEST_IMPLEMENTATION_NOT_STARTED }, { "nicht umgesetzt", ATTEST_IMPLEMENTATION_NOT_STARTED },
    { "offen", ATTEST_IMPLEMENTATION_NOT_STARTED }, { "nein", ATTEST_IMPLEMENTATION_NOT_STARTED },
    { "planned", ATTEST_IMPLEMENTATION_PLANNED }, { "geplant", ATTEST_IMPLEMENTATION_PLANNED },
    { "partial", ATTEST_IMPLEMENTATION_PARTIAL }, { "partially", ATTEST_IMPLEMENTATION_PARTIAL },
    { "partially implemented", ATTEST_IMPLEMENTATION_PARTIAL }, { "in progress", ATTEST_IMPLEMENTATION_PARTIAL },
    { "teilweise", ATTEST_IMPLEMENTATION_PARTIAL }, { "teilweise umgesetzt", ATTEST_IMPLEMENTATION_PARTIAL },
    { "in umsetzung", ATTEST_IMPLEMENTATION_PARTIAL }, { "in bearbeitung", ATTEST_IMPLEMENTATION_PARTIAL },
    { "implemented", ATTEST_IMPLEMENTATION_IMPLEMENTED }, { "done", ATTEST_IMPLEMENTATION_IMPLEMENTED },
    { "yes", ATTEST_IMPLEMENTATION_IMPLEMENTED }, { "fully implemented", ATTEST_IMPLEMENTATION_IMPLEMENTED },
    { "complete", ATTEST_IMPLEMENTATION_IMPLEMENTED }, { "completed", ATTEST_IMPLEMENTATION_IMPLEMENTED },
    { "umgesetzt", ATTEST_IMPLEMENTATION_IMPLEMENTED }, { "vollständig umgesetzt", ATTEST_IMPLEMENTATION_IMPLEMENTED },
    { "ja", ATTEST_IMPLEMENTATION_IMPLEMENTED }, { "erledigt", ATTEST_IMPLEMENTATION_IMPLEMENTED },
    { "not applicable", -1 }, { "n/a", -1 }, { "na", -1 }, { "-", -1 }, { "nicht anwendbar", -1 },
    { "entfällt", -1 },
  };
  g_autofree char *word = normalise (cell);

  *value = -1;
  if (*word == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i].word))
      {
        *value = words[i].status;
        return TRUE;
      }
  return FALSE;
}

/* The controls a cell names: one for a 2022 id ("5.1", "A.5.1"), one or
 * more for a 2013 id ("A.9.2.1"). @number gets the id without "A.". */
static gboolean
parse_control (const char  *cell,
               GPtrArray   *targets,
               char       **number,
               gboolean    *is_2013)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  g_autofree char *id = g_strstrip (g_strdup (cell ? cell : ""));
  const char *p = id;
  g_auto(GStrv) parts = NULL;
  gsize len;

  if (g_str_has_prefix (p, "iso27001:2022/"))
    p += strlen ("iso27001:2022/");
  if ((p[0] == 'A' || p[0] == 'a') && p[1] == '.')
    p += 2;
  len = strlen (p);
  if (len > 0 && p[len - 1] == '.')
    id[p - id + len - 1] = '\0';   /* "A.5.1." */
  parts = g_strsplit (p, ".", -1);
  *is_2013 = g_strv_length (parts) == 3;
  if (*is_2013)
    {
      const AttestMapping2013 *m = attest_catalog_lookup_2013 (catalog, p);

      if (m == NULL)
        return FALSE;
      for (guint i = 0; targets != NULL && m->ids_2022[i] != NULL; i++)
        g_ptr_array_add (targets, (gpointer) attest_catalog_lookup_control (catalog, m->ids_2022[i]));
    }
  else
    {
      const AttestControl *control = attest_catalog_lookup_control (catalog, p);

      if (control == NULL)
        return FALSE;
      if (targets != NULL)
        g_ptr_array_add (targets, (gpointer) control);
    }
  if (number != NULL)
    *number = g_strdup (p);
  return TRUE;
}

static void
add_distinct (GPtrArray  **array,
              const char  *text)
{
  if (attest_text_is_blank (text))
    return;
  if (*array == NULL)
    *array = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < (*array)->len; i++)
    if (g_str_equal (g_ptr_array_index (*array, i), text))
      return;
  g_ptr_array_add (*array, g_strstrip (g_strdup (text)));
}

static char *
join (GPtrArray *array)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; array != NULL && i < array->len; i++)
    g_string_append_printf (out, "%s%s", i ? " / " : "", (char *) g_ptr_array_index (array, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Merging: applicable outranks excluded, which outranks undecided. */
static int
applicability_rank (int value)
{
  return value == ATTEST_APPLICABILITY_APPLICABLE ? 2
       : value == ATTEST_APPLICABILITY_NOT_APPLICABLE ? 1
       : value == ATTEST_APPLICABILITY_UNDECIDED ? 0 : -1;
}

/* A cell's text without surrounding space, or NULL if it is blank. */
static char *
dup_trimmed (const char *cell)
{
  if (cell == NULL || attest_text_is_blank (cell))
    return NULL;
  return g_strstrip (g_strdup (cell));
}

static void
keep_earliest (char       **current,
               const char  *cell)
{
  g_autofree char *value = dup_trimmed (cell);

  if (value != NULL && (*current == NULL || strcmp (value, *current) < 0))
    {
      g_free (*current);
      *current = g_steal_pointer (&value);
    }
}

/* The rules of form a cell's value must keep, the same the forms and the
 * JSON import apply (attest_field_check_value()). */
static const char *
check_cell (GType       kind,
            const char *name,
            const char *text)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (kind);
  const AttestField *field = attest_record_class_find_field (ATTEST_RECORD_CLASS (klass), name);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_static_string (&value, text);
  return attest_field_check_value (field, &value, NULL);
}

static gboolean
row_error (GError     **error,
           guint        line,
           const char  *message)
{
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("line %u: %s"), line, message);
  return FALSE;
}

/* The cell of a row in a column; rows may be shorter than the header. */
static const char *
cell_at (char  **row,
         guint   column)
{
  for (guint i = 0; i <= column; i++)
    if (row[i] == NULL)
      return NULL;
  return row[column];
}

/* Reads one row into the plans of the controls it concerns. */
static gboolean
read_row (char               **row,
          guint                line,
          const AttestCsvRole *map,
          guint                n_cells,
          Plan                *plans,
          GHashTable          *index,
          GPtrArray           *report,
          gboolean            *any_2013,
          GError             **error)
{
  const char *cells[ATTEST_CSV_N_ROLES] = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  gboolean is_2013 = FALSE;
  int applicability = -1, status = -1;
  gboolean reasons[G_N_ELEMENTS (reason_fields)] = { FALSE };
  gboolean reasons_given = FALSE;

  for (guint i = 0; row[i] != NULL && i < n_cells; i++)
    if (map[i] != R(NONE))
      cells[map[i]] = row[i];

  id = g_strstrip (g_strdup (cells[R(CONTROL)] ? cells[R(CONTROL)] : ""));
  if (*id == '\0')
    return row_error (error, line, _("the control is empty."));
  if (!parse_control (id, targets, &number, &is_2013))
    {
      g_autofree char *message = NULL;

      if (is_2013)
        message = g_strdup_printf (_("“%s” is not a control of ISO/IEC 27001:2013."), id);
      else
        message = g_strdup_printf (_("“%s” is not a control of ISO/IEC 27001:2022 (such as A.5.1) or 2013 (such as A.9.2.1)."), id);
      return row_error (error, line, message);
    }
  *any_2013 |= is_2013;

  if (cells[R(APPLICABLE)] != NULL && !parse_applicable (cells[R(APPLICABLE)], &applicability))
    {
      g_autofree char *message = g_strdup_printf (_("Applicable must be yes, no, true, false, x or empty, not “%s”."),
                                                  cells[R(APPLICABLE)]);
      return row_error (error, line, message);
    }
  if (cells[R(STATUS)] != NULL && !parse_status (cells[R(STATUS)], &status))
    {
      g_autofree char *message = g_strdup_printf (_("Implementation must be not started, planned, partial or implemented, not “%s”."),
                                                  cells[R(STATUS)]);
      return row_error (error, line, message);
    }
  if (cells[R(REASONS)] != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (cells[R(REASONS)], ";,", -1);

      reasons_given = TRUE;
      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *word = normalise (words[w]);
          gboolean known = *word == '\0';

          for (guint r = 0; r < G_N_ELEMENTS (reason_words); r++)
            if (g_str_equal (word, reason_words[r]))
              known = reasons[r] = TRUE;
          if (g_str_equal (word, "regulatory") || g_str_equal (word, "legal or regulatory"))
            known = reasons[0] = TRUE;
          if (g_str_equal (word, "contract"))
            known = reasons[1] = TRUE;
          if (g_str_equal (word, "good practice"))
            known = reasons[3] = TRUE;
          /* Derived from links and risks in Attest itself. */
          if (g_str_equal (word, "interested party") || g_str_equal (word, "risk") || g_str_equal (word, "risk treatment"))
            known = TRUE;
          if (!known)
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not a reason Attest knows (legal, contractual, business, best practice)."),
                                                          g_strstrip (words[w]));
              return row_error (error, line, message);
            }
        }
    }
  for (guint d = 0; d < 2; d++)
    {
      const char *name = d == 0 ? "target-date" : "last-reviewed";
      g_autofree char *value = dup_trimmed (cells[d == 0 ? R(TARGET) : R(REVIEWED)]);
      const char *rule;

      if (value != NULL
          && (rule = check_cell (ATTEST_TYPE_SOA_ENTRY, name, value)) != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("%s: “%s”: %s."),
                                                      attest_field_get_label ("soa-entry", name), value, rule);
          return row_error (error, line, message);
        }
    }

  for (guint t = 0; t < targets->len; t++)
    {
      const AttestControl *control = g_ptr_array_index (targets, t);
      Plan *plan = &plans[GPOINTER_TO_UINT (g_hash_table_lookup (index, control->id)) - 1];

      if (plan->seen && !is_2013 && plan->from_2013 == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("control A.%s appears again (first on line %u)."),
                                                      control->number, plan->line);
          return row_error (error, line, message);
        }
      if (!plan->seen)
        plan->line = line;
      plan->seen = TRUE;
      /* Merging: applicable beats excluded beats undecided; the least
       * implemented status and the earliest dates win, texts are kept. */
      if (applicability_rank (applicability) > applicability_rank (plan->applicability))
        plan->applicability = applicability;
      if (status >= 0 && (plan->status < 0 || status < plan->status))
        plan->status = status;
      if (reasons_given)
        {
          plan->reasons_given = TRUE;
          for (guint r = 0; r < G_N_ELEMENTS (reason_fields); r++)
            plan->reasons[r] |= reasons[r];
        }
      if (cells[R(JUSTIFICATION)] != NULL)
        add_distinct (&plan->justification, cells[R(JUSTIFICATION)]);
      if (cells[R(OWNER)] != NULL)
        add_distinct (&plan->owner, cells[R(OWNER)]);
      if (cells[R(HOW)] != NULL)
        add_distinct (&plan->how, cells[R(HOW)]);
      keep_earliest (&plan->target, cells[R(TARGET)]);
      keep_earliest (&plan->reviewed, cells[R(REVIEWED)]);
      if (is_2013)
        {
          if (plan->from_2013 == NULL)
            plan->from_2013 = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (plan->from_2013, g_strdup_printf ("A.%s", number));
        }
    }

  if (is_2013)
    {
      g_autoptr(GString) where = g_string_new (NULL);

      for (guint t = 0; t < targets->len; t++)
        g_string_append_printf (where, "%sA.%s", t ? ", " : "",
                                ((const AttestControl *) g_ptr_array_index (targets, t))->number);
      g_ptr_array_add (report, g_strdup_printf (_("A.%s (2013) → %s"), number, where->str));
    }
  return TRUE;
}

/* A cell as the import will read it, for the preview. */
static char *
display_cell (AttestCsvRole  role,
              const char    *cell)
{
  int value;

  if (cell == NULL)
    return g_strdup ("");
  switch (role)
    {
    case R(CONTROL):
      {
        g_autoptr(GPtrArray) targets = g_ptr_array_new ();
        g_autofree char *number = NULL;
        gboolean is_2013;
        g_autoptr(GString) out = g_string_new (NULL);

        if (!parse_control (cell, targets, &number, &is_2013))
          break;
        if (is_2013)
          g_string_append_printf (out, "A.%s → ", number);
        for (guint t = 0; t < targets->len; t++)
          g_string_append_printf (out, "%sA.%s", t ? ", " : "",
                                  ((const AttestControl *) g_ptr_array_index (targets, t))->number);
        return g_string_free (g_steal_pointer (&out), FALSE);
      }
    case R(APPLICABLE):
      if (!parse_applicable (cell, &value))
        break;
      return g_strdup (value == ATTEST_APPLICABILITY_APPLICABLE ? _("Applicable")
                       : value == ATTEST_APPLICABILITY_NOT_APPLICABLE ? _("Not applicable") : _("Undecided"));
    case R(STATUS):
      {
        static const char * const names[] = { N_("Not started"), N_("Planned"), N_("Partial"), N_("Implemented") };

        if (!parse_status (cell, &value))
          break;
        return g_strdup (value < 0 ? "" : _(names[value]));
      }
    case R(NONE):
    case R(TITLE):
    case R(THEME):
    case R(REASONS):
    case R(JUSTIFICATION):
    case R(TARGET):
    case R(OWNER):
    case R(HOW):
    case R(EVIDENCE):
    case R(REVIEWED):
    case ATTEST_CSV_N_ROLES:
    default:
      break;
    }
  return g_strstrip (g_strdup (cell));
}

/* Import: recognising the columns */

struct _AttestCsvAnalysis
{
  GPtrArray     *rows;         /* (element-type GStrv): the header row first */
  GArray        *lines;        /* the line each row starts on */
  guint          n_columns;    /* the header's */
  AttestCsvRole *roles;
  AttestCsvHow  *how;
  guint         *candidates;   /* per column, a bit per role it may hold */
  GError        *error;        /* why it cannot be applied, or NULL */
  GPtrArray     *notes;        /* what recognition did, for the report */
  GPtrArray     *preview;      /* (element-type GStrv): the first rows as read */
  Plan          *plans;        /* one per catalog control */
  guint          n_plans;
  gboolean       any_2013;
  GPtrArray     *row_notes;    /* where 2013 rows went */
};

typedef struct
{
  guint filled, ids, titles, yes_no, statuses;
} Stats;

static const char *
header_of (AttestCsvAnalysis *self,
           guint              column)
{
  return ((char **) g_ptr_array_index (self->rows, 0))[column];
}

/* “A”, “B” and “C”: the columns' headers, for messages. */
static char *
quote_headers (AttestCsvAnalysis *self,
               GArray            *columns)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = columns != NULL ? columns->len : self->n_columns;

  for (guint k = 0; k < n; k++)
    {
      guint i = columns != NULL ? g_array_index (columns, guint, k) : k;
      const char *header = header_of (self, i);
      g_autofree char *shown = attest_text_is_blank (header) ? g_strdup_printf (_("column %u"), i + 1)
                                                              /* TRANSLATORS: a column's header quoted, in your language's quotation marks */
                                                              : g_strdup_printf (_("“%s”"), header);

      if (k > 0)
        g_string_append (out, k + 1 == n ? _(" and ") : ", ");
      g_string_append (out, shown);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GHashTable *
new_title_set (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GHashTable *titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const AttestControl *controls;
  const AttestMapping2013 *mappings;
  guint n;

  controls = attest_catalog_get_controls (catalog, &n);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (titles, normalise (controls[i].title));
  mappings = attest_catalog_get_mapping_2013 (catalog, &n);
  for (guint i = 0; i < n; i++)
    if (mappings[i].title_2013 != NULL)
      g_hash_table_add (titles, normalise (mappings[i].title_2013));
  return titles;
}

static gboolean
any_column_holds (AttestCsvAnalysis *self,
                  AttestCsvRole      role)
{
  for (guint i = 0; i < self->n_columns; i++)
    if (self->roles[i] == role)
      return TRUE;
  return FALSE;
}

/* Several columns could hold @role and nothing tells them apart: each is
 * left ignored, with both readings offered, and the analysis says so. */
static void
ambiguous (AttestCsvAnalysis *self,
           GArray            *columns,
           AttestCsvRole      role)
{
  g_autofree char *names = quote_headers (self, columns);

  for (guint k = 0; k < columns->len; k++)
    {
      guint i = g_array_index (columns, guint, k);

      self->roles[i] = R(NONE);
      self->how[i] = ATTEST_CSV_UNRECOGNISED;
      self->candidates[i] = 1u << role | 1u << R(NONE);
    }
  if (self->error == NULL)
    {
      if (role == R(CONTROL))
        g_set_error (&self->error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                     columns->len == 2 ? _("line 1: the columns %s both hold control ids; choose which one is the control.")
                                       : _("line 1: the columns %s all hold control ids; choose which one is the control."),
                     names);
      else
        g_set_error (&self->error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                     columns->len == 2 ? _("line 1: the columns %s both hold %s; choose which one is read.")
                                       : _("line 1: the columns %s all hold %s; choose which one is read."),
                     names, _(roles[role].name));
    }
}

static void
recognise (AttestCsvAnalysis *self,
           const int         *assigned,
           guint              n_assigned)
{
  g_autoptr(GHashTable) titles = new_title_set ();
  g_autofree Stats *stats = g_new0 (Stats, self->n_columns);
  g_autofree int *by_header = g_new (int, self->n_columns);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = self->n_columns;

  /* Each column's header, and what its cells look like over all rows. */
  for (guint i = 0; i < n; i++)
    {
      by_header[i] = role_of_header (header_of (self, i));
      self->roles[i] = R(NONE);
      self->how[i] = ATTEST_CSV_UNRECOGNISED;
      self->candidates[i] = 0;
    }
  for (guint r = 1; r < self->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);

      for (guint i = 0; i < n && row[i] != NULL; i++)
        {
          g_autofree char *word = NULL;
          gboolean is_2013;
          int value;

          if (attest_text_is_blank (row[i]))
            continue;
          stats[i].filled++;
          stats[i].ids += parse_control (row[i], NULL, NULL, &is_2013);
          word = normalise (row[i]);
          stats[i].titles += g_hash_table_contains (titles, word);
          stats[i].yes_no += parse_applicable (row[i], &value);
          stats[i].statuses += parse_status (row[i], &value);
        }
    }

  /* What the caller chose stands. */
  for (guint i = 0; i < n && i < n_assigned; i++)
    if (assigned[i] >= 0 && assigned[i] < ATTEST_CSV_N_ROLES)
      {
        self->roles[i] = assigned[i];
        self->how[i] = ATTEST_CSV_BY_CHOICE;
      }

  /* The control: a column where at least 90% of the filled cells are
   * control ids; the header breaks a tie; without such a column, the one
   * headed so (its rows then say what is wrong with them). */
  if (!any_column_holds (self, R(CONTROL)))
    {
      for (guint i = 0; i < n; i++)
        if (self->how[i] != ATTEST_CSV_BY_CHOICE && stats[i].filled > 0 && stats[i].ids * 10 >= stats[i].filled * 9)
          g_array_append_val (found, i);
      if (found->len > 1)
        {
          guint headed = 0, which = 0;

          for (guint k = 0; k < found->len; k++)
            if (by_header[g_array_index (found, guint, k)] == R(CONTROL))
              {
                headed++;
                which = g_array_index (found, guint, k);
              }
          if (headed == 1)
            {
              g_array_set_size (found, 0);
              g_array_append_val (found, which);
            }
        }
      if (found->len == 0)
        for (guint i = 0; i < n; i++)
          if (self->how[i] != ATTEST_CSV_BY_CHOICE && by_header[i] == R(CONTROL))
            g_array_append_val (found, i);
      if (found->len == 1)
        {
          guint i = g_array_index (found, guint, 0);

          self->roles[i] = R(CONTROL);
          self->how[i] = by_header[i] == R(CONTROL) ? ATTEST_CSV_BY_HEADER : ATTEST_CSV_BY_CONTENT;
        }
      else if (found->len > 1)
        ambiguous (self, found, R(CONTROL));
      else if (self->error == NULL)
        {
          g_autofree char *names = quote_headers (self, NULL);

          g_set_error (&self->error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("line 1: no column holds control ids. The columns are %s; one of them should hold "
                         "ids such as A.5.1 (2022) or A.9.2.1 (2013), headed Control, ID, Ref, No. or #."),
                       names);
        }
    }

  /* The others by their headers; a second column headed like the control
   * that holds titles is the title. Unknown headers go by their cells. */
  for (guint i = 0; i < n; i++)
    {
      gboolean titled = stats[i].filled > 0 && stats[i].titles * 2 >= stats[i].filled;

      if (self->how[i] != ATTEST_CSV_UNRECOGNISED || self->candidates[i] != 0)
        continue;
      if (by_header[i] == R(CONTROL) || by_header[i] < 0)
        {
          if (titled)
            {
              self->roles[i] = R(TITLE);
              self->how[i] = ATTEST_CSV_BY_CONTENT;
            }
        }
      else
        {
          self->roles[i] = by_header[i];
          self->how[i] = ATTEST_CSV_BY_HEADER;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      if (self->how[i] != ATTEST_CSV_UNRECOGNISED || self->candidates[i] != 0 || stats[i].filled == 0)
        continue;
      if (stats[i].yes_no == stats[i].filled && !any_column_holds (self, R(APPLICABLE)))
        self->roles[i] = R(APPLICABLE);
      else if (stats[i].statuses == stats[i].filled && !any_column_holds (self, R(STATUS)))
        self->roles[i] = R(STATUS);
      else
        continue;
      self->how[i] = ATTEST_CSV_BY_CONTENT;
    }

  /* Two columns for one field: the chosen one wins; for Applicable and
   * Implementation the one whose cells all read so; otherwise ask. Title,
   * theme and evidence are not imported and may repeat. */
  for (AttestCsvRole role = R(APPLICABLE); role < ATTEST_CSV_N_ROLES; role++)
    {
      gboolean chosen = FALSE;

      if (role == R(EVIDENCE))
        continue;
      g_array_set_size (found, 0);
      for (guint i = 0; i < n; i++)
        if (self->roles[i] == role)
          {
            if (self->how[i] == ATTEST_CSV_BY_CHOICE)
              chosen = TRUE;
            else
              g_array_append_val (found, i);
          }
      if (found->len == 0 || (found->len == 1 && !chosen))
        continue;
      if (!chosen && (role == R(APPLICABLE) || role == R(STATUS)))
        {
          guint fitting = 0;

          for (guint k = 0; k < found->len; k++)
            {
              Stats *s = &stats[g_array_index (found, guint, k)];

              fitting += (role == R(APPLICABLE) ? s->yes_no : s->statuses) == s->filled;
            }
          if (fitting == 1)
            {
              for (guint k = 0; k < found->len; k++)
                {
                  guint i = g_array_index (found, guint, k);

                  if ((role == R(APPLICABLE) ? stats[i].yes_no : stats[i].statuses) != stats[i].filled)
                    {
                      self->roles[i] = R(NONE);
                      self->how[i] = ATTEST_CSV_BY_CONTENT;
                    }
                }
              continue;
            }
        }
      if (chosen)
        for (guint k = 0; k < found->len; k++)
          {
            guint i = g_array_index (found, guint, k);

            self->roles[i] = R(NONE);
            self->how[i] = ATTEST_CSV_UNRECOGNISED;
          }
      else
        ambiguous (self, found, role);
    }

  for (guint i = 0; i < n; i++)
    {
      if (self->candidates[i] == 0)
        self->candidates[i] = 1u << self->roles[i];
      if (self->roles[i] == R(NONE) && self->candidates[i] == 1u << R(NONE) && !attest_text_is_blank (header_of (self, i)))
        g_ptr_array_add (self->notes, g_strdup_printf (_("The column “%s” was ignored."), header_of (self, i)));
    }
}

/* Reads every row into a plan per control, touching no workspace. */
static void
plan_rows (AttestCsvAnalysis *self)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls = attest_catalog_get_controls (catalog, &self->n_plans);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  self->plans = g_new0 (Plan, self->n_plans);
  for (guint i = 0; i < self->n_plans; i++)
    {
      self->plans[i].applicability = -1;
      self->plans[i].status = -1;
      g_hash_table_insert (index, controls[i].id, GUINT_TO_POINTER (i + 1));
    }
  for (guint r = 1; r < self->rows->len && self->error == NULL; r++)
    read_row (g_ptr_array_index (self->rows, r), g_array_index (self->lines, guint, r), self->roles,
              self->n_columns, self->plans, index, self->row_notes, &self->any_2013, &self->error);
}

/**
 * attest_csv_analyse_soa:
 * @data: a CSV file's contents
 * @length: its length
 * @assigned: (array length=n_assigned) (nullable): a role per column, or
 *   %ATTEST_CSV_ROLE_AUTO to recognise it; columns beyond are recognised
 * @n_assigned: how many
 * @error: return location for an error
 *
 * Reads a Statement of Applicability from a spreadsheet without applying
 * it: recognises what each column holds by its header and by its cells over
 * all rows (a column where at least 90% of the filled cells are control ids
 * holds the control, one whose cells are catalog titles the title), then
 * reads every row. Columns given a role in @assigned keep it.
 *
 * An analysis is returned for any file that is CSV at all; whether it can
 * be applied, and if not why, is attest_csv_analysis_check().
 *
 * Returns: (transfer full) (nullable): the analysis, or %NULL if the file
 *   is not CSV text Attest can read (too large, not UTF-8, badly quoted,
 *   empty)
 */
AttestCsvAnalysis *
attest_csv_analyse_soa (const char  *data,
                        gsize        length,
                        const int   *assigned,
                        guint        n_assigned,
                        GError     **error)
{
  g_autoptr(AttestCsvAnalysis) self = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;

  if (length > ATTEST_CSV_MAX_SIZE)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The file is larger than %u MiB, the most Attest imports."), ATTEST_CSV_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  rows = attest_csv_parse (data, length, &lines, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("The file is empty."));
      return NULL;
    }
  /* Cells are read as they were typed, without the apostrophe the export
   * put before a would-be formula. */
  for (guint r = 0; r < rows->len; r++)
    for (char **cell = g_ptr_array_index (rows, r); *cell != NULL; cell++)
      attest_csv_cell_unescape (*cell);

  self = g_new0 (AttestCsvAnalysis, 1);
  self->rows = g_steal_pointer (&rows);
  self->lines = g_steal_pointer (&lines);
  self->n_columns = g_strv_length (g_ptr_array_index (self->rows, 0));
  self->roles = g_new0 (AttestCsvRole, self->n_columns);
  self->how = g_new0 (AttestCsvHow, self->n_columns);
  self->candidates = g_new0 (guint, self->n_columns);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->row_notes = g_ptr_array_new_with_free_func (g_free);
  self->preview = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  recognise (self, assigned, n_assigned);
  if (self->error == NULL)
    plan_rows (self);

  for (guint r = 1; r < self->rows->len && self->preview->len < ATTEST_CSV_PREVIEW_ROWS; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);
      char **cells = g_new0 (char *, self->n_columns + 1);

      for (guint i = 0; i < self->n_columns; i++)
        cells[i] = display_cell (self->roles[i], cell_at (row, i));
      g_ptr_array_add (self->preview, cells);
    }
  return g_steal_pointer (&self);
}

/**
 * attest_csv_analysis_free:
 * @analysis: (transfer full): an analysis
 */
void
attest_csv_analysis_free (AttestCsvAnalysis *analysis)
{
  if (analysis == NULL)
    return;
  for (guint i = 0; analysis->plans != NULL && i < analysis->n_plans; i++)
    plan_clear (&analysis->plans[i]);
  g_free (analysis->plans);
  g_clear_pointer (&analysis->rows, g_ptr_array_unref);
  g_clear_pointer (&analysis->lines, g_array_unref);
  g_free (analysis->roles);
  g_free (analysis->how);
  g_free (analysis->candidates);
  g_clear_error (&analysis->error);
  g_clear_pointer (&analysis->notes, g_ptr_array_unref);
  g_clear_pointer (&analysis->row_notes, g_ptr_array_unref);
  g_clear_pointer (&analysis->preview, g_ptr_array_unref);
  g_free (analysis);
}

/** attest_csv_analysis_get_n_columns: Returns: how many columns the header row has */
guint
attest_csv_analysis_get_n_columns (AttestCsvAnalysis *analysis)
{
  return analysis->n_columns;
}

/** attest_csv_analysis_get_header: Returns: the header of @column as written */
const char *
attest_csv_analysis_get_header (AttestCsvAnalysis *analysis,
                                guint              column)
{
  g_return_val_if_fail (column < analysis->n_columns, NULL);
  return header_of (analysis, column);
}

/** attest_csv_analysis_get_role: Returns: what @column will be read as */
AttestCsvRole
attest_csv_analysis_get_role (AttestCsvAnalysis *analysis,
                              guint              column)
{
  g_return_val_if_fail (column < analysis->n_columns, R(NONE));
  return analysis->roles[column];
}

/** attest_csv_analysis_get_how: Returns: how the role of @column was decided */
AttestCsvHow
attest_csv_analysis_get_how (AttestCsvAnalysis *analysis,
                             guint              column)
{
  g_return_val_if_fail (column < analysis->n_columns, ATTEST_CSV_UNRECOGNISED);
  return analysis->how[column];
}

/**
 * attest_csv_analysis_get_candidates:
 * @analysis: an analysis
 * @column: a column
 *
 * Returns: the roles @column may hold, a bit (1 << role) each; more than
 *   one bit when the reading is left to the user
 */
guint
attest_csv_analysis_get_candidates (AttestCsvAnalysis *analysis,
                                    guint              column)
{
  g_return_val_if_fail (column < analysis->n_columns, 0);
  return analysis->candidates[column];
}

/** attest_csv_analysis_is_ambiguous: Returns: whether two readings of @column remain */
gboolean
attest_csv_analysis_is_ambiguous (AttestCsvAnalysis *analysis,
                                  guint              column)
{
  guint bits = attest_csv_analysis_get_candidates (analysis, column);

  return (bits & (bits - 1)) != 0;
}

/** attest_csv_analysis_get_n_rows: Returns: how many rows follow the header */
guint
attest_csv_analysis_get_n_rows (AttestCsvAnalysis *analysis)
{
  return analysis->rows->len - 1;
}

/**
 * attest_csv_analysis_get_preview:
 * @analysis: an analysis
 *
 * Returns: (transfer none) (element-type GStrv): the first rows (at most
 *   %ATTEST_CSV_PREVIEW_ROWS) as they will be read, a cell per column:
 *   controls as 2022 ids, applicability and status as words
 */
GPtrArray *
attest_csv_analysis_get_preview (AttestCsvAnalysis *analysis)
{
  return analysis->preview;
}

/**
 * attest_csv_analysis_get_notes:
 * @analysis: an analysis
 *
 * Returns: (transfer none) (element-type utf8): what recognition left out
 *   ("The column “Notes” was ignored."), a sentence each
 */
GPtrArray *
attest_csv_analysis_get_notes (AttestCsvAnalysis *analysis)
{
  return analysis->notes;
}

/**
 * attest_csv_analysis_check:
 * @analysis: an analysis
 * @error: return location for why it cannot be applied
 *
 * Returns: %TRUE if attest_csv_apply_soa() would accept it
 */
gboolean
attest_csv_analysis_check (AttestCsvAnalysis  *analysis,
                           GError            **error)
{
  if (analysis->error != NULL)
    {
      g_propagate_error (error, g_error_copy (analysis->error));
      return FALSE;
    }
  return TRUE;
}

/**
 * attest_csv_analysis_parse_columns:
 * @analysis: an analysis
 * @spec: choices as `role=header`, comma-separated: `control=No.,title=Control`
 *   (roles as attest_csv_role_get_key() names them)
 * @error: return location for an error
 *
 * Returns: (transfer full) (array) (nullable): a role per column for
 *   attest_csv_analyse_soa(), %ATTEST_CSV_ROLE_AUTO where @spec says
 *   nothing, or %NULL if @spec names a role or a header that is not there
 */
int *
attest_csv_analysis_parse_columns (AttestCsvAnalysis  *analysis,
                                   const char         *spec,
                                   GError            **error)
{
  g_autofree int *assigned = g_new (int, MAX (analysis->n_columns, 1));
  g_auto(GStrv) pieces = g_strsplit (spec, ",", -1);
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < analysis->n_columns; i++)
    assigned[i] = ATTEST_CSV_ROLE_AUTO;
  /* A header may hold a comma: a piece without "role=" continues the last. */
  for (guint p = 0; pieces[p] != NULL; p++)
    {
      const char *equals = strchr (pieces[p], '=');
      gboolean is_role = FALSE;

      if (equals != NULL)
        {
          g_autofree char *key = g_strstrip (g_strndup (pieces[p], equals - pieces[p]));

          for (guint r = 0; r < ATTEST_CSV_N_ROLES; r++)
            is_role |= g_ascii_strcasecmp (key, roles[r].key) == 0;
          if (!is_role && choices->len == 0)
            {
              g_autoptr(GString) keys = g_string_new (NULL);

              for (guint r = 1; r <= ATTEST_CSV_N_ROLES; r++)
                g_string_append_printf (keys, "%s%s", keys->len ? ", " : "", roles[r % ATTEST_CSV_N_ROLES].key);
              g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("“%s” is not a column role; the roles are %s."), key, keys->str);
              return NULL;
            }
        }
      if (is_role)
        g_ptr_array_add (choices, g_strdup (pieces[p]));
      else if (choices->len > 0)
        {
          char *last = g_ptr_array_index (choices, choices->len - 1);

          choices->pdata[choices->len - 1] = g_strconcat (last, ",", pieces[p], NULL);
          g_free (last);
        }
      else
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("Write each column choice as role=header, such as control=No., not “%s”."), pieces[p]);
          return NULL;
        }
    }

  for (guint c = 0; c < choices->len; c++)
    {
      const char *choice = g_ptr_array_index (choices, c);
      const char *equals = strchr (choice, '=');
      g_autofree char *key = g_strstrip (g_strndup (choice, equals - choice));
      g_autofree char *header = g_strstrip (g_strdup (equals + 1));
      g_autofree char *wanted = g_utf8_casefold (header, -1);
      int role = 0, column = -1;

      for (guint r = 0; r < ATTEST_CSV_N_ROLES; r++)
        if (g_ascii_strcasecmp (key, roles[r].key) == 0)
          role = r;
      for (guint i = 0; i < analysis->n_columns && column < 0; i++)
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (header_of (analysis, i)));
          g_autofree char *have = g_utf8_casefold (trimmed, -1);

          if (g_str_equal (have, wanted))
            column = i;
        }
      if (column < 0)
        {
          g_autofree char *names = quote_headers (analysis, NULL);

          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("No column is headed “%s”; the columns are %s."), header, names);
          return NULL;
        }
      if (assigned[column] != ATTEST_CSV_ROLE_AUTO && assigned[column] != role)
        {
          g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                       _("The column “%s” is given two roles."), header);
          return NULL;
        }
      assigned[column] = role;
    }
  return g_steal_pointer (&assigned);
}

/* Import: applying */

enum { CHANGE_APPLICABILITY = 1, CHANGE_STATUS = 2, CHANGE_OTHER = 4 };

/* What a plan changes in an entry; with @write, it also makes the change. */
static guint
apply_plan (AttestRecord *entry,
            Plan         *plan,
            gboolean      write)
{
  guint changed = 0;

  if (plan->applicability >= 0 && plan->applicability != attest_record_get_enum (entry, "applicability"))
    {
      changed |= CHANGE_APPLICABILITY;
      if (write)
        g_object_set (entry, "applicability", plan->applicability, NULL);
    }
  if (plan->status >= 0 && plan->status != attest_record_get_enum (entry, "status"))
    {
      changed |= CHANGE_STATUS;
      if (write)
        g_object_set (entry, "status", plan->status, NULL);
    }
  if (plan->reasons_given)
    for (guint r = 0; r < G_N_ELEMENTS (reason_fields); r++)
      if (!plan->reasons[r] != !attest_record_get_boolean (entry, reason_fields[r]))
        {
          changed |= CHANGE_OTHER;
          if (write)
            g_object_set (entry, reason_fields[r], plan->reasons[r], NULL);
        }
  {
    static const char * const fields[] = { "justification", "owner", "implementation", "target-date", "last-reviewed" };
    g_autofree char *justification = plan->justification ? join (plan->justification) : NULL;
    g_autofree char *owner = plan->owner ? join (plan->owner) : NULL;
    g_autofree char *how = plan->how ? join (plan->how) : NULL;
    const char *values[] = { justification, owner, how, plan->target, plan->reviewed };

    for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
      if (values[f] != NULL && g_strcmp0 (values[f], attest_record_get_string (entry, fields[f])) != 0)
        {
          changed |= CHANGE_OTHER;
          if (write)
            g_object_set (entry, fields[f], values[f], NULL);
        }
  }
  return changed;
}

/* The owners the file names who are no role or person of @workspace, each
 * once, as the file writes them first. */
static GPtrArray *
dup_unknown_owners (AttestCsvAnalysis *analysis,
                    AttestWorkspace   *workspace)
{
  GPtrArray *unknown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parties = attest_workspace_dup_parties (workspace);
  g_autoptr(GHashTable) names = attest_parties_index_new (parties);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; analysis->plans != NULL && i < analysis->n_plans; i++)
    {
      Plan *plan = &analysis->plans[i];
      g_autofree char *owner = plan->seen && plan->owner != NULL ? join (plan->owner) : NULL;
      g_autofree char *stripped = NULL;

      if (owner == NULL || attest_text_is_blank (owner) || attest_parties_index_lookup (names, owner) != NULL)
        continue;
      stripped = g_strstrip (g_strdup (owner));
      if (g_hash_table_add (seen, g_utf8_casefold (stripped, -1)))
        g_ptr_array_add (unknown, g_steal_pointer (&stripped));
    }
  return unknown;
}

/**
 * attest_csv_analysis_dup_changes:
 * @analysis: an analysis that can be applied
 * @workspace: the workspace it would go into
 *
 * Returns: (transfer full) (element-type utf8): what applying it would
 *   change in @workspace, a sentence a line ("12 controls become
 *   applicable.")
 */
GPtrArray *
attest_csv_analysis_dup_changes (AttestCsvAnalysis *analysis,
                                 AttestWorkspace   *workspace)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  guint n_controls, changed = 0, same = 0, absent = 0, applicable = 0, excluded = 0, undecided = 0;
  guint statuses = 0, others = 0;
  const AttestControl *controls = attest_catalog_get_controls (catalog, &n_controls);

  if (analysis->error != NULL || analysis->plans == NULL)
    return out;
  for (guint i = 0; i < n_controls && i < analysis->n_plans; i++)
    {
      Plan *plan = &analysis->plans[i];
      AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, controls[i].id);
      guint change;

      if (!plan->seen || entry == NULL)
        {
          absent++;
          continue;
        }
      change = apply_plan (entry, plan, FALSE);
      changed += change != 0;
      same += change == 0;
      if (change & CHANGE_APPLICABILITY)
        {
          applicable += plan->applicability == ATTEST_APPLICABILITY_APPLICABLE;
          excluded += plan->applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE;
          undecided += plan->applicability == ATTEST_APPLICABILITY_UNDECIDED;
        }
      statuses += (change & CHANGE_STATUS) != 0;
      others += (change & CHANGE_OTHER) != 0;
    }

#define SAY(n, one, many) \
  if ((n) > 0) g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, one, many, n), n))
  g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u control changes.", "%u controls change.", changed),
                                         changed));
  SAY (applicable, "%u control becomes applicable.", "%u controls become applicable.");
  SAY (excluded, "%u control becomes not applicable.", "%u controls become not applicable.");
  SAY (undecided, "%u control becomes undecided.", "%u controls become undecided.");
  SAY (statuses, "%u control gets another implementation status.", "%u controls get another implementation status.");
  SAY (others, "%u control gets new reasons, texts or dates.", "%u controls get new reasons, texts or dates.");
  SAY (same, "%u control in the file is already as it says.", "%u controls in the file are already as it says.");
  SAY (absent, "%u control is not in the file and stays as it is.", "%u controls are not in the file and stay as they are.");
#undef SAY
  {
    g_autoptr(GPtrArray) unknown = dup_unknown_owners (analysis, workspace);

    for (guint i = 0; i < unknown->len; i++)
      g_ptr_array_add (out, g_strdup_printf (_("Owner “%s” is no one in the ISMS yet: a person of that name is added."),
                                             (char *) g_ptr_array_index (unknown, i)));
  }
  return out;
}

/**
 * attest_csv_apply_soa:
 * @workspace: a workspace
 * @analysis: an analysis of the file
 * @report: (out) (optional) (transfer full) (element-type utf8): what was
 *   read, mapped, merged and left as it was, a sentence a line
 * @error: return location for an error
 *
 * Applies an analysis in one transaction: all or nothing.
 *
 * Returns: %TRUE if it was applied
 */
gboolean
attest_csv_apply_soa (AttestWorkspace    *workspace,
                      AttestCsvAnalysis  *analysis,
                      GPtrArray         **report,
                      GError            **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  guint n_controls, applied = 0, n_rows, added = 0;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  if (attest_workspace_is_read_only (workspace))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be imported into it."),
                   attest_workspace_get_display_name (workspace));
      return FALSE;
    }
  if (!attest_csv_analysis_check (analysis, error))
    return FALSE;

  n_rows = attest_csv_analysis_get_n_rows (analysis);
  controls = attest_catalog_get_controls (catalog, &n_controls);
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  /* TRANSLATORS: what Undo takes back, in "Undo %s" */
  attest_workspace_set_change_label (workspace, _("Import the Statement of Applicability"));
  for (guint i = 0; i < n_controls && i < analysis->n_plans; i++)
    {
      Plan *plan = &analysis->plans[i];
      AttestRecord *entry;

      if (!plan->seen)
        continue;
      entry = attest_workspace_lookup_soa_entry (workspace, controls[i].id);
      if (entry == NULL)
        continue;
      apply_plan (entry, plan, TRUE);
      applied++;
      if (plan->from_2013 != NULL && plan->from_2013->len > 1)
        {
          g_autoptr(GString) from = g_string_new (NULL);

          for (guint k = 0; k < plan->from_2013->len; k++)
            g_string_append_printf (from, "%s%s", k ? ", " : "", (char *) g_ptr_array_index (plan->from_2013, k));
          g_ptr_array_add (notes, g_strdup_printf (_("A.%s %s: merged from %s."), controls[i].number,
                                                 controls[i].title, from->str));
        }
    }
  /* Every owner is someone of the ISMS: one the file names who is not yet
   * becomes a person, as the preview said. */
  if (!attest_workspace_add_missing_owners (workspace, &added, error))
    {
      attest_workspace_rollback (workspace);
      return FALSE;
    }
  if (!attest_workspace_commit (workspace, error))
    return FALSE;

  g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Read %u row into %u controls.",
                                                        "Read %u rows into %u controls.", n_rows),
                                           n_rows, applied));
  if (added > 0)
    g_ptr_array_add (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u person named as an owner.",
                                                          "Added %u people named as owners.", added), added));
  for (guint i = 0; i < analysis->notes->len; i++)
    g_ptr_array_add (notes, g_strdup (g_ptr_array_index (analysis->notes, i)));
  for (guint i = 0; i < analysis->row_notes->len; i++)
    g_ptr_array_add (notes, g_strdup (g_ptr_array_index (analysis->row_notes, i)));
  if (analysis->any_2013)
    for (guint i = 0; i < n_controls && i < analysis->n_plans; i++)
      if (controls[i].new_in_2022 && !analysis->plans[i].seen)
        g_ptr_array_add (notes, g_strdup_printf (_("A.%s %s: new in 2022, not in the file; decide it in Attest."),
                                                 controls[i].number, controls[i].title));
  if (n_controls > applied)
    g_ptr_array_add (notes, g_strdup_printf (_("%u controls were not in the file and were left as they were."),
                                             n_controls - applied));
  if (report != NULL)
    *report = g_steal_pointer (&notes);
  return TRUE;
}

/**
 * attest_csv_check_soa:
 * @data: a CSV file's contents
 * @length: its length
 * @error: return location for an error
 *
 * Checks a spreadsheet as attest_csv_import_soa() would, without any
 * workspace.
 *
 * Returns: %TRUE if the import would be accepted
 */
gboolean
attest_csv_check_soa (const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(AttestCsvAnalysis) analysis = attest_csv_analyse_soa (data, length, NULL, 0, error);

  return analysis != NULL && attest_csv_analysis_check (analysis, error);
}

/**
 * attest_csv_import_soa:
 * @workspace: a workspace
 * @data: a CSV file's contents
 * @length: its length
 * @report: (out) (optional) (transfer full) (element-type utf8): what was
 *   read, mapped, merged and left as it was, a sentence a line
 * @error: return location for an error
 *
 * attest_csv_analyse_soa() with the columns as recognised, then
 * attest_csv_apply_soa(): controls are 2022 ids ("5.1", "A.5.1") or 2013
 * ids ("A.9.2.1"), which are mapped through the catalog, several 2013
 * controls merging into one 2022 control. All or nothing: the first bad row
 * stops the import with its line number, and the workspace is unchanged.
 *
 * Returns: %TRUE if the file was read and applied
 */
gboolean
attest_csv_import_soa (AttestWorkspace  *workspace,
                       const char       *data,
                       gsize             length,
                       GPtrArray       **report,
                       GError          **error)
{
  g_autoptr(AttestCsvAnalysis) analysis = NULL;

  if (attest_workspace_is_read_only (workspace))
    return attest_csv_apply_soa (workspace, NULL, report, error);
  analysis = attest_csv_analyse_soa (data, length, NULL, 0, error);
  return analysis != NULL && attest_csv_apply_soa (workspace, analysis, report, error);
}
