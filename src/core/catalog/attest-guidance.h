/* attest-guidance.h: our own words about each Annex A control.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *attest_guidance_for_control (const char *number);

G_END_DECLS
