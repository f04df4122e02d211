/* test-audit-pack.c: the audit pack and the layout engine under it, read
 * back from the PDF with poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "attest.h"
#include "attest-audit-pack.h"
#include "attest-i18n.h"
#include "attest-document-private.h"
#include <cairo-pdf.h>
#include "attest-test-util.h"

/* poppler-glib 22.12 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define EPOCH "1700000000"     /* 2023-11-14 22:13:20 UTC */

/* A stored date as the pack's tables write it, with plain spaces as text
 * extraction gives them: "1 Feb 2027". */
static char *
table_day (const char *stored)
{
  g_autoptr(GDateTime) time = attest_stored_date_parse (stored);
  g_autofree char *day = NULL;
  GString *out;

  g_assert_nonnull (time);
  day = attest_i18n_format_date_short (time);
  out = g_string_new (day);
  g_string_replace (out, "\u00a0", " ", 0);
  return g_string_free (out, FALSE);
}

#define MARGIN 54.0
#define MIN_HEADER_GAP 7.5  /* points between header cells' text */

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
 * is the layout's business, not the test's. A no-break space, which keeps
 * words on one line and which Poppler reads back as a space, is a space. */
static char *
collapse (const char *text)
{
  g_autoptr(GString) spaced = g_string_new (text);
  g_auto(GStrv) words = NULL;

  g_string_replace (spaced, "\u00a0", " ", 0);
  words = g_strsplit_set (spaced->str, " \n\t\r\f", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len ? " " : "", words[i]);
  return g_string_free (joined, FALSE);
}

static char *squeeze (const char *text);

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

/* Every character of the text outside the page's margins fails the test. */
static void
assert_within_margins (PopplerDocument *doc)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
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
  /* Dates read as a person writes them, in tables too ("4 Jan 2027",
   * "7 Sep 2026 08:43 UTC"): no ISO date anywhere in the demo's pack. */
  {
    g_autoptr(GRegex) iso_date = g_regex_new ("\\b20[0-9][0-9]-[01][0-9]-[0-3][0-9]\\b", 0, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;

    if (g_regex_match (iso_date, text, 0, &match))
      g_error ("The pack writes a date as %s", g_match_info_fetch (match, 0));
  }
  for (const char * const *s = (const char * const[]) {
         "Fernhill Analytics Ltd", "Information Security Management System", "Document control", "Change summary",
         "Contents", "Readiness summary", "4 Context of the organization", "4.1 Understanding the organization",
         "4.2 Understanding the needs and expectations of interested parties", "4.3 Determining the scope",
         "5.3 Organizational roles", "6.1.2 Information security risk assessment", "Risk matrix",
         "6.1.3 Information security risk treatment", "8.2 Information security risk assessment", "Heat maps",
         "Risk register", "Ransomware encrypts client data and backups", "Risk treatment plan",
         "Make backups immutable", "Risk owners' decisions on residual risk", "Statement of Applicability (6.1.3 d)",
         "Appendix H: Integrity of the history", "attest-cli log --verify --expect-head",
         /* Readiness never says nothing is missing while a mandatory item is. */
         "0 blockers and 5 warnings (an auditor would raise a nonconformity", "Mandatory documented information",
         "In this pack: 7.2 Competence", "Results of management reviews",
         /* The processes (4.4) drawn and listed, their criteria under 8.1. */
         "4.4 Information security management system", "ISMS-PROCESSES", "Internal audit",
         "In this pack: 8.1 Operational planning and control",
         /* The objectives, recorded in Attest, in their own section. */
         "In this pack: 6.2 Information security objectives", "Restore any client's analysis work within",
         "Reduces risks: R1, R4", NULL }; *s; s++)
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
  assert_within_margins (doc);

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
    /* Who runs the ISMS: the role with the duties, and who holds it. */
    g_assert_cmpstr (author, ==, "ISMS manager (Tom Okafor)");
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
                if (!g_str_has_prefix (label, "R"))
                  g_error ("The link to %s on page %d reads “%s”", dest->named_dest, i + 1, label);
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

  /* A SOURCE_DATE_EPOCH that is not a time is refused, naming it, and
   * nothing is written: a build that asked for a fixed date never gets
   * today's without a word. */
  {
    static const char * const bad[] = { "", "yesterday", "17e8", "-1", "1700000000 ", "99999999999999" };
    g_autofree char *saved = g_strdup (g_getenv ("SOURCE_DATE_EPOCH"));
    g_autofree char *third = test_dir_path (fixture, "third.pdf");

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) error = NULL;

        g_setenv ("SOURCE_DATE_EPOCH", bad[i], TRUE);
        g_assert_false (attest_audit_pack_export (workspace, &options, third, NULL, NULL, &error));
        g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
        g_assert_nonnull (strstr (error->message, "SOURCE_DATE_EPOCH"));
        g_assert_false (g_file_test (third, G_FILE_TEST_EXISTS));
      }
    if (saved != NULL)
      g_setenv ("SOURCE_DATE_EPOCH", saved, TRUE);
    else
      g_unsetenv ("SOURCE_DATE_EPOCH");
  }
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
         "Draft, not yet approved: the pack prints the draft.", "Intern · Generated on",
         "No metrics are recorded in Attest.", "No audit programme is recorded in Attest.",
         "No internal audits are recorded in Attest.", "No opportunities for improvement are recorded in Attest.",
         "No nonconformities are recorded in Attest.", NULL }; *s; s++)
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
  /* A list that names nothing, or has an empty name, is a mistake, not an
   * empty pack. */
  {
    static const char * const empty[] = { "", ",,,", " , ", "soa,,history", "soa," };

    for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
      {
        g_assert_false (attest_pack_parse_sections (empty[i], &chosen, &error));
        g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
        g_clear_error (&error);
      }
  }
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "Statement of Applicability (6.1.3 d)"));
  g_assert_nonnull (strstr (text, "Appendix A: Document register"));   /* always: the index cites it */
  g_assert_nonnull (strstr (text, "Appendix C: Integrity of the history"));   /* after the evidence */
  g_assert_null (strstr (text, "4.1 Understanding"));
  g_assert_null (strstr (text, "Readiness summary"));
}

static char *squeeze (const char *text);
static char *squeezed_all (PopplerDocument *doc);
static void assert_in (const char *squeezed, const char *words);

/* The readiness summary lists only what the rules find, part by part, each
 * with its severity; a finding about a risk names it by its number in the
 * register, linked; a long list ends saying where the rest is, in words
 * that match the register. The index before it says where each mandatory
 * item is: the summary does not repeat it. */
static void
test_readiness (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "pack.pdf");
  g_autofree char *many_path = test_dir_path (fixture, "many.isms");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestDocument) model = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *squeezed = NULL;
  g_autoptr(GError) error = NULL;
  guint from = G_MAXUINT, to = G_MAXUINT;
  GPtrArray *headings;
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);

  /* The cloud outage's action falls behind: its residual risk, above the
   * acceptance level, now needs its owner's decision. */
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      if (g_str_equal (attest_record_get_string (action, "title"), "Second region for restores, tested"))
        g_object_set (action, "due-date", "2026-01-01", NULL);
    }
  /* Document control said to run every month, and no day it ran: a
   * warning of the part of 4. (The demo's management review has run.) */
  {
    GListModel *processes = attest_workspace_get_records (workspace, ATTEST_TYPE_PROCESS);

    for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
      {
        g_autoptr(AttestRecord) process = g_list_model_get_item (processes, i);

        if (g_str_equal (attest_record_get_string (process, "name"), "Document control"))
          g_object_set (process, "runs-every", 1, "runs-unit", ATTEST_CADENCE_MONTHS, "last-run", "", NULL);
      }
  }
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  model = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (model, ATTEST_PAPER_A4);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "readiness") == 0)
        from = info->page;
      else if (g_strcmp0 (info->anchor, "clause-4.3") == 0)
        to = info->page;
    }
  g_assert_cmpuint (from, <, to);
  for (guint i = from; i < to; i++)
    {
      g_autofree char *page = page_text (doc, (int) i);

      g_string_append (text, page);
    }
  squeezed = squeeze (text->str);
  assert_in (squeezed, "In all: 1 blocker and 6 warnings");
  assert_in (squeezed, "Risks and their treatment (6.1.2, 6.1.3, 8.2, 8.3) The rules for this part find 1 blocker and 1 "
                       "warning. Severity Clause Risk What is missing or inconsistent Blocker 6.1.3 f R4 Cloud region "
                       "outage stops client work: an action of its treatment is past its due date");
  /* Each part as the sidebar has it: the processes not run yet under 4,
   * the drafts awaiting approval under 7, the documents of 9 under 9. */
  assert_in (squeezed, "Context and scope (4) The rules for this part find 0 blockers and 1 warning. Severity Clause "
                       "What is missing or inconsistent Warning 4.4 Document control has not run yet");
  assert_in (squeezed, "Support and documented information (7) The rules for this part find 0 blockers and 2 warnings. "
                       "Severity Clause What is missing or inconsistent Warning 7.5.2 Statement of Applicability");
  assert_in (squeezed, "Performance evaluation (9) The rules for this part find 0 blockers and 2 warnings. Severity "
                       "Clause What is missing or inconsistent Warning 9.1 Staff who click the phishing simulation's "
                       "link was due to be measured by");
  assert_in (squeezed, "Warning 9.2 No audit held or planned from");
  assert_in (squeezed, "Warning 9.1 Staff who click the phishing simulation's link was due to be measured by");
  /* The demo records its nonconformities: no mandatory item of 10 is missing. */
  g_assert_null (strstr (squeezed, "Improvement(10)Therulesforthispartfind1blocker"));
  g_assert_null (strstr (squeezed, "RecordedinAttest"));
  g_assert_null (strstr (squeezed, "Wherelsewhere"));
  /* R4 is that risk's number in the register. */
  {
    g_autofree char *all = squeezed_all (doc);

    assert_in (all, "R4 Cloud region outage stops client work");
  }
  g_clear_object (&doc);

  /* Thirty risks without an owner: twenty-five listed, the rest where the
   * register marks them. */
  {
    g_autoptr(AttestWorkspace) many = attest_workspace_create (many_path, "Many Ltd", &error);
    g_autofree char *all = NULL;

    g_assert_no_error (error);
    for (guint i = 0; i < 30; i++)
      {
        g_autofree char *title = g_strdup_printf ("Unowned risk %u", i + 1);

        g_assert_true (attest_workspace_add (many, g_object_new (ATTEST_TYPE_RISK, "title", title, NULL), &error));
        g_assert_no_error (error);
      }
    export (many, &options, pdf);
    doc = open_pdf (pdf);
    all = squeezed_all (doc);
    assert_in (all, "Blocker 6.1.2 c R1 Unowned risk 1");
    assert_in (all, "each marked ⚠ under its risk in the Risk column of Appendix F: Risk register.");
    assert_in (all, "Appendix F: Risk register");
    /* The last two rows share the register's last page (the last never
     * stands alone), where text extraction may read the numbers apart
     * from the titles. */
    assert_in (all, "Unowned risk 30 ⚠ No risk owner");
    {
      int pages = poppler_document_get_n_pages (doc);
      g_autofree char *last = NULL;
      g_autofree char *before = NULL;
      int at = -1;

      for (int i = 0; i < pages && at < 0; i++)
        {
          g_autofree char *page = page_text (doc, i);

          if (strstr (page, "Unowned risk 30") != NULL)
            at = i;
        }
      g_assert_cmpint (at, >, 0);
      last = page_text (doc, at);
      before = page_text (doc, at - 1);
      g_assert_nonnull (strstr (last, "R30"));
      g_assert_nonnull (strstr (last, "Unowned risk 29"));
      g_assert_null (strstr (before, "Unowned risk 29"));
    }
  }
}

/* The readiness section counts the findings rule by rule (records, not
 * messages) and shows some of each rule, so that no rule hides behind
 * another's many findings; what it leaves out is marked ⚠ under its record
 * in the registers: risks in the risk register, and the findings of 4.2
 * under their party or requirement in the context register. */
static void
test_readiness_by_rule (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "rules.isms");
  g_autofree char *pdf = test_dir_path (fixture, "rules.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Rules Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestRecord) party = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Beta client",
                                                "relevance", "Buys from us", NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *all = NULL;
  g_autofree char *untreated_27 = squeeze ("R27 Untreated 27:");
  g_autofree char *lists_every = squeeze ("“attest-cli check” lists every finding");
  g_autofree char *appendix_b = squeeze ("Appendix B: Context register What the readiness rules find");
  const char *readiness, *appendix;

  g_assert_no_error (error);
  /* 27 risks above the acceptance level with no treatment, then 3 to be
   * modified with no action (critical, 4 × 5: blockers) and 2 within the
   * acceptance level (low, 1 × 2: warnings). */
  for (guint i = 0; i < 32; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %u", i < 27 ? "Untreated" : "Modified", i + 1);
      g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", title, "owner", "IT lead",
                                                   "likelihood", i < 30 ? 4 : 1, "impact", i < 30 ? 5 : 2,
                                                   "treatment", i < 27 ? ATTEST_TREATMENT_UNDECIDED : ATTEST_TREATMENT_MODIFY,
                                                   NULL);

      g_assert_true (attest_workspace_add (workspace, risk, &error));
    }
  /* 30 requirements marked not addressed that do not say why. */
  g_assert_true (attest_workspace_add (workspace, party, &error));
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *text = g_strdup_printf ("Beta wants %u", i + 1);

      g_assert_true (attest_workspace_add (workspace, g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id",
                                                                    attest_record_get_id (party), "text", text, NULL),
                                           &error));
    }
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  all = squeezed_all (doc);
  readiness = strstr (all, "Readinesssummary");
  readiness = readiness ? strstr (readiness + 1, "Readinesssummary") : NULL;   /* past the contents */
  g_assert_nonnull (readiness);

  /* A row for each rule that fired, with how many records. */
  assert_in (readiness, "Findings by rule");
  assert_in (readiness, "Above the acceptance level, and no treatment chosen 6.1.3 a Blocker 27");
  assert_in (readiness, "To be modified, and no action in the treatment plan 6.1.3 e Blocker 3");
  assert_in (readiness, "To be modified, and no action in the treatment plan 6.1.3 e Warning 2");
  assert_in (readiness, "A requirement marked not addressed without saying why or what is planned 4.2 Warning 30");
  /* Every rule shows in the sample, each before the first 25 of another. */
  assert_in (readiness, "Blocker 6.1.3 e R28 Modified 28: to be modified, and the treatment plan has no action for it");
  assert_in (readiness, "Warning 6.1.3 e R31 Modified 31: to be modified, and the treatment plan has no action for it");
  g_assert_null (strstr (readiness, untreated_27));
  assert_in (readiness, "each marked ⚠ under its risk in the Risk column of Appendix F: Risk register.");
  /* The 30 requirements share the part with the other findings of clause 4 (the scope, the processes). */
  assert_in (readiness, "And 12 more, each marked ⚠ under its issue, interested party or requirement in Appendix B: "
                        "Context register.");
  g_assert_null (strstr (readiness, lists_every));

  /* The 4.2 findings are marked under their requirement in Appendix B, and
   * the appendix says so. */
  appendix = strstr (readiness, appendix_b);
  g_assert_nonnull (appendix);
  assert_in (appendix, "an interested party or a requirement is marked ⚠ under it: 30 findings in all.");
  assert_in (appendix, "Beta wants 30 ⚠ A requirement of Beta client, “Beta wants 30”, is marked not addressed "
                       "without saying why");
  assert_in (all, "R27 Untreated 27 ⚠ Above the acceptance level and no treatment chosen");
}

/* 4.2 lists each party's requirements together, in the order of the
 * parties, whatever order they were recorded in. */
/* The text of every table cell in the structure tree, in order. */
static void
cells_in_order (PopplerStructureElementIter *iter,
                GPtrArray                   *cells)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);

      if (poppler_structure_element_get_kind (element) == POPPLER_STRUCTURE_ELEMENT_TABLE_DATA)
        {
          g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);

          g_ptr_array_add (cells, text != NULL ? collapse (text) : g_strdup (""));
        }
      else if (child != NULL)
        cells_in_order (child, cells);
      g_clear_pointer (&child, poppler_structure_element_iter_free);
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static void
test_requirements_by_party (TestDir       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "parties.isms");
  g_autofree char *pdf = test_dir_path (fixture, "parties.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Parties Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_CONTEXT, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *alpha = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Alpha regulator", NULL);
  AttestRecord *beta = g_object_new (ATTEST_TYPE_INTERESTED_PARTY, "name", "Beta client", NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *a, *b1, *b2;

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, alpha, &error));
  g_assert_true (attest_workspace_add (workspace, beta, &error));
  for (const char * const *r = (const char * const[]) { "beta", "Beta wants one", "alpha", "Alpha wants this",
                                                        "beta", "Beta wants two", NULL }; *r != NULL; r += 2)
    {
      AttestRecord *party = g_str_equal (r[0], "alpha") ? alpha : beta;

      g_assert_true (attest_workspace_add (workspace, g_object_new (ATTEST_TYPE_REQUIREMENT, "party-id",
                                                                    attest_record_get_id (party), "text", r[1], NULL),
                                           &error));
    }
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  a = strstr (text, "Alpha wants this");
  b1 = strstr (text, "Beta wants one");
  b2 = strstr (text, "Beta wants two");
  g_assert_nonnull (a);
  g_assert_nonnull (b1);
  g_assert_nonnull (b2);
  /* Each party is named once, above its requirements, not on every row:
   * the cells as a screen reader reads them, in order. */
  {
    g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
    PopplerStructureElementIter *iter = poppler_structure_element_iter_new (doc);
    guint n_beta = 0, alpha_group = 0, beta_group = 0, alpha = 0, beta_one = 0, beta_two = 0;

    g_assert_nonnull (iter);
    cells_in_order (iter, cells);
    poppler_structure_element_iter_free (iter);
    for (guint i = 0; i < cells->len; i++)
      {
        const char *cell = g_ptr_array_index (cells, i);

        if (g_str_equal (cell, "Beta client"))
          {
            n_beta++;
            beta_group = i;   /* the last: the requirements' table */
          }
        if (g_str_equal (cell, "Alpha regulator"))
          alpha_group = i;
        /* A requirement's cell may carry what the readiness rules find under it. */
        if (g_str_has_prefix (cell, "Alpha wants this"))
          alpha = i;
        if (g_str_has_prefix (cell, "Beta wants one"))
          beta_one = i;
        if (g_str_has_prefix (cell, "Beta wants two"))
          beta_two = i;
      }
    /* Once in the parties' table, once above its requirements. */
    g_assert_cmpuint (n_beta, ==, 2);
    g_assert_cmpuint (alpha_group, <, alpha);
    g_assert_cmpuint (alpha, <, beta_group);
    g_assert_cmpuint (beta_group, <, beta_one);
    g_assert_cmpuint (beta_one, <, beta_two);
  }
}

/* A table's heading, or the sentence that introduces it, is never left at
 * the foot of a page with fewer than three of its rows: wherever the page
 * ends, the page that has the heading (or the lead-in) has row 3 too. */
static void
test_keep_together (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "keep.pdf");
  const double widths[] = { 0.2, 0.8 };
  const char *headers[] = { "Rank", "Level" };

  for (guint lead = 0; lead < 2; lead++)
    for (guint fill = 30; fill < 75; fill++)
      {
        g_autoptr(AttestDocument) doc = attest_document_new ();
        g_autoptr(PopplerDocument) reader = NULL;
        g_autoptr(GError) error = NULL;
        const char *marker = lead ? "Lead-in sentence." : "Risk levels here";
        AttestTable *table;
        gboolean checked = FALSE;

        attest_document_set_info (doc, "Keep Ltd", "Layout", "Public", "1", "2023-11-14");
        attest_document_add_heading (doc, 1, NULL, "Keep", NULL);
        for (guint i = 0; i < fill; i++)
          attest_document_add_text (doc, ATTEST_TEXT_BODY, "Filler.");
        if (lead)
          attest_document_add_text (doc, ATTEST_TEXT_BODY, marker);
        else
          attest_document_add_heading (doc, 3, "", marker, NULL);
        table = attest_document_add_table (doc, 2, widths, headers);
        for (guint r = 1; r <= 5; r++)
          {
            g_autofree char *rank = g_strdup_printf ("%u", r);
            g_autofree char *name = g_strdup_printf ("row %u", r);

            attest_table_add_row (table, (const char * const[]) { rank, name }, NULL);
          }
        g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
        g_assert_no_error (error);
        reader = open_pdf (pdf);
        for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
          {
            g_autofree char *page = page_text (reader, i);
            const char *at = strstr (page, marker);

            /* The table's title above its part on a later page is not it. */
            if (at == NULL || g_str_has_prefix (at + strlen (marker), " (continued)"))
              continue;
            /* A short table is kept whole with its heading. */
            if (strstr (page, "row 5") == NULL)
              g_error ("After %u paragraphs “%s” is on page %d without all five of its rows", fill, marker, i + 1);
            checked = TRUE;
          }
        g_assert_true (checked);
      }
}

/* A table's last row never stands alone at the top of a page: wherever
 * the page ends, the row before it goes with it. */
static void
test_last_row (TestDir       *fixture,
               gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "last-row.pdf");
  const double widths[] = { 0.2, 0.8 };
  const char *headers[] = { "Rank", "Level" };
  gboolean split = FALSE;

  for (guint fill = 0; fill < 40; fill++)
    {
      g_autoptr(AttestDocument) doc = attest_document_new ();
      g_autoptr(PopplerDocument) reader = NULL;
      g_autoptr(GError) error = NULL;
      AttestTable *table;

      attest_document_set_info (doc, "Keep Ltd", "Layout", "Public", "1", "2023-11-14");
      attest_document_add_heading (doc, 1, NULL, "Last rows", NULL);
      for (guint i = 0; i < fill; i++)
        attest_document_add_text (doc, ATTEST_TEXT_BODY, "Filler.");
      attest_document_add_heading (doc, 3, "", "Levels", NULL);
      table = attest_document_add_table (doc, 2, widths, headers);
      for (guint r = 1; r <= 30; r++)
        {
          g_autofree char *rank = g_strdup_printf ("%u", r);
          g_autofree char *name = g_strdup_printf ("level-%u-row", r);

          attest_table_add_row (table, (const char * const[]) { rank, name }, NULL);
        }
      g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
      g_assert_no_error (error);
      reader = open_pdf (pdf);
      for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
        {
          g_autofree char *page = page_text (reader, i);

          if (strstr (page, "level-30-row") == NULL)
            continue;
          if (strstr (page, "level-29-row") == NULL)
            g_error ("After %u paragraphs the table's last row is alone on page %d", fill, i + 1);
          split |= strstr (page, "level-1-row") == NULL;
        }
    }
  /* The table did go on to another page. */
  g_assert_true (split);
}

/* Lines of a page's text that hold @word. */
static guint
lines_with (PopplerDocument *doc,
            int              index,
            const char      *word)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += strstr (lines[i], word) != NULL;
  return n;
}

/* A paragraph split between pages leaves at least two of its lines at the
 * foot of the one and at the top of the next, wherever the page ends. */
static void
test_widows (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "widows.pdf");
  g_autoptr(GString) paragraph = g_string_new (NULL);
  guint split = 0;

  for (guint w = 0; w < 90; w++)
    g_string_append_printf (paragraph, "%szq%02u word", w ? " " : "", w);
  for (guint fill = 40; fill < 75; fill++)
    {
      g_autoptr(AttestDocument) doc = attest_document_new ();
      g_autoptr(PopplerDocument) reader = NULL;
      g_autoptr(GError) error = NULL;
      guint pages = 0;

      attest_document_set_info (doc, "Keep Ltd", "Layout", "Public", "1", "2023-11-14");
      attest_document_add_heading (doc, 1, NULL, "Widows", NULL);
      for (guint i = 0; i < fill; i++)
        attest_document_add_text (doc, ATTEST_TEXT_BODY, "Filler.");
      attest_document_add_text (doc, ATTEST_TEXT_BODY, paragraph->str);
      g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
      g_assert_no_error (error);
      reader = open_pdf (pdf);
      for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
        {
          guint n = lines_with (reader, i, "zq");

          if (n == 1)
            g_error ("After %u paragraphs page %d holds one line of the paragraph", fill, i + 1);
          pages += n > 0;
        }
      split += pages > 1;
    }
  /* The case the test is about happened. */
  g_assert_cmpuint (split, >, 0);
}

