/* attest-audit-pack.c: the whole ISMS as one document, for auditors and
 * top management.
 *
 * In the order an auditor reads it (parts[] below): a cover, the document
 * control and the contents; what the readiness rules find; the core
 * documents read first: the scope (4.3), the risk method (6.1.2, 6.1.3),
 * the Statement of Applicability and the risk treatment plan (8.3); the
 * other clauses in order: context (4.1, 4.2), roles (5.3), the risk
 * assessment's results (8.2); then an appendix for every register: the
 * scope's parts, assets, risks, evidence, and the history chain's head, to check the printed pack
 * against the file. An empty section says so plainly. Risks link to the
 * controls that treat them and the controls back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audit-pack"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "attest-i18n.h"
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "attest-audit-pack.h"
#include "attest-heatmap.h"
#include "attest-metric-chart.h"
#include "attest-process-diagram.h"
#include "attest-processes.h"
#include "attest-reviewing.h"
#include "attest-markdown.h"

static const AttestPackSection sections[] = {
  { ATTEST_PACK_READINESS, "readiness", N_("Readiness summary") },
  { ATTEST_PACK_CONTEXT, "context", N_("Context of the organisation (4)") },
  { ATTEST_PACK_LEADERSHIP, "leadership", N_("Leadership and roles (5)") },
  { ATTEST_PACK_RISK_METHOD, "method", N_("Risk method and treatment (6.1)") },
  { ATTEST_PACK_OBJECTIVES, "objectives", N_("Information security objectives (6.2)") },
  { ATTEST_PACK_CHANGES, "changes", N_("Planned changes to the ISMS (6.3)") },
  { ATTEST_PACK_SUPPORT, "support", N_("Support: resources, competence, awareness, communication (7.1 to 7.4)") },
  { ATTEST_PACK_OPERATION, "operation", N_("Operation: external providers (8.1)") },
  { ATTEST_PACK_RISKS, "risks", N_("Risk assessment: heat maps, assets and risks (8.2)") },
  { ATTEST_PACK_TREATMENT, "treatment", N_("Risk treatment plan and acceptances (8.3)") },
  { ATTEST_PACK_PERFORMANCE, "performance", N_("Performance evaluation: metrics and measurements (9.1)") },
  { ATTEST_PACK_AUDITS, "audits", N_("Internal audit: the programme, the audits and their coverage (9.2)") },
  { ATTEST_PACK_REVIEW, "review", N_("Management review: inputs, decisions and actions (9.3)") },
  { ATTEST_PACK_IMPROVEMENT, "improvement", N_("Improvement: opportunities, nonconformities and corrective actions (10)") },
  { ATTEST_PACK_SOA, "soa", N_("Statement of Applicability") },
  { ATTEST_PACK_HISTORY, "history", N_("Integrity of the history (appendix)") },
};

/**
 * attest_pack_get_sections:
 * @n_sections: (out): how many
 *
 * Returns: (array length=n_sections): the sections the user may choose
 */
const AttestPackSection *
attest_pack_get_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

/**
 * attest_pack_parse_sections:
 * @list: section names separated by commas, or "all"
 * @sections: (out): the sections
 * @error: return location for an error
 *
 * Returns: whether every name is a section; an empty list or an empty name
 *   between commas is refused, not taken as "no section"
 */
gboolean
attest_pack_parse_sections (const char          *list,
                            AttestPackSections  *chosen,
                            GError             **error)
{
  g_auto(GStrv) names = g_strsplit (list, ",", -1);

  *chosen = 0;
  if (names[0] == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("No section is named. Name the sections separated by commas, such as soa,risks, or all."));
      return FALSE;
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      gboolean known = FALSE;

      if (*name == '\0')
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” has an empty section name. Name the sections separated by commas, such as soa,risks, or all."),
                       list);
          return FALSE;
        }
      if (g_str_equal (name, "all"))
        {
          *chosen = ATTEST_PACK_ALL;
          continue;
        }
      for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
        if (g_str_equal (name, sections[s].id))
          {
            *chosen |= sections[s].flag;
            known = TRUE;
          }
      if (!known)
        {
          g_autoptr(GString) ids = g_string_new (NULL);

          for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
            g_string_append_printf (ids, "%s%s", s ? ", " : "", sections[s].id);
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("There is no section “%s”. Choose among: %s, or all."), name, ids->str);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * attest_pack_default_date:
 * @error: return location for an error
 *
 * The reproducible-builds convention: SOURCE_DATE_EPOCH, when set, is the
 * time to print instead of now. Set to anything but a number of seconds
 * since 1970 that makes a date (up to the year 9999), it is refused rather
 * than ignored, so a build that asked for a fixed date never gets today's.
 *
 * Returns: (transfer full) (nullable): the time given by SOURCE_DATE_EPOCH
 *   in UTC, or else now; %NULL with @error set if SOURCE_DATE_EPOCH is not
 *   a time
 */
GDateTime *
attest_pack_default_date (GError **error)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  GDateTime *date = NULL;
  gint64 seconds;

  if (epoch == NULL)
    return g_date_time_new_now_local ();
  if (g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / 2, &seconds, NULL))
    date = g_date_time_new_from_unix_utc (seconds);
  if (date == NULL)
    g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                 _("SOURCE_DATE_EPOCH is “%s”, which is not a time: set it to the seconds since 1970 (such as 1700000000) or unset it."),
                 epoch);
  return date;
}

/* Helpers */

/* For a pack shown or printed from the desktop; attest_audit_pack_export()
 * refuses a SOURCE_DATE_EPOCH that is not a time before it gets here. */
static GDateTime *
pack_date_or_now (void)
{
  GDateTime *date = attest_pack_default_date (NULL);

  return date != NULL ? date : g_date_time_new_now_local ();
}

typedef struct
{
  AttestWorkspace *workspace;
  AttestDocument  *doc;
  AttestRecord    *org;
  AttestRecord    *policy;         /* (nullable) */
  GHashTable      *risk_numbers;   /* risk id -> "R12" */
  GHashTable      *risk_controls;  /* risk id -> GPtrArray of soa-entry ids */
  GHashTable      *control_risks;  /* soa-entry id -> GPtrArray of risk ids */
  gboolean         soa_printed;
  gboolean         risks_printed;
  guint            n_appendices;
  const char      *classification;
  AttestPackSections chosen;
  const char      *day;            /* the pack's date, written out */
  GHashTable      *diffs;          /* document -> Diff, each computed once */
  GPtrArray       *findings;       /* (nullable): the readiness rules', once */
  GHashTable      *record_findings; /* record id -> GPtrArray of AttestFinding */
  const char      *leaders;        /* top management, by role and name */
  const char      *manager;        /* who runs the ISMS, by role and name */
  gboolean         minutes;        /* the management reviews alone (9.3): their minutes */
  AttestRecord    *review;         /* (nullable): with minutes, the one review printed */
} Pack;

typedef struct
{
  GPtrArray *changes;   /* (nullable) */
  GError    *error;     /* (nullable) */
} Diff;

static void
diff_free (Diff *diff)
{
  g_clear_pointer (&diff->changes, g_ptr_array_unref);
  g_clear_error (&diff->error);
  g_free (diff);
}

/* g_set_str() is GLib 2.76. */
static void
set_string (char       **target,
                  const char  *value)
{
  g_free (*target);
  *target = g_strdup (value);
}

static GListModel *
records (Pack  *pack,
         GType  kind)
{
  return attest_workspace_get_records (pack->workspace, kind);
}

static const char *
text_of (AttestRecord *record,
         const char   *field)
{
  const char *text = attest_record_get_string (record, field);

  return text != NULL ? text : "";
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static const char *
choice (AttestRecord *record,
        const char   *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field);

  return attest_enum_get_label (pspec->value_type, attest_record_get_enum (record, field));
}

/* Dates and numbers are written as the pack's language writes them, which
 * need not be the locale's: a German pack from an English desktop has
 * German dates. */

/* A stored time (ISO 8601, UTC) as a reader expects it, its day as the
 * tables write days: "28 Nov 2026 07:29 UTC". */
static char *
moment (const char *stored)
{
  g_autoptr(GDateTime) time = stored && *stored ? g_date_time_new_from_iso8601 (stored, NULL) : NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;

  if (time == NULL)
    return g_strdup (or_dash (stored));
  utc = g_date_time_to_utc (time);
  day = attest_i18n_format_date_short (utc);
  clock = g_date_time_format (utc, "%H:%M");
  /* TRANSLATORS: a time in the pack's tables: %s is the day, as in "28 Nov 2026", %s the time of day, "07:29" */
  return g_strdup_printf (_("%s %s UTC"), day, clock);
}

/* A day as the pack's tables write it, never broken across lines:
 * "28 Nov 2026". */
static char *
day_of (GDateTime *time)
{
  return attest_i18n_format_date_short (time);
}

/* A stored date (2026-11-28) as day_of() writes it; anything else as it is. */
static char *
stored_day (const char *stored)
{
  g_autoptr(GDateTime) time = attest_stored_date_parse (stored);

  return time != NULL ? day_of (time) : g_strdup (or_dash (stored));
}

/* A stored date (2026-11-28) or timestamp as running text writes it: 28
 * November 2026; anything else as it is. */
static char *
written_day (const char *stored)
{
  char *day = attest_i18n_format_stored_date (stored);

  return day != NULL ? day : g_strdup (or_dash (stored));
}

/* A count with its thousands grouped, as the pack's language groups them:
 * 12,345 or 12.345. */
static char *
grouped (gint64 count)
{
  /* TRANSLATORS: what separates thousands in a number, as in "12,345" */
  const char *separator = C_("thousands separator", ",");
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, count < 0 ? -count : count);
  GString *out = g_string_new (count < 0 ? "-" : "");
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* @text with a no-break space after its first word, so that "and 128
 * more" never leaves "and" alone on a line, and the column of risk numbers
 * it ends need not be wider than "and 128". */
static char *
unbroken (const char *text)
{
  const char *space = strchr (text, ' ');

  if (space == NULL)
    return g_strdup (text);
  return g_strdup_printf ("%.*s\u00a0%s", (int) (space - text), text, space + 1);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static const char *
clause_title (const char *number)
{
  guint n;
  const AttestClause *clauses = attest_catalog_get_clauses (attest_catalog_get_default (), &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (clauses[i].number, number))
      return attest_catalog_title (clauses[i].title);
  return number;
}

static void
clause_heading (Pack       *pack,
                guint       level,
                const char *number)
{
  g_autofree char *anchor = g_strdup_printf ("clause-%s", number);

  attest_document_add_heading (pack->doc, level, number, clause_title (number), anchor);
}

static void
empty (Pack       *pack,
       const char *text)
{
  attest_document_add_text (pack->doc, ATTEST_TEXT_NOTE, text);
}

/* "Appendix A: Asset register", lettered in the order printed. */
static void
appendix_heading (Pack       *pack,
                  const char *title,
                  const char *anchor)
{
  g_autofree char *heading = NULL;

  heading = g_strdup_printf (_("Appendix %c: %s"), 'A' + (char) MIN (pack->n_appendices, 25u), title);
  pack->n_appendices++;
  attest_document_add_heading (pack->doc, 1, "", heading, anchor);
}

static const char *
control_label (AttestRecord *entry,
               char         *buffer,
               gsize         size)
{
  const AttestControl *control = attest_catalog_lookup_control (attest_catalog_get_default (),
                                                                text_of (entry, "control-id"));

  g_snprintf (buffer, size, "A.%s", control ? control->number : "?");
  return buffer;
}

static char *
control_anchor (AttestRecord *entry)
{
  char label[32];

  return g_strdup_printf ("soa-%s", control_label (entry, label, sizeof label));
}

static void
add_to_list (GHashTable *table,
             const char *key,
             const char *value)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (table, g_strdup (key), list);
    }
  g_ptr_array_add (list, g_strdup (value));
}

/* Risks and controls by their place in the register and in Annex A: ids
 * to positions, made once. */
static int
compare_in_workspace (gconstpointer a,
                      gconstpointer b,
                      gpointer      positions)
{
  guint pa = GPOINTER_TO_UINT (g_hash_table_lookup (positions, *(const char * const *) a));
  guint pb = GPOINTER_TO_UINT (g_hash_table_lookup (positions, *(const char * const *) b));

  return (pa > pb) - (pa < pb);
}

static void
index_risks (Pack *pack)
{
  GListModel *risks = records (pack, ATTEST_TYPE_RISK);
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (pack->workspace, "risk-control", NULL);

  pack->risk_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pack->risk_controls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  pack->control_risks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      g_hash_table_insert (pack->risk_numbers, g_strdup (attest_record_get_id (risk)), g_strdup_printf ("R%u", i + 1));
    }
  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    {
      add_to_list (pack->risk_controls, g_ptr_array_index (links, i), g_ptr_array_index (links, i + 1));
      add_to_list (pack->control_risks, g_ptr_array_index (links, i + 1), g_ptr_array_index (links, i));
    }
  /* In the order of the register and of Annex A, not of the ids. */
  {
    g_autoptr(GHashTable) positions = g_hash_table_new (g_str_hash, g_str_equal);
    GListModel *entries = records (pack, ATTEST_TYPE_SOA_ENTRY);
    GHashTableIter iter;
    gpointer list;

    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

        g_hash_table_insert (positions, (gpointer) attest_record_get_id (risk), GUINT_TO_POINTER (i + 1));
      }
    for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
      {
        g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

        g_hash_table_insert (positions, (gpointer) attest_record_get_id (entry), GUINT_TO_POINTER (i + 1));
      }
    g_hash_table_iter_init (&iter, pack->risk_controls);
    while (g_hash_table_iter_next (&iter, NULL, &list))
      g_ptr_array_sort_with_data (list, compare_in_workspace, positions);
    g_hash_table_iter_init (&iter, pack->control_risks);
    while (g_hash_table_iter_next (&iter, NULL, &list))
      g_ptr_array_sort_with_data (list, compare_in_workspace, positions);
  }
}

static char *
risk_anchor (Pack       *pack,
             const char *risk_id)
{
  return g_strdup_printf ("risk-%s", (const char *) g_hash_table_lookup (pack->risk_numbers, risk_id));
}

/* A link to a risk's row in the register, when the register is printed. */
static void
link_risk (Pack        *pack,
           AttestTable *table,
           guint        column,
           const char  *risk_id)
{
  const char *number = g_hash_table_lookup (pack->risk_numbers, risk_id);
  g_autofree char *anchor = NULL;

  if (number == NULL)
    return;
  anchor = risk_anchor (pack, risk_id);
  attest_table_add_link (table, column, number, pack->risks_printed ? anchor : NULL);
}

static char *
level_text (Pack         *pack,
            AttestRecord *risk,
            gboolean      residual)
{
  int likelihood, impact, level;

  attest_risk_get_ratings (pack->workspace, risk, residual, &likelihood, &impact);
  level = attest_risk_level (pack->workspace, risk, residual);
  return attest_risk_method_dup_score (attest_risks_get_method (pack->workspace), level, likelihood, impact);
}

/* Where a risk stands now (attest_risk_get_current_ratings()): its target
 * once its treatment is done, its rating before treatment until then. */
static char *
current_level_text (Pack         *pack,
                    AttestRecord *risk)
{
  int likelihood, impact, level;

  attest_risk_get_current_ratings (pack->workspace, risk, &likelihood, &impact);
  level = attest_risk_current_level (pack->workspace, risk);
  return attest_risk_method_dup_score (attest_risks_get_method (pack->workspace), level, likelihood, impact);
}

/* Cover and document control */

/* A stored time as a date a person writes: 3 March 2026 (UTC, so the same
 * pack comes out the same anywhere). */
static char *
written_date (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return time != NULL ? attest_i18n_format_date (time) : g_strdup ("—");
}


/* What changed in a document since @approved, its newest approved version:
 * attest_isms_document_diff(), computed once per pack (the cover, the
 * footer, the change summary and the document's own block all ask). */
static GPtrArray *
document_diff (Pack          *pack,
               const char    *document,
               AttestRecord  *approved,
               GError       **error)
{
  Diff *diff = g_hash_table_lookup (pack->diffs, document);

  if (diff == NULL)
    {
      diff = g_new0 (Diff, 1);
      diff->changes = attest_isms_document_diff (pack->workspace, document, approved, &diff->error);
      g_hash_table_insert (pack->diffs, (gpointer) document, diff);
    }
  if (diff->changes == NULL)
    {
      g_propagate_error (error, g_error_copy (diff->error));
      return NULL;
    }
  return g_ptr_array_ref (diff->changes);
}

/* How many changes a document has had since its last approval: 0 when it
 * is not approved (it is a draft anyway) or as approved; a snapshot that
 * cannot be read counts as one, for what it holds is unknown. */
static guint
pending_changes (Pack       *pack,
                 const char *document)
{
  AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, document);
  g_autoptr(GPtrArray) changes = NULL;

  if (approved == NULL)
    return 0;
  changes = document_diff (pack, document, approved, NULL);
  return changes != NULL ? changes->len : 1;
}

/* The version of a document as a person says it, after the word
 * "Version": "1", or "1.1 (draft: 5 changes awaiting approval)" once it has
 * changed since its approval; a draft is never called approved. */
static char *
version_sentence (AttestRecord *approved,
                  guint         changes)
{
  if (approved == NULL)
    return g_strdup (_("Draft, not yet approved"));
  if (changes > 0)
    /* TRANSLATORS: after "Version": the approved version 1 and a draft of changes to it */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d.1 (draft: %u change awaiting approval)",
                                         "%d.1 (draft: %u changes awaiting approval)", changes),
                            attest_record_get_int (approved, "number"), changes);
  return g_strdup_printf ("%d", attest_record_get_int (approved, "number"));
}

/* A heading of a document changed since its approval says it is a draft. */
static char *
draft_title (Pack       *pack,
             const char *document,
             const char *title)
{
  /* TRANSLATORS: a heading of a document changed since its approval, "Risk treatment plan — draft" */
  return pending_changes (pack, document) > 0 ? g_strdup_printf (_("%s — draft"), title) : g_strdup (title);
}

static gboolean document_printed (Pack *pack, const char *document);

/* The cover says what the pack is, an audit pack of a day, and lists the
 * documents it holds, each approved on its own day or still a draft: the
 * pack itself is not approved as one document. */
static void
add_cover (Pack       *pack,
           const char *date,
           const char *classification)
{
  const double widths[] = { 0.2, 0.38, 0.14, 0.28 };
  const char *headers[] = { _("Identifier"), _("Document"), _("Version"), _("Approved on") };
  const char * const *documents = attest_isms_documents ();
  g_autofree char *what = pack->review != NULL
                          /* TRANSLATORS: what the minutes of one management review are, on their cover: "Minutes of “Management review 2026”" */
                          ? g_strdup_printf (_("Minutes of “%s”"), or_dash (text_of (pack->review, "title")))
                          : pack->minutes
                          /* TRANSLATORS: what the management review minutes are, on their cover: "Management review minutes of 3 December 2026" */
                          ? g_strdup_printf (_("Management review minutes of %s"), date)
                          /* TRANSLATORS: what the pack is, on its cover: "Audit pack of 3 December 2026" */
                          : g_strdup_printf (_("Audit pack of %s"), date);
  AttestTable *table;
  const char *pairs[11];
  guint n = 0;
  guint n_printed = 0;

  pairs[n++] = _("Document");
  pairs[n++] = what;
  pairs[n++] = _("Classification");
  pairs[n++] = or_dash (classification);
  pairs[n++] = _("Prepared by");
  pairs[n++] = or_dash (pack->manager);
  pairs[n++] = _("For");
  pairs[n++] = or_dash (pack->leaders);
  pairs[n] = NULL;

  attest_document_add_space (pack->doc, 120);
  attest_document_add_text (pack->doc, ATTEST_TEXT_TITLE, or_dash (text_of (pack->org, "name")));
  attest_document_add_text (pack->doc, ATTEST_TEXT_SUBTITLE, _("Information Security Management System"));
  if (pack->review != NULL)
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                              _("The minutes of a management review of the ISMS (ISO/IEC 27001:2022, 9.3), as "
                                "recorded in Attest: the inputs it considered, its decisions and the actions it "
                                "decided."));
  else if (pack->minutes)
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                              _("The minutes of the management reviews of the ISMS (ISO/IEC 27001:2022, 9.3), as "
                                "recorded in Attest: the inputs each review considered, its decisions and the "
                                "actions it decided, and the reviews planned."));
  else
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                              _("Audit pack for ISO/IEC 27001:2022: the ISMS as recorded in Attest, clauses 4 to 10 "
                                "and the Statement of Applicability of the Annex A controls, with the registers "
                                "behind them."));
  attest_document_add_space (pack->doc, 30);
  attest_document_add_key_values (pack->doc, pairs);
  /* A pack of sections that hold no document (9.3 alone) lists none, not
   * an empty table. */
  for (guint d = 0; documents[d] != NULL; d++)
    n_printed += document_printed (pack, documents[d]);
  if (n_printed == 0)
    {
      attest_document_add_page_break (pack->doc);
      return;
    }
  attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL,
                            _("The documents this pack holds, each with its own version and approval:"));
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  attest_table_set_nowrap (table, 3, (const guint[]) { 0, 2, 3 });
  for (guint d = 0; documents[d] != NULL; d++)
    {
      AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, documents[d]);
      guint changes = pending_changes (pack, documents[d]);
      g_autofree char *version = NULL;
      g_autofree char *approved_on = NULL;

      if (!document_printed (pack, documents[d]))
        continue;
      if (approved == NULL)
        {
          version = g_strdup ("—");
          approved_on = g_strdup (_("Draft"));
        }
      else if (changes > 0)
        {
          g_autofree char *when = written_day (text_of (approved, "approved-at"));

          /* TRANSLATORS: the version of a document changed since version 1 was approved, on the cover */
          version = g_strdup_printf (_("%d.1 (draft)"), attest_record_get_int (approved, "number"));
          /* TRANSLATORS: on the cover, when the last approved version was: "Version 1: 28 April 2026" */
          approved_on = g_strdup_printf (_("Version %d: %s"), attest_record_get_int (approved, "number"), when);
        }
      else
        {
          version = g_strdup_printf ("%d", attest_record_get_int (approved, "number"));
          approved_on = written_day (text_of (approved, "approved-at"));
        }
      attest_table_add_row (table, (const char * const[]) {
                              attest_isms_document_get_identifier (documents[d]),
                              attest_isms_document_get_title (documents[d]), version, approved_on }, NULL);
    }
  attest_document_add_page_break (pack->doc);
}

/* Where a document's changes since its approval are listed. */
static char *
changes_anchor (const char *document)
{
  /* The SoA's list follows its table, as it always has. */
  if (g_str_equal (document, "soa"))
    return g_strdup ("changes-since-approval");
  return g_strdup_printf ("changes-%s", document);
}

/* Whether the pack prints the section that holds the document. */
static gboolean
document_printed (Pack       *pack,
                  const char *document)
{
  static const struct { const char *document; AttestPackSections section; } holders[] = {
    { "scope", ATTEST_PACK_CONTEXT },
    { "policy", ATTEST_PACK_LEADERSHIP },
    { "risk-method", ATTEST_PACK_RISK_METHOD },
    { "soa", ATTEST_PACK_SOA },
    { "treatment-plan", ATTEST_PACK_TREATMENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (holders); i++)
    if (g_str_equal (holders[i].document, document))
      return (pack->chosen & holders[i].section) != 0;
  return FALSE;
}

/* "3 changes" since the approval, "None" or why they cannot
 * be told; @changes NULL with @error for a damaged snapshot. */
static char *
changes_sentence (GPtrArray *changes,
                  GError    *error,
                  gboolean   draft)
{
  if (changes == NULL)
    return g_strdup (error->message);
  if (changes->len == 0)
    return g_strdup (_("None"));
  if (draft)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change: this is the current draft.",
                                         "%u changes: this is the current draft.", changes->len),
                            changes->len);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", changes->len), changes->len);
}

/* A stored value as the pack prints it: a choice by its label ("In
 * progress", not "in-progress"), a date as the pack's tables write dates
 * (04.01.2027 in German), a list as its items separated by semicolons
 * ("None" when empty), not as JSON. */
static char *
stored_value (AttestRecord *record,
              const char   *field,
              const char   *value)
{
  GParamSpec *pspec = record != NULL && field != NULL
                      ? g_object_class_find_property (G_OBJECT_GET_CLASS (record), field) : NULL;

  const AttestField *date = record != NULL && field != NULL
                            ? attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), field) : NULL;

  if (value == NULL)
    return g_strdup ("—");
  /* A date as the tables around it write dates (04.01.2027 in German). */
  if (date != NULL && (date->flags & ATTEST_FIELD_DATE) != 0)
    return stored_day (value);
  if (date != NULL && (date->flags & ATTEST_FIELD_TIMESTAMP) != 0)
    return moment (value);
  if (pspec != NULL && G_TYPE_IS_ENUM (pspec->value_type))
    {
      GEnumClass *klass = g_type_class_peek (pspec->value_type);
      GEnumValue *found = klass != NULL ? g_enum_get_value_by_nick (klass, value) : NULL;

      if (found != NULL)
        return g_strdup (attest_enum_get_label (pspec->value_type, found->value));
    }
  if (value[0] == '[')
    {
      g_autoptr(JsonNode) node = json_from_string (value, NULL);

      if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          g_autoptr(GString) text = g_string_new (NULL);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *item = json_array_get_element (array, i);

              if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
                return g_strdup (value);
              g_string_append_printf (text, "%s%s", i ? "; " : "", json_node_get_string (item));
            }
          return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup (_("None"));
        }
    }
  return g_strdup (or_dash (value));
}

/* A field as a heading names it: its label without a form's hint on how to
 * write a date ("Due", not "Due (YYYY-MM-DD)", in whatever language the
 * hint is), capitalised. */
static char *
field_title (const char *kind,
             const char *field)
{
  char *title = g_strdup (attest_field_get_label (kind, field));
  GType type = attest_record_kind_lookup (kind);
  AttestRecordClass *klass = type != G_TYPE_INVALID ? g_type_class_peek (type) : NULL;
  const AttestField *spec = klass != NULL ? attest_record_class_find_field (klass, field) : NULL;
  char *hint = strrchr (title, '(');

  if (spec != NULL && (spec->flags & ATTEST_FIELD_DATE) != 0 && hint != NULL && hint > title && hint[-1] == ' '
      && g_str_has_suffix (hint, ")"))
    hint[-1] = '\0';
  if (g_ascii_islower (title[0]))
    title[0] = g_ascii_toupper (title[0]);
  return title;
}

/* What changed in a document other than the SoA (whose list follows its
 * table) since its approval, part by part and field by field. */
/* Of two texts of paragraphs, the paragraphs that differ: what they share
 * at the start and at the end left out (an ellipsis says where). */
static void
changed_paragraphs (const char  *before,
                    const char  *after,
                    char       **before_part,
                    char       **after_part)
{
  g_auto(GStrv) a = g_strsplit (before, "\n\n", -1);
  g_auto(GStrv) b = g_strsplit (after, "\n\n", -1);
  guint na = g_strv_length (a), nb = g_strv_length (b), head = 0, tail = 0;
  char **parts[] = { before_part, after_part };
  GStrv texts[] = { a, b };
  guint lengths[] = { na, nb };

  while (head < na && head < nb && g_str_equal (a[head], b[head]))
    head++;
  while (tail < na - head && tail < nb - head && g_str_equal (a[na - 1 - tail], b[nb - 1 - tail]))
    tail++;
  for (guint t = 0; t < 2; t++)
    {
      GString *part = g_string_new (head > 0 ? "…" : "");

      for (guint i = head; i < lengths[t] - tail; i++)
        g_string_append_printf (part, "%s%s", part->len ? "\n\n" : "", texts[t][i]);
      if (tail > 0)
        g_string_append_printf (part, "%s…", part->len ? "\n\n" : "");
      *parts[t] = g_string_free (part, FALSE);
    }
}

static void
add_document_changes (Pack         *pack,
                      const char   *document,
                      AttestRecord *approved,
                      GPtrArray    *changes)
{
  const double widths[] = { 0.26, 0.18, 0.28, 0.28 };
  const char *headers[] = { _("Part"), _("What"), _("Approved"), _("Now") };
  g_autofree char *anchor = changes_anchor (document);
  g_autofree char *title = g_strdup_printf (_("Changes since version %d was approved"),
                                            attest_record_get_int (approved, "number"));
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", title, anchor);
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  for (guint i = 0; i < changes->len; i++)
    {
      AttestIsmsDocumentChange *change = g_ptr_array_index (changes, i);
      AttestRecord *record = attest_workspace_lookup (pack->workspace, change->key);
      g_autofree char *what = NULL;
      g_autofree char *before = stored_value (record, change->field, change->old_value);
      g_autofree char *after = stored_value (record, change->field, change->new_value);

      /* The policy's text as a reader reads it, and only the paragraphs
       * that changed: not the whole policy twice, in its markers. */
      if (ATTEST_IS_POLICY (record) && g_strcmp0 (change->field, "text") == 0
          && change->old_value != NULL && change->new_value != NULL)
        {
          g_autofree char *plain_before = attest_markdown_to_plain (change->old_value);
          g_autofree char *plain_after = attest_markdown_to_plain (change->new_value);

          g_clear_pointer (&before, g_free);
          g_clear_pointer (&after, g_free);
          changed_paragraphs (plain_before, plain_after, &before, &after);
        }
      if (change->old_value == NULL)
        what = g_strdup (_("Added"));
      else if (change->new_value == NULL)
        what = g_strdup (_("Removed"));
      else if (record != NULL && change->field != NULL)
        what = field_title (attest_record_class_get_kind (ATTEST_RECORD_GET_CLASS (record)), change->field);
      else
        what = g_strdup (or_dash (change->field));
      attest_table_add_row (table, (const char * const[]) { or_dash (change->label), what, before, after }, NULL);
    }
}

/* The control block of one of the documents the pack holds (the scope
 * statement, the risk method, the SoA, the treatment plan): what an auditor
 * looks for at the top of every controlled document, from its approved
 * versions. */
