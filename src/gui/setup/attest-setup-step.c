/* attest-setup-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-setup-step"

#include "config.h"

#include <glib/gi18n.h>

#include "attest-setup-step-private.h"
#include "widgets/attest-toast.h"
#include "widgets/attest-undo.h"

/* A step of the guided setup is a page: a heading (the clause, the title and
 * a few sentences of our own about what the standard expects and why, with
 * an example, all from the step's class), then what the step's template and
 * code add below it. Its check is the readiness rules that keep Next from
 * going on. The setup view hosts one step at a time; a step follows the
 * workspace's models itself, so a change in them changes the rows it
 * concerns and nothing else. */

typedef struct
{
  AttestWorkspace *workspace;
  GtkLabel        *clause_label;
  GtkLabel        *title_label;
  GtkLabel        *intro_label;
  GHashTable      *fresh;        /* records just added, not yet left */
} AttestSetupStepPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (AttestSetupStep, attest_setup_step, GTK_TYPE_BOX)

enum { PROP_0, PROP_WORKSPACE, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { FORM_VALIDATED, N_SIGNALS };
static guint signals[N_SIGNALS];

/**
 * attest_setup_step_class_set_info:
 * @klass: a step class
 * @id: the step's id, kept in the file so the setup resumes there
 * @title: (not nullable): its title, marked with N_()
 * @clause: the clauses it answers, marked with N_()
 * @intro: what the standard expects and why, with an example, marked with N_()
 */
void
attest_setup_step_class_set_info (AttestSetupStepClass *klass,
                                  const char           *id,
                                  const char           *title,
                                  const char           *clause,
                                  const char           *intro)
{
  klass->id = id;
  klass->title = title;
  klass->clause = clause;
  klass->intro = intro;
}

AttestWorkspace *
attest_setup_step_get_workspace (AttestSetupStep *self)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);

  g_return_val_if_fail (ATTEST_IS_SETUP_STEP (self), NULL);
  return priv->workspace;
}

const char *
attest_setup_step_get_id (AttestSetupStep *self)
{
  return ATTEST_SETUP_STEP_GET_CLASS (self)->id;
}

/**
 * attest_setup_step_get_title:
 * @self: a step
 *
 * Returns: its title, translated
 */
const char *
attest_setup_step_get_title (AttestSetupStep *self)
{
  return _(ATTEST_SETUP_STEP_GET_CLASS (self)->title);
}

/**
 * attest_setup_step_check:
 * @self: a step
 *
 * Returns: (transfer container) (element-type AttestFinding): what keeps
 *   Next from going on; empty when nothing does
 */
GPtrArray *
attest_setup_step_check (AttestSetupStep *self)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);
  GPtrArray *findings = ATTEST_SETUP_STEP_GET_CLASS (self)->check (self);

  /* A record just added is not wrong yet: the user has not left it. */
  for (guint i = findings->len; i-- > 0;)
    {
      AttestFinding *finding = g_ptr_array_index (findings, i);

      if (finding->record != NULL && g_hash_table_contains (priv->fresh, finding->record))
        g_ptr_array_remove_index (findings, i);
    }
  return findings;
}

/**
 * attest_setup_step_settle:
 * @self: a step
 *
 * Counts the records just added as left, as when Next is pressed: from now
 * on attest_setup_step_check() tells their problems too.
 */
void
attest_setup_step_settle (AttestSetupStep *self)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);

  g_hash_table_remove_all (priv->fresh);
}

/**
 * attest_setup_step_focus_first:
 * @self: a step
 *
 * Puts the keyboard where the step starts.
 *
 * Returns: %FALSE if the step has nowhere to start
 */
gboolean
attest_setup_step_focus_first (AttestSetupStep *self)
{
  return ATTEST_SETUP_STEP_GET_CLASS (self)->focus_first (self);
}

gboolean
attest_setup_step_is_read_only (AttestSetupStep *self)
{
  return attest_workspace_is_read_only (attest_setup_step_get_workspace (self));
}

static GPtrArray *
attest_setup_step_real_check (AttestSetupStep *self)
{
  return attest_readiness_check_step (attest_setup_step_get_workspace (self), attest_setup_step_get_id (self));
}

