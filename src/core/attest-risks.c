/* attest-risks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-risks"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "attest-enum-types.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-asset.h"
#include "attest-labels.h"
#include "attest-readiness.h"
#include "attest-risk.h"
#include "attest-risk-acceptance.h"
#include "attest-risk-method.h"
#include "attest-risks.h"
#include "attest-soa-entry.h"
#include "attest-treatment-action.h"

/* Levels are computed from the method whenever they are needed and never
 * stored: changing the method changes no risk's record, so nothing is lost,
 * and the register, the heat maps and the rules all agree. */

static guint
strv_len (AttestRecord *record,
          const char   *field)
{
  return g_strv_length ((char **) attest_record_get_strv (record, field));
}

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
 * attest_risk_method_apply_preset:
 * @method: the risk method
 * @size: 3, 4 or 5 levels on each scale
 *
 * Starts the method from a preset: likelihood × impact with our own labels
 * and descriptions, and levels low to critical with the acceptance level
 * at "medium" (at "low" for 3×3).
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
  static const char * const ldesc5[] = {
    N_("Less than once in ten years"), N_("Once in five to ten years"), N_("Once in one to five years"),
    N_("About once a year"), N_("Several times a year"), NULL };
  static const char * const idesc5[] = {
    N_("Hardly noticed"), N_("Inconvenience, fixed within a day"), N_("Disruption or a complaint from a customer"),
    N_("Lost customers, a regulator's inquiry"), N_("Threatens the organisation"), NULL };
  static const char * const ldesc3[] = {
    N_("Not expected in the next five years"), N_("Could happen in the next few years"),
    N_("Expected at least once a year"), NULL };
  static const char * const ldesc4[] = {
    N_("Less than once in ten years"), N_("Once in two to ten years"), N_("About once a year"),
    N_("Several times a year"), NULL };
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
                NULL);
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
  guint n_likelihood = strv_len (method, "likelihood-scale");
  guint n_impact = strv_len (method, "impact-scale");
  guint n_levels = strv_len (method, "levels");
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

/* The level a cell would have by the scores, for starting a matrix: the
 * thresholds when they rise, else the cell's rank among all products. */
static int
scored_level (AttestRecord *method,
              int           scores,
              guint         likelihood,
              guint         impact)
{
  guint n_likelihood = strv_len (method, "likelihood-scale");
  guint n_impact = strv_len (method, "impact-scale");
  guint n_levels = strv_len (method, "levels");
  gboolean rising = n_levels >= 1 && strv_len (method, "thresholds") == n_levels - 1;
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
  guint n_likelihood = strv_len (method, "likelihood-scale");
  guint n_impact = strv_len (method, "impact-scale");
  guint n_levels = strv_len (method, "levels");
  gboolean painted = strv_len (method, "matrix") == old_n_likelihood * old_n_impact && old_n_likelihood > 0;
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
  guint n_likelihood = strv_len (method, "likelihood-scale");
  guint n_impact = strv_len (method, "impact-scale");
  g_auto(GStrv) matrix = g_strdupv ((char **) attest_record_get_strv (method, "matrix"));
  guint k = (likelihood - 1) * n_impact + (impact - 1);

  g_return_val_if_fail (likelihood >= 1 && likelihood <= n_likelihood, FALSE);
  g_return_val_if_fail (impact >= 1 && impact <= n_impact, FALSE);
  g_return_val_if_fail (level < strv_len (method, "levels"), FALSE);

  if (g_strv_length (matrix) != n_likelihood * n_impact || strv_int (method, "matrix", k, -1) == (int) level)
    return FALSE;
  g_free (matrix[k]);
  matrix[k] = g_strdup_printf ("%u", level);
  g_object_set (method, "matrix", matrix, NULL);
  return TRUE;
}

/**
 * attest_colour_parse:
 * @text: a colour as #rrggbb
 * @rgb: (out) (array fixed-size=3): its red, green and blue, 0 to 1; a
 *   middle grey if @text is not a colour
 *
 * Returns: whether @text is a colour
 */
