/* test-markdown.c: the Markdown subset the information security policy is
 * written in, rule by rule as doc/policy-markdown.md states them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "attest-markdown.h"

/* A block's text with its spans as <b>, <i> and <bi> tags, after checking
 * what every span promises: in order, not empty, not overlapping, not
 * touching one of the same emphasis, inside the text and on character
 * boundaries. */
static void
append_block (GString                   *out,
              const AttestMarkdownBlock *block)
{
  static const char *tags[] = { NULL, "b", "i", "bi" };
  gsize length = strlen (block->text);
  guint at = 0;

  g_assert_true (g_utf8_validate (block->text, -1, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_nonnull (block->spans);
  for (guint i = 0; i < block->spans->len; i++)
    {
      const AttestMarkdownSpan *span = &g_array_index (block->spans, AttestMarkdownSpan, i);

      g_assert_cmpuint (span->emphasis, >=, 1);
      g_assert_cmpuint (span->emphasis, <=, 3);
      g_assert_cmpuint (span->start, >=, at);
      g_assert_cmpuint (span->start, <, span->end);
      g_assert_cmpuint (span->end, <=, length);
      g_assert_cmpint ((block->text[span->start] & 0xc0), !=, 0x80);
      g_assert_cmpint ((block->text[span->end] & 0xc0), !=, 0x80);
      if (i > 0)
        {
          const AttestMarkdownSpan *before = span - 1;

          g_assert_false (before->end == span->start && before->emphasis == span->emphasis);
        }
      g_string_append_len (out, block->text + at, span->start - at);
      g_string_append_printf (out, "<%s>", tags[span->emphasis]);
      g_string_append_len (out, block->text + span->start, span->end - span->start);
      g_string_append_printf (out, "</%s>", tags[span->emphasis]);
      at = span->end;
    }
  g_string_append (out, block->text + at);
}

/* @source's blocks, "|" between them, each as its kind ("H" and the
 * level, "P", "B", "N" and the number), a colon and its text with tags. */
static char *
describe (const char *source)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse (source);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const AttestMarkdownBlock *block = g_ptr_array_index (blocks, i);

      if (i > 0)
        g_string_append_c (out, '|');
      switch (block->kind)
        {
        case ATTEST_MARKDOWN_HEADING:
          g_assert_cmpuint (block->level, >=, 1);
          g_assert_cmpuint (block->level, <=, 3);
          g_string_append_printf (out, "H%u:", block->level);
          break;
        case ATTEST_MARKDOWN_PARAGRAPH:
          g_assert_cmpuint (block->level, ==, 0);
          g_string_append (out, "P:");
          break;
        case ATTEST_MARKDOWN_BULLET:
          g_assert_cmpuint (block->level, ==, 0);
          g_string_append (out, "B:");
          break;
        case ATTEST_MARKDOWN_NUMBERED:
          g_string_append_printf (out, "N%u:", block->level);
          break;
        default:
          g_assert_not_reached ();
        }
      append_block (out, block);
    }
  return g_string_free (out, FALSE);
}

#define assert_parses(source, expected) \
  G_STMT_START { \
    g_autofree char *described_ = describe (source); \
    g_assert_cmpstr (described_, ==, expected); \
  } G_STMT_END

static void
test_heading (void)
{
  assert_parses ("# One\n## Two\n### Three", "H1:One|H2:Two|H3:Three");
  /* Four hashes, or one with no space after it, are text. */
  assert_parses ("#### Four\n#No space", "P:#### Four #No space");
  /* Up to three spaces before; with four the line is text. */
  assert_parses ("   #  Indented  \n    # Four spaces", "H1:Indented|P:# Four spaces");
  /* One line long; it ends the paragraph before it. */
  assert_parses ("Text\n## Head\nmore", "P:Text|H2:Head|P:more");
  /* Closing hashes are text; a heading with no text is left out. */
  assert_parses ("# Title #\n# \nnext", "H1:Title #|P:next");
  assert_parses ("# *Scope* of **it**", "H1:<i>Scope</i> of <b>it</b>");
}

