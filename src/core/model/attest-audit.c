/* attest-audit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-audit"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-catalog.h"
#include "attest-clock.h"

/* One internal audit (9.2): its scope and criteria, the clauses it covers
 * (numbers of the catalog, "6.1.2"), who is audited, the day it is planned
 * for and the day it was held, and its report: the conclusions and where
 * the full report is kept. The auditors (people of the ISMS) and the
 * Annex A controls it covers are links (attest-kinds.c); its findings are
 * records of their own (attest-audit-finding.c). */

struct _AttestAudit
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestAudit, attest_audit, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/**
 * attest_audit_requirement_is_known:
 * @text: what a finding or an audit names
 *
 * Returns: whether @text is a clause of the catalog ("6.1.2") or one of its
 *   Annex A controls ("A.5.15"), surrounding spaces aside
 */
gboolean
attest_audit_requirement_is_known (const char *text)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  const AttestClause *clauses;
  const AttestControl *controls;
  guint n;

  if (g_str_has_prefix (stripped, "A."))
    {
      controls = attest_catalog_get_controls (catalog, &n);
      for (guint i = 0; i < n; i++)
        if (strcmp (controls[i].number, stripped + 2) == 0)
          return TRUE;
      return FALSE;
    }
  clauses = attest_catalog_get_clauses (catalog, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (clauses[i].number, stripped) == 0)
      return TRUE;
  return FALSE;
}

/**
 * attest_audit_is_held:
 * @audit: an audit
 *
 * Returns: whether it has been held: it says the day it was, and that day
 *   has come (a day still to come is a field problem, not an audit held)
 */
gboolean
attest_audit_is_held (AttestRecord *audit)
{
  const char *held = attest_record_get_string (audit, "held-on");
  g_autofree char *today = NULL;

  if (!attest_date_is_valid (held))
    return FALSE;
  today = attest_date_dup_today ();
  return strcmp (held, today) <= 0;
}

/* The clauses are the catalog's; an audit is held on a day that has come,
 * not before the day it was planned for by more than a year. */
static void
attest_audit_check (AttestRecord *record,
                    GPtrArray    *problems)
{
  const char *held = attest_record_get_string (record, "held-on");
  const char * const *clauses = attest_record_get_strv (record, "clauses");
  g_autofree char *today = attest_date_dup_today ();

  for (guint i = 0; clauses != NULL && clauses[i] != NULL; i++)
    {
      g_autofree char *clause = g_strstrip (g_strdup (clauses[i]));

      if (*clause == '\0')
        continue;
      if (g_str_has_prefix (clause, "A."))
        {
          attest_record_add_problem (problems, "clauses",
                                     _("Annex A controls are linked in the audit's editor once it is added: list "
                                       "clauses here, such as 6.1.2"));
          break;
        }
      if (!attest_audit_requirement_is_known (clause))
        {
          g_autofree char *shown = g_utf8_make_valid (clause, MIN (strlen (clause), 20));
          /* TRANSLATORS: what was written where a clause number belongs */
          g_autofree char *message = g_strdup_printf (_("ISO/IEC 27001:2022 has no clause “%s”: write clause numbers "
                                                        "such as 6.1.2, separated by semicolons"), shown);

          attest_record_add_problem (problems, "clauses", message);
          break;
        }
    }
  if (attest_date_is_valid (held) && strcmp (held, today) > 0)
    attest_record_add_problem (problems, "held-on",
                               _("This day is still to come: leave Held on empty until the audit is held"));
}

static void
attest_audit_class_init (AttestAuditClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("scope", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("criteria", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_boxed ("clauses", NULL, NULL, G_TYPE_STRV, FLAGS), 22, NULL },
    { g_param_spec_string ("auditees", NULL, NULL, "", FLAGS), 22, NULL },
    { g_param_spec_string ("planned-date", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("held-on", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("report", NULL, NULL, "", FLAGS), 22, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("report-reference", NULL, NULL, "", FLAGS), 22, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "audit", "audit", 22, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_audit_check;
}

static void
attest_audit_init (AttestAudit *self)
{
}
