/* test-process-diagram.c: the processes' diagram, as laid out for the
 * screen and the pack: no box over another, no label out of its box or
 * over another, no arrow through a box it does not join, all within the
 * width; and its labels read back from a PDF by poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <poppler.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>

#include "attest.h"
#include "attest-process-diagram.h"
#include "attest-test-util.h"

typedef struct
{
  double x, y, width, height;
} Box;

static PangoContext *
new_context (void)
{
  PangoFontMap *fontmap = pango_cairo_font_map_new ();
  PangoContext *context;

  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (fontmap), 72.0);
  context = pango_font_map_create_context (fontmap);
  g_object_unref (fontmap);
  return context;
}

static gboolean
overlap (const Box *a,
         const Box *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
inside (const Box *inner,
        const Box *outer)
{
  return inner->x >= outer->x && inner->y >= outer->y && inner->x + inner->width <= outer->x + outer->width
         && inner->y + inner->height <= outer->y + outer->height;
}

/* Whether the axis-parallel segment from (x1, y1) to (x2, y2) passes
 * through the inside of @box (touching its border is not crossing). */
static gboolean
segment_crosses (double     x1,
                 double     y1,
                 double     x2,
                 double     y2,
                 const Box *box)
{
  double left = MIN (x1, x2), right = MAX (x1, x2), top = MIN (y1, y2), bottom = MAX (y1, y2);

  g_assert_true (x1 == x2 || y1 == y2);
  return left < box->x + box->width - 0.5 && right > box->x + 0.5
         && top < box->y + box->height - 0.5 && bottom > box->y + 0.5;
}

/* Every rule of the layout, for nodes "n0"… and the edges given. */
static void
assert_clean (AttestProcessDiagram *diagram,
              guint                 n,
              const guint          *edges,
              guint                 n_edges,
              double                width,
              double                height)
{
  g_autofree Box *boxes = g_new (Box, n);
  g_autofree Box *labels = g_new (Box, n);

  g_assert_cmpfloat (height, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      g_assert_true (attest_process_diagram_get_node_box (diagram, id, &boxes[i].x, &boxes[i].y, &boxes[i].width,
                                                          &boxes[i].height));
      g_assert_true (attest_process_diagram_get_label_box (diagram, id, &labels[i].x, &labels[i].y, &labels[i].width,
                                                           &labels[i].height));
      g_assert_cmpfloat (boxes[i].x, >=, 0);
      g_assert_cmpfloat (boxes[i].y, >=, 0);
      g_assert_cmpfloat (boxes[i].x + boxes[i].width, <=, width);
      g_assert_cmpfloat (boxes[i].y + boxes[i].height, <=, height);
      g_assert_true (inside (&labels[i], &boxes[i]));
      for (guint k = 0; k < i; k++)
        {
          g_assert_false (overlap (&boxes[i], &boxes[k]));
          g_assert_false (overlap (&labels[i], &labels[k]));
        }
    }
  for (guint e = 0; e < n_edges; e++)
    {
      guint from = edges[2 * e], to = edges[2 * e + 1];
      g_autofree char *from_id = g_strdup_printf ("n%u", from);
      g_autofree char *to_id = g_strdup_printf ("n%u", to);
      g_autoptr(GArray) path = attest_process_diagram_dup_edge_path (diagram, from_id, to_id);
      double tip_x, tip_y;

      if (from == to)
        {
          g_assert_null (path);
          continue;
        }
      g_assert_nonnull (path);
      g_assert_cmpuint (path->len, >=, 4);
      /* It starts on its source's border and its tip is on its target's. */
      tip_x = g_array_index (path, double, path->len - 2);
      tip_y = g_array_index (path, double, path->len - 1);
      g_assert_true (tip_x >= boxes[to].x && tip_x <= boxes[to].x + boxes[to].width);
      g_assert_true (tip_y == boxes[to].y || tip_y == boxes[to].y + boxes[to].height);
      for (guint p = 0; p + 3 < path->len; p += 2)
        {
          double x1 = g_array_index (path, double, p), y1 = g_array_index (path, double, p + 1);
          double x2 = g_array_index (path, double, p + 2), y2 = g_array_index (path, double, p + 3);

          g_assert_cmpfloat (MIN (x1, x2), >=, 0);
          g_assert_cmpfloat (MAX (x1, x2), <=, width);
          g_assert_cmpfloat (MAX (y1, y2), <=, height);
          for (guint k = 0; k < n; k++)
            if (k != from && k != to)
              g_assert_false (segment_crosses (x1, y1, x2, y2, &boxes[k]));
        }
    }
}

