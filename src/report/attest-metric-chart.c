/* attest-metric-chart.c: a metric's measurements over time against its
 * target, drawn with Cairo and Pango.
 *
 * Values rise upwards on three to five round ticks; time runs to the right
 * in proportion to the days between the measurements, which are joined in
 * date order. The target is a dashed line named above the chart; a value
 * that misses it is a red cross where the others are blue dots, so that it
 * is told by its shape as well as by its colour. A measurement that is
 * overdue is a dashed red line at the day it was due.
 *
 * The same drawing serves the screen and the audit pack: nothing is painted
 * behind it, and its text and axes are in a grey that reads on a light and
 * on a dark background. Where everything goes is worked out once, by
 * compute_geometry(), for both the drawing and
 * attest_metric_chart_point_position(), with text measured at 72 dpi
 * without hinted metrics, so that the places do not depend on the surface.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-metric-chart"

#include "config.h"

#include "attest-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "attest.h"
#include "attest-metric-chart.h"

#define FONT_FAMILY "Cantarell"
#define MIN_FONT_SIZE 9.0
#define MAX_FONT_SIZE 11.0
/* Beyond this a value is a typing error, not a measurement: it is skipped
 * rather than squashing every other value onto one line. */
#define MAX_VALUE 1e12
#define MAX_TICKS 5
#define MAX_DECIMALS 6

/* #77767b for text and axes, GNOME blue #3584e4 for the data, red #e01b24
 * for a value that misses the target and an overdue measurement. */
static const double ink[3] = { 0x77 / 255.0, 0x76 / 255.0, 0x7b / 255.0 };
static const double blue[3] = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 };
static const double red[3] = { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0 };

typedef struct
{
  guint  index;            /* in the caller's array */
  int    day;              /* Julian day */
  double value;
} Point;

typedef struct
{
  double    width, height;
  double    font_size;
  double    line;          /* the height of a line of text */
  double    radius;        /* a point's marker */
  double    left, top, right, bottom;   /* the plot area, within the axes */
  double    pad;           /* between the plot's sides and the first and last day */
  GArray   *points;        /* Point, by date */
  gboolean  has_target;
  double    target;
  char     *target_text;
  gboolean  overdue;
  int       due_day;
  int       first_day, last_day;
  double    step;
  int       first_tick;    /* the ticks are first_tick * step, ... */
  guint     n_ticks;
  int       decimals;      /* of the ticks' labels */
  char     *unit;
  /* A long unit is written once, above the value axis, rather than at
   * every tick, where it would take the plot's room. */
  gboolean  unit_caption;
} Geometry;

static void
geometry_clear (Geometry *g)
{
  g_clear_pointer (&g->points, g_array_unref);
  g_clear_pointer (&g->target_text, g_free);
  g_clear_pointer (&g->unit, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Geometry, geometry_clear)

/**
 * attest_chart_value_misses:
 * @target_kind: which side of @target the values are to stay on
 * @target: the target
 * @value: a measured value
 *
 * The one test of a value against its target, for the chart, the
 * readiness rules and the audit pack. A value or target that is not a
 * finite number misses nothing: it cannot be placed on either side.
 *
 * Returns: whether @value misses @target
 */
gboolean
attest_chart_value_misses (AttestChartTarget target_kind,
                           double            target,
                           double            value)
{
  if (!isfinite (target) || !isfinite (value))
    return FALSE;
  switch (target_kind)
    {
    case ATTEST_CHART_TARGET_AT_LEAST:
      return value < target;
    case ATTEST_CHART_TARGET_AT_MOST:
      return value > target;
    case ATTEST_CHART_TARGET_NONE:
    default:
      return FALSE;
    }
}

static gboolean
usable_value (double value)
{
  return isfinite (value) && fabs (value) <= MAX_VALUE;
}

static gboolean
parse_day (const char *text,
           int        *day)
{
  int y, m, d;
  GDate date;

  if (!attest_date_is_valid (text) || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  *day = (int) g_date_get_julian (&date);
  return TRUE;
}

static char *
format_day (int day)
{
  GDate date;
  g_autoptr(GDateTime) time = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  time = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), 0, 0, 0);
  return attest_i18n_format_date_short (time);
}