static void
add_document_control (Pack       *pack,
                      const char *document)
{
  AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, document);
  g_autoptr(GPtrArray) versions = attest_isms_document_dup_versions (pack->workspace, document);
  g_autofree char *version = version_sentence (approved, pending_changes (pack, document));
  g_autofree char *approved_on = NULL;
  g_autofree char *next_review = NULL;
  g_autofree char *since = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const char *owner = pack->manager;
  const char *classification = pack->classification;
  const char *pairs[17];
  guint n = 0;

  if (approved != NULL)
    {
      g_autoptr(GError) error = NULL;
      AttestRecord *method = attest_risks_get_method (pack->workspace);
      int months = method != NULL ? attest_record_get_int (method, "review-interval") : 12;
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (text_of (approved, "approved-at"), NULL);
      g_autoptr(GDateTime) next = at != NULL ? g_date_time_add_months (at, months > 0 ? months : 12) : NULL;

      changes = document_diff (pack, document, approved, &error);
      approved_on = written_day (text_of (approved, "approved-at"));
      next_review = next != NULL ? written_date (g_date_time_to_unix (next) * G_USEC_PER_SEC) : g_strdup ("—");
      since = changes_sentence (changes, error, TRUE);
    }

  pairs[n++] = _("Identifier");
  pairs[n++] = attest_isms_document_get_identifier (document);
  pairs[n++] = _("Version");
  pairs[n++] = version;
  /* The policy says who owns it and when it is next reviewed. */
  if (g_str_equal (document, "policy") && pack->policy != NULL)
    {
      if (!attest_text_is_blank (text_of (pack->policy, "owner")))
        owner = text_of (pack->policy, "owner");
      /* A policy handed to interested parties is often public. */
      if (!attest_text_is_blank (text_of (pack->policy, "classification")))
        classification = text_of (pack->policy, "classification");
      if (attest_date_is_valid (text_of (pack->policy, "next-review")))
        {
          g_free (next_review);
          next_review = stored_day (text_of (pack->policy, "next-review"));
        }
    }
  pairs[n++] = _("Owner");
  pairs[n++] = or_dash (owner);
  pairs[n++] = _("Approved by");
  pairs[n++] = approved != NULL ? or_dash (text_of (approved, "approved-by")) : _("Not yet");
  pairs[n++] = _("Approved on");
  pairs[n++] = approved_on != NULL ? approved_on : "—";
  pairs[n++] = _("Next review");
  pairs[n++] = next_review != NULL ? next_review : "—";
  pairs[n++] = _("Classification");
  pairs[n++] = or_dash (classification);
  if (since != NULL)
    {
      pairs[n++] = _("Changes since the approval");
      pairs[n++] = since;
    }
  pairs[n] = NULL;

  attest_document_add_heading (pack->doc, 3, "", _("Document control"), NULL);
  attest_document_add_key_values (pack->doc, pairs);
  if (versions->len == 0)
    attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL, _("Change history: no approved version yet."));
  else
    {
      attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL, _("Change history:"));
      const double widths[] = { 0.12, 0.2, 0.3, 0.38 };
      const char *headers[] = { _("Version"), _("Approved on"), _("Approved by"), _("Note") };
      AttestTable *table = attest_document_add_table (pack->doc, 4, widths, headers);

      for (guint i = 0; i < versions->len; i++)
        {
          AttestRecord *v = g_ptr_array_index (versions, i);
          g_autofree char *number = g_strdup_printf ("%d", attest_record_get_int (v, "number"));
          g_autofree char *when = written_day (text_of (v, "approved-at"));

          attest_table_add_row (table, (const char * const[]) { number, when,
                                                                text_of (v, "approved-by"), text_of (v, "note") }, NULL);
        }
    }
  if (changes != NULL && changes->len > 0 && !g_str_equal (document, "soa"))
    add_document_changes (pack, document, approved, changes);
}

/* The control block of a part of the ISMS that Attest keeps as records,
 * not as an approved document (the context, the parties, the roles, the
 * assessment's results): an identifier to cite, its owner, and that it is
 * printed as it stands on the pack's date. @extra: more keys and values,
 * NULL-terminated, or NULL. */
static void
add_record_control (Pack               *pack,
                    const char         *identifier,
                    const char * const *extra)
{
  g_autofree char *status = g_strdup_printf (_("Records kept in Attest, printed as they stand on %s; not approved as a "
                                               "document of their own."), pack->day);
  const char *pairs[13];
  guint n = 0;

  pairs[n++] = _("Identifier");
  pairs[n++] = identifier;
  pairs[n++] = _("Owner");
  pairs[n++] = or_dash (pack->manager);
  pairs[n++] = _("Status");
  pairs[n++] = status;
  pairs[n++] = _("Classification");
  pairs[n++] = or_dash (pack->classification);
  for (guint i = 0; extra != NULL && extra[i] != NULL && extra[i + 1] != NULL && n + 2 < G_N_ELEMENTS (pairs); i += 2)
    {
      pairs[n++] = extra[i];
      pairs[n++] = extra[i + 1];
    }
  pairs[n] = NULL;
  attest_document_add_heading (pack->doc, 3, "", _("Record control"), NULL);
  attest_document_add_key_values (pack->doc, pairs);
}

static void
add_pack_control (Pack       *pack,
                  const char *date,
                  const char *classification)
{
  AttestStore *store = attest_workspace_get_store (pack->workspace);
  g_autofree char *file = g_path_get_basename (attest_workspace_get_path (pack->workspace));
  g_autofree char *changes = grouped (attest_store_get_history_count (store));
  g_autofree char *target = written_day (text_of (pack->org, "certification-target"));
  const char * const *documents = attest_isms_documents ();
  guint n_documents = g_strv_length ((char **) documents);
  guint n_as_approved = 0;
  g_autofree char *sentence = NULL;
  gboolean all_approved;
  const char *pairs[21];
  guint n = 0;

  /* The pack holds several documents, each with its own version and
   * approval (the cover and the change summary list them): the pack has
   * no one version of its own. */
  for (guint d = 0; documents[d] != NULL; d++)
    if (attest_isms_document_get_approved (pack->workspace, documents[d]) != NULL
        && pending_changes (pack, documents[d]) == 0)
      n_as_approved++;
  all_approved = n_as_approved == n_documents;
  /* TRANSLATORS: the pack's control block, after "Documents": "4 documents, 2 of them approved as they stand; each one's version and approval is in the change summary" */
  sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u document, %u of them approved as it stands; its version and approval are in the change summary",
                                           "%u documents, %u of them approved as they stand; each one's version and approval is in the change summary",
                                           n_documents),
                              n_documents, n_as_approved);
  pairs[n++] = _("Document");
  pairs[n++] = _("ISMS audit pack");
  pairs[n++] = _("Organisation");
  pairs[n++] = or_dash (text_of (pack->org, "name"));
  pairs[n++] = _("Documents");
  pairs[n++] = sentence;
  pairs[n++] = _("Generated on");
  pairs[n++] = date;
  pairs[n++] = _("Classification");
  pairs[n++] = or_dash (classification);
  pairs[n++] = _("Prepared by (runs the ISMS)");
  pairs[n++] = or_dash (pack->manager);
  /* Top management approves each document; until every one is approved as
   * it stands, the pack names who is still to approve. */
  pairs[n++] = all_approved ? _("Approved (top management)") : _("To be approved by (top management)");
  pairs[n++] = or_dash (pack->leaders);
  pairs[n++] = _("Certification target");
  pairs[n++] = target;
  pairs[n++] = _("Workspace file");
  pairs[n++] = file;
  pairs[n++] = _("Changes recorded in the workspace history");
  pairs[n++] = changes;
  g_assert (n < G_N_ELEMENTS (pairs));
  pairs[n] = NULL;

  attest_document_add_heading (pack->doc, 1, "", _("Document control"), "document-control");
  if (pack->minutes)
    {
      /* The minutes hold none of the ISMS's documents: no versions to
       * list, no approval of them awaited. */
      attest_document_add_key_values (pack->doc, (const char * const[]) {
        _("Document"), _("Management review minutes"),
        _("Organisation"), or_dash (text_of (pack->org, "name")),
        _("Generated on"), date,
        _("Classification"), or_dash (classification),
        _("Prepared by (runs the ISMS)"), or_dash (pack->manager),
        /* TRANSLATORS: in the document control of the management review minutes: who top management is */
        _("Top management"), or_dash (pack->leaders),
        _("Workspace file"), file,
        _("Changes recorded in the workspace history"), changes,
        NULL });
      return;
    }
  attest_document_add_key_values (pack->doc, pairs);
  attest_document_add_heading (pack->doc, 2, "", _("Change summary"), "change-summary");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The approved versions of each document this pack holds, and what has changed in each "
                              "since its last approval: the current draft, which this pack prints."));
  {
    const double version_widths[] = { 0.22, 0.08, 0.16, 0.30, 0.24 };
    const char *version_headers[] = { _("Document"), _("Version"), _("Approved on"), _("Approved by"), _("Note") };
    const double since_widths[] = { 0.3, 0.16, 0.44, 0.1 };
    const char *since_headers[] = { _("Document"), _("Approved"), _("Changes since"), _("Page") };
    const char * const *documents = attest_isms_documents ();
    AttestTable *versions_table, *since_table;

    versions_table = attest_document_add_table (pack->doc, 5, version_widths, version_headers);
    attest_table_set_first_line_bold (versions_table, 0);
    attest_table_set_nowrap (versions_table, 2, (const guint[]) { 1, 2 });
    attest_document_add_heading (pack->doc, 3, "", _("Since the last approval"), NULL);
    since_table = attest_document_add_table (pack->doc, 4, since_widths, since_headers);
    attest_table_set_first_line_bold (since_table, 0);
    attest_table_set_nowrap (since_table, 1, (const guint[]) { 3 });
    for (guint d = 0; documents[d] != NULL; d++)
      {
        g_autofree char *name = g_strdup_printf ("%s\n%s", attest_isms_document_get_identifier (documents[d]),
                                                 attest_isms_document_get_title (documents[d]));
        g_autoptr(GPtrArray) versions = attest_isms_document_dup_versions (pack->workspace, documents[d]);
        AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, documents[d]);
        g_autoptr(GPtrArray) changes = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *version = NULL;
        g_autofree char *since = NULL;

        for (guint i = 0; i < versions->len; i++)
          {
            AttestRecord *v = g_ptr_array_index (versions, i);
            g_autofree char *number = g_strdup_printf ("%d", attest_record_get_int (v, "number"));
            g_autofree char *when = written_day (text_of (v, "approved-at"));

            attest_table_add_row (versions_table, (const char * const[]) {
                                    name, number, when, text_of (v, "approved-by"), text_of (v, "note") }, NULL);
          }
        if (versions->len == 0)
          attest_table_add_row (versions_table, (const char * const[]) {
                                  name, "—", _("Not yet approved"), "", "" }, NULL);

        if (approved == NULL)
          {
            attest_table_add_row (since_table, (const char * const[]) {
                                    name, _("Not yet"), _("Draft, not yet approved: the pack prints the draft."), "" }, NULL);
            continue;
          }
        changes = document_diff (pack, documents[d], approved, &error);
        version = g_strdup_printf (_("Version %d"), attest_record_get_int (approved, "number"));
        since = changes_sentence (changes, error, FALSE);
        attest_table_add_row (since_table, (const char * const[]) { name, version, since, "" }, NULL);
        if (changes != NULL && changes->len > 0 && document_printed (pack, documents[d]))
          {
            g_autofree char *anchor = changes_anchor (documents[d]);

            attest_table_set_page_of (since_table, 3, anchor);
          }
      }
  }
}

static void add_scope_register (Pack *pack);
static void add_risk_register (Pack *pack);
static void add_document_register (Pack *pack);
static void add_context_register (Pack *pack);
static void add_processes (Pack *pack);
static char appendix_letter (Pack *pack, void (*add) (Pack *pack));

/* "Appendix A: Scope register", as its heading says it. */
static char *
appendix_title (Pack        *pack,
                void       (*add) (Pack *pack),
                const char  *title)
{
  return g_strdup_printf (_("Appendix %c: %s"), appendix_letter (pack, add), title);
}

/* Readiness */

/* The readiness rules ask what changed in the documents since their
 * approval: the pack's own answer, computed once. */
static GPtrArray *
readiness_diff (const char   *document,
                AttestRecord *version,
                gpointer      user_data)
{
  return document_diff (user_data, document, version, NULL);
}

/* The readiness rules' findings, run once per pack, and by record: the
 * readiness section counts and samples them, the context register marks
 * each under its record. */
static GPtrArray *
pack_findings (Pack *pack)
{
  if (pack->findings != NULL)
    return pack->findings;
  pack->findings = attest_readiness_check_full (pack->workspace, readiness_diff, pack);
  pack->record_findings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < pack->findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (pack->findings, i);
      GPtrArray *list;

      if (finding->record == NULL)
        continue;
      list = g_hash_table_lookup (pack->record_findings, attest_record_get_id (finding->record));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (pack->record_findings, (gpointer) attest_record_get_id (finding->record), list);
        }
      g_ptr_array_add (list, finding);
    }
  return pack->findings;
}

/* "Ransomware\n⚠ …\n⚠ …": a register's cell with the findings about its
 * record, each marked ⚠ under it. */
static char *
with_findings (Pack         *pack,
               const char   *text,
               AttestRecord *record)
{
  GPtrArray *list;
  GString *out = g_string_new (text);

  pack_findings (pack);
  list = g_hash_table_lookup (pack->record_findings, attest_record_get_id (record));
  for (guint i = 0; list != NULL && i < list->len; i++)
    g_string_append_printf (out, "\n⚠ %s", ((AttestFinding *) g_ptr_array_index (list, i))->message);
  return g_string_free (out, FALSE);
}

/* Whether the context register marks @finding under its record: an issue,
 * an interested party or a requirement. */
static gboolean
marked_in_context_register (AttestFinding *finding)
{
  return finding->record != NULL
         && (ATTEST_IS_CONTEXT_ISSUE (finding->record) || ATTEST_IS_INTERESTED_PARTY (finding->record)
             || ATTEST_IS_REQUIREMENT (finding->record));
}

/* The parts of the ISMS whose rules the readiness summary lists apart: the
 * risk work by the setup step a finding names, the rest by the clause of
 * the standard it is under, as the sidebar groups the pages. */
static const struct
{
  const char *steps;    /* space-separated, or NULL */
  int         chapter;  /* the clause's first number, or 0 */
  const char *title;
  gboolean    risks;    /* its findings name risks */
} readiness_groups[] = {
  { "organisation context parties scope", 4, N_("Context and scope (4)"), FALSE },
  { NULL, 5, N_("Leadership (5)"), FALSE },
  { "method", 0, N_("Risk method (6.1.2)"), FALSE },
  { "risks treatment", 0, N_("Risks and their treatment (6.1.2, 6.1.3, 8.2, 8.3)"), TRUE },
  { "soa", 0, N_("Statement of Applicability (6.1.3 d)"), FALSE },
  { NULL, 6, N_("Objectives and planned changes (6.2, 6.3)"), FALSE },
  { NULL, 7, N_("Support and documented information (7)"), FALSE },
  { NULL, 8, N_("Operation (8)"), FALSE },
  { NULL, 9, N_("Performance evaluation (9)"), FALSE },
  { NULL, 10, N_("Improvement (10)"), FALSE },
};

static guint
readiness_group_of (AttestFinding *finding)
{
  int chapter = finding->clause != NULL ? (int) g_ascii_strtoll (finding->clause, NULL, 10) : 0;
  guint by_chapter = G_N_ELEMENTS (readiness_groups) - 1;

  for (guint g = 0; g < G_N_ELEMENTS (readiness_groups); g++)
    {
      g_auto(GStrv) steps = NULL;

      if (readiness_groups[g].chapter == chapter && chapter != 0 && by_chapter == G_N_ELEMENTS (readiness_groups) - 1)
        by_chapter = g;
      if (readiness_groups[g].steps == NULL || finding->step == NULL)
        continue;
      steps = g_strsplit (readiness_groups[g].steps, " ", -1);
      if (g_strv_contains ((const char * const *) steps, finding->step))
        return g;
    }
  return by_chapter;
}

static int
compare_severity (gconstpointer a,
                  gconstpointer b)
{
  const AttestFinding *x = *(AttestFinding * const *) a;
  const AttestFinding *y = *(AttestFinding * const *) b;

  return (x->severity != ATTEST_SEVERITY_BLOCKER) - (y->severity != ATTEST_SEVERITY_BLOCKER);
}

/* "5 blockers and 2 warnings" */
static char *
severity_counts (guint blockers,
                 guint warnings)
{
  g_autofree char *b = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocker", "%u blockers", blockers), blockers);
  g_autofree char *w = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

  /* TRANSLATORS: "5 blockers and 2 warnings" */
  return g_strdup_printf (_("%s and %s"), b, w);
}

/* How many rules fire, how often, on how many records: one row a rule
 * (and severity), blockers first, so that a rule that fires a thousand
 * times reads as one line beside the one that fires once. */
static void
add_rule_counts (Pack      *pack,
                 GPtrArray *all)
{
  g_autoptr(GPtrArray) counts = attest_readiness_summarise (all);
  const double widths[] = { 0.56, 0.14, 0.14, 0.16 };
  const char *headers[] = { _("Rule"), _("Clause"), _("Severity"), _("Records") };
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", _("Findings by rule"), "readiness-rules");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Each rule that finds something, with the number of records it finds it on (a finding "
                              "about the ISMS as a whole counts as one); the parts below show some findings of each "
                              "rule."));
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  attest_table_set_nowrap (table, 2, (const guint[]) { 2, 3 });
  attest_table_set_align_end (table, 3);
  for (guint i = 0; i < counts->len; i++)
    {
      AttestRuleCount *count = g_ptr_array_index (counts, i);
      g_autofree char *n = grouped (count->records);

      attest_table_add_row (table, (const char * const[]) {
                              count->title, count->clauses,
                              count->severity == ATTEST_SEVERITY_BLOCKER ? _("Blocker") : _("Warning"), n }, NULL);
    }
}

/* Only what the rules find: the counts by rule, then for each part of the
 * ISMS a lead-in with its counts and some findings of each rule with their
 * severity and clause; a finding about a risk starts with the risk's
 * number in the register (R11), linked. What is left out is marked in the
 * registers of the appendices where they are printed. The index of
 * mandatory documented information before it says where each item is. */
static void
add_readiness (Pack *pack)
{
  GPtrArray *all = pack_findings (pack);
  const double widths[] = { 0.12, 0.12, 0.76 };
  const char *headers[] = { _("Severity"), _("Clause"), _("What is missing or inconsistent") };
  const double risk_widths[] = { 0.12, 0.12, 0.08, 0.68 };
  const char *risk_headers[] = { _("Severity"), _("Clause"), _("Risk"), _("What is missing or inconsistent") };
  const guint limit = 25;
  guint blockers = attest_readiness_count (all, ATTEST_SEVERITY_BLOCKER);
  guint warnings = attest_readiness_count (all, ATTEST_SEVERITY_WARNING);
  gboolean context_printed = (pack->chosen & ATTEST_PACK_CONTEXT) != 0;

  attest_document_add_heading (pack->doc, 1, "", _("Readiness summary"), "readiness");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("What Attest's readiness rules find still missing or inconsistent when this pack was made. "
                              "An auditor is likely to ask about each of these: a blocker is a gap an auditor would "
                              "raise as a nonconformity, a warning a question they would ask."));
  {
    g_autofree char *counts = severity_counts (blockers, warnings);
    /* TRANSLATORS: "5 blockers and 2 warnings (an auditor would raise a nonconformity on each blocker)." */
    g_autofree char *sentence = g_strdup_printf (_("In all: %s (an auditor would raise a nonconformity on each blocker)."),
                                                 counts);

    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, sentence);
  }
  if (all->len == 0)
    {
      empty (pack, _("The readiness rules find nothing missing."));
      return;
    }
  add_rule_counts (pack, all);
  for (guint g = 0; g < G_N_ELEMENTS (readiness_groups); g++)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new ();
      g_autofree char *counts = NULL;
      g_autofree char *lead = NULL;
      g_autofree gboolean *shown = NULL;
      guint n_shown, hidden_marked = 0;
      AttestTable *table;

      for (guint i = 0; i < all->len; i++)
        if (readiness_group_of (g_ptr_array_index (all, i)) == g)
          g_ptr_array_add (found, g_ptr_array_index (all, i));
      if (found->len == 0)
        continue;
      /* Blockers first, each kind in the rules' order (a stable sort). */
      g_ptr_array_sort (found, compare_severity);
      counts = severity_counts (attest_readiness_count (found, ATTEST_SEVERITY_BLOCKER),
                                attest_readiness_count (found, ATTEST_SEVERITY_WARNING));
      /* TRANSLATORS: "The rules for this part find 1 blocker and 106 warnings." */
      lead = g_strdup_printf (_("The rules for this part find %s."), counts);
      attest_document_add_heading (pack->doc, 3, "", _(readiness_groups[g].title), NULL);
      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, lead);
      /* A finding about a risk names it by its number in the register. */
      if (readiness_groups[g].risks)
        {
          table = attest_document_add_table (pack->doc, 4, risk_widths, risk_headers);
          attest_table_set_nowrap (table, 3, (const guint[]) { 0, 1, 2 });
        }
      else
        {
          table = attest_document_add_table (pack->doc, 3, widths, headers);
          attest_table_set_nowrap (table, 2, (const guint[]) { 0, 1 });
        }
      shown = attest_readiness_sample (found, limit, &n_shown);
      for (guint i = 0; i < found->len; i++)
        {
          AttestFinding *finding = g_ptr_array_index (found, i);
          const char *severity = finding->severity == ATTEST_SEVERITY_BLOCKER ? _("Blocker") : _("Warning");
          const char *number = finding->record != NULL
                               ? g_hash_table_lookup (pack->risk_numbers, attest_record_get_id (finding->record)) : NULL;

          if (!shown[i])
            {
              /* Left out here, marked ⚠ under its record in a register. */
              hidden_marked += (number != NULL && pack->risks_printed)
                               || (context_printed && marked_in_context_register (finding));
              continue;
            }
          if (!readiness_groups[g].risks)
            {
              attest_table_add_row (table, (const char * const[]) { severity, finding->clause, finding->message }, NULL);
              continue;
            }
          /* A finding about no one risk (an owner's approval of the plan)
           * says so in the risk column. */
          attest_table_add_row (table, (const char * const[]) { severity, finding->clause, number != NULL ? "" : "—",
                                                                finding->message }, NULL);
          if (number != NULL)
            {
              g_autofree char *anchor = risk_anchor (pack, attest_record_get_id (finding->record));

              attest_table_add_link (table, 2, number, pack->risks_printed ? anchor : NULL);
            }
        }
      if (found->len > n_shown)
        {
          guint hidden = found->len - n_shown;
          g_autofree char *appendix = readiness_groups[g].risks
                                      ? appendix_title (pack, add_risk_register, _("Risk register"))
                                      : appendix_title (pack, add_context_register, _("Context register"));
          g_autofree char *more = NULL;

          if (hidden_marked == 0)
            more = g_strdup_printf (_("And %u more: “attest-cli check” lists every finding."), hidden);
          else if (hidden_marked == hidden && readiness_groups[g].risks)
            more = g_strdup_printf (_("And %u more, each marked ⚠ under its risk in the Risk column of %s."),
                                    hidden, appendix);
          else if (hidden_marked == hidden)
            more = g_strdup_printf (_("And %u more, each marked ⚠ under its issue, interested party or requirement "
                                      "in %s."), hidden, appendix);
          else if (readiness_groups[g].risks)
            more = g_strdup_printf (_("And %u more: %u of them marked ⚠ under their risk in the Risk column of %s; "
                                      "“attest-cli check” lists every finding."), hidden, hidden_marked, appendix);
          else
            more = g_strdup_printf (_("And %u more: %u of them marked ⚠ under their issue, interested party or "
                                      "requirement in %s; “attest-cli check” lists every finding."),
                                    hidden, hidden_marked, appendix);
          empty (pack, more);
        }
    }
}

/* 4 Context */

/* A row of a section's summary: how many of a kind, and where the register
 * in the appendices lists them, with its page. */
static void
add_count_row (AttestTable *table,
               const char  *what,
               guint        count,
               const char  *listed,
               const char  *anchor)
{
  g_autofree char *n = g_strdup_printf ("%u", count);

  attest_table_add_row (table, (const char * const[]) { what, n, "", "" }, NULL);
  attest_table_add_link (table, 2, listed, anchor);
  attest_table_set_page_of (table, 3, anchor);
}

static AttestTable *
add_count_table (Pack *pack)
{
  const double widths[] = { 0.4, 0.14, 0.34, 0.12 };
  const char *headers[] = { _("Recorded"), _("How many"), _("Listed in"), _("Page") };
  AttestTable *table = attest_document_add_table (pack->doc, 4, widths, headers);

  /* Counts are short: only the page numbers are kept on one line. */
  attest_table_set_nowrap (table, 1, (const guint[]) { 3 });
  return table;
}

/* 4.1 and 4.2 as statements: how many issues, parties and requirements,
 * and where the context register lists them; however many there are, the
 * clauses stay a page or two (as the scope does). */
static void
add_context (Pack *pack)
{
  GListModel *issues = records (pack, ATTEST_TYPE_CONTEXT_ISSUE);
  GListModel *parties = records (pack, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = records (pack, ATTEST_TYPE_REQUIREMENT);
  g_autofree char *listed = appendix_title (pack, add_context_register, _("Context register"));
  guint internal = 0, addressed = 0;
  AttestTable *table;

  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);

      internal += attest_record_get_enum (issue, "origin") == ATTEST_ISSUE_ORIGIN_INTERNAL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);

      addressed += attest_record_get_boolean (requirement, "addressed");
    }

  clause_heading (pack, 1, "4");

  clause_heading (pack, 2, "4.1");
  add_record_control (pack, "ISMS-CONTEXT", NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The internal and external issues that bear on the ISMS, each with its effect on it and "
                              "how it is addressed, are listed in the context register in the appendices."));
  table = add_count_table (pack);
  add_count_row (table, _("Internal issues"), internal, listed, "context-register-issues");
  add_count_row (table, _("External issues"), g_list_model_get_n_items (issues) - internal, listed,
                 "context-register-issues");
  {
    const char *pairs[] = {
      _("Relevance"), choice (pack->org, "climate-relevance"),
      _("Why"), or_dash (text_of (pack->org, "climate-statement")),
      NULL
    };

    attest_document_add_heading (pack->doc, 3, "", _("Climate change"), NULL);
    attest_document_add_key_values (pack->doc, pairs);
  }

  clause_heading (pack, 2, "4.2");
  add_record_control (pack, "ISMS-PARTIES", NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The interested parties, why each matters, and their requirements, each with whether and "
                              "how it is addressed, are listed in the context register in the appendices."));
  table = add_count_table (pack);
  add_count_row (table, _("Interested parties"), g_list_model_get_n_items (parties), listed, "context-register-parties");
  add_count_row (table, _("Their requirements"), g_list_model_get_n_items (requirements), listed,
                 "context-register-requirements");
  add_count_row (table, _("Requirements addressed"), addressed, listed, "context-register-requirements");

  add_processes (pack);
}

static void draw_recording (cairo_t *cr, double width, double height, gpointer data);

#define DIAGRAM_WIDTH      480.0
#define DIAGRAM_MAX_HEIGHT 600.0   /* a page's text, less a heading above */

/* The processes' diagram as the pack prints it: laid out with the pack's
 * fonts for the text width, and shrunk to a page when taller (laid out
 * wider first, so that it still fills the width). */
static cairo_surface_t *
record_process_diagram (AttestWorkspace *workspace,
                        double          *width,
                        double          *height)
{
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new_for_workspace (workspace);
  g_autoptr(PangoFontMap) fontmap = pango_cairo_font_map_new ();
  PangoContext *context;
  double scale = 1.0, laid;
  cairo_rectangle_t extents;
  cairo_surface_t *surface;
  cairo_t *cr;

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (fontmap), 72.0);
  context = pango_font_map_create_context (fontmap);
  laid = attest_process_diagram_layout (diagram, context, DIAGRAM_WIDTH);
  if (laid > DIAGRAM_MAX_HEIGHT)
    {
      scale = DIAGRAM_MAX_HEIGHT / laid;
      laid = attest_process_diagram_layout (diagram, context, DIAGRAM_WIDTH / scale);
      scale = MIN (scale, DIAGRAM_MAX_HEIGHT / laid);
    }
  g_object_unref (context);
  *width = DIAGRAM_WIDTH;
  *height = ceil (laid * scale);
  extents = (cairo_rectangle_t) { 0, 0, *width, *height };
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  attest_process_diagram_draw (diagram, cr);
  cairo_destroy (cr);
  return surface;
}

/* The processes that stand for a part of the scope (a process or service
 * in scope): the process register in the appendices lists them, so that a
 * subsidiary's hundreds do not bury the ISMS's own in 4.4 and 8.1. */
static GHashTable *
scoped_processes (Pack *pack)
{
  g_autoptr(GPtrArray) pairs = attest_workspace_dup_links (pack->workspace, "scope-item-process", NULL);
  GHashTable *scoped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; pairs != NULL && i + 1 < pairs->len; i += 2)
    g_hash_table_add (scoped, g_strdup (g_ptr_array_index (pairs, i + 1)));
  return scoped;
}

/* How often a process runs, and its last and next run, for a table cell. */
static char *
process_runs_text (AttestRecord *process)
{
  g_autofree char *cadence = attest_process_dup_cadence (process);
  g_autofree char *next = attest_process_dup_next_run (process);
  GString *runs = g_string_new (cadence);

  if (*text_of (process, "last-run") != '\0')
    {
      g_autofree char *day = stored_day (text_of (process, "last-run"));

      /* TRANSLATORS: in the pack, the day a process last ran */
      g_string_append_printf (runs, "\n%s %s", _("Last:"), day);
    }
  if (next != NULL)
    {
      g_autofree char *day = stored_day (next);

      /* TRANSLATORS: in the pack, the day a process is next due to run */
      g_string_append_printf (runs, "\n%s %s", _("Next:"), day);
    }
  return g_string_free (runs, FALSE);
}

/* A process's name with what it is for, for a table cell. */
static char *
process_what_text (AttestRecord *process)
{
  if (*text_of (process, "purpose") == '\0')
    return g_strdup (text_of (process, "name"));
  return g_strdup_printf ("%s\n%s", text_of (process, "name"), text_of (process, "purpose"));
}

static void add_process_register (Pack *pack);

/* Where the processes that stand for parts of the scope are listed. */
static void
add_scoped_count (Pack  *pack,
                  guint  n_scoped)
{
  g_autofree char *listed = appendix_title (pack, add_process_register, _("Process register"));
  AttestTable *table = add_count_table (pack);

  add_count_row (table, _("Processes that stand for processes and services in scope"), n_scoped, listed,
                 "appendix-processes");
}

/* Under the diagram, each arrow as words: what each process hands over to
 * and receives from; then the processes no arrow joins, which the diagram
 * leaves out. */
static void
add_flow_table (Pack       *pack,
                GPtrArray  *flows,
                GPtrArray  *alone,
                GHashTable *scoped)
{
  const double widths[] = { 0.3, 0.35, 0.35 };
  const char *headers[] = { _("Process"), _("Hands over to"), _("Receives from") };
  AttestTable *table = attest_document_add_table (pack->doc, 3, widths, headers);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_scoped = 0;

  for (guint i = 0; i < flows->len; i++)
    {
      AttestProcessFlow *flow = g_ptr_array_index (flows, i);

      attest_table_add_row (table, (const char * const[]) { text_of (flow->process, "name"), or_dash (flow->hands_to),
                                                            or_dash (flow->receives_from) }, NULL);
    }
  for (guint i = 0; i < alone->len; i++)
    {
      AttestRecord *process = g_ptr_array_index (alone, i);

      if (g_hash_table_contains (scoped, attest_record_get_id (process)))
        n_scoped++;
      else
        g_string_append_printf (names, "%s%s", names->len ? ", " : "", text_of (process, "name"));
    }
  if (names->len > 0)
    {
      /* TRANSLATORS: in the pack, under the processes' diagram; then their names */
      g_autofree char *text = g_strdup_printf (_("Not drawn, as no hand-over joins them: %s."), names->str);

      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text);
    }
  if (n_scoped > 0)
    {
      g_autofree char *listed = appendix_title (pack, add_process_register, _("Process register"));
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Not drawn: %u process that stands for a part of "
                                                            "the scope and hands over to no other (%s).",
                                                            "Not drawn: %u processes that stand for parts of "
                                                            "the scope and hand over to no other (%s).", n_scoped),
                                               n_scoped, listed);

      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text);
    }
}

/* 4.4: the processes of the ISMS, each with what it is for, its owner, how
 * often it runs and what goes in and comes out; how many stand for parts of
 * the scope, and where they are listed; then the hand-overs, drawn. */
