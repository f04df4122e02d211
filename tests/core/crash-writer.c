/* crash-writer.c: makes small edits as the GUI does, one after another,
 * and says on stdout when each begins ("begin n") and when it is on disk
 * ("done n"); test-crash kills it at random points of that work.
 *
 *   crash-writer FILE FIRST
 *
 * Edit n adds a context issue titled "edit n" and, every third edit, sets
 * the organisation's size to "size n": the two ways a record reaches the
 * file (a new record, a field typed into a form).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "attest.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  AttestRecord *org;
  guint64 first;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 0, G_MAXUINT32, &first, NULL))
    {
      fprintf (stderr, "usage: crash-writer FILE FIRST\n");
      return 2;
    }
  /* The writer killed before took the lock with it. */
  workspace = attest_workspace_open (argv[1], ATTEST_OPEN_TAKE_OVER, &error);
  if (workspace == NULL)
    {
      fprintf (stderr, "crash-writer: %s\n", error->message);
      return 1;
    }
  org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  for (guint64 n = first; ; n++)
    {
      g_autofree char *title = g_strdup_printf ("edit %" G_GUINT64_FORMAT, n);
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", title, NULL);

      printf ("begin %" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
      if (!attest_workspace_add (workspace, issue, &error))
        {
          fprintf (stderr, "crash-writer: %s\n", error->message);
          return 1;
        }
      if (n % 3 == 0)
        {
          g_autofree char *size = g_strdup_printf ("size %" G_GUINT64_FORMAT, n);

          g_object_set (org, "size", size, NULL);
          if (g_strcmp0 (attest_record_get_string (org, "size"), size) != 0)
            return 1;
        }
      /* Only now is edit n on disk, and said to be. */
      printf ("done %" G_GUINT64_FORMAT "\n", n);
      fflush (stdout);
    }
}
