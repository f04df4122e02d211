/* attest-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-i18n"

#include "config.h"

#include "attest-i18n.h"

#include "attest-clock.h"

/* Without a language of its own, a thread's texts are gettext's: the
 * interface's language, from LANGUAGE, LC_ALL, LC_MESSAGES and LANG. A thread
 * that chooses one reads the translation's message catalog (the .mo file
 * msgfmt writes) itself: gettext has one language per process, taken from the
 * environment and the locale, and neither may change while other threads
 * run, nor does a chosen language need its locale installed. */

typedef enum
{
  PLURAL_NOT_ONE,   /* plural=(n != 1): English, German and most others */
  PLURAL_ABOVE_ONE, /* plural=(n > 1): French, Brazilian Portuguese */
  PLURAL_NONE,      /* plural=0 */
} PluralRule;

typedef struct
{
  GMappedFile *file;
  GHashTable  *messages;   /* msgid (with its context) -> Message */
  PluralRule   plural;
} Catalog;

typedef struct
{
  const char *text;        /* the forms, each ended by a NUL */
  gsize       length;
} Message;

static GPrivate language_key = G_PRIVATE_INIT (g_free);
static GMutex catalogs_lock;
static GHashTable *catalogs;   /* language -> Catalog, or NULL where there is none */

/**
 * attest_i18n_init:
 *
 * Binds Attest's text domain to its translations: those installed with it,
 * or those in `ATTEST_LOCALEDIR` when it is set (a build tree's `po`
 * folder, for running from the build tree and for its tests).
 */
void
attest_i18n_init (void)
{
  const char *dir = g_getenv ("ATTEST_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

static guint32
read_word (const guchar *data,
           gsize         offset,
           gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

static PluralRule
plural_rule_of (const char *header)
{
  const char *forms = header != NULL ? strstr (header, "plural=") : NULL;
  g_autoptr(GString) rule = g_string_new (NULL);

  if (forms == NULL)
    return PLURAL_NOT_ONE;
  for (const char *c = forms + strlen ("plural="); *c != '\0' && *c != ';' && *c != '\n'; c++)
    if (!g_ascii_isspace (*c) && *c != '(' && *c != ')')
      g_string_append_c (rule, *c);
  if (g_str_equal (rule->str, "n>1"))
    return PLURAL_ABOVE_ONE;
  if (g_str_equal (rule->str, "0"))
    return PLURAL_NONE;
  return PLURAL_NOT_ONE;
}

static void
catalog_free (gpointer data)
{
  Catalog *catalog = data;

  if (catalog == NULL)
    return;
  g_hash_table_unref (catalog->messages);
  g_mapped_file_unref (catalog->file);
  g_free (catalog);
}

/* Reads a message catalog as GNU gettext's msgfmt writes it: a header of
 * 32-bit words (magic number, revision, count, and where the tables of
 * original and translated strings start), then for each string its length
 * and offset. Anything out of the file's bounds makes it no catalog. */
static Catalog *
catalog_load (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GHashTable) messages = NULL;
  const guchar *data;
  gsize size;
  gboolean swapped;
  guint32 n, originals, translations;
  const char *header = NULL;
  Catalog *catalog;

  if (file == NULL)
    return NULL;
  data = (const guchar *) g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);
  if (size < 28)
    return NULL;
  if (read_word (data, 0, FALSE) == 0x950412de)
    swapped = FALSE;
  else if (read_word (data, 0, TRUE) == 0x950412de)
    swapped = TRUE;
  else
    return NULL;
  n = read_word (data, 8, swapped);
  originals = read_word (data, 12, swapped);
  translations = read_word (data, 16, swapped);
  if (n > size / 16 || originals > size - (gsize) n * 8 || translations > size - (gsize) n * 8)
    return NULL;

  messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 key_length = read_word (data, originals + (gsize) i * 8, swapped);
      guint32 key_offset = read_word (data, originals + (gsize) i * 8 + 4, swapped);
      guint32 length = read_word (data, translations + (gsize) i * 8, swapped);
      guint32 offset = read_word (data, translations + (gsize) i * 8 + 4, swapped);
      Message *message;

      if (key_offset >= size || key_length >= size - key_offset || data[key_offset + key_length] != '\0'
          || offset >= size || length >= size - offset || data[offset + length] != '\0')
        return NULL;
      if (key_length == 0)
        {
          header = (const char *) data + offset;
          continue;
        }
      message = g_new (Message, 1);
      message->text = (const char *) data + offset;
      message->length = length;
      g_hash_table_replace (messages, (gpointer) (data + key_offset), message);
    }

  catalog = g_new0 (Catalog, 1);
  catalog->plural = plural_rule_of (header);
  catalog->messages = g_steal_pointer (&messages);
  catalog->file = g_steal_pointer (&file);
  return catalog;
}

