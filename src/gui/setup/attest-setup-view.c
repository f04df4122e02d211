/* attest-setup-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-view"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-view.h"
#include "steps/attest-setup-context-step.h"
#include "steps/attest-setup-leadership-step.h"
#include "steps/attest-setup-objectives-step.h"
#include "steps/attest-setup-method-step.h"
#include "steps/attest-setup-organisation-step.h"
#include "steps/attest-setup-parties-step.h"
#include "steps/attest-setup-review-step.h"
#include "steps/attest-setup-risks-step.h"
#include "steps/attest-setup-scope-step.h"
#include "steps/attest-setup-soa-step.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-record-form.h"

/* The guided setup is a list of steps, each an #AttestSetupStep of its own
 * (src/gui/setup/steps/): its id (kept in the file, so the setup resumes
 * where it was left), title, clauses and introduction, its page, and its
 * check, the readiness rules that gate Next. The view keeps the sidebar of
 * steps, Back and Next, and the banner that says why Next was refused, and
 * hosts the current step. Next checks the step's forms and its rules, and
 * refuses with the reasons shown beside the fields. Later issues add their
 * steps to step_types below. */

struct _AttestSetupView
{
  GtkWidget          parent_instance;

  AttestWorkspace   *workspace;
  AdwLeaflet        *leaflet;
  GtkListBox        *steps_list;
  GtkScrolledWindow *scroller;
  AttestSetupStep   *step;
  GtkLabel          *progress_label;
  GtkWidget         *back_button;
  GtkWidget         *next_button;
  GtkRevealer       *refusal_revealer;
  GtkLabel          *refusal_label;
  char              *refusal;
  guint              current;
  guint              reached;         /* the furthest step reached: those before it were passed with Next */
  guint              refresh_id;
  gboolean           refresh_steps;   /* the idle refresh also updates the sidebar's ticks */
  GtkWidget         *anchor;          /* (weak) the focus when records changed */
  double             anchor_y;        /* where it was in the scroller then */
  GdkFrameClock     *anchor_clock;
  gulong             anchor_handler;
  double             page_size;       /* the scroller's, as last seen */
  GtkWindow         *window;          /* (weak) whose focus is followed */
  gulong             focus_handler;
};

G_DEFINE_FINAL_TYPE (AttestSetupView, attest_setup_view, GTK_TYPE_WIDGET)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The steps, in order. */
static GType (* const step_types[]) (void) = {
  attest_setup_organisation_step_get_type,
  attest_setup_context_step_get_type,
  attest_setup_parties_step_get_type,
  attest_setup_scope_step_get_type,
  attest_setup_leadership_step_get_type,
  attest_setup_objectives_step_get_type,
  attest_setup_method_step_get_type,
  attest_setup_risks_step_get_type,
  attest_setup_soa_step_get_type,
  attest_setup_review_step_get_type,
};

static AttestSetupStepClass *
step_class (guint index)
{
  static AttestSetupStepClass *classes[G_N_ELEMENTS (step_types)];

  /* Referenced once and kept: they hold the steps' ids and titles. */
  if (classes[index] == NULL)
    classes[index] = g_type_class_ref (step_types[index] ());
  return classes[index];
}

guint
attest_setup_view_get_n_steps (void)
{
  return G_N_ELEMENTS (step_types);
}

const char *
attest_setup_view_get_step_id (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (step_types), NULL);
  return step_class (index)->id;
}

/**
 * attest_setup_view_get_step_title:
 * @index: a step's position
 *
 * Returns: its title, translated
 */
const char *
attest_setup_view_get_step_title (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (step_types), NULL);
  return _(step_class (index)->title);
}

static AttestRecord *
setup_record (AttestSetupView *self)
{
  return attest_workspace_get_singleton (self->workspace, ATTEST_TYPE_SETUP);
}

static gboolean
on_last_step (AttestSetupView *self)
{
  return self->current + 1 == G_N_ELEMENTS (step_types);
}

/* Navigation */

static void
set_refusal (AttestSetupView *self,
             const char      *text)
{
  g_free (self->refusal);
  self->refusal = g_strdup (text);
  gtk_label_set_text (self->refusal_label, text ? text : "");
  gtk_revealer_set_reveal_child (self->refusal_revealer, text != NULL);
}

