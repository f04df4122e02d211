/* attest-organisation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_ORGANISATION (attest_organisation_get_type ())

G_DECLARE_FINAL_TYPE (AttestOrganisation, attest_organisation, ATTEST, ORGANISATION, AttestRecord)

G_END_DECLS