/* The top-level titles of the PDF's outline, in order. */
static GPtrArray *
outline_titles (PopplerDocument *doc)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *iter = poppler_index_iter_new (doc);

  g_assert_nonnull (iter);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_ptr_array_add (titles, collapse (action->any.title));
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);
  return titles;
}

/* The pack in the order an auditor reads it: the index of mandatory
 * documented information, readiness, the core documents
 * (scope, policy, method, SoA, treatment plan), the other clauses in order, then an
 * appendix for every register. */
static void
test_order (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *path = test_dir_path (fixture, "pack.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  static const char * const expected[] = {
    "Document control", "Contents", "Index of mandatory documented information", "Readiness summary",
    "4.3 Determining the scope", "5.2 Information security policy", "6 Planning", "Statement of Applicability (6.1.3 d)",
    "8.3 Information security risk treatment",
    "4 Context of the organization", "5 Leadership", "6.2 Information security objectives", "6.3 Planning of changes",
    "7 Support", "8 Operation", "9 Performance evaluation", "10 Improvement",
    "Appendix A: Scope register", "Appendix B: Context register", "Appendix C: Process register",
    "Appendix D: Document register", "Appendix E: Asset register", "Appendix F: Risk register",
    "Appendix G: Evidence register", "Appendix H: Integrity of the history",
  };
  g_autoptr(AttestDocument) model = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  g_autoptr(GString) statement = g_string_new (NULL);
  g_autoptr(GString) appendix = g_string_new (NULL);
  guint scope_page = G_MAXUINT, method_page = G_MAXUINT, register_page = G_MAXUINT, after_register = G_MAXUINT;
  g_autofree char *squeezed = NULL;
  GPtrArray *headings;

  export (workspace, &options, path);
  doc = open_pdf (path);
  titles = outline_titles (doc);
  g_assert_cmpuint (titles->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < titles->len; i++)
    if (!g_str_has_prefix (g_ptr_array_index (titles, i), expected[i]))
      g_error ("Heading %u is “%s”, not “%s”", i + 1, (char *) g_ptr_array_index (titles, i), expected[i]);

  /* The scope statement reads as a statement: how many of each part, and
   * where they are listed; the parts themselves are in the scope register. */
  model = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (model, ATTEST_PAPER_A4);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "clause-4.3") == 0)
        scope_page = info->page;
      else if (g_strcmp0 (info->anchor, "clause-6") == 0)
        method_page = info->page;
      else if (g_strcmp0 (info->anchor, "appendix-scope") == 0)
        register_page = info->page;
      else if (g_strcmp0 (info->anchor, "appendix-assets") == 0)
        after_register = info->page;
    }
  g_assert_cmpuint (scope_page, <, method_page);
  g_assert_cmpuint (register_page, <, after_register);
  g_assert_cmpuint (after_register, <, G_MAXUINT);
  for (guint i = scope_page; i < method_page; i++)
    {
      g_autofree char *page = page_text (doc, (int) i);

      g_string_append (statement, page);
    }
  for (guint i = register_page; i < after_register; i++)
    {
      g_autofree char *page = page_text (doc, (int) i);

      g_string_append (appendix, page);
    }
  squeezed = squeeze (statement->str);
  for (const char * const *s = (const char * const[]) {
         "Organisationalunits3AppendixA:Scoperegister", "Locations2AppendixA:Scoperegister",
         "Processesandservices2", "Informationsystems3", "Exclusions1", "Interfacesanddependencies4", NULL }; *s; s++)
    if (strstr (squeezed, *s) == NULL)
      g_error ("The scope statement does not count “%s”", *s);
  for (const char * const *s = (const char * const[]) {
         "Receiving, analysing and returning client data sets.", "Runs payroll from data we send monthly.",
         "Run and secured by the landlord", NULL }; *s; s++)
    {
      if (strstr (statement->str, *s) != NULL)
        g_error ("The scope statement lists the part “%s”: the scope register does", *s);
      if (strstr (appendix->str, *s) == NULL)
        g_error ("The scope register does not list “%s”", *s);
    }
  /* 4.1 and 4.2 count their issues, parties and requirements; the context
   * register lists them. */
  {
    g_autofree char *all = squeezed_all (doc);

    assert_in (all, "Internal issues 4 Appendix B: Context register");
    assert_in (all, "External issues 8 Appendix B: Context register");
    assert_in (all, "Interested parties 11 Appendix B: Context register");
    assert_in (all, "Appendix B: Context register Internal and external issues (4.1)");
  }
  /* Each count's page is the page its list is on. */
  {
    g_autofree char *want = g_strdup_printf ("Exclusions1AppendixA:Scoperegister%u", register_page + 1);
    gboolean found = FALSE;

    for (guint i = 0; i < headings->len; i++)
      {
        AttestHeadingInfo *info = g_ptr_array_index (headings, i);

        if (g_strcmp0 (info->anchor, "scope-register-exclusion") == 0)
          {
            g_free (want);
            want = g_strdup_printf ("Exclusions1AppendixA:Scoperegister%u", info->page + 1);
            found = TRUE;
          }
      }
    g_assert_true (found);
    if (strstr (squeezed, want) == NULL)
      g_error ("The scope statement does not give the exclusions' page: “%s”", want);
  }
}

/* The text of the pages from the SoA's heading to the treatment plan's. */
static char *
soa_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);
  gboolean in = FALSE;

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *page = page_text (doc, i);

      if (strstr (page, "Statement of Applicability (6.1.3 d) ") != NULL && strstr (page, "Contents") == NULL)
        in = TRUE;
      else if (in && strstr (page, "8.3 Information security risk treatment ") != NULL)
        break;
      if (in)
        g_string_append (text, page);
    }
  return g_string_free (text, FALSE);
}

/* Every control with its applicability, justification, status, owner,
 * evidence and, while not implemented, its target date; an included
 * control's justification derived from the risks it treats and the
 * parties' requirements, by their titles. */
/* The Statement of Applicability's Justification column, page by page, in
 * its own reading order (the text of a whole page interleaves the lines of
 * neighbouring columns): from the left of its header to the left of the
 * next one, each column's words on one line. */
static char *
justification_column (PopplerDocument *doc)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *left = poppler_page_find_text (page, "Title and");
      GList *right = poppler_page_find_text (page, "Status and");
      double width, height;

      PopplerRectangle *l = NULL, *r = NULL;

      poppler_page_get_size (page, &width, &height);
      /* The two header words on one line: the words may stand in cells too. */
      for (GList *a = left; a != NULL && r == NULL; a = a->next)
        for (GList *b = right; b != NULL && r == NULL; b = b->next)
          {
            PopplerRectangle *ra = a->data, *rb = b->data;

            if (fabs (ra->y1 - rb->y1) < 1 && rb->x1 > ra->x1)
              {
                l = ra;
                r = rb;
              }
          }
      if (l != NULL && r != NULL)
        {
          g_autofree char *text = poppler_page_get_text (page);
          g_autoptr(GString) column = g_string_new (NULL);
          g_autofree char *line = NULL;
          PopplerRectangle *rects = NULL;
          guint n_rects = 0, k = 0;
          const char *body;

          /* The characters whose boxes stand in the column, in the page's
           * reading order; line ends become spaces. */
          g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
          for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
            {
              if (*c == '\n')
                g_string_append_c (column, ' ');
              else if (rects[k].x1 >= l->x1 - 1 && rects[k].x2 <= r->x1 - 1)
                g_string_append_len (column, c, g_utf8_next_char (c) - c);
            }
          g_free (rects);
          line = collapse (column->str);
          body = line;
          /* Without the header repeated on each page, so that a cell split
           * over two pages reads on. */
          if (g_str_has_prefix (body, "Justification "))
            body += strlen ("Justification ");
          g_string_append_printf (out, "%s ", body);
        }
      g_list_free_full (left, (GDestroyNotify) poppler_rectangle_free);
      g_list_free_full (right, (GDestroyNotify) poppler_rectangle_free);
    }
  return g_string_free (out, FALSE);
}

static void
test_soa_columns (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *path = test_dir_path (fixture, "pack.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  AttestRecord *backup = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  AttestRecord *excluded = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);

  export (workspace, &options, path);
  doc = open_pdf (path);
  text = soa_text (doc);
  /* The columns, in order (text extraction glues neighbouring cells). */
  {
    const char *at = text;

    for (const char * const *h = (const char * const[]) { "Control", "Applies", "Title and justification", "Status and target date",
                                                           "Owner", "Evidence and", "Risks", NULL }; *h; h++)
      if ((at = strstr (at, *h)) == NULL)
        g_error ("The SoA has no column “%s” in its place", *h);
  }

  /* A control still to be implemented prints its target date; one that an
   * interested party's requirement brings in says so. */
  {
    AttestRecord *planned = NULL;
    g_autofree char *target = NULL;
    g_autofree char *column = justification_column (doc);

    for (guint i = 0; i < g_list_model_get_n_items (entries) && planned == NULL; i++)
      {
        g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

        if (attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_APPLICABLE
            && attest_record_get_enum (entry, "status") != ATTEST_IMPLEMENTATION_IMPLEMENTED
            && *attest_record_get_string (entry, "target-date") != '\0')
          planned = entry;
      }
    g_assert_nonnull (planned);
    {
      g_autofree char *day = table_day (attest_record_get_string (planned, "target-date"));

      target = g_strdup_printf ("Target date %s", day);
    }
    g_assert_nonnull (strstr (text, target));
    /* The party before its requirement, never in brackets after it (the
     * text as Poppler reads it: the no-break space before the dash is a
     * space). */
    g_assert_nonnull (strstr (column, "It meets what an interested party requires: Cyber insurer — “"));
    g_assert_null (strstr (column, "(Cyber insurer)"));
    /* The risks are named once, by their numbers in the Risks column: the
     * justification says that the control treats them, not which. */
    g_assert_nonnull (strstr (column, " in the Risks column."));
    g_assert_null (strstr (column, "It treats the risk “"));
    g_assert_null (strstr (column, "It treats the risks “"));
  }
  /* Evidence by title and where it is kept; owners; exclusions with their reason. */
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);

      if (attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_NOT_APPLICABLE && excluded == NULL)
        excluded = entry;
      if (evidence == NULL || evidence->len == 0)
        {
          g_clear_pointer (&evidence, g_ptr_array_unref);
          evidence = attest_soa_dup_evidence (workspace, entry);
        }
    }
  g_assert_nonnull (excluded);
  g_assert_nonnull (strstr (text, attest_record_get_string (excluded, "justification")));
  g_assert_cmpuint (evidence->len, >, 0);
  {
    AttestRecord *item = g_ptr_array_index (evidence, 0);
    g_autofree char *kept = g_strdup_printf ("%s (%s)", attest_record_get_string (item, "title"),
                                             attest_record_get_string (item, "location"));

    g_assert_nonnull (strstr (text, kept));
  }
  g_assert_nonnull (strstr (text, attest_record_get_string (backup, "owner")));
  g_assert_nonnull (strstr (text, "Implemented"));
  /* Every control with its justification as derived and written, its
   * risks referred to the Risks column, read from its column. */
  g_free (text);
  text = justification_column (doc);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      g_autofree char *justification = attest_soa_dup_justification_with (workspace, entry, ATTEST_SOA_RISKS_REFERRED);
      g_autofree char *first = collapse (justification);
      char *stop = strchr (first, '.');

      g_assert_nonnull (stop);
      stop[1] = '\0';
      if (strstr (text, first) == NULL)
        g_error ("The justification of %s is not printed: %s", attest_record_get_string (entry, "control-id"), first);
    }
}

/* In the large demo the SoA comes early, not after the registers. */
static void
test_large_order (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "large.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestDocument) doc = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  GPtrArray *headings;
  guint n_pages, soa = G_MAXUINT, scope = G_MAXUINT, method = G_MAXUINT, policy = G_MAXUINT, scope_register = G_MAXUINT;
  guint residual = G_MAXUINT, approvals = G_MAXUINT;

  /* Some 900 pages: the plain and the sanitizer passes lay them out; under
   * Valgrind that would take the better part of an hour. */
  if (!test_large_workloads ())
    {
      g_test_skip ("the large demo's pack is laid out in the plain and sanitizer passes");
      return;
    }
  workspace = attest_demo_create (path, ATTEST_DEMO_LARGE, &error);
  g_assert_no_error (error);
  doc = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (doc, ATTEST_PAPER_A4);
  n_pages = attest_pagination_get_n_pages (pagination);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "soa") == 0)
        soa = info->page;
      else if (g_strcmp0 (info->anchor, "clause-4.3") == 0)
        scope = info->page;
      else if (g_strcmp0 (info->anchor, "clause-5.2") == 0)
        policy = info->page;
      else if (g_strcmp0 (info->anchor, "clause-6") == 0)
        method = info->page;
      else if (g_strcmp0 (info->anchor, "appendix-scope") == 0)
        scope_register = info->page;
      else if (g_strcmp0 (info->anchor, "treatment-residual") == 0)
        residual = info->page;
      else if (g_strcmp0 (info->anchor, "owner-approvals") == 0)
        approvals = info->page;
    }
  g_assert_cmpuint (n_pages, >, 100);
  /* The treatment plan's residual-risk table lists the risks being
   * treated or above the acceptance level, not the thousands kept as they
   * are (the risk register lists those): it took 200 pages when it listed
   * all 5,000. */
  g_assert_cmpuint (residual, <, approvals);
  g_test_message ("the residual-risk table takes pages %u to %u", residual + 1, approvals + 1);
  g_assert_cmpuint (approvals - residual, <, 100);
  g_test_message ("the scope statement takes pages %u to %u, the SoA starts on page %u of %u", scope + 1, method,
                  soa + 1, n_pages);
  /* The scope statement is a statement, its 2,000 parts in the scope
   * register among the appendices: the policy follows within a few pages,
   * and the method after its few pages. */
  g_assert_cmpuint (policy, >, scope);
  g_assert_cmpuint (policy - scope, <=, 3);
  g_assert_cmpuint (method, >, policy);
  g_assert_cmpuint (method - policy, <=, 4);
  g_assert_cmpuint (soa, <, 30);
  g_assert_cmpuint (scope_register, >, soa);
}

static void assert_unbroken (const char *pdf, GPtrArray *texts);

/* The large demo's SoA: a control that treats hundreds of risks names a
 * handful of them and counts the rest (the risk register lists them all),
 * so that its row does not run over pages that show no control; and no
 * line of the SoA starts with a comma (one wrapped off the id before it). */
static void
test_large_soa_risks (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "large.isms");
  g_autofree char *pdf = test_dir_path (fixture, "large-soa.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  AttestPackOptions options = { ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestDocument) doc = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  GPtrArray *headings;
  guint soa = G_MAXUINT, after = G_MAXUINT;
  gboolean counted = FALSE;

  if (!test_large_workloads ())
    {
      g_test_skip ("the large demo's pack is laid out in the plain and sanitizer passes");
      return;
    }
  workspace = attest_demo_create (path, ATTEST_DEMO_LARGE, &error);
  g_assert_no_error (error);
  doc = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (doc, ATTEST_PAPER_A4);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "soa") == 0)
        soa = info->page;
      else if (soa != G_MAXUINT && after == G_MAXUINT && info->level == 1)
        after = info->page;
    }
  g_assert_cmpuint (soa, !=, G_MAXUINT);
  g_assert_cmpuint (after, !=, G_MAXUINT);
  g_test_message ("the SoA takes pages %u to %u", soa + 1, after);
  /* 93 controls, some ten pages (54 when every risk was listed). */
  g_assert_cmpuint (after - soa, <, 20);

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  for (guint i = soa; i < after; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, (int) i);
      g_autofree char *text = poppler_page_get_text (page);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0, k = 0;
      const char *previous = NULL;
      guint previous_k = 0;

      /* Every page of the table shows a control. */
      g_assert_nonnull (strstr (text, "A."));
      /* Every comma stands right after the character before it, on its
       * line: none starts a line of its own. */
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
        {
          if (g_unichar_isspace (g_utf8_get_char (c)))
            continue;
          if (*c == ',' && previous != NULL
              && (fabs (rects[k].y2 - rects[previous_k].y2) > 1 || fabs (rects[k].x1 - rects[previous_k].x2) > 1))
            {
              g_autofree char *around = g_strndup (previous, 12);

              g_error ("A comma on page %u starts a line, away from what it follows: “%s”", i + 1, around);
            }
          previous = c;
          previous_k = k;
        }
      g_free (rects);
      /* "and 193 more" in the Risks column, which may wrap it: the
       * justification names no risk, and counts none. */
      if (g_regex_match_simple ("and\\W+\\d+\\W+more", text, 0, 0))
        counted = TRUE;
    }
  g_assert_true (counted);
  /* And every risk id of the table, with its comma, on one line. */
  {
    g_autoptr(GPtrArray) texts = attest_document_dup_unbreakable (doc);
    guint ids = 0;

    for (guint t = 0; t < texts->len; t++)
      if (g_regex_match_simple ("^R[0-9]+,$", g_ptr_array_index (texts, t), 0, 0))
        ids++;
    g_assert_cmpuint (ids, >, 20);
    assert_unbroken (pdf, texts);
  }
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
      /* A page that carries the table on says so above it, and the row it
       * carries on names itself again. */
      if (i > 0)
        {
          g_autofree char *squeezed = squeeze (page);
          const char *title = strstr (squeezed, "Layout1.2Third(continued)KeyLongvalue");

          if (title == NULL)
            g_error ("Page %d does not start with the table's title", i + 1);
          g_assert_nonnull (strstr (title, "tall(continued)line"));
        }
    }
  g_assert_cmpint (with_header, ==, n_pages - 1);
  {
    g_autofree char *last = page_text (reader, n_pages - 1);

    g_assert_nonnull (strstr (last, "one"));
    g_assert_null (strstr (last, "Long value"));
  }
}

/* Whether @texts each print on one line in @pdf: for every page, the
 * characters poppler reads, white space left out, are searched for each
 * text (white space left out too); an occurrence that stands as words of
 * its own (white space or the line's end around it) must have all its
 * characters on one baseline. Every text must be found on one line at
 * least once: a header word broken into "Appli" and "es" is then either
 * found across two baselines or not at all. */
/* Whether the character at byte @at of @chars belongs to a word or an
 * identifier such as "A.5.1" or "ISMS-PRC-04": a letter, a digit, "." or
 * "-". */
static gboolean
word_char_at (const char *chars,
              gsize       at)
{
  gunichar c = g_utf8_get_char (chars + at);

  return c != 0 && (g_unichar_isalnum (c) || c == '.' || c == '-');
}

static void
assert_unbroken (const char *pdf,
                 GPtrArray  *texts)
{
  g_autoptr(PopplerDocument) reader = open_pdf (pdf);
  g_autofree gboolean *found = g_new0 (gboolean, texts->len);
  g_autoptr(GPtrArray) squeezed = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < texts->len; t++)
    {
      GString *out = g_string_new (NULL);

      for (const char *c = g_ptr_array_index (texts, t); *c != '\0'; c = g_utf8_next_char (c))
        if (!g_unichar_isspace (g_utf8_get_char (c)))
          g_string_append_unichar (out, g_utf8_get_char (c));
      g_ptr_array_add (squeezed, g_string_free (out, FALSE));
    }

  for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autoptr(GString) chars = g_string_new (NULL);
      g_autoptr(GArray) rect_of = g_array_new (FALSE, FALSE, sizeof (guint));    /* per byte of chars */
      g_autoptr(GArray) space_before = g_array_new (FALSE, FALSE, sizeof (gboolean));
      PopplerRectangle *rects = NULL;
      guint n_rects = 0, k = 0;
      gboolean space = TRUE;

      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
        {
          gunichar u = g_utf8_get_char (c);

          if (g_unichar_isspace (u))
            {
              space = TRUE;
              continue;
            }
          for (const char *b = c; b < g_utf8_next_char (c); b++)
            {
              g_array_append_val (rect_of, k);
              g_array_append_val (space_before, space);
            }
          g_string_append_len (chars, c, g_utf8_next_char (c) - c);
          space = FALSE;
        }

      for (guint t = 0; t < texts->len; t++)
        {
          const char *needle = g_ptr_array_index (squeezed, t);
          gsize length = strlen (needle);

          for (const char *at = strstr (chars->str, needle); at != NULL && length > 0; at = strstr (at + 1, needle))
            {
              gsize start = at - chars->str, end = start + length;
              /* An identifier stands on its own between punctuation too: "(A.5.1)". */
              gboolean words = (g_array_index (space_before, gboolean, start) || start == 0
                                || !word_char_at (chars->str, g_utf8_prev_char (at) - chars->str))
                               && (end == chars->len || g_array_index (space_before, gboolean, end)
                                   || !word_char_at (chars->str, end));
              double baseline = rects[g_array_index (rect_of, guint, start)].y2;
              gboolean one_line = TRUE, level_pair = FALSE;
              guint n_chars = 0, previous = G_MAXUINT;

              for (gsize b = start; b < end; b++)
                {
                  guint r = g_array_index (rect_of, guint, b);

                  one_line &= fabs (rects[r].y2 - baseline) < 1.0;
                  if (r != previous && previous != G_MAXUINT)
                    level_pair |= fabs (rects[r].y2 - rects[previous].y2) < 1.0;
                  n_chars += r != previous;
                  previous = r;
                }
              /* Text set upwards, such as an axis title, is neither. */
              if (!one_line && n_chars >= 3 && !level_pair)
                continue;
              if (one_line)
                found[t] = TRUE;
              else if (words)
                g_error ("%s, page %d: '%s' is broken across lines", pdf, i + 1,
                         (char *) g_ptr_array_index (texts, t));
            }
        }
      g_free (rects);
    }
  for (guint t = 0; t < texts->len; t++)
    if (!found[t])
      g_error ("%s: '%s' is nowhere printed on one line", pdf, (char *) g_ptr_array_index (texts, t));
}

/* No page ends with a heading: the lowest line of a page's text (above
 * its footer) is never all in a heading's bold print (10.5 points and up:
 * body text, tables and figures print smaller). */
static void
assert_no_heading_last (const char *pdf)
{
  g_autoptr(PopplerDocument) reader = open_pdf (pdf);

  /* The cover, all headings and titles, is left out. */
  for (int i = 1; i < poppler_document_get_n_pages (reader); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, i);
      g_autofree char *text = poppler_page_get_text (page);
      GList *attributes = poppler_page_get_text_attributes (page);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height, lowest = 0;
      gboolean all_heading = TRUE, any = FALSE;
      g_autoptr(GString) line = g_string_new (NULL);
      const char *c;
      guint k;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      /* The body's lowest baseline, the running footer below it left out. */
      for (k = 0; k < n_rects; k++)
        if (rects[k].x1 != rects[k].x2 && rects[k].y2 < height - MARGIN - 20)
          lowest = MAX (lowest, rects[k].y2);
      for (c = text, k = 0; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
        {
          gunichar u = g_utf8_get_char (c);

          if (g_unichar_isspace (u) || fabs (rects[k].y2 - lowest) > 1.0)
            continue;
          g_string_append_unichar (line, u);
          any = TRUE;
          for (GList *a = attributes; a != NULL; a = a->next)
            {
              PopplerTextAttributes *attr = a->data;

              if ((int) k >= attr->start_index && (int) k <= attr->end_index)
                {
                  all_heading &= attr->font_size >= 10.4 && strstr (attr->font_name, "Bold") != NULL;
                  break;
                }
            }
        }
      poppler_page_free_text_attributes (attributes);
      g_free (rects);
      if (any && all_heading)
        g_error ("%s, page %d ends with the heading '%s'", pdf, i + 1, line->str);
    }
}

/* Every word of every table header and every score, level, identifier and
 * date in a column of them prints on one line in the packs of both demos;
 * the columns they need come off the free text. */
