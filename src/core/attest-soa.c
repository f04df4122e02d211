/* attest-soa.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-soa"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-catalog.h"
#include "attest-isms-document.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-evidence.h"
#include "attest-readiness.h"
#include "attest-risk.h"
#include "attest-interested-party.h"
#include "attest-requirement.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"
#include "attest-store.h"

/* The rules an auditor applies to a Statement of Applicability, and its
 * approved versions. Reasons for including a control come from the entry
 * (law, contract, business, good practice), from links to interested
 * parties' requirements, and from the risks that select the control; the
 * justification an auditor reads is derived from the same, in sentences. */

void
attest_soa_change_free (AttestSoaChange *change)
{
  attest_isms_document_change_free (change);
}

static gboolean
linked_to_requirement (AttestWorkspace *workspace,
                       AttestRecord    *entry)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "soa-requirement", NULL);

  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i), attest_record_get_id (entry)))
      return TRUE;
  return FALSE;
}

/* A risk whose treatment selects the control: the derived "risk treatment"
 * reason, which nobody ticks by hand. */
static gboolean
selected_by_risk (AttestWorkspace *workspace,
                  AttestRecord    *entry)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "risk-control", NULL);

  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i + 1), attest_record_get_id (entry)))
      return TRUE;
  return FALSE;
}

/**
 * attest_soa_dup_reasons:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * Returns: (transfer full) (element-type utf8): the reasons for including the
 *   control, as words a person reads, the derived ones included
 */
GPtrArray *
attest_soa_dup_reasons (AttestWorkspace *workspace,
                        AttestRecord    *entry)
{
  GPtrArray *reasons = g_ptr_array_new_with_free_func (g_free);
  static const struct { const char *field; const char *label; } hand[] = {
    { "reason-legal", N_("Legal or regulatory requirement") },
    { "reason-contractual", N_("Contractual requirement") },
    { "reason-business", N_("Business requirement") },
    { "reason-best-practice", N_("Good practice") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (hand); i++)
    if (attest_record_get_boolean (entry, hand[i].field))
      g_ptr_array_add (reasons, g_strdup (_(hand[i].label)));
  if (linked_to_requirement (workspace, entry))
    g_ptr_array_add (reasons, g_strdup (_("Interested party requirement")));
  if (selected_by_risk (workspace, entry))
    g_ptr_array_add (reasons, g_strdup (_("Risk treatment")));
  return reasons;
}

/* The ids linked to @entry by @link_kind, on the side given by @entry_first
 * (soa-requirement: entry, requirement; risk-control: risk, entry). */
static GHashTable *
linked_ids (AttestWorkspace *workspace,
            const char      *link_kind,
            AttestRecord    *entry,
            gboolean         entry_first)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, link_kind, NULL);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint mine = entry_first ? 0 : 1;

  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i + mine), attest_record_get_id (entry)))
      g_hash_table_add (ids, g_strdup (g_ptr_array_index (links, i + 1 - mine)));
  return ids;
}

#define NAMED_AT_MOST 8

/**
 * attest_soa_dup_justification:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * The justification an auditor reads. For an included control it is
 * derived from the workspace where it can be: the risks it treats, in the
 * register's order, and the interested parties' requirements linked to it,
 * both by their titles, then the legal, contractual, business and
 * good-practice reasons ticked, as sentences; the written justification
 * follows and adds to them, or stands alone where nothing can be derived.
 * An excluded or undecided control has its written justification only.
 *
 * Returns: (transfer full): the justification, "" if there is none
 */