static void
test_paragraph_join (void)
{
  assert_parses ("  First line  \nsecond\tline\t\n\n\n  Next  one.\n",
                 "P:First line second\tline|P:Next  one.");
  assert_parses ("a\n \t \nb", "P:a|P:b");
  assert_parses ("        deeply\n  indented", "P:deeply indented");
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = attest_markdown_parse (NULL);

  g_assert_cmpuint (none->len, ==, 0);
  assert_parses ("", "");
  assert_parses ("\n\n \t\n\r\n", "");
  assert_parses ("- \n1.  \n#  ", "");
}

static void
test_bullets (void)
{
  assert_parses ("- one\n* two\n   - three", "B:one|B:two|B:three");
  /* Straight after a paragraph line, and a line that is no item after one. */
  assert_parses ("Intro\n- a\n- b\nOutro\ngoes on", "P:Intro|B:a|B:b|P:Outro goes on");
  /* A marker needs the space after it, and at most three before it. */
  assert_parses ("- a\n-b\n*c*\n", "B:a|P:-b <i>c</i>");
  assert_parses ("Text\n    - four spaces", "P:Text - four spaces");
  /* A blank line ends a list; what is indented after it is a paragraph. */
  assert_parses ("- a\n\n  b\n\n- c", "B:a|P:b|B:c");
  assert_parses ("- **Owner:** the *CISO*", "B:<b>Owner:</b> the <i>CISO</i>");
}

static void
test_numbered (void)
{
  assert_parses ("1. one\n2. two\n12. twelve\n007. bond", "N1:one|N2:two|N12:twelve|N7:bond");
  /* Numbers are kept as written, not counted. */
  assert_parses ("3. c\n1. a", "N3:c|N1:a");
  assert_parses ("999999999. nine digits\n1234567890. ten\n3.no space\n4)",
                 "N999999999:nine digits|P:1234567890. ten 3.no space 4)");
  assert_parses ("See:\n1. a\n- b", "P:See:|N1:a|B:b");
}

static void
test_continuation (void)
{
  assert_parses ("- first\n  goes on\n      and on\nnot indented\n one space\n2. n\n\tmore",
                 "B:first goes on and on|P:not indented one space|N2:n more");
  /* Two or three spaces and a marker: an item of its own. */
  assert_parses ("- a\n  - b\n   1. c\n    - d", "B:a|B:b|N1:c - d");
  /* Emphasis may run over the lines of an item. */
  assert_parses ("- *all\n  staff*", "B:<i>all staff</i>");
  /* One space is not indented. */
  assert_parses ("- a\n b", "B:a|P:b");
}

static void
test_emphasis (void)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse ("We *always* lock, **never** share, "
                                                       "_ever_.");
  const AttestMarkdownBlock *block = g_ptr_array_index (blocks, 0);
  const AttestMarkdownSpan expected[] = {
    { 3, 9, ATTEST_MARKDOWN_ITALIC },
    { 16, 21, ATTEST_MARKDOWN_BOLD },
    { 29, 33, ATTEST_MARKDOWN_ITALIC },
  };

  g_assert_cmpuint (blocks->len, ==, 1);
  g_assert_cmpstr (block->text, ==, "We always lock, never share, ever.");
  g_assert_cmpuint (block->spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const AttestMarkdownSpan *span = &g_array_index (block->spans, AttestMarkdownSpan, i);

      g_assert_cmpuint (span->start, ==, expected[i].start);
      g_assert_cmpuint (span->end, ==, expected[i].end);
      g_assert_cmpint (span->emphasis, ==, expected[i].emphasis);
    }

  /* Byte offsets, on character boundaries. */
  g_clear_pointer (&blocks, g_ptr_array_unref);
  blocks = attest_markdown_parse ("Größe *überall* ✓");
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpstr (block->text, ==, "Größe überall ✓");
  g_assert_cmpuint (block->spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (block->spans, AttestMarkdownSpan, 0).start, ==, 8);
  g_assert_cmpuint (g_array_index (block->spans, AttestMarkdownSpan, 0).end, ==, 16);

  assert_parses ("(*a*), _b_. 2*3*4 **c**!", "P:(<i>a</i>), <i>b</i>. 2<i>3</i>4 <b>c</b>!");
  /* Next to each other, one span. */
  assert_parses ("*a*_b_", "P:<i>ab</i>");
}

