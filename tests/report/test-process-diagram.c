/* test-process-diagram.c: the processes' diagram (4.4), as laid out for
 * the screen and the pack: no box over another, no label out of its box,
 * no edge through a box, all within the width and the height it asks for,
 * arrows on their true targets; the same graph always laid out the same;
 * hostile labels and graphs bounded; what it draws, on an image and read
 * back from a PDF by poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "attest.h"
#include "attest-process-diagram.h"
#include "attest-test-util.h"

/* Touching a box's border is not entering it. */
#define HAIR 0.25

/* The pack's text width, a wide window's and a narrow one's. */
static const double widths[] = { 487, 900, 360 };

typedef struct
{
  double x, y, width, height;
} Box;

/* The pack's fonts: sizes in points. */
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

/* The height of a line of the labels' font, measured apart. */
static double
line_height (PangoContext *context)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 8");
  PangoRectangle logical;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, "Xg", -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  pango_font_description_free (font);
  g_object_unref (layout);
  return logical.height;
}

/* @text's words separated by single spaces, however it was broken. */
static char *
words_of (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \n\t", -1);
  GString *words = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_string_append_printf (words, "%s%s", words->len > 0 ? " " : "", parts[i]);
  return g_string_free (words, FALSE);
}

/* The words of the text that poppler reads within @box on @page: the
 * characters whose middles are in it (poppler's text for an area follows
 * the reading order from its corner, and takes in neighbours). */
static char *
text_in_box (PopplerPage *page,
             const Box   *box)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr(GString) inside = g_string_new (NULL);
  guint n_rects = 0, k = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (const char *c = text; *c != '\0' && k < n_rects; c = g_utf8_next_char (c), k++)
    {
      double x = (rects[k].x1 + rects[k].x2) / 2, y = (rects[k].y1 + rects[k].y2) / 2;

      if (x > box->x && x < box->x + box->width && y > box->y && y < box->y + box->height)
        g_string_append_len (inside, c, g_utf8_next_char (c) - c);
      else if (g_unichar_isspace (g_utf8_get_char (c)))
        g_string_append_c (inside, ' ');
    }
  return words_of (inside->str);
}

static char *
node_id (guint i)
{
  return g_strdup_printf ("n%u", i);
}

static AttestProcessDiagram *
build (guint        n,
       const guint *edges,
       guint        n_edges)
{
  AttestProcessDiagram *diagram = attest_process_diagram_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = node_id (i);
      g_autofree char *label = g_strdup_printf ("Process number %u of the ISMS", i);

      attest_process_diagram_add_node (diagram, id, label);
    }
  for (guint e = 0; e < n_edges; e++)
    {
      g_autofree char *from = node_id (edges[2 * e]);
      g_autofree char *to = node_id (edges[2 * e + 1]);

      attest_process_diagram_add_edge (diagram, from, to);
    }
  return diagram;
}

/* A graph of @n nodes and @n_edges edges drawn with @seed: cycles,
 * self-loops, duplicates and nodes without edges included. */
static guint *
random_edges (guint32 seed,
              guint   n,
              guint   n_edges)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint *edges = g_new (guint, 2 * n_edges);

  for (guint e = 0; e < n_edges; e++)
    {
      edges[2 * e] = g_rand_int_range (rand, 0, n);
      edges[2 * e + 1] = g_rand_int_range (rand, 0, n);
    }
  return edges;
}

static Box
node_box (AttestProcessDiagram *diagram,
          guint                 i)
{
  g_autofree char *id = node_id (i);
  Box box;

  g_assert_true (attest_process_diagram_get_node_box (diagram, id, &box.x, &box.y, &box.width, &box.height));
  return box;
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

/* Whether the segment from (x1, y1) to (x2, y2) passes through the inside
 * of @box, whatever its direction (Liang-Barsky clipping). */
static gboolean
segment_enters (double     x1,
                double     y1,
                double     x2,
                double     y2,
                const Box *box)
{
  double p[4] = { x1 - x2, x2 - x1, y1 - y2, y2 - y1 };
  double q[4] = { x1 - (box->x + HAIR), box->x + box->width - HAIR - x1,
                  y1 - (box->y + HAIR), box->y + box->height - HAIR - y1 };
  double t0 = 0, t1 = 1;

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
        }
      else if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
    }
  return t0 < t1;
}

