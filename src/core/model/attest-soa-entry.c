/* attest-soa-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-soa-entry"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-soa-entry.h"

/* The Statement of Applicability entry for one Annex A control (clause 6.1.3 d). A workspace holds one per control of the catalog; control-id is the catalog id (iso27001:2022/A.5.1). */

struct _AttestSoaEntry
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestSoaEntry, attest_soa_entry, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_soa_entry_class_init (AttestSoaEntryClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("control-id", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_enum ("applicability", NULL, NULL, ATTEST_TYPE_APPLICABILITY, ATTEST_APPLICABILITY_UNDECIDED, FLAGS), 1, NULL },
    { g_param_spec_string ("justification", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_IMPLEMENTATION, ATTEST_IMPLEMENTATION_NOT_STARTED, FLAGS), 1, NULL },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_string ("implementation", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
    /* Reasons for inclusion decided by hand. An interested party's
     * requirement is a link (soa-requirement); risk treatment is derived
     * from the risks that select the control. */
    { g_param_spec_boolean ("reason-legal", NULL, NULL, FALSE, FLAGS), 3, NULL },
    { g_param_spec_boolean ("reason-contractual", NULL, NULL, FALSE, FLAGS), 3, NULL },
    { g_param_spec_boolean ("reason-business", NULL, NULL, FALSE, FLAGS), 3, NULL },
    { g_param_spec_boolean ("reason-best-practice", NULL, NULL, FALSE, FLAGS), 3, NULL },
    { g_param_spec_string ("target-date", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("last-reviewed", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "soa-entry", "soa_entry", 1, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_soa_entry_init (AttestSoaEntry *self)
{
}
