/* attest-treatment-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-treatment-action"

#include "config.h"

#include "attest-clock.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-treatment-action.h"

/* One action of the risk treatment plan (clause 6.1.3 e, 8.3): what, who, by when, how far, and
 * the day it was done (schema 6). */

struct _AttestTreatmentAction
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestTreatmentAction, attest_treatment_action, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_treatment_action_class_init (AttestTreatmentActionClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("risk-id", NULL, NULL, "", FLAGS), 4, "risk", 0 },
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_string ("due-date", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_enum ("status", NULL, NULL, ATTEST_TYPE_ACTION_STATUS, ATTEST_ACTION_STATUS_OPEN, FLAGS), 4, NULL },
    { g_param_spec_string ("completed-date", NULL, NULL, "", FLAGS), 6, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "treatment-action", "treatment_action", 4, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_treatment_action_init (AttestTreatmentAction *self)
{
}

/**
 * attest_treatment_action_fill_completed:
 * @action: a treatment action
 *
 * An action just set to Done was completed today, unless a completion date
 * is given already: fills it in then, so that the plan says when.
 *
 * Returns: %TRUE if the completion date was filled in
 */
gboolean
attest_treatment_action_fill_completed (AttestRecord *action)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (ATTEST_IS_TREATMENT_ACTION (action), FALSE);

  if (attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE
      || *attest_record_get_string (action, "completed-date") != '\0')
    return FALSE;
  now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);
  today = g_date_time_format (now, "%Y-%m-%d");
  g_object_set (action, "completed-date", today, NULL);
  return TRUE;
}