/* The fewest decimals that write @value exactly enough, at most MAX_DECIMALS. */
static int
decimals_of (double value)
{
  double scale = 1;

  for (int d = 0; d < MAX_DECIMALS; d++, scale *= 10)
    if (fabs (value * scale - round (value * scale)) < 1e-6 * scale)
      return d;
  return MAX_DECIMALS;
}

/* @value with @decimals and the unit, kept together on one line: "95 %",
 * "4 days". The figures are written the way the file keeps them. */
static char *
format_value (double      value,
              int         decimals,
              const char *unit)
{
  char format[16];
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, MAX_DECIMALS));
  /* No "-0". */
  if (value == 0)
    value = 0;
  g_ascii_formatd (number, sizeof number, format, value);
  if (unit == NULL || *unit == '\0')
    return g_strdup (number);
  return g_strconcat (number, "\u00a0", unit, NULL);
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            double        size)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static double
text_width (PangoContext *context,
            const char   *text,
            double        size,
            double       *height)
{
  g_autoptr(PangoLayout) layout = new_layout (context, text, size);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
  return (double) logical.width / PANGO_SCALE;
}

/* Round ticks from at most @max_ticks that take in @low to @high. */
static void
choose_ticks (Geometry *g,
              double    low,
              double    high,
              gboolean  positive,
              guint     max_ticks)
{
  static const double multiples[] = { 1, 2, 5 };
  double span, raw, magnitude;

  /* Equal values (or one): a band around them, so that nothing is divided
   * by zero and the line does not sit on an axis. */
  if (high - low < MAX (fmax (fabs (low), fabs (high)) * 1e-3, 1e-6))
    {
      double middle = (low + high) / 2;
      double spread = fabs (middle) >= 1e-5 ? fabs (middle) * 0.1 : 1;

      low = middle - spread;
      high = middle + spread;
    }
  span = high - low;
  low -= span * 0.05;
  high += span * 0.05;
  /* Counts, durations and percentages never go below zero on the axis. */
  if (positive && low < 0)
    low = 0;
  span = high - low;

  raw = span / (max_ticks - 1);
  magnitude = pow (10, floor (log10 (raw)));
  for (guint round = 0; round < 8; round++, magnitude *= 10)
    for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
      {
        double step = multiples[i] * magnitude;
        double first = floor (low / step + 1e-9);
        double last = ceil (high / step - 1e-9);

        if (step < raw * (1 - 1e-9) || last - first + 1 > max_ticks)
          continue;
        g->step = step;
        g->first_tick = (int) first;
        g->n_ticks = (guint) (last - first) + 1;
        g->decimals = step >= 1 ? 0 : MIN ((int) ceil (-log10 (step) - 1e-9), MAX_DECIMALS);
        return;
      }
  /* Not reached: a step of ten times the raw one always fits. */
  g->step = span;
  g->first_tick = 0;
  g->n_ticks = 2;
  g->decimals = MAX_DECIMALS;
}

static double
tick_value (const Geometry *g,
            guint           i)
{
  double value = (g->first_tick + (int) i) * g->step;

  return fabs (value) < g->step * 1e-6 ? 0 : value;
}

static double
y_of_value (const Geometry *g,
            double          value)
{
  double low = tick_value (g, 0);
  double high = tick_value (g, g->n_ticks - 1);

  return g->bottom - (value - low) / (high - low) * (g->bottom - g->top);
}

static double
x_of_day (const Geometry *g,
          int             day)
{
  if (g->last_day == g->first_day)
    return (g->left + g->right) / 2;
  double fraction = (double) (day - g->first_day) / (g->last_day - g->first_day);

  return g->left + g->pad + fraction * (g->right - g->left - 2 * g->pad);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->day != q->day)
    return p->day < q->day ? -1 : 1;
  return p->index < q->index ? -1 : p->index > q->index;
}

