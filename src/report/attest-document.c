/* attest-document.c: a small document model, paginated with Pango onto
 * any cairo_t.
 *
 * A document is a list of blocks: headings, text (plain, or rich with
 * spans in bold and italic), lists (bulleted or numbered), key-value
 * blocks, tables, images, spaces, page breaks and a table of contents.
 * Pagination runs the layout once without drawing to learn where every
 * page starts, which page each heading is on and how many pages there are;
 * then any page can be drawn on its own, for a PDF (page after page, so
 * memory does not grow with the page count past the layouts kept from
 * the first run, see KEPT_MAX_BYTES) or for printing (in whatever order
 * the print dialog asks). Everything is measured with one Pango
 * context at 72 dots per inch without hinting, so a page looks the same on
 * every surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-document"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "attest-i18n.h"
#include <pango/pangocairo.h>

#include "attest-document.h"
#include "attest-document-private.h"

#define MAX_COLUMNS   12
#define MARGIN        54.0     /* three quarters of an inch */
#define HEADER_SPACE  26.0     /* the running header, above the text */
#define FOOTER_SPACE  26.0
#define CELL_PAD       3.0
#define BULLET_INDENT 14.0     /* a list's text from the margin, at least */
#define LABEL_LEFT     2.0     /* a list item's label from the margin */
#define LABEL_GAP      5.0     /* between the widest label and the text, at least */

typedef enum
{
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_LIST,
  BLOCK_TABLE,
  BLOCK_IMAGE,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_CONTENTS,
} BlockKind;

typedef struct
{
  guint  start;      /* bytes of the cell's text */
  guint  end;
  char  *dest;
} Link;

typedef struct
{
  GString *text;
  GArray  *links;    /* (nullable) Link */
  char    *page_of;  /* (nullable) the anchor of a heading whose page the cell shows */
} Cell;

/* Where a cell's or paragraph's text goes on: a byte offset into it, or
 * FLOW_DONE once all of it is placed. */
#define FLOW_DONE G_MAXUINT

/* Text is handed to Pango a window of about this many bytes at a time, so
 * that laying out a field costs the same per byte however long it is. */
#define WINDOW 2048

typedef struct
{
  guint     n_cells;
  Cell     *cells;
  char     *anchor;
  gboolean  group;   /* a group's name above its rows, shaded across the table */
} Row;

struct _AttestTable
{
  guint      n_columns;
  double     widths[MAX_COLUMNS];   /* fractions of the text width */
  gboolean   align_end[MAX_COLUMNS];
  gboolean   first_line_bold[MAX_COLUMNS];
  gboolean   nowrap[MAX_COLUMNS];      /* short codes, scores, dates: one line */
  gboolean   whole_words[MAX_COLUMNS]; /* lists of ids: no word breaks */
  double     two_lines[MAX_COLUMNS];   /* short names: two lines at most, in up to this share; 0: no */
  Cell      *header;                /* (nullable) */
  char      *title;                 /* (nullable) what it is, when its heading does not say */
  char      *continued;             /* (nullable) "<its title> (continued)", set by the pagination */
  GPtrArray *rows;
  gboolean   key_values;            /* bold keys, no zebra */
  gboolean   contents;              /* no zebra, no rules */
};

typedef struct
{
  BlockKind       kind;
  guint           level;
  guint           tag_level;   /* a heading's level in the structure tree: no level skipped */
  char           *number;
  char           *text;
  char           *anchor;
  char           *alt;
  AttestTextStyle style;
  GArray         *spans;       /* (nullable) AttestTextSpan of text, as made by clean_spans() */
  char          **items;       /* a list's texts */
  char          **labels;      /* and their labels, "•" or "3." */
  GPtrArray      *item_spans;  /* (nullable) the spans of each item, (nullable) GArray */
  AttestTable    *table;
  double          width;
  double          height;
  AttestDrawFunc  draw;
  gpointer        data;
  GDestroyNotify  destroy;
} Block;

struct _AttestDocument
{
  GPtrArray *blocks;
  guint      counters[3];
  guint      n_anchors;
  char      *organisation;
  char      *title;
  char      *classification;
  char      *version;
  char      *date;
  char      *pdf_title;
  char      *author;
  char      *subject;
  char      *keywords;
  char      *creator;
  GDateTime *created;
  char      *language;
};

/* Where a page starts: the block, the row or item within it, and where
 * the text of a split paragraph or of each cell of a split row goes on
 * (byte offsets; FLOW_DONE for a cell already printed whole). */
typedef struct
{
  guint block;
  guint part;
  guint line;
  guint cell_lines[MAX_COLUMNS];
} Position;

struct _AttestPagination
{
  AttestDocument *doc;
  PangoContext   *context;
  double          page_width;
  double          page_height;
  GArray         *starts;      /* Position of each page */
  GPtrArray      *headings;    /* AttestHeadingInfo */
  GHashTable     *heading_at;  /* Block * -> AttestHeadingInfo * */
  gboolean        no_tags;
  guint64         layout_work; /* bytes of text handed to Pango */
  GHashTable     *fits;        /* AttestTable * -> TableFit *, for the page's text width */
  GHashTable     *short_heights; /* Block * -> double *: short_text_height() */
  GHashTable     *list_fits;   /* Block * -> ListFit *: list_fit() */
  gboolean        list_open;   /* structure tags left open for the next page */
  gboolean        table_open;
  GHashTable     *layouts;     /* key -> SharedLayout *: short texts laid out lately */
  GQueue          recent;      /* SharedLayout, the most recently used first */
  GHashTable     *kept;        /* key -> PangoLayout *: laid out measuring, for drawing */
  gsize           kept_bytes;  /* what they cost, counted as KEPT_COST() */
};

/* The layout of a short text (a cell's "Yes", an owner, a level), shared
 * by every flow of the same text, font, width and attributes: a table
 * repeats a few values over thousands of rows, and every row is laid out
 * once to paginate and once more to draw. Layouts are immutable once
 * made (drawing changes glyph ids only, widths and extents kept: see
 * fill_blank_glyphs()), so one can serve all of them. The fields of the
 * running header and footer, the same on every page but for the page
 * number, are shared too (their keys start with "running"). The most
 * recently used few hundred are kept, so memory does not grow with the
 * document. */
#define SHARED_MAX_BYTES   256
#define SHARED_MAX_LAYOUTS 512

typedef struct
{
  GList        link;      /* in AttestPagination.recent; data is this */
  char        *key;
  PangoLayout *layout;
} SharedLayout;

/* The windows laid out while paginating, kept for drawing (and for
 * measuring the same window again: a row tried on one page and placed on
 * the next, a table's first rows kept with its heading): every text is
 * then shaped once, not once to measure and once more to draw. Up to a
 * bound, taken in document order, so memory does not grow without limit:
 * a layout costs some 16 bytes per byte of text, so 8 MB of text is some
 * 130 MB of layouts, enough for the large demo's 1,500 pages (5.5 MB);
 * past it a longer document is drawn from fresh layouts, as before. */
#define KEPT_MAX_BYTES     (8 * 1024 * 1024)
#define KEPT_COST(bytes)   ((bytes) + 128)

/* A table's columns as printed: each at least as wide as its longest
 * header word and, in a nowrap column, its widest cell. */
typedef struct
{
  double widths[MAX_COLUMNS];   /* points */
  char   header_font[32];
  double keep;                  /* table_keep(), once known; < 0 before */
  double title;                 /* continued_title()'s height, once known; < 0 before */
} TableFit;

/* Where a list's labels and text go, the same on every page: measured
 * once per pagination (list_fit()). */
typedef struct
{
  double  indent;     /* the items' text, from the margin */
  double *label_x;    /* each item's label, from the margin */
} ListFit;

/* The document */

static void
cell_clear (Cell *cell)
{
  if (cell->text != NULL)
    g_string_free (cell->text, TRUE);
  if (cell->links != NULL)
    {
      for (guint i = 0; i < cell->links->len; i++)
        g_free (g_array_index (cell->links, Link, i).dest);
      g_array_unref (cell->links);
    }
  g_free (cell->page_of);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint c = 0; c < row->n_cells; c++)
    cell_clear (&row->cells[c]);
  g_free (row->cells);
  g_free (row->anchor);
  g_free (row);
}

static void
table_free (AttestTable *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table->title);
  g_free (table->continued);
  if (table->header != NULL)
    {
      for (guint c = 0; c < table->n_columns; c++)
        cell_clear (&table->header[c]);
      g_free (table->header);
    }
  g_free (table);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->number);
  g_free (block->text);
  g_free (block->anchor);
  g_free (block->alt);
  g_strfreev (block->items);
  g_strfreev (block->labels);
  g_clear_pointer (&block->spans, g_array_unref);
  g_clear_pointer (&block->item_spans, g_ptr_array_unref);
  if (block->table != NULL)
    table_free (block->table);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

/* The page furniture (the footer's page numbers, the cover's page label) is
 * in the language the document is written in, which need not be the
 * thread's: these choose it for a moment and give the thread its own back. */
static char *
use_language_of (AttestDocument *doc)
{
  char *thread_language = g_strdup (attest_i18n_get_language ());

  if (doc->language != NULL)
    attest_i18n_set_language (doc->language);
  return thread_language;
}

static void
restore_language (char *thread_language)
{
  attest_i18n_set_language (thread_language);
  g_free (thread_language);
}

/**
 * attest_document_new:
 *
 * Returns: (transfer full): an empty document
 */
AttestDocument *
attest_document_new (void)
{
  AttestDocument *doc = g_new0 (AttestDocument, 1);

  doc->blocks = g_ptr_array_new_with_free_func (block_free);
  return doc;
}

/**
 * attest_document_free:
 * @doc: a document
 */
void
attest_document_free (AttestDocument *doc)
{
  g_ptr_array_unref (doc->blocks);
  g_free (doc->organisation);
  g_free (doc->title);
  g_free (doc->classification);
  g_free (doc->version);
  g_free (doc->date);
  g_free (doc->pdf_title);
  g_free (doc->author);
  g_free (doc->subject);
  g_free (doc->keywords);
  g_free (doc->creator);
  g_free (doc->language);
  g_clear_pointer (&doc->created, g_date_time_unref);
  g_free (doc);
}

/**
 * attest_document_set_info:
 * @doc: a document
 * @organisation: whose document it is
 * @title: its title
 * @classification: its classification label, e.g. "Confidential"
 * @version: its version, or "" where the footer names none (a pack of
 *   documents each with its own version)
 * @date: its date, as printed
 *
 * What the header and footer of every page say.
 */
void
attest_document_set_info (AttestDocument *doc,
                          const char     *organisation,
                          const char     *title,
                          const char     *classification,
                          const char     *version,
                          const char     *date)
{
  g_free (doc->organisation);
  g_free (doc->title);
  g_free (doc->classification);
  g_free (doc->version);
  g_free (doc->date);
  doc->organisation = g_strdup (organisation);
  doc->title = g_strdup (title);
  doc->classification = g_strdup (classification);
  doc->version = g_strdup (version);
  doc->date = g_strdup (date);
}

/**
 * attest_document_set_metadata:
 * @doc: a document
 * @title: (nullable): its title in the PDF's document information, when
 *   it should say more than the running header does
 * @author: who wrote it
 * @subject: what it is about
 * @keywords: words to find it by
 * @creator: the program that made it
 * @created: when it was made
 *
 * The PDF's document information.
 */
void
attest_document_set_metadata (AttestDocument *doc,
                              const char     *title,
                              const char     *author,
                              const char     *subject,
                              const char     *keywords,
                              const char     *creator,
                              GDateTime      *created)
{
  g_free (doc->pdf_title);
  g_free (doc->author);
  g_free (doc->subject);
  g_free (doc->keywords);
  g_free (doc->creator);
  g_clear_pointer (&doc->created, g_date_time_unref);
  doc->pdf_title = g_strdup (title);
  doc->author = g_strdup (author);
  doc->subject = g_strdup (subject);
  doc->keywords = g_strdup (keywords);
  doc->creator = g_strdup (creator);
  doc->created = created ? g_date_time_ref (created) : NULL;
}

/**
 * attest_document_set_language:
 * @doc: a document
 * @language: (nullable): the language it is written in, as a BCP 47 tag
 *   ("en", "de-CH"), for screen readers
 */
void
attest_document_set_language (AttestDocument *doc,
                              const char     *language)
{
  g_free (doc->language);
  doc->language = g_strdup (language);
}

static Block *
add_block (AttestDocument *doc,
           BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (doc->blocks, block);
  return block;
}

/**
 * attest_document_add_heading:
 * @doc: a document
 * @level: 1 (a chapter: it starts a page), 2 or 3
 * @number: (nullable): the number to print; %NULL numbers it after the
 *   headings before it (1, 1.1, 1.1.1); "" prints none
 * @title: the heading
 * @anchor: (nullable): its named destination, for links; %NULL makes one
 *
 * Headings appear in the table of contents (levels 1 and 2) and in the
 * PDF outline.
 */
void
attest_document_add_heading (AttestDocument *doc,
                             guint           level,
                             const char     *number,
                             const char     *title,
                             const char     *anchor)
{
  Block *block = add_block (doc, BLOCK_HEADING);

  level = CLAMP (level, 1, 3);
  block->level = level;
  if (number == NULL)
    {
      GString *text = g_string_new (NULL);

      doc->counters[level - 1]++;
      for (guint l = level; l < 3; l++)
        doc->counters[l] = 0;
      for (guint l = 0; l < level; l++)
        g_string_append_printf (text, "%s%u", l ? "." : "", doc->counters[l]);
      block->number = g_string_free (text, FALSE);
    }
  else
    block->number = g_strdup (number);
  block->text = g_strdup (title);
  block->anchor = anchor ? g_strdup (anchor) : g_strdup_printf ("heading-%u", ++doc->n_anchors);
}

/**
 * attest_document_add_text:
 * @doc: a document
 * @style: how it looks
 * @text: a paragraph, in any script
 */
void
attest_document_add_text (AttestDocument  *doc,
                          AttestTextStyle  style,
                          const char      *text)
{
  Block *block = add_block (doc, BLOCK_TEXT);

  block->style = style;
  block->text = g_strdup (text);
}

