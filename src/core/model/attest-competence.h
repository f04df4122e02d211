/* attest-competence.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_COMPETENCE (attest_competence_get_type ())

G_DECLARE_FINAL_TYPE (AttestCompetence, attest_competence, ATTEST, COMPETENCE, AttestRecord)

G_END_DECLS