static void
test_strong_in_emphasis (void)
{
  assert_parses ("*a **b** c* and **x *y* z** and _p **q** r_",
                 "P:<i>a </i><bi>b</bi><i> c</i> and <b>x </b><bi>y</bi><b> z</b> and "
                 "<i>p </i><bi>q</bi><i> r</i>");
  /* Written together. */
  assert_parses ("***both*** and ***s** i* and ***i* s**",
                 "P:<bi>both</bi> and <bi>s</bi><i> i</i> and <bi>i</bi><b> s</b>");
  assert_parses ("**_x_**", "P:<bi>x</bi>");
}

static void
test_unclosed_is_literal (void)
{
  assert_parses ("an *unclosed one\n\n**bold never closed\n\n2 * 3 = 6, a * b *\n\nx _y",
                 "P:an *unclosed one|P:**bold never closed|P:2 * 3 = 6, a * b *|P:x _y");
  /* No opening before a space, no closing after one. */
  assert_parses ("a * b* c *d", "P:a * b* c *d");
  /* Not across blocks. */
  assert_parses ("*a\n\nb*", "P:*a|P:b*");
  /* One too many, one too few. */
  assert_parses ("**a*", "P:*<i>a</i>");
  assert_parses ("*a**", "P:<i>a</i>*");
  /* Crossing: the opener passed over is text, so spans nest. */
  assert_parses ("*a _b* c_", "P:<i>a _b</i> c_");
  /* Four or more, and two underscores, are text. */
  assert_parses ("****four**** __two__", "P:****four**** __two__");
  /* No links, code, HTML, images or quotes. */
  assert_parses ("[a](http://x) `c` <b>h</b> ![i](p.png)\n> q",
                 "P:[a](http://x) `c` <b>h</b> ![i](p.png) > q");
}

static void
test_escape (void)
{
  assert_parses ("\\*not\\* \\_em\\_ a\\\\b \\# \\- \\x \\5 \\",
                 "P:*not* _em_ a\\b # - \\x \\5 \\");
  assert_parses ("\\# not a heading\n\n\\- nor an item\n\n\\* nor this\n\n\\1. nor this",
                 "P:# not a heading|P:- nor an item|P:* nor this|P:1. nor this");
  /* On any line of a paragraph or an item; a digit only at a line's start. */
  assert_parses ("Text\n\\2. two\n- a\n  \\3. three, not \\4",
                 "P:Text 2. two|B:a 3. three, not \\4");
  assert_parses ("\\\\*em*", "P:\\<i>em</i>");
  assert_parses ("**\\*\\***", "P:<b>**</b>");
}

static void
test_snake_case (void)
{
  assert_parses ("snake_case_name, file_name.txt, größe_über, _this_, a_b_ and _x_y_",
                 "P:snake_case_name, file_name.txt, größe_über, <i>this</i>, a_b_ and <i>x_y</i>");
  /* The asterisk works inside a word. */
  assert_parses ("un*frigging*believable", "P:un<i>frigging</i>believable");
}

static void
test_crlf (void)
{
  assert_parses ("# A\r\n\r\nb\rc\r\n- d\r  e\r\n", "H1:A|P:b c|B:d e");
  assert_parses ("x\r\ry\n\nz\r\n\r", "P:x|P:y|P:z");
}