static AttestProcessDiagram *
build (guint        n,
       const guint *edges,
       guint        n_edges)
{
  AttestProcessDiagram *diagram = attest_process_diagram_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);
      g_autofree char *label = g_strdup_printf ("Process number %u of the ISMS", i);

      attest_process_diagram_add_node (diagram, id, label);
    }
  for (guint e = 0; e < n_edges; e++)
    {
      g_autofree char *from = g_strdup_printf ("n%u", edges[2 * e]);
      g_autofree char *to = g_strdup_printf ("n%u", edges[2 * e + 1]);

      attest_process_diagram_add_edge (diagram, from, to);
    }
  return diagram;
}

static void
check_graph (guint        n,
             const guint *edges,
             guint        n_edges)
{
  static const double widths[] = { 487, 900, 360 };
  PangoContext *context = new_context ();

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(AttestProcessDiagram) diagram = build (n, edges, n_edges);
      double height = attest_process_diagram_layout (diagram, context, widths[w]);

      assert_clean (diagram, n, edges, n_edges, widths[w], height);
    }
  g_object_unref (context);
}

static void
test_empty (void)
{
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  PangoContext *context = new_context ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 50, 50);
  cairo_t *cr = cairo_create (surface);
  double x, y, width, height;

  g_assert_cmpfloat (attest_process_diagram_layout (diagram, context, 487), ==, 0);
  attest_process_diagram_draw (diagram, cr);
  cairo_surface_flush (surface);
  /* Nothing drawn: every pixel still transparent. */
  for (int i = 0; i < 50 * cairo_image_surface_get_stride (surface); i++)
    g_assert_cmpint (cairo_image_surface_get_data (surface)[i], ==, 0);
  g_assert_false (attest_process_diagram_get_node_box (diagram, "none", &x, &y, &width, &height));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static void
test_shapes (void)
{
  static const guint chain[] = { 0, 1, 1, 2, 2, 3, 3, 4 };
  static const guint cycle[] = { 0, 1, 1, 2, 2, 0 };
  static const guint diamond[] = { 0, 1, 0, 2, 1, 3, 2, 3 };
  /* A long edge past a row of boxes, and one back up past them. */
  static const guint skip[] = { 0, 1, 1, 2, 2, 3, 0, 3, 3, 0, 0, 4, 4, 5, 5, 6, 1, 6 };

  check_graph (1, NULL, 0);
  check_graph (5, chain, G_N_ELEMENTS (chain) / 2);
  check_graph (3, cycle, G_N_ELEMENTS (cycle) / 2);
  check_graph (4, diamond, G_N_ELEMENTS (diamond) / 2);
  check_graph (7, skip, G_N_ELEMENTS (skip) / 2);
}

/* The chain reads downwards: each process below the one handing over. */
static void
test_direction (void)
{
  static const guint chain[] = { 0, 1, 1, 2 };
  g_autoptr(AttestProcessDiagram) diagram = build (3, chain, 2);
  PangoContext *context = new_context ();
  Box a, b, c;

  attest_process_diagram_layout (diagram, context, 487);
  g_assert_true (attest_process_diagram_get_node_box (diagram, "n0", &a.x, &a.y, &a.width, &a.height));
  g_assert_true (attest_process_diagram_get_node_box (diagram, "n1", &b.x, &b.y, &b.width, &b.height));
  g_assert_true (attest_process_diagram_get_node_box (diagram, "n2", &c.x, &c.y, &c.width, &c.height));
  g_assert_cmpfloat (a.y, <, b.y);
  g_assert_cmpfloat (b.y, <, c.y);
  g_object_unref (context);
}

/* Seeded random graphs of 40 nodes and about 70 edges, cycles and
 * strays included, at three widths; and 500 nodes with 5000 edges. */
