/* attest-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ATTEST_ERROR (attest_error_quark ())

/**
 * AttestError:
 * @ATTEST_ERROR_FAILED: anything not covered below
 * @ATTEST_ERROR_NOT_FOUND: the file or record does not exist
 * @ATTEST_ERROR_NOT_ATTEST: the file is not an Attest workspace
 * @ATTEST_ERROR_DAMAGED: the file is an Attest workspace but damaged or truncated
 * @ATTEST_ERROR_TOO_NEW: the file was made by a newer Attest
 * @ATTEST_ERROR_IN_USE: another Attest is editing the file
 * @ATTEST_ERROR_STALE_LOCK: the file was left open by a process that is gone
 * @ATTEST_ERROR_READ_ONLY: the workspace is open read-only
 * @ATTEST_ERROR_IO: reading or writing the file failed
 * @ATTEST_ERROR_INVALID: input (an import, a field value) is invalid
 * @ATTEST_ERROR_NOT_EMPTY: an import target already holds records
 * @ATTEST_ERROR_TAMPERED: the history chain does not verify
 * @ATTEST_ERROR_SAME_FILE: an output names the workspace being read
 * @ATTEST_ERROR_IS_WORKSPACE: an output names another Attest workspace,
 *   which only %ATTEST_OUTPUT_FORCE replaces
 * @ATTEST_ERROR_EXISTS: a new workspace's name is taken
 * @ATTEST_ERROR_LOADING: the workspace is still being read and cannot be
 *   changed yet
 *
 * Errors of the core library. Messages are sentences a user can act on.
 */
typedef enum
{
  ATTEST_ERROR_FAILED,
  ATTEST_ERROR_NOT_FOUND,
  ATTEST_ERROR_NOT_ATTEST,
  ATTEST_ERROR_DAMAGED,
  ATTEST_ERROR_TOO_NEW,
  ATTEST_ERROR_IN_USE,
  ATTEST_ERROR_STALE_LOCK,
  ATTEST_ERROR_READ_ONLY,
  ATTEST_ERROR_IO,
  ATTEST_ERROR_INVALID,
  ATTEST_ERROR_NOT_EMPTY,
  ATTEST_ERROR_TAMPERED,
  ATTEST_ERROR_SAME_FILE,
  ATTEST_ERROR_IS_WORKSPACE,
  ATTEST_ERROR_EXISTS,
  ATTEST_ERROR_LOADING,
} AttestError;

GQuark attest_error_quark (void);

G_END_DECLS
