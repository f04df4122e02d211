/* test-risks.c: the risk method, levels, rules, acceptance, and the SoA link.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "attest.h"
#include "attest-core-test-util.h"
#include "attest-test-util.h"

static AttestRecord *
new_method (guint size)
{
  AttestRecord *method = g_object_new (ATTEST_TYPE_RISK_METHOD, NULL);

  attest_risk_method_apply_preset (method, size);
  return method;
}

static guint
n_problems (AttestRecord *method)
{
  g_autoptr(GPtrArray) problems = attest_risk_method_check (method);
  return problems->len;
}

static void
test_presets (void)
{
  for (guint size = 3; size <= 5; size++)
    {
      g_autoptr(AttestRecord) method = new_method (size);
      guint n_levels = g_strv_length ((char **) attest_record_get_strv (method, "levels"));

      g_assert_cmpuint (n_problems (method), ==, 0);
      g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "likelihood-scale")), ==, size);
      /* Every step comes with our description of it. */
      for (guint k = 0; k < size; k++)
        {
          g_assert_cmpstr (attest_record_get_strv (method, "likelihood-descriptions")[k], !=, "");
          g_assert_cmpstr (attest_record_get_strv (method, "impact-descriptions")[k], !=, "");
        }
      g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 0);
      g_assert_cmpint (attest_risk_method_level (method, size, size), ==, n_levels - 1);
      g_assert_cmpint (attest_risk_method_level (method, 0, 2), ==, ATTEST_RISK_NOT_ASSESSED);
      g_assert_cmpint (attest_risk_method_level (method, size + 1, 1), ==, ATTEST_RISK_OFF_SCALE);
      /* Levels never fall as likelihood or impact rise. */
      for (guint l = 1; l <= size; l++)
        for (guint i = 1; i <= size; i++)
          {
            int level = attest_risk_method_level (method, l, i);

            if (l < size)
              g_assert_cmpint (attest_risk_method_level (method, l + 1, i), >=, level);
            if (i < size)
              g_assert_cmpint (attest_risk_method_level (method, l, i + 1), >=, level);
          }
    }
}

static void
test_product_and_sum (void)
{
  g_autoptr(AttestRecord) method = new_method (5);
  static const char * const sum_thresholds[] = { "4", "6", "8", NULL };

  /* 5×5 product, thresholds 4, 9, 16: low, medium, high, critical. */
  g_assert_cmpint (attest_risk_method_level (method, 2, 2), ==, 0);   /* 4 */
  g_assert_cmpint (attest_risk_method_level (method, 1, 5), ==, 1);   /* 5 */
  g_assert_cmpint (attest_risk_method_level (method, 3, 3), ==, 1);   /* 9 */
  g_assert_cmpint (attest_risk_method_level (method, 2, 5), ==, 2);   /* 10 */
  g_assert_cmpint (attest_risk_method_level (method, 4, 4), ==, 2);   /* 16 */
  g_assert_cmpint (attest_risk_method_level (method, 4, 5), ==, 3);   /* 20 */
  g_assert_cmpstr (attest_risk_method_level_name (method, 3), ==, "Critical");
  g_assert_cmpstr (attest_risk_method_level_name (method, ATTEST_RISK_NOT_ASSESSED), ==, "Not assessed");
  /* A score is one unit: no line wraps inside it. */
  {
    g_autofree char *score = attest_risk_method_dup_score (method, 3, 4, 5);
    g_autofree char *unassessed = attest_risk_method_dup_score (method, ATTEST_RISK_NOT_ASSESSED, 0, 0);

    g_assert_cmpstr (score, ==, "Critical\u00a0(4\u00a0×\u00a05)");
    g_assert_cmpstr (unassessed, ==, "Not assessed");
  }

  /* Sum: 2 to 10, thresholds 4, 6, 8. */
  g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_SUM, "thresholds", sum_thresholds, NULL);
  g_assert_cmpuint (n_problems (method), ==, 0);
  g_assert_cmpint (attest_risk_method_level (method, 2, 2), ==, 0);   /* 4 */
  g_assert_cmpint (attest_risk_method_level (method, 1, 5), ==, 1);   /* 6 */
  g_assert_cmpint (attest_risk_method_level (method, 4, 4), ==, 2);   /* 8 */
  g_assert_cmpint (attest_risk_method_level (method, 5, 4), ==, 3);   /* 9 */
}

static void
test_matrix_and_six_levels (void)
{
  g_autoptr(AttestRecord) method = new_method (3);
  static const char * const matrix[] = { "0", "0", "1", "0", "1", "2", "1", "2", "2", NULL };
  static const char * const short_matrix[] = { "0", "1", NULL };
  static const char * const six[] = { "1", "2", "3", "4", "5", "6", NULL };
  static const char * const six_descriptions[] = { "a", "b", "c", "d", "e", "f", NULL };

  /* A matrix painted cell by cell, likelihood row by row. */
  g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_MATRIX, "matrix", matrix, NULL);
  g_assert_cmpuint (n_problems (method), ==, 0);
  for (guint l = 1; l <= 3; l++)
    for (guint i = 1; i <= 3; i++)
      g_assert_cmpint (attest_risk_method_level (method, l, i), ==, atoi (matrix[(l - 1) * 3 + (i - 1)]));
  g_object_set (method, "matrix", short_matrix, NULL);
  g_assert_cmpuint (n_problems (method), ==, 1);
  g_assert_cmpint (attest_risk_method_level (method, 3, 3), ==, ATTEST_RISK_OFF_SCALE);

  /* Six levels on both scales, 4 risk levels on the product up to 36. */
  {
    static const char * const thresholds[] = { "6", "12", "24", NULL };
    static const char * const levels[] = { "Low", "Medium", "High", "Critical", NULL };
    static const char * const colours[] = { "#2ec27e", "#f5c211", "#ff7800", "#e01b24", NULL };

    g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_PRODUCT,
                  "likelihood-scale", six, "likelihood-descriptions", six_descriptions,
                  "impact-scale", six, "impact-descriptions", six_descriptions,
                  "levels", levels, "level-colours", colours, "thresholds", thresholds, NULL);
    g_assert_cmpuint (n_problems (method), ==, 0);
    g_assert_cmpint (attest_risk_method_level (method, 6, 6), ==, 3);
    g_assert_cmpint (attest_risk_method_level (method, 2, 3), ==, 0);
    g_assert_cmpint (attest_risk_method_level (method, 4, 6), ==, 2);
  }
}

/* Turning to the matrix starts it from the levels the scores gave; a
 * painted cell keeps its level when a scale grows or shrinks. */
