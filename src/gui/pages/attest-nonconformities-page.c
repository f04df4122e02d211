/* attest-nonconformities-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-nonconformities-page"

#include "config.h"

#include "attest-i18n.h"

#include "attest-nonconformities-page.h"
#include "attest-page.h"
#include "attest-register-specs.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-register.h"
#include "widgets/attest-undo.h"

/* Nonconformity and corrective action (10.2): the nonconformities'
 * register; below it, the chosen one's origin, its seven steps with the
 * one it is at marked (in words too), what to do next, and one button that
 * takes it to the next step, its refusal said beside it; then the chosen
 * one's corrective actions, which the register's Add starts as its own.
 * The steps and their rules are attest-correcting.h's; this page only asks
 * and says. */

#define N_STEPS (ATTEST_NONCONFORMITY_STATE_CLOSED + 1)

struct _AttestNonconformitiesPage
{
  AttestPage     parent_instance;

  GtkWidget     *nonconformities;  /* AttestRegister of nonconformities */
  GtkWidget     *actions;          /* AttestRegister of the chosen one's corrective actions */
  AttestRecord  *nonconformity;    /* the chosen one, or NULL */
  GtkWidget     *step_labels[N_STEPS];
  guint          update_id;

  /* Template widgets */
  GtkWidget     *content;
  GtkWidget     *choose_label;
  GtkWidget     *detail;
  GtkLabel      *heading;
  GtkLabel      *origin;
  GtkWidget     *steps;
  GtkLabel      *reported_value;
  GtkLabel      *reaction_value;
  GtkLabel      *causes_value;
  GtkLabel      *actions_value;
  GtkLabel      *review_value;
  GtkLabel      *step_label;
  GtkLabel      *hint;
  GtkButton     *advance_button;
  GtkLabel      *advance_label;
  GtkWidget     *refusal;
  GtkLabel      *refusal_label;
};

G_DEFINE_FINAL_TYPE (AttestNonconformitiesPage, attest_nonconformities_page, ATTEST_TYPE_PAGE)

#define UPDATE_DELAY_MS 200

/* What the one button says: the step it takes the nonconformity to. */
static const char *
advance_label (AttestNonconformityState state,
               AttestNonconformityState next)
{
  if (next < state)
    return _("Reopen Nonconformity: back to its causes");
  switch (next)
    {
    case ATTEST_NONCONFORMITY_STATE_REACTED:
      return _("Mark Reacted to");
    case ATTEST_NONCONFORMITY_STATE_CAUSE_ANALYSED:
      return _("Mark Causes Analysed");
    case ATTEST_NONCONFORMITY_STATE_ACTIONS_PLANNED:
      return _("Mark Actions Planned");
    case ATTEST_NONCONFORMITY_STATE_ACTIONS_DONE:
      return _("Mark Actions Done");
    case ATTEST_NONCONFORMITY_STATE_EFFECTIVENESS_REVIEWED:
      return _("Mark Effectiveness Reviewed");
    case ATTEST_NONCONFORMITY_STATE_CLOSED:
      return _("Close Nonconformity");
    case ATTEST_NONCONFORMITY_STATE_REPORTED:
    default:
      return "";
    }
}

/* Where it came from, when it was reported, and what it fails: an audit
 * finding by its audit, its kind and its clause or control. */
