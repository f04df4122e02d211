/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "attest-application.h"
#include "attest-i18n.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(AttestApplication) app = NULL;

  attest_started_at = g_get_monotonic_time ();
  setlocale (LC_ALL, "");
  attest_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = attest_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
