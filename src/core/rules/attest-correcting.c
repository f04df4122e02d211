/* attest-correcting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-correcting"

#include "config.h"

#include "attest-i18n.h"

#include "attest-audit.h"
#include "attest-audit-finding.h"
#include "attest-clock.h"
#include "attest-correcting.h"
#include "attest-corrective-action.h"
#include "attest-enums.h"
#include "attest-error.h"
#include "attest-improvement.h"
#include "attest-labels.h"
#include "attest-nonconformity.h"

/* Nonconformity and corrective action (10.2): the steps a nonconformity is
 * taken through, in order, each refused with its reason until the record
 * bears it out; and the nonconformity an audit finding opens.
 *
 * The steps: reported; reacted to (the correction and how the
 * consequences were dealt with are written); causes analysed (the causes,
 * and whether similar nonconformities exist or could occur); actions
 * planned (at least one corrective action, each with its owner and due
 * day); actions done (each done); effectiveness reviewed (when, by whom,
 * and the verdict, after the last action was done); closed when effective,
 * or back to causes analysed when not (a closed one too, when its review is
 * changed afterwards to find the actions not effective). No step is taken
 * while the nonconformity or one of its actions breaks its own field
 * rules. */

/**
 * attest_nonconformity_get_state:
 * @nonconformity: a nonconformity
 *
 * Returns: the step it has reached
 */
AttestNonconformityState
attest_nonconformity_get_state (AttestRecord *nonconformity)
{
  return attest_record_get_enum (nonconformity, "state");
}

/**
 * attest_nonconformity_get_next_state:
 * @nonconformity: a nonconformity
 * @next: (out): the step that comes next: after an effectiveness review,
 *   closed when it found the actions effective and causes analysed when not
 *
 * A closed nonconformity whose review was changed afterwards to find the
 * actions not effective no longer bears out its closing: it is reopened,
 * back to the analysis of its causes, as after such a review.
 *
 * Returns: %FALSE when it is closed and stays so: no step comes next
 */
gboolean
attest_nonconformity_get_next_state (AttestRecord             *nonconformity,
                                     AttestNonconformityState *next)
{
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);
  gboolean not_effective =
    attest_record_get_enum (nonconformity, "effectiveness") == ATTEST_EFFECTIVENESS_NOT_EFFECTIVE;

  if (state == ATTEST_NONCONFORMITY_STATE_CLOSED && !not_effective)
    return FALSE;
  if (state >= ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED && not_effective)
    *next = ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED;
  else
    *next = state + 1;
  return TRUE;
}

/**
 * attest_nonconformity_dup_actions:
 * @workspace: a workspace
 * @nonconformity: a nonconformity
 *
 * Returns: (transfer full) (element-type AttestRecord): its corrective
 *   actions, in the order recorded
 */
GPtrArray *
attest_nonconformity_dup_actions (AttestWorkspace *workspace,
                                  AttestRecord    *nonconformity)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_CORRECTIVE_ACTION, "nonconformity-id",
                                                      attest_record_get_id (nonconformity));
  GPtrArray *actions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (actions, g_object_ref (g_ptr_array_index (found, i)));
  return actions;
}

static char *
dup_action_name (AttestRecord *action,
                 guint         n)
{
  const char *title = attest_record_get_string (action, "title");

  /* TRANSLATORS: a corrective action without a title, by its place */
  return attest_text_is_blank (title) ? g_strdup_printf (_("Corrective action %u"), n) : g_strdup (title);
}

static char *
dup_day (const char *date)
{
  g_autoptr(GDateTime) when = attest_stored_date_parse (date);

  return when != NULL ? g_date_time_format (when, "%-d %B %Y") : g_strdup (date);
}

/* Why the record does not bear out the step @state, which it is to reach
 * or has reached; NULL when it does. @planning is whether it is being
 * taken to that step now, not only checked: a nonconformity taken back to
 * the analysis of its causes needs a new action before it is planned
 * again. */