gboolean
attest_colour_parse (const char *text,
                     double      rgb[3])
{
  guint r, g, b;
  int end = 0;

  if (text != NULL && sscanf (text, "#%02x%02x%02x%n", &r, &g, &b, &end) == 3 && end == 7 && text[7] == '\0')
    {
      rgb[0] = r / 255.0;
      rgb[1] = g / 255.0;
      rgb[2] = b / 255.0;
      return TRUE;
    }
  rgb[0] = rgb[1] = rgb[2] = 0.75;
  return FALSE;
}

/**
 * attest_colour_luminance:
 * @rgb: (array fixed-size=3): a colour
 *
 * Returns: its relative luminance after WCAG 2, 0 (black) to 1 (white)
 */
double
attest_colour_luminance (const double rgb[3])
{
  double l[3];

  for (guint i = 0; i < 3; i++)
    l[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

/**
 * attest_colour_text_grey:
 * @rgb: (array fixed-size=3): a background colour, a level's
 *
 * Text on a level's colour is black or white, whichever contrasts more; the
 * contrast is then at least 4.5 to 1 whatever the colour, in light mode and
 * dark mode alike (the cell carries its own background).
 *
 * Returns: 0 for black text, 1 for white
 */
double
attest_colour_text_grey (const double rgb[3])
{
  double luminance = attest_colour_luminance (rgb);

  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? 0.0 : 1.0;
}

/**
 * attest_risk_method_check:
 * @method: the risk method
 *
 * Returns: (transfer full) (element-type AttestProblem): what is wrong with
 *   the method: scales of 3 to 6 levels with a description each, thresholds
 *   that rise, a complete matrix, an acceptance level among the levels
 */
GPtrArray *
attest_risk_method_check (AttestRecord *method)
{
  GPtrArray *problems = attest_record_check (method);
  guint n_likelihood = strv_len (method, "likelihood-scale");
  guint n_impact = strv_len (method, "impact-scale");
  guint n_levels = strv_len (method, "levels");
  int acceptance;

  if (n_likelihood < 3 || n_likelihood > 6)
    attest_record_add_problem (problems, "likelihood-scale", _("The likelihood scale needs 3 to 6 levels."));
  if (n_impact < 3 || n_impact > 6)
    attest_record_add_problem (problems, "impact-scale", _("The impact scale needs 3 to 6 levels."));
  if (strv_len (method, "likelihood-descriptions") != n_likelihood)
    attest_record_add_problem (problems, "likelihood-descriptions", _("Give each likelihood level its description."));
  if (strv_len (method, "impact-descriptions") != n_impact)
    attest_record_add_problem (problems, "impact-descriptions", _("Give each impact level its description."));
  if (n_levels < 2)
    attest_record_add_problem (problems, "levels", _("Name at least two risk levels."));
  /* How a colour is written is a rule of the field (attest_record_check()). */
  if (strv_len (method, "level-colours") != n_levels
      || g_strv_contains (attest_record_get_strv (method, "level-colours"), ""))
    attest_record_add_problem (problems, "level-colours", _("Give each risk level its colour."));

  if (attest_record_get_enum (method, "computation") == ATTEST_RISK_COMPUTATION_MATRIX)
    {
      gboolean complete = strv_len (method, "matrix") == n_likelihood * n_impact;

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
      gboolean rising = n_levels >= 1 && strv_len (method, "thresholds") == n_levels - 1;

      for (guint k = 1; rising && k + 1 < n_levels; k++)
        rising = strv_int (method, "thresholds", k, G_MININT) > strv_int (method, "thresholds", k - 1, G_MAXINT);
      for (guint k = 0; rising && k + 1 < n_levels; k++)
        rising = strv_int (method, "thresholds", k, G_MININT) != G_MININT;
      if (!rising)
        attest_record_add_problem (problems, "thresholds",
                                   _("Give each level but the highest the highest score it covers, rising from level to level."));
    }

  g_object_get (method, "acceptance-level", &acceptance, NULL);
  if (n_levels > 0 && (guint) acceptance >= n_levels)
    attest_record_add_problem (problems, "acceptance-level", _("The acceptance level must be one of the risk levels."));
  return problems;
}

static AttestRecord *
method_of (AttestWorkspace *workspace)
{
  return attest_workspace_get_singleton (workspace, ATTEST_TYPE_RISK_METHOD);
}

/**
 * attest_risks_dup_scale:
 * @workspace: a workspace
 * @record: a risk or an asset
 * @field: one of its rating fields
 *
 * The names of the steps a rating field can take, after the method's
 * scales: likelihoods by the likelihood scale, impacts and the value of an
 * asset by the impact scale. The first name is for 0, not yet rated.
 * The method's acceptance level is chosen among its risk levels, from 0.
 *
 * Returns: (transfer full) (nullable): the names, from 0 up, or %NULL when
 *   @field is not rated on a scale of the method
 */
GStrv
attest_risks_dup_scale (AttestWorkspace *workspace,
                        AttestRecord    *record,
                        const char      *field)
{
  static const char * const likelihoods[] = { "likelihood", "residual-likelihood", NULL };
  static const char * const impacts[] = { "impact", "residual-impact", NULL };
  static const char * const values[] = { "confidentiality", "integrity", "availability", NULL };
  AttestRecord *method = method_of (workspace);
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *scale;

  if (ATTEST_IS_RISK_METHOD (record) && g_str_equal (field, "acceptance-level"))
    return g_strdupv ((char **) attest_record_get_strv (record, "levels"));
  if (ATTEST_IS_RISK (record) && g_strv_contains (likelihoods, field))
    scale = "likelihood-scale";
  else if ((ATTEST_IS_RISK (record) && g_strv_contains (impacts, field))
           || (ATTEST_IS_ASSET (record) && g_strv_contains (values, field)))
    scale = "impact-scale";
  else
    return NULL;

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, ATTEST_IS_ASSET (record) ? _("Not rated") : _("Not assessed"));
  if (method != NULL)
    {
      const char * const *names = attest_record_get_strv (method, scale);

      for (guint i = 0; names[i] != NULL; i++)
        {
          g_autofree char *name = g_strdup_printf ("%u · %s", i + 1, names[i]);
          g_strv_builder_add (builder, name);
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * attest_risk_get_ratings:
 * @workspace: a workspace
 * @risk: a risk
 * @residual: the ratings after treatment rather than before
 * @likelihood: (out): the likelihood, 0 if not assessed
 * @impact: (out): the impact, 0 if not assessed
 *
 * The ratings a risk's level is computed from. A risk not yet rated after
 * treatment stands where it stood before.
 */
void
attest_risk_get_ratings (AttestWorkspace *workspace,
                         AttestRecord    *risk,
                         gboolean         residual,
                         int             *likelihood,
                         int             *impact)
{
  if (residual)
    {
      g_object_get (risk, "residual-likelihood", likelihood, "residual-impact", impact, NULL);
      if (*likelihood > 0 && *impact > 0)
        return;
    }
  g_object_get (risk, "likelihood", likelihood, "impact", impact, NULL);
}

/**
 * attest_risks_heat_counts:
 * @workspace: a workspace
 * @residual: count by the ratings after treatment
 * @n_likelihood: (out): the steps of the likelihood scale
 * @n_impact: (out): the steps of the impact scale
 *
 * How many risks stand in each cell of the method's grid: the count of
 * likelihood l and impact i (both from 1) is at (l - 1) * n_impact + i - 1.
 * Risks not assessed or beyond the scales are not counted.
 *
 * Returns: (transfer full) (element-type guint): the counts
 */
GArray *
attest_risks_heat_counts (AttestWorkspace *workspace,
                          gboolean         residual,
                          guint           *n_likelihood,
                          guint           *n_impact)
{
  AttestRecord *method = method_of (workspace);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GArray *counts;

  *n_likelihood = method ? strv_len (method, "likelihood-scale") : 0;
  *n_impact = method ? strv_len (method, "impact-scale") : 0;
  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), *n_likelihood * *n_impact);
  g_array_set_size (counts, *n_likelihood * *n_impact);
  for (guint k = 0; k < g_list_model_get_n_items (risks); k++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, k);
      int likelihood, impact;

      attest_risk_get_ratings (workspace, risk, residual, &likelihood, &impact);
      if (likelihood >= 1 && impact >= 1 && (guint) likelihood <= *n_likelihood && (guint) impact <= *n_impact)
        g_array_index (counts, guint, (likelihood - 1) * *n_impact + impact - 1)++;
    }
  return counts;
}

/**
 * attest_risk_level:
 * @workspace: a workspace
 * @risk: a risk
 * @residual: the level after treatment rather than before
 *
 * The residual level of a risk not yet assessed after treatment is its
 * inherent level.
 *
 * Returns: the level, as attest_risk_method_level() says
 */
int
attest_risk_level (AttestWorkspace *workspace,
                   AttestRecord    *risk,
                   gboolean         residual)
{
  AttestRecord *method = method_of (workspace);
  int likelihood, impact;

  if (method == NULL)
    return ATTEST_RISK_NOT_ASSESSED;
  attest_risk_get_ratings (workspace, risk, residual, &likelihood, &impact);
  return attest_risk_method_level (method, likelihood, impact);
}

/**
 * attest_risks_levels:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type int): every risk's inherent and
 *   residual level, in register order, to compare after a method change
 */
GArray *
attest_risks_levels (AttestWorkspace *workspace)
{
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GArray *levels = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      int inherent = attest_risk_level (workspace, risk, FALSE);
      int residual = attest_risk_level (workspace, risk, TRUE);

      g_array_append_val (levels, inherent);
      g_array_append_val (levels, residual);
    }
  return levels;
}

