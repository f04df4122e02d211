/* test-metric-chart.c: a metric's chart as drawn for the screen and the
 * audit pack: the test of a value against its target; a value that misses
 * it red and crossed where the others are blue, at the place the chart
 * says; what is skipped; the overdue mark; an empty chart; the text read
 * back from a PDF by poppler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "attest-metric-chart.h"
#include "attest-test-util.h"

/* What attest_metric_chart_draw() is given, but the cairo_t. */
typedef AttestChart Chart;

typedef gboolean (*PixelTest) (const guint8 rgb[3]);

/* The measurements of an availability metric, not in date order: 90 misses
 * a target of at least 95, 97 and 99 meet it. */
static const AttestChartPoint availability[] = {
  { "2026-03-01", 97 },
  { "2026-01-01", 90 },
  { "2026-05-01", 99 },
};

/* Days to close an incident: 6 misses a target of at most 4, 2 does not. */
static const AttestChartPoint closing[] = {
  { "2026-01-10", 2 },
  { "2026-02-10", 6 },
};

static gboolean
position (const Chart *chart,
          guint        index,
          double      *x,
          double      *y)
{
  return attest_metric_chart_point_position (chart, index, x, y);
}

/* @chart on an image, over white or over nothing. */
static cairo_surface_t *
draw_image (const Chart *chart,
            gboolean     white)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, chart->width, chart->height);
  cr = cairo_create (surface);
  if (white)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  /* Whatever the caller's source, the chart sets its own colours. */
  cairo_set_source_rgb (cr, 0, 1, 0);
  attest_metric_chart_draw (cr, chart);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       guint8           rgb[3],
       guint8          *alpha)
{
  guint8 *data = cairo_image_surface_get_data (surface);
  guint32 argb = *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = (argb >> 16) & 0xff;
  rgb[1] = (argb >> 8) & 0xff;
  rgb[2] = argb & 0xff;
  if (alpha != NULL)
    *alpha = argb >> 24;
}

/* #e01b24, or nearly. */
static gboolean
is_red (const guint8 rgb[3])
{
  return rgb[0] > 0xc0 && rgb[1] < 0x50 && rgb[2] < 0x50;
}

/* #3584e4, or nearly. */
static gboolean
is_blue (const guint8 rgb[3])
{
  return rgb[0] < 0x60 && rgb[1] > 0x60 && rgb[1] < 0xa0 && rgb[2] > 0xc0;
}

/* Whether some pixel within @radius of (@x, @y) passes @test. */
static gboolean
near (cairo_surface_t *surface,
      double           x,
      double           y,
      int              radius,
      PixelTest        test)
{
  int cx = (int) floor (x), cy = (int) floor (y);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int py = MAX (cy - radius, 0); py <= cy + radius && py < height; py++)
    for (int px = MAX (cx - radius, 0); px <= cx + radius && px < width; px++)
      {
        guint8 rgb[3];

        pixel (surface, px, py, rgb, NULL);
        if (test (rgb))
          return TRUE;
      }
  return FALSE;
}

/* How many pixels in the columns @x0 to @x1 pass @test. */
static guint
count_in_columns (cairo_surface_t *surface,
                  int              x0,
                  int              x1,
                  PixelTest        test)
{
  int width = cairo_image_surface_get_width (surface);
  guint count = 0;

  for (int py = 0; py < cairo_image_surface_get_height (surface); py++)
    for (int px = MAX (x0, 0); px <= x1 && px < width; px++)
      {
        guint8 rgb[3];

        pixel (surface, px, py, rgb, NULL);
        count += test (rgb);
      }
  return count;
}

static guint
count_red (cairo_surface_t *surface)
{
  return count_in_columns (surface, 0, cairo_image_surface_get_width (surface) - 1, is_red);
}

static guint
count_opaque (cairo_surface_t *surface)
{
  guint count = 0;

  for (int py = 0; py < cairo_image_surface_get_height (surface); py++)
    for (int px = 0; px < cairo_image_surface_get_width (surface); px++)
      {
        guint8 rgb[3], alpha;

        pixel (surface, px, py, rgb, &alpha);
        count += alpha > 0;
      }
  return count;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);

  return stride == cairo_image_surface_get_stride (b)
         && height == cairo_image_surface_get_height (b)
         && memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                    (gsize) stride * height) == 0;
}