static void
add_processes (Pack *pack)
{
  GListModel *processes = records (pack, ATTEST_TYPE_PROCESS);
  g_autoptr(GHashTable) scoped = scoped_processes (pack);
  const double widths[] = { 0.34, 0.16, 0.18, 0.32 };
  const char *headers[] = { _("Process and what it is for"), _("Owner"), _("Runs"), _("What goes in, what comes out") };
  g_autoptr(GPtrArray) flows = NULL;
  g_autoptr(GPtrArray) alone = NULL;
  AttestTable *table = NULL;
  guint n_scoped = 0;

  clause_heading (pack, 2, "4.4");
  add_record_control (pack, "ISMS-PROCESSES", NULL);
  if (g_list_model_get_n_items (processes) == 0)
    {
      empty (pack, _("No processes of the ISMS are recorded in Attest."));
      return;
    }
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The processes the ISMS needs, then how they interact: each arrow goes from a process "
                              "to one that takes what it produces. The criteria each is run to are under 8.1."));
  attest_document_add_heading (pack->doc, 3, "", _("The processes, what each is for, and how often it runs"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);
      g_autofree char *what = NULL;
      g_autofree char *runs = NULL;
      g_autofree char *flow = NULL;

      if (g_hash_table_contains (scoped, attest_record_get_id (process)))
        {
          n_scoped++;
          continue;
        }
      what = process_what_text (process);
      runs = process_runs_text (process);
      /* TRANSLATORS: in the pack, what goes into a process and what comes out of it */
      flow = g_strdup_printf (_("In: %s\nOut: %s"), or_dash (text_of (process, "inputs")),
                              or_dash (text_of (process, "outputs")));
      if (table == NULL)
        table = attest_document_add_table (pack->doc, 4, widths, headers);
      attest_table_add_row (table, (const char * const[]) { what, or_dash (text_of (process, "owner")), runs, flow },
                            NULL);
    }
  if (n_scoped > 0)
    add_scoped_count (pack, n_scoped);
  /* The hand-overs drawn after the table, which reads first, then in a
   * table that says the same for those who look a line up. */
  attest_document_add_heading (pack->doc, 3, "", _("How the processes hand over to each other"), NULL);
  flows = attest_processes_dup_flows (pack->workspace, &alone);
  if (flows->len == 0)
    {
      empty (pack, _("No process hands over to another yet."));
      return;
    }
  {
    double width, height;
    cairo_surface_t *diagram = record_process_diagram (pack->workspace, &width, &height);
    g_autofree char *sentences = attest_processes_dup_flow_sentences (pack->workspace);
    g_autofree char *alt = g_strdup_printf ("%s %s", _("Diagram of the processes of the ISMS and how they hand over "
                                                       "to each other."), sentences != NULL ? sentences : "");

    attest_document_add_image (pack->doc, width, height, draw_recording, diagram,
                               (GDestroyNotify) cairo_surface_destroy);
    attest_document_set_alt_text (pack->doc, g_strchomp (alt));
  }
  add_flow_table (pack, flows, alone, scoped);
}

/* Appendix: the processes that stand for parts of the scope, each with
 * its owner, how often it runs and its criteria (4.4, 8.1). */
static void
add_process_register (Pack *pack)
{
  GListModel *processes = records (pack, ATTEST_TYPE_PROCESS);
  g_autoptr(GHashTable) scoped = scoped_processes (pack);
  const double widths[] = { 0.3, 0.16, 0.16, 0.38 };
  const char *headers[] = { _("Process and what it is for"), _("Owner"), _("Runs"),
                            _("Criteria it is run to, and how they are checked") };
  AttestTable *table = NULL;

  appendix_heading (pack, _("Process register"), "appendix-processes");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The processes of the ISMS that stand for the processes and services in scope (4.3), "
                              "each with its owner, how often it runs, and the criteria it is run to with how they "
                              "are checked (8.1); the ISMS's own processes are under 4.4 and 8.1."));
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);
      g_autofree char *what = NULL;
      g_autofree char *runs = NULL;
      g_autofree char *criteria = NULL;

      if (!g_hash_table_contains (scoped, attest_record_get_id (process)))
        continue;
      what = process_what_text (process);
      runs = process_runs_text (process);
      criteria = g_strdup_printf ("%s\n%s", or_dash (text_of (process, "criteria")),
                                  or_dash (text_of (process, "criteria-check")));
      if (table == NULL)
        table = attest_document_add_table (pack->doc, 4, widths, headers);
      attest_table_add_row (table, (const char * const[]) { what, or_dash (text_of (process, "owner")), runs,
                                                            criteria }, NULL);
    }
  if (table == NULL)
    empty (pack, _("No process of the ISMS stands for a part of the scope yet."));
}

/* Appendix: the issues (4.1), the interested parties and their
 * requirements by party (4.2). */
static void
add_context_register (Pack *pack)
{
  GListModel *issues = records (pack, ATTEST_TYPE_CONTEXT_ISSUE);
  GListModel *parties = records (pack, ATTEST_TYPE_INTERESTED_PARTY);
  GListModel *requirements = records (pack, ATTEST_TYPE_REQUIREMENT);

  appendix_heading (pack, _("Context register"), "appendix-context");
  {
    GPtrArray *all = pack_findings (pack);
    guint marked = 0;

    for (guint i = 0; i < all->len; i++)
      marked += marked_in_context_register (g_ptr_array_index (all, i));
    if (marked > 0)
      {
        g_autofree char *n = grouped (marked);
        g_autofree char *text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "What the readiness rules find about an issue, an interested party or a "
                                        "requirement is marked ⚠ under it: %s finding in all.",
                                        "What the readiness rules find about an issue, an interested party or a "
                                        "requirement is marked ⚠ under it: %s findings in all.", marked), n);

        attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text);
      }
  }
  attest_document_add_heading (pack->doc, 3, "", _("Internal and external issues (4.1)"), "context-register-issues");
  if (g_list_model_get_n_items (issues) == 0)
    empty (pack, _("No context issues recorded."));
  else
    {
      const double widths[] = { 0.26, 0.1, 0.14, 0.26, 0.24 };
      const char *headers[] = { _("Issue"), _("Origin"), _("Category"), _("Effect on the ISMS"), _("How it is addressed") };
      AttestTable *table = attest_document_add_table (pack->doc, 5, widths, headers);

      attest_table_set_first_line_bold (table, 0);
      for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
        {
          g_autoptr(AttestRecord) issue = g_list_model_get_item (issues, i);
          g_autofree char *described = *text_of (issue, "description")
            ? g_strdup_printf ("%s\n%s", text_of (issue, "title"), text_of (issue, "description"))
            : g_strdup (text_of (issue, "title"));
          g_autofree char *title = with_findings (pack, described, issue);

          attest_table_add_row (table, (const char * const[]) { title, choice (issue, "origin"), choice (issue, "category"),
                                                                text_of (issue, "effect"), text_of (issue, "treatment") }, NULL);
        }
    }
  attest_document_add_heading (pack->doc, 3, "", _("Interested parties (4.2)"), "context-register-parties");
  if (g_list_model_get_n_items (parties) == 0)
    empty (pack, _("No interested parties recorded."));
  else
    {
      const double widths[] = { 0.3, 0.2, 0.5 };
      const char *headers[] = { _("Interested party"), _("Kind"), _("Why it matters") };
      AttestTable *table = attest_document_add_table (pack->doc, 3, widths, headers);

      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(AttestRecord) party = g_list_model_get_item (parties, i);
          g_autofree char *name = with_findings (pack, text_of (party, "name"), party);

          attest_table_add_row (table, (const char * const[]) { name, choice (party, "kind"),
                                                                text_of (party, "relevance") }, NULL);
        }
    }
  attest_document_add_heading (pack->doc, 3, "", _("Their requirements (4.2)"), "context-register-requirements");
  if (g_list_model_get_n_items (requirements) == 0)
    empty (pack, _("No requirements of interested parties recorded."));
  else
    {
      const double widths[] = { 0.44, 0.14, 0.1, 0.32 };
      const char *headers[] = { _("Requirement"), _("Kind"), _("Addressed"), _("How") };
      AttestTable *table = attest_document_add_table (pack->doc, 4, widths, headers);

      g_autoptr(GHashTable) by_party = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                               (GDestroyNotify) g_ptr_array_unref);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();

      attest_table_set_nowrap (table, 1, (const guint[]) { 2 });
      /* Grouped by party, each named once above its requirements, in the
       * order of the parties above; a requirement whose party is gone comes
       * last. */
      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr(AttestRecord) party = g_list_model_get_item (parties, i);

          g_ptr_array_add (order, (gpointer) attest_record_get_id (party));
        }
      g_ptr_array_add (order, (gpointer) "");
      for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
        {
          AttestRecord *requirement = g_list_model_get_item (requirements, i);
          AttestRecord *party = attest_workspace_lookup (pack->workspace, text_of (requirement, "party-id"));
          const char *key = party != NULL ? attest_record_get_id (party) : "";
          GPtrArray *list = g_hash_table_lookup (by_party, key);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (by_party, (gpointer) key, list);
            }
          g_ptr_array_add (list, requirement);
        }
      for (guint p = 0; p < order->len; p++)
        {
          GPtrArray *list = g_hash_table_lookup (by_party, g_ptr_array_index (order, p));
          AttestRecord *party = list != NULL ? attest_workspace_lookup (pack->workspace, g_ptr_array_index (order, p)) : NULL;

          if (list == NULL)
            continue;
          attest_table_add_group (table, party != NULL ? or_dash (text_of (party, "name")) : _("Without an interested party"),
                                  NULL);
          for (guint i = 0; i < list->len; i++)
            {
              AttestRecord *requirement = g_ptr_array_index (list, i);
              g_autofree char *text = with_findings (pack, text_of (requirement, "text"), requirement);

              attest_table_add_row (table, (const char * const[]) {
                                      text,
                                      choice (requirement, "kind"),
                                      yes_no (attest_record_get_boolean (requirement, "addressed")),
                                      text_of (requirement, "how-addressed") }, NULL);
            }
        }
    }

}

/* 4.3, a core document */

/* The parts of the scope, in the order the statement counts them and the
 * register lists them. */
static const struct
{
  AttestScopeItemKind kind;
  const char         *anchor;
  const char         *title;
  const char         *none;
  gboolean            justify;
} scope_groups[] = {
  { ATTEST_SCOPE_ITEM_KIND_UNIT, "scope-register-unit", N_("Organisational units"),
    N_("No organisational units recorded."), FALSE },
  { ATTEST_SCOPE_ITEM_KIND_LOCATION, "scope-register-location", N_("Locations"), N_("No locations recorded."), FALSE },
  { ATTEST_SCOPE_ITEM_KIND_PROCESS, "scope-register-process", N_("Processes and services"),
    N_("No processes or services recorded."), FALSE },
  { ATTEST_SCOPE_ITEM_KIND_SYSTEM, "scope-register-system", N_("Information systems"),
    N_("No information systems recorded."), FALSE },
  { ATTEST_SCOPE_ITEM_KIND_EXCLUSION, "scope-register-exclusion", N_("Exclusions"),
    N_("Nothing is excluded from the scope."), TRUE },
  { ATTEST_SCOPE_ITEM_KIND_INTERFACE, "scope-register-interface", N_("Interfaces and dependencies"),
    N_("No interfaces or dependencies recorded."), FALSE },
};

/* The statement as written, then how many parts of each kind the scope
 * has, each with where the scope register lists them: however many there
 * are, the statement stays a page or two, and the core documents after it
 * come early. */
static void
add_scope (Pack *pack)
{
  GListModel *items = records (pack, ATTEST_TYPE_SCOPE_ITEM);
  AttestRecord *scope = attest_workspace_get_singleton (pack->workspace, ATTEST_TYPE_SCOPE);
  guint counts[G_N_ELEMENTS (scope_groups)] = { 0 };
  g_autofree char *listed = appendix_title (pack, add_scope_register, _("Scope register"));
  const double widths[] = { 0.34, 0.1, 0.44, 0.12 };
  const char *headers[] = { _("Part of the scope"), _("Entries"), _("Listed in"), _("Page") };
  AttestTable *table;

  clause_heading (pack, 1, "4.3");
  add_document_control (pack, "scope");
  attest_document_add_heading (pack->doc, 3, "", _("Scope statement"), NULL);
  if (scope == NULL || *text_of (scope, "statement") == '\0')
    empty (pack, _("No scope statement written."));
  else
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text_of (scope, "statement"));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);
      int kind = attest_record_get_enum (item, "kind");

      for (guint g = 0; g < G_N_ELEMENTS (scope_groups); g++)
        if ((int) scope_groups[g].kind == kind)
          counts[g]++;
    }
  attest_document_add_heading (pack->doc, 3, "", _("Boundaries and interfaces"), NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The organisational units, locations, processes and services and information systems "
                              "in scope, what is excluded and why, and the interfaces and dependencies with what lies "
                              "outside it are recorded part by part; the scope register in the appendices lists each "
                              "with its description, or its justification for an exclusion."));
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  /* Counts are short: only the page numbers are kept on one line. */
  attest_table_set_nowrap (table, 1, (const guint[]) { 3 });
  for (guint g = 0; g < G_N_ELEMENTS (scope_groups); g++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[g]);

      attest_table_add_row (table, (const char * const[]) { _(scope_groups[g].title), count, "", "" }, NULL);
      attest_table_add_link (table, 2, listed, scope_groups[g].anchor);
      attest_table_set_page_of (table, 3, scope_groups[g].anchor);
    }
}

/* Appendix: every part of the scope, by kind. */
static void
add_scope_register (Pack *pack)
{
  GListModel *items = records (pack, ATTEST_TYPE_SCOPE_ITEM);

  appendix_heading (pack, _("Scope register"), "appendix-scope");
  for (guint g = 0; g < G_N_ELEMENTS (scope_groups); g++)
    {
      const double widths[] = { 0.35, 0.65 };
      const char *headers[] = { _("Name"), scope_groups[g].justify ? _("Justification") : _("Description") };
      AttestTable *table = NULL;

      attest_document_add_heading (pack->doc, 3, "", _(scope_groups[g].title), scope_groups[g].anchor);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(AttestRecord) item = g_list_model_get_item (items, i);

          if (attest_record_get_enum (item, "kind") != (int) scope_groups[g].kind)
            continue;
          if (table == NULL)
            table = attest_document_add_table (pack->doc, 2, widths, headers);
          attest_table_add_row (table, (const char * const[]) {
                                  text_of (item, "name"),
                                  text_of (item, scope_groups[g].justify ? "justification" : "description") }, NULL);
        }
      if (table == NULL)
        empty (pack, _(scope_groups[g].none));
    }
}

/* 5 Leadership */

/* Who owns what, by clause: the matrix of attest_responsibility_dup_matrix(),
 * the same the Roles page shows, derived from the owners the records name. */
static void
add_responsibilities (Pack *pack)
{
  g_autoptr(GPtrArray) matrix = attest_responsibility_dup_matrix (pack->workspace);
  const AttestResponsibilityColumn *columns;
  guint n_columns;
  g_autofree double *widths = NULL;
  g_autofree const char **headers = NULL;
  g_autoptr(GString) legend = g_string_new (NULL);
  AttestTable *table;

  columns = attest_responsibility_get_columns (&n_columns);
  attest_document_add_heading (pack->doc, 3, "", _("Who owns what, by clause"), NULL);
  if (matrix->len == 0)
    {
      empty (pack, _("No record names a person or role of the ISMS as its owner."));
      return;
    }
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *title = attest_responsibility_dup_column_title (c);

      g_string_append_printf (legend, "%s%s", c ? "; " : "", title);
    }
  {
    /* TRANSLATORS: under "Who owns what, by clause" in the pack; %s lists
     * the columns: "4.4 Processes; 5.2 Policies; …" */
    g_autofree char *intro = g_strdup_printf (_("How many records each role and person owns, as the records name "
                                                "their owners: %s."), legend->str);

    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, intro);
  }
  widths = g_new (double, n_columns + 2);
  headers = g_new0 (const char *, n_columns + 2);
  widths[0] = 0.28;
  headers[0] = _("Role or person");
  for (guint c = 0; c <= n_columns; c++)
    {
      widths[c + 1] = 0.72 / (n_columns + 1);
      headers[c + 1] = c < n_columns ? columns[c].clause : _("All");
    }
  table = attest_document_add_table (pack->doc, n_columns + 2, widths, (const char * const *) headers);
  for (guint c = 1; c < n_columns + 2; c++)
    attest_table_set_align_end (table, c);
  for (guint r = 0; r < matrix->len; r++)
    {
      AttestResponsibility *row = g_ptr_array_index (matrix, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, attest_party_dup_label (row->party));
      for (guint c = 0; c <= n_columns; c++)
        {
          guint count = c < n_columns ? row->counts[c] : row->total;

          g_ptr_array_add (cells, count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("–"));
        }
      g_ptr_array_add (cells, NULL);
      attest_table_add_row (table, (const char * const *) cells->pdata, NULL);
    }
}

/* Strings in the order a reader looks for them: names by the alphabet,
 * numbers by their value (A.7.2 before A.7.10). */
static int
compare_numbered (gconstpointer a,
                  gconstpointer b)
{
  g_autofree char *x = g_utf8_collate_key_for_filename (*(const char * const *) a, -1);
  g_autofree char *y = g_utf8_collate_key_for_filename (*(const char * const *) b, -1);

  return strcmp (x, y);
}

/* The records of @ids as the pack names them, joined: a control by its
 * number ("A.5.23, A.8.13"), a document by its identifier, else its
 * title. */
static char *
joined_labels (Pack      *pack,
               GPtrArray *ids)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; ids != NULL && k < ids->len; k++)
    {
      AttestRecord *record = attest_workspace_lookup (pack->workspace, g_ptr_array_index (ids, k));
      char buffer[32];

      if (record == NULL)
        continue;
      if (ATTEST_IS_SOA_ENTRY (record))
        g_ptr_array_add (labels, g_strdup (control_label (record, buffer, sizeof buffer)));
      else if (attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (record), "identifier") != NULL
               && !attest_text_is_blank (text_of (record, "identifier")))
        g_ptr_array_add (labels, g_strdup (text_of (record, "identifier")));
      else
        g_ptr_array_add (labels, g_strdup (text_of (record, "title")));
    }
  /* In the order of their numbers: A.7.2 before A.7.10. */
  g_ptr_array_sort (labels, compare_numbered);
  for (guint k = 0; k < labels->len; k++)
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", (const char *) g_ptr_array_index (labels, k));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A block's emphasis as the document's spans. */
static GArray *
text_spans (const AttestMarkdownBlock *block)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (AttestTextSpan));

  for (guint k = 0; block->spans != NULL && k < block->spans->len; k++)
    {
      const AttestMarkdownSpan *span = &g_array_index (block->spans, AttestMarkdownSpan, k);
      AttestTextSpan text_span = { span->start, span->end,
                                   ((span->emphasis & ATTEST_MARKDOWN_BOLD) ? ATTEST_EMPHASIS_BOLD : 0)
                                   | ((span->emphasis & ATTEST_MARKDOWN_ITALIC) ? ATTEST_EMPHASIS_ITALIC : 0) };

      g_array_append_val (spans, text_span);
    }
  return spans;
}

/* The policy's text, typeset from the Markdown subset it is written in:
 * its headings as the pack's lowest headings (they stay with what follows
 * them, and out of the contents), its paragraphs and lists with their
 * emphasis. */
static void
add_markdown (Pack       *pack,
              const char *source)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse (source);

  for (guint i = 0; i < blocks->len;)
    {
      const AttestMarkdownBlock *block = g_ptr_array_index (blocks, i);
      AttestMarkdownKind kind = block->kind;

      if (kind == ATTEST_MARKDOWN_BULLET || kind == ATTEST_MARKDOWN_NUMBERED)
        {
          g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
          g_autoptr(GPtrArray) texts = g_ptr_array_new ();
          g_autoptr(GPtrArray) item_spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
          g_autoptr(GArray) n_spans = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autofree const AttestTextSpan **span_arrays = NULL;

          /* One list: the items of one kind that follow each other. */
          for (; i < blocks->len && ((AttestMarkdownBlock *) g_ptr_array_index (blocks, i))->kind == kind; i++)
            {
              const AttestMarkdownBlock *item = g_ptr_array_index (blocks, i);
              GArray *these = text_spans (item);

              g_ptr_array_add (labels, kind == ATTEST_MARKDOWN_NUMBERED ? g_strdup_printf ("%u.", item->level)
                                                                        : g_strdup ("•"));
              g_ptr_array_add (texts, item->text);
              g_array_append_val (n_spans, these->len);
              g_ptr_array_add (item_spans, these);
            }
          span_arrays = g_new0 (const AttestTextSpan *, texts->len);
          for (guint k = 0; k < texts->len; k++)
            span_arrays[k] = (const AttestTextSpan *) ((GArray *) g_ptr_array_index (item_spans, k))->data;
          attest_document_add_list (pack->doc, texts->len, (const char * const *) labels->pdata,
                                    (const char * const *) texts->pdata, span_arrays, (const guint *) n_spans->data);
          continue;
        }
      if (kind == ATTEST_MARKDOWN_HEADING)
        attest_document_add_heading (pack->doc, 3, "", block->text, NULL);
      else
        {
          g_autoptr(GArray) spans = text_spans (block);

          attest_document_add_rich_text (pack->doc, ATTEST_TEXT_BODY, block->text,
                                         (const AttestTextSpan *) spans->data, spans->len);
        }
      i++;
    }
}

/* The information security policy (5.2), a core document: its control
 * block, its text as approved or as the draft says, how it was made known
 * and how interested parties can have it, then the topic-specific policies
 * and the controls that ask for each. */
static void
add_policy (Pack *pack)
{
  GListModel *topics = records (pack, ATTEST_TYPE_TOPIC_POLICY);
  const char *text = pack->policy != NULL ? text_of (pack->policy, "text") : "";
  const double widths[] = { 0.3, 0.16, 0.09, 0.13, 0.13, 0.19 };
  const char *headers[] = { _("Topic-specific policy"), _("Owner"), _("Version"), _("Approved on"), _("Next review"),
                            _("Controls that ask for it") };
  /* Named as the index and the cover name it, not by the clause's short
   * title. */
  g_autofree char *heading = draft_title (pack, "policy", attest_isms_document_get_title ("policy"));
  AttestTable *table;

  attest_document_add_heading (pack->doc, 1, "5.2", heading, "clause-5.2");
  add_document_control (pack, "policy");
  if (attest_text_is_blank (text))
    empty (pack, _("No information security policy is written in Attest."));
  else
    add_markdown (pack, text);

  if (pack->policy != NULL)
    {
      g_autofree char *made_known_on = stored_day (text_of (pack->policy, "communicated-on"));
      const char *available = attest_record_get_boolean (pack->policy, "available-to-parties") ? _("Yes") : _("No");
      const char *pairs[] = {
        _("Made known to"), or_dash (text_of (pack->policy, "communicated-to")),
        _("How"), or_dash (text_of (pack->policy, "communicated-how")),
        _("On"), or_dash (made_known_on),
        _("Available to interested parties"), available,
        _("How they can have it"), or_dash (text_of (pack->policy, "available-how")),
        NULL
      };

      attest_document_add_heading (pack->doc, 3, "", _("Communication and availability"), NULL);
      attest_document_add_key_values (pack->doc, pairs);
    }

  attest_document_add_heading (pack->doc, 3, "", _("Topic-specific policies, and the controls that ask for them"), NULL);
  if (g_list_model_get_n_items (topics) == 0)
    {
      empty (pack, _("No topic-specific policies are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, 6, widths, headers);
  attest_table_set_nowrap (table, 2, (const guint[]) { 3, 4 });
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(AttestRecord) topic = g_list_model_get_item (topics, i);
      g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (pack->workspace, "topic-policy-control", topic,
                                                                       NULL);
      g_autofree char *control_text = joined_labels (pack, controls);
      g_autofree char *approved = stored_day (text_of (topic, "approved-on"));
      g_autofree char *review = stored_day (text_of (topic, "next-review"));
      g_autoptr(GString) what = g_string_new (text_of (topic, "title"));

      if (!attest_text_is_blank (text_of (topic, "location")))
        /* TRANSLATORS: under a topic-specific policy in the pack: where the document is kept */
        g_string_append_printf (what, "\n%s %s", _("Kept in:"), text_of (topic, "location"));
      attest_table_add_row (table, (const char * const[]) { what->str, or_dash (text_of (topic, "owner")),
                                                            or_dash (text_of (topic, "version")), or_dash (approved),
                                                            or_dash (review), or_dash (control_text) }, NULL);
    }
}

/* Leadership and commitment (5.1): each thing top management is to show
 * for the ISMS, with what shows it, when, and the documents that hold it;
 * "no evidence recorded" where there is none. */
static void
add_commitments (Pack *pack)
{
  GListModel *commitments = records (pack, ATTEST_TYPE_COMMITMENT);
  g_autoptr(GEnumClass) items = g_type_class_ref (ATTEST_TYPE_COMMITMENT_ITEM);
  const double widths[] = { 0.32, 0.5, 0.18 };
  const char *headers[] = { _("What top management shows"), _("What shows it"), _("Shown on") };
  AttestTable *table;

  clause_heading (pack, 2, "5.1");
  table = attest_document_add_table (pack->doc, 3, widths, headers);
  for (guint v = 0; v < items->n_values; v++)
    {
      g_autoptr(GString) evidence = g_string_new (NULL);
      g_autoptr(GString) when = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (commitments); i++)
        {
          g_autoptr(AttestRecord) commitment = g_list_model_get_item (commitments, i);
          g_autoptr(GPtrArray) documents = NULL;
          g_autofree char *document_ids = NULL;
          g_autofree char *day = NULL;

          if (attest_record_get_enum (commitment, "item") != items->values[v].value)
            continue;
          documents = attest_workspace_dup_links_from (pack->workspace, "commitment-document", commitment, NULL);
          document_ids = joined_labels (pack, documents);
          day = stored_day (text_of (commitment, "shown-on"));
          g_string_append_printf (evidence, "%s%s", evidence->len ? "\n" : "", text_of (commitment, "evidence"));
          if (*document_ids != '\0')
            {
              /* TRANSLATORS: after evidence of leadership in the pack: the documents that hold it */
              g_autofree char *held = g_strdup_printf (_("(in %s)"), document_ids);

              g_string_append_printf (evidence, " %s", held);
            }
          g_string_append_printf (when, "%s%s", when->len ? "\n" : "", day);
        }
      attest_table_add_row (table, (const char * const[]) {
                              attest_enum_get_label (ATTEST_TYPE_COMMITMENT_ITEM, items->values[v].value),
                              evidence->len ? evidence->str : _("No evidence recorded."), or_dash (when->str) },
                            NULL);
    }
}

/* The roles of the ISMS as recorded (5.3): each with the duties the
 * standard gives by name, its responsibilities and authorities, who holds
 * it, and how and when it was made known. */
static void
add_role_records (Pack *pack)
{
  GListModel *roles = records (pack, ATTEST_TYPE_ROLE);
  const double widths[] = { 0.5, 0.25, 0.25 };
  const char *headers[] = { _("Role, its responsibilities and authorities"), _("Held by"), _("Made known") };
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", _("Roles"), NULL);
  if (g_list_model_get_n_items (roles) == 0)
    {
      empty (pack, _("No roles of the ISMS are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, 3, widths, headers);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);
      g_autoptr(GPtrArray) people = attest_workspace_dup_links_from (pack->workspace, "role-person", role, NULL);
      g_autoptr(GString) what = g_string_new (text_of (role, "title"));
      g_autoptr(GString) holders = g_string_new (NULL);
      g_autoptr(GString) known = g_string_new (text_of (role, "communicated"));
      const char *authorities = text_of (role, "authorities");

      if (attest_record_get_boolean (role, "top-management"))
        g_string_append_printf (what, "\n%s", _("Part of top management."));
      if (attest_record_get_boolean (role, "conformity"))
        g_string_append_printf (what, "\n%s", _("Makes sure the ISMS conforms to ISO/IEC 27001."));
      if (attest_record_get_boolean (role, "reporting"))
        g_string_append_printf (what, "\n%s", _("Reports on the ISMS's performance to top management."));
      g_string_append_printf (what, "\n%s", text_of (role, "responsibilities"));
      if (!attest_text_is_blank (authorities))
        /* TRANSLATORS: under a role in the pack: what the role may decide */
        g_string_append_printf (what, "\n%s %s", _("Authorities:"), authorities);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (guint k = 0; people != NULL && k < people->len; k++)
        {
          AttestRecord *person = attest_workspace_lookup (pack->workspace, g_ptr_array_index (people, k));
          const char *position;

          if (person == NULL)
            continue;
          position = text_of (person, "position");
          g_ptr_array_add (names, attest_text_is_blank (position)
                                  ? g_strdup (text_of (person, "name"))
                                  /* TRANSLATORS: a person who holds a role, and their position */
                                  : g_strdup_printf (_("%s, %s"), text_of (person, "name"), position));
        }
      /* By name, as a reader looks for one. */
      g_ptr_array_sort (names, compare_numbered);
      for (guint k = 0; k < names->len; k++)
        g_string_append_printf (holders, "%s%s", k ? "\n" : "", (const char *) g_ptr_array_index (names, k));
      if (attest_date_is_valid (text_of (role, "communicated-on")))
        {
          g_autofree char *day = stored_day (text_of (role, "communicated-on"));

          /* TRANSLATORS: in the pack, the day a role was made known */
          g_autofree char *on = g_strdup_printf (_("On %s"), day);

          g_string_append_printf (known, "%s%s", known->len ? "\n" : "", on);
        }
      attest_table_add_row (table, (const char * const[]) { what->str, or_dash (holders->str),
                                                            or_dash (known->str) }, NULL);
    }
}

static void
add_leadership (Pack *pack)
{
  g_autofree char *locations = g_strjoinv ("; ", (char **) attest_record_get_strv (pack->org, "locations"));
  const char *pairs[] = {
    _("Organisation"), or_dash (text_of (pack->org, "name")),
    _("Sector"), or_dash (text_of (pack->org, "sector")),
    _("Size"), or_dash (text_of (pack->org, "size")),
    _("Headquarters"), or_dash (text_of (pack->org, "headquarters")),
    _("Other locations"), or_dash (locations),
    _("Top management (leads the ISMS, approves its main decisions)"), or_dash (pack->leaders),
    _("Runs the ISMS day to day"), or_dash (pack->manager),
    NULL
  };

  clause_heading (pack, 1, "5");
  add_commitments (pack);
  clause_heading (pack, 2, "5.3");
  add_record_control (pack, "ISMS-ROLES", NULL);
  attest_document_add_key_values (pack->doc, pairs);
  add_role_records (pack);
  add_responsibilities (pack);
}

/* 6.1 The risk method */

static void
draw_caption (cairo_t    *cr,
              const char *text,
              double      x,
              double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans Bold 9");

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, 0);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

#define HEAT_WIDTH  480.0
#define HEAT_HEIGHT 200.0
#define MATRIX_WIDTH  380.0
#define MATRIX_HEIGHT 220.0

/* Both heat maps side by side, the same drawing as on screen, recorded
 * when the pack is built: the document then holds no reference to the
 * workspace, and can be written in another thread while the user edits. */
static cairo_surface_t *
record_heat_maps (AttestWorkspace *workspace)
{
  cairo_rectangle_t extents = { 0, 0, HEAT_WIDTH, HEAT_HEIGHT };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (surface);
  double half = (HEAT_WIDTH - 24) / 2;

  for (guint residual = 0; residual < 2; residual++)
    {
      double x = residual ? half + 24 : 0;

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_caption (cr, residual ? _("After planned treatment (target)") : _("Before treatment (inherent)"), x, half);
      cairo_save (cr);
      cairo_translate (cr, x, 18);
      cairo_set_source_rgb (cr, 0, 0, 0);
      attest_heatmap_draw (cr, workspace, residual, half, HEAT_HEIGHT - 18, 0, 0);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
  return surface;
}

static void
draw_recording (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  data)
{
  cairo_set_source_surface (cr, data, 0, 0);
  cairo_paint (cr);
}

/* The matrix in words, for readers who cannot see it. */
static char *
matrix_alt_text (AttestRecord *method,
                 guint         n_likelihood,
                 guint         n_impact)
{
  GString *out = g_string_new (_("Risk matrix, the level for each likelihood and impact."));

  for (guint l = n_likelihood; l >= 1; l--)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, _("Likelihood %u:"), l);
      for (guint i = 1; i <= n_impact; i++)
        g_string_append_printf (out, " %s%s", attest_risk_method_level_name (method, attest_risk_method_level (method, l, i)),
                                i < n_impact ? "," : ".");
    }
  return g_string_free (out, FALSE);
}

/* The heat maps in words, as a reader who cannot see them would have them
 * told: how many risks, how many at each level (the highest first), and
 * where the most of them stand. */
static char *
heat_alt_text (AttestWorkspace *workspace)
{
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  guint n_risks = g_list_model_get_n_items (risks);
  guint n_levels = method != NULL ? g_strv_length ((char **) attest_record_get_strv (method, "levels")) : 0;
  GString *out = g_string_new (NULL);

  for (guint residual = 0; residual < 2; residual++)
    {
      g_autofree guint *per_level = g_new0 (guint, n_levels + 1);   /* the last: not rated */
      g_autoptr(GString) levels = g_string_new (NULL);

      for (guint i = 0; i < n_risks; i++)
        {
          g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
          int level = attest_risk_level (workspace, risk, residual);

          per_level[level >= 0 && (guint) level < n_levels ? (guint) level : n_levels]++;
        }
      for (guint k = n_levels; k-- > 0;)
        if (per_level[k] > 0)
          {
            g_autofree char *n = grouped (per_level[k]);
            /* TRANSLATORS: how many risks stand at a level of the risk
             * method, its thousands grouped, "2 High", "1,204 Medium" */
            g_autofree char *count = g_strdup_printf (_("%s %s"), n, attest_risk_method_level_name (method, k));

            g_string_append_printf (levels, "%s%s", levels->len ? ", " : "", count);
          }
      if (per_level[n_levels] > 0)
        {
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not rated", "%u not rated",
                                                                 per_level[n_levels]), per_level[n_levels]);

          g_string_append_printf (levels, "%s%s", levels->len ? ", " : "", count);
        }
      if (residual)
        g_string_append_c (out, ' ');
      if (n_risks == 0)
        g_string_append (out, residual ? _("Heat map after planned treatment (target): no risks.")
                                       : _("Heat map before treatment (inherent): no risks."));
      else
        {
          g_autofree char *n_text = grouped (n_risks);

          /* TRANSLATORS: the first %s is a count of risks, its thousands
           * grouped, "5,000"; the second the levels */
          if (residual)
            g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Heat map after planned treatment (target): %s risk; %s.",
                                                      "Heat map after planned treatment (target): %s risks; %s.", n_risks),
                                    n_text, levels->str);
          else
            g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Heat map before treatment (inherent): %s risk; %s.",
                                                      "Heat map before treatment (inherent): %s risks; %s.", n_risks),
                                    n_text, levels->str);
        }
    }
  return g_string_free (out, FALSE);
}

