/* test-document.c: rich text and lists of the layout engine, read back
 * from the PDF with poppler: emphasis in the fonts it is drawn in, labels
 * before their items, long paragraphs across pages, hostile spans.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "attest-document.h"
#include "attest-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define MARGIN        54.0
#define BULLET_INDENT 14.0

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
write_pdf (AttestDocument *doc,
           const char     *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, path, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* qpdf finds nothing wrong with the file, its structure tree included. */
static void
assert_qpdf_clean (const char *path)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { qpdf, "--check", path, NULL };
  int status;

  g_assert_nonnull (qpdf);   /* tools/install-deps.sh installs it */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) || strstr (out, "WARNING") || strstr (err, "WARNING")
      || strstr (out, "damaged") || strstr (err, "damaged"))
    g_error ("qpdf --check %s:\n%s%s", path, out, err);
  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
}

/* Text with every run of white space made one space: where a line wraps
 * is the layout's business, not the test's. */
static char *
collapse (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\r\f", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len ? " " : "", words[i]);
  return g_string_free (joined, FALSE);
}

static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree char *collapsed = collapse (text);

  return g_strconcat (collapsed, " ", NULL);
}

static char *
all_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *page = page_text (doc, i);

      g_string_append (text, page);
    }
  return g_string_free (text, FALSE);
}

/* Each of @words, in this order, in @text. */
static void
assert_in_order (const char         *text,
                 const char * const *words)
{
  const char *at = text;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *found = strstr (at, words[i]);

      if (found == NULL)
        g_error ("“%s” is not in the text after “%.60s”", words[i], at);
      at = found + strlen (words[i]);
    }
}

/* A page as poppler reads it: its text, a box for each character of the
 * text, and the fonts the characters are drawn in. */
typedef struct
{
  PopplerPage      *page;
  char             *text;
  PopplerRectangle *rects;
  guint             n_rects;
  GList            *attributes;   /* PopplerTextAttributes */
} PageRead;

static void
page_read (PopplerDocument *doc,
           int              index,
           PageRead        *read)
{
  read->page = poppler_document_get_page (doc, index);
  read->text = poppler_page_get_text (read->page);
  g_assert_true (poppler_page_get_text_layout (read->page, &read->rects, &read->n_rects));
  read->attributes = poppler_page_get_text_attributes (read->page);
  g_assert_cmpuint (read->n_rects, ==, g_utf8_strlen (read->text, -1));
}

static void
page_read_clear (PageRead *read)
{
  poppler_page_free_text_attributes (read->attributes);
  g_free (read->rects);
  g_free (read->text);
  g_object_unref (read->page);
}

/* The character offset in the page's text of its @nth (from 0)
 * occurrence of @needle; -1 when there is none. */
static glong
find_char (PageRead   *read,
           const char *needle,
           guint       nth)
{
  const char *at = strstr (read->text, needle);

  for (guint i = 0; at != NULL && i < nth; i++)
    at = strstr (at + 1, needle);
  return at != NULL ? g_utf8_pointer_to_offset (read->text, at) : -1;
}

/* The font the character at @index is drawn in. */
static const char *
font_at (PageRead *read,
         glong     index)
{
  for (GList *l = read->attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *attrs = l->data;

      if (index >= attrs->start_index && index <= attrs->end_index)
        return attrs->font_name;
    }
  return NULL;
}

static gboolean
is_bold (const char *font)
{
  return font != NULL && strstr (font, "Bold") != NULL;
}

static gboolean
is_italic (const char *font)
{
  return font != NULL && (strstr (font, "Oblique") != NULL || strstr (font, "Italic") != NULL);
}

/* Every character of the @nth @needle on the page is drawn bold when
 * @bold, in italic when @italic, and not otherwise. */
static void
assert_emphasis (PageRead   *read,
                 const char *needle,
                 guint       nth,
                 gboolean    bold,
                 gboolean    italic)
{
  glong start = find_char (read, needle, nth);
  glong length = g_utf8_strlen (needle, -1);

  if (start < 0)
    g_error ("“%s” (%u) is not on the page:\n%s", needle, nth, read->text);
  for (glong i = start; i < start + length; i++)
    {
      const char *font = font_at (read, i);

      if (g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (read->text, i))))
        continue;
      if (font == NULL || is_bold (font) != bold || is_italic (font) != italic)
        g_error ("Character %ld of “%s” is drawn in %s, not %s%s%s", i - start, needle, font ? font : "no font",
                 bold ? "bold" : "", bold && italic ? " " : "", italic ? "italic" : !bold ? "a plain font" : "");
    }
}

