/* attest-role.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_ROLE (attest_role_get_type ())

G_DECLARE_FINAL_TYPE (AttestRole, attest_role, ATTEST, ROLE, AttestRecord)

/**
 * AttestLeader:
 * @ATTEST_LEADER_TOP_MANAGEMENT: the role of those who lead the organisation
 *   (the role's "top-management")
 * @ATTEST_LEADER_ISMS_MANAGER: the role that holds the two duties the
 *   standard names: "conformity" and "reporting"
 *
 * The two roles every ISMS has.
 */
typedef enum
{
  ATTEST_LEADER_TOP_MANAGEMENT,
  ATTEST_LEADER_ISMS_MANAGER,
} AttestLeader;

AttestRecord       *attest_role_new_leader     (AttestLeader  leader);
const char * const *attest_leader_get_duties   (AttestLeader  leader);
gboolean            attest_role_is_leader      (AttestRecord *role,
                                                AttestLeader  leader);

G_END_DECLS
