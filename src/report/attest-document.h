/* attest-document.h: a small document model and the layout engine that
 * paginates it with Pango onto any cairo_t.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "attest-output.h"

G_BEGIN_DECLS

typedef struct _AttestDocument   AttestDocument;
typedef struct _AttestTable      AttestTable;
typedef struct _AttestPagination AttestPagination;

/**
 * AttestPaper:
 * @ATTEST_PAPER_A4: ISO A4, 210 × 297 mm
 * @ATTEST_PAPER_LETTER: US Letter, 8.5 × 11 in
 */
typedef enum
{
  ATTEST_PAPER_A4,
  ATTEST_PAPER_LETTER,
} AttestPaper;

/**
 * AttestTextStyle:
 * @ATTEST_TEXT_BODY: a paragraph
 * @ATTEST_TEXT_NOTE: a remark, such as that a section is empty (italic)
 * @ATTEST_TEXT_TITLE: the title on a cover
 * @ATTEST_TEXT_SUBTITLE: the line under it
 * @ATTEST_TEXT_SMALL: small print, such as a caption
 * @ATTEST_TEXT_CODE: a command to type, in a monospace font (8.5 points);
 *   a long one goes on on lines that end with "\", which a shell joins
 *   again
 */
typedef enum
{
  ATTEST_TEXT_BODY,
  ATTEST_TEXT_NOTE,
  ATTEST_TEXT_TITLE,
  ATTEST_TEXT_SUBTITLE,
  ATTEST_TEXT_SMALL,
  ATTEST_TEXT_CODE,
} AttestTextStyle;

/**
 * AttestEmphasis:
 * @ATTEST_EMPHASIS_BOLD: strong emphasis, in bold
 * @ATTEST_EMPHASIS_ITALIC: emphasis, in italic
 *
 * How a span of rich text stands out; both together are bold italic.
 */
typedef enum
{
  ATTEST_EMPHASIS_BOLD   = 1 << 0,
  ATTEST_EMPHASIS_ITALIC = 1 << 1,
} AttestEmphasis;

/**
 * AttestTextSpan:
 * @start: where the span starts, a byte offset into the text
 * @end: where it ends, a byte offset into the text, not included
 * @emphasis: how it stands out
 *
 * A span of emphasis in a rich paragraph or list item. The spans of a
 * text come in order and do not overlap. A span that does not fit the
 * text is made to: one reaching past the text's end stops there, an
 * offset inside a character moves to that character's start, and an
 * empty or reversed span, or one that starts before the span ahead of it
 * ends, is left out. The text prints either way.
 */
typedef struct
{
  guint          start;
  guint          end;
  AttestEmphasis emphasis;
} AttestTextSpan;

/**
 * AttestHeadingInfo:
 * @level: 1 for a chapter, 2 and 3 below it
 * @text: the number and the title, as printed
 * @anchor: the named destination of the heading
 * @page: the page it is on, from 0
 */
typedef struct
{
  guint  level;
  char  *text;
  char  *anchor;
  guint  page;
} AttestHeadingInfo;

typedef void     (*AttestDrawFunc)     (cairo_t  *cr,
                                        double    width,
                                        double    height,
                                        gpointer  user_data);
typedef gboolean (*AttestProgressFunc) (guint     page,
                                        guint     n_pages,
                                        gpointer  user_data);

AttestDocument   *attest_document_new             (void);
void              attest_document_free            (AttestDocument     *doc);
void              attest_document_set_info        (AttestDocument     *doc,
                                                   const char         *organisation,
                                                   const char         *title,
                                                   const char         *classification,
                                                   const char         *version,
                                                   const char         *date);
void              attest_document_set_metadata    (AttestDocument     *doc,
                                                   const char         *title,
                                                   const char         *author,
                                                   const char         *subject,
                                                   const char         *keywords,
                                                   const char         *creator,
                                                   GDateTime          *created);
void              attest_document_add_heading     (AttestDocument     *doc,
                                                   guint               level,
                                                   const char         *number,
                                                   const char         *title,
                                                   const char         *anchor);
void              attest_document_add_text        (AttestDocument     *doc,
                                                   AttestTextStyle     style,
                                                   const char         *text);