static void
check_unbroken (TestDir        *fixture,
                AttestDemoSize  size,
                const char     *name,
                const char     *language)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autofree char *pdf = g_strconcat (path, ".pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_demo_create (path, size, &error);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, language };
  g_autoptr(AttestDocument) doc = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  AttestRecord *method;
  GListModel *risks;

  g_assert_no_error (error);
  doc = attest_audit_pack_build (workspace, &options);
  texts = attest_document_dup_unbreakable (doc);
  /* The scores, from the risks themselves: "Medium (2 × 4)". */
  method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  for (guint i = 0; i < g_list_model_get_n_items (risks) && i < 200; i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      for (guint residual = 0; residual < 2; residual++)
        {
          int likelihood, impact, level = attest_risk_level (workspace, risk, residual);

          attest_risk_get_ratings (workspace, risk, residual, &likelihood, &impact);
          if (level >= 0)
            g_ptr_array_add (texts, g_strdup_printf ("%s (%d × %d)", attest_risk_method_level_name (method, level),
                                                     likelihood, impact));
        }
    }
  g_assert_cmpuint (texts->len, >, 20);
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_unbroken (pdf, texts);
  assert_no_heading_last (pdf);
}

static void
test_unbroken (TestDir       *fixture,
               gconstpointer  data)
{
  check_unbroken (fixture, ATTEST_DEMO_SMALL, "small.isms", NULL);
  check_unbroken (fixture, ATTEST_DEMO_SMALL, "small-de.isms", "de");
  if (test_large_workloads ())
    check_unbroken (fixture, ATTEST_DEMO_LARGE, "large.isms", NULL);
}

/* The engine on its own: headers longer than their columns' share and
 * columns of scores narrower than their cells; and a table of more
 * columns than the page can give their header words, whose header font
 * becomes smaller instead. */
/* Glyphs that print over each other on @page_no (from 0): a cell run on
 * into its neighbour. Returns the first such pair's characters, or NULL. */
static char *
overlapping_glyphs (PopplerDocument *doc,
                    int              page_no)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, page_no);
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0, n = 0;
  g_autofree gunichar *chars = NULL;
  g_autofree guint *order = NULL;
  char *found = NULL;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  chars = g_utf8_to_ucs4_fast (text, -1, NULL);
  order = g_new (guint, n_rects);
  for (guint i = 0; i < n_rects && chars[i] != 0; i++)
    if (!g_unichar_isspace (chars[i]))
      order[n++] = i;
  for (guint a = 0; a < n && found == NULL; a++)
    for (guint b = a + 1; b < n && found == NULL; b++)
      {
        PopplerRectangle *r = &rects[order[a]], *q = &rects[order[b]];
        double w = MIN (r->x2, q->x2) - MAX (r->x1, q->x1);
        double h = MIN (r->y2, q->y2) - MAX (r->y1, q->y1);

        /* Neighbours in a word touch; a glyph over another covers half
         * of the narrower one's width. */
        if (h > 0.5 * MIN (r->y2 - r->y1, q->y2 - q->y1)
            && w > 0.5 * MIN (r->x2 - r->x1, q->x2 - q->x1))
          found = g_strdup_printf ("page %d: '%s' over '%s' at %.0f,%.0f", page_no + 1,
                                   g_ucs4_to_utf8 (&chars[order[a]], 1, NULL, NULL, NULL),
                                   g_ucs4_to_utf8 (&chars[order[b]], 1, NULL, NULL, NULL), r->x1, r->y1);
      }
  g_free (rects);
  return found;
}

/* No cell of a table runs on into the next in the German pack: the scope
 * table's "Listed in" ("Anhang A: Verzeichnis des Anwendungsbereichs", a
 * link kept on one line) printed under its page numbers. */
static void
test_german_no_overlap (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, "de" };
  g_autoptr(PopplerDocument) doc = NULL;
  gboolean scope_seen = FALSE;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *text = page_text (doc, i);
      g_autofree char *overlap = NULL;

      scope_seen |= strstr (text, "Teil des Anwendungsbereichs") != NULL;
      overlap = overlapping_glyphs (doc, i);
      g_assert_cmpstr (overlap, ==, NULL);
    }
  g_assert_true (scope_seen);
}

/* The document register says of each document its classification and
 * the mandatory documented information and controls it serves, in the
 * order of the standard. */
static void
test_document_register (TestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "register.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = squeezed_all (doc);
  assert_in (text, "ISMS-POL-01 Information security policy Internal · serves 5.2, A.5.1, A.5.2, A.5.4, A.5.36 1.0");
  assert_in (text, "ISMS-OBJ-01 Information security objectives Internal · serves 6.2 1.0");
}

/* The cover calls the pack an audit pack of its day, not an approved
 * version, and lists each document it holds with its own version and
 * approval day. */
static void
test_cover_documents (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "cover.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cover = NULL;
  const char * const *documents = attest_isms_documents ();

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = page_text (doc, 0);
  cover = squeeze (text);
  g_assert_nonnull (strstr (text, "Audit pack of 14 November 2023"));
  g_assert_null (strstr (text, "Last approved"));
  g_assert_null (strstr (text, "changes awaiting approval"));
  for (guint d = 0; documents[d] != NULL; d++)
    {
      AttestRecord *approved = attest_isms_document_get_approved (workspace, documents[d]);
      g_autofree char *row_words = g_strdup_printf ("%s %s", attest_isms_document_get_identifier (documents[d]),
                                                    attest_isms_document_get_title (documents[d]));
      g_autofree char *row = squeeze (row_words);
      g_autoptr(GDateTime) at = NULL;
      g_autofree char *day_words = NULL;
      g_autofree char *day = NULL;
      const char *found = strstr (cover, row);

      g_assert_nonnull (found);
      g_assert_nonnull (approved);
      at = g_date_time_new_from_iso8601 (attest_record_get_string (approved, "approved-at"), NULL);
      g_assert_nonnull (at);
      /* Its own day, written out, on its row. */
      day_words = g_strdup_printf ("%d %s %d", g_date_time_get_day_of_month (at),
                             (const char *[]) { "January", "February", "March", "April", "May", "June", "July",
                                                "August", "September", "October", "November",
                                                "December" }[g_date_time_get_month (at) - 1],
                             g_date_time_get_year (at));
      day = squeeze (day_words);
      g_assert_nonnull (strstr (found, day));
      g_assert_true (strstr (found, day) - found < 80);
    }
}

static void
test_column_widths (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "columns.pdf");
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  const double widths[] = { 0.05, 0.05, 0.05, 0.85 };
  const char *headers[] = { "Applies", "Addressed", "Confidentiality", "What it is about" };
  const double many_widths[] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  const char *many[] = { "Confidentiality", "Availability", "Accountability", "Authenticity", "Reliability",
                         "Integrity", "Traceability", "Applicability", "Justification", "Implementation",
                         "Responsibility", "Documentation" };
  AttestTable *table;

  attest_document_set_info (doc, "Columns Ltd", "Layout", "Public", "1", "2023-11-14");
  attest_document_add_heading (doc, 1, NULL, "Columns", NULL);
  table = attest_document_add_table (doc, 4, widths, headers);
  attest_table_set_nowrap (table, 2, (const guint[]) { 1, 2 });
  for (guint i = 0; i < 5; i++)
    attest_table_add_row (table, (const char * const[]) { "Yes", "Not decided", "Medium (2 × 4)",
                                                          "A free text that gives way to the columns beside it." }, NULL);
  table = attest_document_add_table (doc, 12, many_widths, many);
  attest_table_add_row (table, (const char * const[]) { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12" }, NULL);
  texts = attest_document_dup_unbreakable (doc);
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_qpdf_clean (pdf);
  assert_unbroken (pdf, texts);
}

static void
count_kinds (PopplerStructureElementIter *iter,
             guint                       *kinds,
             GString                     *alts)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);
      g_autofree char *alt = NULL;

      kinds[poppler_structure_element_get_kind (element)]++;
      if (poppler_structure_element_get_kind (element) == POPPLER_STRUCTURE_ELEMENT_FIGURE
          && (alt = poppler_structure_element_get_alt_text (element)) != NULL)
        g_string_append_printf (alts, "%s\n", alt);
      if (child != NULL)
        {
          count_kinds (child, kinds, alts);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

static char *
spawn_out (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The text of every element of @kinds in the structure tree, each whole
 * (its children's text too), white space collapsed. */
static void
collect_texts (PopplerStructureElementIter *iter,
               const PopplerStructureElementKind *kinds,
               guint                        n_kinds,
               GHashTable                  *texts)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);

      for (guint k = 0; k < n_kinds; k++)
        if (poppler_structure_element_get_kind (element) == kinds[k])
          {
            g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);

            if (text != NULL)
              g_hash_table_add (texts, collapse (text));
          }
      if (child != NULL)
        {
          collect_texts (child, kinds, n_kinds, texts);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

/* A screen reader reads each table cell and paragraph whole: every line of
 * a cell that wraps or breaks, a word with "fi" in it, under its TD. (Cairo
 * 1.16 marks a ligature and a space where a line wraps with a nested
 * /ActualText span, and poppler ends the cell's marked content at the
 * first one.) */
static void
test_tagged_cells (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "demo.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) paragraphs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PopplerStructureElementIter *iter;
  static const char * const in_cells[] = {
    "Classification",                             /* a ligature, on one line */
    "Confidential",
    /* A cell that wraps onto a second line. */
    "Run and secured by the landlord; it is physically and logically separate and carries no company or client data.",
    /* Lines, the first bold: a control's title over its justification. */
    "Policies for information security The business needs it. The board committed to certification; the policy "
    "(ISMS-POL-01) sets the direction for it.",
    "A.8.13",
  };
  static const char * const in_paragraphs[] = {
    "Audit pack for ISO/IEC 27001:2022: the ISMS as recorded in Attest, clauses 4 to 10 and the Statement of "
    "Applicability of the Annex A controls, with the registers behind them.",
  };

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  iter = poppler_structure_element_iter_new (reader);
  g_assert_nonnull (iter);
  collect_texts (iter, (const PopplerStructureElementKind[]) { POPPLER_STRUCTURE_ELEMENT_TABLE_DATA }, 1, cells);
  poppler_structure_element_iter_free (iter);
  iter = poppler_structure_element_iter_new (reader);
  collect_texts (iter, (const PopplerStructureElementKind[]) { POPPLER_STRUCTURE_ELEMENT_PARAGRAPH }, 1, paragraphs);
  poppler_structure_element_iter_free (iter);
  for (guint i = 0; i < G_N_ELEMENTS (in_cells); i++)
    if (!g_hash_table_contains (cells, in_cells[i]))
      g_error ("No table cell reads “%s” whole", in_cells[i]);
  for (guint i = 0; i < G_N_ELEMENTS (in_paragraphs); i++)
    if (!g_hash_table_contains (paragraphs, in_paragraphs[i]))
      g_error ("No paragraph reads “%s” whole", in_paragraphs[i]);
}

/* The pack is a tagged PDF: headings, paragraphs, lists, tables with
 * header cells, figures with alternative text, its language and title. */
static void
test_tagged (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "demo.pdf");
  g_autofree char *engine_pdf = test_dir_path (fixture, "list.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(GString) alts = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  PopplerStructureElementIter *iter;
  guint kinds[POPPLER_STRUCTURE_ELEMENT_FORM + 1] = { 0 };
  g_autofree char *info = NULL, *trailer = NULL, *catalog = NULL;
  g_autofree char *root = NULL;
  const char *at;

  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  info = spawn_out ((const char * const[]) { "pdfinfo", pdf, NULL });   /* poppler-utils */
  g_assert_nonnull (strstr (info, "Tagged:          yes"));

  /* The language and the title shown instead of the file name. */
  trailer = spawn_out ((const char * const[]) { "qpdf", "--show-object=trailer", pdf, NULL });
  at = strstr (trailer, "/Root ");
  g_assert_nonnull (at);
  root = g_strdup_printf ("--show-object=%d", atoi (at + strlen ("/Root ")));
  catalog = spawn_out ((const char * const[]) { "qpdf", root, pdf, NULL });
  g_assert_nonnull (strstr (catalog, "/Lang (en)"));
  g_assert_nonnull (strstr (catalog, "/DisplayDocTitle true"));

  reader = open_pdf (pdf);
  iter = poppler_structure_element_iter_new (reader);
  g_assert_nonnull (iter);
  count_kinds (iter, kinds, alts);
  poppler_structure_element_iter_free (iter);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_DOCUMENT], ==, 1);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_HEADING_1], >=, 5);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_HEADING_2], >=, 5);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_HEADING_3], >=, 5);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_PARAGRAPH], >=, 10);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_TABLE], >=, 10);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING], >=, 30);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_TABLE_DATA], >, kinds[POPPLER_STRUCTURE_ELEMENT_TABLE_HEADING]);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_TABLE_ROW], >, kinds[POPPLER_STRUCTURE_ELEMENT_TABLE]);
  /* The matrix, the heat maps, the processes' diagram and the four
   * metrics' charts, each with what it shows in words. */
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_FIGURE], ==, 7);
  g_assert_nonnull (strstr (alts->str, "12 measurements, from "));
  g_assert_nonnull (strstr (alts->str, "; target: At least 95 %; 3 missed it."));
  g_assert_nonnull (strstr (alts->str, "Likelihood 5: Medium, High, High, Critical, Critical."));
  g_assert_nonnull (strstr (alts->str, "Diagram of the processes of the ISMS and how they hand over to each other. "
                                       "Context and interested parties review hands over to Risk assessment, Management review."));
  /* The heat maps as a reader would have them told, not their cells. */
  {
    g_autofree char *expected = NULL;
    GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);

    expected = g_strdup_printf ("Heat map before treatment (inherent): %u risks; ", g_list_model_get_n_items (risks));
    g_assert_nonnull (strstr (alts->str, expected));
    g_assert_nonnull (strstr (alts->str, "Heat map after planned treatment (target): "));
    g_assert_nonnull (strstr (alts->str, " High, "));
    g_assert_null (strstr (alts->str, "at likelihood"));
  }

  /* Lists, from the engine. */
  attest_document_add_heading (doc, 1, NULL, "Lists", NULL);
  attest_document_add_bullets (doc, (const char * const[]) { "one", "two", NULL });
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, engine_pdf, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_qpdf_clean (engine_pdf);
  g_clear_object (&reader);
  reader = open_pdf (engine_pdf);
  memset (kinds, 0, sizeof kinds);
  iter = poppler_structure_element_iter_new (reader);
  count_kinds (iter, kinds, alts);
  poppler_structure_element_iter_free (iter);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_LIST], ==, 1);
  g_assert_cmpuint (kinds[POPPLER_STRUCTURE_ELEMENT_LIST_ITEM], ==, 2);
}

/* The headings of the structure tree in order, as levels 1 to 6, each
 * with its text; and the text of every link element. */
static void
collect_headings (PopplerStructureElementIter *iter,
                  GArray                      *levels,
                  GPtrArray                   *texts,
                  GPtrArray                   *links)
{
  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child = poppler_structure_element_iter_get_child (iter);
      PopplerStructureElementKind kind = poppler_structure_element_get_kind (element);

      if (kind >= POPPLER_STRUCTURE_ELEMENT_HEADING_1 && kind <= POPPLER_STRUCTURE_ELEMENT_HEADING_6)
        {
          guint level = kind - POPPLER_STRUCTURE_ELEMENT_HEADING_1 + 1;
          g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);

          g_array_append_val (levels, level);
          g_ptr_array_add (texts, text != NULL ? collapse (text) : g_strdup (""));
        }
      if (kind == POPPLER_STRUCTURE_ELEMENT_LINK)
        {
          g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);

          g_ptr_array_add (links, text != NULL ? collapse (text) : g_strdup (""));
        }
      if (child != NULL)
        {
          collect_headings (child, levels, texts, links);
          poppler_structure_element_iter_free (child);
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

/* The outline's entries in order, each with its depth (from 1). */
static void
collect_outline (PopplerIndexIter *iter,
                 guint             depth,
                 GArray           *depths,
                 GPtrArray        *texts)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);

      g_array_append_val (depths, depth);
      g_ptr_array_add (texts, collapse (action->any.title));
      poppler_action_free (action);
      if (child != NULL)
        {
          collect_outline (child, depth + 1, depths, texts);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

/* A screen reader's outline of the pack: the cover's title is its first
 * heading (H1), and no heading skips a level below the one before it (a
 * section's "Document control" under its H1 is an H2); an entry of the
 * contents is a link that holds its text. */
static void
test_heading_levels (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "demo.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(GArray) levels = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  PopplerStructureElementIter *iter;
  guint previous = 0, n_h3 = 0;
  gboolean readiness_link = FALSE;

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  iter = poppler_structure_element_iter_new (reader);
  g_assert_nonnull (iter);
  collect_headings (iter, levels, texts, links);
  poppler_structure_element_iter_free (iter);

  g_assert_cmpuint (levels->len, >, 20);
  g_assert_cmpuint (g_array_index (levels, guint, 0), ==, 1);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "Fernhill Analytics Ltd");
  for (guint i = 0; i < levels->len; i++)
    {
      guint level = g_array_index (levels, guint, i);

      if (level > previous + 1)
        g_error ("The heading “%s” is an H%u after an H%u", (char *) g_ptr_array_index (texts, i), level, previous);
      n_h3 += level == 3;
      previous = level;
    }
  g_assert_cmpuint (n_h3, >, 0);

  /* Every heading after the cover's title is tagged at its depth in the
   * PDF's outline: headings side by side are tagged alike ("Likelihood"
   * and "Impact" both H2 under their chapter), whatever they look like. */
  {
    g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr(GPtrArray) outline = g_ptr_array_new_with_free_func (g_free);
    PopplerIndexIter *index = poppler_index_iter_new (reader);

    g_assert_nonnull (index);
    collect_outline (index, 1, depths, outline);
    poppler_index_iter_free (index);
    g_assert_cmpuint (depths->len, ==, levels->len - 1);
    for (guint i = 0; i < depths->len; i++)
      {
        if (g_array_index (depths, guint, i) != g_array_index (levels, guint, i + 1))
          g_error ("The heading “%s” is an H%u at depth %u of the outline", (char *) g_ptr_array_index (texts, i + 1),
                   g_array_index (levels, guint, i + 1), g_array_index (depths, guint, i));
      }
  }

  for (guint i = 0; i < links->len; i++)
    readiness_link |= g_str_equal (g_ptr_array_index (links, i), "Readiness summary");
  g_assert_true (readiness_link);
}

/* The left edge of the header cell @word in the row of @row's, or -1. */
static double
header_x (PopplerPage *page,
          const char  *word,
          const char  *row)
{
  GList *words = poppler_page_find_text_with_options (page, word, POPPLER_FIND_CASE_SENSITIVE);
  GList *rows = poppler_page_find_text_with_options (page, row, POPPLER_FIND_CASE_SENSITIVE);
  double x = -1;

  for (GList *w = words; w != NULL && x < 0; w = w->next)
    for (GList *r = rows; r != NULL; r = r->next)
      if (fabs (((PopplerRectangle *) w->data)->y1 - ((PopplerRectangle *) r->data)->y1) < 1)
        {
          x = ((PopplerRectangle *) w->data)->x1;
          break;
        }
  g_list_free_full (words, (GDestroyNotify) poppler_rectangle_free);
  g_list_free_full (rows, (GDestroyNotify) poppler_rectangle_free);
  return x;
}

/* The German SoA's long headers ("Umsetzungsstand und Zieldatum") and
 * owners' names do not take the room of its free text: the justification
 * is at least as wide as the owner's column and keeps a good part of its
 * share. */
static void
test_german_soa_columns (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  AttestPackOptions options = { ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL, "de" };
  g_autoptr(PopplerDocument) reader = NULL;
  guint n_headers = 0;

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, i);
      double width, height, justification, status, owner, evidence;

      poppler_page_get_size (page, &width, &height);
      justification = header_x (page, "Begründung", "Umsetzungsstand");
      status = header_x (page, "Umsetzungsstand", "Begründung");
      owner = header_x (page, "Verantwortlich", "Begründung");
      evidence = header_x (page, "Nachweis", "Begründung");
      if (justification < 0 || status < 0 || owner < 0 || evidence < 0)
        continue;
      n_headers++;
      /* Part of its share goes to the evidence (whose cells took six to
       * eight lines) and to the gaps between headers: it keeps at least 14%
       * of the text's width. */
      if (status - justification < evidence - owner || status - justification < 0.14 * (width - 2 * MARGIN))
        g_error ("Page %d: the justification is %.1f points wide, the owner %.1f", i + 1,
                 status - justification, evidence - owner);
    }
  g_assert_cmpuint (n_headers, >, 3);
}

/* The smallest gap on any page between @left and @right side by side on
 * one line (the first's last glyph to the second's first), or G_MAXDOUBLE
 * when they never are. */
static double
gap_between (PopplerDocument *doc,
             const char      *left,
             const char      *right)
{
  double gap = G_MAXDOUBLE;

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *lefts = poppler_page_find_text_with_options (page, left, POPPLER_FIND_CASE_SENSITIVE | POPPLER_FIND_WHOLE_WORDS_ONLY);
      GList *rights = poppler_page_find_text_with_options (page, right, POPPLER_FIND_CASE_SENSITIVE | POPPLER_FIND_WHOLE_WORDS_ONLY);

      for (GList *l = lefts; l != NULL; l = l->next)
        for (GList *r = rights; r != NULL; r = r->next)
          {
            PopplerRectangle *a = l->data, *b = r->data;

            if (fabs (a->y1 - b->y1) < 1 && b->x1 > a->x1)
              gap = MIN (gap, b->x1 - a->x2);
          }
      g_list_free_full (lefts, (GDestroyNotify) poppler_rectangle_free);
      g_list_free_full (rights, (GDestroyNotify) poppler_rectangle_free);
    }
  return gap;
}

/* The German tables' long headers keep a visible gap between their cells:
 * "Umsetzungsstand und Zieldatum" and "Verantwortlich", "Entscheidung" and
 * "Anmerkung" nearly touched. */
static void
test_german_header_gaps (TestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, "de" };
  g_autoptr(PopplerDocument) reader = NULL;
  const char *pairs[][2] = {
    { "Umsetzungsstand", "Verantwortlich" }, { "Zieldatum", "Verantwortlich" },
    { "Entscheidung", "Anmerkung" }, { "Verantwortlich", "Nachweis" },
  };
  guint seen = 0;

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      double gap = gap_between (reader, pairs[i][0], pairs[i][1]);

      if (gap == G_MAXDOUBLE)
        continue;
      seen++;
      g_test_message ("%s | %s: %.1f points", pairs[i][0], pairs[i][1], gap);
      if (gap < MIN_HEADER_GAP)
        g_error ("“%s” and “%s” are %.1f points apart", pairs[i][0], pairs[i][1], gap);
    }
  g_assert_cmpuint (seen, >=, 3);
}

/* The command that checks the file against the pack prints in a
 * monospace font of 8 points or more, on lines that a shell joins again:
 * the text copied from the page is the command. */
