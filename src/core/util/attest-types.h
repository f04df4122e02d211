/* attest-types.h: forward declarations of the core library's types.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AttestCatalog   AttestCatalog;
typedef struct _AttestRecord    AttestRecord;
typedef struct _AttestStore     AttestStore;
typedef struct _AttestWorkspace AttestWorkspace;

G_END_DECLS
