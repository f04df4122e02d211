/* attest-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "attest-catalog.h"
#include "attest-csv.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-evidence.h"
#include "attest-labels.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"

/* RFC 4180 */

static void
append_field (GString    *out,
              const char *field)
{
  gboolean quote = field[0] == ' ' || (*field && field[strlen (field) - 1] == ' ')
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
 * doubled, the row ended by CR LF.
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
 * on import (header names compared without case). */

typedef enum
{
  COL_CONTROL, COL_TITLE, COL_THEME, COL_APPLICABLE, COL_REASONS, COL_JUSTIFICATION,
  COL_STATUS, COL_TARGET, COL_OWNER, COL_HOW, COL_EVIDENCE, COL_REVIEWED, N_COLS
} Column;

static const struct
{
  const char *header;
  const char *aliases;   /* '|'-separated, lower case */
} columns[N_COLS] = {
  [COL_CONTROL] = { N_("Control"), "control|control id|id|annex a|annex a control|reference|ref|no.|number" },
  [COL_TITLE] = { N_("Title"), "title|control title|name" },
  [COL_THEME] = { N_("Theme"), "theme|section|category" },
  [COL_APPLICABLE] = { N_("Applicable"), "applicable|applicability|included|applies" },
  [COL_REASONS] = { N_("Reasons"), "reasons|reason|reasons for inclusion|reason for inclusion" },
  [COL_JUSTIFICATION] = { N_("Justification"), "justification|justification for exclusion|reason for exclusion|justification for inclusion or exclusion" },
  [COL_STATUS] = { N_("Implementation"), "implementation|status|implementation status|implemented" },
  [COL_TARGET] = { N_("Target date"), "target date|due date|target|due" },
  [COL_OWNER] = { N_("Owner"), "owner|control owner|responsible" },
  [COL_HOW] = { N_("How it is implemented"), "how it is implemented|implementation details|implementation notes|notes|description" },
  [COL_EVIDENCE] = { N_("Evidence"), "evidence|evidence references" },
  [COL_REVIEWED] = { N_("Last reviewed"), "last reviewed|reviewed|review date|last review" },
};

static const char * const status_words[] = { "not started", "planned", "partial", "implemented" };
static const char * const reason_words[] = { "legal", "contractual", "business", "best practice" };
static const char * const reason_fields[] = { "reason-legal", "reason-contractual", "reason-business", "reason-best-practice" };

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
  const char *header[N_COLS];

  /* The header is not translated: other tools read it. */
  for (guint c = 0; c < N_COLS; c++)
    header[c] = columns[c].header;
  attest_csv_append_row (out, header, N_COLS);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control = attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));
      g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (workspace, entry);
      g_autoptr(GString) reasons = g_string_new (NULL);
      g_autoptr(GString) refs = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("A.%s", control ? control->number : "?");
      int applicability = attest_record_get_enum (entry, "applicability");
      const char *row[N_COLS];

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

      row[COL_CONTROL] = id;
      row[COL_TITLE] = control ? control->title : "";
      row[COL_THEME] = control ? control->theme : "";
      row[COL_APPLICABLE] = applicability == ATTEST_APPLICABILITY_APPLICABLE ? "yes"
                            : applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE ? "no" : "";
      row[COL_REASONS] = reasons->str;
      row[COL_JUSTIFICATION] = attest_record_get_string (entry, "justification");
      row[COL_STATUS] = status_words[attest_record_get_enum (entry, "status")];
      row[COL_TARGET] = attest_record_get_string (entry, "target-date");
      row[COL_OWNER] = attest_record_get_string (entry, "owner");
      row[COL_HOW] = attest_record_get_string (entry, "implementation");
      row[COL_EVIDENCE] = refs->str;
      row[COL_REVIEWED] = attest_record_get_string (entry, "last-reviewed");
      attest_csv_append_row (out, row, N_COLS);
    }
  return g_string_free (out, FALSE);
}

