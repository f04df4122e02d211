/* attest-csv.h: the Statement of Applicability as a spreadsheet (RFC 4180).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "attest-workspace.h"

G_BEGIN_DECLS

/** ATTEST_CSV_MAX_SIZE: the largest CSV file an import reads (16 MiB). */
#define ATTEST_CSV_MAX_SIZE (16 * 1024 * 1024)

/** ATTEST_CSV_PREVIEW_ROWS: how many rows an analysis keeps as read. */
#define ATTEST_CSV_PREVIEW_ROWS 8

/**
 * AttestCsvRole:
 * @ATTEST_CSV_ROLE_NONE: the column is ignored
 * @ATTEST_CSV_ROLE_CONTROL: the control's id (2022 or 2013)
 * @ATTEST_CSV_ROLE_TITLE: its title (shown, not imported)
 * @ATTEST_CSV_ROLE_THEME: its theme (shown, not imported)
 * @ATTEST_CSV_ROLE_APPLICABLE: whether it applies
 * @ATTEST_CSV_ROLE_REASONS: reasons for inclusion
 * @ATTEST_CSV_ROLE_JUSTIFICATION: the justification
 * @ATTEST_CSV_ROLE_STATUS: the implementation status
 * @ATTEST_CSV_ROLE_TARGET: the target date
 * @ATTEST_CSV_ROLE_OWNER: the owner
 * @ATTEST_CSV_ROLE_HOW: how it is implemented
 * @ATTEST_CSV_ROLE_EVIDENCE: evidence titles (shown, not imported)
 * @ATTEST_CSV_ROLE_REVIEWED: when it was last reviewed
 * @ATTEST_CSV_N_ROLES: the number of roles
 *
 * What a column of a Statement of Applicability spreadsheet holds. The
 * export writes the roles from @ATTEST_CSV_ROLE_CONTROL on, in this order.
 */
typedef enum
{
  ATTEST_CSV_ROLE_NONE,
  ATTEST_CSV_ROLE_CONTROL,
  ATTEST_CSV_ROLE_TITLE,
  ATTEST_CSV_ROLE_THEME,
  ATTEST_CSV_ROLE_APPLICABLE,
  ATTEST_CSV_ROLE_REASONS,
  ATTEST_CSV_ROLE_JUSTIFICATION,
  ATTEST_CSV_ROLE_STATUS,
  ATTEST_CSV_ROLE_TARGET,
  ATTEST_CSV_ROLE_OWNER,
  ATTEST_CSV_ROLE_HOW,
  ATTEST_CSV_ROLE_EVIDENCE,
  ATTEST_CSV_ROLE_REVIEWED,
  ATTEST_CSV_N_ROLES
} AttestCsvRole;

/** ATTEST_CSV_ROLE_AUTO: in an assignment, "recognise this column". */
#define ATTEST_CSV_ROLE_AUTO (-1)

/**
 * AttestCsvHow:
 * @ATTEST_CSV_BY_HEADER: the column's header named the role
 * @ATTEST_CSV_BY_CONTENT: its cells did (or overruled the header)
 * @ATTEST_CSV_BY_CHOICE: the caller assigned it
 * @ATTEST_CSV_UNRECOGNISED: neither; the column is ignored
 *
 * How a column's role was decided.
 */
typedef enum
{
  ATTEST_CSV_BY_HEADER,
  ATTEST_CSV_BY_CONTENT,
  ATTEST_CSV_BY_CHOICE,
  ATTEST_CSV_UNRECOGNISED
} AttestCsvHow;

typedef struct _AttestCsvAnalysis AttestCsvAnalysis;

void               attest_csv_cell_unescape  (char             *cell);
GPtrArray         *attest_csv_parse          (const char       *data,
                                              gsize             length,
                                              GArray          **line_numbers,
                                              GError          **error);
void               attest_csv_append_row     (GString          *out,
                                              const char      **fields,
                                              guint             n_fields);
char              *attest_csv_export_soa     (AttestWorkspace  *workspace);

const char        *attest_csv_role_get_name  (AttestCsvRole     role);
const char        *attest_csv_role_get_key   (AttestCsvRole     role);

AttestCsvAnalysis *attest_csv_analyse_soa    (const char       *data,
                                              gsize             length,
                                              const int        *assigned,
                                              guint             n_assigned,
                                              GError          **error);
void               attest_csv_analysis_free  (AttestCsvAnalysis *analysis);
guint              attest_csv_analysis_get_n_columns  (AttestCsvAnalysis *analysis);
const char        *attest_csv_analysis_get_header     (AttestCsvAnalysis *analysis,
                                                       guint              column);
AttestCsvRole      attest_csv_analysis_get_role       (AttestCsvAnalysis *analysis,
                                                       guint              column);
AttestCsvHow       attest_csv_analysis_get_how        (AttestCsvAnalysis *analysis,
                                                       guint              column);
gboolean           attest_csv_analysis_is_ambiguous   (AttestCsvAnalysis *analysis,
                                                       guint              column);
guint              attest_csv_analysis_get_candidates (AttestCsvAnalysis *analysis,
                                                       guint              column);
guint              attest_csv_analysis_get_n_rows     (AttestCsvAnalysis *analysis);
GPtrArray         *attest_csv_analysis_get_preview    (AttestCsvAnalysis *analysis);
GPtrArray         *attest_csv_analysis_get_notes      (AttestCsvAnalysis *analysis);
gboolean           attest_csv_analysis_check          (AttestCsvAnalysis *analysis,
                                                       GError           **error);
GPtrArray         *attest_csv_analysis_dup_changes    (AttestCsvAnalysis *analysis,
                                                       AttestWorkspace   *workspace);
int               *attest_csv_analysis_parse_columns  (AttestCsvAnalysis *analysis,
                                                       const char        *spec,
                                                       GError           **error);
gboolean           attest_csv_apply_soa      (AttestWorkspace   *workspace,
                                              AttestCsvAnalysis *analysis,
                                              GPtrArray        **report,
                                              GError           **error);

gboolean           attest_csv_check_soa      (const char       *data,
                                              gsize             length,
                                              GError          **error);
gboolean           attest_csv_import_soa     (AttestWorkspace  *workspace,
                                              const char       *data,
                                              gsize             length,
                                              GPtrArray       **report,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestCsvAnalysis, attest_csv_analysis_free)

G_END_DECLS
