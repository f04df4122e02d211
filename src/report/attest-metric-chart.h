/* attest-metric-chart.h: a metric's measurements over time against its
 * target, drawn with Cairo and Pango.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "attest.h"

G_BEGIN_DECLS

/**
 * AttestChartPoint:
 * @date: the day of the measurement, YYYY-MM-DD
 * @value: what was measured
 *
 * One measurement of a metric.
 */
typedef struct
{
  const char *date;   /* YYYY-MM-DD */
  double      value;
} AttestChartPoint;

/**
 * AttestChartTarget:
 * @ATTEST_CHART_TARGET_NONE: no target set
 * @ATTEST_CHART_TARGET_AT_LEAST: a value below the target misses it
 * @ATTEST_CHART_TARGET_AT_MOST: a value above the target misses it
 *
 * Which side of its target a metric's values are to stay on.
 */
typedef enum
{
  ATTEST_CHART_TARGET_NONE,      /* no target set */
  ATTEST_CHART_TARGET_AT_LEAST,  /* a value below the target misses it */
  ATTEST_CHART_TARGET_AT_MOST,   /* a value above the target misses it */
} AttestChartTarget;

/**
 * AttestChart:
 * @points: (array length=n_points): the measurements, in any order
 * @n_points: how many
 * @target_kind: which side of @target the values are to stay on
 * @target: the target (unused for %ATTEST_CHART_TARGET_NONE)
 * @unit: (nullable): the unit of the values, as "%" or "days"
 * @due: (nullable): the day the next measurement is due, YYYY-MM-DD
 * @today: (nullable): today, YYYY-MM-DD, given so that the drawing depends
 *   on what it is given only
 * @width: the width to fill (points in a PDF, pixels on screen)
 * @height: the height to fill
 *
 * What attest_metric_chart_draw() draws, and in what size.
 */
typedef struct
{
  const AttestChartPoint *points;
  guint                   n_points;
  AttestChartTarget       target_kind;
  double                  target;
  const char             *unit;
  const char             *due;
  const char             *today;
  double                  width;
  double                  height;
} AttestChart;

void     attest_metric_chart_draw           (cairo_t                *cr,
                                             const AttestChart      *chart);
gboolean attest_metric_chart_point_position (const AttestChart      *chart,
                                             guint                   index,
                                             double                 *x,
                                             double                 *y);

void     attest_metric_chart_draw_metric    (cairo_t                *cr,
                                             AttestWorkspace        *workspace,
                                             AttestRecord           *metric,
                                             double                  width,
                                             double                  height);
char    *attest_metric_chart_dup_alt_text   (AttestWorkspace        *workspace,
                                             AttestRecord           *metric);

gboolean attest_chart_value_misses          (AttestChartTarget       target_kind,
                                             double                  target,
                                             double                  value);

G_END_DECLS
