/* attest-kinds.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-kinds"

#include "config.h"

#include "attest-context-issue.h"
#include "attest-document-entry.h"
#include "attest-evidence.h"
#include "attest-interested-party.h"
#include "attest-enum-types.h"
#include "attest-kinds.h"
#include "attest-risk-acceptance.h"
#include "attest-treatment-action.h"
#include "attest-risk.h"
#include "attest-vulnerability.h"
#include "attest-threat.h"
#include "attest-asset.h"
#include "attest-risk-method.h"
#include "attest-organisation.h"
#include "attest-requirement.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-setup.h"
#include "attest-soa-entry.h"
#include "attest-soa-version.h"
#include "attest-document-version.h"
#include "attest-plan-approval.h"
#include "attest-objective.h"
#include "attest-planned-change.h"
#include "attest-resource.h"
#include "attest-communication.h"
#include "attest-person.h"
#include "attest-role.h"
#include "attest-awareness.h"
#include "attest-competence.h"
#include "attest-qualification.h"
#include "attest-provider.h"
#include "attest-commitment.h"
#include "attest-policy.h"
#include "attest-topic-policy.h"
#include "attest-process.h"
#include "attest-metric.h"
#include "attest-audit.h"
#include "attest-audit-finding.h"
#include "attest-audit-programme.h"
#include "attest-measurement.h"
#include "attest-nonconformity.h"
#include "attest-corrective-action.h"
#include "attest-improvement.h"
#include "attest-management-review.h"
#include "attest-review-input.h"
#include "attest-review-action.h"

/* The order matters: a kind comes after every kind it references, so tables
 * are created, records imported and exports written in an order that
 * satisfies the foreign keys. */
static GType kinds[45];

static const AttestLinkKind links[] = {
  /* An SoA entry included because of an interested party's requirement. */
  { "soa-requirement", "soa_requirement", "soa-entry", "requirement", 1 },
  /* The assets a risk concerns. */
  { "risk-asset", "risk_asset", "risk", "asset", 4 },
  /* The Annex A controls selected to treat a risk: the SoA's "risk
   * treatment" reason for including them. */
  { "risk-control", "risk_control", "risk", "soa-entry", 4 },
  /* The Annex A controls a document of the register describes or evidences. */
  { "document-control", "document_control", "document", "soa-entry", 5 },
  /* The risks an information security objective reduces, and the Annex A
   * controls that serve it (6.2). */
  { "objective-risk", "objective_risk", "objective", "risk", 10 },
  { "objective-control", "objective_control", "objective", "soa-entry", 10 },
  /* The records a planned change to the ISMS affects (6.3). */
  { "change-risk", "change_risk", "planned-change", "risk", 11 },
  { "change-control", "change_control", "planned-change", "soa-entry", 11 },
  { "change-document", "change_document", "planned-change", "document", 11 },
  /* The objectives a resource the ISMS needs serves (7.1). */
  { "resource-objective", "resource_objective", "resource", "objective", 12 },
  /* The people who hold a role in the ISMS (5.3). */
  { "role-person", "role_person", "role", "person", 13 },
  /* The roles that require a competence (7.2). */
  { "competence-role", "competence_role", "competence", "role", 15 },
  /* The Annex A controls that apply to an external provider (8.1). */
  { "provider-control", "provider_control", "provider", "soa-entry", 16 },
  /* The documents that show top management's commitment (5.1). */
  { "commitment-document", "commitment_document", "commitment", "document", 17 },
  /* The Annex A controls that ask for a topic-specific policy (5.2). */
  { "topic-policy-control", "topic_policy_control", "topic-policy", "soa-entry", 18 },
  /* The processes of the ISMS a process hands its outputs to (4.4). */
  { "process-handover", "process_handover", "process", "process", 19 },
  /* The process record a scope item of kind process stands for (4.3, 4.4). */
  { "scope-item-process", "scope_item_process", "scope-item", "process", 19 },
  /* The objectives a metric shows the progress of, and the Annex A
   * controls whose performance it shows (9.1). */
  { "metric-objective", "metric_objective", "metric", "objective", 21 },
  { "metric-control", "metric_control", "metric", "soa-entry", 21 },
  /* Who audits an internal audit, and the Annex A controls it covers (9.2). */
  { "audit-auditor", "audit_auditor", "audit", "person", 22 },
  { "audit-control", "audit_control", "audit", "soa-entry", 22 },
  /* The people who attended a management review (9.3). */
  { "review-attendee", "review_attendee", "management-review", "person", 24 },
};

/**
 * attest_record_kinds:
 * @n_kinds: (out): the number of kinds
 *
 * Returns: (array length=n_kinds): every record kind, referenced kinds first
 */