/* The text of every element of @kind in the structure tree, in order,
 * collapsed; labels and bodies of list items get their own lists. */
static void
collect (PopplerStructureElementIter *iter,
         PopplerStructureElementKind  kind,
         GPtrArray                   *texts)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);

      if (poppler_structure_element_get_kind (element) == kind)
        {
          g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);

          g_ptr_array_add (texts, text != NULL ? collapse (text) : g_strdup (""));
        }
      if (child != NULL)
        collect (child, kind, texts);
      g_clear_pointer (&child, poppler_structure_element_iter_free);
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static GPtrArray *
structure_texts (PopplerDocument             *doc,
                 PopplerStructureElementKind  kind)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  PopplerStructureElementIter *iter = poppler_structure_element_iter_new (doc);

  g_assert_nonnull (iter);
  collect (iter, kind, texts);
  poppler_structure_element_iter_free (iter);
  return texts;
}

/* Every list item of the structure tree has a label and a body, and
 * nothing else: L > LI > (Lbl, LBody). */
static void
assert_list_items_well_formed (PopplerStructureElementIter *iter,
                               guint                       *n_items)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);
      PopplerStructureElementKind kind = poppler_structure_element_get_kind (element);

      if (kind == POPPLER_STRUCTURE_ELEMENT_LIST_ITEM)
        {
          guint n_labels = 0, n_bodies = 0, n_others = 0;

          g_assert_nonnull (child);
          do
            {
              PopplerStructureElement *part = poppler_structure_element_iter_get_element (child);

              switch (poppler_structure_element_get_kind (part))
                {
                case POPPLER_STRUCTURE_ELEMENT_LIST_LABEL: n_labels++; break;
                case POPPLER_STRUCTURE_ELEMENT_LIST_BODY: n_bodies++; break;
                default: n_others++; break;
                }
              g_object_unref (part);
            }
          while (poppler_structure_element_iter_next (child));
          g_assert_cmpuint (n_labels, ==, 1);
          g_assert_cmpuint (n_bodies, ==, 1);
          g_assert_cmpuint (n_others, ==, 0);
          (*n_items)++;
        }
      else if (kind == POPPLER_STRUCTURE_ELEMENT_LIST_LABEL || kind == POPPLER_STRUCTURE_ELEMENT_LIST_BODY)
        g_error ("A list's label or body outside a list item");
      else if (child != NULL)
        assert_list_items_well_formed (child, n_items);
      g_clear_pointer (&child, poppler_structure_element_iter_free);
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

/* The span of @word in @text, for a test's spans. */
static AttestTextSpan
span_of (const char     *text,
         const char     *word,
         AttestEmphasis  emphasis)
{
  const char *at = strstr (text, word);

  g_assert_nonnull (at);
  return (AttestTextSpan) { at - text, at - text + strlen (word), emphasis };
}

#define RICH "Plainalpha Strongalpha Strongbeta Plainbeta Slantalpha Slantbeta Plaingamma " \
             "Bothalpha Bothbeta Plaindelta Splitword Plainepsilon."
#define N_NUMBERED 12

/* A rich paragraph prints its bold, italic and bold italic words in
 * those faces and the rest in the plain one; a numbered list prints each
 * label before its item, in a list structure, the text far enough in
 * for "12."; a bulleted list prints where it always did. */
