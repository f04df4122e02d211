/* attest-objective.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-objective"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-objective.h"

/* An information security objective (6.2): what the ISMS sets out to
 * achieve, how it is measured and against what target, by when, who owns
 * it, what it needs, how its results are evaluated, and where it stands.
 * The risks it reduces and the controls that serve it are links
 * (attest-kinds.c). Past its date while still open, it is flagged by the
 * readiness rules, which know the day (attest_now()). */

struct _AttestObjective
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestObjective, attest_objective, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_objective_class_init (AttestObjectiveClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("measure", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("target", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("resources", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("evaluation", NULL, NULL, "", FLAGS), 10, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_OBJECTIVE_STATUS, ATTEST_OBJECTIVE_STATUS_PLANNED, FLAGS),
      10, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "objective", "objective", 10, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_objective_init (AttestObjective *self)
{
}
