/* attest-awareness.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-awareness"

#include "config.h"

#include "attest-i18n.h"

#include "attest-awareness.h"

/* An awareness activity (7.3): its topic, whom it was for (all staff, or
 * the staff groups named as the people's records name them), the day it
 * was held, who gave it, and who attended or how many. The readiness rules
 * name the staff groups without one in the period the organisation sets
 * (its "awareness-interval"). */

struct _AttestAwareness
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestAwareness, attest_awareness, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* It was for someone: all staff, or some staff groups. */
static void
attest_awareness_check (AttestRecord *record,
                        GPtrArray    *problems)
{
  if (!attest_record_get_boolean (record, "all-staff") && attest_record_get_strv_length (record, "groups") == 0)
    attest_record_add_problem (problems, "groups", _("Say whom it was for: all staff, or the staff groups"));
}

static void
attest_awareness_class_init (AttestAwarenessClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 14, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_boolean ("all-staff", NULL, NULL, FALSE, FLAGS), 14, NULL },
    { g_param_spec_boxed ("groups", NULL, NULL, G_TYPE_STRV, FLAGS), 14, NULL },
    { g_param_spec_string ("held-on", NULL, NULL, "", FLAGS), 14, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("given-by", NULL, NULL, "", FLAGS), 14, NULL },
    { g_param_spec_string ("attendance", NULL, NULL, "", FLAGS), 14, NULL, ATTEST_FIELD_REQUIRED },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "awareness", "awareness_activity", 14, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_awareness_check;
}

static void
attest_awareness_init (AttestAwareness *self)
{
}
