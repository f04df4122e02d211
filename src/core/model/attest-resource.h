/* attest-resource.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_RESOURCE (attest_resource_get_type ())

G_DECLARE_FINAL_TYPE (AttestResource, attest_resource, ATTEST, RESOURCE, AttestRecord)

G_END_DECLS