static char *
dup_unmet (AttestWorkspace          *workspace,
           AttestRecord             *nonconformity,
           AttestNonconformityState  state,
           gboolean                  planning)
{
  g_autoptr(GPtrArray) actions = NULL;
  const char *reviewed, *last_done = NULL;
  guint last = 0;

  switch (state)
    {
    case ATTEST_NONCONFORMITY_STATE_REPORTED:
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_REACTED:
      if (attest_text_is_blank (attest_record_get_string (nonconformity, "correction")))
        return g_strdup (_("Write the correction first: what was done at once to control and correct it."));
      if (attest_text_is_blank (attest_record_get_string (nonconformity, "consequences")))
        return g_strdup (_("Say how its consequences were dealt with first, or that it had none."));
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED:
      if (attest_text_is_blank (attest_record_get_string (nonconformity, "causes")))
        return g_strdup (_("Write its causes first: why it happened, not only what happened."));
      if (attest_text_is_blank (attest_record_get_string (nonconformity, "similar")))
        return g_strdup (_("Say first whether similar nonconformities exist, or could occur elsewhere."));
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED:
      actions = attest_nonconformity_dup_actions (workspace, nonconformity);
      if (actions->len == 0)
        return g_strdup (_("Add at least one corrective action first, with its owner and the day it is due."));
      for (guint i = 0; i < actions->len; i++)
        {
          AttestRecord *action = g_ptr_array_index (actions, i);
          g_autofree char *name = dup_action_name (action, i + 1);

          if (attest_text_is_blank (attest_record_get_string (action, "owner"))
              && attest_text_is_blank (attest_record_get_string (action, "owner-id")))
            /* TRANSLATORS: a corrective action */
            return g_strdup_printf (_("Say who carries out “%s” first."), name);
          if (!attest_date_is_valid (attest_record_get_string (action, "due-date")))
            /* TRANSLATORS: a corrective action */
            return g_strdup_printf (_("Give “%s” the day it is due first."), name);
          if (!attest_date_is_valid (attest_record_get_string (action, "done-on")))
            last = i + 1;
        }
      if (planning && last == 0 && attest_record_get_int (nonconformity, "reopened") > 0)
        return g_strdup (_("The review found the actions done so far not effective: add a new corrective action "
                           "first."));
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE:
      actions = attest_nonconformity_dup_actions (workspace, nonconformity);
      if (actions->len == 0)
        return g_strdup (_("Add at least one corrective action first, with its owner and the day it is due."));
      for (guint i = 0; i < actions->len; i++)
        {
          AttestRecord *action = g_ptr_array_index (actions, i);

          if (!attest_date_is_valid (attest_record_get_string (action, "done-on")))
            {
              g_autofree char *name = dup_action_name (action, i + 1);

              /* TRANSLATORS: a corrective action */
              return g_strdup_printf (_("“%s” is not done yet: write the day it was done first."), name);
            }
        }
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED:
      reviewed = attest_record_get_string (nonconformity, "reviewed-on");
      if (!attest_date_is_valid (reviewed))
        return g_strdup (_("Write the day the effectiveness of the actions was reviewed first."));
      if (attest_text_is_blank (attest_record_get_string (nonconformity, "reviewed-by-id")))
        return g_strdup (_("Say who reviewed the effectiveness of the actions first."));
      if (attest_record_get_enum (nonconformity, "effectiveness") == ATTEST_EFFECTIVENESS_NOT_EVALUATED)
        return g_strdup (_("Say first whether the review found the actions effective."));
      actions = attest_nonconformity_dup_actions (workspace, nonconformity);
      for (guint i = 0; i < actions->len; i++)
        {
          const char *done = attest_record_get_string (g_ptr_array_index (actions, i), "done-on");

          if (attest_date_is_valid (done) && (last_done == NULL || strcmp (done, last_done) > 0))
            {
              last_done = done;
              last = i;
            }
        }
      if (last_done != NULL && strcmp (reviewed, last_done) < 0)
        {
          g_autofree char *name = dup_action_name (g_ptr_array_index (actions, last), last + 1);
          g_autofree char *review_day = dup_day (reviewed);
          g_autofree char *done_day = dup_day (last_done);

          /* TRANSLATORS: the day of the review, a corrective action, the day it was done */
          return g_strdup_printf (_("The review on %1$s comes before “%2$s” was done on %3$s: an action’s "
                                    "effectiveness is reviewed once it is done."),
                                  review_day, name, done_day);
        }
      return NULL;

    case ATTEST_NONCONFORMITY_STATE_CLOSED:
      if (attest_record_get_enum (nonconformity, "effectiveness") != ATTEST_EFFECTIVENESS_EFFECTIVE)
        return g_strdup (_("Only a review that found the actions effective closes a nonconformity: take it back "
                           "to the analysis of its causes instead."));
      return NULL;

    default:
      return g_strdup (_("This step is not one of a nonconformity’s."));
    }
}

