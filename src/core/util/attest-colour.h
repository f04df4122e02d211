/* attest-colour.h: the colours of risk levels, and the text that reads on them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean attest_colour_parse      (const char   *text,
                                   double        rgb[3]);
double   attest_colour_luminance  (const double  rgb[3]);
double   attest_colour_text_grey  (const double  rgb[3]);

G_END_DECLS