/* Import */

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
      if (*p == ' ' || *p == '\t' || *p == '_')
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

static int
column_of (const char *header)
{
  g_autofree char *name = normalise (header);

  for (guint c = 0; c < N_COLS; c++)
    {
      g_auto(GStrv) aliases = g_strsplit (columns[c].aliases, "|", -1);

      if (g_strv_contains ((const char * const *) aliases, name))
        return c;
    }
  return -1;
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

/* Reads one row into the plans of the controls it concerns. */
static gboolean
read_row (char        **row,
          guint         line,
          const int    *map,
          guint         n_cells,
          Plan         *plans,
          GHashTable   *index,
          GPtrArray    *report,
          gboolean     *any_2013,
          GError      **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const char *cells[N_COLS] = { 0 };
  g_autofree char *id = NULL;
  const char *number;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  gboolean is_2013 = FALSE;
  int applicability = -1, status = -1;
  gboolean reasons[G_N_ELEMENTS (reason_fields)] = { FALSE };
  gboolean reasons_given = FALSE;

  for (guint i = 0; row[i] != NULL && i < n_cells; i++)
    if (map[i] >= 0)
      cells[map[i]] = row[i];

  id = g_strstrip (g_strdup (cells[COL_CONTROL] ? cells[COL_CONTROL] : ""));
  if (*id == '\0')
    return row_error (error, line, _("the control is empty."));
  number = id;
  if (g_str_has_prefix (number, "iso27001:2022/"))
    number += strlen ("iso27001:2022/");
  if ((number[0] == 'A' || number[0] == 'a') && number[1] == '.')
    number += 2;
  parts = g_strsplit (number, ".", -1);

  if (g_strv_length (parts) == 3)
    {
      const AttestMapping2013 *m = attest_catalog_lookup_2013 (catalog, number);

      if (m == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a control of ISO/IEC 27001:2013."), id);
          return row_error (error, line, message);
        }
      for (guint i = 0; m->ids_2022[i] != NULL; i++)
        g_ptr_array_add (targets, (gpointer) attest_catalog_lookup_control (catalog, m->ids_2022[i]));
      is_2013 = TRUE;
      *any_2013 = TRUE;
    }
  else
    {
      const AttestControl *control = attest_catalog_lookup_control (catalog, number);

      if (control == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a control of ISO/IEC 27001:2022 (such as A.5.1) or 2013 (such as A.9.2.1)."), id);
          return row_error (error, line, message);
        }
      g_ptr_array_add (targets, (gpointer) control);
    }

  if (cells[COL_APPLICABLE] != NULL)
    {
      g_autofree char *value = normalise (cells[COL_APPLICABLE]);
      static const char * const yes[] = { "yes", "y", "true", "x", "1", "applicable", "included", NULL };
      static const char * const no[] = { "no", "n", "false", "0", "not applicable", "n/a", "na", "excluded", NULL };

      if (*value == '\0')
        applicability = ATTEST_APPLICABILITY_UNDECIDED;
      else if (g_strv_contains (yes, value))
        applicability = ATTEST_APPLICABILITY_APPLICABLE;
      else if (g_strv_contains (no, value))
        applicability = ATTEST_APPLICABILITY_NOT_APPLICABLE;
      else
        {
          g_autofree char *message = g_strdup_printf (_("Applicable must be yes, no, true, false, x or empty, not “%s”."),
                                                      cells[COL_APPLICABLE]);
          return row_error (error, line, message);
        }
    }
  if (cells[COL_STATUS] != NULL && !attest_text_is_blank (cells[COL_STATUS]))
    {
      g_autofree char *value = normalise (cells[COL_STATUS]);

      for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
        if (g_str_equal (value, status_words[i]))
          status = i;
      if (g_str_equal (value, "partially implemented") || g_str_equal (value, "in progress"))
        status = ATTEST_IMPLEMENTATION_PARTIAL;
      else if (g_str_equal (value, "done") || g_str_equal (value, "yes"))
        status = ATTEST_IMPLEMENTATION_IMPLEMENTED;
      else if (g_str_equal (value, "no") || g_str_equal (value, "open"))
        status = ATTEST_IMPLEMENTATION_NOT_STARTED;
      if (status < 0)
        {
          g_autofree char *message = g_strdup_printf (_("Implementation must be not started, planned, partial or implemented, not “%s”."),
                                                      cells[COL_STATUS]);
          return row_error (error, line, message);
        }
    }
  if (cells[COL_REASONS] != NULL)
    {
      g_auto(GStrv) words = g_strsplit_set (cells[COL_REASONS], ";,", -1);

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
      g_autofree char *value = dup_trimmed (cells[d == 0 ? COL_TARGET : COL_REVIEWED]);
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
      if (cells[COL_JUSTIFICATION] != NULL)
        add_distinct (&plan->justification, cells[COL_JUSTIFICATION]);
      if (cells[COL_OWNER] != NULL)
        add_distinct (&plan->owner, cells[COL_OWNER]);
      if (cells[COL_HOW] != NULL)
        add_distinct (&plan->how, cells[COL_HOW]);
      keep_earliest (&plan->target, cells[COL_TARGET]);
      keep_earliest (&plan->reviewed, cells[COL_REVIEWED]);
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

typedef struct
{
  Plan      *plans;
  guint      n_plans;
  guint      n_rows;
  gboolean   any_2013;
  GPtrArray *notes;
} SoaPlan;

static void
soa_plan_clear (SoaPlan *plan)
{
  for (guint i = 0; plan->plans != NULL && i < plan->n_plans; i++)
    plan_clear (&plan->plans[i]);
  g_clear_pointer (&plan->plans, g_free);
  g_clear_pointer (&plan->notes, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SoaPlan, soa_plan_clear)

/* Reads and checks the whole file into a plan per control, touching no
 * workspace: a bad file is refused before anything is opened for writing. */
static gboolean
plan_soa (const char  *data,
          gsize        length,
          SoaPlan     *plan,
          GError     **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  guint n_controls;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree int *map = NULL;
  char **header;
  gboolean has_control = FALSE;
  guint n_header;

  plan->notes = g_ptr_array_new_with_free_func (g_free);
  if (length > ATTEST_CSV_MAX_SIZE)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("The file is larger than %u MiB, the most Attest imports."), ATTEST_CSV_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  rows = attest_csv_parse (data, length, &lines, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len == 0)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }

  header = g_ptr_array_index (rows, 0);
  n_header = g_strv_length (header);
  map = g_new (int, n_header);
  for (guint i = 0; i < n_header; i++)
    {
      map[i] = column_of (header[i]);
      for (guint j = 0; j < i && map[i] >= 0; j++)
        if (map[j] == map[i])
          {
            g_autofree char *message = g_strdup_printf (_("the columns “%s” and “%s” both hold %s."),
                                                        header[j], header[i], columns[map[i]].header);
            return row_error (error, g_array_index (lines, guint, 0), message);
          }
      has_control |= map[i] == COL_CONTROL;
      if (map[i] < 0 && !attest_text_is_blank (header[i]))
        g_ptr_array_add (plan->notes, g_strdup_printf (_("The column “%s” was ignored."), header[i]));
    }
  if (!has_control)
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                   _("line 1: no column holds the control; name one “Control” (or “ID”, “Reference”)."));
      return FALSE;
    }

  controls = attest_catalog_get_controls (catalog, &n_controls);
  plan->n_plans = n_controls;
  plan->plans = g_new0 (Plan, n_controls);
  for (guint i = 0; i < n_controls; i++)
    {
      plan->plans[i].applicability = -1;
      plan->plans[i].status = -1;
      g_hash_table_insert (index, controls[i].id, GUINT_TO_POINTER (i + 1));
    }

  for (guint r = 1; r < rows->len; r++)
    if (!read_row (g_ptr_array_index (rows, r), g_array_index (lines, guint, r), map, n_header,
                   plan->plans, index, plan->notes, &plan->any_2013, error))
      return FALSE;
  plan->n_rows = rows->len - 1;
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
  g_auto(SoaPlan) plan = { 0 };

  return plan_soa (data, length, &plan, error);
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
 * Reads a Statement of Applicability from a spreadsheet: a header row names
 * the columns (any order, see README.md); controls are 2022 ids ("5.1",
 * "A.5.1") or 2013 ids ("A.9.2.1"), which are mapped through the catalog,
 * several 2013 controls merging into one 2022 control. All or nothing: the
 * first bad row stops the import with its line number, and the workspace is
 * unchanged.
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
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  guint n_controls, applied = 0;
  g_auto(SoaPlan) soa = { 0 };

  if (attest_workspace_is_read_only (workspace))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_READ_ONLY,
                   _("“%s” is open read-only, so nothing can be imported into it."),
                   attest_workspace_get_display_name (workspace));
      return FALSE;
    }
  if (!plan_soa (data, length, &soa, error))
    return FALSE;

  /* Apply, in one transaction. */
  controls = attest_catalog_get_controls (catalog, &n_controls);
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  for (guint i = 0; i < n_controls; i++)
    {
      Plan *plan = &soa.plans[i];
      AttestRecord *entry;

      if (!plan->seen)
        continue;
      entry = attest_workspace_lookup_soa_entry (workspace, controls[i].id);
      if (entry == NULL)
        continue;
      if (plan->applicability >= 0)
        g_object_set (entry, "applicability", plan->applicability, NULL);
      if (plan->status >= 0)
        g_object_set (entry, "status", plan->status, NULL);
      if (plan->reasons_given)
        for (guint r = 0; r < G_N_ELEMENTS (reason_fields); r++)
          g_object_set (entry, reason_fields[r], plan->reasons[r], NULL);
      if (plan->justification != NULL)
        {
          g_autofree char *text = join (plan->justification);
          g_object_set (entry, "justification", text, NULL);
        }
      if (plan->owner != NULL)
        {
          g_autofree char *text = join (plan->owner);
          g_object_set (entry, "owner", text, NULL);
        }
      if (plan->how != NULL)
        {
          g_autofree char *text = join (plan->how);
          g_object_set (entry, "implementation", text, NULL);
        }
      if (plan->target != NULL)
        g_object_set (entry, "target-date", plan->target, NULL);
      if (plan->reviewed != NULL)
        g_object_set (entry, "last-reviewed", plan->reviewed, NULL);
      applied++;
      if (plan->from_2013 != NULL && plan->from_2013->len > 1)
        {
          g_autoptr(GString) from = g_string_new (NULL);

          for (guint k = 0; k < plan->from_2013->len; k++)
            g_string_append_printf (from, "%s%s", k ? ", " : "", (char *) g_ptr_array_index (plan->from_2013, k));
          g_ptr_array_add (soa.notes, g_strdup_printf (_("A.%s %s: merged from %s."), controls[i].number, controls[i].title, from->str));
        }
    }
  if (!attest_workspace_commit (workspace, error))
    return FALSE;

  if (soa.any_2013)
    for (guint i = 0; i < n_controls; i++)
      if (controls[i].new_in_2022 && !soa.plans[i].seen)
        g_ptr_array_add (soa.notes, g_strdup_printf (_("A.%s %s: new in 2022, not in the file; decide it in Attest."),
                                                     controls[i].number, controls[i].title));
  g_ptr_array_insert (soa.notes, 0, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Read %u row into %u controls.",
                                                                  "Read %u rows into %u controls.", soa.n_rows),
                                                     soa.n_rows, applied));
  if (n_controls > applied)
    g_ptr_array_add (soa.notes, g_strdup_printf (_("%u controls were not in the file and were left as they were."),
                                                 n_controls - applied));
  if (report != NULL)
    *report = g_steal_pointer (&soa.notes);
  return TRUE;
}