static void
spans_free (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

/* The spans of @text as they can be printed: the text comes from users,
 * and so may the offsets (a Markdown parser's idea of them), so nothing
 * is taken on trust. Each span is clamped to the text, its ends moved back
 * to the start of the character they fall in (so that two spans that meet
 * inside a character still meet, and neither overlaps the other), and a
 * span that is empty, reversed, out of order or has no emphasis we know
 * is left out. Returns NULL when no span is left. */
static GArray *
clean_spans (const char           *text,
             const AttestTextSpan *spans,
             guint                 n_spans)
{
  gsize length = strlen (text);
  guint done = 0;   /* where the last span kept ends */
  GArray *clean = NULL;

  for (guint i = 0; spans != NULL && i < n_spans; i++)
    {
      AttestTextSpan span = spans[i];

      span.emphasis &= ATTEST_EMPHASIS_BOLD | ATTEST_EMPHASIS_ITALIC;
      span.start = MIN (span.start, length);
      span.end = MIN (span.end, length);
      while (span.start > 0 && (text[span.start] & 0xc0) == 0x80)
        span.start--;
      while (span.end > 0 && (text[span.end] & 0xc0) == 0x80)
        span.end--;
      if (span.emphasis == 0 || span.start >= span.end || span.start < done)
        continue;
      if (clean == NULL)
        clean = g_array_new (FALSE, FALSE, sizeof (AttestTextSpan));
      g_array_append_val (clean, span);
      done = span.end;
    }
  return clean;
}

/**
 * attest_document_add_rich_text:
 * @doc: a document
 * @style: how it looks
 * @text: a paragraph, in any script
 * @spans: (array length=n_spans) (nullable): the parts of @text in bold or
 *   italic, in order (see #AttestTextSpan)
 * @n_spans: how many spans there are
 *
 * A paragraph with emphasis, such as one of a policy written in Markdown.
 * It breaks across pages as any paragraph does.
 */
void
attest_document_add_rich_text (AttestDocument       *doc,
                               AttestTextStyle       style,
                               const char           *text,
                               const AttestTextSpan *spans,
                               guint                 n_spans)
{
  Block *block = add_block (doc, BLOCK_TEXT);

  block->style = style;
  block->text = g_strdup (text ? text : "");
  block->spans = clean_spans (block->text, spans, n_spans);
}

/**
 * attest_document_add_bullets:
 * @doc: a document
 * @items: (array zero-terminated=1): the items
 */
void
attest_document_add_bullets (AttestDocument     *doc,
                             const char * const *items)
{
  guint n_items = g_strv_length ((char **) items);

  attest_document_add_list (doc, n_items, NULL, items, NULL, NULL);
}

/**
 * attest_document_add_list:
 * @doc: a document
 * @n_items: how many items the list has
 * @labels: (array length=n_items) (nullable): each item's label, such as
 *   "•" or "3."; %NULL (or a %NULL label) is a bullet
 * @texts: (array length=n_items): each item's text (%NULL for an empty one)
 * @spans: (array length=n_items) (nullable): each item's parts in bold or
 *   italic (see #AttestTextSpan), or %NULL for an item without any
 * @n_spans: (array length=n_items) (nullable): how many spans each item
 *   has; %NULL when none has any
 *
 * A list whose items carry a label before them, as a bulleted or numbered
 * list of a policy written in Markdown. The text of every item starts at
 * the same indent, far enough in for the widest label of the list; the
 * labels end where the widest one ends, so that "9." and "10." line up.
 * An item breaks across pages as a paragraph does.
 */
void
attest_document_add_list (AttestDocument              *doc,
                          guint                        n_items,
                          const char * const          *labels,
                          const char * const          *texts,
                          const AttestTextSpan * const *spans,
                          const guint                 *n_spans)
{
  Block *block;

  g_return_if_fail (texts != NULL || n_items == 0);
  block = add_block (doc, BLOCK_LIST);
  block->items = g_new0 (char *, n_items + 1);
  block->labels = g_new0 (char *, n_items + 1);
  for (guint i = 0; i < n_items; i++)
    {
      GArray *clean;

      block->items[i] = g_strdup (texts[i] ? texts[i] : "");
      block->labels[i] = g_strdup (labels != NULL && labels[i] != NULL ? labels[i] : "•");
      if (spans == NULL || n_spans == NULL || spans[i] == NULL || n_spans[i] == 0)
        continue;
      clean = clean_spans (block->items[i], spans[i], n_spans[i]);
      if (clean == NULL)
        continue;
      if (block->item_spans == NULL)
        {
          block->item_spans = g_ptr_array_new_with_free_func (spans_free);
          g_ptr_array_set_size (block->item_spans, n_items);
        }
      g_ptr_array_index (block->item_spans, i) = clean;
    }
}

static void
cell_set (Cell       *cell,
          const char *text)
{
  cell->text = g_string_new (text ? text : "");
}

/**
 * attest_document_add_table:
 * @doc: a document
 * @n_columns: how many columns, up to 12
 * @widths: (array length=n_columns): each column's share of the width
 * @headers: (array length=n_columns) (nullable): the header row, repeated
 *   on every page the table spans
 *
 * Returns: (transfer none): the table, to add rows to
 */
AttestTable *
attest_document_add_table (AttestDocument     *doc,
                           guint               n_columns,
                           const double       *widths,
                           const char * const *headers)
{
  Block *block = add_block (doc, BLOCK_TABLE);
  AttestTable *table = g_new0 (AttestTable, 1);
  double total = 0;

  g_return_val_if_fail (n_columns >= 1 && n_columns <= MAX_COLUMNS, NULL);
  table->n_columns = n_columns;
  for (guint c = 0; c < n_columns; c++)
    total += widths[c];
  for (guint c = 0; c < n_columns; c++)
    table->widths[c] = widths[c] / total;
  if (headers != NULL)
    {
      table->header = g_new0 (Cell, n_columns);
      for (guint c = 0; c < n_columns; c++)
        cell_set (&table->header[c], headers[c]);
    }
  table->rows = g_ptr_array_new_with_free_func (row_free);
  block->table = table;
  return table;
}

/**
 * attest_table_set_align_end:
 * @table: a table
 * @column: a column whose cells align to the end, such as numbers
 */
void
attest_table_set_align_end (AttestTable *table,
                            guint        column)
{
  g_return_if_fail (column < table->n_columns);
  table->align_end[column] = TRUE;
}

/**
 * attest_table_set_first_line_bold:
 * @table: a table
 * @column: a column whose cells start with a title line, in bold, and go
 *   on with what explains it
 */
void
attest_table_set_first_line_bold (AttestTable *table,
                                  guint        column)
{
  g_return_if_fail (column < table->n_columns);
  table->first_line_bold[column] = TRUE;
}

/**
 * attest_table_set_nowrap:
 * @table: a table
 * @n_columns: how many columns follow
 * @columns: (array length=n_columns): columns of short values that must
 *   not break across lines, such as identifiers, scores, levels and dates
 *
 * Each of these columns is made wide enough for its widest cell (up to two
 * fifths of the table), at the expense of the widest columns of free text.
 */
void
attest_table_set_nowrap (AttestTable *table,
                         guint        n_columns,
                         const guint *columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      g_return_if_fail (columns[i] < table->n_columns);
      table->nowrap[columns[i]] = TRUE;
    }
}

/**
 * attest_table_set_whole_words:
 * @table: a table
 * @column: a column of short words, such as a list of identifiers
 *
 * No word of the column breaks across lines, so that "R1012," keeps its
 * comma and no line starts with one: the column is made wide enough for
 * its widest word (up to two fifths of the table), at the expense of the
 * widest columns of free text.
 */
void
attest_table_set_whole_words (AttestTable *table,
                              guint        column)
{
  g_return_if_fail (column < table->n_columns);
  table->whole_words[column] = TRUE;
}

/**
 * attest_table_add_row:
 * @table: a table
 * @cells: (array): one text per column (%NULL for an empty cell)
 * @anchor: (nullable): a named destination at the row, for links to it
 */
void
attest_table_add_row (AttestTable        *table,
                      const char * const *cells,
                      const char         *anchor)
{
  Row *row = g_new0 (Row, 1);

  row->n_cells = table->n_columns;
  row->cells = g_new0 (Cell, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    cell_set (&row->cells[c], cells[c]);
  row->anchor = g_strdup (anchor);
  g_ptr_array_add (table->rows, row);
}

/**
 * attest_table_add_group:
 * @table: a table
 * @text: the name of the group of rows that follows, such as an
 *   interested party above its requirements
 * @anchor: (nullable): a named destination at the row, for links to it
 *
 * Adds a row shaded across the table with @text in bold in its first
 * column: the rows after it, up to the next group, belong to it, and it is
 * never left alone at the foot of a page.
 */
void
attest_table_add_group (AttestTable *table,
                        const char  *text,
                        const char  *anchor)
{
  Row *row = g_new0 (Row, 1);

  row->n_cells = table->n_columns;
  row->cells = g_new0 (Cell, table->n_columns);
  cell_set (&row->cells[0], text);
  for (guint c = 1; c < table->n_columns; c++)
    cell_set (&row->cells[c], NULL);
  row->anchor = g_strdup (anchor);
  row->group = TRUE;
  g_ptr_array_add (table->rows, row);
}

/**
 * attest_table_set_two_lines:
 * @table: a table
 * @column: a column of short texts, such as a role and a name
 * @widest: the share of the table the column may take at most for them,
 *   from its own share to a quarter
 *
 * The column is made wide enough for each of its cells to print on two
 * lines at most, up to @widest of the table (its own share keeps the free
 * text's room; more lets longer names print on two lines): never narrower
 * for the sake of other columns. A cell that needs more takes a third line.
 */
void
attest_table_set_two_lines (AttestTable *table,
                            guint        column,
                            double       widest)
{
  g_return_if_fail (column < table->n_columns);
  g_return_if_fail (widest > 0 && widest <= 0.25 + 1e-9);
  table->two_lines[column] = widest;
}

/**
 * attest_table_set_title:
 * @table: a table
 * @title: what the table is, said above its part on every page after the
 *   first: "Statement of Applicability (continued)"; without one, the
 *   heading before the table says it
 */
void
attest_table_set_title (AttestTable *table,
                        const char  *title)
{
  g_free (table->title);
  table->title = g_strdup (title);
}

/**
 * attest_table_add_link:
 * @table: a table with a row
 * @column: a column of its last row
 * @label: the text of the link, added to the cell after a comma
 * @dest: (nullable): the named destination it leads to; %NULL adds the
 *   text alone, when what it names is not in the document
 */
void
attest_table_add_link (AttestTable *table,
                       guint        column,
                       const char  *label,
                       const char  *dest)
{
  Row *row;
  Cell *cell;
  Link link;

  g_return_if_fail (table->rows->len > 0 && column < table->n_columns);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  cell = &row->cells[column];
  if (cell->text->len > 0)
    g_string_append (cell->text, ", ");
  link.start = cell->text->len;
  g_string_append (cell->text, label);
  link.end = cell->text->len;
  if (dest == NULL)
    return;
  link.dest = g_strdup (dest);
  if (cell->links == NULL)
    cell->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_append_val (cell->links, link);
}

/**
 * attest_table_add_text:
 * @table: a table with a row
 * @column: a column of its last row
 * @text: text added to the cell after a space
 */
void
attest_table_add_text (AttestTable *table,
                       guint        column,
                       const char  *text)
{
  Row *row;
  Cell *cell;

  g_return_if_fail (table->rows->len > 0 && column < table->n_columns);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  cell = &row->cells[column];
  if (cell->text->len > 0)
    g_string_append_c (cell->text, ' ');
  g_string_append (cell->text, text);
}

/**
 * attest_table_set_page_of:
 * @table: a table with a row
 * @column: a column of its last row
 * @anchor: the anchor of a heading
 *
 * The cell shows the page the heading is printed on (as the contents do),
 * or a dash when the document has no such heading.
 */
void
attest_table_set_page_of (AttestTable *table,
                          guint        column,
                          const char  *anchor)
{
  Row *row;
  Cell *cell;

  g_return_if_fail (table->rows->len > 0 && column < table->n_columns);
  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  cell = &row->cells[column];
  g_free (cell->page_of);
  cell->page_of = g_strdup (anchor);
  /* Room for any page number while the pages are measured. */
  g_string_assign (cell->text, "0000");
}

/**
 * attest_document_add_key_values:
 * @doc: a document
 * @pairs: (array zero-terminated=1): a key, its value, a key, its value…
 */
void
attest_document_add_key_values (AttestDocument     *doc,
                                const char * const *pairs)
{
  const double widths[] = { 0.32, 0.68 };
  AttestTable *table = attest_document_add_table (doc, 2, widths, NULL);

  table->key_values = TRUE;
  for (guint i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    attest_table_add_row (table, (const char * const[]) { pairs[i], pairs[i + 1] }, NULL);
}

/**
 * attest_document_add_image:
 * @doc: a document
 * @width: its width in points (at most the text width)
 * @height: its height in points
 * @draw: draws it, from the top left corner
 * @user_data: for @draw
 * @destroy: (nullable): frees @user_data with the document
 */
void
attest_document_add_image (AttestDocument *doc,
                           double          width,
                           double          height,
                           AttestDrawFunc  draw,
                           gpointer        user_data,
                           GDestroyNotify  destroy)
{
  Block *block = add_block (doc, BLOCK_IMAGE);

  block->width = width;
  block->height = height;
  block->draw = draw;
  block->data = user_data;
  block->destroy = destroy;
}

/**
 * attest_document_set_alt_text:
 * @doc: a document whose last block is an image
 * @text: what the image shows, for readers who cannot see it
 */
void
attest_document_set_alt_text (AttestDocument *doc,
                              const char     *text)
{
  Block *block;

  g_return_if_fail (doc->blocks->len > 0);
  block = g_ptr_array_index (doc->blocks, doc->blocks->len - 1);
  g_return_if_fail (block->kind == BLOCK_IMAGE);
  g_free (block->alt);
  block->alt = g_strdup (text);
}

/**
 * attest_document_add_space:
 * @doc: a document
 * @height: vertical space in points
 */
void
attest_document_add_space (AttestDocument *doc,
                           double          height)
{
  add_block (doc, BLOCK_SPACE)->height = height;
}

/**
 * attest_document_add_page_break:
 * @doc: a document
 */
void
attest_document_add_page_break (AttestDocument *doc)
{
  add_block (doc, BLOCK_PAGE_BREAK);
}

/**
 * attest_document_add_contents:
 * @doc: a document
 *
 * The table of contents: every heading of levels 1 and 2, with its page,
 * each a link to it.
 */
void
attest_document_add_contents (AttestDocument *doc)
{
  Block *block = add_block (doc, BLOCK_CONTENTS);
  const double widths[] = { 0.9, 0.1 };

  block->table = g_new0 (AttestTable, 1);
  block->table->n_columns = 2;
  memcpy (block->table->widths, widths, sizeof widths);
  attest_table_set_align_end (block->table, 1);
  block->table->contents = TRUE;
  block->table->rows = g_ptr_array_new_with_free_func (row_free);
}

/**
 * attest_paper_from_locale:
 *
 * Returns: Letter where the locale's paper is Letter (LC_PAPER), else A4
 */
AttestPaper
attest_paper_from_locale (void)
{
#ifdef _NL_PAPER_WIDTH
  union { char *string; unsigned int word; } width, height;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  height.string = nl_langinfo (_NL_PAPER_HEIGHT);
  if (width.word == 216 && height.word == 279)
    return ATTEST_PAPER_LETTER;
#endif
  return ATTEST_PAPER_A4;
}

/* Layout */

typedef struct
{
  double top;        /* from the layout's top */
  double height;
  double baseline;   /* from the layout's top */
  double x;
} LineInfo;

typedef struct
{
  AttestPagination *p;
  cairo_t          *cr;       /* NULL while measuring */
  guint             page;
  double            left;
  double            width;
  double            top;
  double            bottom;
  double            y;
} Pager;

static const char *
style_font (AttestTextStyle style)
{
  switch (style)
    {
    case ATTEST_TEXT_NOTE: return "Sans Italic 9.5";
    case ATTEST_TEXT_TITLE: return "Sans Bold 26";
    case ATTEST_TEXT_SUBTITLE: return "Sans 15";
    case ATTEST_TEXT_SMALL: return "Sans 8";
    case ATTEST_TEXT_CODE: return "Monospace 8.5";
    case ATTEST_TEXT_BODY:
    default: return "Sans 9.5";
    }
}

static gboolean
identifier_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '-';
}

/* Whether text[start, end) is an identifier: letters and digits joined by
 * "." or "-", with a digit or in capitals: A.5.1, 6.1.2, ISMS-PRC-04,
 * ISMS-SCOPE, 2026-12-02; not "e-mail" nor a word ending a sentence. */
static gboolean
is_identifier (const char *text,
               int         start,
               int         end)
{
  gboolean joined = FALSE, digit = FALSE, lower = FALSE;

  for (int i = start; i < end; i++)
    {
      if ((text[i] == '.' || text[i] == '-') && i > start && i + 1 < end
          && g_ascii_isalnum (text[i - 1]) && g_ascii_isalnum (text[i + 1]))
        joined = TRUE;
      digit |= g_ascii_isdigit (text[i]);
      lower |= g_ascii_islower (text[i]);
    }
  return joined && (digit || !lower);
}

/* Pango breaks lines where UAX #14 allows, and "A.5.1" may break after
 * "A." and "ISMS-PRC-04" after each hyphen, however wide the column: an
 * identifier is kept whole (the columns are made wide enough for the
 * longest, see table_fit()). The text itself is not changed, so the
 * PDF's text reads the identifier as it is. */
static void each_identifier (const char *text, int length,
                             void (*func) (const char *, int, gpointer), gpointer data);

typedef struct
{
  PangoAttrList *attrs;
  const char    *text;
} KeepIdentifiers;

static void
keep_identifier_cb (const char *id,
                    int         length,
                    gpointer    data)
{
  KeepIdentifiers *keep = data;
  PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

  attr->start_index = id - keep->text;
  attr->end_index = id - keep->text + length;
  pango_attr_list_insert (keep->attrs, attr);
}

static void
keep_identifiers (PangoAttrList *attrs,
                  const char    *text,
                  int            length)
{
  KeepIdentifiers keep = { attrs, text };

  each_identifier (text, length, keep_identifier_cb, &keep);
}

static PangoLayout *
make_layout_len (Pager      *pager,
                 const char *font,
                 const char *text,
                 int         length,
                 double      width,
                 gboolean    align_end)
{
  PangoLayout *layout = pango_layout_new (pager->p->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  if (length < 0)
    length = strlen (text);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* No ligatures: cairo 1.16 writes a glyph that stands for two letters
   * with a nested /ActualText span, which ends a tagged paragraph's or
   * cell's text for poppler (and the screen readers built on it) at that
   * glyph. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("liga=0, clig=0"));
  keep_identifiers (attrs, text, length);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, length);
  pager->p->layout_work += length;
  if (align_end)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_font_description_free (desc);
  return layout;
}

