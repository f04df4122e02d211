/* attest-scope-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-scope-item"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-scope-item.h"

/* One part of the scope (clause 4.3): an organisational unit, location, process or service, or information system in scope; an exclusion with its justification; or an interface or dependency with activities done by others. */

struct _AttestScopeItem
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestScopeItem, attest_scope_item, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_scope_item_check (AttestRecord *record,
                         GPtrArray    *problems)
{
  const char *justification = attest_record_get_string (record, "justification");

  /* An exclusion without a reason is the first thing an auditor asks about. */
  if (attest_record_get_enum (record, "kind") == ATTEST_SCOPE_ITEM_KIND_EXCLUSION
      && attest_text_is_blank (justification))
    attest_record_add_problem (problems, "justification", _("Required for an exclusion"));
}

static void
attest_scope_item_class_init (AttestScopeItemClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_SCOPE_ITEM_KIND, ATTEST_SCOPE_ITEM_KIND_UNIT, FLAGS), 1, NULL },
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("justification", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
  };

  ATTEST_RECORD_CLASS (klass)->check = attest_scope_item_check;
  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "scope-item", "scope_item", 1, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_scope_item_init (AttestScopeItem *self)
{
}
