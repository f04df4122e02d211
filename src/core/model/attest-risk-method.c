/* attest-risk-method.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risk-method"

#include "config.h"

#include "attest-i18n.h"

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-risk-method.h"

/* How risks are assessed (clause 6.1.2): the likelihood and impact scales (3 to 6 levels, each with a label and a description), how a level is computed (product, sum, or a matrix painted cell by cell), the named risk levels with their colours and, for product and sum, the highest score of each level but the last; the acceptance level, at or below which a risk is acceptable as it is (above it the risk is treated, or its owner accepts the residual risk explicitly); the escalation level, from which a residual risk is accepted only with the decision of the escalation authority above the owner, such as top management (schema 8); when assessments are repeated; and how risks are identified (6.1.2 c, schema 6). One per workspace. The matrix holds a level index per cell, likelihood row by row. */

struct _AttestRiskMethod
{
  AttestRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (AttestRiskMethod, attest_risk_method, ATTEST_TYPE_RECORD)

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
attest_risk_method_class_init (AttestRiskMethodClass *klass)
{
  const AttestFieldSpec fields[] = {
    { g_param_spec_boxed ("likelihood-scale", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("likelihood-descriptions", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("impact-scale", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("impact-descriptions", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_enum ("computation", NULL, NULL, ATTEST_TYPE_RISK_COMPUTATION, ATTEST_RISK_COMPUTATION_PRODUCT, FLAGS), 4, NULL },
    { g_param_spec_boxed ("levels", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL },
    { g_param_spec_boxed ("level-colours", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_COLOURS },
    { g_param_spec_boxed ("thresholds", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_NUMBERS },
    { g_param_spec_boxed ("matrix", NULL, NULL, G_TYPE_STRV, FLAGS), 4, NULL, ATTEST_FIELD_NUMBERS },
    { g_param_spec_int ("acceptance-level", NULL, NULL, 0, 5, 0, FLAGS), 4, NULL },
    { g_param_spec_int ("review-interval", NULL, NULL, 1, 120, 12, FLAGS), 4, NULL },
    { g_param_spec_string ("review-triggers", NULL, NULL, "", FLAGS), 4, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_string ("identification", NULL, NULL, "", FLAGS), 6, NULL, ATTEST_FIELD_PROSE },
    { g_param_spec_int ("escalation-level", NULL, NULL, 0, 5, 3, FLAGS), 8, NULL },
    { g_param_spec_string ("escalation-authority", NULL, NULL, "", FLAGS), 8, NULL, 0 },
  };

  attest_record_class_declare (ATTEST_RECORD_CLASS (klass), "risk-method", "risk_method", 4, TRUE,
                               fields, G_N_ELEMENTS (fields));
}

static void
attest_risk_method_init (AttestRiskMethod *self)
{
}

/* Levels are computed from the method whenever they are needed and never
 * stored: changing the method changes no risk's record, so nothing is lost,
 * and the register, the heat maps and the rules all agree. */

static int
strv_int (AttestRecord *record,
          const char   *field,
          guint         index,
          int           otherwise)
{
  const char * const *strv = attest_record_get_strv (record, field);
  gint64 value;

  if (index >= g_strv_length ((char **) strv)
      || !g_ascii_string_to_signed (strv[index], 10, G_MININT, G_MAXINT, &value, NULL))
    return otherwise;
  return (int) value;
}

/**
 * attest_risk_method_default_identification:
 *
 * How risks are identified (6.1.2 c), in our words, for a new method: a
 * starting point that the organisation adapts.
 *
 * Returns: the text, translated
 */
const char *
attest_risk_method_default_identification (void)
{
  return _("Risks are identified from the assets within the scope of the ISMS, the processes that use them, "
           "the internal and external issues of the context and the requirements of the interested parties. "
           "For each, we ask how the confidentiality, integrity or availability of information within the "
           "scope could be lost, and through which threat and which weakness. Each risk is given an owner: "
           "the person with the authority and accountability to manage it.");
}

/**
 * attest_risk_method_default_authority:
 *
 * Who decides on the highest residual risks, in our words, for a new
 * method: the authority above the risk owners.
 *
 * Returns: the text, translated
 */
const char *
attest_risk_method_default_authority (void)
{
  return _("Top management");
}

/**
 * attest_risk_method_apply_preset:
 * @method: the risk method
 * @size: 3, 4 or 5 levels on each scale
 *
 * Starts the method from a preset: likelihood × impact with our own labels
 * and descriptions, and levels low to critical with the acceptance level
 * at "medium" (at "low" for 3×3), the escalation level at the highest and,
 * where the method names no one yet, top management deciding there.
 */
void
attest_risk_method_apply_preset (AttestRecord *method,
                                 guint         size)
{
  static const char * const likelihood3[] = { N_("Unlikely"), N_("Possible"), N_("Likely"), NULL };
  static const char * const likelihood4[] = { N_("Rare"), N_("Unlikely"), N_("Likely"), N_("Almost certain"), NULL };
  static const char * const likelihood5[] = { N_("Rare"), N_("Unlikely"), N_("Possible"), N_("Likely"), N_("Almost certain"), NULL };
  static const char * const impact3[] = { N_("Minor"), N_("Moderate"), N_("Severe"), NULL };
  static const char * const impact4[] = { N_("Minor"), N_("Moderate"), N_("Major"), N_("Severe"), NULL };
  static const char * const impact5[] = { N_("Negligible"), N_("Minor"), N_("Moderate"), N_("Major"), N_("Severe"), NULL };
  /* Each step of a likelihood scale begins where the one before ends:
   * none overlaps the next, none leaves a gap. */
  static const char * const ldesc5[] = {
    N_("Less than once in ten years"), N_("Once in more than five and up to ten years"),
    N_("Once in more than one and up to five years"), N_("Once or twice a year"), N_("More than twice a year"), NULL };
  static const char * const idesc5[] = {
    N_("Hardly noticed"), N_("Inconvenience, fixed within a day"), N_("Disruption or a complaint from a customer"),
    N_("Lost customers, a regulator's inquiry"), N_("Threatens the organisation"), NULL };
  static const char * const ldesc3[] = {
    N_("Less than once in five years"), N_("Once in more than one and up to five years"),
    N_("Once a year or more often"), NULL };
  static const char * const ldesc4[] = {
    N_("Less than once in ten years"), N_("Once in more than one and up to ten years"), N_("Once or twice a year"),
    N_("More than twice a year"), NULL };
  static const char * const idesc3[] = {
    N_("Inconvenience, fixed within a day"), N_("Disruption, lost work or a complaint from a customer"),
    N_("Lost customers, a regulator's inquiry, or worse"), NULL };
  static const char * const idesc4[] = {
    N_("Inconvenience, fixed within a day"), N_("Disruption or a complaint from a customer"),
    N_("Lost customers, a regulator's inquiry"), N_("Threatens the organisation"), NULL };
  static const char * const levels3[] = { N_("Low"), N_("Medium"), N_("High"), NULL };
  static const char * const levels4[] = { N_("Low"), N_("Medium"), N_("High"), N_("Critical"), NULL };
  static const char * const colours3[] = { "#2ec27e", "#f5c211", "#e01b24", NULL };
  static const char * const colours4[] = { "#2ec27e", "#f5c211", "#ff7800", "#e01b24", NULL };
  static const char * const thresholds3[] = { "2", "4", NULL };
  static const char * const thresholds4[] = { "3", "6", "11", NULL };
  static const char * const thresholds5[] = { "4", "9", "16", NULL };
  const char * const *likelihood = size == 3 ? likelihood3 : size == 4 ? likelihood4 : likelihood5;
  const char * const *impact = size == 3 ? impact3 : size == 4 ? impact4 : impact5;
  g_autoptr(GStrvBuilder) l = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) i = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) ld = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) id = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) lv = g_strv_builder_new ();
  g_auto(GStrv) ls = NULL, is = NULL, lds = NULL, ids = NULL, lvs = NULL;
  static const char * const empty[] = { NULL };

  g_return_if_fail (size >= 3 && size <= 5);

  for (guint k = 0; likelihood[k]; k++)
    {
      g_strv_builder_add (l, _(likelihood[k]));
      g_strv_builder_add (ld, _((size == 3 ? ldesc3 : size == 4 ? ldesc4 : ldesc5)[k]));
    }
  for (guint k = 0; impact[k]; k++)
    {
      g_strv_builder_add (i, _(impact[k]));
      g_strv_builder_add (id, _((size == 3 ? idesc3 : size == 4 ? idesc4 : idesc5)[k]));
    }
  for (const char * const *k = size == 3 ? levels3 : levels4; *k; k++)
    g_strv_builder_add (lv, _(*k));
  ls = g_strv_builder_end (l);
  is = g_strv_builder_end (i);
  lds = g_strv_builder_end (ld);
  ids = g_strv_builder_end (id);
  lvs = g_strv_builder_end (lv);

  g_object_set (method,
                "likelihood-scale", ls,
                "likelihood-descriptions", lds,
                "impact-scale", is,
                "impact-descriptions", ids,
                "computation", ATTEST_RISK_COMPUTATION_PRODUCT,
                "levels", lvs,
                "level-colours", size == 3 ? colours3 : colours4,
                "thresholds", size == 3 ? thresholds3 : size == 4 ? thresholds4 : thresholds5,
                "matrix", empty,
                "acceptance-level", size == 3 ? 0 : 1,
                "escalation-level", (int) g_strv_length (lvs) - 1,
                NULL);
  /* Who decides at the escalation level is the organisation's choice, kept
   * when another preset is picked. */
  if (attest_text_is_blank (attest_record_get_string (method, "escalation-authority")))
    g_object_set (method, "escalation-authority", attest_risk_method_default_authority (), NULL);
}

/**
 * attest_risk_method_fill_escalation:
 * @method: a risk method written before the escalation level existed
 *   (schema 8): an older file, or an older export
 *
 * Gives @method what a new method starts with: its highest level as the
 * escalation level, and top management (in the interface's language) as
 * who decides there, unless it names someone already.
 */
void
attest_risk_method_fill_escalation (AttestRecord *method)
{
  guint n_levels = attest_record_get_strv_length (method, "levels");

  if (n_levels >= 2 && attest_record_get_int (method, "escalation-level") != (int) n_levels - 1)
    g_object_set (method, "escalation-level", (int) n_levels - 1, NULL);
  if (attest_text_is_blank (attest_record_get_string (method, "escalation-authority")))
    g_object_set (method, "escalation-authority", attest_risk_method_default_authority (), NULL);
}

/**
 * attest_risk_method_level:
 * @method: the risk method
 * @likelihood: from 1 (0: not assessed)
 * @impact: from 1 (0: not assessed)
 *
 * Returns: the risk level, from 0 (the lowest), or %ATTEST_RISK_NOT_ASSESSED,
 *   or %ATTEST_RISK_OFF_SCALE if a value lies beyond the method's scales
 */
int
attest_risk_method_level (AttestRecord *method,
                          int           likelihood,
                          int           impact)
{
  guint n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (method, "impact-scale");
  guint n_levels = attest_record_get_strv_length (method, "levels");
  int score;

  if (likelihood <= 0 || impact <= 0)
    return ATTEST_RISK_NOT_ASSESSED;
  if ((guint) likelihood > n_likelihood || (guint) impact > n_impact || n_levels == 0)
    return ATTEST_RISK_OFF_SCALE;

  switch (attest_record_get_enum (method, "computation"))
    {
    case ATTEST_RISK_COMPUTATION_MATRIX:
      {
        int level = strv_int (method, "matrix", (likelihood - 1) * n_impact + (impact - 1), -1);
        return level >= 0 && (guint) level < n_levels ? level : ATTEST_RISK_OFF_SCALE;
      }
    case ATTEST_RISK_COMPUTATION_SUM:
      score = likelihood + impact;
      break;
    case ATTEST_RISK_COMPUTATION_PRODUCT:
    default:
      score = likelihood * impact;
      break;
    }
  for (guint level = 0; level + 1 < n_levels; level++)
    if (score <= strv_int (method, "thresholds", level, G_MAXINT))
      return level;
  return n_levels - 1;
}

/**
 * attest_risk_method_level_name:
 * @method: the risk method
 * @level: a level from attest_risk_method_level()
 *
 * Returns: the level's name, or what the special values mean
 */
const char *
attest_risk_method_level_name (AttestRecord *method,
                               int           level)
{
  const char * const *levels = attest_record_get_strv (method, "levels");

  if (level == ATTEST_RISK_NOT_ASSESSED)
    return _("Not assessed");
  if (level < 0 || (guint) level >= g_strv_length ((char **) levels))
    return _("Beyond the scales");
  return levels[level];
}

/**
 * attest_risk_method_dup_score:
 * @method: the risk method
 * @level: a level from attest_risk_method_level()
 * @likelihood: the likelihood rating
 * @impact: the impact rating
 *
 * A score as every text writes it: the level's name with the ratings it
 * comes from, "High (3 × 5)", or the level's name alone for a risk not
 * assessed or beyond the scales. The score is one unit: its spaces are
 * no-break spaces, so that neither a page nor a window wraps a line inside
 * it ("High (3" / "× 5)").
 *
 * Returns: (transfer full): the score
 */
char *
attest_risk_method_dup_score (AttestRecord *method,
                              int           level,
                              int           likelihood,
                              int           impact)
{
  g_autoptr(GString) score = g_string_new (attest_risk_method_level_name (method, level));

  if (level < 0)
    return g_string_free (g_steal_pointer (&score), FALSE);
  g_string_append_printf (score, " (%d × %d)", likelihood, impact);
  g_string_replace (score, " ", "\u00a0", 0);
  return g_string_free (g_steal_pointer (&score), FALSE);
}

/* The level a cell would have by the scores, for starting a matrix: the
 * thresholds when they rise, else the cell's rank among all products. */
static int
scored_level (AttestRecord *method,
              int           scores,
              guint         likelihood,
              guint         impact)
{
  guint n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (method, "impact-scale");
  guint n_levels = attest_record_get_strv_length (method, "levels");
  gboolean rising = n_levels >= 1 && attest_record_get_strv_length (method, "thresholds") == n_levels - 1;
  int score = scores == ATTEST_RISK_COMPUTATION_SUM ? (int) (likelihood + impact) : (int) (likelihood * impact);
  int highest = scores == ATTEST_RISK_COMPUTATION_SUM ? (int) (n_likelihood + n_impact) : (int) (n_likelihood * n_impact);
  int lowest = scores == ATTEST_RISK_COMPUTATION_SUM ? 2 : 1;

  if (n_levels == 0)
    return 0;
  for (guint k = 0; rising && k + 1 < n_levels; k++)
    rising = strv_int (method, "thresholds", k, G_MININT) != G_MININT
             && (k == 0 || strv_int (method, "thresholds", k, 0) > strv_int (method, "thresholds", k - 1, 0));
  if (rising)
    {
      for (guint level = 0; level + 1 < n_levels; level++)
        if (score <= strv_int (method, "thresholds", level, G_MAXINT))
          return level;
      return n_levels - 1;
    }
  if (highest <= lowest)
    return 0;
  return MIN ((int) n_levels - 1, (score - lowest) * (int) n_levels / (highest - lowest + 1));
}

/**
 * attest_risk_method_fit_matrix:
 * @method: the risk method
 * @old_n_likelihood: how many likelihood steps the matrix was painted for
 * @old_n_impact: how many impact steps it was painted for
 * @scores: how new cells are scored: %ATTEST_RISK_COMPUTATION_PRODUCT or
 *   %ATTEST_RISK_COMPUTATION_SUM, the computation used before the matrix
 *
 * Makes the matrix fit the method's scales and levels: a cell painted
 * before keeps its level (the highest level if that one is gone); a new
 * cell, or every cell of a matrix that was never complete, starts at the
 * level the scores give. Called when the user turns to the matrix and
 * whenever a scale changes its number of steps, so painting is never lost
 * to a longer scale and never needs to start from nothing.
 *
 * Returns: whether the matrix changed
 */
gboolean
attest_risk_method_fit_matrix (AttestRecord *method,
                               guint         old_n_likelihood,
                               guint         old_n_impact,
                               int           scores)
{
  guint n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (method, "impact-scale");
  guint n_levels = attest_record_get_strv_length (method, "levels");
  gboolean painted = attest_record_get_strv_length (method, "matrix") == old_n_likelihood * old_n_impact && old_n_likelihood > 0;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) matrix = NULL;

  if (n_likelihood == 0 || n_impact == 0 || n_levels == 0)
    return FALSE;
  for (guint k = 0; painted && k < old_n_likelihood * old_n_impact; k++)
    painted = strv_int (method, "matrix", k, -1) >= 0;

  for (guint l = 1; l <= n_likelihood; l++)
    for (guint i = 1; i <= n_impact; i++)
      {
        int level;
        char text[16];

        if (painted && l <= old_n_likelihood && i <= old_n_impact)
          level = MIN (strv_int (method, "matrix", (l - 1) * old_n_impact + (i - 1), 0), (int) n_levels - 1);
        else
          level = scored_level (method, scores, l, i);
        g_snprintf (text, sizeof text, "%d", level);
        g_strv_builder_add (builder, text);
      }
  matrix = g_strv_builder_end (builder);
  if (g_strv_equal ((const char * const *) matrix, attest_record_get_strv (method, "matrix")))
    return FALSE;
  g_object_set (method, "matrix", matrix, NULL);
  return TRUE;
}

/**
 * attest_risk_method_paint:
 * @method: the risk method
 * @likelihood: a likelihood step, from 1
 * @impact: an impact step, from 1
 * @level: the risk level the cell shall have, from 0
 *
 * Paints one cell of the matrix (after attest_risk_method_fit_matrix()).
 *
 * Returns: whether the cell changed
 */
gboolean
attest_risk_method_paint (AttestRecord *method,
                          guint         likelihood,
                          guint         impact,
                          guint         level)
{
  guint n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (method, "impact-scale");
  g_auto(GStrv) matrix = g_strdupv ((char **) attest_record_get_strv (method, "matrix"));
  guint k = (likelihood - 1) * n_impact + (impact - 1);

  g_return_val_if_fail (likelihood >= 1 && likelihood <= n_likelihood, FALSE);
  g_return_val_if_fail (impact >= 1 && impact <= n_impact, FALSE);
  g_return_val_if_fail (level < attest_record_get_strv_length (method, "levels"), FALSE);

  if (g_strv_length (matrix) != n_likelihood * n_impact || strv_int (method, "matrix", k, -1) == (int) level)
    return FALSE;
  g_free (matrix[k]);
  matrix[k] = g_strdup_printf ("%u", level);
  g_object_set (method, "matrix", matrix, NULL);
  return TRUE;
}

/* The first step, from 1, of a scale without a description (missing or
 * blank), or 0 when each has one; *extra is set when there are more
 * descriptions than steps. */
static guint
step_without_description (AttestRecord *method,
                          const char   *field,
                          guint         n_steps,
                          gboolean     *extra)
{
  const char * const *descriptions = attest_record_get_strv (method, field);
  guint n_descriptions = attest_record_get_strv_length (method, field);

  *extra = n_descriptions > n_steps;
  for (guint k = 0; k < n_steps; k++)
    {
      const char *p = k < n_descriptions ? descriptions[k] : "";

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        return k + 1;
    }
  return 0;
}

/* A problem when a step of a scale has no name: the first such step. */
static void
check_names (GPtrArray    *problems,
             AttestRecord *method,
             gboolean      impact)
{
  const char *field = impact ? "impact-scale" : "likelihood-scale";
  const char * const *names = attest_record_get_strv (method, field);

  for (guint k = 0; names != NULL && names[k] != NULL; k++)
    if (attest_text_is_blank (names[k]))
      {
        g_autofree char *message = impact
                                   /* TRANSLATORS: %u is a step of the impact scale, from 1 */
                                   ? g_strdup_printf (_("Impact step %u: give it a name."), k + 1)
                                   /* TRANSLATORS: %u is a step of the likelihood scale, from 1 */
                                   : g_strdup_printf (_("Likelihood step %u: give it a name."), k + 1);

        attest_record_add_problem (problems, field, message);
        return;
      }
}

/* A problem when a risk level has no name: the first such level. */
static void
check_level_names (GPtrArray    *problems,
                   AttestRecord *method)
{
  const char * const *levels = attest_record_get_strv (method, "levels");

  for (guint k = 0; levels != NULL && levels[k] != NULL; k++)
    if (attest_text_is_blank (levels[k]))
      {
        /* TRANSLATORS: %u is a risk level, from 1 */
        g_autofree char *message = g_strdup_printf (_("Level %u: give it a name."), k + 1);

        attest_record_add_problem (problems, "levels", message);
        return;
      }
}

/**
 * attest_risk_method_threshold_problem:
 * @method: the risk method
 *
 * The thresholds of product and sum: each level but the highest has the
 * highest score it covers, rising from level to level.
 *
 * Returns: the first level, from 0, whose highest score is missing or not
 *   above the level's below, or -1 when they rise
 */
int
attest_risk_method_threshold_problem (AttestRecord *method)
{
  guint n_levels = attest_record_get_strv_length (method, "levels");

  for (guint k = 0; k + 1 < n_levels; k++)
    if (strv_int (method, "thresholds", k, G_MININT) == G_MININT
        || (k > 0 && strv_int (method, "thresholds", k, G_MININT) <= strv_int (method, "thresholds", k - 1, G_MAXINT)))
      return (int) k;
  return -1;
}

/**
 * attest_risk_method_score_range:
 * @method: the risk method
 * @lowest: (out) (optional): the lowest score the scales give
 * @highest: (out) (optional): the highest
 *
 * The scores of product or sum (the sum's scores for the sum, else the
 * product's): what a level's highest score is chosen from.
 */
void
attest_risk_method_score_range (AttestRecord *method,
                                int          *lowest,
                                int          *highest)
{
  int n_likelihood = (int) attest_record_get_strv_length (method, "likelihood-scale");
  int n_impact = (int) attest_record_get_strv_length (method, "impact-scale");
  gboolean sum = attest_record_get_enum (method, "computation") == ATTEST_RISK_COMPUTATION_SUM;

  if (lowest != NULL)
    *lowest = sum ? 2 : 1;
  if (highest != NULL)
    *highest = MAX (sum ? n_likelihood + n_impact : n_likelihood * n_impact, sum ? 2 : 1);
}

/* The colours a new level is given, the first not in use. */
static const char * const level_palette[] = {
  "#2ec27e", "#f5c211", "#ff7800", "#e01b24", "#c061cb", "#613583", "#3584e4", NULL
};

static gboolean
same_colour (gconstpointer a,
             gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

static void
set_levels (AttestRecord       *method,
            GPtrArray          *names,
            GPtrArray          *colours,
            GPtrArray          *thresholds)
{
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (colours, NULL);
  g_ptr_array_add (thresholds, NULL);
  g_object_set (method,
                "levels", names->pdata,
                "level-colours", colours->pdata,
                "thresholds", thresholds->pdata,
                NULL);
}

static GPtrArray *
strv_array (AttestRecord *method,
            const char   *field)
{
  const char * const *strv = attest_record_get_strv (method, field);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; strv != NULL && strv[k] != NULL; k++)
    g_ptr_array_add (array, g_strdup (strv[k]));
  return array;
}

/**
 * attest_risk_method_add_level:
 * @method: the risk method
 *
 * Adds a level above the highest, without a name, in a colour no level
 * has yet. The level that was the highest is given a highest score half
 * way up to the highest score there is, so that the new level starts
 * above it; the matrix, the acceptance and the escalation level stay.
 *
 * Returns: whether a level was added (a method has 6 at most)
 */
gboolean
attest_risk_method_add_level (AttestRecord *method)
{
  g_autoptr(GPtrArray) names = strv_array (method, "levels");
  g_autoptr(GPtrArray) colours = strv_array (method, "level-colours");
  g_autoptr(GPtrArray) thresholds = strv_array (method, "thresholds");
  guint n = names->len;
  const char *colour = level_palette[0];
  int lowest, highest, below;

  if (n >= ATTEST_RISK_METHOD_MAX_LEVELS)
    return FALSE;
  for (guint k = 0; level_palette[k] != NULL; k++)
    if (!g_ptr_array_find_with_equal_func (colours, level_palette[k], same_colour, NULL))
      {
        colour = level_palette[k];
        break;
      }
  while (colours->len < n)
    g_ptr_array_add (colours, g_strdup (level_palette[colours->len % (G_N_ELEMENTS (level_palette) - 1)]));
  g_ptr_array_set_size (colours, n);
  g_ptr_array_add (names, g_strdup (""));
  g_ptr_array_add (colours, g_strdup (colour));
  if (n >= 1)
    {
      attest_risk_method_score_range (method, &lowest, &highest);
      g_ptr_array_set_size (thresholds, MIN (thresholds->len, n - 1));
      below = n >= 2 ? strv_int (method, "thresholds", n - 2, lowest - 1) : lowest - 1;
      while (thresholds->len < n - 1)
        g_ptr_array_add (thresholds, g_strdup_printf ("%d", below));
      g_ptr_array_add (thresholds, g_strdup_printf ("%d", MIN (below + MAX (1, (highest - below) / 2), highest)));
    }
  set_levels (method, names, colours, thresholds);
  return TRUE;
}

/**
 * attest_risk_method_remove_level:
 * @method: the risk method
 * @level: a level, from 0
 *
 * Removes @level with its colour. Its scores and the matrix's cells of
 * @level go to the level below (the lowest level's to the level above,
 * which now is the lowest); the acceptance and the escalation level keep
 * pointing at the levels they named, or the level below the one removed,
 * with escalation above acceptance where the levels allow.
 *
 * Returns: whether the level was removed (a method keeps 2 at least)
 */
gboolean
attest_risk_method_remove_level (AttestRecord *method,
                                 guint         level)
{
  g_autoptr(GPtrArray) names = strv_array (method, "levels");
  g_autoptr(GPtrArray) colours = strv_array (method, "level-colours");
  g_autoptr(GPtrArray) thresholds = strv_array (method, "thresholds");
  g_autoptr(GStrvBuilder) matrix = g_strv_builder_new ();
  g_auto(GStrv) cells = NULL;
  const char * const *old = attest_record_get_strv (method, "matrix");
  guint n = names->len;
  int acceptance, escalation;

  if (n <= 2 || level >= n)
    return FALSE;
  g_ptr_array_remove_index (names, level);
  if (level < colours->len)
    g_ptr_array_remove_index (colours, level);
  /* The level below takes the scores of the one removed, as it takes its
   * cells: it gives up its own highest score (the lowest level's scores go
   * to the level above, which keeps its). */
  if ((level > 0 ? level - 1 : 0) < thresholds->len)
    g_ptr_array_remove_index (thresholds, level > 0 ? level - 1 : 0);

  for (guint k = 0; old != NULL && old[k] != NULL; k++)
    {
      int cell = strv_int (method, "matrix", k, -1);
      char text[16];

      if (cell > (int) level || (cell == (int) level && level > 0))
        cell--;
      if (cell < 0)
        g_strv_builder_add (matrix, old[k]);
      else
        {
          g_snprintf (text, sizeof text, "%d", cell);
          g_strv_builder_add (matrix, text);
        }
    }
  cells = g_strv_builder_end (matrix);

  g_object_get (method, "acceptance-level", &acceptance, "escalation-level", &escalation, NULL);
  if (acceptance > (int) level || (acceptance == (int) level && level > 0))
    acceptance--;
  if (escalation > (int) level || (escalation == (int) level && level > 0))
    escalation--;
  if (escalation <= acceptance && acceptance + 1 < (int) n - 1)
    escalation = acceptance + 1;

  g_object_freeze_notify (G_OBJECT (method));
  set_levels (method, names, colours, thresholds);
  g_object_set (method, "matrix", cells, "acceptance-level", acceptance, "escalation-level", escalation, NULL);
  g_object_thaw_notify (G_OBJECT (method));
  return TRUE;
}

/* A problem when a scale's descriptions do not give each step one: the
 * first step without, or more descriptions than steps. */
static void
check_descriptions (GPtrArray    *problems,
                    AttestRecord *method,
                    gboolean      impact,
                    guint         n_steps)
{
  const char *field = impact ? "impact-descriptions" : "likelihood-descriptions";
  gboolean extra;
  guint step = step_without_description (method, field, n_steps, &extra);
  g_autofree char *message = NULL;

  if (extra && impact)
    /* TRANSLATORS: %u is the number of steps of the impact scale */
    message = g_strdup_printf (_("The impact scale has more descriptions than its %u steps: remove the ones after the last step."), n_steps);
  else if (extra)
    /* TRANSLATORS: %u is the number of steps of the likelihood scale */
    message = g_strdup_printf (_("The likelihood scale has more descriptions than its %u steps: remove the ones after the last step."), n_steps);
  else if (step > 0 && impact)
    /* TRANSLATORS: %u is a step of the impact scale, from 1 */
    message = g_strdup_printf (_("Impact step %u: give it a description."), step);
  else if (step > 0)
    /* TRANSLATORS: %u is a step of the likelihood scale, from 1 */
    message = g_strdup_printf (_("Likelihood step %u: give it a description."), step);
  if (message != NULL)
    attest_record_add_problem (problems, field, message);
}

/**
 * attest_risk_method_check:
 * @method: the risk method
 *
 * Returns: (transfer full) (element-type AttestProblem): what is wrong with
 *   the method: scales of 3 to 6 levels with a description each, thresholds
 *   that rise, a complete matrix, an acceptance level among the levels, an
 *   escalation level among them above it, and who decides there
 */
GPtrArray *
attest_risk_method_check (AttestRecord *method)
{
  GPtrArray *problems = attest_record_check (method);
  guint n_likelihood = attest_record_get_strv_length (method, "likelihood-scale");
  guint n_impact = attest_record_get_strv_length (method, "impact-scale");
  guint n_levels = attest_record_get_strv_length (method, "levels");
  int acceptance, escalation;

  if (n_likelihood < 3 || n_likelihood > 6)
    attest_record_add_problem (problems, "likelihood-scale", _("The likelihood scale needs 3 to 6 levels."));
  if (n_impact < 3 || n_impact > 6)
    attest_record_add_problem (problems, "impact-scale", _("The impact scale needs 3 to 6 levels."));
  check_names (problems, method, FALSE);
  check_names (problems, method, TRUE);
  check_descriptions (problems, method, FALSE, n_likelihood);
  check_descriptions (problems, method, TRUE, n_impact);
  if (n_levels < 2)
    attest_record_add_problem (problems, "levels", _("Name at least two risk levels."));
  check_level_names (problems, method);
  /* How a colour is written is a rule of the field (attest_record_check()). */
  if (attest_record_get_strv_length (method, "level-colours") != n_levels
      || g_strv_contains (attest_record_get_strv (method, "level-colours"), ""))
    attest_record_add_problem (problems, "level-colours", _("Give each risk level its colour."));

  if (attest_record_get_enum (method, "computation") == ATTEST_RISK_COMPUTATION_MATRIX)
    {
      gboolean complete = attest_record_get_strv_length (method, "matrix") == n_likelihood * n_impact;

      for (guint k = 0; complete && k < n_likelihood * n_impact; k++)
        {
          int level = strv_int (method, "matrix", k, -1);
          complete = level >= 0 && (guint) level < n_levels;
        }
      if (!complete)
        attest_record_add_problem (problems, "matrix", _("Give every cell of the matrix a risk level."));
    }
  else
    {
      int level = attest_risk_method_threshold_problem (method);

      if (level >= 0)
        {
          g_autofree char *message = NULL;

          if (strv_int (method, "thresholds", level, G_MININT) == G_MININT)
            /* TRANSLATORS: %u is a risk level, from 1 */
            message = g_strdup_printf (_("Level %u: give the highest score it covers."), level + 1);
          else
            /* TRANSLATORS: a risk level's highest score must rise: "Level 3: give it a highest score above 9, level 2's." */
            message = g_strdup_printf (_("Level %u: give it a highest score above %d, level %u’s."),
                                       level + 1, strv_int (method, "thresholds", level - 1, 0), level);
          attest_record_add_problem (problems, "thresholds", message);
        }
    }

  g_object_get (method, "acceptance-level", &acceptance, "escalation-level", &escalation, NULL);
  if (n_levels > 0 && (guint) acceptance >= n_levels)
    attest_record_add_problem (problems, "acceptance-level", _("The acceptance level must be one of the risk levels."));
  if (n_levels > 0 && (guint) escalation >= n_levels)
    attest_record_add_problem (problems, "escalation-level", _("The escalation level must be one of the risk levels."));
  else if (n_levels > 0 && (guint) acceptance < n_levels && escalation <= acceptance)
    attest_record_add_problem (problems, "escalation-level", _("The escalation level must be above the acceptance level."));
  if (n_levels > 0 && attest_text_is_blank (attest_record_get_string (method, "escalation-authority")))
    attest_record_add_problem (problems, "escalation-authority",
                               _("Name who decides on residual risks at the escalation level, such as top management."));
  return problems;
}
