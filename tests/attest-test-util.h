/* attest-test-util.h: helpers shared by the test suites.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

G_BEGIN_DECLS

/* A fresh temporary directory per test, removed afterwards. */
typedef struct
{
  char *dir;
} TestDir;

void   test_dir_setup    (TestDir       *fixture,
                          gconstpointer  data);
void   test_dir_teardown (TestDir       *fixture,
                          gconstpointer  data);
char  *test_dir_path     (TestDir       *fixture,
                          const char    *name);

/* The SHA-256 of a file's bytes, to show it was not changed. */
char  *test_file_digest  (const char    *path);
void   test_copy_file    (const char    *from,
                          const char    *to);
char  *test_data_path    (const char    *name);

/* Changes a file behind Attest's back, as a tamperer or another program would. */
void   test_sqlite_exec  (const char    *path,
                          const char    *sql);
char  *test_sqlite_integrity (const char *path);
guint  test_rounds       (guint          rounds);
gboolean test_large_workloads (void);

/* Waiting for something to happen, never for a while.
 *
 * A test never sleeps for a fixed time and then assumes that what it
 * started has happened: on a slow, busy or sanitized machine it has not.
 * It waits for the condition itself instead:
 *
 *   wait_until (g_list_model_get_n_items (shown) == 2);
 *
 * runs the default main context (timers, idles, I/O, a window being
 * mapped) until the expression is true. The only limit is a safety net
 * against a hang, TEST_WAIT_LIMIT_S seconds, far beyond anything a slow
 * machine needs; reaching it fails the test with a message naming the
 * condition and where it was awaited, never with a speed verdict. */
#define TEST_WAIT_LIMIT_S 120

#define wait_until(condition)                                              \
  G_STMT_START {                                                           \
    gint64 test_wait_deadline_ = test_wait_deadline ();                    \
    while (!(condition))                                                   \
      test_wait_step (test_wait_deadline_, #condition, __FILE__, __LINE__); \
  } G_STMT_END

/* When a wait begun now gives up: now plus TEST_WAIT_LIMIT_S. */
gint64 test_wait_deadline (void);
/* One step of wait_until(): runs what is ready in the default main
 * context, or pauses a millisecond when nothing is (not to spin a CPU
 * that the code under test needs); fails naming @what at @deadline. */
void   test_wait_step    (gint64         deadline,
                          const char    *what,
                          const char    *file,
                          int            line);
/* Runs everything the default main context has ready, without waiting
 * for any time to pass: idles and events already queued. */
void   test_settle       (void);

/* Reads one line from @fd (a pipe from a child), up to and without its
 * newline, waiting as long as it takes up to the safety limit. Returns
 * NULL at the end of the stream. @buffer keeps what was read past the
 * line for the next call. */
char  *test_read_line    (int            fd,
                          GString       *buffer);

G_END_DECLS
