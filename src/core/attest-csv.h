/* attest-csv.h: the Statement of Applicability as a spreadsheet (RFC 4180).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/** ATTEST_CSV_MAX_SIZE: the largest CSV file an import reads (16 MiB). */
#define ATTEST_CSV_MAX_SIZE (16 * 1024 * 1024)

void       attest_csv_cell_unescape (char             *cell);
GPtrArray *attest_csv_parse          (const char       *data,
                                      gsize             length,
                                      GArray          **line_numbers,
                                      GError          **error);
void       attest_csv_append_row     (GString          *out,
                                      const char      **fields,
                                      guint             n_fields);
char      *attest_csv_export_soa     (AttestWorkspace  *workspace);
gboolean   attest_csv_check_soa      (const char       *data,
                                      gsize             length,
                                      GError          **error);
gboolean   attest_csv_import_soa     (AttestWorkspace  *workspace,
                                      const char       *data,
                                      gsize             length,
                                      GPtrArray       **report,
                                      GError          **error);

G_END_DECLS
