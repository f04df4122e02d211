/* attest-role.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-role"

#include "config.h"

#include "attest-role.h"

/* A role in the ISMS (5.3): its name, whether it is top management or
 * carries one of the two duties the standard gives by name (making sure
 * the ISMS conforms; reporting on its performance to top management), its
 * responsibilities and authorities, and how and when it was made known.
 * The people who hold it are links (attest-kinds.c). */

struct _AttestRole
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRole, attest_role, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_role_class_init (AttestRoleClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_boolean ("top-management", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_boolean ("conformity", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_boolean ("reporting", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_string ("responsibilities", NULL, NULL, "", FLAGS), 13, NULL,
      ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("authorities", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("communicated", NULL, NULL, "", FLAGS), 13, NULL },
    { g_param_spec_string ("communicated-on", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "role", "role", 13, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_role_init (AttestRole *self)
{
}
