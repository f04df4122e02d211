/* test-audit-pack.c: the audit pack and the layout engine under it, read
 * back from the PDF with poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "attest.h"
#include "attest-audit-pack.h"
#include "attest-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define EPOCH "1700000000"     /* 2023-11-14 22:13:20 UTC */
#define MARGIN 54.0

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

/* The page (from 0) a named destination lands on. */
static int
dest_page (PopplerDocument *doc,
           PopplerDest     *dest)
{
  if (dest->type == POPPLER_DEST_NAMED)
    {
      PopplerDest *found = poppler_document_find_dest (doc, dest->named_dest);
      int page;

      g_assert_nonnull (found);
      page = found->page_num - 1;
      poppler_dest_free (found);
      return page;
    }
  return dest->page_num - 1;
}

/* Whether an id such as A.5.1 is in the text on its own, not as the start
 * of A.5.10 (text extraction may glue it to the next cell's word). */
static gboolean
has_id (const char *text,
        const char *id)
{
  for (const char *at = strstr (text, id); at != NULL; at = strstr (at + 1, id))
    {
      char next = at[strlen (id)];

      if (!g_ascii_isdigit (next) && next != '.')
        return TRUE;
    }
  return FALSE;
}

/* The text under a link: the characters whose middle lies in its area
 * (link areas count from the page's bottom, character boxes from its top). */
static char *
link_text (PopplerPage        *page,
           PopplerLinkMapping *mapping)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double width, height;
  GString *found = g_string_new (NULL);
  const char *c = text;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (guint i = 0; i < n_rects && *c != '\0'; i++, c = g_utf8_next_char (c))
    {
      double x = (rects[i].x1 + rects[i].x2) / 2, y = height - (rects[i].y1 + rects[i].y2) / 2;

      if (x >= mapping->area.x1 && x <= mapping->area.x2 && y >= mapping->area.y1 && y <= mapping->area.y2)
        g_string_append_len (found, c, g_utf8_next_char (c) - c);
    }
  g_free (rects);
  return g_strstrip (g_string_free (found, FALSE));
}

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

static AttestWorkspace *
demo (TestDir    *fixture,
      const char *name)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autoptr(GError) error = NULL;
  AttestWorkspace *workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);

  g_assert_no_error (error);
  return workspace;
}

