/* attest-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "attest.h"

G_BEGIN_DECLS

#define ATTEST_TYPE_APPLICATION (attest_application_get_type ())

G_DECLARE_FINAL_TYPE (AttestApplication, attest_application, ATTEST, APPLICATION, AdwApplication)

AttestApplication *attest_application_new                  (void);
char              *attest_application_default_workspace_path (void);
void               attest_application_open_path            (AttestApplication *self,
                                                            const char        *path,
                                                            AttestOpenFlags    flags,
                                                            GtkWindow         *parent);
GtkWindow         *attest_application_find_window          (AttestApplication *self,
                                                            const char        *path);
void               attest_application_show_open_error      (AttestApplication *self,
                                                            const char        *path,
                                                            GError            *error,
                                                            GtkWindow         *parent);

/* When the process started (g_get_monotonic_time()), set by main(). */
extern gint64 attest_started_at;

G_END_DECLS
