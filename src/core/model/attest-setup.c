/* attest-setup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup"

#include "config.h"

#include "attest-setup.h"

/* Where the guided setup of this workspace stands, kept in the file so that
 * closing Attest in the middle of a step reopens on that step: the step the
 * user was on, the furthest step they reached (those before it were passed
 * with Next: the sidebar's ticks), whether the setup was finished, and
 * whether the workspace is a sample made to explore Attest with. One per
 * workspace. */

struct _AttestSetup
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestSetup, attest_setup, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_setup_class_init (AttestSetupClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("step", NULL, NULL, "", FLAGS), 2, NULL },
    { g_param_spec_boolean ("completed", NULL, NULL, FALSE, FLAGS), 2, NULL },
    { g_param_spec_boolean ("sample", NULL, NULL, FALSE, FLAGS), 2, NULL },
    { g_param_spec_string ("reached", NULL, NULL, "", FLAGS), 9, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "setup", "setup", 2, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_setup_init (AttestSetup *self)
{
}
