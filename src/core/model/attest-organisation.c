/* attest-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-organisation"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-organisation.h"

/* The organisation profile (clause 4): who runs the ISMS. One per workspace. Dates are ISO 8601 (YYYY-MM-DD) or empty. */

struct _AttestOrganisation
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestOrganisation, attest_organisation, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_organisation_class_init (AttestOrganisationClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("short-name", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_string ("sector", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_string ("size", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_string ("headquarters", NULL, NULL, "", FLAGS), 1, NULL },
    { g_param_spec_boxed ("locations", NULL, NULL, G_TYPE_STRV, FLAGS), 1, NULL },
    /* Typed names until the roles took them over: top management and the
     * ISMS manager are roles of the ISMS now (adopt_leaders() in
     * attest-workspace.c moves what older files hold). */
    { g_param_spec_string ("top-management", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_RETIRED },
    { g_param_spec_string ("isms-manager", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_RETIRED },
    { g_param_spec_string ("certification-target", NULL, NULL, "", FLAGS), 1, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("classification", NULL, NULL, "", FLAGS), 1, NULL },
    /* Amendment 1 (2024): whether climate change is a relevant issue, and how. */
    { g_param_spec_enum ("climate-relevance", NULL, NULL, ATTEST_TYPE_CLIMATE_RELEVANCE, ATTEST_CLIMATE_RELEVANCE_UNDECIDED, FLAGS), 2, NULL },
    { g_param_spec_string ("climate-statement", NULL, NULL, "", FLAGS), 2, NULL, ATTEST_FIELD_PROSE },
    /* How often every staff group is to take part in an awareness
     * activity (7.3), in months. */
    { g_param_spec_int ("awareness-interval", NULL, NULL, 1, 60, 12, FLAGS), 14, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "organisation", "organisation", 1, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_organisation_init (AttestOrganisation *self)
{
}