static void
test_rich_text_and_list (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "rich.pdf");
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(PopplerDocument) reader = NULL;
  g_autofree char *text = NULL;
  AttestTextSpan spans[] = {
    span_of (RICH, "Strongalpha Strongbeta", ATTEST_EMPHASIS_BOLD),
    span_of (RICH, "Slantalpha Slantbeta", ATTEST_EMPHASIS_ITALIC),
    span_of (RICH, "Bothalpha Bothbeta", ATTEST_EMPHASIS_BOLD | ATTEST_EMPHASIS_ITALIC),
    span_of (RICH, "Split", ATTEST_EMPHASIS_BOLD),
  };
  const AttestTextSpan bold = { 0, strlen ("Samewords"), ATTEST_EMPHASIS_BOLD };
  const AttestTextSpan italic = { 0, strlen ("Samewords"), ATTEST_EMPHASIS_ITALIC };
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  const AttestTextSpan *item_spans[N_NUMBERED] = { NULL };
  guint n_item_spans[N_NUMBERED] = { 0 };
  AttestTextSpan strong_item, slant_item;
  PageRead read;

  attest_document_set_info (doc, "Rich Ltd", "Policy", "Public", "1", "14 Nov 2023");
  attest_document_add_heading (doc, 1, NULL, "Information security policy", NULL);
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, RICH, spans, G_N_ELEMENTS (spans));
  /* The same short text plain, bold, italic and plain again: layouts are
   * shared between flows, never between different emphasis. */
  attest_document_add_text (doc, ATTEST_TEXT_BODY, "Samewords again");
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, "Samewords again", &bold, 1);
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, "Samewords again", &italic, 1);
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, "Samewords again", NULL, 0);

  for (guint i = 0; i < N_NUMBERED; i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("%u.", i + 1));
      if (i == 1)
        g_ptr_array_add (items, g_strdup ("Itemword02 has Boldlistword in it"));
      else if (i == 2)
        g_ptr_array_add (items, g_strdup ("Itemword03 has Slantlistword in it"));
      else if (i == 10)
        /* Long enough to wrap: its lines go on at the item's indent. */
        g_ptr_array_add (items, g_strdup ("Itemword11 goes on and on, as a policy's obligations do, about "
                                          "who does what and when, until it wraps onto a second line and "
                                          "then a third line of the same item: it names the owner, the "
                                          "deadline, the evidence kept and the review that checks it, "
                                          "Wrapword at the end."));
      else
        g_ptr_array_add (items, g_strdup_printf ("Itemword%02u", i + 1));
    }
  strong_item = span_of (g_ptr_array_index (items, 1), "Boldlistword", ATTEST_EMPHASIS_BOLD);
  slant_item = span_of (g_ptr_array_index (items, 2), "Slantlistword", ATTEST_EMPHASIS_ITALIC);
  item_spans[1] = &strong_item;
  n_item_spans[1] = 1;
  item_spans[2] = &slant_item;
  n_item_spans[2] = 1;
  attest_document_add_list (doc, N_NUMBERED, (const char * const *) labels->pdata,
                            (const char * const *) items->pdata, item_spans, n_item_spans);
  attest_document_add_bullets (doc, (const char * const[]) { "Bulletone", "Bullettwo", NULL });
  write_pdf (doc, pdf);
  assert_qpdf_clean (pdf);

  reader = open_pdf (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (reader), ==, 1);

  /* The text reads back whole and in order, each label before its item. */
  text = all_text (reader);
  assert_in_order (text, (const char * const[]) {
    RICH, "Samewords again", "Samewords again", "Samewords again", "Samewords again",
    "1. Itemword01", "2. Itemword02 has Boldlistword in it", "3. Itemword03 has Slantlistword in it",
    "4. Itemword04", "5. Itemword05", "6. Itemword06", "7. Itemword07", "8. Itemword08", "9. Itemword09",
    "10. Itemword10", "11. Itemword11 goes on", "Wrapword at the end.", "12. Itemword12",
    "• Bulletone", "• Bullettwo", NULL });

  page_read (reader, 0, &read);

  /* Each word in the face of its span, exactly. */
  assert_emphasis (&read, "Plainalpha", 0, FALSE, FALSE);
  assert_emphasis (&read, "Strongalpha", 0, TRUE, FALSE);
  assert_emphasis (&read, "Strongbeta", 0, TRUE, FALSE);
  assert_emphasis (&read, "Plainbeta", 0, FALSE, FALSE);
  assert_emphasis (&read, "Slantalpha", 0, FALSE, TRUE);
  assert_emphasis (&read, "Slantbeta", 0, FALSE, TRUE);
  assert_emphasis (&read, "Plaingamma", 0, FALSE, FALSE);
  assert_emphasis (&read, "Bothalpha", 0, TRUE, TRUE);
  assert_emphasis (&read, "Bothbeta", 0, TRUE, TRUE);
  assert_emphasis (&read, "Plaindelta", 0, FALSE, FALSE);
  /* A span ends where it says, inside a word too. */
  {
    glong split = find_char (&read, "Splitword", 0);

    g_assert_cmpint (split, >=, 0);
    g_assert_true (is_bold (font_at (&read, split)));
    g_assert_true (is_bold (font_at (&read, split + 4)));
    g_assert_false (is_bold (font_at (&read, split + 5)));
    g_assert_false (is_bold (font_at (&read, split + 8)));
  }
  assert_emphasis (&read, "Plainepsilon", 0, FALSE, FALSE);
  assert_emphasis (&read, "Samewords", 0, FALSE, FALSE);
  assert_emphasis (&read, "Samewords", 1, TRUE, FALSE);
  assert_emphasis (&read, "Samewords", 2, FALSE, TRUE);
  assert_emphasis (&read, "Samewords", 3, FALSE, FALSE);
  assert_emphasis (&read, "Boldlistword", 0, TRUE, FALSE);
  assert_emphasis (&read, "Slantlistword", 0, FALSE, TRUE);
  assert_emphasis (&read, "Itemword02 has", 0, FALSE, FALSE);
  assert_emphasis (&read, "Itemword03 has", 0, FALSE, FALSE);
  assert_emphasis (&read, "12.", 0, FALSE, FALSE);

  /* Every item's text starts at one indent, right of its label with a
   * gap; the labels end together, "9." under "10."; the wrapped lines of
   * an item start at its indent, not under its label. */
  {
    double indent = -1, label_end = -1;

    for (guint i = 0; i < N_NUMBERED; i++)
      {
        g_autofree char *label = g_strdup_printf ("%u. Itemword%02u", i + 1, i + 1);
        g_autofree char *word = g_strdup_printf ("Itemword%02u", i + 1);
        glong at = find_char (&read, label, 0);
        glong item = find_char (&read, word, 0);
        PopplerRectangle *dot, *first;

        if (at < 0)
          g_error ("“%s” is not on the page:\n%s", label, read.text);
        dot = &read.rects[item - 2];   /* the label's dot, before a space */
        first = &read.rects[item];
        g_assert_cmpint (g_utf8_get_char (g_utf8_offset_to_pointer (read.text, item - 2)), ==, '.');
        g_assert_cmpfloat (dot->x2 + 3.0, <, first->x1);
        g_assert_cmpfloat (dot->x1, >=, MARGIN + 1.0);
        if (indent < 0)
          {
            indent = first->x1;
            label_end = dot->x2;
          }
        g_assert_cmpfloat_with_epsilon (first->x1, indent, 0.01);
        g_assert_cmpfloat_with_epsilon (dot->x2, label_end, 0.05);
      }
    /* Wider than a bullet's indent: room for "12.". */
    g_assert_cmpfloat (indent, >, MARGIN + BULLET_INDENT + 2);
    {
      glong at = find_char (&read, "Itemword11", 0), end = find_char (&read, "12. Itemword12", 0);
      const char *c = g_utf8_offset_to_pointer (read.text, at);
      guint wrapped = 0;

      g_assert_cmpint (at, <, end);
      for (glong i = at; i < end; i++, c = g_utf8_next_char (c))
        if (*c == '\n' && i + 1 < end)
          {
            g_assert_cmpfloat_with_epsilon (read.rects[i + 1].x1, indent, 0.01);
            wrapped++;
          }
      g_assert_cmpuint (wrapped, >=, 2);
    }

    /* A bulleted list prints as it did: its bullet at two points, its
     * text at BULLET_INDENT, whatever the numbered list before it. */
    {
      glong bullet = find_char (&read, "•", 0);
      glong item = find_char (&read, "Bulletone", 0);

      g_assert_cmpint (bullet, >=, 0);
      g_assert_cmpfloat_with_epsilon (read.rects[bullet].x1, MARGIN + 2, 0.01);
      g_assert_cmpfloat_with_epsilon (read.rects[item].x1, MARGIN + BULLET_INDENT, 0.01);
      /* On the line of its item. */
      g_assert_cmpfloat_with_epsilon (read.rects[bullet].y2, read.rects[item].y2, 0.5);
    }
  }
  page_read_clear (&read);

  /* The structure: a list of items, each a label and a body, the labels'
   * text the labels, the bodies' the items'. */
  {
    g_autoptr(GPtrArray) lists = structure_texts (reader, POPPLER_STRUCTURE_ELEMENT_LIST);
    g_autoptr(GPtrArray) label_texts = structure_texts (reader, POPPLER_STRUCTURE_ELEMENT_LIST_LABEL);
    g_autoptr(GPtrArray) bodies = structure_texts (reader, POPPLER_STRUCTURE_ELEMENT_LIST_BODY);
    g_autoptr(GPtrArray) paragraphs = structure_texts (reader, POPPLER_STRUCTURE_ELEMENT_PARAGRAPH);
    PopplerStructureElementIter *iter = poppler_structure_element_iter_new (reader);
    guint n_items = 0;

    g_assert_cmpuint (lists->len, ==, 2);
    g_assert_cmpuint (label_texts->len, ==, N_NUMBERED + 2);
    g_assert_cmpuint (bodies->len, ==, N_NUMBERED + 2);
    for (guint i = 0; i < N_NUMBERED; i++)
      {
        g_autofree char *label = g_strdup_printf ("%u.", i + 1);
        g_autofree char *word = g_strdup_printf ("Itemword%02u", i + 1);

        g_assert_cmpstr (g_ptr_array_index (label_texts, i), ==, label);
        g_assert_true (g_str_has_prefix (g_ptr_array_index (bodies, i), word));
      }
    /* poppler-glib 22.12 reads a structure element's UTF-8 text as
     * PDFDocEncoding, which makes "•" "â•¢": the bullet is in it either way. */
    g_assert_nonnull (strstr (g_ptr_array_index (label_texts, N_NUMBERED), "•"));
    g_assert_nonnull (strstr (g_ptr_array_index (label_texts, N_NUMBERED + 1), "•"));
    g_assert_cmpstr (g_ptr_array_index (bodies, N_NUMBERED), ==, "Bulletone");
    g_assert_cmpstr (g_ptr_array_index (bodies, N_NUMBERED + 1), ==, "Bullettwo");
    /* The rich paragraph is one paragraph, its emphasis and all. */
    g_assert_cmpuint (paragraphs->len, ==, 5);
    g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==, RICH);

    assert_list_items_well_formed (iter, &n_items);
    poppler_structure_element_iter_free (iter);
    g_assert_cmpuint (n_items, ==, N_NUMBERED + 2);
  }
}

