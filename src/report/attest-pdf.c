/* attest-pdf.c: a paginated document as a PDF file.
 *
 * Pages are drawn one after the other onto a cairo PDF surface, so memory
 * does not grow with the page count. The file gets the document's
 * metadata, an outline mirroring the headings, page labels and named
 * destinations for the links. It is written through attest-output.c: to a
 * private temporary file, put in place only when complete, and never over
 * the workspace it was made from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-pdf"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include "attest-i18n.h"
#include <glib/gstdio.h>

#include "attest-document.h"
#include "attest-document-private.h"

/* Where cairo's pages go, and why the first write that failed failed. */
typedef struct
{
  FILE *file;
  int   error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (fwrite (data, 1, length, sink->file) == length)
    return CAIRO_STATUS_SUCCESS;
  if (sink->error == 0)
    sink->error = errno ? errno : EIO;
  return CAIRO_STATUS_WRITE_ERROR;
}

/* Cairo 1.16 gives object numbers it reserved for tags but never wrote an
 * offset in the cross-reference table that points at another object, and
 * readers then report the file as damaged. Every entry is checked against
 * the object it names; one pointing elsewhere is pointed at its object, or
 * marked free when the object was never written. The table keeps its size,
 * so nothing else in the file moves. The file is read once, whole (the
 * structure information that follows reads it so too): a large pack has
 * over a hundred thousand objects, and a seek and a read for each cost
 * more than all of it. */
static gboolean
object_at (const char *data,
           gsize       size,
           gint64      offset,
           guint       number)
{
  char expected[32];
  gsize n = g_snprintf (expected, sizeof expected, "%u 0 obj", number);

  return offset >= 0 && (guint64) offset <= size && size - offset >= n && memcmp (data + offset, expected, n) == 0;
}

static gint64
find_object (const char *data,
             gsize       size,
             guint       number)
{
  char pattern[32];
  gsize pattern_len = g_snprintf (pattern, sizeof pattern, "\n%u 0 obj", number);
  const char *hit = memmem (data, size, pattern, pattern_len);

  return hit != NULL ? (hit - data) + 1 : -1;
}

/**
 * attest_pdf_repair_xref:
 * @path: a PDF file written by cairo
 * @error: return location for an error
 *
 * Rewrites the entries of the cross-reference table that do not point at
 * their object (see above).
 *
 * Returns: whether the file is readable and consistent now
 */
static gboolean
repair_xref (const char  *path,
             const char  *name,
             GError     **error)
{
  FILE *file = g_fopen (path, "r+b");
  g_autofree char *data = NULL;
  char tail[64];
  const char *startxref;
  gint64 size, xref = -1, entries;
  unsigned int first, count;
  int skip = 0;
  gboolean ok = FALSE;

  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not open “%s” to finish it: %s"), name, g_strerror (saved));
      return FALSE;
    }
  if (fseeko (file, 0, SEEK_END) != 0 || (size = ftello (file)) < 64 || (guint64) size >= G_MAXSIZE
      || fseeko (file, 0, SEEK_SET) != 0)
    goto invalid;
  /* NUL-terminated, for the numbers read with sscanf(). */
  data = g_try_malloc (size + 1);
  if (data == NULL || fread (data, 1, size, file) != (size_t) size)
    goto invalid;
  data[size] = '\0';
  memcpy (tail, data + size - 63, 63);
  tail[63] = '\0';
  if ((startxref = g_strrstr (tail, "startxref")) == NULL
      || sscanf (startxref + strlen ("startxref"), "%" G_GINT64_FORMAT, &xref) != 1
      || xref <= 0 || xref >= size)
    goto invalid;
  if (sscanf (data + xref, "xref %u %u%n", &first, &count, &skip) != 2 || first != 0)
    goto invalid;
  /* The entries start on the next line: 20 bytes each. */
  for (entries = xref + skip; entries < size; entries++)
    if (data[entries] != '\r' && data[entries] != '\n' && data[entries] != ' ')
      break;

  for (guint i = 1; i < count; i++)
    {
      char entry[21];
      gint64 offset;

      if (entries + (gint64) i * 20 + 20 > size)
        goto invalid;
      memcpy (entry, data + entries + (gint64) i * 20, 20);
      entry[20] = '\0';
      if (entry[17] != 'n')
        continue;
      offset = g_ascii_strtoll (entry, NULL, 10);
      if (object_at (data, size, offset, i))
        continue;
      offset = find_object (data, size, i);
      if (offset >= 0)
        g_snprintf (entry, sizeof entry, "%010" G_GINT64_FORMAT " 00000 n\n", offset);
      else
        g_snprintf (entry, sizeof entry, "0000000000 00001 f\n");
      entry[18] = ' ';
      entry[19] = '\n';
      if (fseeko (file, entries + (gint64) i * 20, SEEK_SET) != 0 || fwrite (entry, 1, 20, file) != 20)
        goto invalid;
    }
  ok = fflush (file) == 0 && fsync (fileno (file)) == 0;
  if (!ok)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                 _("Could not finish “%s”: %s"), name, g_strerror (errno));
  fclose (file);
  return ok;

