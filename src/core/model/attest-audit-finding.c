/* attest-audit-finding.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audit-finding"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-audit-finding.h"
#include "attest-enum-types.h"
#include "attest-enums.h"

/* What an internal audit found (9.2): a major or minor nonconformity, an
 * observation or an opportunity for improvement; the clause or Annex A
 * control it is against ("7.2", "A.5.15"), what was found, and the
 * evidence it rests on. */

struct _AttestAuditFinding
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestAuditFinding, attest_audit_finding, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_audit_finding_check (AttestRecord *record,
                            GPtrArray    *problems)
{
  const char *requirement = attest_record_get_string (record, "requirement");

  if (!attest_text_is_blank (requirement) && !attest_audit_requirement_is_known (requirement))
    attest_record_add_problem (problems, "requirement",
                               _("Write a clause, such as 7.2, or an Annex A control, such as A.5.15"));
}

static void
attest_audit_finding_class_init (AttestAuditFindingClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("audit-id", NULL, NULL, "", FLAGS), 22, "audit", 0 },
    { g_param_spec_enum ("type", NULL, NULL, ATTEST_TYPE_FINDING_TYPE, ATTEST_FINDING_TYPE_OBSERVATION, FLAGS),
      22, NULL },
    { g_param_spec_string ("requirement", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("evidence", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "audit-finding", "audit_finding", 22, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_audit_finding_check;
}

static void
attest_audit_finding_init (AttestAuditFinding *self)
{
}