/* Lines of @text, a page's text as poppler reads it, with a word of the
 * long paragraph ("w0123"). */
static guint
paragraph_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GRegex) word = g_regex_new ("\\bw[0-9]{4}\\b", 0, 0, NULL);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_regex_match (word, lines[i], 0, NULL);
  return n;
}

#define N_WORDS 1600

/* A text of @n_words numbered words, every seventh bold and every
 * seventh from the fourth italic; with N_WORDS, longer than Pango is
 * given at a time, and than a page. */
static char *
long_text (GArray *spans,
           guint   n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 1; i <= n_words; i++)
    {
      guint start;

      if (i > 1)
        g_string_append_c (text, ' ');
      start = text->len;
      g_string_append_printf (text, "w%04u", i);
      if (i % 7 == 0 || i % 7 == 4)
        {
          AttestTextSpan span = { start, text->len, i % 7 == 0 ? ATTEST_EMPHASIS_BOLD : ATTEST_EMPHASIS_ITALIC };

          g_array_append_val (spans, span);
        }
    }
  return g_string_free (text, FALSE);
}

static void
assert_all_words (const char *text,
                  const char *before,
                  const char *after)
{
  const char *at = strstr (text, before);

  g_assert_nonnull (at);
  for (guint i = 1; i <= N_WORDS; i++)
    {
      char word[8];
      const char *next;

      g_snprintf (word, sizeof word, "w%04u", i);
      next = strstr (at, word);
      if (next == NULL)
        g_error ("“%s” is missing, or out of order", word);
      at = next;
    }
  g_assert_nonnull (strstr (at, after));
}