static gboolean
on_border (double     x,
           double     y,
           const Box *box)
{
  return x >= box->x && x <= box->x + box->width
         && (fabs (y - box->y) < 1e-9 || fabs (y - box->y - box->height) < 1e-9);
}

static int
compare_tops (gconstpointer a,
              gconstpointer b)
{
  const Box *x = a, *y = b;

  return x->y < y->y ? -1 : x->y > y->y;
}

/* The first box in @sorted (by top) whose top is at least @y. */
static guint
first_at (const Box *sorted,
          guint      n,
          double     y)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (sorted[middle].y < y)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Every rule of the layout, for nodes "n0"… and the @edges given (pairs
 * of node numbers, self-loops and duplicates included): boxes of one size
 * within the width and the height, none over another; labels' ink within
 * their boxes and centred there; each edge's path from its source's
 * border to the tip on its target's, entering no box on the way; the
 * drawing centred in the width (a line passing at a side keeps a few
 * points from it, a box half a point). */
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
  g_autofree Box *sorted = NULL;
  double left = width, right = 0;

  g_assert_cmpfloat (height, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = node_id (i);

      boxes[i] = node_box (diagram, i);
      g_assert_true (attest_process_diagram_get_label_box (diagram, id, &labels[i].x, &labels[i].y, &labels[i].width,
                                                           &labels[i].height));
      g_assert_cmpfloat (boxes[i].width, ==, boxes[0].width);
      g_assert_cmpfloat (boxes[i].height, ==, boxes[0].height);
      g_assert_cmpfloat (boxes[i].x, >=, 0);
      g_assert_cmpfloat (boxes[i].y, >=, 0);
      g_assert_cmpfloat (boxes[i].x + boxes[i].width, <=, width);
      g_assert_cmpfloat (boxes[i].y + boxes[i].height, <=, height);
      left = MIN (left, boxes[i].x);
      right = MAX (right, boxes[i].x + boxes[i].width);
      g_assert_cmpfloat (labels[i].width, >, 0);
      g_assert_true (inside (&labels[i], &boxes[i]));
      g_assert_cmpfloat (fabs (labels[i].x + labels[i].width / 2 - boxes[i].x - boxes[i].width / 2), <=, 2);
      g_assert_cmpfloat (fabs (labels[i].y + labels[i].height / 2 - boxes[i].y - boxes[i].height / 2), <=, 3);
    }
  sorted = g_memdup2 (boxes, sizeof (Box) * n);
  qsort (sorted, n, sizeof (Box), compare_tops);
  for (guint i = 0; i < n; i++)
    /* Those that could overlap it: tops less than a box's height apart. */
    for (guint k = i + 1; k < n && sorted[k].y < sorted[i].y + sorted[i].height; k++)
      g_assert_false (overlap (&sorted[i], &sorted[k]));
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < i; k++)
      g_assert_false (overlap (&labels[i], &labels[k]));

  for (guint e = 0; e < n_edges; e++)
    {
      guint from = edges[2 * e], to = edges[2 * e + 1];
      g_autofree char *from_id = node_id (from);
      g_autofree char *to_id = node_id (to);
      g_autoptr(GArray) path = attest_process_diagram_dup_edge_path (diagram, from_id, to_id);
      guint last;

      if (from == to)
        {
          g_assert_null (path);
          continue;
        }
      g_assert_nonnull (path);
      g_assert_cmpuint (path->len % 2, ==, 0);
      g_assert_cmpuint (path->len, >=, 4);
      last = path->len - 2;
      g_assert_true (on_border (g_array_index (path, double, 0), g_array_index (path, double, 1), &boxes[from]));
      g_assert_true (on_border (g_array_index (path, double, last), g_array_index (path, double, last + 1),
                                &boxes[to]));
      for (guint p = 0; p < path->len; p += 2)
        {
          g_assert_cmpfloat (g_array_index (path, double, p), >=, 0);
          g_assert_cmpfloat (g_array_index (path, double, p), <=, width);
          g_assert_cmpfloat (g_array_index (path, double, p + 1), >=, 0);
          g_assert_cmpfloat (g_array_index (path, double, p + 1), <=, height);
          left = MIN (left, g_array_index (path, double, p));
          right = MAX (right, g_array_index (path, double, p));
        }
      for (guint p = 0; p + 3 < path->len; p += 2)
        {
          double x1 = g_array_index (path, double, p), y1 = g_array_index (path, double, p + 1);
          double x2 = g_array_index (path, double, p + 2), y2 = g_array_index (path, double, p + 3);
          /* Only boxes whose tops are less than a box's height above the
           * segment's bottom can meet it. */
          guint k = first_at (sorted, n, MIN (y1, y2) - boxes[0].height);

          for (; k < n && sorted[k].y <= MAX (y1, y2); k++)
            g_assert_false (segment_enters (x1, y1, x2, y2, &sorted[k]));
        }
    }
  g_assert_cmpfloat (fabs (left - (width - right)), <=, 3);
}