/**
 * attest_risks_count_changed:
 * @workspace: a workspace whose method was changed
 * @before: what attest_risks_levels() said before the change
 *
 * Returns: how many risks have another inherent or residual level now
 */
guint
attest_risks_count_changed (AttestWorkspace *workspace,
                            GArray          *before)
{
  g_autoptr(GArray) after = attest_risks_levels (workspace);
  guint changed = 0;

  for (guint i = 0; i + 1 < after->len && i + 1 < before->len; i += 2)
    changed += g_array_index (after, int, i) != g_array_index (before, int, i)
               || g_array_index (after, int, i + 1) != g_array_index (before, int, i + 1);
  return changed;
}

/**
 * attest_risk_get_acceptance:
 * @workspace: a workspace
 * @risk: a risk
 *
 * Returns: (transfer none) (nullable): the newest decision on the risk
 */
AttestRecord *
attest_risk_get_acceptance (AttestWorkspace *workspace,
                            AttestRecord    *risk)
{
  GListModel *acceptances = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK_ACCEPTANCE);
  AttestRecord *newest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (acceptances); i++)
    {
      g_autoptr(AttestRecord) acceptance = g_list_model_get_item (acceptances, i);

      if (g_str_equal (attest_record_get_string (acceptance, "risk-id"), attest_record_get_id (risk)))
        newest = acceptance;   /* the model keeps it; later ones come later */
    }
  return newest;
}