static void
test_misses (void)
{
  g_assert_true (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, 90));
  g_assert_true (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, 94.999));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, 95));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, 99));

  g_assert_true (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 4, 5));
  g_assert_true (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 4, 4.5));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 4, 4));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 4, 0));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 0, -1));

  /* No target, nothing misses it. */
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_NONE, 95, 0));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_NONE, 95, 1000));

  /* What is not a number is on neither side. */
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, NAN));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_LEAST, 95, -INFINITY));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, 4, INFINITY));
  g_assert_false (attest_chart_value_misses (ATTEST_CHART_TARGET_AT_MOST, NAN, 5));
}

/* At @width by @height, the point of 90 is a red cross and the others blue
 * dots, at the places the chart gives; earlier is to the left, more is
 * higher. */
static void
check_points (int         width,
              int         height,
              const char *png)
{
  Chart chart = { availability, G_N_ELEMENTS (availability), ATTEST_CHART_TARGET_AT_LEAST, 95,
                  "%", NULL, "2026-06-01", width, height };
  cairo_surface_t *surface;
  double x[3], y[3];

  for (guint i = 0; i < G_N_ELEMENTS (availability); i++)
    {
      g_assert_true (position (&chart, i, &x[i], &y[i]));
      g_assert_cmpfloat (x[i], >, 0);
      g_assert_cmpfloat (x[i], <, width);
      g_assert_cmpfloat (y[i], >, 0);
      g_assert_cmpfloat (y[i], <, height);
    }
  /* January, March, May. */
  g_assert_cmpfloat (x[1], <, x[0]);
  g_assert_cmpfloat (x[0], <, x[2]);
  /* 90, 97, 99. */
  g_assert_cmpfloat (y[1], >, y[0]);
  g_assert_cmpfloat (y[0], >, y[2]);
  /* Time is proportional: January to March is 59 days, March to May 61. */
  g_assert_cmpfloat (fabs ((x[0] - x[1]) / (x[2] - x[0]) - 59.0 / 61.0), <, 0.01);
  g_assert_false (position (&chart, 3, &x[0], &y[0]));
  g_assert_true (position (&chart, 0, &x[0], &y[0]));

  surface = draw_image (&chart, TRUE);
  g_assert_true (near (surface, x[1], y[1], 1, is_red));
  g_assert_false (near (surface, x[1], y[1], 1, is_blue));
  g_assert_true (near (surface, x[0], y[0], 1, is_blue));
  g_assert_false (near (surface, x[0], y[0], 3, is_red));
  g_assert_true (near (surface, x[2], y[2], 1, is_blue));
  g_assert_false (near (surface, x[2], y[2], 3, is_red));
  /* A cross, not a dot: the red is on its diagonals, not beside its middle. */
  g_assert_true (near (surface, x[1] + 3, y[1] + 3, 0, is_red));
  g_assert_false (near (surface, x[1] + 4, y[1], 0, is_red));

  if (png != NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, png, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
    }
  cairo_surface_destroy (surface);
}

static void
test_points (void)
{
  check_points (480, 240, "metric-chart-480.png");
  /* Small: still every point where it belongs. */
  check_points (240, 120, "metric-chart-240.png");
  check_points (900, 300, NULL);
}

/* With an at-most target the other way round: 6 misses 4, 2 does not. */
static void
test_at_most (void)
{
  Chart chart = { closing, G_N_ELEMENTS (closing), ATTEST_CHART_TARGET_AT_MOST, 4,
                  "days", NULL, NULL, 480, 240 };
  cairo_surface_t *surface;
  double x[2], y[2];

  for (guint i = 0; i < G_N_ELEMENTS (closing); i++)
    g_assert_true (position (&chart, i, &x[i], &y[i]));
  surface = draw_image (&chart, TRUE);
  g_assert_true (near (surface, x[0], y[0], 1, is_blue));
  g_assert_true (near (surface, x[1], y[1], 1, is_red));
  cairo_surface_destroy (surface);

  /* Without a target nothing is red. */
  chart.target_kind = ATTEST_CHART_TARGET_NONE;
  g_assert_true (position (&chart, 1, &x[1], &y[1]));
  surface = draw_image (&chart, TRUE);
  g_assert_cmpuint (count_red (surface), ==, 0);
  g_assert_true (near (surface, x[1], y[1], 1, is_blue));
  cairo_surface_destroy (surface);
}

