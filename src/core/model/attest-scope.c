/* attest-scope.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-scope"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-scope.h"

/* The scope statement (clause 4.3). Its parts (units, locations, processes, systems, exclusions, interfaces) are AttestScopeItem records. One per workspace. */

struct _AttestScope
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestScope, attest_scope, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_scope_class_init (AttestScopeClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("statement", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "scope", "scope", 1, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_scope_init (AttestScope *self)
{
}