/* The first field problem (attest_record_check(), the rules the record
 * editor shows and readiness counts) of the nonconformity or of one of its
 * corrective actions, named by its record and field: a step is not taken
 * on a record that contradicts itself, an action done on a day to come. */
static char *
dup_field_problem (AttestWorkspace *workspace,
                   AttestRecord    *nonconformity)
{
  g_autoptr(GPtrArray) actions = attest_nonconformity_dup_actions (workspace, nonconformity);

  for (guint i = 0; i <= actions->len; i++)
    {
      AttestRecord *record = i == 0 ? nonconformity : g_ptr_array_index (actions, i - 1);
      g_autoptr(GPtrArray) problems = attest_record_check (record);
      AttestProblem *problem;
      g_autofree char *name = NULL;

      if (problems->len == 0)
        continue;
      problem = g_ptr_array_index (problems, 0);
      name = i == 0 ? attest_record_dup_display_name (workspace, record) : dup_action_name (record, i);
      /* TRANSLATORS: a nonconformity or one of its corrective actions, one
       * of its fields, and what is wrong with it: "Put “Name an owner”
       * right first: Done on: This day is still to come: …" */
      return g_strdup_printf (_("Put “%1$s” right first: %2$s: %3$s."), name,
                              attest_field_get_label (attest_record_get_kind (record), problem->field),
                              problem->message);
    }
  return NULL;
}

/**
 * attest_nonconformity_dup_refusal:
 * @workspace: a workspace
 * @nonconformity: a nonconformity
 * @to: the step it is to be taken to
 *
 * Whether it can be taken to @to now: the next step (after an
 * effectiveness review, closed or back to causes analysed, as the review
 * found), with what that step needs written, and neither it nor one of
 * its corrective actions breaking its own field rules (attest_record_check(),
 * named by record and field: an action done on a day to come is not done).
 *
 * Returns: (transfer full) (nullable): why not, in words for the user;
 *   %NULL when it can
 */
char *
attest_nonconformity_dup_refusal (AttestWorkspace          *workspace,
                                  AttestRecord             *nonconformity,
                                  AttestNonconformityState  to)
{
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);
  AttestNonconformityState next;
  const char *now = attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, state);
  g_autofree char *problem = NULL;

  if (!attest_nonconformity_get_next_state (nonconformity, &next))
    return g_strdup (_("It is closed: record a new nonconformity if it happens again."));
  if (state == ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED && to == ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED
      && next != to)
    return g_strdup (_("Only a review that found the actions not effective takes it back to the analysis of its "
                       "causes."));
  if (to != next && !(state == ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED
                      && to == ATTEST_NONCONFORMITY_STATE_CLOSED))
    {
      const char *then = attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, next);

      if (to > next)
        /* TRANSLATORS: the step a nonconformity is at, and the one after it: "It is Reported: Reacted to comes next" */
        return g_strdup_printf (_("Steps are taken in order, none skipped: it is at “%1$s”, so “%2$s” comes next."),
                                now, then);
      /* TRANSLATORS: the step a nonconformity is at */
      return g_strdup_printf (_("It is at “%s” already: steps are not taken back, except to the analysis of its "
                                "causes when a review finds the actions not effective."), now);
    }
  problem = dup_field_problem (workspace, nonconformity);
  if (problem != NULL)
    return g_steal_pointer (&problem);
  if (to == ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED && state >= ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED)
    return NULL;
  return dup_unmet (workspace, nonconformity, to, TRUE);
}

