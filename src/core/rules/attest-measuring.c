/* attest-measuring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-measuring"

#include "config.h"

#include <string.h>

#include "attest-measurement.h"
#include "attest-measuring.h"
#include "attest-process.h"

/* A metric's results over time (9.1): its measurements in the order they
 * were taken, the last of them, and the day the next is due, which follows
 * from the last and how often the metric is measured (the same reckoning
 * as a process's, attest_cadence_dup_next()). The Metrics page, its chart,
 * the readiness rules and the audit pack all ask here. */

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  AttestRecord *first = *(AttestRecord **) a;
  AttestRecord *second = *(AttestRecord **) b;
  int order = strcmp (attest_record_get_string (first, "date"), attest_record_get_string (second, "date"));

  /* Two of one day keep the order they were entered in. */
  if (order == 0)
    order = (attest_record_get_created (first) > attest_record_get_created (second))
            - (attest_record_get_created (first) < attest_record_get_created (second));
  return order;
}

/**
 * attest_metric_dup_measurements:
 * @workspace: a workspace
 * @metric: one of its metrics
 *
 * Returns: (transfer container) (element-type AttestRecord): the metric's
 *   measurements, oldest first (the workspace keeps them)
 */
GPtrArray *
attest_metric_dup_measurements (AttestWorkspace *workspace,
                                AttestRecord    *metric)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_MEASUREMENT, "metric-id",
                                                      attest_record_get_id (metric));
  GPtrArray *measurements = g_ptr_array_sized_new (found->len);

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (measurements, g_ptr_array_index (found, i));
  g_ptr_array_sort (measurements, compare_dates);
  return measurements;
}

/**
 * attest_metric_get_last_measurement:
 * @workspace: a workspace
 * @metric: one of its metrics
 *
 * Returns: (transfer none) (nullable): the measurement of the latest day
 *   with a valid date, or %NULL when none was taken
 */
AttestRecord *
attest_metric_get_last_measurement (AttestWorkspace *workspace,
                                    AttestRecord    *metric)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_MEASUREMENT, "metric-id",
                                                      attest_record_get_id (metric));
  AttestRecord *last = NULL;

  for (guint i = 0; i < found->len; i++)
    {
      AttestRecord *measurement = g_ptr_array_index (found, i);

      if (attest_date_is_valid (attest_record_get_string (measurement, "date"))
          && (last == NULL || compare_dates (&measurement, &last) > 0))
        last = measurement;
    }
  return last;
}

/**
 * attest_metric_dup_next_due:
 * @workspace: a workspace
 * @metric: one of its metrics
 *
 * Returns: (transfer full) (nullable): the day the next measurement is
 *   due, YYYY-MM-DD: the last one's day and the interval after it; %NULL
 *   while none was taken, or for a metric measured when needed
 */
char *
attest_metric_dup_next_due (AttestWorkspace *workspace,
                            AttestRecord    *metric)
{
  AttestRecord *last = attest_metric_get_last_measurement (workspace, metric);

  if (last == NULL)
    return NULL;
  return attest_cadence_dup_next (attest_record_get_string (last, "date"),
                                  attest_record_get_int (metric, "measured-every"),
                                  attest_record_get_enum (metric, "measured-unit"));
}

/**
 * attest_metric_is_overdue:
 * @workspace: a workspace
 * @metric: one of its metrics
 *
 * Returns: whether the next measurement was due before today (by the
 *   core's clock), and is missing
 */
gboolean
attest_metric_is_overdue (AttestWorkspace *workspace,
                          AttestRecord    *metric)
{
  g_autofree char *next = attest_metric_dup_next_due (workspace, metric);

  return attest_date_is_past (next);
}

/**
 * attest_metric_dup_typed_value:
 * @metric: a metric
 * @typed: a value as a person types it, perhaps with the metric's unit
 *   after it: "3.5%", "12 days"
 *
 * The value without the metric's unit (or the unit's first word: "%" of
 * "% of staff") and the spaces around it, for the field rules to check:
 * the unit is the metric's, not each measurement's.
 *
 * Returns: (transfer full): the value
 */
char *
attest_metric_dup_typed_value (AttestRecord *metric,
                               const char   *typed)
{
  g_autofree char *unit = g_strstrip (g_strdup (attest_record_get_string (metric, "unit")));
  char *value = g_strstrip (g_strdup (typed != NULL ? typed : ""));
  char *space = strchr (unit, ' ');
  const char *units[] = { unit, NULL };

  if (space != NULL)
    units[1] = g_strndup (unit, space - unit);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize length = units[i] != NULL ? strlen (units[i]) : 0;

      if (length > 0 && strlen (value) > length && g_str_has_suffix (value, units[i]))
        {
          value[strlen (value) - length] = '\0';
          g_strchomp (value);
          break;
        }
    }
  g_free ((char *) units[1]);
  return value;
}