const GType *
attest_record_kinds (guint *n_kinds)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      kinds[0] = ATTEST_TYPE_ORGANISATION;
      kinds[1] = ATTEST_TYPE_CONTEXT_ISSUE;
      kinds[2] = ATTEST_TYPE_INTERESTED_PARTY;
      kinds[3] = ATTEST_TYPE_REQUIREMENT;
      kinds[4] = ATTEST_TYPE_SCOPE;
      kinds[5] = ATTEST_TYPE_SCOPE_ITEM;
      kinds[6] = ATTEST_TYPE_SOA_ENTRY;
      kinds[7] = ATTEST_TYPE_SETUP;
      kinds[8] = ATTEST_TYPE_EVIDENCE;
      kinds[9] = ATTEST_TYPE_SOA_VERSION;
      kinds[10] = ATTEST_TYPE_RISK_METHOD;
      kinds[11] = ATTEST_TYPE_ASSET;
      kinds[12] = ATTEST_TYPE_THREAT;
      kinds[13] = ATTEST_TYPE_VULNERABILITY;
      kinds[14] = ATTEST_TYPE_RISK;
      kinds[15] = ATTEST_TYPE_TREATMENT_ACTION;
      kinds[16] = ATTEST_TYPE_RISK_ACCEPTANCE;
      kinds[17] = ATTEST_TYPE_DOCUMENT_ENTRY;
      kinds[18] = ATTEST_TYPE_DOCUMENT_VERSION;
      kinds[19] = ATTEST_TYPE_PLAN_APPROVAL;
      kinds[20] = ATTEST_TYPE_OBJECTIVE;
      kinds[21] = ATTEST_TYPE_PLANNED_CHANGE;
      kinds[22] = ATTEST_TYPE_RESOURCE;
      kinds[23] = ATTEST_TYPE_COMMUNICATION;
      kinds[24] = ATTEST_TYPE_PERSON;
      kinds[25] = ATTEST_TYPE_ROLE;
      kinds[26] = ATTEST_TYPE_AWARENESS;
      kinds[27] = ATTEST_TYPE_COMPETENCE;
      kinds[28] = ATTEST_TYPE_QUALIFICATION;
      kinds[29] = ATTEST_TYPE_PROVIDER;
      kinds[30] = ATTEST_TYPE_COMMITMENT;
      kinds[31] = ATTEST_TYPE_POLICY;
      kinds[32] = ATTEST_TYPE_TOPIC_POLICY;
      kinds[33] = ATTEST_TYPE_PROCESS;
      kinds[34] = ATTEST_TYPE_METRIC;
      kinds[35] = ATTEST_TYPE_MEASUREMENT;
      kinds[36] = ATTEST_TYPE_AUDIT_PROGRAMME;
      kinds[37] = ATTEST_TYPE_AUDIT;
      kinds[38] = ATTEST_TYPE_AUDIT_FINDING;
      kinds[39] = ATTEST_TYPE_NONCONFORMITY;
      kinds[40] = ATTEST_TYPE_CORRECTIVE_ACTION;
      kinds[41] = ATTEST_TYPE_IMPROVEMENT;
      kinds[42] = ATTEST_TYPE_MANAGEMENT_REVIEW;
      kinds[43] = ATTEST_TYPE_REVIEW_INPUT;
      kinds[44] = ATTEST_TYPE_REVIEW_ACTION;
      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        g_type_class_ref (kinds[i]);
      g_once_init_leave (&initialized, 1);
    }

  *n_kinds = G_N_ELEMENTS (kinds);
  return kinds;
}

/**
 * attest_record_kind_lookup:
 * @kind: a kind name such as "context-issue"
 *
 * Returns: the record type, or %G_TYPE_INVALID if there is no such kind
 */
GType
attest_record_kind_lookup (const char *kind)
{
  guint n;
  const GType *types = attest_record_kinds (&n);

  for (guint i = 0; i < n; i++)
    {
      AttestRecordClass *klass = g_type_class_peek (types[i]);

      if (g_strcmp0 (attest_record_class_get_kind (klass), kind) == 0)
        return types[i];
    }
  return G_TYPE_INVALID;
}

/**
 * attest_link_kinds:
 * @n_links: (out): the number of link kinds
 *
 * Returns: (array length=n_links): every link kind
 */
const AttestLinkKind *
attest_link_kinds (guint *n_links)
{
  *n_links = G_N_ELEMENTS (links);
  return links;
}

const AttestLinkKind *
attest_link_kind_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    if (g_strcmp0 (links[i].name, name) == 0)
      return &links[i];
  return NULL;
}

/* Only a process or service in scope stands for a process of the ISMS; a
 * unit or a location does not. */
static gboolean
is_scoped_process (AttestRecord *record)
{
  return attest_record_get_enum (record, "kind") == ATTEST_SCOPE_ITEM_KIND_PROCESS;
}

/* The links that only some records of their kind take part in: what the
 * editors offer. The workspace keeps a link made before a record changed
 * (a process in scope later called a unit), so that nothing is lost. */
static const struct
{
  const char *link;
  const char *kind;
  gboolean  (*accepts) (AttestRecord *record);
} link_rules[] = {
  { "scope-item-process", "scope-item", is_scoped_process },
};

/**
 * attest_link_kind_accepts:
 * @link: a link kind
 * @record: a record of its "from" or "to" kind
 *
 * Returns: whether @record is one that takes part in links of this kind:
 *   an editor offers the link for it, and offers it as a choice
 */
gboolean
attest_link_kind_accepts (const AttestLinkKind *link,
                          AttestRecord         *record)
{
  for (guint i = 0; i < G_N_ELEMENTS (link_rules); i++)
    if (g_str_equal (link_rules[i].link, link->name)
        && g_str_equal (link_rules[i].kind, attest_record_get_kind (record)))
      return link_rules[i].accepts (record);
  return TRUE;
}
