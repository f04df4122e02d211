/* attest-commitment.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-commitment"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-commitment.h"

/* Evidence of leadership (5.1): one of the things top management shows it
 * does for the ISMS (AttestCommitmentItem, in our words), what shows it
 * (minutes, a budget, a message to staff) and when. The documents that
 * hold it are links (attest-kinds.c). Readiness names the things with no
 * evidence yet. */

struct _AttestCommitment
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestCommitment, attest_commitment, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_commitment_class_init (AttestCommitmentClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_enum ("item", NULL, NULL, ATTEST_TYPE_COMMITMENT_ITEM, ATTEST_COMMITMENT_SETS_POLICY, FLAGS), 17,
      NULL },
    { g_param_spec_string ("evidence", NULL, NULL, "", FLAGS), 17, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("shown-on", NULL, NULL, "", FLAGS), 17, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "commitment", "commitment", 17, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_commitment_init (AttestCommitment *self)
{
}
