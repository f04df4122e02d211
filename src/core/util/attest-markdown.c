/* attest-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-markdown"

#include "config.h"

#include <string.h>

#include "attest-markdown.h"

/* The subset is documented in doc/policy-markdown.md; this file and that
 * page change together. Users type the text and import it from files, so
 * whatever it holds is parsed in time and memory linear in its length:
 * lines are read once, and each emphasis marker is pushed on the stack of
 * openers at most once and taken off at most once. Nothing recurses. */

/* Inline: emphasis and escapes */

/* The characters a backslash makes literal anywhere. (A digit only at the
 * start of a line, which the block parser handles: inline, a digit means
 * nothing.) */
static gboolean
is_escapable (char c)
{
  return c == '\\' || c == '*' || c == '_' || c == '#' || c == '-';
}

/* A run of one marker character, "*", "**", "***" or "_", that may open or
 * close emphasis. Its characters are used from the front when it closes,
 * from the back when it opens, so that spans nest; what is left in the
 * middle is text. */
typedef struct
{
  guint  position;        /* of its first character in the unescaped text */
  guint8 length;
  char   c;
  guint8 closes_bold;     /* matched at its front */
  guint8 closes_italic;
  guint8 opens_bold;      /* matched at its back */
  guint8 opens_italic;
} Run;

static guint
run_front (const Run *run)
{
  return 2u * run->closes_bold + run->closes_italic;
}

static guint
run_back (const Run *run)
{
  return 2u * run->opens_bold + run->opens_italic;
}

static guint
run_left (const Run *run)
{
  return run->length - run_front (run) - run_back (run);
}

static guint
marker_index (char c)
{
  return c == '*' ? 0 : 1;
}

/* Matches the run at @index, which can close, with the openers on @openers
 * nearest to it. An opener of the other character passed over is left
 * open, so text: spans nest and are never crossed. Each opener is taken
 * off the stack once, so this is linear over a block. */
static void
close_run (GArray *runs,
           GArray *openers,
           guint   n_open[2],
           guint   index)
{
  Run *closer = &g_array_index (runs, Run, index);
  guint which = marker_index (closer->c);

  while (run_left (closer) > 0 && n_open[which] > 0)
    {
      guint top = g_array_index (openers, guint, openers->len - 1);
      Run *opener = &g_array_index (runs, Run, top);

      if (opener->c == closer->c)
        {
          if (run_left (opener) >= 2 && run_left (closer) >= 2)
            {
              opener->opens_bold++;
              closer->closes_bold++;
            }
          else
            {
              opener->opens_italic++;
              closer->closes_italic++;
            }
          if (run_left (opener) > 0)
            continue;
        }
      g_array_set_size (openers, openers->len - 1);
      n_open[marker_index (opener->c)]--;
    }
}

typedef struct
{
  GArray                *spans;
  guint                  start;
  AttestMarkdownEmphasis emphasis;
} Spans;

/* The emphasis is @emphasis from @position on: ends the stretch before it,
 * joined to the span before when that one has the same emphasis. */
static void
set_emphasis (Spans                  *spans,
              gsize                   position,
              AttestMarkdownEmphasis  emphasis)
{
  if (emphasis == spans->emphasis)
    return;
  if (spans->emphasis != 0 && position > spans->start)
    {
      GArray *array = spans->spans;
      AttestMarkdownSpan *last = NULL;

      if (array->len > 0)
        last = &g_array_index (array, AttestMarkdownSpan, array->len - 1);
      if (last != NULL && last->end == spans->start && last->emphasis == spans->emphasis)
        last->end = (guint) position;
      else
        {
          AttestMarkdownSpan span = { spans->start, (guint) position, spans->emphasis };

          g_array_append_val (array, span);
        }
    }
  spans->start = (guint) position;
  spans->emphasis = emphasis;
}

static AttestMarkdownEmphasis
emphasis_of (guint bold,
             guint italic)
{
  return (bold > 0 ? ATTEST_MARKDOWN_BOLD : 0) | (italic > 0 ? ATTEST_MARKDOWN_ITALIC : 0);
}

