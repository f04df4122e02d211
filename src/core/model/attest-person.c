/* attest-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-person"

#include "config.h"

#include "attest-person.h"

/* A person the ISMS names (5.3): who they are, their position, the staff
 * group they belong to (the awareness of 7.3 is planned per group) and how
 * to reach them. The roles they hold are links from the roles
 * (attest-kinds.c). */

struct _AttestPerson
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestPerson, attest_person, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_person_class_init (AttestPersonClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("position", NULL, NULL, "", FLAGS), 13, NULL },
    { g_param_spec_string ("staff-group", NULL, NULL, "", FLAGS), 13, NULL },
    { g_param_spec_string ("contact", NULL, NULL, "", FLAGS), 13, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "person", "person", 13, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_person_init (AttestPerson *self)
{
}
