/* attest-soa-reasons.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-soa"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-catalog.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-evidence.h"
#include "attest-interested-party.h"
#include "attest-requirement.h"
#include "attest-risk.h"
#include "attest-soa-entry.h"
#include "attest-soa-reasons.h"

/* What a Statement of Applicability entry says beyond its own fields:
 * reasons for including the control come from the entry (law, contract,
 * business, good practice), from links to interested parties'
 * requirements, and from the risks that select the control; the
 * justification an auditor reads is derived from the same, in sentences;
 * its evidence references point at it. The SoA rules and the approved
 * documents' snapshots both read them. */

/**
 * attest_soa_is_linked_to_requirement:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * Returns: whether a requirement of an interested party is linked to the
 *   control: the derived "interested party" reason
 */
gboolean
attest_soa_is_linked_to_requirement (AttestWorkspace *workspace,
                                     AttestRecord    *entry)
{
  g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "soa-requirement", NULL);

  for (guint i = 0; links != NULL && i + 1 < links->len; i += 2)
    if (g_str_equal (g_ptr_array_index (links, i), attest_record_get_id (entry)))
      return TRUE;
  return FALSE;
}

/**
 * attest_soa_is_selected_by_risk:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * Returns: whether a risk's treatment selects the control: the derived
 *   "risk treatment" reason, which nobody ticks by hand
 */
gboolean
attest_soa_is_selected_by_risk (AttestWorkspace *workspace,
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
  if (attest_soa_is_linked_to_requirement (workspace, entry))
    g_ptr_array_add (reasons, g_strdup (_("Interested party requirement")));
  if (attest_soa_is_selected_by_risk (workspace, entry))
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
/* Risks are named by their titles, often long: three are enough to say
 * why; the SoA's Risks column lists them by number. */
#define RISKS_NAMED_AT_MOST 3

/* "It meets what interested parties require: “…” (Customers); …": the
 * requirements linked to a control that are marked addressed, or those
 * that are not, by their texts and parties, in the register's order. */
static void
append_requirements (AttestWorkspace *workspace,
                     GString         *text,
                     GHashTable      *requirement_ids,
                     gboolean         addressed)
{
  GListModel *requirements = attest_workspace_get_records (workspace, ATTEST_TYPE_REQUIREMENT);
  g_autoptr(GString) names = g_string_new (NULL);
  guint named = 0, total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (requirements); i++)
    {
      g_autoptr(AttestRecord) requirement = g_list_model_get_item (requirements, i);
      AttestRecord *party;

      if (!g_hash_table_contains (requirement_ids, attest_record_get_id (requirement))
          || attest_record_get_boolean (requirement, "addressed") != addressed)
        continue;
      total++;
      if (named == NAMED_AT_MOST)
        continue;
      party = attest_workspace_lookup (workspace, attest_record_get_string (requirement, "party-id"));
      /* A requirement written as a sentence: its full stop ends ours. The
       * party comes first: after a closing quotation mark, " (" is no
       * place to break a line (UAX #14), so a party in brackets went with
       * the quote and broke inside its name in a narrow column. */
      {
        g_autofree char *said = g_strstrip (g_strdup (attest_record_get_string (requirement, "text")));
        gsize len = strlen (said);
        g_autofree char *quoted = NULL;

        if (len > 0 && said[len - 1] == '.')
          said[len - 1] = '\0';
        /* TRANSLATORS: a name quoted in a sentence, in your language's quotation marks */
        quoted = g_strdup_printf (_("“%s”"), said);
        g_string_append (names, named ? "; " : "");
        if (party != NULL)
          /* TRANSLATORS: a requirement in a list of what interested parties
           * require, as in "It meets what interested parties require:
           * Insurer — “Offline backups”; Regulator — “…”": %1$s is the
           * party's name, %2$s its requirement, quoted; a no-break space
           * before the dash keeps it on the party's line */
          g_string_append_printf (names, C_("party's requirement", "%1$s\u00a0— %2$s"),
                                  attest_record_get_string (party, "name"), quoted);
        else
          g_string_append (names, quoted);
      }
      named++;
    }
  if (total == 0)
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');
  if (addressed && named == total)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "It meets what an interested party requires: %s.",
                                               "It meets what interested parties require: %s.", total),
                            names->str);
  else if (addressed)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "It meets what interested parties require: %s, and %u more.",
                                               "It meets what interested parties require: %s, and %u more.",
                                               total - named),
                            names->str, total - named);
  else if (named == total)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "It is meant to meet what an interested party requires, not "
                                               "addressed in full yet: %s.",
                                               "It is meant to meet what interested parties require, not "
                                               "addressed in full yet: %s.", total),
                            names->str);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "It is meant to meet what interested parties require, not "
                                               "addressed in full yet: %s, and %u more.",
                                               "It is meant to meet what interested parties require, not "
                                               "addressed in full yet: %s, and %u more.",
                                               total - named),
                            names->str, total - named);
}

/**
 * attest_soa_dup_justification:
 * @workspace: a workspace
 * @entry: an SoA entry
 *
 * The justification an auditor reads, the risks named:
 * attest_soa_dup_justification_with() with %ATTEST_SOA_RISKS_NAMED.
 *
 * Returns: (transfer full): the justification, "" if there is none
 */
char *
attest_soa_dup_justification (AttestWorkspace *workspace,
                              AttestRecord    *entry)
{
  return attest_soa_dup_justification_with (workspace, entry, ATTEST_SOA_RISKS_NAMED);
}

/**
 * attest_soa_dup_justification_with:
 * @workspace: a workspace
 * @entry: an SoA entry
 * @risks_said: how to speak of the risks the control treats
 *
 * The justification an auditor reads. For an included control it is
 * derived from the workspace where it can be: the risks it treats, in the
 * register's order, by their titles or, with %ATTEST_SOA_RISKS_REFERRED,
 * in a sentence that refers to the Risks column beside it (so that a
 * table that lists the risks does not name them twice); the interested
 * parties' requirements linked to it, by their parties and texts; then the
 * legal, contractual, business and good-practice reasons ticked, as
 * sentences; the written justification follows and adds to them, or
 * stands alone where nothing can be derived. An excluded or undecided
 * control has its written justification only.
 *
 * Returns: (transfer full): the justification, "" if there is none
 */
char *
attest_soa_dup_justification_with (AttestWorkspace *workspace,
                                   AttestRecord    *entry,
                                   AttestSoaRisks   risks_said)
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

      if (g_hash_table_size (risk_ids) > 0 && risks_said == ATTEST_SOA_RISKS_REFERRED)
        {
          /* TRANSLATORS: in the audit pack's Statement of Applicability, whose
           * column "Risks" lists the risks by their numbers (R1, R2) */
          const char *treats = g_dngettext (GETTEXT_PACKAGE, "It treats the risk in the Risks column.",
                                            "It treats the risks in the Risks column.", g_hash_table_size (risk_ids));

          g_string_append (text, treats);
        }
      else if (g_hash_table_size (risk_ids) > 0)
        {
          GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
          g_autoptr(GString) names = g_string_new (NULL);
          guint named = 0, total = g_hash_table_size (risk_ids);

          for (guint i = 0; i < g_list_model_get_n_items (risks) && named < RISKS_NAMED_AT_MOST; i++)
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
      /* What the ISMS addresses, it meets; what it does not address yet,
       * the control is meant to meet: the derived text follows the state of
       * each requirement rather than claim more than the context register. */
      append_requirements (workspace, text, requirement_ids, TRUE);
      append_requirements (workspace, text, requirement_ids, FALSE);
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
