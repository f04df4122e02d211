/* test-heatmap.c: the heat map as drawn for the screen and the audit pack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"
#include "attest-heatmap.h"
#include "attest-test-util.h"

#define WIDTH 300
#define HEIGHT 220

static void
pixel (cairo_surface_t *surface,
       int              x,
       int              y,
       guint8           rgb[3])
{
  guint8 *data = cairo_image_surface_get_data (surface);
  guint32 argb = *(guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = (argb >> 16) & 0xff;
  rgb[1] = (argb >> 8) & 0xff;
  rgb[2] = argb & 0xff;
}

/* Finds the top left point of a cell by asking the hit test, so the test
 * holds whatever the margins are. */
static gboolean
cell_corner (AttestWorkspace *workspace,
             int              likelihood,
             int              impact,
             int             *x,
             int             *y)
{
  for (int py = 0; py < HEIGHT; py++)
    for (int px = 0; px < WIDTH; px++)
      {
        int l, i;

        if (attest_heatmap_cell_at (workspace, WIDTH, HEIGHT, px, py, &l, &i) && l == likelihood && i == impact)
          {
            *x = px;
            *y = py;
            return TRUE;
          }
      }
  return FALSE;
}

static void
test_cells (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "heat.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Heat Ltd", &error);
  AttestRecord *method;
  g_autoptr(AttestRecord) risk = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int x, y, l, i;
  guint8 rgb[3];
  guint n_likelihood, n_impact;
  g_autoptr(GArray) counts = NULL;

  g_assert_no_error (error);
  method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  g_assert_nonnull (method);

  /* A risk of likelihood 5 and impact 5, treated down to 1 by 2. */
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Fire", "likelihood", 5, "impact", 5,
                       "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  counts = attest_risks_heat_counts (workspace, FALSE, &n_likelihood, &n_impact);
  g_assert_cmpuint (n_likelihood, ==, 5);
  g_assert_cmpuint (n_impact, ==, 5);
  g_assert_cmpuint (g_array_index (counts, guint, 4 * 5 + 4), ==, 1);
  g_clear_pointer (&counts, g_array_unref);
  counts = attest_risks_heat_counts (workspace, TRUE, &n_likelihood, &n_impact);
  g_assert_cmpuint (g_array_index (counts, guint, 0 * 5 + 1), ==, 1);
  g_assert_cmpuint (g_array_index (counts, guint, 4 * 5 + 4), ==, 0);

  /* Likelihood rises upwards, impact to the right. */
  g_assert_true (cell_corner (workspace, 5, 1, &x, &y));
  g_assert_true (cell_corner (workspace, 1, 5, &l, &i));
  g_assert_cmpint (x, <, l);
  g_assert_cmpint (y, <, i);
  g_assert_false (attest_heatmap_cell_at (workspace, WIDTH, HEIGHT, 1, 1, &l, &i));
  g_assert_false (attest_heatmap_cell_at (workspace, WIDTH, HEIGHT, WIDTH - 1, HEIGHT - 1, &l, &i));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  attest_heatmap_draw (cr, workspace, FALSE, WIDTH, HEIGHT, 0, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Each cell in its level's colour: 1 x 1 is Low (green), 5 x 5 Critical (red). */
  g_assert_true (cell_corner (workspace, 1, 1, &x, &y));
  pixel (surface, x + 4, y + 4, rgb);
  g_assert_cmpuint (rgb[0], ==, 0x2e);
  g_assert_cmpuint (rgb[1], ==, 0xc2);
  g_assert_cmpuint (rgb[2], ==, 0x7e);
  g_assert_true (cell_corner (workspace, 5, 5, &x, &y));
  pixel (surface, x + 4, y + 4, rgb);
  g_assert_cmpuint (rgb[0], ==, 0xe0);
  g_assert_cmpuint (rgb[1], ==, 0x1b);
  g_assert_cmpuint (rgb[2], ==, 0x24);

  /* The count is written in the cell: some pixel of the 5 x 5 cell is not red. */
  {
    gboolean written = FALSE;

    for (int py = y; py < y + 30 && !written; py++)
      for (int px = x; px < x + 40 && !written; px++)
        {
          pixel (surface, px, py, rgb);
          written = rgb[0] != 0xe0 || rgb[1] != 0x1b || rgb[2] != 0x24;
        }
    g_assert_true (written);
  }
  {
    g_autofree char *png = g_test_build_filename (G_TEST_BUILT, "heatmap.png", NULL);

    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (surface);

  /* The method's matrix: the same grid and colours, each cell named with
   * its level in the grey that reads on the colour (white on red). */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  attest_heatmap_draw_levels (cr, workspace, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_true (cell_corner (workspace, 1, 1, &x, &y));
  pixel (surface, x + 4, y + 4, rgb);
  g_assert_cmpuint (rgb[0], ==, 0x2e);
  g_assert_cmpuint (rgb[1], ==, 0xc2);
  g_assert_cmpuint (rgb[2], ==, 0x7e);
  g_assert_true (cell_corner (workspace, 5, 5, &x, &y));
  pixel (surface, x + 4, y + 4, rgb);
  g_assert_cmpuint (rgb[0], ==, 0xe0);
  {
    gboolean white = FALSE;

    for (int py = y; py < y + 30 && !white; py++)
      for (int px = x; px < x + 40 && !white; px++)
        {
          pixel (surface, px, py, rgb);
          white = rgb[0] > 0xf0 && rgb[1] > 0xf0 && rgb[2] > 0xf0;
        }
    g_assert_true (white);
  }
  cairo_surface_destroy (surface);

  /* A method whose scales are empty draws nothing and hits nothing. */
  g_object_set (method, "likelihood-scale", (const char *[]) { NULL }, NULL);
  g_assert_false (attest_heatmap_cell_at (workspace, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2, &l, &i));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  attest_heatmap_draw (cr, workspace, FALSE, WIDTH, HEIGHT, 0, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/heatmap/cells", TestDir, NULL, test_dir_setup, test_cells, test_dir_teardown);
  return g_test_run ();
}