/**
 * attest_nonconformity_advance:
 * @workspace: a workspace
 * @nonconformity: a nonconformity
 * @to: the step to take it to
 * @error: the reason it cannot be, %ATTEST_ERROR_INVALID
 *
 * Takes it to @to, as one change that Undo takes back. Taken back to the
 * analysis of its causes, it counts one more reopening and its review (the
 * day, the reviewer, the verdict and the note) is cleared for the next (the
 * history keeps it).
 *
 * Returns: whether it was
 */
gboolean
attest_nonconformity_advance (AttestWorkspace          *workspace,
                              AttestRecord             *nonconformity,
                              AttestNonconformityState  to,
                              GError                  **error)
{
  g_autofree char *refusal = attest_nonconformity_dup_refusal (workspace, nonconformity, to);
  const char *step;
  g_autofree char *label = NULL;
  gboolean back;

  if (refusal != NULL)
    {
      g_set_error_literal (error, ATTEST_ERROR, ATTEST_ERROR_INVALID, refusal);
      return FALSE;
    }
  back = to < attest_nonconformity_get_state (nonconformity);
  step = attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, to);
  /* TRANSLATORS: what Undo takes back: "Mark Nonconformity Closed" */
  label = back ? g_strdup (_("Reopen Nonconformity")) : g_strdup_printf (_("Mark Nonconformity “%s”"), step);
  if (!attest_workspace_begin (workspace, error))
    return FALSE;
  attest_workspace_set_change_label (workspace, label);
  if (back)
    g_object_set (nonconformity,
                  "reopened", attest_record_get_int (nonconformity, "reopened") + 1,
                  "reviewed-on", "",
                  "reviewed-by-id", "",
                  "effectiveness", ATTEST_EFFECTIVENESS_NOT_EVALUATED,
                  "review-note", "",
                  NULL);
  g_object_set (nonconformity, "state", to, NULL);
  if (!attest_workspace_commit (workspace, error))
    {
      attest_workspace_rollback (workspace);
      return FALSE;
    }
  return TRUE;
}

/**
 * attest_nonconformity_dup_unsupported:
 * @workspace: a workspace
 * @nonconformity: a nonconformity
 *
 * Whether its record bears out the step it is at, every step before it
 * included: an import, or an edit after the step was taken, may have left
 * one unmet.
 *
 * Returns: (transfer full) (nullable): what the first unmet step needs,
 *   %NULL when they are all met
 */
char *
attest_nonconformity_dup_unsupported (AttestWorkspace *workspace,
                                      AttestRecord    *nonconformity)
{
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);

  for (AttestNonconformityState s = ATTEST_NONCONFORMITY_STATE_REACTED; s <= state; s++)
    {
      char *unmet = dup_unmet (workspace, nonconformity, s, FALSE);

      if (unmet != NULL)
        return unmet;
    }
  return NULL;
}

/**
 * attest_nonconformity_dup_step_hint:
 * @nonconformity: a nonconformity
 *
 * Returns: (transfer full): what the user does next, in words: after an
 *   effectiveness review, as the review found
 */