static void
test_invalid_utf8 (void)
{
  assert_parses ("b \xff *d*\xc3", "P:b \xef\xbf\xbd <i>d</i>\xef\xbf\xbd");
  assert_parses ("# \xc0\xaf *\xe2\x82*",
                 "H1:\xef\xbf\xbd\xef\xbf\xbd <i>\xef\xbf\xbd\xef\xbf\xbd</i>");
  assert_parses ("-\xa0 x", "P:-\xef\xbf\xbd x");
}

static void
check_markup (const char *markup)
{
  static const GMarkupParser parser = { NULL };
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, document, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static void
test_markup_escapes (void)
{
  g_autoptr(GPtrArray) blocks = attest_markdown_parse ("Fish & <chips> **bold \"q\" 'a'** "
                                                       "*<i>*\x01 ***both*** end");
  g_autofree char *markup = attest_markdown_block_dup_markup (g_ptr_array_index (blocks, 0));
  AttestMarkdownBlock made = { ATTEST_MARKDOWN_PARAGRAPH, 0, (char *) "a<b", NULL };
  g_autofree char *unspanned = attest_markdown_block_dup_markup (&made);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (AttestMarkdownSpan));
  AttestMarkdownSpan outside = { 1, 99, ATTEST_MARKDOWN_BOLD };
  g_autofree char *clamped = NULL;

  g_assert_cmpstr (markup, ==,
                   "Fish &amp; &lt;chips&gt; <b>bold &quot;q&quot; &apos;a&apos;</b> "
                   "<i>&lt;i&gt;</i>&#x1; <b><i>both</i></b> end");
  check_markup (markup);
  g_assert_cmpstr (unspanned, ==, "a&lt;b");

  /* A block not from the parser: spans cut to its text. */
  g_array_append_val (spans, outside);
  made.spans = spans;
  clamped = attest_markdown_block_dup_markup (&made);
  g_assert_cmpstr (clamped, ==, "a<b>&lt;b</b>");
}

static void
test_plain (void)
{
  g_autofree char *plain = attest_markdown_to_plain ("# Title\n\n- a\n- *b*\n\n1. c\n2. d\n"
                                                     "End **now** \\*\n- e");
  g_autofree char *none = attest_markdown_to_plain (NULL);

  g_assert_cmpstr (plain, ==, "Title\n\n• a\n• b\n\n1. c\n2. d\n\nEnd now *\n\n• e");
  g_assert_cmpstr (none, ==, "");
}

/* Input built to make a parser backtrack or recurse: it parses, and the
 * results say what the input is. (Nothing here measures time.) */