static void
test_verify_command (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "demo.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  const char *head = attest_store_get_history_head (attest_workspace_get_store (workspace));
  g_autoptr(PopplerDocument) reader = NULL;
  gboolean found = FALSE;

  export (workspace, &options, pdf);
  reader = open_pdf (pdf);
  for (int i = 0; i < poppler_document_get_n_pages (reader) && !found; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (reader, i);
      g_autofree char *text = poppler_page_get_text (page);
      const char *command = strstr (text, "attest-cli log");
      const char *at, *end;
      GList *attributes;
      g_autofree char *line = NULL;
      g_auto(GStrv) argv = NULL;
      g_autoptr(GError) error = NULL;
      glong k;

      if (command == NULL)
        continue;
      found = TRUE;
      at = strstr (command, head);
      g_assert_nonnull (at);
      end = strstr (at, "demo.isms");
      g_assert_nonnull (end);
      line = g_strndup (command, end + strlen ("demo.isms") - command);
      g_assert_true (g_shell_parse_argv (line, NULL, &argv, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_strv_length (argv), ==, 6);
      g_assert_cmpstr (argv[0], ==, "attest-cli");
      g_assert_cmpstr (argv[1], ==, "log");
      g_assert_cmpstr (argv[2], ==, "--verify");
      g_assert_cmpstr (argv[3], ==, "--expect-head");
      g_assert_cmpstr (argv[4], ==, head);
      g_assert_cmpstr (argv[5], ==, "demo.isms");

      /* Every character of the command in a readable monospace font. */
      attributes = poppler_page_get_text_attributes (page);
      for (k = g_utf8_pointer_to_offset (text, command); k < g_utf8_pointer_to_offset (text, end); k++)
        for (GList *a = attributes; a != NULL; a = a->next)
          {
            PopplerTextAttributes *attr = a->data;

            if (k < attr->start_index || k > attr->end_index || g_unichar_isspace (g_utf8_get_char (g_utf8_offset_to_pointer (text, k))))
              continue;
            if (attr->font_size < 8 || strstr (attr->font_name, "Mono") == NULL)
              g_error ("The command prints in %s at %.1f points", attr->font_name, attr->font_size);
            break;
          }
      poppler_page_free_text_attributes (attributes);
    }
  g_assert_true (found);
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

  g_autoptr(GPtrArray) since = NULL;
  g_autofree char *count = NULL;

  g_assert_nonnull (attest_soa_get_approved (workspace));
  /* The demo's own changes since its approval (a control put in place),
   * and one more. */
  since = attest_soa_diff (workspace, attest_soa_get_approved (workspace), NULL);
  g_assert_cmpuint (since->len, >, 0);
  count = g_strdup_printf ("Changes since the approval: %u.", since->len + 1);
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
  g_assert_nonnull (strstr (text, count));
  /* Values as a reader writes them: a choice by its label, a list as its
   * items, never the stored JSON. */
  {
    g_autofree char *squeezed = squeeze (summary);

    assert_in (squeezed, "A.8.13 Implementation Partially implemented Implemented");
    assert_in (squeezed, "A.8.13 Evidence None ISMS-PRC-04 Backup procedure v1.1 and the first restore test record");
    g_assert_null (strstr (squeezed, "[\""));
    g_assert_null (strstr (squeezed, "[]"));
  }
}

/* What the pack computes once per export (the documents' changes since
 * approval, the readiness rules' findings, the tables' measures) is
 * computed again for the next: a record changed between two exports in
 * the same process shows in the second. */
static void
test_second_export (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *first_pdf = test_dir_path (fixture, "first.pdf");
  g_autofree char *second_pdf = test_dir_path (fixture, "second.pdf");
  AttestPackOptions options = { ATTEST_PACK_READINESS | ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.1");
  g_autoptr(GPtrArray) since = attest_soa_diff (workspace, attest_soa_get_approved (workspace), NULL);
  g_autofree char *before = g_strdup_printf ("(ISMS-SOA): %u changes since version 1", since->len);
  g_autofree char *after = g_strdup_printf ("(ISMS-SOA): %u changes since version 1", since->len + 1);
  g_autoptr(PopplerDocument) first = NULL;
  g_autoptr(PopplerDocument) second = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  export (workspace, &options, first_pdf);
  first = open_pdf (first_pdf);
  first_text = squeezed_all (first);
  assert_in (first_text, before);
  g_assert_null (strstr (first_text, "Quartermaster of the archive"));

  g_object_set (entry, "owner", "Quartermaster of the archive", NULL);
  export (workspace, &options, second_pdf);
  second = open_pdf (second_pdf);
  second_text = squeezed_all (second);
  assert_in (second_text, after);
  assert_in (second_text, "Quartermaster of the archive");
  g_assert_null (strstr (second_text, before));
}

/* The readiness summary lists every finding it counts (the drafts pending
 * approval among them), and an owner's acceptance that waits for open
 * treatment is not printed as simply still valid. */
static void
test_readiness_truth (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "truth.pdf");
  AttestPackOptions options = { ATTEST_PACK_READINESS | ATTEST_PACK_TREATMENT, ATTEST_PAPER_A4, NULL, NULL };
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) ransomware = g_list_model_get_item (risks, 0);
  g_autoptr(GPtrArray) findings = attest_readiness_check (workspace);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *counts = NULL;

  /* Its owner accepts the ransomware risk while the training is open. */
  g_assert_cmpstr (attest_record_get_string (ransomware, "title"), ==, "Ransomware encrypts client data and backups");
  g_assert_nonnull (attest_risk_accept (workspace, ransomware, attest_record_get_string (ransomware, "owner"),
                                        ATTEST_ACCEPTANCE_ACCEPTED, "Once staff are trained", &error));
  g_assert_no_error (error);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = attest_readiness_check (workspace);
  counts = g_strdup_printf ("In all: %u %s and %u warnings (an auditor",
                            attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER),
                            attest_readiness_count (findings, ATTEST_SEVERITY_BLOCKER) == 1 ? "blocker" : "blockers",
                            attest_readiness_count (findings, ATTEST_SEVERITY_WARNING));
  g_assert_cmpuint (attest_readiness_count (findings, ATTEST_SEVERITY_WARNING), ==, 6);

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, counts));
  /* Every finding counted is listed: the drafts too, and the metric not
   * measured when due. */
  g_assert_nonnull (strstr (text, "Statement of Applicability (ISMS-SOA): 3 changes since version 1"));
  g_assert_nonnull (strstr (text, "Staff who click the phishing simulation's link was due to be measured by"));
  g_assert_nonnull (strstr (text, "Risk treatment plan (ISMS-RTP): 1 change since version 1"));
  g_assert_nonnull (strstr (text, "accepted on the strength of treatment not done yet"));
  g_assert_null (strstr (text, "its target after treatment"));
  g_assert_nonnull (strstr (text, "(Daniel Mensah) owns 1 risk in the treatment plan and has not approved the plan for it"));
  /* ... about the owner's approval of the plan, which no risk is: a dash
   * in the Risk column, not one of their risks. */
  {
    g_autofree char *all = squeezed_all (doc);

    assert_in (all, "Warning 6.1.3 f — People, finance and privacy lead (Daniel Mensah) owns 1 risk in the treatment plan");
  }
  /* The decision holds once the training is done, and says so. */
  g_assert_nonnull (strstr (text, "Once done:"));
}

/* The treatment plan says when each Done action was completed, shows each
 * risk at its target and where it stands now, and lists every risk owner
 * in the plan with the version of the plan they approved, or "Not approved
 * yet"; the method says how
 * risks are identified; 8.2 says which rating the heat map shows. */
static void
string_free (gpointer string)
{
  g_string_free (string, TRUE);
}

/* The lines of the register's Owner column, top to bottom, page after
 * page: the characters whose boxes stand between the left of its header
 * and the left of the next one, by baseline. */
static GPtrArray *
owner_column_lines (PopplerDocument *doc)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      GList *left = poppler_page_find_text_with_options (page, "Owner", POPPLER_FIND_CASE_SENSITIVE);
      GList *right = poppler_page_find_text_with_options (page, "Level: before", POPPLER_FIND_CASE_SENSITIVE);
      PopplerRectangle *l = NULL, *r = NULL, *rects = NULL;
      guint n_rects = 0, k = 0;
      g_autoptr(GArray) baselines = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (string_free);

      for (GList *a = left; a != NULL && r == NULL; a = a->next)
        for (GList *b = right; b != NULL && r == NULL; b = b->next)
          if (fabs (((PopplerRectangle *) a->data)->y1 - ((PopplerRectangle *) b->data)->y1) < 1
              && ((PopplerRectangle *) b->data)->x1 > ((PopplerRectangle *) a->data)->x1)
            {
              l = a->data;
              r = b->data;
            }
      if (l != NULL)
        {
          g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
          for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
            {
              guint line;

              if (*c == '\n' || rects[k].x1 < l->x1 - 1 || rects[k].x2 > r->x1 - 1)
                continue;
              for (line = 0; line < baselines->len; line++)
                if (fabs (g_array_index (baselines, double, line) - rects[k].y2) < 1)
                  break;
              if (line == baselines->len)
                {
                  g_array_append_val (baselines, rects[k].y2);
                  g_ptr_array_add (texts, g_string_new (NULL));
                }
              g_string_append_len (g_ptr_array_index (texts, line), c, g_utf8_next_char (c) - c);
            }
          g_free (rects);
          /* Top to bottom. */
          for (guint a = 0; a < baselines->len; a++)
            {
              guint top = a;

              for (guint b = a + 1; b < baselines->len; b++)
                if (g_array_index (baselines, double, b) < g_array_index (baselines, double, top))
                  top = b;
              if (top != a)
                {
                  double y = g_array_index (baselines, double, a);
                  gpointer t = texts->pdata[a];

                  g_array_index (baselines, double, a) = g_array_index (baselines, double, top);
                  g_array_index (baselines, double, top) = y;
                  texts->pdata[a] = texts->pdata[top];
                  texts->pdata[top] = t;
                }
              g_ptr_array_add (lines, collapse (((GString *) texts->pdata[a])->str));
            }
        }
      g_list_free_full (left, (GDestroyNotify) poppler_rectangle_free);
      g_list_free_full (right, (GDestroyNotify) poppler_rectangle_free);
    }
  return lines;
}

/* The most lines @owner takes in @lines, the column's: the run of lines
 * that starts with its first words and reads as it; 0 where it is not. */
static guint
most_lines (GPtrArray  *lines,
            const char *owner)
{
  g_autofree char *wanted = collapse (owner);
  guint most = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      g_autoptr(GString) read = g_string_new (NULL);

      for (guint j = i; j < lines->len && read->len < strlen (wanted); j++)
        {
          g_string_append_printf (read, "%s%s", read->len ? " " : "", (char *) lines->pdata[j]);
          if (g_str_equal (read->str, wanted))
            most = MAX (most, j - i + 1);
        }
    }
  return most;
}

/* The register's owners, a role and a name, take two lines where two can
 * hold them: at its share of the page the column was too narrow, and
 * "Deputy managing director (Tom Okafor)" took four. */
static void
test_register_owners (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "register.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint n_owners = 0;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  lines = owner_column_lines (doc);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      const char *owner = attest_record_get_string (risk, "owner");
      guint n_lines = most_lines (lines, owner);

      g_test_message ("%s: %u lines", owner, n_lines);
      g_assert_cmpuint (n_lines, >=, 1);
      g_assert_cmpuint (n_lines, <=, 2);
      n_owners++;
    }
  g_assert_cmpuint (n_owners, >=, 5);
}

static void
test_treatment_plan (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "plan.pdf");
  AttestPackOptions options = { ATTEST_PACK_RISK_METHOD | ATTEST_PACK_RISKS | ATTEST_PACK_TREATMENT, ATTEST_PAPER_A4,
                                NULL, NULL };
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(AttestRecord) newcomer = g_object_new (ATTEST_TYPE_RISK, "title", "Supplier breach", "owner", "Procurement lead",
                                                   "likelihood", 2, "impact", 3, "treatment", ATTEST_TREATMENT_SHARE, NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  const char *approvals, *decisions, *plan, *plan_end;
  guint done = 0;

  g_autoptr(AttestRecord) fire = g_object_new (ATTEST_TYPE_RISK, "title", "Fire at the office", "owner", "Facilities lead",
                                              "likelihood", 2, "impact", 5, "treatment", ATTEST_TREATMENT_RETAIN, NULL);

  g_assert_true (attest_workspace_add (workspace, newcomer, &error));
  g_assert_no_error (error);
  /* The managing director's flood risk is renamed: her approval of the
   * plan no longer covers it as it stands. */
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

      if (g_str_equal (attest_record_get_string (risk, "owner"), "Managing director (Priya Natarajan)"))
        g_object_set (risk, "title", "Flooding of the Bristol office from the river", NULL);
    }
  /* Retained at High, the demo method's escalation level: the owner
   * accepts it with the managing director's decision. */
  g_assert_true (attest_workspace_add (workspace, fire, &error));
  g_assert_nonnull (attest_risk_accept_full (workspace, fire, "Facilities lead", "Managing director, meeting of 3 March 2026",
                                             ATTEST_ACCEPTANCE_ACCEPTED, "Insured; staff work from home.", &error));
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  all = squeezed_all (doc);

  /* The plan's table, up to the residual risks after it (text extraction
   * may take a cell out of its row: look within the table). */
  plan = strstr (all, "ActionRiskOwnerDueStatusCompleted");
  g_assert_nonnull (plan);
  plan_end = strstr (plan, "Residualrisk:targetandnow");
  g_assert_nonnull (plan_end);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      g_autofree char *completed = NULL;
      g_autofree char *due = NULL;
      g_autofree char *due_done = NULL;
      const char *at;

      if (attest_record_get_enum (action, "status") != ATTEST_ACTION_STATUS_DONE)
        continue;
      g_assert_cmpstr (attest_record_get_string (action, "completed-date"), !=, "");
      {
        g_autofree char *completed_day = table_day (attest_record_get_string (action, "completed-date"));
        g_autofree char *due_day = table_day (attest_record_get_string (action, "due-date"));

        completed = squeeze (completed_day);
        due = g_strdup_printf ("%sDone", due_day);
      }
      due_done = squeeze (due);
      at = strstr (plan, completed);
      g_assert_cmpstr (completed, !=, "");
      g_assert_true (at != NULL && at < plan_end);
      at = strstr (plan, due_done);
      g_assert_true (at != NULL && at < plan_end);
      done++;
    }
  g_assert_cmpuint (done, ==, 4);

  /* Ransomware: high before, medium planned, high now (training runs). */
  assert_in (all, "Risk Owner Treatment Before treatment Target after treatment Now");
  assert_in (all, "R1 Deputy managing director (Tom Okafor) Modify (reduce with controls) High (3 × 5) Medium (2 × 4) High (3 × 5)");
  /* R6, at or below the acceptance level and kept as it is, is counted
   * after the residual-risk table, not listed in it: the register has it. */
  assert_in (all, "Low (1 × 2) Low (1 × 2) R7 Head of analytics (Hannah Byrne) Modify");
  assert_in (all, "1 risk at or below the acceptance level is retained as it is; it is in Appendix ");
  /* The register: the level before, the target, now. */
  assert_in (all, "R1 Ransomware encrypts client data and backups Assets: Backups Last assessed: ");
  assert_in (all, "Deputy managing director (Tom Okafor) Before: High (3 × 5) Target: Medium (2 × 4) Now: High (3 × 5) "
                  "Modify (reduce with controls)");

  /* Every risk owner in the plan, between the approval's heading and the
   * decisions that follow it. */
  approvals = strstr (all, "Riskowners'approvalEach");
  g_assert_nonnull (approvals);
  decisions = strstr (approvals, "Riskowners'decisionsonresidualrisk");
  g_assert_nonnull (decisions);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autofree char *owner = squeeze (attest_record_get_string (risk, "owner"));
      const char *at = strstr (approvals, owner);

      g_assert_true (at != NULL && at < decisions);
    }
  /* The owners approved the draft before top management approved it
   * (6.1.3 f); an approval stands while the owner's risks are as approved. */
  assert_in (approvals, "Head of analytics (Hannah Byrne) 2 Draft of version 1, ");
  assert_in (approvals, "Deputy managing director (Tom Okafor) 4 Draft of version 1, ");
  assert_in (approvals, "Managing director (Priya Natarajan) 1 Draft of version 1, ");
  assert_in (approvals, "; their risks have changed since");
  {
    const char *priya = strstr (approvals, "Managingdirector(PriyaNatarajan)1Draft");
    const char *changed = strstr (approvals, ";theirriskshavechangedsince");

    /* The flood risk was renamed: Priya Natarajan's approval, and only hers. */
    g_assert_true (priya != NULL && changed > priya && changed < strstr (priya, "Headofanalytics"));
  }
  assert_in (approvals, "People, finance and privacy lead (Daniel Mensah) 1 Not approved yet");
  assert_in (approvals, "Procurement lead 1 Not approved yet");
  /* Progress on the plan since its approval is not a change to it; the
   * line says what it counts, and the plan's actions now by status agree
   * with the table (two rows "In progress", not "0 in progress"). */
  assert_in (all, "Since version 1 was approved: 1 action completed, 0 started. The plan's 8 actions now: 4 done, "
                  "2 in progress, 2 not started.");
  g_assert_null (strstr (all, "0 in progress"));

  /* The acceptance criteria say it once: acceptable as it is up to the
   * acceptance level, and who decides from the escalation level. */
  assert_in (all, "Risk acceptance criteria and reassessment A risk whose level is “Medium” or lower is acceptable as "
                  "it is. A risk above it is treated (its likelihood or impact reduced, the activity avoided, or the risk "
                  "shared) until its residual level is “Medium” or lower, or its owner accepts the residual risk "
                  "explicitly; each decision is recorded with who, when and a snapshot of the risk. A residual risk at "
                  "“High” or higher is accepted only with the decision of the authority above its owner: Managing "
                  "director (Priya Natarajan). The owner's decision names it.");
  g_assert_null (strstr (all, "Ariskownermayacceptarisk"));
  /* The escalated decision names who decided with the owner: in the
   * decisions, and in the register. */
  /* (The cells of a row come out line by line: the owner's first line,
   * the date and the decision, then the owner's second line.) */
  g_assert_nonnull (strstr (decisions, "Facilitieslead"));
  assert_in (strstr (decisions, "Facilitieslead"), "Accepted Decided with: Managing director, meeting of 3 March 2026");
  assert_in (all, "Retain (accept as it is) Decision: Accepted Decided with: Managing director, meeting of 3 March 2026");

  assert_in (all, "How risks are identified Risks are identified from the assets within the scope");
  assert_in (all, "After planned treatment (target)");
  assert_in (all, "acceptance is judged on where it stands now");
}

/* 5.3 names everyone the records give a duty, with that duty. */
static void
test_roles (TestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "roles.pdf");
  AttestPackOptions options = { ATTEST_PACK_LEADERSHIP, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  /* Who owns what, by clause: each of the demo's four people, as the
   * records name them, with what they own; Hannah Byrne, head of
   * analytics, owns no process or policy, and 2 risks, 9 controls and an
   * action under 6.1. */
  g_assert_nonnull (strstr (text, "Who owns what, by clause"));
  g_assert_nonnull (strstr (text, "How many records each role and person owns"));
  g_assert_nonnull (strstr (text, "6.1 Risks, controls and actions"));
  g_assert_nonnull (strstr (text, "People, finance and privacy lead (Daniel Mensah)"));
  {
    const char *matrix = strstr (text, "Who owns what, by clause");

    g_assert_nonnull (strstr (matrix, "Role or person"));
    g_assert_nonnull (strstr (matrix, "Head of analytics (Hannah Byrne)"));
    g_assert_nonnull (strstr (matrix, "Deputy managing director (Tom"));
  }
  /* The roles as recorded: the duties the standard names, who holds each
   * (by name, with their position) and how and when it was made known. */
  g_assert_nonnull (strstr (text, "Role, its responsibilities and authorities"));
  g_assert_nonnull (strstr (text, "Makes sure the ISMS conforms to ISO/IEC 27001."));
  g_assert_nonnull (strstr (text, "Reports on the ISMS's performance to top management."));
  g_assert_nonnull (strstr (text, "Part of top management."));
  g_assert_nonnull (strstr (text, "Authorities: May ask anyone for the information the ISMS"));
  g_assert_nonnull (strstr (text, "Tom Okafor, Deputy managing"));
  g_assert_nonnull (strstr (text, "Announced at the all-hands"));
  /* 5.1 before 5.3: each thing top management shows, with its evidence
   * and the document that holds it. */
  g_assert_nonnull (strstr (text, "5.1 Leadership and commitment"));
  g_assert_true (strstr (text, "5.1 Leadership and commitment") < strstr (text, "5.3 Organizational roles"));
  g_assert_nonnull (strstr (text, "Gives the ISMS the resources it needs"));
  g_assert_nonnull (strstr (text, "(in ISMS-MR-01)"));
  g_assert_null (strstr (text, "No evidence recorded."));
}

/* The font poppler reads for the first character of the last @words of
 * the document (the policy's text comes after its control block, whose
 * changes may quote it), or NULL. */
static char *
font_of (PopplerDocument *doc,
         const char      *words)
{
  for (int i = poppler_document_get_n_pages (doc) - 1; i >= 0; i--)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      const char *at = g_strrstr (text, words);
      GList *attributes;
      char *font = NULL;
      long offset;

      if (at == NULL)
        continue;
      offset = g_utf8_pointer_to_offset (text, at);
      attributes = poppler_page_get_text_attributes (page);
      for (GList *a = attributes; a != NULL && font == NULL; a = a->next)
        {
          PopplerTextAttributes *attr = a->data;

          if (offset >= attr->start_index && offset <= attr->end_index)
            font = g_strdup (attr->font_name);
        }
      poppler_page_free_text_attributes (attributes);
      return font;
    }
  return NULL;
}

/* 5.2, a core document after the scope: its control block (owned and
 * reviewed as the policy says), its text typeset from the subset (a
 * heading in bold, a list with its items, emphasis kept), how it was made
 * known, and the topic-specific policies with the controls that ask for
 * each. */
static void
test_policy (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "policy.pdf");
  AttestPackOptions options = { ATTEST_PACK_CONTEXT | ATTEST_PACK_LEADERSHIP, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *policy = attest_workspace_get_singleton (workspace, ATTEST_TYPE_POLICY);
  g_autofree char *text_with = g_strconcat (attest_record_get_string (policy, "text"),
                                            "\nWe *never* share **passwords**, not even with IT.\n", NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *section = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *heading_font = NULL;
  g_autofree char *plain_font = NULL;
  g_autofree char *italic_font = NULL;
  g_autofree char *bold_font = NULL;
  const char *policy_at, *scope_at, *leadership_at;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  /* A core document: after the scope, before the other clauses. */
  scope_at = strstr (text, "Scope statement");
  policy_at = strstr (text, "5.2 Information security policy Document control");
  g_assert_nonnull (scope_at);
  g_assert_nonnull (policy_at);
  leadership_at = strstr (policy_at, "5.1 Leadership and commitment");
  g_assert_true (scope_at < policy_at);
  g_assert_nonnull (leadership_at);
  section = squeeze (policy_at);
  assert_in (section, "Identifier ISMS-POLICY Version 1 Owner Managing director (Priya Natarajan)");
  /* Its own classification: it is published. */
  assert_in (section, "Classification Public");
  assert_in (section, "Information security policy of Fernhill");
  assert_in (section, "• We meet the requirements that apply to our information security");
  assert_in (section, "Made known to All staff and contractors");
  assert_in (section, "Available to interested parties Yes");
  assert_in (section, "Access control policy");
  assert_in (section, "A.5.15, A.5.18, A.8.3");
  g_assert_null (strstr (policy_at, "## "));
  /* The cover lists it with the other documents. */
  squeezed = squeeze (text);
  assert_in (squeezed, "ISMS-POLICY Information security policy 1");
  /* The index points to it. */
  assert_in (squeezed, "5.2 Information security policy In this pack: 5.2 Information security policy");
  heading_font = font_of (doc, "Why we have this policy");
  plain_font = font_of (doc, "depends on information: its own");
  g_assert_nonnull (heading_font);
  g_assert_nonnull (strstr (heading_font, "Bold"));
  g_assert_nonnull (plain_font);
  g_assert_null (strstr (plain_font, "Bold"));
  g_clear_object (&doc);

  /* Emphasis as written, and a draft awaiting approval. */
  g_object_set (policy, "text", text_with, NULL);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  g_free (text);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "We never share passwords, not even with IT."));
  g_assert_nonnull (strstr (text, "5.2 Information security policy — draft"));
  /* The change is the paragraph added, as a reader reads it: not the
   * whole policy again, nor its markers. */
  g_free (squeezed);
  squeezed = squeeze (text);
  assert_in (squeezed, "Text of the policy … … We never share passwords, not even with IT.");
  g_assert_true (strstr (text, "Why we have this policy") == g_strrstr (text, "Why we have this policy"));
  g_assert_null (strstr (text, "**passwords**"));
  italic_font = font_of (doc, "never share");
  bold_font = font_of (doc, "passwords, not even");
  g_assert_nonnull (italic_font);
  g_assert_true (strstr (italic_font, "Italic") != NULL || strstr (italic_font, "Oblique") != NULL);
  g_assert_nonnull (bold_font);
  g_assert_nonnull (strstr (bold_font, "Bold"));
}