/* One rich paragraph, and one list item, over several pages: every word
 * comes back in order, with its emphasis on every page, and a page never
 * has a single line of the paragraph. */
static void
test_long_rich_text (TestDir       *fixture,
                     gconstpointer  data)
{
  for (guint as_list = 0; as_list < 2; as_list++)
    {
      g_autofree char *pdf = test_dir_path (fixture, as_list ? "long-list.pdf" : "long.pdf");
      g_autoptr(AttestDocument) doc = attest_document_new ();
      g_autoptr(PopplerDocument) reader = NULL;
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (AttestTextSpan));
      g_autofree char *long_para = long_text (spans, N_WORDS);
      g_autofree char *text = NULL;
      int n_pages, with_words = 0;

      attest_document_set_info (doc, "Long Ltd", "Policy", "Public", "1", "14 Nov 2023");
      attest_document_add_heading (doc, 1, NULL, "Policy", NULL);
      attest_document_add_text (doc, ATTEST_TEXT_BODY, "Before the long text.");
      if (as_list)
        {
          const char *labels[] = { "1.", "2.", "3." };
          const char *texts[] = { "Firstitem", long_para, "Thirditem" };
          const AttestTextSpan *item_spans[] = { NULL, (const AttestTextSpan *) spans->data, NULL };
          const guint n_spans[] = { 0, spans->len, 0 };

          attest_document_add_list (doc, 3, labels, texts, item_spans, n_spans);
        }
      else
        attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, long_para, (const AttestTextSpan *) spans->data,
                                       spans->len);
      attest_document_add_text (doc, ATTEST_TEXT_BODY, "After the long text.");
      write_pdf (doc, pdf);
      assert_qpdf_clean (pdf);

      reader = open_pdf (pdf);
      n_pages = poppler_document_get_n_pages (reader);
      g_assert_cmpint (n_pages, >=, 2);
      text = all_text (reader);
      if (as_list)
        {
          assert_in_order (text, (const char * const[]) { "1. Firstitem", "2. w0001", "3. Thirditem", NULL });
          assert_all_words (text, "2. w0001", "3. Thirditem");
        }
      else
        assert_all_words (text, "Before the long text.", "After the long text.");

      for (int i = 0; i < n_pages; i++)
        {
          PageRead read;
          guint lines;

          page_read (reader, i, &read);
          lines = paragraph_lines (read.text);
          if (lines > 0)
            {
              g_autoptr(GRegex) word = g_regex_new ("w([0-9]{4})", 0, 0, NULL);
              g_autoptr(GMatchInfo) match = NULL;
              guint checked = 0;

              with_words++;
              /* No widow, no orphan. */
              g_assert_cmpuint (lines, >=, 2);
              /* Each word of the page in its face: the spans go on past the
               * first page and past each window of text Pango is given. */
              g_regex_match (word, read.text, 0, &match);
              for (; g_match_info_matches (match); g_match_info_next (match, NULL))
                {
                  g_autofree char *found = g_match_info_fetch (match, 0);
                  g_autofree char *number = g_match_info_fetch (match, 1);
                  guint n = atoi (number);

                  /* Each word once on the page, so the first is the one. */
                  assert_emphasis (&read, found, 0, n % 7 == 0, n % 7 == 4);
                  checked++;
                }
              g_assert_cmpuint (checked, >, 50);
              /* Items of a list go on at their indent on the next page. */
              if (as_list && i > 0)
                {
                  g_autofree char *first_word = NULL;

                  g_clear_pointer (&match, g_match_info_free);
                  g_regex_match (word, read.text, 0, &match);
                  first_word = g_match_info_fetch (match, 0);
                  g_assert_cmpfloat (read.rects[find_char (&read, first_word, 0)].x1, >, MARGIN + 10);
                }
            }
          page_read_clear (&read);
        }
      g_assert_cmpint (with_words, >=, 2);

      /* The item that goes on over pages is one list item, its label "2.". */
      if (as_list)
        {
          g_autoptr(GPtrArray) label_texts = structure_texts (reader, POPPLER_STRUCTURE_ELEMENT_LIST_LABEL);
          PopplerStructureElementIter *iter = poppler_structure_element_iter_new (reader);
          guint n_items = 0;

          g_assert_cmpuint (label_texts->len, ==, 3);
          g_assert_cmpstr (g_ptr_array_index (label_texts, 1), ==, "2.");
          assert_list_items_well_formed (iter, &n_items);
          poppler_structure_element_iter_free (iter);
          g_assert_cmpuint (n_items, ==, 3);
        }
    }
}