/**
 * attest_risk_acceptance_is_outdated:
 * @workspace: a workspace
 * @acceptance: a risk acceptance
 *
 * Returns: %TRUE if the risk changed after it was accepted
 */
gboolean
attest_risk_acceptance_is_outdated (AttestWorkspace *workspace,
                                    AttestRecord    *acceptance)
{
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (acceptance, "risk-id"));
  g_autofree char *now = NULL;

  if (risk == NULL)
    return TRUE;
  now = attest_record_to_json_text (risk);
  return !g_str_equal (now, attest_record_get_string (acceptance, "snapshot"));
}

/**
 * attest_risk_accept:
 * @workspace: a workspace
 * @risk: a risk
 * @accepted_by: the risk owner who decides
 * @decision: an #AttestAcceptanceDecision
 * @note: (nullable): why
 * @error: return location for an error
 *
 * Records a risk owner's decision on the residual risk (6.1.3 f) with a
 * snapshot of the risk as it is, and an "accept" event in the history.
 *
 * Returns: (transfer none): the acceptance, or %NULL with @error set
 */
AttestRecord *
attest_risk_accept (AttestWorkspace  *workspace,
                    AttestRecord     *risk,
                    const char       *accepted_by,
                    int               decision,
                    const char       *note,
                    GError          **error)
{
  g_autofree char *snapshot = attest_record_to_json_text (risk);
  g_autofree char *now = attest_timestamp_format (attest_now ());
  g_autoptr(AttestRecord) acceptance = NULL;

  if (accepted_by == NULL || attest_text_is_blank (accepted_by))
    {
      g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, _("Say who decides on the risk: its owner."));
      return NULL;
    }
  acceptance = g_object_new (ATTEST_TYPE_RISK_ACCEPTANCE,
                             "risk-id", attest_record_get_id (risk),
                             "accepted-by", accepted_by,
                             "accepted-at", now,
                             "decision", decision,
                             "note", note,
                             "snapshot", snapshot,
                             NULL);
  if (!attest_workspace_begin (workspace, error))
    return NULL;
  if (!attest_workspace_add (workspace, acceptance, error)
      || !attest_store_append_event (attest_workspace_get_store (workspace), "accept", "risk",
                                     attest_record_get_id (risk), "decision", NULL,
                                     decision == ATTEST_ACCEPTANCE_ACCEPTED ? "accepted" : "rejected", error)
      || !attest_history_record_head (attest_workspace_get_store (workspace), "risk-acceptance",
                                      attest_store_get_history_count (attest_workspace_get_store (workspace)),
                                      attest_store_get_history_head (attest_workspace_get_store (workspace)),
                                      error))
    {
      attest_workspace_rollback (workspace);
      return NULL;
    }
  if (!attest_workspace_commit (workspace, error))
    return NULL;
  return acceptance;
}

