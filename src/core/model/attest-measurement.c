/* attest-measurement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-measurement"

#include "config.h"

#include <string.h>

#include "attest-i18n.h"

#include "attest-clock.h"
#include "attest-measurement.h"

/* One result of monitoring or measurement (9.1): the metric it is of, the
 * day it was taken, the value (a decimal number, checked by the one rule
 * of ATTEST_FIELD_DECIMAL whichever face it came through), a note on what
 * it shows, and where the evidence behind it is kept. */

struct _AttestMeasurement
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestMeasurement, attest_measurement, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* A result is of a day that has come. */
static void
attest_measurement_check (AttestRecord *record,
                          GPtrArray    *problems)
{
  const char *date = attest_record_get_string (record, "date");
  g_autofree char *today = attest_date_dup_today ();

  if (attest_date_is_valid (date) && strcmp (date, today) > 0)
    attest_record_add_problem (problems, "date",
                               _("This day is still to come: write the day the measurement was taken"));
}

static void
attest_measurement_class_init (AttestMeasurementClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_string ("metric-id", NULL, NULL, "", FLAGS), 21, "metric", 0 },
    { g_param_spec_string ("date", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DATE },
    { g_param_spec_string ("value", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_REQUIRED | ATTEST_FIELD_DECIMAL },
    { g_param_spec_string ("note", NULL, NULL, "", FLAGS), 21, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("evidence", NULL, NULL, "", FLAGS), 21, NULL },
  };

  ATTEST_RECORD_CLASS (klass)->check = attest_measurement_check;
  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "measurement", "measurement", 21, FALSE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_measurement_init (AttestMeasurement *self)
{
}