static char *
dup_origin (AttestWorkspace *workspace,
            AttestRecord    *nonconformity)
{
  AttestRecord *finding = attest_workspace_lookup (workspace, attest_record_get_string (nonconformity, "finding-id"));
  const char *reported = attest_record_get_string (nonconformity, "reported-on");
  const char *requirement = attest_record_get_string (nonconformity, "requirement");
  g_autoptr(GString) text = g_string_new (NULL);

  if (finding != NULL)
    {
      AttestRecord *audit = attest_workspace_lookup (workspace, attest_record_get_string (finding, "audit-id"));
      g_autofree char *audit_name = audit != NULL ? attest_record_dup_display_name (workspace, audit) : g_strdup ("");
      const char *type = attest_enum_get_label (ATTEST_TYPE_FINDING_TYPE, attest_record_get_enum (finding, "type"));

      /* TRANSLATORS: where a nonconformity came from: the internal audit,
       * and the kind of finding with its clause or control, "Found by the
       * internal audit “Internal audit 1”: Minor nonconformity against A.5.15" */
      g_string_append_printf (text, _("Found by the internal audit “%1$s”: %2$s against %3$s"), audit_name, type,
                              attest_record_get_string (finding, "requirement"));
    }
  else
    /* TRANSLATORS: where a nonconformity came to light, one of its sources: "Came to light through: Complaint" */
    g_string_append_printf (text, _("Came to light through: %s"),
                            attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_SOURCE,
                                                   attest_record_get_enum (nonconformity, "source")));
  if (finding == NULL && !attest_text_is_blank (requirement))
    {
      g_string_append (text, " · ");
      /* TRANSLATORS: the clause or Annex A control a nonconformity fails */
      g_string_append_printf (text, _("Against %s"), requirement);
    }
  g_string_append (text, " · ");
  if (attest_date_is_valid (reported))
    {
      g_autofree char *day = attest_i18n_format_stored_date (reported);

      /* TRANSLATORS: the day a nonconformity was reported */
      g_string_append_printf (text, _("Reported on %s"), day);
    }
  else
    g_string_append (text, _("Not dated yet"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each step marked done, current or to come: by a sign and its look, and
 * for a screen reader in words. */
static void
update_steps (AttestNonconformitiesPage *self,
              AttestNonconformityState   state)
{
  for (guint i = 0; i < N_STEPS; i++)
    {
      GtkWidget *label = self->step_labels[i];
      const char *name = attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, i);
      g_autofree char *text = NULL;
      const char *status;

      if (i < state)
        {
          text = g_strdup_printf ("✓ %s", name);
          /* TRANSLATORS: a step of a nonconformity that was taken */
          status = _("Done");
        }
      else if (i == state)
        {
          text = g_strdup_printf ("● %s", name);
          /* TRANSLATORS: the step a nonconformity is at */
          status = _("Current step");
        }
      else
        {
          text = g_strdup (name);
          /* TRANSLATORS: a step of a nonconformity still to be taken */
          status = _("To come");
        }
      gtk_label_set_text (GTK_LABEL (label), text);
      if (i == state)
        gtk_widget_add_css_class (label, "current-step");
      else
        gtk_widget_remove_css_class (label, "current-step");
      if (i > state)
        gtk_widget_add_css_class (label, "dim-label");
      else
        gtk_widget_remove_css_class (label, "dim-label");
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);
    }
}

/* Why the next step was refused, said again after each change until the
 * record bears the step out, when it goes. */
static void
update_refusal (AttestNonconformitiesPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestNonconformityState next;
  g_autofree char *refusal = NULL;

  if (!gtk_widget_get_visible (self->refusal))
    return;
  if (self->nonconformity != NULL && attest_nonconformity_get_next_state (self->nonconformity, &next))
    refusal = attest_nonconformity_dup_refusal (workspace, self->nonconformity, next);
  if (refusal != NULL)
    gtk_label_set_text (self->refusal_label, refusal);
  gtk_widget_set_visible (self->refusal, refusal != NULL);
}

/* A day as a person reads it, or NULL when the field holds none. */
static char *
dup_day (const char *date)
{
  return attest_date_is_valid (date) ? attest_i18n_format_stored_date (date) : NULL;
}

/* What a step's field holds, or that it is not written yet. */
static const char *
or_unwritten (const char *value)
{
  /* TRANSLATORS: a field of a nonconformity's step with nothing in it: "Correction: not written yet" */
  return attest_text_is_blank (value) ? _("not written yet") : value;
}