/* Once Next was refused, the reasons follow the user's corrections. */
static void
refresh_refusal (AttestSetupView *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) text = NULL;

  if (self->refusal == NULL)
    return;
  findings = attest_setup_step_check (self->step);
  if (findings->len == 0)
    {
      set_refusal (self, NULL);
      return;
    }
  text = g_string_new (on_last_step (self)
                       ? _("To finish, fix what is still missing:")
                       : _("To go on, fix these first:"));
  for (guint i = 0; i < findings->len && i < 6; i++)
    g_string_append_printf (text, "\n• %s", ((AttestFinding *) g_ptr_array_index (findings, i))->message);
  if (findings->len > 6)
    g_string_append_printf (text, _("\n• and %u more"), findings->len - 6);
  set_refusal (self, text->str);
}

static void
update_step_list (AttestSetupView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_types); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->steps_list, i);
      GtkWidget *icon = g_object_get_data (G_OBJECT (row), "icon");
      g_autoptr(GPtrArray) findings = NULL;

      /* A tick says the step is done: passed with Next, and still with
       * nothing missing. A step not yet seen has none, however its
       * defaults stand. */
      if (i + 1 < G_N_ELEMENTS (step_types))
        {
          gboolean done = i < self->reached;

          if (done)
            {
              findings = attest_readiness_check_step (self->workspace, attest_setup_view_get_step_id (i));
              done = findings->len == 0;
            }
          gtk_image_set_from_icon_name (GTK_IMAGE (icon), done ? "emblem-ok-symbolic" : NULL);
          /* The tick, for those who do not see it. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          done ? _("done") : _("not done yet"), -1);
        }
      if (i == self->current)
        gtk_list_box_select_row (self->steps_list, row);
    }
}

static gboolean
refresh_idle_cb (gpointer data)
{
  AttestSetupView *self = data;

  self->refresh_id = 0;
  refresh_refusal (self);
  if (self->refresh_steps)
    update_step_list (self);
  self->refresh_steps = FALSE;
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (AttestSetupView *self,
               gboolean         steps_too)
{
  self->refresh_steps |= steps_too;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

/* Any saved change may answer a refusal. */
static void
on_record_changed_cb (AttestSetupView *self)
{
  if (self->refusal != NULL)
    queue_refresh (self, FALSE);
}

static void
clear_anchor (AttestSetupView *self)
{
  /* A window closed before the next layout may have taken the clock's
   * handlers with it. */
  if (self->anchor_handler != 0 && g_signal_handler_is_connected (self->anchor_clock, self->anchor_handler))
    g_signal_handler_disconnect (self->anchor_clock, self->anchor_handler);
  self->anchor_handler = 0;
  g_clear_object (&self->anchor_clock);
  g_clear_weak_pointer (&self->anchor);
}

/* Scrolls so that @widget is in view, whole if it fits; its top if not.
 * Measured on the page itself, which scrolling does not move, so that two
 * calls before the next layout agree. */
static void
scroll_into_view (AttestSetupView *self,
                  GtkWidget       *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  double page = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  const double margin = 12;
  graphene_rect_t bounds;
  double top, bottom;

  if (content == NULL || !gtk_widget_compute_bounds (widget, content, &bounds) || page <= 0)
    return;
  top = bounds.origin.y;
  bottom = top + bounds.size.height;
  if (top < value || bottom - top + 2 * margin > page)
    gtk_adjustment_set_value (adjustment, top - margin);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page + margin);
}

/* The focus inside the step, if any. */
static GtkWidget *
step_focus (AttestSetupView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || self->step == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->step)))
    return NULL;
  return focus;
}

/* What must be seen whole of a focus: its row (an entry row's text is
 * only part of it), or itself. */
static GtkWidget *
focus_target (GtkWidget *focus)
{
  GtkWidget *row = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL ? row : focus;
}

/* The keyboard moved to another widget of the page (Tab, a click, a field
 * to fix): it comes into view whole. A record just added is shown once the
 * page is laid out again (on_layout_cb). The viewport's own scrolling to
 * the focus is off: it shows only the text of an entry row, cut off at the
 * bottom edge. */
static void
on_focus_widget_cb (AttestSetupView *self)
{
  GtkWidget *focus = step_focus (self);

  if (focus == NULL || self->anchor_handler != 0)
    return;
  scroll_into_view (self, focus_target (focus));
}

/* The field being typed into stays whole on screen when the page shrinks
 * (the banner above it shown, the window made smaller). */
