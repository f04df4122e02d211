/* attest-threat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-threat"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-threat.h"

/* Something that could harm assets: an event, an actor, a failure. */

struct _AttestThreat
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestThreat, attest_threat, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_threat_class_init (AttestThreatClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "threat", "threat", 4, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_threat_init (AttestThreat *self)
{
}
