/* attest-provider.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-provider"

#include "config.h"

#include "attest-provider.h"

/* An externally provided process, product or service that matters to the
 * ISMS (8.1): who provides it, what it is, who looks after the
 * relationship, the agreement that governs it, and when it was last and is
 * next reviewed. The Annex A controls that apply to it are links
 * (attest-kinds.c). */

struct _AttestProvider
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestProvider, attest_provider, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_provider_class_init (AttestProviderClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 16, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("provides", NULL, NULL, "", FLAGS), 16, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 16, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("agreement", NULL, NULL, "", FLAGS), 16, NULL },
    { g_param_spec_string ("last-review", NULL, NULL, "", FLAGS), 16, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("next-review", NULL, NULL, "", FLAGS), 16, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "provider", "provider", 16, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_provider_init (AttestProvider *self)
{
}
