/* attest-reviews-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-reviews-page"

#include "config.h"

#include "attest-i18n.h"

#include "attest-export.h"
#include "attest-reviewing.h"
#include "attest-file-chooser.h"
#include "attest-reviews-page.h"
#include "attest-page.h"
#include "attest-register-specs.h"
#include "widgets/attest-field-binding.h"
#include "widgets/attest-link-list.h"
#include "widgets/attest-record-form.h"
#include "widgets/attest-register.h"
#include "widgets/attest-toast.h"
#include "widgets/attest-undo.h"

/* Management review (9.3): the reviews' register; below it, the chosen
 * review: who attended, linked here as auditors are to an audit, and
 * whether top management was among them; its ten inputs (9.3.2), which
 * "Prepare Inputs" writes from the workspace as one change Undo takes back,
 * each with what the workspace showed and the comment the review wrote;
 * its decisions (9.3.3), written as typed; its actions, a register of
 * their own that Add starts as the chosen review's. With no review yet the
 * page says what a review is for and offers to add the first. What a
 * review holds and how its inputs are made is attest-reviewing.h's; this
 * page only asks and says. */

struct _AttestReviewsPage
{
  AttestPage     parent_instance;

  GtkWidget     *reviews;        /* AttestRegister of management reviews */
  GtkWidget     *actions;        /* AttestRegister of the chosen one's actions */
  GtkWidget     *attendees;      /* AttestLinkList of the chosen one's, or NULL */
  GtkWidget     *decisions;      /* AttestRecordForm of the chosen one's decisions, or NULL */
  AttestRecord  *review;         /* the chosen one, or NULL */
  char          *attendee_key;   /* the attendees the list shows, by id */
  char          *input_key;      /* the inputs shown, by id */
  guint          update_id;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  GtkStack      *stack;
  GtkWidget     *content;
  GtkWidget     *choose_label;
  GtkWidget     *detail;
  GtkLabel      *heading;
  GtkLabel      *summary;
  GtkWidget     *attendees_box;
  GtkWidget     *top_management;
  GtkImage      *top_management_icon;
  GtkLabel      *top_management_label;
  GtkLabel      *inputs_state;
  GtkWidget     *prepare_button;
  GtkLabel      *prepare_label;
  GtkWidget     *prepare_note;
  GtkWidget     *inputs_box;
  GtkWidget     *decisions_box;
};

G_DEFINE_FINAL_TYPE (AttestReviewsPage, attest_reviews_page, ATTEST_TYPE_PAGE)

#define UPDATE_DELAY_MS 200

static const char * const decision_fields[] = { "improvement-decisions", "change-decisions", NULL };

/* A day as a person reads it, or NULL when the field holds none. */
static char *
dup_day (const char *stored)
{
  return attest_i18n_format_stored_date (stored);
}

