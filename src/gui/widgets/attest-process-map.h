/* attest-process-map.h: the processes of the ISMS and their hand-overs on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_PROCESS_MAP (attest_process_map_get_type ())

G_DECLARE_FINAL_TYPE (AttestProcessMap, attest_process_map, ATTEST, PROCESS_MAP, GtkWidget)

GtkWidget  *attest_process_map_new             (AttestWorkspace  *workspace);
const char *attest_process_map_get_description (AttestProcessMap *self);

G_END_DECLS
