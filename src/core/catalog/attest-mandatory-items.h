/* attest-mandatory-items.h: the list of mandatory documented information of
 * clauses 4 to 10.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AttestMandatoryItem:
 * @id: a stable identifier, e.g. "policy"; the document register stores it
 * @clause: the clause that requires it, e.g. "5.2"
 * @title: our own short title, untranslated (use attest_mandatory_item_get_title())
 * @kind: (nullable): the record kind that holds it in Attest, or %NULL when
 *   Attest has no place for it yet
 * @whole: (nullable): when Attest holds the item as one document made of
 *   many records (the Statement of Applicability, the risk assessment, the
 *   risk treatment plan), a stable name of that document ("soa",
 *   "risk-assessment", "treatment-plan"); %NULL when one record holds it
 * @whole_title: (nullable): that document's title, untranslated (use
 *   attest_mandatory_item_get_whole_title())
 *
 * One item of documented information the standard requires.
 */
typedef struct
{
  const char *id;
  const char *clause;
  const char *title;
  const char *kind;
  const char *whole;
  const char *whole_title;
} AttestMandatoryItem;

const AttestMandatoryItem *attest_mandatory_items              (guint                     *n_items);
const AttestMandatoryItem *attest_mandatory_item_lookup        (const char                *id_or_clause);
const char                *attest_mandatory_item_get_title     (const AttestMandatoryItem *item);
const char                *attest_mandatory_item_get_whole_title (const AttestMandatoryItem *item);

G_END_DECLS