static void
add_scale (Pack       *pack,
           const char *title,
           const char *names_field,
           const char *descriptions_field)
{
  AttestRecord *method = attest_risks_get_method (pack->workspace);
  const char * const *names = attest_record_get_strv (method, names_field);
  const char * const *descriptions = attest_record_get_strv (method, descriptions_field);
  guint n_descriptions = g_strv_length ((char **) descriptions);
  const double widths[] = { 0.1, 0.3, 0.6 };
  const char *headers[] = { _("Step"), _("Name"), _("What it means") };
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", title, NULL);
  table = attest_document_add_table (pack->doc, 3, widths, headers);
  attest_table_set_nowrap (table, 1, (const guint[]) { 0 });
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *step = g_strdup_printf ("%u", i + 1);

      attest_table_add_row (table, (const char * const[]) { step, names[i], i < n_descriptions ? descriptions[i] : "" }, NULL);
    }
}

static void
add_method (Pack *pack)
{
  AttestRecord *method = attest_risks_get_method (pack->workspace);
  const char * const *levels;
  guint n_likelihood, n_impact, n_levels;
  int acceptance, computation;
  g_autofree char *prose = NULL;

  clause_heading (pack, 1, "6");
  clause_heading (pack, 2, "6.1.2");
  add_document_control (pack, "risk-method");
  if (method == NULL)
    {
      empty (pack, _("No risk method recorded."));
      return;
    }
  levels = attest_record_get_strv (method, "levels");
  n_levels = g_strv_length ((char **) levels);
  n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  n_impact = attest_record_get_strv_length (method, "impact-scale");
  computation = attest_record_get_enum (method, "computation");
  prose = g_strdup_printf (_("Each risk is rated for how likely it is, on a scale of %u steps, and for the harm it "
                             "would do, on a scale of %u steps. %s Risk levels are computed from the ratings "
                             "whenever they are needed, so every risk is always rated by the method printed here."),
                           n_likelihood, n_impact,
                           computation == ATTEST_RISK_COMPUTATION_MATRIX
                             ? _("The risk level of each pair of ratings is set in the matrix below.")
                             : computation == ATTEST_RISK_COMPUTATION_SUM
                               ? _("The score is likelihood plus impact; each level below covers the scores in its range.")
                               : _("The score is likelihood times impact; each level below covers the scores in its range."));
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, prose);
  attest_document_add_heading (pack->doc, 3, "", _("How risks are identified"), NULL);
  if (attest_text_is_blank (text_of (method, "identification")))
    empty (pack, _("The method does not say yet how risks are identified."));
  else
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text_of (method, "identification"));
  add_scale (pack, _("Likelihood"), "likelihood-scale", "likelihood-descriptions");
  add_scale (pack, _("Impact"), "impact-scale", "impact-descriptions");

  attest_document_add_heading (pack->doc, 3, "", _("Risk levels"), NULL);
  {
    const double widths[] = { 0.1, 0.3, 0.6 };
    const char *headers[] = { _("Rank"), _("Level"), computation == ATTEST_RISK_COMPUTATION_MATRIX ? _("Colour") : _("Scores") };
    AttestTable *table = attest_document_add_table (pack->doc, 3, widths, headers);
    const char * const *colours = attest_record_get_strv (method, "level-colours");
    int lowest = computation == ATTEST_RISK_COMPUTATION_SUM ? 2 : 1;

    attest_table_set_nowrap (table, 1, (const guint[]) { 0 });
    for (guint k = 0; k < n_levels; k++)
      {
        g_autofree char *rank = g_strdup_printf ("%u", k + 1);
        g_autofree char *range = NULL;
        const char * const *thresholds = attest_record_get_strv (method, "thresholds");
        guint n_thresholds = g_strv_length ((char **) thresholds);

        if (computation == ATTEST_RISK_COMPUTATION_MATRIX)
          range = g_strdup (k < g_strv_length ((char **) colours) ? colours[k] : "");
        else if (k + 1 < n_levels && k < n_thresholds)
          range = g_strdup_printf (_("%d to %s"), k == 0 ? lowest : atoi (thresholds[k - 1]) + 1, thresholds[k]);
        else if (k > 0 && k - 1 < n_thresholds)
          range = g_strdup_printf (_("%d and above"), atoi (thresholds[k - 1]) + 1);
        else
          range = g_strdup ("");
        attest_table_add_row (table, (const char * const[]) { rank, levels[k], range }, NULL);
      }
  }

  attest_document_add_heading (pack->doc, 3, "", _("Risk matrix"), NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL,
                            _("The level of each pair of ratings: likelihood upwards, impact to the right, as in the heat maps."));
  if (n_likelihood >= 1 && n_impact >= 1)
    {
      cairo_rectangle_t extents = { 0, 0, MATRIX_WIDTH, MATRIX_HEIGHT };
      cairo_surface_t *matrix = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_t *cr = cairo_create (matrix);
      g_autofree char *alt = matrix_alt_text (method, n_likelihood, n_impact);

      /* In the method's colours, the level named in each cell. */
      cairo_set_source_rgb (cr, 0, 0, 0);
      attest_heatmap_draw_levels (cr, pack->workspace, MATRIX_WIDTH, MATRIX_HEIGHT);
      cairo_destroy (cr);
      attest_document_add_image (pack->doc, MATRIX_WIDTH, MATRIX_HEIGHT, draw_recording, matrix,
                                 (GDestroyNotify) cairo_surface_destroy);
      attest_document_set_alt_text (pack->doc, alt);
    }

  attest_document_add_heading (pack->doc, 3, "", _("Risk acceptance criteria and reassessment"), NULL);
  g_object_get (method, "acceptance-level", &acceptance, NULL);
  {
    int escalation = attest_record_get_int (method, "escalation-level");
    guint n_levels = attest_record_get_strv_length (method, "levels");
    const char *acceptable = attest_risk_method_level_name (method, acceptance);
    /* The acceptance level has one meaning: acceptable as it is. */
    g_autofree char *criteria = g_strdup_printf (_("A risk whose level is “%s” or lower is acceptable as it is. A risk above "
                                                   "it is treated (its likelihood or impact reduced, the activity avoided, or "
                                                   "the risk shared) until its residual level is “%s” or lower, or its owner "
                                                   "accepts the residual risk explicitly; each decision is recorded with who, "
                                                   "when and a snapshot of the risk."),
                                                 acceptable, acceptable);
    g_autofree char *escalated = NULL;
    g_autofree char *accept = NULL;

    if (escalation > acceptance && (guint) escalation < n_levels && !attest_text_is_blank (text_of (method, "escalation-authority")))
      escalated = (guint) escalation + 1 == n_levels
        /* TRANSLATORS: the method's escalation level is its highest: "A residual risk at “Critical” is
         * accepted only with the decision of the authority above its owner: Top management. …" */
        ? g_strdup_printf (_("A residual risk at “%s” is accepted only with the decision of the authority above its "
                             "owner: %s. The owner's decision names it."),
                           attest_risk_method_level_name (method, escalation), text_of (method, "escalation-authority"))
        : g_strdup_printf (_("A residual risk at “%s” or higher is accepted only with the decision of the authority "
                             "above its owner: %s. The owner's decision names it."),
                           attest_risk_method_level_name (method, escalation), text_of (method, "escalation-authority"));
    accept = escalated != NULL ? g_strconcat (criteria, " ", escalated, NULL) : g_steal_pointer (&criteria);
    g_autofree char *repeat = *text_of (method, "review-triggers")
      ? g_strdup_printf (_("Risk assessments are repeated every %d months, and also on these occasions: %s"),
                         attest_record_get_int (method, "review-interval"), text_of (method, "review-triggers"))
      : g_strdup_printf (_("Risk assessments are repeated every %d months."), attest_record_get_int (method, "review-interval"));

    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, accept);
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, repeat);
  }

  clause_heading (pack, 2, "6.1.3");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The risk treatment process is part of the risk method (ISMS-RISK-METHOD): its document "
                              "control, under 6.1.2 above, covers 6.1.2 and 6.1.3."));
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Each risk above the acceptance level has a treatment option and the Annex A controls that "
                              "treat it; the Statement of Applicability names, in each control's justification, the risks "
                              "it treats. The treatment plan (8.3) lists the "
                              "actions with their owners and dates; the risk owners' decisions on residual risk follow it."));
}

/* 8.2 and 8.3 */

static void
add_risk_results (Pack *pack)
{
  guint n_risks = g_list_model_get_n_items (records (pack, ATTEST_TYPE_RISK));
  g_autofree char *where = NULL;

  /* 8 Operation heads whichever part of it comes first. */
  if ((pack->chosen & ATTEST_PACK_OPERATION) == 0)
    clause_heading (pack, 1, "8");
  clause_heading (pack, 2, "8.2");
  {
    GListModel *risks = records (pack, ATTEST_TYPE_RISK);
    g_autofree char *first = NULL, *last = NULL, *assessed = NULL, *when = NULL;
    gint64 oldest = G_MAXINT64, newest = G_MININT64;

    /* When the risks were last assessed (the span of their records' last
     * changes, not the pack's date), and when they are next reviewed (the
     * span of their review dates: 8.2 asks for planned intervals). */
    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
        const char *date = text_of (risk, "review-date");
        gint64 modified = attest_record_get_modified (risk);

        oldest = MIN (oldest, modified);
        newest = MAX (newest, modified);
        if (*date == '\0')
          continue;
        if (first == NULL || strcmp (date, first) < 0)
          set_string (&first, date);
        if (last == NULL || strcmp (date, last) > 0)
          set_string (&last, date);
      }
    if (n_risks > 0)
      {
        g_autofree char *from = written_date (oldest), *to = written_date (newest);

        /* TRANSLATORS: completes "The risks as last assessed %s": a date */
        when = g_str_equal (from, to) ? g_strdup_printf (_("on %s"), from)
          /* TRANSLATORS: completes "The risks as last assessed %s": two dates */
          : g_strdup_printf (_("between %s and %s"), from, to);
      }
    if (when == NULL)
      assessed = g_strdup (_("No risk is assessed yet."));
    else if (first == NULL)
      /* TRANSLATORS: %s is "on 3 March 2026" or "between 3 March 2026 and 5 May 2026" */
      assessed = g_strdup_printf (_("The risks as last assessed %s; no risk has a date for its next review."), when);
    else
      {
        /* Written out, as the dates of running text are. */
        g_autofree char *first_day = written_day (first), *last_day = written_day (last);

        if (g_str_equal (first, last))
          /* TRANSLATORS: the first %s is "on 3 March 2026" or "between 3 March 2026 and 5 May 2026" */
          assessed = g_strdup_printf (_("The risks as last assessed %s; every risk is due for review on %s."), when,
                                      first_day);
        else
          /* TRANSLATORS: the first %s is "on 3 March 2026" or "between 3 March 2026 and 5 May 2026" */
          assessed = g_strdup_printf (_("The risks as last assessed %s; they are due for review between %s and %s."),
                                      when, first_day, last_day);
      }
    add_record_control (pack, "ISMS-RA-RESULTS", (const char * const[]) { _("Assessed"), assessed, NULL });
  }
  attest_document_add_heading (pack->doc, 3, "", _("Heat maps"), NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL,
                            _("How many risks have each pair of ratings, before treatment and at the target the planned "
                              "treatment sets, in the colour of the level the method gives. A risk reaches its target once "
                              "every action for it is done; until then it stands where it was before treatment, and "
                              "acceptance is judged on where it stands now (8.3)."));
  attest_document_add_image (pack->doc, HEAT_WIDTH, HEAT_HEIGHT, draw_recording, record_heat_maps (pack->workspace),
                             (GDestroyNotify) cairo_surface_destroy);
  {
    g_autofree char *alt = heat_alt_text (pack->workspace);

    attest_document_set_alt_text (pack->doc, alt);
  }
  g_autofree char *n_text = grouped (n_risks);

  /* TRANSLATORS: %s is a count of risks, its thousands grouped, "5,000" */
  where = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The risk assessment has %s risk; the risk register in the appendices lists it "
                                        "with its owner, its level before treatment, its target after treatment and where "
                                        "it stands now, its treatment and controls, and the assets.",
                                        "The risk assessment has %s risks; the risk register in the appendices lists them "
                                        "with their owners, their levels before treatment, their targets after treatment and "
                                        "where they stand now, their treatment and controls, and the assets.", n_risks),
                           n_text);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, where);
}

/* Appendices: the registers */

/* A document's title in the register, with a line under it that says
 * its classification and what it serves: the clauses of the mandatory
 * documented information and the Annex A controls it is linked to. */
static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  g_autofree char *ka = g_utf8_collate_key_for_filename (*(const char * const *) a, -1);
  g_autofree char *kb = g_utf8_collate_key_for_filename (*(const char * const *) b, -1);

  return strcmp (ka, kb);
}

static char *
document_register_title (Pack         *pack,
                         AttestRecord *document)
{
  GString *text = g_string_new (or_dash (text_of (document, "title")));
  g_autoptr(GString) serves = g_string_new (NULL);
  g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (pack->workspace, "document-control", document, NULL);
  g_auto(GStrv) items = NULL;

  g_object_get (document, "mandatory-items", &items, NULL);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const AttestMandatoryItem *item = attest_mandatory_item_lookup (g_strstrip (items[i]));

      /* "7.5.1 b" stays on one line. */
      if (item != NULL)
        {
          g_autoptr(GString) clause = g_string_new (item->clause);

          g_string_replace (clause, " ", "\u00a0", 0);
          g_string_append_printf (serves, "%s%s", serves->len ? ", " : "", clause->str);
        }
    }
  for (guint i = 0; controls != NULL && i < controls->len; i++)
    {
      AttestRecord *entry = attest_workspace_lookup (pack->workspace, g_ptr_array_index (controls, i));
      char label[32];

      /* Replaced by its label, in the order of Annex A. */
      g_free (g_ptr_array_index (controls, i));
      controls->pdata[i] = g_strdup (entry != NULL ? control_label (entry, label, sizeof label) : "");
    }
  if (controls != NULL)
    g_ptr_array_sort (controls, compare_labels);
  for (guint i = 0; controls != NULL && i < controls->len; i++)
    if (*(const char *) g_ptr_array_index (controls, i) != '\0')
      g_string_append_printf (serves, "%s%s", serves->len ? ", " : "", (const char *) g_ptr_array_index (controls, i));
  /* Translators: under a document's title in the document register:
   * its classification, e.g. "Confidential". */
  g_string_append_printf (text, "\n%s", *text_of (document, "classification") != '\0'
                                        ? text_of (document, "classification") : _("Not classified"));
  if (serves->len > 0)
    /* Translators: after the classification in the document register:
     * the clauses and controls a document serves, e.g. "5.2, A.5.1". */
    g_string_append_printf (text, _(" · serves %s"), serves->str);
  return g_string_free (text, FALSE);
}

/* The audit pack's own row: the packs written before this one, the last
 * few by number, day and head. */
static void
add_pack_versions (Pack        *pack,
                   AttestTable *table)
{
  const guint shown = 5;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = attest_isms_document_dup_pack_versions (pack->workspace, &error);
  g_autoptr(GString) lines = g_string_new (NULL);

  if (versions == NULL)
    g_string_append (lines, error->message);
  else if (versions->len > 0)
    /* The versions are the packs before this one, not this pack. */
    g_string_append (lines, _("Packs written before this one:"));
  if (versions != NULL && versions->len > shown)
    {
      g_string_append_c (lines, '\n');
      g_string_append_printf (lines, g_dngettext (GETTEXT_PACKAGE, "%u earlier version", "%u earlier versions",
                                                  versions->len - shown), versions->len - shown);
    }
  for (guint v = versions != NULL && versions->len > shown ? versions->len - shown : 0;
       versions != NULL && v < versions->len; v++)
    {
      g_autofree char *text = attest_isms_document_dup_pack_version_text (v + 1, g_ptr_array_index (versions, v));

      g_string_append_printf (lines, "%s%s", lines->len ? "\n" : "", text);
    }
  attest_table_add_row (table, (const char * const[]) {
                          ATTEST_PACK_IDENTIFIER, attest_isms_document_get_pack_title (),
                          lines->len ? lines->str : _("None written before this one"),
                          /* This pack's own head is printed only with the history. */
                          (pack->chosen & ATTEST_PACK_HISTORY) != 0
                          ? _("This pack: written from the workspace, not approved; the head it was made from is "
                              "under Integrity of the history")
                          : _("This pack: written from the workspace, not approved") }, NULL);
}

/* 7.5: the documents Attest itself keeps and prints in this pack, each
 * with every approved version and whether it changed since the last. */
static void
add_attest_documents (Pack *pack)
{
  const double widths[] = { 0.16, 0.3, 0.32, 0.22 };
  const char *headers[] = { _("Identifier"), _("Title"), _("Approved versions"), _("Since the last approval") };
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", _("Documents Attest keeps"), NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The documents Attest holds and prints in this pack, each with the versions approved so "
                              "far; each opens with its document control block. Last, the audit pack itself, with the "
                              "versions written before this one: each printed the head of the history it was made "
                              "from, as this one does under Integrity of the history."));
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  attest_table_set_nowrap (table, 1, (const guint[]) { 0 });
  for (const char * const *document = attest_isms_documents (); *document != NULL; document++)
    {
      g_autoptr(GPtrArray) versions = attest_isms_document_dup_versions (pack->workspace, *document);
      AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, *document);
      g_autoptr(GString) lines = g_string_new (NULL);
      g_autofree char *since = NULL;

      for (guint v = 0; versions != NULL && v < versions->len; v++)
        {
          AttestRecord *version = g_ptr_array_index (versions, v);
          g_autofree char *day = stored_day (text_of (version, "approved-at"));

          /* TRANSLATORS: in the pack, one approved version of a document: its number, day and who approved it */
          g_string_append_printf (lines, _("%s%d: %s, %s"), lines->len ? "\n" : "",
                                  attest_record_get_int (version, "number"), day, text_of (version, "approved-by"));
        }
      if (approved == NULL)
        since = g_strdup (_("Draft, not approved yet"));
      else
        {
          g_autoptr(GPtrArray) changes = attest_isms_document_diff (pack->workspace, *document, approved, NULL);

          since = changes == NULL ? g_strdup (_("Not known: its approved snapshot cannot be read"))
                  : changes->len == 0 ? g_strdup (_("No changes"))
                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change, not approved yet",
                                                  "%u changes, not approved yet", changes->len), changes->len);
        }
      attest_table_add_row (table, (const char * const[]) {
                              attest_isms_document_get_identifier (*document),
                              attest_isms_document_get_title (*document),
                              lines->len ? lines->str : _("None yet"), since }, NULL);
    }
  add_pack_versions (pack, table);
}

static void
add_document_register (Pack *pack)
{
  GListModel *documents = records (pack, ATTEST_TYPE_DOCUMENT_ENTRY);
  const double widths[] = { 0.12, 0.28, 0.06, 0.15, 0.15, 0.1, 0.14 };
  const char *headers[] = { _("Identifier"), _("Title"), _("Version"), _("Owner"), _("Approved"), _("Next review"),
                            _("Where it is kept") };
  AttestTable *table;

  appendix_heading (pack, _("Document register"), "appendix-documents");
  add_attest_documents (pack);
  attest_document_add_heading (pack->doc, 3, "", _("Documents kept outside Attest"), NULL);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("The documented information kept outside Attest, each document with its version, owner, "
                              "approval and where it is kept; the index of mandatory documented information cites "
                              "them by identifier."));
  if (g_list_model_get_n_items (documents) == 0)
    {
      empty (pack, _("No documents recorded in the register."));
      return;
    }
  table = attest_document_add_table (pack->doc, 7, widths, headers);
  attest_table_set_first_line_bold (table, 1);
  attest_table_set_nowrap (table, 3, (const guint[]) { 0, 2, 5 });
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);
      g_autofree char *approved_on = stored_day (text_of (document, "approved-on"));
      g_autofree char *next_review = stored_day (text_of (document, "next-review"));
      g_autofree char *approved = *text_of (document, "approved-by") != '\0' || *text_of (document, "approved-on") != '\0'
                                  ? g_strdup_printf (_("%s\non %s"), or_dash (text_of (document, "approved-by")),
                                                     approved_on)
                                  : g_strdup (_("Not yet"));
      g_autofree char *anchor = g_strdup_printf ("document-%s", attest_record_get_id (document));
      g_autofree char *title = document_register_title (pack, document);
      g_autoptr(GString) kept = g_string_new (text_of (document, "location"));

      if (!attest_text_is_blank (text_of (document, "retention")))
        /* TRANSLATORS: in the pack's document register, under where a
         * document is kept: how long (its retention) */
        g_string_append_printf (kept, "%s%s %s", kept->len ? "\n" : "", _("Kept for:"),
                                text_of (document, "retention"));
      attest_table_add_row (table, (const char * const[]) {
                              or_dash (text_of (document, "identifier")), title,
                              or_dash (text_of (document, "version")), or_dash (text_of (document, "owner")),
                              approved, next_review, or_dash (kept->str) }, anchor);
    }
}

static void
add_assets (Pack *pack)
{
  GListModel *assets = records (pack, ATTEST_TYPE_ASSET);

  appendix_heading (pack, _("Asset register"), "appendix-assets");
  if (g_list_model_get_n_items (assets) == 0)
    empty (pack, _("No assets recorded."));
  else
    {
      const double widths[] = { 0.25, 0.12, 0.18, 0.15, 0.15, 0.15 };
      const char *headers[] = { _("Asset"), _("Kind"), _("Owner"), _("Confidentiality"), _("Integrity"), _("Availability") };
      AttestTable *table = attest_document_add_table (pack->doc, 6, widths, headers);

      attest_table_set_nowrap (table, 3, (const guint[]) { 3, 4, 5 });
      for (guint i = 0; i < g_list_model_get_n_items (assets); i++)
        {
          g_autoptr(AttestRecord) asset = g_list_model_get_item (assets, i);
          g_auto(GStrv) scale = attest_risks_dup_scale (pack->workspace, asset, "confidentiality");
          guint n = scale ? g_strv_length (scale) : 0;
          const char *values[3];
          static const char * const fields[] = { "confidentiality", "integrity", "availability" };

          for (guint f = 0; f < 3; f++)
            {
              int value = attest_record_get_int (asset, fields[f]);

              values[f] = value > 0 && (guint) value < n ? scale[value] : "—";
            }
          attest_table_add_row (table, (const char * const[]) { text_of (asset, "name"), choice (asset, "kind"),
                                                                text_of (asset, "owner"), values[0], values[1], values[2] }, NULL);
        }
    }

}

/* A finding under its risk's title says what is wrong without naming the
 * risk again: "The residual risk …", not "Cloud outage: the residual risk …". */
static char *
finding_about (const char *title,
               const char *message)
{
  gsize length = strlen (title);
  const char *rest = message;

  if (length > 0 && strncmp (message, title, length) == 0 && strncmp (message + length, ": ", 2) == 0)
    rest = message + length + 2;
  if (rest != message && *rest != '\0')
    {
      gunichar first = g_utf8_get_char (rest);
      char upper[8] = { 0 };

      g_unichar_to_utf8 (g_unichar_totitle (first), upper);
      return g_strconcat (upper, g_utf8_next_char (rest), NULL);
    }
  return g_strdup (message);
}

static void
add_risk_register (Pack *pack)
{
  GListModel *risks = records (pack, ATTEST_TYPE_RISK);

  appendix_heading (pack, _("Risk register"), "appendix-risks");
  if (g_list_model_get_n_items (risks) == 0)
    {
      empty (pack, _("No risks recorded."));
      return;
    }
  {
    /* The assets a risk concerns and when it was last assessed go under its
     * title, the owner's decision under the treatment: columns of their own
     * would leave the title too little room beside the three levels. */
    /* The three levels share a column, one line each: three columns of
     * their own left the title a third of the page, and long words in it
     * broken. */
    const double widths[] = { 0.06, 0.36, 0.15, 0.2, 0.14, 0.09 };
    const char *headers[] = { _("No."), _("Risk"), C_("risk", "Owner"), _("Level: before treatment, target, now"),
                              _("Treatment and decision"), _("Controls") };
    AttestTable *table = attest_document_add_table (pack->doc, 6, widths, headers);
    g_autoptr(GPtrArray) links = attest_workspace_dup_links (pack->workspace, "risk-asset", NULL);
    g_autoptr(GHashTable) assets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);

    /* The assets each risk concerns, in the order they were linked. */
    for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
      add_to_list (assets, g_ptr_array_index (links, i), g_ptr_array_index (links, i + 1));
    attest_table_set_first_line_bold (table, 1);
    attest_table_set_nowrap (table, 2, (const guint[]) { 0, 3 });
    /* Owners, a role and a name, on two lines: up to a quarter of the
     * page, taken from the risk's title, which has room to spare. At its
     * share of 0.15 the column was narrower than a role and a name on two
     * lines ("Deputy managing director (Tom Okafor)" took four). */
    attest_table_set_two_lines (table, 2, 0.24);
    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
        const char *id = attest_record_get_id (risk);
        g_autofree char *anchor = risk_anchor (pack, id);
        g_autofree char *level = level_text (pack, risk, FALSE);
        g_autofree char *residual = level_text (pack, risk, TRUE);
        g_autofree char *now = current_level_text (pack, risk);
        AttestRecord *acceptance = attest_risk_get_acceptance (pack->workspace, risk);
        g_autoptr(GPtrArray) findings = attest_risk_check (pack->workspace, risk);
        GPtrArray *controls = g_hash_table_lookup (pack->risk_controls, id);
        GPtrArray *concerned = g_hash_table_lookup (assets, id);
        const char *decision = "";
        g_autofree char *title = NULL;
        g_autofree char *treatment = NULL;
        g_autofree char *levels = NULL;
        g_autoptr(GString) asset_names = g_string_new (NULL);
        g_autoptr(GDateTime) modified = g_date_time_new_from_unix_utc (attest_record_get_modified (risk) / G_USEC_PER_SEC);

        if (acceptance != NULL)
          decision = attest_risk_acceptance_is_outdated (pack->workspace, acceptance) ? _("Out of date")
                     : attest_record_get_enum (acceptance, "decision") == ATTEST_ACCEPTANCE_ACCEPTED ? _("Accepted")
                     : _("Not accepted");
        for (guint k = 0; concerned != NULL && k < concerned->len; k++)
          {
            AttestRecord *asset = attest_workspace_lookup (pack->workspace, g_ptr_array_index (concerned, k));

            if (asset != NULL)
              g_string_append_printf (asset_names, "%s%s", asset_names->len ? "; " : "", or_dash (text_of (asset, "name")));
          }
        {
          g_autoptr(GString) text = g_string_new (text_of (risk, "title"));

          /* What is wrong first, then what the risk concerns and when it was
           * last assessed. */
          for (guint k = 0; k < findings->len; k++)
            {
              g_autofree char *message = finding_about (text_of (risk, "title"),
                                                        ((AttestFinding *) g_ptr_array_index (findings, k))->message);

              g_string_append_printf (text, "\n⚠ %s", message);
            }
          if (asset_names->len > 0)
            {
              /* TRANSLATORS: under a risk's title in the risk register: the assets it concerns */
              g_autofree char *line = g_strdup_printf (_("Assets: %s"), asset_names->str);

              g_string_append_printf (text, "\n%s", line);
            }
          if (modified != NULL)
            {
              /* TRANSLATORS: under a risk's title in the risk register: its record's last change */
              g_autofree char *day = day_of (modified);
              g_autofree char *line = g_strdup_printf (_("Last assessed: %s"), day);

              g_string_append_printf (text, "\n%s", line);
            }
          g_strchomp (text->str);
          text->len = strlen (text->str);
          title = g_string_free (g_steal_pointer (&text), FALSE);
        }
        /* TRANSLATORS: under a risk's treatment in the risk register: its owner's decision, "Decision: Accepted" */
        treatment = *decision != '\0' ? g_strdup_printf (_("%s\nDecision: %s"), choice (risk, "treatment"), decision)
                                        : g_strdup (choice (risk, "treatment"));
        if (acceptance != NULL && !attest_text_is_blank (text_of (acceptance, "authority")))
          {
            g_autofree char *plain = g_steal_pointer (&treatment);

            /* TRANSLATORS: under an owner's decision: the authority above the owner that took it with them,
             * "Decided with: Board risk committee, meeting of 12 March 2026" */
            treatment = g_strdup_printf (_("%s\nDecided with: %s"), plain, text_of (acceptance, "authority"));
          }
        /* TRANSLATORS: a risk's three levels in the risk register, one a line: "Before: High (4 × 4)" */
        levels = g_strdup_printf (_("Before: %s\nTarget: %s\nNow: %s"), level, residual, now);
        attest_table_add_row (table, (const char * const[]) { g_hash_table_lookup (pack->risk_numbers, id), title,
                                                              text_of (risk, "owner"), levels, treatment, "" },
                              anchor);
        for (guint k = 0; controls != NULL && k < controls->len; k++)
          {
            AttestRecord *entry = attest_workspace_lookup (pack->workspace, g_ptr_array_index (controls, k));
            g_autofree char *dest = NULL;
            char label[32];

            if (entry == NULL)
              continue;
            dest = pack->soa_printed ? control_anchor (entry) : NULL;
            attest_table_add_link (table, 5, control_label (entry, label, sizeof label), dest);
          }
      }
  }
}

