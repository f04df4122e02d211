/* attest-interested-party.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-interested-party"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-interested-party.h"

/* A party relevant to the ISMS (clause 4.2 a); its requirements are AttestRequirement records that point to it. */

struct _AttestInterestedParty
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestInterestedParty, attest_interested_party, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_interested_party_class_init (AttestInterestedPartyClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_PARTY_KIND, ATTEST_PARTY_KIND_OTHER, FLAGS), 1, NULL },
    { g_param_spec_string ("relevance", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "interested-party", "interested_party", 1, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_interested_party_init (AttestInterestedParty *self)
{
}
