/* attest-metric.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-metric"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-metric.h"

/* What the ISMS monitors and measures (9.1): what is measured and how, so
 * that results can be compared; how often, as a number and a unit the day
 * the next measurement is due follows from; who measures (the owner), who
 * analyses and evaluates the results and when; and the target with the
 * side of it values should stay. The objectives and the controls whose
 * performance it shows are links (attest-kinds.c); its measurements are
 * records of their own. */

struct _AttestMetric
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestMetric, attest_metric, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/**
 * attest_metric_value_misses:
 * @metric: a metric
 * @value: a measured value
 *
 * Returns: whether @value is on the wrong side of the metric's target;
 *   never for a metric without a target
 */
gboolean
attest_metric_value_misses (AttestRecord *metric,
                            double        value)
{
  int direction = attest_record_get_enum (metric, "direction");
  double target;

  if (direction == ATTEST_TARGET_DIRECTION_NONE
      || !attest_decimal_parse (attest_record_get_string (metric, "target"), &target))
    return FALSE;
  return direction == ATTEST_TARGET_DIRECTION_AT_LEAST ? value < target : value > target;
}

/**
 * attest_metric_dup_target:
 * @metric: a metric
 *
 * Returns: (transfer full) (nullable): its target as a person says it
 *   ("At least 95 %"), or %NULL when it has none
 */
char *
attest_metric_dup_target (AttestRecord *metric)
{
  int direction = attest_record_get_enum (metric, "direction");
  const char *target = attest_record_get_string (metric, "target");
  const char *unit = attest_record_get_string (metric, "unit");
  g_autofree char *stripped = NULL;
  g_autofree char *amount = NULL;

  if (direction == ATTEST_TARGET_DIRECTION_NONE || !attest_decimal_parse (target, NULL))
    return NULL;
  stripped = g_strstrip (g_strdup (target));
  amount = *unit != '\0' ? g_strdup_printf ("%s %s", stripped, unit) : g_strdup (stripped);
  if (direction == ATTEST_TARGET_DIRECTION_AT_LEAST)
    /* TRANSLATORS: a metric's target, such as "At least 95 %" */
    return g_strdup_printf (_("At least %s"), amount);
  /* TRANSLATORS: a metric's target, such as "At most 4 days" */
  return g_strdup_printf (_("At most %s"), amount);
}

/* A side without a target, or a target without its side, says nothing. */
static void
attest_metric_check (AttestRecord *record,
                     GPtrArray    *problems)
{
  gboolean has_target = !attest_text_is_blank (attest_record_get_string (record, "target"));
  gboolean has_side = attest_record_get_enum (record, "direction") != ATTEST_TARGET_DIRECTION_NONE;

  if (has_side && !has_target)
    attest_record_add_problem (problems, "target", _("Set the target the measurements are held to"));
  else if (has_target && !has_side)
    attest_record_add_problem (problems, "direction",
                               _("Say whether values should stay at least or at most at the target"));
}

static void
attest_metric_class_init (AttestMetricClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("name", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("measure", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("method", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_int ("measured-every", NULL, NULL, 1, 999, 1, FLAGS), 21, NULL },
    { g_param_spec_enum ("measured-unit", NULL, NULL, ATTEST_TYPE_CADENCE, ATTEST_CADENCE_MONTHS, FLAGS), 21, NULL },
    { g_param_spec_string ("owner", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED },
    { g_param_spec_string ("owner-id", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_OWNER },
    { g_param_spec_string ("analysed-by", NULL, NULL, "", FLAGS), 21, "person", ATTEST_FIELD_OPTIONAL },
    { g_param_spec_string ("analysis", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_PROSE },
    { g_param_spec_string ("target", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_DECIMAL },
    { g_param_spec_enum ("direction", NULL, NULL, ATTEST_TYPE_TARGET_DIRECTION, ATTEST_TARGET_DIRECTION_NONE, FLAGS),
      21, NULL },
    { g_param_spec_string ("unit", NULL, NULL, "", FLAGS), 21, NULL },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "metric", "metric", 21, FALSE,
                               fields, G_N_ELEMENTS (fields));
  ATTEST_RECORD_CLASS (klass)->check = attest_metric_check;
}

static void
attest_metric_init (AttestMetric *self)
{
}