static gunichar
last_char (const GString *text)
{
  const char *prev;

  if (text->len == 0)
    return 0;
  prev = g_utf8_find_prev_char (text->str, text->str + text->len);
  return prev != NULL ? g_utf8_get_char (prev) : 0;
}

/* Fills @block's text and spans from @raw, the block's lines joined:
 * valid UTF-8, no line breaks. */
static void
parse_inline (AttestMarkdownBlock *block,
              const char          *raw)
{
  g_autoptr(GString) unescaped = g_string_sized_new (strlen (raw));
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Run));
  g_autoptr(GArray) openers = g_array_new (FALSE, FALSE, sizeof (guint));   /* indices into runs */
  guint n_open[2] = { 0, 0 };   /* openers on the stack, of '*' and of '_' */
  GString *text;
  Spans spans = { g_array_new (FALSE, FALSE, sizeof (AttestMarkdownSpan)), 0, 0 };
  guint bold = 0, italic = 0;
  gsize at = 0;

  /* Escapes resolved; the runs that may open or close noted and matched
   * as they come. */
  for (const char *p = raw; *p != '\0';)
    {
      gsize plain = strcspn (p, "\\*_");
      char c;
      const char *end;
      gsize length;
      gunichar before, after;
      gboolean can_open, can_close;

      g_string_append_len (unescaped, p, plain);
      p += plain;
      if (*p == '\0')
        break;
      if (*p == '\\')
        {
          if (is_escapable (p[1]))
            p++;
          g_string_append_c (unescaped, *p);
          p++;
          continue;
        }

      c = *p;
      for (end = p; *end == c; end++)
        ;
      length = end - p;
      before = last_char (unescaped);
      after = g_utf8_get_char (end);   /* 0 at the end */
      /* Opens before a non-space, closes after one; "_" not inside a word
       * (snake_case); "*" up to three ("***" is strong and emphasis), "_"
       * alone. Longer runs are text. */
      can_open = after != 0 && !g_unichar_isspace (after);
      can_close = before != 0 && !g_unichar_isspace (before);
      if (c == '_')
        {
          can_open = can_open && length == 1 && !g_unichar_isalnum (before);
          can_close = can_close && length == 1 && !g_unichar_isalnum (after);
        }
      else
        {
          can_open = can_open && length <= 3;
          can_close = can_close && length <= 3;
        }
      if (can_open || can_close)
        {
          Run run = { (guint) unescaped->len, (guint8) length, c, 0, 0, 0, 0 };
          guint index = runs->len;

          g_array_append_val (runs, run);
          if (can_close)
            close_run (runs, openers, n_open, index);
          if (can_open && run_left (&g_array_index (runs, Run, index)) > 0)
            {
              g_array_append_val (openers, index);
              n_open[marker_index (c)]++;
            }
        }
      g_string_append_len (unescaped, p, length);
      p = end;
    }

  /* The matched markers out, the emphasis between them as flat spans. */
  text = g_string_sized_new (unescaped->len);
  for (guint i = 0; i < runs->len; i++)
    {
      const Run *run = &g_array_index (runs, Run, i);

      g_string_append_len (text, unescaped->str + at, run->position - at);
      bold -= run->closes_bold;
      italic -= run->closes_italic;
      set_emphasis (&spans, text->len, emphasis_of (bold, italic));
      g_string_append_len (text, unescaped->str + run->position + run_front (run), run_left (run));
      bold += run->opens_bold;
      italic += run->opens_italic;
      set_emphasis (&spans, text->len, emphasis_of (bold, italic));
      at = run->position + run->length;
    }
  g_string_append_len (text, unescaped->str + at, unescaped->len - at);
  set_emphasis (&spans, text->len, 0);

  block->text = g_string_free (text, FALSE);
  block->spans = spans.spans;
}

/* Blocks */

static void
block_free (gpointer data)
{
  AttestMarkdownBlock *block = data;

  g_free (block->text);
  g_clear_pointer (&block->spans, g_array_unref);
  g_free (block);
}