/* The first field of the first form, depth first. */
static GtkWidget *
first_field (GtkWidget *root)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if (ATTEST_IS_RECORD_FORM (root))
    {
      GtkWidget *list = gtk_widget_get_first_child (root);

      return list ? gtk_widget_get_first_child (list) : NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_field (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
attest_setup_step_real_focus_first (AttestSetupStep *self)
{
  GtkWidget *field = first_field (GTK_WIDGET (self));

  return field != NULL && gtk_widget_grab_focus (field);
}

static void
on_form_validated_cb (AttestRecordForm *form,
                      AttestSetupStep  *self)
{
  g_signal_emit (self, signals[FORM_VALIDATED], 0);
}

/**
 * attest_setup_step_form_new:
 * @self: a step
 * @record: the record to edit
 * @fields: its fields to show
 *
 * Returns: (transfer floating): a form whose problems the step reports
 *   through #AttestSetupStep::form-validated
 */
GtkWidget *
attest_setup_step_form_new (AttestSetupStep    *self,
                            AttestRecord       *record,
                            const char * const *fields)
{
  GtkWidget *form = attest_record_form_new_full (attest_setup_step_get_workspace (self), record, fields,
                                                 attest_setup_step_is_read_only (self));

  g_signal_connect_object (form, "validated", G_CALLBACK (on_form_validated_cb), self, 0);
  return form;
}

/**
 * attest_setup_step_watch_forms:
 * @self: a step
 * @root: widgets made elsewhere, such as a page the step shows
 *
 * Reports the problems of the forms under @root, as for the step's own.
 */
void
attest_setup_step_watch_forms (AttestSetupStep *self,
                               GtkWidget       *root)
{
  if (ATTEST_IS_RECORD_FORM (root))
    g_signal_connect_object (root, "validated", G_CALLBACK (on_form_validated_cb), self, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    attest_setup_step_watch_forms (self, child);
}

static void
update_heading (AttestRecord *record,
                GParamSpec   *pspec,
                GtkLabel     *label)
{
  const char *field = g_object_get_data (G_OBJECT (label), "field");
  const char *text = field ? attest_record_get_string (record, field) : "";
  const char *fallback = g_object_get_data (G_OBJECT (label), "fallback");
  GtkWidget *remove = g_object_get_data (G_OBJECT (label), "remove");
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (label, !attest_text_is_blank (text) ? text : fallback ? fallback : "");
  tooltip = g_strdup_printf (_("Remove “%s”"), gtk_label_get_text (label));
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static void
on_remove_clicked_cb (GtkButton       *button,
                      AttestSetupStep *self)
{
  AttestRecord *record = g_object_get_data (G_OBJECT (button), "record");
  GtkLabel *heading = g_object_get_data (G_OBJECT (button), "heading");
  g_autofree char *message = g_strdup_printf (_("Removed “%s”"), gtk_label_get_text (heading));

  attest_remove_with_undo (GTK_WIDGET (self), attest_setup_step_get_workspace (self), record, message);
}

/**
 * attest_setup_step_record_card:
 * @self: a step
 * @record: a record
 * @title_field: the field its heading shows as the user types it
 * @fields: the fields of its form
 *
 * A record on a page: a heading with a remove button, and its form. While
 * @title_field is empty the heading says what attest_setup_step_number_cards()
 * numbered it.
 *
 * Returns: (transfer floating): the card
 */
GtkWidget *
attest_setup_step_record_card (AttestSetupStep    *self,
                               AttestRecord       *record,
                               const char         *title_field,
                               const char * const *fields)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *form = attest_setup_step_form_new (self, record, fields);
  g_autofree char *detailed = g_strconcat ("notify::", title_field, NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_sensitive (remove, !attest_setup_step_is_read_only (self));
  g_object_set_data_full (G_OBJECT (label), "field", g_strdup (title_field), g_free);
  g_object_set_data (G_OBJECT (label), "remove", remove);
  g_object_set_data_full (G_OBJECT (remove), "record", g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (remove), "heading", label);
  g_object_set_data (G_OBJECT (box), "heading", label);
  g_object_set_data (G_OBJECT (box), "record", record);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  g_signal_connect_object (record, detailed, G_CALLBACK (update_heading), label, 0);
  update_heading (record, NULL, GTK_LABEL (label));
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (header), remove);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), form);
  gtk_widget_set_margin_top (box, 12);
  return box;
}

/**
 * attest_setup_step_number_cards:
 * @box: a box of record cards
 * @format: how an untitled card is called, with a `%u` for its number, or
 *   %NULL with @prefix
 * @prefix: (nullable): or: a name to follow with the number
 *
 * Numbers the cards from 1 in their order, for the heading of those still
 * without a title. Call it again after the box changed.
 */
void
attest_setup_step_number_cards (GtkWidget  *box,
                                const char *format,
                                const char *prefix)
{
  guint n = 0;

  for (GtkWidget *card = gtk_widget_get_first_child (box); card; card = gtk_widget_get_next_sibling (card))
    {
      GtkLabel *heading = g_object_get_data (G_OBJECT (card), "heading");
      char *fallback;

      if (heading == NULL)
        continue;
      n++;
      /* The format is one of ours, marked for translation. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      fallback = prefix != NULL ? g_strdup_printf ("%s %u", prefix, n) : g_strdup_printf (format, n);
#pragma GCC diagnostic pop
      g_object_set_data_full (G_OBJECT (heading), "fallback", fallback, g_free);
      update_heading (g_object_get_data (G_OBJECT (card), "record"), NULL, heading);
    }
}

void
attest_setup_step_toast (AttestSetupStep *self,
                         const char      *text)
{
  attest_toast_add (GTK_WIDGET (self), text);
}

static GtkWidget *
form_of (GtkWidget    *root,
         AttestRecord *record)
{
  if (ATTEST_IS_RECORD_FORM (root) && attest_record_form_get_record (ATTEST_RECORD_FORM (root)) == record)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = form_of (child, record);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The user left a new record's form: its problems show beside its fields. */
static void
on_fresh_form_leave_cb (GtkEventControllerFocus *controller,
                        AttestSetupStep         *self)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);
  GtkWidget *form = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  AttestRecord *record = attest_record_form_get_record (ATTEST_RECORD_FORM (form));

  if (!g_hash_table_remove (priv->fresh, record))
    return;
  attest_record_form_validate (ATTEST_RECORD_FORM (form));
}

/**
 * attest_setup_step_add_record:
 * @self: a step
 * @record: a new record
 *
 * Adds @record to the workspace; the step's models show it, and its first
 * field gets the keyboard (the setup view scrolls it into view). Its
 * problems are told only once the user leaves its form or presses Next. A
 * failure is told in a toast.
 *
 * Returns: %TRUE if it was added
 */
gboolean
attest_setup_step_add_record (AttestSetupStep *self,
                              AttestRecord    *record)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *form;

  /* Fresh before the models tell the page, which may check the step. */
  g_hash_table_add (priv->fresh, g_object_ref (record));
  if (!attest_workspace_add (attest_setup_step_get_workspace (self), record, &error))
    {
      g_hash_table_remove (priv->fresh, record);
      attest_setup_step_toast (self, error->message);
      return FALSE;
    }
  form = form_of (GTK_WIDGET (self), record);
  if (form == NULL)
    g_hash_table_remove (priv->fresh, record);
  if (form != NULL)
    {
      GtkWidget *field = first_field (form);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (on_fresh_form_leave_cb), self, 0);
      gtk_widget_add_controller (form, focus);

      if (field != NULL)
        gtk_widget_grab_focus (field);
    }
  return TRUE;
}