invalid:
  fclose (file);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
               _("“%s” is not a complete PDF file; it was not changed."), name);
  return FALSE;
}

gboolean
attest_pdf_repair_xref (const char  *path,
                        GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  return repair_xref (path, name, error);
}

/* What cairo 1.16 cannot say of a tagged PDF: the document's language,
 * that viewers show its title rather than the file name, and the
 * alternative text of each figure. They are added as an incremental
 * update at the end of the file (new versions of the catalog and of the
 * figures' structure elements, a cross-reference section for them and a
 * trailer pointing back at cairo's), so nothing cairo wrote moves. */

/* A PDF text string in UTF-16BE, as hexadecimal: no escaping needed. */
static void
append_text_string (GString    *out,
                    const char *text)
{
  g_autofree gunichar2 *utf16 = g_utf8_to_utf16 (text, -1, NULL, NULL, NULL);

  g_string_append (out, "<FEFF");
  for (guint i = 0; utf16 != NULL && utf16[i] != 0; i++)
    g_string_append_printf (out, "%04X", utf16[i]);
  g_string_append_c (out, '>');
}

/* The offset of object @number from the cross-reference table at @xref. */
static gint64
xref_offset (const char *data,
             gsize       length,
             gint64      xref,
             guint       number)
{
  const char *p = data + xref;
  unsigned int first, count;
  int skip = 0;

  if (sscanf (p, "xref %u %u%n", &first, &count, &skip) != 2 || first != 0 || number >= count)
    return -1;
  p += skip;
  while (p < data + length && (*p == '\r' || *p == '\n' || *p == ' '))
    p++;
  p += (gsize) number * 20;
  if (p + 20 > data + length || p[17] != 'n')
    return -1;
  return g_ascii_strtoll (p, NULL, 10);
}

/* The dictionary of the object at @offset: from its "<<" to the ">>"
 * before its "endobj". */
static char *
object_dict (const char *data,
             gsize       length,
             gint64      offset)
{
  const char *start, *end;

  if (offset <= 0 || (gsize) offset >= length)
    return NULL;
  start = memmem (data + offset, length - offset, "<<", 2);
  end = memmem (data + offset, length - offset, "endobj", 6);
  if (start == NULL || end == NULL || start > end)
    return NULL;
  while (end > start && memcmp (end, ">>", 2) != 0)
    end--;
  if (end <= start)
    return NULL;
  return g_strndup (start, end + 2 - start);
}

