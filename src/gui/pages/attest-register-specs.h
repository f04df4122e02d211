/* attest-register-specs.h: what each record kind's register lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest.h"
#include "widgets/attest-register.h"

G_BEGIN_DECLS

gboolean   attest_register_spec_for_kind (const char         *kind,
                                          AttestRegisterSpec *spec);
GtkWidget *attest_register_new_for_kind  (AttestWorkspace    *workspace,
                                          const char         *kind);

G_END_DECLS
