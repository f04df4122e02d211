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

/**
 * ATTEST_JSON_MAX_VALUES: the most values (texts, numbers, lists, objects…)
 * an import accepts. json-glib 1.6 builds the whole tree, some 80 to 300
 * bytes a value, so a document of tiny values would take many times its
 * size in memory. An export of the large demo (19,700 records, more than an
 * ISMS is expected to hold) has about 240,000 values; the limit keeps any
 * import within 8 × its size + 64 MiB.
 */
#define ATTEST_JSON_MAX_VALUES 300000

/**
 * ATTEST_JSON_MAX_OBJECTS: the most objects and lists an import accepts
 * (each record, each link and each list is one): the large demo's export
 * holds about 32,500, room left for the registers of clauses 9.3 and 10.
 */
#define ATTEST_JSON_MAX_OBJECTS 45000

/** ATTEST_JSON_LARGE_VALUES: about how many values the export of the large demo holds. */
#define ATTEST_JSON_LARGE_VALUES 240000

/** ATTEST_JSON_LARGE_OBJECTS: about how many objects and lists the export of the large demo holds. */
#define ATTEST_JSON_LARGE_OBJECTS 32500

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