/* @dict with @entries added at its start. */
static char *
dict_with (const char *dict,
           const char *entries)
{
  return g_strdup_printf ("<<%s%s", entries, dict + 2);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static gboolean
add_structure_info (const char      *path,
                    const char      *name,
                    AttestDocument  *doc,
                    GError         **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) alts = attest_document_dup_alt_texts (doc);
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) update = g_string_new (NULL);
  const char *language = attest_document_get_language (doc);
  const char *startxref, *trailer, *trailer_end, *p;
  g_autofree char *trailer_dict = NULL;
  g_autofree char *catalog = NULL;
  gint64 xref = -1, offset;
  guint root = 0;
  FILE *file;
  gboolean ok;

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  /* Binary streams hold NUL bytes: memmem() here, never string searches. */
  startxref = length > 64 ? memmem (data + length - 64, 64, "startxref", 9) : NULL;
  if (startxref == NULL || sscanf (startxref + strlen ("startxref"), "%" G_GINT64_FORMAT, &xref) != 1
      || xref <= 0 || (gsize) xref >= length
      || (trailer = memmem (data + xref, length - xref, "trailer", 7)) == NULL
      || (trailer_end = memmem (trailer, length - (trailer - data), ">>", 2)) == NULL
      || (p = memmem (trailer, trailer_end - trailer, "/Root", 5)) == NULL
      || sscanf (p, "/Root %u 0 R", &root) != 1)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("“%s” is not a complete PDF file; it was not changed."), name);
      return FALSE;
    }
  trailer_dict = g_strndup (trailer + strlen ("trailer"), trailer_end - trailer - strlen ("trailer"));
  g_strstrip (trailer_dict);

  /* The catalog: language and title. */
  catalog = object_dict (data, length, xref_offset (data, length, xref, root));
  if (catalog != NULL && strstr (catalog, "/ViewerPreferences") == NULL && strstr (catalog, "/Lang") == NULL)
    {
      g_autoptr(GString) entries = g_string_new (" /ViewerPreferences << /DisplayDocTitle true >>");
      gboolean plain = language != NULL && *language != '\0';

      for (const char *c = language; plain && *c != '\0'; c++)
        plain = g_ascii_isalnum (*c) || *c == '-';
      if (plain)
        g_string_append_printf (entries, " /Lang (%s)", language);
      g_array_append_val (numbers, root);
      g_ptr_array_add (objects, dict_with (catalog, entries->str));
    }

  /* The figures' structure elements, in the order they were opened, which
   * is the order of their object numbers and of the document's images. */
  for (p = memmem (data, length, "/S /Figure", 10); p != NULL;
       p = memmem (p + 10, length - (p + 10 - data), "/S /Figure", 10))
    {
      const char *obj = p;
      guint number;

      while (obj > data && !(obj[0] == '\n' && g_ascii_isdigit (obj[1])))
        obj--;
      if (sscanf (obj + 1, "%u 0 obj", &number) == 1)
        g_array_append_val (figures, number);
    }
  g_array_sort (figures, compare_numbers);
  if (figures->len == alts->len)
    for (guint i = 0; i < figures->len; i++)
      {
        guint number = g_array_index (figures, guint, i);
        g_autofree char *dict = object_dict (data, length, xref_offset (data, length, xref, number));
        g_autoptr(GString) entry = g_string_new (" /Alt ");

        if (dict == NULL || *(char *) g_ptr_array_index (alts, i) == '\0' || strstr (dict, "/Alt") != NULL)
          continue;
        append_text_string (entry, g_ptr_array_index (alts, i));
        g_array_append_val (numbers, number);
        g_ptr_array_add (objects, dict_with (dict, entry->str));
      }
  if (numbers->len == 0)
    return TRUE;

  /* The update: the objects, their cross-references, a trailer. */
  offset = length;
  {
    g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gint64));

    g_string_append_c (update, '\n');
    for (guint i = 0; i < numbers->len; i++)
      {
        gint64 at = offset + update->len;

        g_array_append_val (offsets, at);
        g_string_append_printf (update, "%u 0 obj\n%s\nendobj\n", g_array_index (numbers, guint, i),
                                (char *) g_ptr_array_index (objects, i));
      }
    xref = offset + update->len;
    g_string_append (update, "xref\n");
    for (guint i = 0; i < numbers->len; i++)
      g_string_append_printf (update, "%u 1\n%010" G_GINT64_FORMAT " 00000 n \n",
                              g_array_index (numbers, guint, i), g_array_index (offsets, gint64, i));
  }
  {
    /* Cairo's trailer, without the angle brackets, pointing back at it. */
    g_autofree char *inner = g_strndup (trailer_dict + 2, strlen (trailer_dict) - 2);
    gint64 previous = -1;

    sscanf (startxref + strlen ("startxref"), "%" G_GINT64_FORMAT, &previous);
    g_string_append_printf (update, "trailer\n<<%s /Prev %" G_GINT64_FORMAT " >>\nstartxref\n%" G_GINT64_FORMAT "\n%%%%EOF\n",
                            inner, previous, xref);
  }

  file = g_fopen (path, "ab");
  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not open “%s” to finish it: %s"), name, g_strerror (saved));
      return FALSE;
    }
  ok = fwrite (update->str, 1, update->len, file) == update->len && fflush (file) == 0 && fsync (fileno (file)) == 0;
  if (!ok)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno),
                 _("Could not finish “%s”: %s"), name, g_strerror (errno));
  fclose (file);
  return ok;
}

/* Text for cairo's own PDF strings (metadata, outline): cairo 1.16 refuses
 * the whole surface for a noncharacter (U+FDD0 to U+FDEF, U+FFFE and U+FFFF
 * of every plane), which is valid UTF-8 and may stand in a name; it is
 * shown as U+FFFD there, and printed as it is on the page. */
