/* fuzz-csv.c: the Statement of Applicability's CSV import against any bytes.
 *
 * Each input is checked, then imported into a workspace, as
 * `attest-cli import FILE --format csv --table soa INPUT` does: imported
 * with a report, or refused with a message and the workspace unchanged;
 * anything else aborts, which the fuzzer reports.
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

  if (!attest_csv_check_soa ((const char *) data, size, &error))
    {
      if (error == NULL || *error->message == '\0')
        abort ();
      g_clear_error (&error);
    }

  changes = attest_store_get_history_count (attest_workspace_get_store (workspace));
  if (attest_csv_import_soa (workspace, (const char *) data, size, &report, &error))
    {
      if (report == NULL)
        abort ();
    }
  else if (error == NULL || *error->message == '\0'
           || attest_store_get_history_count (attest_workspace_get_store (workspace)) != changes)
    abort ();   /* refused without a message, or changed the workspace */
  return 0;
}