/* Where everything goes; FALSE when there is no room for a chart. */
static gboolean
compute_geometry (const AttestChart *chart,
                  Geometry          *g)
{
  const AttestChartPoint *points = chart->points;
  guint n_points = chart->n_points;
  AttestChartTarget target_kind = chart->target_kind;
  double target = chart->target;
  const char *unit = chart->unit;
  const char *due = chart->due;
  const char *today = chart->today;
  double width = chart->width;
  double height = chart->height;
  PangoContext *context;
  cairo_font_options_t *options;
  double low = INFINITY, high = -INFINITY, label_width = 0, plot_height;
  gboolean positive = TRUE;
  int today_day;
  guint max_ticks;

  memset (g, 0, sizeof *g);
  g->points = g_array_new (FALSE, FALSE, sizeof (Point));
  if (!(isfinite (width) && isfinite (height) && width >= 40 && height >= 30))
    return FALSE;
  g->width = width;
  g->height = height;

  /* Measured as drawn at 72 dpi, so that sizes are in the drawing's units,
   * and without hinted metrics, so that the places are the same on every
   * surface. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  g->font_size = CLAMP (MIN (width / 44, height / 22), MIN_FONT_SIZE, MAX_FONT_SIZE);
  text_width (context, "0", g->font_size, &g->line);
  g->radius = g->font_size * 0.38;
  g->pad = g->radius + 4;
  g->unit = g_strdup (unit != NULL ? unit : "");
  g->unit_caption = g->unit[0] != '\0'
                    && text_width (context, g->unit, g->font_size, NULL) > width * 0.12;

  for (guint i = 0; i < n_points; i++)
    {
      Point point = { i, 0, points[i].value };

      if (!usable_value (point.value) || !parse_day (points[i].date, &point.day))
        continue;
      g_array_append_val (g->points, point);
      low = MIN (low, point.value);
      high = MAX (high, point.value);
      positive &= point.value >= 0;
    }
  g_array_sort (g->points, compare_points);

  g->has_target = target_kind != ATTEST_CHART_TARGET_NONE && usable_value (target);
  if (g->has_target)
    {
      g_autofree char *value = format_value (target, decimals_of (target), g->unit);

      g->target = target;
      if (target_kind == ATTEST_CHART_TARGET_AT_LEAST)
        /* TRANSLATORS: the legend of a metric's target line on its chart;
         * %s is the target with its unit, as in "95 %" or "4 days" */
        g->target_text = g_strdup_printf (_("Target at least %s"), value);
      else
        /* TRANSLATORS: the legend of a metric's target line on its chart;
         * %s is the target with its unit, as in "95 %" or "4 days" */
        g->target_text = g_strdup_printf (_("Target at most %s"), value);
      low = MIN (low, target);
      high = MAX (high, target);
      positive &= target >= 0;
    }

  if (g->points->len > 0)
    {
      g->first_day = g_array_index (g->points, Point, 0).day;
      g->last_day = g_array_index (g->points, Point, g->points->len - 1).day;
      g->overdue = parse_day (due, &g->due_day) && parse_day (today, &today_day)
                   && g->due_day < today_day;
      if (g->overdue)
        {
          g->first_day = MIN (g->first_day, g->due_day);
          g->last_day = MAX (g->last_day, g->due_day);
        }
    }

  /* A row for the target's legend and the overdue mark above the plot;
   * below it the dates. */
  if (g->has_target || g->overdue || (g->unit_caption && g->points->len > 0))
    g->top = g->line * 1.5;
  else
    g->top = g->line / 2 + 1;
  g->bottom = height - g->line - g->line * 0.6;
  g->right = width - MAX (g->line / 2, 2);
  plot_height = g->bottom - g->top;

  if (g->points->len == 0)
    {
      g_object_unref (context);
      g->left = g->line;
      return g->right - g->left > 20 && plot_height > g->line;
    }

  /* Tick labels at least two and a half lines apart. */
  max_ticks = CLAMP ((guint) (plot_height / (g->line * 2.5)) + 1, 3, MAX_TICKS);
  if (plot_height < g->line * 4)
    max_ticks = 2;
  choose_ticks (g, low, high, positive, max_ticks);
  for (guint i = 0; i < g->n_ticks; i++)
    {
      g_autofree char *label = NULL;

      label = format_value (tick_value (g, i), g->decimals, g->unit_caption ? NULL : g->unit);

      label_width = MAX (label_width, text_width (context, label, g->font_size, NULL));
    }
  g_object_unref (context);
  g->left = MIN (label_width + g->line * 0.5, width * 0.4);

  return g->right - g->left > 4 * g->pad && plot_height > g->line;
}

