/* attest-heatmap.c: the risk heat map, drawn with Cairo.
 *
 * Likelihood rises upwards, impact to the right; each cell is painted in the
 * colour of the risk level the method gives it and shows how many risks
 * stand there. The same drawing serves the screen and the audit pack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "attest-heatmap.h"

#define AXIS_WIDTH 18.0    /* the rotated axis title */
#define LABEL_WIDTH 22.0   /* the step numbers */
#define LABEL_HEIGHT 18.0
#define GAP 2.0

typedef struct
{
  guint  n_likelihood;
  guint  n_impact;
  double x0, y0;           /* the grid's top left corner */
  double cell_width;
  double cell_height;
} Geometry;

static gboolean
layout_grid (AttestWorkspace *workspace,
             double           width,
             double           height,
             Geometry        *g)
{
  AttestRecord *method = attest_risks_get_method (workspace);

  if (method == NULL)
    return FALSE;
  g->n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  g->n_impact = attest_record_get_strv_length (method, "impact-scale");
  if (g->n_likelihood == 0 || g->n_impact == 0)
    return FALSE;
  g->x0 = AXIS_WIDTH + LABEL_WIDTH;
  g->y0 = 0;
  g->cell_width = (width - g->x0) / g->n_impact;
  g->cell_height = (height - LABEL_HEIGHT - AXIS_WIDTH) / g->n_likelihood;
  return g->cell_width > 2 * GAP && g->cell_height > 2 * GAP;
}

/**
 * attest_heatmap_cell_at:
 * @workspace: a workspace
 * @width: the width the map is drawn in
 * @height: its height
 * @x: a point in the map
 * @y: a point in the map
 * @likelihood: (out): the likelihood of the cell at the point, from 1
 * @impact: (out): its impact, from 1
 *
 * Returns: whether the point is on a cell
 */
gboolean
attest_heatmap_cell_at (AttestWorkspace *workspace,
                        double           width,
                        double           height,
                        double           x,
                        double           y,
                        int             *likelihood,
                        int             *impact)
{
  Geometry g;
  int column, row;

  if (!layout_grid (workspace, width, height, &g) || x < g.x0 || y < g.y0)
    return FALSE;
  column = (int) ((x - g.x0) / g.cell_width);
  row = (int) ((y - g.y0) / g.cell_height);
  if (column < 0 || (guint) column >= g.n_impact || row < 0 || (guint) row >= g.n_likelihood)
    return FALSE;
  *impact = column + 1;
  *likelihood = (int) g.n_likelihood - row;
  return TRUE;
}

/* @text centred on (@cx, @cy), turned by @angle, on lines of at most
 * @width (-1: one line). */
static void
show_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      cx,
           double      cy,
           double      angle,
           double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  /* Sizes in the drawing's own units (points on paper, pixels on screen):
   * the same picture on both. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_rotate (cr, angle);
  cairo_move_to (cr, width > 0 ? -width / 2.0 : -w / 2.0, -h / 2.0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

/* The grid in the method's level colours, each cell labelled with the
 * count of risks there (@counts) or, without counts, the name of its
 * level; the text over a colour in the grey that reads on it. */