/* A paragraph of four lines, and a list item as long, pushed down the
 * page point by point: where the page ends, it never leaves one line of
 * it alone, at its foot or at the top of the next; and all of it prints,
 * with its emphasis, however it is split. */
static void
test_rich_text_widows (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "widows.pdf");
  guint splits = 0;

  for (guint as_list = 0; as_list < 2; as_list++)
    for (double space = 560; space <= 660; space += 2)
      {
        g_autoptr(AttestDocument) doc = attest_document_new ();
        g_autoptr(PopplerDocument) reader = NULL;
        g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (AttestTextSpan));
        g_autofree char *para = long_text (spans, 56);
        g_autofree char *text = NULL;
        int n_pages, with_words = 0;

        attest_document_set_info (doc, "Widow Ltd", "Policy", "Public", "1", "14 Nov 2023");
        attest_document_add_heading (doc, 1, NULL, "Policy", NULL);
        attest_document_add_text (doc, ATTEST_TEXT_BODY, "Before the text.");
        attest_document_add_space (doc, space);
        if (as_list)
          {
            const char *texts[] = { para };
            const AttestTextSpan *item_spans[] = { (const AttestTextSpan *) spans->data };
            const guint n_spans[] = { spans->len };

            attest_document_add_list (doc, 1, (const char * const[]) { "7." }, texts, item_spans, n_spans);
          }
        else
          attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, para, (const AttestTextSpan *) spans->data,
                                         spans->len);
        attest_document_add_text (doc, ATTEST_TEXT_BODY, "After the text.");
        write_pdf (doc, pdf);

        reader = open_pdf (pdf);
        n_pages = poppler_document_get_n_pages (reader);
        text = all_text (reader);
        g_assert_nonnull (strstr (text, as_list ? "7. w0001 w0002" : "w0001 w0002"));
        assert_in_order (text, (const char * const[]) { "w0001", "w0014", "w0028", "w0042", "w0056",
                                                        "After the text.", NULL });
        for (int i = 0; i < n_pages; i++)
          {
            PageRead read;
            guint lines;

            page_read (reader, i, &read);
            lines = paragraph_lines (read.text);
            if (lines == 1)
              g_error ("With %g points above it, page %d has one line of the %s:\n%s", space, i + 1,
                       as_list ? "list item" : "paragraph", read.text);
            if (lines > 0)
              {
                g_autoptr(GRegex) word = g_regex_new ("w([0-9]{4})", 0, 0, NULL);
                g_autoptr(GMatchInfo) match = NULL;

                with_words++;
                g_regex_match (word, read.text, 0, &match);
                for (; g_match_info_matches (match); g_match_info_next (match, NULL))
                  {
                    g_autofree char *found = g_match_info_fetch (match, 0);
                    g_autofree char *number = g_match_info_fetch (match, 1);
                    guint n = atoi (number);

                    assert_emphasis (&read, found, 0, n % 7 == 0, n % 7 == 4);
                  }
              }
            page_read_clear (&read);
          }
        splits += with_words > 1;
      }
  /* The sweep did split the text between pages, both of them. */
  g_assert_cmpuint (splits, >=, 4);
}

