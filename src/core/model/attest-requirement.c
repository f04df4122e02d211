/* attest-requirement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-requirement"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-requirement.h"

/* A need or expectation of an interested party (clause 4.2 b), whether the ISMS addresses it (4.2 c), and whether it relates to climate change. */

struct _AttestRequirement
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRequirement, attest_requirement, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_requirement_class_init (AttestRequirementClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("party-id", NULL, NULL, "", FLAGS), 1, "interested-party" },
    { g_param_spec_string ("text", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_REQUIREMENT_KIND, ATTEST_REQUIREMENT_KIND_OTHER, FLAGS), 1, NULL },
    { g_param_spec_boolean ("addressed", NULL, NULL, FALSE, FLAGS), 1, NULL },
    { g_param_spec_string ("how-addressed", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_boolean ("climate-related", NULL, NULL, FALSE, FLAGS), 1, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "requirement", "requirement", 1, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_requirement_init (AttestRequirement *self)
{
}
