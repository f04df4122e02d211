/* attest.h: the whole core library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-catalog.h"
#include "attest-context-issue.h"
#include "attest-csv.h"
#include "attest-demo.h"
#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-evidence.h"
#include "attest-guidance.h"
#include "attest-history.h"
#include "attest-interested-party.h"
#include "attest-json.h"
#include "attest-kinds.h"
#include "attest-labels.h"
#include "attest-organisation.h"
#include "attest-readiness.h"
#include "attest-record.h"
#include "attest-requirement.h"
#include "attest-scope.h"
#include "attest-scope-item.h"
#include "attest-setup.h"
#include "attest-soa.h"
#include "attest-soa-entry.h"
#include "attest-soa-version.h"
#include "attest-store.h"
#include "attest-suggestions.h"
#include "attest-types.h"
#include "attest-workspace.h"