/* The risks in the plan, each at its target and where it stands now: the
 * plan is approved on the targets; acceptance is judged on now. */
static void
add_treated_risks (Pack *pack)
{
  GListModel *risks = records (pack, ATTEST_TYPE_RISK);
  const double widths[] = { 0.08, 0.24, 0.14, 0.18, 0.18, 0.18 };
  const char *headers[] = { _("Risk"), C_("risk", "Owner"), _("Treatment"), _("Before treatment"), _("Target after treatment"),
                            _("Now") };
  AttestTable *table = NULL;
  AttestRecord *method = attest_risks_get_method (pack->workspace);
  int acceptance = method != NULL ? attest_record_get_int (method, "acceptance-level") : -1;
  guint retained = 0;

  attest_document_add_heading (pack->doc, 3, "", _("Residual risk: target and now"), "treatment-residual");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("“Target after treatment” is where the planned treatment brings a risk; the plan is approved "
                              "on it. “Now” is where the risk stands today: at its target once every action for it is "
                              "done (or, retained, as it is), and at its level before treatment until then. The risk "
                              "owners accept residual risk on where it stands now, once its actions are done."));
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autofree char *before = NULL, *target = NULL, *now = NULL;

      int level;

      if (attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_UNDECIDED)
        continue;
      /* A risk at or below the acceptance level kept as it is, with no
       * action for it, is not treated: counted here, listed in the risk
       * register. */
      level = attest_risk_level (pack->workspace, risk, FALSE);
      if (attest_record_get_enum (risk, "treatment") == ATTEST_TREATMENT_RETAIN && method != NULL
          && level >= 0 && level <= acceptance
          && attest_workspace_get_records_by (pack->workspace, ATTEST_TYPE_TREATMENT_ACTION, "risk-id",
                                              attest_record_get_id (risk))->len == 0)
        {
          retained++;
          continue;
        }
      if (table == NULL)
        {
          table = attest_document_add_table (pack->doc, 6, widths, headers);
          attest_table_set_nowrap (table, 4, (const guint[]) { 0, 3, 4, 5 });
        }
      before = level_text (pack, risk, FALSE);
      target = level_text (pack, risk, TRUE);
      now = current_level_text (pack, risk);
      attest_table_add_row (table, (const char * const[]) { "", text_of (risk, "owner"), choice (risk, "treatment"),
                                                            before, target, now }, NULL);
      link_risk (pack, table, 0, attest_record_get_id (risk));
    }
  if (table == NULL && retained == 0)
    empty (pack, _("No risk has a treatment chosen yet."));
  if (retained > 0)
    {
      g_autofree char *listed = pack->risks_printed
                                ? appendix_title (pack, add_risk_register, _("Risk register")) : NULL;
      g_autofree char *count = grouped (retained);
      g_autofree char *sentence = listed != NULL
        /* TRANSLATORS: "4,120 risks at or below the acceptance level are retained as they are; all are in Appendix E: Risk register." */
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%s risk at or below the acceptance level is retained as it is; it is in %s.",
                                        "%s risks at or below the acceptance level are retained as they are; all are in %s.",
                                        retained), count, listed)
        /* TRANSLATORS: "4,120 risks at or below the acceptance level are retained as they are." */
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%s risk at or below the acceptance level is retained as it is.",
                                        "%s risks at or below the acceptance level are retained as they are.",
                                        retained), count);

      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, sentence);
    }
}

/* The risk owners' approval of the plan (6.1.3 f): each owner's own
 * approval of a draft or a version of it, apart from their decisions on single risks
 * (which follow). */
static void
add_owner_approvals (Pack *pack)
{
  g_autoptr(GPtrArray) approvals = attest_risks_dup_owner_approvals (pack->workspace);
  const double widths[] = { 0.4, 0.15, 0.45 };
  const char *headers[] = { _("Risk owner"), _("Risks owned"), _("Plan approved") };
  AttestTable *table;

  attest_document_add_heading (pack->doc, 3, "", _("Risk owners' approval"), "owner-approvals");
  if (approvals->len == 0)
    {
      empty (pack, _("No risk in the plan has an owner yet."));
      return;
    }
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Each risk owner approves the plan for the risks they own, as a draft before top "
                              "management approves a version, or the approved version itself: which one, and when. "
                              "An approval stands for as long as the owner's risks in the plan keep the titles, "
                              "treatments and targets they approved. Their decisions on the residual risk of single "
                              "risks follow, each with the authority above the owner that decided with them where the "
                              "risk method asks for one."));
  table = attest_document_add_table (pack->doc, 3, widths, headers);
  for (guint i = 0; i < approvals->len; i++)
    {
      AttestOwnerApproval *approval = g_ptr_array_index (approvals, i);
      g_autofree char *count = g_strdup_printf ("%u", approval->risks->len);
      g_autofree char *approved = NULL;

      if (approval->plan_approval != NULL)
        {
          g_autofree char *day = stored_day (text_of (approval->plan_approval, "approved-at"));
          g_autofree char *which = approval->draft
                                   /* TRANSLATORS: a risk owner approved the draft of a version of the plan: "Draft of version 2, 3 Mar 2026" */
                                   ? g_strdup_printf (_("Draft of version %d, %s"), approval->version, day)
                                   /* TRANSLATORS: the version of the plan a risk owner approved, and when: "Version 1, 3 Mar 2026" */
                                   : g_strdup_printf (_("Version %d, %s"), approval->version, day);

          if (approval->current)
            approved = g_steal_pointer (&which);
          else
            /* TRANSLATORS: "Version 1, 3 Mar 2026; their risks have changed since" */
            approved = g_strdup_printf (_("%s; their risks have changed since"), which);
        }
      attest_table_add_row (table, (const char * const[]) { approval->owner, count,
                                                            approved != NULL ? approved : _("Not approved yet") },
                            NULL);
    }
}

/* How far the actions have got since the plan was approved: progress on
 * the plan, not a change awaiting its approval. The line says what it
 * counts: the actions completed and started since the approval, then the
 * plan's actions now by status, which the table below lists. */
static void
add_plan_progress (Pack *pack)
{
  AttestRecord *approved = attest_isms_document_get_approved (pack->workspace, "treatment-plan");
  GListModel *actions = records (pack, ATTEST_TYPE_TREATMENT_ACTION);
  g_autofree char *done_text = NULL;
  g_autofree char *started_text = NULL;
  g_autofree char *since = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sentence = NULL;
  guint done, in_progress, n_actions = g_list_model_get_n_items (actions);
  guint by_status[ATTEST_ACTION_STATUS_DONE + 1] = { 0 };

  if (approved == NULL)
    return;
  attest_isms_document_count_progress (pack->workspace, approved, &done, &in_progress);
  for (guint i = 0; i < n_actions; i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      guint status = attest_record_get_enum (action, "status");

      if (status < G_N_ELEMENTS (by_status))
        by_status[status]++;
    }
  {
    g_autofree char *n_done = grouped (done), *n_started = grouped (in_progress), *n_all = grouped (n_actions);
    g_autofree char *n_now_done = grouped (by_status[ATTEST_ACTION_STATUS_DONE]);
    g_autofree char *n_now_in_progress = grouped (by_status[ATTEST_ACTION_STATUS_IN_PROGRESS]);
    g_autofree char *n_now_open = grouped (by_status[ATTEST_ACTION_STATUS_OPEN]);

    /* TRANSLATORS: actions of the treatment plan completed since its approval: "4 actions completed" */
    done_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s action completed", "%s actions completed", done), n_done);
    /* TRANSLATORS: actions of the treatment plan started since its approval: "3 started" */
    started_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s started", "%s started", in_progress), n_started);
    /* TRANSLATORS: "Since version 1 was approved: 4 actions completed, 2 started." */
    since = g_strdup_printf (_("Since version %d was approved: %s, %s."),
                             attest_record_get_int (approved, "number"), done_text, started_text);
    /* TRANSLATORS: the plan's actions by status now, as the table below lists them:
     * "The plan's 7 actions now: 1 done, 2 in progress, 4 not started." */
    now = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The plan's %s action now: %s done, %s in progress, %s not started.",
                                        "The plan's %s actions now: %s done, %s in progress, %s not started.",
                                        n_actions),
                           n_all, n_now_done, n_now_in_progress, n_now_open);
  }
  sentence = g_strdup_printf ("%s %s", since, now);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, sentence);
}

static void
add_treatment (Pack *pack)
{
  GListModel *actions = records (pack, ATTEST_TYPE_TREATMENT_ACTION);
  GListModel *acceptances = records (pack, ATTEST_TYPE_RISK_ACCEPTANCE);

  clause_heading (pack, 1, "8.3");
  {
    g_autofree char *heading = draft_title (pack, "treatment-plan", _("Risk treatment plan"));

    attest_document_add_heading (pack->doc, 2, "", heading, "treatment-plan");
  }
  add_document_control (pack, "treatment-plan");
  /* The actions under a heading of their own: a long list carried onto
   * later pages names itself, not the change summary before it. */
  attest_document_add_heading (pack->doc, 3, "", _("Actions of the plan"), "treatment-actions");
  add_plan_progress (pack);
  if (g_list_model_get_n_items (actions) == 0)
    empty (pack, _("No treatment actions planned."));
  else
    {
      const double widths[] = { 0.32, 0.08, 0.2, 0.13, 0.14, 0.13 };
      const char *headers[] = { _("Action"), _("Risk"), _("Owner"), _("Due"), _("Status"), _("Completed") };
      AttestTable *table = attest_document_add_table (pack->doc, 6, widths, headers);

      attest_table_set_nowrap (table, 3, (const guint[]) { 1, 3, 5 });
      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
          g_autofree char *due = stored_day (text_of (action, "due-date"));
          const char *stored = text_of (action, "completed-date");
          g_autofree char *completed = *stored ? stored_day (stored) : g_strdup ("");

          attest_table_add_row (table, (const char * const[]) { text_of (action, "title"), "", text_of (action, "owner"),
                                                                due, choice (action, "status"), completed }, NULL);
          link_risk (pack, table, 1, text_of (action, "risk-id"));
        }
    }
  add_treated_risks (pack);
  add_owner_approvals (pack);

  attest_document_add_heading (pack->doc, 2, "", _("Risk owners' decisions on residual risk"), "acceptances");
  if (g_list_model_get_n_items (acceptances) == 0)
    empty (pack, _("No risk owner has recorded a decision on residual risk."));
  else
    {
      const double widths[] = { 0.08, 0.2, 0.16, 0.12, 0.3, 0.14 };
      const char *headers[] = { _("Risk"), _("Decided by"), _("On"), _("Decision"), _("Note"), _("Still valid") };
      AttestTable *table = attest_document_add_table (pack->doc, 6, widths, headers);

      attest_table_set_nowrap (table, 2, (const guint[]) { 0, 2 });
      for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
        {
          g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);
          gboolean outdated = attest_risk_acceptance_is_outdated (pack->workspace, acceptance);
          g_autofree char *when = moment (text_of (acceptance, "accepted-at"));
          g_autofree char *pending = outdated ? NULL : attest_risk_acceptance_dup_pending (pack->workspace, acceptance);
          /* TRANSLATORS: an acceptance that holds once the treatment it relies on is done */
          g_autofree char *conditional = pending ? g_strdup_printf (_("Once done: %s"), pending) : NULL;

          g_autofree char *by = attest_text_is_blank (text_of (acceptance, "authority"))
                                ? g_strdup (text_of (acceptance, "accepted-by"))
                                : g_strdup_printf (_("%s\nDecided with: %s"), text_of (acceptance, "accepted-by"),
                                                   text_of (acceptance, "authority"));

          attest_table_add_row (table, (const char * const[]) {
                                  "", by, when,
                                  choice (acceptance, "decision"), text_of (acceptance, "note"),
                                  outdated ? _("No: the risk changed since") : conditional ? conditional : _("Yes") }, NULL);
          link_risk (pack, table, 0, text_of (acceptance, "risk-id"));
        }
    }
}

static int
compare_ranks (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Risks by their numbers in the register, as it lists them: "R1, R4";
 * %NULL when none of @risks has a number. */
static char *
risk_numbers (Pack      *pack,
              GPtrArray *risks)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint k = 0; risks != NULL && k < risks->len; k++)
    {
      const char *number = g_hash_table_lookup (pack->risk_numbers, g_ptr_array_index (risks, k));
      guint rank = number != NULL ? (guint) g_ascii_strtoull (number + 1, NULL, 10) : 0;

      if (rank > 0)
        g_array_append_val (ranks, rank);
    }
  g_array_sort (ranks, compare_ranks);
  for (guint k = 0; k < ranks->len; k++)
    g_string_append_printf (numbers, "%sR%u", numbers->len ? ", " : "", g_array_index (ranks, guint, k));
  return numbers->len > 0 ? g_string_free (g_steal_pointer (&numbers), FALSE) : NULL;
}

/* Information security objectives (6.2): each with how it is measured
 * against what target, by whom and by when, where it stands, and the risks
 * it reduces (by their numbers in the risk register). */
static void
add_objectives (Pack *pack)
{
  GListModel *objectives = records (pack, ATTEST_TYPE_OBJECTIVE);
  const double widths[] = { 0.34, 0.2, 0.18, 0.13, 0.15 };
  const char *headers[] = { _("Objective and how it is measured"), _("Target value"), _("Owner"), _("By"), _("Status") };
  AttestTable *table;

  clause_heading (pack, 1, "6.2");
  if (g_list_model_get_n_items (objectives) == 0)
    {
      empty (pack, _("No information security objectives are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, 5, widths, headers);
  attest_table_set_nowrap (table, 1, (const guint[]) { 3 });
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(AttestRecord) objective = g_list_model_get_item (objectives, i);
      g_autofree char *by = stored_day (text_of (objective, "due-date"));
      g_autoptr(GString) what = g_string_new (text_of (objective, "title"));
      g_autoptr(GPtrArray) risks = attest_workspace_dup_links_from (pack->workspace, "objective-risk", objective, NULL);
      g_autofree char *numbers = risk_numbers (pack, risks);
      const char *measure = text_of (objective, "measure");
      const char *evaluation = text_of (objective, "evaluation");

      if (!attest_text_is_blank (measure))
        /* TRANSLATORS: under an objective in the pack: how it is measured */
        g_string_append_printf (what, "\n%s %s", _("Measured by:"), measure);
      if (!attest_text_is_blank (evaluation))
        /* TRANSLATORS: under an objective in the pack: how its results are evaluated */
        g_string_append_printf (what, "\n%s %s", _("Evaluated by:"), evaluation);
      if (numbers != NULL)
        /* TRANSLATORS: under an objective in the pack: the risks it reduces, by their numbers */
        g_string_append_printf (what, "\n%s %s", _("Reduces risks:"), numbers);
      attest_table_add_row (table, (const char * const[]) { what->str, text_of (objective, "target"),
                                                            text_of (objective, "owner"), by,
                                                            choice (objective, "status") }, NULL);
    }
}

/* Planned changes to the ISMS (6.3): each with why it is made, its
 * consequences, what it affects (risks by number, controls, documents by
 * identifier), who, when, where it stands and when its consequences were
 * reviewed. */
static void
add_changes (Pack *pack)
{
  GListModel *changes = records (pack, ATTEST_TYPE_PLANNED_CHANGE);
  const double widths[] = { 0.42, 0.18, 0.13, 0.13, 0.14 };
  const char *headers[] = { _("Change, why, and what it affects"), _("Who carries it out"), _("Planned for"),
                            _("Status"), _("Consequences reviewed") };
  AttestTable *table;

  clause_heading (pack, 1, "6.3");
  if (g_list_model_get_n_items (changes) == 0)
    {
      empty (pack, _("No changes to the ISMS are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, 5, widths, headers);
  attest_table_set_nowrap (table, 2, (const guint[]) { 2, 4 });
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(AttestRecord) change = g_list_model_get_item (changes, i);
      g_autofree char *planned = stored_day (text_of (change, "planned-date"));
      g_autofree char *reviewed = stored_day (text_of (change, "reviewed-on"));
      g_autoptr(GString) what = g_string_new (text_of (change, "title"));
      g_autoptr(GPtrArray) risks = attest_workspace_dup_links_from (pack->workspace, "change-risk", change, NULL);
      g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (pack->workspace, "change-control", change, NULL);
      g_autoptr(GPtrArray) documents = attest_workspace_dup_links_from (pack->workspace, "change-document", change, NULL);
      g_autofree char *numbers = risk_numbers (pack, risks);
      g_autofree char *control_ids = joined_labels (pack, controls);
      g_autofree char *document_ids = joined_labels (pack, documents);
      const char *reason = text_of (change, "reason");
      const char *consequences = text_of (change, "consequences");

      if (!attest_text_is_blank (reason))
        /* TRANSLATORS: under a planned change in the pack: why it is made */
        g_string_append_printf (what, "\n%s %s", _("Why:"), reason);
      if (!attest_text_is_blank (consequences))
        /* TRANSLATORS: under a planned change in the pack: its consequences and how they are handled */
        g_string_append_printf (what, "\n%s %s", _("Consequences:"), consequences);
      if (numbers != NULL)
        /* TRANSLATORS: under a planned change in the pack: the risks it affects, by their numbers */
        g_string_append_printf (what, "\n%s %s", _("Affects risks:"), numbers);
      if (*control_ids != '\0')
        /* TRANSLATORS: under a planned change in the pack: the Annex A controls it affects */
        g_string_append_printf (what, "\n%s %s", _("Affects controls:"), control_ids);
      if (*document_ids != '\0')
        /* TRANSLATORS: under a planned change in the pack: the documents it affects */
        g_string_append_printf (what, "\n%s %s", _("Affects documents:"), document_ids);
      attest_table_add_row (table, (const char * const[]) { what->str, text_of (change, "owner"), planned,
                                                            choice (change, "status"), reviewed }, NULL);
    }
}

/* 8.1: what each process of the ISMS is run to, and how that is checked. */
static void
add_process_criteria (Pack *pack)
{
  GListModel *processes = records (pack, ATTEST_TYPE_PROCESS);
  g_autoptr(GHashTable) scoped = scoped_processes (pack);
  const double widths[] = { 0.28, 0.38, 0.34 };
  const char *headers[] = { _("Process"), _("Criteria it is run to"), _("How they are checked") };
  AttestTable *table = NULL;
  guint n_scoped = 0;

  attest_document_add_heading (pack->doc, 3, "", _("Criteria of the processes, and how they are checked"), NULL);
  if (g_list_model_get_n_items (processes) == 0)
    {
      empty (pack, _("No processes of the ISMS are recorded in Attest."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

      if (g_hash_table_contains (scoped, attest_record_get_id (process)))
        {
          n_scoped++;
          continue;
        }
      if (table == NULL)
        table = attest_document_add_table (pack->doc, 3, widths, headers);
      {
        g_autoptr(GString) check = g_string_new (text_of (process, "criteria-check"));

        /* What shows it ran as planned (8.1). */
        if (!attest_text_is_blank (text_of (process, "records-kept")))
          /* TRANSLATORS: in the pack, under how a process's criteria are
           * checked: the records that show it ran as planned */
          g_string_append_printf (check, "%s%s %s", check->len ? "\n" : "", _("Records kept:"),
                                  text_of (process, "records-kept"));
        attest_table_add_row (table, (const char * const[]) { text_of (process, "name"),
                                                              or_dash (text_of (process, "criteria")),
                                                              or_dash (check->str) }, NULL);
      }
    }
  if (n_scoped > 0)
    add_scoped_count (pack, n_scoped);
}

/* 8.1: the processes, products and services provided from outside that
 * matter to the ISMS, each with the controls that apply, who looks after
 * it, the agreement, and its last and next review. */
static void
add_operation (Pack *pack)
{
  GListModel *providers = records (pack, ATTEST_TYPE_PROVIDER);
  const double widths[] = { 0.4, 0.22, 0.2, 0.18 };
  const char *headers[] = { _("Provider, what it provides, and the controls that apply"), _("Looked after by"),
                            _("Agreement"), _("Reviews") };
  AttestTable *table;

  clause_heading (pack, 1, "8");
  clause_heading (pack, 2, "8.1");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: the criteria each process of the ISMS is run to and how they are checked, then "
                              "the processes, products and services provided from outside that matter to the ISMS. "
                              "That each process ran as planned shows in the day it last ran (4.4) and in the check "
                              "of its criteria; records kept outside Attest for this clause are in the document "
                              "register."));
  add_process_criteria (pack);
  attest_document_add_heading (pack->doc, 3, "", _("Externally provided processes, products and services"), NULL);
  if (g_list_model_get_n_items (providers) == 0)
    {
      empty (pack, _("No external providers are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  for (guint i = 0; i < g_list_model_get_n_items (providers); i++)
    {
      g_autoptr(AttestRecord) provider = g_list_model_get_item (providers, i);
      g_autoptr(GPtrArray) controls = attest_workspace_dup_links_from (pack->workspace, "provider-control", provider,
                                                                       NULL);
      g_autofree char *control_ids = joined_labels (pack, controls);
      g_autofree char *last = stored_day (text_of (provider, "last-review"));
      g_autofree char *next = stored_day (text_of (provider, "next-review"));
      /* TRANSLATORS: in the pack, an external provider's last review and next review */
      g_autofree char *when = g_strdup_printf (_("Last: %s\nNext: %s"), last, next);
      g_autoptr(GString) what = g_string_new (text_of (provider, "name"));

      g_string_append_printf (what, "\n%s", text_of (provider, "provides"));
      if (*control_ids != '\0')
        /* TRANSLATORS: under an external provider in the pack: the Annex A controls that apply to it */
        g_string_append_printf (what, "\n%s %s", _("Controls:"), control_ids);
      attest_table_add_row (table, (const char * const[]) { what->str, or_dash (text_of (provider, "owner")),
                                                            or_dash (text_of (provider, "agreement")), when }, NULL);
    }
}

/* Competence (7.2): what each competence means and the roles that
 * require it; then the evidence, person by person (what shows it, when
 * gained, until when, where it is kept), the actions planned to gain one
 * and whether those taken worked; then the gaps readiness finds. */
static void
add_competence (Pack *pack)
{
  GListModel *competences = records (pack, ATTEST_TYPE_COMPETENCE);
  GListModel *qualifications = records (pack, ATTEST_TYPE_QUALIFICATION);
  GPtrArray *findings = pack_findings (pack);
  g_autoptr(GString) gaps = g_string_new (NULL);

  clause_heading (pack, 2, "7.2");
  if (g_list_model_get_n_items (competences) == 0)
    {
      empty (pack, _("No competences the ISMS needs are recorded in Attest."));
      return;
    }
  {
    const double widths[] = { 0.6, 0.4 };
    const char *headers[] = { _("Competence, and what it means in practice"), _("Required by") };
    AttestTable *table = attest_document_add_table (pack->doc, 2, widths, headers);

    for (guint i = 0; i < g_list_model_get_n_items (competences); i++)
      {
        g_autoptr(AttestRecord) competence = g_list_model_get_item (competences, i);
        g_autoptr(GPtrArray) roles = attest_workspace_dup_links_from (pack->workspace, "competence-role", competence,
                                                                      NULL);
        g_autofree char *required = joined_labels (pack, roles);
        g_autoptr(GString) what = g_string_new (text_of (competence, "title"));

        if (!attest_text_is_blank (text_of (competence, "description")))
          g_string_append_printf (what, "\n%s", text_of (competence, "description"));
        attest_table_add_row (table, (const char * const[]) { what->str, or_dash (required) }, NULL);
      }
  }
  if (g_list_model_get_n_items (qualifications) > 0)
    {
      const double widths[] = { 0.22, 0.22, 0.32, 0.24 };
      const char *headers[] = { _("Person"), _("Competence"), _("Evidence, or the action to gain it"),
                                _("When") };
      AttestTable *table;

      attest_document_add_heading (pack->doc, 3, "", _("Evidence of competence"), NULL);
      table = attest_document_add_table (pack->doc, 4, widths, headers);
      for (guint i = 0; i < g_list_model_get_n_items (qualifications); i++)
        {
          g_autoptr(AttestRecord) qualification = g_list_model_get_item (qualifications, i);
          AttestRecord *person = attest_workspace_lookup (pack->workspace, text_of (qualification, "person-id"));
          AttestRecord *competence = attest_workspace_lookup (pack->workspace, text_of (qualification, "competence-id"));
          g_autoptr(GString) evidence = g_string_new (NULL);
          g_autoptr(GString) when = g_string_new (NULL);
          const char *action = text_of (qualification, "action");

          if (attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_PLANNED)
            {
              g_autofree char *due = stored_day (text_of (qualification, "due-date"));

              /* TRANSLATORS: in the pack, an action planned to gain a competence, and the day it is due */
              g_string_printf (evidence, _("Planned: %s"), action);
              g_string_printf (when, _("By %s"), due);
            }
          else
            {
              g_autofree char *gained = stored_day (text_of (qualification, "obtained-on"));

              g_string_printf (evidence, "%s: %s", choice (qualification, "kind"), text_of (qualification, "evidence"));
              if (!attest_text_is_blank (action))
                /* TRANSLATORS: in the pack, the action that gained a competence, and whether it was effective */
                g_string_append_printf (evidence, "\n%s %s (%s)", _("Gained by:"), action,
                                        choice (qualification, "effective"));
              /* TRANSLATORS: in the pack, the day a competence was gained */
              g_string_printf (when, _("Gained %s"), gained);
              if (attest_date_is_valid (text_of (qualification, "expires-on")))
                {
                  g_autofree char *expires = stored_day (text_of (qualification, "expires-on"));

                  /* TRANSLATORS: in the pack, the day evidence of a competence expires */
                  g_string_append_printf (when, "\n%s", "");
                  g_string_append_printf (when, _("Expires %s"), expires);
                }
            }
          attest_table_add_row (table, (const char * const[]) {
                                  person != NULL ? text_of (person, "name") : "—",
                                  competence != NULL ? text_of (competence, "title") : "—",
                                  evidence->str, when->str }, NULL);
        }
    }
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule, "competence-gap"))
        g_string_append_printf (gaps, "%s%s", gaps->len ? "\n" : "", finding->message);
    }
  if (gaps->len > 0)
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, gaps->str);
  else
    {
      gboolean planned = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (qualifications) && !planned; i++)
        {
          g_autoptr(AttestRecord) qualification = g_list_model_get_item (qualifications, i);

          planned = attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_PLANNED;
        }
      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                                planned ? _("Each person who holds a role has evidence of every competence the role "
                                            "requires, except those still gaining one through a planned action "
                                            "above, before its date.")
                                        : _("Each person who holds a role has evidence of every competence the role "
                                            "requires."));
    }
}

/* Awareness (7.3): the period the organisation set, each activity (whom
 * it was for, when, by whom, who attended), and the staff groups readiness
 * finds without one in that period. */
static void
add_awareness (Pack *pack)
{
  GListModel *activities = records (pack, ATTEST_TYPE_AWARENESS);
  GPtrArray *findings = pack_findings (pack);
  int months = attest_record_get_int (pack->org, "awareness-interval");
  g_autofree char *period = NULL;
  g_autoptr(GString) missed = g_string_new (NULL);

  clause_heading (pack, 2, "7.3");
  period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Every staff group named in the ISMS takes part in an awareness activity at "
                                         "least every month.",
                                         "Every staff group named in the ISMS takes part in an awareness activity at "
                                         "least every %d months.", months), months);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, period);
  if (g_list_model_get_n_items (activities) == 0)
    empty (pack, _("No awareness activities are recorded in Attest."));
  else
    {
      const double widths[] = { 0.34, 0.15, 0.13, 0.2, 0.18 };
      const char *headers[] = { _("Activity"), _("For"), _("Held on"), _("Given by"), _("Attendance") };
      AttestTable *table = attest_document_add_table (pack->doc, 5, widths, headers);

      attest_table_set_nowrap (table, 1, (const guint[]) { 2 });
      for (guint i = 0; i < g_list_model_get_n_items (activities); i++)
        {
          g_autoptr(AttestRecord) activity = g_list_model_get_item (activities, i);
          g_autofree char *held = stored_day (text_of (activity, "held-on"));
          g_autofree char *groups = g_strjoinv (", ", (char **) attest_record_get_strv (activity, "groups"));
          const char *audience = attest_record_get_boolean (activity, "all-staff") ? _("All staff") : groups;

          attest_table_add_row (table, (const char * const[]) { text_of (activity, "title"), or_dash (audience), held,
                                                                or_dash (text_of (activity, "given-by")),
                                                                or_dash (text_of (activity, "attendance")) }, NULL);
        }
    }
  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->rule, "awareness-group-missed"))
        g_string_append_printf (missed, "%s%s", missed->len ? "\n" : "", finding->message);
    }
  if (missed->len > 0)
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, missed->str);
  else if (g_list_model_get_n_items (activities) > 0)
    {
      g_autoptr(GPtrArray) groups = attest_readiness_dup_staff_groups (pack->workspace);
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *covered = NULL;

      g_ptr_array_sort (groups, compare_numbered);
      for (guint i = 0; i < groups->len; i++)
        g_string_append_printf (names, "%s%s", i ? ", " : "", (const char *) g_ptr_array_index (groups, i));
      if (groups->len > 0)
        {
          covered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Every staff group of the people the ISMS names (%s) had an "
                                                  "awareness activity in the last month.",
                                                  "Every staff group of the people the ISMS names (%s) had an "
                                                  "awareness activity in the last %d months.", months),
                                     names->str, months);
          attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, covered);
        }
    }
}

/* Support (7): the resources the ISMS needs, with what each is for and
 * the objectives it serves, who provides it, by when, and whether it was
 * provided (7.1); then what the ISMS communicates, to whom, by whom, how,
 * how often, when it was last done and is next due (7.4). */
static void
add_support (Pack *pack)
{
  GListModel *resources = records (pack, ATTEST_TYPE_RESOURCE);
  GListModel *communications = records (pack, ATTEST_TYPE_COMMUNICATION);

  clause_heading (pack, 1, "7");
  clause_heading (pack, 2, "7.1");
  if (g_list_model_get_n_items (resources) == 0)
    empty (pack, _("No resources for the ISMS are recorded in Attest."));
  else
    {
      const double widths[] = { 0.4, 0.12, 0.2, 0.13, 0.15 };
      const char *headers[] = { _("Resource and what it is for"), _("Kind"), _("Who provides it"), _("Needed by"),
                                _("Status") };
      AttestTable *table = attest_document_add_table (pack->doc, 5, widths, headers);

      attest_table_set_nowrap (table, 1, (const guint[]) { 3 });
      for (guint i = 0; i < g_list_model_get_n_items (resources); i++)
        {
          g_autoptr(AttestRecord) resource = g_list_model_get_item (resources, i);
          g_autoptr(GPtrArray) objectives = attest_workspace_dup_links_from (pack->workspace, "resource-objective",
                                                                             resource, NULL);
          g_autofree char *serves = joined_labels (pack, objectives);
          g_autofree char *needed = stored_day (text_of (resource, "needed-by"));
          g_autofree char *provided = stored_day (text_of (resource, "provided-on"));
          g_autoptr(GString) what = g_string_new (text_of (resource, "title"));
          g_autoptr(GString) status = g_string_new (choice (resource, "status"));
          const char *purpose = text_of (resource, "purpose");

          if (!attest_text_is_blank (purpose))
            g_string_append_printf (what, "\n%s", purpose);
          if (*serves != '\0')
            /* TRANSLATORS: under a resource in the pack: the objectives it serves */
            g_string_append_printf (what, "\n%s %s", _("Serves:"), serves);
          if (!attest_text_is_blank (text_of (resource, "provided-on")))
            g_string_append_printf (status, "\n%s", provided);
          attest_table_add_row (table, (const char * const[]) { what->str, choice (resource, "kind"),
                                                                text_of (resource, "provider"), needed,
                                                                status->str }, NULL);
        }
    }

  add_competence (pack);
  add_awareness (pack);

  clause_heading (pack, 2, "7.4");
  if (g_list_model_get_n_items (communications) == 0)
    empty (pack, _("No communication of the ISMS is recorded in Attest."));
  else
    {
      const double widths[] = { 0.3, 0.19, 0.19, 0.16, 0.16 };
      const char *headers[] = { _("What is communicated, and how"), _("To whom"), _("Who communicates"),
                                _("How often"), _("Last done, next due") };
      AttestTable *table = attest_document_add_table (pack->doc, 5, widths, headers);

      for (guint i = 0; i < g_list_model_get_n_items (communications); i++)
        {
          g_autoptr(AttestRecord) communication = g_list_model_get_item (communications, i);
          g_autofree char *last = stored_day (text_of (communication, "last-on"));
          g_autofree char *next = stored_day (text_of (communication, "next-due"));
          g_autofree char *when = g_strdup_printf ("%s\n%s", last, next);
          g_autofree char *what = g_strdup_printf ("%s\n%s", text_of (communication, "title"),
                                                   text_of (communication, "method"));

          attest_table_add_row (table, (const char * const[]) { what, text_of (communication, "audience"),
                                                                text_of (communication, "communicator"),
                                                                text_of (communication, "frequency"), when }, NULL);
        }
    }
}