static PangoLayout *
make_layout (Pager      *pager,
             const char *font,
             const char *text,
             double      width,
             gboolean    align_end)
{
  return make_layout_len (pager, font, text, -1, width, align_end);
}

static GArray *
line_infos (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineInfo));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      LineInfo info;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      info.top = logical.y / (double) PANGO_SCALE;
      info.height = logical.height / (double) PANGO_SCALE;
      info.baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      info.x = logical.x / (double) PANGO_SCALE;
      g_array_append_val (lines, info);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
append_number (GString *attributes,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Never the locale's decimal comma inside PDF attributes. */
  g_string_append (attributes, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
emit_dest (Pager      *pager,
           const char *name,
           double      x,
           double      y)
{
  g_autoptr(GString) attributes = g_string_new (NULL);

  if (pager->cr == NULL || name == NULL || pager->p->no_tags)
    return;
  g_string_append_printf (attributes, "name='%s' x=", name);
  append_number (attributes, x);
  g_string_append (attributes, " y=");
  append_number (attributes, y);
  cairo_tag_begin (pager->cr, CAIRO_TAG_DEST, attributes->str);
  cairo_tag_end (pager->cr, CAIRO_TAG_DEST);
}

static GString *
link_attributes (const char *dest,
                 GArray     *rects)    /* x, y, w, h, … */
{
  GString *attributes = g_string_new (NULL);

  g_string_append_printf (attributes, "dest='%s' rect=[", dest);
  for (guint i = 0; i < rects->len; i++)
    {
      if (i > 0)
        g_string_append_c (attributes, ' ');
      append_number (attributes, g_array_index (rects, double, i));
    }
  g_string_append_c (attributes, ']');
  return attributes;
}

static void
emit_link (Pager      *pager,
           const char *dest,
           GArray     *rects)    /* x, y, w, h, … */
{
  g_autoptr(GString) attributes = NULL;

  if (pager->cr == NULL || rects->len == 0 || pager->p->no_tags)
    return;
  attributes = link_attributes (dest, rects);
  cairo_tag_begin (pager->cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (pager->cr, CAIRO_TAG_LINK);
}

/* The document's structure (tagged PDF): headings, paragraphs, lists,
 * tables and figures, for screen readers. Only while drawing a PDF, page
 * after page: a paragraph, list or table a page leaves unfinished stays
 * open for the next. */
static void
tag_begin (Pager      *pager,
           const char *name)
{
  if (pager->cr != NULL && !pager->p->no_tags)
    cairo_tag_begin (pager->cr, name, NULL);
}

static void
tag_end (Pager      *pager,
         const char *name)
{
  if (pager->cr != NULL && !pager->p->no_tags)
    cairo_tag_end (pager->cr, name);
}

/* The white space Pango shapes as no glyph at all (the space where a line
 * wraps, a line break) gets its font's space glyph, which prints nothing.
 * Without a glyph cairo 1.16 writes the character in a nested /ActualText
 * span, and poppler, reading a tagged PDF, ends the cell's or paragraph's
 * marked content there: a cell that wrapped kept only its first line, and
 * the words either side of the wrap would run together. The glyphs are
 * changed in place, the widths kept, so the line measures as before. */
static void
fill_blank_glyphs (PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (line->layout);

  for (GSList *r = line->runs; r != NULL; r = r->next)
    {
      PangoGlyphItem *run = r->data;
      PangoGlyphString *glyphs = run->glyphs;
      hb_codepoint_t space = 0;
      gboolean looked_up = FALSE;

      for (int i = 0; i < glyphs->num_glyphs; i++)
        {
          gunichar c;

          if (glyphs->glyphs[i].glyph != PANGO_GLYPH_EMPTY)
            continue;
          c = g_utf8_get_char (text + run->item->offset + glyphs->log_clusters[i]);
          if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != 0x2028 && c != 0x2029)
            continue;
          if (!looked_up)
            {
              hb_font_t *font = run->item->analysis.font != NULL ? pango_font_get_hb_font (run->item->analysis.font) : NULL;

              looked_up = TRUE;
              if (font == NULL || !hb_font_get_nominal_glyph (font, ' ', &space))
                space = 0;
            }
          if (space != 0)
            glyphs->glyphs[i].glyph = space;
        }
    }
}

/* A line that a line break ends gets a space glyph after it, at the end
 * of the line drawn from the origin x, y: Pango shapes no glyph for the
 * break itself, so the tagged text would read "A.5.1Policies". */
static void
mark_line_break (cairo_t         *cr,
                 PangoLayoutLine *line,
                 double           x,
                 double           y)
{
  const char *text = pango_layout_get_text (line->layout);
  const char *after = text + line->start_index + line->length;
  gunichar c = *after != '\0' ? g_utf8_get_char (after) : 0;
  PangoGlyphItem *run;
  hb_font_t *font;
  hb_codepoint_t space;
  PangoRectangle logical;
  cairo_glyph_t glyph;
  cairo_text_cluster_t cluster = { 1, 1 };

  if ((c != '\n' && c != '\r' && c != 0x2028 && c != 0x2029) || line->runs == NULL)
    return;
  /* A command's line that a shell joins to the next ends with its "\": a
   * space after it, copied with it, would make it an escaped space. */
  if (line->length > 0 && text[line->start_index + line->length - 1] == '\\')
    return;
  run = g_slist_last (line->runs)->data;
  font = run->item->analysis.font != NULL ? pango_font_get_hb_font (run->item->analysis.font) : NULL;
  if (font == NULL || !PANGO_IS_CAIRO_FONT (run->item->analysis.font) || !hb_font_get_nominal_glyph (font, ' ', &space))
    return;
  pango_layout_line_get_extents (line, NULL, &logical);
  glyph = (cairo_glyph_t) { space, x + (logical.x + logical.width) / (double) PANGO_SCALE, y };
  cairo_save (cr);
  cairo_set_scaled_font (cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font)));
  cairo_show_text_glyphs (cr, " ", 1, &glyph, 1, &cluster, 1, 0);
  cairo_restore (cr);
}

/* Draws lines [first, last) of a layout with their top at y; returns the
 * height drawn. Links inside those lines become link areas. */
static double
draw_lines (Pager       *pager,
            PangoLayout *layout,
            GArray      *lines,
            guint        first,
            guint        last,
            double       x,
            double       y,
            GArray      *links)
{
  double offset, height;

  if (first >= last)
    return 0;
  offset = g_array_index (lines, LineInfo, first).top;
  height = g_array_index (lines, LineInfo, last - 1).top + g_array_index (lines, LineInfo, last - 1).height - offset;
  if (pager->cr == NULL)
    return height;

  for (guint i = first; i < last; i++)
    {
      LineInfo *info = &g_array_index (lines, LineInfo, i);
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

      cairo_move_to (pager->cr, x + info->x, y + info->baseline - offset);
      fill_blank_glyphs (line);
      pango_cairo_show_layout_line (pager->cr, line);
      mark_line_break (pager->cr, line, x + info->x, y + info->baseline - offset);
    }

  for (guint k = 0; links != NULL && k < links->len; k++)
    {
      Link *link = &g_array_index (links, Link, k);
      g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = first; i < last; i++)
        {
          LineInfo *info = &g_array_index (lines, LineInfo, i);
          PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
          int *ranges = NULL, n_ranges = 0;

          if ((guint) line->start_index >= link->end || (guint) (line->start_index + line->length) <= link->start)
            continue;
          pango_layout_line_get_x_ranges (line, MAX ((int) link->start, line->start_index),
                                          MIN ((int) link->end, line->start_index + line->length), &ranges, &n_ranges);
          for (int r = 0; r < n_ranges; r++)
            {
              /* The ranges count from the layout's left edge, alignment included. */
              double rect[4] = { x + ranges[2 * r] / (double) PANGO_SCALE, y + info->top - offset,
                                 (ranges[2 * r + 1] - ranges[2 * r]) / (double) PANGO_SCALE, info->height };

              g_array_append_vals (rects, rect, 4);
            }
          g_free (ranges);
        }
      emit_link (pager, link->dest, rects);
    }
  return height;
}

static double
lines_height (GArray *lines,
              guint   first,
              guint   last)
{
  if (first >= last)
    return 0;
  return g_array_index (lines, LineInfo, last - 1).top + g_array_index (lines, LineInfo, last - 1).height
         - g_array_index (lines, LineInfo, first).top;
}

static gboolean
at_top (Pager *pager)
{
  return pager->y <= pager->top + 0.01;
}

/* A paragraph or a cell's text. Pango lays it out a window of WINDOW bytes
 * at a time, from where the page takes it up, and only as far as the page
 * goes: a field of any length costs the same per byte, where laying the
 * whole text out again for every page it spans cost its length squared
 * (and Pango's breaking of a long word is itself quadratic in the word). */
typedef struct
{
  const char  *font;
  const char  *text;
  guint        length;
  double       width;
  gboolean     align_end;
  GArray      *links;       /* (nullable) Link */
  guint        bold_end;    /* a bold first line ends here; 0 for none */
  const AttestTextSpan *spans;  /* (nullable) bold and italic, as clean_spans() made them */
  guint        n_spans;
  PangoLayout *cached;      /* the last window, measured then drawn */
  guint        cached_from;
  guint        cached_stop;
} Flow;

static void
flow_clear (Flow *flow)
{
  g_clear_object (&flow->cached);
}

static void
shared_layout_free (gpointer data)
{
  SharedLayout *shared = data;

  g_free (shared->key);
  g_object_unref (shared->layout);
  g_free (shared);
}

/* What makes @flow's layout from @from to @end what it is (see
 * SharedLayout and KEPT_MAX_BYTES). */