static void
draw_grid (cairo_t         *cr,
           AttestWorkspace *workspace,
           GArray          *counts,
           double           width,
           double           height,
           int              selected_likelihood,
           int              selected_impact)
{
  AttestRecord *method = attest_risks_get_method (workspace);
  const char * const *colours;
  double ink[4] = { 0, 0, 0, 1 };
  Geometry g;

  if (!layout_grid (workspace, width, height, &g))
    return;
  cairo_pattern_get_rgba (cairo_get_source (cr), &ink[0], &ink[1], &ink[2], &ink[3]);
  colours = attest_record_get_strv (method, "level-colours");

  for (guint l = 1; l <= g.n_likelihood; l++)
    for (guint i = 1; i <= g.n_impact; i++)
      {
        int level = attest_risk_method_level (method, l, i);
        double x = g.x0 + (i - 1) * g.cell_width + GAP / 2;
        double y = g.y0 + (g.n_likelihood - l) * g.cell_height + GAP / 2;
        double rgb[3], grey;

        attest_colour_parse (level >= 0 && (guint) level < g_strv_length ((char **) colours) ? colours[level] : NULL, rgb);
        grey = attest_colour_text_grey (rgb);
        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        cairo_rectangle (cr, x, y, g.cell_width - GAP, g.cell_height - GAP);
        cairo_fill (cr);
        cairo_set_source_rgb (cr, grey, grey, grey);
        if ((int) l == selected_likelihood && (int) i == selected_impact)
          {
            cairo_set_line_width (cr, 3);
            cairo_rectangle (cr, x + 1.5, y + 1.5, g.cell_width - GAP - 3, g.cell_height - GAP - 3);
            cairo_stroke (cr);
          }
        if (counts != NULL)
          {
            guint count = g_array_index (counts, guint, (l - 1) * g.n_impact + i - 1);
            g_autofree char *text = g_strdup_printf ("%u", count);

            if (count > 0)
              show_text (cr, text, "Sans Bold 13", x + (g.cell_width - GAP) / 2, y + (g.cell_height - GAP) / 2, 0, -1);
          }
        else
          show_text (cr, attest_risk_method_level_name (method, level), "Sans Bold 8",
                     x + (g.cell_width - GAP) / 2, y + (g.cell_height - GAP) / 2, 0, g.cell_width - GAP - 4);
      }

  cairo_set_source_rgba (cr, ink[0], ink[1], ink[2], ink[3]);
  for (guint l = 1; l <= g.n_likelihood; l++)
    {
      g_autofree char *text = g_strdup_printf ("%u", l);

      show_text (cr, text, "Sans 10.5", AXIS_WIDTH + LABEL_WIDTH / 2,
                 g.y0 + (g.n_likelihood - l + 0.5) * g.cell_height, 0, -1);
    }
  for (guint i = 1; i <= g.n_impact; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);

      show_text (cr, text, "Sans 10.5", g.x0 + (i - 0.5) * g.cell_width,
                 g.y0 + g.n_likelihood * g.cell_height + LABEL_HEIGHT / 2, 0, -1);
    }
  show_text (cr, _("Likelihood"), "Sans 10.5", AXIS_WIDTH / 2, g.y0 + g.n_likelihood * g.cell_height / 2, -G_PI / 2, -1);
  show_text (cr, _("Impact"), "Sans 10.5", g.x0 + g.n_impact * g.cell_width / 2,
             g.y0 + g.n_likelihood * g.cell_height + LABEL_HEIGHT + AXIS_WIDTH / 2, 0, -1);
}

/**
 * attest_heatmap_draw:
 * @cr: where to draw
 * @workspace: a workspace
 * @residual: place the risks by their ratings after treatment
 * @width: the width to fill
 * @height: the height to fill
 * @selected_likelihood: the likelihood of a cell to outline, or 0
 * @selected_impact: the impact of that cell, or 0
 *
 * Draws the method's grid with the count of risks in each cell, the step
 * numbers along both axes and the axis titles, in the current source
 * colour for the text outside the cells.
 */
void
attest_heatmap_draw (cairo_t         *cr,
                     AttestWorkspace *workspace,
                     gboolean         residual,
                     double           width,
                     double           height,
                     int              selected_likelihood,
                     int              selected_impact)
{
  g_autoptr(GArray) counts = NULL;
  guint n_likelihood, n_impact;

  counts = attest_risks_heat_counts (workspace, residual, &n_likelihood, &n_impact);
  draw_grid (cr, workspace, counts, width, height, selected_likelihood, selected_impact);
}

/**
 * attest_heatmap_draw_levels:
 * @cr: where to draw
 * @workspace: a workspace
 * @width: the width to fill
 * @height: the height to fill
 *
 * Draws the method's risk matrix as the heat map's grid: each cell in the
 * colour of its level with the level's name, so that it reads in greyscale
 * print too.
 */
void
attest_heatmap_draw_levels (cairo_t         *cr,
                            AttestWorkspace *workspace,
                            double           width,
                            double           height)
{
  draw_grid (cr, workspace, NULL, width, height, 0, 0);
}