/* The Statement of Applicability */

/* How many of the risks a control treats its row names. */
#define SOA_RISKS_NAMED 5

static void
add_soa (Pack *pack)
{
  GListModel *entries = records (pack, ATTEST_TYPE_SOA_ENTRY);
  AttestRecord *approved = attest_soa_get_approved (pack->workspace);
  guint applicable = 0, excluded = 0, undecided = 0;
  g_autofree char *summary = NULL;
  /* The justification is the longest free text: what long headers
   * ("Umsetzungsstand und Zieldatum") cost comes off it, so it starts the
   * widest. The owner's column holds a role and a name, on two lines
   * within its share. The evidence (titles and places, several to a
   * control) gets enough not to take six to eight lines a cell. */
  const double widths[] = { 0.07, 0.07, 0.40, 0.12, 0.13, 0.15, 0.06 };
  const char *headers[] = { _("Control"), _("Applies"), _("Title and justification"), _("Status and target date"),
                            _("Owner"), _("Evidence and where it is kept"), _("Risks") };
  AttestTable *table;

  {
    g_autofree char *heading = draft_title (pack, "soa", _("Statement of Applicability (6.1.3 d)"));

    attest_document_add_heading (pack->doc, 1, "", heading, "soa");
  }
  add_document_control (pack, "soa");
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

      switch (attest_record_get_enum (entry, "applicability"))
        {
        case ATTEST_APPLICABILITY_APPLICABLE: applicable++; break;
        case ATTEST_APPLICABILITY_NOT_APPLICABLE: excluded++; break;
        default: undecided++; break;
        }
    }
  if (approved != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) changes = document_diff (pack, "soa", approved, &error);
      g_autofree char *when = written_day (text_of (approved, "approved-at"));

      if (changes != NULL)
        summary = g_strdup_printf (_("Version %d, approved by %s on %s. %u controls apply, %u are excluded, %u are not decided. "
                                     "Changes since the approval: %u."),
                                   attest_record_get_int (approved, "number"), text_of (approved, "approved-by"),
                                   when, applicable, excluded, undecided, changes->len);
      else
        summary = g_strdup_printf (_("Version %d, approved by %s on %s. %u controls apply, %u are excluded, %u are not decided. "
                                     "%s"),
                                   attest_record_get_int (approved, "number"), text_of (approved, "approved-by"),
                                   when, applicable, excluded, undecided, error->message);
    }
  else
    summary = g_strdup_printf (_("Not approved yet: this is the current draft. %u controls apply, %u are excluded, "
                                 "%u are not decided."), applicable, excluded, undecided);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, summary);

  table = attest_document_add_table (pack->doc, 7, widths, headers);
  /* The control's id in a column of its own, its title in bold over the
   * justification: in the widest column a title's long words (German
   * compounds such as "Informationssicherheitsereignissen") stay whole
   * without taking the room of the free text. */
  attest_table_set_first_line_bold (table, 0);
  attest_table_set_first_line_bold (table, 2);
  attest_table_set_nowrap (table, 2, (const guint[]) { 0, 1 });
  /* "R1012," on one line, its comma with it. */
  attest_table_set_whole_words (table, 6);
  /* "Operations manager (Tom Okafor)" on two lines at most. */
  attest_table_set_two_lines (table, 4, widths[4]);
  attest_table_set_title (table, _("Statement of Applicability"));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control = attest_catalog_lookup_control (attest_catalog_get_default (),
                                                                    text_of (entry, "control-id"));
      /* The risks by their numbers in the Risks column, not by their
       * titles in the justification too. */
      g_autofree char *justification = attest_soa_dup_justification_with (pack->workspace, entry,
                                                                          ATTEST_SOA_RISKS_REFERRED);
      g_autofree char *title = NULL;
      g_autofree char *status = NULL;
      g_autofree char *evidence = NULL;
      g_autofree char *anchor = control_anchor (entry);
      GPtrArray *risks = g_hash_table_lookup (pack->control_risks, attest_record_get_id (entry));
      int applicability = attest_record_get_enum (entry, "applicability");
      gboolean applies = applicability == ATTEST_APPLICABILITY_APPLICABLE;
      char label[32];

      title = g_strdup_printf ("%s\n%s", control ? control->title : "", or_dash (justification));
      /* What is not implemented yet says by when it will be. */
      if (!applies)
        status = g_strdup ("");
      else if (attest_record_get_enum (entry, "status") == ATTEST_IMPLEMENTATION_IMPLEMENTED)
        status = g_strdup (choice (entry, "status"));
      else if (*text_of (entry, "target-date") != '\0')
        {
          g_autofree char *target = stored_day (text_of (entry, "target-date"));

          status = g_strdup_printf (_("%s\nTarget date %s"), choice (entry, "status"), target);
        }
      else
        status = g_strdup_printf (_("%s\nNo target date"), choice (entry, "status"));
      {
        g_autoptr(GPtrArray) items = attest_soa_dup_evidence (pack->workspace, entry);
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint k = 0; k < items->len; k++)
          {
            AttestRecord *item = g_ptr_array_index (items, k);

            g_string_append_printf (text, "%s%s", k ? "\n" : "", or_dash (text_of (item, "title")));
            if (*text_of (item, "location") != '\0')
              g_string_append_printf (text, " (%s)", text_of (item, "location"));
          }
        evidence = g_string_free (g_steal_pointer (&text), FALSE);
      }
      attest_table_add_row (table, (const char * const[]) {
                              control_label (entry, label, sizeof label),
                              applies ? _("Yes")
                                : applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE ? _("No") : _("Not decided"),
                              title, status,
                              applies ? text_of (entry, "owner") : "", evidence, "" }, anchor);
      /* A handful of the risks, the rest counted: the risk register lists
       * them all. */
      for (guint k = 0; risks != NULL && k < risks->len && k < SOA_RISKS_NAMED; k++)
        link_risk (pack, table, 6, g_ptr_array_index (risks, k));
      if (risks != NULL && risks->len > SOA_RISKS_NAMED)
        {
          guint more = risks->len - SOA_RISKS_NAMED;
          /* TRANSLATORS: after a list of risk ids: "R1, R2, R3, R4, R5 and 125 more" */
          g_autofree char *rest = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more),
                                                   more);
          g_autofree char *together = unbroken (rest);

          attest_table_add_text (table, 6, together);
        }
    }

  /* What the draft changed since the approval, so the approved version can
   * be read off too. */
  if (approved != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) changes = document_diff (pack, "soa", approved, &error);
      g_autofree char *title = g_strdup_printf (_("Changes since version %d was approved"),
                                                attest_record_get_int (approved, "number"));
      const double change_widths[] = { 0.1, 0.2, 0.35, 0.35 };
      const char *change_headers[] = { _("Control"), _("What"), _("Approved"), _("Now") };
      AttestTable *changed;

      attest_document_add_heading (pack->doc, 2, "", title, "changes-since-approval");
      if (changes == NULL)
        {
          attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, error->message);
          return;
        }
      if (changes->len == 0)
        {
          empty (pack, _("None: the Statement of Applicability is as approved."));
          return;
        }
      changed = attest_document_add_table (pack->doc, 4, change_widths, change_headers);
      attest_table_set_nowrap (changed, 1, (const guint[]) { 0 });
      for (guint i = 0; i < changes->len; i++)
        {
          AttestSoaChange *change = g_ptr_array_index (changes, i);
          AttestRecord *entry = attest_workspace_lookup_soa_entry (pack->workspace, change->control_id);
          g_autofree char *anchor = entry ? control_anchor (entry) : NULL;
          char label[32];

          g_autofree char *what = change->field != NULL ? field_title ("soa-entry", change->field) : g_strdup ("—");
          g_autofree char *before = stored_value (entry, change->field, change->old_value);
          g_autofree char *after = stored_value (entry, change->field, change->new_value);

          attest_table_add_row (changed, (const char * const[]) { "", what, before, after }, NULL);
          if (entry != NULL)
            attest_table_add_link (changed, 0, control_label (entry, label, sizeof label), anchor);
        }
    }
}

static void
add_evidence_register (Pack *pack)
{
  GListModel *entries = records (pack, ATTEST_TYPE_SOA_ENTRY);
  const double widths[] = { 0.12, 0.4, 0.34, 0.14 };
  const char *headers[] = { _("Control"), _("Evidence"), _("Where it is kept"), _("Date") };
  AttestTable *table = NULL;

  appendix_heading (pack, _("Evidence register"), "appendix-evidence");
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      g_autoptr(GPtrArray) items = attest_soa_dup_evidence (pack->workspace, entry);
      g_autofree char *anchor = control_anchor (entry);
      char label[32];

      for (guint k = 0; k < items->len; k++)
        {
          AttestRecord *item = g_ptr_array_index (items, k);
          g_autofree char *date = stored_day (text_of (item, "date"));

          if (table == NULL)
            table = attest_document_add_table (pack->doc, 4, widths, headers);
          attest_table_add_row (table, (const char * const[]) {
                                  "", or_dash (text_of (item, "title")), or_dash (text_of (item, "location")),
                                  date }, NULL);
          attest_table_add_link (table, 0, control_label (entry, label, sizeof label), pack->soa_printed ? anchor : NULL);
        }
    }
  if (table == NULL)
    empty (pack, _("No evidence recorded."));
}

/* The annex */

/* @text as one argument of a shell command: as it is when nothing in it
 * is special to a shell, else in quotes. */
static char *
quote_argument (const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && strchr ("._+-,/@%", *c) == NULL)
      return g_shell_quote (text);
  return *text != '\0' ? g_strdup (text) : g_shell_quote (text);
}

static void
add_history (Pack *pack)
{
  AttestStore *store = attest_workspace_get_store (pack->workspace);
  g_autofree char *file = g_path_get_basename (attest_workspace_get_path (pack->workspace));
  g_autofree char *rows = grouped (attest_store_get_history_count (store));
  g_autofree char *quoted = quote_argument (file);
  /* Too long for a line in a readable size: lines a shell joins again. */
  g_autofree char *command = g_strdup_printf ("attest-cli log --verify --expect-head \\\n    %s \\\n    %s",
                                              attest_store_get_history_head (store), quoted);
  const char *pairs[] = {
    _("Workspace file"), file,
    _("Rows in the history"), rows,
    _("Head of the chain (SHA-256)"), attest_store_get_history_head (store),
    NULL
  };

  /* What it shows is the head of the hash chain, not the changes: the
   * workspace holds those. */
  appendix_heading (pack, _("Integrity of the history"), "history");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Every change to the workspace is recorded in a history in which each row carries a hash "
                              "of the row before it; this pack was made from the head printed here."));
  attest_document_add_key_values (pack->doc, pairs);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("To verify that the workspace file still holds the history this pack was made from, run "
                              "this command in the folder of the file:"));
  attest_document_add_text (pack->doc, ATTEST_TEXT_CODE, command);
}

/* The index of the documented information the standard makes mandatory
 * (clauses 4 to 10), each with where it is in this pack: it follows the
 * cover once the core's table of those items exists. Until then nothing is
 * printed, not even a placeholder. */
static void
add_index_of_mandatory_information (Pack *pack)
{
  const double widths[] = { 0.12, 0.38, 0.40, 0.10 };
  /* TRANSLATORS: the index's column that says where each item is found: a
   * section of the pack, a document of the register, or that it is missing */
  const char *headers[] = { _("Clause"), _("Mandatory documented information"), C_("index", "Where it is"), _("Page") };
  const AttestMandatoryItem *items;
  AttestTable *table;
  guint n_items;

  attest_document_add_heading (pack->doc, 1, "", _("Index of mandatory documented information"), "mandatory-index");
  attest_document_add_text (pack->doc, ATTEST_TEXT_SMALL,
                            _("Each item of documented information the standard requires (clauses 4 to 10): the "
                              "section of this pack that holds it, the entry of the document register that says "
                              "where it is kept, or that it is missing."));
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  attest_table_set_nowrap (table, 2, (const guint[]) { 0, 3 });
  items = attest_mandatory_items (&n_items);
  for (guint i = 0; i < n_items; i++)
    {
      AttestRecord *where = NULL;
      AttestMandatoryStatus status = attest_mandatory_item_get_status (&items[i], pack->workspace, &where);
      g_autofree char *anchor = g_str_equal (items[i].id, "soa") ? g_strdup ("soa")
                                                                : g_strdup_printf ("clause-%s", items[i].clause);

      if (status == ATTEST_MANDATORY_STATUS_RECORDED)
        {
          g_autofree char *section = g_str_equal (items[i].id, "soa")
                                     ? g_strdup (_("In this pack: Statement of Applicability"))
                                     : g_strdup_printf (_("In this pack: %s %s"), items[i].clause,
                                                        /* The policy's heading is its own title. */
                                                        g_str_equal (items[i].id, "policy")
                                                        ? attest_isms_document_get_title ("policy")
                                                        : clause_title (items[i].clause));

          /* The scope statement counts its parts and 8.2 its risks; the
           * registers in the appendices list them. */
          if (g_str_equal (items[i].id, "scope") && (pack->chosen & ATTEST_PACK_CONTEXT) != 0)
            {
              g_autofree char *listed = appendix_title (pack, add_scope_register, _("Scope register"));
              char *both = g_strdup_printf (_("%s; its parts in %s"), section, listed);

              g_free (section);
              section = both;
            }
          else if (g_str_equal (items[i].id, "risk-assessment-results") && pack->risks_printed)
            {
              g_autofree char *listed = appendix_title (pack, add_risk_register, _("Risk register"));
              char *both = g_strdup_printf (_("%s; each risk in %s"), section, listed);

              g_free (section);
              section = both;
            }

          /* The clause links to the section (a link's text stays on one line). */
          attest_table_add_row (table, (const char * const[]) { "", attest_mandatory_item_get_title (&items[i]),
                                                                section, "" }, NULL);
          attest_table_add_link (table, 0, items[i].clause, anchor);
          attest_table_set_page_of (table, 3, anchor);
          continue;
        }
      attest_table_add_row (table, (const char * const[]) { items[i].clause, attest_mandatory_item_get_title (&items[i]),
                                                            "", "" }, NULL);
      if (status == ATTEST_MANDATORY_STATUS_ELSEWHERE && where != NULL)
        {
          /* By the register's identifier, with the page of the register. */
          g_autofree char *register_title = appendix_title (pack, add_document_register, _("Document register"));
          const char *identifier = text_of (where, "identifier");
          g_autofree char *name = *identifier != '\0'
                                  ? g_strdup_printf ("%s %s", identifier, text_of (where, "title"))
                                  : attest_record_dup_display_name (pack->workspace, where);
          g_autofree char *text = g_strdup_printf (_("Kept elsewhere: %s, in %s"), name, register_title);

          /* Text alone: a link's text never breaks, and this one is long. */
          attest_table_add_link (table, 2, text, NULL);
          attest_table_set_page_of (table, 3, "appendix-documents");
        }
      else
        attest_table_add_link (table, 2, attest_enum_get_label (ATTEST_TYPE_MANDATORY_STATUS, status), NULL);
    }
}

#define CHART_WIDTH  440.0
#define CHART_HEIGHT 170.0

/* A metric's chart, the Metrics page's drawing, recorded when the pack is
 * built (as the heat maps are). */
static cairo_surface_t *
record_chart (AttestWorkspace *workspace,
              AttestRecord    *metric)
{
  cairo_rectangle_t extents = { 0, 0, CHART_WIDTH, CHART_HEIGHT };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (surface);

  attest_metric_chart_draw_metric (cr, workspace, metric, CHART_WIDTH, CHART_HEIGHT);
  cairo_destroy (cr);
  return surface;
}

/* One metric: how it is measured and by whom, its chart against the
 * target, and every measurement, those that miss the target said so in
 * words as well as drawn. */
static void
add_metric (Pack         *pack,
            AttestRecord *metric,
            guint         n)
{
  g_autoptr(GPtrArray) measurements = attest_metric_dup_measurements (pack->workspace, metric);
  g_autoptr(GPtrArray) objective_ids = attest_workspace_dup_links_from (pack->workspace, "metric-objective", metric,
                                                                        NULL);
  g_autoptr(GPtrArray) control_ids = attest_workspace_dup_links_from (pack->workspace, "metric-control", metric, NULL);
  g_autoptr(GString) objectives = g_string_new (NULL);
  g_autofree char *controls = joined_labels (pack, control_ids);
  g_autofree char *target = attest_metric_dup_target (metric);
  g_autofree char *cadence = attest_cadence_dup_label (attest_record_get_int (metric, "measured-every"),
                                                      attest_record_get_enum (metric, "measured-unit"));
  g_autofree char *next = attest_metric_dup_next_due (pack->workspace, metric);
  g_autofree char *next_day = next != NULL ? written_day (next) : g_strdup (_("When first measured"));
  g_autofree char *alt = attest_metric_chart_dup_alt_text (pack->workspace, metric);
  AttestRecord *analyst = attest_workspace_lookup (pack->workspace, text_of (metric, "analysed-by"));
  g_autofree char *analyst_name = analyst != NULL ? attest_party_dup_label (analyst) : NULL;
  g_autofree char *title = g_strdup_printf ("%u. %s", n, or_dash (text_of (metric, "name")));
  g_autofree char *next_text = NULL;

  for (guint i = 0; objective_ids != NULL && i < objective_ids->len; i++)
    {
      AttestRecord *objective = attest_workspace_lookup (pack->workspace, g_ptr_array_index (objective_ids, i));

      if (objective != NULL)
        g_string_append_printf (objectives, "%s%s", objectives->len > 0 ? "\n" : "", text_of (objective, "title"));
    }
  next_text = attest_metric_is_overdue (pack->workspace, metric)
              /* TRANSLATORS: in the pack, the day a metric's next measurement was due, which has passed */
              ? g_strdup_printf (_("%s, passed without a measurement"), next_day)
              : g_strdup (next_day);
  attest_document_add_heading (pack->doc, 3, "", title, NULL);
  attest_document_add_key_values (pack->doc, (const char * const[]) {
    attest_field_get_label ("metric", "measure"), or_dash (text_of (metric, "measure")),
    attest_field_get_label ("metric", "method"), or_dash (text_of (metric, "method")),
    _("How often"), cadence,
    attest_field_get_label ("metric", "owner"), or_dash (text_of (metric, "owner")),
    attest_field_get_label ("metric", "analysed-by"), or_dash (analyst_name),
    attest_field_get_label ("metric", "analysis"), or_dash (text_of (metric, "analysis")),
    attest_field_get_label ("metric", "target"), or_dash (target),
    _("Objectives it shows"), or_dash (objectives->str),
    _("Controls it shows"), or_dash (controls),
    _("Next measurement due"), next_text,
    NULL });
  attest_document_add_image (pack->doc, CHART_WIDTH, CHART_HEIGHT, draw_recording,
                             record_chart (pack->workspace, metric), (GDestroyNotify) cairo_surface_destroy);
  attest_document_set_alt_text (pack->doc, alt);
  if (measurements->len == 0)
    return;
  {
    const double widths[] = { 0.16, 0.16, 0.4, 0.28 };
    const char *headers[] = { attest_field_get_label ("measurement", "date"),
                              attest_field_get_label ("measurement", "value"),
                              attest_field_get_label ("measurement", "note"),
                              attest_field_get_label ("measurement", "evidence") };
    AttestTable *table = attest_document_add_table (pack->doc, 4, widths, headers);
    const char *unit = text_of (metric, "unit");

    for (guint i = 0; i < measurements->len; i++)
      {
        AttestRecord *measurement = g_ptr_array_index (measurements, i);
        g_autofree char *day = stored_day (text_of (measurement, "date"));
        double value = 0;
        gboolean misses = attest_decimal_parse (text_of (measurement, "value"), &value)
                          && attest_metric_value_misses (metric, value);
        g_autoptr(GString) shown = g_string_new (text_of (measurement, "value"));

        if (*unit != '\0')
          g_string_append_printf (shown, " %s", unit);
        if (misses)
          /* TRANSLATORS: in the pack, under a measured value that misses the metric's target */
          g_string_append_printf (shown, "\n%s", _("Misses the target"));
        attest_table_add_row (table, (const char * const[]) { day, shown->str, or_dash (text_of (measurement, "note")),
                                                              or_dash (text_of (measurement, "evidence")) }, NULL);
      }
  }
}

/* 9.1: what the ISMS monitors and measures, how, how often, who measures
 * and who analyses, and each metric's results against its target. */
static void
add_performance (Pack *pack)
{
  GListModel *metrics = records (pack, ATTEST_TYPE_METRIC);

  clause_heading (pack, 1, "9");
  clause_heading (pack, 2, "9.1");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: what the ISMS monitors and measures to show how it performs, how and how often "
                              "it is measured so that results compare, who measures and who analyses and evaluates "
                              "the results and when, then each metric's results against its target, drawn and listed. "
                              "A value that misses the target is marked with a cross and said under the value."));
  if (g_list_model_get_n_items (metrics) == 0)
    {
      empty (pack, _("No metrics are recorded in Attest."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (metrics); i++)
    {
      g_autoptr(AttestRecord) metric = g_list_model_get_item (metrics, i);

      add_metric (pack, metric, i + 1);
    }
}

/* 9.2: the internal audit programme. */

/* The day an audit is ordered by: the day it is planned for, or else the
 * day it was held; undated audits come last. */
static const char *
audit_order_day (AttestRecord *audit)
{
  const char *planned = text_of (audit, "planned-date");
  const char *held = text_of (audit, "held-on");

  if (attest_date_is_valid (planned))
    return planned;
  return attest_date_is_valid (held) ? held : "\xff";
}

static int
compare_audits (gconstpointer a,
                gconstpointer b)
{
  AttestRecord *x = *(AttestRecord * const *) a, *y = *(AttestRecord * const *) b;
  int order = strcmp (audit_order_day (x), audit_order_day (y));

  return order != 0 ? order : g_utf8_collate (text_of (x, "title"), text_of (y, "title"));
}

/* The audit programme: its period, how often what is audited, the
 * methods, who is responsible for what, how audits are planned and their
 * results reported, and who manages it. An empty programme says so. */
static void
add_audit_programme (Pack *pack)
{
  AttestRecord *programme = attest_workspace_get_singleton (pack->workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  static const char * const prose[] = { "frequency", "methods", "responsibilities", "planning", "reporting", NULL };
  const char *start = programme != NULL ? text_of (programme, "period-start") : "";
  const char *end = programme != NULL ? text_of (programme, "period-end") : "";
  g_autofree char *period = NULL;
  gboolean written = !attest_text_is_blank (start) || !attest_text_is_blank (end);

  for (guint i = 0; programme != NULL && prose[i] != NULL; i++)
    written |= !attest_text_is_blank (text_of (programme, prose[i]));
  if (programme != NULL)
    written |= !attest_text_is_blank (text_of (programme, "owner"));
  attest_document_add_heading (pack->doc, 3, "", attest_kind_get_label ("audit-programme"), NULL);
  if (!written)
    {
      empty (pack, _("No audit programme is recorded in Attest."));
      return;
    }
  if (!attest_text_is_blank (start) || !attest_text_is_blank (end))
    {
      g_autofree char *from = written_day (start);
      g_autofree char *to = written_day (end);

      /* TRANSLATORS: the audit programme's period in the pack: "1 January 2026 to 31 December 2028" */
      period = g_strdup_printf (_("%s to %s"), from, to);
    }
  attest_document_add_key_values (pack->doc, (const char * const[]) {
    _("Period"), or_dash (period),
    attest_field_get_label ("audit-programme", "frequency"), or_dash (text_of (programme, "frequency")),
    attest_field_get_label ("audit-programme", "methods"), or_dash (text_of (programme, "methods")),
    attest_field_get_label ("audit-programme", "responsibilities"), or_dash (text_of (programme, "responsibilities")),
    attest_field_get_label ("audit-programme", "planning"), or_dash (text_of (programme, "planning")),
    attest_field_get_label ("audit-programme", "reporting"), or_dash (text_of (programme, "reporting")),
    attest_field_get_label ("audit-programme", "owner"), or_dash (text_of (programme, "owner")),
    NULL });
}

/* An auditor who owns records in the area their audit covers, said in
 * words, auditor by auditor, naming the first records. */
#define CONFLICTS_NAMED 5

static void
add_audit_conflicts (Pack   *pack,
                     GArray *conflicts)
{
  for (guint i = 0; conflicts != NULL && i < conflicts->len;)
    {
      AttestRecord *auditor = g_array_index (conflicts, AttestAuditConflict, i).auditor;
      g_autofree char *name = attest_party_dup_label (auditor);
      g_autoptr(GString) owned = g_string_new (NULL);
      /* TRANSLATORS: in the pack, before what says an auditor would audit their own work */
      const char *lead = _("Not impartial:");
      g_autofree char *text = NULL;
      guint n = 0;
      AttestTextSpan span = { 0, (guint) strlen (lead), ATTEST_EMPHASIS_BOLD };

      for (; i < conflicts->len && g_array_index (conflicts, AttestAuditConflict, i).auditor == auditor; i++, n++)
        {
          AttestAuditConflict *conflict = &g_array_index (conflicts, AttestAuditConflict, i);
          g_autofree char *record = attest_record_dup_display_name (pack->workspace, conflict->record);

          if (n >= CONFLICTS_NAMED)
            continue;
          if (owned->len > 0)
            g_string_append (owned, ", ");
          /* TRANSLATORS: a record an auditor owns in the pack: its kind, its name and the clause or control it falls under: "Risk “Ransomware” (8.2)" */
          g_string_append_printf (owned, _("%s “%s” (%s)"),
                                  attest_kind_get_label (attest_record_get_kind (conflict->record)), record,
                                  conflict->area);
        }
      if (n > CONFLICTS_NAMED)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                                n - CONFLICTS_NAMED), n - CONFLICTS_NAMED);

          g_string_append_printf (owned, ", %s", more);
        }
      /* TRANSLATORS: in the pack: "Not impartial:", then the auditor, then the records they own in the audited area */
      text = g_strdup_printf (_("%s %s, an auditor of this audit, owns records in the area it covers, themselves or "
                                "through a role they hold, and so would audit their own work: %s."),
                              lead, name, owned->str);
      attest_document_add_rich_text (pack->doc, ATTEST_TEXT_BODY, text, &span, 1);
    }
}

/* An audit's findings, the nonconformities first: a control links to its
 * row of the Statement of Applicability when that is printed. */
static void
add_audit_findings (Pack         *pack,
                    AttestRecord *audit)
{
  g_autoptr(GPtrArray) findings = attest_audit_dup_findings (pack->workspace, audit);
  const double widths[] = { 0.2, 0.14, 0.38, 0.28 };
  const char *headers[] = { attest_field_get_label ("audit-finding", "type"),
                            attest_field_get_label ("audit-finding", "requirement"),
                            attest_field_get_label ("audit-finding", "description"),
                            attest_field_get_label ("audit-finding", "evidence") };
  g_autofree char *lead = NULL;
  AttestTable *table;

  if (findings->len == 0)
    {
      empty (pack, _("No findings recorded."));
      return;
    }
  lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding:", "%u findings, the nonconformities first:",
                                       findings->len), findings->len);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, lead);
  table = attest_document_add_table (pack->doc, 4, widths, headers);
  attest_table_set_nowrap (table, 1, (const guint[]) { 1 });
  for (guint i = 0; i < findings->len; i++)
    {
      AttestRecord *finding = g_ptr_array_index (findings, i);
      g_autofree char *requirement = g_strstrip (g_strdup (text_of (finding, "requirement")));
      g_autofree char *control_id = g_str_has_prefix (requirement, "A.")
                                    ? g_strconcat ("iso27001:2022/", requirement, NULL) : NULL;
      AttestRecord *entry = control_id != NULL && pack->soa_printed
                            ? attest_workspace_lookup_soa_entry (pack->workspace, control_id) : NULL;
      g_autofree char *anchor = entry != NULL ? control_anchor (entry) : NULL;
      AttestRecord *opened = attest_finding_get_nonconformity (pack->workspace, finding);
      g_autofree char *described = NULL;

      /* A nonconformity found says the record that corrects it (10.2). */
      if (opened != NULL)
        /* TRANSLATORS: what an audit found, then the nonconformity record it opened and the step it is at */
        described = g_strdup_printf (_("%1$s\nNonconformity record: “%2$s”, at the step “%3$s”."),
                                     or_dash (text_of (finding, "description")), text_of (opened, "title"),
                                     choice (opened, "state"));
      else if (attest_finding_is_nonconformity (finding))
        described = g_strdup_printf (_("%s\nNo nonconformity record yet."), or_dash (text_of (finding, "description")));
      attest_table_add_row (table, (const char * const[]) { choice (finding, "type"), "",
                                                            described != NULL ? described
                                                                              : or_dash (text_of (finding, "description")),
                                                            or_dash (text_of (finding, "evidence")) }, NULL);
      attest_table_add_link (table, 1, or_dash (requirement), anchor);
    }
}

/* One audit: its scope and criteria, what it covers, who audits whom, when
 * it was planned and held, its report's conclusions and where the report
 * is kept; whether an auditor would audit their own work; its findings. */