static void
add (GPtrArray      *findings,
     const char     *clause,
     AttestSeverity  severity,
     AttestRecord   *risk,
     const char     *field,
     const char     *message)
{
  const char *title = attest_record_get_string (risk, "title");
  g_autofree char *text = g_strdup_printf ("%s: %s", *title ? title : _("A risk without a title"), message);

  g_ptr_array_add (findings, attest_finding_new ("risks", clause, severity, risk, field, text));
}

/* Names compare as people write them: "IT lead" is "it lead ". */
static gboolean
same_person (const char *a,
             const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return g_str_equal (g_strstrip (x), g_strstrip (y));
}

static gboolean
has_action (AttestWorkspace *workspace,
            AttestRecord    *risk)
{
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);

      if (g_str_equal (attest_record_get_string (action, "risk-id"), attest_record_get_id (risk)))
        return TRUE;
    }
  return FALSE;
}

/* The Annex A controls that treat @risk, as SoA entries. */
static GPtrArray *
dup_controls (AttestWorkspace *workspace,
              AttestRecord    *risk)
{
  g_autoptr(GPtrArray) ids = attest_workspace_dup_links_from (workspace, "risk-control", risk, NULL);
  GPtrArray *entries = g_ptr_array_new ();

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      AttestRecord *entry = attest_workspace_lookup (workspace, g_ptr_array_index (ids, i));

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  return entries;
}

/**
 * attest_risk_acceptance_dup_pending:
 * @workspace: a workspace
 * @acceptance: a risk owner's decision
 *
 * What an acceptance of a residual risk still waits for: the risk's
 * actions in the treatment plan that are not done and the controls that
 * treat it that are not implemented. The residual level the owner accepted
 * is reached only when they are, so until then the acceptance is
 * conditional (6.1.3 f, 8.3).
 *
 * Returns: (transfer full) (nullable): what is pending, as a list a person
 *   reads ("“Phishing training” (In progress), A.8.8 (Planned)"), or %NULL
 *   when nothing is, or when @acceptance accepts nothing
 */
