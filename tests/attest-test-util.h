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

G_END_DECLS