char *
attest_nonconformity_dup_step_hint (AttestRecord *nonconformity)
{
  AttestNonconformityState state = attest_nonconformity_get_state (nonconformity);
  int effectiveness = attest_record_get_enum (nonconformity, "effectiveness");

  if (state == ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED && effectiveness == ATTEST_EFFECTIVENESS_EFFECTIVE)
    return g_strdup (_("The review found the actions effective: close it."));
  if (state == ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED && effectiveness == ATTEST_EFFECTIVENESS_NOT_EFFECTIVE)
    return g_strdup (_("The review found the actions not effective: take it back to the analysis of its causes, "
                       "then plan new actions."));
  /* Closed, then its review changed: what it says contradicts the step. */
  if (state == ATTEST_NONCONFORMITY_STATE_CLOSED && effectiveness == ATTEST_EFFECTIVENESS_NOT_EFFECTIVE)
    return g_strdup (_("Closed, but its review now finds the actions not effective: reopen it, back to the analysis "
                       "of its causes, then plan new actions."));
  if (state == ATTEST_NONCONFORMITY_STATE_CLOSED && effectiveness != ATTEST_EFFECTIVENESS_EFFECTIVE)
    return g_strdup (_("Closed, but its review no longer says whether the actions were effective: edit the "
                       "nonconformity and say what the review found; if they were not effective, reopen it."));
  switch (state)
    {
    case ATTEST_NONCONFORMITY_STATE_REPORTED:
      return g_strdup (_("React to it: correct it at once, and deal with its consequences."));
    case ATTEST_NONCONFORMITY_STATE_REACTED:
      return g_strdup (_("Find its causes, and whether similar nonconformities exist or could occur elsewhere."));
    case ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED:
      return g_strdup (_("Plan corrective actions that remove its causes, each with an owner and a due day."));
    case ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED:
      return g_strdup (_("Carry out the corrective actions, and write the day each was done."));
    case ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE:
      return g_strdup (_("Review whether the actions were effective: when, by whom, and what was found."));
    case ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED:
      return g_strdup (_("Close it if the actions were effective, or take it back to the analysis of its causes."));
    case ATTEST_NONCONFORMITY_STATE_CLOSED:
    default:
      return g_strdup (_("Closed: its corrective actions were found effective."));
    }
}

/**
 * attest_finding_is_nonconformity:
 * @finding: an audit finding
 *
 * Returns: whether it is a major or minor nonconformity
 */
gboolean
attest_finding_is_nonconformity (AttestRecord *finding)
{
  int type = attest_record_get_enum (finding, "type");

  return type == ATTEST_FINDING_TYPE_MAJOR_NONCONFORMITY || type == ATTEST_FINDING_TYPE_MINOR_NONCONFORMITY;
}

/**
 * attest_finding_get_nonconformity:
 * @workspace: a workspace
 * @finding: an audit finding
 *
 * Returns: (transfer none) (nullable): the nonconformity it opened, the
 *   first when it opened more than one
 */
AttestRecord *
attest_finding_get_nonconformity (AttestWorkspace *workspace,
                                  AttestRecord    *finding)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_NONCONFORMITY, "finding-id",
                                                      attest_record_get_id (finding));

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A title from what was found: its first line, up to a word break. */
static char *
dup_title (const char *description)
{
  g_autofree char *line = g_strstrip (g_strndup (description, strcspn (description, "\n")));
  const char *end;

  if (g_utf8_strlen (line, -1) <= 80)
    return g_steal_pointer (&line);
  end = g_utf8_offset_to_pointer (line, 80);
  while (end > line && *end != ' ')
    end--;
  if (end == line)
    end = g_utf8_offset_to_pointer (line, 80);
  /* TRANSLATORS: a title cut short */
  return g_strdup_printf (_("%.*s…"), (int) (end - line), line);
}

/* What an audit's findings open waits until the audit is held: a finding
 * of an audit still to come is not one yet. */
static gboolean
check_audit_held (AttestWorkspace  *workspace,
                  AttestRecord     *audit,
                  GError          **error)
{
  g_autofree char *name = NULL;

  if (audit != NULL && attest_audit_is_held (audit))
    return TRUE;
  name = audit != NULL ? attest_record_dup_display_name (workspace, audit) : g_strdup (_("The audit"));
  /* TRANSLATORS: an internal audit's title */
  g_set_error (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
               _("“%s” has not been held yet: record the day it was held, then open what its findings call for."),
               name);
  return FALSE;
}

/**
 * attest_finding_dup_refusal:
 * @workspace: a workspace
 * @finding: an audit finding
 *
 * Returns: (transfer full) (nullable): why @finding cannot open a
 *   nonconformity or an improvement yet (its audit is not held), or %NULL
 */
char *
attest_finding_dup_refusal (AttestWorkspace *workspace,
                            AttestRecord    *finding)
{
  AttestRecord *audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
  g_autoptr(GError) error = NULL;

  if (check_audit_held (workspace, audit, &error))
    return NULL;
  return g_strdup (error->message);
}