char *
attest_risk_acceptance_dup_pending (AttestWorkspace *workspace,
                                    AttestRecord    *acceptance)
{
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (acceptance, "risk-id"));
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);
  GListModel *entries = attest_workspace_get_records (workspace, ATTEST_TYPE_SOA_ENTRY);
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GString) pending = g_string_new (NULL);

  if (risk == NULL || attest_record_get_enum (acceptance, "decision") != ATTEST_ACCEPTANCE_ACCEPTED)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      int status = attest_record_get_enum (action, "status");

      if (status != ATTEST_ACTION_STATUS_DONE
          && g_str_equal (attest_record_get_string (action, "risk-id"), attest_record_get_id (risk)))
        /* TRANSLATORS: an action of the treatment plan and its status: "“Offline backups” (In progress)" */
        g_string_append_printf (pending, _("%s“%s” (%s)"), pending->len ? ", " : "",
                                attest_record_get_string (action, "title"),
                                attest_enum_get_label (ATTEST_TYPE_ACTION_STATUS, status));
    }
  /* The controls in the catalog's order. */
  linked = attest_workspace_dup_links_from (workspace, "risk-control", risk, NULL);
  for (guint i = 0; linked != NULL && linked->len > 0 && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AttestRecord) entry = g_list_model_get_item (entries, i);
      int status = attest_record_get_enum (entry, "status");
      const char *id = attest_record_get_string (entry, "control-id");
      const char *number = strrchr (id, '/');

      if (g_ptr_array_find_with_equal_func (linked, attest_record_get_id (entry), g_str_equal, NULL)
          && attest_record_get_enum (entry, "applicability") == ATTEST_APPLICABILITY_APPLICABLE
          && status != ATTEST_IMPLEMENTATION_IMPLEMENTED)
        /* TRANSLATORS: an Annex A control and its status: "A.8.8 (Planned)" */
        g_string_append_printf (pending, _("%s%s (%s)"), pending->len ? ", " : "", number ? number + 1 : id,
                                attest_enum_get_label (ATTEST_TYPE_IMPLEMENTATION, status));
    }
  return pending->len ? g_string_free (g_steal_pointer (&pending), FALSE) : NULL;
}

/* "High (3 × 5)": a level with the ratings it comes from. */
static char *
rating_text (AttestRecord *method,
             int           likelihood,
             int           impact)
{
  return g_strdup_printf ("%s (%d × %d)",
                          attest_risk_method_level_name (method, attest_risk_method_level (method, likelihood, impact)),
                          likelihood, impact);
}