static GString *
layout_key (Flow  *flow,
            guint  from,
            guint  end)
{
  GString *key = g_string_sized_new (64 + end - from);

  g_string_append_printf (key, "%s|%d|%d|%u", flow->font, (int) (MAX (flow->width, 1) * PANGO_SCALE),
                          flow->align_end, flow->bold_end > from ? MIN (flow->bold_end, end) - from : 0);
  for (guint k = 0; flow->links != NULL && k < flow->links->len; k++)
    {
      Link *link = &g_array_index (flow->links, Link, k);

      if (link->end > from && link->start < end)
        g_string_append_printf (key, ",%u-%u", MAX (link->start, from) - from, MIN (link->end, end) - from);
    }
  /* The emphasis is part of what a layout is: the same words in bold are
   * another layout, which no other flow may be given. */
  for (guint k = 0; k < flow->n_spans && flow->spans[k].start < end; k++)
    {
      const AttestTextSpan *span = &flow->spans[k];

      if (span->end > from)
        g_string_append_printf (key, ";%u-%u:%u", MAX (span->start, from) - from, MIN (span->end, end) - from,
                                (guint) span->emphasis);
    }
  g_string_append_c (key, '|');
  g_string_append_len (key, flow->text + from, end - from);
  return key;
}

static PangoLayout *
shared_lookup (AttestPagination *p,
               const char       *key)
{
  SharedLayout *shared = g_hash_table_lookup (p->layouts, key);

  if (shared == NULL)
    return NULL;
  g_queue_unlink (&p->recent, &shared->link);
  g_queue_push_head_link (&p->recent, &shared->link);
  return g_object_ref (shared->layout);
}

static void
shared_add (AttestPagination *p,
            char             *key,
            PangoLayout      *layout)
{
  SharedLayout *shared = g_new0 (SharedLayout, 1);

  if (p->recent.length >= SHARED_MAX_LAYOUTS)
    {
      GList *oldest = g_queue_pop_tail_link (&p->recent);

      g_hash_table_remove (p->layouts, ((SharedLayout *) oldest->data)->key);
    }
  shared->link.data = shared;
  shared->key = key;
  shared->layout = g_object_ref (layout);
  g_queue_push_head_link (&p->recent, &shared->link);
  g_hash_table_insert (p->layouts, shared->key, shared);
}

/* A new layout of @flow's text from @from to @end. */
static PangoLayout *
window_layout (Pager *pager,
               Flow  *flow,
               guint  from,
               guint  end)
{
  PangoLayout *layout = make_layout_len (pager, flow->font, flow->text + from, end - from, flow->width, flow->align_end);
  PangoAttrList *attrs = NULL;

  if (flow->bold_end > from)
    {
      PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
      attr->start_index = 0;
      attr->end_index = MIN (flow->bold_end, end) - from;
      pango_attr_list_insert (attrs, attr);
    }
  /* Rich text's emphasis, as far as it is in the window. */
  for (guint k = 0; k < flow->n_spans && flow->spans[k].start < end; k++)
    {
      const AttestTextSpan *span = &flow->spans[k];
      guint start_index, end_index;

      if (span->end <= from)
        continue;
      start_index = MAX (span->start, from) - from;
      end_index = MIN (span->end, end) - from;
      if (attrs == NULL)
        attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
      if (span->emphasis & ATTEST_EMPHASIS_BOLD)
        {
          PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

          attr->start_index = start_index;
          attr->end_index = end_index;
          pango_attr_list_insert (attrs, attr);
        }
      if (span->emphasis & ATTEST_EMPHASIS_ITALIC)
        {
          PangoAttribute *attr = pango_attr_style_new (PANGO_STYLE_ITALIC);

          attr->start_index = start_index;
          attr->end_index = end_index;
          pango_attr_list_insert (attrs, attr);
        }
    }
  /* A link of one word stays on one line ("A.8.13", not "A." and
   * "8.13"); one of several words breaks between them, as the column's
   * width was not made for it ("Anhang A: Verzeichnis des
   * Anwendungsbereichs" ran on over the page column). */
  for (guint k = 0; flow->links != NULL && k < flow->links->len; k++)
    {
      Link *link = &g_array_index (flow->links, Link, k);
      PangoAttribute *attr;

      if (link->end <= from || link->start >= end
          || memchr (flow->text + link->start, ' ', link->end - link->start) != NULL)
        continue;
      attr = pango_attr_allow_breaks_new (FALSE);
      attr->start_index = MAX (link->start, from) - from;
      attr->end_index = MIN (link->end, end) - from;
      if (attrs == NULL)
        attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));
      pango_attr_list_insert (attrs, attr);
    }
  if (attrs != NULL)
    {
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

/* The window of @flow from @from; *stop is where it ends. */
static PangoLayout *
flow_window (Pager *pager,
             Flow  *flow,
             guint  from,
             guint *stop)
{
  guint end = MIN (flow->length, from + WINDOW);
  PangoLayout *layout = NULL;
  GString *key;

  if (flow->cached != NULL && flow->cached_from == from)
    {
      *stop = flow->cached_stop;
      return g_object_ref (flow->cached);
    }
  /* Never inside a character. */
  while (end > from + 1 && end < flow->length && (flow->text[end] & 0xc0) == 0x80)
    end--;
  key = layout_key (flow, from, end);
  if (end - from <= SHARED_MAX_BYTES)
    layout = shared_lookup (pager->p, key->str);
  if (layout == NULL && (layout = g_hash_table_lookup (pager->p->kept, key->str)) != NULL)
    g_object_ref (layout);
  if (layout == NULL)
    {
      layout = window_layout (pager, flow, from, end);
      /* Made while paginating: kept for drawing, within the bound. */
      if (pager->cr == NULL && pager->p->kept_bytes + KEPT_COST (key->len) <= KEPT_MAX_BYTES)
        {
          pager->p->kept_bytes += KEPT_COST (key->len);
          g_hash_table_insert (pager->p->kept, g_strdup (key->str), g_object_ref (layout));
        }
    }
  if (end - from <= SHARED_MAX_BYTES && g_hash_table_lookup (pager->p->layouts, key->str) == NULL)
    shared_add (pager->p, g_string_free (g_steal_pointer (&key), FALSE), layout);
  if (key != NULL)
    g_string_free (key, TRUE);
  g_clear_object (&flow->cached);
  flow->cached = g_object_ref (layout);
  flow->cached_from = from;
  flow->cached_stop = end;
  *stop = end;
  return layout;
}

/* Draws one line of a window with its top at @top; links on it become
 * link areas. */
static void
draw_flow_line (Pager                *pager,
                Flow                 *flow,
                guint                 from,
                PangoLayoutLine      *line,
                const PangoRectangle *logical,
                int                   baseline,
                double                x,
                double                top)
{
  guint line_start = from + line->start_index, line_end = line_start + line->length;
  double line_x = x + logical->x / (double) PANGO_SCALE;
  double line_y = top + (baseline - logical->y) / (double) PANGO_SCALE;
  g_autoptr(GString) whole = NULL;

  for (guint k = 0; flow->links != NULL && k < flow->links->len; k++)
    {
      Link *link = &g_array_index (flow->links, Link, k);
      g_autoptr(GArray) rects = NULL;
      int *ranges = NULL, n_ranges = 0;

      if (link->end <= line_start || link->start >= line_end)
        continue;
      rects = g_array_new (FALSE, FALSE, sizeof (double));
      pango_layout_line_get_x_ranges (line, MAX (link->start, line_start) - from,
                                      MIN (link->end, line_end) - from, &ranges, &n_ranges);
      for (int r = 0; r < n_ranges; r++)
        {
          /* The ranges count from the layout's left edge, alignment included. */
          double rect[4] = { x + ranges[2 * r] / (double) PANGO_SCALE, top,
                             (ranges[2 * r + 1] - ranges[2 * r]) / (double) PANGO_SCALE,
                             logical->height / (double) PANGO_SCALE };

          g_array_append_vals (rects, rect, 4);
        }
      g_free (ranges);
      /* A link that is the whole line (an entry of the contents) holds its
       * text, for screen readers; one among other words marks its area. */
      if (link->start <= line_start && link->end >= line_end && whole == NULL && rects->len > 0
          && !pager->p->no_tags)
        whole = link_attributes (link->dest, rects);
      else
        emit_link (pager, link->dest, rects);
    }

  if (whole != NULL)
    cairo_tag_begin (pager->cr, CAIRO_TAG_LINK, whole->str);
  cairo_move_to (pager->cr, line_x, line_y);
  fill_blank_glyphs (line);
  pango_cairo_show_layout_line (pager->cr, line);
  mark_line_break (pager->cr, line, line_x, line_y);
  if (whole != NULL)
    cairo_tag_end (pager->cr, CAIRO_TAG_LINK);
}

/* Places the lines of @flow from byte @from that fit in @space, at most
 * @max_lines of them, drawing them from @y down when @draw (and the pager
 * draws). Returns where the text goes on, FLOW_DONE when all of it is
 * placed; *height is the height of the lines placed, *n_lines how many. */
static guint
flow_place (Pager    *pager,
            Flow     *flow,
            guint     from,
            double    space,
            guint     max_lines,
            gboolean  draw,
            double    x,
            double    y,
            double   *height,
            guint    *n_lines)
{
  double used = 0;
  guint count = 0;
  gboolean full = FALSE;

  draw = draw && pager->cr != NULL;
  while (from != FLOW_DONE && !full)
    {
      guint stop, n, keep, next = FLOW_DONE;
      PangoLayout *layout = flow_window (pager, flow, from, &stop);
      PangoLayoutIter *iter = pango_layout_get_iter (layout);

      /* The window's last line may go on past the window: it is laid out
       * again at the start of the next one, unless it is all there is. */
      n = pango_layout_get_line_count (layout);
      keep = stop == flow->length || n == 1 ? n : n - 1;
      for (guint i = 0;; i++)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          double line_height;

          if (i == keep)
            {
              next = from + line->start_index;
              break;
            }
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line_height = logical.height / (double) PANGO_SCALE;
          if (count == max_lines || used + line_height > space)
            {
              next = from + line->start_index;
              full = TRUE;
              break;
            }
          if (draw)
            draw_flow_line (pager, flow, from, line, &logical, pango_layout_iter_get_baseline (iter), x, y + used);
          used += line_height;
          count++;
          if (!pango_layout_iter_next_line (iter))
            {
              next = stop == flow->length ? FLOW_DONE : stop;
              break;
            }
        }
      pango_layout_iter_free (iter);
      g_object_unref (layout);
      from = next;
    }
  *height = used;
  if (n_lines != NULL)
    *n_lines = count;
  return from;
}

/* How far below its top the first line of @flow from @from has its
 * baseline. */
static double
first_baseline (Pager *pager,
                Flow  *flow,
                guint  from)
{
  guint stop;
  PangoLayout *layout = flow_window (pager, flow, from, &stop);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;
  double baseline;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  baseline = (pango_layout_iter_get_baseline (iter) - logical.y) / (double) PANGO_SCALE;
  pango_layout_iter_free (iter);
  g_object_unref (layout);
  return baseline;
}

/* Text: split between lines when the page is full, never leaving a single
 * first line of a paragraph behind at the foot of a page (nor so under a
 * heading). A list item (@label not NULL) has its label at @label_x from
 * the margin, on its first line, and its text at @indent. */
static gboolean
place_text (Pager      *pager,
            Position   *pos,
            const char *font,
            const char *text,
            GArray     *spans,
            double      indent,
            double      before,
            double      after,
            const char *label,
            double      label_x,
            const char *tag)
{
  Flow flow = { font, text, strlen (text), pager->width - indent, FALSE, NULL, 0,
                spans != NULL ? (const AttestTextSpan *) spans->data : NULL, spans != NULL ? spans->len : 0,
                NULL, 0, 0 };
  double height;
  guint n_lines, next, max_lines = G_MAXUINT;

  if (pos->line == 0 && !at_top (pager))
    pager->y += before;
  next = flow_place (pager, &flow, pos->line, pager->bottom - pager->y, G_MAXUINT, FALSE, 0, 0, &height, &n_lines);
  /* Not one line here, or only the first of several: all on the next page. */
  if (n_lines == 0)
    {
      flow_clear (&flow);
      return FALSE;
    }
  if (pos->line == 0 && n_lines == 1 && next != FLOW_DONE && !at_top (pager))
    {
      flow_clear (&flow);
      return FALSE;
    }
  /* Nor a single last line alone at the top of the next page: one more
   * line goes over with it, when two stay here (or all go, when not). */
  if (next != FLOW_DONE)
    {
      double rest_height;
      guint rest_lines;

      flow_place (pager, &flow, next, G_MAXDOUBLE, 2, FALSE, 0, 0, &rest_height, &rest_lines);
      if (rest_lines == 1 && n_lines > 1)
        {
          if (n_lines - 1 < 2 && pos->line == 0 && !at_top (pager))
            {
              flow_clear (&flow);
              return FALSE;
            }
          max_lines = n_lines - 1;
          next = flow_place (pager, &flow, pos->line, pager->bottom - pager->y, max_lines, FALSE, 0, 0, &height, &n_lines);
        }
    }
  if (pager->cr != NULL)
    {
      set_grey (pager->cr, strstr (font, "Italic") ? 0.3 : 0.0);
      if (label != NULL && pos->line == 0)
        {
          PangoLayout *mark = make_layout (pager, font, label, indent, FALSE);
          /* On the baseline of the item's first line, whatever its fonts. */
          double y = pager->y + first_baseline (pager, &flow, pos->line)
                     - pango_layout_get_baseline (mark) / (double) PANGO_SCALE;

          if (!pager->p->list_open && !pager->p->no_tags)
            {
              tag_begin (pager, "L");
              pager->p->list_open = TRUE;
            }
          tag_begin (pager, "LI");
          tag_begin (pager, "Lbl");
          cairo_move_to (pager->cr, pager->left + label_x, y);
          pango_cairo_show_layout (pager->cr, mark);
          tag_end (pager, "Lbl");
          tag_begin (pager, "LBody");
          g_object_unref (mark);
        }
      else if (pos->line == 0)
        tag_begin (pager, tag);
      flow_place (pager, &flow, pos->line, pager->bottom - pager->y, max_lines, TRUE,
                  pager->left + indent, pager->y, &height, NULL);
      if (next == FLOW_DONE && label != NULL)
        {
          tag_end (pager, "LBody");
          tag_end (pager, "LI");
        }
      else if (next == FLOW_DONE)
        tag_end (pager, tag);
    }
  flow_clear (&flow);
  pager->y += height;
  pos->line = next == FLOW_DONE ? 0 : next;
  if (next == FLOW_DONE)
    pager->y += after;
  return next == FLOW_DONE;
}