void              attest_document_add_rich_text   (AttestDocument     *doc,
                                                   AttestTextStyle     style,
                                                   const char         *text,
                                                   const AttestTextSpan *spans,
                                                   guint               n_spans);
void              attest_document_add_bullets     (AttestDocument     *doc,
                                                   const char * const *items);
void              attest_document_add_list        (AttestDocument     *doc,
                                                   guint               n_items,
                                                   const char * const *labels,
                                                   const char * const *texts,
                                                   const AttestTextSpan * const *spans,
                                                   const guint        *n_spans);
void              attest_document_add_key_values  (AttestDocument     *doc,
                                                   const char * const *pairs);
AttestTable      *attest_document_add_table       (AttestDocument     *doc,
                                                   guint               n_columns,
                                                   const double       *widths,
                                                   const char * const *headers);
void              attest_table_set_align_end      (AttestTable        *table,
                                                   guint               column);
void              attest_table_set_first_line_bold (AttestTable       *table,
                                                    guint              column);
void              attest_table_set_nowrap         (AttestTable        *table,
                                                   guint               n_columns,
                                                   const guint        *columns);
void              attest_table_set_whole_words    (AttestTable        *table,
                                                   guint               column);
void              attest_table_add_row            (AttestTable        *table,
                                                   const char * const *cells,
                                                   const char         *anchor);
void              attest_table_add_group          (AttestTable        *table,
                                                   const char         *text,
                                                   const char         *anchor);
void              attest_table_set_two_lines      (AttestTable        *table,
                                                   guint               column,
                                                   double              widest);
void              attest_table_set_title          (AttestTable        *table,
                                                   const char         *title);
void              attest_table_add_text           (AttestTable        *table,
                                                   guint               column,
                                                   const char         *text);
void              attest_table_set_page_of        (AttestTable        *table,
                                                   guint               column,
                                                   const char         *anchor);
void              attest_table_add_link           (AttestTable        *table,
                                                   guint               column,
                                                   const char         *label,
                                                   const char         *dest);
void              attest_document_add_image       (AttestDocument     *doc,
                                                   double              width,
                                                   double              height,
                                                   AttestDrawFunc      draw,
                                                   gpointer            user_data,
                                                   GDestroyNotify      destroy);
void              attest_document_set_alt_text    (AttestDocument     *doc,
                                                   const char         *text);
void              attest_document_set_language    (AttestDocument     *doc,
                                                   const char         *language);
void              attest_document_add_space       (AttestDocument     *doc,
                                                   double              height);
void              attest_document_add_page_break  (AttestDocument     *doc);
void              attest_document_add_contents    (AttestDocument     *doc);

AttestPaper       attest_paper_from_locale        (void);
AttestPagination *attest_pagination_new           (AttestDocument     *doc,
                                                   AttestPaper         paper);
void              attest_pagination_free          (AttestPagination   *pagination);
guint             attest_pagination_get_n_pages   (AttestPagination   *pagination);
void              attest_pagination_get_page_size (AttestPagination   *pagination,
                                                   double             *width,
                                                   double             *height);
char             *attest_pagination_dup_page_label (AttestPagination  *pagination,
                                                    guint              page);
GPtrArray        *attest_pagination_get_headings  (AttestPagination   *pagination);
void              attest_pagination_set_links     (AttestPagination   *pagination,
                                                   gboolean            links);
void              attest_pagination_draw_page     (AttestPagination   *pagination,
                                                   cairo_t            *cr,
                                                   guint               page);

gboolean          attest_document_write_pdf       (AttestDocument     *doc,
                                                   AttestPaper         paper,
                                                   const char         *path,
                                                   AttestProgressFunc  progress,
                                                   gpointer            user_data,
                                                   GError            **error);
gboolean          attest_document_write_pdf_full  (AttestDocument     *doc,
                                                   AttestPaper         paper,
                                                   const char         *path,
                                                   const char         *reading,
                                                   AttestOutputFlags   flags,
                                                   AttestProgressFunc  progress,
                                                   gpointer            user_data,
                                                   GError            **error);
gboolean          attest_pdf_repair_xref          (const char         *path,
                                                   GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestDocument, attest_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AttestPagination, attest_pagination_free)

G_END_DECLS