static void
on_page_size_cb (AttestSetupView *self)
{
  double page = gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (self->scroller));
  gboolean shrank = page < self->page_size;
  GtkWidget *focus = step_focus (self);

  self->page_size = page;
  if (!shrank)
    return;

  if (focus != NULL)
    scroll_into_view (self, focus_target (focus));
}

/* Once the page is laid out again, the field the user is in goes back to
 * where it was on screen, though records were added or removed above it;
 * but a record just added took the focus: then it is scrolled into view,
 * its card whole where it fits. */
static void
on_layout_cb (GdkFrameClock   *clock,
              AttestSetupView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *focus = step_focus (self);
  graphene_point_t at;

  if (focus != NULL && focus != self->anchor && !gtk_widget_is_ancestor (focus, self->anchor ? self->anchor : focus))
    {
      GtkWidget *card = focus;

      while (card != NULL && g_object_get_data (G_OBJECT (card), "record") == NULL)
        card = gtk_widget_get_parent (card);
      /* The whole card where it fits, else the field. */
      if (card == NULL || gtk_widget_get_height (card) + 24
                            > gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (self->scroller)))
        card = focus_target (focus);
      scroll_into_view (self, card);
    }
  else if (self->anchor != NULL && gtk_widget_is_ancestor (self->anchor, GTK_WIDGET (self->step))
      && gtk_widget_compute_point (self->anchor, GTK_WIDGET (self->scroller), &GRAPHENE_POINT_INIT (0, 0), &at)
      && at.y != self->anchor_y)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + at.y - self->anchor_y);
  clear_anchor (self);
}

/* Records change the page (a card added or removed) before it is laid out
 * again: where the focus is now is where it must stay. */
static void
remember_focus (AttestSetupView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  graphene_point_t at;

  if (self->anchor_handler != 0 || clock == NULL || self->step == NULL)
    return;
  /* With no focus on the page, there is nothing to keep in place, but a
   * record added may still take the focus. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->step))
      && gtk_widget_compute_point (focus, GTK_WIDGET (self->scroller), &GRAPHENE_POINT_INIT (0, 0), &at))
    {
      g_set_weak_pointer (&self->anchor, focus);
      self->anchor_y = at.y;
    }
  self->anchor_clock = g_object_ref (clock);
  /* After the window's own layout handler, which was connected first. */
  self->anchor_handler = g_signal_connect (clock, "layout", G_CALLBACK (on_layout_cb), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* A record added or removed changes the step's page (the step follows the
 * models itself) and may complete a step. */
static void
on_records_changed_cb (AttestSetupView *self)
{
  remember_focus (self);
  queue_refresh (self, TRUE);
}

static void
on_form_validated_cb (AttestSetupView *self)
{
  refresh_refusal (self);
}

/**
 * attest_setup_view_show_step:
 * @self: the setup view
 * @step: a step id
 *
 * Shows a step and remembers it in the file, for resuming.
 */
void
attest_setup_view_show_step (AttestSetupView *self,
                             const char      *step)
{
  AttestRecord *setup = setup_record (self);
  GtkWidget *clamp = adw_clamp_new ();
  g_autofree char *progress = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (step_types); i++)
    if (g_str_equal (attest_setup_view_get_step_id (i), step))
      self->current = i;
  self->reached = MAX (self->reached, self->current);
  set_refusal (self, NULL);
  if (setup != NULL && !attest_workspace_is_read_only (self->workspace))
    {
      const char *reached = self->reached < G_N_ELEMENTS (step_types)
                            ? attest_setup_view_get_step_id (self->reached) : "";

      /* One change: where the user is, and the furthest step reached, so
       * that the ticks stay when they go back and close Attest there. */
      if (attest_workspace_begin (self->workspace, NULL))
        {
          g_object_set (setup, "step", attest_setup_view_get_step_id (self->current), NULL);
          if (*reached != '\0' && g_strcmp0 (attest_record_get_string (setup, "reached"), reached) != 0)
            g_object_set (setup, "reached", reached, NULL);
          attest_workspace_commit (self->workspace, NULL);
        }
    }

  self->step = g_object_new (step_types[self->current] (), "workspace", self->workspace, NULL);
  g_signal_connect_object (self->step, "form-validated", G_CALLBACK (on_form_validated_cb), self, G_CONNECT_SWAPPED);
  /* A new viewport, too: the page starts at its top. */
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->step));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  if (GTK_IS_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)))
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)), FALSE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  progress = g_strdup_printf (_("Step %u of %u · %s"), self->current + 1, (guint) G_N_ELEMENTS (step_types),
                              attest_setup_step_get_title (self->step));
  gtk_label_set_text (self->progress_label, progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "setup.back", self->current > 0);
  gtk_button_set_label (GTK_BUTTON (self->next_button), on_last_step (self) ? _("_Finish") : _("_Next"));
  update_step_list (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  /* On a new step the keyboard starts at its first field. */
  if (!attest_setup_step_focus_first (self->step))
    gtk_widget_grab_focus (self->next_button);
}

