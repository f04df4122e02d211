/* attest-communication.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-communication"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-communication.h"

/* A communication the ISMS makes (7.4): what is communicated, to whom,
 * by whom, how and how often, when it was last done and when it is next
 * due. The readiness rules flag one past its next date. */

struct _AttestCommunication
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestCommunication, attest_communication, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_communication_class_init (AttestCommunicationClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("audience", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("communicator", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("method", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("frequency", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("last-on", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("next-due", NULL, NULL, "", FLAGS), 12, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "communication", "communication", 12, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_communication_init (AttestCommunication *self)
{
}