/* What a finding opens, a nonconformity or an improvement: named after what
 * was found (or @untitled), from an audit and its finding, dated the day the
 * audit was held in @date_field. Refused while the audit is not held. */
static AttestRecord *
open_from_finding (AttestWorkspace *workspace,
                   AttestRecord    *finding,
                   GType            type,
                   int              source,
                   const char      *date_field,
                   const char      *untitled,
                   GError         **error)
{
  AttestRecord *audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
  const char *description = attest_record_get_string (finding, "description");
  g_autofree char *title = NULL;
  g_autoptr(AttestRecord) record = NULL;

  if (!check_audit_held (workspace, audit, error))
    return NULL;
  title = attest_text_is_blank (description) ? g_strdup (untitled) : dup_title (description);
  record = g_object_new (type,
                         "title", title,
                         "source", source,
                         "finding-id", attest_record_get_id (finding),
                         date_field, attest_record_get_string (audit, "held-on"),
                         "description", description,
                         NULL);
  if (type == ATTEST_TYPE_NONCONFORMITY)
    g_object_set (record, "requirement", attest_record_get_string (finding, "requirement"), NULL);
  if (!attest_workspace_add (workspace, record, error))
    return NULL;
  return record;
}

/**
 * attest_finding_open_nonconformity:
 * @workspace: a workspace
 * @finding: an audit finding, a nonconformity
 * @error: return location for a #GError
 *
 * Records the nonconformity the finding opens (10.2): from an audit
 * finding, against its clause or control, what was found, reported on the
 * day the audit was held; refused while the audit is not held.
 *
 * Returns: (transfer none) (nullable): the new nonconformity
 */
AttestRecord *
attest_finding_open_nonconformity (AttestWorkspace *workspace,
                                   AttestRecord    *finding,
                                   GError         **error)
{
  if (!attest_finding_is_nonconformity (finding))
    {
      g_set_error_literal (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("Only a finding of a major or minor nonconformity opens a nonconformity: record an "
                             "observation or an opportunity as an improvement instead."));
      return NULL;
    }
  return open_from_finding (workspace, finding, ATTEST_TYPE_NONCONFORMITY, ATTEST_NONCONFORMITY_SOURCE_AUDIT_FINDING,
                            "reported-on", _("Nonconformity found by an internal audit"), error);
}

/**
 * attest_finding_get_improvement:
 * @workspace: a workspace
 * @finding: an audit finding
 *
 * Returns: (transfer none) (nullable): the improvement it raised, the first
 *   when it raised more than one
 */
AttestRecord *
attest_finding_get_improvement (AttestWorkspace *workspace,
                                AttestRecord    *finding)
{
  GPtrArray *found = attest_workspace_get_records_by (workspace, ATTEST_TYPE_IMPROVEMENT, "finding-id",
                                                      attest_record_get_id (finding));

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/**
 * attest_finding_open_improvement:
 * @workspace: a workspace
 * @finding: an audit finding, an opportunity for improvement or an
 *   observation
 * @error: return location for a #GError
 *
 * Records the opportunity for improvement (10.1) the finding raises: from
 * an audit, what was found, raised on the day the audit was held, not
 * decided yet; refused while the audit is not held.
 *
 * Returns: (transfer none) (nullable): the new improvement
 */
AttestRecord *
attest_finding_open_improvement (AttestWorkspace *workspace,
                                 AttestRecord    *finding,
                                 GError         **error)
{
  if (attest_finding_is_nonconformity (finding))
    {
      g_set_error_literal (error, ATTEST_ERROR, ATTEST_ERROR_INVALID,
                           _("A finding of a nonconformity opens a nonconformity, to be corrected: an improvement is "
                             "raised from an opportunity or an observation."));
      return NULL;
    }
  return open_from_finding (workspace, finding, ATTEST_TYPE_IMPROVEMENT, ATTEST_IMPROVEMENT_SOURCE_AUDIT,
                            "raised-on", _("Opportunity for improvement found by an internal audit"), error);
}
