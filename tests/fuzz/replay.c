/* replay.c: runs a fuzz target over saved inputs, as an ordinary test.
 *
 *   fuzz-json-replay DIR...
 *
 * Every file in the directories (the seeds, and every input that once
 * crashed, kept as a regression) goes through LLVMFuzzerTestOneInput; the
 * target aborts on a failure, which fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
main (int    argc,
      char **argv)
{
  guint n = 0;

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        {
          fprintf (stderr, "replay: cannot read %s\n", argv[a]);
          return 1;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[a], name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *data = NULL;
          gsize length;

          if (!g_file_get_contents (g_ptr_array_index (names, i), &data, &length, NULL))
            return 1;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
          n++;
        }
    }
  printf ("replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