static void
test_matrix_fit_and_paint (void)
{
  for (guint size = 3; size <= 5; size++)
    {
      g_autoptr(AttestRecord) method = new_method (size);
      int before[6][6];

      for (guint l = 1; l <= size; l++)
        for (guint i = 1; i <= size; i++)
          before[l - 1][i - 1] = attest_risk_method_level (method, l, i);
      g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_MATRIX, NULL);
      g_assert_cmpuint (n_problems (method), ==, 1);
      g_assert_true (attest_risk_method_fit_matrix (method, 0, 0, ATTEST_RISK_COMPUTATION_PRODUCT));
      g_assert_cmpuint (n_problems (method), ==, 0);
      for (guint l = 1; l <= size; l++)
        for (guint i = 1; i <= size; i++)
          g_assert_cmpint (attest_risk_method_level (method, l, i), ==, before[l - 1][i - 1]);
      /* Fitting a matrix that fits changes nothing. */
      g_assert_false (attest_risk_method_fit_matrix (method, size, size, ATTEST_RISK_COMPUTATION_PRODUCT));

      /* Paint the top right cell the lowest level, the bottom left the highest. */
      g_assert_true (attest_risk_method_paint (method, size, size, 0));
      g_assert_false (attest_risk_method_paint (method, size, size, 0));
      g_assert_true (attest_risk_method_paint (method, 1, 1, 2));
      g_assert_cmpint (attest_risk_method_level (method, size, size), ==, 0);
      g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 2);
    }

  {
    g_autoptr(AttestRecord) method = new_method (3);
    static const char * const four[] = { "a", "b", "c", "d", NULL };
    static const char * const two_levels[] = { "Low", "High", NULL };
    static const char * const two_colours[] = { "#2ec27e", "#e01b24", NULL };

    g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_MATRIX, NULL);
    attest_risk_method_fit_matrix (method, 0, 0, ATTEST_RISK_COMPUTATION_PRODUCT);
    attest_risk_method_paint (method, 1, 3, 2);
    attest_risk_method_paint (method, 3, 1, 0);

    /* A fourth impact step: painted cells stay where they were. */
    g_object_set (method, "impact-scale", four, "impact-descriptions", four, NULL);
    g_assert_true (attest_risk_method_fit_matrix (method, 3, 3, ATTEST_RISK_COMPUTATION_PRODUCT));
    g_assert_cmpuint (g_strv_length ((char **) attest_record_get_strv (method, "matrix")), ==, 12);
    g_assert_cmpint (attest_risk_method_level (method, 1, 3), ==, 2);
    g_assert_cmpint (attest_risk_method_level (method, 3, 1), ==, 0);
    g_assert_cmpint (attest_risk_method_level (method, 3, 4), >=, 0);
    g_assert_cmpuint (n_problems (method), ==, 0);

    /* Fewer levels: a cell of a level that is gone takes the highest. */
    g_object_set (method, "levels", two_levels, "level-colours", two_colours, "acceptance-level", 0, "escalation-level", 1, NULL);
    g_assert_true (attest_risk_method_fit_matrix (method, 3, 4, ATTEST_RISK_COMPUTATION_PRODUCT));
    g_assert_cmpint (attest_risk_method_level (method, 1, 3), ==, 1);
    g_assert_cmpuint (n_problems (method), ==, 0);

    /* Without rising thresholds, a new matrix ranks the cells by their product. */
    {
      static const char * const none[] = { NULL };
      static const char * const empty[] = { NULL };

      g_object_set (method, "thresholds", none, "matrix", empty, NULL);
      g_assert_true (attest_risk_method_fit_matrix (method, 0, 0, ATTEST_RISK_COMPUTATION_PRODUCT));
      g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 0);
      g_assert_cmpint (attest_risk_method_level (method, 3, 4), ==, 1);
    }
  }
}

/* Text on any level colour keeps at least 4.5:1 contrast (WCAG AA), so a
 * user's colours stay readable in light and dark mode alike. */
static double
contrast (double a,
          double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static void
test_colours (void)
{
  double rgb[3];
  g_autoptr(AttestRecord) method = new_method (4);
  static const char * const bad[] = { "#2ec27e", "yellow", "#ff7800", "#e01b24", NULL };

  g_assert_true (attest_colour_parse ("#e01b24", rgb));
  g_assert_cmpfloat_with_epsilon (rgb[0], 0xe0 / 255.0, 1e-9);
  g_assert_false (attest_colour_parse ("e01b24", rgb));
  g_assert_false (attest_colour_parse ("#e01b2", rgb));
  g_assert_false (attest_colour_parse ("#e01b24ff", rgb));
  g_assert_false (attest_colour_parse (NULL, rgb));

  for (guint r = 0; r < 256; r += 15)
    for (guint g = 0; g < 256; g += 15)
      for (guint b = 0; b < 256; b += 15)
        {
          double colour[3] = { r / 255.0, g / 255.0, b / 255.0 };
          double text = attest_colour_text_grey (colour);

          g_assert_cmpfloat (contrast (attest_colour_luminance (colour), text), >=, 4.5);
        }

  g_object_set (method, "level-colours", bad, NULL);
  g_assert_cmpuint (n_problems (method), ==, 1);
}

static char *
joined (AttestRecord *method,
        const char   *field)
{
  return g_strjoinv (";", (char **) attest_record_get_strv (method, field));
}

#define assert_field(method, field, expected) \
  G_STMT_START { g_autofree char *_text = joined (method, field); g_assert_cmpstr (_text, ==, expected); } G_STMT_END

/* Levels added above the highest and removed from anywhere: the colours,
 * highest scores, matrix cells, acceptance and escalation follow. */
static void
test_add_and_remove_levels (void)
{
  g_autoptr(AttestRecord) method = new_method (5);   /* Low, Medium, High, Critical; 4; 9; 16 */
  int lowest, highest;

  attest_risk_method_score_range (method, &lowest, &highest);
  g_assert_cmpint (lowest, ==, 1);
  g_assert_cmpint (highest, ==, 25);
  g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_SUM, NULL);
  attest_risk_method_score_range (method, &lowest, &highest);
  g_assert_cmpint (lowest, ==, 2);
  g_assert_cmpint (highest, ==, 10);
  g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_PRODUCT, NULL);

  /* A fifth level: unnamed, in a colour not used yet, starting half way
   * between the old highest level's start and the top. */
  g_assert_true (attest_risk_method_add_level (method));
  assert_field (method, "levels", "Low;Medium;High;Critical;");
  assert_field (method, "level-colours", "#2ec27e;#f5c211;#ff7800;#e01b24;#c061cb");
  assert_field (method, "thresholds", "4;9;16;20");
  g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 4);
  g_assert_cmpint (attest_risk_method_level (method, 4, 5), ==, 3);
  g_assert_cmpuint (n_problems (method), ==, 1);   /* Level 5: give it a name. */
  {
    static const char * const five[] = { "Low", "Medium", "High", "Critical", "Extreme", NULL };

    g_object_set (method, "levels", five, NULL);
  }
  g_assert_cmpuint (n_problems (method), ==, 0);
  g_assert_true (attest_risk_method_add_level (method));
  g_assert_false (attest_risk_method_add_level (method));   /* six at most */

  /* Removing a middle level: its highest score goes; acceptance (Medium,
   * 1) and escalation (Critical, 3) keep naming their levels. */
  method = (g_object_unref (method), new_method (5));
  g_object_set (method, "acceptance-level", 1, "escalation-level", 3, NULL);
  attest_risk_method_fit_matrix (method, 0, 0, ATTEST_RISK_COMPUTATION_PRODUCT);
  g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 3);
  g_assert_true (attest_risk_method_remove_level (method, 2));
  assert_field (method, "levels", "Low;Medium;Critical");
  assert_field (method, "level-colours", "#2ec27e;#f5c211;#e01b24");
  assert_field (method, "thresholds", "4;16");
  g_assert_cmpint (attest_record_get_int (method, "acceptance-level"), ==, 1);
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 2);
  g_assert_cmpuint (n_problems (method), ==, 0);
  /* The matrix: High's cells fall to Medium, Critical's stay Critical. */
  g_object_set (method, "computation", ATTEST_RISK_COMPUTATION_MATRIX, NULL);
  g_assert_cmpint (attest_risk_method_level (method, 5, 5), ==, 2);
  g_assert_cmpint (attest_risk_method_level (method, 3, 4), ==, 1);   /* 12: was High */
  g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 0);
  g_assert_cmpuint (n_problems (method), ==, 0);

  /* The highest level: the level below gives up its highest score. */
  g_assert_true (attest_risk_method_remove_level (method, 2));
  assert_field (method, "levels", "Low;Medium");
  assert_field (method, "thresholds", "4");
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 1);
  g_assert_false (attest_risk_method_remove_level (method, 0));   /* two at least */

  /* The lowest level: its cells take the level that is now the lowest,
   * and an acceptance level on it stays the lowest. */
  method = (g_object_unref (method), new_method (5));
  g_object_set (method, "acceptance-level", 0, "escalation-level", 1, NULL);
  g_assert_true (attest_risk_method_remove_level (method, 0));
  assert_field (method, "levels", "Medium;High;Critical");
  assert_field (method, "thresholds", "9;16");
  g_assert_cmpint (attest_record_get_int (method, "acceptance-level"), ==, 0);
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 1);
  g_assert_cmpint (attest_risk_method_level (method, 1, 1), ==, 0);
}