static void
test_hostile_linear (void)
{
  const guint n = 100000;
  g_autoptr(GString) source = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GPtrArray) blocks = NULL;
  const AttestMarkdownBlock *block;

  /* One run of asterisks: text. */
  for (guint i = 0; i < n; i++)
    g_string_append_c (source, '*');
  blocks = attest_markdown_parse (source->str);
  g_assert_cmpuint (blocks->len, ==, 1);
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpstr (block->text, ==, source->str);
  g_assert_cmpuint (block->spans->len, ==, 0);
  g_clear_pointer (&blocks, g_ptr_array_unref);

  /* Asterisks between spaces: text. */
  g_string_truncate (source, 0);
  for (guint i = 0; i < n; i++)
    g_string_append (source, "x * ");
  blocks = attest_markdown_parse (source->str);
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpuint (strlen (block->text), ==, source->len - 1);
  g_assert_cmpuint (block->spans->len, ==, 0);
  g_clear_pointer (&blocks, g_ptr_array_unref);

  /* As many openers, then as many closers: all nested, one span. */
  g_string_truncate (source, 0);
  g_string_truncate (expected, 0);
  for (guint i = 0; i < n; i++)
    g_string_append (source, "*a "), g_string_append (expected, "a ");
  for (guint i = 0; i < n; i++)
    g_string_append (source, "b* "), g_string_append (expected, "b ");
  g_string_truncate (expected, expected->len - 1);
  blocks = attest_markdown_parse (source->str);
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpstr (block->text, ==, expected->str);
  g_assert_cmpuint (block->spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (block->spans, AttestMarkdownSpan, 0).start, ==, 0);
  g_assert_cmpuint (g_array_index (block->spans, AttestMarkdownSpan, 0).end, ==, expected->len);
  g_clear_pointer (&blocks, g_ptr_array_unref);

  /* Openers that never close, each closer passing over one of the other
   * character; and underscores that never close. */
  g_string_truncate (source, 0);
  for (guint i = 0; i < n; i++)
    g_string_append (source, "*a _b ");
  for (guint i = 0; i < n; i++)
    g_string_append (source, "c* ");
  for (guint i = 0; i < n; i++)
    g_string_append (source, "_d ");
  blocks = attest_markdown_parse (source->str);
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpuint (block->spans->len, ==, 1);
  g_assert_cmpint (g_array_index (block->spans, AttestMarkdownSpan, 0).emphasis, ==,
                   ATTEST_MARKDOWN_ITALIC);
  {
    guint stars = 0, underscores = 0;

    for (const char *p = block->text; *p != '\0'; p++)
      stars += *p == '*', underscores += *p == '_';
    g_assert_cmpuint (stars, ==, 0);
    g_assert_cmpuint (underscores, ==, 2 * n);
  }
  g_clear_pointer (&blocks, g_ptr_array_unref);

  /* 200,000 items; then one item of 200,000 lines. */
  g_string_truncate (source, 0);
  for (guint i = 0; i < 2 * n; i++)
    g_string_append (source, "- x\n");
  blocks = attest_markdown_parse (source->str);
  g_assert_cmpuint (blocks->len, ==, 2 * n);
  for (guint i = 0; i < blocks->len; i++)
    {
      block = g_ptr_array_index (blocks, i);
      g_assert_cmpint (block->kind, ==, ATTEST_MARKDOWN_BULLET);
      g_assert_cmpstr (block->text, ==, "x");
    }
  g_clear_pointer (&blocks, g_ptr_array_unref);

  g_string_assign (source, "- x");
  for (guint i = 1; i < 2 * n; i++)
    g_string_append (source, "\n  x");
  blocks = attest_markdown_parse (source->str);
  g_assert_cmpuint (blocks->len, ==, 1);
  block = g_ptr_array_index (blocks, 0);
  g_assert_cmpint (block->kind, ==, ATTEST_MARKDOWN_BULLET);
  g_assert_cmpuint (strlen (block->text), ==, 2 * 2 * n - 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/markdown/heading", test_heading);
  g_test_add_func ("/markdown/paragraph-join", test_paragraph_join);
  g_test_add_func ("/markdown/empty", test_empty);
  g_test_add_func ("/markdown/bullets", test_bullets);
  g_test_add_func ("/markdown/numbered", test_numbered);
  g_test_add_func ("/markdown/continuation", test_continuation);
  g_test_add_func ("/markdown/emphasis", test_emphasis);
  g_test_add_func ("/markdown/strong-in-emphasis", test_strong_in_emphasis);
  g_test_add_func ("/markdown/unclosed-is-literal", test_unclosed_is_literal);
  g_test_add_func ("/markdown/escape", test_escape);
  g_test_add_func ("/markdown/snake-case", test_snake_case);
  g_test_add_func ("/markdown/crlf", test_crlf);
  g_test_add_func ("/markdown/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/markdown/markup-escapes", test_markup_escapes);
  g_test_add_func ("/markdown/plain", test_plain);
  g_test_add_func ("/markdown/hostile-linear", test_hostile_linear);
  return g_test_run ();
}