/* 7 Support: the resources (7.1), the competences and their evidence
 * (7.2), the awareness activities with the period the organisation set
 * and the staff groups without one in it (7.3), and the communications
 * (7.4), in that order. */
static void
test_support (TestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "support.pdf");
  AttestPackOptions options = { ATTEST_PACK_SUPPORT, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestRecord) driver = g_object_new (ATTEST_TYPE_PERSON, "name", "Dee", "staff-group", "Drivers", NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *resources, *competence, *awareness, *communication;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  resources = strstr (text, "7.1 Resources");
  competence = strstr (text, "7.2 Competence");
  awareness = strstr (text, "7.3 Awareness");
  communication = strstr (text, "7.4 Communication");
  g_assert_nonnull (resources);
  g_assert_true (competence > resources);
  g_assert_true (awareness > competence);
  g_assert_true (communication > awareness);
  /* 7.2: what each role requires, the evidence person by person, the
   * action planned, and no gap. */
  g_assert_nonnull (strstr (competence, "Risk assessment with the 5 × 5 method"));
  g_assert_nonnull (strstr (competence, "Required by"));
  g_assert_nonnull (strstr (competence, "Evidence of competence"));
  g_assert_nonnull (strstr (competence, "Planned: The next risk workshop"));
  g_assert_nonnull (strstr (competence, "Expires"));
  g_assert_nonnull (strstr (competence, "Each person who holds a role has evidence of every competence the role "
                                        "requires, except those still gaining one through a planned action"));
  g_assert_nonnull (strstr (awareness, "at least every 12 months"));
  g_assert_nonnull (strstr (awareness, "Phishing simulation, and a debrief"));
  g_assert_nonnull (strstr (awareness, "31 of 33 analysts"));
  g_assert_nonnull (strstr (awareness, "All staff"));
  g_assert_nonnull (strstr (awareness, "Every staff group of the people the ISMS names (Analysts, Management) had an "
                                       "awareness activity in the last 12 months."));
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);

  /* The drivers join, with no activity of their own: named. */
  g_assert_true (attest_workspace_add (workspace, driver, &error));
  g_assert_no_error (error);
  {
    GListModel *activities = attest_workspace_get_records (workspace, ATTEST_TYPE_AWARENESS);
    g_autoptr(AttestRecord) induction = g_list_model_get_item (activities, 0);

    g_object_set (induction, "all-staff", FALSE, "groups", (const char * const[]) { "Management", NULL }, NULL);
  }
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "Staff group “Drivers” has had no awareness activity in the last 12 months"));
  g_assert_null (strstr (text, "Every staff group of the people the ISMS names"));
}

/* 8.1: the external providers with the controls that apply, under one
 * "8 Operation" with 8.2 when both are chosen. */
/* 9.1: each metric with how, how often and by whom it is measured, its
 * chart against the target (drawn with the Metrics page's code), and its
 * measurements, a miss said in words; the one overdue says so. */
static void
test_performance (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "performance.pdf");
  AttestPackOptions options = { ATTEST_PACK_PERFORMANCE, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *text = NULL;
  const char *section, *patches, *restore, *phishing, *encrypted;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  section = strstr (text, "9.1 Monitoring, measurement, analysis and evaluation");
  g_assert_nonnull (section);
  patches = strstr (section, "1. Critical updates installed within 14 days");
  restore = strstr (section, "2. Time to restore a client's analysis environment");
  phishing = strstr (section, "3. Staff who click the phishing simulation's link");
  encrypted = strstr (section, "4. Client data sets found encrypted");
  g_assert_true (patches != NULL && restore > patches && phishing > restore && encrypted > phishing);
  /* The chart's own words, its target line, in the pack's text. */
  g_assert_nonnull (g_strstr_len (patches, restore - patches, "Target at least 95 %"));
  g_assert_nonnull (g_strstr_len (restore, phishing - restore, "Target at most 8 hours"));
  g_assert_nonnull (g_strstr_len (patches, restore - patches, "Managing director (Priya Natarajan)"));
  /* Of its twelve values, 91, 94 and 93 % miss the target of 95 %. */
  {
    guint misses = 0;

    for (const char *p = patches; (p = g_strstr_len (p, restore - p, "Misses the target")) != NULL; p++)
      misses++;
    g_assert_cmpuint (misses, ==, 3);
  }
  g_assert_nonnull (g_strstr_len (restore, phishing - restore, "Restore any client's analysis work within one working day"));
  g_assert_nonnull (g_strstr_len (phishing, encrypted - phishing, "passed without a measurement"));
  g_assert_null (g_strstr_len (patches, phishing - patches, "passed without a measurement"));
  titles = outline_titles (doc);
  g_assert_true (g_ptr_array_find_with_equal_func (titles, "9 Performance evaluation", g_str_equal, NULL));
}

/* 9.2: an audit programme, two audits in the order planned (whatever
 * order they were recorded in), each with what it covers, its auditors and
 * dates, its report, an auditor who owns a record in the audited area said
 * in words, its findings the nonconformities first; then the coverage
 * grid's cells, year by year; its contents entry leads to it. */
static AttestRecord *
add_record (AttestWorkspace *workspace,
            AttestRecord    *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (attest_workspace_add (workspace, record, &error));
  g_assert_no_error (error);
  g_object_unref (record);   /* the workspace keeps it */
  return record;
}

static void
add_finding (AttestWorkspace  *workspace,
             AttestRecord     *audit,
             AttestFindingType type,
             const char       *requirement,
             const char       *description,
             const char       *evidence)
{
  add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                                       "type", type, "requirement", requirement, "description", description,
                                       "evidence", evidence, NULL));
}

/* The cells of the grid's row that starts with @label, joined by " | ". */
static char *
grid_row (GPtrArray  *cells,
          const char *label,
          guint       n_years)
{
  for (guint i = 0; i + n_years < cells->len; i++)
    if (g_str_equal (g_ptr_array_index (cells, i), label))
      {
        GString *row = g_string_new (NULL);

        for (guint y = 1; y <= n_years; y++)
          g_string_append_printf (row, "%s%s", y > 1 ? " | " : "", (const char *) g_ptr_array_index (cells, i + y));
        return g_string_free (row, FALSE);
      }
  g_error ("No row “%s” in the coverage grid", label);
  return NULL;
}

/* Where @words are in squeezed text from @from, up to @to (NULL: its
 * end), whatever white space the layout put between them. */
static const char *
in (const char *from,
    const char *to,
    const char *words)
{
  g_autofree char *want = squeeze (words);

  return to != NULL ? g_strstr_len (from, to - from, want) : strstr (from, want);
}

static void
test_audits (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "audits.isms");
  g_autofree char *pdf = test_dir_path (fixture, "audits.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Audited Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_AUDITS | ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *programme, *auditor, *outsider, *core, *suppliers;
  AttestRecord *access = NULL, *backups = NULL, *threats = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(AttestCoverage) coverage = NULL;
  g_autofree char *text = NULL;
  g_autofree char *all = NULL;
  g_autofree char *held = table_day ("2025-03-12");
  const char *section, *first, *second, *major, *minor, *observation, *grid;
  int contents = -1;

  g_assert_no_error (error);
  programme = attest_workspace_get_singleton (workspace, ATTEST_TYPE_AUDIT_PROGRAMME);
  g_assert_nonnull (programme);
  g_object_set (programme, "period-start", "2025-01-01", "period-end", "2027-12-31",
                "frequency", "Every clause and applicable control once in three years",
                "methods", "Interviews, sampling of records, observation",
                "responsibilities", "The ISMS manager plans; auditors report to the board",
                "planning", "Each January for the year ahead",
                "reporting", "A written report to top management within two weeks",
                "owner", "ISMS manager", NULL);
  auditor = add_record (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Dana Whitlock",
                                                 "position", "Internal auditor", NULL));
  outsider = add_record (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Olu Mensah",
                                                  "position", "External auditor", NULL));
  /* Recorded first, planned second. */
  suppliers = add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT, "title", "Suppliers and backups",
                                                   "scope", "Supplier management and backup operations",
                                                   "criteria", "Clause 8.1 and the supplier policy",
                                                   "clauses", (const char * const[]) { "8.1", NULL },
                                                   "auditees", "Operations team",
                                                   "planned-date", "2027-02-01", NULL));
  core = add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT, "title", "Context and risk assessment",
                                              "scope", "The ISMS's context and its risk assessment",
                                              "criteria", "ISO/IEC 27001:2022 clauses 4 and 6.1.2",
                                              "clauses", (const char * const[]) { "4", "6.1.2", NULL },
                                              "auditees", "ISMS manager, risk owners",
                                              "planned-date", "2025-03-10", "held-on", "2025-03-12",
                                              "report", "The context is well understood; risk criteria lack a date",
                                              "report-reference", "SharePoint/ISMS/Audits/2025-01", NULL));
  access = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.15");
  backups = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  threats = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.7");
  /* The auditor owns the control they audit. */
  g_object_set (access, "owner", "Internal auditor (Dana Whitlock)", "owner-id", attest_record_get_id (auditor), NULL);
  g_object_set (threats, "applicability", ATTEST_APPLICABILITY_NOT_APPLICABLE, NULL);
  g_assert_true (attest_workspace_link (workspace, "audit-auditor", core, auditor, &error));
  g_assert_true (attest_workspace_link (workspace, "audit-control", core, access, &error));
  g_assert_true (attest_workspace_link (workspace, "audit-auditor", suppliers, outsider, &error));
  g_assert_true (attest_workspace_link (workspace, "audit-control", suppliers, backups, &error));
  g_assert_no_error (error);
  add_finding (workspace, core, ATTEST_FINDING_TYPE_OBSERVATION, "A.5.15", "Access reviews are informal",
               "Interview with the IT lead");
  add_finding (workspace, core, ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY, "6.1.2", "No risk acceptance criteria",
               "Risk method v1");
  add_finding (workspace, core, ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "7.2", "Two training records missing",
               "Training register sample");
  /* The minor nonconformity has its record (10.2); the major not yet. */
  {
    GListModel *found = attest_workspace_get_records (workspace, ATTEST_TYPE_AUDIT_FINDING);
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (found); i++)
      {
        g_autoptr(AttestRecord) finding = g_list_model_get_item (found, i);

        if (attest_record_get_enum (finding, "type") == ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY)
          g_assert_nonnull (attest_finding_open_nonconformity (workspace, finding, &error));
      }
    g_assert_no_error (error);
  }

  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  assert_within_margins (doc);
  all = all_text (doc);
  text = squeeze (all);
  section = in (text, NULL, "9.2 Internal audit Here:");
  g_assert_nonnull (section);
  /* 9 heads it though 9.1 is not printed. */
  titles = outline_titles (doc);
  g_assert_true (g_ptr_array_find_with_equal_func (titles, "9 Performance evaluation", g_str_equal, NULL));
  /* The programme. */
  g_assert_nonnull (in (section, NULL, "Audit programme"));
  g_assert_nonnull (in (section, NULL, "Period 1 January 2025 to 31 December 2027"));
  g_assert_nonnull (in (section, NULL, "Every clause and applicable control once in three years"));
  g_assert_nonnull (in (section, NULL, "Interviews, sampling of records, observation"));
  g_assert_nonnull (in (section, NULL, "Each January for the year ahead"));
  g_assert_nonnull (in (section, NULL, "A written report to top management within two weeks"));
  g_assert_nonnull (in (section, NULL, "Manages the programme ISMS manager"));
  /* The audits, in the order planned. */
  first = in (section, NULL, "1. Context and risk assessment");
  second = in (section, NULL, "2. Suppliers and backups");
  g_assert_nonnull (first);
  g_assert_true (second > first);
  g_assert_nonnull (in (first, second, "Clauses covered 4, 6.1.2"));
  g_assert_nonnull (in (first, second, "Controls covered A.5.15"));
  g_assert_nonnull (in (first, second, "Auditors Internal auditor (Dana Whitlock)"));
  g_assert_nonnull (in (first, second, "Auditees ISMS manager, risk owners"));
  g_assert_nonnull (in (first, second, "Planned for 10 March 2025"));
  g_assert_nonnull (in (first, second, "Held on 12 March 2025"));
  g_assert_nonnull (in (first, second, "The context is well understood; risk criteria lack a date"));
  g_assert_nonnull (in (first, second, "Full report kept at SharePoint/ISMS/Audits/2025-01"));
  /* The auditor of the first audits their own control; the second's does not. */
  g_assert_nonnull (in (first, second, "Not impartial: Internal auditor (Dana Whitlock), an auditor of this audit, "
                                       "owns records in the area it covers"));
  g_assert_nonnull (in (first, second, "(A.5.15)"));
  g_assert_null (in (second, NULL, "Not impartial"));
  /* The findings, nonconformities first. */
  g_assert_nonnull (in (first, second, "3 findings, the nonconformities first"));
  major = in (first, second, "Major nonconformity 6.1.2 No risk acceptance criteria No nonconformity record yet. "
                             "Risk method v1");
  minor = in (first, second, "Minor nonconformity 7.2 Two training records missing Nonconformity record: “Two "
                             "training records missing”, at the step “Reported”.");
  observation = in (first, second, "Observation A.5.15 Access reviews are informal");
  g_assert_nonnull (major);
  g_assert_true (minor > major);
  g_assert_true (observation > minor);
  g_assert_nonnull (in (second, NULL, "Clauses covered 8.1"));
  g_assert_nonnull (in (second, NULL, "Controls covered A.8.13"));
  g_assert_nonnull (in (second, NULL, "Held on Not held yet"));
  g_assert_nonnull (in (second, NULL, "No findings recorded."));
  /* The coverage: how many clauses and controls no audit covers, which
   * first, and the grid with the years as its header. */
  grid = in (second, NULL, "Coverage of the programme");
  g_assert_nonnull (grid);
  coverage = attest_audit_coverage_new (workspace);
  g_assert_cmpint (coverage->first_year, ==, 2025);
  g_assert_cmpuint (coverage->n_years, ==, 3);
  {
    g_autofree char *gaps = attest_audit_coverage_dup_gaps (coverage, 12);
    g_autofree char *sentence = NULL;

    /* 4 and 6.1 (of 6.1.2) audited, 8.1 planned; of the controls, one
     * audited, one planned, one excluded. */
    g_assert_cmpuint (coverage->n_clause_gaps, ==, coverage->rows->len - 93 - 6);
    g_assert_cmpuint (coverage->n_control_gaps, ==, 93 - 3);
    g_assert_true (g_str_has_prefix (gaps, "5.1, 5.2, 5.3, 6.2,"));
    g_assert_true (g_str_has_suffix (gaps, ", …"));
    gaps[strlen (gaps) - strlen (", …")] = '\0';
    sentence = g_strdup_printf ("No audit of the period, held or planned, covers %u clauses and %u applicable "
                                "controls: %s and %u more.", coverage->n_clause_gaps, coverage->n_control_gaps,
                                gaps, coverage->n_clause_gaps + coverage->n_control_gaps - 12);
    g_assert_nonnull (in (grid, NULL, sentence));
  }
  g_assert_nonnull (in (grid, NULL, "Clause or control 2025 2026 2027"));
  /* Row by row: each cell of a year says what the audits did for it. */
  {
    g_autofree char *context = g_strdup_printf ("4.1 Understanding the organization and its context Audited %s — — 4.2",
                                                held);
    g_autofree char *risks = g_strdup_printf ("6.1 Actions to address risks and opportunities Audited %s — — 6.2", held);
    g_autofree char *access_row = g_strdup_printf ("A.5.15 Access control Audited %s — — A.5.16", held);

    g_assert_nonnull (in (grid, NULL, context));
    g_assert_nonnull (in (grid, NULL, risks));
    g_assert_nonnull (in (grid, NULL, "7.2 Competence — — — 7.3 Awareness"));
    g_assert_nonnull (in (grid, NULL, "8.1 Operational planning and control — — Planned 8.2"));
    g_assert_nonnull (in (grid, NULL, access_row));
    g_assert_nonnull (in (grid, NULL, "A.8.13 Information backup — — Planned A.8.14"));
    g_assert_nonnull (in (grid, NULL, "A.5.7 Threat intelligence Not applicable Not applicable Not applicable A.5.8"));
  }
  /* A screen reader reads a row's cells in order, the clause or control
   * with its title whole. */
  {
    PopplerStructureElementIter *iter = poppler_structure_element_iter_new (doc);
    g_autofree char *threats_row = NULL;

    g_assert_nonnull (iter);
    cells_in_order (iter, cells);
    poppler_structure_element_iter_free (iter);
    threats_row = grid_row (cells, "A.5.7 Threat intelligence", 3);
    g_assert_cmpstr (threats_row, ==, "Not applicable | Not applicable | Not applicable");
    g_assert_true (g_ptr_array_find_with_equal_func (cells, "A.5.15 Access control", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (cells, "10.2 Nonconformity and corrective action", g_str_equal,
                                                     NULL));
  }
  /* 117 rows over pages: the header row repeats, with the table's title. */
  {
    guint n_headers = 0;

    for (const char *at = grid; (at = in (at, NULL, "Clause or control 2025 2026 2027")) != NULL; at++)
      n_headers++;
    g_assert_cmpuint (n_headers, >=, 2);
    g_assert_nonnull (in (grid, NULL, "Coverage of the programme (continued)"));
  }

  /* The contents entry leads to the section. */
  for (int i = 0; i < poppler_document_get_n_pages (doc) && contents < 0; i++)
    {
      g_autofree char *page = page_text (doc, i);

      if (strstr (page, "Contents Document control") != NULL)
        contents = i;
    }
  g_assert_cmpint (contents, >=, 0);
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, contents);
    GList *links = poppler_page_get_link_mapping (page);
    gboolean found = FALSE;

    for (GList *l = links; l != NULL; l = l->next)
      {
        PopplerLinkMapping *mapping = l->data;
        g_autofree char *label = link_text (page, mapping);

        if (strstr (label, "9.2 Internal audit") != NULL)
          {
            g_autofree char *target = page_text (doc, dest_page (doc, mapping->action->goto_dest.dest));

            g_assert_nonnull (strstr (target, "9.2 Internal audit Here:"));
            found = TRUE;
          }
      }
    poppler_page_free_link_mapping (links);
    g_assert_true (found);
  }
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);

  /* With 9.1: one "9 Performance evaluation", 9.2 after 9.1. */
  options.sections = ATTEST_PACK_PERFORMANCE | ATTEST_PACK_AUDITS;
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  {
    g_autoptr(GPtrArray) outline = outline_titles (doc);
    guint n = 0;

    for (guint i = 0; i < outline->len; i++)
      n += g_str_equal (g_ptr_array_index (outline, i), "9 Performance evaluation");
    g_assert_cmpuint (n, ==, 1);
  }
  g_assert_true (strstr (text, "9.2 Internal audit Here:") > strstr (text, "9.1 Monitoring, measurement"));
  {
    AttestPackSections chosen;

    g_assert_true (attest_pack_parse_sections ("performance,audits", &chosen, &error));
    g_assert_no_error (error);
    g_assert_cmpint (chosen, ==, ATTEST_PACK_PERFORMANCE | ATTEST_PACK_AUDITS);
  }
}

/* 10: an improvement an audit found, with its audit and finding, its
 * decision and why; the register of nonconformities in the order
 * reported, each with its step and actions done; each nonconformity's
 * record: where it came from, the reaction, the causes, its corrective
 * actions, the review, a reopening said in words, and whether it is
 * closed; the contents entries lead to the section. The records are made
 * here, not taken from the demo. */