static void
test_method_checks (void)
{
  g_autoptr(AttestRecord) method = new_method (4);
  static const char * const two[] = { "Low", "High", NULL };
  static const char * const falling[] = { "6", "3", "11", NULL };
  g_autoptr(GPtrArray) problems = NULL;

  g_object_set (method, "likelihood-scale", two, NULL);
  problems = attest_risk_method_check (method);
  g_assert_cmpuint (problems->len, ==, 2);   /* 3 to 6 levels; a description each */
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A sixth impact step without a description, or with a blank one: the
   * message names the step. */
  {
    static const char * const six[] = { "1", "2", "3", "4", "5", "6", NULL };
    static const char * const five_descriptions[] = { "a", "b", "c", "d", "e", NULL };
    static const char * const blank_third[] = { "a", "b", " ", "d", "e", "f", NULL };

    attest_risk_method_apply_preset (method, 4);
    g_object_set (method, "impact-scale", six, "impact-descriptions", five_descriptions, NULL);
    problems = attest_risk_method_check (method);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "impact-descriptions");
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->message, ==, "Impact step 6: give it a description.");
    g_clear_pointer (&problems, g_ptr_array_unref);
    g_object_set (method, "impact-descriptions", blank_third, NULL);
    problems = attest_risk_method_check (method);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->message, ==, "Impact step 3: give it a description.");
    g_clear_pointer (&problems, g_ptr_array_unref);
  }
  /* A step without a name: the message names the step too. */
  {
    static const char * const unnamed_fourth[] = { "Rare", "Unlikely", "Possible", " ", NULL };

    attest_risk_method_apply_preset (method, 4);
    g_object_set (method, "likelihood-scale", unnamed_fourth, NULL);
    problems = attest_risk_method_check (method);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "likelihood-scale");
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->message, ==, "Likelihood step 4: give it a name.");
    g_clear_pointer (&problems, g_ptr_array_unref);
  }

  attest_risk_method_apply_preset (method, 4);
  g_object_set (method, "thresholds", falling, "acceptance-level", 5, NULL);
  problems = attest_risk_method_check (method);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "thresholds");
  /* The message names the level and the score it must rise above. */
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->message, ==,
                   "Level 2: give it a highest score above 6, level 1’s.");
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 1))->field, ==, "acceptance-level");
  g_clear_pointer (&problems, g_ptr_array_unref);
  {
    static const char * const missing[] = { "3", NULL };
    static const char * const unnamed[] = { "Low", "Medium", "", "Critical", NULL };

    attest_risk_method_apply_preset (method, 4);
    g_object_set (method, "thresholds", missing, "levels", unnamed, NULL);
    problems = attest_risk_method_check (method);
    g_assert_cmpuint (problems->len, ==, 2);
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "levels");
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->message, ==, "Level 3: give it a name.");
    g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 1))->message, ==,
                     "Level 2: give the highest score it covers.");
    g_assert_cmpint (attest_risk_method_threshold_problem (method), ==, 1);
    g_clear_pointer (&problems, g_ptr_array_unref);
  }

  /* The escalation level is a level above the acceptance level, and the
   * method names who decides there. */
  attest_risk_method_apply_preset (method, 4);
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 3);
  g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==, attest_risk_method_default_authority ());
  g_object_set (method, "escalation-level", 4, NULL);
  problems = attest_risk_method_check (method);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "escalation-level");
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_object_set (method, "escalation-level", 1, NULL);   /* the acceptance level itself */
  g_assert_cmpuint (n_problems (method), ==, 1);
  g_object_set (method, "escalation-level", 2, "escalation-authority", " ", NULL);
  problems = attest_risk_method_check (method);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AttestProblem *) g_ptr_array_index (problems, 0))->field, ==, "escalation-authority");
  g_clear_pointer (&problems, g_ptr_array_unref);
  /* Another preset keeps who decides. */
  g_object_set (method, "escalation-authority", "Board risk committee", NULL);
  attest_risk_method_apply_preset (method, 3);
  g_assert_cmpint (attest_record_get_int (method, "escalation-level"), ==, 2);
  g_assert_cmpstr (attest_record_get_string (method, "escalation-authority"), ==, "Board risk committee");
  g_assert_cmpuint (n_problems (method), ==, 0);
}

static gboolean any_says (GPtrArray *findings, const char *text);

static void
test_method_change (TestDir       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AttestWorkspace) workspace = new_demo (fixture, "change.isms", ATTEST_DEMO_SMALL);
  AttestRecord *method = attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_autoptr(GArray) before = attest_risks_levels (workspace);
  g_autoptr(AttestRecord) first = g_list_model_get_item (risks, 0);
  g_autoptr(GPtrArray) findings = NULL;
  gboolean off_scale = FALSE;
  int likelihood, impact;

  /* The demo as made: every risk assessed, nothing flagged but one
   * warning: the privacy lead, who owns the email risk, has not approved
   * the plan yet. Every target is within the acceptance level. */
  findings = attest_risks_check (workspace);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((AttestFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_true (any_says (findings, "People, finance and privacy lead (Daniel Mensah) owns 1 risk in the treatment plan "
                                     "and has not approved the plan for it"));
  {
    gboolean target = FALSE;

    for (guint i = 0; i < findings->len; i++)
      target |= g_strcmp0 (((AttestFinding *) g_ptr_array_index (findings, i))->rule, "risk-target-not-accepted") == 0;
    g_assert_false (target);
  }
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* To 3×3: levels change; values beyond the scales are kept and flagged. */
  attest_risk_method_apply_preset (method, 3);
  g_assert_cmpuint (attest_risks_count_changed (workspace, before), >, 0);
  g_object_get (first, "likelihood", &likelihood, "impact", &impact, NULL);
  g_assert_cmpint (likelihood, ==, 3);
  g_assert_cmpint (impact, ==, 5);
  g_assert_cmpint (attest_risk_level (workspace, first, FALSE), ==, ATTEST_RISK_OFF_SCALE);
  findings = attest_risks_check (workspace);
  for (guint i = 0; i < findings->len; i++)
    off_scale |= strstr (((AttestFinding *) g_ptr_array_index (findings, i))->message, "beyond the method's scales") != NULL;
  g_assert_true (off_scale);

  /* And back: the same levels as before. */
  attest_risk_method_apply_preset (method, 5);
  g_assert_cmpuint (attest_risks_count_changed (workspace, before), ==, 0);
}

static void
test_soa_derivation (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "derive.isms", "Acme");
  AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Data lost for good", NULL);
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) links = NULL;

  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "owner", "IT", "target-date", "2027-01-01", NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  g_assert_no_error (error);

  /* The risk's treatment is the control's reason, with nobody ticking it. */
  reasons = attest_soa_dup_reasons (workspace, entry);
  g_assert_cmpuint (reasons->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (reasons, 0), ==, "Risk treatment");
  {
    g_autoptr(GPtrArray) findings = attest_soa_check_entry (workspace, entry);
    g_assert_cmpuint (findings->len, ==, 0);
  }

  /* Both ways: from the risk to its controls and back. */
  links = attest_workspace_dup_links (workspace, "risk-control", &error);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (links, 0), ==, attest_record_get_id (risk));
  g_assert_cmpstr (g_ptr_array_index (links, 1), ==, attest_record_get_id (entry));

  /* Deleting the risk takes the reason away. */
  g_assert_true (attest_workspace_remove (workspace, risk, &error));
  g_clear_pointer (&reasons, g_ptr_array_unref);
  reasons = attest_soa_dup_reasons (workspace, entry);
  g_assert_cmpuint (reasons->len, ==, 0);
}

