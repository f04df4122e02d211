/* attest-owner.h: who owns a record, a person or a role of the ISMS (5.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-record.h"

G_BEGIN_DECLS

/* The field that shows the owner's name; the one that holds the owner's id
 * is the kind's field flagged %ATTEST_FIELD_OWNER. */
#define ATTEST_OWNER_NAME_FIELD "owner"

gboolean           attest_record_is_party          (AttestRecord      *record);
char              *attest_party_dup_label          (AttestRecord      *party);
gboolean           attest_party_is_label_field     (AttestRecord      *party,
                                                    const char        *field);
const AttestField *attest_record_class_get_owner_field (AttestRecordClass *klass);
GPtrArray         *attest_party_dup_names          (AttestRecord      *party,
                                                    const char        *field,
                                                    const char        *before);
gboolean           attest_party_names_match        (GPtrArray         *names,
                                                    const char        *text);
AttestRecord      *attest_person_new_named         (const char        *id,
                                                    const char        *text);
AttestRecord      *attest_parties_find             (GPtrArray         *parties,
                                                    const char        *name);
GHashTable        *attest_parties_index_new        (GPtrArray         *parties);
void               attest_parties_index_add        (GHashTable        *index,
                                                    AttestRecord      *party);
AttestRecord      *attest_parties_index_lookup     (GHashTable        *index,
                                                    const char        *name);

G_END_DECLS
