/* fuzz-csv.c: the Statement of Applicability's CSV import against any bytes.
 *
 * Each input is analysed (columns recognised, rows read, the preview and
 * the changes told), then applied to a workspace, as the SoA page's preview
 * and `attest-cli import FILE --format csv --table soa INPUT` do: imported
 * with a report, or refused with a message and the workspace unchanged;
 * then analysed again with every column's role chosen as recognised, which
 * must read the same. Anything else aborts, which the fuzzer reports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "attest.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static AttestWorkspace *workspace;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autoptr(AttestCsvAnalysis) analysis = NULL;
  guint n_columns;
  gint64 changes;

  if (workspace == NULL)
    {
      /* A warning or a critical is a bug the fuzzer should report. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
    }
  if (workspace == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("attest-fuzz-csv-XXXXXX", NULL);
      g_autofree char *path = dir ? g_build_filename (dir, "target.isms", NULL) : NULL;

      if (path == NULL || (workspace = attest_workspace_create (path, "Fuzz Ltd", NULL)) == NULL)
        abort ();
    }

  analysis = attest_csv_analyse_soa ((const char *) data, size, NULL, 0, &error);
  if (analysis == NULL)
    {
      if (error == NULL || *error->message == '\0' || attest_csv_check_soa ((const char *) data, size, NULL))
        abort ();
      return 0;
    }
  n_columns = attest_csv_analysis_get_n_columns (analysis);
  if (attest_csv_analysis_get_preview (analysis)->len > ATTEST_CSV_PREVIEW_ROWS)
    abort ();
  {
    g_autoptr(GPtrArray) changes = attest_csv_analysis_dup_changes (analysis, workspace);
    g_autofree int *assigned = g_new (int, n_columns + 1);
    g_autoptr(AttestCsvAnalysis) again = NULL;
    gboolean ok = attest_csv_analysis_check (analysis, NULL);

    if (changes == NULL || (ok && changes->len == 0))
      abort ();
    /* Choosing what was recognised changes nothing, unless it was open. */
    for (guint i = 0; i < n_columns; i++)
      assigned[i] = attest_csv_analysis_is_ambiguous (analysis, i) ? ATTEST_CSV_ROLE_AUTO
                                                                    : (int) attest_csv_analysis_get_role (analysis, i);
    again = attest_csv_analyse_soa ((const char *) data, size, assigned, n_columns, NULL);
    if (again == NULL || attest_csv_analysis_check (again, NULL) != ok)
      abort ();
    if (attest_csv_check_soa ((const char *) data, size, NULL) != ok)
      abort ();
  }

  changes = attest_store_get_history_count (attest_workspace_get_store (workspace));
  if (attest_csv_apply_soa (workspace, analysis, &report, &error))
    {
      if (report == NULL)
        abort ();
    }
  else if (error == NULL || *error->message == '\0'
           || attest_store_get_history_count (attest_workspace_get_store (workspace)) != changes)
    abort ();   /* refused without a message, or changed the workspace */
  return 0;
}