char *
attest_soa_dup_justification (AttestWorkspace *workspace,
                              AttestRecord    *entry)
{
  GString *text = g_string_new (NULL);
  const char *written = attest_record_get_string (entry, "justification");

  if (attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_APPLICABLE)
    {
      static const struct { const char *field; const char *sentence; } hand[] = {
        { "reason-legal", N_("A law or regulation requires it.") },
        { "reason-contractual", N_("A contract requires it.") },
        { "reason-business", N_("The business needs it.") },
        { "reason-best-practice", N_("It is recognised good practice.") },
      };
      g_autoptr(GHashTable) risk_ids = linked_ids (workspace, "risk-control", entry, FALSE);
      g_autoptr(GHashTable) requirement_ids = linked_ids (workspace, "soa-requirement", entry, TRUE);

      if (g_hash_table_size (risk_ids) > 0)
        {
          GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
          g_autoptr(GString) names = g_string_new (NULL);
          guint named = 0, total = g_hash_table_size (risk_ids);

          for (guint i = 0; i < g_list_model_get_n_items (risks) && named < NAMED_AT_MOST; i++)
            {
              g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

              if (!g_hash_table_contains (risk_ids, attest_record_get_id (risk)))
                continue;
              /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
              g_autofree char *quoted = g_strdup_printf (_("“%s”"), attest_record_get_string (risk, "title"));

              g_string_append_printf (names, "%s%s", named ? ", " : "", quoted);
              named++;
            }
          if (named == 1 && total == 1)
            g_string_append_printf (text, _("It treats the risk %s."), names->str);
          else if (named == total)
            g_string_append_printf (text, _("It treats the risks %s."), names->str);
          else
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                       "It treats the risks %s and %u more.",
                                                       "It treats the risks %s and %u more.", total - named),
                                    names->str, total - named);
        }
      if (g_hash_table_size (requirement_ids) > 0)
        {
          GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
          g_autoptr(GString) names = g_string_new (NULL);
          guint named = 0, total = g_hash_table_size (requirement_ids);

          for (guint i = 0; i < g_list_model_get_n_items (requirements) && named < NAMED_AT_MOST; i++)
            {
              g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);
              AttestRecord *party;

              if (!g_hash_table_contains (requirement_ids, attest_record_get_id (requirement)))
                continue;
              party = attest_workspace_lookup (workspace, attest_record_get_string (requirement, "party-id"));
              /* A requirement written as a sentence: its full stop ends ours. */
              {
                g_autofree char *said = g_strstrip (g_strdup (attest_record_get_string (requirement, "text")));
                gsize len = strlen (said);
                g_autofree char *quoted = NULL;

                if (len > 0 && said[len - 1] == '.')
                  said[len - 1] = '\0';
                /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
                quoted = g_strdup_printf (_("“%s”"), said);
                g_string_append_printf (names, "%s%s", named ? "; " : "", quoted);
              }
              if (party != NULL)
                g_string_append_printf (names, " (%s)", attest_record_get_string (party, "name"));
              named++;
            }
          if (text->len > 0)
            g_string_append_c (text, ' ');
          if (named == total)
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                       "It meets what an interested party requires: %s.",
                                                       "It meets what interested parties require: %s.", total),
                                    names->str);
          else
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                       "It meets what interested parties require: %s, and %u more.",
                                                       "It meets what interested parties require: %s, and %u more.",
                                                       total - named),
                                    names->str, total - named);
        }
      for (guint i = 0; i < G_N_ELEMENTS (hand); i++)
        if (attest_record_get_boolean (entry, hand[i].field))
          g_string_append_printf (text, "%s%s", text->len ? " " : "", _(hand[i].sentence));
    }
  if (written != NULL && !attest_text_is_blank (written))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (written));

      g_string_append_printf (text, "%s%s", text->len ? " " : "", trimmed);
    }
  return g_string_free (text, FALSE);
}

/**
 * attest_soa_dup_evidence:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * Returns: (transfer full) (element-type AttestRecord): its evidence references
 */
GPtrArray *
attest_soa_dup_evidence (AttestWorkspace *workspace,
                         AttestRecord    *entry)
{
  GListModel *evidence = attest_workspace_get_records (workspace, ATTEST_TYPE_EVIDENCE);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      AttestRecord *item = g_list_model_get_item (evidence, i);

      if (g_str_equal (attest_record_get_string (item, "soa-entry-id"), attest_record_get_id (entry)))
        g_ptr_array_add (result, item);
      else
        g_object_unref (item);
    }
  return result;
}

static void
add (GPtrArray      *findings,
     AttestSeverity  severity,
     AttestRecord   *entry,
     const char     *field,
     const char     *message)
{
  const AttestControl *control =
    attest_catalog_lookup_control (attest_catalog_get_default (), attest_record_get_string (entry, "control-id"));
  g_autofree char *text = control ? g_strdup_printf ("A.%s %s: %s", control->number, control->title, message)
                                  : g_strdup (message);

  g_ptr_array_add (findings, attest_finding_new ("soa", "6.1.3 d", severity, entry, field, text));
}