/**
 * attest_metric_chart_point_position:
 * @chart: what is drawn, and in what size
 * @index: a measurement in @chart's points
 * @x: (out): where its mark is drawn
 * @y: (out): where its mark is drawn
 *
 * Where attest_metric_chart_draw() draws the measurement @index of the same
 * @chart: for a tooltip on screen, and for the tests.
 *
 * Returns: whether it is drawn: %FALSE for a measurement that is skipped
 *   (not a finite number or not on a valid day) or a chart with no room
 */
gboolean
attest_metric_chart_point_position (const AttestChart *chart,
                                    guint              index,
                                    double            *x,
                                    double            *y)
{
  g_auto(Geometry) g = { 0 };

  g_return_val_if_fail (chart != NULL && (chart->points != NULL || chart->n_points == 0), FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (!compute_geometry (chart, &g))
    return FALSE;
  for (guint i = 0; i < g.points->len; i++)
    {
      const Point *point = &g_array_index (g.points, Point, i);

      if (point->index == index)
        {
          *x = x_of_day (&g, point->day);
          *y = y_of_value (&g, point->value);
          return TRUE;
        }
    }
  return FALSE;
}

/* A layout for @cr in the drawing's units; @max_width > 0 ellipsizes. */
static PangoLayout *
create_layout (cairo_t        *cr,
               const Geometry *g,
               const char     *text,
               double          max_width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILY);

  /* Sizes in the drawing's own units (points on paper, pixels on screen):
   * the same picture on both. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);
  pango_font_description_set_size (desc, (int) (g->font_size * PANGO_SCALE));
  pango_layout_set_font_description (layout, desc);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* @layout with its left edge at @x and its middle at @cy. */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       cy)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - (double) logical.x / PANGO_SCALE,
                 cy - (double) logical.height / PANGO_SCALE / 2 - (double) logical.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
}

static void
set_colour (cairo_t      *cr,
            const double  rgb[3],
            double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

/* The value axis on the left and the time axis at the bottom. */
static void
draw_axes (cairo_t        *cr,
           const Geometry *g)
{
  set_colour (cr, ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, g->left, g->top);
  cairo_line_to (cr, g->left, g->bottom);
  cairo_line_to (cr, g->right, g->bottom);
  cairo_stroke (cr);
}

/* A faint line and a label at each tick. */
static void
draw_ticks (cairo_t        *cr,
            const Geometry *g)
{
  for (guint i = 0; i < g->n_ticks; i++)
    {
      double value = tick_value (g, i);
      double y = y_of_value (g, value);
      g_autofree char *label = format_value (value, g->decimals, g->unit_caption ? NULL : g->unit);
      g_autoptr(PangoLayout) layout = create_layout (cr, g, label, g->left - g->line * 0.3);

      set_colour (cr, ink, 0.3);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->left, y);
      cairo_line_to (cr, g->right, y);
      cairo_stroke (cr);
      set_colour (cr, ink, 1);
      show_layout (cr, layout, MAX (g->left - g->line * 0.3 - layout_width (layout), 0), y);
    }
}

/* The first and last days under the time axis, and the middle one when
 * it fits between them with a label's width to spare on each side, so
 * that a narrow chart's dates do not run together. */
