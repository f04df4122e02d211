/* attest-mandatory-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-mandatory"

#include "config.h"

#include "attest-i18n.h"

#include "attest-mandatory-items.h"

/* The one list of the documented information that clauses 4 to 10 require
 * an organisation to keep. Readiness, the document register, `attest-cli
 * check` and the audit pack all read it. The titles are our own words.
 * Where each item is in a workspace is a rule (attest-mandatory.c). */

static const AttestMandatoryItem items[] = {
  { "scope", "4.3", N_("Scope of the ISMS"), "scope" },
  { "policy", "5.2", N_("Information security policy"), "policy" },
  { "risk-assessment-process", "6.1.2", N_("Risk assessment process"), "risk-method" },
  { "risk-treatment-process", "6.1.3", N_("Risk treatment process"), "risk-method" },
  { "soa", "6.1.3 d", N_("Statement of Applicability"), "soa-entry",
    "soa", N_("Statement of Applicability") },
  { "objectives", "6.2", N_("Information security objectives"), NULL },
  { "competence", "7.2", N_("Evidence of competence"), NULL },
  { "documented-information", "7.5.1 b", N_("Documented information the organisation deems necessary"), NULL },
  { "operational-planning", "8.1", N_("Operational planning and control"), "process",
    "processes", N_("Processes of the ISMS") },
  { "risk-assessment-results", "8.2", N_("Results of risk assessments"), "risk",
    "risk-assessment", N_("Risk assessment") },
  { "risk-treatment-results", "8.3", N_("Results of risk treatment"), "treatment-action",
    "treatment-plan", N_("Risk treatment plan") },
  { "monitoring-results", "9.1", N_("Monitoring and measurement results"), "measurement",
    "metrics", N_("Metrics and measurements") },
  { "audit-programme", "9.2", N_("Audit programme and audit results"), "audit",
    "audits", N_("Internal audits") },
  { "management-review", "9.3", N_("Results of management reviews"), "management-review",
    "management-reviews", N_("Management reviews") },
  { "corrective-actions", "10.2", N_("Nonconformities and corrective actions"), "nonconformity",
    "nonconformities", N_("Nonconformities and corrective actions") },
};


/**
 * attest_mandatory_items:
 * @n_items: (out): the number of items (15)
 *
 * Returns: (array length=n_items): the items, in clause order
 */
const AttestMandatoryItem *
attest_mandatory_items (guint *n_items)
{
  *n_items = G_N_ELEMENTS (items);
  return items;
}

/**
 * attest_mandatory_item_lookup:
 * @id_or_clause: an item's id ("policy") or clause ("5.2"), spaces around ignored
 *
 * Returns: (nullable): the item
 */
const AttestMandatoryItem *
attest_mandatory_item_lookup (const char *id_or_clause)
{
  g_autofree char *key = g_strstrip (g_strdup (id_or_clause ? id_or_clause : ""));

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (g_ascii_strcasecmp (items[i].id, key) == 0 || g_ascii_strcasecmp (items[i].clause, key) == 0)
      return &items[i];
  return NULL;
}

/**
 * attest_mandatory_item_get_title:
 * @item: an item
 *
 * Returns: its title, translated
 */
const char *
attest_mandatory_item_get_title (const AttestMandatoryItem *item)
{
  return _(item->title);
}

/**
 * attest_mandatory_item_get_whole_title:
 * @item: an item
 *
 * Returns: (nullable): the title of the document Attest holds it in as a
 *   whole, translated, or %NULL when one record holds it
 */
const char *
attest_mandatory_item_get_whole_title (const AttestMandatoryItem *item)
{
  return item->whole_title != NULL ? _(item->whole_title) : NULL;
}