/* Laid out twice from scratch, a graph comes out the same to the last bit. */
static void
assert_same (AttestProcessDiagram *a,
             AttestProcessDiagram *b,
             guint                 n,
             const guint          *edges,
             guint                 n_edges)
{
  for (guint i = 0; i < n; i++)
    {
      Box x = node_box (a, i), y = node_box (b, i);

      g_assert_cmpmem (&x, sizeof x, &y, sizeof y);
    }
  for (guint e = 0; e < n_edges; e++)
    {
      g_autofree char *from = node_id (edges[2 * e]);
      g_autofree char *to = node_id (edges[2 * e + 1]);
      g_autoptr(GArray) x = attest_process_diagram_dup_edge_path (a, from, to);
      g_autoptr(GArray) y = attest_process_diagram_dup_edge_path (b, from, to);

      g_assert_true ((x == NULL) == (y == NULL));
      if (x != NULL)
        g_assert_cmpmem (x->data, x->len * sizeof (double), y->data, y->len * sizeof (double));
    }
}

static double
check_graph (guint        n,
             const guint *edges,
             guint        n_edges,
             double       width)
{
  g_autoptr(AttestProcessDiagram) diagram = build (n, edges, n_edges);
  PangoContext *context = new_context ();
  double height = attest_process_diagram_layout (diagram, context, width);

  assert_clean (diagram, n, edges, n_edges, width, height);
  g_object_unref (context);
  return height;
}