static double table_keep (Pager *pager, AttestTable *table);
static char *continued_text (AttestDocument *doc, const char *text);

/* The height of a short paragraph (a caption, a lead-in), or G_MAXDOUBLE
 * for one longer than a few lines, which is not kept with anything. */
static double
short_text_height (Pager *pager,
                   Block *block)
{
  PangoLayout *layout;
  int text_height;
  double *height;

  if (strlen (block->text) > 600)
    return G_MAXDOUBLE;
  /* Asked for by the heading above it on every try, measuring and
   * drawing: laid out once per pagination. */
  height = g_hash_table_lookup (pager->p->short_heights, block);
  if (height != NULL)
    return *height;
  /* As it prints, with its emphasis: bold is wider. */
  {
    Flow flow = { style_font (block->style), block->text, strlen (block->text), pager->width, FALSE, NULL, 0,
                  block->spans != NULL ? (const AttestTextSpan *) block->spans->data : NULL,
                  block->spans != NULL ? block->spans->len : 0, NULL, 0, 0 };

    layout = window_layout (pager, &flow, 0, flow.length);
  }
  pango_layout_get_size (layout, NULL, &text_height);
  g_object_unref (layout);
  height = g_new (double, 1);
  *height = text_height / (double) PANGO_SCALE > 60 ? G_MAXDOUBLE : text_height / (double) PANGO_SCALE;
  g_hash_table_insert (pager->p->short_heights, block, height);
  return *height;
}

/* The room a heading at @index keeps for what follows it: a few lines; a
 * figure with its caption (small print); or the short paragraphs that
 * introduce a table with the table's header and first rows; when they fit
 * on a page. */
static double
figure_after (Pager *pager,
              guint  index)
{
  GPtrArray *blocks = pager->p->doc->blocks;
  double caption = 0, page = pager->bottom - pager->top;

  for (guint i = index + 1; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      if (block->kind == BLOCK_TEXT)
        {
          double height = short_text_height (pager, block);

          if (height == G_MAXDOUBLE)
            break;
          caption += height + 9;
          continue;
        }
      if (block->kind == BLOCK_IMAGE && caption + block->height + 48 < page)
        return MAX (36, caption + block->height);
      if (block->kind == BLOCK_TABLE)
        {
          double keep = table_keep (pager, block->table);

          if (caption + keep + 48 < page)
            return MAX (36, caption + keep);
        }
      break;
    }
  return 36;
}

static gboolean
place_heading (Pager    *pager,
               Position *pos,
               Block    *block)
{
  static const char * const fonts[] = { "Sans Bold 16", "Sans Bold 12.5", "Sans Bold 10.5" };
  static const double before[] = { 0, 14, 10 };
  g_autofree char *text = *block->number ? g_strdup_printf ("%s  %s", block->number, block->text) : g_strdup (block->text);
  PangoLayout *layout;
  GArray *lines;
  double height, needed;

  /* A chapter starts a page. */
  if (block->level == 1 && !at_top (pager))
    return FALSE;
  layout = make_layout (pager, fonts[block->level - 1], text, pager->width, FALSE);
  lines = line_infos (layout);
  height = lines_height (lines, 0, lines->len);
  /* Kept with what follows: room for a few lines under it, or for a
   * figure and the caption above it. */
  needed = (at_top (pager) ? 0 : before[block->level - 1]) + height + (block->level == 1 ? 12 : 6)
           + figure_after (pager, pos->block);
  if (!at_top (pager) && pager->y + needed > pager->bottom)
    {
      g_array_unref (lines);
      g_object_unref (layout);
      return FALSE;
    }
  if (!at_top (pager))
    pager->y += before[block->level - 1];
  if (pager->cr == NULL)
    {
      AttestHeadingInfo *info = g_hash_table_lookup (pager->p->heading_at, block);

      if (info != NULL)
        info->page = pager->page;
    }
  else
    set_grey (pager->cr, 0.0);
  emit_dest (pager, block->anchor, pager->left, pager->y);
  tag_begin (pager, (const char * const[]) { "H1", "H2", "H3" }[block->tag_level - 1]);
  pager->y += draw_lines (pager, layout, lines, 0, lines->len, pager->left, pager->y, NULL);
  tag_end (pager, (const char * const[]) { "H1", "H2", "H3" }[block->tag_level - 1]);
  if (pager->cr != NULL && block->level == 1)
    {
      set_grey (pager->cr, 0.55);
      cairo_set_line_width (pager->cr, 0.8);
      cairo_move_to (pager->cr, pager->left, pager->y + 3);
      cairo_line_to (pager->cr, pager->left + pager->width, pager->y + 3);
      cairo_stroke (pager->cr);
    }
  pager->y += block->level == 1 ? 12 : 6;
  pos->part = 0;
  g_array_unref (lines);
  g_object_unref (layout);
  return TRUE;
}

#define BODY_CELL_FONT   "Sans 7.5"
#define HEADER_CELL_FONT "Sans Bold 7.5"
#define HEADER_CELL_SIZE 7.5
/* Over the padding, beside a header's longest word: bold headers in
 * columns at their narrowest nearly touched ("Umsetzungsstand|Verantwortlich"). */
#define HEADER_GAP       1.5
#define NOWRAP_MAX_BYTES 96     /* longer is running text, whatever the column */

/* The width of @text on one line (its widest line, if it has several). */
static double
natural_width (Pager      *pager,
               const char *font,
               const char *text,
               int         length)
{
  PangoLayout *layout = make_layout_len (pager, font, text, length, 1, FALSE);
  PangoRectangle logical;

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  g_object_unref (layout);
  return logical.width / (double) PANGO_SCALE;
}

/* Whether a line may break at @c: a no-break space keeps "and 128 more"
 * together. */
static gboolean
breaks_at (gunichar c)
{
  return g_unichar_isspace (c) && c != 0x00a0 && c != 0x202f && c != 0x2007;
}

/* The width of the longest word of @text: a header cell narrower than it
 * would break the word ("Appli-es"). */
static double
longest_word (Pager      *pager,
              const char *font,
              const char *text)
{
  double widest = 0;
  const char *p = text;

  while (*p != '\0')
    {
      const char *end;

      while (*p != '\0' && breaks_at (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      for (end = p; *end != '\0' && !breaks_at (g_utf8_get_char (end)); end = g_utf8_next_char (end))
        ;
      if (end > p)
        widest = MAX (widest, natural_width (pager, font, p, end - p));
      p = end;
    }
  return widest;
}

/* The narrowest width @text prints in on two lines: the wider half of the
 * best break between its words (one line, when it has one word). */
static double
two_line_width (Pager      *pager,
                const char *font,
                const char *text)
{
  double best = natural_width (pager, font, text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (breaks_at (g_utf8_get_char (p)))
      {
        const char *rest = g_utf8_next_char (p);
        double left = natural_width (pager, font, text, p - text);

        if (left >= best)
          break;
        best = MIN (best, MAX (left, natural_width (pager, font, rest, -1)));
      }
  return best;
}

/* Calls @func for each identifier of text[0, length). */
static void
each_identifier (const char *text,
                 int         length,
                 void      (*func) (const char *, int, gpointer),
                 gpointer    data)
{
  int i = 0;

  while (i < length)
    {
      int start, end;

      while (i < length && !identifier_char (text[i]))
        i++;
      start = i;
      while (i < length && identifier_char (text[i]))
        i++;
      end = i;
      if ((start > 0 && (guchar) text[start - 1] >= 0x80) || (end < length && (guchar) text[end] >= 0x80))
        continue;
      while (end > start && (text[end - 1] == '.' || text[end - 1] == '-'))
        end--;
      if (end - start > 2 && is_identifier (text, start, end))
        func (text + start, end - start, data);
    }
}

typedef struct
{
  int         longest;    /* bytes */
  GHashTable *near;       /* identifiers nearly as long, to measure */
} Identifiers;

static void
longest_identifier_cb (const char *id,
                       int         length,
                       gpointer    data)
{
  Identifiers *ids = data;

  ids->longest = MAX (ids->longest, length);
}

static void
near_identifier_cb (const char *id,
                    int         length,
                    gpointer    data)
{
  Identifiers *ids = data;

  if (length + 2 >= ids->longest && g_hash_table_size (ids->near) < 64)
    g_hash_table_add (ids->near, g_strndup (id, length));
}

/* The width of the widest identifier in @column's cells (one that cannot
 * break: see keep_identifiers()); its longest few are measured. */
static double
widest_identifier (Pager       *pager,
                   AttestTable *table,
                   guint        column)
{
  Identifiers ids = { 0, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  GHashTableIter iter;
  gpointer id;
  double widest = 0;

  for (guint pass = 0; pass < 2; pass++)
    for (guint r = 0; r < table->rows->len; r++)
      {
        Row *row = g_ptr_array_index (table->rows, r);
        GString *text = row->cells[column].text;

        if (!row->group)
          each_identifier (text->str, text->len, pass == 0 ? longest_identifier_cb : near_identifier_cb, &ids);
      }
  g_hash_table_iter_init (&iter, ids.near);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    widest = MAX (widest, natural_width (pager, BODY_CELL_FONT, id, -1));
  g_hash_table_unref (ids.near);
  return widest;
}

/* Takes @excess points from the widest columns that have room above their
 * minimum, levelling them down together: the free text gives way to the
 * short columns, and the narrow columns keep what they had. */
static void
take_from_widest (double       *widths,
                  const double *minimum,
                  guint         n,
                  double        excess)
{
  while (excess > 0.01)
    {
      double top = 0, next = 0, room = 0;
      guint n_top = 0;

      for (guint c = 0; c < n; c++)
        if (widths[c] > minimum[c] + 0.01)
          top = MAX (top, widths[c]);
      if (top == 0)
        return;
      /* The level the widest can come down to at most in this round. */
      for (guint c = 0; c < n; c++)
        if (widths[c] > minimum[c] + 0.01 && widths[c] < top - 0.01)
          next = MAX (next, widths[c]);
      for (guint c = 0; c < n; c++)
        if (widths[c] > minimum[c] + 0.01 && widths[c] >= top - 0.01)
          {
            room += widths[c] - MAX (next, minimum[c]);
            n_top++;
          }
      if (n_top == 0 || room <= 0)
        return;
      for (guint c = 0; c < n; c++)
        if (widths[c] > minimum[c] + 0.01 && widths[c] >= top - 0.01)
          {
            double give = widths[c] - MAX (next, minimum[c]);

            widths[c] -= give * MIN (1.0, excess / room);
          }
      excess -= MIN (excess, room);
    }
}

/* The columns of @table as printed at this text width: every column at
 * least as wide as the longest word of its header and, in a nowrap
 * column, as its widest cell; what that costs comes off the widest
 * columns. A table that cannot fit even so shrinks in proportion, and its
 * header gets a smaller font so that no header word breaks. */
static TableFit *
table_fit (Pager       *pager,
           AttestTable *table)
{
  TableFit *fit = g_hash_table_lookup (pager->p->fits, table);
  double minimum[MAX_COLUMNS] = { 0 }, header_minimum[MAX_COLUMNS] = { 0 };
  double total = 0, width = pager->width, scale = 1.0;
  guint n = table->n_columns;

  if (fit != NULL)
    return fit;
  fit = g_new0 (TableFit, 1);
  fit->keep = fit->title = -1;
  g_strlcpy (fit->header_font, HEADER_CELL_FONT, sizeof fit->header_font);
  for (guint c = 0; c < n; c++)
    {
      fit->widths[c] = table->widths[c] * width;
      if (table->header != NULL)
        header_minimum[c] = longest_word (pager, HEADER_CELL_FONT, table->header[c].text->str) + 2 * CELL_PAD + HEADER_GAP;
      minimum[c] = header_minimum[c];
      if (table->nowrap[c])
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
          double widest = 0;

          for (guint r = 0; r < table->rows->len; r++)
            {
              Row *row = g_ptr_array_index (table->rows, r);
              const char *text = row->cells[c].text->str;

              if (row->group || row->cells[c].text->len > NOWRAP_MAX_BYTES || !g_hash_table_add (seen, (gpointer) text))
                continue;
              widest = MAX (widest, natural_width (pager, BODY_CELL_FONT, text, row->cells[c].text->len));
            }
          minimum[c] = MAX (minimum[c], MIN (widest + 2 * CELL_PAD + 0.5, 0.4 * width));
        }
      if (table->whole_words[c])
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
          double widest = 0;

          for (guint r = 0; r < table->rows->len; r++)
            {
              Row *row = g_ptr_array_index (table->rows, r);
              const char *text = row->cells[c].text->str;

              /* A bold first line is wider: measured as it is drawn. */
              if (!row->group && g_hash_table_add (seen, (gpointer) text))
                widest = MAX (widest, longest_word (pager, table->first_line_bold[c] ? HEADER_CELL_FONT : BODY_CELL_FONT,
                                                    text));
            }
          minimum[c] = MAX (minimum[c], MIN (widest + 2 * CELL_PAD + 0.5, 0.4 * width));
        }
      if (table->header != NULL || table->rows->len > 0)
        minimum[c] = MAX (minimum[c], MIN (widest_identifier (pager, table, c) + 2 * CELL_PAD + 0.5, 0.4 * width));
      if (table->two_lines[c] > 0)
        {
          /* text -> its two-line width, each text measured once */
          g_autoptr(GHashTable) measured = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
          double most = table->two_lines[c] * width - 2 * CELL_PAD - 0.5, widest = 0, widest_fitting = 0;
          guint n_cells = 0, n_fitting = 0;

          for (guint r = 0; r < table->rows->len; r++)
            {
              Row *row = g_ptr_array_index (table->rows, r);
              const char *text = row->cells[c].text->str;
              double *two_lines;

              if (row->group || row->cells[c].text->len == 0 || row->cells[c].text->len > NOWRAP_MAX_BYTES)
                continue;
              two_lines = g_hash_table_lookup (measured, text);
              if (two_lines == NULL)
                {
                  two_lines = g_new (double, 1);
                  *two_lines = two_line_width (pager, BODY_CELL_FONT, text);
                  g_hash_table_insert (measured, (gpointer) text, two_lines);
                }
              n_cells++;
              widest = MAX (widest, *two_lines);
              if (*two_lines <= most)
                {
                  n_fitting++;
                  widest_fitting = MAX (widest_fitting, *two_lines);
                }
            }
          /* As wide as the widest cell on two lines, up to the share
           * given; beyond its own share only when that brings most of its
           * cells to two lines: the room comes off the free text of every
           * row, and is worth it where the cell makes the row taller, not
           * for a few names that still take three. */
          /* Grown, the column keeps a gap that text extraction reads as its
           * edge: with the padding alone, poppler read its longest line on
           * into the next column ("director (Tom Okafor) Target: Medium"). */
          if (2 * n_fitting >= n_cells)
            minimum[c] = MAX (minimum[c], widest_fitting + 2 * CELL_PAD + 4.5);
          minimum[c] = MAX (minimum[c], MIN (widest + 2 * CELL_PAD + 0.5, table->widths[c] * width));
        }
      total += minimum[c];
    }

  if (total <= width)
    {
      double excess = 0;

      for (guint c = 0; c < n; c++)
        if (fit->widths[c] < minimum[c])
          {
            excess += minimum[c] - fit->widths[c];
            fit->widths[c] = minimum[c];
          }
      take_from_widest (fit->widths, minimum, n, excess);
    }
  else
    {
      /* Too many columns for the page: each in proportion to its minimum,
       * and the header font as much smaller as its longest word needs. */
      for (guint c = 0; c < n; c++)
        fit->widths[c] = minimum[c] * width / total;
      for (guint c = 0; c < n; c++)
        if (header_minimum[c] > fit->widths[c] && header_minimum[c] > 2 * CELL_PAD)
          scale = MIN (scale, (fit->widths[c] - 2 * CELL_PAD) / (header_minimum[c] - 2 * CELL_PAD));
      if (scale < 1.0)
        {
          char size[G_ASCII_DTOSTR_BUF_SIZE];

          /* A little under, so that rounding never breaks the word. */
          g_ascii_formatd (size, sizeof size, "%.2f", MAX (floor (HEADER_CELL_SIZE * scale * 0.98 * 4) / 4, 3.0));
          g_snprintf (fit->header_font, sizeof fit->header_font, "Sans Bold %s", size);
        }
    }
  g_hash_table_insert (pager->p->fits, table, fit);
  return fit;
}

/* The flows of a row's cells, for the column widths. */
static void
row_flows (Pager       *pager,
           AttestTable *table,
           Cell        *cells,
           gboolean     bold,
           gboolean     group,
           Flow        *flows)
{
  TableFit *fit = table_fit (pager, table);

  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *font = bold ? fit->header_font : (table->key_values && c == 0) || group ? HEADER_CELL_FONT : BODY_CELL_FONT;
      double width = fit->widths[c];

      if (table->contents)
        font = "Sans 9.5";
      /* A group's name stays in the first column, whose text it reads
       * with (text extraction reads a column's cells in order, and a line
       * across the columns apart from them); its row's shade spans them. */
      flows[c] = (Flow) { font, cells[c].text->str, group && c > 0 ? 0 : cells[c].text->len,
                          width - 2 * CELL_PAD, table->align_end[c],
                          cells[c].links, 0, NULL, 0, NULL, 0, 0 };
      if (table->first_line_bold[c] && !bold)
        {
          const char *newline = strchr (cells[c].text->str, '\n');

          if (newline != NULL)
            flows[c].bold_end = newline - cells[c].text->str;
        }
    }
}

static void
row_flows_clear (AttestTable *table,
                 Flow        *flows)
{
  for (guint c = 0; c < table->n_columns; c++)
    flow_clear (&flows[c]);
}

/* What is left of a row from @from, as far as @space goes: @to gets where
 * each cell goes on, *height the height of the tallest with the padding.
 * Returns whether all of it fits. */
static gboolean
row_measure (Pager       *pager,
             AttestTable *table,
             Flow        *flows,
             gboolean     group,
             const guint *from,
             double       space,
             guint       *to,
             double      *height)
{
  gboolean all = TRUE;

  *height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      double cell_height;

      /* The empty cells of a group's row, under its name. */
      if (group && c > 0)
        {
          to[c] = FLOW_DONE;
          continue;
        }

      to[c] = flow_place (pager, &flows[c], from[c], space - 2 * CELL_PAD, G_MAXUINT, FALSE, 0, 0, &cell_height, NULL);
      all &= to[c] == FLOW_DONE;
      *height = MAX (*height, cell_height);
    }
  *height += 2 * CELL_PAD;
  return all;
}

