/* fuzz-json.c: the JSON import against any bytes.
 *
 * Each input is imported into a new workspace file, as
 * `attest-cli import FILE --format json INPUT` does. It is imported whole
 * (and then reads back and exports again) or refused with a message and no
 * file left behind; anything else aborts, which the fuzzer reports.
 *
 * Built with libFuzzer (meson -Dfuzzing=true, clang) to search, and always
 * with replay.c, which runs the saved corpus as a test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "attest.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *dir;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL, *input = NULL;

  if (dir == NULL)
    {
      /* A warning or a critical is a bug the fuzzer should report. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      if ((dir = g_dir_make_tmp ("attest-fuzz-json-XXXXXX", NULL)) == NULL)
        abort ();
    }
  target = g_build_filename (dir, "target.isms", NULL);
  input = g_build_filename (dir, "input.json", NULL);
  g_unlink (target);
  if (!g_file_set_contents (input, (const char *) data, (gssize) size, NULL))
    abort ();

  if (attest_json_import_file (target, input, &error))
    {
      g_autoptr(AttestWorkspace) workspace = attest_workspace_open (target, ATTEST_OPEN_READ_ONLY, &error);
      g_autofree char *again = workspace ? attest_json_export (workspace, &error) : NULL;

      if (again == NULL)
        abort ();   /* imported, but does not read back */
    }
  else if (error == NULL || *error->message == '\0' || g_file_test (target, G_FILE_TEST_EXISTS))
    abort ();       /* refused without a message, or left a file */
  return 0;
}
