/* test-record.c: record kinds and their declarations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "attest.h"

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_fields (void)
{
  g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, NULL);
  guint count = 0;

  /* Defaults: empty strings, never NULL; declared enum defaults. */
  g_assert_cmpstr (attest_record_get_string (issue, "title"), ==, "");
  g_assert_cmpint (attest_record_get_enum (issue, "origin"), ==, ATTEST_ISSUE_ORIGIN_EXTERNAL);
  g_assert_cmpuint (strlen (attest_record_get_id (issue)), ==, 36);
  g_assert_cmpint (attest_record_get_created (issue), >, 0);
  g_assert_cmpint (attest_record_get_modified (issue), ==, attest_record_get_created (issue));

  g_signal_connect (issue, "notify::title", G_CALLBACK (on_notify_cb), &count);
  g_object_set (issue, "title", "A", NULL);
  g_object_set (issue, "title", "A", NULL);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (issue, "title", NULL, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (attest_record_get_string (issue, "title"), ==, "");
  g_object_set (issue, "title", NULL, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&issue));
}

static void
test_declarations (void)
{
  const GType *kinds;
  guint n_kinds;
  const char *expected[] = { "organisation", "context-issue", "interested-party", "requirement",
                             "scope", "scope-item", "soa-entry", "setup",
                             "evidence", "soa-version", "risk-method", "asset", "threat",
                             "vulnerability", "risk", "treatment-action", "risk-acceptance", "document",
                             "document-version", "plan-approval", "objective",
                             "planned-change", "resource", "communication", "person", "role", "awareness", "competence",
                             "qualification", "provider", "commitment", "policy", "topic-policy",
                             "process", "metric", "measurement", "audit-programme", "audit", "audit-finding",
                             "nonconformity", "corrective-action", "improvement",
                             "management-review", "review-input", "review-action" };

  kinds = attest_record_kinds (&n_kinds);
  g_assert_cmpuint (n_kinds, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n_kinds; i++)
    {
      AttestRecordClass *klass = g_type_class_peek (kinds[i]);
      const AttestField *fields;
      guint n_fields;

      g_assert_cmpstr (attest_record_class_get_kind (klass), ==, expected[i]);
      g_assert_true (attest_record_kind_lookup (expected[i]) == kinds[i]);
      fields = attest_record_class_get_fields (klass, &n_fields);
      g_assert_cmpuint (n_fields, >, 0);
      g_assert_cmpstr (attest_kind_get_label (expected[i]), !=, expected[i]);
      for (guint f = 0; f < n_fields; f++)
        {
          /* Every field a person may see has a label of its own, and every
           * choice too (the setup bookkeeping is never shown). */
          if (!g_str_equal (expected[i], "setup"))
            g_assert_cmpstr (attest_field_get_label (expected[i], fields[f].pspec->name), !=, fields[f].pspec->name);
          if (G_IS_PARAM_SPEC_ENUM (fields[f].pspec))
            {
              g_autoptr(GEnumClass) enum_class = g_type_class_ref (fields[f].pspec->value_type);

              for (guint v = 0; v < enum_class->n_values; v++)
                g_assert_cmpstr (attest_enum_get_label (fields[f].pspec->value_type, enum_class->values[v].value),
                                 !=, enum_class->values[v].value_nick);
            }
          /* A reference points to a kind declared before this one. */
          if (fields[f].references != NULL)
            {
              GType target = attest_record_kind_lookup (fields[f].references);
              gboolean before = FALSE;

              for (guint j = 0; j < i; j++)
                before |= kinds[j] == target;
              g_assert_true (before);
            }
        }
    }
  g_assert_true (attest_record_kind_lookup ("nothing") == G_TYPE_INVALID);
  g_assert_true (attest_record_class_is_singleton (g_type_class_peek (ATTEST_TYPE_ORGANISATION)));
  g_assert_false (attest_record_class_is_singleton (g_type_class_peek (ATTEST_TYPE_REQUIREMENT)));
}