/* When the review is held, or planned for, and where its minutes are. */
static char *
dup_summary (AttestRecord *review)
{
  g_autofree char *held = dup_day (attest_record_get_string (review, "held-on"));
  g_autofree char *planned = dup_day (attest_record_get_string (review, "planned-date"));
  const char *minutes = attest_record_get_string (review, "minutes-reference");
  g_autoptr(GString) text = g_string_new (NULL);

  if (attest_management_review_is_held (review) && held != NULL)
    /* TRANSLATORS: the day a management review was held */
    g_string_append_printf (text, _("Held on %s"), held);
  else if (planned != NULL)
    /* TRANSLATORS: the day a management review is planned for */
    g_string_append_printf (text, _("Planned for %s, not held yet"), planned);
  else
    g_string_append (text, _("Not planned for a day yet"));
  if (!attest_text_is_blank (minutes))
    {
      g_string_append (text, " · ");
      /* TRANSLATORS: where the signed minutes of a management review are kept, "Signed minutes kept at DMS/ISMS/2027-MR" */
      g_string_append_printf (text, _("Signed minutes kept at %s"), minutes);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The records' ids, one after the other: what a list shows, to know
 * whether it must be built again. */
static char *
dup_key (GPtrArray *records)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (key, "%s;", attest_record_get_id (g_ptr_array_index (records, i)));
  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Whether top management attended, in words; what to do when not. */
static void
update_top_management (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  gboolean attended = attest_management_review_has_top_management (workspace, self->review);

  gtk_image_set_from_icon_name (self->top_management_icon,
                                attended ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->top_management_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  attended ? _("Done") : _("Warning"), -1);
  if (attended)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->top_management_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->top_management_icon), "success");
      gtk_widget_remove_css_class (self->top_management, "card");
      /* Attended once held; before, only expected to. */
      gtk_label_set_text (self->top_management_label, attest_management_review_is_held (self->review)
                                                      ? _("Top management attended this review.")
                                                      : _("Top management is among the attendees."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->top_management_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->top_management_icon), "warning");
      gtk_widget_add_css_class (self->top_management, "card");
      gtk_label_set_text (self->top_management_label,
                          _("No one from top management is among the attendees yet. The standard asks top "
                            "management to review the ISMS: link someone who holds a role marked as top "
                            "management on the Roles page."));
    }
}

static void
on_attendees_changed_cb (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) attendees = NULL;

  if (self->review == NULL)
    return;
  attendees = attest_management_review_dup_attendees (workspace, self->review);
  g_free (self->attendee_key);
  self->attendee_key = dup_key (attendees);
  update_top_management (self);
}

/* The attendees' list, built again only when the attendees are not the
 * ones it shows (an Undo, another review), or when @force (people added
 * or removed: the choices change). */
static void
update_attendees (AttestReviewsPage *self,
                  gboolean           force)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) attendees = attest_management_review_dup_attendees (workspace, self->review);
  g_autofree char *key = dup_key (attendees);

  if (!force && self->attendees != NULL && g_strcmp0 (key, self->attendee_key) == 0)
    {
      update_top_management (self);
      return;
    }
  if (self->attendees != NULL)
    gtk_box_remove (GTK_BOX (self->attendees_box), self->attendees);
  self->attendees = attest_link_list_new (workspace, "review-attendee", self->review,
                                          attest_workspace_is_read_only (workspace));
  gtk_widget_set_name (self->attendees, "review-attendees");
  g_signal_connect_object (self->attendees, "changed", G_CALLBACK (on_attendees_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->attendees_box), self->attendees);
  g_free (self->attendee_key);
  self->attendee_key = g_steal_pointer (&key);
  update_top_management (self);
}

static int
compare_topics (gconstpointer a,
                gconstpointer b)
{
  AttestRecord *x = *(AttestRecord * const *) a;
  AttestRecord *y = *(AttestRecord * const *) b;

  return attest_record_get_enum (x, "topic") - attest_record_get_enum (y, "topic");
}

