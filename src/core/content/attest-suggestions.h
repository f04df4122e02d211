/* attest-suggestions.h: what the guided setup offers to pick from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "attest-enum-types.h"
#include "attest-workspace.h"

G_BEGIN_DECLS

/**
 * AttestIssueSuggestion:
 * @title: a typical issue, in our own words (translated by the caller with _())
 * @origin: external or internal
 * @category: its category
 * @effect: a typical effect on the ISMS
 */
typedef struct
{
  const char          *title;
  AttestIssueOrigin    origin;
  AttestIssueCategory  category;
  const char          *effect;
} AttestIssueSuggestion;

/**
 * AttestPartySuggestion:
 * @name: a usual interested party
 * @kind: its kind
 * @relevance: why it usually matters
 * @requirement: a typical requirement of it
 * @requirement_kind: that requirement's kind
 */
typedef struct
{
  const char            *name;
  AttestPartyKind        kind;
  const char            *relevance;
  const char            *requirement;
  AttestRequirementKind  requirement_kind;
} AttestPartySuggestion;

/**
 * AttestNamedSuggestion:
 * @name: a usual threat or vulnerability, in our words
 * @description: what it means
 */
typedef struct
{
  const char *name;
  const char *description;
} AttestNamedSuggestion;

/**
 * AttestAssetSuggestion:
 * @name: a usual asset, in our words
 * @kind: its kind
 */
typedef struct
{
  const char      *name;
  AttestAssetKind  kind;
} AttestAssetSuggestion;

guint                        attest_suggestion_get_n_sectors     (void);
guint                        attest_suggestion_find_sector       (const char          *name);
GPtrArray                   *attest_suggestion_get_assets        (guint                sector);
gboolean                     attest_suggestion_threat_is_likely  (guint                sector,
                                                                  const char          *threat);
gboolean                     attest_suggestion_threat_applies    (AttestAssetKind      kind,
                                                                  const char          *threat);
gboolean                     attest_suggestion_draft_risks       (AttestWorkspace     *workspace,
                                                                  GPtrArray           *assets,
                                                                  GPtrArray           *threats,
                                                                  GPtrArray          **added,
                                                                  GError             **error);
const char                  *attest_suggestion_get_sector        (guint                sector);
const AttestIssueSuggestion *attest_suggestion_get_issues        (guint                sector,
                                                                  guint               *n_issues);
const char                  *attest_suggestion_get_prompt        (AttestIssueCategory  category);
const AttestPartySuggestion *attest_suggestion_get_parties       (guint               *n_parties);
const AttestPartySuggestion *attest_suggestion_get_sector_parties (guint               sector,
                                                                  guint               *n_parties);
const AttestNamedSuggestion *attest_suggestion_get_threats       (guint               *n_threats);
const AttestNamedSuggestion *attest_suggestion_get_vulnerabilities (guint             *n_vulnerabilities);
gboolean                     attest_suggestion_add_threats       (AttestWorkspace     *workspace,
                                                                  guint               *n_added,
                                                                  GError             **error);
char                        *attest_scope_draft_statement        (AttestWorkspace     *workspace);

G_END_DECLS
