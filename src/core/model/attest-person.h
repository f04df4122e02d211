/* attest-person.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PERSON (attest_person_get_type ())

G_DECLARE_FINAL_TYPE (AttestPerson, attest_person, ATTEST, PERSON, AttestRecord)

G_END_DECLS
