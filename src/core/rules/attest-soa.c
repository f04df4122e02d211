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
#include "attest-labels.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-evidence.h"
#include "attest-finding.h"
#include "attest-risk.h"
#include "attest-interested-party.h"
#include "attest-requirement.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"
#include "attest-store.h"

/* The rules an auditor applies to a Statement of Applicability, and its
 * approved versions. The reasons and the justification derived for an
 * entry are in attest-soa-reasons.c. */

void
attest_soa_change_free (AttestSoaChange *change)
{
  attest_isms_document_change_free (change);
}

/* The rules of an entry, each in words as the audit pack's table of rules
 * names it. */
static const AttestRule
  undecided = { "soa-control-undecided", N_("A control not decided yet") },
  excluded_unjustified = { "soa-excluded-unjustified", N_("A control excluded without a justification") },
  only_good_practice = { "soa-only-good-practice", N_("A control included only as good practice, without saying why") },
  no_reason = { "soa-included-without-reason", N_("A control included without a reason") },
  no_target_date = { "soa-no-target-date", N_("A control still to be implemented without a target date") },
  no_evidence = { "soa-no-evidence", N_("A control implemented without evidence") },
  no_owner = { "soa-no-owner", N_("A control without an owner") };

static void
add (GPtrArray      *findings,
     const AttestRule *rule,
     AttestSeverity  severity,
     AttestRecord   *entry,
     const char     *field,
     const char     *message)
{
  const AttestControl *control =
    attest_catalog_lookup_control (attest_catalog_get_default (), attest_record_get_string (entry, "control-id"));
  g_autofree char *text = control ? g_strdup_printf ("A.%s %s: %s", control->number, control->title, message)
                                  : g_strdup (message);

  g_ptr_array_add (findings, attest_finding_new (rule, "soa", "6.1.3 d", severity, entry, field, text));
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
      AttestFinding *finding;

      add (findings, NULL, ATTEST_SEVERITY_WARNING, entry, problem->field, problem->message);
      finding = g_ptr_array_index (findings, findings->len - 1);
      g_free (finding->rule);
      finding->rule = g_strdup ("soa-entry-fields");
      g_free (finding->rule_title);
      /* TRANSLATORS: a rule over a kind of record: "Risk: a field missing or not valid" */
      finding->rule_title = g_strdup_printf (_("%s: a field missing or not valid"), attest_kind_get_label ("soa-entry"));
    }

  if (applicability == ATTEST_APPLICABILITY_UNDECIDED)
    {
      add (findings, &undecided, ATTEST_SEVERITY_BLOCKER, entry, "applicability", _("not decided yet"));
      return findings;
    }
  if (applicability == ATTEST_APPLICABILITY_NOT_APPLICABLE)
    {
      if (!justified)
        add (findings, &excluded_unjustified, ATTEST_SEVERITY_BLOCKER, entry, "justification", _("excluded without a justification"));
      return findings;
    }

  /* Applicable: a reason other than good practice, or a justification. */
  {
    gboolean reason = attest_record_get_boolean (entry, "reason-legal")
                      || attest_record_get_boolean (entry, "reason-contractual")
                      || attest_record_get_boolean (entry, "reason-business")
                      || attest_soa_is_linked_to_requirement (workspace, entry)
                      || attest_soa_is_selected_by_risk (workspace, entry);

    if (!reason && !justified)
      {
        gboolean good_practice = attest_record_get_boolean (entry, "reason-best-practice");

        add (findings, good_practice ? &only_good_practice : &no_reason, ATTEST_SEVERITY_BLOCKER, entry, "justification",
             good_practice ? _("included only as good practice: say why it is needed") : _("included without a reason"));
      }
  }
  if (status != ATTEST_IMPLEMENTATION_IMPLEMENTED
      && attest_text_is_blank (attest_record_get_string (entry, "target-date")))
    add (findings, &no_target_date, ATTEST_SEVERITY_WARNING, entry, "target-date", _("still to be implemented, and no target date"));
  if (status == ATTEST_IMPLEMENTATION_IMPLEMENTED)
    {
      g_autoptr(GPtrArray) evidence = attest_soa_dup_evidence (workspace, entry);

      if (evidence->len == 0)
        add (findings, &no_evidence, ATTEST_SEVERITY_WARNING, entry, "evidence", _("implemented without evidence"));
    }
  if (attest_text_is_blank (attest_record_get_string (entry, "owner")))
    add (findings, &no_owner, ATTEST_SEVERITY_WARNING, entry, "owner", _("no owner"));
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