/* Draws what row_measure() measured with the same @from and @space. */
static void
draw_row (Pager       *pager,
          AttestTable *table,
          Flow        *flows,
          gboolean     group,
          const guint *from,
          double       space,
          double       height,
          double       fill,
          const char  *cell_tag)
{
  TableFit *fit = table_fit (pager, table);
  double x = pager->left;

  if (pager->cr == NULL)
    return;
  /* A table's structure: its first header row, then a row for each row
   * or part of one on a page; headers repeated on later pages are not
   * read again. */
  if (!pager->p->table_open && !pager->p->no_tags)
    {
      tag_begin (pager, "Table");
      pager->p->table_open = TRUE;
    }
  if (cell_tag != NULL)
    tag_begin (pager, "TR");
  if (fill < 1.0)
    {
      set_grey (pager->cr, fill);
      cairo_rectangle (pager->cr, pager->left, pager->y, pager->width, height);
      cairo_fill (pager->cr);
    }
  for (guint c = 0; c < (group ? 1 : table->n_columns); c++)
    {
      double ignored;

      set_grey (pager->cr, 0.0);
      if (cell_tag != NULL)
        tag_begin (pager, cell_tag);
      flow_place (pager, &flows[c], from[c], space - 2 * CELL_PAD, G_MAXUINT, TRUE,
                  x + CELL_PAD, pager->y + CELL_PAD, &ignored, NULL);
      if (cell_tag != NULL)
        tag_end (pager, cell_tag);
      x += fit->widths[c];
    }
  if (cell_tag != NULL)
    tag_end (pager, "TR");
  if (!table->contents)
    {
      set_grey (pager->cr, 0.72);
      cairo_set_line_width (pager->cr, 0.4);
      cairo_move_to (pager->cr, pager->left, pager->y + height);
      cairo_line_to (pager->cr, pager->left + pager->width, pager->y + height);
      cairo_stroke (pager->cr);
    }
}

/* The header row, measured, and drawn when @draw. */
static double
header_row (Pager       *pager,
            AttestTable *table,
            gboolean     draw)
{
  Flow flows[MAX_COLUMNS];
  guint from[MAX_COLUMNS] = { 0 }, to[MAX_COLUMNS];
  double height;

  if (table->header == NULL)
    return 0;
  row_flows (pager, table, table->header, TRUE, FALSE, flows);
  row_measure (pager, table, flows, FALSE, from, G_MAXDOUBLE, to, &height);
  if (draw)
    {
      draw_row (pager, table, flows, FALSE, from, G_MAXDOUBLE, height, 0.84, pager->p->table_open ? NULL : "TH");
      pager->y += height;
    }
  row_flows_clear (table, flows);
  return height;
}

/* Rows in order, the header repeated at the top of every page; a row that
 * fits on a fresh page goes there whole, a taller one is split between its
 * lines and goes on on the next page: never lost, never clipped. */
#define SHORT_TABLE_ROWS 8

/* A table's header row and its first rows (three; all of a table of
 * SHORT_TABLE_ROWS rows or fewer), which stay together on a page and with what introduces them. */
static double
table_keep (Pager       *pager,
            AttestTable *table)
{
  TableFit *fit = table_fit (pager, table);
  double keep;
  guint from[MAX_COLUMNS] = { 0 };

  /* The same on every page (the pages' text area is), and asked for by
   * the heading above the table and by the table itself, measuring and
   * drawing: measured once per pagination. */
  if (fit->keep >= 0)
    return fit->keep;
  keep = header_row (pager, table, FALSE) + 6;

  /* A short table (SHORT_TABLE_ROWS rows at most) is kept whole. */
  for (guint r = 0; r < (table->rows->len <= SHORT_TABLE_ROWS ? table->rows->len : MIN (3u, table->rows->len)); r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      Flow flows[MAX_COLUMNS];
      guint to[MAX_COLUMNS];
      double height;

      row_flows (pager, table, row->cells, FALSE, row->group, flows);
      row_measure (pager, table, flows, row->group, from, pager->bottom - pager->top, to, &height);
      row_flows_clear (table, flows);
      keep += height;
    }
  fit->keep = keep;
  return keep;
}

/* The line above the part of a table continued from the page before:
 * "Risk register (continued)". Returns its height, drawn when @draw. */
static double
continued_title (Pager       *pager,
                 AttestTable *table,
                 gboolean     draw)
{
  TableFit *fit;
  PangoLayout *layout;
  int height;

  if (table->continued == NULL || table->contents)
    return 0;
  /* Its height is asked for on every page the table is on: laid out for
   * that once per pagination, and again only to be drawn. */
  fit = table_fit (pager, table);
  if (fit->title >= 0 && !(draw && pager->cr != NULL))
    return fit->title;
  layout = make_layout (pager, "Sans Italic 8", table->continued, pager->width, FALSE);
  pango_layout_get_size (layout, NULL, &height);
  if (draw && pager->cr != NULL)
    {
      set_grey (pager->cr, 0.3);
      cairo_move_to (pager->cr, pager->left, pager->y);
      pango_cairo_show_layout (pager->cr, layout);
    }
  g_object_unref (layout);
  fit->title = height / (double) PANGO_SCALE + 3;
  return fit->title;
}

/* The first line of a row's first cell, "A.5.15 (continued)", for the part
 * of the row a page carries on once that cell is printed whole; NULL when
 * there is nothing to say. */
static char *
continued_row_label (Pager       *pager,
                     AttestTable *table,
                     Row         *row,
                     const guint *from)
{
  const char *text = row->cells[0].text->str;
  const char *newline = strchr (text, '\n');
  g_autofree char *first = NULL;

  if (row->group || table->key_values || table->contents || from[0] != FLOW_DONE || *text == '\0')
    return NULL;
  first = newline != NULL ? g_strndup (text, newline - text) : g_strdup (text);
  if (g_utf8_strlen (first, -1) > 40)
    return NULL;
  return continued_text (pager->p->doc, first);
}

/* Draws a row, or the part of it that fits, with the header row above it
 * when it is the first on the page, and its destination at its start. */
static void
draw_table_row (Pager       *pager,
                AttestTable *table,
                Row         *row,
                Flow        *flows,
                const guint *from,
                double       space,
                double       height,
                double       fill,
                gboolean     fresh,
                gboolean    *header_drawn)
{
  if (!*header_drawn)
    header_row (pager, table, TRUE);
  *header_drawn = TRUE;
  if (fresh)
    emit_dest (pager, row->anchor, pager->left, pager->y);
  draw_row (pager, table, flows, row->group, from, space, height, fill, "TD");
}

/* Whether a table's last row, after the row before it in @left of this
 * page, would go whole to the next page: it does not fit in @left, and
 * fits on a fresh page under the header and the table's "(continued)". */
static gboolean
last_row_would_be_alone (Pager       *pager,
                         AttestTable *table,
                         double       left,
                         double       header,
                         double       title)
{
  Row *last = g_ptr_array_index (table->rows, table->rows->len - 1);
  Flow flows[MAX_COLUMNS];
  guint from[MAX_COLUMNS] = { 0 };
  guint to[MAX_COLUMNS];
  double height;
  gboolean alone;

  if (last->group)
    return FALSE;
  row_flows (pager, table, last->cells, FALSE, FALSE, flows);
  alone = !row_measure (pager, table, flows, FALSE, from, left, to, &height)
          && row_measure (pager, table, flows, FALSE, from, pager->bottom - pager->top - header - title, to, &height);
  row_flows_clear (table, flows);
  return alone;
}

/* Rows in order, the header repeated at the top of every page (under the
 * table's heading and "(continued)"); a row that fits on a fresh page goes
 * there whole, a taller one is split between its lines and goes on on the
 * next page: never lost, never clipped. A group's row never ends a page. */