static void
export (AttestWorkspace          *workspace,
        const AttestPackOptions  *options,
        const char               *path)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = attest_audit_pack_export (workspace, options, path, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* The whole pack of the demo: sections, controls, page numbers, contents
 * links, outline, metadata, labels, margins, links both ways, qpdf. */
static void
test_pack (TestDir       *fixture,
           gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *path = test_dir_path (fixture, "pack.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(AttestDocument) model = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  g_autofree char *text = NULL;
  int n_pages, contents = -1;
  guint n_controls;
  const AttestControl *controls = attest_catalog_get_controls (attest_catalog_get_default (), &n_controls);
  GStatBuf st;

  export (workspace, &options, path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_qpdf_clean (path);
  doc = open_pdf (path);
  n_pages = poppler_document_get_n_pages (doc);
  model = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (model, ATTEST_PAPER_A4);
  g_assert_cmpint (n_pages, ==, (int) attest_pagination_get_n_pages (pagination));
  g_assert_cmpint (n_pages, >=, 12);

  /* Every section, and every control of Annex A. */
  text = all_text (doc);
  for (const char * const *s = (const char * const[]) {
         "Fernhill Analytics Ltd", "Information Security Management System", "Document control", "Change summary",
         "Contents", "Readiness summary", "4 Context of the organization", "4.1 Understanding the organization",
         "4.2 Understanding the needs and expectations of interested parties", "4.3 Determining the scope",
         "5.3 Organizational roles", "6.1.2 Information security risk assessment", "Risk matrix",
         "6.1.3 Information security risk treatment", "8.2 Information security risk assessment", "Heat maps",
         "Risk register", "Ransomware encrypts client data and backups", "Risk treatment plan",
         "Make backups immutable", "Risk owners' decisions on residual risk", "Statement of Applicability (6.1.3 d)",
         "Annex: history of changes", "attest-cli log --verify demo.isms",
         /* Readiness never says nothing is missing while a mandatory item is. */
         "5 blockers (an auditor would raise a nonconformity)", "Mandatory documented information",
         "Kept elsewhere: Information security policy", "Results of management reviews", NULL }; *s; s++)
    if (strstr (text, *s) == NULL)
      g_error ("“%s” is not in the pack", *s);
  for (guint i = 0; i < n_controls; i++)
    {
      g_autofree char *id = g_strdup_printf ("A.%s", controls[i].number);

      if (!has_id (text, id))
        g_error ("Control %s is not in the Statement of Applicability", id);
    }
  {
    AttestStore *store = attest_workspace_get_store (workspace);

    g_assert_nonnull (strstr (text, attest_store_get_history_head (store)));
  }

  /* Page X of Y on every page, the cover labelled as such. */
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *page = page_text (doc, i);
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);
      g_autoptr(PopplerPage) p = poppler_document_get_page (doc, i);
      g_autofree char *label = poppler_page_get_label (p);
      g_autofree char *expected = i == 0 ? g_strdup ("Cover") : g_strdup_printf ("%d", i + 1);

      g_assert_nonnull (strstr (page, footer));
      g_assert_cmpstr (label, ==, expected);
      if (contents < 0 && strstr (page, "Contents Document control") != NULL)
        contents = i;
    }
  g_assert_cmpint (contents, ==, 2);

  /* No text outside the margins. */
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects; r++)
        {
          if (rects[r].x1 == rects[r].x2)   /* line breaks */
            continue;
          if (rects[r].x1 < MARGIN - 0.5 || rects[r].x2 > width - MARGIN + 0.5
              || rects[r].y1 < MARGIN - 2 || rects[r].y2 > height - MARGIN + 2)
            g_error ("Text outside the margins on page %d: %.1f,%.1f–%.1f,%.1f", i + 1,
                     rects[r].x1, rects[r].y1, rects[r].x2, rects[r].y2);
        }
      g_free (rects);
    }

  /* The contents: every entry a link to the page its heading is on. */
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, contents);
    GList *links = poppler_page_get_link_mapping (page);
    guint n_checked = 0;

    for (GList *l = links; l != NULL; l = l->next)
      {
        PopplerLinkMapping *mapping = l->data;
        g_autofree char *label = NULL;
        g_autofree char *target = NULL;
        int landing;

        g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_GOTO_DEST);
        landing = dest_page (doc, mapping->action->goto_dest.dest);
        label = link_text (page, mapping);
        target = page_text (doc, landing);
        g_assert_cmpstr (label, !=, "");
        if (strstr (target, label) == NULL)
          g_error ("The contents entry “%s” leads to page %d, which does not have it", label, landing + 1);
        n_checked++;
      }
    g_assert_cmpuint (n_checked, >=, 15);
    poppler_page_free_link_mapping (links);
  }

  /* The outline mirrors the headings and lands on them. */
  {
    PopplerIndexIter *iter = poppler_index_iter_new (doc);
    GPtrArray *headings = attest_pagination_get_headings (pagination);
    guint n_top = 0, n_all = 0;

    g_assert_nonnull (iter);
    do
      {
        PopplerAction *action = poppler_index_iter_get_action (iter);
        PopplerIndexIter *child = poppler_index_iter_get_child (iter);
        g_autofree char *target = page_text (doc, dest_page (doc, action->goto_dest.dest));
        g_autofree char *title = collapse (action->any.title);

        g_assert_nonnull (strstr (target, title));
        n_top++;
        n_all++;
        if (child != NULL)
          {
            do
              {
                PopplerAction *sub = poppler_index_iter_get_action (child);

                g_assert_cmpint (sub->type, ==, POPPLER_ACTION_GOTO_DEST);
                n_all++;
                poppler_action_free (sub);
              }
            while (poppler_index_iter_next (child));
            poppler_index_iter_free (child);
          }
        poppler_action_free (action);
      }
    while (poppler_index_iter_next (iter));
    poppler_index_iter_free (iter);
    g_assert_cmpuint (n_top, >=, 9);
    g_assert_cmpuint (n_all, >=, 15);
    g_assert_cmpuint (n_all, <=, headings->len);
  }

  /* Metadata. */
  {
    g_autofree char *title = poppler_document_get_title (doc);
    g_autofree char *author = poppler_document_get_author (doc);
    g_autofree char *subject = poppler_document_get_subject (doc);
    g_autofree char *keywords = poppler_document_get_keywords (doc);
    g_autofree char *creator = poppler_document_get_creator (doc);

    g_assert_cmpstr (title, ==, "Fernhill Analytics Ltd: ISMS audit pack");
    g_assert_cmpstr (author, ==, "Operations manager (Tom Okafor)");
    g_assert_nonnull (strstr (subject, "ISO/IEC 27001:2022"));
    g_assert_nonnull (strstr (keywords, "Statement of Applicability"));
    g_assert_true (g_str_has_prefix (creator, "Attest "));
    g_assert_cmpint ((gint64) poppler_document_get_creation_date (doc), ==, 1700000000);
  }

  /* Links both ways: a risk to its control in the SoA, the control back. */
  {
    guint to_soa = 0, to_risks = 0;

    for (int i = 0; i < n_pages; i++)
      {
        g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
        GList *links = poppler_page_get_link_mapping (page);

        for (GList *l = links; l != NULL; l = l->next)
          {
            PopplerLinkMapping *mapping = l->data;
            PopplerDest *dest = mapping->action->goto_dest.dest;
            g_autofree char *label = link_text (page, mapping);
            g_autofree char *target = NULL;
            int landing;

            if (dest->type != POPPLER_DEST_NAMED)
              continue;
            landing = dest_page (doc, dest);
            target = page_text (doc, landing);
            if (g_str_has_prefix (dest->named_dest, "soa-"))
              {
                g_assert_true (g_str_has_prefix (label, "A."));
                if (!has_id (target, label))
                  g_error ("%s on page %d leads to page %d, which lacks it", label, i + 1, landing + 1);
                to_soa++;
              }
            else if (g_str_has_prefix (dest->named_dest, "risk-"))
              {
                g_assert_true (g_str_has_prefix (label, "R"));
                if (!has_id (target, label))
                  g_error ("%s on page %d leads to page %d, which lacks it", label, i + 1, landing + 1);
                g_assert_nonnull (strstr (target, "Risk register") ? target : strstr (target, "No."));
                to_risks++;
              }
          }
        poppler_page_free_link_mapping (links);
      }
    g_assert_cmpuint (to_soa, >=, 8);
    g_assert_cmpuint (to_risks, >=, 8);
  }
}