static void
draw_dates (cairo_t        *cr,
            const Geometry *g)
{
  int days[3] = { g->first_day, g->last_day, g->first_day + (g->last_day - g->first_day) / 2 };
  guint n_days = g->last_day == g->first_day ? 1 : 3;
  double x0[3], x1[3];
  double gap = g->font_size * 2;
  double cy = g->bottom + g->line * 0.3 + g->line / 2;
  PangoLayout *layouts[3] = { NULL, NULL, NULL };

  for (guint i = 0; i < n_days; i++)
    {
      g_autofree char *text = format_day (days[i]);
      double x = x_of_day (g, days[i]);
      double w;

      layouts[i] = create_layout (cr, g, text, -1);
      w = layout_width (layouts[i]);
      x0[i] = CLAMP (x - w / 2, 0, MAX (g->width - w, 0));
      x1[i] = x0[i] + w;
    }
  /* The last day gives way to the first, the middle to both. */
  if (n_days > 1 && x1[0] + gap > x0[1])
    n_days = 1;
  if (n_days == 3 && (x1[0] + (x1[2] - x0[2]) > x0[2] || x1[2] + (x1[2] - x0[2]) > x0[1]))
    n_days = 2;

  for (guint i = 0; i < n_days; i++)
    {
      double x = x_of_day (g, days[i]);

      set_colour (cr, ink, 1);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, g->bottom);
      cairo_line_to (cr, x, g->bottom + g->line * 0.3);
      cairo_stroke (cr);
      show_layout (cr, layouts[i], x0[i], cy);
    }
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    g_clear_object (&layouts[i]);
}

static void
draw_target (cairo_t        *cr,
             const Geometry *g)
{
  static const double dashes[] = { 5, 3 };
  double y = y_of_value (g, g->target);

  set_colour (cr, ink, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, g->left, y);
  cairo_line_to (cr, g->right, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The overdue measurement: a dashed red line at the day it was due, named
 * in the row above the plot. Returns the extent of the name in that row. */
static void
draw_due (cairo_t        *cr,
          const Geometry *g,
          double         *label_x0,
          double         *label_x1)
{
  static const double dashes[] = { 3, 3 };
  double x = x_of_day (g, g->due_day);
  /* TRANSLATORS: on a metric's chart, the mark at the day its next
   * measurement was due and was not made */
  g_autoptr(PangoLayout) layout = create_layout (cr, g, _("Due"), -1);
  double w = layout_width (layout);

  set_colour (cr, red, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, g->top);
  cairo_line_to (cr, x, g->bottom);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  *label_x0 = CLAMP (x - w / 2, 0, MAX (g->width - w, 0));
  *label_x1 = *label_x0 + w;
  show_layout (cr, layout, *label_x0, g->line * 0.6);
}

/* The unit, when it is not at every tick, in the row above the plot at
 * the top of the value axis. Returns where it ends. */
static double
draw_unit_caption (cairo_t        *cr,
                   const Geometry *g)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, g, g->unit, g->width * 0.4);

  set_colour (cr, ink, 1);
  show_layout (cr, layout, 0, g->line * 0.6);
  return layout_width (layout);
}

/* The target's legend in the row above the plot, from @start: a piece of
 * its dashed line and its text, clear of the overdue mark's name
 * (@avoid_x0 to @avoid_x1, empty when there is none). */
static void
draw_legend (cairo_t        *cr,
             const Geometry *g,
             double          start,
             double          avoid_x0,
             double          avoid_x1)
{
  static const double dashes[] = { 5, 3 };
  double sample = g->font_size * 1.6;
  double gap = g->font_size * 0.5;
  double x = start, end = g->width;
  double cy = g->line * 0.6;
  g_autoptr(PangoLayout) layout = NULL;

  if (avoid_x1 > avoid_x0)
    {
      /* Before the name when there is room for a few words, else after. */
      if (avoid_x0 - gap - x >= sample + gap + g->font_size * 6)
        end = avoid_x0 - gap;
      else
        x = MAX (x, avoid_x1 + gap);
    }
  if (end - x < sample + gap + g->font_size * 2)
    return;

  set_colour (cr, ink, 1);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_move_to (cr, x, cy);
  cairo_line_to (cr, x + sample, cy);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  layout = create_layout (cr, g, g->target_text, end - x - sample - gap);
  show_layout (cr, layout, x + sample + gap, cy);
}