/* The diagram drawn on an image @scale times its size, on transparency. */
static cairo_surface_t *
render (AttestProcessDiagram *diagram,
        double                width,
        double                height,
        double                scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                                         (int) ceil (height * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  attest_process_diagram_draw (diagram, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The colour at (@x, @y) of the drawing, premultiplied ARGB. */
static guint32
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       double           scale)
{
  int px = (int) floor (x * scale), py = (int) floor (y * scale);

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  return *(guint32 *) (gpointer) (cairo_image_surface_get_data (surface) + py * cairo_image_surface_get_stride (surface)
                                  + px * 4);
}

static void
assert_colour (guint32 argb,
               guint32 rgb)
{
  g_assert_cmpuint (argb >> 24, ==, 0xff);
  for (guint shift = 0; shift < 24; shift += 8)
    g_assert_cmpint (abs ((int) ((argb >> shift) & 0xff) - (int) ((rgb >> shift) & 0xff)), <=, 6);
}

static void
test_empty (void)
{
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  PangoContext *context = new_context ();
  cairo_surface_t *surface;
  double x, y, width, height;

  g_assert_cmpuint (attest_process_diagram_get_n_nodes (diagram), ==, 0);
  g_assert_cmpfloat (attest_process_diagram_layout (diagram, context, 487), ==, 0);
  surface = render (diagram, 60, 40, 1);
  /* Nothing drawn: every pixel still transparent. */
  for (int i = 0; i < 40 * cairo_image_surface_get_stride (surface); i++)
    g_assert_cmpint (cairo_image_surface_get_data (surface)[i], ==, 0);
  g_assert_false (attest_process_diagram_get_node_box (diagram, "none", &x, &y, &width, &height));
  g_assert_false (attest_process_diagram_get_label_box (diagram, "none", &x, &y, &width, &height));
  g_assert_null (attest_process_diagram_dup_edge_path (diagram, "none", "other"));
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

/* One box, centred, its label in the labels' font, drawn in the diagram's
 * own colours on nothing, whatever the caller's colour; the caller's state
 * kept. A change forgets the layout until the next. */
static void
test_one (void)
{
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  PangoContext *context = new_context ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double height, red, green, blue, alpha, lines = line_height (context);
  Box box, label;

  attest_process_diagram_add_node (diagram, "n0", "Risk assessment");
  g_assert_cmpuint (attest_process_diagram_get_n_nodes (diagram), ==, 1);
  height = attest_process_diagram_layout (diagram, context, 487);
  assert_clean (diagram, 1, NULL, 0, 487, height);
  box = node_box (diagram, 0);
  g_assert_true (attest_process_diagram_get_label_box (diagram, "n0", &label.x, &label.y, &label.width, &label.height));
  g_assert_cmpfloat (fabs (box.x + box.width / 2 - 487 / 2.0), <=, 1);
  g_assert_cmpfloat (height, <, box.height + 8);
  /* One line of an 8 pt font: the ink of its capitals and no more. */
  g_assert_cmpfloat (label.height, >=, 5);
  g_assert_cmpfloat (label.height, <=, lines);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 487 * 2, (int) ceil (height) * 2);
  cr = cairo_create (surface);
  cairo_scale (cr, 2, 2);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_set_line_width (cr, 7);
  attest_process_diagram_draw (diagram, cr);
  cairo_pattern_get_rgba (cairo_get_source (cr), &red, &green, &blue, &alpha);
  g_assert_cmpfloat (red, ==, 1);
  g_assert_cmpfloat (green, ==, 0);
  g_assert_cmpfloat (cairo_get_line_width (cr), ==, 7);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  assert_colour (pixel (surface, box.x + 3, box.y + box.height / 2, 2), 0xf6f5f4);
  assert_colour (pixel (surface, box.x + 0.5, box.y + box.height / 2, 2), 0x77767b);
  g_assert_cmpuint (pixel (surface, 2, 2, 2), ==, 0);
  g_assert_cmpuint (pixel (surface, box.x - 2, box.y + box.height / 2, 2), ==, 0);
  cairo_surface_destroy (surface);

  attest_process_diagram_add_node (diagram, "n1", "Internal audit");
  g_assert_false (attest_process_diagram_get_node_box (diagram, "n0", &box.x, &box.y, &box.width, &box.height));
  g_assert_cmpfloat (attest_process_diagram_layout (diagram, context, 487), >, 0);
  g_assert_true (attest_process_diagram_get_node_box (diagram, "n1", &box.x, &box.y, &box.width, &box.height));
  g_object_unref (context);
}

/* A chain reads downwards, each box below the one handing over, each arrow
 * into the top of the next, its head drawn there. */
static void
test_chain (void)
{
  static const guint chain[] = { 0, 1, 1, 2, 2, 3, 3, 4 };
  g_autoptr(AttestProcessDiagram) diagram = build (5, chain, 4);
  PangoContext *context = new_context ();
  cairo_surface_t *surface;
  double height = attest_process_diagram_layout (diagram, context, 487);

  assert_clean (diagram, 5, chain, 4, 487, height);
  surface = render (diagram, 487, height, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *from = node_id (i);
      g_autofree char *to = node_id (i + 1);
      g_autoptr(GArray) path = attest_process_diagram_dup_edge_path (diagram, from, to);
      Box a = node_box (diagram, i), b = node_box (diagram, i + 1);
      double tip_x = g_array_index (path, double, path->len - 2);
      double tip_y = g_array_index (path, double, path->len - 1);

      g_assert_cmpfloat (a.y + a.height, <, b.y);
      g_assert_cmpfloat (tip_y, ==, b.y);
      /* The arrow's head: filled just above the tip. */
      assert_colour (pixel (surface, tip_x, tip_y - 2.5, 4), 0x5e5c64);
    }
  cairo_surface_destroy (surface);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    check_graph (5, chain, 4, widths[w]);
  g_object_unref (context);
}

/* A cycle is laid out, one of its edges against the flow, and every arrow
 * still ends on its true target, coming from outside it. */
static void
test_cycle (void)
{
  static const guint cycle[] = { 0, 1, 1, 2, 2, 0 };
  g_autoptr(AttestProcessDiagram) diagram = build (3, cycle, 3);
  PangoContext *context = new_context ();
  double height = attest_process_diagram_layout (diagram, context, 487);
  guint upwards = 0;

  assert_clean (diagram, 3, cycle, 3, 487, height);
  for (guint e = 0; e < 3; e++)
    {
      g_autofree char *from = node_id (cycle[2 * e]);
      g_autofree char *to = node_id (cycle[2 * e + 1]);
      g_autoptr(GArray) path = attest_process_diagram_dup_edge_path (diagram, from, to);
      Box target = node_box (diagram, cycle[2 * e + 1]);
      guint last = path->len - 2;
      double tip_y = g_array_index (path, double, last + 1), before_y = g_array_index (path, double, last - 1);

      if (tip_y == target.y)
        g_assert_cmpfloat (before_y, <, tip_y);
      else
        {
          g_assert_cmpfloat (tip_y, ==, target.y + target.height);
          g_assert_cmpfloat (before_y, >, tip_y);
          upwards++;
        }
    }
  g_assert_cmpuint (upwards, ==, 1);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    check_graph (3, cycle, 3, widths[w]);
  g_object_unref (context);
}

/* A diamond: the two in the middle side by side, the first above them
 * and the last below, both centred between them. */
static void
test_diamond (void)
{
  static const guint diamond[] = { 0, 1, 0, 2, 1, 3, 2, 3 };
  g_autoptr(AttestProcessDiagram) diagram = build (4, diamond, 4);
  PangoContext *context = new_context ();
  double height = attest_process_diagram_layout (diagram, context, 487);
  Box top, left, right, bottom;

  assert_clean (diagram, 4, diamond, 4, 487, height);
  top = node_box (diagram, 0);
  left = node_box (diagram, 1);
  right = node_box (diagram, 2);
  bottom = node_box (diagram, 3);
  if (left.x > right.x)
    {
      Box swap = left;

      left = right;
      right = swap;
    }
  g_assert_cmpfloat (left.y, ==, right.y);
  g_assert_cmpfloat (top.y + top.height, <, left.y);
  g_assert_cmpfloat (left.y + left.height, <, bottom.y);
  g_assert_cmpfloat (fabs (top.x - (left.x + right.x) / 2), <=, 1);
  g_assert_cmpfloat (fabs (bottom.x - (left.x + right.x) / 2), <=, 1);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    check_graph (4, diamond, 4, widths[w]);
  g_object_unref (context);
}

/* More boxes in a layer than the width holds: several rows, the edges
 * from above and to below passing the rows between them. */
static void
test_wide_layer (void)
{
  guint edges[2 * 26];

  for (guint i = 0; i < 13; i++)
    {
      edges[4 * i] = 0;
      edges[4 * i + 1] = i + 1;
      edges[4 * i + 2] = i + 1;
      edges[4 * i + 3] = 14;
    }
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      double width = widths[w];
      g_autoptr(AttestProcessDiagram) diagram = build (15, edges, 26);
      PangoContext *context = new_context ();
      double height = attest_process_diagram_layout (diagram, context, width);
      Box first = node_box (diagram, 0), last = node_box (diagram, 14);
      double rows_top = G_MAXDOUBLE, rows_bottom = 0;

      assert_clean (diagram, 15, edges, 26, width, height);
      for (guint i = 1; i <= 13; i++)
        {
          Box box = node_box (diagram, i);

          g_assert_cmpfloat (box.y, >, first.y + first.height);
          g_assert_cmpfloat (box.y + box.height, <, last.y);
          rows_top = MIN (rows_top, box.y);
          rows_bottom = MAX (rows_bottom, box.y);
        }
      /* Thirteen boxes do not fit side by side in any of these widths. */
      g_assert_cmpfloat (rows_top, <, rows_bottom);
      g_object_unref (context);
    }
}

/* Seeded random graphs of 40 nodes and about 70 edges, cycles, strays,
 * self-loops and duplicates included, at the pack's width and at a wide
 * and a narrow window's: every rule; the same layout every time; the nodes
 * without edges below all the others. */
static void
test_random (void)
{
  for (guint32 seed = 1; seed <= 4; seed++)
    {
      g_autofree guint *edges = random_edges (seed, 40, 70);

      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          double width = widths[w];
          g_autoptr(AttestProcessDiagram) a = build (40, edges, 70);
          g_autoptr(AttestProcessDiagram) b = build (40, edges, 70);
          PangoContext *context = new_context ();
          double height = attest_process_diagram_layout (a, context, width);
          g_autofree gboolean *linked = g_new0 (gboolean, 40);
          double lowest_linked = 0, highest_loose = G_MAXDOUBLE;

          assert_clean (a, 40, edges, 70, width, height);
          g_assert_cmpfloat (attest_process_diagram_layout (b, context, width), ==, height);
          assert_same (a, b, 40, edges, 70);

          for (guint e = 0; e < 70; e++)
            if (edges[2 * e] != edges[2 * e + 1])
              linked[edges[2 * e]] = linked[edges[2 * e + 1]] = TRUE;
          for (guint i = 0; i < 40; i++)
            {
              Box box = node_box (a, i);

              if (linked[i])
                lowest_linked = MAX (lowest_linked, box.y + box.height);
              else
                highest_loose = MIN (highest_loose, box.y);
            }
          g_assert_cmpfloat (lowest_linked, <, highest_loose);
          g_object_unref (context);
        }
    }
}