static gboolean
says (AttestWorkspace *workspace,
      AttestRecord    *risk,
      const char      *words)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  for (guint i = 0; i < findings->len; i++)
    if (strstr (((AttestFinding *) g_ptr_array_index (findings, i))->message, words) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
count_accepts_cb (const AttestHistoryRow  *row,
                  gpointer                 user_data,
                  GError                 **error)
{
  /* A decision, then who decided: named in the chain itself. */
  if (g_strcmp0 (row->action, "accept") == 0 && g_strcmp0 (row->field, "decision") == 0)
    (*(guint *) user_data)++;
  else if (g_strcmp0 (row->action, "accept") == 0)
    {
      g_assert_cmpstr (row->field, ==, "accepted-by");
      g_assert_cmpstr (row->new_value, ==, "IT lead");
    }
  return TRUE;
}

static void
test_rules_and_acceptance (TestDir       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "rules.isms", "Acme");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", NULL);
  AttestRecord *acceptance;
  guint accepts = 0;

  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (says (workspace, risk, "Ransomware: not assessed yet"));
  g_assert_true (says (workspace, risk, "no risk owner"));

  /* 4×5 = 20: critical, above "medium" (the 5×5 preset's acceptance level). */
  g_object_set (risk, "owner", "IT lead", "likelihood", 4, "impact", 5, NULL);
  g_assert_true (says (workspace, risk, "above the acceptance level and no treatment chosen"));
  g_object_set (risk, "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  g_assert_false (says (workspace, risk, "no treatment chosen"));
  /* No residual assessment: the inherent level stands, not accepted. */
  g_assert_true (says (workspace, risk, "its owner has not accepted it"));
  g_object_set (risk, "residual-likelihood", 2, "residual-impact", 4, NULL);   /* 8: medium */
  g_assert_false (says (workspace, risk, "not accepted"));
  g_object_set (risk, "residual-impact", 5, NULL);   /* 10: high */
  g_assert_true (says (workspace, risk, "its owner has not accepted it"));

  /* Accepted by its owner, with the risk as it was; later edits outdate it. */
  acceptance = attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Insurance covers it", &error);
  g_assert_no_error (error);
  g_assert_nonnull (acceptance);
  g_assert_true (attest_risk_get_acceptance (workspace, risk) == acceptance);
  g_assert_false (attest_risk_acceptance_is_outdated (workspace, acceptance));
  g_assert_nonnull (strstr (attest_record_get_string (acceptance, "snapshot"), "\"residual-impact\":\"5\""));
  /* "Modify" needs an action in the treatment plan. */
  g_assert_true (says (workspace, risk, "the treatment plan has no action for it"));
  {
    g_autoptr(AttestRecord) action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                                                   "title", "Offline backups", "owner", "IT lead",
                                                   "status", ATTEST_ACTION_STATUS_DONE, NULL);
    g_assert_true (attest_workspace_add (workspace, action, &error));
  }
  /* ... and a control that treats it, in place. */
  {
    AttestRecord *entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");

    g_assert_true (says (workspace, risk, "no Annex A control is chosen to treat it"));
    g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE,
                  "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
    g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  }
  {
    g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);
    g_assert_cmpuint (findings->len, ==, 0);
  }
  g_object_set (risk, "description", "Now with a description", NULL);
  g_assert_true (attest_risk_acceptance_is_outdated (workspace, acceptance));
  g_assert_true (says (workspace, risk, "the acceptance is outdated"));

  /* A rejection is no acceptance. */
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_REJECTED, "Reduce it further", &error));
  g_assert_true (says (workspace, risk, "its owner has not accepted it"));
  g_assert_null (attest_risk_accept (workspace, risk, " ", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), count_accepts_cb, &accepts, &error));
  g_assert_cmpuint (accepts, ==, 2);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

/* The severity of the first finding on @risk that says @words, or -1. */
static int
severity_of (AttestWorkspace *workspace,
             AttestRecord    *risk,
             const char      *words)
{
  g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

  for (guint i = 0; i < findings->len; i++)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (strstr (finding->message, words) != NULL)
        return finding->severity;
    }
  return -1;
}

/* The rules an auditor applies to the treatment of each risk: each one
 * fires, with its severity, and clears when the risk is put right. */
/* A due date @days after today, so that a test reads the same on any
 * day it runs. */
static char *
dup_due_in (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, days);

  return g_date_time_format (due, "%Y-%m-%d");
}