/* The measurements joined in date order, each marked: a blue dot, or a
 * red cross where it misses the target. */
static void
draw_series (cairo_t           *cr,
             const Geometry    *g,
             AttestChartTarget  target_kind)
{
  set_colour (cr, blue, 1);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* Showing text leaves a current point, which the line must not start from. */
  cairo_new_path (cr);
  for (guint i = 0; i < g->points->len; i++)
    {
      const Point *point = &g_array_index (g->points, Point, i);

      cairo_line_to (cr, x_of_day (g, point->day), y_of_value (g, point->value));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < g->points->len; i++)
    {
      const Point *point = &g_array_index (g->points, Point, i);
      double x = x_of_day (g, point->day);
      double y = y_of_value (g, point->value);

      if (g->has_target && attest_chart_value_misses (target_kind, g->target, point->value))
        {
          double arm = g->radius * 1.2;

          set_colour (cr, red, 1);
          cairo_set_line_width (cr, g->radius * 0.75);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_move_to (cr, x - arm, y - arm);
          cairo_line_to (cr, x + arm, y + arm);
          cairo_move_to (cr, x - arm, y + arm);
          cairo_line_to (cr, x + arm, y - arm);
          cairo_stroke (cr);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        }
      else
        {
          set_colour (cr, blue, 1);
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, g->radius, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

/* No measurements: the axes, and a word in the middle. */
static void
draw_empty (cairo_t        *cr,
            const Geometry *g)
{
  double cx = (g->left + g->right) / 2;
  double cy = (g->top + g->bottom) / 2;
  g_autoptr(PangoLayout) layout = NULL;
  double w;

  /* TRANSLATORS: in the middle of the chart of a metric that has not
   * been measured */
  layout = create_layout (cr, g, _("No measurements yet"), g->right - g->left - 8);
  draw_axes (cr, g);
  w = layout_width (layout);
  set_colour (cr, ink, 1);
  show_layout (cr, layout, cx - w / 2, cy);
}

/**
 * attest_metric_chart_draw:
 * @cr: where to draw
 * @chart: the measurements, the target, the days and the size
 *
 * Draws a metric's measurements over time against its target in the
 * rectangle 0, 0 to @chart's width and height of @cr (points in a PDF, pixels on
 * screen), without painting its background. A measurement that is not a
 * finite number, is larger than a trillion or has no valid day is
 * skipped; with none left the chart says so. When its due day is before today,
 * the measurement missing since is marked at that day.
 */
void
attest_metric_chart_draw (cairo_t           *cr,
                          const AttestChart *chart)
{
  g_auto(Geometry) g = { 0 };
  double due_x0 = 0, due_x1 = 0, legend_x;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL && (chart->points != NULL || chart->n_points == 0));

  if (!compute_geometry (chart, &g))
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  legend_x = g.left;
  if (g.points->len == 0)
    draw_empty (cr, &g);
  else
    {
      if (g.unit_caption)
        legend_x = MAX (legend_x, draw_unit_caption (cr, &g) + g.font_size * 1.5);
      draw_ticks (cr, &g);
      draw_axes (cr, &g);
      draw_dates (cr, &g);
      if (g.has_target)
        draw_target (cr, &g);
      if (g.overdue)
        draw_due (cr, &g, &due_x0, &due_x1);
      draw_series (cr, &g, chart->target_kind);
    }
  if (g.has_target)
    draw_legend (cr, &g, legend_x, due_x0, due_x1);
  cairo_restore (cr);
}

/* Today by the core's one clock, as date fields write it. */
static char *
dup_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (attest_now () / G_USEC_PER_SEC);

  return g_date_time_format (now, "%Y-%m-%d");
}

static AttestChartTarget
target_of (AttestRecord *metric,
           double       *target)
{
  int direction = attest_record_get_enum (metric, "direction");

  *target = 0;
  if (direction == ATTEST_TARGET_DIRECTION_NONE
      || !attest_decimal_parse (attest_record_get_string (metric, "target"), target))
    return ATTEST_CHART_TARGET_NONE;
  return direction == ATTEST_TARGET_DIRECTION_AT_LEAST ? ATTEST_CHART_TARGET_AT_LEAST : ATTEST_CHART_TARGET_AT_MOST;
}

/* The metric's measurements as the chart takes them; those whose value is
 * not a number (none the field rules let in) are left out. */
static GArray *
dup_points (AttestWorkspace *workspace,
            AttestRecord    *metric)
{
  g_autoptr(GPtrArray) measurements = attest_metric_dup_measurements (workspace, metric);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (AttestChartPoint), measurements->len);

  for (guint i = 0; i < measurements->len; i++)
    {
      AttestRecord *measurement = g_ptr_array_index (measurements, i);
      AttestChartPoint point = { attest_record_get_string (measurement, "date"), 0 };

      if (attest_decimal_parse (attest_record_get_string (measurement, "value"), &point.value))
        g_array_append_val (points, point);
    }
  return points;
}