/* What each step recorded, with its day where the record has one: what
 * was reported, the reaction, the causes, the actions planned and done,
 * the review. */
static void
update_record (AttestNonconformitiesPage *self,
               AttestWorkspace           *workspace)
{
  AttestRecord *nc = self->nonconformity;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) actions = attest_nonconformity_dup_actions (workspace, nc);
  g_autofree char *reported = dup_day (attest_record_get_string (nc, "reported-on"));
  g_autofree char *reviewed = dup_day (attest_record_get_string (nc, "reviewed-on"));
  AttestRecord *reviewer = attest_workspace_lookup (workspace, attest_record_get_string (nc, "reviewed-by-id"));
  int effectiveness = attest_record_get_enum (nc, "effectiveness");
  const char *last_due = NULL, *last_done = NULL;
  guint done = 0;

  if (reported != NULL)
    /* TRANSLATORS: the day a nonconformity was reported, then what happened */
    g_string_append_printf (text, _("On %s: "), reported);
  g_string_append (text, attest_text_is_blank (attest_record_get_string (nc, "description"))
                           ? _("What happened is not written yet.")
                           : attest_record_get_string (nc, "description"));
  gtk_label_set_text (self->reported_value, text->str);

  g_string_truncate (text, 0);
  /* TRANSLATORS: what was done at once about a nonconformity */
  g_string_append_printf (text, _("Correction: %s"), or_unwritten (attest_record_get_string (nc, "correction")));
  g_string_append_c (text, '\n');
  /* TRANSLATORS: how a nonconformity's consequences were dealt with */
  g_string_append_printf (text, _("Consequences: %s"), or_unwritten (attest_record_get_string (nc, "consequences")));
  gtk_label_set_text (self->reaction_value, text->str);

  g_string_truncate (text, 0);
  /* TRANSLATORS: why a nonconformity happened */
  g_string_append_printf (text, _("Causes: %s"), or_unwritten (attest_record_get_string (nc, "causes")));
  g_string_append_c (text, '\n');
  /* TRANSLATORS: whether similar nonconformities exist or could occur */
  g_string_append_printf (text, _("Similar: %s"), or_unwritten (attest_record_get_string (nc, "similar")));
  gtk_label_set_text (self->causes_value, text->str);

  g_string_truncate (text, 0);
  for (guint i = 0; i < actions->len; i++)
    {
      AttestRecord *action = g_ptr_array_index (actions, i);
      const char *due = attest_record_get_string (action, "due-date");
      const char *done_on = attest_record_get_string (action, "done-on");

      if (attest_date_is_valid (due) && (last_due == NULL || strcmp (due, last_due) > 0))
        last_due = due;
      if (attest_date_is_valid (done_on))
        {
          done++;
          if (last_done == NULL || strcmp (done_on, last_done) > 0)
            last_done = done_on;
        }
    }
  if (actions->len == 0)
    g_string_append (text, _("None planned yet."));
  else
    {
      g_autofree char *due_day = last_due != NULL ? dup_day (last_due) : NULL;
      g_autofree char *done_day = last_done != NULL ? dup_day (last_done) : NULL;

      /* TRANSLATORS: how many of a nonconformity's corrective actions are done, of how many: "1 of 2 actions done" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u action done", "%1$u of %2$u actions done",
                                                 actions->len),
                              done, actions->len);
      if (due_day != NULL)
        /* TRANSLATORS: the day the last corrective action is due */
        g_string_append_printf (text, _(" · the last due on %s"), due_day);
      if (done_day != NULL)
        /* TRANSLATORS: the day the last corrective action was done */
        g_string_append_printf (text, _(" · the last done on %s"), done_day);
    }
  gtk_label_set_text (self->actions_value, text->str);

  g_string_truncate (text, 0);
  if (reviewed == NULL && reviewer == NULL && effectiveness == ATTEST_EFFECTIVENESS_NOT_EVALUATED)
    g_string_append (text, _("Not reviewed yet."));
  else
    {
      g_autofree char *name = reviewer != NULL ? attest_record_dup_display_name (workspace, reviewer) : NULL;

      /* TRANSLATORS: an effectiveness review: its day, who held it, and what it found: "On 19 May 2027, by Ada Lovelace: Effective" */
      g_string_append_printf (text, _("On %1$s, by %2$s: %3$s"),
                              reviewed != NULL ? reviewed : _("a day not written yet"),
                              name != NULL ? name : _("someone not named yet"),
                              attest_enum_get_label (ATTEST_TYPE_EFFECTIVENESS, effectiveness));
      if (!attest_text_is_blank (attest_record_get_string (nc, "review-note")))
        {
          g_string_append_c (text, '\n');
          g_string_append (text, attest_record_get_string (nc, "review-note"));
        }
    }
  gtk_label_set_text (self->review_value, text->str);
}