static gboolean
place_table (Pager       *pager,
             Position    *pos,
             AttestTable *table)
{
  double header = header_row (pager, table, FALSE);
  double title = continued_title (pager, table, FALSE);
  gboolean header_drawn = FALSE, page_top = at_top (pager);

  /* A table starts where its header and first rows fit together. */
  if (pos->part == 0 && pos->cell_lines[0] == 0 && !at_top (pager))
    {
      double keep = table_keep (pager, table);

      if (keep < pager->bottom - pager->top - 48 && pager->y + keep > pager->bottom)
        return FALSE;
    }
  if (pos->part == 0 && pos->cell_lines[0] == 0 && !at_top (pager))
    pager->y += 6;
  else if (page_top && (pos->part > 0 || pos->cell_lines[0] != 0) && title > 0)
    {
      continued_title (pager, table, TRUE);
      pager->y += title;
    }

  while (pos->part < table->rows->len)
    {
      Row *row = g_ptr_array_index (table->rows, pos->part);
      gboolean fresh = TRUE;
      Flow flows[MAX_COLUMNS];
      guint from[MAX_COLUMNS], to[MAX_COLUMNS];
      double height, space;
      double fill = row->group ? 0.9 : table->key_values || table->contents || pos->part % 2 == 0 ? 1.0 : 0.94;
      g_autofree char *label = NULL;
      gboolean first_on_page;

      for (guint c = 0; c < table->n_columns; c++)
        fresh &= pos->cell_lines[c] == 0;
      row_flows (pager, table, row->cells, FALSE, row->group, flows);
      memcpy (from, pos->cell_lines, sizeof from);
      /* A row carried on from the page before names itself again. */
      if (!fresh && (label = continued_row_label (pager, table, row, from)) != NULL)
        {
          flow_clear (&flows[0]);
          flows[0].font = "Sans Italic 7.5";
          flows[0].text = label;
          flows[0].length = strlen (label);
          flows[0].links = NULL;
          flows[0].bold_end = 0;
          from[0] = 0;
        }
      space = pager->bottom - pager->y - (header_drawn ? 0 : header);
      /* Nothing on the page before this row (at most the table's title). */
      first_on_page = page_top && !header_drawn;

      /* A group's name goes with the first lines of its first row. */
      if (row->group && !first_on_page && pos->part + 1 < table->rows->len)
        {
          guint ignored_to[MAX_COLUMNS];

          if (!row_measure (pager, table, flows, TRUE, from, space - 2 * (2 * CELL_PAD + 10), ignored_to, &height))
            {
              row_flows_clear (table, flows);
              return FALSE;
            }
        }

      if (!row_measure (pager, table, flows, row->group, from, space, to, &height))
        {
          double page_space = pager->bottom - pager->top - header - title;
          guint ignored_to[MAX_COLUMNS];
          double ignored_height;
          gboolean split, any = FALSE;

          /* Whole on the next page, when it fits there. */
          split = first_on_page
                  || !row_measure (pager, table, flows, row->group, from, page_space, ignored_to, &ignored_height);
          if (!split || space < 2 * CELL_PAD + 12)
            {
              row_flows_clear (table, flows);
              if (first_on_page)
                g_error ("A table row cannot be placed on an empty page");
              return FALSE;
            }
          for (guint c = 0; c < table->n_columns; c++)
            any |= to[c] != from[c];
          if (!any)
            {
              row_flows_clear (table, flows);
              return FALSE;
            }
          draw_table_row (pager, table, row, flows, from, space, height, fill, fresh, &header_drawn);
          /* The label is not the cell's text: the cell stays printed whole. */
          if (label != NULL)
            to[0] = FLOW_DONE;
          memcpy (pos->cell_lines, to, sizeof to[0] * table->n_columns);
          pager->y = pager->bottom;
          row_flows_clear (table, flows);
          return FALSE;
        }

      /* The last row never stands alone at the top of a page: when it
       * would go whole to the next page, the row before it goes too (unless
       * that one opens this page). */
      if (fresh && header_drawn && !row->group && pos->part + 2 == table->rows->len
          && last_row_would_be_alone (pager, table, space - height, header, title))
        {
          row_flows_clear (table, flows);
          return FALSE;
        }

      draw_table_row (pager, table, row, flows, from, space, height, fill, fresh, &header_drawn);
      pager->y += height;
      memset (pos->cell_lines, 0, sizeof pos->cell_lines);
      pos->part++;
      row_flows_clear (table, flows);
    }
  if (pager->p->table_open && pager->cr != NULL)
    {
      tag_end (pager, "Table");
      pager->p->table_open = FALSE;
    }
  pager->y += 10;
  pos->part = 0;
  return TRUE;
}

static void
list_fit_free (gpointer data)
{
  ListFit *fit = data;

  g_free (fit->label_x);
  g_free (fit);
}

/* Where @block's labels and text go: the text far enough in for the
 * widest label ("12." as well as "•"), at BULLET_INDENT at least, so that
 * a bulleted list stays where it always was; each label ends where the
 * widest ends, so that "9." and "10." line up on their dots. */
static ListFit *
list_fit (Pager *pager,
          Block *block)
{
  ListFit *fit = g_hash_table_lookup (pager->p->list_fits, block);
  g_autoptr(GHashTable) widths = NULL;   /* label -> double *, each measured once */
  const char *font = style_font (ATTEST_TEXT_BODY);
  guint n_items = g_strv_length (block->labels);
  double widest = 0;

  if (fit != NULL)
    return fit;
  widths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < n_items; i++)
    {
      double *width = g_hash_table_lookup (widths, block->labels[i]);

      if (width == NULL)
        {
          width = g_new (double, 1);
          *width = natural_width (pager, font, block->labels[i], -1);
          g_hash_table_insert (widths, block->labels[i], width);
        }
      widest = MAX (widest, *width);
    }
  fit = g_new0 (ListFit, 1);
  fit->indent = MAX (BULLET_INDENT, LABEL_LEFT + widest + LABEL_GAP);
  fit->label_x = g_new0 (double, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    fit->label_x[i] = LABEL_LEFT + widest - *(double *) g_hash_table_lookup (widths, block->labels[i]);
  g_hash_table_insert (pager->p->list_fits, block, fit);
  return fit;
}

static gboolean
place_block (Pager    *pager,
             Position *pos,
             Block    *block)
{
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return place_heading (pager, pos, block);

    case BLOCK_TEXT:
      {
        static const double after[] = { 7, 7, 10, 8, 4, 7 };
        Block *next = pos->block + 1 < pager->p->doc->blocks->len
                      ? g_ptr_array_index (pager->p->doc->blocks, pos->block + 1) : NULL;

        /* A short lead-in goes with the table it introduces. */
        if (pos->line == 0 && !at_top (pager) && next != NULL && next->kind == BLOCK_TABLE)
          {
            double height = short_text_height (pager, block);
            double keep = height != G_MAXDOUBLE ? height + after[block->style] + table_keep (pager, next->table) : 0;

            if (height != G_MAXDOUBLE && keep < pager->bottom - pager->top - 48 && pager->y + 2 + keep > pager->bottom)
              return FALSE;
          }
        /* A cover's title is the document's first heading. */
        return place_text (pager, pos, style_font (block->style), block->text, block->spans, 0,
                           block->style == ATTEST_TEXT_TITLE ? 0 : 2, after[block->style], NULL, 0,
                           block->style == ATTEST_TEXT_TITLE ? "H1" : "P");
      }

    case BLOCK_LIST:
      while (block->items[pos->part] != NULL)
        {
          ListFit *fit = list_fit (pager, block);
          GArray *spans = block->item_spans != NULL ? g_ptr_array_index (block->item_spans, pos->part) : NULL;

          if (!place_text (pager, pos, style_font (ATTEST_TEXT_BODY), block->items[pos->part], spans,
                           fit->indent, pos->part == 0 ? 2 : 0, 3, block->labels[pos->part],
                           fit->label_x[pos->part], NULL))
            return FALSE;
          pos->part++;
        }
      if (pager->p->list_open && pager->cr != NULL)
        {
          tag_end (pager, "L");
          pager->p->list_open = FALSE;
        }
      pos->part = 0;
      pager->y += 4;
      return TRUE;

    case BLOCK_TABLE:
    case BLOCK_CONTENTS:
      return place_table (pager, pos, block->table);

    case BLOCK_IMAGE:
      if (pager->y + block->height > pager->bottom && !at_top (pager))
        return FALSE;
      if (pager->cr != NULL)
        {
          cairo_save (pager->cr);
          cairo_translate (pager->cr, pager->left, pager->y);
          cairo_rectangle (pager->cr, 0, 0, MIN (block->width, pager->width), block->height);
          cairo_clip (pager->cr);
          set_grey (pager->cr, 0.0);
          tag_begin (pager, "Figure");
          block->draw (pager->cr, MIN (block->width, pager->width), block->height, block->data);
          tag_end (pager, "Figure");
          cairo_restore (pager->cr);
        }
      pager->y += block->height + 8;
      return TRUE;

    case BLOCK_SPACE:
      pager->y = MIN (pager->y + block->height, pager->bottom);
      return TRUE;

    case BLOCK_PAGE_BREAK:
      if (at_top (pager))
        return TRUE;
      pos->block++;
      pos->part = 0;
      return FALSE;

    default:
      g_assert_not_reached ();
    }
}

/* The bytes of at most @max bytes of @text that end between characters. */
static int
prefix_length (const char *text,
               gsize       max)
{
  gsize length = strnlen (text, max + 1);

  if (length <= max)
    return length;
  length = max;
  while (length > 0 && (text[length] & 0xc0) == 0x80)
    length--;
  return length;
}

/* Running text is one line: line breaks, tabs and other separators become
 * single spaces. One line shows a few hundred characters at most, so no
 * more than the first 1024 bytes are read, however long the text. */
static char *
single_line (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  const char *start = text ? text : "";

  for (const char *p = start; *p != '\0' && p - start < 1024; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_isspace (c)
          || g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR || g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* One field of the running header or footer: its own single line in its
 * own box, ellipsised, its direction isolated from the fields beside it
 * (left to right base, so right-to-left text keeps to its box). Draws it at
 * (@x, @y) and returns the width it took. */
static double
draw_running_field (Pager      *pager,
                    const char *text,
                    double      x,
                    double      y,
                    double      width,
                    gboolean    align_end)
{
  g_autofree char *line = single_line (text);
  PangoLayout *layout;
  PangoRectangle logical;
  char *key;
  int length;

  if (*line == '\0' || width <= 0)
    return 0;
  /* A prefix is all one ellipsised line can show, and all Pango is given. */
  length = prefix_length (line, 256);
  /* The same on every page but for the page number: shared. */
  key = g_strdup_printf ("running|%d|%d|%.*s", (int) (MAX (width, 1) * PANGO_SCALE), align_end, length, line);
  layout = shared_lookup (pager->p, key);
  if (layout != NULL)
    g_free (key);
  else
    {
      layout = make_layout_len (pager, "Sans 7", line, length, width, align_end);
      pango_layout_set_auto_dir (layout, FALSE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, 0);   /* one line */
      shared_add (pager->p, key, layout);
    }
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (pager->cr, x, y);
  pango_cairo_show_layout (pager->cr, layout);
  g_object_unref (layout);
  return (double) (logical.x + logical.width) / PANGO_SCALE;
}

static double
running_width (Pager      *pager,
               const char *text)
{
  char *key = g_strconcat ("running-width|", text, NULL);
  PangoLayout *layout = shared_lookup (pager->p, key);
  int width;

  if (layout != NULL)
    g_free (key);
  else
    {
      layout = make_layout (pager, "Sans 7", text, -1, FALSE);
      pango_layout_set_width (layout, -1);
      shared_add (pager->p, key, layout);
    }
  pango_layout_get_size (layout, &width, NULL);
  g_object_unref (layout);
  return (double) width / PANGO_SCALE;
}

static void
draw_running (Pager *pager,
              guint  n_pages)
{
  AttestDocument *doc = pager->p->doc;
  cairo_t *cr = pager->cr;
  double top = MARGIN, bottom = pager->p->page_height - MARGIN;
  double half = pager->width / 2 - 6;
  double right = pager->left + pager->width - half;
  char *thread_language = use_language_of (doc);
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), pager->page + 1, n_pages);
  g_autofree char *classification = single_line (doc->classification);
  g_autofree char *version = single_line (doc->version);
  g_autofree char *date = single_line (doc->date);
  g_autofree char *tail = NULL;
  double gap, used, left_width;

  restore_language (thread_language);

  /* The footer's left half: the classification takes what the version and
   * the date leave, so however long, multi-line or right-to-left it is,
   * they stay on the page right after it. */
  if (*version != '\0')
    tail = g_strdup_printf ("%s%s · %s", *classification != '\0' ? "· " : "", version, date);
  else
    tail = g_strdup_printf ("%s%s", *classification != '\0' ? "· " : "", date);
  gap = *classification != '\0' ? 3 : 0;
  /* The footer's left part takes all but the page number's room: a
   * language with longer words ("Entwurf", "Erzeugt am") keeps the
   * classification whole. The widest page number is measured, so the
   * left part is the same on every page. */
  {
    g_autofree char *widest = g_strdup_printf (_("Page %u of %u"), n_pages, n_pages);

    left_width = pager->width - MIN (running_width (pager, widest), half) - 12;
  }

  set_grey (cr, 0.35);
  draw_running_field (pager, doc->organisation, pager->left, top, half, FALSE);
  draw_running_field (pager, doc->title, right, top, half, TRUE);
  used = draw_running_field (pager, classification, pager->left, bottom - 9,
                             left_width - gap - MIN (running_width (pager, tail), left_width), FALSE);
  if (used > 0)
    used += gap;
  draw_running_field (pager, tail, pager->left + used, bottom - 9, left_width - used, FALSE);
  draw_running_field (pager, page, right, bottom - 9, half, TRUE);

  set_grey (cr, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, pager->left, top + 12);
  cairo_line_to (cr, pager->left + pager->width, top + 12);
  cairo_move_to (cr, pager->left, bottom - 12);
  cairo_line_to (cr, pager->left + pager->width, bottom - 12);
  cairo_stroke (cr);
}

/* Lays out one page from @pos, drawing it if the pager has a cairo_t.
 * Returns whether content is left for further pages. */
static gboolean
layout_page (AttestPagination *p,
             Position         *pos,
             guint             page,
             cairo_t          *cr)
{
  Pager pager = { p, cr, page, MARGIN, p->page_width - 2 * MARGIN,
                  MARGIN + HEADER_SPACE, p->page_height - MARGIN - FOOTER_SPACE, 0 };
  AttestDocument *doc = p->doc;
  /* The first of the headings placed last, and the block the page starts in. */
  guint headings = G_MAXUINT, start = pos->block;

  pager.y = pager.top;
  if (cr != NULL)
    {
      cairo_save (cr);
      if (page == 0)
        {
          p->list_open = p->table_open = FALSE;
          tag_begin (&pager, "Document");
        }
      draw_running (&pager, p->starts->len);
    }
  while (pos->block < doc->blocks->len)
    {
      Block *block = g_ptr_array_index (doc->blocks, pos->block);
      Position before = *pos;

      /* Drawn, a page ends where measuring ended it. */
      if (cr != NULL && page + 1 < p->starts->len
          && memcmp (pos, &g_array_index (p->starts, Position, page + 1), sizeof *pos) == 0)
        break;
      if (!place_block (&pager, pos, block))
        {
          /* Keep with next: headings followed by nothing on the page go
           * to the next one, with what they are the headings of. */
          if (cr == NULL && headings != G_MAXUINT && headings > start
              && memcmp (pos, &before, sizeof *pos) == 0)
            {
              memset (pos, 0, sizeof *pos);
              pos->block = headings;
            }
          break;
        }
      headings = block->kind != BLOCK_HEADING ? G_MAXUINT : headings != G_MAXUINT ? headings : pos->block;
      pos->block++;
      pos->part = 0;
      pos->line = 0;
      memset (pos->cell_lines, 0, sizeof pos->cell_lines);
    }
  if (cr != NULL)
    {
      if (pos->block >= doc->blocks->len)
        tag_end (&pager, "Document");
      cairo_restore (cr);
    }
  return pos->block < doc->blocks->len;
}

/* "Statement of Applicability (continued)", in the document's language. */
static char *
continued_text (AttestDocument *doc,
                const char     *text)
{
  char *thread_language = use_language_of (doc);
  /* TRANSLATORS: above the part of a table continued from the page
   * before, "Risk register (continued)", and in a row continued from it,
   * "A.5.15 (continued)" */
  char *continued = g_strdup_printf (_("%s (continued)"), text);

  restore_language (thread_language);
  return continued;
}