/**
 * attest_setup_step_get_sector:
 * @self: a step
 *
 * Returns: the sector of suggestions that fits the sector the user typed in
 *   the first step, or the last one, whose suggestions serve any sector
 */
guint
attest_setup_step_get_sector (AttestSetupStep *self)
{
  AttestRecord *org = attest_workspace_get_singleton (attest_setup_step_get_workspace (self), ATTEST_TYPE_ORGANISATION);

  return attest_suggestion_find_sector (org ? attest_record_get_string (org, "sector") : NULL);
}

/**
 * attest_setup_step_fill_sector_row:
 * @self: a step
 * @row: a combo row to choose the sector of the suggestions
 *
 * Fills @row with the sectors Attest has suggestions for and selects the
 * one that fits the sector the user typed. A sector Attest has none for is
 * kept as typed: it names the last choice, whose suggestions serve any
 * sector, so the user never sees their sector replaced by another.
 *
 * Returns: the sector selected
 */
guint
attest_setup_step_fill_sector_row (AttestSetupStep *self,
                                   AdwComboRow     *row)
{
  AttestRecord *org = attest_workspace_get_singleton (attest_setup_step_get_workspace (self), ATTEST_TYPE_ORGANISATION);
  const char *typed = org ? attest_record_get_string (org, "sector") : NULL;
  guint n = attest_suggestion_get_n_sectors ();
  guint sector = attest_setup_step_get_sector (self);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);

  for (guint i = 0; i + 1 < n; i++)
    gtk_string_list_append (sectors, _(attest_suggestion_get_sector (i)));
  if (sector + 1 == n && !attest_text_is_blank (typed))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (typed));

      gtk_string_list_append (sectors, trimmed);
    }
  else
    gtk_string_list_append (sectors, _(attest_suggestion_get_sector (n - 1)));
  adw_combo_row_set_model (row, G_LIST_MODEL (sectors));
  adw_combo_row_set_selected (row, sector);
  return sector;
}