/* Under SOURCE_DATE_EPOCH the same workspace gives the same bytes. */
static void
test_reproducible (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *first = test_dir_path (fixture, "first.pdf");
  g_autofree char *second = test_dir_path (fixture, "second.pdf");
  g_autofree char *a = NULL, *b = NULL;
  gsize a_len, b_len;
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };

  export (workspace, &options, first);
  export (workspace, &options, second);
  g_assert_true (g_file_get_contents (first, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (second, &b, &b_len, NULL));
  g_assert_cmpuint (a_len, ==, b_len);
  g_assert_true (memcmp (a, b, a_len) == 0);
  /* Cairo 1.16 writes the date without the optional "D:". */
  g_assert_true (memmem (a, a_len, "/CreationDate (D:20231114221320", 30) != NULL
                 || memmem (a, a_len, "/CreationDate (20231114221320", 28) != NULL);
}

/* An empty workspace: each section says plainly that it is empty; the
 * sections chosen are the ones printed; Letter paper. */
static void
test_empty_and_sections (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "empty.isms");
  g_autofree char *pdf = test_dir_path (fixture, "empty.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Leer GmbH", &error);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_LETTER, "Intern", NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  AttestPackSections chosen;

  g_assert_no_error (error);
  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  for (const char * const *s = (const char * const[]) {
         "No context issues recorded.", "No interested parties recorded.", "No scope statement written.",
         "Nothing is excluded from the scope.", "No assets recorded.", "No risks recorded.",
         "No treatment actions planned.", "No risk owner has recorded a decision", "Not approved yet",
         "The Statement of Applicability has not been approved yet", "Intern · Draft", NULL }; *s; s++)
    if (strstr (text, *s) == NULL)
      g_error ("“%s” is not in the empty pack", *s);
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, 0);
    double width, height;

    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
    g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  }
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);

  g_assert_true (attest_pack_parse_sections ("soa, history", &chosen, &error));
  g_assert_cmpint (chosen, ==, ATTEST_PACK_SOA | ATTEST_PACK_HISTORY);
  options.sections = chosen;
  g_assert_false (attest_pack_parse_sections ("soa,bogus", &chosen, &error));
  g_assert_nonnull (strstr (error->message, "bogus"));
  g_clear_error (&error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "Statement of Applicability (6.1.3 d)"));
  g_assert_nonnull (strstr (text, "Annex: history of changes"));
  g_assert_null (strstr (text, "4.1 Understanding"));
  g_assert_null (strstr (text, "Readiness summary"));
}