static void
add_audit (Pack         *pack,
           AttestRecord *audit,
           GArray       *conflicts,
           guint         n)
{
  g_autoptr(GPtrArray) covered = attest_audit_dup_covered (pack->workspace, audit);
  g_autoptr(GPtrArray) auditors = attest_audit_dup_auditors (pack->workspace, audit);
  g_autoptr(GString) clauses = g_string_new (NULL);
  g_autoptr(GString) controls = g_string_new (NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *title = g_strdup_printf ("%u. %s", n, or_dash (text_of (audit, "title")));
  const char *planned = text_of (audit, "planned-date");
  g_autofree char *planned_day = attest_text_is_blank (planned) ? NULL : written_day (planned);
  g_autofree char *held_day = attest_audit_is_held (audit) ? written_day (text_of (audit, "held-on")) : NULL;

  for (guint i = 0; i < covered->len; i++)
    {
      const char *requirement = g_ptr_array_index (covered, i);
      GString *list = g_str_has_prefix (requirement, "A.") ? controls : clauses;

      g_string_append_printf (list, "%s%s", list->len ? ", " : "", requirement);
    }
  for (guint i = 0; i < auditors->len; i++)
    {
      g_autofree char *name = attest_party_dup_label (g_ptr_array_index (auditors, i));

      g_string_append_printf (names, "%s%s", names->len ? "\n" : "", name);
    }
  attest_document_add_heading (pack->doc, 3, "", title, NULL);
  attest_document_add_key_values (pack->doc, (const char * const[]) {
    attest_field_get_label ("audit", "scope"), or_dash (text_of (audit, "scope")),
    attest_field_get_label ("audit", "criteria"), or_dash (text_of (audit, "criteria")),
    attest_field_get_label ("audit", "clauses"), or_dash (clauses->str),
    _("Controls covered"), or_dash (controls->str),
    _("Auditors"), or_dash (names->str),
    attest_field_get_label ("audit", "auditees"), or_dash (text_of (audit, "auditees")),
    attest_field_get_label ("audit", "planned-date"), or_dash (planned_day),
    /* TRANSLATORS: in the pack, the day an audit was held, when it has not been */
    attest_field_get_label ("audit", "held-on"), held_day != NULL ? held_day : _("Not held yet"),
    attest_field_get_label ("audit", "report"), or_dash (text_of (audit, "report")),
    attest_field_get_label ("audit", "report-reference"), or_dash (text_of (audit, "report-reference")),
    NULL });
  add_audit_conflicts (pack, conflicts);
  add_audit_findings (pack, audit);
}

/* The latest day a held audit of the period that covers @row was held in
 * year @year of @coverage, or NULL: the day an "Audited" cell shows. */
static const char *
coverage_day (AttestCoverage    *coverage,
              GPtrArray         *held,
              AttestCoverageRow *row,
              guint              year)
{
  const char *latest = NULL;

  for (guint i = 0; i < held->len; i += 2)
    {
      const char *day = g_ptr_array_index (held, i);
      GPtrArray *covered = g_ptr_array_index (held, i + 1);

      if (g_ascii_strtoll (day, NULL, 10) != coverage->first_year + (int) year
          || (latest != NULL && strcmp (day, latest) <= 0))
        continue;
      for (guint c = 0; c < covered->len; c++)
        {
          const char *requirement = g_ptr_array_index (covered, c);

          if (row->is_control == g_str_has_prefix (requirement, "A.")
              && attest_requirement_covers (requirement, row->requirement))
            {
              latest = day;
              break;
            }
        }
    }
  return latest;
}

#define GRID_YEARS 4

/* The coverage grid's table for years @first to @first + @n - 1 of
 * @coverage: every clause and control, and what the audits did for each in
 * each year. */
static void
add_coverage_table (Pack           *pack,
                    AttestCoverage *coverage,
                    GPtrArray      *held,
                    guint           first,
                    guint           n)
{
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  double widths[GRID_YEARS + 1];
  guint years[GRID_YEARS];
  AttestTable *table;

  g_assert (n >= 1 && n <= GRID_YEARS);
  g_ptr_array_add (headers, g_strdup (_("Clause or control")));
  widths[0] = 0.46;
  for (guint y = 0; y < n; y++)
    {
      g_ptr_array_add (headers, g_strdup_printf ("%d", coverage->first_year + (int) (first + y)));
      widths[y + 1] = 0.54 / n;
      years[y] = y + 1;
    }
  table = attest_document_add_table (pack->doc, n + 1, widths, (const char * const *) headers->pdata);
  attest_table_set_title (table, _("Coverage of the programme"));
  attest_table_set_nowrap (table, n, years);
  /* "Audited" in bold over its day, so held audits stand out from plans. */
  for (guint y = 0; y < n; y++)
    attest_table_set_first_line_bold (table, years[y]);
  for (guint r = 0; r < coverage->rows->len; r++)
    {
      AttestCoverageRow *row = g_ptr_array_index (coverage->rows, r);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      if (r == 0 || row->is_control != ((AttestCoverageRow *) g_ptr_array_index (coverage->rows, r - 1))->is_control)
        attest_table_add_group (table, row->is_control ? _("Annex A controls") : _("Clauses 4 to 10"), NULL);
      /* Plain text: a link before the title would hide the cell's text
       * from screen readers. */
      g_ptr_array_add (cells, g_strdup_printf ("%s %s", row->requirement, row->title));
      for (guint y = first; y < first + n; y++)
        {
          const char *day = row->cells[y] == ATTEST_COVERAGE_AUDITED ? coverage_day (coverage, held, row, y) : NULL;
          g_autofree char *shown = day != NULL ? stored_day (day) : NULL;

          if (!row->applicable)
            /* TRANSLATORS: a cell of the pack's audit coverage: a control the SoA excludes */
            g_ptr_array_add (cells, g_strdup (_("Not applicable")));
          else if (row->cells[y] == ATTEST_COVERAGE_AUDITED)
            /* TRANSLATORS: a cell of the pack's audit coverage, above the day of the audit */
            g_ptr_array_add (cells, shown != NULL ? g_strdup_printf ("%s\n%s", _("Audited"), shown)
                                                  : g_strdup (_("Audited")));
          else if (row->cells[y] == ATTEST_COVERAGE_PLANNED)
            /* TRANSLATORS: a cell of the pack's audit coverage: an audit that covers it is planned */
            g_ptr_array_add (cells, g_strdup (_("Planned")));
          else
            g_ptr_array_add (cells, g_strdup ("—"));
        }
      attest_table_add_row (table, (const char * const *) cells->pdata, NULL);
    }
}

#define GAPS_NAMED 12

/* The coverage of the programme's period: a sentence with what no audit
 * covers, then every clause and control against the years. */
static void
add_audit_coverage (Pack *pack)
{
  g_autoptr(AttestCoverage) coverage = attest_audit_coverage_new (pack->workspace);
  GListModel *audits = records (pack, ATTEST_TYPE_AUDIT);
  /* The held audits of the period: day, then what it covers. */
  g_autoptr(GPtrArray) held = g_ptr_array_new ();
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autofree char *period = NULL;
  g_autofree char *gaps = NULL;
  guint n_tables;

  attest_document_add_heading (pack->doc, 3, "", _("Coverage of the programme"), "audit-coverage");
  if (coverage->period_start != NULL)
    {
      g_autofree char *from = written_day (coverage->period_start);
      g_autofree char *to = written_day (coverage->period_end);

      period = g_strdup_printf (_("The programme's period runs from %s to %s."), from, to);
    }
  else if (coverage->n_years == 1)
    period = g_strdup_printf (_("The programme names no period; the grid shows the year of its audits, %d."),
                              coverage->first_year);
  else
    period = g_strdup_printf (_("The programme names no period; the grid shows the years of its audits, %d to %d."),
                              coverage->first_year, coverage->first_year + (int) coverage->n_years - 1);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, period);

  gaps = attest_audit_coverage_dup_gaps (coverage, GAPS_NAMED);
  if (coverage->n_clause_gaps == 0 && coverage->n_control_gaps == 0)
    attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                              _("Every clause of 4 to 10 and every applicable control of Annex A is covered by an "
                                "audit of the period, held or planned."));
  else
    {
      g_autofree char *clauses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses",
                                                               coverage->n_clause_gaps), coverage->n_clause_gaps);
      g_autofree char *controls = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u applicable control",
                                                                "%u applicable controls", coverage->n_control_gaps),
                                                   coverage->n_control_gaps);
      guint n_gaps = coverage->n_clause_gaps + coverage->n_control_gaps;
      g_autofree char *both = NULL;
      g_autofree char *text = NULL;

      if (coverage->n_clause_gaps > 0 && coverage->n_control_gaps > 0)
        /* TRANSLATORS: "12 clauses and 80 applicable controls" */
        both = g_strdup_printf (_("%s and %s"), clauses, controls);
      else
        both = g_strdup (coverage->n_clause_gaps > 0 ? clauses : controls);
      if (n_gaps > GAPS_NAMED)
        {
          /* The first ones named, then how many more: no "…" before the full stop. */
          g_autofree char *named = g_strndup (gaps, strlen (gaps) - strlen (", …"));

          /* TRANSLATORS: in the pack: how many clauses and controls no audit covers, the first of them ("5.1, 5.2, A.5.7") and how many more */
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "No audit of the period, held or planned, covers %s: %s and %u more.",
                                               "No audit of the period, held or planned, covers %s: %s and %u more.",
                                               n_gaps - GAPS_NAMED),
                                  both, named, n_gaps - GAPS_NAMED);
        }
      else
        /* TRANSLATORS: in the pack: how many clauses and controls no audit covers, then which: "7.4, 8.3, A.5.7" */
        text = g_strdup_printf (_("No audit of the period, held or planned, covers %s: %s."), both, gaps);
      attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, text);
    }

  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(AttestRecord) audit = g_list_model_get_item (audits, i);
      const char *day = text_of (audit, "held-on");

      if (!attest_audit_is_held (audit)
          || (coverage->period_start != NULL
              && (strcmp (day, coverage->period_start) < 0 || strcmp (day, coverage->period_end) > 0)))
        continue;
      g_ptr_array_add (owned, attest_audit_dup_covered (pack->workspace, audit));
      g_ptr_array_add (held, (gpointer) day);
      g_ptr_array_add (held, g_ptr_array_index (owned, owned->len - 1));
    }

  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Each cell says for one year whether an audit that covers the clause or control was "
                              "held (Audited, on the day of the last), is planned (Planned) or neither (—); a control "
                              "the Statement of Applicability excludes is not applicable."));
  /* At most four years a table, so that a day fits in its cell beside
   * the clause's title; a longer period takes more tables, of years as
   * even in number as they can be. */
  n_tables = (coverage->n_years + GRID_YEARS - 1) / GRID_YEARS;
  for (guint t = 0, first = 0; t < n_tables; t++)
    {
      guint n = (coverage->n_years - first + (n_tables - t) - 1) / (n_tables - t);

      add_coverage_table (pack, coverage, held, first, n);
      first += n;
    }
}

/* 9.2: the audit programme, each audit with what it covers, who audited,
 * its report and findings, and what the audits of the period covered. */
static void
add_audits (Pack *pack)
{
  GListModel *model = records (pack, ATTEST_TYPE_AUDIT);
  g_autoptr(GPtrArray) audits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) conflicts = NULL;

  /* 9 Performance evaluation heads whichever part of it comes first;
   * after 9.1, 9.2 starts a page of its own, so that its heading and
   * lead-in are never left at the foot of 9.1's last page. */
  if ((pack->chosen & ATTEST_PACK_PERFORMANCE) == 0)
    clause_heading (pack, 1, "9");
  else
    attest_document_add_page_break (pack->doc);
  clause_heading (pack, 2, "9.2");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: the internal audit programme (its period, how often what is audited, the "
                              "methods, who is responsible, how audits are planned and reported, and who manages "
                              "it), then each audit in the order planned with its scope and criteria, what it covers, "
                              "who audited whom and when, the conclusions of its report and where the report is "
                              "kept, whether an auditor would audit their own work, and its findings; last, what the "
                              "audits of the programme's period covered, clause by clause and control by control."));
  add_audit_programme (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (audits, g_list_model_get_item (model, i));
  if (audits->len == 0)
    {
      empty (pack, _("No internal audits are recorded in Attest."));
      return;
    }
  g_ptr_array_sort (audits, compare_audits);
  /* The owners read once for every audit. */
  conflicts = attest_audits_dup_conflicts (pack->workspace);
  for (guint i = 0; i < audits->len; i++)
    add_audit (pack, g_ptr_array_index (audits, i), g_hash_table_lookup (conflicts, g_ptr_array_index (audits, i)),
               i + 1);
  add_audit_coverage (pack);
}

/* 10: improvement. */

/* The day a record of clause 10 is ordered by (@field: the day it was
 * reported or raised); undated ones come last, then by title. */
static int
compare_by_day (AttestRecord *x,
                AttestRecord *y,
                const char   *field)
{
  const char *a = text_of (x, field), *b = text_of (y, field);
  int order = strcmp (attest_date_is_valid (a) ? a : "\xff", attest_date_is_valid (b) ? b : "\xff");

  return order != 0 ? order : g_utf8_collate (text_of (x, "title"), text_of (y, "title"));
}

static int
compare_improvements (gconstpointer a,
                      gconstpointer b)
{
  return compare_by_day (*(AttestRecord * const *) a, *(AttestRecord * const *) b, "raised-on");
}

static int
compare_nonconformities (gconstpointer a,
                         gconstpointer b)
{
  return compare_by_day (*(AttestRecord * const *) a, *(AttestRecord * const *) b, "reported-on");
}

/* The records of @kind in a new array, sorted by @compare. */
static GPtrArray *
sorted_records (Pack         *pack,
                GType         kind,
                GCompareFunc  compare)
{
  GListModel *model = records (pack, kind);
  GPtrArray *sorted = g_ptr_array_new_full (g_list_model_get_n_items (model), g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare);
  return sorted;
}

/* The audit finding @record names (its finding-id), in words: the
 * finding's type, the audit's title and the day it was held, the day as
 * tables write it when @short_day, as running text does when not. NULL
 * when it names no finding, or one no longer recorded. */
static char *
finding_origin (Pack         *pack,
                AttestRecord *record,
                gboolean      short_day)
{
  AttestRecord *finding = attest_workspace_lookup (pack->workspace, text_of (record, "finding-id"));
  AttestRecord *audit = finding != NULL ? attest_workspace_lookup (pack->workspace, text_of (finding, "audit-id"))
                                        : NULL;
  g_autofree char *held = NULL;

  if (finding == NULL)
    return NULL;
  if (audit == NULL)
    /* TRANSLATORS: in the pack, the audit finding a nonconformity or improvement came from, by its type: "Minor nonconformity found by an internal audit" */
    return g_strdup_printf (_("%s found by an internal audit"), choice (finding, "type"));
  if (!attest_audit_is_held (audit))
    /* TRANSLATORS: in the pack, the audit finding a nonconformity or improvement came from: its type and the audit's title */
    return g_strdup_printf (_("%1$s found by the audit “%2$s”"), choice (finding, "type"),
                            or_dash (text_of (audit, "title")));
  held = short_day ? stored_day (text_of (audit, "held-on")) : written_day (text_of (audit, "held-on"));
  /* TRANSLATORS: in the pack, the audit finding a nonconformity or improvement came from: its type, the audit's title and the day it was held: "Minor nonconformity found by the audit “Access control”, held on 12 March 2025" */
  return g_strdup_printf (_("%1$s found by the audit “%2$s”, held on %3$s"), choice (finding, "type"),
                          or_dash (text_of (audit, "title")), held);
}

/* 10.1: the register of opportunities for improvement, each with where
 * it came from, when it was raised, what was decided and why, who owns
 * it, by when, and where it stands. */
static void
add_improvements (Pack *pack)
{
  g_autoptr(GPtrArray) improvements = sorted_records (pack, ATTEST_TYPE_IMPROVEMENT, compare_improvements);
  const double widths[] = { 0.34, 0.21, 0.17, 0.08, 0.1, 0.1 };
  const char *headers[] = { attest_field_get_label ("improvement", "title"),
                            attest_field_get_label ("improvement", "source"),
                            _("Decision and why"),
                            attest_field_get_label ("improvement", "owner"),
                            attest_field_get_label ("improvement", "due-date"),
                            /* TRANSLATORS: a column of the pack's improvements: the status, and under it the day it was done */
                            _("Status, done on") };
  AttestTable *table;

  clause_heading (pack, 2, "10.1");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: the register of opportunities for improvement, each with where it came from "
                              "(the audit and its finding when an audit found it), the day it was raised, what was "
                              "decided about it and why, who owns it, by when, and where it stands."));
  if (improvements->len == 0)
    {
      empty (pack, _("No opportunities for improvement are recorded in Attest."));
      return;
    }
  table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);
  attest_table_set_title (table, _("Opportunities for improvement"));
  attest_table_set_nowrap (table, 2, (const guint[]) { 4, 5 });
  attest_table_set_two_lines (table, 3, 0.16);
  /* An owner's name that takes more than two lines still breaks between
   * words only ("Head of IT, Ridings Recruitment (Callum Fraser)"). */
  attest_table_set_whole_words (table, 3);
  for (guint i = 0; i < improvements->len; i++)
    {
      AttestRecord *improvement = g_ptr_array_index (improvements, i);
      g_autofree char *origin = finding_origin (pack, improvement, TRUE);
      g_autofree char *raised = stored_day (text_of (improvement, "raised-on"));
      g_autofree char *due = stored_day (text_of (improvement, "due-date"));
      g_autoptr(GString) what = g_string_new (or_dash (text_of (improvement, "title")));
      g_autoptr(GString) source = g_string_new (choice (improvement, "source"));
      g_autoptr(GString) decision = g_string_new (choice (improvement, "decision"));
      g_autoptr(GString) status = g_string_new (choice (improvement, "status"));
      const char *description = text_of (improvement, "description");
      const char *rationale = text_of (improvement, "rationale");
      const char *done = text_of (improvement, "done-on");

      if (!attest_text_is_blank (description))
        /* TRANSLATORS: under an improvement in the pack: what could be better */
        g_string_append_printf (what, "\n%s %s", _("What could be better:"), description);
      if (origin != NULL)
        g_string_append_printf (source, ":\n%s", origin);
      /* TRANSLATORS: under where an improvement came from in the pack: the day it was raised */
      g_string_append_printf (source, "\n%s\u00a0%s", _("Raised on"), raised);
      if (!attest_text_is_blank (rationale))
        g_string_append_printf (decision, ":\n%s", rationale);
      if (attest_date_is_valid (done))
        {
          g_autofree char *day = stored_day (done);

          g_string_append_printf (status, "\n%s", day);
        }
      attest_table_add_row (table, (const char * const[]) { what->str, source->str, decision->str,
                                                            or_dash (text_of (improvement, "owner")), due,
                                                            status->str }, NULL);
    }
}

static char *
nonconformity_anchor (AttestRecord *nonconformity)
{
  return g_strdup_printf ("nonconformity-%s", attest_record_get_id (nonconformity));
}

/* "1 of 2": how many of a nonconformity's corrective actions are done. */
static char *
actions_done (GPtrArray *actions)
{
  guint done = 0;

  if (actions->len == 0)
    /* TRANSLATORS: in the pack, a nonconformity without corrective actions */
    return g_strdup (_("None yet"));
  for (guint i = 0; i < actions->len; i++)
    done += attest_date_is_valid (text_of (g_ptr_array_index (actions, i), "done-on"));
  /* TRANSLATORS: in the pack, how many of a nonconformity's corrective actions are done: "1 of 2" */
  return g_strdup_printf (_("%u of %u"), done, actions->len);
}

/* The register of nonconformities: each with the clause or control it
 * fails, how it came to light, when, the step it is at and how many of its
 * corrective actions are done; its title leads to its record below. */
static void
add_nonconformity_register (Pack      *pack,
                            GPtrArray *nonconformities,
                            GPtrArray *actions)
{
  const double widths[] = { 0.33, 0.11, 0.16, 0.12, 0.15, 0.13 };
  const char *headers[] = { attest_field_get_label ("nonconformity", "title"),
                            attest_field_get_label ("nonconformity", "requirement"),
                            attest_field_get_label ("nonconformity", "source"),
                            attest_field_get_label ("nonconformity", "reported-on"),
                            attest_field_get_label ("nonconformity", "state"),
                            _("Corrective actions done") };
  AttestTable *table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);

  attest_table_set_title (table, _("Register of nonconformities"));
  attest_table_set_nowrap (table, 3, (const guint[]) { 1, 3, 5 });
  for (guint i = 0; i < nonconformities->len; i++)
    {
      AttestRecord *nonconformity = g_ptr_array_index (nonconformities, i);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, or_dash (text_of (nonconformity, "title")));
      g_autofree char *anchor = nonconformity_anchor (nonconformity);
      g_autofree char *reported = stored_day (text_of (nonconformity, "reported-on"));
      g_autofree char *done = actions_done (g_ptr_array_index (actions, i));

      attest_table_add_row (table, (const char * const[]) { "", or_dash (text_of (nonconformity, "requirement")),
                                                            choice (nonconformity, "source"), reported,
                                                            choice (nonconformity, "state"), done }, NULL);
      attest_table_add_link (table, 0, title, anchor);
    }
}

/* A nonconformity's corrective actions: what, who, due, done; across a
 * page, the header row again under "Corrective actions of 1. Backups not
 * tested (continued)", as the pack's other long tables say theirs. */
static void
add_corrective_actions (Pack       *pack,
                        GPtrArray  *actions,
                        const char *nonconformity)
{
  const double widths[] = { 0.5, 0.22, 0.14, 0.14 };
  const char *headers[] = { attest_field_get_label ("corrective-action", "title"),
                            attest_field_get_label ("corrective-action", "owner"),
                            attest_field_get_label ("corrective-action", "due-date"),
                            attest_field_get_label ("corrective-action", "done-on") };
  g_autofree char *done = NULL;
  g_autofree char *lead = NULL;
  AttestTable *table;

  if (actions->len == 0)
    {
      empty (pack, _("No corrective actions are recorded for it yet."));
      return;
    }
  done = actions_done (actions);
  /* TRANSLATORS: in the pack, before a nonconformity's corrective actions: "Corrective actions, 1 of 2 done:" */
  lead = g_strdup_printf (_("Corrective actions, %s done:"), done);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, lead);
  table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);
  {
    /* TRANSLATORS: in the pack, a nonconformity's corrective actions, said again above their part on a later page:
     * "Corrective actions of 1. Backups not tested (continued)" */
    g_autofree char *title = g_strdup_printf (_("Corrective actions of %s"), nonconformity);

    attest_table_set_title (table, title);
  }
  attest_table_set_nowrap (table, 2, (const guint[]) { 2, 3 });
  attest_table_set_two_lines (table, 1, 0.22);
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      g_autoptr(GString) what = g_string_new (or_dash (text_of (action, "title")));
      const char *description = text_of (action, "description");
      const char *done_on = text_of (action, "done-on");
      g_autofree char *due = stored_day (text_of (action, "due-date"));
      /* TRANSLATORS: in the pack, a corrective action not done yet, in the Done on column */
      g_autofree char *done_day = attest_date_is_valid (done_on) ? stored_day (done_on) : g_strdup (_("Not done yet"));

      if (!attest_text_is_blank (description))
        /* TRANSLATORS: under a corrective action in the pack: what is done */
        g_string_append_printf (what, "\n%s %s", _("What is done:"), description);
      attest_table_add_row (table, (const char * const[]) { what->str, or_dash (text_of (action, "owner")), due,
                                                            done_day }, NULL);
    }
}

/* One nonconformity as the evidence 10.2 asks for: what happened and
 * where it came from; the reaction; the analysis of its causes; its
 * corrective actions; the review of their effectiveness; the changes to
 * the ISMS; the step it is at, and plainly whether it is closed. */
static void
add_nonconformity (Pack         *pack,
                   AttestRecord *nonconformity,
                   GPtrArray    *actions,
                   guint         n)
{
  g_autofree char *title = g_strdup_printf ("%u. %s", n, or_dash (text_of (nonconformity, "title")));
  g_autofree char *anchor = nonconformity_anchor (nonconformity);
  g_autofree char *origin = finding_origin (pack, nonconformity, FALSE);
  g_autofree char *source = origin != NULL ? g_strdup_printf ("%s: %s", choice (nonconformity, "source"), origin)
                                           : g_strdup (choice (nonconformity, "source"));
  g_autofree char *reported = written_day (text_of (nonconformity, "reported-on"));
  const char *reviewed_on = text_of (nonconformity, "reviewed-on");
  AttestRecord *reviewer = attest_workspace_lookup (pack->workspace, text_of (nonconformity, "reviewed-by-id"));
  g_autofree char *reviewer_name = reviewer != NULL ? attest_party_dup_label (reviewer) : NULL;
  gboolean reviewed = attest_date_is_valid (reviewed_on) || reviewer != NULL
                      || attest_record_get_enum (nonconformity, "effectiveness") != ATTEST_EFFECTIVENESS_NOT_EVALUATED
                      || !attest_text_is_blank (text_of (nonconformity, "review-note"));
  int reopened = attest_record_get_int (nonconformity, "reopened");
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);
  const char *step = choice (nonconformity, "state");
  /* The review, the changes and the step, as keys (borrowed) and values (owned). */
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  attest_document_add_heading (pack->doc, 3, "", title, anchor);
  attest_document_add_key_values (pack->doc, (const char * const[]) {
    attest_field_get_label ("nonconformity", "description"), or_dash (text_of (nonconformity, "description")),
    attest_field_get_label ("nonconformity", "requirement"), or_dash (text_of (nonconformity, "requirement")),
    attest_field_get_label ("nonconformity", "source"), source,
    attest_field_get_label ("nonconformity", "reported-on"), reported,
    attest_field_get_label ("nonconformity", "owner"), or_dash (text_of (nonconformity, "owner")),
    attest_field_get_label ("nonconformity", "correction"), or_dash (text_of (nonconformity, "correction")),
    attest_field_get_label ("nonconformity", "consequences"), or_dash (text_of (nonconformity, "consequences")),
    attest_field_get_label ("nonconformity", "causes"), or_dash (text_of (nonconformity, "causes")),
    attest_field_get_label ("nonconformity", "similar"), or_dash (text_of (nonconformity, "similar")),
    NULL });
  add_corrective_actions (pack, actions, title);
  if (reviewed)
    {
      g_autofree char *on = attest_date_is_valid (reviewed_on) ? written_day (reviewed_on) : NULL;

      g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "reviewed-on"));
      g_ptr_array_add (rows, g_strdup (or_dash (on)));
      g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "reviewed-by-id"));
      g_ptr_array_add (rows, g_strdup (or_dash (reviewer_name)));
      g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "effectiveness"));
      g_ptr_array_add (rows, g_strdup (choice (nonconformity, "effectiveness")));
      g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "review-note"));
      g_ptr_array_add (rows, g_strdup (or_dash (text_of (nonconformity, "review-note"))));
    }
  else
    {
      /* TRANSLATORS: in the pack, a nonconformity whose corrective actions' effectiveness has not been reviewed */
      g_ptr_array_add (rows, (gpointer) _("Effectiveness review"));
      g_ptr_array_add (rows, g_strdup (_("Not reviewed yet")));
    }
  if (reopened > 0)
    {
      /* TRANSLATORS: in the pack, before how often a nonconformity was reopened */
      g_ptr_array_add (rows, (gpointer) _("Earlier reviews"));
      g_ptr_array_add (rows, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Reopened %d time after a review found the actions not "
                                                           "effective.",
                                                           "Reopened %d times after a review found the actions not "
                                                           "effective.", reopened), reopened));
    }
  g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "changes"));
  g_ptr_array_add (rows, g_strdup (or_dash (text_of (nonconformity, "changes"))));
  g_ptr_array_add (rows, (gpointer) attest_field_get_label ("nonconformity", "state"));
  if (state == ATTEST_NONCONFORMITY_STATE_CLOSED)
    /* TRANSLATORS: in the pack, the step of a closed nonconformity */
    g_ptr_array_add (rows, g_strdup_printf (_("%s: its corrective actions were found effective"), step));
  else
    /* TRANSLATORS: in the pack, the step a nonconformity is at, which is not closed: "Actions planned: not closed yet" */
    g_ptr_array_add (rows, g_strdup_printf (_("%s: not closed yet"), step));
  g_ptr_array_add (rows, NULL);
  attest_document_add_key_values (pack->doc, (const char * const *) rows->pdata);
  for (guint i = 1; i < rows->len; i += 2)
    g_free (g_ptr_array_index (rows, i));
}

/* 10.2: the register of nonconformities, then each as the evidence of
 * what was done about it. */
static void
add_nonconformities (Pack *pack)
{
  g_autoptr(GPtrArray) nonconformities = sorted_records (pack, ATTEST_TYPE_NONCONFORMITY, compare_nonconformities);
  /* Each nonconformity's corrective actions, read once for the register and its record. */
  g_autoptr(GPtrArray) actions = g_ptr_array_new_full (nonconformities->len, (GDestroyNotify) g_ptr_array_unref);

  clause_heading (pack, 2, "10.2");
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: first the register of nonconformities, each with the clause or control it "
                              "fails, how it came to light, when it was reported, the step it has reached and how "
                              "many of its corrective actions are done; then each nonconformity as evidence of what "
                              "was done about it: what happened and where it came from, the reaction to it (the "
                              "correction and how its consequences were dealt with), the analysis of its causes and "
                              "of similar nonconformities, its corrective actions, the review of their "
                              "effectiveness, the changes to the ISMS it led to, and the step it has reached."));
  if (nonconformities->len == 0)
    {
      empty (pack, _("No nonconformities are recorded in Attest."));
      return;
    }
  for (guint i = 0; i < nonconformities->len; i++)
    g_ptr_array_add (actions, attest_nonconformity_dup_actions (pack->workspace,
                                                                g_ptr_array_index (nonconformities, i)));
  add_nonconformity_register (pack, nonconformities, actions);
  for (guint i = 0; i < nonconformities->len; i++)
    add_nonconformity (pack, g_ptr_array_index (nonconformities, i), g_ptr_array_index (actions, i), i + 1);
}

/* 10 Improvement: 10.1 the opportunities for improvement, 10.2 the
 * nonconformities and their corrective actions. */
static void
add_improvement (Pack *pack)
{
  clause_heading (pack, 1, "10");
  add_improvements (pack);
  add_nonconformities (pack);
}

/* 9.3: management review. */

/* The day a review is ordered by: the day it was held, or else the day it
 * is planned for. */
static const char *
review_day (AttestRecord *review)
{
  return attest_management_review_is_held (review) ? text_of (review, "held-on") : text_of (review, "planned-date");
}

/* Newest first; undated ones last, then by title. */
static int
compare_reviews (gconstpointer a,
                 gconstpointer b)
{
  AttestRecord *x = *(AttestRecord * const *) a, *y = *(AttestRecord * const *) b;
  const char *p = review_day (x), *q = review_day (y);
  gboolean p_dated = attest_date_is_valid (p), q_dated = attest_date_is_valid (q);
  int order;

  if (p_dated != q_dated)
    return p_dated ? -1 : 1;
  order = p_dated ? strcmp (q, p) : 0;
  return order != 0 ? order : g_utf8_collate (text_of (x, "title"), text_of (y, "title"));
}

static char *
review_anchor (AttestRecord *review)
{
  return g_strdup_printf ("review-%s", attest_record_get_id (review));
}

/* The item of 9.3.2 each input answers, in the order of AttestReviewTopic. */
static const char * const review_items[] = {
  "a)", "b)", "c)", "d) 1)", "d) 2)", "d) 3)", "d) 4)", "e)", "f)", "g)",
};

/* The roles @person holds, by title, separated by commas; "" if none. Sets
 * @top when one of them is top management, as
 * attest_management_review_has_top_management() judges it. */
static char *
roles_held (Pack         *pack,
            AttestRecord *person,
            gboolean     *top)
{
  GListModel *roles = records (pack, ATTEST_TYPE_ROLE);
  GString *held = g_string_new (NULL);

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, r);
      g_autoptr(GPtrArray) people = attest_workspace_dup_links_from (pack->workspace, "role-person", role, NULL);
      gboolean holds = FALSE;

      for (guint k = 0; people != NULL && k < people->len && !holds; k++)
        holds = g_str_equal (g_ptr_array_index (people, k), attest_record_get_id (person));
      if (!holds)
        continue;
      g_string_append_printf (held, "%s%s", held->len ? ", " : "", or_dash (text_of (role, "title")));
      if (attest_role_is_leader (role, ATTEST_LEADER_TOP_MANAGEMENT))
        *top = TRUE;
    }
  return g_string_free (held, FALSE);
}

typedef struct
{
  char     *name;    /* as attest_party_dup_label() writes it */
  char     *roles;   /* the roles held, or "" */
  gboolean  top;
} Attendee;

static void
attendee_clear (Attendee *attendee)
{
  g_free (attendee->name);
  g_free (attendee->roles);
}