static char *
pdf_string (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
set_metadata (cairo_surface_t         *surface,
              cairo_pdf_metadata_t     key,
              const char              *value)
{
  if (value != NULL && *value != '\0')
    {
      g_autofree char *text = pdf_string (value);

      cairo_pdf_surface_set_metadata (surface, key, text);
    }
}

/**
 * attest_document_write_pdf:
 * @doc: a document
 * @paper: its paper size
 * @path: where to write the PDF
 * @progress: (nullable): told of every page written; returning %FALSE
 *   stops the export and nothing is written
 * @user_data: for @progress
 * @error: return location for an error
 *
 * attest_document_write_pdf_full() with no workspace being read.
 *
 * Returns: whether the PDF was written
 */
gboolean
attest_document_write_pdf (AttestDocument      *doc,
                           AttestPaper          paper,
                           const char          *path,
                           AttestProgressFunc   progress,
                           gpointer             user_data,
                           GError             **error)
{
  return attest_document_write_pdf_full (doc, paper, path, NULL, ATTEST_OUTPUT_DEFAULT, progress, user_data, error);
}

/**
 * attest_document_write_pdf_full:
 * @doc: a document
 * @paper: its paper size
 * @path: where to write the PDF
 * @reading: (nullable): the workspace the document was made from, which
 *   is never written
 * @flags: how to treat what @path already is (see attest_output_open())
 * @progress: (nullable): told of every page written; returning %FALSE
 *   stops the export and nothing is written
 * @user_data: for @progress
 * @error: return location for an error
 *
 * Returns: whether the PDF was written
 */
gboolean
attest_document_write_pdf_full (AttestDocument      *doc,
                                AttestPaper          paper,
                                const char          *path,
                                const char          *reading,
                                AttestOutputFlags    flags,
                                AttestProgressFunc   progress,
                                gpointer             user_data,
                                GError             **error)
{
  g_autoptr(AttestPagination) pagination = attest_pagination_new (doc, paper);
  g_autoptr(AttestOutput) output = NULL;
  const char *temp, *name;
  GPtrArray *headings = attest_pagination_get_headings (pagination);
  guint n_pages = attest_pagination_get_n_pages (pagination);
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, 0, 0, 0 };
  gboolean stopped = FALSE;
  FILE *file;
  Sink sink = { NULL, 0 };
  locale_t c_numbers, previous;

  output = attest_output_open (path, reading, flags, error);
  if (output == NULL)
    return FALSE;
  temp = attest_output_get_temp_path (output);
  name = attest_output_get_display_name (output);
  file = g_fopen (temp, "wb");
  if (file == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s. Choose a folder you may write to."), name, g_strerror (saved));
      return FALSE;
    }

  /* Cairo 1.16 reads the numbers of tag attributes with the locale's
   * decimal separator: this thread writes with C numbers, whatever the
   * user's, and keeps the rest of the locale (the words of the pack). */
  c_numbers = newlocale (LC_NUMERIC_MASK, "C", duplocale (uselocale ((locale_t) 0)));
  previous = uselocale (c_numbers);

  attest_pagination_get_page_size (pagination, &width, &height);
  sink.file = file;
  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, width, height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_metadata (surface, CAIRO_PDF_METADATA_TITLE, attest_document_get_title (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, attest_document_get_author (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, attest_document_get_subject (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, attest_document_get_keywords (doc));
  set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, attest_document_get_creator (doc));
  if (attest_document_get_created (doc) != NULL)
    {
      g_autofree char *date = g_date_time_format (attest_document_get_created (doc), "%Y-%m-%dT%H:%M:%S");
      g_autofree char *offset = g_date_time_format (attest_document_get_created (doc), "%:z");
      g_autofree char *stamp = g_strconcat (date, g_str_equal (offset, "+00:00") ? "Z" : offset, NULL);

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, stamp);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, stamp);
    }

  /* The outline mirrors the headings, each a link to its destination. */
  for (guint i = 0; i < headings->len; i++)
    {
      AttestHeadingInfo *info = g_ptr_array_index (headings, i);
      g_autofree char *dest = g_strdup_printf ("dest='%s'", info->anchor);
      guint level = MIN (info->level, 3);
      g_autofree char *text = pdf_string (info->text);

      parents[level] = cairo_pdf_surface_add_outline (surface, parents[level - 1], text, dest,
                                                      level == 1 ? 0 : CAIRO_PDF_OUTLINE_FLAG_OPEN);
      for (guint l = level + 1; l < 4; l++)
        parents[l] = parents[level];
    }

  {
    cairo_t *cr = cairo_create (surface);

    for (guint page = 0; page < n_pages && !stopped; page++)
      {
        g_autofree char *label = attest_pagination_dup_page_label (pagination, page);

        cairo_pdf_surface_set_page_label (surface, label);
        attest_pagination_draw_page (pagination, cr, page);
        cairo_show_page (cr);
        if (progress != NULL && !progress (page + 1, n_pages, user_data))
          stopped = TRUE;
      }
    cairo_destroy (cr);
  }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  uselocale (previous);
  freelocale (c_numbers);

  if (fclose (file) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.error = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (stopped)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was stopped; nothing was written."));
      return FALSE;
    }
  /* Say what failed: the disk (with the system's reason), or the drawing. */
  if (status == CAIRO_STATUS_WRITE_ERROR && sink.error != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (sink.error),
                   _("Could not write the PDF “%s”: %s."), name, g_strerror (sink.error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not make the PDF “%s”: the drawing library reports “%s”. Nothing was written."),
                   name, cairo_status_to_string (status));
      return FALSE;
    }
  return repair_xref (temp, name, error) && add_structure_info (temp, name, doc, error)
         && attest_output_commit (output, error);
}
