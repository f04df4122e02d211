/* attest-document-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-document-entry"

#include "config.h"

#include "attest-i18n.h"

#include "attest-document-entry.h"
#include "attest-mandatory-items.h"

/* A document of the ISMS, kept in Attest's register whether its text lives
 * in Attest or elsewhere (a wiki, a shared drive, a DMS): what it is, who
 * owns and approved it, when it is next reviewed, and which items of
 * mandatory documented information it serves, so that readiness can say
 * "kept elsewhere" and point here. Clause 7.5 (retention, the last review,
 * distribution) grows on this kind by adding fields. */

struct _AttestDocumentEntry
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestDocumentEntry, attest_document_entry, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Every item it serves is one of the fifteen of the mandatory table. */
static void
attest_document_entry_check (AttestRecord *record,
                             GPtrArray    *problems)
{
  g_auto(GStrv) items = NULL;

  g_object_get (record, "mandatory-items", &items, NULL);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    if (attest_mandatory_item_lookup (g_strstrip (items[i])) == NULL)
      {
        g_autofree char *message = g_strdup_printf (_("“%s” is not an item of mandatory documented information"),
                                                    items[i]);

        attest_record_add_problem (problems, "mandatory-items", message);
        break;
      }
}

static void
attest_document_entry_class_init (AttestDocumentEntryClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("identifier", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("title", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("version", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("location", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("approved-by", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("approved-on", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("next-review", NULL, NULL, "", FLAGS), 5, NULL, ATTEST_FIELD_DATE },
    { g_param_spec_string ("classification", NULL, NULL, "", FLAGS), 5, NULL, 0 },
    { g_param_spec_boxed ("mandatory-items", NULL, NULL, G_TYPE_STRV, FLAGS), 5, NULL, 0 },
    { g_param_spec_string ("retention", NULL, NULL, "", FLAGS), 20, NULL },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 20, NULL, ATTEST_FIELD_OWNER },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "document", "document", 5, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_document_entry_check;
}

static void
attest_document_entry_init (AttestDocumentEntry *self)
{
}