/* No measurements: the axes and a message, and nothing painted behind; a
 * chart of only measurements that are skipped is the same. */
static void
test_empty (void)
{
  static const AttestChartPoint skipped[] = {
    { "2026-01-01", NAN },
    { "2026-02-01", INFINITY },
    { "not a day", 5 },
  };
  Chart chart = { NULL, 0, ATTEST_CHART_TARGET_NONE, 0, NULL, NULL, NULL, 240, 120 };
  cairo_surface_t *empty, *surface;
  guint8 rgb[3], alpha;
  double x, y;

  empty = draw_image (&chart, FALSE);
  g_assert_cmpuint (count_opaque (empty), >, 100);
  /* The message: something is drawn in the middle, away from the axes. */
  {
    gboolean written = FALSE;

    for (int py = 40; py < 80 && !written; py++)
      for (int px = 90; px < 150 && !written; px++)
        {
          pixel (empty, px, py, rgb, &alpha);
          written = alpha > 0;
        }
    g_assert_true (written);
  }
  /* The corners are left as they were. */
  pixel (empty, 0, 0, rgb, &alpha);
  g_assert_cmpuint (alpha, ==, 0);
  pixel (empty, 239, 0, rgb, &alpha);
  g_assert_cmpuint (alpha, ==, 0);

  chart.points = skipped;
  chart.n_points = G_N_ELEMENTS (skipped);
  surface = draw_image (&chart, FALSE);
  g_assert_true (same_pixels (empty, surface));
  g_assert_false (position (&chart, 2, &x, &y));
  cairo_surface_destroy (surface);

  /* Overdue, but with nothing measured there is no time axis to mark it on. */
  chart.points = NULL;
  chart.n_points = 0;
  chart.due = "2026-01-01";
  chart.today = "2026-06-01";
  surface = draw_image (&chart, FALSE);
  g_assert_true (same_pixels (empty, surface));
  cairo_surface_destroy (surface);
  cairo_surface_destroy (empty);

  /* Too small to draw in, or not a size at all: nothing, and no crash. */
  chart = (Chart) { availability, G_N_ELEMENTS (availability), ATTEST_CHART_TARGET_AT_LEAST, 95,
                    "%", NULL, NULL, 10, 10 };
  surface = draw_image (&chart, FALSE);
  g_assert_cmpuint (count_opaque (surface), ==, 0);
  g_assert_false (position (&chart, 0, &x, &y));
  cairo_surface_destroy (surface);
  chart.width = chart.height = 0;
  surface = draw_image (&chart, FALSE);
  cairo_surface_destroy (surface);
  chart = (Chart) { availability, G_N_ELEMENTS (availability), ATTEST_CHART_TARGET_AT_LEAST, 95,
                    "%", NULL, NULL, NAN, 120 };
  g_assert_false (position (&chart, 0, &x, &y));
}

/* What is not a number, far too large or not on a valid day is skipped;
 * the rest are drawn as if it were not there. */
