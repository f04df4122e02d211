/* attest-json.h: the workspace as JSON, lossless, in and out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "attest-workspace.h"

G_BEGIN_DECLS

/** ATTEST_JSON_FORMAT_VERSION: the version of the JSON format written. */
#define ATTEST_JSON_FORMAT_VERSION 1

/** ATTEST_JSON_MAX_SIZE: the largest JSON document an import reads (64 MiB). */
#define ATTEST_JSON_MAX_SIZE (64 * 1024 * 1024)

/** ATTEST_JSON_MAX_DEPTH: the deepest nesting an import accepts. */
#define ATTEST_JSON_MAX_DEPTH 32

char     *attest_json_export        (AttestWorkspace  *workspace,
                                     GError          **error);
gboolean  attest_json_import        (AttestWorkspace  *workspace,
                                     const char       *json,
                                     gsize             length,
                                     GError          **error);
gboolean  attest_json_import_file   (const char       *workspace_path,
                                     const char       *input_path,
                                     GError          **error);
gboolean  attest_json_import_file_full (const char      *workspace_path,
                                        const char      *input_path,
                                        AttestOpenFlags  flags,
                                        char           **notice,
                                        GError         **error);

G_END_DECLS