#define HOSTILE "Größe ändern — ünïcödé ✓ Schluss"

/* Spans as a careless or hostile caller gives them: past the end,
 * reversed, inside characters, out of order, with no emphasis or with
 * bits that mean nothing. Nothing crashes, the text prints whole, and
 * what can be made sense of is. */
static void
test_hostile_spans (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "hostile.pdf");
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(PopplerDocument) reader = NULL;
  g_autofree char *text = NULL;
  guint length = strlen (HOSTILE);
  const char *check = strstr (HOSTILE, "✓");
  guint tail = strstr (HOSTILE, "Schluss") - HOSTILE;
  const AttestTextSpan spans[] = {
    { 1, 3, ATTEST_EMPHASIS_BOLD },                 /* "r" and half an "ö": "r" */
    { 2, 1, ATTEST_EMPHASIS_BOLD },                 /* reversed */
    { 0, 2, ATTEST_EMPHASIS_ITALIC },               /* before the one before it */
    { 8, 8, ATTEST_EMPHASIS_ITALIC },               /* empty */
    { check - HOSTILE + 1, check - HOSTILE + 2, ATTEST_EMPHASIS_ITALIC },   /* inside "✓" */
    { 9, 12, 0 },                                   /* no emphasis */
    { 12, 14, 1 << 7 },                             /* none we know */
    { tail, length + 1000, ATTEST_EMPHASIS_BOLD },  /* past the end: "Schluss" */
    { length + 5, length + 9, ATTEST_EMPHASIS_ITALIC },
    { G_MAXUINT - 1, G_MAXUINT, ATTEST_EMPHASIS_BOLD },
    { 3, G_MAXUINT, ATTEST_EMPHASIS_BOLD },         /* out of order */
  };
  const char *labels[] = { "1.", NULL, "" };
  const char *texts[] = { HOSTILE, NULL, "Lastitem" };
  const AttestTextSpan *item_spans[] = { spans, NULL, spans };
  const guint n_item_spans[] = { G_N_ELEMENTS (spans), 4, G_N_ELEMENTS (spans) };
  PageRead read;

  attest_document_set_info (doc, "Hostile Ltd", "Policy", "Public", "1", "14 Nov 2023");
  attest_document_add_heading (doc, 1, NULL, "Spans", NULL);
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, HOSTILE, spans, G_N_ELEMENTS (spans));
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, "Nospans here", NULL, 3);
  attest_document_add_rich_text (doc, ATTEST_TEXT_BODY, "", spans, G_N_ELEMENTS (spans));
  attest_document_add_list (doc, G_N_ELEMENTS (texts), labels, texts, item_spans, n_item_spans);
  attest_document_add_list (doc, 2, NULL, (const char * const[]) { "Nolabels", "Nospans" }, item_spans, NULL);
  attest_document_add_list (doc, 0, NULL, NULL, NULL, NULL);
  attest_document_add_text (doc, ATTEST_TEXT_BODY, "Theend.");
  write_pdf (doc, pdf);
  assert_qpdf_clean (pdf);

  reader = open_pdf (pdf);
  text = all_text (reader);
  assert_in_order (text, (const char * const[]) {
    HOSTILE, "Nospans here", "1. " HOSTILE, "• ", "Lastitem", "• Nolabels", "• Nospans", "Theend.", NULL });

  page_read (reader, 0, &read);
  /* "r" alone is bold: the end inside "ö" went back to its start. */
  {
    glong at = find_char (&read, "Größe", 0);

    g_assert_cmpint (at, >=, 0);
    g_assert_false (is_bold (font_at (&read, at)));
    g_assert_false (is_italic (font_at (&read, at)));
    g_assert_true (is_bold (font_at (&read, at + 1)));
    g_assert_false (is_bold (font_at (&read, at + 2)));
  }
  /* What no span makes sense of is plain; the tail past the end is bold. */
  assert_emphasis (&read, "ändern", 0, FALSE, FALSE);
  assert_emphasis (&read, "ünïcödé ✓", 0, FALSE, FALSE);
  assert_emphasis (&read, "Schluss", 0, TRUE, FALSE);
  assert_emphasis (&read, "ändern", 1, FALSE, FALSE);
  assert_emphasis (&read, "Schluss", 1, TRUE, FALSE);
  assert_emphasis (&read, "Nospans", 0, FALSE, FALSE);
  page_read_clear (&read);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/document/rich-text-and-list", test_rich_text_and_list);
  ADD ("/document/long-rich-text", test_long_rich_text);
  ADD ("/document/rich-text-widows", test_rich_text_widows);
  ADD ("/document/hostile-spans", test_hostile_spans);
#undef ADD
  return g_test_run ();
}
