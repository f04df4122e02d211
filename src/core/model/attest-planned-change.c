/* attest-planned-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-planned-change"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-planned-change.h"

/* A change to the ISMS, made as planned (6.3): what changes and why, who
 * carries it out and when, where it stands, and the review of its
 * consequences (what it may break or weaken, and how that is handled)
 * with the day that review was done. The records it affects (risks,
 * controls, documents) are links (attest-kinds.c). The readiness rules
 * flag a change done without that review, and one past its date still
 * open. */

struct _AttestPlannedChange
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestPlannedChange, attest_planned_change, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_planned_change_class_init (AttestPlannedChangeClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 11, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("reason", NULL, NULL, "", FLAGS), 11, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 11, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("planned-date", NULL, NULL, "", FLAGS), 11, NULL,
      ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_CHANGE_STATUS, ATTEST_CHANGE_STATUS_PLANNED, FLAGS),
      11, NULL },
    { g_param_spec_string ("consequences", NULL, NULL, "", FLAGS), 11, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("reviewed-on", NULL, NULL, "", FLAGS), 11, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "planned-change", "planned_change", 11, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_planned_change_init (AttestPlannedChange *self)
{
}