/**
 * attest_risk_check:
 * @workspace: a workspace
 * @risk: a risk
 *
 * What an auditor would flag: no owner, not assessed, beyond the scales,
 * above the acceptance level without a treatment (all blockers, 6.1.2 and
 * 6.1.3); "Modify" without an action in the treatment plan (6.1.3 e) or
 * without a control that treats it (6.1.3 b), both blockers; a residual
 * rating above the rating before treatment, and "Retain" with a residual
 * rating other than the rating before (warnings: treatment lowers a risk,
 * retaining leaves it as it is); a residual risk above the acceptance level
 * that its owner has not accepted (6.1.3 f; a decision by someone else does
 * not count; a retained risk stands at its level before treatment, whatever
 * its residual rating says); a decision made outdated by later edits (a
 * blocker while the residual risk is above the acceptance level, a warning
 * otherwise); an acceptance while actions it relies on are open or controls
 * that treat the risk are not implemented (a warning: the accepted residual
 * level is not reached yet); and the risk's own field rules (warnings).
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_risk_check (AttestWorkspace *workspace,
                   AttestRecord    *risk)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) problems = attest_record_check (risk);
  AttestRecord *method = method_of (workspace);
  int inherent = attest_risk_level (workspace, risk, FALSE);
  int residual = attest_risk_level (workspace, risk, TRUE);
  const char *owner = attest_record_get_string (risk, "owner");
  int treatment = attest_record_get_enum (risk, "treatment");
  int acceptance_level = 0, standing = residual;
  int likelihood, impact, residual_likelihood, residual_impact;
  AttestRecord *acceptance;

  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      add (findings, "8.2", ATTEST_SEVERITY_WARNING, risk, problem->field, problem->message);
    }
  if (attest_text_is_blank (owner))
    add (findings, "6.1.2 c", ATTEST_SEVERITY_BLOCKER, risk, "owner", _("no risk owner"));
  if (inherent == ATTEST_RISK_NOT_ASSESSED)
    {
      add (findings, "6.1.2 d", ATTEST_SEVERITY_BLOCKER, risk, "likelihood", _("not assessed yet"));
      return findings;
    }
  if (inherent == ATTEST_RISK_OFF_SCALE || residual == ATTEST_RISK_OFF_SCALE)
    {
      add (findings, "6.1.2 d", ATTEST_SEVERITY_BLOCKER, risk, "likelihood",
           _("its values lie beyond the method's scales: assess it again"));
      return findings;
    }
  if (method != NULL)
    g_object_get (method, "acceptance-level", &acceptance_level, NULL);
  if (inherent > acceptance_level && treatment == ATTEST_TREATMENT_UNDECIDED)
    add (findings, "6.1.3 a", ATTEST_SEVERITY_BLOCKER, risk, "treatment",
         _("above the acceptance level and no treatment chosen"));
  if (treatment == ATTEST_TREATMENT_MODIFY && !has_action (workspace, risk))
    add (findings, "6.1.3 e", ATTEST_SEVERITY_BLOCKER, risk, "treatment",
         _("to be modified, and the treatment plan has no action for it"));
  if (treatment == ATTEST_TREATMENT_MODIFY)
    {
      g_autoptr(GPtrArray) controls = dup_controls (workspace, risk);

      if (controls->len == 0)
        add (findings, "6.1.3 b", ATTEST_SEVERITY_BLOCKER, risk, NULL,
             _("to be modified, and no Annex A control is chosen to treat it"));
    }

  /* The ratings after treatment, where they are given. Retaining a risk
   * leaves it as it is; treating it never makes it worse. */
  g_object_get (risk, "likelihood", &likelihood, "impact", &impact,
                "residual-likelihood", &residual_likelihood, "residual-impact", &residual_impact, NULL);
  if (method != NULL && residual_likelihood > 0 && residual_impact > 0)
    {
      g_autofree char *before = rating_text (method, likelihood, impact);
      g_autofree char *after = rating_text (method, residual_likelihood, residual_impact);

      if (treatment == ATTEST_TREATMENT_RETAIN && (residual_likelihood != likelihood || residual_impact != impact))
        {
          g_autofree char *message =
            g_strdup_printf (_("retained as it is, yet its residual rating, %s, differs from its rating before "
                               "treatment, %s: make them the same, or choose the treatment that changes it"),
                             after, before);

          add (findings, "6.1.3 a", ATTEST_SEVERITY_WARNING, risk, "residual-likelihood", message);
        }
      else if (residual_likelihood > likelihood || residual_impact > impact || residual > inherent)
        {
          g_autofree char *message =
            g_strdup_printf (_("its residual rating, %s, is higher than its rating before treatment, %s: "
                               "treatment lowers a risk, so correct the ratings"),
                             after, before);

          add (findings, "6.1.2 d", ATTEST_SEVERITY_WARNING, risk, "residual-likelihood", message);
        }
    }
  /* What stands after treatment: a retained risk stays at its level. */
  if (treatment == ATTEST_TREATMENT_RETAIN)
    standing = MAX (inherent, residual);

  acceptance = attest_risk_get_acceptance (workspace, risk);
  if (acceptance != NULL && attest_risk_acceptance_is_outdated (workspace, acceptance))
    add (findings, "6.1.3 f", standing > acceptance_level ? ATTEST_SEVERITY_BLOCKER : ATTEST_SEVERITY_WARNING,
         risk, NULL, _("the acceptance is outdated: the risk changed after its owner decided"));
  else if (standing > acceptance_level)
    {
      if (acceptance == NULL || attest_record_get_enum (acceptance, "decision") != ATTEST_ACCEPTANCE_ACCEPTED)
        add (findings, "6.1.3 f", ATTEST_SEVERITY_BLOCKER, risk, "residual-likelihood",
             treatment == ATTEST_TREATMENT_RETAIN
             ? _("retained as it is above the acceptance level, and its owner has not accepted it")
             : _("the residual risk is above the acceptance level and its owner has not accepted it"));
      else if (!attest_text_is_blank (owner)
               && !same_person (attest_record_get_string (acceptance, "accepted-by"), owner))
        {
          g_autofree char *message =
            g_strdup_printf (_("the residual risk above the acceptance level was accepted by %s, not by its owner %s"),
                             attest_record_get_string (acceptance, "accepted-by"), owner);

          add (findings, "6.1.3 f", ATTEST_SEVERITY_BLOCKER, risk, "owner", message);
        }
    }
  if (acceptance != NULL && !attest_risk_acceptance_is_outdated (workspace, acceptance))
    {
      g_autofree char *pending = attest_risk_acceptance_dup_pending (workspace, acceptance);

      if (pending != NULL)
        {
          g_autofree char *message =
            g_strdup_printf (_("accepted on the strength of treatment not done yet: %s; the accepted residual "
                               "risk is reached only when they are done"), pending);

          add (findings, "6.1.3 f", ATTEST_SEVERITY_WARNING, risk, NULL, message);
        }
    }
  return findings;
}