static char *
catalog_path (const char *language)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);

  return g_build_filename (dir != NULL ? dir : LOCALEDIR, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

/* The catalog of @language ("de", "pt-BR" or "pt_BR"), or of its language
 * without the region; %NULL for English, in which the texts are written. */
static Catalog *
catalog_get (const char *language)
{
  g_autofree char *name = g_strdelimit (g_strdup (language), "-", '_');
  Catalog *catalog;

  g_mutex_lock (&catalogs_lock);
  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, catalog_free);
  if (!g_hash_table_lookup_extended (catalogs, name, NULL, (gpointer *) &catalog))
    {
      g_autofree char *path = catalog_path (name);

      catalog = catalog_load (path);
      if (catalog == NULL && strchr (name, '_') != NULL)
        {
          g_autofree char *base = g_strndup (name, strcspn (name, "_"));
          g_autofree char *base_path = catalog_path (base);

          catalog = catalog_load (base_path);
        }
      g_hash_table_insert (catalogs, g_strdup (name), catalog);
    }
  g_mutex_unlock (&catalogs_lock);
  return catalog;
}

static gboolean
is_english (const char *language)
{
  return g_ascii_strcasecmp (language, "en") == 0 || g_ascii_strncasecmp (language, "en-", 3) == 0
         || g_ascii_strncasecmp (language, "en_", 3) == 0 || g_str_equal (language, "C");
}

/**
 * attest_i18n_has_language:
 * @language: a language, such as "de" or "en"
 *
 * Returns: whether texts can be written in @language: English, or a
 * language with an installed translation
 */
gboolean
attest_i18n_has_language (const char *language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  return is_english (language) || catalog_get (language) != NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * attest_i18n_dup_languages:
 *
 * Returns: (transfer full): "en" and the languages with an installed
 *   translation, sorted
 */
GStrv
attest_i18n_dup_languages (void)
{
  const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  g_autoptr(GDir) folder = g_dir_open (dir != NULL ? dir : LOCALEDIR, 0, NULL);
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();
  const char *name;

  g_ptr_array_add (languages, g_strdup ("en"));
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = catalog_path (name);

      if (!is_english (name) && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (languages, g_strdup (name));
    }
  g_ptr_array_sort (languages, compare_names);
  g_ptr_array_add (languages, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&languages), FALSE);
}

/**
 * attest_i18n_set_language:
 * @language: (nullable): a language, such as "de" or "en"; %NULL for the
 *   interface's
 *
 * Chooses the language of this thread's core and report texts until it is
 * chosen again. A language without a translation gives the texts in
 * English.
 */
void
attest_i18n_set_language (const char *language)
{
  g_private_replace (&language_key, g_strdup (language));
}

/**
 * attest_i18n_get_language:
 *
 * Returns: (nullable): the language chosen for this thread, or %NULL: the
 *   interface's
 */
const char *
attest_i18n_get_language (void)
{
  return g_private_get (&language_key);
}

static const Message *
lookup (const char *language,
        const char *msgid)
{
  Catalog *catalog;

  if (is_english (language) || *msgid == '\0' || (catalog = catalog_get (language)) == NULL)
    return NULL;
  return g_hash_table_lookup (catalog->messages, msgid);
}

/* The months' names, as dates in sentences and headings write them. */
static const char * const month_names[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

/**
 * attest_i18n_format_date:
 * @date: a date
 *
 * Writes @date as this thread's language writes a date in a sentence,
 * month names included, whatever the locale's LC_TIME: an English pack
 * says "3 March 2026" on a German desktop.
 *
 * Returns: (transfer full): the date, such as "3 March 2026"
 */
char *
attest_i18n_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* TRANSLATORS: a date in a sentence, as in "approved on 3 March 2026":
   * %1$d is the day, %2$s the month's name, %3$d the year */
  return g_strdup_printf (_("%1$d %2$s %3$d"), g_date_time_get_day_of_month (date),
                          _(month_names[g_date_time_get_month (date) - 1]), g_date_time_get_year (date));
}

/**
 * attest_i18n_format_month:
 * @date: a day of the month
 *
 * Writes the month of @date as a heading names it, in this thread's
 * language whatever the locale's LC_TIME.
 *
 * Returns: (transfer full): the month, such as "March 2026"
 */
char *
attest_i18n_format_month (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* TRANSLATORS: a month as a heading names it, "March 2026": %1$s is the month's name, %2$d the year */
  return g_strdup_printf (_("%1$s %2$d"), _(month_names[g_date_time_get_month (date) - 1]),
                          g_date_time_get_year (date));
}

/**
 * attest_i18n_format_date_short:
 * @date: a date
 *
 * Writes @date as this thread's language writes a date in a table, with
 * the month's short name and no-break spaces, so that it never breaks
 * across lines: "3 Mar 2026" ("3. März 2026" in German).
 *
 * Returns: (transfer full): the date
 */