static void
test_skipped (void)
{
  static const AttestChartPoint mixed[] = {
    { "2026-01-01", 97 },
    { "2026-02-01", NAN },
    { "2026-03-01", INFINITY },
    { "2026-04-01", -INFINITY },
    { "2026-05-01", 1e300 },
    { "2026-02-30", 10 },
    { "2026-13-01", 10 },
    { "yesterday", 10 },
    { "2026-6-1", 10 },
    { NULL, 10 },
    { "2026-06-01", 99 },
  };
  static const AttestChartPoint clean[] = {
    { "2026-01-01", 97 },
    { "2026-06-01", 99 },
  };
  Chart chart = { mixed, G_N_ELEMENTS (mixed), ATTEST_CHART_TARGET_AT_LEAST, 95,
                  "%", NULL, NULL, 480, 240 };
  Chart clean_chart = chart;
  cairo_surface_t *a, *b;
  double x, y, cx, cy;

  clean_chart.points = clean;
  clean_chart.n_points = G_N_ELEMENTS (clean);
  for (guint i = 1; i < G_N_ELEMENTS (mixed) - 1; i++)
    g_assert_false (position (&chart, i, &x, &y));
  g_assert_true (position (&chart, 10, &x, &y));
  g_assert_true (position (&clean_chart, 1, &cx, &cy));
  g_assert_cmpfloat (x, ==, cx);
  g_assert_cmpfloat (y, ==, cy);

  a = draw_image (&chart, TRUE);
  b = draw_image (&clean_chart, TRUE);
  g_assert_true (same_pixels (a, b));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  /* A target that is not a number is no target. */
  chart = clean_chart;
  chart.target = NAN;
  clean_chart.target_kind = ATTEST_CHART_TARGET_NONE;
  a = draw_image (&chart, TRUE);
  b = draw_image (&clean_chart, TRUE);
  g_assert_true (same_pixels (a, b));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* One measurement, equal ones, huge and tiny ones: places that are
 * numbers within the chart, and no division by zero. */
static void
test_degenerate (void)
{
  static const AttestChartPoint one[] = { { "2026-01-01", 42 } };
  static const AttestChartPoint equal[] = {
    { "2026-01-01", 5 }, { "2026-02-01", 5 }, { "2026-03-01", 5 },
  };
  static const AttestChartPoint zeros[] = { { "2026-01-01", 0 }, { "2026-01-01", 0 } };
  static const AttestChartPoint wide[] = { { "2026-01-01", -1e12 }, { "2026-02-01", 1e12 } };
  static const AttestChartPoint tiny[] = { { "2026-01-01", 1e-300 }, { "2026-02-01", 2e-300 } };
  static const struct
  {
    const AttestChartPoint *points;
    guint                   n_points;
    gboolean                level;
  } cases[] = {
    { one, G_N_ELEMENTS (one), TRUE },
    { equal, G_N_ELEMENTS (equal), TRUE },
    { zeros, G_N_ELEMENTS (zeros), TRUE },
    { wide, G_N_ELEMENTS (wide), FALSE },
    { tiny, G_N_ELEMENTS (tiny), FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Chart chart = { cases[c].points, cases[c].n_points, ATTEST_CHART_TARGET_NONE, 0,
                      NULL, NULL, NULL, 240, 120 };
      cairo_surface_t *surface = draw_image (&chart, TRUE);
      double first_y = NAN;

      for (guint i = 0; i < cases[c].n_points; i++)
        {
          double x, y;

          g_assert_true (position (&chart, i, &x, &y));
          g_assert_true (isfinite (x) && isfinite (y));
          g_assert_cmpfloat (x, >, 0);
          g_assert_cmpfloat (x, <, 240);
          g_assert_cmpfloat (y, >, 0);
          g_assert_cmpfloat (y, <, 120);
          if (cases[c].level && i > 0)
            g_assert_cmpfloat (y, ==, first_y);
          first_y = y;
          g_assert_true (near (surface, x, y, 1, is_blue));
        }
      cairo_surface_destroy (surface);
    }
}

/* An overdue measurement: a red line at the day it was due, after the
 * last measurement, which moves left to make room; none when it is not
 * yet due. */
static void
test_due (void)
{
  static const AttestChartPoint met[] = {
    { "2026-01-01", 97 },
    { "2026-02-01", 99 },
  };
  Chart chart = { met, G_N_ELEMENTS (met), ATTEST_CHART_TARGET_AT_LEAST, 95,
                  "%", "2026-03-01", "2026-03-01", 480, 240 };
  cairo_surface_t *surface;
  double x, y, due_x, due_y;

  /* Due today: not overdue, nothing red. */
  g_assert_true (position (&chart, 1, &x, &y));
  surface = draw_image (&chart, TRUE);
  g_assert_cmpuint (count_red (surface), ==, 0);
  cairo_surface_destroy (surface);

  /* A day later it is: the last measurement moves left to make room for
   * the day it was due, 28 days after it, a month after the first; a red
   * line there, and no red left of it. */
  chart.today = "2026-03-02";
  g_assert_true (position (&chart, 1, &due_x, &due_y));
  g_assert_cmpfloat (due_x, <, x - 100);
  surface = draw_image (&chart, TRUE);
  g_assert_cmpuint (count_in_columns (surface, (int) due_x + 20, 479, is_red), >, 50);
  g_assert_cmpuint (count_in_columns (surface, 0, (int) due_x + 5, is_red), ==, 0);
  cairo_surface_destroy (surface);

  /* Not a day, or no today: not overdue. */
  chart.due = "soon";
  surface = draw_image (&chart, TRUE);
  g_assert_cmpuint (count_red (surface), ==, 0);
  cairo_surface_destroy (surface);
  chart.due = "2026-03-01";
  chart.today = NULL;
  surface = draw_image (&chart, TRUE);
  g_assert_cmpuint (count_red (surface), ==, 0);
  cairo_surface_destroy (surface);
}

/* The text poppler reads from @chart drawn into a one-page PDF. */
static char *
pdf_text (TestDir     *fixture,
          const char  *name,
          const Chart *chart)
{
  g_autofree char *path = test_dir_path (fixture, name);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create (path, chart->width, chart->height);
  cairo_t *cr = cairo_create (surface);
  PopplerDocument *doc;
  PopplerPage *page;
  char *text;

  attest_metric_chart_draw (cr, chart);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 1);
  page = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (page);
  g_object_unref (page);
  g_object_unref (doc);
  return text;
}

static void
test_pdf (TestDir       *fixture,
          gconstpointer  data)
{
  Chart at_least = { availability, G_N_ELEMENTS (availability), ATTEST_CHART_TARGET_AT_LEAST, 95,
                     "%", "2026-05-15", "2026-06-01", 400, 200 };
  Chart at_most = { closing, G_N_ELEMENTS (closing), ATTEST_CHART_TARGET_AT_MOST, 4,
                    "days", NULL, "2026-06-01", 400, 200 };
  Chart empty = { NULL, 0, ATTEST_CHART_TARGET_AT_LEAST, 95, "%", NULL, NULL, 400, 200 };
  g_autofree char *text = NULL;

  text = pdf_text (fixture, "at-least.pdf", &at_least);
  g_assert_nonnull (strstr (text, "Target at least 95"));
  g_assert_null (strstr (text, "No measurements yet"));
  g_assert_nonnull (strstr (text, "Due"));
  /* The first day and the last, which is the day the next was due. */
  g_assert_nonnull (strstr (text, "1 Jan 2026"));
  g_assert_nonnull (strstr (text, "15 May 2026"));
  /* The ticks with their unit. */
  g_assert_nonnull (strstr (text, "100"));
  g_assert_nonnull (strstr (text, "%"));
  g_clear_pointer (&text, g_free);

  text = pdf_text (fixture, "at-most.pdf", &at_most);
  g_assert_nonnull (strstr (text, "Target at most 4"));
  g_assert_nonnull (strstr (text, "days"));
  g_assert_null (strstr (text, "Due"));
  g_assert_null (strstr (text, "No measurements yet"));
  g_clear_pointer (&text, g_free);

  text = pdf_text (fixture, "empty.pdf", &empty);
  g_assert_nonnull (strstr (text, "No measurements yet"));
  g_assert_nonnull (strstr (text, "Target at least 95"));
  g_clear_pointer (&text, g_free);

  empty.target_kind = ATTEST_CHART_TARGET_NONE;
  text = pdf_text (fixture, "none.pdf", &empty);
  g_assert_nonnull (strstr (text, "No measurements yet"));
  g_assert_null (strstr (text, "Target"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/metric-chart/misses", test_misses);
  g_test_add_func ("/metric-chart/points", test_points);
  g_test_add_func ("/metric-chart/at-most", test_at_most);
  g_test_add_func ("/metric-chart/empty", test_empty);
  g_test_add_func ("/metric-chart/skipped", test_skipped);
  g_test_add_func ("/metric-chart/degenerate", test_degenerate);
  g_test_add_func ("/metric-chart/due", test_due);
  g_test_add ("/metric-chart/pdf", TestDir, NULL, test_dir_setup, test_pdf, test_dir_teardown);
  return g_test_run ();
}
