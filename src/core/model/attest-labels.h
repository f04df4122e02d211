/* attest-labels.h: words a person reads for the enumerations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>


G_BEGIN_DECLS

const char *attest_enum_get_label (GType type,
                                   int   value);
const char *attest_kind_get_label (const char *kind);
const char *attest_field_get_label (const char *kind,
                                    const char *field);

G_END_DECLS