/* 500 nodes and 5000 edges: every rule still holds. */
static void
test_large (void)
{
  g_autofree guint *edges = random_edges (42, 500, 5000);

  check_graph (500, edges, 5000, 487);
}

/* Hostile labels: 100 000 bytes (with and without spaces), invalid UTF-8,
 * none. Pango gets valid text (a warning would fail the test), the box
 * shows three lines cut with an ellipsis, and the PDF has what was valid. */
static void
test_labels (TestDir       *fixture,
             gconstpointer  data)
{
  static const guint edges[] = { 0, 1, 1, 2, 2, 3 };
  g_autofree char *path = test_dir_path (fixture, "labels.pdf");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *run = g_strnfill (100000, 'x');
  PangoContext *context = new_context ();
  double height, lines = line_height (context);
  cairo_surface_t *surface;
  cairo_t *cr;
  PopplerDocument *doc;
  PopplerPage *page;

  while (words->len < 100000)
    g_string_append (words, "information security ");
  attest_process_diagram_add_node (diagram, "n0", run);
  attest_process_diagram_add_node (diagram, "n1", words->str);
  attest_process_diagram_add_node (diagram, "n2", "Bad \xff\xfe\xc3 UTF-8");
  attest_process_diagram_add_node (diagram, "n3", "");
  for (guint e = 0; e < 3; e++)
    {
      g_autofree char *from = node_id (edges[2 * e]);
      g_autofree char *to = node_id (edges[2 * e + 1]);

      attest_process_diagram_add_edge (diagram, from, to);
    }
  height = attest_process_diagram_layout (diagram, context, 487);
  assert_clean (diagram, 4, edges, 3, 487, height);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = node_id (i);
      Box label;

      /* Three lines: more than two, not four. */
      g_assert_true (attest_process_diagram_get_label_box (diagram, id, &label.x, &label.y, &label.width,
                                                           &label.height));
      g_assert_cmpfloat (label.height, >, 2 * lines);
      g_assert_cmpfloat (label.height, <=, 3 * lines + 1);
      g_assert_cmpfloat (node_box (diagram, i).height, <, 4 * lines + 12);
    }

  surface = cairo_pdf_surface_create (path, 487, height);
  cr = cairo_create (surface);
  attest_process_diagram_draw (diagram, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  doc = poppler_document_new_from_file (uri, NULL, NULL);
  g_assert_nonnull (doc);
  page = poppler_document_get_page (doc, 0);
  for (guint i = 0; i < 4; i++)
    {
      Box box = node_box (diagram, i);
      g_autofree char *words = text_in_box (page, &box);

      switch (i)
        {
        case 0:
        case 1:
          /* Cut to a few hundred characters, with an ellipsis (the text of
           * a PDF keeps what Pango's ellipsis hides on the third line). */
          g_assert_true (g_str_has_prefix (words, i == 0 ? "xxxx" : "information security"));
          g_assert_true (g_str_has_suffix (words, "…"));
          g_assert_cmpuint (g_utf8_strlen (words, -1), <, 400);
          break;
        case 2:
          /* What was valid is there, the invalid bytes replaced. */
          g_assert_true (g_str_has_prefix (words, "Bad "));
          g_assert_true (g_str_has_suffix (words, " UTF-8"));
          break;
        default:
          g_assert_cmpstr (words, ==, "—");
        }
    }
  g_object_unref (page);
  g_object_unref (doc);
  g_object_unref (context);
}