static void
set_input_summary (GtkLabel     *label,
                   AttestRecord *input)
{
  const char *summary = attest_record_get_string (input, "summary");

  if (attest_text_is_blank (summary))
    {
      gtk_label_set_text (label, _("Nothing was found for this input when the inputs were prepared."));
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_label_set_text (label, summary);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static gboolean
is_text_view (GtkWidget *widget)
{
  return GTK_IS_TEXT_VIEW (widget);
}

/* The first descendant of @root that @match accepts, depth first. */
static GtkWidget *
find_descendant (GtkWidget *root,
                 gboolean (*match) (GtkWidget *widget))
{
  if (match (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* One input: its title, what the workspace showed (read, selected with
 * the pointer, not a stop of Tab), and the review's comment, a field of
 * several lines saved as typed. */
static GtkWidget *
input_new (AttestReviewsPage *self,
           AttestRecord      *input)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  int topic = attest_record_get_enum (input, "topic");
  const char *title = attest_enum_get_label (ATTEST_TYPE_REVIEW_TOPIC, topic);
  g_autoptr(GEnumClass) topics = g_type_class_ref (ATTEST_TYPE_REVIEW_TOPIC);
  GEnumValue *value = g_enum_get_value (topics, topic);
  g_autofree char *name = g_strdup_printf ("review-input-%s", value != NULL ? value->value_nick : "unknown");
  /* TRANSLATORS: the comment field of one input of a management review, as a screen reader names it: "Comment on “Audit results”" */
  g_autofree char *comment_label = g_strdup_printf (_("Comment on “%s”"), title);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *form, *row, *view;

  gtk_widget_set_name (box, name);
  gtk_widget_add_css_class (box, "review-input");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  gtk_widget_set_name (summary, "review-input-summary");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  /* Not selectable: that would make each a stop of Tab between the
   * comments, and one that takes no focus keeps Tab from going past it in
   * GTK 4.8. */
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  set_input_summary (GTK_LABEL (summary), input);
  gtk_accessible_update_property (GTK_ACCESSIBLE (summary), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("What the workspace showed when the inputs were prepared"), -1);
  gtk_box_append (GTK_BOX (box), summary);

  form = attest_record_form_new_full (workspace, input, attest_record_form_get_fields ("review-input"),
                                      attest_workspace_is_read_only (workspace));
  gtk_widget_set_margin_top (form, 6);
  /* Ten fields of one title: each is named by its input for a screen reader. */
  row = attest_record_form_get_row (ATTEST_RECORD_FORM (form), "comment");
  view = row != NULL ? find_descendant (row, is_text_view) : NULL;
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, comment_label, -1);
  if (view != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, comment_label, -1);
  gtk_box_append (GTK_BOX (box), form);

  g_object_set_data_full (G_OBJECT (box), "input", g_object_ref (input), g_object_unref);
  g_object_set_data (G_OBJECT (box), "summary", summary);
  return box;
}

/* The inputs shown go, what was being typed in them saved first. */
static void
clear_inputs (AttestReviewsPage *self)
{
  GtkWidget *child;

  attest_field_flush_all (self->inputs_box);
  while ((child = gtk_widget_get_first_child (self->inputs_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->inputs_box), child);
  g_clear_pointer (&self->input_key, g_free);
}

/* The inputs in the order of the standard; built again only when they are
 * not the ones shown (prepared for the first time, undone, another
 * review), else each summary said again, as preparing again rewrites them
 * and keeps the comments. */
static void
update_inputs (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GPtrArray) inputs = attest_management_review_dup_inputs (workspace, self->review);
  g_autofree char *key = NULL;
  GtkWidget *child;

  g_ptr_array_sort (inputs, compare_topics);
  key = dup_key (inputs);
  if (g_strcmp0 (key, self->input_key) == 0)
    {
      for (child = gtk_widget_get_first_child (self->inputs_box); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        set_input_summary (g_object_get_data (G_OBJECT (child), "summary"),
                           g_object_get_data (G_OBJECT (child), "input"));
      return;
    }
  clear_inputs (self);
  for (guint i = 0; i < inputs->len; i++)
    gtk_box_append (GTK_BOX (self->inputs_box), input_new (self, g_ptr_array_index (inputs, i)));
  gtk_widget_set_visible (self->inputs_box, inputs->len > 0);
  g_free (self->input_key);
  self->input_key = g_steal_pointer (&key);
}

/* From when changes are counted and when the inputs were prepared; what
 * the button does, first and again. */
static void
update_prepare (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autofree char *since = dup_day (attest_record_get_string (self->review, "since"));
  g_autofree char *prepared = dup_day (attest_record_get_string (self->review, "inputs-prepared-at"));
  gboolean has_inputs = self->input_key != NULL && *self->input_key != '\0';
  g_autoptr(GString) state = g_string_new (NULL);

  if (since != NULL)
    /* TRANSLATORS: the day from which a management review's inputs count changes: the previous review's */
    g_string_append_printf (state, _("Changes counted from %s"), since);
  else
    g_string_append (state, _("Changes counted from the start of the records"));
  g_string_append (state, " · ");
  if (prepared != NULL && has_inputs)
    /* TRANSLATORS: the day a management review's inputs were prepared */
    g_string_append_printf (state, _("Inputs prepared on %s"), prepared);
  else
    g_string_append (state, _("Inputs not prepared yet"));
  gtk_label_set_text (self->inputs_state, state->str);

  gtk_label_set_text_with_mnemonic (self->prepare_label,
                                    has_inputs ? _("Prepare Inputs _Again") : _("_Prepare Inputs"));
  /* Read without the mnemonic's underline. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prepare_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  has_inputs ? _("Prepare Inputs Again") : _("Prepare Inputs"), -1);
  gtk_label_set_text (GTK_LABEL (self->prepare_note),
                      has_inputs && attest_management_review_is_held (self->review)
                      /* The minutes say what the review considered: preparing again after it was held
                       * changes that, which the user must know before. */
                      ? _("This review was held: preparing again writes each summary from the workspace as it is "
                          "today, no longer what the review considered. The comments are kept.")
                      : has_inputs ? _("Each summary is written again from the workspace as it is now; the comments "
                                       "are kept.")
                                   : _("Reads the workspace for each of the ten inputs the standard asks a review to "
                                       "consider, so that the review can comment on each."));
  gtk_widget_set_tooltip_text (self->prepare_button,
                               has_inputs ? _("Write the summaries of the inputs again from the workspace; the "
                                              "comments are kept")
                                          : _("Write a summary of each input from the workspace"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.prepare-inputs",
                                 !attest_workspace_is_read_only (workspace));
}

/* The chosen review, said again after any change. */
static void
update_detail (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  gtk_widget_set_visible (self->detail, self->review != NULL);
  gtk_widget_set_visible (self->choose_label, self->review == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.export-minutes", self->review != NULL);
  if (self->review == NULL || workspace == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.prepare-inputs", FALSE);
      return;
    }
  title = attest_record_dup_display_name (workspace, self->review);
  gtk_label_set_text (self->heading, title);
  summary = dup_summary (self->review);
  gtk_label_set_text (self->summary, summary);
  update_attendees (self, FALSE);
  update_inputs (self);
  update_prepare (self);
}

/* The empty state while there is no review; the register once there is. */
static void
update_stack (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GListModel *reviews = attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW);

  gtk_stack_set_visible_child_name (self->stack, g_list_model_get_n_items (reviews) > 0 ? "reviews" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.add", !attest_workspace_is_read_only (workspace));
}

static gboolean
on_update_timeout_cb (gpointer user_data)
{
  AttestReviewsPage *self = user_data;

  self->update_id = 0;
  update_detail (self);
  return G_SOURCE_REMOVE;
}

/* Any change may change it: a day written, an attendee linked, the inputs
 * prepared or undone; said again a moment after, not at every one of a
 * burst. */
static void
on_committed_cb (AttestReviewsPage *self)
{
  if (self->review != NULL && self->update_id == 0)
    self->update_id = g_timeout_add (UPDATE_DELAY_MS, on_update_timeout_cb, self);
}

/* People added or removed: the attendees' choices change. */
static void
on_people_changed_cb (AttestReviewsPage *self)
{
  if (self->review != NULL)
    update_attendees (self, TRUE);
}

static gboolean
is_of_review (AttestRecord *record,
              gpointer      user_data)
{
  AttestReviewsPage *self = user_data;

  return self->review != NULL
         && g_str_equal (attest_record_get_string (record, "review-id"), attest_record_get_id (self->review));
}

/* An action added below a review is that review's. */
static void
prepare_action (AttestRecord *action,
                gpointer      user_data)
{
  AttestReviewsPage *self = user_data;

  if (self->review != NULL)
    g_object_set (action, "review-id", attest_record_get_id (self->review), NULL);
}

/* The chosen review's decisions, in a form of their own. */
static void
set_decisions (AttestReviewsPage *self)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));

  if (self->decisions != NULL)
    gtk_box_remove (GTK_BOX (self->decisions_box), self->decisions);
  self->decisions = NULL;
  if (self->review == NULL)
    return;
  self->decisions = attest_record_form_new_full (workspace, self->review, decision_fields,
                                                 attest_workspace_is_read_only (workspace));
  gtk_widget_set_name (self->decisions, "review-decisions");
  gtk_box_append (GTK_BOX (self->decisions_box), self->decisions);
}

static void
on_selected_cb (AttestRecordTable *table,
                GParamSpec        *pspec,
                AttestReviewsPage *self)
{
  AttestRecord *review = attest_record_table_get_selected (table);

  /* A row left unselected keeps the review shown, unless it is gone. */
  if (review == NULL && self->review != NULL
      && attest_workspace_lookup (attest_page_get_workspace (ATTEST_PAGE (self)),
                                  attest_record_get_id (self->review)) != NULL)
    return;
  /* What was being typed about the last one is saved before it goes. */
  attest_field_flush_all (self->detail);
  if (!g_set_object (&self->review, review))
    return;
  clear_inputs (self);
  g_clear_pointer (&self->attendee_key, g_free);
  if (self->attendees != NULL)
    gtk_box_remove (GTK_BOX (self->attendees_box), self->attendees);
  self->attendees = NULL;
  set_decisions (self);
  attest_register_set_match_func (ATTEST_REGISTER (self->actions), is_of_review, self, NULL);
  update_detail (self);
}

static void
on_reviews_changed_cb (AttestReviewsPage *self)
{
  update_stack (self);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (widget);

  if (attest_page_fill (ATTEST_PAGE (self)) && self->reviews != NULL)
    attest_register_add (ATTEST_REGISTER (self->reviews));
}

/* Prepares the chosen review's inputs, as one change Undo takes back; the
 * comments typed so far are saved first, and kept. */
static void
prepare_inputs_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->review == NULL)
    return;
  attest_field_flush_all (self->detail);
  if (!attest_management_review_prepare_inputs (workspace, self->review, &error))
    {
      attest_toast_add (widget, error->message);
      return;
    }
  g_clear_handle_id (&self->update_id, g_source_remove);
  update_detail (self);
  attest_toast_with_undo (widget, workspace, _("Inputs prepared"));
}