/* Text in many scripts comes back out of the PDF as text. */
static void
test_scripts (TestDir       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "scripts.isms");
  g_autofree char *pdf = test_dir_path (fixture, "scripts.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Škoda Ærø Ünïcode Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_CONTEXT, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL, *folded = NULL;
  static const char * const words[] = {
    "Škoda Ærø Ünïcode Ltd",        /* Latin with diacritics */
    "Ασφάλεια πληροφοριών",          /* Greek */
    "Информационная безопасность",  /* Cyrillic */
    "信息安全管理",                   /* Chinese */
  };
  static const char *arabic = "أمن المعلومات";
  static const char *hebrew = "אבטחת מידע";

  g_assert_no_error (error);
  for (guint i = 1; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", words[i], NULL);

      g_assert_true (attest_workspace_add (workspace, issue, &error));
    }
  {
    g_autoptr(AttestRecord) rtl = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", arabic, "effect", hebrew, NULL);

    g_assert_true (attest_workspace_add (workspace, rtl, &error));
  }
  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) == NULL)
      g_error ("“%s” does not come back out of the PDF", words[i]);
  /* Right-to-left text comes back in reading order or in visual order,
   * as the reader arranges it; the letters are all there either way. */
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  /* Poppler marks each right-to-left letter with embedding controls. */
  {
    GString *plain = g_string_new (NULL);

    for (const char *c = folded; *c != '\0'; c = g_utf8_next_char (c))
      {
        gunichar u = g_utf8_get_char (c);

        if (!(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069) && u != 0x200E && u != 0x200F)
          g_string_append_unichar (plain, u);
      }
    g_free (folded);
    folded = g_string_free (plain, FALSE);
  }
  for (const char * const *rtl = (const char * const[]) { arabic, hebrew, NULL }; *rtl; rtl++)
    {
      g_auto(GStrv) parts = g_strsplit (*rtl, " ", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_autofree char *reversed = g_utf8_strreverse (parts[k], -1);

          if (strstr (folded, parts[k]) == NULL && strstr (folded, reversed) == NULL)
            g_error ("“%s” does not come back out of the PDF", parts[k]);
        }
    }
}

/* The engine: a row taller than a page goes on over pages, never lost;
 * the header row is repeated on each; a page break; headings numbered. */
static void
test_engine (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "engine.pdf");
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autofree char *text = NULL;
  const double widths[] = { 1, 3 };
  const char *headers[] = { "Key", "Long value" };
  AttestTable *table;
  int n_pages, with_header = 0;
  guint found = 0;
  const char *at;

  for (guint i = 1; i <= 2000; i++)
    g_string_append_printf (tall, "line%04u ", i);
  attest_document_set_info (doc, "Engine Ltd", "Layout", "Public", "1", "2023-11-14");
  attest_document_add_heading (doc, 1, NULL, "First", NULL);
  attest_document_add_heading (doc, 2, NULL, "Second", NULL);
  attest_document_add_heading (doc, 2, NULL, "Third", NULL);
  table = attest_document_add_table (doc, 2, widths, headers);
  attest_table_add_row (table, (const char * const[]) { "short", "a row before" }, NULL);
  attest_table_add_row (table, (const char * const[]) { "tall", tall->str }, NULL);
  attest_table_add_row (table, (const char * const[]) { "after", "a row after" }, NULL);
  attest_document_add_page_break (doc);
  attest_document_add_bullets (doc, (const char * const[]) { "one", "two", NULL });
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_qpdf_clean (pdf);

  reader = open_pdf (pdf);
  n_pages = poppler_document_get_n_pages (reader);
  g_assert_cmpint (n_pages, >=, 3);
  text = all_text (reader);
  g_assert_nonnull (strstr (text, "1 First"));
  g_assert_nonnull (strstr (text, "1.1 Second"));
  g_assert_nonnull (strstr (text, "1.2 Third"));
  /* Every one of the 2,000 words, in order. */
  at = text;
  for (guint i = 1; i <= 2000; i++)
    {
      g_autofree char *word = g_strdup_printf ("line%04u", i);
      const char *next = strstr (at, word);

      g_assert_nonnull (next);
      at = next;
      found++;
    }
  g_assert_cmpuint (found, ==, 2000);
  for (int i = 0; i < n_pages - 1; i++)
    {
      g_autofree char *page = page_text (reader, i);

      with_header += strstr (page, "Long value") != NULL;
    }
  g_assert_cmpint (with_header, ==, n_pages - 1);
  {
    g_autofree char *last = page_text (reader, n_pages - 1);

    g_assert_nonnull (strstr (last, "one"));
    g_assert_null (strstr (last, "Long value"));
  }
}

/* Numbers in the PDF's link and destination attributes never take the
 * locale's decimal comma: under German numbers the pack is the same file,
 * byte for byte, and its fonts are embedded as subsets. */
