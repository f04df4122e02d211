/* attest-soa-version.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-soa-version"

#include "config.h"

#include "attest-soa-version.h"

/* An approved Statement of Applicability: its number, who approved it and
 * when, and a snapshot of every entry as approved (JSON, the entries' fields
 * by control). Later edits are a draft against the newest version. */

struct _AttestSoaVersion
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestSoaVersion, attest_soa_version, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_soa_version_class_init (AttestSoaVersionClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_int ("number", NULL, NULL, 0, G_MAXINT, 0, FLAGS), 3, NULL },
    { g_param_spec_string ("approved-by", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("approved-at", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_TIMESTAMP },
    { g_param_spec_string ("note", NULL, NULL, "", FLAGS), 3, NULL },
    { g_param_spec_string ("snapshot", NULL, NULL, "", FLAGS), 3, NULL, ATTEST_FIELD_SNAPSHOT },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "soa-version", "soa_version", 3, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_soa_version_init (AttestSoaVersion *self)
{
}