static void
show_error (AttestReviewsPage *self,
            const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("Could Not Export the Minutes"), message);

  gtk_widget_set_name (dialog, "minutes-error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * attest_reviews_page_export_minutes:
 * @self: the management review page
 * @path: the PDF to write; never the workspace, nor another one
 *
 * Writes the minutes of the chosen review: the audit pack with its
 * management review section (9.3) alone, that review alone in it, recorded
 * in the history as minutes, not as a version of the audit pack. What is
 * being typed is saved first. A
 * path that names a workspace is refused with a message.
 *
 * Returns: (transfer none) (nullable): the progress dialog of the export,
 *   closed when done; %NULL when refused
 */
GtkWidget *
attest_reviews_page_export_minutes (AttestReviewsPage *self,
                                    const char        *path)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AttestPackOptions options = { ATTEST_PACK_REVIEW, attest_paper_from_locale (), NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ATTEST_IS_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  if (workspace == NULL || self->review == NULL || !GTK_IS_WINDOW (root))
    return NULL;
  options.review_id = attest_record_get_id (self->review);
  attest_field_flush_all (GTK_WIDGET (self));
  if (!attest_output_check (path, attest_workspace_get_path (workspace), ATTEST_OUTPUT_DEFAULT, &error))
    {
      show_error (self, error->message);
      return NULL;
    }
  return attest_export_audit_pack (GTK_WINDOW (root), workspace, &options, path);
}

static void
on_minutes_chosen_cb (GtkNativeDialog   *chooser,
                      int                response,
                      AttestReviewsPage *self)
{
  g_autofree char *path = attest_file_chooser_dup_path (chooser, response);

  g_clear_object (&self->chooser);
  if (path != NULL)
    attest_reviews_page_export_minutes (self, path);
}

static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (widget);
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *org = NULL;
  const char *day;
  g_autofree char *suggested = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) folder = NULL;

  if (workspace == NULL || self->review == NULL || !GTK_IS_WINDOW (root) || self->chooser != NULL)
    return;
  org = attest_export_dup_organisation (workspace);
  day = attest_record_get_string (self->review, "held-on");
  if (!attest_date_is_valid (day))
    day = attest_record_get_string (self->review, "planned-date");
  /* TRANSLATORS: the name suggested for the PDF of a management review's minutes: the organisation, then
   * the day the review was held or is planned for, as 2026-10-29 */
  suggested = attest_date_is_valid (day) ? g_strdup_printf (_("%s management review minutes %s.pdf"), org, day)
                                         : g_strdup_printf (_("%s management review minutes.pdf"), org);
  self->chooser = attest_file_chooser_new_for_pdf (GTK_WINDOW (root), _("Export Minutes"), _("_Export"), suggested);
  /* Beside the workspace, to start with. */
  dir = g_path_get_dirname (attest_workspace_get_path (workspace));
  folder = g_file_new_for_path (dir);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_minutes_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