/**
 * attest_metric_chart_draw_metric:
 * @cr: where to draw
 * @workspace: a workspace
 * @metric: one of its metrics
 * @width: the chart's width
 * @height: the chart's height
 *
 * Draws the metric's measurements against its target, with its next
 * measurement marked when it is due and missing: the one drawing of a
 * metric, for the Metrics page and the audit pack alike.
 */
void
attest_metric_chart_draw_metric (cairo_t         *cr,
                                 AttestWorkspace *workspace,
                                 AttestRecord    *metric,
                                 double           width,
                                 double           height)
{
  g_autoptr(GArray) points = dup_points (workspace, metric);
  g_autofree char *due = attest_metric_dup_next_due (workspace, metric);
  g_autofree char *today = dup_today ();
  AttestChart chart = { (const AttestChartPoint *) points->data, points->len, ATTEST_CHART_TARGET_NONE, 0,
                        attest_record_get_string (metric, "unit"), due, today, width, height };

  chart.target_kind = target_of (metric, &chart.target);
  attest_metric_chart_draw (cr, &chart);
}

/**
 * attest_metric_chart_dup_alt_text:
 * @workspace: a workspace
 * @metric: one of its metrics
 *
 * Returns: (transfer full): what the chart shows, in words, for readers
 *   who cannot see it
 */
char *
attest_metric_chart_dup_alt_text (AttestWorkspace *workspace,
                                  AttestRecord    *metric)
{
  g_autoptr(GArray) points = dup_points (workspace, metric);
  g_autofree char *target_text = attest_metric_dup_target (metric);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *values = NULL;
  guint misses = 0;
  double target;
  AttestChartTarget kind = target_of (metric, &target);

  if (points->len == 0)
    return g_strdup (_("No measurements yet"));
  for (guint i = 0; i < points->len; i++)
    if (attest_chart_value_misses (kind, target, g_array_index (points, AttestChartPoint, i).value))
      misses++;
  first = attest_i18n_format_stored_date (g_array_index (points, AttestChartPoint, 0).date);
  last = attest_i18n_format_stored_date (g_array_index (points, AttestChartPoint, points->len - 1).date);
  if (target_text == NULL)
    /* TRANSLATORS: the alternative text of a metric's chart: how many measurements, from which day to which */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measurement, from %s to %s.",
                                         "%u measurements, from %s to %s.", points->len),
                            points->len, first, last);
  /* TRANSLATORS: the alternative text of a metric's chart: how many measurements, from which day to which,
   * the target ("At least 95 %"), and how many miss it */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u measurement, from %s to %s; target: %s; %u missed it.",
                                       "%u measurements, from %s to %s; target: %s; %u missed it.", points->len),
                          points->len, first, last, target_text, misses);
}
