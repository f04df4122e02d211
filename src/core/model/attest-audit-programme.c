/* attest-audit-programme.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audit-programme"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit-programme.h"
#include "attest-clock.h"

/* The internal audit programme (9.2.2), one per workspace: the period it
 * covers (typically the three-year certification cycle), how often what is
 * audited, by which methods, who is responsible, how audits are planned
 * and how their results are reported, and who manages it (the owner). The
 * audits it plans are records of their own (attest-audit.c). */

struct _AttestAuditProgramme
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestAuditProgramme, attest_audit_programme, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A period ends after it starts. */
static void
attest_audit_programme_check (AttestRecord *record,
                              GPtrArray    *problems)
{
  const char *start = attest_record_get_string (record, "period-start");
  const char *end = attest_record_get_string (record, "period-end");

  if (attest_date_is_valid (start) && attest_date_is_valid (end) && strcmp (end, start) <= 0)
    attest_record_add_problem (problems, "period-end",
                               _("This is not after the period starts: write the period's last day, such as three "
                                 "years on"));
}

static void
attest_audit_programme_class_init (AttestAuditProgrammeClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("period-start", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("period-end", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("frequency", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("methods", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("responsibilities", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("planning", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("reporting", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 22, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "audit-programme", "audit_programme", 22, TRUE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_audit_programme_check;
}

static void
attest_audit_programme_init (AttestAuditProgramme *self)
{
}
