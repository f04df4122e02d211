/* attest-asset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-asset"

#include "config.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-asset.h"

/* Something of value that holds or processes information, with its owner and how much its confidentiality, integrity and availability matter (0 when not rated). */

struct _AttestAsset
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestAsset, attest_asset, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_asset_class_init (AttestAssetClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_enum ("kind", NULL, NULL, ATTEST_TYPE_ASSET_KIND, ATTEST_ASSET_KIND_INFORMATION, FLAGS), 4, NULL },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_string ("location", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_string ("classification", NULL, NULL, "", FLAGS), 4, NULL, 0 },
    { g_param_spec_int ("confidentiality", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("integrity", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("availability", NULL, NULL, 0, 6, 0, FLAGS), 4, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "asset", "asset", 4, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_asset_init (AttestAsset *self)
{
}
