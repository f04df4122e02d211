/* attest-output.h: every file Attest writes goes through here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/** ATTEST_APPLICATION_ID: PRAGMA application_id of every .isms file: "ATST".
 * The store writes it; an output looks for it before it replaces a file. */
#define ATTEST_APPLICATION_ID 0x41545354

/**
 * AttestOutputFlags:
 * @ATTEST_OUTPUT_DEFAULT: the rules below
 * @ATTEST_OUTPUT_FORCE: another Attest workspace may be replaced
 * @ATTEST_OUTPUT_DASH_IS_STDOUT: “-” names standard output
 * @ATTEST_OUTPUT_CREATE: a new workspace: the name must not exist yet, and
 *   the finished file takes it only if it is still free
 *
 * How an output treats what its name already is.
 */
typedef enum
{
  ATTEST_OUTPUT_DEFAULT        = 0,
  ATTEST_OUTPUT_FORCE          = 1 << 0,
  ATTEST_OUTPUT_DASH_IS_STDOUT = 1 << 1,
  ATTEST_OUTPUT_CREATE         = 1 << 2,
} AttestOutputFlags;

typedef struct _AttestOutput AttestOutput;

gboolean      attest_output_check            (const char         *path,
                                              const char         *reading,
                                              AttestOutputFlags   flags,
                                              GError            **error);
AttestOutput *attest_output_open             (const char         *path,
                                              const char         *reading,
                                              AttestOutputFlags   flags,
                                              GError            **error);
const char   *attest_output_get_temp_path    (AttestOutput       *self);
const char   *attest_output_get_display_name (AttestOutput       *self);
gboolean      attest_output_commit           (AttestOutput       *self,
                                              GError            **error);
void          attest_output_free             (AttestOutput       *self);
gboolean      attest_output_write_file       (const char         *path,
                                              const char         *reading,
                                              AttestOutputFlags   flags,
                                              const char         *data,
                                              gssize              length,
                                              GError            **error);

gboolean      _attest_test_point_reached     (const char         *name);
void          _attest_test_point             (const char         *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestOutput, attest_output_free)

G_END_DECLS