/**
 * attest_setup_step_check_row_new:
 * @title: the row's title
 * @subtitle: its subtitle
 * @suggestion: (nullable): what the row suggests, for attest_setup_step_add_ticked()
 *
 * A row to tick, in a list of suggestions. Its check button is its "check".
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
attest_setup_step_check_row_new (const char    *title,
                                 const char    *subtitle,
                                 gconstpointer  suggestion)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  g_object_set (row, "use-markup", FALSE, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (check), "suggestion", (gpointer) suggestion);
  g_object_set_data (G_OBJECT (row), "check", check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/**
 * attest_setup_step_add_ticked:
 * @self: a step
 * @list: a list of suggestion rows
 * @make: makes the records of a ticked suggestion
 *
 * Adds the records of the ticked suggestions, all in one transaction.
 */
void
attest_setup_step_add_ticked (AttestSetupStep      *self,
                              GtkWidget            *list,
                              AttestSuggestionFunc  make)
{
  AttestWorkspace *workspace = attest_setup_step_get_workspace (self);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        make (g_object_get_data (G_OBJECT (check), "suggestion"), records);
    }
  if (records->len == 0 || !attest_workspace_begin (workspace, &error))
    return;
  for (guint i = 0; i < records->len; i++)
    if (!attest_workspace_add (workspace, g_ptr_array_index (records, i), &error))
      {
        attest_workspace_rollback (workspace);
        return;
      }
  attest_workspace_commit (workspace, NULL);
}

/* Object */

static void
attest_setup_step_constructed (GObject *object)
{
  AttestSetupStep *self = ATTEST_SETUP_STEP (object);
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);
  AttestSetupStepClass *klass = ATTEST_SETUP_STEP_GET_CLASS (self);

  G_OBJECT_CLASS (attest_setup_step_parent_class)->constructed (object);

  g_assert (priv->workspace != NULL);
  gtk_widget_set_name (GTK_WIDGET (self), klass->id);
  gtk_label_set_text (priv->clause_label, _(klass->clause));
  gtk_label_set_text (priv->title_label, _(klass->title));
  gtk_label_set_text (priv->intro_label, _(klass->intro));
}

static void
attest_setup_step_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AttestSetupStep *self = ATTEST_SETUP_STEP (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, attest_setup_step_get_workspace (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_setup_step_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AttestSetupStep *self = ATTEST_SETUP_STEP (object);
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      priv->workspace = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
attest_setup_step_dispose (GObject *object)
{
  AttestSetupStep *self = ATTEST_SETUP_STEP (object);
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);

  G_OBJECT_CLASS (attest_setup_step_parent_class)->dispose (object);
  g_clear_object (&priv->workspace);
  g_hash_table_remove_all (priv->fresh);
}

static void
attest_setup_step_finalize (GObject *object)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (ATTEST_SETUP_STEP (object));

  g_hash_table_unref (priv->fresh);
  G_OBJECT_CLASS (attest_setup_step_parent_class)->finalize (object);
}

static void
attest_setup_step_class_init (AttestSetupStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = attest_setup_step_constructed;
  object_class->get_property = attest_setup_step_get_property;
  object_class->set_property = attest_setup_step_set_property;
  object_class->dispose = attest_setup_step_dispose;
  object_class->finalize = attest_setup_step_finalize;
  klass->check = attest_setup_step_real_check;
  klass->focus_first = attest_setup_step_real_focus_first;

  /**
   * AttestSetupStep:workspace:
   *
   * The workspace the step sets up.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, ATTEST_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AttestSetupStep::form-validated:
   *
   * A form of the step checked its fields: what keeps Next from going on
   * may have changed.
   */
  signals[FORM_VALIDATED] = g_signal_new ("form-validated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkLabel *
heading_label (GtkWidget  *heading,
               const char *style,
               const char *other_style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* A long title in large type wraps in a narrow window. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, style);
  if (other_style != NULL)
    gtk_widget_add_css_class (label, other_style);
  gtk_box_append (GTK_BOX (heading), label);
  return GTK_LABEL (label);
}

/* The heading comes first, before what the step's own template adds. It is
 * made here rather than in a template of its own: GTK 4.8 cannot dispose of
 * a parent's template children once a subclass disposed of its own. */
static void
attest_setup_step_init (AttestSetupStep *self)
{
  AttestSetupStepPrivate *priv = attest_setup_step_get_instance_private (self);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  priv->fresh = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);
  gtk_widget_add_css_class (GTK_WIDGET (self), "setup-page");
  priv->clause_label = heading_label (heading, "dim-label", "caption-heading");
  priv->title_label = heading_label (heading, "title-1", NULL);
  priv->intro_label = heading_label (heading, "body", NULL);
  gtk_label_set_wrap (priv->intro_label, TRUE);
  gtk_box_append (GTK_BOX (self), heading);
}