static void
test_random (void)
{
  for (guint seed = 1; seed <= 5; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint edges[140];

      for (guint e = 0; e < 70; e++)
        {
          edges[2 * e] = g_rand_int_range (rand, 0, 40);
          edges[2 * e + 1] = g_rand_int_range (rand, 0, 40);
        }
      check_graph (40, edges, 70);
    }
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (42);
    g_autofree guint *edges = g_new (guint, 10000);
    g_autoptr(AttestProcessDiagram) diagram = NULL;
    PangoContext *context = new_context ();
    double height;

    for (guint e = 0; e < 5000; e++)
      {
        edges[2 * e] = g_rand_int_range (rand, 0, 500);
        edges[2 * e + 1] = g_rand_int_range (rand, 0, 500);
      }
    diagram = build (500, edges, 5000);
    height = attest_process_diagram_layout (diagram, context, 487);
    assert_clean (diagram, 500, edges, 5000, 487, height);
    g_object_unref (context);
  }
}

/* Duplicates, self-loops and unknown ids are ignored; a hostile label is
 * cut to three lines in its box. */
static void
test_hostile (void)
{
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  g_autofree char *huge = g_strnfill (100000, 'x');
  g_autoptr(GArray) path = NULL;
  PangoContext *context = new_context ();
  double height;
  static const guint edges[] = { 0, 1 };

  attest_process_diagram_add_node (diagram, "n0", huge);
  attest_process_diagram_add_node (diagram, "n1", "Bad \xff\xfe UTF-8");
  attest_process_diagram_add_node (diagram, "n1", "A second n1, ignored");
  attest_process_diagram_add_node (diagram, "n2", "");
  attest_process_diagram_add_edge (diagram, "n0", "n1");
  attest_process_diagram_add_edge (diagram, "n0", "n1");
  attest_process_diagram_add_edge (diagram, "n0", "n0");
  attest_process_diagram_add_edge (diagram, "n0", "nobody");
  attest_process_diagram_add_edge (diagram, "nobody", "n1");
  g_assert_cmpuint (attest_process_diagram_get_n_nodes (diagram), ==, 3);
  height = attest_process_diagram_layout (diagram, context, 487);
  assert_clean (diagram, 3, edges, 1, 487, height);
  path = attest_process_diagram_dup_edge_path (diagram, "n0", "n0");
  g_assert_null (path);
  path = attest_process_diagram_dup_edge_path (diagram, "n1", "n0");
  g_assert_null (path);
  g_object_unref (context);
}

/* Drawn into a PDF, its labels are text poppler reads back. */
static void
test_pdf (TestDir       *fixture,
          gconstpointer  data)
{
  static const char *names[] = { "Risk assessment", "Risk treatment", "Internal audit", "Management review" };
  g_autofree char *path = test_dir_path (fixture, "diagram.pdf");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  PangoContext *context = new_context ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;
  PopplerDocument *doc;
  PopplerPage *page;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    attest_process_diagram_add_node (diagram, names[i], names[i]);
  attest_process_diagram_add_edge (diagram, names[0], names[1]);
  attest_process_diagram_add_edge (diagram, names[2], names[3]);
  attest_process_diagram_add_edge (diagram, names[1], names[3]);
  height = attest_process_diagram_layout (diagram, context, 487);
  surface = cairo_pdf_surface_create (path, 487, height);
  cr = cairo_create (surface);
  attest_process_diagram_draw (diagram, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  doc = poppler_document_new_from_file (uri, NULL, NULL);
  g_assert_nonnull (doc);
  page = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (page);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (strstr (text, names[i]));
  g_object_unref (page);
  g_object_unref (doc);
  g_object_unref (context);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/process-diagram/empty", test_empty);
  g_test_add_func ("/process-diagram/shapes", test_shapes);
  g_test_add_func ("/process-diagram/direction", test_direction);
  g_test_add_func ("/process-diagram/random", test_random);
  g_test_add_func ("/process-diagram/hostile", test_hostile);
  g_test_add ("/process-diagram/pdf", TestDir, NULL, test_dir_setup, test_pdf, test_dir_teardown);
  return g_test_run ();
}
