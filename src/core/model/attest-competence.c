/* attest-competence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-competence"

#include "config.h"

#include "attest-competence.h"

/* A competence the ISMS needs (7.2): what it is and what it means in
 * practice. The roles that require it are links (attest-kinds.c); the
 * evidence that people have it, or the actions to gain it, are
 * qualifications (attest-qualification.c). */

struct _AttestCompetence
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestCompetence, attest_competence, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_competence_class_init (AttestCompetenceClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 15, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("description", NULL, NULL, "", FLAGS), 15, NULL, ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "competence", "competence", 15, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_competence_init (AttestCompetence *self)
{
}
