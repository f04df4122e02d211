/* bench-audit-pack.c: how fast the audit pack is written, and in how much
 * memory.
 *
 * Makes the small and the large demo workspaces, then exports the audit
 * pack of each three times, each export in a child process of its own so
 * its peak resident memory is its own. Prints the median pages per second
 * and the peak memory: after opening the workspace and building the
 * document, and at the end of writing every page. That the second is
 * hardly above the first shows that pages stream out: memory does not grow
 * with the page count. Exits 1 when a target is missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "attest.h"
#include "attest-audit-pack.h"

#define RUNS 3
#define TARGET_PAGES_PER_SECOND 100.0

typedef struct
{
  double seconds;
  guint  pages;
  long   model_kb;
  long   peak_kb;
} Result;

static long
peak_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static gboolean
count_pages (guint    page,
             guint    n_pages,
             gpointer user_data)
{
  *(guint *) user_data = n_pages;
  return TRUE;
}

/* In the child: open, build, write; the results through a pipe. */
static void
child (const char *workspace_path,
       const char *pdf_path,
       int         out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_open (workspace_path, ATTEST_OPEN_READ_ONLY, &error);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  Result result = { 0 };
  gint64 start;

  if (workspace == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  {
    g_autoptr(AttestDocument) doc = attest_audit_pack_build (workspace, &options);

    result.model_kb = peak_kb ();
    if (!attest_document_write_pdf (doc, options.paper, pdf_path, count_pages, &result.pages, &error))
      g_error ("%s", error->message);
  }
  result.seconds = (g_get_monotonic_time () - start) / 1e6;
  result.peak_kb = peak_kb ();
  if (write (out, &result, sizeof result) != sizeof result)
    _exit (1);
  _exit (0);
}

static Result
run (const char *workspace_path,
     const char *pdf_path)
{
  int fds[2];
  pid_t pid;
  Result result = { 0 };
  int status;

  if (pipe (fds) != 0)
    g_error ("pipe failed");
  pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      child (workspace_path, pdf_path, fds[1]);
    }
  close (fds[1]);
  if (read (fds[0], &result, sizeof result) != sizeof result)
    g_error ("The export failed");
  close (fds[0]);
  waitpid (pid, &status, 0);
  return result;
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const Result *x = a, *y = b;
  double px = x->pages / x->seconds, py = y->pages / y->seconds;

  return (px > py) - (px < py);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("attest-bench-XXXXXX", &error);
  const struct { const char *name; AttestDemoSize size; } demos[] = {
    { "small", ATTEST_DEMO_SMALL },
    { "large", ATTEST_DEMO_LARGE },
  };
  gboolean missed = FALSE;

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  if (dir == NULL)
    g_error ("%s", error->message);
  for (guint d = 0; d < G_N_ELEMENTS (demos); d++)
    {
      g_autofree char *name = g_strdup_printf ("%s.isms", demos[d].name);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
      AttestWorkspace *workspace = attest_demo_create (path, demos[d].size, &error);
      Result results[RUNS];
      double rate;

      if (workspace == NULL)
        g_error ("%s", error->message);
      g_object_unref (workspace);
      for (guint r = 0; r < RUNS; r++)
        results[r] = run (path, pdf);
      qsort (results, RUNS, sizeof (Result), compare_results);
      rate = results[RUNS / 2].pages / results[RUNS / 2].seconds;
      g_print ("audit pack, %-5s %5u pages %7.2f s %7.0f pages/s (target %.0f)  peak %ld MB, of which %ld MB before the first page%s\n",
               demos[d].name, results[RUNS / 2].pages, results[RUNS / 2].seconds, rate, TARGET_PAGES_PER_SECOND,
               results[RUNS / 2].peak_kb / 1024, results[RUNS / 2].model_kb / 1024,
               rate < TARGET_PAGES_PER_SECOND ? "  MISSED" : "");
      missed |= rate < TARGET_PAGES_PER_SECOND;
      g_unlink (pdf);
      g_unlink (path);
    }
  g_rmdir (dir);
  return missed ? 1 : 0;
}
