/* attest-audit-pack.h: the whole ISMS as one document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest.h"
#include "attest-document.h"

G_BEGIN_DECLS

/**
 * AttestPackSections:
 * @ATTEST_PACK_READINESS: what the readiness rules find
 * @ATTEST_PACK_CONTEXT: clause 4: the scope (a core document), issues, interested parties
 * @ATTEST_PACK_LEADERSHIP: clause 5: roles
 * @ATTEST_PACK_RISK_METHOD: clause 6.1: the risk method and treatment
 * @ATTEST_PACK_RISKS: clause 8.2: heat maps; the asset and risk registers (appendices)
 * @ATTEST_PACK_TREATMENT: clause 8.3: treatment plan and acceptances (a core document)
 * @ATTEST_PACK_SOA: the Statement of Applicability (a core document) and the evidence register (appendix)
 * @ATTEST_PACK_PERFORMANCE: clause 9.1: metrics, their charts and measurements
 * @ATTEST_PACK_AUDITS: clause 9.2: the audit programme, the audits with their
 *   findings, and the coverage of the programme's period
 * @ATTEST_PACK_REVIEW: clause 9.3: each management review as its minutes:
 *   attendees, the ten inputs of 9.3.2, the decisions and the actions (9.3.3)
 * @ATTEST_PACK_IMPROVEMENT: clause 10: the opportunities for improvement
 *   (10.1), the nonconformities with their corrective actions (10.2)
 * @ATTEST_PACK_HISTORY: the appendix to verify the pack against the file
 * @ATTEST_PACK_ALL: everything (0xffff: every flag above, 1 << 0 to 1 << 15)
 *
 * The cover, the document control and the contents are always printed.
 */
typedef enum
{
  ATTEST_PACK_READINESS   = 1 << 0,
  ATTEST_PACK_CONTEXT     = 1 << 1,
  ATTEST_PACK_LEADERSHIP  = 1 << 2,
  ATTEST_PACK_RISK_METHOD = 1 << 3,
  ATTEST_PACK_RISKS       = 1 << 4,
  ATTEST_PACK_TREATMENT   = 1 << 5,
  ATTEST_PACK_SOA         = 1 << 6,
  ATTEST_PACK_HISTORY     = 1 << 7,
  ATTEST_PACK_OBJECTIVES  = 1 << 8,
  ATTEST_PACK_CHANGES     = 1 << 9,
  ATTEST_PACK_SUPPORT     = 1 << 10,
  ATTEST_PACK_OPERATION   = 1 << 11,
  ATTEST_PACK_PERFORMANCE = 1 << 12,
  ATTEST_PACK_AUDITS      = 1 << 13,
  ATTEST_PACK_IMPROVEMENT = 1 << 14,
  ATTEST_PACK_REVIEW      = 1 << 15,
  ATTEST_PACK_ALL         = 0xffff,
} AttestPackSections;

/**
 * AttestPackOptions:
 * @sections: which sections to print
 * @paper: the paper size
 * @classification: (nullable): the classification label; %NULL for the
 *   organisation's
 * @date: (nullable): the pack's date and the PDF's creation date; %NULL
 *   for attest_pack_default_date()
 * @language: (nullable): the pack's language, such as "de"; %NULL for the
 *   interface's
 * @review_id: (nullable): with the management review section alone (the
 *   minutes), the id of the one review whose minutes are printed; %NULL
 *   for every review
 */
typedef struct
{
  AttestPackSections  sections;
  AttestPaper         paper;
  const char         *classification;
  GDateTime          *date;
  const char         *language;
  const char         *review_id;
} AttestPackOptions;

/**
 * AttestPackSection:
 * @flag: the section
 * @id: its name on the command line
 * @label: its name for people (translated by the caller)
 */
typedef struct
{
  AttestPackSections  flag;
  const char         *id;
  const char         *label;
} AttestPackSection;

const AttestPackSection *attest_pack_get_sections    (guint                    *n_sections);
const char              *attest_pack_get_statement   (const AttestPackOptions  *options);
gboolean                 attest_pack_parse_sections  (const char               *list,
                                                      AttestPackSections       *sections,
                                                      GError                  **error);
GDateTime               *attest_pack_default_date    (GError                  **error);
GPtrArray               *attest_audit_pack_check_glyphs (AttestWorkspace       *workspace,
                                                      const AttestPackOptions  *options);
AttestDocument          *attest_audit_pack_build     (AttestWorkspace          *workspace,
                                                      const AttestPackOptions  *options);
gboolean                 attest_audit_pack_export    (AttestWorkspace          *workspace,
                                                      const AttestPackOptions  *options,
                                                      const char               *path,
                                                      AttestProgressFunc        progress,
                                                      gpointer                  user_data,
                                                      GError                  **error);
gboolean                 attest_audit_pack_export_full (AttestWorkspace        *workspace,
                                                        const AttestPackOptions *options,
                                                        const char             *path,
                                                        AttestOutputFlags       flags,
                                                        AttestProgressFunc      progress,
                                                        gpointer                user_data,
                                                        GError                **error);

G_END_DECLS