attest_reviews_page_fill (AttestPage *page)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (page);
  AttestWorkspace *workspace = attest_page_get_workspace (page);

  self->reviews = attest_register_new_for_kind (workspace, "management-review");
  gtk_widget_set_size_request (self->reviews, -1, 240);
  gtk_widget_insert_before (self->reviews, self->content, self->choose_label);
  self->actions = attest_register_new_for_kind (workspace, "review-action");
  gtk_widget_set_size_request (self->actions, -1, 240);
  gtk_widget_insert_before (self->actions, self->detail, NULL);
  attest_register_set_match_scopes (ATTEST_REGISTER (self->actions), TRUE);
  attest_register_set_match_func (ATTEST_REGISTER (self->actions), is_of_review, self, NULL);
  attest_register_set_prepare_func (ATTEST_REGISTER (self->actions), prepare_action, self);
  g_signal_connect_object (attest_register_get_table (ATTEST_REGISTER (self->reviews)), "notify::selected",
                           G_CALLBACK (on_selected_cb), self, 0);
  g_signal_connect_object (attest_workspace_get_store (workspace), "committed", G_CALLBACK (on_committed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_MANAGEMENT_REVIEW), "items-changed",
                           G_CALLBACK (on_reviews_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (attest_workspace_get_records (workspace, ATTEST_TYPE_PERSON), "items-changed",
                           G_CALLBACK (on_people_changed_cb), self, G_CONNECT_SWAPPED);
  update_stack (self);
  update_detail (self);
  return TRUE;
}

static void
attest_reviews_page_dispose (GObject *object)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATTEST_TYPE_REVIEWS_PAGE);
  g_clear_object (&self->review);
  self->reviews = NULL;
  self->actions = NULL;
  self->attendees = NULL;
  self->decisions = NULL;
  G_OBJECT_CLASS (attest_reviews_page_parent_class)->dispose (object);
}

