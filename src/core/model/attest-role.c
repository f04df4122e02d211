/* attest-role.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-role"

#include "config.h"

#include "attest-i18n.h"

#include "attest-role.h"

/* A role in the ISMS (5.3): its name, whether it is top management or
 * carries one of the two duties the standard gives by name (making sure
 * the ISMS conforms; reporting on its performance to top management), its
 * responsibilities and authorities, and how and when it was made known.
 * The people who hold it are links (attest-kinds.c). */

struct _AttestRole
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRole, attest_role, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_role_class_init (AttestRoleClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_boolean ("top-management", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_boolean ("conformity", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_boolean ("reporting", NULL, NULL, FALSE, FLAGS), 13, NULL },
    { g_param_spec_string ("responsibilities", NULL, NULL, "", FLAGS), 13, NULL,
      ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("authorities", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("communicated", NULL, NULL, "", FLAGS), 13, NULL },
    { g_param_spec_string ("communicated-on", NULL, NULL, "", FLAGS), 13, NULL, ATTEST_FIELD_DATE },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "role", "role", 13, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_role_init (AttestRole *self)
{
}

typedef struct
{
  const char *duties[3];      /* the role's booleans */
  const char *title;
  const char *responsibilities;
} LeaderSpec;

static const LeaderSpec leaders[] = {
  [ATTEST_LEADER_TOP_MANAGEMENT] = {
    { "top-management", NULL }, N_("Top management"),
    N_("Leads the organisation and its ISMS: sets the policy and the objectives, provides the resources, approves "
       "the main decisions of the ISMS and takes part in the management review."),
  },
  [ATTEST_LEADER_ISMS_MANAGER] = {
    { "conformity", "reporting", NULL }, N_("ISMS manager"),
    N_("Runs the ISMS day to day: keeps the risk assessment, the Statement of Applicability and the registers up "
       "to date, follows up the actions, and reports to top management on how the ISMS performs."),
  },
};

/**
 * attest_leader_get_duties:
 * @leader: which of the two roles every ISMS has
 *
 * Returns: (transfer none): the role's boolean fields that mark it
 */
const char * const *
attest_leader_get_duties (AttestLeader leader)
{
  return leaders[leader].duties;
}

/**
 * attest_role_is_leader:
 * @role: a role
 * @leader: which of the two
 *
 * Returns: whether @role is top management, or carries the ISMS manager's
 *   first duty (making sure the ISMS conforms)
 */
gboolean
attest_role_is_leader (AttestRecord *role,
                       AttestLeader  leader)
{
  return attest_record_get_boolean (role, leaders[leader].duties[0]);
}

/**
 * attest_role_new_leader:
 * @leader: which of the two
 *
 * A new role for @leader, with its duties and, in our words, what it is
 * responsible for, for the user to make their own.
 *
 * Returns: (transfer full): the role, not yet in a workspace
 */
AttestRecord *
attest_role_new_leader (AttestLeader leader)
{
  const LeaderSpec *spec = &leaders[leader];
  AttestRecord *role = g_object_new (ATTEST_TYPE_ROLE,
                                     "title", _(spec->title),
                                     "responsibilities", _(spec->responsibilities),
                                     NULL);

  for (guint d = 0; spec->duties[d] != NULL; d++)
    g_object_set (role, spec->duties[d], TRUE, NULL);
  return role;
}