typedef struct
{
  GPtrArray         *blocks;
  GString           *raw;      /* the open block's lines, trimmed and joined */
  AttestMarkdownKind kind;
  guint              level;
  gboolean           open;
} Parser;

/* Ends the open block; one with no text is left out. */
static void
close_block (Parser *parser)
{
  AttestMarkdownBlock *block;

  if (!parser->open)
    return;
  parser->open = FALSE;
  if (parser->raw->len == 0)
    return;
  block = g_new0 (AttestMarkdownBlock, 1);
  block->kind = parser->kind;
  block->level = parser->level;
  parse_inline (block, parser->raw->str);
  g_ptr_array_add (parser->blocks, block);
  g_string_truncate (parser->raw, 0);
}

static void
open_block (Parser             *parser,
            AttestMarkdownKind  kind,
            guint               level)
{
  close_block (parser);
  parser->kind = kind;
  parser->level = level;
  parser->open = TRUE;
}

static gboolean
is_item (AttestMarkdownKind kind)
{
  return kind == ATTEST_MARKDOWN_BULLET || kind == ATTEST_MARKDOWN_NUMBERED;
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Appends a line's text to the open block, trimmed, one space between. */
static void
append_text (Parser     *parser,
             const char *text,
             gsize       length)
{
  while (length > 0 && is_blank (*text))
    text++, length--;
  while (length > 0 && is_blank (text[length - 1]))
    length--;
  if (length == 0)
    return;
  if (parser->raw->len > 0)
    g_string_append_c (parser->raw, ' ');
  g_string_append_len (parser->raw, text, length);
}

static void
parse_line (Parser     *parser,
            const char *line,
            gsize       length)
{
  gsize skip = 0;
  guint columns = 0;   /* of indentation, a tab to the next multiple of 4; counted up to 4 */
  const char *p;
  gsize rest;

  for (; skip < length && is_blank (line[skip]); skip++)
    if (columns < 4)
      columns = line[skip] == '\t' ? (columns + 4) & ~3u : columns + 1;
  if (skip == length)
    {
      close_block (parser);
      return;
    }
  p = line + skip;
  rest = length - skip;

  /* The markers of a heading or an item, after at most three spaces. */
  if (columns <= 3)
    {
      gsize hashes = 0, digits = 0;
      guint number = 0;

      while (hashes < rest && hashes < 4 && p[hashes] == '#')
        hashes++;
      if (hashes >= 1 && hashes <= 3 && hashes < rest && p[hashes] == ' ')
        {
          open_block (parser, ATTEST_MARKDOWN_HEADING, (guint) hashes);
          append_text (parser, p + hashes, rest - hashes);
          close_block (parser);
          return;
        }
      if (rest >= 2 && (p[0] == '-' || p[0] == '*') && p[1] == ' ')
        {
          open_block (parser, ATTEST_MARKDOWN_BULLET, 0);
          append_text (parser, p + 2, rest - 2);
          return;
        }
      /* Up to nine digits, so that the number fits. */
      while (digits < rest && digits < 10 && g_ascii_isdigit (p[digits]))
        number = number * 10 + (guint) (p[digits++] - '0');
      if (digits >= 1 && digits <= 9 && digits + 1 < rest
          && p[digits] == '.' && p[digits + 1] == ' ')
        {
          open_block (parser, ATTEST_MARKDOWN_NUMBERED, number);
          append_text (parser, p + digits + 2, rest - digits - 2);
          return;
        }
    }

  /* A backslash before a digit at the start of a line keeps it from
   * starting a numbered item, and goes. */
  if (rest >= 2 && p[0] == '\\' && g_ascii_isdigit (p[1]))
    p++, rest--;

  /* An indented line goes on with the item before it; a line that is not
   * starts a paragraph. */
  if (parser->open && is_item (parser->kind))
    {
      if (columns < 2)
        open_block (parser, ATTEST_MARKDOWN_PARAGRAPH, 0);
    }
  else if (!parser->open)
    open_block (parser, ATTEST_MARKDOWN_PARAGRAPH, 0);
  append_text (parser, p, rest);
}

/**
 * attest_markdown_parse:
 * @source: (nullable): a text in the subset of doc/policy-markdown.md: any
 *   bytes, invalid UTF-8 is replaced, lines end in LF, CR LF or CR
 *
 * Parses @source into its blocks, in time and memory linear in its length.
 *
 * Returns: (transfer full) (element-type AttestMarkdownBlock): its
 *   headings, paragraphs and list items, in order; the array frees them
 */
GPtrArray *
attest_markdown_parse (const char *source)
{
  g_autofree char *text = g_utf8_make_valid (source != NULL ? source : "", -1);
  Parser parser = { g_ptr_array_new_with_free_func (block_free), g_string_new (NULL), 0, 0, FALSE };
  const char *line = text;

  while (*line != '\0')
    {
      gsize length = strcspn (line, "\r\n");

      parse_line (&parser, line, length);
      line += length;
      if (line[0] == '\r' && line[1] == '\n')
        line += 2;
      else if (*line != '\0')
        line++;
    }
  close_block (&parser);
  g_string_free (parser.raw, TRUE);
  return parser.blocks;
}

static void
append_escaped (GString    *markup,
                const char *text,
                gsize       length)
{
  g_autofree char *escaped = g_markup_escape_text (text, (gssize) length);

  g_string_append (markup, escaped);
}

/**
 * attest_markdown_block_dup_markup:
 * @block: a block from attest_markdown_parse()
 *
 * Returns: (transfer full): the block's text as Pango markup: escaped, its
 *   spans in `<b>` and `<i>`
 */
char *
attest_markdown_block_dup_markup (const AttestMarkdownBlock *block)
{
  g_autoptr(GString) markup = NULL;
  const char *text;
  gsize length, at = 0;

  g_return_val_if_fail (block != NULL, NULL);

  text = block->text != NULL ? block->text : "";
  length = strlen (text);
  markup = g_string_sized_new (length + 16);
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const AttestMarkdownSpan *span = &g_array_index (block->spans, AttestMarkdownSpan, i);
      gboolean bold = (span->emphasis & ATTEST_MARKDOWN_BOLD) != 0;
      gboolean italic = (span->emphasis & ATTEST_MARKDOWN_ITALIC) != 0;
      /* Spans of the parser are in order and inside the text; others are
       * cut to be. */
      gsize start = CLAMP ((gsize) span->start, at, length);
      gsize end = CLAMP ((gsize) span->end, start, length);

      append_escaped (markup, text + at, start - at);
      if (end > start)
        {
          g_string_append (markup, bold ? (italic ? "<b><i>" : "<b>") : italic ? "<i>" : "");
          append_escaped (markup, text + start, end - start);
          g_string_append (markup, bold ? (italic ? "</i></b>" : "</b>") : italic ? "</i>" : "");
        }
      at = end;
    }
  append_escaped (markup, text + at, length - at);
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/**
 * attest_markdown_to_plain:
 * @source: (nullable): a text in the subset, as for attest_markdown_parse()
 *
 * The text as a reader sees it, for searching and for comparing versions:
 * the markers out, blocks apart by a blank line, the items of a list each
 * on a line of its own after "• " or its number and a dot.
 *
 * Returns: (transfer full): the text, without its markers
 */
char *
attest_markdown_to_plain (const char *source)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse (source);
  g_autoptr(GString) plain = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const AttestMarkdownBlock *block = g_ptr_array_index (blocks, i);
      const AttestMarkdownBlock *previous = i > 0 ? g_ptr_array_index (blocks, i - 1) : NULL;

      /* The items of a list on lines of their own, a blank line between blocks. */
      if (previous != NULL)
        g_string_append (plain, is_item (block->kind) && block->kind == previous->kind
                                ? "\n" : "\n\n");
      if (block->kind == ATTEST_MARKDOWN_BULLET)
        g_string_append (plain, "• ");
      else if (block->kind == ATTEST_MARKDOWN_NUMBERED)
        g_string_append_printf (plain, "%u. ", block->level);
      g_string_append (plain, block->text);
    }
  return g_string_free (g_steal_pointer (&plain), FALSE);
}