const char *
attest_setup_view_get_step (AttestSetupView *self)
{
  return attest_setup_view_get_step_id (self->current);
}

/**
 * attest_setup_view_get_page:
 * @self: the setup view
 *
 * Returns: (transfer none): the current step, an #AttestSetupStep named
 *   after its id
 */
GtkWidget *
attest_setup_view_get_page (AttestSetupView *self)
{
  return GTK_WIDGET (self->step);
}

/**
 * attest_setup_view_get_refusal:
 * @self: the setup view
 *
 * Returns: (nullable): why the last Next was refused, as shown
 */
const char *
attest_setup_view_get_refusal (AttestSetupView *self)
{
  return self->refusal;
}

static void
flush_focused_field (AttestSetupView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  while (focus != NULL && !GTK_IS_EDITABLE (focus) && !GTK_IS_TEXT_VIEW (focus))
    focus = gtk_widget_get_parent (focus);
  if (focus != NULL)
    attest_field_flush (focus);
}

/**
 * attest_setup_view_next:
 * @self: the setup view
 *
 * Goes to the next step, or finishes on the last, unless the current step
 * still lacks something: then the reasons are shown, beside each field and
 * above the page, and the focus moves to the first field to fix.
 *
 * Returns: %TRUE if it went on
 */
gboolean
attest_setup_view_next (AttestSetupView *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  gboolean forms_ok;

  /* What is being typed counts, and so do the records just added. */
  flush_focused_field (self);
  attest_setup_step_settle (self->step);

  findings = attest_setup_step_check (self->step);
  forms_ok = attest_validate_forms_in (GTK_WIDGET (self->step));

  if (findings->len > 0 || !forms_ok)
    {
      /* Shown even if only a form had problems: the forms say which. */
      set_refusal (self, "");
      refresh_refusal (self);
      if (self->refusal == NULL)
        set_refusal (self, _("To go on, fix the fields marked in red."));
      update_step_list (self);
      return FALSE;
    }

  if (on_last_step (self))
    {
      AttestRecord *setup = setup_record (self);

      if (setup != NULL)
        g_object_set (setup, "completed", TRUE, NULL);
      g_signal_emit (self, signals[FINISHED], 0);
      return TRUE;
    }
  attest_setup_view_show_step (self, attest_setup_view_get_step_id (self->current + 1));
  return TRUE;
}

/**
 * attest_setup_view_back:
 * @self: the setup view
 *
 * Goes to the previous step. Nothing is lost: everything is saved already.
 */
void
attest_setup_view_back (AttestSetupView *self)
{
  flush_focused_field (self);
  if (self->current > 0)
    attest_setup_view_show_step (self, attest_setup_view_get_step_id (self->current - 1));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  attest_setup_view_next (ATTEST_SETUP_VIEW (widget));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  attest_setup_view_back (ATTEST_SETUP_VIEW (widget));
}

static void
show_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  attest_setup_view_show_step (ATTEST_SETUP_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
on_step_activated_cb (GtkListBox      *list,
                      GtkListBoxRow   *row,
                      AttestSetupView *self)
{
  attest_setup_view_show_step (self, attest_setup_view_get_step_id (gtk_list_box_row_get_index (row)));
}

/* Object */

static void
attest_setup_view_dispose (GObject *object)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  clear_anchor (self);
  if (self->window != NULL && self->focus_handler != 0
      && g_signal_handler_is_connected (self->window, self->focus_handler))
    g_signal_handler_disconnect (self->window, self->focus_handler);
  self->focus_handler = 0;
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_SETUP_VIEW);
  self->step = NULL;
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->refusal, g_free);

  G_OBJECT_CLASS (attest_setup_view_parent_class)->dispose (object);
}