/* Duplicates, self-loops and unknown ids are ignored: the same layout as
 * without them. */
static void
test_ignored (void)
{
  static const guint edges[] = { 0, 1, 1, 2, 0, 2 };
  g_autoptr(AttestProcessDiagram) clean = build (3, edges, 3);
  g_autoptr(AttestProcessDiagram) noisy = build (3, edges, 3);
  PangoContext *context = new_context ();
  double height;

  attest_process_diagram_add_node (noisy, "n1", "A second n1");
  attest_process_diagram_add_edge (noisy, "n0", "n1");
  attest_process_diagram_add_edge (noisy, "n1", "n2");
  attest_process_diagram_add_edge (noisy, "n0", "n0");
  attest_process_diagram_add_edge (noisy, "n0", "nobody");
  attest_process_diagram_add_edge (noisy, "nobody", "n1");
  attest_process_diagram_add_edge (noisy, NULL, "n1");
  g_assert_cmpuint (attest_process_diagram_get_n_nodes (noisy), ==, 3);
  height = attest_process_diagram_layout (noisy, context, 487);
  g_assert_cmpfloat (attest_process_diagram_layout (clean, context, 487), ==, height);
  assert_clean (noisy, 3, edges, 3, 487, height);
  assert_same (clean, noisy, 3, edges, 3);
  g_assert_null (attest_process_diagram_dup_edge_path (noisy, "n0", "n0"));
  g_assert_null (attest_process_diagram_dup_edge_path (noisy, "n0", "nobody"));
  g_assert_null (attest_process_diagram_dup_edge_path (noisy, "n1", "n0"));
  g_object_unref (context);
}