static void
test_improvement (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "improvement.isms");
  g_autofree char *pdf = test_dir_path (fixture, "improvement.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Improving Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_IMPROVEMENT, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *audit, *finding, *opportunity, *reviewer, *backups, *training;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  g_autofree char *due = table_day ("2025-05-01");
  g_autofree char *done = table_day ("2025-04-20");
  g_autofree char *raised = table_day ("2025-03-12");
  const char *improvement, *section, *first, *second;
  gboolean found_10 = FALSE, found_10_2 = FALSE;
  int contents = -1;

  g_assert_no_error (error);
  audit = add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT, "title", "Access and training",
                                               "planned-date", "2025-03-10", "held-on", "2025-03-12", NULL));
  finding = add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT_FINDING, "audit-id", attest_record_get_id (audit),
                                                 "type", ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY, "requirement", "7.2",
                                                 "description", "Two training records missing", NULL));
  opportunity = add_record (workspace, g_object_new (ATTEST_TYPE_AUDIT_FINDING,
                                                     "audit-id", attest_record_get_id (audit),
                                                     "type", ATTEST_FINDING_TYPE_OPPORTUNITY, "requirement", "A.5.15",
                                                     "description", "Access reviews could be automated", NULL));
  reviewer = add_record (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Dana Whitlock",
                                                  "position", "ISMS manager", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Automate quarterly access reviews",
                                       "source", ATTEST_IMPROVEMENT_SOURCE_AUDIT,
                                       "finding-id", attest_record_get_id (opportunity),
                                       "description", "Reviews are collected by hand from six systems",
                                       "raised-on", "2025-03-12", "decision", ATTEST_IMPROVEMENT_DECISION_ADOPTED,
                                       "rationale", "Saves two days a quarter", "owner", "IT lead",
                                       "due-date", "2025-09-30", "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "A second screen for every analyst",
                                       "source", ATTEST_IMPROVEMENT_SOURCE_STAFF, "raised-on", "2025-02-01",
                                       "decision", ATTEST_IMPROVEMENT_DECISION_DECLINED,
                                       "rationale", "Not an information security matter", NULL));
  /* Recorded first, reported second. */
  backups = add_record (workspace, g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Backup restore not tested",
                                                 "source", ATTEST_NONCONFORMITY_SOURCE_MONITORING,
                                                 "requirement", "A.8.13", "reported-on", "2025-06-02",
                                                 "description", "The quarterly restore test was skipped",
                                                 "owner", "Operations lead",
                                                 "correction", "Restore tested at once",
                                                 "consequences", "None: the backups restored",
                                                 "causes", "The test was nobody's task",
                                                 "similar", "None found in the other schedules",
                                                 "reviewed-on", "2025-07-01",
                                                 "reviewed-by-id", attest_record_get_id (reviewer),
                                                 "effectiveness", ATTEST_EFFECTIVENESS_EFFECTIVE,
                                                 "review-note", "Two quarterly tests held on time",
                                                 "changes", "Restore tests added to the operations calendar",
                                                 "state", ATTEST_NONCONFORMITY_STATE_CLOSED, NULL));
  training = add_record (workspace, g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Training records missing",
                                                  "source", ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING,
                                                  "finding-id", attest_record_get_id (finding),
                                                  "requirement", "7.2", "reported-on", "2025-03-12",
                                                  "description", "Two new starters have no training record",
                                                  "owner", "HR lead",
                                                  "correction", "Both trained the same week",
                                                  "consequences", "None known",
                                                  "causes", "Onboarding has no training step",
                                                  "similar", "Contractors may be missed too",
                                                  "state", ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED,
                                                  "reopened", 2, NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id",
                                       attest_record_get_id (training), "title", "Add training to onboarding",
                                       "description", "A checklist step signed by HR", "owner", "HR lead",
                                       "due-date", "2025-05-01", "done-on", "2025-04-20", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id",
                                       attest_record_get_id (training), "title", "Train the contractors",
                                       "owner", "Security officer", "due-date", "2025-06-30", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id",
                                       attest_record_get_id (backups), "title", "Put restore tests in the calendar",
                                       "owner", "Operations lead", "due-date", "2025-06-10", "done-on", "2025-06-05",
                                       NULL));

  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  assert_within_margins (doc);
  all = all_text (doc);
  text = squeeze (all);
  titles = outline_titles (doc);
  g_assert_true (g_ptr_array_find_with_equal_func (titles, "10 Improvement", g_str_equal, NULL));

  /* 10.1: the improvements in the order raised, the audit's with its
   * audit and finding. */
  improvement = in (text, NULL, "10.1 Continual improvement Here:");
  g_assert_nonnull (improvement);
  section = in (improvement, NULL, "10.2 Nonconformity and corrective action Here:");
  g_assert_nonnull (section);
  first = in (improvement, section, "A second screen for every analyst");
  second = in (improvement, section, "Automate quarterly access reviews");
  g_assert_nonnull (first);
  g_assert_true (second > first);
  {
    g_autofree char *row = g_strdup_printf ("What could be better: Reviews are collected by hand from six systems Internal audit: "
                                            "Opportunity for improvement found by the audit “Access and training”, "
                                            "held on %s Raised on %s Adopted: Saves two days a quarter IT lead", raised, raised);

    g_assert_nonnull (in (second, section, row));
  }
  g_assert_nonnull (in (first, second, "Declined: Not an information security matter"));

  /* 10.2: the register in the order reported, then each record. */
  {
    g_autofree char *row1 = g_strdup_printf ("1. Training records missing 7.2 Audit finding %s Actions planned 1 of 2",
                                             raised);
    g_autofree char *row2 = g_strdup ("2. Backup restore not tested A.8.13 Monitoring and measurement");

    g_assert_nonnull (in (section, NULL, row1));
    g_assert_nonnull (in (section, NULL, row2));
    g_assert_nonnull (in (section, NULL, "Closed 1 of 1"));
  }
  first = in (section, NULL, "1. Training records missing What happened");
  second = in (section, NULL, "2. Backup restore not tested What happened");
  g_assert_nonnull (first);
  g_assert_true (second > first);
  g_assert_nonnull (in (first, second, "Two new starters have no training record"));
  g_assert_nonnull (in (first, second, "Came to light through Audit finding: Minor nonconformity found by the audit "
                                       "“Access and training”, held on 12 March 2025"));
  g_assert_nonnull (in (first, second, "Reported on 12 March 2025"));
  g_assert_nonnull (in (first, second, "Handled by HR lead"));
  g_assert_nonnull (in (first, second, "Correction: what was done at once Both trained the same week"));
  g_assert_nonnull (in (first, second, "Its causes Onboarding has no training step"));
  g_assert_nonnull (in (first, second, "Contractors may be missed too"));
  /* Its corrective actions, each with owner, due and done. */
  g_assert_nonnull (in (first, second, "Corrective actions, 1 of 2 done:"));
  {
    g_autofree char *action = g_strdup_printf ("Add training to onboarding What is done: A checklist step signed by HR HR lead %s %s",
                                               due, done);
    g_autofree char *open = table_day ("2025-06-30");
    g_autofree char *other = g_strdup_printf ("Train the contractors Security officer %s Not done yet", open);

    g_assert_nonnull (in (first, second, action));
    g_assert_nonnull (in (first, second, other));
  }
  g_assert_nonnull (in (first, second, "Effectiveness review Not reviewed yet"));
  g_assert_nonnull (in (first, second, "Earlier reviews Reopened 2 times after a review found the actions not effective."));
  g_assert_nonnull (in (first, second, "Step Actions planned: not closed yet"));
  /* The closed one: its review, its changes, and no reopening. */
  g_assert_nonnull (in (second, NULL, "Came to light through Monitoring and measurement Reported on 2 June 2025"));
  g_assert_nonnull (in (second, NULL, "Effectiveness reviewed on 1 July 2025"));
  g_assert_nonnull (in (second, NULL, "Reviewed by ISMS manager (Dana Whitlock)"));
  g_assert_nonnull (in (second, NULL, "Corrective actions were Effective"));
  g_assert_nonnull (in (second, NULL, "What the review found Two quarterly tests held on time"));
  g_assert_nonnull (in (second, NULL, "Changes to the ISMS Restore tests added to the operations calendar"));
  g_assert_nonnull (in (second, NULL, "Step Closed: its corrective actions were found effective"));
  g_assert_null (in (second, NULL, "Reopened"));
  g_assert_null (in (second, NULL, "not closed yet"));

  /* The contents entries lead to the section. */
  for (int i = 0; i < poppler_document_get_n_pages (doc) && contents < 0; i++)
    {
      g_autofree char *page = page_text (doc, i);

      if (strstr (page, "Contents Document control") != NULL)
        contents = i;
    }
  g_assert_cmpint (contents, >=, 0);
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, contents);
    GList *links = poppler_page_get_link_mapping (page);

    for (GList *l = links; l != NULL; l = l->next)
      {
        PopplerLinkMapping *mapping = l->data;
        g_autofree char *label = link_text (page, mapping);
        g_autofree char *target = NULL;

        if (mapping->action->type != POPPLER_ACTION_GOTO_DEST)
          continue;
        target = page_text (doc, dest_page (doc, mapping->action->goto_dest.dest));
        if (strstr (label, "10.2 Nonconformity and corrective action") != NULL)
          {
            g_assert_nonnull (strstr (target, "10.2 Nonconformity and corrective action Here:"));
            found_10_2 = TRUE;
          }
        else if (strstr (label, "10 Improvement") != NULL)
          {
            g_assert_nonnull (strstr (target, "10 Improvement 10.1 Continual improvement Here:"));
            found_10 = TRUE;
          }
      }
    poppler_page_free_link_mapping (links);
  }
  g_assert_true (found_10);
  g_assert_true (found_10_2);
  /* A nonconformity's title in the register leads to its record. */
  {
    gboolean linked = FALSE;

    for (int i = 0; i < poppler_document_get_n_pages (doc) && !linked; i++)
      {
        g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
        GList *links = poppler_page_get_link_mapping (page);

        for (GList *l = links; l != NULL; l = l->next)
          {
            PopplerLinkMapping *mapping = l->data;
            g_autofree char *label = link_text (page, mapping);
            g_autofree char *target = NULL;

            if (mapping->action->type != POPPLER_ACTION_GOTO_DEST
                || strstr (label, "2. Backup restore not tested") == NULL)
              continue;
            target = page_text (doc, dest_page (doc, mapping->action->goto_dest.dest));
            g_assert_nonnull (strstr (target, "2. Backup restore not tested What happened"));
            linked = TRUE;
          }
        poppler_page_free_link_mapping (links);
      }
    g_assert_true (linked);
  }
  {
    AttestPackSections chosen;

    g_assert_true (attest_pack_parse_sections ("audits,improvement", &chosen, &error));
    g_assert_no_error (error);
    g_assert_cmpint (chosen, ==, ATTEST_PACK_AUDITS | ATTEST_PACK_IMPROVEMENT);
  }
}

static char *squeezed_page (PopplerDocument *doc,
                            int              index);

/* The contents entry whose label holds @label: the text of the page it
 * leads to, or NULL. */
static char *
contents_target (PopplerDocument *doc,
                 const char      *label)
{
  char *target = NULL;

  for (int i = 0; i < poppler_document_get_n_pages (doc) && target == NULL; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = page_text (doc, i);
      GList *links;

      if (strstr (text, "Contents Document control") == NULL)
        continue;
      links = poppler_page_get_link_mapping (page);
      for (GList *l = links; l != NULL && target == NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;
          g_autofree char *text_under = link_text (page, mapping);

          if (mapping->action->type == POPPLER_ACTION_GOTO_DEST && strstr (text_under, label) != NULL)
            target = page_text (doc, dest_page (doc, mapping->action->goto_dest.dest));
        }
      poppler_page_free_link_mapping (links);
    }
  return target;
}

/* 9.3: each management review as its minutes, the newest first: planned
 * and held days, attendees with their roles and whether top management
 * came, the inputs in the order of 9.3.2 with their comments, the
 * decisions, the actions (an overdue one said so) and the signed minutes;
 * a review not held yet says so and shows its prepared inputs; one held
 * without inputs in Attest says that. The register's titles and the
 * contents lead to them. An empty workspace says there is no review yet,
 * and the section alone is the minutes, titled as such. */
static void
test_review (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "review.isms");
  g_autofree char *pdf = test_dir_path (fixture, "review.pdf");
  g_autofree char *minutes_pdf = test_dir_path (fixture, "minutes.pdf");
  g_autofree char *empty_path = test_dir_path (fixture, "empty.isms");
  g_autofree char *empty_pdf = test_dir_path (fixture, "empty.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Reviewed Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *chief, *manager, *executive, *isms, *owner, *annual, *planned;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *all = NULL, *text = NULL, *target = NULL;
  g_autofree char *due = table_day ("2025-06-30");
  g_autofree char *done = table_day ("2025-06-20");
  g_autofree char *late = table_day ("2025-04-01");
  const char *section, *first, *second, *third, *end;
  gboolean linked = FALSE;

  g_assert_no_error (error);
  chief = add_record (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Dana Whitlock",
                                               "position", "Chief executive", NULL));
  manager = add_record (workspace, g_object_new (ATTEST_TYPE_PERSON, "name", "Sam Ortiz",
                                                 "position", "Security lead", NULL));
  executive = add_record (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "Managing board",
                                                   "top-management", TRUE, NULL));
  isms = add_record (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "ISMS manager", NULL));
  owner = add_record (workspace, g_object_new (ATTEST_TYPE_ROLE, "title", "Risk owner", NULL));
  g_assert_true (attest_workspace_link (workspace, "role-person", executive, chief, &error));
  g_assert_true (attest_workspace_link (workspace, "role-person", isms, manager, &error));
  g_assert_true (attest_workspace_link (workspace, "role-person", owner, manager, &error));
  g_assert_no_error (error);

  /* Recorded in no particular order: the oldest first, the one planned
   * last. */
  add_record (workspace, g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Review of the first year",
                                       "planned-date", "2024-03-01", "held-on", "2024-03-01", NULL));
  annual = add_record (workspace, g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Annual review 2025",
                                                "planned-date", "2025-03-10", "held-on", "2025-03-12",
                                                "since", "2024-03-01", "inputs-prepared-at", "2025-03-05T09:30:00Z",
                                                "improvement-decisions", "Automate the access reviews",
                                                "change-decisions", "Bring the new warehouse into the scope",
                                                "minutes-reference", "Board minutes BM-2025-03, signed", NULL));
  planned = add_record (workspace, g_object_new (ATTEST_TYPE_MANAGEMENT_REVIEW, "title", "Annual review 2099",
                                                 "planned-date", "2099-01-15", "since", "2025-03-12",
                                                 "inputs-prepared-at", "2026-01-05T09:30:00Z", NULL));
  g_assert_true (attest_workspace_link (workspace, "review-attendee", annual, manager, &error));
  g_assert_true (attest_workspace_link (workspace, "review-attendee", annual, chief, &error));
  g_assert_no_error (error);
  /* Its inputs recorded out of the standard's order. */
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_INPUT, "review-id", attest_record_get_id (annual),
                                       "topic", ATTEST_REVIEW_TOPIC_IMPROVEMENTS,
                                       "summary", "Two opportunities raised, one adopted", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_INPUT, "review-id", attest_record_get_id (annual),
                                       "topic", ATTEST_REVIEW_TOPIC_PREVIOUS_ACTIONS,
                                       "summary", "Three actions of the last review done",
                                       "comment", "All closed on time", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_INPUT, "review-id", attest_record_get_id (annual),
                                       "topic", ATTEST_REVIEW_TOPIC_MEASUREMENTS,
                                       "summary", "Patch time met its target every month", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_INPUT, "review-id", attest_record_get_id (planned),
                                       "topic", ATTEST_REVIEW_TOPIC_ISSUES,
                                       "summary", "One issue added since the last review", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (annual),
                                       "title", "Automate quarterly access reviews", "owner", "IT lead",
                                       "due-date", "2025-06-30", "status", ATTEST_ACTION_STATUS_DONE,
                                       "done-on", "2025-06-20", NULL));
  add_record (workspace, g_object_new (ATTEST_TYPE_REVIEW_ACTION, "review-id", attest_record_get_id (annual),
                                       "title", "Test restores every quarter", "owner", "Operations lead",
                                       "due-date", "2025-04-01", "status", ATTEST_ACTION_STATUS_OPEN, NULL));

  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  assert_within_margins (doc);
  all = all_text (doc);
  g_assert_null (strstr (all, "(null)"));
  text = squeeze (all);

  /* 9.3 between 9.2 and 10. */
  section = in (text, NULL, "9.3 Management review Here:");
  g_assert_nonnull (section);
  g_assert_nonnull (in (text, NULL, "9.2 Internal audit Here:"));
  g_assert_true (in (text, NULL, "9.2 Internal audit Here:") < section);
  end = in (section, NULL, "10 Improvement 10.1");
  g_assert_nonnull (end);

  /* The register, the newest first, with the inputs and actions counted. */
  g_assert_nonnull (in (section, end, "Annual review 2099 15 Jan 2099 Not held yet 1 of 10 —"));
  {
    g_autofree char *planned_on = table_day ("2025-03-10");
    g_autofree char *held_on = table_day ("2025-03-12");
    g_autofree char *row = g_strdup_printf ("Annual review 2025 %s %s 3 of 10 1 of 2", planned_on, held_on);

    g_assert_nonnull (in (section, end, row));
  }

  /* Each review's minutes, the newest first. */
  first = in (section, end, "Annual review 2099, planned for 15 January 2099");
  second = in (section, end, "Annual review 2025, held on 12 March 2025");
  third = in (section, end, "Review of the first year, held on 1 March 2024");
  g_assert_nonnull (first);
  g_assert_true (second > first);
  g_assert_true (third > second);

  /* Planned: not minutes yet, its inputs as prepared, no comments. */
  g_assert_nonnull (in (first, second, "Not held yet: these are not minutes, but the inputs prepared for the review "
                                       "so far."));
  g_assert_nonnull (in (first, second, "Planned for 15 January 2099 Held on Not held yet Changes counted from 12 March "
                                       "2025, the day the previous review was held"));
  g_assert_nonnull (in (first, second, "9.3.2 b) Changes in external and internal issues One issue added since the "
                                       "last review —"));
  g_assert_null (in (first, second, "No comment recorded"));
  g_assert_null (in (first, second, "Attendees"));

  /* Held: who came, top management first, with their roles. */
  g_assert_nonnull (in (second, third, "Planned for 10 March 2025 Held on 12 March 2025 Top management attended "
                                       "Yes: Chief executive (Dana Whitlock) Changes counted from 1 March 2024, the "
                                       "day the previous review was held Inputs prepared 5 Mar 2025 09:30 UTC"));
  g_assert_nonnull (in (second, third, "Attendee Roles they hold Chief executive (Dana Whitlock) Managing board "
                                       "Security lead (Sam Ortiz) ISMS manager, Risk owner"));
  /* The inputs in the order of 9.3.2, each with its comment. */
  {
    const char *a = in (second, third, "9.3.2 a) Actions from previous reviews Three actions of the last review done "
                                       "All closed on time");
    const char *d = in (second, third, "9.3.2 d) 2) Monitoring and measurement results Patch time met its target "
                                       "every month No comment recorded.");
    const char *g = in (second, third, "9.3.2 g) Opportunities for improvement Two opportunities raised, one "
                                       "adopted No comment recorded.");

    g_assert_nonnull (a);
    g_assert_true (d > a);
    g_assert_true (g > d);
  }
  g_assert_nonnull (in (second, third, "Decisions on improvement Automate the access reviews Decisions on changes "
                                       "to the ISMS Bring the new warehouse into the scope"));
  /* The actions by due day: the late one open and said overdue. */
  {
    g_autofree char *open = g_strdup_printf ("Test restores every quarter Operations lead %s Open Overdue Not done "
                                             "yet", late);
    g_autofree char *closed = g_strdup_printf ("Automate quarterly access reviews IT lead %s Done %s", due, done);
    const char *at_open = in (second, third, open);

    g_assert_nonnull (in (second, third, "Actions decided (9.3.3), 1 of 2 done:"));
    g_assert_nonnull (at_open);
    g_assert_true (in (second, third, closed) > at_open);
  }
  g_assert_nonnull (in (second, third, "Signed minutes kept at Board minutes BM 2025 03, signed"));

  /* Held, and nothing else recorded: said so, not left blank. */
  g_assert_nonnull (in (third, end, "Attendees None recorded Top management attended No attendee is recorded."));
  g_assert_nonnull (in (third, end, "Changes counted from — Inputs prepared Not prepared yet"));
  g_assert_nonnull (in (third, end, "The inputs it considered are not recorded in Attest."));
  g_assert_nonnull (in (third, end, "The review decided no actions."));
  g_assert_null (in (third, end, "Signed minutes kept at"));

  /* The contents lead to 9.3, the register's titles to their minutes. */
  target = contents_target (doc, "9.3 Management review");
  g_assert_nonnull (target);
  g_assert_nonnull (strstr (target, "9.3 Management review Here:"));
  for (int i = 0; i < poppler_document_get_n_pages (doc) && !linked; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *links = poppler_page_get_link_mapping (page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;
          g_autofree char *label = link_text (page, mapping);
          g_autofree char *lands = NULL;

          if (mapping->action->type != POPPLER_ACTION_GOTO_DEST || !g_str_equal (label, "Annual review 2025"))
            continue;
          lands = page_text (doc, dest_page (doc, mapping->action->goto_dest.dest));
          g_assert_nonnull (strstr (lands, "Annual review 2025, held on 12 March 2025"));
          linked = TRUE;
        }
      poppler_page_free_link_mapping (links);
    }
  g_assert_true (linked);
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&all, g_free);
  g_clear_pointer (&target, g_free);

  /* The section alone: the minutes, and nothing of the audit pack. */
  g_assert_true (attest_pack_parse_sections ("review", &options.sections, &error));
  g_assert_no_error (error);
  g_assert_cmpint (options.sections, ==, ATTEST_PACK_REVIEW);
  export (workspace, &options, minutes_pdf);
  assert_qpdf_clean (minutes_pdf);
  doc = open_pdf (minutes_pdf);
  assert_within_margins (doc);
  {
    g_autofree char *title = poppler_document_get_title (doc);
    g_autofree char *cover = squeezed_page (doc, 0);

    g_assert_cmpstr (title, ==, "Reviewed Ltd: management review minutes");
    assert_in (cover, "Document Management review minutes of 14 November 2023");
    assert_in (cover, "The minutes of the management reviews of the ISMS (ISO/IEC 27001:2022, 9.3)");
    g_assert_null (strstr (cover, "Auditpack"));
    g_assert_null (strstr (cover, "Thedocumentsthispackholds"));
  }
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *page = page_text (doc, i);

      /* Every page's running head says what it is. */
      g_assert_nonnull (strstr (page, "Management review minutes"));
      g_assert_null (strstr (page, "ISMS audit pack"));
    }
  all = all_text (doc);
  text = squeeze (all);
  g_assert_null (strstr (text, "Indexofmandatorydocumentedinformation"));
  g_assert_null (strstr (text, "Changesummary"));
  g_assert_null (strstr (text, "Documentregister"));
  g_assert_null (strstr (text, "9.2InternalauditHere"));
  assert_in (text, "Document Management review minutes Organisation Reviewed Ltd");
  assert_in (text, "9 Performance evaluation 9.3 Management review Here:");
  assert_in (text, "Annual review 2025, held on 12 March 2025");
  target = contents_target (doc, "9.3 Management review");
  g_assert_nonnull (target);
  g_assert_nonnull (strstr (target, "9.3 Management review Here:"));
  g_clear_object (&doc);
  g_free (all);
  g_free (text);
  /* Recorded in the history as minutes, not as a version of the pack. */
  g_assert_cmpstr (attest_pack_get_statement (&options), ==, "review-minutes");
  g_assert_cmpstr (attest_pack_get_statement (&(AttestPackOptions) { ATTEST_PACK_ALL }), ==, "audit-pack");

  /* The minutes of one review: that review alone, named on the cover. */
  options.review_id = attest_record_get_id (annual);
  export (workspace, &options, minutes_pdf);
  doc = open_pdf (minutes_pdf);
  {
    g_autofree char *cover = squeezed_page (doc, 0);

    assert_in (cover, "Document Minutes of “Annual review 2025”");
    assert_in (cover, "The minutes of a management review of the ISMS (ISO/IEC 27001:2022, 9.3)");
  }
  all = all_text (doc);
  text = squeeze (all);
  assert_in (text, "Annual review 2025, held on 12 March 2025");
  g_assert_null (strstr (text, "Annualreview2099"));
  g_assert_null (strstr (text, "Reviewofthefirstyear"));
  g_assert_null (strstr (text, "9.3 Management review Here:"));
  /* One section: no page of contents. */
  g_assert_null (strstr (text, "Contents"));
  g_clear_object (&doc);
  options.review_id = NULL;

  /* No review yet: the section says so. */
  {
    g_autoptr(AttestWorkspace) empty = attest_workspace_create (empty_path, "Empty Ltd", &error);
    g_autofree char *empty_text = NULL;

    g_assert_no_error (error);
    options.sections = ATTEST_PACK_ALL;
    export (empty, &options, empty_pdf);
    doc = open_pdf (empty_pdf);
    empty_text = squeezed_all (doc);
    assert_in (empty_text, "9.3 Management review Here:");
    assert_in (empty_text, "No management review is recorded in Attest yet.");
  }
}

/* A nonconformity with more corrective actions than a page holds: the
 * actions' header row is repeated on the next page, under "Corrective
 * actions of 1. … (continued)". */
static void
test_improvement_long_actions (TestDir       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "long-actions.isms");
  g_autofree char *pdf = test_dir_path (fixture, "long-actions.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Improving Ltd", &error);
  AttestPackOptions options = { ATTEST_PACK_IMPROVEMENT, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  AttestRecord *nc;
  const char *section;
  guint n_headers = 0;

  g_assert_no_error (error);
  nc = add_record (workspace, g_object_new (ATTEST_TYPE_NONCONFORMITY, "title", "Patching behind on every server",
                                            "source", ATTEST_NONCONFORMITY_SOURCE_MONITORING,
                                            "requirement", "A.8.8", "reported-on", "2025-06-02",
                                            "description", "Monthly patching skipped since spring",
                                            "state", ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED, NULL));
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Patch server %02u and record it", i + 1);

      add_record (workspace, g_object_new (ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id", attest_record_get_id (nc),
                                           "title", title,
                                           "description", "Apply the outstanding updates in the next maintenance "
                                                          "window, restart, and check the services come back",
                                           "owner", "Operations lead", "due-date", "2025-07-01", NULL));
    }

  export (workspace, &options, pdf);
  assert_qpdf_clean (pdf);
  doc = open_pdf (pdf);
  assert_within_margins (doc);
  all = all_text (doc);
  text = squeeze (all);
  section = in (text, NULL, "1. Patching behind on every server What happened");
  g_assert_nonnull (section);
  g_assert_nonnull (in (section, NULL, "Patch server 40 and record it"));
  for (const char *at = section; (at = in (at, NULL, "Corrective action Owner Due Done on")) != NULL; at++)
    n_headers++;
  g_assert_cmpuint (n_headers, >=, 2);
  g_assert_nonnull (in (section, NULL, "Corrective actions of 1. Patching behind on every server (continued) "
                                       "Corrective action Owner Due Done on"));
}

static void
test_operation (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "operation.pdf");
  AttestPackOptions options = { ATTEST_PACK_OPERATION | ATTEST_PACK_RISKS, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *operation, *providers, *assessment;

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  operation = strstr (text, "8 Operation");
  providers = strstr (text, "8.1 Operational planning and control");
  assessment = strstr (text, "8.2 Information security risk assessment");
  g_assert_nonnull (operation);
  g_assert_true (providers > operation);
  g_assert_true (assessment > providers);
  /* One "8 Operation" in the outline. */
  {
    g_autoptr(GPtrArray) titles = outline_titles (doc);
    guint n = 0;

    for (guint i = 0; i < titles->len; i++)
      n += g_str_equal (g_ptr_array_index (titles, i), "8 Operation");
    g_assert_cmpuint (n, ==, 1);
  }
  g_assert_nonnull (strstr (providers, "Stratus Cloud Ltd"));
  g_assert_nonnull (strstr (providers, "Controls: A.5.19, A.5.20, A.5.22, A.5.23"));
  g_assert_nonnull (strstr (providers, "Payroll services"));
}

