/* attest-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-labels.h"

typedef struct
{
  const char *nick;
  const char *label;
} Label;

static const Label labels[] = {
  /* AttestIssueOrigin */
  { "external", N_("External") },
  { "internal", N_("Internal") },
  /* AttestIssueCategory */
  { "political", N_("Political") },
  { "economic", N_("Economic") },
  { "social", N_("Social") },
  { "technological", N_("Technological") },
  { "legal", N_("Legal") },
  { "environmental", N_("Environmental") },
  { "climate-change", N_("Climate change") },
  { "governance", N_("Governance") },
  { "culture", N_("Culture") },
  { "capabilities", N_("Capabilities and resources") },
  { "information-systems", N_("Information systems") },
  { "other", N_("Other") },
  /* AttestPartyKind */
  { "customer", N_("Customer") },
  { "employee", N_("Employees") },
  { "shareholder", N_("Shareholders and owners") },
  { "regulator", N_("Regulator or authority") },
  { "supplier", N_("Supplier or cloud provider") },
  { "certification-body", N_("Certification body") },
  { "insurer", N_("Insurer") },
  { "public", N_("The public") },
  { "partner", N_("Partner") },
  /* AttestRequirementKind */
  { "regulatory", N_("Regulatory") },
  { "contractual", N_("Contractual") },
  /* AttestScopeItemKind */
  { "unit", N_("Organisational unit") },
  { "location", N_("Location") },
  { "process", N_("Process or service") },
  { "system", N_("Information system") },
  { "exclusion", N_("Exclusion") },
  { "interface", N_("Interface or dependency") },
  /* AttestApplicability */
  { "undecided", N_("Not decided") },
  { "applicable", N_("Applicable") },
  { "not-applicable", N_("Not applicable") },
  /* AttestImplementation */
  { "not-started", N_("Not started") },
  { "planned", N_("Planned") },
  { "partial", N_("Partially implemented") },
  { "implemented", N_("Implemented") },
};

static const Label kinds[] = {
  { "organisation", N_("Organisation") },
  { "context-issue", N_("Context issue") },
  { "interested-party", N_("Interested party") },
  { "requirement", N_("Requirement") },
  { "scope", N_("Scope") },
  { "scope-item", N_("Scope item") },
  { "soa-entry", N_("Statement of Applicability entry") },
};

static const char *
lookup (const Label *table,
        gsize        n,
        const char  *nick)
{
  for (gsize i = 0; i < n; i++)
    if (g_strcmp0 (table[i].nick, nick) == 0)
      return g_dgettext (GETTEXT_PACKAGE, table[i].label);
  return nick;
}

/**
 * attest_enum_get_label:
 * @type: an enumeration of the record kinds
 * @value: one of its values
 *
 * Returns: (transfer none): the value as a person reads it, translated
 */
const char *
attest_enum_get_label (GType type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  if (ev == NULL)
    return "";
  return lookup (labels, G_N_ELEMENTS (labels), ev->value_nick);
}

/**
 * attest_kind_get_label:
 * @kind: a record kind such as "context-issue"
 *
 * Returns: (transfer none): the kind as a person reads it, translated
 */
const char *
attest_kind_get_label (const char *kind)
{
  return lookup (kinds, G_N_ELEMENTS (kinds), kind);
}