static void
test_treatment_rules (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "treatment.isms", "Acme");
  g_autoptr(AttestRecord) retained = NULL;
  g_autoptr(AttestRecord) modified = NULL;
  g_autoptr(AttestRecord) action = NULL;
  AttestRecord *backups = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  AttestRecord *patching = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.8");
  AttestRecord *acceptance;
  g_autofree char *due = dup_due_in (60);
  g_autofree char *pending = NULL;

  g_assert_no_error (error);

  /* Retained as it is: critical (4 × 5), with a residual rating that says
   * low. Retaining changes nothing, so the risk stands at critical, above
   * the acceptance level (medium), and needs its owner's acceptance. */
  retained = g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "owner", "Office manager",
                           "likelihood", 4, "impact", 5, "treatment", ATTEST_TREATMENT_RETAIN,
                           "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_assert_true (attest_workspace_add (workspace, retained, &error));
  g_assert_cmpint (severity_of (workspace, retained, "retained as it is above the acceptance level, and its owner has not accepted it"),
                   ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_cmpint (severity_of (workspace, retained, "retained as it is, yet its residual rating, Low\u00a0(1\u00a0×\u00a02), differs from "
                                                     "its rating before treatment, Critical\u00a0(4\u00a0×\u00a05)"),
                   ==, ATTEST_SEVERITY_WARNING);
  g_object_set (retained, "residual-likelihood", 4, "residual-impact", 5, NULL);
  g_assert_cmpint (severity_of (workspace, retained, "yet its residual rating"), ==, -1);
  g_assert_cmpint (severity_of (workspace, retained, "its owner has not accepted it"), ==, ATTEST_SEVERITY_BLOCKER);
  /* A decision by someone else is not the owner's. */
  g_assert_nonnull (attest_risk_accept (workspace, retained, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_cmpint (severity_of (workspace, retained, "not by its owner Office manager"), ==, ATTEST_SEVERITY_BLOCKER);
  /* At Critical, the method's escalation level, the owner alone does not
   * suffice: top management decides with them. */
  g_assert_nonnull (attest_risk_accept (workspace, retained, "Office manager", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_cmpint (severity_of (workspace, retained, "without the decision of “Top management”"), ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_nonnull (attest_risk_accept_full (workspace, retained, "Office manager", "Top management, 2 March",
                                             ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_cmpint (severity_of (workspace, retained, ""), ==, -1);
  /* A decision made stale by a later edit no longer counts. */
  g_object_set (retained, "residual-likelihood", 2, "residual-impact", 2, NULL);
  g_assert_cmpint (severity_of (workspace, retained, "the acceptance is outdated"), ==, ATTEST_SEVERITY_BLOCKER);

  /* To be modified: low (1 × 4) before, medium (3 × 3) after is no
   * treatment; and it needs an action and a control. */
  modified = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                           "likelihood", 1, "impact", 4, "treatment", ATTEST_TREATMENT_MODIFY,
                           "residual-likelihood", 3, "residual-impact", 3, NULL);
  g_assert_true (attest_workspace_add (workspace, modified, &error));
  g_assert_cmpint (severity_of (workspace, modified, "its residual rating, Medium\u00a0(3\u00a0×\u00a03), is higher than its rating "
                                                     "before treatment, Low\u00a0(1\u00a0×\u00a04)"),
                   ==, ATTEST_SEVERITY_WARNING);
  /* One rating up is enough, even at the same level. */
  g_object_set (modified, "residual-likelihood", 2, "residual-impact", 2, NULL);
  g_assert_cmpint (severity_of (workspace, modified, "is higher than its rating before"), ==, ATTEST_SEVERITY_WARNING);
  g_object_set (modified, "residual-likelihood", 1, "residual-impact", 2, NULL);
  g_assert_cmpint (severity_of (workspace, modified, "is higher than its rating before"), ==, -1);

  g_assert_cmpint (severity_of (workspace, modified, "no Annex A control is chosen to treat it"), ==, ATTEST_SEVERITY_BLOCKER);
  g_object_set (backups, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_PARTIAL, NULL);
  g_object_set (patching, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_PLANNED, NULL);
  g_assert_true (attest_workspace_link (workspace, "risk-control", modified, backups, &error));
  g_assert_true (attest_workspace_link (workspace, "risk-control", modified, patching, &error));
  g_assert_cmpint (severity_of (workspace, modified, "no Annex A control"), ==, -1);
  action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (modified),
                         "title", "Immutable backups", "owner", "IT lead", "due-date", due,
                         "status", ATTEST_ACTION_STATUS_IN_PROGRESS, NULL);
  g_assert_true (attest_workspace_add (workspace, action, &error));
  g_assert_cmpint (severity_of (workspace, modified, ""), ==, -1);

  /* Accepted while its action is open and its controls are not in place:
   * the acceptance holds only once they are, and says so. */
  acceptance = attest_risk_accept (workspace, modified, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Once backups are immutable", &error);
  g_assert_no_error (error);
  pending = attest_risk_acceptance_dup_pending (workspace, acceptance);
  g_assert_cmpstr (pending, ==, "“Immutable backups” (In progress), A.8.8 (Planned), A.8.13 (Partially implemented)");
  g_assert_cmpint (severity_of (workspace, modified, "accepted on the strength of treatment not done yet: “Immutable backups”"),
                   ==, ATTEST_SEVERITY_WARNING);
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  g_object_set (backups, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  g_clear_pointer (&pending, g_free);
  pending = attest_risk_acceptance_dup_pending (workspace, acceptance);
  g_assert_cmpstr (pending, ==, "A.8.8 (Planned)");
  g_object_set (patching, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  g_clear_pointer (&pending, g_free);
  pending = attest_risk_acceptance_dup_pending (workspace, acceptance);
  g_assert_null (pending);
  /* Done after the decision: the owner decides again on what is done. */
  g_assert_cmpint (severity_of (workspace, modified, "before the actions it relies on were done: “Immutable backups”"),
                   ==, ATTEST_SEVERITY_WARNING);
  acceptance = attest_risk_accept (workspace, modified, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Backups are immutable", &error);
  g_assert_no_error (error);
  g_assert_cmpint (severity_of (workspace, modified, ""), ==, -1);
  /* A rejection waits for nothing. */
  acceptance = attest_risk_accept (workspace, modified, "IT lead", ATTEST_ACCEPTANCE_REJECTED, NULL, &error);
  g_object_set (patching, "status", ATTEST_IMPLEMENTATION_PLANNED, NULL);
  g_assert_null (attest_risk_acceptance_dup_pending (workspace, acceptance));
}

/* Midnight UTC of a day, for the clock. */
static gint64
day_usec (const char *date)
{
  g_autofree char *text = g_strdup_printf ("%sT00:00:00Z", date);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

static AttestRecord *
add_action (AttestWorkspace *workspace,
            AttestRecord    *risk,
            const char      *due,
            int              status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestRecord) action = g_object_new (ATTEST_TYPE_TREATMENT_ACTION, "risk-id", attest_record_get_id (risk),
                                                 "title", "Immutable backups", "owner", "IT lead", "due-date", due,
                                                 "status", status, NULL);

  g_assert_true (attest_workspace_add (workspace, action, &error));
  g_assert_no_error (error);
  return action;   /* the workspace keeps it */
}

static void
assert_current (AttestWorkspace *workspace,
                AttestRecord    *risk,
                int              likelihood,
                int              impact)
{
  int l, i;

  attest_risk_get_current_ratings (workspace, risk, &l, &i);
  g_assert_cmpint (l, ==, likelihood);
  g_assert_cmpint (i, ==, impact);
}

/* The stored residual rating is the target; a risk stands there once every
 * action for it is done (or it is retained and has none), and at its rating
 * before treatment until then. */
static void
test_current_residual (TestDir       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "current.isms", "Acme");
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                                               "likelihood", 4, "impact", 5, "treatment", ATTEST_TREATMENT_MODIFY,
                                               "residual-likelihood", 2, "residual-impact", 2, NULL);
  g_autoptr(AttestRecord) retained = g_object_new (ATTEST_TYPE_RISK, "title", "Flood", "owner", "Office manager",
                                                   "likelihood", 2, "impact", 2, "treatment", ATTEST_TREATMENT_RETAIN,
                                                   "residual-likelihood", 2, "residual-impact", 1, NULL);
  AttestRecord *first, *second;

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_assert_true (attest_workspace_add (workspace, retained, &error));

  /* No action: not treated yet. */
  g_assert_false (attest_risk_treatment_is_done (workspace, risk));
  assert_current (workspace, risk, 4, 5);
  g_assert_cmpint (attest_risk_current_level (workspace, risk), ==, attest_risk_level (workspace, risk, FALSE));
  /* An action not done yet: still where it was. */
  first = add_action (workspace, risk, "2027-01-31", ATTEST_ACTION_STATUS_IN_PROGRESS);
  assert_current (workspace, risk, 4, 5);
  /* Done: at its target. */
  g_object_set (first, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  g_assert_true (attest_risk_treatment_is_done (workspace, risk));
  assert_current (workspace, risk, 2, 2);
  g_assert_cmpint (attest_risk_current_level (workspace, risk), ==, attest_risk_level (workspace, risk, TRUE));
  /* Every action counts. */
  second = add_action (workspace, risk, "2027-02-28", ATTEST_ACTION_STATUS_OPEN);
  assert_current (workspace, risk, 4, 5);
  g_object_set (second, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  assert_current (workspace, risk, 2, 2);

  /* Retained with no action: it stands as its record says. */
  g_assert_true (attest_risk_treatment_is_done (workspace, retained));
  assert_current (workspace, retained, 2, 1);
  /* Avoided with no action: nothing done yet. */
  g_object_set (retained, "treatment", ATTEST_TREATMENT_AVOID, NULL);
  g_assert_false (attest_risk_treatment_is_done (workspace, retained));
  assert_current (workspace, retained, 2, 2);
  /* Not rated after treatment: the rating before stands. */
  g_object_set (risk, "residual-likelihood", 0, "residual-impact", 0, NULL);
  assert_current (workspace, risk, 4, 5);
}

/* The owner decides on the residual risk once the treatment is done: the
 * blocker waits while the actions run on time, and fires on what stands
 * now once one is late; meanwhile a target above the acceptance level
 * awaits the owner's acceptance, as a warning. */
static void
test_acceptance_waits_for_plan (TestDir       *fixture,
                                gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "plan.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  AttestRecord *entry, *action;

  attest_clock_set_fixed (day_usec ("2026-06-01"));
  workspace = attest_workspace_create (path, "Acme", &error);
  g_assert_no_error (error);
  entry = attest_workspace_lookup_soa_entry (workspace, "iso27001:2022/A.8.13");
  /* Critical (4 × 5) before, high (4 × 4) planned: above "medium". */
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                       "likelihood", 4, "impact", 5, "treatment", ATTEST_TREATMENT_MODIFY,
                       "residual-likelihood", 4, "residual-impact", 4, NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_object_set (entry, "applicability", ATTEST_APPLICABILITY_APPLICABLE, "status", ATTEST_IMPLEMENTATION_IMPLEMENTED, NULL);
  g_assert_true (attest_workspace_link (workspace, "risk-control", risk, entry, &error));
  action = add_action (workspace, risk, "2026-07-01", ATTEST_ACTION_STATUS_IN_PROGRESS);

  /* Running on time: nothing blocks yet, and the target awaits its owner. */
  g_assert_cmpint (severity_of (workspace, risk, ""), ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpint (severity_of (workspace, risk, "its target after treatment, High\u00a0(4\u00a0×\u00a04), is above the acceptance level"),
                   ==, ATTEST_SEVERITY_WARNING);
  /* The due date passes: the risk stands where it stood, unaccepted. */
  attest_clock_set_fixed (day_usec ("2026-07-02"));
  g_assert_cmpint (severity_of (workspace, risk, "past its due date, so the risk stands at its level before treatment"),
                   ==, ATTEST_SEVERITY_BLOCKER);
  /* Due on the day itself is not late. */
  attest_clock_set_fixed (day_usec ("2026-07-01"));
  g_assert_cmpint (severity_of (workspace, risk, ""), ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpint (severity_of (workspace, risk, "past its due date"), ==, -1);
  /* Done: at its target, still above the acceptance level, for the owner. */
  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, "completed-date", "2026-06-30", NULL);
  g_assert_cmpint (severity_of (workspace, risk, "the residual risk is above the acceptance level and its owner has not "
                                                 "accepted it"),
                   ==, ATTEST_SEVERITY_BLOCKER);
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  g_assert_cmpint (severity_of (workspace, risk, ""), ==, -1);
  attest_clock_reset ();
}

static gboolean
any_says (GPtrArray  *findings,
          const char *words)
{
  for (guint i = 0; i < findings->len; i++)
    if (strstr (((AttestFinding *) g_ptr_array_index (findings, i))->message, words) != NULL)
      return TRUE;
  return FALSE;
}

/* A Done action says when it was completed; Done fills in today. */
static void
test_completion_date (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "done.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = NULL;
  g_autoptr(AttestRecord) risk = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  AttestRecord *action;

  attest_clock_set_fixed (day_usec ("2026-06-01") + 15 * G_TIME_SPAN_HOUR);
  workspace = attest_workspace_create (path, "Acme", &error);
  g_assert_no_error (error);
  risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead", NULL);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  action = add_action (workspace, risk, "2026-07-01", ATTEST_ACTION_STATUS_IN_PROGRESS);

  findings = attest_treatment_action_check (workspace, action);
  g_assert_false (any_says (findings, "without the date it was completed"));
  g_assert_false (attest_treatment_action_fill_completed (action));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (action, "status", ATTEST_ACTION_STATUS_DONE, NULL);
  findings = attest_readiness_check (workspace);
  g_assert_true (any_says (findings, "Action “Immutable backups” for Ransomware: marked Done without the date it was completed"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_assert_true (attest_treatment_action_fill_completed (action));
  g_assert_cmpstr (attest_record_get_string (action, "completed-date"), ==, "2026-06-01");
  findings = attest_readiness_check (workspace);
  g_assert_false (any_says (findings, "without the date it was completed"));
  /* A date given is kept. */
  g_object_set (action, "completed-date", "2026-05-30", NULL);
  g_assert_false (attest_treatment_action_fill_completed (action));
  g_assert_cmpstr (attest_record_get_string (action, "completed-date"), ==, "2026-05-30");
  attest_clock_reset ();
}

/* The method says how risks are identified: new workspaces start with our
 * text, and an empty one is a warning. */
static void
test_identification (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "method.isms", "Acme");
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (method, "identification"), ==, attest_risk_method_default_identification ());
  g_assert_nonnull (strstr (attest_record_get_string (method, "identification"), "confidentiality, integrity or availability"));
  findings = attest_risks_check_method (workspace);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (method, "identification", "  ", NULL);
  findings = attest_readiness_check (workspace);
  g_assert_true (any_says (findings, "does not say how risks are identified"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = attest_risks_check_method (workspace);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (((AttestFinding *) g_ptr_array_index (findings, 0))->severity, ==, ATTEST_SEVERITY_WARNING);
  g_assert_cmpstr (((AttestFinding *) g_ptr_array_index (findings, 0))->field, ==, "identification");
  g_clear_pointer (&findings, g_ptr_array_unref);

  g_object_set (method, "identification", "From the asset register.", NULL);
  findings = attest_risks_check_method (workspace);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* A residual risk at or above the escalation level is accepted only with
 * the decision of the authority the method names (6.1.3 f): the owner's
 * decision alone is a blocker, one that records the authority clears it. */
static void
test_escalation (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "escalation.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = attest_workspace_create (path, "Acme", &error);
  AttestRecord *method = attest_risks_get_method (workspace);
  g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", "Ransomware", "owner", "IT lead",
                                               "likelihood", 4, "impact", 5,   /* 20: Critical */
                                               "treatment", ATTEST_TREATMENT_RETAIN, NULL);
  AttestRecord *acceptance;
  AttestFinding *finding = NULL;

  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, risk, &error));
  g_object_set (method, "escalation-authority", "Board risk committee", NULL);
  g_assert_true (attest_risk_needs_authority (workspace, risk));
  g_assert_cmpint (attest_risk_accepted_level (workspace, risk), ==, 3);

  /* Accepted by its owner alone. */
  acceptance = attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Too costly to treat", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (acceptance, "authority"), ==, "");
  {
    g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);

    for (guint i = 0; i < findings->len; i++)
      if (g_strcmp0 (((AttestFinding *) g_ptr_array_index (findings, i))->rule, "acceptance-above-authority") == 0)
        finding = g_ptr_array_index (findings, i);
    g_assert_nonnull (finding);
    g_assert_cmpint (finding->severity, ==, ATTEST_SEVERITY_BLOCKER);
    g_assert_cmpstr (finding->clause, ==, "6.1.3 f");
    g_assert_nonnull (strstr (finding->message, "“Critical”"));
    g_assert_nonnull (strstr (finding->message, "record the decision of “Board risk committee” in the owner's decision"));
  }

  /* With the committee's decision recorded, the finding clears. */
  acceptance = attest_risk_accept_full (workspace, risk, "IT lead", "  Board risk committee, meeting of 12 March 2026 ",
                                        ATTEST_ACCEPTANCE_ACCEPTED, "Too costly to treat", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (acceptance, "authority"), ==, "Board risk committee, meeting of 12 March 2026");
  g_assert_false (says (workspace, risk, "without the decision of"));
  {
    g_autoptr(GPtrArray) findings = attest_risk_check (workspace, risk);
    g_assert_cmpuint (findings->len, ==, 0);
  }

  /* Below the escalation level the owner decides alone. */
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Retained", &error));
  g_assert_true (says (workspace, risk, "without the decision of “Board risk committee”"));
  g_object_set (risk, "impact", 4, NULL);   /* 16: High */
  g_assert_false (attest_risk_needs_authority (workspace, risk));
  g_assert_nonnull (attest_risk_accept (workspace, risk, "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, "Retained", &error));
  g_assert_false (says (workspace, risk, "without the decision of"));
  /* ... until the method escalates from High. */
  g_object_set (method, "escalation-level", 2, NULL);
  g_assert_true (says (workspace, risk, "at or above the escalation level “High”"));
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
}

/* Each risk owner with risks in the plan approves its current version for
 * them; decisions on single risks are not that approval. */
/* The owners named by the history's plan approvals, in order. */
static gboolean
collect_plan_approvers_cb (const AttestHistoryRow  *row,
                           gpointer                 user_data,
                           GError                 **error)
{
  if (g_strcmp0 (row->action, "approve") == 0 && g_strcmp0 (row->kind, "plan-approval") == 0)
    {
      g_assert_cmpstr (row->field, ==, "owner");
      g_ptr_array_add (user_data, g_strdup (row->new_value));
    }
  return TRUE;
}

/* A fixed clock that moves on by a minute when asked: approvals in the
 * order the test takes them, whatever the machine's speed. */
static gint64 owner_clock = G_GINT64_CONSTANT (1788768000) * G_USEC_PER_SEC;   /* 2026-09-07 */

static void
next_minute (void)
{
  owner_clock += 60 * G_USEC_PER_SEC;
  attest_clock_set_fixed (owner_clock);
}

static void
test_owner_approvals (TestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "owners.isms", "Acme");
  const struct { const char *title, *owner; int treatment; } rows[] = {
    { "Leak by email", "Hannah Byrne", ATTEST_TREATMENT_MODIFY },
    { "Public bucket", "IT lead", ATTEST_TREATMENT_MODIFY },
    { "Legacy server", "hannah byrne ", ATTEST_TREATMENT_AVOID },
    { "Not decided yet", "Finance", ATTEST_TREATMENT_UNDECIDED },
  };
  AttestRecord *risks[G_N_ELEMENTS (rows)];
  g_autoptr(GPtrArray) approvals = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  AttestOwnerApproval *approval;
  AttestRecord *version, *plan_approval;
  JsonObject *snapshot;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(AttestRecord) risk = g_object_new (ATTEST_TYPE_RISK, "title", rows[i].title, "owner", rows[i].owner,
                                                   "likelihood", 2, "impact", 2, "treatment", rows[i].treatment, NULL);

      g_assert_true (attest_workspace_add (workspace, risk, &error));
      risks[i] = risk;
    }

  /* Two owners in the plan (one name, however written); neither has
   * approved it yet. */
  approvals = attest_risks_dup_owner_approvals (workspace);
  g_assert_cmpuint (approvals->len, ==, 2);
  approval = g_ptr_array_index (approvals, 0);
  g_assert_cmpstr (approval->owner, ==, "Hannah Byrne");
  g_assert_cmpuint (approval->risks->len, ==, 2);
  g_assert_true (g_ptr_array_index (approval->risks, 1) == risks[2]);
  g_assert_null (approval->plan_approval);
  g_clear_pointer (&approvals, g_ptr_array_unref);
  findings = attest_readiness_check (workspace);
  g_assert_true (any_says (findings, "Hannah Byrne owns 2 risks in the treatment plan and has not approved the plan "
                                     "for them"));
  g_assert_true (any_says (findings, "IT lead owns 1 risk in the treatment plan and has not approved the plan for it"));
  g_assert_false (any_says (findings, "Finance owns"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Someone, and an owner of risks in the plan. */
  g_assert_null (attest_risks_approve_plan (workspace, " ", NULL, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (attest_risks_approve_plan (workspace, "Finance", NULL, &error));
  g_assert_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID);
  g_clear_error (&error);

  /* A decision on a single risk is not the owner's approval of the plan. */
  g_assert_nonnull (attest_risk_accept (workspace, risks[1], "IT lead", ATTEST_ACCEPTANCE_ACCEPTED, NULL, &error));
  findings = attest_risks_check_owner_approvals (workspace);
  g_assert_cmpuint (findings->len, ==, 2);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The owners approve the draft first (6.1.3 f), top management after. */
  next_minute ();
  plan_approval = attest_risks_approve_plan (workspace, "hannah byrne", "For my two risks", &error);
  g_assert_no_error (error);
  g_assert_true (ATTEST_IS_PLAN_APPROVAL (plan_approval));
  g_assert_cmpstr (attest_record_get_string (plan_approval, "version-id"), ==, "");
  g_assert_true (json_parser_load_from_data (parser, attest_record_get_string (plan_approval, "snapshot"), -1, NULL));
  snapshot = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (snapshot), ==, 2);
  g_assert_true (json_object_has_member (snapshot, attest_record_get_id (risks[0])));
  g_assert_true (json_object_has_member (snapshot, attest_record_get_id (risks[2])));
  findings = attest_risks_check_owner_approvals (workspace);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_true (any_says (findings, "IT lead owns"));
  g_clear_pointer (&findings, g_ptr_array_unref);
  approvals = attest_risks_dup_owner_approvals (workspace);
  approval = g_ptr_array_index (approvals, 0);
  g_assert_true (approval->plan_approval == plan_approval);
  g_assert_true (approval->draft);
  g_assert_cmpint (approval->version, ==, 1);
  g_assert_true (approval->current);
  g_assert_cmpuint (approval->decisions->len, ==, 0);
  g_clear_pointer (&approvals, g_ptr_array_unref);

  /* Top management's approval of that version leaves the owner's approval
   * of its draft standing: the owner's risks are as they approved them. */
  next_minute ();
  version = attest_isms_document_approve (workspace, "treatment-plan", "Board", NULL, &error);
  g_assert_no_error (error);
  approvals = attest_risks_dup_owner_approvals (workspace);
  approval = g_ptr_array_index (approvals, 0);
  g_assert_true (approval->draft);
  g_assert_cmpint (approval->version, ==, 1);
  g_assert_true (approval->current);
  g_clear_pointer (&approvals, g_ptr_array_unref);

  /* An owner who approves after it approves version 1 itself. */
  next_minute ();
  plan_approval = attest_risks_approve_plan (workspace, "IT lead", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (plan_approval, "version-id"), ==, attest_record_get_id (version));
  findings = attest_risks_check_owner_approvals (workspace);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  approvals = attest_risks_dup_owner_approvals (workspace);
  approval = g_ptr_array_index (approvals, 1);
  g_assert_false (approval->draft);
  g_assert_cmpint (approval->version, ==, 1);
  g_assert_true (approval->current);
  g_clear_pointer (&approvals, g_ptr_array_unref);

  /* A change to one owner's risk asks that owner again, not the other. */
  g_object_set (risks[2], "treatment", ATTEST_TREATMENT_MODIFY, NULL);
  findings = attest_risks_check_owner_approvals (workspace);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_true (any_says (findings, "Hannah Byrne approved the treatment plan on"));
  g_assert_true (any_says (findings, "but their risks in it have changed since"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Approving the changed plan, a draft again, is the draft of version 2;
   * a new version approved by top management keeps both approvals. */
  next_minute ();
  plan_approval = attest_risks_approve_plan (workspace, "Hannah Byrne", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (attest_record_get_string (plan_approval, "version-id"), ==, "");
  approvals = attest_risks_dup_owner_approvals (workspace);
  approval = g_ptr_array_index (approvals, 0);
  g_assert_true (approval->draft);
  g_assert_cmpint (approval->version, ==, 2);
  g_assert_true (approval->current);
  g_clear_pointer (&approvals, g_ptr_array_unref);
  next_minute ();
  g_assert_nonnull (attest_isms_document_approve (workspace, "treatment-plan", "Board", NULL, &error));
  findings = attest_risks_check_owner_approvals (workspace);
  g_assert_cmpuint (findings->len, ==, 0);
  g_assert_true (attest_history_verify (attest_workspace_get_store (workspace), NULL, &error));
  g_assert_no_error (error);
  /* Each approval names its owner in the history's chain. */
  {
    g_autoptr(GPtrArray) approvers = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (attest_store_foreach_history (attest_workspace_get_store (workspace), collect_plan_approvers_cb,
                                                 approvers, &error));
    g_assert_cmpuint (approvers->len, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (approvers, 0), ==, "hannah byrne");
    g_assert_cmpstr (g_ptr_array_index (approvers, 1), ==, "IT lead");
    g_assert_cmpstr (g_ptr_array_index (approvers, 2), ==, "Hannah Byrne");
  }
  attest_clock_reset ();
}

static void
test_large (TestDir       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "large.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_demo (fixture, "large.isms", ATTEST_DEMO_LARGE);
  g_autoptr(GArray) levels = NULL;
  guint counts[4] = { 0 };
  GListModel *risks;

  g_assert_no_error (error);
  g_clear_object (&workspace);

  /* 5,000 risks load, and every one has a level to filter by. */
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  g_assert_cmpuint (g_list_model_get_n_items (risks), >=, 5000);
  levels = attest_risks_levels (workspace);
  for (guint i = 0; i < levels->len; i += 2)
    {
      int level = g_array_index (levels, int, i);

      g_assert_cmpint (level, >=, 0);
      g_assert_cmpint (level, <, 4);
      counts[level]++;
    }
  for (guint l = 0; l < 4; l++)
    g_assert_cmpuint (counts[l], >, 0);
}

static void
test_common_threats (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "threats.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "threats.isms", "Threats Ltd");
  g_autoptr(AttestRecord) own = g_object_new (ATTEST_TYPE_THREAT, "name", "  RANSOMWARE ", NULL);
  guint n_threats, n_vulnerabilities, added;

  attest_suggestion_get_threats (&n_threats);
  attest_suggestion_get_vulnerabilities (&n_vulnerabilities);
  g_assert_cmpuint (n_threats, >=, 10);
  g_assert_cmpuint (n_vulnerabilities, >=, 10);

  /* One the user has already, whatever its case and spaces, is not added twice. */
  g_assert_true (attest_workspace_add (workspace, own, &error));
  g_assert_true (attest_suggestion_add_threats (workspace, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, n_threats + n_vulnerabilities - 1);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_THREAT)), ==, n_threats);
  g_assert_true (attest_suggestion_add_threats (workspace, &added, &error));
  g_assert_cmpuint (added, ==, 0);

  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_VULNERABILITY)), ==,
                    n_vulnerabilities);
}

/* First risks: a draft for each asset and each likely threat that bears on
 * its kind, linked to both, owned by the asset's owner; never twice. */
static void
test_draft_risks (TestDir       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = test_dir_path (fixture, "draft.isms");
  g_autoptr(GError) error = NULL;
  g_autoptr(AttestWorkspace) workspace = new_workspace (fixture, "draft.isms", "Draft Ltd");
  g_autoptr(AttestRecord) data_set = g_object_new (ATTEST_TYPE_ASSET, "name", "Patient records",
                                                   "kind", ATTEST_ASSET_KIND_INFORMATION, "owner", "Head of care", NULL);
  g_autoptr(AttestRecord) office = g_object_new (ATTEST_TYPE_ASSET, "name", "Clinic",
                                                 "kind", ATTEST_ASSET_KIND_SITE, "owner", "Practice manager", NULL);
  g_autoptr(AttestRecord) own = g_object_new (ATTEST_TYPE_THREAT, "name", "Sabotage by a competitor", NULL);
  g_autoptr(GPtrArray) assets = g_ptr_array_new ();
  g_autoptr(GPtrArray) threats = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  GListModel *threat_records;
  guint health = attest_suggestion_find_sector ("health AND care"), n, expected = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (attest_suggestion_get_sector (health), ==, "Health and care");
  g_assert_cmpuint (attest_suggestion_find_sector ("Bakery"), ==, attest_suggestion_get_n_sectors () - 1);
  g_assert_cmpuint (attest_suggestion_find_sector (NULL), ==, attest_suggestion_get_n_sectors () - 1);
  /* Issue #17: a sector typed in other words finds the suggestions that fit. */
  {
    guint logistics = attest_suggestion_find_sector ("Transport and logistics");
    const AttestPartySuggestion *parties;
    g_autoptr(GPtrArray) assets = attest_suggestion_get_assets (logistics);
    gboolean vehicles = FALSE, tms = FALSE, warehouses = FALSE;

    g_assert_cmpstr (attest_suggestion_get_sector (logistics), ==, "Transport and logistics");
    g_assert_cmpuint (attest_suggestion_find_sector ("Freight forwarding and warehousing"), ==, logistics);
    g_assert_cmpstr (attest_suggestion_get_sector (attest_suggestion_find_sector ("Hospital")), ==, "Health and care");
    g_assert_cmpstr (attest_suggestion_get_sector (attest_suggestion_find_sector ("Metal parts manufacturer")), ==, "Manufacturing");
    g_assert_cmpstr (attest_suggestion_get_sector (attest_suggestion_find_sector ("Fashion retail")), ==, "Retail and e-commerce");
    parties = attest_suggestion_get_sector_parties (logistics, &n);
    g_assert_cmpuint (n, >, 0);
    g_assert_cmpstr (parties[0].name, ==, "Shippers and consignees");
    for (guint i = 0; i < assets->len; i++)
      {
        const char *name = ((AttestAssetSuggestion *) g_ptr_array_index (assets, i))->name;

        vehicles |= g_str_equal (name, "Vehicles and trailers");
        tms |= g_str_equal (name, "Transport management system");
        warehouses |= g_str_equal (name, "Warehouses");
      }
    g_assert_true (vehicles && tms && warehouses);
    g_assert_null (attest_suggestion_get_sector_parties (attest_suggestion_get_n_sectors () - 1, &n));
    g_assert_cmpuint (n, ==, 0);
  }
  suggested = attest_suggestion_get_assets (health);
  g_assert_cmpuint (suggested->len, >, 6);
  g_assert_cmpstr (((AttestAssetSuggestion *) g_ptr_array_index (suggested, 0))->name, ==, "Patient records");
  g_assert_true (attest_suggestion_threat_is_likely (health, "Ransomware"));
  g_assert_false (attest_suggestion_threat_is_likely (health, "Denial of service"));
  g_assert_true (attest_suggestion_threat_is_likely (health, "Sabotage by a competitor"));

  findings = attest_readiness_check_step (workspace, "risks");
  g_assert_cmpuint (findings->len, ==, 2);

  attest_suggestion_add_threats (workspace, &n, &error);
  g_assert_no_error (error);
  g_assert_true (attest_workspace_add (workspace, own, &error));
  g_assert_true (attest_workspace_add (workspace, data_set, &error));
  g_assert_true (attest_workspace_add (workspace, office, &error));
  g_ptr_array_add (assets, data_set);
  g_ptr_array_add (assets, office);
  threat_records = attest_workspace_get_records (workspace, ATTEST_TYPE_THREAT);
  for (guint i = 0; i < g_list_model_get_n_items (threat_records); i++)
    {
      AttestRecord *threat = g_list_model_get_item (threat_records, i);
      const char *name = attest_record_get_string (threat, "name");

      if (attest_suggestion_threat_is_likely (health, name))
        {
          g_ptr_array_add (threats, threat);
          expected += attest_suggestion_threat_applies (ATTEST_ASSET_KIND_INFORMATION, name);
          expected += attest_suggestion_threat_applies (ATTEST_ASSET_KIND_SITE, name);
        }
      g_object_unref (threat);   /* the workspace keeps it */
    }
  g_assert_true (attest_suggestion_threat_applies (ATTEST_ASSET_KIND_SITE, "Fire, flood or power failure"));
  g_assert_false (attest_suggestion_threat_applies (ATTEST_ASSET_KIND_SITE, "Phishing"));

  g_assert_true (attest_suggestion_draft_risks (workspace, assets, threats, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, expected);
  g_assert_cmpuint (added->len, >=, 4);
  for (guint i = 0; i < added->len; i++)
    {
      AttestRecord *risk = g_ptr_array_index (added, i);
      AttestRecord *threat = attest_workspace_lookup (workspace, attest_record_get_string (risk, "threat-id"));
      gboolean patient = g_str_has_prefix (attest_record_get_string (risk, "title"), "Patient records: ");

      g_assert_nonnull (threat);
      g_assert_true (g_str_has_suffix (attest_record_get_string (risk, "title"), attest_record_get_string (threat, "name")));
      g_assert_cmpstr (attest_record_get_string (risk, "owner"), ==, patient ? "Head of care" : "Practice manager");
      g_assert_cmpint (attest_risk_level (workspace, risk, FALSE), ==, ATTEST_RISK_NOT_ASSESSED);
    }
  {
    g_autoptr(GPtrArray) links = attest_workspace_dup_links (workspace, "risk-asset", &error);

    g_assert_cmpuint (links->len, ==, 2 * expected);
  }
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = attest_readiness_check_step (workspace, "risks");
  g_assert_cmpuint (findings->len, ==, 0);

  /* Again: nothing new, an asset keeps one risk per threat. */
  g_assert_true (attest_suggestion_draft_risks (workspace, assets, threats, &again, &error));
  g_assert_cmpuint (again->len, ==, 0);

  g_clear_object (&workspace);
  workspace = attest_workspace_open (path, ATTEST_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attest_workspace_get_records (workspace, ATTEST_TYPE_RISK)), ==, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/risks/presets", test_presets);
  g_test_add ("/risks/common-threats", TestDir, NULL, test_dir_setup, test_common_threats, test_dir_teardown);
  g_test_add_func ("/risks/product-and-sum", test_product_and_sum);
  g_test_add_func ("/risks/matrix-and-six-levels", test_matrix_and_six_levels);
  g_test_add_func ("/risks/method-checks", test_method_checks);
  g_test_add_func ("/risks/add-and-remove-levels", test_add_and_remove_levels);
  g_test_add_func ("/risks/matrix-fit-and-paint", test_matrix_fit_and_paint);
  g_test_add_func ("/risks/colours", test_colours);
#define ADD(path, func) g_test_add (path, TestDir, NULL, test_dir_setup, func, test_dir_teardown)
  ADD ("/risks/method-change", test_method_change);
  ADD ("/risks/soa-derivation", test_soa_derivation);
  ADD ("/risks/rules-and-acceptance", test_rules_and_acceptance);
  ADD ("/risks/treatment-rules", test_treatment_rules);
  ADD ("/risks/large", test_large);
  ADD ("/risks/current-residual", test_current_residual);
  ADD ("/risks/acceptance-waits-for-plan", test_acceptance_waits_for_plan);
  ADD ("/risks/completion-date", test_completion_date);
  ADD ("/risks/identification", test_identification);
  ADD ("/risks/escalation", test_escalation);
  ADD ("/risks/owner-approvals", test_owner_approvals);
  ADD ("/risks/draft", test_draft_risks);
#undef ADD

  return g_test_run ();
}