/**
 * attest_treatment_action_check:
 * @workspace: a workspace
 * @action: a treatment action
 *
 * An action of the treatment plan needs someone responsible (a blocker) and
 * a date (a warning), and its own field rules (warnings).
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems
 */
GPtrArray *
attest_treatment_action_check (AttestWorkspace *workspace,
                               AttestRecord    *action)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  g_autoptr(GPtrArray) problems = attest_record_check (action);
  AttestRecord *risk = attest_workspace_lookup (workspace, attest_record_get_string (action, "risk-id"));
  const char *title = attest_record_get_string (action, "title");
  const char *risk_title = risk ? attest_record_get_string (risk, "title") : "";
  g_autofree char *name = NULL;
  struct { const char *field; AttestSeverity severity; const char *message; } rules[] = {
    { "owner", ATTEST_SEVERITY_BLOCKER, N_("no owner") },
    { "due-date", ATTEST_SEVERITY_WARNING, N_("no due date") },
  };

  if (*risk_title != '\0')
    name = g_strdup_printf (_("Action “%s” for %s"), *title ? title : _("without a title"), risk_title);
  else
    name = g_strdup_printf (_("Action “%s”"), *title ? title : _("without a title"));
  for (guint i = 0; i < problems->len; i++)
    {
      AttestProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = g_strdup_printf ("%s: %s", name, problem->message);

      g_ptr_array_add (findings, attest_finding_new ("treatment", "6.1.3 e", ATTEST_SEVERITY_WARNING,
                                                     action, problem->field, text));
    }
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (attest_text_is_blank (attest_record_get_string (action, rules[i].field)))
      {
        g_autofree char *text = g_strdup_printf ("%s: %s", name, _(rules[i].message));

        g_ptr_array_add (findings, attest_finding_new ("treatment", "6.1.3 e", rules[i].severity,
                                                       action, rules[i].field, text));
      }
  return findings;
}

/**
 * attest_risks_check:
 * @workspace: a workspace
 *
 * Returns: (transfer full) (element-type AttestFinding): the problems of the
 *   method, of every risk and of every action of the treatment plan
 */
GPtrArray *
attest_risks_check (AttestWorkspace *workspace)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) attest_finding_free);
  GListModel *risks = attest_workspace_get_records (workspace, ATTEST_TYPE_RISK);
  GListModel *actions = attest_workspace_get_records (workspace, ATTEST_TYPE_TREATMENT_ACTION);

  g_ptr_array_extend_and_steal (findings, attest_readiness_check_step (workspace, "method"));
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(AttestRecord) risk = g_list_model_get_item (risks, i);
      g_autoptr(GPtrArray) more = attest_risk_check (workspace, risk);

      g_ptr_array_extend_and_steal (findings, g_steal_pointer (&more));
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(AttestRecord) action = g_list_model_get_item (actions, i);
      g_autoptr(GPtrArray) more = attest_treatment_action_check (workspace, action);

      g_ptr_array_extend_and_steal (findings, g_steal_pointer (&more));
    }
  return findings;
}