/* 4.4: the processes after 4.2, drawn and listed with how often each runs
 * and its last and next run; 8.1: their criteria and how they are checked,
 * before the external providers. */
static void
test_processes (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "processes.pdf");
  AttestPackOptions options = { ATTEST_PACK_CONTEXT | ATTEST_PACK_OPERATION, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  const char *parties, *processes, *criteria, *providers;
  g_autoptr(AttestRecord) sweep = g_object_new (ATTEST_TYPE_PROCESS, "name", "Clear desk sweep", NULL);
  g_autoptr(GError) error = NULL;

  /* One of the ISMS's own that hands over to no other. */
  g_assert_true (attest_workspace_add (workspace, sweep, &error));
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  parties = strstr (text, "4.2 Understanding the needs");
  processes = strstr (text, "4.4 Information security management system");
  criteria = strstr (text, "Criteria of the processes, and how they are checked");
  providers = strstr (text, "Externally provided processes, products and services");
  g_assert_nonnull (parties);
  g_assert_true (processes > parties);
  g_assert_true (criteria > processes);
  g_assert_true (providers > criteria);
  /* The diagram's boxes are text too: the processes that hand over. */
  g_assert_nonnull (strstr (processes, "Risk assessment"));
  squeezed = squeeze (processes);
  assert_in (squeezed, "Monitoring and measurement Measures whether the controls and the ISMS work as intended.");
  assert_in (squeezed, "Every 3 months Last:");
  assert_in (squeezed, "In: The objectives and the controls to be measured. Out: Measurements and what they show, and "
                       "the events that need handling as incidents.");
  assert_in (squeezed, "Monitoring and measurement Each objective's measure taken on time and reported. The quarterly "
                       "report to the managing director lists any measure missed.");
  /* Under the diagram, each arrow in words, names in the register's order;
   * what no arrow joins is named, not silently left out. */
  assert_in (squeezed, "Process Hands over to Receives from Context and interested parties review Risk assessment, "
                       "Management review Management review Risk assessment Risk treatment Context and interested "
                       "parties review, Incident management, Supplier management");
  assert_in (squeezed, "Internal audit Nonconformity and corrective action, Management review Document control");
  assert_in (squeezed, "Not drawn, as no hand-over joins them: Clear desk sweep.");
  assert_in (squeezed, "Not drawn: 2 processes that stand for parts of the scope and hand over to no other (Appendix C: "
                       "Process register).");
  /* The scope's processes are processes of the ISMS, described once: 4.4
   * and 8.1 count them and cite the process register, which lists them
   * with their criteria. */
  {
    /* From its record control to the appendices, past the contents. */
    const char *start = strstr (text, "ISMS-PROCESSES");
    const char *appendix = g_strrstr (text, "Appendix C: Process register");
    g_autofree char *body = g_strndup (start, strstr (start, "Appendix A: Scope register") - start);
    g_autofree char *squeezed_body = squeeze (body);
    g_autofree char *squeezed_appendix = NULL;

    g_assert_null (strstr (squeezed_body, "Client data analysis"));
    assert_in (squeezed_body, "Processes that stand for processes and services in scope 2 Appendix C: Process register");
    g_assert_nonnull (appendix);
    squeezed_appendix = squeeze (appendix);
    assert_in (squeezed_appendix, "Client data analysis Receiving, analysing and returning client data sets. Head of "
                                  "analytics (Hannah Byrne) When needed Last:");
    assert_in (squeezed_appendix, "Client data handled only on the analysis platform, as the client's agreement says.");
    g_assert_null (strstr (squeezed_appendix, "Risk assessment Finds"));
  }
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


/* The text with no white space and no hyphen: where a word is broken is
 * the layout's business. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isspace (*c) && *c != '-')
      g_string_append_c (out, *c);
  return g_string_free (out, FALSE);
}

/* Fields far longer than anyone types: a paragraph of 1 MB, a cell of
 * 5,000 lines and a name of 10,000 characters without a space all appear
 * whole, flow over as many pages as they need, and stay inside the
 * margins. */
static void
test_long_fields (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *pdf = test_dir_path (fixture, "long.pdf");
  g_autoptr(AttestDocument) doc = attest_document_new ();
  g_autoptr(GString) megabyte = g_string_new (NULL);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autofree char *text = NULL, *squeezed = NULL, *squeezed_name = NULL;
  const double widths[] = { 1, 1, 2 };
  const char *headers[] = { "No.", "Owner", "Description" };
  g_autoptr(GString) body = g_string_new (NULL);
  AttestTable *table;
  const char *at;
  guint n_words = 0;

  /* A tenth of each under Valgrind (test_rounds()): the same code paths. */
  while (megabyte->len < test_rounds (1024 * 1024))
    g_string_append_printf (megabyte, "w%06u ", n_words++);
  for (guint i = 1; i <= test_rounds (5000); i++)
    g_string_append_printf (lines, "line%05u\n", i);
  for (guint i = 0; i < test_rounds (10000); i++)
    g_string_append_c (name, 'a' + i % 26);

  attest_document_set_info (doc, "Long Ltd", "Layout", "Public", "1", "2023-11-14");
  attest_document_add_heading (doc, 1, NULL, "Long fields", NULL);
  attest_document_add_text (doc, ATTEST_TEXT_BODY, megabyte->str);
  table = attest_document_add_table (doc, 3, widths, headers);
  attest_table_add_row (table, (const char * const[]) { "R1", "owner", lines->str }, NULL);
  attest_table_add_row (table, (const char * const[]) { "R2", "short", "after" }, NULL);
  attest_table_add_row (table, (const char * const[]) { "R3", "risk", name->str }, NULL);
  attest_document_add_key_values (doc, (const char * const[]) { "Owner", name->str, NULL });
  attest_document_add_text (doc, ATTEST_TEXT_TITLE, name->str);
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, &error));
  g_assert_no_error (error);

  reader = open_pdf (pdf);
  text = all_text (reader);
  /* The pages without their running header and footer, and without the
   * table's header row, repeated on every page the table spans. */
  for (int i = 0; i < poppler_document_get_n_pages (reader); i++)
    {
      g_autofree char *page = page_text (reader, i);
      g_autofree char *number = g_strdup_printf ("Page %d of %d", i + 1, poppler_document_get_n_pages (reader));
      const char *running[] = { "Long Ltd", "Layout", "Public · 1 · 2023-11-14", number };
      g_autoptr(GString) cut = g_string_new (page);

      for (guint r = 0; r < G_N_ELEMENTS (running); r++)
        g_string_replace (cut, running[r], "", 1);
      g_string_append (body, cut->str);
    }
  /* Every word of the megabyte, in order. */
  at = text;
  for (guint i = 0; i < n_words; i++)
    {
      char word[16];

      g_snprintf (word, sizeof word, "w%06u", i);
      at = strstr (at, word);
      if (at == NULL)
        g_error ("%s is missing", word);
    }
  /* Every line of the cell, in order. */
  for (guint i = 1; i <= test_rounds (5000); i++)
    {
      char word[16];

      g_snprintf (word, sizeof word, "line%05u", i);
      at = strstr (at, word);
      if (at == NULL)
        g_error ("%s is missing", word);
    }
  g_assert_nonnull (strstr (at, "after"));
  /* The name, whole, in the cell, the key-value block and the title:
   * wrapped, perhaps with a hyphen where a line breaks it. */
  {
    g_autofree char *all = squeeze (body->str);
    g_autoptr(GString) header_free = g_string_new (all);

    /* And the table's title above its part on every later page, and the
     * name of a row carried on, which the text may read amid the header's
     * words: those go one by one (the name is all small letters). */
    g_string_replace (header_free, "1Longfields(continued)", "", 0);
    g_string_replace (header_free, "R1(continued)", "", 0);
    g_string_replace (header_free, "R3(continued)", "", 0);
    for (const char * const *word = (const char * const[]) { "No.", "Owner", "Description", NULL }; *word; word++)
      g_string_replace (header_free, *word, "", 0);
    squeezed = g_strdup (header_free->str);
  }
  squeezed_name = squeeze (name->str);
  at = squeezed;
  for (guint i = 0; i < 3; i++)
    {
      at = strstr (at, squeezed_name);
      g_assert_nonnull (at);
      at++;
    }
  assert_within_margins (reader);
}

/* How much text a document's layout hands to Pango, measuring it and
 * drawing every page. */
static guint64
layout_work (AttestDocument *doc)
{
  g_autoptr(AttestPagination) pagination = attest_pagination_new (doc, ATTEST_PAPER_A4);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < attest_pagination_get_n_pages (pagination); i++)
    {
      attest_pagination_draw_page (pagination, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return attest_pagination_get_layout_work (pagination);
}

typedef enum { LONG_PARAGRAPH, LONG_CELL, LONG_NAME } LongKind;

static AttestDocument *
long_document (LongKind kind,
               guint    n)
{
  AttestDocument *doc = attest_document_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  const double widths[] = { 1, 1, 3 };

  for (guint i = 0; i < n; i++)
    {
      if (kind == LONG_NAME)
        g_string_append_c (text, 'a' + i % 26);
      else
        g_string_append_printf (text, "line%05u\n", i);
    }
  /* A long name is the organisation's too, in every page's header. */
  attest_document_set_info (doc, kind == LONG_NAME ? text->str : "Layout Ltd", "Layout", "Public", "1", "2023-11-14");
  if (kind == LONG_PARAGRAPH)
    attest_document_add_text (doc, ATTEST_TEXT_BODY, text->str);
  else
    {
      AttestTable *table = attest_document_add_table (doc, 3, widths, NULL);

      attest_table_add_row (table, (const char * const[]) { "R1", kind == LONG_NAME ? text->str : "owner",
                                                             kind == LONG_NAME ? "risk" : text->str }, NULL);
    }
  return doc;
}

/* Layout work grows with the text, not faster: twice the text, at most a
 * little over twice the work (it was four times: every page laid the
 * whole text out again). Counted, not timed. */
static void
test_layout_linear (TestDir       *fixture,
                    gconstpointer  data)
{
  const struct { LongKind kind; guint n; } cases[] = {
    { LONG_PARAGRAPH, 2000 },
    { LONG_CELL, 2000 },
    { LONG_NAME, 5000 },
  };

  /* A count of work, not of memory: the plain and sanitizer passes run it;
   * under Valgrind it would only take long. */
  if (!test_large_workloads ())
    {
      g_test_skip ("the layout's work is counted in the plain and sanitizer passes");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AttestDocument) once = long_document (cases[i].kind, cases[i].n);
      g_autoptr(AttestDocument) twice = long_document (cases[i].kind, 2 * cases[i].n);
      guint64 work_once = layout_work (once), work_twice = layout_work (twice);

      g_test_message ("case %u: %" G_GUINT64_FORMAT " bytes laid out for n, %" G_GUINT64_FORMAT " for 2n",
                      i, work_once, work_twice);
      g_assert_cmpuint (work_twice, <=, 2.25 * work_once);
    }
}

#define PACK_MARGIN 54.0

/* Whether @needle is printed in the footer band, within the side margins,
 * at its full width: text an ellipsis stands for comes out of the PDF too
 * (as the ellipsis glyph's text), squeezed into the ellipsis. Poppler gives
 * the matches with the origin at the bottom left. */
static gboolean
in_footer (PopplerPage *page,
           double       width,
           const char  *needle)
{
  GList *matches = poppler_page_find_text (page, needle);
  gboolean found = FALSE;

  for (GList *l = matches; l != NULL; l = l->next)
    {
      PopplerRectangle *r = l->data;

      if (MIN (r->y1, r->y2) > PACK_MARGIN - 3 && MAX (r->y1, r->y2) < PACK_MARGIN + 14
          && r->x1 >= PACK_MARGIN - 0.5 && r->x2 <= width - PACK_MARGIN + 0.5
          && r->x2 - r->x1 > 1.5 * g_utf8_strlen (needle, -1))
        found = TRUE;
    }
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
  return found;
}

/* Where the footer's ink is, in points: the page printed at 4 pixels a
 * point, everything below the footer's rule. */
static void
footer_ink (PopplerPage *page,
            double       width,
            double       height,
            double      *left,
            double      *right,
            double      *top,
            double      *bottom)
{
  const double scale = 4;
  int w = (int) ceil (width * scale), h = (int) ceil (height * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  int from = (int) ((height - PACK_MARGIN - 11) * scale);
  int x_min = w, x_max = -1, y_min = h, y_max = -1;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = from; y < h; y++)
    {
      guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface));

      for (int x = 0; x < w; x++)
        if ((row[x] & 0xffffff) != 0xffffff)
          {
            x_min = MIN (x_min, x);
            x_max = MAX (x_max, x + 1);
            y_min = MIN (y_min, y);
            y_max = MAX (y_max, y + 1);
          }
    }
  cairo_surface_destroy (surface);
  g_assert_cmpint (x_max, >, 0);
  *left = x_min / scale;
  *right = x_max / scale;
  *top = y_min / scale;
  *bottom = y_max / scale;
}

/* The footer keeps the version, the date and "Page X of Y" in their places
 * on one line within the margins, whatever the classification label: long,
 * several lines, right to left. */
static void
test_footer_labels (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "footer.pdf");
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 4, 10, 0, 0);
  g_autofree char *long_label = NULL;
  g_autofree char *long_arabic = NULL;
  const char *labels[6] = { NULL };
  GString *builder = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append (builder, "Strictly confidential, for the eyes of the board only ");
  long_label = g_string_free (builder, FALSE);
  builder = g_string_new (NULL);
  for (guint i = 0; i < 8; i++)
    g_string_append (builder, "سري للغاية - للاستخدام الداخلي فقط ");
  long_arabic = g_string_free (builder, FALSE);
  labels[0] = long_label;
  labels[1] = "Internal\nDo not forward\r\nThird line\u2028fourth";
  labels[2] = "سري للغاية";
  labels[3] = "סודי ביותר - לשימוש פנימי בלבד";
  labels[4] = long_arabic;
  labels[5] = "Confidential";

  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    {
      AttestPackOptions options = { ATTEST_PACK_SOA, ATTEST_PAPER_A4, labels[l], date };
      g_autoptr(PopplerDocument) doc = NULL;
      int n_pages;

      export (workspace, &options, pdf);
      doc = open_pdf (pdf);
      n_pages = poppler_document_get_n_pages (doc);
      g_assert_cmpint (n_pages, >, 1);
      for (int i = 0; i < n_pages; i++)
        {
          g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
          g_autofree char *text = poppler_page_get_text (page);
          g_autofree char *page_of = g_strdup_printf ("Page %d of %d", i + 1, n_pages);
          double width, height, top, bottom, leftmost, right_edge;

          poppler_page_get_size (page, &width, &height);
          if (!in_footer (page, width, page_of) || !in_footer (page, width, "Generated on 4 March 2026"))
            g_error ("label %u, page %d: the footer lost its date or page number:\n%s", l, i + 1, text);
          /* The pack holds documents of their own versions: the footer
           * names none for the whole of it. */
          if (in_footer (page, width, "Version"))
            g_error ("label %u, page %d: the footer names a version:\n%s", l, i + 1, text);

          /* Everything below the footer's rule is one line, within the
           * margins, from the left margin on: read from the printed page
           * (poppler's text layout loses characters of right-to-left runs). */
          footer_ink (page, width, height, &leftmost, &right_edge, &top, &bottom);
          if (fabs (leftmost - PACK_MARGIN) > 1.0 || right_edge > width - PACK_MARGIN + 1.0)
            g_error ("label %u, page %d: the footer spans %g to %g, not the space between the margins",
                     l, i + 1, leftmost, right_edge);
          g_assert_cmpfloat (bottom - top, <, 10);
        }
    }
}

/* Characters no font covers are named with their record and field before
 * they print as boxes; an emoji prints with a glyph (the set-up installs
 * Symbola, monochrome outlines). */
static void
test_glyphs (TestDir       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "glyphs.isms");
  g_autofree char *pdf = test_dir_path (fixture, "glyphs.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Glyph Ltd", &error);
  AttestRecord *flood = g_object_new (ATTEST_TYPE_RISK, "title", "Flood \xee\x80\x80 in the basement", NULL);
  /* The owner prints in the regular weight (the title's first line is bold). */
  AttestRecord *fire = g_object_new (ATTEST_TYPE_RISK, "title", "Fire \xf0\x9f\x94\xa5 in the server room",
                                     "description", "Smoke \xe2\x9a\xa0 and \xe2\x98\x82",
                                     "owner", "Fire warden \xf0\x9f\x94\xa5", NULL);
  AttestPackOptions options = { ATTEST_PACK_RISKS, ATTEST_PAPER_A4, "Internal \xef\xa3\xbf", NULL };
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  PopplerFontInfo *info;
  PopplerFontsIter *iter = NULL;
  gboolean symbola = FALSE;

  g_assert_true (attest_workspace_add (workspace, flood, &error));
  g_assert_true (attest_workspace_add (workspace, fire, &error));
  g_assert_no_error (error);

  warnings = attest_audit_pack_check_glyphs (workspace, &options);
  for (guint i = 0; i < warnings->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (warnings, i));
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "classification label"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "U+F8FF"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "Risk “Flood"));
  {
    g_autofree char *field = g_strdup_printf ("field “%s”", attest_field_get_label ("risk", "title"));

    g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), field));
  }
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "U+E000"));

  /* The emoji and symbols print with Symbola's glyphs. */
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  info = poppler_font_info_new (doc);
  while (poppler_font_info_scan (info, poppler_document_get_n_pages (doc), &iter))
    {
      if (iter == NULL)
        continue;
      do
        symbola |= poppler_fonts_iter_get_name (iter) != NULL && strstr (poppler_fonts_iter_get_name (iter), "Symbola") != NULL;
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);
  g_assert_true (symbola);
}

/* Noncharacters are valid UTF-8 and may stand in any field; cairo 1.16
 * refuses them in its own strings (metadata, outline), which once failed the
 * whole export. The pack prints, its title shows U+FFFD for them. */
static void
test_noncharacters (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "nonchar.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  AttestRecord *org = attest_workspace_get_singleton (workspace, ATTEST_TYPE_ORGANISATION);
  GListModel *roles = attest_workspace_get_records (workspace, ATTEST_TYPE_ROLE);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;

  g_object_set (org, "name", "Acme \xef\xbf\xbf\xef\xb7\x90\xf4\x8f\xbf\xbf Ltd", NULL);
  /* The pack's author is who runs the ISMS. */
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(AttestRecord) role = g_list_model_get_item (roles, i);

      if (attest_role_is_leader (role, ATTEST_LEADER_ISMS_MANAGER))
        g_object_set (role, "title", "Ann \xef\xbf\xbe", NULL);
    }
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  title = poppler_document_get_title (doc);
  g_assert_nonnull (strstr (title, "Acme \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd Ltd"));
  author = poppler_document_get_author (doc);
  g_assert_nonnull (strstr (author, "Ann \xef\xbf\xbd (Tom Okafor)"));
}

/* 7.5: the audit pack is a document Attest produces, listed last among
 * them; its versions are the packs written and recorded in the history,
 * each named by the head it printed, so a copy can be matched to its
 * version. */
static void
test_pack_versions (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autofree char *first = test_dir_path (fixture, "first.pdf");
  g_autofree char *second = test_dir_path (fixture, "second.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  AttestStore *store;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;
  g_autofree char *want = NULL;
  g_autofree char *status = NULL;
  gint64 seq;

  attest_clock_set_fixed (G_GINT64_CONSTANT (1796212800000000));   /* 2026-12-02 12:00 UTC */
  workspace = demo (fixture, "versions.isms");
  store = attest_workspace_get_store (workspace);
  status = attest_isms_document_dup_pack_status (workspace);
  g_assert_true (g_str_has_prefix (status, "Not written yet"));

  /* The first pack: none before it. */
  seq = attest_store_get_history_count (store);
  head = g_strdup (attest_store_get_history_head (store));
  export (workspace, &options, first);
  {
    g_autoptr(PopplerDocument) doc = open_pdf (first);

    text = squeezed_all (doc);
  }
  assert_in (text, "ISMS-PACK Audit pack None written before this one This pack: written from the workspace, not "
                   "approved; the head it was made from is under Integrity of the history");
  want = g_strdup_printf ("Head of the chain (SHA-256) %s", head);
  assert_in (text, want);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&want, g_free);

  /* Recorded as the window records every pack it writes: the next pack
   * lists it as version 1, by the head the first one printed. */
  attest_clock_set_fixed (G_GINT64_CONSTANT (1796212800000000));
  g_assert_true (attest_history_record_head (store, "audit-pack", seq, head, &error));
  g_assert_no_error (error);
  g_assert_true (attest_history_record_head (store, "json-export", seq, head, &error));
  versions = attest_isms_document_dup_pack_versions (workspace, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);
  export (workspace, &options, second);
  {
    g_autoptr(PopplerDocument) doc = open_pdf (second);
    g_autofree char *start = g_strndup (head, 12);

    text = squeezed_all (doc);
    /* The cell's lines come between the next column's. */
    want = g_strdup_printf ("%s…", start);
  }
  /* Said to be the pack before this one, not this one. */
  assert_in (text, "ISMS-PACK Audit pack Packs written before this one:");
  assert_in (text, "Version 1, written on 2 December 2026");
  assert_in (text, want);
  g_clear_pointer (&status, g_free);
  status = attest_isms_document_dup_pack_status (workspace);
  g_assert_true (g_str_has_prefix (status, "Version 1, written on 2 December 2026"));
  attest_clock_reset ();
}

/* The pack opens with the index of mandatory documented information: where
 * each item is, with the page of its section (the page the section really
 * starts on), the register entry that keeps it, or that it is missing. */
static void
test_mandatory_index (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "index.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(AttestDocument) doc = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  g_autoptr(PopplerDocument) reader = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL, *raw = NULL, *soa_row = NULL, *scope_row = NULL;
  GPtrArray *headings;
  guint index_page = G_MAXUINT, soa_page = G_MAXUINT, scope_page = G_MAXUINT;

  options.date = g_date_time_new_utc (2026, 12, 1, 9, 0, 0);
  doc = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (doc, ATTEST_PAPER_A4);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "mandatory-index") == 0)
        index_page = info->page;
      else if (g_strcmp0 (info->anchor, "soa") == 0)
        soa_page = info->page;
      else if (g_strcmp0 (info->anchor, "clause-4.3") == 0)
        scope_page = info->page;
    }
  g_assert_cmpuint (index_page, <, soa_page);
  g_assert_cmpuint (soa_page, <, G_MAXUINT);
  g_assert_true (attest_document_write_pdf (doc, ATTEST_PAPER_A4, pdf, NULL, NULL, NULL));
  g_date_time_unref (options.date);

  reader = open_pdf (pdf);
  page = poppler_document_get_page (reader, (int) index_page);
  raw = poppler_page_get_text (page);
  text = collapse (raw);
  /* Text extraction glues neighbouring cells: compare without spaces. */
  g_free (text);
  text = squeeze (raw);
  soa_row = g_strdup_printf ("6.1.3dStatementofApplicabilityInthispack:StatementofApplicability%u", soa_page + 1);
  scope_row = g_strdup_printf ("4.3ScopeoftheISMSInthispack:4.3Determiningthescopeoftheinformationsecuritymanagementsystem;"
                               "itspartsinAppendixA:Scoperegister%u", scope_page + 1);
  g_assert_nonnull (strstr (text, "Indexofmandatorydocumentedinformation"));
  g_assert_nonnull (strstr (text, soa_row));
  g_assert_nonnull (strstr (text, scope_row));
  {
    g_autofree char *elsewhere_row = NULL;

    for (guint i = 0; i < headings->len; i++)
      {
        AttestHeadingInfo *info = g_ptr_array_index (headings, i);

        if (g_strcmp0 (info->anchor, "appendix-documents") == 0)
          elsewhere_row = g_strdup_printf ("7.5.1bDocumentedinformationtheorganisationdeemsnecessaryKeptelsewhere:"
                                        "ISMSDOC01Documentandrecordcontrolprocedure,inAppendixD:Documentregister%u",
                                        info->page + 1);
        /* Recorded in Attest: the row points to the section, on its page. */
        if (g_strcmp0 (info->anchor, "clause-6.2") == 0)
          {
            g_autofree char *objectives_row = g_strdup_printf ("6.2InformationsecurityobjectivesInthispack:6.2"
                                                               "Informationsecurityobjectivesandplanningto"
                                                               "achievethem%u", info->page + 1);

            g_assert_nonnull (strstr (text, objectives_row));
          }
        if (g_strcmp0 (info->anchor, "clause-7.2") == 0)
          {
            g_autofree char *competence_row = g_strdup_printf ("7.2EvidenceofcompetenceInthispack:7.2Competence%u",
                                                               info->page + 1);

            g_assert_nonnull (strstr (text, competence_row));
          }
      }
    g_assert_nonnull (elsewhere_row);
    g_assert_nonnull (strstr (text, elsewhere_row));
  }
  g_assert_nonnull (strstr (text, "eachriskinAppendixF:Riskregister"));
  g_assert_null (strstr (text, "8.1OperationalplanningandcontrolMissing"));
  g_assert_null (strstr (text, "9.2AuditprogrammeandauditresultsMissing"));
  g_assert_nonnull (strstr (text, "9.2AuditprogrammeandauditresultsInthispack:9.2Internalaudit"));
  /* The demo's nonconformities are recorded in Attest, in 10.2. */
  g_assert_null (strstr (text, "10.2NonconformitiesandcorrectiveactionsMissing"));
  g_assert_nonnull (strstr (text, "10.2NonconformitiesandcorrectiveactionsInthispack:10.2Nonconformityandcorrective"
                                  "action"));
  /* The demo's management reviews are recorded in Attest, in 9.3, on its page. */
  g_assert_null (strstr (text, "9.3ResultsofmanagementreviewsKeptelsewhere"));
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "clause-9.3") == 0)
        {
          g_autofree char *review_row = g_strdup_printf ("9.3ResultsofmanagementreviewsInthispack:9.3Management"
                                                         "review%u", info->page + 1);

          g_assert_nonnull (strstr (text, review_row));
        }
    }
}