static void
test_decimal_comma (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *locales = test_dir_path (fixture, "locales");
  g_autofree char *target = g_build_filename (locales, "de_DE.UTF-8", NULL);
  g_autofree char *c_pdf = test_dir_path (fixture, "c.pdf");
  g_autofree char *de_pdf = test_dir_path (fixture, "de.pdf");
  g_autofree char *a = NULL, *b = NULL, *fonts = NULL;
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  gsize a_len, b_len;
  char *previous;
  int status;

  g_assert_nonnull (localedef);   /* tools/install-deps.sh installs locales */
  g_assert_cmpint (g_mkdir_with_parents (locales, 0700), ==, 0);
  {
    const char *argv[] = { localedef, "-i", "de_DE", "-f", "UTF-8", target, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, NULL, NULL, &status, NULL));
  }
  export (workspace, &options, c_pdf);
  g_setenv ("LOCPATH", locales, TRUE);
  previous = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_assert_nonnull (setlocale (LC_NUMERIC, "de_DE.UTF-8"));
  {
    char buffer[32];

    g_snprintf (buffer, sizeof buffer, "%.1f", 0.5);
    g_assert_cmpstr (buffer, ==, "0,5");   /* the locale is in force */
  }
  export (workspace, &options, de_pdf);
  setlocale (LC_NUMERIC, previous);
  g_free (previous);
  g_unsetenv ("LOCPATH");

  g_assert_true (g_file_get_contents (c_pdf, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (de_pdf, &b, &b_len, NULL));
  g_assert_cmpuint (a_len, ==, b_len);
  g_assert_true (memcmp (a, b, a_len) == 0);
  assert_qpdf_clean (de_pdf);

  g_assert_nonnull (pdffonts);
  {
    const char *argv[] = { pdffonts, de_pdf, NULL };
    g_auto(GStrv) lines = NULL;
    guint n_fonts = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &fonts, NULL, &status, NULL));
    lines = g_strsplit (fonts, "\n", -1);
    for (guint i = 2; lines[i] != NULL; i++)
      {
        if (*lines[i] == '\0')
          continue;
        /* "ABCDEF+Name … emb sub uni": a subset, embedded, with a map to Unicode. */
        g_assert_nonnull (strchr (lines[i], '+'));
        g_assert_nonnull (strstr (lines[i], "yes yes yes"));
        n_fonts++;
      }
    g_assert_cmpuint (n_fonts, >=, 2);
  }
}

/* After the approval the SoA is a draft: the pack shows it and what
 * changed since, so the approved version can be read off too. */
static void
test_soa_changes (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "soa.pdf");
  AttestPackOptions options = { ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  g_autofree char *before = g_strdup (attest_record_get_string (entry, "owner"));
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *summary;

  g_assert_nonnull (attest_soa_get_approved (workspace));
  g_object_set (entry, "owner", "Chief information security officer", NULL);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  summary = strstr (text, "Changes since version 1 was approved");
  g_assert_nonnull (summary);
  summary = strstr (summary + 1, "Changes since version 1 was approved");   /* past the contents */
  g_assert_nonnull (summary);
  g_assert_true (has_id (summary, "A.5.1"));
  g_assert_nonnull (strstr (summary, before));
  g_assert_nonnull (strstr (summary, "Chief information security officer"));
  g_assert_nonnull (strstr (text, "Changes since the approval: 1."));
}

/* A damaged approved snapshot is printed as damage, not as "no changes". */
static void
test_soa_damaged_snapshot (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "soa.pdf");
  AttestPackOptions options = { ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;

  g_clear_object (&workspace);
  test_sqlite_exec (path, "UPDATE soa_version SET snapshot = substr (snapshot, 1, 300)");
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  g_assert_null (strstr (text, "None: the Statement of Applicability is as approved."));
  g_assert_null (strstr (text, "Changes since the approval:"));
  g_assert_nonnull (strstr (text, "the approved version 1 of the Statement of Applicability cannot be read"));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/audit-pack/pack", test_pack);
  ADD ("/audit-pack/reproducible", test_reproducible);
  ADD ("/audit-pack/empty-and-sections", test_empty_and_sections);
  ADD ("/audit-pack/scripts", test_scripts);
  ADD ("/audit-pack/engine", test_engine);
  ADD ("/audit-pack/decimal-comma", test_decimal_comma);
  ADD ("/audit-pack/soa-changes", test_soa_changes);
  ADD ("/audit-pack/soa-damaged-snapshot", test_soa_damaged_snapshot);
#undef ADD

  return g_test_run ();
}