static void
heading_info_free (gpointer data)
{
  AttestHeadingInfo *info = data;

  g_free (info->text);
  g_free (info->anchor);
  g_free (info);
}

/* The contents list chapters and sections, not their own heading. */
static gboolean
in_contents (AttestPagination  *p,
             AttestHeadingInfo *info,
             Block             *contents_heading)
{
  return info->level <= 2 && info != g_hash_table_lookup (p->heading_at, contents_heading);
}

/* The cells that show a heading's page: the page by @pages (anchor ->
 * AttestHeadingInfo *), "—" for a heading not in the document; without
 * @pages, room for any page number. */
static void
set_page_cells (AttestDocument *doc,
                GHashTable     *pages)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind != BLOCK_TABLE)
        continue;
      for (guint r = 0; r < block->table->rows->len; r++)
        {
          Row *row = g_ptr_array_index (block->table->rows, r);

          for (guint c = 0; c < row->n_cells; c++)
            {
              AttestHeadingInfo *info;

              if (row->cells[c].page_of == NULL)
                continue;
              if (pages == NULL)
                g_string_assign (row->cells[c].text, "0000");
              else if ((info = g_hash_table_lookup (pages, row->cells[c].page_of)) != NULL)
                g_string_printf (row->cells[c].text, "%u", info->page + 1);
              else
                g_string_assign (row->cells[c].text, "—");
            }
        }
    }
}

/**
 * attest_pagination_new:
 * @doc: a document; it must outlive the pagination
 * @paper: the paper size
 *
 * Lays the document out once to learn where each page starts and which
 * page each heading is on.
 *
 * Returns: (transfer full): the pagination
 */
AttestPagination *
attest_pagination_new (AttestDocument *doc,
                       AttestPaper     paper)
{
  AttestPagination *p = g_new0 (AttestPagination, 1);
  PangoFontMap *fontmap = pango_cairo_font_map_new ();
  cairo_font_options_t *options = cairo_font_options_create ();
  Block *contents = NULL, *contents_heading = NULL;
  Block *heading = NULL;
  Position pos = { 0 };

  p->doc = doc;
  p->page_width = paper == ATTEST_PAPER_LETTER ? 612.0 : 595.2756;
  p->page_height = paper == ATTEST_PAPER_LETTER ? 792.0 : 841.8898;
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (fontmap), 72.0);
  p->context = pango_font_map_create_context (fontmap);
  g_object_unref (fontmap);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (p->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (p->context, FALSE);

  p->starts = g_array_new (FALSE, FALSE, sizeof (Position));
  p->headings = g_ptr_array_new_with_free_func (heading_info_free);
  p->heading_at = g_hash_table_new (NULL, NULL);
  p->fits = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  p->short_heights = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  p->list_fits = g_hash_table_new_full (NULL, NULL, NULL, list_fit_free);
  p->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, shared_layout_free);
  p->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_queue_init (&p->recent);
  for (guint i = 0, depth[4] = { 0 }; i < doc->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (doc->blocks, i);

      /* The structure tree follows the outline (attest-pdf.c), without
       * skipping a level: a heading is one level below the last heading
       * of a lower level, so a section's "Document control" under its
       * chapter is an H2 there, however it looks, and so are the headings
       * beside it. A cover's title is the first H1. */
      if (block->kind == BLOCK_HEADING)
        {
          AttestHeadingInfo *info = g_new0 (AttestHeadingInfo, 1);

          block->tag_level = depth[block->level - 1] + 1;
          for (guint l = block->level; l < G_N_ELEMENTS (depth); l++)
            depth[l] = block->tag_level;

          info->level = block->level;
          info->text = *block->number ? g_strdup_printf ("%s  %s", block->number, block->text) : g_strdup (block->text);
          info->anchor = g_strdup (block->anchor);
          g_ptr_array_add (p->headings, info);
          g_hash_table_insert (p->heading_at, block, info);
          heading = block;
        }
      /* A table continued on a later page says whose part it is. */
      if ((block->kind == BLOCK_TABLE || block->kind == BLOCK_CONTENTS) && block->table->title != NULL)
        {
          g_free (block->table->continued);
          block->table->continued = continued_text (doc, block->table->title);
        }
      else if ((block->kind == BLOCK_TABLE || block->kind == BLOCK_CONTENTS) && heading != NULL)
        {
          g_free (block->table->continued);
          g_autofree char *text = *heading->number ? g_strdup_printf ("%s %s", heading->number, heading->text)
                                                   : g_strdup (heading->text);

          block->table->continued = continued_text (doc, text);
        }
      if (block->kind == BLOCK_CONTENTS)
        {
          contents = block;
          /* The contents do not list their own heading. */
          if (i > 0 && ((Block *) g_ptr_array_index (doc->blocks, i - 1))->kind == BLOCK_HEADING)
            contents_heading = g_ptr_array_index (doc->blocks, i - 1);
        }
    }

  /* The contents, with room for any page number while measuring. */
  if (contents != NULL)
    {
      g_ptr_array_set_size (contents->table->rows, 0);
      for (guint i = 0; i < p->headings->len; i++)
        {
          AttestHeadingInfo *info = g_ptr_array_index (p->headings, i);
          g_autofree char *indented = g_strdup_printf ("%s%s", info->level > 1 ? "      " : "", info->text);

          if (!in_contents (p, info, contents_heading))
            continue;
          attest_table_add_row (contents->table, (const char * const[]) { "", "0000" }, NULL);
          attest_table_add_link (contents->table, 0, indented, info->anchor);
        }
    }

  /* Cells that show a heading's page: room for any number while measuring
   * (a document may be paginated again, for printing). */
  set_page_cells (doc, NULL);

  do
    g_array_append_val (p->starts, pos);
  while (layout_page (p, &pos, p->starts->len - 1, NULL));

  /* Cells that show a heading's page, now that pages are known. */
  {
    g_autoptr(GHashTable) pages = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < p->headings->len; i++)
      {
        AttestHeadingInfo *info = g_ptr_array_index (p->headings, i);

        if (info->anchor != NULL && *info->anchor != '\0')
          g_hash_table_insert (pages, info->anchor, info);
      }
    set_page_cells (doc, pages);
  }

  if (contents != NULL)
    {
      guint row = 0;

      for (guint i = 0; i < p->headings->len; i++)
        {
          AttestHeadingInfo *info = g_ptr_array_index (p->headings, i);
          Row *r;

          if (!in_contents (p, info, contents_heading))
            continue;
          r = g_ptr_array_index (contents->table->rows, row++);
          g_string_printf (r->cells[1].text, "%u", info->page + 1);
        }
    }
  return p;
}

/**
 * attest_pagination_free:
 * @pagination: a pagination
 */
void
attest_pagination_free (AttestPagination *pagination)
{
  g_object_unref (pagination->context);
  g_array_unref (pagination->starts);
  g_ptr_array_unref (pagination->headings);
  g_hash_table_unref (pagination->heading_at);
  g_hash_table_unref (pagination->fits);
  g_hash_table_unref (pagination->short_heights);
  g_hash_table_unref (pagination->list_fits);
  g_hash_table_unref (pagination->layouts);
  g_hash_table_unref (pagination->kept);
  g_free (pagination);
}

/**
 * attest_pagination_get_n_pages:
 * @pagination: a pagination
 *
 * Returns: how many pages the document has
 */
guint
attest_pagination_get_n_pages (AttestPagination *pagination)
{
  return pagination->starts->len;
}

/**
 * attest_pagination_get_page_size:
 * @pagination: a pagination
 * @width: (out): the page width in points
 * @height: (out): the page height in points
 */
void
attest_pagination_get_page_size (AttestPagination *pagination,
                                 double           *width,
                                 double           *height)
{
  *width = pagination->page_width;
  *height = pagination->page_height;
}

/**
 * attest_pagination_dup_page_label:
 * @pagination: a pagination
 * @page: a page, from 0
 *
 * Returns: (transfer full): the page's label: "Cover" for the first, the
 *   page number after it, as the footer prints it
 */
char *
attest_pagination_dup_page_label (AttestPagination *pagination,
                                  guint             page)
{
  if (page == 0)
    {
      char *thread_language = use_language_of (pagination->doc);
      char *label = g_strdup (C_("page label", "Cover"));

      restore_language (thread_language);
      return label;
    }
  return g_strdup_printf ("%u", page + 1);
}

/**
 * attest_pagination_get_headings:
 * @pagination: a pagination
 *
 * Returns: (transfer none) (element-type AttestHeadingInfo): every heading
 *   in order, with its page
 */
GPtrArray *
attest_pagination_get_headings (AttestPagination *pagination)
{
  return pagination->headings;
}

/**
 * attest_pagination_set_links:
 * @pagination: a pagination
 * @links: whether pages carry links and named destinations (PDF tags)
 *
 * Printing turns them off: paper has no links, and a print backend
 * finishes pages where this code cannot set the numbers cairo reads.
 */
void
attest_pagination_set_links (AttestPagination *pagination,
                             gboolean          links)
{
  pagination->no_tags = !links;
}

/**
 * attest_pagination_draw_page:
 * @pagination: a pagination
 * @cr: where to draw, in points, the page's top left corner at the origin
 * @page: the page, from 0
 *
 * Draws one page with its header and footer; pages can be drawn in any order.
 */
void
attest_pagination_draw_page (AttestPagination *pagination,
                             cairo_t          *cr,
                             guint             page)
{
  Position pos;

  g_return_if_fail (page < pagination->starts->len);
  pos = g_array_index (pagination->starts, Position, page);
  layout_page (pagination, &pos, page, cr);
}

/* For the PDF writer */

/* How much text Pango was given to lay out, measuring and drawing: the
 * tests compare it for a text and one twice as long. */
guint64
attest_pagination_get_layout_work (AttestPagination *pagination)
{
  return pagination->layout_work;
}

const char *
attest_document_get_title (AttestDocument *doc)
{
  return doc->pdf_title ? doc->pdf_title : doc->title;
}

const char *
attest_document_get_author (AttestDocument *doc)
{
  return doc->author;
}

const char *
attest_document_get_subject (AttestDocument *doc)
{
  return doc->subject;
}

const char *
attest_document_get_keywords (AttestDocument *doc)
{
  return doc->keywords;
}

const char *
attest_document_get_creator (AttestDocument *doc)
{
  return doc->creator;
}

GDateTime *
attest_document_get_created (AttestDocument *doc)
{
  return doc->created;
}

const char *
attest_document_get_language (AttestDocument *doc)
{
  return doc->language;
}

/* The alternative text of each image, in order: the figures of the
 * tagged PDF. */
GPtrArray *
attest_document_dup_alt_texts (AttestDocument *doc)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == BLOCK_IMAGE)
        g_ptr_array_add (texts, g_strdup (block->alt ? block->alt : ""));
    }
  return texts;
}

typedef struct
{
  GPtrArray  *texts;
  GHashTable *seen;
} Unbreakable;

static void
add_unbreakable_cb (const char *id,
                    int         length,
                    gpointer    data)
{
  Unbreakable *unbreakable = data;
  char *text = g_strndup (id, length);

  if (g_hash_table_contains (unbreakable->seen, text))
    {
      g_free (text);
      return;
    }
  g_ptr_array_add (unbreakable->texts, text);
  g_hash_table_add (unbreakable->seen, text);
}

/* What must print on one line: every word of every table header and of
 * every whole-words column, every identifier in a table ("A.5.1",
 * "ISMS-PRC-04") and every cell of a nowrap column short enough to be
 * kept whole. */
GPtrArray *
attest_document_dup_unbreakable (AttestDocument *doc)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (doc->blocks, i);
      AttestTable *table = block->table;

      if (block->kind != BLOCK_TABLE)
        continue;
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (table->header != NULL)
            {
              g_auto(GStrv) words = g_strsplit_set (table->header[c].text->str, " \n\t", -1);

              for (guint w = 0; words[w] != NULL; w++)
                if (*words[w] != '\0' && !g_hash_table_contains (seen, words[w]))
                  {
                    g_ptr_array_add (texts, g_strdup (words[w]));
                    g_hash_table_add (seen, g_ptr_array_index (texts, texts->len - 1));
                  }
            }
          for (guint r = 0; table->whole_words[c] && r < table->rows->len; r++)
            {
              Cell *cell = &((Row *) g_ptr_array_index (table->rows, r))->cells[c];

              if (((Row *) g_ptr_array_index (table->rows, r))->group)
                continue;
              /* A hyphen is where a word may break ("non-" / "disclosure"). */
              g_auto(GStrv) words = g_strsplit_set (cell->text->str, " \n\t-", -1);

              for (guint w = 0; words[w] != NULL; w++)
                if (*words[w] != '\0' && !g_hash_table_contains (seen, words[w]))
                  {
                    g_ptr_array_add (texts, g_strdup (words[w]));
                    g_hash_table_add (seen, g_ptr_array_index (texts, texts->len - 1));
                  }
            }
          for (guint r = 0; r < table->rows->len; r++)
            {
              Row *row = g_ptr_array_index (table->rows, r);
              Unbreakable unbreakable = { texts, seen };

              if (!row->group)
                each_identifier (row->cells[c].text->str, row->cells[c].text->len, add_unbreakable_cb, &unbreakable);
            }
          for (guint r = 0; table->nowrap[c] && r < table->rows->len; r++)
            {
              Cell *cell = &((Row *) g_ptr_array_index (table->rows, r))->cells[c];

              if (((Row *) g_ptr_array_index (table->rows, r))->group)
                continue;

              /* A page number is known only once the pages are. Each line
               * of a cell stays whole ("Before: High (4 × 4)"). */
              if (cell->page_of == NULL && cell->text->len > 0 && cell->text->len <= NOWRAP_MAX_BYTES)
                {
                  g_auto(GStrv) lines = g_strsplit (cell->text->str, "\n", -1);

                  for (guint l = 0; lines[l] != NULL; l++)
                    if (*lines[l] != '\0' && !g_hash_table_contains (seen, lines[l]))
                      {
                        g_ptr_array_add (texts, g_strdup (lines[l]));
                        g_hash_table_add (seen, g_ptr_array_index (texts, texts->len - 1));
                      }
                }
            }
        }
    }
  return texts;
}