/* Each document the pack holds carries its control block, from its
 * approved versions; the cover says the version as a person would. The
 * demo is made on a fixed day, so its approvals fall on known dates. */
/* Poppler runs a key into its value: compared without white space. */
static void
assert_in (const char *squeezed,
           const char *words)
{
  g_autofree char *want = squeeze (words);

  if (strstr (squeezed, want) == NULL)
    g_error ("“%s” is not in the pack: %s", words, g_getenv ("ATTEST_TEST_DUMP") ? squeezed : "");
}

static char *
squeezed_all (PopplerDocument *doc)
{
  g_autofree char *text = all_text (doc);

  return squeeze (text);
}

static char *
squeezed_page (PopplerDocument *doc,
               int              index)
{
  g_autofree char *text = page_text (doc, index);

  return squeeze (text);
}

static void
test_document_control (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "pack.pdf");
  g_autofree char *empty_path = test_dir_path (fixture, "empty.isms");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *cover = NULL;
  static const struct { const char *block; } expected[] = {
    { "Document control Identifier ISMS-SCOPE Version 1 Owner ISMS manager (Tom Okafor) Approved by "
      "Managing director (Priya Natarajan) Approved on 27 April 2026 Next review 27 April 2027 Classification "
      "Confidential Changes since the approval None Change history: Version Approved on Approved by Note 1 27 April "
      "2026 Managing director (Priya Natarajan) Scope agreed at the management meeting." },
    { "Identifier ISMS-RISK-METHOD Version 1 Owner ISMS manager (Tom Okafor) Approved by Managing director "
      "(Priya Natarajan) Approved on 11 May 2026" },
    /* Changed since: the draft is printed, and said to be one. */
    { "Identifier ISMS-RTP Version 1.1 (draft: 1 change awaiting approval) Owner" },
    { "Identifier ISMS-SOA Version 1.1 (draft: 3 changes awaiting approval) Owner" },
  };

  attest_clock_set_fixed (G_GINT64_CONSTANT (1796212800000000));   /* 2026-12-02 12:00 UTC */
  workspace = attest_demo_create (path, ATTEST_DEMO_SMALL, &error);
  attest_clock_reset ();
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = squeezed_all (doc);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *want = squeeze (expected[i].block);
      const char *found = strstr (text, want);

      if (found == NULL)
        g_error ("The control block “%s” is not in the pack", expected[i].block);
      g_assert_null (strstr (found + 1, want));   /* once */
    }
  assert_in (text, "Identifier ISMS-RTP Version 1.1 (draft: 1 change awaiting approval) Owner ISMS manager "
                   "(Tom Okafor) Approved by Managing director (Priya Natarajan) Approved on 10 September 2026");
  /* No value repeats its key. */
  g_assert_null (strstr (text, "VersionVersion"));
  assert_in (text, "Statement of Applicability (6.1.3 d) — draft Document control");
  assert_in (text, "Risk treatment plan — draft Document control");
  /* The backups made immutable since: progress, not a change to the plan. */
  assert_in (text, "Since version 1 was approved: 1 action completed, 0 started. The plan's 8 actions now: 4 done, "
                   "2 in progress, 2 not started.");
  assert_in (text, "Changes since the approval 3 changes: this is the current draft.");

  cover = squeezed_page (doc, 0);
  /* The pack prints drafts (changes since the approvals: an action's
   * progress is none of them): the cover names the pack by its day and
   * says of each document its version and approval; the footers name no
   * one version for the whole pack. */
  assert_in (cover, "Document Audit pack of 14 November 2023");
  assert_in (cover, "ISMS-SCOPE Scope of the ISMS 1 27 April 2026");
  assert_in (cover, "ISMS-SOA Statement of Applicability 1.1 (draft) Version 1: 14 September 2026 "
                    "ISMS-RTP Risk treatment plan 1.1 (draft) Version 1: 10 September 2026");
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *page = squeezed_page (doc, i);

      assert_in (page, "Confidential · Generated on 14 November 2023");
      g_assert_null (strstr (page, "Version 1.1"));
    }
  /* The pack's own control block states no one version for the whole
   * pack: it counts its documents and how many are approved as they stand
   * (here the scope statement, the policy and the risk method; the SoA and
   * the plan have changes), and names who is still to approve, with no
   * date. */
  assert_in (text, "Documents 5 documents, 3 of them approved as they stand; each one's version and approval is in "
                   "the change summary");
  assert_in (text, "To be approved by (top management) Managing director (Priya Natarajan) Certification target");
  g_assert_null (strstr (cover, "Date"));

  /* The change summary: every document's approved versions, and what
   * changed in each since, with the page that lists the changes. */
  {
    const char *from = strstr (text, "Changesummary");
    const char *to = from != NULL ? strstr (from, "Contents") : NULL;
    g_autofree char *summary = NULL;

    g_assert_nonnull (to);
    summary = g_strndup (from, to - from);
    assert_in (summary, "ISMS-SCOPE Scope of the ISMS 1 27 April 2026 Managing director (Priya Natarajan) "
                        "Scope agreed at the management meeting.");
    assert_in (summary, "ISMS-RISK-METHOD Risk assessment and treatment method 1 11 May 2026");
    assert_in (summary, "ISMS-SOA Statement of Applicability 1 14 September 2026");
    assert_in (summary, "ISMS-RTP Risk treatment plan 1 10 September 2026");
    assert_in (summary, "ISMS-SCOPE Scope of the ISMS Version 1 None");
    assert_in (summary, "ISMS-RISK-METHOD Risk assessment and treatment method Version 1 None");
    assert_in (summary, "ISMS-SOA Statement of Applicability Version 1 3 changes");
    assert_in (summary, "ISMS-RTP Risk treatment plan Version 1 1 change");
  }
  /* The parts kept as records say so, with an identifier to cite; 8.2 says
   * when the risks were assessed; 6.1.3 whose control block covers it. */
  for (const char * const *id = (const char * const[]) { "ISMS-CONTEXT", "ISMS-PARTIES", "ISMS-ROLES",
                                                         "ISMS-RA-RESULTS", NULL }; *id != NULL; id++)
    {
      g_autofree char *block = g_strdup_printf ("Record control Identifier %s Owner ISMS manager (Tom Okafor) "
                                                "Status Records kept in Attest, printed as they stand on 14 November 2023", *id);

      assert_in (text, block);
    }
  /* When the risks were last assessed: the span of their records' last
   * changes, not the pack's date (14 November 2023), which the record
   * control block gives as such. */
  {
    GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
    gint64 oldest = G_MAXINT64, newest = G_MININT64;
    g_autoptr(GDateTime) from = NULL, to = NULL;
    g_autofree char *from_text = NULL, *to_text = NULL, *assessed = NULL, *want = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
      {
        g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);

        oldest = MIN (oldest, attest_record_get_modified (risk));
        newest = MAX (newest, attest_record_get_modified (risk));
      }
    from = g_date_time_new_from_unix_utc (oldest / G_USEC_PER_SEC);
    to = g_date_time_new_from_unix_utc (newest / G_USEC_PER_SEC);
    from_text = attest_i18n_format_date (from);
    to_text = attest_i18n_format_date (to);
    g_test_message ("the risks were last assessed between %s and %s", from_text, to_text);
    /* The demo assesses its risks over some months. */
    g_assert_cmpstr (from_text, !=, to_text);
    /* Each risk is due for review 12 months after its assessment, as the
     * method says. */
    {
      g_autoptr(GDateTime) from_next = g_date_time_add_years (from, 1);
      g_autoptr(GDateTime) to_next = g_date_time_add_years (to, 1);
      g_autofree char *from_next_text = attest_i18n_format_date (from_next);
      g_autofree char *to_next_text = attest_i18n_format_date (to_next);

      assessed = g_strdup_printf ("Assessed The risks as last assessed between %s and %s; they are due for "
                                  "review between %s and %s.", from_text, to_text, from_next_text, to_next_text);
    }
    assert_in (text, assessed);
    want = squeeze ("assessed on 14 November 2023");
    g_assert_null (strstr (text, want));
  }
  assert_in (text, "its document control, under 6.1.2 above, covers 6.1.2 and 6.1.3.");
  /* The treatment plan lists its own changes in its control block. */
  assert_in (text, "Changes since version 1 was approved Part What Approved Now");
  g_clear_pointer (&cover, g_free);

  /* A change to the scope after its approval: its control block lists
   * it, the change summary counts it, with the page. */
  {
    AttestRecord *scope = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SCOPE);
    g_autofree char *approved = g_strdup (attest_record_get_string (scope, "statement"));
    g_autoptr(AttestDocument) model = NULL;
    g_autoptr(AttestPagination) pagination = NULL;
    g_autofree char *row = NULL;
    g_autofree char *list = NULL;
    guint page = G_MAXUINT;
    GPtrArray *headings;

    g_object_set (scope, "statement", "The whole company, everywhere.", NULL);
    g_clear_object (&doc);
    g_clear_pointer (&text, g_free);
    export (workspace, &options, pdf);
    doc = open_pdf (pdf);
    text = squeezed_all (doc);
    model = attest_audit_pack_build (workspace, &options);
    pagination = attest_pagination_new (model, ATTEST_PAPER_A4);
    headings = attest_pagination_get_headings (pagination);
    for (guint i = 0; i < headings->len; i++)
      {
        AttestHeadingInfo *info = g_ptr_array_index (headings, i);

        if (g_strcmp0 (info->anchor, "changes-scope") == 0)
          page = info->page;
      }
    g_assert_cmpuint (page, <, G_MAXUINT);
    row = g_strdup_printf ("ISMS-SCOPE Scope of the ISMS Version 1 1 change %u", page + 1);
    assert_in (text, row);
    assert_in (text, "Changes since the approval 1 change: this is the current draft.");
    list = g_strdup_printf ("Changes since version 1 was approved Part What Approved Now Scope statement Scope statement "
                            "%s The whole company, everywhere.", approved);
    g_free (cover);
    cover = squeezed_page (doc, (int) page);
    assert_in (cover, list);
    g_clear_pointer (&cover, g_free);
  }
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);
  g_clear_object (&workspace);

  /* Nothing approved: drafts, said so everywhere. */
  workspace = attest_workspace_create (empty_path, "Draft Ltd", &error);
  g_assert_no_error (error);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = squeezed_all (doc);
  cover = squeezed_page (doc, 0);
  assert_in (cover, "ISMS-SCOPE Scope of the ISMS — Draft");
  assert_in (cover, "ISMS-RTP Risk treatment plan — Draft");
  for (const char * const *id = (const char * const[]) { "ISMS-SCOPE", "ISMS-RISK-METHOD", "ISMS-RTP", "ISMS-SOA", NULL };
       *id != NULL; id++)
    {
      g_autofree char *block = g_strdup_printf ("Identifier %s Version Draft, not yet approved Owner — Approved by "
                                                "Not yet Approved on — Next review — Classification Confidential Change history: "
                                                "no approved version yet.", *id);

      assert_in (text, block);
    }
}

/* The pack in German: its dates and counts as German writes them (from an
 * English interface and C locale), and back in English for the next. */
static void
test_german (TestDir       *fixture,
             gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  g_autofree char *en_pdf = test_dir_path (fixture, "en.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, "de" };
  AttestStore *store = attest_workspace_get_store (workspace);
  g_autoptr(GRegex) iso_date = g_regex_new ("\\b20[0-9][0-9]-[01][0-9]-[0-3][0-9]\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n;

  /* Over a thousand rows of history, so the count is grouped. */
  while (attest_store_get_history_count (store) < 1000)
    {
      g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, "title", "Ein weiterer Faktor", NULL);

      g_assert_true (attest_workspace_add (workspace, issue, &error));
      g_assert_no_error (error);
    }

  export (workspace, &options, pdf);
  g_assert_null (attest_i18n_get_language ());   /* this thread's language is as it was */
  doc = open_pdf (pdf);
  text = squeezed_all (doc);
  n = attest_store_get_history_count (store);
  rows = g_strdup_printf ("Zeilen im Verlauf %" G_GINT64_FORMAT ".%03" G_GINT64_FORMAT, n / 1000, n % 1000);
  assert_in (text, "Erzeugt am 14. November 2023");   /* EPOCH, written out */
  assert_in (text, "Seite 2 von ");
  assert_in (text, rows);
  /* The sentence is German, the requirement as the English demo wrote it
   * in German quotation marks (the cell may wrap between them, so they are
   * looked for apart). */
  assert_in (text, "Sie erfüllt, was eine");
  assert_in (text, "„Payroll changes sent by the agreed day each month, through its secure portal only“");
  g_clear_pointer (&text, g_free);
  /* Not squeezed: squeezing drops the hyphens of an ISO date. */
  text = all_text (doc);
  if (g_regex_match (iso_date, text, 0, &match))
    g_error ("The German pack writes a date as %s", g_match_info_fetch (match, 0));
  g_clear_pointer (&text, g_free);
  text = squeezed_all (doc);
  {
    g_autoptr(GRegex) written = g_regex_new ("Freigegebenam[0-9]{1,2}\\.(Januar|Februar|März|April|Mai|Juni|Juli|"
                                             "August|September|Oktober|November|Dezember)20[0-9]{2}", 0, 0, NULL);

    g_assert_true (g_regex_match (written, text, 0, NULL));   /* squeezed: "7. September 2026" */
  }
  g_clear_object (&doc);
  g_clear_pointer (&text, g_free);

  options.language = NULL;
  export (workspace, &options, en_pdf);
  doc = open_pdf (en_pdf);
  text = squeezed_all (doc);
  assert_in (text, "Generated on 14 November 2023");
  assert_in (text, "Page 2 of ");
  g_assert_null (strstr (text, "Erzeugt"));
}

/* A German pack of an English workspace from an English interface (the
 * tests run with LANGUAGE=en): every word the pack writes itself is German,
 * the choices of the records (status, treatment, decision) and the index's
 * "Missing" among them, as are the clause headings and the Annex A titles;
 * only what the user wrote stays English. */
static void
test_german_words (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  AttestPackOptions options = { ATTEST_PACK_ALL, ATTEST_PAPER_A4, NULL, NULL, "de" };
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  /* The demo's own English that looks like a label: "Open, informal
   * culture" and decisions' notes such as "Accepted with …" or "Accepted: …". */
  static const char * const english[] = {
    "\\bImplemented\\b", "\\bPartially\\b", "\\bPlanned\\b", "\\bModify\\b", "\\bDone\\b",
    "\\bIn progress\\b", "\\bOpen\\b(?!, informal)", "\\bAccepted\\b(?! with|:)", "\\bMissing\\b",
    "\\bCompleted on\\b", "\\bDue\\b", "\\bTarget date\\b", "\\bImplementation\\b", "\\bEvidence\\b",
    "Context of the organization", "Determining the scope", "\\bPlanning\\b", "\\bOperation\\b",
    NULL,
  };
  static const char * const german[] = {
    "Umgesetzt", "Teilweise", "Geplant", "Mindern", "Erledigt", "In Bearbeitung", "Offen", "Akzeptiert",
    "4 Kontext der Organisation",
    "4.3 Festlegen des Anwendungsbereichs des Informationssicherheitsmanagementsystems",
    "6 Planung", "8 Betrieb",
    /* A control's title stays as the catalog has it. */
    "Segregation of duties",
    NULL,
  };

  g_autoptr(AttestDocument) model = NULL;
  g_autoptr(AttestPagination) pagination = NULL;
  GPtrArray *headings;
  guint review_page = G_MAXUINT, improvement_page = G_MAXUINT;
  GString *pages = g_string_new (NULL);

  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  /* The inputs of the demo's management reviews (9.3) are what "Prepare
   * inputs" wrote when they were prepared, in the language of the
   * interface of the day, and kept: the workspace's text, like the demo's
   * records, stays English. Their pages are left out. */
  model = attest_audit_pack_build (workspace, &options);
  pagination = attest_pagination_new (model, ATTEST_PAPER_A4);
  headings = attest_pagination_get_headings (pagination);
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);

      if (g_strcmp0 (info->anchor, "clause-9.3") == 0)
        review_page = info->page;
      else if (g_strcmp0 (info->anchor, "clause-10") == 0)
        improvement_page = info->page;
    }
  g_assert_cmpuint (review_page, <, improvement_page);
  g_assert_cmpuint (improvement_page, <, G_MAXUINT);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    if (i < (int) review_page || i >= (int) improvement_page)
      {
        g_autofree char *page = page_text (doc, i);

        g_string_append (pages, page);
      }
  text = g_string_free (pages, FALSE);
  for (guint i = 0; english[i] != NULL; i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (english[i], 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, text, 0, &match))
        {
          g_autofree char *found = g_match_info_fetch (match, 0);
          g_autofree char *near = NULL;
          int start = 0;

          g_match_info_fetch_pos (match, 0, &start, NULL);
          near = g_utf8_make_valid (text + MAX (start - 30, 0), 90);
          g_error ("The German pack says “%s” in English: …%s…", found, near);
        }
    }
  squeezed = squeeze (text);
  for (guint i = 0; german[i] != NULL; i++)
    assert_in (squeezed, german[i]);
  /* The workspace's classification label is its data, printed as stored. */
  assert_in (squeezed, "Confidential");
}

/* The tables of changes since an approval write a date field's values as
 * the pack's tables write dates, not as stored: 04.01.2027 in German. */
static void
test_german_change_dates (TestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = demo (fixture, "demo.isms");
  g_autofree char *pdf = test_dir_path (fixture, "de.pdf");
  AttestPackOptions options = { ATTEST_PACK_TREATMENT | ATTEST_PACK_SOA, ATTEST_PAPER_A4, NULL, NULL, "de" };
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.5.2");
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  g_autoptr(AttestRecord) action = g_list_model_get_item (actions, 0);
  g_autoptr(GRegex) iso_date = g_regex_new ("\\b20[0-9][0-9]-[01][0-9]-[0-3][0-9]\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *changes;

  /* Date fields changed since the approvals, from one date to another. */
  g_assert_nonnull (attest_soa_get_approved (workspace));
  g_object_set (entry, "target-date", "2031-03-17", NULL);
  g_object_set (action, "due-date", "2031-05-19", NULL);
  export (workspace, &options, pdf);
  doc = open_pdf (pdf);
  text = all_text (doc);
  changes = strstr (text, "Änderungen seit der Freigabe von Version 1");
  g_assert_nonnull (changes);
  g_assert_nonnull (strstr (text, "17. März 2031"));
  g_assert_nonnull (strstr (text, "19. Mai 2031"));
  if (g_regex_match (iso_date, changes, 0, &match))
    g_error ("The German pack's changes write a date as %s", g_match_info_fetch (match, 0));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
  g_test_init (&argc, &argv, NULL);
  attest_i18n_init ();

#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/audit-pack/pack", test_pack);
  ADD ("/audit-pack/reproducible", test_reproducible);
  ADD ("/audit-pack/empty-and-sections", test_empty_and_sections);
  ADD ("/audit-pack/order", test_order);
  ADD ("/audit-pack/readiness", test_readiness);
  ADD ("/audit-pack/treatment-plan", test_treatment_plan);
  ADD ("/audit-pack/register-owners", test_register_owners);
  ADD ("/audit-pack/readiness-by-rule", test_readiness_by_rule);
  ADD ("/audit-pack/requirements-by-party", test_requirements_by_party);
  ADD ("/audit-pack/soa-columns", test_soa_columns);
  ADD ("/audit-pack/large-order", test_large_order);
  ADD ("/audit-pack/large-soa-risks", test_large_soa_risks);
  ADD ("/audit-pack/scripts", test_scripts);
  ADD ("/audit-pack/engine", test_engine);
  ADD ("/audit-pack/keep-together", test_keep_together);
  ADD ("/audit-pack/widows", test_widows);
  ADD ("/audit-pack/last-row", test_last_row);
  ADD ("/audit-pack/german-header-gaps", test_german_header_gaps);
  ADD ("/audit-pack/decimal-comma", test_decimal_comma);
  ADD ("/audit-pack/soa-changes", test_soa_changes);
  ADD ("/audit-pack/second-export", test_second_export);
  ADD ("/audit-pack/readiness-truth", test_readiness_truth);
  ADD ("/audit-pack/roles", test_roles);
  ADD ("/audit-pack/policy", test_policy);
  ADD ("/audit-pack/support", test_support);
  ADD ("/audit-pack/operation", test_operation);
  ADD ("/audit-pack/performance", test_performance);
  ADD ("/audit-pack/audits", test_audits);
  ADD ("/audit-pack/improvement", test_improvement);
  ADD ("/audit-pack/improvement-long-actions", test_improvement_long_actions);
  ADD ("/audit-pack/review", test_review);
  ADD ("/audit-pack/processes", test_processes);
  ADD ("/audit-pack/document-control", test_document_control);
  ADD ("/audit-pack/pack-versions", test_pack_versions);
  ADD ("/audit-pack/soa-damaged-snapshot", test_soa_damaged_snapshot);
  ADD ("/audit-pack/noncharacters", test_noncharacters);
  ADD ("/audit-pack/mandatory-index", test_mandatory_index);
  ADD ("/audit-pack/long-fields", test_long_fields);
  ADD ("/audit-pack/layout-linear", test_layout_linear);
  ADD ("/audit-pack/footer-labels", test_footer_labels);
  ADD ("/audit-pack/glyphs", test_glyphs);
  ADD ("/audit-pack/unbroken", test_unbroken);
  ADD ("/audit-pack/column-widths", test_column_widths);
  ADD ("/audit-pack/tagged", test_tagged);
  ADD ("/audit-pack/german", test_german);
  ADD ("/audit-pack/german-words", test_german_words);
  ADD ("/audit-pack/german-change-dates", test_german_change_dates);
  ADD ("/audit-pack/tagged-cells", test_tagged_cells);
  ADD ("/audit-pack/heading-levels", test_heading_levels);
  ADD ("/audit-pack/verify-command", test_verify_command);
  ADD ("/audit-pack/german-soa-columns", test_german_soa_columns);
  ADD ("/audit-pack/german-no-overlap", test_german_no_overlap);
  ADD ("/audit-pack/document-register", test_document_register);
  ADD ("/audit-pack/cover-documents", test_cover_documents);
#undef ADD

  return g_test_run ();
}