/* The chosen nonconformity in short, said again after any change. */
static void
update_detail (AttestNonconformitiesPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestNonconformityState state, next;
  g_autofree char *title = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *step = NULL;
  gboolean has_next;
  int reopened;

  gtk_widget_set_visible (self->detail, self->nonconformity != NULL);
  gtk_widget_set_visible (self->choose_label, self->nonconformity == NULL);
  if (self->nonconformity == NULL || workspace == NULL)
    return;
  title = attest_record_dup_display_name (workspace, self->nonconformity);
  gtk_label_set_text (self->heading, title);
  origin = dup_origin (workspace, self->nonconformity);
  gtk_label_set_text (self->origin, origin);

  state = attest_nonconformity_get_state (self->nonconformity);
  update_steps (self, state);
  update_record (self, workspace);
  reopened = attest_record_get_int (self->nonconformity, "reopened");
  /* TRANSLATORS: the step a nonconformity is at, "Step 3 of 7: Causes analysed" */
  step = g_strdup_printf (_("Step %1$d of %2$d: %3$s"), state + 1, N_STEPS,
                          attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, state));
  if (reopened > 0)
    {
      g_autofree char *plain = g_steal_pointer (&step);

      /* TRANSLATORS: after the step a nonconformity is at, how often a review found its actions not effective */
      step = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (reopened %d time)", "%s (reopened %d times)",
                                           reopened), plain, reopened);
    }
  gtk_label_set_text (self->step_label, step);
  hint = attest_nonconformity_dup_step_hint (self->nonconformity);
  gtk_label_set_text (self->hint, hint);

  has_next = attest_nonconformity_get_next_state (self->nonconformity, &next);
  /* Closed, no step comes next: the button goes, its place too. */
  gtk_widget_set_visible (GTK_WIDGET (self->advance_button), has_next);
  if (has_next)
    gtk_label_set_text (self->advance_label, advance_label (state, next));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nonconformities-page.advance",
                                 has_next && !attest_workspace_is_read_only (workspace));
  update_refusal (self);
}

static gboolean
on_update_timeout_cb (gpointer user_data)
{
  AttestNonconformitiesPage *self = user_data;

  self->update_id = 0;
  update_detail (self);
  return G_SOURCE_REMOVE;
}

/* Any change may change it: the correction written, an action done, Undo;
 * said again a moment after, not at every one of a burst. */
static void
on_committed_cb (AttestNonconformitiesPage *self)
{
  if (self->nonconformity != NULL && self->update_id == 0)
    self->update_id = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout_cb, self);
}

static gboolean
is_of_nonconformity (AttestRecord *record,
                     gpointer      user_data)
{
  AttestNonconformitiesPage *self = user_data;

  return self->nonconformity != NULL
         && g_str_equal (attest_record_get_string (record, "nonconformity-id"),
                         attest_record_get_id (self->nonconformity));
}