char *
attest_i18n_format_date_short (GDateTime *date)
{
  static const char * const months[] = {
    /* TRANSLATORS: the short names of the months, as dates in tables write them ("3 Jan 2026") */
    NC_("short month", "Jan"), NC_("short month", "Feb"), NC_("short month", "Mar"), NC_("short month", "Apr"),
    NC_("short month", "May"), NC_("short month", "Jun"), NC_("short month", "Jul"), NC_("short month", "Aug"),
    NC_("short month", "Sep"), NC_("short month", "Oct"), NC_("short month", "Nov"), NC_("short month", "Dec"),
  };
  g_autofree char *written = NULL;
  GString *out;

  g_return_val_if_fail (date != NULL, NULL);

  /* TRANSLATORS: a date in a table, as in "due 3 Mar 2026": %1$d is the
   * day, %2$s the month's short name, %3$d the year */
  written = g_strdup_printf (C_("short date", "%1$d %2$s %3$d"), g_date_time_get_day_of_month (date),
                             attest_pgettext2 ("short month", months[g_date_time_get_month (date) - 1]),
                             g_date_time_get_year (date));
  out = g_string_new (NULL);
  for (const char *c = written; *c != '\0'; c++)
    if (*c == ' ')
      g_string_append (out, "\u00a0");
    else
      g_string_append_c (out, *c);
  return g_string_free (out, FALSE);
}

/**
 * attest_i18n_format_stored_date:
 * @stored: (nullable): a stored date or timestamp, as
 *   attest_stored_date_parse() reads it
 *
 * Writes a date the file keeps as attest_i18n_format_date() does.
 *
 * Returns: (transfer full) (nullable): the date, such as "28 November
 *   2026", or %NULL when @stored is not a date: each caller shows such a
 *   text as suits it (as it is, or a dash)
 */
char *
attest_i18n_format_stored_date (const char *stored)
{
  g_autoptr(GDateTime) date = attest_stored_date_parse (stored);

  return date != NULL ? attest_i18n_format_date (date) : NULL;
}

/**
 * attest_gettext:
 * @msgid: a text
 *
 * The underscore macro of core and report.
 *
 * Returns: @msgid in this thread's language
 */
const char *
attest_gettext (const char *msgid)
{
  const char *language = attest_i18n_get_language ();

  const Message *message;

  if (language == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  message = lookup (language, msgid);
  return message != NULL && message->length > 0 ? message->text : msgid;
}

/**
 * attest_ngettext:
 * @msgid: the text for one
 * @msgid_plural: the text for more
 * @n: how many
 *
 * The plural translation of core and report (their g_dngettext).
 *
 * Returns: the form for @n in this thread's language
 */
const char *
attest_ngettext (const char *msgid,
                 const char *msgid_plural,
                 gulong      n)
{
  const char *language = attest_i18n_get_language ();
  const Message *message;
  const char *form;
  gulong index;
  Catalog *catalog;

  if (language == NULL)
    return (g_dngettext) (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  message = lookup (language, msgid);
  if (message == NULL)
    return n == 1 ? msgid : msgid_plural;

  catalog = catalog_get (language);
  index = catalog->plural == PLURAL_NONE ? 0 : catalog->plural == PLURAL_ABOVE_ONE ? (n > 1) : (n != 1);
  form = message->text;
  for (gulong i = 0; i < index; i++)
    {
      form += strlen (form) + 1;
      if (form >= message->text + message->length)
        return n == 1 ? msgid : msgid_plural;
    }
  return *form != '\0' ? form : (n == 1 ? msgid : msgid_plural);
}

/**
 * attest_pgettext:
 * @msgctxtid: the context, an EOT character and the text
 * @msgidoffset: where the text starts in @msgctxtid
 *
 * The translation with a context of core and report (their C_ macro).
 *
 * Returns: the text in this thread's language
 */
const char *
attest_pgettext (const char *msgctxtid,
                 gsize       msgidoffset)
{
  const char *language = attest_i18n_get_language ();
  const Message *message;

  if (language == NULL)
    return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
  message = lookup (language, msgctxtid);
  return message != NULL && message->length > 0 ? message->text : msgctxtid + msgidoffset;
}

/**
 * attest_pgettext2:
 * @context: the context
 * @msgid: the text
 *
 * The translation with a context given apart from the text, for a text
 * marked with NC_() in a table and translated where it is shown.
 *
 * Returns: @msgid in this thread's language
 */
const char *
attest_pgettext2 (const char *context,
                  const char *msgid)
{
  gsize offset = strlen (context) + 1;
  g_autofree char *key = g_strconcat (context, "\004", msgid, NULL);
  const char *text = attest_pgettext (key, offset);

  /* Untranslated, the text is in @key, freed here: @msgid is the same. */
  return text == key + offset ? msgid : text;
}
