/* test-catalog.c: the built-in ISO/IEC 27001:2022 catalog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include "attest-i18n.h"

static void
test_controls (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *controls;
  guint n, organizational = 0, people = 0, physical = 0, technological = 0, new_ones = 0;

  g_assert_cmpstr (attest_catalog_get_id (catalog), ==, "iso27001:2022");
  controls = attest_catalog_get_controls (catalog, &n);
  g_assert_cmpuint (n, ==, 93);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_str_has_prefix (controls[i].id, "iso27001:2022/A."));
      g_assert_cmpstr (controls[i].id + strlen ("iso27001:2022/A."), ==, controls[i].number);
      g_assert_cmpstr (controls[i].title, !=, "");
      g_assert_cmpuint (g_strv_length (controls[i].control_type), >=, 1);
      g_assert_cmpuint (g_strv_length (controls[i].properties), >=, 1);
      g_assert_cmpuint (g_strv_length (controls[i].concepts), >=, 1);
      if (g_str_equal (controls[i].theme, "Organizational controls"))
        organizational++;
      else if (g_str_equal (controls[i].theme, "People controls"))
        people++;
      else if (g_str_equal (controls[i].theme, "Physical controls"))
        physical++;
      else if (g_str_equal (controls[i].theme, "Technological controls"))
        technological++;
      new_ones += controls[i].new_in_2022;
      /* Every control has our own words about it. */
      g_assert_nonnull (attest_guidance_for_control (controls[i].number));
    }
  g_assert_cmpuint (organizational, ==, 37);
  g_assert_cmpuint (people, ==, 8);
  g_assert_cmpuint (physical, ==, 14);
  g_assert_cmpuint (technological, ==, 34);
  g_assert_cmpuint (new_ones, ==, 11);
}

static void
test_lookup (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestControl *control = attest_catalog_lookup_control (catalog, "5.23");

  g_assert_nonnull (control);
  g_assert_cmpstr (control->title, ==, "Information security for use of cloud services");
  g_assert_true (control->new_in_2022);
  g_assert_true (attest_catalog_lookup_control (catalog, "A.5.23") == control);
  g_assert_true (attest_catalog_lookup_control (catalog, "iso27001:2022/A.5.23") == control);
  g_assert_null (attest_catalog_lookup_control (catalog, "5.38"));
  g_assert_null (attest_catalog_lookup_control (catalog, "iso27001:2013/A.5.23"));
  g_assert_null (attest_catalog_lookup_control (catalog, NULL));
}

static void
test_clauses (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestClause *clauses;
  guint n;

  clauses = attest_catalog_get_clauses (catalog, &n);
  g_assert_cmpuint (n, ==, 47);
  g_assert_cmpstr (clauses[0].number, ==, "4");
  g_assert_cmpstr (clauses[n - 1].number, ==, "10.2");
}

static void
test_mapping (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestMapping2013 *mapping;
  const AttestMapping2013 *m;
  guint n, links = 0;

  mapping = attest_catalog_get_mapping_2013 (catalog, &n);
  g_assert_cmpuint (n, ==, 114);
  for (guint i = 0; i < n; i++)
    {
      links += g_strv_length (mapping[i].ids_2022);
      for (guint j = 0; mapping[i].ids_2022[j]; j++)
        g_assert_nonnull (attest_catalog_lookup_control (catalog, mapping[i].ids_2022[j]));
    }
  g_assert_cmpuint (links, ==, 115);

  m = attest_catalog_lookup_2013 (catalog, "A.18.2.3");
  g_assert_nonnull (m);
  g_assert_cmpuint (g_strv_length (m->ids_2022), ==, 2);
  g_assert_cmpstr (m->ids_2022[0], ==, "iso27001:2022/A.5.36");
  g_assert_cmpstr (m->ids_2022[1], ==, "iso27001:2022/A.8.8");
  g_assert_true (attest_catalog_lookup_2013 (catalog, "9.2.1") == attest_catalog_lookup_2013 (catalog, "A.9.2.1"));
  g_assert_null (attest_catalog_lookup_2013 (catalog, "A.99.1.1"));
}

static void
test_bad_catalog (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"id\":\"x\"}", 10);
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestCatalog) catalog = attest_catalog_new_from_bytes (bytes, &error);

  g_assert_null (catalog);
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
}

/* Every clause and control title of the catalog is in the list marked for
 * translation and the list has nothing else: a title added to, changed in
 * or removed from the catalog without the list (or the other way round)
 * fails here, not in front of a German auditor. */
static void
test_titles_marked (void)
{
  AttestCatalog *catalog = attest_catalog_get_default ();
  const AttestClause *clauses;
  const AttestControl *controls;
  const char * const *marked;
  guint n_clauses, n_controls, n_marked;
  g_autoptr(GHashTable) in_catalog = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) in_list = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer title;

  clauses = attest_catalog_get_clauses (catalog, &n_clauses);
  controls = attest_catalog_get_controls (catalog, &n_controls);
  marked = attest_catalog_titles (&n_marked);
  for (guint i = 0; i < n_clauses; i++)
    g_hash_table_add (in_catalog, clauses[i].title);
  /* The control titles stay as the catalog has them: none is marked. */
  for (guint i = 0; i < n_controls; i++)
    g_assert_false (g_hash_table_contains (in_catalog, controls[i].title));
  for (guint i = 0; i < n_marked; i++)
    g_hash_table_add (in_list, (gpointer) marked[i]);

  g_hash_table_iter_init (&iter, in_catalog);
  while (g_hash_table_iter_next (&iter, &title, NULL))
    if (!g_hash_table_contains (in_list, title))
      g_error ("The catalog's clause title “%s” is not marked for translation in attest-catalog-titles.c", (char *) title);
  g_hash_table_iter_init (&iter, in_list);
  while (g_hash_table_iter_next (&iter, &title, NULL))
    if (!g_hash_table_contains (in_catalog, title))
      g_error ("attest-catalog-titles.c marks “%s”, which is no title of the catalog", (char *) title);
  /* One entry per clause, in the catalog's order. */
  g_assert_cmpuint (n_marked, ==, n_clauses);
  for (guint i = 0; i < n_clauses; i++)
    g_assert_cmpstr (marked[i], ==, clauses[i].title);
}

/* A title is shown in the thread's language, as the pack's texts are. */
static void
test_titles_translated (void)
{
  g_assert_cmpstr (attest_catalog_title ("Planning"), ==, "Planning");
  g_assert_cmpstr (attest_catalog_title (""), ==, "");
  attest_i18n_set_language ("de");
  g_assert_cmpstr (attest_catalog_title ("Planning"), ==, "Planung");
  g_assert_cmpstr (attest_catalog_title ("Context of the organization"), ==, "Kontext der Organisation");
  g_assert_cmpstr (attest_catalog_title ("Not a title"), ==, "Not a title");
  attest_i18n_set_language (NULL);
  g_assert_cmpstr (attest_catalog_title ("Planning"), ==, "Planning");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  attest_i18n_init ();

  g_test_add_func ("/catalog/controls", test_controls);
  g_test_add_func ("/catalog/lookup", test_lookup);
  g_test_add_func ("/catalog/clauses", test_clauses);
  g_test_add_func ("/catalog/mapping", test_mapping);
  g_test_add_func ("/catalog/bad-catalog", test_bad_catalog);
  g_test_add_func ("/catalog/titles-marked", test_titles_marked);
  g_test_add_func ("/catalog/titles-translated", test_titles_translated);

  return g_test_run ();
}