static void
attest_reviews_page_finalize (GObject *object)
{
  AttestReviewsPage *self = ATTEST_REVIEWS_PAGE (object);

  g_free (self->attendee_key);
  g_free (self->input_key);
  G_OBJECT_CLASS (attest_reviews_page_parent_class)->finalize (object);
}

static void
attest_reviews_page_class_init (AttestReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = attest_reviews_page_dispose;
  object_class->finalize = attest_reviews_page_finalize;
  ATTEST_PAGE_CLASS (klass)->fill = attest_reviews_page_fill;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/attest-reviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, content);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, choose_label);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, heading);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, summary);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, attendees_box);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, top_management);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, top_management_icon);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, top_management_label);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, inputs_state);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, prepare_button);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, prepare_label);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, prepare_note);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, inputs_box);
  gtk_widget_class_bind_template_child (widget_class, AttestReviewsPage, decisions_box);

  gtk_widget_class_install_action (widget_class, "reviews-page.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "reviews-page.prepare-inputs", NULL, prepare_inputs_action);
  gtk_widget_class_install_action (widget_class, "reviews-page.export-minutes", NULL, export_minutes_action);
}

static void
attest_reviews_page_init (AttestReviewsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.prepare-inputs", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews-page.export-minutes", FALSE);
}

