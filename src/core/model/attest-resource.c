/* attest-resource.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-resource"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-resource.h"

/* A resource the ISMS needs (7.1): people, time, budget or tools, what it
 * is for, who provides it, by when it is needed, and whether it was
 * provided, on which day. The objectives it serves are links
 * (attest-kinds.c). The readiness rules flag one needed by a day that has
 * passed and not provided. */

struct _AttestResource
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestResource, attest_resource, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_resource_class_init (AttestResourceClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_RESOURCE_KIND, ATTEST_RESOURCE_KIND_PEOPLE, FLAGS), 12, NULL },
    { g_param_spec_string ("purpose", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("provider", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("needed-by", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_RESOURCE_STATUS, ATTEST_RESOURCE_STATUS_REQUESTED, FLAGS),
      12, NULL },
    { g_param_spec_string ("provided-on", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "resource", "resource", 12, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_resource_init (AttestResource *self)
{
}