/**
 * attest_soa_check_entry:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * What an auditor would flag in the entry: excluded without a justification,
 * included without a reason, still to be implemented without a target date,
 * implemented without evidence, no owner; and invalid dates. An entry
 * undecided, excluded without a justification or included without a reason
 * is a blocker (6.1.3 d asks for both the decision and its justification);
 * the rest are warnings.
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_soa_check_entry (AttestWorkspace *workspace,
                        AttestRecord    *entry)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) problems = attest_record_check (entry);
  int applicability = attest_record_get_enum (entry, "applicability");
  int status = attest_record_get_enum (entry, "status");
  gboolean justified = !attest_text_is_blank (attest_record_get_string (entry, "justification"));

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      add (findings, ATTEST_SEVERITY_WARNING, entry, problem->field, problem->message);
    }

  if (applicability == ATTEST_APPLICABILITY_UNDECIDED)
    {
      add (findings, ATTEST_SEVERITY_BLOCKER, entry, "applicability", _("not decided yet"));
      return findings;
    }
  if (applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE)
    {
      if (!justified)
        add (findings, ATTEST_SEVERITY_BLOCKER, entry, "justification", _("excluded without a justification"));
      return findings;
    }

  /* Applicable: a reason other than good practice, or a justification. */
  {
    gboolean reason = attest_record_get_boolean (entry, "reason-legal")
                      || attest_record_get_boolean (entry, "reason-contractual")
                      || attest_record_get_boolean (entry, "reason-business")
                      || linked_to_requirement (workspace, entry)
                      || selected_by_risk (workspace, entry);

    if (!reason && !justified)
      add (findings, ATTEST_SEVERITY_BLOCKER, entry, "justification",
           attest_record_get_boolean (entry, "reason-best-practice")
           ? _("included only as good practice: say why it is needed")
           : _("included without a reason"));
  }
  if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED
      && attest_text_is_blank (attest_record_get_string (entry, "target-date")))
    add (findings, ATTEST_SEVERITY_WARNING, entry, "target-date", _("still to be implemented, and no target date"));
  if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED)
    {
      g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (workspace, entry);

      if (evidence->len == 0)
        add (findings, ATTEST_SEVERITY_WARNING, entry, "evidence", _("implemented without evidence"));
    }
  if (attest_text_is_blank (attest_record_get_string (entry, "owner")))
    add (findings, ATTEST_SEVERITY_WARNING, entry, "owner", _("no owner"));
  return findings;
}

/**
 * attest_soa_check:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems of
 *   every entry, in catalog order
 */
GPtrArray *
attest_soa_check (AttestWorkspace *workspace)
{
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      g_autoptr(GPtrArray) more = attest_soa_check_entry (workspace, entry);

      g_ptr_array_extend_and_steal (findings, g_steal_pointer (&more));
    }
  return findings;
}

/**
 * attest_soa_count_decided:
 * @workspace: a workspace
 *
 * Returns: how many controls are decided applicable or not ("71 of 93 decided")
 */
guint
attest_soa_count_decided (AttestWorkspace *workspace)
{
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  guint decided = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

      decided += attest_record_get_enum (entry, "applicability") != ATTEST_APPLICABILITY_UNDECIDED;
    }
  return decided;
}

/**
 * attest_soa_mark_theme_applicable:
 * @workspace: a workspace
 * @theme: a theme of the catalog, e.g. "People controls"
 * @error: return location for an error
 *
 * Marks every control of the theme that is not decided yet as applicable,
 * in one transaction; decided ones stay as they are.
 *
 * Returns: how many were marked, or %G_MAXUINT on error
 */
guint
attest_soa_mark_theme_applicable (AttestWorkspace  *workspace,
                                  const char       *theme,
                                  GError          **error)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  guint marked = 0;

  if (!attest_workspace_begin (workspace, error))
    return G_MAXUINT;
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      const AttestControl *control = attest_catalog_lookup_control (catalog, attest_record_get_string (entry, "control-id"));

      if (control == NULL || g_strcmp0 (control->theme, theme) != 0
          || attest_record_get_enum (entry, "applicability") != ATTEST_APPLICABILITY_UNDECIDED)
        continue;
      g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, NULL);
      marked++;
    }
  if (!attest_workspace_commit (workspace, error))
    return G_MAXUINT;
  return marked;
}

/**
 * attest_soa_get_approved:
 * @workspace: a workspace
 *
 * Returns: (transfer none) (nullable): the newest approved version
 */
AttestRecord *
attest_soa_get_approved (AttestWorkspace *workspace)
{
  return attest_isms_document_get_approved (workspace, "soa");
}

/**
 * attest_soa_approve:
 * @workspace: a workspace
 * @approved_by: who approves, e.g. "Managing director (Priya Natarajan)"
 * @note: (nullable): a note on this version
 * @error: return location for an error
 *
 * Records the next numbered version of the Statement of Applicability with a
 * snapshot of every entry, and an "approve" event in the history, in one
 * transaction: attest_isms_document_approve() for "soa".
 *
 * Returns: (transfer none): the version, or %NULL with @error set
 */
AttestRecord *
attest_soa_approve (AttestWorkspace  *workspace,
                    const char       *approved_by,
                    const char       *note,
                    GError          **error)
{
  return attest_isms_document_approve (workspace, "soa", approved_by, note, error);
}

/**
 * attest_soa_diff:
 * @workspace: a workspace
 * @version: an approved version
 * @error: return location for an error
 *
 * attest_isms_document_diff() for "soa": a snapshot that cannot be read is
 * damage, never "no changes".
 *
 * Returns: (transfer full) (element-type AttestSoaChange): what changed in the
 *   draft since @version, entry by entry, field by field, or %NULL with
 *   %ATTEST_ERROR_DAMAGED
 */
GPtrArray *
attest_soa_diff (AttestWorkspace  *workspace,
                 AttestRecord     *version,
                 GError          **error)
{
  return attest_isms_document_diff (workspace, "soa", version, error);
}