static void
attest_setup_view_map (GtkWidget *widget)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (attest_setup_view_parent_class)->map (widget);
  /* Enter in a field means Next. */
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    {
      gtk_window_set_default_widget (GTK_WINDOW (root), self->next_button);
      g_set_weak_pointer (&self->window, GTK_WINDOW (root));
      self->focus_handler = g_signal_connect_swapped (root, "notify::focus-widget", G_CALLBACK (on_focus_widget_cb), self);
    }
}

static void
attest_setup_view_unmap (GtkWidget *widget)
{
  AttestSetupView *self = ATTEST_SETUP_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && gtk_window_get_default_widget (GTK_WINDOW (root)) == self->next_button)
    gtk_window_set_default_widget (GTK_WINDOW (root), NULL);
  if (self->window != NULL && self->focus_handler != 0
      && g_signal_handler_is_connected (self->window, self->focus_handler))
    g_signal_handler_disconnect (self->window, self->focus_handler);
  self->focus_handler = 0;
  g_clear_weak_pointer (&self->window);
  GTK_WIDGET_CLASS (attest_setup_view_parent_class)->unmap (widget);
}

static void
attest_setup_view_class_init (AttestSetupViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_setup_view_dispose;
  widget_class->map = attest_setup_view_map;
  widget_class->unmap = attest_setup_view_unmap;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "setupview");
  gtk_widget_class_install_action (widget_class, "setup.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "setup.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "setup.show-step", "s", show_step_action);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/setup/attest-setup-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, steps_list);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, refusal_revealer);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, refusal_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, scroller);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, back_button);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AttestSetupView, next_button);
  gtk_widget_class_bind_template_callback (widget_class, on_step_activated_cb);

  /**
   * AttestSetupView::finished:
   *
   * The user finished the last step with nothing missing.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
attest_setup_view_init (AttestSetupView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (on_page_size_cb), self, G_CONNECT_SWAPPED);
}

/* The steps in the sidebar, each with a tick once complete. */
static void
fill_step_list (AttestSetupView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_types); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      const char *title = attest_setup_view_get_step_title (i);
      g_autofree char *text = g_strdup_printf ("%u  %s", i + 1, title);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *icon = gtk_image_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_object_set_data (G_OBJECT (row), "icon", icon);
      gtk_list_box_append (self->steps_list, row);
    }
}

/**
 * attest_setup_view_new:
 * @workspace: the workspace to set up
 *
 * Returns: (transfer full): the setup view, on the step the workspace was
 *   left at (or the first)
 */
GtkWidget *
attest_setup_view_new (AttestWorkspace *workspace)
{
  AttestSetupView *self = g_object_new (ATTEST_TYPE_SETUP_VIEW, NULL);
  AttestRecord *setup;
  const GType kinds[] = { ATTEST_TYPE_CONTEXT_ISSUE, ATTEST_TYPE_INTERESTED_PARTY,
                          ATTEST_TYPE_REQUIREMENT, ATTEST_TYPE_SCOPE_ITEM,
                          ATTEST_TYPE_ASSET, ATTEST_TYPE_THREAT, ATTEST_TYPE_RISK };

  self->workspace = g_object_ref (workspace);
  fill_step_list (self);

  g_signal_connect_object (workspace, "record-changed", G_CALLBACK (on_record_changed_cb), self, G_CONNECT_SWAPPED);
  /* The kinds whose records the steps add and remove. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_signal_connect_object (attest_workspace_get_records (workspace, kinds[i]), "items-changed",
                             G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);

  setup = attest_workspace_get_singleton (workspace, ATTEST_TYPE_SETUP);
  /* A finished setup passed every step; one left on a step passed those
   * before it (attest_setup_view_show_step() counts it), and those before
   * the furthest it reached. */
  if (setup != NULL && attest_record_get_boolean (setup, "completed"))
    self->reached = G_N_ELEMENTS (step_types);
  /* The furthest step reached, as the file keeps it (files before schema 9
   * keep only the step the user was on). */
  else if (setup != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (step_types); i++)
      if (g_str_equal (attest_setup_view_get_step_id (i), attest_record_get_string (setup, "reached")))
        self->reached = MAX (self->reached, i);
  attest_setup_view_show_step (self, setup && *attest_record_get_string (setup, "step")
                                     ? attest_record_get_string (setup, "step") : attest_setup_view_get_step_id (0));
  return GTK_WIDGET (self);
}
