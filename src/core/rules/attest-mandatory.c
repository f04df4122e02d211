/* attest-mandatory.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-mandatory"

#include "config.h"

#include "attest-i18n.h"

#include "attest-document-entry.h"
#include "attest-enums.h"
#include "attest-audit.h"
#include "attest-management-review.h"
#include "attest-reviewing.h"
#include "attest-nonconformity.h"
#include "attest-mandatory.h"
#include "attest-objective.h"
#include "attest-process.h"
#include "attest-measurement.h"
#include "attest-policy.h"
#include "attest-qualification.h"
#include "attest-risk.h"
#include "attest-risk-acceptance.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-scope.h"
#include "attest-soa-entry.h"
#include "attest-treatment-action.h"

/* Where each item of mandatory documented information (the list is in
 * attest-mandatory-items.c) is: recorded in Attest (the records that hold
 * it), kept elsewhere (a document register entry that serves it) or
 * missing. */

static GPtrArray *
new_records (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static GPtrArray *
scope_records (AttestWorkspace *workspace)
{
  GPtrArray *records = new_records ();
  AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);

  if (scope != NULL && !attest_text_is_blank (attest_record_get_string (scope, "statement")))
    g_ptr_array_add (records, g_object_ref (scope));
  return records;
}

/* The policy as written in Attest; approving it is a rule of its own. */
static GPtrArray *
policy_records (AttestWorkspace *workspace)
{
  GPtrArray *records = new_records ();
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);

  if (policy != NULL && !attest_text_is_blank (attest_record_get_string (policy, "text")))
    g_ptr_array_add (records, g_object_ref (policy));
  return records;
}

static GPtrArray *
method_records (AttestWorkspace *workspace)
{
  GPtrArray *records = new_records ();
  AttestRecord *method = attest_risks_get_method (workspace);

  if (method != NULL)
    g_ptr_array_add (records, g_object_ref (method));
  return records;
}

/* The records of a kind that @keep accepts, in the order they were added. */
static GPtrArray *
records_where (AttestWorkspace *workspace,
               GType            type,
               gboolean       (*keep) (AttestWorkspace *workspace, AttestRecord *record))
{
  GListModel *model = attest_workspace_get_records (workspace, type);
  GPtrArray *records = new_records ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      AttestRecord *record = g_list_model_get_item (model, i);

      if (keep == NULL || keep (workspace, record))
        g_ptr_array_add (records, record);
      else
        g_object_unref (record);
    }
  return records;
}

static gboolean
is_decided (AttestWorkspace *workspace,
            AttestRecord    *entry)
{
  return attest_record_get_enum (entry, "applicability") != ATTEST_APPLICABILITY_UNDECIDED;
}

static GPtrArray *
soa_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_SOA_ENTRY, is_decided);
}

static gboolean
is_assessed (AttestWorkspace *workspace,
             AttestRecord    *risk)
{
  return attest_risk_level (workspace, risk, FALSE) >= 0;
}

static GPtrArray *
assessment_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_RISK, is_assessed);
}

static GPtrArray *
treatment_records (AttestWorkspace *workspace)
{
  GPtrArray *records = records_where (workspace, ATTEST_TYPE_TREATMENT_ACTION, NULL);

  g_ptr_array_extend_and_steal (records, records_where (workspace, ATTEST_TYPE_RISK_ACCEPTANCE, NULL));
  return records;
}

static GPtrArray *
objective_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_OBJECTIVE, NULL);
}

static gboolean
is_held (AttestWorkspace *workspace,
         AttestRecord    *qualification)
{
  return attest_record_get_enum (qualification, "status") == ATTEST_QUALIFICATION_STATUS_HELD;
}

/* Evidence of competence: the competences people hold, as recorded. */
static GPtrArray *
competence_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_QUALIFICATION, is_held);
}

/* Operational planning and control: the processes of the ISMS with the
 * criteria they are run to and how those are checked (8.1). */
static gboolean
has_criteria (AttestWorkspace *workspace,
              AttestRecord    *process)
{
  return !attest_text_is_blank (attest_record_get_string (process, "criteria"))
         && !attest_text_is_blank (attest_record_get_string (process, "criteria-check"));
}

static GPtrArray *
operation_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_PROCESS, has_criteria);
}

/* Monitoring and measurement results (9.1): the measurements taken. */
static GPtrArray *
measurement_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_MEASUREMENT, NULL);
}

/* The audit programme and audit results (9.2): the audits held. */
static gboolean
audit_is_held (AttestWorkspace *workspace G_GNUC_UNUSED,
               AttestRecord    *audit)
{
  return attest_audit_is_held (audit);
}

static GPtrArray *
audit_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_AUDIT, audit_is_held);
}

