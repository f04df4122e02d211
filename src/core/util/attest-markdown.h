/* attest-markdown.h: the small Markdown subset the information security
 * policy is written in (doc/policy-markdown.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AttestMarkdownKind:
 * @ATTEST_MARKDOWN_PARAGRAPH: a paragraph
 * @ATTEST_MARKDOWN_HEADING: a heading of level 1 to 3
 * @ATTEST_MARKDOWN_BULLET: an item of a bulleted list
 * @ATTEST_MARKDOWN_NUMBERED: an item of a numbered list
 *
 * What a block is. The items of one list are blocks that follow each
 * other with the same kind.
 */
typedef enum
{
  ATTEST_MARKDOWN_PARAGRAPH,
  ATTEST_MARKDOWN_HEADING,
  ATTEST_MARKDOWN_BULLET,
  ATTEST_MARKDOWN_NUMBERED,
} AttestMarkdownKind;

/**
 * AttestMarkdownEmphasis:
 * @ATTEST_MARKDOWN_BOLD: strong, written `**text**`
 * @ATTEST_MARKDOWN_ITALIC: emphasis, written `*text*` or `_text_`
 *
 * The emphasis of a stretch of text; both where they nest.
 */
typedef enum
{
  ATTEST_MARKDOWN_BOLD   = 1 << 0,
  ATTEST_MARKDOWN_ITALIC = 1 << 1,
} AttestMarkdownEmphasis;

/**
 * AttestMarkdownSpan:
 * @start: the byte offset in the block's text where it starts
 * @end: the byte offset after its last byte
 * @emphasis: bold, italic or both, never none
 *
 * A stretch of a block's text with one emphasis. The spans of a block are
 * in order, never empty, never overlap, and start and end on character
 * boundaries; text outside every span has no emphasis.
 */
typedef struct
{
  guint                  start;
  guint                  end;
  AttestMarkdownEmphasis emphasis;
} AttestMarkdownSpan;

/**
 * AttestMarkdownBlock:
 * @kind: what the block is
 * @level: a heading's level (1 to 3), a numbered item's number as written,
 *   0 otherwise
 * @text: its text in UTF-8, never empty, the markers taken out
 * @spans: (element-type AttestMarkdownSpan): its emphasis, in order
 *
 * A heading, a paragraph or a list item.
 */
typedef struct
{
  AttestMarkdownKind kind;
  guint              level;
  char              *text;
  GArray            *spans;
} AttestMarkdownBlock;

GPtrArray *attest_markdown_parse            (const char                *source);
char      *attest_markdown_block_dup_markup (const AttestMarkdownBlock *block);
char      *attest_markdown_to_plain         (const char                *source);

G_END_DECLS
