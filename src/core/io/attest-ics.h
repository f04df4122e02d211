/* attest-ics.h: what is due as an iCalendar file (RFC 5545), with libical.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-output.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/** ATTEST_ICS_PRODID: the PRODID of every calendar Attest writes. */
#define ATTEST_ICS_PRODID "-//Attest//Attest//EN"

char     *attest_ics_dup_uid      (const char         *record_id,
                                   const char         *key);
char     *attest_ics_dup_calendar (AttestWorkspace    *workspace,
                                   GPtrArray          *items);
gboolean  attest_ics_export       (AttestWorkspace    *workspace,
                                   const char         *path,
                                   AttestOutputFlags   flags,
                                   GError            **error);

G_END_DECLS