static void
test_text_forms (void)
{
  g_autoptr(AttestRecord) req = g_object_new (ATTEST_TYPE_REQUIREMENT, NULL);
  g_autoptr(AttestRecord) org = g_object_new (ATTEST_TYPE_ORGANISATION, NULL);
  const AttestField *kind = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (req), "kind");
  const AttestField *addressed = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (req), "addressed");
  const AttestField *locations = attest_record_class_find_field (ATTEST_RECORD_GET_CLASS (org), "locations");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (attest_record_set_field_text (req, kind, "contractual", &error));
  g_assert_cmpint (attest_record_get_enum (req, "kind"), ==, ATTEST_REQUIREMENT_KIND_CONTRACTUAL);
  g_assert_false (attest_record_set_field_text (req, kind, "Contractual", &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (attest_record_set_field_text (req, addressed, "true", &error));
  g_assert_true (attest_record_get_boolean (req, "addressed"));
  g_assert_false (attest_record_set_field_text (req, addressed, "1", &error));
  g_clear_error (&error);

  g_assert_true (attest_record_set_field_text (org, locations, "[\"a\",\"b \\\"c\\\"\"]", &error));
  text = attest_record_dup_field_text (org, locations);
  g_assert_cmpstr (text, ==, "[\"a\",\"b \\\"c\\\"\"]");
  g_assert_false (attest_record_set_field_text (org, locations, "[1]", &error));
  g_clear_error (&error);
}

static void
test_timestamps (void)
{
  gint64 usec = 0;
  g_autofree char *text = attest_timestamp_format (G_GINT64_CONSTANT (1795000000123456));

  g_assert_cmpstr (text, ==, "2026-11-18T11:06:40.123456Z");
  g_assert_true (attest_timestamp_parse (text, &usec));
  g_assert_cmpint (usec, ==, G_GINT64_CONSTANT (1795000000123456));
  g_assert_false (attest_timestamp_parse ("2026-11-18", &usec));
  g_assert_false (attest_timestamp_parse ("1960-01-01T00:00:00Z", &usec));
}

static const char *
problem_of (GPtrArray  *problems,
            const char *field)
{
  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);

      if (g_str_equal (problem->field, field))
        return problem->message;
    }
  return NULL;
}

/* 10.1: an adopted improvement still to carry out has an owner and a due
 * day (else What is due never lists it); one done, or not adopted, needs
 * neither. */
static void
test_adopted_improvement (void)
{
  g_autoptr(AttestRecord) improvement = g_object_new (ATTEST_TYPE_IMPROVEMENT, "title", "Access reviews in the IdP",
                                                      "raised-on", "2026-01-05",
                                                      "decision", ATTEST_IMPROVEMENT_DECISION_ADOPTED, NULL);
  g_autoptr(GPtrArray) problems = attest_record_check (improvement);

  g_assert_nonnull (problem_of (problems, "owner"));
  g_assert_nonnull (strstr (problem_of (problems, "due-date"), "What is due"));
  g_object_set (improvement, "owner", "Tom Okafor", "due-date", "2026-03-01", NULL);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 0);
  g_object_set (improvement, "owner", "", "due-date", "", "status", ATTEST_ACTION_STATUS_DONE, "done-on", "2026-02-01",
                NULL);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 0);
  g_object_set (improvement, "decision", ATTEST_IMPROVEMENT_DECISION_PENDING, "status", ATTEST_ACTION_STATUS_OPEN,
                "done-on", "", NULL);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = attest_record_check (improvement);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* 9.1: a value typed with its metric's unit (or the unit's first word) is
 * kept without it; anything else stays for the field rules to judge. */