/* Top management first, then by name. */
static int
compare_attendees (gconstpointer a,
                   gconstpointer b)
{
  const Attendee *x = a, *y = b;

  if (x->top != y->top)
    return x->top ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/* Who attended @review, top management first, each with the roles they
 * hold (an array of Attendee); in @top, those of them who are top
 * management, separated by commas ("" if none is). */
static GArray *
review_attendees (Pack         *pack,
                  AttestRecord *review,
                  char        **top)
{
  g_autoptr(GPtrArray) people = attest_management_review_dup_attendees (pack->workspace, review);
  GArray *attendees = g_array_sized_new (FALSE, TRUE, sizeof (Attendee), people->len);
  GString *leaders = g_string_new (NULL);

  g_array_set_clear_func (attendees, (GDestroyNotify) attendee_clear);
  for (guint i = 0; i < people->len; i++)
    {
      Attendee attendee = { attest_party_dup_label (g_ptr_array_index (people, i)), NULL, FALSE };

      attendee.roles = roles_held (pack, g_ptr_array_index (people, i), &attendee.top);
      g_array_append_val (attendees, attendee);
    }
  g_array_sort (attendees, compare_attendees);
  for (guint i = 0; i < attendees->len; i++)
    {
      Attendee *attendee = &g_array_index (attendees, Attendee, i);

      if (attendee->top)
        g_string_append_printf (leaders, "%s%s", leaders->len ? ", " : "", attendee->name);
    }
  *top = g_string_free (leaders, FALSE);
  return attendees;
}

/* The attendees of a review, each with the roles they hold. */
static void
add_review_attendees (Pack       *pack,
                      GArray     *attendees,
                      const char *name)
{
  const double widths[] = { 0.45, 0.55 };
  /* TRANSLATORS: columns of the attendees of a management review in the pack */
  const char *headers[] = { _("Attendee"), _("Roles they hold") };
  g_autofree char *title = NULL;
  AttestTable *table;

  if (attendees->len == 0)
    return;
  table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);
  /* TRANSLATORS: in the pack, the attendees of a management review, said again above their part on a later page: "Attendees of Management review 2026 (continued)" */
  title = g_strdup_printf (_("Attendees of %s"), name);
  attest_table_set_title (table, title);
  for (guint i = 0; i < attendees->len; i++)
    {
      Attendee *attendee = &g_array_index (attendees, Attendee, i);

      attest_table_add_row (table, (const char * const[]) { attendee->name, or_dash (attendee->roles) }, NULL);
    }
}

/* How many of @actions are done. */
static guint
review_actions_done (GPtrArray *actions)
{
  guint done = 0;

  for (guint i = 0; i < actions->len; i++)
    done += !attest_review_action_is_open (g_ptr_array_index (actions, i));
  return done;
}

/* The register of reviews, newest first: each title leads to its minutes
 * below. */
static void
add_review_register (Pack      *pack,
                     GPtrArray *reviews)
{
  const double widths[] = { 0.36, 0.16, 0.16, 0.16, 0.16 };
  const char *headers[] = { attest_field_get_label ("management-review", "title"),
                            attest_field_get_label ("management-review", "planned-date"),
                            attest_field_get_label ("management-review", "held-on"),
                            /* TRANSLATORS: a column of the pack's register of management reviews: how many of the inputs of 9.3.2 are prepared, "10 of 10" */
                            _("Inputs prepared"),
                            /* TRANSLATORS: a column of the pack's register of management reviews: how many of the actions it decided are done, "1 of 3" */
                            _("Actions done") };
  AttestTable *table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);

  attest_table_set_title (table, _("Management reviews"));
  attest_table_set_nowrap (table, 4, (const guint[]) { 1, 2, 3, 4 });
  for (guint i = 0; i < reviews->len; i++)
    {
      AttestRecord *review = g_ptr_array_index (reviews, i);
      g_autofree char *anchor = review_anchor (review);
      g_autoptr(GPtrArray) inputs = attest_management_review_dup_inputs (pack->workspace, review);
      g_autoptr(GPtrArray) actions = attest_management_review_dup_actions (pack->workspace, review);
      g_autofree char *planned = attest_date_is_valid (text_of (review, "planned-date"))
                                 ? stored_day (text_of (review, "planned-date")) : g_strdup ("—");
      /* TRANSLATORS: in the pack's register of management reviews, a review not held yet */
      g_autofree char *held = attest_management_review_is_held (review) ? stored_day (text_of (review, "held-on"))
                                                                        : g_strdup (_("Not held yet"));
      g_autofree char *prepared = g_strdup_printf (_("%u of %u"), MIN (inputs->len, (guint) G_N_ELEMENTS (review_items)),
                                                   (guint) G_N_ELEMENTS (review_items));
      /* A review not held has decided nothing yet: a dash, not "None". */
      g_autofree char *done = actions->len > 0 ? g_strdup_printf (_("%u of %u"), review_actions_done (actions),
                                                                  actions->len)
                              : !attest_management_review_is_held (review) ? g_strdup ("—")
                                               /* TRANSLATORS: in the pack's register of management reviews, a review that decided no actions */
                                               : g_strdup (_("None"));

      attest_table_add_row (table, (const char * const[]) { "", planned, held, prepared, done }, NULL);
      attest_table_add_link (table, 0, or_dash (text_of (review, "title")), anchor);
    }
}

/* The inputs of a review (9.3.2) in the order of the standard: each with
 * the item of 9.3.2 it answers, what the records showed when the inputs
 * were prepared, and what the review said about it. */
static void
add_review_inputs (Pack         *pack,
                   AttestRecord *review,
                   GPtrArray    *inputs,
                   const char   *name)
{
  gboolean held = attest_management_review_is_held (review);
  const double widths[] = { 0.25, 0.45, 0.30 };
  const char *headers[] = { attest_field_get_label ("review-input", "topic"),
                            attest_field_get_label ("review-input", "summary"),
                            attest_field_get_label ("review-input", "comment") };
  g_autofree char *title = NULL;
  AttestTable *table;

  if (inputs->len == 0)
    {
      /* A review not held yet has said so already. */
      if (held)
        /* TRANSLATORS: in the pack, a management review held without its inputs in Attest */
        empty (pack, _("The inputs it considered are not recorded in Attest."));
      return;
    }
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            held ? _("The inputs of 9.3.2, each with what the records showed when the inputs were "
                                     "prepared and what the review said about it:")
                                 : _("The inputs of 9.3.2, each with what the records showed when the inputs were "
                                     "prepared:"));
  table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);
  /* TRANSLATORS: in the pack, the inputs of a management review, said again above their part on a later page: "Inputs of Management review 2026 (continued)" */
  title = g_strdup_printf (_("Inputs of %s"), name);
  attest_table_set_title (table, title);
  attest_table_set_first_line_bold (table, 0);
  for (guint i = 0; i < inputs->len; i++)
    {
      AttestRecord *input = g_ptr_array_index (inputs, i);
      int topic = attest_record_get_enum (input, "topic");
      const char *comment = text_of (input, "comment");
      /* TRANSLATORS: in the pack, an input of a management review: the item of 9.3.2 it answers, then what it is: "9.3.2 d) 1)", then "Nonconformities and corrective actions" */
      g_autofree char *what = g_strdup_printf (_("9.3.2 %s\n%s"),
                                               topic >= 0 && topic < (int) G_N_ELEMENTS (review_items)
                                               ? review_items[topic] : "",
                                               choice (input, "topic"));

      /* A review not held yet has said nothing yet: a dash, not "no comment". */
      attest_table_add_row (table, (const char * const[]) {
                              what, or_dash (text_of (input, "summary")),
                              !attest_text_is_blank (comment) ? comment
                              /* TRANSLATORS: in the pack, an input of a held management review the review said nothing about */
                              : held ? _("No comment recorded.") : "—" }, NULL);
    }
}

/* The actions a review decided (9.3.3): what, who, by when, where it
 * stands and the day it was done. */
static void
add_review_actions (Pack         *pack,
                    AttestRecord *review,
                    const char   *name)
{
  g_autoptr(GPtrArray) actions = attest_management_review_dup_actions (pack->workspace, review);
  const double widths[] = { 0.4, 0.22, 0.12, 0.13, 0.13 };
  const char *headers[] = { attest_field_get_label ("review-action", "title"),
                            attest_field_get_label ("review-action", "owner"),
                            attest_field_get_label ("review-action", "due-date"),
                            attest_field_get_label ("review-action", "status"),
                            attest_field_get_label ("review-action", "done-on") };
  g_autofree char *lead = NULL;
  g_autofree char *title = NULL;
  AttestTable *table;

  if (actions->len == 0)
    {
      /* A review not held yet has decided nothing: no need to say so. */
      if (attest_management_review_is_held (review))
        empty (pack, _("The review decided no actions."));
      return;
    }
  /* TRANSLATORS: in the pack, before the actions a management review decided: "Actions decided (9.3.3), 1 of 3 done:" */
  lead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Actions decided (9.3.3), %u of %u done:",
                                       "Actions decided (9.3.3), %u of %u done:", actions->len),
                          review_actions_done (actions), actions->len);
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY, lead);
  table = attest_document_add_table (pack->doc, G_N_ELEMENTS (widths), widths, headers);
  /* TRANSLATORS: in the pack, the actions a management review decided, said again above their part on a later page: "Actions of Management review 2026 (continued)" */
  title = g_strdup_printf (_("Actions of %s"), name);
  attest_table_set_title (table, title);
  attest_table_set_nowrap (table, 2, (const guint[]) { 2, 4 });
  attest_table_set_two_lines (table, 1, 0.22);
  attest_table_set_whole_words (table, 1);
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      const char *done_on = text_of (action, "done-on");
      AttestRecord *owner = attest_workspace_get_owner (pack->workspace, action);
      g_autofree char *owner_name = owner != NULL ? attest_party_dup_label (owner) : NULL;
      g_autofree char *due = stored_day (text_of (action, "due-date"));
      /* TRANSLATORS: in the pack, an action of a management review not done yet, in the Done on column */
      g_autofree char *done = attest_date_is_valid (done_on) ? stored_day (done_on) : g_strdup (_("Not done yet"));
      g_autofree char *status = attest_review_action_is_overdue (action)
                                /* TRANSLATORS: in the pack, the status of an action of a management review whose due day has passed: "Open\nOverdue" */
                                ? g_strdup_printf ("%s\n%s", choice (action, "status"), _("Overdue"))
                                : g_strdup (choice (action, "status"));

      attest_table_add_row (table, (const char * const[]) {
                              or_dash (text_of (action, "title")),
                              or_dash (owner_name != NULL ? owner_name : text_of (action, "owner")),
                              due, status, done }, NULL);
    }
}

/* One management review as its minutes: when it was planned and held,
 * who attended with their roles and whether top management did, from
 * which day changes were counted and when the inputs were prepared, the
 * inputs, the decisions, the actions and where the signed minutes are
 * kept. A review not held yet says so plainly and shows the inputs
 * prepared for it so far. */
static void
add_management_review (Pack         *pack,
                       AttestRecord *review)
{
  gboolean held = attest_management_review_is_held (review);
  const char *name = or_dash (text_of (review, "title"));
  g_autofree char *anchor = review_anchor (review);
  const char *planned_on = text_of (review, "planned-date");
  g_autofree char *planned = attest_date_is_valid (planned_on) ? written_day (planned_on) : NULL;
  g_autofree char *held_day = held ? written_day (text_of (review, "held-on")) : NULL;
  g_autofree char *top = NULL;
  g_autoptr(GArray) attendees = review_attendees (pack, review, &top);
  g_autoptr(GPtrArray) inputs = attest_management_review_dup_inputs (pack->workspace, review);
  const char *prepared_at = text_of (review, "inputs-prepared-at");
  g_autofree char *prepared = *prepared_at != '\0' ? moment (prepared_at) : NULL;
  const char *since_on = text_of (review, "since");
  const char *reference = text_of (review, "minutes-reference");
  g_autofree char *since = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *top_line = NULL;
  const char *pairs[13];
  guint n = 0;

  if (held)
    /* TRANSLATORS: the heading of a management review in the pack: its title and the day it was held */
    heading = g_strdup_printf (_("%s, held on %s"), name, held_day);
  else if (planned != NULL)
    /* TRANSLATORS: the heading of a management review not held yet in the pack: its title and the day it is planned for */
    heading = g_strdup_printf (_("%s, planned for %s"), name, planned);
  else
    /* TRANSLATORS: the heading of a management review in the pack that is not held yet and has no planned day */
    heading = g_strdup_printf (_("%s, not held yet"), name);
  attest_document_add_heading (pack->doc, 3, "", heading, anchor);
  if (!held && inputs->len > 0)
    empty (pack, _("Not held yet: these are not minutes, but the inputs prepared for the review so far."));
  else if (!held)
    /* TRANSLATORS: in the pack, a management review not held yet and without its inputs */
    empty (pack, _("Not held yet, and its inputs are not prepared yet: no minutes yet."));

  if (attest_date_is_valid (since_on))
    {
      g_autofree char *day = written_day (since_on);

      /* TRANSLATORS: in the pack, the day a management review's inputs count changes from */
      since = g_strdup_printf (_("%s, the day the previous review was held"), day);
    }
  else if (prepared != NULL)
    since = g_strdup (_("No review was held before this one: the inputs count everything recorded so far."));
  if (attendees->len == 0)
    top_line = NULL;
  else if (*top != '\0')
    /* TRANSLATORS: in the pack, whether top management attended a management review: yes, and who of them did */
    top_line = g_strdup_printf (_("Yes: %s"), top);
  else
    top_line = g_strdup (_("No: none of the attendees is top management."));

  pairs[n++] = attest_field_get_label ("management-review", "planned-date");
  pairs[n++] = or_dash (planned);
  pairs[n++] = attest_field_get_label ("management-review", "held-on");
  /* TRANSLATORS: in the pack, the day a management review was held, when it has not been */
  pairs[n++] = held ? held_day : _("Not held yet");
  if (held && attendees->len == 0)
    {
      /* TRANSLATORS: in the pack, who attended a management review */
      pairs[n++] = _("Attendees");
      /* TRANSLATORS: in the pack, a management review held with no attendee recorded */
      pairs[n++] = _("None recorded");
    }
  if (held || attendees->len > 0)
    {
      /* TRANSLATORS: in the pack, the line of a management review's minutes that says whether top management took part */
      pairs[n++] = _("Top management attended");
      pairs[n++] = top_line != NULL ? top_line : _("No attendee is recorded.");
    }
  pairs[n++] = attest_field_get_label ("management-review", "since");
  pairs[n++] = or_dash (since);
  pairs[n++] = attest_field_get_label ("management-review", "inputs-prepared-at");
  /* TRANSLATORS: in the pack, when a management review's inputs were prepared, when they have not been */
  pairs[n++] = prepared != NULL ? prepared : _("Not prepared yet");
  g_assert (n < G_N_ELEMENTS (pairs));
  pairs[n] = NULL;
  attest_document_add_key_values (pack->doc, pairs);
  add_review_attendees (pack, attendees, name);

  add_review_inputs (pack, review, inputs, name);
  /* Decisions are the minutes' (9.3.3): a review not held yet has none,
   * unless someone wrote them ahead, which is printed as written. */
  if (held || !attest_text_is_blank (text_of (review, "improvement-decisions"))
      || !attest_text_is_blank (text_of (review, "change-decisions")))
    attest_document_add_key_values (pack->doc, (const char * const[]) {
      attest_field_get_label ("management-review", "improvement-decisions"),
      or_dash (text_of (review, "improvement-decisions")),
      attest_field_get_label ("management-review", "change-decisions"),
      or_dash (text_of (review, "change-decisions")),
      NULL });
  add_review_actions (pack, review, name);
  if (!attest_text_is_blank (reference))
    attest_document_add_key_values (pack->doc, (const char * const[]) {
      attest_field_get_label ("management-review", "minutes-reference"), reference, NULL });
}

/* 9.3: the register of management reviews, then each as its minutes, the
 * newest first. */
static void
add_review (Pack *pack)
{
  g_autoptr(GPtrArray) reviews = sorted_records (pack, ATTEST_TYPE_MANAGEMENT_REVIEW, compare_reviews);

  /* 9 Performance evaluation heads whichever part of it comes first;
   * after 9.1 or 9.2, 9.3 starts a page of its own, as 9.2 does after 9.1. */
  if ((pack->chosen & (ATTEST_PACK_PERFORMANCE | ATTEST_PACK_AUDITS)) == 0)
    clause_heading (pack, 1, "9");
  else
    attest_document_add_page_break (pack->doc);
  clause_heading (pack, 2, "9.3");
  /* The minutes of one review: that review alone, no register. */
  if (pack->review != NULL)
    {
      add_management_review (pack, pack->review);
      return;
    }
  attest_document_add_text (pack->doc, ATTEST_TEXT_BODY,
                            _("Here: the register of management reviews, then each review as its minutes, the "
                              "newest first: when it was planned and held, who attended with the roles they hold and "
                              "whether top management did, from which day changes were counted and when the inputs "
                              "were prepared, the inputs of 9.3.2 in the order of the standard with what the records "
                              "showed and what the review said about each, the decisions on opportunities for "
                              "improvement and on changes to the ISMS, the actions decided with who owns them, by "
                              "when and where they stand, and where the signed minutes are kept. A review not held "
                              "yet shows the inputs prepared for it so far."));
  if (reviews->len == 0)
    {
      empty (pack, _("No management review is recorded in Attest yet."));
      return;
    }
  add_review_register (pack, reviews);
  for (guint i = 0; i < reviews->len; i++)
    add_management_review (pack, g_ptr_array_index (reviews, i));
}

/* The one place that orders the pack: the index and the readiness an
 * auditor turns to first, then the core documents read before anything
 * else (the scope, the information security policy once Attest records
 * one, the risk method, the Statement of Applicability, the treatment
 * plan), then the other clauses in order, then an appendix for every
 * register. A part prints when its section is chosen; 0 prints always. */
static const struct
{
  AttestPackSections  section;
  void              (*add) (Pack *pack);
  gboolean            appendix;
} parts[] = {
  { 0, add_index_of_mandatory_information },
  { ATTEST_PACK_READINESS, add_readiness },
  /* Core documents */
  { ATTEST_PACK_CONTEXT, add_scope },
  { ATTEST_PACK_LEADERSHIP, add_policy },
  { ATTEST_PACK_RISK_METHOD, add_method },
  { ATTEST_PACK_SOA, add_soa },
  { ATTEST_PACK_TREATMENT, add_treatment },
  /* The other clauses, in order */
  { ATTEST_PACK_CONTEXT, add_context },
  { ATTEST_PACK_LEADERSHIP, add_leadership },
  { ATTEST_PACK_OBJECTIVES, add_objectives },
  { ATTEST_PACK_CHANGES, add_changes },
  { ATTEST_PACK_SUPPORT, add_support },
  { ATTEST_PACK_OPERATION, add_operation },
  { ATTEST_PACK_RISKS, add_risk_results },
  { ATTEST_PACK_PERFORMANCE, add_performance },
  { ATTEST_PACK_AUDITS, add_audits },
  { ATTEST_PACK_REVIEW, add_review },
  { ATTEST_PACK_IMPROVEMENT, add_improvement },
  /* Appendices: the registers */
  { ATTEST_PACK_CONTEXT, add_scope_register, TRUE },
  { ATTEST_PACK_CONTEXT, add_context_register, TRUE },
  /* Cited by 4.4 and by 8.1. */
  { ATTEST_PACK_CONTEXT | ATTEST_PACK_OPERATION, add_process_register, TRUE },
  { 0, add_document_register, TRUE },
  { ATTEST_PACK_RISKS, add_assets, TRUE },
  { ATTEST_PACK_RISKS, add_risk_register, TRUE },
  { ATTEST_PACK_SOA, add_evidence_register, TRUE },
  { ATTEST_PACK_HISTORY, add_history, TRUE },
};

/* Whether part @i of parts[] is printed: its section is chosen, or it is
 * always printed, but for the management review minutes, which are the
 * reviews alone: no index of the ISMS's documented information, no
 * register of its documents. */
static gboolean
part_printed (Pack  *pack,
              guint  i)
{
  if (parts[i].section == 0)
    return !pack->minutes;
  return (pack->chosen & parts[i].section) != 0;
}

/* The letter of an appendix, before it is printed: the appendices are
 * lettered in the order printed. */
static char
appendix_letter (Pack  *pack,
                 void (*add) (Pack *pack))
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i].add == add)
        break;
      if (parts[i].appendix && part_printed (pack, i))
        n++;
    }
  return 'A' + (char) MIN (n, 25u);
}

/**
 * attest_pack_get_statement:
 * @options: what is printed
 *
 * What the history records a written pack as (attest_history_record_head()):
 * "review-minutes" for the management review minutes alone, which are no
 * version of the audit pack; "audit-pack" otherwise.
 *
 * Returns: (transfer none): the statement
 */
const char *
attest_pack_get_statement (const AttestPackOptions *options)
{
  g_return_val_if_fail (options != NULL, "audit-pack");

  return (options->sections & ~ATTEST_PACK_HISTORY) == ATTEST_PACK_REVIEW ? "review-minutes" : "audit-pack";
}

static AttestDocument *
build_pack (AttestWorkspace         *workspace,
            const AttestPackOptions *options)
{
  Pack pack = { workspace, attest_document_new (),
                attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION),
                attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY) };
  g_autoptr(GDateTime) date = options->date ? g_date_time_ref (options->date) : pack_date_or_now ();
  /* Dates a person reads are written out, as the pack's language writes
   * them, the running footer's too; only the registers' tables keep the
   * short form (2026-11-28). */
  g_autofree char *written = attest_i18n_format_date (date);
  /* The footer's date labelled as the cover labels it: "Generated on 2 December 2026". */
  g_autofree char *day = g_strdup_printf ("%s %s", _("Generated on"), written);
  const char *classification = options->classification ? options->classification : text_of (pack.org, "classification");
  const char *name = or_dash (text_of (pack.org, "name"));
  AttestPackSections chosen = options->sections;
  g_autofree char *creator = g_strdup_printf ("Attest %s", PACKAGE_VERSION);
  /* 9.3 alone (with the history's appendix or not) is the reviews'
   * minutes, and says so on every page, not "audit pack". */
  gboolean minutes = (options->sections & ~ATTEST_PACK_HISTORY) == ATTEST_PACK_REVIEW;
  /* TRANSLATORS: the PDF's title of the management review minutes: the organisation's name, then what it is */
  g_autofree char *title = minutes ? g_strdup_printf (_("%s: management review minutes"), name)
                                   : g_strdup_printf (_("%s: ISMS audit pack"), name);
  g_autofree char *leaders = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_TOP_MANAGEMENT);
  g_autofree char *manager = attest_responsibility_dup_leaders (workspace, ATTEST_LEADER_ISMS_MANAGER);

  pack.leaders = leaders;
  pack.manager = manager;
  pack.minutes = minutes;
  if (minutes && options->review_id != NULL)
    {
      AttestRecord *review = attest_workspace_lookup (workspace, options->review_id);

      if (ATTEST_IS_MANAGEMENT_REVIEW (review))
        pack.review = review;
    }
  /* Keyed by the static ids of attest_isms_documents(). */
  pack.diffs = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) diff_free);
  index_risks (&pack);
  pack.chosen = chosen;
  pack.day = written;
  pack.soa_printed = (chosen & ATTEST_PACK_SOA) != 0;
  pack.risks_printed = (chosen & ATTEST_PACK_RISKS) != 0;

  /* The footer names no version: the pack holds several documents, each
   * with its own, as the cover lists them and each heading says. */
  /* TRANSLATORS: the running head of the management review minutes, printed alone from the audit pack */
  attest_document_set_info (pack.doc, name, minutes ? _("Management review minutes") : _("ISMS audit pack"),
                            classification, "", day);
  /* TRANSLATORS: the language of this translation as a BCP 47 tag ("de", "fr-CA"): the PDF's language for screen readers */
  attest_document_set_language (pack.doc, C_("language tag", "en"));
  attest_document_set_metadata (pack.doc, title, or_dash (pack.manager),
                                _("Information security management system for ISO/IEC 27001:2022"),
                                minutes ? _("ISMS; ISO/IEC 27001:2022; management review; minutes")
                                        : _("ISMS; ISO/IEC 27001:2022; audit; risk assessment; risk treatment; Statement of Applicability"),
                                creator, date);

  pack.classification = classification;
  add_cover (&pack, written, classification);
  add_pack_control (&pack, written, classification);
  /* One review's minutes are one section: no page of contents for it. */
  if (pack.review == NULL)
    {
      attest_document_add_heading (pack.doc, 1, "", _("Contents"), "contents");
      attest_document_add_contents (pack.doc);
    }
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (part_printed (&pack, i))
      parts[i].add (&pack);

  g_hash_table_unref (pack.diffs);
  g_clear_pointer (&pack.findings, g_ptr_array_unref);
  g_clear_pointer (&pack.record_findings, g_hash_table_unref);
  g_hash_table_unref (pack.risk_numbers);
  g_hash_table_unref (pack.risk_controls);
  g_hash_table_unref (pack.control_risks);
  return pack.doc;
}

/**
 * attest_audit_pack_build:
 * @workspace: a workspace
 * @options: what to print
 *
 * Builds the pack in the language @options names, or this thread's.
 *
 * Returns: (transfer full): the audit pack as a document
 */
AttestDocument *
attest_audit_pack_build (AttestWorkspace         *workspace,
                         const AttestPackOptions *options)
{
  g_autofree char *thread_language = g_strdup (attest_i18n_get_language ());
  AttestDocument *doc;

  if (options->language != NULL)
    attest_i18n_set_language (options->language);
  doc = build_pack (workspace, options);
  attest_i18n_set_language (thread_language);
  return doc;
}

/**
 * attest_audit_pack_export:
 * @workspace: a workspace
 * @options: what to print
 * @path: the PDF file to write
 * @progress: (nullable): told of each page written; %FALSE stops
 * @user_data: for @progress
 * @error: return location for an error
 *
 * attest_audit_pack_export_full() without force.
 *
 * Returns: whether the PDF was written
 */
gboolean
attest_audit_pack_export (AttestWorkspace          *workspace,
                          const AttestPackOptions  *options,
                          const char               *path,
                          AttestProgressFunc        progress,
                          gpointer                  user_data,
                          GError                  **error)
{
  return attest_audit_pack_export_full (workspace, options, path, ATTEST_OUTPUT_DEFAULT, progress, user_data, error);
}

/**
 * attest_audit_pack_export_full:
 * @workspace: a workspace
 * @options: what to print
 * @path: the PDF file to write; never the workspace itself
 * @flags: how to treat what @path already is (see attest_output_open())
 * @progress: (nullable): told of each page written; %FALSE stops
 * @user_data: for @progress
 * @error: return location for an error
 *
 * Returns: whether the PDF was written
 */
gboolean
attest_audit_pack_export_full (AttestWorkspace          *workspace,
                               const AttestPackOptions  *options,
                               const char               *path,
                               AttestOutputFlags         flags,
                               AttestProgressFunc        progress,
                               gpointer                  user_data,
                               GError                  **error)
{
  g_autoptr(AttestDocument) doc = NULL;
  g_autoptr(GDateTime) date = NULL;
  AttestPackOptions dated = *options;

  /* Refused before the pages are laid out, not after. */
  if (!attest_output_check (path, attest_workspace_get_path (workspace), flags, error))
    return FALSE;
  date = options->date ? g_date_time_ref (options->date) : attest_pack_default_date (error);
  if (date == NULL)
    return FALSE;
  dated.date = date;
  doc = attest_audit_pack_build (workspace, &dated);
  return attest_document_write_pdf_full (doc, options->paper, path, attest_workspace_get_path (workspace), flags,
                                         progress, user_data, error);
}

/* Glyphs */

typedef struct
{
  PangoLayout *layout;
  GHashTable  *missing;   /* character -> 1 if printed, 2 if a box */
} GlyphCheck;

static gboolean
prints_as_box (GlyphCheck *check,
               gunichar    c)
{
  gpointer known = g_hash_table_lookup (check->missing, GUINT_TO_POINTER (c));
  char utf8[8];

  if (known != NULL)
    return GPOINTER_TO_UINT (known) == 2;
  utf8[g_unichar_to_utf8 (c, utf8)] = '\0';
  pango_layout_set_text (check->layout, utf8, -1);
  known = GUINT_TO_POINTER (pango_layout_get_unknown_glyphs_count (check->layout) > 0 ? 2 : 1);
  g_hash_table_insert (check->missing, GUINT_TO_POINTER (c), known);
  return GPOINTER_TO_UINT (known) == 2;
}

/* The characters of @text that print as boxes, as "U+E000, U+1F525", or
 * NULL if there are none. */
static char *
boxes_in (GlyphCheck *check,
          const char *text,
          GHashTable *seen)
{
  GString *out = NULL;

  g_hash_table_remove_all (seen);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x7f || g_unichar_isspace (c) || g_unichar_iscntrl (c) || g_unichar_iszerowidth (c)
          || !prints_as_box (check, c) || !g_hash_table_add (seen, GUINT_TO_POINTER (c)))
        continue;
      if (out == NULL)
        out = g_string_new (NULL);
      g_string_append_printf (out, "%sU+%04X", out->len ? ", " : "", c);
    }
  return out ? g_string_free (out, FALSE) : NULL;
}

/**
 * attest_audit_pack_check_glyphs:
 * @workspace: a workspace
 * @options: what is printed
 *
 * Finds the characters that no installed font has a glyph for, which the
 * pack would print as boxes: in the text fields of the records and in the
 * classification label. Pango shapes each character as the pack does and
 * counts the unknown glyphs.
 *
 * Returns: (transfer full) (element-type utf8): one warning per field, a
 *   sentence naming the record, the field and the characters
 */
GPtrArray *
attest_audit_pack_check_glyphs (AttestWorkspace         *workspace,
                                const AttestPackOptions *options)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PangoFontMap) fontmap = pango_cairo_font_map_new ();
  PangoContext *context;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  PangoFontDescription *desc = pango_font_description_from_string ("Sans 10");
  GlyphCheck check = { NULL, g_hash_table_new (NULL, NULL) };
  const GType *kinds;
  guint n_kinds;

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (fontmap), 72.0);
  context = pango_font_map_create_context (fontmap);
  check.layout = pango_layout_new (context);
  g_object_unref (context);
  pango_layout_set_font_description (check.layout, desc);
  pango_font_description_free (desc);

  if (options->classification != NULL)
    {
      g_autofree char *boxes = boxes_in (&check, options->classification, seen);

      if (boxes != NULL)
        g_ptr_array_add (warnings, g_strdup_printf (_("The classification label has characters no installed font can print; they print as boxes: %s."),
                                                    boxes));
    }

  kinds = attest_record_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      GListModel *records = attest_workspace_get_records (workspace, kinds[k]);
      AttestRecordClass *klass = g_type_class_peek (kinds[k]);
      const AttestField *fields;
      guint n_fields;

      fields = attest_record_class_get_fields (klass, &n_fields);
      for (guint r = 0; r < g_list_model_get_n_items (records); r++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (records, r);

          for (guint f = 0; f < n_fields; f++)
            {
              const char *name = fields[f].pspec->name;
              g_autofree char *text = NULL;
              g_autofree char *boxes = NULL;

              /* Ids and snapshots are not printed as they are. */
              if (fields[f].references != NULL || g_str_equal (name, "snapshot"))
                continue;
              if (fields[f].pspec->value_type == G_TYPE_STRING)
                text = g_strdup (attest_record_get_string (record, name));
              else if (fields[f].pspec->value_type == G_TYPE_STRV)
                text = g_strjoinv ("\n", (char **) attest_record_get_strv (record, name));
              else
                continue;
              boxes = boxes_in (&check, text, seen);
              if (boxes != NULL)
                {
                  g_autofree char *record_name = attest_record_dup_display_name (workspace, record);

                  g_ptr_array_add (warnings,
                                   g_strdup_printf (_("%s “%s”, field “%s”: no installed font can print %s, which prints as a box."),
                                                    attest_kind_get_label (attest_record_class_get_kind (klass)),
                                                    record_name,
                                                    attest_field_get_label (attest_record_class_get_kind (klass), name),
                                                    boxes));
                }
            }
        }
    }
  g_object_unref (check.layout);
  g_hash_table_unref (check.missing);
  return warnings;
}