static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  if (!gtk_widget_grab_focus (widget))
    gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* A widget on a page just shown takes the focus once it is drawn: before,
 * a table has no row to put it on. */
static void
focus_when_drawn (GtkWidget *widget)
{
  gtk_widget_add_tick_callback (widget, focus_tick_cb, NULL, NULL);
}

/* The box of the input shown, or NULL. */
static GtkWidget *
find_input (AttestReviewsPage *self,
            AttestRecord      *input)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->inputs_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "input") == (gpointer) input)
      return child;
  return NULL;
}

/**
 * attest_reviews_page_select:
 * @self: the management review page
 * @record: a management review; one of its inputs, whose comment takes
 *   the keyboard; or one of its actions, whose row is chosen
 *
 * Shows @record (a readiness finding's, a row of What is due, a record
 * shown from elsewhere).
 */
void
attest_reviews_page_select (AttestReviewsPage *self,
                            AttestRecord      *record)
{
  AttestWorkspace *workspace = attest_page_get_workspace (ATTEST_PAGE (self));
  AttestRecord *review = record;

  g_return_if_fail (ATTEST_IS_REVIEWS_PAGE (self));
  if (!attest_page_fill (ATTEST_PAGE (self)) || self->reviews == NULL)
    return;
  if (ATTEST_IS_REVIEW_INPUT (record) || ATTEST_IS_REVIEW_ACTION (record))
    review = attest_workspace_lookup (workspace, attest_record_get_string (record, "review-id"));
  if (review == NULL || !attest_register_select_record (ATTEST_REGISTER (self->reviews), review))
    return;
  /* The keyboard on what was asked for, not in a field above it. */
  if (ATTEST_IS_REVIEW_INPUT (record))
    {
      GtkWidget *input;
      GtkWidget *view;

      /* Said at once, not after the usual pause: the input must be there. */
      g_clear_handle_id (&self->update_id, g_source_remove);
      update_detail (self);
      input = find_input (self, record);
      view = input != NULL ? find_descendant (input, is_text_view) : NULL;
      if (view != NULL)
        {
          focus_when_drawn (view);
          return;
        }
    }
  if (ATTEST_IS_REVIEW_ACTION (record) && attest_register_select_record (ATTEST_REGISTER (self->actions), record))
    focus_when_drawn (GTK_WIDGET (attest_register_get_table (ATTEST_REGISTER (self->actions))));
  else
    focus_when_drawn (GTK_WIDGET (attest_register_get_table (ATTEST_REGISTER (self->reviews))));
}

/**
 * attest_reviews_page_new:
 * @workspace: (nullable): the workspace whose management reviews it shows
 *
 * Returns: (transfer full): a new management review page
 */
GtkWidget *
attest_reviews_page_new (AttestWorkspace *workspace)
{
  return g_object_new (ATTEST_TYPE_REVIEWS_PAGE, "workspace", workspace, NULL);
}