/* A corrective action added below a nonconformity is that one's. */
static void
prepare_action (AttestRecord *action,
                gpointer      user_data)
{
  AttestNonconformitiesPage *self = user_data;

  if (self->nonconformity != NULL)
    g_object_set (action, "nonconformity-id", attest_record_get_id (self->nonconformity), NULL);
}

static void
on_selected_cb (AttestRecordTable         *table,
                GParamSpec                *pspec,
                AttestNonconformitiesPage *self)
{
  AttestRecord *nonconformity = attest_record_table_get_selected (table);

  /* A row left unselected keeps the nonconformity shown, unless it is gone. */
  if (nonconformity == NULL && self->nonconformity != NULL
      && attest_workspace_lookup (attest_page_get_workspace (ATTEST_PAGE (self)),
                                  attest_record_get_id (self->nonconformity)) != NULL)
    return;
  if (!g_set_object (&self->nonconformity, nonconformity))
    return;
  gtk_widget_set_visible (self->refusal, FALSE);
  attest_register_set_match_func (ATTEST_REGISTER (self->actions), is_of_nonconformity, self, NULL);
  update_detail (self);
}

/* Takes the chosen nonconformity to its next step, as one change Undo
 * takes back; refused, it says why beside the button, and what was typed
 * stays as it was. */
static void
advance_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AttestNonconformitiesPage *self = ATTEST_NONCONFORMITIES_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus;
  AttestNonconformityState state, next;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;

  if (self->nonconformity == NULL || !attest_nonconformity_get_next_state (self->nonconformity, &next))
    return;
  /* Whatever is being typed counts. */
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  while (focus != NULL && !GTK_IS_EDITABLE (focus) && !GTK_IS_TEXT_VIEW (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL)
    attest_field_flush (focus);
  state = attest_nonconformity_get_state (self->nonconformity);
  if (!attest_nonconformity_advance (workspace, self->nonconformity, next, &error))
    {
      gtk_label_set_text (self->refusal_label, error->message);
      gtk_widget_set_visible (self->refusal, TRUE);
      return;
    }
  gtk_widget_set_visible (self->refusal, FALSE);
  g_clear_handle_id (&self->update_id, g_source_remove);
  update_detail (self);
  title = attest_record_dup_display_name (workspace, self->nonconformity);
  if (next < state)
    /* TRANSLATORS: a nonconformity taken back to the analysis of its causes */
    message = g_strdup_printf (_("“%s” reopened: back to the analysis of its causes"), title);
  else
    /* TRANSLATORS: a nonconformity, and the step it was taken to */
    message = g_strdup_printf (_("“%1$s” is now at “%2$s”"), title,
                               attest_enum_get_label (ATTEST_TYPE_NONCONFORMITY_STATE, next));
  attest_toast_with_undo (widget, workspace, message);
  /* The button may be gone (closed): the keyboard stays on the page. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->advance_button)))
    gtk_widget_grab_focus (GTK_WIDGET (self->step_label));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AttestNonconformitiesPage *self = ATTEST_NONCONFORMITIES_PAGE (widget);

  if (self->nonconformity != NULL && self->nonconformities != NULL)
    attest_register_edit (ATTEST_REGISTER (self->nonconformities), self->nonconformity);
}

static gboolean
attest_nonconformities_page_fill (AttestPage *page)
{
  AttestNonconformitiesPage *self = ATTEST_NONCONFORMITIES_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);

  self->nonconformities = attest_register_new_for_kind (workspace, "nonconformity");
  gtk_widget_set_size_request (self->nonconformities, -1, 280);
  gtk_widget_insert_before (self->nonconformities, self->content, self->choose_label);
  self->actions = attest_register_new_for_kind (workspace, "corrective-action");
  gtk_widget_set_size_request (self->actions, -1, 240);
  gtk_widget_insert_before (self->actions, self->detail, NULL);
  attest_register_set_match_scopes (ATTEST_REGISTER (self->actions), TRUE);
  attest_register_set_match_func (ATTEST_REGISTER (self->actions), is_of_nonconformity, self, NULL);
  attest_register_set_prepare_func (ATTEST_REGISTER (self->actions), prepare_action, self);
  g_signal_connect_object (attest_register_get_table (ATTEST_REGISTER (self->nonconformities)), "notify::selected",
                           G_CALLBACK (on_selected_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nonconformities-page.edit", TRUE);
  update_detail (self);
  return TRUE;
}

static void
attest_nonconformities_page_dispose (GObject *object)
{
  AttestNonconformitiesPage *self = ATTEST_NONCONFORMITIES_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_NONCONFORMITIES_PAGE);
  g_clear_object (&self->nonconformity);
  self->nonconformities = NULL;
  self->actions = NULL;
  G_OBJECT_CLASS (attest_nonconformities_page_parent_class)->dispose (object);
}

static void
attest_nonconformities_page_class_init (AttestNonconformitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_nonconformities_page_dispose;
  ATTEST_PAGE_CLASS (klass)->fill = attest_nonconformities_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/pages/attest-nonconformities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, content);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, choose_label);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, detail);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, heading);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, origin);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, steps);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, reported_value);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, reaction_value);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, causes_value);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, actions_value);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, review_value);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, hint);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, advance_label);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, advance_button);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, refusal);
  gtk_widget_class_bind_template_child (widget_class, AttestNonconformitiesPage, refusal_label);

  gtk_widget_class_install_action (widget_class, "nonconformities-page.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "nonconformities-page.edit", NULL, edit_action);
}

static void
attest_nonconformities_page_init (AttestNonconformitiesPage *self)
{
  g_autoptr(GEnumClass) states = g_type_class_ref (ATTEST_TYPE_NONCONFORMITY_STATE);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < N_STEPS; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);
      GEnumValue *value = g_enum_get_value (states, i);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_set_valign (label, GTK_ALIGN_FILL);
      gtk_widget_set_name (label, value != NULL ? value->value_nick : "");
      /* Two lines at most, cut short only in a window too narrow for
       * them: the line below says the step in full. */
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (self->steps), label);
      self->step_labels[i] = label;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nonconformities-page.advance", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "nonconformities-page.edit", FALSE);
}

