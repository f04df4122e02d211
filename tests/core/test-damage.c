/* test-damage.c: damaged workspaces, swept byte by byte.
 *
 * A real workspace truncated at many offsets and with single bytes changed
 * at many offsets (seeded; the seed is printed): each either opens, and
 * then every record loads, or is refused with one sentence naming the
 * file; never a crash, and read-only opening never changes a byte. The
 * named cases (wrong application, future schema, zero bytes, a directory,
 * a symlink, no permission) are in test-workspace.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "attest.h"
#include "attest-test-util.h"

#define N_TRUNCATIONS 100
#define N_CORRUPTIONS 300

static guint
load_everything (AttestWorkspace *workspace)
{
  guint n_types, total = 0;
  const GType *kinds = attest_record_kinds (&n_types);

  for (guint k = 0; k < n_types; k++)
    {
      GListModel *records = attest_workspace_get_records (workspace, kinds[k]);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(AttestRecord) record = g_list_model_get_item (records, i);
          g_autoptr(GPtrArray) problems = attest_record_check (record);

          total++;
        }
    }
  return total;
}

static void
try_open (const char *path,
          const char *name,
          const char *what)
{
  g_autofree char *before = test_file_digest (path);

  for (guint mode = 0; mode < 2; mode++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AttestWorkspace) workspace =
        attest_workspace_open (path, mode == 0 ? ATTEST_OPEN_READ_ONLY : ATTEST_OPEN_TAKE_OVER, &error);

      if (workspace != NULL)
        {
          load_everything (workspace);
          g_assert_no_error (error);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == ATTEST_ERROR);
          /* One sentence that names the file. */
          if (strstr (error->message, name) == NULL || strchr (error->message, '\n') != NULL)
            g_error ("%s: the message does not name the file in one line: %s", what, error->message);
        }
      g_clear_object (&workspace);
      /* Reading never changes a byte; editing may only change a file it could open. */
      if (mode == 0 || error != NULL)
        {
          g_autofree char *after = test_file_digest (path);

          if (g_strcmp0 (before, after) != 0)
            g_error ("%s: %s changed the file", what, mode == 0 ? "read-only opening" : "a refused opening");
        }
    }
}

static void
test_sweep (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *source = test_dir_path (fixture, "good.isms");
  g_autofree char *path = test_dir_path (fixture, "damaged.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) good = attest_demo_create (source, ATTEST_DEMO_SMALL, &error);
  g_autofree char *bytes = NULL;
  gsize length;
  guint32 seed = g_test_rand_int ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_assert_no_error (error);
  g_clear_object (&good);
  g_assert_true (g_file_get_contents (source, &bytes, &length, NULL));
  g_test_message ("seed %u, %" G_GSIZE_FORMAT " bytes", seed, length);

  /* Truncated: at the header's edges and spread over the file. */
  for (guint i = 0; i < test_rounds (N_TRUNCATIONS); i++)
    {
      gsize at = i < 8 ? (gsize[]) { 1, 15, 16, 99, 100, 101, 1024, 4096 }[i]
                       : (gsize) g_rand_int_range (rand, 1, (gint32) length);
      g_autofree char *what = g_strdup_printf ("truncated at %" G_GSIZE_FORMAT, at);

      g_assert_true (g_file_set_contents (path, bytes, MIN (at, length), NULL));
      try_open (path, "damaged.isms", what);
    }

  /* One byte changed. */
  for (guint i = 0; i < test_rounds (N_CORRUPTIONS); i++)
    {
      gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) length);
      guint8 value = (guint8) g_rand_int_range (rand, 0, 256);
      g_autofree char *what = g_strdup_printf ("byte %" G_GSIZE_FORMAT " set to 0x%02x", at, value);
      guint8 saved = (guint8) bytes[at];

      bytes[at] = (char) value;
      g_assert_true (g_file_set_contents (path, bytes, length, NULL));
      bytes[at] = (char) saved;
      try_open (path, "damaged.isms", what);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/damage/sweep", TestDir, NULL, test_dir_setup, test_sweep, test_dir_teardown);
  return g_test_run ();
}