/* Nonconformities and the results of corrective action (10.2): the
 * nonconformities recorded, each with its steps. */
static GPtrArray *
nonconformity_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_NONCONFORMITY, NULL);
}

/* The results of management reviews (9.3): the reviews held, each with
 * its inputs, decisions and actions. */
static gboolean
review_is_held (AttestWorkspace *workspace G_GNUC_UNUSED,
                AttestRecord    *review)
{
  return attest_management_review_is_held (review);
}

static GPtrArray *
review_records (AttestWorkspace *workspace)
{
  return records_where (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW, review_is_held);
}

/* The records that hold each item Attest has a place for. */
static const struct
{
  const char *id;
  GPtrArray *(*dup_records) (AttestWorkspace *workspace);
} holders[] = {
  { "scope", scope_records },
  { "policy", policy_records },
  { "risk-assessment-process", method_records },
  { "risk-treatment-process", method_records },
  { "soa", soa_records },
  { "risk-assessment-results", assessment_records },
  { "risk-treatment-results", treatment_records },
  { "objectives", objective_records },
  { "competence", competence_records },
  { "operational-planning", operation_records },
  { "monitoring-results", measurement_records },
  { "audit-programme", audit_records },
  { "management-review", review_records },
  { "corrective-actions", nonconformity_records },
};

/**
 * attest_mandatory_item_dup_records:
 * @item: an item
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestRecord): the records that
 *   hold the item in Attest; empty when there are none or Attest has no
 *   place for it
 */
GPtrArray *
attest_mandatory_item_dup_records (const AttestMandatoryItem *item,
                                   AttestWorkspace           *workspace)
{
  for (guint i = 0; i < G_N_ELEMENTS (holders); i++)
    if (g_str_equal (holders[i].id, item->id))
      return holders[i].dup_records (workspace);
  return new_records ();
}

/**
 * attest_mandatory_item_dup_documents:
 * @item: an item
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestRecord): the document
 *   register's entries that say they serve the item, in register order
 */
GPtrArray *
attest_mandatory_item_dup_documents (const AttestMandatoryItem *item,
                                     AttestWorkspace           *workspace)
{
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);
  GPtrArray *serving = new_records ();

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      AttestRecord *document = g_list_model_get_item (documents, i);
      g_auto(GStrv) serves = NULL;
      gboolean found = FALSE;

      g_object_get (document, "mandatory-items", &serves, NULL);
      for (guint k = 0; serves != NULL && serves[k] != NULL && !found; k++)
        found = attest_mandatory_item_lookup (serves[k]) == item;
      if (found)
        g_ptr_array_add (serving, document);
      else
        g_object_unref (document);
    }
  return serving;
}

/* The first register entry that says it serves the item. */
static AttestRecord *
find_document (const AttestMandatoryItem *item,
               AttestWorkspace           *workspace)
{
  GListModel *documents = attest_workspace_get_records (workspace, ATTEST_TYPE_DOCUMENT_ENTRY);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AttestRecord) document = g_list_model_get_item (documents, i);
      g_auto(GStrv) serves = NULL;

      g_object_get (document, "mandatory-items", &serves, NULL);
      for (guint k = 0; serves != NULL && serves[k] != NULL; k++)
        if (attest_mandatory_item_lookup (serves[k]) == item)
          return document;   /* the model keeps it */
    }
  return NULL;
}

/**
 * attest_mandatory_item_get_status:
 * @item: an item
 * @workspace: a workspace
 * @where: (out) (optional) (transfer none) (nullable): the record that
 *   holds it in Attest, or the register entry that serves it; %NULL when it
 *   is missing, or recorded in a document Attest keeps as a whole
 *   (@item's whole: the Statement of Applicability, not its first entry)
 *
 * Recorded in Attest wins over a register entry: what Attest holds is what
 * the pack prints.
 *
 * Returns: where the item is
 */
AttestMandatoryStatus
attest_mandatory_item_get_status (const AttestMandatoryItem *item,
                                  AttestWorkspace           *workspace,
                                  AttestRecord             **where)
{
  g_autoptr(GPtrArray) records = attest_mandatory_item_dup_records (item, workspace);
  AttestRecord *document;

  if (where != NULL)
    *where = NULL;
  if (records->len > 0)
    {
      if (where != NULL && item->whole == NULL)
        *where = attest_workspace_lookup (workspace, attest_record_get_id (g_ptr_array_index (records, 0)));
      return ATTEST_MANDATORY_STATUS_RECORDED;
    }
  document = find_document (item, workspace);
  if (document != NULL)
    {
      if (where != NULL)
        *where = document;
      return ATTEST_MANDATORY_STATUS_ELSEWHERE;
    }
  return ATTEST_MANDATORY_STATUS_MISSING;
}
