/* attest-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-finding"

#include "config.h"

#include "attest-i18n.h"

#include "attest-finding.h"

/* What a rule finds: the readiness rules, the risk rules and the SoA rules
 * all report in this one shape, for the Readiness page, the setup,
 * `attest-cli check` and the audit pack. */

void
attest_finding_free (AttestFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->step);
  g_free (finding->clause);
  g_clear_object (&finding->record);
  g_free (finding->field);
  g_free (finding->message);
  g_free (finding->rule);
  g_free (finding->rule_title);
  g_free (finding);
}

/**
 * attest_finding_new:
 * @rule: (nullable): the rule that finds it
 * @step: the setup step or page the finding belongs to
 * @clause: the clause it is about
 * @severity: %ATTEST_SEVERITY_BLOCKER for what an auditor would raise as a
 *   nonconformity, %ATTEST_SEVERITY_WARNING for what they would ask about
 * @record: (nullable): the record to jump to
 * @field: (nullable): the field to focus
 * @message: what is wrong, for the user
 *
 * Returns: (transfer full): a new finding
 */
AttestFinding *
attest_finding_new (const AttestRule *rule,
                    const char     *step,
                    const char     *clause,
                    AttestSeverity  severity,
                    AttestRecord   *record,
                    const char   *field,
                    const char   *message)
{
  AttestFinding *finding = g_new0 (AttestFinding, 1);

  finding->step = g_strdup (step);
  finding->clause = g_strdup (clause);
  finding->severity = severity;
  finding->record = record ? g_object_ref (record) : NULL;
  finding->field = g_strdup (field);
  finding->message = g_strdup (message);
  finding->rule = g_strdup (rule != NULL ? rule->id : "other");
  finding->rule_title = g_strdup (rule != NULL && rule->title != NULL ? _(rule->title) : _("Other"));
  return finding;
}