static void
test_typed_value (void)
{
  g_autoptr(AttestRecord) percent = g_object_new (ATTEST_TYPE_METRIC, "name", "Phishing clicks", "unit", "%", NULL);
  g_autoptr(AttestRecord) staff = g_object_new (ATTEST_TYPE_METRIC, "name", "Trained", "unit", "% of staff", NULL);
  g_autoptr(AttestRecord) none = g_object_new (ATTEST_TYPE_METRIC, "name", "Incidents", NULL);
  const struct { AttestRecord *metric; const char *typed, *kept; } cases[] = {
    { percent, "3.5%", "3.5" },
    { percent, " 3,5 % ", "3,5" },
    { percent, "%", "%" },
    { percent, "ninety", "ninety" },
    { staff, "97 % of staff", "97" },
    { staff, "97%", "97" },
    { none, "4 %", "4 %" },
    { none, "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *kept = attest_metric_dup_typed_value (cases[i].metric, cases[i].typed);

      g_assert_cmpstr (kept, ==, cases[i].kept);
    }
}

/* One set of field rules: what the JSON and CSV imports refuse is what the
 * forms show beside the field, through attest_record_check(). */
/* 9.1: a measured value and a target are decimal numbers, however typed;
 * a measurement is of a day that has come; a target has its side. */
static void
test_decimals (void)
{
  static const struct { const char *text; gboolean good; double value; } numbers[] = {
    { "97.5", TRUE, 97.5 }, { " 97,5 ", TRUE, 97.5 }, { "-3", TRUE, -3 }, { ".5", TRUE, 0.5 },
    { "+12", TRUE, 12 }, { "1e9", FALSE, 0 }, { "1,000.5", FALSE, 0 }, { "abc", FALSE, 0 },
    { "-", FALSE, 0 }, { ".", FALSE, 0 }, { "nan", FALSE, 0 }, { "inf", FALSE, 0 },
    { "12 %", FALSE, 0 }, { "\xff", FALSE, 0 },
    { "1234567890123456789012345678901", FALSE, 0 },
  };
  g_autoptr(AttestRecord) measurement = NULL;
  g_autoptr(AttestRecord) metric = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *target = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      double value = -1;

      g_assert_cmpint (attest_decimal_parse (numbers[i].text, &value), ==, numbers[i].good);
      if (numbers[i].good)
        g_assert_cmpfloat_with_epsilon (value, numbers[i].value, 1e-9);
    }

  {
    g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 2, 9, 0, 0);

    attest_clock_set_fixed (g_date_time_to_unix (day) * G_USEC_PER_SEC);
  }
  measurement = g_object_new (ATTEST_TYPE_MEASUREMENT, "date", "2026-12-03", "value", "ninety", NULL);
  problems = attest_record_check (measurement);
  g_assert_nonnull (strstr (problem_of (problems, "value"), "number"));
  g_assert_nonnull (strstr (problem_of (problems, "date"), "day the measurement was taken"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (measurement, "date", "2026-12-02", "value", "97,5", NULL);
  problems = attest_record_check (measurement);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  metric = g_object_new (ATTEST_TYPE_METRIC, "name", "Patched within 14 days", "target", "95", "unit", "%", NULL);
  problems = attest_record_check (metric);
  g_assert_nonnull (problem_of (problems, "direction"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_assert_null (attest_metric_dup_target (metric));
  g_assert_false (attest_metric_value_misses (metric, 10));
  g_object_set (metric, "direction", ATTEST_TARGET_DIRECTION_AT_LEAST, NULL);
  target = attest_metric_dup_target (metric);
  g_assert_cmpstr (target, ==, "At least 95 %");
  g_assert_true (attest_metric_value_misses (metric, 94.9));
  g_assert_false (attest_metric_value_misses (metric, 95));
  g_object_set (metric, "direction", ATTEST_TARGET_DIRECTION_AT_MOST, NULL);
  g_assert_true (attest_metric_value_misses (metric, 95.1));
  g_assert_false (attest_metric_value_misses (metric, 3));
  g_object_set (metric, "target", "", NULL);
  problems = attest_record_check (metric);
  g_assert_nonnull (problem_of (problems, "target"));
  attest_clock_reset ();
}

static void
test_field_rules (void)
{
  const char * const colours[] = { "#33d17a", "red", NULL };
  const char * const thresholds[] = { "4", "", "abc", NULL };
  const char * const good[] = { "#33D17A", "", NULL };
  g_autoptr(AttestRecord) method = g_object_new (ATTEST_TYPE_RISK_METHOD, "level-colours", colours,
                                                 "thresholds", thresholds, NULL);
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "review-date", "2027-02-30", NULL);
  g_autoptr(AttestRecord) version = g_object_new (ATTEST_TYPE_SOA_VERSION, "approved-by", "CEO",
                                                  "approved-at", "2026-13-01T00:00:00Z", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  const AttestField *field;
  g_auto(GValue) value = G_VALUE_INIT;
  int item;

  problems = attest_record_check (method);
  g_assert_nonnull (strstr (problem_of (problems, "level-colours"), "#"));
  g_assert_nonnull (strstr (problem_of (problems, "thresholds"), "whole number"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Written as a date, but no day of the calendar: said so; not written
   * as a date: the form asked for. */
  problems = attest_record_check (risk);
  g_assert_cmpstr (problem_of (problems, "review-date"), ==, "There is no such day: check the month and day");
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (risk, "review-date", "30.02.2027", NULL);
  problems = attest_record_check (risk);
  g_assert_cmpstr (problem_of (problems, "review-date"), ==, "Write the date as YYYY-MM-DD");
  g_object_set (risk, "review-date", "2027-02-30", NULL);
  g_assert_null (problem_of (problems, "title"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (risk, "review-date", "2028-02-29", NULL);
  problems = attest_record_check (risk);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  problems = attest_record_check (version);
  g_assert_nonnull (problem_of (problems, "approved-at"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The item that is wrong, and empty items left to readiness. */
  field = attest_record_class_find_field (g_type_class_peek (ATTEST_TYPE_RISK_METHOD), "thresholds");
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, thresholds);
  g_assert_nonnull (attest_field_check_value (field, &value, &item));
  g_assert_cmpint (item, ==, 2);
  field = attest_record_class_find_field (g_type_class_peek (ATTEST_TYPE_RISK_METHOD), "level-colours");
  g_value_set_boxed (&value, good);
  g_assert_null (attest_field_check_value (field, &value, &item));
  g_assert_cmpint (item, ==, -1);

  /* Snapshots: a JSON object of valid text, as Attest writes them. */
  {
    static const struct { const char *text; gboolean good; } snapshots[] = {
      { "", TRUE },
      { "{\"iso27001:2022/A.5.1\":{\"owner\":\"CISO \\ud83d\\ude00\"}}", TRUE },
      { "{\"iso27001:2022/A.5.1\":{\"owner\":\"half \\ud800 a pair\"}}", FALSE },
      { "{\"\\udc00\":1}", FALSE },
      { "[1, 2]", FALSE },
      { "not json", FALSE },
      { "{\"cut\": ", FALSE },
    };
    g_auto(GValue) text = G_VALUE_INIT;

    g_value_init (&text, G_TYPE_STRING);
    for (guint k = 0; k < 2; k++)
      {
        field = attest_record_class_find_field (g_type_class_peek (k == 0 ? ATTEST_TYPE_SOA_VERSION : ATTEST_TYPE_RISK_ACCEPTANCE),
                                                "snapshot");
        for (guint i = 0; i < G_N_ELEMENTS (snapshots); i++)
          {
            g_value_set_string (&text, snapshots[i].text);
            if (snapshots[i].good)
              g_assert_null (attest_field_check_value (field, &text, NULL));
            else
              g_assert_nonnull (attest_field_check_value (field, &text, NULL));
          }
      }
  }
}

static gint64
step_clock (gpointer user_data)
{
  gint64 *now = user_data;

  return *now += 1000;
}

static gpointer
read_clock (gpointer user_data)
{
  return GINT_TO_POINTER (attest_now () == 1767225600000000);
}

/* One source of "now": records, and other threads (the pack's), read the
 * clock tests and the demo set. */
static void
test_clock (void)
{
  gint64 counter = 1700000000000000;
  gint64 before;
  GThread *thread;

  attest_clock_set_fixed (1767225600000000);   /* 2026-01-01 00:00 UTC */
  g_assert_cmpint (attest_now (), ==, 1767225600000000);
  {
    g_autoptr(AttestRecord) issue = g_object_new (ATTEST_TYPE_CONTEXT_ISSUE, NULL);

    g_assert_cmpint (attest_record_get_created (issue), ==, 1767225600000000);
    g_assert_cmpint (attest_record_get_modified (issue), ==, 1767225600000000);
  }
  thread = g_thread_new ("clock", read_clock, NULL);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));

  attest_clock_set (step_clock, &counter);
  g_assert_cmpint (attest_now (), ==, 1700000000001000);
  g_assert_cmpint (attest_now (), ==, 1700000000002000);

  attest_clock_reset ();
  before = g_get_real_time ();
  g_assert_cmpint (attest_now (), >=, before);
  g_assert_cmpint (attest_now (), <=, g_get_real_time ());
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/fields", test_fields);
  g_test_add_func ("/record/declarations", test_declarations);
  g_test_add_func ("/record/text-forms", test_text_forms);
  g_test_add_func ("/record/timestamps", test_timestamps);
  g_test_add_func ("/record/clock", test_clock);
  g_test_add_func ("/record/field-rules", test_field_rules);
  g_test_add_func ("/record/decimals", test_decimals);
  g_test_add_func ("/record/typed-value", test_typed_value);
  g_test_add_func ("/record/adopted-improvement", test_adopted_improvement);

  return g_test_run ();
}