/* Drawn into a PDF, each process's name is text poppler reads back from
 * within its box. */
static void
test_pdf (TestDir       *fixture,
          gconstpointer  data)
{
  static const char *names[] = {
    "Risk assessment", "Internal audit", "Management review", "Incident management",
    "Change management", "Supplier management", "Access management", "Awareness and training",
    "Document control", "Corrective action", "Backup and recovery", "Monitoring and measurement",
  };
  static const guint handovers[] = { 0, 4, 0, 5, 0, 6, 0, 7, 0, 10, 4, 8, 7, 8, 5, 11, 6, 11, 10, 11,
                                     11, 3, 11, 1, 3, 9, 1, 9, 1, 2, 9, 2, 2, 0 };
  g_autofree char *path = test_dir_path (fixture, "diagram.pdf");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(AttestProcessDiagram) diagram = attest_process_diagram_new ();
  PangoContext *context = new_context ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double height, page_width, page_height;
  PopplerDocument *doc;
  PopplerPage *page;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    attest_process_diagram_add_node (diagram, names[i], names[i]);
  for (guint i = 0; i < G_N_ELEMENTS (handovers); i += 2)
    attest_process_diagram_add_edge (diagram, names[handovers[i]], names[handovers[i + 1]]);
  height = attest_process_diagram_layout (diagram, context, 487);
  surface = cairo_pdf_surface_create (path, 487, height);
  cr = cairo_create (surface);
  attest_process_diagram_draw (diagram, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  doc = poppler_document_new_from_file (uri, NULL, NULL);
  g_assert_nonnull (doc);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 1);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &page_width, &page_height);
  g_assert_cmpfloat (fabs (page_width - 487), <, 0.01);
  g_assert_cmpfloat (fabs (page_height - height), <, 0.01);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      Box box;
      g_autofree char *words = NULL;

      g_assert_true (attest_process_diagram_get_node_box (diagram, names[i], &box.x, &box.y, &box.width, &box.height));
      /* Wrapped or not, the same words in order. */
      words = text_in_box (page, &box);
      g_assert_cmpstr (words, ==, names[i]);
    }
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
  g_test_add_func ("/process-diagram/one", test_one);
  g_test_add_func ("/process-diagram/chain", test_chain);
  g_test_add_func ("/process-diagram/cycle", test_cycle);
  g_test_add_func ("/process-diagram/diamond", test_diamond);
  g_test_add_func ("/process-diagram/wide-layer", test_wide_layer);
  g_test_add_func ("/process-diagram/random", test_random);
  g_test_add_func ("/process-diagram/large", test_large);
  g_test_add ("/process-diagram/labels", TestDir, NULL, test_dir_setup, test_labels, test_dir_teardown);
  g_test_add_func ("/process-diagram/ignored", test_ignored);
  g_test_add ("/process-diagram/pdf", TestDir, NULL, test_dir_setup, test_pdf, test_dir_teardown);
  return g_test_run ();
}
