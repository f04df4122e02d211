/* attest-catalog-titles.h: the catalog's clause and control titles,
 * translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *attest_catalog_titles (guint      *n_titles);
const char         *attest_catalog_title  (const char *title);

G_END_DECLS