/**
 * attest_nonconformities_page_select:
 * @self: the nonconformities page
 * @record: a nonconformity, or a corrective action, whose nonconformity
 *   and row are chosen
 *
 * Shows @record (a readiness finding's, a record shown from elsewhere).
 */
void
attest_nonconformities_page_select (AttestNonconformitiesPage *self,
                                    AttestRecord              *record)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *nonconformity = record;

  g_return_if_fail (ATTEST_IS_NONCONFORMITIES_PAGE (self));
  if (!attest_page_fill (ATTEST_PAGE (self)) || self->nonconformities == NULL)
    return;
  if (ATTEST_IS_CORRECTIVE_ACTION (record))
    nonconformity = attest_workspace_lookup (workspace, attest_record_get_string (record, "nonconformity-id"));
  if (nonconformity == NULL
      || !attest_register_select_record (ATTEST_REGISTER (self->nonconformities), nonconformity))
    return;
  /* The keyboard on the row shown, not in the steps above it. */
  if (!ATTEST_IS_CORRECTIVE_ACTION (record) || !attest_register_show_record (ATTEST_REGISTER (self->actions), record))
    attest_register_show_record (ATTEST_REGISTER (self->nonconformities), nonconformity);
}

/**
 * attest_nonconformities_page_new:
 * @workspace: (nullable): the workspace whose nonconformities it shows
 *
 * Returns: (transfer full): a new nonconformities page
 */
GtkWidget *
attest_nonconformities_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_NONCONFORMITIES_PAGE, "workspace", workspace, NULL);
}
